"""Annotating in the main window: the editor sits in the detail panes, and an edit reaches the table, the
detail pane, the history and the facet counts at once, without a model reset."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QPlainTextEdit

from nals_desktop.services import annotate
from nals_desktop.services.browse import get_commitment
from nals_desktop.services.identity import Author

AUTHOR = Author("Window Test", "CA", "device")


def _select_row(window, row: int) -> None:
    window.table.selectionModel().setCurrentIndex(
        window.table_model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def _facet_count(window, key: str) -> int:
    return window.nav_model.node(window.nav_model.index_of(key)).count


def test_an_edit_updates_table_detail_history_and_facets_without_reset(window, qtbot, qtmodeltester) -> None:
    _select_row(window, 1)
    cid = window.current_commitment_id()
    assert window.editor.commitment_id == cid
    resets: list[str] = []
    window.table_model.modelReset.connect(lambda: resets.append("table"))
    window.nav_model.modelReset.connect(lambda: resets.append("navigator"))
    before = _facet_count(window, "facet:stance:oppose")
    changes = annotate.set_position(window.store, cid, "MX", {"stance": "oppose", "tags": ["chips"]}, AUTHOR)
    window.annotated(changes)
    qtbot.waitUntil(lambda: _facet_count(window, "facet:stance:oppose") == before + 1, timeout=60_000)
    assert window.nav_model.index_of("facet:tag:chips").isValid()  # a new tag appears in place
    column = window.table_model.column_of("stance:MX")
    assert "Oppose" in str(window.table_model.index(1, column).data())
    assert window.current_commitment_id() == cid  # the selection stays
    assert window.history.model.rowCount() == 1
    assert resets == []
    qtmodeltester.check(window.nav_model)


def test_switching_commitment_saves_what_was_typed(window) -> None:
    _select_row(window, 0)
    first = window.current_commitment_id()
    field = window.editor.field_widget("CA", "objective")
    assert isinstance(field, QPlainTextEdit)
    field.setPlainText("Typed before switching")
    _select_row(window, 2)
    assert window.editor.commitment_id == window.current_commitment_id() != first
    texts = [p.objective for p in get_commitment(window.store, first).positions]
    assert "Typed before switching" in texts
