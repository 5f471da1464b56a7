"""The fonts every PDF uses: DejaVu Sans, shipped in resources/fonts and embedded.

reportlab's built-in Helvetica has no Greek, no "İ" and no "Ĳ"; a registered TrueType
font is embedded (subset) in each PDF, so a reader without DejaVu installed still shows
every name.
"""

from __future__ import annotations

from functools import cache

from reflectdesk.resources import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
FAMILY = "DejaVuSans-Family"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


@cache
def register_fonts() -> str:
    """Register the fonts with reportlab (once per process); returns the regular name."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    # <b> inside a Paragraph looks the bold face up through the family.
    pdfmetrics.registerFontFamily(
        FAMILY, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
    )
    return REGULAR
