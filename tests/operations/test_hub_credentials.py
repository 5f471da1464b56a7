"""The hub's password lives in the operating system's keyring (issue 20), here an
in-memory one; with no usable keyring it lives in memory for the run, never in a file."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from reflectdesk.operations.hub_credentials import (
    HubCredentials,
    Kept,
    keyring_available,
    service_name,
    stored_password,
)
from reflectdesk.store.hub_address import HubAddress, default_sslmode, parse_address
from tests.keyring_fake import MemoryKeyring

PASTED = "postgresql://rd_anna:Zr8-secret@hub.example.org:5433/programme?sslmode=verify-full"


def test_a_pasted_connection_string_fills_the_address_and_splits_off_the_password() -> None:
    address, password = parse_address(PASTED)

    assert address == HubAddress("hub.example.org", 5433, "programme", "rd_anna", "verify-full")
    assert password == "Zr8-secret"
    assert "Zr8-secret" not in address.url()
    assert address.url() == (
        "postgresql://rd_anna@hub.example.org:5433/programme?sslmode=verify-full"
    )


def test_a_unix_socket_address_goes_back_into_the_query() -> None:
    address, password = parse_address("postgresql://rd_anna@/hub?host=/tmp/rd-pg-1")

    assert password is None
    assert address.host == "/tmp/rd-pg-1" and address.tls == "disable"
    assert parse_address(address.url())[0] == HubAddress(
        "/tmp/rd-pg-1", None, "hub", "rd_anna", "disable"
    )


@pytest.mark.parametrize(
    ("host", "mode"),
    [("hub.example.org", "verify-full"), ("localhost", "prefer"), ("/run/pg", "disable")],
)
def test_tls_is_required_for_a_remote_hub_by_default(host: str, mode: str) -> None:
    assert default_sslmode(host) == mode


def test_the_password_goes_to_the_keyring_and_is_forgotten(memory_keyring: MemoryKeyring) -> None:
    address, password = parse_address(PASTED)
    credentials = HubCredentials()

    assert keyring_available()
    assert credentials.save(address, password or "") is Kept.KEYRING
    assert memory_keyring.secrets == {(service_name(address), "rd_anna"): "Zr8-secret"}
    assert stored_password(address) == "Zr8-secret"
    assert HubCredentials().load(address) == "Zr8-secret"  # a later run finds it

    credentials.forget(address)
    assert memory_keyring.secrets == {}
    assert credentials.load(address) is None
    credentials.forget(address)  # twice is harmless


def test_without_a_usable_keyring_the_password_is_kept_for_this_run_only(
    no_keyring: object,
) -> None:
    address, _password = parse_address(PASTED)
    credentials = HubCredentials()

    assert not keyring_available()
    assert credentials.save(address, "typed") is Kept.MEMORY
    assert credentials.load(address) == "typed"
    assert HubCredentials().load(address) is None  # the next run asks again
    credentials.forget(address)
    assert credentials.load(address) is None


def test_a_plain_start_loads_neither_keyring_nor_psycopg() -> None:
    code = (
        "import sys, reflectdesk.app, reflectdesk.cli, reflectdesk.ui.shell.main_window, "
        "reflectdesk.operations.hub_credentials, reflectdesk.ui.hub.hub_actions; "
        "print('keyring' in sys.modules, 'psycopg' in sys.modules)"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert done.stdout.strip() == "False False"
