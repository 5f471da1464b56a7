"""How fast the statistics of a long series appear: loading plus computing.

Builds a group with a 40-session series and 400 session evaluations (10 a session,
7 items each, a few blanks), 40 facilitator conditions checks and 20 start/end series
evaluations, inserted in one transaction. Then times, repeatedly and with the database
closed and reopened only once, what the UI does for the series view: load the session
evaluations of the series (``series_responses``) and compute per-session and pooled
statistics (``series_stats``), the same for the conditions check, and the start/end
change. The baseline, in the same run: ``statistics.mean`` over the same 2,400 Likert
numbers, a floor on the work of touching each value once. Exits 1 when the median of
loading + computing is over the bar (200 ms; charts are added by the UI on top).

    python benchmarks/evaluation_stats.py [--repeat 20] [--bar 200] [--db FILE]

With ``--db`` it reads the group with the most questionnaire responses in that database
instead (read-only, the file must be at the current schema): run it on 1x and 10x demo
files (``reflectdesk demo --size large --scale 10``) to see whether one group's results
slow down as the file grows around it.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

BAR_MS = 200.0


def build(path: Path) -> str:
    from reflectdesk.core.model import GroupDraft
    from reflectdesk.core.sessions import SessionDraft
    from reflectdesk.store.builtins import seed_builtins
    from reflectdesk.store.database import open_store
    from reflectdesk.store.groups import create_group
    from reflectdesk.store.questionnaires import latest_questionnaire, questionnaire_spec
    from reflectdesk.store.responses import record_response
    from reflectdesk.store.sessions import plan_session

    rng = random.Random(40)
    start = datetime(2025, 1, 6, 12, tzinfo=UTC)
    with open_store(path, seed=seed_builtins) as store:
        group = create_group(store, GroupDraft(name="Benchmark series"))
        ids = {}
        for key in ("session-evaluation", "conditions-check", "series-evaluation"):
            found = latest_questionnaire(store, key)
            assert found is not None
            ids[key] = (found.id, questionnaire_spec(store, found.id))
        for week in range(40):
            draft = SessionDraft(planned_start=start + timedelta(weeks=week))
            meeting = plan_session(store, group.id, draft)
            for key, forms in (("session-evaluation", 10), ("conditions-check", 1)):
                qid, spec = ids[key]
                for _ in range(forms):
                    answers: dict[str, int | str | None] = {
                        q.key: (None if rng.random() < 0.03 else rng.choice((3, 4, 4, 5, 5)))
                        if q.points
                        else rng.choice(("", "Listening first."))
                        for q in spec.questions
                    }
                    record_response(store, qid, answers, session_id=meeting.id)
        qid, spec = ids["series-evaluation"]
        for timepoint in ("start", "end"):
            for _ in range(10):
                values = {q.key: rng.randint(2, 5) for q in spec.questions if q.points}
                record_response(store, qid, values, group_id=group.id, timepoint=timepoint)
        return group.id


@contextmanager
def series_database(db: Path | None) -> Iterator[tuple[Path, str]]:
    """The database and group to measure: the busiest group of ``db``, else a new
    40-session series built in a temporary folder."""
    if db is not None:
        yield db, busiest_group(db)
        return
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        t0 = time.perf_counter()
        group_id = build(path)
        print(f"built a 40-session series in {1000 * (time.perf_counter() - t0):.0f} ms")
        yield path, group_id


def busiest_group(db: Path) -> str:
    from reflectdesk.store.sqlite_file import connect_read_only

    connection = connect_read_only(db)
    try:
        row = connection.execute(
            "SELECT group_id, COUNT(*) FROM responses WHERE group_id IS NOT NULL "
            "GROUP BY group_id ORDER BY 2 DESC LIMIT 1"
        ).fetchone()
    finally:
        connection.close()
    if row is None:
        raise SystemExit(f"{db} holds no questionnaire responses")
    print(f"the busiest group of {db.name}: {row[1]} responses")
    return str(row[0])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=20, help="timed runs (default 20)")
    parser.add_argument("--bar", type=float, default=BAR_MS, help="highest median in ms")
    parser.add_argument("--db", type=Path, help="measure this database's busiest group")
    args = parser.parse_args(argv)

    from reflectdesk.core.evaluation_stats import series_stats, start_end_change
    from reflectdesk.store.database import open_store
    from reflectdesk.store.responses import series_responses, start_end_responses

    with series_database(args.db) as (path, group_id), open_store(path, for_reading=True) as store:
        timings, baselines = [], []
        numbers: list[int] = []
        for run in range(args.repeat + 2):  # two warm-up runs
            t0 = time.perf_counter()
            data = series_responses(store, group_id, "session-evaluation")
            stats = series_stats(data.questionnaire, data.sessions)
            checks = series_responses(store, group_id, "conditions-check")
            series_stats(checks.questionnaire, checks.sessions)
            change = start_end_responses(store, group_id)
            start_end_change(change.questionnaire, change.responses)
            elapsed = time.perf_counter() - t0
            numbers = [
                v
                for s in data.sessions
                for r in s.responses
                for v in r.values.values()
                if v is not None
            ]
            t0 = time.perf_counter()
            statistics.mean(numbers)
            baseline = time.perf_counter() - t0
            if run >= 2:
                timings.append(elapsed)
                baselines.append(baseline)
    responses = stats.overall.responses
    median = 1000 * statistics.median(timings)
    base = 1000 * statistics.median(baselines)
    print(
        f"sessions: {len(stats.sessions)}, session evaluations: {responses}, "
        f"Likert values: {len(numbers)}"
    )
    print(
        f"load + compute (median of {args.repeat}): {median:.1f} ms "
        f"(min {1000 * min(timings):.1f}, max {1000 * max(timings):.1f})"
    )
    print(
        f"baseline statistics.mean over the same values: {base:.3f} ms; ratio {median / base:.0f}x"
    )
    if median > args.bar:
        print(f"FAIL: over the bar of {args.bar:g} ms")
        return 1
    print(f"ok: within the bar of {args.bar:g} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
