"""Identifier overrides: the record that the facilitator kept a likely patient identifier
as written, when sharing a learning point or exporting note text.

Only the kind and a SHA-256 of the matched text are stored, never the text itself: it may
be a patient identifier. The note is referred to by id without a foreign key, so the
record of a decision outlives the note it was made about. It is per-laptop audit data:
like settings, it belongs in archive_scope.SKIPPED_TABLES.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, String
from sqlalchemy.orm import Mapped, mapped_column

from reflectdesk.core.identifiers import IdentifierKind
from reflectdesk.store.models.base import Base, IdMixin, UTCDateTime, one_of, utcnow


class OverrideContext(StrEnum):
    """Where the facilitator chose to keep a finding."""

    SHAREABLE_POINT = "shareable_point"
    EXPORT = "export"


class IdentifierOverride(IdMixin, Base):
    __tablename__ = "identifier_overrides"
    __table_args__ = (
        CheckConstraint(one_of("context", OverrideContext), name="context"),
        CheckConstraint(one_of("kind", IdentifierKind), name="kind"),
        CheckConstraint("length(text_sha256) = 64", name="sha256"),
    )

    context: Mapped[str] = mapped_column(String(20))
    note_id: Mapped[str | None] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    text_sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
