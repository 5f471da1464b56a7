"""Private notes, learning points, actions, and the themes they are tagged with."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Mapped, MappedColumn, mapped_column

from reflectdesk.core.model import (
    NoteKind,
    ThemeKind,
)
from reflectdesk.store.models.base import Base, IdMixin, TimestampMixin, one_of
from reflectdesk.store.models.sessions import Session  # noqa: F401  (FK target)


class Note(IdMixin, TimestampMixin, Base):
    """A private note, a learning point or an action.

    Private notes keep their title and body only in ``sealed`` (written by the vault
    seam); ``title`` and ``body`` stay empty for them.
    """

    __tablename__ = "notes"
    __table_args__ = (
        CheckConstraint(one_of("kind", NoteKind), name="kind"),
        CheckConstraint(
            "kind != 'private' OR (body = '' AND title = '')", name="private_is_sealed"
        ),
        Index("ix_notes_session_kind", "session_id", "kind"),
    )
    # A new Note's seal_counter comes from the server's default and is read when asked,
    # never RETURNING'd at once: the hub has no such column (see below).
    __mapper_args__ = {"eager_defaults": False}  # noqa: RUF012  (SQLAlchemy's own attribute)

    kind: Mapped[str] = mapped_column(String(20))
    session_id: Mapped[str | None] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    group_id: Mapped[str | None] = mapped_column(
        ForeignKey("groups.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[str | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(String(200), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    # Deferred: loading a Note never reads the sealed text unless the vault seam asks.
    # evaluates_none: an INSERT names it only when it is given (the ORM would otherwise
    # write an explicit NULL), so the ORM writes the hub's notes, which have no such column.
    sealed: Mapped[bytes | None] = mapped_column(LargeBinary().evaluates_none(), deferred=True)
    # How many times the sealed text was written (migration 0010), also bound inside it:
    # an older sealed text put back shows as a lower count (see core/note_envelope.py).
    # Deferred and left to the server's default: the hub (PostgreSQL) has neither sealed
    # column, and the ORM must read and write its learning points all the same.
    seal_counter: Mapped[int] = mapped_column(Integer, deferred=True, server_default=sql_text("0"))
    shareable: Mapped[bool] = mapped_column(Boolean, default=False)
    # Actions: who owns it (a member, or the facilitator when NULL), when, and whether done.
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))
    due_on: Mapped[date | None] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(Boolean, default=False)


class Theme(IdMixin, Base):
    __tablename__ = "themes"
    __table_args__ = (CheckConstraint(one_of("kind", ThemeKind), name="kind"),)

    key: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(20))
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


def _tag_key(table: str) -> MappedColumn[str]:
    """Half of a theme tag's primary key: the id of a row of ``table``, whose deletion
    deletes the tag."""
    return mapped_column(ForeignKey(f"{table}.id", ondelete="CASCADE"), primary_key=True)


class SessionTheme(Base):
    __tablename__ = "session_themes"

    session_id: Mapped[str] = _tag_key("sessions")
    theme_id: Mapped[str] = _tag_key("themes")


class NoteTheme(Base):
    __tablename__ = "note_themes"

    note_id: Mapped[str] = _tag_key("notes")
    theme_id: Mapped[str] = _tag_key("themes")
