"""How fast the leader log window opens on a big file.

Against --db (at the current schema; opened read-only through
``open_store(for_reading=True)``; nothing is written), for the leader with the most
finished sessions led or co-led:

- open: Records ▸ Leader Log as a person meets it, from making the window (the leaders'
  names for its combo are read on the ui thread) to its log shown (the sessions gathered
  from every group of the file off the ui thread, the totals, the body's progress, the
  table filled), against the same window opened on a name that leads nothing: the
  window's own cost, so the ratio is what gathering a leader's log adds;
- held: how long the ui thread was held while making the window (the part a person
  waits for before anything is drawn), and while showing the log once it arrived (the
  progress, the totals and every row put in the table), each printed apart.

Runs alternate with their baseline after one discarded warm-up each; medians and the
ratio are printed with the bars. Exits 1 when a bar is broken.

    python benchmarks/leader_log_window.py --db /tmp/reflectdesk-scale/large-10x.db [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OPEN_BAR_MS = 1000.0  # Records ▸ Leader Log shows the log within a second
HELD_BAR_MS = 200.0  # and never freezes the window for longer than a moment
SHOWN: list[float] = []  # ms the ui thread spent showing each log read
NOBODY = "Nobody Leads This Name"
BUSIEST = """
SELECT p.display_name, count(*) AS n
FROM memberships m JOIN persons p ON p.id = m.person_id
JOIN sessions s ON s.group_id = m.group_id AND s.status = 'finished'
WHERE m.role IN ('facilitator', 'co_facilitator')
GROUP BY lower(p.display_name) ORDER BY n DESC LIMIT 1
"""


def busiest(db: Path) -> str:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
        row = connection.execute(BUSIEST).fetchone()
    if row is None:
        raise SystemExit("no facilitator in this file has a finished session")
    return str(row[0])


def timed_open(make: Callable[[], object], shown: Callable[[object], bool]) -> tuple[float, float]:
    """(ms until the log is shown, ms the ui thread was held making the window)."""
    from PySide6.QtWidgets import QApplication

    started = time.perf_counter()
    window = make()
    held = (time.perf_counter() - started) * 1000
    while not shown(window):
        QApplication.processEvents()
        time.sleep(0.001)
    total = (time.perf_counter() - started) * 1000
    window.close()  # type: ignore[attr-defined]
    window.deleteLater()  # type: ignore[attr-defined]
    QApplication.processEvents()
    return total, held


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True, help="a database at the current schema")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))

    from PySide6.QtWidgets import QApplication, QWidget

    from reflectdesk.store.database import open_store
    from reflectdesk.ui.privacy.vault_controller import VaultController
    from reflectdesk.ui.records.leader_log_window import LeaderLogWindow

    app = QApplication.instance() or QApplication([])
    real_show = LeaderLogWindow._show

    def timed_show(window: LeaderLogWindow, reading: int, log: object) -> None:
        started = time.perf_counter()
        real_show(window, reading, log)  # type: ignore[arg-type]
        SHOWN.append((time.perf_counter() - started) * 1000)

    LeaderLogWindow._show = timed_show  # type: ignore[method-assign]
    leader = busiest(args.db)
    store = open_store(args.db, for_reading=True)
    host = QWidget()
    vault = VaultController(store, host)

    def opener(name: str) -> Callable[[], object]:
        return lambda: LeaderLogWindow(store, vault, host, leader=name)

    def shown(window: object) -> bool:
        assert isinstance(window, LeaderLogWindow)
        return window.log is not None and window.task is not None and not window.task.running

    samples: dict[str, list[tuple[float, float, float]]] = {"app": [], "base": []}
    timed_open(opener(leader), shown)  # warm-ups, discarded
    timed_open(opener(NOBODY), shown)
    for _ in range(args.runs):
        for name, into in ((NOBODY, samples["base"]), (leader, samples["app"])):
            SHOWN.clear()
            total, held = timed_open(opener(name), shown)
            into.append((total, held, sum(SHOWN)))
    probe = LeaderLogWindow(store, vault, host, leader=leader)
    while not shown(probe):
        app.processEvents()
    assert probe.log is not None
    rows, entries = len(probe.log.sessions), len(probe.log.entries)
    probe.close()
    store.close()

    def median(kind: str, figure: int) -> float:
        return statistics.median(sample[figure] for sample in samples[kind])

    size_mb = args.db.stat().st_size / 1e6
    print(f"{args.db.name}: {size_mb:.0f} MB; the busiest leader led or co-led {rows} sessions")
    print(f"  (and has {entries} hand entries); {args.runs} runs of each, medians")
    ok = True
    for name, figure, bar in (
        ("open to log shown", 0, OPEN_BAR_MS),
        ("held: making it", 1, HELD_BAR_MS),
        ("held: showing log", 2, HELD_BAR_MS),
    ):
        app_ms, base_ms = median("app", figure), median("base", figure)
        verdict = "ok" if app_ms <= bar else "OVER THE BAR"
        print(
            f"  {name:18s} {app_ms:8.1f} ms   baseline (a name that leads nothing) "
            f"{base_ms:7.1f} ms   ratio {app_ms / base_ms:5.2f}   bar {bar:.0f} ms  {verdict}"
        )
        ok = ok and app_ms <= bar
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
