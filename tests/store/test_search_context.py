"""Search results that say where they are from (group, date, first words), and names
found without their inner punctuation ("obrien" finds "O'Brien-Smith"), also in a
database made before migration 0015."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from reflectdesk.core.model import GroupDraft, GroupRecord, MemberDraft
from reflectdesk.core.notes import LearningPointDraft, PrivateText
from reflectdesk.core.search import HitKind
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.store.database import Store, open_store
from reflectdesk.store.groups import create_group
from reflectdesk.store.members import add_member
from reflectdesk.store.notes import add_learning_point, save_private_note
from reflectdesk.store.private_search import PrivateNotes, PrivateNotesIndex, search_everything
from reflectdesk.store.schema import HEAD_REVISION
from reflectdesk.store.search_index import index_stale, search
from reflectdesk.store.sessions import plan_session
from tests.fakes import open_vault
from tests.store.old_schemas import downgrade_to, migrations_up_to

NOV_24 = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
NAMES = ("Siobhan O'Brien-Smith", "Joost van 't Hof", "IJsbrand Bakker", "Hüseyin Kaya")


@pytest.fixture
def group(store: Store) -> GroupRecord:
    group = create_group(store, GroupDraft("Balint Tuesday"))
    for name in (*NAMES, "Anna van Tol"):
        add_member(store, group.id, MemberDraft(display_name=name))
    return group


def titles(store: Store, query: str) -> list[str]:
    return [hit.title for hit in search(store, query)]


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("obrien", "Siobhan O'Brien-Smith"),
        ("o brien", "Siobhan O'Brien-Smith"),
        ("o'brien", "Siobhan O'Brien-Smith"),
        ("O’Brien", "Siobhan O'Brien-Smith"),  # a curly apostrophe typed
        ("obriensmith", "Siobhan O'Brien-Smith"),
        ("briensmith", "Siobhan O'Brien-Smith"),
        ("smith", "Siobhan O'Brien-Smith"),
        ("vant hof", "Joost van 't Hof"),
        ("van t hof", "Joost van 't Hof"),
        ("van 't hof", "Joost van 't Hof"),
        ("ijsbrand", "IJsbrand Bakker"),
        ("huseyin", "Hüseyin Kaya"),
    ],
)
def test_names_are_found_without_their_punctuation(
    store: Store, group: GroupRecord, query: str, name: str
) -> None:
    assert titles(store, query) == [name]


def test_a_joined_word_does_not_reach_past_the_apostrophe(store: Store, group: GroupRecord) -> None:
    """ "vant" is "van 't", not every "van T…": Anna van Tol is not found."""
    assert titles(store, "vant") == ["Joost van 't Hof"]


def test_the_joined_match_is_highlighted_in_the_name(store: Store, group: GroupRecord) -> None:
    [hit] = search(store, "obrien")
    assert hit.snippet_html == "Siobhan <b>O</b>&#x27;<b>Brien</b>-Smith"
    [hit] = search(store, "vant")
    assert hit.snippet_html == "Joost <b>van</b> &#x27;<b>t</b> Hof"


def test_the_same_person_in_two_groups_names_each_group(store: Store) -> None:
    for name in ("Balint group 1", "Balint group 2"):
        group = create_group(store, GroupDraft(name))
        add_member(store, group.id, MemberDraft(display_name="Eva van den Eertwegh"))
    hits = search(store, "eertwegh")
    assert sorted(hit.group_name for hit in hits) == ["Balint group 1", "Balint group 2"]
    assert all(hit.kind is HitKind.MEMBER and hit.when is None for hit in hits)


def test_a_learning_point_names_its_group_date_and_first_words(
    store: Store, group: GroupRecord
) -> None:
    meeting = plan_session(store, group.id, SessionDraft(NOV_24))
    text = "Ask the patient what she fears before explaining the results of the scan"
    add_learning_point(store, meeting.id, LearningPointDraft(text))

    [point] = [hit for hit in search(store, "fears") if hit.kind is HitKind.LEARNING_POINT]
    assert point.title == "Ask the patient what she fears before explaining …"
    assert point.group_name == "Balint Tuesday"
    assert point.when == NOV_24
    [session] = [hit for hit in search(store, "2026-11-24") if hit.kind is HitKind.SESSION]
    assert (session.group_name, session.when) == ("Balint Tuesday", NOV_24)


def test_an_unlocked_private_note_names_its_group_and_date(
    store: Store, group: GroupRecord
) -> None:
    meeting = plan_session(store, group.id, SessionDraft(NOV_24))
    open_vault(store)
    save_private_note(store, meeting.id, PrivateText(body="Siobhan seemed tired today"))
    index = PrivateNotesIndex(store)
    assert index.build()
    found = search_everything(store, index, "tired")
    assert found.private is PrivateNotes.SEARCHED
    [note] = found.hits
    assert (note.kind, note.title) == (HitKind.PRIVATE, "Siobhan seemed tired today")
    assert (note.group_name, note.when) == ("Balint Tuesday", NOV_24)


def test_a_database_before_0015_finds_punctuated_names_after_it(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with open_store(path) as store:
        group = create_group(store, GroupDraft("Intervisie Utrecht"))
        add_member(store, group.id, MemberDraft("Siobhan O'Brien-Smith"))
        downgrade_to(store, "0014")
    with open_store(path, migrations=migrations_up_to(tmp_path, "0014")) as old:
        # The fold function of this version is registered on the old file too; write
        # the old keys by hand, as an older version left them.
        with old.transaction() as session:
            session.execute(text("UPDATE search_index SET title_key = 'siobhan o''brien-smith'"))
        assert search(old, "obrien") == []

    with open_store(path) as store:
        assert store.schema_revision() == HEAD_REVISION
        assert not index_stale(store)
        assert titles(store, "obrien") == ["Siobhan O'Brien-Smith"]
