"""The facilitator's own formats: copy, edit, delete, and format files in and out."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select

from reflectdesk.core.errors import InvalidInputError, NotFoundError
from reflectdesk.core.events import Change
from reflectdesk.core.formats import (
    FormatDefinition,
    FormatFileError,
    PhaseDefinition,
    dump_format,
    load_builtin_formats,
    parse_format,
)
from reflectdesk.core.model import GroupDraft
from reflectdesk.store import user_formats
from reflectdesk.store.database import Store
from reflectdesk.store.formats import format_id_for_key, list_formats
from reflectdesk.store.groups import create_group, get_group
from reflectdesk.store.models.formats import Format, FormatPhase
from reflectdesk.store.models.sessions import Session, SessionPhase

GREEK_TURKISH = FormatDefinition(
    key="balint-thessaloniki",
    name="Ομάδα Balint — Θεσσαλονίκη / İzmir şubesi",
    family="balint",
    description="Μία περίπτωση.\nBir vaka, derinlemesine: ğ ü ş ı ö ç İ.",
    phases=(
        PhaseDefinition("Αφήγηση της περίπτωσης", 10, "Ο παρουσιαστής μιλά χωρίς σημειώσεις."),
        PhaseDefinition("Grup yansıması", 20, "Sunucu geri çekilir ve dinler.", "balint-leader"),
        PhaseDefinition("Kapanış — «τέλος»", 5),
    ),
)


@pytest.fixture
def changes(store: Store) -> list[Change]:
    seen: list[Change] = []
    store.changes.subscribe(seen.append)
    return seen


def builtin_id(store: Store, key: str = "balint-one-case") -> str:
    found = format_id_for_key(store, key)
    assert found is not None
    return found


def row_counts(store: Store) -> tuple[int, int]:
    with store.reading() as session:
        formats = session.scalar(select(func.count(Format.id))) or 0
        phases = session.scalar(select(func.count(FormatPhase.id))) or 0
    return formats, phases


# --- copying -----------------------------------------------------------------------------


def test_copy_of_a_builtin_is_an_editable_user_format(store: Store, changes: list[Change]) -> None:
    source = builtin_id(store)

    copy = user_formats.copy_format(store, source, "  Balint — Ayşe's block  ")

    assert copy.name == "Balint — Ayşe's block"
    assert copy.key == "balint-ayses-block"
    assert not copy.builtin
    assert copy.family == "balint"
    assert copy.total_minutes == 50
    original = user_formats.format_definition(store, source)
    copied = user_formats.format_definition(store, copy.id)
    assert copied.phases == original.phases
    assert copied.description == original.description
    assert changes == [Change("formats", (copy.id,))]
    assert copy in list_formats(store)


def test_copies_with_the_same_name_get_unique_keys(store: Store) -> None:
    source = builtin_id(store)
    keys = [user_formats.copy_format(store, source, "My Balint").key for _ in range(3)]
    assert keys == ["my-balint", "my-balint-2", "my-balint-3"]


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Νίκος Παπαδόπουλος", "nikos-papadopoulos"),
        ("İzmir ışık ğüşöç", "izmir-isik-gusoc"),
        ("日本語", "my-format"),
        ("x" * 120, "x" * 60),
        ("Balint (copy)", "balint-copy"),
    ],
)
def test_key_from_name(name: str, key: str) -> None:
    assert user_formats.key_from_name(name) == key


def test_a_copy_with_an_empty_name_is_refused_and_nothing_written(store: Store) -> None:
    before = row_counts(store)
    with pytest.raises(InvalidInputError) as caught:
        user_formats.copy_format(store, builtin_id(store), "   ")
    assert caught.value.field == "name"
    assert row_counts(store) == before


def test_copy_of_an_unknown_format_is_not_found(store: Store) -> None:
    with pytest.raises(NotFoundError):
        user_formats.copy_format(store, "no-such-id", "Anything")


# --- saving ------------------------------------------------------------------------------


def test_save_replaces_name_description_and_phases(store: Store, changes: list[Change]) -> None:
    copy = user_formats.copy_format(store, builtin_id(store), "Mine")
    edited = replace(
        GREEK_TURKISH,
        key="ignored-key",
        family="custom",
        name="  " + GREEK_TURKISH.name + " ",
    )

    saved = user_formats.save_user_format(store, copy.id, edited)

    stored = user_formats.format_definition(store, copy.id)
    assert (saved.key, saved.family) == ("mine", "balint")  # key and family stay
    assert stored.name == GREEK_TURKISH.name
    assert stored.description == GREEK_TURKISH.description
    assert stored.phases == GREEK_TURKISH.phases
    assert saved.total_minutes == 35
    assert changes[-1] == Change("formats", (copy.id,))


def test_saving_a_builtin_is_refused(store: Store) -> None:
    source = builtin_id(store)
    before = user_formats.format_definition(store, source)

    with pytest.raises(InvalidInputError, match="Built-in formats cannot be changed; make a copy"):
        user_formats.save_user_format(store, source, replace(before, name="Changed"))

    assert user_formats.format_definition(store, source) == before


def test_save_reports_every_problem_with_its_field(store: Store) -> None:
    copy = user_formats.copy_format(store, builtin_id(store), "Mine")
    before = user_formats.format_definition(store, copy.id)
    bad = replace(
        before,
        name="",
        phases=(
            PhaseDefinition("Fine", 5),
            PhaseDefinition(" ", 0, "line\nbreak", "Not A Key"),
            PhaseDefinition("x" * 81, 241),
        ),
    )

    with pytest.raises(InvalidInputError) as caught:
        user_formats.save_user_format(store, copy.id, bad)

    fields = [problem.field for problem in caught.value.params["problems"]]  # type: ignore[attr-defined]
    assert fields == [
        "name",
        "phases[2].name",
        "phases[2].minutes",
        "phases[2].cue",
        "phases[2].deck",
        "phases[3].name",
        "phases[3].minutes",
    ]
    assert caught.value.field == "name"
    assert user_formats.format_definition(store, copy.id) == before


def test_problems_use_the_schema_limits(store: Store) -> None:
    base = replace(GREEK_TURKISH, phases=(PhaseDefinition("One", 240, "c" * 300),))
    assert user_formats.definition_problems(base) == []
    assert user_formats.definition_problems(replace(base, phases=())) != []
    too_many = replace(base, phases=(PhaseDefinition("P", 1),) * 41)
    assert [p.field for p in user_formats.definition_problems(too_many)] == ["phases"]
    assert user_formats.definition_problems(replace(base, name="n" * 121))[0].field == "name"


# --- deleting ----------------------------------------------------------------------------


def add_session_with_phases(store: Store, group_id: str, format_id: str) -> str:
    with store.transaction() as session:
        planned = Session(group_id=group_id, format_id=format_id, title="Week 1")
        planned.phases.extend(
            SessionPhase(position=index, name=name, planned_seconds=seconds)
            for index, (name, seconds) in enumerate([("Αφήγηση", 600), ("Yansıma", 1200)])
        )
        session.add(planned)
        session.flush()
        return planned.id


def test_delete_keeps_groups_and_sessions_with_their_phases(
    store: Store, changes: list[Change]
) -> None:
    copy = user_formats.copy_format(store, builtin_id(store), "Mine")
    group = create_group(store, GroupDraft("Balint Θεσσαλονίκη", copy.id))
    session_id = add_session_with_phases(store, group.id, copy.id)
    before = row_counts(store)

    user_formats.delete_user_format(store, copy.id)

    assert get_group(store, group.id).format_id is None
    with store.reading() as session:
        planned = session.get(Session, session_id)
        assert planned is not None
        assert planned.format_id is None
        assert [(p.name, p.planned_seconds) for p in planned.phases] == [
            ("Αφήγηση", 600),
            ("Yansıma", 1200),
        ]
    assert row_counts(store) == (before[0] - 1, before[1] - 6)
    assert Change("formats", (copy.id,)) in changes
    assert changes[-1] == Change("groups", (group.id,))
    with pytest.raises(NotFoundError):
        user_formats.format_definition(store, copy.id)


def test_deleting_a_builtin_is_refused(store: Store) -> None:
    before = row_counts(store)
    with pytest.raises(InvalidInputError, match="make a copy"):
        user_formats.delete_user_format(store, builtin_id(store))
    assert row_counts(store) == before


# --- files -------------------------------------------------------------------------------


def test_export_then_import_round_trip_with_greek_and_turkish(store: Store, tmp_path: Path) -> None:
    copy = user_formats.copy_format(store, builtin_id(store), "Mine")
    user_formats.save_user_format(store, copy.id, GREEK_TURKISH)
    path = tmp_path / "Θεσσαλονίκη.toml"

    user_formats.export_format_file(store, copy.id, path)

    text = path.read_text(encoding="utf-8")
    assert "Θεσσαλονίκη / İzmir şubesi" in text  # written as letters, not escapes
    assert parse_format(text) == replace(GREEK_TURKISH, key="mine")
    imported = user_formats.import_format_file(store, path)
    assert imported.key == "mine-2"  # "mine" is taken: a new key, the name kept
    assert imported.name == GREEK_TURKISH.name
    assert not imported.builtin
    assert user_formats.format_definition(store, imported.id) == replace(
        GREEK_TURKISH, key="mine-2"
    )


def test_import_keeps_a_free_key_and_the_files_family(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "shared.toml"
    path.write_text(dump_format(replace(GREEK_TURKISH, family="intervision")), encoding="utf-8")

    imported = user_formats.import_format_file(store, path)

    assert (imported.key, imported.family, imported.total_minutes) == (
        "balint-thessaloniki",
        "intervision",
        35,
    )


def test_a_file_with_a_builtin_key_is_imported_under_a_new_key(
    store: Store, tmp_path: Path
) -> None:
    builtin = load_builtin_formats()[0]
    path = tmp_path / f"{builtin.key}.toml"
    path.write_text(dump_format(builtin), encoding="utf-8")

    imported = user_formats.import_format_file(store, path)

    assert imported.key == f"{builtin.key}-2"
    assert not imported.builtin
    assert user_formats.format_definition(store, builtin_id(store, builtin.key)) == builtin


def test_a_malformed_file_raises_with_every_problem_and_writes_nothing(
    store: Store, tmp_path: Path, changes: list[Change]
) -> None:
    path = tmp_path / "broken.toml"
    path.write_text(
        'schema = 1\nkey = "broken"\nname = ""\nfamily = "balint"\n\n'
        '[[phases]]\nname = "Ένα"\nminutes = 0\nminuts = 5\n',
        encoding="utf-8",
    )
    before = row_counts(store)

    with pytest.raises(FormatFileError) as caught:
        user_formats.import_format_file(store, path)

    found = [(problem.field, problem.line) for problem in caught.value.problems]
    assert found == [("name", 3), ("phases[1].minutes", 8), ("phases[1].minuts", 9)]
    assert caught.value.source == str(path)
    assert row_counts(store) == before
    assert changes == []


def test_a_file_that_is_not_utf8_names_its_line(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes('schema = 1\nname = "Ça"\n'.encode("latin-1"))

    with pytest.raises(FormatFileError) as caught:
        user_formats.import_format_file(store, path)

    [problem] = caught.value.problems
    assert problem.line == 2
    assert "UTF-8" in problem.message


def test_a_byte_order_mark_is_accepted(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + dump_format(GREEK_TURKISH).encode("utf-8"))
    assert user_formats.import_format_file(store, path).name == GREEK_TURKISH.name


def test_a_missing_file_raises_oserror(store: Store, tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        user_formats.import_format_file(store, tmp_path / "nowhere.toml")


def test_export_replaces_a_file_whole_and_leaves_no_temporary_file(
    store: Store, tmp_path: Path
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "out.toml"
    path.write_text("old contents\n", encoding="utf-8")

    user_formats.export_format_file(store, builtin_id(store), path)

    assert parse_format(path.read_text(encoding="utf-8")).key == "balint-one-case"
    assert [entry.name for entry in folder.iterdir()] == ["out.toml"]


def test_a_failed_export_leaves_the_old_file_untouched(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "out.toml"
    path.write_text("old contents\n", encoding="utf-8")

    def fail(self: Path, target: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "replace", fail)
    with pytest.raises(OSError, match="No space"):
        user_formats.export_format_file(store, builtin_id(store), path)

    assert path.read_text(encoding="utf-8") == "old contents\n"
    assert [entry.name for entry in folder.iterdir()] == ["out.toml"]


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_an_exported_file_is_readable_by_others(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "shared.toml"
    user_formats.export_format_file(store, builtin_id(store), path)
    assert path.stat().st_mode & 0o777 == 0o644
