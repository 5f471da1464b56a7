"""Where the unlocked data key lives while the vault is open: in memory, in one object
per open database, never on disk.

The Store owns one Keyring and hands it to every SQLAlchemy Session it makes (through
``Session.info``), so the vault seam finds the key without every caller passing it.
Locking drops the key (and overwrites our copy of it; Python may hold others briefly,
which is as far as a pure-Python program can go).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from reflectdesk.core.errors import words
from reflectdesk.store.errors import StoreError

__all__ = ["Keyring", "VaultLockedError"]


class VaultLockedError(StoreError):
    """Private notes cannot be read or written while the vault is locked."""

    code = "vault_locked"

    def __init__(self) -> None:
        super().__init__(
            words().gettext(
                "Private notes are locked. Unlock them with your passphrase to read or write them."
            )
        )


class Keyring:
    """The data key of one open database, or nothing while locked; and the count of
    wrong passphrases in a row, which decides how long the next attempt must wait."""

    def __init__(self, monotonic: Callable[[], float] = time.monotonic) -> None:
        self._monotonic = monotonic
        self._guard = threading.Lock()  # the autosave writer thread reads the key
        self._key: bytearray | None = None
        self._failures = 0
        self._next_attempt = 0.0

    @property
    def unlocked(self) -> bool:
        with self._guard:
            return self._key is not None

    def data_key(self) -> bytes:
        """The data key; VaultLockedError while locked."""
        with self._guard:
            if self._key is None:
                raise VaultLockedError()
            return bytes(self._key)

    def hold(self, data_key: bytes) -> None:
        """Keep ``data_key`` until :meth:`drop` (after a right passphrase)."""
        with self._guard:
            self._wipe()
            self._key = bytearray(data_key)
            self._failures = 0
            self._next_attempt = 0.0

    def drop(self) -> None:
        """Lock: forget the data key."""
        with self._guard:
            self._wipe()

    def _wipe(self) -> None:
        if self._key is not None:
            self._key[:] = bytes(len(self._key))
            self._key = None

    # -- slowing down guesses -----------------------------------------------------------

    def wait_before_attempt(self) -> float:
        """Seconds before another passphrase may be tried (0 when it may now)."""
        with self._guard:
            return max(0.0, self._next_attempt - self._monotonic())

    def failed_attempt(self) -> float:
        """Count a wrong passphrase; the seconds until the next attempt is allowed."""
        # Imported here: the cryptography package is not needed to start the app.
        from reflectdesk.core.vault_crypto import retry_delay

        with self._guard:
            self._failures += 1
            delay = retry_delay(self._failures)
            self._next_attempt = self._monotonic() + delay
            return delay
