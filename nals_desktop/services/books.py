"""Briefing books: gather a scope's content from the store, then hand it to the ReportLab builder."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from nals_desktop.briefing.builder import BookResult, build_book
from nals_desktop.briefing.content import (
    BookContent,
    BookRequest,
    ChangeView,
    CommitmentView,
    ConflictView,
    PartyView,
    PillarView,
    PositionView,
    SourceView,
    StatusView,
)
from nals_desktop.briefing.overview import WEEK_DAYS
from nals_desktop.domain.errors import ExportError, NotFoundError
from nals_desktop.domain.model import FIELD_LABELS, ImplementationStatus, Priority, Stance
from nals_desktop.i18n import _
from nals_desktop.services import revisions
from nals_desktop.services.browse import pillar_dtos, resolve_group, resolve_pillar, resolve_summit
from nals_desktop.services.search import search
from nals_desktop.store.engine import Store
from nals_desktop.store.models import (
    Commitment,
    Party,
    Pillar,
    Position,
    Revision,
    SourceDocument,
    Summit,
)

Progress = Callable[[float, str], None]


def recorded_parties(store: Store, summit_id: str) -> dict[str, int]:
    """How many of the summit's commitments each party has a recorded position on, by party code."""
    with store.unit_of_work() as session:
        rows = session.execute(
            select(Party.code, func.count(func.distinct(Position.commitment_id)))
            .join(Position, Position.party_id == Party.id)
            .join(Commitment, Commitment.id == Position.commitment_id)
            .where(Commitment.summit_id == summit_id, Position.recorded())
            .group_by(Party.code)
        ).all()
    return {code: count for code, count in rows}


@dataclass(frozen=True)
class BookScope:
    """Which part of a summit goes into the book, by identity: everything, chosen pillars or commitments, one
    group of a pillar, a search's hits (the filters combine)."""

    summit_id: str
    pillar_ids: tuple[str, ...] = ()  # empty: every pillar
    group: str | None = None  # with one pillar: only the commitments under this sub-heading of it
    commitment_ids: tuple[str, ...] = ()  # empty: every commitment
    query: str | None = None  # a search's query text
    parties: tuple[str, ...] = field(default=())  # party codes, whose positions (empty: every party)
    changes_since: date | None = None


def resolve_scope(
    store: Store,
    summit: str | None = None,
    pillars: Iterable[str] = (),
    references: Iterable[str] = (),
    *,
    query: str | None = None,
    parties: Iterable[str] = (),
    changes_since: date | None = None,
    group: str | None = None,
) -> BookScope:
    """The scope the command line names in words (summit number or title, tab letters, a group's title,
    references) as ids."""
    with store.unit_of_work() as session:
        found = resolve_summit(session, summit)
        all_pillars = pillar_dtos(session, found.id)
        pillar_ids = tuple(dict.fromkeys(resolve_pillar(all_pillars, key).id for key in pillars))
        group_title = None
        if group is not None:
            if len(pillar_ids) > 1:
                raise ExportError(_("A group is of one pillar: name at most one pillar with it."))
            pillar_id, group_title = resolve_group(session, found.id, pillar_ids, group)
            pillar_ids = (pillar_id,)
        refs = {r.strip().upper() for r in references}
        by_ref = dict(
            session.execute(
                select(Commitment.reference, Commitment.id).where(
                    Commitment.summit_id == found.id, Commitment.reference.in_(refs)
                )
            ).all()
        )
        if len(by_ref) < len(refs):
            raise ExportError(
                _("No commitment {refs} in this summit.").format(refs=", ".join(sorted(refs - set(by_ref))))
            )
    return BookScope(
        summit_id=found.id,
        pillar_ids=pillar_ids,
        group=group_title,
        commitment_ids=tuple(by_ref[r] for r in sorted(refs)),
        query=query,
        parties=tuple(c.strip().upper() for c in parties),
        changes_since=changes_since,
    )


def _position_view(p: Position) -> PositionView:
    return PositionView(
        party_code=p.party.code,
        stance=Stance(p.stance) if p.stance else None,
        priority=Priority(p.priority) if p.priority else None,
        objective=p.objective,
        key_messages=p.key_messages,
        responses=p.responses,
        fallback=p.fallback,
        red_line=p.red_line,
        background=p.background,
        marking=p.marking,
        tags=tuple(t.name for t in p.tags),
        updated_by=p.updated_by,
        updated_at=p.updated_at,
    )


def _field_order(names: Iterable[str]) -> tuple[str, ...]:
    """Changed fields in the editor's order (unknown ones last, by name); the book prints their labels."""
    order = {name: i for i, name in enumerate(FIELD_LABELS)}
    return tuple(sorted(names, key=lambda name: (order.get(name, len(order)), name)))


_ENUMS: dict[str, type[Stance] | type[Priority] | type[ImplementationStatus]] = {
    "stance": Stance,
    "priority": Priority,
    "status": ImplementationStatus,
}


def _printed_value(field_name: str, value: Any) -> str:
    """A conflicting value as the book prints it: a label for a stance, a list of tags, "—" for nothing."""
    if value is None or value == "" or value == []:
        return "—"
    enum = _ENUMS.get(field_name)
    if enum is not None:
        try:
            return _(enum(value).label)
        except ValueError:
            return str(value)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def _conflict_views(store: Store, summit_id: str) -> dict[str, list[ConflictView]]:
    """The summit's open conflicts, by commitment id."""
    out: dict[str, list[ConflictView]] = {}
    order = {name: i for i, name in enumerate(FIELD_LABELS)}
    found = revisions.open_conflicts(store, summit_id)
    for c in sorted(found, key=lambda c: (c.party_code is None, c.party_code or "", order.get(c.field, 99))):
        # The value shown is one side's; the other side is kept beside it until someone settles it.
        other, other_by, shown_by = (
            (c.theirs, c.theirs_author, c.ours_author)
            if c.value == c.ours
            else (c.ours, c.ours_author, c.theirs_author)
        )
        out.setdefault(c.commitment_id, []).append(
            ConflictView(
                c.party_code,
                c.field,
                _printed_value(c.field, c.value),
                _printed_value(c.field, other),
                shown_by,
                other_by,
            )
        )
    return out


def book_content(store: Store, scope: BookScope) -> BookContent:
    """A plain snapshot of the scope, safe to hand to a worker thread."""
    chosen_ids: set[str] | None = None
    conflicts = _conflict_views(store, scope.summit_id)
    if scope.query:
        hits = search(store, scope.query, scope.summit_id, limit=100_000)
        chosen_ids = {h.commitment_id for h in hits if h.commitment_id}
    with store.unit_of_work() as session:
        summit = session.get(Summit, scope.summit_id)
        if summit is None:
            raise NotFoundError(
                _("No summit matches “{key}”; `nals summits` lists them.").format(key=scope.summit_id)
            )
        party_codes = [sp.party.code for sp in summit.parties]
        wanted_parties = [c.upper() for c in scope.parties] or party_codes
        pillar_ids = set(scope.pillar_ids) or None
        if scope.commitment_ids:
            chosen = set(scope.commitment_ids)
            chosen_ids = chosen if chosen_ids is None else chosen_ids & chosen
        commitments = session.scalars(
            select(Commitment)
            .where(Commitment.summit_id == summit.id)
            .options(
                selectinload(Commitment.positions).selectinload(Position.party),
                selectinload(Commitment.positions).selectinload(Position.tags),
                selectinload(Commitment.status),
            )
            .order_by(Commitment.ordinal)
        ).all()
        children: dict[str | None, list[Commitment]] = {}
        for c in commitments:
            children.setdefault(c.parent_id, []).append(c)

        left_out: set[str] = set()  # parties not printed whose positions are recorded on what is

        def view(c: Commitment) -> CommitmentView:
            left_out.update(
                p.party.code for p in c.positions if p.party.code not in wanted_parties and p.is_recorded()
            )
            positions = sorted(
                (p for p in c.positions if p.party.code in wanted_parties),
                key=lambda p: wanted_parties.index(p.party.code),
            )
            status = c.status
            return CommitmentView(
                reference=c.reference,
                text=c.text,
                group=c.group_title,
                children=tuple(view(ch) for ch in children.get(c.id, [])),
                status=None
                if status is None
                else StatusView(
                    ImplementationStatus(status.status),
                    status.progress,
                    status.evidence,
                    status.as_of,
                    status.reason,
                ),
                positions=tuple(_position_view(p) for p in positions),
                updated_by=max(positions, key=lambda p: p.updated_at).updated_by if positions else "",
                updated_at=max([c.updated_at, *(p.updated_at for p in positions)]),
                conflicts=tuple(
                    k
                    for k in conflicts.get(c.id, ())
                    if k.party_code is None or k.party_code in wanted_parties
                ),
            )

        pillars = []
        for pillar in session.scalars(
            select(Pillar).where(Pillar.summit_id == summit.id).order_by(Pillar.ordinal)
        ):
            if pillar_ids is not None and pillar.id not in pillar_ids:
                continue
            items = tuple(
                view(c)
                for c in children.get(None, [])
                if c.pillar_id == pillar.id
                and (chosen_ids is None or c.id in chosen_ids)
                and (scope.group is None or c.group_title == scope.group)
            )
            if items:
                pillars.append(PillarView(pillar.tab, pillar.short_title, pillar.title, pillar.intro, items))
        # No date: every change (the annex is then "all changes", never a false "none in this period").
        printed = {c.reference for p in pillars for c in p.commitments}
        by_id = {c.id: c.reference for c in commitments if c.reference in printed}
        revisions = (
            select(Revision)
            .join(Commitment, Commitment.id == Revision.commitment_id)
            .where(Commitment.summit_id == summit.id)
            .order_by(Revision.created_at)
        )
        if scope.changes_since is not None:  # the progress section also counts the last week's changes
            earliest = min(scope.changes_since, date.today() - timedelta(days=WEEK_DAYS))
            since = datetime.combine(earliest, time.min, tzinfo=UTC)
            revisions = revisions.where(Revision.created_at >= since)
        changes = tuple(
            ChangeView(r.created_at, r.author, by_id[r.commitment_id], r.party_code, _field_order(r.changed))
            for r in session.scalars(revisions)
            if r.commitment_id in by_id and (r.party_code is None or r.party_code in wanted_parties)
        )
        order = {sp.party.code: i for i, sp in enumerate(summit.parties)}
        names = {p.party.code: p.party.name for c in commitments for p in c.positions}
        sources = tuple(
            SourceView(s.title, s.publisher, s.checksum)
            for s in session.scalars(select(SourceDocument).where(SourceDocument.summit_id == summit.id))
        )
        return BookContent(
            summit_title=summit.title,
            summit_date=summit.date,
            location=summit.location,
            parties=tuple(
                PartyView(sp.party.code, sp.party.name)
                for sp in summit.parties
                if sp.party.code in wanted_parties
            ),
            left_out=tuple(
                PartyView(code, names.get(code, code))
                for code in sorted(left_out, key=lambda code: (code not in order, order.get(code, 0), code))
            ),
            pillars=tuple(pillars),
            changes=changes,
            sources=sources,
            group=scope.group if len(pillars) == 1 else None,
        )


def export_book(
    store: Store,
    scope: BookScope,
    request: BookRequest,
    out: Path,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> BookResult:
    content = book_content(store, scope)
    if not content.pillars:
        raise ExportError(_("Nothing to print: the chosen scope has no commitments."))
    return build_book(content, request, out, progress=progress, cancel=cancel)
