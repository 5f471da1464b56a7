"""Why a database cannot be opened or written, in words a facilitator can act on."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from reflectdesk.core.errors import ReflectDeskError

if TYPE_CHECKING:
    from pathlib import Path


class StoreError(ReflectDeskError):
    code = "store_error"


class DatabaseFileError(StoreError):
    """An error about one file: the message names it and ``params["path"]`` carries it.

    Each subclass words its message as ``template``, filled with ``{path}`` and the
    ``{detail}`` the caller gives (what the operating system or SQLite said, or who holds
    the file), so the sentences differ while the construction stays in one place.
    """

    template: ClassVar[str] = "{path}"

    # Positional-only, so that a subclass can also keep ``detail`` among the params.
    def __init__(self, path: Path, detail: str = "", /, **params: object) -> None:
        super().__init__(self.template.format(path=path, detail=detail), path=str(path), **params)


class NotADatabaseError(DatabaseFileError):
    code = "not_a_database"
    template = (
        "{path} cannot be opened: {detail}. "
        "Choose a ReflectDesk database, or a new file name to start a new one."
    )

    def __init__(self, path: Path, detail: str = "it is not a database file") -> None:
        super().__init__(path, detail)


class ForeignDatabaseError(NotADatabaseError):
    """A healthy file that is not ReflectDesk's: another program's SQLite database
    (store/schema_shape.py says how it is told apart). Nothing about it is damaged, so it
    is never met with advice to restore a backup."""

    code = "foreign_database"
    template = (
        "{path} is not a ReflectDesk database: {detail}. It has not been changed. "
        "Choose a ReflectDesk database, or a new file name to start a new one."
    )

    def __init__(self, path: Path, detail: str = "it is a database of another program") -> None:
        DatabaseFileError.__init__(self, path, detail, detail=detail)


class CorruptDatabaseError(DatabaseFileError):
    code = "corrupt_database"
    template = (
        "{path} is damaged ({detail}). It has not been changed. "
        "Restore it from a backup in the 'backups' folder beside it."
    )

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(path, detail, detail=detail)


class NewerSchemaError(StoreError):
    code = "newer_schema"

    def __init__(self, path: Path, found: str, known: str) -> None:
        # The revision is read from the file: odd characters are shown escaped.
        shown = found if found.isprintable() and found.strip() else repr(found)
        super().__init__(
            f"{path} was written by a newer version of ReflectDesk (schema {shown}; "
            f"this version knows up to {known}). Update ReflectDesk to open it; "
            "the file has not been changed.",
            path=str(path),
            found=found,
            known=known,
        )


class ReadOnlyLocationError(DatabaseFileError):
    """``detail`` says what is read-only (the OS message, or "the folder is read-only")."""

    code = "read_only"
    template = (
        "ReflectDesk cannot write to {path}: {detail}. "
        "Choose another location with --db PATH or the REFLECTDESK_DATA_DIR variable."
    )


class DatabaseInUseError(DatabaseFileError):
    """``detail`` names the holder of the instance lock (host and process id)."""

    code = "in_use"
    template = (
        "{path} is already open in another ReflectDesk ({detail}). "
        "Close that window first, then try again."
    )


class DatabaseBusyError(DatabaseFileError):
    code = "busy"
    template = (
        "{path} is busy: another program is writing to it. Nothing was saved; "
        "try again in a moment."
    )


class DiskFullError(DatabaseFileError):
    code = "disk_full"
    template = "The disk holding {path} is full. Nothing was saved; free some space and try again."


class PermissionDeniedError(DatabaseFileError):
    """``detail`` says what was refused (the OS message, or which access is missing)."""

    code = "permission_denied"
    template = (
        "ReflectDesk is not allowed to open {path}: {detail}. Nothing is wrong with the "
        "file; check who owns it and its permissions, or choose another location."
    )


class MigrationError(StoreError):
    code = "migration_failed"

    def __init__(self, path: Path, detail: str, backup: Path | None) -> None:
        where = f" A backup made just before is at {backup}." if backup else ""
        super().__init__(
            f"Upgrading {path} failed ({detail}); the database was left as it was.{where}",
            path=str(path),
        )
