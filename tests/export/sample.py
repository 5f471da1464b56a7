"""A finished session with everything a summary shows, for the export tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from reflectdesk.core.clock_state import ClockEventRecord
from reflectdesk.core.model import AttendanceStatus, ClockEventKind, GroupDraft, MemberDraft, Role
from reflectdesk.core.notes import ActionDraft, LearningPointDraft, PrivateText
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.export.summary import ActionLine, AttendanceLine, PhaseLine, SessionSummary
from reflectdesk.store import attendance, decks, formats, groups, members, notes, sessions, themes
from reflectdesk.store.database import Store
from tests.fakes import open_vault

MEMBERS = (
    "IJsbrand van den Eertwegh",
    "Hüseyin İkiz",
    "Νίκος Παπαδόπουλος",
    "Anna de Vries",
)
FACILITATOR = "Marieke Hoogendoorn"
INITIALS = ("IJvdE", "Hİ", "ΝΠ", "AdV")
CANARY = "CANARY-7f3a private words about the presenter"
HIDDEN_POINT = "Not for sharing: the ward manager's name"
SHARED_POINT = "Ask what the patient fears before explaining the plan."
ACTION = "Send the article on moral distress to the group"
GROUND_RULES = (
    "What is said in the group stays in the group.\n"
    "Listen without interrupting.\n"
    "No advice unless the presenter asks for it."
)
# 14:00 in Amsterdam in March (UTC+1).
PLANNED_START = datetime(2026, 3, 3, 13, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Sample:
    session_id: str
    group_id: str
    phase_count: int


def _event(seq: int, kind: ClockEventKind, elapsed: float) -> ClockEventRecord:
    wall = PLANNED_START + timedelta(seconds=elapsed)
    return ClockEventRecord(seq=seq, kind=kind, elapsed=elapsed, wall_time=wall)


def build_sample(store: Store, group_name: str = "Balint group — GP placement block 2") -> Sample:
    format_id = formats.format_id_for_key(store, "balint-one-case")
    group = groups.create_group(
        store, GroupDraft(name=group_name, format_id=format_id, ground_rules=GROUND_RULES)
    )
    members.add_member(store, group.id, MemberDraft(FACILITATOR, Role.FACILITATOR))
    people = {
        name: members.add_member(store, group.id, MemberDraft(name)).person_id for name in MEMBERS
    }
    planned = sessions.plan_session(
        store,
        group.id,
        SessionDraft(planned_start=PLANNED_START, place="Room 2.14, LUMC", title="Session 4"),
    )
    statuses = (
        AttendanceStatus.PRESENT,
        AttendanceStatus.LATE,
        AttendanceStatus.PRESENT,
        AttendanceStatus.EXCUSED,
    )
    for name, status in zip(MEMBERS, statuses, strict=True):
        attendance.set_attendance(store, planned.id, people[name], status)
    attendance.set_presenter(store, planned.id, people["Hüseyin İkiz"])

    phases = sessions.session_phases(store, planned.id)
    seq = 0

    def record(kind: ClockEventKind, elapsed: float) -> None:
        nonlocal seq
        seq += 1
        sessions.record_clock_event(store, planned.id, _event(seq, kind, elapsed))

    record(ClockEventKind.START, 0.0)
    # A mistaken NEXT undone by BACK 20 s later: phase 1 ran 680 s, not 600 + 100.
    record(ClockEventKind.NEXT, 600.0)
    record(ClockEventKind.BACK, 620.0)
    elapsed = 700.0
    for _ in phases[1:]:
        record(ClockEventKind.NEXT, elapsed)
        elapsed += 300.0
    record(ClockEventKind.END, elapsed)

    deck = decks.list_decks(store)[0]
    card = decks.deck_cards(store, deck.id)[0]
    decks.record_card_shown(store, planned.id, card.id, at=PLANNED_START + timedelta(minutes=20))
    theme_ids = [theme.id for theme in themes.list_themes(store)[:2]]
    themes.set_session_themes(store, planned.id, theme_ids)
    notes.add_learning_point(store, planned.id, LearningPointDraft(SHARED_POINT, shareable=True))
    notes.add_learning_point(store, planned.id, LearningPointDraft(HIDDEN_POINT, shareable=False))
    notes.add_action(
        store,
        planned.id,
        ActionDraft(ACTION, owner_id=people["Anna de Vries"], due_on=date(2026, 3, 10)),
    )
    open_vault(store)
    notes.save_private_note(store, planned.id, PrivateText("Follow up", CANARY))
    return Sample(planned.id, group.id, len(phases))


def golden_summary() -> SessionSummary:
    """A fixed summary (no database, no clock, no time zone) for the golden file."""
    return SessionSummary(
        group_name="Balint group — GP placement block 2",
        date_text="Tuesday 3 March 2026, 14:00",
        title="Session 4",
        place="Room 2.14, LUMC",
        facilitators=(FACILITATOR,),
        attendance=(
            AttendanceLine("IJsbrand van den Eertwegh", "present"),
            AttendanceLine("Hüseyin İkiz", "late"),
            AttendanceLine("Anna de Vries", "excused"),
            AttendanceLine("Νίκος Παπαδόπουλος", "present"),
        ),
        format_name="Balint group — one case (50 min)",
        phases=(
            # Extended to 6 and 15 minutes, as run; Closing never reached.
            PhaseLine("Opening and inviting a case", 5, 11, 6),
            PhaseLine("Telling the case", 10, 5, 15),
            PhaseLine("Group reflection", 20, 22, 20),
            PhaseLine("Closing", 5, None),
        ),
        presenter="Hüseyin İkiz",
        cards=("Focus: The relationship",),
        themes=("Interactions with patients", "Complex patient care"),
        learning_points=(SHARED_POINT,),
        actions=(ActionLine(ACTION, "Anna de Vries", "10 March 2026", False),),
    )
