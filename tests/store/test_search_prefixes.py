"""Migration 0014: the search index gets prefix indexes of one and two letters, and a
database made before it finds the same things after it."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from reflectdesk.core.model import GroupDraft, MemberDraft
from reflectdesk.core.notes import LearningPointDraft
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.store.database import open_store
from reflectdesk.store.groups import create_group
from reflectdesk.store.members import add_member
from reflectdesk.store.notes import add_learning_point
from reflectdesk.store.schema import HEAD_REVISION
from reflectdesk.store.search_index import index_stale, search
from reflectdesk.store.sessions import plan_session
from tests.store.old_schemas import downgrade_to, migrations_up_to

NOV_24 = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


def index_sql(path: Path) -> str:
    with closing(sqlite3.connect(path)) as connection:
        row = connection.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'search_index'"
        ).fetchone()
    return str(row[0])


def test_a_database_before_the_prefixes_finds_the_same_after_them(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with open_store(path) as store:
        group = create_group(store, GroupDraft("Intervisie Utrecht"))
        add_member(store, group.id, MemberDraft("Hüseyin İkiz"))
        downgrade_to(store, "0012")
    with open_store(path, migrations=migrations_up_to(tmp_path, "0012")) as old:
        before = {query: search(old, query) for query in ("h", "hu", "ut", "huseyin", "i")}
    assert "prefix" not in index_sql(path)

    with open_store(path) as store:
        assert store.schema_revision() == HEAD_REVISION
        assert not index_stale(store)
        after = {query: search(store, query) for query in before}
    assert "prefix = '1 2'" in index_sql(path)
    assert after == before
    assert [hit.title for hit in after["h"]] == ["Hüseyin İkiz"]


def test_a_short_prefix_puts_titles_first_and_keeps_the_group_filter(tmp_path: Path) -> None:
    """One or two letters match most records: the newest are ranked, titles first
    (the shorter, the closer), and a group's search stays in its group."""
    with open_store(tmp_path / "short.db") as store:
        group = create_group(store, GroupDraft("Maatschap Utrecht"))
        other = create_group(store, GroupDraft("Intervisie Zwolle"))
        add_member(store, group.id, MemberDraft("Maria Jansen"))
        add_member(store, other.id, MemberDraft("Mark de Vries"))
        session = plan_session(store, other.id, SessionDraft(planned_start=NOV_24))
        add_learning_point(store, session.id, LearningPointDraft("Vraag om een maatje", True))

        hits = search(store, "ma")
        shortest_first = ["Maria Jansen", "Mark de Vries", "Maatschap Utrecht"]
        assert [hit.title for hit in hits[:3]] == shortest_first
        assert [hit.kind for hit in hits[3:]] == ["learning_point"]
        assert "<b>maatje</b>" in hits[3].snippet_html
        assert [hit.title for hit in search(store, "ma", group_id=group.id)] == [
            "Maria Jansen",
            "Maatschap Utrecht",
        ]
        assert [hit.title for hit in search(store, "m", limit=2)] == shortest_first[:2]
