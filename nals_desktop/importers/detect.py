"""The one structure detector: blocks from any reader → title, preamble, pillars, nested commitments."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from nals_desktop.domain.errors import DocumentError
from nals_desktop.domain.model import ParsedCommitment, ParsedPillar, ParsedSummit
from nals_desktop.i18n import _
from nals_desktop.importers.blocks import IMPLIED_HEADING_LEVEL, Block, clean_text, is_residue
from nals_desktop.importers.metadata import find_date, find_location, find_summit_name
from nals_desktop.importers.titles import first_sentence, propose_short_title

# "FACT SHEET", and the French and Spanish names for one.
_FACT_SHEET = re.compile(
    r"(FACT SHEET|Fact Sheet|Fact sheet|FICHE D['\u2019]INFORMATION|Fiche d['\u2019]information|"
    r"HOJA INFORMATIVA|Hoja informativa)\b"
)
_KNOWN_SUFFIX = re.compile(r"\.(txt|md|markdown|html?)$", re.IGNORECASE)

#: Deeper nesting is folded into this depth: recursive consumers (JSON, trees) stay safe on hostile input.
MAX_DEPTH = 32
_MAX_TITLE_CHARS = 300
#: Headings known only by their place in a plain text (a short line above an intro): below the implied ones.
_PLACED_HEADING_LEVEL = IMPLIED_HEADING_LEVEL + 1
#: Bold title-case sub-headings under bold ALL-CAPS pillars.
_SUB_HEADING_LEVEL = IMPLIED_HEADING_LEVEL + 1
_PLACED_HEADING_WORDS = 20
# Page chrome before a title (menus, breadcrumbs, "Skip to content", a date) is short; a body is not.
_CHROME_PARAGRAPH_WORDS = 40
_CHROME_ITEM_WORDS = 20
_ENDS_SENTENCE = ".:;,!?"
_ANY_HEADING = _PLACED_HEADING_LEVEL
# A line ending in one of these runs on into the next: it is no heading ("The leaders agreed to").
_RUNS_ON = frozenset(
    "a an and as at by for from in of on or the to with à au aux de des du en et la le les par pour sur "
    "con del el los las para por que y".split()
)


# The standard closing sections of a government news release, in its three languages: facts, quotes, links
# and contacts around the commitments, never commitments themselves.
_BOILERPLATE_SECTION = re.compile(
    r"(quick facts|faits en bref|datos (breves|clave)|associated links|liens connexes|enlaces relacionados|"
    r"related (links|products?)|produits? connexes?|productos? relacionados?|contacts?|personnes-ressources|"
    r"contactos?|quotes?|citations?|citas?|"
    r"stay connected|restez branch[ée]s)\s?:?",
    re.IGNORECASE,
)


@dataclass
class Reading:
    """A document as the detector read it: the summit, and what a person should check before importing."""

    summit: ParsedSummit
    left_out: list[str] = field(default_factory=list)  # text that is in no title, preamble, intro or item
    guessed: frozenset[str] = frozenset()  # "title", "date", "location": not stated as such by the document
    guessed_pillars: list[bool] = field(default_factory=list)  # per pillar: no heading gave its title
    paragraphs: bool = False  # read in paragraph mode


def detect(blocks: Sequence[Block], fmt: str, name: str = "") -> ParsedSummit:
    """Find the summit's title, preamble and pillars; raise DocumentError where there is no list."""
    return examine(blocks, fmt, name).summit


def examine(
    blocks: Sequence[Block],
    fmt: str,
    name: str = "",
    *,
    paragraphs: bool = False,
    stated_date: date | None = None,
) -> Reading:
    """Find the summit's title, date, place, preamble and pillars, and what was guessed or left out. In
    paragraph mode every substantive paragraph is a commitment (joint statements, declarations)."""
    shown = name or _("The document")
    content = [_tidy(block) for block in blocks if block.text and not is_residue(block.text)]
    content = [
        _promote(block, fmt, content[i + 1] if i + 1 < len(content) else None)
        for i, block in enumerate(content)
    ]
    content = _two_heading_levels(content)
    boilerplate: list[str] = []  # the news release's quotes, facts and contacts: left out, and said so
    title, content = _take_title(_without_boilerplate(content, boilerplate), name, fmt)
    content = _lone_item_headings(content)
    content = _as_commitments(content) if paragraphs else _repair_lists(_numbered_paragraphs(content))
    if not any(block.kind == "item" for block in content):
        if not paragraphs and any(_substantive(b) for b in content):
            raise DocumentError(
                _(
                    "{name}: no list of commitments found; a statement written in paragraphs can be "
                    "imported in paragraph mode (nals import --paragraphs, or “Each paragraph is a "
                    "commitment” in the import preview)"
                ).format(name=shown)
            )
        raise DocumentError(_("{name}: no list of commitments found").format(name=shown))
    guessed: set[str] = set()
    texts = [b.text for b in blocks[:_METADATA_BLOCKS] if b.text]
    if title == title_from_name(name):
        title = find_summit_name(texts) or title
        guessed.add("title")
    preamble, pillars = _structure(content, fallback_title=title)
    when = stated_date
    if when is None:
        when = find_date(texts)
        if when is not None:
            guessed.add("date")
    # Datelines and summit names are in paragraphs: an item ("Alana Grant – Hate Won't Win…") is no dateline.
    location, location_guessed = find_location(
        [b.text for b in blocks[:_METADATA_BLOCKS] if b.text and b.kind != "item"]
    )
    if location_guessed:
        guessed.add("location")
    summit = ParsedSummit(title=title, pillars=pillars, preamble=preamble, date=when, location=location)
    headings = {b.text.rstrip(" :") or b.text for b in content if b.kind == "heading"}
    return Reading(
        summit=summit,
        left_out=boilerplate + _left_out(content, summit),
        guessed=frozenset(guessed),
        guessed_pillars=[p.title not in headings for p in pillars],
        paragraphs=paragraphs,
    )


# ---------------------------------------------------------------------------------------------- shapes

_METADATA_BLOCKS = 60
# "17. The leaders…", "(3) Les dirigeants…": a paragraph numbered by the document (pandoc escapes "17\.").
_NUMBERED = re.compile(r"\(?\d{1,3}[.)]\s+\S")
_NUMBERED_WORDS = 12
_HEADING_LINE_WORDS = 12
_SUBSTANTIVE_WORDS = 8
# Emphasis markers left around punctuation by a converter: "…partners*.*", "…partners**.**".
_STRAY_EMPHASIS = re.compile(r"(?<!\*)\*{1,3}([.,;:!?])\*{1,3}(?!\*)")  # bounded: linear on a run of stars


def _tidy(block: Block) -> Block:
    if "*" not in block.text:
        return block
    text = _STRAY_EMPHASIS.sub(r"\1", block.text).rstrip(" *") or block.text
    return replace(block, text=text) if text != block.text else block


def _substantive(block: Block) -> bool:
    return block.kind == "paragraph" and not block.strong and len(block.text.split()) >= _SUBSTANTIVE_WORDS


def _as_commitments(content: list[Block]) -> list[Block]:
    """Paragraph mode: each substantive paragraph under a heading is a commitment (where there are no
    headings, every one is); what comes before the first heading is the preamble."""
    first = next((i for i, b in enumerate(content) if b.kind == "heading"), 0)
    return [
        replace(b, kind="item", depth=0) if i >= first and _substantive(b) else b
        for i, b in enumerate(content)
    ]


def _numbered_paragraphs(content: list[Block]) -> list[Block]:
    """Paragraphs the document numbers ("17. The leaders…", at least two of them) are its commitments; a short
    numbered line ("2. Tariffs") stays a heading or intro."""
    if sum(map(_numbered, content)) < 2:
        return content
    return [replace(b, kind="item", depth=0) if _numbered(b) else b for b in content]


def _numbered(block: Block) -> bool:
    return (
        _NUMBERED.match(block.text) is not None
        and _substantive(block)
        and len(block.text.split()) >= _NUMBERED_WORDS
    )


def _repair_lists(content: list[Block]) -> list[Block]:
    """Lists whose structure the page lost: a paragraph between two items of a run is an item too (its
    bullet was lost), and flat items after an item ending in ":" elaborate it (they nest under it). Changes
    ``content`` in place."""
    out = content
    for i in range(1, len(out) - 1):
        block, before, after = out[i], out[i - 1], out[i + 1]
        if (
            block.kind == "paragraph"
            and before.kind == "item"
            and after.kind == "item"
            and before.depth == after.depth == 0
            and _substantive(block)
            and not block.bold_start
            and block.text[-1] in ".;”\"')"
            and not before.text.endswith(":")
        ):
            out[i] = replace(block, kind="item", depth=0)
    i = 0
    while i < len(out):
        block = out[i]
        following = out[i + 1] if i + 1 < len(out) else None
        if (
            block.kind == "item"
            and block.text.endswith(":")
            and following is not None
            and following.kind == "item"
            and following.depth == block.depth
        ):
            j = i + 1
            while j < len(out) and out[j].kind == "item" and out[j].depth >= block.depth:
                if out[j].depth == block.depth and out[j].text.endswith(":"):
                    break  # the next parent of the same kind takes the items after it
                out[j] = replace(out[j], depth=out[j].depth + 1)
                j += 1
            i = j
        else:
            i += 1
    return out


def _lone_item_headings(content: list[Block]) -> list[Block]:
    """Numbered headings ("2. Tariffs", "3\\. Non-Tariff Barriers" as lines of their own): headings, and so is
    the first of them where a converter made it a list item of its own ("1.  **Investment**"): a title-like
    item right above a list."""
    numbered = [_numbered_heading(b) for b in content]
    if sum(numbered) < 2:
        return content
    out = list(content)
    for i, block in enumerate(out):
        before = out[i - 1] if i else None
        after = out[i + 1] if i + 1 < len(out) else None
        lone_item = (
            block.kind == "item"
            and block.depth == 0
            and (before is None or before.kind != "item")
            and after is not None
            and after.kind == "item"
            and _title_like(block.text)
        )
        if numbered[i] or lone_item:
            out[i] = replace(block, kind="heading", level=IMPLIED_HEADING_LEVEL, depth=0)
    return out


def _numbered_heading(block: Block) -> bool:
    return (
        block.kind == "paragraph"
        and _NUMBERED.match(block.text) is not None
        and _title_like(block.text.split(None, 1)[-1])
    )


def _two_heading_levels(content: list[Block]) -> list[Block]:
    """Bold headings of two kinds, ALL-CAPS pillars over title-case sub-headings: the ALL-CAPS ones are
    the upper level; the others become headings below them (groups within their pillar)."""
    bold = [b for b in content if b.kind == "heading" and b.level == IMPLIED_HEADING_LEVEL and b.strong]
    caps = [_all_caps(b.text) for b in bold]
    if sum(caps) < 2 or all(caps) or not caps[0]:
        return content
    return [
        replace(b, level=_SUB_HEADING_LEVEL)
        if b.kind == "heading" and b.level == IMPLIED_HEADING_LEVEL and b.strong and not _all_caps(b.text)
        else b
        for b in content
    ]


def _all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 3 and all(c.isupper() for c in letters)


def _left_out(content: Sequence[Block], summit: ParsedSummit) -> list[str]:
    """The texts of ``content`` that are in no title, preamble, intro or commitment of ``summit``."""
    placed: set[str] = {summit.title, *summit.preamble.split("\n\n")}
    for pillar in summit.pillars:
        placed.add(pillar.title)
        placed.update(pillar.intro.split("\n\n"))
        placed.update(c.text for c in _walk(pillar.commitments))
    missing = [b.text for b in content if b.text not in placed and b.text.rstrip(" :") not in placed]
    if not missing:
        return []
    # Rare (a heading that became part of a title): looked for inside the longer texts.
    joined = "\n".join(placed)
    return [text for text in missing[:_LEFT_OUT_SEARCHED] if text not in joined] + missing[
        _LEFT_OUT_SEARCHED:
    ]


_LEFT_OUT_SEARCHED = 50  # each search reads all the placed text: bounded, for a huge document


def _walk(items: list[ParsedCommitment]) -> Iterator[ParsedCommitment]:
    """Every commitment, parents before their children; with a stack, not nested generators, which would pass
    each item up through every level above it."""
    stack = [iter(items)]
    while stack:
        item = next(stack[-1], None)
        if item is None:
            stack.pop()
            continue
        yield item
        if item.children:
            stack.append(iter(item.children))


def _without_boilerplate(blocks: Sequence[Block], dropped: list[str] | None = None) -> list[Block]:
    """Blocks without the news-release sections ("Quick facts", "Quotes", "Related Product") and what they
    hold: to the next heading of their level, or of any level where they are a line of their own. The text
    of what is dropped goes to ``dropped``."""
    kept: list[Block] = []
    dropping = 0  # the level of the boilerplate heading whose section is being dropped; 0: none
    for block in blocks:
        if block.kind == "heading" and dropping and block.level <= dropping:
            dropping = 0
        if block.kind != "item" and _BOILERPLATE_SECTION.fullmatch(block.text):
            dropping = block.level if block.kind == "heading" else _ANY_HEADING
        if not dropping:
            kept.append(block)
        elif dropped is not None and not block.link_only:
            dropped.append(block.text)
    return kept


# ---------------------------------------------------------------------------------------------- title


def _take_title(content: list[Block], name: str, fmt: str) -> tuple[str, list[Block]]:
    """The first level-1 heading or "FACT SHEET…" line is the title (and no part of the body); what page
    chrome comes before it is dropped. A plain text may also start with its title on a line of its own."""
    for index, block in enumerate(content):
        if block.kind == "item" or block.link_only:  # a site's logo in an <h1> is not the title
            continue
        if (block.kind == "heading" and block.level == 1) or (
            _FACT_SHEET.match(block.text) and len(block.text) <= _MAX_TITLE_CHARS
        ):
            before = content[:index]
            return block.text, ([] if all(map(_chrome_like, before)) else before) + content[index + 1 :]
    if fmt == "txt" and content and _first_line_title(content):
        return content[0].text, content[1:]
    return title_from_name(name), content


def _chrome_like(block: Block) -> bool:
    return len(block.text.split()) <= (
        _CHROME_ITEM_WORDS if block.kind == "item" else _CHROME_PARAGRAPH_WORDS
    )


def _first_line_title(content: list[Block]) -> bool:
    """A first line standing alone, short and unpunctuated, titles the text, unless it heads the first of
    several sections with lists (then it is the first pillar's heading)."""
    first = content[0]
    if (
        first.kind == "item"
        or first.lines != 1
        or len(first.text.split()) > 20
        or first.text[-1] in _ENDS_SENTENCE
    ):
        return False
    rest = content[1:]
    section = next((i for i, b in enumerate(rest) if b.kind == "heading"), len(rest))
    return not any(b.kind == "item" for b in rest[:section]) or section == len(rest)


def title_from_name(name: str) -> str:
    """ "wh_nals2021_key_deliverables.md" → "Wh nals2021 key deliverables"."""
    stem = _KNOWN_SUFFIX.sub("", name.replace("\\", "/").rsplit("/", 1)[-1])
    words = clean_text(re.sub(r"[_.\-]+", " ", stem))
    return words[:1].upper() + words[1:] if words else _("Untitled summit")


# ---------------------------------------------------------------------------------------------- headings


def _promote(block: Block, fmt: str, following: Block | None) -> Block:
    """Bold-only lines are headings below every real one; so are, in plain text, short title-like lines
    ("Climate Action", "HEALTH", "Trade and Investment:") and, one level lower, short sentence-case lines
    above an intro or a list ("Changements climatiques et environnement")."""
    if block.kind != "paragraph":
        return block
    text = block.text
    if block.strong and (_heading_like(text) or _label_like(text)):  # "**Shared Prosperity:**" too
        return replace(block, kind="heading", level=IMPLIED_HEADING_LEVEL, text=text.rstrip(" :"))
    if fmt != "txt":
        # An underlined or ALL-CAPS line right above an intro or a list (`<span style="text-decoration:
        # underline">Energy Security</span>`), where the page set its headings in neither bold nor <h2>.
        if (
            following is not None
            and (following.kind == "item" or (following.kind == "paragraph" and following.text.endswith(":")))
            and len(text.split()) <= _HEADING_LINE_WORDS
            and text[-1] not in _ENDS_SENTENCE + "\u2026"
            and (_all_caps(text) or (_title_like(text) and len(text.split()) > 1))
            and find_date([text]) is None  # a dateline ("January 10, 2024") is no heading
        ):
            # Below the bold headings: under bold pillars it is a group within one ("*Enhancing Capacity*").
            return replace(block, kind="heading", level=_SUB_HEADING_LEVEL)
        return block
    if block.lines != 1:
        return block
    if _title_like(text) or (_label_like(text) and _right_above(block, following, "item")):
        return replace(block, kind="heading", level=IMPLIED_HEADING_LEVEL, text=text.rstrip(" :"))
    if following is not None and following.kind != "heading" and _placed_heading_like(text):
        return replace(block, kind="heading", level=_PLACED_HEADING_LEVEL)
    return block


def _heading_like(text: str) -> bool:
    # A bold paragraph ending in ":" or "." introduces a list (wh_nals2023): it is an intro, not a heading.
    return len(text.split()) <= 20 and text[-1] not in _ENDS_SENTENCE


def _title_like(text: str) -> bool:
    words = text.split()
    if not 1 <= len(words) <= 12 or len(text) > 100 or text[-1] in _ENDS_SENTENCE or not text[0].isupper():
        return False
    significant = [w for w in words if len(w) >= 4 and w[0].isalpha()]
    return bool(significant) and sum(w[0].isupper() for w in significant) >= 0.6 * len(significant)


def _label_like(text: str) -> bool:
    """ "Trade and Investment:" — a title-like label with a colon."""
    return text.endswith(":") and len(text.split()) <= 6 and _title_like(text.rstrip(" :"))


def _right_above(block: Block, following: Block | None, kind: str) -> bool:
    """The next block is of this kind and starts on the very next line (no blank line between)."""
    return (
        following is not None
        and following.kind == kind
        and block.span is not None
        and following.span is not None
        and following.span[0] == block.span[1] + 1
    )


def _placed_heading_like(text: str) -> bool:
    # Up to 20 words: French and Spanish headings run longer than their English originals.
    words = text.split()
    return (
        1 <= len(words) <= _PLACED_HEADING_WORDS
        and len(text) <= 8 * _PLACED_HEADING_WORDS
        and text[-1] not in _ENDS_SENTENCE
        and text[0].isupper()
        and words[-1].lower() not in _RUNS_ON
    )


def _pillar_levels(content: Sequence[Block]) -> list[int]:
    """The levels of the headings that have list items in their section, highest first."""
    open_levels: list[int] = []  # strictly increasing, so at most IMPLIED_HEADING_LEVEL long
    levels: set[int] = set()
    for block in content:
        if block.kind == "heading":
            while open_levels and open_levels[-1] >= block.level:
                open_levels.pop()
            open_levels.append(block.level)
        elif block.kind == "item":
            levels.update(open_levels)
    return sorted(levels)


# ---------------------------------------------------------------------------------------------- pillars


@dataclass
class _PillarBuilder:
    title: str
    intro: str
    short_source: str
    commitments: list[ParsedCommitment] = field(default_factory=list)
    _open: list[tuple[int, ParsedCommitment]] = field(default_factory=list)

    def add_item(self, block: Block) -> None:
        commitment = ParsedCommitment(block.text, span=block.span)
        depth = min(block.depth, MAX_DEPTH)
        while self._open and self._open[-1][0] >= depth:
            self._open.pop()
        (self._open[-1][1].children if self._open else self.commitments).append(commitment)
        self._open.append((depth, commitment))

    def end_list(self) -> None:
        self._open.clear()

    def build(self) -> ParsedPillar:
        return ParsedPillar(
            title=self.title,
            intro=self.intro,
            short_title=propose_short_title(self.short_source),
            commitments=self.commitments,
        )


def _structure(content: list[Block], fallback_title: str) -> tuple[str, list[ParsedPillar]]:
    """Headings define pillars where they split the lists; else the paragraphs introducing lists do."""
    levels = _pillar_levels(content)
    single: tuple[str, list[ParsedPillar]] | None = None
    for level in levels:
        # The highest level whose headings split the lists: "## Section" over bold sub-headings, or a lone
        # "## Key Deliverables" over bold pillar headings (then the bold ones are the pillars).
        preamble, pillars, headed = _by_headings(content, level, fallback_title)
        if headed > 1:
            return preamble, pillars
        if single is None and _heads_its_list(content, level):
            single = preamble, pillars
    by_intros = _by_intros(content, fallback_title)
    # One heading over several introduced lists is a page section, not a pillar.
    if single is not None and len(by_intros[1]) <= 1:
        return single
    return by_intros


def _heads_its_list(content: Sequence[Block], level: int) -> bool:
    """A lone heading heads its list when at most its intro comes between them; a bold byline ("From:
    Global Affairs Canada") over a dateline and an opening paragraph does not."""
    between: int | None = None
    for block in content:
        if block.kind == "heading" and block.level <= level:
            between = 0
        elif between is not None and block.kind == "item":
            return between <= 1
        elif between is not None:
            between += 1
    return False


def _by_intros(content: Sequence[Block], fallback_title: str) -> tuple[str, list[ParsedPillar]]:
    """No headings: the paragraph just before each list introduces a pillar; earlier ones are the preamble."""
    preamble: list[str] = []
    builders: list[_PillarBuilder] = []
    pending: list[Block] = []
    for block in content:
        if block.kind != "item":
            pending.append(block)
            continue
        if pending or not builders:
            builders.append(_intro_pillar(pending, fallback_title, preamble if not builders else None))
            pending = []
        builders[-1].add_item(block)
    # Paragraphs after the last list introduce nothing: they are dropped.
    return "\n\n".join(preamble), [b.build() for b in builders]


def _intro_pillar(pending: list[Block], fallback_title: str, preamble: list[str] | None) -> _PillarBuilder:
    if not pending:
        return _PillarBuilder(fallback_title, "", fallback_title)
    lead = pending[-1]
    # A heading right above the list (where headings do not split the lists) names the pillar, no intro.
    named = lead.kind == "heading"
    if preamble is not None:
        # The first pillar: what comes before its intro paragraph is the document's preamble.
        preamble.extend(b.text for b in pending[:-1])
        intro = "" if named else lead.text
    else:
        intro = "\n\n".join(b.text for b in (pending[:-1] if named else pending))
    title = lead.text if named else first_sentence(lead.text) or lead.text
    return _PillarBuilder(title, intro, lead.text)


def _by_headings(
    content: Sequence[Block], level: int, fallback_title: str
) -> tuple[str, list[ParsedPillar], int]:
    """Headings at the pillar level define pillars; paragraphs before a pillar's lists are its intro.
    Returns the preamble, the pillars and how many of them headings define."""
    starts = [i for i, b in enumerate(content) if b.kind == "heading" and b.level <= level]
    prefix = content[: starts[0]]
    if any(b.kind == "item" for b in prefix):
        preamble_text, pillars = _by_intros(prefix, fallback_title)
        preamble = [preamble_text] if preamble_text else []
    else:
        preamble, pillars = [b.text for b in prefix], []
    headed = 0
    for start, end in zip(starts, [*starts[1:], len(content)], strict=True):
        pillar = _heading_pillar(content[start], content[start + 1 : end])
        if pillar is not None:
            pillars.append(pillar)
            headed += 1
        elif not pillars:
            preamble.extend(b.text for b in content[start + 1 : end])
    return "\n\n".join(preamble), pillars, headed


def _heading_pillar(heading: Block, body: Sequence[Block]) -> ParsedPillar | None:
    title = heading.text.rstrip(" :") or heading.text  # "Health:" and "Santé :" are headings too
    builder = _PillarBuilder(title, "", title)
    intro: list[str] = []
    pending: list[str] = []
    for block in body:
        if block.kind == "item":
            # Paragraphs introducing a later list of the same pillar join its intro, in order.
            intro.extend(pending)
            pending = []
            builder.add_item(block)
        else:
            pending.append(block.text)
            builder.end_list()
    if not builder.commitments:
        return None
    builder.intro = "\n\n".join(intro)
    return builder.build()
