"""``reflectdesk [options] FILE.rdarchive``: how a double-click opens an archive (Windows
``ReflectDesk.exe "%1"``, the desktop entry's ``Exec=reflectdesk %f``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflectdesk import app, cli
from reflectdesk.commands.window_file import take_window_file

PARSER = cli.build_parser()


@pytest.mark.parametrize(
    ("argv", "left", "file"),
    [
        (["a.rdarchive"], [], "a.rdarchive"),
        (["--db", "x.db", "a.rdarchive"], ["--db", "x.db"], "a.rdarchive"),
        (["--db=x.db", "a.rdarchive"], ["--db=x.db"], "a.rdarchive"),
        (["a.rdarchive", "--lang", "nl"], ["--lang", "nl"], "a.rdarchive"),
        (["--la", "nl", "/m/Hüseyin a.rdarchive"], ["--la", "nl"], "/m/Hüseyin a.rdarchive"),
        (["--", "-odd.rdarchive"], [], "-odd.rdarchive"),
        (["C:\\Users\\An\\groep.rdarchive"], [], "C:\\Users\\An\\groep.rdarchive"),
        # The commands are untouched, whatever their arguments look like.
        (["list", "groups"], ["list", "groups"], None),
        (
            ["--db", "list.rdarchive", "list", "groups"],
            ["--db", "list.rdarchive", "list", "groups"],
            None,
        ),
        (["import", "a.rdarchive"], ["import", "a.rdarchive"], None),
        (["--db", "my.db", "check"], ["--db", "my.db", "check"], None),
        # A bare word is a mistyped command for argparse to report, not a file.
        (["lsit"], ["lsit"], None),
        ([], [], None),
        (["--quit-after-load"], ["--quit-after-load"], None),
    ],
)
def test_the_file_is_taken_out_before_parsing(
    argv: list[str], left: list[str], file: str | None
) -> None:
    assert take_window_file(argv, PARSER) == (left, file)


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Path, Path | None]]:
    """The window's start, recorded instead of run."""
    started: list[tuple[Path, Path | None]] = []

    def run_gui(db: Path, _quit: bool, _lang: str | None, archive: Path | None = None) -> int:
        started.append((db, archive))
        return 0

    monkeypatch.setattr(app, "run_gui", run_gui)
    return started


def test_a_relative_path_with_spaces_and_accents_reaches_the_window_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, windows: list[tuple[Path, Path | None]]
) -> None:
    folder = tmp_path / "Hüseyin map"
    folder.mkdir()
    archive = folder / "groep van Hüseyin.rdarchive"
    archive.write_bytes(b"PK")
    monkeypatch.chdir(tmp_path)

    code = cli.main(["--db", str(tmp_path / "rd.db"), "Hüseyin map/groep van Hüseyin.rdarchive"])

    assert code == 0
    assert windows == [(tmp_path / "rd.db", archive)]
    assert windows[0][1] is not None and windows[0][1].is_absolute()


def test_without_a_file_the_window_gets_none(
    tmp_path: Path, windows: list[tuple[Path, Path | None]]
) -> None:
    assert cli.main(["--db", str(tmp_path / "rd.db")]) == 0
    assert windows == [(tmp_path / "rd.db", None)]


@pytest.mark.parametrize(
    ("name", "make", "says"),
    [
        ("nergens.rdarchive", False, "no archive at"),
        ("notities.txt", True, "is not a ReflectDesk archive"),
        ("./list", True, "is not a ReflectDesk archive"),  # a file named like a command
        ("map.rdarchive", "folder", "no archive at"),
    ],
)
def test_a_wrong_file_is_one_line_and_exit_2(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    windows: list[tuple[Path, Path | None]],
    *,
    name: str,
    make: bool | str,
    says: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    if make == "folder":
        (tmp_path / name).mkdir()
    elif make:
        (tmp_path / name).write_text("geen archief\n", encoding="utf-8")

    code = cli.main([name])

    assert code == 2
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith("reflectdesk: ") and says in line
    assert str(tmp_path) in line  # the path it looked at, made absolute
    assert windows == []


def test_a_file_with_a_command_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], windows: list[tuple[Path, Path | None]]
) -> None:
    archive = tmp_path / "a.rdarchive"
    archive.write_bytes(b"PK")

    code = cli.main([str(archive), "list", "groups", "--db", str(tmp_path / "rd.db")])

    assert code == 2
    [line] = capsys.readouterr().err.splitlines()
    assert "only the window opens an archive" in line and "reflectdesk import" in line


def test_a_command_named_as_a_bare_word_is_still_a_command(
    capsys: pytest.CaptureFixture[str], windows: list[tuple[Path, Path | None]]
) -> None:
    # `list` without what to list: argparse's usage error, as before (no file named list).
    assert cli.main(["list"]) == 2
    assert "the following arguments are required" in capsys.readouterr().err
    assert windows == []


def test_the_desktop_entry_passes_the_double_clicked_file() -> None:
    entry = Path(cli.__file__).resolve().parent.parent / "packaging" / "linux"
    lines = (entry / "nl.reflectdesk.ReflectDesk.desktop").read_text(encoding="utf-8")
    [command] = [line for line in lines.splitlines() if line.startswith("Exec=")]
    # %f: one local file, as an absolute path (several selected start one each).
    assert command.split()[-1] == "%f"
