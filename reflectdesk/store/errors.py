"""Why a database cannot be opened or written, in words a facilitator can act on."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from reflectdesk.core.errors import N_, ReflectDeskError, words

if TYPE_CHECKING:
    from pathlib import Path


class StoreError(ReflectDeskError):
    code = "store_error"


class DatabaseFileError(StoreError):
    """An error about one file: the message names it and ``params["path"]`` carries it.

    Each subclass words its message as ``template`` (marked with ``N_``, translated
    here), filled with ``{path}`` and the ``{detail}`` the caller gives (what the
    operating system or SQLite said, or who holds the file, already in the process
    language), so the sentences differ while the construction stays in one place.
    """

    template: ClassVar[str] = "{path}"

    # Positional-only, so that a subclass can also keep ``detail`` among the params.
    def __init__(self, path: Path, detail: str = "", /, **params: object) -> None:
        message = words().gettext(self.template).format(path=path, detail=detail)
        super().__init__(message, path=str(path), **params)


class NotADatabaseError(DatabaseFileError):
    code = "not_a_database"
    template = N_(
        "{path} cannot be opened: {detail}. "
        "Choose a ReflectDesk database, or a new file name to start a new one."
    )

    def __init__(self, path: Path, detail: str = "") -> None:
        super().__init__(path, detail or words().gettext("it is not a database file"))


class ForeignDatabaseError(NotADatabaseError):
    """A healthy file that is not ReflectDesk's: another program's SQLite database
    (store/schema_shape.py says how it is told apart). Nothing about it is damaged, so it
    is never met with advice to restore a backup."""

    code = "foreign_database"
    template = N_(
        "{path} is not a ReflectDesk database: {detail}. It has not been changed. "
        "Choose a ReflectDesk database, or a new file name to start a new one."
    )

    def __init__(self, path: Path, detail: str = "") -> None:
        detail = detail or words().gettext("it is a database of another program")
        DatabaseFileError.__init__(self, path, detail, detail=detail)


class CorruptDatabaseError(DatabaseFileError):
    code = "corrupt_database"
    template = N_(
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
            words()
            .gettext(
                "{path} was written by a newer version of ReflectDesk (schema {found}; "
                "this version knows up to {known}). Update ReflectDesk to open it; "
                "the file has not been changed."
            )
            .format(path=path, found=shown, known=known),
            path=str(path),
            found=found,
            known=known,
        )


class ReadOnlyLocationError(DatabaseFileError):
    """``detail`` says what is read-only (the OS message, or "the folder is read-only")."""

    code = "read_only"
    template = N_(
        "ReflectDesk cannot write to {path}: {detail}. "
        "Choose another location with --db PATH or the REFLECTDESK_DATA_DIR variable."
    )


class DatabaseInUseError(DatabaseFileError):
    """``detail`` names the holder of the instance lock (host and process id)."""

    code = "in_use"
    template = N_(
        "{path} is already open in another ReflectDesk ({detail}). "
        "Close that window first, then try again."
    )


class DatabaseBusyError(DatabaseFileError):
    code = "busy"
    template = N_(
        "{path} is busy: another program is writing to it. Nothing was saved; "
        "try again in a moment."
    )


class DiskFullError(DatabaseFileError):
    code = "disk_full"
    template = N_(
        "The disk holding {path} is full. Nothing was saved; free some space and try again."
    )


class PermissionDeniedError(DatabaseFileError):
    """``detail`` says what was refused (the OS message, or which access is missing)."""

    code = "permission_denied"
    template = N_(
        "ReflectDesk is not allowed to open {path}: {detail}. Nothing is wrong with the "
        "file; check who owns it and its permissions, or choose another location."
    )


class MigrationError(StoreError):
    code = "migration_failed"

    def __init__(self, path: Path, detail: str, backup: Path | None) -> None:
        texts = words()
        message = texts.gettext(
            "Upgrading {path} failed ({detail}); the database was left as it was."
        ).format(path=path, detail=detail)
        if backup:
            where = texts.gettext("A backup made just before is at {backup}.")
            message += " " + where.format(backup=backup)
        super().__init__(message, path=str(path))
