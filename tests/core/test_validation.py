"""The shared validators (core/validation), the rules of stored records
(core/record_rules) and bounded reading of handed files (core/input_files)."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest

from reflectdesk.core.errors import InvalidInputError
from reflectdesk.core.input_files import (
    UnreadableInputError,
    check_regular,
    read_bounded,
    size_text,
)
from reflectdesk.core.record_rules import check_record
from reflectdesk.core.validation import (
    check_number,
    check_text,
    check_whole_number,
    clean_long_text,
    clean_name,
    clean_optional_line,
    text_problem,
)


@pytest.mark.parametrize(
    ("text", "multiline", "name", "found"),
    [
        ("Balint groep Utrecht", False, True, None),
        ("Ομάδα Ηρακλείου 💬", False, True, None),
        ("two\nlines", True, False, None),
        ("a\ttab", True, False, None),
        ("two\nlines", False, False, "line break or control character (U+000A)"),
        ("bell\x07", True, False, "a control character (U+0007)"),
        ("sep\u2028arator", True, False, "(U+2028)"),
        ("lone \ud800", False, False, "lone surrogate (U+D800)"),
        ("Balint \u202egnp.exe group", False, True, "override or isolate character (U+202E)"),
        ("isolate \u2066x\u2069", False, True, "(U+2066)"),
        # Outside names a bidirectional control may be wanted (Arabic, Hebrew notes).
        ("note \u202bRTL\u202c", True, False, None),
    ],
)
def test_text_problem_names_what_a_text_hides(
    text: str, multiline: bool, name: bool, found: str | None
) -> None:
    problem = text_problem(text, multiline=multiline, name=name)
    if found is None:
        assert problem is None
    else:
        assert problem is not None and found in problem


def test_check_text_normalises_to_nfc_and_refuses_rather_than_tidies() -> None:
    decomposed = "Hu\u0308seyin"
    assert check_text(decomposed, field="f", label="The name", max_length=120) == "Hüseyin"
    for bad, reason in [
        ("x" * 121, "121 characters long; the limit is 120"),
        ("a\nb", "line break"),
        (5, "must be text"),
        (" ", "cannot be empty"),
    ]:
        with pytest.raises(InvalidInputError, match=reason) as caught:
            check_text(bad, field="f", label="The name", max_length=120, required=True, name=True)
        assert caught.value.field == "f"


def test_whole_numbers_are_bounded_and_typed() -> None:
    assert check_whole_number(5, field="n", label="N", low=1, high=10) == 5
    for bad in (True, 2.0, "3", None):
        with pytest.raises(InvalidInputError, match="whole number"):
            check_whole_number(bad, field="n", label="N", low=1, high=10)
    for bad in (0, 11, 10**30, -(10**30)):
        with pytest.raises(InvalidInputError, match="between 1 and 10"):
            check_whole_number(bad, field="n", label="N", low=1, high=10)
    with pytest.raises(InvalidInputError, match="between 0 and 1"):
        check_number(float("nan"), field="x", label="X", low=0, high=1)


def test_form_cleaning_refuses_lone_surrogates_with_a_message() -> None:
    for clean in (
        lambda text: clean_name(text, field="name", label="The group name"),
        lambda text: clean_optional_line(text, field="place", label="The place", max_length=9),
        lambda text: clean_long_text(text, field="body", label="The note"),
    ):
        with pytest.raises(InvalidInputError, match="lone surrogate"):
            clean(f"Balint {chr(0xDC80)}")


def test_form_cleaning_keeps_stored_text_free_of_hidden_characters() -> None:
    name = clean_name("Balint\u202egnp.exe\tgroup\x07", field="name", label="The name")
    assert text_problem(name, name=True) is None
    body = clean_long_text("one\x0btwo\x0cthree\x00\u2028four\r\nfive", field="b", label="B")
    assert body == "one\ntwo\nthree\nfour\nfive"
    assert text_problem(body, multiline=True) is None


@pytest.mark.parametrize(
    ("table", "row", "field", "reason"),
    [
        ("groups", {"name": "x" * 10_000}, "name", "10,000 characters long"),
        ("groups", {"name": "   "}, "name", "cannot be empty"),
        ("groups", {"name": "Balint \u202egnp.exe group"}, "name", "override"),
        ("groups", {"planned_sessions": 101}, "planned_sessions", "between 1 and 100"),
        ("session_phases", {"planned_seconds": -3600}, "planned_seconds", "between 1 and 86400"),
        ("session_phases", {"planned_seconds": 10**15}, "planned_seconds", "between 1"),
        ("format_phases", {"deck_key": "Not A Key"}, "deck_key", "lowercase"),
        ("clock_events", {"kind": "teleport"}, "kind", "one of start, pause"),
        ("clock_events", {"elapsed": 1e300}, "elapsed", "between 0 and"),
        ("notes", {"body": "a\x1bb"}, "body", "control character (U+001B)"),
        (
            "vault",
            {"kdf_params": '{"memory_kib": 4194304, "iterations": 64, "lanes": 4}'},
            "kdf_params.memory_kib",
            "between 32 and 1048576",
        ),
        (
            "vault",
            {"kdf_params": '{"memory_kib": 65536, "iterations": 64, "lanes": 4}'},
            "kdf_params.iterations",
            "between 1 and 16",
        ),
        ("vault", {"kdf_params": "[1, 2]"}, "kdf_params", "must list memory_kib"),
        ("vault", {"salt": b"s" * 2000}, "salt", "2,000 bytes; the limit is 1,024"),
    ],
)
def test_record_rules_name_the_field_that_breaks_one(
    table: str, row: dict[str, object], field: str, reason: str
) -> None:
    with pytest.raises(InvalidInputError, match=re.escape(reason)) as caught:
        check_record(table, row)
    assert caught.value.field == field


def test_record_rules_accept_what_the_app_writes_and_normalise_text() -> None:
    kdf = '{"iterations": 3, "lanes": 4, "memory_kib": 65536}'
    assert check_record("vault", {"kdf_params": kdf, "format_version": 1}) == {
        "kdf_params": kdf,
        "format_version": 1,
    }
    assert check_record("persons", {"display_name": "Hu\u0308seyin"}) == {"display_name": "Hüseyin"}
    assert check_record("unknown_table", {"x": 10**30}) == {"x": 10**30}


# --- handed files ------------------------------------------------------------------------


def test_a_file_over_the_cap_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.toml"
    path.write_bytes(b"a" * 2048)
    with pytest.raises(UnreadableInputError, match="is 2 KiB; the limit is 1 KiB"):
        read_bounded(path, 1024)
    assert read_bounded(path, 4096) == b"a" * 2048
    assert size_text(3 * 1024**3) == "3 GiB" and size_text(300) == "300 bytes"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_is_refused_without_being_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.toml"
    os.mkfifo(fifo)
    # Opening a FIFO for reading would block until a writer came: the check never opens.
    with pytest.raises(UnreadableInputError, match="not a regular file"):
        check_regular(fifo, 1024)
    with pytest.raises(UnreadableInputError, match="not a regular file"):
        read_bounded(fifo, 1024)


@pytest.mark.skipif(sys.platform == "win32", reason="no /dev/zero")
def test_an_endless_device_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UnreadableInputError, match="not a regular file"):
        read_bounded(Path("/dev/zero"), 1024)
    with pytest.raises(IsADirectoryError):
        read_bounded(tmp_path, 1024)
