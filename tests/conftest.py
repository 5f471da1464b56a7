"""Test isolation shared by every test: no real display, no real home directory."""

from __future__ import annotations

import itertools
import os

# Qt reads this when the first QGuiApplication is made; without it and without a
# display, pytest aborts with no summary. It must be set before any Qt import.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point the data directory, HOME and XDG folders into the test's tmp_path, so
    nothing a test does can touch the real user's files."""
    data = tmp_path / "data"
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("REFLECTDESK_DATA_DIR", str(data))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    yield data
    # A test that set up the log (the CLI, the app) leaves no file open for the next.
    from reflectdesk.logs import close_logging

    close_logging()


@pytest.fixture(autouse=True)
def process_language() -> Iterator[str]:
    """The process language as it was before the test, put back after it: ``--lang nl``
    in an in-process cli.main (or use_language) must not leak into the next test."""
    from reflectdesk.i18n.texts import current_language, use_language

    before = current_language()
    yield before
    use_language(before)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "reflectdesk.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[object]:
    """A freshly migrated database with the built-in formats loaded and the vault of
    private notes set up and unlocked (with the cheapest key-derivation costs)."""
    from reflectdesk.store.builtins import seed_builtins
    from reflectdesk.store.database import open_store
    from tests.fakes import open_vault

    opened = open_store(db_path, seed=seed_builtins)
    open_vault(opened)
    try:
        yield opened
    finally:
        opened.close()


# -- PostgreSQL: a real server for the hub's tests (tests/postgres_server.py) ------------


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[object]:
    """One throwaway PostgreSQL server for the whole run. Without server binaries the
    tests that need it skip, saying why; with REFLECTDESK_REQUIRE_POSTGRES=1 (CI) they
    fail instead."""
    from tests.postgres_server import ServerUnavailable, give_up, start_server

    try:
        server = start_server()
    except ServerUnavailable as reason:
        give_up(reason)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def hub_template(postgres_server: object) -> str:
    """A database migrated to head once; every hub test gets a copy of it."""
    from reflectdesk.store.hub import create_hub_engine, migrate_hub
    from tests.postgres_server import PostgresServer

    assert isinstance(postgres_server, PostgresServer)
    postgres_server.execute("CREATE DATABASE hub_template")
    engine = create_hub_engine(postgres_server.url("hub_template"))
    try:
        migrate_hub(engine)
    finally:
        engine.dispose()
    return "hub_template"


@pytest.fixture
def hub_database(postgres_server: object, hub_template: str) -> Iterator[str]:
    """The URL of a fresh hub database at head, dropped after the test."""
    from tests.postgres_server import PostgresServer

    assert isinstance(postgres_server, PostgresServer)
    name = f"hub_{next(_hub_numbers)}"
    postgres_server.execute(f"CREATE DATABASE {name} TEMPLATE {hub_template}")
    try:
        yield postgres_server.url(name)
    finally:
        postgres_server.execute(f"DROP DATABASE {name} WITH (FORCE)")


@pytest.fixture
def empty_hub_database(postgres_server: object) -> Iterator[str]:
    """The URL of an empty PostgreSQL database (no schema yet), dropped after the test."""
    from tests.postgres_server import PostgresServer

    assert isinstance(postgres_server, PostgresServer)
    name = f"hub_empty_{next(_hub_numbers)}"
    postgres_server.execute(f"CREATE DATABASE {name}")
    try:
        yield postgres_server.url(name)
    finally:
        postgres_server.execute(f"DROP DATABASE {name} WITH (FORCE)")


_hub_numbers = itertools.count(1)


# -- The hub's passwords: an in-memory keyring, never the real one (tests/keyring_fake.py)


@pytest.fixture
def memory_keyring() -> Iterator[object]:
    from tests.keyring_fake import keyring_backend, memory_backend

    with keyring_backend(memory_backend()) as backend:
        yield backend


@pytest.fixture
def no_keyring() -> Iterator[object]:
    from tests.keyring_fake import failing_backend, keyring_backend

    with keyring_backend(failing_backend()) as backend:
        yield backend
