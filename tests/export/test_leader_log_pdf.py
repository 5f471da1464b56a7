"""The leader log's PDF: what a supervisor signs, in English and Dutch, never a private
note, byte for byte the same when made reproducibly."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from reflectdesk.core.leader_entries import EntryDraft
from reflectdesk.core.model import LeaderLogKind, Role
from reflectdesk.operations import leader_log as ops
from reflectdesk.store.database import Store
from tests.export.pdfcheck import qpdf_check, text
from tests.leader_sample import make_group, noon, run_session

TODAY = date(2026, 12, 7)


@pytest.fixture
def logged(store: Store) -> Store:
    group = make_group(
        store,
        "Balint Zwolle",
        (("Joost Kok", Role.FACILITATOR), ("Anne de Vries", Role.CO_FACILITATOR)),
        format_key="balint-two-cases",
    )
    for day in (date(2026, 1, 6), date(2026, 2, 3)):
        run_session(store, group, noon(day), 90, debrief="Goed")
    ops.add_entry(
        store,
        "Anne de Vries",
        EntryDraft(
            LeaderLogKind.SUPERVISION, date(2026, 2, 9), 65, "Dr. Jansen", note="Zeer geheim"
        ),
    )
    return store


def test_the_pdf_shows_progress_sessions_entries_and_signature_lines(
    logged: Store, tmp_path: Path
) -> None:
    out = tmp_path / "log.pdf"
    ops.export_leader_log(
        logged, "Anne de Vries", "uk-balint-society", out, language="en", today=TODAY
    )
    qpdf_check(out)
    words = " ".join(text(out).split())
    assert "Co-led 2 of 20 sessions: 18 to go" in words
    assert "Balint Zwolle" in words and "Dr. Jansen" in words
    assert "balint.co.uk" in words and "checked on Monday 7 December 2026" in words
    assert "Signature and date" in words and "Supervisor" in words
    assert "1 h 5 min" in words  # supervision, to the minute
    assert "Zeer geheim" not in words


def test_the_dutch_pdf(logged: Store, tmp_path: Path) -> None:
    out = tmp_path / "log.pdf"
    ops.export_leader_log(logged, "Anne de Vries", "bsanz", out, language="nl", today=TODAY)
    words = " ".join(text(out).split())
    assert "Begeleiderslogboek" in words
    assert "4 van 30 casusbesprekingen: nog 26 te gaan" in words
    assert "Balintgroep — twee casussen (90 min)" in words
    assert "Handtekening en datum" in words


def test_the_pdf_is_reproducible(logged: Store, tmp_path: Path, reproducible: None) -> None:
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    for out in (first, second):
        ops.export_leader_log(logged, "Anne de Vries", "bsanz", out, language="en", today=TODAY)
    assert first.read_bytes() == second.read_bytes()
