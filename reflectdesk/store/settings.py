"""Facilitator preferences kept in the database (they travel with the data to a new
laptop), as JSON values under stable keys. Window layout lives elsewhere (per machine)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert

from reflectdesk.core.clock_state import Thresholds
from reflectdesk.core.validation import check_count
from reflectdesk.store.database import Store
from reflectdesk.store.models.settings import Setting

WARNING_MINUTES_KEY = "clock.warning_minutes"
CHIME_KEY = "clock.chime_at_phase_end"
WARNING_MINUTES_RANGE = (0, 30)


@dataclass(frozen=True, slots=True)
class ClockPreferences:
    warning_minutes: int = 2
    chime: bool = False

    def thresholds(self) -> Thresholds:
        return Thresholds(warning_seconds=self.warning_minutes * 60)


def _read(store: Store, key: str) -> object:
    table = Setting.__table__
    with store.reading() as session:
        raw = session.scalar(select(table.c.value).where(table.c.key == key))
    if raw is None:
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return None  # a damaged value falls back to the default


def _write(store: Store, key: str, value: object) -> None:
    table = Setting.__table__
    statement = insert(Setting).values(key=key, value=json.dumps(value))
    statement = statement.on_conflict_do_update(
        index_elements=[table.c.key], set_={"value": statement.excluded.value}
    )
    with store.transaction() as session:
        session.execute(statement)
    store.changes.publish("settings", key)


def clock_preferences(store: Store) -> ClockPreferences:
    default = ClockPreferences()
    minutes = _read(store, WARNING_MINUTES_KEY)
    chime = _read(store, CHIME_KEY)
    low, high = WARNING_MINUTES_RANGE
    return ClockPreferences(
        warning_minutes=minutes
        if isinstance(minutes, int) and low <= minutes <= high
        else default.warning_minutes,
        chime=chime if isinstance(chime, bool) else default.chime,
    )


def save_clock_preferences(store: Store, preferences: ClockPreferences) -> None:
    low, high = WARNING_MINUTES_RANGE
    check_count(
        preferences.warning_minutes,
        field="warning_minutes",
        label="The warning time",
        low=low,
        high=high,
    )
    _write(store, WARNING_MINUTES_KEY, preferences.warning_minutes)
    _write(store, CHIME_KEY, preferences.chime)
