"""A small laptop for the publish tests, built through the store's public functions:
the programme sample's first groups (sessions, clock, attendance, evaluations, themes,
learning points), one learning point made shareable per session, a late arrival with
minutes missed, an action, and a private note holding the canary."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reflectdesk.core.model import AttendanceStatus
from reflectdesk.core.notes import ActionDraft, LearningPointDraft, PrivateText
from reflectdesk.store import attendance, notes, publish_ledger
from reflectdesk.store.database import Store
from tests.programme_sample import PLANS, build_programme_sample

CANARY = "CANARY-PRIVATE-7f3a"


@dataclass(frozen=True)
class Laptop:
    groups: list[str]
    sessions: list[str]
    points: list[str]  # the shareable learning points
    private_note: str


def build_laptop(store: Store, groups: int = 1, *, programme: str | None = None) -> Laptop:
    sample = build_programme_sample(store, PLANS[:groups])
    sessions = [session for ids in sample.session_ids for session in ids]
    points = []
    for session_id in sessions:
        points.append(
            notes.add_learning_point(
                store, session_id, LearningPointDraft(f"Shared at {session_id[:4]}", True)
            ).id
        )
    first = sessions[0]
    for mark in attendance.attendance(store, first):
        if mark.status == AttendanceStatus.LATE:  # the sample has one late arrival
            attendance.set_minutes_missed(store, first, mark.person_id, 15)
    notes.add_action(store, first, ActionDraft("Bring the article"))
    private = notes.save_private_note(store, first, PrivateText("title", f"about {CANARY}"))
    for group_id in sample.group_ids:
        publish_ledger.choose_group(store, group_id, programme)
    return Laptop(sample.group_ids, sessions, points, private.id)


def hub_rows(connection: Any, table: str) -> list[tuple[Any, ...]]:
    return list(connection.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall())
