"""Groups in the window: the import preview shows them under their pillars, the table has a Group column where
the scope has groups (and finds commitments by them), the detail pane names the group with the pillar."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import text

from nals_desktop.services import workspace
from nals_desktop.ui.models.import_preview import ITEMS, REF, TEXT, ImportPreviewModel
from nals_desktop.ui.models.navigator import KeyRole, Kind, KindRole
from nals_desktop.ui.scope import ViewScope

from ..services.test_groups import DOCUMENT, GROUPS


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
    assert shown == GROUPS
    assert model.headerData(group, Qt.Orientation.Horizontal) == "Group"
    # A search finds a commitment by its group; the table shows its text whole.
    window.search.set_text("power")
    qtbot.waitUntil(lambda: model.query.search == "power" and model.rowCount() == 1, timeout=60_000)
    assert model.index(0, group).data() == "Clean Power"
    assert model.index(0, model.column_of("text")).data() == "Build a cross-border transmission line."
    window.search.set_text("")
    qtbot.waitUntil(lambda: model.rowCount() == 7, timeout=60_000)
    # Sorted by group: the groups in the document's order (not by name), the document's order within one.
    window.table.sortByColumn(group, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "B-4",
        "B-1",
        "B-2",
        "B-3",
        "A-3",
        "A-1",
        "A-2",
    ]
    window.table.sortByColumn(group, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "A-1",
        "A-2",
        "A-3",
        "B-1",
        "B-2",
        "B-3",
        "B-4",
    ]
    # The detail pane names the group with the pillar.
    window.table.selectRow(6)
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


def test_the_navigator_lists_each_pillars_groups_and_a_group_shows_only_its_commitments(
    qtbot, window, qtmodeltester, tmp_path
) -> None:
    summit_id = _import(qtbot, window)
    nav, model = window.navigator, window.nav_model
    qtmodeltester.check(model)
    [node] = [n for n in workspace.navigator_tree(window.store) if n.summit.id == summit_id]
    _security, climate = node.pillars
    pillar = model.index_of(f"pillar:{climate.id}")
    groups = [
        (model.index(r, 0, pillar).data(), model.index(r, 1, pillar).data())
        for r in range(model.rowCount(pillar))
    ]
    assert groups == [("Methane", "3"), ("Clean Power", "1")]  # the document's order, with their counts
    methane = model.index(0, 0, pillar)
    assert methane.data(KindRole) == Kind.GROUP.value
    assert methane.data(Qt.ItemDataRole.AccessibleTextRole) == "Methane, 3 commitments"
    assert "Group of the pillar" in methane.data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert methane.data(Qt.ItemDataRole.ToolTipRole) == "B  Climate and Energy \u203a Methane"
    assert model.parties_for(methane.data(KeyRole)) == ["CA", "US"]
    # A click chooses it like a pillar: the table shows only its commitments, in the document's order.
    nav.setCurrentIndex(methane)
    assert window._scope == ViewScope(pillar_id=climate.id, group="Methane")
    table = window.table_model
    qtbot.waitUntil(lambda: table.rowCount() == 3, timeout=60_000)
    assert [table.index(r, 0).data() for r in range(3)] == ["B-1", "B-2", "B-3"]
    assert table.groups and window.windowTitle().startswith("B  Climate and Energy \u203a Methane")
    # The facet counts follow the group.
    assert window.table_model.query.group == "Methane"
    window.resize(1360, 820)
    qtbot.wait(50)
    folder = Path(os.environ.get("NALS_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(folder / "navigator-group.png"))
    # By keyboard: Down to Clean Power, Enter chooses it at once.
    nav.setFocus()
    qtbot.keyClick(nav, Qt.Key.Key_Down)
    assert nav.currentIndex().data(KeyRole).startswith("group:")
    qtbot.keyClick(nav, Qt.Key.Key_Return)
    assert window._scope == ViewScope(pillar_id=climate.id, group="Clean Power")
    qtbot.waitUntil(
        lambda: [table.index(r, 0).data() for r in range(table.rowCount())] == ["B-4"], timeout=60_000
    )
    # Chosen again after the navigator reloads (an import, a receive): the scope is kept.
    window.reload_navigator()
    qtbot.waitUntil(
        lambda: model.index_of(window._scope.key).isValid() and window._scope.group == "Clean Power",
        timeout=60_000,
    )
    assert nav.currentIndex().data(KeyRole) == window._scope.key
