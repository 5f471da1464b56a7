"""How fast the exports are on a big file: session summary, series report, evaluation.

Against --db (a copy is opened read-only through ``open_store(for_reading=True)``, as the
CLI does; the file must be at the current schema, so migrate a copy first):

- session summary, in-process: ``cli.main(["export", "session", ...])`` for the finished
  session with the most responses, against a bare reportlab one-paragraph PDF;
- series report, in-process (``cli.main(["export", "series", ...])``) for the group with
  the most sessions, against the same bare PDF; and as a whole CLI process
  (``python -m reflectdesk export series``) against a process that imports reportlab and
  writes the bare PDF (PYTHONDONTWRITEBYTECODE unset for both);
- the evaluation read of the group with the most responses (which questionnaires it
  answered, each one's responses, who attended: what the Results page and the reports
  load), against ``SELECT COUNT(*)`` of that group's responses; and the whole
  ``build_evaluation`` (loading plus statistics, Wilcoxon included), printed, not barred.

Runs alternate with their baseline after one discarded warm-up each; medians and ratios
are printed with the bars. Exits 1 when a bar is broken.

    python benchmarks/exports.py --db /tmp/exports/10x.db [--runs 9] [--process-runs 5]
"""

from __future__ import annotations

import argparse
import io
import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

from paired_runs import paired

ROOT = Path(__file__).resolve().parents[1]
SUMMARY_BAR_MS = 150.0
SERIES_PROCESS_BAR_MS = 1500.0
EVALUATION_BAR_MS = 100.0

COUNT = "SELECT COUNT(*) FROM responses WHERE group_id = :group"
BARE_PDF = """
import sys
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate
SimpleDocTemplate(sys.argv[1]).build([Paragraph("One paragraph.", getSampleStyleSheet()["Normal"])])
"""


def bare_pdf(out: Path) -> None:
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    style = getSampleStyleSheet()["Normal"]
    SimpleDocTemplate(str(out)).build([Paragraph("One paragraph.", style)])


def pick(db: Path) -> tuple[str, str, str]:
    """(session with most responses, group with most sessions, group with most responses)."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as c:
        session = c.execute(
            "SELECT s.id FROM sessions s LEFT JOIN responses r ON r.session_id = s.id "
            "WHERE s.status = 'finished' GROUP BY s.id ORDER BY count(r.id) DESC, s.id LIMIT 1"
        ).fetchone()[0]
        series = c.execute(
            "SELECT group_id FROM sessions GROUP BY group_id ORDER BY count(*) DESC, group_id "
            "LIMIT 1"
        ).fetchone()[0]
        evaluated = c.execute(
            "SELECT group_id FROM responses GROUP BY group_id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()[0]
    return session, series, evaluated


def line(name: str, app: float, base: float, bar: float | None) -> bool:
    verdict = "" if bar is None else ("  ok" if app <= bar else "  OVER THE BAR")
    bar_text = "(not barred)" if bar is None else f"bar {bar:.0f} ms"
    print(
        f"{name:34s} {app:8.1f} ms   baseline {base:7.1f} ms   ratio {app / base:5.2f}   "
        f"{bar_text}{verdict}"
    )
    return bar is None or app <= bar


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True, help="a database at the current schema")
    parser.add_argument("--runs", type=int, default=9, help="in-process runs (default 9)")
    parser.add_argument("--process-runs", type=int, default=5, help="whole processes (5)")
    args = parser.parse_args(argv)
    db = args.db.resolve()
    session_id, series_id, evaluated_id = pick(db)

    from sqlalchemy import text

    from reflectdesk.cli import main as cli
    from reflectdesk.export.evaluation import build_evaluation
    from reflectdesk.store import responses
    from reflectdesk.store.database import open_store
    from reflectdesk.store.evaluation_overview import answered_questionnaires, attended_counts

    ok = True
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        quiet = io.StringIO()  # the CLI's "wrote …" lines

        def summary() -> None:
            stdout, sys.stdout = sys.stdout, quiet
            try:
                argv = ["export", "session", "--session", session_id, "--keep-identifiers"]
                assert cli([*argv, "--out", str(out / "s.pdf"), "--db", str(db)]) == 0
            finally:
                sys.stdout = stdout

        def series() -> None:
            stdout, sys.stdout = sys.stdout, quiet
            try:
                argv = ["export", "series", "--group", series_id, "--out", str(out / "g.pdf")]
                assert cli([*argv, "--db", str(db)]) == 0
            finally:
                sys.stdout = stdout

        def base() -> None:
            bare_pdf(out / "bare.pdf")

        ok &= line("session summary, in-process", *paired(summary, base, args.runs), SUMMARY_BAR_MS)
        ok &= line("series report, in-process", *paired(series, base, args.runs), None)

        env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        command = [sys.executable, "-m", "reflectdesk", "export", "series", "--group", series_id]
        command += ["--out", str(out / "p.pdf"), "--db", str(db)]

        def process() -> None:
            subprocess.run(command, env=env, check=True, capture_output=True)

        def bare_process() -> None:
            bare = [sys.executable, "-c", BARE_PDF, str(out / "b.pdf")]
            subprocess.run(bare, env=env, check=True, capture_output=True)

        ok &= line(
            "series report, whole CLI process",
            *paired(process, bare_process, args.process_runs),
            SERIES_PROCESS_BAR_MS,
        )

        with open_store(db, for_reading=True) as store:

            def evaluation_read() -> None:
                for row in answered_questionnaires(store, evaluated_id):
                    if row.purpose == "series":
                        responses.start_end_responses(store, evaluated_id, row.key)
                    else:
                        responses.series_responses(store, evaluated_id, row.key)
                attended_counts(store, evaluated_id)

            def count() -> None:
                with store.reading() as session:
                    session.execute(text(COUNT), {"group": evaluated_id}).scalar()

            def whole() -> None:
                build_evaluation(store, evaluated_id)

            ok &= line(
                "evaluation read, one group",
                *paired(evaluation_read, count, args.runs),
                EVALUATION_BAR_MS,
            )
            line("build_evaluation (with statistics)", *paired(whole, count, args.runs), None)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
