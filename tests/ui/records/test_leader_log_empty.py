"""A new file with no groups: the log opens on no one, says what to type, and waits;
nothing can be added or exported until a name is there."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from reflectdesk.store.database import Store
from tests.ui.conftest import WindowFactory, type_text
from tests.ui.records.test_leader_log_window import open_log


def test_with_no_leader_yet_the_window_asks_for_a_name(
    qtbot: QtBot, make_window: WindowFactory, store: Store
) -> None:
    log = open_log(qtbot, make_window)
    line = log.leader_combo.lineEdit()
    assert line is not None
    assert log.leader_combo.count() == 0 and line.placeholderText()
    assert not log.add_button.isEnabled() and not log.pdf_button.isEnabled()
    assert log.model.rowCount() == 0
    line.setFocus()
    with qtbot.waitSignal(log.loaded, timeout=10_000):
        type_text(line, "Anne de Vries")
        line.editingFinished.emit()  # as leaving the field does
    assert log.add_button.isEnabled() and log.pdf_button.isEnabled()
    assert "Led: 0 sessions; co-led: 0 sessions" in log.totals_label.text()
