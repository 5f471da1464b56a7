"""The full-text index: what it finds, that triggers keep it in step with every edit, that
private notes never reach it, and rebuilding it (also through `check --repair`)."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import delete, text, update

from reflectdesk import cli
from reflectdesk.core.model import GroupDraft, GroupRecord, MemberDraft, MemberRecord
from reflectdesk.core.notes import ActionDraft, LearningPointDraft, PrivateText
from reflectdesk.core.search import TITLE_FIRST, HitKind, search_private
from reflectdesk.core.sessions import SessionDraft, SessionRecord
from reflectdesk.store.database import Store, open_store
from reflectdesk.store.groups import create_group, rename_group, update_group
from reflectdesk.store.members import add_member, remove_member, update_member
from reflectdesk.store.models import load_all
from reflectdesk.store.models.formats import Format
from reflectdesk.store.models.groups import Group
from reflectdesk.store.models.notes import Note
from reflectdesk.store.notes import (
    add_action,
    add_learning_point,
    delete_note,
    save_private_note,
    update_action,
    update_learning_point,
)
from reflectdesk.store.schema import HEAD_REVISION, migrations_location
from reflectdesk.store.search_index import (
    TRIGGERS,
    include_object,
    index_counts,
    index_stale,
    rebuild_index,
    search,
)
from reflectdesk.store.sessions import delete_session, plan_session, update_session

NOV_24 = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)  # noon: the same date in any time zone
CANARY = "Canary-7f3e: the registrar's divorce"


def titles(store: Store, query: str, **options: object) -> list[str]:
    return [hit.title for hit in search(store, query, **options)]  # type: ignore[arg-type]


def entries(store: Store) -> set[tuple[str, str, str | None, str, str]]:
    with store.reading() as session:
        rows = session.execute(
            text("SELECT kind, ref_id, group_id, title, body FROM search_entries")
        )
        return {(row.kind, row.ref_id, row.group_id, row.title, row.body) for row in rows}


def add_note(store: Store, kind: str, group: GroupRecord, body: str, title: str = "") -> str:
    with store.transaction() as session:
        note = Note(kind=kind, group_id=group.id, title=title, body=body)
        session.add(note)
        session.flush()
        return note.id


@pytest.fixture
def group(store: Store) -> GroupRecord:
    return create_group(
        store,
        GroupDraft(
            name="Balint Tuesday",
            setting="GP placement, Utrecht",
            ground_rules="What is said here stays here.",
        ),
    )


@pytest.fixture
def meeting(store: Store, group: GroupRecord) -> SessionRecord:
    return plan_session(store, group.id, SessionDraft(NOV_24, place="Room 4"))


@pytest.fixture
def members(store: Store, group: GroupRecord) -> dict[str, MemberRecord]:
    names = [
        "Hüseyin İkiz",
        "IJsbrand van den Eertwegh",
        "Κατερίνα Παπαδόπουλος",
        "Jörg Straße",
        "Barış Kılıç",
    ]
    return {name: add_member(store, group.id, MemberDraft(display_name=name)) for name in names}


# -- what it finds ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("huseyin", "Hüseyin İkiz"),
        ("ikiz", "Hüseyin İkiz"),
        ("İkiz", "Hüseyin İkiz"),
        ("IKIZ", "Hüseyin İkiz"),
        ("ıkız", "Hüseyin İkiz"),
        ("eertwegh", "IJsbrand van den Eertwegh"),
        ("eert", "IJsbrand van den Eertwegh"),
        ("ijsbr", "IJsbrand van den Eertwegh"),
        ("Ĳsbrand", "IJsbrand van den Eertwegh"),
        ("παπαδοπουλος", "Κατερίνα Παπαδόπουλος"),
        ("ΠΑΠΑΔΟΠΟΥΛΟΣ", "Κατερίνα Παπαδόπουλος"),
        ("κατερινα", "Κατερίνα Παπαδόπουλος"),
        ("strasse", "Jörg Straße"),  # ß is ss, as in fold(): see core/search.py
        ("straß", "Jörg Straße"),
        ("jorg", "Jörg Straße"),
        ("baris kilic", "Barış Kılıç"),
    ],
)
def test_folded_prefix_search_finds_members(
    store: Store, members: dict[str, MemberRecord], query: str, name: str
) -> None:
    hits = search(store, query)

    assert [hit.title for hit in hits] == [name]
    assert hits[0].kind is HitKind.MEMBER
    assert hits[0].ref_id == members[name].membership_id


def test_strasse_written_with_ss_is_found_by_sharp_s(store: Store, group: GroupRecord) -> None:
    add_member(store, group.id, MemberDraft(display_name="Anna Strasser"))

    assert titles(store, "straße") == ["Anna Strasser"]


def test_snippet_shows_the_original_text(store: Store, members: dict[str, MemberRecord]) -> None:
    (hit,) = search(store, "huseyin ikiz")

    assert hit.snippet_html == "<b>Hüseyin</b> <b>İkiz</b>"


def test_groups_are_found_by_name_setting_and_ground_rules(
    store: Store, group: GroupRecord
) -> None:
    for query in ("balint", "utrecht", "stays"):
        (hit,) = search(store, query)
        assert (hit.kind, hit.ref_id, hit.group_id) == (HitKind.GROUP, group.id, group.id)
    assert search(store, "stays")[0].snippet_html == (
        "GP placement, Utrecht What is said here <b>stays</b> here."
    )


def test_a_group_called_script_is_escaped(store: Store) -> None:
    create_group(store, GroupDraft(name="<script>alert('x')</script>"))

    (hit,) = search(store, "script alert")

    assert hit.title == "<script>alert('x')</script>"
    assert "<script>" not in hit.snippet_html
    assert hit.snippet_html == (
        "&lt;<b>script</b>&gt;<b>alert</b>(&#x27;x&#x27;)&lt;/<b>script</b>&gt;"
    )


def test_sessions_are_found_by_date_place_title_and_format(
    store: Store, group: GroupRecord
) -> None:
    with store.reading() as session:
        format_name = session.execute(text("SELECT name FROM formats LIMIT 1")).scalar_one()
        format_id = session.execute(
            text("SELECT id FROM formats WHERE name = :n"), {"n": format_name}
        ).scalar_one()
    planned = plan_session(
        store,
        group.id,
        SessionDraft(NOV_24, place="Seminar room 2.14", format_id=format_id, title="Kick-off"),
    )

    for query in ("2026-11-24", "2026-11", "seminar 2.14", "kick"):
        assert [(hit.kind, hit.ref_id) for hit in search(store, query)] == [
            (HitKind.SESSION, planned.id)
        ], query
    in_format = search(store, format_name)
    assert (HitKind.SESSION, planned.id) in [(hit.kind, hit.ref_id) for hit in in_format]
    (hit,) = search(store, "2026-11-24")
    assert hit.group_id == group.id
    assert hit.title == "Kick-off"
    assert hit.snippet_html.startswith("<b>2026</b>-<b>11</b>-<b>24</b> · Seminar room 2.14")


def test_an_untitled_session_is_titled_with_its_date(store: Store, group: GroupRecord) -> None:
    plan_session(store, group.id, SessionDraft(NOV_24, place="Room 4"))

    assert titles(store, "room") == ["2026-11-24"]


def test_title_matches_rank_above_body_matches(store: Store, group: GroupRecord) -> None:
    # Many body hits against a long title: bm25 alone would prefer the body.
    meeting = plan_session(store, group.id, SessionDraft(NOV_24, title="Reflection"))
    add_learning_point(store, meeting.id, LearningPointDraft("Reflection " * 30))
    create_group(store, GroupDraft(name="A long group name about reflection in practice"))

    hits = search(store, "reflection")

    assert [hit.kind for hit in hits] == [HitKind.SESSION, HitKind.GROUP, HitKind.LEARNING_POINT]
    assert hits[0].rank <= hits[1].rank < -TITLE_FIRST < hits[2].rank


def test_every_word_must_match(store: Store, members: dict[str, MemberRecord]) -> None:
    assert titles(store, "huseyin eertwegh") == []
    assert titles(store, "eertwegh van") == ["IJsbrand van den Eertwegh"]


def test_limit_and_group_filter(store: Store, group: GroupRecord) -> None:
    other = create_group(store, GroupDraft(name="Intervisie Leiden"))
    for index in range(5):
        add_member(store, group.id, MemberDraft(display_name=f"Anna de Vries {index}"))
        add_member(store, other.id, MemberDraft(display_name=f"Anna Jansen {index}"))

    assert len(search(store, "anna")) == 10
    assert len(search(store, "anna", limit=3)) == 3
    assert search(store, "anna", limit=0) == []
    in_other = search(store, "anna", group_id=other.id)
    assert len(in_other) == 5
    assert all(hit.group_id == other.id for hit in in_other)


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        '"',
        '""',
        "*",
        "AND OR",
        "NOT",
        "NEAR(",
        "NEAR(anna, 2)",
        "col:x",
        "title_key:anna",
        "{title_key body_key}: anna",
        "((anna",
        "anna)",
        "-anna",
        "^anna",
        "a" * 1_000,
        "anna " * 200,
        "'; DROP TABLE groups; --",
        "\x00",
        "\ud800",  # a lone surrogate, as a broken paste can produce
    ],
)
def test_malicious_queries_never_raise(store: Store, group: GroupRecord, query: str) -> None:
    assert isinstance(search(store, query), list)
    assert titles(store, "balint") == ["Balint Tuesday"]


# -- in step with edits ----------------------------------------------------------------


def test_groups_create_rename_update_delete(store: Store, group: GroupRecord) -> None:
    rename_group(store, group.id, "Intervisie Hüseyin")
    assert titles(store, "balint") == []
    assert titles(store, "huseyin") == ["Intervisie Hüseyin"]

    draft = GroupDraft(name="Intervisie Hüseyin", setting="Maastricht")
    update_group(store, group.id, draft)
    assert titles(store, "maastricht") == ["Intervisie Hüseyin"]
    assert titles(store, "utrecht") == []

    with store.transaction() as session:
        session.execute(delete(Group).where(Group.id == group.id))
    assert titles(store, "huseyin") == []
    assert not index_stale(store)


def test_members_add_rename_remove(
    store: Store, group: GroupRecord, members: dict[str, MemberRecord]
) -> None:
    member = members["Hüseyin İkiz"]

    update_member(store, member.membership_id, MemberDraft(display_name="Hüseyin Şahin"))
    assert titles(store, "ikiz") == []
    assert titles(store, "sahin") == ["Hüseyin Şahin"]

    assert remove_member(store, member.membership_id) is True
    assert titles(store, "huseyin") == []
    assert not index_stale(store)


def test_a_person_in_two_groups_is_found_in_each(store: Store, group: GroupRecord) -> None:
    other = create_group(store, GroupDraft(name="Intervisie Leiden"))
    member = add_member(store, group.id, MemberDraft(display_name="Sanne Smit"))
    with store.transaction() as session:
        session.execute(
            text(
                "INSERT INTO memberships (id, group_id, person_id, role) "
                "VALUES ('m2', :group_id, :person_id, 'member')"
            ),
            {"group_id": other.id, "person_id": member.person_id},
        )

    assert {hit.group_id for hit in search(store, "sanne")} == {group.id, other.id}
    update_member(store, member.membership_id, MemberDraft(display_name="Sanne de Boer"))
    assert titles(store, "sanne boer") == ["Sanne de Boer", "Sanne de Boer"]
    assert titles(store, "smit") == []


def test_sessions_plan_change_delete(store: Store, group: GroupRecord) -> None:
    planned = plan_session(store, group.id, SessionDraft(NOV_24, place="Room 4"))

    update_session(
        store, planned.id, SessionDraft(NOV_24.replace(day=25), place="Library", title="Two")
    )
    assert titles(store, "room") == []
    assert titles(store, "2026-11-24") == []
    assert titles(store, "library 2026-11-25") == ["Two"]

    delete_session(store, planned.id)
    assert titles(store, "library") == []
    assert not index_stale(store)


def test_renaming_a_format_reindexes_its_sessions(store: Store, group: GroupRecord) -> None:
    with store.reading() as session:
        format_id = session.execute(text("SELECT id FROM formats LIMIT 1")).scalar_one()
    plan_session(store, group.id, SessionDraft(NOV_24, format_id=format_id))

    with store.transaction() as session:
        session.execute(update(Format).where(Format.id == format_id).values(name="Zyxwv"))

    assert titles(store, "zyxwv") == ["2026-11-24"]


def test_learning_points_and_actions_through_the_notes_service(
    store: Store, group: GroupRecord, meeting: SessionRecord
) -> None:
    point = add_learning_point(
        store, meeting.id, LearningPointDraft("Ask for help before the night shift")
    )
    action = add_action(store, meeting.id, ActionDraft("Email the rota planner"))

    (hit,) = search(store, "night")
    assert (hit.kind, hit.ref_id, hit.group_id) == (HitKind.LEARNING_POINT, point.id, group.id)
    assert hit.snippet_html == "Ask for help before the <b>night</b> shift"
    (hit,) = search(store, "rota", group_id=group.id)
    assert (hit.kind, hit.ref_id) == (HitKind.ACTION, action.id)

    update_learning_point(store, point.id, LearningPointDraft("Sleep first"))
    update_action(store, action.id, ActionDraft("Call the rota planner"))
    assert titles(store, "night") == []
    assert [hit.ref_id for hit in search(store, "sleep")] == [point.id]
    assert [hit.ref_id for hit in search(store, "call rota")] == [action.id]

    delete_note(store, point.id)
    assert search(store, "sleep") == []
    assert not index_stale(store)


def test_notes_deleted_with_their_session_leave_the_index(
    store: Store, meeting: SessionRecord
) -> None:
    # A cascade calls no hook of the notes service; the triggers still see it.
    add_learning_point(store, meeting.id, LearningPointDraft("Ask for help"))
    add_action(store, meeting.id, ActionDraft("Email the rota planner"))

    delete_session(store, meeting.id)

    assert search(store, "help") == search(store, "rota") == []
    assert not index_stale(store)


def test_a_kind_change_by_any_writer_moves_the_entry(store: Store, group: GroupRecord) -> None:
    action = add_note(store, "action", group, "Email the rota planner")

    with store.transaction() as session:
        session.execute(update(Note).where(Note.id == action).values(kind="learning_point"))

    assert [(hit.kind, hit.ref_id) for hit in search(store, "rota")] == [
        (HitKind.LEARNING_POINT, action)
    ]
    assert not index_stale(store)


def test_a_note_turned_private_leaves_the_index(store: Store, group: GroupRecord) -> None:
    point = add_note(store, "learning_point", group, "Ask for help")

    with store.transaction() as session:
        session.execute(
            update(Note)
            .where(Note.id == point)
            .values(kind="private", title="", body="", sealed=b"opaque")
        )

    assert titles(store, "help") == []
    assert not any(ref_id == point for _, ref_id, *_ in entries(store))


def test_deleting_a_group_cascades_to_its_entries(
    store: Store, group: GroupRecord, members: dict[str, MemberRecord]
) -> None:
    plan_session(store, group.id, SessionDraft(NOV_24, place="Room 4"))
    add_note(store, "action", group, "Email the rota planner")
    create_group(store, GroupDraft(name="Intervisie Leiden"))

    with store.transaction() as session:
        session.execute(delete(Group).where(Group.id == group.id))

    assert {kind for kind, *_ in entries(store)} == {"group"}
    assert not index_stale(store)


# -- private notes ---------------------------------------------------------------------


def fake_seal(words: str) -> bytes:
    # Stands in for encryption: the test must find no trace of the words in the file.
    return b"TEST" + bytes(reversed(words.encode("utf-8")))


def fake_unseal(blob: bytes) -> str:
    return bytes(reversed(blob[4:])).decode("utf-8")


def test_private_notes_never_reach_the_index_or_the_file(store: Store, group: GroupRecord) -> None:
    before = entries(store)
    with store.transaction() as session:
        note = Note(kind="private", group_id=group.id, sealed=fake_seal(CANARY))
        session.add(note)
        session.flush()
        note_id = note.id

    assert entries(store) == before
    assert search(store, "canary") == []
    assert search(store, "registrar") == []
    rebuild_index(store)
    assert entries(store) == before
    assert search(store, "canary") == []

    # The search over unlocked notes finds it, from text the caller unsealed...
    with store.reading() as session:
        blob = session.execute(
            text("SELECT sealed FROM notes WHERE id = :id"), {"id": note_id}
        ).scalar_one()
    (hit,) = search_private([(note_id, "", fake_unseal(blob))], "registrar")
    assert hit.snippet_html == "Canary-7f3e: the <b>registrar</b>&#x27;s divorce"
    # ...and writes nothing: no trace in the database or its write-ahead log.
    store.close()
    for path in store.path.parent.glob(store.path.name + "*"):
        data = path.read_bytes()
        assert b"Canary-7f3e" not in data, path
        assert "registrar".encode("utf-16-le") not in data, path


def test_private_notes_saved_by_the_notes_service_stay_out(
    store: Store, meeting: SessionRecord
) -> None:
    before = entries(store)

    note = save_private_note(store, meeting.id, PrivateText("Registrar", CANARY))
    save_private_note(store, meeting.id, PrivateText("Registrar", CANARY + " again"), note.id)
    rebuild_index(store)

    assert entries(store) == before
    assert search(store, "registrar") == search(store, "canary") == []
    with store.reading() as session:
        indexed = session.execute(text("SELECT title_key || ' ' || body_key FROM search_index"))
        assert not any("canary" in row[0] or "registrar" in row[0] for row in indexed)


def test_the_index_refuses_a_private_entry(store: Store) -> None:
    with pytest.raises(Exception, match="CHECK constraint"), store.transaction() as session:
        session.execute(
            text(
                "INSERT INTO search_entries (kind, ref_id, title, body) "
                "VALUES ('private', 'x', '', 'secret')"
            )
        )


# -- stale and rebuilt -----------------------------------------------------------------


def test_rebuild_gives_what_the_triggers_gave(
    store: Store, group: GroupRecord, members: dict[str, MemberRecord]
) -> None:
    plan_session(store, group.id, SessionDraft(NOV_24, place="Room 4"))
    plan_session(store, group.id, SessionDraft(None, title="Someday"))
    add_note(store, "action", group, "Email the rota planner", title="Rota")
    add_note(store, "private", group, "")
    by_triggers = entries(store)

    count = rebuild_index(store)

    assert count == len(by_triggers) == 1 + 5 + 2 + 1  # group, members, sessions, action
    assert entries(store) == by_triggers
    assert not index_stale(store)


def test_rebuild_after_rows_were_deleted_from_the_index(
    store: Store, members: dict[str, MemberRecord]
) -> None:
    with store.transaction() as session:
        session.execute(
            text("DELETE FROM search_index WHERE rowid IN (SELECT min(id) FROM search_entries)")
        )
        session.execute(text("DELETE FROM search_index WHERE title_key LIKE 'huseyin%'"))
    assert index_stale(store)
    assert titles(store, "huseyin") == []

    assert rebuild_index(store) == 6
    assert not index_stale(store)
    assert titles(store, "huseyin") == ["Hüseyin İkiz"]
    assert index_counts_of(store) == (6, 6, 6)


def test_rebuild_after_entries_were_lost(store: Store, members: dict[str, MemberRecord]) -> None:
    with store.transaction() as session:
        session.execute(text("DELETE FROM search_entries WHERE kind = 'member'"))
    assert index_stale(store)
    assert titles(store, "ikiz") == []

    rebuild_index(store)

    assert titles(store, "ikiz") == ["Hüseyin İkiz"]


def test_a_dropped_trigger_makes_the_index_stale(store: Store) -> None:
    assert not index_stale(store)
    with store.transaction() as session:
        session.execute(text("DROP TRIGGER search_persons_au"))

    assert index_stale(store)


def test_an_edit_after_damage_still_succeeds(
    store: Store, group: GroupRecord, members: dict[str, MemberRecord]
) -> None:
    with store.transaction() as session:
        session.execute(text("DELETE FROM search_index"))

    rename_group(store, group.id, "Balint Wednesday")  # the entry's triggers tolerate it
    update_member(
        store, members["Barış Kılıç"].membership_id, MemberDraft(display_name="Barış Kaya")
    )

    assert titles(store, "wednesday") == ["Balint Wednesday"]
    assert titles(store, "kaya") == ["Barış Kaya"]


def index_counts_of(store: Store) -> tuple[int, int, int]:
    with store.reading() as session:
        return index_counts(session)


# -- the schema ------------------------------------------------------------------------


def test_every_trigger_is_in_the_migrated_schema(store: Store) -> None:
    with store.reading() as session:
        names = session.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search%'")
        ).scalars()
        assert set(names) == set(TRIGGERS)


def test_the_comparison_filter_leaves_out_exactly_the_index_tables(store: Store) -> None:
    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection)
        differences = compare_metadata(context, load_all())
    removed = {diff[1].name for diff in differences if diff[0] == "remove_table"}
    indexes = [diff[1] for diff in differences if diff[0] == "remove_index"]

    assert len(removed) + len(indexes) == len(differences)
    assert removed == {
        "search_entries",
        "search_index",
        "search_index_config",
        "search_index_content",
        "search_index_data",
        "search_index_docsize",
        "search_index_idx",
    }
    assert [index.name for index in indexes] == ["ix_search_entries_group_id"]
    assert not any(include_object(None, name, "table", True, None) for name in removed)
    assert include_object(indexes[0], indexes[0].name, "index", True, None) is False
    assert include_object(None, "groups", "table", True, None) is True
    assert include_object(None, "search", "table", True, None) is True


def test_a_writer_without_the_fold_function_fails_loudly(store: Store, group: GroupRecord) -> None:
    # The triggers fold with reflectdesk_fold, which only ReflectDesk's engine registers:
    # another program editing the records gets an error rather than a stale index.
    with (
        closing(sqlite3.connect(store.path)) as connection,
        pytest.raises(sqlite3.OperationalError, match="reflectdesk_fold"),
    ):
        connection.execute("UPDATE groups SET name = 'x'")
    assert titles(store, "balint") == ["Balint Tuesday"]


def test_a_database_at_0005_is_indexed_on_upgrade(tmp_path: Path) -> None:
    folder = tmp_path / "migrations-0005"
    shutil.copytree(migrations_location(), folder, ignore=shutil.ignore_patterns("__pycache__"))
    for later in (folder / "versions").glob("*.py"):
        if later.name[:4] > "0005":  # 0006 and every revision after it
            later.unlink()
    path = tmp_path / "old.db"
    with open_store(path, migrations=folder) as old:
        assert old.schema_revision() == "0005"
        with old.transaction() as session:
            # Written as the 0005 schema has it (0011 added the group's language).
            session.execute(
                text(
                    "INSERT INTO groups (id, name, setting, planned_sessions, ground_rules,"
                    " created_at, updated_at) VALUES ('g-0005', 'Balint Dinsdag', 'Utrecht',"
                    " 6, '', '2026-11-01 09:00:00.000000', '2026-11-01 09:00:00.000000')"
                )
            )
            session.execute(
                text(
                    "INSERT INTO persons (id, display_name, family_name, created_at,"
                    " updated_at) VALUES ('p-0005', 'Hüseyin İkiz', '',"
                    " '2026-11-01 09:00:00.000000', '2026-11-01 09:00:00.000000')"
                )
            )
            session.execute(
                text(
                    "INSERT INTO memberships (id, group_id, person_id, role) VALUES"
                    " ('m-0005', 'g-0005', 'p-0005', 'member')"
                )
            )
        group = SimpleNamespace(id="g-0005")
        with old.transaction() as session:
            # Written as the 0005 schema has it: today's model has columns a 0005 file
            # lacks (0009's debrief), so the ORM cannot plan a session in it.
            session.execute(
                text(
                    "INSERT INTO sessions (id, group_id, title, planned_start, place, status,"
                    " protect_end_time, created_at, updated_at) VALUES ('s-0005', :group,"
                    " '', '2026-11-24 12:00:00.000000', 'Kamer 4', 'planned', 1,"
                    " '2026-11-01 09:00:00.000000', '2026-11-01 09:00:00.000000')"
                ),
                {"group": group.id},
            )
            # Notes too (0010 added a column to them).
            for number, kind, body, sealed in (
                (1, "learning_point", "Vraag om hulp", None),
                (2, "private", "", fake_seal(CANARY)),
            ):
                session.execute(
                    text(
                        "INSERT INTO notes (id, kind, group_id, title, body, sealed, shareable,"
                        " done, created_at, updated_at) VALUES (:id, :kind, :group, '', :body,"
                        " :sealed, 0, 0, '2026-11-01 09:00:00.000000',"
                        " '2026-11-01 09:00:00.000000')"
                    ),
                    {
                        "id": f"n-0005-{number}",
                        "kind": kind,
                        "group": group.id,
                        "body": body,
                        "sealed": sealed,
                    },
                )

    with open_store(path) as store:
        assert store.schema_revision() == HEAD_REVISION
        assert not index_stale(store)
        assert index_counts_of(store) == (4, 4, 4)
        assert titles(store, "dinsdag") == ["Balint Dinsdag"]
        assert titles(store, "ikiz") == ["Hüseyin İkiz"]
        assert titles(store, "kamer") == ["2026-11-24"]
        assert [hit.kind for hit in search(store, "hulp")] == [HitKind.LEARNING_POINT]
        assert search(store, "registrar") == []


# -- the command line ------------------------------------------------------------------


@pytest.fixture
def damaged(tmp_path: Path) -> Callable[[], Path]:
    def make() -> Path:
        path = tmp_path / "damaged.db"
        with open_store(path) as store:
            group = create_group(store, GroupDraft(name="Balint Tuesday"))
            add_member(store, group.id, MemberDraft(display_name="Hüseyin İkiz"))
            with store.transaction() as session:
                session.execute(text("DELETE FROM search_index"))
        return path

    return make


def test_check_reports_a_stale_index_and_repair_rebuilds_it(
    damaged: Callable[[], Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path = damaged()

    assert cli.main(["check", "--db", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"ok: {path} — schema {HEAD_REVISION} (current), 1 group, 1 member"
    assert lines[1:] == [
        "the search index is out of step with the records; `reflectdesk check --repair` rebuilds it"
    ]

    assert cli.main(["check", "--repair", "--db", str(path)]) == 0
    assert capsys.readouterr().out.splitlines()[1:] == ["rebuilt the search index: 2 entries"]

    assert cli.main(["check", "--db", str(path)]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1
    with open_store(path) as store:
        assert titles(store, "ikiz") == ["Hüseyin İkiz"]


def test_repair_refuses_a_database_in_use(
    damaged: Callable[[], Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path = damaged()

    with open_store(path):
        assert cli.main(["check", "--repair", "--db", str(path)]) == 75  # in use
    captured = capsys.readouterr()
    assert captured.out.startswith("ok: ")
    assert "already open" in captured.err
