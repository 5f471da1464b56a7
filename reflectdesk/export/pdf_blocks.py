"""The building blocks the PDFs share: a data table (a section of one, or a muted line
where it would be empty), a bullet list and a section whose heading keeps with its content.

They live apart from pdf.py (the session PDFs) so that every PDF module builds on them
and the imports run one way: pdf.py and series_pdf.py use evaluation_pdf.py, and all
three use these blocks (tests/export/test_import_cycles.py keeps it so).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Table, TableStyle

from reflectdesk.export.fonts import BOLD, REGULAR
from reflectdesk.export.page import RULE, SHADE, text


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    styles: dict[str, ParagraphStyle],
    *,
    numeric: frozenset[int] = frozenset(),
    total: bool = False,
) -> Table:
    def cell(value: str, column: int, head: bool) -> Paragraph:
        kind = ("head_" if head else "") + ("number" if column in numeric else "cell")
        return Paragraph(text(value), styles[kind])

    last = len(rows) - 1
    data = [[cell(value, i, True) for i, value in enumerate(header)]]
    data += [
        [cell(value, i, total and n == last) for i, value in enumerate(row)]
        for n, row in enumerate(rows)
    ]
    table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("LINEABOVE", (0, 0), (-1, 0), 0.6, RULE),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                # Tables set a font per cell even around Paragraphs: never Helvetica.
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    if total:
        table.setStyle(TableStyle([("LINEABOVE", (0, -1), (-1, -1), 0.6, RULE)]))
    table.setStyle(TableStyle(keep_rows_together(_row_heights(table), total=total)))
    return table


KEPT_ROWS = 2  # the fewest rows of a table a page may hold when the table is split
# Rows kept together may not be taller than this (a third of a page's body), so a table
# of a few very long rows can still split between them rather than fail to fit.
KEPT_HEIGHT = 230.0


def keep_rows_together(heights: Sequence[float], *, total: bool = False) -> list[tuple[Any, ...]]:
    """NOSPLIT commands for a data_table whose rows (the header first) are ``heights``
    tall: the header with the first rows and the last rows together (a total row with two
    rows above it), so a split never leaves one row on a page; a table too short to split
    that way moves whole."""
    last = len(heights) - 1  # row 0 is the header
    tail = KEPT_ROWS + int(total)
    if last < 2:
        return []
    commands: list[tuple[Any, ...]] = []
    if sum(heights[: KEPT_ROWS + 1]) <= KEPT_HEIGHT:
        commands.append(("NOSPLIT", (0, 0), (-1, min(KEPT_ROWS, last))))
    if last >= tail and sum(heights[last - tail + 1 :]) <= KEPT_HEIGHT:
        commands.append(("NOSPLIT", (0, last - tail + 1), (-1, last)))
    return commands


def _row_heights(table: Table) -> list[float]:
    # The widths are fixed, so the rows' heights are known before the page is.
    table.wrap(float(sum(table._argW)), 1e6)
    return [float(height) for height in table._rowHeights]


HEAD_SIZE = 9.5  # the header cells' font size (page.make_styles' "head_number")
CELL_PADDING = 9  # left and right padding of a data_table cell, and a little air


def fitted_width(header: str, cells: Sequence[str], floor: float, *, whole: bool) -> float:
    """A column as wide as its header's longest word (Dutch headers are long:
    "Nabespreking" must not break mid-word) and its longest cell (``whole``) or its
    cells' longest word ("co-begeleider"), at least ``floor``; padding included."""
    parts = [*header.split(), *(cells if whole else [w for c in cells for w in c.split()])]
    widest = max((float(stringWidth(part, BOLD, HEAD_SIZE)) for part in parts), default=0.0)
    return max(floor, widest) + CELL_PADDING


def header_widths(header: Sequence[str], width: float, least: Sequence[float]) -> list[float]:
    """Column widths for a data_table whose first column is text and the rest numbers:
    each number column at least ``least`` and as wide as the longest word of its header
    (Dutch headers are long: "Bijeenkomsten" must not break mid-word), the first column
    the rest of ``width``."""
    room = [
        max(floor, max(stringWidth(word, BOLD, HEAD_SIZE) for word in label.split()) + CELL_PADDING)
        for label, floor in zip(header[1:], least, strict=True)
    ]
    return [width - sum(room), *room]


def table_section(
    title: str,
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    styles: dict[str, ParagraphStyle],
    *,
    empty: str,
    numeric: frozenset[int] = frozenset(),
    total: bool = False,
    note: str = "",
) -> list[Any]:
    """A section headed ``title``: ``rows`` as a data_table (with ``note``, if any, in
    small print below it), or the muted line ``empty`` when there are none."""
    if not rows:
        return section(title, [muted_line(empty, styles)], styles)
    content: list[Any] = [data_table(header, rows, widths, styles, numeric=numeric, total=total)]
    if note:
        content.append(Paragraph(note, styles["small"]))
    return section(title, content, styles)


def muted_line(message: str, styles: dict[str, ParagraphStyle]) -> Paragraph:
    """A line in the muted style: what a section says when it has nothing to show."""
    return Paragraph(escape(message), styles["muted"])


def bullet_list(items: Sequence[str], styles: dict[str, ParagraphStyle], empty: str) -> list[Any]:
    if not items:
        return [muted_line(empty, styles)]
    return [Paragraph(text(item), styles["bullet"], bulletText="•") for item in items]


SMALL_TABLE_ROWS = 8  # a table this short moves whole with its heading rather than split


def section(title: str, content: list[Any], styles: dict[str, ParagraphStyle]) -> list[Any]:
    # The heading stays with the start of its content, never alone at a page foot.
    heading = Paragraph(escape(title), styles["heading"])
    first = content[0] if content else None
    if isinstance(first, Table) and first._nrows > SMALL_TABLE_ROWS + 1:
        # Kept whole, a long table would leave most of a page empty; it starts here
        # when its heading, header and first rows fit, and splits (keep_rows_together).
        return [CondPageBreak(_start_height(heading, first)), heading, *content]
    return [KeepTogether([heading, *content[:1]]), *content[1:]]


def _start_height(heading: Paragraph, table: Table) -> float:
    """The height of ``heading`` over ``table``'s header and first KEPT_ROWS rows."""
    rows = sum(_row_heights(table)[: KEPT_ROWS + 1])
    width = float(sum(table._argW))
    return float(heading.wrap(width, 1e6)[1] + heading.getSpaceAfter() + rows + 1)
