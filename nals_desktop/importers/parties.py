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
    "ZM": ("Zambia", "Republic of Zambia", "Zambie"),
    "ASEAN": (
        "ASEAN",
        "Association of Southeast Asian Nations",
        "ANASE",
        "Asociación de Naciones del Sudeste Asiático",
    ),
    "CARICOM": ("CARICOM", "Caribbean Community", "Communauté caribéenne", "Comunidad del Caribe"),
    "NATO": ("NATO", "North Atlantic Treaty Organization", "OTAN"),
    "PIF": ("Pacific Islands Forum", "Forum des îles du Pacifique", "Foro de las Islas del Pacífico"),
    # "AU" is Australia's: the African Union goes by "AFU", and a document's "AU" stays Australia's.
    "AFU": ("African Union", "Union africaine", "Unión Africana"),
    "G20": ("G20", "G-20", "Group of Twenty", "Groupe des Vingt", "Grupo de los Veinte"),
    "APEC": (
        "APEC",
        "Asia-Pacific Economic Cooperation",
        "Coopération économique pour l'Asie-Pacifique",
        "Foro de Cooperación Económica Asia-Pacífico",
    ),
    "OAS": (
        "OAS",
        "Organization of American States",
        "OEA",
        "Organisation des États américains",
        "Organización de los Estados Americanos",
    ),
}

#: The organisations among the parties: a summit's parties may be one of them and countries ("ASEAN and the
#: United States"); their leaders' meeting is a summit of its own ("APEC Leaders").
ORGANISATIONS = ("EU", "ASEAN", "CARICOM", "NATO", "PIF", "AFU", "G20", "APEC", "OAS")

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

#: Heads of state and government of the parties above from 2021 to 2025, and the heads of the organisations,
#: by the name a release gives them after their title ("President Biden", "le premier ministre Trudeau",
#: "Chancellor Scholz", "Crown Prince Mohammed bin Salman"); others are found as "President … of <country>".
#: A surname two parties share is given in full ("Lee Hsien Loong", "Lee Jae-myung"), and one that names a
#: country's leader and an organisation's in turn (Mark Rutte) is left to "… of the Netherlands",
#: "NATO Secretary General …".
LEADERS_BY_PARTY: dict[str, tuple[str, ...]] = {
    "US": ("Biden", "Trump", "Obama", "Harris", "Vance"),
    "CA": ("Trudeau", "Carney", "Harper"),
    "MX": ("López Obrador", "Lopez Obrador", "Sheinbaum", "Peña Nieto"),
    "AU": ("Albanese", "Morrison"),
    "IN": ("Modi", "Murmu"),
    "JP": ("Kishida", "Suga", "Ishiba", "Takaichi"),
    "GB": ("Johnson", "Truss", "Sunak", "Starmer"),
    "FR": ("Macron",),
    "DE": ("Scholz", "Merz", "Merkel", "Steinmeier"),
    "IT": ("Meloni", "Draghi", "Mattarella"),
    "EU": ("von der Leyen", "Michel", "Costa"),
    "AR": ("Milei", "Alberto Fernández"),
    "BR": ("Lula", "Lula da Silva", "Bolsonaro"),
    "CL": ("Boric", "Piñera"),
    "CO": ("Petro", "Duque"),
    "PE": ("Boluarte", "Castillo", "Jerí"),
    "EC": ("Noboa", "Lasso"),
    "UY": ("Lacalle Pou", "Orsi"),
    "PA": ("Mulino", "Cortizo"),
    "CR": ("Chaves", "Carlos Alvarado"),
    "GT": ("Arévalo", "Giammattei"),
    "HN": ("Xiomara Castro", "Juan Orlando Hernández"),
    "SV": ("Bukele",),
    "DO": ("Abinader",),
    "HT": ("Moïse", "Ariel Henry", "Conille", "Fils-Aimé"),
    "JM": ("Holness",),
    "BB": ("Mottley",),
    "BS": ("Philip Davis", "Minnis"),
    "CN": ("Xi", "Xi Jinping", "Li Qiang", "Li Keqiang"),
    "KR": ("Yoon", "Moon", "Lee Jae-myung", "Lee Jae Myung"),
    "ID": ("Widodo", "Jokowi", "Prabowo", "Subianto"),
    "MY": ("Anwar", "Ismail Sabri", "Muhyiddin"),
    "SG": ("Lee Hsien Loong", "Lawrence Wong", "Tharman"),
    "TH": ("Prayut", "Srettha", "Paetongtarn", "Anutin"),
    "VN": ("Nguyen Phu Trong", "To Lam", "Tô Lâm", "Pham Minh Chinh", "Vo Van Thuong", "Nguyen Xuan Phuc"),
    "PH": ("Marcos", "Duterte"),
    "NZ": ("Ardern", "Hipkins", "Luxon"),
    "FJ": ("Bainimarama", "Rabuka"),
    "CH": ("Parmelin", "Cassis", "Berset", "Amherd", "Keller-Sutter"),
    "LI": ("Daniel Risch", "Brigitte Haas"),
    "ES": ("Sánchez", "Pedro Sánchez"),
    "PL": ("Duda", "Morawiecki", "Tusk", "Nawrocki"),
    "CZ": ("Fiala", "Babiš", "Zeman", "Petr Pavel"),
    "FI": ("Niinistö", "Stubb", "Marin", "Orpo"),
    "SE": ("Löfven", "Magdalena Andersson", "Kristersson"),
    "NO": ("Støre", "Solberg"),
    "NL": ("Schoof",),
    "UA": ("Zelenskyy", "Zelensky", "Zelenskiy"),
    "SA": ("Mohammed bin Salman", "King Salman"),
    "AO": ("Lourenço", "Lourenco"),
    "ZA": ("Ramaphosa",),
    "KE": ("Ruto", "Kenyatta"),
    "NG": ("Tinubu", "Buhari"),
    "ZM": ("Hichilema",),
    "NATO": ("Stoltenberg",),
    "AFU": ("Moussa Faki", "Faki Mahamat", "Mahmoud Ali Youssouf"),
    "PIF": ("Henry Puna", "Baron Waqa"),
    "OAS": ("Almagro", "Ramdin"),
    "ASEAN": ("Kao Kim Hourn", "Lim Jock Hoi"),
}

#: Each leader's name to their party's code.
LEADERS: dict[str, str] = {name: code for code, names in LEADERS_BY_PARTY.items() for name in names}

#: More parties than this is a list of countries (aid, signatories of something else), not the meeting's.
MAX_PARTIES = 12

_LEADER_TITLE = (
    r"(?:Vice[- ]President|President|Prime\s+Minister|Chancellor|General\s+Secretary|King|Crown\s+Prince|"
    r"Premier|Secretary[- ]General|Chairperson|Chair|"
    r"(?i:vice-présidente?|présidente?|premier\s+ministre|première\s+ministre|chancelier|chancelière|"
    r"vicepresidente|presidenta|presidente|primer\s+ministro|primera\s+ministra|canciller|"
    r"secrétaire\s+générale?|secretari[oa]\s+general))"
)
# Who speaks: "We, the leaders of …", "The Governments of …", "the Member States of …".
_SPEAKERS = re.compile(
    r"(?i:\b(?:governments|leaders|member\s+states|heads\s+of\s+state|gouvernements|dirigeants|"
    r"chefs\s+d['’]état|[ée]tats\s+membres|gobiernos|líderes|mandatarios|estados\s+miembros))"
    r"\s+(?:of|de|des|du|de\s+los|de\s+las)\s+"
)
# Where a sentence's subject starts: its start, after "Today," or an opening clause ("As two nations…, ").
_SUBJECT = re.compile(r"(?:^|[.;:]\s+|,\s+)(?:(?:Today|Together|Aujourd['’]hui|Hoy),\s+)?(?:the\s+|The\s+)?")
# A state's formal name before its short one: "the Principality of Liechtenstein", "the Kingdom of Saudi…".
_STATE = re.compile(
    r"(?:(?:Principality|Kingdom|Commonwealth|Federal\s+Republic|Republic|State|Sultanate)\s+of\s+"
    r"(?:the\s+|The\s+)?)?"
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
_NAME_BEFORE = re.compile(rf"(?:{_NAMES})\)?$")
_LEADER_NAMES = _alternation(LEADERS)
_LEADER = re.compile(rf"{_LEADER_TITLE}\s+(?:{_WORD}\s+){{0,3}}?(?P<name>{_LEADER_NAMES})(?!\w)")
# "Prime Minister Justin Trudeau of Canada", "el presidente de los Estados Unidos Mexicanos".
# A name's particles: "Mohammed bin Salman", "Ursula von der Leyen", "Luiz Inácio Lula da Silva".
_PARTICLE = r"(?:bin|bint|al|da|das|do|dos|van|von|der|den|ter|di)"
_LEADER_OF = re.compile(
    rf"{_LEADER_TITLE}\s+(?:(?:{_WORD}|{_PARTICLE})\s+){{0,5}}?(?:of|de|du|des)\s+(?:(?:the|The|la|los|l['’])\s+)?"
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

# Parties that act together as a sentence's subject: "Today, the United States and Brazil announce…", "the
# United States and Mexico need and want to face…". Names followed by another verb ("Ukraine and Moldova
# receive aid") are only mentioned.
_TOGETHER = re.compile(
    r"\)?(?:\s*\([^()]{0,60}\))*\s*(?:(?:have|has|will|are|today)\s+)?(?:jointly\s+|together\s+)?"
    r"(?:announc|agree|reaffirm|affirm|commit|launch|decid|express|intend|resolv|endors|concur|pledg|"
    r"welcom|need|recogni[sz]|celebrat|renew|elevat|establish|issu|strengthen|sign|mark|share)\w*\b"
)
# A country hosting the meeting: "This year, the Republic of Korea hosted the third Summit for Democracy".
_HOSTS = re.compile(r"\s+(?:hosted|hosts|is\s+hosting|will\s+host)\s+the\b")
# Attending an organisation's meeting: "participate virtually in the Pacific Islands Forum leaders' meeting".
_ATTENDS = re.compile(
    r"\b(?:participates?|participating|attends?|attending|joins?|joining|participera|participa|asistirá)"
    r"(?:\s+(?:virtually|in\s+person|à|en))?(?:\s+in)?\s+(?:the|la|el|le)\s+"
)
# A group's meeting of another time: "the next Quad Leaders' Summit", "last year's G7 Summit".
_OTHER_MEETING = re.compile(
    r"(?i:\b(?:next|upcoming|last|previous|past|first|prochain|dernier|próxima|pasada)\s+(?:year's\s+)?)$"
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
    # A title naming two parties or more says who meets, and so do the leaders or speakers of two parties or
    # more: a third joined to them in the text ("a U.S.-India-ROK initiative", "the Quad Leaders' Summit next
    # year") only ranks; leaders and speakers still take part.
    leading = {code for text in opening for code, _weight, strong in _weighted_evidence(text) if strong}
    settled = len(stated) >= 2 or len(leading) >= 2
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
    for attends in _ATTENDS.finditer(text, 0, _OPENING_CHARS):
        organisation = _NAME_AT.match(text, attends.end())
        if organisation is not None and _GROUP_MEETS.match(text, organisation.end()):
            yield _code(organisation[0]), _GROUP, True
    for match in _SUBJECT.finditer(text, 0, _OPENING_CHARS):  # a sentence's start: the opening's are enough
        start = match.start()
        if text.startswith(",", start) and _NAME_BEFORE.search(text, max(0, start - 60), start):
            continue  # in the middle of a list ("of Australia, India, Japan, and…"): no subject starts here
        codes, end = _listed(text, match.end())
        if len(codes) >= 2 and _TOGETHER.match(text, end):
            for code in dict.fromkeys(codes):
                yield code, _JOINED, False
        elif len(codes) == 1 and _HOSTS.match(text, end):
            yield codes[0], _JOINED, False


def _enumeration(text: str, position: int) -> list[str]:
    """The names listed from ``position`` on: "Barbados, Canada, Chile … and Uruguay"."""
    return _listed(text, position)[0]


def _listed(text: str, position: int) -> tuple[list[str], int]:
    """The names listed from ``position`` on, and where the list ends."""
    codes: list[str] = []
    while True:
        after = _JOINER.match(text, position).end()  # type: ignore[union-attr]  # matches the empty string
        name = _NAME_AT.match(text, after) or _NAME_AT.match(text, _STATE.match(text, after).end())  # type: ignore[union-attr]
        if name is None:
            return codes, position
        codes.append(_code(name[0]))
        position = name.end()


def _group_cues(text: str, *, in_title: bool) -> Iterable[tuple[str, ...]]:
    """Groups that meet in ``text``: named in a title, or as "Quad leaders", "the Leaders of the Quad"."""
    text = text.replace("’", "'")
    for pattern, codes in _GROUP_CODES:
        group = len(codes) > 1  # a group of members, not a party ("Pacific Islands Forum leaders")
        for match in pattern.finditer(text):
            if _OTHER_MEETING.search(text, max(0, match.start() - 30), match.start()):
                continue
            if _GROUP_MEETS.match(text, match.end()) or (
                group and (in_title or _GROUP_AFTER.search(text, 0, match.start()))
            ):
                yield codes
                break
