"""Errors a user can act on. Each carries a stable ``code`` so the ui can translate it.

The English ``str()`` of every error is a complete sentence fit for a dialog or a one-line
CLI message; nothing here should ever surface as a traceback.
"""

from __future__ import annotations


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
