"""Prefix indexes on the search index: one- and two-letter prefixes answer at once.

Migration 0006 made ``search_index`` without prefix indexes: at the size of one
facilitator's records a prefix query was fast enough. At ten years of data ("a", "ma"
over 350,000 entries) FTS5 had to merge the posting lists of every word beginning so,
up to 0.6 s. ``prefix='1 2'`` keeps a ready list for every one- and two-letter prefix
(longer prefixes match few enough words to merge quickly). FTS5 cannot change a table's
options in place, so the table is made again and filled from ``search_entries``, folded
as the entries' triggers fold (``reflectdesk_fold``); the triggers themselves name the
table only and stay as they are.

Revision ID: 0014
Revises: 0013
"""

from alembic import op

from reflectdesk.store.migrations.engines import on_laptop

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

_TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2'"


def _remake(options: str) -> None:
    op.execute("DROP TABLE search_index")
    op.execute(
        f"""
        CREATE VIRTUAL TABLE search_index USING fts5(
            title_key, body_key,
            {options}
        )"""
    )
    op.execute(
        "INSERT INTO search_index (rowid, title_key, body_key) "
        "SELECT id, reflectdesk_fold(title), reflectdesk_fold(body) FROM search_entries"
    )
    op.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")


def upgrade() -> None:
    if not on_laptop():
        return  # the search index is the laptop's (migration 0006)
    _remake(f"{_TOKENIZE}, prefix = '1 2'")


def downgrade() -> None:
    if not on_laptop():
        return
    _remake(_TOKENIZE)
