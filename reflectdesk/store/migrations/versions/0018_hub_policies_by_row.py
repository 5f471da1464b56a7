"""The hub's policies for rows reached through a session, a note or a response, checked
row by row through the parent's primary key; and no registration numbers on the hub
(issue 20). Hub-only: on the laptop this revision changes nothing but the number.

Migration 0017 checked a row of ``note_themes`` or ``answers`` against the ids of every
note or response the role may see (``note_id IN (SELECT ...)``), and a row of a session's
parts against every session's id (``session_id = ANY (ARRAY(...))``): the whole list
is read once per statement, and then each row is compared with it one by one. With one
facilitator's 60 groups that was fine; with 180 (the large demo at 3x) a 500-row batch
of ``note_themes`` took ten seconds on the publish's path, as the list of notes no longer
fitted in memory as a hash (``benchmarks/hub_policy_plans.py``: EXPLAIN shows a SubPlan
rescanned per row). Here each such row looks up its one parent by primary key: an
``EXISTS`` on ``sessions``, ``notes`` or ``responses`` by id, whose cost does not grow
with what the role owns. What a rule allows is unchanged (the same groups, the same
sessions; tests/hub/test_hub_access.py holds every refusal):

    session_phases, clock_events, attendance, cards_shown, session_themes
                     its session, found by id, is in my groups
    notes, responses its group (when it names one) is mine, and its session (when it
                     names one), found by id, is in my groups
    note_themes      its note, found by id, is one I may see / write
    answers          its response, found by id, is one I may see / write
    persons          read: a membership of theirs, found by index, that I may see

The groups a role sees or owns stay an array read once per statement (`= ANY`): a
facilitator has a few, a lead a programme's.

``persons.registration_number`` (a BIG or GMC number) is personal data with no place on
a department server: migration 0016 no longer makes it on a hub (it is marked
laptop-only), and a hub made before that loses it here. Publishing never sent it.

Revision ID: 0018
Revises: 0017
"""

from typing import Any

from alembic import context, op
from alembic.script import ScriptDirectory

from reflectdesk.store.migrations.engines import on_laptop

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

FACILITATOR = "reflectdesk_facilitator"
LEAD = "reflectdesk_lead"
BOTH = f"{FACILITATOR}, {LEAD}"

_OWNED_GROUPS = (
    "ARRAY(SELECT o.group_id FROM hub_group_owners o WHERE o.author_role = current_user)"
)
_SEEN_GROUPS = "ARRAY(SELECT g.id FROM groups g)"  # filtered by groups' own policies

SESSION_PARTS = ("session_phases", "clock_events", "attendance", "cards_shown", "session_themes")
WITH_GROUP_OR_SESSION = ("notes", "responses")
LINKS = {"note_themes": ("notes", "note_id"), "answers": ("responses", "response_id")}
# The policies this revision makes anew: every group-data table's read and three write
# policies, and who reads persons.
REPLACED = (
    *(
        f"{table}_{action}"
        for table in (*SESSION_PARTS, *WITH_GROUP_OR_SESSION, *LINKS)
        for action in ("seen", "insert", "update", "delete")
    ),
    "persons_seen",
)


def _session_in(session_id: str, groups: str) -> str:
    """The session ``session_id`` (looked up by primary key) is in ``groups``."""
    return (
        f"EXISTS (SELECT 1 FROM sessions s WHERE s.id = {session_id} "
        f"AND s.group_id = ANY ({groups}))"
    )


def _in_group_or_session(row: str, groups: str) -> str:
    """A note or a response: in a group, in a session, or both; every one it names must
    be in ``groups`` (one with neither is nobody's)."""
    return (
        f"({row}.group_id IS NOT NULL OR {row}.session_id IS NOT NULL) "
        f"AND ({row}.group_id IS NULL OR {row}.group_id = ANY ({groups})) "
        f"AND ({row}.session_id IS NULL OR {_session_in(f'{row}.session_id', groups)})"
    )


def _rules() -> dict[str, tuple[str, str]]:
    """Per table: (which rows a facilitator or a lead reads, which a facilitator writes).
    Each rule names the table's own columns by the table's name, so a subquery's
    column can never be taken for them."""
    rules = {
        table: (
            _session_in(f"{table}.session_id", _SEEN_GROUPS),
            _session_in(f"{table}.session_id", _OWNED_GROUPS),
        )
        for table in SESSION_PARTS
    }
    for table in WITH_GROUP_OR_SESSION:
        rules[table] = (
            _in_group_or_session(table, _SEEN_GROUPS),
            _in_group_or_session(table, _OWNED_GROUPS),
        )
    for table, (parent, column) in LINKS.items():
        found = f"SELECT 1 FROM {parent} p WHERE p.id = {table}.{column}"
        rules[table] = (
            f"EXISTS ({found})",  # the parent's own read policy filters p
            f"EXISTS ({found} AND {_in_group_or_session('p', _OWNED_GROUPS)})",
        )
    return rules


def policy_statements() -> list[str]:
    """Every CREATE POLICY of this revision, in order."""
    statements = [
        f"CREATE POLICY persons_seen ON persons FOR SELECT TO {BOTH} USING "
        "(EXISTS (SELECT 1 FROM memberships m WHERE m.person_id = persons.id))"
    ]
    for table, (read, write) in _rules().items():
        statements += [
            f"CREATE POLICY {table}_seen ON {table} FOR SELECT TO {BOTH} USING ({read})",
            f"CREATE POLICY {table}_insert ON {table} FOR INSERT TO {FACILITATOR} "
            f"WITH CHECK ({write})",
            f"CREATE POLICY {table}_update ON {table} FOR UPDATE TO {FACILITATOR} "
            f"USING ({write}) WITH CHECK ({write})",
            f"CREATE POLICY {table}_delete ON {table} FOR DELETE TO {FACILITATOR} USING ({write})",
        ]
    return statements


def _drop(names: tuple[str, ...]) -> None:
    for name in names:
        table = "persons" if name == "persons_seen" else name.rsplit("_", 1)[0]
        op.execute(f"DROP POLICY {name} ON {table}")


def _revision_0017() -> Any:
    """Migration 0017's module as Alembic loaded it (from source or, in the bundled app,
    from bytecode): its policies are what a downgrade puts back."""
    return ScriptDirectory.from_config(context.config).get_revision("0017").module


def upgrade() -> None:
    if on_laptop():
        return
    _drop(REPLACED)
    for statement in policy_statements():
        op.execute(statement)
    op.execute("ALTER TABLE persons DROP COLUMN IF EXISTS registration_number")


def downgrade() -> None:
    # The registration numbers are not put back: they were never the hub's to hold.
    if on_laptop():
        return
    _drop(REPLACED)
    for statement in _revision_0017().policy_statements():
        if statement.split()[2] in REPLACED:
            op.execute(statement)
