"""GUI figures: cold start to a painted, populated main window (seed and 100,000-commitment stores) next to a
bare PySide6 window; with 100,000 commitments: opening, scrolling, sorting, search as you type, memory."""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = int(os.environ.get("BENCH_GUI_RUNS", "5"))

BARE = r"""
import sys
import time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("Hello"))
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(f"painted_at={time.time():.6f}")
            QTimer.singleShot(0, app.quit)
        return False
painted = Painted()
window.centralWidget().installEventFilter(painted)
window.show()
app.exec()
"""


def _env(home: Path) -> dict[str, str]:
    return dict(os.environ, NALS_HOME=str(home), QT_QPA_PLATFORM="offscreen")


def _painted(cmd: list[str], env: dict[str, str]) -> float:
    """Seconds from spawning ``cmd`` to its first painted, populated window (it prints ``painted_at=``)."""
    spawned = time.time()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed: {proc.stderr.strip()}")
    stamp = next(line for line in proc.stdout.splitlines() if line.startswith("painted_at="))
    return float(stamp.split("=", 1)[1].split()[0]) - spawned


def cold_starts(home: Path, label: str) -> float:
    app = [sys.executable, "-m", "nals_desktop.ui.app", "--self-check", "--timing"]
    bare = [sys.executable, "-c", BARE]
    env = _env(home)
    _painted(app, env)  # first start creates/migrates the store; later starts are what a user sees every day
    _painted(bare, env)
    ours, theirs = [], []
    for _ in range(RUNS):  # interleaved, so both see the same machine load
        theirs.append(_painted(bare, env))
        ours.append(_painted(app, env))
    a, b = statistics.median(ours), statistics.median(theirs)
    print(
        f"cold start to a painted window, {label}: nals-desktop {a * 1000:.0f} ms vs bare PySide6 window "
        f"{b * 1000:.0f} ms (median of {RUNS}; ratio {a / b:.2f}x)"
    )
    return a / b


def in_process_figures(home: Path) -> None:
    """Search-as-you-type latency and RSS on the 100k store, with the real (threaded) task helper."""
    os.environ["NALS_HOME"] = str(home)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from nals_desktop.services.startup import open_user_store
    from nals_desktop.ui.errors import ErrorReporter
    from nals_desktop.ui.main_window import MainWindow

    _app = QApplication.instance() or QApplication([])
    started = time.perf_counter()
    store = open_user_store()
    window = MainWindow(store, errors=ErrorReporter(interactive=False))
    window.resize(1280, 800)
    window.show()

    def wait(signal, timeout_ms: int = 30_000) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        signal.disconnect(loop.quit)

    if not window.is_ready:
        wait(window.ready)
    print(f"window open and ready (in process, 100k store): {(time.perf_counter() - started) * 1000:.0f} ms")
    started = time.perf_counter()
    window.navigator.select_key("all")
    wait(window.table_model.loaded)
    print(
        f"All commitments ({window.table_model.rowCount():,} rows): "
        f"ids in {(time.perf_counter() - started) * 1000:.0f} ms"
    )
    bar = window.table.verticalScrollBar()
    started = time.perf_counter()
    for i in range(50):
        bar.setValue(bar.maximum() * i // 49)
        window.table.viewport().repaint()
    print(
        f"scroll top→bottom in 50 jumps: {(time.perf_counter() - started) * 1000 / 50:.1f} ms per repaint, "
        f"cache {window.table_model.cache_size} rows, {window.table_model.fetches} page fetches"
    )
    model = window.table_model
    started = time.perf_counter()
    window.table.sortByColumn(model.column_of("text"), Qt.SortOrder.DescendingOrder)
    wait(model.loaded)
    window.table.viewport().repaint()
    sort_ms = (time.perf_counter() - started) * 1000
    print(
        f"sort {model.rowCount():,} rows by text, descending: {sort_ms:.0f} ms (ids, then the first screen)"
    )
    model.sort(-1)  # back to the natural order (rank while searching) for the search figures
    wait(model.loaded)
    print("search as you type (keystroke → table repainted, after the 250 ms pause):")
    typed = ""
    for char in "methane":
        typed += char
        started = time.perf_counter()
        window.search.edit.setText(typed)
        window.search.fire()
        wait(window.table_model.loaded)
        window.table.viewport().repaint()
        print(
            f"  {typed!r:10} {window.table_model.rowCount():>7,} hits  "
            f"{(time.perf_counter() - started) * 1000:6.0f} ms"
        )
    with open("/proc/self/status", encoding="ascii") as fh:
        status = dict(line.split(":", 1) for line in fh if ":" in line)
    print(f"RSS with 100k commitments: {status['VmRSS'].strip()} (peak {status['VmHWM'].strip()})")
    window.close()
    store.close()


def main() -> None:
    from benchmarks.synth import make_synthetic_store

    # Installed copies (wheel, .deb, installers) start from compiled bytecode; so does this benchmark.
    compileall.compile_dir(Path(__file__).resolve().parents[1] / "nals_desktop", quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        seed_home = Path(tmp) / "seed"
        big_home = Path(tmp) / "big"
        big_home.mkdir()
        started = time.perf_counter()
        make_synthetic_store(big_home / "nals.sqlite", summits=500, commitments=100_000)
        print(f"(100k store generated in {time.perf_counter() - started:.1f} s)")
        cold_starts(seed_home, "seed store (31 commitments)")
        cold_starts(big_home, "100,000 commitments")
        in_process_figures(big_home)


if __name__ == "__main__":
    main()
