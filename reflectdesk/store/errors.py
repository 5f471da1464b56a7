"""Why a database cannot be opened or written, in words a facilitator can act on."""

from __future__ import annotations

from pathlib import Path

from reflectdesk.core.errors import ReflectDeskError


class StoreError(ReflectDeskError):
    code = "store_error"


class NotADatabaseError(StoreError):
    code = "not_a_database"

    def __init__(self, path: Path, detail: str = "it is not a database file") -> None:
        super().__init__(
            f"{path} cannot be opened: {detail}. "
            "Choose a ReflectDesk database, or a new file name to start a new one.",
            path=str(path),
        )


class CorruptDatabaseError(StoreError):
    code = "corrupt_database"

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            f"{path} is damaged ({detail}). It has not been changed. "
            "Restore it from a backup in the 'backups' folder beside it.",
            path=str(path),
            detail=detail,
        )


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


class ReadOnlyLocationError(StoreError):
    code = "read_only"

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            f"ReflectDesk cannot write to {path}: {detail}. "
            "Choose another location with --db PATH or the REFLECTDESK_DATA_DIR variable.",
            path=str(path),
        )


class DatabaseInUseError(StoreError):
    code = "in_use"

    def __init__(self, path: Path, holder: str) -> None:
        super().__init__(
            f"{path} is already open in another ReflectDesk ({holder}). "
            "Close that window first, then try again.",
            path=str(path),
        )


class DatabaseBusyError(StoreError):
    code = "busy"

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path} is busy: another program is writing to it. Nothing was saved; "
            "try again in a moment.",
            path=str(path),
        )


class DiskFullError(StoreError):
    code = "disk_full"

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"The disk holding {path} is full. Nothing was saved; free some space and try again.",
            path=str(path),
        )


class MigrationError(StoreError):
    code = "migration_failed"

    def __init__(self, path: Path, detail: str, backup: Path | None) -> None:
        where = f" A backup made just before is at {backup}." if backup else ""
        super().__init__(
            f"Upgrading {path} failed ({detail}); the database was left as it was.{where}",
            path=str(path),
        )
