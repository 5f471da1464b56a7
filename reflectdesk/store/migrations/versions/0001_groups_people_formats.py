"""Groups, people, memberships, session formats, settings and the vault.

Part of the initial schema (one revision per area of the data model).

Revision ID: 0001
Revises: (none)
"""

import sqlalchemy as sa

from reflectdesk.store.migrations.engines import laptop_only
from reflectdesk.store.migrations.tables import Reference, Tables, id_column, new_table, timestamps

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _tables() -> Tables:
    return Tables(
        new_table(
            "formats",
            sa.Column("key", sa.String(length=60), nullable=False),
            sa.Column("name", sa.String(length=120), nullable=False),
            sa.Column("family", sa.String(length=40), nullable=False),
            sa.Column("description", sa.Text(), nullable=False),
            sa.Column("builtin", sa.Boolean(), nullable=False),
            sa.Column("source_digest", sa.String(length=64), nullable=False),
            sa.Column("position", sa.Integer(), nullable=False),
            id_column(),
            *timestamps(),
            unique=[("key",)],
        ),
        new_table(
            "format_phases",
            id_column("format_id"),
            sa.Column("position", sa.Integer(), nullable=False),
            sa.Column("name", sa.String(length=80), nullable=False),
            sa.Column("planned_seconds", sa.Integer(), nullable=False),
            sa.Column("role_cue", sa.Text(), nullable=False),
            sa.Column("deck_key", sa.String(length=60), nullable=True),
            id_column(),
            references=[Reference("format_id", "formats", "CASCADE")],
            unique=[("format_id", "position")],
        ),
        new_table(
            "persons",
            sa.Column("display_name", sa.String(length=120), nullable=False),
            sa.Column("family_name", sa.String(length=120), nullable=False),
            id_column(),
            *timestamps(),
        ),
        new_table(
            "groups",
            sa.Column("name", sa.String(length=120), nullable=False),
            id_column("format_id", nullable=True),
            sa.Column("setting", sa.String(length=200), nullable=False),
            sa.Column("planned_sessions", sa.Integer(), nullable=False),
            sa.Column("attendance_required", sa.Integer(), nullable=True),
            sa.Column("ground_rules", sa.Text(), nullable=False),
            sa.Column("archived_at", sa.DateTime(), nullable=True),
            id_column(),
            *timestamps(),
            checks={
                "attendance_required": (
                    "attendance_required IS NULL"
                    " OR attendance_required BETWEEN 0 AND planned_sessions"
                ),
                "planned_sessions": "planned_sessions BETWEEN 1 AND 100",
            },
            references=[Reference("format_id", "formats", "SET NULL")],
        ),
        new_table(
            "memberships",
            id_column("group_id"),
            id_column("person_id"),
            sa.Column("role", sa.String(length=20), nullable=False),
            sa.Column("joined_on", sa.Date(), nullable=True),
            sa.Column("left_on", sa.Date(), nullable=True),
            id_column(),
            checks={"role": "role IN ('member', 'facilitator', 'co_facilitator')"},
            references=[
                Reference("group_id", "groups", "CASCADE"),
                Reference("person_id", "persons", "CASCADE"),
            ],
            indexes={
                "ix_memberships_group_id": ["group_id"],
                "ix_memberships_person_id": ["person_id"],
            },
        ),
        # Laptop-only: per-laptop state, and the groups' pairing secrets, with which
        # members' pseudonyms could be computed again from their names.
        laptop_only(
            new_table(
                "settings",
                sa.Column("key", sa.String(length=100), nullable=False),
                sa.Column("value", sa.Text(), nullable=False),
                primary_key=["key"],
            )
        ),
        # Laptop-only: the wrapped key of the private notes.
        laptop_only(
            new_table(
                "vault",
                sa.Column("id", sa.Integer(), nullable=False),
                sa.Column("format_version", sa.Integer(), nullable=False),
                sa.Column("kdf", sa.String(length=20), nullable=False),
                sa.Column("kdf_params", sa.Text(), nullable=False),
                sa.Column("salt", sa.LargeBinary(), nullable=False),
                sa.Column("wrapped_key", sa.LargeBinary(), nullable=False),
                sa.Column("recovery_wrapped_key", sa.LargeBinary(), nullable=True),
                *timestamps(),
                checks={"single_row": "id = 1"},
            )
        ),
    )


def upgrade() -> None:
    _tables().create()


def downgrade() -> None:
    _tables().drop()
