"""Crash fault-injection at scale: SIGKILL a writer at random moments, many times.

Runs the trials of tests/e2e/test_crash_trials.py (the same driver,
tests/e2e/crash_driver.py): each forks a process that autosaves notes and records clock
events through the store services, acknowledging every commit on a pipe, and kills it
with SIGKILL after a random number of acknowledgements; then the database is reopened
and checked. Prints the number of trials, lost records and failed integrity checks (and
failed clock replays); exits 1 when any of them is above 0.

    python benchmarks/crash_stress.py --trials 1000 --seed 7

Needs fork and SIGKILL (Linux, macOS). Run it with the project's venv.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tests.e2e


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=1000, help="trials (default 1000)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the random moments")
    parser.add_argument(
        "--max-acks", type=int, default=40, help="most acknowledgements before a kill"
    )
    args = parser.parse_args(argv)

    from tests.e2e.crash_driver import PRIVATE_NOTES, run_trials

    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="reflectdesk-crash-") as folder:
        results = run_trials(args.trials, args.seed, Path(folder), args.max_acks)
    took = time.perf_counter() - started
    lost = sum(len(result.lost) for result in results)
    damaged = sum(result.integrity != "ok" for result in results)
    replays = sum(bool(result.replay_error) for result in results)
    acknowledged = sum(result.acknowledged for result in results)
    print(f"trials:                   {len(results)}")
    print(f"acknowledged records:     {acknowledged}")
    print(f"private notes written:    {'yes' if PRIVATE_NOTES else 'no (no vault yet)'}")
    print(f"lost records:             {lost}")
    print(f"failed integrity checks:  {damaged}")
    print(f"failed clock replays:     {replays}")
    per_trial = 1000 * took / max(1, len(results))
    print(f"time:                     {took:.1f} s ({per_trial:.0f} ms a trial)")
    for result in results:
        for line in result.lost[:3]:
            print(f"  lost: {line}")
    return 1 if lost or damaged or replays else 0


if __name__ == "__main__":
    sys.exit(main())
