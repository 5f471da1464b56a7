"""Facilitator preferences kept in the database (they travel with the data to a new
laptop), as JSON values under stable keys. Window layout lives elsewhere (per machine)."""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert

from reflectdesk.core.clock_state import Thresholds
from reflectdesk.core.errors import N_, InvalidInputError, words
from reflectdesk.core.figure_rules import SMALL_N_DEFAULT, SMALL_N_RANGE
from reflectdesk.core.names import fold
from reflectdesk.core.validation import check_count
from reflectdesk.store.database import Store
from reflectdesk.store.engine_kind import EngineKind
from reflectdesk.store.models.groups import Group
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
    if store.kind is EngineKind.HUB:
        return None  # the hub keeps no settings (they are the laptop's): the defaults hold
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
        label=N_("The warning time"),
        low=low,
        high=high,
    )
    _write(store, WARNING_MINUTES_KEY, preferences.warning_minutes)
    _write(store, CHIME_KEY, preferences.chime)


# -- identifiable-detail check ----------------------------------------------------------

PLACE_NAMES_KEY = "privacy.place_names"
PLACE_NAME_MAX_LENGTH = 200
PLACE_NAMES_MAX_COUNT = 1000


def _clean_place_names(names: Iterable[str]) -> tuple[str, ...]:
    """Trimmed, without blanks, and each name once (regardless of case and accents)."""
    seen: set[str] = set()
    kept: list[str] = []
    for raw in names:
        name = " ".join(raw.split())
        key = fold(name)
        if name and key not in seen:
            seen.add(key)
            kept.append(name)
    return tuple(kept)


def place_names(store: Store) -> tuple[str, ...]:
    """The facilitator's hospital, practice and ward names that the identifiable-detail
    check points out; empty when none are set (or the stored value is damaged)."""
    raw = _read(store, PLACE_NAMES_KEY)
    if not isinstance(raw, list):
        return ()
    return _clean_place_names(name for name in raw if isinstance(name, str))


def save_place_names(store: Store, names: Iterable[str]) -> tuple[str, ...]:
    """Save the list (cleaned as :func:`place_names` reads it); returns what was saved."""
    clean = _clean_place_names(names)
    for name in clean:
        if len(name) > PLACE_NAME_MAX_LENGTH:
            raise InvalidInputError(
                "place_names",
                words()
                .gettext("A name can be up to {most} characters: {name}…")
                .format(most=PLACE_NAME_MAX_LENGTH, name=name[:40]),
            )
    check_count(
        len(clean),
        field="place_names",
        label=N_("The number of names"),
        low=0,
        high=PLACE_NAMES_MAX_COUNT,
    )
    _write(store, PLACE_NAMES_KEY, list(clean))
    return clean


# -- the private-notes vault ------------------------------------------------------------

AUTO_LOCK_KEY = "vault.auto_lock_minutes"
AUTO_LOCK_MINUTES_RANGE = (1, 240)
AUTO_LOCK_DEFAULT_MINUTES = 10


def auto_lock_minutes(store: Store) -> int:
    """Minutes without a key press or mouse move before private notes lock (default 10)."""
    minutes = _read(store, AUTO_LOCK_KEY)
    low, high = AUTO_LOCK_MINUTES_RANGE
    if isinstance(minutes, int) and not isinstance(minutes, bool) and low <= minutes <= high:
        return minutes
    return AUTO_LOCK_DEFAULT_MINUTES


def save_auto_lock_minutes(store: Store, minutes: int) -> None:
    low, high = AUTO_LOCK_MINUTES_RANGE
    check_count(
        minutes, field="auto_lock_minutes", label=N_("The auto-lock time"), low=low, high=high
    )
    _write(store, AUTO_LOCK_KEY, minutes)


# -- small numbers in evaluation figures ------------------------------------------------

SMALL_N_KEY = "evaluation.small_n_threshold"


def small_n_threshold(store: Store) -> int:
    """The fewest respondents a percentage or chart is shown for (default 5); below it
    only the count is, with "too few to report" (core/figure_rules.reportable)."""
    value = _read(store, SMALL_N_KEY)
    low, high = SMALL_N_RANGE
    if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
        return value
    return SMALL_N_DEFAULT


def save_small_n_threshold(store: Store, threshold: int) -> None:
    low, high = SMALL_N_RANGE
    check_count(
        threshold,
        field="small_n_threshold",
        label=N_("The fewest respondents to report on"),
        low=low,
        high=high,
    )
    _write(store, SMALL_N_KEY, threshold)


# -- pairing a series' start and end forms ----------------------------------------------

PAIRING_SECRET_KEY = "pairing.secret.{group_id}"


def pairing_secret(store: Store, group_id: str) -> bytes:
    """The group's secret for members' pseudonyms (core/paired_change.pseudonym), made on
    first use. It stays in this database: archives skip the settings table and no CSV
    carries it, so a pseudonym cannot be recomputed from an export."""
    table = Setting.__table__
    key = PAIRING_SECRET_KEY.format(group_id=group_id)
    fresh = insert(Setting).values(key=key, value=json.dumps(secrets.token_hex(32)))
    with store.transaction() as session:
        session.execute(fresh.on_conflict_do_nothing(index_elements=[table.c.key]))
        raw = session.scalar(select(table.c.value).where(table.c.key == key))
    value = json.loads(raw) if raw is not None else None
    if not isinstance(value, str) or not value:
        raise ValueError("the pairing secret is damaged")  # only a hand-edited database
    return value.encode("ascii")


# -- the last full check of the file (core/full_check_rule.py) --------------------------

LAST_FULL_CHECK_KEY = "file.last_full_check_passed"


def last_full_check_passed(store: Store) -> datetime | None:
    """When a full check of this file last passed (aware, UTC); None if never or the
    stored value is damaged."""
    raw = _read(store, LAST_FULL_CHECK_KEY)
    if not isinstance(raw, str):
        return None
    try:
        at = datetime.fromisoformat(raw)
    except ValueError:
        return None
    return at if at.tzinfo is not None else None


def save_last_full_check_passed(store: Store, at: datetime) -> None:
    if at.tzinfo is None:
        raise ValueError("the time of a full check must be aware")
    _write(store, LAST_FULL_CHECK_KEY, at.astimezone(UTC).isoformat())


# -- the first-run welcome (ui/shell/welcome_page.py) -----------------------------------

WELCOME_DONE_KEY = "welcome.done"


def welcome_due(store: Store) -> bool:
    """True while this database has never held a group: the window greets with the
    welcome page. The first time a group is seen the fact is kept, so a database whose
    groups were all archived later shows the usual empty page, never the welcome again."""
    if _read(store, WELCOME_DONE_KEY) is True:
        return False
    with store.reading() as session:
        has_groups = session.scalar(select(Group.id).limit(1)) is not None
    if not has_groups:
        return True
    mark_welcome_done(store)
    return False


def mark_welcome_done(store: Store) -> None:
    _write(store, WELCOME_DONE_KEY, True)


# -- attendance-list reminders a facilitator dismissed (ui/groups/list_reminder.py) ------

LIST_REMINDERS_DISMISSED_KEY = "attendance_list.reminders_dismissed"


def dismissed_list_reminders(store: Store) -> frozenset[str]:
    """The sessions whose overdue-list reminder was dismissed."""
    raw = _read(store, LIST_REMINDERS_DISMISSED_KEY)
    if not isinstance(raw, list):
        return frozenset()
    return frozenset(item for item in raw if isinstance(item, str))


def dismiss_list_reminder(store: Store, session_id: str) -> None:
    dismissed = dismissed_list_reminders(store) | {session_id}
    _write(store, LIST_REMINDERS_DISMISSED_KEY, sorted(dismissed))


# -- the leader log ---------------------------------------------------------------------

MY_LEADER_NAME_KEY = "leader_log.my_name"
# {folded leader name: {body key: [requirement keys ticked]}}: the manual items of a
# body's requirements (a supervisor's written report) that the leader marked done.
LEADER_TICKS_KEY = "leader_log.ticked"


def my_leader_name(store: Store) -> str:
    """The name the app's user leads under ('' until chosen): the leader log opens on it."""
    value = _read(store, MY_LEADER_NAME_KEY)
    return value if isinstance(value, str) else ""


def save_my_leader_name(store: Store, name: str) -> None:
    _write(store, MY_LEADER_NAME_KEY, " ".join(name.split()))


def _ticks(store: Store) -> dict[str, dict[str, list[str]]]:
    value = _read(store, LEADER_TICKS_KEY)
    if not isinstance(value, dict):
        return {}
    return {
        str(leader): {
            str(body): [str(key) for key in keys if isinstance(key, str)]
            for body, keys in bodies.items()
            if isinstance(keys, list)
        }
        for leader, bodies in value.items()
        if isinstance(bodies, dict)
    }


def ticked_requirements(store: Store, leader_key: str, body_key: str) -> frozenset[str]:
    """The manual requirements of ``body_key`` that the leader (by folded name) ticked."""
    return frozenset(_ticks(store).get(leader_key, {}).get(body_key, []))


def save_ticked_requirement(
    store: Store, leader_key: str, body_key: str, requirement_key: str, done: bool
) -> None:
    ticks = _ticks(store)
    keys = set(ticks.setdefault(leader_key, {}).get(body_key, []))
    if done:
        keys.add(requirement_key)
    else:
        keys.discard(requirement_key)
    ticks[leader_key][body_key] = sorted(keys)
    _write(store, LEADER_TICKS_KEY, ticks)
