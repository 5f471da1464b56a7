"""Loading the TOML files ReflectDesk ships (formats, decks, questionnaires) from
resources/: one loader, so that every kind checks its keys the same way."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from reflectdesk.core.toml_lines import locate
from reflectdesk.core.tomlfile import FileProblem, FileProblemsError
from reflectdesk.resources import list_resources


class Keyed(Protocol):
    @property
    def key(self) -> str: ...


Shipped = TypeVar("Shipped", bound=Keyed)


def load_shipped(
    folder: str,
    parse: Callable[[str, str], Shipped],
    error: Callable[[str, list[FileProblem]], FileProblemsError],
) -> list[Shipped]:
    """Every ``.toml`` file in resources/``folder``, parsed, in file-name order.

    Raises ``error`` for a broken file or a key used twice; either is a packaging bug,
    so the message names the file."""
    found: list[Shipped] = []
    sources: dict[str, str] = {}
    for entry in list_resources(folder, ".toml"):
        source = f"{folder}/{entry.name}"
        text = entry.read_text(encoding="utf-8")
        item = parse(text, source)
        if item.key in sources:
            used = f'"{item.key}" is already used by {sources[item.key]}'
            raise error(source, [FileProblem("key", locate(text).of("key"), used)])
        sources[item.key] = source
        found.append(item)
    return found
