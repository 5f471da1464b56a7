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
