"""Themes in the database: the study's built-ins kept in step, the facilitator's own,
tags on sessions, and counts per group."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event, select

from reflectdesk.core.errors import InvalidInputError, NotFoundError
from reflectdesk.core.events import Change
from reflectdesk.core.model import GroupDraft, GroupRecord, ThemeKind
from reflectdesk.core.notes import (
    BUILTIN_THEMES,
    ActionDraft,
    LearningPointDraft,
    ThemeDefinition,
)
from reflectdesk.core.sessions import SessionDraft, SessionRecord
from reflectdesk.store.database import Store
from reflectdesk.store.groups import create_group
from reflectdesk.store.models.settings import Setting
from reflectdesk.store.notes import add_action, add_learning_point, delete_note
from reflectdesk.store.sessions import plan_session
from reflectdesk.store.themes import (
    BUILTIN_THEMES_SETTING,
    add_theme,
    archive_theme,
    list_themes,
    rename_theme,
    session_theme_ids,
    set_session_themes,
    sync_builtin_themes,
    theme_counts,
)

TUESDAY = datetime(2026, 2, 3, 12, 0, tzinfo=UTC)


def sync(store: Store, definitions: tuple[ThemeDefinition, ...] | None = None) -> None:
    with store.transaction() as session:
        sync_builtin_themes(session, definitions)


@pytest.fixture
def themed(store: Store) -> Store:
    sync(store)
    return store


@pytest.fixture
def group(themed: Store) -> GroupRecord:
    return create_group(themed, GroupDraft(name="Balint dinsdag"))


@pytest.fixture
def meeting(themed: Store, group: GroupRecord) -> SessionRecord:
    return plan_session(themed, group.id, SessionDraft(TUESDAY))


@pytest.fixture
def writes(store: Store) -> Iterator[list[str]]:
    seen: list[str] = []

    def listen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().split()[0].upper() in {"INSERT", "UPDATE", "DELETE", "REPLACE"}:
            seen.append(statement)

    event.listen(store.engine, "before_cursor_execute", listen)
    yield seen
    event.remove(store.engine, "before_cursor_execute", listen)


def by_key(store: Store) -> dict[str, Any]:
    return {theme.key: theme for theme in list_themes(store, include_archived=True)}


# -- built-ins --------------------------------------------------------------------------


def test_the_study_s_themes_are_preloaded(themed: Store) -> None:
    themes = list_themes(themed)

    assert [theme.key for theme in themes] == [item.key for item in BUILTIN_THEMES]
    assert [theme.name for theme in themes] == [item.name for item in BUILTIN_THEMES]
    assert len(list_themes(themed, kind=ThemeKind.EXPERIENCE)) == 4
    assert len(list_themes(themed, kind=ThemeKind.LEARNING_GAIN)) == 6
    assert all(theme.builtin and not theme.archived for theme in themes)


def test_sync_is_idempotent_and_cheap(themed: Store, writes: list[str]) -> None:
    before = list_themes(themed)

    sync(themed)
    sync(themed)

    assert writes == []
    assert list_themes(themed) == before


def test_the_applied_list_is_recorded(themed: Store) -> None:
    with themed.reading() as session:
        raw = session.scalar(select(Setting.value).where(Setting.key == BUILTIN_THEMES_SETTING))
    assert raw is not None

    recorded = json.loads(raw)

    assert len(recorded["fingerprint"]) == 64
    assert recorded["names"] == {item.key: item.name for item in BUILTIN_THEMES}


def test_a_new_version_refreshes_names_but_keeps_the_user_s(themed: Store) -> None:
    first, second, third, *rest = BUILTIN_THEMES
    renamed = rename_theme(themed, by_key(themed)[first.key].id, "Contact met patiënten")
    archive_theme(themed, by_key(themed)[second.key].id)
    ids_before = {key: theme.id for key, theme in by_key(themed).items()}
    newer = (
        replace(first, name="Patient interactions"),  # the user renamed it: kept
        replace(second, name="Complex care"),  # archived but not renamed: name follows
        # the third is no longer shipped
        *rest,
        ThemeDefinition("crs-gain-new", ThemeKind.LEARNING_GAIN, "Ethics"),
    )

    sync(themed, newer)

    themes = by_key(themed)
    assert themes[first.key].name == renamed.name
    assert themes[first.key].id == renamed.id
    assert themes[second.key].name == "Complex care"
    assert themes[second.key].archived
    assert themes[third.key].builtin is False
    assert themes[third.key].name == third.name
    assert themes["crs-gain-new"].builtin
    assert all(themes[key].id == theme_id for key, theme_id in ids_before.items())


def test_a_damaged_record_only_costs_a_full_sync(themed: Store) -> None:
    with themed.transaction() as session:
        session.merge(Setting(key=BUILTIN_THEMES_SETTING, value="{not json"))
    before = list_themes(themed)

    sync(themed)

    assert list_themes(themed) == before


# -- the facilitator's own themes -------------------------------------------------------


def test_add_rename_and_archive_a_theme(themed: Store) -> None:
    seen: list[Change] = []
    themed.changes.subscribe(seen.append)

    added = add_theme(themed, "  Ethiek  ", ThemeKind.EXPERIENCE)
    renamed = rename_theme(themed, added.id, "Ηθική en ethiek")
    archived = archive_theme(themed, added.id)

    assert (added.name, added.kind, added.builtin, added.archived) == (
        "Ethiek",
        ThemeKind.EXPERIENCE,
        False,
        False,
    )
    assert added.key.startswith("user-")
    assert renamed.key == added.key
    assert renamed.name == "Ηθική en ethiek"
    assert archived.archived
    assert added.id not in {theme.id for theme in list_themes(themed)}
    assert added.id in {theme.id for theme in list_themes(themed, include_archived=True)}
    assert archive_theme(themed, added.id, archived=False).archived is False
    assert seen == [Change("themes", (added.id,))] * 4


def test_own_themes_sort_after_the_builtins_of_their_kind(themed: Store) -> None:
    zelf = add_theme(themed, "Zelfzorg", ThemeKind.EXPERIENCE)
    aandacht = add_theme(themed, "Aandacht", ThemeKind.EXPERIENCE)

    experience = list_themes(themed, kind=ThemeKind.EXPERIENCE)

    assert [theme.id for theme in experience[-2:]] == [aandacht.id, zelf.id]
    assert list_themes(themed)[5].id == zelf.id  # before the first learning gain


def test_names_are_unique_within_a_kind(themed: Store) -> None:
    ethics = add_theme(themed, "Ethiek", ThemeKind.EXPERIENCE)

    with pytest.raises(InvalidInputError, match="already a theme"):
        add_theme(themed, "ETHİEK", ThemeKind.EXPERIENCE)  # Turkish capital İ folds to i
    with pytest.raises(InvalidInputError, match="already a theme"):
        rename_theme(themed, ethics.id, "interactions with PATIENTS")  # a built-in's name
    assert add_theme(themed, "Ethiek", ThemeKind.LEARNING_GAIN).kind is ThemeKind.LEARNING_GAIN
    assert rename_theme(themed, ethics.id, "ethiek").name == "ethiek"  # its own name


def test_archived_names_stay_taken_and_restoring_checks_for_a_clash(themed: Store) -> None:
    ethics = add_theme(themed, "Ethiek", ThemeKind.EXPERIENCE)
    law = add_theme(themed, "Recht", ThemeKind.EXPERIENCE)
    archive_theme(themed, ethics.id)

    with pytest.raises(InvalidInputError, match="archived; restore it"):
        add_theme(themed, "Éthiek", ThemeKind.EXPERIENCE)
    with pytest.raises(InvalidInputError, match="archived; restore it"):
        rename_theme(themed, law.id, "ethiek")
    assert archive_theme(themed, ethics.id, archived=False).archived is False


def test_restoring_refuses_a_name_a_new_builtin_took(themed: Store) -> None:
    ethics = add_theme(themed, "Ethics", ThemeKind.EXPERIENCE)
    archive_theme(themed, ethics.id)
    sync(
        themed, (*BUILTIN_THEMES, ThemeDefinition("crs-exp-ethics", ThemeKind.EXPERIENCE, "Ethics"))
    )

    with pytest.raises(InvalidInputError, match="already a theme"):
        archive_theme(themed, ethics.id, archived=False)
    renamed = rename_theme(themed, ethics.id, "Ethics (mine)")
    assert archive_theme(themed, renamed.id, archived=False).archived is False


def test_builtins_can_be_renamed_and_archived(themed: Store) -> None:
    builtin = list_themes(themed)[0]

    renamed = rename_theme(themed, builtin.id, "Patiëntcontact")
    archived = archive_theme(themed, builtin.id)

    assert (renamed.key, renamed.builtin) == (builtin.key, True)
    assert archived.archived


def test_unknown_theme_is_not_found(themed: Store) -> None:
    with pytest.raises(NotFoundError, match="theme"):
        rename_theme(themed, "gone", "x")
    with pytest.raises(NotFoundError, match="theme"):
        archive_theme(themed, "gone")
    with pytest.raises(InvalidInputError, match="limit is 80"):
        add_theme(themed, "x" * 81, ThemeKind.EXPERIENCE)


# -- tags on sessions -------------------------------------------------------------------


def test_tag_a_session(themed: Store, meeting: SessionRecord, writes: list[str]) -> None:
    seen: list[Change] = []
    themed.changes.subscribe(seen.append)
    themes = list_themes(themed)
    gain, experience = themes[6].id, themes[1].id

    tagged = set_session_themes(themed, meeting.id, [gain, experience, gain])

    assert tagged == (experience, gain)
    assert session_theme_ids(themed, meeting.id) == (experience, gain)
    assert seen == [Change("themes", (meeting.id,))]
    writes.clear()
    assert set_session_themes(themed, meeting.id, (experience, gain)) == tagged
    assert writes == []
    assert set_session_themes(themed, meeting.id, ()) == ()
    assert session_theme_ids(themed, meeting.id) == ()


def test_session_tags_refuse_unknown_and_newly_archived_themes(
    themed: Store, meeting: SessionRecord
) -> None:
    kept, other = list_themes(themed)[0].id, list_themes(themed)[1].id
    set_session_themes(themed, meeting.id, [kept])
    archive_theme(themed, kept)
    archive_theme(themed, other)

    with pytest.raises(InvalidInputError, match="no longer exists"):
        set_session_themes(themed, meeting.id, [kept, "gone"])
    with pytest.raises(InvalidInputError, match="archived"):
        set_session_themes(themed, meeting.id, [kept, other])
    with pytest.raises(NotFoundError, match="session"):
        set_session_themes(themed, "gone", [])
    with pytest.raises(NotFoundError, match="session"):
        session_theme_ids(themed, "gone")
    assert session_theme_ids(themed, meeting.id) == (kept,)


# -- counts -----------------------------------------------------------------------------


def test_counts_per_group(themed: Store, group: GroupRecord, meeting: SessionRecord) -> None:
    themes = list_themes(themed)
    patients, complex_care, communication = themes[0].id, themes[1].id, themes[6].id
    second = plan_session(themed, group.id, SessionDraft(TUESDAY + timedelta(days=7)))
    other_group = create_group(themed, GroupDraft(name="Intervisie"))
    elsewhere = plan_session(themed, other_group.id, SessionDraft(TUESDAY))
    set_session_themes(themed, meeting.id, [patients, communication])
    set_session_themes(themed, second.id, [patients])
    set_session_themes(themed, elsewhere.id, [patients, complex_care])
    add_learning_point(themed, meeting.id, LearningPointDraft("a", theme_ids=(communication,)))
    gone = add_learning_point(
        themed, second.id, LearningPointDraft("b", theme_ids=(communication,))
    )
    add_learning_point(themed, second.id, LearningPointDraft("c", theme_ids=(patients,)))
    add_learning_point(themed, elsewhere.id, LearningPointDraft("d", theme_ids=(communication,)))
    add_action(themed, meeting.id, ActionDraft("not a learning point"))
    delete_note(themed, gone.id)

    counts = {count.theme_id: count for count in theme_counts(themed, group.id)}

    assert [count.theme_id for count in theme_counts(themed, group.id)] == [t.id for t in themes]
    assert (counts[patients].sessions, counts[patients].learning_points) == (2, 1)
    assert (counts[communication].sessions, counts[communication].learning_points) == (1, 1)
    assert (counts[complex_care].sessions, counts[complex_care].learning_points) == (0, 0)
    assert counts[patients].name == themes[0].name
    assert counts[communication].kind is ThemeKind.LEARNING_GAIN


def test_archived_themes_are_counted_only_where_used(
    themed: Store, group: GroupRecord, meeting: SessionRecord
) -> None:
    used, unused = list_themes(themed)[0], list_themes(themed)[1]
    set_session_themes(themed, meeting.id, [used.id])
    archive_theme(themed, used.id)
    archive_theme(themed, unused.id)

    counted = {count.theme_id: count.sessions for count in theme_counts(themed, group.id)}

    assert counted[used.id] == 1
    assert unused.id not in counted
    with pytest.raises(NotFoundError, match="group"):
        theme_counts(themed, "gone")
