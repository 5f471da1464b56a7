"""Crash fault-injection at scale: SIGKILL a writer at random moments, many times.

Runs the trials of tests/e2e/test_crash_trials.py (the same driver,
tests/e2e/crash_driver.py): each forks a process that autosaves notes and records clock
events through the store services, acknowledging every commit on a pipe, and kills it
with SIGKILL after a random number of acknowledgements; then the database is reopened
and checked. Prints the number of trials, lost records and failed integrity checks (and
failed clock replays); exits 1 when any of them is above 0.

    python benchmarks/crash_stress.py --trials 1000 --seed 7
    python benchmarks/crash_stress.py --trials 0 --backup-kills 100

``--backup-kills N`` adds N trials of ``reflectdesk backup`` killed at a random moment of
the copy: after each, every listed backup must pass integrity_check, nothing unfinished
may be left once listed, and the backup on close must still be made.

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
    parser.add_argument(
        "--backup-kills", type=int, default=0, help="backups killed mid-copy (default 0)"
    )
    args = parser.parse_args(argv)
    failed = 0
    if args.backup_kills:
        failed = backup_kills(args.backup_kills, args.seed)
    if not args.trials:
        return 1 if failed else 0

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
    return 1 if lost or damaged or replays or failed else 0


def backup_kills(count: int, seed: int) -> int:
    """Kill ``count`` backups at random moments; print the findings, return failures."""
    import os
    import random
    import signal
    import sqlite3
    import subprocess
    from datetime import datetime

    from reflectdesk.core.model import GroupDraft
    from reflectdesk.store.backups import backup_if_due, list_backups
    from reflectdesk.store.database import open_store
    from reflectdesk.store.groups import create_group
    from reflectdesk.store.sqlite_file import integrity_check

    rng = random.Random(seed)
    root = Path(__file__).resolve().parent.parent
    env = dict(os.environ, PYTHONPATH=str(root))
    command = [sys.executable, "-m", "reflectdesk", "backup", "--db"]
    killed = mid_copy = listed_bad = leftovers = missed_on_close = 0
    with tempfile.TemporaryDirectory(prefix="reflectdesk-backup-kills-") as folder:
        db = Path(folder) / "r.db"
        with open_store(db) as store:
            create_group(store, GroupDraft(name="Balint"))
        filler = sqlite3.connect(db)
        filler.execute("CREATE TABLE filler (data BLOB)")
        for _ in range(64):  # 64 MB: the copy takes long enough to be hit mid-way
            filler.execute("INSERT INTO filler VALUES (randomblob(1024 * 1024))")
        filler.commit()
        filler.close()
        started = time.perf_counter()
        subprocess.run([*command, str(db)], env=env, check=True, capture_output=True)
        whole = time.perf_counter() - started  # start-up, inspection, copy and check
        for _ in range(count):
            child = subprocess.Popen([*command, str(db)], env=env, stdout=subprocess.DEVNULL)
            time.sleep(rng.uniform(0, whole))
            if child.poll() is None:
                child.send_signal(signal.SIGKILL)
                killed += 1
            child.wait()
            folder_names = [entry.name for entry in (db.parent / "backups").iterdir()]
            mid_copy += any(name.endswith(".partial") for name in folder_names)
            backups = list_backups(db)
            listed_bad += sum(integrity_check(info.path) != "ok" for info in backups)
            after = [entry.name for entry in (db.parent / "backups").iterdir()]
            leftovers += sum(".partial" in name for name in after)
            later = db.stat().st_mtime_ns + 5_000_000_000  # the data changed after them all
            os.utime(db, ns=(later, later))
            missed_on_close += backup_if_due(db, datetime.now(), on_close=True) is None
    print(f"backups started:           {count} ({killed} killed, {mid_copy} mid-copy)")
    print(f"listed backups damaged:    {listed_bad}")
    print(f"leftovers after listing:   {leftovers}")
    print(f"on-close backups missed:   {missed_on_close}")
    return listed_bad + leftovers + missed_on_close


if __name__ == "__main__":
    sys.exit(main())
