"""`formats validate` and `decks validate` take files with texts per language, and a
copy of a built-in exports with both languages side by side."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflectdesk import cli
from reflectdesk.store.database import open_store
from reflectdesk.store.decks import deck_id_for_key, sync_builtin_decks
from reflectdesk.store.user_decks import copy_deck, export_deck_file

FORMAT = """schema = 1
key = "intervisie-eigen"
name.en = "Our incident method"
name.nl = "Onze incidentmethode"
family = "intervision"

[[phases]]
name.en = "Question round"
name.nl = "Vragenronde"
minutes = 10
cue.nl = "Alleen open vragen; nog geen adviezen."
"""

DECK = """schema = 1
key = "eigen-vragen"
name.nl = "Onze vragen"

[[cards]]
stage.en = "Open"
stage.nl = "Open"
title.en = "What matters"
title.nl = "Wat ertoe doet"
text.en = "What makes this important to you?"
text.nl = "Wat maakt dit belangrijk voor je?"
"""


def test_validate_accepts_texts_per_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fmt, deck = tmp_path / "format.toml", tmp_path / "deck.toml"
    fmt.write_text(FORMAT, encoding="utf-8")
    deck.write_text(DECK, encoding="utf-8")
    assert cli.main(["formats", "validate", str(fmt)]) == 0
    assert cli.main(["decks", "validate", str(deck)]) == 0
    bad = tmp_path / "bad.toml"
    bad.write_text(DECK.replace("title.nl", "title.fr"), encoding="utf-8")
    assert cli.main(["decks", "validate", str(bad)]) == 1
    assert "title.fr: is not a language" in capsys.readouterr().out


def test_a_copy_of_a_built_in_deck_exports_both_languages(tmp_path: Path) -> None:
    with open_store(tmp_path / "r.db", seed=sync_builtin_decks) as store:
        gibbs = deck_id_for_key(store, "gibbs")
        assert gibbs is not None
        mine = copy_deck(store, gibbs, "Gibbs — ours")
        out = tmp_path / "ours.toml"
        export_deck_file(store, mine.id, out)
    text = out.read_text(encoding="utf-8")
    assert 'title.en = "What happened"' in text
    assert 'title.nl = "Wat er gebeurde"' in text
