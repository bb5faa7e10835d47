"""Groups benchmark: what the commitments table adds to each query for its Group column (whether the scope has
groups, a probe of a partial index) against the ids query itself, sorted naturally and by group (the
document's order), and the navigator's tree with its groups, at 100,000 commitments without groups and with a
tenth of them in groups.

Run: `.venv/bin/python -m benchmarks.bench_groups [--commitments N]`.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path

from benchmarks.synth import make_synthetic_store
from nals_desktop.services.workspace import TableQuery, commitment_ids, has_groups, navigator_tree
from nals_desktop.store.engine import Store, open_store


def _ms(work: Callable[[], object], runs: int = 15) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return 1000 * statistics.median(times)


def _report(store: Store, label: str) -> None:
    node = navigator_tree(store)[0]
    scopes = {
        "all": TableQuery(),
        "summit": TableQuery(summit_id=node.summit.id),
        "pillar": TableQuery(summit_id=node.summit.id, pillar_id=node.pillars[0].id),
    }
    for name, scope in scopes.items():
        probe = _ms(partial(has_groups, store, scope.summit_id, scope.pillar_id))
        ids = _ms(partial(commitment_ids, store, scope), runs=5)
        by_group = _ms(partial(commitment_ids, store, replace(scope, sort="group")), runs=5)
        print(
            f"{label:<22} {name:<7} has_groups {probe:7.2f} ms   commitment_ids {ids:8.1f} ms"
            f"   by group {by_group:8.1f} ms"
        )
    tree = _ms(partial(navigator_tree, store), runs=5)
    groups = sum(len(n.groups) for n in navigator_tree(store))
    print(f"{label:<22} navigator_tree {tree:8.1f} ms ({groups} groups)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--commitments", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = make_synthetic_store(
            Path(tmp) / "groups.sqlite", commitments=args.commitments, positions=False
        )
        store = open_store(path)
        _report(store, "no groups")
        store.close()
        conn = sqlite3.connect(str(path))  # a tenth in groups, as two-level documents would give
        conn.execute("UPDATE commitment SET group_title = 'Group ' || (ordinal % 4) WHERE ordinal % 10 = 0")
        conn.commit()
        conn.close()
        store = open_store(path)
        _report(store, "a tenth in groups")
        store.close()


if __name__ == "__main__":
    main()
