"""A store of 100,000 commitments opens, scrolls, sorts and searches without loading every row."""

from __future__ import annotations

from PySide6.QtCore import Qt


# How long this takes is a figure of benchmarks/bench_gui.py; the test counts the work done instead.
def test_100k_store_opens_without_loading_all_rows(qtbot, make_window, big_store) -> None:
    window = make_window(big_store)
    model = window.table_model
    assert model.rowCount() > 0 and window.navigator.currentIndex().data() == "A  Pillar A"
    window.navigator.select_key("all")
    assert model.rowCount() == 100_000
    assert window.status_label.text().startswith("100,000 shown of 100,000")
    bar = window.table.verticalScrollBar()
    for value in (bar.maximum() // 3, bar.maximum() // 2, bar.maximum()):
        bar.setValue(value)
        window.table.viewport().repaint()
    assert model.data(model.index(99_999, 0)) == "F-8337"  # the last pillar takes the remainder
    assert model.cache_size <= model.cache_rows  # bounded, whatever was scrolled through
    # Rows are read a page at a time, only for the screens shown: 5 screens here, a few pages each.
    assert model.fetches * model.page_size <= 2_000
    before = model.fetches
    window.table.sortByColumn(model.column_of("text"), Qt.SortOrder.DescendingOrder)
    window.table.viewport().repaint()
    assert model.rowCount() == 100_000 and model.cache_size <= model.cache_rows
    assert model.fetches - before <= 3  # the sort happens in SQL; only the first screen is read
    window.search.set_text("methane border")
    assert 0 < model.rowCount() < 100_000
