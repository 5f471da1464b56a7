"""Which tables an archive holds, and which of their rows belong to one group.

Every table of the data model is archived except three kinds:

* ``settings``: preferences of this laptop (window layout, the built-ins' fingerprint),
  not records; importing them would overwrite the other laptop's own.
* ``identifier_overrides``: this laptop's record of identifier warnings kept as written
  (an audit trail of its own, with no group to file it under).
* the search tables (``search_entries`` and the FTS5 tables): derived data, not models;
  the triggers fill them again as the rows are inserted.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, MetaData, Table, false, or_, select, union

SKIPPED_TABLES = frozenset({"settings", "identifier_overrides"})

# The vault row (the data key, wrapped under the passphrase; never the key itself) travels
# with every archive, since the private notes in it are sealed under that key. A laptop
# without a vault takes it over, and the notes open there with the same passphrase; a
# laptop with a vault of its own keeps its own, and notes sealed under another key stay
# stored but cannot be opened there (the README says so).


def archived_tables(metadata: MetaData) -> list[Table]:
    """The archived tables, parents before children (foreign-key order)."""
    return [table for table in metadata.sorted_tables if table.name not in SKIPPED_TABLES]


def group_filters(metadata: MetaData, group_id: str) -> dict[str, ColumnElement[bool]]:
    """For each archived table, the condition of the rows one group's archive holds: the
    group and the programme it belongs to, its memberships and the people in it (or
    named on its sessions, notes and responses), its sessions with their phases, clock
    events, attendance, cards shown and themes, its notes and their themes, its
    questionnaire responses, and the formats, decks (with all their cards), themes and
    questionnaires these refer to."""
    t = metadata.tables
    groups, sessions, notes, responses = t["groups"], t["sessions"], t["notes"], t["responses"]
    session_ids = select(sessions.c.id).where(sessions.c.group_id == group_id)
    in_sessions = {
        name: t[name].c.session_id.in_(session_ids)
        for name in ("session_phases", "clock_events", "attendance", "cards_shown")
    }
    in_sessions["session_themes"] = t["session_themes"].c.session_id.in_(session_ids)
    note_where = or_(notes.c.group_id == group_id, notes.c.session_id.in_(session_ids))
    note_ids = select(notes.c.id).where(note_where)
    response_where = or_(responses.c.group_id == group_id, responses.c.session_id.in_(session_ids))
    response_ids = select(responses.c.id).where(response_where)

    format_ids = union(
        select(groups.c.format_id).where(groups.c.id == group_id),
        select(sessions.c.format_id).where(sessions.c.group_id == group_id),
    )
    deck_keys = union(
        select(t["session_phases"].c.deck_key).where(in_sessions["session_phases"]),
        select(t["format_phases"].c.deck_key).where(t["format_phases"].c.format_id.in_(format_ids)),
    )
    shown_decks = select(t["cards"].c.deck_id).where(
        t["cards"].c.id.in_(select(t["cards_shown"].c.card_id).where(in_sessions["cards_shown"]))
    )
    deck_where = or_(t["decks"].c.id.in_(shown_decks), t["decks"].c.key.in_(deck_keys))
    theme_ids = union(
        select(t["session_themes"].c.theme_id).where(in_sessions["session_themes"]),
        select(t["note_themes"].c.theme_id).where(t["note_themes"].c.note_id.in_(note_ids)),
    )
    questionnaire_ids = select(responses.c.questionnaire_id).where(response_where)
    person_ids = _people(metadata, group_id, session_ids, note_where, response_where)
    return {
        "groups": groups.c.id == group_id,
        # The group's programme travels with it, so a coordinator importing the
        # facilitators' archives finds the group already in it (or none, if it has none).
        "programmes": t["programmes"].c.id.in_(
            select(groups.c.programme_id).where(groups.c.id == group_id)
        ),
        "memberships": t["memberships"].c.group_id == group_id,
        "persons": t["persons"].c.id.in_(person_ids),
        "sessions": sessions.c.group_id == group_id,
        **in_sessions,
        "notes": note_where,
        "note_themes": t["note_themes"].c.note_id.in_(note_ids),
        "themes": t["themes"].c.id.in_(theme_ids),
        "formats": t["formats"].c.id.in_(format_ids),
        "format_phases": t["format_phases"].c.format_id.in_(format_ids),
        "decks": deck_where,
        "cards": t["cards"].c.deck_id.in_(select(t["decks"].c.id).where(deck_where)),
        "responses": response_where,
        "answers": t["answers"].c.response_id.in_(response_ids),
        "questionnaires": t["questionnaires"].c.id.in_(questionnaire_ids),
        "questions": t["questions"].c.questionnaire_id.in_(questionnaire_ids),
        "vault": t["vault"].c.id.is_not(None),
        # A leader's log belongs to the leader, not to one of their groups: it travels in
        # whole archives only.
        "leader_log_entries": false(),
    }


def _people(
    metadata: MetaData,
    group_id: str,
    session_ids: Any,
    note_where: ColumnElement[bool],
    response_where: ColumnElement[bool],
) -> Any:
    t = metadata.tables
    notes, sessions = t["notes"], t["sessions"]
    return union(
        select(t["memberships"].c.person_id).where(t["memberships"].c.group_id == group_id),
        select(sessions.c.presenter_id).where(sessions.c.group_id == group_id),
        select(t["attendance"].c.person_id).where(t["attendance"].c.session_id.in_(session_ids)),
        select(notes.c.person_id).where(note_where),
        select(notes.c.owner_id).where(note_where),
        select(t["responses"].c.person_id).where(response_where),
    )
