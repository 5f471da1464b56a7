"""The file names the exports propose: what the file is, in the export's language."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest

from reflectdesk.core.clock_state import ClockEventRecord
from reflectdesk.core.model import ClockEventKind, GroupDraft
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.operations.export_names import (
    archive_file_name,
    group_file_name,
    programme_file_name,
    session_file_name,
)
from reflectdesk.store import groups, programmes, sessions
from reflectdesk.store.database import Store
from reflectdesk.store.formats import format_id_for_key

MIDDAY = datetime(2026, 11, 2, 12, 0, tzinfo=UTC)  # the same day in every time zone


def _group(store: Store, name: str, language: str | None = None) -> str:
    balint = format_id_for_key(store, "balint-one-case")  # phases, so a session can start
    return groups.create_group(store, GroupDraft(name=name, format_id=balint, language=language)).id


def _session(store: Store, group_id: str, start: datetime | None = MIDDAY) -> str:
    return sessions.plan_session(store, group_id, SessionDraft(planned_start=start)).id


@pytest.fixture
def amsterdam(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_summary_says_group_session_date_and_kind(store: Store) -> None:
    session = _session(store, _group(store, "Balint group 2"))
    assert session_file_name(store, session, "summary") == (
        "Balint group 2 — session 2026-11-02 — summary.pdf"
    )
    assert session_file_name(store, session, "handout") == (
        "Balint group 2 — session 2026-11-02 — handout.pdf"
    )


def test_dutch_words_for_a_dutch_export(store: Store) -> None:
    session = _session(store, _group(store, "Balintgroep 2"))
    assert session_file_name(store, session, "summary", "nl") == (
        "Balintgroep 2 — bijeenkomst 2026-11-02 — verslag.pdf"
    )
    assert session_file_name(store, session, "handout", "nl").endswith(" — hand-out.pdf")


def test_a_dutch_group_s_export_is_named_in_dutch_without_a_choice(store: Store) -> None:
    group = _group(store, "Intervisie Utrecht", language="nl")
    assert group_file_name(store, group, "series") == "Intervisie Utrecht — reeksrapport.pdf"
    assert group_file_name(store, group, "bulletin") == "Intervisie Utrecht — nieuwsbrief.pdf"
    assert group_file_name(store, group, "tables") == "Intervisie Utrecht — tabellen.xlsx"


def test_the_date_is_the_local_day_of_the_session(store: Store, amsterdam: None) -> None:
    # 23:30 UTC on 1 November is 00:30 on 2 November in Amsterdam.
    late = datetime(2026, 11, 1, 23, 30, tzinfo=UTC)
    session = _session(store, _group(store, "Avondgroep"), late)
    assert "2026-11-02" in session_file_name(store, session, "summary")


def test_a_summary_is_dated_by_the_day_it_ran_a_handout_by_the_plan(store: Store) -> None:
    # Planned for 2 November, run a day late: the summary's PDF says 3 November.
    session = _session(store, _group(store, "Balint group 2"))
    ran = MIDDAY + timedelta(days=1)
    start = ClockEventRecord(seq=1, kind=ClockEventKind.START, elapsed=0.0, wall_time=ran)
    sessions.record_clock_event(store, session, start)
    assert "session 2026-11-03 — summary" in session_file_name(store, session, "summary")
    assert "session 2026-11-02 — handout" in session_file_name(store, session, "handout")


def test_a_session_without_a_date_is_still_named(store: Store) -> None:
    session = _session(store, _group(store, "Balint group 2"), None)
    assert session_file_name(store, session, "summary") == (
        "Balint group 2 — session — summary.pdf"
    )


def test_a_group_name_with_a_slash_and_an_apostrophe(store: Store) -> None:
    group = _group(store, "Hüseyin's groep / Utrecht")
    assert group_file_name(store, group, "series", "nl") == (
        "Hüseyin's groep - Utrecht — reeksrapport.pdf"
    )


def test_an_archive_carries_the_day_it_was_made(store: Store) -> None:
    group = _group(store, "Balint group 2")
    today = date(2026, 12, 7)
    assert archive_file_name(store, group, today) == (
        "Balint group 2 — archive 2026-12-07.rdarchive"
    )
    assert archive_file_name(store, None, today, "nl") == (
        "ReflectDesk — alle groepen — archief 2026-12-07.rdarchive"
    )


def test_a_programme_report_is_named_after_the_programme(store: Store) -> None:
    programme = programmes.create_programme(store, "GP training 2026").id
    assert programme_file_name(store, programme) == "GP training 2026 — programme report.pdf"
    assert programme_file_name(store, programme, "nl") == (
        "GP training 2026 — programmarapport.pdf"
    )
