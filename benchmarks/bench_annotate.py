"""Annotation benchmarks: save latency with synchronous=FULL next to a bare SQLite insert+commit, and the
time to open a commitment with 1,000 revisions of history.

Run: `.venv/bin/python -m benchmarks.bench_annotate`.
"""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.bench_store import percentile
from nals_desktop.services import annotate
from nals_desktop.services.browse import get_commitment
from nals_desktop.services.identity import Author
from nals_desktop.services.importing import import_seed
from nals_desktop.store.engine import open_store

SAVES = 300


def main() -> None:
    author = Author("Bench", "CA", "bench-device")
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "s.sqlite")
        import_seed(store)
        cid = annotate.commitment_id_for(store, "B-1")
        saves = []
        for i in range(SAVES):
            t = time.perf_counter()
            annotate.set_position(
                store, cid, "CA", {"objective": f"Objective draft {i}", "stance": "support"}, author
            )
            saves.append((time.perf_counter() - t) * 1000)
        conn = sqlite3.connect(str(Path(tmp) / "bare.sqlite"), isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)")
        bare = []
        for i in range(SAVES):
            t = time.perf_counter()
            conn.execute("BEGIN")
            conn.execute("INSERT INTO t(body) VALUES (?)", (f"Objective draft {i}",))
            conn.execute("COMMIT")
            bare.append((time.perf_counter() - t) * 1000)
        conn.close()
        print(
            f"save a position (one revision), synchronous=FULL, {SAVES} saves: "
            f"p50 {statistics.median(saves):.2f} ms, p99 {percentile(saves, 99):.2f} ms"
        )
        print(
            f"bare SQLite insert+commit, same pragmas:             "
            f"p50 {statistics.median(bare):.2f} ms, p99 {percentile(bare, 99):.2f} ms"
        )
        for i in range(SAVES, 1000):
            annotate.set_position(store, cid, "CA", {"objective": f"Objective draft {i}"}, author)
        opens = []
        for _ in range(20):
            t = time.perf_counter()
            detail = get_commitment(store, cid)
            opens.append((time.perf_counter() - t) * 1000)
        assert len(detail.history) >= 1000
        print(
            f"open a commitment with {len(detail.history):,} revisions: "
            f"p50 {statistics.median(opens):.1f} ms, max {max(opens):.1f} ms"
        )
        store.close()


if __name__ == "__main__":
    main()
