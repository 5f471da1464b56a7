"""The co-facilitators' debrief, kept with its session: what went well, what to do
differently, who presents next. Empty ('') for every session written before this revision
and for sessions where the debrief was skipped.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

COLUMNS = ("debrief_went_well", "debrief_differently", "debrief_next_presenter")


def upgrade() -> None:
    # recreate="never": ALTER TABLE ADD COLUMN in place. Copying "sessions" would, with
    # foreign keys on inside the migration's transaction, delete its phases, clock events
    # and attendance (ON DELETE CASCADE).
    with op.batch_alter_table("sessions", schema=None, recreate="never") as batch_op:
        for name in COLUMNS:
            batch_op.add_column(
                sa.Column(name, sa.Text(), server_default=sa.text("''"), nullable=False)
            )


def downgrade() -> None:
    # In place too (SQLite 3.35+ drops a column without copying the table; see upgrade).
    for name in reversed(COLUMNS):
        op.execute(f"ALTER TABLE sessions DROP COLUMN {name}")
