"""What to check before importing: guessed titles, dates and places, odd pillars, text left out."""

from __future__ import annotations

from dataclasses import dataclass
from statistics import median

from nals_desktop.domain.model import party_name, tab_letter
from nals_desktop.i18n import _, ngettext
from nals_desktop.importers.detect import Reading

#: A pillar title longer than this is probably a sentence of the body, not a heading.
LONG_TITLE_CHARS = 100
#: A pillar this many times larger than the median one probably holds sections that were not told apart.
LARGE_FACTOR = 3
LARGE_MINIMUM = 12
#: More passages left out than this (and than commitments found): the document is mostly prose.
_PROSE_PASSAGES = 10


@dataclass(frozen=True)
class Warning:
    kind: str  # title_guessed, date_guessed, location_guessed, parties_guessed, parties_capped,
    # pillar_title_guessed, long_title, large_pillar, tiny_pillar, mostly_prose, left_out
    message: str
    pillar: str = ""  # the pillar's tab letter, where the warning is about one
    text: str = ""  # the text left out, for left_out

    def to_json(self) -> dict[str, str]:
        return {"kind": self.kind, "pillar": self.pillar, "message": self.message, "text": self.text}


def warnings(reading: Reading) -> list[Warning]:
    """The warnings of a reading, the summit's first, then each pillar's, then the text left out."""
    summit = reading.summit
    found: list[Warning] = []
    if "title" in reading.guessed:
        found.append(
            Warning("title_guessed", _("The title was guessed: “{title}”.").format(title=summit.title))
        )
    if "date" in reading.guessed and summit.date is not None:
        found.append(
            Warning(
                "date_guessed",
                _("The date was taken from the text: {date}.").format(date=summit.date.isoformat()),
            )
        )
    if "location" in reading.guessed:
        found.append(
            Warning(
                "location_guessed",
                _("The place was taken from the text: {location}.").format(location=summit.location),
            )
        )
    if reading.guessed_parties:
        found.append(
            Warning(
                "parties_guessed",
                _("Parties taken from the text, not its title: {parties}.").format(
                    parties=", ".join(party_name(code) for code in reading.guessed_parties)
                ),
            )
        )
    if reading.parties_found > len(summit.parties):
        found.append(
            Warning(
                "parties_capped",
                _(
                    "The text names {found} possible parties; only the {kept} most prominent were kept."
                ).format(found=reading.parties_found, kept=len(summit.parties)),
            )
        )
    sizes = [len(p.commitments) for p in summit.pillars]
    middle = median(sizes) if sizes else 0
    for index, pillar in enumerate(summit.pillars):
        tab = tab_letter(index)
        guessed = index < len(reading.guessed_pillars) and reading.guessed_pillars[index]
        if guessed:
            found.append(
                Warning(
                    "pillar_title_guessed",
                    _("Pillar {tab} has no heading; its title was taken from its text.").format(tab=tab),
                    tab,
                )
            )
        elif len(pillar.title) > LONG_TITLE_CHARS:
            found.append(Warning("long_title", _("Pillar {tab} has a long title.").format(tab=tab), tab))
        size = sizes[index]
        if len(sizes) > 1 and size >= LARGE_MINIMUM and size > LARGE_FACTOR * middle:
            found.append(
                Warning(
                    "large_pillar",
                    ngettext(
                        "Pillar {tab} holds {count} commitment, far more than the others.",
                        "Pillar {tab} holds {count} commitments, far more than the others.",
                        size,
                    ).format(tab=tab, count=size),
                    tab,
                )
            )
        elif len(sizes) > 2 and size == 1 and middle >= 4:
            found.append(
                Warning("tiny_pillar", _("Pillar {tab} holds a single commitment.").format(tab=tab), tab)
            )
    if not reading.paragraphs and len(reading.left_out) > max(_PROSE_PASSAGES, summit.commitment_count):
        found.append(
            Warning(
                "mostly_prose",
                _(
                    "Much of the text is prose that is not imported; a joint statement may read better in "
                    "paragraph mode."
                ),
            )
        )
    for text in reading.left_out:
        found.append(Warning("left_out", _("Not imported (no title, intro or item):"), text=text))
    return found
