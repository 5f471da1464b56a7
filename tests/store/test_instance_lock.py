"""One ReflectDesk per database: the instance lock, in this process and across processes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import reflectdesk
from reflectdesk.core.model import GroupDraft
from reflectdesk.store.database import Store, open_store
from reflectdesk.store.errors import DatabaseInUseError
from reflectdesk.store.groups import create_group, list_groups

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
