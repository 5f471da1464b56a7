"""The look shared by every ReflectDesk PDF: paragraph styles, the header and footer
drawn on each page, and the canvas that numbers pages "page N of M".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from reflectdesk.export.fonts import BOLD, REGULAR, register_fonts
from reflectdesk.i18n.texts import Texts

MARGIN = 18 * mm
HEADER_GAP = 14 * mm  # from the top edge to the header baseline
# The footer's lowest baseline: its descenders stay above 12.7 mm (half an inch), the
# widest strip a common office printer cannot print at the bottom of A4 or Letter.
FOOTER_BASELINE = 13.5 * mm
FOOTER_SIZE = 8.5
FOOTER_LEADING = 10.5
FOOTER_MAX_LINES = 3  # a 120-character group name and a long Dutch date need two
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
RULE = colors.HexColor("#9aa5b1")
SHADE = colors.HexColor("#eef2f5")
ALARM = colors.HexColor("#b00020")


# -- styles -----------------------------------------------------------------------------


def make_styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle(
        "body", fontName=REGULAR, bulletFontName=REGULAR, fontSize=10, leading=13.5, textColor=INK
    )
    return {
        "title": ParagraphStyle(
            "title", parent=body, fontName=BOLD, fontSize=17, leading=21, spaceAfter=2
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=body, fontSize=11, leading=15, textColor=MUTED, spaceAfter=8
        ),
        "heading": ParagraphStyle(
            "heading",
            parent=body,
            fontName=BOLD,
            fontSize=12,
            leading=16,
            spaceBefore=10,
            spaceAfter=4,
        ),
        "body": body,
        "cell": ParagraphStyle("cell", parent=body, fontSize=9.5, leading=12.5),
        "head_cell": ParagraphStyle("head_cell", parent=body, fontName=BOLD, fontSize=9.5),
        "number": ParagraphStyle("number", parent=body, fontSize=9.5, alignment=TA_RIGHT),
        "head_number": ParagraphStyle(
            "head_number", parent=body, fontName=BOLD, fontSize=9.5, alignment=TA_RIGHT
        ),
        "bullet": ParagraphStyle("bullet", parent=body, leftIndent=12, bulletIndent=2),
        "muted": ParagraphStyle("muted", parent=body, textColor=MUTED),
        "note_title": ParagraphStyle("note_title", parent=body, fontName=BOLD, spaceBefore=4),
        "note": ParagraphStyle("note", parent=body, spaceAfter=3),
    }


def text(value: str) -> str:
    """User text made safe for a Paragraph: markup escaped, line breaks kept."""
    return "<br/>".join(escape(line) for line in value.splitlines()) if value else ""


# -- page decoration --------------------------------------------------------------------


def page_of(texts: Texts, page: int, count: int) -> str:
    """ "page 2 of 5" / "pagina 2 van 5"."""
    return texts.gettext("page {page} of {count}").format(
        page=texts.integer(page), count=texts.integer(count)
    )


def confidential_warning(texts: Texts) -> str:
    return texts.gettext("CONFIDENTIAL — contains the facilitator's private notes")


def numbered_canvas(texts: Texts) -> type[Canvas]:
    """A canvas that holds its pages back until the end, so each footer can say
    "page N of M" (the numbered-canvas pattern from reportlab's own examples)."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            count = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(REGULAR, FOOTER_SIZE)
                self.setFillColor(MUTED)
                width = self._pagesize[0]
                self.drawRightString(
                    width - MARGIN, FOOTER_BASELINE, page_of(texts, self._pageNumber, count)
                )
                super().showPage()
            super().save()

    return NumberedCanvas


def decorate(
    group_name: str, date: str, confidential: bool, texts: Texts
) -> Callable[[Canvas, Any], None]:
    warning = confidential_warning(texts)

    def draw(canvas: Canvas, doc: Any) -> None:
        width, height = doc.pagesize
        canvas.saveState()
        top = height - HEADER_GAP
        if confidential:
            canvas.setFont(BOLD, 9)
            canvas.setFillColor(ALARM)
            canvas.drawCentredString(width / 2, height - 8 * mm, warning)
        canvas.setFont(REGULAR, 8.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, top, _clip(canvas, group_name, width / 2 - MARGIN))
        canvas.drawRightString(width - MARGIN, top, date)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, top - 2.5 * mm, width - MARGIN, top - 2.5 * mm)
        lines = footer_lines(f"{group_name} · {date}", width, texts)
        rule = footer_top(len(lines))
        canvas.line(MARGIN, rule, width - MARGIN, rule)
        canvas.setFont(REGULAR, FOOTER_SIZE)
        for index, line in enumerate(reversed(lines)):
            canvas.drawString(MARGIN, FOOTER_BASELINE + index * FOOTER_LEADING, line)
        canvas.restoreState()

    return draw


def footer_lines(footer: str, page_width: float, texts: Texts) -> list[str]:
    """The footer's words wrapped into the room left of "page N of M" (room kept for
    three-digit numbers in ``texts``' language), never cut: at most FOOTER_MAX_LINES
    lines, the last shortened only for a footer no group name can make."""
    number = stringWidth(page_of(texts, 888, 888), REGULAR, FOOTER_SIZE)
    room = page_width - 2 * MARGIN - number - 6 * mm
    lines = simpleSplit(footer, REGULAR, FOOTER_SIZE, room) or [""]
    if len(lines) > FOOTER_MAX_LINES:
        rest = " ".join(lines[FOOTER_MAX_LINES - 1 :])
        lines = [*lines[: FOOTER_MAX_LINES - 1], _fit(rest, room)]
    return [str(line) for line in lines]


def footer_top(line_count: int) -> float:
    """Where the rule above a footer of ``line_count`` lines is drawn."""
    return float(FOOTER_BASELINE + (line_count - 1) * FOOTER_LEADING + FOOTER_SIZE + 1.5 * mm)


def bottom_margin(group_name: str, date: str, page_width: float, texts: Texts) -> float:
    """The body's bottom margin for this footer: the body stops 4 mm above its rule."""
    lines = footer_lines(f"{group_name} · {date}", page_width, texts)
    return float(max(MARGIN + 4 * mm, footer_top(len(lines)) + 4 * mm))


def _fit(text: str, room: float) -> str:
    while text and stringWidth(text + "…", REGULAR, FOOTER_SIZE) > room:
        text = text[:-1]
    return text.rstrip() + "…"


def _clip(canvas: Canvas, text: str, room: float) -> str:
    """``text`` shortened with an ellipsis to fit ``room`` points in the current font."""
    font, size = canvas._fontname, canvas._fontsize
    if canvas.stringWidth(text, font, size) <= room:
        return text
    while text and canvas.stringWidth(text + "…", font, size) > room:
        text = text[:-1]
    return text.rstrip() + "…"
