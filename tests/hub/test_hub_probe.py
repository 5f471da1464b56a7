"""Test connection (Preferences ▸ Hub) on the real server, and how a refusal's message
is read when the server cannot be made to give it (the test server trusts its socket)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from reflectdesk.store import hub_roles
from reflectdesk.store.hub_probe import HubOutcome, failure_outcome, probe_hub

pytestmark = pytest.mark.usefixtures("postgres_server")


def test_a_facilitator_reaches_the_hub_and_sees_its_programmes(hub_database: str) -> None:
    lead = hub_roles.add_lead(hub_database, "Lotte", "CRS 2026")
    anna = hub_roles.add_facilitator(hub_database, "Anna")

    probe = probe_hub(anna.connection_string)

    assert probe.outcome is HubOutcome.REACHED
    assert probe.role == anna.role
    assert probe.programmes == ((lead.programme_id, "CRS 2026"),)


def test_an_empty_database_is_not_a_hub(empty_hub_database: str) -> None:
    assert probe_hub(empty_hub_database).outcome is HubOutcome.NOT_A_HUB


def test_nobody_listening_is_unreachable(tmp_path: Path) -> None:
    probe = probe_hub(f"postgresql://rd_anna@/hub?host={tmp_path}")
    assert probe.outcome is HubOutcome.UNREACHABLE


def test_without_psycopg_it_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)
    assert probe_hub("postgresql://rd_anna@hub/db").outcome is HubOutcome.NO_DRIVER


@pytest.mark.parametrize(
    ("message", "outcome"),
    [
        (
            'connection failed: FATAL:  password authentication failed for user "rd_anna"',
            HubOutcome.LOGIN_REFUSED,
        ),
        ("fe_sendauth: no password supplied", HubOutcome.LOGIN_REFUSED),
        ('FATAL:  role "rd_nobody" does not exist', HubOutcome.LOGIN_REFUSED),
        ('FATAL:  database "nohub" does not exist', HubOutcome.NOT_A_HUB),
        ('could not translate host name "hub.invalid"', HubOutcome.UNREACHABLE),
        ("timeout expired", HubOutcome.UNREACHABLE),
    ],
)
def test_a_refusals_message_is_read_as_its_outcome(message: str, outcome: HubOutcome) -> None:
    assert failure_outcome(message) is outcome
