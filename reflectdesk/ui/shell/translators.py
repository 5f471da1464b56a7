"""The window's language: Qt Linguist catalogues, Qt's own, and the locale for dates
and numbers, installed once before the first widget is made.

The language is chosen as the command line and Preferences say
(reflectdesk/i18n/choice.py); "follow the system" asks Qt, which knows the language
picked in Windows' and macOS's settings as well as LANG. The Qt-free layers are told
the same language (i18n.texts.use_language), so a message from below the ui and an
export made from the window speak as the window does.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from reflectdesk.i18n.choice import chosen_language
from reflectdesk.i18n.languages import LOCALES
from reflectdesk.i18n.texts import use_language
from reflectdesk.resources import resource_path

_log = logging.getLogger(__name__)


def system_ui_languages() -> list[str]:
    """The system's languages in order of preference, as Qt reads them ("nl-NL", ...)."""
    return list(QLocale.system().uiLanguages())


def window_language(explicit: str | None) -> str:
    """The language for this window: ``--lang``, else the saved preference, else the
    system's."""
    return chosen_language(explicit, system_ui_languages())


def install_language(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Translate ``app`` into ``language`` and make its locale the default for dates and
    numbers. Returns the installed translators (they must live as long as the app)."""
    QLocale.setDefault(QLocale(LOCALES[language]))
    use_language(language)
    installed = []
    catalogues = (
        ("reflectdesk", str(resource_path("i18n"))),
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    )
    for name, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(f"{name}_{language}", folder):
            app.installTranslator(translator)
            installed.append(translator)
        elif not (name == "qtbase" and language == "en"):  # Qt's English is its source
            _log.warning("No %s catalogue for %s in %s", name, language, folder)
    return installed
