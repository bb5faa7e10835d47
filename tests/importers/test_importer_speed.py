"""A 1 MB fact sheet parses in well under a second: no quadratic work anywhere in the importer."""

from __future__ import annotations

import time
from pathlib import Path

from nals_desktop.importers import parse_text

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "resources" / "seed" / "nals-2023-key-deliverables.txt"
CORPUS = ROOT / "tests" / "importers" / "documents" / "corpus"
MEGABYTE = 1024 * 1024


def timed_parse(text: str, fmt: str) -> tuple[float, int, int]:
    started = time.perf_counter()
    summit = parse_text(text, fmt, "big." + fmt)
    return time.perf_counter() - started, len(summit.pillars), summit.commitment_count


def test_seed_pillars_repeated_to_one_megabyte() -> None:
    seed = SEED.read_text(encoding="utf-8")
    head, body = seed.split("Prime Minister Trudeau emphasized", 1)
    body = "Prime Minister Trudeau emphasized" + body.split("Related Product")[0]
    copies = MEGABYTE // len(body.encode()) + 1
    elapsed, pillars, commitments = timed_parse(head + body * copies, "txt")
    assert (pillars, commitments) == (6 * copies, 31 * copies)
    assert elapsed < 0.5, f"{elapsed:.2f} s"


def test_one_megabyte_of_markdown() -> None:
    page = (CORPUS / "wh_nals2023_key_deliverables.md").read_text(encoding="utf-8")
    copies = MEGABYTE // len(page.encode()) + 1
    elapsed, pillars, commitments = timed_parse(page * copies, "md")
    assert (pillars, commitments) == (6 * copies, 28 * copies)
    assert elapsed < 2.0, f"{elapsed:.2f} s"


def test_one_megabyte_of_html() -> None:
    section = (
        "<h2>Clean Energy {n}</h2><p>The leaders committed to <b>act</b> by:</p><ul>"
        "<li>Building <a href='https://example.org'>grids</a>&nbsp;together across North America.</li>"
        "<li>Sharing <u>data</u> on methane.<ul><li>with <strong>partners</strong></li></ul></li></ul>"
    )
    html = "<html><body><main>" + "".join(section.format(n=n) for n in range(MEGABYTE // len(section)))
    elapsed, pillars, commitments = timed_parse(html + "</main></body></html>", "html")
    assert pillars == MEGABYTE // len(section) and commitments == 2 * pillars
    assert elapsed < 3.0, f"{elapsed:.2f} s"
