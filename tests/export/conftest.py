"""Fixtures shared by the export tests: Amsterdam local time, and the sample session."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from reflectdesk.store.database import Store
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
