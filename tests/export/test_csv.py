"""CSV export of one group: the columns, UTF-8 names, actual seconds from the clock
replay, and no private text anywhere."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from reflectdesk.core.clock import snapshot_at
from reflectdesk.core.errors import NotFoundError
from reflectdesk.export.csv_export import (
    ACTION_COLUMNS,
    ATTENDANCE_COLUMNS,
    PHASE_COLUMNS,
    SESSION_COLUMNS,
    THEME_COLUMNS,
    write_csv,
)
from reflectdesk.store.database import open_store
from reflectdesk.store.sessions import clock_events, list_sessions, session_phases
from tests.export.rich import CANARY, Rich


@pytest.fixture
def written(rich: Rich, tmp_path: Path) -> dict[str, list[dict[str, str]]]:
    out = tmp_path / "csv"
    with open_store(rich.path) as store:
        paths = write_csv(store, rich.group_id, out)
    assert [path.name for path in paths] == [
        "sessions.csv",
        "phases.csv",
        "attendance.csv",
        "themes.csv",
        "actions.csv",
    ]
    tables = {}
    for path in paths:
        with path.open(encoding="utf-8-sig", newline="") as stream:
            tables[path.stem] = list(csv.DictReader(stream))
    return tables


def _header(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return next(csv.reader(stream))


def test_each_file_has_its_header(rich: Rich, tmp_path: Path) -> None:
    with open_store(rich.path) as store:
        paths = write_csv(store, rich.group_id, tmp_path)
    headers = [_header(path) for path in paths]
    assert headers == [
        list(SESSION_COLUMNS),
        list(PHASE_COLUMNS),
        list(ATTENDANCE_COLUMNS),
        list(THEME_COLUMNS),
        list(ACTION_COLUMNS),
    ]
    assert not list(tmp_path.glob("*.tmp"))


def test_rows_hold_the_names_as_written(
    rich: Rich, written: dict[str, list[dict[str, str]]]
) -> None:
    (meeting,) = written["sessions"]
    assert meeting["id"] == rich.session_id
    assert meeting["date"] == "2026-03-10"
    assert meeting["status"] == "finished"
    assert meeting["format"] == "Balint ισχυρή παραλλαγή"
    assert meeting["presenter"] == "İlker Şahin"
    register = {row["display_name"]: row["status"] for row in written["attendance"]}
    assert register == {
        "Ελένη Παπαδοπούλου": "present",
        "İlker Şahin": "present",
        "IJsbrand van 't Eertwegh": "late",
        "Νίκος Γεωργίου": "",
    }
    assert {row["date"] for row in written["attendance"]} == {"2026-03-10"}
    (action,) = written["actions"]
    assert action["text"] == "Şükrü'ye geri bildirim"
    assert action["owner"] == "İlker Şahin"
    assert action["due_on"] == "2026-03-17"
    assert action["done"] == "false"
    themes = written["themes"]
    assert len([row for row in themes if row["session_id"] == rich.session_id]) == 2
    assert len([row for row in themes if row["learning_point_id"]]) == 1
    assert all(row["kind"] in {"experience", "learning_gain"} for row in themes)


def test_actual_seconds_are_the_clock_replays_used(
    rich: Rich, written: dict[str, list[dict[str, str]]]
) -> None:
    with open_store(rich.path) as store:
        (meeting,) = list_sessions(store, rich.group_id)
        phases = session_phases(store, rich.session_id)
        events = clock_events(store, rich.session_id)
    snapshot = snapshot_at([phase.to_planned() for phase in phases], events, events[-1].elapsed)
    used = [phase.used for phase in snapshot.phases]
    rows = written["phases"]
    assert [int(row["position"]) for row in rows] == [phase.position for phase in phases]
    assert [row["name"] for row in rows] == [phase.name for phase in phases]
    assert [int(row["planned_seconds"]) for row in rows] == [p.planned_seconds for p in phases]
    assert [float(row["actual_seconds"]) for row in rows] == pytest.approx(used)
    # 250.5 running, a 149.5 pause, then to 910.25: the pause does not count.
    assert float(rows[0]["actual_seconds"]) == pytest.approx(760.75)
    (session_row,) = written["sessions"]
    assert float(session_row["actual_seconds"]) == pytest.approx(sum(used))
    assert int(session_row["planned_seconds"]) == meeting.planned_seconds


def test_sessions_whose_clock_never_ran_have_no_actual_seconds(rich: Rich, tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from reflectdesk.core.sessions import SessionDraft
    from reflectdesk.store.sessions import plan_session

    with open_store(rich.path) as store:
        later = plan_session(
            store, rich.group_id, SessionDraft(datetime(2026, 4, 7, 12, 0, tzinfo=UTC))
        )
        paths = write_csv(store, rich.group_id, tmp_path)
    with paths[0].open(encoding="utf-8-sig", newline="") as stream:
        rows = {row["id"]: row for row in csv.DictReader(stream)}
    assert rows[later.id]["actual_seconds"] == ""
    assert rows[later.id]["status"] == "planned"


def test_no_private_text_in_any_file(rich: Rich, tmp_path: Path) -> None:
    with open_store(rich.path) as store:
        paths = write_csv(store, rich.group_id, tmp_path)
    for path in paths:
        data = path.read_bytes()
        assert CANARY.encode() not in data
        assert b"CANARY" not in data
        assert "Σημείωση".encode() not in data
        data.decode("utf-8")  # strictly UTF-8


def test_commas_and_quotes_in_a_text_survive(rich: Rich, tmp_path: Path) -> None:
    from reflectdesk.core.notes import ActionDraft
    from reflectdesk.store.notes import add_action

    with open_store(rich.path) as store:
        add_action(store, rich.session_id, ActionDraft('Zeg "nee", soms; çok önemli'))
        paths = write_csv(store, rich.group_id, tmp_path)
    with paths[-1].open(encoding="utf-8-sig", newline="") as stream:
        texts = [row["text"] for row in csv.DictReader(stream)]
    assert 'Zeg "nee", soms; çok önemli' in texts


def test_an_unknown_group_is_not_found(rich: Rich, tmp_path: Path) -> None:
    with open_store(rich.path) as store, pytest.raises(NotFoundError):
        write_csv(store, "no-such-group", tmp_path / "out")
    assert not (tmp_path / "out").exists()
