"""Whether private notes are locked, unlocked or not set up: the one question the app
asks about the vault at startup, kept apart from reflectdesk/store/vault.py so that
answering it does not load the cryptography and the sealing code."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import select

from reflectdesk.store.database import Store
from reflectdesk.store.models.settings import Vault

__all__ = ["VaultStatus", "vault_status"]


class VaultStatus(StrEnum):
    NONE = "none"  # no passphrase set yet
    LOCKED = "locked"
    UNLOCKED = "unlocked"


def vault_status(store: Store) -> VaultStatus:
    if store.keyring.unlocked:
        return VaultStatus.UNLOCKED
    with store.reading() as session:
        exists = session.scalar(select(Vault.__table__.c.id)) is not None
    return VaultStatus.LOCKED if exists else VaultStatus.NONE
