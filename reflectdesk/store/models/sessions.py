"""Sessions, their phases copied from a format, clock events and attendance."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from reflectdesk.core.model import (
    AttendanceStatus,
    ClockEventKind,
    SessionStatus,
)
from reflectdesk.store.models.base import Base, IdMixin, TimestampMixin, UTCDateTime, one_of, utcnow
from reflectdesk.store.models.groups import Person  # noqa: F401  (FK target)


class Session(IdMixin, TimestampMixin, Base):
    """One meeting of a group. Its phases are copied from the format when planned."""

    __tablename__ = "sessions"
    __table_args__ = (
        CheckConstraint(one_of("status", SessionStatus), name="status"),
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
    # The co-facilitators' debrief (migration 0009; store/debriefs.py): '' when none.
    debrief_went_well: Mapped[str] = mapped_column(Text, default="", server_default=sql_text("''"))
    debrief_differently: Mapped[str] = mapped_column(
        Text, default="", server_default=sql_text("''")
    )
    debrief_next_presenter: Mapped[str] = mapped_column(
        Text, default="", server_default=sql_text("''")
    )
    # The session's own accreditation id (migration 0016), winning over its group's; ''
    # when it has none of its own.
    accreditation_id: Mapped[str] = mapped_column(
        String(60), default="", server_default=sql_text("''")
    )
    # When its CPD attendance list was last exported; NULL when never.
    attendance_list_exported_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

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
        CheckConstraint(one_of("kind", ClockEventKind), name="kind"),
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
        CheckConstraint(one_of("status", AttendanceStatus), name="status"),
    )

    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    person_id: Mapped[str] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(12))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # A late arrival's or early leaver's minutes away from the session (migration 0016);
    # NULL when not recorded.
    minutes_missed: Mapped[int | None] = mapped_column(Integer)
