"""Exchange benchmarks: export and import of .nalsx bundles of 10,000 and 100,000 revisions, a no-op
re-import, and an import that meets 10,000 conflicts (time, peak traced memory, file size), then what the
position editor does in that store on the GUI thread: read one commitment's conflicts, settle one.

Run: `.venv/bin/python -m benchmarks.bench_exchange [N ...]` (default: 10000 100000).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
import tracemalloc
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import select

from benchmarks.synth import make_synthetic_store
from nals_desktop.services import bundles, revisions
from nals_desktop.services.identity import Author
from nals_desktop.services.revisions import DEFAULTS, RevisionRecord
from nals_desktop.store.engine import Store, open_store
from nals_desktop.store.models import Commitment

T = TypeVar("T")
PER_POSITION = 10  # revisions in each position's history
SENDER = Author("Sender", "CA", "00000000-0000-4000-8000-0000000000a1")
RECEIVER = Author("Receiver", "CA", "00000000-0000-4000-8000-0000000000b2")


def peak_mb(fn: Callable[[], object]) -> float:
    """The peak of Python's traced memory during ``fn``, in MB (tracing slows it: times come untraced)."""
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def timed(fn: Callable[[], T]) -> tuple[T, float]:
    t = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - t


def chains(
    commitment_ids: list[str], per: int, device: str, stance: str | None = None
) -> list[RevisionRecord]:
    """A linear history of ``per`` revisions on the CA position of each commitment."""
    start = datetime(2026, 1, 1, tzinfo=UTC)
    out = []
    for n, cid in enumerate(commitment_ids):
        values: dict[str, Any] = dict(DEFAULTS["position"])
        parent = None
        for i in range(per):
            before = dict(values)
            values = {
                **values,
                "stance": stance or ("support", "oppose", "neutral")[i % 3],
                "objective": f"Objective draft {i} of commitment {n}",
                "key_messages": "\n".join(f"Message {k} (v{i})" for k in range(3)),
                "tags": sorted({"Energy", f"T{i % 4}"}, key=str.casefold),
            }
            rid = str(uuid.uuid4())
            out.append(
                RevisionRecord(
                    id=rid,
                    entity_type="position",
                    commitment_id=cid,
                    party_code="CA",
                    parent_id=parent,
                    merge_parent_id=None,
                    author="Bench",
                    device_id=device,
                    created_at=start + timedelta(seconds=n * per + i),
                    changed={k: [before[k], v] for k, v in values.items() if before[k] != v},
                    snapshot=values,
                )
            )
            parent = rid
    return out


def commitment_ids(store: Store) -> list[str]:
    with store.unit_of_work() as session:
        return list(session.scalars(select(Commitment.id).where(Commitment.parent_id.is_(None))))


def stores(tmp: Path, commitments: int) -> tuple[Store, Store, Path]:
    template = make_synthetic_store(
        tmp / "template.sqlite", summits=1, commitments=commitments, positions=False
    )
    shutil.copyfile(template, tmp / "sender.sqlite")
    shutil.copyfile(template, tmp / "receiver.sqlite")
    return open_store(tmp / "sender.sqlite"), open_store(tmp / "receiver.sqlite"), template


def bench_size(n: int) -> None:
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        sender, receiver, template = stores(tmp, max(1, n // PER_POSITION))
        records = chains(commitment_ids(sender), PER_POSITION, SENDER.device_id)[:n]
        _, t_local = timed(lambda: revisions.integrate(sender, records))
        out = tmp / "bundle.nalsx"
        summary, t_export = timed(lambda: bundles.export_bundle(sender, out, SENDER))
        report, t_import = timed(lambda: bundles.import_bundle(receiver, out).report)
        _, t_noop = timed(lambda: bundles.import_bundle(receiver, out))
        print(f"{n:,} revisions over {len(report.outcomes):,} positions:")
        print(f"  integrate them into the sender's store      {t_local:7.2f} s")
        print(
            f"  export the bundle                           {t_export:7.2f} s, "
            f"{summary.size / 1e6:.1f} MB file"
        )
        print(f"  import it (all new)                         {t_import:7.2f} s")
        print(f"  import it again (no-op)                     {t_noop:7.2f} s")
        receiver.close()
        shutil.copyfile(template, tmp / "receiver2.sqlite")
        second = open_store(tmp / "receiver2.sqlite")
        peak_export = peak_mb(lambda: bundles.export_bundle(sender, tmp / "again.nalsx", SENDER))
        peak_import = peak_mb(lambda: bundles.import_bundle(second, out))
        peak_noop = peak_mb(lambda: bundles.import_bundle(second, out))
        print(
            f"  peak traced memory: export {peak_export:.0f} MB, import {peak_import:.0f} MB, "
            f"no-op re-import {peak_noop:.0f} MB"
        )
        second.close()
        sender.close()


def bench_conflicts(n: int) -> None:
    """Both laptops edited the same ``n`` positions differently: every field they touched conflicts once."""
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        sender, receiver, _template = stores(tmp, n)
        ids = commitment_ids(sender)
        revisions.integrate(sender, chains(ids, 1, SENDER.device_id, stance="support"))
        revisions.integrate(receiver, chains(ids, 1, RECEIVER.device_id, stance="oppose"))
        out = tmp / "bundle.nalsx"
        bundles.export_bundle(sender, out, SENDER)
        report, t_import = timed(lambda: bundles.import_bundle(receiver, out).report)
        conflicts = revisions.open_conflicts(receiver)
        print(
            f"import of {n:,} diverged positions: {t_import:.2f} s, {report.merges:,} merges, "
            f"{len(conflicts):,} open conflicts"
        )
        # What the position editor does on the GUI thread, in a store with that many open conflicts.
        sample = ids[:: max(1, len(ids) // 100)][:100]

        def look(cid: str) -> object:
            return revisions.open_conflicts(receiver, commitment_id=cid)

        def settle(cid: str) -> object:
            return revisions.resolve(receiver, cid, "CA", "stance", RECEIVER, choice="theirs")

        looks = [timed(partial(look, c))[1] for c in sample]
        settles = [timed(partial(settle, c))[1] for c in sample]
        for label, values in (("one commitment's conflicts", looks), ("settle one (Take theirs)", settles)):
            values.sort()
            print(
                f"  {label:<28} p50 {values[len(values) // 2] * 1e3:6.1f} ms, "
                f"max {values[-1] * 1e3:6.1f} ms ({len(values)} commitments)"
            )
        sender.close()
        receiver.close()


def main(sizes: list[int]) -> None:
    for n in sizes:
        bench_size(n)
    bench_conflicts(10_000)


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [10_000, 100_000])
