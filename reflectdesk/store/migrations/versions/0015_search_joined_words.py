"""The search index learns punctuated names: "obrien" finds "O'Brien-Smith".

From this revision ``reflectdesk_fold`` (store/engine.py) is core.search.index_key: the
folded text followed by the joined forms of words written with inner punctuation
("o'brien-smith obriensmith briensmith", "van 't hof vant"). No table changes; the FTS
rows are written again from ``search_entries`` so that records made before find the
same as records made after.

Revision ID: 0015
Revises: 0014
"""

from alembic import op

from reflectdesk.store.migrations.engines import on_laptop

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def _refill() -> None:
    # Every FTS row again from the entries, with the fold function of this version (the
    # downgrade writes the same keys: the older version simply never matches the extra
    # words, which does no harm).
    op.execute("DELETE FROM search_index")
    op.execute(
        "INSERT INTO search_index (rowid, title_key, body_key) "
        "SELECT id, reflectdesk_fold(title), reflectdesk_fold(body) FROM search_entries"
    )
    op.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")


def upgrade() -> None:
    if not on_laptop():
        return  # the search index is the laptop's (migration 0006)
    _refill()


def downgrade() -> None:
    if not on_laptop():
        return
    _refill()
