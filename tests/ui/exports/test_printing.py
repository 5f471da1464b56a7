"""Printing from the window: Ctrl+P asks what to print, the document's export runs
(options, the PDF made on a worker, into a temporary folder), and Qt's print preview
shows its pages on the paper the options chose; saving a PDF has keys of its own."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from reflectdesk.store.database import Store
from reflectdesk.ui.exports.print_actions import Printing
from reflectdesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import WindowFactory, find_open, keep_shot
from tests.ui.exports.test_export_ui import setup_group

CTRL = Qt.KeyboardModifier.ControlModifier


def _print(qtbot: QtBot, window: MainWindow, kind: str, **options: str) -> QPrintPreviewDialog:
    """Ctrl+P, ``kind`` chosen, the options set, then the preview once the PDF is made."""
    window.activateWindow()  # the keys go to the window, as after any dialog closed
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.menus.prints.printing.preview = None
    qtbot.keyClick(window, Qt.Key.Key_P, CTRL)
    choice = find_open(qtbot, QDialog, "printChoice")
    choice.choices[kind].setChecked(True)  # type: ignore[attr-defined]
    choice.accept()
    dialog = find_open(qtbot, QDialog, "exportOptions")
    for name, value in options.items():
        box = getattr(dialog, name)
        box.setCurrentIndex(box.findData(value))
    dialog.accept()
    printing = window.menus.prints.printing
    qtbot.waitUntil(lambda: printing.preview is not None, timeout=20000)  # the PDF made
    return find_open(qtbot, QPrintPreviewDialog, "printPreview")  # type: ignore[return-value]


def _printed_pages(qtbot: QtBot, preview: QPrintPreviewDialog, tmp_path: Path) -> int:
    """The pages the preview's painting puts on a PDF printer (what a printer gets)."""
    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setPageLayout(preview.printer().pageLayout())
    preview.paintRequested.emit(printer)
    pages = PdfReader(out).pages
    for page in pages:  # each sheet holds the page's picture, and it is not blank
        (picture,) = page.images
        darkest = min(low for low, _high in picture.image.convert("RGB").getextrema())
        assert darkest < 100
    return len(pages)


def test_ctrl_p_prints_the_chosen_sessions_summary(
    qtbot: QtBot, make_window: WindowFactory, store: Store, tmp_path: Path
) -> None:
    _group_id, session_id = setup_group(store)
    window = make_window()
    window.group_page.sessions.select_session(session_id)

    qtbot.keyClick(window, Qt.Key.Key_P, CTRL)
    choice = find_open(qtbot, QDialog, "printChoice")
    assert choice.chosen() == "summary"  # type: ignore[attr-defined]
    choice.reject()
    preview = _print(qtbot, window, "summary")

    printing: Printing = window.menus.prints.printing
    assert printing.document is not None
    made = PdfReader(printing.document)
    assert "Session summary" in made.pages[0].extract_text()
    assert "CANARY-55" not in made.pages[0].extract_text()  # private notes stay out
    assert preview.printer().pageLayout().pageSize().id() == QPageSize.PageSizeId.A4
    assert preview.printer().resolution() >= 300  # text prints sharp, not at screen dpi
    widget = preview.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: widget.pageCount() == len(made.pages))
    assert _printed_pages(qtbot, preview, tmp_path) == len(made.pages)
    keep_shot(preview, "print-preview-summary.png")

    folder = printing.document.parent
    preview.reject()
    qtbot.waitUntil(lambda: not folder.exists())  # the temporary PDF goes with it


def test_the_attendance_register_prints_on_letter(
    qtbot: QtBot, make_window: WindowFactory, store: Store, tmp_path: Path
) -> None:
    _group_id, session_id = setup_group(store)
    window = make_window()
    window.group_page.sessions.select_session(session_id)

    preview = _print(qtbot, window, "register", paper="letter")

    assert preview.windowTitle() == "Print Preview"
    assert preview.printer().pageLayout().pageSize().id() == QPageSize.PageSizeId.Letter
    document = window.menus.prints.printing.document
    assert document is not None
    text = PdfReader(document).pages[0].extract_text()
    assert "Attendance register" in text and "Hüseyin İkiz" in text
    assert _printed_pages(qtbot, preview, tmp_path) == 1
    keep_shot(preview, "print-preview-register.png")
    preview.reject()


def test_the_handout_and_the_bulletin_print_too(
    qtbot: QtBot, make_window: WindowFactory, store: Store, tmp_path: Path
) -> None:
    _group_id, session_id = setup_group(store)
    window = make_window()
    window.group_page.sessions.select_session(session_id)
    for kind, words in (("handout", "Ground rules"), ("bulletin", "Learning bulletin")):
        preview = _print(qtbot, window, kind)
        document = window.menus.prints.printing.document
        assert document is not None
        assert words in PdfReader(document).pages[0].extract_text()
        preview.reject()


def test_without_a_session_only_the_groups_bulletin_can_be_printed(
    qtbot: QtBot, make_window: WindowFactory, store: Store
) -> None:
    setup_group(store)
    window = make_window()
    window.group_page.sessions.table.setCurrentIndex(QModelIndex())  # no session chosen

    qtbot.keyClick(window, Qt.Key.Key_P, CTRL)
    choice = find_open(qtbot, QDialog, "printChoice")
    buttons = choice.choices  # type: ignore[attr-defined]
    assert [kind for kind, button in buttons.items() if button.isEnabled()] == ["bulletin"]
    assert choice.chosen() == "bulletin"  # type: ignore[attr-defined]
    hints = [label.text() for label in choice.findChildren(QLabel) if label.isVisible()]
    assert any("Choose a session" in hint for hint in hints)
    keep_shot(choice, "print-choice-group.png")
    choice.reject()


def test_saving_the_register_as_pdf(
    qtbot: QtBot, make_window: WindowFactory, store: Store, tmp_path: Path
) -> None:
    _group_id, session_id = setup_group(store)
    window = make_window()
    window.group_page.sessions.select_session(session_id)

    window.menus.prints.export_register_action.trigger()
    options = find_open(qtbot, QDialog, "exportOptions")
    assert options.windowTitle() == "Export Attendance Register"
    options.signatures.setChecked(False)  # type: ignore[attr-defined]
    options.accept()
    from tests.ui.exports.test_export_ui import choose

    target = tmp_path / "register.pdf"
    choose(qtbot, target)
    with qtbot.waitSignal(window.exports.jobs[-1].succeeded, timeout=20000):
        pass
    text = PdfReader(target).pages[0].extract_text()
    assert "Attendance register" in text and "Signature" not in text


def _window_shortcuts(window: MainWindow) -> dict[str, list[str]]:
    """Every key sequence of the window's own actions, with the actions that have it."""
    keys: dict[str, list[str]] = defaultdict(list)
    for action in window.findChildren(QAction):
        if action.shortcutContext() is not Qt.ShortcutContext.WindowShortcut:
            continue  # a page's own keys (WidgetWithChildrenShortcut) live in that page
        for sequence in action.shortcuts():
            keys[sequence.toString()].append(action.objectName() or action.text())
    return keys


@pytest.mark.parametrize("with_session", [False, True])
def test_print_and_save_have_their_own_keys_and_no_key_is_taken_twice(
    make_window: WindowFactory, store: Store, with_session: bool
) -> None:
    _group_id, session_id = setup_group(store)
    window = make_window()
    if with_session:
        window.open_session(session_id)
    keys = _window_shortcuts(window)

    assert keys[QKeySequence(QKeySequence.StandardKey.Print).toString()] == ["print"]
    assert keys["Ctrl+E"] == ["exportSummary"]
    clashes = {key: names for key, names in keys.items() if len(names) > 1}
    assert not clashes, clashes


def test_a_document_that_cannot_be_shown_is_said_and_its_folder_removed(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window()
    folder = tmp_path / "reflectdesk-print-x"
    folder.mkdir()
    broken = folder / "summary.pdf"
    broken.write_bytes(b"not a PDF")

    window.menus.prints.printing._preview(broken)

    box = find_open(qtbot, QMessageBox, "errorBox")
    assert box.text() == "The document could not be shown."  # type: ignore[attr-defined]
    assert not folder.exists()
    box.close()
