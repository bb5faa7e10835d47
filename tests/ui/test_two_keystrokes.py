"""A newcomer finds the methane commitment in two keystrokes: the window opens with typing going to search."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def test_typing_me_finds_the_methane_commitment_first(window, qtbot) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search.edit, timeout=60_000)
    qtbot.keyClicks(QApplication.focusWidget(), "me")
    qtbot.waitUntil(lambda: window.table_model.query.search == "me", timeout=60_000)
    first = window.table_model.index(0, 0)
    assert first.data(Qt.ItemDataRole.DisplayRole) == "B-1"
    assert "methane" in window.table_model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
