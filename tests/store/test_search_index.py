"""The FTS5 index follows the tables through the migrations' triggers."""

from __future__ import annotations

from sqlalchemy import delete, select, update

from nals_desktop.services.search import search
from nals_desktop.store.models import Commitment, Party, Position, SearchDoc, Summit


def _refs(store, q: str) -> list[str]:
    return [h.reference for h in search(store, q)]


def test_index_follows_updates_and_deletes(seeded_store) -> None:
    assert _refs(seeded_store, "methane")[0] == "B-1"
    with seeded_store.unit_of_work() as s:
        s.execute(update(Commitment).where(Commitment.reference == "B-1").values(text="Zeppelin diplomacy."))
    assert "B-1" not in _refs(seeded_store, "methane")
    assert _refs(seeded_store, "zeppelin") == ["B-1"]
    with seeded_store.unit_of_work() as s:
        s.execute(delete(Commitment).where(Commitment.reference == "B-1"))
    assert _refs(seeded_store, "zeppelin") == []
    assert seeded_store.integrity_errors() == []


def test_position_text_is_searchable_and_leads_to_its_commitment(seeded_store) -> None:
    with seeded_store.unit_of_work() as s:
        commitment = s.scalar(select(Commitment).where(Commitment.reference == "D-3"))
        party = s.scalar(select(Party).where(Party.code == "CA"))
        s.add(
            Position(commitment_id=commitment.id, party_id=party.id, objective="Secure a Tapachula follow-up")
        )
    hits = search(seeded_store, "Tapachula")
    assert [h.reference for h in hits] == ["D-3"]  # one hit per commitment, text and position together
    with seeded_store.unit_of_work() as s:
        s.execute(update(Position).values(objective="Quokka"))
    assert _refs(seeded_store, "quokka") == ["D-3"]


def test_deleting_a_summit_empties_its_part_of_the_index(seeded_store) -> None:
    with seeded_store.unit_of_work() as s:
        s.execute(delete(Summit))
    with seeded_store.unit_of_work() as s:
        assert s.scalars(select(SearchDoc)).all() == []
    assert seeded_store.integrity_errors() == []
