"""Issue 11, item 10: nine parties leave Priority, Status and Last changed in view; stances are not cut."""

from __future__ import annotations

from pathlib import Path

import pytest

from nals_desktop.services import workspace
from nals_desktop.services.annotate import set_position
from nals_desktop.services.importing import ImportOptions, import_file
from nals_desktop.services.workspace import TableQuery

from .conftest import AUTHOR

OCEANS = Path(__file__).parents[1] / "briefing" / "oceans.txt"
NINE = ["CA", "US", "MX", "GB", "FR", "DE", "IT", "JP", "EU"]


def fully_visible(window, key: str) -> bool:
    header = window.table.horizontalHeader()
    i = window.table_model.column_of(key)
    left = header.sectionViewportPosition(i)
    return left >= 0 and left + header.sectionSize(i) <= header.viewport().width()


@pytest.mark.parametrize("width", [1280, 1024])
def test_nine_parties_leave_the_key_columns_in_view(qtbot, make_window, seeded_store, width) -> None:
    summit = import_file(seeded_store, OCEANS, ImportOptions(parties=NINE)).summit_id
    first = workspace.commitment_ids(seeded_store, TableQuery(summit_id=summit))[0]
    set_position(seeded_store, first, "EU", {"stance": "support-with-conditions"}, AUTHOR)
    window = make_window(seeded_store)
    window.resize(width, 800)
    assert window.navigator.select_key(f"summit:{summit}")
    qtbot.waitUntil(lambda: window.table_model.parties == NINE)
    for key in ("reference", "text", "priority", "status", "updated"):
        assert fully_visible(window, key), key
    # The stance is shown whole (short), with the full label and the party's name in its tooltip.
    model = window.table_model
    index = model.index(model.row_of(first), model.column_of("stance:EU"))
    assert index.data() == "Conditional"
    assert index.data(3) == "European Union: Support with conditions"  # ToolTipRole
    metrics = window.table.fontMetrics()
    assert metrics.horizontalAdvance(index.data()) + 8 <= window.table.columnWidth(index.column())


def test_three_parties_keep_their_columns_beside_the_text(qtbot, make_window, annotated_store) -> None:
    window = make_window(annotated_store)
    keys = [c.key for c in window.table_model.columns]
    assert keys[:5] == ["reference", "text", "stance:CA", "stance:MX", "stance:US"]
    [summit] = workspace.navigator_tree(annotated_store)
    assert window.navigator.select_key(f"pillar:{summit.pillars[1].id}")
    model = window.table_model
    index = model.index(0, model.column_of("stance:US"))  # B-1: support with conditions
    metrics = window.table.fontMetrics()
    assert metrics.horizontalAdvance(index.data()) + 8 <= window.table.columnWidth(index.column())
    for label in ("Support", "Conditional", "Neutral", "Oppose", "Undecided"):
        assert metrics.horizontalAdvance(label) + 8 <= window.table.columnWidth(index.column()), label
