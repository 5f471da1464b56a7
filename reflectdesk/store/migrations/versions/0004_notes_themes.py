"""Notes (private, learning points, actions), themes and their tags.

Part of the initial schema (one revision per area of the data model).

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

from reflectdesk.store.migrations.engines import laptop_only_column, on_laptop
from reflectdesk.store.migrations.tables import (
    Reference,
    Tables,
    id_column,
    link_table,
    new_table,
    timestamps,
)

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _tables() -> Tables:
    return Tables(
        new_table(
            "themes",
            sa.Column("key", sa.String(length=60), nullable=False),
            sa.Column("name", sa.String(length=120), nullable=False),
            sa.Column("kind", sa.String(length=20), nullable=False),
            sa.Column("builtin", sa.Boolean(), nullable=False),
            sa.Column("archived", sa.Boolean(), nullable=False),
            id_column(),
            checks={"kind": "kind IN ('experience', 'learning_gain')"},
            unique=[("key",)],
        ),
        new_table(
            "notes",
            sa.Column("kind", sa.String(length=20), nullable=False),
            id_column("session_id", nullable=True),
            id_column("group_id", nullable=True),
            id_column("person_id", nullable=True),
            sa.Column("title", sa.String(length=200), nullable=False),
            sa.Column("body", sa.Text(), nullable=False),
            # Laptop-only: a private note's sealed text.
            laptop_only_column(sa.Column("sealed", sa.LargeBinary(), nullable=True)),
            sa.Column("shareable", sa.Boolean(), nullable=False),
            id_column("owner_id", nullable=True),
            sa.Column("due_on", sa.Date(), nullable=True),
            sa.Column("done", sa.Boolean(), nullable=False),
            id_column(),
            *timestamps(),
            checks={
                "private_is_sealed": "kind != 'private' OR (body = '' AND title = '')",
                "kind": "kind IN ('private', 'learning_point', 'action')",
            },
            references=[
                Reference("group_id", "groups", "CASCADE"),
                Reference("owner_id", "persons", "SET NULL"),
                Reference("person_id", "persons", "SET NULL"),
                Reference("session_id", "sessions", "CASCADE"),
            ],
            indexes={
                "ix_notes_group_id": ["group_id"],
                "ix_notes_session_kind": ["session_id", "kind"],
            },
        ),
        # Tags: a theme on a session, and on a learning point or action.
        link_table(
            "session_themes",
            Reference("session_id", "sessions", "CASCADE"),
            Reference("theme_id", "themes", "CASCADE"),
        ),
        link_table(
            "note_themes",
            Reference("note_id", "notes", "CASCADE"),
            Reference("theme_id", "themes", "CASCADE"),
        ),
    )


def upgrade() -> None:
    _tables().create()
    if not on_laptop():
        # The hub holds learning points and actions; a private note cannot be written
        # there even by mistake.
        op.create_check_constraint(op.f("ck_notes_not_private"), "notes", "kind != 'private'")


def downgrade() -> None:
    _tables().drop()
