"""Languages: a group's own language, and the local texts of formats, decks and
questionnaires (core/local_text.py).

``groups.language`` is a language code ("nl") or NULL, which means the app's language.
Each definition row keeps its fallback text (English, else the first language given) in
its usual columns and, in ``texts``, JSON of the fields given in more than one language
({"name": {"en": "...", "nl": "..."}}); NULL for rows in one language, which is every
row written before this revision.

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

# The tables whose rows may carry local texts.
TEXT_TABLES = ("formats", "format_phases", "decks", "cards", "questionnaires", "questions")


def upgrade() -> None:
    # recreate="never": ALTER TABLE ADD COLUMN in place. Copying these tables would, with
    # foreign keys on inside the migration's transaction, delete the rows that refer to
    # them (ON DELETE CASCADE: sessions, phases, cards, questions).
    with op.batch_alter_table("groups", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("language", sa.String(length=10), nullable=True))
    for table in TEXT_TABLES:
        with op.batch_alter_table(table, schema=None, recreate="never") as batch_op:
            batch_op.add_column(sa.Column("texts", sa.Text(), nullable=True))


def downgrade() -> None:
    # In place too (SQLite 3.35+ drops a column without copying the table; see upgrade).
    for table in reversed(TEXT_TABLES):
        op.execute(f"ALTER TABLE {table} DROP COLUMN texts")
    op.execute("ALTER TABLE groups DROP COLUMN language")
