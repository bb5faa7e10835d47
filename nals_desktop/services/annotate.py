"""Annotating: positions and implementation status, every save an immutable revision."""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from nals_desktop.domain.errors import NotFoundError, ValidationError
from nals_desktop.domain.model import DEFAULT_MARKINGS
from nals_desktop.domain.rules import (
    MAX_TAGS,
    POSITION_FIELDS,
    STATUS_FIELDS,
    TEXT_FIELDS,
    Changes,
    TagEdit,
    validate_position_changes,
    validate_status_changes,
)
from nals_desktop.i18n import _
from nals_desktop.services import revisions
from nals_desktop.services.browse import find_commitment, revision_dto
from nals_desktop.services.dto import RevisionDTO
from nals_desktop.services.identity import Author
from nals_desktop.store.engine import Store
from nals_desktop.store.models import (
    Commitment,
    Party,
    Position,
    Revision,
    StatusRecord,
    SummitParty,
    Tag,
    new_id,
)

# The rules live in domain/rules.py; their names stay importable from here for the CLI and the widgets.
__all__ = [
    "MAX_TAGS",
    "POSITION_FIELDS",
    "STATUS_FIELDS",
    "TEXT_FIELDS",
    "Changes",
    "TagEdit",
    "all_tags",
    "bulk_set_positions",
    "bulk_set_status",
    "commitment_id_for",
    "history",
    "restore_revision",
    "set_position",
    "set_status",
    "validate_position_changes",
    "validate_status_changes",
]


def _position_values(pos: Position) -> dict[str, Any]:
    values = {name: getattr(pos, name) for name in POSITION_FIELDS if name != "tags"}
    values["tags"] = sorted((t.name for t in pos.tags), key=str.casefold)
    return values


def _party_of_summit(session: Session, commitment: Commitment, code: str) -> Party:
    party = session.scalar(
        select(Party)
        .join(SummitParty, SummitParty.party_id == Party.id)
        .where(SummitParty.summit_id == commitment.summit_id, func.upper(Party.code) == code.strip().upper())
    )
    if party is None:
        codes = session.scalars(
            select(Party.code)
            .join(SummitParty, SummitParty.party_id == Party.id)
            .where(SummitParty.summit_id == commitment.summit_id)
            .order_by(SummitParty.ordinal)
        ).all()
        raise ValidationError(
            _("“{code}” is not a party of this summit ({codes}).").format(
                code=code, codes=", ".join(codes) or _("none")
            )
        )
    return party


def _tags(session: Session, names: Iterable[str]) -> list[Tag]:
    """The tags named ``names``, found whatever their case (Unicode, as the rules fold them), or created."""
    known = {t.name.casefold(): t for t in session.scalars(select(Tag))}
    tags = []
    for name in names:
        tag = known.get(name.casefold())
        if tag is None:
            tag = known[name.casefold()] = Tag(id=new_id(), name=name)
            session.add(tag)
        tags.append(tag)
    return tags


def _record(
    session: Session,
    *,
    entity_type: str,
    entity_id: str,
    commitment_id: str,
    party_code: str | None,
    parent_id: str | None,
    author: Author,
    changed: dict[str, list[Any]],
    snapshot: dict[str, Any],
    now: datetime,
) -> Revision:
    revision = Revision(
        id=new_id(),
        entity_type=entity_type,
        entity_id=entity_id,
        commitment_id=commitment_id,
        party_code=party_code,
        parent_id=parent_id,
        author=author.name,
        device_id=author.device_id,
        created_at=now,
        changed=changed,
        snapshot=snapshot,
        conflicts=_still_open(session.get(Revision, parent_id) if parent_id else None, changed),
    )
    session.add(revision)
    return revision


def _still_open(parent: Revision | None, changed: Mapping[str, Any]) -> list[dict[str, Any]] | None:
    """The parent's open conflicts that this save leaves open: saving a field settles its conflict only."""
    kept = [c for c in (parent.conflicts if parent else None) or () if c["field"] not in changed]
    return kept or None


def _apply_position(
    session: Session,
    commitment: Commitment,
    party_code: str,
    clean: dict[str, Any],
    author: Author,
    now: datetime,
    tag_edit: TagEdit | None = None,
) -> Revision | None:
    party = _party_of_summit(session, commitment, party_code)
    pos = session.scalar(
        select(Position).where(Position.commitment_id == commitment.id, Position.party_id == party.id)
    )
    if pos is None:
        pos = Position(
            id=new_id(),
            commitment_id=commitment.id,
            party_id=party.id,
            marking=DEFAULT_MARKINGS[0],
            objective="",
            key_messages="",
            responses="",
            fallback="",
            red_line="",
            background="",
        )
        pos.tags = []
        session.add(pos)
    before = _position_values(pos)
    if tag_edit is not None:
        clean = {**clean, **validate_position_changes({"tags": tag_edit.applied_to(before["tags"])})}
    changed = {k: [before[k], v] for k, v in clean.items() if before[k] != v}
    if not changed:
        return None
    for name, (_old, new) in changed.items():
        if name == "tags":
            pos.tags = _tags(session, new)
        else:
            setattr(pos, name, new)
    revision = _record(
        session,
        entity_type="position",
        entity_id=pos.id,
        commitment_id=commitment.id,
        party_code=party.code,
        parent_id=pos.head_revision_id,
        author=author,
        changed=changed,
        snapshot={**before, **clean},
        now=now,
    )
    pos.head_revision_id = revision.id
    pos.updated_at, pos.updated_by = now, author.name
    return revision


class _Latest(enum.Enum):
    LATEST = "latest"


#: ``based_on`` of a save that read nothing before (the CLI, bulk edits): it applies to the current values.
LATEST = _Latest.LATEST
BasedOn = str | None | Literal[_Latest.LATEST]


def set_position(
    store: Store,
    commitment_id: str,
    party_code: str,
    changes: Mapping[str, Any],
    author: Author,
    tag_edit: TagEdit | None = None,
    *,
    based_on: BasedOn = LATEST,
) -> Changes:
    """Save ``changes`` to one party's position; one revision, or none when nothing differs.

    ``based_on`` is the head revision (None: no revision yet) the editor showed when the user typed. When
    another program saved since, the edit is kept as a branch from that revision and merged with the newer
    head, field by field, never written over it. The last of the returned revisions is the new head.
    """
    if based_on is LATEST:
        return bulk_set_positions(store, [commitment_id], party_code, changes, author, tag_edit)
    clean = validate_position_changes(changes)
    with store.unit_of_work(write=True) as session:
        commitment = _commitment(session, commitment_id)
        party = _party_of_summit(session, commitment, party_code)
        head = session.scalar(
            select(Position.head_revision_id).where(
                Position.commitment_id == commitment.id, Position.party_id == party.id
            )
        )
        if head != based_on:
            return _branch(session, commitment, party.code, based_on, clean, author)
        revision = _apply_position(session, commitment, party.code, clean, author, _now(), tag_edit)
        return _changes([commitment.id], [revision] if revision else [], positions=True, tags="tags" in clean)


def _branch(
    session: Session,
    commitment: Commitment,
    party_code: str | None,
    based_on: str | None,
    clean: dict[str, Any],
    author: Author,
) -> Changes:
    """An edit made on an older head: a revision from that head, merged with the newer one."""
    kind = "status" if party_code is None else "position"
    base = session.get(Revision, based_on) if based_on else None
    if based_on and (base is None or base.commitment_id != commitment.id or base.entity_type != kind):
        raise NotFoundError(_("The values being edited are no longer in the store; reload and edit again."))
    before = dict(base.snapshot) if base else dict(revisions.DEFAULTS[kind])
    after = {**before, **clean}
    changed = {k: [before[k], v] for k, v in clean.items() if before[k] != v and k != "reason"}
    if not changed:
        return _changes([commitment.id], [])
    if "reason" in clean:
        changed["reason"] = [before["reason"], clean["reason"]]
    record = revisions.RevisionRecord(
        id=new_id(),
        entity_type=kind,
        commitment_id=commitment.id,
        party_code=party_code,
        parent_id=based_on,
        merge_parent_id=None,
        author=author.name,
        device_id=author.device_id,
        created_at=_now(),
        changed=changed,
        snapshot=after,
        conflicts=_still_open(base, changed),
    )
    report = revisions.integrate_in(session, [record])
    return dataclasses.replace(report.changes, merged=report.merges > 0)


def bulk_set_positions(
    store: Store,
    commitment_ids: Iterable[str],
    party_code: str,
    changes: Mapping[str, Any],
    author: Author,
    tag_edit: TagEdit | None = None,
) -> Changes:
    """The same changes on several commitments: one revision each, all in one transaction.

    ``tag_edit`` adds and removes tags on each commitment's own; ``changes["tags"]`` replaces them all.
    """
    clean = validate_position_changes(changes)
    if tag_edit is not None:
        if "tags" in clean:
            raise ValueError("replace the tags or edit them, not both")
        tag_edit = tag_edit.checked()
    ids = list(dict.fromkeys(commitment_ids))
    with store.unit_of_work(write=True) as session:
        now = _now()
        revisions = [
            r
            for cid in ids
            if (
                r := _apply_position(
                    session, _commitment(session, cid), party_code, clean, author, now, tag_edit
                )
            )
        ]
        return _changes(ids, revisions, positions=True, tags="tags" in clean or tag_edit is not None)


def _status_values(rec: StatusRecord | None) -> dict[str, Any]:
    if rec is None:
        return {"status": None, "progress": 0, "evidence": "", "as_of": None, "reason": ""}
    return {
        "status": rec.status,
        "progress": rec.progress,
        "evidence": rec.evidence,
        "as_of": rec.as_of.isoformat() if rec.as_of else None,
        "reason": rec.reason,
    }


def _apply_status(
    session: Session, commitment: Commitment, clean: dict[str, Any], author: Author, now: datetime
) -> Revision | None:
    rec = session.scalar(select(StatusRecord).where(StatusRecord.commitment_id == commitment.id))
    before = _status_values(rec)
    changed = {k: [before[k], v] for k, v in clean.items() if before[k] != v and k != "reason"}
    if not changed:
        return None
    if "status" in changed and not str(clean.get("reason", "")).strip():
        raise ValidationError(_("Say why the status changes: a reason is required."))
    if "reason" in clean:
        changed["reason"] = [before["reason"], clean["reason"]]
    after = {**before, **clean}
    if after["status"] is None:
        raise ValidationError(_("Choose a status first."))
    if rec is None:
        rec = StatusRecord(id=new_id(), commitment_id=commitment.id, status=after["status"])
        session.add(rec)
    rec.status, rec.progress, rec.evidence, rec.reason = (
        after["status"],
        after["progress"],
        after["evidence"],
        after["reason"],
    )
    rec.as_of = date.fromisoformat(after["as_of"]) if after["as_of"] else None
    revision = _record(
        session,
        entity_type="status",
        entity_id=rec.id,
        commitment_id=commitment.id,
        party_code=None,
        parent_id=rec.head_revision_id,
        author=author,
        changed=changed,
        snapshot=after,
        now=now,
    )
    rec.head_revision_id = revision.id
    rec.updated_at, rec.updated_by = now, author.name
    return revision


def set_status(
    store: Store,
    commitment_id: str,
    changes: Mapping[str, Any],
    author: Author,
    *,
    based_on: BasedOn = LATEST,
) -> Changes:
    """Save the implementation status; a change of status needs a reason. ``based_on`` as for positions."""
    clean = validate_status_changes(changes)
    with store.unit_of_work(write=True) as session:
        commitment = _commitment(session, commitment_id)
        if based_on is not LATEST:
            head = session.scalar(
                select(StatusRecord.head_revision_id).where(StatusRecord.commitment_id == commitment.id)
            )
            if head != based_on:
                return _branch(session, commitment, None, based_on, clean, author)
        revision = _apply_status(session, commitment, clean, author, _now())
        return _changes([commitment_id], [revision] if revision else [], status=True)


def bulk_set_status(
    store: Store, commitment_ids: Iterable[str], changes: Mapping[str, Any], author: Author
) -> Changes:
    clean = validate_status_changes(changes)
    ids = list(dict.fromkeys(commitment_ids))
    with store.unit_of_work(write=True) as session:
        now = _now()
        revisions = [
            r for cid in ids if (r := _apply_status(session, _commitment(session, cid), clean, author, now))
        ]
        return _changes(ids, revisions, status=True)


def restore_revision(store: Store, revision_id: str, author: Author) -> Changes:
    """Bring back the values a revision saved, as a new revision (nothing is rewritten)."""
    with store.unit_of_work(write=True) as session:
        old = session.get(Revision, revision_id)
        if old is None:
            raise NotFoundError(_("That revision does not exist."))
        commitment = _commitment(session, old.commitment_id)
        now = _now()
        if old.entity_type == "position":
            assert old.party_code is not None
            revision = _apply_position(
                session, commitment, old.party_code, validate_position_changes(old.snapshot), author, now
            )
            return _changes([commitment.id], [revision] if revision else [], positions=True, tags=True)
        snapshot = dict(old.snapshot)
        snapshot["reason"] = _("Restored the revision of {when}").format(
            when=old.created_at.strftime("%Y-%m-%d %H:%M")
        )
        revision = _apply_status(session, commitment, validate_status_changes(snapshot), author, now)
        return _changes([commitment.id], [revision] if revision else [], status=True)


def history(store: Store, commitment_id: str) -> list[RevisionDTO]:
    """A commitment's revisions, newest first."""
    with store.unit_of_work() as session:
        return [
            revision_dto(r)
            for r in session.scalars(
                select(Revision)
                .where(Revision.commitment_id == commitment_id)
                .order_by(Revision.created_at.desc(), Revision.id)
            )
        ]


def commitment_id_for(store: Store, reference: str, summit: str | None = None) -> str:
    with store.unit_of_work() as session:
        return find_commitment(session, reference, summit).id


def all_tags(store: Store) -> list[str]:
    with store.unit_of_work() as session:
        return list(session.scalars(select(Tag.name).order_by(func.lower(Tag.name))))


def _commitment(session: Session, commitment_id: str) -> Commitment:
    commitment = session.get(Commitment, commitment_id)
    if commitment is None:
        raise NotFoundError(_("That commitment no longer exists."))
    return commitment


def _now() -> datetime:
    return datetime.now(UTC)


def _changes(ids: Iterable[str], revisions: list[Revision] | None, **kinds: bool) -> Changes:
    revisions = revisions or []
    return Changes(frozenset(ids), revisions=tuple(r.id for r in revisions), **kinds)
