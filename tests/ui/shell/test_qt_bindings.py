"""Guards against a broken Qt binding release.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every call that returns
nothing; a session clock repainting once a second then crashes the app within the hour
("deallocating None"). This runs such calls far more often than a session would.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_calls_returning_nothing_keep_none_alive(qapp: object) -> None:
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(200):
        label.setText("12:34")
    after = sys.getrefcount(None)
    assert after >= before - 10, (
        "this PySide6 release loses a reference to None on every call; "
        "install another release (see pyproject.toml)"
    )
