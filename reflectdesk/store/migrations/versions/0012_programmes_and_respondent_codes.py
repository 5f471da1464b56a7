"""Programmes and respondent codes.

A programme (a cohort: "Balint programme 2026–27") holds several groups, so figures can
be pooled across them; ``groups.programme_id`` is NULL for a group in no programme, and
deleting a programme leaves its groups be. ``responses.respondent_code`` is the
pseudonymous code a participant writes on (or is given for) a series' start and end forms,
so the two can be paired without a name; NULL where none was given, which is every
response written before this revision.

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

from reflectdesk.store.migrations.tables import Tables, id_column, new_table, timestamps

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def _tables() -> Tables:
    return Tables(
        new_table(
            "programmes",
            id_column(),
            sa.Column("name", sa.String(length=120), nullable=False),
            sa.Column("description", sa.Text(), nullable=False),
            *timestamps(),
        )
    )


def upgrade() -> None:
    _tables().create()
    # A plain column, no foreign key: SQLite can add a column with an inline REFERENCES,
    # but nothing reads its name or ON DELETE back (the models would never match), and
    # Alembic's batch mode would copy "groups", which with foreign keys on deletes the rows
    # that refer to it. store/programmes.py keeps the link (deleting a programme clears it).
    with op.batch_alter_table("groups", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("programme_id", sa.String(length=36), nullable=True))
    # recreate="never": in place too.
    with op.batch_alter_table("responses", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("respondent_code", sa.String(length=40), nullable=True))


def downgrade() -> None:
    # In place too (SQLite 3.35+ drops a column without copying the table; see upgrade).
    op.execute("ALTER TABLE responses DROP COLUMN respondent_code")
    op.execute("ALTER TABLE groups DROP COLUMN programme_id")
    _tables().drop()
