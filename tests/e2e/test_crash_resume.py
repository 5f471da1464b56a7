"""A running session survives the app being killed: restart finds it at the right time."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import UTC, datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from reflectdesk.core.clock_state import ClockStatus
from reflectdesk.core.model import GroupDraft, MemberDraft, SessionStatus
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.store import groups, members, sessions
from reflectdesk.store.builtins import seed_builtins
from reflectdesk.store.database import open_store
from reflectdesk.store.formats import format_id_for_key
from reflectdesk.ui.shell.main_window import MainWindow
from reflectdesk.ui.shell.window_settings import open_window_settings
from tests.fakes import TEST_PASSPHRASE, open_vault

# The app, driven as a facilitator would: open the session, Space to start, N for the
# next phase; then it keeps running its event loop until it is killed.
RUNNING_APP = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from reflectdesk.store.database import open_store
    from reflectdesk.store.builtins import seed_builtins
    from reflectdesk.ui.shell.application import make_application
    from reflectdesk.ui.shell.main_window import MainWindow
    from reflectdesk.ui.shell.window_settings import open_window_settings

    app = make_application()
    store = open_store(Path(sys.argv[1]), seed=seed_builtins)
    window = MainWindow(store, open_window_settings())
    window.show()

    def drive():
        window.activateWindow()
        if not QTest.qWaitForWindowActive(window):
            sys.exit("the window never became active")
        window.open_session(sys.argv[2])
        view = window.session_page.run_view
        QTest.keyClick(view, Qt.Key.Key_Space)
        QTest.keyClick(view, Qt.Key.Key_N)
        print("ready", flush=True)

    QTimer.singleShot(0, drive)
    app.exec()
    """
)


def test_killed_mid_session_then_resumed(qtbot: QtBot, tmp_path: Path) -> None:
    db = tmp_path / "crash.db"
    with open_store(db, seed=seed_builtins) as store:
        group = groups.create_group(
            store, GroupDraft("Balint", format_id_for_key(store, "balint-one-case"))
        )
        members.add_member(store, group.id, MemberDraft("Hüseyin İkiz"))
        session = sessions.plan_session(
            store, group.id, SessionDraft(planned_start=datetime.now(UTC))
        )
    script = tmp_path / "running_app.py"
    script.write_text(RUNNING_APP, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, str(script), str(db), session.id],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    store = open_store(db, seed=seed_builtins)  # the dead app's lock is gone
    try:
        window = MainWindow(store, open_window_settings())
        qtbot.addWidget(window)
        page = window.session_page
        assert page is not None, "the running session was not resumed"
        started = sessions.get_session(store, session.id).started_at
        assert started is not None
        before = (datetime.now(UTC) - started).total_seconds()
        snapshot = page.runner.snapshot()
        after = (datetime.now(UTC) - started).total_seconds()
        assert snapshot.status is ClockStatus.RUNNING
        assert snapshot.phase_index == 1
        # The time the app was dead counts as elapsed. The clock is read between two
        # readings of the real time, so a slow machine widens the window instead of
        # failing the test; the 2 s allow for the stored times' rounding.
        assert before - 2.0 <= snapshot.session_elapsed <= after + 2.0
        assert sessions.get_session(store, session.id).status is SessionStatus.RUNNING
        window.close()
    finally:
        store.close()


TYPING_APP = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from reflectdesk.store.builtins import seed_builtins
    from reflectdesk.store.database import open_store
    from reflectdesk.ui.shell.application import make_application
    from reflectdesk.ui.shell.main_window import MainWindow
    from reflectdesk.ui.shell.window_settings import open_window_settings

    from reflectdesk.store.vault import unlock

    app = make_application()
    store = open_store(Path(sys.argv[1]), seed=seed_builtins)
    unlock(store, sys.argv[4])  # as the facilitator would before writing
    window = MainWindow(store, open_window_settings())
    window.show()

    def type_note():
        window.activateWindow()
        if not QTest.qWaitForWindowActive(window):
            sys.exit("the window never became active")
        window.open_session(sys.argv[2])
        panel = window.session_page.notes
        window.session_page.tabs.setCurrentWidget(panel)
        panel.private_edit.setFocus()
        panel.saver.saved.connect(lambda _id: print("saved", flush=True))
        QTest.keyClicks(panel.private_edit, sys.argv[3])
        print("typed", flush=True)

    QTimer.singleShot(0, type_note)
    app.exec()
    """
)


def test_typed_note_survives_sigkill_after_the_autosave(qtbot: QtBot, tmp_path: Path) -> None:
    from reflectdesk.store.notes import private_notes

    db = tmp_path / "typing.db"
    with open_store(db, seed=seed_builtins) as store:
        open_vault(store)
        group = groups.create_group(
            store, GroupDraft("Balint", format_id_for_key(store, "balint-one-case"))
        )
        session = sessions.plan_session(
            store, group.id, SessionDraft(planned_start=datetime.now(UTC))
        )
    text = "Follow up with the resident about the night shift."
    script = tmp_path / "typing_app.py"
    script.write_text(TYPING_APP, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, str(script), str(db), session.id, text, TEST_PASSPHRASE],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "typed"
        # The autosave comes within a second of the last keystroke, off the ui thread.
        assert child.stdout.readline().strip() == "saved"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)

    with open_store(db, seed=seed_builtins) as store:
        open_vault(store)
        [note] = private_notes(store, session.id)
        assert note.body == text
