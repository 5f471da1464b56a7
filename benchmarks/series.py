"""How fast the series planner's preview and the calendar export are on a big file.

Against --db (opened read-only through ``open_store(for_reading=True)``, as the CLI does;
nothing is written), for the group with planned sessions that has the most sessions:

- the preview: ``operations.session_series.check_series`` for twelve monthly sessions
  (the group's sessions read, each new day checked for clashes), what the series dialog
  runs on every change of a field, against ``SELECT COUNT(*)`` of that group's sessions
  through the same store;
- the calendar: ``operations.calendar_export.calendar_bytes`` of the group's planned
  sessions in Europe/Amsterdam (reads, words, the .ics with its VTIMEZONE), against the
  same number of bare events built with icalendar alone (no store), VTIMEZONE included.

Runs alternate with their baseline after one discarded warm-up each; medians and ratios
are printed with the bars. Exits 1 when a bar is broken.

    python benchmarks/series.py --db /tmp/reflectdesk-scale/large-10x.db [--runs 15]
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from zoneinfo import ZoneInfo

from paired_runs import bar_line as line
from paired_runs import paired

ROOT = Path(__file__).resolve().parents[1]
PREVIEW_BAR_MS = 50.0  # a field change in the dialog must feel immediate
CALENDAR_BAR_MS = 300.0
COUNT = "SELECT COUNT(*) FROM sessions WHERE group_id = :group"


def pick(db: Path) -> tuple[str, int]:
    """The group with planned sessions that has the most sessions, and how many are
    planned."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
        row = connection.execute(
            "SELECT group_id, sum(status = 'planned' AND planned_start IS NOT NULL) AS planned "
            "FROM sessions GROUP BY group_id HAVING planned > 0 "
            "ORDER BY count(*) DESC, group_id LIMIT 1"
        ).fetchone()
    if row is None:
        raise SystemExit("no group in this file has a planned session with a date")
    return str(row[0]), int(row[1])


def bare_calendar(events: int) -> bytes:
    import icalendar

    zone = ZoneInfo("Europe/Amsterdam")
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//bare//EN")
    calendar.add("version", "2.0")
    start = datetime(2027, 1, 5, 19, 0, tzinfo=zone)
    for number in range(events):
        event = icalendar.Event()
        event.add("uid", f"{number}@bare")
        event.add("dtstamp", datetime(2027, 1, 1, tzinfo=UTC))
        event.add("summary", f"Group — session {number}")
        event.add("dtstart", start + timedelta(weeks=number))
        event.add("dtend", start + timedelta(weeks=number, minutes=90))
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True, help="a database at the current schema")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from sqlalchemy import text

    from reflectdesk.core.session_series import Rhythm, SeriesPlan
    from reflectdesk.operations.calendar_export import calendar_bytes
    from reflectdesk.operations.session_series import check_series, format_minutes
    from reflectdesk.store.database import open_store

    group, planned = pick(args.db)
    zone = ZoneInfo("Europe/Amsterdam")
    now = datetime(2027, 1, 1, tzinfo=UTC)
    with open_store(args.db, for_reading=True) as store:
        minutes = format_minutes(store, group)
        plan = SeriesPlan(
            date(2027, 1, 12), clock_time(19), Rhythm.MONTHLY_WEEKDAY, 12, minutes, zone
        )

        def count() -> object:
            with store.reading() as session:
                return session.execute(text(COUNT), {"group": group}).scalar()

        sessions = count()
        print(f"group {group}: {sessions} sessions, {planned} planned with a date")
        preview = paired(lambda: check_series(store, group, plan, now), count, args.runs)
        calendar = paired(
            lambda: calendar_bytes(store, group, zone="Europe/Amsterdam", now=now),
            lambda: bare_calendar(planned),
            args.runs,
        )
    fine = line("series preview (12 monthly)", *preview, PREVIEW_BAR_MS)
    fine &= line(f"calendar of {planned} planned", *calendar, CALENDAR_BAR_MS)
    return 0 if fine else 1


if __name__ == "__main__":
    raise SystemExit(main())
