"""The vault of private notes: setting a passphrase, unlocking, locking, changing the
passphrase, rotating the data key, the recovery key, and resetting.

One row (table ``vault``) holds the data key wrapped under the passphrase (and, when the
facilitator asked for one, under a recovery key), with the salt and the Argon2id costs.
The unwrapped data key lives only in the Store's Keyring (reflectdesk/store/keyring.py)
and the notes are sealed and opened by the vault seam (reflectdesk/store/vault_seam.py).

Slow work (the key derivation, about half a second by design) happens outside any
transaction, so the database is never held while a passphrase is being checked. Every
change is one transaction: a crash leaves either the old vault or the new one, never
notes under a key nobody holds.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from types import SimpleNamespace
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from reflectdesk.core.errors import InvalidInputError, words
from reflectdesk.core.vault_crypto import (
    MIN_PASSPHRASE_LENGTH,
    DecryptionError,
    KdfParams,
    derive_passphrase_key,
    derive_recovery_key,
    format_recovery_key,
    new_data_key,
    new_recovery_key,
    new_salt,
    parse_recovery_key,
    unwrap_key,
    wrap_key,
)
from reflectdesk.store import vault_seam
from reflectdesk.store.database import Store
from reflectdesk.store.errors import StoreError
from reflectdesk.store.keyring import VaultLockedError
from reflectdesk.store.models.base import utcnow
from reflectdesk.store.models.settings import Vault
from reflectdesk.store.vault_state import VaultStatus, vault_status

__all__ = [
    "FORMAT_VERSION",
    "KdfParams",
    "NoVaultError",
    "TooSoonError",
    "VaultExistsError",
    "VaultLockedError",
    "VaultStatus",
    "WrongPassphraseError",
    "WrongRecoveryKeyError",
    "archive_key_opens",
    "change_passphrase",
    "check_new_passphrase",
    "create_vault",
    "lock",
    "private_note_count",
    "reseal_archived_notes",
    "reset_private_notes",
    "rotate_data_key",
    "unlock",
    "unlock_with_recovery_key",
    "vault_status",
]

FORMAT_VERSION = 1
_KDF = "argon2id"
_PASSPHRASE = b"passphrase"
_RECOVERY = b"recovery"
_vault = Vault.__table__

Progress = Callable[[int, int], None]

# Only what happened to the vault, never a passphrase, key or recovery key.
log = logging.getLogger(__name__)


class WrongPassphraseError(StoreError):
    code = "wrong_passphrase"

    def __init__(self, wait_seconds: float) -> None:
        texts = words()
        message = texts.gettext("That is not the passphrase of these notes. Nothing has changed.")
        if wait_seconds > 0:
            seconds = round(wait_seconds)
            again = texts.ngettext("Try again in {n} second.", "Try again in {n} seconds.", seconds)
            message += " " + again.format(n=seconds)
        super().__init__(message, wait_seconds=wait_seconds)
        self.wait_seconds = wait_seconds


class WrongRecoveryKeyError(StoreError):
    code = "wrong_recovery_key"

    def __init__(self, detail: str = "") -> None:
        super().__init__(
            detail
            or words().gettext("That recovery key does not open these notes. Nothing has changed.")
        )


class TooSoonError(StoreError):
    code = "too_soon"

    def __init__(self, wait_seconds: float) -> None:
        seconds = round(wait_seconds)
        message = words().ngettext(
            "After several wrong passphrases, wait {n} second before trying again.",
            "After several wrong passphrases, wait {n} seconds before trying again.",
            seconds,
        )
        super().__init__(message.format(n=seconds), wait_seconds=wait_seconds)
        self.wait_seconds = wait_seconds


class NoVaultError(StoreError):
    code = "no_vault"

    def __init__(self) -> None:
        super().__init__(words().gettext("No passphrase has been set for private notes yet."))


class VaultExistsError(StoreError):
    code = "vault_exists"

    def __init__(self) -> None:
        super().__init__(words().gettext("A passphrase is already set for private notes."))


class DamagedVaultError(StoreError):
    code = "damaged_vault"

    def __init__(self, detail: str) -> None:
        message = words().gettext(
            "The key record of the private notes is damaged ({detail}). The notes cannot "
            "be opened from this database; restore it from a backup in the 'backups' "
            "folder beside it."
        )
        super().__init__(message.format(detail=detail))


# -- reading the state ------------------------------------------------------------------


def has_recovery_key(store: Store) -> bool:
    with store.reading() as session:
        return session.scalar(select(_vault.c.recovery_wrapped_key)) is not None


def private_note_count(store: Store) -> int:
    with store.reading() as session:
        return vault_seam.count_private(session)


def check_new_passphrase(passphrase: str, repeated: str | None = None) -> None:
    """InvalidInputError unless ``passphrase`` is long enough (and typed the same twice)."""
    if len(passphrase.strip()) < MIN_PASSPHRASE_LENGTH:
        raise InvalidInputError(
            "passphrase",
            words()
            .gettext(
                "A passphrase needs at least {least} characters. A few "
                "unrelated words are easy to remember and hard to guess."
            )
            .format(least=MIN_PASSPHRASE_LENGTH),
        )
    if repeated is not None and repeated != passphrase:
        raise InvalidInputError(
            "repeated", words().gettext("The two passphrases are not the same.")
        )


class _Row:
    """The vault row as stored (or as an archive carries it), with its parameters
    checked."""

    def __init__(self, session: Session | None = None, row: Any = None) -> None:
        if session is not None:
            row = session.execute(select(_vault)).first()
        if row is None:
            raise NoVaultError()
        if row.format_version != FORMAT_VERSION or row.kdf != _KDF:
            raise DamagedVaultError(
                words()
                .gettext("unknown format {format_version}/{kdf}")
                .format(format_version=row.format_version, kdf=row.kdf)
            )
        try:
            self.params = KdfParams.from_json(row.kdf_params)
        except ValueError as error:
            raise DamagedVaultError(str(error)) from None
        self.salt: bytes = bytes(row.salt)
        self.wrapped: bytes = bytes(row.wrapped_key)
        recovery = row.recovery_wrapped_key
        self.recovery_wrapped: bytes | None = None if recovery is None else bytes(recovery)


def _read_row(store: Store) -> _Row:
    with store.reading() as session:
        return _Row(session)


def _passphrase_fields(data_key: bytes, passphrase: str, params: KdfParams) -> dict[str, object]:
    """The columns that wrap ``data_key`` under ``passphrase`` with a fresh salt."""
    salt = new_salt()
    kek = derive_passphrase_key(passphrase, salt, params)
    return {
        "format_version": FORMAT_VERSION,
        "kdf": _KDF,
        "kdf_params": params.to_json(),
        "salt": salt,
        "wrapped_key": wrap_key(kek, data_key, purpose=_PASSPHRASE),
    }


def _recovery_fields(data_key: bytes) -> tuple[str, dict[str, object]]:
    secret = new_recovery_key()
    wrapped = wrap_key(derive_recovery_key(secret), data_key, purpose=_RECOVERY)
    return format_recovery_key(secret), {"recovery_wrapped_key": wrapped}


def _open_with_passphrase(store: Store, passphrase: str) -> tuple[_Row, bytes]:
    """The vault row and its data key; TooSoonError or WrongPassphraseError."""
    wait = store.keyring.wait_before_attempt()
    if wait > 0:
        log.info("vault: attempt refused, %.0f s before the next is allowed", wait)
        raise TooSoonError(wait)
    row = _read_row(store)
    kek = derive_passphrase_key(passphrase, row.salt, row.params)
    try:
        return row, unwrap_key(kek, row.wrapped, purpose=_PASSPHRASE)
    except DecryptionError:
        log.info("vault: wrong passphrase")
        raise WrongPassphraseError(store.keyring.failed_attempt()) from None


# -- changing the state -----------------------------------------------------------------


def create_vault(
    store: Store,
    passphrase: str,
    *,
    params: KdfParams | None = None,
    with_recovery_key: bool = False,
) -> str | None:
    """Set the passphrase of private notes and unlock them. Notes written before there
    was a vault (unencrypted) are encrypted in the same transaction. The recovery key,
    formatted to be written down, when asked for (it is not stored anywhere)."""
    check_new_passphrase(passphrase)
    data_key = new_data_key()
    fields = _passphrase_fields(data_key, passphrase, params or KdfParams())
    recovery: str | None = None
    if with_recovery_key:
        recovery, extra = _recovery_fields(data_key)
        fields.update(extra)
    now = utcnow()
    with store.transaction() as session:
        if session.scalar(select(_vault.c.id)) is not None:
            raise VaultExistsError()
        session.execute(insert(Vault).values(id=1, created_at=now, updated_at=now, **fields))
        vault_seam.reseal_all(session, old_key=None, new_key=data_key, only_unencrypted=True)
    store.keyring.hold(data_key)
    store.changes.publish("vault", "created")
    log.info("vault: created (recovery key: %s)", with_recovery_key)
    return recovery


def unlock(store: Store, passphrase: str) -> None:
    """Unlock private notes; WrongPassphraseError (nothing changes) or TooSoonError."""
    _, data_key = _open_with_passphrase(store, passphrase)
    _hold(store, data_key)


def _hold(store: Store, data_key: bytes) -> None:
    store.keyring.hold(data_key)
    # Notes that came in unencrypted (an archive from a version before the vault) are
    # encrypted at the first unlock after they arrive.
    with store.transaction() as session:
        vault_seam.reseal_all(session, old_key=None, new_key=data_key, only_unencrypted=True)
    store.changes.publish("vault", "unlocked")
    log.info("vault: unlocked")


def lock(store: Store) -> None:
    """Lock private notes now: the data key is dropped."""
    store.keyring.drop()
    store.changes.publish("vault", "locked")
    log.info("vault: locked")


def unlock_with_recovery_key(
    store: Store, recovery_key: str, new_passphrase: str, *, params: KdfParams | None = None
) -> None:
    """After a forgotten passphrase: open the notes with the recovery key and set
    ``new_passphrase`` in one transaction. The recovery key stays valid."""
    check_new_passphrase(new_passphrase)
    wait = store.keyring.wait_before_attempt()
    if wait > 0:
        raise TooSoonError(wait)
    try:
        secret = parse_recovery_key(recovery_key)
    except ValueError as error:
        raise WrongRecoveryKeyError(str(error)) from None
    row = _read_row(store)
    if row.recovery_wrapped is None:
        raise WrongRecoveryKeyError(words().gettext("No recovery key was made for these notes."))
    try:
        data_key = unwrap_key(derive_recovery_key(secret), row.recovery_wrapped, purpose=_RECOVERY)
    except DecryptionError:
        store.keyring.failed_attempt()
        log.info("vault: wrong recovery key")
        raise WrongRecoveryKeyError() from None
    fields = _passphrase_fields(data_key, new_passphrase, params or row.params)
    with store.transaction() as session:
        session.execute(update(Vault).values(updated_at=utcnow(), **fields))
    _hold(store, data_key)


def change_passphrase(
    store: Store, current: str, new: str, *, params: KdfParams | None = None
) -> None:
    """Wrap the same data key under ``new`` (one row, one transaction): the notes
    themselves are not touched. WrongPassphraseError when ``current`` is wrong."""
    check_new_passphrase(new)
    row, data_key = _open_with_passphrase(store, current)
    fields = _passphrase_fields(data_key, new, params or row.params)
    with store.transaction() as session:
        session.execute(update(Vault).values(updated_at=utcnow(), **fields))
    _hold(store, data_key)


def rotate_data_key(
    store: Store,
    passphrase: str,
    *,
    progress: Progress | None = None,
) -> str | None:
    """Encrypt every private note under a new data key, in one transaction, and wrap the
    new key under the same passphrase. A recovery key, if there was one, no longer fits
    the new data key: a new one is made and returned (shown once); the old one is void."""
    row, old_key = _open_with_passphrase(store, passphrase)
    new_key = new_data_key()
    fields = _passphrase_fields(new_key, passphrase, row.params)
    recovery: str | None = None
    if row.recovery_wrapped is not None:
        recovery, extra = _recovery_fields(new_key)
        fields.update(extra)
    with store.transaction() as session:
        vault_seam.reseal_all(session, old_key=old_key, new_key=new_key, progress=progress)
        session.execute(update(Vault).values(updated_at=utcnow(), **fields))
    store.keyring.hold(new_key)
    store.changes.publish("vault", "rotated")
    log.info("vault: data key rotated")
    store.changes.publish("notes")
    return recovery


def reset_private_notes(store: Store) -> int:
    """Delete every private note and the vault (a lost passphrase with no recovery key);
    every other record stays. The number of private notes deleted."""
    with store.transaction() as session:
        deleted = vault_seam.delete_all_private(session)
        session.execute(delete(Vault))
    store.keyring.drop()
    store.changes.publish("vault", "reset")
    log.info("vault: reset, %d private notes deleted", deleted)
    store.changes.publish("notes")
    return deleted


# -- private notes from another laptop's archive ------------------------------------------


def _same_key_row(store: Store, archived: Mapping[str, Any]) -> bool:
    with store.reading() as session:
        row = session.execute(select(_vault.c.salt, _vault.c.wrapped_key)).first()
    return row is not None and (bytes(row.salt), bytes(row.wrapped_key)) == (
        bytes(archived["salt"]),
        bytes(archived["wrapped_key"]),
    )


def archive_key_opens(
    store: Store, archived: Mapping[str, Any], forms: Mapping[str, bytes]
) -> bool:
    """Whether the archived notes ``forms`` open here as they are: the archive carries
    this database's own vault, or its notes are sealed under this vault's data key
    (checked on one note while unlocked), or there is nothing sealed to open."""
    encrypted = {n: form for n, form in forms.items() if vault_seam.is_encrypted(form)}
    if not encrypted or _same_key_row(store, archived):
        return True
    if not store.keyring.unlocked:
        return False
    note_id, form = next(iter(encrypted.items()))
    key = store.keyring.data_key()
    try:
        vault_seam.reseal_form(form, note_id=note_id, old_key=key, new_key=key)
    except StoreError:
        return False
    return True


def reseal_archived_notes(
    store: Store,
    archived: Mapping[str, Any],
    forms: Mapping[str, bytes],
    archive_passphrase: str,
) -> dict[str, bytes]:
    """The archived notes ``forms`` sealed again under this vault's data key, opened with
    the data key the archive carries, unwrapped by ``archive_passphrase`` (the other
    laptop's). WrongPassphraseError when it does not open the archive's key;
    VaultLockedError while this vault is locked; nothing is written here."""
    target = store.keyring.data_key()  # VaultLockedError while locked
    row = _Row(row=SimpleNamespace(**archived))
    kek = derive_passphrase_key(archive_passphrase, row.salt, row.params)
    try:
        source = unwrap_key(kek, row.wrapped, purpose=_PASSPHRASE)
    except DecryptionError:
        raise WrongPassphraseError(0) from None
    # Each keeps the counter it carries, which its archived row carries too.
    return {
        note_id: vault_seam.reseal_form(form, note_id=note_id, old_key=source, new_key=target)
        for note_id, form in forms.items()
    }
