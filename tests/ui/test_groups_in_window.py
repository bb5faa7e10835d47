"""Groups in the window: the import preview shows them under their pillars, the table has a Group column where
the scope has groups (and finds commitments by them), the detail pane names the group with the pillar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import text

from nals_desktop.services import workspace
from nals_desktop.ui.models.import_preview import ITEMS, REF, TEXT, ImportPreviewModel

DOCUMENT = Path(__file__).resolve().parents[1] / "importers" / "documents" / "two_level_headings.md"


def _tree(model: ImportPreviewModel) -> list[object]:
    def rows(parent) -> list[object]:
        out: list[object] = []
        for r in range(model.rowCount(parent)):
            index = model.index(r, 0, parent)
            label = model.index(r, REF, parent).data() or model.index(r, TEXT, parent).data()
            children = rows(index)
            out.append((label, model.index(r, ITEMS, parent).data(), children) if children else label)
        return out

    return rows(model.index(-1, 0))


def _import(qtbot, window) -> str:
    dialog = window.open_import_dialog(DOCUMENT)
    assert dialog.preview is not None
    dialog.parties_edit.setText("CA, US")
    dialog.import_button.click()
    assert dialog.summary is not None and dialog.summary.created
    return dialog.summary.summit_id


def test_the_import_preview_shows_each_group_under_its_pillar(qtbot, window, qtmodeltester) -> None:
    dialog = window.open_import_dialog(DOCUMENT)
    model = dialog.model
    qtmodeltester.check(model)
    assert _tree(model) == [
        ("A", "3", [("Supply Chains", "2", ["A-1", "A-2"]), ("Investment Screening", "1", ["A-3"])]),
        ("B", "4", [("Methane", "3", ["B-1", "B-2", "B-3"]), ("Clean Power", "1", ["B-4"])]),
    ]
    group = model.index(0, TEXT, model.index(0, 0))
    assert group.data(Qt.ItemDataRole.FontRole).italic()
    assert group.data(Qt.ItemDataRole.AccessibleTextRole) == "Group: Supply Chains"
    assert not model.flags(model.index(0, 1, model.index(0, 0))) & Qt.ItemFlag.ItemIsEditable
    # Shown open: a person checks the commitments, not only the groups.
    assert all(dialog.tree.isExpanded(index) for index in model.group_indexes())
    assert dialog.counts_label.text().startswith("2 pillars · 7 commitments · 4 groups")
    dialog.reject()


def test_the_table_shows_a_group_column_where_the_scope_has_groups(qtbot, window) -> None:
    model = window.table_model
    assert not model.groups and model.column_of("group") == -1  # NALS 2023 has none
    summit_id = _import(qtbot, window)
    assert window.navigator.select_key(f"summit:{summit_id}")
    assert model.groups and model.column_of("group") == 1  # right after the reference
    group = model.column_of("group")
    shown = [(model.index(r, 0).data(), model.index(r, group).data()) for r in range(model.rowCount())]
    assert shown == [
        ("A-1", "Supply Chains"),
        ("A-2", "Supply Chains"),
        ("A-3", "Investment Screening"),
        ("B-1", "Methane"),
        ("B-2", "Methane"),
        ("B-3", "Methane"),
        ("B-4", "Clean Power"),
    ]
    assert model.headerData(group, Qt.Orientation.Horizontal) == "Group"
    # A search finds a commitment by its group; the table shows its text whole.
    window.search.set_text("power")
    qtbot.waitUntil(lambda: model.query.search == "power" and model.rowCount() == 1, timeout=60_000)
    assert model.index(0, group).data() == "Clean Power"
    assert model.index(0, model.column_of("text")).data() == "Build a cross-border transmission line."
    window.search.set_text("")
    qtbot.waitUntil(lambda: model.rowCount() == 7, timeout=60_000)
    # Sorted by group, then in the document's order within one.
    window.table.sortByColumn(group, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "B-4",
        "A-3",
        "B-1",
        "B-2",
        "B-3",
        "A-1",
        "A-2",
    ]
    # The detail pane names the group with the pillar.
    window.table.selectRow(0)
    assert window.detail.detail.reference == "B-4"
    assert "B Climate and Energy \u203a Clean Power" in window.detail.toPlainText()
    # Back on NALS 2023: no Group column.
    [nals] = [n for n in workspace.navigator_tree(window.store) if n.summit.id != summit_id]
    assert window.navigator.select_key(f"summit:{nals.summit.id}")
    assert not model.groups and model.column_of("group") == -1


def test_importing_the_same_document_again_gives_an_older_import_its_groups(qtbot, window) -> None:
    summit_id = _import(qtbot, window)
    with window.store.unit_of_work(write=True) as session:  # as an older version imported it
        session.execute(
            text("UPDATE commitment SET group_title = NULL WHERE summit_id = :s"), {"s": summit_id}
        )
    assert window.navigator.select_key(f"summit:{summit_id}")
    assert not window.table_model.groups
    dialog = window.open_import_dialog(DOCUMENT)
    dialog.import_button.click()
    assert dialog.summary is not None and dialog.summary.groups_added == 7
    assert dialog.progress_label.text() == (
        "This document is already in the store as “Joint Action Plan”; 7 commitments got their group "
        "(the sub-heading they stand under)."
    )
    qtbot.waitUntil(lambda: window.table_model.groups, timeout=60_000)
    assert window.table_model.index(0, window.table_model.column_of("group")).data() == "Supply Chains"
