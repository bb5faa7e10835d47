"""Conflicts in the position editor: the banner, the three-column view, settling by clicking, the history."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSpinBox, QWidget

from nals_desktop.domain.merge import has_markers
from nals_desktop.domain.rules import Changes
from nals_desktop.services import annotate, revisions
from nals_desktop.services.browse import get_commitment
from nals_desktop.services.dto import RevisionDTO
from nals_desktop.services.identity import Author
from nals_desktop.services.startup import open_user_store
from nals_desktop.store.engine import Store
from nals_desktop.ui.positions import HistoryPanel, PositionEditor
from nals_desktop.ui.positions.history import GraphRole, GraphRow, RevisionModel, graph_rows
from nals_desktop.ui.translations import install_qt_translations, remove_qt_translations

ANNA = Author("Anna", "CA", "00000000-0000-4000-8000-00000000000a")
BEN = Author("Ben", "CA", "00000000-0000-4000-8000-00000000000b")
ROOT = Path(__file__).resolve().parents[3]
BASE = "Energy first.\nThen trade.\nThen water."


@pytest.fixture
def ben(tmp_path: Path) -> Iterator[Store]:
    """Ben's laptop: a store of its own, seeded with the same summit (the same ids)."""
    store = open_user_store(tmp_path / "ben" / "nals.sqlite")
    yield store
    store.close()


@pytest.fixture
def english(qapp) -> Iterator[None]:
    """The app's English catalogue (its plural forms), as the app loads it."""
    translators = install_qt_translations(qapp, "en")
    yield
    remove_qt_translations(qapp, translators)


def send(source: Store, target: Store) -> revisions.IntegrationReport:
    with source.unit_of_work() as session:
        records = revisions.revision_records(session)
    return revisions.integrate(target, records)


def conflicted(anna: Store, ben: Store) -> str:
    """B-1 with three conflicts on Anna's laptop: Canada's stance and key messages, and the status."""
    cid = annotate.commitment_id_for(anna, "B-1")
    annotate.set_position(anna, cid, "CA", {"stance": "neutral", "key_messages": BASE}, ANNA)
    annotate.set_status(anna, cid, {"status": "not-started", "reason": "Kick-off"}, ANNA)
    send(anna, ben)
    annotate.set_position(
        anna, cid, "CA", {"stance": "support", "key_messages": BASE.replace("trade", "fair trade")}, ANNA
    )
    annotate.set_status(anna, cid, {"status": "ongoing", "reason": "Funded"}, ANNA)
    annotate.set_position(
        ben, cid, "CA", {"stance": "oppose", "key_messages": BASE.replace("trade", "free trade")}, BEN
    )
    annotate.set_status(ben, cid, {"status": "not-being-pursued", "reason": "Dropped"}, BEN)
    report = send(ben, anna)
    assert {(o.entity_type, o.conflicts) for o in report.conflicted} == {
        ("position", ("key_messages", "stance")),
        ("status", ("reason", "status")),
    }
    return cid


def fields_in_conflict(store: Store) -> set[tuple[str | None, str]]:
    return {(c.party_code, c.field) for c in revisions.open_conflicts(store)}


def ca(store: Store, cid: str):
    return next(p for p in get_commitment(store, cid).positions if p.party_code == "CA")


def test_the_banner_names_the_fields_and_the_other_side(make_editor, seeded_store, ben, english) -> None:
    cid = conflicted(seeded_store, ben)
    editor: PositionEditor = make_editor(who=ANNA)
    assert editor.load(cid)
    banner = editor.conflict_banner
    assert banner.isVisible()
    text = banner.label.text()
    assert text.startswith("4 fields in conflict between your changes and those of Ben: "), text
    for name in ("Stance (Canada)", "Key messages (Canada)", "Status (Implementation status)"):
        assert name in text
    tabs = editor.tabs
    assert tabs.tabText(tabs.indexOf(editor.conflict_page)) == "Conflicts (4)"
    # Someone who made neither change is told whose changes met.
    other: PositionEditor = make_editor(who=Author("Carla", "CA", "device-c"))
    other.load(cid)
    assert "between the changes of Anna and Ben:" in other.conflict_banner.label.text()
    # A commitment without conflicts shows neither.
    editor.load(annotate.commitment_id_for(seeded_store, "B-2"))
    assert not banner.isVisible() and tabs.indexOf(editor.conflict_page) < 0


def test_the_three_columns_show_base_ours_and_theirs_with_who_and_when(
    make_editor, seeded_store, ben
) -> None:
    cid = conflicted(seeded_store, ben)
    editor: PositionEditor = make_editor(who=ANNA)
    editor.load(cid)
    QTest.mouseClick(editor.conflict_banner.button, Qt.MouseButton.LeftButton)
    assert editor.tabs.currentWidget() is editor.conflict_page
    stance = editor.conflict_page.view("CA", "stance")
    assert stance.take_ours.hasFocus()  # the keyboard is where the choice is
    shown = {side: w.text() for side, w in stance.values.items() if isinstance(w, QLabel)}
    assert shown == {"base": "Neutral", "ours": "Oppose", "theirs": "Support"}  # Ben's save is the later
    bylines = [label.text() for label in stance.findChildren(QLabel) if " · " in label.text()]
    assert [b.split(" · ")[0] for b in bylines] == ["Ben", "Anna"]
    messages = editor.conflict_page.view("CA", "key_messages")
    texts = {side: w.toPlainText() for side, w in messages.values.items() if isinstance(w, QPlainTextEdit)}
    assert texts == {
        "base": BASE,
        "ours": BASE.replace("trade", "free trade"),
        "theirs": BASE.replace("trade", "fair trade"),
    }
    # Every control of the view is named for assistive technology.
    for widget in stance.findChildren(QWidget) + messages.findChildren(QWidget):
        if isinstance(widget, QPushButton | QPlainTextEdit | QComboBox):
            assert widget.accessibleName(), widget.objectName()


def test_take_theirs_by_clicking_settles_that_field_only(qtbot, make_editor, seeded_store, ben) -> None:
    cid = conflicted(seeded_store, ben)
    editor: PositionEditor = make_editor(who=ANNA)
    editor.load(cid)
    saves: list[Changes] = []
    editor.saved.connect(saves.append)
    QTest.mouseClick(editor.conflict_page.view("CA", "stance").take_theirs, Qt.MouseButton.LeftButton)
    assert ca(seeded_store, cid).stance == "support"  # Anna's, the side not shown before
    assert ("CA", "stance") not in fields_in_conflict(seeded_store)
    assert fields_in_conflict(seeded_store) == {("CA", "key_messages"), (None, "reason"), (None, "status")}
    # The editor shows it: the value, the banner's count, the tab; the history got one revision by Anna.
    stance = editor.field_widget("CA", "stance")
    assert isinstance(stance, QComboBox) and stance.currentData() == "support"
    assert editor.conflict_banner.label.text().startswith("3 field")
    assert editor.tabs.tabText(editor.tabs.indexOf(editor.conflict_page)) == "Conflicts (3)"
    [changes] = saves
    assert changes.commitment_ids == {cid} and len(changes.revisions) == 1
    newest = annotate.history(seeded_store, cid)[0]
    assert (newest.id, newest.author, newest.changed) == (
        changes.revisions[0],
        "Anna",
        {"stance": ["oppose", "support"]},
    )
    # Take ours on the status, then the reason: both settle; the status keeps Ben's value.
    QTest.mouseClick(editor.conflict_page.view(None, "status").take_ours, Qt.MouseButton.LeftButton)
    QTest.mouseClick(editor.conflict_page.view(None, "reason").take_ours, Qt.MouseButton.LeftButton)
    status = get_commitment(seeded_store, cid).status
    assert status is not None and (status.status, status.reason) == ("not-being-pursued", "Dropped")
    assert fields_in_conflict(seeded_store) == {("CA", "key_messages")}


def test_the_merged_text_is_edited_from_both_sides_and_markers_must_go(
    qtbot, make_editor, seeded_store, ben
) -> None:
    cid = conflicted(seeded_store, ben)
    editor: PositionEditor = make_editor(who=ANNA)
    editor.load(cid)
    view = editor.conflict_page.view("CA", "key_messages")
    view.edit_button.setFocus()
    QTest.keyClick(view.edit_button, Qt.Key.Key_Space)  # the keyboard opens it
    merged = view.input
    assert isinstance(merged, QPlainTextEdit) and merged.hasFocus()
    assert merged.toPlainText() == (
        "Energy first.\n<<<<<<< Ben\nThen free trade.\n=======\nThen fair trade.\n>>>>>>> Anna\nThen water."
    )
    assert not view.apply_button.isEnabled() and "marker lines" in view.hint.text()
    merged.setPlainText("Energy first.\nThen free and fair trade.\nThen water.")
    assert view.apply_button.isEnabled() and not has_markers(merged.toPlainText())
    QTest.mouseClick(view.apply_button, Qt.MouseButton.LeftButton)
    assert ca(seeded_store, cid).key_messages == "Energy first.\nThen free and fair trade.\nThen water."
    assert ("CA", "key_messages") not in fields_in_conflict(seeded_store)
    field = editor.field_widget("CA", "key_messages")
    assert isinstance(field, QPlainTextEdit)
    assert field.toPlainText().startswith("Energy first.\nThen free and")


def test_a_choice_field_is_settled_with_a_third_value(qtbot, make_editor, seeded_store, ben) -> None:
    cid = conflicted(seeded_store, ben)
    editor: PositionEditor = make_editor(who=ANNA)
    editor.load(cid)
    view = editor.conflict_page.view("CA", "stance")
    QTest.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    combo = view.input
    assert isinstance(combo, QComboBox) and combo.currentData() == "oppose"  # the value shown
    combo.setCurrentIndex(combo.findData("support-with-conditions"))
    QTest.mouseClick(view.apply_button, Qt.MouseButton.LeftButton)
    assert ca(seeded_store, cid).stance == "support-with-conditions"
    assert ("CA", "stance") not in fields_in_conflict(seeded_store)


def test_a_refused_value_is_said_beside_it_and_nothing_is_written(
    qtbot, make_editor, seeded_store, ben
) -> None:
    cid = conflicted(seeded_store, ben)
    editor: PositionEditor = make_editor(who=ANNA)
    editor.load(cid)
    before = annotate.history(seeded_store, cid)
    QTest.mouseClick(editor.conflict_banner.button, Qt.MouseButton.LeftButton)
    view = editor.conflict_page.view("CA", "key_messages")
    QTest.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    assert isinstance(view.input, QPlainTextEdit)
    view.input.setPlainText("bad\x00text")
    QTest.mouseClick(view.apply_button, Qt.MouseButton.LeftButton)
    assert view.message.isVisible() and "control character" in view.message.text()
    assert annotate.history(seeded_store, cid) == before
    assert ("CA", "key_messages") in fields_in_conflict(seeded_store)


def test_the_last_choice_clears_the_banner_and_a_read_only_editor_offers_none(
    qtbot, make_editor, seeded_store, ben
) -> None:
    cid = conflicted(seeded_store, ben)
    editor: PositionEditor = make_editor(who=ANNA)
    editor.load(cid)
    editor.set_read_only(True)
    assert not editor.conflict_page.view("CA", "stance").take_ours.isEnabled()
    editor.set_read_only(False)
    for party, name in [("CA", "stance"), ("CA", "key_messages"), (None, "status"), (None, "reason")]:
        QTest.mouseClick(editor.conflict_page.view(party, name).take_ours, Qt.MouseButton.LeftButton)
    assert fields_in_conflict(seeded_store) == set()
    assert not editor.conflict_banner.isVisible() and editor.tabs.indexOf(editor.conflict_page) < 0
    assert ca(seeded_store, cid).key_messages == BASE.replace("trade", "free trade")


def test_saving_a_conflicting_field_in_its_tab_settles_that_field_only(
    qtbot, make_editor, seeded_store, ben
) -> None:
    cid = conflicted(seeded_store, ben)
    editor: PositionEditor = make_editor(who=ANNA)
    editor.load(cid)
    QTest.mouseClick(editor.conflict_banner.button, Qt.MouseButton.LeftButton)
    messages = editor.conflict_page.view("CA", "key_messages")
    QTest.mouseClick(messages.edit_button, Qt.MouseButton.LeftButton)
    assert isinstance(messages.input, QPlainTextEdit)
    messages.input.setPlainText("Being merged by hand")
    stance = editor.field_widget("CA", "stance")
    assert isinstance(stance, QComboBox)
    stance.setCurrentIndex(stance.findData("neutral"))
    assert editor.flush()
    assert fields_in_conflict(seeded_store) == {("CA", "key_messages"), (None, "reason"), (None, "status")}
    # The tab follows without a reload, and the merged text being written elsewhere is still there.
    assert editor.tabs.tabText(editor.tabs.indexOf(editor.conflict_page)) == "Conflicts (3)"
    assert [(v.conflict.party_code, v.conflict.field) for v in editor.conflict_page.views] == [
        ("CA", "key_messages"),
        (None, "status"),
        (None, "reason"),
    ]
    assert editor.conflict_page.view("CA", "key_messages") is messages
    assert messages.input.toPlainText() == "Being merged by hand" and messages.editor_box.isVisible()
    QTest.mouseClick(messages.apply_button, Qt.MouseButton.LeftButton)
    assert ca(seeded_store, cid).key_messages == "Being merged by hand"


def test_the_keyboard_reaches_and_settles_a_conflict(qtbot, make_editor, seeded_store, ben) -> None:
    cid = conflicted(seeded_store, ben)
    editor: PositionEditor = make_editor(who=ANNA)
    editor.load(cid)
    button = editor.conflict_banner.button
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus and "&c" in button.text()  # Tab, or Alt+C
    button.setFocus()
    QTest.keyClick(button, Qt.Key.Key_Space)
    assert editor.tabs.currentWidget() is editor.conflict_page
    stance = editor.conflict_page.view("CA", "stance")
    assert stance.take_ours.hasFocus()
    QTest.keyClick(stance.take_ours, Qt.Key.Key_Tab)
    assert stance.take_theirs.hasFocus()
    QTest.keyClick(stance.take_theirs, Qt.Key.Key_Space)
    assert ca(seeded_store, cid).stance == "support"
    assert ("CA", "stance") not in fields_in_conflict(seeded_store)


def test_history_names_both_parents_of_a_merge_and_restores_either(qtbot, seeded_store, ben, errors) -> None:
    cid = conflicted(seeded_store, ben)
    panel = HistoryPanel(seeded_store, lambda: ANNA, errors=errors)
    qtbot.addWidget(panel)
    panel.load(cid)
    model: RevisionModel = panel.model
    merges = [i for i, r in enumerate(model.revisions) if r.merge_parent_id]
    assert len(merges) == 2  # the position's and the status's
    row = next(i for i in merges if model.revisions[i].entity_type == "position")
    rev = model.revisions[row]
    assert model.data(model.index(row, 1)) == "Merged: Ben + Anna"
    # The graph: the merge's row opens a second lane for its second parent, which ends in that parent's row.
    graph = model.data(model.index(row, 0), GraphRole)
    assert isinstance(graph, GraphRow) and graph.parents == (rev.parent_id, rev.merge_parent_id)
    first, second = graph.below.index(rev.parent_id), graph.below.index(rev.merge_parent_id)
    assert first == graph.lane and second != graph.lane
    parent_row = next(i for i, r in enumerate(model.revisions) if r.id == rev.merge_parent_id)
    assert model.data(model.index(parent_row, 0), GraphRole).lane == second
    assert model.graph_width > 0
    panel.select_revision(rev.id)
    text = panel.diff.toPlainText()
    assert "Merged Ben’s change of Stance, Key messages" in text
    assert "and Anna’s change of Stance, Key messages" in text
    assert "Still in conflict: Stance, Key messages" in text
    status_merge = next(r for r in model.revisions if r.merge_parent_id and r.entity_type == "status")
    panel.select_revision(status_merge.id)  # it changed nothing of Ben's values: it says whose stay
    assert "The values shown stay those of Ben; the other side’s are kept in the conflict." in (
        panel.diff.toPlainText()
    )
    panel.select_revision(rev.id)
    # A parent is a link: following it selects that revision.
    parent = next(r for r in model.revisions if r.id == rev.merge_parent_id)
    panel.diff.anchorClicked.emit(QUrl(f"revision:{parent.id}"))
    assert panel.selected_revision() == parent
    # Restoring from history still works: Anna's side comes back as a new revision.
    changes = panel.restore_selected()
    assert changes is not None and changes.revisions
    assert ca(seeded_store, cid).stance == "support"
    assert ("CA", "stance") not in fields_in_conflict(seeded_store)


def test_screenshots_of_conflicts(qtbot, make_editor, seeded_store, ben, errors, tmp_path, english) -> None:
    """NALS_SCREENSHOTS=docs/screenshots refreshes the documented ones."""
    target = os.environ.get("NALS_SCREENSHOTS")
    folder = (ROOT / target) if target else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    anna, ben_ = Author("Anna Tremblay", "CA", ANNA.device_id), Author("Ben Okafor", "CA", BEN.device_id)
    cid = annotate.commitment_id_for(seeded_store, "B-1")
    messages = (
        "• Canada leads with methane regulations already in force.\n"
        "• A common target keeps trade fair.\n"
        "• Indigenous partners are part of monitoring."
    )
    annotate.set_position(
        seeded_store,
        cid,
        "CA",
        {"stance": "neutral", "priority": "high", "key_messages": messages, "tags": ["methane"]},
        anna,
    )
    send(seeded_store, ben)
    annotate.set_position(
        seeded_store,
        cid,
        "CA",
        {
            "stance": "support",
            "key_messages": messages.replace("A common target keeps", "A common 75 % target keeps"),
            "tags": ["methane", "energy"],
        },
        anna,
    )
    annotate.set_position(
        ben,
        cid,
        "CA",
        {
            "stance": "support-with-conditions",
            "key_messages": messages.replace(
                "A common target keeps trade fair", "A common target by 2030 keeps trade fair"
            )
            + "\n• Offsets are no substitute.",
        },
        ben_,
    )
    send(ben, seeded_store)
    editor: PositionEditor = make_editor(who=anna)
    editor.resize(1000, 720)
    editor.load(cid)
    qtbot.wait(100)  # the layout settles
    shots = {"conflict-banner": editor.grab().toImage()}
    QTest.mouseClick(editor.conflict_banner.button, Qt.MouseButton.LeftButton)
    qtbot.wait(100)
    shots["conflicts"] = editor.grab().toImage()
    view = editor.conflict_page.view("CA", "key_messages")
    QTest.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    editor.conflict_page.ensureWidgetVisible(view.apply_button)
    qtbot.wait(100)
    shots["conflict-merged-text"] = editor.grab().toImage()
    QTest.mouseClick(editor.conflict_page.view("CA", "stance").take_theirs, Qt.MouseButton.LeftButton)
    panel = HistoryPanel(seeded_store, lambda: anna, errors=errors)
    qtbot.addWidget(panel)
    panel.resize(900, 560)
    panel.show()
    panel.load(cid)
    merge = next(r for r in panel.model.revisions if r.merge_parent_id)
    panel.select_revision(merge.id)
    qtbot.wait(100)
    shots["history-merge"] = panel.grab().toImage()
    for name, image in shots.items():
        assert not image.isNull() and image.width() >= 800
        image.save(str(folder / f"positions-{name}.png"))


def test_a_number_and_a_date_are_settled_with_inputs_of_their_kind(
    qtbot, make_editor, seeded_store, ben
) -> None:
    cid = annotate.commitment_id_for(seeded_store, "C-1")
    annotate.set_status(seeded_store, cid, {"status": "ongoing", "reason": "Start", "progress": 10}, ANNA)
    send(seeded_store, ben)
    annotate.set_status(seeded_store, cid, {"progress": 40, "as_of": "2026-03-01"}, ANNA)
    annotate.set_status(ben, cid, {"progress": 60, "as_of": "2026-04-01"}, BEN)
    send(ben, seeded_store)
    assert fields_in_conflict(seeded_store) == {(None, "progress"), (None, "as_of")}
    editor: PositionEditor = make_editor(who=ANNA)
    editor.load(cid)
    QTest.mouseClick(editor.conflict_banner.button, Qt.MouseButton.LeftButton)
    progress = editor.conflict_page.view(None, "progress")
    assert [w.text() for w in progress.values.values() if isinstance(w, QLabel)] == ["10 %", "60 %", "40 %"]
    QTest.mouseClick(progress.edit_button, Qt.MouseButton.LeftButton)
    spin = progress.input
    assert isinstance(spin, QSpinBox) and spin.value() == 60
    spin.setValue(50)
    QTest.mouseClick(progress.apply_button, Qt.MouseButton.LeftButton)
    as_of = editor.conflict_page.view(None, "as_of")
    QTest.mouseClick(as_of.edit_button, Qt.MouseButton.LeftButton)
    assert as_of.value() == "2026-04-01"
    as_of.input.set_value("2026-03-15")  # type: ignore[attr-defined]
    QTest.mouseClick(as_of.apply_button, Qt.MouseButton.LeftButton)
    status = get_commitment(seeded_store, cid).status
    assert status is not None and (status.progress, str(status.as_of)) == (50, "2026-03-15")
    assert fields_in_conflict(seeded_store) == set()
    spin_widget = editor.status_widget("progress")
    assert isinstance(spin_widget, QSpinBox) and spin_widget.value() == 50


def _rev(rid: str, parent: str | None = None, merge: str | None = None) -> RevisionDTO:
    return RevisionDTO(
        rid, "position", "CA", parent, "x", "d", datetime.now(UTC), {}, {}, merge_parent_id=merge
    )


def test_graph_lanes_a_line_a_fork_and_a_merge() -> None:
    # Listed newest first: m merges b (its first parent) and c; b and c both follow a.
    rows = graph_rows([_rev("m", "b", "c"), _rev("b", "a"), _rev("c", "a"), _rev("a")])
    assert [(r.lane, r.parents) for r in rows] == [(0, ("b", "c")), (0, ("a",)), (1, ("a",)), (0, ())]
    assert rows[0].below == ("b", "c")  # the merge opens a lane for its second parent
    assert rows[2].below == ("a", "a")  # two lines wait for a: they end in it
    assert rows[3].above == ("a", "a") and rows[3].below == ()
    # One line of history draws nothing: no lane column without a merge.
    model = RevisionModel()
    model.set_revisions([_rev("b", "a"), _rev("a")])
    assert [g.lane for g in model.graph] == [0, 0] and model.graph_width == 0


def test_a_reason_is_written_and_enter_settles_it(qtbot, make_editor, seeded_store, ben) -> None:
    cid = conflicted(seeded_store, ben)
    editor: PositionEditor = make_editor(who=ANNA)
    editor.load(cid)
    QTest.mouseClick(editor.conflict_banner.button, Qt.MouseButton.LeftButton)
    reason = editor.conflict_page.view(None, "reason")
    QTest.mouseClick(reason.edit_button, Qt.MouseButton.LeftButton)
    line = reason.input
    assert isinstance(line, QLineEdit) and line.text() == "Dropped" and line.hasFocus()
    line.selectAll()
    QTest.keyClicks(line, "Dropped after the review")
    QTest.keyClick(line, Qt.Key.Key_Return)
    status = get_commitment(seeded_store, cid).status
    assert status is not None and status.reason == "Dropped after the review"
    assert (None, "reason") not in fields_in_conflict(seeded_store)


def test_in_the_window_a_choice_refreshes_the_table_and_the_history(
    qtbot, make_window, seeded_store, ben
) -> None:
    cid = conflicted(seeded_store, ben)
    window = make_window(seeded_store)
    assert window.navigator.select_key("all")
    qtbot.waitUntil(lambda: window.table_model.row_of(cid) >= 0, timeout=60_000)
    window._select(cid)
    qtbot.waitUntil(lambda: window.editor.commitment_id == cid, timeout=60_000)
    before = len(window.history.model.revisions)
    assert window.editor.conflict_banner.label.text().startswith("4 field")
    window.editor.show_conflict_tab()
    QTest.mouseClick(window.editor.conflict_page.view("CA", "stance").take_theirs, Qt.MouseButton.LeftButton)
    assert len(window.history.model.revisions) == before + 1
    newest = window.history.model.revisions[0]
    assert newest.changed == {"stance": ["oppose", "support"]}
    row = window.table_model.row_of(cid)
    column = window.table_model.column_of("stance:CA")
    assert window.table_model.index(row, column).data() == "Support"
