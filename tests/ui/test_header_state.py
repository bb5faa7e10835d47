"""Issue 11, item 4: the table header's state survives summits with different party sets and restarts."""

from __future__ import annotations

from pathlib import Path

import pytest

from nals_desktop.services.browse import list_summits
from nals_desktop.services.importing import ImportOptions, import_file

OCEANS = Path(__file__).parent.parent / "briefing" / "oceans.txt"  # parties CA and US


def check_header(window) -> None:
    header = window.table.horizontalHeader()
    columns = window.table_model.columns
    assert header.count() == len(columns)
    assert header.logicalIndex(0) == 0  # Ref. first
    for i, column in enumerate(columns):
        assert not header.isSectionHidden(i), column.key
        assert header.sectionSize(i) >= 20, column.key
    # No ghost columns: the sections fill the viewport, none lies beyond the last.
    assert header.length() <= max(
        header.viewport().width(), sum(header.sectionSize(i) for i in range(header.count()))
    )
    assert header.visualIndex(window.table_model.column_of("text")) == 1


@pytest.mark.parametrize("size", [(1280, 800), (2560, 1440)])
def test_header_survives_summits_with_other_parties_and_restarts(
    qtbot, make_window, seeded_store, size
) -> None:
    nals = list_summits(seeded_store)[0].id
    oceans = import_file(seeded_store, OCEANS, ImportOptions(parties=["CA", "US"])).summit_id
    window = make_window(seeded_store)
    window.resize(*size)
    assert window.navigator.select_key(f"summit:{nals}")
    priority = window.table_model.column_of("priority")
    window.table.horizontalHeader().resizeSection(priority, 133)
    assert window.navigator.select_key("all")
    assert window.navigator.select_key(f"summit:{oceans}")
    check_header(window)
    assert window.table_model.parties == ["CA", "US"]
    window.close()

    window = make_window(seeded_store)
    window.resize(*size)
    assert window.navigator.select_key(f"summit:{nals}")
    assert window.table_model.parties == ["CA", "MX", "US"]
    check_header(window)
    assert window.table.horizontalHeader().sectionSize(window.table_model.column_of("priority")) == 133
    assert window.navigator.select_key(f"summit:{oceans}")
    check_header(window)
    assert window.navigator.select_key(f"summit:{nals}")
    check_header(window)
