"""The parties a document names as taking part: countries, the EU and groups, by code, most prominent first.

A country is a party when the document says it takes part: named in the title, joined to another
("U.S.-India", "Australia–UK–US"), with its leader ("President Biden", "Prime Minister Justin Trudeau of
Canada"), or in the list of those who speak ("We, the leaders of Barbados, Canada…", "the Governments of…"),
in the title or the opening. A country only mentioned (the war it wages, the aid it receives) is not. Parties
are ranked by how prominently the whole text names them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

#: Countries and unions by their code (ISO 3166 alpha-2; the EU and groups by their usual abbreviation) with
#: the names a document gives them in English, French and Spanish.
KNOWN_PARTIES: dict[str, tuple[str, ...]] = {
    "CA": ("Canada", "Canadian", "canadien", "canadienne", "Canadá", "canadiense"),
    "MX": (
        "Mexico",
        "Mexican",
        "Mexique",
        "mexicain",
        "mexicaine",
        "México",
        "mexicano",
        "mexicana",
        "Estados Unidos Mexicanos",  # Mexico's own name for itself, not the United States
    ),
    "US": (
        "United States",
        "United States of America",
        "U.S.",
        "U.S",  # "U.S-Africa", as some releases write it
        "US",  # "Australia-UK-US": capitals only, so never the word "us"
        "USA",
        "États-Unis",
        "Etats-Unis",
        "américain",
        "américaine",
        "Estados Unidos",
        "EE. UU.",
        "EE.UU.",
        "estadounidense",
    ),
    "AU": ("Australia", "Australie"),
    "IN": ("India", "Inde"),
    "JP": ("Japan", "Japon", "Japón"),
    "GB": (
        "United Kingdom",
        "UK",
        "U.K.",
        "Britain",
        "Great Britain",
        "British",
        "Royaume-Uni",
        "Reino Unido",
    ),
    "FR": ("France", "Francia"),
    "DE": ("Germany", "Allemagne", "Alemania"),
    "IT": ("Italy", "Italie", "Italia"),
    "EU": (
        "European Union",
        "EU",
        "E.U.",
        "European Commission",
        "Union européenne",
        "Commission européenne",
        "Unión Europea",
        "Comisión Europea",
    ),
    "AR": ("Argentina", "Argentine"),
    "BR": ("Brazil", "Brésil", "Brasil"),
    "CL": ("Chile", "Chili"),
    "CO": ("Colombia", "Colombie"),
    "PE": ("Peru", "Pérou", "Perú"),
    "EC": ("Ecuador", "Équateur"),
    "UY": ("Uruguay",),
    "PA": ("Panama", "Panamá"),
    "CR": ("Costa Rica",),
    "GT": ("Guatemala",),
    "HN": ("Honduras",),
    "SV": ("El Salvador",),
    "DO": ("Dominican Republic", "République dominicaine", "República Dominicana"),
    "HT": ("Haiti", "Haïti", "Haití"),
    "JM": ("Jamaica", "Jamaïque"),
    "BB": ("Barbados", "Barbade"),
    "BS": ("Bahamas", "The Bahamas"),
    "CN": ("China", "People's Republic of China", "Chine"),
    "KR": (
        "Republic of Korea",
        "South Korea",
        "ROK",
        "République de Corée",
        "Corée du Sud",
        "República de Corea",
        "Corea del Sur",
    ),
    "ID": ("Indonesia", "Indonésie"),
    "MY": ("Malaysia", "Malaisie", "Malasia"),
    "SG": ("Singapore", "Singapour", "Singapur"),
    "TH": ("Thailand", "Thaïlande", "Tailandia"),
    "VN": ("Vietnam", "Viet Nam", "Viêt Nam"),
    "PH": ("Philippines", "Filipinas"),
    "NZ": ("New Zealand", "Nouvelle-Zélande", "Nueva Zelanda"),
    "FJ": ("Fiji", "Fidji", "Fiyi"),
    "CH": ("Switzerland", "Swiss Confederation", "Suisse", "Suiza"),
    "LI": ("Liechtenstein",),
    "ES": ("Spain", "Espagne", "España"),
    "PL": ("Poland", "Pologne", "Polonia"),
    "CZ": ("Czech Republic", "Czechia", "République tchèque", "Tchéquie", "República Checa", "Chequia"),
    "FI": ("Finland", "Finlande", "Finlandia"),
    "SE": ("Sweden", "Suède", "Suecia"),
    "NO": ("Norway", "Norvège", "Noruega"),
    "NL": ("Netherlands", "Pays-Bas", "Países Bajos"),
    "UA": ("Ukraine", "Ucrania"),
    "SA": ("Saudi Arabia", "Arabie saoudite", "Arabia Saudita", "Arabia Saudí"),
    "AO": ("Angola",),
    "ZA": ("South Africa", "Afrique du Sud", "Sudáfrica"),
    "KE": ("Kenya",),
    "NG": ("Nigeria", "Nigéria"),
    "ASEAN": (
        "ASEAN",
        "Association of Southeast Asian Nations",
        "ANASE",
        "Asociación de Naciones del Sudeste Asiático",
    ),
    "CARICOM": ("CARICOM", "Caribbean Community", "Communauté caribéenne", "Comunidad del Caribe"),
    "NATO": ("NATO", "North Atlantic Treaty Organization", "OTAN"),
    "PIF": ("Pacific Islands Forum", "Forum des îles du Pacifique", "Foro de las Islas del Pacífico"),
}

#: Groups whose summits their members attend: a NALS fact sheet may name only two of the three countries.
KNOWN_GROUPS: dict[tuple[str, ...], tuple[str, ...]] = {
    (
        "North American Leaders' Summit",
        "North American Leaders Summit",
        "NALS",
        "Sommet des leaders nord-américains",
        "SLNA",
        "Cumbre de Líderes de América del Norte",
    ): ("CA", "MX", "US"),
    ("Quad", "Quadrilateral Security Dialogue"): ("AU", "IN", "JP", "US"),
    ("G7", "G-7", "Group of Seven", "Groupe des Sept", "Grupo de los Siete"): (
        "CA",
        "FR",
        "DE",
        "IT",
        "JP",
        "GB",
        "US",
        "EU",
    ),
}

#: Leaders by the surname a release gives them after their title ("President Biden", "le premier ministre
#: Trudeau"); others are found as "President … of <country>".
LEADERS: dict[str, str] = {
    "Biden": "US", "Trump": "US", "Obama": "US", "Harris": "US",
    "Trudeau": "CA", "Carney": "CA", "Harper": "CA",
    "López Obrador": "MX", "Lopez Obrador": "MX", "Sheinbaum": "MX", "Peña Nieto": "MX",
    "Modi": "IN", "Kishida": "JP", "Suga": "JP", "Ishiba": "JP", "Takaichi": "JP",
    "Albanese": "AU", "Morrison": "AU", "Sunak": "GB", "Johnson": "GB", "Starmer": "GB",
    "Macron": "FR", "Scholz": "DE", "Merz": "DE", "Meloni": "IT", "Draghi": "IT",
    "von der Leyen": "EU", "Michel": "EU", "Costa": "EU",
    "Widodo": "ID", "Prabowo": "ID", "Lula": "BR", "Milei": "AR", "Anwar": "MY",
}  # fmt: skip

#: More parties than this is a list of countries (aid, signatories of something else), not the meeting's.
MAX_PARTIES = 12

_LEADER_TITLE = (
    r"(?:Vice[- ]President|President|Prime\s+Minister|Chancellor|General\s+Secretary|King|Crown\s+Prince|"
    r"(?i:vice-présidente?|présidente?|premier\s+ministre|première\s+ministre|chancelier|chancelière|"
    r"vicepresidente|presidenta|presidente|primer\s+ministro|primera\s+ministra|canciller))"
)
# Who speaks: "We, the leaders of …", "The Governments of …", "the Member States of …".
_SPEAKERS = re.compile(
    r"(?i:\b(?:governments|leaders|member\s+states|heads\s+of\s+state|gouvernements|dirigeants|"
    r"chefs\s+d['’]état|[ée]tats\s+membres|gobiernos|líderes|mandatarios|estados\s+miembros))"
    r"\s+(?:of|de|des|du|de\s+los|de\s+las)\s+"
)
# Between two names of an enumeration: commas, "and", articles.
_JOINER = re.compile(r"(?:[\s,;()]|\b(?:and|the|et|le|la|les|y|e|el|los|las|de|du|des)\b|l['’])*")
_DASH = r"\s?[-\u2010\u2011\u2013\u2014]\s?"
_WORD = r"[A-ZÀ-Ý][\w.'’-]*"
_OPENING_CHARS = 3000  # title, lede and the first paragraphs: where a document says who meets
_SCAN_CHARS = 100_000  # how far mentions are counted for ranking (a 20 MB document reads its start)


def _alternation(names: Iterable[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


_NAME_CODE = {name.lower(): code for code, names in KNOWN_PARTIES.items() for name in names}
_NAMES = _alternation(name for names in KNOWN_PARTIES.values() for name in names)
# Case-sensitive except for a name's first letter (French and Spanish lower-case "canadien", "mexicano").
_NAME = re.compile(rf"(?<![\w.])(?:{_NAMES})(?![\w])")
_NAME_AT = re.compile(rf"(?:{_NAMES})(?![\w])")
_COMPOUND = re.compile(rf"(?<![\w.])(?:{_NAMES})(?:{_DASH}(?:{_NAMES}))+(?![\w])")
_LEADER_NAMES = _alternation(LEADERS)
_LEADER = re.compile(rf"{_LEADER_TITLE}\s+(?:{_WORD}\s+){{0,3}}?(?P<name>{_LEADER_NAMES})(?!\w)")
# "Prime Minister Justin Trudeau of Canada", "el presidente de los Estados Unidos Mexicanos".
_LEADER_OF = re.compile(
    rf"{_LEADER_TITLE}\s+(?:{_WORD}\s+){{0,4}}?(?:of|de|du|des)\s+(?:(?:the|The|la|los|l['’])\s+)?"
    rf"(?:(?:Commonwealth|Kingdom|Republic|Federal\s+Republic)\s+of\s+(?:the\s+|The\s+)?)?(?P<name>{_NAMES})(?!\w)"
)
# "United States President Joseph R. Biden", "India's Prime Minister".
_COUNTRY_LEADER = re.compile(rf"(?P<name>{_NAMES})(?:['’]s)?\s+{_LEADER_TITLE}\b")
_GROUP_CODES = [
    (re.compile(rf"(?<!\w)(?:{_alternation(names)})(?!\w)"), codes) for names, codes in KNOWN_GROUPS.items()
] + [
    (re.compile(rf"(?<![\w.])(?:{_alternation(names)})(?!\w)"), (code,))
    for code, names in KNOWN_PARTIES.items()
]
# "Quad leaders", "the G7 Summit", "the Leaders of the Quad", "North American Leaders' Summit".
_GROUP_MEETS = re.compile(
    r"[”\"’']?\s*(?:['’]s\s+)?(?:leaders?|Leaders?|Summit|summit|partners|countries|members|Joint|"
    r"dirigeants|sommet|Sommet|líderes|Cumbre)\b"
)
_GROUP_AFTER = re.compile(
    r"(?i:(?:leaders?|members|dirigeants|líderes)\s+(?:of|du|des|de)\s+(?:the\s+|la\s+)?)$"
)

# Evidence that a country takes part, and its weight in the ranking.
_TITLE, _JOINED, _LEADS, _SPEAKS, _GROUP, _LEDE = 6.0, 4.0, 3.0, 3.0, 2.0, 1.0


@dataclass
class Parties:
    """The parties found, most prominent first; those not named in the title; how many were found in all."""

    codes: list[str] = field(default_factory=list)
    guessed: list[str] = field(default_factory=list)
    found: int = 0  # more than len(codes) when capped


def find_parties(title: str, texts: Sequence[str], headings: Sequence[str] = ()) -> Parties:
    """The parties of the document titled ``title`` whose paragraphs and items are ``texts`` (in order)."""
    title = title.replace("’", "'")
    score: dict[str, float] = {}
    first: dict[str, int] = {}
    stated: set[str] = set()
    taking_part: set[str] = set()
    order = 0

    def add(code: str, weight: float, part: bool = True) -> None:
        nonlocal order
        score[code] = score.get(code, 0.0) + weight
        if code not in first:
            first[code] = order
            order += 1
        if part:
            taking_part.add(code)

    for code in _in_title(title):
        stated.add(code)
        add(code, _TITLE)
    for codes in _group_cues(title, in_title=True):
        for code in codes:  # the members of a group the title names: a guess unless named themselves
            add(code, _GROUP)
    opening, seen = [], 0
    for text in texts:
        if seen >= _OPENING_CHARS:
            break
        opening.append(text)
        seen += len(text)
    # A title naming two parties or more says who meets: a third joined to them in the text ("a U.S.-India-ROK
    # initiative", "the Quad Leaders' Summit next year") only ranks; leaders and speakers still take part.
    settled = len(stated) >= 2
    for index, text in enumerate(opening):
        for code, weight, strong in _weighted_evidence(text):
            add(code, weight, part=strong or not settled)
        for codes in _group_cues(text, in_title=False):
            for code in codes:
                add(code, _GROUP, part=not settled)
        if index < 2:  # the lede: who is named there is prominent, if not yet taking part
            for code in dict.fromkeys(_code(m[0]) for m in _NAME.finditer(text)):  # in the text's order
                add(code, _LEDE, part=False)
    mentions: dict[str, int] = {}
    seen = 0
    for text in [*headings, *texts]:
        if seen > _SCAN_CHARS:
            break
        seen += len(text)
        for code in {_code(m[0]) for m in _NAME.finditer(text)}:
            mentions[code] = mentions.get(code, 0) + 1
    if not taking_part:  # no one said to take part: those named in the title and lede, as a guess
        taking_part = {code for code in score}
    # Those the title names come first, in its order ("ASEAN-U.S."), then the others by prominence.
    ranked = sorted(
        taking_part,
        key=lambda code: (
            (0, first[code], 0.0)
            if code in stated
            else (1, 0, -(score[code] + min(mentions.get(code, 0), 10) / 2), first[code])
        ),
    )
    kept = ranked[:MAX_PARTIES]
    return Parties(codes=kept, guessed=[c for c in kept if c not in stated], found=len(ranked))


def _code(name: str) -> str:
    return _NAME_CODE[name.lower()]


def _in_title(text: str) -> list[str]:
    """Every party a title names, by its name or its leader's, in the title's order."""
    letters = [c for c in text if c.isalpha()]
    shouted = sum(c.isupper() for c in letters) > 0.8 * len(letters)  # "FACT SHEET: UNITED STATES–MEXICO…"
    found: list[tuple[int, str]] = []
    for version in (text, text.title()) if shouted else (text,):
        found += [(m.start(), _code(m[0])) for m in _NAME.finditer(version)]
        found += [(m.start("name"), LEADERS[m["name"]]) for m in _LEADER.finditer(version)]
    return list(dict.fromkeys(code for _position, code in sorted(found)))


def _weighted_evidence(text: str) -> Iterable[tuple[str, float, bool]]:
    """(party, weight, whether it surely takes part) for each sign in ``text`` that a party takes part."""
    text = text.replace("’", "'")
    for match in _COMPOUND.finditer(text):
        for name in _NAME_AT.finditer(match[0]):
            yield _code(name[0]), _JOINED, False
    for match in _LEADER.finditer(text):
        yield LEADERS[match["name"]], _LEADS, True
    for pattern in (_LEADER_OF, _COUNTRY_LEADER):
        for match in pattern.finditer(text):
            yield _code(match["name"]), _LEADS, True
    for match in _SPEAKERS.finditer(text):
        for code in _enumeration(text, match.end()):
            yield code, _SPEAKS, True


def _enumeration(text: str, position: int) -> list[str]:
    """The names listed from ``position`` on: "Barbados, Canada, Chile … and Uruguay"."""
    codes: list[str] = []
    while True:
        position = _JOINER.match(text, position).end()  # type: ignore[union-attr]  # matches the empty string
        name = _NAME_AT.match(text, position)
        if name is None:
            return codes
        codes.append(_code(name[0]))
        position = name.end()


def _group_cues(text: str, *, in_title: bool) -> Iterable[tuple[str, ...]]:
    """Groups that meet in ``text``: named in a title, or as "Quad leaders", "the Leaders of the Quad"."""
    text = text.replace("’", "'")
    for pattern, codes in _GROUP_CODES:
        group = len(codes) > 1  # a group of members, not a party ("Pacific Islands Forum leaders")
        for match in pattern.finditer(text):
            if _GROUP_MEETS.match(text, match.end()) or (
                group and (in_title or _GROUP_AFTER.search(text, 0, match.start()))
            ):
                yield codes
                break
