"""After a passphrase change: a fresh backup is made, the older ones are listed, and
removing them takes their SQLite side files too and skips what is already gone."""

from __future__ import annotations

from datetime import datetime

from reflectdesk.store.backups import list_backups, make_backup
from reflectdesk.store.database import Store
from reflectdesk.store.older_backups import (
    REASON,
    back_up_after_passphrase_change,
    remove_backups,
)


def test_the_fresh_backup_is_made_and_only_the_older_ones_are_listed(store: Store) -> None:
    first = make_backup(store.path, "manual", now=datetime(2026, 11, 3, 9, 30))
    second = make_backup(store.path, "on-close", now=datetime(2026, 11, 17, 9, 30))

    after = back_up_after_passphrase_change(store.path)

    assert after.fresh.exists() and REASON in after.fresh.name
    assert [info.path for info in after.older] == [second, first]  # newest first


def test_removing_takes_side_files_and_skips_what_is_gone(store: Store) -> None:
    first = make_backup(store.path, "manual", now=datetime(2026, 11, 3, 9, 30))
    # A -wal (a non-empty -journal would mark a half-copied backup, never listed).
    journal = first.with_name(first.name + "-wal")
    journal.write_bytes(b"left over")
    older = back_up_after_passphrase_change(store.path).older
    first.with_name("unrelated.txt").write_text("not ours")

    assert remove_backups(older) == 1
    assert remove_backups(older) == 0  # already gone: nothing to do, no error

    assert not first.exists() and not journal.exists()
    assert first.with_name("unrelated.txt").exists()
    assert [info.reason for info in list_backups(store.path)] == [REASON]
