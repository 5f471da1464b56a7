"""Timing a function against its baseline in the same run, alternating, as every
in-process benchmark here does (scripts import it from their own folder)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def paired(app: Callable[[], object], base: Callable[[], object], runs: int) -> tuple[float, float]:
    """Medians (ms) of ``app`` and ``base``, alternating, after one warm-up each."""
    app()
    base()
    apps, bases = [], []
    for _ in range(runs):
        for call, into in ((base, bases), (app, apps)):
            started = time.perf_counter()
            call()
            into.append((time.perf_counter() - started) * 1000)
    return statistics.median(apps), statistics.median(bases)


def bar_line(name: str, app: float, base: float, bar: float) -> bool:
    """Print one figure against its in-run baseline and its bar (both in ms); True when
    the figure is within the bar."""
    verdict = "  ok" if app <= bar else "  OVER THE BAR"
    print(
        f"{name:36s} {app:8.2f} ms   baseline {base:7.2f} ms   ratio {app / base:6.2f}   "
        f"bar {bar:.0f} ms{verdict}"
    )
    return app <= bar
