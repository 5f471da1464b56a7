"""A leader's log as a PDF a supervisor can sign: the totals, the progress against the
chosen body's thresholds (with where they come from and when they were checked), every
session led or co-led, the hand entries (never their private notes), how it was counted,
and signature lines for the leader and the supervisor. Laid out with the look of the
other PDFs (export/page.py, export/pdf_blocks.py); reproducible through pdf_info."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from reflectdesk.core.leader_report import LeaderLog, RequirementLine
from reflectdesk.core.model import LeaderLogKind
from reflectdesk.export.fonts import REGULAR
from reflectdesk.export.leader_log_csv import kind_label
from reflectdesk.export.page import INK, RULE, SHADE, make_styles, text
from reflectdesk.export.pdf import Heading, PageSize, write_document
from reflectdesk.export.pdf_blocks import (
    HEAD_SIZE,
    fitted_width,
    header_widths,
    keep_rows_together,
    section,
    table_section,
)
from reflectdesk.i18n.texts import Texts

__all__ = ["duration_text", "leader_log_story", "write_leader_log_pdf"]

Styles = dict[str, Any]


def duration_text(minutes: int, t: Texts) -> str:
    """Exact to the minute: "12 h 5 min" (Dutch "12 uur 5 min")."""
    return t.gettext("{hours} h {minutes} min").format(
        hours=t.integer(minutes // 60), minutes=t.integer(minutes % 60)
    )


def _widths(
    header: list[str],
    rows: list[list[str]],
    fitted: dict[int, float],
    width: float,
    *,
    whole: bool = True,
) -> list[float]:
    """Fitted widths for the columns in ``fitted`` (index: floor), each cell on one line
    (``whole``) or wrapped between words; the others share what is left, evenly."""
    found = {
        i: fitted_width(header[i], [row[i] for row in rows], floor, whole=whole)
        for i, floor in fitted.items()
    }
    rest = [i for i in range(len(header)) if i not in found]
    share = (width - sum(found.values())) / len(rest)
    return [found.get(i, share) for i in range(len(header))]


def _totals(log: LeaderLog, t: Texts, styles: Styles, width: float) -> list[Any]:
    n = log.totals
    rows = [
        [t.gettext("Sessions led"), t.integer(n.led)],
        [t.gettext("Sessions co-led"), t.integer(n.co_led)],
        [t.gettext("Sessions led or co-led"), t.integer(n.sessions)],
        [t.gettext("Cases presented"), t.integer(n.cases)],
        [t.gettext("Time leading"), duration_text(n.minutes, t)],
        [t.gettext("Months with a session led or co-led"), t.integer(n.months_led)],
        [t.gettext("Supervision sessions"), t.integer(n.supervision_sessions)],
        [t.gettext("Time in supervision"), duration_text(n.supervision_minutes, t)],
        [t.gettext("Training events"), t.integer(n.training_events)],
        [
            t.gettext("Co-led sessions with a co-leader debrief"),
            t.gettext("{done} of {all}").format(
                done=t.integer(n.co_led_debriefed), all=t.integer(n.co_led_in_app)
            ),
        ],
    ]
    header = [t.gettext("Totals"), t.gettext("Count")]
    widths = header_widths(header, width, (35 * mm,))
    return table_section(
        t.gettext("Totals"), header, rows, widths, styles, empty="", numeric=frozenset({1})
    )


def _status(line: RequirementLine, t: Texts) -> str:
    if line.met:
        return t.gettext("Done")
    if line.manual:
        return t.gettext("To tick")
    return t.gettext("Still needed")


def _progress(log: LeaderLog, t: Texts, styles: Styles, width: float) -> list[Any]:
    body = log.body
    if body is None:
        return []
    header = [t.gettext("Requirement"), t.gettext("Progress"), t.gettext("Status")]
    rows = [[line.text, line.sentence, _status(line, t)] for line in log.requirements]
    widths = [width * 0.45, width * 0.39, width * 0.16]
    story = table_section(
        t.gettext("Progress"), header, rows, widths, styles,
        empty=t.gettext("This body lists no requirements."),
    )  # fmt: skip
    source = t.gettext(
        'Thresholds from "{title}" ({url}), checked on {date}. They are the body\'s own '
        "words, summarised; the body decides."
    ).format(title=body.source_title, url=body.source_url, date=t.long_date(body.checked_on))
    if body.description:
        story.append(Paragraph(text(body.description), styles["muted"]))
    story.append(Paragraph(text(source), styles["muted"]))
    return story


def _light_table(
    header: list[str],
    rows: list[list[str]],
    widths: list[float],
    styles: Styles,
    *,
    wrapped: int,
    numeric: frozenset[int],
) -> Table:
    """data_table's look in plain strings, not Paragraphs: the other cells fit their
    column, the ``wrapped`` one is broken into lines here (simpleSplit, the measure
    Paragraph uses), so a log of hundreds of sessions lays out in a fraction of the time
    a Paragraph in every cell takes."""
    head = [
        Paragraph(escape(label), styles["head_number" if i in numeric else "head_cell"])
        for i, label in enumerate(header)
    ]
    room = widths[wrapped] - 2 * 4  # less the cells' left and right padding

    def lines(value: str) -> str:
        return "\n".join(
            line
            for part in value.splitlines()
            for line in simpleSplit(part, REGULAR, HEAD_SIZE, room) or [""]
        )

    body = [
        [lines(value) if i == wrapped else value for i, value in enumerate(row)] for row in rows
    ]
    style = TableStyle(
        [
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("LINEABOVE", (0, 0), (-1, 0), 0.6, RULE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("FONTSIZE", (0, 1), (-1, -1), HEAD_SIZE),
            ("LEADING", (0, 1), (-1, -1), 12.5),
            ("TEXTCOLOR", (0, 1), (-1, -1), INK),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            *[("ALIGN", (i, 1), (i, -1), "RIGHT") for i in numeric],
        ]
    )
    measured = Table([head, *body], colWidths=widths, repeatRows=1, hAlign="LEFT")
    measured.setStyle(style)
    measured.wrap(sum(widths), 1e6)  # the widths are fixed: the rows' heights are known now
    heights = [float(height) for height in measured._rowHeights]
    # Given the heights, reportlab need not wrap every cell again at each page's split
    # (what made a long log's layout grow with pages times rows).
    table = Table([head, *body], colWidths=widths, rowHeights=heights, repeatRows=1, hAlign="LEFT")
    table.setStyle(style)
    table.setStyle(TableStyle(keep_rows_together(heights)))
    return table


def _sessions(log: LeaderLog, t: Texts, styles: Styles, width: float) -> list[Any]:
    header = [
        t.gettext("Date"), t.gettext("Group and format"), t.gettext("Role"),
        t.gettext("Cases"), t.gettext("Minutes"), t.gettext("Debrief"),
    ]  # fmt: skip
    # The format under the group's name: one wide column reads better than two narrow.
    rows = [
        [
            t.short_date(s.on_date), "\n".join(filter(None, (s.group_name, s.format_name))),
            kind_label(s.role, t),
            t.integer(s.cases), t.integer(s.minutes),
            (t.gettext("yes") if s.debriefed else t.gettext("no"))
            if s.role is LeaderLogKind.CO_LED else "—",
        ]
        for s in log.sessions
    ]  # fmt: skip
    whole = {0: 18 * mm, 2: 12 * mm, 3: 8 * mm, 4: 8 * mm, 5: 8 * mm}
    widths = _widths(header, rows, whole, width)
    title = t.gettext("Sessions led and co-led in ReflectDesk")
    if not rows:
        empty = t.gettext("No finished sessions led or co-led under this name.")
        return table_section(title, header, rows, widths, styles, empty=empty)
    table = _light_table(header, rows, widths, styles, wrapped=1, numeric=frozenset({3, 4}))
    return section(title, [table], styles)


def _entries(log: LeaderLog, t: Texts, styles: Styles, width: float) -> list[Any]:
    header = [
        t.gettext("Date"), t.gettext("Kind"), t.gettext("Event or group"),
        t.gettext("Supervisor, trainer or co-leader"), t.gettext("Cases"), t.gettext("Minutes"),
    ]  # fmt: skip
    rows = [
        [
            t.short_date(e.on_date), kind_label(e.kind, t), e.title or "—", e.counterpart or "—",
            "—" if e.cases is None else t.integer(e.cases), t.integer(e.minutes),
        ]
        for e in log.entries
    ]  # fmt: skip
    widths = _widths(header, rows, {0: 18 * mm, 1: 12 * mm, 4: 8 * mm, 5: 8 * mm}, width)
    return table_section(
        t.gettext("Entered by hand"), header, rows, widths, styles,
        empty=t.gettext("No supervision, training or other sessions entered."),
        numeric=frozenset({4, 5}),
    )  # fmt: skip


def _how_counted(t: Texts, styles: Styles) -> list[Any]:
    rules = [
        t.gettext(
            "Sessions: finished sessions of every group in which a person of this name "
            "(capitals and accents aside) is facilitator (led) or co-facilitator (co-led), "
            "held while that membership ran."
        ),
        t.gettext(
            "Minutes: the time the session clock ran from its start to its end, pauses "
            "left out, as on certificates of attendance, in whole minutes (half a minute "
            "counts as a whole one)."
        ),
        t.gettext(
            "Cases: 2 for a two-case Balint format, 1 for any other Balint or intervision "
            "format, otherwise 1 when a case presenter was recorded and 0 when not. "
            "Sessions entered by hand count the cases entered."
        ),
        t.gettext(
            "Months: a calendar month counts when at least one session was led or co-led "
            "in it. Private notes are never printed."
        ),
    ]
    content = [Paragraph(text(rule), styles["note"]) for rule in rules]
    return section(t.gettext("How this log is counted"), content, styles)


def _signatures(log: LeaderLog, t: Texts, styles: Styles, width: float) -> list[Any]:
    cells = [
        [t.gettext("Leader"), log.leader_name, ""],
        [t.gettext("Supervisor"), "", ""],
    ]
    header = ["", t.gettext("Name"), t.gettext("Signature and date")]
    data = [[Paragraph(escape(value), styles["head_cell"]) for value in header]]
    data += [[Paragraph(text(value), styles["cell"]) for value in row] for row in cells]
    table = Table(
        data,
        colWidths=[30 * mm, (width - 30 * mm) * 0.45, (width - 30 * mm) * 0.55],
        rowHeights=[None, 16 * mm, 16 * mm],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("LINEBELOW", (1, 1), (-1, -1), 0.6, RULE),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ]
        )
    )
    heading = Paragraph(escape(t.gettext("Signatures")), styles["heading"])
    return [KeepTogether([heading, table])]


def leader_log_story(log: LeaderLog, t: Texts, width: float) -> list[Any]:
    styles = make_styles()
    subtitle = log.leader_name if log.body is None else f"{log.leader_name} — {log.body.name}"
    return [
        Paragraph(escape(t.gettext("Leader log")), styles["title"]),
        Paragraph(text(subtitle), styles["subtitle"]),
        *_progress(log, t, styles, width),
        *_totals(log, t, styles, width),
        *_sessions(log, t, styles, width),
        *_entries(log, t, styles, width),
        *_how_counted(t, styles),
        Spacer(1, 4 * mm),
        *_signatures(log, t, styles, width),
    ]


def write_leader_log_pdf(log: LeaderLog, path: Path, t: Texts, pagesize: PageSize = A4) -> None:
    """Write the log's PDF to ``path`` (replaced atomically)."""
    heading = Heading(
        t.gettext("Leader log"), log.leader_name, t.long_date(log.today), language=t.language
    )
    write_document(path, pagesize, lambda width: leader_log_story(log, t, width), heading)
