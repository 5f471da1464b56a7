"""Figures as the window writes them: rounded half up (``core/figure_rules.half_up``, as
the PDFs and SPSS and Excel round: 62.5 → "63%") and in the user's locale (QLocale), so
a number in the app is the number in the report. Never ``f"{x:.0f}"``: Python rounds
half to even (62.5 → "62")."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from reflectdesk.core.figure_rules import half_up

__all__ = ["number", "percent", "signed"]


def number(value: float | None, digits: int = 2) -> str:
    """A decimal in the locale, rounded half up; "–" for none."""
    if value is None:
        return "–"
    return QLocale().toString(half_up(value, digits), "f", digits)


def percent(value: float | None, digits: int = 0) -> str:
    """A share in percent (62.5) as "63%"; "–" for none."""
    return "–" if value is None else number(value, digits) + "%"


def signed(value: float | None, digits: int = 2, unit: str = "") -> str:
    """A change: "+55", "−0.25" (the minus sign, not a hyphen), "0" unsigned."""
    if value is None:
        return "–"
    shown = number(abs(value), digits)
    if half_up(abs(value), digits) == 0:
        return shown + unit
    return ("+" if value > 0 else "−") + shown + unit
