"""The HTML reader against an earlier version of itself (by default the commit this branch left main at):
both read the same pages, their blocks must be identical.

Pages: every document of the test corpus (tests/importers/documents/ and corpus/, whatever its format, read
as HTML), every Markdown document rendered to HTML bare, as the web page it came from and with that page
inside an ASP.NET <form> (tests/importers/rendered.py), the benchmark's synthetic pages, hand-made malformed
pages, and random tag soup; the smaller pages also fed to the parser in small pieces.

Run: `.venv/bin/python -m benchmarks.compare_html_reader [--ref REF] [--soup N]` (target: 0 differing).
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import time
import types
from collections.abc import Callable, Iterator
from pathlib import Path

from markdown_it import MarkdownIt

from benchmarks import bench_import
from nals_desktop.importers import _CONTROL, _normalise_newlines
from nals_desktop.importers.blocks import Block
from nals_desktop.importers.readers import html as new_html
from tests.importers.rendered import as_html, front_matter

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = ROOT / "tests" / "importers" / "documents"
READERS = "nals_desktop/importers/readers"

Reader = Callable[[str], list[Block]]

MALFORMED = [
    "",
    "   ",
    "just words",
    "<p>unclosed <b>bold <i>italic<p>next paragraph",
    "<ul><li>one<li>two</li></li></li><li>three</ul></li>",
    "<ul><li><p>para one</p><p>para two</p></li><li>x<p>nested <p>deeper</li></ul>",
    "<p>line one<br><br>line two<br>&nbsp;<br>line three</p>",
    "<p><b>Heading<br></b>Body text here.</p>",
    "<p><span style='text-decoration: underline'>UNDERLINED HEADING</span></p><p>text</p>",
    "<p>&nbsp;</p><p>\u00a0\u00a0</p><p>TRADE</p>&nbsp;&nbsp;<p>The leaders</p>",
    "<p>a<!-- a comment -->b</p><!-- c --><ul><li>x<!--y-->z</li></ul>",
    "<script>var x = '<p>not text</p>';</script><style>p{}</style><p>visible</p>",
    "<p>&amp; &lt;tag&gt; &eacute; &#8212; &#x2022; &bogus; &</p>",
    "<p><![CDATA[ cdata text ]]> after</p>",
    "<p title='" + "x" * 200_000 + "'>huge attribute</p>",
    "<div><header><h1>Page <a href='/'>Home</a></h1></header><main><p>content</p></main></div>",
    "<header><h1><a href='/'>Logo</a></h1></header><main><h1>Title</h1><p>x</p></main>",
    "<header><h1>Summit Title</h1></header><main><p>content</p></main>",
    "<header><h1>Summit Title</h1></header><div><p>no main</p></div>",
    "<header hidden><h1>Hidden banner</h1></header><p>x</p>",
    "<footer><p>footer</p></footer><section><footer>kept footer</footer></section>",
    "<form><input><p>search form</p></form><p>after</p>",
    "<form><div><main><p>wrapped</p><ul><li>item</li></ul></main></div></form>",
    "<form><header><h1>In a form</h1></header><article>x</article></form>",
    "<form><form><h1>nested form</h1></form></form>",
    "<ul><li><form><p>form in item</p></form>text</li></ul>",
    "<p class='MsoTitle'>Word title</p><p class='MsoListParagraph' style='margin-left:1.0in'>"
    "<span>o<span>&nbsp;&nbsp; </span></span>Word item</p><p style='mso-list:l0 level2 lfo1'>"
    "1.&nbsp;&nbsp; Level two</p>",
    "<p>Intro:<br>1. first<br>2. second<br>a) sub</p><p>1. Trusted Technology</p><p>- 30 -</p>",
    "<h2><b>Bold</b> heading <a href='x'>link</a></h2><h3><a href='x'>only link</a></h3>",
    "<ul><li><a href='/a'>Nav</a></li><li><a href='/b'>Nav 2</a></li></ul><ul><li>Share: <a href='#'>FB</a>"
    "</li></ul>",
    "<ul>loose text<div><li>wrapped</li></div><ul><li>sloppy</li></ul>tail</ul>",
    "<li>orphan <img src=x alt=pic>item</li><li>second<ul><li>child</li></ul>after child</li>",
    "<table><tr><td>cell <b>one</b></td><td><ul><li>in table</li></ul></td></tr></table>",
    "<p>para <div>div in p</div> rest</p><span><ul><li>list in span</li></ul></span>",
    "<p><strong>CLIMATE:</strong> The leaders will act.</p><p><b>Carbon Capture.</b> Exxon will.</p>",
    "<p><strong>Title</strong><br>Body line</p><p><b>Label:</b><br>text</p>",
    "<div role='main'><header><h1>x</h1></header></div><nav><p>menu</p></nav>",
    "<p class='sr-only'>hidden</p><p style='display: none'>gone</p><span class='wb-inv'>inv</span>ok",
    "<?xml version='1.0'?><!DOCTYPE html><ul><li>x</li></ul>",
    "</li></ul></p>stray<p>text</div>",
    "<ul><li>a<ul><li>b<ul><li>c</li></ul>b2</li></ul>a2<ol><li>d</li></ol></li></ul>",
    "<p>Prices rose by<br>2. percent in 2024.</p>",
    "<pre>  pre\n  formatted\n</pre><blockquote><p>quoted</p></blockquote>",
    "<dl><dt>term</dt><dd>definition <em>em</em></dd></dl>",
    "<h1>one</h1><h2>two</h2><h3>three</h3><h4>four</h4><h5>five</h5><h6>six</h6>",
    "<p><u>underline</u> and <i>italic</i> and <em>emphasis</em></p>",
    "<p>" + "<span>" * 150 + "deep inline" + "</span>" * 150 + "</p>",
    "<div>" * 120
    + "<p>deep paragraph</p><ul><li>deep item<ul><li>deeper</li></ul></li></ul>"
    + "</div>" * 120,
    "<div>" * 450 + "<p>very deep</p><ul><li>a</li><li>b<br>c</li></ul><h2>h</h2>text" + "</div>" * 450,
    "<ul><li>" * 120 + "level" + "</li></ul>" * 120,
    "<ul><li>" + "<span>" * 130 + "deep item text<ul><li>child</li></ul>" + "</span>" * 130 + "</li></ul>",
    "<ul><li><b>" + "<i>" * 110 + "deep <a href='x'>bold</a> item" + "</i>" * 110 + "</b></li></ul>",
    "<h2>" + "<span>" * 110 + "deep heading" + "</span>" * 110 + "</h2>",
    "<section>" * 460 + "<header><h1>deep banner</h1></header><form><p>f</p></form>" + "</section>" * 460,
    "<div>" * 405 + "<ul><li>x</li></ul><form><main>m</main></form>" + "</div>" * 405,
    # Beyond 400 open elements a list is not opened and a block closes the elements still open.
    "<div>" * 410
    + "before<ul>inside<li>a</li>after</ul>tail<ol><li>b<ul><li>c</li></ul></li></ol>"
    + "</div>" * 410,
    "<div>" * 398 + "<span><b>x<p>y</p>z<i>w<h2>t</h2>v</i></b>u</span><li>i</li>" + "</div>" * 398,
    "<ul><li>" * 210 + "<form><p>f</p></form><header><h1>h</h1></header>" + "</li></ul>" * 210,
]


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


def _prepared(text: str) -> str:
    """A text as the importer hands it to a reader."""
    return _CONTROL.sub("", _normalise_newlines(text).lstrip("\ufeff")).replace("\f", "\n")


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
            data = path.read_bytes()
            for encoding in ("utf-8-sig", "utf-16", "cp1252"):
                try:
                    text = data.decode(encoding)
                    break
                except UnicodeDecodeError:
                    continue
            yield path.relative_to(DOCUMENTS).as_posix(), _prepared(text), True
    markdown = MarkdownIt("commonmark", {"html": True})
    for path in sorted(DOCUMENTS.rglob("*.md")):
        name = path.relative_to(DOCUMENTS).as_posix()
        text = _prepared(path.read_text("utf-8", errors="replace"))
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
    args = parser.parse_args()
    ref = (
        args.ref
        or subprocess.run(
            ["git", "merge-base", "HEAD", "main"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
    )
    old_read, old_piece = _old_reader(ref)
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
