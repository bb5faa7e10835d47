"""The browse workspace's queries: navigator, facet counts, SQL-side filtered and sorted ids, row pages."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Select, Subquery, and_, case, func, select, union
from sqlalchemy.orm import Session, aliased

from nals_desktop.domain.errors import QuerySyntaxError, StoreError
from nals_desktop.domain.model import ImplementationStatus, Priority, Stance
from nals_desktop.domain.query import Filter, Query, parse_query
from nals_desktop.i18n import _
from nals_desktop.paths import data_home, private_folder
from nals_desktop.services.browse import list_summits, top_level_count
from nals_desktop.services.dto import CommitmentRow, PillarDTO, SummitDTO
from nals_desktop.services.search import filter_conditions
from nals_desktop.store.engine import Store
from nals_desktop.store.fulltext import commitment_scores, fts_statement
from nals_desktop.store.models import (
    Commitment,
    Party,
    Pillar,
    Position,
    PositionTag,
    Revision,
    StatusRecord,
    Summit,
    SummitParty,
    Tag,
)

#: Facet fields of the navigator; all but "conflict" are fields of the search syntax too (``stance:oppose``).
FACET_FIELDS = ("stance", "priority", "status", "tag", "conflict")

#: The one value of the "conflict" facet: commitments with a position or status in open conflict.
OPEN_CONFLICT = "open"

#: Sort keys of the commitments table; ``stance:CODE`` sorts by one party's stance.
SORT_KEYS = ("reference", "group", "text", "priority", "status", "updated")

#: Markers around matches in snippets; control characters, so they never occur in a document.
MARK_START, MARK_END = "\x02", "\x03"


@dataclass(frozen=True)
class GroupNode:
    """A group of a pillar (the sub-heading its commitments stand under), in the document's order."""

    pillar_id: str
    title: str
    count: int  # top-level commitments under it


@dataclass(frozen=True)
class SummitNode:
    summit: SummitDTO
    pillars: tuple[PillarDTO, ...]
    groups: tuple[GroupNode, ...] = ()  # of every pillar, by pillar then document order


@dataclass(frozen=True)
class FacetValue:
    field: str  # one of FACET_FIELDS
    value: str  # enum value or tag name
    count: int  # top-level commitments that have it, in the whole store


@dataclass(frozen=True)
class FacetFilter:
    field: str
    value: str
    exclude: bool = False


@dataclass(frozen=True)
class TableQuery:
    """What the commitments table shows: a scope, facet filters, a search and a sort."""

    summit_id: str | None = None  # None: every summit
    pillar_id: str | None = None
    group: str | None = None  # with pillar_id: only that group of the pillar
    facets: tuple[FacetFilter, ...] = ()
    search: str = ""  # the query syntax of domain/query.py; the last word is a prefix
    sort: str | None = None  # a SORT_KEYS entry or "stance:CODE"; None: natural order (rank when searching)
    descending: bool = False


@dataclass(frozen=True)
class TableRow:
    row: CommitmentRow
    summit_title: str
    snippet: str = ""  # with MARK_START/MARK_END around matches; empty without a search
    conflicts: tuple[tuple[str | None, str], ...] = ()  # (party code, or None for the status; field) open


@dataclass(frozen=True)
class SavedSearch:
    name: str
    query: str


def navigator_tree(store: Store) -> list[SummitNode]:
    """Every summit with its pillars and their groups and commitment counts, in four queries."""
    summits = list_summits(store)
    with store.unit_of_work() as session:
        counts = dict(
            session.execute(
                select(Commitment.pillar_id, top_level_count()).group_by(Commitment.pillar_id)
            ).all()
        )
        by_summit: dict[str, list[PillarDTO]] = {}
        columns = (Pillar.id, Pillar.summit_id, Pillar.ordinal, Pillar.tab, Pillar.short_title, Pillar.title)
        for p in session.execute(select(*columns, Pillar.intro).order_by(Pillar.summit_id, Pillar.ordinal)):
            by_summit.setdefault(p.summit_id, []).append(
                PillarDTO(*p, counts.get(p.id, 0))
            )  # rows, not objects
        ordinals = {p.id: p.ordinal for ps in by_summit.values() for p in ps}
        found = session.execute(
            select(
                Commitment.summit_id,
                Commitment.pillar_id,
                Commitment.group_title,
                func.count(),
                func.min(Commitment.ordinal),
            )
            .where(Commitment.group_title.is_not(None))  # a child's group is its parent's, never its own
            .group_by(Commitment.summit_id, Commitment.pillar_id, Commitment.group_title)
        ).all()
    groups: dict[str, list[GroupNode]] = {}
    # The document's order: by pillar, then where each group's first commitment stands.
    for summit_id, pillar_id, title, count, _first in sorted(
        found, key=lambda g: (ordinals.get(g[1], 0), g[4])
    ):
        groups.setdefault(summit_id, []).append(GroupNode(pillar_id, title or "", count))
    return [SummitNode(s, tuple(by_summit.get(s.id, [])), tuple(groups.get(s.id, []))) for s in summits]


def _open_conflict() -> ColumnElement[bool]:
    # A revision without conflicts holds JSON null (or nothing); one with them, a list of at least one.
    return func.coalesce(func.json_array_length(Revision.conflicts), 0) > 0


def conflicted_commitments() -> Select[Any]:
    """The ids of the commitments whose position or status has an open conflict (held by its head)."""
    return union(
        *(
            select(model.commitment_id)
            .join(Revision, Revision.id == model.head_revision_id)
            .where(_open_conflict())
            for model in (Position, StatusRecord)
        )
    )  # type: ignore[return-value]


def facet_values(
    store: Store, summit_id: str | None = None, pillar_id: str | None = None, group: str | None = None
) -> list[FacetValue]:
    """Every stance, priority and status (also unused ones) and every tag, with the number of commitments
    of the scope (the whole store, a summit, a pillar or a pillar's group) that have them: what including it
    would show; last, the commitments of the scope in open conflict."""
    in_scope: ColumnElement[bool] = Commitment.parent_id.is_(None)
    if pillar_id is not None:
        in_scope = and_(in_scope, Commitment.pillar_id == pillar_id)
        if group is not None:
            in_scope = and_(in_scope, Commitment.group_title == group)
    elif summit_id is not None:
        in_scope = and_(in_scope, Commitment.summit_id == summit_id)
    with store.unit_of_work() as session:
        conflicted = session.scalar(
            select(func.count()).where(in_scope, Commitment.id.in_(conflicted_commitments()))
        )
        stance = dict(
            session.execute(
                select(Position.stance, func.count(func.distinct(Position.commitment_id)))
                .join(Commitment, Commitment.id == Position.commitment_id)
                .where(in_scope, Position.stance.is_not(None))
                .group_by(Position.stance)
            ).all()
        )
        priority = dict(
            session.execute(
                select(Position.priority, func.count(func.distinct(Position.commitment_id)))
                .join(Commitment, Commitment.id == Position.commitment_id)
                .where(in_scope, Position.priority.is_not(None))
                .group_by(Position.priority)
            ).all()
        )
        status = dict(
            session.execute(
                select(StatusRecord.status, func.count())
                .join(Commitment, Commitment.id == StatusRecord.commitment_id)
                .where(in_scope)
                .group_by(StatusRecord.status)
            ).all()
        )
        # Every tag stays listed (a tag of another summit counts 0 here), so the navigator keeps its shape.
        names = session.scalars(
            select(Tag.name).join(PositionTag, PositionTag.tag_id == Tag.id).distinct()
        ).all()
        tag_counts = dict(
            session.execute(
                select(Tag.name, func.count(func.distinct(Position.commitment_id)))
                .join(PositionTag, PositionTag.tag_id == Tag.id)
                .join(Position, Position.id == PositionTag.position_id)
                .join(Commitment, Commitment.id == Position.commitment_id)
                .where(in_scope)
                .group_by(Tag.name)
            ).all()
        )
    tags = sorted(names, key=str.lower)
    return [
        *(FacetValue("stance", s.value, stance.get(s.value, 0)) for s in Stance),
        *(FacetValue("priority", p.value, priority.get(p.value, 0)) for p in Priority),
        *(FacetValue("status", st.value, status.get(st.value, 0)) for st in ImplementationStatus),
        *(FacetValue("tag", name, tag_counts.get(name, 0)) for name in tags),
        FacetValue("conflict", OPEN_CONFLICT, int(conflicted or 0)),
    ]


def has_groups(store: Store, summit_id: str | None = None, pillar_id: str | None = None) -> bool:
    """Whether any commitment of a scope (the whole store, a summit or a pillar) stands under a group: the
    table shows a Group column only then."""
    stmt = select(Commitment.id).where(Commitment.group_title.is_not(None))
    if pillar_id is not None:  # with its summit: the partial index on (summit, pillar) answers it
        summit = select(Pillar.summit_id).where(Pillar.id == pillar_id).scalar_subquery()
        stmt = stmt.where(Commitment.summit_id == summit, Commitment.pillar_id == pillar_id)
    elif summit_id is not None:
        stmt = stmt.where(Commitment.summit_id == summit_id)
    with store.unit_of_work() as session:
        return session.scalar(stmt.limit(1)) is not None


def count_commitments(store: Store, summit_id: str | None = None, pillar_id: str | None = None) -> int:
    """Top-level commitments in a scope (the whole store, a summit or a pillar), before any filter."""
    stmt = select(func.count()).select_from(Commitment).where(Commitment.parent_id.is_(None))
    if pillar_id is not None:
        stmt = stmt.where(Commitment.pillar_id == pillar_id)
    elif summit_id is not None:
        stmt = stmt.where(Commitment.summit_id == summit_id)
    with store.unit_of_work() as session:
        return int(session.scalar(stmt) or 0)


def _rank(column: Any, values: Sequence[str]) -> Any:
    """An integer sort key for an enum column, in the enum's order; NULL (unset) after every value."""
    return case({v: i for i, v in enumerate(values)}, value=column, else_=len(values))


def _first_priority() -> Any:
    """The priority of the first party (in the summit's party order) that gave one; CommitmentRow's rule."""
    return (
        select(Position.priority)
        .join(
            SummitParty,
            and_(SummitParty.party_id == Position.party_id, SummitParty.summit_id == Commitment.summit_id),
        )
        .where(Position.commitment_id == Commitment.id, Position.priority.is_not(None))
        .order_by(SummitParty.ordinal)
        .limit(1)
        .correlate(Commitment)
        .scalar_subquery()
    )


def _last_changed() -> Any:
    latest_position = (
        select(func.max(Position.updated_at))
        .where(Position.commitment_id == Commitment.id)
        .correlate(Commitment)
        .scalar_subquery()
    )
    return func.max(Commitment.updated_at, func.coalesce(latest_position, Commitment.updated_at))


def _parsed(search: str) -> Query:
    return parse_query(search) if search.strip() else Query()


#: The last word is matched as a prefix once it has this many characters ("me" finds "methane"); a single
#: letter as a prefix matches most of a large store and only makes the first keystroke slow.
MIN_PREFIX_CHARS = 2


def _match(query: Query) -> str | None:
    last = query.terms[-1] if query.terms else None
    prefix = last is not None and len(last.text) >= MIN_PREFIX_CHARS
    return query.fts(prefix_last=prefix)


def _pillar_order(query: TableQuery) -> Subquery:
    """The pillars in ``query``'s scope, numbered in the natural order (summit by creation, then pillar).

    Sorting by this number and the commitment's ordinal gives the natural order with one join to a small
    table, instead of looking every row's pillar and summit up (a commitment's summit is its pillar's)."""
    stmt = select(
        Pillar.id.label("pillar_id"),
        func.dense_rank().over(order_by=(Summit.created_at, Summit.id, Pillar.ordinal)).label("number"),
    ).join(Summit, Summit.id == Pillar.summit_id)
    if query.pillar_id is not None:
        stmt = stmt.where(Pillar.id == query.pillar_id)
    elif query.summit_id is not None:
        stmt = stmt.where(Pillar.summit_id == query.summit_id)
    return stmt.subquery()


def _group_order(query: TableQuery) -> Subquery:
    """Each group of ``query``'s scope with the ordinal of its first commitment in its pillar."""
    stmt = (
        select(
            Commitment.pillar_id,
            Commitment.group_title,
            func.min(Commitment.ordinal).label("first"),
        )
        .where(Commitment.group_title.is_not(None))
        .group_by(Commitment.pillar_id, Commitment.group_title)
    )
    if query.pillar_id is not None:
        stmt = stmt.where(Commitment.pillar_id == query.pillar_id)
    elif query.summit_id is not None:
        stmt = stmt.where(Commitment.summit_id == query.summit_id)
    return stmt.subquery()


def _id_statement(query: TableQuery) -> Select[Any]:
    parsed = _parsed(query.search)
    match = _match(parsed)
    if parsed.terms and match is None and not parsed.filters:
        raise QuerySyntaxError(_("Say what to look for, not only what to leave out."))
    pillars = _pillar_order(query)
    natural = (pillars.c.number, Commitment.ordinal)
    stmt = (
        select(Commitment.id)
        .join(pillars, pillars.c.pillar_id == Commitment.pillar_id)
        .where(Commitment.parent_id.is_(None))
    )
    if query.pillar_id is not None:
        stmt = stmt.where(Commitment.pillar_id == query.pillar_id)
        if query.group is not None:
            stmt = stmt.where(Commitment.group_title == query.group)
    elif query.summit_id is not None:
        stmt = stmt.where(Commitment.summit_id == query.summit_id)
    filters = [Filter(f.field, f.value, f.exclude) for f in query.facets if f.field != "conflict"]
    conditions: list[ColumnElement[bool]] = filter_conditions(Query(filters=[*filters, *parsed.filters]))
    for f in query.facets:
        if f.field == "conflict":
            conflicted = Commitment.id.in_(conflicted_commitments())
            conditions.append(~conflicted if f.exclude else conflicted)
    if conditions:
        stmt = stmt.where(*conditions)
    score: Any = None
    if match is not None:
        ranked = commitment_scores(match)
        stmt = stmt.join(ranked, ranked.c.commitment_id == Commitment.id)
        score = ranked.c.score
    key: Any
    sort = query.sort
    if sort is None or sort == "reference":
        if score is not None and sort is None:
            return stmt.order_by(score, *natural)
        keys = [k.desc() for k in natural] if query.descending and sort else list(natural)
        return stmt.order_by(*keys)
    if sort == "text":
        key = Commitment.text.collate("NOCASE")
    elif sort == "group":
        # In the document's order (by pillar, then where each group's first commitment stands), not by
        # name; the commitments without a group after those with one, whichever way.
        first = _group_order(query)
        stmt = stmt.outerjoin(
            first,
            and_(first.c.pillar_id == Commitment.pillar_id, first.c.group_title == Commitment.group_title),
        ).order_by(Commitment.group_title.is_(None))
        if query.descending:
            return stmt.order_by(pillars.c.number.desc(), first.c.first.desc(), *natural)
        return stmt.order_by(pillars.c.number, first.c.first, *natural)
    elif sort == "priority":
        key = _rank(_first_priority(), [p.value for p in Priority])
    elif sort == "status":
        record = aliased(StatusRecord)
        stmt = stmt.outerjoin(record, record.commitment_id == Commitment.id)
        key = _rank(record.status, [s.value for s in ImplementationStatus])
    elif sort == "updated":
        key = _last_changed()
    elif sort.startswith("stance:"):
        position = aliased(Position)
        party = select(Party.id).where(Party.code == sort.split(":", 1)[1]).scalar_subquery()
        stmt = stmt.outerjoin(
            position, and_(position.commitment_id == Commitment.id, position.party_id == party)
        )
        key = _rank(position.stance, [s.value for s in Stance])
    else:
        raise ValueError(f"unknown sort key {sort!r}")
    return stmt.order_by(key.desc() if query.descending else key, *natural)


def commitment_ids(store: Store, query: TableQuery) -> list[str]:
    """The ids of the top-level commitments ``query`` selects, in order; only ids, so 100,000 stay cheap."""
    stmt = _id_statement(query)
    with store.unit_of_work() as session:
        return list(session.scalars(stmt))


def _snippets(session: Session, ids: Sequence[str], match: str) -> dict[str, str]:
    # Of the body: a commitment found by its group (the title) shows its whole text, not the group's name.
    stmt = fts_statement(match, (MARK_START, MARK_END), commitment_ids=ids, snippet_column=1)
    found: dict[str, tuple[int, str]] = {}
    for r in session.execute(stmt):
        if MARK_START not in r.snip:
            continue
        # The commitment's own text first, then the best position that matched.
        pref = 0 if r.kind == "commitment" else 1
        if r.commitment_id not in found or pref < found[r.commitment_id][0]:
            found[r.commitment_id] = (pref, r.snip)
    return {k: v[1] for k, v in found.items()}


@dataclass(frozen=True)
class SelectionSummary:
    """What a dialog about a selection shows: the first references, and the summits it spans."""

    references: tuple[str, ...]  # of the first ``shown`` commitments, in the selection's order
    summit_ids: tuple[str, ...]


def selection_summary(store: Store, ids: Sequence[str], shown: int = 12) -> SelectionSummary:
    """Cheap for 100,000 ids: only the first ``shown`` references are read, the summits with DISTINCT."""
    ids = list(dict.fromkeys(ids))
    summit_ids: dict[str, None] = {}
    with store.unit_of_work() as session:
        first = dict(
            session.execute(
                select(Commitment.id, Commitment.reference).where(Commitment.id.in_(ids[:shown]))
            ).all()
        )
        for start in range(0, len(ids), 10_000):  # within SQLite's limit on bound parameters
            chunk = ids[start : start + 10_000]
            for sid in session.scalars(
                select(Commitment.summit_id).where(Commitment.id.in_(chunk)).distinct()
            ):
                summit_ids.setdefault(sid)
    return SelectionSummary(tuple(first[i] for i in ids[:shown] if i in first), tuple(summit_ids))


@dataclass(frozen=True)
class CommitmentKey:
    id: str
    summit_id: str
    reference: str


def commitment_keys(store: Store, ids: Sequence[str]) -> list[CommitmentKey]:
    """Id, summit and reference of ``ids``, in their order: what a dialog about a selection needs, cheaply
    (three columns; full rows of 100,000 commitments take 10 s)."""
    ids = list(dict.fromkeys(ids))
    found: dict[str, CommitmentKey] = {}
    with store.unit_of_work() as session:
        for start in range(0, len(ids), 10_000):  # within SQLite's limit on bound parameters
            chunk = ids[start : start + 10_000]
            for cid, sid, ref in session.execute(
                select(Commitment.id, Commitment.summit_id, Commitment.reference).where(
                    Commitment.id.in_(chunk)
                )
            ):
                found[cid] = CommitmentKey(cid, sid, ref)
    return [found[i] for i in ids if i in found]


def fetch_rows(store: Store, ids: Sequence[str], search: str = "") -> dict[str, TableRow]:
    """Table rows for ``ids`` (a page), by id; with a search, each carries a snippet with marked matches."""
    ids = list(ids)
    if not ids:
        return {}
    with store.unit_of_work() as session:
        base = session.execute(
            select(Commitment, Pillar.tab, Summit.title)
            .join(Pillar, Pillar.id == Commitment.pillar_id)
            .join(Summit, Summit.id == Commitment.summit_id)
            .where(Commitment.id.in_(ids))
        ).all()
        order = {
            (sp.summit_id, sp.party_id): sp.ordinal
            for sp in session.scalars(
                select(SummitParty).where(SummitParty.summit_id.in_({c.summit_id for c, _t, _s in base}))
            )
        }
        positions: dict[str, list[tuple[int, str, Position]]] = {}
        for pos, code in session.execute(
            select(Position, Party.code)
            .join(Party, Party.id == Position.party_id)
            .where(Position.commitment_id.in_(ids))
        ):
            positions.setdefault(pos.commitment_id, []).append((0, code, pos))
        statuses = dict(
            session.execute(
                select(StatusRecord.commitment_id, StatusRecord.status).where(
                    StatusRecord.commitment_id.in_(ids)
                )
            ).all()
        )
        conflicts: dict[str, list[tuple[str | None, str]]] = {}
        for model in (Position, StatusRecord):
            for commitment_id, party_code, open_ in session.execute(
                select(model.commitment_id, Revision.party_code, Revision.conflicts)
                .join(Revision, Revision.id == model.head_revision_id)
                .where(model.commitment_id.in_(ids), _open_conflict())
            ):
                conflicts.setdefault(commitment_id, []).extend((party_code, c["field"]) for c in open_)
        parsed = _parsed(search)
        match = _match(parsed)
        snippets = _snippets(session, ids, match) if match else {}
        rows: dict[str, TableRow] = {}
        for c, tab, summit_title in base:
            own = sorted(
                (
                    (order.get((c.summit_id, p.party_id), 99), code, p)
                    for _o, code, p in positions.get(c.id, [])
                ),
                key=lambda t: t[0],
            )
            changed: list[datetime] = [c.updated_at, *(p.updated_at for _o, _c, p in own if p.updated_at)]
            rows[c.id] = TableRow(
                CommitmentRow(
                    id=c.id,
                    summit_id=c.summit_id,
                    pillar_id=c.pillar_id,
                    reference=c.reference,
                    tab=tab,
                    text=c.text,
                    stances={code: p.stance for _o, code, p in own},
                    priority=next((p.priority for _o, _c, p in own if p.priority), None),
                    status=statuses.get(c.id),
                    updated_at=max(changed),
                    group=c.group_title,
                ),
                summit_title=summit_title,
                snippet=snippets.get(c.id, ""),
                conflicts=tuple(sorted(conflicts.get(c.id, ()), key=lambda k: (k[0] or "~", k[1]))),
            )
    return rows


# Saved searches: a small JSON file in the data folder (a user's preference, not summit data).


def _saved_path() -> Path:
    return data_home() / "saved-searches.json"


def list_saved_searches() -> list[SavedSearch]:
    path = _saved_path()
    if not path.exists():
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return [SavedSearch(str(item["name"]), str(item["query"])) for item in data.get("searches", [])]
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise StoreError(
            _("The saved searches in {path} cannot be read: {error}").format(path=path, error=exc)
        ) from exc


def _write_saved(searches: list[SavedSearch]) -> None:
    path = _saved_path()
    payload = json.dumps(
        {"searches": [{"name": s.name, "query": s.query} for s in searches]}, ensure_ascii=False, indent=2
    )
    try:
        private_folder(path.parent)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".saved-searches.", suffix=".part")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(payload)
        os.replace(tmp, path)
    except OSError as exc:
        raise StoreError(
            _("Cannot save the searches in {path}: {error}").format(path=path, error=exc.strerror)
        ) from exc


def save_search(name: str, query: str) -> list[SavedSearch]:
    """Save ``query`` under ``name`` (replacing one of the same name); the query must parse."""
    name, query = name.strip(), query.strip()
    if not name:
        raise QuerySyntaxError(_("A saved search needs a name."))
    if _parsed(query).is_empty:
        raise QuerySyntaxError(_("There is no search to save."))
    searches = [s for s in list_saved_searches() if s.name != name]
    searches.append(SavedSearch(name, query))
    _write_saved(searches)
    return searches


def delete_saved_search(name: str) -> list[SavedSearch]:
    searches = [s for s in list_saved_searches() if s.name != name]
    _write_saved(searches)
    return searches


__all__ = [
    "FACET_FIELDS",
    "MARK_END",
    "MARK_START",
    "OPEN_CONFLICT",
    "SORT_KEYS",
    "CommitmentKey",
    "FacetFilter",
    "FacetValue",
    "GroupNode",
    "SavedSearch",
    "SelectionSummary",
    "SummitNode",
    "TableQuery",
    "TableRow",
    "commitment_ids",
    "commitment_keys",
    "conflicted_commitments",
    "count_commitments",
    "delete_saved_search",
    "facet_values",
    "fetch_rows",
    "has_groups",
    "list_saved_searches",
    "navigator_tree",
    "save_search",
    "selection_summary",
]
