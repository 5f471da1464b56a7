"""The engine seam inside the migrations: what only the laptop's SQLite file gets.

Every migration runs on the laptop (SQLite) and on the hub (PostgreSQL). A step that is
SQLite machinery (the search index, the fold function) or private to the laptop (sealed
text, the vault, settings, identifier overrides) is marked here, once, where the
revision makes it:

    laptop_only(new_table("vault", ...))          a whole table
    laptop_only_column(sa.Column("sealed", ...))  one column of a shared table
    add_columns(batch_op, laptop_only_column(...)) one column added to a shared table
    if on_laptop(): ...                           any other step

On SQLite the marks change nothing at all (a column's ``info`` is never part of its DDL),
so the laptop's schema is byte for byte what it always was. On the hub the marked parts
are never made: the hub has nowhere to put private text. tests/hub/test_hub_schema.py
lists exactly what the hub leaves out and fails when that list changes unannounced.
"""

from __future__ import annotations

from typing import Any, Protocol

import sqlalchemy as sa
from alembic import op

from reflectdesk.store.engine_kind import EngineKind, engine_kind

LAPTOP_ONLY = "laptop_only"  # the key of the mark in a Column's info


def on_laptop() -> bool:
    """Whether the migration under way runs on the laptop's SQLite file."""
    return engine_kind(op.get_bind().dialect.name) is EngineKind.LAPTOP


class Step(Protocol):
    def create(self) -> None: ...

    def drop(self) -> None: ...


class LaptopOnly:
    """A table (or any step with create and drop) made and dropped on the laptop only."""

    def __init__(self, step: Step) -> None:
        self.step = step

    def create(self) -> None:
        if on_laptop():
            self.step.create()

    def drop(self) -> None:
        if on_laptop():
            self.step.drop()


def laptop_only(step: Step) -> LaptopOnly:
    return LaptopOnly(step)


def laptop_only_column(column: sa.Column[Any]) -> sa.Column[Any]:
    """``column``, marked so that store/migrations/tables.py leaves it out on the hub."""
    column.info[LAPTOP_ONLY] = True
    return column


def shared_columns(columns: tuple[sa.Column[Any], ...]) -> tuple[sa.Column[Any], ...]:
    """The columns a table gets on this engine: all of them on the laptop, the unmarked
    ones on the hub."""
    if on_laptop():
        return columns
    return tuple(column for column in columns if not column.info.get(LAPTOP_ONLY))


def add_columns(batch_op: Any, *columns: sa.Column[Any]) -> None:
    """Add ``columns`` to a shared table in a batch (``op.batch_alter_table``); one
    marked laptop-only is added on the laptop only."""
    for column in shared_columns(columns):
        batch_op.add_column(column)
