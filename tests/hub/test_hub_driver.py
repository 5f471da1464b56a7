"""The hub's driver, psycopg 3, is the optional extra ``reflectdesk[hub]``: loaded only
when a PostgreSQL URL is used, and missed with a clear message, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from types import SimpleNamespace
from typing import cast

import pytest
from sqlalchemy import Connection

from reflectdesk.store.engine_kind import EngineKind, UnknownEngineError, engine_kind, is_hub_url
from reflectdesk.store.hub import (
    DRIVER,
    check_server_version,
    create_hub_engine,
    describe,
    hub_url,
)
from reflectdesk.store.hub_errors import HubDriverMissingError, HubServerTooOldError


def test_the_app_and_the_window_start_without_psycopg() -> None:
    code = (
        "import sys, reflectdesk.app, reflectdesk.cli, reflectdesk.store.hub, "
        "reflectdesk.ui.shell.main_window; "
        "print('psycopg' in sys.modules)"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert done.stdout.strip() == "False"


def test_without_the_extra_a_hub_url_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # as if it were not installed
    with pytest.raises(HubDriverMissingError, match=r"reflectdesk\[hub\]"):
        create_hub_engine("postgresql://facilitator@hub.example.org/programme")


@pytest.mark.parametrize(
    "given", ["postgresql://u:s3cret@hub/db", "postgres://u:s3cret@hub/db", f"{DRIVER}://u@hub/db"]
)
def test_every_postgresql_form_gets_psycopg_and_no_password_is_shown(given: str) -> None:
    assert is_hub_url(given)
    assert hub_url(given).drivername == DRIVER
    assert "s3cret" not in describe(given)


@pytest.mark.parametrize("given", ["sqlite:///reflectdesk.db", "mysql://u@h/db"])
def test_anything_else_is_no_hub(given: str) -> None:
    assert not is_hub_url(given)
    with pytest.raises(UnknownEngineError):
        hub_url(given)


def test_the_engine_kinds() -> None:
    assert engine_kind("sqlite") is EngineKind.LAPTOP
    assert engine_kind("postgresql") is EngineKind.HUB
    with pytest.raises(UnknownEngineError):
        engine_kind("oracle")
    assert not is_hub_url("/home/sanne/reflectdesk.db")


def test_a_server_older_than_14_is_refused() -> None:
    def server(*version: int) -> Connection:
        return cast(
            Connection, SimpleNamespace(dialect=SimpleNamespace(server_version_info=version))
        )

    with pytest.raises(HubServerTooOldError, match=r"PostgreSQL 13\.9"):
        check_server_version(server(13, 9))
    check_server_version(server(14, 0))
