"""A `nals export-json` file imports into another store whole: structure, positions, status, history."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nals_desktop.domain.errors import DocumentError
from nals_desktop.services import annotate
from nals_desktop.services.browse import get_commitment, list_summits
from nals_desktop.services.exchange import import_export, read_export
from nals_desktop.services.identity import Author
from nals_desktop.services.maintenance import export_document, export_json
from nals_desktop.store.engine import open_store

ME = Author("Ana", "MX", "laptop-1")


def test_round_trip_into_another_store(seeded_store, tmp_path: Path) -> None:
    cid = annotate.commitment_id_for(seeded_store, "B-1")
    annotate.set_position(
        seeded_store, cid, "MX", {"stance": "support", "tags": ["methane"], "objective": "Sí"}, ME
    )
    annotate.set_status(seeded_store, cid, {"status": "ongoing", "reason": "Started", "progress": 10}, ME)
    out = tmp_path / "export.json"
    export_json(seeded_store, out)
    other = open_store(tmp_path / "laptop2.sqlite")
    [summary] = import_export(other, read_export(out))
    assert (summary.created, summary.pillars, summary.commitments) == (True, 6, 31)
    assert export_document(other) == {
        **export_document(seeded_store),
        "app_version": export_document(other)["app_version"],
    }
    detail = get_commitment(other, cid)
    assert detail.positions[0].objective == "Sí" and detail.status.status == "ongoing"
    assert len(detail.history) == 2
    # Importing it again adds nothing.
    assert [s.created for s in import_export(other, read_export(out))] == [False]
    assert len(list_summits(other)) == 1
    assert other.integrity_errors() == []


@pytest.mark.parametrize(
    "content", ['{"format": "something-else"}', "[1, 2", '{"format": "nals-desktop-export", "version": 99}']
)
def test_what_is_not_an_export_is_refused(tmp_path: Path, content: str) -> None:
    path = tmp_path / "x.json"
    path.write_text(content)
    with pytest.raises(DocumentError):
        read_export(path)


def test_a_damaged_export_imports_nothing(seeded_store, tmp_path: Path) -> None:
    data = export_document(seeded_store)
    data["summits"][0]["id"] = "another-id"
    del data["summits"][0]["pillars"][3]["commitments"][2]["text"]
    other = open_store(tmp_path / "o.sqlite")
    with pytest.raises(DocumentError, match="nothing was imported"):
        import_export(other, json.loads(json.dumps(data)))
    assert list_summits(other) == []
