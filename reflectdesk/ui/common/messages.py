"""Telling the user something went wrong: a message box, never a traceback.

Everything goes through :func:`show_error` so GUI tests can replace it in one place.
Boxes are opened window-modal with ``open()`` so the event loop keeps running.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.ui.common.translation import Translates

T = TypeVar("T")

log = logging.getLogger(__name__)


class Messages(Translates):
    """The words of the message boxes below (functions: no ``self.tr``)."""


def show_error(parent: QWidget | None, title: str, error: ReflectDeskError | str) -> QMessageBox:
    # Neither the title nor a plain-text message is logged: both may quote a name. An
    # error object is logged as its type and code (reflectdesk/logs.py).
    where = type(parent).__name__ if parent is not None else "no window"
    if isinstance(error, ReflectDeskError):
        log.info("told the user in %s: %s", where, error)
    else:
        log.info("told the user in %s (a message without an error code)", where)
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, str(error), QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("errorBox")
    box.open()
    return box


def report_startup_error(error: ReflectDeskError, also: str = "") -> None:
    """Before any window exists: a blocking dialog, and the same line on stderr; ``also``
    is a second line (what else did not happen)."""
    log.error("cannot start: %s", error)
    print(f"reflectdesk: {error}", file=sys.stderr)
    if also:
        print(f"reflectdesk: {also}", file=sys.stderr)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        "ReflectDesk cannot open its database",
        str(error),
        QMessageBox.StandardButton.Close,
    )
    box.setInformativeText(also)
    box.exec()


def ask_save_changes(
    parent: QWidget,
    name: str,
    *,
    save: Callable[[], bool],
    discard: Callable[[], None],
    then: Callable[[], None],
) -> QMessageBox:
    """ "Save your changes to “name”?" with Save, Discard and Cancel, opened window-modal.
    ``then`` runs after a Discard (once ``discard`` ran) or a Save that succeeded."""
    buttons = QMessageBox.StandardButton
    box = QMessageBox(
        QMessageBox.Icon.Question,
        Messages.tr("Unsaved Changes"),
        Messages.tr("Save your changes to “%1”?").replace("%1", name),
        buttons.Save | buttons.Discard | buttons.Cancel,
        parent,
    )
    box.setObjectName("unsavedChanges")
    box.setDefaultButton(buttons.Save)

    def answered(button: QAbstractButton) -> None:
        choice = box.standardButton(button)
        if choice == buttons.Discard:
            discard()
        if choice == buttons.Discard or (choice == buttons.Save and save()):
            then()

    box.buttonClicked.connect(answered)
    box.open()
    return box


def confirm(
    parent: QWidget,
    name: str,
    title: str,
    text: str,
    *,
    answer: str,
    then: Callable[[], object],
    destructive: bool = True,
) -> QMessageBox:
    """A question with Cancel and ``answer`` (not opened yet: the caller opens it
    window-modal); ``then()`` runs when ``answer`` is clicked. A destructive answer leaves
    Cancel the default; any other answer is the default itself. Esc answers Cancel."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent
    )
    box.setObjectName(name)
    roles = QMessageBox.ButtonRole
    role = roles.DestructiveRole if destructive else roles.AcceptRole
    button = box.addButton(answer, role)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel if destructive else button)

    def answered(clicked: QAbstractButton) -> None:
        if clicked is button:
            then()

    box.buttonClicked.connect(answered)
    return box


def attempt(
    parent: QWidget,
    title: str,
    action: Callable[[], T],
    passthrough: tuple[type[Exception], ...] = (),
) -> T | None:
    """The result of a store call, or None after telling the user why it failed (a
    ReflectDeskError or an OSError). Errors of the ``passthrough`` types are left for
    the caller, which shows them its own way (e.g. every problem of a file)."""
    try:
        return action()
    except passthrough:
        raise
    except ReflectDeskError as error:
        show_error(parent, title, error)
    except OSError as error:
        log.info("a file operation failed: %s", error)
        show_error(parent, title, f"{error.filename}: {error.strerror or error}")
    return None


def choose_toml_file(
    parent: QWidget, *, save: bool, suggested: str, title: str, filters: str
) -> Path | None:
    """A TOML file to export to (``save``, ``.toml`` added when no suffix was typed) or
    to import, in the folder last used for definition files (Documents the first time);
    None if cancelled. Blocking: the editors' tests replace the methods that call it."""
    from PySide6.QtWidgets import QFileDialog

    from reflectdesk.ui.common.save_folders import SaveFolders

    folders = SaveFolders()
    start = folders.folder("definitions")
    if save:
        name, _ = QFileDialog.getSaveFileName(parent, title, str(start / suggested), filters)
    else:
        name, _ = QFileDialog.getOpenFileName(parent, title, str(start), filters)
    path = Path(name) if name else None
    if path is not None:
        folders.remember("definitions", path)
    return path.with_suffix(".toml") if path and save and not path.suffix else path
