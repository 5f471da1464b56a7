"""Groups, the people in them, and their memberships."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
)
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from reflectdesk.core.model import (
    Role,
)
from reflectdesk.store.models.base import Base, IdMixin, TimestampMixin, UTCDateTime, one_of
from reflectdesk.store.models.formats import Format  # Group.format needs it mapped


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
    # A language code ("nl") for what the group is shown; None: the app's language.
    language: Mapped[str | None] = mapped_column(String(10))
    # The programme (cohort) the group belongs to, pooled with its other groups. No
    # foreign key (migration 0012 says why): the store clears it when the programme goes.
    programme_id: Mapped[str | None] = mapped_column(String(36))
    # The id the accrediting body gave the group's sessions (migration 0016); '' when none.
    accreditation_id: Mapped[str] = mapped_column(
        String(60), default="", server_default=sql_text("''")
    )

    format: Mapped[Format | None] = relationship()
    memberships: Mapped[list[Membership]] = relationship(
        back_populates="group", cascade="all, delete-orphan"
    )


class Programme(IdMixin, TimestampMixin, Base):
    """A cohort of groups whose figures are reported together."""

    __tablename__ = "programmes"

    name: Mapped[str] = mapped_column(String(120))
    description: Mapped[str] = mapped_column(Text, default="")


class Person(IdMixin, TimestampMixin, Base):
    """Someone in a group. Only a display name is kept: no contact or clinical detail."""

    __tablename__ = "persons"
    # Server defaults are read when asked, never RETURNING'd at once: the hub has no
    # registration_number (see below).
    __mapper_args__ = {"eager_defaults": False}  # noqa: RUF012  (SQLAlchemy's own attribute)

    display_name: Mapped[str] = mapped_column(String(120))
    # Optional override of the family name guessed from the display name, for sorting.
    family_name: Mapped[str] = mapped_column(String(120), default="")
    # A BIG or GMC number for CPD attendance lists (migration 0016); '' when not given.
    # Personal data: it appears on an attendance list and nowhere else. Laptop-only (the
    # hub has no such column, migration 0018): deferred and left to the server's default,
    # so the ORM reads and writes the hub's persons all the same (as Note.seal_counter).
    registration_number: Mapped[str] = mapped_column(
        String(40), deferred=True, server_default=sql_text("''")
    )

    memberships: Mapped[list[Membership]] = relationship(back_populates="person")


class Membership(IdMixin, Base):
    __tablename__ = "memberships"
    __table_args__ = (CheckConstraint(one_of("role", Role), name="role"),)

    group_id: Mapped[str] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(20), default=Role.MEMBER.value)
    joined_on: Mapped[date | None] = mapped_column(Date)
    left_on: Mapped[date | None] = mapped_column(Date)

    group: Mapped[Group] = relationship(back_populates="memberships")
    person: Mapped[Person] = relationship(back_populates="memberships")
