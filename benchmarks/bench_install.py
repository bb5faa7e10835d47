"""Installer figures: .deb size, installed size, start of the installed app next to the same from source.

Run after installing the .deb (packaging/linux/prove-deb.sh does, and runs this):
    .venv/bin/python -m benchmarks.bench_install [--deb dist/nals-desktop_X_amd64.deb] [--runs 5]
or as a plain script with any Python 3.11 (standard library only). Without an installed package it says so
and measures nothing (so `make bench` passes on a developer machine).

Start = wall time of `nals-desktop --self-check` (QT_QPA_PLATFORM=offscreen): the process starts, opens the
main window on an existing store, waits until it is painted and populated, and exits. Installed
(/usr/bin/nals-desktop → /opt/nals-desktop) and source (.venv/bin/nals-desktop, the checkout) runs alternate
in the same run, each on its own store of the same content. "Cold" runs drop the kernel's page cache before
each start when this process may (root); otherwise the runs are warm and the output says so. First start (a
fresh NALS_HOME: the store is created, migrated and seeded) is measured once for each. Target: installed
<= 1.5 x source.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLED_GUI = Path("/usr/bin/nals-desktop")
INSTALLED_CLI = Path("/usr/bin/nals")
BUNDLE = Path("/opt/nals-desktop")
SOURCE_GUI = ROOT / ".venv" / "bin" / "nals-desktop"
SOURCE_CLI = ROOT / ".venv" / "bin" / "nals"


def drop_caches() -> bool:
    try:
        os.sync()
        with open("/proc/sys/vm/drop_caches", "w") as f:
            f.write("3\n")
        return True
    except OSError:
        return False


def timed(cmd: list[str], home: Path, *, cold: bool) -> float:
    env = {**os.environ, "NALS_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    if cold:
        drop_caches()
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=tempfile.gettempdir())
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(
            f"bench_install: {' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.strip()[-500:]}"
        )
    return elapsed


def du_bytes(path: Path) -> int:
    total = 0
    for p in path.rglob("*"):
        if p.is_file() and not p.is_symlink():
            total += p.stat().st_size
    return total


def newest_deb() -> Path | None:
    debs = sorted((ROOT / "dist").glob("nals-desktop_*.deb"), key=lambda p: p.stat().st_mtime)
    return debs[-1] if debs else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--deb", type=Path, default=None, help="the .deb to measure (default: newest in dist/)"
    )
    parser.add_argument("--runs", type=int, default=5, help="starts of each kind (default 5)")
    parser.add_argument("--warm", action="store_true", help="do not drop the page cache between starts")
    args = parser.parse_args(argv)

    deb = args.deb or newest_deb()
    if deb and deb.is_file():
        print(f"deb size: {deb.stat().st_size / 2**20:.1f} MiB ({deb.name})")
    if not INSTALLED_GUI.exists() or not BUNDLE.is_dir():
        print(
            "bench_install: skipped: NALS Desktop is not installed from the .deb here "
            "(packaging/linux/prove-deb.sh builds, installs and measures it)"
        )
        return 0
    query = subprocess.run(
        ["dpkg-query", "-W", "-f=${Version} ${Installed-Size}", "nals-desktop"],
        capture_output=True,
        text=True,
    )
    if query.returncode == 0:
        version, size_kib = query.stdout.split()
        print(
            f"installed size: {int(size_kib) / 1024:.1f} MiB (dpkg Installed-Size, version {version}); "
            f"/opt/nals-desktop holds {du_bytes(BUNDLE) / 2**20:.1f} MiB"
        )

    have_source = SOURCE_GUI.exists()
    if not have_source:
        print(f"bench_install: no source run to compare with ({SOURCE_GUI} is missing: run `make setup`)")
    modes = ["warm"] + (["cold"] if not args.warm and drop_caches() else [])
    if "cold" not in modes:
        print("bench_install: cannot drop the page cache here (not root?): warm starts only")
    kinds = ["installed", "source"] if have_source else ["installed"]
    gui = {"installed": [str(INSTALLED_GUI), "--self-check"], "source": [str(SOURCE_GUI), "--self-check"]}
    cli = {"installed": [str(INSTALLED_CLI), "list"], "source": [str(SOURCE_CLI), "list"]}

    with tempfile.TemporaryDirectory(prefix="nals-bench-install-") as tmp:
        homes = {k: Path(tmp) / k for k in kinds}
        first = {k: timed(gui[k], homes[k], cold=False) for k in kinds}  # creates and seeds each store
        print(
            "first start on a fresh store (creates, migrates and seeds it): "
            + ", ".join(f"{k} {first[k]:.2f} s" for k in kinds)
        )
        for mode in modes:
            starts: dict[str, list[float]] = {k: [] for k in kinds}
            clis: dict[str, list[float]] = {k: [] for k in kinds}
            for _ in range(args.runs):
                for k in kinds:  # alternate, so that drift on the machine hits both alike
                    starts[k].append(timed(gui[k], homes[k], cold=mode == "cold"))
                    clis[k].append(timed(cli[k], homes[k], cold=mode == "cold"))
            label = "page cache dropped before each start" if mode == "cold" else "page cache kept"
            print(f"{mode} start ({label}), median of {args.runs}:")
            for k in kinds:
                runs = ", ".join(f"{t:.2f}" for t in starts[k])
                gui_s, cli_s = statistics.median(starts[k]), statistics.median(clis[k])
                print(
                    f"  {k:9s} nals-desktop --self-check {gui_s:.2f} s (runs: {runs}); "
                    f"nals list {cli_s:.2f} s"
                )
            if have_source:
                ratio = statistics.median(starts["installed"]) / statistics.median(starts["source"])
                verdict = "within" if ratio <= 1.5 else "OVER"
                print(f"  installed / source: {ratio:.2f}x ({verdict} the 1.5x target)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
