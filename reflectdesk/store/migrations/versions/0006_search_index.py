"""Full-text search: the search entries, their FTS5 index, and the triggers that keep both
in step with groups, members, sessions and learning points / actions.

``search_entries`` holds one row per searchable record with its text as written (shown in
results and snippets). ``search_index`` (FTS5, unicode61) holds the same text folded by
``reflectdesk_fold`` (reflectdesk.core.names.fold, registered on every writable connection
in store/engine.py): Turkish dotless i, IJ, ß, Greek accents and final sigma fold the same
way as the query does. Triggers on the source tables write plain SQL into
``search_entries``; only the entries' own triggers fold. Private notes never get an entry:
their text is not in these tables' source columns, and the note triggers skip them.

This script is a frozen copy of the SQL; reflectdesk/store/search_index.py rebuilds with
the same statements (a test compares the two).

Revision ID: 0006
Revises: 0005
"""

from alembic import op

from reflectdesk.store.migrations.engines import on_laptop

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# The upsert every source trigger ends in: a no-op when nothing shown or matched changed.
_UPSERT = """
ON CONFLICT (kind, ref_id) DO UPDATE SET
    group_id = excluded.group_id, title = excluded.title, body = excluded.body
WHERE search_entries.group_id IS NOT excluded.group_id
    OR search_entries.title IS NOT excluded.title
    OR search_entries.body IS NOT excluded.body"""

_INSERT = "INSERT INTO search_entries (kind, ref_id, group_id, title, body)"

# What each kind of record contributes; ``{r}`` is the row (``new`` in a trigger).
_GROUP_VALUES = (
    "SELECT 'group', {r}.id, {r}.id, {r}.name, "
    "ltrim({r}.setting || iif({r}.ground_rules != '', char(10) || {r}.ground_rules, ''), "
    "char(10))"
)
_SESSION_DATE = "coalesce(date({r}.planned_start, 'localtime'), '')"
_SESSION_VALUES = (
    "SELECT 'session', {r}.id, {r}.group_id, "
    f"coalesce(nullif({{r}}.title, ''), {_SESSION_DATE}), "
    f"ltrim({_SESSION_DATE} "
    "|| iif({r}.place != '', ' · ' || {r}.place, '') "
    "|| coalesce(' · ' || (SELECT name FROM formats WHERE formats.id = {r}.format_id), ''), "
    "' ·')"
)
_NOTE_VALUES = (
    "SELECT {r}.kind, {r}.id, "
    "coalesce({r}.group_id, (SELECT group_id FROM sessions WHERE sessions.id = {r}.session_id)), "
    "{r}.title, {r}.body"
)


def _trigger(event: str, *lines: str) -> str:
    """What follows ``CREATE TRIGGER <name>``: the event, then the body one line at a time.
    SQLite keeps this text as written, so the layout (the indents, the line breaks) is
    part of the released schema and must not change."""
    body = "".join(f"\n            {line}" for line in lines)
    return f"\n        {event} BEGIN{body}\n        END"


def _write_new(values: str, when: str = "true") -> str:
    """Upsert the entry of the row a trigger fired for (``new``)."""
    return f"{_INSERT} {values.format(r='new')} WHERE {when} {_UPSERT};"


def _forget(kind: str) -> str:
    """Delete the entry of the row deleted (``old``)."""
    return f"DELETE FROM search_entries WHERE kind = '{kind}' AND ref_id = old.id;"


# An entry's row in the FTS index: removed (old), and written again folded (new).
_UNINDEX_OLD = "DELETE FROM search_index WHERE rowid = old.id;"
_INDEX_NEW = (
    "INSERT INTO search_index (rowid, title_key, body_key)",
    "VALUES (new.id, reflectdesk_fold(new.title), reflectdesk_fold(new.body));",
)
# A membership's entry, titled with the person's name.
_WRITE_MEMBER = (
    f"{_INSERT} SELECT 'member', new.id, new.group_id, persons.display_name, ''",
    f"FROM persons WHERE persons.id = new.person_id {_UPSERT};",
)

TRIGGERS = {
    # -- the entries feed the FTS index, folded --------------------------------------
    "search_entries_ai": _trigger(
        "AFTER INSERT ON search_entries",
        "DELETE FROM search_index WHERE rowid = new.id;",
        *_INDEX_NEW,
    ),
    "search_entries_au": _trigger("AFTER UPDATE ON search_entries", _UNINDEX_OLD, *_INDEX_NEW),
    "search_entries_ad": _trigger("AFTER DELETE ON search_entries", _UNINDEX_OLD),
    # -- groups -----------------------------------------------------------------------
    "search_groups_ai": _trigger("AFTER INSERT ON groups", _write_new(_GROUP_VALUES)),
    "search_groups_au": _trigger(
        "AFTER UPDATE OF name, setting, ground_rules ON groups", _write_new(_GROUP_VALUES)
    ),
    "search_groups_ad": _trigger("AFTER DELETE ON groups", _forget("group")),
    # -- members: one entry per membership, titled with the person's name ---------------
    "search_memberships_ai": _trigger("AFTER INSERT ON memberships", *_WRITE_MEMBER),
    "search_memberships_au": _trigger(
        "AFTER UPDATE OF group_id, person_id ON memberships", *_WRITE_MEMBER
    ),
    "search_memberships_ad": _trigger("AFTER DELETE ON memberships", _forget("member")),
    "search_persons_au": _trigger(
        "AFTER UPDATE OF display_name ON persons",
        f"{_INSERT} SELECT 'member', memberships.id, memberships.group_id, new.display_name, ''",
        f"FROM memberships WHERE memberships.person_id = new.id {_UPSERT};",
    ),
    # -- sessions (and the name of their format) ------------------------------------------
    "search_sessions_ai": _trigger("AFTER INSERT ON sessions", _write_new(_SESSION_VALUES)),
    "search_sessions_au": _trigger(
        "AFTER UPDATE OF title, planned_start, place, format_id, group_id ON sessions",
        _write_new(_SESSION_VALUES),
    ),
    "search_sessions_ad": _trigger("AFTER DELETE ON sessions", _forget("session")),
    "search_formats_au": _trigger(
        "AFTER UPDATE OF name ON formats",
        f"{_INSERT} {_SESSION_VALUES.format(r='sessions')}",
        f"FROM sessions WHERE sessions.format_id = new.id {_UPSERT};",
    ),
    # -- learning points and actions; private notes never -----------------------------
    "search_notes_ai": _trigger(
        "AFTER INSERT ON notes WHEN new.kind != 'private'", _write_new(_NOTE_VALUES)
    ),
    "search_notes_au": _trigger(
        "AFTER UPDATE OF kind, title, body, group_id, session_id ON notes",
        "DELETE FROM search_entries",
        "WHERE ref_id = old.id AND kind IN ('learning_point', 'action') AND kind != new.kind;",
        _write_new(_NOTE_VALUES, when="new.kind != 'private'"),
    ),
    "search_notes_ad": _trigger(
        "AFTER DELETE ON notes",
        "DELETE FROM search_entries",
        "WHERE ref_id = old.id AND kind IN ('learning_point', 'action');",
    ),
}

# The existing rows, indexed once at upgrade (the triggers then keep them in step).
POPULATE = (
    f"{_INSERT} {_GROUP_VALUES.format(r='groups')} FROM groups",
    f"{_INSERT} SELECT 'member', memberships.id, memberships.group_id, persons.display_name, ''"
    " FROM memberships JOIN persons ON persons.id = memberships.person_id",
    f"{_INSERT} {_SESSION_VALUES.format(r='sessions')} FROM sessions",
    f"{_INSERT} {_NOTE_VALUES.format(r='notes')} FROM notes WHERE notes.kind != 'private'",
)


def upgrade() -> None:
    if not on_laptop():
        return  # FTS5 and the fold function are SQLite's; the hub has no search index
    op.execute(
        """
        CREATE TABLE search_entries (
            id INTEGER PRIMARY KEY,
            kind VARCHAR(20) NOT NULL,
            ref_id VARCHAR(36) NOT NULL,
            group_id VARCHAR(36),
            title TEXT NOT NULL,
            body TEXT NOT NULL,
            CONSTRAINT uq_search_entries_kind UNIQUE (kind, ref_id),
            CONSTRAINT ck_search_entries_kind CHECK (kind != 'private')
        )"""
    )
    op.execute("CREATE INDEX ix_search_entries_group_id ON search_entries (group_id)")
    op.execute(
        """
        CREATE VIRTUAL TABLE search_index USING fts5(
            title_key, body_key,
            tokenize = 'unicode61 remove_diacritics 2'
        )"""
    )
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")
    for statement in POPULATE:
        op.execute(statement)


def downgrade() -> None:
    if not on_laptop():
        return
    for name in reversed(TRIGGERS):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS search_index")
    op.execute("DROP TABLE IF EXISTS search_entries")
