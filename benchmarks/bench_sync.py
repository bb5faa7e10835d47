"""Delegation server benchmarks, on a throwaway PostgreSQL cluster on the loopback: the first sync of a
summit with 100,000 commitments and 50,000 revisions (time, peak traced memory), an incremental sync of 10
new revisions, 20 clients syncing at once, and a sync with nothing to do (time, statements sent).

Run: `.venv/bin/python -m benchmarks.bench_sync [COMMITMENTS REVISIONS]` (default: 100000 50000).
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine

from benchmarks.bench_exchange import PER_POSITION, chains, commitment_ids, peak_mb, timed
from benchmarks.synth import make_synthetic_store
from nals_desktop.services import annotate, revisions, sync
from nals_desktop.services.identity import Author
from nals_desktop.services.startup import open_user_store
from nals_desktop.store import server
from nals_desktop.store.engine import Store, open_store
from tests.postgres import Cluster, postgres_bin

SENDER = Author("Sender", "CA", "00000000-0000-4000-8000-0000000000a1")
RECEIVER = Author("Receiver", "CA", "00000000-0000-4000-8000-0000000000b2")


class Delegation:
    def __init__(self, cluster: Cluster) -> None:
        self.cluster = cluster
        self.database = cluster.new_database()
        self.admin = cluster.admin_url(self.database)
        server.upgrade_schema(self.admin, delegation="CA")

    def member(self, name: str) -> str:
        user = self.cluster.unique(name)
        server.add_member(self.admin, user, "member", "pw")
        return self.cluster.url(user, self.database)


def first_sync(cluster: Cluster, tmp: Path, commitments: int, n: int) -> None:
    delegation = Delegation(cluster)
    template = make_synthetic_store(
        tmp / "template.sqlite", summits=1, commitments=commitments, positions=False
    )
    shutil.copyfile(template, tmp / "sender.sqlite")
    sender = open_store(tmp / "sender.sqlite")
    ids = commitment_ids(sender)[: max(1, n // PER_POSITION)]
    revisions.integrate(sender, chains(ids, PER_POSITION, SENDER.device_id)[:n])
    url_s, url_r = delegation.member("sender"), delegation.member("receiver")
    pushed, t_push = timed(lambda: sync.sync(sender, SENDER, url_s, "pw"))
    receiver = open_store(tmp / "receiver.sqlite")  # an empty store: the summit comes from the server too
    pulled, t_pull = timed(lambda: sync.sync(receiver, RECEIVER, url_r, "pw"))
    print(f"first sync, one summit of {commitments:,} commitments and {n:,} revisions:")
    print(f"  push (the summit and {pushed.pushed:,} revisions)          {t_push:7.2f} s")
    print(
        f"  pull into an empty store ({len(pulled.summits_added)} summit, {pulled.pulled.added:,} revisions) "
        f"{t_pull:7.2f} s"
    )
    receiver.close()
    second = open_store(tmp / "receiver2.sqlite")
    url_r2 = delegation.member("receiver2")
    peak = peak_mb(lambda: sync.sync(second, RECEIVER, url_r2, "pw"))
    print(f"  peak traced memory of that pull                 {peak:7.0f} MB")
    second.close()
    sender.close()


def incremental(cluster: Cluster, tmp: Path) -> None:
    delegation = Delegation(cluster)
    a = open_user_store(tmp / "a" / "nals.sqlite")
    b = open_user_store(tmp / "b" / "nals.sqlite")
    url_a, url_b = delegation.member("a"), delegation.member("b")
    sync.sync(a, SENDER, url_a, "pw")
    sync.sync(b, RECEIVER, url_b, "pw")
    ids = commitment_ids(a)[:10]
    pushes, pulls, idle, statements = [], [], [], []
    for round_ in range(7):
        for cid in ids:
            annotate.set_position(a, cid, "CA", {"objective": f"Round {round_}"}, SENDER)
        result, t = timed(lambda: sync.sync(a, SENDER, url_a, "pw"))
        assert result.pushed == 10
        pushes.append(t)
        result, t = timed(lambda: sync.sync(b, RECEIVER, url_b, "pw"))
        assert result.pulled.added == 10
        pulls.append(t)
        sent: list[str] = []

        def count(conn: Any, cursor: Any, statement: str, *args: Any, sent: list[str] = sent) -> None:
            if conn.dialect.name == "postgresql":
                sent.append(statement)

        event.listen(Engine, "before_cursor_execute", count)
        try:
            result, t = timed(lambda: sync.sync(b, RECEIVER, url_b, "pw"))
        finally:
            event.remove(Engine, "before_cursor_execute", count)
        assert (result.pushed, result.pulled.received) == (0, 0)
        idle.append(t)
        statements.append(len(sent))
    ms = 1000
    print("incremental sync on the loopback (median of 7; connection and SCRAM login included):")
    print(f"  push of 10 new revisions                        {statistics.median(pushes) * ms:7.1f} ms")
    print(f"  pull of 10 new revisions                        {statistics.median(pulls) * ms:7.1f} ms")
    print(
        f"  a sync with nothing to do                       {statistics.median(idle) * ms:7.1f} ms, "
        f"{max(statements)} statement(s) on the server"
    )
    a.close()
    b.close()


def concurrent(cluster: Cluster, tmp: Path, clients: int = 20) -> None:
    delegation = Delegation(cluster)
    template = tmp / "template" / "nals.sqlite"
    open_user_store(template).close()
    laptops: list[tuple[Store, Author, str]] = []
    for i in range(clients):
        path = tmp / f"c{i}" / "nals.sqlite"
        path.parent.mkdir()
        shutil.copyfile(template, path)
        store = open_store(path)
        author = Author(f"Client {i}", "CA", f"00000000-0000-4000-8000-{i:012d}")
        annotate.set_position(
            store, annotate.commitment_id_for(store, "A-1", None), "CA", {"objective": f"{i}"}, author
        )
        laptops.append((store, author, delegation.member(f"c{i}")))
    start = threading.Barrier(clients)
    failures: list[BaseException] = []

    def run(store: Store, author: Author, url: str) -> None:
        start.wait()
        try:
            sync.sync(store, author, url, "pw")
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=run, args=laptop) for laptop in laptops]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    rounds = 0
    while rounds < 6:  # then each in turn until nothing moves: they converge
        rounds += 1
        moved = sum(r.pushed + r.pulled.added for r in (sync.sync(s, au, u, "pw") for s, au, u in laptops))
        if not moved:
            break
    heads = set()
    for store, _author, _url in laptops:
        with store.unit_of_work() as session:
            heads.add(frozenset(r.id for r in revisions.revision_records(session)))
        store.close()
    print(
        f"{clients} clients syncing at once: {clients - len(failures)} of {clients} succeeded "
        f"in {wall:.2f} s; "
        f"{'converged' if len(heads) == 1 else 'NOT converged'} after {rounds} more round(s)"
    )


def main(commitments: int, n: int) -> None:
    bin_dir = postgres_bin()
    if bin_dir is None:
        sys.exit("PostgreSQL is not installed: sudo apt-get install postgresql")
    root = Path(tempfile.mkdtemp(prefix="nals-pg-"))
    cluster = Cluster(bin_dir, root)
    try:
        for bench in (
            lambda tmp: incremental(cluster, tmp),
            lambda tmp: concurrent(cluster, tmp),
            lambda tmp: first_sync(cluster, tmp, commitments, n),
        ):
            with tempfile.TemporaryDirectory() as name:
                bench(Path(name))
    finally:
        cluster.stop()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:]]
    main(*(args or [100_000, 50_000]))
