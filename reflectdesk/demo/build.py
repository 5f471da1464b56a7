"""Realistic, fictional demo databases for trying the app, screenshots and benchmarks.

``small`` is three hand-written groups, created through the store's service functions
exactly as the ui would (demo/small.py). ``large`` is sixty generated groups with three
thousand sessions, written in one transaction through the store's bulk path,
store/bulk_history.py (the services commit once per call, far too slow for that many
rows); demo/large.py turns the plans into its records.

Everything is deterministic: names come from ``random.Random(seed)``, dates are fixed
relative to DEMO_TODAY (never the real today), and the large demo even derives its ids from
the seed. The data is built first as plain plans (GroupPlan, MemberPlan, SessionPlan),
then written; each kind of demo data (groups, sessions, notes, evaluations) has one
planner, in this package, and is written in that order.

The large demo's private notes are written one by one through the vault seam's
insert_private (inside the bulk path), so that the seam stays the only writer of their
text."""

from __future__ import annotations

import random
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Literal

from reflectdesk.core.errors import words
from reflectdesk.core.model import Role, SessionStatus
from reflectdesk.core.questionnaires import load_builtin_questionnaires
from reflectdesk.demo import small
from reflectdesk.demo.dutch import DUTCH_KINDS, dutch_groups, dutch_responses, dutch_sessions
from reflectdesk.demo.dutch_notes import DUTCH
from reflectdesk.demo.evaluations import LARGE_EVALUATIONS, SMALL_EVALUATIONS, plan_evaluations
from reflectdesk.demo.large import IdSource, large_history
from reflectdesk.demo.notes import (
    ENGLISH,
    LARGE_NOTES,
    SMALL_NOTES,
    MemberNotePlan,
    SessionNotesPlan,
    plan_notes,
)
from reflectdesk.demo.plans import KINDS, GroupPlan, plan_large_groups, plan_small_groups
from reflectdesk.demo.sessions import SessionPlan, plan_large_sessions, plan_small_sessions
from reflectdesk.i18n.texts import current_language
from reflectdesk.store.builtins import seed_builtins
from reflectdesk.store.bulk_history import bulk_insert_history
from reflectdesk.store.bulk_records import BulkResponse
from reflectdesk.store.database import Store, open_store
from reflectdesk.store.errors import StoreError
from reflectdesk.store.formats import format_id_for_key
from reflectdesk.store.vault import create_vault

DemoSize = Literal["small", "large"]
DEMO_SIZES: tuple[DemoSize, ...] = ("small", "large")


# Files SQLite and the instance lock keep beside a database.
SIBLINGS = ("-wal", "-shm", ".lock")


class DemoTargetExistsError(StoreError):
    code = "demo_target_exists"

    def __init__(self, path: Path) -> None:
        super().__init__(
            words()
            .gettext("{path} already exists; a demo database is only written to a new file.")
            .format(path=path),
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
    sessions: int = 0
    finished_sessions: int = 0
    clock_events: int = 0
    attendance: int = 0  # register entries
    notes: int = 0  # private notes: the facilitator's on sessions and about members
    learning_points: int = 0
    actions: int = 0
    responses: int = 0  # questionnaire forms: session, series and conditions


DEMO_PASSPHRASE = "demo passphrase"


def write_demo(
    path: Path, size: DemoSize, seed: int = 7, language: str | None = None, scale: int = 1
) -> DemoSummary:
    """Create a new database at ``path`` filled with demo data, its words in ``language``
    (None: the process language; Dutch for "nl", else English).

    ``scale`` (large only) writes that many large demos into the one file, each from its
    own seed (``seed``, ``seed + 1``, ...), so that benchmarks can measure how the app
    grows with ten years of records: the copies differ in names, dates and ids alike.

    Raises DemoTargetExistsError when ``path`` exists (the caller removes it first when
    asked to replace it) and any StoreError from opening the new database.
    """
    if size not in DEMO_SIZES:
        raise ValueError(f"unknown demo size {size!r}")
    if scale < 1 or (size == "small" and scale != 1):
        raise ValueError(f"a {size} demo cannot be written {scale} times over")
    path = path.absolute()
    if path.exists():
        raise DemoTargetExistsError(path)
    # Dutch is planned with the very same draws as English; only the words differ.
    dutch = (language or current_language()) == "nl"
    summaries: list[DemoSummary] = []
    try:
        with open_store(path, seed=seed_builtins) as store:
            # The demo's private notes are encrypted like real ones, under a passphrase
            # everyone knows (it is printed by `reflectdesk demo` and in the README).
            create_vault(store, DEMO_PASSPHRASE)
            for copy_seed in range(seed, seed + scale):
                summaries.append(_write_copy(store, path, size, copy_seed, dutch))
    except BaseException:
        # The file is new and ours: a half-written demo would only block the next try.
        for leftover in (path, *(path.with_name(path.name + end) for end in SIBLINGS)):
            leftover.unlink(missing_ok=True)
        raise
    return _combined(summaries)


def _write_copy(store: Store, path: Path, size: DemoSize, seed: int, dutch: bool) -> DemoSummary:
    """Plan one demo from ``seed`` and write it into ``store``; what it wrote."""
    rng = random.Random(seed)
    words = DUTCH if dutch else ENGLISH
    if size == "small":
        plans = plan_small_groups()
        meetings = plan_small_sessions(plans, rng)
    else:
        plans = plan_large_groups(rng, DUTCH_KINDS if dutch else KINDS)
        meetings = plan_large_sessions(plans, rng)
    if dutch:
        plans, meetings = dutch_groups(plans), dutch_sessions(meetings)
    density = SMALL_NOTES if size == "small" else LARGE_NOTES
    notes = plan_notes(plans, meetings, rng, density, words)
    format_ids = _format_ids(store, {plan.format_key for plan in plans})
    evaluations = _plan_evaluations(plans, meetings, size, seed)
    if dutch:
        evaluations = dutch_responses(evaluations)
    if size == "small":
        created = small.create_groups(store, plans, format_ids)
        session_ids = small.create_sessions(store, meetings, created)
        small.create_notes(store, meetings, created, session_ids, notes)
        small.create_responses(
            store,
            evaluations,
            session_ids=session_ids,
            group_ids=[group_id for group_id, _ in created],
        )
    else:
        history = large_history(plans, meetings, notes, evaluations, format_ids)
        bulk_insert_history(store, history, new_id=IdSource(seed))
    summary = _summarise(path, size, plans, meetings, notes)
    return replace(summary, responses=len(evaluations))


def _combined(summaries: list[DemoSummary]) -> DemoSummary:
    """One summary of several copies: every count added up."""
    first = summaries[0]
    counts = {
        field.name: sum(getattr(summary, field.name) for summary in summaries)
        for field in fields(DemoSummary)
        if field.name not in ("path", "size")
    }
    return replace(first, **counts)


def _plan_evaluations(
    plans: list[GroupPlan], meetings: list[SessionPlan], size: DemoSize, seed: int
) -> list[BulkResponse]:
    """The demo's questionnaire responses, from their own random stream so that adding
    them changed none of the other demo data."""
    specs = {spec.key: spec for spec in load_builtin_questionnaires()}
    share = SMALL_EVALUATIONS if size == "small" else LARGE_EVALUATIONS
    rng = random.Random(f"reflectdesk-demo-evaluations-{seed}")
    return plan_evaluations(plans, meetings, specs, rng, share)


def _summarise(
    path: Path,
    size: DemoSize,
    plans: list[GroupPlan],
    meetings: list[SessionPlan],
    notes: tuple[list[SessionNotesPlan], list[MemberNotePlan]],
) -> DemoSummary:
    written, about = notes
    memberships = [member for plan in plans for member in plan.members]
    return DemoSummary(
        path=path,
        size=size,
        groups=len(plans),
        archived_groups=sum(plan.archived_at is not None for plan in plans),
        members=len(memberships),
        facilitators=sum(member.role is not Role.MEMBER for member in memberships),
        people=len({member.person for member in memberships}),
        sessions=len(meetings),
        finished_sessions=sum(m.status is SessionStatus.FINISHED for m in meetings),
        clock_events=sum(len(m.events) for m in meetings),
        attendance=sum(len(m.attendance) for m in meetings),
        notes=len(written) + len(about),
        learning_points=sum(len(plan.points) for plan in written),
        actions=sum(len(plan.actions) for plan in written),
    )


def _format_ids(store: Store, keys: set[str]) -> dict[str, str | None]:
    # A built-in that a later version renames simply leaves the demo group without format.
    return {key: format_id_for_key(store, key) for key in sorted(keys)}
