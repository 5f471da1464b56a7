from __future__ import annotations

import pytest

from reflectdesk.core.errors import InvalidInputError
from reflectdesk.store.database import Store
from reflectdesk.store.settings import (
    WARNING_MINUTES_KEY,
    ClockPreferences,
    _write,
    clock_preferences,
    save_clock_preferences,
)


def test_defaults_are_two_minutes_and_no_chime(store: Store) -> None:
    preferences = clock_preferences(store)
    assert preferences == ClockPreferences(warning_minutes=2, chime=False)
    assert preferences.thresholds().warning_seconds == 120


def test_saved_preferences_come_back(store: Store) -> None:
    save_clock_preferences(store, ClockPreferences(warning_minutes=5, chime=True))
    save_clock_preferences(store, ClockPreferences(warning_minutes=3, chime=True))
    assert clock_preferences(store) == ClockPreferences(warning_minutes=3, chime=True)


def test_out_of_range_is_refused_and_a_damaged_value_falls_back(store: Store) -> None:
    with pytest.raises(InvalidInputError):
        save_clock_preferences(store, ClockPreferences(warning_minutes=99))
    _write(store, WARNING_MINUTES_KEY, "lots")
    assert clock_preferences(store).warning_minutes == 2


def test_small_numbers_threshold_defaults_to_five_within_one_to_twenty(store: Store) -> None:
    from reflectdesk.store.settings import (
        SMALL_N_KEY,
        save_small_n_threshold,
        small_n_threshold,
    )

    assert small_n_threshold(store) == 5
    save_small_n_threshold(store, 10)
    assert small_n_threshold(store) == 10
    for wrong in (0, 21):
        with pytest.raises(InvalidInputError):
            save_small_n_threshold(store, wrong)
    _write(store, SMALL_N_KEY, "few")
    assert small_n_threshold(store) == 5
