"""Qt translations: Qt's own catalogues and ours (resources/translations/nals_desktop_xx.qm)."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from nals_desktop.paths import resource_path


def install_qt_translations(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Load the catalogues for ``language`` (default: $NALS_LANG, then the system locale); keep the result."""
    language = (language or os.environ.get("NALS_LANG") or QLocale.system().name())[:2]
    loaded = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (
        ("qtbase_" + language, qt_dir),
        ("nals_desktop_" + language, str(resource_path("translations"))),
    ):
        translator = QTranslator(app)
        if os.path.isdir(folder) and translator.load(name, folder):
            app.installTranslator(translator)
            loaded.append(translator)
    return loaded
