"""Groups as places to go: the navigator lists each pillar's groups in the document's order with their
counts, a group is a scope of the table and of the facet counts, and sorting by group follows the document,
not the alphabet."""

from __future__ import annotations

from pathlib import Path

from nals_desktop.services import annotate, workspace
from nals_desktop.services.identity import Author
from nals_desktop.services.importing import ImportOptions, import_file
from nals_desktop.services.workspace import GroupNode, TableQuery
from nals_desktop.store.engine import Store

# Group names out of alphabetical order, and a commitment before the first sub-heading (in no group).
DOCUMENT = """# Trade and Energy Plan

**TRADE**

-   Open a joint trade office in each capital.

**Tariffs**

-   Lower tariffs on clean technology.
-   Review tariff schedules each year.

**Customs**

-   Share customs data at the border.

**ENERGY**

**Wind**

-   Build offshore wind farms together.

**Grid**

-   Link the two power grids.
"""


def _imported(store: Store, tmp_path: Path) -> str:
    path = tmp_path / "plan.md"
    path.write_text(DOCUMENT, encoding="utf-8")
    return import_file(store, path, ImportOptions(parties=["CA", "US"])).summit_id


def _refs(store: Store, query: TableQuery) -> list[str]:
    ids = workspace.commitment_ids(store, query)
    rows = workspace.fetch_rows(store, ids)
    return [rows[i].row.reference for i in ids]


def test_the_navigator_tree_lists_each_pillars_groups_in_the_documents_order(
    empty_store: Store, tmp_path: Path
) -> None:
    _imported(empty_store, tmp_path)
    [node] = workspace.navigator_tree(empty_store)
    trade, energy = node.pillars
    assert node.groups == (
        GroupNode(trade.id, "Tariffs", 2),
        GroupNode(trade.id, "Customs", 1),
        GroupNode(energy.id, "Wind", 1),
        GroupNode(energy.id, "Grid", 1),
    )
    assert trade.commitment_count == 4  # the pillar still counts the commitment in no group


def test_a_group_is_a_scope_of_the_table_and_of_the_facet_counts(empty_store: Store, tmp_path: Path) -> None:
    summit_id = _imported(empty_store, tmp_path)
    trade = workspace.navigator_tree(empty_store)[0].pillars[0]
    assert _refs(empty_store, TableQuery(pillar_id=trade.id, group="Tariffs")) == ["A-2", "A-3"]
    assert _refs(empty_store, TableQuery(pillar_id=trade.id, group="Customs")) == ["A-4"]
    assert _refs(empty_store, TableQuery(pillar_id=trade.id, group="Wind")) == []  # Wind is under ENERGY
    annotate.set_position(
        empty_store,
        annotate.commitment_id_for(empty_store, "A-4", summit_id),
        "CA",
        {"stance": "support"},
        Author("Ana", "CA", "laptop-1"),
    )
    counts = {
        (f.field, f.value): f.count for f in workspace.facet_values(empty_store, None, trade.id, "Customs")
    }
    assert counts[("stance", "support")] == 1
    counts = {
        (f.field, f.value): f.count for f in workspace.facet_values(empty_store, None, trade.id, "Tariffs")
    }
    assert counts[("stance", "support")] == 0


def test_sorting_by_group_follows_the_documents_order(empty_store: Store, tmp_path: Path) -> None:
    summit_id = _imported(empty_store, tmp_path)
    by_group = TableQuery(summit_id=summit_id, sort="group")
    # Tariffs, Customs (TRADE), then Wind, Grid (ENERGY); A-1, in no group, last. By name it would be
    # Customs, Grid, Tariffs, Wind.
    assert _refs(empty_store, by_group) == ["A-2", "A-3", "A-4", "B-1", "B-2", "A-1"]
    # Descending: the groups the other way round, each in the document's order; no group still last.
    descending = TableQuery(summit_id=summit_id, sort="group", descending=True)
    assert _refs(empty_store, descending) == ["B-2", "B-1", "A-4", "A-2", "A-3", "A-1"]
    trade = workspace.navigator_tree(empty_store)[0].pillars[0]
    assert _refs(empty_store, TableQuery(pillar_id=trade.id, sort="group")) == ["A-2", "A-3", "A-4", "A-1"]
