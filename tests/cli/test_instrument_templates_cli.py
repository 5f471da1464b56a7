"""``questionnaires templates`` and ``from-template``: an instrument whose items cannot be
shipped is added from its scoring template and the user's typed items."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reflectdesk import cli
from reflectdesk.core.evaluation_stats import ResponseData
from reflectdesk.core.instrument_scores import respondent_scores
from reflectdesk.store.database import open_store
from reflectdesk.store.questionnaires import latest_questionnaire, questionnaire_spec


def _adding(items: Path, db: Path) -> list[str]:
    return ["questionnaires", "from-template", "uwes-9", "--items", str(items), "--db", str(db)]


def test_templates_are_listed(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["questionnaires", "templates", "--json"]) == 0
    listed = {t["key"]: t for t in json.loads(capsys.readouterr().out)}
    assert listed["uwes-9"]["items"] == 9
    assert listed["uwes-9"]["scores"] == ["vigour", "dedication", "absorption", "engagement-total"]
    assert listed["jefferson-empathy-hp"]["items"] == 20


def test_from_template_adds_the_instrument_with_its_scoring(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, items = tmp_path / "r.db", tmp_path / "uwes.txt"
    items.write_text(
        "".join(f"{n}. My typed item {n}\n" for n in range(1, 10)) + "\n", encoding="utf-8"
    )
    assert cli.main(_adding(items, db)) == 0
    assert 'Added "Utrecht Work Engagement Scale (UWES-9)"' in capsys.readouterr().out
    with open_store(db, for_reading=True) as store:
        found = latest_questionnaire(store, "uwes-9")
        assert found is not None and not found.builtin
        spec = questionnaire_spec(store, found.id)
    assert [q.text for q in spec.questions][:2] == ["My typed item 1", "My typed item 2"]
    assert not spec.template
    # Scored as the template says: all nine at "Sometimes" (value 3): every mean is 3.
    form = ResponseData("r", {q.key: 4 for q in spec.questions})
    assert set(respondent_scores(spec, form).values()) == {3}


def test_a_wrong_number_of_items_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = tmp_path / "few.txt"
    items.write_text("one\ntwo\n", encoding="utf-8")
    db = tmp_path / "r.db"
    assert cli.main(_adding(items, db)) == 1
    assert "uwes-9 has 9 items; the file gives 2, one per line." in capsys.readouterr().err
    assert cli.main(["questionnaires", "from-template", "nope", "--items", str(items)]) == 1
    assert 'There is no scoring template "nope"' in capsys.readouterr().err
