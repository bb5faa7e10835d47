"""Issue 11, items 11 and 12: keyboard editing in the window, and who is credited with an edit."""

from __future__ import annotations

import re

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QLabel, QWidget

from nals_desktop.services.browse import show_commitment
from nals_desktop.services.identity import load_author
from nals_desktop.ui.positions import ProfileDialog


def positions_tab(qtbot, window) -> None:
    window.detail_tabs.setCurrentWidget(window.editor)
    with qtbot.waitActive(window):
        window.activateWindow()


def mnemonics(window) -> list[str]:
    """The Alt letters a user can press in the window as it is shown."""
    texts = [a.text() for a in window.menuBar().actions()]
    texts += [window.detail_tabs.tabText(i) for i in range(window.detail_tabs.count())]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
    letters = [m.group(1).lower() for t in texts if (m := re.search(r"&([^&])", t))]
    return letters


def test_alt_letters_are_unique_in_the_positions_tab(qtbot, window) -> None:
    positions_tab(qtbot, window)
    letters = mnemonics(window)
    assert "p" in letters and "i" in letters  # Positions tab, Priority
    assert sorted(set(letters)) == sorted(letters), letters


def test_alt_l_scrolls_to_the_red_line(qtbot, window) -> None:
    window.resize(1280, 700)
    positions_tab(qtbot, window)
    form = window.editor.controller.form
    code = form.parties[0].code
    red_line = form.fields[(code, "red_line")].widget
    page = form.page_of(red_line)
    page.verticalScrollBar().setValue(0)
    qtbot.wait(10)
    viewport = page.viewport()
    assert not QRect(red_line.mapTo(viewport, red_line.rect().topLeft()), red_line.size()).intersects(
        viewport.rect()
    )  # below the visible area to start with
    qtbot.keyClick(window.editor, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert red_line.hasFocus()
    top_left = red_line.mapTo(viewport, red_line.rect().topLeft())
    assert viewport.rect().contains(top_left), (top_left, viewport.rect())


def test_delegation_list_alt_down_then_down_takes_the_first(qtbot, seeded_store) -> None:
    dialog = ProfileDialog(seeded_store, first_start=True)
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.delegation_combo
    combo.setFocus()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    qtbot.keyClick(combo, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert combo.view().isVisible()
    qtbot.keyClick(combo.view(), Qt.Key.Key_Down)
    qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    assert combo.currentData() == "CA"


def test_ours_moves_to_the_delegation_saved_at_once(qtbot, window) -> None:
    positions_tab(qtbot, window)
    tabs = window.editor.controller.form.tabs
    assert not any("(ours)" in tabs.tabText(i) for i in range(tabs.count()))
    dialog = window.open_profile(first_start=True)
    dialog.name_edit.setText("Alex Tremblay")
    dialog.delegation_combo.setCurrentIndex(dialog.delegation_combo.findData("MX"))
    dialog.accept()
    assert tabs.tabText(0) == "Mexico (ours)"


def test_later_in_the_profile_dialog_credits_no_one(qtbot, window, seeded_store) -> None:
    dialog = window.open_profile(first_start=True)
    later = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert later.text() == "Later"
    later.click()
    assert load_author().name == ""
    positions_tab(qtbot, window)
    form = window.editor.controller.form
    code = form.parties[0].code
    form.fields[(code, "objective")].widget.setPlainText("Keep the forum")
    assert window.editor.flush()
    detail = show_commitment(seeded_store, "A-1")
    [revision] = detail.history
    assert revision.author == ""
