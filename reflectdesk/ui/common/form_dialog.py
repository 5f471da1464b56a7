"""The dialog most small forms are: fields over an inline error line and OK/Cancel, where
OK stores what was typed and the dialog closes only when the store accepted it.

The name, the title and the OK label come in already translated (``self.tr`` in the
subclass), so each string keeps the translation context of its own dialog.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from reflectdesk.ui.common.widgets import Item, accept_unless_refused, error_label, ok_cancel, stack


class FormDialog(QDialog):
    """A named, titled dialog whose fields stand over :attr:`error_label` (hidden until
    the store refuses) and OK/Cancel; the subclass builds its fields and then calls
    :meth:`lay_out`.

    OK runs :meth:`submit`: :meth:`run_submit` stores the fields, and the dialog closes
    accepted, or stays open with the store's reason in the error line when it raises a
    ReflectDeskError. Cancel and Esc reject."""

    buttons: QDialogButtonBox  # made by lay_out, after the fields
    ok_button: QPushButton

    def __init__(
        self, name: str, title: str, parent: QWidget | None, *, wrap_error: bool = True
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.error_label = error_label(self, wrap=wrap_error)

    def lay_out(self, *items: Item, ok_text: str = "") -> QVBoxLayout:
        """Stack ``items``, then the error line and OK/Cancel (OK reading ``ok_text`` when
        given). The buttons are made here so that they follow the fields in the tab
        order and a dialog that sets no focus opens on its first field."""
        self.buttons = ok_cancel(self, self.submit)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok_text:
            self.ok_button.setText(ok_text)
        return stack(self, *items, self.error_label, self.buttons)

    def run_submit(self) -> None:
        """Store what the fields hold, or raise a ReflectDeskError; each dialog stores its
        own. A dialog with nothing to store accepts as it is."""

    def submit(self) -> None:
        accept_unless_refused(self, self.error_label, self.run_submit)
