"""How fast a long series' evaluation results appear: statistics AND charts.

Builds the same 40-session series with 400 session evaluations as
benchmarks/evaluation_stats.py (plus its conditions checks and start/end forms), then
times what the results page does for each questionnaire: load and compute the results
(``questionnaire_results``), give them to the page's chart widgets, and paint every chart
into a QImage offscreen (the page's own charts, at 900 px). The baseline, in the same
run: painting one plain 900 px image with a rectangle, the floor of any chart.
Exits 1 when the median of load + compute + paint is over the bar (200 ms).

    QT_QPA_PLATFORM=offscreen python benchmarks/evaluation_charts.py [--repeat 10] [--bar 200]

``--db FILE`` measures that database's busiest group instead (as evaluation_stats.py).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

BAR_MS = 200.0
WIDTH = 900
KEYS = (
    ("session-evaluation", "session"),
    ("conditions-check", "conditions"),
    ("series-evaluation", "series"),
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=10, help="timed runs (default 10)")
    parser.add_argument("--bar", type=float, default=BAR_MS, help="highest median in ms")
    parser.add_argument("--db", type=Path, help="measure this database's busiest group")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from benchmarks.evaluation_stats import series_database
    from reflectdesk.export.evaluation import questionnaire_results
    from reflectdesk.store.database import open_store
    from reflectdesk.ui.evaluation.chart_base import EvaluationChart
    from reflectdesk.ui.evaluation.results_view import ResultsView

    app = QApplication.instance() or QApplication([])
    app.setStyle("Fusion")
    with series_database(args.db) as (path, group_id):
        view = ResultsView()
        view.resize(WIDTH, 800)
        with open_store(path, for_reading=True) as store:
            stats_times, chart_times, totals, baselines = [], [], [], []
            charts = 0
            for run in range(args.repeat + 2):  # two warm-up runs
                computing = painting = 0.0
                charts = 0
                for key, purpose in KEYS:
                    t0 = time.perf_counter()
                    results = questionnaire_results(store, group_id, key, purpose)
                    t1 = time.perf_counter()
                    view.show_results(results)
                    for chart in view.charts:
                        assert isinstance(chart, EvaluationChart)
                        chart.render_image(WIDTH)
                        charts += 1
                    t2 = time.perf_counter()
                    computing += t1 - t0
                    painting += t2 - t1
                    view.clear()
                    app.processEvents()  # let the cleared widgets go
                t0 = time.perf_counter()
                image = QImage(WIDTH, 600, QImage.Format.Format_ARGB32_Premultiplied)
                painter = QPainter(image)
                painter.fillRect(0, 0, WIDTH, 600, 0xFFFFFF)
                painter.drawRect(10, 10, WIDTH - 20, 580)
                painter.end()
                baseline = time.perf_counter() - t0
                if run >= 2:
                    stats_times.append(computing)
                    chart_times.append(painting)
                    totals.append(computing + painting)
                    baselines.append(baseline)
    median = 1000 * statistics.median(totals)
    base = 1000 * statistics.median(baselines)
    print(
        f"three questionnaires, {charts} charts at {WIDTH} px (median of {args.repeat}): "
        f"load + compute {1000 * statistics.median(stats_times):.1f} ms, "
        f"widgets + paint {1000 * statistics.median(chart_times):.1f} ms"
    )
    print(f"total {median:.1f} ms (min {1000 * min(totals):.1f}, max {1000 * max(totals):.1f})")
    print(f"baseline: one plain {WIDTH} px image {base:.3f} ms; ratio {median / base:.0f}x")
    if median > args.bar:
        print(f"FAIL: over the bar of {args.bar:g} ms")
        return 1
    print(f"ok: within the bar of {args.bar:g} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
