"""Errors a user can act on. Each carries a stable ``code`` so the ui can translate it.

The ``str()`` of every error is a complete sentence fit for a dialog or a one-line CLI
message, in the process language (reflectdesk.i18n: the app and the command line choose it
at start), and nothing here should ever surface as a traceback.

How a message is made, the same at every ``raise``::

    raise RestoreError(
        words().gettext("{path} is damaged ({detail}).").format(path=path, detail=detail)
    )

The English sentence is a literal at the ``gettext`` call, so Babel extracts it into
resources/i18n/reflectdesk.pot (scripts/translations.py); named placeholders let the
Dutch put them where Dutch wants them. Text made earlier than its sentence (a field's
label, a noun) is marked with :func:`N_` and translated where the sentence is made.
Logs never show a message: they show the type and the ``code`` (reflectdesk/logs.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reflectdesk.i18n.texts import texts_for

if TYPE_CHECKING:
    from reflectdesk.i18n.texts import Texts


def words() -> Texts:
    """The process language's words: what every error's message is made with."""
    return texts_for(None)


def N_(message: str) -> str:
    """``message`` as it is, marked for extraction; ``words().gettext(message)`` where it
    is shown translates it."""
    return message


class ReflectDeskError(Exception):
    """Base for every error that is shown to the user as a message."""

    code = "error"

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(message)
        self.message = message
        self.params = params

    def __str__(self) -> str:
        return self.message


class InvalidInputError(ReflectDeskError):
    """A value typed by the user cannot be stored as it is (empty, too long, ...)."""

    code = "invalid_input"

    def __init__(self, field: str, message: str, **params: object) -> None:
        super().__init__(message, field=field, **params)
        self.field = field


class NotFoundError(ReflectDeskError):
    """The record the user acted on no longer exists (deleted elsewhere, stale view)."""

    code = "not_found"
