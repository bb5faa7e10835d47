"""Importing a `nals export-json` file: summits with their positions, status and full revision history."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from nals_desktop.domain.errors import DocumentError, ValidationError
from nals_desktop.domain.model import ParsedCommitment, ParsedPillar, ParsedSummit
from nals_desktop.domain.rules import (
    POSITION_FIELDS,
    STATUS_FIELDS,
    FieldError,
    check_group,
    validate_position_changes,
    validate_status_changes,
)
from nals_desktop.i18n import _
from nals_desktop.importers import MAX_DOCUMENT_BYTES
from nals_desktop.services import revisions, sealing
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


def read_export(path: Path, passphrase: str | None = None) -> dict[str, Any]:
    """The export document in ``path``; DocumentError for anything that is not one this version reads.

    An export encrypted with a passphrase (``nals export-json --encrypt``) is read with ``passphrase``.
    """
    try:
        if path.stat().st_size > MAX_DOCUMENT_BYTES * 10:
            raise DocumentError(
                _("{name}: the file is too large to be a NALS export.").format(name=path.name)
            )
        raw = path.read_bytes()
        if raw.startswith(sealing.AGE_HEADER):
            raw = sealing.unseal(raw, passphrase, path.name)
        data = json.loads(raw.decode("utf-8"))
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
    check_export(data)  # a dry run refuses what the import would
    return data


def as_parsed(summit: dict[str, Any]) -> ParsedSummit:
    """The structure of one exported summit, as a dry run shows it."""

    def item(c: dict[str, Any]) -> ParsedCommitment:
        return ParsedCommitment(c["text"], [item(ch) for ch in c.get("children", [])], group=c.get("group"))

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
    """An export's time; one written without a zone is UTC, as every time the store writes is."""
    if not value:
        return None
    when = datetime.fromisoformat(value)
    return when if when.tzinfo else when.replace(tzinfo=UTC)


class _Checker:
    """Passes one export through the domain's rules before anything is written; the first problem is
    refused with a message naming where it is (summit, pillar, commitment, position, status or revision)."""

    def __init__(self) -> None:
        self.ids: dict[str, dict[str, str]] = {}  # kind -> id -> where it was first seen
        self.references: set[tuple[str, str]] = set()

    def refuse(self, where: str, problem: str) -> DocumentError:
        return DocumentError(
            _("{where}: {problem} Nothing was imported.").format(where=where, problem=problem)
        )

    def text(self, record: Any, key: str, where: str, *, empty: bool = True) -> str:
        value = record.get(key) if isinstance(record, dict) else None
        if not isinstance(value, str) or (not empty and not value.strip()):
            raise self.refuse(where, _("“{key}” is missing or is not text.").format(key=key))
        if "\x00" in value:
            raise self.refuse(where, _("“{key}” contains a NUL character.").format(key=key))
        return value

    def optional_text(self, record: dict[str, Any], key: str, where: str) -> str | None:
        return None if record.get(key) is None else self.text(record, key, where)

    def items(self, record: Any, key: str, where: str) -> list[Any]:
        value = record.get(key, []) if isinstance(record, dict) else None
        if not isinstance(value, list):
            raise self.refuse(where, _("“{key}” is not a list.").format(key=key))
        return value

    def new_id(self, kind: str, record: dict[str, Any], where: str) -> str:
        value = self.text(record, "id", where, empty=False)
        first = self.ids.setdefault(kind, {}).setdefault(value, where)
        if first is not where:
            raise self.refuse(
                where, _("its id {id} is also the id of {other}.").format(id=value, other=first)
            )
        return value

    def time(self, record: dict[str, Any], key: str, where: str) -> datetime | None:
        value = self.optional_text(record, key, where)
        try:
            return _dt(value)
        except ValueError:
            raise self.refuse(where, _("“{key}” is not a date and time.").format(key=key)) from None

    def rules(self, where: str, check: Any, values: Any) -> dict[str, Any]:
        if not isinstance(values, dict):
            raise self.refuse(where, _("the values are missing."))
        try:
            clean: dict[str, Any] = check(values)
        except ValidationError as exc:
            raise self.refuse(where, str(exc)) from None
        return clean

    def summit(self, s: Any) -> dict[str, Any]:
        if not isinstance(s, dict):
            raise self.refuse(_("The export"), _("a summit is not an object."))
        title = self.text(s, "title", _("A summit of the export"), empty=False)
        where = _("Summit “{title}”").format(title=title)
        clean: dict[str, Any] = {**s, "id": self.new_id("summit", s, where), "title": title}
        try:
            clean["date"] = date.fromisoformat(s["date"]) if s.get("date") else None
        except (TypeError, ValueError):
            raise self.refuse(where, _("“{key}” is not a date (YYYY-MM-DD).").format(key="date")) from None
        clean["location"] = self.text(s, "location", where) if "location" in s else ""
        clean["host"] = self.text(s, "host", where) if "host" in s else ""
        parties = {}
        for p in self.items(s, "parties", where):
            code = self.text(p, "code", where, empty=False)
            parties[code] = {"code": code, "name": self.text(p, "name", where)}
        clean["parties"] = list(parties.values())
        clean["sources"] = [
            {
                k: self.text(d, k, where)
                for k in ("title", "file_name", "publisher", "language", "format", "text")
            }
            | {"checksum": self.text(d, "checksum", where, empty=False)}
            for d in self.items(s, "sources", where)
        ]
        commitments: dict[str, str] = {}  # id -> reference
        clean["pillars"] = [
            self.pillar(p, clean["id"], parties, commitments) for p in self.items(s, "pillars", where)
        ]
        clean["revisions"] = [
            self.revision(r, where, parties, commitments) for r in self.items(s, "revisions", where)
        ]
        return clean

    def pillar(
        self, p: Any, summit_id: str, parties: dict[str, Any], commitments: dict[str, str]
    ) -> dict[str, Any]:
        tab = p.get("tab") if isinstance(p, dict) else None
        where = _("Pillar {tab}").format(tab=tab if isinstance(tab, str) and tab else "?")
        clean: dict[str, Any] = {
            "id": self.new_id("pillar", p, where),
            "tab": self.text(p, "tab", where, empty=False),
            **{k: self.text(p, k, where, empty=k == "intro") for k in ("short_title", "title", "intro")},
        }
        clean["commitments"] = [
            self.commitment(c, summit_id, parties, commitments) for c in self.items(p, "commitments", where)
        ]
        return clean

    def commitment(
        self, c: Any, summit_id: str, parties: dict[str, Any], commitments: dict[str, str]
    ) -> dict[str, Any]:
        ref = c.get("reference") if isinstance(c, dict) else None
        where = _("Commitment {ref}").format(ref=ref if isinstance(ref, str) and ref else "?")
        reference = self.text(c, "reference", where, empty=False)
        if (summit_id, reference) in self.references:
            raise self.refuse(where, _("the reference {ref} is given twice.").format(ref=reference))
        self.references.add((summit_id, reference))
        clean: dict[str, Any] = {"id": self.new_id("commitment", c, where), "reference": reference}
        clean["text"] = self.text(c, "text", where, empty=False)
        clean["group"] = self.rules(where, _group_record, c)["group"]  # absent in older exports: none
        commitments[clean["id"]] = reference
        clean["positions"] = []
        for p in self.items(c, "positions", where):
            party = p.get("party") if isinstance(p, dict) else None
            if party not in parties:
                raise self.refuse(
                    where, _("a position is for “{party}”, not a party of the summit.").format(party=party)
                )
            at = _("Commitment {ref}, position of {party}").format(
                ref=reference, party=parties[party]["name"] or party
            )
            values = self.rules(at, _position_record, p)
            clean["positions"].append(
                {
                    **values,
                    "id": self.new_id("position", p, at),
                    "party": party,
                    "head_revision": self.optional_text(p, "head_revision", at),
                    "updated_at": self.time(p, "updated_at", at),
                    "updated_by": self.text(p, "updated_by", at) if "updated_by" in p else "",
                }
            )
        status = c.get("status")
        if status is not None:
            at = _("Commitment {ref}, implementation status").format(ref=reference)
            values = self.rules(at, _status_record, status)
            clean["status"] = {
                **values,
                "head_revision": self.optional_text(status, "head_revision", at),
                "updated_at": self.time(status, "updated_at", at),
                "updated_by": self.text(status, "updated_by", at) if "updated_by" in status else "",
            }
        clean["children"] = [
            self.commitment(child, summit_id, parties, commitments)
            for child in self.items(c, "children", where)
        ]
        return clean

    def revision(
        self, r: Any, summit_where: str, parties: dict[str, Any], commitments: dict[str, str]
    ) -> dict[str, Any]:
        rid = r.get("id") if isinstance(r, dict) else None
        cid = r.get("commitment") if isinstance(r, dict) else None
        if cid not in commitments:
            raise self.refuse(
                summit_where,
                _("the revision {id} is of a commitment not in the summit ({cid}).").format(id=rid, cid=cid),
            )
        where = _("Commitment {ref}, revision {id}").format(ref=commitments[cid], id=rid)
        clean: dict[str, Any] = {"id": self.new_id("revision", r, where), "commitment": cid}
        entity = r.get("entity")
        if entity == "position":
            if r.get("party") not in parties:
                raise self.refuse(
                    where, _("“{party}” is not a party of the summit.").format(party=r.get("party"))
                )
            check = validate_position_changes
        elif entity == "status":
            check = validate_status_changes
        else:
            raise self.refuse(
                where, _("“{entity}” is neither a position nor a status.").format(entity=entity)
            )
        changed = r.get("changed")
        if not isinstance(changed, dict) or not all(
            isinstance(v, list) and len(v) == 2 for v in changed.values()
        ):
            raise self.refuse(where, _("“{key}” is not a list of changes.").format(key="changed"))
        clean["changed"] = {k: [old, new] for k, (old, new) in changed.items()}
        for side in (0, 1):
            self.rules(where, check, {k: v[side] for k, v in changed.items()})
        clean["snapshot"] = self.rules(where, check, r.get("snapshot"))
        clean["entity"] = entity
        clean["entity_id"] = self.text(r, "entity_id", where, empty=False)
        clean["party"] = r.get("party") if entity == "position" else None
        clean["parent"] = self.optional_text(r, "parent", where)
        clean["merge_parent"] = self.optional_text(r, "merge_parent", where)
        clean["author"] = self.text(r, "author", where)
        clean["device"] = self.text(r, "device", where)
        created = self.time(r, "created_at", where)
        if created is None:
            raise self.refuse(where, _("“{key}” is missing or is not text.").format(key="created_at"))
        clean["created_at"] = created
        conflicts = r.get("conflicts")  # absent in exports of 0.1.0
        if conflicts is not None and not (
            isinstance(conflicts, list) and all(isinstance(c, dict) for c in conflicts)
        ):
            raise self.refuse(where, _("“{key}” is not a list of conflicts.").format(key="conflicts"))
        clean["conflicts"] = conflicts
        return clean


def _position_record(values: dict[str, Any]) -> dict[str, Any]:
    """Every field of an exported position, through the rules (a missing one is refused as missing)."""
    return validate_position_changes({name: values.get(name) for name in POSITION_FIELDS})


def _group_record(values: dict[str, Any]) -> dict[str, Any]:
    return {"group": check_group(values.get("group"))}


def _status_record(values: dict[str, Any]) -> dict[str, Any]:
    clean = validate_status_changes({name: values.get(name) for name in STATUS_FIELDS})
    if clean["status"] is None:
        raise FieldError("status", _("Choose a status first."))
    return clean


def check_export(data: Any) -> list[dict[str, Any]]:
    """The summits of an export document, every value through the domain's rules and cleaned as a save would
    clean it; DocumentError, naming where and what, for the first that breaks one."""
    checker = _Checker()
    return [checker.summit(s) for s in checker.items(data, "summits", _("The export"))]


def import_export(store: Store, data: dict[str, Any], *, dry_run: bool = False) -> list[ImportSummary]:
    """Add the export's summits that the store does not have yet, whole, in one transaction; an export that
    breaks a rule anywhere is refused whole, before anything is written.

    For a summit the store has, the export's revisions go through the exchange's merge, as a bundle's do:
    new positions, fast-forwards and merges, conflicts kept; never written over a local edit.
    ``dry_run`` does all of it and keeps nothing.
    """
    summits = check_export(data)
    summaries = []
    with store.unit_of_work(write=True) as session:
        parties = {p.code: p for p in session.scalars(select(Party))}
        tags = {t.name.casefold(): t for t in session.scalars(select(Tag))}
        checksums = set(session.scalars(select(SourceDocument.checksum)))
        for s in summits:
            parsed = as_parsed(s | {"date": None})
            if session.get(Summit, s["id"]) is not None:
                report = revisions.integrate_in(session, [_revision_record(r) for r in s["revisions"]])
                groups = fill_missing_groups(session, s)
                summaries.append(
                    ImportSummary(
                        s["id"],
                        s["title"],
                        len(parsed.pillars),
                        parsed.commitment_count,
                        created=False,
                        revisions_added=report.added,
                        conflicts=len(report.conflicted),
                        groups_added=groups,
                    )
                )
                continue
            _refuse_ids_in_use(session, s)
            summit = Summit(
                id=s["id"], title=s["title"], date=s["date"], location=s["location"], host=s["host"]
            )
            session.add(summit)
            for i, p in enumerate(s["parties"]):
                if p["code"] not in parties:
                    parties[p["code"]] = Party(code=p["code"], name=p["name"])
                    session.add(parties[p["code"]])
                session.add(SummitParty(summit_id=summit.id, party=parties[p["code"]], ordinal=i))
            for d in s["sources"]:
                if d["checksum"] in checksums:
                    continue  # the same document came in through another summit
                checksums.add(d["checksum"])
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
                        created_at=r["created_at"],
                        changed=r["changed"],
                        snapshot=r["snapshot"],
                        conflicts=r["conflicts"],
                    )
                )
            summaries.append(
                ImportSummary(
                    summit.id, summit.title, len(parsed.pillars), parsed.commitment_count, created=True
                )
            )
        if dry_run:
            session.rollback()
    return summaries


def fill_missing_groups(session: Session, s: dict[str, Any]) -> int:
    """A summit the store has, as a checked export (or bundle) holds it: where the store's copy has no groups
    at all (an older version imported it, before groups), its top-level commitments get the export's groups,
    each only where the id, the reference and the text are the same. Groups are not edited by anyone, so
    nothing a person saved changes; a summit with groups already is left as it is (the groups of two
    versions of the importer are never mixed). Returns how many commitments got one."""
    incoming = {
        c["id"]: c for p in s["pillars"] for c in p["commitments"] if c.get("group") is not None
    }  # top level only: a child is in its parent's group
    if not incoming:
        return 0
    grouped = select(Commitment.id).where(
        Commitment.summit_id == s["id"], Commitment.group_title.is_not(None)
    )
    if session.scalar(grouped.limit(1)) is not None:
        return 0
    added = 0
    ids = list(incoming)
    for start in range(0, len(ids), 500):  # within SQLite's limit on bound parameters
        for stored in session.scalars(
            select(Commitment).where(
                Commitment.id.in_(ids[start : start + 500]),
                Commitment.summit_id == s["id"],
                Commitment.parent_id.is_(None),
            )
        ):
            c = incoming[stored.id]
            if (stored.reference, stored.text) == (c["reference"], c["text"]):
                stored.group_title = check_group(c["group"])
                added += 1
    return added


def _revision_record(r: dict[str, Any]) -> revisions.RevisionRecord:
    return revisions.RevisionRecord(
        id=r["id"],
        entity_type=r["entity"],
        commitment_id=r["commitment"],
        party_code=r["party"],
        parent_id=r["parent"],
        merge_parent_id=r["merge_parent"],
        author=r["author"],
        device_id=r["device"],
        created_at=r["created_at"],
        changed=r["changed"],
        snapshot=r["snapshot"],
        conflicts=r["conflicts"],
    )


def _walk(commitments: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for c in commitments:
        yield c
        yield from _walk(c["children"])


def _refuse_ids_in_use(session: Session, s: dict[str, Any]) -> None:
    """A new summit whose pillars, commitments, positions or revisions have ids this store already uses for
    others is refused (they would be written over, or clash)."""
    commitments = [c for p in s["pillars"] for c in _walk(p["commitments"])]
    kinds: list[tuple[Any, list[tuple[str, str]]]] = [
        (Pillar.id, [(p["id"], _("pillar {tab}").format(tab=p["tab"])) for p in s["pillars"]]),
        (Commitment.id, [(c["id"], _("commitment {ref}").format(ref=c["reference"])) for c in commitments]),
        (
            Position.id,
            [
                (p["id"], _("the position of {party} on {ref}").format(party=p["party"], ref=c["reference"]))
                for c in commitments
                for p in c["positions"]
            ],
        ),
        (Revision.id, [(r["id"], _("revision {id}").format(id=r["id"])) for r in s["revisions"]]),
    ]
    for column, items in kinds:
        names = dict(items)
        ids = list(names)
        for start in range(0, len(ids), 500):
            used = session.scalar(select(column).where(column.in_(ids[start : start + 500])).limit(1))
            if used is not None:
                raise DocumentError(
                    _(
                        "Summit “{title}”: the id of {what} is already used in this store by something else; "
                        "the export does not fit this store. Nothing was imported."
                    ).format(title=s["title"], what=names[used])
                )


def _add_commitment(
    session: Session,
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
            group_title=c["group"] if parent_id is None else None,
        )
    )
    for p in c["positions"]:
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
            updated_at=p["updated_at"],
            updated_by=p["updated_by"],
        )
        for name in p["tags"]:
            if name.casefold() not in tags:
                tags[name.casefold()] = Tag(name=name)
            position.tags.append(tags[name.casefold()])
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
                updated_at=status["updated_at"],
                updated_by=status["updated_by"],
            )
        )
    for k, child in enumerate(c["children"]):
        _add_commitment(session, summit_id, pillar_id, c["id"], k, child, parties, tags)
