"""Counted phrases read as English: "1 member", "2 members", never "member(s)", once the
English catalogue is installed as at start-up."""

from __future__ import annotations

from dataclasses import replace

from pytestqt.qtbot import QtBot

from reflectdesk.core.model import GroupRecord
from reflectdesk.ui.groups.group_form import GroupFields
from reflectdesk.ui.groups.group_list import GroupListModel
from tests.ui.catalogues import language_installed

GROUP = GroupRecord(
    id="g1",
    name="Thursday group",
    format_id=None,
    format_name="Balint",
    setting="",
    planned_sessions=6,
    attendance_required=None,
    ground_rules="",
    archived=False,
    member_count=1,
)


def test_the_group_list_counts_participants_and_facilitators_in_english(qtbot: QtBot) -> None:
    with language_installed("en"):
        model = GroupListModel()
        assert model.subtitle(GROUP) == "1 participant · Balint"
        assert model.subtitle(replace(GROUP, member_count=2)) == "2 participants · Balint"
        # 9 participants and 2 facilitators: 11 active members, the leads shown apart.
        eleven = replace(GROUP, member_count=11, facilitator_count=2)
        assert model.subtitle(eleven) == "9 participants, 2 facilitators · Balint"
        one = replace(GROUP, member_count=2, facilitator_count=1)
        assert model.subtitle(one) == "1 participant, 1 facilitator · Balint"


def test_the_attendance_rule_counts_sessions_in_english(qtbot: QtBot) -> None:
    with language_installed("en"):
        fields = GroupFields([])
        qtbot.addWidget(fields)
        fields.planned_spin.setValue(1)
        assert fields.rule_suffix.text() == "of 1 session"
        fields.planned_spin.setValue(2)
        assert fields.rule_suffix.text() == "of 2 sessions"
