"""``reflectdesk hub publish`` takes the password Preferences ▸ Hub kept in the keyring;
one in the address or PGPASSWORD wins."""

from __future__ import annotations

import pytest

from reflectdesk.commands.hub_publish import with_stored_password
from reflectdesk.operations.hub_credentials import HubCredentials
from reflectdesk.store.hub_address import parse_address
from tests.keyring_fake import MemoryKeyring

SAVED = "postgresql://rd_anna@hub.example.org/programme?sslmode=verify-full"


@pytest.fixture
def kept(memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    HubCredentials().save(parse_address(SAVED)[0], "from-keyring")


@pytest.mark.usefixtures("kept")
def test_the_saved_address_gets_the_keyrings_password() -> None:
    assert parse_address(with_stored_password(SAVED))[1] == "from-keyring"


@pytest.mark.usefixtures("kept")
def test_a_password_in_the_address_or_pgpassword_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    given = SAVED.replace("rd_anna@", "rd_anna:typed@")
    assert with_stored_password(given) == given
    monkeypatch.setenv("PGPASSWORD", "env")
    assert with_stored_password(SAVED) == SAVED


def test_another_role_gets_nothing(memory_keyring: MemoryKeyring) -> None:
    other = SAVED.replace("rd_anna", "rd_bram")
    assert with_stored_password(other) == other
