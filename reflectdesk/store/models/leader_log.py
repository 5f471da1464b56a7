"""What a leader adds to their log by hand: supervision, training, and sessions led
outside ReflectDesk (migration 0016). Sessions led in ReflectDesk are counted from the
sessions themselves, never copied here."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from reflectdesk.core.model import LeaderLogKind
from reflectdesk.store.models.base import Base, IdMixin, TimestampMixin, one_of
from reflectdesk.store.models.notes import Note  # noqa: F401  (FK target)


class LeaderLogEntry(IdMixin, TimestampMixin, Base):
    __tablename__ = "leader_log_entries"
    __table_args__ = (
        CheckConstraint(one_of("kind", LeaderLogKind), name="kind"),
        CheckConstraint("minutes BETWEEN 0 AND 14400", name="minutes"),
        CheckConstraint("cases IS NULL OR cases BETWEEN 0 AND 20", name="cases"),
    )

    # The leader's name as they use it in their groups' facilitator rows; the log gathers
    # their sessions by this name, folded (a leader is a person in many groups).
    leader_name: Mapped[str] = mapped_column(String(120), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    on_date: Mapped[date] = mapped_column(Date)
    minutes: Mapped[int] = mapped_column(Integer)
    # The supervisor, the trainer or event's organiser, or the co-leader: '' when none.
    counterpart: Mapped[str] = mapped_column(String(120), default="")
    # The event's or group's name: '' when none.
    title: Mapped[str] = mapped_column(String(200), default="")
    # Cases presented, for a session led outside ReflectDesk; NULL otherwise.
    cases: Mapped[int | None] = mapped_column(Integer)
    # A private note (sealed by the vault like every other); NULL when none.
    note_id: Mapped[str | None] = mapped_column(ForeignKey("notes.id", ondelete="SET NULL"))
