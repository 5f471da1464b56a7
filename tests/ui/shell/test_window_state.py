"""Window geometry and splitters survive a restart; models pass Qt's model checks."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from reflectdesk.core.model import GroupRecord, MemberRecord, Role
from reflectdesk.store.database import Store
from reflectdesk.ui.groups.group_list import GroupListModel
from reflectdesk.ui.groups.members_panel import MemberTableModel


def test_geometry_and_splitters_are_restored(
    qtbot: QtBot, make_window: object, store: Store
) -> None:
    first = make_window()  # type: ignore[operator]
    first.resize(760, 560)  # within the offscreen screen (800×600)
    first.splitter.setSizes([330, 420])
    first.group_page.splitter.setSizes([200, 300])
    qtbot.waitUntil(lambda: first.width() == 760)
    sizes = first.splitter.sizes()
    first.close()

    second = make_window()  # type: ignore[operator]
    assert (second.width(), second.height()) == (760, 560)
    assert second.splitter.sizes() == sizes
    assert second.group_page.splitter.sizes() == first.group_page.splitter.sizes()


def group(name: str, key: str | None = None, members: int = 0) -> GroupRecord:
    return GroupRecord(key or name, name, None, None, "", 6, None, "", False, members)


def test_group_model_keeps_in_step_and_passes_model_tests(qtmodeltester: ModelTester) -> None:
    model = GroupListModel()
    qtmodeltester.check(model)
    model.set_records([group("A"), group("B"), group("C")])
    model.set_records([group("C"), group("A"), group("D")])  # remove, reorder, insert
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["C", "A", "D"]
    model.set_records([group("C", members=3), group("A"), group("D")])
    assert "3 participants" in model.subtitle(model.record_at(0))  # type: ignore[arg-type]
    qtmodeltester.check(model)


def test_reordering_keeps_the_current_row_on_the_same_record() -> None:
    model = GroupListModel()
    model.set_records([group("A"), group("B"), group("C")])
    from PySide6.QtCore import QPersistentModelIndex

    tracked = QPersistentModelIndex(model.index(0, 0))  # "A"
    model.set_records([group("B"), group("C"), group("A")])
    assert tracked.row() == 2
    assert tracked.data() == "A"


def test_member_model_passes_model_tests(qtmodeltester: ModelTester) -> None:
    model = MemberTableModel()
    records = [
        MemberRecord(
            "m1", "p1", "IJsbrand van den Eertwegh", "", Role.MEMBER, date(2026, 9, 1), None
        ),
        MemberRecord("m2", "p2", "Hüseyin İkiz", "", Role.FACILITATOR, None, None),
    ]
    model.set_records(records)
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "Eertwegh, van den"
    assert model.index(1, 2).data() == "Facilitator"
    model.set_records([replace(records[1], display_name="Hüseyin İkiz-Öz")])
    assert model.rowCount() == 1
    qtmodeltester.check(model)


def test_dates_in_the_ui_follow_the_users_language(qapp: object) -> None:
    # strftime follows the C locale Qt switches; QLocale writes the user's language.
    from datetime import UTC, date, datetime

    from PySide6.QtCore import QLocale

    from reflectdesk.ui.common.dates import clock_time, day_and_month, session_day, session_start

    moment = datetime(2026, 11, 2, 11, 5, tzinfo=UTC).astimezone()
    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        assert session_day(moment).startswith("ma 2 nov")
        assert session_start(moment).endswith(f"2026, {moment:%H:%M}")
        assert day_and_month(date(2026, 3, 12)).startswith("12 mrt")
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        assert session_day(moment) == "Mon 2 Nov 2026"
        assert day_and_month(date(2026, 3, 12)) == "12 Mar"
        assert clock_time(moment) == f"{moment:%H:%M}"
    finally:
        QLocale.setDefault(before)
