"""Versioned questionnaires, their questions, responses and answers."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from reflectdesk.core.model import (
    QuestionKind,
)
from reflectdesk.store.models.base import Base, IdMixin, TimestampMixin, UTCDateTime, one_of, utcnow
from reflectdesk.store.models.sessions import Session  # noqa: F401  (FK target)


class Questionnaire(IdMixin, TimestampMixin, Base):
    """A versioned questionnaire: once answered, a change makes a new version."""

    __tablename__ = "questionnaires"
    __table_args__ = (UniqueConstraint("key", "version"),)

    key: Mapped[str] = mapped_column(String(60))
    version: Mapped[int] = mapped_column(Integer, default=1)
    name: Mapped[str] = mapped_column(String(120))
    purpose: Mapped[str] = mapped_column(String(40))  # session / series / conditions
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    description: Mapped[str] = mapped_column(Text, default="", server_default=sql_text("''"))
    # Local texts (core/local_text.py): JSON of the fields given in several languages.
    texts: Mapped[str | None] = mapped_column(Text)

    questions: Mapped[list[Question]] = relationship(
        cascade="all, delete-orphan", order_by="Question.position"
    )


class Question(IdMixin, Base):
    __tablename__ = "questions"
    __table_args__ = (
        UniqueConstraint("questionnaire_id", "position"),
        CheckConstraint(one_of("kind", QuestionKind), name="kind"),
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
    # The scale's labels as a JSON list; NULL: the built-in file's or the standard ones.
    labels: Mapped[str | None] = mapped_column(Text)
    texts: Mapped[str | None] = mapped_column(Text)


class Response(IdMixin, Base):
    __tablename__ = "responses"

    questionnaire_id: Mapped[str] = mapped_column(ForeignKey("questionnaires.id"), index=True)
    session_id: Mapped[str | None] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    # Indexed (migration 0013): a group's results are read by it.
    group_id: Mapped[str | None] = mapped_column(
        ForeignKey("groups.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[str | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))
    timepoint: Mapped[str] = mapped_column(String(20), default="")  # "start" / "end" of a series
    # A pseudonymous code that pairs one participant's start and end forms; no name.
    respondent_code: Mapped[str | None] = mapped_column(String(40))
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Answer(IdMixin, Base):
    __tablename__ = "answers"
    __table_args__ = (UniqueConstraint("response_id", "question_id"),)

    response_id: Mapped[str] = mapped_column(ForeignKey("responses.id", ondelete="CASCADE"))
    question_id: Mapped[str] = mapped_column(ForeignKey("questions.id"))
    value: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text, default="")
