"""Install a catalogue for one test and take it away after, so the tests that follow
see the untranslated window again."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from reflectdesk.i18n.texts import current_language, use_language
from reflectdesk.ui.shell.translators import install_language


@contextmanager
def language_installed(language: str) -> Iterator[None]:
    """The app's own catalogue and Qt's for ``language``, as at start-up."""
    app = QApplication.instance()
    assert isinstance(app, QCoreApplication)
    locale, before = QLocale(), current_language()
    translators = install_language(app, language)
    try:
        yield
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(locale)
        use_language(before)
