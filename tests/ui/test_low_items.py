"""Issue 11, the low items: cut snippets end in "…", History opens on the newest change, an empty table
empties the panes, the search help names party:, and Qt's own settings stay in NALS_HOME."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage

from nals_desktop.services.annotate import set_position
from nals_desktop.ui.search import syntax_help
from nals_desktop.ui.settings import confine_qt_settings
from nals_desktop.ui.table import MatchDelegate

from .conftest import AUTHOR


def test_a_cut_snippet_ends_in_an_ellipsis(qtbot, window) -> None:
    window.search.set_text("energy")
    qtbot.waitUntil(lambda: window.table_model.rowCount() > 0)
    delegate = window.table.itemDelegateForColumn(1)
    assert isinstance(delegate, MatchDelegate)
    window.table.setColumnWidth(1, 120)
    window.table.horizontalHeader().setSectionResizeMode(
        1, window.table.horizontalHeader().ResizeMode.Interactive
    )
    window.table.setColumnWidth(1, 120)
    image = QImage(window.table.viewport().size(), QImage.Format.Format_ARGB32)
    window.table.viewport().render(image)
    assert delegate.last_cut
    window.table.horizontalHeader().resizeSection(1, 4000)
    window.table.viewport().render(image)
    assert not delegate.last_cut


def test_history_opens_on_the_newest_change(qtbot, window, seeded_store) -> None:
    a1 = window.current_commitment_id()
    for stance in ("support", "neutral", "oppose"):
        set_position(seeded_store, a1, "CA", {"stance": stance}, AUTHOR)
    window.history.load(a1)
    assert window.history.view.currentIndex().row() == 0
    # A save while the newest was shown shows the new newest (the one before stayed chosen).
    changes = set_position(seeded_store, a1, "CA", {"stance": "undecided"}, AUTHOR)
    window.annotated(changes)
    assert window.history.view.currentIndex().row() == 0
    assert window.history.selected_revision().changed["stance"][1] == "undecided"
    # An older change the user chose stays chosen when the same history is read again …
    window.history.view.setCurrentIndex(window.history.model.index(3, 0))
    window.history.refresh()
    assert window.history.view.currentIndex().row() == 3
    # … but another commitment opens on its newest, scrolled to the top.
    window.table.selectRow(1)
    window.table.selectRow(0)
    assert window.history.view.currentIndex().row() == 0


def test_an_empty_table_empties_the_panes(qtbot, window) -> None:
    assert window.history.commitment_id is not None
    window.search.set_text("zzzznothing")
    qtbot.waitUntil(lambda: window.table_model.query.search == "zzzznothing")
    assert window.table_model.rowCount() == 0
    assert window.history.commitment_id is None and window.editor.commitment_id is None
    assert "No commitment matches" in window.detail.toPlainText()


def test_search_help_names_every_field() -> None:
    help_text = syntax_help()
    for field in ("pillar:", "tag:", "stance:", "status:", "priority:", "party:"):
        assert field in help_text, field


def test_qt_settings_stay_in_nals_home(nals_home: Path) -> None:
    confine_qt_settings()
    path = Path(QSettings(QSettings.Scope.UserScope, "QtProject").fileName())
    assert nals_home in path.parents
