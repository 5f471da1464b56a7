"""How much printing adds to saving a PDF, on a big file.

Against --db (opened read-only through ``open_store(for_reading=True)``; nothing is
written to it), for the session with the longest attendance register:

- the summary: Print's work (``export_session_summary`` into a temporary file, then
  ``ui/exports/pdf_printing.paint_pdf`` drawing every page, rasterised by PDFium at
  300 dpi, onto a PDF printer, as the print preview and the printer get them) against
  Save's work (the same export alone);
- the attendance register: the same, with ``export_attendance_register``.

The printer is Qt's PDF printer (QT_QPA_PLATFORM=offscreen), so no print queue is
involved: what is timed is the rasterising and drawing that printing adds. Runs
alternate with their baseline after one discarded warm-up each; medians and ratios are
printed with the bars. Exits 1 when a bar is broken.

    python benchmarks/printing.py --db /tmp/reflectdesk-scale/large-10x.db [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
from pathlib import Path

from paired_runs import bar_line as line
from paired_runs import paired

ROOT = Path(__file__).resolve().parents[1]
PRINT_BAR_MS = 2500.0  # the preview of a one- or two-page document opens within seconds


def pick(db: Path) -> str:
    """The session with the most attendance marks (ties: the lowest id)."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
        row = connection.execute(
            "SELECT session_id FROM attendance GROUP BY session_id "
            "ORDER BY count(*) DESC, session_id LIMIT 1"
        ).fetchone()
    if row is None:
        raise SystemExit("no session in this file has an attendance register")
    return str(row[0])


def counted(pages: int) -> str:
    return f"{pages} page" if pages == 1 else f"{pages} pages"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True, help="a database at the current schema")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    from reflectdesk.operations.session_exports import (
        SummaryOptions,
        export_attendance_register,
        export_session_summary,
    )
    from reflectdesk.store.database import open_store
    from reflectdesk.ui.exports.pdf_printing import PRINT_DPI, paint_pdf, set_up_printer

    app = QApplication.instance() or QApplication([])
    session_id = pick(args.db)
    folder = Path(tempfile.mkdtemp(prefix="reflectdesk-bench-print-"))
    pages: dict[str, int] = {}

    def printed(pdf: Path) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(folder / "printed.pdf"))
        set_up_printer(printer, pdf)
        pages[pdf.stem] = paint_pdf(pdf, printer)

    with open_store(args.db, for_reading=True) as store:

        def summary() -> Path:
            out = folder / "summary.pdf"
            options = SummaryOptions(session_id, language="en")
            export_session_summary(store, options, out, keep_identifiers=True)
            return out

        def register() -> Path:
            out = folder / "register.pdf"
            export_attendance_register(store, session_id, out, language="en")
            return out

        summary_times = paired(lambda: printed(summary()), summary, args.runs)
        register_times = paired(lambda: printed(register()), register, args.runs)
    app.processEvents()
    print(f"session {session_id}, printed at {PRINT_DPI} dpi")
    fine = line(f"print summary ({counted(pages['summary'])})", *summary_times, PRINT_BAR_MS)
    fine &= line(f"print register ({counted(pages['register'])})", *register_times, PRINT_BAR_MS)
    return 0 if fine else 1


if __name__ == "__main__":
    raise SystemExit(main())
