"""The licence named for a component comes from its own metadata, in the order a
packager means it: License-Expression, a short License field, the classifiers."""

from __future__ import annotations

from email.message import Message
from importlib import metadata

import pytest

from reflectdesk.ui.shell import third_party
from reflectdesk.ui.shell.third_party import licence_of, requirement_name


def meta(**fields: str | list[str]) -> metadata.PackageMetadata:
    message = Message()
    for name, value in fields.items():
        for one in value if isinstance(value, list) else [value]:
            message[name.replace("_", "-")] = one
    return message  # type: ignore[return-value]  # has what PackageMetadata offers here


def test_the_expression_wins() -> None:
    found = meta(License_Expression="MIT", License="BSD", Classifier="License :: Other")
    assert licence_of(found) == "MIT"


def test_a_pasted_licence_text_gives_its_first_line_when_short() -> None:
    assert licence_of(meta(License="BSD-3-Clause\n\nCopyright …")) == "BSD-3-Clause"
    long_first_line = "Permission is hereby granted, free of charge, " * 3
    classifiers = ["License :: OSI Approved :: MIT License", "Topic :: Utilities"]
    assert licence_of(meta(License=long_first_line, Classifier=classifiers)) == "MIT License"


def test_unknown_and_nothing() -> None:
    assert licence_of(meta(License="UNKNOWN")) == ""
    assert licence_of(meta(Name="quiet")) == ""


@pytest.mark.parametrize(
    ("requirement", "name"),
    [
        ("PySide6-Essentials>=6.8,!=6.12.0", "PySide6-Essentials"),
        ("babel>=2.12", "babel"),
        ("typing-extensions>=4.6.0; python_version < '3.13'", "typing-extensions"),
    ],
)
def test_requirement_names(requirement: str, name: str) -> None:
    assert requirement_name(requirement) == name


def test_a_runtime_library_without_metadata_still_shows(monkeypatch: pytest.MonkeyPatch) -> None:
    """A bundle that left a library's metadata out lists it with no licence stated,
    rather than leaving it out of About."""
    monkeypatch.setattr(third_party, "RUNTIME_DISTRIBUTIONS", ("no-such-library-here",))
    found = third_party.installed_components()
    assert [(c.name, c.licence) for c in found] == [("no-such-library-here", "")]
