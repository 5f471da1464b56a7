"""Every file a typical run makes is readable by its owner only on POSIX (issue 13,
item 6): 0600 files, 0700 folders, in the data folder and wherever exports go."""

from __future__ import annotations

import io
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from reflectdesk import cli
from reflectdesk.paths import (
    OWNER_ONLY_FILE,
    OWNER_ONLY_FOLDER,
    create_private_file,
    default_db_path,
    make_private_folder,
)
from reflectdesk.store.backups import make_backup
from reflectdesk.store.builtins import seed_builtins
from reflectdesk.store.database import open_store
from tests.export.sample import build_sample
from tests.fakes import TEST_PASSPHRASE

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture(autouse=True)
def desktop_umask() -> Iterator[None]:
    """The usual desktop umask, with which a plain new file is 0644 and a folder 0755."""
    before = os.umask(0o022)
    yield
    os.umask(before)


def modes(root: Path) -> dict[str, str]:
    """Every folder and file under ``root`` (root included), with its mode in octal."""
    found = {".": oct(stat.S_IMODE(root.stat().st_mode))}
    for folder, subfolders, files in os.walk(root):
        for name in subfolders + files:
            path = Path(folder) / name
            found[str(path.relative_to(root))] = oct(stat.S_IMODE(path.lstat().st_mode))
    return found


def wider_than_owner_only(root: Path) -> dict[str, str]:
    wanted = {True: oct(OWNER_ONLY_FOLDER), False: oct(OWNER_ONLY_FILE)}
    return {
        name: mode for name, mode in modes(root).items() if mode != wanted[(root / name).is_dir()]
    }


def test_a_typical_run_makes_only_owner_only_files_and_folders(
    isolated_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = default_db_path()
    with open_store(db, seed=seed_builtins) as store:  # makes the data folder, db, -wal
        sample = build_sample(store)  # a group, a session, notes, a private note
        make_backup(db, "before-upgrade")  # while the app has it open
        held = modes(db.parent)
        assert held["reflectdesk.db.lock"] == oct(OWNER_ONLY_FILE)  # made so while held
    shared = tmp_path / "shared"  # the user's own folder, where exports go
    shared.mkdir()
    pdf, archive, tables = shared / "summary.pdf", shared / "all.zip", shared / "tables"

    monkeypatch.setattr("sys.stdin", io.StringIO(TEST_PASSPHRASE + "\n"))
    session = ["--session", sample.session_id]
    assert cli.main(["export", "session", *session, "--include-private", "--out", str(pdf)]) == 0
    group = ["--group", sample.group_id]
    assert cli.main(["export", "csv", *group, "--keep-identifiers", "--out", str(tables)]) == 0
    assert cli.main(["export", "archive", "--out", str(archive)]) == 0
    assert cli.main(["backup"]) == 0  # and the log

    from reflectdesk.ui.shell.window_settings import open_window_settings

    settings = open_window_settings()
    settings.setValue("window/geometry", b"x")
    settings.sync()

    made = modes(isolated_home)
    for expected in ("reflectdesk.db", "backups", "logs", "window.ini"):
        assert expected in made
    assert "reflectdesk.db.lock" not in made  # a clean close removes it
    assert any(name.startswith("logs/reflectdesk.log") for name in made)
    assert len([name for name in made if name.startswith("backups/")]) == 2
    assert wider_than_owner_only(isolated_home) == {}
    assert wider_than_owner_only(tables) == {}
    assert {name: modes(shared)[name] for name in ("summary.pdf", "all.zip")} == {
        "summary.pdf": oct(OWNER_ONLY_FILE),
        "all.zip": oct(OWNER_ONLY_FILE),
    }


def test_the_wal_and_shm_of_an_open_database_are_owner_only(isolated_home: Path) -> None:
    db = default_db_path()
    with open_store(db, seed=seed_builtins):
        sides = {path.name: oct(stat.S_IMODE(path.stat().st_mode)) for path in db.parent.iterdir()}
    assert sides["reflectdesk.db-wal"] == oct(OWNER_ONLY_FILE)
    assert sides["reflectdesk.db-shm"] == oct(OWNER_ONLY_FILE)


def test_an_existing_folder_keeps_its_modes_and_an_existing_file_is_not_replaced(
    tmp_path: Path,
) -> None:
    """Only what ReflectDesk makes is made private: the user's own folder is theirs."""
    folder = tmp_path / "Documents"
    folder.mkdir(mode=0o755)
    make_private_folder(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755
    made = make_private_folder(folder / "a" / "b")
    assert stat.S_IMODE(made.stat().st_mode) == OWNER_ONLY_FOLDER

    kept = folder / "kept.txt"
    kept.write_text("mine", encoding="utf-8")
    assert create_private_file(kept) is False
    assert kept.read_text(encoding="utf-8") == "mine"
