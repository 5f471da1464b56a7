"""Prompt-card decks, cards, and the cards shown in each session.

Part of the initial schema (one revision per area of the data model).

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa

from reflectdesk.store.migrations.tables import Reference, Tables, id_column, new_table, timestamps

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _tables() -> Tables:
    return Tables(
        new_table(
            "decks",
            sa.Column("key", sa.String(length=60), nullable=False),
            sa.Column("name", sa.String(length=120), nullable=False),
            sa.Column("description", sa.Text(), nullable=False),
            sa.Column("builtin", sa.Boolean(), nullable=False),
            sa.Column("source_digest", sa.String(length=64), nullable=False),
            id_column(),
            *timestamps(),
            unique=[("key",)],
        ),
        new_table(
            "cards",
            id_column("deck_id"),
            sa.Column("position", sa.Integer(), nullable=False),
            sa.Column("title", sa.String(length=200), nullable=False),
            sa.Column("body", sa.Text(), nullable=False),
            sa.Column("favourite", sa.Boolean(), nullable=False),
            id_column(),
            references=[Reference("deck_id", "decks", "CASCADE")],
            indexes={"ix_cards_deck_id": ["deck_id"]},
        ),
        new_table(
            "cards_shown",
            id_column("session_id"),
            id_column("card_id"),
            sa.Column("shown_at", sa.DateTime(), nullable=False),
            sa.Column("hidden_at", sa.DateTime(), nullable=True),
            id_column(),
            references=[
                Reference("card_id", "cards", "CASCADE"),
                Reference("session_id", "sessions", "CASCADE"),
            ],
            indexes={"ix_cards_shown_session_id": ["session_id"]},
        ),
    )


def upgrade() -> None:
    _tables().create()


def downgrade() -> None:
    _tables().drop()
