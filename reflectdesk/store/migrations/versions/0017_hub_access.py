"""Who sees what on the hub (issue 20): the access tables, row-level security and the
two group roles. Hub-only: on the laptop this revision changes nothing but the number.

- ``hub_facilitators``: one PostgreSQL LOGIN role per facilitator (role name, the name
  shown to colleagues). ``hub_leads``: a programme lead's role and the programme(s) it
  reads. Both are written by the admin role only (``reflectdesk hub add-*``).
- ``hub_group_owners``: who published each group (group id, author role, the publishing
  laptop's id, when). A facilitator may insert an owner row for itself only, and only
  for a group id nobody owns yet (the primary key): that row is what makes the group, and
  every row below it, theirs.
- ``hub_row_owners``: the same for rows that belong to no group: persons (before their
  memberships exist), leader-log entries, and the library's formats, decks,
  questionnaires and themes a facilitator publishes.

How every shared row reaches its group, so one read policy per table says "rows of the
groups I can see" (a subquery on the parent table, filtered by the parent's own policy)
and one write rule "rows of the groups I own", for a facilitator's INSERT, UPDATE and
DELETE (docs/architecture.md, "Who sees what"):

    groups                   itself: owned (hub_group_owners), or in a programme I lead
    memberships, sessions    group_id
    session_phases, clock_events, attendance, cards_shown, session_themes
                             session_id -> sessions.group_id
    notes, responses         group_id and session_id: each one named (at least one)
    note_themes              note_id -> notes;  answers: response_id -> responses
    persons                  read: through memberships; write: hub_row_owners
    leader_log_entries       hub_row_owners only (a leader's own log; no lead reads it)
    formats, decks, questionnaires, themes
                             read by every hub role; write: hub_row_owners
    format_phases, cards, questions
                             read by every hub role; write: their parent's owner
    programmes               read by every hub role; written by the admin role only

Every table but alembic_version gets ENABLE and FORCE ROW LEVEL SECURITY, so the
owner (the admin role that ran ``hub init``) reads no group's rows either: its own
policies cover the access lists, the programmes and a count of the owner rows. The
group roles are NOLOGIN, NOSUPERUSER, NOBYPASSRLS and hold the grants. A lead has
SELECT only: any write is refused by the grants ("permission denied") before a policy
is consulted. What this revision makes is part of the migration history: never change it;
a later revision that adds a shared table adds its policies and grants.

Revision ID: 0017
Revises: 0016
"""

import sqlalchemy as sa
from alembic import op

from reflectdesk.store.migrations.engines import on_laptop

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

FACILITATOR = "reflectdesk_facilitator"
LEAD = "reflectdesk_lead"
GROUP_ROLES = (FACILITATOR, LEAD)

# Every rule reads its groups and sessions once per statement, as an array (an InitPlan)
# that `= ANY (...)` compares with: an index condition wherever the column has an index
# (a security qual given as `IN (SELECT ...)` became a filter on a sequential scan of
# every session), and never a correlated subquery per row (that made a series' answers 36
# times slower: benchmarks/hub_access.py).
_OWNED_GROUPS = (
    "ARRAY(SELECT o.group_id FROM hub_group_owners o WHERE o.author_role = current_user)"
)
_OWNED_SESSIONS = f"ARRAY(SELECT s.id FROM sessions s WHERE s.group_id = ANY ({_OWNED_GROUPS}))"
_SEEN_GROUPS = "ARRAY(SELECT g.id FROM groups g)"  # filtered by groups' own policies
# Said outright (sessions' own policy would filter them the same) so that the planner
# finds them through ix_sessions_group_start instead of reading every session.
_SEEN_SESSIONS = f"ARRAY(SELECT s.id FROM sessions s WHERE s.group_id = ANY ({_SEEN_GROUPS}))"


def _in_group_or_session(groups: str, sessions: str) -> str:
    """A note or a response: in a group, in a session, or both; every one it names must
    be in ``groups`` / ``sessions`` (one with neither is nobody's)."""
    return (
        "(group_id IS NOT NULL OR session_id IS NOT NULL) "
        f"AND (group_id IS NULL OR group_id = ANY ({groups})) "
        f"AND (session_id IS NULL OR session_id = ANY ({sessions}))"
    )


def _rows_in(table: str, groups: str, sessions: str) -> str:
    """The ids of the notes or responses in ``groups`` / ``sessions``, said so that each
    half reads through an index (by group, by session) and costs what the role's own
    rows cost, never a pass over the whole table (the parent's own policy applies too)."""
    return (
        f"(SELECT x.id FROM {table} x WHERE x.group_id = ANY ({groups}) "
        f"AND (x.session_id IS NULL OR x.session_id = ANY ({sessions})) "
        f"UNION ALL SELECT x.id FROM {table} x WHERE x.group_id IS NULL "
        f"AND x.session_id = ANY ({sessions}))"
    )


_SESSION_PARTS = ("session_phases", "clock_events", "attendance", "cards_shown", "session_themes")
# Each table of group data: (the rule for the rows a role may read, the rule for the rows
# a facilitator may write). A read rule may lean on the parent's own policy; a write
# rule names the owner, so it holds whatever the parent's policies say.
GROUP_RULES = {
    **dict.fromkeys(
        ("memberships", "sessions"),
        (f"group_id = ANY ({_SEEN_GROUPS})", f"group_id = ANY ({_OWNED_GROUPS})"),
    ),
    **dict.fromkeys(
        _SESSION_PARTS,
        (f"session_id = ANY ({_SEEN_SESSIONS})", f"session_id = ANY ({_OWNED_SESSIONS})"),
    ),
    **dict.fromkeys(
        ("notes", "responses"),
        (
            _in_group_or_session(_SEEN_GROUPS, _SEEN_SESSIONS),
            _in_group_or_session(_OWNED_GROUPS, _OWNED_SESSIONS),
        ),
    ),
    "note_themes": (
        f"note_id IN {_rows_in('notes', _SEEN_GROUPS, _SEEN_SESSIONS)}",
        f"note_id IN {_rows_in('notes', _OWNED_GROUPS, _OWNED_SESSIONS)}",
    ),
    "answers": (
        f"response_id IN {_rows_in('responses', _SEEN_GROUPS, _SEEN_SESSIONS)}",
        f"response_id IN {_rows_in('responses', _OWNED_GROUPS, _OWNED_SESSIONS)}",
    ),
}
# Library tables: read by all; written by the facilitator who published the row.
LIBRARY = ("formats", "decks", "questionnaires", "themes")
LIBRARY_PARTS = {
    "format_phases": ("formats", "format_id"),
    "cards": ("decks", "deck_id"),
    "questions": ("questionnaires", "questionnaire_id"),
}
ACCESS_TABLES = ("hub_facilitators", "hub_leads", "hub_group_owners", "hub_row_owners")
EVERY_TABLE = (
    "groups",
    "persons",
    *GROUP_RULES,
    *LIBRARY,
    *LIBRARY_PARTS,
    "programmes",
    "leader_log_entries",
    *ACCESS_TABLES,
)


def _owned_rows(table: str, column: str = "id") -> str:
    return (
        f"{column} IN (SELECT w.row_id FROM hub_row_owners w "
        f"WHERE w.table_name = '{table}' AND w.author_role = current_user)"
    )


def _reads(name: str, table: str, roles: tuple[str, ...], rule: str) -> str:
    """Who may SELECT which rows of ``table``."""
    return f"CREATE POLICY {name} ON {table} FOR SELECT TO {', '.join(roles)} USING ({rule})"


def _writes(table: str, rule: str) -> str:
    """A facilitator reads, inserts, updates and deletes the rows of ``table`` that
    ``rule`` holds for, before and after the change."""
    return (
        f"CREATE POLICY {table}_owned ON {table} FOR ALL TO {FACILITATOR} "
        f"USING ({rule}) WITH CHECK ({rule})"
    )


def _changes(table: str, rule: str) -> list[str]:
    """A facilitator inserts, updates and deletes the rows of ``table`` that ``rule``
    holds for; reading is left to the table's read policy alone (a FOR ALL policy would
    be OR'ed into every SELECT as well, and evaluated for nothing: what a facilitator
    sees of group data is what it owns)."""
    return [
        f"CREATE POLICY {table}_insert ON {table} FOR INSERT TO {FACILITATOR} WITH CHECK ({rule})",
        f"CREATE POLICY {table}_update ON {table} FOR UPDATE TO {FACILITATOR} "
        f"USING ({rule}) WITH CHECK ({rule})",
        f"CREATE POLICY {table}_delete ON {table} FOR DELETE TO {FACILITATOR} USING ({rule})",
    ]


def policy_statements() -> list[str]:
    """Every CREATE POLICY of this revision, in order."""
    both = GROUP_ROLES
    lead = (LEAD,)
    led = (
        "programme_id = ANY (ARRAY(SELECT l.programme_id FROM hub_leads l "
        "WHERE l.role_name = current_user))"
    )
    statements = [
        _reads("groups_seen", "groups", (FACILITATOR,), f"id = ANY ({_OWNED_GROUPS})"),
        *_changes("groups", f"id = ANY ({_OWNED_GROUPS})"),
        _reads("groups_led", "groups", lead, led),
        _reads("persons_seen", "persons", both, "id IN (SELECT m.person_id FROM memberships m)"),
        _writes("persons", _owned_rows("persons")),
        _writes("leader_log_entries", _owned_rows("leader_log_entries")),
        _reads("programmes_seen", "programmes", both, "true"),
    ]
    for table, (read, write) in GROUP_RULES.items():
        statements.append(_reads(f"{table}_seen", table, both, read))
        statements += _changes(table, write)
    # A built-in item (and its parts) is nobody's to change, even with an owner row
    # claimed for it: an owner row can be inserted for any id not yet owned.
    for table in LIBRARY:
        statements.append(_reads(f"{table}_seen", table, both, "true"))
        statements.append(_writes(table, f"{_owned_rows(table)} AND NOT builtin"))
    for table, (parent, column) in LIBRARY_PARTS.items():
        statements.append(_reads(f"{table}_seen", table, both, "true"))
        built_in = f"{column} IN (SELECT b.id FROM {parent} b WHERE b.builtin)"
        statements.append(_writes(table, f"{_owned_rows(parent, column)} AND NOT {built_in}"))
    own_role = "role_name = current_user"
    author = "author_role = current_user"
    return [
        *statements,
        _reads("hub_facilitators_self", "hub_facilitators", (FACILITATOR,), own_role),
        _reads("hub_facilitators_seen", "hub_facilitators", lead, "true"),
        _reads("hub_leads_self", "hub_leads", lead, own_role),
        # A facilitator reads its own owner rows and inserts one for itself only; there
        # is no UPDATE or DELETE grant, so nobody hands a group over by rewriting a row.
        _reads("hub_group_owners_self", "hub_group_owners", (FACILITATOR,), author),
        f"CREATE POLICY hub_group_owners_claim ON hub_group_owners FOR INSERT "
        f"TO {FACILITATOR} WITH CHECK ({author})",
        _reads(
            "hub_group_owners_led", "hub_group_owners", lead, f"group_id = ANY ({_SEEN_GROUPS})"
        ),
        _writes("hub_row_owners", author),
        # The admin role running this (CURRENT_USER is fixed when the policy is made)
        # keeps the list of who is who and the programmes, and counts the published
        # groups; it reads no group's rows.
        *(
            f"CREATE POLICY {table}_admin ON {table} FOR ALL TO CURRENT_USER "
            "USING (true) WITH CHECK (true)"
            for table in ("hub_facilitators", "hub_leads", "programmes")
        ),
        "CREATE POLICY hub_group_owners_admin ON hub_group_owners FOR SELECT TO CURRENT_USER "
        "USING (true)",
    ]


def grant_statements() -> list[str]:
    shared = ("groups", "persons", *GROUP_RULES, *LIBRARY, *LIBRARY_PARTS, "leader_log_entries")
    everything = ", ".join((*EVERY_TABLE, "alembic_version"))
    return [
        # Before PostgreSQL 15 every role may create tables in public: not on a hub.
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA public TO {FACILITATOR}, {LEAD}",
        f"GRANT SELECT ON {everything} TO {FACILITATOR}, {LEAD}",
        f"GRANT INSERT, UPDATE, DELETE ON {', '.join(shared)} TO {FACILITATOR}",
        f"GRANT INSERT ON hub_group_owners TO {FACILITATOR}",
        f"GRANT INSERT, UPDATE, DELETE ON hub_row_owners TO {FACILITATOR}",
    ]


def _create_group_roles() -> None:
    for role in GROUP_ROLES:
        # Roles belong to the server, not the database: a second hub on the same server
        # finds them made. Never LOGIN, never SUPERUSER or BYPASSRLS.
        op.execute(
            "DO $$ BEGIN "
            f"IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') THEN "
            f"CREATE ROLE {role} NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE; "
            "END IF; END $$"
        )


def _create_access_tables() -> None:
    when = sa.DateTime(timezone=True)
    op.create_table(
        "hub_facilitators",
        sa.Column("role_name", sa.String(63), primary_key=True),
        sa.Column("display_name", sa.String(120), nullable=False),
        sa.Column("created_at", when, nullable=False, server_default=sa.text("now()")),
    )
    op.create_table(
        "hub_leads",
        sa.Column("role_name", sa.String(63), primary_key=True),
        sa.Column(
            "programme_id",
            sa.String(36),
            sa.ForeignKey(
                "programmes.id", ondelete="CASCADE", name="fk_hub_leads_programme_id_programmes"
            ),
            primary_key=True,
        ),
        sa.Column("display_name", sa.String(120), nullable=False),
        sa.Column("created_at", when, nullable=False, server_default=sa.text("now()")),
    )
    op.create_table(
        "hub_group_owners",
        sa.Column("group_id", sa.String(36), primary_key=True),
        sa.Column("author_role", sa.String(63), nullable=False, index=True),
        sa.Column("laptop_id", sa.String(36), nullable=False),
        sa.Column("published_at", when, nullable=False, server_default=sa.text("now()")),
    )
    op.create_table(
        "hub_row_owners",
        sa.Column("table_name", sa.String(40), primary_key=True),
        sa.Column("row_id", sa.String(36), primary_key=True),
        sa.Column("author_role", sa.String(63), nullable=False, index=True),
        sa.Column("laptop_id", sa.String(36), nullable=False),
        sa.Column("published_at", when, nullable=False, server_default=sa.text("now()")),
    )


def upgrade() -> None:
    if on_laptop():
        return
    _create_group_roles()
    _create_access_tables()
    for table in EVERY_TABLE:
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
    for statement in (*policy_statements(), *grant_statements()):
        op.execute(statement)


def downgrade() -> None:
    if on_laptop():
        return
    for statement in policy_statements():
        _create, _policy_word, name, _on, table, *_rest = statement.split()
        op.execute(f"DROP POLICY {name} ON {table}")
    op.execute(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {FACILITATOR}, {LEAD}")
    op.execute(f"REVOKE USAGE ON SCHEMA public FROM {FACILITATOR}, {LEAD}")
    for table in EVERY_TABLE[: -len(ACCESS_TABLES)]:
        op.execute(f"ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY")
        op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    for table in reversed(ACCESS_TABLES):
        op.drop_table(table)
    # The group roles stay: they belong to the server, and other hubs may use them.
