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


# 2000-01-01 00:00 UTC: the date reportlab's own invariant mode writes.
FIXED_EPOCH = "946684800"


@pytest.fixture
def reproducible(monkeypatch: pytest.MonkeyPatch) -> None:
    """PDFs written byte for byte the same (SOURCE_DATE_EPOCH, the explicit switch) and
    under a fixed version, so the golden file survives a version bump."""
    import reflectdesk

    monkeypatch.setenv("SOURCE_DATE_EPOCH", FIXED_EPOCH)
    monkeypatch.setattr(reflectdesk, "__version__", "golden")
