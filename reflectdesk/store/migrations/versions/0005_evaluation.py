"""Questionnaires, questions, responses and answers.

Part of the initial schema (one revision per area of the data model).

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa

from reflectdesk.store.migrations.tables import Reference, Tables, id_column, new_table, timestamps

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _tables() -> Tables:
    return Tables(
        new_table(
            "questionnaires",
            sa.Column("key", sa.String(length=60), nullable=False),
            sa.Column("version", sa.Integer(), nullable=False),
            sa.Column("name", sa.String(length=120), nullable=False),
            sa.Column("purpose", sa.String(length=40), nullable=False),
            sa.Column("builtin", sa.Boolean(), nullable=False),
            id_column(),
            *timestamps(),
            unique=[("key", "version")],
        ),
        new_table(
            "questions",
            id_column("questionnaire_id"),
            sa.Column("position", sa.Integer(), nullable=False),
            sa.Column("key", sa.String(length=60), nullable=False),
            sa.Column("text", sa.Text(), nullable=False),
            sa.Column("kind", sa.String(length=20), nullable=False),
            sa.Column("scale_points", sa.Integer(), nullable=True),
            sa.Column("reverse_coded", sa.Boolean(), nullable=False),
            id_column(),
            checks={
                "kind": "kind IN ('likert', 'free_text')",
                "scale": "scale_points IS NULL OR scale_points BETWEEN 2 AND 11",
            },
            references=[Reference("questionnaire_id", "questionnaires", "CASCADE")],
            unique=[("questionnaire_id", "position")],
        ),
        new_table(
            "responses",
            id_column("questionnaire_id"),
            id_column("session_id", nullable=True),
            id_column("group_id", nullable=True),
            id_column("person_id", nullable=True),
            sa.Column("timepoint", sa.String(length=20), nullable=False),
            sa.Column("submitted_at", sa.DateTime(), nullable=False),
            id_column(),
            references=[
                Reference("group_id", "groups", "CASCADE"),
                Reference("person_id", "persons", "SET NULL"),
                Reference("questionnaire_id", "questionnaires"),
                Reference("session_id", "sessions", "CASCADE"),
            ],
            indexes={
                "ix_responses_questionnaire_id": ["questionnaire_id"],
                "ix_responses_session_id": ["session_id"],
            },
        ),
        new_table(
            "answers",
            id_column("response_id"),
            id_column("question_id"),
            sa.Column("value", sa.Integer(), nullable=True),
            sa.Column("text", sa.Text(), nullable=False),
            id_column(),
            references=[
                Reference("question_id", "questions"),
                Reference("response_id", "responses", "CASCADE"),
            ],
            unique=[("response_id", "question_id")],
        ),
    )


def upgrade() -> None:
    _tables().create()


def downgrade() -> None:
    _tables().drop()
