"""Laptops syncing through a real PostgreSQL delegation server: round trips, concurrency, a server killed."""

from __future__ import annotations

import json
import os
import threading
import time
from pathlib import Path
from typing import Any

import keyring
import psycopg
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import select

from nals_desktop import cli
from nals_desktop.services import annotate, bundles, revisions, sync
from nals_desktop.services.browse import list_summits, show_commitment
from nals_desktop.services.identity import Author
from nals_desktop.services.importing import preview_file, store_summit
from nals_desktop.services.startup import open_user_store
from nals_desktop.store import server
from nals_desktop.store.engine import Store
from nals_desktop.store.models import Commitment, Party, Position, StatusRecord
from nals_desktop.store.server import ServerError

from ..conftest import CORPUS
from ..postgres import Server

AUTHORS = [Author(n, "CA", f"00000000-0000-4000-8000-0000000000{i:02d}") for i, n in enumerate("ABCDE")]
ANNA, BEN, CARL = AUTHORS[:3]


class Laptop:
    """One person's laptop: their store, their author and their membership of the server."""

    def __init__(self, tmp: Path, author: Author, url: str, password: str) -> None:
        self.store = open_user_store(tmp / author.name / "nals.sqlite")
        self.author, self.url, self.password = author, url, password

    def sync(self) -> sync.SyncResult:
        return sync.sync(self.store, self.author, self.url, self.password)

    def edit(self, ref: str, changes: dict[str, Any], party: str = "CA") -> None:
        annotate.set_position(self.store, cid(self.store, ref), party, changes, self.author)


def cid(store: Store, ref: str, summit: str | None = None) -> str:
    return annotate.commitment_id_for(store, ref, summit)


@pytest.fixture
def laptops(delegation_server: Server, tmp_path: Path):
    made: list[Laptop] = []

    def make(n: int) -> list[Laptop]:
        for author in AUTHORS[len(made) : n]:
            made.append(Laptop(tmp_path, author, *delegation_server.add(author.name.lower())))
        return made[:n]

    yield make
    for laptop in made:
        laptop.store.close()


def state(store: Store) -> tuple[frozenset[str], dict[tuple[str, str | None], str | None]]:
    """What must be equal on converged laptops: the revisions held, and every position's and status's head."""
    with store.unit_of_work() as session:
        ids = frozenset(r.id for r in revisions.revision_records(session))
        heads: dict[tuple[str, str | None], str | None] = {
            (c, p): h
            for c, p, h in session.execute(
                select(Commitment.reference, Party.code, Position.head_revision_id)
                .join(Position, Position.commitment_id == Commitment.id)
                .join(Party, Party.id == Position.party_id)
            )
        }
        heads.update(
            {
                (c, None): h
                for c, h in session.execute(
                    select(Commitment.reference, StatusRecord.head_revision_id).join(
                        StatusRecord, StatusRecord.commitment_id == Commitment.id
                    )
                )
            }
        )
    return ids, heads


def converge(laptops: list[Laptop], rounds: int = 6) -> None:
    """Sync every laptop in turn until a whole round changes nothing anywhere."""
    for _ in range(rounds):
        results = [laptop.sync() for laptop in laptops]
        if all(r.pulled.added == 0 and r.pushed == 0 for r in results):
            return
    pytest.fail(f"no convergence after {rounds} rounds")


def test_two_laptops_round_trip_through_the_server(laptops) -> None:
    a, b = laptops(2)
    a.edit("A-1", {"stance": "support", "tags": ["Energy"]})
    annotate.set_status(a.store, cid(a.store, "A-1"), {"status": "ongoing", "reason": "Funded"}, ANNA)
    first = a.sync()
    assert (first.pushed, first.summits_sent, first.pulled.added) == (2, 1, 0)
    got = b.sync()
    assert sorted(o.kind for o in got.pulled.outcomes) == ["new", "new"] and got.pushed == 0
    detail = show_commitment(b.store, "A-1", None)
    assert [(p.party_code, p.stance, list(p.tags)) for p in detail.positions] == [
        ("CA", "support", ["Energy"])
    ]
    assert detail.status is not None and detail.status.status == "ongoing"
    assert state(a.store) == state(b.store)
    again = b.sync()  # nothing to do: nothing pulled, nothing pushed
    assert (again.pulled.received, again.pushed) == (0, 0)
    assert sync.status(b.store).to_send == 0 and sync.status(b.store).synced_at == again.synced_at


def test_edits_on_both_sides_merge_as_bundles_do_and_conflicts_are_the_same_everywhere(laptops) -> None:
    a, b = laptops(2)
    a.edit("B-1", {"key_messages": "one\ntwo\nthree"})
    a.sync()
    b.sync()
    a.edit("B-1", {"key_messages": "ONE\ntwo\nthree", "stance": "support"})
    b.edit("B-1", {"key_messages": "one\ntwo\nTHREE", "stance": "oppose"})
    a.sync()
    result = b.sync()
    (outcome,) = result.pulled.outcomes
    assert (outcome.kind, outcome.conflicts) == ("merge", ("stance",))
    converge([a, b])
    assert state(a.store) == state(b.store)
    for laptop in (a, b):
        (p,) = show_commitment(laptop.store, "B-1", None).positions
        assert p.key_messages == "ONE\ntwo\nTHREE"  # each side's line kept
        assert [c.field for c in revisions.open_conflicts(laptop.store)] == ["stance"]


def test_three_laptops_converge_and_a_summit_travels_with_its_revisions(laptops) -> None:
    a, b, c = laptops(3)
    (nals,) = [s.id for s in list_summits(a.store)]
    source, parsed = preview_file(CORPUS / "wh_quad_summit_2021_fact_sheet.md")
    quad = store_summit(c.store, source, parsed)
    party = parsed.parties[0]
    annotate.set_position(
        c.store, cid(c.store, "A-1", quad.summit_id), party, {"objective": "Vaccines"}, CARL
    )
    a.edit("A-2", {"priority": "high"})
    b.edit("A-2", {"objective": "Methane"})
    converge([a, b, c])
    assert state(a.store) == state(b.store) == state(c.store)
    for laptop in (a, b):
        assert quad.title in [s.title for s in list_summits(laptop.store)]
        (p,) = show_commitment(laptop.store, "A-1", quad.summit_id).positions
        assert p.objective == "Vaccines"
    (p,) = show_commitment(c.store, "A-2", nals).positions
    assert (p.priority, p.objective) == ("high", "Methane")


def test_sync_is_incremental_a_second_sync_pulls_only_what_is_new(laptops) -> None:
    a, b = laptops(2)
    for ref in ("A-1", "A-2", "A-3"):
        a.edit(ref, {"stance": "support"})
    a.sync()
    assert b.sync().pulled.received == 3
    a.edit("A-4", {"stance": "oppose"})
    a.sync()
    assert b.sync().pulled.received == 1  # the watermark: the three earlier ones are not sent again
    assert a.sync().pulled.received == 0  # its own push moved its watermark past it


def test_a_laptop_offline_for_a_week_syncs_in_one_step(laptops) -> None:
    a, b, c = laptops(3)
    b.edit("E-1", {"stance": "neutral"})  # made offline, before the week's work of the others
    for day in range(7):
        a.edit("A-1", {"objective": f"Day {day}"})
        c.edit(f"B-{day % 3 + 1}", {"priority": "high"})
        a.sync()
        c.sync()
    result = b.sync()  # one step: everything since its last sync, in, and its own work, out
    # Anna's seven saves and Carl's three (a save that changes nothing is no revision)
    assert (result.pulled.added, result.pushed) == (10, 1)
    (p,) = show_commitment(b.store, "A-1", None).positions
    assert p.objective == "Day 6"
    assert sync.status(b.store).to_send == 0
    a.sync()
    assert state(a.store)[0] == state(b.store)[0]


def test_bundles_and_the_server_mix_and_converge(laptops, tmp_path: Path) -> None:
    a, b, c = laptops(3)
    a.edit("C-1", {"stance": "support"})
    bundles.export_bundle(a.store, tmp_path / "a.nalsx", ANNA)
    bundles.import_bundle(c.store, tmp_path / "a.nalsx", device_id=CARL.device_id)  # by stick, offline
    c.edit("C-1", {"priority": "low"})
    c.sync()  # sends Anna's revision too: the server lacks it
    b.sync()
    (p,) = show_commitment(b.store, "C-1", None).positions
    assert (p.stance, p.priority) == ("support", "low")
    converge([a, b, c])
    assert state(a.store) == state(b.store) == state(c.store)


def test_five_laptops_syncing_at_once_all_succeed_and_converge(laptops) -> None:
    five = laptops(5)
    for i, laptop in enumerate(five):
        laptop.edit(f"A-{i + 1}", {"stance": "support"})
        laptop.edit("D-1", {"objective": f"Objective of {laptop.author.name}"})
    start = threading.Barrier(len(five))
    errors: list[BaseException] = []

    def run(laptop: Laptop) -> None:
        start.wait()
        try:
            laptop.sync()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(laptop,)) for laptop in five]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == []
    converge(five)
    first = state(five[0].store)
    assert all(state(laptop.store) == first for laptop in five[1:])
    ids, _ = state(five[0].store)
    assert len(ids) >= 10  # every laptop's two saves, and the merges
    for i in range(5):
        (p,) = show_commitment(five[0].store, f"A-{i + 1}", None).positions
        assert p.stance == "support"


def test_the_server_killed_mid_push_loses_nothing(laptops, delegation_server: Server) -> None:
    a, b = laptops(2)
    a.edit("A-1", {"stance": "support"})
    a.sync()
    for ref in ("A-2", "A-3", "A-4"):
        a.edit(ref, {"stance": "oppose"})
    before = state(a.store)
    cluster = delegation_server.cluster
    # Hold the row the push updates last: the push then waits with its revisions inserted, uncommitted.
    holder = delegation_server.owner()
    holder.execute("SELECT * FROM laptop WHERE device_id = %s FOR UPDATE", [ANNA.device_id])
    failure: list[BaseException] = []

    def push() -> None:
        try:
            a.sync()
        except BaseException as exc:
            failure.append(exc)

    pusher = threading.Thread(target=push)
    pusher.start()
    user = server.parse_url(a.url).username
    killed = False
    try:
        with delegation_server.owner() as watch:
            for _ in range(600):
                waiting = watch.execute(
                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND usename = %s",
                    [user],
                ).fetchone()
                if waiting == (1,) or not pusher.is_alive():
                    break
                time.sleep(0.05)
        assert pusher.is_alive(), f"the push did not wait for the row: {failure}"
        cluster.kill()
        killed = True
    finally:
        if killed:
            cluster.start()
        else:
            holder.rollback()
        pusher.join(60)
        try:
            holder.close()
        except psycopg.Error:
            pass
    assert len(failure) == 1 and isinstance(failure[0], ServerError)
    assert state(a.store) == before and sync.status(a.store).to_send == 3  # nothing lost here
    with delegation_server.owner() as conn:
        assert conn.execute("SELECT count(*) FROM revision").fetchone() == (1,)  # the push rolled back whole
    assert a.sync().pushed == 3
    b.sync()
    assert state(a.store)[0] == state(b.store)[0]
    assert [p.stance for r in ("A-2", "A-3", "A-4") for p in show_commitment(b.store, r, None).positions] == [
        "oppose"
    ] * 3


def test_a_laptop_whose_store_is_restored_from_an_older_backup_gets_its_revisions_back(
    laptops, tmp_path: Path
) -> None:
    (a,) = laptops(1)
    backup = tmp_path / "before.sqlite"
    from nals_desktop.store.engine import backup_sqlite

    assert a.store.path is not None
    backup_sqlite(a.store.path, backup, a.store.key)  # encrypted as the store is
    a.edit("A-1", {"stance": "support"})
    a.sync()
    path = a.store.path
    a.store.close()
    backup.replace(path)
    a.store = open_user_store(path)
    assert a.sync().pulled.added == 1  # its watermark came back with the backup: the revision too
    (p,) = show_commitment(a.store, "A-1", None).positions
    assert p.stance == "support"


class _MemoryKeyring(KeyringBackend):
    """A keyring of this process only: the OS's is not reachable in the tests."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


def test_the_password_comes_from_the_keyring_and_is_never_remembered_elsewhere(laptops) -> None:
    (a,) = laptops(1)
    previous = keyring.get_keyring()
    ring = _MemoryKeyring()
    keyring.set_keyring(ring)
    try:
        sync.save_password(a.url, a.password)
        a.edit("A-1", {"stance": "support"})
        assert sync.sync(a.store, ANNA, a.url).pushed == 1  # no password given: the keyring's
    finally:
        keyring.set_keyring(previous)
    assert list(ring.items) == [("nals-desktop", a.url)]
    assert a.store.path is not None and a.password.encode() not in a.store.path.read_bytes()


def test_nals_sync_on_the_command_line(laptops, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    b = laptops(2)[1]
    monkeypatch.setenv("PGPASSWORD", b.password)  # libpq's own: the CLI passes none
    assert cli.main(["sync"]) == 2
    assert "--server" in capsys.readouterr().err
    annotate.set_position(b.store, cid(b.store, "A-1"), "CA", {"stance": "support"}, BEN)
    b.store.close()  # the CLI opens the user's store: point NALS_HOME at Ben's
    monkeypatch.setenv("NALS_HOME", str(Path(str(b.store.path)).parent))
    assert cli.main(["sync", "--server", b.url]) == 0
    assert "1 sent" in capsys.readouterr().out
    assert cli.main(["sync", "--json"]) == 0  # the address was remembered
    out = capsys.readouterr().out
    assert '"pushed": 0' in out and f'"server": "{b.url}"' in out
    monkeypatch.setenv("PGPASSWORD", "wrong")
    assert cli.main(["sync"]) == 1
    assert "refused the user name or the password" in capsys.readouterr().err
    b.store = open_user_store(Path(str(b.store.path)))


# --- three laptops, edits, bundles and server syncs in any order -----------------------------------------


def test_three_laptops_mixing_server_sync_and_bundles_converge_with_nothing_lost(postgres) -> None:
    from hypothesis import HealthCheck, settings
    from hypothesis import strategies as st
    from hypothesis.stateful import rule, run_state_machine_as_test

    from .test_bundles import ThreeLaptops

    class ThreeLaptopsAndAServer(ThreeLaptops):
        def __init__(self) -> None:
            super().__init__()
            database = postgres.new_database()
            admin = postgres.admin_url(database)
            server.upgrade_schema(admin, delegation="CA")
            self.members = []
            for author in self.authors:
                user = postgres.unique(author.name.lower())
                server.add_member(admin, user, "member", "pw")
                self.members.append(postgres.url(user, database))

        def _sync(self, who: int) -> int:
            result = sync.sync(self.stores[who], self.authors[who], self.members[who], "pw")
            return result.pulled.added + result.pushed

        def _exchange_until_still(self) -> None:
            """Every laptop syncs, then bundles go round the ring, until a whole turn brings nothing new."""
            for _turn in range(8):
                moved = sum(self._sync(w) for w in range(3))
                moved += sum(self._send(s, (s + 1) % 3) for s in range(3))
                if not moved:
                    return
            raise AssertionError("the laptops never stopped sending each other new revisions")

        @rule(who=st.integers(0, 2))
        def server_sync(self, who: int) -> None:
            before = records(self.stores[who])
            self._sync(who)
            after = {r.id for r in records(self.stores[who])}
            assert {r.id for r in before} <= after  # a sync only ever adds
            assert sync.status(self.stores[who]).to_send == 0

    run_state_machine_as_test(
        ThreeLaptopsAndAServer,
        settings=settings(
            max_examples=int(os.environ.get("NALS_STATEFUL_EXAMPLES", "8")),
            stateful_step_count=12,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        ),
    )


def records(store: Store) -> list[revisions.RevisionRecord]:
    with store.unit_of_work() as session:
        return revisions.revision_records(session)


def test_a_revision_a_save_would_refuse_is_left_out_and_never_stops_the_others(
    laptops, caplog: pytest.LogCaptureFixture
) -> None:
    a, b = laptops(2)
    a.edit("A-1", {"stance": "support"})
    a.sync()
    good = records(a.store)[0].to_json()
    bad = {
        **good,
        "id": "00000000-0000-4000-8000-0000000000ff",
        "snapshot": {**good["snapshot"], "stance": "furious"},
    }
    child = {**good, "id": "00000000-0000-4000-8000-0000000000fe", "parent": bad["id"]}
    parsed = server.parse_url(a.url)
    with psycopg.connect(
        host=parsed.host, port=parsed.port, user=parsed.username, password=a.password, dbname=parsed.database
    ) as conn:  # a laptop of another version, or a tampered one, pushes what this one would never save
        for record in (bad, child):
            conn.execute(
                "INSERT INTO revision (id, commitment_id, pushed_from, record) VALUES (%s, %s, 'x', %s)",
                [record["id"], record["commitment"], json.dumps(record)],
            )
    result = b.sync()
    assert result.pulled.added == 1 and len(result.refused) == 2
    assert "furious" in result.refused[0] and "follows a refused one" in result.refused[1]
    assert [r.levelname for r in caplog.records if r.name == "nals.sync"] == ["WARNING"]
    caplog.clear()
    (p,) = show_commitment(b.store, "A-1", None).positions
    assert p.stance == "support"
    b.edit("A-2", {"stance": "oppose"})
    again = b.sync()  # the next syncs carry on: the refused ones are behind the watermark
    assert (again.refused, again.pushed) == ((), 1)
