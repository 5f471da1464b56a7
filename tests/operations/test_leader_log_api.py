"""The leader log's use cases as the window and the command line call them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from reflectdesk.core.model import LeaderLogKind, Role
from reflectdesk.operations import leader_log as ops
from reflectdesk.store.database import Store
from tests.leader_sample import make_group, noon, run_session


def test_a_log_gathers_sessions_and_entries_and_words_the_progress(store: Store) -> None:
    group = make_group(store, "Balint Utrecht", (("Anne de Vries", Role.CO_FACILITATOR),))
    for day in (date(2026, 1, 6), date(2026, 2, 3), date(2026, 3, 3)):
        run_session(store, group, noon(day), 75)
    ops.add_entry(
        store,
        "Anne de Vries",
        ops.EntryDraft(LeaderLogKind.SUPERVISION, date(2026, 2, 10), 60, "Dr. Jansen"),
    )

    log = ops.leader_log(store, "anne de vries", "uk-balint-society", today=date(2026, 3, 4))

    assert [s.role for s in log.sessions] == [LeaderLogKind.CO_LED] * 3
    assert log.totals.co_led == 3
    assert log.totals.minutes == 225
    assert log.totals.supervision_sessions == 1
    first = log.requirements[0]
    assert (first.key, first.done, first.needed, first.to_go) == ("co-led-sessions", 3, 20, 17)
    assert first.sentence == "Co-led 3 of 20 sessions: 17 to go"
    assert ops.leaders(store) == ("Anne de Vries",)


def test_bodies_are_listed_in_the_language_asked(store: Store) -> None:
    keys = {body.key for body in ops.bodies("nl")}
    assert keys == {"uk-balint-society", "bsanz", "american-balint-society"}


def test_an_unknown_body_is_a_clear_error(store: Store) -> None:
    with pytest.raises(ops.UnknownBodyError):
        ops.leader_log(store, "Anne", "nowhere")


def test_exports_write_a_pdf_and_a_csv(store: Store, tmp_path: Path) -> None:
    group = make_group(store, "Balint Utrecht", (("Anne de Vries", Role.FACILITATOR),))
    run_session(store, group, noon(date(2026, 1, 6)), 90)
    pdf = ops.export_leader_log(store, "Anne de Vries", "bsanz", tmp_path / "log.pdf")
    csv = ops.export_leader_log(store, "Anne de Vries", None, tmp_path / "log.csv")
    assert pdf.path.read_bytes().startswith(b"%PDF")
    assert pdf.sessions == 1
    assert "Balint Utrecht" in csv.path.read_text(encoding="utf-8-sig")


def test_a_year_of_a_leaders_sessions_adds_up_to_the_minute(store: Store) -> None:
    """Twelve monthly sessions in two groups (one led, one co-led with a debrief every
    other time), one unfinished, and supervision by hand: the totals against sums made
    here."""
    led = make_group(store, "Balint Utrecht", (("Anne de Vries", Role.FACILITATOR),))
    co_led = make_group(
        store,
        "Intervisie Zwolle",
        (("Joost Kok", Role.FACILITATOR), ("Anne de Vries", Role.CO_FACILITATOR)),
        format_key="balint-two-cases",
    )
    minutes = [50 + month * 3 + 0.25 for month in range(12)]  # quarter minutes round down
    for month in range(12):
        group = led if month % 2 else co_led
        run_session(
            store, group, noon(date(2026, month + 1, 10)), minutes[month],
            debrief="Goed" if month % 4 == 0 else "",
        )  # fmt: skip
    run_session(store, led, noon(date(2026, 12, 20)), 60, finish=False)
    for month in range(1, 11):
        ops.add_entry(
            store,
            "Anne de Vries",
            ops.EntryDraft(LeaderLogKind.SUPERVISION, date(2026, month, 15), 45 + month),
        )

    log = ops.leader_log(store, "Anne de Vries", "bsanz", today=date(2026, 12, 31))

    expected_minutes = sum(int(m) for m in minutes)
    assert (log.totals.led, log.totals.co_led) == (6, 6)
    assert log.totals.minutes == expected_minutes
    assert log.totals.cases == 6 * 1 + 6 * 2
    assert log.totals.months_led == 12
    assert (log.totals.co_led_in_app, log.totals.co_led_debriefed) == (6, 3)
    assert log.totals.supervision_minutes == sum(45 + m for m in range(1, 11))
    lines = {line.key: line for line in log.requirements}
    assert lines["supervision-per-year"].met and lines["supervision-per-year"].done == 10
    assert lines["case-discussions"].sentence == "18 of 30 case discussions: 12 to go"
    assert lines["meetings"].sentence == "Led or co-led 12 of 20 sessions: 8 to go"


def test_debriefs_before_any_co_led_session_say_so(store: Store) -> None:
    make_group(store, "Balint Utrecht", (("Anne de Vries", Role.FACILITATOR),))
    log = ops.leader_log(store, "Anne de Vries", "american-balint-society")
    line = next(line for line in log.requirements if line.key == "co-leader-debriefs")
    assert (line.met, line.sentence) == (False, "No co-led session yet")
