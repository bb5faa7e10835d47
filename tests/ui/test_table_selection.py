"""Issue 11, item 2: several commitments can be selected, by mouse and keyboard, for bulk edit and books."""

from __future__ import annotations

from PySide6.QtCore import Qt


def refs_selected(window) -> list[str]:
    model = window.table_model
    rows = sorted(i.row() for i in window.table.selectionModel().selectedRows())
    return [model.data(model.index(r, 0)) for r in rows]


def click_row(qtbot, window, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    rect = window.table.visualRect(window.table_model.index(row, 0))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def test_shift_and_ctrl_clicks_select_several_rows(qtbot, window) -> None:
    click_row(qtbot, window, 1)
    click_row(qtbot, window, 3, Qt.KeyboardModifier.ShiftModifier)
    assert refs_selected(window) == ["A-2", "A-3", "A-4"]
    click_row(qtbot, window, 5, Qt.KeyboardModifier.ControlModifier)
    assert refs_selected(window) == ["A-2", "A-3", "A-4", "A-6"]
    assert window.detail.detail.reference == "A-6"  # the current row still drives the detail pane


def test_shift_down_and_ctrl_a_from_the_keyboard(qtbot, window) -> None:
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert refs_selected(window) == ["A-1", "A-2", "A-3"]
    qtbot.keyClick(window.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(refs_selected(window)) == 6


def test_ctrl_e_edits_every_selected_commitment(qtbot, window) -> None:
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    dialog = window.open_bulk_edit()
    assert dialog is not None and dialog.windowTitle() == "Edit 6 commitments"
    dialog.reject()


def test_the_book_dialog_offers_the_selected_commitments(qtbot, window) -> None:
    click_row(qtbot, window, 1)
    dialog = window.open_book_dialog()
    assert dialog.scope_selected_radio.isEnabled()  # one row is a selection too …
    assert dialog.scope_kind() == "pillars"  # … but the pillar stays the default
    assert "A-2" in dialog.selected_label.text()
    dialog.close()
    click_row(qtbot, window, 4, Qt.KeyboardModifier.ShiftModifier)
    dialog = window.open_book_dialog()
    assert dialog.scope_kind() == "selected"
    assert dialog.selected_label.text() == "4 commitments: A-2, A-3, A-4, A-5"
    dialog.close()
