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
    with pytest.raises(DocumentError, match=r"Commitment D-3: “text” is missing .* Nothing was imported"):
        import_export(other, json.loads(json.dumps(data)))
    assert list_summits(other) == []


def _annotated_export(store) -> dict:
    """The seeded store's export, with one position (tags included), one status and their revisions."""
    cid = annotate.commitment_id_for(store, "B-1")
    annotate.set_position(store, cid, "CA", {"stance": "support", "tags": ["energy"], "red_line": "No"}, ME)
    annotate.set_status(store, cid, {"status": "ongoing", "reason": "Started", "progress": 10}, ME)
    return json.loads(json.dumps(export_document(store)))


def _b1(data: dict) -> dict:
    return data["summits"][0]["pillars"][1]["commitments"][0]


def _store_state(store) -> tuple:
    return export_document(store)["summits"], annotate.all_tags(store), store.integrity_errors()


def _refused(store, data: dict, *words: str) -> str:
    """Importing ``data`` is refused with one line holding ``words``, and the store is as it was."""
    before = _store_state(store)
    with pytest.raises(DocumentError) as raised:
        import_export(store, data)
    message = str(raised.value)
    assert "\n" not in message and "constraint" not in message, message
    assert message.endswith("Nothing was imported."), message
    for word in words:
        assert word in message, message
    assert _store_state(store) == before
    return message


@pytest.fixture
def export(seeded_store) -> dict:
    return _annotated_export(seeded_store)


@pytest.fixture
def other(tmp_path: Path):
    store = open_store(tmp_path / "laptop2.sqlite")
    yield store
    store.close()


def test_an_unknown_marking_is_refused_never_printed_lower(export, other) -> None:
    [position] = _b1(export)["positions"]
    position["marking"] = "TOP SECRET"
    _refused(other, export, "B-1", "Canada", "“TOP SECRET” is not a marking")
    assert list_summits(other) == []


def test_an_unknown_marking_in_a_revision_is_refused(export, other) -> None:
    [revision] = [r for r in export["summits"][0]["revisions"] if r["entity"] == "position"]
    revision["snapshot"]["marking"] = "TOP SECRET"
    _refused(other, export, "B-1", "revision", "TOP SECRET")


def test_an_unknown_stance_is_refused(export, other) -> None:
    _b1(export)["positions"][0]["stance"] = "bogus"
    _refused(other, export, "B-1", "“bogus” is not a valid stance")


def test_a_bad_status_is_refused(export, other) -> None:
    _b1(export)["status"]["status"] = "finished"
    _refused(other, export, "B-1", "status", "“finished”")
    _b1(export)["status"].update(status="ongoing", progress=140)
    _refused(other, export, "B-1", "0 to 100")


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("objective", "x" * 200_000, ("Objective / desired outcome", "200,000 characters", "100,000")),
        ("red_line", "No\x00offsets", ("Red line", "control character (U+0000)")),
        ("tags", [f"tag {i}" for i in range(302)], ("Tags", "302 tags; the limit is 50")),
        ("background", None, ("Background", "must be text")),
    ],
)
def test_values_over_the_limits_are_refused(export, other, field, value, words) -> None:
    _b1(export)["positions"][0][field] = value
    _refused(other, export, "B-1", *words)


def test_tags_that_differ_in_case_import_as_one(export, other) -> None:
    _b1(export)["positions"][0]["tags"] = ["Energy", "energy", "ENERGY "]
    import_export(other, export)
    [position] = get_commitment(other, _b1(export)["id"]).positions
    assert position.tags == ("Energy",) and annotate.all_tags(other) == ["Energy"]


def test_ids_that_clash_within_the_file_are_refused(export, other) -> None:
    pillar = export["summits"][0]["pillars"][1]
    pillar["commitments"][1]["id"] = pillar["commitments"][0]["id"]
    _refused(other, export, "B-2", "id", "B-1")


def test_ids_that_clash_with_the_store_are_refused(export, seeded_store) -> None:
    export["summits"][0]["id"] = "another-summit"
    for source in export["summits"][0]["sources"]:
        source["checksum"] = "0" * 64
    _refused(seeded_store, export, "pillar A", "already used in this store")


def test_a_missing_title_is_a_message_about_the_input(export, other) -> None:
    export["summits"][0]["title"] = None
    _refused(other, export, "title")
    export["summits"][0]["title"] = "NALS"
    export["summits"][0]["pillars"][2]["title"] = None
    _refused(other, export, "Pillar C", "“title”")
    export["summits"][0]["pillars"][2]["title"] = "C"
    _b1(export)["text"] = None
    _refused(other, export, "B-1", "text")


def test_a_revision_of_another_summits_commitment_is_refused(export, other) -> None:
    export["summits"][0]["revisions"][0]["commitment"] = "not-here"
    _refused(other, export, "revision", "not-here")


def test_a_dry_run_refuses_what_the_import_would(export, tmp_path: Path) -> None:
    _b1(export)["positions"][0]["marking"] = "TOP SECRET"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(export), encoding="utf-8")
    with pytest.raises(DocumentError, match="TOP SECRET"):
        read_export(path)
