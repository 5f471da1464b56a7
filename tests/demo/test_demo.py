"""The demo databases: counts, realistic names, sessions whose clocks replay, notes and
learning points and determinism (how long the large one takes: benchmarks/demo_build.py)."""

from __future__ import annotations

import re
import sqlite3
import statistics
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime
from datetime import time as clock_time
from pathlib import Path

import pytest

from reflectdesk.core.clock import SessionClock, snapshot_at
from reflectdesk.core.clock_state import ClockEventRecord, ClockSnapshot, ClockStatus
from reflectdesk.core.model import (
    AttendanceStatus,
    ClockEventKind,
    Role,
    SessionStatus,
    ThemeKind,
)
from reflectdesk.core.notes import (
    BUILTIN_THEMES,
    ActionRecord,
    LearningPointRecord,
    PrivateNoteRecord,
)
from reflectdesk.core.sessions import AttendanceRecord, SessionPhaseRecord, SessionRecord
from reflectdesk.demo.build import DEMO_PASSPHRASE, DemoSummary, DemoTargetExistsError, write_demo
from reflectdesk.demo.plans import (
    DEMO_TODAY,
    LARGE_ARCHIVED_GROUPS,
    LARGE_GROUPS,
    LARGE_MEMBERS_PER_GROUP,
)
from reflectdesk.demo.sessions import builtin_phases
from reflectdesk.store import attendance as attendance_store
from reflectdesk.store import notes, sessions, themes
from reflectdesk.store.database import Store, open_store
from reflectdesk.store.groups import list_groups
from reflectdesk.store.members import list_members
from reflectdesk.store.vault import unlock
from tests.fakes import FakeTime

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
        unlock(store, DEMO_PASSPHRASE)
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
        unlock(store, DEMO_PASSPHRASE)
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


@dataclass(frozen=True)
class Written:
    summary: DemoSummary


def _write(path: Path, size: str, seed: int = 7) -> Written:
    # How long the large demo takes is benchmarks/demo_build.py's business, not a test's.
    return Written(write_demo(path, size, seed=seed))  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> Written:
    """The large demo with the default seed, written once for the whole module."""
    return _write(tmp_path_factory.mktemp("large") / "large.db", "large")


@pytest.fixture(scope="module")
def large_again(tmp_path_factory: pytest.TempPathFactory) -> Written:
    """A second large demo with the same seed, for the determinism checks."""
    return _write(tmp_path_factory.mktemp("large-again") / "large.db", "large")


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Written:
    return _write(tmp_path_factory.mktemp("small") / "small.db", "small")


@pytest.mark.slow
def test_large_demo_counts(large: Written) -> None:
    summary = large.summary
    assert summary.groups == LARGE_GROUPS
    assert summary.archived_groups == LARGE_ARCHIVED_GROUPS > 0
    with open_store(summary.path, for_reading=True) as store:
        unlock(store, DEMO_PASSPHRASE)
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
        unlock(store, DEMO_PASSPHRASE)
        return _roster(store)


def test_same_seed_gives_the_same_small_demo(tmp_path: Path) -> None:
    write_demo(tmp_path / "one.db", "small", seed=11)
    write_demo(tmp_path / "two.db", "small", seed=11)

    assert _snapshot(tmp_path / "one.db") == _snapshot(tmp_path / "two.db")
    assert _session_rows(tmp_path / "one.db", ids=False) == _session_rows(
        tmp_path / "two.db", ids=False
    )


@pytest.mark.slow
def test_large_demo_ids_follow_the_seed_and_names_change_with_it(
    tmp_path: Path, large: Written, large_again: Written
) -> None:
    other = write_demo(tmp_path / "other.db", "large", seed=4)
    ids = {}
    for path in (large.summary.path, large_again.summary.path, other.path):
        with open_store(path, for_reading=True) as store:
            unlock(store, DEMO_PASSPHRASE)
            ids[path] = [group.id for group in list_groups(store)]

    assert ids[large.summary.path] == ids[large_again.summary.path]
    assert _snapshot(large.summary.path) == _snapshot(large_again.summary.path)
    assert _snapshot(large.summary.path) != _snapshot(other.path)
    assert _session_rows(large.summary.path) != _session_rows(other.path)


@pytest.mark.slow
def test_same_seed_writes_the_same_session_rows(large: Written, large_again: Written) -> None:
    one = _session_rows(large.summary.path)
    two = _session_rows(large_again.summary.path)

    counts = {table: len(rows) for table, rows in one.items()}
    assert counts["sessions"] == large.summary.sessions
    assert counts["clock_events"] == large.summary.clock_events
    assert counts["attendance"] == large.summary.attendance
    assert counts["session_phases"] > 5 * large.summary.sessions
    for table in one:
        assert one[table] == two[table], table


SESSION_TABLES = ("sessions", "session_phases", "clock_events", "attendance")


def _session_rows(path: Path, *, ids: bool = True) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the session tables, in id order; a session's format as its key (the
    built-in formats get new random ids in every database). Without ``ids`` (the small
    demo goes through the services, which draw random ids and stamp the real time) only
    what the plans decide is compared."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        keys = dict(connection.execute("SELECT id, key FROM formats").fetchall())
        rows: dict[str, list[tuple[object, ...]]] = {}
        for table in SESSION_TABLES:
            cursor = connection.execute(f"SELECT * FROM {table} ORDER BY id")
            names = [column[0] for column in cursor.description]
            table_rows = []
            for row in cursor.fetchall():
                values = dict(zip(names, row, strict=True))
                if "format_id" in values:
                    values["format_id"] = keys.get(values["format_id"])
                if not ids:
                    for name in ("id", "session_id", "person_id", "presenter_id", "group_id"):
                        values.pop(name, None)
                    for name in ("created_at", "updated_at", "recorded_at"):
                        values.pop(name, None)
                table_rows.append(tuple(values.items()))
            rows[table] = table_rows if ids else sorted(table_rows, key=repr)
    return rows


# --- sessions ---------------------------------------------------------------------------


DEMO_TODAY_WALL = datetime.combine(DEMO_TODAY, clock_time(8), tzinfo=UTC)


@dataclass(frozen=True)
class Meeting:
    """One session as the app reads it through the services."""

    record: SessionRecord
    group_archived: bool
    required: int | None
    planned_sessions: int
    members: dict[str, Role]  # person id -> role, active memberships
    joined: dict[str, date | None]  # person id -> joined_on
    phases: list[SessionPhaseRecord]
    events: list[ClockEventRecord]
    register: list[AttendanceRecord]


def _meetings(path: Path) -> list[Meeting]:
    found: list[Meeting] = []
    with open_store(path, for_reading=True) as store:
        unlock(store, DEMO_PASSPHRASE)
        for group in list_groups(store) + list_groups(store, archived=True):
            roster = list_members(store, group.id)
            for record in sessions.list_sessions(store, group.id):
                found.append(
                    Meeting(
                        record=record,
                        group_archived=group.archived,
                        required=group.attendance_required,
                        planned_sessions=group.planned_sessions,
                        members={m.person_id: m.role for m in roster},
                        joined={m.person_id: m.joined_on for m in roster},
                        phases=sessions.session_phases(store, record.id),
                        events=sessions.clock_events(store, record.id),
                        register=attendance_store.attendance(store, record.id),
                    )
                )
    return found


@pytest.fixture(scope="module")
def large_meetings(large: Written) -> list[Meeting]:
    return _meetings(large.summary.path)


def _finished(meetings: list[Meeting]) -> list[Meeting]:
    return [m for m in meetings if m.record.status is SessionStatus.FINISHED]


def _check_replay(meeting: Meeting) -> ClockSnapshot:
    """The events replay (as the runner does when the session is opened) to a finished
    clock whose phase times are exactly the stored ones."""
    record, events = meeting.record, meeting.events
    plan = [phase.to_planned() for phase in meeting.phases]
    assert [event.seq for event in events] == list(range(1, len(events) + 1))
    assert events[0].kind is ClockEventKind.START
    assert events[-1].kind is ClockEventKind.END
    assert record.started_at == events[0].wall_time
    assert record.ended_at == events[-1].wall_time
    elapsed = [event.elapsed for event in events]
    assert elapsed == sorted(elapsed)
    for event in events:
        wall = (event.wall_time - events[0].wall_time).total_seconds()
        assert wall == pytest.approx(event.elapsed, abs=0.001)
    end = snapshot_at(plan, events, events[-1].elapsed, protect_end=record.protect_end_time)
    assert end.status is ClockStatus.FINISHED
    stored = [(phase.actual_start, phase.actual_end) for phase in meeting.phases]
    assert [(row.started_at, row.ended_at) for row in end.phases] == stored
    reopened = SessionClock(
        plan, FakeTime(start_wall=DEMO_TODAY_WALL), events, protect_end=record.protect_end_time
    )
    assert reopened.status is ClockStatus.FINISHED
    assert reopened.snapshot().session_elapsed == events[-1].elapsed
    return end


DEMO_TODAY_WALL = (
    FakeTime().wall().replace(year=DEMO_TODAY.year, month=DEMO_TODAY.month, day=DEMO_TODAY.day)
)


@pytest.mark.slow
def test_large_demo_has_about_fifty_sessions_a_group(
    large: Written, large_meetings: list[Meeting]
) -> None:
    summary = large.summary
    assert 2_700 <= summary.sessions <= 3_300
    assert len(large_meetings) == summary.sessions
    finished = _finished(large_meetings)
    assert len(finished) == summary.finished_sessions
    assert sum(len(m.events) for m in large_meetings) == summary.clock_events
    assert sum(len([r for r in m.register if r.status]) for m in finished) == summary.attendance
    per_group = Counter(m.record.group_id for m in large_meetings)
    assert len(per_group) == LARGE_GROUPS
    assert min(per_group.values()) >= 35 and max(per_group.values()) <= 60
    statuses = Counter(m.record.status for m in large_meetings)
    assert statuses[SessionStatus.RUNNING] == 0
    assert statuses[SessionStatus.FINISHED] > 1_000 and statuses[SessionStatus.PLANNED] > 1_000
    for meeting in large_meetings:
        start = meeting.record.planned_start
        assert start is not None
        finished_one = meeting.record.status is SessionStatus.FINISHED
        assert finished_one == (start.date() < DEMO_TODAY), meeting.record
        if meeting.group_archived:
            assert finished_one


@pytest.mark.slow
def test_every_finished_session_replays_to_its_stored_phase_times(
    large_meetings: list[Meeting],
) -> None:
    finished = _finished(large_meetings)
    ends = {meeting.record.id: _check_replay(meeting) for meeting in finished}
    kinds = Counter(event.kind for m in finished for event in m.events)
    assert kinds[ClockEventKind.START] == kinds[ClockEventKind.END] == len(finished)
    assert kinds[ClockEventKind.PAUSE] == kinds[ClockEventKind.RESUME] > 0
    assert kinds[ClockEventKind.BACK] > 0
    amounts = Counter(event.amount for m in finished for event in m.events if event.amount)
    assert set(amounts) == {60, 300}
    assert any(m.record.protect_end_time for m in finished)
    # Phases finish early or run over by plausible amounts (running time against the
    # plan; protecting the end time shrinks later phases, so those sessions are left out).
    ratios = [
        row.used / row.planned
        for m in finished
        if not m.record.protect_end_time
        for row in ends[m.record.id].phases
    ]
    assert 0.9 < statistics.median(ratios) < 1.1
    assert 0.2 < sum(r > 1.05 for r in ratios) / len(ratios) < 0.6
    assert 0.2 < sum(r < 0.95 for r in ratios) / len(ratios) < 0.6
    assert min(ratios) >= 0.5 and max(ratios) < 3


@pytest.mark.slow
def test_planned_sessions_have_their_formats_phases_and_nothing_else(
    large_meetings: list[Meeting],
) -> None:
    by_name = {phases: key for key, phases in _phase_signatures().items()}
    for meeting in large_meetings:
        assert meeting.phases, meeting.record
        signature = tuple((p.name, p.planned_seconds) for p in meeting.phases)
        assert signature in by_name, meeting.record  # a copy of a built-in format
        if meeting.record.status is SessionStatus.PLANNED:
            assert meeting.events == []
            assert meeting.record.presenter_id is None
            assert all(r.status is None for r in meeting.register)
            assert all(p.actual_start is None and p.actual_end is None for p in meeting.phases)
            assert meeting.record.started_at is None and meeting.record.ended_at is None


def _phase_signatures() -> dict[str, tuple[tuple[str, int], ...]]:
    return {
        key: tuple((phase.name, phase.planned_seconds) for phase in phases)
        for key, phases in builtin_phases().items()
    }


@pytest.mark.slow
def test_finished_sessions_have_registers_and_presenters_from_the_group(
    large_meetings: list[Meeting],
) -> None:
    finished = _finished(large_meetings)
    statuses: Counter[AttendanceStatus] = Counter()
    attended: dict[tuple[str, str], list[bool]] = {}
    rules: dict[str, float] = {}  # group id -> share of sessions a member must attend
    presented: dict[str, Counter[str]] = {}
    for meeting in finished:
        day = meeting.record.planned_start.date()  # type: ignore[union-attr]
        recorded = {r.person_id: r.status for r in meeting.register if r.status is not None}
        joined = {p for p, on in meeting.joined.items() if on is None or on <= day}
        assert set(recorded) == joined, meeting.record  # everyone who had joined by then
        statuses.update(recorded.values())
        presenter = meeting.record.presenter_id
        assert presenter is not None, meeting.record
        assert meeting.members.get(presenter) is Role.MEMBER
        assert recorded[presenter] not in (AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED)
        presented.setdefault(meeting.record.group_id, Counter())[presenter] += 1
        if meeting.required is not None:
            rules[meeting.record.group_id] = meeting.required / meeting.planned_sessions
        for person, status in recorded.items():
            if meeting.members[person] is Role.MEMBER:
                there = status not in (AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED)
                attended.setdefault((meeting.record.group_id, person), []).append(there)
    assert set(statuses) == set(AttendanceStatus)
    assert statuses[AttendanceStatus.PRESENT] / sum(statuses.values()) > 0.75
    # A few members come too rarely for their group's rule (5 of 6, 6 of 8); most meet it.
    short = [
        sum(seen) / len(seen) < rules[group]
        for (group, _person), seen in attended.items()
        if group in rules
    ]
    assert 0.03 < sum(short) / len(short) < 0.3
    # The rotation is followed: in each group every member presents about equally often.
    for counts in presented.values():
        if sum(counts.values()) >= 20:
            assert max(counts.values()) - min(counts.values()) <= 5, counts


def test_small_demo_has_a_few_sessions_per_group(small: Written) -> None:
    summary = small.summary
    meetings = _meetings(summary.path)
    assert summary.sessions == len(meetings) == 12
    per_group: dict[str, Counter[SessionStatus]] = {}
    for meeting in meetings:
        per_group.setdefault(meeting.record.group_id, Counter())[meeting.record.status] += 1
    for counts in per_group.values():
        assert 2 <= counts[SessionStatus.FINISHED] <= 3
        assert counts[SessionStatus.PLANNED] == 1
    planned = [m for m in meetings if m.record.status is SessionStatus.PLANNED]
    assert {m.record.planned_start.date() for m in planned} == {DEMO_TODAY}  # type: ignore[union-attr]
    for meeting in _finished(meetings):
        _check_replay(meeting)
        assert meeting.record.presenter_id in meeting.members
        assert all(r.status is not None for r in meeting.register)


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

    monkeypatch.setattr("reflectdesk.demo.small.create_groups", failing)

    folder = tmp_path / "demos"
    with pytest.raises(OSError, match="No space"):
        write_demo(folder / "demo.db", "small")
    assert list(folder.iterdir()) == []


# --- notes, learning points, actions and themes -----------------------------------------

NOTE_TABLES = ("notes", "note_themes", "session_themes")
# What privacy guidance forbids in reflective notes: dates, record or BSN-like numbers.
IDENTIFYING = re.compile(r"\d{4}-\d{2}-\d{2}|\b\d{1,2}[-/]\d{1,2}[-/]\d{2,4}\b|\d{6,}")


def _note_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the note tables in id order, themes by key (their ids are random)."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        keys = dict(connection.execute("SELECT id, key FROM themes").fetchall())
        rows: dict[str, list[tuple[object, ...]]] = {}
        for table in NOTE_TABLES:
            cursor = connection.execute(f"SELECT * FROM {table}")
            names = [column[0] for column in cursor.description]
            found = []
            for row in cursor.fetchall():
                values = dict(zip(names, row, strict=True))
                if "theme_id" in values:
                    values["theme_id"] = keys[values["theme_id"]]
                if values.get("sealed") is not None:
                    # Encrypted under a random data key with random nonces: never equal.
                    values["sealed"] = "encrypted"
                found.append(tuple(values.items()))
            rows[table] = sorted(found, key=repr)
    return rows


@dataclass(frozen=True)
class SessionNotes:
    """One finished session's notes as the app reads them through the services."""

    meeting: Meeting
    private: list[PrivateNoteRecord]
    points: list[LearningPointRecord]
    actions: list[ActionRecord]
    themes: tuple[str, ...]


def _session_notes(path: Path, meetings: list[Meeting]) -> list[SessionNotes]:
    with open_store(path, for_reading=True) as store:
        unlock(store, DEMO_PASSPHRASE)
        return [
            SessionNotes(
                meeting,
                notes.private_notes(store, meeting.record.id),
                notes.learning_points(store, meeting.record.id),
                notes.actions(store, meeting.record.id),
                themes.session_theme_ids(store, meeting.record.id),
            )
            for meeting in meetings
        ]


@pytest.fixture(scope="module")
def large_notes(large: Written, large_meetings: list[Meeting]) -> list[SessionNotes]:
    return _session_notes(large.summary.path, large_meetings)


@pytest.mark.slow
def test_large_demo_has_about_thirty_thousand_notes_and_learning_points(
    large: Written, large_notes: list[SessionNotes]
) -> None:
    summary = large.summary
    assert 27_000 <= summary.notes + summary.learning_points <= 33_000
    finished = [n for n in large_notes if n.meeting.record.status is SessionStatus.FINISHED]
    planned = [n for n in large_notes if n.meeting.record.status is SessionStatus.PLANNED]
    assert len(finished) == summary.finished_sessions
    assert sum(len(n.points) for n in finished) == summary.learning_points
    assert sum(len(n.actions) for n in finished) == summary.actions
    assert 500 < summary.actions < 1_500
    assert all(not (n.private or n.points or n.actions or n.themes) for n in planned)
    for session in finished:
        # Read back through the vault seam: one note a session, a few sentences long.
        assert len(session.private) == 1, session.meeting.record
        body = session.private[0].body
        assert body.count(".") >= 2 and 60 < len(body) < 1_500, body
        assert session.private[0].title == ""
        assert session.private[0].created_at > session.meeting.record.ended_at  # type: ignore[operator]
        present = sum(
            r.status not in (None, AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED)
            for r in session.meeting.register
            if session.meeting.members.get(r.person_id) is Role.MEMBER
        )
        assert 3 + present <= len(session.points) <= 6 + 3 * present, session.meeting.record
        assert len({p.text for p in session.points}) == len(session.points)
        assert session.themes
    points = [p for n in finished for p in n.points]
    assert 0.75 < sum(p.shareable for p in points) / len(points) < 0.95
    bodies = [n.private[0].body for n in finished]
    assert len(set(bodies)) == len(bodies)
    # Words from the clinical-education topics, a Dutch phrase now and then, and no dates
    # or record numbers in anything a facilitator wrote.
    text = " ".join(bodies + [p.text for p in points])
    for word in ("bad news", "angry", "fever", "supervisor", "palliative", "death", "notes"):
        assert word in text, word
    assert any(word in text for word in ("Volgende keer", "Voornemen", "Veilig klimaat"))
    assert not IDENTIFYING.search(text)


@pytest.mark.slow
def test_learning_points_and_sessions_are_tagged_with_the_studys_themes(
    large: Written, large_notes: list[SessionNotes]
) -> None:
    with open_store(large.summary.path, for_reading=True) as store:
        unlock(store, DEMO_PASSPHRASE)
        known = {theme.id: theme for theme in themes.list_themes(store, include_archived=True)}
        group_id = large_notes[0].meeting.record.group_id
        counts = themes.theme_counts(store, group_id)
    assert {theme.key for theme in known.values()} == {t.key for t in BUILTIN_THEMES}
    finished = [n for n in large_notes if n.points]
    kinds: Counter[int] = Counter()
    for session in finished:
        for point in session.points:
            tagged = [known[theme_id] for theme_id in point.theme_ids]  # every tag exists
            assert 1 <= len(tagged) <= 3, point
            assert sum(t.kind is ThemeKind.EXPERIENCE for t in tagged) <= 1, point
            assert any(t.kind is ThemeKind.LEARNING_GAIN for t in tagged), point
            kinds[len(tagged)] += 1
        session_kinds = {known[theme_id].kind for theme_id in session.themes}
        assert session_kinds == {ThemeKind.EXPERIENCE, ThemeKind.LEARNING_GAIN}
    assert set(kinds) == {1, 2, 3}
    used = {key for n in finished for p in n.points for key in p.theme_ids}
    assert used == set(known)  # every built-in theme is used somewhere
    in_group = [n for n in finished if n.meeting.record.group_id == group_id]
    assert sum(c.learning_points for c in counts) == sum(
        len(p.theme_ids) for n in in_group for p in n.points
    )
    assert sum(c.sessions for c in counts) == sum(len(n.themes) for n in in_group) > 0


@pytest.mark.slow
def test_actions_have_owners_from_the_group_and_due_dates_a_week_or_two_on(
    large_notes: list[SessionNotes],
) -> None:
    owners: Counter[bool] = Counter()
    done: Counter[bool] = Counter()
    for session in large_notes:
        day = session.meeting.record.planned_start.date()  # type: ignore[union-attr]
        for action in session.actions:
            assert action.due_on is not None
            assert (action.due_on - day).days in (7, 14), action
            if action.owner_id is not None:
                assert session.meeting.members.get(action.owner_id) is Role.MEMBER
            owners[action.owner_id is None] += 1
            done[action.done] += 1
    assert owners[True] > 50 and owners[False] > 50  # the facilitator's and members'
    assert done[True] > done[False] > 0


@pytest.mark.slow
def test_large_demo_has_member_follow_up_notes_readable_through_the_services(
    large: Written,
) -> None:
    with open_store(large.summary.path, for_reading=True) as store:
        unlock(store, DEMO_PASSPHRASE)
        found = []
        for group in list_groups(store) + list_groups(store, archived=True):
            for member in list_members(store, group.id):
                found += notes.member_notes(store, group.id, member.person_id)
    finished = large.summary.finished_sessions
    assert large.summary.notes == finished + len(found)
    assert 60 * 3 <= len(found) <= 60 * 6
    for note in found:
        assert note.session_id is None and note.person_id is not None
        assert note.body.startswith("After session "), note.body
        assert not IDENTIFYING.search(note.body.replace("After session", ""))


@pytest.mark.slow
def test_same_seed_writes_the_same_notes(large: Written, large_again: Written) -> None:
    one = _note_rows(large.summary.path)
    two = _note_rows(large_again.summary.path)

    assert len(one["notes"]) == large.summary.notes + large.summary.learning_points + (
        large.summary.actions
    )
    assert len(one["note_themes"]) > len(one["notes"]) // 2
    for table in NOTE_TABLES:
        assert one[table] == two[table], table


def test_small_demo_has_a_handful_of_notes_per_finished_session(small: Written) -> None:
    summary = small.summary
    found = _session_notes(summary.path, _meetings(summary.path))
    finished = [n for n in found if n.meeting.record.status is SessionStatus.FINISHED]
    assert summary.learning_points == sum(len(n.points) for n in finished)
    assert summary.actions == sum(len(n.actions) for n in finished) > 0
    for session in finished:
        assert len(session.private) == 1
        assert session.private[0].body
        assert 3 <= len(session.points) <= 5
        assert all(point.theme_ids for point in session.points)
        assert session.themes
    for session in found:
        if session.meeting.record.status is SessionStatus.PLANNED:
            assert not (session.private or session.points or session.actions)
    with open_store(summary.path, for_reading=True) as store:
        unlock(store, DEMO_PASSPHRASE)
        about = [
            note
            for group in list_groups(store)
            for member in list_members(store, group.id)
            for note in notes.member_notes(store, group.id, member.person_id)
        ]
    assert 3 <= len(about) <= 6
    assert summary.notes == len(finished) + len(about)


def test_a_scaled_demo_is_that_many_large_demos_each_from_its_own_seed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Three groups a copy keep this quick; the copies are what is under test.
    from reflectdesk.demo import build

    planner = build.plan_large_groups
    monkeypatch.setattr(build, "plan_large_groups", lambda rng, kinds: planner(rng, kinds)[:3])
    one = write_demo(tmp_path / "one.db", "large")
    three = write_demo(tmp_path / "three.db", "large", scale=3)

    assert three.groups == 9
    assert three.sessions > 2 * one.sessions
    assert three.responses > 2 * one.responses
    with sqlite3.connect(tmp_path / "three.db") as connection:
        names = [row[0] for row in connection.execute("SELECT display_name FROM persons")]
        groups = connection.execute("SELECT COUNT(DISTINCT id) FROM groups").fetchone()[0]
    assert groups == 9
    assert len(set(names)) > len(names) / 3  # the copies are not one demo three times
    with open_store(tmp_path / "three.db", for_reading=True) as store:
        unlock(store, DEMO_PASSPHRASE)  # one vault holds every copy's notes


def test_only_a_large_demo_can_be_scaled(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        write_demo(tmp_path / "demo.db", "small", scale=2)
    with pytest.raises(ValueError):
        write_demo(tmp_path / "demo.db", "large", scale=0)
