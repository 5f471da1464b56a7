"""How fast certificates of attendance and appraisal evidence are made on a big file.

Against --db (opened read-only as the CLI does; a file at an older schema is first copied
into a temporary folder with SQLite's backup API and upgraded there, never in place), for
the group with the most attendance marks:

- hours: ``export.attendance_records.build_certificates`` for every participant (the
  group read of core/attended_time.py's inputs: sessions, clock events, marks; the rule;
  the words), against ``SELECT COUNT(*)`` of the group's attendance marks through the
  same store;
- certificates: ``operations.attendance_records.export_certificates`` into one PDF (a
  page or more each), against a bare reportlab PDF with a page per participant and a
  paragraph per line of theirs (what the PDF lays out, without its tables and words);
- appraisal: ``export_appraisal`` of the participant with most sessions attended (the
  read, the identifier check of its learning points, the PDF), against a bare PDF with a
  paragraph per session line and learning point.

Runs alternate with their baseline after one discarded warm-up each; medians and ratios
are printed with the bars. Exits 1 when a bar is broken.

    python benchmarks/certificates.py --db /work/scale/1x.db [--runs 11]
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from contextlib import closing
from pathlib import Path
from xml.sax.saxutils import escape

from paired_runs import bar_line as line
from paired_runs import paired

ROOT = Path(__file__).resolve().parents[1]
HOURS_BAR_MS = 200.0
# A background job with a progress bar: half a second a participant (a long series
# fills two pages with a table each), one participant's appraisal evidence in 5 s (980
# learning points in a large demo's busiest group). The ratios against bare reportlab
# are printed, not barred: the real PDFs lay a table of wrapped cells out where the
# bare one has a paragraph a line.
PER_CERTIFICATE_BAR_MS = 500.0
APPRAISAL_BAR_MS = 5000.0
MARKS = (
    "SELECT COUNT(*) FROM attendance JOIN sessions ON sessions.id = attendance.session_id "
    "WHERE sessions.group_id = :group"
)


def pick(db: Path) -> tuple[str, str]:
    """The group with the most attendance marks, and its member with most attended."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
        group, person = connection.execute(
            "SELECT s.group_id, a.person_id FROM attendance a JOIN sessions s "
            "ON s.id = a.session_id WHERE s.group_id = (SELECT s2.group_id FROM attendance "
            "a2 JOIN sessions s2 ON s2.id = a2.session_id GROUP BY s2.group_id "
            "ORDER BY count(*) DESC, s2.group_id LIMIT 1) "
            "AND a.status IN ('present', 'late', 'left_early') "
            "GROUP BY a.person_id ORDER BY count(*) DESC, a.person_id LIMIT 1"
        ).fetchone()
    return str(group), str(person)


def at_head(db: Path, folder: Path) -> Path:
    """``db`` itself when it is at the current schema, else an upgraded copy."""
    from reflectdesk.store.database import open_store
    from reflectdesk.store.schema import HEAD_REVISION

    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    if revision == HEAD_REVISION:
        return db
    copy = folder / db.name
    print(f"{db.name} is at schema {revision}: upgrading a copy to {HEAD_REVISION} first")
    with (
        closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as source,
        closing(sqlite3.connect(copy)) as target,
    ):
        source.backup(target)
    with open_store(copy):
        pass
    return copy


def bare_pdf(path: Path, pages: list[list[str]]) -> None:
    """A page per entry of ``pages``, a plain paragraph per line."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    style = getSampleStyleSheet()["Normal"]
    story: list[object] = []
    for number, lines in enumerate(pages):
        if number:
            story.append(PageBreak())
        story += [Paragraph(escape(text), style) for text in lines]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True, help="a ReflectDesk database")
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from sqlalchemy import text

    from reflectdesk.export.attendance_records import build_appraisal, build_certificates
    from reflectdesk.i18n.texts import texts_for
    from reflectdesk.operations.attendance_records import export_appraisal, export_certificates
    from reflectdesk.store.database import open_store

    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        db = at_head(args.db, folder)
        group, person = pick(db)
        texts = texts_for("en")
        with open_store(db, for_reading=True) as store:

            def marks() -> object:
                with store.reading() as session:
                    return session.execute(text(MARKS), {"group": group}).scalar()

            certificates = build_certificates(store, group, texts)
            pages = len(certificates)
            plain = [
                [f"{s.date_text} {s.format_name} {s.minutes_text} {s.remark}" for s in c.sessions]
                + [c.rule]
                for c in certificates
            ]
            evidence = build_appraisal(store, group, person, texts)
            evidence_lines = [s.date_text for s in evidence.sessions] + [
                point for _, points in evidence.points for point in points
            ]
            print(
                f"group {group}: {marks()} marks, {pages} participants with a certificate, "
                f"{max(len(c.sessions) for c in certificates)} sessions at most; "
                f"appraisal: {len(evidence.sessions)} sessions, "
                f"{len(evidence_lines) - len(evidence.sessions)} learning points"
            )
            hours = paired(lambda: build_certificates(store, group, texts), marks, args.runs)
            pdf = paired(
                lambda: export_certificates(store, group, folder / "all.pdf", language="en"),
                lambda: bare_pdf(folder / "bare.pdf", plain),
                args.runs,
            )
            appraisal = paired(
                lambda: export_appraisal(
                    store, group, person, folder / "a.pdf", keep_identifiers=True, language="en"
                ),
                lambda: bare_pdf(folder / "bare1.pdf", [evidence_lines]),
                args.runs,
            )
    fine = line("hours of every participant", *hours, HOURS_BAR_MS)
    fine &= line(f"certificates, one PDF of {pages}", *pdf, PER_CERTIFICATE_BAR_MS * pages)
    fine &= line("appraisal evidence of one", *appraisal, APPRAISAL_BAR_MS)
    return 0 if fine else 1


if __name__ == "__main__":
    raise SystemExit(main())
