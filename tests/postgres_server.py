"""A throwaway PostgreSQL server for the tests: ``initdb`` into a temporary folder,
listening on a Unix socket in that folder only (no TCP port to collide on, nothing
reachable from outside), stopped with ``pg_ctl stop -m fast`` and deleted at the end.

The server binaries are looked for on PATH, then in Debian's /usr/lib/postgresql/*/bin
(newest first). PostgreSQL refuses to run as root, so as root the server runs as the
``postgres`` user (Debian's package makes it), else as ``nobody``, through ``runuser``,
and its folder is handed to that user. Nothing here is a mock: the tests talk to a real
server through psycopg, as a hub would be talked to.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

import pytest

REQUIRE_VARIABLE = "REFLECTDESK_REQUIRE_POSTGRES"
DEBIAN_ROOT = Path("/usr/lib/postgresql")
SUPERUSER = "reflectdesk"
# Fast and disposable: nothing here must survive a power cut.
SERVER_OPTIONS = (
    "-c listen_addresses='' -c fsync=off -c synchronous_commit=off "
    "-c full_page_writes=off -c max_connections=60"
)


class ServerUnavailable(Exception):
    """No PostgreSQL server can be started here; the message says why."""


def required() -> bool:
    """CI sets REFLECTDESK_REQUIRE_POSTGRES=1: a missing server fails, never skips."""
    return os.environ.get(REQUIRE_VARIABLE, "") not in ("", "0")


def give_up(reason: object) -> NoReturn:
    """No server: skip the test, saying why, or fail it where one is required (CI)."""
    if required():
        pytest.fail(f"{REQUIRE_VARIABLE}=1, but no PostgreSQL could be started: {reason}")
    pytest.skip(f"no PostgreSQL server for the hub tests: {reason}")


def find_binaries(search_path: str | None = None, debian_root: Path = DEBIAN_ROOT) -> Path:
    """The folder holding initdb, pg_ctl and postgres: on ``search_path`` (PATH), else
    the newest under Debian's ``debian_root``, where its packages put them (not on PATH)."""
    on_path = shutil.which("initdb", path=search_path)
    if on_path and shutil.which("pg_ctl", path=search_path):
        return Path(on_path).resolve().parent
    debian = sorted(
        debian_root.glob("*/bin/initdb"),
        key=lambda path: _major(path.parent.parent.name),
        reverse=True,
    )
    if debian:
        return debian[0].parent
    raise ServerUnavailable(
        "no PostgreSQL server binaries (initdb, pg_ctl) on PATH or in "
        "/usr/lib/postgresql/*/bin: install Debian's 'postgresql' package"
    )


def _major(name: str) -> int:
    return int(name) if name.isdigit() else 0


def _server_user() -> str | None:
    """Who the server runs as: None for this user, a name when this user is root."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
        except KeyError:
            continue
        return name
    raise ServerUnavailable("running as root and neither 'postgres' nor 'nobody' exists")


@dataclass
class PostgresServer:
    folder: Path  # holds data/, the socket and the log
    binaries: Path
    user: str | None
    # Also listen on 127.0.0.1 at this port (the stress benchmark's packet capture);
    # None: the Unix socket only.
    port: int | None = None
    settings: tuple[str, ...] = ()  # more "-c name=value" server settings

    @property
    def data(self) -> Path:
        return self.folder / "data"

    @property
    def log(self) -> Path:
        return self.folder / "server.log"

    def url(self, database: str) -> str:
        """The SQLAlchemy URL of ``database``, through the Unix socket."""
        port = "" if self.port is None else f"&port={self.port}"  # the socket's name
        return f"postgresql+psycopg://{SUPERUSER}@/{database}?host={self.folder}{port}"

    def _run(self, *command: str) -> None:
        prefix = ["runuser", "-u", self.user, "--"] if self.user else []
        try:
            done = subprocess.run(
                [*prefix, *command], capture_output=True, text=True, timeout=120, check=False
            )
        except (OSError, subprocess.TimeoutExpired) as error:  # no runuser, a hung server
            raise ServerUnavailable(f"{' '.join([*prefix, command[0]])}: {error}") from None
        if done.returncode != 0:
            raise ServerUnavailable(f"{Path(command[0]).name} failed: {done.stderr.strip()}")

    def tcp_url(self, database: str) -> str:
        """The SQLAlchemy URL of ``database`` over TCP on 127.0.0.1 without TLS (so a
        packet capture can read it); only for a server started with a ``port``."""
        assert self.port is not None, "this server listens on its Unix socket only"
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{database}?sslmode=disable"

    def start(self) -> None:
        self._run(
            str(self.binaries / "initdb"),
            "--pgdata",
            str(self.data),
            "--username",
            SUPERUSER,
            "--auth",
            "trust",
            "--encoding",
            "UTF8",
            "--locale",
            "C",
        )
        self.run()

    def run(self) -> None:
        """Start the server on its existing data folder (after :meth:`start`, or again
        after :meth:`kill`: it then recovers from its write-ahead log first)."""
        options = [f"-k {self.folder}", SERVER_OPTIONS, *(f"-c {s}" for s in self.settings)]
        if self.port is not None:
            options.append(f"-c listen_addresses=127.0.0.1 -p {self.port}")
        self._run(
            str(self.binaries / "pg_ctl"),
            "start",
            "--wait",
            "--pgdata",
            str(self.data),
            "--log",
            str(self.log),
            "-o",
            " ".join(options),
        )

    def kill(self) -> None:
        """Stop the server as a crash would (``-m immediate``: no shutdown checkpoint,
        every connection cut at once, uncommitted work lost); :meth:`run` restarts it."""
        self._run(
            str(self.binaries / "pg_ctl"), "stop", "-m", "immediate", "--pgdata", str(self.data)
        )

    def stop(self) -> None:
        try:
            self._run(
                str(self.binaries / "pg_ctl"), "stop", "-m", "fast", "--pgdata", str(self.data)
            )
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def execute(self, statement: str) -> None:
        """Run one statement (CREATE DATABASE, ...) outside a transaction, as superuser."""
        import psycopg

        with psycopg.connect(
            host=str(self.folder),
            port=self.port or 5432,
            user=SUPERUSER,
            dbname="postgres",
            autocommit=True,
        ) as connection:
            connection.execute(statement.encode())


def start_server(port: int | None = None, settings: tuple[str, ...] = ()) -> PostgresServer:
    """A running server in a fresh folder; raises ServerUnavailable with the reason.
    ``port``: listen on 127.0.0.1 there too; ``settings``: more "name=value" settings."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        raise ServerUnavailable("psycopg is not installed: pip install -e '.[test]'") from None
    binaries = find_binaries()
    user = _server_user()
    # Not under pytest's tmp folder: that is root's alone (0700), and the server's user
    # must reach its folder. A short path, too: a Unix socket's path has ~100 bytes.
    folder = Path(tempfile.mkdtemp(prefix="rd-pg-"))
    if user is not None:
        entry = pwd.getpwnam(user)
        os.chown(folder, entry.pw_uid, entry.pw_gid)
    server = PostgresServer(folder, binaries, user, port, settings)
    try:
        server.start()
    except BaseException:
        log = server.log.read_text(errors="replace")[-2000:] if server.log.exists() else ""
        shutil.rmtree(folder, ignore_errors=True)
        if log:
            raise ServerUnavailable(f"the server did not start; its log ends:\n{log}") from None
        raise
    return server
