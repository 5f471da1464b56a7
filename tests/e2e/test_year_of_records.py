"""A year of one leader's sessions, built through the public functions, checked to the
minute: the leader log's totals and progress, and every participant's certificate of
attendance, against figures worked out here from the plan of the year alone.

The year (2026):
- "Balint Utrecht" (one case a session): Anne de Vries facilitates; ten monthly sessions
  run on the clock, some with a pause (not counted), one ending half a minute past a
  whole minute (rounded up), and a November session planned but never held.
- "Intervisie Zwolle" (the two-case Balint format): Joost Kok facilitates, "anne DE
  vries" (the same leader, written otherwise) co-facilitates; six sessions, every other
  month, three of them with the co-leaders' debrief.
- By hand: ten supervision hours, one training day, two sessions co-led elsewhere.
- Four participants in Utrecht with every kind of mark: present, late or left early
  with and without the minutes away, absent, excused.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pypdfium2
import pytest

from reflectdesk.core.clock import SessionClock
from reflectdesk.core.clock_state import PlannedPhase
from reflectdesk.core.debrief import Debrief
from reflectdesk.core.model import AttendanceStatus, GroupDraft, LeaderLogKind, MemberDraft, Role
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.export.attendance_list import build_attendance_list
from reflectdesk.export.attendance_records import build_certificates
from reflectdesk.i18n.texts import texts_for
from reflectdesk.operations import leader_log as log_ops
from reflectdesk.operations.attendance_records import export_certificates
from reflectdesk.store import attendance, formats, groups, members, sessions
from reflectdesk.store.attendance_list import listed_sessions
from reflectdesk.store.database import Store
from reflectdesk.store.debriefs import save_debrief
from tests.fakes import FakeTime

PLAN = (PlannedPhase("Case", 30 * 60), PlannedPhase("Discussion", 60 * 60))


@dataclass(frozen=True)
class Run:
    """How a session ran, in minutes: the case phase, the discussion until a pause, the
    pause, and the rest of the discussion after it (0 and 0 when there was no pause)."""

    case: float
    before_pause: float
    pause: float = 0
    after_pause: float = 0

    @property
    def running_minutes(self) -> int:
        """Worked out by hand: the pause is not counted; half a minute counts as one."""
        minutes = self.case + self.before_pause + self.after_pause
        whole = int(minutes)
        return whole + 1 if minutes - whole >= 0.5 else whole


UTRECHT_RUNS = (
    Run(30, 60),  # 90
    Run(30, 40, 10, 20),  # 90 run, a 10-minute pause left out
    Run(25, 55),  # 80
    Run(30, 30, 15, 35),  # 95: ran over
    Run(30, 60.5),  # 90.5 -> 91
    Run(35, 50, 5, 10),  # 95
    Run(30, 45),  # 75: ended early
    Run(30, 60),  # 90
    Run(28, 62),  # 90
    Run(30, 20, 20, 40),  # 90
)
ZWOLLE_RUNS = (Run(45, 45), Run(40, 50), Run(45, 45, 10, 0), Run(45, 40), Run(50, 45), Run(45, 45))
ZWOLLE_DEBRIEFED = (0, 2, 5)  # the sessions with a co-leaders' debrief

P, A, X = AttendanceStatus.PRESENT, AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED
L, E = AttendanceStatus.LATE, AttendanceStatus.LEFT_EARLY
# Each participant's mark at the ten Utrecht sessions, with the minutes away (None: not
# recorded) for a late arrival or an early leaver.
MARKS: dict[str, tuple[tuple[AttendanceStatus, int | None], ...]] = {
    "Pieter Jansen": (
        (P, None), (P, None), (L, 20), (P, None), (A, None),
        (P, None), (E, None), (P, None), (X, None), (P, None),
    ),
    "Sanne Bakker": (
        (P, None), (P, None), (L, 5), (P, None), (P, None),
        (P, None), (P, None), (P, None), (P, None), (P, None),
    ),
    "Hüseyin İkiz": (
        (P, None), (L, 10), (P, None), (P, None), (P, None),
        (A, None), (P, None), (E, 30), (P, None), (P, None),
    ),
    "IJsbrand van den Eertwegh": (
        (A, None), (A, None), (P, None), (P, None), (P, None),
        (P, None), (P, None), (P, None), (P, None), (E, None),
    ),
}  # fmt: skip


def _expected_minutes(name: str) -> tuple[int, int]:
    """The participant's minutes by the rule, and how many sessions lack the minutes."""
    minutes, not_recorded = 0, 0
    for run, (status, away) in zip(UTRECHT_RUNS, MARKS[name], strict=True):
        if status is P:
            minutes += run.running_minutes
        elif status in (L, E) and away is None:
            not_recorded += 1
        elif status in (L, E) and away is not None:
            minutes += max(0, run.running_minutes - away)
    return minutes, not_recorded


def _run_on_the_clock(store: Store, session_id: str, start: datetime, run: Run) -> None:
    """Drive the real session clock through the run, writing each event as the app does."""
    time = FakeTime(start)
    clock = SessionClock(PLAN, time)
    sessions.record_clock_event(store, session_id, clock.start())
    steps = [("next", run.case), ("pause" if run.pause else "end", run.before_pause)]
    if run.pause:
        steps += [("resume", run.pause), ("end", run.after_pause)]
    for action, minutes in steps:
        time.advance(minutes * 60)
        sessions.record_clock_event(store, session_id, getattr(clock, action)())


def _session(store: Store, group_id: str, start: datetime) -> str:
    record = sessions.plan_session(store, group_id, SessionDraft(start))
    sessions.replace_session_phases(store, record.id, PLAN)
    return record.id


def _group(store: Store, name: str, format_key: str, people: list[tuple[str, Role]]) -> dict:
    group = groups.create_group(
        store, GroupDraft(name=name, format_id=formats.format_id_for_key(store, format_key))
    )
    added = {
        person: members.add_member(
            store, group.id, MemberDraft(person, role), joined_on=date(2025, 9, 1)
        )
        for person, role in people
    }
    return {"id": group.id, **{person: record.person_id for person, record in added.items()}}


def _build_the_year(store: Store) -> dict:
    utrecht = _group(
        store,
        "Balint Utrecht",
        "balint-one-case",
        [("Anne de Vries", Role.FACILITATOR), *((name, Role.MEMBER) for name in MARKS)],
    )
    for month, run in enumerate(UTRECHT_RUNS, start=1):
        start = datetime(2026, month, 12, 13, 0, tzinfo=UTC)
        session_id = _session(store, utrecht["id"], start)
        _run_on_the_clock(store, session_id, start, run)
        attendance.set_attendance(store, session_id, utrecht["Anne de Vries"], P)
        for name, marks in MARKS.items():
            status, away = marks[month - 1]
            attendance.set_attendance(store, session_id, utrecht[name], status)
            if away is not None:
                attendance.set_minutes_missed(store, session_id, utrecht[name], away)
    _session(store, utrecht["id"], datetime(2026, 11, 12, 13, 0, tzinfo=UTC))  # never held

    zwolle = _group(
        store,
        "Intervisie Zwolle",
        "balint-two-cases",
        [("Joost Kok", Role.FACILITATOR), ("anne DE vries", Role.CO_FACILITATOR)],
    )
    for n, run in enumerate(ZWOLLE_RUNS):
        start = datetime(2026, 2 + 2 * n, 20, 18, 30, tzinfo=UTC)
        session_id = _session(store, zwolle["id"], start)
        _run_on_the_clock(store, session_id, start, run)
        if n in ZWOLLE_DEBRIEFED:
            save_debrief(store, session_id, Debrief(went_well="Goed samengewerkt"))

    for month in range(1, 11):
        log_ops.add_entry(
            store,
            "Anne de Vries",
            log_ops.EntryDraft(
                LeaderLogKind.SUPERVISION, date(2026, month, 25), 60, counterpart="Dr. Smit"
            ),
        )
    log_ops.add_entry(
        store,
        "Anne de Vries",
        log_ops.EntryDraft(LeaderLogKind.TRAINING, date(2026, 6, 5), 180, title="Leiderstraining"),
    )
    for day in (date(2025, 11, 3), date(2025, 12, 1)):
        log_ops.add_entry(
            store,
            "Anne de Vries",
            log_ops.EntryDraft(LeaderLogKind.CO_LED, day, 90, title="Huisartsengroep", cases=1),
        )
    return {"utrecht": utrecht, "zwolle": zwolle}


@pytest.fixture
def year(store: Store) -> tuple[Store, dict]:
    """The year in a new database with the built-in formats and an unlocked vault."""
    return store, _build_the_year(store)


def test_the_leader_log_adds_up_to_the_minute(year: tuple[Store, dict]) -> None:
    store, _ = year
    log = log_ops.leader_log(store, "Anne de Vries", "uk-balint-society", today=date(2026, 12, 31))

    utrecht_minutes = sum(run.running_minutes for run in UTRECHT_RUNS)
    zwolle_minutes = sum(run.running_minutes for run in ZWOLLE_RUNS)
    assert utrecht_minutes == 90 + 90 + 80 + 95 + 91 + 95 + 75 + 90 + 90 + 90  # 886
    assert zwolle_minutes == 90 + 90 + 90 + 85 + 95 + 90  # 540

    totals = log.totals
    assert (totals.led, totals.co_led) == (10, 6 + 2)
    assert totals.minutes == utrecht_minutes + zwolle_minutes + 2 * 90
    assert totals.cases == 10 * 1 + 6 * 2 + 2 * 1
    # Led or co-led in Jan-Oct (Utrecht), Feb-Dec every other month (Zwolle), and Nov
    # and Dec 2025 elsewhere: 11 months of 2026 and 2 of 2025.
    assert totals.months_led == 13
    assert (totals.co_led_in_app, totals.co_led_debriefed) == (6, len(ZWOLLE_DEBRIEFED))
    assert (totals.supervision_sessions, totals.supervision_minutes) == (10, 600)
    assert (totals.training_events, totals.training_minutes) == (1, 180)
    this_year = totals.year(2026)
    assert (this_year.led, this_year.co_led) == (10, 6)
    assert this_year.minutes == utrecht_minutes + zwolle_minutes

    lines = {line.key: line for line in log.requirements}
    assert lines["co-led-sessions"].sentence == "Co-led 8 of 20 sessions: 12 to go"
    assert not lines["co-led-sessions"].met
    assert not lines["leadership-training"].met  # 1 of 2


def test_every_certificate_has_the_hours_worked_out_here(
    year: tuple[Store, dict], tmp_path: Path
) -> None:
    store, built = year
    utrecht = built["utrecht"]
    texts = texts_for("en")
    certificates = {c.participant: c for c in build_certificates(store, utrecht["id"], texts)}

    # Certificates are for the participants; the facilitator signs them.
    assert set(certificates) == set(MARKS)
    for name in MARKS:
        minutes, not_recorded = _expected_minutes(name)
        assert (certificates[name].total_minutes, certificates[name].not_recorded) == (
            minutes,
            not_recorded,
        ), name
    # By hand, for the record: Pieter 90+90+(80-20)+95+95+90+90 = 610 with one session
    # whose minutes were not recorded; Sanne 886-5 = 881; Hüseyin 90+(90-10)+80+95+91
    # +75+(90-30)+90+90 = 751; IJsbrand 80+95+91+95+75+90+90 = 616, one not recorded.
    assert [_expected_minutes(name) for name in MARKS] == [(610, 1), (881, 0), (751, 0), (616, 1)]

    written = export_certificates(store, utrecht["id"], tmp_path / "certificates", folder=True)
    assert written.certificates == 4
    pages = {path.name: _pdf_text(path) for path in written.files}
    pieter = next(text for name, text in pages.items() if "Pieter" in name)
    assert "10 hours 10 minutes" in pieter  # 610 minutes
    sanne = next(text for name, text in pages.items() if "Sanne" in name)
    assert "14 hours 41 minutes" in sanne  # 881 minutes


def _pdf_text(path: Path) -> str:
    pdf = pypdfium2.PdfDocument(path)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()


def test_the_cpd_attendance_list_gives_each_session_the_same_length(
    year: tuple[Store, dict],
) -> None:
    """The presentielijst, the certificates and the leader log count a session alike."""
    store, built = year
    held = [s.id for s in sessions.list_sessions(store, built["utrecht"]["id"]) if s.started_at]
    listed = build_attendance_list(listed_sessions(store, held), texts_for("nl"))

    assert [item.minutes for item in listed.sessions] == [
        run.running_minutes for run in UTRECHT_RUNS
    ]
    # 95 minutes with a 15-minute pause left out: 1.58 hours, as GAIA asks (two places).
    assert listed.sessions[3].hours == 1.58
