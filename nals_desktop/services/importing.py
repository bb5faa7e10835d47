"""Importing fact sheets: preview without writing, then one all-or-nothing transaction."""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from nals_desktop.domain import model
from nals_desktop.domain.errors import ValidationError
from nals_desktop.domain.model import ParsedCommitment, ParsedSummit, tab_letter
from nals_desktop.domain.rules import check_group
from nals_desktop.i18n import _
from nals_desktop.importers import SourceText, read_source, read_text
from nals_desktop.importers.parties import find_parties
from nals_desktop.importers.review import Warning, warnings
from nals_desktop.paths import resource_path
from nals_desktop.services.dto import ImportSummary
from nals_desktop.store.engine import Store
from nals_desktop.store.models import (
    Commitment,
    Party,
    Pillar,
    SourceDocument,
    Summit,
    SummitParty,
    utcnow,
)

Progress = Callable[[float, str], None]
INSERT_BATCH = 2000  # commitment rows written at a time (progress is reported after each batch)
ID_NAMESPACE = uuid.UUID("6f1c2a4e-2b1d-5c3e-9f7a-4e8d0b1c2a3f")

PARTY_NAMES = model.PARTY_NAMES  # English, as stored; shown through domain.model.party_name


@dataclass
class ImportOptions:
    """What the user may set over what the detector found."""

    title: str | None = None
    date: date | None = None
    location: str | None = None
    host: str | None = None
    parties: list[str] | None = None  # codes
    party_names: dict[str, str] = field(default_factory=dict)
    short_titles: list[str] | None = None
    publisher: str = ""
    language: str = ""
    paragraphs: bool = False  # paragraph mode: each substantive paragraph is a commitment


def derived_id(*parts: str) -> str:
    """A UUID derived from the source document, so the same fact sheet imported on two laptops gets the same
    summit, pillar and commitment ids, and their annotations can later be exchanged and merged."""
    return str(uuid.uuid5(ID_NAMESPACE, "/".join(parts)))


def checksum(text: str) -> str:
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()


def detect_parties(parsed: ParsedSummit) -> list[str]:
    """The parties of a summit read without them (the reader finds them in the whole document)."""
    texts = [parsed.preamble, *(p.intro for p in parsed.pillars[:1])]
    return find_parties(parsed.title, [t for t in texts if t]).codes


def apply_options(parsed: ParsedSummit, options: ImportOptions) -> ParsedSummit:
    """The summit as it will be stored: detected values with the user's choices over them."""
    if options.title is not None:
        parsed.title = options.title.strip() or parsed.title
    if options.date is not None:
        parsed.date = options.date
    if options.location is not None:
        parsed.location = options.location.strip()
    if options.host is not None:
        parsed.host = options.host.strip()
    if options.parties is not None:
        parsed.parties = [p.strip().upper() for p in options.parties if p.strip()]
    elif not parsed.parties:
        parsed.parties = detect_parties(parsed)
    for code in parsed.parties:
        if not re.fullmatch(r"[A-Z]{2,16}", code):
            raise ValidationError(
                _("“{code}” is not a party code (two or more letters, e.g. CA).").format(code=code)
            )
    if options.short_titles is not None:
        for pillar, short in zip(parsed.pillars, options.short_titles, strict=False):
            if short.strip():
                pillar.short_title = short.strip()
    return parsed


def preview_file(path: Path, options: ImportOptions | None = None) -> tuple[SourceText, ParsedSummit]:
    """Read and parse a file, writing nothing."""
    source, parsed, _warnings = review_file(path, options)
    return source, parsed


def preview_text(
    text: str, fmt: str = "txt", options: ImportOptions | None = None
) -> tuple[SourceText, ParsedSummit]:
    source, parsed, _warnings = review_text(text, fmt, options)
    return source, parsed


def review_file(
    path: Path, options: ImportOptions | None = None
) -> tuple[SourceText, ParsedSummit, list[Warning]]:
    """Read and parse a file, writing nothing; with what a person should check before importing it."""
    return _review(read_source(path), options or ImportOptions())


def review_text(
    text: str, fmt: str = "txt", options: ImportOptions | None = None
) -> tuple[SourceText, ParsedSummit, list[Warning]]:
    return _review(SourceText(text=text, fmt=fmt, name=""), options or ImportOptions())


def _review(source: SourceText, options: ImportOptions) -> tuple[SourceText, ParsedSummit, list[Warning]]:
    reading = read_text(source.text, source.fmt, source.name, paragraphs=options.paragraphs)
    found = warnings(reading)
    return source, apply_options(reading.summit, options), found


def _party(session: Session, code: str, name: str) -> Party:
    party = session.scalar(select(Party).where(Party.code == code))
    if party is None:
        party = Party(code=code, name=name)
        session.add(party)
    return party


def _commitment_rows(
    summit_id: str,
    pillar_id: str,
    items: list[ParsedCommitment],
    prefix: str,
    parent: str | None,
    rows: list[dict[str, object]],
    now: datetime,
) -> None:
    """Rows for ``items`` and their children, each parent before its children (the foreign key)."""
    for i, item in enumerate(items, start=1):
        ref = f"{prefix}{i}"
        row_id = derived_id(summit_id, ref)
        rows.append(
            {
                "id": row_id,
                "summit_id": summit_id,
                "pillar_id": pillar_id,
                "parent_id": parent,
                "ordinal": i - 1,
                "reference": ref,
                "text": item.text,
                "group_title": check_group(item.group) if parent is None else None,
                "span_start": item.span[0] if item.span else None,
                "span_end": item.span[1] if item.span else None,
                "updated_at": now,
            }
        )
        _commitment_rows(summit_id, pillar_id, item.children, ref + ".", row_id, rows, now)


def _without(intro: str, groups: set[str]) -> list[str]:
    """The paragraphs of ``intro`` that name none of ``groups``."""
    return [part for part in intro.split("\n\n") if part and part.rstrip(" :") not in groups]


def _add_missing_groups(session: Session, summit: Summit, parsed: ParsedSummit) -> int:
    """The same document imported again into a summit an older version imported (before groups): its
    commitments get the groups the document gives them, where the reference and the text are the same, and a
    pillar's intro that held only those sub-headings (and the intro proper) becomes the intro proper. Nothing
    else changes; a summit with groups already is left as it is. Returns how many commitments got one."""
    tabs = {p.tab: p for p in summit.pillars}
    if len(tabs) != len(parsed.pillars) or any(c.group_title for p in summit.pillars for c in p.commitments):
        return 0
    added = 0
    for i, parsed_pillar in enumerate(parsed.pillars):
        pillar = tabs.get(tab_letter(i))
        if pillar is None or len(pillar.commitments) != len(parsed_pillar.commitments):
            continue
        pairs = list(zip(pillar.commitments, parsed_pillar.commitments, strict=True))
        if any(stored.text != found.text for stored, found in pairs):
            continue  # not the structure this document gives today: left as it was
        groups = {found.group for _stored, found in pairs if found.group}
        for stored, found in pairs:
            if found.group:
                stored.group_title = check_group(found.group)
                added += 1
        if groups and _without(pillar.intro, groups) == _without(parsed_pillar.intro, groups):
            pillar.intro = parsed_pillar.intro
    return added


def store_summit(
    store: Store,
    source: SourceText,
    parsed: ParsedSummit,
    options: ImportOptions | None = None,
    progress: Progress | None = None,
) -> ImportSummary:
    """Write ``parsed`` in one transaction; the same document twice is recognised, not duplicated."""
    options = options or ImportOptions()
    digest = checksum(source.text)
    with store.unit_of_work(write=True) as session:
        existing = session.scalar(select(SourceDocument).where(SourceDocument.checksum == digest))
        if existing is not None:
            summit = existing.summit
            return ImportSummary(
                summit.id,
                summit.title,
                len(summit.pillars),
                sum(len(p.commitments) for p in summit.pillars),
                created=False,
                groups_added=_add_missing_groups(session, summit, parsed),
            )
        summit = Summit(
            id=derived_id(digest),
            title=parsed.title,
            date=parsed.date,
            location=parsed.location,
            host=parsed.host,
        )
        session.add(summit)
        for i, code in enumerate(parsed.parties):
            name = options.party_names.get(code) or PARTY_NAMES.get(code, code)
            session.add(SummitParty(summit_id=summit.id, party=_party(session, code, name), ordinal=i))
        session.add(
            SourceDocument(
                summit_id=summit.id,
                title=parsed.title,
                file_name=source.name,
                publisher=options.publisher,
                language=options.language,
                fmt=source.fmt,
                checksum=digest,
                raw_text=source.text,
            )
        )
        session.flush()
        # Bulk inserts, a batch of pillars at a time: the ORM's unit of work costs about 1 ms a row.
        total, now = len(parsed.pillars), utcnow()
        pillars: list[dict[str, object]] = []
        commitments: list[dict[str, object]] = []
        for i, parsed_pillar in enumerate(parsed.pillars):
            tab = tab_letter(i)
            pillar_id = derived_id(summit.id, tab)
            pillars.append(
                {
                    "id": pillar_id,
                    "summit_id": summit.id,
                    "ordinal": i,
                    "tab": tab,
                    "short_title": parsed_pillar.short_title,
                    "title": parsed_pillar.title,
                    "intro": parsed_pillar.intro,
                }
            )
            _commitment_rows(
                summit.id, pillar_id, parsed_pillar.commitments, f"{tab}-", None, commitments, now
            )
            if len(commitments) >= INSERT_BATCH or i + 1 == total:
                session.execute(insert(cast(Table, Pillar.__table__)), pillars)
                if commitments:
                    session.execute(insert(cast(Table, Commitment.__table__)), commitments)
                pillars, commitments = [], []
                if progress:
                    progress(
                        (i + 1) / total,
                        _("Pillar {tab}: {title}").format(tab=tab, title=parsed_pillar.short_title),
                    )
        return ImportSummary(summit.id, summit.title, total, parsed.commitment_count, created=True)


def import_file(
    store: Store, path: Path, options: ImportOptions | None = None, progress: Progress | None = None
) -> ImportSummary:
    source, parsed = preview_file(path, options)
    return store_summit(store, source, parsed, options, progress)


def seed_options() -> tuple[Path, ImportOptions]:
    """The bundled NALS 2023 fact sheet and its curated metadata."""
    meta = json.loads(resource_path("seed", "nals-2023.json").read_text(encoding="utf-8"))
    return resource_path("seed", meta["document"]), ImportOptions(
        title=meta["title"],
        date=date.fromisoformat(meta["date"]),
        location=meta["location"],
        host=meta["host"],
        parties=[p["code"] for p in meta["parties"]],
        party_names={p["code"]: p["name"] for p in meta["parties"]},
        short_titles=meta["short_titles"],
        publisher=meta["publisher"],
        language=meta["language"],
    )


def import_seed(store: Store) -> ImportSummary:
    path, options = seed_options()
    return import_file(store, path, options)
