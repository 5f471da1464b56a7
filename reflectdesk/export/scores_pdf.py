"""A validated instrument's scores in the series report and the session summary: each
subscale and total with its possible range, n and mean (SD); for a series evaluation at
the start and the end, with the paired change and its Wilcoxon p. The small-numbers rule
holds as for the statements; below the table, how the scores are made and the
instrument's citation.

Every word goes through the report's Texts; numbers through its formatters.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from reflectdesk.core.figure_rules import reportable
from reflectdesk.core.instrument_scores import ScoreChange, ScoreStats
from reflectdesk.core.instrument_spec import SourceSpec
from reflectdesk.export.evaluation import QuestionnaireResults
from reflectdesk.export.paired_pdf import p_text, signed_change
from reflectdesk.export.pdf_blocks import data_table, header_widths
from reflectdesk.i18n.texts import Texts


def _end(value: float, texts: Texts) -> str:
    return texts.decimal(value, 0 if float(value).is_integer() else 2)


def _range(score: ScoreStats, texts: Texts) -> str:
    return f"{_end(score.low, texts)}–{_end(score.high, texts)}"


def _mean_sd(score: ScoreStats, texts: Texts, min_n: int) -> str:
    if not score.n or score.mean is None:
        return "–"
    if not reportable(score.n, min_n):
        return texts.gettext("too few to report")
    if score.sd is None:
        return texts.decimal(score.mean, 2)
    return texts.gettext("{mean} ({sd})").format(
        mean=texts.decimal(score.mean, 2), sd=texts.decimal(score.sd, 2)
    )


def scores_table(
    scores: Sequence[ScoreStats],
    width: float,
    styles: dict[str, ParagraphStyle],
    texts: Texts,
    min_n: int,
) -> Any:
    t = texts
    missing, mean_sd = t.gettext("Missing"), t.gettext("Mean (SD)")
    header = (t.gettext("Score"), t.gettext("Range"), "n", missing, mean_sd)
    rows = [
        (s.name, _range(s, t), t.integer(s.n), t.integer(s.missing), _mean_sd(s, t, min_n))
        for s in scores
    ]
    widths = header_widths(header, width, [w * mm for w in (18, 10, 14, 30)])
    return data_table(header, rows, widths, styles, numeric=frozenset(range(1, 5)))


def score_change_table(
    changes: Sequence[ScoreChange],
    width: float,
    styles: dict[str, ParagraphStyle],
    texts: Texts,
    min_n: int,
) -> Any:
    t = texts
    header = (
        t.gettext("Score"),
        t.gettext("Range"),
        t.gettext("Start"),
        t.gettext("End"),
        t.gettext("Change in mean"),
        t.gettext("Pairs"),
        t.gettext("Mean paired change"),
        "p",
    )
    rows = []
    for change in changes:
        start, end, paired = change.start, change.end, change.paired
        shown = reportable(start.n, min_n) and reportable(end.n, min_n)
        pairs_shown = reportable(paired.pairs, min_n)
        rows.append(
            (
                change.name,
                _range(start, t),
                # n on a line of its own: "4.31 (0.63), n = 7" broke mid-figure.
                f"{_mean_sd(start, t, min_n)}\nn = {t.integer(start.n)}",
                f"{_mean_sd(end, t, min_n)}\nn = {t.integer(end.n)}",
                signed_change(change.mean_change, t) if shown else "–",
                t.integer(paired.pairs),
                signed_change(paired.mean_change, t) if pairs_shown else "–",
                p_text(paired, t) if pairs_shown else "–",
            )
        )
    widths = header_widths(header, width, [w * mm for w in (14, 22, 22, 16, 11, 17, 13)])
    return data_table(header, rows, widths, styles, numeric=frozenset(range(1, 8)))


def citation(source: SourceSpec, texts: Texts) -> str:
    """ "Source: Edmondson, A. C. (1999). Title. Journal. doi:…" """
    parts = [f"{source.authors} ({source.year}). {source.title}."]  # a year: no separators
    if source.journal:
        parts.append(f"{source.journal}.")
    if source.doi:
        parts.append(f"doi:{source.doi}")
    return texts.gettext("Source: {citation}").format(citation=" ".join(parts))


def scores_story(
    results: QuestionnaireResults, width: float, styles: dict[str, ParagraphStyle], texts: Texts
) -> list[Any]:
    """The scores' heading, table and notes; nothing for a questionnaire without scores."""
    scores, changes, source = results.scores, results.score_changes, results.source
    min_n = results.min_n
    if not scores:
        return []
    t = texts
    table = (
        score_change_table(changes, width, styles, t, min_n)
        if changes
        else scores_table(scores, width, styles, t, min_n)
    )
    note = t.gettext(
        "Scored as the instrument's manual prescribes (subscales, reverse-worded items, its "
        "own answer values and factor); a form with more blanks than the manual allows has "
        "no score and counts as missing. Range: the lowest and highest possible score."
    )
    story: list[Any] = [
        Spacer(1, 6),
        # The heading never stays behind at the foot of a page without its table.
        KeepTogether([Paragraph(escape(t.gettext("Scores")), styles["note_title"]), table]),
        Paragraph(escape(note), styles["body"]),
    ]
    if source is not None:
        story.append(Paragraph(escape(citation(source, t)), styles["body"]))
    return story
