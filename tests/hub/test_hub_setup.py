"""`reflectdesk hub init | add-facilitator | add-lead | status` on a real PostgreSQL
server (issue 20): idempotent, a dry run that changes nothing, safe role names, a
connection string that works, and row-level security that holds for the tables' owner."""

from __future__ import annotations

import base64
import hashlib
import hmac
import itertools
import logging
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import make_url

from reflectdesk import cli
from reflectdesk.store import hub_roles
from reflectdesk.store.hub_setup import hub_status, init_hub
from reflectdesk.store.schema import HEAD_REVISION
from tests.hub.access_helpers import as_superuser, connect, publish_group, with_role
from tests.postgres_server import PostgresServer

_admins = itertools.count(1)


def _tables(url: str) -> list[str]:
    with as_superuser(url) as connection:
        rows = connection.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"
        ).fetchall()
    return [str(row[0]) for row in rows]


def test_init_twice_changes_nothing_the_second_time(
    empty_hub_database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    first = init_hub(empty_hub_database)
    assert first.before is None and first.after == HEAD_REVISION and first.changed
    tables = _tables(empty_hub_database)
    second = init_hub(empty_hub_database)
    assert (second.before, second.statements) == (HEAD_REVISION, [])
    assert _tables(empty_hub_database) == tables
    assert cli.main(["hub", "init", "--url", empty_hub_database]) == 0
    assert "nothing changed" in capsys.readouterr().out


def test_a_dry_run_prints_the_sql_and_changes_nothing(
    empty_hub_database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["hub", "init", "--dry-run", "--url", empty_hub_database]) == 0
    printed = capsys.readouterr().out
    assert "CREATE TABLE groups" in printed
    assert "ALTER TABLE groups FORCE ROW LEVEL SECURITY;" in printed
    assert "CREATE POLICY groups_update ON groups FOR UPDATE TO reflectdesk_facilitator" in printed
    assert "CREATE POLICY groups_led ON groups FOR SELECT TO reflectdesk_lead" in printed
    assert "GRANT SELECT ON groups" in printed
    assert "nothing was changed" in printed
    assert _tables(empty_hub_database) == []


def test_a_dry_run_on_a_hub_at_head_has_nothing_to_do(hub_database: str) -> None:
    assert init_hub(hub_database, dry_run=True).statements == []


@pytest.fixture
def admin_hub(postgres_server: PostgresServer) -> Iterator[tuple[str, str]]:
    """A database owned by an ordinary admin role (LOGIN CREATEROLE, not superuser), as
    an IT department would make it, set up by `hub init` as that role: (its URL as the
    admin, as the superuser)."""
    number = next(_admins)
    admin, database = f"it_admin_{number}", f"hub_admin_{number}"
    postgres_server.execute(f"CREATE ROLE {admin} LOGIN CREATEROLE")
    postgres_server.execute(f"CREATE DATABASE {database} OWNER {admin}")
    superuser = postgres_server.url(database)
    try:
        url = with_role(superuser, admin)
        init_hub(url)
        yield url, superuser
    finally:
        postgres_server.execute(f"DROP DATABASE {database} WITH (FORCE)")


def test_row_level_security_holds_for_the_tables_owner(admin_hub: tuple[str, str]) -> None:
    admin_url, superuser = admin_hub
    anna = connect(hub_roles.add_facilitator(admin_url, "Anna").connection_string)
    with anna:
        publish_group(anna, "A", None)
    admin = make_url(admin_url).username
    with as_superuser(superuser) as connection:
        owners = connection.execute(
            "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'"
        ).fetchall()
    assert owners == [(admin,)]
    with psycopg.connect(
        host=str(make_url(admin_url).query["host"]),
        dbname=make_url(admin_url).database,
        user=admin,
        autocommit=True,
    ) as owner:
        for table in ("groups", "sessions", "attendance", "notes", "persons", "memberships"):
            assert owner.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,), table
    status = hub_status(admin_url)
    assert (status.facilitators, status.groups) == (1, 0)


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("O'Brien", "rd_obrien"),
        ("Hüseyin İkiz", "rd_huseyin_ikiz"),
        ('a"; DROP ROLE x; --', "rd_a_drop_role_x"),
    ],
)
def test_names_with_quotes_spaces_and_accents_make_safe_roles(
    hub_database: str, name: str, role: str
) -> None:
    login = hub_roles.add_facilitator(hub_database, name)
    assert login.role == role or login.role.startswith(f"{role}_")  # unique on the server
    with as_superuser(hub_database) as connection:
        kept = connection.execute(
            "SELECT display_name FROM hub_facilitators WHERE role_name = %s", (login.role,)
        ).fetchone()
    assert kept == (name,)


def _scram_matches(verifier: str, password: str) -> bool:
    """Whether ``password`` is the one behind a SCRAM-SHA-256 verifier (RFC 5802)."""
    method, rest = verifier.split("$", 1)
    iterations_salt, keys = rest.split("$")
    iterations, salt = iterations_salt.split(":")
    stored_key = base64.b64decode(keys.split(":")[0])
    salted = hashlib.pbkdf2_hmac(
        "sha256", password.encode(), base64.b64decode(salt), int(iterations)
    )
    client_key = hmac.new(salted, b"Client Key", "sha256").digest()
    return method == "SCRAM-SHA-256" and hashlib.sha256(client_key).digest() == stored_key


def test_the_printed_connection_string_works(
    hub_database: str, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    assert cli.main(["hub", "add-facilitator", "Sanne de Vries", "--url", hub_database]) == 0
    printed = capsys.readouterr().out.splitlines()
    connection_string = printed[-1]
    role = make_url(connection_string).username
    password = make_url(connection_string).password
    assert role is not None and role.startswith("rd_sanne_de_vries")
    assert password is not None and len(password) >= 32
    assert "sslmode=disable" in connection_string  # the tests' server is a Unix socket
    with connect(connection_string) as connection:
        assert connection.execute("SELECT current_user").fetchone() == (role,)
    with as_superuser(hub_database) as connection:
        stored = connection.execute(
            "SELECT rolpassword FROM pg_authid WHERE rolname = %s", (role,)
        ).fetchone()
    assert stored is not None and _scram_matches(str(stored[0]), password)
    assert password not in str(stored[0])
    assert all(password not in record.getMessage() for record in caplog.records)
    assert all("Sanne" not in record.getMessage() for record in caplog.records)


def test_a_remote_hub_is_given_verify_full() -> None:
    remote = hub_roles.connection_string(
        "postgresql://admin@hub.example.org/reflectdesk", "rd_anna", "secret"
    )
    assert remote == "postgresql://rd_anna:secret@hub.example.org/reflectdesk?sslmode=verify-full"
    kept = hub_roles.connection_string(
        "postgresql://admin@hub.example.org:6432/rd?sslmode=verify-ca", "rd_anna", "s"
    )
    assert kept == "postgresql://rd_anna:s@hub.example.org:6432/rd?sslmode=verify-ca"


def test_a_lead_made_for_a_new_programme_name_reads_it(
    hub_database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    command = ["hub", "add-lead", "Lotte Bakker", "--programme", "CRS 2027"]
    assert cli.main([*command, "--url", hub_database]) == 0
    out = capsys.readouterr().out
    assert "programme" in out
    lead_url = out.splitlines()[-1]
    anna = hub_roles.add_facilitator(hub_database, "Anna")
    with as_superuser(hub_database) as connection:
        row = connection.execute("SELECT id FROM programmes WHERE name = 'CRS 2027'").fetchone()
    assert row is not None
    with connect(anna.connection_string) as facilitator:
        publish_group(facilitator, "A", str(row[0]))
        publish_group(facilitator, "outside", None)
    status = hub_status(lead_url)
    assert (status.revision, status.leads, status.groups) == (HEAD_REVISION, 1, 1)
    assert hub_status(anna.connection_string).groups == 2


def test_status_prints_what_the_role_sees(
    hub_database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    anna = hub_roles.add_facilitator(hub_database, "Anna")
    assert cli.main(["hub", "status", "--url", anna.connection_string]) == 0
    out = capsys.readouterr().out
    assert f"schema revision: {HEAD_REVISION}" in out
    assert "groups it can see: 0" in out
    assert anna.connection_string.split("@")[0].split(":")[-1] not in out  # no password


def test_status_of_an_empty_database_says_run_init(
    empty_hub_database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["hub", "status", "--url", empty_hub_database]) == 1
    assert "hub init" in capsys.readouterr().err


def test_a_role_that_may_not_create_roles_is_told_so(
    hub_database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    anna = hub_roles.add_facilitator(hub_database, "Anna")
    assert cli.main(["hub", "add-facilitator", "Bram", "--url", anna.connection_string]) == 1
    assert "CREATEROLE" in capsys.readouterr().err


def test_the_hub_commands_speak_dutch(
    empty_hub_database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["--lang", "nl", "hub", "status", "--url", empty_hub_database]) == 1
    assert "voer daar eerst 'reflectdesk hub init' uit" in capsys.readouterr().err
    assert cli.main(["--lang", "nl", "hub", "init", "--url", empty_hub_database]) == 0
    assert cli.main(["--lang", "nl", "hub", "init", "--url", empty_hub_database]) == 0
    assert "er is niets veranderd" in capsys.readouterr().out
