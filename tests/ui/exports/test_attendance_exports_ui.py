"""Certificates of attendance and appraisal evidence from the group page's Export menu,
as a facilitator does it: options, who it is for, a file, the job."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from reflectdesk.core.notes import LearningPointDraft
from reflectdesk.store import notes
from reflectdesk.store.database import Store
from reflectdesk.ui.privacy.identifier_review import IdentifierReviewDialog
from tests.export.pdfcheck import page_texts
from tests.hours_sample import build_hours_sample
from tests.ui.conftest import WindowFactory, find_open, keep_shot


def choose(qtbot: QtBot, path: Path) -> None:
    dialog = find_open(qtbot, QFileDialog, "exportFileDialog")
    dialog.fileSelected.emit(str(path))
    dialog.close()


def _flat(path: Path) -> str:
    return " ".join(" ".join(page_texts(path)).split())


def test_export_a_certificate_from_the_group_page(
    qtbot: QtBot, make_window: WindowFactory, store: Store, tmp_path: Path
) -> None:
    sample = build_hours_sample(store)
    window = make_window()
    assert window.group_page.group_id == sample.group_id
    labels = [a.text() for a in window.group_page.export_button.menu().actions()]
    assert "Certificates of Attendance (PDF)…" in labels

    window.group_page.export_requested.emit("certificate")
    options = find_open(qtbot, QDialog, "exportOptions")
    who = options.findChild(QComboBox, "exportWho")
    assert who.currentText() == "Every participant"
    who.setCurrentIndex(who.findText("Pieter Jansen"))
    keep_shot(options, "certificate-options.png")
    options.accept()
    target = tmp_path / "pieter.pdf"
    choose(qtbot, target)
    job = window.exports.jobs[-1]
    with qtbot.waitSignal(job.succeeded, timeout=20000):
        pass
    text = _flat(target)
    assert "Pieter Jansen" in text and "2 hours 40 minutes" in text
    assert "Sanne Bakker" not in text


def test_appraisal_evidence_is_reviewed_for_identifiers_first(
    qtbot: QtBot, make_window: WindowFactory, store: Store, tmp_path: Path
) -> None:
    sample = build_hours_sample(store)
    notes.add_learning_point(
        store, sample.session_ids[1], LearningPointDraft("Mrs Jansen, 67, felt unheard", True)
    )
    window = make_window()
    assert window.group_page.group_id == sample.group_id
    window.group_page.export_requested.emit("appraisal")
    options = find_open(qtbot, QDialog, "exportOptions")
    who = options.findChild(QComboBox, "exportWho")
    who.setCurrentIndex(who.findText("Pieter Jansen"))
    options.accept()
    qtbot.waitUntil(lambda: isinstance(window.exports.review, IdentifierReviewDialog))
    review = window.exports.review
    assert review is not None
    review.reject()  # Cancel: nothing is written
    qtbot.waitUntil(lambda: not review.isVisible())
    assert not any(dialog.isVisible() for dialog in window.findChildren(QFileDialog))
