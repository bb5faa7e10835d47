"""Integrating revisions into a store: the revision graph, its heads, fast-forwards and three-way merges."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, func, insert, select
from sqlalchemy.orm import Session, selectinload

from nals_desktop.domain.errors import NotFoundError, ValidationError
from nals_desktop.domain.merge import Conflict, merge_revision_id, merge_values
from nals_desktop.domain.model import DEFAULT_MARKINGS
from nals_desktop.domain.rules import (
    POSITION_FIELDS,
    STATUS_FIELDS,
    Changes,
    validate_position_changes,
    validate_status_changes,
)
from nals_desktop.i18n import _
from nals_desktop.services.identity import Author
from nals_desktop.store.engine import Store
from nals_desktop.store.models import (
    Commitment,
    Party,
    PeerRevision,
    Position,
    Revision,
    StatusRecord,
    SummitParty,
    Tag,
    new_id,
)

POSITION, STATUS = "position", "status"
#: The values of a position or status that has no revision yet: the base when two histories share none.
DEFAULTS: dict[str, dict[str, Any]] = {
    POSITION: {
        "stance": None,
        "priority": None,
        "objective": "",
        "key_messages": "",
        "responses": "",
        "fallback": "",
        "red_line": "",
        "background": "",
        "marking": DEFAULT_MARKINGS[0],
        "tags": [],
    },
    STATUS: {"status": None, "progress": 0, "evidence": "", "as_of": None, "reason": ""},
}
_FIELDS = {POSITION: frozenset(POSITION_FIELDS), STATUS: frozenset(STATUS_FIELDS)}
_CHUNK = 500  # ids per IN (...) query, well under SQLite's limit on bound parameters

#: (entity type, commitment id, party code): a position's identity on every laptop (row ids differ).
EntityKey = tuple[str, str, str | None]


@dataclass(frozen=True)
class RevisionRecord:
    """One revision as it travels between laptops: plain values, no ORM object, no local row id."""

    id: str
    entity_type: str
    commitment_id: str
    party_code: str | None
    parent_id: str | None
    merge_parent_id: str | None
    author: str
    device_id: str
    created_at: datetime
    changed: dict[str, Any]
    snapshot: dict[str, Any]
    conflicts: list[dict[str, Any]] | None = None

    @property
    def entity(self) -> EntityKey:
        return (self.entity_type, self.commitment_id, self.party_code)

    @property
    def key(self) -> tuple[str, str]:
        """The order of revisions on every laptop: the later one last, ties broken by id."""
        return (self.created_at.astimezone(UTC).isoformat(), self.id)

    @property
    def parents(self) -> tuple[str, ...]:
        return tuple(p for p in (self.parent_id, self.merge_parent_id) if p)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "entity": self.entity_type,
            "commitment": self.commitment_id,
            "party": self.party_code,
            "parent": self.parent_id,
            "merge_parent": self.merge_parent_id,
            "author": self.author,
            "device": self.device_id,
            "created_at": self.created_at.astimezone(UTC).isoformat(),
            "changed": self.changed,
            "snapshot": self.snapshot,
            "conflicts": self.conflicts,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> RevisionRecord:
        """The record in ``data``; ValidationError naming what is wrong."""
        try:
            created = datetime.fromisoformat(data["created_at"])
            record = cls(
                id=_text(data["id"]),
                entity_type=_text(data["entity"]),
                commitment_id=_text(data["commitment"]),
                party_code=_optional_text(data["party"]),
                parent_id=_optional_text(data["parent"]),
                merge_parent_id=_optional_text(data["merge_parent"]),
                author=_text(data["author"]),
                device_id=_text(data["device"]),
                created_at=created if created.tzinfo else created.replace(tzinfo=UTC),
                changed=dict(data["changed"]),
                snapshot=dict(data["snapshot"]),
                conflicts=None if data.get("conflicts") is None else [dict(c) for c in data["conflicts"]],
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ValidationError(
                _("A revision is incomplete or damaged ({error}).").format(error=exc)
            ) from None
        return record


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{value!r} is not text")
    return value


def _optional_text(value: Any) -> str | None:
    return None if value is None else _text(value)


def record_of(revision: Revision) -> RevisionRecord:
    return RevisionRecord(
        id=revision.id,
        entity_type=revision.entity_type,
        commitment_id=revision.commitment_id,
        party_code=revision.party_code,
        parent_id=revision.parent_id,
        merge_parent_id=revision.merge_parent_id,
        author=revision.author,
        device_id=revision.device_id,
        created_at=revision.created_at,
        changed=dict(revision.changed),
        snapshot=dict(revision.snapshot),
        conflicts=revision.conflicts,
    )


@dataclass(frozen=True)
class Outcome:
    """What integrating did to one position or status."""

    entity_type: str
    commitment_id: str
    reference: str
    party_code: str | None
    kind: str  # "new" | "fast-forward" | "merge"
    conflicts: tuple[str, ...] = ()  # fields newly in conflict


@dataclass(frozen=True)
class IntegrationReport:
    received: int
    added: int  # revisions the store did not have
    merges: int  # merge revisions written
    outcomes: tuple[Outcome, ...] = ()
    added_ids: tuple[str, ...] = field(default=(), repr=False)

    def of_kind(self, kind: str) -> list[Outcome]:
        return [o for o in self.outcomes if o.kind == kind]

    @property
    def conflicted(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.conflicts]

    @property
    def changes(self) -> Changes:
        return Changes(
            frozenset(o.commitment_id for o in self.outcomes),
            positions=any(o.entity_type == POSITION for o in self.outcomes),
            status=any(o.entity_type == STATUS for o in self.outcomes),
            tags=any(o.entity_type == POSITION for o in self.outcomes),
            revisions=self.added_ids,
        )


# --- checking incoming revisions --------------------------------------------------------------------------


def check_record(record: RevisionRecord) -> None:
    """Every rule a local save obeys, on one incoming revision; ValidationError naming the revision."""
    try:
        _check(record)
    except ValidationError as exc:
        raise ValidationError(
            _("Revision {id} is refused: {error}").format(id=record.id, error=exc)
        ) from None


def _check(record: RevisionRecord) -> None:
    if record.entity_type not in _FIELDS:
        raise ValidationError(_("“{kind}” is not a kind of revision.").format(kind=record.entity_type))
    if (record.entity_type == POSITION) != (record.party_code is not None):
        raise ValidationError(_("a position revision names its party, a status revision none."))
    if set(record.snapshot) != _FIELDS[record.entity_type]:
        raise ValidationError(_("its values are not those of a {kind}.").format(kind=record.entity_type))
    validate = validate_position_changes if record.entity_type == POSITION else validate_status_changes
    if validate(record.snapshot) != record.snapshot:
        raise ValidationError(_("it holds values that a save would have cleaned."))
    if not set(record.changed) <= _FIELDS[record.entity_type] or not all(
        isinstance(v, list) and len(v) == 2 for v in record.changed.values()
    ):
        raise ValidationError(_("its list of changes is damaged."))
    if record.merge_parent_id is not None:
        if record.parent_id is None or record.id != merge_revision_id(
            record.parent_id, record.merge_parent_id
        ):
            raise ValidationError(_("a merge revision's id is not the one its parents give."))
    elif record.entity_type == STATUS:
        if record.snapshot["status"] is None:
            raise ValidationError(_("Choose a status first."))
        reason, status = record.changed.get("reason"), record.changed.get("status")
        if status and status[0] != status[1] and not (reason and str(reason[1]).strip()):
            raise ValidationError(_("Say why the status changes: a reason is required."))
    for conflict in record.conflicts or ():
        if not {"field", "base", "ours", "theirs", "value"} <= set(conflict):
            raise ValidationError(_("its list of conflicts is damaged."))


# --- the graph ------------------------------------------------------------------------------------------


class _Graph:
    """One position's or status's revisions, with its heads, ancestors and merges."""

    def __init__(self, entity: EntityKey, records: Iterable[RevisionRecord]) -> None:
        self.entity = entity
        self.nodes = {r.id: r for r in records}
        self.created: list[RevisionRecord] = []

    def missing_parents(self) -> list[tuple[str, str]]:
        return [(r.id, p) for r in self.nodes.values() for p in r.parents if p not in self.nodes]

    def heads(self) -> list[RevisionRecord]:
        parents = {p for r in self.nodes.values() for p in r.parents}
        return sorted((r for r in self.nodes.values() if r.id not in parents), key=lambda r: r.key)

    def ancestors(self, rid: str) -> set[str]:
        seen: set[str] = set()
        stack = [rid]
        while stack:
            current = stack.pop()
            if current not in seen:
                seen.add(current)
                stack.extend(self.nodes[current].parents)
        return seen

    def common_ancestor(self, a: RevisionRecord, b: RevisionRecord) -> RevisionRecord | None:
        """The lowest common ancestor; of several (criss-cross merges), the one whose key sorts last."""
        common = self.ancestors(a.id) & self.ancestors(b.id)
        # Ancestors of a common ancestor are common too, so the lowest are those with no child among them.
        inner = {p for c in common for p in self.nodes[c].parents}
        lowest = [self.nodes[c] for c in common if c not in inner]
        return max(lowest, key=lambda r: r.key) if lowest else None

    def merge_heads(self) -> RevisionRecord:
        """The single head after merging every head into the next, in key order (the same everywhere)."""
        heads = self.heads()
        current = heads[0]
        for head in heads[1:]:
            current = self.merge(current, head)
        return current

    def merge(self, a: RevisionRecord, b: RevisionRecord) -> RevisionRecord:
        winner, other = (a, b) if a.key > b.key else (b, a)
        rid = merge_revision_id(winner.id, other.id)
        if rid in self.nodes:
            return self.nodes[rid]
        base = self.common_ancestor(winner, other)
        result = merge_values(
            base.snapshot if base else DEFAULTS[winner.entity_type],
            winner.snapshot,
            other.snapshot,
            ours_key=winner.key,
            theirs_key=other.key,
        )
        merged = replace(
            winner,
            id=rid,
            parent_id=winner.id,
            merge_parent_id=other.id,
            # Nothing of the laptop that merges goes in, so every laptop writes the identical revision.
            author="",
            device_id="",
            created_at=winner.created_at,
            changed={
                k: [winner.snapshot.get(k), v]
                for k, v in result.values.items()
                if winner.snapshot.get(k) != v
            },
            snapshot=result.values,
            conflicts=self.open_conflicts(result.conflicts, winner, other, base),
        )
        self.nodes[rid] = merged
        self.created.append(merged)
        return merged

    def open_conflicts(
        self,
        new: Sequence[Conflict],
        ours: RevisionRecord,
        theirs: RevisionRecord,
        base: RevisionRecord | None,
    ) -> list[dict[str, Any]] | None:
        """The conflicts open after a merge: its own, and the parents' still-open ones merged as a set.

        A conflict settled on one side (open at the base, gone on that side) stays settled.
        """

        def by_field(record: RevisionRecord | None) -> dict[str, dict[str, Any]]:
            return {c["field"]: c for c in (record.conflicts if record else None) or ()}

        o, t, b = by_field(ours), by_field(theirs), by_field(base)
        out: dict[str, dict[str, Any]] = {}
        for name in set(o) | set(t):
            co, ct, cb = o.get(name), t.get(name), b.get(name)
            kept = ct if (co == cb and ct != cb) else co
            if kept is not None:
                out[name] = kept
        for c in new:
            out[c.field] = {
                "field": c.field,
                "base": c.base,
                "ours": c.ours,
                "theirs": c.theirs,
                "value": c.value,
                "ours_revision": ours.id,
                "theirs_revision": theirs.id,
                "ours_author": self.author_of(ours),
                "theirs_author": self.author_of(theirs),
            }
        return [out[name] for name in sorted(out)] or None

    def author_of(self, record: RevisionRecord) -> str:
        """Who last saved the values: a merge is credited to its first parent's author."""
        while not record.author and record.merge_parent_id and record.parent_id in self.nodes:
            record = self.nodes[record.parent_id]
        return record.author


# --- integrating ------------------------------------------------------------------------------------------


def integrate(store: Store, records: Iterable[RevisionRecord], *, dry_run: bool = False) -> IntegrationReport:
    """Add the revisions the store lacks and bring each touched position and status to a single head.

    One transaction for the whole batch; any invalid revision refuses it all. ``dry_run`` reports what
    would happen and writes nothing. Integrating the same revisions again changes nothing.
    """
    batch = list({r.id: r for r in records}.values())
    with store.unit_of_work(write=True) as session:
        return integrate_in(session, batch, dry_run=dry_run)


def integrate_in(
    session: Session,
    batch: Sequence[RevisionRecord],
    *,
    dry_run: bool = False,
    known: set[str] | None = None,
    checked: bool = False,
) -> IntegrationReport:
    """``integrate`` inside an open session.

    ``known``: those of the batch's ids the store has, if the caller looked; ``checked``: the revisions the
    store lacks went through ``check_record`` already.
    """
    if known is None:
        known = existing_ids(session, [r.id for r in batch])
    incoming = [r for r in batch if r.id not in known]
    if not incoming:
        return IntegrationReport(received=len(batch), added=0, merges=0)
    for record in () if checked else incoming:  # those the store has were checked when they came
        check_record(record)
    commitments = _commitments(session, {r.commitment_id for r in incoming})
    for r in incoming:
        if r.commitment_id not in commitments:
            raise NotFoundError(
                _("Revision {id} is for a commitment this store does not have; nothing was imported.").format(
                    id=r.id
                )
            )
        if r.party_code is not None and r.party_code not in commitments[r.commitment_id][1]:
            raise ValidationError(
                _("Revision {id} is for the party “{code}”, which is not a party of that summit.").format(
                    id=r.id, code=r.party_code
                )
            )
    graphs = _graphs(session, incoming)
    heads = _local_heads(session, graphs)
    outcomes: list[Outcome] = []
    finals: dict[EntityKey, RevisionRecord] = {}
    for entity, graph in sorted(graphs.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2] or "")):
        missing = graph.missing_parents()
        if missing:
            rid, parent = missing[0]
            raise ValidationError(
                _(
                    "Revision {id} follows the revision {parent}, which neither the bundle nor the store "
                    "holds; nothing was imported."
                ).format(id=rid, parent=parent)
            )
        local = heads.get(entity)
        final = graph.merge_heads()
        finals[entity] = final
        if local is not None and final.id == local:
            continue
        before = {c["field"]: c for c in (graph.nodes[local].conflicts or ())} if local else {}
        new_conflicts = tuple(c["field"] for c in final.conflicts or () if before.get(c["field"]) != c)
        kind = "new" if local is None else "merge" if graph.created else "fast-forward"
        outcomes.append(
            Outcome(entity[0], entity[1], commitments[entity[1]][0], entity[2], kind, new_conflicts)
        )
    created = [r for g in graphs.values() for r in g.created]
    if not dry_run:
        _apply(session, graphs, finals, incoming + created, commitments)
    return IntegrationReport(
        received=len(batch),
        added=len(incoming),
        merges=len(created),
        outcomes=tuple(outcomes),
        added_ids=tuple(r.id for r in incoming + created),
    )


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]


def existing_ids(session: Session, ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(ids):
        found.update(session.scalars(select(Revision.id).where(Revision.id.in_(chunk))))
    return found


def known_commitments(session: Session, ids: Sequence[str]) -> set[str]:
    """Those of ``ids`` that are commitments of this store."""
    found: set[str] = set()
    for chunk in _chunks(ids):
        found.update(session.scalars(select(Commitment.id).where(Commitment.id.in_(chunk))))
    return found


def _commitments(session: Session, ids: set[str]) -> dict[str, tuple[str, frozenset[str]]]:
    """Each known commitment's reference and its summit's party codes."""
    rows: list[tuple[str, str, str]] = []
    for chunk in _chunks(sorted(ids)):
        rows += session.execute(
            select(Commitment.id, Commitment.reference, Commitment.summit_id).where(Commitment.id.in_(chunk))
        )
    parties: dict[str, set[str]] = {}
    for summit_id, code in session.execute(
        select(SummitParty.summit_id, Party.code)
        .join(Party, Party.id == SummitParty.party_id)
        .where(SummitParty.summit_id.in_({r[2] for r in rows}))
    ):
        parties.setdefault(summit_id, set()).add(code)
    return {cid: (ref, frozenset(parties.get(sid, ()))) for cid, ref, sid in rows}


def _graphs(session: Session, incoming: Sequence[RevisionRecord]) -> dict[EntityKey, _Graph]:
    touched = {r.entity for r in incoming}
    by_entity: dict[EntityKey, list[RevisionRecord]] = {e: [] for e in touched}
    for chunk in _chunks(sorted({e[1] for e in touched})):
        for record in _rows(session, Revision.commitment_id.in_(chunk)):
            if record.entity in by_entity:
                by_entity[record.entity].append(record)
    for r in incoming:
        by_entity[r.entity].append(r)
    return {e: _Graph(e, rs) for e, rs in by_entity.items()}


def _local_heads(session: Session, graphs: Mapping[EntityKey, _Graph]) -> dict[EntityKey, str | None]:
    ids = sorted({e[1] for e in graphs})
    heads: dict[EntityKey, str | None] = {}
    for chunk in _chunks(ids):
        for cid, code, head in session.execute(
            select(Position.commitment_id, Party.code, Position.head_revision_id)
            .join(Party, Party.id == Position.party_id)
            .where(Position.commitment_id.in_(chunk))
        ):
            heads[(POSITION, cid, code)] = head
        for cid, head in session.execute(
            select(StatusRecord.commitment_id, StatusRecord.head_revision_id).where(
                StatusRecord.commitment_id.in_(chunk)
            )
        ):
            heads[(STATUS, cid, None)] = head
    return heads


def _apply(
    session: Session,
    graphs: Mapping[EntityKey, _Graph],
    finals: Mapping[EntityKey, RevisionRecord],
    new: Sequence[RevisionRecord],
    commitments: Mapping[str, tuple[str, frozenset[str]]],
) -> None:
    parties = {p.code: p for p in session.scalars(select(Party))}
    tags = {t.name.casefold(): t for t in session.scalars(select(Tag))}
    codes = {p.id: p.code for p in parties.values()}
    rows: dict[EntityKey, Position | StatusRecord] = {}
    for chunk in _chunks(sorted({e[1] for e in finals})):
        for pos in session.scalars(
            select(Position).where(Position.commitment_id.in_(chunk)).options(selectinload(Position.tags))
        ):
            rows[(POSITION, pos.commitment_id, codes[pos.party_id])] = pos
        for rec in session.scalars(select(StatusRecord).where(StatusRecord.commitment_id.in_(chunk))):
            rows[(STATUS, rec.commitment_id, None)] = rec
    entity_ids: dict[EntityKey, str] = {}
    with session.no_autoflush:
        for entity, final in finals.items():
            entity_ids[entity] = _set_current(
                session, entity, rows.get(entity), final, graphs[entity].author_of(final), parties, tags
            )
    session.flush()
    values = [
        {
            "id": r.id,
            "entity_type": r.entity_type,
            "entity_id": entity_ids[r.entity],
            "commitment_id": r.commitment_id,
            "party_code": r.party_code,
            "parent_id": r.parent_id,
            "merge_parent_id": r.merge_parent_id,
            "author": r.author,
            "device_id": r.device_id,
            "created_at": r.created_at,
            "changed": r.changed,
            "snapshot": r.snapshot,
            "conflicts": r.conflicts,
        }
        for r in new
    ]
    if values:
        session.execute(insert(Revision), values)


def _set_current(
    session: Session,
    entity: EntityKey,
    row: Position | StatusRecord | None,
    head: RevisionRecord,
    author: str,
    parties: Mapping[str, Party],
    tags: dict[str, Tag],
) -> str:
    """Make ``head``'s values the current ones of its position or status; returns the row's id."""
    kind, commitment_id, code = entity
    values = head.snapshot
    if kind == POSITION:
        assert code is not None
        party = parties[code]
        pos = row if isinstance(row, Position) else None
        if pos is None:
            pos = Position(id=new_id(), commitment_id=commitment_id, party=party)
            session.add(pos)
        for name in POSITION_FIELDS:
            if name != "tags":
                setattr(pos, name, values[name])
        pos.tags = [_tag(session, tags, name) for name in values["tags"]]
        pos.head_revision_id, pos.updated_at, pos.updated_by = head.id, head.created_at, author
        return pos.id
    rec = row if isinstance(row, StatusRecord) else None
    if rec is None:
        rec = StatusRecord(id=new_id(), commitment_id=commitment_id)
        session.add(rec)
    rec.status, rec.progress, rec.evidence, rec.reason = (
        values["status"],
        values["progress"],
        values["evidence"],
        values["reason"],
    )
    rec.as_of = date.fromisoformat(values["as_of"]) if values["as_of"] else None
    rec.head_revision_id, rec.updated_at, rec.updated_by = head.id, head.created_at, author
    return rec.id


def _tag(session: Session, tags: dict[str, Tag], name: str) -> Tag:
    tag = tags.get(name.casefold())
    if tag is None:
        tag = tags[name.casefold()] = Tag(id=new_id(), name=name)
        session.add(tag)
    return tag


# --- reading back: records to send, open conflicts, resolving ---------------------------------------------


def revision_records(
    session: Session, summit_id: str | None = None, *, pillar_id: str | None = None, group: str | None = None
) -> list[RevisionRecord]:
    """Every revision of the store (or of one summit, or of one pillar or of one group of a pillar: its
    commitments and their child items), in key order."""
    if pillar_id is not None:
        return _rows(session, Revision.commitment_id.in_(commitments_under(pillar_id, group)))
    if summit_id is None:
        return _rows(session)
    summit_commitments = select(Commitment.id).where(Commitment.summit_id == summit_id)
    return _rows(session, Revision.commitment_id.in_(summit_commitments))


def commitments_under(pillar_id: str, group: str | None = None) -> Select[Any]:
    """The ids of a pillar's commitments, or of one group's (a child item is in its parent's group) with
    their child items at any depth."""
    if group is None:
        return select(Commitment.id).where(Commitment.pillar_id == pillar_id)
    under = (
        select(Commitment.id)
        .where(
            Commitment.pillar_id == pillar_id,
            Commitment.parent_id.is_(None),
            Commitment.group_title == group,
        )
        .cte("under", recursive=True)
    )
    under = under.union_all(select(Commitment.id).join(under, Commitment.parent_id == under.c.id))
    return select(under.c.id)


def records_not_held_by(session: Session, peer_id: str) -> list[RevisionRecord]:
    """The revisions of the store that the peer ``peer_id`` is not known to hold, in key order."""
    return _rows(session, Revision.id.not_in(_held_by(peer_id)))


def count_not_held_by(session: Session, peer_id: str) -> int:
    stmt = select(func.count()).select_from(Revision).where(Revision.id.not_in(_held_by(peer_id)))
    return session.scalar(stmt) or 0


def _held_by(peer_id: str) -> Select[Any]:
    return select(PeerRevision.revision_id).where(PeerRevision.peer_device_id == peer_id)


_COLUMNS = (
    Revision.id,
    Revision.entity_type,
    Revision.commitment_id,
    Revision.party_code,
    Revision.parent_id,
    Revision.merge_parent_id,
    Revision.author,
    Revision.device_id,
    Revision.created_at,
    Revision.changed,
    Revision.snapshot,
    Revision.conflicts,
)


def _rows(session: Session, *where: ColumnElement[bool]) -> list[RevisionRecord]:
    """Revisions as records, read as plain rows (no ORM objects: a bundle may hold 100,000)."""
    stmt = select(*_COLUMNS).where(*where).order_by(Revision.created_at, Revision.id)
    return [RevisionRecord(*row) for row in session.execute(stmt)]


@dataclass(frozen=True)
class OpenConflict:
    commitment_id: str
    reference: str
    entity_type: str
    party_code: str | None
    field: str
    base: Any
    ours: Any
    theirs: Any
    value: Any
    ours_author: str
    theirs_author: str
    revision_id: str  # the head that holds it
    ours_revision: str = ""  # the revisions whose values met (empty in exports of older versions)
    theirs_revision: str = ""
    ours_at: datetime | None = None  # when those values were saved
    theirs_at: datetime | None = None


def open_conflicts(
    store: Store, summit_id: str | None = None, *, commitment_id: str | None = None
) -> list[OpenConflict]:
    """The conflicts no one has settled yet (of a summit or of one commitment), by reference, party, field."""
    with store.unit_of_work() as session:
        rows: list[tuple[str, str, str | None, Revision]] = []
        for model in (Position, StatusRecord):
            stmt = (
                select(Commitment.id, Commitment.reference, Revision)
                .join(model, model.commitment_id == Commitment.id)
                .join(Revision, Revision.id == model.head_revision_id)
                .where(Revision.conflicts.is_not(None))
            )
            if summit_id is not None:
                stmt = stmt.where(Commitment.summit_id == summit_id)
            if commitment_id is not None:
                stmt = stmt.where(Commitment.id == commitment_id)
            rows += [(cid, ref, rev.party_code, rev) for cid, ref, rev in session.execute(stmt)]
        sides = {
            c.get(k)
            for *_r, rev in rows
            for c in rev.conflicts or ()
            for k in ("ours_revision", "theirs_revision")
        } - {None, ""}
        times: dict[str, datetime] = {}
        for chunk in _chunks(sorted(str(s) for s in sides)):
            stmt_times = select(Revision.id, Revision.created_at).where(Revision.id.in_(chunk))
            times.update({rid: at for rid, at in session.execute(stmt_times)})
        out = [
            OpenConflict(
                commitment_id=cid,
                reference=ref,
                entity_type=rev.entity_type,
                party_code=code,
                field=c["field"],
                base=c["base"],
                ours=c["ours"],
                theirs=c["theirs"],
                value=c["value"],
                ours_author=c.get("ours_author", ""),
                theirs_author=c.get("theirs_author", ""),
                revision_id=rev.id,
                ours_revision=c.get("ours_revision") or "",
                theirs_revision=c.get("theirs_revision") or "",
                ours_at=times.get(c.get("ours_revision") or ""),
                theirs_at=times.get(c.get("theirs_revision") or ""),
            )
            for cid, ref, code, rev in rows
            for c in rev.conflicts or ()
        ]
    return sorted(out, key=lambda c: (_ref_key(c.reference), c.party_code or "", c.field))


def _ref_key(reference: str) -> tuple[Any, ...]:
    return tuple(int(p) if p.isdigit() else p for p in reference.replace("-", ".").split("."))


def resolve(
    store: Store,
    commitment_id: str,
    party_code: str | None,
    field_name: str,
    author: Author,
    *,
    choice: str | None = None,
    value: Any = None,
) -> Changes:
    """Settle one open conflict with ``choice`` ("ours" or "theirs") or ``value``: a new revision."""
    entity: EntityKey = (POSITION if party_code else STATUS, commitment_id, party_code)
    with store.unit_of_work(write=True) as session:
        head = _head(session, entity)
        open_ = {c["field"]: c for c in head.conflicts or ()}
        if field_name not in open_:
            raise NotFoundError(_("“{field}” is not in conflict there.").format(field=field_name))
        conflict = open_.pop(field_name)
        chosen = conflict[choice] if choice in ("ours", "theirs") else value
        validate = validate_position_changes if entity[0] == POSITION else validate_status_changes
        clean = validate({field_name: chosen})[field_name]
        settled = {field_name: clean}
        if field_name == "status" and clean != head.snapshot["status"]:
            settled["reason"] = _reason_for(head, conflict, open_.pop("reason", None), clean)
        record = RevisionRecord(
            id=new_id(),
            entity_type=entity[0],
            commitment_id=commitment_id,
            party_code=party_code,
            parent_id=head.id,
            merge_parent_id=None,
            author=author.name,
            device_id=author.device_id,
            created_at=datetime.now(UTC),
            changed={k: [head.snapshot.get(k), v] for k, v in settled.items()},
            snapshot={**head.snapshot, **settled},
            conflicts=[open_[k] for k in sorted(open_)] or None,
        )
        check_record(record)  # what every other laptop will check when the settlement reaches it
        graph = _Graph(entity, [head, record])
        commitments = _commitments(session, {commitment_id})
        _apply(session, {entity: graph}, {entity: record}, [record], commitments)
        return Changes(
            frozenset({commitment_id}),
            positions=entity[0] == POSITION,
            status=entity[0] == STATUS,
            tags=field_name == "tags",
            revisions=(record.id,),
        )


def _reason_for(
    head: RevisionRecord, conflict: Mapping[str, Any], reason_conflict: Mapping[str, Any] | None, status: Any
) -> str:
    """The reason a settled status carries: a status change needs one, here as on every laptop.

    Settling on a side's status takes that side's reason with it (settling the reasons' conflict too);
    otherwise the reason shown stays.
    """
    reason = head.snapshot["reason"]
    if reason_conflict is not None:
        side = next((s for s in ("theirs", "ours") if conflict[s] == status), None)
        if side is not None:
            reason = reason_conflict[side]
    if not (reason and str(reason).strip()):
        raise ValidationError(_("Say why the status changes: a reason is required."))
    return str(reason)


def _head(session: Session, entity: EntityKey) -> RevisionRecord:
    kind, commitment_id, code = entity
    if kind == POSITION:
        head_id = session.scalar(
            select(Position.head_revision_id)
            .join(Party, Party.id == Position.party_id)
            .where(Position.commitment_id == commitment_id, Party.code == code)
        )
    else:
        head_id = session.scalar(
            select(StatusRecord.head_revision_id).where(StatusRecord.commitment_id == commitment_id)
        )
    revision = session.get(Revision, head_id) if head_id else None
    if revision is None:
        raise NotFoundError(_("There is nothing in conflict there."))
    return record_of(revision)
