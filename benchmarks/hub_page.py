"""Preferences ▸ Hub at scale (issue 20): the page opens about as quickly as the plain
Preferences dialog, whatever the laptop holds, because the publishing status
(``plan_publish`` over the offered groups) is counted off the ui thread, after the
page is drawn.

Every group of ``--db`` (a copy of it: offering groups writes settings) is offered to
the hub. Then, alternating, ``--runs`` times each: the baseline, File ▸ Preferences…
(PreferencesDialog made, shown and painted), and Preferences ▸ Hub (HubDialog made,
shown and painted: its table of every group). Medians and the ratio hub / baseline;
exits 1 over the bar. In the first ``--counts`` runs the hub page is then left open
until the count it started is done (untimed in the ratio): how long that takes, and
the longest the ui thread went without running a 10 ms timer meanwhile, against the
same wait with nothing counting (what the machine's load alone costs).

    PYTHONPATH=. python benchmarks/hub_page.py --db /work/scale/1x.db
    PYTHONPATH=. python benchmarks/hub_page.py --db /work/scale/10x.db --runs 7 --counts 1
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QDialog

BAR = 3.0


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True, help="a laptop database (copied)")
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each (default 7)")
    parser.add_argument("--bar", type=float, default=BAR, help=f"highest ratio (default {BAR})")
    parser.add_argument(
        "--counts", type=int, default=3, help="runs that wait for the count (default 3)"
    )
    return parser.parse_args(argv)


def opened(app: QApplication, make: Callable[[], QDialog]) -> tuple[float, QDialog]:
    """Seconds from making the dialog to its first paint done, and the dialog."""
    start = time.perf_counter()
    dialog = make()
    dialog.show()
    dialog.repaint()
    app.processEvents()
    return time.perf_counter() - start, dialog


def close(app: QApplication, dialog: QDialog) -> None:
    """Close and delete ``dialog`` as the app's event loop would (processEvents alone
    leaves deferred deletes waiting, and a page left alive starts its count later)."""
    dialog.done(0)
    dialog.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()


def longest_wait(app: QApplication, busy: Callable[[], bool], seconds: float = 0) -> float:
    """Run the event loop while ``busy()`` (or for ``seconds``); the longest gap between
    two ticks of a 10 ms timer, in seconds."""
    gaps: list[int] = []
    clock = QElapsedTimer()
    ticker = QTimer()
    ticker.setInterval(10)
    ticker.timeout.connect(lambda: gaps.append(clock.restart()))
    clock.start()
    ticker.start()
    until = time.perf_counter() + seconds
    while busy() or time.perf_counter() < until:
        app.processEvents()
        time.sleep(0.001)
    ticker.stop()
    return max(gaps, default=0) / 1000


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    from reflectdesk.operations.hub_credentials import HubCredentials
    from reflectdesk.store import publish_ledger
    from reflectdesk.store.database import open_store
    from reflectdesk.store.groups import list_groups
    from reflectdesk.ui.hub.hub_dialog import HubDialog
    from reflectdesk.ui.hub.status_counter import StatusCounter
    from reflectdesk.ui.shell.preferences_dialog import PreferencesDialog

    folder = Path(tempfile.mkdtemp(prefix="rd-hub-page-"))
    os.environ["REFLECTDESK_DATA_DIR"] = str(folder / "data")
    copy = folder / "laptop.db"
    shutil.copyfile(args.db, copy)
    app = QApplication(sys.argv[:1])
    credentials = HubCredentials()
    base, page, counts, stalls = [], [], [], []
    try:
        with open_store(copy) as store:
            groups = [*list_groups(store), *list_groups(store, archived=True)]
            for group in groups:
                publish_ledger.choose_group(store, group.id, None)
            publish_ledger.save_hub_url(store, "postgresql://rd_anna@hub.example.org/rd")
            counter = StatusCounter(store, None)

            def preferences() -> QDialog:
                return PreferencesDialog(store)

            def hub() -> QDialog:
                return HubDialog(store, credentials, None, counter)

            def hub_run(wait: bool) -> tuple[float, float, float]:
                before: Any = counter.task
                took, dialog = opened(app, hub)
                if not wait:  # closed at once: a count it started (slow machine) ends first
                    close(app, dialog)
                    longest_wait(app, lambda: counter.task is not None and counter.task.running)
                    return took, 0.0, 0.0
                start = time.perf_counter()

                def counting() -> bool:
                    task = counter.task
                    return task is before or (task is not None and task.running)

                stall = longest_wait(app, counting)
                close(app, dialog)
                return took, time.perf_counter() - start, stall

            close(app, opened(app, preferences)[1])  # warm-up, not counted
            hub_run(wait=False)
            for run in range(args.runs):
                took, dialog = opened(app, preferences)
                close(app, dialog)
                base.append(took)
                took, counted, stall = hub_run(wait=run < args.counts)
                page.append(took)
                if run < args.counts:
                    counts.append(counted)
                    stalls.append(stall)
            idle = [longest_wait(app, lambda: False, 3.0) for _ in range(3)]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    ratio = statistics.median(page) / statistics.median(base)
    print(f"groups offered: {len(groups)}")
    print(f"Preferences (baseline): median {statistics.median(base) * 1000:.1f} ms")
    print(f"Preferences ▸ Hub:      median {statistics.median(page) * 1000:.1f} ms")
    print(f"ratio hub / baseline:   {ratio:.2f} (bar {args.bar})")
    if counts:
        print(f"status counted in the background: median {statistics.median(counts):.2f} s")
        print(f"longest ui wait while counting: median {statistics.median(stalls) * 1000:.0f} ms")
    print(f"longest ui wait, idle (3 s):    median {statistics.median(idle) * 1000:.0f} ms")
    return 0 if ratio <= args.bar else 1


if __name__ == "__main__":
    sys.exit(main())
