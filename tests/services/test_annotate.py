"""Positions and status: validation, revisions, restore, bulk edits, and no lost acknowledged save."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from nals_desktop.domain.errors import ValidationError
from nals_desktop.domain.model import MAX_FIELD_CHARS
from nals_desktop.services import annotate
from nals_desktop.services.browse import get_commitment, list_commitments
from nals_desktop.services.identity import Author, load_author, save_profile
from nals_desktop.services.search import search
from nals_desktop.store.engine import open_store

ME = Author("Ana Ruiz", "MX", "device-1")


def _id(store, ref: str) -> str:
    return annotate.commitment_id_for(store, ref)


def test_a_save_is_a_revision_with_author_device_and_changed_fields(seeded_store) -> None:
    cid = _id(seeded_store, "B-1")
    first = annotate.set_position(
        seeded_store, cid, "MX", {"stance": "support", "objective": "Línea 1\n• dos"}, ME
    )
    second = annotate.set_position(seeded_store, cid, "mx", {"stance": "oppose"}, ME)
    assert len(first.revisions) == len(second.revisions) == 1
    detail = get_commitment(seeded_store, cid)
    [pos] = detail.positions
    assert (pos.stance, pos.objective, pos.updated_by) == ("oppose", "Línea 1\n• dos", "Ana Ruiz")
    newest, oldest = detail.history
    assert newest.parent_id == oldest.id and oldest.parent_id is None
    assert newest.changed == {"stance": ["support", "oppose"]}
    assert newest.snapshot["objective"] == "Línea 1\n• dos"
    assert (newest.author, newest.device_id, newest.party_code) == ("Ana Ruiz", "device-1", "MX")
    assert newest.created_at.tzinfo is not None
    # Saving the same values again records nothing.
    assert annotate.set_position(seeded_store, cid, "MX", {"stance": "oppose"}, ME).empty


def test_restore_makes_a_new_revision_and_rewrites_nothing(seeded_store) -> None:
    cid = _id(seeded_store, "A-2")
    annotate.set_position(seeded_store, cid, "CA", {"key_messages": "first", "tags": ["chips"]}, ME)
    annotate.set_position(seeded_store, cid, "CA", {"key_messages": "second", "tags": []}, ME)
    oldest = annotate.history(seeded_store, cid)[-1]
    annotate.restore_revision(seeded_store, oldest.id, ME)
    revisions = annotate.history(seeded_store, cid)
    assert len(revisions) == 3
    assert revisions[-1] == oldest  # untouched
    [pos] = get_commitment(seeded_store, cid).positions
    assert (pos.key_messages, pos.tags) == ("first", ("chips",))


@pytest.mark.parametrize(
    ("party", "changes", "message"),
    [
        ("XX", {"stance": "support"}, "not a party of this summit"),
        ("CA", {"stance": "maybe"}, "not a valid stance"),
        ("CA", {"priority": "urgent"}, "not a valid priority"),
        ("CA", {"objective": "x" * (MAX_FIELD_CHARS + 1)}, "the limit is"),
        ("CA", {"colour": "red"}, "not a position field"),
        ("CA", {"marking": "TOP SECRET-ish"}, "not a marking"),
    ],
)
def test_bad_values_are_refused_and_nothing_is_saved(seeded_store, party, changes, message) -> None:
    cid = _id(seeded_store, "C-1")
    with pytest.raises(ValidationError, match=message):
        annotate.set_position(seeded_store, cid, party, changes, ME)
    assert annotate.history(seeded_store, cid) == []


@pytest.mark.parametrize(
    ("changes", "label"),
    [
        ({"key_messages": "x" * (MAX_FIELD_CHARS + 1)}, "Key messages"),
        ({"red_line": 42}, "Red line"),
        ({"tags": ["x" * (MAX_FIELD_CHARS + 1)]}, "Tags"),
        ({"evidence": "x" * (MAX_FIELD_CHARS + 1)}, "Evidence"),
    ],
)
def test_errors_name_fields_by_their_label_not_their_key(seeded_store, changes, label) -> None:
    cid = _id(seeded_store, "C-2")
    with pytest.raises(ValidationError) as raised:
        if set(changes) <= set(annotate.STATUS_FIELDS):
            annotate.set_status(seeded_store, cid, changes, ME)
        else:
            annotate.set_position(seeded_store, cid, "CA", changes, ME)
    message = str(raised.value)
    assert message.startswith(label + " "), message
    assert not any(key in message for key in annotate.POSITION_FIELDS + annotate.STATUS_FIELDS), message


def test_status_needs_a_reason_to_change(seeded_store) -> None:
    cid = _id(seeded_store, "E-1")
    with pytest.raises(ValidationError, match="reason"):
        annotate.set_status(seeded_store, cid, {"status": "ongoing"}, ME)
    annotate.set_status(
        seeded_store,
        cid,
        {"status": "ongoing", "reason": "Launched", "progress": 40, "as_of": "2024-02-01"},
        ME,
    )
    annotate.set_status(seeded_store, cid, {"progress": 60, "evidence": "Report"}, ME)  # no status change
    with pytest.raises(ValidationError, match="0 to 100"):
        annotate.set_status(seeded_store, cid, {"progress": 101}, ME)
    status = get_commitment(seeded_store, cid).status
    assert (status.status, status.progress, status.as_of.isoformat()) == ("ongoing", 60, "2024-02-01")
    assert len(annotate.history(seeded_store, cid)) == 2


def test_bulk_edit_is_one_revision_per_commitment(seeded_store) -> None:
    _, rows = list_commitments(seeded_store, pillar="D")
    ids = [r.id for r in rows]
    changes = annotate.bulk_set_positions(
        seeded_store, ids, "US", {"stance": "neutral", "tags": ["migration"]}, ME
    )
    assert len(changes.revisions) == len(ids) == 6
    _, rows = list_commitments(seeded_store, pillar="D")
    assert {r.stances["US"] for r in rows} == {"neutral"}
    assert {h.reference for h in search(seeded_store, "tag:migration")} == {r.reference for r in rows}
    assert annotate.all_tags(seeded_store) == ["migration"]


def test_bulk_tag_edit_adds_and_removes_on_each_commitments_own_tags(seeded_store) -> None:
    d1, d2, d3 = (annotate.commitment_id_for(seeded_store, ref) for ref in ("D-1", "D-2", "D-3"))
    annotate.set_position(seeded_store, d1, "US", {"tags": ["migration", "Energy"]}, ME)
    annotate.set_position(seeded_store, d2, "US", {"tags": ["trade"], "stance": "oppose"}, ME)
    edit = annotate.TagEdit(add=(" security ", "energy"), remove=("TRADE", "absent"))
    changes = annotate.bulk_set_positions(seeded_store, [d1, d2, d3], "US", {}, ME, tag_edit=edit)
    assert changes.tags and len(changes.revisions) == 3

    def tags(cid: str) -> list[str]:
        [us] = [p for p in get_commitment(seeded_store, cid).positions if p.party_code == "US"]
        return list(us.tags)

    assert tags(d1) == ["Energy", "migration", "security"]  # "energy" is already there as "Energy"
    assert tags(d2) == ["Energy", "security"]  # "trade" gone, the stance kept; one tag named "Energy"
    assert get_commitment(seeded_store, d2).positions[0].stance == "oppose"
    assert tags(d3) == ["Energy", "security"]
    again = annotate.bulk_set_positions(seeded_store, [d1, d2, d3], "US", {}, ME, tag_edit=edit)
    assert again.revisions == ()  # nothing differs: no new revision

    too_many = annotate.TagEdit(add=tuple(f"t{i}" for i in range(annotate.MAX_TAGS - 2)))
    with pytest.raises(ValidationError):  # d1 would have 51 tags: nothing at all is saved
        annotate.bulk_set_positions(seeded_store, [d2, d1], "US", {}, ME, tag_edit=too_many)
    assert tags(d2) == ["Energy", "security"]


def test_profile_keeps_one_device_id(nals_home: Path) -> None:
    first = load_author()
    saved = save_profile("Jean Tremblay", "ca")
    assert saved.device_id == first.device_id and saved.delegation == "CA"
    assert load_author() == saved
    with pytest.raises(ValidationError):
        save_profile("  ", "CA")


SAVER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from nals_desktop.services import annotate
    from nals_desktop.services.identity import Author
    from nals_desktop.services.startup import open_user_store
    store = open_user_store(Path(sys.argv[1]), seed=False)  # unlocked with $NALS_PASSPHRASE_FILE
    cid, start = sys.argv[2], int(sys.argv[3])
    author = Author("killer-test", "CA", "dev")
    for i in range(start, start + 100000):
        changes = {"objective": f"save {i}", "key_messages": "x" * (i % 5000)}
        annotate.set_position(store, cid, "CA", changes, author)
        print(i, flush=True)  # acknowledged: the transaction has committed
    """
)


@pytest.mark.slow
def test_sigkill_while_saving_never_loses_an_acknowledged_save(seeded_store, tmp_path: Path) -> None:
    path = seeded_store.path
    cid = _id(seeded_store, "F-1")
    seeded_store.close()
    script = tmp_path / "saver.py"
    script.write_text(SAVER)
    acknowledged = -1
    for round_ in range(8):
        proc = subprocess.Popen(
            [sys.executable, str(script), str(path), cid, str(acknowledged + 1)],
            stdout=subprocess.PIPE,
            text=True,
            env=os.environ.copy(),
        )
        assert proc.stdout is not None
        # Killed after a count of acknowledged saves, not a time: on a busy machine as on an idle one,
        # the kill lands while the next save is being written.
        for _ in range(3 + 17 * round_):
            line = proc.stdout.readline()
            if not line:
                break
            acknowledged = int(line)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        for line in proc.stdout:  # what was printed before the kill was acknowledged too
            acknowledged = int(line)
        proc.stdout.close()
    assert acknowledged > 0
    store = open_store(path)
    assert store.integrity_errors() == []
    [pos] = get_commitment(store, cid).positions
    last_saved = int(pos.objective.split()[1])
    assert last_saved >= acknowledged  # the kill may land after a commit, before its acknowledgement
    objectives = {r.snapshot["objective"] for r in annotate.history(store, cid)}
    assert {f"save {i}" for i in range(acknowledged + 1)} <= objectives
    store.close()


def _store_with(path: Path, pragma: str | None = None, url: str | None = None):
    from sqlalchemy import event

    from nals_desktop.store import cipher
    from nals_desktop.store.engine import Store, make_engine, store_url

    key = cipher.unlocked_key(cipher.key_file(path))  # the store is encrypted
    engine = make_engine(store_url(path, key, read_only=url == "read-only") if url else store_url(path, key))
    if pragma:
        event.listen(engine, "connect", lambda conn, _rec: conn.execute(pragma))
    return Store(engine, path)


def test_a_full_disk_gives_one_clear_message_and_keeps_the_last_save(seeded_store) -> None:
    from nals_desktop.domain.errors import StoreError

    cid = _id(seeded_store, "A-1")
    annotate.set_position(seeded_store, cid, "CA", {"objective": "acknowledged"}, ME)
    path = seeded_store.path
    with seeded_store.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    seeded_store.close()
    full = _store_with(path, f"PRAGMA max_page_count = {pages}")  # the file may not grow: a full disk
    with pytest.raises(StoreError, match="full"):
        annotate.set_position(full, cid, "CA", {"objective": "x" * 90_000, "background": "y" * 9_000}, ME)
    full.close()
    store = open_store(path)
    assert [p.objective for p in get_commitment(store, cid).positions] == ["acknowledged"]
    assert store.integrity_errors() == []


def test_a_read_only_store_gives_one_clear_message(seeded_store) -> None:
    from nals_desktop.domain.errors import StoreError

    cid = _id(seeded_store, "A-1")
    path = seeded_store.path
    seeded_store.close()
    read_only = _store_with(path, url="read-only")
    with pytest.raises(StoreError, match="read-only"):
        annotate.set_position(read_only, cid, "CA", {"objective": "cannot land"}, ME)
    read_only.close()
