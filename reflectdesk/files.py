"""Writing a file (an export, an archive, a format or deck file) whole or not at all,
readable by its owner only (see reflectdesk/paths.py: owner-only files and folders)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(path: Path, data: bytes, *, shared: bool = False) -> None:
    """Write ``data`` to ``path``: to a temporary file beside it, flushed to disk, then
    moved into place, so a crash or a full disk never leaves half a file under the name.

    The file is owner-only (0600 on POSIX), also when it replaces a wider one: an export
    may carry private notes, and a facilitator who shares it does so by sending it, not
    by leaving it readable to every account on the laptop. ``shared`` is for the library's
    definition files (formats, decks, questionnaires), which hold no records and are
    made to be passed on: 0644, or the modes of the file they replace.
    """
    # mkstemp makes the temporary file 0600 and the rename keeps that.
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        if shared:
            Path(temporary).chmod(path.stat().st_mode & 0o777 if path.exists() else 0o644)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).replace(path)  # os.replace: atomic on one file system
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
