"""Screenshots of ReflectDesk's windows for the README and for a human look.

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screenshots.py \
        [OUT_DIR] [--lang nl]

Writes a small demo database into a temporary folder and saves PNGs (default folder:
docs/images): the welcome page on a new, empty database at laptop size (1366×768), the
main window, the member dialog, a session in the room twelve minutes in, and the
presenter screen; with ``--lang nl`` in Dutch, each file named ``*-nl.png``. The session
runs on a scripted clock, so the pictures are the same every time. Nothing touches the
real data directory.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path


class ScriptedTime:
    """A clock that moves only when told, from a fixed afternoon."""

    def __init__(self) -> None:
        self._offset = 0.0
        self._start = datetime(2026, 11, 24, 13, 0, tzinfo=UTC)

    def advance(self, seconds: float) -> None:
        self._offset += seconds

    def monotonic(self) -> float:
        return 1000.0 + self._offset

    def wall(self) -> datetime:
        return self._start + timedelta(seconds=self._offset)


def main() -> int:
    arguments = sys.argv[1:]
    language = "en"
    if "--lang" in arguments:
        at = arguments.index("--lang")
        language = arguments[at + 1]
        del arguments[at : at + 2]
    suffix = "" if language == "en" else f"-{language}"
    out = Path(arguments[0] if arguments else "docs/images").absolute()
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="reflectdesk-shots-"))
    os.environ["REFLECTDESK_DATA_DIR"] = str(work / "data")

    from reflectdesk.demo.build import write_demo

    db = work / "demo.db"
    from reflectdesk.i18n.texts import use_language

    use_language(language)  # the demo plans its sessions in the language shown
    write_demo(db, "small")

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from reflectdesk.core.model import AttendanceStatus, ClockEventKind, SessionStatus
    from reflectdesk.store import attendance, groups, sessions
    from reflectdesk.store.builtins import seed_builtins
    from reflectdesk.store.database import open_store
    from reflectdesk.ui.shell.application import make_application
    from reflectdesk.ui.shell.main_window import MainWindow
    from reflectdesk.ui.shell.translators import install_language
    from reflectdesk.ui.shell.window_settings import open_window_settings

    app = make_application()
    translators = install_language(app, language)  # noqa: F841  (they live as long as app)
    store = open_store(db, seed=seed_builtins)
    time = ScriptedTime()
    window = MainWindow(store, open_window_settings(), time=time)
    window.resize(1280, 800)
    window.show()
    group = groups.list_groups(store)[0]
    planned = next(
        s for s in sessions.list_sessions(store, group.id) if s.status is SessionStatus.PLANNED
    )

    def dialogs() -> list[object]:
        return [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]

    def main_window() -> None:
        window.grab().save(str(out / f"main-window{suffix}.png"))
        window.group_page.add_member()
        QTimer.singleShot(300, member_dialog)

    def member_dialog() -> None:
        for dialog in dialogs():
            dialog.name_edit.setText("IJsbrand van den Eertwegh")  # type: ignore[attr-defined]
            dialog.grab().save(str(out / f"member-dialog{suffix}.png"))  # type: ignore[attr-defined]
            dialog.reject()  # type: ignore[attr-defined]
        for index, record in enumerate(attendance.attendance(store, planned.id)):
            status = AttendanceStatus.LATE if index == 5 else AttendanceStatus.PRESENT
            attendance.set_attendance(store, planned.id, record.person_id, status)
        window.open_session(planned.id)
        page = window.session_page
        assert page is not None
        page.reload_people()
        page.presenter.suggest_button.click()
        page.runner.act(ClockEventKind.START)
        time.advance(5 * 60 + 10)
        page.runner.act(ClockEventKind.NEXT)
        time.advance(9 * 60 + 12)
        page.run_view.refresh()
        QTimer.singleShot(300, session)

    def session() -> None:
        window.grab().save(str(out / f"session{suffix}.png"))
        page = window.session_page
        assert page is not None
        page.presenter_screen.action.setChecked(True)
        assert page.presenter_screen.window is not None
        page.presenter_screen.window.resize(1280, 720)
        QTimer.singleShot(300, presenter)

    def presenter() -> None:
        page = window.session_page
        assert page is not None and page.presenter_screen.window is not None
        page.presenter_screen.window.grab().save(str(out / f"presenter-screen{suffix}.png"))
        page.tabs.setCurrentWidget(page.cards)
        page.cards.next_card()
        page.cards.next_card()
        page.cards.show_card()
        QTimer.singleShot(300, cards)

    def cards() -> None:
        page = window.session_page
        assert page is not None and page.presenter_screen.window is not None
        window.grab().save(str(out / f"session-cards{suffix}.png"))
        page.presenter_screen.window.grab().save(str(out / f"presenter-card{suffix}.png"))
        page.tabs.setCurrentWidget(page.notes)
        page.notes.private_edit.setPlainText(
            "Presenter seemed more affected than the story let on; check in with her "
            "after the session. Group stayed with feelings well this time."
        )
        page.notes.point_edit.setText("Asking what the patient fears most opens the talk")
        page.notes.add_point()
        QTimer.singleShot(300, notes_tab)

    def notes_tab() -> None:
        page = window.session_page
        assert page is not None
        window.grab().save(str(out / f"session-notes{suffix}.png"))
        page.shutdown()
        from reflectdesk.ui.library.card_browser import CardBrowserDialog

        browser = CardBrowserDialog(store, window)
        browser.resize(1100, 700)
        browser.show()
        QTimer.singleShot(400, lambda: finish(browser))

    def finish(browser: QWidget) -> None:
        browser.grab().save(str(out / f"card-browser{suffix}.png"))
        browser.close()
        app.quit()

    # The first run: a window on a new, empty database at laptop size, before the demo's.
    fresh_store = open_store(work / "ReflectDesk" / "reflectdesk.db", seed=seed_builtins)
    fresh = MainWindow(fresh_store, open_window_settings())
    fresh.resize(1366, 768)
    fresh.show()

    def welcome() -> None:
        fresh.grab().save(str(out / f"welcome{suffix}.png"))
        fresh.close()
        fresh_store.close()
        window.raise_()
        QTimer.singleShot(300, main_window)

    QTimer.singleShot(500, welcome)
    app.exec()
    store.close()
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
