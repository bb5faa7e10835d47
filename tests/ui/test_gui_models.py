"""Every item model passes Qt's model tester, loaded with real data from a real store."""

from __future__ import annotations

from PySide6.QtCore import Qt

from nals_desktop.services import workspace
from nals_desktop.services.importing import preview_file
from nals_desktop.services.workspace import TableQuery
from nals_desktop.ui.models.commitments import CommitmentTableModel, IdRole, MatchRole
from nals_desktop.ui.models.import_preview import SHORT, ImportPreviewModel
from nals_desktop.ui.models.navigator import FacetState, Kind, KindRole, NavigatorModel, StateRole


def load_navigator(model: NavigatorModel, store) -> None:
    model.load(
        workspace.navigator_tree(store),
        workspace.facet_values(store),
        workspace.list_saved_searches(),
        workspace.count_commitments(store),
    )


def test_navigator_model(qtmodeltester, annotated_store) -> None:
    model = NavigatorModel()
    qtmodeltester.check(model)
    load_navigator(model, annotated_store)
    qtmodeltester.check(model)
    summits = model.index(0, 0)
    assert model.data(summits) == "Summits"
    assert model.data(model.index(0, 0, summits)) == "All commitments"
    assert model.data(model.index(0, 1, summits)) == "31"
    summit = model.index(1, 0, summits)
    assert model.data(summit, KindRole) == Kind.SUMMIT.value
    pillars = [model.data(model.index(r, 0, summit)) for r in range(model.rowCount(summit))]
    assert pillars[0] == "A  Competitiveness" and len(pillars) == 6
    assert [model.data(model.index(r, 1, summit)) for r in range(6)] == ["6", "6", "5", "6", "1", "7"]
    support = model.index_of("facet:stance:support")
    assert model.data(support.siblingAtColumn(1)) == "2"
    assert model.index_of("facet:tag:energy").isValid()
    # Cycling a facet: include → exclude → off, announced with dataChanged (no reset).
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    assert model.cycle_facet(support) is FacetState.INCLUDE
    assert model.active_facets() == (workspace.FacetFilter("stance", "support", False),)
    assert model.cycle_facet(support) is FacetState.EXCLUDE
    assert model.data(support, StateRole) == FacetState.EXCLUDE
    assert model.cycle_facet(support) is FacetState.OFF
    assert model.active_facets() == () and not resets
    qtmodeltester.check(model)


def test_commitment_table_model(qtmodeltester, annotated_store, runner) -> None:
    model = CommitmentTableModel(annotated_store, runner, page_size=10, cache_rows=20)
    qtmodeltester.check(model)
    model.set_query(TableQuery(), ["CA", "MX", "US"])
    assert model.rowCount() == 31
    qtmodeltester.check(model)
    assert [c.key for c in model.columns] == [
        "reference",
        "text",
        "stance:CA",
        "stance:MX",
        "stance:US",
        "priority",
        "status",
        "updated",
    ]
    assert model.data(model.index(0, 0)) == "A-1"
    assert model.data(model.index(0, model.column_of("stance:CA"))) == "Oppose"
    assert model.data(model.index(1, model.column_of("status"))) == "Ongoing"
    assert model.cache_size <= 20
    model.set_query(TableQuery(search="meth"))
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    assert model.data(model.index(0, 0)) == "B-1"
    assert "\x02methane\x03" in model.data(model.index(0, 1), MatchRole).lower()
    assert model.data(model.index(0, 0), IdRole)


def test_import_preview_model(qtmodeltester, corpus, seed_file) -> None:
    model = ImportPreviewModel()
    qtmodeltester.check(model)
    _source, parsed = preview_file(corpus / "wh_nals2021_key_deliverables.md")
    model.set_summit(parsed)
    qtmodeltester.check(model)
    assert model.rowCount() == len(parsed.pillars)
    first = model.index(0, SHORT)
    assert model.flags(first) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(first, "Renamed")
    assert model.short_titles()[0] == "Renamed"
    child = model.index(0, SHORT, model.index(0, 0))
    assert not model.flags(child) & Qt.ItemFlag.ItemIsEditable
    _source, seed = preview_file(seed_file)
    model.set_summit(seed)
    qtmodeltester.check(model)
    assert sum(model.rowCount(model.index(r, 0)) for r in range(model.rowCount())) == 31
