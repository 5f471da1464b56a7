"""The combined fingerprint of everything shipped is made from data, never from the
package's .py sources (a stand-alone bundle has none), and changes exactly when a
shipped built-in changes."""

from __future__ import annotations

import builtins
import io
import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from reflectdesk.core.local_text import LocalText
from reflectdesk.core.notes import BUILTIN_THEMES
from reflectdesk.store import builtins as shipped
from reflectdesk.store.database import Store, open_store
from reflectdesk.store.models.settings import Setting
from reflectdesk.store.themes import list_themes, rename_theme

PACKAGE = Path(shipped.__file__).resolve().parents[1]


def test_the_fingerprint_stays_when_nothing_changes() -> None:
    assert shipped.shipped_fingerprint() == shipped.shipped_fingerprint()


def test_a_renamed_builtin_theme_changes_the_fingerprint(monkeypatch: pytest.MonkeyPatch) -> None:
    before = shipped.shipped_fingerprint()
    first = BUILTIN_THEMES[0]
    renamed = replace(first, name=LocalText({"en": "Patients", "nl": first.name.texts["nl"]}))  # type: ignore[attr-defined]
    monkeypatch.setattr(shipped, "BUILTIN_THEMES", (renamed, *BUILTIN_THEMES[1:]))

    assert shipped.shipped_fingerprint() != before


def test_only_the_dutch_name_changed_still_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    before = shipped.shipped_fingerprint()
    first = BUILTIN_THEMES[0]
    renamed = replace(first, name=LocalText({"en": str(first.name), "nl": "Patiëntcontact"}))
    monkeypatch.setattr(shipped, "BUILTIN_THEMES", (renamed, *BUILTIN_THEMES[1:]))

    assert shipped.shipped_fingerprint() != before


def test_a_changed_key_changes_the_fingerprint(monkeypatch: pytest.MonkeyPatch) -> None:
    before = shipped.shipped_fingerprint()
    moved = replace(BUILTIN_THEMES[-1], key="crs-gain-record-keeping")
    monkeypatch.setattr(shipped, "BUILTIN_THEMES", (*BUILTIN_THEMES[:-1], moved))

    assert shipped.shipped_fingerprint() != before


def test_no_python_source_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[Path] = []
    real_open = io.open

    def spy(file: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(file, str | Path):
            opened.append(Path(file).resolve())
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(io, "open", spy)
    monkeypatch.setattr(builtins, "open", spy)
    for reader in ("read_bytes", "read_text"):
        real = getattr(Path, reader)

        def watched(path: Path, *args: Any, _real: Any = real, **kwargs: Any) -> Any:
            opened.append(path.resolve())
            return _real(path, *args, **kwargs)

        monkeypatch.setattr(Path, reader, watched)

    shipped.shipped_fingerprint()

    assert any(path.suffix == ".toml" for path in opened)  # the spy does see the reads
    sources = [path for path in opened if path.suffix == ".py" and path.is_relative_to(PACKAGE)]
    assert sources == []


@pytest.fixture
def seeded(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "seeded.db", seed=shipped.seed_builtins) as store:
        yield store


def test_a_new_formula_costs_an_existing_database_one_settings_write(seeded: Store) -> None:
    # A database whose fingerprint was recorded with an older formula (as every
    # database made before this change): the next open re-checks each loader once.
    first = list_themes(seeded)[0]
    rename_theme(seeded, first.id, "Onze eigen naam")
    with seeded.transaction() as session:
        session.merge(Setting(key=shipped.FINGERPRINT_SETTING, value=json.dumps("0" * 64)))
    before = list_themes(seeded, include_archived=True)
    writes: list[str] = []

    def listen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().split()[0].upper() in {"INSERT", "UPDATE", "DELETE", "REPLACE"}:
            writes.append(statement)

    event.listen(seeded.engine, "before_cursor_execute", listen)
    try:
        with seeded.transaction() as session:
            shipped.seed_builtins(session)
    finally:
        event.remove(seeded.engine, "before_cursor_execute", listen)

    assert len(writes) == 1 and "settings" in writes[0]  # only the new fingerprint
    assert list_themes(seeded, include_archived=True) == before
