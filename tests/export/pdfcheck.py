"""Looking inside written PDFs: qpdf's check, pdffonts' table, pypdf's text."""

from __future__ import annotations

import subprocess
from pathlib import Path

from pypdf import PageObject, PdfReader


def qpdf_check(path: Path) -> None:
    result = subprocess.run(
        ["qpdf", "--check", str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def fonts(path: Path) -> list[tuple[str, str]]:
    """(name, emb) for every font pdffonts lists."""
    result = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = result.stdout.splitlines()[2:]
    # Columns: name type encoding emb sub uni object ID; the type may hold a space.
    return [(row.split()[0], row.split()[-5]) for row in rows if row.strip()]


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def text(path: Path) -> str:
    return "\n".join(page_texts(path))


def _placed(page: PageObject) -> list[tuple[str, float]]:
    pieces: list[tuple[str, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            pieces.append((text.strip(), tm[4] * cm[1] + tm[5] * cm[3] + cm[5]))

    page.extract_text(visitor_text=visit)
    return pieces


def placed_text(path: Path) -> list[list[tuple[str, float]]]:
    """Per page, each piece of text with its baseline's height above the bottom edge."""
    return [_placed(page) for page in PdfReader(path).pages]
