"""Fault injection figures: kill -9 trials, damage, 4 CLI writers and the hostile corpus, on real stores.

`python -m benchmarks.bench_faults [--trials N]` runs what tests/faults runs (same harness) and prints the
figures; the tests assert them, never their durations.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.faults import harness  # noqa: E402
from tests.faults.hostile import write_corpus  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--trials", type=int, default=200, help="kill -9 trials (default 200)")
    parser.add_argument("--saves", type=int, default=10, help="saves per CLI writer (default 10)")
    args = parser.parse_args()
    started = time.monotonic()
    bad = 0
    with tempfile.TemporaryDirectory(prefix="nals-faults-") as tmp:
        folder = Path(tmp)
        templates = harness.make_templates(folder / "templates")
        runs = [
            lambda: harness.kill_trials(args.trials, folder / "kill", templates=templates),
            lambda: harness.damage_runs(folder / "damage", templates),
            lambda: harness.concurrent_writers(folder / "writers", templates, saves=args.saves),
            lambda: harness.hostile_imports(folder / "hostile", templates, _corpus(folder / "corpus")),
        ]
        for run in runs:
            figures = run()
            print(figures.line(), flush=True)
            for problem in figures.problems[:10]:
                print("  " + problem)
            bad += len(figures.problems) + figures.lost + figures.tracebacks
    print(f"faults: {time.monotonic() - started:.1f} s in all, {bad} problems")
    return 1 if bad else 0


def _corpus(folder: Path) -> Path:
    write_corpus(folder)
    return folder


if __name__ == "__main__":
    sys.exit(main())
