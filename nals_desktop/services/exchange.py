"""Importing a `nals export-json` file: summits with their positions, status and full revision history."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from nals_desktop.domain.errors import DocumentError
from nals_desktop.domain.model import ParsedCommitment, ParsedPillar, ParsedSummit
from nals_desktop.i18n import _
from nals_desktop.importers import MAX_DOCUMENT_BYTES
from nals_desktop.services.dto import ImportSummary
from nals_desktop.services.maintenance import JSON_FORMAT, JSON_FORMAT_VERSION
from nals_desktop.store.engine import Store
from nals_desktop.store.models import (
    Commitment,
    Party,
    Pillar,
    Position,
    Revision,
    SourceDocument,
    StatusRecord,
    Summit,
    SummitParty,
    Tag,
)


def read_export(path: Path) -> dict[str, Any]:
    """The export document in ``path``; DocumentError for anything that is not one this version reads."""
    try:
        if path.stat().st_size > MAX_DOCUMENT_BYTES * 10:
            raise DocumentError(
                _("{name}: the file is too large to be a NALS export.").format(name=path.name)
            )
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DocumentError(_("{name}: no such file").format(name=path)) from None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise DocumentError(
            _("{name}: not a readable JSON file ({error}).").format(name=path.name, error=exc)
        ) from exc
    if not isinstance(data, dict) or data.get("format") != JSON_FORMAT:
        raise DocumentError(_("{name}: not a NALS Desktop export.").format(name=path.name))
    if data.get("version") != JSON_FORMAT_VERSION:
        raise DocumentError(
            _("{name}: export format version {v} is not supported by this version.").format(
                name=path.name, v=data.get("version")
            )
        )
    return data


def as_parsed(summit: dict[str, Any]) -> ParsedSummit:
    """The structure of one exported summit, as a dry run shows it."""

    def item(c: dict[str, Any]) -> ParsedCommitment:
        return ParsedCommitment(c["text"], [item(ch) for ch in c.get("children", [])])

    return ParsedSummit(
        title=summit["title"],
        pillars=[
            ParsedPillar(p["title"], p["intro"], p["short_title"], [item(c) for c in p["commitments"]])
            for p in summit["pillars"]
        ],
        date=date.fromisoformat(summit["date"]) if summit.get("date") else None,
        location=summit.get("location", ""),
        parties=[p["code"] for p in summit.get("parties", [])],
    )


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def import_export(store: Store, data: dict[str, Any]) -> list[ImportSummary]:
    """Add the export's summits that the store does not have yet, whole, in one transaction."""
    summaries = []
    try:
        with store.unit_of_work() as session:
            parties = {p.code: p for p in session.scalars(select(Party))}
            tags = {t.name.lower(): t for t in session.scalars(select(Tag))}
            for s in data["summits"]:
                parsed = as_parsed(s)
                if session.get(Summit, s["id"]) is not None:
                    summaries.append(
                        ImportSummary(
                            s["id"], s["title"], len(parsed.pillars), parsed.commitment_count, created=False
                        )
                    )
                    continue
                summit = Summit(
                    id=s["id"],
                    title=s["title"],
                    date=parsed.date,
                    location=s.get("location", ""),
                    host=s.get("host", ""),
                )
                session.add(summit)
                for i, p in enumerate(s["parties"]):
                    if p["code"] not in parties:
                        parties[p["code"]] = Party(code=p["code"], name=p["name"])
                        session.add(parties[p["code"]])
                    session.add(SummitParty(summit_id=summit.id, party=parties[p["code"]], ordinal=i))
                for d in s["sources"]:
                    if session.scalar(
                        select(SourceDocument.id).where(SourceDocument.checksum == d["checksum"])
                    ):
                        continue  # the same document came in through another summit
                    session.add(
                        SourceDocument(
                            summit_id=summit.id,
                            title=d["title"],
                            file_name=d["file_name"],
                            publisher=d["publisher"],
                            language=d["language"],
                            fmt=d["format"],
                            checksum=d["checksum"],
                            raw_text=d["text"],
                        )
                    )
                for ordinal, p in enumerate(s["pillars"]):
                    pillar = Pillar(
                        id=p["id"],
                        summit_id=summit.id,
                        ordinal=ordinal,
                        tab=p["tab"],
                        short_title=p["short_title"],
                        title=p["title"],
                        intro=p["intro"],
                    )
                    session.add(pillar)
                    for k, c in enumerate(p["commitments"]):
                        _add_commitment(session, summit.id, pillar.id, None, k, c, parties, tags)
                session.flush()  # revisions have no ORM relationship to order them after their commitments
                for r in s["revisions"]:
                    session.add(
                        Revision(
                            id=r["id"],
                            entity_type=r["entity"],
                            entity_id=r["entity_id"],
                            commitment_id=r["commitment"],
                            party_code=r["party"],
                            parent_id=r["parent"],
                            merge_parent_id=r["merge_parent"],
                            author=r["author"],
                            device_id=r["device"],
                            created_at=_dt(r["created_at"]),
                            changed=r["changed"],
                            snapshot=r["snapshot"],
                        )
                    )
                summaries.append(
                    ImportSummary(
                        summit.id, summit.title, len(parsed.pillars), parsed.commitment_count, created=True
                    )
                )
    except (KeyError, TypeError, ValueError) as exc:
        raise DocumentError(
            _("The export is incomplete or damaged ({error}); nothing was imported.").format(error=exc)
        ) from exc
    return summaries


def _add_commitment(
    session: Any,
    summit_id: str,
    pillar_id: str,
    parent_id: str | None,
    ordinal: int,
    c: dict[str, Any],
    parties: dict[str, Party],
    tags: dict[str, Tag],
) -> None:
    session.add(
        Commitment(
            id=c["id"],
            summit_id=summit_id,
            pillar_id=pillar_id,
            parent_id=parent_id,
            ordinal=ordinal,
            reference=c["reference"],
            text=c["text"],
        )
    )
    for p in c.get("positions", []):
        position = Position(
            id=p["id"],
            commitment_id=c["id"],
            party=parties[p["party"]],
            stance=p["stance"],
            priority=p["priority"],
            objective=p["objective"],
            key_messages=p["key_messages"],
            responses=p["responses"],
            fallback=p["fallback"],
            red_line=p["red_line"],
            background=p["background"],
            marking=p["marking"],
            head_revision_id=p["head_revision"],
            updated_at=_dt(p.get("updated_at")),
            updated_by=p.get("updated_by", ""),
        )
        for name in p["tags"]:
            if name.lower() not in tags:
                tags[name.lower()] = Tag(name=name)
            position.tags.append(tags[name.lower()])
        session.add(position)
    status = c.get("status")
    if status:
        session.add(
            StatusRecord(
                commitment_id=c["id"],
                status=status["status"],
                progress=status["progress"],
                evidence=status["evidence"],
                reason=status["reason"],
                as_of=date.fromisoformat(status["as_of"]) if status["as_of"] else None,
                head_revision_id=status["head_revision"],
                updated_at=_dt(status.get("updated_at")),
                updated_by=status.get("updated_by", ""),
            )
        )
    for k, child in enumerate(c.get("children", [])):
        _add_commitment(session, summit_id, pillar_id, c["id"], k, child, parties, tags)
