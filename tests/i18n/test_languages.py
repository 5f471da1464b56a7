"""Which language a person gets, from a locale name, the system and their choice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reflectdesk.i18n import choice
from reflectdesk.i18n.languages import check_preference, first_supported, resolve, supported


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("nl", "nl"),
        ("nl_NL.UTF-8", "nl"),
        ("nl-BE", "nl"),
        ("NL", "nl"),
        ("Dutch_Netherlands.1252", "nl"),
        ("en_GB.UTF-8", "en"),
        ("en-US", "en"),
        ("de_DE.UTF-8", None),
        ("C.UTF-8", None),
        ("POSIX", None),
        ("", None),
    ],
)
def test_locale_names_map_to_a_supported_language(name: str, language: str | None) -> None:
    assert supported(name) == language


def test_the_first_supported_system_language_wins() -> None:
    assert first_supported(["de-DE", "fr", "nl-NL", "en"]) == "nl"
    assert first_supported(["de-DE", "fr"]) == "en"


def test_a_chosen_language_overrides_the_system() -> None:
    assert resolve("en", ["nl-NL"]) == "en"
    assert resolve("nl", ["en-GB"]) == "nl"
    assert resolve("system", ["nl-NL"]) == "nl"
    assert resolve(None, ["C"]) == "en"


def test_an_unknown_preference_is_refused_naming_the_choices() -> None:
    assert check_preference(" NL ") == "nl"
    with pytest.raises(ValueError, match="system, en, nl"):
        check_preference("fr")


def test_the_saved_preference_round_trips_and_survives_damage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REFLECTDESK_DATA_DIR", str(tmp_path))
    monkeypatch.delenv(choice.LANGUAGE_ENV, raising=False)
    assert choice.saved_preference() == "system"
    choice.save_preference("nl")
    assert choice.saved_preference() == "nl"
    assert choice.chosen_language(system=["en-GB"]) == "nl"
    assert choice.chosen_language("en", system=["nl-NL"]) == "en"
    (tmp_path / "language.json").write_text("{not json", encoding="utf-8")
    assert choice.saved_preference() == "system"
    (tmp_path / "language.json").write_text(json.dumps({"language": "xx"}))
    assert choice.chosen_language(system=["nl_NL.UTF-8"]) == "nl"


def test_the_environment_overrides_the_saved_preference(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REFLECTDESK_DATA_DIR", str(tmp_path))
    choice.save_preference("nl")
    monkeypatch.setenv(choice.LANGUAGE_ENV, "en")
    assert choice.chosen_language(system=["nl"]) == "en"
