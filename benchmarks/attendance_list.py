"""How fast the CPD attendance list's reads and writes are on a big file.

Against --db (opened read-only through ``open_store(for_reading=True)``, as the CLI's
reads are; nothing is written to it), for the group with the most finished sessions:

- the reminder: ``store.attendance_list.owed_lists`` for that group, what the group page
  runs each time it shows a group, against ``SELECT COUNT(*)`` of the group's sessions
  through the same store;
- the list of its finished sessions (the series, as ``export attendance-list --group``
  lists them on a file whose groups are accredited): the store's read, the words and the
  .xlsx written to a temporary file, against a bare openpyxl workbook of as many rows of
  twelve cells; and the PDF to sign, against a bare reportlab document of one paragraph
  per session.

Runs alternate with their baseline after one discarded warm-up each; medians and ratios
are printed with the bars. Exits 1 when a bar is broken.

    python benchmarks/attendance_list.py --db /tmp/reflectdesk-scale/large-10x.db [--runs 15]
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from datetime import date
from pathlib import Path

from paired_runs import bar_line as line
from paired_runs import paired

ROOT = Path(__file__).resolve().parents[1]
REMINDER_BAR_MS = 20.0  # on the way to showing a group page
XLSX_BAR_MS = 500.0
PDF_BAR_MS = 3000.0  # a background job with a progress window; about 20 ms a page
COUNT = "SELECT COUNT(*) FROM sessions WHERE group_id = :group"


def pick(db: Path) -> tuple[str, list[str]]:
    """The group with the most finished sessions, and their ids."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
        row = connection.execute(
            "SELECT group_id FROM sessions WHERE status = 'finished' "
            "GROUP BY group_id ORDER BY count(*) DESC, group_id LIMIT 1"
        ).fetchone()
        if row is None:
            raise SystemExit("no group in this file has a finished session")
        ids = [
            str(found[0])
            for found in connection.execute(
                "SELECT id FROM sessions WHERE group_id = ? AND status = 'finished'", (row[0],)
            )
        ]
    return str(row[0]), ids


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))

    from openpyxl import Workbook
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate
    from sqlalchemy import text

    from reflectdesk.export.attendance_list import AttendanceList, build_attendance_list
    from reflectdesk.export.attendance_list_pdf import write_attendance_list_pdf
    from reflectdesk.export.attendance_list_xlsx import write_attendance_list_xlsx
    from reflectdesk.i18n.texts import texts_for
    from reflectdesk.store import attendance_list as list_store
    from reflectdesk.store.database import open_store

    group_id, session_ids = pick(args.db)
    today = date(2040, 1, 1)  # every finished session is past its ten days
    folder = Path(tempfile.mkdtemp(prefix="attendance-list-bench-"))
    with open_store(args.db, for_reading=True) as store:
        rows = sum(len(item.people) for item in list_store.listed_sessions(store, session_ids))
        print(f"group {group_id}: {len(session_ids)} finished sessions, {rows} rows listed")

        def count() -> None:
            with store.reading() as session:
                session.execute(text(COUNT), {"group": group_id}).scalar()

        def reminder() -> None:
            list_store.owed_lists(store, today, group_id=group_id)

        def listing() -> AttendanceList:
            listed = list_store.listed_sessions(store, session_ids)
            return build_attendance_list(listed, texts_for("nl"))

        def xlsx() -> None:
            write_attendance_list_xlsx(listing(), folder / "list.xlsx", sessions=len(session_ids))

        def bare_xlsx() -> None:
            book = Workbook()
            sheet = book.active
            for _ in range(rows + 1):
                sheet.append(["2026-03-03", "14:00", "15:30", "klok", 1.5, "GAIA", "x"] * 2)
            book.save(folder / "bare.xlsx")

        def pdf() -> None:
            write_attendance_list_pdf(listing(), folder / "list.pdf")

        def bare_pdf() -> None:
            styles = getSampleStyleSheet()
            doc = SimpleDocTemplate(str(folder / "bare.pdf"))
            doc.build([Paragraph("Presentielijst", styles["Normal"]) for _ in session_ids])

        ok = line("reminder (group page)", *paired(reminder, count, args.runs), REMINDER_BAR_MS)
        ok &= line("series list .xlsx", *paired(xlsx, bare_xlsx, args.runs), XLSX_BAR_MS)
        ok &= line("series list PDF", *paired(pdf, bare_pdf, args.runs), PDF_BAR_MS)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
