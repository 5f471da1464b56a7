"""What a PDF says about itself: the program that made it and when.

By default a PDF carries the moment it was written and "ReflectDesk <version>" as its
Creator and Producer, so a facilitator can tell which summary is the latest and which
version wrote it. Byte-identical output (the golden file, "same input, same bytes") is an
explicit switch: the environment variable ``SOURCE_DATE_EPOCH`` (the reproducible-builds
standard, seconds since 1970 UTC) fixes the date to that moment and the file's ID with it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import reflectdesk
from reflectdesk.core.errors import ReflectDeskError, words

SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH"


class PdfDateSettingError(ReflectDeskError):
    """SOURCE_DATE_EPOCH is set to something other than whole seconds."""

    code = "pdf_date_setting"


@dataclass(frozen=True, slots=True)
class PdfInfo:
    """The metadata switches for one PDF; ``reproducible`` means fixed date and ID."""

    producer: str
    reproducible: bool


def producer() -> str:
    """ "ReflectDesk 0.1.0": read at call time so a new version needs no new import."""
    return f"ReflectDesk {reflectdesk.__version__}"


def pdf_info() -> PdfInfo:
    """The metadata for a PDF written now.

    reportlab itself reads ``SOURCE_DATE_EPOCH`` for the date; a value that is not a whole
    number would fail deep inside it, so it is checked here with a message that says what
    is wrong (the standard asks a tool to stop on a malformed value, not to guess).
    """
    value = os.environ.get(SOURCE_DATE_EPOCH, "").strip()
    if value and not value.isdigit():
        message = words().gettext(
            "The setting {name} must be a whole number of seconds since 1970, not “{value}”."
        )
        raise PdfDateSettingError(message.format(name=SOURCE_DATE_EPOCH, value=value))
    return PdfInfo(producer(), reproducible=bool(value))
