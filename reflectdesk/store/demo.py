"""Realistic, fictional demo databases for trying the app, screenshots and benchmarks.

``small`` is three hand-written groups, created through the service functions exactly as
the ui would. ``large`` is sixty generated groups, written with the ORM models in one
transaction (the services commit once per call, far too slow for hundreds of rows).

Everything is deterministic: names come from ``random.Random(seed)``, dates are fixed
relative to DEMO_TODAY (never the real today), and the large demo even derives its ids from
the seed. The data is built first as plain plans (GroupPlan, MemberPlan), then written;
later kinds of demo data (sessions, notes, evaluations) get one planner and one writer
each, called from :func:`write_demo` after the groups.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from sqlalchemy.orm import Session

from reflectdesk.core.demo_plans import (
    GroupPlan,
    MemberPlan,
    PersonPlan,
    plan_large_groups,
    plan_small_groups,
)
from reflectdesk.core.model import GroupDraft, MemberDraft, Role
from reflectdesk.store.database import Store, open_store
from reflectdesk.store.errors import StoreError
from reflectdesk.store.formats import format_id_for_key, sync_builtin_formats
from reflectdesk.store.groups import apply_draft, clean_group_draft, create_group
from reflectdesk.store.members import add_member, clean_member_draft
from reflectdesk.store.models.groups import Group, Membership, Person

DemoSize = Literal["small", "large"]
DEMO_SIZES: tuple[DemoSize, ...] = ("small", "large")


# Files SQLite and the instance lock keep beside a database.
SIBLINGS = ("-wal", "-shm", ".lock")


class DemoTargetExistsError(StoreError):
    code = "demo_target_exists"

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path} already exists; a demo database is only written to a new file.",
            path=str(path),
        )


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """What :func:`write_demo` wrote. ``members`` counts active memberships of every role
    (as GroupRecord.member_count does); ``facilitators`` is the part of them that lead."""

    path: Path
    size: DemoSize
    groups: int
    archived_groups: int
    members: int
    facilitators: int
    people: int


def write_demo(path: Path, size: DemoSize, seed: int = 7) -> DemoSummary:
    """Create a new database at ``path`` filled with demo data.

    Raises DemoTargetExistsError when ``path`` exists (the caller removes it first when
    asked to replace it) and any StoreError from opening the new database.
    """
    if size not in DEMO_SIZES:
        raise ValueError(f"unknown demo size {size!r}")
    path = path.absolute()
    if path.exists():
        raise DemoTargetExistsError(path)
    rng = random.Random(seed)
    plans = plan_small_groups() if size == "small" else plan_large_groups(rng)
    try:
        with open_store(path, seed=sync_builtin_formats) as store:
            format_ids = _format_ids(store, {plan.format_key for plan in plans})
            if size == "small":
                _create_groups(store, plans, format_ids)
            else:
                ids = _IdSource(seed)
                with store.transaction() as session:
                    _insert_groups(session, plans, format_ids, ids)
                    # Sessions, notes and evaluations for the large demo go here, each
                    # from its own _plan_*/_insert_* pair fed by ``rng`` and ``ids``.
    except BaseException:
        # The file is new and ours: a half-written demo would only block the next try.
        for leftover in (path, *(path.with_name(path.name + end) for end in SIBLINGS)):
            leftover.unlink(missing_ok=True)
        raise
    return _summarise(path, size, plans)


def _summarise(path: Path, size: DemoSize, plans: list[GroupPlan]) -> DemoSummary:
    memberships = [member for plan in plans for member in plan.members]
    return DemoSummary(
        path=path,
        size=size,
        groups=len(plans),
        archived_groups=sum(plan.archived_at is not None for plan in plans),
        members=len(memberships),
        facilitators=sum(member.role is not Role.MEMBER for member in memberships),
        people=len({member.person for member in memberships}),
    )


def _format_ids(store: Store, keys: set[str]) -> dict[str, str | None]:
    # A built-in that a later version renames simply leaves the demo group without format.
    return {key: format_id_for_key(store, key) for key in sorted(keys)}


class _IdSource:
    """UUID4-shaped ids drawn from the seed, so two large demos are identical row by row."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(f"reflectdesk-demo-ids-{seed}")

    def __call__(self) -> str:
        return str(uuid.UUID(int=self._rng.getrandbits(128), version=4))


# --- writers ---------------------------------------------------------------------------


def _create_groups(store: Store, plans: list[GroupPlan], format_ids: dict[str, str | None]) -> None:
    """Through the service functions, one transaction per action, as the ui does it."""
    for plan in plans:
        record = create_group(store, _group_draft(plan, format_ids))
        for member in plan.members:
            add_member(store, record.id, _member_draft(member), joined_on=member.joined_on)


def _insert_groups(
    session: Session,
    plans: list[GroupPlan],
    format_ids: dict[str, str | None],
    new_id: _IdSource,
) -> list[Group]:
    """Bulk insert inside the caller's transaction; drafts still pass the services'
    validation, so the demo never holds a row the ui could not have made."""
    people: dict[PersonPlan, Person] = {}
    groups: list[Group] = []
    for plan in plans:
        draft = clean_group_draft(_group_draft(plan, format_ids))
        group = apply_draft(Group(id=new_id(), archived_at=plan.archived_at), draft)
        for member in plan.members:
            clean = clean_member_draft(_member_draft(member))
            person = people.get(member.person)
            if person is None:
                person = Person(
                    id=new_id(), display_name=clean.display_name, family_name=clean.family_name
                )
                people[member.person] = person
            group.memberships.append(
                Membership(
                    id=new_id(), person=person, role=clean.role.value, joined_on=member.joined_on
                )
            )
        groups.append(group)
    session.add_all(groups)
    session.flush()
    return groups


def _group_draft(plan: GroupPlan, format_ids: dict[str, str | None]) -> GroupDraft:
    return GroupDraft(
        name=plan.name,
        format_id=format_ids.get(plan.format_key),
        setting=plan.setting,
        planned_sessions=plan.planned_sessions,
        attendance_required=plan.attendance_required,
        ground_rules=plan.ground_rules,
    )


def _member_draft(member: MemberPlan) -> MemberDraft:
    return MemberDraft(
        display_name=member.person.display_name,
        role=member.role,
        family_name=member.person.family_name,
    )
