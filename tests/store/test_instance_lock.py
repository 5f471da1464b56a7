"""One ReflectDesk per database: the instance lock, in this process and across processes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import reflectdesk
from reflectdesk.core.model import GroupDraft
from reflectdesk.store import instance_lock
from reflectdesk.store.backups import make_backup, restore_backup
from reflectdesk.store.database import Store, open_store
from reflectdesk.store.errors import DatabaseInUseError
from reflectdesk.store.groups import create_group, list_groups
from reflectdesk.store.instance_lock import CHECK_OWED, identity_lock_folder, lock_path_for

# Opens the store, reports "ready", holds the store until its stdin closes.
HOLDER = """
import sys
from pathlib import Path

from reflectdesk.store.database import open_store

store = open_store(Path(sys.argv[1]))
print("ready", flush=True)
sys.stdin.read()
store.close()
print("closed", flush=True)
"""


def test_second_open_in_this_process_is_refused_with_the_pid(store: Store) -> None:
    with pytest.raises(DatabaseInUseError) as caught:
        open_store(store.path)

    message = str(caught.value)
    assert str(store.path) in message
    assert f"pid {os.getpid()}" in message
    assert "Traceback" not in message


def test_open_works_again_after_close(db_path: Path) -> None:
    first = open_store(db_path)
    create_group(first, GroupDraft(name="Balint Tuesday"))
    first.close()

    with open_store(db_path) as second:
        assert [group.name for group in list_groups(second)] == ["Balint Tuesday"]


def test_refused_open_does_not_break_the_holder(store: Store) -> None:
    with pytest.raises(DatabaseInUseError):
        open_store(store.path)

    create_group(store, GroupDraft(name="Still writable"))
    with pytest.raises(DatabaseInUseError):
        open_store(store.path)  # the holder still holds the lock


def test_open_for_reading_works_while_locked(store: Store) -> None:
    create_group(store, GroupDraft(name="Balint Tuesday"))

    reader = open_store(store.path, for_reading=True)
    try:
        assert [group.name for group in list_groups(reader)] == ["Balint Tuesday"]
    finally:
        reader.close()

    # Closing the reader must not release the holder's lock.
    with pytest.raises(DatabaseInUseError):
        open_store(store.path)


def test_open_without_lock_flag_does_not_take_the_lock(db_path: Path) -> None:
    with open_store(db_path, lock=False), open_store(db_path) as locked:
        assert locked.schema_revision() is not None


def start_holder(db_path: Path) -> subprocess.Popen[str]:
    """A second ReflectDesk process that has opened ``db_path`` (it has said "ready")."""
    project_root = str(Path(reflectdesk.__file__).resolve().parent.parent)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [project_root, env.get("PYTHONPATH")]))
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    first_line = child.stdout.readline()  # blocks until the child holds the lock; no sleep
    if first_line != "ready\n":
        _out, errors = child.communicate(timeout=30)
        pytest.fail(f"the holder process did not start: {errors}")
    return child


@pytest.mark.slow
def test_second_process_holding_the_database_is_reported(db_path: Path) -> None:
    open_store(db_path).close()  # migrate here, so the child only opens
    child = start_holder(db_path)
    try:
        with pytest.raises(DatabaseInUseError) as caught:
            open_store(db_path)
        assert f"pid {child.pid}" in str(caught.value)

        # communicate() closes the child's stdin, which tells it to close the store.
        rest, errors = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()

    assert child.returncode == 0, errors
    assert rest == "closed\n"
    with open_store(db_path) as store:
        assert store.schema_revision() is not None


@pytest.mark.slow
def test_crashed_holder_leaves_no_stale_lock(db_path: Path) -> None:
    open_store(db_path).close()
    child = start_holder(db_path)
    child.kill()  # no clean close: the operating system drops the lock
    child.communicate(timeout=30)

    with open_store(db_path) as store:
        create_group(store, GroupDraft(name="After the crash"))
        assert [group.name for group in list_groups(store)] == ["After the crash"]


# --- a second name for the same file --------------------------------------------------


def second_name(store: Store, kind: str) -> Path:
    """A hard link or a symbolic link to the open database, in another folder."""
    folder = store.path.parent / "elsewhere"
    folder.mkdir()
    link = folder / f"{kind}.db"
    if kind == "hardlink":
        os.link(store.path, link)
    else:
        link.symlink_to(store.path)
    return link


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX links")
@pytest.mark.parametrize("kind", ["hardlink", "symlink"])
def test_a_second_name_for_an_open_database_is_refused(store: Store, kind: str) -> None:
    link = second_name(store, kind)

    with pytest.raises(DatabaseInUseError) as caught:
        open_store(link)

    assert f"pid {os.getpid()}" in str(caught.value)
    create_group(store, GroupDraft(name="Still writable"))  # the holder is unharmed


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX links")
@pytest.mark.parametrize("kind", ["hardlink", "symlink"])
def test_restore_through_a_second_name_is_refused(store: Store, kind: str) -> None:
    create_group(store, GroupDraft(name="Balint Tuesday"))
    backup = make_backup(store.path, "manual")
    create_group(store, GroupDraft(name="Written after the backup"))
    link = second_name(store, kind)

    with pytest.raises(DatabaseInUseError):
        restore_backup(link, backup)

    assert sorted(group.name for group in list_groups(store)) == [
        "Balint Tuesday",
        "Written after the backup",
    ]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX links")
@pytest.mark.parametrize("kind", ["hardlink", "symlink"])
def test_a_second_name_opens_once_the_first_is_closed(db_path: Path, kind: str) -> None:
    with open_store(db_path) as first:
        link = second_name(first, kind)

    with open_store(link) as second:
        create_group(second, GroupDraft(name="Through the other name"))

    with open_store(db_path) as again:
        assert [group.name for group in list_groups(again)] == ["Through the other name"]


@pytest.mark.skipif(sys.platform == "win32", reason="Windows has only the lock beside the file")
def test_the_lock_is_taken_on_the_files_identity_in_a_folder_of_this_user_alone(
    store: Store,
) -> None:
    identity = store.path.stat()
    folder = identity_lock_folder()

    assert (folder / f"{identity.st_dev}-{identity.st_ino}.lock").is_file()
    if sys.platform != "win32":
        assert folder.stat().st_mode & 0o777 == 0o700


# --- no lock file left after a clean exit ---------------------------------------------


def identity_lock_of(path: Path) -> Path:
    identity = path.stat()
    return identity_lock_folder() / f"{identity.st_dev}-{identity.st_ino}.lock"


def test_a_clean_close_removes_the_lock_files(db_path: Path) -> None:
    with open_store(db_path) as store:
        assert lock_path_for(db_path).is_file()
        identity = identity_lock_of(store.path)
    assert not lock_path_for(db_path).exists()
    if sys.platform != "win32":
        assert not identity.exists()


def test_a_refused_open_leaves_the_holders_lock_file(store: Store) -> None:
    with pytest.raises(DatabaseInUseError):
        open_store(store.path)
    assert f"pid {os.getpid()}" in lock_path_for(store.path).read_text()
    with pytest.raises(DatabaseInUseError):
        open_store(store.path)  # still held: the refused open removed nothing


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX flock: a file can go while open")
def test_a_lock_taken_on_a_file_its_holder_removed_is_taken_again(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The holder removes the file between our opening it and our locking it: we must
    not hold a lock on a file nobody else will meet."""
    open_store(db_path).close()
    lock_file = lock_path_for(db_path)
    real_lock = instance_lock._lock
    removed: list[Path] = []

    def removed_first(handle: object) -> None:
        if not removed:
            removed.append(lock_file)
            lock_file.unlink()  # as a holder's clean release does, just before our lock
        real_lock(handle)  # type: ignore[arg-type]

    monkeypatch.setattr(instance_lock, "_lock", removed_first)
    with open_store(db_path):
        monkeypatch.setattr(instance_lock, "_lock", real_lock)
        assert removed
        assert lock_file.is_file()  # made again and held under its name
        with pytest.raises(DatabaseInUseError):
            open_store(db_path)


@pytest.mark.slow
def test_a_killed_holder_still_tells_the_next_one_of_its_unclean_stop(db_path: Path) -> None:
    open_store(db_path).close()
    child = start_holder(db_path)
    child.kill()  # SIGKILL: no release, its line stays in the lock file
    child.communicate(timeout=30)
    assert f"pid {child.pid}" in lock_path_for(db_path).read_text()

    with open_store(db_path) as store:
        assert store.after_unclean_stop
    # Closed without a check passing: the file stays, saying a check is owed.
    assert lock_path_for(db_path).read_text() == CHECK_OWED
    with open_store(db_path) as store:
        assert store.after_unclean_stop
        store.full_check_passed()
    assert not lock_path_for(db_path).exists()
