"""The briefing-book dialog's remembered options: declared once, kept with the user's preferences."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from nals_desktop.briefing.content import DEFAULT_SECTIONS, MARKING_PLACEMENTS, PAGE_SIZES, SECTIONS
from nals_desktop.domain.model import DEFAULT_MARKINGS
from nals_desktop.i18n import LANGUAGES
from nals_desktop.ui.settings import Setting, SettingsFile, preferences

# User preferences (data_home()/preferences.ini), written when a book is built.
# A book's title, subtitle and parties are about one summit: kept per summit (key suffix: the summit's id).
BOOK_TITLE = Setting(
    "book/title", str, "", "Title on the cover and every page head (empty: “Briefing book”), per summit."
)
BOOK_SUBTITLE = Setting("book/subtitle", str, "", "Subtitle printed on the cover, per summit.")
BOOK_PREPARED_FOR = Setting("book/prepared_for", str, "", "Who the book is for (the principal).")
BOOK_PREPARED_BY = Setting(
    "book/prepared_by", str, "", "Who prepared the book (also the PDF's author field)."
)
BOOK_SECTIONS = Setting(
    "book/sections",
    str,
    ",".join(s for s in SECTIONS if s in DEFAULT_SECTIONS),
    "Sections to print, comma-separated.",
)
BOOK_PARTIES = Setting(
    "book/parties", str, "", "Parties whose positions are printed, comma-separated (empty: all), per summit."
)
BOOK_MARKING = Setting("book/marking", str, "", "Marking on every page (empty: the highest marking found).")
BOOK_PLACEMENT = Setting(
    "book/placement", str, "top-bottom", "Where the marking goes: top-bottom, top or bottom."
)
BOOK_PAGE_SIZE = Setting("book/page_size", str, "letter", "Paper: letter or a4.")
BOOK_SINCE = Setting(
    "book/changes_since", str, "", "Annex of changes since this date (YYYY-MM-DD; empty: none)."
)
BOOK_REPRODUCIBLE = Setting(
    "book/reproducible", int, 0, "1: rebuilding the same content gives the same bytes."
)
BOOK_LANGUAGE = Setting("book/language", str, "", "The book's language: en, fr or es (empty: the app's).")
BOOK_FOLDER = Setting("book/folder", str, "", "Folder the last book was written to.")


def _codes(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(c.strip().upper() for c in text.split(",") if c.strip()))


@dataclass(frozen=True)
class SummitOptions:
    """What the dialog fills in from the last book of one summit."""

    title: str = ""
    subtitle: str = ""
    parties: tuple[str, ...] = ()  # empty: every party of the summit


@dataclass(frozen=True)
class RememberedOptions:
    """What the dialog fills in from the last book of any summit (the copy number is per copy: not kept)."""

    prepared_for: str = ""
    prepared_by: str = ""
    sections: frozenset[str] = DEFAULT_SECTIONS
    marking: str | None = None  # None: the highest marking found
    placement: str = "top-bottom"
    page_size: str = "letter"
    changes_since: date | None = None
    reproducible: bool = False
    language: str = ""  # empty: the language the app speaks
    folder: str = ""


def load_options(prefs: SettingsFile | None = None) -> RememberedOptions:
    """The last options; anything unreadable or no longer valid falls back to its default."""
    prefs = prefs or preferences()
    defaults = RememberedOptions()
    sections = frozenset(s.strip() for s in prefs.get(BOOK_SECTIONS).split(",")) & set(SECTIONS)
    marking = prefs.get(BOOK_MARKING)
    placement = prefs.get(BOOK_PLACEMENT)
    page_size = prefs.get(BOOK_PAGE_SIZE)
    try:
        since = date.fromisoformat(prefs.get(BOOK_SINCE)) if prefs.get(BOOK_SINCE) else None
    except ValueError:
        since = None
    return replace(
        defaults,
        prepared_for=prefs.get(BOOK_PREPARED_FOR),
        prepared_by=prefs.get(BOOK_PREPARED_BY),
        sections=sections or defaults.sections,
        marking=marking if marking in DEFAULT_MARKINGS else None,
        placement=placement if placement in MARKING_PLACEMENTS else defaults.placement,
        page_size=page_size if page_size in PAGE_SIZES else defaults.page_size,
        changes_since=since,
        reproducible=bool(prefs.get(BOOK_REPRODUCIBLE)),
        language=prefs.get(BOOK_LANGUAGE) if prefs.get(BOOK_LANGUAGE) in LANGUAGES else "",
        folder=prefs.get(BOOK_FOLDER),
    )


def save_options(options: RememberedOptions, prefs: SettingsFile | None = None) -> None:
    prefs = prefs or preferences()
    prefs.set(BOOK_PREPARED_FOR, options.prepared_for)
    prefs.set(BOOK_PREPARED_BY, options.prepared_by)
    prefs.set(BOOK_SECTIONS, ",".join(s for s in SECTIONS if s in options.sections))
    prefs.set(BOOK_MARKING, options.marking or "")
    prefs.set(BOOK_PLACEMENT, options.placement)
    prefs.set(BOOK_PAGE_SIZE, options.page_size)
    prefs.set(BOOK_SINCE, options.changes_since.isoformat() if options.changes_since else "")
    prefs.set(BOOK_REPRODUCIBLE, int(options.reproducible))
    prefs.set(BOOK_LANGUAGE, options.language)
    prefs.set(BOOK_FOLDER, options.folder)
    prefs.sync()


def load_summit_options(summit_id: str, prefs: SettingsFile | None = None) -> SummitOptions:
    """The last book's title, subtitle and parties for this summit (nothing of another summit's)."""
    prefs = prefs or preferences()
    return SummitOptions(
        title=prefs.get(BOOK_TITLE, summit_id),
        subtitle=prefs.get(BOOK_SUBTITLE, summit_id),
        parties=_codes(prefs.get(BOOK_PARTIES, summit_id)),
    )


def save_summit_options(summit_id: str, options: SummitOptions, prefs: SettingsFile | None = None) -> None:
    prefs = prefs or preferences()
    prefs.set(BOOK_TITLE, options.title, summit_id)
    prefs.set(BOOK_SUBTITLE, options.subtitle, summit_id)
    prefs.set(BOOK_PARTIES, ",".join(options.parties), summit_id)
    prefs.sync()
