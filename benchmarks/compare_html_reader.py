"""The HTML reader against an earlier version of itself (by default the commit this branch left main at):
both read the same pages, their blocks must be identical.

Pages: every document of the test corpus (tests/importers/documents/ and corpus/, whatever its format, read
as HTML), every Markdown document rendered to HTML bare, as the web page it came from and with that page
inside an ASP.NET <form> (tests/importers/rendered.py), the benchmark's synthetic pages, hand-made malformed
pages, and random tag soup; the smaller pages also fed to the parser in small pieces.

Run: `.venv/bin/python -m benchmarks.compare_html_reader [--ref REF] [--soup N]` (target: 0 differing).
`--record` writes the earlier version's blocks of a smaller set (the HTML documents, the malformed pages, a
few rendered pages: tests/importers/html_pages.py) to tests/importers/html_blocks.json, which
test_importer_html_reader.py pins the reader to.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
import types
from collections.abc import Callable, Iterator
from pathlib import Path

from markdown_it import MarkdownIt

from benchmarks import bench_import
from nals_desktop.importers.blocks import Block
from nals_desktop.importers.readers import html as new_html
from tests.importers.html_pages import DOCUMENTS, MALFORMED, RECORDED, as_record, document, pinned_pages
from tests.importers.rendered import as_html, front_matter

ROOT = Path(__file__).resolve().parents[1]

READERS = "nals_desktop/importers/readers"

Reader = Callable[[str], list[Block]]


def _old_reader(ref: str) -> tuple[Reader, Callable[[int], None]]:
    """The HTML reader (and the tree it read) as they were at ``ref``, loaded from git, and how to set the
    characters it hands the parser at a time."""

    def source(name: str) -> str | None:
        shown = subprocess.run(
            ["git", "show", f"{ref}:{READERS}/{name}"], cwd=ROOT, capture_output=True, text=True, check=False
        )
        return shown.stdout if shown.returncode == 0 else None

    html_source = source("html.py")
    if html_source is None:
        sys.exit(f"{ref} has no {READERS}/html.py")
    dom_source = source("dom.py")
    if dom_source is not None:
        dom = types.ModuleType("_old_html_dom")
        exec(compile(dom_source, f"{ref}:dom.py", "exec"), dom.__dict__)  # our own code
        sys.modules[dom.__name__] = dom
        html_source = html_source.replace("nals_desktop.importers.readers.dom", dom.__name__)
    old = types.ModuleType("_old_html")
    exec(compile(html_source, f"{ref}:html.py", "exec"), old.__dict__)  # our own code

    def set_piece(size: int) -> None:
        if dom_source is not None:  # a keyword's default of the page it read
            dom.Page.__init__.__kwdefaults__["piece"] = size
        else:
            setattr(old, "_PIECE", size)  # noqa: B010  # the module is made at run time

    return old.read_html, set_piece


_SOUP_TAGS = (
    "p", "p", "div", "span", "b", "strong", "i", "em", "u", "a", "a href='x'", "br", "ul", "ol", "li", "li",
    "h1", "h2", "h3", "section", "article", "main", "header", "footer", "form", "nav", "script", "table",
    "td", "tr", "img", "span class='sr-only'", "p style='display:none'", "p class='MsoListParagraph'",
    "blockquote", "pre", "dl", "dd",
)  # fmt: skip
_SOUP_TEXT = (
    "Leaders", "will", "act:", "1. first", "• bullet", "CLIMATE:", "&nbsp;", "&amp;", " ", "\n", "- 30 -",
    "Share", "o  Word", "Trade and Investment", "<!-- c -->", "<![CDATA[x]]>", "2.", "&#8226; dot",
)  # fmt: skip


def _soup(rng: random.Random) -> str:
    """Random tag soup: tags opened and closed out of order, stray ends, text between."""
    parts: list[str] = []
    opened: list[str] = []
    for _ in range(rng.randint(1, 80)):
        roll = rng.random()
        if roll < 0.4:
            tag = rng.choice(_SOUP_TAGS)
            parts.append(f"<{tag}>")
            opened.append(tag.split()[0])
        elif roll < 0.6 and opened:
            parts.append(f"</{opened.pop(rng.randrange(len(opened)) if rng.random() < 0.3 else -1)}>")
        elif roll < 0.65:
            parts.append(f"</{rng.choice(_SOUP_TAGS).split()[0]}>")
        else:
            parts.append(rng.choice(_SOUP_TEXT))
    return "".join(parts)


def _pages(soups: int) -> Iterator[tuple[str, str, bool]]:
    """(name, page, whether to feed it in small pieces too)."""
    for path in sorted(DOCUMENTS.rglob("*")):
        if path.is_file() and path.suffix in (".html", ".md", ".txt"):
            yield path.relative_to(DOCUMENTS).as_posix(), document(path), True
    markdown = MarkdownIt("commonmark", {"html": True})
    for path in sorted(DOCUMENTS.rglob("*.md")):
        name = path.relative_to(DOCUMENTS).as_posix()
        text = document(path)
        yield f"{name} (bare)", markdown.render(front_matter(text)[1]), True
        page = as_html(text)
        yield f"{name} (page)", page, True
        form = page.replace("<body", "<body><form id='aspnetForm'><div", 1).replace(
            "</body>", "</form></body>"
        )
        yield f"{name} (in a form)", form, False
    for case in (
        "html-1mb",
        "html-20mb",
        "html-20mb-in-a-form",
        "html-20mb-deep-lists",
        "html-5mb-blank-lines",
    ):
        yield f"bench {case}", bench_import.CASES[case][1](), False
    for index, page in enumerate(MALFORMED):
        yield f"malformed {index}", page, True
    rng = random.Random(14)
    for index in range(soups):
        yield f"soup {index}", _soup(rng), index % 10 == 0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--ref", default="", help="the version to compare with (default: where main was left)"
    )
    parser.add_argument("--soup", type=int, default=3000, help="random tag-soup pages")
    parser.add_argument(
        "--record", action="store_true", help=f"write {RECORDED.name} from the earlier reader"
    )
    args = parser.parse_args()
    ref = (
        args.ref
        or subprocess.run(
            ["git", "merge-base", "HEAD", "main"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
    )
    old_read, old_piece = _old_reader(ref)
    if args.record:
        recorded = {name: as_record(old_read(page)) for name, page in pinned_pages()}
        recorded_pages = [  # a block a line
            f"{json.dumps(name)}: [\n" + ",\n".join(json.dumps(b, ensure_ascii=False) for b in blocks) + "\n]"
            for name, blocks in recorded.items()
        ]
        RECORDED.write_text("{\n" + ",\n".join(recorded_pages) + "\n}\n", encoding="utf-8")
        print(f"{len(recorded)} pages recorded in {RECORDED.relative_to(ROOT)} (from {ref[:12]})")
        return
    pages = differing = 0
    times = [0.0, 0.0]
    for name, page, in_pieces in _pages(args.soup):
        pieces = (None, 7, 100) if in_pieces and len(page) < 300_000 else (None,)
        for piece in pieces:
            size = piece or 64 * 1024  # both fed the page this many characters at a time
            new_html._PIECE = size
            old_piece(size)
            started = time.process_time()
            old = old_read(page)
            middle = time.process_time()
            new = new_html.read_html(page)
            times[0] += middle - started
            times[1] += time.process_time() - middle
            pages += 1
            if old != new:
                differing += 1
                first = next((i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b), None)
                at = first if first is not None else min(len(old), len(new))
                print(
                    f"DIFFERS: {name} (pieces of {piece or 'the default'}): {len(old)} vs {len(new)} blocks"
                )
                print(f"   old[{at}]: {old[at] if at < len(old) else '-'}")
                print(f"   new[{at}]: {new[at] if at < len(new) else '-'}")
    print(f"{pages} pages read (old {times[0]:.1f} s CPU, new {times[1]:.1f} s), {differing} differing")
    if differing:
        sys.exit(1)


if __name__ == "__main__":
    main()
