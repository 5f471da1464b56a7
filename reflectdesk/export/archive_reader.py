"""An archive opened for import, read one table at a time, so that an import's memory
follows the archive's largest table and never the whole archive (nor the database).

Opening checks the manifest (archive_format.read_manifest) and reads every listed file
once in chunks to check its size and checksum, keeping nothing: a tampered or damaged
archive is refused before the import's transaction begins. ``rows(table)`` then reads
that table's file, checks its checksum again (the file may have changed since it was
opened) and yields its rows one by one, each decoded and checked against its table's
rules (archive_format.decode_row) as it is reached, and its row count at the end. A
problem found there is an ArchiveError inside the import's one transaction, which rolls
everything back: nothing is written either way.
"""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
import zlib
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Table

from reflectdesk.core.errors import N_, words
from reflectdesk.core.input_files import UnreadableInputError, check_regular
from reflectdesk.export.archive_format import (
    ARCHIVE_MAX_BYTES,
    ENVELOPES,
    ArchiveError,
    Row,
    TooDeepError,
    added_since,
    decode_envelopes,
    decode_row,
    member_info,
    nesting,
    parse_json,
    read_manifest,
    read_member,
)

__all__ = ["ArchiveReader"]

CHECKSUM_CHUNK_BYTES = 1024 * 1024
# zipfile raises NotImplementedError for a compression method it lacks and RuntimeError
# for an encrypted member: neither is ours, both mean "not readable".
_DAMAGED = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError)
_SPACE = re.compile(r"[ \t\n\r]*")


@contextmanager
def _readable(path: Path) -> Iterator[None]:
    try:
        yield
    except _DAMAGED as error:
        detail = f"it is not a ReflectDesk archive, or it is damaged or incomplete ({error})"
        raise ArchiveError(path, detail) from None


def _after_space(text: str, position: int) -> int:
    match = _SPACE.match(text, position)
    return match.end() if match else position


class ArchiveReader:
    """The checked manifest of one archive and its rows, table by table (see the module
    docstring); a context manager that closes the file."""

    def __init__(self, path: Path, tables: Sequence[Table], schema: str) -> None:
        """ArchiveError on any problem with the file; OSError if it cannot be opened."""
        try:
            check_regular(path, ARCHIVE_MAX_BYTES)
        except UnreadableInputError as refused:
            raise ArchiveError(path, N_("it {reason}"), reason=refused.reason) from None
        self.path = path
        with _readable(path):
            self._zip = zipfile.ZipFile(path)
        try:
            with _readable(path):
                manifest = read_manifest(path, self._zip, schema)
                self._listed: Mapping[str, Mapping[str, Any]] = manifest["tables"]
                expected = {table.name for table in tables} | {ENVELOPES}
                unknown = sorted(set(self._listed) - expected)
                if unknown:
                    raise ArchiveError(
                        path,
                        N_("it holds tables this version does not know: {unknown}"),
                        unknown=unknown,
                    )
                for name, entry in self._listed.items():
                    self._check_sum(name, entry)
        except BaseException:
            self._zip.close()
            raise
        self.schema = str(manifest["schema"])
        self.created_at = str(manifest.get("created_at", ""))
        self.group_id: str | None = manifest.get("group_id")
        self._added = added_since(self.schema, schema) or {}

    def __enter__(self) -> ArchiveReader:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._zip.close()

    def rows(self, table: Table) -> Iterator[Row]:
        """The decoded, checked rows of ``table``, in the archive's order (none when the
        archive lists no such table: one made before the table existed)."""
        from reflectdesk.store.vault_seam import copyable_columns

        entry = self._listed.get(table.name)
        if entry is None:
            return
        expected = entry.get("rows")
        columns = {column.name: column for column in copyable_columns(table)}
        added = self._added.get(table.name, ())
        count = 0
        for count, given in enumerate(self._items(table.name, entry), start=1):
            if isinstance(expected, int) and count > expected:
                break
            yield decode_row(self.path, table, columns, count, given, added=added)
        if count != expected:
            raise ArchiveError(
                self.path,
                N_("table {name} does not hold the rows its manifest lists"),
                name=table.name,
            )

    def envelopes(self) -> dict[str, bytes]:
        """The private notes' stored forms by note id (an archive's smallest part: a few
        hundred bytes a note)."""
        entry = self._listed.get(ENVELOPES)
        if entry is None:
            return {}
        items = list(self._items(ENVELOPES, entry))
        if len(items) != entry.get("rows"):
            raise ArchiveError(
                self.path,
                N_("table {name} does not hold the rows its manifest lists"),
                name=ENVELOPES,
            )
        return decode_envelopes(self.path, items)

    # -- the files -----------------------------------------------------------------------

    def _check_sum(self, name: str, entry: Mapping[str, Any]) -> None:
        """The file of table ``name`` is there, within the size cap, and matches its
        checksum; read in chunks and not kept."""
        try:
            info = member_info(self.path, self._zip, f"{name}.json")
        except KeyError:
            raise self._missing(name) from None
        digest = hashlib.sha256()
        with self._zip.open(info) as member:
            while chunk := member.read(CHECKSUM_CHUNK_BYTES):
                digest.update(chunk)
        if digest.hexdigest() != entry.get("sha256"):
            raise self._changed(name)

    def _items(self, name: str, entry: Mapping[str, Any]) -> Iterator[Any]:
        """The JSON values in the list that is the file of table ``name``, one at a time."""
        with _readable(self.path):
            try:
                data = read_member(self.path, self._zip, f"{name}.json")
            except KeyError:
                raise self._missing(name) from None
        if hashlib.sha256(data).hexdigest() != entry.get("sha256"):
            raise self._changed(name)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            raise self._unreadable(name, error) from None
        del data  # the text alone from here on
        yield from self._list_items(name, text)

    def _list_items(self, name: str, text: str) -> Iterator[Any]:
        """The values of the JSON list ``text``, parsed one at a time (json's own decoder,
        so exactly what json.loads accepts)."""
        position = _after_space(text, 0)
        if not text.startswith("[", position):
            # Not a list: either no JSON at all, or JSON of another shape.
            try:
                parse_json(text.encode("utf-8"))
            except (UnicodeEncodeError, ValueError) as error:
                raise self._unreadable(name, error) from None
            raise ArchiveError(
                self.path,
                N_("table {name} does not hold the rows its manifest lists"),
                name=name,
            )
        decoder = json.JSONDecoder()
        position = _after_space(text, position + 1)
        if text.startswith("]", position):
            self._end(name, text, position)
            return
        while True:
            try:
                item, position = decoder.raw_decode(text, position)
            except ValueError as error:
                raise self._unreadable(name, error) from None
            except RecursionError:
                raise self._unreadable(name, TooDeepError()) from None
            yield item
            position = _after_space(text, position)
            if text.startswith(",", position):
                position = _after_space(text, position + 1)
            elif text.startswith("]", position):
                self._end(name, text, position)
                return
            else:
                raise self._unreadable(name, ValueError("expected , or ]"))

    def _end(self, name: str, text: str, bracket: int) -> None:
        """Nothing but white space follows the list's closing ``bracket``."""
        if _after_space(text, bracket + 1) != len(text):
            raise self._unreadable(name, ValueError("extra data"))

    # -- the problems --------------------------------------------------------------------

    def _missing(self, name: str) -> ArchiveError:
        return ArchiveError(self.path, N_("the file of table {name} is missing"), name=name)

    def _changed(self, name: str) -> ArchiveError:
        return ArchiveError(
            self.path,
            N_("the checksum of table {name} does not match (it was changed)"),
            name=name,
        )

    def _unreadable(self, name: str, error: Exception) -> ArchiveError:
        detail = words().gettext("the file of table {name} cannot be read{nesting}")
        return ArchiveError(self.path, detail.format(name=name, nesting=nesting(error)))
