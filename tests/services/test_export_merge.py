"""`nals import` of another laptop's export-json merges its revisions into a summit the store already has."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nals_desktop import cli
from nals_desktop.services import annotate, revisions
from nals_desktop.services.browse import get_commitment
from nals_desktop.services.identity import Author
from nals_desktop.services.maintenance import export_json
from nals_desktop.services.startup import open_user_store

ANA = Author("Ana", "CA", "laptop-a")
BEN = Author("Ben", "CA", "laptop-b")


def _laptop(folder: Path):
    return open_user_store(folder / "nals.sqlite")


def _ca(store, ref: str):
    cid = annotate.commitment_id_for(store, ref)
    return next(p for p in get_commitment(store, cid).positions if p.party_code == "CA")


def test_an_export_from_another_laptop_is_merged_not_dropped(
    tmp_path: Path, seeded_store, capsys: pytest.CaptureFixture[str]
) -> None:
    other = _laptop(tmp_path / "a")  # every laptop is seeded with NALS 2023, with the same ids
    try:
        cid = annotate.commitment_id_for(other, "B-1")
        annotate.set_position(other, cid, "CA", {"stance": "oppose", "key_messages": "Ana's line"}, ANA)
        annotate.set_position(
            other, annotate.commitment_id_for(other, "B-2"), "CA", {"stance": "support"}, ANA
        )
        export_json(other, tmp_path / "ana.json")
    finally:
        other.close()
    annotate.set_position(seeded_store, cid, "CA", {"objective": "Ben's objective"}, BEN)
    before = len(get_commitment(seeded_store, cid).history)

    assert cli.main(["import", str(tmp_path / "ana.json"), "--dry-run"]) == 0
    assert "2 revisions merged in, 0 in conflict. (dry run: nothing written)" in capsys.readouterr().out
    assert len(get_commitment(seeded_store, cid).history) == before

    assert cli.main(["import", str(tmp_path / "ana.json")]) == 0
    assert "2 revisions merged in, 0 in conflict." in capsys.readouterr().out
    b1 = _ca(seeded_store, "B-1")
    assert (b1.stance, b1.key_messages, b1.objective) == ("oppose", "Ana's line", "Ben's objective")
    assert _ca(seeded_store, "B-2").stance == "support"
    assert revisions.open_conflicts(seeded_store) == []

    assert cli.main(["import", str(tmp_path / "ana.json")]) == 0  # the same file again changes nothing
    assert "with all these revisions; nothing imported" in capsys.readouterr().out


def test_the_same_field_edited_on_both_laptops_is_kept_as_a_conflict(tmp_path: Path, seeded_store) -> None:
    other = _laptop(tmp_path / "a")
    try:
        cid = annotate.commitment_id_for(other, "B-1")
        annotate.set_position(other, cid, "CA", {"red_line": "No offsets"}, ANA)
        export_json(other, tmp_path / "ana.json")
    finally:
        other.close()
    annotate.set_position(seeded_store, cid, "CA", {"red_line": "Offsets capped at 10%"}, BEN)
    assert cli.main(["import", str(tmp_path / "ana.json"), "--json"]) == 0
    [conflict] = revisions.open_conflicts(seeded_store)
    assert conflict.field == "red_line"
    assert {conflict.ours, conflict.theirs} == {"No offsets", "Offsets capped at 10%"}
    document = json.loads((tmp_path / "ana.json").read_text(encoding="utf-8"))
    assert all("conflicts" in r for s in document["summits"] for r in s["revisions"])
