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

The checks, each a problem that is one :class:`ArchiveError`: the manifest
(:func:`read_manifest`: the format name, the version, the schema revision), every file's
size and checksum, its row count, and every row's columns, value types and rules
(:func:`decode_row`). export/archive_reader.py applies them while it streams an archive's
rows into an import.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import zipfile
from collections.abc import Collection, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Column, Table

from reflectdesk.core.errors import N_, InvalidInputError, ReflectDeskError, words
from reflectdesk.core.input_files import size_text
from reflectdesk.core.record_rules import check_record
from reflectdesk.export.archive_values import decode_value, encode_value, quoted

FORMAT_NAME = "reflectdesk-archive"
VERSION = 1
MANIFEST = "manifest.json"
ENVELOPES = "private_envelopes"
ENVELOPE_COLUMNS = ("note_id", "envelope")

Row = dict[str, Any]

# Columns each revision added, per table: an archive made before that revision lacks them,
# and its rows read with None there (every column listed is nullable). An archive of an
# older revision is read only when every revision after it is listed here.
ADDED_COLUMNS: Mapping[str, Mapping[str, tuple[str, ...]]] = {
    "0011": {
        "groups": ("language",),
        **{
            table: ("texts",)
            for table in ("formats", "format_phases", "decks", "cards", "questionnaires")
        },
        "questions": ("texts",),
    },
    "0012": {"groups": ("programme_id",), "responses": ("respondent_code",)},
    "0013": {},  # indexes only
    "0014": {},  # the search index's prefixes: no archived column changed
    "0015": {},  # the search index's joined words: no archived column changed
    "0016": {
        "persons": ("registration_number",),
        "groups": ("accreditation_id",),
        "sessions": ("accreditation_id", "attendance_list_exported_at"),
        "attendance": ("minutes_missed",),
    },
    "0017": {},  # the hub's access tables and policies: nothing on the laptop
    "0018": {},  # the hub's policies by row, its registration numbers dropped: hub-only
}


# Tables each revision added: an archive made before that revision has no file for them,
# and the reader reads them as empty (a 0011 archive has no programmes.json; its groups
# import outside any programme, since groups.programme_id reads as None).
ADDED_TABLES: Mapping[str, tuple[str, ...]] = {
    "0012": ("programmes",),
    "0016": ("leader_log_entries",),
}


def added_since(archive_schema: str, schema: str) -> dict[str, set[str]] | None:
    """The columns per table added after ``archive_schema`` up to ``schema``, or None when
    an archive of ``archive_schema`` cannot be read by this version."""
    from reflectdesk.store.schema import KNOWN_REVISIONS

    added: dict[str, set[str]] = {}
    revision = schema
    while revision != archive_schema:
        if revision not in ADDED_COLUMNS or revision not in KNOWN_REVISIONS[1:]:
            return None
        for table, columns in ADDED_COLUMNS[revision].items():
            added.setdefault(table, set()).update(columns)
        revision = KNOWN_REVISIONS[KNOWN_REVISIONS.index(revision) - 1]
    return added


# An archive of years of a busy practice is tens of megabytes; its largest table unpacks
# to a few times that. The caps keep a crafted file from filling memory.
ARCHIVE_MAX_BYTES = 1024**3
MEMBER_MAX_BYTES = 512 * 1024**2
ENVELOPE_MAX_BYTES = 1024**2


class ArchiveError(ReflectDeskError):
    """An archive that cannot be read or imported; nothing was written."""

    code = "archive_error"

    def __init__(self, path: Path, detail: str, **fields: object) -> None:
        """``detail`` (marked with N_, or already in the process language) is translated
        here and filled with ``fields``."""
        texts = words()
        detail = texts.gettext(detail).format(**fields) if fields else texts.gettext(detail)
        message = texts.gettext(
            "{path} cannot be imported: {detail}. The database has not been changed."
        )
        super().__init__(message.format(path=path, detail=detail), path=str(path), detail=detail)


# -- values ------------------------------------------------------------------------------


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


class TooDeepError(ValueError):
    """JSON nested deeper than Python's recursion limit lets json parse."""


def parse_json(data: bytes) -> Any:
    """Parsed JSON; the recursion limit is the depth cap (an archive's rows nest two
    deep), reported as a ValueError like any other unreadable JSON."""
    try:
        return json.loads(data.decode("utf-8"))
    except RecursionError:
        raise TooDeepError from None


def nesting(error: Exception) -> str:
    if not isinstance(error, TooDeepError):
        return ""
    return " " + words().gettext("(its lists or records are nested too deeply)")


def _describe(value: object) -> str:
    if isinstance(value, str):
        return f"the text {quoted(value)}"
    return "nothing" if value is None else quoted(str(value))[1:-1]


def read_manifest(path: Path, archive: zipfile.ZipFile, schema: str) -> dict[str, Any]:
    try:
        data = read_member(path, archive, MANIFEST)
    except KeyError:
        raise ArchiveError(
            path, N_("it is not a ReflectDesk archive (it has no manifest)")
        ) from None
    try:
        manifest = parse_json(data)
    except (UnicodeDecodeError, ValueError) as error:
        raise ArchiveError(
            path, N_("its manifest cannot be read{nesting}"), nesting=nesting(error)
        ) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        raise ArchiveError(path, N_("it is not a ReflectDesk archive"))
    version = manifest.get("version")
    if type(version) is not int:
        raise ArchiveError(
            path,
            N_(
                "its manifest gives its version as {found}, not as a whole number; this "
                "ReflectDesk reads archives of version {known}"
            ),
            found=_describe(version),
            known=VERSION,
        )
    if version != VERSION:
        raise ArchiveError(
            path,
            N_(
                "it is an archive of version {version}, and this ReflectDesk reads "
                "version {known} only"
            ),
            version=version,
            known=VERSION,
        )
    archive_schema = manifest.get("schema")
    if not isinstance(archive_schema, str) or added_since(archive_schema, schema) is None:
        raise ArchiveError(
            path,
            N_(
                "it was made by a different ReflectDesk version (database schema "
                "{found}; this version has {schema}). Import it with the same version of "
                "ReflectDesk that made it"
            ),
            found=manifest.get("schema"),
            schema=schema,
        )
    group_id = manifest.get("group_id")
    if group_id is not None and not isinstance(group_id, str):
        raise ArchiveError(
            path, N_("its manifest names its group in a way this version cannot read")
        )
    tables = manifest.get("tables")
    if not isinstance(tables, dict) or not all(
        isinstance(entry, dict) for entry in tables.values()
    ):
        raise ArchiveError(path, N_("its manifest does not list its tables"))
    return manifest


def member_info(path: Path, archive: zipfile.ZipFile, name: str) -> zipfile.ZipInfo:
    """One file of the zip, refused when its stated size is over the cap (zipfile never
    reads past the stated size, so a header that lies cannot either); KeyError when it
    is missing."""
    info = archive.getinfo(name)
    if info.file_size > MEMBER_MAX_BYTES:
        raise ArchiveError(
            path,
            N_("its file {name} would unpack to {size}; the limit is {limit}"),
            name=name,
            size=size_text(info.file_size),
            limit=size_text(MEMBER_MAX_BYTES),
        )
    return info


def read_member(path: Path, archive: zipfile.ZipFile, name: str) -> bytes:
    """One file of the zip, whole (see member_info); KeyError when it is missing."""
    return archive.read(member_info(path, archive, name))


def decode_row(
    path: Path,
    table: Table,
    columns: Mapping[str, Column[Any]],
    number: int,
    given: object,
    *,
    added: Collection[str] = (),
) -> Row:
    """Row ``number`` (from 1) of ``table`` decoded for its ``columns`` (vault_seam's
    copyable ones) and checked against the rules of its table (core/record_rules), the
    same the forms and the definition files obey; a problem is an ArchiveError naming the
    table, the row and the field. The ``added`` columns, new since the archive was made,
    may be missing (then None)."""
    where = f"row {number} of table {table.name}"
    if not isinstance(given, dict):
        raise ArchiveError(path, N_("{where} is not a record"), where=where)
    row = {name: None for name in added if name not in given} | given
    if set(row) != set(columns):
        missing = sorted(set(columns) - set(row))
        extra = sorted(set(row) - set(columns))
        texts = words()
        if missing:
            odd = texts.gettext("missing {names}").format(names=missing)
        else:
            odd = texts.gettext("unknown {names}").format(names=extra)
        raise ArchiveError(path, N_("{where} has {columns} columns"), where=where, columns=odd)
    values: Row = {}
    for name, column in columns.items():
        try:
            values[name] = decode_value(column, row[name])
        except (ValueError, binascii.Error) as error:
            raise ArchiveError(
                path, N_("{where}, field {name}: {error}"), where=where, name=name, error=error
            ) from None
    try:
        return check_record(table.name, values)
    except InvalidInputError as error:
        reason = str(error).rstrip(".").removeprefix(f"field {error.field} ")
        raise ArchiveError(
            path,
            N_("{where}, field {field}: {reason}"),
            where=where,
            field=error.field,
            reason=reason,
        ) from None


def decode_envelopes(path: Path, rows: list[Any]) -> dict[str, bytes]:
    envelopes = {}
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, dict) or set(row) != set(ENVELOPE_COLUMNS):
            raise ArchiveError(
                path, N_("private note {number} is not a complete record"), number=number
            )
        note_id, envelope = row["note_id"], row["envelope"]
        try:
            if not isinstance(note_id, str) or not isinstance(envelope, str):
                raise ValueError("not text")
            if len(envelope) > ENVELOPE_MAX_BYTES * 4 // 3 + 4:
                raise ArchiveError(
                    path, N_("private note {number} is larger than a note can be"), number=number
                )
            envelopes[note_id] = base64.b64decode(envelope, validate=True)
        except (ValueError, binascii.Error):
            raise ArchiveError(
                path, N_("private note {number} cannot be read"), number=number
            ) from None
    return envelopes
