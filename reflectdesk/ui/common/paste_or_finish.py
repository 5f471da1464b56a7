"""A field that holds a whole connection string is read at once when one is pasted,
and when typing is finished (Enter, Tab), never at each key: "postgresql://r" already
parses as a host "r", and reading it then would take the field from the typing hand."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit


def read_when_pasted_or_finished(edit: QLineEdit, read: Callable[[str], None]) -> None:
    length = [len(edit.text())]  # after the last read; ``read`` may empty or rewrite it

    def changed(text: str) -> None:
        if len(text) - length[0] > 1:  # more than one key at once: a paste
            read(text)
        length[0] = len(edit.text())

    def finished() -> None:
        read(edit.text())
        length[0] = len(edit.text())

    edit.textChanged.connect(changed)
    edit.editingFinished.connect(finished)
