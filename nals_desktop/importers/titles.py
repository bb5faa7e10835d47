"""Sentences and short titles: the first sentence of an intro, and a few-word topic for a pillar tab."""

from __future__ import annotations

import re

from nals_desktop.i18n import _
from nals_desktop.importers.blocks import clean_text

#: Longest short title proposed: it has to fit on a briefing-book tab and in the pillar list.
MAX_SHORT_TITLE = 60

_SENTENCES_SEARCHED = 3
_WORDS_SEARCHED = 60
_OPEN_QUOTES = "\"'\u201c\u2018\u00ab\u00bf\u00a1"  # straight, curly, « and Spanish ¿ ¡
_CLOSE_QUOTES = "\"'\u201d\u2019\u00bb"
# A sentence starts with a capital, accented ones included ("À l’occasion", "Él").
_SENTENCE_END = re.compile(
    rf"[.!?][{_CLOSE_QUOTES})\]]*\s+(?=[{_OPEN_QUOTES}(\[]?[A-Z0-9\u00c0-\u00d6\u00d8-\u00de])"
)
# A period after these is not a sentence end ("Joseph R. Biden", "the U.S. will").
_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "st", "no", "jr", "sr", "vs", "etc", "inc", "ltd", "co", "gov", "sra", "srta",
     "mme", "mm", "núm", "art"}
)  # fmt: skip

_VERBS = frozenset(
    "accelerate address achieve advance build champion combat counter coordinate deepen develop drive "
    "enhance ensure expand foster improve prevent promote protect reinforce remove respond share "
    "strengthen support tackle".split()
)
# The same verbs in French and Spanish, by their stems: "renforceront", "lutter", "fortalecer", "impulsar".
_VERB_STEMS = (
    "renforc", "promouv", "promov", "lutt", "protég", "proteg", "amélior", "accélér", "aceler", "favoris",
    "développ", "desarroll", "élabor", "approfond", "profundiz", "fortalec", "impuls", "combatt", "combatir",
    "enfrent", "atend", "coopér", "collabor", "colabor", "soutenir", "appuy", "apoy", "garantiz", "asegur",
    "foment", "encourag",
)  # fmt: skip
# Words after which the topic follows: English, French, Spanish ("en matière de", "en materia de").
_MARKERS = frozenset("to on for against by pour contre sur matière para contra sobre materia".split())
_LEADING_NOISE = frozenset(
    "the a an our their its this these those all "
    "le la les l’ l' un une du de des d’ d' leur leurs notre nos ce cette ces "
    "el los las lo unos unas del su sus nuestro nuestra nuestros nuestras este esta estos estas".split()
)
_CUT_WORDS = frozenset(
    {"in", "to", "through", "with", "within", "that", "which", "by", "for", "against", "including", "while",
     "dans", "avec", "afin", "grâce", "qui", "que", "par", "en", "notamment", "con", "mediante", "por",
     "incluidos", "incluidas"}
)  # fmt: skip
_TRAILING_STOPWORDS = frozenset(
    {"and", "or", "the", "of", "for", "to", "in", "on", "a", "an", "with", "by", "as", "at", "from",
     "et", "ou", "de", "du", "des", "la", "le", "les", "à", "au", "aux", "en", "pour", "par", "sur",
     "y", "o", "del", "el", "los", "las", "al", "para", "por", "con"}
)  # fmt: skip
# Words that name the parties or the setting rather than a topic ("… to the three countries").
_GENERIC = frozenset(
    "the our their its this these all two three both countries nations region world leaders partners "
    "people governments of in north america american americas "
    "les nos leurs deux trois pays dirigeants gouvernements de du des la le "
    "los las nuestros sus dos tres países líderes gobiernos región del el".split()
)
# Words that end an intro without naming its topic: "… by:", "… including:", "These include:",
# "… par les mesures suivantes :", "… lo siguiente:".
_INTRODUCERS = ("by", "including", "include", "includes", "such as", "as follows", "the following", "these",
                "this", "in particular", "par les mesures suivantes", "les mesures suivantes",
                "de ce qui suit", "ce qui suit", "comme suit", "notamment", "suivantes", "à savoir",
                "lo siguiente", "las siguientes acciones", "las siguientes medidas", "siguientes", "a saber",
                "entre otros", "como sigue")  # fmt: skip
# A title-case proposal for an ALL-CAPS heading keeps these words small.
_SMALL_WORDS = frozenset(
    "a an and as at by for from in of on or the to with à au aux de des du en et la le les par pour sur "
    "con del el los las para por y".split()
)
# "I. ", "IV) ", "1. ", "A. ": a heading's number, which the tab letter replaces.
_ENUMERATION = re.compile(r"(?:[IVXLC]{1,6}|\d{1,3}|[A-Z])(?:\.-|[.)])\s+(?=\S)")
_PUNCTUATION = ",;:.!?()[]-\u2013\u2014" + _OPEN_QUOTES + _CLOSE_QUOTES


def sentences(text: str) -> list[str]:
    """Split at sentence ends, leaving abbreviations and initials alone."""
    result: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        before = text[start : match.start()].rsplit(" ", 1)[-1]
        if _is_abbreviation(before):
            continue
        result.append(text[start : match.end()].strip())
        start = match.end()
    tail = text[start:].strip()
    if tail:
        result.append(tail)
    return result


def _is_abbreviation(word: str) -> bool:
    bare = word.strip(_OPEN_QUOTES + "([")
    return len(bare) == 1 or "." in bare or bare.lower() in _ABBREVIATIONS


def first_sentence(text: str) -> str:
    found = sentences(clean_text(text))
    return found[0] if found else ""


def propose_short_title(text: str) -> str:
    """A short pillar title: a heading, shortened; for an intro paragraph, the topic it introduces."""
    text = clean_text(text)
    numbered = _ENUMERATION.match(text)
    if numbered and len(text.split()) <= 20:
        text = text[numbered.end() :]
    if _shouting(text):
        text = _title_case(text)
    if not text:
        return _("Untitled")
    if len(text) <= MAX_SHORT_TITLE and not _sentence_like(text):
        return text
    if not _sentence_like(text):
        return _shorten(text)
    return _topic(text) or _shorten(first_sentence(text) or text).strip() or _("Untitled")


def _shouting(text: str) -> bool:
    if text.isascii() and not text.isupper():
        return False  # a lower-case letter, or none at all: the common case, without a list of letters
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 3 and all(c.isupper() for c in letters)


def _title_case(text: str) -> str:
    """ "PUTTING AMERICAN WORKERS FIRST" → "Putting American Workers First"; "U.S." and "G7" stay."""
    words = text.split()
    out = []
    for index, word in enumerate(words):
        if "." in word or any(c.isdigit() for c in word):
            out.append(word)
        elif index and word.lower() in _SMALL_WORDS:
            out.append(word.lower())
        else:
            out.append(re.sub(r"[^\W\d_]+", lambda m: m[0].capitalize(), word))
    return " ".join(out)


def _sentence_like(text: str) -> bool:
    return text[-1] in ".:;!?" or len(text.split()) > 15


def _shorten(text: str, limit: int = MAX_SHORT_TITLE) -> str:
    """Cut at a phrase boundary (comma, "and", a preposition) where one fits, else at a word boundary."""
    if len(text) <= limit:
        return _trim_end(text) or text
    head = text[: limit + 1]
    boundaries = [
        m.start()
        for m in re.finditer(
            r",| and | for | of | in | to | with |:| \u2013 | - | et | des | de | y | del ", head
        )
    ]
    good = [b for b in boundaries if len(text[:b].split()) >= 3 and b <= limit]
    if good:
        return _trim_end(text[: good[-1]])
    cut = head.rsplit(" ", 1)[0] if " " in head[:limit] else text[:limit]
    return _trim_end(cut) or text[:limit]


def _trim_end(text: str) -> str:
    words = text.split()
    while words and (words[-1].lower().strip(_PUNCTUATION) in _TRAILING_STOPWORDS or not _bare(words[-1])):
        words.pop()
    return " ".join(words).rstrip(_PUNCTUATION + " ")


def _bare(word: str) -> str:
    return word.lower().strip(_PUNCTUATION)


def _is_verb(word: str) -> bool:
    w = _bare(word)
    if w in _VERBS or w.startswith(_VERB_STEMS):
        return True
    return w.endswith("ing") and any(stem in _VERBS for stem in (w[:-3], w[:-3] + "e", w[:-4]))


def _topic(text: str) -> str:
    """The object of the last verb or preposition that yields a specific phrase ("the climate crisis")."""
    # Bounded: the topic is near the end of the intro, and a pathological paragraph must stay cheap.
    for sentence in reversed(sentences(text)[-_SENTENCES_SEARCHED:]):
        words = _strip_introducer(" ".join(sentence.split()[-_WORDS_SEARCHED:])).split()
        for index in range(len(words) - 2, -1, -1):
            if _bare(words[index]) in _MARKERS or _is_verb(words[index]):
                topic = _candidate(words[index + 1 :])
                if topic:
                    return topic
    return ""


def _strip_introducer(text: str) -> str:
    while True:
        text = text.rstrip(" :;.,")
        lowered = text.lower()
        ending = next((w for w in _INTRODUCERS if lowered == w or lowered.endswith(" " + w)), None)
        if ending is None:
            return text
        text = text[: len(text) - len(ending)]


def _candidate(words: list[str]) -> str:
    while words and (
        _bare(words[0]) in _LEADING_NOISE or _is_verb(words[0]) or _bare(words[0]).endswith("ing")
    ):
        words = words[1:]
    kept: list[str] = []
    for word in words:
        after_comma = bool(kept) and kept[-1].endswith(",")
        # "… the climate crisis, the leaders agreed": a new clause after a comma ends the topic.
        if kept and (_bare(word) in _CUT_WORDS or (after_comma and _bare(word) in {"as", *_LEADING_NOISE})):
            break
        kept.append(word)
    topic = _trim_end(" ".join(kept))
    if not topic or all(_bare(w) in _GENERIC or not _bare(w) for w in topic.split()):
        return ""
    topic = _shorten(topic)
    first = topic[0].upper()
    return (first if len(first) == 1 else topic[0]) + topic[1:]  # "ß".upper() is two letters
