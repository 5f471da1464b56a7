"""The sessions service: planning with a copy of the format, the session's own phases, the
clock's event log and the running session to resume."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from reflectdesk.core.clock_state import ClockEventRecord, PlannedPhase
from reflectdesk.core.errors import InvalidInputError, NotFoundError
from reflectdesk.core.events import Change
from reflectdesk.core.model import ClockEventKind, GroupDraft, GroupRecord, SessionStatus
from reflectdesk.core.sessions import SessionDraft, SessionRecord
from reflectdesk.store.database import Store
from reflectdesk.store.formats import format_id_for_key, sync_builtin_formats
from reflectdesk.store.groups import create_group
from reflectdesk.store.models.formats import Format, FormatPhase
from reflectdesk.store.models.sessions import ClockEvent, SessionPhase
from reflectdesk.store.sessions import (
    SessionChangedElsewhereError,
    clock_events,
    delete_session,
    get_session,
    list_sessions,
    plan_session,
    record_clock_event,
    replace_session_phases,
    running_session,
    session_phases,
    update_session,
)

T0 = datetime(2026, 2, 3, 13, 0, 0, 123456, tzinfo=UTC)
TUESDAY = datetime(2026, 2, 3, 13, 0, tzinfo=UTC)


def key_id(store: Store, key: str) -> str:
    found = format_id_for_key(store, key)
    assert found is not None
    return found


@pytest.fixture
def group(store: Store) -> GroupRecord:
    return create_group(
        store, GroupDraft(name="Balint Tuesday", format_id=key_id(store, "balint-one-case"))
    )


@pytest.fixture
def planned(store: Store, group: GroupRecord) -> SessionRecord:
    return plan_session(store, group.id, SessionDraft(TUESDAY, place="Room 2.14"))


def format_phases(store: Store, format_id: str) -> list[tuple[str, int, str, str | None]]:
    with store.reading() as session:
        rows = session.execute(
            select(
                FormatPhase.name,
                FormatPhase.planned_seconds,
                FormatPhase.role_cue,
                FormatPhase.deck_key,
            )
            .where(FormatPhase.format_id == format_id)
            .order_by(FormatPhase.position)
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


def phase_tuples(store: Store, session_id: str) -> list[tuple[str, int, str, str | None]]:
    return [
        (phase.name, phase.planned_seconds, phase.role_cue, phase.deck_key)
        for phase in session_phases(store, session_id)
    ]


def event(
    seq: int, kind: ClockEventKind, elapsed: float, amount: int | None = None
) -> ClockEventRecord:
    return ClockEventRecord(seq, kind, elapsed, T0 + timedelta(seconds=elapsed), amount)


def event_count(store: Store) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count(ClockEvent.id))) or 0


# -- planning ---------------------------------------------------------------------------


def test_planning_copies_the_groups_format(
    store: Store, group: GroupRecord, planned: SessionRecord
) -> None:
    copied = format_phases(store, key_id(store, "balint-one-case"))

    assert phase_tuples(store, planned.id) == copied
    assert [phase.position for phase in session_phases(store, planned.id)] == list(
        range(len(copied))
    )
    assert planned.status is SessionStatus.PLANNED
    assert planned.group_id == group.id
    assert planned.format_id == group.format_id
    assert planned.format_name == group.format_name
    assert planned.planned_start == TUESDAY
    assert planned.place == "Room 2.14"
    assert planned.phase_count == len(copied)
    assert planned.planned_seconds == sum(seconds for _, seconds, _, _ in copied)
    assert planned.presenter_id is None
    assert planned.started_at is None
    assert planned.editable
    assert not planned.read_only
    assert get_session(store, planned.id) == planned


def test_planning_with_another_format(store: Store, group: GroupRecord) -> None:
    other = key_id(store, "check-in-out")
    record = plan_session(store, group.id, SessionDraft(None, format_id=other))

    assert record.format_id == other
    assert phase_tuples(store, record.id) == format_phases(store, other)


def test_planning_without_any_format_gives_no_phases(store: Store) -> None:
    bare = create_group(store, GroupDraft(name="No format"))
    record = plan_session(store, bare.id, SessionDraft(None))

    assert record.format_id is None
    assert record.phase_count == 0
    assert record.planned_seconds == 0
    assert session_phases(store, record.id) == []
    with pytest.raises(InvalidInputError, match="at least one phase"):
        record_clock_event(store, record.id, event(1, ClockEventKind.START, 0.0))


def test_planning_cleans_the_draft(store: Store, group: GroupRecord) -> None:
    record = plan_session(
        store,
        group.id,
        SessionDraft(
            datetime(2026, 2, 3, 14, 0, tzinfo=timezone(timedelta(hours=1))),
            place="  Room\t2.14 ",
            title=" Session   1 ",
            protect_end_time=True,
        ),
    )

    assert record.place == "Room 2.14"
    assert record.title == "Session 1"
    assert record.protect_end_time is True
    assert record.planned_start == TUESDAY
    assert record.planned_start is not None
    assert record.planned_start.tzinfo is UTC


def test_planning_refuses_bad_input(store: Store, group: GroupRecord) -> None:
    with pytest.raises(NotFoundError):
        plan_session(store, "no-such-group", SessionDraft(None))
    with pytest.raises(InvalidInputError) as error:
        plan_session(store, group.id, SessionDraft(None, format_id="no-such-format"))
    assert error.value.field == "format_id"
    with pytest.raises(InvalidInputError) as error:
        plan_session(store, group.id, SessionDraft(None, place="x" * 201))
    assert error.value.field == "place"
    with pytest.raises(ValueError, match="aware"):
        plan_session(store, group.id, SessionDraft(datetime(2026, 2, 3, 13, 0)))
    assert list_sessions(store, group.id) == []


def test_editing_the_format_later_leaves_sessions_alone(
    store: Store, group: GroupRecord, planned: SessionRecord
) -> None:
    format_id = key_id(store, "balint-one-case")
    before = session_phases(store, planned.id)
    finished = plan_session(store, group.id, SessionDraft(TUESDAY - timedelta(days=14)))
    run_through(store, finished.id)
    finished_before = session_phases(store, finished.id)

    with store.transaction() as session:
        for phase in session.scalars(select(FormatPhase).where(FormatPhase.format_id == format_id)):
            phase.name = f"Renamed {phase.position}"
            phase.planned_seconds += 60
            phase.role_cue = "changed"
            phase.deck_key = None
        last = session.scalars(
            select(FormatPhase)
            .where(FormatPhase.format_id == format_id)
            .order_by(FormatPhase.position.desc())
        ).first()
        session.delete(last)

    assert session_phases(store, planned.id) == before
    assert session_phases(store, finished.id) == finished_before
    assert get_session(store, planned.id).planned_seconds == planned.planned_seconds


def test_resyncing_and_deleting_the_format_leaves_sessions_alone(
    store: Store, group: GroupRecord, planned: SessionRecord
) -> None:
    from reflectdesk.core.formats import FormatDefinition, PhaseDefinition

    before = session_phases(store, planned.id)
    changed = FormatDefinition(
        key="balint-one-case",
        name="Balint, rewritten",
        family="balint",
        description="",
        phases=(PhaseDefinition("Only phase", 30),),
    )
    with store.transaction() as session:
        sync_builtin_formats(session, [changed])
    assert session_phases(store, planned.id) == before

    with store.transaction() as session:
        session.delete(session.get(Format, key_id(store, "balint-one-case")))
    record = get_session(store, planned.id)
    assert record.format_id is None
    assert record.format_name is None
    assert session_phases(store, planned.id) == before


def test_list_is_in_planned_order_with_undated_last(store: Store, group: GroupRecord) -> None:
    other = create_group(store, GroupDraft(name="Other"))
    plan_session(store, other.id, SessionDraft(TUESDAY))
    undated = plan_session(store, group.id, SessionDraft(None, title="Some day"))
    late = plan_session(store, group.id, SessionDraft(TUESDAY + timedelta(days=7)))
    early = plan_session(store, group.id, SessionDraft(TUESDAY))

    assert [s.id for s in list_sessions(store, group.id)] == [early.id, late.id, undated.id]
    assert list_sessions(store, "no-such-group") == []


def test_get_unknown_session_is_not_found(store: Store) -> None:
    with pytest.raises(NotFoundError):
        get_session(store, "no-such-session")
    with pytest.raises(NotFoundError):
        session_phases(store, "no-such-session")


def test_update_a_planned_session(store: Store, planned: SessionRecord) -> None:
    changes: list[Change] = []
    store.changes.subscribe(changes.append)
    later = TUESDAY + timedelta(days=1)

    updated = update_session(
        store,
        planned.id,
        SessionDraft(
            later,
            place="Room 3",
            title="Second",
            protect_end_time=True,
            format_id=key_id(store, "check-in-out"),  # ignored: phases were copied
        ),
    )

    assert (updated.planned_start, updated.place, updated.title) == (later, "Room 3", "Second")
    assert updated.protect_end_time is True
    assert updated.format_id == planned.format_id
    assert updated.phase_count == planned.phase_count
    assert get_session(store, planned.id) == updated
    assert changes == [Change("sessions", (planned.id,))]


def test_running_and_finished_sessions_cannot_be_changed(
    store: Store, planned: SessionRecord
) -> None:
    draft = SessionDraft(None, place="Elsewhere")
    record_clock_event(store, planned.id, event(1, ClockEventKind.START, 0.0))
    with pytest.raises(InvalidInputError, match="already started"):
        update_session(store, planned.id, draft)
    with pytest.raises(InvalidInputError, match="already started"):
        delete_session(store, planned.id)

    record_clock_event(store, planned.id, event(2, ClockEventKind.END, 60.0))
    with pytest.raises(InvalidInputError, match="finished sessions are read-only"):
        update_session(store, planned.id, draft)
    with pytest.raises(InvalidInputError, match="finished sessions are read-only"):
        delete_session(store, planned.id)
    with pytest.raises(InvalidInputError, match="finished sessions are read-only"):
        replace_session_phases(store, planned.id, [PlannedPhase("One", 600)])
    assert get_session(store, planned.id).place == "Room 2.14"


def test_delete_a_planned_session(store: Store, group: GroupRecord, planned: SessionRecord) -> None:
    changes: list[Change] = []
    store.changes.subscribe(changes.append)

    delete_session(store, planned.id)

    assert list_sessions(store, group.id) == []
    with pytest.raises(NotFoundError):
        get_session(store, planned.id)
    with store.reading() as session:
        assert session.scalar(select(func.count(SessionPhase.id))) == 0
    assert changes == [Change("sessions", (planned.id,))]
    with pytest.raises(NotFoundError):
        delete_session(store, planned.id)


# -- the session's own phases -----------------------------------------------------------


def test_replace_phases_while_planned(store: Store, planned: SessionRecord) -> None:
    new = [
        PlannedPhase(" Check-in ", 300, cue="Round the table", deck="check-in-out"),
        PlannedPhase("Case", 2700),
        PlannedPhase("Check-out", 90, deck=""),
    ]

    records = replace_session_phases(store, planned.id, new)

    assert records == session_phases(store, planned.id)
    assert [(p.position, p.name, p.planned_seconds, p.role_cue, p.deck_key) for p in records] == [
        (0, "Check-in", 300, "Round the table", "check-in-out"),
        (1, "Case", 2700, "", None),
        (2, "Check-out", 90, "", None),
    ]
    assert records[0].to_planned() == PlannedPhase(
        "Check-in", 300, "Round the table", "check-in-out"
    )
    record = get_session(store, planned.id)
    assert (record.phase_count, record.planned_seconds) == (3, 3090)


@pytest.mark.parametrize(
    ("phases", "field"),
    [
        ([], "phases"),
        ([PlannedPhase("Phase", 600)] * 41, "phases"),
        ([PlannedPhase("  ", 600)], "phases[0].name"),
        ([PlannedPhase("Ok", 600), PlannedPhase("x" * 81, 600)], "phases[1].name"),
        ([PlannedPhase("Short", 59)], "phases[0].planned_seconds"),
        ([PlannedPhase("Long", 240 * 60 + 1)], "phases[0].planned_seconds"),
        ([PlannedPhase("Cue", 600, cue="x" * 301)], "phases[0].cue"),
        ([PlannedPhase("Deck", 600, deck="Not A Key")], "phases[0].deck"),
    ],
)
def test_replace_phases_refuses_bad_phases(
    store: Store, planned: SessionRecord, phases: list[PlannedPhase], field: str
) -> None:
    before = session_phases(store, planned.id)
    with pytest.raises(InvalidInputError) as error:
        replace_session_phases(store, planned.id, phases)
    assert error.value.field == field
    assert session_phases(store, planned.id) == before


def test_replace_phases_accepts_the_limits(store: Store, planned: SessionRecord) -> None:
    phases = [PlannedPhase("x" * 80, 60)] + [PlannedPhase("Phase", 240 * 60)] * 39
    assert len(replace_session_phases(store, planned.id, phases)) == 40


def test_replace_phases_only_while_planned(store: Store, planned: SessionRecord) -> None:
    record_clock_event(store, planned.id, event(1, ClockEventKind.START, 0.0))
    before = session_phases(store, planned.id)
    with pytest.raises(InvalidInputError, match="already started"):
        replace_session_phases(store, planned.id, [PlannedPhase("One", 600)])
    assert session_phases(store, planned.id) == before


# -- the clock's event log --------------------------------------------------------------


def run_through(store: Store, session_id: str) -> list[ClockEventRecord]:
    events = [
        event(1, ClockEventKind.START, 0.0),
        event(2, ClockEventKind.NEXT, 301.25),
        event(3, ClockEventKind.END, 912.5),
    ]
    record_clock_event(store, session_id, events[0], [(0, 0.0, None)])
    record_clock_event(store, session_id, events[1], [(0, 0.0, 301.25), (1, 301.25, None)])
    record_clock_event(store, session_id, events[2], [(1, 301.25, 912.5)])
    return events


def test_clock_event_sequence(store: Store, planned: SessionRecord) -> None:
    changes: list[Change] = []
    store.changes.subscribe(changes.append)

    record_clock_event(store, planned.id, event(1, ClockEventKind.START, 0.0), [(0, 0.0, None)])
    started = get_session(store, planned.id)
    assert started.status is SessionStatus.RUNNING
    assert started.started_at == T0
    assert started.ended_at is None
    assert changes == [Change("sessions", (planned.id,))]

    record_clock_event(store, planned.id, event(2, ClockEventKind.PAUSE, 100.0))
    record_clock_event(store, planned.id, event(3, ClockEventKind.RESUME, 160.0))
    record_clock_event(store, planned.id, event(4, ClockEventKind.EXTEND, 200.0, amount=120))
    record_clock_event(
        store,
        planned.id,
        event(5, ClockEventKind.NEXT, 420.75),
        [(0, 0.0, 420.75), (1, 420.75, None)],
    )
    assert get_session(store, planned.id).status is SessionStatus.RUNNING
    record_clock_event(
        store, planned.id, event(6, ClockEventKind.BACK, 430.0), [(0, 0.0, None), (1, None, None)]
    )
    record_clock_event(
        store,
        planned.id,
        event(7, ClockEventKind.END, 3600.5),
        [(0, 0.0, 3600.5)],
    )

    finished = get_session(store, planned.id)
    assert finished.status is SessionStatus.FINISHED
    assert finished.started_at == T0
    assert finished.ended_at == T0 + timedelta(seconds=3600.5)
    assert finished.read_only
    phases = session_phases(store, planned.id)
    assert [(p.actual_start, p.actual_end) for p in phases[:3]] == [
        (0.0, 3600.5),
        (None, None),
        (None, None),
    ]
    assert [e.seq for e in clock_events(store, planned.id)] == list(range(1, 8))
    assert len(changes) == 7


def test_events_round_trip_exactly(store: Store, planned: SessionRecord) -> None:
    wall = datetime(2026, 2, 3, 14, 0, 1, 999999, tzinfo=timezone(timedelta(hours=1)))
    events = [
        ClockEventRecord(1, ClockEventKind.START, 0.0, wall),
        ClockEventRecord(2, ClockEventKind.EXTEND, 0.1 + 0.2, wall + timedelta(microseconds=1), 90),
        ClockEventRecord(3, ClockEventKind.EXTEND, 1e-9, wall + timedelta(seconds=1), -60),
        ClockEventRecord(4, ClockEventKind.PAUSE, 12345.678901234567, wall + timedelta(hours=3)),
    ]
    for item in events:
        record_clock_event(store, planned.id, item)

    loaded = clock_events(store, planned.id)

    assert loaded == events
    assert loaded[1].elapsed == 0.1 + 0.2  # bit for bit, not rounded
    assert all(item.wall_time.tzinfo is UTC for item in loaded)
    assert all(type(item.kind) is ClockEventKind for item in loaded)
    assert loaded[0].wall_time == datetime(2026, 2, 3, 13, 0, 1, 999999, tzinfo=UTC)
    assert clock_events(store, "no-such-session") == []


@pytest.mark.parametrize("seq", [0, 2, 3])
def test_a_wrong_seq_writes_nothing(store: Store, planned: SessionRecord, seq: int) -> None:
    record_clock_event(store, planned.id, event(1, ClockEventKind.START, 0.0), [(0, 0.0, None)])
    record_clock_event(store, planned.id, event(2, ClockEventKind.PAUSE, 10.0))
    before = (get_session(store, planned.id), session_phases(store, planned.id), event_count(store))
    changes: list[Change] = []
    store.changes.subscribe(changes.append)

    with pytest.raises(SessionChangedElsewhereError, match="changed elsewhere") as error:
        record_clock_event(
            store,
            planned.id,
            event(seq if seq != 3 else 4, ClockEventKind.END, 20.0),
            [(0, 0.0, 20.0)],
        )

    assert error.value.params["expected"] == 3
    after = (get_session(store, planned.id), session_phases(store, planned.id), event_count(store))
    assert after == before
    assert changes == []


def test_the_first_event_must_be_start_with_seq_one(store: Store, planned: SessionRecord) -> None:
    with pytest.raises(SessionChangedElsewhereError):
        record_clock_event(store, planned.id, event(0, ClockEventKind.START, 0.0))
    with pytest.raises(InvalidInputError, match="not been started"):
        record_clock_event(store, planned.id, event(1, ClockEventKind.PAUSE, 0.0))
    record_clock_event(store, planned.id, event(1, ClockEventKind.START, 0.0))
    with pytest.raises(InvalidInputError, match="already started"):
        record_clock_event(store, planned.id, event(2, ClockEventKind.START, 0.0))
    assert event_count(store) == 1


def test_nothing_is_recorded_after_the_end(store: Store, planned: SessionRecord) -> None:
    run_through(store, planned.id)
    with pytest.raises(InvalidInputError, match="finished sessions are read-only"):
        record_clock_event(store, planned.id, event(4, ClockEventKind.RESUME, 1000.0))
    assert event_count(store) == 3


def test_an_unknown_phase_position_writes_nothing(store: Store, planned: SessionRecord) -> None:
    with pytest.raises(InvalidInputError, match="no phase at position 99"):
        record_clock_event(
            store,
            planned.id,
            event(1, ClockEventKind.START, 0.0),
            [(0, 0.0, None), (99, 1.0, None)],
        )
    assert event_count(store) == 0
    assert get_session(store, planned.id).status is SessionStatus.PLANNED
    assert session_phases(store, planned.id)[0].actual_start is None


def test_clock_events_refuse_bad_values(store: Store, planned: SessionRecord) -> None:
    naive = ClockEventRecord(1, ClockEventKind.START, 0.0, datetime(2026, 2, 3, 13, 0))
    with pytest.raises(ValueError, match="aware"):
        record_clock_event(store, planned.id, naive)
    with pytest.raises(ValueError, match="finite"):
        record_clock_event(
            store, planned.id, ClockEventRecord(1, ClockEventKind.START, float("nan"), T0)
        )
    with pytest.raises(ValueError, match="finite"):
        record_clock_event(
            store, planned.id, event(1, ClockEventKind.START, 0.0), [(0, float("inf"), None)]
        )
    with pytest.raises(NotFoundError):
        record_clock_event(store, "no-such-session", event(1, ClockEventKind.START, 0.0))
    assert event_count(store) == 0


def test_running_session_is_the_one_to_resume(store: Store, group: GroupRecord) -> None:
    assert running_session(store) is None
    first = plan_session(store, group.id, SessionDraft(TUESDAY))
    second = plan_session(store, group.id, SessionDraft(TUESDAY + timedelta(days=7)))
    done = plan_session(store, group.id, SessionDraft(TUESDAY - timedelta(days=7)))
    run_through(store, done.id)
    assert running_session(store) is None

    record_clock_event(store, first.id, event(1, ClockEventKind.START, 0.0))
    assert running_session(store) == get_session(store, first.id)

    later = ClockEventRecord(1, ClockEventKind.START, 0.0, T0 + timedelta(hours=2))
    record_clock_event(store, second.id, later)
    resumed = running_session(store)
    assert resumed is not None
    assert resumed.id == second.id
    assert resumed.status is SessionStatus.RUNNING
