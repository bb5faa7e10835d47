"""Pages the HTML reader is pinned on (test_importer_html_reader.py, benchmarks/compare_html_reader.py): the
HTML test documents, a few pages rendered from the corpus, and malformed and hostile pages (unclosed tags,
stray ends, blocks in inline elements, furniture, forms and banners, Word's list paragraphs, entity
references, CDATA, a huge attribute, nesting beyond the reader's depth limit and beyond 400 levels)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

from nals_desktop.importers import _CONTROL, _normalise_newlines
from nals_desktop.importers.blocks import Block

from .rendered import as_html

DOCUMENTS = Path(__file__).resolve().parent / "documents"
RECORDED = Path(__file__).resolve().parent / "html_blocks.json"
#: Corpus documents whose rendered pages are recorded too.
RECORDED_RENDERED = (
    "corpus/wh_2022_nato_madrid_fact_sheet.md",
    "two_level_headings.md",
    "padded_bold_fact_sheet.md",
    "heading_inside_item.md",
)

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
    # A bold <p> closing an item heads what follows it, unless more of the item comes after it (text, a
    # list, any element, a second <p>); a bold sentence or a bold line of more than 12 words stays in it.
    "<ul><li><p>Act.</p><p><strong>Defending Free Elections</strong></p></li><li>next</li></ul>",
    "<ul><li><p>Act.</p><p><strong>Held</strong></p> more <b>x</b></li></ul>",
    "<ul><li>Act.<p><b>Held</b></p><ul><li>sub<p><b>Sub head</b></p></li></ul></li></ul>",
    "<ul><li><p>Act.</p><ul><li>sub</li></ul><p><b>After the list</b></p><!-- c --> </li></ul>",
    "<li>text<p><b>A</b></p><p><b>B<br>C</b></p><script>x</script></li><p>para</p>",
    "<ul><li>text<p class='x'><b>A <a href=q>link</a></b><ul><li>in p</li></ul></p></li></ul>",
    "<ul><li>t<p><b>A sentence.</b></p><p><i>x</i></p><p><b>" + "word " * 13 + "</b></p></li></ul>",
    "<ul><li>t<p><b>A</b></p><form><p>hi</p></form></li><li><p> </p><p><b>B</b></p></li></ul>",
    "<ul><li>" * 48 + "t<p><b>Deep head</b></p>" + "</li></ul>" * 48,
    "<ul><li>" * 52 + "t<p><b>Deep head</b></p>" + "</li></ul>" * 52,
]


def prepared(text: str) -> str:
    """A text as the importer hands it to a reader."""
    return _CONTROL.sub("", _normalise_newlines(text).lstrip("\ufeff")).replace("\f", "\n")


def pinned_pages() -> Iterator[tuple[str, str]]:
    """The pages recorded for the test: (name, page)."""
    for path in sorted(DOCUMENTS.glob("*.html")):
        yield path.name, document(path)
    for name in RECORDED_RENDERED:
        yield f"{name} (page)", as_html(document(DOCUMENTS / name))
    for index, page in enumerate(MALFORMED):
        yield f"malformed {index}", page


def document(path: Path) -> str:
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "utf-16", "cp1252"):
        try:
            return prepared(data.decode(encoding))
        except UnicodeDecodeError:
            continue
    return prepared(data.decode("utf-8", errors="replace"))


def as_record(blocks: list[Block]) -> list[dict[str, object]]:
    """Blocks as JSON objects: their fields other than the defaults."""
    defaults = Block("item", "")
    return [
        {
            f.name: getattr(b, f.name)
            for f in dataclasses.fields(b)
            if getattr(b, f.name) != getattr(defaults, f.name)
        }
        | {"kind": b.kind, "text": b.text}
        for b in blocks
    ]
