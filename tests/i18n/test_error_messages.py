"""Errors made below the ui read in the process language: Dutch after use_language("nl"),
English after use_language("en"), from the same raise."""

from __future__ import annotations

import errno
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from reflectdesk.core.errors import InvalidInputError, NotFoundError
from reflectdesk.core.model import GroupDraft
from reflectdesk.i18n.texts import use_language
from reflectdesk.store import groups
from reflectdesk.store.database import Store, open_store
from reflectdesk.store.errors import (
    CorruptDatabaseError,
    DatabaseInUseError,
    DiskFullError,
    ForeignDatabaseError,
)
from reflectdesk.store.instance_lock import InstanceLock
from reflectdesk.store.io_errors import error_for_os_error
from reflectdesk.store.sqlite_file import inspect_database_file

ENGLISH_AND_DUTCH = pytest.mark.parametrize("language", ["en", "nl"])


def another_programs_database(path: Path) -> Path:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
        connection.commit()
    return path


def cut_off_database(path: Path) -> Path:
    path.write_bytes(b"SQLite format 3\x00" + bytes(84))  # a header and nothing else
    return path


@ENGLISH_AND_DUTCH
def test_a_foreign_file(tmp_path: Path, language: str) -> None:
    path = another_programs_database(tmp_path / "recipes.db")
    use_language(language)

    with pytest.raises(ForeignDatabaseError) as caught:
        inspect_database_file(path)

    expected = {
        "en": f"{path} is not a ReflectDesk database: it is an SQLite database of another "
        "program. It has not been changed.",
        "nl": f"{path} is geen database van ReflectDesk: het is een SQLite-database van een "
        "ander programma. Het bestand is niet veranderd.",
    }[language]
    assert str(caught.value).startswith(expected)
    assert caught.value.code == "foreign_database"


@ENGLISH_AND_DUTCH
def test_a_damaged_file(tmp_path: Path, language: str) -> None:
    path = cut_off_database(tmp_path / "cut.db")
    use_language(language)

    with pytest.raises(CorruptDatabaseError) as caught:
        inspect_database_file(path)

    assert (
        str(caught.value)
        == {
            "en": f"{path} is damaged (the file is only 100 bytes long). It has not been "
            "changed. Restore it from a backup in the 'backups' folder beside it.",
            "nl": f"{path} is beschadigd (het bestand is maar 100 bytes lang). Het bestand is "
            "niet veranderd. Zet een back-up terug uit de map 'backups' ernaast.",
        }[language]
    )


@ENGLISH_AND_DUTCH
def test_a_database_in_use(db_path: Path, language: str) -> None:
    use_language(language)
    held = InstanceLock(db_path)
    held.acquire()
    try:
        with pytest.raises(DatabaseInUseError) as caught:
            InstanceLock(db_path).acquire()
    finally:
        held.release()

    expected = {
        "en": f"{db_path} is already open in another ReflectDesk (",
        "nl": f"{db_path} is al geopend in een andere ReflectDesk (",
    }[language]
    ending = {
        "en": "). Close that window first, then try again.",
        "nl": "). Sluit dat venster eerst en probeer het dan opnieuw.",
    }[language]
    assert str(caught.value).startswith(expected)
    assert str(caught.value).endswith(ending)


@ENGLISH_AND_DUTCH
def test_a_full_disk(db_path: Path, language: str) -> None:
    use_language(language)

    error = error_for_os_error(db_path, OSError(errno.ENOSPC, "No space left on device"))

    assert isinstance(error, DiskFullError)
    assert (
        str(error)
        == {
            "en": f"The disk holding {db_path} is full. Nothing was saved; free some space and "
            "try again.",
            "nl": f"De schijf met {db_path} is vol. Er is niets opgeslagen; maak wat ruimte vrij "
            "en probeer het opnieuw.",
        }[language]
    )


@ENGLISH_AND_DUTCH
def test_an_unknown_group_id(store: Store, language: str) -> None:
    use_language(language)

    with pytest.raises(NotFoundError) as caught:
        groups.get_group(store, "no-such-group")

    assert (
        str(caught.value)
        == {
            "en": "That group no longer exists.",
            "nl": "Die groep bestaat niet meer.",
        }[language]
    )


@ENGLISH_AND_DUTCH
def test_invalid_input_names_its_field_in_the_language(store: Store, language: str) -> None:
    use_language(language)

    with pytest.raises(InvalidInputError) as empty:
        groups.create_group(store, GroupDraft(name="   "))
    with pytest.raises(InvalidInputError) as too_long:
        groups.create_group(store, GroupDraft(name="Balint", setting="x" * 5000))

    assert empty.value.field == "name"
    assert (
        str(empty.value)
        == {
            "en": "The group name cannot be empty.",
            "nl": "De naam van de groep mag niet leeg zijn.",
        }[language]
    )
    # The length in the language's digits: "5,000" / "5.000".
    assert (
        str(too_long.value)
        == {
            "en": "The setting is 5,000 characters long; the limit is 200.",
            "nl": "De setting is 5.000 tekens lang; de grens is 200.",
        }[language]
    )


def test_a_message_follows_the_language_at_the_time_it_is_made(tmp_path: Path) -> None:
    """The app and the CLI choose the language once at start; an error made after a
    switch reads in the new language."""
    path = cut_off_database(tmp_path / "cut.db")
    use_language("nl")
    with pytest.raises(CorruptDatabaseError) as dutch:
        inspect_database_file(path)
    use_language("en")
    with pytest.raises(CorruptDatabaseError) as english:
        inspect_database_file(path)

    assert "beschadigd" in str(dutch.value)
    assert "damaged" in str(english.value)


def test_the_store_opens_in_dutch_as_it_does_in_english(db_path: Path) -> None:
    use_language("nl")
    with open_store(db_path) as opened:
        assert groups.list_groups(opened) == []


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "en",
            [
                "mine.toml: this format file cannot be used; 1 problem found (phases are "
                "numbered from 1):",
                "mine.toml: line 1: schema: must be 1, not 9; this version of ReflectDesk "
                "reads format schema 1",
            ],
        ),
        (
            "nl",
            [
                "mine.toml: dit bestand met een werkvorm is niet te gebruiken; 1 probleem "
                "gevonden (fasen zijn genummerd vanaf 1):",
                "mine.toml: regel 1: schema: moet 1 zijn, niet 9; deze versie van ReflectDesk "
                "leest schema 1 van een werkvorm",
            ],
        ),
    ],
)
def test_a_format_file_with_a_problem(language: str, expected: list[str]) -> None:
    from reflectdesk.core.formats import FormatFileError, parse_format

    text = (
        'schema = 9\nkey = "mine"\nname = "Mine"\nfamily = "balint"\n\n'
        '[[phases]]\nname = "One"\nminutes = 5\n'
    )
    use_language(language)

    with pytest.raises(FormatFileError) as caught:
        parse_format(text, "mine.toml")

    assert str(caught.value).splitlines() == expected
