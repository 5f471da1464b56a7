"""The demo databases: counts, realistic names, determinism, and speed of the large one."""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import pytest

from reflectdesk.core.demo_plans import (
    LARGE_ARCHIVED_GROUPS,
    LARGE_GROUPS,
    LARGE_MEMBERS_PER_GROUP,
)
from reflectdesk.core.model import Role
from reflectdesk.store.database import Store, open_store
from reflectdesk.store.demo import DemoTargetExistsError, write_demo
from reflectdesk.store.groups import list_groups
from reflectdesk.store.members import list_members

SMALL_GROUPS = {
    "Balint group — GP placement block 2",
    "Collaborative reflection — Leiden cohort 2026",
    "Intervisie AIOS huisartsgeneeskunde",
}


def _roster(store: Store) -> dict[str, list[tuple[str, str, Role]]]:
    """Group name -> (display name, family name, role) of every active member."""
    groups = list_groups(store) + list_groups(store, archived=True)
    return {
        group.name: [
            (member.display_name, member.family_name, member.role)
            for member in list_members(store, group.id)
        ]
        for group in groups
    }


def test_small_demo_has_three_groups_with_members_and_facilitators(tmp_path: Path) -> None:
    summary = write_demo(tmp_path / "demo.db", "small")

    assert (summary.groups, summary.archived_groups) == (3, 0)
    assert (summary.members, summary.facilitators, summary.people) == (32, 5, 32)
    with open_store(tmp_path / "demo.db", for_reading=True) as store:
        groups = list_groups(store)
        roster = _roster(store)
    assert {group.name for group in groups} == SMALL_GROUPS
    for group in groups:
        assert group.format_id is not None, group.name
        assert group.setting
        assert group.ground_rules.count("\n") >= 3  # a short agreement, one rule a line
        assert (group.planned_sessions, group.attendance_required) in {(6, 5), (8, 6)}
        roles = Counter(role for _, _, role in roster[group.name])
        assert 8 <= roles[Role.MEMBER] <= 10
        assert roles[Role.FACILITATOR] == 1
        assert roles[Role.CO_FACILITATOR] <= 1
        assert group.member_count == len(roster[group.name])
    assert sum(group.member_count for group in groups) == summary.members


def test_small_demo_names_cover_particles_turkish_and_greek(tmp_path: Path) -> None:
    write_demo(tmp_path / "demo.db", "small")
    with open_store(tmp_path / "demo.db", for_reading=True) as store:
        people = {name: family for rows in _roster(store).values() for name, family, _ in rows}

    for name in (
        "IJsbrand van den Eertwegh",
        "Sanne de Vries",
        "Daan van 't Hof",
        "Femke ter Horst",
        "Hüseyin İkiz",
        "Ayşe Çelik",
        "Şükrü Öztürk",
        "Νίκος Παπαδόπουλος",
        "Ελένη Γεωργίου",
    ):
        assert name in people
    # Family names the guess would get wrong are stored, so sorting puts them under E and A.
    assert people["Yassine El Amrani"] == "El Amrani"
    assert people["Fatima Ait Taleb"] == "Ait Taleb"
    assert people["Sanne de Vries"] == ""


@pytest.mark.slow
def test_large_demo_counts_and_speed(tmp_path: Path) -> None:
    started = time.perf_counter()
    summary = write_demo(tmp_path / "large.db", "large")
    elapsed = time.perf_counter() - started

    assert elapsed < 10, f"the large demo took {elapsed:.1f} s"
    assert summary.groups == LARGE_GROUPS
    assert summary.archived_groups == LARGE_ARCHIVED_GROUPS > 0
    with open_store(tmp_path / "large.db", for_reading=True) as store:
        active = list_groups(store)
        archived = list_groups(store, archived=True)
        roster = _roster(store)
    assert len(active) + len(archived) == LARGE_GROUPS
    assert len(archived) == LARGE_ARCHIVED_GROUPS
    assert len(roster) == LARGE_GROUPS  # group names are unique
    for name, rows in roster.items():
        roles = Counter(role for _, _, role in rows)
        assert roles[Role.MEMBER] == LARGE_MEMBERS_PER_GROUP, name
        assert roles[Role.FACILITATOR] == 1, name
        assert roles[Role.CO_FACILITATOR] <= 1, name
    assert summary.members == sum(len(rows) for rows in roster.values())
    members = [n for rows in roster.values() for n, _, role in rows if role is Role.MEMBER]
    assert len(set(members)) == len(members) == LARGE_GROUPS * LARGE_MEMBERS_PER_GROUP
    text = " ".join(members)
    for sign in ("van ", "de ", "IJ", "ş", "ı", "Ö", "ł", "ń", "Π", "ου", "El "):
        assert sign in text, sign


def _snapshot(path: Path) -> dict[str, list[tuple[str, str, Role]]]:
    with open_store(path, for_reading=True) as store:
        return _roster(store)


@pytest.mark.parametrize("size", ["small", "large"])
def test_same_seed_gives_the_same_demo(tmp_path: Path, size: str) -> None:
    write_demo(tmp_path / "one.db", size, seed=11)  # type: ignore[arg-type]
    write_demo(tmp_path / "two.db", size, seed=11)  # type: ignore[arg-type]

    assert _snapshot(tmp_path / "one.db") == _snapshot(tmp_path / "two.db")


@pytest.mark.slow
def test_large_demo_ids_follow_the_seed_and_names_change_with_it(tmp_path: Path) -> None:
    for name, seed in (("a.db", 3), ("b.db", 3), ("c.db", 4)):
        write_demo(tmp_path / name, "large", seed=seed)
    ids = {}
    for name in ("a.db", "b.db", "c.db"):
        with open_store(tmp_path / name, for_reading=True) as store:
            ids[name] = [group.id for group in list_groups(store)]

    assert ids["a.db"] == ids["b.db"]
    assert _snapshot(tmp_path / "a.db") != _snapshot(tmp_path / "c.db")


def test_demo_never_writes_into_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "precious.db"
    path.write_bytes(b"not mine")

    with pytest.raises(DemoTargetExistsError, match="already exists"):
        write_demo(path, "small")
    assert path.read_bytes() == b"not mine"


def test_a_failed_demo_leaves_no_file_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("reflectdesk.store.demo._create_groups", failing)

    folder = tmp_path / "demos"
    with pytest.raises(OSError, match="No space"):
        write_demo(folder / "demo.db", "small")
    assert list(folder.iterdir()) == []
