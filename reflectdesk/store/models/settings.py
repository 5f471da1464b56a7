"""The vault row (the wrapped data key for private notes) and key/value settings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    CheckConstraint,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from reflectdesk.store.models.base import Base, UTCDateTime, utcnow


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
