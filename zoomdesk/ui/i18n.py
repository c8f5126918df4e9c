"""The user's language: Qt's catalogues, the locale's date formats and the layout direction.

`use_language()` runs once at start, before the first window: it picks the language (the one
chosen in Preferences, else the system's), installs Qt's own translations (`qtbase_*.qm`: the
standard buttons and context menus) and zoomdesk's (`zoomdesk_*.qm`, compiled from
`resources/translations/` by `packaging/i18n.py`), routes core's `translate` through
`QCoreApplication.translate`, and installs the locale's date formats for core's text.
`ZOOMDESK_PSEUDO=1` swaps in a pseudo-translation that makes untranslated and clipped text
obvious (docs/translating.md)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from zoomdesk.core import i18n
from zoomdesk.core.locale_format import DateTimeFormat, medium_date_pattern

_HERE = Path(__file__).resolve()
# The compiled catalogues, package data (generated from resources/translations/ and committed).
CATALOGUE_FOLDER = _HERE.parents[1] / "translations"
# Language code -> its name in itself, for Preferences. English is the source language.
LANGUAGES = {
    "en": "English",
    "de": "Deutsch",
    "es": "Español",
    "fr": "Français",
    "ja": "日本語",
    "pt_BR": "Português (Brasil)",
}
PSEUDO = "pseudo"
LANGUAGE_PROPERTY = "zoomdesk_language"


@dataclass
class Language:
    """What `use_language` installed: `code` is the catalogue in use (`de`, `en`, `pseudo`)."""

    code: str
    locale: QLocale
    translators: list[QTranslator] = field(default_factory=list)

    def uninstall(self) -> None:
        """Back to English and the system locale (tests switch languages)."""
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        self.translators.clear()
        i18n.reset()
        QLocale.setDefault(QLocale.system())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            app.setProperty(LANGUAGE_PROPERTY, None)


def catalogue_for(locale: QLocale) -> str:
    """The shipped catalogue closest to the locale's UI languages (`pt-PT` → `pt_BR`)."""
    for name in locale.uiLanguages():
        tag = name.replace("-", "_")
        if tag in LANGUAGES:
            return tag
        base = tag.split("_")[0]
        for code in LANGUAGES:
            if code.split("_")[0] == base:
                return code
    return "en"


def use_language(chosen: str = "", locale: QLocale | None = None) -> Language:
    """Install the language `chosen` in Preferences (a code of `LANGUAGES`; "" is the system's).
    `locale` stands in for the system's (tests: Qt reads the environment's only once)."""
    system = locale if locale is not None else QLocale.system()
    locale = QLocale(chosen) if chosen in LANGUAGES else system
    code = PSEUDO if os.environ.get("ZOOMDESK_PSEUDO") else catalogue_for(locale)
    QLocale.setDefault(locale)
    app = QApplication.instance()
    language = Language(code, locale)
    if code == PSEUDO:
        from zoomdesk.ui.pseudo_locale import PseudoTranslator  # a Qt subclass: ~15 ms to define

        language.translators.append(PseudoTranslator(app))
    else:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in ((f"qtbase_{code}", qt_folder), (f"zoomdesk_{code}", "")):
            translator = QTranslator(app)
            if translator.load(name, folder or str(CATALOGUE_FOLDER)):
                language.translators.append(translator)
    for translator in language.translators:
        QCoreApplication.installTranslator(translator)
    if isinstance(app, QApplication):
        # Right-to-left languages mirror the layout even when zoomdesk has no catalogue for them.
        app.setLayoutDirection(locale.textDirection())
        app.setProperty(LANGUAGE_PROPERTY, code)  # what `--smoke-test` reports
    i18n.install(_qt_translate, date_formats(locale))
    return language


def _qt_translate(context: str, text: str, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, None, n)


def date_formats(locale: QLocale) -> DateTimeFormat:
    """The locale's medium date (`Mon, Nov 30, 2026`), short time and names, for core's text."""
    short = QLocale.FormatType.ShortFormat
    long_pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    return DateTimeFormat(
        medium_date_pattern(long_pattern),
        locale.timeFormat(short),
        months=tuple(locale.monthName(m, short) for m in range(1, 13)),
        days=tuple(locale.dayName(d, short) for d in range(1, 8)),
        am=locale.amText(),
        pm=locale.pmText(),
        long_days=tuple(locale.dayName(d, QLocale.FormatType.LongFormat) for d in range(1, 8)),
        first_weekday=locale.firstDayOfWeek().value - 1,
    )
