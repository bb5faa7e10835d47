"""Importer benchmarks: time and peak memory to parse fact sheets of 1 MB and just under the 20 MB limit
(plain text, Markdown, HTML), a sheet of one-item pillars, 5 MB of blank lines, and long or deep lists; each
in a fresh process, so the peak is that file's alone.

Run: `.venv/bin/python -m benchmarks.bench_import [--only NAME]…` (targets: 20 MB of HTML in under 5 s;
≤ 300 MB peak for any file).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from nals_desktop.importers import MAX_DOCUMENT_BYTES

ROOT = Path(__file__).resolve().parents[1]
MEGABYTE = 1024 * 1024
LIMIT = MAX_DOCUMENT_BYTES - 4096  # an accepted file just under the limit
SEED = ROOT / "resources" / "seed" / "nals-2023-key-deliverables.txt"
MARKDOWN = ROOT / "tests" / "importers" / "documents" / "corpus" / "wh_nals2023_key_deliverables.md"
HTML_SECTION = (
    "<h2>Clean Energy</h2><p>The leaders committed to <b>act</b> by:</p><ul>"
    "<li>Building <a href='https://example.org'>grids</a>&nbsp;together across North America.</li>"
    "<li>Sharing <u>data</u> on methane.<ul><li>with <strong>partners</strong></li></ul></li></ul>"
)
PILLAR = "## Pillar\n\nThe leaders committed to:\n\n- Commitment on clean energy and methane, together.\n\n"
HEAD = "Leaders agreed to:\n\n- act together\n"


def repeated(unit: str, size: int, head: str = "", tail: str = "") -> str:
    """``head``, then ``unit`` as often as fits in ``size`` bytes with ``tail``."""
    room = size - len(head.encode()) - len(tail.encode())
    return head + unit * (room // len(unit.encode())) + tail


def seed_text(size: int) -> str:
    seed = SEED.read_text(encoding="utf-8")
    head, body = seed.split("Prime Minister Trudeau emphasized", 1)
    return repeated("Prime Minister Trudeau emphasized" + body.split("Related Product")[0], size, head)


def markdown_text(size: int) -> str:
    return repeated(MARKDOWN.read_text(encoding="utf-8"), size)


def html_text(size: int, head: str = "<html><body><main>", tail: str = "</main></body></html>") -> str:
    return repeated(HTML_SECTION, size, head, tail)


def deep_html(levels: int) -> str:
    return "<p>The leaders will:</p>" + "<ul><li>level" * levels + "</li></ul>" * levels


CASES: dict[str, tuple[str, Callable[[], str]]] = {
    "txt-1mb": ("txt", lambda: seed_text(MEGABYTE)),
    "md-1mb": ("md", lambda: markdown_text(MEGABYTE)),
    "html-1mb": ("html", lambda: html_text(MEGABYTE)),
    "txt-20mb": ("txt", lambda: seed_text(LIMIT)),
    "md-20mb": ("md", lambda: markdown_text(LIMIT)),
    "html-20mb": ("html", lambda: html_text(LIMIT)),
    # ASP.NET and SharePoint pages: the whole page inside one <form>.
    "html-20mb-in-a-form": (
        "html",
        lambda: html_text(LIMIT, "<html><body><form><main>", "</main></form></body></html>"),
    ),
    "md-20mb-one-item-pillars": ("md", lambda: repeated(PILLAR, LIMIT)),
    "txt-5mb-blank-lines": ("txt", lambda: HEAD + "\n" * 5 * MEGABYTE),
    "md-5mb-blank-lines": ("md", lambda: HEAD + "\n" * 5 * MEGABYTE),
    "html-5mb-blank-lines": (
        "html",
        lambda: "<p>Leaders agreed to:</p><ul><li>act</li></ul>" + "\n" * 5 * MEGABYTE,
    ),
    "txt-20mb-one-list": ("txt", lambda: repeated("  • Item: a commitment to act.\n", LIMIT, HEAD)),
    "html-20mb-deep-lists": ("html", lambda: repeated(deep_html(500), LIMIT)),
}


def peak_rss_mb() -> float:
    """This process's peak resident memory: VmHWM, which (unlike ru_maxrss) starts afresh at exec."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux, bytes on macOS


def measure(path: Path) -> dict[str, float]:
    """In this (fresh) process: parse ``path`` and return the time, the counts and the peak memory."""
    from nals_desktop.importers import parse_file

    before = peak_rss_mb()
    started, cpu = time.perf_counter(), time.process_time()
    summit = parse_file(path)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    return {
        "seconds": elapsed,
        "cpu": cpu,
        "peak_mb": peak_rss_mb(),
        "base_mb": before,
        "pillars": len(summit.pillars),
        "commitments": summit.commitment_count,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", action="append", choices=sorted(CASES), help="run only these cases")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # the child process
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure)))
        return
    print(
        f"{'case':28} {'MB':>6} {'time':>8} {'CPU':>8} {'peak RSS':>9} {'(start)':>8} "
        f"{'pillars':>8} {'items':>8}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.only or CASES:
            fmt, make = CASES[name]
            path = Path(tmp) / f"{name}.{fmt}"
            path.write_text(make(), encoding="utf-8")
            child = subprocess.run(
                [sys.executable, "-m", "benchmarks.bench_import", "--measure", str(path)],
                cwd=ROOT,
                capture_output=True,
                text=True,
                check=False,
            )
            if child.returncode:
                print(f"{name:28} failed: {child.stderr.strip().splitlines()[-1:]}")
                continue
            r = json.loads(child.stdout)
            print(
                f"{name:28} {path.stat().st_size / MEGABYTE:6.1f} {r['seconds']:7.2f}s {r['cpu']:7.2f}s "
                f"{r['peak_mb']:6.0f} MB {r['base_mb']:5.0f} MB "
                f"{r['pillars']:8,.0f} {r['commitments']:8,.0f}",
                flush=True,
            )
            path.unlink()
    print("(time: wall clock, and the parse's CPU time, which other work on the machine adds little to;")
    print(
        " peak RSS of the whole process, interpreter and libraries included, and at the start of the parse;"
    )
    print(" targets: 20 MB of HTML in under 5 s, ≤ 300 MB for any file)")


if __name__ == "__main__":
    main()
