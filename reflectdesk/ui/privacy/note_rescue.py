"""The question asked before closing, quitting or locking while a private note could not
be saved (the database's disk is full, a USB stick went away): it says why, and offers to
try again, to copy the text, to save it elsewhere as an encrypted file, or to go on
without it. Nothing typed is dropped without this question (issue 13).

The callers decide what "try again" and "go on" mean (leaving.py: leave the page or quit;
the vault controller: lock; the member notes dialog: close), so this module knows no
page or editor, only the text, the reason, and those answers. Privacy ▸ Open Encrypted
Note File… shows such a file's text again (show_note_file).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.store.note_copy import SUFFIX
from reflectdesk.ui.common.messages import show_error
from reflectdesk.ui.common.question import ask
from reflectdesk.ui.common.save_folders import SaveFolders
from reflectdesk.ui.common.translation import Translates

NOTE_FILES = "note-files"  # the kind of file whose folder is remembered (save_folders)

# seal_copy(path, text): writes the text sealed under the unlocked key (note_copy.py).
SealCopy = Callable[[Path, str], None]


class NoteRescue(Translates):
    """The words of the rescue questions below (functions: no ``self.tr``)."""


def choose_copy_file(parent: QWidget) -> Path | None:
    """Where to save the encrypted copy; None when the facilitator cancels. (A function of
    its own so that tests can answer the file dialog.)"""
    folders = SaveFolders()
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        NoteRescue.tr("Save the Note as an Encrypted File"),
        str(folders.folder(NOTE_FILES) / f"private-note{SUFFIX}"),
        NoteRescue.tr("Encrypted private note (*.rdnote)"),
    )
    if not name:
        return None
    path = Path(name)
    folders.remember(NOTE_FILES, path)
    return path if path.suffix else path.with_suffix(SUFFIX)


def ask_about_note_not_saved(
    parent: QWidget,
    reason: str,
    *,
    locking: bool,
    text: str,
    retry: Callable[[], object],
    seal_copy: SealCopy,
    go_on: Callable[[], object],
    copied: bool = False,
) -> QMessageBox:
    """``retry()`` tries the save again (and asks again if it still fails); ``go_on()``
    closes or locks, the note's last text then kept only where the facilitator put it.
    Trying again is the default: it loses nothing."""

    def again(*, copied: bool) -> QMessageBox:
        return ask_about_note_not_saved(
            parent,
            reason,
            locking=locking,
            text=text,
            retry=retry,
            seal_copy=seal_copy,
            go_on=go_on,
            copied=copied,
        )

    def copy() -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(text)
        again(copied=True)

    def save_elsewhere() -> None:
        path = choose_copy_file(parent)
        if path is None:
            again(copied=copied)
            return
        try:
            seal_copy(path, text)
        except ReflectDeskError as error:
            shown = show_error(parent, NoteRescue.tr("The Encrypted File Was Not Saved"), error)
            shown.finished.connect(lambda _result: again(copied=copied))
            return
        go_on()

    message = NoteRescue.tr("The private note could not be saved: %1").replace("%1", reason)
    if locking:
        message += "\n\n" + NoteRescue.tr(
            "Private notes stay unlocked until it is saved or you decide. Try again (after "
            "freeing some space, say), copy the text, or save it elsewhere as an encrypted "
            "file."
        )
        without = NoteRescue.tr("Lock Without Saving")
    else:
        message += "\n\n" + NoteRescue.tr(
            "Closing now would lose what is not saved. Try again (after freeing some "
            "space, say), copy the text, or save it elsewhere as an encrypted file."
        )
        without = NoteRescue.tr("Close Without Saving")
    if copied:
        message += "\n\n" + NoteRescue.tr(
            "The text is on the clipboard: paste it somewhere safe before you go on; "
            "the clipboard may be emptied when ReflectDesk closes."
        )
    return ask(
        parent,
        "noteNotSaved",
        icon=QMessageBox.Icon.Warning,
        title=NoteRescue.tr("Private Note Not Saved"),
        text=message,
        answers=(
            (NoteRescue.tr("Try Again"), "retrySavingNote", retry),
            (NoteRescue.tr("Copy the Text"), "copyUnsavedNote", copy),
            (NoteRescue.tr("Save as Encrypted File…"), "saveNoteElsewhere", save_elsewhere),
            (without, "goOnWithoutNote", go_on),
        ),
        default=0,
    )


def choose_note_file(parent: QWidget) -> Path | None:
    """An encrypted note file to open; None when the facilitator cancels."""
    folders = SaveFolders()
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        NoteRescue.tr("Open an Encrypted Note File"),
        str(folders.folder(NOTE_FILES)),  # where such copies were saved
        NoteRescue.tr("Encrypted private note (*.rdnote)"),
    )
    if not name:
        return None
    folders.remember(NOTE_FILES, Path(name))
    return Path(name)


def show_note_file(parent: QWidget, read: Callable[[Path], str]) -> QDialog | None:
    """Ask for a file saved by "Save as Encrypted File…" and show its text, to copy back
    into a note; ``read`` opens it with the unlocked key."""
    path = choose_note_file(parent)
    if path is None:
        return None
    try:
        text = read(path)
    except ReflectDeskError as error:
        show_error(parent, NoteRescue.tr("The Note Could Not Be Opened"), error)
        return None
    dialog = QDialog(parent)
    dialog.setObjectName("noteFileDialog")
    dialog.setWindowTitle(NoteRescue.tr("Encrypted Note — %1").replace("%1", path.name))
    editor = QPlainTextEdit(text, dialog)
    editor.setObjectName("noteFileText")
    editor.setReadOnly(True)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    copy = buttons.addButton(NoteRescue.tr("Copy the Text"), QDialogButtonBox.ButtonRole.ActionRole)
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(text))
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(editor)
    layout.addWidget(buttons)
    dialog.resize(560, 420)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.open()
    return dialog
