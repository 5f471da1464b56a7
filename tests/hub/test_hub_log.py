"""An error the hub's PostgreSQL raises reaches the support log as its type and SQLSTATE
only: the message and its DETAIL quote the values of the row (names, note text)."""

from __future__ import annotations

import logging

import pytest

from reflectdesk.core.model import GroupDraft
from reflectdesk.logs import describe
from reflectdesk.store.errors import StoreError
from reflectdesk.store.groups import create_group
from reflectdesk.store.hub import open_hub_store
from reflectdesk.store.models.groups import Group

SECRET = "CANARY-hub-5b1e"


def test_a_hub_error_keeps_its_sqlstate_only(
    hub_database: str, caplog: pytest.LogCaptureFixture
) -> None:
    store = open_hub_store(hub_database, migrate=False)
    try:
        create_group(store, GroupDraft(name="Balint"))
        with store.transaction() as session:
            session.add(Group(id=SECRET, name="Intervisie"))
        with pytest.raises(StoreError) as caught, store.transaction() as session:
            session.add(Group(id=SECRET, name="Intervisie"))  # the same id again
    finally:
        store.close()
    cause = caught.value.__cause__
    assert cause is not None and cause.__cause__ is not None
    assert SECRET in str(cause.__cause__)  # PostgreSQL's DETAIL quotes the key
    described = describe(cause.__cause__)
    assert described == "psycopg.errors.UniqueViolation [SQLSTATE 23505]"
    from reflectdesk.logs import SafeFormatter

    lines = [SafeFormatter().format(record) for record in caplog.records]
    assert lines and all(SECRET not in line for line in lines)
    assert any(record.levelno == logging.WARNING for record in caplog.records)
