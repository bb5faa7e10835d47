"""Encrypted against plaintext, in one run, on the same 100,000-commitment store: open, search p95, save
p99, backup. The encrypted store is an SQLCipher copy of the plain one (raw key: no key derivation per
connection); the passphrase's Argon2id runs once per start and is timed apart.

Run: `.venv/bin/python -m benchmarks.bench_encryption [--commitments N] [--saves N]`.
Target (issue 15): no figure worse than 1.25x plaintext.
"""

from __future__ import annotations

import argparse
import secrets
import tempfile
import time
from pathlib import Path

from benchmarks.bench_store import QUERIES, percentile
from benchmarks.synth import make_synthetic_store
from nals_desktop.services.annotate import set_position
from nals_desktop.services.identity import Author
from nals_desktop.services.maintenance import backup
from nals_desktop.services.search import search
from nals_desktop.services.workspace import TableQuery, commitment_ids
from nals_desktop.store import cipher
from nals_desktop.store.engine import Store, open_store

AUTHOR = Author("Bench", "CA", "00000000-0000-0000-0000-0000000be7c4")


def measure(label: str, store: Store, saves: int, rounds: int) -> dict[str, float]:
    ids = commitment_ids(store, TableQuery())[:saves]
    search_ms = []
    for _ in range(rounds):
        for query in QUERIES:
            t0 = time.perf_counter()
            search(store, query, limit=50)
            search_ms.append((time.perf_counter() - t0) * 1000)
    save_ms = []
    for i, cid in enumerate(ids):
        t0 = time.perf_counter()
        set_position(store, cid, "CA", {"objective": f"bench save {i}"}, AUTHOR)
        save_ms.append((time.perf_counter() - t0) * 1000)
    assert store.path is not None
    t0 = time.perf_counter()
    copy = backup(store, store.path.parent / f"{label}-backup.sqlite")
    backup_s = time.perf_counter() - t0
    copy.unlink()
    return {
        "search p95 ms": percentile(search_ms, 95),
        "save p99 ms": percentile(save_ms, 99),
        "backup s": backup_s,
    }


def timed_open(path: Path, key: bytes | None) -> tuple[Store, float]:
    t0 = time.perf_counter()
    store = open_store(path, key=key)
    search(store, "methane", limit=50)  # the first query: the window's first paint needs one
    return store, (time.perf_counter() - t0) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--commitments", type=int, default=100_000)
    parser.add_argument("--saves", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="nals-bench-enc-") as tmp:
        plain_path = Path(tmp) / "plain.sqlite"
        t0 = time.perf_counter()
        make_synthetic_store(plain_path, commitments=args.commitments)
        print(f"made a {args.commitments:,}-commitment store in {time.perf_counter() - t0:.1f} s")
        key = secrets.token_bytes(32)
        enc_path = Path(tmp) / "encrypted.sqlite"
        cipher.encrypted_copy(plain_path, enc_path, key)
        t0 = time.perf_counter()
        made = cipher.create_key_file(Path(tmp) / "k.key", "benchmark passphrase")
        kdf_ms = (time.perf_counter() - t0) * 1000
        assert made is not None
        figures: dict[str, dict[str, float]] = {}
        for label, path, k in (("plaintext", plain_path, None), ("encrypted", enc_path, key)):
            store, open_ms = timed_open(path, k)
            try:
                figures[label] = {
                    "open + first search ms": open_ms,
                    **measure(label, store, args.saves, args.rounds),
                }
            finally:
                store.close()
        print(f"Argon2id (once per start, {cipher.DEFAULT_KDF}): {kdf_ms:.0f} ms")
        print(f"{'figure':<26}{'plaintext':>12}{'encrypted':>12}{'ratio':>8}")
        for name in figures["plaintext"]:
            plain, enc = figures["plaintext"][name], figures["encrypted"][name]
            print(f"{name:<26}{plain:>12.2f}{enc:>12.2f}{enc / plain:>8.2f}")


if __name__ == "__main__":
    main()
