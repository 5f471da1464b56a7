"""A notice is on screen while an older database is upgraded at start-up, and only then."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reflectdesk.store.database import open_store
from reflectdesk.store.schema import HEAD_REVISION, migrations_location
from reflectdesk.ui.shell import application, upgrade_notice
from reflectdesk.ui.shell.upgrade_notice import UpgradeNotice


def database_at(tmp_path: Path, revision: str) -> Path:
    folder = tmp_path / f"migrations-{revision}"
    shutil.copytree(migrations_location(), folder, ignore=shutil.ignore_patterns("__pycache__"))
    for later in (folder / "versions").glob("*.py"):
        if later.name[:4] > revision:
            later.unlink()
    path = tmp_path / "old.db"
    with open_store(path, migrations=folder):
        pass
    return path


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[UpgradeNotice]:
    """Every notice shown, as it was while the upgrade ran."""
    notices: list[UpgradeNotice] = []
    real_open = application.open_store
    real_show = UpgradeNotice.show_now

    def show_now(self: UpgradeNotice) -> None:
        real_show(self)
        notices.append(self)

    def open_store(*args: object, **options: object) -> object:
        # The notice is up when the migration starts.
        assert all(notice.isVisible() for notice in notices)
        return real_open(*args, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(UpgradeNotice, "show_now", show_now)
    monkeypatch.setattr(application, "open_store", open_store)
    return notices


def test_an_older_database_shows_the_notice_while_it_is_upgraded(
    qtbot: QtBot, tmp_path: Path, shown: list[UpgradeNotice]
) -> None:
    path = database_at(tmp_path, "0012")

    store = application.open_or_report(path, quiet=False)

    assert store is not None
    try:
        assert store.schema_revision() == HEAD_REVISION
    finally:
        store.close()
    assert len(shown) == 1
    assert "Upgrading your database" in shown[0].message.text()
    assert not shown[0].isVisible()  # gone once the database is open


def test_a_current_database_opens_without_a_notice(
    qtbot: QtBot, tmp_path: Path, shown: list[UpgradeNotice]
) -> None:
    path = tmp_path / "new.db"
    open_store(path).close()

    store = application.open_or_report(path, quiet=False)

    assert store is not None
    store.close()
    assert shown == []
    assert not upgrade_notice.upgrade_due(tmp_path / "missing.db", None)
