"""A rich database for the archive and CSV tests, built once and copied for each test: the
demo (Dutch, Turkish and Greek names, run sessions, registers, notes, themes) plus a Greek
group with a user format, a user deck shown in a session, a private note holding a canary,
a questionnaire with a response, and a card shown from a built-in deck."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from reflectdesk.core.clock_state import ClockEventRecord
from reflectdesk.core.decks import CardDefinition
from reflectdesk.core.model import AttendanceStatus, ClockEventKind, GroupDraft, MemberDraft, Role
from reflectdesk.core.notes import ActionDraft, LearningPointDraft, PrivateText
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.demo.build import DEMO_PASSPHRASE, write_demo
from reflectdesk.store.attendance import set_attendance, set_presenter
from reflectdesk.store.builtins import seed_builtins
from reflectdesk.store.database import Store, open_store
from reflectdesk.store.decks import deck_cards, list_decks, record_card_shown
from reflectdesk.store.groups import create_group
from reflectdesk.store.members import add_member
from reflectdesk.store.models.evaluation import Answer, Question, Questionnaire, Response
from reflectdesk.store.notes import add_action, add_learning_point, save_private_note
from reflectdesk.store.sessions import plan_session, record_clock_event
from reflectdesk.store.themes import list_themes, set_session_themes
from reflectdesk.store.user_decks import add_card, create_deck
from reflectdesk.store.user_formats import copy_format, list_format_definitions
from reflectdesk.store.vault import unlock

CANARY = "CANARY-7f3e Ζωή İlker IJsbrand private words"
GREEK_GROUP = "Ομάδα Αναστοχασμού Ηρακλείου"
START = datetime(2026, 3, 10, 13, 0, tzinfo=UTC)
# What the archive holds; settings, vault and the search tables are left out.
TABLES = (
    "formats",
    "format_phases",
    "decks",
    "cards",
    "themes",
    "persons",
    "groups",
    "memberships",
    "sessions",
    "session_phases",
    "clock_events",
    "attendance",
    "cards_shown",
    "session_themes",
    "notes",
    "note_themes",
    "questionnaires",
    "questions",
    "responses",
    "answers",
)


@dataclass(frozen=True)
class Rich:
    path: Path
    group_id: str  # the Greek group
    session_id: str  # its run session
    private_note_id: str


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def dump(path: Path) -> dict[str, dict[tuple[Any, ...], tuple[Any, ...]]]:
    """Every row of every archived table, by primary key, read with plain sqlite3."""
    tables: dict[str, dict[tuple[Any, ...], tuple[Any, ...]]] = {}
    with closing(sqlite3.connect(path)) as connection:
        for table in TABLES:
            keys = [
                row[1]
                for row in connection.execute(f"PRAGMA table_info({table})")
                if row[5]  # part of the primary key
            ]
            cursor = connection.execute(f"SELECT * FROM {table}")
            names = [column[0] for column in cursor.description]
            tables[table] = {
                tuple(row[names.index(key)] for key in keys): tuple(row) for row in cursor
            }
    return tables


def private_blob(path: Path, note_id: str) -> bytes:
    with closing(sqlite3.connect(path)) as connection:
        row = connection.execute("SELECT sealed FROM notes WHERE id = ?", (note_id,)).fetchone()
    return bytes(row[0])


def _build(path: Path) -> Rich:
    write_demo(path, "small")
    with open_store(path, seed=seed_builtins) as store:
        unlock(store, DEMO_PASSPHRASE)
        return _add_greek_group(store, path)


def _add_greek_group(store: Store, path: Path) -> Rich:
    builtin = next(summary for summary, _ in list_format_definitions(store) if summary.builtin)
    own_format = copy_format(store, builtin.id, "Balint ισχυρή παραλλαγή")
    group = create_group(
        store, GroupDraft(GREEK_GROUP, format_id=own_format.id, setting="Ηράκλειο, Κρήτη")
    )
    people = [
        add_member(store, group.id, MemberDraft(name, role), joined_on=date(2026, 2, 1))
        for name, role in (
            ("Ελένη Παπαδοπούλου", Role.FACILITATOR),
            ("İlker Şahin", Role.MEMBER),
            ("IJsbrand van 't Eertwegh", Role.MEMBER),
            ("Νίκος Γεωργίου", Role.MEMBER),
        )
    ]
    meeting = plan_session(store, group.id, SessionDraft(START, place="Αίθουσα 2"))
    set_presenter(store, meeting.id, people[1].person_id)
    for person, status in zip(
        people,
        (AttendanceStatus.PRESENT, AttendanceStatus.PRESENT, AttendanceStatus.LATE, None),
        strict=True,
    ):
        set_attendance(store, meeting.id, person.person_id, status)
    kinds = (
        (ClockEventKind.START, 0.0, None),
        (ClockEventKind.PAUSE, 250.5, None),
        (ClockEventKind.RESUME, 400.0, None),
        (ClockEventKind.EXTEND, 500.0, 120),
        (ClockEventKind.NEXT, 910.25, None),
        (ClockEventKind.END, 1500.0, None),
    )
    for seq, (kind, elapsed, amount) in enumerate(kinds, start=1):
        wall = START + timedelta(seconds=elapsed)
        record_clock_event(store, meeting.id, ClockEventRecord(seq, kind, elapsed, wall, amount))
    deck = create_deck(store, "Κάρτες Ηρακλείου")
    card = add_card(store, deck.id, CardDefinition("Τι ένιωσες;", "Ne hissettin? Wat voelde je?"))
    record_card_shown(store, meeting.id, card.id, at=START + timedelta(seconds=30))
    shipped = next(summary for summary in list_decks(store) if summary.builtin)
    shipped_card = deck_cards(store, shipped.id)[1]
    record_card_shown(store, meeting.id, shipped_card.id, at=START + timedelta(seconds=60))
    themes = list_themes(store)
    set_session_themes(store, meeting.id, [themes[0].id, themes[-1].id])
    add_learning_point(
        store, meeting.id, LearningPointDraft("Ακούμε πριν απαντήσουμε", True, (themes[1].id,))
    )
    add_action(
        store,
        meeting.id,
        ActionDraft("Şükrü'ye geri bildirim", people[1].person_id, date(2026, 3, 17)),
    )
    note = save_private_note(store, meeting.id, PrivateText("Σημείωση", CANARY))
    with store.transaction() as session:
        questionnaire = Questionnaire(
            key="ccq", version=1, name="Ερωτηματολόγιο", purpose="session"
        )
        session.add(questionnaire)
        session.flush()
        question = Question(
            questionnaire_id=questionnaire.id,
            position=0,
            key="q1",
            text="Ήταν ασφαλές;",
            kind="likert",
            scale_points=5,
        )
        session.add(question)
        response = Response(
            questionnaire_id=questionnaire.id,
            session_id=meeting.id,
            group_id=group.id,
            person_id=people[2].person_id,
            timepoint="end",
        )
        session.add(response)
        session.flush()
        session.add(Answer(response_id=response.id, question_id=question.id, value=4))
    return Rich(path, group.id, meeting.id, note.id)


def build_rich(folder: Path) -> Rich:
    """The rich database, written in ``folder``."""
    return _build(folder / "rich.db")


def copy_rich(template: Rich, folder: Path) -> Rich:
    """A copy of the rich database for one test."""
    copy = folder / "source.db"
    shutil.copyfile(template.path, copy)
    return Rich(copy, template.group_id, template.session_id, template.private_note_id)


def empty_store(path: Path) -> Store:
    """A migrated database with nothing in it, not even the built-ins."""
    return open_store(path)


def seeded_store(path: Path) -> Store:
    """A new database as the app makes it: with this laptop's own built-ins."""
    return open_store(path, seed=seed_builtins)
