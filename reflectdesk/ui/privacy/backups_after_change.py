"""After Privacy ▸ Change Passphrase: backups made before keep the old passphrase, so a
backup is made with the new one, and the facilitator is offered, once, to remove the
older ones. Neither happens while a session's clock runs: nothing opens over it; both
wait until it stops (``resume``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QAbstractButton, QDialog, QMainWindow, QMessageBox, QWidget

from reflectdesk.store.database import Store
from reflectdesk.ui.common.messages import show_error
from reflectdesk.ui.common.translation import Translates


class BackupsAfterChange(Translates):
    def __init__(
        self,
        store: Store,
        window: QWidget,
        *,
        hold: Callable[[], bool],
        show: Callable[[QDialog], None],
    ) -> None:
        self._store = store
        self._window = window
        self._hold = hold
        self._show = show
        self.backing_up: object = None  # the background backup, while it runs
        self._backup_waiting = False
        self._offer_waiting: object = None  # older backups found while a clock ran

    def resume(self) -> None:
        """The clock has stopped: do what waited for it."""
        if self._backup_waiting:
            self.start()
        elif self._offer_waiting is not None:
            self._offer(self._offer_waiting)

    def start(self) -> None:
        """Make the backup (off the ui thread: a large database takes a few seconds),
        then offer to remove the older ones."""
        from reflectdesk.store.older_backups import back_up_after_passphrase_change
        from reflectdesk.ui.jobs.task import call_in_background

        if self._hold():
            self._backup_waiting = True
            return
        self._backup_waiting = False
        self._offer_waiting = None
        task = call_in_background(
            lambda: back_up_after_passphrase_change(self._store.path), self._window
        )
        task.succeeded.connect(self._offer)
        task.failed.connect(
            lambda error: show_error(
                self._window,
                self.tr("The passphrase is changed, but no new backup was made"),
                error,
            )
        )
        self.backing_up = task
        task.start()

    def _offer(self, result: object) -> None:
        from reflectdesk.store.older_backups import AfterPassphraseChange, remove_backups
        from reflectdesk.ui.privacy.vault_key_dialogs import ask_remove_older_backups

        if not isinstance(result, AfterPassphraseChange) or not result.older:
            return
        if self._hold():  # a clock started while the backup was made
            self._offer_waiting = result
            return
        self._offer_waiting = None
        older = result.older
        box = ask_remove_older_backups(self._window, older)

        def answered(button: QAbstractButton) -> None:
            if box.buttonRole(button) is QMessageBox.ButtonRole.DestructiveRole:
                removed = remove_backups(older)
                if isinstance(self._window, QMainWindow):
                    self._window.statusBar().showMessage(
                        self.tr("%n older backup(s) removed.", "", removed), 6000
                    )

        box.buttonClicked.connect(answered)
        self._show(box)
