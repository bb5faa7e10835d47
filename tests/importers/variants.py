"""A Markdown document of the corpus as another converter, or another copy of the same page, would give it:
each variant changes the markup only, never what a person counts (pillars, commitments) or reads (the words).

`MARKDOWN` rewrite the Markdown (the front matter kept as it is); `HTML` give the page as HTML. Used by
benchmarks/bench_robustness.py (every document by every variant) and test_importer_variants.py (those pinned).
"""

from __future__ import annotations

import re
import textwrap
from collections import Counter
from collections.abc import Callable

from lxml import html as lxml_html
from markdown_it import MarkdownIt
from markdown_it.token import Token

from nals_desktop.domain.errors import DocumentError
from nals_desktop.domain.model import ParsedCommitment
from nals_desktop.importers import read_text
from tests.importers.rendered import _pandoc_bold, as_html, front_matter

_FRONT = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
_MARKER = re.compile(r"^([ \t]*)([-+*]|\d{1,9}[.)])([ \t]+|$)")
_BOLD = re.compile(r"(?<![\w*\\])\*\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*\*(?![\w*])")
_NBSP = "\u00a0"


def _body(fn: Callable[[str], str]) -> Callable[[str], str]:
    """A rewrite of the Markdown below the front matter (which stays as it is)."""

    def apply(text: str) -> str:
        found = _FRONT.match(text)
        head = found.group(0) if found else ""
        return head + fn(text[len(head) :])

    apply.__doc__ = fn.__doc__
    return apply


def _lines(fn: Callable[[str], str]) -> Callable[[str], str]:
    return _body(lambda body: "\n".join(fn(line) for line in body.split("\n")))


def _is_heading(line: str) -> bool:
    stripped = line.strip()
    return stripped.startswith("#") or bool(re.fullmatch(r"\*\*[^*]+\*\*:?", stripped))


# --- the shapes of issue 14 ---------------------------------------------------------------------------------


def inner_padding(body: str) -> str:
    """`**TRADE AND INVESTMENT **`, `**LEAD: **The…`: the space after a bold run moved inside its markers."""

    def pad(match: re.Match[str]) -> str:
        end = match.end()
        after = body[end : end + 1]
        if after in (" ", "\n", "") and body[end + 1 : end + 3] != "**":  # not before another bold run
            return f"**{match.group(1)} **"
        return match.group(0)

    padded = _BOLD.sub(pad, body)
    # the space that followed now sits inside: "**Lead: ** The" -> "**Lead: **The"
    return re.sub(r"(\S \*\*) (?=\S)", r"\1", padded)


def split_bold(body: str) -> str:
    """`**` + line break + `II. BUILD CAPACITY**`: a paragraph of one bold run opens on a line of its own."""
    out = []
    previous = ""
    for line in body.split("\n"):
        match = re.fullmatch(r"\*\*([^*]+)\*\*(:?[ \u00a0]*)", line)
        if match and not previous.strip():
            out += ["**", f"{match.group(1)}**{match.group(2)}"]
        else:
            out.append(line)
        previous = line
    return "\n".join(out)


def _ordered_as_paragraphs(number: Callable[[str], str]) -> Callable[[str], str]:
    """Top-level ordered items without sub-items as paragraphs opened by their number (the page numbered its
    paragraphs by hand)."""

    def rewrite(body: str) -> str:
        lines = body.split("\n")
        out: list[str] = []
        index = 0
        while index < len(lines):
            line = lines[index]
            match = re.match(r"^(\d{1,3})[.)]([ \t]+)(\S.*)$", line)
            if not match:
                out.append(line)
                index += 1
                continue
            width = len(match.group(1)) + 1 + len(match.group(2))
            block = [line]
            index += 1
            while index < len(lines) and (lines[index].startswith(" " * width) or not lines[index].strip()):
                if not lines[index].strip() and (
                    index + 1 >= len(lines) or not lines[index + 1].startswith(" " * width)
                ):
                    break
                block.append(lines[index])
                index += 1
            if any(_MARKER.match(item[width:]) for item in block[1:]):  # sub-items: left as a list
                out += block
                continue
            if out and out[-1].strip():
                out.append("")
            out.append(number(match.group(1)) + match.group(3))
            out += [item[width:] for item in block[1:]]
            out.append("")
        return "\n".join(out)

    return rewrite


escaped_numbers = _ordered_as_paragraphs(lambda n: f"{n}\\. ")
escaped_numbers.__doc__ = "`17\\.`: numbered paragraphs, pandoc escaping the number"
nbsp_numbers = _ordered_as_paragraphs(lambda n: f"{n}.{_NBSP * 3} ")
nbsp_numbers.__doc__ = "`29.` followed by no-break spaces: numbered paragraphs"


def nbsp_paragraphs(body: str) -> str:
    """`<p>&nbsp;</p>` between the blocks before each heading: a paragraph of no-break spaces."""
    lines = body.split("\n")
    out: list[str] = []
    for index, line in enumerate(lines):
        out.append(line)
        if not line.strip() and index + 1 < len(lines) and _is_heading(lines[index + 1]) and index:
            out += [_NBSP, ""]
    return "\n".join(out)


def nbsp_glue(body: str) -> str:
    """A line of no-break spaces instead of the empty line before each bold heading: glued to the paragraph
    above in CommonMark, apart on the page."""
    lines = body.split("\n")
    out: list[str] = []
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        previous = lines[index - 1] if index else ""
        heading = bool(re.fullmatch(r"\*\*[^*]+\*\*:?", following.strip()))
        if not line.strip() and heading and previous.strip() and not _MARKER.match(previous):
            if not previous.startswith((" ", "\t")):
                out.append(_NBSP * 2)
                continue
        out.append(line)
    return "\n".join(out)


def emphasis_leftover(body: str) -> str:
    """`*.*`: the full stop closing an item in an emphasis of its own."""
    lines = body.split("\n")
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        in_item = line.startswith((" ", "\t")) or bool(_MARKER.match(line))
        if in_item and (not following.strip() or _MARKER.match(following)):
            lines[index] = re.sub(r"(?<=[\w)”’\"])\.([ ]*)$", r"*.*\1", line)
    return "\n".join(lines)


def debulleted(body: str) -> str:
    """One item in the middle of each run of four or more bullets (without sub-items) lost its bullet: a
    paragraph of its own between two lists."""
    items = _items(body.split("\n"))
    lines = body.split("\n")
    runs: list[list[tuple[int, int]]] = []
    for start, end, indent in items:
        if indent:
            continue
        if runs and runs[-1][-1][1] == start and _MARKER.match(lines[start]).group(2) in "-+*":
            runs[-1].append((start, end))
        else:
            runs.append([(start, end)])
    changes: dict[int, tuple[int, int]] = {}
    for run in runs:
        if len(run) >= 4 and _MARKER.match(lines[run[0][0]]).group(2) in "-+*":
            start, end = run[len(run) // 2]
            block = lines[start:end]
            width = len(_MARKER.match(block[0]).group(0))
            if any(_MARKER.match(line[width:]) for line in block[1:] if line.strip()):
                continue
            changes[start] = (end, width)
    out: list[str] = []
    index = 0
    while index < len(lines):
        if index in changes:
            end, width = changes[index]
            text = [line[width:] if line.startswith(" " * width) else line for line in lines[index:end]]
            text[0] = lines[index][width:]
            while text and not text[-1].strip():
                text.pop()
            out += ["", *text, ""]
            index = end
            continue
        out.append(lines[index])
        index += 1
    return "\n".join(out)


def flat_sub_items(body: str) -> str:
    """Sub-items under an item ending with ":" not indented: at the level of their parent (as a page whose
    editor lost the nesting has them)."""
    lines = body.split("\n")
    out: list[str] = []
    parent_width = -1
    parent_indent = 0
    for line in lines:
        marker = _MARKER.match(line)
        indent = len(line) - len(line.lstrip(" "))
        if parent_width >= 0 and line.strip() and indent >= parent_width:
            shift = parent_width - parent_indent
            out.append(line[shift:])
            continue
        if parent_width >= 0 and line.strip() and indent < parent_width:
            parent_width = -1
        if marker and indent == 0:
            parent_indent, parent_width = 0, -1
        out.append(line)
        if marker and indent == 0 and line.rstrip().endswith(":"):
            parent_width = len(marker.group(0))
    return "\n".join(out)


# --- other converters, other habits -------------------------------------------------------------------------


_RULE = re.compile(r"^[ \t]*([-*_])([ \t]*\1){2,}[ \t]*$")


def _bullets(char: str) -> Callable[[str], str]:
    def rewrite(line: str) -> str:
        if _RULE.match(line):
            return line
        return re.sub(r"^([ \t]*)[-+*](?=[ \t]+\S)", lambda m: m.group(1) + char, line)

    return _lines(rewrite)


def paren_numbers(line: str) -> str:
    """`1)` instead of `1.`."""
    return re.sub(r"^([ \t]*\d{1,9})\.(?=[ \t])", r"\1)", line)


def setext(body: str) -> str:
    """Setext headings (`Title` over `-----`) for the upper level of headings (see `atx`)."""
    out: list[str] = []
    for line in atx(body).split("\n"):
        match = re.fullmatch(r"(#{1,2})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*", line)
        if match and match.group(2):
            out += [match.group(2), ("=" if len(match.group(1)) == 1 else "-") * max(3, len(match.group(2)))]
        else:
            out.append(line)
    return "\n".join(out)


def atx(body: str) -> str:
    """The paragraphs that open with a bold run on lines of their own (a heading on the page, its intro
    perhaps after a line break) as ATX headings: `##` where ALL CAPS or enumerated ("II. …", "3. …"), `###`
    below. Not a bold sentence or intro ("**Investments to date include:**"), which the page kept in <p>. (The
    bold runs' padding and the lines of no-break spaces are tidied first: a heading's tag has neither.)"""
    body = re.sub(r"(?m)^[ \t\u00a0]+$", "", body)  # lines of no-break spaces: the empty lines they look
    body = re.sub(r"(?m)^([ \t]*)\*\*[ \u00a0]+(?=\S)", r"\1**", body)  # "**  B. Promoting…**"
    lines = _pandoc_bold(body).split("\n")
    headings: dict[int, tuple[int, str]] = {}  # first line → (lines it takes, heading)
    for token, inline in _paragraphs(lines):
        assert token.map is not None
        found = _bold_opening(inline.children or [])
        if found is None:
            continue
        title, breaks = found
        words = title.split()
        upper = title.isupper() or re.match(r"(?:[IVX]+|\d+|[A-Z])\.\s", title)
        if (
            not title
            or len(words) > 20
            or title[-1] in ".;,"
            or (title[-1] == ":" and len(words) > 6 and not upper)
        ):
            continue
        indent = re.match(r"[ \t]*", lines[token.map[0]]).group(0)
        headings[token.map[0]] = (breaks + 1, indent + ("## " if upper else "### ") + title)
    out: list[str] = []
    index = 0
    while index < len(lines):
        if index in headings:
            taken, heading = headings[index]
            rest = index + taken
            out += [heading, *([""] if rest < len(lines) and lines[rest].strip() else [])]
            index = rest
            continue
        out.append(lines[index])
        index += 1
    return "\n".join(out)


_commonmark = MarkdownIt("commonmark", {"html": True})


def _paragraphs(lines: list[str]) -> list[tuple[Token, Token]]:
    """The paragraphs of a Markdown text that may be headings: their opening and inline tokens."""
    tokens = _commonmark.parse("\n".join(lines))
    return [
        (token, tokens[i + 1])
        for i, token in enumerate(tokens)
        if token.type == "paragraph_open"
        and token.map is not None
        # at the top level, or a later paragraph of a list item (a heading the page put inside the item)
        and (token.level == 0 or (tokens[i - 1].type != "list_item_open" and not token.hidden))
    ]


def _bold_opening(children: list[Token]) -> tuple[str, int] | None:
    """The text of a bold run opening a paragraph and ending at a line break or the paragraph's end, and the
    line breaks inside it; None where the paragraph does not open so."""
    depth, text, breaks = 0, "", 0
    for i, child in enumerate(children):
        if child.type == "strong_open":
            depth += 1
        elif child.type == "strong_close":
            depth -= 1
            if depth == 0:
                after = [c for c in children[i + 1 :] if c.type != "text" or c.content.strip()]
                if not after or after[0].type == "hardbreak":
                    return " ".join(text.split()), breaks
                return None
        elif depth == 0 and (child.type != "text" or child.content.strip()):
            return None  # text before the bold run, or not bold at all
        elif child.type in ("softbreak", "hardbreak"):
            text += " "
            breaks += 1
        elif child.type == "text" or child.type == "code_inline":
            text += child.content
    return None


def underscores(body: str) -> str:
    """`__bold__` for `**bold**` (where the run is not inside a word)."""
    return _BOLD.sub(lambda m: f"__{m.group(1)}__", body)


def crlf(text: str) -> str:
    """Windows line endings."""
    return text.replace("\n", "\r\n")


def trailing_spaces(line: str) -> str:
    """Three spaces after every line with text (pandoc's hard breaks, an editor's leftovers)."""
    return line + "   " if line.strip() else line


def unwrapped(body: str) -> str:
    """One line per paragraph or item (`--wrap=none`): the hard-wrapped lines joined."""
    out: list[str] = []
    for line in body.split("\n"):
        joinable = (
            out
            and out[-1].strip()
            and line.strip()
            and not _MARKER.match(line)
            and not line.lstrip().startswith(("#", "|", ">", "**\n", "```", ":::"))
            and not out[-1].endswith(("  ", "\\"))
            and not re.fullmatch(r"[ \t]*(=+|-+|\*\*)[ \t]*", line)
            and not re.fullmatch(r"[ \t]*(\*\*)[ \t]*", out[-1])
            and not out[-1].lstrip().startswith(("#", "|", "```", ":::"))
        )
        if joinable:
            out[-1] = out[-1] + " " + line.strip()
        else:
            out.append(line)
    return "\n".join(out)


def wrapped(width: int) -> Callable[[str], str]:
    def rewrite(body: str) -> str:
        lines = unwrapped(body).split("\n")
        out: list[str] = []
        for line in lines:
            if len(line) <= width or line.lstrip().startswith(("#", "|")):
                out.append(line)
                continue
            marker = _MARKER.match(line)
            indent = len(marker.group(0)) if marker else len(line) - len(line.lstrip(" "))
            tail = line[len(line.rstrip()) :]
            pieces = textwrap.wrap(
                line.rstrip(),
                width,
                subsequent_indent=" " * indent,
                break_on_hyphens=False,
                break_long_words=False,
            )
            merged: list[str] = []
            for piece in pieces:  # a line that would open a list, heading or quote stays on the line above
                if merged and re.match(r"^\s*([-+*>#=]|\d{1,9}[.)]|\*\*\s*$)", piece):
                    merged[-1] += " " + piece.strip()
                else:
                    merged.append(piece)
            merged[-1] += tail
            out += merged
        return "\n".join(out)

    rewrite.__doc__ = f"hard-wrapped at {width} columns"
    return rewrite


def _items(lines: list[str]) -> list[tuple[int, int, int]]:
    """(first line, line after, indentation) of each list item, by its marker and content column."""
    found: list[tuple[int, int, int]] = []
    for index, line in enumerate(lines):
        marker = _MARKER.match(line)
        if not marker or not line[len(marker.group(0)) :].strip():
            continue
        indent = len(marker.group(1).expandtabs(4))
        width = len(marker.group(0))
        end = index + 1
        while end < len(lines):
            following = lines[end]
            if following.strip():
                lead = len(following) - len(following.lstrip(" "))
                if lead < width:
                    break
            elif end + 1 >= len(lines) or len(lines[end + 1]) - len(lines[end + 1].lstrip(" ")) < width:
                break
            end += 1
        found.append((index, end, indent))
    return found


def compact_indent(unit: str) -> Callable[[str], str]:
    """List items re-indented: one space after each marker, sub-items under their parent's text (two spaces
    under a `-`), or each level a tab."""

    def rewrite(body: str) -> str:
        stack: list[tuple[int, int]] = []  # (old content column, new content column) of the open items
        out: list[str] = []
        for line in body.split("\n"):
            if not line.strip():
                out.append(line)
                continue
            old = len(line) - len(line.lstrip(" "))
            while stack and old < stack[-1][0]:
                stack.pop()
            base_old, base_new = stack[-1] if stack else (0, 0)
            if unit == "tab":
                new_prefix = "\t" * len(stack) + " " * (old - base_old) if stack else " " * old
            else:
                new_prefix = " " * (base_new + old - base_old)
            content = line[old:]
            marker = _MARKER.match(content)
            if marker and content[len(marker.group(0)) :].strip():
                text = content[len(marker.group(0)) :]
                sign = marker.group(2)
                out.append(new_prefix + sign + " " + text)
                new_width = len(new_prefix.expandtabs(4)) + len(sign) + 1
                stack.append((old + len(marker.group(0)), new_width))
            else:
                out.append(new_prefix + content)
        return "\n".join(out)

    rewrite.__doc__ = "sub-items indented by a tab" if unit == "tab" else "sub-items indented by two spaces"
    return rewrite


def straight_quotes(body: str) -> str:
    """Straight quotes and apostrophes for typographic ones."""
    return body.translate(str.maketrans("\u2019\u2018\u201c\u201d", "''\"\""))


def smart_quotes(body: str) -> str:
    """Typographic quotes and apostrophes for straight ones (outside links and code)."""
    body = re.sub(r"(?<=\w)'(?=\w)", "’", body)
    body = re.sub(r"(?<![\w(\[])\"(?=\w)", "“", body)
    return re.sub(r"(?<=[\w.,!?])\"", "”", body)


# --- the page as HTML ---------------------------------------------------------------------------------------

_plain = MarkdownIt("default", {"html": True, "typographer": True, "breaks": False}).enable(
    ["replacements", "smartquotes"]
)

_OTHER_HEADER = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{title} - United States Department of State</title>
<style>.nav{{display:flex}}</style></head>
<body>
<div id="top-bar"><a href="#main">Skip to main content</a>
<a href="/">An official website of the United States government</a></div>
<header id="site-header"><div class="logo"><a href="/">U.S. Department of State</a></div>
<nav class="nav"><ul>
<li><a href="/policy-issues/">Policy Issues</a></li>
<li><a href="/countries-areas/">Countries &amp; Areas</a></li>
<li><a href="/bureaus-offices/">Bureaus &amp; Offices</a></li>
<li><a href="/about/">About</a></li>
</ul></nav>
<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/office-of-the-spokesperson/">Office of the
Spokesperson</a></li><li>{title}</li></ol>
</header>
<main id="main">
<div class="featured-content"><p class="article-meta__content-type">Media Note</p>
<h1 class="featured-content__headline">{title}</h1>
<p class="article-meta__author-bureau">Office of the Spokesperson</p>
<p class="article-meta__publish-date">{date}</p></div>
<div class="entry-content">
"""
_OTHER_FOOTER = """</div>
<div class="article-tags"><h2>Tags</h2><ul>
<li><a href="/bureau-of-economic-affairs/">Bureau of Economic Affairs</a></li>
<li><a href="/office-of-the-spokesperson/">Office of the Spokesperson</a></li>
</ul></div>
<aside class="related"><h2>Related Articles</h2><ul>
<li><a href="/a/">FACT SHEET: The United States and Partners Launch a New Initiative on Clean Energy</a>
<p>The Secretary of State announced today that the United States will expand its work with partners.</p></li>
<li><a href="/b/">Joint Statement on the Ministerial Meeting of the Partnership for Prosperity</a>
<p>Ministers met in Washington to review the progress of the partnership since its launch.</p></li>
<li><a href="/c/">Readout of the Secretary's Meeting with the Foreign Minister</a></li>
</ul></aside>
<div class="share"><span>Share this page:</span><ul>
<li><a href="https://twitter.com/intent/tweet">Twitter</a></li>
<li><a href="https://www.facebook.com/sharer">Facebook</a></li>
<li><a href="mailto:?subject=">Email</a></li></ul></div>
</main>
<footer><ul><li><a href="/privacy/">Privacy Policy</a></li><li><a href="/accessibility/">Accessibility
Statement</a></li><li><a href="/foia/">FOIA</a></li></ul>
<p>White House | USA.gov | Office of the Inspector General | Archives | Contact Us</p></footer>
</body></html>
"""


def html_page(markdown: str) -> str:
    """The page as tests/importers/rendered.py gives it (the White House chrome)."""
    return as_html(markdown)


def html_fragment(markdown: str) -> str:
    """markdown-it's own renderer (default preset, typographer): the body only, no chrome, no title."""
    _meta, body = front_matter(markdown)
    return _plain.render(_pandoc_bold(body))


def html_other_site(markdown: str) -> str:
    """Another site's chrome: skip link, menus, breadcrumb, "Media Note" head; then tags, "Related Articles"
    (a list of linked titles with summaries), share links and a footer after the body."""
    meta, body = front_matter(markdown)
    title = meta.get("title", "")
    return (
        _OTHER_HEADER.format(title=title, date=meta.get("date", ""))
        + _plain.render(_pandoc_bold(body))
        + _OTHER_FOOTER
    )


def _underline(page: str, keep_bold: bool) -> str:
    span = '<span style="text-decoration: underline;">{}</span>'

    def heading(match: re.Match[str]) -> str:
        inner = span.format(match.group(2))
        if keep_bold:
            return f"<{match.group(1)}>{inner}</{match.group(1)}>"
        return f"<p>{inner}</p>"

    page = re.sub(r"<(h[2-6])>(.*?)</\1>", heading, page, flags=re.DOTALL)

    def bold(match: re.Match[str]) -> str:
        words = re.sub(r"<[^>]*>", "", match.group(1)).split()
        if not words or len(words) > 15 or words[-1][-1] in ".;,":
            return match.group(0)  # a bold sentence, not a heading: the page keeps it bold
        inner = span.format(match.group(1))
        return f"<p><strong>{inner}</strong>{match.group(2)}" if keep_bold else f"<p>{inner}{match.group(2)}"

    return re.sub(r"<p><strong>([^<]*(?:<(?!/?p>|/strong>)[^<]*)*)</strong>(\s*:?\s*</p>)", bold, page)


def html_underlined(markdown: str) -> str:
    """Headings and bold heading paragraphs wrapped in `<span style="text-decoration: underline">`."""
    return _underline(html_fragment(markdown), keep_bold=True)


def html_underline_only(markdown: str) -> str:
    """Headings and bold heading paragraphs (up to 15 words, no full stop) made paragraphs only underlined (no
    heading tag, no bold)."""
    return _underline(html_fragment(markdown), keep_bold=False)


MARKDOWN: dict[str, Callable[[str], str]] = {
    "inner_padding": _body(inner_padding),
    "split_bold": _body(split_bold),
    "escaped_numbers": _body(escaped_numbers),
    "nbsp_numbers": _body(nbsp_numbers),
    "nbsp_paragraphs": _body(nbsp_paragraphs),
    "nbsp_glue": _body(nbsp_glue),
    "emphasis_leftover": _body(emphasis_leftover),
    "debulleted": _body(debulleted),
    "flat_sub_items": _body(flat_sub_items),
    "star_bullets": _body(_bullets("*")),
    "plus_bullets": _body(_bullets("+")),
    "paren_numbers": _lines(paren_numbers),
    "setext": _body(setext),
    "atx": _body(atx),
    "underscores": _body(underscores),
    "crlf": crlf,
    "trailing_spaces": _lines(trailing_spaces),
    "unwrapped": _body(unwrapped),
    "wrapped_72": _body(wrapped(72)),
    "wrapped_40": _body(wrapped(40)),
    "indent_two": _body(compact_indent("two")),
    "indent_tab": _body(compact_indent("tab")),
    "straight_quotes": _body(straight_quotes),
    "smart_quotes": _body(smart_quotes),
}
HTML: dict[str, Callable[[str], str]] = {
    "html_page": html_page,
    "html_fragment": html_fragment,
    "html_other_site": html_other_site,
    "html_underlined": html_underlined,
    "html_underline_only": html_underline_only,
}


# --- what a reading keeps ---------------------------------------------------------------------------------

_WORD = re.compile(r"[^\W_]+")


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
        _commonmark.render(_pandoc_bold(body)) or "<p></p>", create_parent="div"
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
