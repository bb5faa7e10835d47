"""Migration 0004 (commitments' groups): a store of the previous version upgrades keeping every row, its
search index works on, and groups are found by search once imported."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import text

from nals_desktop.services import annotate, workspace
from nals_desktop.services.identity import Author
from nals_desktop.services.importing import import_file
from nals_desktop.store.engine import WRITE, Store, alembic_config, current_revision, open_store

DOCUMENT = Path(__file__).resolve().parents[1] / "importers" / "documents" / "two_level_headings.md"
TABLES = (
    "summit",
    "party",
    "summit_party",
    "source_document",
    "pillar",
    "commitment",
    "position",
    "position_tag",
    "tag",
    "implementation_status",
    "revision",
    "search_doc",
)
ANA = Author("Ana", "CA", "laptop-1")


def _rows(store: Store) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table that holds summit data, sorted (the whole content, not only counts)."""
    with store.engine.connect() as conn:
        return {
            table: sorted(map(tuple, conn.execute(text(f"SELECT * FROM {table}"))), key=repr)
            for table in TABLES
        }


def _columns(store: Store) -> list[str]:
    with store.engine.connect() as conn:
        return [row[1] for row in conn.execute(text("PRAGMA table_info(commitment)"))]


def _downgrade(store: Store, to: str) -> None:
    """The store as the previous version left it."""
    config = alembic_config(store.engine)
    with store.engine.connect() as conn, conn.execution_options(**{WRITE: True}).begin():
        config.attributes["connection"] = conn
        command.downgrade(config, to)


def test_a_store_of_the_previous_version_upgrades_keeping_every_row(seeded_store: Store) -> None:
    cid = annotate.commitment_id_for(seeded_store, "B-1")
    annotate.set_position(seeded_store, cid, "CA", {"stance": "support", "tags": ["methane"]}, ANA)
    annotate.set_status(seeded_store, cid, {"status": "ongoing", "reason": "Started"}, ANA)
    path = seeded_store.path
    _downgrade(seeded_store, "0003")
    assert "group_title" not in _columns(seeded_store)
    before = _rows(seeded_store)
    assert len(before["commitment"]) >= 31
    assert len(before["position"]) == 1 and len(before["revision"]) == 2
    seeded_store.close()

    store = open_store(path)  # this version: migrates, after a backup
    assert current_revision(store.engine) == "0004"
    assert list((path.parent / "backups").glob("*-before-0004.sqlite"))
    after = _rows(store)
    # Every row as it was; commitments gained one column (the last), empty.
    assert _columns(store)[-1] == "group_title"
    with store.engine.connect() as conn:  # whether a scope has groups is one probe of a partial index
        plan = conn.execute(
            text(
                "EXPLAIN QUERY PLAN SELECT id FROM commitment "
                "WHERE group_title IS NOT NULL AND summit_id = 'x'"
            )
        ).all()
    assert "ix_commitment_grouped" in str(plan)
    assert after == before | {"commitment": [(*row, None) for row in before["commitment"]]}
    # The search index still serves the old rows and takes the new ones, groups included.
    methane = workspace.commitment_ids(store, workspace.TableQuery(search="methane"))
    assert cid in methane
    summit_id = import_file(store, DOCUMENT).summit_id
    ids = workspace.commitment_ids(store, workspace.TableQuery(summit_id=summit_id, search="power"))
    assert [workspace.fetch_rows(store, ids)[i].row.reference for i in ids] == ["B-4"]
    store.close()


def test_the_downgrade_keeps_every_row_too(seeded_store: Store) -> None:
    cid = annotate.commitment_id_for(seeded_store, "A-1")
    annotate.set_position(seeded_store, cid, "MX", {"stance": "oppose"}, ANA)
    summit_id = import_file(seeded_store, DOCUMENT).summit_id
    counts = {t: len(rows) for t, rows in _rows(seeded_store).items()}
    _downgrade(seeded_store, "0003")
    assert {t: len(rows) for t, rows in _rows(seeded_store).items()} == counts
    assert (
        workspace.commitment_ids(seeded_store, workspace.TableQuery(summit_id=summit_id, search="power"))
        == []
    )
