"""Archive import: its time and memory against the same import into a new database.

The issue's bar: "Import streams: its time and memory grow with the archive, not with the
target database." Before, the importer read every id and unique key of the target first
(13 s and 438 MB into the 1x file, 29 s and 860 MB into a 9x one).

Each run is one child process that opens a target, unlocks its private notes (the
archive's are sealed under another laptop's vault, so they are sealed again under the
target's, as `reflectdesk import` does after asking both passphrases) and times
`import_archive`:

  target    a copy of --db (SQLite's backup API, made before the child starts; the given
            file is never opened for writing);
  baseline  a new database as the app makes it (built-ins) with a vault under the same
            passphrase: the same import, the same re-sealing, into nothing.

Baseline and target runs alternate (--runs of each). A child reports the import's wall
time and the peak resident memory during the import alone (Linux: VmHWM after resetting
it through /proc/self/clear_refs once the store is open and unlocked, so the passphrase's
key derivation is not counted; elsewhere ru_maxrss for the whole child). It prints each
run, the medians, and the ratios target / baseline; the bar (--bar, default 1.5) is on
the ratio of median times. Peak memory is printed with its ratio, not barred.

--archive defaults to an archive of a new large demo drawn from seed 99 (the scale files
hold seeds 7 to 16, so every row of it is new to them); --db to a new large demo (seed 7).
The archive's vault passphrase and the target's are both the demo's ("demo passphrase"),
or --passphrase.

    python benchmarks/import.py                                   # new demos, 3 runs each
    python benchmarks/import.py --db /work/scale/10x.db --runs 3
    python benchmarks/import.py --db big.db --archive other.zip --passphrase "..."

Run it with the project's venv; it unsets PYTHONDONTWRITEBYTECODE for the children alike.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BAR = 1.5
ARCHIVE_SEED = 99
PASSPHRASE = "demo passphrase"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--db", type=Path, help="target database to copy (default: a new large demo)"
    )
    parser.add_argument(
        "--archive", type=Path, help="archive to import (default: of a new large demo, seed 99)"
    )
    parser.add_argument("--runs", type=int, default=3, help="runs of each (default 3)")
    parser.add_argument(
        "--bar", type=float, default=BAR, help=f"highest time ratio (default {BAR})"
    )
    parser.add_argument(
        "--passphrase", default=PASSPHRASE, help="of both vaults (default the demo's)"
    )
    parser.add_argument("--child", nargs=2, metavar=("DB", "ARCHIVE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    return args


# -- the child ---------------------------------------------------------------------------


def _memory_kib(field: str) -> int | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split()[1])
    except OSError:
        pass
    return None


def _reset_peak() -> bool:
    """Reset VmHWM to the current resident size (Linux 4.0+); whether it could."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return _memory_kib("VmHWM") is not None


def child(db: Path, archive: Path, passphrase: str) -> None:
    import gc
    import resource

    from reflectdesk.export.archive import import_archive
    from reflectdesk.store.builtins import seed_builtins
    from reflectdesk.store.database import open_store
    from reflectdesk.store.vault import VaultStatus, unlock, vault_status

    with open_store(db, seed=seed_builtins) as store:
        other = None
        if vault_status(store) is not VaultStatus.NONE:
            unlock(store, passphrase)
            other = passphrase
        gc.collect()
        precise = _reset_peak()
        start_kib = _memory_kib("VmRSS") or 0
        started = time.perf_counter()
        summary = import_archive(store, archive, archive_passphrase=other)
        seconds = time.perf_counter() - started
    if precise:
        peak_kib = _memory_kib("VmHWM") or 0
    else:
        peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {
                "seconds": seconds,
                "peak_mb": peak_kib / 1024,
                "start_mb": start_kib / 1024,
                "whole_process_peak": not precise,
                "added": summary.total_added,
                "kept": summary.total_kept,
            }
        )
    )


# -- the parent --------------------------------------------------------------------------


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy, WAL included, without writing to ``source``."""
    with (
        closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src,
        closing(sqlite3.connect(target)) as dst,
    ):
        src.backup(dst)


def remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def run_child(db: Path, archive: Path, passphrase: str) -> dict[str, Any]:
    env = dict(os.environ)
    env.setdefault("PYTHONPATH", str(ROOT))  # a PYTHONPATH given (another checkout) wins
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(db), str(archive), "--passphrase", passphrase],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        sys.exit(f"the import into {db} failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def make_demo_archive(folder: Path) -> Path:
    from reflectdesk.demo.build import write_demo
    from reflectdesk.export.archive import export_archive
    from reflectdesk.store.database import open_store

    demo = folder / f"seed-{ARCHIVE_SEED}.db"
    print(f"building a large demo (seed {ARCHIVE_SEED}) to archive...", flush=True)
    write_demo(demo, "large", seed=ARCHIVE_SEED)
    archive = folder / f"seed-{ARCHIVE_SEED}.zip"
    with open_store(demo) as store:
        export_archive(store, archive)
    remove_database(demo)
    return archive


def make_baseline(folder: Path, passphrase: str) -> Path:
    """A new database with the built-ins and a vault: what any target starts from."""
    from reflectdesk.store.builtins import seed_builtins
    from reflectdesk.store.database import open_store
    from reflectdesk.store.vault import create_vault

    path = folder / "baseline-template.db"
    with open_store(path, seed=seed_builtins) as store:
        create_vault(store, passphrase)
    return path


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.child:
        child(Path(args.child[0]), Path(args.child[1]), args.passphrase)
        return 0
    if "PYTHONPATH" not in os.environ:
        sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory(prefix="import-bench-") as temp:
        folder = Path(temp)
        archive = args.archive.resolve() if args.archive else make_demo_archive(folder)
        if args.db is not None:
            source = args.db.resolve()
        else:
            from reflectdesk.demo.build import write_demo

            print("building a large demo (seed 7) as the target...", flush=True)
            source = folder / "target-source.db"
            write_demo(source, "large")
        template = make_baseline(folder, args.passphrase)
        print(f"archive {archive} ({archive.stat().st_size / 1e6:.1f} MB)")
        print(f"target  {source} ({source.stat().st_size / 1e6:.1f} MB)")
        results: dict[str, list[dict[str, Any]]] = {"baseline": [], "target": []}
        for run in range(1, args.runs + 1):
            for kind, original in (("baseline", template), ("target", source)):
                copy = folder / f"{kind}-{run}.db"
                copy_database(original, copy)
                try:
                    result = run_child(copy, archive, args.passphrase)
                finally:
                    remove_database(copy)
                results[kind].append(result)
                print(
                    f"run {run} {kind:8}  {result['seconds']:6.2f} s  peak "
                    f"{result['peak_mb']:6.0f} MB (from {result['start_mb']:.0f} MB)  "
                    f"added {result['added']:,}  kept {result['kept']:,}",
                    flush=True,
                )
    return report(results, args.bar)


def report(results: dict[str, list[dict[str, Any]]], bar: float) -> int:
    def median(kind: str, field: str) -> float:
        return statistics.median(result[field] for result in results[kind])

    base_s, target_s = median("baseline", "seconds"), median("target", "seconds")
    base_peak, target_peak = median("baseline", "peak_mb"), median("target", "peak_mb")
    base_grow = base_peak - median("baseline", "start_mb")
    target_grow = target_peak - median("target", "start_mb")
    time_ratio = target_s / base_s
    print(
        f"median time   baseline {base_s:6.2f} s  target {target_s:6.2f} s  ratio {time_ratio:.2f}"
    )
    print(
        f"median peak   baseline {base_peak:6.0f} MB  target {target_peak:6.0f} MB  "
        f"ratio {target_peak / base_peak:.2f}"
    )
    print(
        f"peak growth during the import  baseline {base_grow:.0f} MB  target {target_grow:.0f} MB"
    )
    if any(result["whole_process_peak"] for kinds in results.values() for result in kinds):
        print("(peak memory is the whole child's ru_maxrss: /proc/self/clear_refs was not usable)")
    if time_ratio > bar:
        print(f"OVER THE BAR: time ratio {time_ratio:.2f} > {bar}")
        return 1
    print(f"within the bar: time ratio {time_ratio:.2f} <= {bar}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
