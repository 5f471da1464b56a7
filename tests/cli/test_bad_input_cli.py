"""Bad input at the command line (issue 13, item 8): each gets one clear line and a
non-zero exit, fast and without growing memory; never "internal error"."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from reflectdesk import cli
from tests.e2e import fuzz_cases as cases


def _error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert "internal error" not in err and "Traceback" not in err, err
    return err


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Iterator[cases.Workspace]:
    workspace = cases.make_workspace(tmp_path_factory.mktemp("cli-rules"))
    yield workspace
    workspace.close()


def test_an_option_that_is_not_utf8_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # How Python hands over the argument bytes b"\xff": as a lone surrogate.
    garbled = b"Balint \xff".decode("utf-8", "surrogateescape")
    db = str(tmp_path / "r.db")
    assert cli.main(["list", "sessions", "--group", garbled, "--db", db]) == 2
    err = _error(capsys)
    assert "the value of --group is not text (bytes that are not UTF-8)" in err
    assert not (tmp_path / "r.db").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="no /dev/zero")
def test_an_endless_device_is_refused_before_reading(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["formats", "validate", "/dev/zero"]) == 1
    captured = capsys.readouterr()
    assert "/dev/zero: is not a regular file" in captured.out + captured.err
    assert "internal error" not in captured.err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_is_refused_not_waited_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "deck.toml"
    os.mkfifo(fifo)  # never opened for reading here: that would block the test
    assert cli.main(["decks", "validate", str(fifo)]) == 1
    captured = capsys.readouterr()
    assert "is not a regular file" in captured.out + captured.err


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("a = " + "[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ("# " + "x" * (1024 * 1024 + 10), "the limit is 1 MiB"),
        ('schema = 1\nkey = "my-format"\nname = "Balint \\u202Egnp.exe"', "right-to-left"),
    ],
    ids=["nested 100,000 deep", "over 1 MiB", "bidi override in a name"],
)
def test_a_bad_format_file_gets_a_clear_message(
    content: str, expected: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(content, encoding="utf-8")
    assert cli.main(["formats", "validate", str(path)]) == 1
    captured = capsys.readouterr()
    assert expected in captured.out + captured.err
    assert "internal error" not in captured.err


OUT_OF_RANGE = {
    "10^30": ("groups", "planned_sessions", 10**30),
    "a lone surrogate": ("persons", "display_name", "Hu\udc80seyin"),
    "a phase of 10^15 s": ("session_phases", "planned_seconds", 10**15),
    "not a date": ("memberships", "joined_on", "not a date"),
}


@pytest.mark.parametrize("case", list(OUT_OF_RANGE))
def test_an_archive_row_out_of_range_is_refused_in_one_line(
    case: str, work: cases.Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table, field, value = OUT_OF_RANGE[case]
    archive = tmp_path / "bad.rdarchive"
    archive.write_bytes(cases.archive_with_value(work.archive, table, field, value))
    target = tmp_path / "target.db"
    target.write_bytes(work.template.read_bytes())
    before = target.read_bytes()
    assert cli.main(["import", str(archive), "--db", str(target)]) == 1
    lines = _error(capsys).splitlines()
    assert len(lines) == 1, lines
    assert f"row 1 of table {table}, field {field}: " in lines[0]
    assert target.read_bytes() == before
