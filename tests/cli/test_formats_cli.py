"""``reflectdesk formats validate`` and ``reflectdesk formats list``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import reflectdesk
from reflectdesk import cli
from reflectdesk.core.formats import load_builtin_formats
from reflectdesk.store.database import open_store
from reflectdesk.store.formats import format_id_for_key, sync_builtin_formats
from reflectdesk.store.user_formats import copy_format

PROJECT_ROOT = Path(reflectdesk.__file__).resolve().parent.parent
BUILTIN_FILES = sorted((PROJECT_ROOT / "resources" / "formats").glob("*.toml"))
FORMAT_KEYS = {"key", "name", "family", "builtin", "total_minutes", "phases"}
PHASE_KEYS = {"name", "minutes", "cue", "deck"}

GOOD = """\
schema = 1
key = "balint-izmir"
name = "Balint — İzmir şubesi"
family = "balint"

[[phases]]
name = "Αφήγηση"
minutes = 10

[[phases]]
name = "Yansıma"
minutes = 20
cue = "Sunucu dinler."
"""
#  1 schema   6 [[phases]]   10 [[phases]]
#  2 key      7   name       11   name
#  3 name     8   minutes    12   minutes
#  4 family                  13   cue


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
    status, out, err = run(["formats", "validate", *map(str, BUILTIN_FILES)], capsys)

    assert status == 0, out
    assert err == ""
    shipped = {fmt.key: fmt for fmt in load_builtin_formats()}
    assert len(out) == len(BUILTIN_FILES) == len(shipped)
    for path, line in zip(BUILTIN_FILES, out, strict=True):
        fmt = shipped[path.stem]
        phases = len(fmt.phases)
        assert line == f"ok: {path} — {fmt.name} ({phases} phases, {fmt.total_minutes} min)"


def test_a_good_file_with_one_phase(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "one.toml", GOOD[: GOOD.rindex("\n[[phases]]")] + "\n")

    status, out, _ = run(["formats", "validate", path], capsys)

    assert status == 0
    assert out == [f"ok: {path} — Balint — İzmir şubesi (1 phase, 10 min)"]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "minutes = 20",
            "minutes = 0",
            ["12: phases[2].minutes: must be a whole number from 1 to 240, not 0"],
        ),
        (
            "minutes = 20",
            "minuts = 20",
            [
                "10: phases[2].minutes: is required: a whole number from 1 to 240",
                "12: phases[2].minuts: unknown field; phase fields are name, minutes, cue, deck; "
                'did you mean "minutes"?',
            ],
        ),
        ('family = "balint"', 'family = "balint-group"', ["4: family: must be one of"]),
        ('name = "Balint — İzmir şubesi"\n', "", [": name: is required"]),
        ("schema = 1", "schema = 2", ["1: schema: must be 1, not 2"]),
        ('cue = "Sunucu dinler."', 'cue = "Sunucu dinler.', ["13: not valid TOML: "]),
        (
            'name = "Αφήγηση"\nminutes = 10',
            'name = ""\nminutes = 2.5',
            [
                "7: phases[1].name: must not be empty",
                "8: phases[1].minutes: must be a whole number from 1 to 240, not 2.5",
            ],
        ),
    ],
    ids=["zero-minutes", "typo", "family", "missing-name", "schema", "syntax", "two-problems"],
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

    status, out, err = run(["formats", "validate", path], capsys)

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

    status, out, _ = run(["formats", "validate", path], capsys)

    assert status == 1
    assert out == [
        f"{path}: schema: is required: write schema = 1 at the top",
        f'{path}: key: is required: a short identifier such as "balint-one-case"',
        f"{path}: name: is required",
        f"{path}: family: is required: one of balint, collaborative-reflection, intervision, "
        "co-creation, check-in-out, custom",
        f"{path}: phases: at least one [[phases]] table is required",
    ]


def test_several_files_are_each_reported_and_any_problem_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write(tmp_path, "good.toml", GOOD)
    bad = write(tmp_path, "bad.toml", GOOD.replace("minutes = 10", "minutes = 300"))
    missing = str(tmp_path / "missing.toml")
    latin1 = tmp_path / "latin1.toml"
    latin1.write_bytes(b'schema = 1\nname = "\xc7a"\n')

    status, out, err = run(["formats", "validate", good, bad, missing, str(latin1)], capsys)

    assert status == 1
    assert err == ""
    assert out == [
        f"ok: {good} — Balint — İzmir şubesi (2 phases, 30 min)",
        f"{bad}:8: phases[1].minutes: must be a whole number from 1 to 240, not 300",
        f"{missing}: cannot be read: No such file or directory",
        f"{latin1}:2: is not UTF-8 text (byte 0xc7); save the file as UTF-8",
    ]


def test_a_folder_is_a_problem_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(["formats", "validate", str(tmp_path)], capsys)
    assert status == 1
    assert out == [f"{tmp_path}: cannot be read: Is a directory"]
    assert "Traceback" not in err


def test_validate_needs_a_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["formats", "validate"]) == 2
    assert "usage:" in capsys.readouterr().err


# --- list --------------------------------------------------------------------------------


def check_shape(listed: list[dict[str, object]]) -> None:
    for fmt in listed:
        assert set(fmt) == FORMAT_KEYS
        phases = fmt["phases"]
        assert isinstance(phases, list) and phases
        assert all(set(phase) == PHASE_KEYS for phase in phases)
        assert fmt["total_minutes"] == sum(phase["minutes"] for phase in phases)


def test_list_without_a_database_lists_the_shipped_builtins(
    isolated_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(["formats", "list", "--json"], capsys)

    assert status == 0
    assert err == ""
    listed = json.loads("\n".join(out))
    check_shape(listed)
    shipped = load_builtin_formats()
    assert [fmt["key"] for fmt in listed] == [fmt.key for fmt in shipped]
    assert all(fmt["builtin"] is True for fmt in listed)
    first = shipped[0].phases[0]
    assert listed[0]["phases"][0] == {
        "name": first.name,
        "minutes": first.minutes,
        "cue": first.cue,
        "deck": first.deck,
    }
    assert not (isolated_home / "reflectdesk.db").exists()  # nothing was created


@pytest.fixture
def db_with_own_format(tmp_path: Path) -> Path:
    path = tmp_path / "formats.db"
    with open_store(path, seed=sync_builtin_formats) as store:
        source = format_id_for_key(store, "intervision-incident")
        assert source is not None
        copy_format(store, source, "Intervisie — Θεσσαλονίκη")
    return path


@pytest.mark.parametrize("where", ["after", "before"])
def test_list_with_a_database_includes_own_formats(
    db_with_own_format: Path, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    db = ["--db", str(db_with_own_format)]
    command = ["formats", "list", "--json"]
    argv = [*db, *command] if where == "before" else [*command, *db]

    status, out, _ = run(argv, capsys)

    assert status == 0
    listed = json.loads("\n".join(out))
    check_shape(listed)
    own = listed[-1]
    assert own["name"] == "Intervisie — Θεσσαλονίκη"
    assert own["key"] == "intervisie-thessaloniki"
    assert own["builtin"] is False
    assert own["total_minutes"] == 65
    assert [fmt["builtin"] for fmt in listed].count(True) == len(load_builtin_formats())


def test_list_as_a_table(db_with_own_format: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["formats", "--db", str(db_with_own_format), "list"], capsys)

    assert status == 0
    assert out[0].split() == ["Key", "Name", "Family", "Phases", "Minutes", "Kind"]
    assert len(out) == len(load_builtin_formats()) + 2
    assert out[1].startswith("balint-one-case ")
    assert out[1].endswith("built-in")
    assert out[-1].startswith("intervisie-thessaloniki ")
    assert out[-1].endswith(" 7       65  own")


def test_list_on_a_file_that_is_not_a_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "notes.txt", "hello\n")

    status, out, err = run(["formats", "list", "--db", path], capsys)

    assert status == 66  # not a ReflectDesk database
    assert out == []
    assert len(err.splitlines()) == 1
    assert err.startswith("reflectdesk: ")


@pytest.mark.slow
def test_validate_as_a_real_command_through_a_pipe(tmp_path: Path, isolated_home: Path) -> None:
    bad = write(tmp_path, "bad.toml", GOOD.replace("minutes = 20", "minutes = -1"))
    good = write(tmp_path, "good.toml", GOOD)
    env = dict(os.environ, REFLECTDESK_DATA_DIR=str(isolated_home), PYTHONIOENCODING="")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PROJECT_ROOT), env.get("PYTHONPATH")]))
    env.pop("REFLECTDESK_DEBUG", None)

    result = subprocess.run(
        [sys.executable, "-m", "reflectdesk", "formats", "validate", good, bad],
        env=env,
        capture_output=True,
        timeout=120,
        check=False,
    )

    assert result.returncode == 1
    assert result.stderr == b""
    assert result.stdout.decode("utf-8").splitlines() == [
        f"ok: {good} — Balint — İzmir şubesi (2 phases, 30 min)",
        f"{bad}:12: phases[2].minutes: must be a whole number from 1 to 240, not -1",
    ]
