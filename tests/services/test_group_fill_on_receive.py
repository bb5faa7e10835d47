"""A bundle (or an export) for a summit the store has, imported there by a version before groups: the
commitments get their groups where the id, reference and text are the same; nothing else changes, a summit
with groups keeps its own, a bad group refuses the bundle whole and a dry run writes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from nals_desktop.cli import main
from nals_desktop.domain.errors import DocumentError
from nals_desktop.services import annotate, bundles
from nals_desktop.services.browse import get_commitment, list_commitments
from nals_desktop.services.exchange import import_export
from nals_desktop.services.identity import Author
from nals_desktop.services.importing import ImportOptions, import_file
from nals_desktop.services.maintenance import export_document
from nals_desktop.services.startup import open_user_store
from nals_desktop.store.engine import Store, open_store

from .test_groups import DOCUMENT, GROUPS

ANA = Author("Ana", "CA", "laptop-1")
BEN = Author("Ben", "US", "laptop-2")


def _groups(store: Store, summit_id: str) -> list[tuple[str, str | None]]:
    _summit, rows = list_commitments(store, summit_id)
    return [(r.reference, r.group) for r in rows]


def _forget_groups(store: Store, summit_id: str) -> None:
    """As a version before groups imported it."""
    with store.unit_of_work(write=True) as session:
        session.execute(
            text("UPDATE commitment SET group_title = NULL WHERE summit_id = :s"), {"s": summit_id}
        )


@pytest.fixture
def two_laptops(empty_store: Store, tmp_path: Path):
    """Ana's store has the summit with its groups; Ben received it from her before groups existed."""
    summit_id = import_file(empty_store, DOCUMENT, ImportOptions(parties=["CA", "US"])).summit_id
    first = tmp_path / "first.nalsx"
    bundles.export_bundle(empty_store, first, ANA)
    ben = open_store(tmp_path / "ben.sqlite")
    bundles.import_bundle(ben, first)
    _forget_groups(ben, summit_id)
    cid = annotate.commitment_id_for(ben, "B-2", summit_id)
    annotate.set_position(ben, cid, "US", {"stance": "oppose"}, BEN)  # Ben's own work, kept
    yield empty_store, ben, summit_id
    ben.close()


def test_a_bundle_gives_a_summit_the_store_has_its_missing_groups(two_laptops, tmp_path: Path) -> None:
    ana, ben, summit_id = two_laptops
    cid = annotate.commitment_id_for(ana, "B-1", summit_id)
    annotate.set_position(ana, cid, "CA", {"stance": "support"}, ANA)
    out = tmp_path / "ana.nalsx"
    bundles.export_bundle(ana, out, ANA)
    assert _groups(ben, summit_id) == [(ref, None) for ref, _g in GROUPS]
    dry = bundles.import_bundle(ben, out, dry_run=True)
    assert dry.groups_added == 7 and dry.dry_run
    assert _groups(ben, summit_id) == [(ref, None) for ref, _g in GROUPS]  # a dry run writes nothing
    result = bundles.import_bundle(ben, out)
    assert result.groups_added == 7 and result.summits_added == () and result.report.added == 1
    assert _groups(ben, summit_id) == GROUPS
    assert get_commitment(ben, cid).positions[0].stance == "support"
    b2 = get_commitment(ben, annotate.commitment_id_for(ben, "B-2", summit_id))
    assert [(p.party_code, p.stance) for p in b2.positions] == [("US", "oppose")]
    # Received again: nothing more to fill.
    assert bundles.import_bundle(ben, out).groups_added == 0


def test_only_commitments_with_the_same_reference_and_text_get_a_group(two_laptops, tmp_path: Path) -> None:
    ana, ben, summit_id = two_laptops
    with ben.unit_of_work(write=True) as session:  # Ben's copy says something else for A-3
        session.execute(
            text("UPDATE commitment SET text = 'Something else.' WHERE summit_id = :s AND reference = 'A-3'"),
            {"s": summit_id},
        )
    out = tmp_path / "ana.nalsx"
    bundles.export_bundle(ana, out, ANA)
    assert bundles.import_bundle(ben, out).groups_added == 6
    assert dict(_groups(ben, summit_id))["A-3"] is None


def test_a_summit_with_groups_keeps_its_own(two_laptops, tmp_path: Path) -> None:
    ana, ben, summit_id = two_laptops
    with ben.unit_of_work(write=True) as session:
        session.execute(
            text("UPDATE commitment SET group_title = 'Minerals' WHERE summit_id = :s AND reference = 'A-1'"),
            {"s": summit_id},
        )
    out = tmp_path / "ana.nalsx"
    bundles.export_bundle(ana, out, ANA)
    assert bundles.import_bundle(ben, out).groups_added == 0
    assert _groups(ben, summit_id)[:2] == [("A-1", "Minerals"), ("A-2", None)]


def test_an_export_json_fills_them_too(two_laptops) -> None:
    ana, ben, summit_id = two_laptops
    [summary] = import_export(ben, export_document(ana))
    assert not summary.created and summary.groups_added == 7
    assert _groups(ben, summit_id) == GROUPS


def test_a_bad_group_for_a_summit_the_store_has_refuses_the_bundle_whole(two_laptops, tmp_path: Path) -> None:
    ana, ben, summit_id = two_laptops
    cid = annotate.commitment_id_for(ana, "B-1", summit_id)
    annotate.set_position(ana, cid, "CA", {"stance": "support"}, ANA)
    data = bundles.structure_document(ana, summit_id)
    data["summits"][0]["pillars"][0]["commitments"][0]["group"] = "x" * 301
    bundle = bundles.Bundle("ana.nalsx", {}, data, bundles.read_bundle(_bundle(ana, tmp_path)).records)
    with pytest.raises(DocumentError, match="Group is 301 characters long"):
        bundles.receive(ben, bundle)
    assert _groups(ben, summit_id) == [(ref, None) for ref, _g in GROUPS]
    assert get_commitment(ben, cid).positions == ()  # nothing half-applied


def _bundle(store: Store, tmp_path: Path) -> Path:
    out = tmp_path / "whole.nalsx"
    bundles.export_bundle(store, out, ANA)
    return out


def test_nals_exchange_import_says_how_many_got_their_group(
    empty_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    summit_id = import_file(empty_store, DOCUMENT, ImportOptions(parties=["CA", "US"])).summit_id
    out = _bundle(empty_store, tmp_path)
    mine = open_user_store()
    bundles.import_bundle(mine, out)
    _forget_groups(mine, summit_id)
    mine.close()
    capsys.readouterr()
    assert main(["exchange", "import", str(out), "--dry-run", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["groups_added"] == 7
    assert main(["exchange", "import", str(out)]) == 0
    assert capsys.readouterr().out.startswith(
        "7 commitments of a summit this store has got their group (the sub-heading they stand under).\n"
    )
