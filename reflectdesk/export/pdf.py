"""PDFs of a session: the facilitator's session summary and the participants' handout.

Each is a Platypus story built from a plain summary (reflectdesk.export.summary) and
written by one ``build()``. User text is escaped before it becomes a Paragraph, so a
group called "<b>&" prints as typed. A PDF carries its real creation date and the app's
version (export/pdf_info.py); with ``SOURCE_DATE_EPOCH`` set it is byte-stable: the same
summary gives the same file, which the golden test relies on. The PDF is built in memory and written
with write_atomically, so a failed export never leaves half a PDF under the chosen name.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, Literal
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from reflectdesk.export.evaluation_pdf import session_evaluation_story
from reflectdesk.export.fonts import REGULAR, register_fonts
from reflectdesk.export.page import (
    HEADER_GAP,
    MARGIN,
    bottom_margin,
    decorate,
    make_styles,
    numbered_canvas,
    text,
)
from reflectdesk.export.pdf_blocks import bullet_list, muted_line, section, table_section
from reflectdesk.export.pdf_info import pdf_info
from reflectdesk.export.summary import HandoutSummary, PhaseLine, SessionSummary
from reflectdesk.files import write_atomically
from reflectdesk.i18n.texts import Texts, texts_for
from reflectdesk.logs import logged_call

PageSize = tuple[float, float]
PaperName = Literal["a4", "letter"]
PAPER: dict[str, PageSize] = {"a4": A4, "letter": LETTER}


def page_size(name: str) -> PageSize:
    """The page size for "a4" or "letter"."""
    try:
        return PAPER[name.lower()]
    except KeyError:
        raise ValueError(f"paper must be 'a4' or 'letter', not {name!r}") from None


def facts_table(
    pairs: Sequence[tuple[str, str]], width: float, styles: dict[str, ParagraphStyle]
) -> Table:
    data = [
        [Paragraph(escape(label), styles["head_cell"]), Paragraph(text(value), styles["cell"])]
        for label, value in pairs
    ]
    table = Table(data, colWidths=[38 * mm, width - 38 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                # Tables set a font per cell even around Paragraphs: never Helvetica.
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


def present_text(attended: int, listed: int, facilitators: int, texts: Texts) -> str:
    """ "7 of 9 participants, 2 facilitators": the facilitators apart."""
    participants = texts.ngettext(
        "{n} of {of} participant", "{n} of {of} participants", listed
    ).format(n=texts.integer(attended), of=texts.integer(listed))
    leading = texts.ngettext("{n} facilitator", "{n} facilitators", facilitators).format(
        n=texts.integer(facilitators)
    )
    return f"{participants}, {leading}"


# -- the two documents ------------------------------------------------------------------


def session_story(summary: SessionSummary, width: float) -> list[Any]:
    """The summary's flowables, top to bottom, in the summary's language."""
    t = texts_for(summary.language)
    styles = make_styles()
    story: list[Any] = [
        Paragraph(text(summary.title or t.gettext("Session summary")), styles["title"]),
        Paragraph(text(f"{summary.group_name} — {summary.date_text}"), styles["subtitle"]),
    ]
    facts = [
        (t.gettext("Place"), summary.place or "—"),
        (t.gettext("Facilitators"), ", ".join(summary.facilitators) or "—"),
        (t.gettext("Format"), summary.format_name or "—"),
    ]
    if summary.present is not None:
        facts.append((t.gettext("Present"), present_text(*summary.present, t)))
    if summary.presenter is not None:
        facts.append((t.gettext("Case presenter"), summary.presenter))
    story.append(facts_table(facts, width, styles))

    register = [(line.name, line.status) for line in summary.attendance]
    story += table_section(
        t.gettext("Attendance"),
        (t.gettext("Name"), t.gettext("Attendance")),
        register,
        (width * 0.7, width * 0.3),
        styles,
        empty=t.gettext("No members on the register."),
    )
    story += _phases_section(summary.phases, width, styles, t)
    story += section(
        t.gettext("Cards shown"),
        bullet_list(summary.cards, styles, t.gettext("No cards shown.")),
        styles,
    )
    story += section(
        t.gettext("Themes"),
        bullet_list(summary.themes, styles, t.gettext("No themes recorded.")),
        styles,
    )
    story += section(
        t.gettext("Learning points"),
        bullet_list(summary.learning_points, styles, t.gettext("No shareable learning points.")),
        styles,
    )
    done = t.gettext(" (done)")
    actions = [
        (action.text + (done if action.done else ""), action.owner, action.due or "—")
        for action in summary.actions
    ]
    story += table_section(
        t.gettext("Actions"),
        (t.gettext("Action"), t.gettext("Who"), t.gettext("Due")),
        actions,
        (width - 85 * mm, 50 * mm, 35 * mm),
        styles,
        empty=t.gettext("No actions agreed."),
    )
    if summary.evaluation:
        story += section(
            t.gettext("Evaluation"),
            session_evaluation_story(summary.evaluation, width, styles, t),
            styles,
        )
    if summary.include_private:
        story += _private_notes(summary, styles, t)
    return story


def given_text(given: int | None, planned: int, t: Texts) -> str:
    """The minutes a phase had as run with its plan beside them when they differ:
    "6 (planned 5)"; only the plan for a phase (or session) the clock never reached."""
    if given is None or given == planned:
        return t.integer(planned)
    return t.gettext("{given} (planned {planned})").format(
        given=t.integer(given), planned=t.integer(planned)
    )


def _phases_section(
    phases: Sequence[PhaseLine], width: float, styles: dict[str, ParagraphStyle], t: Texts
) -> list[Any]:
    rows = [
        (
            phase.name,
            given_text(phase.given_minutes, phase.planned_minutes, t),
            "—" if phase.actual_minutes is None else t.integer(phase.actual_minutes),
        )
        for phase in phases
    ]
    if rows:
        planned = sum(phase.planned_minutes for phase in phases)
        ran = any(phase.given_minutes is not None for phase in phases)
        given = sum(
            phase.planned_minutes if phase.given_minutes is None else phase.given_minutes
            for phase in phases
        )
        rows.append(
            (
                t.gettext("Total"),
                given_text(given if ran else None, planned, t),
                t.integer(sum(phase.actual_minutes or 0 for phase in phases)),
            )
        )
    return table_section(
        t.gettext("Phases (minutes)"),
        (t.gettext("Phase"), t.gettext("Time given"), t.gettext("Actual")),
        rows,
        (width - 65 * mm, 40 * mm, 25 * mm),
        styles,
        empty=t.gettext("This session has no phases."),
        numeric=frozenset({1, 2}),
        total=True,
    )


def _private_notes(
    summary: SessionSummary, styles: dict[str, ParagraphStyle], t: Texts
) -> list[Any]:
    notes: list[Any] = []
    for note in summary.private_notes:
        if note.title:
            notes.append(Paragraph(text(note.title), styles["note_title"]))
        # One Paragraph per line, so a long note flows over pages instead of being
        # pushed whole onto the next one.
        lines = note.body.splitlines() or ["—"]
        notes += [
            Paragraph(escape(line), styles["note"]) if line.strip() else Spacer(1, 6)
            for line in lines
        ]
    return section(
        t.gettext("Private notes (confidential)"),
        notes or [muted_line(t.gettext("No private notes."), styles)],
        styles,
    )


def handout_story(handout: HandoutSummary, width: float) -> list[Any]:
    t = texts_for(handout.language)
    styles = make_styles()
    subtitle = handout.date_text + (f" — {handout.place}" if handout.place else "")
    story: list[Any] = [
        Paragraph(escape(handout.group_name), styles["title"]),
        Paragraph(text(subtitle), styles["subtitle"]),
    ]
    story += section(
        t.gettext("Ground rules"),
        bullet_list(handout.ground_rules, styles, t.gettext("No ground rules recorded.")),
        styles,
    )
    rows = [(line.clock or "—", line.name, t.integer(line.minutes)) for line in handout.agenda]
    if handout.end_clock:
        rows.append((handout.end_clock, t.gettext("End"), ""))
    story += table_section(
        t.gettext("Agenda"),
        (t.gettext("Time"), t.gettext("Phase"), t.gettext("Minutes")),
        rows,
        (22 * mm, width - 47 * mm, 25 * mm),
        styles,
        empty=t.gettext("No phases planned."),
        numeric=frozenset({2}),
    )
    return story


# The title and path are not logged: they carry the group's name.
@logged_call("writing a PDF", results=lambda pages: {"pages": pages})
def write_pdf(
    path: Path,
    pagesize: PageSize,
    story_for: Callable[[float], list[Any]],
    decorate: Callable[[Canvas, Any], None],
    title: str,
    *,
    texts: Texts,
    bottom: float = MARGIN + 4 * mm,
) -> int:
    """Build the PDF and write it to ``path``; the number of pages."""
    info = pdf_info()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=HEADER_GAP + 8 * mm,
        bottomMargin=bottom,
        title=title,
        author="ReflectDesk",
        creator=info.producer,
        producer=info.producer,
        invariant=int(info.reproducible),
        initialFontName=REGULAR,
    )
    doc.build(
        story_for(doc.width),
        onFirstPage=decorate,
        onLaterPages=decorate,
        canvasmaker=numbered_canvas(texts),
    )
    write_atomically(Path(path), buffer.getvalue())
    return int(doc.page)


@dataclass(frozen=True, slots=True)
class Heading:
    """What a document is called ("kind — group") and what its pages' header and footer
    show: the group, the date or period, and the confidential warning if asked for, in
    ``language``."""

    kind: str
    group_name: str
    date: str
    confidential: bool = False
    language: str = "en"


def write_document(
    path: Path, pagesize: PageSize, story_for: Callable[[float], list[Any]], heading: Heading
) -> None:
    """Write one of the PDFs, its pages decorated as ``heading`` says."""
    register_fonts()
    texts = texts_for(heading.language)
    write_pdf(
        path,
        pagesize,
        story_for,
        decorate(heading.group_name, heading.date, heading.confidential, texts),
        f"{heading.kind} — {heading.group_name}",
        texts=texts,
        bottom=bottom_margin(heading.group_name, heading.date, pagesize[0], texts),
    )


def write_session_summary(summary: SessionSummary, path: Path, pagesize: PageSize = A4) -> None:
    """Write the session summary PDF to ``path`` (replaced atomically)."""
    kind = texts_for(summary.language).gettext("Session summary")
    heading = Heading(
        kind, summary.group_name, summary.date_text, summary.confidential, summary.language
    )
    write_document(path, pagesize, partial(session_story, summary), heading)


def write_handout(handout: HandoutSummary, path: Path, pagesize: PageSize = A4) -> None:
    """Write the participants' handout PDF to ``path`` (replaced atomically)."""
    kind = texts_for(handout.language).gettext("Handout")
    heading = Heading(kind, handout.group_name, handout.date_text, language=handout.language)
    write_document(path, pagesize, partial(handout_story, handout), heading)
