"""The store keeps a scale's ``agree_from`` with the questionnaire (inside the scale's
JSON in ``questions.labels``: no new column, no migration) and gives it back."""

from __future__ import annotations

from reflectdesk.core.questionnaires import parse_questionnaire
from reflectdesk.store.database import Store
from reflectdesk.store.questionnaires import questionnaire_spec, save_questionnaire
from tests.core.test_questionnaire_agree import FORM


def test_agree_from_is_stored_with_the_questionnaire(store: Store) -> None:
    spec = parse_questionnaire(FORM.format(agree_from="agree_from = 6"))
    saved = questionnaire_spec(store, save_questionnaire(store, spec).id)
    five, seven = (q.scale for q in saved.questions)
    assert five is not None and five.agree_from is None
    assert seven is not None and seven.agree_from == 6 and seven.agreeing == (6, 7)

    # Changing only which answers agree is a change of the questionnaire.
    plain = parse_questionnaire(FORM.format(agree_from=""))
    again = questionnaire_spec(store, save_questionnaire(store, plain).id)
    assert again.questions[1].scale is not None
    assert again.questions[1].scale.agree_from is None
