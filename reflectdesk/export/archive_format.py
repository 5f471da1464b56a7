"""The archive file: a zip of one JSON file per table and a manifest, read and checked.

Layout (version 1)::

    manifest.json   {"format": "reflectdesk-archive", "version": 1, "schema": "0006",
                     "created_at": ISO time with offset, "group_id": id or null,
                     "tables": {name: {"rows": n, "sha256": hex of the file}}}
    <table>.json    a list of rows, each a dict of column -> value
    private_envelopes.json   {"note_id", "envelope"}: private notes' stored form, base64,
                             exactly as in the database (never decoded)

Values: text and numbers as they are, booleans as JSON booleans, dates as ISO dates,
datetimes as ISO times with their UTC offset, bytes as base64.

:func:`read_archive` checks everything before anything is written: that the file is a
readable zip, the manifest, the format name, the version, the schema revision, every
file's checksum and row count, and every row's columns and value types; any problem is
one :class:`ArchiveError`.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import zipfile
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Column, Date, Float, Integer, LargeBinary, Table

from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.store.models.base import UTCDateTime

FORMAT_NAME = "reflectdesk-archive"
VERSION = 1
MANIFEST = "manifest.json"
ENVELOPES = "private_envelopes"
ENVELOPE_COLUMNS = ("note_id", "envelope")

Row = dict[str, Any]


class ArchiveError(ReflectDeskError):
    """An archive that cannot be read or imported; nothing was written."""

    code = "archive_error"

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            f"{path} cannot be imported: {detail}. The database has not been changed.",
            path=str(path),
            detail=detail,
        )


@dataclass(frozen=True, slots=True)
class ArchiveContents:
    """A checked archive: its manifest fields and every table's decoded rows."""

    schema: str
    created_at: str
    group_id: str | None
    tables: dict[str, list[Row]]
    envelopes: dict[str, bytes]


# -- values ------------------------------------------------------------------------------


def encode_value(value: object) -> object:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def decode_value(column: Column[Any], value: object) -> object:
    """The Python value of ``value`` read from JSON for ``column``; ValueError if it does
    not fit the column."""
    if value is None:
        if not column.nullable:
            raise ValueError(f"{column.name} is empty")
        return None
    kind = column.type
    if isinstance(kind, UTCDateTime):
        moment = datetime.fromisoformat(_text(column, value))
        if moment.tzinfo is None:
            raise ValueError(f"{column.name} has no UTC offset")
        return moment
    if isinstance(kind, Date):
        return date.fromisoformat(_text(column, value))
    if isinstance(kind, LargeBinary):
        return base64.b64decode(_text(column, value), validate=True)
    if isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise ValueError(f"{column.name} is not true or false")
        return value
    if isinstance(kind, Integer):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"{column.name} is not a whole number")
        return value
    if isinstance(kind, Float):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"{column.name} is not a number")
        return float(value)
    return _text(column, value)


def _text(column: Column[Any], value: object) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{column.name} is not text")
    return value


# -- writing -----------------------------------------------------------------------------


def table_bytes(rows: Sequence[Mapping[str, object]]) -> bytes:
    encoded = [{name: encode_value(value) for name, value in row.items()} for row in rows]
    return json.dumps(encoded, ensure_ascii=False, indent=1).encode("utf-8")


def archive_bytes(
    tables: Mapping[str, Sequence[Mapping[str, object]]],
    *,
    schema: str,
    created_at: datetime,
    group_id: str | None,
) -> bytes:
    """The whole archive, in memory (so that the file is written in one atomic step)."""
    import io

    files = {name: table_bytes(rows) for name, rows in tables.items()}
    manifest = {
        "format": FORMAT_NAME,
        "version": VERSION,
        "schema": schema,
        "created_at": created_at.isoformat(),
        "group_id": group_id,
        "tables": {
            name: {"rows": len(tables[name]), "sha256": hashlib.sha256(data).hexdigest()}
            for name, data in files.items()
        },
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
        for name, data in files.items():
            archive.writestr(f"{name}.json", data)
    return buffer.getvalue()


# -- reading -----------------------------------------------------------------------------


def read_archive(path: Path, tables: Sequence[Table], schema: str) -> ArchiveContents:
    """The checked contents of the archive at ``path`` for the current ``tables`` and
    ``schema``; ArchiveError on any problem (OSError if it cannot be opened at all)."""
    try:
        with zipfile.ZipFile(path) as archive:
            manifest = _manifest(path, archive, schema)
            listed = manifest["tables"]
            expected = {table.name for table in tables} | {ENVELOPES}
            unknown = sorted(set(listed) - expected)
            if unknown:
                raise ArchiveError(path, f"it holds tables this version does not know: {unknown}")
            raw = {name: _table_file(path, archive, name, listed[name]) for name in listed}
    # zipfile raises NotImplementedError for a compression method it lacks and
    # RuntimeError for an encrypted member: neither is ours, both mean "not readable".
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as error:
        detail = f"it is not a ReflectDesk archive, or it is damaged or incomplete ({error})"
        raise ArchiveError(path, detail) from None
    decoded = {table.name: _decode_rows(path, table, raw.get(table.name, [])) for table in tables}
    return ArchiveContents(
        schema=str(manifest["schema"]),
        created_at=str(manifest.get("created_at", "")),
        group_id=manifest.get("group_id"),
        tables=decoded,
        envelopes=_decode_envelopes(path, raw.get(ENVELOPES, [])),
    )


def _manifest(path: Path, archive: zipfile.ZipFile, schema: str) -> dict[str, Any]:
    try:
        data = archive.read(MANIFEST)
    except KeyError:
        raise ArchiveError(path, "it is not a ReflectDesk archive (it has no manifest)") from None
    try:
        manifest = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise ArchiveError(path, "its manifest cannot be read") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        raise ArchiveError(path, "it is not a ReflectDesk archive")
    version = manifest.get("version")
    if version != VERSION:
        raise ArchiveError(
            path,
            f"it is an archive of version {version}, and this ReflectDesk reads version "
            f"{VERSION} only",
        )
    if manifest.get("schema") != schema:
        raise ArchiveError(
            path,
            f"it was made by a different ReflectDesk version (database schema "
            f"{manifest.get('schema')}; this version has {schema}). Import it with the same "
            "version of ReflectDesk that made it",
        )
    group_id = manifest.get("group_id")
    if group_id is not None and not isinstance(group_id, str):
        raise ArchiveError(path, "its manifest names its group in a way this version cannot read")
    tables = manifest.get("tables")
    if not isinstance(tables, dict) or not all(
        isinstance(entry, dict) for entry in tables.values()
    ):
        raise ArchiveError(path, "its manifest does not list its tables")
    return manifest


def _table_file(
    path: Path, archive: zipfile.ZipFile, name: str, entry: Mapping[str, Any]
) -> list[Any]:
    try:
        data = archive.read(f"{name}.json")
    except KeyError:
        raise ArchiveError(path, f"the file of table {name} is missing") from None
    if hashlib.sha256(data).hexdigest() != entry.get("sha256"):
        raise ArchiveError(path, f"the checksum of table {name} does not match (it was changed)")
    try:
        rows = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise ArchiveError(path, f"the file of table {name} cannot be read") from None
    if not isinstance(rows, list) or len(rows) != entry.get("rows"):
        raise ArchiveError(path, f"table {name} does not hold the rows its manifest lists")
    return rows


def _decode_rows(path: Path, table: Table, rows: list[Any]) -> list[Row]:
    from reflectdesk.store.vault_seam import copyable_columns

    columns = {column.name: column for column in copyable_columns(table)}
    decoded = []
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, dict):
            raise ArchiveError(path, f"row {number} of table {table.name} is not a record")
        if set(row) != set(columns):
            missing = sorted(set(columns) - set(row))
            extra = sorted(set(row) - set(columns))
            detail = f"missing {missing}" if missing else f"unknown {extra}"
            raise ArchiveError(path, f"row {number} of table {table.name} has {detail} columns")
        try:
            decoded.append({name: decode_value(columns[name], row[name]) for name in columns})
        except (ValueError, binascii.Error) as error:
            raise ArchiveError(path, f"row {number} of table {table.name}: {error}") from None
    return decoded


def _decode_envelopes(path: Path, rows: list[Any]) -> dict[str, bytes]:
    envelopes = {}
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, dict) or set(row) != set(ENVELOPE_COLUMNS):
            raise ArchiveError(path, f"private note {number} is not a complete record")
        note_id, envelope = row["note_id"], row["envelope"]
        try:
            if not isinstance(note_id, str) or not isinstance(envelope, str):
                raise ValueError("not text")
            envelopes[note_id] = base64.b64decode(envelope, validate=True)
        except (ValueError, binascii.Error):
            raise ArchiveError(path, f"private note {number} cannot be read") from None
    return envelopes
