"""How fast the leader log is on a big file.

For the leader with the most facilitator and co-facilitator memberships in --db (picked
by display name), through the same store, alternating with a baseline after one warm-up
each, medians:

- the log: ``operations.leader_log.leader_log`` with the BSANZ thresholds (every
  facilitator row read and folded, the leader's finished sessions with their formats,
  the hand entries, totals, progress worded), against ``SELECT COUNT(*)`` of the
  facilitator memberships;
- the list of leaders (``operations.leader_log.leaders``, what ``reflectdesk list
  leaders`` and the window's leader picker show), against the same count;
- the PDF, in-process (``export_leader_log`` to a .pdf), against a bare reportlab
  one-paragraph PDF; barred per session in the log (the table grows with them).

A file at an older schema is copied into a temporary folder and upgraded there first
(nothing is written to --db); the upgrade is timed apart and not barred. Exits 1 when a
bar is broken.

    python benchmarks/leader_log.py --db /work/scale/10x.db [--runs 15]
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from paired_runs import bar_line as line
from paired_runs import paired

ROOT = Path(__file__).resolve().parents[1]
LOG_BAR_MS = 100.0  # the window shows the log when the leader is picked
LEADERS_BAR_MS = 100.0
# A log is a table of every session: its PDF grows with them (about 25 to a page). The
# bar is per session so that it holds for a leader of 20 sessions and of 2,000 alike.
PDF_BAR_MS_PER_SESSION = 3.0
COUNT = "SELECT COUNT(*) FROM memberships WHERE role IN ('facilitator', 'co_facilitator')"


def busiest_leader(db: Path) -> tuple[str, int]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
        row = connection.execute(
            "SELECT p.display_name, count(*) FROM memberships m JOIN persons p "
            "ON p.id = m.person_id WHERE m.role IN ('facilitator', 'co_facilitator') "
            "GROUP BY p.display_name ORDER BY count(*) DESC, p.display_name LIMIT 1"
        ).fetchone()
    if row is None:
        raise SystemExit("nobody facilitates a group in this file")
    return str(row[0]), int(row[1])


def at_head(db: Path, folder: Path) -> Path:
    """``db`` itself when it is at the current schema, else an upgraded copy."""
    from reflectdesk.store.database import open_store
    from reflectdesk.store.schema import HEAD_REVISION

    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
        version = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    if version == HEAD_REVISION:
        return db
    copy = folder / db.name
    started = time.perf_counter()
    with (
        sqlite3.connect(f"file:{db}?mode=ro", uri=True) as source,
        sqlite3.connect(copy) as target,
    ):
        source.backup(target)
    copied = time.perf_counter()
    with open_store(copy):
        pass
    upgraded = time.perf_counter()
    print(
        f"{db.name} is at schema {version}: copied in {copied - started:.1f} s, "
        f"upgraded to {HEAD_REVISION} in {upgraded - copied:.1f} s (not barred)"
    )
    return copy


def bare_pdf(path: Path) -> None:
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    SimpleDocTemplate(str(path)).build([Paragraph("Leader log", getSampleStyleSheet()["Normal"])])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True, help="a ReflectDesk database")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from sqlalchemy import text

    from reflectdesk.operations.leader_log import export_leader_log, leader_log, leaders
    from reflectdesk.store.database import open_store

    with tempfile.TemporaryDirectory(prefix="leader-log-bench-") as temporary:
        folder = Path(temporary)
        db = at_head(args.db, folder)
        name, memberships = busiest_leader(db)
        with open_store(db, for_reading=True) as store:

            def count() -> object:
                with store.reading() as session:
                    return session.execute(text(COUNT)).scalar()

            log = leader_log(store, name, "bsanz")
            print(
                f"leader: {memberships} memberships, {len(log.sessions)} sessions "
                f"({log.totals.led} led, {log.totals.co_led} co-led), "
                f"{count()} facilitator memberships in the file"
            )
            built = paired(lambda: leader_log(store, name, "bsanz"), count, args.runs)
            listed = paired(lambda: leaders(store), count, args.runs)
            pdf = paired(
                lambda: export_leader_log(store, name, "bsanz", folder / "log.pdf"),
                lambda: bare_pdf(folder / "bare.pdf"),
                args.runs,
            )
    fine = line("leader log (BSANZ progress)", *built, LOG_BAR_MS)
    fine &= line("list of leaders", *listed, LEADERS_BAR_MS)
    rows = max(1, len(log.sessions))
    fine &= line("leader log PDF, in-process", *pdf, PDF_BAR_MS_PER_SESSION * rows)
    print(f"{'... per session':34s} {pdf[0] / rows:8.2f} ms   bar {PDF_BAR_MS_PER_SESSION} ms")
    return 0 if fine else 1


if __name__ == "__main__":
    raise SystemExit(main())
