"""How long writing the large demo database takes.

Times :func:`reflectdesk.demo.build.write_demo` with ``size="large"`` (60 groups, 3,021
sessions, about 30,000 notes and 10,000 questionnaire responses: planning in Python, then
one transaction through the store's bulk path), and, to show where the time goes, the
planning alone. The baseline is measured in the same run, alternating with the demo: a new
empty database with the built-ins and a vault, which is what every demo starts from.
Exits 1 when the median large demo is over the bar (10 s; the unit tests used to hold
this bar, and failed on a loaded machine).

    python benchmarks/demo_build.py
    python benchmarks/demo_build.py --runs 5 --bar 12

Uses only the standard library and the project (run it with the project's venv).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

BAR_SECONDS = 10.0


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="timed runs of each (default 3)")
    parser.add_argument(
        "--bar",
        type=float,
        default=BAR_SECONDS,
        help=f"highest median large demo in seconds (default {BAR_SECONDS:g})",
    )
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    return args


def empty_database(path: Path) -> None:
    from reflectdesk.demo.build import DEMO_PASSPHRASE
    from reflectdesk.store.builtins import seed_builtins
    from reflectdesk.store.database import open_store
    from reflectdesk.store.vault import create_vault

    with open_store(path, seed=seed_builtins) as store:
        create_vault(store, DEMO_PASSPHRASE)


def plan_only(seed: int = 7) -> None:
    # The same planners, in the same order, as write_demo calls for the large demo.
    from reflectdesk.demo.notes import LARGE_NOTES, plan_notes
    from reflectdesk.demo.plans import plan_large_groups
    from reflectdesk.demo.sessions import plan_large_sessions

    rng = random.Random(seed)
    plans = plan_large_groups(rng)
    meetings = plan_large_sessions(plans, rng)
    plan_notes(plans, meetings, rng, LARGE_NOTES)


def large_demo(path: Path) -> None:
    from reflectdesk.demo.build import write_demo

    write_demo(path, "large")


def timed(work: Callable[..., object], *args: object) -> float:
    start = time.perf_counter()
    work(*args)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    # Imports (SQLAlchemy, alembic, cryptography) and the first migration are paid once,
    # outside the timings, as a long-running process would.
    with tempfile.TemporaryDirectory(prefix="reflectdesk-demo-build-") as scratch:
        folder = Path(scratch)
        empty_database(folder / "warm-up.db")
        baseline: list[float] = []
        planning: list[float] = []
        demo: list[float] = []
        for run in range(args.runs):
            baseline.append(timed(empty_database, folder / f"empty-{run}.db"))
            planning.append(timed(plan_only))
            demo.append(timed(large_demo, folder / f"large-{run}.db"))
            print(
                f"run {run + 1}: empty {baseline[-1]:.2f} s, planning {planning[-1]:.2f} s, "
                f"large demo {demo[-1]:.2f} s",
                flush=True,
            )
    empty, plans, large = (statistics.median(t) for t in (baseline, planning, demo))
    print(f"baseline (empty database, built-ins and vault): median {empty:.2f} s")
    print(f"planning the large demo:                       median {plans:.2f} s")
    print(f"large demo (plan and write):                   median {large:.2f} s")
    print(f"ratio large demo / baseline: {large / empty:.1f}")
    if large > args.bar:
        print(f"FAIL: the median large demo took {large:.2f} s, over the bar of {args.bar:g} s")
        return 1
    print(f"ok: under the bar of {args.bar:g} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
