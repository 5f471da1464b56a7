"""The same export from the window and from the command line, in English and in Dutch:
the same text, word for word, with the language's dates and decimals.

The window's path is the facilitator's: the options dialog (its Language starts at the
window's language), the file chosen, the job. The command line's is ``reflectdesk --lang
LANG export ...`` on the same database. Dates and numbers come from Babel on both paths,
so the text must be equal; before, the app's strftime followed the C locale QApplication
had switched and wrote "maandag" where the command line wrote "Monday".
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from reflectdesk import cli
from reflectdesk.core.clock_state import ClockEventRecord
from reflectdesk.core.model import AttendanceStatus, ClockEventKind, GroupDraft, MemberDraft
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.i18n.texts import use_language
from reflectdesk.store import attendance, groups, members, sessions
from reflectdesk.store.database import Store
from reflectdesk.store.formats import format_id_for_key
from reflectdesk.store.questionnaires import latest_questionnaire
from reflectdesk.store.responses import record_response
from reflectdesk.ui.shell.main_window import MainWindow
from reflectdesk.ui.shell.translators import install_language
from tests.export.pdfcheck import text
from tests.ui.conftest import WindowFactory, find_open
from tests.ui.exports.test_export_ui import choose

# Monday 26 October 2026, 12:00 in London and 13:00 in Amsterdam: the same day anywhere.
START = datetime(2026, 10, 26, 12, 0, tzinfo=UTC)
# Eleven forms whose "safe space" answers have the mean 43 / 11 = 3.909...
SAFE_SPACE = (5, 5, 4, 4, 4, 4, 4, 4, 3, 3, 3)
EXPECTED = {
    "en": ("Monday 26 October 2026", "3.91", "Series report", "page 1 of"),
    "nl": ("maandag 26 oktober 2026", "3,91", "Reeksrapport", "pagina 1 van"),
}


@pytest.fixture
def language_reset(qapp: QApplication) -> Iterator[list[object]]:
    """Translators installed by a test, removed after it with the language set back."""
    installed: list[object] = []
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)  # type: ignore[arg-type]
    QLocale.setDefault(QLocale("en_GB"))
    use_language("en")


def finished_session(store: Store) -> tuple[str, str]:
    """A group with one finished session on 26 October 2026 and its evaluations."""
    fmt = format_id_for_key(store, "balint-one-case")
    group = groups.create_group(store, GroupDraft("Balint — blok 2", fmt))
    person = members.add_member(store, group.id, MemberDraft("Hüseyin İkiz")).person_id
    meeting = sessions.plan_session(
        store, group.id, SessionDraft(planned_start=START, title="", place="LUMC")
    )
    attendance.set_attendance(store, meeting.id, person, AttendanceStatus.PRESENT)
    for seq, (kind, seconds) in enumerate(
        ((ClockEventKind.START, 0.0), (ClockEventKind.END, 3600.0)), start=1
    ):
        event = ClockEventRecord(seq, kind, seconds, START + timedelta(seconds=seconds))
        sessions.record_clock_event(store, meeting.id, event)
    found = latest_questionnaire(store, "session-evaluation")
    assert found is not None
    for value in SAFE_SPACE:
        answers = {"safe-space": value, "depth": 4, "would-recommend": 4, "takeaway": ""}
        record_response(store, found.id, answers, session_id=meeting.id)
    return group.id, meeting.id


def from_the_window(
    qtbot: QtBot, window: MainWindow, kind: str, target: Path, language: str | None = None
) -> str:
    """Export as a facilitator does; ``language`` chosen in the dialog, or its default."""
    options = find_open(qtbot, QDialog, "exportOptions")
    if language is not None:
        options.language.setCurrentIndex(options.language.findData(language))
    chosen = options.language.currentData()
    options.accept()
    choose(qtbot, target)
    job = window.exports.jobs[-1]
    with qtbot.waitSignal(job.succeeded, timeout=20000):
        pass
    return str(chosen)


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_window_and_the_command_line_write_the_same_text(
    *,
    qtbot: QtBot,
    qapp: QApplication,
    make_window: WindowFactory,
    store: Store,
    db_path: Path,
    tmp_path: Path,
    language: str,
    language_reset: list[object],
) -> None:
    group_id, session_id = finished_session(store)
    language_reset += install_language(qapp, language)
    window = make_window()

    window.exports.session_pdf(session_id, "summary")
    # The dialog starts at the window's language.
    assert from_the_window(qtbot, window, "summary", tmp_path / "app-summary.pdf") == language
    window.exports.group_pdf(group_id, bulletin=False)
    from_the_window(qtbot, window, "series", tmp_path / "app-series.pdf")

    db = ["--db", str(db_path)]
    summary_out = ["--out", str(tmp_path / "cli-summary.pdf")]
    series_out = ["--out", str(tmp_path / "cli-series.pdf")]
    assert (
        cli.main(
            ["--lang", language, "export", "session", "--session", session_id, *db, *summary_out]
        )
        == 0
    )
    # The export kind's own --lang is the same option.
    assert (
        cli.main(["export", "series", "--lang", language, "--group", group_id, *db, *series_out])
        == 0
    )

    date, decimal, series_title, page = EXPECTED[language]
    for kind in ("summary", "series"):
        app_text = text(tmp_path / f"app-{kind}.pdf")
        assert app_text == text(tmp_path / f"cli-{kind}.pdf"), kind
        assert decimal in app_text, kind
        assert page in app_text, kind
    summary = text(tmp_path / "app-summary.pdf")
    assert date in summary
    assert series_title in text(tmp_path / "app-series.pdf")
    other = EXPECTED["nl" if language == "en" else "en"]
    assert other[0] not in summary and other[1] not in summary


def test_a_dutch_window_exports_an_english_report_when_asked(
    *,
    qtbot: QtBot,
    qapp: QApplication,
    make_window: WindowFactory,
    store: Store,
    tmp_path: Path,
    language_reset: list[object],
) -> None:
    # A Dutch facilitator writes the series report for a visiting English examiner.
    group_id, _session_id = finished_session(store)
    language_reset += install_language(qapp, "nl")
    window = make_window()
    window.exports.group_pdf(group_id, bulletin=False)
    from_the_window(qtbot, window, "series", tmp_path / "series.pdf", language="en")
    content = text(tmp_path / "series.pdf")
    assert "Series report" in content and "3.91" in content
    assert "Reeksrapport" not in content and "3,91" not in content
