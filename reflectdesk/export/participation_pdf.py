"""The participation part of the evaluation section of the series report: how many
participants and facilitators the group has, and for a session evaluation the response
rate with a table session by session (export/participation.py computes them).

Also the introduction of a questionnaire given once (one time point of a series
questionnaire), which has no start and end to compare.
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from reflectdesk.export.evaluation_drawings import percent
from reflectdesk.export.participation import Turnout
from reflectdesk.export.pdf_blocks import data_table, header_widths
from reflectdesk.i18n.texts import Texts


def people_line(turnout: Turnout, texts: Texts) -> str:
    """ "The group: 9 participants and 2 facilitators." """
    participants = texts.ngettext(
        "{n} participant", "{n} participants", turnout.participants
    ).format(n=texts.integer(turnout.participants))
    facilitators = texts.ngettext(
        "{n} facilitator", "{n} facilitators", turnout.facilitators
    ).format(n=texts.integer(turnout.facilitators))
    return texts.gettext("The group: {participants} and {facilitators}.").format(
        participants=participants, facilitators=facilitators
    )


def rate_line(turnout: Turnout, texts: Texts) -> str:
    """ "Response rate: 21 forms returned by 30 participants present (70%)." """
    if turnout.rate is None:
        return texts.gettext(
            "Response rate: not known, as no attendance of participants was recorded."
        )
    # Each count with its own noun: "1 form returned by 1 participant present".
    forms = texts.ngettext("{n} form returned", "{n} forms returned", turnout.counted_forms).format(
        n=texts.integer(turnout.counted_forms)
    )
    present = texts.ngettext(
        "{n} participant present", "{n} participants present", turnout.present
    ).format(n=texts.integer(turnout.present))
    return texts.gettext("Response rate: {forms} by {present} ({rate}).").format(
        forms=forms, present=present, rate=percent(turnout.rate, texts)
    )


def turnout_table(
    turnout: Turnout, width: float, styles: dict[str, ParagraphStyle], texts: Texts
) -> Any:
    """Session number, date, participants present, forms returned, response rate."""
    t = texts
    header = (
        t.gettext("Session"),
        t.gettext("Date"),
        t.gettext("Participants present"),
        t.gettext("Forms returned"),
        t.gettext("Response rate"),
    )
    rows = [
        (
            t.integer(row.number),
            row.date_text,
            "–" if row.present is None else t.integer(row.present),
            t.integer(row.forms),
            percent(row.rate, t),
        )
        for row in turnout.sessions
    ]
    widths = header_widths(header, width, (30 * mm, 30 * mm, 30 * mm, 30 * mm))
    return data_table(header, rows, widths, styles, numeric=frozenset({0, 2, 3, 4}))


def turnout_story(
    turnout: Turnout, width: float, styles: dict[str, ParagraphStyle], texts: Texts
) -> list[Any]:
    """The response rate and the per-session table of a session evaluation."""
    if not turnout.sessions:
        return []
    return [
        Spacer(1, 6),
        Paragraph(escape(rate_line(turnout, texts)), styles["body"]),
        Spacer(1, 4),
        turnout_table(turnout, width, styles, texts),
    ]


def once_intro(name: str, forms: int, timepoint: str, texts: Texts) -> str:
    """The introduction of a questionnaire given once, at one time point."""
    if timepoint == "start":
        line = texts.ngettext(
            "{name}: {n} form, given once, at the start of the series.",
            "{name}: {n} forms, given once, at the start of the series.",
            forms,
        )
    else:
        line = texts.ngettext(
            "{name}: {n} form, given once, at the end of the series.",
            "{name}: {n} forms, given once, at the end of the series.",
            forms,
        )
    return line.format(name=name, n=texts.integer(forms))
