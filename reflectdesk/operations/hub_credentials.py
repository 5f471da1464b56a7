"""The hub password of a (hub address, role), kept in the operating system's keyring
(issue 20: "never in the settings file, the log or an archive").

``keyring`` is imported only when a hub is configured (the first call here), so a plain
start of the app loads neither it nor psycopg. Where no usable keyring exists (the
``fail`` backend: a headless machine, some Linux desktops without a secret service),
:class:`HubCredentials` keeps a typed password in memory for this run of the app only
and says so: there is no fallback to a file, plaintext or otherwise.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from reflectdesk.store.hub_address import HubAddress

log = logging.getLogger(__name__)

SERVICE_PREFIX = "ReflectDesk hub "


class Kept(Enum):
    KEYRING = "keyring"  # in the operating system's keyring, for later runs too
    MEMORY = "memory"  # for this run only: no usable keyring on this computer


def _keyring() -> Any | None:
    """The keyring module when it has a backend that can keep a secret, else None."""
    try:
        import keyring
        from keyring.backends import chainer, fail
    except ImportError:  # the hub extra without keyring: as if it had no backend
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring configuration must not stop the app
        log.warning("the keyring could not be loaded")
        return None
    if isinstance(backend, fail.Keyring):
        return None
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return None
    return keyring


def keyring_available() -> bool:
    return _keyring() is not None


def service_name(address: HubAddress) -> str:
    return SERVICE_PREFIX + address.key()


@dataclass
class HubCredentials:
    """The app's one keeper of hub passwords (the main window holds it and hands it
    down); the command line uses :func:`stored_password` alone."""

    _memory: dict[tuple[str, str], str] = field(default_factory=dict)

    def save(self, address: HubAddress, password: str) -> Kept:
        """Keep ``password`` for ``address``'s role: in the keyring when there is one
        (where it lasts), else in memory until the app quits."""
        self._memory.pop(_slot(address), None)
        keyring = _keyring()
        if keyring is not None:
            try:
                keyring.set_password(service_name(address), address.role, password)
            except Exception as error:  # a locked or refusing keyring: keep it for now
                log.warning("the keyring refused the hub password: %s", type(error).__name__)
            else:
                log.info("hub password kept in the keyring")
                return Kept.KEYRING
        self._memory[_slot(address)] = password
        return Kept.MEMORY

    def load(self, address: HubAddress) -> str | None:
        if _slot(address) in self._memory:
            return self._memory[_slot(address)]
        return stored_password(address)

    def forget(self, address: HubAddress) -> None:
        """Remove the password from memory and from the keyring (if it is there)."""
        self._memory.pop(_slot(address), None)
        keyring = _keyring()
        if keyring is None:
            return
        try:
            keyring.delete_password(service_name(address), address.role)
        except Exception as error:  # not there, or the keyring refused: nothing to keep
            log.info("no hub password removed from the keyring: %s", type(error).__name__)


def stored_password(address: HubAddress) -> str | None:
    """The password the keyring holds for ``address``'s role, if any."""
    keyring = _keyring()
    if keyring is None or not address.role:
        return None
    try:
        found = keyring.get_password(service_name(address), address.role)
    except Exception as error:
        log.warning("the keyring could not be read: %s", type(error).__name__)
        return None
    return found if isinstance(found, str) and found else None


def _slot(address: HubAddress) -> tuple[str, str]:
    return (address.key(), address.role)
