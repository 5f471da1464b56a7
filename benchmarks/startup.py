"""How much slower ReflectDesk starts than a bare PySide6 + SQLAlchemy program.

Times ``python -m reflectdesk --db LARGE --quit-after-load`` against a baseline
measured in the same run on the same machine: a small script that imports
PySide6.QtWidgets and sqlalchemy.orm, opens the same database, counts the groups,
shows a QMainWindow and quits from the event loop. Runs alternate (baseline, app,
baseline, app, ...) so drift in the machine's speed falls on both alike; one warm-up
of each is discarded. Exits 1 when median(app) / median(baseline) is over the bar.
PYTHONDONTWRITEBYTECODE is unset for both. The app writes to the database it opens:
pass --db a copy of a file you want left as it is.

    python benchmarks/startup.py                      # makes a large demo database first
    python benchmarks/startup.py --db big.db --runs 25
    python benchmarks/startup.py --profile            # the 15 slowest imports at startup

Uses only the standard library and the project (run it with the project's venv).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BAR = 1.3
WATCHED_IMPORTS = ("reportlab", "alembic", "cryptography", "mako")

BASELINE = """\
import sys

import sqlalchemy as sa
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
from sqlalchemy.orm import Session

engine = sa.create_engine(f"sqlite:///{sys.argv[1]}")
with Session(engine) as session:
    count = session.execute(sa.text("SELECT count(*) FROM groups")).scalar_one()
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel(f"{count} groups"))
window.resize(1000, 700)
window.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="database to open (default: a new large demo)")
    parser.add_argument("--runs", type=int, default=15, help="timed runs of each (default 15)")
    parser.add_argument("--bar", type=float, default=BAR, help=f"highest ratio (default {BAR})")
    parser.add_argument(
        "--display",
        action="store_true",
        help="use the real display instead of QT_QPA_PLATFORM=offscreen",
    )
    parser.add_argument(
        "--profile",
        action="store_true",
        help="instead of timing, run the app once with -X importtime and list the slowest imports",
    )
    parser.add_argument("--top", type=int, default=15, help="imports to list with --profile")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    return args


def child_env(data_dir: Path, display: bool) -> dict[str, str]:
    """The environment for every child: a throwaway data folder, and no display
    unless one was asked for."""
    env = dict(os.environ)
    env["REFLECTDESK_DATA_DIR"] = str(data_dir)
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    # Without .pyc files every start compiles the app again (about 60 ms): unset for the
    # app and the baseline alike.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not display:
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def run(cmd: list[str], env: dict[str, str], what: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.stderr.write(f"{what} failed (exit {result.returncode}): {' '.join(cmd)}\n")
        sys.stderr.write(result.stdout[-4000:] + result.stderr[-4000:])
        raise SystemExit(2)
    return result


def timed(cmd: list[str], env: dict[str, str], what: str) -> float:
    """Wall time of one run in milliseconds, start of the process to its exit."""
    start = time.perf_counter()
    run(cmd, env, what)
    return (time.perf_counter() - start) * 1000


def make_demo_db(path: Path, env: dict[str, str]) -> None:
    print(f"making a large demo database in {path} ...", flush=True)
    start = time.perf_counter()
    cmd = [sys.executable, "-m", "reflectdesk", "demo", "--db", str(path), "--size", "large"]
    run(cmd, env, "making the demo database")
    size_mb = path.stat().st_size / 1e6
    print(f"  done in {time.perf_counter() - start:.1f} s ({size_mb:.1f} MB)", flush=True)


def app_command(db: Path, *python_options: str) -> list[str]:
    options = ["--db", str(db), "--quit-after-load"]
    return [sys.executable, *python_options, "-m", "reflectdesk", *options]


def profile_imports(db: Path, env: dict[str, str], top: int) -> int:
    """Runs the app once with -X importtime and prints the slowest imports by
    cumulative time (a package's own time plus everything it imports)."""
    result = run(app_command(db, "-X", "importtime"), env, "the app with -X importtime")
    line = re.compile(r"^import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)\s*$")
    rows: list[tuple[int, int, int, str]] = []
    for text in result.stderr.splitlines():
        match = line.match(text)
        if match:
            self_us, cumulative_us, indent, name = match.groups()
            rows.append((int(cumulative_us), int(self_us), len(indent) // 2, name))
    if not rows:
        sys.stderr.write("no -X importtime lines in the app's stderr\n")
        return 2
    total_us = sum(cumulative for cumulative, _, depth, _ in rows if depth == 0)
    print(f"imports at startup: {len(rows)} modules, {total_us / 1000:.0f} ms in all")
    print(f"the {top} slowest by cumulative time:")
    print(f"  {'cumul ms':>9} {'self ms':>8}  module")
    for cumulative, self_us, _, name in sorted(rows, reverse=True)[:top]:
        print(f"  {cumulative / 1000:9.1f} {self_us / 1000:8.1f}  {name}")
    loaded = {name.split(".")[0] for _, _, _, name in rows}
    for package in WATCHED_IMPORTS:
        if package in loaded:
            cost = max(c for c, _, _, name in rows if name.split(".")[0] == package)
            print(f"note: {package} is imported at startup ({cost / 1000:.0f} ms); can it wait?")
    return 0


def describe(label: str, samples: list[float]) -> str:
    return (
        f"{label:<9} median {statistics.median(samples):7.1f} ms   "
        f"min {min(samples):7.1f} ms   (n={len(samples)})"
    )


def benchmark(db: Path, env: dict[str, str], runs: int, bar: float, workdir: Path) -> int:
    script = workdir / "baseline.py"
    script.write_text(BASELINE, encoding="utf-8")
    baseline_cmd = [sys.executable, str(script), str(db)]
    app_cmd = app_command(db)

    print(f"warming up, then {runs} alternating runs of each ...", flush=True)
    timed(baseline_cmd, env, "the baseline")
    timed(app_cmd, env, "the app")
    wait_for_the_backup(db)
    baseline: list[float] = []
    app: list[float] = []
    for _ in range(runs):
        baseline.append(timed(baseline_cmd, env, "the baseline"))
        app.append(timed(app_cmd, env, "the app"))

    ratio = statistics.median(app) / statistics.median(baseline)
    print(describe("baseline", baseline))
    print(describe("app", app))
    verdict = "ok" if ratio <= bar else "OVER THE BAR"
    print(f"startup ratio app/baseline (medians): {ratio:.2f}  bar {bar:.2f}  {verdict}")
    return 0 if ratio <= bar else 1


def copy_of(source: Path, workdir: Path) -> Path:
    """A copy of ``source`` to open: the app writes to what it opens (the lock, the
    built-ins when they changed) and makes its backups beside it. SQLite's backup API
    copies one consistent state even if another program writes to the source."""
    import sqlite3

    copy = workdir / source.name
    print(f"copying {source.name} ({source.stat().st_size / 1e6:.0f} MB) ...", flush=True)
    reader = sqlite3.connect(f"{source.absolute().as_uri()}?mode=ro", uri=True)
    writer = sqlite3.connect(copy)
    try:
        reader.backup(writer)
    finally:
        writer.close()
        reader.close()
    return copy


def wait_for_the_backup(db: Path, most_seconds: float = 600) -> None:
    """Wait until no backup of ``db`` is owed. The warm-up's first open may write (the
    built-ins of a newer version), which makes a backup due at its close, made by a
    process of its own (store/close_backup.py); timed starts beside that copy would
    measure the machine's disk, not the app, and each would make it give way."""
    from reflectdesk.store.close_backup import is_marked

    start = time.perf_counter()
    while is_marked(db) and time.perf_counter() - start < most_seconds:
        time.sleep(0.5)
    waited = time.perf_counter() - start
    if waited >= 1:
        print(f"waited {waited:.0f} s for the backup after the warm-up's close", flush=True)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="reflectdesk-bench-") as tmp:
        workdir = Path(tmp)
        env = child_env(workdir / "data", args.display)
        db = args.db.resolve() if args.db else workdir / "large.db"
        if args.db is None:
            make_demo_db(db, env)
        elif not db.is_file():
            sys.stderr.write(f"no database at {db}\n")
            return 2
        else:
            db = copy_of(db, workdir)
        if args.profile:
            return profile_imports(db, env, args.top)
        return benchmark(db, env, args.runs, args.bar, workdir)


if __name__ == "__main__":
    sys.exit(main())
