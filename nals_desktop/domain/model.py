"""Domain enums and the parsed-document dataclasses shared by importers, store and services."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date

from nals_desktop.i18n import N_, _


class _Labelled(enum.StrEnum):
    @property
    def label(self) -> str:
        """The English label, marked for translation: show it through ``i18n._()`` or Qt's ``tr()``."""
        return _LABELS[self]


class Stance(_Labelled):
    SUPPORT = "support"
    SUPPORT_WITH_CONDITIONS = "support-with-conditions"
    NEUTRAL = "neutral"
    OPPOSE = "oppose"
    UNDECIDED = "undecided"


class Priority(_Labelled):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class ImplementationStatus(_Labelled):
    """After the Government of Canada's Mandate Letter Tracker."""

    NOT_STARTED = "not-started"
    ON_TRACK = "underway-on-track"
    FACING_CHALLENGES = "underway-facing-challenges"
    COMPLETED_FULLY = "completed-fully-met"
    COMPLETED_MODIFIED = "completed-modified"
    ONGOING = "ongoing"
    NOT_PURSUED = "not-being-pursued"


_LABELS: dict[_Labelled, str] = {
    Stance.SUPPORT: N_("Support"),
    Stance.SUPPORT_WITH_CONDITIONS: N_("Support with conditions"),
    Stance.NEUTRAL: N_("Neutral"),
    Stance.OPPOSE: N_("Oppose"),
    Stance.UNDECIDED: N_("Undecided"),
    Priority.HIGH: N_("High"),
    Priority.MEDIUM: N_("Medium"),
    Priority.LOW: N_("Low"),
    ImplementationStatus.NOT_STARTED: N_("Not started"),
    ImplementationStatus.ON_TRACK: N_("Underway – on track"),
    ImplementationStatus.FACING_CHALLENGES: N_("Underway – facing challenges"),
    ImplementationStatus.COMPLETED_FULLY: N_("Completed – fully met"),
    ImplementationStatus.COMPLETED_MODIFIED: N_("Completed – modified"),
    ImplementationStatus.ONGOING: N_("Ongoing"),
    ImplementationStatus.NOT_PURSUED: N_("Not being pursued"),
}

#: Stances as a table cell shows them: narrow enough that nine party columns fit ("Support with…" was cut).
SHORT_STANCE_LABELS: dict[str, str] = {
    Stance.SUPPORT: N_("Support"),
    Stance.SUPPORT_WITH_CONDITIONS: N_("Conditional"),
    Stance.NEUTRAL: N_("Neutral"),
    Stance.OPPOSE: N_("Oppose"),
    Stance.UNDECIDED: N_("Undecided"),
}

#: The label of each position and status field, in the editor's order: the one table the editor, the
#: briefing book and the services' messages name fields by (the editor adds its mnemonics to them).
FIELD_LABELS: dict[str, str] = {
    "stance": N_("Stance"),
    "priority": N_("Priority"),
    "objective": N_("Objective / desired outcome"),
    "key_messages": N_("Key messages"),
    "responses": N_("Responses if raised"),
    "fallback": N_("Fallback"),
    "red_line": N_("Red line"),
    "background": N_("Background"),
    "marking": N_("Sensitivity marking"),
    "tags": N_("Tags"),
    "status": N_("Status"),
    "progress": N_("Progress"),
    "evidence": N_("Evidence"),
    "as_of": N_("As of"),
    "reason": N_("Reason"),
}

#: A commitment's group (the sub-heading it stands under): labelled, but no position or status field.
GROUP_LABEL = N_("Group")


def field_label(name: str) -> str:
    """The English label of the field ``name``, marked for translation (``name`` itself if unknown)."""
    return FIELD_LABELS.get(name, name)


#: The default sensitivity marking scheme, lowest first.
DEFAULT_MARKINGS: tuple[str, ...] = ("UNCLASSIFIED", "PROTECTED A", "PROTECTED B", "CONFIDENTIAL", "SECRET")


#: Each marking as the book and the screens print it: the stored value stays the English one, the same in
#: every language; the catalogues give each government's own terms (Government of Canada French:
#: NON CLASSIFIÉ, PROTÉGÉ A, PROTÉGÉ B, CONFIDENTIEL, SECRET).
MARKING_LABELS: dict[str, str] = {
    "UNCLASSIFIED": N_("UNCLASSIFIED"),
    "PROTECTED A": N_("PROTECTED A"),
    "PROTECTED B": N_("PROTECTED B"),
    "CONFIDENTIAL": N_("CONFIDENTIAL"),
    "SECRET": N_("SECRET"),
}


def marking_label(marking: str) -> str:
    """A stored marking in the current language (a marking outside the scheme as it is)."""
    return _(MARKING_LABELS[marking]) if marking in MARKING_LABELS else marking


#: The names of the parties the importer knows, in English; shown through ``party_name``.
PARTY_NAMES: dict[str, str] = {
    "CA": N_("Canada"),
    "MX": N_("Mexico"),
    "US": N_("United States"),
    "AU": N_("Australia"),
    "IN": N_("India"),
    "JP": N_("Japan"),
    "GB": N_("United Kingdom"),
    "FR": N_("France"),
    "DE": N_("Germany"),
    "IT": N_("Italy"),
    "EU": N_("European Union"),
    "AR": N_("Argentina"),
    "BR": N_("Brazil"),
    "CL": N_("Chile"),
    "CO": N_("Colombia"),
    "PE": N_("Peru"),
    "EC": N_("Ecuador"),
    "UY": N_("Uruguay"),
    "PA": N_("Panama"),
    "CR": N_("Costa Rica"),
    "GT": N_("Guatemala"),
    "HN": N_("Honduras"),
    "SV": N_("El Salvador"),
    "DO": N_("Dominican Republic"),
    "HT": N_("Haiti"),
    "JM": N_("Jamaica"),
    "BB": N_("Barbados"),
    "BS": N_("Bahamas"),
    "CN": N_("China"),
    "KR": N_("Republic of Korea"),
    "ID": N_("Indonesia"),
    "MY": N_("Malaysia"),
    "SG": N_("Singapore"),
    "TH": N_("Thailand"),
    "VN": N_("Vietnam"),
    "PH": N_("Philippines"),
    "NZ": N_("New Zealand"),
    "FJ": N_("Fiji"),
    "CH": N_("Switzerland"),
    "LI": N_("Liechtenstein"),
    "ES": N_("Spain"),
    "PL": N_("Poland"),
    "CZ": N_("Czech Republic"),
    "FI": N_("Finland"),
    "SE": N_("Sweden"),
    "NO": N_("Norway"),
    "NL": N_("Netherlands"),
    "UA": N_("Ukraine"),
    "SA": N_("Saudi Arabia"),
    "AO": N_("Angola"),
    "ZA": N_("South Africa"),
    "KE": N_("Kenya"),
    "NG": N_("Nigeria"),
    "ZM": N_("Zambia"),
    "ASEAN": N_("ASEAN"),
    "CARICOM": N_("Caribbean Community"),
    "NATO": N_("NATO"),
    "PIF": N_("Pacific Islands Forum"),
    "AFU": N_("African Union"),
    "G20": N_("G20"),
    "APEC": N_("Asia-Pacific Economic Cooperation"),
    "OAS": N_("Organization of American States"),
}


def party_name(code: str, stored: str = "") -> str:
    """A party's name in the current language: a known party's translated, unless the store names it
    otherwise (a name given at import is the user's and is shown as it is)."""
    known = PARTY_NAMES.get(code)
    if known is not None and stored in ("", known):
        return _(known)
    return stored or code


def highest_marking(markings: list[str], scheme: tuple[str, ...] = DEFAULT_MARKINGS) -> str:
    """The highest of ``markings`` in ``scheme``; the lowest if none. An unknown marking is refused
    (ValidationError): skipping it could mark a book lower than what it holds."""
    from nals_desktop.domain.rules import check_marking  # the rules build on this module

    ranks = [scheme.index(check_marking(m, scheme)) for m in markings]
    return scheme[max(ranks)] if ranks else scheme[0]


def tab_letter(index: int) -> str:
    """Tab letters A…Z, then AA, AB… for summits with more than 26 pillars."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(ord("A") + rem) + letters
    return letters


#: Longest text accepted for one field typed by a user.
MAX_FIELD_CHARS = 100_000


@dataclass(slots=True)  # a 20 MB fact sheet holds hundreds of thousands
class ParsedCommitment:
    text: str
    children: list[ParsedCommitment] = field(default_factory=list)
    span: tuple[int, int] | None = None  # line span in the source document (1-based, inclusive)
    # The sub-heading it stands under within its pillar ("Supply Chains" under "ECONOMIC SECURITY"); children
    # are in their parent's group and carry none of their own.
    group: str | None = None

    def count(self) -> int:
        return 1 + sum(child.count() for child in self.children)


@dataclass(slots=True)
class ParsedPillar:
    title: str  # full heading, or the intro paragraph's first sentence where there is no heading
    intro: str
    short_title: str
    commitments: list[ParsedCommitment] = field(default_factory=list)


@dataclass
class ParsedSummit:
    title: str
    pillars: list[ParsedPillar]
    preamble: str = ""
    date: date | None = None
    location: str = ""
    host: str = ""
    parties: list[str] = field(default_factory=list)  # party codes, e.g. ["CA", "MX", "US"]

    @property
    def commitment_count(self) -> int:
        return sum(len(p.commitments) for p in self.pillars)

    def to_json(self) -> dict[str, object]:
        """The `nals import --dry-run --json` shape documented in DESIGN.md."""

        def item(c: ParsedCommitment) -> dict[str, object]:
            return {"text": c.text, "group": c.group, "children": [item(ch) for ch in c.children]}

        return {
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "location": self.location,
            "parties": list(self.parties),
            "pillars": [
                {
                    "title": p.title,
                    "short_title": p.short_title,
                    "intro": p.intro,
                    "commitments": [item(c) for c in p.commitments],
                }
                for p in self.pillars
            ],
        }
