"""Questionnaire descriptions and item scale labels, so that a questionnaire of the
user's own keeps both from import to export.

``questionnaires.description`` is empty for rows written before this revision;
``questions.labels`` is a JSON list of the scale's labels (NULL: the built-in file's
labels, or the standard agreement labels).

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # recreate="never": ALTER TABLE ADD COLUMN in place. Copying "questionnaires" (batch
    # mode's default here) would, with foreign keys on inside the migration's transaction,
    # delete its questions (ON DELETE CASCADE) and fail on its responses.
    with op.batch_alter_table("questionnaires", schema=None, recreate="never") as batch_op:
        batch_op.add_column(
            sa.Column("description", sa.Text(), server_default=sa.text("''"), nullable=False)
        )
    with op.batch_alter_table("questions", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("labels", sa.Text(), nullable=True))


def downgrade() -> None:
    # In place too (SQLite 3.35+ drops a column without copying the table; see upgrade).
    op.execute("ALTER TABLE questions DROP COLUMN labels")
    op.execute("ALTER TABLE questionnaires DROP COLUMN description")
