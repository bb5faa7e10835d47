"""Qt translations: Qt's own catalogues and ours (resources/translations/nals_desktop_xx.qm)."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from nals_desktop import i18n
from nals_desktop.paths import resource_path

# The variety of each language when the system's locale is in another language.
VARIETIES = {"fr": "fr_CA", "es": "es_MX"}


def choose_language(language: str | None = None) -> str:
    """``language``, else $NALS_LANG, else the first of the system's UI languages the app speaks; else "en".

    Qt knows the user's preferred languages on every platform (macOS and Windows settings included), so
    the GUI asks Qt rather than the environment.
    """
    chosen = language or os.environ.get("NALS_LANG")
    if chosen:
        return i18n.supported(chosen) or "en"
    for tag in QLocale.system().uiLanguages():
        found = i18n.supported(tag)
        if found:
            return found
    return "en"


def install_qt_translations(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Load the catalogues for ``language`` (see ``choose_language``); keep the result to remove them.

    The gettext catalogue of the code outside Qt is switched to the same language, so that labels shown
    through ``i18n._()`` (stances, statuses, errors from the services) match the widgets around them; so is
    Qt's default locale, which names the months and days in calendars: the system's own locale when it is in
    that language (or the language is English), else the summit's variety (Canadian French, Mexican Spanish).
    """
    language = choose_language(language)
    i18n.install(language)
    system = QLocale.system()
    in_language = language == "en" or system.name().startswith(language)
    QLocale.setDefault(system if in_language else QLocale(VARIETIES[language]))
    loaded: list[QTranslator] = []
    ours = ("nals_desktop_" + language, str(resource_path("translations")))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # English is the source language: its catalogue holds only the singular and plural of counted messages.
    catalogues = [ours] if language == "en" else [("qtbase_" + language, qt_dir), ours]
    for name, folder in catalogues:
        translator = QTranslator(app)
        if os.path.isdir(folder) and translator.load(name, folder):
            app.installTranslator(translator)
            loaded.append(translator)
    return loaded


def remove_qt_translations(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo ``install_qt_translations``: back to English, in Qt and in gettext, and the system's locale."""
    for translator in translators:
        app.removeTranslator(translator)
    translators.clear()
    i18n.install("en")
    QLocale.setDefault(QLocale.system())
