"""Briefing-book benchmark: build time and peak memory, seed book and 1,000 commitments, vs plain ReportLab.

Run: `.venv/bin/python benchmarks/bench_briefing.py [--commitments N] [--repeat N]`. The baseline lays out the
same paragraphs (every piece of text the book prints, same embedded font) with a bare SimpleDocTemplate.
Peak memory is traced (tracemalloc) in a separate run from the timed ones, since tracing slows Python down.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from nals_desktop.briefing import (
    BookContent,
    BookRequest,
    CommitmentView,
    PartyView,
    PillarView,
    PositionView,
    SourceView,
    StatusView,
    build_book,
)
from nals_desktop.briefing.text import markup
from nals_desktop.briefing.theme import FONT, register_fonts
from nals_desktop.domain.model import ImplementationStatus, Priority, Stance, tab_letter
from nals_desktop.paths import resource_path

PARTIES = (PartyView("CA", "Canada"), PartyView("MX", "Mexico"), PartyView("US", "United States"))


def _positions(rng: random.Random, words: list[str], n: int) -> tuple[PositionView, ...]:
    def say(k: int) -> str:
        return " ".join(rng.choice(words) for _ in range(k)).capitalize() + "."

    out = []
    for k, party in enumerate(PARTIES):
        out.append(
            PositionView(
                party.code,
                list(Stance)[(n + k) % 5],
                list(Priority)[(n + k) % 3],
                objective=say(30),
                key_messages="\n".join(f"- {say(14)}" for _ in range(3)),
                responses=say(20) if k == 0 else "",
                fallback=say(12),
                red_line=say(10) if k == 0 else "",
                background=say(40) if k == 0 else "",
                marking=("UNCLASSIFIED", "PROTECTED A", "PROTECTED B")[n % 3] if k == 0 else "UNCLASSIFIED",
                tags=("trade", "énergie"),
                updated_by="Analyst",
                updated_at=datetime(2024, 5, 1, 12, 0, tzinfo=UTC),
            )
        )
    return tuple(out)


def _commitment(rng: random.Random, words: list[str], ref: str, text: str, n: int) -> CommitmentView:
    return CommitmentView(
        ref,
        text,
        children=(CommitmentView(f"{ref}.1", " ".join(rng.choice(words) for _ in range(15)) + "."),)
        if n % 4 == 0
        else (),
        status=StatusView(
            list(ImplementationStatus)[n % 7],
            (n * 13) % 101,
            "Evidence: " + text[:120],
            date(2024, 4, 30),
            "Quarterly review.",
        ),
        positions=_positions(rng, words, n),
        updated_by="Analyst",
        updated_at=datetime(2024, 5, 2, 9, 0, tzinfo=UTC),
    )


def seed_content() -> BookContent:
    """The bundled NALS 2023 fact sheet (6 pillars, 31 commitments), with positions for the three parties."""
    text = resource_path("seed", "nals-2023-key-deliverables.txt").read_text(encoding="utf-8")
    meta = json.loads(resource_path("seed", "nals-2023.json").read_text(encoding="utf-8"))
    words = re.findall("[A-Za-zÀ-ÿ\u2019'-]{3,}", text)
    rng = random.Random(1)
    pillars: list[PillarView] = []
    intro = ""
    items: list[str] = []
    n = 0

    def close() -> None:
        if items:
            tab = tab_letter(len(pillars))
            commitments = tuple(
                _commitment(rng, words, f"{tab}-{i}", t, n + i) for i, t in enumerate(items, 1)
            )
            short = meta["short_titles"][len(pillars)]
            pillars.append(PillarView(tab, short, short, intro, commitments))
            items.clear()

    for line in text.splitlines():
        line = line.strip()
        if line.startswith("•"):
            items.append(line.lstrip("• ").strip())
            n += 1
        elif line:
            close()
            intro = line
    close()
    return BookContent(
        meta["title"],
        date.fromisoformat(meta["date"]),
        meta["location"],
        PARTIES,
        tuple(pillars),
        sources=(SourceView(meta["document"], meta["publisher"], "0" * 64),),
    )


def synthetic_content(commitments: int, per_pillar: int = 50) -> BookContent:
    words = re.findall(
        "[A-Za-zÀ-ÿ\u2019'-]{3,}", resource_path("seed", "nals-2023-key-deliverables.txt").read_text("utf-8")
    )
    rng = random.Random(7)
    pillars = []
    for p in range((commitments + per_pillar - 1) // per_pillar):
        tab = tab_letter(p)
        count = min(per_pillar, commitments - p * per_pillar)
        items = tuple(
            _commitment(
                rng, words, f"{tab}-{i}", " ".join(rng.choice(words) for _ in range(40)) + ".", p * 50 + i
            )
            for i in range(1, count + 1)
        )
        title = " ".join(rng.choice(words) for _ in range(4)).capitalize()
        pillars.append(
            PillarView(tab, title, title, " ".join(rng.choice(words) for _ in range(45)) + ".", items)
        )
    return BookContent("Synthetic summit", date(2025, 6, 1), "Ottawa", PARTIES, tuple(pillars))


def baseline_texts(content: BookContent) -> list[str]:
    """Every piece of text the book prints, once each, as the book's paragraphs would hold it."""
    texts: list[str] = []

    def item(c: CommitmentView) -> None:
        texts.append(c.reference)
        texts.append(c.text)
        for child in c.children:
            item(child)
        if c.status:
            texts.append(c.status.evidence)
            texts.append(c.status.reason)
        for p in c.positions:
            texts.extend(
                [p.objective, *p.key_messages.splitlines(), p.responses, p.fallback, p.red_line, p.background]
            )

    for pillar in content.pillars:
        texts += [pillar.title, pillar.intro]
        for c in pillar.commitments:
            item(c)
    return [t for t in texts if t.strip()]


def build_baseline(content: BookContent, path: Path) -> int:
    style = ParagraphStyle(
        "body", fontName=FONT, bulletFontName=FONT, fontSize=9.5, leading=13.3, spaceAfter=4
    )
    story = [Paragraph(markup(t), style) for t in baseline_texts(content)]
    doc = SimpleDocTemplate(str(path), pagesize=LETTER, initialFontName=FONT)
    doc.build(story)
    return doc.page


def build_ours(content: BookContent, path: Path) -> int:
    request = BookRequest(
        "Benchmark book",
        own_party="CA",
        parties=("CA", "MX", "US"),
        reproducible=True,
        printed_on=date(2025, 1, 1),
    )
    return build_book(content, request, path).pages


def timed(fn: Callable[[BookContent, Path], int], content: BookContent, path: Path) -> tuple[float, int]:
    t0 = time.perf_counter()
    pages = fn(content, path)
    return time.perf_counter() - t0, pages


def peak_mb(fn: Callable[[BookContent, Path], int], content: BookContent, path: Path) -> float:
    tracemalloc.start()
    try:
        fn(content, path)
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--commitments", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--store-commitments", type=int, default=20_000, help="one summit's size in a store")
    args = parser.parse_args()
    register_fonts()
    cases = [
        ("seed (31 commitments)", seed_content()),
        (f"synthetic ({args.commitments} commitments)", synthetic_content(args.commitments)),
    ]
    builders = {"book": build_ours, "baseline": build_baseline}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        build_ours(cases[0][1], folder / "warm.pdf")  # font loading, imports
        for name, content in cases:
            best = dict.fromkeys(builders, float("inf"))
            pages = dict.fromkeys(builders, 0)
            for _ in range(args.repeat):  # alternate, so a busy machine slows both alike
                for label, fn in builders.items():
                    seconds, pages[label] = timed(fn, content, folder / f"{label}.pdf")
                    best[label] = min(best[label], seconds)
            print(f"{name}:")
            for label, fn in builders.items():
                size = (folder / f"{label}.pdf").stat().st_size / 1e6
                peak = peak_mb(fn, content, folder / "m.pdf")
                print(
                    f"  {label:9s} {best[label]:7.2f} s  peak {peak:7.1f} MB  {pages[label]:5d} pages"
                    f"  {size:6.2f} MB file"
                )
            ratio = best["book"] / best["baseline"]
            line = f"  ratio     {ratio:7.2f}x baseline (target ≤ 2.5x)"
            if "synthetic" in name and args.commitments >= 1000:
                line += f"; 1,000 commitments in ≤ 15 s: {'met' if best['book'] <= 15 else 'MISSED'}"
            print(line, flush=True)
        bench_store_scope(folder, args.store_commitments)


def bench_store_scope(folder: Path, commitments: int) -> None:
    """What the dialog counts off the GUI thread (recorded positions per party) and what a whole-summit book
    gathers from a store (every change included, as with "Changes since" unticked)."""
    from benchmarks.synth import make_synthetic_store
    from nals_desktop.services.books import book_content, recorded_parties, resolve_scope
    from nals_desktop.store.engine import open_store

    path = make_synthetic_store(folder / "scope.sqlite", summits=1, commitments=commitments)
    store = open_store(path)
    try:
        scope = resolve_scope(store)
        counts = best_of(3, lambda: recorded_parties(store, scope.summit_id))
        gather = best_of(3, lambda: book_content(store, scope))
    finally:
        store.close()
    print(f"store, one summit of {commitments:,} commitments (positions on a third):")
    print(f"  recorded positions per party (dialog, off the GUI thread) {counts * 1000:7.1f} ms")
    print(f"  whole-summit book content, all changes                    {gather * 1000:7.1f} ms", flush=True)


def best_of(runs: int, work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


if __name__ == "__main__":
    main()
