"""A private note's save counter, kept in clear beside its sealed text and bound into the
encryption (envelope v2, core/note_envelope.py), so that an older sealed text written
back over the current one is noticed. 0 for every note written before this revision: their
sealed text (v1) has no counter. They are sealed again as v2, with a counter and padded
to 256-byte buckets, the next time each note is saved; that needs the vault's key, which a
migration does not have, so it cannot happen here.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

from reflectdesk.store.migrations.engines import on_laptop

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if not on_laptop():
        return  # the hub has no sealed text, so no counter of it
    # recreate="never": ALTER TABLE ADD COLUMN in place. Copying "notes" would, with
    # foreign keys on inside the migration's transaction, delete its theme tags
    # (ON DELETE CASCADE).
    with op.batch_alter_table("notes", schema=None, recreate="never") as batch_op:
        batch_op.add_column(
            sa.Column("seal_counter", sa.Integer(), server_default=sa.text("0"), nullable=False)
        )


def downgrade() -> None:
    if not on_laptop():
        return
    # In place too (SQLite 3.35+ drops a column without copying the table; see upgrade).
    # Notes already sealed as v2 do not open in the version this goes back to.
    op.execute("ALTER TABLE notes DROP COLUMN seal_counter")
