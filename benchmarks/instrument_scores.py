"""What a validated instrument's scores add to a series evaluation's results.

Times, alternating run by run on the same loaded responses, the new work (every score of
the instrument per respondent, the group's n, mean and SD at the start and the end, and
the paired change with its Wilcoxon test: ``score_stats`` + ``score_changes``) against
the baseline the results page already does for the same forms (every item's start and
end figures and paired change: ``start_end_change`` + ``paired_start_end``). Prints both
medians and the ratio; exits 1 when the ratio is over the bar (scores must cost no more
than the items they are made of, 1.5x at most).

Without ``--db``: a new database in a temporary folder with a group of 100 respondents
who filled in the Toronto Empathy Questionnaire (16 items, one total) at the start and
the end of a series, paired by code. With ``--db FILE`` (read-only, at the current
schema; the scale files hold no instrument yet): the busiest group's series evaluation,
scored by an in-memory copy of its questionnaire with two scores (a sum of all its
Likert items and a mean of the first half), so the figure follows the file's size:

    python benchmarks/instrument_scores.py [--repeat 30] [--bar 1.5] [--db FILE]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

BAR_RATIO = 1.5


def build(path: Path, respondents: int = 100) -> str:
    """A group whose ``respondents`` filled in the TEQ at the start and the end."""
    from reflectdesk.core.model import GroupDraft
    from reflectdesk.store.builtins import seed_builtins
    from reflectdesk.store.database import open_store
    from reflectdesk.store.groups import create_group
    from reflectdesk.store.questionnaires import latest_questionnaire, questionnaire_spec
    from reflectdesk.store.responses import record_response

    rng = random.Random(19)
    with open_store(path, seed=seed_builtins) as store:
        group = create_group(store, GroupDraft(name="Benchmark instrument"))
        found = latest_questionnaire(store, "toronto-empathy")
        assert found is not None
        spec = questionnaire_spec(store, found.id)
        for number in range(respondents):
            for timepoint in ("start", "end"):
                answers: dict[str, int | str | None] = {
                    q.key: None if rng.random() < 0.01 else rng.randint(1, 5)
                    for q in spec.questions
                }
                record_response(
                    store,
                    found.id,
                    answers,
                    group_id=group.id,
                    timepoint=timepoint,
                    respondent_code=f"r{number:03d}",
                )
        return group.id


def busiest_series_group(db: Path) -> tuple[str, str]:
    """The group with the most start/end forms in ``db``, and their questionnaire's key."""
    from reflectdesk.store.sqlite_file import connect_read_only

    connection = connect_read_only(db)
    try:
        row = connection.execute(
            "SELECT r.group_id, q.key, COUNT(*) FROM responses r "
            "JOIN questionnaires q ON q.id = r.questionnaire_id "
            "WHERE r.timepoint IN ('start', 'end') AND r.group_id IS NOT NULL "
            "GROUP BY r.group_id, q.key ORDER BY 3 DESC LIMIT 1"
        ).fetchone()
    finally:
        connection.close()
    if row is None:
        raise SystemExit(f"{db} holds no series evaluations")
    print(f"the busiest series evaluation of {db.name}: {row[2]} forms ({row[1]})")
    return str(row[0]), str(row[1])


@contextmanager
def measured(db: Path | None) -> Iterator[tuple[Path, str, str]]:
    if db is not None:
        group_id, key = busiest_series_group(db)
        yield db, group_id, key
        return
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        t0 = time.perf_counter()
        group_id = build(path)
        print(f"built 200 TEQ forms in {1000 * (time.perf_counter() - t0):.0f} ms")
        yield path, group_id, "toronto-empathy"


def with_scores(spec: Any) -> Any:
    """``spec`` itself when it has scores; else a copy scored as an instrument would be."""
    from reflectdesk.core.instrument_spec import ScoreSpec

    if spec.scores:
        return spec
    likert = tuple(q.key for q in spec.questions if q.is_likert)
    half = likert[: max(len(likert) // 2, 1)]
    return replace(
        spec,
        scores=(
            ScoreSpec("total", "Total", likert, "sum", max_missing=1),
            ScoreSpec("first-half", "First half", half, "mean"),
        ),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=30, help="timed runs (default 30)")
    parser.add_argument("--bar", type=float, default=BAR_RATIO, help="highest ratio")
    parser.add_argument("--db", type=Path, help="measure this database's busiest series")
    args = parser.parse_args(argv)

    from reflectdesk.core.evaluation_stats import start_end_change
    from reflectdesk.core.instrument_scores import score_changes, score_stats
    from reflectdesk.core.paired_change import paired_start_end
    from reflectdesk.store.database import open_store
    from reflectdesk.store.responses import start_end_responses

    with measured(args.db) as (path, group_id, key), open_store(path, for_reading=True) as store:
        t0 = time.perf_counter()
        data = start_end_responses(store, group_id, key)
        load_ms = 1000 * (time.perf_counter() - t0)
    spec, responses = with_scores(data.questionnaire), data.responses

    def items() -> None:
        start_end_change(spec, responses)
        paired_start_end(spec, responses)

    def scores() -> None:
        score_stats(spec, responses)
        score_changes(spec, responses)

    timings: dict[str, list[float]] = {"items": [], "scores": []}
    runs: list[tuple[str, Callable[[], None]]] = [("items", items), ("scores", scores)]
    for run in range(args.repeat + 2):  # two warm-up runs
        for name, work in runs if run % 2 else runs[::-1]:  # alternate which goes first
            t0 = time.perf_counter()
            work()
            if run >= 2:
                timings[name].append(time.perf_counter() - t0)
    base = 1000 * statistics.median(timings["items"])
    new = 1000 * statistics.median(timings["scores"])
    likert = sum(q.is_likert for q in spec.questions)
    print(
        f"forms: {len(responses)}, Likert items: {likert}, scores: {len(spec.scores)}; "
        f"loading them: {load_ms:.1f} ms"
    )
    runs_of = f"median of {args.repeat}"
    print(f"baseline, the items' start/end and paired figures ({runs_of}): {base:.2f} ms")
    print(f"the scores' start/end and paired figures ({runs_of}): {new:.2f} ms")
    ratio = new / base
    print(f"ratio scores / items: {ratio:.2f}")
    if ratio > args.bar:
        print(f"FAIL: over the bar of {args.bar:g}")
        return 1
    print(f"ok: within the bar of {args.bar:g}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
