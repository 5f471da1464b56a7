"""Identifier overrides: which likely patient identifiers the facilitator kept as written
(kind and a SHA-256 of the matched text; never the text).

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

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


def upgrade() -> None:
    kinds = ", ".join(f"'{kind}'" for kind in _KINDS)
    op.create_table(
        "identifier_overrides",
        sa.Column("context", sa.String(length=20), nullable=False),
        sa.Column("note_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("text_sha256", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.CheckConstraint(
            "context IN ('shareable_point', 'export')",
            name=op.f("ck_identifier_overrides_context"),
        ),
        sa.CheckConstraint(f"kind IN ({kinds})", name=op.f("ck_identifier_overrides_kind")),
        sa.CheckConstraint("length(text_sha256) = 64", name=op.f("ck_identifier_overrides_sha256")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_identifier_overrides")),
    )
    op.create_index(
        op.f("ix_identifier_overrides_note_id"), "identifier_overrides", ["note_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_identifier_overrides_note_id"), table_name="identifier_overrides")
    op.drop_table("identifier_overrides")
