"""Identifier overrides: which likely patient identifiers the facilitator kept as written
(kind and a SHA-256 of the matched text; never the text).

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa

from reflectdesk.store.migrations.engines import LaptopOnly, laptop_only
from reflectdesk.store.migrations.tables import id_column, new_table

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_KINDS = (
    "date",
    "age",
    "nhs_number",
    "bsn",
    "phone",
    "email",
    "postcode",
    "titled_name",
    "place_name",
)


def _table() -> LaptopOnly:
    # Laptop-only: the facilitator's own audit of what they kept, a hash of text that may
    # be a patient identifier (a date or an NHS number is quickly found from its hash).
    kinds = ", ".join(f"'{kind}'" for kind in _KINDS)
    return laptop_only(
        new_table(
            "identifier_overrides",
            sa.Column("context", sa.String(length=20), nullable=False),
            id_column("note_id", nullable=True),  # no foreign key: the record outlives the note
            sa.Column("kind", sa.String(length=20), nullable=False),
            sa.Column("text_sha256", sa.String(length=64), nullable=False),
            sa.Column("created_at", sa.DateTime(), nullable=False),
            id_column(),
            checks={
                "context": "context IN ('shareable_point', 'export')",
                "kind": f"kind IN ({kinds})",
                "sha256": "length(text_sha256) = 64",
            },
            indexes={"ix_identifier_overrides_note_id": ["note_id"]},
        )
    )


def upgrade() -> None:
    _table().create()


def downgrade() -> None:
    _table().drop()
