"""The autosaver: writes off the ui thread, coalesces, flushes on close."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.ui.jobs.autosave import Autosaver


class Recorder:
    def __init__(self, fail: bool = False) -> None:
        self.writes: list[tuple[str, str | None, str]] = []
        self.fail = fail

    def __call__(self, text: str, known_id: str | None) -> str:
        if self.fail:
            raise ReflectDeskError("the disk is full")
        self.writes.append((text, known_id, threading.current_thread().name))
        return known_id or "note-1"


def test_a_pause_in_typing_saves_the_latest_text_once_off_the_ui_thread(qtbot: QtBot) -> None:
    recorder = Recorder()
    saver = Autosaver(recorder, None)
    text = {"value": ""}
    saver.watch(lambda: text["value"])
    for typed in ("W", "Wa", "Wat"):
        text["value"] = typed
        saver.typed()
    with qtbot.waitSignal(saver.saved, timeout=3000) as blocker:
        pass
    assert blocker.args == ["note-1"]
    assert [w[0] for w in recorder.writes] == ["Wat"]
    assert recorder.writes[0][2] != threading.current_thread().name
    text["value"] = "Wat nu?"
    saver.typed()
    assert saver.flush()
    assert recorder.writes[-1][:2] == ("Wat nu?", "note-1")  # the id came back
    saver.stop()


def test_nothing_new_writes_nothing(qtbot: QtBot) -> None:
    recorder = Recorder()
    saver = Autosaver(recorder, "note-9")
    saver.watch(lambda: "same")
    saver.save_now()
    assert saver.flush()
    assert recorder.writes == []
    saver.stop()


def test_a_failed_write_is_reported(qtbot: QtBot) -> None:
    saver = Autosaver(Recorder(fail=True), None)
    saver.watch(lambda: "x")
    saver.typed()
    with qtbot.waitSignal(
        saver.state, timeout=3000, check_params_cb=lambda s: s.startswith("Not saved")
    ):
        saver.save_now()
    saver.stop()


def test_after_stop_a_flush_writes_here_instead_of_waiting_for_the_stopped_writer(
    qtbot: QtBot,
) -> None:
    # Closing stops the writer; locking the vault flushes again after that. That flush
    # used to wait 5 s on a thread that no longer ran, and then report failure.
    recorder = Recorder()
    saver = Autosaver(recorder, None)
    text = {"value": "Eerste"}
    saver.watch(lambda: text["value"])
    saver.typed()
    saver.stop()
    assert [w[0] for w in recorder.writes] == ["Eerste"]
    text["value"] = "Eerste, tweede"
    saver.typed()
    assert saver.flush()
    assert recorder.writes[-1][:2] == ("Eerste, tweede", "note-1")
    assert recorder.writes[-1][2] == threading.current_thread().name
    saver.stop()  # a second stop is harmless


def test_not_saved_says_why_right_after_a_failed_flush_and_clears_once_written(
    qtbot: QtBot,
) -> None:
    recorder = Recorder(fail=True)
    saver = Autosaver(recorder, None)
    saver.watch(lambda: "Tekst die niet past")
    assert saver.not_saved() is None  # nothing typed: nothing to lose
    saver.typed()

    # Asked at once (closing), before the writer's signals reach the ui thread.
    assert saver.not_saved() == "the disk is full"
    assert saver.not_saved() == "the disk is full"  # each call tries again

    recorder.fail = False  # space was freed
    assert saver.not_saved() is None
    assert recorder.writes[-1][0] == "Tekst die niet past"
    saver.stop()
