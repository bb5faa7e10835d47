"""An edit typed on values another program has since changed is merged with them, never written over them."""

from __future__ import annotations

from nals_desktop.services import annotate, revisions
from nals_desktop.services.browse import get_commitment
from nals_desktop.services.identity import Author

GUI = Author("Window User", "CA", "device-gui")
CLI = Author("Command Line", "CA", "device-cli")


def _position(store, cid: str, code: str = "CA"):
    [pos] = [p for p in get_commitment(store, cid).positions if p.party_code == code]
    return pos


def test_an_edit_on_an_older_head_keeps_the_newer_value_of_another_field(seeded_store) -> None:
    cid = annotate.commitment_id_for(seeded_store, "B-1")
    shown = None  # the window loaded B-1 before anyone had a position on it
    annotate.set_position(seeded_store, cid, "CA", {"stance": "oppose"}, CLI)
    changes = annotate.set_position(
        seeded_store, cid, "CA", {"objective": "Typed in the window"}, GUI, based_on=shown
    )
    assert changes.merged
    pos = _position(seeded_store, cid)
    assert (pos.stance, pos.objective) == ("oppose", "Typed in the window")
    assert pos.head_revision_id == changes.revisions[-1]
    assert revisions.open_conflicts(seeded_store) == []


def test_two_officers_editing_different_lines_of_the_key_messages_get_both(seeded_store) -> None:
    cid = annotate.commitment_id_for(seeded_store, "B-1")
    first = annotate.set_position(seeded_store, cid, "CA", {"key_messages": "one\ntwo\nthree"}, GUI)
    shown = first.revisions[-1]
    annotate.set_position(seeded_store, cid, "CA", {"key_messages": "ONE\ntwo\nthree"}, CLI)
    annotate.set_position(seeded_store, cid, "CA", {"key_messages": "one\ntwo\nTHREE"}, GUI, based_on=shown)
    assert _position(seeded_store, cid).key_messages == "ONE\ntwo\nTHREE"


def test_the_same_field_changed_on_both_sides_keeps_both_as_a_conflict(seeded_store) -> None:
    cid = annotate.commitment_id_for(seeded_store, "B-1")
    annotate.set_position(seeded_store, cid, "CA", {"key_messages": "CLI-v1"}, CLI)
    annotate.set_position(seeded_store, cid, "CA", {"key_messages": "v0 +GUI edit"}, GUI, based_on=None)
    [conflict] = revisions.open_conflicts(seeded_store)
    assert conflict.field == "key_messages"
    assert {conflict.ours, conflict.theirs} == {"CLI-v1", "v0 +GUI edit"}
    assert _position(seeded_store, cid).key_messages in {"CLI-v1", "v0 +GUI edit"}


def test_a_save_on_the_current_head_is_one_plain_revision(seeded_store) -> None:
    cid = annotate.commitment_id_for(seeded_store, "B-1")
    first = annotate.set_position(seeded_store, cid, "CA", {"stance": "support"}, GUI, based_on=None)
    second = annotate.set_position(
        seeded_store, cid, "CA", {"stance": "neutral"}, GUI, based_on=first.revisions[-1]
    )
    assert not first.merged and not second.merged and len(second.revisions) == 1
    assert [r.id for r in get_commitment(seeded_store, cid).history] == [*second.revisions, *first.revisions]


def test_a_status_changed_on_both_sides_is_merged_with_its_reasons(seeded_store) -> None:
    cid = annotate.commitment_id_for(seeded_store, "B-1")
    annotate.set_status(seeded_store, cid, {"status": "underway-on-track", "reason": "Plan adopted"}, CLI)
    changes = annotate.set_status(
        seeded_store, cid, {"status": "ongoing", "reason": "Seen so"}, GUI, based_on=None
    )
    assert changes.merged
    conflicts = {c.field: c for c in revisions.open_conflicts(seeded_store)}
    assert set(conflicts) == {"status", "reason"}  # each status came with its own reason: both kept
    assert {conflicts["status"].ours, conflicts["status"].theirs} == {"underway-on-track", "ongoing"}
    assert {conflicts["reason"].ours, conflicts["reason"].theirs} == {"Plan adopted", "Seen so"}


def test_a_later_save_settles_only_the_conflict_of_the_field_it_saves(seeded_store) -> None:
    cid = annotate.commitment_id_for(seeded_store, "B-1")
    annotate.set_position(seeded_store, cid, "CA", {"key_messages": "CLI-v1"}, CLI)
    annotate.set_position(seeded_store, cid, "CA", {"key_messages": "v0 +GUI edit"}, GUI, based_on=None)
    annotate.set_position(seeded_store, cid, "CA", {"stance": "support"}, GUI)  # another field
    assert [c.field for c in revisions.open_conflicts(seeded_store)] == ["key_messages"]
    annotate.set_position(seeded_store, cid, "CA", {"key_messages": "Both, reworded"}, GUI)
    assert revisions.open_conflicts(seeded_store) == []
