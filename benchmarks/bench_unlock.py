"""Where an encrypted start spends its time: Argon2id alone, the start's imports (with and without the
delegation server's module), and cold self-checks of an encrypted store next to a plain copy of it, with the
passphrase's Argon2id running on a thread during the imports.

Run: `.venv/bin/python -m benchmarks.bench_unlock` (BENCH_UNLOCK_RUNS, default 5, interleaved runs).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.bench_gui import _painted

RUNS = int(os.environ.get("BENCH_UNLOCK_RUNS", "5"))
PASSPHRASE = "benchmark passphrase"

IMPORTS = r"""
import sys, time
t = time.perf_counter()
import nals_desktop.services.annotate, nals_desktop.services.workspace
import PySide6.QtWidgets
import nals_desktop.ui.main_window
print(f"{time.perf_counter() - t:.6f} {'nals_desktop.store.server' in sys.modules}")
"""


def argon2id_ms() -> float:
    from nals_desktop.store import cipher

    times = []
    for _ in range(3):
        t0 = time.perf_counter()
        cipher._derive(PASSPHRASE, b"s" * 16, cipher.DEFAULT_KDF)
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main() -> None:
    kdf = __import__("nals_desktop.store.cipher", fromlist=["DEFAULT_KDF"]).DEFAULT_KDF
    print(
        f"Argon2id ({kdf.time_cost} passes, {kdf.memory_cost // 1024} MiB, {kdf.parallelism} lanes): "
        f"{argon2id_ms():.0f} ms (median of 3)"
    )
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        secret = root / "passphrase.txt"
        secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
        encrypted, plain = root / "encrypted", root / "plain"
        env = dict(os.environ, NALS_PASSPHRASE_FILE=str(secret), QT_QPA_PLATFORM="offscreen")
        subprocess.run(  # the same seeded store, once encrypted (a first start) and once plain
            [
                sys.executable,
                "-c",
                "import sys; from pathlib import Path;"
                "from nals_desktop.services.startup import open_user_store;"
                "from nals_desktop.store.engine import open_store;"
                "from nals_desktop.services.importing import import_seed;"
                "open_user_store(Path(sys.argv[1]) / 'nals.sqlite').close();"
                "open_store(Path(sys.argv[2]) / 'nals.sqlite', prepare=import_seed).close()",
                str(encrypted),
                str(plain),
            ],
            env=env,
            check=True,
        )
        imports = subprocess.run(
            [sys.executable, "-c", IMPORTS], env=env, capture_output=True, text=True, check=True
        ).stdout.split()
        print(
            f"the start's imports (services, Qt, main window): {float(imports[0]) * 1000:.0f} ms; "
            f"the delegation server's module among them: {imports[1]}"
        )
        app = [sys.executable, "-m", "nals_desktop.ui.app", "--self-check", "--timing"]
        figures: dict[str, list[float]] = {"encrypted": [], "plain": []}
        homes = {"encrypted": encrypted, "plain": plain}
        for home in homes.values():
            _painted(app, dict(env, NALS_HOME=str(home)))  # bytecode and page cache warm
        for _ in range(RUNS):  # interleaved: both see the same load
            for label, home in homes.items():
                figures[label].append(_painted(app, dict(env, NALS_HOME=str(home))))
        enc, pl = statistics.median(figures["encrypted"]), statistics.median(figures["plain"])
        print(
            f"cold self-check to a painted window: encrypted {enc * 1000:.0f} ms, plain {pl * 1000:.0f} ms "
            f"(median of {RUNS}; ratio {enc / pl:.2f}x; Argon2id overlaps the imports)"
        )


if __name__ == "__main__":
    main()
