"""Long work runs off the ui thread, reports progress, and can be cancelled."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.ui.jobs.jobs import JobCancelledError, run_job


def test_a_job_runs_on_another_thread_and_reports_its_result(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[tuple[int, int]] = []

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        for step in range(3):
            progress(step + 1, 3)
        return threading.current_thread().name

    job = run_job(parent, "Working", work)
    job._runner.progressed.connect(lambda d, t: seen.append((d, t)))
    with qtbot.waitSignal(job.succeeded, timeout=5000) as blocker:
        pass
    assert blocker.args[0] != threading.current_thread().name


def test_a_failure_is_a_message(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        raise ReflectDeskError("The disk is full.")

    job = run_job(parent, "Working", work)
    with qtbot.waitSignal(job.failed, timeout=5000) as blocker:
        pass
    assert [str(arg) for arg in blocker.args] == ["The disk is full."]


def test_cancel_stops_between_steps(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    started = threading.Event()
    release = threading.Event()

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        started.set()
        release.wait(5)
        if cancelled.is_set():
            raise JobCancelledError("cancelled")
        return "done"

    job = run_job(parent, "Working", work)
    assert started.wait(5)
    job.cancel()
    release.set()
    with qtbot.waitSignal(job.cancelled, timeout=5000):
        pass


def test_a_bug_in_a_job_is_still_a_message_and_the_job_ends(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        raise KeyError("oops")

    job = run_job(parent, "Working", work)
    with qtbot.waitSignal(job.failed, timeout=5000) as blocker:
        pass
    assert [str(arg) for arg in blocker.args] == [
        "Something went wrong inside ReflectDesk (KeyError)."
    ]
    assert not job.dialog.isVisible()


def test_closing_the_owner_cancels_its_running_task_and_waits_for_it(qtbot: QtBot) -> None:
    from reflectdesk.ui.jobs.task import Task, finish_tasks

    owner = QWidget()
    qtbot.addWidget(owner)
    started = threading.Event()

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        started.set()
        cancelled.wait(10)  # runs until cancelled, as an export between steps would
        raise JobCancelledError("cancelled")

    task = Task(work, owner)
    task.start()
    assert started.wait(5)
    assert finish_tasks(owner, timeout_ms=5000) == 0
    assert task.wait(0)  # the worker returned: the owner may go
