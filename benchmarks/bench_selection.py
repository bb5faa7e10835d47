"""Selections of the commitments table at 100,000 commitments: what a bulk edit or a book of the selection
costs, and the facet counts per scope, each of which once ran on the GUI thread.

Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.bench_selection`.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from benchmarks.synth import make_synthetic_store
from nals_desktop.services import annotate, workspace
from nals_desktop.services.identity import Author
from nals_desktop.services.workspace import TableQuery
from nals_desktop.store.engine import open_store


def timed(fn: Callable[[], Any]) -> float:
    t = time.perf_counter()
    fn()
    return (time.perf_counter() - t) * 1000


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["NALS_HOME"] = tmp
        path = make_synthetic_store(Path(tmp) / "big.sqlite", summits=2, commitments=100_000)
        store = open_store(path)
        ids = workspace.commitment_ids(store, TableQuery())
        for n in (1_000, 10_000, len(ids)):
            keys = timed(partial(workspace.commitment_keys, store, ids[:n]))
            summary = timed(partial(workspace.selection_summary, store, ids[:n]))
            rows = timed(partial(workspace.fetch_rows, store, ids[:n]))
            print(
                f"selection of {n:>7,}: full rows {rows:8.0f} ms | ids+summit+ref (book dialog) "
                f"{keys:6.0f} ms | summary (bulk dialog) {summary:5.0f} ms"
            )
        [first, *_] = workspace.navigator_tree(store)
        for label, args in (
            ("every summit", (None, None)),
            ("one summit", (first.summit.id, None)),
            ("one pillar", (None, first.pillars[0].id)),
        ):
            print(f"facet counts, {label:12}: {timed(partial(workspace.facet_values, store, *args)):6.0f} ms")
        author = Author("Bench", "CA", "bench-device")
        for n in (100, 1_000):
            change = {"priority": "high"}
            ms = timed(partial(annotate.bulk_set_positions, store, ids[:n], "CA", change, author))
            print(f"bulk edit of {n:>5,} positions (in the background): {ms:6.0f} ms")
        store.close()
        bench_window_selection(path)


def bench_window_selection(path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from nals_desktop.ui.errors import ErrorReporter
    from nals_desktop.ui.main_window import MainWindow
    from nals_desktop.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    store = open_store(path)
    window = MainWindow(store, runner=TaskRunner(synchronous=True), errors=ErrorReporter(interactive=False))
    window.show()
    window.navigator.select_key("all")
    app.processEvents()
    window.table.selectAll()
    ms = timed(window.selected_commitment_ids)
    print(f"Ctrl+A over {window.table_model.rowCount():,} rows, the selected ids (GUI thread): {ms:6.1f} ms")
    window.close()
    store.close()


if __name__ == "__main__":
    main()
