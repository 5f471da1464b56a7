"""Counts in the reports each take their own noun's singular or plural, in English and
Dutch: "9 forms from 1 group", "1 form returned by 1 participant present"."""

from __future__ import annotations

import pytest

from reflectdesk.core.errors import InvalidInputError
from reflectdesk.core.input_files import size_text
from reflectdesk.core.model import GroupDraft
from reflectdesk.export.participation import SessionTurnout, Turnout
from reflectdesk.export.participation_pdf import rate_line
from reflectdesk.export.programme_pdf import forms_from_groups, people_in_groups
from reflectdesk.i18n.texts import current_language, texts_for, use_language
from reflectdesk.store.database import Store
from reflectdesk.store.groups import create_group

EN, NL = texts_for("en"), texts_for("nl")


def one_session(present: int, forms: int) -> Turnout:
    return Turnout(8, 1, (SessionTurnout(1, "s1", "2 Nov", present, forms),))


def test_the_response_rate_counts_forms_and_people_apart() -> None:
    assert rate_line(one_session(1, 1), EN) == (
        "Response rate: 1 form returned by 1 participant present (100%)."
    )
    assert rate_line(one_session(16, 13), EN) == (
        "Response rate: 13 forms returned by 16 participants present (81%)."
    )
    assert rate_line(one_session(1, 1), NL).startswith(
        "Respons: 1 ingevulde vragenlijst van 1 aanwezige deelnemer ("
    )


def test_the_programme_counts_forms_groups_and_people_apart() -> None:
    assert forms_from_groups(9, 1, EN) == "9 forms from 1 group."
    assert forms_from_groups(1, 2, EN) == "1 form from 2 groups."
    assert forms_from_groups(9, 1, NL) == "9 formulieren uit 1 groep."
    assert people_in_groups(1, 1, 1, EN) == "1 student and 1 facilitator in 1 group."
    assert people_in_groups(12, 4, 3, EN) == "12 students and 4 facilitators in 3 groups."
    assert people_in_groups(1, 2, 3, NL) == "1 deelnemer en 2 begeleiders in 3 groepen."


@pytest.mark.parametrize("language", ["en", "nl"])
def test_one_byte_and_one_planned_session_are_singular(store: Store, language: str) -> None:
    before = current_language()
    use_language(language)
    try:
        assert size_text(1) == "1 byte"
        assert size_text(300) == "300 bytes"
        with pytest.raises(InvalidInputError) as caught:
            create_group(
                store, GroupDraft(name="Balint", planned_sessions=1, attendance_required=2)
            )
        message = str(caught.value)
        assert ("only 1 is planned" if language == "en" else "er is er maar 1 gepland") in message
    finally:
        use_language(before)
