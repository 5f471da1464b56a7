"""The paired change of a series evaluation in the series report: a table per item (n
pairs, mean and median change, the Wilcoxon p or why there is none) under a one-line
explanation of the test, and which items keep their unpaired start and end figures
(``core/paired_change.unpaired_where_missing``; evaluation_pdf.change_table draws them).

Every word goes through the report's Texts; numbers through its formatters.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from reflectdesk.core.paired_change import (
    MIN_PAIRS,
    NO_CHANGE,
    PairedChange,
    PairedItem,
)
from reflectdesk.export.pdf_blocks import data_table, header_widths
from reflectdesk.i18n.texts import Texts


def signed_change(value: float | None, texts: Texts, digits: int = 2) -> str:
    """ "+0.93", "−0.50" (the minus sign), "0.00"; "–" without pairs."""
    if value is None:
        return "–"
    shown = texts.decimal(abs(value), digits)
    if shown == texts.decimal(0, digits):
        return shown
    return ("+" if value > 0 else "−") + shown


def p_text(change: PairedChange, texts: Texts) -> str:
    """ "0.031", "< 0.001", or why no p-value was computed."""
    if change.p_value is not None:
        if change.p_value < 0.001:
            return "< " + texts.decimal(0.001, 3)
        return texts.decimal(change.p_value, 3)
    if change.no_test == NO_CHANGE:
        return texts.gettext("no change in any pair")
    return texts.gettext("not computed: fewer than {n} pairs").format(n=texts.integer(MIN_PAIRS))


def paired_note(texts: Texts) -> str:
    return texts.gettext(
        "Paired: the same participant's start and end forms, matched by their respondent "
        "code. Change is end minus start in scale points. p: two-sided Wilcoxon "
        "signed-rank test (pairs without change left out); not computed with fewer than "
        "{n} pairs."
    ).format(n=texts.integer(MIN_PAIRS))


def unpaired_heading(texts: Texts) -> str:
    return texts.gettext(
        "Unpaired figures (every start and end form, also those without a partner), for "
        "the statements where pairs are missing"
    )


def paired_table(
    paired: Sequence[PairedItem], width: float, styles: dict[str, ParagraphStyle], texts: Texts
) -> Any:
    t = texts
    rows = [
        (
            item.text,
            t.integer(item.change.pairs),
            signed_change(item.change.mean_change, t),
            signed_change(item.change.median_change, t, 1),
            p_text(item.change, t),
            t.integer(item.change.start_only + item.change.end_only + item.change.uncoded),
        )
        for item in paired
    ]
    header = (
        t.gettext("Statement"),
        t.gettext("Pairs"),
        t.gettext("Mean change"),
        t.gettext("Median change"),
        "p",
        t.gettext("Forms without a partner"),
    )
    return data_table(
        header,
        rows,
        header_widths(header, width, [w * mm for w in (14, 19, 19, 24, 22)]),
        styles,
        numeric=frozenset(range(1, 6)),
    )


def paired_story(
    paired: Sequence[PairedItem], width: float, styles: dict[str, ParagraphStyle], texts: Texts
) -> list[Any]:
    """The paired change's heading, table and explanation (nothing without items)."""
    if not paired:
        return []
    small = styles.get("small") or styles["body"]
    return [
        Spacer(1, 6),
        Paragraph(escape(texts.gettext("Paired change from start to end")), styles["note_title"]),
        paired_table(paired, width, styles, texts),
        Paragraph(escape(paired_note(texts)), small),
    ]
