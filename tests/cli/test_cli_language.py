"""``--lang nl`` and ``--lang en``: every line a command writes for a person is in that
language; JSON, paths and exit statuses are the same in both."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from reflectdesk import cli
from reflectdesk.commands import EXIT_DAMAGED, EXIT_ERROR
from reflectdesk.demo.build import write_demo
from reflectdesk.store.schema import HEAD_REVISION


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "demo.db"
    write_demo(path, "small")
    return path


@pytest.fixture
def demo_db(tmp_path: Path, demo_template: Path) -> Path:
    path = tmp_path / "demo.db"
    shutil.copyfile(demo_template, path)
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    status = cli.main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    return status, out, err


def test_check_reports_in_dutch_and_english(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "--lang", "nl", "check", "--db", demo_db) == (
        0,
        f"in orde: {demo_db} — schema {HEAD_REVISION} (actueel), 3 groepen, 32 groepsleden\n",
        "",
    )
    assert run(capsys, "--lang", "en", "check", "--db", demo_db) == (
        0,
        f"ok: {demo_db} — schema {HEAD_REVISION} (current), 3 groups, 32 members\n",
        "",
    )


def test_list_groups_heads_its_table_in_the_language_and_keeps_its_json(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, dutch, _ = run(capsys, "--lang", "nl", "list", "groups", "--db", demo_db)
    _, english, _ = run(capsys, "--lang", "en", "list", "groups", "--db", demo_db)
    _, dutch_json, _ = run(capsys, "--lang", "nl", "list", "groups", "--db", demo_db, "--json")
    _, english_json, _ = run(capsys, "--lang", "en", "list", "groups", "--db", demo_db, "--json")

    assert dutch.splitlines()[0].split() == [
        "Naam",
        "Werkvorm",
        "Setting",
        "Bijeenkomsten",
        "Regel",
        "Deelnemers",
        "Begeleiders",
    ]
    assert english.splitlines()[0].split() == [
        "Name",
        "Format",
        "Setting",
        "Sessions",
        "Rule",
        "Participants",
        "Facilitators",
    ]
    assert " van " in dutch and " of " in english  # the attendance rule, "4 van 6"
    # The JSON keeps its keys and values; only the built-in format's display name is
    # shown in the language asked for, as in the table.
    dutch_rows, english_rows = json.loads(dutch_json), json.loads(english_json)
    dutch_formats = [row.pop("format") for row in dutch_rows]
    english_formats = [row.pop("format") for row in english_rows]
    assert dutch_formats[0] == "Balintgroep — één casus (50 min)"
    assert english_formats[0] == "Balint group — one case (50 min)"
    assert dutch_rows == english_rows


def test_backup_and_restore_in_dutch_and_english(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, made, _ = run(capsys, "--lang", "nl", "backup", "--db", demo_db)
    backup = Path(made.strip())  # the path alone, for scripts, in every language
    assert status == 0 and backup.is_file()

    status, dutch, _ = run(capsys, "--lang", "nl", "restore", backup, "--db", demo_db)
    assert status == 0
    assert dutch.startswith(f"teruggezet uit {backup}; de database van daarvoor is bewaard als ")

    status, english, _ = run(capsys, "--lang", "en", "restore", backup, "--db", demo_db)
    assert status == 0
    assert english.startswith(f"restored from {backup}; the database before was saved as ")

    _, listed, _ = run(capsys, "--lang", "nl", "backups", "list", "--db", demo_db)
    assert listed.splitlines()[0].split() == ["Gemaakt", "Reden", "Bytes", "Bestand"]


def test_errors_in_dutch_and_english_with_the_same_status(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "none.db"
    assert run(capsys, "--lang", "nl", "check", "--db", missing) == (
        EXIT_ERROR,
        "",
        f"reflectdesk: geen database op {missing}\n",
    )
    assert run(capsys, "--lang", "en", "check", "--db", missing) == (
        EXIT_ERROR,
        "",
        f"reflectdesk: no database at {missing}\n",
    )

    damaged = tmp_path / "cut.db"
    damaged.write_bytes(b"SQLite format 3\x00" + bytes(84))
    status, _, dutch = run(capsys, "--lang", "nl", "check", "--db", damaged)
    assert status == EXIT_DAMAGED
    assert dutch == (
        f"reflectdesk: {damaged} is beschadigd (het bestand is maar 100 bytes lang). Het "
        "bestand is niet veranderd. Zet een back-up terug uit de map 'backups' ernaast.\n"
    )
    status, _, english = run(capsys, "--lang", "en", "check", "--db", damaged)
    assert status == EXIT_DAMAGED
    assert english.startswith(f"reflectdesk: {damaged} is damaged (the file is only 100 bytes")


def test_a_usage_error_of_our_own_is_in_the_language(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, dutch = run(capsys, "--lang", "nl", "demo", "--db", demo_db)
    assert status == EXIT_ERROR
    assert dutch == f"reflectdesk: {demo_db} bestaat al; voeg --force toe om het te vervangen\n"


def test_the_demo_counts_in_dutch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo.db"
    status, out, _ = run(capsys, "--lang", "nl", "demo", "--db", path)

    first, second = out.splitlines()
    assert status == 0
    assert first == (
        "kleine demo geschreven: 3 groepen, 32 groepsleden (5 als begeleider), 32 personen, "
        "12 bijeenkomsten (9 afgerond), 13 privénotities, 35 leerpunten, 5 actiepunten "
        f"-> {path}"
    )
    assert second == 'de privénotities zijn versleuteld; de wachtwoordzin is "demo passphrase"'
