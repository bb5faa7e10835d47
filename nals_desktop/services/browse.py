"""Browsing: summits, pillars, commitments and one commitment's details."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, selectinload

from nals_desktop.domain.errors import NotFoundError
from nals_desktop.i18n import _, ngettext, number
from nals_desktop.services.dto import (
    CommitmentDetail,
    CommitmentRow,
    PartyDTO,
    PillarDTO,
    PositionDTO,
    RevisionDTO,
    SourceDTO,
    StatusDTO,
    SummitDTO,
)
from nals_desktop.store.engine import Store
from nals_desktop.store.models import (
    Commitment,
    Pillar,
    Position,
    Revision,
    SourceDocument,
    StatusRecord,
    Summit,
    SummitParty,
)


def top_level_count() -> ColumnElement[int]:
    """How many top-level commitments a GROUP BY group holds: its rows minus its child items.

    Grouped by pillar, SQLite counts this on the (pillar, parent, ordinal) index alone; a WHERE parent_id IS
    NULL would make it visit every top-level row instead (3 to 5 times slower at 100,000 commitments).
    """
    return func.count() - func.count(Commitment.parent_id)


def _summit_dtos(session: Session, only: str | None = None) -> list[SummitDTO]:
    """Every summit (or ``only`` that one), numbered in import order."""
    order = (Summit.created_at, Summit.id)
    numbers = {sid: i for i, sid in enumerate(session.scalars(select(Summit.id).order_by(*order)), start=1)}
    stmt = (
        select(Summit).options(selectinload(Summit.parties).selectinload(SummitParty.party)).order_by(*order)
    )
    pillars = select(Pillar.summit_id, func.count()).group_by(Pillar.summit_id)
    commitments = (  # joined through the pillars, so that the counting reads only the pillar index
        select(Pillar.summit_id, top_level_count())
        .join(Pillar, Pillar.id == Commitment.pillar_id)
        .group_by(Pillar.summit_id)
    )
    if only is not None:
        stmt = stmt.where(Summit.id == only)
        pillars = pillars.where(Pillar.summit_id == only)
        commitments = commitments.where(Pillar.summit_id == only)
    pillar_counts = dict(session.execute(pillars).all())
    commitment_counts = dict(session.execute(commitments).all())
    return [
        SummitDTO(
            id=s.id,
            number=numbers[s.id],
            title=s.title,
            date=s.date,
            location=s.location,
            host=s.host,
            parties=tuple(PartyDTO(sp.party.code, sp.party.name) for sp in s.parties),
            pillar_count=pillar_counts.get(s.id, 0),
            commitment_count=commitment_counts.get(s.id, 0),
        )
        for s in session.scalars(stmt)
    ]


def list_summits(store: Store) -> list[SummitDTO]:
    with store.unit_of_work() as session:
        return _summit_dtos(session)


def resolve_summit(session: Session, key: str | None) -> SummitDTO:
    """The summit named by ``key``: its number, an id prefix or part of its title (None: the latest)."""
    summits = _summit_dtos(session)
    if not summits:
        raise NotFoundError(_("The store has no summits yet; import a fact sheet first."))
    if key is None:
        if len(summits) == 1:
            return summits[0]
        return summits[-1]
    key = key.strip()
    if key.isdigit() and 1 <= int(key) <= len(summits):
        return summits[int(key) - 1]
    matches = [s for s in summits if s.id.startswith(key.lower())] or [
        s for s in summits if key.casefold() in s.title.casefold()
    ]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise NotFoundError(_("No summit matches “{key}”; `nals summits` lists them.").format(key=key))
    raise NotFoundError(
        ngettext(
            "“{key}” matches {n} summit; give its number from `nals summits`.",
            "“{key}” matches {n} summits; give its number from `nals summits`.",
            len(matches),
        ).format(key=key, n=number(len(matches)))
    )


def _pillar_dto(pillar: Pillar, count: int) -> PillarDTO:
    return PillarDTO(
        id=pillar.id,
        summit_id=pillar.summit_id,
        ordinal=pillar.ordinal,
        tab=pillar.tab,
        short_title=pillar.short_title,
        title=pillar.title,
        intro=pillar.intro,
        commitment_count=count,
    )


def pillar_dtos(session: Session, summit_id: str) -> list[PillarDTO]:
    counts = dict(
        session.execute(
            select(Commitment.pillar_id, func.count())
            .where(Commitment.summit_id == summit_id, Commitment.parent_id.is_(None))
            .group_by(Commitment.pillar_id)
        ).all()
    )
    pillars = session.scalars(select(Pillar).where(Pillar.summit_id == summit_id).order_by(Pillar.ordinal))
    return [_pillar_dto(p, counts.get(p.id, 0)) for p in pillars]


def list_pillars(store: Store, summit: str | None = None) -> tuple[SummitDTO, list[PillarDTO]]:
    with store.unit_of_work() as session:
        found = resolve_summit(session, summit)
        return found, pillar_dtos(session, found.id)


def resolve_pillar(pillars: list[PillarDTO], key: str) -> PillarDTO:
    """A pillar by tab letter, number or part of its short title."""
    key = key.strip()
    for test in (
        lambda p: p.tab.casefold() == key.casefold(),
        lambda p: key.isdigit() and p.ordinal == int(key) - 1,
        lambda p: key.casefold() in p.short_title.casefold(),
        lambda p: key.casefold() in p.title.casefold(),
    ):
        matches = [p for p in pillars if test(p)]
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            break
    raise NotFoundError(_("No single pillar matches “{key}”; `nals pillars` lists them.").format(key=key))


def resolve_group(session: Session, summit_id: str, pillar_ids: Iterable[str], key: str) -> tuple[str, str]:
    """A group (the sub-heading commitments stand under) by its title or part of it, as (pillar id, title):
    within the given pillars, or the whole summit when none is given."""
    key = key.strip()
    stmt = (
        select(Commitment.pillar_id, Commitment.group_title)
        .join(Pillar, Pillar.id == Commitment.pillar_id)
        .where(Commitment.summit_id == summit_id, Commitment.group_title.is_not(None))
        .group_by(Commitment.pillar_id, Commitment.group_title)
        .order_by(Pillar.ordinal, func.min(Commitment.ordinal))
    )
    pillars = list(pillar_ids)
    if pillars:
        stmt = stmt.where(Commitment.pillar_id.in_(pillars))
    groups = [(pillar_id, title) for pillar_id, title in session.execute(stmt) if title]
    for test in (
        lambda title: title.casefold() == key.casefold(),
        lambda title: bool(key) and key.casefold() in title.casefold(),
    ):
        matches = [g for g in groups if test(g[1])]
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            break
    raise NotFoundError(
        _("No single group matches “{key}”; `nals list --json` shows each commitment's group.").format(
            key=key
        )
    )


def commitment_rows(session: Session, commitments: list[Commitment]) -> list[CommitmentRow]:
    """Table rows for ``commitments`` with their stances, priority and status, in three queries."""
    ids = [c.id for c in commitments]
    tabs = dict(
        session.execute(
            select(Pillar.id, Pillar.tab).where(Pillar.id.in_({c.pillar_id for c in commitments}))
        ).all()
    )
    positions: dict[str, list[Position]] = {}
    for pos in session.scalars(
        select(Position).where(Position.commitment_id.in_(ids)).options(selectinload(Position.party))
    ):
        positions.setdefault(pos.commitment_id, []).append(pos)
    statuses = dict(
        session.execute(
            select(StatusRecord.commitment_id, StatusRecord.status).where(StatusRecord.commitment_id.in_(ids))
        ).all()
    )
    rows = []
    for c in commitments:
        own = positions.get(c.id, [])
        rows.append(
            CommitmentRow(
                id=c.id,
                summit_id=c.summit_id,
                pillar_id=c.pillar_id,
                reference=c.reference,
                tab=tabs.get(c.pillar_id, ""),
                text=c.text,
                stances={p.party.code: p.stance for p in own},
                priority=next((p.priority for p in own if p.priority), None),
                status=statuses.get(c.id),
                updated_at=max([c.updated_at, *(p.updated_at for p in own)]),
                group=c.group_title,
            )
        )
    return rows


def list_commitments(
    store: Store,
    summit: str | None = None,
    pillar: str | None = None,
    *,
    group: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> tuple[SummitDTO, list[CommitmentRow]]:
    """The summit's top-level commitments in the document's order: of one pillar, or of one group (named by
    its title or part of it: within ``pillar``, or the only group of the summit that matches)."""
    with store.unit_of_work() as session:
        found = resolve_summit(session, summit)
        stmt = (
            select(Commitment)
            .join(Pillar, Pillar.id == Commitment.pillar_id)
            .where(Commitment.summit_id == found.id, Commitment.parent_id.is_(None))
            .order_by(Pillar.ordinal, Commitment.ordinal)
            .offset(offset)
            .limit(limit)
        )
        pillar_id = resolve_pillar(pillar_dtos(session, found.id), pillar).id if pillar is not None else None
        if group is not None:
            pillar_id, title = resolve_group(session, found.id, [pillar_id] if pillar_id else [], group)
            stmt = stmt.where(Commitment.group_title == title)
        if pillar_id is not None:
            stmt = stmt.where(Commitment.pillar_id == pillar_id)
        return found, commitment_rows(session, list(session.scalars(stmt)))


def find_commitment(session: Session, reference: str, summit: str | None = None) -> Commitment:
    """The commitment with ``reference`` (e.g. "B-3"), in ``summit`` or in the only summit that has it."""
    ref = reference.strip().upper()
    stmt = select(Commitment).where(func.upper(Commitment.reference) == ref)
    if summit is not None:
        stmt = stmt.where(Commitment.summit_id == resolve_summit(session, summit).id)
    found = session.scalars(stmt).all()
    if len(found) == 1:
        return found[0]
    if not found:
        raise NotFoundError(_("No commitment {ref}; `nals list` shows the references.").format(ref=reference))
    raise NotFoundError(
        ngettext(
            "{ref} exists in {n} summit; say which with --summit.",
            "{ref} exists in {n} summits; say which with --summit.",
            len(found),
        ).format(ref=reference, n=number(len(found)))
    )


def position_dto(pos: Position) -> PositionDTO:
    return PositionDTO(
        id=pos.id,
        party_code=pos.party.code,
        stance=pos.stance,
        priority=pos.priority,
        objective=pos.objective,
        key_messages=pos.key_messages,
        responses=pos.responses,
        fallback=pos.fallback,
        red_line=pos.red_line,
        background=pos.background,
        marking=pos.marking,
        tags=tuple(t.name for t in pos.tags),
        updated_at=pos.updated_at,
        updated_by=pos.updated_by,
        head_revision_id=pos.head_revision_id,
    )


def status_dto(rec: StatusRecord | None) -> StatusDTO | None:
    if rec is None:
        return None
    return StatusDTO(
        status=rec.status,
        progress=rec.progress,
        evidence=rec.evidence,
        as_of=rec.as_of,
        reason=rec.reason,
        updated_at=rec.updated_at,
        updated_by=rec.updated_by,
        head_revision_id=rec.head_revision_id,
    )


def revision_dto(rev: Revision) -> RevisionDTO:
    return RevisionDTO(
        id=rev.id,
        entity_type=rev.entity_type,
        party_code=rev.party_code,
        parent_id=rev.parent_id,
        author=rev.author,
        device_id=rev.device_id,
        created_at=rev.created_at,
        changed=dict(rev.changed),
        snapshot=dict(rev.snapshot),
        merge_parent_id=rev.merge_parent_id,
        conflict_fields=tuple(c["field"] for c in rev.conflicts or ()),
    )


def _detail(
    session: Session,
    c: Commitment,
    summit: SummitDTO,
    pillar: PillarDTO,
    *,
    history: bool,
    group: str | None = None,
) -> CommitmentDetail:
    party_order = {p.code: i for i, p in enumerate(summit.parties)}
    positions = sorted(
        (position_dto(p) for p in c.positions), key=lambda p: party_order.get(p.party_code, 99)
    )
    revisions: tuple[RevisionDTO, ...] = ()
    if history:
        revisions = tuple(
            revision_dto(r)
            for r in session.scalars(
                select(Revision)
                .where(Revision.commitment_id == c.id)
                .order_by(Revision.created_at.desc(), Revision.id)
            )
        )
    sources = session.scalars(select(SourceDocument).where(SourceDocument.summit_id == c.summit_id)).all()
    return CommitmentDetail(
        id=c.id,
        reference=c.reference,
        text=c.text,
        summit=summit,
        pillar=pillar,
        children=tuple(_detail(session, ch, summit, pillar, history=False, group=group) for ch in c.children),
        span=(c.span_start, c.span_end) if c.span_start is not None and c.span_end is not None else None,
        sources=tuple(
            SourceDTO(s.id, s.title, s.file_name, s.publisher, s.fmt, s.checksum, s.imported_at)
            for s in sources
        ),
        positions=tuple(positions),
        status=status_dto(c.status),
        history=revisions,
        group=group,
    )


def commitment_detail(session: Session, commitment: Commitment) -> CommitmentDetail:
    [summit] = _summit_dtos(session, only=commitment.summit_id)
    pillar = next(p for p in pillar_dtos(session, summit.id) if p.id == commitment.pillar_id)
    group = commitment.group_title
    top = commitment
    while group is None and top.parent_id is not None:  # a child is in its parent's group
        top = session.get_one(Commitment, top.parent_id)
        group = top.group_title
    return _detail(session, commitment, summit, pillar, history=True, group=group)


def show_commitment(store: Store, reference: str, summit: str | None = None) -> CommitmentDetail:
    with store.unit_of_work() as session:
        return commitment_detail(session, find_commitment(session, reference, summit))


def get_commitment(store: Store, commitment_id: str) -> CommitmentDetail:
    with store.unit_of_work() as session:
        commitment = session.get(Commitment, commitment_id)
        if commitment is None:
            raise NotFoundError(_("That commitment no longer exists."))
        return commitment_detail(session, commitment)
