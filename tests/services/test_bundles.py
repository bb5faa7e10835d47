""".nalsx bundles between laptops: round trips, bad bundles refused whole, and three laptops converging."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from sqlalchemy import select

from nals_desktop.domain.errors import NalsError, NotFoundError
from nals_desktop.services import annotate, bundles, revisions
from nals_desktop.services.browse import list_summits, show_commitment
from nals_desktop.services.identity import Author
from nals_desktop.services.importing import preview_file, store_summit
from nals_desktop.services.startup import open_user_store
from nals_desktop.store.engine import Store, open_store
from nals_desktop.store.models import Party, Position, StatusRecord

from ..conftest import CORPUS
from .test_revisions import ANNA, BEN, cid, laptops, records

__all__ = ["laptops"]  # the fixture, shared with the revision tests


def test_a_bundle_carries_positions_and_statuses_and_a_second_import_changes_nothing(
    laptops: tuple[Store, Store], tmp_path: Path
) -> None:
    a, b = laptops
    annotate.set_position(a, cid(a, "A-1"), "CA", {"stance": "support", "tags": ["Energy"]}, ANNA)
    annotate.set_status(a, cid(a, "A-1"), {"status": "ongoing", "reason": "Funded"}, ANNA)
    out = tmp_path / "anna.nalsx"
    summary = bundles.export_bundle(a, out, ANNA)
    assert (summary.revisions, summary.size) == (2, out.stat().st_size)
    with zipfile.ZipFile(out) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    assert manifest["format"] == "nals-desktop-bundle" and manifest["sender"]["device_id"] == ANNA.device_id
    assert set(manifest["parts"]) == {"summits.json", "revisions.json"}

    result = bundles.import_bundle(b, out)
    assert sorted(o.kind for o in result.report.outcomes) == ["new", "new"] and result.summits_added == ()
    detail = show_commitment(b, "A-1", None)
    assert [(p.party_code, p.stance, list(p.tags)) for p in detail.positions] == [
        ("CA", "support", ["Energy"])
    ]
    assert detail.status is not None and detail.status.status == "ongoing"
    before = records(b)
    again = bundles.import_bundle(b, out)
    assert (again.report.added, again.report.outcomes) == (0, ())
    assert records(b) == before


def test_a_bundle_from_a_summit_the_receiver_never_imported(
    laptops: tuple[Store, Store], tmp_path: Path
) -> None:
    a, b = laptops
    source, parsed = preview_file(CORPUS / "wh_quad_summit_2021_fact_sheet.md")
    quad = store_summit(a, source, parsed)
    party = parsed.parties[0]
    annotate.set_position(a, cid(a, "A-1", quad.summit_id), party, {"objective": "Vaccines first"}, ANNA)
    out = tmp_path / "quad.nalsx"
    bundles.export_bundle(a, out, ANNA, summit_id=quad.summit_id)

    titles_before = [s.title for s in list_summits(b)]
    dry = bundles.import_bundle(b, out, dry_run=True)
    assert dry.dry_run and dry.summits_added == (quad.title,)
    assert [(o.reference, o.party_code, o.kind) for o in dry.report.outcomes] == [("A-1", party, "new")]
    assert [s.title for s in list_summits(b)] == titles_before  # the dry run wrote nothing

    result = bundles.import_bundle(b, out)
    assert result.summits_added == (quad.title,)
    detail = show_commitment(b, "A-1", quad.summit_id)
    assert [p.objective for p in detail.positions] == ["Vaccines first"]
    assert len(list_summits(b)) == len(titles_before) + 1


def _store_bytes(store: Store) -> bytes:
    assert store.path is not None
    store.close()  # the last connection's close checkpoints the WAL into the file
    return store.path.read_bytes()


def _rewrite(src: Path, dest: Path, change: dict[str, Any]) -> None:
    """A copy of the bundle ``src`` with some parts replaced (their checksums left as they were)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename in change:
                data = json.dumps(change[info.filename](json.loads(data))).encode()
            zout.writestr(info.filename, data)


def _resum(dest: Path) -> None:
    """Recompute the manifest's checksums, as a careful forger would."""
    import hashlib

    with zipfile.ZipFile(dest) as zf:
        parts = {i.filename: zf.read(i) for i in zf.infolist()}
    manifest = json.loads(parts["manifest.json"])
    for name in manifest["parts"]:
        manifest["parts"][name]["sha256"] = hashlib.sha256(parts[name]).hexdigest()
    parts["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(dest, "w") as zf:
        for name, data in parts.items():
            zf.writestr(name, data)


def _stance(value: str) -> Any:
    def change(doc: dict[str, Any]) -> dict[str, Any]:
        doc["revisions"][0]["snapshot"]["stance"] = value
        return doc

    return change


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        ("truncated", "not a whole NALS bundle"),
        ("tampered", "does not match its checksum"),
        ("newer", "newer version of NALS Desktop"),
        ("invalid revision", "is not a valid stance"),
        ("not a zip", "not a whole NALS bundle"),
    ],
)
def test_a_bad_bundle_is_refused_whole_and_changes_nothing(tmp_path: Path, damage: str, message: str) -> None:
    a = open_user_store(tmp_path / "anna" / "nals.sqlite")
    source, parsed = preview_file(CORPUS / "wh_quad_summit_2021_fact_sheet.md")
    quad = store_summit(a, source, parsed)
    annotate.set_position(a, cid(a, "A-1", quad.summit_id), parsed.parties[0], {"stance": "support"}, ANNA)
    good = tmp_path / "good.nalsx"
    bundles.export_bundle(a, good, ANNA)
    a.close()
    bad = tmp_path / "bad.nalsx"
    if damage == "truncated":
        bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    elif damage == "tampered":
        _rewrite(good, bad, {"revisions.json": _stance("oppose")})
    elif damage == "newer":
        _rewrite(good, bad, {"manifest.json": lambda m: {**m, "version": m["version"] + 1}})
    elif damage == "invalid revision":  # checksums made to match: the rules still refuse it
        _rewrite(good, bad, {"revisions.json": _stance("furious")})
        _resum(bad)
    else:
        bad.write_text("hello")
    b = open_user_store(tmp_path / "ben" / "nals.sqlite")
    before = _store_bytes(b)
    b = open_store(tmp_path / "ben" / "nals.sqlite")
    with pytest.raises(NalsError, match=message):
        bundles.import_bundle(b, bad)
    assert _store_bytes(b) == before  # the summit the bundle brings was not imported either


def test_for_a_peer_only_what_it_has_not_received_is_sent(
    laptops: tuple[Store, Store], tmp_path: Path
) -> None:
    a, b = laptops
    annotate.set_position(b, cid(b, "A-1"), "MX", {"stance": "oppose"}, BEN)
    bundles.export_bundle(b, tmp_path / "b.nalsx", BEN)
    bundles.import_bundle(a, tmp_path / "b.nalsx")  # now Anna's laptop knows Ben's
    with pytest.raises(NotFoundError, match="not one peer"):
        bundles.export_bundle(a, tmp_path / "x.nalsx", ANNA, peer="Carla")
    annotate.set_position(a, cid(a, "A-2"), "CA", {"stance": "support"}, ANNA)
    first = bundles.export_bundle(a, tmp_path / "a1.nalsx", ANNA, peer="Ben")
    assert first.revisions == 1  # Ben's own revision is not sent back
    assert bundles.export_bundle(a, tmp_path / "a2.nalsx", ANNA, peer=BEN.device_id).revisions == 0
    assert bundles.export_bundle(a, tmp_path / "a3.nalsx", ANNA).revisions == 2
    bundles.import_bundle(a, tmp_path / "a3.nalsx", device_id=ANNA.device_id)  # our own: no new peer
    assert [(name, n) for _id, name, n in bundles.peers(a)] == [("Ben", 2)]


# --- three laptops, edits and bundles in any order ------------------------------------------------------

REFS = ("A-1", "B-2", "C-1")
LINES = ("Energy first.", "Then trade.", "Then water.", "Then health.")
TAGS = ("Energy", "Trade", "Water")
STATUSES = ("not-started", "ongoing", "underway-on-track")
_TEMPLATE: dict[str, Any] = {}


def _template() -> Path:
    """One seeded store, copied for every laptop of every example (seeding takes longer than a test step)."""
    if "path" not in _TEMPLATE:
        folder = Path(tempfile.mkdtemp(prefix="nals-template-"))
        store = open_user_store(folder / "nals.sqlite")
        store.close()
        _TEMPLATE["path"] = folder / "nals.sqlite"
        _TEMPLATE["key"] = store.key  # every copy is encrypted with the template's key
    return _TEMPLATE["path"]


def state(store: Store) -> tuple[Any, ...]:
    with store.unit_of_work() as session:
        positions = sorted(
            (p.commitment_id, code, p.stance, p.key_messages, [t.name for t in p.tags], p.head_revision_id)
            for p, code in session.execute(
                # a save that changes nothing leaves an empty position without revisions (annotate.py)
                select(Position, Party.code)
                .join(Party, Party.id == Position.party_id)
                .where(Position.head_revision_id.is_not(None))
            )
        )
        statuses = sorted(
            (s.commitment_id, s.status, s.progress, s.reason, s.head_revision_id)
            for s in session.scalars(select(StatusRecord))
        )
    return positions, statuses


class ThreeLaptops(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="nals-laptops-"))
        self.authors = [
            Author(name, "CA", f"00000000-0000-4000-8000-00000000000{i}") for i, name in enumerate("ABC")
        ]
        self.stores = []
        for i in range(3):
            path = self.folder / str(i) / "nals.sqlite"
            path.parent.mkdir()
            shutil.copyfile(_template(), path)
            self.stores.append(open_store(path, key=_TEMPLATE["key"]))
        self.ids = {ref: cid(self.stores[0], ref) for ref in REFS}
        self.saved: list[tuple[str, Any]] = []  # every revision saved anywhere, with a value it saved
        self.last_bundle: tuple[int, Path] | None = None
        self.n = 0

    def teardown(self) -> None:
        try:
            self._exchange_until_still()
            first = (records(self.stores[0]), state(self.stores[0]), revisions.open_conflicts(self.stores[0]))
            for store in self.stores[1:]:
                assert (records(store), state(store), revisions.open_conflicts(store)) == first
            history = {r.id: r for r in first[0]}
            for rid, value in self.saved:  # no loss: every save is in the history, with its value
                assert rid in history and value in history[rid].snapshot.values()
            assert all(len(o) == 1 for o in self._heads(first[0]).values())
        finally:
            for store in self.stores:
                store.close()
            shutil.rmtree(self.folder, ignore_errors=True)

    @staticmethod
    def _heads(recs: list[revisions.RevisionRecord]) -> dict[Any, list[str]]:
        parents = {p for r in recs for p in r.parents}
        heads: dict[Any, list[str]] = {}
        for r in recs:
            if r.id not in parents:
                heads.setdefault(r.entity, []).append(r.id)
        return heads

    def _send(self, src: int, dst: int, peer: bool = False) -> int:
        self.n += 1
        out = self.folder / f"{self.n}.nalsx"
        target = self.authors[dst].device_id if peer else None
        try:
            bundles.export_bundle(self.stores[src], out, self.authors[src], peer=target)
        except NalsError:  # that peer has not been heard from yet
            bundles.export_bundle(self.stores[src], out, self.authors[src])
        self.last_bundle = (dst, out)
        return bundles.import_bundle(self.stores[dst], out).report.added

    def _exchange_until_still(self) -> None:
        """Bundles passed round the ring 0 → 1 → 2 → 0 until a whole turn brings nothing new."""
        for _turn in range(6):
            added = sum(self._send(s, (s + 1) % 3) for s in range(3))
            if not added:
                return
        raise AssertionError("the laptops never stopped sending each other new revisions")

    @rule(
        who=st.integers(0, 2),
        ref=st.sampled_from(REFS),
        party=st.sampled_from(("CA", "MX")),
        stance=st.sampled_from((None, "support", "oppose", "neutral")),
        lines=st.lists(st.booleans(), min_size=len(LINES), max_size=len(LINES)),
        tags=st.sets(st.sampled_from(TAGS)),
        what=st.sampled_from(("stance", "key_messages", "tags", "all")),
    )
    def edit_position(
        self, who: int, ref: str, party: str, stance: Any, lines: list[bool], tags: set[str], what: str
    ) -> None:
        text = "\n".join(line for line, keep in zip(LINES, lines, strict=True) if keep)
        changes = {"stance": stance, "key_messages": text, "tags": sorted(tags)}
        if what != "all":
            changes = {what: changes[what]}
        result = annotate.set_position(self.stores[who], self.ids[ref], party, changes, self.authors[who])
        for rid in result.revisions:
            self.saved.append((rid, next(iter(changes.values()))))

    @rule(
        who=st.integers(0, 2),
        ref=st.sampled_from(REFS),
        status=st.sampled_from(STATUSES),
        p=st.integers(0, 3),
    )
    def edit_status(self, who: int, ref: str, status: str, p: int) -> None:
        changes = {"status": status, "reason": f"{status} says {self.authors[who].name}", "progress": p * 25}
        result = annotate.set_status(self.stores[who], self.ids[ref], changes, self.authors[who])
        for rid in result.revisions:
            self.saved.append((rid, status))

    @rule(src=st.integers(0, 2), dst=st.integers(0, 2), peer=st.booleans())
    def exchange(self, src: int, dst: int, peer: bool) -> None:
        if src != dst:
            self._send(src, dst, peer)

    @precondition(lambda self: self.last_bundle is not None)
    @rule()
    def import_again(self) -> None:
        assert self.last_bundle is not None
        dst, path = self.last_bundle
        before = (records(self.stores[dst]), state(self.stores[dst]))
        assert bundles.import_bundle(self.stores[dst], path).report.added == 0
        assert (records(self.stores[dst]), state(self.stores[dst])) == before

    @invariant()
    def one_head_each(self) -> None:
        for store in self.stores:
            assert all(len(h) == 1 for h in self._heads(records(store)).values())


ThreeLaptops.TestCase.settings = settings(
    # A few seconds per example on a loaded 2-core machine; raise it for a longer hunt.
    max_examples=int(os.environ.get("NALS_STATEFUL_EXAMPLES", "15")),
    stateful_step_count=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
test_three_laptops_converge = ThreeLaptops.TestCase


def test_the_command_line_sends_receives_lists_and_settles_conflicts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from nals_desktop import cli

    def nals(home: str, *argv: str) -> tuple[int, str, str]:
        monkeypatch.setenv("NALS_HOME", str(tmp_path / home))
        code = cli.main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    nals("anna", "position", "set", "C-2", "--party", "CA", "--stance", "neutral")
    assert nals("anna", "exchange", "export", str(tmp_path / "a.nalsx"))[0] == 0
    nals("ben", "exchange", "import", str(tmp_path / "a.nalsx"))
    nals("anna", "position", "set", "C-2", "--party", "CA", "--stance", "support")
    nals("ben", "position", "set", "C-2", "--party", "CA", "--stance", "oppose")
    nals("anna", "exchange", "export", str(tmp_path / "a.nalsx"), "--force")
    code, out, _ = nals("ben", "exchange", "import", str(tmp_path / "a.nalsx"), "--dry-run", "--json")
    report = json.loads(out)
    assert code == 0 and report["dry_run"] and report["added"] == 1
    assert report["conflicts"] == [
        {"reference": "C-2", "entity": "position", "party": "CA", "conflicts": ["stance"]}
    ]
    assert json.loads(nals("ben", "conflicts", "--json")[1]) == []  # the dry run wrote nothing
    nals("ben", "exchange", "import", str(tmp_path / "a.nalsx"))
    (conflict,) = json.loads(nals("ben", "conflicts", "--json")[1])
    assert (conflict["field"], conflict["base"]) == ("stance", "neutral")
    # each side's revision and time, for the editor's columns (and scripts)
    assert conflict["ours_revision"] and conflict["theirs_revision"]
    assert datetime.fromisoformat(conflict["ours_at"]) >= datetime.fromisoformat(conflict["theirs_at"])
    shown = json.loads(nals("ben", "show", "C-2", "--json")[1])["conflicts"]
    assert [(c["party_code"], c["field"], {c["ours"], c["theirs"]}) for c in shown] == [
        ("CA", "stance", {"support", "oppose"})
    ]
    assert nals("ben", "resolve", "C-2", "--party", "CA", "--field", "stance", "--value", "undecided")[0] == 0
    assert nals("ben", "conflicts")[1].strip() == "No conflicts."

    (tmp_path / "cut.nalsx").write_bytes((tmp_path / "a.nalsx").read_bytes()[:100])
    code, out, err = nals("ben", "exchange", "import", str(tmp_path / "cut.nalsx"))
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1 and "not a whole" in err
