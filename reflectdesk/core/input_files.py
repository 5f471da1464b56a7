"""Reading a file a person hands us (a definition file, an archive) within bounds.

Only regular files are read: a FIFO would block forever and a device such as /dev/zero
never ends. The size is checked before a byte is read, and reading stops past the limit
anyway, so a file that grows meanwhile cannot take the memory either.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from reflectdesk.core.errors import ReflectDeskError, words

# Format, deck and questionnaire files are a few kilobytes; a megabyte is plenty.
DEFINITION_FILE_MAX_BYTES = 1024 * 1024
NOT_REGULAR = "is not a regular file (a pipe or a device, not a file on a disk)"


class UnreadableInputError(ReflectDeskError):
    """A file refused before reading: not a regular file, or too large. ``reason`` is a
    phrase to follow the file's name ("is not a regular file ...")."""

    code = "unreadable_input"

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            words().gettext("{path} {reason}.").format(path=path, reason=reason),
            path=str(path),
            reason=reason,
        )
        self.reason = reason


def size_text(size: int) -> str:
    """Bytes as a person reads them in a message: 1 MiB, 12.5 MiB, 300 bytes."""
    for unit, scale in (("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if size >= scale:
            # Three significant digits ("12.5 MiB"), the decimal sign of the language.
            number = f"{size / scale:.3g}".replace(".", words().decimal(0.5, 1)[1])
            return f"{number} {unit}"
    return words().ngettext("{size} byte", "{size} bytes", size).format(size=words().integer(size))


def check_regular(path: Path, limit: int) -> int:
    """The size of the regular file at ``path``; UnreadableInputError if it is something
    else (a FIFO, a device) or larger than ``limit``; IsADirectoryError for a folder,
    OSError if it cannot be looked at. Never opens the file."""
    info = path.stat()
    if stat.S_ISDIR(info.st_mode):  # said as the system says it, like any OSError
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    if not stat.S_ISREG(info.st_mode):
        raise UnreadableInputError(path, NOT_REGULAR)
    if info.st_size > limit:
        raise UnreadableInputError(
            path,
            words()
            .gettext("is {size}; the limit is {limit}")
            .format(size=size_text(info.st_size), limit=size_text(limit)),
        )
    return info.st_size


def read_bounded(path: Path, limit: int) -> bytes:
    """The bytes of the regular file at ``path``, at most ``limit`` of them; see
    check_regular. Opened without blocking, so a file swapped for a FIFO between the
    check and the open still cannot hang."""
    check_regular(path, limit)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags)
    with os.fdopen(descriptor, "rb") as file:
        if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
            raise UnreadableInputError(path, NOT_REGULAR)
        data = file.read(limit + 1)
    if len(data) > limit:
        raise UnreadableInputError(
            path, words().gettext("is larger than {limit}").format(limit=size_text(limit))
        )
    return data
