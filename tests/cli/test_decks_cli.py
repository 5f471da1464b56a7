"""``reflectdesk decks validate`` and ``reflectdesk decks list``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import reflectdesk
from reflectdesk import cli
from reflectdesk.core.decks import load_builtin_decks
from reflectdesk.store.database import open_store
from reflectdesk.store.decks import deck_id_for_key, sync_builtin_decks
from reflectdesk.store.user_decks import copy_deck

PROJECT_ROOT = Path(reflectdesk.__file__).resolve().parent.parent
BUILTIN_FILES = sorted((PROJECT_ROOT / "resources" / "decks").glob("*.toml"))
DECK_KEYS = {"key", "name", "description", "builtin", "card_count", "cards"}
CARD_KEYS = {"stage", "title", "text"}

GOOD = """\
schema = 1
key = "yansima"
name = "Yansıma — Θεσσαλονίκη"

[[cards]]
stage = "Αφήγηση"
title = "Ne oldu?"
text = "Bize o anı anlatın."

[[cards]]
title = "Duygular"
text = "O an ne hissettiniz?"
"""
#  1 schema   5 [[cards]]    10 [[cards]]
#  2 key      6   stage      11   title
#  3 name     7   title      12   text
#             8   text


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str], str]:
    status = cli.main(argv)
    captured = capsys.readouterr()
    return status, captured.out.splitlines(), captured.err


def write(folder: Path, name: str, text: str) -> str:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return str(path)


# --- validate ----------------------------------------------------------------------------


def test_every_builtin_file_is_valid(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(["decks", "validate", *map(str, BUILTIN_FILES)], capsys)

    assert status == 0, out
    assert err == ""
    shipped = {deck.key: deck for deck in load_builtin_decks()}
    assert len(out) == len(BUILTIN_FILES) == len(shipped)
    for path, line in zip(BUILTIN_FILES, out, strict=True):
        deck = shipped[path.stem]
        assert line == f"ok: {path} — {deck.name} ({len(deck.cards)} cards)"


def test_a_good_file_with_one_card(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "one.toml", GOOD[: GOOD.rindex("\n[[cards]]")] + "\n")

    status, out, _ = run(["decks", "validate", path], capsys)

    assert status == 0
    assert out == [f"ok: {path} — Yansıma — Θεσσαλονίκη (1 card)"]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            'text = "O an ne hissettiniz?"',
            'txt = "O an ne hissettiniz?"',
            [
                "10: cards[2].text: is required",
                "12: cards[2].txt: unknown field; card fields are title, text, stage; "
                'did you mean "text"?',
            ],
        ),
        ('title = "Duygular"', 'title = ""', ["11: cards[2].title: must not be empty"]),
        ('name = "Yansıma — Θεσσαλονίκη"\n', "", [": name: is required"]),
        ("schema = 1", "schema = 2", ["1: schema: must be 1, not 2"]),
        ('title = "Duygular"', 'title = "Duygular', ["11: not valid TOML: "]),
        (
            'stage = "Αφήγηση"\ntitle = "Ne oldu?"',
            'stage = 1\ntitle = "Ne · oldu?"',
            [
                "6: cards[1].stage: must be text in quotes, not 1",
                '7: cards[1].title: must not contain "·" between spaces',
            ],
        ),
    ],
    ids=["typo", "empty-title", "missing-name", "schema", "syntax", "two-problems"],
)
def test_each_problem_is_one_line_with_file_line_and_field(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    old: str,
    new: str,
    expected: list[str],
) -> None:
    assert old in GOOD
    path = write(tmp_path, "bad.toml", GOOD.replace(old, new, 1))

    status, out, err = run(["decks", "validate", path], capsys)

    assert status == 1
    assert err == ""
    assert len(out) == len(expected), out
    for line, start in zip(out, expected, strict=True):
        prefix = path if start.startswith(":") else f"{path}:"
        assert line.startswith(prefix + start), line


def test_a_problem_without_a_line_is_file_field_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "empty.toml", "")

    status, out, _ = run(["decks", "validate", path], capsys)

    assert status == 1
    assert out == [
        f"{path}: schema: is required: write schema = 1 at the top",
        f'{path}: key: is required: a short identifier such as "gibbs"',
        f"{path}: name: is required",
        f"{path}: cards: at least one [[cards]] table is required",
    ]


def test_several_files_are_each_reported_and_any_problem_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write(tmp_path, "good.toml", GOOD)
    bad = write(tmp_path, "bad.toml", GOOD.replace('"Bize o anı anlatın."', '"' + "x" * 301 + '"'))
    missing = str(tmp_path / "missing.toml")
    latin1 = tmp_path / "latin1.toml"
    latin1.write_bytes(b'schema = 1\nname = "\xc7a"\n')

    status, out, err = run(
        ["decks", "validate", good, bad, missing, str(latin1), str(tmp_path)], capsys
    )

    assert status == 1
    assert err == ""
    assert out == [
        f"ok: {good} — Yansıma — Θεσσαλονίκη (2 cards)",
        f"{bad}:8: cards[1].text: is 301 characters long; the limit is 300",
        f"{missing}: cannot be read: No such file or directory",
        f"{latin1}:2: is not UTF-8 text (byte 0xc7); save the file as UTF-8",
        f"{tmp_path}: cannot be read: Is a directory",
    ]


def test_validate_needs_a_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["decks", "validate"]) == 2
    assert "usage:" in capsys.readouterr().err


# --- list --------------------------------------------------------------------------------


def check_shape(listed: list[dict[str, object]]) -> None:
    for deck in listed:
        assert set(deck) == DECK_KEYS
        cards = deck["cards"]
        assert isinstance(cards, list) and cards
        assert all(set(card) == CARD_KEYS for card in cards)
        assert deck["card_count"] == len(cards)


def test_list_without_a_database_lists_the_shipped_builtins(
    isolated_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(["decks", "list", "--json"], capsys)

    assert status == 0
    assert err == ""
    listed = json.loads("\n".join(out))
    check_shape(listed)
    shipped = load_builtin_decks()
    assert [deck["key"] for deck in listed] == [deck.key for deck in shipped]
    assert all(deck["builtin"] is True for deck in listed)
    first = shipped[0].cards[0]
    assert listed[0]["cards"][0] == {"stage": first.stage, "title": first.title, "text": first.text}
    assert not (isolated_home / "reflectdesk.db").exists()  # nothing was created


@pytest.fixture
def db_with_own_deck(tmp_path: Path) -> Path:
    path = tmp_path / "decks.db"
    with open_store(path, seed=sync_builtin_decks) as store:
        source = deck_id_for_key(store, "intervision-questions")
        assert source is not None
        copy_deck(store, source, "Ερωτήσεις — İzmir")
    return path


@pytest.mark.parametrize("where", ["after", "before"])
def test_list_with_a_database_includes_own_decks(
    db_with_own_deck: Path, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    db = ["--db", str(db_with_own_deck)]
    command = ["decks", "list", "--json"]
    argv = [*db, *command] if where == "before" else [*command, *db]

    status, out, _ = run(argv, capsys)

    assert status == 0
    listed = json.loads("\n".join(out))
    check_shape(listed)
    own = listed[-1]
    assert (own["name"], own["key"], own["builtin"]) == (
        "Ερωτήσεις — İzmir",
        "erotiseis-izmir",
        False,
    )
    assert own["card_count"] == 16
    assert [deck["builtin"] for deck in listed].count(True) == len(load_builtin_decks())


def test_list_as_a_table(db_with_own_deck: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["decks", "--db", str(db_with_own_deck), "list"], capsys)

    assert status == 0
    assert out[0].split() == ["Key", "Name", "Cards", "Kind"]
    assert len(out) == len(load_builtin_decks()) + 2
    assert out[1].startswith("balint-leader ")
    assert out[1].endswith("15  built-in")
    assert out[-1].startswith("erotiseis-izmir ")
    assert out[-1].endswith("16  own")


def test_list_on_a_file_that_is_not_a_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "notes.txt", "hello\n")

    status, out, err = run(["decks", "list", "--db", path], capsys)

    assert status == 66  # not a ReflectDesk database
    assert out == []
    assert len(err.splitlines()) == 1
    assert err.startswith("reflectdesk: ")
