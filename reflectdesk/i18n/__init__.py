"""Languages for the Qt-free layers: which language, its words and its way with dates
and numbers.

The ui translates through Qt Linguist (``resources/i18n/reflectdesk_*.ts``, QTranslator,
QLocale). Everything below the ui (PDFs, CSV headers, codebooks, CLI messages) cannot use
Qt, so it has the same languages through gettext catalogs
(``resources/i18n/<lang>/LC_MESSAGES/reflectdesk.po``) and Babel's CLDR data:
:class:`~reflectdesk.i18n.texts.Texts` is one language's words and formats, handed to
whatever writes text a person reads. Both paths format dates and numbers by the same
CLDR patterns, so an export says the same from the app and from the command line.
"""
