"""Every user-visible string goes through Qt's translation: the French catalogue changes the window."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from nals_desktop.ui.translations import install_qt_translations


def test_french_catalogue(make_window, seeded_store) -> None:
    app = QApplication.instance()
    assert app is not None
    translators = install_qt_translations(app, "fr")
    try:
        assert translators
        window = make_window(seeded_store)
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus == ["&Fichier", "É&dition", "&Affichage", "Aid&e"]
        assert window.nav_model.index(0, 0).data() == "Sommets"
        assert window.status_label.text().startswith("6 affichés sur 6")
    finally:
        for translator in translators:
            app.removeTranslator(translator)
