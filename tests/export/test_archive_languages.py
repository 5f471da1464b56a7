"""Archives carry a group's language and the local texts of definitions; an archive made
before schema 0011 (without them) still imports."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

from reflectdesk.core.model import GroupDraft
from reflectdesk.export.archive import export_archive, import_archive
from reflectdesk.export.archive_format import ADDED_COLUMNS
from reflectdesk.store import groups
from reflectdesk.store.database import open_store


def _older(source: Path, out: Path) -> Path:
    """``source`` as schema 0010 wrote it: the columns 0011 added are not there."""
    with zipfile.ZipFile(source) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    manifest = json.loads(files["manifest.json"])
    manifest["schema"] = "0010"
    for table, columns in ADDED_COLUMNS["0011"].items():
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


def test_a_groups_language_goes_through_an_archive_and_an_older_archive_still_imports(
    tmp_path: Path,
) -> None:
    archive = tmp_path / "leiden.rdarchive"
    with open_store(tmp_path / "source.db") as store:
        group = groups.create_group(store, GroupDraft("Balint Leiden", language="nl"))
        export_archive(store, archive, group.id)
    with open_store(tmp_path / "target.db") as store:
        import_archive(store, archive)
        [copied] = groups.list_groups(store)
        assert copied.language == "nl"
        assert groups.group_language(store, copied.id) == "nl"
    with open_store(tmp_path / "older.db") as store:
        import_archive(store, _older(archive, tmp_path / "older.rdarchive"))
        [copied] = groups.list_groups(store)
        assert copied.name == "Balint Leiden" and copied.language is None
