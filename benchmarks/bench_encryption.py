"""Encrypted against plaintext, in one run, on the same 100,000-commitment store: start to a painted window,
open + first search, search p95, save p99, backup. The encrypted store is an SQLCipher copy of the plain one
(raw key: no key derivation per connection); the passphrase's Argon2id runs once per start and is timed
apart (the encrypted window's start includes it: that figure is shown with and without it).

Each figure is the median of ``--repeats`` runs, plaintext and encrypted taking turns to go first (the
machine is shared); starts and first searches run in fresh processes, so neither pays the other's imports.

Run: `.venv/bin/python -m benchmarks.bench_encryption [--commitments N] [--saves N] [--repeats N]`.
Target (issue 15): no figure worse than 1.25x plaintext.
"""

from __future__ import annotations

import argparse
import compileall
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.bench_gui import _env
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
PASSPHRASE = "benchmark passphrase"
LABELS = ("plaintext", "encrypted")

#: The app's start to its first painted, populated window (``--self-check --timing``), telling how long the
#: passphrase's unwrapping (Argon2id) took in it.
APP = r"""
import sys, time
from nals_desktop.store import cipher
unlock = cipher.unlock
def timed_unlock(*args, **kwargs):
    t0 = time.perf_counter()
    try:
        return unlock(*args, **kwargs)
    finally:
        print(f"unlock_s={time.perf_counter() - t0:.6f}")
cipher.unlock = timed_unlock
from nals_desktop.ui.app import main
sys.exit(main([sys.argv[0], "--self-check", "--timing"]))
"""

#: A fresh process: open the store and run the first query (the window's first paint needs one); prints ms.
FIRST_SEARCH = r"""
import sys, time
from pathlib import Path
from nals_desktop.services.search import search
from nals_desktop.store.engine import open_store
key = sys.stdin.read().strip()
t0 = time.perf_counter()
store = open_store(Path(sys.argv[1]), key=bytes.fromhex(key) if key else None)
search(store, "methane", limit=50)
print((time.perf_counter() - t0) * 1000)
store.close()
"""


def measure(label: str, store: Store, saves: int, rounds: int, offset: int) -> dict[str, float]:
    ids = commitment_ids(store, TableQuery())[offset : offset + saves]
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


def painted_ms(env: dict[str, str]) -> tuple[float, float]:
    """Milliseconds from spawning the app to its painted window, and of them, the key's unwrapping."""
    spawned = time.time()
    proc = subprocess.run([sys.executable, "-c", APP], env=env, capture_output=True, text=True, check=True)
    found = dict(part.split("=", 1) for part in proc.stdout.split() if "=" in part)
    return (float(found["painted_at"]) - spawned) * 1000, float(found.get("unlock_s", 0)) * 1000


def first_search_ms(path: Path, key: bytes | None) -> float:
    proc = subprocess.run(
        [sys.executable, "-c", FIRST_SEARCH, str(path)],
        input=key.hex() if key else "",
        capture_output=True,
        text=True,
        check=True,
    )
    return float(proc.stdout.strip().splitlines()[-1])


def turns(repeat: int) -> tuple[str, ...]:
    """Who goes first this time: plaintext and encrypted take turns."""
    return LABELS if repeat % 2 == 0 else LABELS[::-1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--commitments", type=int, default=100_000)
    parser.add_argument("--saves", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    # Installed copies (wheel, .deb, installers) start from compiled bytecode; so does this benchmark.
    compileall.compile_dir(Path(__file__).resolve().parents[1] / "nals_desktop", quiet=1)
    with tempfile.TemporaryDirectory(prefix="nals-bench-enc-") as tmp:
        homes = {label: Path(tmp) / label for label in LABELS}
        paths = {label: home / "nals.sqlite" for label, home in homes.items()}
        for home in homes.values():
            home.mkdir(mode=0o700)
        t0 = time.perf_counter()
        make_synthetic_store(paths["plaintext"], commitments=args.commitments)
        print(f"made a {args.commitments:,}-commitment store in {time.perf_counter() - t0:.1f} s")
        key = secrets.token_bytes(32)
        cipher.encrypted_copy(paths["plaintext"], paths["encrypted"], key)
        key_path = cipher.key_file(paths["encrypted"])
        assert cipher.create_key_file(key_path, PASSPHRASE, key=key) == key
        keys: dict[str, bytes | None] = {"plaintext": None, "encrypted": key}
        passphrase_file = Path(tmp) / "passphrase.txt"
        passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")

        kdf_ms = []
        for _ in range(args.repeats):
            t0 = time.perf_counter()
            assert cipher.unlock(key_path, PASSPHRASE) == key
            kdf_ms.append((time.perf_counter() - t0) * 1000)
        kdf = statistics.median(kdf_ms)

        runs: dict[str, dict[str, list[float]]] = {label: {} for label in LABELS}

        def record(label: str, name: str, value: float) -> None:
            runs[label].setdefault(name, []).append(value)

        envs = {label: _env(home) for label, home in homes.items()}
        envs["encrypted"]["NALS_PASSPHRASE_FILE"] = str(passphrase_file)
        for label in LABELS:
            painted_ms(envs[label])  # the first start of each warms the operating system's caches
        for repeat in range(args.repeats):
            for label in turns(repeat):
                total, unlocking = painted_ms(envs[label])
                record(label, "start to painted window ms", total)
                record(label, "  less its Argon2id ms", total - unlocking)
        for repeat in range(args.repeats):
            for label in turns(repeat):
                record(label, "open + first search ms", first_search_ms(paths[label], keys[label]))
        for label in LABELS:  # this process's own first queries (imports, statement caches) go unmeasured
            store = open_store(paths[label], key=keys[label])
            for query in QUERIES:
                search(store, query, limit=50)
            store.close()
        for repeat in range(args.repeats):
            for label in turns(repeat):
                store = open_store(paths[label], key=keys[label])
                try:
                    figures = measure(label, store, args.saves, args.rounds, repeat * args.saves)
                finally:
                    store.close()
                for name, value in figures.items():
                    record(label, name, value)

        print(f"Argon2id unwrapping the key (once per start, {cipher.DEFAULT_KDF}): {kdf:.0f} ms")
        print(f"medians of {args.repeats} runs each, at {args.commitments:,} commitments:")
        print(f"{'figure':<28}{'plaintext':>12}{'encrypted':>12}{'ratio':>8}")
        for name in runs["plaintext"]:
            plain = statistics.median(runs["plaintext"][name])
            enc = statistics.median(runs["encrypted"][name])
            print(f"{name:<28}{plain:>12.2f}{enc:>12.2f}{enc / plain:>8.2f}")


if __name__ == "__main__":
    main()
