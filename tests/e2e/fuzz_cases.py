"""Bad input, generated: format and deck files, archives and database files.

Shared by tests/e2e/test_fuzz_bad_input.py (200 examples a kind) and
benchmarks/fuzz_stress.py (1,000+). Each kind is a hypothesis strategy of inputs and a
check that feeds one input through the app's own path (core parsing and the store's
import, archive import, open_store) and asserts: what escapes is the documented error
(a ReflectDeskError subclass) with a clear message, and the user's database is
byte-identical afterwards (sha256 of the file and its -wal). Input that turns out valid
may be accepted; the database is then replaced by a fresh copy of the template.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from reflectdesk.core.decks import dump_deck, load_builtin_decks
from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.core.formats import dump_format, load_builtin_formats
from reflectdesk.core.model import GroupDraft, MemberDraft
from reflectdesk.core.notes import ActionDraft, LearningPointDraft
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.core.tomlfile import FileProblemsError
from reflectdesk.core.vault_crypto import KdfParams
from reflectdesk.export.archive import ArchiveError, export_archive, import_archive
from reflectdesk.store import groups, members, notes, sessions
from reflectdesk.store.builtins import seed_builtins
from reflectdesk.store.database import Store, open_store
from reflectdesk.store.errors import (
    DatabaseInUseError,
    NewerSchemaError,
    ReadOnlyLocationError,
    StoreError,
)
from reflectdesk.store.formats import format_id_for_key
from reflectdesk.store.full_check import run_full_check
from reflectdesk.store.instance_lock import InstanceLock
from reflectdesk.store.schema import KNOWN_REVISIONS
from reflectdesk.store.user_decks import import_deck_file
from reflectdesk.store.user_formats import import_format_file
from reflectdesk.store.vault import create_vault

# --- the workspace: a template database, the user's copy, and counts ------------------


def digest(db: Path) -> str:
    """sha256 of the database file and of its -wal (a commit lands in the -wal first)."""
    sha = hashlib.sha256(db.read_bytes())
    wal = db.with_name(db.name + "-wal")
    sha.update(wal.read_bytes() if wal.exists() else b"no wal")
    return sha.hexdigest()


class Workspace:
    """The template database, an archive of it, the user's open copy, and counts."""

    def __init__(self, folder: Path, template: Path, archive: bytes) -> None:
        self.folder = folder
        self.template = template
        self.archive = archive
        self.store: Store | None = None
        self.counts: Counter[str] = Counter()

    @property
    def db(self) -> Path:
        return self.folder / "user" / "reflectdesk.db"

    def user_store(self) -> Store:
        """The user's database, open as the app has it (a fresh copy after a change)."""
        if self.store is None:
            self.db.parent.mkdir(parents=True, exist_ok=True)
            for leftover in self.db.parent.iterdir():
                leftover.unlink()
            shutil.copyfile(self.template, self.db)
            self.store = open_store(self.db, seed=seed_builtins)
        return self.store

    def changed(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None

    def close(self) -> None:
        self.changed()

    def __repr__(self) -> str:
        return f"Workspace({str(self.folder)!r})"


def make_workspace(folder: Path) -> Workspace:
    """A template database with a little of everything, and an archive of it."""
    folder.mkdir(parents=True, exist_ok=True)
    template = folder / "template.db"
    with open_store(template, seed=seed_builtins) as store:
        fmt = format_id_for_key(store, "balint-one-case")
        group = groups.create_group(store, GroupDraft("Balint Tuesday", fmt))
        members.add_member(store, group.id, MemberDraft("Hüseyin İkiz"))
        draft = SessionDraft(planned_start=datetime(2026, 11, 17, 17, 0, tzinfo=UTC))
        session = sessions.plan_session(store, group.id, draft)
        notes.add_learning_point(store, session.id, LearningPointDraft("Ask before advising"))
        notes.add_action(store, session.id, ActionDraft("Bring the case summary"))
        # A vault row, so that its key derivation costs can be fuzzed too.
        create_vault(store, "fuzz passphrase", params=KdfParams.for_tests())
        archive = folder / "everything.reflectdesk"
        export_archive(store, archive)
    return Workspace(folder, template, archive.read_bytes())


# --- clear messages ------------------------------------------------------------------


def assert_clear(error: ReflectDeskError, *, one_line: bool = True) -> None:
    message = str(error)
    assert message.strip(), "an empty message"
    assert "Traceback" not in message
    if one_line:
        assert "\n" not in message, message
    else:
        # A file's problems, one a line, each naming the file.
        first, *rest = message.splitlines()
        assert "cannot be used" in first, first
        assert rest, "no problem listed"


# --- text mutations (format and deck files) ------------------------------------------

TOKENS = [
    "=", "[", "]", "[[", "]]", '"', "'", '"""', "\n", "#", ",", "{", "}", "\\", "\x00",
    "1e999", "nan", "inf", "-1", "0", "99999999999999999999", "true", "1979-05-27",
    "[[phases]]", "[[cards]]", 'key = "x"', "minutes = -5", "minutes = 0.5",
    'name = ""', "schema = 99", "schema = 1", "text = 5", "phases = []", "cards = []",
    "\u202e", "é", "💬", " " * 3, "\t", "\r\n",
]  # fmt: skip

_edit = st.tuples(
    st.sampled_from(["insert", "delete", "replace", "drop_line", "dup_line", "value"]),
    st.floats(0, 1),
    st.floats(0, 1),
    st.one_of(st.sampled_from(TOKENS), st.text(max_size=12)),
)


def _apply(text: str, edit: tuple[str, float, float, str]) -> str:
    op, where, span, payload = edit
    at = int(where * len(text))
    if op == "insert":
        return text[:at] + payload + text[at:]
    if op == "delete":
        return text[:at] + text[at + int(span * 40) + 1 :]
    if op == "replace":
        return text[:at] + payload + text[at + len(payload) :]
    lines = text.split("\n")
    row = min(int(where * len(lines)), len(lines) - 1)
    if op == "drop_line":
        del lines[row]
    elif op == "dup_line":
        lines.insert(row, lines[row])
    elif "=" in lines[row]:  # a value replaced by a token
        lines[row] = lines[row].split("=", 1)[0] + "= " + payload
    return "\n".join(lines)


def mutated_files(bases: list[str]) -> st.SearchStrategy[bytes]:
    edited = st.builds(
        lambda base, edits: _fold(base, edits).encode("utf-8"),
        st.sampled_from(bases),
        st.lists(_edit, min_size=1, max_size=6),
    )
    return st.one_of(
        edited,
        edited,
        edited,
        st.text(max_size=200).map(lambda text: text.encode("utf-8")),
        st.binary(max_size=200),
        st.builds(
            lambda base, at, junk: base.encode()[: int(at * len(base))] + junk,
            st.sampled_from(bases),
            st.floats(0, 1),
            st.binary(max_size=8),
        ),
    )


def _fold(base: str, edits: list[tuple[str, float, float, str]]) -> str:
    for edit in edits:
        base = _apply(base, edit)
    return base


def format_texts() -> list[str]:
    return [dump_format(fmt) for fmt in load_builtin_formats()]


def deck_texts() -> list[str]:
    return [dump_deck(deck) for deck in load_builtin_decks()]


def _check_file(
    work: Workspace, data: bytes, name: str, importer: Callable[[Store, Path], object]
) -> None:
    path = work.folder / name
    path.write_bytes(data)
    store = work.user_store()
    before = digest(work.db)
    try:
        importer(store, path)
    except FileProblemsError as error:
        assert_clear(error, one_line=False)
        assert digest(work.db) == before
        work.counts[f"{name}: refused"] += 1
    except ReflectDeskError as error:
        assert_clear(error)
        assert digest(work.db) == before
        work.counts[f"{name}: refused"] += 1
    else:
        work.counts[f"{name}: accepted"] += 1
        work.changed()


def check_format_file(work: Workspace, data: bytes) -> None:
    _check_file(work, data, "format.toml", import_format_file)


def check_deck_file(work: Workspace, data: bytes) -> None:
    _check_file(work, data, "deck.toml", import_deck_file)


# --- archives ----------------------------------------------------------------------------

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)


@dataclass(frozen=True)
class ArchiveEdit:
    member: float  # which file of the zip
    key: float  # which key (manifest) or row/column (table)
    action: str  # "set", "drop", "add"
    value: Any
    fix_checksum: bool


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _zip(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return out.getvalue()


def _pick(items: list[Any], fraction: float) -> Any:
    return items[min(int(fraction * len(items)), len(items) - 1)]


def _edit_manifest(manifest: Any, edit: ArchiveEdit) -> Any:
    if not isinstance(manifest, dict):
        return edit.value
    targets: list[tuple[dict[str, Any], str]] = [(manifest, key) for key in manifest]
    tables = manifest.get("tables")
    if isinstance(tables, dict):
        for entry in tables.values():
            if isinstance(entry, dict):
                targets += [(entry, key) for key in entry]
        targets += [(tables, key) for key in tables]
    owner, key = _pick(targets, edit.key)
    if edit.action == "drop":
        del owner[key]
    elif edit.action == "add":
        owner[f"{key}-extra"] = edit.value
    else:
        owner[key] = edit.value
    return manifest


def _edit_rows(rows: Any, edit: ArchiveEdit) -> Any:
    if not isinstance(rows, list) or not rows:
        return [edit.value] if edit.action == "add" else edit.value
    index = min(int(edit.key * len(rows)), len(rows) - 1)
    row = rows[index]
    if not isinstance(row, dict) or not row:
        rows[index] = edit.value
        return rows
    column = _pick(sorted(row), (edit.key * 97) % 1)
    if edit.action == "drop":
        del row[column]
    elif edit.action == "add":
        rows.append(dict(row, id=edit.value if isinstance(edit.value, str) else "x"))
    else:
        row[column] = edit.value
    return rows


def edited_archive(data: bytes, edit: ArchiveEdit) -> bytes:
    files = _members(data)
    manifest = json.loads(files["manifest.json"])
    name = _pick(sorted(files), edit.member)
    if name == "manifest.json":
        files[name] = json.dumps(_edit_manifest(manifest, edit)).encode()
        return _zip(files)
    table = name.removesuffix(".json")
    files[name] = json.dumps(_edit_rows(json.loads(files[name]), edit)).encode()
    # An earlier edit may have left the manifest or its table list any shape at all.
    tables = manifest.get("tables") if isinstance(manifest, dict) else None
    entry = tables.get(table) if isinstance(tables, dict) else None
    if edit.fix_checksum and isinstance(entry, dict):
        # Keep the manifest consistent, so that the rows themselves are checked.
        entry["sha256"] = hashlib.sha256(files[name]).hexdigest()
        rows = json.loads(files[name])
        entry["rows"] = len(rows) if isinstance(rows, list) else 0
        files["manifest.json"] = json.dumps(manifest).encode()
    return _zip(files)


def _flipped(data: bytes, spots: list[tuple[float, int]]) -> bytes:
    out = bytearray(data)
    for where, byte in spots:
        out[min(int(where * len(out)), len(out) - 1)] = byte
    return bytes(out)


def archives(valid: bytes) -> st.SearchStrategy[bytes]:
    edits = st.builds(
        ArchiveEdit,
        st.floats(0, 1),
        st.floats(0, 1),
        st.sampled_from(["set", "set", "drop", "add"]),
        json_values,
        st.booleans(),
    )
    return st.one_of(
        edits.map(lambda edit: edited_archive(valid, edit)),
        edits.map(lambda edit: edited_archive(valid, edit)),
        st.lists(edits, min_size=2, max_size=4).map(lambda many: _fold_archive(valid, many)),
        st.floats(0, 1).map(lambda at: valid[: int(at * len(valid))]),
        st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), min_size=1, max_size=8).map(
            lambda spots: _flipped(valid, spots)
        ),
        st.binary(max_size=300),
        st.dictionaries(
            st.sampled_from(["manifest.json", "groups.json", "notes.json", "x/../y.json"]),
            st.binary(max_size=60),
            max_size=3,
        ).map(_zip),
    )


# Values out of the range the app's forms and files allow, by table and field: each must
# be refused naming its table, row and field (see out_of_range_archives).
OUT_OF_RANGE: dict[tuple[str, str], list[Any]] = {
    ("groups", "name"): [
        "x" * 10_000, "", "   ", "Balint\ngroup", "Balint\x07group",
        "Balint \u202egnp.exe group", "Balint \u2066group", "Balint \ud800",
    ],
    ("groups", "planned_sessions"): [0, -1, 101, 10**30, -(10**30), 2**63],
    ("persons", "display_name"): ["x" * 121, "\t", "\u202eevil"],
    ("session_phases", "planned_seconds"): [-3600, 0, 86_401, 10**15, 10**30],
    ("session_phases", "name"): ["x" * 81, "a\rb"],
    ("format_phases", "planned_seconds"): [-3600, 10**15],
    ("sessions", "title"): ["x" * 201, "a\x00b"],
    ("sessions", "status"): ["teleported", ""],
    ("sessions", "planned_start"): ["not a date", "2026-13-45T00:00:00+00:00"],
    ("memberships", "joined_on"): ["not a date", "2026-02-30"],
    ("notes", "body"): ["x" * 20_001, "a\x1bb"],
    ("vault", "kdf_params"): [
        '{"memory_kib": 4194304, "iterations": 64, "lanes": 4}',
        '{"memory_kib": 65536, "iterations": 3, "lanes": 64}',
        '{"memory_kib": 65536, "iterations": 1000000, "lanes": 4}',
        '{"memory_kib": 1e30, "iterations": 3, "lanes": 4}',
        "not json",
    ],
}  # fmt: skip


def archive_with_value(data: bytes, table: str, column: str, value: Any, row: int = 0) -> bytes:
    """``data`` with one field of one row set to ``value``, checksums and counts kept right
    (so that the row itself is what gets checked)."""
    files = _members(data)
    rows = json.loads(files[f"{table}.json"])
    rows[row][column] = value
    files[f"{table}.json"] = json.dumps(rows).encode()
    manifest = json.loads(files["manifest.json"])
    manifest["tables"][table]["sha256"] = hashlib.sha256(files[f"{table}.json"]).hexdigest()
    files["manifest.json"] = json.dumps(manifest).encode()
    return _zip(files)


def out_of_range_archives(valid: bytes) -> st.SearchStrategy[tuple[str, str, bytes]]:
    """(table, field, archive) with one value of OUT_OF_RANGE, or a whole number far out of
    any range, in a field that must refuse it."""
    listed = st.sampled_from(sorted(OUT_OF_RANGE)).flatmap(
        lambda where: st.sampled_from(OUT_OF_RANGE[where]).map(lambda value: (*where, value))
    )
    huge = st.sampled_from(
        [("groups", "planned_sessions"), ("session_phases", "planned_seconds")]
    ).flatmap(
        lambda where: st.one_of(st.integers(max_value=-(2**40)), st.integers(min_value=2**40)).map(
            lambda value: (*where, value)
        )
    )
    return st.one_of(listed, huge).map(
        lambda case: (case[0], case[1], archive_with_value(valid, *case))
    )


def check_out_of_range_archive(work: Workspace, case: tuple[str, str, bytes]) -> None:
    """Refused as an ArchiveError naming the table, a row and the field, nothing written."""
    table, field, data = case
    path = work.folder / "import.reflectdesk"
    path.write_bytes(data)
    store = work.user_store()
    before = digest(work.db)
    try:
        import_archive(store, path)
    except ArchiveError as error:
        assert_clear(error)
        message = str(error)
        assert f"of table {table}, field {field}" in message, message
        assert "row " in message, message
        assert "internal error" not in message
        assert digest(work.db) == before
        work.counts["archive out of range: refused"] += 1
    else:
        work.changed()
        raise AssertionError(f"an archive with {table}.{field} out of range was accepted")


def _fold_archive(data: bytes, edits: list[ArchiveEdit]) -> bytes:
    for edit in edits:
        data = edited_archive(data, edit)
    return data


def check_archive(work: Workspace, data: bytes) -> None:
    path = work.folder / "import.reflectdesk"
    path.write_bytes(data)
    store = work.user_store()
    before = digest(work.db)
    try:
        summary = import_archive(store, path)
    except ArchiveError as error:
        assert_clear(error)
        assert digest(work.db) == before
        work.counts["archive: refused"] += 1
    except ReflectDeskError as error:
        assert_clear(error)
        assert digest(work.db) == before
        work.counts[f"archive: refused ({type(error).__name__})"] += 1
    else:
        work.counts["archive: accepted"] += 1
        if summary.total_added:
            work.changed()


# --- database files --------------------------------------------------------------------


@dataclass(frozen=True)
class BadDatabase:
    kind: str  # truncated, random, damaged, newer, read-only file, read-only folder, locked
    cut: float = 0.5
    junk: bytes = b""
    revision: str = "ffff"
    name: str = "reflectdesk"  # the file's name (any characters a file name may hold)


_names = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="/"),
    min_size=1,
    max_size=24,
).filter(lambda name: name not in (".", "..") and len(name.encode()) < 200)


def bad_databases() -> st.SearchStrategy[BadDatabase]:
    return st.builds(
        lambda bad, name: BadDatabase(bad.kind, bad.cut, bad.junk, bad.revision, name),
        _kinds(),
        _names,
    )


def _kinds() -> st.SearchStrategy[BadDatabase]:
    return st.one_of(
        st.builds(BadDatabase, st.just("truncated"), cut=st.floats(0.0001, 0.999)),
        st.builds(
            BadDatabase,
            st.just("random"),
            junk=st.binary(min_size=1, max_size=4096).filter(
                lambda data: not data.startswith(b"SQLite format 3")
            ),
        ),
        st.builds(
            BadDatabase,
            st.just("damaged"),
            cut=st.floats(0, 1),
            junk=st.binary(min_size=1, max_size=64),
        ),
        st.builds(
            BadDatabase,
            st.just("newer"),
            revision=st.text(min_size=1, max_size=16).filter(
                lambda rev: rev not in KNOWN_REVISIONS
            ),
        ),
        st.builds(BadDatabase, st.sampled_from(["read-only file", "read-only folder"])),
        st.builds(BadDatabase, st.just("locked")),
    )


EXPECTED: dict[str, tuple[type[StoreError], ...]] = {
    "newer": (NewerSchemaError,),
    "read-only file": (ReadOnlyLocationError,),
    "read-only folder": (ReadOnlyLocationError,),
    "locked": (DatabaseInUseError,),
}


def _write_bad(work: Workspace, bad: BadDatabase, path: Path) -> None:
    template = work.template.read_bytes()
    if bad.kind == "truncated":
        path.write_bytes(template[: max(1, int(bad.cut * len(template)))])
    elif bad.kind == "random":
        path.write_bytes(bad.junk)
    elif bad.kind == "damaged":
        # A healthy header, then noise over the pages: SQLite, but not readable.
        at = 4096 + int(bad.cut * (len(template) - 4096 - len(bad.junk)))
        junk = (bad.junk * (4096 // len(bad.junk) + 1))[:4096]
        path.write_bytes(template[:at] + junk + template[at + len(junk) :])
    else:
        shutil.copyfile(work.template, path)
        if bad.kind == "newer":
            connection = sqlite3.connect(path)
            try:
                connection.execute("UPDATE alembic_version SET version_num = ?", (bad.revision,))
                connection.commit()
            finally:
                connection.close()


def _immutable(target: Path, on: bool) -> None:
    if os.geteuid() == 0:  # root writes through modes; only the immutable flag stops it
        subprocess.run(["chattr", "+i" if on else "-i", str(target)], check=True)
    else:
        target.chmod(0o555 if target.is_dir() else 0o444) if on else target.chmod(0o755)


@contextlib.contextmanager
def _conditions(bad: BadDatabase, path: Path) -> Iterator[None]:
    if bad.kind.startswith("read-only"):
        target = path if bad.kind == "read-only file" else path.parent
        _immutable(target, True)
        try:
            yield
        finally:
            _immutable(target, False)
    elif bad.kind == "locked":
        with held_by_another_process(path):
            yield
    else:
        yield


@contextlib.contextmanager
def held_by_another_process(path: Path) -> Iterator[None]:
    """Another ReflectDesk (a forked process) holds the database's instance lock."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(read_end)
            held = InstanceLock(path)  # kept referenced: a collected lock is released
            held.acquire()
            os.write(write_end, b"locked\n")
            signal.pause()
        finally:
            os._exit(0)
    os.close(write_end)
    try:
        assert os.read(read_end, 16) == b"locked\n"
        yield
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(read_end)


def check_database_file(work: Workspace, bad: BadDatabase) -> None:
    folder = work.folder / "bad"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    path = folder / f"{bad.name}.db"
    _write_bad(work, bad, path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with _conditions(bad, path):
        try:
            store = open_store(path, seed=seed_builtins)
        except StoreError as error:
            assert_clear(error)
            assert str(path.parent) in str(error)
            expected = EXPECTED.get(bad.kind)
            assert expected is None or isinstance(error, expected), (bad.kind, error)
            work.counts[f"database ({bad.kind}): {type(error).__name__}"] += 1
        else:
            # Opening looks only at what is cheap (header, size, id, schema), so noise
            # over pages that opening does not read lets the file open; the full check
            # that runs in the background after an unclean stop or once a week
            # (store/full_check.py) must then find it, unless the noise harms nothing.
            try:
                found = run_full_check(store, lambda: False)
            finally:
                store.close()
            assert bad.kind == "damaged", f"a bad database ({bad.kind}) was opened"
            assert found is not None
            if found.passed:
                work.counts[f"database ({bad.kind}): harmless, opened"] += 1
            else:
                work.counts[f"database ({bad.kind}): opened, found by the full check"] += 1
            return
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
