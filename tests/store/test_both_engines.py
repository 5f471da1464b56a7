"""The store's public functions on both engines: the laptop's SQLite file and the hub's
PostgreSQL database (issue 20, "one model, two engines"), each test run on each.

The areas a hub holds: groups, members, sessions and their phases and clock, attendance
and presenters, themes, learning points and actions, evaluation responses, programmes.
What only a laptop has stays in its own tests, on SQLite only: search (FTS5 and the fold
function), the vault and private notes, backups, settings (the pairing secrets), the
built-ins' fingerprints (kept in settings) and identifier overrides.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from reflectdesk.core.clock_state import ClockEventRecord
from reflectdesk.core.errors import InvalidInputError, NotFoundError
from reflectdesk.core.model import (
    AttendanceStatus,
    ClockEventKind,
    GroupDraft,
    MemberDraft,
    QuestionKind,
    Role,
    SessionStatus,
    ThemeKind,
)
from reflectdesk.core.notes import ActionDraft, LearningPointDraft
from reflectdesk.core.questionnaires import QuestionnaireSpec, QuestionSpec, default_scale
from reflectdesk.core.sessions import PlannedPhase, SessionDraft
from reflectdesk.store import attendance, groups, members, notes, programmes, sessions, themes
from reflectdesk.store.database import Store
from reflectdesk.store.engine_kind import EngineKind
from reflectdesk.store.questionnaires import save_questionnaire
from reflectdesk.store.responses import delete_response, list_responses, record_response

START = datetime(2026, 3, 3, 18, 30, tzinfo=UTC)


def _group_with_members(store: Store) -> tuple[str, list[str]]:
    group = groups.create_group(store, GroupDraft(name="Balint dinsdag", planned_sessions=8))
    people = [
        members.add_member(store, group.id, MemberDraft("Dr Sanne de Vries", Role.FACILITATOR)),
        members.add_member(store, group.id, MemberDraft("Pieter van 't Hof")),
        members.add_member(store, group.id, MemberDraft("Siobhán O'Brien-Smith")),
    ]
    return group.id, [person.person_id for person in people]


def _planned(store: Store, group_id: str, days: int = 0) -> str:
    draft = SessionDraft(planned_start=START + timedelta(days=days), place="Room 2")
    session = sessions.plan_session(store, group_id, draft)
    sessions.replace_session_phases(
        store,
        session.id,
        [PlannedPhase("Case", 1200, "", None), PlannedPhase("Round", 900, "", None)],
    )
    return session.id


def test_the_store_knows_its_engine(either_store: Store) -> None:
    expected = EngineKind.LAPTOP if either_store.engine.dialect.name == "sqlite" else EngineKind.HUB
    assert either_store.kind is expected


def test_groups_are_made_changed_archived_and_listed(either_store: Store) -> None:
    store = either_store
    made = groups.create_group(
        store,
        GroupDraft(
            name="Intervisie Zuid",
            setting="GP training, year 2",
            planned_sessions=10,
            attendance_required=8,
            ground_rules="Wat hier gezegd wordt, blijft hier.",
        ),
    )
    assert groups.get_group(store, made.id) == made
    renamed = groups.rename_group(store, made.id, "Intervisie Zuid-Oost")
    assert renamed.name == "Intervisie Zuid-Oost"
    with pytest.raises(InvalidInputError):
        groups.update_group(store, made.id, GroupDraft(name="", planned_sessions=10))
    groups.set_archived(store, made.id, True)
    assert groups.list_groups(store) == []
    assert [group.name for group in groups.list_groups(store, archived=True)] == [
        "Intervisie Zuid-Oost"
    ]
    assert groups.count_groups(store) == 1
    with pytest.raises(NotFoundError):
        groups.get_group(store, "no-such-group")


def test_members_join_change_and_leave(either_store: Store) -> None:
    store = either_store
    group_id, _people = _group_with_members(store)
    listed = members.list_members(store, group_id)
    assert sorted(member.display_name for member in listed) == [
        "Dr Sanne de Vries",
        "Pieter van 't Hof",
        "Siobhán O'Brien-Smith",
    ]
    pieter = next(member for member in listed if member.display_name.startswith("Pieter"))
    members.update_member(store, pieter.membership_id, MemberDraft("Piet van 't Hof"))
    members.remove_member(store, pieter.membership_id, today=date(2026, 4, 1))
    still = {member.display_name for member in members.list_members(store, group_id)}
    assert "Piet van 't Hof" not in still and len(still) == 2
    assert groups.get_group(store, group_id).member_count == 2


def test_sessions_are_planned_run_and_deleted(either_store: Store) -> None:
    store = either_store
    group_id, _people = _group_with_members(store)
    first = _planned(store, group_id)
    second = _planned(store, group_id, days=28)
    assert [session.id for session in sessions.list_sessions(store, group_id)] == [first, second]
    record = sessions.get_session(store, first)
    assert (record.phase_count, record.planned_seconds, record.status) == (
        2,
        2100,
        SessionStatus.PLANNED,
    )
    assert record.planned_start == START
    moved = sessions.update_session(
        store, second, SessionDraft(planned_start=START + timedelta(days=35), place="Room 3")
    )
    assert (moved.place, moved.planned_start) == ("Room 3", START + timedelta(days=35))
    assert [phase.name for phase in sessions.session_phases(store, first)] == ["Case", "Round"]
    sessions.delete_session(store, second)
    assert [session.id for session in sessions.list_sessions(store, group_id)] == [first]


def test_attendance_and_presenters(either_store: Store) -> None:
    store = either_store
    group_id, people = _group_with_members(store)
    session_id = _planned(store, group_id)
    attendance.set_attendance(store, session_id, people[1], AttendanceStatus.PRESENT)
    attendance.set_attendance(store, session_id, people[2], AttendanceStatus.EXCUSED)
    attendance.set_attendance(store, session_id, people[2], AttendanceStatus.LATE)
    statuses = {row.person_id: row.status for row in attendance.attendance(store, session_id)}
    assert statuses[people[1]] == AttendanceStatus.PRESENT
    assert statuses[people[2]] == AttendanceStatus.LATE
    attendance.set_presenter(store, session_id, people[1])
    assert sessions.get_session(store, session_id).presenter_name == "Pieter van 't Hof"
    # The history counts sessions whose clock ran.
    sessions.record_clock_event(
        store, session_id, ClockEventRecord(1, ClockEventKind.START, 0.0, START), [(0, 0.0, None)]
    )
    sessions.record_clock_event(
        store,
        session_id,
        ClockEventRecord(2, ClockEventKind.END, 60.5, START + timedelta(seconds=60.5)),
    )
    ran = sessions.get_session(store, session_id)
    assert (ran.status, ran.started_at) == (SessionStatus.FINISHED, START)
    assert [event.kind for event in sessions.clock_events(store, session_id)] == [
        ClockEventKind.START,
        ClockEventKind.END,
    ]
    assert [person for person, _day in attendance.presenter_history(store, group_id)] == [people[1]]


def test_themes_tag_sessions_and_learning_points(either_store: Store) -> None:
    store = either_store
    group_id, _people = _group_with_members(store)
    session_id = _planned(store, group_id)
    boundaries = themes.add_theme(store, "Grenzen", ThemeKind.EXPERIENCE)
    doubt = themes.add_theme(store, "Twijfel", ThemeKind.EXPERIENCE)
    themes.rename_theme(store, doubt.id, "Onzekerheid")
    themes.set_session_themes(store, session_id, [boundaries.id, doubt.id])
    assert set(themes.session_theme_ids(store, session_id)) == {boundaries.id, doubt.id}
    notes.add_learning_point(
        store, session_id, LearningPointDraft("Vraag door.", theme_ids=(boundaries.id,))
    )
    counts = {
        count.name: (count.sessions, count.learning_points)
        for count in themes.theme_counts(store, group_id)
    }
    assert counts == {"Grenzen": (1, 1), "Onzekerheid": (1, 0)}
    themes.archive_theme(store, doubt.id)
    assert "Onzekerheid" not in {theme.name for theme in themes.list_themes(store)}


def test_learning_points_and_actions(either_store: Store) -> None:
    store = either_store
    group_id, people = _group_with_members(store)
    session_id = _planned(store, group_id)
    point = notes.add_learning_point(
        store, session_id, LearningPointDraft("Stilte mag er zijn.", shareable=True)
    )
    notes.update_learning_point(store, point.id, LearningPointDraft("Stilte mag.", shareable=True))
    assert [(p.text, p.shareable) for p in notes.learning_points(store, session_id)] == [
        ("Stilte mag.", True)
    ]
    action = notes.add_action(
        store, session_id, ActionDraft("Literatuur rondsturen", people[1], date(2026, 3, 10))
    )
    assert [open_one.id for open_one in notes.open_actions(store, group_id)] == [action.id]
    notes.set_action_done(store, action.id, True)
    assert notes.open_actions(store, group_id) == []
    notes.delete_note(store, point.id)
    assert notes.learning_points(store, session_id) == []


def test_evaluation_responses_are_recorded_and_read(either_store: Store) -> None:
    store = either_store
    group_id, people = _group_with_members(store)
    session_id = _planned(store, group_id)
    spec = QuestionnaireSpec(
        key="avond",
        name="Evaluatie van de avond",
        purpose="session",
        questions=(
            QuestionSpec("veilig", "Ik voelde me veilig.", QuestionKind.LIKERT, default_scale(5)),
            QuestionSpec("tip", "Tip?", QuestionKind.FREE_TEXT),
        ),
    )
    questionnaire = save_questionnaire(store, spec)
    kept = record_response(
        store,
        questionnaire.id,
        {"veilig": 4, "tip": "Meer tijd."},
        session_id=session_id,
        person_id=people[1],
        submitted_at=START,
    )
    dropped = record_response(store, questionnaire.id, {"veilig": 5}, session_id=session_id)
    delete_response(store, dropped)
    read = list_responses(store, session_id=session_id)
    assert [(r.id, dict(r.values), dict(r.texts)) for r in read] == [
        (kept, {"veilig": 4}, {"tip": "Meer tijd."})
    ]
    assert read[0].submitted_at == START
    assert list_responses(store, group_id=group_id, questionnaire_key="avond")[0].id == kept


def test_programmes_hold_groups(either_store: Store) -> None:
    store = either_store
    group_id, _people = _group_with_members(store)
    programme = programmes.create_programme(store, "Balintprogramma 2026–27")
    programmes.add_group(store, programme.id, group_id)
    assert programmes.programme_of(store, group_id) == programme.id
    assert [group.id for group in programmes.programme_groups(store, programme.id)] == [group_id]
    programmes.rename_programme(store, programme.id, "Balint 2026–27")
    assert programmes.get_programme(store, programme.id).name == "Balint 2026–27"
    programmes.delete_programme(store, programme.id)
    assert programmes.programme_of(store, group_id) is None
    assert programmes.list_programmes(store) == []
