"""The full check of the open database, in the background (core/full_check_rule.py says
when): whether one is due, running it, and remembering that it passed.

Opening reads only what is cheap (store/sqlite_file.py), so a damaged page deep in the
file shows either where SQLite reads it (a CorruptDatabaseError) or here. A check that
passed is remembered in the settings table and settles the instance lock's record of an
unclean stop; a check that found damage writes nothing, so the next start checks again.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from reflectdesk.core.full_check_rule import FullCheckReason, full_check_due
from reflectdesk.store.database import Store
from reflectdesk.store.settings import last_full_check_passed, save_last_full_check_passed
from reflectdesk.store.sqlite_file import integrity_check_while_open

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class FullCheckResult:
    verdict: str  # "ok" when healthy, else SQLite's findings (one line)
    seconds: float

    @property
    def passed(self) -> bool:
        return self.verdict == "ok"


def full_check_reason(store: Store, now: datetime) -> FullCheckReason | None:
    """Why the open database is owed a full check now, or None."""
    return full_check_due(
        unclean_stop=store.after_unclean_stop,
        last_passed=last_full_check_passed(store),
        now=now,
    )


def run_full_check(store: Store, stopped: Callable[[], bool]) -> FullCheckResult | None:
    """integrity_check over every page on its own read-only connection (any thread; the
    Store's engine is not used); None when ``stopped()`` turned true first."""
    started = time.perf_counter()
    verdict = integrity_check_while_open(store.path, stopped)
    if verdict is None:
        log.info("full check stopped after %.1f s", time.perf_counter() - started)
        return None
    result = FullCheckResult(verdict, time.perf_counter() - started)
    # The verdict names pages and indexes, never a record's text.
    log.info("full check in %.1f s: %s", result.seconds, "ok" if result.passed else "damage")
    return result


def record_full_check(store: Store, result: FullCheckResult, now: datetime) -> None:
    """Remember a check that passed; one that found damage leaves everything as it was."""
    if not result.passed:
        return
    save_last_full_check_passed(store, now)
    store.full_check_passed()
