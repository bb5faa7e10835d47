"""The table's ids and snippets against straightforward reference queries, on a store full of prefix hits and
rank ties: scopes, facets, the query syntax's filters and sort keys must not change which ids come back or
their order (rank, then the natural order: summit by creation and id, pillar, commitment)."""

from __future__ import annotations

import random
import sqlite3
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest

from nals_desktop.domain.model import ImplementationStatus, Stance
from nals_desktop.services import workspace
from nals_desktop.services.search import search
from nals_desktop.services.workspace import MARK_END, MARK_START, FacetFilter, TableQuery
from nals_desktop.store.engine import Store, open_store
from nals_desktop.store.fulltext import BODY_WEIGHT, TITLE_WEIGHT, fts_statement

WORDS = "methane metal meter metro mexico method border clean energy trade health".split()
STANCES = [s.value for s in Stance]
STATUSES = [s.value for s in ImplementationStatus]
TAGS = ("energy", "Border", "health")


SUMMIT = "INSERT INTO summit(id, title, date, location, host, created_at) VALUES (?, ?, NULL, '', '', ?)"
PILLAR = (
    "INSERT INTO pillar(id, summit_id, ordinal, tab, short_title, title, intro) VALUES (?, ?, ?, ?, ?, ?, ?)"
)
COMMITMENT = (
    "INSERT INTO commitment(id, summit_id, pillar_id, parent_id, ordinal, reference, text, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
POSITION = (
    "INSERT INTO position(id, commitment_id, party_id, stance, priority, objective, key_messages, responses, "
    "fallback, red_line, background, marking, updated_at, updated_by) "
    "VALUES (?, ?, ?, ?, ?, ?, '', '', '', '', '', 'UNCLASSIFIED', ?, 'test')"
)
STATUS = (
    "INSERT INTO implementation_status(id, commitment_id, status, progress, evidence, reason, updated_at, "
    "updated_by) VALUES (?, ?, ?, 0, '', '', ?, 'test')"
)


def _text(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def _new_id() -> str:
    return str(uuid.uuid4())


def make_tied_store(path: Path, seed: int = 5) -> Path:
    """Six summits (two created at the same instant), pillars and commitments written out of order, children
    and positions that match too, and texts so short and alike that most ranks are tied."""
    rng = random.Random(seed)
    open_store(path).close()
    conn = sqlite3.connect(str(path))
    conn.execute("PRAGMA foreign_keys=ON")
    parties = []
    for code, name in (("CA", "Canada"), ("MX", "Mexico"), ("US", "United States")):
        row = conn.execute("SELECT id FROM party WHERE code = ?", (code,)).fetchone()
        parties.append(row[0] if row else _new_id())
        if not row:
            conn.execute("INSERT INTO party(id, code, name) VALUES (?, ?, ?)", (parties[-1], code, name))
    tags = {name: _new_id() for name in TAGS}
    conn.executemany("INSERT INTO tag(id, name) VALUES (?, ?)", [(i, n) for n, i in tags.items()])
    stamp = "2025-0{}-01 00:00:00.000000"
    pillars, positions, position_tags, statuses = [], [], [], []
    commitments: list[tuple[str | int | None, ...]] = []
    with conn:
        for s, month in enumerate((3, 1, 2, 2, 5, 4)):  # two summits tie on created_at: their ids decide
            sid = _new_id()
            conn.execute(SUMMIT, (sid, f"Summit {s}", stamp.format(month)))
            order = rng.sample(parties, len(parties))  # each summit its own party order
            conn.executemany(
                "INSERT INTO summit_party VALUES (?, ?, ?)", [(sid, p, i) for i, p in enumerate(order)]
            )
            for p in rng.sample(range(4), 4):
                pid, tab = _new_id(), "ABCD"[p]
                pillars.append((pid, sid, p, tab, f"Pillar {tab}", _text(rng, 3), _text(rng, 5)))
                n = rng.randint(15, 30)
                for k in rng.sample(range(n), n):
                    cid, ref = _new_id(), f"{tab}-{k + 1}"
                    text = _text(rng, rng.randint(3, 5))
                    commitments.append((cid, sid, pid, None, k, ref, text, stamp.format(1)))
                    if rng.random() < 0.2:  # a child that matches: never a row of its own
                        child = (_new_id(), sid, pid, cid, 0, ref + ".1", "Methane meter.", stamp.format(1))
                        commitments.append(child)
                    for party in parties:
                        if rng.random() < 0.3:
                            position = _new_id()
                            stance = rng.choice([*STANCES, None])
                            priority = rng.choice(["high", "medium", "low", None])
                            objective = _text(rng, rng.randint(2, 4))
                            positions.append(
                                (position, cid, party, stance, priority, objective, stamp.format(2))
                            )
                            position_tags += [
                                (position, tags[t]) for t in rng.sample(TAGS, rng.randint(0, 2))
                            ]
                    if rng.random() < 0.4:
                        statuses.append((_new_id(), cid, rng.choice(STATUSES), stamp.format(3)))
        conn.executemany(PILLAR, pillars)
        conn.executemany(COMMITMENT, commitments)  # parents before their children
        conn.executemany(POSITION, positions)
        conn.executemany("INSERT INTO position_tag VALUES (?, ?)", position_tags)
        conn.executemany(STATUS, statuses)
    conn.close()
    return path


@dataclass(frozen=True)
class Top:
    """A top-level commitment as the reference sees it, read straight from the tables."""

    id: str
    summit_id: str
    pillar_id: str
    natural: tuple[str, str, int, int]
    text: str


class Reference:
    """The table's ids worked out in Python from plain queries: no joins to get wrong, no tricks."""

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(str(path))
        self.top = {
            row[0]: Top(row[0], row[1], row[2], (row[3], row[1], row[4], row[5]), row[6])
            for row in self.conn.execute(
                "SELECT c.id, c.summit_id, c.pillar_id, s.created_at, p.ordinal, c.ordinal, c.text "
                "FROM commitment c JOIN summit s ON s.id = c.summit_id JOIN pillar p ON p.id = c.pillar_id "
                "WHERE c.parent_id IS NULL"
            )
        }

    def scores(self, match: str) -> dict[str, float]:
        best: dict[str, float] = {}
        for cid, score in self.conn.execute(
            "SELECT d.commitment_id, bm25(search_fts, ?, ?) FROM search_fts "
            "JOIN search_doc d ON d.rowid = search_fts.rowid WHERE search_fts MATCH ?",
            (TITLE_WEIGHT, BODY_WEIGHT, match),
        ):
            if cid is not None:
                best[cid] = min(score, best.get(cid, score))
        return best

    def having(self, sql: str, *args: str) -> set[str]:
        return {row[0] for row in self.conn.execute(sql, args)}

    def stance(self, value: str) -> set[str]:
        return self.having("SELECT commitment_id FROM position WHERE stance = ?", value)

    def priority(self, value: str) -> set[str]:
        return self.having("SELECT commitment_id FROM position WHERE priority = ?", value)

    def party(self, code: str) -> set[str]:
        return self.having(
            "SELECT commitment_id FROM position JOIN party ON party.id = position.party_id WHERE code = ?",
            code,
        )

    def tag(self, name: str) -> set[str]:
        return self.having(
            "SELECT commitment_id FROM position JOIN position_tag ON position_id = position.id "
            "JOIN tag ON tag.id = tag_id WHERE lower(tag.name) = lower(?)",
            name,
        )

    def status(self, value: str) -> set[str]:
        return self.having("SELECT commitment_id FROM implementation_status WHERE status = ?", value)

    def stance_of(self, code: str) -> dict[str, str | None]:
        return dict(
            self.conn.execute(
                "SELECT commitment_id, stance FROM position JOIN party ON party.id = position.party_id "
                "WHERE code = ?",
                (code,),
            ).fetchall()
        )

    def ids(
        self,
        match: str | None = None,
        *,
        within: set[str] | None = None,
        summit_id: str | None = None,
        pillar_id: str | None = None,
        sort_key: Mapping[str, object] | None = None,
        descending: bool = False,
    ) -> list[str]:
        rows = [
            t
            for t in self.top.values()
            if (summit_id is None or t.summit_id == summit_id)
            and (pillar_id is None or t.pillar_id == pillar_id)
            and (within is None or t.id in within)
        ]
        if sort_key is not None:
            # Python's sort is stable: first the natural order, then the key (reversed on its own).
            rows.sort(key=lambda t: t.natural)
            rows.sort(key=lambda t: sort_key[t.id], reverse=descending)  # type: ignore[arg-type,return-value]
            return [t.id for t in rows]
        if match is None:
            return [t.id for t in sorted(rows, key=lambda t: t.natural, reverse=descending)]
        scores = self.scores(match)
        hits = [t for t in rows if t.id in scores]
        return [t.id for t in sorted(hits, key=lambda t: (scores[t.id], t.natural))]


@pytest.fixture(scope="module")
def tied_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_tied_store(tmp_path_factory.mktemp("tied") / "tied.sqlite")


@pytest.fixture
def store(tied_path: Path) -> Iterator[Store]:
    store = open_store(tied_path)
    yield store
    store.close()


@pytest.fixture(scope="module")
def ref(tied_path: Path) -> Iterator[Reference]:
    reference = Reference(tied_path)
    yield reference
    reference.conn.close()


def _scopes(ref: Reference) -> list[dict[str, Any]]:
    summits = sorted({t.summit_id for t in ref.top.values()})
    pillar = next(t.pillar_id for t in ref.top.values() if t.summit_id == summits[2])
    return [{}, {"summit_id": summits[2]}, {"pillar_id": pillar}]


def test_the_store_is_hard_enough(ref: Reference) -> None:
    """Most hits share their rank with others, children and positions match, so order is the tie-break's."""
    scores = ref.scores('"me"*')
    top_hits = [s for cid, s in scores.items() if cid in ref.top]
    assert len(top_hits) > 300 and len(set(top_hits)) < len(top_hits) / 5
    assert len(scores) > len(top_hits)  # matching children are left out
    created = [t.natural[0] for t in ref.top.values()]
    assert len(set(created)) < len({t.summit_id for t in ref.top.values()})  # two summits tie on creation


@pytest.mark.parametrize(
    ("search", "match"),
    [
        ("me", '"me"*'),
        ("met", '"met"*'),
        ("meth", '"meth"*'),
        ("mexico", '"mexico"*'),
        ("clean me", '"clean" AND "me"*'),
        ("trade", '"trade"*'),
    ],
)
def test_ranked_ids_match_the_reference_in_every_scope(
    store, ref: Reference, search: str, match: str
) -> None:
    for scope in _scopes(ref):
        got = workspace.commitment_ids(store, TableQuery(search=search, **scope))
        assert got == ref.ids(match, **scope), (search, scope)
        assert got  # every case finds something


def test_natural_order_matches_the_reference_both_ways(store, ref: Reference) -> None:
    for scope in _scopes(ref):
        assert workspace.commitment_ids(store, TableQuery(**scope)) == ref.ids(**scope)
        assert workspace.commitment_ids(
            store, TableQuery(sort="reference", descending=True, **scope)
        ) == ref.ids(descending=True, **scope)
        # Sorting by reference means the natural order, even while searching.
        assert workspace.commitment_ids(store, TableQuery(search="me", sort="reference", **scope)) == ref.ids(
            within=set(ref.scores('"me"*')), **scope
        )


def test_facets_and_filters_match_the_reference(store, ref: Reference) -> None:
    everyone = set(ref.top)
    cases = [
        (TableQuery(facets=(FacetFilter("stance", "support"),)), None, ref.stance("support")),
        (
            TableQuery(facets=(FacetFilter("stance", "oppose", exclude=True),)),
            None,
            everyone - ref.stance("oppose"),
        ),
        (TableQuery(search="priority:high"), None, ref.priority("high")),
        (TableQuery(search="-party:MX"), None, everyone - ref.party("MX")),
        (TableQuery(facets=(FacetFilter("tag", "border"),)), None, ref.tag("border")),
        (TableQuery(search="tag:Energy -tag:health"), None, ref.tag("energy") - ref.tag("health")),
        (TableQuery(facets=(FacetFilter("status", "ongoing"),)), None, ref.status("ongoing")),
        (TableQuery(search="me stance:neutral"), '"me"*', ref.stance("neutral")),
        (
            TableQuery(
                search="met -priority:low", facets=(FacetFilter("status", "not-started", exclude=True),)
            ),
            '"met"*',
            (everyone - ref.priority("low")) - ref.status("not-started"),
        ),
        (TableQuery(search="me party:CA tag:energy"), '"me"*', ref.party("CA") & ref.tag("energy")),
    ]
    for query, match, within in cases:
        assert ref.ids(match, within=within)  # something to order
        for scope in _scopes(ref):
            got = workspace.commitment_ids(store, replace(query, **scope))
            assert got == ref.ids(match, within=within, **scope), (query, scope)


def test_sort_keys_break_ties_in_the_natural_order(store, ref: Reference) -> None:
    ca = ref.stance_of("CA")
    stance_key = {cid: STANCES.index(s) if (s := ca.get(cid)) else len(STANCES) for cid in ref.top}
    status = dict(ref.conn.execute("SELECT commitment_id, status FROM implementation_status").fetchall())
    status_key = {cid: STATUSES.index(status[cid]) if cid in status else len(STATUSES) for cid in ref.top}
    text_key = {cid: t.text.lower() for cid, t in ref.top.items()}  # ASCII only: NOCASE's folding
    for sort, key in (("stance:CA", stance_key), ("status", status_key), ("text", text_key)):
        for descending in (False, True):
            for scope in _scopes(ref):
                got = workspace.commitment_ids(store, TableQuery(sort=sort, descending=descending, **scope))
                assert got == ref.ids(sort_key=key, descending=descending, **scope), (sort, descending, scope)
            within = set(ref.scores('"me"*'))
            got = workspace.commitment_ids(store, TableQuery(search="me", sort=sort, descending=descending))
            assert got == ref.ids(within=within, sort_key=key, descending=descending)


def test_snippets_of_a_page_are_those_of_the_whole_match(store, ref: Reference) -> None:
    """Reading only the page's documents gives each row the snippet it gets from all the matches."""
    ids = workspace.commitment_ids(store, TableQuery(search="me"))
    everything: dict[str, tuple[int, str]] = {}
    with store.unit_of_work() as session:
        for r in session.execute(fts_statement('"me"*', (MARK_START, MARK_END))):
            pref = 0 if r.kind == "commitment" else 1
            if r.commitment_id and (
                r.commitment_id not in everything or pref < everything[r.commitment_id][0]
            ):
                everything[r.commitment_id] = (pref, r.snip)
    for page in (ids[:100], ids[100:200], ids[-37:]):
        rows = workspace.fetch_rows(store, page, "me")
        assert set(rows) == set(page)
        assert {cid: row.snippet for cid, row in rows.items()} == {cid: everything[cid][1] for cid in page}
        assert all(MARK_START in row.snippet and MARK_END in row.snippet for row in rows.values())


def test_search_service_filters_match_the_reference(store, ref: Reference) -> None:
    hits = search(store, "me stance:support", limit=1000, prefix_last=True)
    found = {h.commitment_id for h in hits if h.commitment_id}
    support = ref.stance("support")
    assert found and found <= support
    assert found == {cid for cid in ref.scores('"me"*') if cid in support}
