"""Built-in formats in the database: present after open, kept in step, user formats untouched."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from reflectdesk.core.formats import FormatDefinition, PhaseDefinition, load_builtin_formats
from reflectdesk.store.database import Store
from reflectdesk.store.formats import format_id_for_key, list_formats, sync_builtin_formats
from reflectdesk.store.models.formats import Format, FormatPhase

Snapshot = dict[str, tuple[str, datetime, str, int, str, tuple[tuple[str, int, str, int], ...]]]


def snapshot(store: Store) -> Snapshot:
    """Every format row with its phase rows, by key: ids, timestamps and contents."""
    with store.reading() as session:
        rows = session.scalars(select(Format).options(selectinload(Format.phases))).all()
        return {
            row.key: (
                row.id,
                row.updated_at,
                row.source_digest,
                row.position,
                row.name,
                tuple(
                    (phase.id, phase.position, phase.name, phase.planned_seconds)
                    for phase in row.phases
                ),
            )
            for row in rows
        }


def add_user_format(store: Store) -> str:
    with store.transaction() as session:
        row = Format(key="my-check-in", name="Aaa my own check-in", family="custom")
        row.phases.append(FormatPhase(position=0, name="Arrive", planned_seconds=300))
        session.add(row)
        session.flush()
        return row.id


def test_store_has_every_builtin_format(store: Store) -> None:
    shipped = load_builtin_formats()
    listed = list_formats(store)

    assert listed
    assert [summary.key for summary in listed] == [definition.key for definition in shipped]
    assert all(summary.builtin for summary in listed)
    assert len({summary.key for summary in listed}) == len(listed)
    for summary, definition in zip(listed, shipped, strict=True):
        assert summary.name == definition.name
        assert summary.family == definition.family
        assert summary.total_minutes == definition.total_minutes


def test_builtins_are_listed_before_user_formats(store: Store) -> None:
    user_id = add_user_format(store)

    listed = list_formats(store)

    flags = [summary.builtin for summary in listed]
    assert flags == sorted(flags, reverse=True)
    assert listed[-1].id == user_id
    assert listed[-1].total_minutes == 5
    assert format_id_for_key(store, "my-check-in") == user_id


def test_builtin_phases_are_stored_in_order(store: Store) -> None:
    definition = load_builtin_formats()[0]

    with store.reading() as session:
        row = session.scalars(
            select(Format).where(Format.key == definition.key).options(selectinload(Format.phases))
        ).one()
        phases = [
            (p.position, p.name, p.planned_seconds, p.role_cue, p.deck_key) for p in row.phases
        ]

    assert phases == [
        (index, phase.name, phase.minutes * 60, phase.cue, phase.deck)
        for index, phase in enumerate(definition.phases)
    ]


def test_sync_is_idempotent(store: Store) -> None:
    before = snapshot(store)

    with store.transaction() as session:
        sync_builtin_formats(session)
    with store.transaction() as session:
        sync_builtin_formats(session, load_builtin_formats())

    assert snapshot(store) == before


def test_sync_refreshes_a_changed_builtin_and_leaves_the_rest(store: Store) -> None:
    add_user_format(store)
    before = snapshot(store)
    shipped = load_builtin_formats()
    old = shipped[0]
    changed = replace(
        old,
        name=old.name + " (revised)",
        phases=(*old.phases[:1], PhaseDefinition(name="New closing round", minutes=7)),
    )
    definitions: list[FormatDefinition] = [changed, *shipped[1:]]

    with store.transaction() as session:
        sync_builtin_formats(session, definitions)

    after = snapshot(store)
    row_id, updated_at, digest, position, name, phases = after[old.key]
    old_id, old_updated_at, old_digest, old_position, _old_name, _old_phases = before[old.key]
    assert row_id == old_id  # groups and sessions that point at it keep working
    assert position == old_position
    assert name == changed.name
    assert digest != old_digest
    assert updated_at >= old_updated_at
    assert [(p[1], p[2], p[3]) for p in phases] == [
        (0, old.phases[0].name, old.phases[0].minutes * 60),
        (1, "New closing round", 7 * 60),
    ]
    # Every other built-in and the user's own format are exactly as before.
    assert {key: value for key, value in after.items() if key != old.key} == {
        key: value for key, value in before.items() if key != old.key
    }


def test_sync_after_a_refresh_is_idempotent_again(store: Store) -> None:
    shipped = load_builtin_formats()
    changed = [replace(shipped[0], description="A new description."), *shipped[1:]]
    with store.transaction() as session:
        sync_builtin_formats(session, changed)
    before = snapshot(store)

    with store.transaction() as session:
        sync_builtin_formats(session, changed)

    assert snapshot(store) == before


def test_a_new_builtin_with_the_key_of_a_user_format_moves_the_user_format_aside(
    store: Store,
) -> None:
    from dataclasses import replace

    from reflectdesk.core.formats import load_builtin_formats
    from reflectdesk.store.formats import list_formats, sync_builtin_formats
    from reflectdesk.store.user_formats import copy_format, format_definition, save_user_format

    builtin = list_formats(store)[0]
    mine = copy_format(store, builtin.id, "Mijn Balint")
    save_user_format(store, mine.id, replace(format_definition(store, mine.id), name="Mijn Balint"))
    shipped = [
        *load_builtin_formats(),
        replace(load_builtin_formats()[0], key=mine.key, name="New built-in"),
    ]
    with store.transaction() as session:
        sync_builtin_formats(session, shipped)
    keys = {f.key: f for f in list_formats(store)}
    assert keys[mine.key].builtin and keys[mine.key].name == "New built-in"
    assert keys[f"{mine.key}-2"].name == "Mijn Balint"
