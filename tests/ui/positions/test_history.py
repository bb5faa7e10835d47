"""The history panel: revisions newest first, field differences, restore as a new revision."""

from __future__ import annotations

from PySide6.QtCore import Qt

from nals_desktop.services import annotate
from nals_desktop.services.browse import get_commitment
from nals_desktop.services.identity import Author
from nals_desktop.ui.positions import HistoryPanel
from nals_desktop.ui.positions.history import RevisionModel, text_diff_html


def test_revisions_newest_first_with_who_what_and_fields(
    qtbot, qtmodeltester, seeded_store, ref, author, errors
) -> None:
    cid = ref("B-2")
    other = Author("Maria López", "MX", "device-mx")
    annotate.set_position(
        seeded_store, cid, "CA", {"stance": "support", "objective": "Open the border faster"}, author
    )
    annotate.set_position(seeded_store, cid, "MX", {"priority": "high", "tags": ["trade"]}, other)
    annotate.set_status(
        seeded_store, cid, {"status": "ongoing", "reason": "Talks started", "progress": 10}, author
    )
    panel = HistoryPanel(seeded_store, lambda: author, errors=errors)
    qtbot.addWidget(panel)
    panel.load(cid)
    qtmodeltester.check(panel.model)
    model = panel.model
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert [r[1:] for r in rows] == [
        ["Test Officer", "Implementation status", "Status, Progress, Reason"],
        ["Maria López", "Position of MX", "Priority, Tags"],
        ["Test Officer", "Position of CA", "Stance, Objective / desired outcome"],
    ]
    assert all(len(r[0]) == len("2024-01-01 12:00:00") for r in rows)  # local time, to the second
    assert "device-mx" in model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert (
        panel.selected_revision() is not None and panel.restore_button.isEnabled()
    )  # the newest is selected
    assert "Talks started" in panel.diff.toPlainText() and "Ongoing" in panel.diff.toPlainText()


def test_text_differences_are_highlighted_word_by_word() -> None:
    html = text_diff_html("Cut methane by 40%\n• flaring", "Cut methane by 75%\n• flaring\n• venting")
    assert "line-through" in html and ">40<" in html  # removed
    assert ">75<" in html and "venting" in html  # added
    assert "Cut methane by" in html  # unchanged, not highlighted
    long_old, long_new = "a line\n" * 4000, "a line\n" * 3999 + "changed\n"
    assert "changed" in text_diff_html(long_old, long_new)  # long texts fall back to lines


def test_restore_makes_a_new_revision_and_nothing_is_rewritten(
    qtbot, seeded_store, ref, author, errors
) -> None:
    cid = ref("C-2")
    annotate.set_position(seeded_store, cid, "CA", {"objective": "First wording"}, author)
    annotate.set_position(
        seeded_store, cid, "CA", {"objective": "Second wording", "stance": "oppose"}, author
    )
    panel = HistoryPanel(seeded_store, lambda: author, errors=errors)
    qtbot.addWidget(panel)
    panel.resize(700, 500)
    panel.show()
    panel.load(cid)
    before = [r.id for r in annotate.history(seeded_store, cid)]
    panel.view.setCurrentIndex(panel.model.index(1, 0))  # the first revision
    text = panel.diff.toPlainText()
    assert "Objective / desired outcome" in text and "First wording" in text
    flushed = []
    panel.about_to_restore.connect(lambda: flushed.append(True))
    with qtbot.waitSignal(panel.restored, timeout=1000) as restored:
        panel.restore_button.click()
    changes = restored.args[0]
    assert flushed == [True] and changes.positions and len(changes.revisions) == 1
    after = annotate.history(seeded_store, cid)
    assert [r.id for r in after][1:] == before  # old revisions untouched, the restore is the newest
    assert after[0].id == changes.revisions[0] and after[0].parent_id == before[0]
    [pos] = get_commitment(seeded_store, cid).positions
    assert (pos.objective, pos.stance) == ("First wording", None)
    assert panel.model.rowCount() == 3 and panel.selected_revision().id == after[0].id
    assert "Restored the revision" in panel.message.text()
    panel.restore_button.click()  # the restore itself is the current state: nothing to do
    assert "Nothing to restore" in panel.message.text()
    assert len(annotate.history(seeded_store, cid)) == 3


def test_status_revisions_restore_with_a_reason(qtbot, seeded_store, ref, author, errors) -> None:
    cid = ref("D-1")
    annotate.set_status(seeded_store, cid, {"status": "not-started", "reason": "Planned"}, author)
    annotate.set_status(seeded_store, cid, {"status": "ongoing", "reason": "Began", "progress": 50}, author)
    panel = HistoryPanel(seeded_store, lambda: author, errors=errors)
    qtbot.addWidget(panel)
    panel.load(cid)
    panel.view.setCurrentIndex(panel.model.index(1, 0))
    assert panel.restore_selected() is not None
    status = get_commitment(seeded_store, cid).status
    assert (status.status, status.progress) == ("not-started", 0)
    assert status.reason.startswith("Restored the revision of")


def test_empty_and_unloaded_states(qtbot, qtmodeltester, seeded_store, ref, author, errors) -> None:
    panel = HistoryPanel(seeded_store, lambda: author, errors=errors)
    qtbot.addWidget(panel)
    assert "Select a commitment" in panel.diff.toPlainText() and not panel.restore_button.isEnabled()
    panel.load(ref("A-6"))
    assert panel.model.rowCount() == 0 and "No changes recorded yet" in panel.diff.toPlainText()
    assert panel.restore_selected() is None
    qtmodeltester.check(RevisionModel())
