"""Which language an export nobody chose one for is written in."""

from __future__ import annotations

from reflectdesk.core.model import GroupDraft
from reflectdesk.i18n.texts import current_language
from reflectdesk.operations.export_language import default_export_language, export_texts
from reflectdesk.store.database import Store
from reflectdesk.store.groups import create_group


def _group(store: Store, language: str | None) -> str:
    return create_group(store, GroupDraft(name="Balintgroep blok 2", language=language)).id


def test_a_group_with_its_own_language_exports_in_it(store: Store) -> None:
    assert current_language() == "en"
    dutch = _group(store, "nl")
    assert default_export_language(store, dutch) == "nl"
    assert export_texts(store, dutch, None).language == "nl"


def test_a_chosen_language_wins_over_the_group_s(store: Store) -> None:
    dutch = _group(store, "nl")
    assert export_texts(store, dutch, "en").language == "en"


def test_a_group_that_follows_the_app_exports_in_the_app_s_language(store: Store) -> None:
    plain = _group(store, None)
    assert default_export_language(store, plain) == current_language()
    assert default_export_language(store, None) == current_language()
