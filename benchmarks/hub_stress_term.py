"""One laptop of benchmarks/hub_stress.py: a facilitator's term built through the
store's public functions (as the ui writes it, one transaction per action), its own
programme figures, and its publish, timed. Run in a process of its own per laptop."""

from __future__ import annotations

import json
import random
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

START = datetime(2027, 1, 11, 13, 0, tzinfo=UTC)
SESSIONS = 12
STUDENTS = 7


def canary(number: int) -> str:
    return f"CANARY-PRIVATE-{number:03d}-c4e1b9"


def shared_text(number: int, group: int, session: int) -> str:
    """A shareable learning point's text: the packet capture must show these."""
    return f"Shared lesson laptop {number} group {group} session {session}: silence helps"


def build_term(store: Any, number: int, groups: int, programme: str | None) -> None:
    """``groups`` groups of a facilitator and 7 students, 12 sessions each run on the
    clock, with registers, evaluation forms, themes, learning points (shareable and
    not), an action and a private note holding this laptop's canary per session."""
    from reflectdesk.core.model import GroupDraft, MemberDraft, Role
    from reflectdesk.core.notes import ActionDraft, LearningPointDraft, PrivateText
    from reflectdesk.store import formats, members, notes, publish_ledger, themes
    from reflectdesk.store import groups as group_store
    from reflectdesk.store.questionnaires import latest_questionnaire
    from reflectdesk.store.responses import record_response

    rng = random.Random(number)
    format_id = formats.format_id_for_key(store, "balint-one-case")
    session_eval = latest_questionnaire(store, "session-evaluation")
    series_eval = latest_questionnaire(store, "series-evaluation")
    assert session_eval is not None and series_eval is not None
    theme_ids = [theme.id for theme in themes.list_themes(store)[:4]]
    for g in range(groups):
        draft = GroupDraft(f"Laptop {number} group {g}", format_id, planned_sessions=SESSIONS)
        group = group_store.create_group(store, draft)
        lead = MemberDraft(f"Facilitator {number} {g}", Role.FACILITATOR)
        leader = members.add_member(store, group.id, lead).person_id
        students = [
            members.add_member(store, group.id, MemberDraft(f"Student {number} {g} {i}"))
            for i in range(STUDENTS)
        ]
        for s in range(SESSIONS):
            meeting = _held(store, group.id, START + timedelta(weeks=s, hours=g), s)
            _register(store, meeting, leader, [m.person_id for m in students], rng)
            for _form in range(rng.randint(3, 6)):
                values = {"safe-space": rng.randint(1, 5), "depth": rng.randint(2, 5)}
                record_response(store, session_eval.id, values, session_id=meeting)
            themes.set_session_themes(store, meeting, [theme_ids[s % len(theme_ids)]])
            shared = LearningPointDraft(shared_text(number, g, s), True, (theme_ids[0],))
            notes.add_learning_point(store, meeting, shared)
            notes.add_learning_point(store, meeting, LearningPointDraft("Kept to myself"))
            private = PrivateText("Private", f"{canary(number)} about session {s}")
            notes.save_private_note(store, meeting, private)
            if s == 0:
                notes.add_action(store, meeting, ActionDraft("Bring the article"))
        for timepoint in ("start", "end"):
            for _student in students:
                values = {"discuss-difficult-cases": rng.randint(1, 5)}
                record_response(
                    store, series_eval.id, values, group_id=group.id, timepoint=timepoint
                )
        publish_ledger.choose_group(store, group.id, programme)


def _held(store: Any, group_id: str, when: datetime, number: int) -> str:
    from reflectdesk.core.clock_state import ClockEventRecord
    from reflectdesk.core.model import ClockEventKind
    from reflectdesk.core.sessions import SessionDraft
    from reflectdesk.store import sessions

    draft = SessionDraft(planned_start=when, title=f"Session {number + 1}")
    meeting = sessions.plan_session(store, group_id, draft).id
    for seq, kind in enumerate((ClockEventKind.START, ClockEventKind.END), start=1):
        event = ClockEventRecord(seq=seq, kind=kind, elapsed=5400.0 * (seq - 1), wall_time=when)
        sessions.record_clock_event(store, meeting, event)
    return meeting


def _register(store: Any, meeting: str, leader: str, students: list[str], rng: Any) -> None:
    from reflectdesk.core.model import AttendanceStatus
    from reflectdesk.store import attendance

    marks = (AttendanceStatus.PRESENT,) * 6 + (AttendanceStatus.ABSENT, AttendanceStatus.LATE)
    attendance.set_attendance(store, meeting, leader, AttendanceStatus.PRESENT)
    for person in students:
        attendance.set_attendance(store, meeting, person, rng.choice(marks))


def planned_keys(store: Any) -> dict[str, list[str]]:
    """Table -> the keys of the rows a publish of this laptop sends (all, at first)."""
    from reflectdesk.operations.hub_publish import plan_publish
    from reflectdesk.store.publish_tables import row_key

    plan = plan_publish(store)
    assert not plan.held_back, "a shareable point of the term was held back"
    return {q.spec.name: [row_key(q.spec, row) for row in q.changed] for q in plan.queues}


def open_laptop(path: Path, *, new: bool) -> Any:
    from reflectdesk.store.builtins import seed_builtins
    from reflectdesk.store.database import open_store
    from tests.fakes import open_vault

    store = open_store(path, seed=seed_builtins if new else None)
    if new:
        open_vault(store)
    return store


def run_laptop(job: dict[str, Any], barrier: Any) -> None:
    """A laptop's whole life in the stress run (in its own process): build, wait for the
    others, publish, then read its own programme figures; the outcome goes to a JSON file."""
    from reflectdesk.operations.hub_publish import publish
    from tests.hub.publish_compare import copy_laptop, laptop_programme, programme_figures

    path = Path(job["path"])
    outcome: dict[str, Any] = {"number": job["number"]}
    try:
        started = time.monotonic()
        store = open_laptop(path, new=True)
        build_term(store, job["number"], job["groups"], job["programme"])
        outcome["build_s"] = time.monotonic() - started
        outcome["planned"] = planned_keys(store)
        store.close()
        if job.get("twin"):
            copy_laptop(path, Path(job["twin"]))
        store = open_laptop(path, new=False)
        barrier.wait(timeout=1800)
        outcome["start"] = time.monotonic()
        report = publish(store, job["url"])
        outcome["end"] = time.monotonic()
        outcome["sent"] = sum(report.sent.values())
        groups = list(outcome_groups(store))
        outcome["figures"] = programme_figures(store, laptop_programme(store, groups))
        store.close()
    except BaseException as error:  # reported by the parent as this laptop's failure
        outcome["error"] = f"{type(error).__name__}: {error}"
        barrier.abort()
    Path(job["result"]).write_text(json.dumps(outcome))


def outcome_groups(store: Any) -> list[str]:
    from reflectdesk.store import publish_ledger

    return list(publish_ledger.chosen_groups(store))
