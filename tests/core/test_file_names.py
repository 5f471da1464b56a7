"""The file name an export proposes: what the file is, safe on Windows, macOS and Linux."""

from __future__ import annotations

import pytest

from reflectdesk.core.file_names import MAX_BYTES, MAX_CHARS, proposed_file_name

WINDOWS_ILLEGAL = set('<>:"/\\|?*')


def test_the_parts_are_joined_by_an_em_dash() -> None:
    name = proposed_file_name(
        ["Balint group 2", "session 2026-11-02", "summary"], ".pdf", fallback="summary"
    )
    assert name == "Balint group 2 — session 2026-11-02 — summary.pdf"


def test_a_slash_in_a_group_name_reads_as_a_dash_and_letters_stay() -> None:
    name = proposed_file_name(["Hüseyin's groep / Utrecht", "verslag"], ".pdf", fallback="x")
    assert name == "Hüseyin's groep - Utrecht — verslag.pdf"


@pytest.mark.parametrize(
    "typed",
    [
        'a<b>c:d"e/f\\g|h?i*j',
        "tab\there\nnewline\x00nul\x1fus",
        "bidi\u202eoverride\u200bzero-width",
        "ends with dots...",
        "ends with spaces   ",
        ".hidden",
    ],
)
def test_nothing_windows_refuses_is_left(typed: str) -> None:
    name = proposed_file_name([typed, "summary"], ".pdf", fallback="summary")
    stem = name.removesuffix(".pdf")
    assert not WINDOWS_ILLEGAL & set(stem)
    assert all(ord(char) >= 32 for char in stem)
    assert "\u202e" not in stem and "\u200b" not in stem
    assert not stem.startswith(".")
    assert stem == stem.rstrip(". ")


def test_a_part_with_trailing_dots_loses_them() -> None:
    assert proposed_file_name(["Groep B..."], ".csv", fallback="x") == "Groep B.csv"


@pytest.mark.parametrize("device", ["CON", "con", "Nul", "COM1", "lpt9", "AUX"])
def test_names_windows_keeps_for_devices_are_changed(device: str) -> None:
    name = proposed_file_name([device], ".pdf", fallback="x")
    assert name == f"_{device}.pdf"


def test_a_name_like_but_not_a_device_is_kept() -> None:
    assert proposed_file_name(["CONSULT"], ".pdf", fallback="x") == "CONSULT.pdf"


def test_nothing_left_gives_the_fallback() -> None:
    assert proposed_file_name(["///", "  "], ".pdf", fallback="summary") == "summary.pdf"


def test_a_long_group_name_is_shortened_and_what_the_file_is_stays() -> None:
    group = "Balint group for residents in their second year " * 5
    name = proposed_file_name([group, "session 2026-11-02", "summary"], ".pdf", fallback="x")
    assert len(name) <= MAX_CHARS
    assert name.endswith("… — session 2026-11-02 — summary.pdf")
    assert name.startswith("Balint group for residents")


def test_the_cap_counts_bytes_for_letters_beyond_ascii() -> None:
    group = "Ελληνική ομάδα Balint " * 10  # two bytes a letter in UTF-8
    name = proposed_file_name([group, "summary"], ".pdf", fallback="x")
    assert len(name.encode("utf-8")) <= MAX_BYTES
    assert name.endswith(" — summary.pdf")


def test_the_extension_is_never_cut() -> None:
    words = "word " * 100
    name = proposed_file_name([words], ".rdarchive", fallback="x")
    assert name.endswith(".rdarchive")
    assert len(name) <= MAX_CHARS


def test_letters_are_composed_as_typed_on_a_mac_or_windows() -> None:
    decomposed = "Hu\u0308seyin"  # ü as u + combining diaeresis (macOS file names)
    assert proposed_file_name([decomposed], ".pdf", fallback="x") == "Hüseyin.pdf"
