"""Counted phrases read as English: "1 member", "2 members", never "member(s)", once the
English catalogue is installed as at start-up."""

from __future__ import annotations

from dataclasses import replace

from pytestqt.qtbot import QtBot

from reflectdesk.core.model import GroupDraft, GroupRecord
from reflectdesk.store.database import Store
from reflectdesk.ui.groups.group_form import GroupFields
from reflectdesk.ui.groups.group_list import GroupListModel
from tests.ui.catalogues import language_installed
from tests.ui.conftest import WindowFactory

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


def test_one_response_one_session_one_learning_point_in_english(
    qtbot: QtBot, store: Store, make_window: WindowFactory
) -> None:
    from datetime import UTC, datetime

    from reflectdesk.core.sessions import SessionDraft
    from reflectdesk.store import groups, sessions, themes
    from reflectdesk.store import questionnaires as store_q
    from reflectdesk.ui.library.questionnaire_editor import QuestionnaireLibraryDialog

    with language_installed("en"):
        library = QuestionnaireLibraryDialog(store)
        qtbot.addWidget(library)
        [summary, *_] = store_q.list_questionnaires(store)
        assert library.item_text(replace(summary, response_count=1)).endswith("· 1 response")
        assert library.item_text(replace(summary, response_count=3)).endswith("· 3 responses")

        group = groups.create_group(store, GroupDraft("Balint"))
        start = datetime(2026, 11, 24, 13, 0, tzinfo=UTC)
        first = sessions.plan_session(store, group.id, SessionDraft(planned_start=start))
        theme = themes.list_themes(store)[0]
        themes.set_session_themes(store, first.id, [theme.id])
        window = make_window()
        tip = window.group_page.sessions.themes_label.toolTip()
        assert f"{theme.name}: 1 session, 0 learning points" in tip


def test_the_programme_rule_of_one_session_in_english(qtbot: QtBot, store: Store) -> None:
    from reflectdesk.core.programme_stats import GroupHeadcount
    from reflectdesk.ui.exports.programme_figures import ProgrammeFigures

    with language_installed("en"):
        figures = ProgrammeFigures(store)
        qtbot.addWidget(figures)
        group = GroupHeadcount("g1", "Balint", (1, 0), 1, required=1, held_sessions=1)
        assert figures._rule(group).endswith("(at least 1 session)")
