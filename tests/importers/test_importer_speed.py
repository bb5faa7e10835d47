"""No quadratic work in the importer: four times the text costs well under twelve times the CPU time.

The figures themselves are printed by `python -m benchmarks.bench_import`; these tests compare two sizes
measured in the same test, so a busy machine slows both alike.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from nals_desktop.importers import parse_text

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "resources" / "seed" / "nals-2023-key-deliverables.txt"
CORPUS = ROOT / "tests" / "importers" / "documents" / "corpus"
KILOBYTE = 1024
SMALL = 64 * KILOBYTE
# A quadratic reader costs 16 times as much for 4 times the text; a linear one about 4 times.
SCALE, MAX_RATIO = 4, 12

HTML_SECTION = (
    "<h2>Clean Energy {n}</h2><p>The leaders committed to <b>act</b> by:</p><ul>"
    "<li>Building <a href='https://example.org'>grids</a>&nbsp;together across North America.</li>"
    "<li>Sharing <u>data</u> on methane.<ul><li>with <strong>partners</strong></li></ul></li></ul>"
)


def seed_sheet(copies: int) -> str:
    seed = SEED.read_text(encoding="utf-8")
    head, body = seed.split("Prime Minister Trudeau emphasized", 1)
    return head + ("Prime Minister Trudeau emphasized" + body.split("Related Product")[0]) * copies


def markdown_sheet(copies: int) -> str:
    return (CORPUS / "wh_nals2023_key_deliverables.md").read_text(encoding="utf-8") * copies


def html_sheet(copies: int) -> str:
    sections = "".join(HTML_SECTION.format(n=n) for n in range(copies))
    return f"<html><body><main>{sections}</main></body></html>"


def blank_lines(copies: int) -> str:
    return "Leaders agreed to:\n\n- act together\n" + "\n" * copies


def html_blank_lines(copies: int) -> str:
    return "<p>Leaders agreed to:</p><ul><li>act together</li></ul>" + "\n" * copies


def cpu_seconds(text: str, fmt: str) -> float:
    """The least CPU time of two parses (the other processes of a busy machine add wall time, not this)."""
    times = []
    for _ in range(2):
        started = time.process_time()
        parse_text(text, fmt, "big." + fmt)
        times.append(time.process_time() - started)
    return max(min(times), 1e-3)


@pytest.mark.parametrize(
    ("fmt", "sheet", "unit", "per_copy"),
    [
        ("txt", seed_sheet, 8 * KILOBYTE, (6, 31)),
        ("md", markdown_sheet, 8 * KILOBYTE, (6, 28)),
        ("html", html_sheet, len(HTML_SECTION), (1, 2)),
        ("txt", blank_lines, 1, None),
        ("md", blank_lines, 1, None),
        ("html", html_blank_lines, 1, None),
    ],
    ids=["txt", "md", "html", "txt-blank-lines", "md-blank-lines", "html-blank-lines"],
)
def test_four_times_the_text_costs_less_than_twelve_times_as_much(
    fmt: str, sheet: Callable[[int], str], unit: int, per_copy: tuple[int, int] | None
) -> None:
    copies = max(SMALL // unit, 1)
    small, large = sheet(copies), sheet(SCALE * copies)
    for text, n in ((small, copies), (large, SCALE * copies)):
        summit = parse_text(text, fmt, "big." + fmt)
        if per_copy is not None:
            assert (len(summit.pillars), summit.commitment_count) == (per_copy[0] * n, per_copy[1] * n)
    ratio = cpu_seconds(large, fmt) / cpu_seconds(small, fmt)
    print(f"{fmt}: {SCALE}x the text, {ratio:.1f}x the CPU time")
    assert ratio < MAX_RATIO, f"{SCALE}x the text cost {ratio:.1f}x the time"
