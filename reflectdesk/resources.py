"""The one way into the shipped data files (formats, decks, fonts, icons, translations).

In a wheel the top-level ``resources/`` folder is mapped into ``reflectdesk/resources``
(see pyproject.toml); in a source checkout it sits beside the package. Every reader goes
through :func:`resource_root`, so no other module knows where the files live.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path


@cache
def resource_root() -> Traversable:
    """The folder that holds formats/, decks/, fonts/, icons/ and i18n/."""
    packaged = files("reflectdesk") / "resources"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError("ReflectDesk's resources folder is missing; reinstall the package.")


def resource(*parts: str) -> Traversable:
    """A file or folder below the resource root, e.g. ``resource("formats")``."""
    node = resource_root()
    for part in parts:
        node = node / part
    return node


def resource_path(*parts: str) -> Path:
    """A real filesystem path, for APIs (Qt, reportlab) that cannot read a Traversable.

    Wheels are installed unzipped, so the Traversable is always a real path here.
    """
    return Path(str(resource(*parts)))


def list_resources(folder: str, suffix: str) -> list[Traversable]:
    """Files in one resource folder with the given suffix, sorted by name."""
    node = resource(folder)
    if not node.is_dir():
        return []
    return sorted(
        (entry for entry in node.iterdir() if entry.name.endswith(suffix)),
        key=lambda entry: entry.name,
    )
