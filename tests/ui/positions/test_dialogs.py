"""The profile and bulk-edit dialogs, reached with open() (never exec())."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from nals_desktop.services import annotate
from nals_desktop.services.browse import get_commitment
from nals_desktop.services.identity import is_profile_complete, load_author
from nals_desktop.ui.positions import BulkEditDialog, ProfileDialog
from nals_desktop.ui.positions.bulk import TAGS_ADD, TAGS_REMOVE, TAGS_REPLACE, UNCHANGED


def test_profile_on_first_start_saves_name_and_delegation(qtbot, seeded_store) -> None:
    assert ProfileDialog.needed()
    dialog = ProfileDialog.ask(seeded_store, first_start=True)
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.windowTitle() == "Who is editing"
    combo = dialog.delegation_combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["CA", "MX", "US"]
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert combo.currentIndex() == -1  # nothing chosen for the user
    save.click()
    assert dialog.isVisible() and "Choose your delegation" in dialog.error_label.text()
    combo.setCurrentIndex(combo.findData("MX"))
    save.click()  # no name yet
    assert dialog.isVisible() and "Give your name" in dialog.error_label.text()
    QTest.keyClicks(dialog.name_edit, "Jean Tremblay")
    with qtbot.waitSignal(dialog.profile_saved) as saved:
        save.click()
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    author = saved.args[0]
    assert (author.name, author.delegation) == ("Jean Tremblay", "MX")
    assert is_profile_complete() and load_author() == author
    again = ProfileDialog(seeded_store)  # from Preferences: shows what is saved
    qtbot.addWidget(again)
    assert again.name_edit.text() == "Jean Tremblay" and again.delegation_combo.currentData() == "MX"


def test_bulk_edit_adds_and_removes_tags_keeping_each_commitments_others(
    qtbot, seeded_store, ref, author
) -> None:
    ids = [ref(r) for r in ("B-1", "B-2")]
    annotate.set_position(
        seeded_store, ids[0], "CA", {"tags": ["methane", "trade"], "stance": "support"}, author
    )
    dialog = BulkEditDialog(seeded_store, ids, lambda: author)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.tags_mode.setCurrentIndex(dialog.tags_mode.findData(TAGS_ADD))
    assert dialog.tags_edit.isEnabled()
    QTest.keyClicks(dialog.tags_edit, "energy")
    with qtbot.waitSignal(dialog.applied):
        assert dialog.apply()

    def tags(cid: str) -> list[str]:
        [ca] = [p for p in get_commitment(seeded_store, cid).positions if p.party_code == "CA"]
        return sorted(ca.tags)

    assert tags(ids[0]) == ["energy", "methane", "trade"] and tags(ids[1]) == ["energy"]
    dialog = BulkEditDialog(seeded_store, ids, lambda: author)
    qtbot.addWidget(dialog)
    dialog.tags_mode.setCurrentIndex(dialog.tags_mode.findData(TAGS_REMOVE))
    QTest.keyClicks(dialog.tags_edit, "trade")
    assert dialog.apply()
    assert tags(ids[0]) == ["energy", "methane"] and tags(ids[1]) == ["energy"]
    assert [h.entity_type for h in annotate.history(seeded_store, ids[1])] == [
        "position"
    ]  # unchanged: no revision


def test_bulk_edit_makes_one_revision_per_commitment(qtbot, seeded_store, ref, author) -> None:
    ids = [ref(r) for r in ("A-1", "A-2", "A-3")]
    annotate.set_position(seeded_store, ids[0], "MX", {"stance": "oppose", "objective": "keep me"}, author)
    dialog = BulkEditDialog(seeded_store, ids, lambda: author)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.windowTitle() == "Edit 3 commitments"
    assert [dialog.party_combo.itemData(i) for i in range(dialog.party_combo.count())] == ["CA", "MX", "US"]
    apply = dialog.buttons.button(QDialogButtonBox.StandardButton.Apply)
    apply.click()  # nothing chosen
    assert "Choose at least one value" in dialog.error_label.text() and dialog.isVisible()
    dialog.party_combo.setCurrentIndex(dialog.party_combo.findData("MX"))
    dialog.stance_combo.setCurrentIndex(dialog.stance_combo.findData("support"))
    assert dialog.priority_combo.currentData() == UNCHANGED
    assert not dialog.tags_edit.isEnabled()
    dialog.tags_mode.setCurrentIndex(dialog.tags_mode.findData(TAGS_REPLACE))
    QTest.keyClicks(dialog.tags_edit, "trade, energy")
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("ongoing"))
    apply.click()  # a status without a reason
    assert "reason is required" in dialog.error_label.text()
    assert all(annotate.history(seeded_store, cid)[0].author == "Test Officer" for cid in ids[:1])
    assert len(annotate.history(seeded_store, ids[1])) == 0  # nothing applied
    QTest.keyClicks(dialog.reason_edit, "Agreed at the summit")
    with qtbot.waitSignal(dialog.applied) as applied:
        QTest.keyClick(apply, Qt.Key.Key_Space)
    changes = applied.args[0]
    assert changes.positions and changes.status and changes.tags and len(changes.revisions) == 6
    assert dialog.result() == QDialog.DialogCode.Accepted
    for cid in ids:
        detail = get_commitment(seeded_store, cid)
        [mx] = [p for p in detail.positions if p.party_code == "MX"]
        assert (mx.stance, sorted(mx.tags), mx.priority) == ("support", ["energy", "trade"], None)
        assert (detail.status.status, detail.status.reason) == ("ongoing", "Agreed at the summit")
        kinds = [r.entity_type for r in annotate.history(seeded_store, cid) if r.id in changes.revisions]
        assert sorted(kinds) == ["position", "status"]  # one revision each, per commitment
    [mx] = [p for p in get_commitment(seeded_store, ids[0]).positions if p.party_code == "MX"]
    assert mx.objective == "keep me"  # fields left unchanged keep their value


def test_bulk_edit_can_clear_a_field(qtbot, seeded_store, ref, author) -> None:
    ids = [ref("F-1"), ref("F-2")]
    for cid in ids:
        annotate.set_position(seeded_store, cid, "CA", {"priority": "low"}, author)
    dialog = BulkEditDialog(seeded_store, ids, lambda: author)
    qtbot.addWidget(dialog)
    assert dialog.party_combo.currentData() == "CA"  # own delegation first
    dialog.priority_combo.setCurrentIndex(dialog.priority_combo.findData(None))
    assert dialog.apply()
    assert all(get_commitment(seeded_store, cid).positions[0].priority is None for cid in ids)


def test_bulk_edit_says_when_the_store_cannot_be_read(qtbot, seeded_store, ref, author, errors) -> None:
    ids = [ref("B-1")]
    with seeded_store.engine.begin() as conn:  # a damaged store: its tags are gone
        conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
        conn.exec_driver_sql("DROP TABLE position_tag")
        conn.exec_driver_sql("DROP TABLE tag")
    dialog = BulkEditDialog(seeded_store, ids, lambda: author, errors=errors)
    qtbot.addWidget(dialog)
    assert [e.title for e in errors.shown] == ["Cannot offer the known tags"]  # not swallowed
    assert "tag" in errors.shown[0].message
