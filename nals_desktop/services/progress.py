"""The progress dashboard: how far a delegation's positions on a summit have come, counted in the store."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import and_, func, select

from nals_desktop.domain.model import FIELD_LABELS, Priority
from nals_desktop.services.compare import summit_with_parties
from nals_desktop.services.dto import PartyDTO
from nals_desktop.store.engine import Store
from nals_desktop.store.models import (
    Commitment,
    Party,
    Pillar,
    Position,
    Revision,
    StatusRecord,
)

WEEK = timedelta(days=7)
HIGH_LISTED = 50  # high priorities without our position: the first ones by reference are listed
RECENT_LISTED = 30  # changes of the week listed one by one


@dataclass(frozen=True)
class AuthorWeek:
    """What one person changed in the week."""

    author: str
    changes: int
    commitments: int
    references: tuple[str, ...]  # the first few, in the summit's order


@dataclass(frozen=True)
class RecentChange:
    when: datetime
    author: str
    reference: str
    party_code: str | None
    fields: tuple[str, ...]


@dataclass(frozen=True)
class ProgressReport:
    summit_id: str
    summit_title: str
    parties: tuple[PartyDTO, ...]  # own delegation first
    own_party: str | None
    commitments: int  # top-level commitments
    with_own_position: int  # of them, with a recorded position of the own delegation
    stances: dict[str, dict[str, int]]  # party code -> stance value ("" for none recorded) -> commitments
    high_without_position: int  # a party rates it high priority, our stance is not recorded
    high_references: tuple[str, ...]  # the first HIGH_LISTED of them
    statuses: dict[str, int]  # status value ("" for none recorded) -> commitments
    since: datetime  # the week's start
    week: tuple[AuthorWeek, ...]  # most changes first
    recent: tuple[RecentChange, ...]  # latest first

    @property
    def week_changes(self) -> int:
        return sum(a.changes for a in self.week)


def _in_order(names: Iterable[str]) -> tuple[str, ...]:
    """Changed fields in the editor's order."""
    order = {name: i for i, name in enumerate(FIELD_LABELS)}
    return tuple(sorted(names, key=lambda name: (order.get(name, len(order)), name)))


def summit_progress(
    store: Store, summit_id: str, own_party: str | None = None, *, now: datetime | None = None
) -> ProgressReport:
    """Counts over the summit's top-level commitments, in a handful of grouped queries."""
    now = now or datetime.now(UTC)
    since = now - WEEK
    own = (own_party or "").strip().upper() or None
    with store.unit_of_work() as session:
        summit, parties = summit_with_parties(session, summit_id, own)
        if own not in {p.code for p in parties}:
            own = None
        pillar_ids = select(Pillar.id).where(Pillar.summit_id == summit_id).scalar_subquery()
        top = and_(Commitment.pillar_id.in_(pillar_ids), Commitment.parent_id.is_(None))
        total = session.scalar(select(func.count()).select_from(Commitment).where(top)) or 0

        stances: dict[str, dict[str, int]] = {p.code: {} for p in parties}
        for code, stance, count in session.execute(
            select(Party.code, Position.stance, func.count())
            .join(Position, Position.party_id == Party.id)
            .join(Commitment, Commitment.id == Position.commitment_id)
            .where(top, Position.stance.is_not(None), Position.stance != "")
            .group_by(Party.code, Position.stance)
        ):
            if code in stances and stance:
                stances[code][stance] = count
        for counts in stances.values():
            counts[""] = total - sum(counts.values())

        with_own = 0
        high_refs: list[str] = []
        high_count = 0
        if own is not None:
            own_id = session.scalar(select(Party.id).where(Party.code == own))
            with_own = (
                session.scalar(
                    select(func.count())
                    .select_from(Position)
                    .join(Commitment, Commitment.id == Position.commitment_id)
                    .where(top, Position.party_id == own_id, Position.recorded())
                )
                or 0
            )
            with_stance = select(Position.commitment_id).where(
                Position.party_id == own_id, func.coalesce(Position.stance, "") != ""
            )
        else:  # no own delegation: high priorities no party has taken a stance on
            with_stance = select(Position.commitment_id).where(func.coalesce(Position.stance, "") != "")
        # IN (subquery) is computed once; a correlated EXISTS would scan the priority index per commitment
        high = select(Position.commitment_id).where(Position.priority == Priority.HIGH.value)
        high_rows = session.execute(
            select(Commitment.reference)
            .join(Pillar, Pillar.id == Commitment.pillar_id)
            .where(top, Commitment.id.in_(high), Commitment.id.not_in(with_stance))
            .order_by(Pillar.ordinal, Commitment.ordinal)
        ).scalars()
        for ref in high_rows:
            high_count += 1
            if len(high_refs) < HIGH_LISTED:
                high_refs.append(ref)

        statuses: dict[str, int] = {}
        for status, count in session.execute(
            select(StatusRecord.status, func.count())
            .join(Commitment, Commitment.id == StatusRecord.commitment_id)
            .where(top)
            .group_by(StatusRecord.status)
        ):
            statuses[status or ""] = statuses.get(status or "", 0) + count
        statuses[""] = statuses.get("", 0) + total - sum(statuses.values())

        revisions = session.execute(
            select(
                Revision.created_at,
                Revision.author,
                Commitment.reference,
                Revision.party_code,
                Revision.changed,
            )
            .join(Commitment, Commitment.id == Revision.commitment_id)
            .where(Commitment.summit_id == summit_id, Revision.created_at >= since)
            .order_by(Revision.created_at.desc())
        ).all()
    by_author: dict[str, list[str]] = {}
    for _when, author, reference, _party, _changed in revisions:
        by_author.setdefault(author or "", []).append(reference)
    week = tuple(
        sorted(
            (
                AuthorWeek(author, len(refs), len(set(refs)), tuple(dict.fromkeys(refs))[:8])
                for author, refs in by_author.items()
            ),
            key=lambda a: (-a.changes, a.author),
        )
    )
    recent = tuple(
        RecentChange(when, author or "", reference, party, _in_order(changed or ()))
        for when, author, reference, party, changed in revisions[:RECENT_LISTED]
    )
    return ProgressReport(
        summit_id=summit_id,
        summit_title=summit.title,
        parties=tuple(parties),
        own_party=own,
        commitments=total,
        with_own_position=with_own,
        stances=stances,
        high_without_position=high_count,
        high_references=tuple(high_refs),
        statuses=statuses,
        since=since,
        week=week,
        recent=recent,
    )
