"""Prompt-card decks, cards, and which card was shown in which session."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from reflectdesk.store.models.base import Base, IdMixin, TimestampMixin, UTCDateTime, utcnow
from reflectdesk.store.models.sessions import Session  # noqa: F401  (FK target)


class Deck(IdMixin, TimestampMixin, Base):
    __tablename__ = "decks"

    key: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    description: Mapped[str] = mapped_column(Text, default="")
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    source_digest: Mapped[str] = mapped_column(String(64), default="")
    # Local texts (core/local_text.py): JSON of the fields given in several languages.
    texts: Mapped[str | None] = mapped_column(Text)

    cards: Mapped[list[Card]] = relationship(cascade="all, delete-orphan", order_by="Card.position")


class Card(IdMixin, Base):
    __tablename__ = "cards"

    deck_id: Mapped[str] = mapped_column(ForeignKey("decks.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200), default="")
    body: Mapped[str] = mapped_column(Text)
    favourite: Mapped[bool] = mapped_column(Boolean, default=False)
    texts: Mapped[str | None] = mapped_column(Text)


class CardShown(IdMixin, Base):
    __tablename__ = "cards_shown"

    session_id: Mapped[str] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    card_id: Mapped[str] = mapped_column(ForeignKey("cards.id", ondelete="CASCADE"))
    shown_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    hidden_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
