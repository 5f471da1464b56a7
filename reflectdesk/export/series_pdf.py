"""PDFs of a whole series: the facilitator's series report and the learning bulletin.

Laid out from the plain summaries of reflectdesk.export.series with the same pieces as
the session summary (reflectdesk.export.pdf and .page): escaped user text, DejaVu fonts
embedded, "page N of M", the group and the series' dates in header and footer, byte-stable
output, written atomically. The attendance matrix numbers its sessions 1..n (a legend
gives their dates) and wraps its columns onto further tables when a series is too long
for one page width. An evaluation section (reflectdesk.export.evaluation_pdf) follows
when the group has questionnaire responses.
"""

from __future__ import annotations

import math
from functools import partial
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Spacer, TableStyle

from reflectdesk.export.evaluation_pdf import evaluation_story
from reflectdesk.export.fonts import REGULAR, register_fonts
from reflectdesk.export.page import INK, MUTED, RULE, make_styles, text
from reflectdesk.export.pdf import Heading, PageSize, write_document
from reflectdesk.export.pdf_blocks import (
    bullet_list,
    data_table,
    header_widths,
    muted_line,
    section,
    table_section,
)
from reflectdesk.export.series import Bulletin, SeriesReport, legend
from reflectdesk.i18n.texts import Texts, texts_for

SOFT_RED = colors.HexColor("#fbe3e4")
BAR = colors.HexColor("#3e6b8a")
NAME_WIDTH = 49 * mm
MARK_WIDTH = 7.5 * mm
ATTENDED_WIDTH = 21 * mm
NOTE_WIDTH = 44 * mm
CHART_FONT_SIZE = 9
BAR_HEIGHT = 17  # points per theme in the chart
BAR_LABEL_SIZE = 8
BAR_LABEL_GAP = 3  # points between a bar's end and its label


def timing_note(texts: Texts) -> str:
    return texts.gettext(
        "Planned and actual are means over the finished sessions that reached the "
        "phase; actual is running time, pauses left out. An overrun is a phase that "
        "ran a full minute or more over its plan."
    )


# -- the series report ------------------------------------------------------------------


def _matrix(
    report: SeriesReport, width: float, styles: dict[str, ParagraphStyle], t: Texts
) -> list[Any]:
    if not report.sessions:
        return [muted_line(t.gettext("No sessions held yet."), styles)]
    if not report.matrix:
        return [muted_line(t.gettext("No members in this group."), styles)]
    fits = int((width - NAME_WIDTH - ATTENDED_WIDTH - NOTE_WIDTH) // MARK_WIDTH)
    per_table = max(fits, 1)
    numbers = [session.number for session in report.sessions]
    chunks = [numbers[i : i + per_table] for i in range(0, len(numbers), per_table)]
    content: list[Any] = []
    for n, chunk in enumerate(chunks):
        last = n == len(chunks) - 1
        header = [t.gettext("Member"), *(t.integer(number) for number in chunk)]
        widths = [NAME_WIDTH, *(MARK_WIDTH for _ in chunk)]
        if last:
            header += [t.gettext("Attended"), t.gettext("Rule")]
            widths += [ATTENDED_WIDTH, NOTE_WIDTH]
        rows = []
        for row in report.matrix:
            cells = [row.name, *(row.marks[number - 1] for number in chunk)]
            if last:
                met = t.gettext("met") if report.rule else ""
                cells += [t.integer(row.attended), row.note or met]
            rows.append(cells)
        marks = frozenset(range(1, len(chunk) + 1))
        table = data_table(header, rows, widths, styles, numeric=marks | {len(chunk) + 1})
        shortfalls = [i + 1 for i, row in enumerate(report.matrix) if row.shortfall]
        table.setStyle(TableStyle([("BACKGROUND", (0, i), (-1, i), SOFT_RED) for i in shortfalls]))
        if n:
            content.append(Spacer(1, 6))
        content.append(table)
    running = "&nbsp;" + escape(t.gettext("(running)")).replace(" ", "&nbsp;")
    dates = " &nbsp;·&nbsp; ".join(
        f"<b>{session.number}</b>&nbsp;{escape(session.date_text).replace(' ', '&nbsp;')}"
        + ("" if session.finished else running)
        for session in report.sessions
    )
    words = " &nbsp;·&nbsp; ".join(f"{mark}&nbsp;{escape(word)}" for mark, word in legend(t))
    content += [
        Spacer(1, 4),
        Paragraph(escape(t.gettext("Sessions: {dates}")).format(dates=dates), styles["small"]),
        Paragraph(
            escape(
                t.gettext("Marks: {legend}. Attended counts present, late and left early.")
            ).format(legend=words),
            styles["small"],
        ),
    ]
    return content


def _fit(label: str, room: float) -> str:
    if stringWidth(label, REGULAR, CHART_FONT_SIZE) <= room:
        return label
    while label and stringWidth(label + "…", REGULAR, CHART_FONT_SIZE) > room:
        label = label[:-1]
    return label.rstrip() + "…"


def theme_chart(report: SeriesReport, width: float, t: Texts) -> Drawing:
    """A horizontal bar per theme in use: sessions tagged, labelled with the counts."""
    register_fonts()
    bars = report.themes
    label_room = min(
        max(stringWidth(bar.name, REGULAR, CHART_FONT_SIZE) for bar in bars) + 6, width * 0.45
    )
    height = len(bars) * BAR_HEIGHT + 24
    drawing = Drawing(width, height, initialFontName=REGULAR, initialFontSize=CHART_FONT_SIZE)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_room, 18
    chart.width, chart.height = width - label_room - 4, height - 24
    chart.data = [[bar.sessions for bar in bars]]
    chart.categoryAxis.categoryNames = [_fit(bar.name, label_room - 6) for bar in bars]
    chart.categoryAxis.reverseDirection = 1  # the first theme on top
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = CHART_FONT_SIZE
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.tickLeft = 0
    labels = [_bar_label(bar.sessions, bar.learning_points, t) for bar in bars]
    top = max(bar.sessions for bar in bars)
    step = max(1, math.ceil(top / 6))
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = scale_end(
        [bar.sessions for bar in bars],
        [stringWidth(label, REGULAR, BAR_LABEL_SIZE) for label in labels],
        chart.width,
        step,
    )
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.labelTextFormat = lambda value: t.integer(int(value))
    chart.valueAxis.strokeColor = RULE
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.barWidth = 10
    chart.groupSpacing = 5
    chart.barLabelArray = [labels]
    chart.barLabelFormat = "values"
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = BAR_LABEL_SIZE
    chart.barLabels.fillColor = INK
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = BAR_LABEL_GAP
    drawing.add(chart)
    return drawing


def scale_end(values: list[int], label_widths: list[float], length: float, step: int) -> int:
    """The axis' end, a whole number of steps, far enough that every bar's label, drawn
    after the bar's end, still ends inside the chart's ``length`` (a long Dutch label
    such as "10 bijeenkomsten, 120 leerpunten" ran past the page's margin)."""
    needed = float(max(values))
    for value, label in zip(values, label_widths, strict=True):
        free = length - BAR_LABEL_GAP - label
        if free > 0:
            needed = max(needed, value * length / free)
    return max(step * math.ceil(needed / step), step)


def _bar_label(sessions: int, points: int, t: Texts) -> str:
    """ "3 sessions, 1 point" / "3 bijeenkomsten, 1 leerpunt"."""
    held = t.ngettext("{n} session", "{n} sessions", sessions).format(n=t.integer(sessions))
    learned = t.ngettext("{n} point", "{n} points", points).format(n=t.integer(points))
    return f"{held}, {learned}"


def _facts(report: SeriesReport, t: Texts) -> str:
    held = len(report.sessions)
    sessions = t.ngettext(
        "{held} session held of {planned} planned.",
        "{held} sessions held of {planned} planned.",
        held,
    ).format(held=t.integer(held), planned=t.integer(report.planned_sessions))
    rule = (
        t.gettext("Attendance rule: {rule}.").format(rule=report.rule)
        if report.rule
        else t.gettext("The group has no attendance rule.")
    )
    return f"{sessions} {rule}"


def series_story(report: SeriesReport, width: float) -> list[Any]:
    """The series report's flowables, top to bottom, in the report's language."""
    t = texts_for(report.language)
    styles = _report_styles()
    story: list[Any] = [
        Paragraph(escape(t.gettext("Series report")), styles["title"]),
        Paragraph(text(f"{report.group_name} — {report.period}"), styles["subtitle"]),
        Paragraph(escape(_facts(report, t)), styles["body"]),
    ]
    story += section(t.gettext("Attendance"), _matrix(report, width, styles, t), styles)

    presenters = [
        (line.name, t.integer(line.times), line.last or "—") for line in report.presenters
    ]
    story += table_section(
        t.gettext("Presenter rotation"),
        (t.gettext("Member"), t.gettext("Cases presented"), t.gettext("Last presented")),
        presenters,
        (width - 80 * mm, 35 * mm, 45 * mm),
        styles,
        empty=t.gettext("No members in this group."),
        numeric=frozenset({1}),
    )

    timing = [
        (
            line.phase,
            t.integer(line.sessions),
            t.integer(line.planned_minutes),
            t.integer(line.actual_minutes),
            t.integer(line.overruns),
            t.integer(line.biggest_overrun_minutes) if line.overruns else "—",
        )
        for line in report.timing
    ]
    header = (
        t.gettext("Phase"),
        t.gettext("Sessions"),
        t.gettext("Planned"),
        t.gettext("Actual"),
        t.gettext("Overruns"),
        t.gettext("Biggest overrun"),
    )
    story += table_section(
        t.gettext("Timing per phase (minutes)"),
        header,
        timing,
        header_widths(header, width, (20 * mm, 20 * mm, 20 * mm, 21 * mm, 30 * mm)),
        styles,
        empty=t.gettext("No finished sessions yet."),
        numeric=frozenset({1, 2, 3, 4, 5}),
        note=escape(timing_note(t)),
    )
    story += section(
        t.gettext("Themes"),
        [theme_chart(report, width, t)]
        if report.themes
        else [muted_line(t.gettext("No themes recorded."), styles)],
        styles,
    )
    if report.evaluation:
        story += section(
            t.gettext("Evaluation"), evaluation_story(report.evaluation, width, styles, t), styles
        )
    return story


def _report_styles() -> dict[str, ParagraphStyle]:
    styles = make_styles()
    styles["small"] = ParagraphStyle(
        "small", parent=styles["body"], fontSize=8.5, leading=11.5, textColor=MUTED, spaceBefore=2
    )
    return styles


def write_series_report(report: SeriesReport, path: Path, pagesize: PageSize = A4) -> None:
    """Write the series report PDF to ``path`` (replaced atomically)."""
    kind = texts_for(report.language).gettext("Series report")
    heading = Heading(kind, report.group_name, report.period, language=report.language)
    write_document(path, pagesize, partial(series_story, report), heading)


# -- the learning bulletin --------------------------------------------------------------


def _bulletin_styles() -> dict[str, ParagraphStyle]:
    """The usual styles, larger for a page pinned to a wall; headings in the bar colour."""
    styles = make_styles()
    title, subtitle, heading = styles["title"], styles["subtitle"], styles["heading"]
    styles.update(
        title=ParagraphStyle("b_title", parent=title, fontSize=24, leading=30, spaceAfter=4),
        subtitle=ParagraphStyle(
            "b_subtitle", parent=subtitle, fontSize=14, leading=19, spaceAfter=10
        ),
        heading=ParagraphStyle(
            "b_heading",
            parent=heading,
            fontSize=17,
            leading=22,
            spaceBefore=16,
            spaceAfter=6,
            textColor=BAR,
        ),
        bullet=ParagraphStyle(
            "b_bullet",
            parent=styles["bullet"],
            fontSize=14,
            leading=19,
            leftIndent=18,
            bulletIndent=3,
            bulletFontSize=14,
            spaceAfter=5,
        ),
        muted=ParagraphStyle("b_muted", parent=styles["muted"], fontSize=14, leading=19),
    )
    return styles


def bulletin_story(bulletin: Bulletin, width: float) -> list[Any]:
    t = texts_for(bulletin.language)
    styles = _bulletin_styles()
    title = t.gettext("Learning bulletin — {group}").format(group=bulletin.group_name)
    story: list[Any] = [
        Paragraph(text(title), styles["title"]),
        Paragraph(text(bulletin.about), styles["subtitle"]),
    ]
    if not bulletin.sections:
        story.append(muted_line(t.gettext("No shareable learning points yet."), styles))
    for part in bulletin.sections:
        story += section(part.theme, bullet_list(part.points, styles, ""), styles)
    return story


def write_bulletin(bulletin: Bulletin, path: Path, pagesize: PageSize = A4) -> None:
    """Write the learning bulletin PDF to ``path`` (replaced atomically)."""
    kind = texts_for(bulletin.language).gettext("Learning bulletin")
    heading = Heading(kind, bulletin.group_name, bulletin.period, language=bulletin.language)
    write_document(path, pagesize, partial(bulletin_story, bulletin), heading)
