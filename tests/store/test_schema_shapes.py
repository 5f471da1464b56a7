"""The shapes the store compares databases with (store/schema_shapes.json) are what the
migrations make, revision by revision.

After adding a migration, regenerate the file:
    PYTHONPATH=. python tests/store/test_schema_shapes.py
Released revisions must come out unchanged (test_migrations.py pins their SQL too).
"""

from __future__ import annotations

import json
import sqlite3
import sys
import tempfile
from contextlib import closing
from pathlib import Path

from alembic import command
from alembic.config import Config

from reflectdesk.store.engine import create_sqlite_engine
from reflectdesk.store.schema import KNOWN_REVISIONS, migrations_location
from reflectdesk.store.schema_shape import SHAPES_RESOURCE, read_shape

SHAPES_FILE = Path(__file__).parents[2] / "reflectdesk" / "store" / SHAPES_RESOURCE


def shapes_from_migrations(folder: Path) -> dict[str, object]:
    """Migrate an empty database one revision at a time, reading its shape after each."""
    path = folder / "shapes.db"
    engine = create_sqlite_engine(path)
    config = Config()
    config.set_main_option("script_location", str(migrations_location()))
    shapes: dict[str, object] = {}
    try:
        for revision in KNOWN_REVISIONS:
            with engine.begin() as connection:
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
            with closing(sqlite3.connect(path)) as reader:
                shapes[revision] = read_shape(reader).as_json()
    finally:
        engine.dispose()
    return shapes


def shapes_text(shapes: dict[str, object]) -> str:
    return json.dumps(shapes, indent=1, sort_keys=True) + "\n"


def test_the_shapes_file_is_what_the_migrations_make(tmp_path: Path) -> None:
    made = shapes_text(shapes_from_migrations(tmp_path))

    assert SHAPES_FILE.read_text(encoding="utf-8") == made, (
        "store/schema_shapes.json is out of date: run "
        "`PYTHONPATH=. python tests/store/test_schema_shapes.py` to regenerate it"
    )


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        SHAPES_FILE.write_text(shapes_text(shapes_from_migrations(Path(folder))), encoding="utf-8")
    print(f"wrote {SHAPES_FILE}", file=sys.stderr)
