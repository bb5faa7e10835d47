"""Three laptops that edit, resolve and exchange revisions in any order and subset converge, losing nothing.

The bundle test (test_bundles.ThreeLaptops) runs the whole path, zip files included, for a few examples;
this one runs the merge itself for many: three real SQLite stores, opened once and emptied of annotations
between examples, exchanging revision records as bundles carry them. ``NALS_CONVERGENCE_EXAMPLES`` sets how
many examples (CI's `make stateful` runs thousands).
"""

from __future__ import annotations

import os
import random
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, rule
from sqlalchemy import delete

from nals_desktop.domain.rules import POSITION_FIELDS, STATUS_FIELDS
from nals_desktop.services import annotate, revisions
from nals_desktop.services.identity import Author
from nals_desktop.store.engine import Store, open_store
from nals_desktop.store.models import Peer, PeerRevision, Position, PositionTag, Revision, StatusRecord

from .test_bundles import _TEMPLATE, LINES, REFS, STATUSES, TAGS, _template, state
from .test_revisions import cid, records

#: Few commitments, so that laptops often edit the same position and histories diverge.
HOT = REFS[:2]
PARTIES = ("CA", "CA", "MX")
#: Thousands of examples take a while: a guard against a hang, not a target.
pytestmark = pytest.mark.timeout(3 * 3600)
AUTHORS = [Author(name, "CA", f"00000000-0000-4000-8000-0000000000c{i}") for i, name in enumerate("ABC")]
_LAPTOPS: dict[str, Any] = {}


def laptops() -> tuple[list[Store], dict[str, str]]:
    """Three stores copied from one seeded template, opened once for every example of the run."""
    if "stores" not in _LAPTOPS:
        folder = Path(tempfile.mkdtemp(prefix="nals-convergence-"))
        stores = []
        for i in range(3):
            path = folder / str(i) / "nals.sqlite"
            path.parent.mkdir()
            shutil.copyfile(_template(), path)
            stores.append(open_store(path, key=_TEMPLATE["key"]))  # encrypted as the template
        _LAPTOPS.update(stores=stores, folder=folder, ids={ref: cid(stores[0], ref) for ref in REFS})
    return _LAPTOPS["stores"], _LAPTOPS["ids"]


@pytest.fixture(autouse=True, scope="module")
def _close_laptops() -> Iterator[None]:
    yield
    for store in _LAPTOPS.pop("stores", ()):
        store.close()
    if "folder" in _LAPTOPS:
        shutil.rmtree(_LAPTOPS.pop("folder"), ignore_errors=True)


def empty(store: Store) -> None:
    """Back to the seeded template: no position, status, revision or peer (real deletes, one transaction)."""
    with store.unit_of_work(write=True) as session:
        for model in (PositionTag, Position, StatusRecord, PeerRevision, Peer, Revision):
            session.execute(delete(model))


def current(store: Store) -> tuple[Any, ...]:
    """What a person sees: every position's and status's values (tags as a set), and its open conflicts."""
    conflicts = sorted(
        (
            c.commitment_id,
            c.party_code or "",
            c.field,
            repr(c.base),
            repr(c.ours),
            repr(c.theirs),
            repr(c.value),
        )
        for c in revisions.open_conflicts(store)
    )
    return state(store), conflicts


def one_head_each(store: Store) -> None:
    """After any save, merge or import, every position and status has a single head."""
    recs = records(store)
    parents = {p for r in recs for p in r.parents}
    heads: dict[Any, int] = {}
    for r in recs:
        if r.id not in parents:
            heads[r.entity] = heads.get(r.entity, 0) + 1
    assert all(n == 1 for n in heads.values()), heads


class Convergence(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.stores, self.ids = laptops()
        for store in self.stores:
            empty(store)
        self.saved: list[tuple[str, str, Any]] = []  # (revision, field, value) of every save anywhere
        self.heads_seen: list[dict[tuple[str, str | None], str]] = [{} for _ in self.stores]

    def _know_heads(self, who: int) -> None:
        """What laptop ``who``'s editor would show now: the heads of its positions (kept for stale edits)."""
        recs = [r for r in records(self.stores[who]) if r.entity_type == revisions.POSITION]
        parents = {p for r in recs for p in r.parents}
        self.heads_seen[who] = {(r.commitment_id, r.party_code): r.id for r in recs if r.id not in parents}

    def _record(self, result: Any, changes: dict[str, Any]) -> None:
        """The saved revision (an edit on an older head also returns the merge that follows it)."""
        for rid in result.revisions[:1]:
            for name, value in changes.items():
                self.saved.append((rid, name, value))

    def _save(self, who: int, ref: str, party: str, changes: dict[str, Any], stale: bool) -> None:
        commitment = self.ids[ref]
        based_on = (
            self.heads_seen[who].get((commitment, party), annotate.LATEST) if stale else annotate.LATEST
        )
        # stale: the window's edit made on what it showed earlier, while others' revisions arrived since
        result = annotate.set_position(
            self.stores[who], commitment, party, changes, AUTHORS[who], based_on=based_on
        )
        self._record(result, changes)
        one_head_each(self.stores[who])

    @rule(
        who=st.integers(0, 2),
        ref=st.sampled_from(HOT),
        party=st.sampled_from(PARTIES),
        lines=st.lists(st.booleans(), min_size=len(LINES), max_size=len(LINES)),
        edit_line=st.sampled_from((None, 0, 1, 2, 3)),
        red_line=st.booleans(),
        stale=st.booleans(),
    )
    def edit_text(
        self,
        who: int,
        ref: str,
        party: str,
        lines: list[bool],
        edit_line: int | None,
        red_line: bool,
        stale: bool,
    ) -> None:
        """Key messages as lines kept, dropped or edited (two officers often touch different lines)."""
        text_lines = [line for line, keep in zip(LINES, lines, strict=True) if keep]
        if edit_line is not None and edit_line < len(text_lines):
            text_lines[edit_line] += f" ({AUTHORS[who].name} edited)"
        changes: dict[str, Any] = {"key_messages": "\n".join(text_lines)}
        if red_line:
            changes["red_line"] = f"No {ref} without {AUTHORS[who].name}"
        self._save(who, ref, party, changes, stale)

    @rule(
        who=st.integers(0, 2),
        ref=st.sampled_from(HOT),
        party=st.sampled_from(PARTIES),
        stance=st.sampled_from((None, "support", "oppose", "neutral")),
        priority=st.sampled_from((None, "high", "low")),
        tags=st.sets(st.sampled_from(TAGS)),
        which=st.sampled_from(("stance", "priority", "tags", "all")),
        stale=st.booleans(),
    )
    def edit_choices(
        self,
        who: int,
        ref: str,
        party: str,
        stance: Any,
        priority: Any,
        tags: set[str],
        which: str,
        stale: bool,
    ) -> None:
        values = {"stance": stance, "priority": priority, "tags": sorted(tags)}
        changes = values if which == "all" else {which: values[which]}
        self._save(who, ref, party, changes, stale)

    @rule(
        who=st.integers(0, 2),
        ref=st.sampled_from(HOT),
        status=st.sampled_from(STATUSES),
        p=st.integers(0, 4),
    )
    def edit_status(self, who: int, ref: str, status: str, p: int) -> None:
        changes = {"status": status, "reason": f"{status} says {AUTHORS[who].name}", "progress": p * 25}
        result = annotate.set_status(self.stores[who], self.ids[ref], changes, AUTHORS[who])
        self._record(result, {"status": status, "progress": p * 25})
        one_head_each(self.stores[who])

    @rule(who=st.integers(0, 2))
    def look(self, who: int) -> None:
        """The window on laptop ``who`` loads what it has now (a later edit may be based on it)."""
        self._know_heads(who)

    @rule(src=st.integers(0, 2), dst=st.integers(0, 2), seed=st.integers(0, 2**32 - 1), share=st.floats(0, 1))
    def exchange(self, src: int, dst: int, seed: int, share: float) -> None:
        """A random subset of one laptop's revisions, with what they follow, in a random order."""
        if src == dst:
            return
        mine = records(self.stores[src])
        rng = random.Random(seed)
        chosen = {r.id for r in mine if rng.random() < share}
        by_id = {r.id: r for r in mine}
        todo = list(chosen)
        while todo:  # a revision travels with those it follows, as a bundle's do
            for parent in by_id[todo.pop()].parents:
                if parent not in chosen:
                    chosen.add(parent)
                    todo.append(parent)
        batch = [by_id[i] for i in chosen]
        rng.shuffle(batch)
        revisions.integrate(self.stores[dst], batch)
        one_head_each(self.stores[dst])

    @rule(who=st.integers(0, 2), pick=st.integers(0, 10**6), how=st.sampled_from(("ours", "theirs", "value")))
    def resolve(self, who: int, pick: int, how: str) -> None:
        """A person settles one of the conflicts open on their laptop."""
        store = self.stores[who]
        conflicts = revisions.open_conflicts(store)
        if not conflicts:
            return
        c = conflicts[pick % len(conflicts)]
        value = c.ours if how != "value" else _settled(c.field, c.ours, c.theirs)
        result = revisions.resolve(
            store,
            c.commitment_id,
            c.party_code,
            c.field,
            AUTHORS[who],
            choice=None if how == "value" else how,
            value=value if how == "value" else None,
        )
        chosen = value if how != "theirs" else c.theirs
        self.saved += [(rid, c.field, chosen) for rid in result.revisions]
        one_head_each(store)

    def teardown(self) -> None:
        # everyone exchanges everything, in both directions, until a whole round brings nothing new
        for _round in range(8):
            added = 0
            for src in range(3):
                for dst in range(3):
                    if src != dst:
                        added += revisions.integrate(self.stores[dst], records(self.stores[src])).added
            if not added:
                break
        else:
            raise AssertionError("the laptops never stopped sending each other new revisions")
        first = self.stores[0]
        ids = sorted(r.id for r in records(first))
        for store in self.stores[1:]:  # convergence: the same revisions, values and conflicts
            assert sorted(r.id for r in records(store)) == ids
            assert current(store) == current(first)
        history = {r.id: r for r in records(first)}
        for rid, name, value in self.saved:  # no loss: every saved value is in the history
            assert rid in history, rid
            assert _same(history[rid].snapshot[name], value), (name, history[rid].snapshot[name], value)
        # idempotence: each laptop's revisions, again and in another order, change nothing
        before = current(first)
        again = records(self.stores[1])
        random.Random(len(again)).shuffle(again)
        assert revisions.integrate(first, again).added == 0
        assert current(first) == before


def _settled(field: str, ours: Any, theirs: Any) -> Any:
    """A value a person might type to settle a conflict: both texts, or one of two choices."""
    if field in ("key_messages", "red_line", "reason", "evidence"):
        return "\n".join(dict.fromkeys(f"{ours or ''}\n{theirs or ''}".splitlines()))
    return theirs


def _same(stored: Any, saved: Any) -> bool:
    if isinstance(saved, list):
        return sorted(str(t).casefold() for t in stored or ()) == sorted(str(t).casefold() for t in saved)
    return bool(stored == saved)


Convergence.TestCase.settings = settings(
    max_examples=int(os.environ.get("NALS_CONVERGENCE_EXAMPLES", "100")),
    stateful_step_count=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
test_three_laptops_converge_in_any_order = Convergence.TestCase


def test_fields_of_the_machine_are_fields_of_the_rules() -> None:
    """The machine edits real fields; if the rulebook renames one, this test says so before the run."""
    assert {"stance", "priority", "key_messages", "red_line", "tags"} <= set(POSITION_FIELDS)
    assert {"status", "reason", "progress"} <= set(STATUS_FIELDS)
