"""Fixing a summit's details (title, date, location, parties) and deleting a summit, a backup kept first."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import delete, func, select

from nals_desktop.domain.errors import NotFoundError, ValidationError
from nals_desktop.i18n import _, ngettext, number
from nals_desktop.services import maintenance
from nals_desktop.services.browse import _summit_dtos
from nals_desktop.services.dto import SummitDTO
from nals_desktop.services.importing import PARTY_NAMES, _party
from nals_desktop.store.engine import Store
from nals_desktop.store.models import Commitment, Party, Position, Revision, Summit, SummitParty

__all__ = ["DeleteImpact", "SummitEdit", "delete_impact", "delete_summit", "describe_impact", "edit_summit"]

TITLE_LIMIT = 300


@dataclass(frozen=True)
class SummitEdit:
    """What to change; None leaves a detail as it is (``clear_date`` removes the date)."""

    title: str | None = None
    date: date | None = None
    clear_date: bool = False
    location: str | None = None
    parties: list[str] | None = None  # codes, in order


@dataclass(frozen=True)
class DeleteImpact:
    """What a deletion takes away, said before it is done."""

    summit: SummitDTO
    positions: int  # positions with anything recorded
    revisions: int


def _check_parties(codes: list[str]) -> list[str]:
    cleaned = list(dict.fromkeys(c.strip().upper() for c in codes if c.strip()))
    for code in cleaned:
        if not re.fullmatch(r"[A-Z]{2,16}", code):
            raise ValidationError(
                _("“{code}” is not a party code (two or more letters, e.g. CA).").format(code=code)
            )
    if not cleaned:
        raise ValidationError(_("A summit needs at least one party."))
    return cleaned


def edit_summit(store: Store, summit_id: str, edit: SummitEdit) -> SummitDTO:
    """Change a summit's details; a party that has positions recorded cannot be taken away."""
    title = edit.title.strip() if edit.title is not None else None
    if title is not None and not title:
        raise ValidationError(_("A summit's title cannot be empty."))
    if title is not None and len(title) > TITLE_LIMIT:
        raise ValidationError(
            _("A summit's title can have at most {n} characters.").format(n=number(TITLE_LIMIT))
        )
    parties = _check_parties(edit.parties) if edit.parties is not None else None
    with store.unit_of_work() as session:
        summit = session.get(Summit, summit_id)
        if summit is None:
            raise NotFoundError(_("The summit is no longer in the store."))
        if title is not None:
            summit.title = title
        if edit.clear_date:
            summit.date = None
        elif edit.date is not None:
            summit.date = edit.date
        if edit.location is not None:
            summit.location = edit.location.strip()
        if parties is not None:
            current = {sp.party.code: sp for sp in summit.parties}
            removed = [code for code in current if code not in parties]
            if removed:
                used = session.scalars(
                    select(Party.code)
                    .join(Position, Position.party_id == Party.id)
                    .join(Commitment, Commitment.id == Position.commitment_id)
                    .where(Commitment.summit_id == summit_id, Party.code.in_(removed))
                    .distinct()
                ).all()
                if used:
                    raise ValidationError(
                        _(
                            "{codes}: positions are recorded for this party in this summit; "
                            "it cannot be taken away."
                        ).format(codes=", ".join(sorted(used)))
                    )
            for code, gone in current.items():
                if code not in parties:
                    summit.parties.remove(gone)  # delete-orphan: the link row goes
            session.flush()
            for i, code in enumerate(parties):
                link = current.get(code)
                if link is None:
                    party = _party(session, code, PARTY_NAMES.get(code, code))
                    summit.parties.append(SummitParty(party=party, ordinal=i))
                else:
                    link.ordinal = i
        session.flush()
        session.expire(summit, ["parties"])  # read again in their new order
        return _summit_dtos(session, summit_id)[0]


def delete_impact(store: Store, summit_id: str) -> DeleteImpact:
    with store.unit_of_work() as session:
        found = _summit_dtos(session, summit_id)
        if not found:
            raise NotFoundError(_("The summit is no longer in the store."))
        in_summit = select(Commitment.id).where(Commitment.summit_id == summit_id)
        revisions = session.scalar(
            select(func.count()).select_from(Revision).where(Revision.commitment_id.in_(in_summit))
        )
        positions = session.scalar(
            select(func.count())
            .select_from(Position)
            .where(Position.commitment_id.in_(in_summit), Position.head_revision_id.is_not(None))
        )
        return DeleteImpact(found[0], positions or 0, revisions or 0)


def describe_impact(impact: DeleteImpact) -> str:
    """One sentence for the question asked before deleting."""
    s = impact.summit
    commitments = ngettext("{n} commitment", "{n} commitments", s.commitment_count)
    changes = ngettext("{n} saved change", "{n} saved changes", impact.revisions)
    # TRANSLATORS: {commitments} and {changes} are counted, e.g. "31 commitments", "1 saved change".
    return _("“{title}” will be deleted, with its {commitments} and {changes}.").format(
        title=s.title,
        commitments=commitments.format(n=number(s.commitment_count)),
        changes=changes.format(n=number(impact.revisions)),
    )


def delete_summit(store: Store, summit_id: str, backup_to: Path | None = None) -> Path:
    """Delete a summit with everything recorded on it, after a backup of the whole store (its path)."""
    delete_impact(store, summit_id)  # NotFoundError before any backup is made
    if backup_to is None:  # a free name: a restore or a backup may have used this second's already
        first = maintenance.default_backup_path(store)
        backup_to = first
        for n in range(1, 100):
            if not backup_to.exists():
                break
            backup_to = first.with_name(f"{first.stem}-{n}{first.suffix}")
    kept = maintenance.backup(store, backup_to)
    with store.unit_of_work() as session:
        # The database's ON DELETE CASCADE takes pillars, commitments, positions, statuses, revisions.
        session.execute(delete(Summit).where(Summit.id == summit_id))
    return kept
