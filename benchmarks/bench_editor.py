"""Position editor benchmarks, offscreen: keystroke-to-acknowledged-save latency through the editor (flush on
the GUI thread), next to the bare service call; editor load() and history panel load() of a commitment with
1,000 revisions; the cost of one keystroke (undo step, checks) in a 100,000-character field.

Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.bench_editor`.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from benchmarks.bench_store import percentile
from nals_desktop import i18n
from nals_desktop.domain.model import MAX_FIELD_CHARS
from nals_desktop.services import annotate
from nals_desktop.services.browse import get_commitment
from nals_desktop.services.identity import Author
from nals_desktop.services.importing import import_seed
from nals_desktop.store.engine import open_store
from nals_desktop.ui.errors import ErrorReporter
from nals_desktop.ui.positions import HistoryPanel, PositionEditor

SAVES = 200


def _report(label: str, values: list[float], unit: str = "ms") -> None:
    print(
        f"{label:<64} p50 {statistics.median(values):7.2f} {unit}, p99 {percentile(values, 99):7.2f} {unit}"
    )


def main() -> None:
    app = QApplication.instance() or QApplication([])
    i18n.install("en")
    author = Author("Bench", "CA", "bench-device")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["NALS_HOME"] = tmp
        store = open_store(Path(tmp) / "s.sqlite")
        import_seed(store)
        errors = ErrorReporter(interactive=False)
        editor = PositionEditor(store, lambda: author, errors=errors, autosave_ms=60_000)
        editor.resize(900, 700)
        editor.show()
        cid = annotate.commitment_id_for(store, "B-1")
        editor.load(cid)
        field = editor.field_widget("CA", "objective")
        field.setFocus()
        flushes, service = [], []
        for i in range(SAVES):
            QTest.keyClicks(field, "x")
            t = time.perf_counter()
            assert editor.flush()
            flushes.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            annotate.set_position(store, cid, "MX", {"objective": f"draft {i}"}, author)
            service.append((time.perf_counter() - t) * 1000)
        _report(f"editor flush after a keystroke (synchronous=FULL, {SAVES} saves)", flushes)
        _report("annotate.set_position alone, same store", service)

        for i in range(1000 - 2 * SAVES):
            annotate.set_position(store, cid, "US", {"objective": f"history {i}"}, author)
        revisions = len(annotate.history(store, cid))
        loads, details, histories = [], [], []
        other = annotate.commitment_id_for(store, "B-2")
        panel = HistoryPanel(store, lambda: author, errors=errors)
        panel.resize(700, 500)
        panel.show()
        for _ in range(15):
            editor.load(other)
            t = time.perf_counter()
            editor.load(cid)
            loads.append((time.perf_counter() - t) * 1000)
            detail = get_commitment(store, cid)
            t = time.perf_counter()
            editor.load(other)
            editor.load(cid, detail)
            details.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            panel.load(cid)
            app.processEvents()
            histories.append((time.perf_counter() - t) * 1000)
        _report(f"editor.load() of a commitment with {revisions:,} revisions", loads)
        _report("editor.load(id, detail) with a prefetched detail (x2 loads)", details)
        _report(f"history panel load() of {revisions:,} revisions (incl. paint)", histories)

        big = editor.field_widget("CA", "background")
        assert isinstance(big, QPlainTextEdit)
        line = "Paragraph of background text, as briefing notes are written, with a line break.\n"
        big.setPlainText(line * ((MAX_FIELD_CHARS - 1000) // len(line)))
        big.moveCursor(big.textCursor().MoveOperation.End)
        big.setFocus()
        keys = []
        for _ in range(100):
            t = time.perf_counter()
            QTest.keyClicks(big, "z")
            keys.append((time.perf_counter() - t) * 1000)
        _report(f"one keystroke in a {len(big.toPlainText()):,}-character field (80-char lines)", keys)
        assert editor.flush()
        store.close()


if __name__ == "__main__":
    main()
