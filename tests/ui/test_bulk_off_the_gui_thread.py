"""Issue 11: with extended selection a bulk edit may span 100,000 commitments: the dialog reads the selection
and saves off the GUI thread (100 positions took 0.4 s, 10,000 rows 0.9 s to read, on the GUI thread)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from nals_desktop.services import workspace
from nals_desktop.services.browse import get_commitment
from nals_desktop.services.workspace import TableQuery
from nals_desktop.ui.positions.bulk import BulkEditDialog
from nals_desktop.ui.tasks import TaskRunner

from .conftest import AUTHOR


def test_a_bulk_edit_of_a_big_selection_runs_in_the_background(qtbot, big_store) -> None:
    ids = workspace.commitment_ids(big_store, TableQuery())[:3000]
    runner = TaskRunner()
    dialog = BulkEditDialog(big_store, ids, lambda: AUTHOR, runner=runner)
    qtbot.addWidget(dialog)
    apply = dialog.buttons.button(QDialogButtonBox.StandardButton.Apply)
    # Constructed without reading the selection: it is read in the background.
    assert not apply.isEnabled() and dialog.summary.text() == "Reading the selection…"
    qtbot.waitUntil(apply.isEnabled, timeout=60_000)
    assert dialog.summary.text().startswith("Selected: ") and " …" in dialog.summary.text()
    assert dialog.party_combo.count() > 0
    dialog.stance_combo.setCurrentIndex(dialog.stance_combo.findData("oppose"))
    dialog.open()
    with qtbot.waitSignal(dialog.applied, timeout=120_000):
        assert dialog.apply()  # returns at once; the save goes on in the background
        assert not dialog.buttons.isEnabled()
    assert dialog.changes is not None and len(dialog.changes.commitment_ids) == 3000
    assert get_commitment(big_store, ids[-1]).positions[0].stance == "oppose"
    runner.wait(10_000)


def test_the_table_refreshes_thousands_of_rows_in_one_pass(qtbot, make_window, big_store) -> None:
    window = make_window(big_store)
    window.table.setFocus()
    window.navigator.select_key("all")
    qtbot.waitUntil(lambda: window.table_model.rowCount() == 100_000, timeout=60_000)
    window.table.selectAll()
    ids = window.selected_commitment_ids()  # from the selection's ranges, not an index per row
    assert len(ids) == 100_000 and ids[:3] == window.table_model.ids[:3]
    seen: list[tuple[int, int]] = []
    window.table_model.dataChanged.connect(lambda a, b, *_: seen.append((a.row(), b.row())))
    window.table_model.refresh(set(ids[10:3010]))
    assert seen == [(10, 3009)]
