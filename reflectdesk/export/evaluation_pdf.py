"""The evaluation part of the series report and of the session summary: tables of the
statistics (:func:`stats_table`, :func:`change_table`) and the stories that place them
with the charts, headings and written answers: :func:`evaluation_story` (series report)
and :func:`session_evaluation_story` (session summary).

The charts are reportlab Drawings from evaluation_drawings.py (the answer bars) and
evaluation_series_drawings.py (session by session). Questionnaire text can be edited by
the user: it is escaped wherever it becomes a Paragraph.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from reflectdesk.core.evaluation_stats import ItemStats, QuestionnaireStats, StartEndChange
from reflectdesk.core.figure_rules import SMALL_N_DEFAULT, reportable
from reflectdesk.core.paired_change import unpaired_where_missing
from reflectdesk.export.evaluation import QuestionnaireResults, SessionFigures
from reflectdesk.export.evaluation_drawings import Row, diverging_drawing, percent
from reflectdesk.export.evaluation_note import how_computed, how_computed_title
from reflectdesk.export.evaluation_series_drawings import conditions_drawing, trend_drawing
from reflectdesk.export.page import MUTED, text
from reflectdesk.export.paired_pdf import paired_story, unpaired_heading
from reflectdesk.export.participation_pdf import once_intro, people_line, turnout_story
from reflectdesk.export.pdf_blocks import bullet_list, data_table, header_widths
from reflectdesk.export.scores_pdf import scores_story
from reflectdesk.i18n.texts import Texts

FREE_TEXT_SHOWN = 40  # written answers listed per item in a PDF; the CSV has them all
# Bars per drawing: a drawing cannot break across pages, and 16 bars (8 statements at
# the start and the end) fit an A4 or Letter page with the legend; an even number keeps
# each start bar with its end bar.
BARS_PER_DRAWING = 16


def bar_drawings(
    rows: Sequence[Row], labels: Sequence[str], width: float, texts: Texts, min_n: int
) -> list[Any]:
    """The diverging bars of ``rows``, one drawing per :data:`BARS_PER_DRAWING` bars, so
    a long instrument (16 or 20 statements) breaks between pages instead of failing."""
    return [
        diverging_drawing(rows[start : start + BARS_PER_DRAWING], labels, width, texts, min_n)
        for start in range(0, max(len(rows), 1), BARS_PER_DRAWING)
    ]


def _num(value: float | None, texts: Texts, digits: int = 2) -> str:
    return "–" if value is None else texts.decimal(value, digits)


def median_quartiles(item: ItemStats, texts: Texts) -> str:
    """ "4.0 (3.0–5.0)": the median with the first and third quartiles."""
    if item.median is None or item.q1 is None or item.q3 is None:
        return "–"
    return texts.gettext("{median} ({q1}–{q3})").format(
        median=texts.decimal(item.median, 1),
        q1=texts.decimal(item.q1, 1),
        q3=texts.decimal(item.q3, 1),
    )


def too_few(n: int, min_n: int) -> bool:
    """Answered, but by fewer than the small-numbers threshold: only the count is shown."""
    return bool(n) and not reportable(n, min_n)


def stats_table(
    stats: QuestionnaireStats,
    width: float,
    styles: dict[str, ParagraphStyle],
    texts: Texts,
    min_n: int = SMALL_N_DEFAULT,
) -> Any:
    t = texts
    reverse = t.gettext(" (reverse-worded)")
    few = t.gettext("too few to report")
    rows = [
        (
            item.text + (reverse if item.reverse_coded else ""),
            t.integer(item.n),
            t.integer(item.missing),
            *(
                ("–", "–", "–", few)
                if too_few(item.n, min_n)
                else (
                    _num(item.mean, t),
                    _num(item.sd, t),
                    median_quartiles(item, t),
                    percent(item.agree_pct, t),
                )
            ),
        )
        for item in stats.items
    ]
    header = (
        t.gettext("Statement"),
        "n",
        t.gettext("Missing"),
        t.gettext("Mean"),
        t.gettext("SD"),
        t.gettext("Median (Q1–Q3)"),
        t.gettext("% agree"),
    )
    return data_table(
        header,
        rows,
        header_widths(header, width, [w * mm for w in (10, 19, 14, 13, 30, 17)]),
        styles,
        numeric=frozenset(range(1, 7)),
    )


def change_table(
    change: StartEndChange,
    width: float,
    styles: dict[str, ParagraphStyle],
    texts: Texts,
    min_n: int = SMALL_N_DEFAULT,
) -> Any:
    t = texts
    few = t.gettext("too few to report")

    def signed(value: float | None, digits: int) -> str:
        if value is None:
            return "–"
        # A plus for a rise, the minus sign (not a hyphen) for a fall; 0 unsigned.
        shown = t.decimal(abs(value), digits)
        if shown == t.decimal(0, digits):
            return shown
        return ("+" if value > 0 else "−") + shown

    def hidden(item: Any) -> bool:
        return too_few(item.n_start, min_n) or too_few(item.n_end, min_n)

    rows = [
        (
            item.text,
            t.integer(item.n_start),
            few if too_few(item.n_start, min_n) else percent(item.start.agree_pct, t),
            t.integer(item.n_end),
            few if too_few(item.n_end, min_n) else percent(item.end.agree_pct, t),
            "–" if hidden(item) else signed(item.agree_change, 0),
            "–" if hidden(item) else signed(item.mean_change, 2),
        )
        for item in change.items
    ]
    header = (
        t.gettext("Statement"),
        t.gettext("n start"),
        t.gettext("% agree start"),
        t.gettext("n end"),
        t.gettext("% agree end"),
        t.gettext("Change (%-points)"),
        t.gettext("Change in mean"),
    )
    return data_table(
        header,
        rows,
        header_widths(header, width, (19 * mm,) * 6),
        styles,
        numeric=frozenset(range(1, 7)),
    )


def stats_note(texts: Texts) -> str:
    return texts.gettext(
        "n: forms that answered the statement; missing: forms that left it blank. Mean, SD "
        "and median (Q1–Q3) are in scale points (1 = strongly disagree). How % agree and "
        "the other figures are computed is under the last table of this section."
    )


def how_computed_story(
    items: Sequence[ItemStats], min_n: int, styles: dict[str, ParagraphStyle], texts: Texts
) -> list[Any]:
    """The note "How these figures are computed", for every report with statistics."""
    small = _small(styles)
    story: list[Any] = [Paragraph(escape(how_computed_title(texts)), styles["note_title"])]
    story += [Paragraph(escape(line), small) for line in how_computed(items, min_n, texts)]
    return story


def _free_text(
    stats: QuestionnaireStats, styles: dict[str, ParagraphStyle], texts: Texts
) -> list[Any]:
    content: list[Any] = []
    for item in stats.free_text:
        if not item.answers:
            continue
        heading = escape(texts.gettext("Written answers: {statement}"))
        content.append(Paragraph(heading.format(statement=text(item.text)), styles["note_title"]))
        shown = item.answers[:FREE_TEXT_SHOWN]
        content += bullet_list(shown, styles, "")
        if len(item.answers) > len(shown):
            more = len(item.answers) - len(shown)
            line = texts.ngettext(
                "… and {n} more written answer (all of them are in the CSV export).",
                "… and {n} more written answers (all of them are in the CSV export).",
                more,
            ).format(n=texts.integer(more))
            content.append(Paragraph(escape(line), styles["muted"]))
    return content


def _subheading(title: str, styles: dict[str, ParagraphStyle]) -> Paragraph:
    style = ParagraphStyle("eval_sub", parent=styles["heading"], fontSize=10.5, spaceBefore=8)
    return Paragraph(escape(title), style)


def _small(styles: dict[str, ParagraphStyle]) -> ParagraphStyle:
    return styles.get("small") or ParagraphStyle(
        "eval_small", parent=styles["body"], fontSize=8.5, leading=11.5, textColor=MUTED
    )


def questionnaire_story(
    results: QuestionnaireResults, width: float, styles: dict[str, ParagraphStyle], texts: Texts
) -> list[Any]:
    """One questionnaire's part of the series report."""
    t = texts
    title = results.heading(t)
    overall = results.overall
    small = _small(styles)
    story: list[Any] = []
    if results.change is not None:
        change = results.change
        start = t.ngettext(
            "{name}: {n} form at the start",
            "{name}: {n} forms at the start",
            change.start_responses,
        ).format(name=results.name, n=t.integer(change.start_responses))
        end = t.gettext("and {n} at the end of the series.").format(
            n=t.integer(change.end_responses)
        )
        pairs = t.gettext("Each pair of bars is one statement: the start, then the end.")
        intro = f"{start} {end} {pairs}"
        rows: list[Row] = []
        for item in change.items:
            rows += [
                (item.text, t.gettext("Start"), item.start),
                ("", t.gettext("End"), item.end),
            ]
        first, *more = bar_drawings(rows, results.labels, width, t, results.min_n)
        story.append(
            KeepTogether(
                [
                    _subheading(title, styles),
                    Paragraph(text(intro), styles["body"]),
                    Spacer(1, 4),
                    first,
                ]
            )
        )
        story += more
        # Paired change first; the unpaired figures only where some forms lack a partner.
        story += paired_story(results.paired, width, styles, t)
        unpaired = unpaired_where_missing(change, results.paired)
        if unpaired.items:
            story += [
                Paragraph(escape(unpaired_heading(t)), styles["note_title"]),
                change_table(unpaired, width, styles, t, results.min_n),
            ]
    else:
        sessions = len(results.series.sessions) if results.series else 0
        forms = t.ngettext("{name}: {n} form", "{name}: {n} forms", overall.responses).format(
            name=results.name, n=t.integer(overall.responses)
        )
        held = t.ngettext(
            "from {n} session, all together.", "from {n} sessions, all together.", sessions
        ).format(n=t.integer(sessions))
        reading = t.gettext(
            "Left of the line disagree, right agree; the number in a colour is its share in %."
        )
        intro = f"{forms} {held} {reading}"
        if results.once:
            intro = f"{once_intro(results.name, overall.responses, results.once, t)} {reading}"
        heading: list[Any] = [_subheading(title, styles)]
        if results.series is not None and results.purpose == "conditions":
            heading += [
                Paragraph(
                    escape(
                        t.gettext(
                            "The facilitator's score for each condition after each session "
                            "(darker purple is better), under the number of participants "
                            "who attended."
                        )
                    ),
                    styles["body"],
                ),
                Spacer(1, 4),
                conditions_drawing(results, width, t),
                Spacer(1, 8),
            ]
            story.append(KeepTogether(heading))
            heading = []
        rows = [(item.text, "", item) for item in overall.items]
        first, *more = bar_drawings(rows, results.labels, width, t, results.min_n)
        story.append(
            KeepTogether([*heading, Paragraph(text(intro), styles["body"]), Spacer(1, 4), first])
        )
        story += more
        if results.series is not None and results.purpose != "conditions":
            trend = trend_drawing(
                overall.items, results.series.sessions, results.dates, width, t, min_n=results.min_n
            )
            by_session = escape(t.gettext("% who agree, session by session"))
            story.append(
                KeepTogether([Paragraph(by_session, styles["note_title"]), Spacer(1, 2), trend])
            )
    if results.change is not None:
        # Start and end forms together: said so, since the figures above keep them apart.
        pooled = t.gettext("All forms, start and end together ({n})").format(
            n=t.integer(overall.responses)
        )
        story.append(Paragraph(escape(pooled), styles["note_title"]))
    story += [
        Spacer(1, 6),
        stats_table(overall, width, styles, t, results.min_n),
        Paragraph(escape(stats_note(t)), small),
    ]
    story += scores_story(results, width, styles, t)
    if results.turnout is not None:
        story += turnout_story(results.turnout, width, styles, t)
    story += _free_text(overall, styles, t)
    return story


def evaluation_story(
    results: Sequence[QuestionnaireResults],
    width: float,
    styles: dict[str, ParagraphStyle],
    texts: Texts,
) -> list[Any]:
    """The series report's evaluation section (empty without responses)."""
    story: list[Any] = []
    people = next((part.turnout for part in results if part.turnout is not None), None)
    if people is not None:
        story.append(Paragraph(escape(people_line(people, texts)), styles["body"]))
    for part in results:
        story += questionnaire_story(part, width, styles, texts)
    if results:
        items = [item for part in results for item in part.overall.items]
        min_n = max(part.min_n for part in results)
        story += how_computed_story(items, min_n, styles, texts)
    return story


def session_evaluation_story(
    figures: Sequence[SessionFigures],
    width: float,
    styles: dict[str, ParagraphStyle],
    texts: Texts,
) -> list[Any]:
    """The session summary's evaluation section: per questionnaire a compact table and
    the diverging bars."""
    story: list[Any] = []
    for part in figures:
        stats = part.stats
        rows = [(item.text, "", item) for item in stats.items]
        forms = texts.ngettext("{title} ({n} form)", "{title} ({n} forms)", stats.responses)
        heading = forms.format(title=part.heading(texts), n=texts.integer(stats.responses))
        first, *more = bar_drawings(rows, part.labels, width, texts, part.min_n)
        story.append(KeepTogether([_subheading(heading, styles), first]))
        story += more
        story += [Spacer(1, 4), stats_table(stats, width, styles, texts, part.min_n)]
        story += _free_text(stats, styles, texts)
    if figures:
        items = [item for part in figures for item in part.stats.items]
        min_n = max(part.min_n for part in figures)
        story += how_computed_story(items, min_n, styles, texts)
    return story
