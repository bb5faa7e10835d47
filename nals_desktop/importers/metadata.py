"""A summit's date, place and name as a document states them: front matter, datelines, phrases in its text."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date

from nals_desktop.importers.parties import KNOWN_GROUPS, KNOWN_PARTIES, ORGANISATIONS

_MONTHS_EN = "january february march april may june july august september october november december".split()
_MONTHS_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
_MONTHS_ES = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
)
_MONTH_NUMBER = {
    **{m: i for i, m in enumerate(_MONTHS_EN, 1)},
    **{m[:3]: i for i, m in enumerate(_MONTHS_EN, 1)},
    "sept": 9,
    **{m: i for i, m in enumerate(_MONTHS_FR, 1)},
    "fevrier": 2,
    "aout": 8,
    "decembre": 12,
    **{m: i for i, m in enumerate(_MONTHS_ES, 1)},
    "setiembre": 9,
}
_MONTH = "|".join(sorted(_MONTH_NUMBER, key=len, reverse=True))
# "February 23, 2021", "Feb. 23, 2021"; "23 February 2021"; "le 10 janvier 2023", "1er mars 2024";
# "10 de enero de 2023", "10 de enero del 2023".
# A meeting over days gives its first: "June 29-30, 2022", "12-13 May 2022".
_DAYS = r"(?:st|nd|rd|th)?(?:\s?[-\u2013]\s?\d{1,2}(?:st|nd|rd|th)?)?"
_DATE = re.compile(
    rf"\b(?:(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}}){_DAYS},?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})(?:er)?{_DAYS}\s+(?:de\s+)?(?P<m2>{_MONTH})\.?,?\s+(?:del?\s+)?(?P<y2>\d{{4}}))\b",
    re.IGNORECASE,
)
# A date told of, not the document's: another act's ("Executive Order 14257 of April 2, 2025", "the Treaty of
# 29 March 1923", "since January 5, 2021"), or one the sentence builds on ("Building on the Vice President's
# April 29, 2022, meeting", "As announced by … on July 10, 2024", "launched by … on February 13, 2025").
_DATE_OF = re.compile(r"(?i:\b(?:of|since|until|depuis|desde|hasta|jusqu['’]au)\s*)$")
_DATE_TOLD = re.compile(
    r"(?i:\b(?:building\s+on|as\s+announced|announced|launched|adopted|established|founded|"
    r"annoncée?s?|lancée?s?|anunciad[oa]s?|lanzad[oa]s?)\b)"
)
# "February 2024", "février 2024", "febrero de 2024", with or without a day before it.
_MONTH_YEAR = re.compile(
    rf"\b(?P<month>{_MONTH})\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?(?:del?\s+)?(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_FRONT_MATTER_DATE = re.compile(r"^date\s*:\s*[\"']?(\d{4})-(\d{2})-(\d{2})", re.MULTILINE)
# "WASHINGTON, D.C. —", "MEXICO CITY, January 10, 2023 –", "Ottawa (Ontario), le 10 janvier 2023 —",
# "Ciudad de México, 10 de enero de 2023.": a place at the very start of a paragraph, before a date or a dash.
_DATELINE = re.compile(
    r"^(?P<place>(?:[A-ZÀ-Ý][\w'’.-]*)(?:\s+(?:de\s+|del\s+|la\s+)?[A-ZÀ-Ý][\w'’.-]*){0,3}"
    r"(?:,\s+(?:D\.C\.|[A-Z][\w.]*))?(?:\s+\([A-ZÀ-Ý][\w-]*\))?)"
    r"(?:,\s+(?:le\s+)?(?=\d|[A-Z][a-z]+\.?\s+\d)|\s*[\u2013\u2014]\s+(?=[A-ZÀ-Ý][a-zà-ÿ]))",
)
# A word of a place's name: "Rio", "Janeiro", "D.C."; a full stop after a word ends the sentence too.
_PLACE_WORD = r"(?:(?:[A-Z]\.){2,}|[A-ZÀ-Ý][\w'’-]*)"
_PLACE = rf"{_PLACE_WORD}(?:\s+(?:(?:de|del|da|do|la|los)\s+)?{_PLACE_WORD}){{0,2}}"
# "the 2024 NATO Summit in Washington", "the G7 Summit in Apulia", "the Quad Leaders' Summit at Camp David".
_SUMMIT = re.compile(
    r"\b(?P<name>(?:(?:19|20)\d\d\s+)?(?:(?:[A-Z][\w.'’&-]*\s+){1,6}"
    r"(?:Summit|Leaders[’']?\s+Meeting|Leaders[’']?\s+Summit|Special\s+Summit|Dialogue)"
    r"|(?:[A-Z][\w.'’&-]*\s+){0,3}Summit\s+(?:for|of|on)\s+(?:the\s+)?[A-Z][\w-]*))"
    rf"(?:\s+(?:in|at)\s+(?P<place>{_PLACE}))?"
)
# "le Sommet des leaders nord-américains de 2023 à Mexico", "la Cumbre de Líderes de América del Norte en la
# Ciudad de México": French and Spanish name a summit before its place, in lower case words too.
_SOMMET = re.compile(
    r"\b(?P<name>(?:Sommet|sommet|Cumbre|cumbre)(?:\s+[\w'’.-]+){1,7}?)"
    r"\s+(?:à|en)\s+(?:la\s+)?(?P<place>[A-ZÀ-Ý][\w'’.-]+(?:\s+(?:de\s+)?[A-ZÀ-Ý][\w'’.-]+){0,2})"
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# The country after a summit's city: "in Madrid, Spain", "in Nassau, The Bahamas".
_COUNTRY_NAMES = "|".join(re.escape(n) for names in KNOWN_PARTIES.values() for n in names if n[0].isupper())
_COUNTRY_AFTER = re.compile(rf",\s+(?:{_COUNTRY_NAMES})(?![\w-])")
# "to be held in Washington, D.C.", "se reunieron hoy en la ciudad de Ottawa", "réunis aujourd'hui à Ottawa".
_HELD_IN = re.compile(
    r"\b(?:held|hosted|convened|met|meeting|gathered|took\s+place|(?:s['’]est\s+)?tenue?s?|réunie?s|"
    r"celebrad[ao]s?|se\s+reunieron|reunid[ao]s)"
    r"\s+(?:today\s+|aujourd['’]hui\s+|hoy\s+)?(?:in|at|à|en)\s+(?:the\s+city\s+of\s+|la\s+ciudad\s+de\s+)?"
    rf"(?P<place>{_PLACE}(?:,\s+D\.C\.)?)"
)
# "hosted Prime Minister Kishida and President Yoon at Camp David", "welcomed President Ruto to Nairobi".
_HOSTED_AT = re.compile(
    rf"\b(?:hosted|hosts|is\s+hosting|welcomed|welcomes)\b[^.;]{{0,100}}?\s(?:at|to)\s+(?P<place>{_PLACE})"
)
# "During a historic state visit to Hanoi, Vietnam", "arrived in Nairobi", "en visite d'État à Hanoï",
# "durante su visita de Estado a Hanói", "llegó a Nairobi": where a leader's visit takes place.
_VISIT = re.compile(
    rf"\b(?:(?:visit|trip|travel)\s+to|arrived\s+in|arrives\s+in|arriving\s+in|"
    rf"(?:visite|voyage)(?:\s+(?:officielle|d['’][éÉ]tat))?\s+(?:à|en)|arrivée?s?\s+à|"
    rf"(?:visita|viaje)(?:\s+(?:oficial|de\s+Estado))?\s+(?:a|en)|lleg[óo]\s+a)"
    rf"\s+(?P<place>{_PLACE})"
)
# A visit told of: "the President's May visit to Riyadh", "his June 2023 visit", "last year's trip to Lima".
_PAST_VISIT = re.compile(
    rf"(?i:\b(?:{_MONTH}|(?:19|20)\d\d|last|previous|past|earlier|recent|prior|first|dernière|précédente|"
    rf"pasada|anterior)\b[\s,]*(?:(?:state|official|historic|historique|historica|histórica|"
    rf"d['’][ée]tat|de\s+estado|officielle|oficial)[\s,]*)*)$"
)
# A short paragraph of a date over a place, as a statement's header has them: "31 May 2023" / "Luleå, Sweden".
_DATE_THEN_PLACE = re.compile(
    rf"(?i:{_DATE.pattern})\s*[,\u2013\u2014-]?\s*(?P<place>{_PLACE}(?:,\s+{_PLACE})?)\s*$"
)
_NOT_A_PLACE = frozenset(
    "today the this tomorrow yesterday we our in on at for fact sheet joint statement".split()
)
_GROUP_WORDS = frozenset(
    name for names in (*KNOWN_GROUPS, *(KNOWN_PARTIES[code] for code in ORGANISATIONS)) for name in names
)
_PARTY_WORDS = frozenset(name for names in KNOWN_PARTIES.values() for name in names)
# "Quad leaders", "G7 Leaders", "the leaders of the Quad", "les dirigeants du G7", "los líderes del G20".
_GROUP_LEADERS = [
    (
        re.compile(
            rf"(?<![\w.])(?:{'|'.join(re.escape(n) for n in sorted(names, key=len, reverse=True))})[”\"]?"
            r"\s+(?:leaders|Leaders)\b(?!['’])"
            r"|(?i:\b(?:leaders|dirigeants|líderes)\s+(?:of\s+the|du|des|de\s+la|del|de\s+los)\s+)"
            rf"(?:{'|'.join(re.escape(n) for n in sorted(names, key=len, reverse=True))})(?!\w)"
        ),
        names[0],
    )
    for names in (*KNOWN_GROUPS, *(KNOWN_PARTIES[code] for code in ORGANISATIONS))
]
# A sentence ends at a full stop or semicolon, but not after an initial ("Joseph R. Biden").
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])[.;!?][\"”’)]*\s+")
# A sentence telling history: "In February 2024, …", "En février 2024, …", "Since June 2021, …".
_HISTORY = re.compile(
    rf"\s*(?i:in|en|since|depuis|desde)\s+(?:(?i:early|late|mid-?)\s*)?(?i:{_MONTH})\.?\s+(?:de\s+)?(?:19|20)\d\d\b"
)
_ANOTHER_MEETING = re.compile(
    r"(?i:\b(?:next|upcoming|last|previous|past|prochain|dernier|précédent|próxima|pasada|anterior)\s+"
    r"(?:year['’]s\s+)?(?:(?:the|le|la|el)\s+)?)$"
)
_MADE_AT = re.compile(
    r"(?i:\b(?:announced|launched|agreed|adopted|made|pledged|signed|endorsed|annoncée?s?|lancée?s?|"
    r"adoptée?s?|anunciad[oa]s?|lanzad[oa]s?|adoptad[oa]s?)\s+(?:at|during|à|lors\s+du|en|durante)\s+"
    r"(?:(?:the|le|la|el)\s+)?)$"
)
_IN_MONTH = re.compile(rf"\b(?i:in|en)\s+(?i:{_MONTH})\.?\s+(?:de\s+)?(?:19|20)\d\d\b")
_SENTENCE_CHARS = 500
_LEDE = 2  # paragraphs
_ON = re.compile(r"\s*(?i:on|le|el)\s+")
_OPENING_CHARS = 6000  # the date, place and summit's name are stated near the top


def front_matter_date(text: str) -> date | None:
    """The date in a Markdown file's YAML front matter (web clippers and static sites write one)."""
    if not text.startswith("---"):
        return None
    end = text.find("\n---", 3)
    match = _FRONT_MATTER_DATE.search(text, 0, end if end > 0 else 0)
    return _valid(int(match[1]), int(match[2]), int(match[3])) if match else None


def find_date(texts: Iterable[str]) -> date | None:
    """The first full date written out in English, French or Spanish in ``texts``, read in order; past the
    lede (the first two paragraphs), not one that opens a sentence telling of an act ("On December 12, 2022,
    President Biden announced…")."""
    for index, text in enumerate(_opening(texts)):
        for match in _DATE.finditer(text):
            if index >= _LEDE and _act_on(text, match):
                continue
            month, day, year = (
                (match["m1"], match["d1"], match["y1"])
                if match["m1"]
                else (match["m2"], match["d2"], match["y2"])
            )
            number = _MONTH_NUMBER.get(_plain(month.lower().rstrip(".")))
            found = _valid(int(year), number, int(day)) if number else None
            if found is not None and not _date_told_of(text, match.start()):
                return found
    return None


def _act_on(text: str, match: re.Match[str]) -> bool:
    """Whether the sentence opens with the date ``match`` and tells of an act: "On December 12, 2022, …
    announced"."""
    start = _sentence_start(text, match.start())
    if not _ON.fullmatch(text, start, match.start()):
        return False
    end = _SENTENCE_END.search(text, match.end(), match.end() + _SENTENCE_CHARS)
    return bool(_DATE_TOLD.search(text, match.end(), end.start() if end else match.end() + _SENTENCE_CHARS))


def _date_told_of(text: str, start: int) -> bool:
    """Whether the date at ``start`` is another act's or one the sentence builds on, not the document's."""
    before = text[_sentence_start(text, start) : start]
    return bool(_DATE_OF.search(before) or _DATE_TOLD.search(before))


def find_location(texts: Iterable[str], when: date | None = None) -> tuple[str, bool]:
    """Where the summit took place, and whether that is a guess: from a dateline ("MEXICO CITY, January 10,
    2023 –"), else (a guess) from the summit the text names ("the G7 Summit in Hiroshima"), unless that is
    another year's or told of with another date than the document's ``when``."""
    opening = list(_opening(texts))
    for text in opening:
        match = _DATELINE.match(text)
        if match and match["place"].split()[0].lower().strip(",") not in _NOT_A_PLACE:
            return _tidy_place(match["place"]), False
        match = _DATE_THEN_PLACE.match(text) if len(text) < 80 else None
        if match:
            return _tidy_place(match["place"]), False
    for text in opening:
        for match in _summits(text, when):
            place = match["place"]
            if place and _plain(place.split()[0].lower()) not in _MONTH_NUMBER:  # "in June" is no place
                country = _COUNTRY_AFTER.match(text, match.end())  # "in Madrid, Spain"
                return _tidy_place(place + (country[0] if country else "")), True
    for text in opening:
        for match in _HELD_IN.finditer(text):
            place = match["place"]
            if _plain(place.split()[0].lower()) not in _MONTH_NUMBER and not _told_of(text, match, when):
                return _tidy_place(place), True
    for text in opening:
        for match in _HOSTED_AT.finditer(text):
            if not _told_of(text, match, when):
                return _tidy_place(match["place"]), True
    for text in opening:
        for match in _VISIT.finditer(text):
            past = _PAST_VISIT.search(text, max(0, match.start() - 60), match.start())
            if past or _told_of(text, match, when):
                continue
            country = _COUNTRY_AFTER.match(text, match.end())  # "to Hanoi, Vietnam"
            return _tidy_place(match["place"] + (country[0] if country else "")), True
    return "", False


def find_summit_name(texts: Iterable[str], when: date | None = None) -> str:
    """ "the 2024 NATO Summit in Washington" → "2024 NATO Summit in Washington", a title where there is none:
    a summit named with its year or place; failing one, a summit series the text names by at least two words
    ("the North American Leaders' Summit"). A bare "Leaders' Summit" names no meeting in particular."""
    series = ""
    for text in _opening(texts):
        for match in _summits(text, when):
            words = match[0].split()
            while words and words[0].lower() in ("the", "at", "in", "on", "during", "this", "our"):
                words = words[1:]
            if len(words) < 2:
                continue
            if match["place"] or _YEAR.search(match["name"]):
                words[0] = words[0][0].upper() + words[0][1:]  # "sommet du G7 à Charlevoix"
                return " ".join(words).rstrip(".,")
            qualifiers = [w for w in words[:-1] if not w.lower().startswith(("leader", "special"))]
            # "the G7 Summit", "the Quad Leaders' Summit", "the U.S.-Africa Leaders Summit": a group's or two
            # parties' meeting is named by one word.
            named = len(qualifiers) == 1 and (qualifiers[0] in _GROUP_WORDS or _joins_parties(qualifiers[0]))
            if not series and (len(qualifiers) >= 2 or named):
                series = " ".join(words).rstrip(".,")
    series = series or _group_meeting(texts, when)
    if series and when is not None and not _YEAR.search(series):
        return f"{when.year} {series}"  # "2023 North American Leaders’ Summit", as the document's date says
    return series


def _joins_parties(word: str) -> bool:
    """ "U.S.-Africa", "ASEAN-U.S.": a word joining a party to another, not "Political-Military"."""
    parts = re.split(r"[-\u2013]", word)
    return len(parts) > 1 and any(part in _PARTY_WORDS for part in parts)


def _group_meeting(texts: Iterable[str], when: date | None) -> str:
    """ "Quad Leaders’ Summit" where the text names no summit but a group's leaders meeting ("Quad leaders
    are taking shared action", "the Leaders of the Quad"); a group only mentioned ("the Quad Vaccine
    Partnership", "G7 partners") names no meeting."""
    for text in _opening(texts):
        for pattern, name in _GROUP_LEADERS:
            for match in pattern.finditer(text):
                if not _told_of(text, match, when):
                    return name if name.endswith("Summit") else f"{name} Leaders’ Summit"
    return ""


def _summits(text: str, when: date | None) -> Iterator[re.Match[str]]:
    """The summits ``text`` names, but those of another year than ``when``'s ("the JETP announced at the
    2022 G20 Summit in Bali", in 2023) or in a sentence dated otherwise ("In February 2024, … prepared for the
    NATO Summit in Washington", in October): meetings told of, not this one."""
    for match in (*_SUMMIT.finditer(text), *_SOMMET.finditer(text)):
        if _ANOTHER_MEETING.search(text, max(0, match.start() - 30), match.start("name")):
            continue  # "the next Quad Leaders' Summit", "last year's G20 Summit"
        if when is None and _MADE_AT.search(text, max(0, match.start() - 40), match.start("name")):
            continue  # "the JETP, announced at the 2022 G20 Summit in Bali", in a document of unknown date
        year = _YEAR.search(match["name"])
        if when is not None and year is not None and int(year[0]) != when.year:
            continue
        if not _told_of(text, match, when):
            yield match


def _told_of(text: str, match: re.Match[str], when: date | None) -> bool:
    """Whether the sentence around ``match`` is dated otherwise than the document ("In February 2024, …"); for
    a document of unknown date, whether it opens as history does ("In February 2024, President Biden…")."""
    start = _sentence_start(text, match.start())
    end = text.find(". ", match.end())
    sentence = text[start : end if end >= 0 else len(text)]
    if when is None:  # "In February 2024, …", "… Summit … in September 2022": a month gone by
        return bool(_HISTORY.match(text, start) or _IN_MONTH.search(sentence))
    return any(_month_year(m) not in (None, (when.year, when.month)) for m in _MONTH_YEAR.finditer(sentence))


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence holding ``position`` starts ("President Donald J. Trump" is one sentence)."""
    start = max(0, position - _SENTENCE_CHARS)  # a long paragraph is not read again for every date in it
    for found in _SENTENCE_END.finditer(text, start, position):
        start = found.end()
    return start


def _month_year(match: re.Match[str]) -> tuple[int, int] | None:
    number = _MONTH_NUMBER.get(_plain(match["month"].lower().rstrip(".")))
    return (int(match["year"]), number) if number else None


def _opening(texts: Iterable[str]) -> Iterable[str]:
    seen = 0
    for text in texts:
        if seen > _OPENING_CHARS:
            return
        seen += len(text)
        yield text


def _tidy_place(place: str) -> str:
    place = place.strip(" ,")
    if place.endswith(".") and "." not in place.split()[-1][:-1]:  # "Washington." but "D.C."
        place = place[:-1]
    # "MEXICO CITY" → "Mexico City", "WILMINGTON, Delaware" → "Wilmington, Delaware"; "D.C.", "UK" stay.
    return " ".join(w if "." in w or len(w) < 3 or not w.isupper() else w.capitalize() for w in place.split())


def _plain(month: str) -> str:
    return month.replace("é", "e").replace("û", "u")


def _valid(year: int, month: int | None, day: int) -> date | None:
    if month is None or not 1900 <= year <= 2100:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None
