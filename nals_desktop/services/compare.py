"""Positions compared: every party's position on a pillar's (or a selection's) commitments, side by side."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from nals_desktop.domain.errors import NotFoundError
from nals_desktop.i18n import _
from nals_desktop.services.dto import PartyDTO
from nals_desktop.store.engine import Store
from nals_desktop.store.models import Commitment, Party, Pillar, Position, Summit, SummitParty

_CHUNK = 500  # ids per IN (...) when a selection is read

#: The fields compared, in the editor's order.
COMPARED_FIELDS: tuple[str, ...] = ("stance", "priority", "objective", "key_messages", "red_line", "fallback")


@dataclass(frozen=True)
class ComparedPosition:
    """One party's values of the compared fields ("" where nothing is recorded)."""

    party_code: str
    values: dict[str, str] = field(default_factory=dict)  # field -> value (stance/priority: the enum value)

    def value(self, name: str) -> str:
        return self.values.get(name, "")


@dataclass(frozen=True)
class ComparedCommitment:
    id: str
    reference: str
    tab: str
    text: str
    positions: dict[str, ComparedPosition] = field(default_factory=dict)  # party code -> position
    differs: frozenset[str] = frozenset()  # the fields on which the parties' recorded values differ


@dataclass(frozen=True)
class Comparison:
    summit_id: str
    summit_title: str
    parties: tuple[PartyDTO, ...]  # own delegation first when it is one of the summit's parties
    commitments: tuple[ComparedCommitment, ...]
    group: str | None = None  # only this group (sub-heading) of a pillar was compared

    @property
    def differing(self) -> int:
        """How many commitments the parties differ on (in any compared field)."""
        return sum(1 for c in self.commitments if c.differs)


def summit_with_parties(session: Session, summit_id: str, own: str | None) -> tuple[Summit, list[PartyDTO]]:
    """The summit and its parties in the summit's order, the own delegation first; NotFoundError if none."""
    summit = session.get(Summit, summit_id)
    if summit is None:
        raise NotFoundError(_("No summit matches “{key}”; `nals summits` lists them.").format(key=summit_id))
    parties = [
        PartyDTO(code, name)
        for code, name in session.execute(
            select(Party.code, Party.name)
            .join(SummitParty, SummitParty.party_id == Party.id)
            .where(SummitParty.summit_id == summit_id)
            .order_by(SummitParty.ordinal)
        )
    ]
    parties.sort(key=lambda p: p.code != own)  # stable: the own delegation first, the others in order
    return summit, parties


def differing_fields(positions: Iterable[ComparedPosition], parties: Iterable[str]) -> frozenset[str]:
    """The fields on which the given parties differ: two recorded values disagree, or one party has a value
    and another has none. Texts are compared without surrounding blanks."""
    by_party = {p.party_code: p for p in positions}
    codes = list(parties)
    out = set()
    for name in COMPARED_FIELDS:
        values = {(by_party[c].value(name).strip() if c in by_party else "") for c in codes}
        if len(values) > 1 and values != {""}:
            out.add(name)
    return frozenset(out)


def compare_positions(
    store: Store,
    summit_id: str,
    *,
    pillar_ids: Iterable[str] = (),
    group: str | None = None,
    commitment_ids: Iterable[str] = (),
    own_party: str | None = None,
) -> Comparison:
    """Every party's position on the summit's top-level commitments (only the given pillars, the group of
    the given pillar or the given commitments, when named), in the summit's order. Plain data, safe to hand
    to the GUI thread."""
    pillars = set(pillar_ids)
    chosen_ids = sorted(set(commitment_ids))
    chosen = bool(chosen_ids)
    own = (own_party or "").strip().upper() or None
    with store.unit_of_work() as session:
        summit, parties = summit_with_parties(session, summit_id, own)
        tabs = {
            pid: tab
            for pid, tab in session.execute(
                select(Pillar.id, Pillar.tab).where(Pillar.summit_id == summit_id).order_by(Pillar.ordinal)
            )
            if not pillars or pid in pillars
        }
        pillar_order = {pid: i for i, pid in enumerate(tabs)}
        top: tuple[ColumnElement[bool], ...] = (
            Commitment.pillar_id.in_(tabs),
            Commitment.parent_id.is_(None),
        )
        if group is not None:
            top += (Commitment.group_title == group,)
        # a selection is read by its ids (in chunks: SQLite limits a statement's parameters)
        chunks = [chosen_ids[i : i + _CHUNK] for i in range(0, len(chosen_ids), _CHUNK)] if chosen else [None]
        rows: list[Any] = []  # Row(id, pillar_id, ordinal, reference, text)
        positions: dict[str, dict[str, ComparedPosition]] = {}
        fields = [getattr(Position, f) for f in COMPARED_FIELDS]
        for chunk in chunks:
            columns = (
                Commitment.id,
                Commitment.pillar_id,
                Commitment.ordinal,
                Commitment.reference,
                Commitment.text,
            )
            if chunk is None:
                rows += session.execute(select(*columns).where(*top)).all()
                found = session.execute(
                    select(Position.commitment_id, Party.code, *fields)
                    .join(Party, Party.id == Position.party_id)
                    .join(Commitment, Commitment.id == Position.commitment_id)
                    .where(*top)
                )
            else:  # by primary key alone: an index on the pillar would make SQLite scan it
                rows += [
                    r
                    for r in session.execute(
                        select(*columns, Commitment.parent_id, Commitment.group_title).where(
                            Commitment.id.in_(chunk)
                        )
                    )
                    if r.pillar_id in tabs
                    and r.parent_id is None
                    and (group is None or r.group_title == group)
                ]
                found = session.execute(
                    select(Position.commitment_id, Party.code, *fields)
                    .join(Party, Party.id == Position.party_id)
                    .where(Position.commitment_id.in_(chunk))
                )
            for row in found:
                values = {name: value for name, value in zip(COMPARED_FIELDS, row[2:], strict=True) if value}
                positions.setdefault(row[0], {})[row[1]] = ComparedPosition(row[1], values)
        rows.sort(key=lambda r: (pillar_order[r.pillar_id], r.ordinal))
        codes = [p.code for p in parties]
        commitments = tuple(
            ComparedCommitment(
                id=r.id,
                reference=r.reference,
                tab=tabs[r.pillar_id],
                text=r.text,
                positions=positions.get(r.id, {}),
                differs=differing_fields(positions.get(r.id, {}).values(), codes),
            )
            for r in rows
        )
        return Comparison(summit.id, summit.title, tuple(parties), commitments, group)
