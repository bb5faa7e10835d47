"""The plain-text reader: paragraphs between blank lines, bullets and numbers as items, nested by indent."""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field

from nals_desktop.importers.blocks import (
    MARKER,
    Block,
    ListLevels,
    clean_text,
    is_residue,
)
from nals_desktop.importers.readers.shared import indent_width

_TXT_ITEM = re.compile(rf"^(?P<indent>[^\S\n]*){MARKER.pattern}(?P<text>\S.*)$")
_LINE_ENDS = tuple(".;:!?\"'\u201d\u2019)\u00bb")
# Page numbers of a PDF copy: "3", "Page 3 of 5", "- 3 -", "Página 3 de 5", "3 / 5".
_PAGE_NUMBER = re.compile(
    r"(?:(?:page|p\.|p[aá]g\.|p[aá]gina)\s*)?\d{1,4}(?:\s*(?:of|de|sur|/)\s*\d{1,4})?|[-\u2013\u2014]\s*\d{1,4}\s*[-\u2013\u2014]",
    re.IGNORECASE,
)
_LABEL_LEAD = re.compile(r"(?P<label>[A-Z][^:.;!?]*[^\s:.;!?]):\s+(?P<body>[A-Z\u201c\"].*)", re.DOTALL)
# The same, its label a title of any length, "U.S." and "D.C." in it.
_TITLE_LEAD = re.compile(
    r"(?P<label>[A-Z](?:[^:;!?.]|(?<=\b[A-Z])\.)*[^\s:;!?.])(?P<stop>[:.])\s+(?P<body>[A-Z0-9\u201c\"].*)",
    re.DOTALL,
)
# Prepositions a title leaves in lower case however long ("Cut Pollution from the Existing Systems").
_MINOR_WORDS = frozenset("from with into onto over upon than through within across among between".split())
# "Reducing Wasteful Methane Emissions – Today, the EPA…": a title, a dash, a sentence.
_DASH_LEAD = re.compile(
    r"(?P<label>[A-Z][^:;!?.\u2013\u2014]*[^\s:;!?.\u2013\u2014])\s+[\u2013\u2014]\s*(?P<body>[A-Z0-9\u201c\"].*)",
    re.DOTALL,
)
_MIN_TITLED_RUN = 3
_MAX_LABEL_WORDS = 8
# A bold lead or heading copied as text may name a programme at length, in title case: as long as on a page.
_MAX_LEAD_LABEL_WORDS = 12
_MIN_LEAD_BODY_WORDS = 8
_MAX_RUNNING_WORDS = 15
_MENU_LINES = 3
_MENU_WORDS = 5
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_HYPHENATED_END = re.compile(r"([^\W\d_]*)-$")
_LEADING_WORD = re.compile(r"[^\W\d_]+")


@dataclass(slots=True)
class _TxtChunk:
    kind: str  # "paragraph" | "item"
    start: int
    indent: int
    depth: int = 0
    lines: list[str] = field(default_factory=list)
    numbers: list[int] = field(default_factory=list)
    end: int = 0

    def add(self, line: str, number: int) -> None:
        self.lines.append(line)
        self.numbers.append(number)
        self.end = number


@dataclass
class _TxtLayout:
    """What the whole text tells about its lines: page furniture, the width it was wrapped at, its words."""

    text: str
    furniture: set[int]
    width: int | None  # the hard-wrap width of a PDF or e-mail copy; None for one line per paragraph
    _words: set[str] | None = None

    def words(self) -> set[str]:
        if self._words is None:
            self._words = {word[0] for word in _WORD.finditer(self.text.lower())}  # no list of every word
        return self._words

    def join(self, lines: list[str]) -> str:
        """The lines of a paragraph or item as one text, a word broken at a line end made whole: "con-" and
        "tinent" give "continent" where the text writes "continent" elsewhere; "cross-" "border" stay
        "cross-border"; a soft hyphen always joins."""
        if len(lines) == 1:
            return clean_text(lines[0])
        parts: list[str] = []
        soft = False
        for raw in lines:
            line = clean_text(raw)
            if not line:
                continue
            if parts:
                previous = parts[-1]
                if previous.endswith("-") and previous[-2:-1].isalnum() and line[0].isalnum():
                    if self._one_word(previous, line):
                        parts[-1] = previous[:-1]
                elif not soft:
                    parts.append(" ")
            parts.append(line)
            soft = raw.rstrip().endswith("\u00ad")
        return clean_text("".join(parts))

    def _one_word(self, previous: str, line: str) -> bool:
        broken, rest = _HYPHENATED_END.search(previous[-80:]), _LEADING_WORD.match(line)
        if broken is None or rest is None or not broken[1]:
            return False
        head, tail = broken[1].lower(), rest[0].lower()
        return head + tail in self.words() and f"{head}-{tail}" not in self.words()

    def wrapped(self, previous: str, line: str) -> bool:
        """In hard-wrapped text, a line that left no room for the next word was broken there, not ended."""
        if self.width is None:
            return False
        return len(previous.rstrip()) + 1 + len(line.split()[0]) >= 0.9 * self.width


def read_txt(text: str) -> list[Block]:
    """Paragraphs are separated by blank lines; bullets and numbers start items, nested by indentation."""
    lines = text.split("\n")
    breaks = {number for number, line in enumerate(lines) if "\f" in line} if "\f" in text else set()
    for number in breaks:  # in place: a copy of every line would double the lines' memory
        lines[number] = lines[number].replace("\f", "")
    furniture = _page_furniture(lines, breaks)
    layout = _TxtLayout(text, furniture, _wrap_width(lines, furniture))
    chunks: list[_TxtChunk] = []
    chunk: _TxtChunk | None = None
    after_blank = False
    page_gap = False
    previous = ""
    levels = ListLevels()  # the open list levels
    blocks: list[Block] = []
    # Two items in a row: the text has its bullets (no _unmarked_lists), so each chunk but the last, which
    # may still grow, is made a block at once and let go: the chunks of a long list are never held all.
    paired = False

    def started(new: _TxtChunk) -> None:
        nonlocal paired
        paired = paired or (bool(chunks) and chunks[-1].kind == new.kind == "item")
        if paired:
            for done in chunks:
                _add_block(done, layout, blocks)
            chunks.clear()
        chunks.append(new)

    for index, line in enumerate(lines):
        number = index + 1
        lines[index] = ""  # only the lines below are looked at again: a finished block's lines can go
        if index in furniture:
            # A page break, where a PDF copy shows one: a form feed, or page numbers in hard-wrapped text.
            page_gap = page_gap or layout.width is not None or index in breaks or index + 1 in breaks
            continue
        if not line or not line.strip():  # (an empty line, the commonest blank one, told without a copy)
            if chunk is not None and chunk.kind == "paragraph":
                chunk = None
            after_blank = True
            continue
        if page_gap and after_blank and not previous.rstrip().endswith(_LINE_ENDS):
            after_blank = False  # a page break in the middle of a sentence: the text runs on
        page_gap = False
        indent = indent_width(line)
        match = _TXT_ITEM.match(line)
        if match and match["marker"] == "o" and not indent and (chunk is None or chunk.kind != "item"):
            match = None  # "o" starts a sub-item, not a list ("o de cooperación" in wrapped Spanish)
        if match and is_residue(clean_text(line)):
            match = None  # "- 30 -", the end of a news release
        if match and after_blank and _numbered_title(match, lines, index, previous):
            match = None  # "2. Secure, Resilient, and Protective of Privacy" alone: a numbered heading
        if match:
            chunk = _TxtChunk("item", number, indent, depth=levels.depth(indent, match["marker"]))
            started(chunk)
            chunk.add(match["text"], number)
        elif (
            chunk is not None
            and chunk.kind == "item"
            and _continues_item(chunk, indent, after_blank, line, layout)
        ):
            chunk.add(line, number)
        elif chunk is not None and chunk.kind == "paragraph" and not after_blank:
            chunk.add(line, number)
        else:
            levels.clear()  # a paragraph ends the list: the next bullet starts a new one
            chunk = _TxtChunk("paragraph", number, indent)
            started(chunk)
            chunk.add(line, number)
        previous = line
        after_blank = False
    # A lone "- The Minister" under a quote is no list: the text may still have lost its bullets.
    if not paired:
        chunks = _unmarked_lists(chunks, wrapped=layout.width is not None)
    chunks.reverse()
    while chunks:  # each chunk let go as its block is made: the two lists never peak together
        _add_block(chunks.pop(), layout, blocks)
    return blocks


def _add_block(chunk: _TxtChunk, layout: _TxtLayout, blocks: list[Block]) -> None:
    if not _menu(chunk):
        block = _txt_block(chunk, layout)
        if block.text:
            blocks.append(block)


def _txt_block(chunk: _TxtChunk, layout: _TxtLayout) -> Block:
    text = layout.join(chunk.lines)
    if chunk.kind == "item":
        return Block("item", text, depth=chunk.depth, span=(chunk.start, chunk.end))
    return Block(
        "paragraph", text, span=(chunk.start, chunk.end), lines=len(chunk.lines), lead=_label_lead(text)
    )


def _numbered_title(match: re.Match[str], lines: list[str], index: int, previous: str) -> bool:
    """A numbered line set apart by empty lines, in title case and without final punctuation, heads the
    section below it (a browser copies a numbered heading so); a numbered item ends as a sentence does, and
    short numbered lines one after another, however spaced, are a list."""
    text = match["text"].strip()
    below = next((lines[i] for i in range(index + 1, len(lines)) if lines[i].strip()), "")
    words = [word.lstrip('("\u201c') for word in text.split()]
    return (
        match["marker"][:1].isdigit()
        and (index + 1 == len(lines) or not lines[index + 1].strip())
        and not _TXT_ITEM.match(below)
        and not _TXT_ITEM.match(previous)
        and bool(below)
        and len(words) <= _MAX_RUNNING_WORDS
        and not text.endswith(_LINE_ENDS)
        and all(word[:1].isupper() or not word[:1].isalpha() for word in words if len(word) > 4)
    )


def _label_lead(text: str) -> bool:
    """ "Tariffs:  The countries will open their markets…": a short label run into a paragraph, as a bold lead
    is on the page the text was copied from (detection decides whether such paragraphs are items)."""
    found = _LABEL_LEAD.match(text)
    if found is None:
        return False
    words = found["label"].split()
    return (
        # A long label is a title ("Scientific Training for the Vietnamese Office for Seeking Missing
        # Persons:"), not a sentence's first words ("The leaders agreed on three priorities for the year:").
        (len(words) <= _MAX_LABEL_WORDS or (len(words) <= _MAX_LEAD_LABEL_WORDS and _title_case(words)))
        and len(found["body"].split()) >= _MIN_LEAD_BODY_WORDS
        and text.endswith(tuple('.;!?"\u201d)'))
    )


def _title_case(words: list[str]) -> bool:
    return all(word[:1].isupper() for word in words if len(word) > 3 and word not in _MINOR_WORDS)


def _continues_item(item: _TxtChunk, indent: int, after_blank: bool, line: str, layout: _TxtLayout) -> bool:
    """Indented under its bullet, a line continues the item; unindented, only after an unfinished line."""
    if indent > item.indent:
        return True  # a hard-wrapped item, or a further paragraph indented under it
    if after_blank:
        return False
    # Copied web text has one line per item: a line after a finished item is the next intro paragraph,
    # unless the text is hard-wrapped and the item's line was full.
    last = item.lines[-1]
    return not last.rstrip().endswith(_LINE_ENDS) or layout.wrapped(last, line)


def _page_furniture(lines: list[str], breaks: set[int]) -> set[int]:
    """Page numbers, and the running headers and footers a PDF copy repeats at its page breaks."""
    numbers = {i for i, line in enumerate(lines) if line and _PAGE_NUMBER.fullmatch(line.strip())}
    if not numbers and not breaks:
        return numbers
    content = [i for i, line in enumerate(lines) if line.strip() and i not in numbers]
    edges: dict[str, set[int]] = {}  # a normalised line → the lines at a page edge that read so
    for position in {0, len(lines)} | breaks | numbers:
        after = bisect.bisect_left(content, position)
        for i in content[max(after - 1, 0) : after + 1]:
            edges.setdefault(_running_key(lines[i]), set()).add(i)
    running = {key for key, places in edges.items() if len(places) >= 2 and _may_run(key)}
    return numbers | {i for i in content if _running_key(lines[i]) in running}


def _running_key(line: str) -> str:
    return re.sub(r"\d+", "#", clean_text(line))


def _may_run(key: str) -> bool:
    # Intros ("They will:") and list items may repeat in a text; page headers and footers are neither.
    return 0 < len(key.split()) <= _MAX_RUNNING_WORDS and not key.endswith(":") and not _TXT_ITEM.match(key)


def _wrap_width(lines: list[str], furniture: set[int]) -> int | None:
    """The width a PDF or e-mail copy was hard-wrapped at: most lines end near one width under 120."""
    lengths = sorted(
        len(line.rstrip()) for i, line in enumerate(lines) if line and line.strip() and i not in furniture
    )
    if len(lengths) < 8:
        return None
    width = lengths[int(0.95 * (len(lengths) - 1))]
    if not 40 <= width <= 120:
        return None
    full = sum(1 for length in lengths if length >= 0.8 * width)
    return width if full >= 0.3 * len(lengths) else None


def _unmarked_lists(chunks: list[_TxtChunk], wrapped: bool) -> list[_TxtChunk]:
    """Text copied from a browser has lost its bullets: the lines of the block after an intro ending in ":"
    are its items (a line starting in lower case after an item ending in ":" is that item's child); so are,
    in text not hard-wrapped, the lines of a block of several lines that each end a sentence (a browser
    copies each paragraph as one line and sets paragraphs apart with an empty line: lines in a row are
    list items)."""
    result: list[_TxtChunk] = []
    heads: set[int] = set()  # the headings split from their intros: never items
    if not wrapped:
        chunks = _headed_paragraphs(chunks, heads)
    runs = set() if wrapped else _titled_runs(chunks)
    labelled = False  # the items just made all run in from a title-case label ("Establish New Embassies: …")
    for index, chunk in enumerate(chunks):
        intro = chunks[index - 1] if index else None
        introduced = intro is not None and intro.lines[-1].rstrip().endswith(":")
        if index in runs or (
            labelled
            and chunk.kind == "paragraph"
            and len(chunk.lines) == 1
            and _titled(chunk.lines[0], stops=":.")
        ):
            # A page's second list right after the first (copied with an empty line between), its items in the
            # same shape: the list goes on.
            item = _TxtChunk("item", chunk.start, chunk.indent)
            item.add(chunk.lines[0], chunk.start)
            result.append(item)
            continue
        labelled = False
        if (
            not (introduced or (not wrapped and _sentence_lines(chunk)))
            or not _one_per_line(chunk.lines)
            or index in heads
        ):
            result.append(chunk)
            continue
        labelled = len(chunk.lines) >= 2 and all(_titled(line, stops=":.") for line in chunk.lines)
        parent_open = False
        for line, number in zip(chunk.lines, chunk.numbers, strict=True):
            child = parent_open and line.lstrip()[:1].islower()
            item = _TxtChunk("item", number, chunk.indent, depth=1 if child else 0)
            item.add(line, number)
            result.append(item)
            if not child:
                parent_open = line.rstrip().endswith(":")
    return result


def _headed_paragraphs(chunks: list[_TxtChunk], heads: set[int]) -> list[_TxtChunk]:
    """A heading copied with its intro on the next line (a page's "<strong>Fighting Corruption</strong><br>
    Actions undertaken…:"): a title-case line without punctuation over lines that each end a sentence is a
    paragraph of its own, the heading's, not the first line of the intro or of a list (its index goes to
    ``heads``)."""
    result: list[_TxtChunk] = []
    for chunk in chunks:
        lines = chunk.lines
        if not (
            chunk.kind == "paragraph"
            and len(lines) >= 2
            and _heading_line(lines[0])
            and all(line.rstrip().endswith(_LINE_ENDS) for line in lines[1:])
        ):
            result.append(chunk)
            continue
        head = _TxtChunk("paragraph", chunk.start, chunk.indent)
        head.add(lines[0], chunk.numbers[0])
        rest = _TxtChunk("paragraph", chunk.numbers[1], chunk.indent)
        for line, number in zip(lines[1:], chunk.numbers[1:], strict=True):
            rest.add(line, number)
        heads.add(len(result))
        result += [head, rest]
    return result


def _heading_line(line: str) -> bool:
    """ "Supporting Free and Independent Media": a few words in title case, no final punctuation."""
    words = [word.lstrip('("\u201c') for word in line.split()]
    return (
        1 <= len(words) <= _MAX_LEAD_LABEL_WORDS
        and not line.rstrip().endswith(_LINE_ENDS)
        and words[0][:1].isupper()
        and all(word[:1].isupper() for word in words if len(word) > 3)
    )


def _titled_runs(chunks: list[_TxtChunk]) -> set[int]:
    """Three or more one-line paragraphs in a row, each run in from a title and a full stop ("Making More
    Resilient Supply Chains. Our economic security…"): a page's items, each in a list of its own or set apart
    as paragraphs, their bold leads copied as plain text. (Leads ending in a colon are the detector's.)"""
    marked = [
        chunk.kind == "paragraph" and len(chunk.lines) == 1 and _titled(chunk.lines[0], stops=".\u2013")
        for chunk in chunks
    ]
    runs: set[int] = set()
    for is_titled, group in itertools.groupby(enumerate(marked), key=lambda pair: pair[1]):
        indexes = [index for index, _ in group]
        if is_titled and len(indexes) >= _MIN_TITLED_RUN:
            runs.update(indexes)
    return runs


def _titled(line: str, stops: str = ":") -> bool:
    """ "Bring the Peace Corps Back to the Pacific: The longevity of our ties…": a title-case label, a colon
    and a sentence, as a bold lead is copied (with "\u2013" in ``stops``, a dash too: "Reducing Wasteful
    Methane Emissions – Today, the EPA…")."""
    text = line.strip()
    if not text.endswith(tuple('.;!?"\u201d)')):
        return False
    found = _TITLE_LEAD.match(text)
    if found is not None and found["stop"] in stops and _title_and_sentence(found):
        return True
    dashed = _DASH_LEAD.match(text) if "\u2013" in stops else None
    return dashed is not None and _title_and_sentence(dashed)


def _title_and_sentence(found: re.Match[str]) -> bool:
    words = [word.lstrip('("\u201c') for word in found["label"].split()]
    return len(found["body"].split()) >= _MIN_LEAD_BODY_WORDS and all(
        word[:1].isupper() for word in words if len(word) > 3 and word not in _MINOR_WORDS
    )


def _sentence_lines(chunk: _TxtChunk) -> bool:
    return (
        chunk.kind == "paragraph"
        and len(chunk.lines) >= 2
        and all(line.rstrip().endswith(_LINE_ENDS) for line in chunk.lines)
    )


def _menu(chunk: _TxtChunk) -> bool:
    """Lines of a few words each, none a sentence: a web page's menu, breadcrumb or footer, copied."""
    return (
        chunk.kind == "paragraph"
        and len(chunk.lines) >= _MENU_LINES
        and all(
            len(line.split()) <= _MENU_WORDS and not line.rstrip().endswith(tuple(".;!?"))
            for line in chunk.lines
        )
    )


def _one_per_line(lines: list[str]) -> bool:
    """No line runs on into the next (an unfinished line followed by one in lower case): one item a line."""
    return not any(
        not a.rstrip().endswith(_LINE_ENDS) and b.lstrip()[:1].islower() for a, b in itertools.pairwise(lines)
    )
