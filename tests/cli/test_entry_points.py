"""The installed commands: Windows starts a gui-script without a console, so the
command line there needs its own console script running the same main."""

from __future__ import annotations

import tomllib
from pathlib import Path

import reflectdesk
from reflectdesk import cli

PYPROJECT = tomllib.loads(
    (Path(reflectdesk.__file__).resolve().parents[1] / "pyproject.toml").read_text("utf-8")
)


def test_the_window_and_the_console_command_run_the_same_main() -> None:
    project = PYPROJECT["project"]

    assert project["gui-scripts"] == {"reflectdesk": "reflectdesk.cli:main"}
    assert project["scripts"] == {"reflectdesk-cli": "reflectdesk.cli:main"}
    assert callable(cli.main)


def test_the_version_lives_only_in_the_package() -> None:
    assert "version" not in PYPROJECT["project"]
    assert PYPROJECT["project"]["dynamic"] == ["version"]
    assert PYPROJECT["tool"]["hatch"]["version"]["path"] == "reflectdesk/__init__.py"
