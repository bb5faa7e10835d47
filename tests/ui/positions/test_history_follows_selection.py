"""The history pane follows the selection: choosing another commitment shows that commitment's revisions."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel

from nals_desktop.services import annotate
from nals_desktop.ui.main_window import MainWindow
from nals_desktop.ui.tasks import TaskRunner


def test_history_reloads_when_the_selection_changes(qtbot, seeded_store, errors, author) -> None:
    window = MainWindow(seeded_store, runner=TaskRunner(synchronous=True), errors=errors)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: window.is_ready, timeout=60_000)

    def select(row: int) -> str:
        window.table.selectionModel().setCurrentIndex(
            window.table_model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        cid = window.current_commitment_id()
        assert cid is not None
        return cid

    a = select(0)
    b = select(1)
    annotate.set_position(seeded_store, a, "CA", {"objective": "only on the first"}, author)
    for text in ("one", "two"):
        annotate.set_position(seeded_store, b, "MX", {"objective": text}, author)

    def shown() -> list[tuple[str | None, str]]:
        model = window.history.model
        return [(r.party_code, r.snapshot.get("objective", "")) for r in model.revisions]

    assert select(0) == a
    assert shown() == [("CA", "only on the first")]
    assert select(1) == b
    assert shown() == [("MX", "two"), ("MX", "one")]
    assert select(0) == a
    assert shown() == [("CA", "only on the first")]
    window.close()
