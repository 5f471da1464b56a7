"""Sessions, their phases, clock events and attendance.

Part of the initial schema (one revision per area of the data model).

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa

from reflectdesk.store.migrations.tables import Reference, Tables, id_column, new_table, timestamps

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _tables() -> Tables:
    return Tables(
        new_table(
            "sessions",
            id_column("group_id"),
            id_column("format_id", nullable=True),
            sa.Column("title", sa.String(length=200), nullable=False),
            sa.Column("planned_start", sa.DateTime(), nullable=True),
            sa.Column("place", sa.String(length=200), nullable=False),
            sa.Column("status", sa.String(length=20), nullable=False),
            id_column("presenter_id", nullable=True),
            sa.Column("protect_end_time", sa.Boolean(), nullable=False),
            sa.Column("started_at", sa.DateTime(), nullable=True),
            sa.Column("ended_at", sa.DateTime(), nullable=True),
            id_column(),
            *timestamps(),
            checks={"status": "status IN ('planned', 'running', 'finished')"},
            references=[
                Reference("format_id", "formats", "SET NULL"),
                Reference("group_id", "groups", "CASCADE"),
                Reference("presenter_id", "persons", "SET NULL"),
            ],
            indexes={"ix_sessions_group_start": ["group_id", "planned_start"]},
        ),
        new_table(
            "session_phases",
            id_column("session_id"),
            sa.Column("position", sa.Integer(), nullable=False),
            sa.Column("name", sa.String(length=80), nullable=False),
            sa.Column("planned_seconds", sa.Integer(), nullable=False),
            sa.Column("role_cue", sa.Text(), nullable=False),
            sa.Column("deck_key", sa.String(length=60), nullable=True),
            sa.Column("actual_start", sa.Float(), nullable=True),
            sa.Column("actual_end", sa.Float(), nullable=True),
            id_column(),
            references=[Reference("session_id", "sessions", "CASCADE")],
            unique=[("session_id", "position")],
        ),
        new_table(
            "clock_events",
            id_column("session_id"),
            sa.Column("seq", sa.Integer(), nullable=False),
            sa.Column("kind", sa.String(length=10), nullable=False),
            sa.Column("wall_time", sa.DateTime(), nullable=False),
            sa.Column("elapsed", sa.Float(), nullable=False),
            sa.Column("amount_seconds", sa.Integer(), nullable=True),
            id_column(),
            checks={
                "kind": "kind IN ('start', 'pause', 'resume', 'extend', 'next', 'back', 'end')"
            },
            references=[Reference("session_id", "sessions", "CASCADE")],
            unique=[("session_id", "seq")],
        ),
        new_table(
            "attendance",
            id_column("session_id"),
            id_column("person_id"),
            sa.Column("status", sa.String(length=12), nullable=False),
            sa.Column("recorded_at", sa.DateTime(), nullable=False),
            id_column(),
            checks={"status": "status IN ('present', 'absent', 'excused', 'late', 'left_early')"},
            references=[
                Reference("person_id", "persons", "CASCADE"),
                Reference("session_id", "sessions", "CASCADE"),
            ],
            unique=[("session_id", "person_id")],
            indexes={"ix_attendance_person_id": ["person_id"]},
        ),
    )


def upgrade() -> None:
    _tables().create()


def downgrade() -> None:
    _tables().drop()
