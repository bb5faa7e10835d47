"""Store benchmarks: 1 MB fact-sheet import, search latency at 100,000 commitments vs raw FTS5, store size,
the commitments table's search as you type (every ranked id, then the first page of rows), and the
Conflicts facet (its count, its filter, the rows' badges).

Run: `.venv/bin/python -m benchmarks.bench_store [--commitments N] [--summits N]`.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from functools import partial
from pathlib import Path

from benchmarks.synth import make_synthetic_store, synthetic_fact_sheet
from nals_desktop.importers import SourceText, parse_text
from nals_desktop.services.importing import store_summit
from nals_desktop.services.search import search
from nals_desktop.services.workspace import (
    OPEN_CONFLICT,
    FacetFilter,
    TableQuery,
    commitment_ids,
    facet_values,
    fetch_rows,
)
from nals_desktop.store.engine import open_store

QUERIES = [
    "methane",
    "semiconductor supply",
    '"critical minerals"',
    "énergie",
    "migrants -refugees",
    "trilateral cooperation",
    "health",
    "border",
    "indigenous women",
    "cyber security",
]
PREFIXES = ["m", "me", "met", "meth", "metha", "cl", "cle", "clea", "clean", "clean e", "clean ene"]
TABLE_SEARCHES = [
    TableQuery(search="me"),
    TableQuery(search="met"),
    TableQuery(search="meth"),
    TableQuery(search="methane"),
    TableQuery(search="cl"),
    TableQuery(search="clean ene"),
    TableQuery(search="me stance:support"),
    TableQuery(facets=(FacetFilter("stance", "support"),)),
]
PAGE = 100  # the table model's page size


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def bench_import(tmp: Path) -> None:
    text = synthetic_fact_sheet(1_000_000)
    t0 = time.perf_counter()
    parsed = parse_text(text, "txt", "synthetic.txt")
    t1 = time.perf_counter()
    store = open_store(tmp / "import.sqlite")
    t2 = time.perf_counter()
    store_summit(store, SourceText(text, "txt", "synthetic.txt"), parsed)
    t3 = time.perf_counter()
    print(
        f"import 1 MB fact sheet ({len(text.encode()) / 1e6:.2f} MB, {len(parsed.pillars)} pillars, "
        f"{parsed.commitment_count} commitments): parse {t1 - t0:.3f} s + store {t3 - t2:.3f} s "
        f"= {t1 - t0 + t3 - t2:.3f} s (target ≤ 1 s)"
    )
    store.close()


def bench_search(tmp: Path, summits: int, commitments: int) -> None:
    path = tmp / "big.sqlite"
    t0 = time.perf_counter()
    make_synthetic_store(path, summits=summits, commitments=commitments)
    print(
        f"synthetic store: {commitments:,} commitments in {summits} summits, built in "
        f"{time.perf_counter() - t0:.1f} s, {path.stat().st_size / 1e6:.1f} MB"
    )
    store = open_store(path)
    search(store, "warm up")
    service, raw = [], []
    conn = sqlite3.connect(str(path))
    for _ in range(5):
        for q in QUERIES:
            t = time.perf_counter()
            search(store, q, limit=50)
            service.append((time.perf_counter() - t) * 1000)
            match = " ".join(w for w in q.replace('"', " ").split() if not w.startswith("-"))
            t = time.perf_counter()
            conn.execute(
                "SELECT rowid, bm25(search_fts), snippet(search_fts, -1, '[', ']', '…', 16) FROM search_fts "
                "WHERE search_fts MATCH ? ORDER BY bm25(search_fts) LIMIT 200",
                (match,),
            ).fetchall()
            raw.append((time.perf_counter() - t) * 1000)
    typing = []
    for prefix in PREFIXES:
        t = time.perf_counter()
        search(store, prefix, limit=50, prefix_last=True)
        typing.append((time.perf_counter() - t) * 1000)
    print(
        f"search via service, {len(service)} queries: p50 {statistics.median(service):.1f} ms, "
        f"p95 {percentile(service, 95):.1f} ms (target p95 ≤ 50 ms)"
    )
    print(
        f"same queries direct on FTS5:          p50 {statistics.median(raw):.1f} ms, "
        f"p95 {percentile(raw, 95):.1f} ms"
    )
    print(
        f"as-you-type prefixes {PREFIXES[0]!r}…{PREFIXES[-1]!r}: p50 {statistics.median(typing):.1f} ms, "
        f"max {max(typing):.1f} ms"
    )
    conn.close()
    store.close()


def _median_ms(work: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        work()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def bench_table_search(path: Path) -> None:
    """What the table waits for after a keystroke: all ranked ids (its row count), then the first page."""
    store = open_store(path)
    commitment_ids(store, TableQuery(search="warm up"))
    print(f"table search as you type (median of 5; ids, then the first {PAGE} rows with snippets):")
    for query in TABLE_SEARCHES:
        ids = commitment_ids(store, query)
        ids_ms = _median_ms(partial(commitment_ids, store, query))
        page_ms = _median_ms(partial(fetch_rows, store, ids[:PAGE], query.search))
        label = query.search or " ".join(f"{f.field}:{f.value}" for f in query.facets)
        print(
            f"  {label!r:22} {len(ids):>7,} rows  ids {ids_ms:6.1f} ms + first page {page_ms:5.1f} ms "
            f"= {ids_ms + page_ms:6.1f} ms"
        )
    store.close()


def bench_conflicts(path: Path) -> None:
    """The Conflicts facet: every position gets a head revision, 1 in 100 holding an open conflict."""
    conn = sqlite3.connect(str(path))
    heads = []
    for i, (position_id, commitment_id) in enumerate(conn.execute("SELECT id, commitment_id FROM position")):
        conflicts = (
            json.dumps([{"field": "stance", "base": None, "ours": "support", "theirs": "oppose"}])
            if i % 100 == 0
            else "null"  # what SQLAlchemy's JSON writes for None
        )
        heads.append((str(uuid.uuid4()), position_id, commitment_id, conflicts))
    with conn:
        conn.executemany(
            "INSERT INTO revision(id, entity_type, entity_id, commitment_id, party_code, author, device_id, "
            "created_at, changed, snapshot, conflicts) "
            "VALUES (?, 'position', ?, ?, 'CA', '', '', '2026-01-01 00:00:00', '{}', '{}', ?)",
            heads,
        )
        conn.executemany("UPDATE position SET head_revision_id=? WHERE id=?", [(h[0], h[1]) for h in heads])
    conn.close()
    store = open_store(path)
    query = TableQuery(facets=(FacetFilter("conflict", OPEN_CONFLICT),))
    ids = commitment_ids(store, query)
    count = next(f.count for f in facet_values(store) if f.field == "conflict")
    print(f"conflicts facet ({len(heads):,} positions, {count:,} commitments in conflict; median of 5):")
    page = commitment_ids(store, TableQuery())[:PAGE]
    figures: list[tuple[str, Callable[[], object]]] = [
        ("every facet count (off the GUI thread)", partial(facet_values, store)),
        ("the Open conflicts filter: ids", partial(commitment_ids, store, query)),
        (f"a page of {PAGE} rows with their badges", partial(fetch_rows, store, page)),
    ]
    for label, work in figures:
        print(f"  {label:40} {_median_ms(work):7.1f} ms")
    assert len(ids) == count
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--commitments", type=int, default=100_000)
    parser.add_argument("--summits", type=int, default=500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        bench_import(Path(tmp))
        bench_search(Path(tmp), args.summits, args.commitments)
        bench_table_search(Path(tmp) / "big.sqlite")
        bench_conflicts(Path(tmp) / "big.sqlite")


if __name__ == "__main__":
    main()
