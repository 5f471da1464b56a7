"""The tables the migration scripts in versions/ create, written as data: the columns,
the named constraints and the indexes of each, created in order by upgrade() and dropped
in reverse by downgrade().

Part of the migration history. Users' databases were upgraded through the revisions that
use this module, and SQLite keeps each CREATE statement as it was written: what these
functions emit must never change once released, not a type, a length, a name, nor the
order of the constraints (SQLAlchemy writes the primary key first, then the others in the
order they were made: checks, foreign keys, unique constraints). A test pins the SQL of
the released revisions (tests/store/test_migrations.py). A revision that needs something
else gets a new function here or spells its DDL out itself; it never edits one in use.

The constraint names follow the naming convention of store/models/base.py as it stood
when these revisions were written. They are spelled out here and wrapped in op.f(), so a
later change to the convention cannot rename anything an old revision made.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from alembic import op

from reflectdesk.store.migrations.engines import Step, shared_columns


def id_column(name: str = "id", *, nullable: bool = False) -> sa.Column[Any]:
    """A record's id (a UUID as text), or a column that refers to one."""
    return sa.Column(name, sa.String(length=36), nullable=nullable)


def timestamps() -> tuple[sa.Column[Any], sa.Column[Any]]:
    """created_at and updated_at, as the models' TimestampMixin has them."""
    return (
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )


@dataclass(frozen=True)
class Reference:
    """``column`` refers to the id of a row of ``table``."""

    column: str
    table: str
    ondelete: str | None = None


@dataclass(frozen=True)
class NewTable:
    """A table a revision creates, with its named constraints and its indexes.

    Make these (and Tables) in a function that upgrade() and downgrade() both call, not once at
    import: a Column belongs to the one Table it was first given to, and the migrations
    run more than once in one process (the tests do).
    """

    name: str
    columns: Sequence[sa.Column[Any]]
    checks: Mapping[str, str]  # the name after "ck_<table>_": its condition
    references: Sequence[Reference]
    primary_key: Sequence[str]
    unique: Sequence[Sequence[str]]  # each named after its first column
    indexes: Mapping[str, Sequence[str]]  # the index's full name: its columns

    def create(self) -> None:
        op.create_table(
            self.name,
            # All of them on the laptop; on the hub, those not marked laptop-only.
            *shared_columns(tuple(self.columns)),
            *(
                sa.CheckConstraint(condition, name=op.f(f"ck_{self.name}_{name}"))
                for name, condition in self.checks.items()
            ),
            *(
                sa.ForeignKeyConstraint(
                    [key.column],
                    [f"{key.table}.id"],
                    name=op.f(f"fk_{self.name}_{key.column}_{key.table}"),
                    ondelete=key.ondelete,
                )
                for key in self.references
            ),
            sa.PrimaryKeyConstraint(*self.primary_key, name=op.f(f"pk_{self.name}")),
            *(
                sa.UniqueConstraint(*columns, name=op.f(f"uq_{self.name}_{columns[0]}"))
                for columns in self.unique
            ),
        )
        for name, columns in self.indexes.items():
            op.create_index(op.f(name), self.name, list(columns), unique=False)

    def drop(self) -> None:
        for name in reversed(list(self.indexes)):
            op.drop_index(op.f(name), table_name=self.name)
        op.drop_table(self.name)


def new_table(
    name: str,
    *columns: sa.Column[Any],
    checks: Mapping[str, str] | None = None,
    references: Sequence[Reference] = (),
    primary_key: Sequence[str] = ("id",),
    unique: Sequence[Sequence[str]] = (),
    indexes: Mapping[str, Sequence[str]] | None = None,
) -> NewTable:
    """A table of ``columns`` with its constraints; the primary key is "id" unless given."""
    return NewTable(name, columns, checks or {}, references, primary_key, unique, indexes or {})


def link_table(name: str, first: Reference, second: Reference) -> NewTable:
    """A table that links two records, one row a pair: both ids together are the key."""
    return new_table(
        name,
        id_column(first.column),
        id_column(second.column),
        references=[first, second],
        primary_key=[first.column, second.column],
    )


class Tables:
    """The tables one revision creates, in the order it creates them (a table wrapped in
    migrations/engines.laptop_only is made on the laptop only, in its place)."""

    def __init__(self, *tables: Step) -> None:
        self._tables = tables

    def create(self) -> None:
        """Each table, then its indexes, in the order given."""
        for table in self._tables:
            table.create()

    def drop(self) -> None:
        """The reverse of create(): the last table first, its indexes before it."""
        for table in reversed(self._tables):
            table.drop()
