"""Full-text search over commitments, pillars and positions: ranked (bm25), with snippets and filters."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, select
from sqlalchemy.orm import Session, aliased

from nals_desktop.domain.errors import QuerySyntaxError, StoreError
from nals_desktop.domain.model import ImplementationStatus, Priority, Stance
from nals_desktop.domain.query import Filter, Query, parse_query
from nals_desktop.i18n import _
from nals_desktop.services.browse import resolve_summit
from nals_desktop.services.dto import SearchHit
from nals_desktop.store.engine import Store
from nals_desktop.store.fulltext import fts_statement
from nals_desktop.store.models import (
    Commitment,
    Party,
    Pillar,
    Position,
    PositionTag,
    SearchDoc,
    StatusRecord,
    Tag,
)


def _fold(text: str) -> str:
    """Case, accents and punctuation aside: "Indécis" is "indecis", "On track" is "on-track"."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return "-".join(re.findall(r"[^\W_]+", plain.casefold()))


def _enum_value(enum_type: type[Stance] | type[Priority] | type[ImplementationStatus], value: str) -> str:
    """The member ``value`` names: its value or its label, in English or the user's language, or a prefix."""
    folded = _fold(value)
    names = {m: (m.value, _fold(m.label), _fold(_(m.label))) for m in enum_type}
    for member, spelled in names.items():
        if folded in spelled:
            return member.value
    for member, spelled in names.items():
        if folded and any(name.startswith(folded) for name in spelled):
            return member.value
    raise QuerySyntaxError(
        _("“{value}” is not one of: {choices}.").format(
            value=value, choices=", ".join(m.value for m in enum_type)
        )
    )


def _filter_clause(flt: Filter) -> ColumnElement[bool]:
    """A condition on Commitment for one filter."""
    value = flt.value
    if flt.field == "pillar":
        pillar = aliased(Pillar)  # the outer query may join Pillar too
        # A tab letter ("B", "AA") names one pillar; longer values match short titles.
        named = (
            func.upper(pillar.tab) == value.upper()
            if len(value) <= 2 and value.isalpha()
            else pillar.short_title.icontains(value, autoescape=True)
        )
        return exists().where(pillar.id == Commitment.pillar_id, named)
    if flt.field == "group":
        # Part of the group's name; a commitment without one is in no group ("-group:x" keeps it).
        return func.coalesce(Commitment.group_title, "").icontains(value, autoescape=True)
    if flt.field == "status":
        return exists().where(
            StatusRecord.commitment_id == Commitment.id,
            StatusRecord.status == _enum_value(ImplementationStatus, value),
        )
    # "id IN (commitments with such a position)", not a correlated EXISTS: lacking statistics, SQLite would
    # look each commitment's positions up through the stance (or priority) index, reading every position
    # with that stance once per commitment — minutes at 100,000 commitments. The IN list is built once.
    matching = select(Position.commitment_id)
    if flt.field == "stance":
        matching = matching.where(Position.stance == _enum_value(Stance, value))
    elif flt.field == "priority":
        matching = matching.where(Position.priority == _enum_value(Priority, value))
    elif flt.field == "party":
        matching = matching.join(Party, Party.id == Position.party_id).where(
            func.upper(Party.code) == value.upper()
        )
    else:
        matching = (
            matching.join(PositionTag, PositionTag.position_id == Position.id)
            .join(Tag, Tag.id == PositionTag.tag_id)
            .where(func.lower(Tag.name) == value.lower())
        )
    return Commitment.id.in_(matching)


def filter_conditions(query: Query) -> list[ColumnElement[bool]]:
    """Conditions on Commitment for every filter of ``query`` (negated ones excluded)."""
    return [~_filter_clause(f) if f.negated else _filter_clause(f) for f in query.filters]


def search(
    store: Store,
    query_text: str,
    summit: str | None = None,
    *,
    limit: int = 50,
    prefix_last: bool = False,
    marks: tuple[str, str] = ("[", "]"),
) -> list[SearchHit]:
    """The best ``limit`` hits for ``query_text``, best first; one hit per commitment or pillar."""
    query = parse_query(query_text)
    if query.is_empty:
        return []
    with store.unit_of_work() as session:
        summit_id = resolve_summit(session, summit).id if summit is not None else None
        match = query.fts(prefix_last=prefix_last)
        if match is None:
            if not query.filters:
                raise QuerySyntaxError(_("Say what to look for, not only what to leave out."))
            return _filter_only(session, query, summit_id, limit)
        stmt = fts_statement(match, marks)
        if summit_id is not None:
            stmt = stmt.where(SearchDoc.summit_id == summit_id)
        if query.filters:
            passing = select(Commitment.id).where(*filter_conditions(query))
            stmt = stmt.where(SearchDoc.commitment_id.in_(passing))
        # Over-fetch: a commitment's text and its positions are separate documents.
        rows = session.execute(stmt.limit(limit * 4)).all()
        return _hits(session, rows, limit)


def check_search_tables(store: Store) -> None:
    """Raise StoreError if the searched tables are damaged (a damaged one can read as holding nothing).

    An encrypted store loses a whole page to one flipped bit. For ``nals search`` to say "No matches."
    only when that is true; it reads every page of those tables, so it is not run on every keystroke.
    """
    with store.unit_of_work() as session:
        for table in ("search_doc", "search_fts_idx"):
            found = session.connection().exec_driver_sql(f"PRAGMA quick_check('{table}')").all()
            if found != [("ok",)]:
                raise StoreError(_("{path} is not a NALS store or is damaged.").format(path=store.label))


def _hits(session: Session, rows: Sequence[Any], limit: int) -> list[SearchHit]:
    commitments = {
        c.id: c
        for c in session.scalars(select(Commitment).where(Commitment.id.in_({r.commitment_id for r in rows})))
    }
    pillars = {
        p.id: p for p in session.scalars(select(Pillar).where(Pillar.id.in_({r.pillar_id for r in rows})))
    }
    hits: list[SearchHit] = []
    seen: set[str] = set()
    for r in rows:
        key = r.commitment_id or r.pillar_id
        if key in seen:
            continue
        seen.add(key)
        if r.commitment_id:
            c = commitments[r.commitment_id]
            hits.append(
                SearchHit(r.kind, r.summit_id, c.id, c.pillar_id, c.reference, c.text, r.snip, r.score)
            )
        else:
            p = pillars[r.pillar_id]
            hits.append(SearchHit(r.kind, r.summit_id, None, p.id, p.tab, p.short_title, r.snip, r.score))
        if len(hits) == limit:
            break
    return hits


def _filter_only(session: Session, query: Query, summit_id: str | None, limit: int) -> list[SearchHit]:
    stmt = (
        select(Commitment)
        .join(Pillar, Pillar.id == Commitment.pillar_id)
        .where(Commitment.parent_id.is_(None), and_(*filter_conditions(query)))
        .order_by(Commitment.summit_id, Pillar.ordinal, Commitment.ordinal)
        .limit(limit)
    )
    if summit_id is not None:
        stmt = stmt.where(Commitment.summit_id == summit_id)
    return [
        SearchHit("commitment", c.summit_id, c.id, c.pillar_id, c.reference, c.text, c.text, 0.0)
        for c in session.scalars(stmt)
    ]
