"""A group chosen in the navigator is the scope of what acts on the scope: the briefing book dialog, Compare
positions and Send to a colleague take only its commitments; with a pillar chosen they are as they were.
The navigator's headings say what they hold to a screen reader, never "Group"."""

from __future__ import annotations

import os
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from nals_desktop.services import annotate, bundles, workspace
from nals_desktop.services.identity import Author
from nals_desktop.ui.exchange import SendDialog
from nals_desktop.ui.scope import ViewScope, group_key

from ..services.test_groups import GROUPS
from .test_groups_in_window import _import

BEN = Author("Ben", "CA", "laptop-2")
METHANE = ["B-1", "B-2", "B-3"]


def _prepared(qtbot, window) -> tuple[str, str]:
    """The two-level plan imported and annotated; (summit id, the id of its pillar B, with two groups)."""
    summit_id = _import(qtbot, window)
    for reference, _group in GROUPS:
        cid = annotate.commitment_id_for(window.store, reference, summit_id)
        annotate.set_position(window.store, cid, "CA", {"stance": "support"}, BEN)
        annotate.set_position(window.store, cid, "US", {"stance": "oppose"}, BEN)
    [node] = [n for n in workspace.navigator_tree(window.store) if n.summit.id == summit_id]
    return summit_id, node.pillars[1].id


def _choose(qtbot, window, key: str, rows: int) -> None:
    assert window.navigator.select_key(key)
    qtbot.waitUntil(lambda: window.table_model.rowCount() == rows, timeout=60_000)


def _references(path: Path) -> set[str]:
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return {reference for reference, _group in GROUPS if reference in text}


def _shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("NALS_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_the_book_dialog_opens_on_the_group_in_view_and_prints_only_it(qtbot, window, tmp_path: Path) -> None:
    summit_id, climate = _prepared(qtbot, window)
    _choose(qtbot, window, group_key(climate, "Methane"), 3)
    dialog = window.open_book_dialog()
    assert dialog.scope_kind() == "group" and dialog.scope_group_radio.isChecked()
    assert dialog.group_combo.isVisibleTo(dialog) and dialog.group_combo.isEnabled()
    assert dialog.group_combo.currentText() == "B \u203a Methane  (3)"
    assert [dialog.group_combo.itemText(i) for i in range(dialog.group_combo.count())] == [
        "A \u203a Supply Chains  (2)",
        "A \u203a Investment Screening  (1)",
        "B \u203a Methane  (3)",
        "B \u203a Clean Power  (1)",
    ]
    scope = dialog.scope()
    assert (scope.summit_id, scope.pillar_ids, scope.group) == (summit_id, (climate,), "Methane")
    assert not dialog.pillar_list.isEnabled()
    dialog.resize(dialog.width(), 720)
    qtbot.wait(30)
    assert dialog.grab().save(str(_shots(tmp_path) / "book-dialog-group.png"))
    out = tmp_path / "methane.pdf"
    dialog.path_edit.setText(str(out))
    with qtbot.waitSignal(dialog.built, timeout=60_000):
        dialog.build()
    assert _references(out) == set(METHANE)
    cover = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "B · Climate and Energy \u203a Methane" in cover
    # Another group of the list, chosen in the dialog.
    dialog = window.open_book_dialog()
    dialog.group_combo.setCurrentIndex(3)
    assert dialog.scope().group == "Clean Power"
    dialog.close()


def test_the_book_dialog_on_a_pillar_is_as_it_was(qtbot, window, tmp_path: Path) -> None:
    _summit_id, climate = _prepared(qtbot, window)
    _choose(qtbot, window, f"pillar:{climate}", 4)
    dialog = window.open_book_dialog()
    assert dialog.scope_kind() == "pillars" and dialog.checked_pillar_ids() == [climate]
    assert dialog.scope().group is None and not dialog.group_combo.isEnabled()
    out = tmp_path / "climate.pdf"
    dialog.path_edit.setText(str(out))
    with qtbot.waitSignal(dialog.built, timeout=60_000):
        dialog.build()
    assert _references(out) == {*METHANE, "B-4"}
    # A summit without groups does not offer the choice.
    [nals] = [n for n in workspace.navigator_tree(window.store) if not n.groups]
    _choose(qtbot, window, f"pillar:{nals.pillars[0].id}", nals.pillars[0].commitment_count)
    dialog = window.open_book_dialog()
    assert dialog.scope_kind() == "pillars" and not dialog.scope_group_radio.isVisibleTo(dialog)
    dialog.close()


def test_compare_takes_the_group_in_view(qtbot, window) -> None:
    _summit_id, climate = _prepared(qtbot, window)
    _choose(qtbot, window, group_key(climate, "Methane"), 3)
    dialog = window.open_compare()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=60_000)
    model = dialog.model
    assert [model.index(r, 0).data() for r in range(model.rowCount()) if model.index(r, 0).data()] == METHANE
    assert dialog.summary.text() == (
        "Joint Action Plan \u203a Methane: 3 commitments, the parties differ on 3."
    )
    dialog.close()
    _choose(qtbot, window, f"pillar:{climate}", 4)
    dialog = window.open_compare()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=60_000)
    shown = [dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())]
    assert [r for r in shown if r] == [*METHANE, "B-4"]
    assert dialog.summary.text().startswith("Joint Action Plan: 4 commitments")
    dialog.close()


def test_send_offers_the_group_in_view_and_sends_only_its_annotations(qtbot, window, tmp_path: Path) -> None:
    summit_id, climate = _prepared(qtbot, window)
    ids = {r: annotate.commitment_id_for(window.store, r, summit_id) for r, _g in GROUPS}
    _choose(qtbot, window, group_key(climate, "Methane"), 3)
    dialog = window.open_send_dialog()
    assert isinstance(dialog, SendDialog)
    assert dialog.this_group.isVisibleTo(dialog) and dialog.this_group.isChecked()
    assert dialog.this_group.text() == "Only the group “B  Climate and Energy \u203a Methane”"
    assert dialog.chosen_group() == (climate, "Methane") and dialog.chosen_summit() == summit_id
    assert dialog.grab().save(str(_shots(tmp_path) / "exchange-send-group.png"))
    dialog.path_edit.setText(str(tmp_path / "methane.nalsx"))
    dialog.write_button.click()
    assert "6 revisions of the group “Methane”" in dialog.message.text()
    sent = bundles.read_bundle(tmp_path / "methane.nalsx")
    assert {r.commitment_id for r in sent.records} == {ids[r] for r in METHANE}
    assert len(sent.summits["summits"]) == 1  # the summit's text goes whole, for a colleague without it
    # Widened to the summit in the dialog: everything of it.
    dialog.this_summit.setChecked(True)
    assert dialog.chosen_group() is None
    dialog.path_edit.setText(str(tmp_path / "plan.nalsx"))
    dialog.write_button.click()
    assert {r.commitment_id for r in bundles.read_bundle(tmp_path / "plan.nalsx").records} == set(
        ids.values()
    )
    dialog.reject()
    # With a pillar chosen, as before: the summit in view, no group offered.
    _choose(qtbot, window, f"pillar:{climate}", 4)
    dialog = window.open_send_dialog()
    assert not dialog.this_group.isVisibleTo(dialog) and dialog.this_summit.isChecked()
    assert dialog.chosen_group() is None and dialog.chosen_summit() == summit_id
    dialog.reject()
    assert window._scope == ViewScope(pillar_id=climate)


def test_the_navigators_headings_say_what_they_hold(qtbot, window) -> None:
    _prepared(qtbot, window)
    window.navigator.expandAll()  # a screen reader is given the rows shown
    QApplication.processEvents()
    tree = QAccessible.queryAccessibleInterface(window.navigator)
    items = [tree.child(i) for i in range(tree.childCount())]
    said = {
        item.text(QAccessible.Text.Name): item.text(QAccessible.Text.Description)
        for item in items
        if item.role() == QAccessible.Role.TreeItem
    }
    assert said["Filter by stance"] == (
        "Heading of filters: include or exclude commitments by a party's stance"
    )
    assert said["Filter by tag"].startswith("Heading of filters")
    assert said["Filter by priority"] and said["Filter by implementation status"] and said["Saved searches"]
    assert said["Summits"].startswith("Heading: the summits, their pillars and the pillars' groups")
    # "Group" is said of the pillars' groups only (the sub-headings), never of a heading.
    assert [name for name, description in said.items() if description == "Group"] == []
    groups = [
        name
        for name, description in said.items()
        if description.startswith("Group of the pillar") and not name.isdigit()
    ]
    assert groups == [
        "Supply Chains, 2 commitments",
        "Investment Screening, 1 commitments",
        "Methane, 3 commitments",
        "Clean Power, 1 commitments",
    ]
