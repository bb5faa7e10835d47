"""`python -m benchmarks` runs every benchmark script and prints their figures."""

import runpy
import sys
from pathlib import Path

for script in sorted(Path(__file__).parent.glob("bench_*.py")):
    print(f"== {script.stem}", flush=True)
    sys.argv = [str(script)]
    runpy.run_module(f"benchmarks.{script.stem}", run_name="__main__")
