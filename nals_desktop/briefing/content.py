"""The builder's whole input: plain frozen snapshots of a summit's content and the user's book request."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from nals_desktop.domain.errors import ValidationError
from nals_desktop.domain.model import ImplementationStatus, Priority, Stance
from nals_desktop.i18n import LANGUAGES, _, ngettext

#: Sections a book may contain, in the order they are printed.
SECTIONS: tuple[str, ...] = (
    "cover",
    "contents",
    "progress",
    "matrix",
    "compared",
    "pillars",
    "changes",
    "sources",
)
#: The sections printed when none are chosen: the overviews "progress" and "compared" are asked for.
DEFAULT_SECTIONS: frozenset[str] = frozenset(SECTIONS) - {"progress", "compared"}
MARKING_PLACEMENTS: tuple[str, ...] = ("top-bottom", "top", "bottom")
PAGE_SIZES: tuple[str, ...] = ("letter", "a4")


@dataclass(frozen=True)
class PartyView:
    code: str
    name: str


@dataclass(frozen=True)
class PositionView:
    """One party's position on one commitment (for other parties: our reading of it)."""

    party_code: str
    stance: Stance | None = None
    priority: Priority | None = None
    objective: str = ""
    key_messages: str = ""
    responses: str = ""
    fallback: str = ""
    red_line: str = ""
    background: str = ""
    marking: str = "UNCLASSIFIED"
    tags: tuple[str, ...] = ()
    updated_by: str = ""
    updated_at: datetime | None = None


@dataclass(frozen=True)
class StatusView:
    status: ImplementationStatus | None = None
    progress: int | None = None  # 0 to 100
    evidence: str = ""
    as_of: date | None = None
    reason: str = ""


@dataclass(frozen=True)
class ConflictView:
    """A field that received two different values no one has chosen between yet (see domain/merge.py)."""

    party_code: str | None  # None: the implementation status
    field: str  # the field's name ("stance"); the book prints its label
    shown: str  # the provisional value, as printed
    other: str  # the value kept beside it
    shown_by: str = ""
    other_by: str = ""


@dataclass(frozen=True)
class CommitmentView:
    reference: str
    text: str
    children: tuple[CommitmentView, ...] = ()
    status: StatusView | None = None
    positions: tuple[PositionView, ...] = ()
    updated_by: str = ""
    updated_at: datetime | None = None
    conflicts: tuple[ConflictView, ...] = ()  # open on its positions or status
    group: str | None = None  # the sub-heading it stands under within its pillar (top-level items only)


@dataclass(frozen=True)
class PillarView:
    tab: str
    short_title: str
    title: str
    intro: str = ""
    commitments: tuple[CommitmentView, ...] = ()


@dataclass(frozen=True)
class ChangeView:
    when: datetime
    who: str
    reference: str
    party_code: str | None = None
    fields: tuple[str, ...] = ()  # field names ("key_messages"); the annex prints their labels


@dataclass(frozen=True)
class SourceView:
    title: str
    publisher: str = ""
    checksum: str = ""


@dataclass(frozen=True)
class BookContent:
    """What the store holds for the book's scope (already narrowed to the chosen pillars/commitments)."""

    summit_title: str
    summit_date: date | None = None
    location: str = ""
    parties: tuple[PartyView, ...] = ()
    pillars: tuple[PillarView, ...] = ()
    changes: tuple[ChangeView, ...] = ()
    sources: tuple[SourceView, ...] = ()
    left_out: tuple[PartyView, ...] = ()  # parties not printed although their positions are recorded
    group: str | None = None  # the book holds only this group (sub-heading) of its one pillar

    @property
    def commitment_count(self) -> int:
        return sum(len(p.commitments) for p in self.pillars)

    @property
    def conflicted_count(self) -> int:
        """Printed commitments with an open conflict on their positions or status (each prints a note)."""
        return sum(bool(c.conflicts) for p in self.pillars for c in p.commitments)


@dataclass(frozen=True)
class BookRequest:
    """The options a user chooses for one book.

    ``parties`` lists whose positions to print (empty: every party of the summit); ``own_party``'s
    position is printed in full as "Our position". ``marking`` None means the highest marking of the
    printed positions (at least the lowest marking of the scheme). With ``reproducible`` the PDF's dates
    and ID are fixed, so the same content and request give the same bytes; pass ``printed_on`` too if
    rebuilds on another day must match.
    """

    title: str
    subtitle: str = ""
    prepared_for: str = ""
    prepared_by: str = ""
    copy_number: str = ""
    own_party: str | None = None
    parties: tuple[str, ...] = ()
    sections: frozenset[str] = DEFAULT_SECTIONS
    marking: str | None = None
    marking_placement: str = "top-bottom"
    changes_since: date | None = None
    reproducible: bool = False
    printed_on: date | None = None
    page_size: str = "letter"
    language: str = ""  # en, fr or es; empty: the language the app speaks
    #: Opens the PDF (AES-256; printing allowed, copying and changing not); never kept in preferences.
    password: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        unknown = set(self.sections) - set(SECTIONS)
        if unknown:
            raise ValidationError(
                ngettext(
                    "Unknown book section: {names}; choose from {known}.",
                    "Unknown book sections: {names}; choose from {known}.",
                    len(unknown),
                ).format(names=", ".join(sorted(unknown)), known=", ".join(SECTIONS))
            )
        if self.marking_placement not in MARKING_PLACEMENTS:
            raise ValidationError(
                _("Marking placement must be one of {known}, not {value!r}.").format(
                    known=", ".join(MARKING_PLACEMENTS), value=self.marking_placement
                )
            )
        if self.language and self.language not in LANGUAGES:
            raise ValidationError(
                _("Book language must be one of {known}, not {value!r}.").format(
                    known=", ".join(LANGUAGES), value=self.language
                )
            )
        if self.page_size not in PAGE_SIZES:
            raise ValidationError(
                _("Page size must be one of {known}, not {value!r}.").format(
                    known=", ".join(PAGE_SIZES), value=self.page_size
                )
            )
