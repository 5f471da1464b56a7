"""A leader's hand entries and their private notes travel in whole archives and come
back on import; a one-group archive carries none (the log is the leader's, not the
group's) and is still written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reflectdesk.core.leader_entries import EntryDraft
from reflectdesk.core.model import LeaderLogKind, Role
from reflectdesk.export.archive import export_archive, import_archive
from reflectdesk.store import leader_log
from reflectdesk.store.builtins import seed_builtins
from reflectdesk.store.database import open_store
from tests.fakes import open_vault
from tests.leader_sample import make_group, noon, run_session


def test_entries_and_their_notes_round_trip_through_a_whole_archive(tmp_path: Path) -> None:
    whole, single = tmp_path / "all.rdarchive", tmp_path / "one.rdarchive"
    with open_store(tmp_path / "source.db", seed=seed_builtins) as store:
        open_vault(store)
        group = make_group(store, "Balint Utrecht", (("Anne de Vries", Role.FACILITATOR),))
        run_session(store, group, noon(date(2026, 1, 6)), 60)
        draft = EntryDraft(
            LeaderLogKind.SUPERVISION, date(2026, 1, 8), 45, "Dr. Jansen", note="Over grenzen"
        )
        entry = leader_log.add_entry(store, "Anne de Vries", draft)
        leader_log.add_entry(
            store, "Anne de Vries", EntryDraft(LeaderLogKind.TRAINING, date(2026, 2, 1), 480)
        )
        export_archive(store, whole)
        summary = export_archive(store, single, group)
    assert summary.rows.get("leader_log_entries", 0) == 0

    with open_store(tmp_path / "target.db", seed=seed_builtins) as store:
        import_archive(store, whole)
        open_vault(store)
        copied = leader_log.entries(store, "Anne de Vries")
        assert [(e.id, e.kind, e.minutes, e.counterpart) for e in copied] == [
            (entry.id, LeaderLogKind.SUPERVISION, 45, "Dr. Jansen"),
            (copied[1].id, LeaderLogKind.TRAINING, 480, ""),
        ]
        assert leader_log.entry_note(store, entry.id) == "Over grenzen"
        assert [s.minutes for s in leader_log.led_sessions(store, "Anne de Vries")] == [60]
        # Importing the same archive again adds nothing twice.
        import_archive(store, whole)
        assert len(leader_log.entries(store, "Anne de Vries")) == 2

    with open_store(tmp_path / "single.db", seed=seed_builtins) as store:
        import_archive(store, single)
        assert leader_log.entries(store, "Anne de Vries") == []
