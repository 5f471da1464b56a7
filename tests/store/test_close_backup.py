"""The backup on close, handed to a process of its own: owed, made, giving way, and the
instance lock that lets a new start ask it to (store/close_backup.py)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from reflectdesk.core.model import GroupDraft
from reflectdesk.paths import backups_dir
from reflectdesk.store import backup_steps, close_backup, instance_lock
from reflectdesk.store.backups import list_backups
from reflectdesk.store.builtins import seed_builtins
from reflectdesk.store.close_backup import (
    backup_after_close,
    due_at_close,
    is_marked,
    mark_due,
)
from reflectdesk.store.database import open_store
from reflectdesk.store.errors import DatabaseInUseError
from reflectdesk.store.groups import create_group
from reflectdesk.store.instance_lock import InstanceLock, give_way_path

NOON = datetime(2026, 11, 22, 12, 0, 0)


@pytest.fixture
def closed_db(tmp_path: Path) -> Path:
    """A small database just closed after a change, as the app leaves it."""
    path = tmp_path / "rd.db"
    with open_store(path, seed=seed_builtins) as store:
        create_group(store, GroupDraft("Balint Utrecht"))
    return path


def leftovers(db: Path) -> list[str]:
    return sorted(p.name for p in backups_dir(db).iterdir() if ".partial" in p.name)


def test_an_owed_backup_is_made_by_the_process_after_close(closed_db: Path) -> None:
    assert due_at_close(closed_db, NOON)
    mark_due(closed_db)

    made = backup_after_close(closed_db, NOON)

    assert made is not None
    [backup] = list_backups(closed_db)
    assert (backup.path, backup.reason) == (made, "on-close")
    assert not is_marked(closed_db)
    assert not due_at_close(closed_db, NOON)  # nothing changed since
    assert InstanceLock(closed_db).acquire() is None  # let go of the database


def test_without_a_marker_the_process_makes_nothing(closed_db: Path) -> None:
    assert backup_after_close(closed_db, NOON) is None
    assert list_backups(closed_db) == []


def test_the_process_leaves_a_database_open_again_alone(closed_db: Path) -> None:
    mark_due(closed_db)
    with open_store(closed_db):  # the facilitator opened it again first
        assert backup_after_close(closed_db, NOON) is None
    assert list_backups(closed_db) == []
    assert is_marked(closed_db)  # so the app makes it


def test_a_backup_asked_to_give_way_mid_copy_leaves_no_backup_and_stays_owed(
    closed_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup_steps, "STEP_PAGES", 1)
    looks: list[list[str]] = []

    def asked_on_the_third_look(db: Path) -> bool:
        looks.append(leftovers(db))
        return len(looks) >= 3

    monkeypatch.setattr(close_backup, "give_way_requested", asked_on_the_third_look)
    mark_due(closed_db)

    assert backup_after_close(closed_db, NOON) is None

    assert "rd-20261122-120000-on-close.db.partial" in looks[2]  # it was mid-copy
    assert list_backups(closed_db) == []
    assert leftovers(closed_db) == []  # the partial went with it
    assert is_marked(closed_db)
    InstanceLock(closed_db).acquire()  # and the lock


def test_the_check_of_the_copy_gives_way_too(
    closed_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup_steps, "CHECK_EVERY_OPS", 1)
    answers = iter([True, True, False])

    with pytest.raises(backup_steps.GaveWay):
        backup_steps.integrity_check_giving_way(closed_db, lambda: next(answers, False))
    assert backup_steps.integrity_check_giving_way(closed_db, lambda: True) == "ok"


class Pauses:
    """instance_lock's clock and pause: time moves only when it pauses."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.now = 100.0
        self.count = 0
        self.on_pause = lambda: None
        monkeypatch.setattr(instance_lock, "_monotonic", lambda: self.now)
        monkeypatch.setattr(instance_lock, "_pause", self.pause)

    def pause(self, seconds: float) -> None:
        self.count += 1
        self.now += seconds
        self.on_pause()


def test_a_start_asks_the_backup_to_give_way_and_gets_the_database(
    closed_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pauses = Pauses(monkeypatch)
    backup = InstanceLock(closed_db, gives_way=True)
    backup.acquire()

    def backup_sees_the_request() -> None:
        if give_way_path(closed_db).exists():
            backup.release()

    pauses.on_pause = backup_sees_the_request
    start = InstanceLock(closed_db)
    start.acquire()

    assert start.held
    assert pauses.count == 1
    assert not give_way_path(closed_db).exists()


def test_another_app_holding_the_database_is_not_waited_for(
    closed_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pauses = Pauses(monkeypatch)
    other_app = InstanceLock(closed_db)
    other_app.acquire()

    with pytest.raises(DatabaseInUseError):
        InstanceLock(closed_db).acquire()
    assert pauses.count == 0
    assert not give_way_path(closed_db).exists()


def test_a_backup_that_does_not_give_way_is_waited_for_a_bounded_time(
    closed_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pauses = Pauses(monkeypatch)
    stuck = InstanceLock(closed_db, gives_way=True)
    stuck.acquire()

    with pytest.raises(DatabaseInUseError):
        InstanceLock(closed_db).acquire()
    assert pauses.now >= 100.0 + instance_lock.GIVE_WAY_SECONDS
    assert not give_way_path(closed_db).exists()


def test_a_request_left_by_a_start_that_crashed_does_not_stop_the_next_backup(
    closed_db: Path,
) -> None:
    give_way_path(closed_db).touch()
    start = InstanceLock(closed_db)
    start.acquire()  # the next start clears it
    start.release()
    mark_due(closed_db)

    assert backup_after_close(closed_db, NOON) is not None
