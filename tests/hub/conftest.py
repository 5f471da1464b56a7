"""Fixtures of the hub tests that need a server of their own (the shared session server
of tests/conftest.py must never be stopped under the other tests)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from tests.postgres_server import PostgresServer, ServerUnavailable, give_up, start_server


@dataclass(frozen=True)
class PrivateHubs:
    """A server of the test's own, which it may kill and restart, with two hub databases
    copied from one migrated template (so their built-in rows match row for row): ``url``
    for the publish under test, ``clean_url`` for one clean publish to compare with.

    The server keeps the tests' ``synchronous_commit=off`` on purpose: a crash then loses
    commits the server had already acknowledged, unless the publish asks for durable
    commits itself (hub_writes.durable), as it must on any hub an IT department runs."""

    server: PostgresServer
    url: str
    clean_url: str


@pytest.fixture
def private_hubs() -> Iterator[PrivateHubs]:
    from reflectdesk.store.hub import create_hub_engine, migrate_hub

    try:
        server = start_server()
    except ServerUnavailable as reason:
        give_up(reason)
    try:
        server.execute("CREATE DATABASE template_hub")
        engine = create_hub_engine(server.url("template_hub"))
        try:
            migrate_hub(engine)
        finally:
            engine.dispose()
        for name in ("hub", "clean_hub"):
            server.execute(f"CREATE DATABASE {name} TEMPLATE template_hub")
        yield PrivateHubs(server, server.url("hub"), server.url("clean_hub"))
    finally:
        # A test that failed with its server killed: the folder goes all the same.
        with contextlib.suppress(ServerUnavailable):
            server.stop()
