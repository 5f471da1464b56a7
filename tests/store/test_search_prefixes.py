"""Migration 0014: the search index gets prefix indexes of one and two letters, and a
database made before it finds the same things after it."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from reflectdesk.core.model import GroupDraft, MemberDraft
from reflectdesk.store.database import open_store
from reflectdesk.store.groups import create_group
from reflectdesk.store.members import add_member
from reflectdesk.store.schema import HEAD_REVISION, migrations_location
from reflectdesk.store.search_index import index_stale, search


def index_sql(path: Path) -> str:
    with closing(sqlite3.connect(path)) as connection:
        row = connection.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'search_index'"
        ).fetchone()
    return str(row[0])


def test_a_database_before_the_prefixes_finds_the_same_after_them(tmp_path: Path) -> None:
    folder = tmp_path / "migrations-0012"
    shutil.copytree(migrations_location(), folder, ignore=shutil.ignore_patterns("__pycache__"))
    for later in (folder / "versions").glob("*.py"):
        if later.name[:4] > "0012":
            later.unlink()
    path = tmp_path / "old.db"
    with open_store(path, migrations=folder) as old:
        group = create_group(old, GroupDraft("Intervisie Utrecht"))
        add_member(old, group.id, MemberDraft("Hüseyin İkiz"))
        before = {query: search(old, query) for query in ("h", "hu", "ut", "huseyin", "i")}
    assert "prefix" not in index_sql(path)

    with open_store(path) as store:
        assert store.schema_revision() == HEAD_REVISION
        assert not index_stale(store)
        after = {query: search(store, query) for query in before}
    assert "prefix = '1 2'" in index_sql(path)
    assert after == before
    assert [hit.title for hit in after["h"]] == ["Hüseyin İkiz"]
