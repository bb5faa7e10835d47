"""The window shows what another program saved in the store (the CLI, a second window), without a restart."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QPlainTextEdit

from nals_desktop.services import annotate, revisions
from nals_desktop.services.browse import get_commitment
from nals_desktop.services.identity import Author
from nals_desktop.services.importing import import_file
from nals_desktop.store.engine import open_store

CLI = Author("Command Line", "CA", "device-cli")


def _select_row(window, row: int) -> None:
    window.table.selectionModel().setCurrentIndex(
        window.table_model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def _elsewhere(window, ref: str, changes: dict[str, object]) -> None:
    other = open_store(window.store.path)  # another program: its own engine and connections
    try:
        annotate.set_position(other, annotate.commitment_id_for(other, ref), "CA", changes, CLI)
    finally:
        other.close()


def test_a_position_saved_by_the_cli_shows_in_the_open_window(window) -> None:
    _select_row(window, 0)
    field = window.editor.field_widget("CA", "key_messages")
    assert isinstance(field, QPlainTextEdit) and field.toPlainText() == ""
    _elsewhere(window, "A-1", {"key_messages": "CLI-v1"})
    window.poll_store()
    assert field.toPlainText() == "CLI-v1"
    assert window.history.model.rowCount() == 1
    assert "1 commitment" in window.statusBar().currentMessage()
    # The next edit in the window builds on what the CLI saved, not on what the window showed before.
    field.setPlainText(field.toPlainText() + " +GUI edit")
    assert window.editor.flush()
    [pos] = get_commitment(window.store, window.current_commitment_id()).positions
    assert pos.key_messages == "CLI-v1 +GUI edit"


def test_a_change_to_a_row_out_of_the_editor_refreshes_that_row(window) -> None:
    _select_row(window, 0)
    current = window.current_commitment_id()
    _elsewhere(window, "A-3", {"stance": "oppose"})
    window.poll_store()
    column = window.table_model.column_of("stance:CA")
    assert "Oppose" in str(window.table_model.index(2, column).data())
    assert window.current_commitment_id() == current  # the selection stays


def test_the_windows_own_saves_do_not_reload_the_editor(window, monkeypatch) -> None:
    _select_row(window, 0)
    reloads: list[str] = []
    original = window.editor.reload
    monkeypatch.setattr(window.editor, "reload", lambda: reloads.append("reload") or original())
    field = window.editor.field_widget("CA", "objective")
    assert isinstance(field, QPlainTextEdit)
    field.setPlainText("Typed here")
    assert window.editor.flush()
    window.poll_store()
    assert reloads == []
    assert field.toPlainText() == "Typed here"


def test_a_summit_imported_elsewhere_appears_in_the_navigator(window, corpus) -> None:
    other = open_store(window.store.path)
    try:
        summary = import_file(other, corpus / "wh_quad_summit_2021_fact_sheet.md")
    finally:
        other.close()
    key = f"summit:{summary.summit_id}"
    assert not window.nav_model.index_of(key).isValid()
    window.poll_store()
    assert window.nav_model.index_of(key).isValid()


def test_an_edit_typed_before_the_window_noticed_is_merged_not_written_over(window) -> None:
    _select_row(window, 0)
    cid = window.current_commitment_id()
    _elsewhere(window, "A-1", {"stance": "oppose", "key_messages": "CLI-v1"})
    objective = window.editor.field_widget("CA", "objective")
    messages = window.editor.field_widget("CA", "key_messages")
    assert isinstance(objective, QPlainTextEdit) and isinstance(messages, QPlainTextEdit)
    objective.setPlainText("Typed in the window")  # the window still shows the values from before
    messages.setPlainText("v0 +GUI edit")
    assert window.editor.flush()
    [pos] = get_commitment(window.store, cid).positions
    assert (pos.stance, pos.objective) == ("oppose", "Typed in the window")  # the other field is kept
    [conflict] = revisions.open_conflicts(window.store)  # the same field: both sides kept
    assert {conflict.ours, conflict.theirs} == {"CLI-v1", "v0 +GUI edit"}
    assert messages.toPlainText() == pos.key_messages  # the editor shows what the merge kept
