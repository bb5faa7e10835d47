"""Issue 11, item 6: a summit's details are fixed, and a summit deleted, from the window."""

from __future__ import annotations

from pathlib import Path

from nals_desktop.services.browse import list_summits


def test_summit_details_are_saved_and_shown(qtbot, window, seeded_store) -> None:
    assert window.edit_summit_action in window.menuBar().actions()[1].menu().actions()
    dialog = window.open_summit_dialog()  # the window opens on pillar A of NALS 2023
    assert dialog is not None and dialog.title_edit.text().startswith("FACT SHEET")
    assert dialog.parties_edit.text() == "CA, MX, US"
    dialog.title_edit.setText("NALS 2023")
    dialog.has_date.setChecked(True)
    dialog.location_edit.setText("Mexico City")
    dialog.parties_edit.setText("CA MX US EU")
    with qtbot.waitSignal(dialog.saved):
        dialog.accept()
    [summit] = list_summits(seeded_store)
    assert summit.title == "NALS 2023" and summit.location == "Mexico City" and summit.date is not None
    assert [p.code for p in summit.parties] == ["CA", "MX", "US", "EU"]
    qtbot.waitUntil(lambda: window.nav_model.index_of(f"summit:{summit.id}").data() == "NALS 2023")
    assert window.table_model.parties == ["CA", "MX", "US", "EU"]


def test_a_bad_value_is_said_in_the_dialog_and_nothing_is_saved(qtbot, window, seeded_store) -> None:
    dialog = window.open_summit_dialog()
    dialog.title_edit.setText("   ")
    dialog.accept()
    assert dialog.isVisible() and "title cannot be empty" in dialog.error_label.text()
    assert list_summits(seeded_store)[0].title.startswith("FACT SHEET")
    dialog.reject()


def test_delete_asks_first_and_keeps_a_backup(qtbot, window, seeded_store, nals_home: Path) -> None:
    window.ask_delete_summit()
    box = window.delete_box
    assert box is not None and "31 commitments" in box.text()
    box.button(box.StandardButton.Cancel).click()
    assert len(list_summits(seeded_store)) == 1
    window.ask_delete_summit()
    box = window.delete_box
    box.delete_button.click()
    assert list_summits(seeded_store) == []
    assert list((nals_home / "backups").glob("*.sqlite"))
    assert "saved as" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.table_model.rowCount() == 0)


def test_a_summits_context_menu_edits_that_summit(qtbot, make_window, seeded_store) -> None:
    from nals_desktop.services.importing import ImportOptions, import_file
    from nals_desktop.ui.summit_dialog import SummitDialog

    oceans = Path(__file__).parents[1] / "briefing" / "oceans.txt"
    other = import_file(seeded_store, oceans, ImportOptions(parties=["CA", "US"])).summit_id
    window = make_window(seeded_store)  # on NALS's first pillar
    window.navigator.summit_action.emit("edit", f"summit:{other}")
    assert window._scope.summit_id == other
    [dialog] = [d for d in window.findChildren(SummitDialog) if d.isVisible()]
    assert dialog.summit.id == other and dialog.parties_edit.text() == "CA, US"
    dialog.reject()
