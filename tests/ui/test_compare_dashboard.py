"""View → Compare positions and View → Progress dashboard, on real stores and real widgets."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt

from nals_desktop.domain.model import Stance
from nals_desktop.services.browse import list_pillars
from nals_desktop.ui.compare import DIFFERS, STANCE_TINT, DifferRole

ROOT = Path(__file__).resolve().parents[2]


def _pillar(store, tab: str):
    _summit, pillars = list_pillars(store)
    return next(p for p in pillars if p.tab == tab)


def _shots(tmp_path: Path) -> Path:
    target = os.environ.get("NALS_SCREENSHOTS")
    folder = (ROOT / target) if target else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_compare_the_pillar_in_view(qtbot, make_window, annotated_store, tmp_path) -> None:
    window = make_window(annotated_store)
    pillar = _pillar(annotated_store, "A")
    assert window.navigator.select_key(f"pillar:{pillar.id}")
    qtbot.waitUntil(lambda: window.table_model.rowCount() == pillar.commitment_count)
    dialog = window.open_compare()
    assert dialog is not None
    model = dialog.model
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    assert model.rowCount() == 6 * pillar.commitment_count  # six compared fields per commitment
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Ref.", "Field", "CA", "MX", "US"]
    # CA opposes, the others have no position: the stance row is marked and CA's cell tinted
    assert model.index(0, 0).data() == "A-1" and model.index(1, 0).data() == ""
    assert model.index(0, 1).data() == f"{DIFFERS} Stance" and model.index(0, 1).data(DifferRole)
    assert model.index(0, 2).data() == "Oppose" and model.index(0, 3).data() == "—"
    assert model.index(0, 2).data(Qt.ItemDataRole.BackgroundRole) == STANCE_TINT[Stance.OPPOSE]
    assert model.index(0, 3).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "A-1" in model.index(3, 0).data(Qt.ItemDataRole.ToolTipRole)  # every row names its commitment
    # A-5 has no positions: nothing differs, so "only where the parties differ" hides it
    a5 = [r for r in range(model.rowCount()) if model.row_at(r)[0].reference == "A-5"]
    assert a5 and not any(model.index(r, 1).data(DifferRole) for r in a5)
    assert "differ on 4" in dialog.summary.text()  # A-3 (CA) and A-4 (MX)
    dialog.only_check.setChecked(True)
    assert {model.row_at(r)[0].reference for r in range(model.rowCount())} == {"A-1", "A-2", "A-3", "A-4"}
    assert all(model.index(r, 1).data(DifferRole) for r in range(model.rowCount()))
    dialog.only_check.setChecked(False)
    dialog.resize(1100, 560)
    qtbot.wait(30)
    image = dialog.grab().toImage()
    image.save(str(_shots(tmp_path) / "compare-positions.png"))
    assert not image.isNull()
    dialog.close()


def test_compare_the_selected_commitments(qtbot, make_window, annotated_store) -> None:
    window = make_window(annotated_store)
    pillar = _pillar(annotated_store, "A")
    assert window.navigator.select_key(f"pillar:{pillar.id}")
    qtbot.waitUntil(lambda: window.table_model.rowCount() == pillar.commitment_count)
    window.table.setSelectionMode(window.table.SelectionMode.ExtendedSelection)  # as defect 2 asks
    selection = window.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    selection.clearSelection()
    for row in (1, 3):
        selection.select(window.table_model.index(row, 0), flags)
    assert len(window.selected_commitment_ids()) == 2
    dialog = window.open_compare()
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0)
    refs = [dialog.model.row_at(r)[0].reference for r in range(0, dialog.model.rowCount(), 6)]
    assert refs == ["A-2", "A-4"]
    dialog.close()


def test_progress_dashboard_counts_the_summit(qtbot, make_window, annotated_store, tmp_path) -> None:
    window = make_window(annotated_store)
    dialog = window.open_dashboard()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.report is not None)
    report = dialog.report
    assert dialog.commitments_label.text() == "31"
    assert report.own_party is None and not dialog.own_bar.isVisible()  # no profile yet: no "ours"
    assert dialog.stance_table.rowCount() == 3
    row = {dialog.stance_table.item(0, c).text() for c in range(1, dialog.stance_table.columnCount())}
    assert row >= {"1", "28"}  # CA: one oppose, one support, one neutral, 28 not recorded
    assert [dialog.week_table.item(r, 0).text() for r in range(dialog.week_table.rowCount())] == [
        "Test Officer"
    ]
    assert dialog.week_table.item(0, 1).text() == "6"  # five positions and a status this week
    assert dialog.week_label.text() == "6 by 1 people"
    statuses = {
        dialog.status_table.item(r, 0).text(): dialog.status_table.item(r, 1).text()
        for r in range(dialog.status_table.rowCount())
    }
    assert statuses["Ongoing"] == "1" and statuses["Not recorded"] == "30"
    assert [name for name, _counts in dialog.bars.rows] == ["Canada", "Mexico", "United States"]
    assert "Oppose 1" in dialog.bars.accessibleDescription()
    dialog.resize(900, 780)
    qtbot.wait(30)
    image = dialog.grab().toImage()
    image.save(str(_shots(tmp_path) / "progress-dashboard.png"))
    # the bar of Canada is drawn in the book's colours: its oppose segment is red
    colours = {image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}
    assert STANCE_FILL_RGB(Stance.OPPOSE) in colours and STANCE_FILL_RGB(Stance.SUPPORT) in colours
    book = dialog.print_button
    assert book.isEnabled()
    book.click()
    books = [w for w in window.findChildren(object) if type(w).__name__ == "BookDialog"]
    assert books and books[-1].section_checks["progress"].isChecked()
    books[-1].reject()
    dialog.close()


def STANCE_FILL_RGB(stance: Stance) -> int:
    from nals_desktop.ui.compare import STANCE_FILL

    return STANCE_FILL[stance].rgb()
