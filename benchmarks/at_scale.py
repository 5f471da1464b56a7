"""Every database benchmark at 1x and 10x the large demo, one after the other.

Makes (or reuses) the demo files first, ``reflectdesk demo --size large --scale N`` for
each ``--scales`` (1 and 10 by default: 76 MB and 800 MB; the 10x file takes about two
minutes to write), in ``--folder`` (by default ``reflectdesk-scale`` in the temp
folder, kept between runs so the files are made once). Then runs each benchmark with
``--db`` on each file, prints its output as it comes, and ends with one line a run:
the benchmark, the scale, its exit status and its last line (each script's verdict
against its own baseline, measured in the same run). Exits 1 when any run failed.

Each benchmark treats ``--db`` as read-only or works on a copy, so the files stay as
made; a file made by an older ReflectDesk is made again (the scripts need the current
schema).

    python benchmarks/at_scale.py
    python benchmarks/at_scale.py --scales 1 3 10 --only startup search
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

# Each benchmark that reads a database, with the arguments that keep a run of all of
# them within minutes (each script's own defaults are for a careful single run).
BENCHMARKS: dict[str, list[str]] = {
    "startup": ["startup.py", "--runs", "9"],
    "search": ["search.py", "--queries", "200"],
    "search_unlocked": ["search.py", "--queries", "200", "--unlock"],
    "search_short": ["search.py", "--queries", "200", "--short"],
    "exports": ["exports.py", "--runs", "7", "--process-runs", "5"],
    "series": ["series.py", "--runs", "9"],
    "close_window": ["close_window.py", "--runs", "5"],
    "import": ["import.py", "--runs", "2"],
    "evaluation_stats": ["evaluation_stats.py", "--repeat", "10"],
    "evaluation_charts": ["evaluation_charts.py", "--repeat", "5"],
    "instrument_scores": ["instrument_scores.py", "--repeat", "15"],
    "session_cpu": ["session_cpu.py", "--seconds", "20"],
    "typing_latency": ["typing_latency.py", "--keys", "600"],
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 10], help="default 1 10")
    parser.add_argument(
        "--folder",
        type=Path,
        default=Path(tempfile.gettempdir()) / "reflectdesk-scale",
        help="where the demo files are made and kept",
    )
    parser.add_argument("--only", nargs="+", choices=sorted(BENCHMARKS), help="these only")
    args = parser.parse_args(argv)
    names = args.only or list(BENCHMARKS)
    files = {scale: demo_file(args.folder, scale) for scale in args.scales}
    verdicts: list[tuple[str, int, int, str]] = []
    for name in names:
        for scale, path in files.items():
            print(f"\n=== {name} at {scale}x ({path.stat().st_size // 2**20} MB) ===", flush=True)
            status, last = run(BENCHMARKS[name], path)
            verdicts.append((name, scale, status, last))
    print("\n=== summary ===")
    for name, scale, status, last in verdicts:
        print(f"{name:18} {scale:>3}x  exit {status}  {last}")
    return 1 if any(status != 0 for _, _, status, _ in verdicts) else 0


def demo_file(folder: Path, scale: int) -> Path:
    """The large demo ``scale`` times over, made unless a current one is there."""
    from reflectdesk.store.schema import HEAD_REVISION
    from reflectdesk.store.sqlite_file import inspect_database_file

    path = folder / f"large-{scale}x.db"
    if path.exists() and inspect_database_file(path).revision == HEAD_REVISION:
        return path
    folder.mkdir(parents=True, exist_ok=True)
    print(f"writing the large demo {scale} times over to {path} …", flush=True)
    command = [sys.executable, "-m", "reflectdesk", "demo", "--db", str(path), "--force"]
    command += ["--size", "large", "--scale", str(scale)]
    subprocess.run(command, check=True, cwd=ROOT)
    return path


def run(benchmark: list[str], db: Path) -> tuple[int, str]:
    """Run one benchmark on ``db``, its output shown as it comes; (exit status, last line)."""
    environment = dict(os.environ)
    # Without .pyc files every child start would recompile the app (see startup.py).
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    command = [sys.executable, str(HERE / benchmark[0]), *benchmark[1:], "--db", str(db)]
    process = subprocess.Popen(
        command, cwd=ROOT, env=environment, stdout=subprocess.PIPE, text=True, bufsize=1
    )
    last = ""
    assert process.stdout is not None
    for line in process.stdout:
        print(line, end="", flush=True)
        if line.strip():
            last = line.strip()
    return process.wait(), last


if __name__ == "__main__":
    sys.exit(main())
