"""When the whole database file is read through once more (a full check).

Opening a database looks only at what is cheap whatever the file's size (its header,
the size it records, its id, revision and schema). A full check reads every page, which
grows with the years of records, so it runs in the background and only when there is a
reason: the last process that had the file open stopped without closing it (killed, a
crash, a power cut), or the last check that passed is a week old (or was never made).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import Enum

FULL_CHECK_EVERY = timedelta(days=7)


class FullCheckReason(Enum):
    UNCLEAN_STOP = "unclean_stop"
    PERIODIC = "periodic"


def full_check_due(
    *,
    unclean_stop: bool,
    last_passed: datetime | None,
    now: datetime,
    every: timedelta = FULL_CHECK_EVERY,
) -> FullCheckReason | None:
    """Why a full check is due now, or None. ``last_passed`` after ``now`` (the clock was
    put back) counts as due: the date can no longer vouch for anything."""
    if unclean_stop:
        return FullCheckReason.UNCLEAN_STOP
    if last_passed is None or last_passed > now or now - last_passed >= every:
        return FullCheckReason.PERIODIC
    return None
