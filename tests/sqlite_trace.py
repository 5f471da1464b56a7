"""A spy on every SQL statement the process's sqlite3 connections run, to show which
passes over the whole file (quick_check, integrity_check) a path takes."""

from __future__ import annotations

import sqlite3

import pytest


def trace_statements(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every statement of every sqlite3 connection opened from now on (a trace callback
    set by a wrapped ``sqlite3.connect``, which SQLAlchemy calls too)."""
    seen: list[str] = []
    real_connect = sqlite3.connect

    def traced(*args: object, **kwargs: object) -> sqlite3.Connection:
        connection = real_connect(*args, **kwargs)  # type: ignore[call-overload]
        connection.set_trace_callback(seen.append)
        return connection  # type: ignore[no-any-return]

    monkeypatch.setattr(sqlite3, "connect", traced)
    return seen


def full_passes(statements: list[str]) -> list[str]:
    """The PRAGMAs among ``statements`` that read every page of the file."""
    return [
        statement.strip().upper()
        for statement in statements
        if "QUICK_CHECK" in statement.upper() or "INTEGRITY_CHECK" in statement.upper()
    ]
