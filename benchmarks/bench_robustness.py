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
import sys
import time
from collections import Counter
from pathlib import Path

from nals_desktop.importers import read_source
from tests.importers.variants import HTML, MARKDOWN, document_words, outcome

DOCUMENTS = Path(__file__).resolve().parents[1] / "tests" / "importers" / "documents"


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
