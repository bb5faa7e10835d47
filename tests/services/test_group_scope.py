"""A group chosen as the scope (one sub-heading of a pillar): the briefing book, the comparison of positions,
a bundle and the command line take only its commitments; a pillar's scope is as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from nals_desktop.briefing import BookRequest
from nals_desktop.briefing.content import DEFAULT_SECTIONS
from nals_desktop.cli import main
from nals_desktop.domain.errors import ExportError, NotFoundError
from nals_desktop.services import annotate, bundles, workspace
from nals_desktop.services.books import BookScope, book_content, export_book, resolve_scope
from nals_desktop.services.browse import get_commitment, list_commitments
from nals_desktop.services.compare import compare_positions
from nals_desktop.services.identity import Author
from nals_desktop.services.importing import ImportOptions, import_file
from nals_desktop.services.startup import open_user_store
from nals_desktop.store.engine import Store, open_store

from .test_groups import DOCUMENT, GROUPS

ANA = Author("Ana", "CA", "laptop-1")
METHANE = ["B-1", "B-2", "B-3"]
# A group whose first commitment has child items: they go with it.
NESTED = """# Port Plan

**TRADE**

**Ports**

-   Modernise the ports.
    -   Dredge the harbour.
    -   Extend the quays.
-   Share cargo data.

**Rail**

-   Link the rail networks.

**CUSTOMS**

**Forms**

-   Use one customs form.
"""


def _imported(store: Store) -> str:
    return import_file(store, DOCUMENT, ImportOptions(parties=["CA", "US"])).summit_id


def _climate(store: Store, summit_id: str) -> str:
    [node] = [n for n in workspace.navigator_tree(store) if n.summit.id == summit_id]
    return node.pillars[1].id


def _annotate_every_commitment(store: Store, summit_id: str) -> None:
    for reference, _group in GROUPS:
        cid = annotate.commitment_id_for(store, reference, summit_id)
        annotate.set_position(store, cid, "CA", {"stance": "support", "objective": f"Aim {reference}"}, ANA)
        annotate.set_position(store, cid, "US", {"stance": "oppose"}, ANA)


def _pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def _references(text: str) -> set[str]:
    return {reference for reference, _group in GROUPS if reference in text}


def test_a_book_of_a_group_prints_only_its_commitments_and_says_which_group(
    empty_store: Store, tmp_path: Path
) -> None:
    summit_id = _imported(empty_store)
    _annotate_every_commitment(empty_store, summit_id)
    climate = _climate(empty_store, summit_id)
    scope = BookScope(summit_id, pillar_ids=(climate,), group="Methane")
    content = book_content(empty_store, scope)
    assert [c.reference for p in content.pillars for c in p.commitments] == METHANE
    assert content.group == "Methane"
    out = tmp_path / "methane.pdf"
    request = BookRequest(title="Methane brief", own_party="CA", sections=DEFAULT_SECTIONS | {"compared"})
    export_book(empty_store, scope, request, out)
    pages = _pages(out)
    text = "\n".join(pages)
    assert _references(text) == set(METHANE)  # B-4 (Clean Power) and tab A are nowhere, not even the annex
    assert "Clean Power" not in text and "Supply Chains" not in text
    cover = pages[0]
    assert "Only the group" in cover and "B · Climate and Energy \u203a Methane" in " ".join(cover.split())
    contents = next(p for p in pages if p.startswith("Contents"))
    assert "This book holds only the group “Methane” of tab B" in " ".join(contents.split())
    divider = next(p for p in pages if "IN THIS TAB" in p.upper())
    assert "3 COMMITMENTS IN THIS TAB" in divider.upper() and "holds only the group “Methane”" in " ".join(
        divider.split()
    )
    # The group's sub-heading stands above its commitments, once.
    tabs = "\n".join(pages[pages.index(divider) + 1 :])
    assert tabs.count("Methane") >= 1 and tabs.index("Methane") < tabs.index("B-1")


def test_a_book_of_a_pillar_is_as_it_was(empty_store: Store, tmp_path: Path) -> None:
    summit_id = _imported(empty_store)
    climate = _climate(empty_store, summit_id)
    content = book_content(empty_store, BookScope(summit_id, pillar_ids=(climate,)))
    assert [c.reference for p in content.pillars for c in p.commitments] == [*METHANE, "B-4"]
    assert content.group is None
    out = tmp_path / "climate.pdf"
    export_book(empty_store, BookScope(summit_id, pillar_ids=(climate,)), BookRequest(title="Climate"), out)
    text = "\n".join(_pages(out))
    assert _references(text) == {*METHANE, "B-4"}
    assert "Only the group" not in text and "This book holds only" not in text


def test_the_command_line_prints_lists_and_names_a_group(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["import", str(DOCUMENT), "--party", "CA", "--party", "US"]) == 0
    capsys.readouterr()
    out = tmp_path / "power.pdf"
    # Part of the title is enough; without --pillar the group is found in the whole summit.
    assert main(["export-book", str(out), "--summit", "Joint", "--group", "power", "--quiet"]) == 0
    assert _references("\n".join(_pages(out))) == {"B-4"}
    assert (
        main(
            [
                "export-book",
                str(out),
                "--summit",
                "Joint",
                "--pillar",
                "B",
                "--group",
                "methane",
                "--force",
                "--quiet",
            ]
        )
        == 0
    )
    assert _references("\n".join(_pages(out))) == set(METHANE)
    capsys.readouterr()
    assert main(["list", "--summit", "Joint", "--pillar", "B", "--group", "Methane", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(c["reference"], c["group"]) for c in listed["commitments"]] == [(r, "Methane") for r in METHANE]
    # A group that is not in the pillar named, or names none, is one clear line.
    assert main(["list", "--summit", "Joint", "--pillar", "A", "--group", "Methane"]) == 1
    assert "No single group matches “Methane”" in capsys.readouterr().err
    assert (
        main(
            [
                "export-book",
                str(out),
                "--summit",
                "Joint",
                "--pillar",
                "A",
                "--pillar",
                "B",
                "--group",
                "Methane",
                "--force",
            ]
        )
        == 1
    )
    assert "A group is of one pillar" in capsys.readouterr().err
    # nals exchange export --group: the revisions of the group, with the summit's text.
    assert main(["position", "set", "B-2", "--summit", "Joint", "--party", "CA", "--stance", "support"]) == 0
    assert main(["position", "set", "B-4", "--summit", "Joint", "--party", "CA", "--stance", "oppose"]) == 0
    bundle = tmp_path / "methane.nalsx"
    assert main(["exchange", "export", str(bundle), "--summit", "Joint", "--group", "methane"]) == 0
    assert "1 revision" in capsys.readouterr().out
    sent = bundles.read_bundle(bundle)
    [record] = sent.records
    store = open_user_store()
    assert record.commitment_id == annotate.commitment_id_for(store, "B-2", "Joint")
    store.close()
    assert [s["title"] for s in sent.summits["summits"]] == ["Joint Action Plan"]


def test_resolving_a_group_by_its_title(empty_store: Store) -> None:
    summit_id = _imported(empty_store)
    climate = _climate(empty_store, summit_id)
    scope = resolve_scope(empty_store, summit_id, ["B"], group="METHANE")
    assert (scope.pillar_ids, scope.group) == ((climate,), "Methane")
    assert resolve_scope(empty_store, summit_id, group="clean").group == "Clean Power"
    with pytest.raises(NotFoundError, match="No single group matches “n”"):
        resolve_scope(empty_store, summit_id, group="n")  # in Investment Screening, Clean Power, …
    with pytest.raises(ExportError, match="A group is of one pillar"):
        resolve_scope(empty_store, summit_id, ["A", "B"], group="Methane")
    _summit, rows = list_commitments(empty_store, summit_id, group="screening")
    assert [r.reference for r in rows] == ["A-3"]


def test_compare_takes_only_the_groups_commitments(empty_store: Store) -> None:
    summit_id = _imported(empty_store)
    _annotate_every_commitment(empty_store, summit_id)
    climate = _climate(empty_store, summit_id)
    group = compare_positions(empty_store, summit_id, pillar_ids=[climate], group="Methane", own_party="CA")
    assert [c.reference for c in group.commitments] == METHANE and group.group == "Methane"
    assert group.differing == 3
    pillar = compare_positions(empty_store, summit_id, pillar_ids=[climate], own_party="CA")
    assert [c.reference for c in pillar.commitments] == [*METHANE, "B-4"] and pillar.group is None
    # A selection within the scope of a group keeps to the group.
    ids = [annotate.commitment_id_for(empty_store, r, summit_id) for r in ("B-1", "B-4")]
    chosen = compare_positions(
        empty_store, summit_id, pillar_ids=[climate], group="Methane", commitment_ids=ids
    )
    assert [c.reference for c in chosen.commitments] == ["B-1"]


def test_a_bundle_of_a_group_carries_its_revisions_and_the_whole_summit(
    empty_store: Store, tmp_path: Path
) -> None:
    summit_id = _imported(empty_store)
    _annotate_every_commitment(empty_store, summit_id)
    climate = _climate(empty_store, summit_id)
    out = tmp_path / "methane.nalsx"
    summary = bundles.export_bundle(empty_store, out, ANA, summit_id, pillar_id=climate, group="Methane")
    assert (summary.summits, summary.revisions, summary.group) == (
        1,
        6,
        "Methane",
    )  # 3 commitments, 2 parties
    # A colleague who never had the summit gets all of it, and the annotations of the group only.
    other = open_store(tmp_path / "ben.sqlite")
    result = bundles.import_bundle(other, out)
    assert result.summits_added == ("Joint Action Plan",)
    _summit, rows = list_commitments(other, summit_id)
    assert [(r.reference, r.group) for r in rows] == GROUPS
    annotated = {
        r.reference
        for r in rows
        if get_commitment(other, annotate.commitment_id_for(other, r.reference, summit_id)).positions
    }
    assert annotated == set(METHANE)
    # The whole summit's bundle brings the rest; what the group's brought is not counted twice.
    whole = bundles.export_bundle(empty_store, tmp_path / "all.nalsx", ANA, summit_id)
    assert whole.revisions == 14 and whole.group is None
    again = bundles.import_bundle(other, whole.path)
    assert again.summits_added == ()
    b4 = get_commitment(other, annotate.commitment_id_for(other, "B-4", summit_id))
    assert {p.party_code: p.stance for p in b4.positions} == {"CA": "support", "US": "oppose"}
    other.close()


def test_a_bundle_of_a_group_takes_the_child_items_of_its_commitments(
    empty_store: Store, tmp_path: Path
) -> None:
    document = tmp_path / "ports.md"
    document.write_text(NESTED, encoding="utf-8")
    summit_id = import_file(empty_store, document, ImportOptions(parties=["CA"])).summit_id
    _summit, rows = list_commitments(empty_store, summit_id)
    assert [(r.reference, r.group) for r in rows] == [
        ("A-1", "Ports"),
        ("A-2", "Ports"),
        ("A-3", "Rail"),
        ("B-1", "Forms"),
    ]
    parent = get_commitment(empty_store, annotate.commitment_id_for(empty_store, "A-1", summit_id))
    assert len(parent.children) == 2
    annotate.set_position(empty_store, parent.children[1].id, "CA", {"stance": "support"}, ANA)
    annotate.set_position(
        empty_store,
        annotate.commitment_id_for(empty_store, "A-3", summit_id),
        "CA",
        {"stance": "neutral"},
        ANA,
    )
    pillar_id = workspace.navigator_tree(empty_store)[0].pillars[0].id
    ports = bundles.export_bundle(
        empty_store, tmp_path / "ports.nalsx", ANA, summit_id, pillar_id=pillar_id, group="Ports"
    )
    rail = bundles.export_bundle(
        empty_store, tmp_path / "rail.nalsx", ANA, summit_id, pillar_id=pillar_id, group="Rail"
    )
    assert (ports.revisions, rail.revisions) == (1, 1)
    [record] = bundles.read_bundle(ports.path).records
    assert record.commitment_id == parent.children[1].id
