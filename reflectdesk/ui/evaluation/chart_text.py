"""The figures of each evaluation chart in words, for a screen reader: a chart is
painted, so without these it is an empty picture to anyone who cannot see it. Each
chart sets the text as its accessible description whenever its data changes; the
tables under the charts hold the same figures cell by cell.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale

from reflectdesk.core.evaluation_charts import trend
from reflectdesk.core.evaluation_stats import ItemStats, QuestionnaireStats
from reflectdesk.core.figure_rules import half_up, reportable


def _number(value: float | None, digits: int = 1) -> str:
    if value is None:
        return QCoreApplication.translate("ChartText", "none")
    if value == int(value):
        digits = 0
    return QLocale().toString(half_up(value, digits), "f", digits)


def _percent(value: float | None) -> str:
    if value is None:
        return QCoreApplication.translate("ChartText", "none")
    return QLocale().toString(half_up(value, 0), "f", 0) + "%"


def item_line(text: str, stats: ItemStats, labels: Sequence[str], min_n: int = 1) -> str:
    """One statement: n, median, % agree, and how many gave each answer (only n when
    fewer than ``min_n`` answered)."""
    if stats.n and not reportable(stats.n, min_n):
        return (
            QCoreApplication.translate("ChartText", "%1: n %2, too few to report")
            .replace("%1", text)
            .replace("%2", str(stats.n))
        )
    counts = ", ".join(
        f"{labels[i] if i < len(labels) else i + 1}: {count}"
        for i, count in enumerate(stats.distribution)
    )
    return (
        QCoreApplication.translate("ChartText", "%1: n %2, median %3, %4 agree; answers %5")
        .replace("%1", text)
        .replace("%2", str(stats.n))
        .replace("%3", _number(stats.median))
        .replace("%4", _percent(stats.agree_pct))
        .replace("%5", counts)
    )


def bars_text(
    rows: Sequence[tuple[str, str, ItemStats]], labels: Sequence[str], min_n: int = 1
) -> str:
    """Each bar of a diverging bar chart (statement, start/end label, statistics)."""
    lines = []
    statement = ""
    for text, label, stats in rows:
        statement = text or statement  # an "End" bar sits under its statement's "Start"
        name = f"{statement} ({label})" if label else statement
        lines.append(item_line(name, stats, labels, min_n))
    return "\n".join(lines)


def trend_text(
    items: Sequence[tuple[str, str]],
    sessions: Sequence[QuestionnaireStats],
    dates: Sequence[str],
    measure: str,
    min_n: int = 1,
) -> str:
    """Per statement, its value session by session, oldest first ("none" where fewer
    than ``min_n`` answered)."""
    show = _percent if measure == "agree" else _number
    head = (
        QCoreApplication.translate("ChartText", "% agree, session by session")
        if measure == "agree"
        else QCoreApplication.translate("ChartText", "mean score, session by session")
    )
    lines = []
    for key, text in items:
        values = trend(sessions, key, measure, min_n)
        shown = ", ".join(
            f"{dates[i] if i < len(dates) else i + 1} {show(value)}"
            for i, value in enumerate(values)
        )
        lines.append(f"{text}: {head}: {shown}")
    return "\n".join(lines)


def conditions_text(
    items: Sequence[tuple[str, str, int]],
    sessions: Sequence[QuestionnaireStats],
    dates: Sequence[str],
    attended: Sequence[int | None],
) -> str:
    """Attendance per session, then each condition's score per session."""
    when = [dates[i] if i < len(dates) else str(i + 1) for i in range(len(sessions))]
    people = ", ".join(
        f"{day} {'–' if count is None else count}"
        for day, count in zip(when, attended, strict=False)
    )
    attended_line = QCoreApplication.translate("ChartText", "Participants who attended: %1")
    lines = [attended_line.replace("%1", people)]
    for key, text, _points in items:
        scores = ", ".join(
            f"{day} {_number(value)}"
            for day, value in zip(when, trend(sessions, key, "mean"), strict=False)
        )
        lines.append(f"{text}: {scores}")
    return "\n".join(lines)
