"""The throwaway PostgreSQL of the tests (tests/postgres_server.py): where its binaries
are found, and that a machine without them skips the hub tests locally but fails them in
CI (REFLECTDESK_REQUIRE_POSTGRES=1)."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.postgres_server import (
    REQUIRE_VARIABLE,
    PostgresServer,
    ServerUnavailable,
    find_binaries,
    give_up,
)


def _fake_binaries(folder: Path) -> Path:
    folder.mkdir(parents=True)
    for name in ("initdb", "pg_ctl", "postgres"):
        (folder / name).write_text("#!/bin/sh\n")
        (folder / name).chmod(stat.S_IRWXU)
    return folder


def test_binaries_on_path_come_first(tmp_path: Path) -> None:
    on_path = _fake_binaries(tmp_path / "bin")
    debian = tmp_path / "debian"
    _fake_binaries(debian / "16" / "bin")
    assert find_binaries(str(on_path), debian) == on_path


def test_without_them_on_path_debians_newest_is_used(tmp_path: Path) -> None:
    # A fresh Debian with the postgresql package: nothing on PATH, the server in
    # /usr/lib/postgresql/<major>/bin.
    debian = tmp_path / "debian"
    for major in ("9.6", "14", "16"):
        _fake_binaries(debian / major / "bin")
    assert find_binaries(str(tmp_path / "empty"), debian) == debian / "16" / "bin"


def test_no_binaries_anywhere_says_what_to_install(tmp_path: Path) -> None:
    with pytest.raises(ServerUnavailable, match="'postgresql' package"):
        find_binaries(str(tmp_path), tmp_path / "no-debian")


def test_no_server_skips_locally(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(REQUIRE_VARIABLE, raising=False)
    with pytest.raises(pytest.skip.Exception, match="no PostgreSQL server"):
        give_up("no initdb")


@pytest.mark.parametrize("value", ["1", "true"])
def test_no_server_fails_in_ci(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv(REQUIRE_VARIABLE, value)
    with pytest.raises(pytest.fail.Exception, match=f"{REQUIRE_VARIABLE}=1"):
        give_up("no initdb")


def test_the_server_is_real_and_private(postgres_server: PostgresServer) -> None:
    # A real PostgreSQL of a supported version, reached through a socket in its own
    # folder, listening on no TCP port.
    engine = sa.create_engine(postgres_server.url("postgres"))
    try:
        with engine.connect() as connection:
            assert engine.dialect.server_version_info >= (14,)
            listening = connection.execute(sa.text("SHOW listen_addresses")).scalar()
    finally:
        engine.dispose()
    assert listening == ""
    assert any(path.name.startswith(".s.PGSQL.") for path in postgres_server.folder.iterdir())
