"""The footer is never cut: a long group name and a Dutch date wrap inside the bottom
margin on A4 and Letter, on every page, above the strip a printer cannot reach and below
the body."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from reportlab.lib.units import mm

from reflectdesk.export.page import FOOTER_SIZE, footer_lines, footer_top
from reflectdesk.export.pdf import page_size, write_session_summary
from reflectdesk.export.summary import AttendanceLine, SessionSummary
from reflectdesk.i18n.texts import texts_for
from tests.export.pdfcheck import placed_text
from tests.export.sample import golden_summary

LONG_GROUP = (
    "Balintgroep voor huisartsen in opleiding — Utrecht, tweede jaar, "
    "donderdagmiddaggroep van de afdeling Huisartsgeneeskunde"
)
DUTCH_DATE = "donderdag 26 november 2026, 14:00"
PRINTABLE_BOTTOM = 12.7 * mm  # half an inch


def _long_summary(language: str) -> SessionSummary:
    members = tuple(
        AttendanceLine(f"Deelnemer {n:02d} van Rijnsburger", "aanwezig") for n in range(60)
    )
    return dataclasses.replace(
        golden_summary(),
        group_name=LONG_GROUP,
        date_text=DUTCH_DATE,
        attendance=members,
        language=language,
    )


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_a_long_dutch_footer_is_whole_and_inside_the_margins(tmp_path: Path, paper: str) -> None:
    out = tmp_path / f"{paper}.pdf"
    width = page_size(paper)[0]
    write_session_summary(_long_summary("nl"), out, page_size(paper))
    footer = f"{LONG_GROUP} · {DUTCH_DATE}"
    lines = footer_lines(footer, width, texts_for("nl"))
    rule = footer_top(len(lines))

    assert len(lines) == 2, lines  # wrapped, not clipped
    pages = placed_text(out)
    assert len(pages) >= 2
    for number, pieces in enumerate(pages, start=1):
        low = sorted(((text, y) for text, y in pieces if y < rule), key=lambda piece: -piece[1])
        flat = re.sub(r"\s+", " ", " ".join(text for text, _ in low))
        assert footer in flat, (number, flat)
        assert f"pagina {number} van {len(pages)}" in flat
        assert "…" not in flat
        # Descenders (a quarter of the size) stay clear of the unprintable strip.
        assert min(y for _, y in low) - FOOTER_SIZE / 4 >= PRINTABLE_BOTTOM
        # Nothing of the body reaches down into the footer.
        body = [y for text, y in pieces if y >= rule]
        assert min(body) > rule + 2 * mm


def test_a_short_footer_keeps_one_line_and_the_old_bottom_margin() -> None:
    lines = footer_lines(
        "Balint group 2 · Tuesday 3 March 2026, 14:00", page_size("a4")[0], texts_for("en")
    )
    assert lines == ["Balint group 2 · Tuesday 3 March 2026, 14:00"]
