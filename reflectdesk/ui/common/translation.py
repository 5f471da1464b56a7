"""Words of classes that are not QObjects, filed where pyside6-lupdate files them.

lupdate puts ``self.tr("…")`` under the name of the class it is written in. A QObject's
own ``tr`` looks there too; a plain class (a menu builder, the export commands) has none,
and borrowing its window's (``window.tr``) would look under "MainWindow" while lupdate
filed the words under the variable's name. :class:`Translates` gives such a class a
``tr`` that looks under its own name, numerus forms included.

Tables of labels mark their words with :func:`QT_TRANSLATE_NOOP` (context, text), and
the code that shows one translates it with ``QCoreApplication.translate(context, text)``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:  # PySide6 types it object → object; it hands back its text untouched

    def QT_TRANSLATE_NOOP(context: str, text: str, /) -> str:
        """Marks ``text`` for lupdate under ``context``; translated where it is shown."""

else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

__all__ = ["QT_TRANSLATE_NOOP", "Translates"]


class Translates:
    """A ``tr`` for a plain class (or, called on the class, for a module's functions):
    ``self.tr("%n member(s)", "", n)`` as on a QObject."""

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(cls.__name__, text, disambiguation, n)
