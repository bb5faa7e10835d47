"""No clipped text, in any language: every label, button, tab, group title and column title of the main
window and its dialogs is measured with the font it is drawn in against the room it has (issue 11)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from nals_desktop.store.engine import Store


@pytest.fixture(params=("en", "fr", "es"))
def any_language(request: pytest.FixtureRequest, qtbot: QtBot) -> Iterator[str]:
    from nals_desktop.ui.translations import install_qt_translations, remove_qt_translations

    app = QApplication.instance()
    assert app is not None
    translators = install_qt_translations(app, request.param)
    yield request.param
    remove_qt_translations(app, translators)


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def clipped(widgets: list[QWidget]) -> list[str]:
    """What does not fit: "Class 'text' needs N px, has M"."""
    found: list[str] = []
    for w in widgets:
        if not w.isVisible():
            continue
        fm = QFontMetrics(w.font())
        if (
            isinstance(w, QLabel)
            and w.text()
            and not w.wordWrap()
            and w.textFormat() != Qt.TextFormat.RichText
        ):
            if "<" in w.text():
                continue
            need = max(fm.horizontalAdvance(line) for line in _plain(w.text()).splitlines())
            has = w.contentsRect().width() - 2 * w.margin() - 2 * max(0, w.indent())
            if need > has + 1:
                found.append(f"QLabel {w.text()!r} needs {need} px, has {has}")
        elif isinstance(w, QPushButton | QCheckBox | QRadioButton) and w.text():
            hint = w.sizeHint().width()
            if w.width() < hint - 1:
                found.append(f"{type(w).__name__} {w.text()!r} needs {hint} px, has {w.width()}")
        elif isinstance(w, QGroupBox) and w.title():
            need = fm.horizontalAdvance(_plain(w.title())) + 16
            if need > w.width():
                found.append(f"QGroupBox {w.title()!r} needs {need} px, has {w.width()}")
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                tab, wanted = w.tabRect(i), w.tabSizeHint(i)
                if tab.width() < wanted.width() - 1 or tab.height() < fm.height() + 4:
                    found.append(
                        f"tab {w.tabText(i)!r} is {tab.width()} by {tab.height()}, needs {wanted.width()}"
                    )
    return found


def header_clipped(window: Any) -> list[str]:
    header = window.table.horizontalHeader()
    fm = QFontMetrics(header.font())
    found = []
    for i, column in enumerate(window.table_model.columns):
        if column.key == "text" or header.isSectionHidden(i):
            continue
        need = fm.horizontalAdvance(column.title) + 24  # margins and the sort arrow
        if header.sectionSize(i) < need:
            found.append(f"column {column.title!r} needs {need} px, has {header.sectionSize(i)}")
    return found


def test_nothing_is_clipped_in_the_window(
    any_language: str, make_window: Callable[[Store], Any], seeded_store: Store, qtbot: QtBot
) -> None:
    window = make_window(seeded_store)
    found = header_clipped(window)
    for tab in (window.detail, window.editor, window.history):
        window.detail_tabs.setCurrentWidget(tab)
        qtbot.wait(10)
        found += clipped([window, *window.findChildren(QWidget)])
    form = window.editor.controller.form
    for i in range(form.tabs.count()):  # every party's page and the status page
        form.tabs.setCurrentIndex(i)
        qtbot.wait(10)
        found += clipped(form.tabs.currentWidget().findChildren(QWidget))
    assert not sorted(set(found)), sorted(set(found))


def test_nothing_is_clipped_in_the_dialogs(
    any_language: str, make_window: Callable[[Store], Any], seeded_store: Store, qtbot: QtBot
) -> None:
    from nals_desktop.ui.book import BookDialog
    from nals_desktop.ui.positions import ProfileDialog
    from nals_desktop.ui.preferences import PreferencesDialog
    from nals_desktop.ui.summit_dialog import SummitDialog

    window = make_window(seeded_store)
    dialogs: list[QWidget] = [
        BookDialog(seeded_store, runner=window.runner, errors=window.errors),
        ProfileDialog(seeded_store, window),
        SummitDialog(seeded_store, window.summit_in_view(), window.runner, window),
        PreferencesDialog(window),
    ]
    found: list[str] = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.wait(10)
        found += [f"{type(dialog).__name__}: {f}" for f in clipped([dialog, *dialog.findChildren(QWidget)])]
        dialog.close()
    assert not found, found


def test_nothing_is_clipped_in_the_other_dialogs(
    any_language: str, make_window: Callable[[Store], Any], seeded_store: Store, qtbot: QtBot
) -> None:
    """Compare, Progress, Send, the delegation server, both passphrase dialogs and the lock screen."""
    from nals_desktop.ui.lock import LockScreen
    from nals_desktop.ui.passphrase import PassphraseDialog
    from nals_desktop.ui.sync import ServerDialog

    window = make_window(seeded_store)
    qtbot.waitUntil(lambda: window.table_model.rowCount() > 0)
    window.table.setCurrentIndex(window.table_model.index(0, 0))  # its summit is compared
    opened: list[Callable[[], QWidget | None]] = [  # each a child of the window, closed with it
        window.open_compare,
        window.open_dashboard,
        window.open_send_dialog,
        lambda: ServerDialog(seeded_store, window.runner, window),
        lambda: PassphraseDialog(new=True, parent=window),
        lambda: PassphraseDialog(new=False, problem="Wrong passphrase.", parent=window),
        lambda: LockScreen(window),
    ]
    found: list[str] = []
    for open_one in opened:
        dialog = open_one()
        assert dialog is not None
        dialog.setWindowFlag(Qt.WindowType.Window)  # the lock screen is a page of the window
        dialog.show()
        qtbot.wait(50)  # Compare and Progress fill in from the task helper
        found += [f"{type(dialog).__name__}: {f}" for f in clipped([dialog, *dialog.findChildren(QWidget)])]
        dialog.hide()
    assert not found, found


def test_the_accents_of_capitals_are_drawn(qtbot: QtBot) -> None:
    """DejaVu Sans at 9 pt draws "É"'s accent above the font's ascent: Qt's tab labels lost it."""
    from PySide6.QtWidgets import QTabWidget

    from nals_desktop.ui import style

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    style.install(app)

    def unselected_tab(text: str) -> Any:
        tabs = QTabWidget()
        qtbot.addWidget(tabs)
        tabs.addTab(QWidget(), "Canada")
        tabs.addTab(QWidget(), text)
        tabs.resize(500, 100)
        tabs.show()
        bar = tabs.tabBar()
        return bar.grab(bar.tabRect(1)).toImage()

    assert unselected_tab("État de mise en œuvre") != unselected_tab("Etat de mise en œuvre")


def test_navigator_rows_leave_room_for_accents(
    any_language: str, make_window: Callable[[Store], Any], seeded_store: Store
) -> None:
    from nals_desktop.ui.style import ACCENT_ROOM

    window = make_window(seeded_store)
    index = window.nav_model.index_of("category:status")
    view = window.navigator
    bold = QFontMetrics(index.data(Qt.ItemDataRole.FontRole) or view.font())
    assert view.visualRect(index).height() >= bold.height() + 2 * ACCENT_ROOM
