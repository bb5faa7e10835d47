"""Groups (the sub-headings under a pillar's heading) through a real store: import, table, search,
export-json, bundles, and the rules an incoming export's groups go through."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from nals_desktop.briefing import BookRequest
from nals_desktop.cli import main
from nals_desktop.domain.errors import DocumentError, ValidationError
from nals_desktop.domain.rules import check_group
from nals_desktop.services import annotate, bundles, sync, workspace
from nals_desktop.services.books import BookScope, export_book
from nals_desktop.services.browse import get_commitment, list_commitments, list_summits, pillar_dtos
from nals_desktop.services.exchange import import_export, read_export
from nals_desktop.services.identity import Author
from nals_desktop.services.importing import ImportOptions, import_file
from nals_desktop.services.maintenance import export_document, export_json
from nals_desktop.services.startup import open_user_store
from nals_desktop.store.engine import Store, open_store

DOCUMENT = Path(__file__).resolve().parents[1] / "importers" / "documents" / "two_level_headings.md"
ANA = Author("Ana", "CA", "laptop-1")

GROUPS = [
    ("A-1", "Supply Chains"),
    ("A-2", "Supply Chains"),
    ("A-3", "Investment Screening"),
    ("B-1", "Methane"),
    ("B-2", "Methane"),
    ("B-3", "Methane"),
    ("B-4", "Clean Power"),
]


def _imported(store: Store) -> str:
    return import_file(store, DOCUMENT, ImportOptions(parties=["CA", "US"])).summit_id


def _groups(store: Store, summit_id: str) -> list[tuple[str, str | None]]:
    _summit, rows = list_commitments(store, summit_id)
    return [(r.reference, r.group) for r in rows]


def test_the_two_level_document_stores_each_commitments_group(empty_store: Store) -> None:
    summit_id = _imported(empty_store)
    assert _groups(empty_store, summit_id) == GROUPS
    with empty_store.unit_of_work() as session:
        pillars = pillar_dtos(session, summit_id)
    assert [(p.title, p.intro) for p in pillars] == [("ECONOMIC SECURITY", ""), ("CLIMATE AND ENERGY", "")]
    detail = get_commitment(empty_store, annotate.commitment_id_for(empty_store, "B-4", summit_id))
    assert (detail.pillar.title, detail.group) == ("CLIMATE AND ENERGY", "Clean Power")


def test_the_seed_has_no_groups_and_the_table_needs_no_group_column(seeded_store: Store) -> None:
    assert {group for _ref, group in _groups(seeded_store, None)} == {None}  # type: ignore[arg-type]
    assert not workspace.has_groups(seeded_store)
    summit_id = _imported(seeded_store)
    assert workspace.has_groups(seeded_store, summit_id) and workspace.has_groups(seeded_store)
    first_pillar = workspace.navigator_tree(seeded_store)[0].pillars[0]
    assert not workspace.has_groups(seeded_store, pillar_id=first_pillar.id)


def test_a_search_finds_commitments_by_their_group_and_shows_their_text(empty_store: Store) -> None:
    summit_id = _imported(empty_store)
    # "power" is only in the group "Clean Power", not in "Build a cross-border transmission line."
    ids = workspace.commitment_ids(empty_store, workspace.TableQuery(summit_id=summit_id, search="power"))
    rows = workspace.fetch_rows(empty_store, ids, "power")
    assert [(rows[i].row.reference, rows[i].row.text) for i in ids] == [
        ("B-4", "Build a cross-border transmission line.")
    ]
    assert rows[ids[0]].snippet == ""  # the table shows the whole text, not a snippet of the group's name
    # A match in the text still gives a snippet with the match marked.
    ids = workspace.commitment_ids(empty_store, workspace.TableQuery(summit_id=summit_id, search="flaring"))
    assert workspace.MARK_START in workspace.fetch_rows(empty_store, ids, "flaring")[ids[0]].snippet


def test_the_table_sorts_by_group_in_the_documents_order(empty_store: Store) -> None:
    summit_id = _imported(empty_store)
    query = workspace.TableQuery(summit_id=summit_id, sort="group", descending=True)
    ids = workspace.commitment_ids(empty_store, query)
    rows = workspace.fetch_rows(empty_store, ids)
    # Clean Power, Methane, Investment Screening, Supply Chains: the document's groups the other way round
    # (tests/services/test_group_navigation.py has groups whose names are out of alphabetical order).
    assert [rows[i].row.reference for i in ids] == ["B-4", "B-1", "B-2", "B-3", "A-3", "A-1", "A-2"]


def test_export_json_round_trips_the_groups(empty_store: Store, tmp_path: Path) -> None:
    summit_id = _imported(empty_store)
    out = tmp_path / "export.json"
    export_json(empty_store, out)
    data = json.loads(out.read_text("utf-8"))
    first = data["summits"][0]["pillars"][0]["commitments"][0]
    assert (first["reference"], first["group"]) == ("A-1", "Supply Chains")
    other = open_store(tmp_path / "laptop2.sqlite")
    import_export(other, read_export(out))
    assert _groups(other, summit_id) == GROUPS
    assert export_document(other)["summits"] == export_document(empty_store)["summits"]
    other.close()


def test_an_export_without_groups_imports_with_none(seeded_store: Store, tmp_path: Path) -> None:
    """Exports written before groups existed have no "group" key."""
    data = export_document(seeded_store)
    for pillar in data["summits"][0]["pillars"]:
        for commitment in pillar["commitments"]:
            del commitment["group"]
    other = open_store(tmp_path / "laptop2.sqlite")
    [summary] = import_export(other, data)
    assert summary.created and {g for _r, g in _groups(other, summary.summit_id)} == {None}
    other.close()


@pytest.mark.parametrize(
    ("group", "message"),
    [
        ("Supply\x00Chains", "Commitment A-1: Group contains a control character (U+0000)"),
        ("x" * 301, "Commitment A-1: Group is 301 characters long; the limit is 300."),
        (["Supply Chains"], "Commitment A-1: Group must be text."),
    ],
)
def test_an_export_with_a_bad_group_is_refused_whole(
    empty_store: Store, tmp_path: Path, group: object, message: str
) -> None:
    _imported(empty_store)
    data = export_document(empty_store)
    data["summits"][0]["pillars"][0]["commitments"][0]["group"] = group
    other = open_store(tmp_path / "laptop2.sqlite")
    with pytest.raises(DocumentError, match=re.escape(message)):
        import_export(other, data)
    assert export_document(other)["summits"] == []  # nothing half-applied
    other.close()


def test_the_rule_of_a_group() -> None:
    assert check_group("  Supply \n Chains ") == "Supply Chains"
    assert check_group("") is None and check_group(None) is None
    with pytest.raises(ValidationError, match="Group is 301 characters long"):
        check_group("x" * 301)


def test_a_bundle_carries_the_groups_to_another_laptop(empty_store: Store, tmp_path: Path) -> None:
    summit_id = _imported(empty_store)
    cid = annotate.commitment_id_for(empty_store, "B-1", summit_id)
    annotate.set_position(empty_store, cid, "CA", {"stance": "support"}, ANA)
    out = tmp_path / "ana.nalsx"
    bundles.export_bundle(empty_store, out, ANA)
    other = open_store(tmp_path / "laptop2.sqlite")
    bundles.import_bundle(other, out)
    assert _groups(other, summit_id) == GROUPS
    assert get_commitment(other, cid).positions[0].stance == "support"
    other.close()


def test_the_book_prints_each_group_above_its_commitments(empty_store: Store, tmp_path: Path) -> None:
    summit_id = _imported(empty_store)
    out = tmp_path / "book.pdf"
    export_book(
        empty_store, BookScope(summit_id), BookRequest(title="Joint Action Plan", own_party="CA"), out
    )
    pages = [page.extract_text() for page in PdfReader(out).pages]

    def order(text: str, *needles: str) -> list[int]:
        return [text.index(n) for n in needles]

    dividers = [p for p in pages if "IN THIS TAB" in p.upper()]
    tabs = "\n".join(
        p for p in pages[pages.index(dividers[0]) :] if p not in dividers and "All changes" not in p
    )
    for needles in (
        ("Supply Chains", "A-1", "A-2", "Investment Screening", "A-3"),
        ("Methane", "B-1", "B-2", "B-3", "Clean Power", "B-4"),
    ):
        divider = next(p for p in dividers if needles[1] in p)
        found = order(divider, *needles)  # the tab's index lists the groups too
        assert found == sorted(found)
        found = order(tabs, *needles)  # each group above the first of its commitments
        assert found == sorted(found), tabs
    # The contents name each group above its commitments, with the page it is printed on.
    contents = next(p for p in pages if p.startswith("Contents"))
    found = order(contents, "Economic Security", "Supply Chains", "A-1", "A-2", "Investment Screening", "A-3")
    assert found == sorted(found)
    page_of = {text.split("\n")[0]: i + 1 for i, text in enumerate(pages)}
    assert f"Clean Power\n{page_of['Clean Power']}\n" in contents
    # Each group once in the commitments' pages (not again above the second of its commitments).
    assert [tabs.count(group) for group in ("Supply Chains", "Methane")] == [1, 1]


def test_the_delegation_server_carries_the_groups_to_another_laptop(
    delegation_server, tmp_path: Path
) -> None:
    first = open_store(tmp_path / "ana.sqlite")
    second = open_store(tmp_path / "ben.sqlite")
    summit_id = _imported(first)
    annotate.set_position(
        first, annotate.commitment_id_for(first, "A-3", summit_id), "CA", {"stance": "oppose"}, ANA
    )
    sync.sync(first, ANA, *delegation_server.add("ana"))
    ben = Author("Ben", "CA", "laptop-2")
    result = sync.sync(second, ben, *delegation_server.add("ben"))
    assert result.summits_added == ("Joint Action Plan",)
    assert _groups(second, summit_id) == GROUPS
    first.close()
    second.close()


def _as_an_older_version_imported_it(store: Store, summit_id: str) -> None:
    """No groups; the sub-headings in the pillars' intros, as the importer put them before groups."""
    with store.unit_of_work(write=True) as session:
        session.execute(
            text("UPDATE commitment SET group_title = NULL WHERE summit_id = :s"), {"s": summit_id}
        )
        session.execute(
            text("UPDATE pillar SET intro = :intro WHERE summit_id = :s AND tab = :tab"),
            [
                {"s": summit_id, "tab": "A", "intro": "Supply Chains\n\nInvestment Screening"},
                {"s": summit_id, "tab": "B", "intro": "Methane\n\nClean Power"},
            ],
        )


def test_importing_the_same_document_again_gives_an_older_import_its_groups(
    empty_store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    summit_id = _imported(empty_store)
    _as_an_older_version_imported_it(empty_store, summit_id)
    cid = annotate.commitment_id_for(empty_store, "B-1", summit_id)
    annotate.set_position(empty_store, cid, "CA", {"stance": "support"}, ANA)
    summary = import_file(empty_store, DOCUMENT, ImportOptions(parties=["CA", "US"]))
    assert (summary.created, summary.summit_id, summary.groups_added) == (False, summit_id, 7)
    assert _groups(empty_store, summit_id) == GROUPS
    with empty_store.unit_of_work() as session:
        assert [p.intro for p in pillar_dtos(session, summit_id)] == ["", ""]
    assert get_commitment(empty_store, cid).positions[0].stance == "support"  # nothing else changed
    # Once more: nothing left to add.
    assert import_file(empty_store, DOCUMENT).groups_added == 0


def test_an_older_import_whose_text_differs_keeps_its_structure(empty_store: Store) -> None:
    summit_id = _imported(empty_store)
    _as_an_older_version_imported_it(empty_store, summit_id)
    with empty_store.unit_of_work(write=True) as session:
        session.execute(
            text("UPDATE commitment SET text = 'Map minerals.' WHERE summit_id = :s AND reference = 'A-1'"),
            {"s": summit_id},
        )
    assert import_file(empty_store, DOCUMENT).groups_added == 4  # pillar B only
    assert [g for _r, g in _groups(empty_store, summit_id)][:3] == [None, None, None]
    with empty_store.unit_of_work() as session:
        assert [p.intro for p in pillar_dtos(session, summit_id)] == [
            "Supply Chains\n\nInvestment Screening",
            "",
        ]


def test_nals_import_says_which_groups_it_added(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(DOCUMENT)]) == 0
    store = open_user_store()
    [summit_id] = [s.id for s in list_summits(store) if s.title == "Joint Action Plan"]
    _as_an_older_version_imported_it(store, summit_id)
    store.close()
    capsys.readouterr()
    assert main(["import", str(DOCUMENT)]) == 0
    assert capsys.readouterr().out == (
        "“Joint Action Plan” is already in the store; 7 commitments got their group (the sub-heading they "
        "stand under).\n"
    )


@pytest.mark.parametrize(
    ("search", "references"),
    [
        ("group:methane", ["B-1", "B-2", "B-3"]),
        ("group:SCREEN", ["A-3"]),
        ("-group:methane", ["A-1", "A-2", "A-3", "B-4"]),
        ("flaring -group:methane", []),
        ("routine group:methane", ["B-3"]),
        ("routine group:power", []),
    ],
)
def test_the_group_field_of_a_search_filters_by_group(
    empty_store: Store, search: str, references: list[str]
) -> None:
    summit_id = _imported(empty_store)
    ids = workspace.commitment_ids(empty_store, workspace.TableQuery(summit_id=summit_id, search=search))
    rows = workspace.fetch_rows(empty_store, ids, search)
    assert [rows[i].row.reference for i in ids] == references


def test_commitments_without_a_group_are_kept_by_a_negated_group_filter(seeded_store: Store) -> None:
    ids = workspace.commitment_ids(seeded_store, workspace.TableQuery(search="-group:methane"))
    assert len(ids) == 31
