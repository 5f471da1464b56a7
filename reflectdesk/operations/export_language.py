"""Which language an export is written in.

A facilitator may choose it per export (the options dialog's Language, or the command
line's --lang); without a choice, :func:`default_export_language` decides. It is the one
place that default is chosen: the group's own language where it has one (a Dutch group's
report is Dutch in an English window), else the process's (the window's, or the command
line's).
"""

from __future__ import annotations

from reflectdesk.i18n.languages import supported
from reflectdesk.i18n.texts import Texts, current_language, texts_for
from reflectdesk.store.database import Store
from reflectdesk.store.groups import group_language

__all__ = ["default_export_language", "export_texts"]


def default_export_language(store: Store, group_id: str | None) -> str:
    """The language of an export of ``group_id`` that nobody chose one for."""
    own = None if group_id is None else group_language(store, group_id)
    return own or current_language()


def export_texts(store: Store, group_id: str | None, language: str | None) -> Texts:
    """The words and formats of an export: ``language`` when it is a supported one,
    else the default for the group."""
    chosen = supported(language) if language else None
    return texts_for(chosen or default_export_language(store, group_id))
