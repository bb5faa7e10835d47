"""The one structure detector: blocks from any reader → title, preamble, pillars, nested commitments."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from nals_desktop.domain.errors import DocumentError
from nals_desktop.domain.model import ParsedCommitment, ParsedPillar, ParsedSummit
from nals_desktop.domain.rules import MAX_GROUP_CHARS
from nals_desktop.i18n import _
from nals_desktop.importers.blocks import FACT_SHEET as _FACT_SHEET
from nals_desktop.importers.blocks import IMPLIED_HEADING_LEVEL, Block, clean_text, is_residue
from nals_desktop.importers.metadata import find_date, find_location, find_summit_name
from nals_desktop.importers.parties import find_parties
from nals_desktop.importers.titles import first_sentence, propose_short_title

# A memo's or an e-mail's header line ("From: Global Affairs") in bold is no title.
_HEADER_FIELD = re.compile(r"(from|to|cc|sent|date|de|à|a|para|envoyé|enviado|fecha)\s*:", re.IGNORECASE)
_KNOWN_SUFFIX = re.compile(r"\.(txt|md|markdown|html?)$", re.IGNORECASE)

#: Deeper nesting is folded into this depth: recursive consumers (JSON, trees) stay safe on hostile input.
MAX_DEPTH = 32
_MAX_TITLE_CHARS = 300
_DATED_TITLE_WORDS = 3  # "Joint Statement on…" above a date; not "Search" or "Menu"
_DATE_LINE_WORDS = 6  # "June 10, 2022", "Friday, June 10, 2022"
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
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
    guessed: frozenset[str] = frozenset()  # "title", "date", "location", "parties": not stated as such
    guessed_parties: list[str] = field(default_factory=list)  # party codes not named in the title
    parties_found: int = 0  # parties found before keeping the most prominent (MAX_PARTIES)
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
    blocks, links = _without_link_paragraphs(blocks)
    blocks, tail = _before_end_mark(blocks)
    content = [_tidy(block) for block in blocks if block.text and not is_residue(block.text)]
    if fmt == "txt":
        content = _caps_leads(content)
    content = _leads_under_a_sentence(_lead_paragraphs(_debulleted_items(content)))
    leads = {b.text for b in content if b.kind == "item" and b.lead}  # "**Customs Pilot** – The…"
    content = [
        _promote(block, fmt, content[i + 1] if i + 1 < len(content) else None, content[i + 2 : i + 3])
        for i, block in enumerate(content)
    ]
    if fmt == "txt":
        content = _section_heading_levels(_introduced_headings(content))
    content = _enumerated_heading_levels(_two_heading_levels(content))
    boilerplate: list[str] = []  # the news release's quotes, facts and contacts: left out, and said so
    title, content = _take_title(_without_boilerplate(content, boilerplate), name, fmt)
    named = title != title_from_name(name)
    parties = find_parties(
        title if named else "",
        [b.text for b in content if b.kind != "heading"],
        [b.text for b in content if b.kind == "heading"],
    )
    content = _overview_as_preamble(_lone_item_headings(content))
    content = _as_commitments(content) if paragraphs else _repair_lists(_numbered_paragraphs(content), fmt)
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
    when = stated_date
    if when is None:
        when = find_date(texts)
        if when is not None:
            guessed.add("date")
    if not named:
        title = find_summit_name(texts, when) or title
        guessed.add("title")
    if parties.guessed:
        guessed.add("parties")
    preamble, pillars = _structure(content, fallback_title=title)
    # Datelines and summit names are in paragraphs: an item ("Alana Grant – Hate Won't Win…"), or a paragraph
    # with a bold lead read as one, is no dateline.
    location, location_guessed = find_location(
        [b.text for b in blocks[:_METADATA_BLOCKS] if b.text and b.kind != "item" and b.text not in leads],
        when,
    )
    if location_guessed:
        guessed.add("location")
    summit = ParsedSummit(
        title=title,
        pillars=pillars,
        preamble=preamble,
        date=when,
        location=location,
        parties=parties.codes,
    )
    headings = {b.text.rstrip(" :") or b.text for b in content if b.kind == "heading"}
    return Reading(
        summit=summit,
        left_out=boilerplate + _left_out(content, summit) + links + tail,
        guessed=frozenset(guessed),
        guessed_pillars=[p.title not in headings for p in pillars],
        guessed_parties=parties.guessed,
        parties_found=parties.found,
        paragraphs=paragraphs,
    )


# ---------------------------------------------------------------------------------------------- shapes

# A news release's end mark ("###", pandoc's "\###", "- 30 -"): what follows is the site's, not the release's.
_END_MARK = re.compile(r"\\?#{3}|-\s*30\s*-")


def _before_end_mark(blocks: Sequence[Block]) -> tuple[Sequence[Block], list[str]]:
    """The blocks before the release's last end mark, and the texts after it (a page copied whole goes on
    with its share buttons, sign-up form and footer: "Stay Connected", "We’ll be in touch…"), which are left
    out and said so. A list after the mark is the document's own (a mark used as a separator): kept."""
    end = next(
        (
            i
            for i in range(len(blocks) - 1, -1, -1)
            if blocks[i].text[-1:] in ("#", "-") and _END_MARK.fullmatch(blocks[i].text)
        ),
        None,
    )
    if end is None:
        return blocks, []
    after = blocks[end + 1 :]
    if any(b.kind == "item" and not b.link_only for b in after):
        return blocks, []
    return blocks[:end], [b.text for b in after if b.text and not b.link_only and not is_residue(b.text)]


# "Learn more about the U.S.-Africa Partnership on Cancer Prevention…": a link to another page, said as left
# out; shorter ones ("Skip to content", "Share on X") are the site's navigation.
_LINK_WORDS = 4


def _without_link_paragraphs(blocks: Sequence[Block]) -> tuple[list[Block], list[str]]:
    """The blocks without the paragraphs that are only a link, and the texts of those that name more than the
    site's navigation does: nothing of the document is left out without a word."""
    kept = [b for b in blocks if not (b.link_only and b.kind == "paragraph")]
    if len(kept) == len(blocks):
        return kept, []
    links = [
        b.text for b in blocks if b.link_only and b.kind == "paragraph" and len(b.text.split()) >= _LINK_WORDS
    ]
    return kept, links


_METADATA_BLOCKS = 60
# "STRENGTHENING OUR STRATEGIC PARTNERSHIP: Today, President…": a label, a colon, a sentence.
_CAPS_LEAD = re.compile(r"(?P<label>[^:]{4,120}?)\s*:\s+(?P<body>[A-Z\u201c\"].*[.!?\"\u201d)])", re.DOTALL)
# "17. The leaders…", "(3) Les dirigeants…": a paragraph numbered by the document (pandoc escapes "17\.").
_NUMBERED = re.compile(r"\(?\d{1,3}[.)]\s+\S")
_NUMBER = re.compile(r"\(?(\d{1,3})[.)]\s+")
_NUMBERED_WORDS = 12
_DATE_WORDS = 6
_LEAD_WORDS = 12  # the words of a lead opening an item ("Appoint the First-Ever U.S. Envoy: A resident…")
_MIN_LEAD_ITEMS = 2
_MIN_OVERVIEW_ITEMS = 2
_MAX_OVERVIEW_ITEMS = 20  # an overview names a few sections; bounded, for a huge document
# "I. Introduction", "B. Promoting…", "3. Protecting…": a heading numbered or lettered by the document.
_ENUMERATED_HEADING = re.compile(r"(?:[IVX]{1,4}|[A-Z]|\d{1,2})\.\s+\S")
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
    headings, every one is); what comes before the first heading is the preamble. A list right after a
    paragraph elaborates it ("…pledge to stand together to:", "…projects in Costa Rica and the Philippines."):
    it nests under it. A heading with no substantive paragraph after it (a page's "Tags" or "Share" after the
    statement) does not count: where all headings are such, every paragraph is a commitment."""
    last = next((i for i in range(len(content) - 1, -1, -1) if _substantive(content[i])), -1)
    first = next((i for i, b in enumerate(content[:last]) if b.kind == "heading"), 0)
    out: list[Block] = []
    under = False  # right after a paragraph: a list there elaborates it
    for i, block in enumerate(content):
        if under and out and _numbered_item_of(block, out[-1]):
            # "…expert groups which focus on:" over "1. AI terminology and taxonomy,", "2. …" by hand
            out.append(replace(block, kind="item", depth=1))
        elif i >= first and _substantive(block):
            out.append(replace(block, kind="item", depth=0))
            under = True
        elif block.kind == "item" and under:
            out.append(replace(block, depth=block.depth + 1))
        else:
            out.append(block)
            under = under and block.kind == "item"
    return out


def _lead_paragraphs(content: list[Block]) -> list[Block]:
    """Commitments written as paragraphs with bold leads instead of bullets ("**Carbon Capture:** ExxonMobil
    and Pertamina…", "**Carbon Capture.** ExxonMobil…"): where more than half of the leads have no list below
    them, each lead with its paragraph is an item; its list nests under it, and paragraphs before its list or
    before the next lead join its text. Otherwise the leads stay pillar headings ("**SECURING THE BORDER:**
    Today…" over bullets)."""
    # A split lead is followed by its text; a lead ended by a full stop is in its paragraph.
    leads = {
        i: 2 if b.strong else 1
        for i, b in enumerate(content)
        if b.lead
        and (not b.strong or (i + 1 < len(content) and content[i + 1].kind == "paragraph"))
        and not _FACT_SHEET.match(b.text)  # "**FACT SHEET:** President Biden…" is a title
    }
    if len(leads) < _MIN_LEAD_ITEMS:
        return content
    starts = sorted(leads)
    spans: dict[int, tuple[int, bool]] = {}  # lead → the end of what it holds, and whether a heading ends it
    for n, start in enumerate(starts):
        stop = starts[n + 1] if n + 1 < len(starts) else len(content)
        end = next((j for j in range(start + leads[start], stop) if _ends_lead(content[j])), stop)
        spans[start] = end, end != stop or stop == len(content)
    bare = sum(
        not any(b.kind == "item" for b in content[start + leads[start] : end])
        for start, (end, _last) in spans.items()
    )
    if bare < _MIN_LEAD_ITEMS or 2 * bare <= len(leads):
        return content
    out = content[: starts[0]]
    for n, start in enumerate(starts):
        end, last = spans[start]
        held = content[start + leads[start] : end]
        items = [j for j, b in enumerate(held) if b.kind == "item"]
        # The last lead of a section keeps the paragraphs after its list (or after it) apart: a closing word.
        joined = len(held) if not last else (items[-1] + 1 if items else 0)
        texts = [content[start + leads[start] - 1].text]
        texts += [b.text for b in held[:joined] if b.kind == "paragraph"]
        head = f"{content[start].text.rstrip(' :')}: " if leads[start] == 2 else ""
        out.append(replace(content[start], kind="item", depth=0, strong=False, text=head + " ".join(texts)))
        out.extend(replace(b, depth=b.depth + 1) for b in held[:joined] if b.kind == "item")
        out.extend(held[joined:])
        following = starts[n + 1] if n + 1 < len(starts) else len(content)
        out.extend(content[end:following])
    return out


def _leads_under_a_sentence(content: list[Block]) -> list[Block]:
    """Bold-lead paragraphs right under a wholly bold sentence ("**President Biden also announced new PGII
    projects…**" over "**Investments in Key Economic Corridors:** Creating…" and its list) are the commitments
    of that section: each lead with its paragraph is an item, its list nests under it, and paragraphs before
    its list or before the next lead join its text. A lead over several lists ("**Additional Commitments from
    the Private Sector**:" over the lists of two companies) opens a section of its own: it and what follows
    stay as they are. Only where such sentences open the sections (two of them at least): a lone bold
    sentence over ALL-CAPS or title-case leads ("**Today the leaders announced:**" over "**TRADE:** The…" and
    bullets) leaves them pillar headings."""
    if sum(_bold_sentence(b) for b in content) < 2:
        return content
    out: list[Block] = []
    i = 0
    while i < len(content):
        block = content[i]
        out.append(block)
        i += 1
        if not (_bold_sentence(block) and _lead_width(content, i)):
            continue
        taken: list[Block] = []
        first, count = i, 0
        while width := _lead_width(content, i):
            end = next(
                (
                    j
                    for j in range(i + width, len(content))
                    if _lead_width(content, j) or _ends_lead(content[j])
                ),
                len(content),
            )
            held = content[i + width : end]
            items = [j for j, b in enumerate(held) if b.kind == "item"]
            if items and any(b.kind != "item" for b in held[items[0] : items[-1] + 1]):
                break  # several lists: a section of its own
            # The last lead keeps the paragraphs after its list apart (a closing word).
            closing = items[-1] + 1 if items and not _lead_width(content, end) else len(held)
            head = f"{content[i].text.rstrip(' :')}: " if width == 2 else ""
            texts = [content[i + width - 1].text, *(b.text for b in held[:closing] if b.kind != "item")]
            taken.append(replace(content[i], kind="item", depth=0, strong=False, text=head + " ".join(texts)))
            taken.extend(replace(b, depth=b.depth + 1) for b in held if b.kind == "item")
            taken.extend(held[closing:])
            count += 1
            i = end
        out.extend(taken if count >= _MIN_LEAD_ITEMS else content[first:i])
    return out


# An item's text opened by a short lead: "Appoint the First-Ever U.S. Envoy: A resident…", "Carmina Taylor –
# civil rights activist…", "Curbing Corruption through Strategic Action. The…" (the bold lost with the item).
_ITEM_LEAD = re.compile(r"([A-Z](?:[^:.\u2013\u2014\n]|\.(?=\S)){2,120}?)(?::|\.|\s[\u2013\u2014])\s+\S")


def _opens_with_lead(block: Block) -> bool:
    found = _ITEM_LEAD.match(block.text)
    return found is not None and len(found.group(1).split()) <= _LEAD_WORDS


def _debulleted_items(content: list[Block]) -> list[Block]:
    """Items whose bullet was lost, in the middle of a run of items: a paragraph with a bold lead between
    items that open with leads ("**Design and Release the Strategy**: The Administration…" between "Appoint
    the First-Ever Envoy: A resident…" and "Bring the Peace Corps Back: The…") is an item of the run, not a
    pillar heading with its intro; so is a plain paragraph between two items (see `_debulleted`). Not an
    ALL-CAPS lead (a pillar's heading run into its intro), nor a paragraph ending in ":" (an intro over the
    list after it)."""
    out: list[Block] = []
    i = 0
    while i < len(content):
        block = content[i]
        if block.kind != "paragraph":  # most blocks: neither rule changes them
            out.append(block)
            i += 1
            continue
        width = 2 if block.strong else 1
        if (
            (block.lead or block.bold_start)
            and i + width < len(content)
            and (width == 1 or (block.lead and content[i + 1].kind == "paragraph"))
            and content[i + width].kind == "item"
            and content[i + width].depth == 0
            and _opens_with_lead(content[i + width])
            and not _all_caps(block.text)
            and not content[i + width - 1].text.endswith(":")
        ):
            before = next((b for b in reversed(out) if b.kind != "item" or b.depth == 0), None)
            if before is not None and before.kind == "item" and _opens_with_lead(before):
                text = block.text if width == 1 else f"{block.text.rstrip(' :')}: {content[i + 1].text}"
                out.append(replace(block, kind="item", depth=0, strong=False, lead=False, text=text))
                i += width
                continue
        following = content[i + 1] if i + 1 < len(content) else None
        out.append(_debulleted(block, out[-1] if out else None, following))
        i += 1
    return out


def _debulleted(block: Block, before: Block | None, after: Block | None, fmt: str = "") -> Block:
    """A substantive paragraph between two items of a run (the one above it not ending in ":", the one below
    it at the top level) is an item of that run whose bullet was lost. In copied text, so is a paragraph
    ending in ":" where the items after it run on from it in lower case (the parent of a sub-list)."""
    if (
        block.kind == "paragraph"
        and before is not None
        and after is not None
        and before.kind == "item"
        and after.kind == "item"
        and after.depth == 0
        and _substantive(block)
        and not block.bold_start
        and not before.text.endswith(":")
        and (
            block.text[-1] in ".;”\"')"
            or (fmt == "txt" and block.text.endswith(":") and after.text[:1].islower())
        )
    ):
        return replace(block, kind="item", depth=0)
    return block


def _bold_sentence(block: Block) -> bool:
    return block.strong and not block.lead and not _heading_like(block.text)


def _lead_width(content: Sequence[Block], i: int) -> int:
    """2 for a bold lead split from its paragraph, 1 for one kept in it, 0 where no lead starts at ``i``
    (an ALL-CAPS lead is a pillar heading)."""
    if (
        i >= len(content)
        or not content[i].lead
        or _FACT_SHEET.match(content[i].text)
        or _all_caps(content[i].text)
    ):
        return 0
    if not content[i].strong:
        return 1
    return 2 if i + 1 < len(content) and content[i + 1].kind == "paragraph" else 0


def _ends_lead(block: Block) -> bool:
    """A heading, or a bold line or an ALL-CAPS line that will be one ("DEEPENING OUR TRADE, INVESTMENT, AND
    ECONOMIC COOPERATION" in copied text), ends what a bold lead holds."""
    return (
        block.kind == "heading"
        or (block.strong and not block.lead)
        or (block.kind == "paragraph" and _all_caps(block.text) and _heading_like(block.text))
    )


def _caps_leads(content: list[Block]) -> list[Block]:
    """A paragraph run in from an ALL-CAPS label of two words or more and a colon ("STRENGTHENING OUR
    STRATEGIC PARTNERSHIP: Today, President…"), as a page's bold lead is copied: the label is a heading, the
    rest its intro, as the page's "**SECURING THE BORDER:** Today…" is read."""
    out: list[Block] = []
    for block in content:
        found = _CAPS_LEAD.match(block.text) if block.kind == "paragraph" else None
        if (
            found is None
            or not _all_caps(found["label"])
            or not 2 <= len(found["label"].split()) <= _HEADING_LINE_WORDS
            or _FACT_SHEET.match(block.text)  # "FACT SHEET: President Biden Announces…" is a title
        ):
            out.append(block)
            continue
        out.append(
            replace(block, kind="heading", level=IMPLIED_HEADING_LEVEL, text=found["label"], lead=False)
        )
        out.append(replace(block, text=found["body"], lead=False))
    return out


def _introduced_headings(content: list[Block]) -> list[Block]:
    """In a copied page, a line standing alone right after an intro ending in ":", unpunctuated and shaped as
    a heading, over items that are sentences ("Achievements include:", then "Safeguarding the right to
    practice faith without fear", then "Hosted the first-ever…"), was the bold sub-heading of the list: a
    heading, not its first item (the sentence after it may be a paragraph yet, where it was a list of its
    own). Items all unpunctuated ("Expand trade", "Build roads") stay items."""
    out = content
    for i in range(1, len(out) - 1):
        block, before, after = out[i], out[i - 1], out[i + 1]
        if (
            block.kind == "item"
            and block.depth == 0
            and before.kind == "paragraph"
            and before.text.endswith(":")
            and (after.kind == "item" or (i + 2 < len(out) and out[i + 2].kind == "item"))
            and after.kind != "heading"
            and after.text[-1] in ".;"
            and _apart(before, block)
            and _apart(block, after)
            and _placed_heading_like(block.text)
        ):
            # At the level the line would have as a paragraph of its own (see _promote).
            level = IMPLIED_HEADING_LEVEL if _title_like(block.text) else _PLACED_HEADING_LEVEL
            out[i] = replace(block, kind="heading", level=level, depth=0)
    return out


def _section_heading_levels(content: list[Block]) -> list[Block]:
    """In plain text, title-case headings ("Momentum from President Biden’s Climate Agenda") and sentence-case
    ones ("Action and Leadership from state, local, Tribal, and territorial governments") are one level where
    a sentence-case one opens a section as the others do, over an intro and its list: the capitals were the
    writer's, not a level. Where every sentence-case one sits right above its items, they stay groups."""
    if not any(b.kind == "heading" and b.level == IMPLIED_HEADING_LEVEL for b in content):
        return content
    opens = any(
        block.kind == "heading"
        and block.level == _PLACED_HEADING_LEVEL
        and intro.kind == "paragraph"
        and first.kind == "item"
        for block, intro, first in zip(content, content[1:], content[2:], strict=False)
    )
    if not opens:
        return content
    return [
        replace(b, level=IMPLIED_HEADING_LEVEL)
        if b.kind == "heading" and b.level == _PLACED_HEADING_LEVEL
        else b
        for b in content
    ]


def _apart(block: Block, following: Block) -> bool:
    """An empty line between the two blocks."""
    return block.span is not None and following.span is not None and following.span[0] > block.span[1] + 1


def _numbered_paragraphs(content: list[Block]) -> list[Block]:
    """Paragraphs the document numbers ("17. The leaders…", at least two of them) are its commitments; a short
    numbered line ("2. Tariffs") stays a heading or intro. So is a numbered paragraph right above a list it
    begins ("1\\. Ending the pandemic…" over the list of items 2 to 4), and a short one numbered in sequence
    with such commitments ("1. AI terminology and taxonomy," before "2. Cooperation on AI standards…")."""
    numbered = [_numbered(b) for b in content]
    many = sum(numbered) >= 2
    items = [
        flag
        and (many or (i + 1 < len(content) and content[i + 1].kind == "item" and content[i + 1].depth == 0))
        and not block.text.endswith(":")
        for i, (flag, block) in enumerate(zip(numbered, content, strict=True))
    ]
    if not any(items):
        return content
    for order in (range(len(content)), range(len(content) - 1, -1, -1)):
        for i in order:
            if not items[i]:
                continue
            for j in (i - 1, i + 1):
                if 0 <= j < len(content) and not items[j] and _in_sequence(content[j], content[i], j - i):
                    items[j] = True
    return [replace(b, kind="item", depth=0) if item else b for b, item in zip(content, items, strict=True)]


def _numbered_item_of(block: Block, above: Block) -> bool:
    """A paragraph numbered "1." under a commitment ending in ":", or numbered next after such an item."""
    found = _NUMBER.match(block.text)
    if block.kind != "paragraph" or found is None:
        return False
    if above.depth == 0:
        return found.group(1) == "1" and above.text.endswith(":")
    return _in_sequence(block, above, 1)


def _in_sequence(block: Block, item: Block, step: int) -> bool:
    """A paragraph numbered right before (step -1) or after (step 1) a numbered commitment, not a heading."""
    found, other = _NUMBER.match(block.text), _NUMBER.match(item.text)
    return (
        block.kind == "paragraph"
        and found is not None
        and other is not None
        and int(found.group(1)) == int(other.group(1)) + step
        and not _title_like(block.text[found.end() :])
    )


def _numbered(block: Block) -> bool:
    return (
        _NUMBERED.match(block.text) is not None
        and _substantive(block)
        and len(block.text.split()) >= _NUMBERED_WORDS
    )


def _repair_lists(content: list[Block], fmt: str = "") -> list[Block]:
    """Lists whose structure the page lost: a paragraph between two items of a run is an item too (its
    bullet was lost), and flat items after an item ending in ":" elaborate it (they nest under it). In copied
    text, so is a paragraph ending in ":" between items where those after it run on from it in lower case
    ("…a Quad Vaccine Experts Group, which will:" over "design an implementation plan…;"): an item over its
    sub-list. Changes ``content`` in place."""
    out = content
    for i in range(1, len(out) - 1):
        if out[i].kind == "paragraph":
            out[i] = _debulleted(out[i], out[i - 1], out[i + 1], fmt)
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


def _overview_as_preamble(content: list[Block]) -> list[Block]:
    """A list before the first heading whose items name the sections below ("**Mobilizing Finance at Scale**
    – including…" over "MOBILIZING FINANCE AT SCALE") is an overview of the document: its preamble, not a
    pillar of its own."""
    first = next((i for i, b in enumerate(content) if b.kind == "heading"), 0)
    items = [b for b in content[:first] if b.kind == "item"]
    if not _MIN_OVERVIEW_ITEMS <= len(items) <= _MAX_OVERVIEW_ITEMS:
        return content
    headings = {_words(b.text) for b in content[first:] if b.kind == "heading"} - {""}
    named = sum(any(_words(item.text).startswith(h) for h in headings) for item in items)
    if 2 * named < len(items) or named < _MIN_OVERVIEW_ITEMS:
        return content
    return [
        replace(b, kind="paragraph", depth=0) if i < first and b.kind == "item" else b
        for i, b in enumerate(content)
    ]


def _words(text: str) -> str:
    """Lower-case words only: "Advancing Women’s Leadership –" → "advancing women s leadership"."""
    return " ".join(re.sub(r"[\W_]+", " ", text.casefold()).split())


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


def _enumerated_heading_levels(content: list[Block]) -> list[Block]:
    """Bold headings that the document enumerates ("I. Introduction", "A. Promoting sustainability…") over
    bold headings it does not ("Artificial Intelligence"): the enumerated ones are the upper level, the
    others groups within them, as with ALL-CAPS pillars over title-case sub-headings."""
    bold = [b for b in content if b.kind == "heading" and b.level == IMPLIED_HEADING_LEVEL and b.strong]
    enumerated = [_ENUMERATED_HEADING.match(b.text) is not None for b in bold]
    if sum(enumerated) < 2 or all(enumerated) or not enumerated[0]:
        return content
    return [
        replace(b, level=_SUB_HEADING_LEVEL)
        if b.kind == "heading"
        and b.level == IMPLIED_HEADING_LEVEL
        and b.strong
        and _ENUMERATED_HEADING.match(b.text) is None
        else b
        for b in content
    ]


def _all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 3 and all(c.isupper() for c in letters)


def _left_out(content: Sequence[Block], summit: ParsedSummit) -> list[str]:
    """The texts of ``content`` that are in no title, preamble, intro or commitment of ``summit``."""
    texts = [summit.title, *summit.preamble.split("\n\n")]  # gathered first: one set made, not grown
    for pillar in summit.pillars:
        texts.append(pillar.title)
        texts += pillar.intro.split("\n\n")
        for commitment in pillar.commitments:
            texts.append(commitment.text)
            if commitment.group:
                texts.append(commitment.group)
            if commitment.children:
                texts += [c.text for c in _walk(commitment.children)]
    placed = set(texts)
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
    dated = _dated_title(content) if fmt == "txt" else None
    if dated is not None:
        return content[dated].text, content[dated + 1 :]
    if content and (_first_line_title(content) if fmt == "txt" else _bold_first_line_title(content)):
        return content[0].text, content[1:]
    return title_from_name(name), content


def _dated_title(content: list[Block]) -> int | None:
    """A page copied whole from a browser: its title is the line right above its date ("Joint Readout of…",
    then "June 10, 2022"), after the site's menus (short lines, dropped with it)."""
    for index, block in enumerate(content[:_METADATA_BLOCKS]):
        following = content[index + 1] if index + 1 < len(content) else None
        if (
            following is not None
            and block.kind != "item"
            and block.lines == 1
            and len(block.text.split()) >= _DATED_TITLE_WORDS
            and len(block.text) <= _MAX_TITLE_CHARS
            and block.text[-1] not in _ENDS_SENTENCE
            and _date_line(following.text)
        ):
            return index
        if not _chrome_like(block):
            return None
    return None


def _date_line(text: str) -> bool:
    return len(text.split()) <= _DATE_LINE_WORDS and (
        _ISO_DATE.fullmatch(text) is not None or find_date([text]) is not None
    )


def _bold_first_line_title(content: list[Block]) -> bool:
    """A short bold line opening a Markdown or HTML page titles it, as a first line does a plain text."""
    first = content[0]
    return (
        first.kind == "heading"
        and first.level == IMPLIED_HEADING_LEVEL
        and not _HEADER_FIELD.match(first.text)
        and _first_line_title([replace(first, kind="paragraph"), *content[1:]])
    )


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


def _promote(block: Block, fmt: str, following: Block | None, after: Sequence[Block] = ()) -> Block:
    """Bold-only lines are headings below every real one; so are, in plain text, short title-like lines
    ("Climate Action", "HEALTH", "Trade and Investment:") and, one level lower, short sentence-case lines
    above an intro or a list ("Changements climatiques et environnement"). ``after`` is the block after
    ``following`` (up to one), if any."""
    if block.kind != "paragraph":
        return block
    text = block.text
    # "**Shared Prosperity:**" too, and an ALL-CAPS line with its colon ("**ENGAGING ALL OF SOCIETY…:**").
    if block.strong and (_heading_like(text) or _label_like(text) or _caps_label(text)):
        return replace(block, kind="heading", level=IMPLIED_HEADING_LEVEL, text=text.rstrip(" :"))
    if fmt != "txt":
        # An underlined or ALL-CAPS line right above an intro or a list (`<span style="text-decoration:
        # underline">Energy Security</span>`), where the page set its headings in neither bold nor <h2>.
        if (
            following is not None
            and (
                following.kind == "item"
                or (following.kind == "paragraph" and _intro_of_list(following, after))
            )
            and len(text.split()) <= _HEADING_LINE_WORDS
            and text[-1] not in _ENDS_SENTENCE + "\u2026"
            and (
                _all_caps(text)
                or (_title_like(text) and (len(text.split()) > 1 or following.kind != "item"))
                # "Expanding opportunity", set apart as the other headings of the page are
                or (_placed_heading_like(text) and len(text.split()) > 1)
            )
            and find_date([text]) is None  # a dateline ("January 10, 2024") is no heading
        ):
            # Below the bold headings: under bold pillars it is a group within one ("*Enhancing Capacity*").
            return replace(block, kind="heading", level=_SUB_HEADING_LEVEL)
        return block
    if block.lines != 1:
        return block
    if (
        _title_like(text)
        or (_label_like(text) and _right_above(block, following, "item"))
        # "COMBATTING ANTISEMITISM:" over its items, an empty line between, as a browser copies a heading
        or (_caps_label(text) and following is not None and following.kind == "item")
    ):
        return replace(block, kind="heading", level=IMPLIED_HEADING_LEVEL, text=text.rstrip(" :"))
    if following is not None and following.kind != "heading" and _placed_heading_like(text):
        return replace(block, kind="heading", level=_PLACED_HEADING_LEVEL)
    return block


def _intro_of_list(block: Block, after: Sequence[Block]) -> bool:
    """An intro ending in ":", or a paragraph right above a list or such an intro ("Trade and Investment" over
    "The United States has partnered with Angola…" and its items)."""
    return block.text.endswith(":") or (
        bool(after)
        and (after[0].kind == "item" or (after[0].kind == "paragraph" and after[0].text.endswith(":")))
    )


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


def _caps_label(text: str) -> bool:
    return text.endswith(":") and _heading_like(text.rstrip(" :")) and _all_caps(text)


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

    def add_item(self, block: Block, group: str | None = None) -> None:
        commitment = ParsedCommitment(block.text, span=block.span)
        depth = min(block.depth, MAX_DEPTH)
        while self._open and self._open[-1][0] >= depth:
            self._open.pop()
        if self._open:
            self._open[-1][1].children.append(commitment)
        else:
            commitment.group = group  # a child is in its parent's group
            self.commitments.append(commitment)
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
    bold_sections = _bold_sections(content)
    for block in content:
        if block.kind != "item":
            pending.append(block)
            continue
        if builders and pending and bold_sections and not _opens_section(pending[0]):
            # Within a section opened in bold, a plain paragraph (or a bold one after it) between two lists
            # introduces the next list of the same pillar ("Additionally, **BlackRock** also highlighted…").
            builders[-1].intro = "\n\n".join(
                [*filter(None, [builders[-1].intro]), *(b.text for b in pending)]
            )
            builders[-1].end_list()
            pending = []
        elif builders and pending and bold_sections:
            builders.append(_opened_pillar(pending))
            pending = []
        elif pending or not builders:
            builders.append(_intro_pillar(pending, fallback_title, preamble if not builders else None))
            pending = []
        builders[-1].add_item(block)
    # Paragraphs after the last list introduce nothing: they are dropped.
    return "\n\n".join(preamble), [b.build() for b in builders]


def _opens_section(block: Block) -> bool:
    return block.kind == "heading" or block.strong


def _bold_sections(content: Sequence[Block]) -> bool:
    """Sections opened in bold: at least two of the runs between lists start with a bold paragraph or a
    heading, and at least one of those has prose of its own before its list ("**President Biden also
    highlighted progress on PGI economic corridors…**", then a paragraph, then "***Investments … include:***"
    over the list). Then the bold openers alone start pillars: the plain paragraphs and later bold intros
    between lists stay within their section."""
    runs: list[list[Block]] = []
    after_list = False
    for block in content:
        if block.kind == "item":
            after_list = True
        elif after_list:
            runs.append([block])
            after_list = False
        elif runs:
            runs[-1].append(block)
    opened = [run for run in runs if _opens_section(run[0])]
    return len(opened) >= 2 and any(
        len(run) > 1 and run[1].kind == "paragraph" and not run[1].strong for run in opened
    )


def _opened_pillar(pending: list[Block]) -> _PillarBuilder:
    """A pillar of a section opened in bold: the opener names it; the paragraphs after it are its intro."""
    opener = pending[0]
    if opener.kind == "heading":
        title, intro = opener.text, [b.text for b in pending[1:]]
    else:
        title, intro = first_sentence(opener.text) or opener.text, [b.text for b in pending]
    return _PillarBuilder(title, "\n\n".join(intro), opener.text)


def _intro_pillar(pending: list[Block], fallback_title: str, preamble: list[str] | None) -> _PillarBuilder:
    if not pending or _date_only(pending[-1]):
        # A page's date right above the list ("March 3, 2025" under a statement's title) names nothing.
        if preamble is not None:
            preamble.extend(b.text for b in pending)
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


def _date_only(block: Block) -> bool:
    """A paragraph that is a date and little else: "March 3, 2025", "Washington, le 10 janvier 2023"."""
    return len(block.text.split()) <= _DATE_WORDS and find_date([block.text]) is not None


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
    # A heading below the pillar's ("**Supply Chains**" under "**ECONOMIC SECURITY**") is the group of the
    # items after it. Right above them it is no intro text; above a paragraph of its own ("Methane", "The
    # two countries will:") it stays in the intro too, which would not read without it. One with no items of
    # its own stays in the intro only.
    sub_heading: int | None = None  # its place in ``pending`` until items come under it
    group: str | None = None
    for block in body:
        if block.kind == "item":
            if sub_heading is not None:
                named = pending[sub_heading]
                group = named.rstrip(" :") or named
                if sub_heading == len(pending) - 1:
                    pending.pop()
                sub_heading = None
            # Paragraphs introducing a later list of the same pillar join its intro, in order.
            intro.extend(pending)
            pending = []
            builder.add_item(block, group)
        else:
            if block.kind == "heading" and len(block.text) <= MAX_GROUP_CHARS:
                sub_heading = len(pending)
            pending.append(block.text)
            builder.end_list()
    if not builder.commitments:
        return None
    builder.intro = "\n\n".join(intro)
    return builder.build()
