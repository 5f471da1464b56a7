"""Test doubles shared by the core and ui tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

DEFAULT_WALL = datetime(2025, 3, 4, 9, 0, tzinfo=UTC)


class FakeTime:
    """A TimeSource that moves only when told: monotonic and wall advance together.

    ``start_monotonic`` is deliberately not zero, so code that treats a monotonic reading
    as a duration is caught; a new FakeTime stands for a new process after a restart.
    """

    def __init__(self, start_wall: datetime = DEFAULT_WALL, start_monotonic: float = 5000.0):
        if start_wall.tzinfo is None:
            raise ValueError("FakeTime needs an aware (UTC) wall time")
        self._start_wall = start_wall
        self._start_monotonic = start_monotonic
        self._offset = 0.0

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("time only moves forward")
        self._offset += seconds

    def monotonic(self) -> float:
        return self._start_monotonic + self._offset

    def wall(self) -> datetime:
        return self._start_wall + timedelta(seconds=self._offset)


TEST_PASSPHRASE = "a test passphrase"


def open_vault(store: object) -> None:
    """Set up (with the cheapest key-derivation costs) or unlock the private-notes vault
    of ``store``, so that a test can write and read private notes."""
    from reflectdesk.store.vault import KdfParams, VaultStatus, create_vault, unlock, vault_status

    status = vault_status(store)  # type: ignore[arg-type]
    if status is VaultStatus.NONE:
        create_vault(store, TEST_PASSPHRASE, params=KdfParams.for_tests())  # type: ignore[arg-type]
    elif status is VaultStatus.LOCKED:
        unlock(store, TEST_PASSPHRASE)  # type: ignore[arg-type]
