"""A tiny, signal-free change feed: the store announces what changed, the ui listens.

The ui layer turns each Change into a Qt signal; tests can subscribe directly. Callbacks
run synchronously on the thread that committed the change.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

Listener = Callable[["Change"], None]


@dataclass(frozen=True, slots=True)
class Change:
    """``area`` names what changed ("groups", "members", ...); ``ids`` which records."""

    area: str
    ids: tuple[str, ...] = ()


class ChangeFeed:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Add a listener; returns a function that removes it again."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def publish(self, area: str, *ids: str) -> None:
        change = Change(area, ids)
        for listener in list(self._listeners):
            listener(change)
