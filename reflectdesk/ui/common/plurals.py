"""Translated templates filled in (:func:`fill`). Counted phrases are Qt numerus forms,
``self.tr("%n member(s)", "", n)``; the English catalogue (reflectdesk_en.ts) holds their
English singular and plural, so English never shows "(s)"."""

from __future__ import annotations


def fill(template: str, *values: object) -> str:
    """A translated template with %1, %2... filled in: fill(self.tr("Saved “%1”."), name)."""
    for number, value in enumerate(values, start=1):
        template = template.replace(f"%{number}", str(value))
    return template
