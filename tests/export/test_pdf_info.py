"""What a PDF says about itself: the real date and "ReflectDesk <version>" by default,
fixed bytes only behind the explicit switch (SOURCE_DATE_EPOCH)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

import reflectdesk
from reflectdesk.export.pdf import write_session_summary
from reflectdesk.export.pdf_info import PdfDateSettingError
from tests.export.sample import golden_summary


def _write(tmp_path: Path, name: str = "summary.pdf") -> Path:
    out = tmp_path / name
    write_session_summary(golden_summary(), out)
    return out


def test_a_pdf_carries_the_moment_it_was_written_and_the_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    before = datetime.now(UTC).replace(microsecond=0)

    meta = PdfReader(_write(tmp_path)).metadata

    assert meta is not None and meta.creation_date is not None
    created = meta.creation_date.astimezone(UTC)
    assert before - timedelta(seconds=1) <= created <= datetime.now(UTC) + timedelta(seconds=1)
    assert created.year != 2000
    assert meta.producer == f"ReflectDesk {reflectdesk.__version__}"
    assert meta.creator == f"ReflectDesk {reflectdesk.__version__}"


def test_source_date_epoch_fixes_the_date_and_the_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1796554800")  # 2026-12-06 11:00 UTC

    first, second = _write(tmp_path, "first.pdf"), _write(tmp_path, "second.pdf")

    assert first.read_bytes() == second.read_bytes()
    meta = PdfReader(first).metadata
    assert meta is not None and meta.creation_date is not None
    assert meta.creation_date.astimezone(UTC) == datetime(2026, 12, 6, 11, 0, tzinfo=UTC)


def test_a_malformed_source_date_epoch_is_named_not_guessed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")

    with pytest.raises(PdfDateSettingError, match="SOURCE_DATE_EPOCH"):
        _write(tmp_path)

    assert not (tmp_path / "summary.pdf").exists()
