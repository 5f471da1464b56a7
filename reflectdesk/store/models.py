"""SQLAlchemy 2 typed models for the whole ReflectDesk data model.

Ids are UUID strings so that records made on two laptops can be merged by import.
Timestamps are stored in UTC. Enumerations are stored as their string values (see
reflectdesk.core.model) with CHECK constraints, so a bad value never reaches disk.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from reflectdesk.core.model import (
    AttendanceStatus,
    ClockEventKind,
    NoteKind,
    QuestionKind,
    Role,
    SessionStatus,
    ThemeKind,
)

# Stable constraint names, so later migrations can alter them (Alembic batch mode needs them).
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out; SQLite itself keeps naive text."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def _one_of(column: str, values: type[object]) -> str:
    options = ", ".join(f"'{member}'" for member in values)  # type: ignore[attr-defined]
    return f"{column} IN ({options})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class IdMixin:
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)


class TimestampMixin:
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


# --- groups and people ---------------------------------------------------------------


class Group(IdMixin, TimestampMixin, Base):
    __tablename__ = "groups"
    __table_args__ = (
        CheckConstraint("planned_sessions BETWEEN 1 AND 100", name="planned_sessions"),
        CheckConstraint(
            "attendance_required IS NULL OR attendance_required BETWEEN 0 AND planned_sessions",
            name="attendance_required",
        ),
    )

    name: Mapped[str] = mapped_column(String(120))
    format_id: Mapped[str | None] = mapped_column(ForeignKey("formats.id", ondelete="SET NULL"))
    setting: Mapped[str] = mapped_column(String(200), default="")
    planned_sessions: Mapped[int] = mapped_column(Integer, default=6)
    attendance_required: Mapped[int | None] = mapped_column(Integer)
    ground_rules: Mapped[str] = mapped_column(Text, default="")
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    format: Mapped[Format | None] = relationship()
    memberships: Mapped[list[Membership]] = relationship(
        back_populates="group", cascade="all, delete-orphan"
    )


class Person(IdMixin, TimestampMixin, Base):
    """Someone in a group. Only a display name is kept: no contact or clinical detail."""

    __tablename__ = "persons"

    display_name: Mapped[str] = mapped_column(String(120))
    # Optional override of the family name guessed from the display name, for sorting.
    family_name: Mapped[str] = mapped_column(String(120), default="")

    memberships: Mapped[list[Membership]] = relationship(back_populates="person")


class Membership(IdMixin, Base):
    __tablename__ = "memberships"
    __table_args__ = (CheckConstraint(_one_of("role", Role), name="role"),)

    group_id: Mapped[str] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(20), default=Role.MEMBER.value)
    joined_on: Mapped[date | None] = mapped_column(Date)
    left_on: Mapped[date | None] = mapped_column(Date)

    group: Mapped[Group] = relationship(back_populates="memberships")
    person: Mapped[Person] = relationship(back_populates="memberships")


# --- formats -------------------------------------------------------------------------


class Format(IdMixin, TimestampMixin, Base):
    """A session structure. Built-ins are loaded from resources/formats and never edited."""

    __tablename__ = "formats"

    key: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    family: Mapped[str] = mapped_column(String(40))
    description: Mapped[str] = mapped_column(Text, default="")
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    # For built-ins: a digest of the file, so a changed file is reloaded at open.
    source_digest: Mapped[str] = mapped_column(String(64), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    phases: Mapped[list[FormatPhase]] = relationship(
        back_populates="format",
        cascade="all, delete-orphan",
        order_by="FormatPhase.position",
    )


class FormatPhase(IdMixin, Base):
    __tablename__ = "format_phases"
    __table_args__ = (UniqueConstraint("format_id", "position"),)

    format_id: Mapped[str] = mapped_column(ForeignKey("formats.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(80))
    planned_seconds: Mapped[int] = mapped_column(Integer)
    role_cue: Mapped[str] = mapped_column(Text, default="")
    deck_key: Mapped[str | None] = mapped_column(String(60))

    format: Mapped[Format] = relationship(back_populates="phases")


# --- sessions and the clock ----------------------------------------------------------


class Session(IdMixin, TimestampMixin, Base):
    """One meeting of a group. Its phases are copied from the format when planned."""

    __tablename__ = "sessions"
    __table_args__ = (
        CheckConstraint(_one_of("status", SessionStatus), name="status"),
        Index("ix_sessions_group_start", "group_id", "planned_start"),
    )

    group_id: Mapped[str] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"))
    format_id: Mapped[str | None] = mapped_column(ForeignKey("formats.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(String(200), default="")
    planned_start: Mapped[datetime | None] = mapped_column(UTCDateTime)
    place: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(20), default=SessionStatus.PLANNED.value)
    presenter_id: Mapped[str | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))
    protect_end_time: Mapped[bool] = mapped_column(Boolean, default=False)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    phases: Mapped[list[SessionPhase]] = relationship(
        cascade="all, delete-orphan", order_by="SessionPhase.position"
    )


class SessionPhase(IdMixin, Base):
    __tablename__ = "session_phases"
    __table_args__ = (UniqueConstraint("session_id", "position"),)

    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(80))
    planned_seconds: Mapped[int] = mapped_column(Integer)
    role_cue: Mapped[str] = mapped_column(Text, default="")
    deck_key: Mapped[str | None] = mapped_column(String(60))
    # Elapsed session time (seconds) at which the phase actually began and ended.
    actual_start: Mapped[float | None] = mapped_column(Float)
    actual_end: Mapped[float | None] = mapped_column(Float)


class ClockEvent(IdMixin, Base):
    """One action on the session clock. The live clock is rebuilt from these alone."""

    __tablename__ = "clock_events"
    __table_args__ = (
        UniqueConstraint("session_id", "seq"),
        CheckConstraint(_one_of("kind", ClockEventKind), name="kind"),
    )

    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(10))
    wall_time: Mapped[datetime] = mapped_column(UTCDateTime)
    elapsed: Mapped[float] = mapped_column(Float)  # session seconds when it happened
    amount_seconds: Mapped[int | None] = mapped_column(Integer)  # for extend


class Attendance(IdMixin, Base):
    __tablename__ = "attendance"
    __table_args__ = (
        UniqueConstraint("session_id", "person_id"),
        CheckConstraint(_one_of("status", AttendanceStatus), name="status"),
    )

    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    person_id: Mapped[str] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(12))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


# --- prompt cards --------------------------------------------------------------------


class Deck(IdMixin, TimestampMixin, Base):
    __tablename__ = "decks"

    key: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    description: Mapped[str] = mapped_column(Text, default="")
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    source_digest: Mapped[str] = mapped_column(String(64), default="")

    cards: Mapped[list[Card]] = relationship(cascade="all, delete-orphan", order_by="Card.position")


class Card(IdMixin, Base):
    __tablename__ = "cards"

    deck_id: Mapped[str] = mapped_column(ForeignKey("decks.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200), default="")
    body: Mapped[str] = mapped_column(Text)
    favourite: Mapped[bool] = mapped_column(Boolean, default=False)


class CardShown(IdMixin, Base):
    __tablename__ = "cards_shown"

    session_id: Mapped[str] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    card_id: Mapped[str] = mapped_column(ForeignKey("cards.id", ondelete="CASCADE"))
    shown_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    hidden_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


# --- notes and themes ----------------------------------------------------------------


class Note(IdMixin, TimestampMixin, Base):
    """A private note, a learning point or an action.

    Private notes keep their title and body only in ``sealed`` (written by the vault
    seam); ``title`` and ``body`` stay empty for them.
    """

    __tablename__ = "notes"
    __table_args__ = (
        CheckConstraint(_one_of("kind", NoteKind), name="kind"),
        CheckConstraint(
            "kind != 'private' OR (body = '' AND title = '')", name="private_is_sealed"
        ),
        Index("ix_notes_session_kind", "session_id", "kind"),
    )

    kind: Mapped[str] = mapped_column(String(20))
    session_id: Mapped[str | None] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    group_id: Mapped[str | None] = mapped_column(
        ForeignKey("groups.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[str | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(String(200), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    sealed: Mapped[bytes | None] = mapped_column(LargeBinary)
    shareable: Mapped[bool] = mapped_column(Boolean, default=False)
    # Actions: who owns it (a member, or the facilitator when NULL), when, and whether done.
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))
    due_on: Mapped[date | None] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(Boolean, default=False)


class Theme(IdMixin, Base):
    __tablename__ = "themes"
    __table_args__ = (CheckConstraint(_one_of("kind", ThemeKind), name="kind"),)

    key: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(20))
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class SessionTheme(Base):
    __tablename__ = "session_themes"

    session_id: Mapped[str] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True
    )
    theme_id: Mapped[str] = mapped_column(
        ForeignKey("themes.id", ondelete="CASCADE"), primary_key=True
    )


class NoteTheme(Base):
    __tablename__ = "note_themes"

    note_id: Mapped[str] = mapped_column(
        ForeignKey("notes.id", ondelete="CASCADE"), primary_key=True
    )
    theme_id: Mapped[str] = mapped_column(
        ForeignKey("themes.id", ondelete="CASCADE"), primary_key=True
    )


# --- evaluation ----------------------------------------------------------------------


class Questionnaire(IdMixin, TimestampMixin, Base):
    """A versioned questionnaire: once answered, a change makes a new version."""

    __tablename__ = "questionnaires"
    __table_args__ = (UniqueConstraint("key", "version"),)

    key: Mapped[str] = mapped_column(String(60))
    version: Mapped[int] = mapped_column(Integer, default=1)
    name: Mapped[str] = mapped_column(String(120))
    purpose: Mapped[str] = mapped_column(String(40))  # session / series / conditions
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)

    questions: Mapped[list[Question]] = relationship(
        cascade="all, delete-orphan", order_by="Question.position"
    )


class Question(IdMixin, Base):
    __tablename__ = "questions"
    __table_args__ = (
        UniqueConstraint("questionnaire_id", "position"),
        CheckConstraint(_one_of("kind", QuestionKind), name="kind"),
        CheckConstraint("scale_points IS NULL OR scale_points BETWEEN 2 AND 11", name="scale"),
    )

    questionnaire_id: Mapped[str] = mapped_column(
        ForeignKey("questionnaires.id", ondelete="CASCADE")
    )
    position: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(String(60))
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20))
    scale_points: Mapped[int | None] = mapped_column(Integer)
    reverse_coded: Mapped[bool] = mapped_column(Boolean, default=False)


class Response(IdMixin, Base):
    __tablename__ = "responses"

    questionnaire_id: Mapped[str] = mapped_column(ForeignKey("questionnaires.id"), index=True)
    session_id: Mapped[str | None] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    group_id: Mapped[str | None] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"))
    person_id: Mapped[str | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))
    timepoint: Mapped[str] = mapped_column(String(20), default="")  # "start" / "end" of a series
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Answer(IdMixin, Base):
    __tablename__ = "answers"
    __table_args__ = (UniqueConstraint("response_id", "question_id"),)

    response_id: Mapped[str] = mapped_column(ForeignKey("responses.id", ondelete="CASCADE"))
    question_id: Mapped[str] = mapped_column(ForeignKey("questions.id"))
    value: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text, default="")


# --- vault and settings --------------------------------------------------------------


class Vault(Base):
    """The wrapped data key for private notes (one row; see privacy.md)."""

    __tablename__ = "vault"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    format_version: Mapped[int] = mapped_column(Integer)
    kdf: Mapped[str] = mapped_column(String(20))
    kdf_params: Mapped[str] = mapped_column(Text)  # JSON: memory, iterations, lanes
    salt: Mapped[bytes] = mapped_column(LargeBinary)
    wrapped_key: Mapped[bytes] = mapped_column(LargeBinary)
    recovery_wrapped_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class Setting(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON
