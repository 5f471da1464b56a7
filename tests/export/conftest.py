"""Fixtures shared by the export tests: Amsterdam local time, the sample session, and the
rich database (tests/export/rich.py), built once a module and copied for each test."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from reflectdesk.store.database import Store
from tests.export.rich import Rich, build_rich, copy_rich
from tests.export.sample import Sample, build_sample


@pytest.fixture(autouse=True)
def amsterdam_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local time is Amsterdam's, whatever the machine says, so dates and clock times in
    the exports are the same everywhere."""
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def sample(store: Store) -> Sample:
    """A finished session with everything a summary shows (tests/export/sample.py)."""
    return build_sample(store)


@pytest.fixture(scope="module")
def rich_template(tmp_path_factory: pytest.TempPathFactory) -> Rich:
    return build_rich(tmp_path_factory.mktemp("rich"))


@pytest.fixture
def rich(rich_template: Rich, tmp_path: Path) -> Rich:
    return copy_rich(rich_template, tmp_path)
