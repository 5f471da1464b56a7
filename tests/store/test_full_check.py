"""Opening reads no page it need not, and the full check runs when it is owed: after an
unclean stop (store/instance_lock.py) or a week after the last one that passed."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from reflectdesk.core.full_check_rule import FullCheckReason
from reflectdesk.core.model import GroupDraft, MemberDraft
from reflectdesk.store import sqlite_file
from reflectdesk.store.database import open_store
from reflectdesk.store.full_check import full_check_reason, record_full_check, run_full_check
from reflectdesk.store.groups import create_group
from reflectdesk.store.instance_lock import lock_path_for
from reflectdesk.store.members import add_member
from reflectdesk.store.settings import last_full_check_passed
from tests.e2e.fuzz_cases import held_by_another_process
from tests.sqlite_trace import full_passes, trace_statements

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


@pytest.fixture
def pragmas_run(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    return trace_statements(monkeypatch)


def killed_holder(path: Path) -> None:
    """A process that holds the database's lock and is killed, as a crash would."""
    with held_by_another_process(path):
        pass  # leaving it SIGKILLs the holder


def test_opening_runs_no_full_pass_over_the_file(
    make_db: Callable[..., Path], pragmas_run: list[str]
) -> None:
    path = make_db()
    pragmas_run.clear()

    with open_store(path) as store:
        store.schema_revision()
    with open_store(path, for_reading=True) as store:
        store.schema_revision()

    assert pragmas_run, "the trace saw nothing: the spy is not in place"
    assert full_passes(pragmas_run) == []


def test_the_inspection_still_refuses_a_file_cut_off(make_db: Callable[..., Path]) -> None:
    path = make_db()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 1024])

    with pytest.raises(sqlite_file.CorruptDatabaseError, match="cut off"):
        sqlite_file.inspect_database_file(path)


def test_a_clean_close_owes_no_check_after_one_passed(make_db: Callable[..., Path]) -> None:
    path = make_db()
    with open_store(path) as store:
        assert not store.after_unclean_stop
        result = run_full_check(store, lambda: False)
        assert result is not None and result.passed
        record_full_check(store, result, NOW)
        assert last_full_check_passed(store) == NOW
        assert full_check_reason(store, NOW + timedelta(days=1)) is None
        assert full_check_reason(store, NOW + timedelta(days=7)) is FullCheckReason.PERIODIC
    assert not lock_path_for(path).exists()  # a clean close, nothing owed: no lock file


def test_a_killed_holder_is_an_unclean_stop(make_db: Callable[..., Path]) -> None:
    path = make_db()
    with open_store(path) as store:
        record_full_check(store, run_full_check(store, lambda: False), NOW)  # type: ignore[arg-type]
    killed_holder(path)

    with open_store(path) as store:
        assert store.after_unclean_stop
        assert full_check_reason(store, NOW) is FullCheckReason.UNCLEAN_STOP


def test_the_check_stays_owed_until_one_passes(make_db: Callable[..., Path]) -> None:
    """Another program (a CLI command) opening the file in between does not wipe it."""
    path = make_db()
    killed_holder(path)
    with open_store(path) as store:
        assert store.after_unclean_stop  # closed without a check
    with open_store(path) as store:
        assert store.after_unclean_stop
        result = run_full_check(store, lambda: False)
        assert result is not None
        record_full_check(store, result, NOW)
    with open_store(path) as store:
        assert not store.after_unclean_stop


def test_a_stopped_check_says_so_and_records_nothing(make_db: Callable[..., Path]) -> None:
    path = make_db()
    with open_store(path) as store:
        assert run_full_check(store, lambda: True) is None
        assert last_full_check_passed(store) is None


def test_damage_the_open_does_not_read_is_found_by_the_full_check(
    make_db: Callable[..., Path],
) -> None:
    path = make_db()
    swap_two_indexes(path)

    with open_store(path) as store:  # opens: nothing at open reads those indexes
        result = run_full_check(store, lambda: False)
        assert result is not None and not result.passed
        record_full_check(store, result, NOW)
        assert last_full_check_passed(store) is None  # damage records nothing


def swap_two_indexes(path: Path) -> None:
    """Each of two indexes of the members' table points at the other's pages: every page
    reads, but the entries no longer match the rows (integrity_check's finding; the
    cheap look at open and quick_check see nothing)."""
    with open_store(path) as store:
        group = create_group(store, GroupDraft(name="Tuesday group"))
        for name in ("Anna de Vries", "Bram Jansen", "Carla Smit"):
            add_member(store, group.id, MemberDraft(name))
    with closing(sqlite3.connect(path)) as connection:
        rows = connection.execute(
            "SELECT name, rootpage FROM sqlite_master WHERE type = 'index' "
            "AND tbl_name = 'memberships' AND sql IS NOT NULL ORDER BY name"
        ).fetchall()
        (first, first_root), (second, second_root) = rows[:2]
        connection.execute("PRAGMA writable_schema = ON")
        connection.execute(
            "UPDATE sqlite_master SET rootpage = ? WHERE name = ?", (second_root, first)
        )
        connection.execute(
            "UPDATE sqlite_master SET rootpage = ? WHERE name = ?", (first_root, second)
        )
        connection.commit()
