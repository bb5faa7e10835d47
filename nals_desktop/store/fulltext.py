"""The full-text index (SQLite FTS5, kept in sync by the migrations' triggers); only this module speaks it."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from sqlalchemy import ColumnClause, Select, Subquery, column, func, literal_column, select, table

from nals_desktop.store.models import SearchDoc

#: Column weights for bm25: a hit in a pillar's title counts double.
TITLE_WEIGHT, BODY_WEIGHT = 2.0, 1.0

_fts = table("search_fts", column("rowid"))
_fts_name: ColumnClause[Any] = literal_column("search_fts")
_rank: ColumnClause[Any] = literal_column("search_fts.rank")
_RANKING = f"bm25({TITLE_WEIGHT}, {BODY_WEIGHT})"


def fts_statement(
    match: str,
    marks: tuple[str, str] | None = ("[", "]"),
    *,
    commitment_ids: Collection[str] | None = None,
    snippet_column: int = -1,
) -> Select[Any]:
    """The ranked FTS5 query, before any restriction to a summit or filter; with ``marks``, snippets too
    (they cost more than the ranking: leave them out where only ids and scores are needed). With
    ``commitment_ids``, only the documents of those commitments (a page of the table). Snippets are of the
    column that matches best (-1), or of ``snippet_column`` (0: title, 1: body)."""
    columns = [
        SearchDoc.kind,
        SearchDoc.summit_id,
        SearchDoc.commitment_id,
        SearchDoc.pillar_id,
        func.bm25(_fts_name, TITLE_WEIGHT, BODY_WEIGHT).label("score"),
    ]
    if marks is not None:
        columns.append(func.snippet(_fts_name, snippet_column, marks[0], marks[1], "…", 16).label("snip"))
    # Ordered by FTS5's rank (the same bm25), FTS5 sorts the matches itself, on its index alone: the
    # documents are read, and the snippets made, only for the rows a LIMIT keeps, not for every match
    # (20,000 for "health" at 100,000 commitments; every page read once more costs a decryption).
    stmt = (
        select(*columns)
        .select_from(_fts.join(SearchDoc, SearchDoc.rowid == _fts.c.rowid))
        .where(_fts_name.op("MATCH")(match), _rank.op("MATCH")(_RANKING))
        .order_by(_rank)
    )
    if commitment_ids is not None:
        docs = select(SearchDoc.rowid).where(SearchDoc.commitment_id.in_(commitment_ids)).correlate(None)
        # Tested on the FTS row before its document is read (most matches are not in the page). "+ 0" keeps
        # the rowids from FTS5 itself, which would run the whole prefix query again for each one.
        stmt = stmt.where((_fts.c.rowid + 0).in_(docs))
    return stmt


def commitment_scores(match: str) -> Subquery:
    """(commitment_id, score): each commitment's best bm25 score over its own text and its positions."""
    # Unordered (rank is the outer query's business), but LIMIT -1 keeps SQLite from merging it into the
    # GROUP BY, where bm25() cannot run.
    hits = fts_statement(match, marks=None).order_by(None).limit(-1).subquery()
    return (
        select(hits.c.commitment_id, func.min(hits.c.score).label("score"))
        .where(hits.c.commitment_id.is_not(None))
        .group_by(hits.c.commitment_id)
        .subquery()
    )
