"""Indexes for ten years of data.

``responses.group_id``: a group's evaluation results (the Results page, the series report,
the session summary's list of the group's questionnaires) find its responses by group or
by its sessions; without this index SQLite read the whole responses table for the "by
group" half, which at ten years (100,000 responses) cost about 100 ms a read. The other
reads of the series report and the session summary already had theirs (sessions by
group, and the session's rows by each table's ``(session_id, …)`` unique index); the
checks with EXPLAIN QUERY PLAN are in docs/architecture.md.

Revision ID: 0013
Revises: 0012
"""

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_responses_group_id", "responses", ["group_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_responses_group_id", table_name="responses")
