"""Integrating another laptop's revisions: fast-forwards, clean merges, kept conflicts, refused batches."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from nals_desktop.domain.errors import NalsError, ValidationError
from nals_desktop.services import annotate, revisions
from nals_desktop.services.browse import show_commitment
from nals_desktop.services.identity import Author
from nals_desktop.services.startup import open_user_store
from nals_desktop.store.engine import Store

ANNA = Author("Anna", "CA", "00000000-0000-4000-8000-00000000000a")
BEN = Author("Ben", "CA", "00000000-0000-4000-8000-00000000000b")


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    a = open_user_store(tmp_path / "anna" / "nals.sqlite")
    b = open_user_store(tmp_path / "ben" / "nals.sqlite")
    yield a, b
    a.close()
    b.close()


def records(store: Store) -> list[revisions.RevisionRecord]:
    with store.unit_of_work() as session:
        return revisions.revision_records(session)


def send(source: Store, target: Store) -> revisions.IntegrationReport:
    return revisions.integrate(target, records(source))


def position(store: Store, ref: str, party: str = "CA") -> dict[str, Any]:
    detail = show_commitment(store, ref, None)
    (p,) = [p for p in detail.positions if p.party_code == party]
    return {
        "key_messages": p.key_messages,
        "stance": p.stance,
        "tags": list(p.tags),
        "objective": p.objective,
    }


def cid(store: Store, ref: str, summit: str | None = None) -> str:
    return annotate.commitment_id_for(store, ref, summit)


def test_a_new_position_arrives_then_a_fast_forward(laptops: tuple[Store, Store]) -> None:
    a, b = laptops
    annotate.set_position(a, cid(a, "A-1"), "CA", {"stance": "support"}, ANNA)
    report = send(a, b)
    assert [o.kind for o in report.outcomes] == ["new"] and report.merges == 0
    annotate.set_position(a, cid(a, "A-1"), "CA", {"priority": "high"}, ANNA)
    report = send(a, b)
    assert [(o.reference, o.kind) for o in report.outcomes] == [("A-1", "fast-forward")]
    assert position(b, "A-1")["stance"] == "support"
    assert {r.id for r in records(a)} == {r.id for r in records(b)}


def test_two_officers_editing_different_key_messages_get_both(laptops: tuple[Store, Store]) -> None:
    a, b = laptops
    base = "Energy first.\nThen trade.\nThen water."
    annotate.set_position(a, cid(a, "B-1"), "CA", {"key_messages": base}, ANNA)
    send(a, b)
    edited = base.replace("Energy", "Clean energy")
    annotate.set_position(a, cid(a, "B-1"), "CA", {"key_messages": edited}, ANNA)
    annotate.set_position(b, cid(b, "B-1"), "CA", {"key_messages": base + "\nThen health."}, BEN)
    report = send(a, b)
    assert [(o.kind, o.conflicts) for o in report.outcomes] == [("merge", ())]
    send(b, a)
    merged = "Clean energy first.\nThen trade.\nThen water.\nThen health."
    assert position(a, "B-1")["key_messages"] == position(b, "B-1")["key_messages"] == merged
    assert revisions.open_conflicts(a) == revisions.open_conflicts(b) == []
    assert {r.id for r in records(a)} == {r.id for r in records(b)}


def test_the_same_field_edited_differently_is_a_conflict_with_both_kept(laptops: tuple[Store, Store]) -> None:
    a, b = laptops
    annotate.set_position(a, cid(a, "C-2"), "CA", {"stance": "neutral", "tags": ["Energy"]}, ANNA)
    send(a, b)
    annotate.set_position(a, cid(a, "C-2"), "CA", {"stance": "support", "tags": ["Energy", "Water"]}, ANNA)
    annotate.set_position(b, cid(b, "C-2"), "CA", {"stance": "oppose", "tags": []}, BEN)  # Ben's is later
    report = send(a, b)
    assert [(o.kind, o.conflicts) for o in report.outcomes] == [("merge", ("stance",))]
    send(b, a)
    for store in (a, b):
        assert position(store, "C-2")["stance"] == "oppose"  # the later save, on both laptops
        assert position(store, "C-2")["tags"] == ["Water"]  # Anna added Water, Ben removed Energy
        (c,) = revisions.open_conflicts(store)
        assert (c.reference, c.field, c.base, c.value) == ("C-2", "stance", "neutral", "oppose")
        assert {c.ours, c.theirs} == {"support", "oppose"}
        assert {c.ours_author, c.theirs_author} == {"Anna", "Ben"}
    assert records(a) == records(b)
    # settled on one laptop, settled on the other after the next exchange
    revisions.resolve(a, cid(a, "C-2"), "CA", "stance", ANNA, value="support-with-conditions")
    assert revisions.open_conflicts(a) == []
    assert [o.kind for o in send(a, b).outcomes] == ["fast-forward"]
    assert revisions.open_conflicts(b) == [] and position(b, "C-2")["stance"] == "support-with-conditions"


def test_a_status_changed_on_both_sides_conflicts_and_keeps_the_reasons(laptops: tuple[Store, Store]) -> None:
    a, b = laptops
    annotate.set_status(a, cid(a, "A-2"), {"status": "not-started", "reason": "Kick-off"}, ANNA)
    send(a, b)
    annotate.set_status(a, cid(a, "A-2"), {"status": "ongoing", "reason": "Funded", "progress": 20}, ANNA)
    annotate.set_status(b, cid(b, "A-2"), {"status": "not-being-pursued", "reason": "Dropped"}, BEN)
    send(a, b)
    send(b, a)
    for store in (a, b):
        status = show_commitment(store, "A-2", None).status
        assert status is not None
        assert (status.status, status.reason, status.progress) == ("not-being-pursued", "Dropped", 20)
        assert [c.field for c in revisions.open_conflicts(store)] == ["reason", "status"]


@pytest.mark.parametrize("how", ["theirs", "value"])
def test_a_settled_status_takes_its_sides_reason_and_reaches_the_other_laptop(
    laptops: tuple[Store, Store], how: str
) -> None:
    """Settling on the status shown elsewhere is a change of status: it carries that side's reason, so the
    other laptop (which checks that every status change has one) accepts the settlement."""
    a, b = laptops
    annotate.set_status(a, cid(a, "A-2"), {"status": "ongoing", "reason": "Funded"}, ANNA)
    annotate.set_status(b, cid(b, "A-2"), {"status": "not-being-pursued", "reason": "Dropped"}, BEN)
    send(a, b)
    send(b, a)
    (conflict,) = [c for c in revisions.open_conflicts(a) if c.field == "status"]
    other = conflict.theirs
    revisions.resolve(
        a,
        cid(a, "A-2"),
        None,
        "status",
        ANNA,
        choice="theirs" if how == "theirs" else None,
        value=other if how == "value" else None,
    )
    assert revisions.open_conflicts(a) == []  # the reasons' conflict went with the status
    assert send(a, b).added == 1
    for store in (a, b):
        status = show_commitment(store, "A-2", None).status
        assert status is not None
        reason = {"ongoing": "Funded", "not-being-pursued": "Dropped"}[other]
        assert (status.status, status.reason) == (other, reason)
        assert revisions.open_conflicts(store) == []


def test_reintegrating_changes_nothing(laptops: tuple[Store, Store]) -> None:
    a, b = laptops
    annotate.set_position(a, cid(a, "A-1"), "CA", {"stance": "support"}, ANNA)
    annotate.set_position(b, cid(b, "A-1"), "CA", {"stance": "oppose"}, BEN)
    send(a, b)
    before = records(b)
    report = send(a, b)
    assert (report.added, report.merges, report.outcomes) == (0, 0, ())
    assert records(b) == before


def test_two_laptops_merging_the_same_heads_write_the_same_revision(laptops: tuple[Store, Store]) -> None:
    a, b = laptops
    annotate.set_position(a, cid(a, "A-1"), "CA", {"stance": "support", "objective": "x"}, ANNA)
    annotate.set_position(b, cid(b, "A-1"), "CA", {"stance": "oppose", "priority": "low"}, BEN)
    ra, rb = records(a), records(b)
    revisions.integrate(a, rb)
    revisions.integrate(b, ra)
    assert sorted(records(a), key=lambda r: r.id) == sorted(records(b), key=lambda r: r.id)
    assert position(a, "A-1") == position(b, "A-1")


def test_an_invalid_revision_refuses_the_whole_batch(laptops: tuple[Store, Store]) -> None:
    a, b = laptops
    annotate.set_position(a, cid(a, "A-1"), "CA", {"stance": "support"}, ANNA)
    annotate.set_position(a, cid(a, "A-3"), "CA", {"stance": "oppose"}, ANNA)
    good, bad = records(a)
    bad = replace(bad, snapshot={**bad.snapshot, "stance": "furious"})
    before = records(b)
    with pytest.raises(ValidationError, match="furious"):
        revisions.integrate(b, [good, bad])
    assert records(b) == before
    status_without_reason = revisions.RevisionRecord(
        **{
            **good.__dict__,
            "id": "00000000-0000-4000-8000-000000000001",
            "entity_type": "status",
            "party_code": None,
            "changed": {"status": [None, "ongoing"]},
            "snapshot": {"status": "ongoing", "progress": 0, "evidence": "", "as_of": None, "reason": ""},
        }
    )
    with pytest.raises(ValidationError, match="reason"):
        revisions.integrate(b, [good, status_without_reason])
    orphan = replace(good, id="00000000-0000-4000-8000-000000000002", parent_id="no-such-revision")
    with pytest.raises(NalsError, match="no-such-revision"):
        revisions.integrate(b, [good, orphan])
    assert records(b) == before


def test_a_dry_run_reports_and_writes_nothing(laptops: tuple[Store, Store]) -> None:
    a, b = laptops
    annotate.set_position(a, cid(a, "A-1"), "CA", {"stance": "support"}, ANNA)
    annotate.set_position(b, cid(b, "A-1"), "CA", {"stance": "oppose"}, BEN)
    report = revisions.integrate(b, records(a), dry_run=True)
    assert [(o.kind, o.conflicts) for o in report.outcomes] == [("merge", ("stance",))]
    assert len(records(b)) == 1 and position(b, "A-1")["stance"] == "oppose"


def test_the_conflicts_of_one_commitment_carry_each_sides_revision_and_time(
    laptops: tuple[Store, Store],
) -> None:
    a, b = laptops
    for ref in ("A-1", "C-2"):
        annotate.set_position(a, cid(a, ref), "CA", {"stance": "neutral"}, ANNA)
    send(a, b)
    for ref in ("A-1", "C-2"):
        annotate.set_position(a, cid(a, ref), "CA", {"stance": "support"}, ANNA)
        annotate.set_position(b, cid(b, ref), "CA", {"stance": "oppose"}, BEN)
    send(b, a)
    assert [c.reference for c in revisions.open_conflicts(a)] == ["A-1", "C-2"]
    (c,) = revisions.open_conflicts(a, commitment_id=cid(a, "C-2"))
    assert (c.reference, c.ours, c.ours_author, c.theirs, c.theirs_author) == (
        "C-2",
        "oppose",
        "Ben",
        "support",
        "Anna",
    )
    history = {r.id: r for r in annotate.history(a, c.commitment_id)}
    assert (history[c.ours_revision].author, history[c.theirs_revision].author) == ("Ben", "Anna")
    assert (c.ours_at, c.theirs_at) == (
        history[c.ours_revision].created_at,
        history[c.theirs_revision].created_at,
    )
    merge = history[c.revision_id]
    assert merge.merge_parent_id and merge.conflict_fields == ("stance",)
