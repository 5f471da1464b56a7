"""Archive import streams (issue 16): it reads from the database only the rows the archive
shares with it, whatever else the database holds; merging in chunks gives the same result
as merging whole tables; a tampered file is refused before anything is inserted; and the
rows are read from each table file one by one, accepting exactly the JSON json.loads does.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event, insert

from reflectdesk.export import archive_merge
from reflectdesk.export.archive import ArchiveError, ImportSummary, export_archive, import_archive
from reflectdesk.store.database import open_store
from reflectdesk.store.models.groups import Group, Person
from tests.export.rich import Rich, dump, file_digest, seeded_store


@pytest.fixture
def greek(rich: Rich, tmp_path: Path) -> Path:
    """An archive of the rich database's Greek group."""
    out = tmp_path / "greek.rdarchive"
    with open_store(rich.path) as store:
        export_archive(store, out, rich.group_id)
    return out


@pytest.fixture
def everything(rich: Rich, tmp_path: Path) -> Path:
    out = tmp_path / "everything.rdarchive"
    with open_store(rich.path) as store:
        export_archive(store, out)
    return out


# -- rows read from the database ---------------------------------------------------------


class _Counted:
    """Rows fetched from every database connection opened while installed, counted only
    while ``counting``."""

    def __init__(self) -> None:
        self.rows = 0
        self.statements: list[str] = []
        self.counting = False


class _CountingCursor(sqlite3.Cursor):
    counted: _Counted

    def execute(self, sql: str, parameters: Any = (), /) -> _CountingCursor:
        if self.counted.counting:
            self.counted.statements.append(sql)
        return super().execute(sql, parameters)

    def executemany(self, sql: str, parameters: Any, /) -> _CountingCursor:
        if self.counted.counting:
            self.counted.statements.append(sql)
        return super().executemany(sql, parameters)

    def fetchone(self) -> Any:
        row = super().fetchone()
        if self.counted.counting and row is not None:
            self.counted.rows += 1
        return row

    def fetchmany(self, size: int | None = None) -> list[Any]:
        rows = super().fetchmany(self.arraysize if size is None else size)
        if self.counted.counting:
            self.counted.rows += len(rows)
        return rows

    def fetchall(self) -> list[Any]:
        rows = super().fetchall()
        if self.counted.counting:
            self.counted.rows += len(rows)
        return rows


@pytest.fixture
def counted() -> Iterator[_Counted]:
    """Every connection SQLAlchemy opens meanwhile hands out counting cursors."""
    tally = _Counted()

    class Cursor(_CountingCursor):
        counted = tally

    class Connection(sqlite3.Connection):
        def cursor(self, factory: Any = Cursor) -> Any:
            return super().cursor(factory)

    def with_counting(_dialect: Any, _record: Any, _args: Any, params: dict[str, Any]) -> None:
        params["factory"] = Connection

    event.listen(Engine, "do_connect", with_counting)
    yield tally
    event.remove(Engine, "do_connect", with_counting)


def _import_counting(target: Path, archive: Path, counted: _Counted) -> tuple[ImportSummary, int]:
    with seeded_store(target) as store:
        counted.rows = 0
        counted.counting = True
        try:
            summary = import_archive(store, archive)
        finally:
            counted.counting = False
    return summary, counted.rows


def _with_other_groups(path: Path, groups: int, people: int) -> None:
    """A database holding ``groups`` groups and ``people`` people the archive knows
    nothing of."""
    with seeded_store(path) as store:
        if not groups:
            return
        with store.transaction() as session:
            session.execute(insert(Group), [{"name": f"Intervisie {n}"} for n in range(groups)])
            session.execute(insert(Person), [{"display_name": f"Lid {n}"} for n in range(people)])


def test_rows_read_from_the_database_follow_the_archive_not_the_database(
    greek: Path, tmp_path: Path, counted: _Counted
) -> None:
    small, large = tmp_path / "small.db", tmp_path / "large.db"
    _with_other_groups(small, groups=0, people=0)
    _with_other_groups(large, groups=400, people=3_000)

    into_small, read_small = _import_counting(small, greek, counted)
    into_large, read_large = _import_counting(large, greek, counted)

    assert into_large.added == into_small.added and into_large.kept == into_small.kept
    archive_rows = into_small.total_added + into_small.total_kept
    # Today's importer read every id and key of the target first: 3,400 more rows here.
    assert read_large == read_small
    assert read_small <= archive_rows + 10  # its matches, the vault and a few checks
    small_rows, large_rows = dump(small), dump(large)
    for table in ("groups", "persons", "sessions", "notes", "attendance", "clock_events"):
        assert set(small_rows[table]) <= set(large_rows[table]), table


def test_a_tampered_table_is_refused_before_anything_is_inserted(
    everything: Path, tmp_path: Path, counted: _Counted
) -> None:
    """The last table's checksum is checked before the first table's rows go in."""
    bad = tmp_path / "bad.rdarchive"
    with zipfile.ZipFile(everything) as source, zipfile.ZipFile(bad, "w") as out:
        for name in source.namelist():
            data = source.read(name)
            if name == "answers.json":
                data = data.replace(b"\n", b"\n ", 1)
            out.writestr(name, data)
    target = tmp_path / "target.db"
    with seeded_store(target):
        pass
    before = file_digest(target)
    with seeded_store(target) as store, pytest.raises(ArchiveError) as caught:
        counted.counting = True
        import_archive(store, bad)
    counted.counting = False
    assert "the checksum of table answers does not match" in str(caught.value)
    assert not [sql for sql in counted.statements if sql.lstrip().upper().startswith("INSERT")]
    assert file_digest(target) == before


# -- the same merge, whatever the chunk ---------------------------------------------------


def _merged(template: Path, archive: Path, target: Path) -> dict[str, Any]:
    """A copy of ``template`` as ``target`` after importing ``archive`` twice."""
    shutil.copyfile(template, target)
    with seeded_store(target) as store:
        first = import_archive(store, archive)
        again = import_archive(store, archive)
    assert first.total_added > 0 and again.total_added == 0
    return dump(target)


def test_the_merge_is_the_same_whatever_the_chunk_size(
    everything: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Into a database with its own built-ins and a user format of the same key as the
    Greek group's (so one archived format gets a free key, rule 2)."""
    from reflectdesk.store.user_formats import copy_format, list_format_definitions

    template = tmp_path / "template.db"
    with seeded_store(template) as store:
        builtin = next(s for s, _ in list_format_definitions(store) if s.builtin)
        copy_format(store, builtin.id, "Balint ισχυρή παραλλαγή")
    whole = _merged(template, everything, tmp_path / "whole.db")
    for size in (1, 2, 7):
        monkeypatch.setattr(archive_merge, "LOOKUP_CHUNK", size)
        assert _merged(template, everything, tmp_path / f"chunk-{size}.db") == whole, size


# -- the rows of a table file, one at a time ---------------------------------------------


def _rewritten(source: Path, out: Path, name: str, text: str | None = None) -> Path:
    """``source`` with the file of table ``name`` written out as ``text`` (None: the
    same rows, compact), its checksum made right."""
    import hashlib

    with zipfile.ZipFile(source) as archive:
        files = {member: archive.read(member) for member in archive.namelist()}
    rows = json.loads(files[f"{name}.json"])
    data = (json.dumps(rows, separators=(",", ":")) if text is None else text).encode()
    files[f"{name}.json"] = data
    manifest = json.loads(files["manifest.json"])
    manifest["tables"][name]["sha256"] = hashlib.sha256(data).hexdigest()
    files["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(out, "w") as archive:
        for member, content in files.items():
            archive.writestr(member, content)
    return out


def test_a_table_written_compactly_or_spaced_out_reads_the_same(
    greek: Path, tmp_path: Path
) -> None:
    with zipfile.ZipFile(greek) as archive:
        rows = json.loads(archive.read("persons.json"))
    spaced = "\r\n[\t" + " ,\n ".join(json.dumps(row) for row in rows) + "\n]\n\n"
    results = []
    for label, text in (("as written", None), ("spaced", spaced)):
        archive = _rewritten(greek, tmp_path / f"{label}.rdarchive", "persons", text)
        target = tmp_path / f"{label}.db"
        with seeded_store(target) as store:
            results.append(import_archive(store, archive).added)
        results[-1] = (results[-1], dump(target)["persons"])
    assert results[0] == results[1]


# Each made from the table's real rows, as compact JSON, so that the file itself is what
# is refused, not a row in it.
BROKEN_FILES = {
    "text after the list": (lambda rows: rows + " x", "the file of table persons cannot be read"),
    "a comma too many": (lambda rows: rows[:-1] + ",]", "the file of table persons cannot be read"),
    "no closing bracket": (lambda rows: rows[:-1], "the file of table persons cannot be read"),
    "a record, not a list": (lambda rows: '{"a": 1}', "table persons does not hold the rows"),
    "not JSON": (lambda rows: "persons", "the file of table persons cannot be read"),
    "nested too deeply": (lambda rows: "[" * 100_000, "nested too deeply"),
    "fewer rows than listed": (lambda rows: "[]", "table persons does not hold the rows"),
    "more rows than listed": (
        lambda rows: rows[:-1] + "," + rows[1:],
        "table persons does not hold the rows",
    ),
}


@pytest.mark.parametrize("case", list(BROKEN_FILES))
def test_a_broken_table_file_is_refused_and_nothing_is_written(
    case: str, greek: Path, tmp_path: Path
) -> None:
    make, expected = BROKEN_FILES[case]
    with zipfile.ZipFile(greek) as archive:
        rows = json.dumps(json.loads(archive.read("persons.json")), separators=(",", ":"))
    bad = _rewritten(greek, tmp_path / "bad.rdarchive", "persons", make(rows))
    target = tmp_path / "target.db"
    with seeded_store(target):
        pass
    before = file_digest(target)
    with seeded_store(target) as store, pytest.raises(ArchiveError) as caught:
        import_archive(store, bad)
    assert file_digest(target) == before
    assert expected in str(caught.value)
    assert str(caught.value).endswith("The database has not been changed.")
