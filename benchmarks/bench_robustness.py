"""Importer robustness on documents it was not tuned on: each real document of the corpus (tests/importers/
documents/corpus/) rewritten, one variant at a time, as another converter or another copy of the same page
would give it (tests/importers/variants.py: the shapes of issue 14, other bullets and numbers, other headings,
line endings, wrapping, indentation, quotes, the page as HTML with other chrome). None changes what a person
counts, so each should still give the hand counts of counts.json.

Per variant: documents exact, within one pillar, further off (or refused), and with text lost: words of the
document found neither in the import (title, preamble, pillar titles and intros, commitments, groups, place)
nor in the list of what was not imported (a silent drop).

Run: `.venv/bin/python -m benchmarks.bench_robustness` (`-v` lists every document that is not exact or lost
text; a variant's name as argument runs that one only).
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

from lxml import html as lxml_html
from markdown_it import MarkdownIt

from nals_desktop.domain.errors import DocumentError
from nals_desktop.domain.model import ParsedCommitment
from nals_desktop.importers import read_source, read_text
from tests.importers.rendered import _pandoc_bold, front_matter
from tests.importers.variants import HTML, MARKDOWN

DOCUMENTS = Path(__file__).resolve().parents[1] / "tests" / "importers" / "documents"
_WORD = re.compile(r"[^\W_]+")
_markdown = MarkdownIt("commonmark", {"html": True})


def words(text: str) -> Counter[str]:
    """The words of a text, lower case; numbers of one to three digits (a paragraph's or item's number) and
    single letters (an apostrophe's "s") are not counted."""
    return Counter(
        w
        for w in (m.lower() for m in _WORD.findall(text))
        if len(w) > 1 and not (w.isdigit() and len(w) <= 3)
    )


def document_words(markdown: str) -> Counter[str]:
    """The words a person reads in a Markdown document's body (its markup rendered away)."""
    _meta, body = front_matter(markdown)
    root = lxml_html.fragment_fromstring(
        _markdown.render(_pandoc_bold(body)) or "<p></p>", create_parent="div"
    )
    return words(root.text_content())


def _all(items: list[ParsedCommitment]) -> int:
    return sum(1 + _all(item.children) for item in items)


def _texts(items: list[ParsedCommitment]) -> list[str]:
    out: list[str] = []
    for item in items:
        out += [item.text, item.group or "", *_texts(item.children)]
    return out


def outcome(
    text: str, fmt: str, name: str, expected: dict[str, object], read: Counter[str]
) -> tuple[str, int]:
    """Whether the reading is "exact", "near" (within one pillar), "off" or "refused"; and how many words of
    the document it lost."""
    paragraphs = bool(expected.get("paragraphs"))
    try:
        reading = read_text(text, fmt, name, paragraphs=paragraphs)
    except DocumentError:
        return "refused", 0
    summit = reading.summit
    kept = [summit.title, summit.preamble, summit.location, *reading.left_out]
    for pillar in summit.pillars:
        kept += [pillar.title, pillar.intro, *_texts(pillar.commitments)]
    lost = sum((read - words("\n".join(kept))).values())
    found = [len(p.commitments) for p in summit.pillars]
    pinned = expected["pillars"]
    assert isinstance(pinned, list)
    if found == pinned and _all([c for p in summit.pillars for c in p.commitments]) == expected["all"]:
        return "exact", lost
    return ("near" if abs(len(found) - len(pinned)) <= 1 else "off"), lost


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    chosen = [a for a in argv if not a.startswith("-")]
    pinned: dict[str, dict[str, object]] = json.loads((DOCUMENTS / "counts.json").read_text("utf-8"))
    corpus = {name: counts for name, counts in pinned.items() if name.startswith("corpus/")}
    sources = {name: read_source(DOCUMENTS / name) for name in corpus}
    read = {name: document_words(source.text) for name, source in sources.items()}
    variants = {"original": lambda text: text, **MARKDOWN, **HTML}
    started = time.perf_counter()
    print(
        f"{'variant':20} {'changed':>7} {'exact':>6} {'near':>5} {'off':>4} {'lost':>5}"
        f"  (of {len(corpus)} documents)"
    )
    totals = Counter[str]()
    for variant, rewrite in variants.items():
        if chosen and variant not in chosen:
            continue
        fmt = "html" if variant in HTML else "md"
        tally = Counter[str]()
        notes: list[str] = []
        for name, counts in corpus.items():
            text = rewrite(sources[name].text)
            tally["changed"] += text != sources[name].text
            result, lost = outcome(text, fmt, sources[name].name, counts, read[name])
            tally[result if result != "refused" else "off"] += 1
            tally["lost"] += lost > 0
            if verbose and (result != "exact" or lost):
                notes.append(f"    {name[7:]}: {result}{f', {lost} words lost' if lost else ''}")
        totals.update(tally)
        print(
            f"{variant:20} {tally['changed']:7} {tally['exact']:6} {tally['near']:5} {tally['off']:4}"
            f" {tally['lost']:5}"
        )
        for note in notes:
            print(note)
    runs = sum(totals[k] for k in ("exact", "near", "off"))
    print(
        f"\nall variants: {totals['exact']} of {runs} exact, {totals['near']} within one pillar, "
        f"{totals['off']} further off, {totals['lost']} with text lost "
        f"({time.perf_counter() - started:.0f} s)"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
