"""Importer accuracy: every document of the test corpus (tests/importers/documents/) read as a user would, its
pillars and commitments against the counts pinned by hand in counts.json, and how many come out exact.

The Markdown documents of the real corpus (corpus/) are also read as the web page they came from and as that
page copied from a browser (tests/importers/rendered.py): the columns "html" and "copy" say whether those come
out exact too (for a copy, which loses its nesting, the number of pillars and of all commitments).

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
from tests.importers.rendered import as_copied_text, as_html

DOCUMENTS = Path(__file__).resolve().parents[1] / "tests" / "importers" / "documents"


def _all(items: list[ParsedCommitment]) -> int:
    return sum(1 + _all(item.children) for item in items)


def _found(text: str, fmt: str, name: str, paragraphs: bool) -> tuple[dict[str, object], int]:
    """Pillars and commitments found in a text, and how many parts of it were left out (listed)."""
    try:
        reading = read_text(text, fmt, name, paragraphs=paragraphs)
    except DocumentError:
        return {"refused": True}, 0
    pillars = reading.summit.pillars
    found: dict[str, object] = {
        "pillars": [len(p.commitments) for p in pillars],
        "all": sum(_all(p.commitments) for p in pillars),
    }
    return found, sum(1 for w in warnings(reading) if w.kind == "left_out")


def _same(found: dict[str, object], expected: dict[str, object], nested: bool = True) -> bool:
    if not nested and isinstance(found.get("pillars"), list) and isinstance(expected.get("pillars"), list):
        pillars = found["pillars"], expected["pillars"]
        return len(pillars[0]) == len(pillars[1]) and found.get("all") == expected.get("all")  # type: ignore[arg-type]
    return all(found.get(key) == value for key, value in expected.items() if key != "paragraphs")


def main() -> None:
    pinned: dict[str, dict[str, object]] = json.loads((DOCUMENTS / "counts.json").read_text("utf-8"))
    exact = off_by_one = 0
    rendered = {"md": 0, "html": 0, "copy": 0}
    print(f"{'document':58} {'pinned':>18} {'found':>18}  left out  result   html  copy")
    for name, expected in pinned.items():
        paragraphs = bool(expected.get("paragraphs"))
        try:
            source = read_source(DOCUMENTS / name)
        except DocumentError:
            found: dict[str, object] = {"refused": True}
            left_out = 0
        else:
            found, left_out = _found(source.text, source.fmt, source.name, paragraphs)
        same = _same(found, expected)
        formats = ""
        if name.startswith("corpus/"):
            page = as_html(source.text)
            as_page = _same(_found(page, "html", source.name, paragraphs)[0], expected)
            copied = _found(as_copied_text(page), "txt", source.name, paragraphs)[0]
            as_copy = _same(copied, expected, nested=False)
            rendered["md"] += same
            rendered["html"] += as_page
            rendered["copy"] += as_copy
            formats = f"   {'exact' if as_page else 'DIFFERS':>5}  {'exact' if as_copy else 'DIFFERS'}"
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
            f"  {left_out:8}  {'exact' if same else 'DIFFERS'}{formats}"
        )
    print(
        f"\n{exact} of {len(pinned)} documents exact; {off_by_one} more within one pillar; "
        f"{len(pinned) - exact - off_by_one} further off"
    )
    corpus = sum(1 for name in pinned if name.startswith("corpus/"))
    print(
        f"real corpus ({corpus} documents): {rendered['md']} exact as Markdown, {rendered['html']} as HTML, "
        f"{rendered['copy']} as text copied from a browser"
    )


def _shown(counts: dict[str, object]) -> str:
    if counts.get("refused"):
        return "refused"
    pillars = counts.get("pillars")
    assert isinstance(pillars, list)
    return f"{len(pillars)} p, {sum(pillars)} ({counts.get('all')}) c"


if __name__ == "__main__":
    main()
