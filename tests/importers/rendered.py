"""A Markdown document of the corpus as the same page arrives in the other formats: the web page it was
converted from (markdown-it's HTML inside a White House page's header, menus, share buttons and footer), and
that page selected whole in a browser and copied as plain text (no bullets, nesting lost, a line per block).
"""

from __future__ import annotations

import html
import re

from lxml import html as lxml_html
from markdown_it import MarkdownIt

_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)
_KEY = re.compile(r"^([A-Za-z_]+):(.*)$")

_HEADER = """<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{title} | The White House</title>
<link rel="stylesheet" href="https://www.whitehouse.gov/wp-content/themes/whitehouse/assets/css/main.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
</head>
<body class="single single-post">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header class="header">
<a class="header__logo" href="https://www.whitehouse.gov/">
<span class="screen-reader-text">The White House</span></a>
<button class="header__hamburger" aria-expanded="false">Menu</button>
<nav class="header__nav" aria-label="Main menu">
<ul class="menu">
<li class="menu-item"><a href="https://www.whitehouse.gov/administration/">Administration</a></li>
<li class="menu-item"><a href="https://www.whitehouse.gov/priorities/">Priorities</a></li>
<li class="menu-item"><a href="https://www.whitehouse.gov/briefing-room/">Briefing Room</a></li>
<li class="menu-item"><a href="https://www.whitehouse.gov/es/">Español</a></li>
</ul>
</nav>
<form role="search" class="search-form"><label for="s" class="screen-reader-text">Search</label>
<input type="search" id="s"><button type="submit">Search</button></form>
</header>
<main id="content" class="site-main">
<article class="post type-post">
<header class="page-header">
<h1 class="page-title">{title}</h1>
<div class="posted-on"><time datetime="{date}">{date}</time></div>
<ul class="term-items">
<li class="term-item"><a href="https://www.whitehouse.gov/briefing-room/">Briefing Room</a></li>
<li class="term-item"><a href="https://www.whitehouse.gov/briefing-room/statements-releases/">
Statements and Releases</a></li>
</ul>
</header>
<section class="body-content"><div class="container"><div class="row"><div class="col-md-10 col-lg-8">
"""
_FOOTER = """</div></div></div></section>
<div class="share"><h2 class="screen-reader-text">Share</h2>
<ul class="share__list">
<li><a class="share__link" href="https://twitter.com/intent/tweet">Share on Twitter</a></li>
<li><a class="share__link" href="https://www.facebook.com/sharer/sharer.php">Share on Facebook</a></li>
<li><a class="share__link" href="mailto:?subject=FACT%20SHEET">Email</a></li>
<li><button class="share__link share__link--copy">Copy URL</button></li>
</ul></div>
</article>
</main>
<section class="stay-connected"><h2>Stay Connected</h2>
<form class="stay-connected__form"><label for="email">Email Address</label><input id="email" type="email">
<label for="zip">ZIP Code</label><input id="zip" type="text"><button type="submit">Sign Up</button></form>
<p>We’ll be in touch with the latest information on how President Biden and his administration are working for
the American people, as well as ways you can get involved and help our country build back better.</p>
<p>Opt in to send and receive text messages from President Biden.</p>
</section>
<footer class="footer">
<ul class="footer__social">
<li><a href="https://twitter.com/WhiteHouse">Twitter</a></li>
<li><a href="https://www.instagram.com/whitehouse/">Instagram</a></li>
</ul>
<ul class="footer__menu">
<li><a href="https://www.whitehouse.gov/contact/">Contact Us</a></li>
<li><a href="https://www.whitehouse.gov/privacy/">Privacy Policy</a></li>
</ul>
<p class="footer__address">The White House<br>1600 Pennsylvania Ave NW<br>Washington, DC 20500</p>
</footer>
</body>
</html>
"""

# What a browser lays out as a block of its own (its text starts on a new line when copied).
_BLOCKS = frozenset({
    "p", "div", "section", "article", "main", "header", "footer", "nav", "form", "ul", "ol", "li", "h1", "h2",
    "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "hr", "title", "dl", "dt", "dd",
})  # fmt: skip
# Blocks a browser's copy sets apart with an empty line (list items follow each other line by line).
_SPACED = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "hr"})
_SPACES = re.compile(r"[ \t\n\r\f]+")  # what a browser collapses (a no-break space it keeps)
_HIDDEN = frozenset({"head", "script", "style", "template", "input", "svg"})

_markdown = MarkdownIt("commonmark", {"html": True})


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """The YAML front matter's plain scalars (a pandoc scrape's title and date) and the Markdown below it."""
    found = _FRONT_MATTER.match(text)
    if not found:
        return {}, text
    values: dict[str, str] = {}
    key = ""
    for line in found.group(1).splitlines():
        pair = _KEY.match(line)
        if pair:
            key = pair.group(1)
            values[key] = pair.group(2).strip()
        elif key:
            values[key] += "\n" + line.strip()
    return {k: _yaml_scalar(v) for k, v in values.items()}, text[found.end() :]


def _yaml_scalar(value: str) -> str:
    if value.startswith('"') and value.endswith('"'):
        value = re.sub(r"\\\n\\?", "", value[1:-1])  # an escaped line break continues the line
        value = value.replace("\\_", "\u00a0").replace('\\"', '"').replace("\\ ", " ")
    elif value.startswith("'") and value.endswith("'"):
        value = value[1:-1].replace("''", "'")
    return _SPACES.sub(" ", value).strip(" ")


# pandoc writes a bold run with inner padding as it found it ("**Trade: **The…", "**" + line break +
# "Title**", "TITLE  " + line break + "**", "** **"), which CommonMark does not read as bold: the padding is
# moved out of the markers, as the page had it ("<strong>Trade: </strong>The…", "<strong><br>Title</strong>").
# A run opens after a space or a line start and may go on over the lines of its paragraph or list item.
_PADDED_CLOSE = re.compile(
    r"(?<![^\s(\[])\*\*(?=\S)((?:[^*\n]|\n(?![ \t]*(?:\n|[-+*] |\d+[.)] )))+?)([ \u00a0]+)\*\*"
)
# "**     B. Promoting…**": the padding at a run's start, which CommonMark does not read as bold either.
_PADDED_OPEN = re.compile(
    r"(?<![^\s(\[])\*\*[ \u00a0]+(?=[^\s*])((?:[^*\n]|\n(?![ \t]*(?:\n|[-+*] |\d+[.)] )))+?)([ \u00a0]*)\*\*"
)
_EMPTY_BOLD = re.compile(r"\*\*[ \u00a0]*\*\*")
_HARD_BREAK = re.compile(r"[ \t\u00a0]*$")


def _pandoc_bold(markdown: str) -> str:
    lines = _EMPTY_BOLD.sub(" ", markdown).split("\n")
    out: list[str] = []
    opened = 0  # the markers since the paragraph's start
    carry = ""
    for line in lines:
        if not line.strip():
            opened = 0
        if line.strip() == "**":
            if opened % 2 and out:  # a run's end on a line of its own: at the end of the line above
                out[-1] = _HARD_BREAK.sub(lambda m: "**" + m.group(0), out[-1], count=1)
            else:  # a run's start on a line of its own: at the start of the next line
                carry = "**"
            opened += 1
            continue
        if carry and line.strip():
            stripped = line.lstrip()
            line, carry = line[: len(line) - len(stripped)] + carry + stripped, ""
        opened += line.count("**")
        out.append(line)
    return _PADDED_OPEN.sub(r" **\1**\2", _PADDED_CLOSE.sub(r"**\1**\2", "\n".join(out)))


def as_html(markdown: str) -> str:
    """The page the Markdown was converted from: its title in <title> and <h1>, its body inside the chrome."""
    meta, body = front_matter(markdown)
    body = _pandoc_bold(body)
    title = html.escape(meta.get("title", ""))
    return (
        _HEADER.format(title=title, date=html.escape(meta.get("date", ""))) + _markdown.render(body) + _FOOTER
    )


def as_copied_text(page: str) -> str:
    """The page selected whole and copied from a browser: the text of each block on lines of its own, an empty
    line around paragraphs, headings and lists, list items one per line without bullets or indentation (the
    paragraphs of a loose list's items too, as the hand-made wh_copied_from_browser.txt has them)."""
    root = lxml_html.document_fromstring(page)
    out: list[str] = []
    line: list[str] = []

    def flush(spaced: bool) -> None:
        text = _SPACES.sub(" ", "".join(line)).strip(" ")
        line.clear()
        if text:
            out.append(text)
        if spaced and out and out[-1] != "":
            out.append("")

    def visit(element: lxml_html.HtmlElement, in_item: bool = False) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _HIDDEN:
            if element.tail:
                line.append(element.tail)
            return
        block = tag in _BLOCKS
        spaced = tag in _SPACED and not (in_item and tag == "p")  # an item's paragraphs stay its lines
        if block:
            flush(spaced)
        if tag == "br":
            flush(False)
        if element.text and tag:
            line.append(element.text)
        for child in element:
            visit(child, in_item or tag == "li")
        if block:
            flush(spaced)
        if element.tail:
            line.append(element.tail)

    body = root.find("body")
    assert body is not None
    visit(body)
    flush(False)
    return "\n".join(out).strip() + "\n"
