"""Importer accuracy: every document of the test corpus (tests/importers/documents/) read as a user would, its
pillars and commitments against the counts pinned by hand in counts.json, and how many come out exact.

Run: `.venv/bin/python -m benchmarks.bench_corpus` (target: every document exact, none off by more than one
pillar, nothing left out silently: what is not imported is listed, and counted here).
"""

from __future__ import annotations

import json
from pathlib import Path

from nals_desktop.domain.errors import DocumentError
from nals_desktop.domain.model import ParsedCommitment
from nals_desktop.importers import read_source, read_text
from nals_desktop.importers.review import warnings

DOCUMENTS = Path(__file__).resolve().parents[1] / "tests" / "importers" / "documents"


def _all(items: list[ParsedCommitment]) -> int:
    return sum(1 + _all(item.children) for item in items)


def main() -> None:
    pinned: dict[str, dict[str, object]] = json.loads((DOCUMENTS / "counts.json").read_text("utf-8"))
    exact = off_by_one = 0
    print(f"{'document':58} {'pinned':>18} {'found':>18}  left out  result")
    for name, expected in pinned.items():
        paragraphs = bool(expected.get("paragraphs"))
        try:
            source = read_source(DOCUMENTS / name)
            reading = read_text(source.text, source.fmt, source.name, paragraphs=paragraphs)
        except DocumentError:
            found: dict[str, object] = {"refused": True}
            left_out = 0
        else:
            pillars = reading.summit.pillars
            found = {
                "pillars": [len(p.commitments) for p in pillars],
                "all": sum(_all(p.commitments) for p in pillars),
            }
            left_out = sum(1 for w in warnings(reading) if w.kind == "left_out")
        same = all(found.get(key) == value for key, value in expected.items() if key != "paragraphs")
        pinned_pillars = expected.get("pillars")
        found_pillars = found.get("pillars")
        near = (
            isinstance(pinned_pillars, list)
            and isinstance(found_pillars, list)
            and abs(len(pinned_pillars) - len(found_pillars)) <= 1
        )
        exact += same
        off_by_one += not same and near
        print(
            f"{name + (' (paragraphs)' if paragraphs else ''):58} {_shown(expected):>18} {_shown(found):>18}"
            f"  {left_out:8}  {'exact' if same else 'DIFFERS'}"
        )
    print(
        f"\n{exact} of {len(pinned)} documents exact; {off_by_one} more within one pillar; "
        f"{len(pinned) - exact - off_by_one} further off"
    )


def _shown(counts: dict[str, object]) -> str:
    if counts.get("refused"):
        return "refused"
    pillars = counts.get("pillars")
    assert isinstance(pillars, list)
    return f"{len(pillars)} p, {sum(pillars)} ({counts.get('all')}) c"


if __name__ == "__main__":
    main()
