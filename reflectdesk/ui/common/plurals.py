"""Counted phrases, and translated templates filled in (:func:`fill`). English and Dutch
share one plural rule (one / other), so the two forms are separate translatable strings
rather than Qt's %n plural machinery, which needs a compiled English catalogue to say
anything but "member(s)"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def counted(count: int, one: str, other: str, context: str = "Plurals") -> str:
    """``counted(3, "%1 member", "%1 members")`` → "3 members" (translated)."""
    template = one if count == 1 else other
    return QCoreApplication.translate(context, template).replace("%1", str(count))


def fill(template: str, *values: object) -> str:
    """A translated template with %1, %2... filled in: fill(self.tr("Saved “%1”."), name)."""
    for number, value in enumerate(values, start=1):
        template = template.replace(f"%{number}", str(value))
    return template
