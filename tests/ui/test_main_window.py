"""The main window: first start, navigation, facets, search, sorting, desktop manners, state restore."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QLineEdit, QTextEdit, QWidget

from nals_desktop.services import workspace
from nals_desktop.services.workspace import TableQuery
from nals_desktop.ui.models.navigator import FacetState, KeyRole


def refs(window) -> list[str]:
    model = window.table_model
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def select(window, key: str) -> None:
    assert window.navigator.select_key(key)


def type_search(qtbot, window, text: str) -> None:
    window.search.edit.clear()
    qtbot.keyClicks(window.search.edit, text)
    assert window.search.timer.isActive()  # debounced: nothing yet
    qtbot.waitUntil(lambda: window.table_model.query.search == text, timeout=60_000)


def test_first_start_opens_on_nals_2023_first_pillar(window) -> None:
    nav = window.navigator
    assert nav.currentIndex().data(KeyRole).startswith("pillar:")
    assert nav.currentIndex().data() == "A  Competitiveness"
    assert refs(window) == ["A-1", "A-2", "A-3", "A-4", "A-5", "A-6"]
    assert window.table.currentIndex().row() == 0
    assert window.detail.detail is not None and window.detail.detail.reference == "A-1"
    assert "semiconductor forum" in window.detail.toPlainText()
    assert "nals-2023-key-deliverables.txt · imported " in window.detail.toPlainText()
    assert " · line 12" in window.detail.toPlainText()  # the one line of the fact sheet it came from
    assert window.status_label.text().startswith("6 shown of 6 · ")
    assert str(window.store.path) in window.status_label.text()
    assert "Competitiveness" in window.windowTitle()


def test_navigation_by_summit_pillar_and_all(window) -> None:
    [summit] = workspace.navigator_tree(window.store)
    select(window, f"pillar:{summit.pillars[5].id}")
    assert refs(window) == [f"F-{i}" for i in range(1, 8)]
    select(window, f"summit:{summit.summit.id}")
    assert len(refs(window)) == 31 and refs(window)[0] == "A-1"
    select(window, "all")
    assert window.status_label.text().startswith("31 shown of 31")
    # The selection drives the detail pane.
    window.table.selectRow(7)
    assert window.detail.detail.reference == "B-2"


def test_keyboard_navigation_in_navigator(qtbot, window) -> None:
    window.navigator.setFocus()
    qtbot.keyClick(window.navigator, Qt.Key.Key_Down)
    assert window.navigator.currentIndex().data() == "B  Climate and clean energy"
    qtbot.waitUntil(lambda: refs(window)[0] == "B-1")  # after a pause on the pillar


def test_facets_include_and_exclude(qtbot, make_window, annotated_store) -> None:
    window = make_window(annotated_store)
    support = window.nav_model.index_of("facet:stance:support")
    assert support.siblingAtColumn(1).data() == "2"
    window.navigator.scrollTo(support)
    rect = window.navigator.visualRect(support)
    qtbot.mouseClick(window.navigator.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.nav_model.node(support).state is FacetState.INCLUDE
    assert refs(window) == ["A-2", "A-4"]
    assert window.status_label.text().startswith("2 shown of 6")
    # Keyboard: Space cycles to exclude.
    window.navigator.setCurrentIndex(support)
    qtbot.keyClick(window.navigator, Qt.Key.Key_Space)
    assert window.nav_model.node(support).state is FacetState.EXCLUDE
    assert refs(window) == ["A-1", "A-3", "A-5", "A-6"]
    # Facets combine with each other and with the scope; tags too.
    window.toggle_facet(window.nav_model.index_of("facet:tag:energy"))
    assert refs(window) == ["A-1"]
    window.clear_action.trigger()
    assert len(refs(window)) == 6 and window.nav_model.active_facets() == ()


def test_search_as_you_type_finds_methane_with_meth(qtbot, window) -> None:
    window.find_action.trigger()
    type_search(qtbot, window, "meth")
    assert refs(window)[0] == "B-1"
    assert window.detail.detail.reference == "B-1"
    assert "methane" in window.detail.toPlainText() and "background-color" in window.detail.toHtml()
    assert window.status_label.text().startswith(f"{len(refs(window))} shown of 31")
    # Quoted phrases, exclusions and fields.
    window.search.set_text('"black carbon"')
    assert refs(window) == ["B-1"]
    window.search.set_text("pillar:E")
    assert refs(window) == ["E-1"]
    window.search.set_text("trilateral -semiconductor pillar:A")
    assert refs(window) and "A-1" not in refs(window)
    # Clearing the search returns to the pillar.
    window.search.set_text("")
    assert refs(window) == ["A-1", "A-2", "A-3", "A-4", "A-5", "A-6"]


def test_bad_search_shows_a_message_and_keeps_working(qtbot, window, errors) -> None:
    window.search.set_text("meth")
    before = refs(window)
    window.search.set_text('"unbalanced')
    assert window.search.problem.isVisibleTo(window)
    assert "quote" in window.search.problem.text()
    assert refs(window) == before  # the last good results stay
    assert not errors.shown  # not an error dialog: a message by the field
    window.search.set_text("colour:red")
    assert "Unknown search field" in window.search.problem.text()
    window.search.set_text("health")
    assert not window.search.problem.isVisibleTo(window)
    assert refs(window)


def test_sorting_by_every_column_in_the_store(qtbot, make_window, annotated_store) -> None:
    window = make_window(annotated_store)
    select(window, "all")
    model = window.table_model
    header = window.table.horizontalHeader()
    text_col = model.column_of("text")
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(text_col) + 10, header.height() // 2),
    )
    texts = [model.row_data(r).row.text for r in range(model.rowCount())]
    assert texts == sorted(texts, key=str.casefold) and model.query.sort == "text"
    window.table.sortByColumn(model.column_of("stance:CA"), Qt.SortOrder.AscendingOrder)
    assert refs(window)[:3] == ["A-2", "A-3", "A-1"]  # support, neutral, oppose; unset last
    window.table.sortByColumn(model.column_of("priority"), Qt.SortOrder.AscendingOrder)
    assert refs(window)[:3] == ["A-2", "A-3", "A-1"]  # high, medium, low
    window.table.sortByColumn(model.column_of("status"), Qt.SortOrder.AscendingOrder)
    assert refs(window)[0] == "A-2"
    window.table.sortByColumn(model.column_of("updated"), Qt.SortOrder.DescendingOrder)
    assert set(refs(window)[:5]) == {"A-1", "A-2", "A-3", "A-4", "B-1"}
    window.table.sortByColumn(model.column_of("reference"), Qt.SortOrder.DescendingOrder)
    assert refs(window)[0] == "F-7" and refs(window)[-1] == "A-1"
    for column in range(model.columnCount()):
        window.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
        assert model.rowCount() == 31
    # The selection survives a re-sort.
    window.table.selectRow(model.row_of(model.id_at(5)))
    chosen = window.current_commitment_id()
    window.table.sortByColumn(model.column_of("text"), Qt.SortOrder.AscendingOrder)
    assert window.current_commitment_id() == chosen


def test_copy_reference_and_text(window) -> None:
    window.copy_ref_action.trigger()
    assert QGuiApplication.clipboard().text() == "A-1"
    window.copy_text_action.trigger()
    assert QGuiApplication.clipboard().text().startswith("A-1  Organizing the first-ever trilateral")


def test_saved_searches(qtbot, window) -> None:
    window.search.set_text("methane")
    window.save_search_as("Methane")
    saved = window.nav_model.index_of("saved:Methane")
    assert saved.isValid() and workspace.list_saved_searches()[0].query == "methane"
    window.search.set_text("")
    window.navigator.setCurrentIndex(saved)
    qtbot.keyClick(window.navigator, Qt.Key.Key_Return)
    assert window.search.text() == "methane" and refs(window)[0] == "B-1"
    window.delete_saved_search(window.nav_model.index_of("saved:Methane"))
    assert not window.nav_model.index_of("saved:Methane").isValid()


def test_window_state_is_restored(qtbot, make_window, seeded_store) -> None:
    first = make_window(seeded_store)
    [summit] = workspace.navigator_tree(seeded_store)
    select(first, f"pillar:{summit.pillars[3].id}")
    first.table.selectRow(2)
    chosen = first.current_commitment_id()
    first.main_splitter.setSizes([220, 1060])
    first.table.horizontalHeader().resizeSection(first.table_model.column_of("priority"), 140)
    first.table.horizontalHeader().moveSection(first.table_model.column_of("status"), 2)
    first.close()

    second = make_window(seeded_store)
    assert second.navigator.currentIndex().data() == "D  Migration"
    assert second.current_commitment_id() == chosen and second.detail.detail.reference == "D-3"
    assert second.main_splitter.sizes()[0] == first.main_splitter.sizes()[0]
    header = second.table.horizontalHeader()
    assert header.sectionSize(second.table_model.column_of("priority")) == 140
    assert header.visualIndex(second.table_model.column_of("status")) == 2
    assert (second.state.qsettings.fileName()).startswith(str(seeded_store.path.parent))


def test_every_control_has_an_accessible_name(window) -> None:
    controls = [
        w
        for w in window.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and w.isVisibleTo(window)
        and isinstance(w, (QAbstractItemView, QLineEdit, QAbstractButton, QTextEdit))
    ]
    assert len(controls) >= 4
    # A button's text is its accessible name; every other control sets one.
    missing = [
        w for w in controls if not w.accessibleName() and not (isinstance(w, QAbstractButton) and w.text())
    ]
    assert not missing, [type(w).__name__ + ":" + w.objectName() for w in missing]
    for w in (window.navigator, window.table, window.detail, window.search.edit):
        assert w.accessibleName() and w.accessibleDescription()


def test_keyboard_shortcuts_reach_every_pane(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search.edit
    qtbot.keyClicks(window.search.edit, "meth")
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Down)  # searches at once and goes to the results
    assert QApplication.focusWidget() is window.table and refs(window)[0] == "B-1"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.navigator
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.detail
    window.search.edit.setFocus()
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Escape)
    assert window.search.text() == "" and refs(window)[0] == "A-1"


def test_about_shows_version_and_data_folder(window, nals_home) -> None:
    from nals_desktop import __version__

    box = window.show_about()
    assert __version__ in box.text() and str(nals_home) in box.text()
    box.close()


def test_drop_a_fact_sheet_opens_the_import_preview(window, corpus) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(corpus / "wh_nals2021_key_deliverables.md"))])
    event = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    dialog = window.import_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.preview is not None and dialog.model.rowCount() > 0
    dialog.reject()


def test_table_query_is_sql_side(window) -> None:
    # The model holds ids from the store in the store's order; a page of rows is fetched on demand.
    model = window.table_model
    select(window, "all")
    assert model.ids == workspace.commitment_ids(window.store, TableQuery())
    assert model.cache_size <= model.cache_rows
