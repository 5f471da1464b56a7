"""What ReflectDesk ships with and under which licence, read from each installed
distribution's own metadata when asked (never a licence name written here), so an
upgraded or added library reports itself. No Qt here: the About dialog shows it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import metadata

# ReflectDesk's own licence, as pyproject.toml's `license` states it (a test keeps the two
# equal); its text is LICENSE at the top of the repository, shipped in the wheel.
OWN_LICENCE = "GPL-3.0-or-later"

# The runtime dependencies of pyproject.toml, by distribution name (a test keeps this
# list and pyproject's `dependencies` equal); what they require is added at reading time.
RUNTIME_DISTRIBUTIONS = (
    "PySide6-Essentials",
    "SQLAlchemy",
    "alembic",
    "platformdirs",
    "reportlab",
    "cryptography",
    "babel",
    "openpyxl",
    "icalendar",
    "pypdfium2",  # draws the PDFs' pages for printing (PDFium inside)
    "tzdata",  # Windows only: the time zones zoneinfo reads elsewhere from the system
)

LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)
# A long License field is the whole licence text pasted in; its first line names it.
LONGEST_LICENCE_NAME = 80


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str  # "" when the distribution does not say
    licence_text: str  # the licence file(s) it ships, "" when none


def normalise(name: str) -> str:
    """PEP 503's form, so "PySide6_Essentials" and "pyside6-essentials" are one name."""
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_name(requirement: str) -> str:
    """The distribution a requirement string names ("babel>=2.12" → "babel")."""
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
    return match.group(1) if match else ""


def field(meta: metadata.PackageMetadata, name: str) -> str:
    """A metadata field's first value, "" when the distribution leaves it out."""
    values = meta.get_all(name) or []
    return str(values[0]).strip() if values else ""


def licence_of(meta: metadata.PackageMetadata) -> str:
    """License-Expression, else a short License field, else the licence classifiers."""
    if expression := field(meta, "License-Expression"):
        return expression
    stated = field(meta, "License")
    if stated and stated.upper() != "UNKNOWN":
        first_line = stated.splitlines()[0].strip()
        if len(first_line) <= LONGEST_LICENCE_NAME:
            return first_line
    classifiers = meta.get_all("Classifier") or []
    names = [c.split("::")[-1].strip() for c in classifiers if c.startswith("License ::")]
    return ", ".join(name for name in names if name != "OSI Approved")


def licence_text(dist: metadata.Distribution) -> str:
    """The licence files shipped in the distribution's .dist-info, one after another."""
    texts = []
    for file in dist.files or ():
        in_dist_info = any(part.endswith(".dist-info") for part in file.parts[:1])
        if in_dist_info and LICENCE_FILE.search(file.name):
            try:
                text = file.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue  # a missing or unreadable file: the licence name still shows
            texts.append(f"{file.name}\n\n{text.strip()}")
    return "\n\n\n".join(texts)


def _runtime_requirements(dist: metadata.Distribution) -> list[str]:
    """What ``dist`` needs at run time: no extras (tests, docs) in its requirements."""
    names = []
    for requirement in dist.requires or ():
        if "extra" not in requirement.partition(";")[2]:
            names.append(requirement_name(requirement))
    return names


def installed_components() -> list[Component]:
    """The runtime distributions and all they require, as installed here, by name."""
    found: dict[str, Component] = {}
    waiting = list(RUNTIME_DISTRIBUTIONS)
    while waiting:
        name = waiting.pop(0)
        if not name or normalise(name) in found:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            if name in RUNTIME_DISTRIBUTIONS:  # shipped, but its metadata was left out
                found[normalise(name)] = Component(name, "", "", "")
            continue  # else a platform-only requirement not installed on this computer
        meta = dist.metadata
        found[normalise(name)] = Component(
            field(meta, "Name") or name, dist.version, licence_of(meta), licence_text(dist)
        )
        waiting.extend(_runtime_requirements(dist))
    return sorted(found.values(), key=lambda component: component.name.casefold())
