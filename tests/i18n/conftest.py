"""Fixtures for the translation tests: a language for gettext, Qt's translators, the main window."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from nals_desktop import i18n
from nals_desktop.store.engine import Store

LANGUAGES = ("fr", "es")


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """French, then Spanish, for gettext ($NALS_LANG too, as `nals` reads it); English again afterwards."""
    lang: str = request.param
    monkeypatch.setenv("NALS_LANG", lang)
    i18n.install(lang)
    yield lang
    i18n.install("en")


@pytest.fixture
def qt_language(language: str, qtbot: QtBot) -> Iterator[str]:
    """``language`` in Qt as well, through the app's installer; the translators are removed afterwards."""
    from PySide6.QtWidgets import QApplication

    from nals_desktop.ui.translations import install_qt_translations, remove_qt_translations

    app = QApplication.instance()
    assert app is not None
    translators = install_qt_translations(app, language)
    assert len(translators) == 2, "Qt's and the app's catalogue"
    yield language
    remove_qt_translations(app, translators)


@pytest.fixture
def make_window(qtbot: QtBot) -> Iterator[Callable[[Store], object]]:
    """Main windows on stores, run synchronously, errors non-blocking; closed at the end (as tests/ui)."""
    from nals_desktop.ui.errors import ErrorReporter
    from nals_desktop.ui.main_window import MainWindow
    from nals_desktop.ui.tasks import TaskRunner

    opened: list[MainWindow] = []

    def make(store: Store) -> MainWindow:
        window = MainWindow(
            store, runner=TaskRunner(synchronous=True), errors=ErrorReporter(interactive=False)
        )
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitUntil(lambda: window.is_ready, timeout=60_000)
        opened.append(window)
        return window

    yield make
    for window in opened:
        if window.isVisible():
            window.close()
