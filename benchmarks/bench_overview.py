"""Compare positions and the progress dashboard at scale: one summit of 100,000 commitments.

Run: `.venv/bin/python -m benchmarks.bench_overview [--commitments N] [--repeat N]`. The store is synthetic
(benchmarks/synth.py: three parties, positions on a third of the commitments, statuses on half) plus
5,000 revisions saved this week by 20 people. Figures: the services (run off the GUI thread), the grid
model's reset with their result (on the GUI thread), and the book's two sections for one pillar.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TypeVar

from benchmarks.synth import make_synthetic_store
from nals_desktop.briefing import BookRequest
from nals_desktop.services.books import BookScope, export_book
from nals_desktop.services.compare import compare_positions
from nals_desktop.services.progress import summit_progress
from nals_desktop.store.engine import open_store

T = TypeVar("T")


def timed(fn: Callable[[], T], repeat: int) -> tuple[float, T]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def add_week_of_revisions(path: Path, count: int = 5000, seed: int = 5) -> None:
    rng = random.Random(seed)
    conn = sqlite3.connect(str(path))
    positions = conn.execute("SELECT id, commitment_id FROM position").fetchall()
    now = datetime.now(UTC)
    rows = []
    for i in range(count):
        pid, cid = rng.choice(positions)
        when = (now - timedelta(hours=rng.uniform(0, 24 * 6))).isoformat(sep=" ")
        rows.append(
            (
                str(uuid.uuid4()),
                pid,
                cid,
                rng.choice(("CA", "MX", "US")),
                f"Officer {i % 20}",
                when,
                json.dumps({"stance": [None, "support"]}),
                json.dumps({"stance": "support"}),
            )
        )
    with conn:
        conn.executemany(
            "INSERT INTO revision(id, entity_type, entity_id, commitment_id, party_code, author, device_id, "
            "created_at, changed, snapshot) VALUES (?, 'position', ?, ?, ?, ?, 'bench', ?, ?, ?)",
            rows,
        )
    conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--commitments", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "overview.sqlite"
        make_synthetic_store(path, summits=1, commitments=args.commitments)
        add_week_of_revisions(path)
        store = open_store(path)
        summit_id = store.engine.connect().exec_driver_sql("SELECT id FROM summit").scalar_one()
        pillar_id = (
            store.engine.connect().exec_driver_sql("SELECT id FROM pillar WHERE tab = 'A'").scalar_one()
        )
        n = args.commitments
        print(f"one summit of {n:,} commitments (3 parties, positions on a third), 5,000 revisions this week")

        t, _report = timed(lambda: summit_progress(store, summit_id, "CA"), args.repeat)
        print(f"summit_progress (whole summit, off the GUI thread)      {t * 1000:8.0f} ms")
        t, pillar = timed(lambda: compare_positions(store, summit_id, pillar_ids=[pillar_id]), args.repeat)
        print(
            f"compare_positions, one pillar ({len(pillar.commitments):,} commitments)      {t * 1000:8.0f} ms"
        )
        t, everything = timed(lambda: compare_positions(store, summit_id), args.repeat)
        print(f"compare_positions, whole summit ({n:,})            {t * 1000:8.0f} ms")
        ids = [c.id for c in everything.commitments[:: max(1, n // 200)]]
        t, _sel = timed(lambda: compare_positions(store, summit_id, commitment_ids=ids), args.repeat)
        print(f"compare_positions, a selection of {len(ids)}                  {t * 1000:8.0f} ms")

        from PySide6.QtWidgets import QApplication

        from nals_desktop.ui.compare import ComparisonModel, differing_rows

        app = QApplication.instance() or QApplication([])
        model = ComparisonModel()
        t, rows = timed(lambda: differing_rows(everything), args.repeat)
        print(f"differing rows, whole summit (with the service, off the GUI thread) {t * 1000:5.0f} ms")
        rows = differing_rows(pillar)
        t, _ = timed(lambda: model.set_comparison(pillar, rows), args.repeat)
        print(f"grid model reset, one pillar (GUI thread)               {t * 1000:8.0f} ms")
        rows = differing_rows(everything)
        t, _ = timed(lambda: model.set_comparison(everything, rows), args.repeat)
        print(f"grid model reset, whole summit (GUI thread)             {t * 1000:8.0f} ms")
        del app

        small = [c.id for c in pillar.commitments[:500]]
        out = Path(tmp) / "overview.pdf"
        request = BookRequest(title="Bench", own_party="CA", sections=frozenset({"progress", "compared"}))
        t, book = timed(
            lambda: export_book(store, BookScope(summit_id, commitment_ids=tuple(small)), request, out), 1
        )
        print(f"book: progress + 500 commitments compared             {t * 1000:8.0f} ms, {book.pages} pages")
        store.close()


if __name__ == "__main__":
    main()
