"""Noticing what another program saved in the store: revisions by id, summits by their details."""

from __future__ import annotations

from sqlalchemy import event, text

from nals_desktop.services import annotate
from nals_desktop.services.identity import Author
from nals_desktop.services.watch import StoreWatcher
from nals_desktop.store.engine import open_store

CLI = Author("Otra Persona", "MX", "device-2")


def test_a_save_by_another_program_is_reported_once_with_its_commitment(seeded_store) -> None:
    watcher = StoreWatcher(seeded_store)
    assert watcher.poll().empty
    other = open_store(seeded_store.path)  # another program: its own engine and connections
    try:
        cid = annotate.commitment_id_for(other, "B-1")
        changes = annotate.set_position(other, cid, "CA", {"key_messages": "CLI-v1"}, CLI)
    finally:
        other.close()
    activity = watcher.poll()
    assert activity.revisions == {changes.revisions[0]: cid}
    assert not activity.summits_changed
    assert watcher.poll().empty  # reported once


def test_quiet_polls_read_nothing(seeded_store) -> None:
    watcher = StoreWatcher(seeded_store)
    statements: list[str] = []
    event.listen(seeded_store.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    for _ in range(5):
        assert watcher.poll().empty
    assert statements == []


def test_a_summit_renamed_elsewhere_is_reported(seeded_store) -> None:
    watcher = StoreWatcher(seeded_store)
    other = open_store(seeded_store.path)
    try:
        with other.unit_of_work() as session:
            session.execute(text("UPDATE summit SET title = 'Renamed elsewhere'"))
    finally:
        other.close()
    activity = watcher.poll()
    assert activity.summits_changed and activity.revisions == {}


def test_own_saves_are_reported_too_so_the_window_can_tell_them_apart(seeded_store) -> None:
    watcher = StoreWatcher(seeded_store)
    cid = annotate.commitment_id_for(seeded_store, "A-1")
    first = annotate.set_position(seeded_store, cid, "CA", {"stance": "support"}, CLI)
    second = annotate.set_position(seeded_store, cid, "CA", {"stance": "oppose"}, CLI)
    assert set(watcher.poll().revisions) == {*first.revisions, *second.revisions}
