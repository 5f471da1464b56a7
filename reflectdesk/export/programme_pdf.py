"""The programme report PDF: a cohort of groups pooled, each group beside the pool.

Laid out from :class:`reflectdesk.export.programme.ProgrammeReport` with the pieces the
series report uses (``pdf_blocks``' data tables, ``page``'s styles, ``pdf``'s document
with "page N of M"). Tables with a column per group (or per session number) wrap those
columns onto further tables when the programme has more groups than a page is wide.
Every percentage goes through :func:`agree_cell`, which keeps small numbers back.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import Any, TypeVar
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from reflectdesk.core.evaluation_stats import ItemStats
from reflectdesk.core.paired_change import unpaired_where_missing
from reflectdesk.core.programme_stats import (
    GroupHeadcount,
    PooledChange,
    PooledQuestionnaire,
    agree_count,
    reportable,
    round_percent,
    rule_count,
    total_rule,
)
from reflectdesk.export.evaluation import purpose_title
from reflectdesk.export.fonts import BOLD
from reflectdesk.export.page import MUTED, make_styles, text
from reflectdesk.export.paired_pdf import paired_story, unpaired_heading
from reflectdesk.export.pdf import Heading, PageSize, write_document
from reflectdesk.export.pdf_blocks import (
    CELL_PADDING,
    HEAD_SIZE,
    data_table,
    header_widths,
    muted_line,
    section,
    table_section,
)
from reflectdesk.export.programme import ProgrammeReport
from reflectdesk.i18n.texts import Texts, texts_for

__all__ = ["agree_cell", "programme_story", "write_programme_report"]

ITEM_WIDTH = 52 * mm
POOLED_WIDTH = 30 * mm
COLUMN_WIDTH = 26 * mm  # one group's or one session number's column
T = TypeVar("T")


def agree_cell(item: ItemStats | None, t: Texts, min_n: int) -> str:
    """ "70% (210/300)": % agree with agreeing answers of answers; the count alone with
    "too few to report" under ``min_n``; "—" without answers."""
    if item is None or item.n == 0:
        return "—"
    if not reportable(item.n, min_n):
        return t.ngettext(
            "{n} answer: too few to report", "{n} answers: too few to report", item.n
        ).format(n=t.integer(item.n))
    agree = agree_count(item)
    return t.gettext("{percent} ({agree}/{n})").format(
        percent=t.percent(agree / item.n), agree=t.integer(agree), n=t.integer(item.n)
    )


def answered(items: Sequence[ItemStats]) -> list[ItemStats]:
    """The items some form answered: a row of dashes says nothing (an item no group
    used, such as one added to the questionnaire later)."""
    return [item for item in items if item.n]


def _fit(labels: Sequence[str], least: float) -> float:
    """A column width at least ``least`` and as wide as the longest word of ``labels``
    in the header's bold (Dutch words are long: "Bijeenkomst" must not break)."""
    words = [word for label in labels for word in label.split()]
    return float(
        max([least, *(stringWidth(word, BOLD, HEAD_SIZE) + CELL_PADDING + 3 for word in words)])
    )


def _chunks(
    items: Sequence[T], width: float, fixed: float, column: float = COLUMN_WIDTH
) -> list[Sequence[T]]:
    per_table = max(int((width - fixed) // column), 1)
    return [items[i : i + per_table] for i in range(0, len(items), per_table)] or [items[:0]]


def _people(report: ProgrammeReport, width: float, styles: dict[str, Any], t: Texts) -> list[Any]:
    def rule(group: GroupHeadcount) -> str:
        count = rule_count(group)
        if count is None:
            return t.gettext("no rule")
        return t.gettext("{met} of {of}").format(met=t.integer(count.met), of=t.integer(count.of))

    rows = [
        (
            group.name,
            t.integer(group.students),
            t.integer(group.facilitators),
            t.integer(group.held_sessions),
            rule(group),
        )
        for group in report.groups
    ]
    total = total_rule(report.groups)
    rows.append(
        (
            t.gettext("All groups"),
            t.integer(report.students),
            t.integer(report.facilitators),
            t.integer(sum(group.held_sessions for group in report.groups)),
            "—"
            if total is None
            else t.gettext("{met} of {of}").format(
                met=t.integer(total.met), of=t.integer(total.of)
            ),
        )
    )
    header = (
        t.gettext("Group"),
        t.gettext("Students"),
        t.gettext("Facilitators"),
        t.gettext("Sessions held"),
        t.gettext("Meet the attendance rule"),
    )
    widths = header_widths(header, width, (22 * mm, 26 * mm, 26 * mm, 40 * mm))
    return table_section(
        t.gettext("Students, facilitators and attendance"),
        header,
        rows,
        widths,
        styles,
        empty=t.gettext("No groups in this programme."),
        numeric=frozenset({1, 2, 3, 4}),
        total=True,
        note=escape(
            t.gettext(
                "Students are the groups' members; facilitators and co-facilitators are "
                "counted apart. A student meets the rule with at least the group's required "
                "number of sessions attended (present, late or left early); the total counts "
                "the groups that have a rule."
            )
        ),
    )


def _wide(
    header: tuple[str, ...],
    columns: Sequence[str],
    rows: Sequence[tuple[tuple[str, ...], Sequence[str]]],
    width: float,
    styles: dict[str, Any],
    *,
    fixed_width: float = POOLED_WIDTH,
) -> list[Any]:
    """Tables of ``header`` columns then ``columns``, wrapped when too many for ``width``;
    each row is (its header cells, its cells under ``columns``)."""
    fixed_width = _fit(header[1:], fixed_width)
    column = _fit(columns, COLUMN_WIDTH)
    fixed = ITEM_WIDTH + fixed_width * (len(header) - 1)
    tables: list[Any] = []
    start = 0
    for chunk in _chunks(list(columns), width, fixed, column):
        end = start + len(chunk)
        widths = [ITEM_WIDTH, *([fixed_width] * (len(header) - 1)), *([column] * len(chunk))]
        widths[0] += width - sum(widths)
        body = [(*head, *cells[start:end]) for head, cells in rows]
        numeric = frozenset(range(1, len(widths)))
        tables.append(data_table((*header, *chunk), body, widths, styles, numeric=numeric))
        start = end
    return tables


def _questionnaire(
    pooled: PooledQuestionnaire,
    report: ProgrammeReport,
    width: float,
    styles: dict[str, Any],
    t: Texts,
) -> list[Any]:
    n_min = report.min_n
    rows = [
        (
            (item.text, agree_cell(item, t, n_min)),
            [
                agree_cell(None if g is None else g.item(item.key), t, n_min)
                for g in pooled.per_group
            ],
        )
        for item in answered(pooled.pooled.items)
    ]
    content: list[Any] = [
        Paragraph(
            escape(
                forms_from_groups(
                    pooled.pooled.responses, sum(1 for g in pooled.per_group if g is not None), t
                )
            ),
            styles["body"],
        ),
        *_wide(
            (t.gettext("Item"), t.gettext("All groups")),
            report.group_names,
            rows,
            width,
            styles,
        ),
    ]
    content += _item_figures(pooled, width, styles, t)
    if len(pooled.by_session) > 1:
        numbers = [
            t.gettext("Session {number}").format(number=t.integer(n + 1))
            for n in range(len(pooled.by_session))
        ]
        trend = [
            (
                (item.text,),
                [agree_cell(session.item(item.key), t, n_min) for session in pooled.by_session],
            )
            for item in answered(pooled.pooled.items)
        ]
        content.append(
            Paragraph(
                escape(t.gettext("By session number, all groups pooled")), styles["note_title"]
            )
        )
        content += _wide((t.gettext("Item"),), numbers, trend, width, styles)
    return section(purpose_title(pooled.purpose, pooled.name, t), content, styles)


def _item_figures(
    pooled: PooledQuestionnaire, width: float, styles: dict[str, Any], t: Texts
) -> list[Any]:
    """n, missing, mean (SD) and median (Q1–Q3) of every item, all groups pooled."""

    def number(value: float | None, places: int = 2) -> str:
        return "—" if value is None else t.decimal(value, places)

    rows = [
        (
            item.text,
            t.integer(item.n),
            t.integer(item.missing),
            f"{number(item.mean)} ({number(item.sd)})"
            if item.sd is not None
            else number(item.mean),
            "—"
            if item.median is None
            else f"{number(item.median, 1)} ({number(item.q1, 1)}–{number(item.q3, 1)})",
        )
        for item in answered(pooled.pooled.items)
    ]
    header = (
        t.gettext("Item"),
        t.gettext("n"),
        t.gettext("Missing"),
        t.gettext("Mean (SD)"),
        t.gettext("Median (Q1–Q3)"),
    )
    widths = header_widths(header, width, (14 * mm, 20 * mm, 30 * mm, 40 * mm))
    if not rows:
        return []
    return [data_table(header, rows, widths, styles, numeric=frozenset({1, 2, 3, 4}))]


def _change(
    change: PooledChange, report: ProgrammeReport, width: float, styles: dict[str, Any], t: Texts
) -> list[Any]:
    n_min = report.min_n
    # The cohort's pairs first; the unpaired figures only where some forms lack a partner.
    title = purpose_title("series", change.name, t)
    paired = section(title, paired_story(change.paired, width, styles, t), styles)
    unpaired = unpaired_where_missing(change.pooled, change.paired)
    if change.paired and not unpaired.items:
        return paired
    rows = []
    for item in unpaired.items:
        if item.start.n == 0 and item.end.n == 0:
            continue  # an item nobody answered at either end
        shown = reportable(item.start.n, n_min) and reportable(item.end.n, n_min)
        points = item.agree_change
        rows.append(
            (
                item.text,
                agree_cell(item.start, t, n_min),
                agree_cell(item.end, t, n_min),
                "—"
                if points is None or not shown
                else t.decimal(
                    # From the rounded percentages, so the printed figures agree.
                    round_percent(agree_count(item.end), item.end.n)
                    - round_percent(agree_count(item.start), item.start.n),
                    0,
                ),
                "—" if item.mean_change is None else t.decimal(item.mean_change, 2),
            )
        )
    header = (
        t.gettext("Item"),
        t.gettext("Start"),
        t.gettext("End"),
        t.gettext("Change in % agree (percentage points)"),
        t.gettext("Change in mean (scale points)"),
    )
    widths = header_widths(header, width, (30 * mm, 30 * mm, 28 * mm, 28 * mm))
    return (paired if change.paired else []) + table_section(
        unpaired_heading(t) if change.paired else title,
        header,
        rows,
        widths,
        styles,
        empty=t.gettext("No start or end forms."),
        numeric=frozenset({1, 2, 3, 4}),
        note=escape(
            t.gettext(
                "Unpaired: every start form of the cohort against every end form, not "
                "matched person to person."
            )
        ),
    )


def _themes(report: ProgrammeReport, width: float, styles: dict[str, Any], t: Texts) -> list[Any]:
    if not report.themes:
        return section(
            t.gettext("Themes"), [muted_line(t.gettext("No themes recorded."), styles)], styles
        )
    rows = [
        (
            (row.name, t.integer(row.sessions), t.integer(row.learning_points)),
            [f"{t.integer(s)} / {t.integer(p)}" for s, p in row.per_group],
        )
        for row in report.themes
    ]
    content = _wide(
        (t.gettext("Theme"), t.gettext("Sessions"), t.gettext("Learning points")),
        report.group_names,
        rows,
        width,
        styles,
        fixed_width=22 * mm,
    )
    content.append(
        Paragraph(
            escape(t.gettext("Per group: sessions / learning points tagged with the theme.")),
            styles["small"],
        )
    )
    return section(t.gettext("Themes"), content, styles)


def how_computed(t: Texts, min_n: int) -> str:
    return t.gettext(
        "How these figures are computed: n counts the forms that answered an item, missing "
        "those that left it blank. % agree is the share of n in the top two points of the "
        "scale (4 or 5 of 5; 6 or 7 of 7), shown as % (agreeing/n). Pooled figures put every "
        "form of every group together. SD divides by n − 1; quartiles are inclusive and "
        "interpolated (Excel's QUARTILE.INC). Percentages are rounded half up. A percentage "
        "of fewer than {min_n} answers is not shown, only the count."
    ).format(min_n=t.integer(min_n))


def forms_from_groups(forms: int, groups: int, t: Texts) -> str:
    """ "9 forms from 1 group.": each count with its own noun."""
    counted = t.ngettext("{n} form", "{n} forms", forms).format(n=t.integer(forms))
    return t.ngettext(
        "{forms} from {groups} group.", "{forms} from {groups} groups.", groups
    ).format(forms=counted, groups=t.integer(groups))


def people_in_groups(students: int, facilitators: int, groups: int, t: Texts) -> str:
    """ "12 students and 1 facilitator in 3 groups." """
    counted_students = t.ngettext("{n} student", "{n} students", students).format(
        n=t.integer(students)
    )
    counted_facilitators = t.ngettext("{n} facilitator", "{n} facilitators", facilitators).format(
        n=t.integer(facilitators)
    )
    return t.ngettext(
        "{students} and {facilitators} in {groups} group.",
        "{students} and {facilitators} in {groups} groups.",
        groups,
    ).format(students=counted_students, facilitators=counted_facilitators, groups=t.integer(groups))


def programme_story(report: ProgrammeReport, width: float) -> list[Any]:
    """The programme report's flowables, top to bottom, in the report's language."""
    t = texts_for(report.language)
    styles = make_styles()
    styles["small"] = ParagraphStyle(
        "small", parent=styles["body"], fontSize=8.5, leading=11.5, textColor=MUTED, spaceBefore=2
    )
    facts = people_in_groups(report.students, report.facilitators, len(report.groups), t)
    story: list[Any] = [
        Paragraph(escape(t.gettext("Programme report")), styles["title"]),
        Paragraph(text(report.name), styles["subtitle"]),
    ]
    if report.description:
        story.append(Paragraph(text(report.description), styles["body"]))
    story.append(Paragraph(escape(facts), styles["body"]))
    story += _people(report, width, styles, t)
    for pooled in report.questionnaires:
        story += _questionnaire(pooled, report, width, styles, t)
    for change in report.changes:
        story += _change(change, report, width, styles, t)
    story += _themes(report, width, styles, t)
    story.append(Paragraph(escape(how_computed(t, report.min_n)), styles["small"]))
    return story


def write_programme_report(report: ProgrammeReport, path: Path, pagesize: PageSize = A4) -> None:
    """Write the programme report PDF to ``path`` (replaced atomically)."""
    t = texts_for(report.language)
    groups = t.ngettext("{n} group", "{n} groups", len(report.groups)).format(
        n=t.integer(len(report.groups))
    )
    heading = Heading(t.gettext("Programme report"), report.name, groups, language=report.language)
    write_document(path, pagesize, partial(programme_story, report), heading)
