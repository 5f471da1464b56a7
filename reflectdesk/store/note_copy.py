"""A private note saved to a file of the facilitator's choosing, sealed as it would be in
the database: the way out when the database cannot take the note (its disk is full) and
the facilitator must close or lock anyway.

The file holds ``MAGIC`` and then AES-256-GCM of the text under the vault's data key (the
same key and cipher as the notes in the database, core/vault_crypto.py), bound to
``ASSOCIATED``: it opens with this database's private notes unlocked (the same passphrase,
or a later one; not after Privacy ▸ New Encryption Key) and nowhere else. It is never
written unsealed; while the notes are locked there is no key and nothing is written.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from reflectdesk.core.errors import words
from reflectdesk.core.vault_crypto import DecryptionError, decrypt, encrypt
from reflectdesk.files import write_atomically
from reflectdesk.store.errors import StoreError
from reflectdesk.store.io_errors import error_for_os_error

if TYPE_CHECKING:
    from pathlib import Path

    from reflectdesk.store.database import Store

MAGIC = b"ReflectDesk sealed private note v1\n"
ASSOCIATED = b"reflectdesk/note-copy/v1"
SUFFIX = ".rdnote"
_MAX_BYTES = 1024 * 1024  # far above the longest note; a bigger file is not one


class NoteCopyError(StoreError):
    code = "note_copy"


def write_note_copy(store: Store, path: Path, text: str) -> None:
    """Seal ``text`` under the unlocked data key and write it to ``path`` whole or not at
    all. VaultLockedError while locked; a StoreError (a full disk, a permission) when the
    file cannot be written."""
    envelope = encrypt(store.keyring.data_key(), json.dumps({"body": text}).encode(), ASSOCIATED)
    try:
        write_atomically(path, MAGIC + envelope)
        path.chmod(0o600)  # sealed, and still nobody else's business
    except OSError as error:
        raise error_for_os_error(path, error) or NoteCopyError(
            words()
            .gettext("The note could not be written to {path} ({reason}).")
            .format(path=path, reason=error.strerror or error),
            path=str(path),
        ) from None


def read_note_copy(store: Store, path: Path) -> str:
    """The text of a file :func:`write_note_copy` wrote, opened with the unlocked key."""
    try:
        with path.open("rb") as handle:
            data = handle.read(_MAX_BYTES + 1)
    except OSError as error:
        raise error_for_os_error(path, error) or NoteCopyError(
            words()
            .gettext("{path} cannot be read ({reason}).")
            .format(path=path, reason=error.strerror or error),
            path=str(path),
        ) from None
    if not data.startswith(MAGIC) or len(data) > _MAX_BYTES:
        raise NoteCopyError(
            words().gettext("{path} is not a private note saved by ReflectDesk.").format(path=path),
            path=str(path),
        )
    try:
        payload = json.loads(decrypt(store.keyring.data_key(), data[len(MAGIC) :], ASSOCIATED))
    except DecryptionError:
        raise NoteCopyError(
            words()
            .gettext(
                "{path} does not open with this database's key: it was saved from "
                "another database, before a new encryption key was made, or it is "
                "damaged."
            )
            .format(path=path),
            path=str(path),
        ) from None
    return str(payload["body"])
