"""Window gone -> process out: how long a closed ReflectDesk's process lives on.

Run by ``close_window.py --db PATH``. Works on a copy of PATH (the app writes), in a
throwaway data folder. Each pair of runs starts the app on the copy with
``--quit-after-load`` in a child process that prints the moment its last window closed
(QApplication.lastWindowClosed); the parent takes the moment the process is gone. The
measured run first marks the database as changed (its modification time set to now), so
a backup on close is due; the baseline run follows with nothing changed since that
backup, so none is due. Between runs the script waits until the backup is on disk (made
in the process, or by the process the app handed it to) and keeps only the newest
backup, so a 10x file does not fill the disk. PYTHONDONTWRITEBYTECODE is unset for both.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

EXIT_BAR_S = 1.0

CHILD = """
import sys, time
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
app.lastWindowClosed.connect(lambda: print(f"GONE {time.time():.6f}", flush=True))
from reflectdesk.cli import main
sys.exit(main(["--db", sys.argv[1], "--quit-after-load"]))
"""


def backups(db: Path) -> list[Path]:
    folder = db.parent / "backups"
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.name.endswith(".db"))


def settled(db: Path) -> bool:
    folder = db.parent / "backups"
    if not folder.is_dir():
        return True
    names = [p.name for p in folder.iterdir()]
    return not any(".partial" in n or n.endswith(".backup-due") for n in names)


def one_run(db: Path, env: dict[str, str]) -> tuple[float, float, int]:
    """(window gone -> process out, window gone -> backup on disk, backups made)."""
    before = len(backups(db))
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(db)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    out = time.time()
    if child.returncode != 0 or "GONE " not in child.stdout:
        raise SystemExit(f"the app failed ({child.returncode}): {child.stderr[-2000:]}")
    gone = float(child.stdout.split("GONE ")[1].split()[0])
    deadline = time.monotonic() + 600
    while not settled(db) and time.monotonic() < deadline:
        time.sleep(0.05)  # the handed-off backup, in its own process
    done = time.time()
    made = len(backups(db)) - before
    for old in backups(db)[:-1]:  # the name sorts by time: keep the newest only
        old.unlink()
    return out - gone, done - gone, made


def measure(source: Path, runs: int) -> int:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="reflectdesk-close-", dir="/tmp") as scratch:
        env["REFLECTDESK_DATA_DIR"] = str(Path(scratch) / "data")
        db = Path(scratch) / "close.db"
        shutil.copyfile(source, db)  # the app writes; the given file is never changed
        print(f"{source} ({source.stat().st_size / 1e6:.0f} MB), {runs} pairs of runs")
        one_run(db, env)  # warm up: migrations, first backup, file cache
        due, baseline, backed, made_due, made_base = [], [], [], 0, 0
        for _ in range(runs):
            os.utime(db)  # "the data changed": a backup on close is due
            exit_s, backup_s, made = one_run(db, env)
            due.append(exit_s)
            backed.append(backup_s)
            made_due += made
            exit_s, _backup_s, made = one_run(db, env)
            baseline.append(exit_s)
            made_base += made
    due_s, base_s = statistics.median(due), statistics.median(baseline)
    print(
        f"window gone -> process out, backup due:   median {due_s * 1000:.0f} ms "
        f"(min {min(due) * 1000:.0f}, max {max(due) * 1000:.0f})"
    )
    print(
        f"window gone -> process out, none due:     median {base_s * 1000:.0f} ms; "
        f"ratio {due_s / max(base_s, 0.001):.2f}"
    )
    print(f"window gone -> backup on disk:            median {statistics.median(backed):.1f} s")
    print(f"backups made: {made_due} of {runs} runs with one due, {made_base} without")
    failed = made_due != runs or made_base != 0
    if failed:
        print("FAIL: a due backup was not made, or one was made when none was due")
    if due_s > EXIT_BAR_S:
        print(f"FAIL: the process lives {due_s:.1f} s after its window; the bar: {EXIT_BAR_S:g} s")
        failed = True
    elif not failed:
        print(f"ok: the process is out within {EXIT_BAR_S:g} s of its window, and the backup made")
    return 1 if failed else 0
