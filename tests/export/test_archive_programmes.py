"""Programmes travel in archives: a whole-database archive carries them, a one-group
archive its group's programme; an archive of schema 0011 (no programmes.json) imports;
and a coordinator builds one programme report from three facilitators' archives."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

from reflectdesk.core.model import GroupDraft
from reflectdesk.core.programme_stats import agree_count
from reflectdesk.export.archive import export_archive, import_archive
from reflectdesk.export.archive_format import ADDED_COLUMNS, ADDED_TABLES
from reflectdesk.operations.programme_exports import export_programme_report
from reflectdesk.store import groups, programmes
from reflectdesk.store.builtins import seed_builtins
from reflectdesk.store.database import open_store
from tests.programme_sample import PLANS, build_programme_sample


def _as_0011(source: Path, out: Path) -> Path:
    """``source`` as schema 0011 wrote it: no programmes table, no 0012 columns."""
    with zipfile.ZipFile(source) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    manifest = json.loads(files["manifest.json"])
    manifest["schema"] = "0011"
    for table in ADDED_TABLES["0012"]:
        files.pop(f"{table}.json", None)
        manifest["tables"].pop(table, None)
    for table, columns in ADDED_COLUMNS["0012"].items():
        name = f"{table}.json"
        if name not in files:
            continue
        rows = [
            {key: value for key, value in row.items() if key not in columns}
            for row in json.loads(files[name])
        ]
        files[name] = json.dumps(rows).encode()
        manifest["tables"][table]["sha256"] = hashlib.sha256(files[name]).hexdigest()
    files["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return out


def test_programmes_travel_with_whole_and_one_group_archives(tmp_path: Path) -> None:
    whole, single = tmp_path / "all.rdarchive", tmp_path / "one.rdarchive"
    with open_store(tmp_path / "source.db") as store:
        inside = groups.create_group(store, GroupDraft("Balint 1"))
        groups.create_group(store, GroupDraft("Outside"))
        cohort = programmes.create_programme(store, "Cohort 2026", "six groups")
        programmes.create_programme(store, "Another")
        programmes.add_group(store, cohort.id, inside.id)
        export_archive(store, whole)
        summary = export_archive(store, single, inside.id)
    assert summary.rows["programmes"] == 1  # its own programme only

    with open_store(tmp_path / "whole.db") as store:
        import_archive(store, whole)
        assert {p.name for p in programmes.list_programmes(store)} == {"Cohort 2026", "Another"}
    with open_store(tmp_path / "single.db") as store:
        import_archive(store, single)
        [copied] = programmes.list_programmes(store)
        assert (copied.id, copied.name, copied.description) == (
            cohort.id,
            "Cohort 2026",
            "six groups",
        )
        assert [g.name for g in programmes.programme_groups(store, copied.id)] == ["Balint 1"]
    with open_store(tmp_path / "older.db") as store:
        import_archive(store, _as_0011(single, tmp_path / "older.rdarchive"))
        assert programmes.list_programmes(store) == []
        [copied_group] = groups.list_groups(store)
        assert programmes.programme_of(store, copied_group.id) is None


def test_a_coordinator_builds_the_programme_from_facilitators_archives(tmp_path: Path) -> None:
    archives = []
    for number, plan in enumerate(PLANS):
        path = tmp_path / f"facilitator{number}.db"
        with open_store(path, seed=seed_builtins) as store:
            built = build_programme_sample(store, (plan,))
            archive = tmp_path / f"group{number}.rdarchive"
            export_archive(store, archive, built.group_ids[0])
            archives.append(archive)

    with open_store(tmp_path / "coordinator.db", seed=seed_builtins) as store:
        for archive in archives:
            import_archive(store, archive)
        cohort = programmes.create_programme(store, "Balint programme")
        for group in groups.list_groups(store):
            programmes.add_group(store, cohort.id, group.id)
        done = export_programme_report(store, cohort.id, tmp_path / "programme.pdf")

    report = done.report
    assert report.group_names == tuple(plan.name for plan in PLANS)
    assert report.students == sum(plan.students for plan in PLANS)
    pooled = report.questionnaires[0].pooled.item("safe-space")
    assert pooled is not None
    answered = [v for plan in PLANS for forms in plan.safe_space for v in forms if v is not None]
    assert (agree_count(pooled), pooled.n) == (sum(1 for v in answered if v >= 4), len(answered))
    assert (tmp_path / "programme.pdf").stat().st_size > 0
