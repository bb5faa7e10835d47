"""The position editor: autosave, flush on switch and focus loss, undo/redo, status reasons, limits, kills."""

from __future__ import annotations

import os
import signal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nals_desktop.domain.errors import StoreError
from nals_desktop.domain.model import MAX_FIELD_CHARS
from nals_desktop.domain.rules import Changes
from nals_desktop.services import annotate
from nals_desktop.services.browse import get_commitment
from nals_desktop.services.identity import Author
from nals_desktop.store.engine import open_store
from nals_desktop.ui.positions import PositionEditor

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def position(store, cid: str, party: str):
    return next((p for p in get_commitment(store, cid).positions if p.party_code == party), None)


def select(combo: QComboBox, value: str | None) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_typing_is_saved_once_when_the_debounce_timer_fires(qtbot, make_editor, seeded_store, ref) -> None:
    editor = make_editor(autosave_ms=600)  # the shipped debounce
    cid = ref("B-1")
    assert editor.load(cid)
    field = editor.field_widget("CA", "objective")
    assert isinstance(field, QPlainTextEdit)
    field.setFocus()
    field.setPlainText("Our aims:\n• methane down 75%\n  – by 2030")
    field.moveCursor(field.textCursor().MoveOperation.End)
    states: list[str] = []
    saves: list[Changes] = []
    fired: list[bool] = []
    editor.state_changed.connect(states.append)
    editor.saved.connect(saves.append)
    editor.autosave_timer.timeout.connect(lambda: fired.append(True))
    QTest.keyClicks(field, " and more")
    assert editor.state == "unsaved" and editor.indicator.text() == "Unsaved changes"
    assert editor.autosave_timer.isActive() and not saves  # nothing saved before the timer fires
    qtbot.waitUntil(lambda: bool(saves), timeout=60_000)  # a hang guard, not a target
    assert fired == [True] and len(saves) == 1  # one save, made by the debounce timer
    assert states[-2:] == ["saving", "saved"] and editor.indicator.text().startswith("Saved ")
    changes = saves[0]
    assert changes.commitment_ids == {cid} and changes.positions and len(changes.revisions) == 1
    [rev] = annotate.history(seeded_store, cid)
    assert rev.author == "Test Officer" and rev.party_code == "CA"
    assert rev.changed["objective"] == ["", "Our aims:\n• methane down 75%\n  – by 2030 and more"]
    assert position(seeded_store, cid, "CA").objective == field.toPlainText()


def test_every_field_round_trips_through_the_store(qtbot, editor, seeded_store, ref) -> None:
    cid = ref("A-3")
    editor.load(cid)
    select(editor.field_widget("US", "stance"), "oppose")
    select(editor.field_widget("US", "priority"), "high")
    select(editor.field_widget("US", "marking"), "PROTECTED B")
    editor.field_widget("US", "tags").setText("energy, Methane, energy")
    texts = {name: f"{name}:\n- one\n- two" for name in annotate.TEXT_FIELDS}
    for name, text in texts.items():
        editor.field_widget("US", name).setPlainText(text)
    assert editor.flush()
    pos = position(seeded_store, cid, "US")
    assert (pos.stance, pos.priority, pos.marking, sorted(pos.tags, key=str.casefold)) == (
        "oppose",
        "high",
        "PROTECTED B",
        ["energy", "Methane"],
    )
    assert {name: getattr(pos, name) for name in annotate.TEXT_FIELDS} == texts
    assert len(annotate.history(seeded_store, cid)) == 1  # one save, one revision
    editor.load(ref("A-4"))
    editor.load(cid)  # shown again exactly as typed
    assert {n: editor.field_widget("US", n).toPlainText() for n in annotate.TEXT_FIELDS} == texts
    assert editor.field_widget("US", "stance").currentData() == "oppose"
    assert editor.state == "saved" and not editor.has_unsaved_changes()


def test_load_of_another_commitment_flushes_first(make_editor, seeded_store, ref) -> None:
    editor = make_editor(autosave_ms=60_000)  # only the flush can save
    b1, b2 = ref("B-1"), ref("B-2")
    editor.load(b1)
    editor.field_widget("MX", "red_line").setPlainText("No new border fees")
    assert editor.state == "unsaved" and annotate.history(seeded_store, b1) == []
    assert editor.load(b2)
    assert position(seeded_store, b1, "MX").red_line == "No new border fees"
    assert editor.commitment_id == b2 and editor.field_widget("MX", "red_line").toPlainText() == ""
    assert editor.title.text() == "Positions on B-2"


def test_focus_leaving_the_editor_flushes(qtbot, seeded_store, ref, errors, author) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    editor = PositionEditor(seeded_store, lambda: author, window, errors=errors, autosave_ms=60_000)
    elsewhere = QLineEdit(window)
    layout = QVBoxLayout(window)
    layout.addWidget(editor)
    layout.addWidget(elsewhere)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    cid = ref("C-1")
    editor.load(cid)
    field = editor.field_widget("CA", "fallback")
    field.setFocus()
    QTest.keyClicks(field, "Accept a pilot")
    editor.field_widget("CA", "background").setFocus()  # within the editor: no save yet
    assert annotate.history(seeded_store, cid) == []
    elsewhere.setFocus()
    qtbot.waitUntil(lambda: position(seeded_store, cid, "CA") is not None, timeout=1000)
    assert position(seeded_store, cid, "CA").fallback == "Accept a pilot"
    assert editor.state == "saved"


def test_undo_and_redo_span_fields_and_are_saved(qtbot, editor, seeded_store, ref) -> None:
    cid = ref("D-2")
    editor.load(cid)
    field = editor.field_widget("CA", "objective")
    field.setFocus()
    QTest.keyClicks(field, "Protect jobs")
    assert editor.flush()
    QTest.keyClicks(field, " first")
    stance = editor.field_widget("CA", "stance")
    select(stance, "support")
    assert editor.flush()
    assert (position(seeded_store, cid, "CA").objective, position(seeded_store, cid, "CA").stance) == (
        "Protect jobs first",
        "support",
    )

    QTest.keyClick(field, Qt.Key.Key_Z, CTRL)  # the stance, though the cursor is in the objective
    assert stance.currentData() is None and field.toPlainText() == "Protect jobs first"
    QTest.keyClick(field, Qt.Key.Key_Z, CTRL)  # the burst of typing after the first save
    assert field.toPlainText() == "Protect jobs"
    with qtbot.waitSignal(editor.saved, timeout=2000):
        pass  # undo triggers the autosave
    pos = position(seeded_store, cid, "CA")
    assert (pos.objective, pos.stance) == ("Protect jobs", None)

    QTest.keyClick(field, Qt.Key.Key_Z, CTRL | SHIFT)
    assert field.toPlainText() == "Protect jobs first"
    editor.redo_action.trigger()
    assert stance.currentData() == "support"
    assert not editor.redo_action.isEnabled() and editor.undo_action.isEnabled()
    assert editor.flush()
    pos = position(seeded_store, cid, "CA")
    assert (pos.objective, pos.stance) == ("Protect jobs first", "support")
    assert len(annotate.history(seeded_store, cid)) == 4  # nothing rewritten: undo and redo are new revisions


def test_undo_history_is_kept_per_commitment(editor, seeded_store, ref) -> None:
    a, b = ref("E-1"), ref("F-2")
    editor.load(a)
    editor.field_widget("CA", "responses").setPlainText("We are studying it")
    editor.load(b)
    assert not editor.undo_action.isEnabled()  # nothing typed on E-2
    editor.load(a)
    editor.undo()
    assert editor.field_widget("CA", "responses").toPlainText() == ""
    assert editor.flush() and position(seeded_store, a, "CA").responses == ""


def test_status_change_needs_a_reason_and_other_edits_are_kept(qtbot, editor, seeded_store, ref) -> None:
    cid = ref("A-2")
    editor.load(cid)
    status = editor.status_widget("status")
    reason = editor.status_widget("reason")
    message = editor.findChild(QLabel, "statusReasonMessage")
    editor.tabs.setCurrentIndex(editor.tabs.count() - 1)
    select(status, "underway-on-track")
    assert message.isVisible() and "Reason" in message.text()
    editor.field_widget("CA", "objective").setPlainText("Keep this")
    assert not editor.flush()
    assert editor.state == "error" and editor.indicator.text() == "Not saved: see the message"
    assert get_commitment(seeded_store, cid).status is None  # no status saved without a reason
    assert position(seeded_store, cid, "CA").objective == "Keep this"  # the other edit is saved
    assert status.currentData() == "underway-on-track"  # and nothing typed is lost
    assert not editor.load(ref("A-3")) and editor.commitment_id == cid  # the switch waits for the reason

    reason.setFocus()
    QTest.keyClicks(reason, "Funding approved")
    assert not message.isVisible()
    assert editor.flush()
    saved = get_commitment(seeded_store, cid).status
    assert (saved.status, saved.reason) == ("underway-on-track", "Funding approved")
    assert reason.text() == ""  # ready for the next change; the last one is shown above
    assert "Funding approved" in editor.info[""].text()

    progress = editor.status_widget("progress")
    assert isinstance(progress, QSpinBox)
    progress.setValue(40)
    editor.status_widget("as_of").set_value("2024-03-31")
    editor.status_widget("evidence").setPlainText("Budget 2024, p. 112")
    assert editor.flush()  # no status change: no reason needed
    saved = get_commitment(seeded_store, cid).status
    assert (saved.progress, str(saved.as_of), saved.evidence) == (40, "2024-03-31", "Budget 2024, p. 112")

    select(status, "completed-fully-met")
    progress.setValue(100)
    assert not editor.flush()
    saved = get_commitment(seeded_store, cid).status
    assert (saved.status, saved.progress) == ("underway-on-track", 100)  # progress saved, status waits
    editor.undo()  # progress back to 40
    editor.undo()  # status back: nothing waits for a reason any more
    assert not message.isVisible()
    assert editor.flush()
    assert get_commitment(seeded_store, cid).status.status == "underway-on-track"


def test_progress_without_any_status_asks_for_a_status(editor, seeded_store, ref) -> None:
    cid = ref("A-5")
    editor.load(cid)
    editor.status_widget("progress").setValue(30)
    assert not editor.flush()
    assert any("Choose a status first" in p for p in editor.problems())
    assert get_commitment(seeded_store, cid).status is None


def test_oversized_paste_is_kept_and_explained(qtbot, editor, seeded_store, ref) -> None:
    cid = ref("F-1")
    editor.load(cid)
    big = ("Lorem ipsum dolor sit amet. " * 4000)[: MAX_FIELD_CHARS + 1]
    field = editor.field_widget("CA", "background")
    field.setFocus()
    QGuiApplication.clipboard().setText(big)
    field.paste()
    select(editor.field_widget("CA", "stance"), "neutral")
    assert not editor.flush()
    assert field.toPlainText() == big  # nothing lost in the widget
    [problem] = editor.problems()
    assert "Background (Canada) is 100,001 characters long; the limit is 100,000" in problem
    message = editor.binding("CA", "background").message
    assert message.isVisible() and message.text() == problem and editor.state == "error"
    assert not editor.banner.isVisible()  # the problem is on the tab in view, beside its field
    editor.tabs.setCurrentIndex(1)
    assert editor.banner.isVisible() and editor.banner.text().startswith("Canada (ours): Background (Canada)")
    editor.tabs.setCurrentIndex(0)
    pos = position(seeded_store, cid, "CA")
    assert (pos.stance, pos.background) == ("neutral", "")  # the rest is saved, the long text is not
    field.moveCursor(field.textCursor().MoveOperation.End)
    QTest.keyClick(field, Qt.Key.Key_Backspace)
    assert editor.problems() == [] and not message.isVisible()
    assert editor.flush()
    assert position(seeded_store, cid, "CA").background == big[:-1]


def test_a_failed_save_is_reported_once_and_the_text_stays(
    editor, errors, seeded_store, ref, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = ref("B-3")
    editor.load(cid)
    real = annotate.set_position

    def full_disk(*_a: object, **_k: object) -> None:
        raise StoreError("The disk is full; free some space and try again.")

    monkeypatch.setattr(annotate, "set_position", full_disk)
    field = editor.field_widget("CA", "key_messages")
    field.setPlainText("- message one")
    assert not editor.flush()
    assert not editor.flush()
    assert [e.message for e in errors.shown] == ["The disk is full; free some space and try again."]
    assert editor.state == "error" and "The disk is full" in editor.banner.text()
    assert not editor.load(ref("B-4")) and editor.commitment_id == cid
    assert field.toPlainText() == "- message one"
    monkeypatch.setattr(annotate, "set_position", real)
    assert editor.flush() and editor.state == "saved" and not editor.banner.isVisible()
    assert position(seeded_store, cid, "CA").key_messages == "- message one"


def test_tags_complete_from_existing_tags_and_save_on_leaving(
    qtbot, editor, seeded_store, ref, author
) -> None:
    annotate.set_position(seeded_store, ref("A-1"), "MX", {"tags": ["energy", "Methane"]}, author)
    cid = ref("A-2")
    editor.load(cid)
    tags = editor.field_widget("CA", "tags")
    tags.setFocus()
    QTest.keyClicks(tags, "ene")
    popup = tags.completer_.popup()
    qtbot.waitUntil(popup.isVisible, timeout=1000)
    assert tags.completer_.currentCompletion() == "energy"
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert tags.text() == "energy, "
    qtbot.wait(50)  # the offscreen platform leaves the closed popup the active window
    with qtbot.waitActive(editor):
        editor.activateWindow()
    QTest.keyClicks(tags, "trade")
    qtbot.wait(150)  # past the debounce: a tag being typed is not saved half-way
    assert annotate.history(seeded_store, cid) == []
    editor.field_widget("CA", "objective").setFocus()  # leaving the field saves it
    assert sorted(position(seeded_store, cid, "CA").tags) == ["energy", "trade"]
    assert annotate.all_tags(seeded_store) == ["energy", "Methane", "trade"]


def test_own_delegation_first_and_read_only(make_editor, seeded_store, ref) -> None:
    editor = make_editor(who=Author("Ana", "US", "dev-2"))
    editor.load(ref("B-1"))
    titles = [editor.tabs.tabText(i) for i in range(editor.tabs.count())]
    assert titles == ["United States (ours)", "Canada", "Mexico", "Implementation status"]
    editor.set_read_only(True)
    assert editor.indicator.text() == "Read-only"
    assert editor.field_widget("US", "objective").isReadOnly()
    assert not editor.field_widget("US", "stance").isEnabled()
    assert editor.flush()
    editor.load(None)
    assert editor.commitment_id is None and editor.placeholder.isVisible() and not editor.tabs.isVisible()


def test_every_control_is_named_and_labelled_for_assistive_technology(editor, ref) -> None:
    editor.load(ref("B-1"))
    controls = [w for w in editor.findChildren(QWidget) if w.focusPolicy() != Qt.FocusPolicy.NoFocus]
    assert len(controls) > 40
    tab_bar = editor.tabs.tabBar()
    internal = [
        w
        for w in controls
        if w.objectName().startswith("qt_")
        or type(w.parent()).__name__ == "QFrame"
        or tab_bar.isAncestorOf(w)
    ]
    unnamed = [
        (type(w).__name__, w.objectName())
        for w in controls
        if w not in internal and not (w.accessibleName() and w.accessibleDescription())
    ]
    assert unnamed == []  # Qt's own parts (popups, inner line edits, tab scrollers) are Qt's
    buddies = {lbl.buddy() for lbl in editor.findChildren(QLabel) if lbl.buddy() is not None}
    for party in editor.party_codes:
        for name in annotate.POSITION_FIELDS:
            assert editor.field_widget(party, name) in buddies  # reachable with Alt + the underlined letter
    for name in annotate.STATUS_FIELDS:
        assert editor.status_widget(name) in buddies


def test_tab_moves_through_the_fields_in_reading_order(editor, ref) -> None:
    editor.load(ref("B-1"))
    order = ["stance", "priority", "marking", "tags", *annotate.TEXT_FIELDS]
    editor.field_widget("CA", "stance").setFocus()
    for name in order[1:]:
        focus = QApplication.focusWidget()
        assert focus is not None
        QTest.keyClick(focus, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is editor.field_widget("CA", name), name


def test_quit_and_close_save_pending_edits(editor, seeded_store, ref) -> None:
    editor.autosave_timer.setInterval(60_000)
    editor.install_quit_hooks(QApplication.instance())
    cid = ref("C-3")
    editor.load(cid)
    editor.field_widget("CA", "objective").setPlainText("Saved on quit")
    QApplication.instance().aboutToQuit.emit()
    assert position(seeded_store, cid, "CA").objective == "Saved on quit"
    editor.field_widget("CA", "fallback").setPlainText("Saved on close")
    editor.close()
    assert position(seeded_store, cid, "CA").fallback == "Saved on close"


def test_the_shipped_debounce_is_within_the_limit(make_editor) -> None:
    assert make_editor(autosave_ms=600).autosave_timer.interval() <= 750


@pytest.mark.slow
def test_typed_text_survives_a_sigkill_after_switching(seeded_store, run_until, editor_script) -> None:
    path = seeded_store.path
    b1 = annotate.commitment_id_for(seeded_store, "B-1")
    seeded_store.close()
    pasted = "Our objective:\n• zero routine flaring\n• methane –75 % by 2030"
    proc = run_until(editor_script, [pasted, " typed"], "switched")
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    store = open_store(path)
    try:
        assert store.integrity_errors() == []
        positions = {p.party_code: p for p in get_commitment(store, b1).positions}
        assert positions["CA"].objective == pasted + " typed"
        assert positions["MX"].key_messages == "- first\n- second"
        assert {r.author for r in annotate.history(store, b1)} == {"Kill Test"}
    finally:
        store.close()
