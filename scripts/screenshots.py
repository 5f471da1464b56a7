"""Screenshots of ReflectDesk's windows for the README and for a human look.

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screenshots.py [OUT_DIR]

Writes a small demo database into a temporary folder, opens the main window on it at
1280×800 and saves PNGs (default folder: docs/images). Nothing touches the real data
directory.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/images").absolute()
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="reflectdesk-shots-"))
    os.environ["REFLECTDESK_DATA_DIR"] = str(work / "data")

    from reflectdesk.store.demo import write_demo

    db = work / "demo.db"
    write_demo(db, "small")

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from reflectdesk.store.database import open_store
    from reflectdesk.store.formats import sync_builtin_formats
    from reflectdesk.ui.application import make_application
    from reflectdesk.ui.main_window import MainWindow
    from reflectdesk.ui.window_settings import open_window_settings

    app = make_application()
    store = open_store(db, seed=sync_builtin_formats)
    window = MainWindow(store, open_window_settings())
    window.resize(1280, 800)
    window.show()

    def dialogs() -> list[object]:
        return [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]

    def main_window() -> None:
        window.grab().save(str(out / "main-window.png"))
        window.group_page.add_member()
        QTimer.singleShot(300, member_dialog)

    def member_dialog() -> None:
        for dialog in dialogs():
            dialog.name_edit.setText("IJsbrand van den Eertwegh")  # type: ignore[attr-defined]
            dialog.grab().save(str(out / "member-dialog.png"))  # type: ignore[attr-defined]
            dialog.reject()  # type: ignore[attr-defined]
        app.quit()

    QTimer.singleShot(500, main_window)
    app.exec()
    store.close()
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
