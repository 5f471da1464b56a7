"""Session formats and their phases (built-ins are loaded from resources/formats)."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from reflectdesk.store.models.base import Base, IdMixin, TimestampMixin


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
    # Local texts (core/local_text.py): JSON of the fields given in several languages.
    texts: Mapped[str | None] = mapped_column(Text)

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
    texts: Mapped[str | None] = mapped_column(Text)

    format: Mapped[Format] = relationship(back_populates="phases")
