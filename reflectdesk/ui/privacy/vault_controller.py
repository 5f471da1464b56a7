"""The ui's side of the private-notes vault: its state, locking (on demand, when idle,
after the laptop slept, on close) and the dialogs that set, unlock, change, recover or
reset it. During a session the session page sets and unlocks it in place instead
(vault_inline.py) and holds the recovery key back until the clock stops.

Widgets that show private text listen to ``stateChanged`` and ``aboutToLock``: before the
key is dropped they save what is typed (``aboutToLock`` is emitted first and handled
synchronously), then they clear their editors on ``stateChanged("locked")``. Nothing else
in the app stops when notes lock: clocks, cards and attendance go on.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.store.database import Store
from reflectdesk.store.settings import auto_lock_minutes
from reflectdesk.store.vault_state import VaultStatus, vault_status
from reflectdesk.ui.common.messages import show_error
from reflectdesk.ui.privacy.backups_after_change import BackupsAfterChange

# Key presses, clicks, wheel turns and mouse moves count as activity.
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)
CHECK_INTERVAL_MS = 15_000
# A gap this much bigger on the boot clock than on the monotonic clock means the laptop
# was asleep (Linux's monotonic clock stops during suspend; its boot clock does not).
SLEEP_GAP_SECONDS = 20.0


def _vault() -> ModuleType:
    """The vault's services, imported on first use (not needed to start the app)."""
    from reflectdesk.store import vault

    return vault


def _dialogs() -> ModuleType:
    """The vault's dialogs, imported when first shown (not needed to start the app)."""
    from reflectdesk.ui.privacy import vault_dialogs

    return vault_dialogs


def _key_dialogs() -> ModuleType:
    """The dialogs that change the key or the passphrase, imported when first shown."""
    from reflectdesk.ui.privacy import vault_key_dialogs

    return vault_key_dialogs


def _boot_clock() -> float:
    """Seconds on a clock that keeps counting while the laptop sleeps, where there is one."""
    if hasattr(time, "CLOCK_BOOTTIME"):
        return time.clock_gettime(time.CLOCK_BOOTTIME)
    return time.time()  # elsewhere wall time is the best sign of a sleep


class VaultController(QObject):
    stateChanged = Signal(str)  # a VaultStatus value
    aboutToLock = Signal()

    def __init__(
        self,
        store: Store,
        window: QWidget,
        *,
        monotonic: Callable[[], float] = time.monotonic,
        boot_clock: Callable[[], float] = _boot_clock,
    ) -> None:
        super().__init__(window)
        self._store = store
        self._window = window
        self._monotonic = monotonic
        self._boot_clock = boot_clock
        self._status = vault_status(store)
        self.idle_minutes = 0
        self._last_activity = monotonic()
        self._last_check = (monotonic(), boot_clock())
        self._pending: list[Callable[[], None]] = []
        self.dialog: QWidget | None = None  # the vault dialog open now, if any
        # While this says so (a session's clock runs), the recovery key waits: nothing
        # may pop up over the clock. See hold_dialogs_while and show_waiting_recovery_key.
        self._hold: Callable[[], bool] = lambda: False
        self._recovery_key_waiting: str | None = None
        self._not_saved: list[tuple[str, str]] = []  # (text, why) kept from locking
        # The backup with the new passphrase, and the offer to remove older ones.
        self.after_change = BackupsAfterChange(
            store,
            window,
            hold=lambda: self._hold(),  # noqa: PLW0108 (read at each call: it is replaced)
            show=self._show,
        )
        self._checker = QTimer(self)
        self._checker.setInterval(CHECK_INTERVAL_MS)
        self._checker.timeout.connect(self.check_idle)
        self._watching = False
        self._watch(self.unlocked)
        self._unsubscribe = store.changes.subscribe(self._on_change)

    def _watch(self, on: bool) -> None:
        """Watch for idleness and sleep only while notes are unlocked: a locked vault
        has nothing to lock, and every key and mouse event then costs nothing extra."""
        if on == self._watching:
            return
        self._watching = on
        app = QApplication.instance()
        if on:
            self.idle_minutes = auto_lock_minutes(self._store)
            self._last_activity = self._monotonic()
            self._last_check = (self._monotonic(), self._boot_clock())
            self._checker.start()
            if app is not None:
                app.installEventFilter(self)
        else:
            self._checker.stop()
            if app is not None:
                app.removeEventFilter(self)

    # -- state --------------------------------------------------------------------------

    @property
    def status(self) -> VaultStatus:
        return self._status

    @property
    def unlocked(self) -> bool:
        return self._status is VaultStatus.UNLOCKED

    def _on_change(self, change: object) -> None:
        if getattr(change, "area", None) in ("vault", "settings"):
            QTimer.singleShot(0, self, self.refresh)

    def refresh(self) -> None:
        status = vault_status(self._store)
        if self._watching:
            self.idle_minutes = auto_lock_minutes(self._store)  # Preferences may change it
        self._watch(status is VaultStatus.UNLOCKED)
        if status is not self._status:
            self._status = status
            self.stateChanged.emit(status.value)
        if status is VaultStatus.UNLOCKED:
            waiting, self._pending = self._pending, []
            for then in waiting:
                then()

    # -- locking ------------------------------------------------------------------------

    def lock(self) -> None:
        """The facilitator locks (Ctrl+L): save what is being typed, then drop the key and
        clear the editors; when a note could not be saved, ask first (note_rescue.py)."""
        self._lock(ask=True, force=False)

    def _lock(self, *, ask: bool, force: bool) -> None:
        if self._status is not VaultStatus.UNLOCKED:
            return
        self._not_saved = []
        self.aboutToLock.emit()  # editors flush their autosave before the key goes
        if self._not_saved and not force:
            # The key is what the note still needs to be saved: it stays.
            self._lock_held(ask=ask)
            return
        _vault().lock(self._store)
        self.refresh()

    def keep_key_for(self, text: str, reason: str) -> None:
        """An editor's answer to ``aboutToLock``: its ``text`` could not be saved
        (``reason``), so locking now would drop it."""
        self._not_saved.append((text, reason))

    def _lock_held(self, *, ask: bool) -> None:
        text, reason = self._not_saved[0]
        if not ask or self._hold():
            # Idle, asleep, or a clock runs: nobody to ask, nothing may pop up. Say why
            # the notes stay open; the idle check tries again.
            self._say(self.tr("Private notes stay unlocked: a note is not saved (%1)."), reason)
            return
        from reflectdesk.ui.privacy.note_rescue import ask_about_note_not_saved

        self._show(
            ask_about_note_not_saved(
                self._window,
                reason,
                locking=True,
                text=text,
                retry=self.lock,
                seal_copy=self.seal_copy,
                go_on=lambda: self._lock(ask=False, force=True),
            )
        )

    def seal_copy(self, path: Path, text: str) -> None:
        """Save ``text`` to ``path`` sealed under the unlocked key (store/note_copy.py)."""
        from reflectdesk.store.note_copy import write_note_copy

        write_note_copy(self._store, path, text)

    def open_note_copy(self) -> None:
        """Privacy ▸ Open Encrypted Note File…: once unlocked, show a saved copy's text."""
        from reflectdesk.ui.privacy.note_rescue import show_note_file

        def show() -> None:
            show_note_file(self._window, self._read_copy)

        self.when_unlocked(show)

    def _read_copy(self, path: Path) -> str:
        from reflectdesk.store.note_copy import read_note_copy

        return read_note_copy(self._store, path)

    def shutdown(self) -> None:
        """Closing the app: lock, and stop listening. Leaving (shell/leaving.py) has asked
        about a note that could not be saved; the answer was to close."""
        self._unsubscribe()
        self._lock(ask=False, force=True)
        self._watch(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self._last_activity = self._monotonic()
        return False

    def check_idle(self) -> None:
        """Lock after the idle minutes, or when the laptop has been asleep."""
        now, boot = self._monotonic(), self._boot_clock()
        last_now, last_boot = self._last_check
        self._last_check = (now, boot)
        slept = (boot - last_boot) - (now - last_now) > SLEEP_GAP_SECONDS
        idle = now - self._last_activity >= self.idle_minutes * 60
        if self.unlocked and (slept or idle):
            self._lock(ask=False, force=False)

    # -- asking ------------------------------------------------------------------------

    def when_unlocked(self, then: Callable[[], None] | None = None) -> None:
        """Run ``then`` once private notes are unlocked: at once if they are, else after
        the passphrase is set (the first time) or typed."""
        if self._status is VaultStatus.UNLOCKED:
            if then is not None:
                then()
            return
        if then is not None:
            self._pending.append(then)
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            return
        if self._status is VaultStatus.NONE:
            self.set_passphrase()
        else:
            self.unlock()

    def set_passphrase(self) -> None:
        dialog = _dialogs().SetPassphraseDialog(self._store, self._window)
        dialog.finished_work.connect(self.created)
        dialog.rejected.connect(self._pending.clear)
        self._show(dialog)

    def created(self, recovery_key: object) -> None:
        """A passphrase was set (in the dialog or in place): notes are unlocked; the
        recovery key, if one was made, is shown as soon as no clock runs."""
        self.refresh()
        self._recovery_key(recovery_key)

    def _recovery_key(self, recovery_key: object) -> None:
        if isinstance(recovery_key, str):
            self._recovery_key_waiting = recovery_key
            self.show_waiting_recovery_key()

    def hold_dialogs_while(self, busy: Callable[[], bool] | None) -> None:
        """``busy`` (a session page's "the clock runs") holds back the recovery key;
        None lets it through again."""
        self._hold = busy or (lambda: False)

    @property
    def recovery_key_waiting(self) -> bool:
        return self._recovery_key_waiting is not None

    def show_waiting_recovery_key(self) -> None:
        """Show the recovery key made earlier, unless a clock still runs; and then the
        backup after a passphrase change, if that waited for the clock too."""
        if self._hold():
            return
        self.after_change.resume()
        key = self._recovery_key_waiting
        if key is None:
            return
        self._recovery_key_waiting = None
        self._show(_dialogs().RecoveryKeyDialog(key, self._window))

    def unlock(self) -> None:
        if self._status is VaultStatus.NONE:
            self.set_passphrase()
            return
        dialog = _dialogs().UnlockDialog(self._store, self._window)
        dialog.finished_work.connect(lambda _result: self.refresh())
        dialog.rejected.connect(self._pending.clear)
        dialog.forgot.connect(self.forgot_passphrase)
        self._show(dialog)

    def change_passphrase(self) -> None:
        if self._status is VaultStatus.NONE:
            self.set_passphrase()
            return
        dialog = _key_dialogs().ChangePassphraseDialog(self._store, self._window)
        dialog.finished_work.connect(lambda _result: self._passphrase_changed())
        self._show(dialog)

    def _passphrase_changed(self) -> None:
        self._told(self.tr("The passphrase is changed."))
        self.after_change.start()

    def forgot_passphrase(self) -> None:
        """A recovery key, if one was made; otherwise (or if it is lost too) a reset."""
        if _vault().has_recovery_key(self._store):
            dialog = _key_dialogs().RecoverDialog(self._store, self._window)
            dialog.finished_work.connect(lambda _result: self.refresh())
            self._show(dialog)
            return
        self.reset_private_notes()

    def reset_private_notes(self) -> None:
        box = _key_dialogs().ask_reset_private_notes(
            self._window, _vault().private_note_count(self._store)
        )
        box.buttonClicked.connect(
            lambda button: (
                self._reset()
                if box.buttonRole(button) == QMessageBox.ButtonRole.DestructiveRole
                else None
            )
        )
        self._show(box)

    def _reset(self) -> None:
        try:
            from reflectdesk.store.backups import make_backup

            make_backup(self._store.path, "before-reset")
            _vault().reset_private_notes(self._store)
        except ReflectDeskError as error:
            show_error(self._window, self.tr("Private notes were not reset"), error)
            return
        self.refresh()
        self._told(
            self.tr("Private notes are deleted. Set a passphrase when you write the next one.")
        )

    def new_key(self) -> None:
        """Ask the passphrase, then :meth:`rotate_key`."""
        if self._status is VaultStatus.NONE:
            self.set_passphrase()
            return
        dialog = _key_dialogs().RotateKeyDialog(
            self._store, _vault().private_note_count(self._store), self._window
        )
        dialog.finished_work.connect(lambda passphrase: self.rotate_key(str(passphrase)))
        self._show(dialog)

    def rotate_key(self, passphrase: str) -> None:
        """Re-encrypt every private note under a new data key (after a worry that the
        database and the passphrase were both seen), with progress."""
        from reflectdesk.ui.jobs.jobs import JobCancelledError, run_job

        store = self._store

        def work(progress: Callable[[int, int], None], cancelled: object) -> str | None:
            def report(done: int, total: int) -> None:
                progress(done, total)
                if getattr(cancelled, "is_set", lambda: False)():
                    raise JobCancelledError("cancelled")  # rolls the transaction back

            # _vault() is imported late, as a ModuleType: say what it returns.
            recovery_key: str | None = _vault().rotate_data_key(store, passphrase, progress=report)
            return recovery_key

        job = run_job(self._window, self.tr("Re-encrypting private notes…"), work)
        job.succeeded.connect(self._rotated)
        job.failed.connect(
            lambda message: show_error(self._window, self.tr("Nothing was changed"), message)
        )

    def _rotated(self, recovery_key: object) -> None:
        self.refresh()
        self._told(self.tr("Every private note is encrypted with a new key."))
        self._recovery_key(recovery_key)

    def _show(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        # Deleted once closed: never hand out a dialog that has gone.
        dialog.finished.connect(lambda _result: self._forget(dialog))
        dialog.open()

    def _forget(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _say(self, message: str, detail: str) -> None:
        status_bar = getattr(self._window, "statusBar", None)
        if callable(status_bar):
            status_bar().showMessage(message.replace("%1", detail), 15000)

    def _told(self, message: str) -> None:
        status_bar = getattr(self._window, "statusBar", None)
        if callable(status_bar):
            status_bar().showMessage(message, 6000)
