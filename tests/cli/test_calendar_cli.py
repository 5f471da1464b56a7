"""``reflectdesk export calendar``: a group's planned sessions as an .ics file."""

from __future__ import annotations

from datetime import UTC, datetime, time
from pathlib import Path

import icalendar
import pytest

from reflectdesk import cli
from reflectdesk.commands import EXIT_ERROR, EXIT_OK
from reflectdesk.core.model import GroupDraft
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.store import groups, sessions
from reflectdesk.store.builtins import seed_builtins
from reflectdesk.store.database import open_store
from reflectdesk.store.formats import format_id_for_key

FIRST = datetime(2026, 10, 20, 17, 0, tzinfo=UTC)  # 19:00 in Amsterdam (summer time)
SECOND = datetime(2026, 10, 27, 18, 0, tzinfo=UTC)  # 19:00 in Amsterdam (winter time)


@pytest.fixture
def db(tmp_path: Path) -> tuple[Path, list[str]]:
    path = tmp_path / "cal.db"
    with open_store(path, seed=seed_builtins) as store:
        balint = format_id_for_key(store, "balint-one-case")
        group = groups.create_group(store, GroupDraft(name="Balint Tuesday", format_id=balint))
        groups.create_group(store, GroupDraft(name="Empty group", format_id=balint))
        ids = [
            sessions.plan_session(store, group.id, SessionDraft(planned_start=when)).id
            for when in (FIRST, SECOND)
        ]
    return path, ids


def test_the_groups_planned_sessions_by_name(
    db: tuple[Path, list[str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, ids = db
    out = tmp_path / "series.ics"
    argv = ["export", "calendar", "--db", str(path), "--group", "balint tuesday", "--out", str(out)]
    status = cli.main([*argv, "--timezone", "Europe/Amsterdam", "--lang", "en"])
    assert status == EXIT_OK
    assert "wrote 2 sessions to the calendar" in capsys.readouterr().out
    events = list(icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT"))
    assert [str(e["uid"]) for e in events] == [f"{i}@reflectdesk" for i in ids]
    assert [e.decoded("dtstart").time() for e in events] == [time(19, 0), time(19, 0)]
    assert {e["dtstart"].params["TZID"] for e in events} == {"Europe/Amsterdam"}

    one = tmp_path / "one.ics"
    argv = ["export", "calendar", "--db", str(path), "--group", "Balint Tuesday"]
    status = cli.main([*argv, "--session", ids[1], "--out", str(one), "--timezone", "UTC"])
    assert status == EXIT_OK
    assert "wrote 1 session to the calendar" in capsys.readouterr().out
    assert b"DTSTART:20261027T180000Z" in one.read_bytes()


def test_nothing_planned_or_no_such_group_is_one_line(
    db: tuple[Path, list[str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = db
    out = tmp_path / "x.ics"
    base = ["--lang", "en", "export", "calendar", "--db", str(path), "--out", str(out)]
    assert cli.main([*base, "--group", "Empty group"]) == EXIT_ERROR
    assert "no planned session with a date" in capsys.readouterr().err
    assert cli.main([*base, "--group", "Nobody"]) == EXIT_ERROR
    assert 'no group has the name or id "Nobody"' in capsys.readouterr().err
    assert cli.main([*base, "--group", "Balint Tuesday", "--timezone", "Mars/Base"]) == EXIT_ERROR
    assert "Mars/Base" in capsys.readouterr().err
    assert not out.exists()


def test_icalendar_stays_off_the_way_to_the_window() -> None:
    """The window, its group page and the series dialog load without icalendar; only an
    export imports it."""
    import os
    import subprocess
    import sys

    code = (
        "import sys, reflectdesk.cli, reflectdesk.ui.shell.main_window, "
        "reflectdesk.ui.groups.plan_series_dialog, reflectdesk.ui.groups.calendar_export; "
        "print('icalendar' in sys.modules)"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert done.stdout.strip() == "False"
