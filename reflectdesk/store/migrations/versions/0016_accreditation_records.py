"""The records accreditation asks for: registration numbers, accreditation ids, the
minutes a late or early-leaving participant missed, when a session's CPD attendance list
was last exported, and the entries a leader adds to their log by hand.

- ``persons.registration_number``: a BIG or GMC number, '' when not given (personal data:
  it goes on a CPD attendance list and nowhere else). Laptop-only: a hub never gets it
  (marked since migration 0018, which drops it from a hub made before).
- ``groups.accreditation_id`` and ``sessions.accreditation_id``: the id the accrediting
  body (GAIA, a deanery) gave the activity; a session's own id, when set, wins over its
  group's. '' when not accredited.
- ``sessions.attendance_list_exported_at``: when its CPD attendance list was last written
  (UTC), NULL when never; the app reminds the facilitator 10 days after the session.
- ``attendance.minutes_missed``: for a late arrival or an early leaver, the minutes of the
  session they were not there for; NULL when not recorded.
- ``leader_log_entries``: supervision, training and sessions led outside ReflectDesk,
  entered by hand for the leader named in ``leader_name``. Their private notes are
  ordinary private notes (``note_id``), sealed by the vault like every other.

Revision ID: 0016
Revises: 0015
"""

import sqlalchemy as sa
from alembic import op

from reflectdesk.store.migrations.engines import add_columns, laptop_only_column, on_laptop
from reflectdesk.store.migrations.tables import (
    Reference,
    Tables,
    id_column,
    new_table,
    timestamps,
)

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

ENTRY_KINDS = ("supervision", "training", "led", "co_led")


def _tables() -> Tables:
    kinds = ", ".join(f"'{kind}'" for kind in ENTRY_KINDS)
    return Tables(
        new_table(
            "leader_log_entries",
            id_column(),
            sa.Column("leader_name", sa.String(length=120), nullable=False),
            sa.Column("kind", sa.String(length=20), nullable=False),
            sa.Column("on_date", sa.Date(), nullable=False),
            sa.Column("minutes", sa.Integer(), nullable=False),
            sa.Column("counterpart", sa.String(length=120), nullable=False),
            sa.Column("title", sa.String(length=200), nullable=False),
            sa.Column("cases", sa.Integer(), nullable=True),
            id_column("note_id", nullable=True),
            *timestamps(),
            checks={
                "kind": f"kind IN ({kinds})",
                "minutes": "minutes BETWEEN 0 AND 14400",
                "cases": "cases IS NULL OR cases BETWEEN 0 AND 20",
            },
            references=[Reference("note_id", "notes", "SET NULL")],
            indexes={"ix_leader_log_entries_leader_name": ("leader_name",)},
        )
    )


def _text_column(name: str, length: int) -> sa.Column[str]:
    return sa.Column(name, sa.String(length=length), server_default=sa.text("''"), nullable=False)


def upgrade() -> None:
    _tables().create()
    # recreate="never" throughout: ALTER TABLE ADD COLUMN in place. Copying a table with
    # foreign keys on would delete the rows that refer to it (ON DELETE CASCADE).
    with op.batch_alter_table("persons", schema=None, recreate="never") as batch_op:
        add_columns(batch_op, laptop_only_column(_text_column("registration_number", 40)))
    with op.batch_alter_table("groups", schema=None, recreate="never") as batch_op:
        batch_op.add_column(_text_column("accreditation_id", 60))
    with op.batch_alter_table("sessions", schema=None, recreate="never") as batch_op:
        batch_op.add_column(_text_column("accreditation_id", 60))
        batch_op.add_column(sa.Column("attendance_list_exported_at", sa.DateTime(), nullable=True))
    with op.batch_alter_table("attendance", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("minutes_missed", sa.Integer(), nullable=True))


def downgrade() -> None:
    # In place too (SQLite 3.35+ drops a column without copying the table; see upgrade).
    op.execute("ALTER TABLE attendance DROP COLUMN minutes_missed")
    op.execute("ALTER TABLE sessions DROP COLUMN attendance_list_exported_at")
    op.execute("ALTER TABLE sessions DROP COLUMN accreditation_id")
    op.execute("ALTER TABLE groups DROP COLUMN accreditation_id")
    if on_laptop():
        op.execute("ALTER TABLE persons DROP COLUMN registration_number")
    _tables().drop()
