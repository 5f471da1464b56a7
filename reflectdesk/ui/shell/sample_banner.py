"""The band across a window on the sample groups: says so, and leads back to the
user's own database, so that nobody takes the made-up groups for their own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from reflectdesk.ui.common.widgets import role_label


class SampleBanner(QFrame):
    """Across the top of a window on the sample groups; ``own`` is the user's database,
    to which ``back_requested`` returns."""

    back_requested = Signal()

    def __init__(self, own: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Imported here: only a window on the sample needs the demo's passphrase.
        from reflectdesk.demo.build import DEMO_PASSPHRASE

        self.setObjectName("sampleBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        text = self.tr(
            "You are looking at the sample groups: made-up people, kept apart from your "
            "own groups, which are in %1. Their private notes open with the passphrase “%2”."
        )
        self.label = role_label(
            "archivedBanner",
            self,
            text.replace("%1", str(own)).replace("%2", DEMO_PASSPHRASE),
            wrap=True,
        )
        self.back_button = QPushButton(self.tr("Back to My Groups"), self)
        self.back_button.setObjectName("backToOwnGroups")
        self.back_button.clicked.connect(self.back_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.back_button)
