"""The workspace queries: navigator tree, facets, filtered and sorted ids, row pages, saved searches."""

from __future__ import annotations

import pytest

from nals_desktop.domain.errors import QuerySyntaxError, StoreError
from nals_desktop.services import workspace
from nals_desktop.services.annotate import set_position, set_status
from nals_desktop.services.identity import Author
from nals_desktop.services.workspace import MARK_END, MARK_START, FacetFilter, TableQuery

AUTHOR = Author("Test Officer", "CA", "00000000-0000-0000-0000-000000000001")


def refs(store, query: TableQuery) -> list[str]:
    ids = workspace.commitment_ids(store, query)
    rows = workspace.fetch_rows(store, ids, query.search)
    return [rows[i].row.reference for i in ids]


@pytest.fixture
def store(seeded_store):
    ids = workspace.commitment_ids(seeded_store, TableQuery())
    set_position(
        seeded_store, ids[0], "CA", {"stance": "oppose", "priority": "low", "tags": ["energy"]}, AUTHOR
    )
    set_position(seeded_store, ids[1], "CA", {"stance": "support", "priority": "high"}, AUTHOR)
    set_position(seeded_store, ids[1], "MX", {"stance": "neutral", "priority": "low"}, AUTHOR)
    set_position(seeded_store, ids[2], "MX", {"stance": "support", "priority": "medium"}, AUTHOR)
    set_status(seeded_store, ids[2], {"status": "ongoing", "reason": "begun"}, AUTHOR)
    return seeded_store


def test_navigator_tree_and_counts(store) -> None:
    [node] = workspace.navigator_tree(store)
    assert node.summit.commitment_count == 31
    assert [(p.tab, p.commitment_count) for p in node.pillars] == [
        ("A", 6),
        ("B", 6),
        ("C", 5),
        ("D", 6),
        ("E", 1),
        ("F", 7),
    ]
    assert workspace.count_commitments(store) == 31
    assert workspace.count_commitments(store, pillar_id=node.pillars[5].id) == 7
    facets = {(f.field, f.value): f.count for f in workspace.facet_values(store)}
    assert facets[("stance", "support")] == 2 and facets[("stance", "oppose")] == 1
    assert facets[("stance", "undecided")] == 0  # every value is listed
    assert facets[("priority", "low")] == 2 and facets[("status", "ongoing")] == 1
    assert facets[("tag", "energy")] == 1


def test_scope_facets_and_search_are_sql_side(store) -> None:
    [node] = workspace.navigator_tree(store)
    assert refs(store, TableQuery(pillar_id=node.pillars[4].id)) == ["E-1"]
    assert len(refs(store, TableQuery(summit_id=node.summit.id))) == 31
    support = FacetFilter("stance", "support")
    assert refs(store, TableQuery(facets=(support,))) == ["A-2", "A-3"]
    assert len(refs(store, TableQuery(facets=(FacetFilter("stance", "support", exclude=True),)))) == 29
    assert refs(store, TableQuery(facets=(support, FacetFilter("status", "ongoing")))) == ["A-3"]
    assert refs(store, TableQuery(facets=(FacetFilter("tag", "energy"),))) == ["A-1"]
    # Search: the last word is a prefix, ranked by relevance; filters of the query syntax apply.
    assert refs(store, TableQuery(search="meth"))[0] == "B-1"
    assert refs(store, TableQuery(search="trilateral pillar:A"))
    assert all(r.startswith("A-") for r in refs(store, TableQuery(search="trilateral pillar:A")))
    assert refs(store, TableQuery(search="stance:oppose")) == ["A-1"]
    with pytest.raises(QuerySyntaxError):
        workspace.commitment_ids(store, TableQuery(search='"open'))
    with pytest.raises(QuerySyntaxError):
        workspace.commitment_ids(store, TableQuery(search="-waste"))


def test_every_sort_key_both_ways(store) -> None:
    natural = refs(store, TableQuery())
    assert natural[:3] == ["A-1", "A-2", "A-3"] and natural[-1] == "F-7"
    assert refs(store, TableQuery(sort="reference", descending=True)) == natural[::-1]
    assert refs(store, TableQuery(sort="stance:CA"))[:2] == [
        "A-2",
        "A-1",
    ]  # support before oppose; unset last
    assert refs(store, TableQuery(sort="stance:MX"))[:2] == ["A-3", "A-2"]
    assert refs(store, TableQuery(sort="priority"))[:3] == [
        "A-2",
        "A-3",
        "A-1",
    ]  # CA's high first, then MX's medium
    assert refs(store, TableQuery(sort="status"))[0] == "A-3"
    assert set(refs(store, TableQuery(sort="updated", descending=True))[:3]) == {"A-1", "A-2", "A-3"}
    rows = workspace.fetch_rows(store, workspace.commitment_ids(store, TableQuery(sort="text")))
    texts = [rows[i].row.text for i in workspace.commitment_ids(store, TableQuery(sort="text"))]
    assert texts == sorted(texts, key=str.casefold)
    for key in (*workspace.SORT_KEYS, "stance:US"):
        assert len(workspace.commitment_ids(store, TableQuery(sort=key, descending=True))) == 31
    with pytest.raises(ValueError):
        workspace.commitment_ids(store, TableQuery(sort="colour"))


def test_rows_carry_stances_priority_status_and_snippets(store) -> None:
    ids = workspace.commitment_ids(store, TableQuery())
    rows = workspace.fetch_rows(store, ids[:3])
    assert rows[ids[1]].row.stances == {"CA": "support", "MX": "neutral"}
    assert rows[ids[1]].row.priority == "high"  # the first party's, in the summit's order
    assert rows[ids[2]].row.status == "ongoing"
    assert rows[ids[0]].summit_title.startswith("FACT SHEET")
    hit = workspace.commitment_ids(store, TableQuery(search="meth"))[0]
    snippet = workspace.fetch_rows(store, [hit], "meth")[hit].snippet
    assert f"{MARK_START}methane{MARK_END}" in snippet.lower()
    assert workspace.fetch_rows(store, []) == {}


def test_saved_searches(nals_home) -> None:
    assert workspace.list_saved_searches() == []
    workspace.save_search("Methane", "methane -waste")
    workspace.save_search("Border", "pillar:F")
    workspace.save_search("Methane", "methane")
    assert workspace.list_saved_searches() == [
        workspace.SavedSearch("Border", "pillar:F"),
        workspace.SavedSearch("Methane", "methane"),
    ]
    assert workspace.delete_saved_search("Border") == [workspace.SavedSearch("Methane", "methane")]
    with pytest.raises(QuerySyntaxError):
        workspace.save_search("", "x")
    with pytest.raises(QuerySyntaxError):
        workspace.save_search("Bad", '"open')
    (nals_home / "saved-searches.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(StoreError):
        workspace.list_saved_searches()
