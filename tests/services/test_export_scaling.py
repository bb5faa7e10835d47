"""Export and re-import stay linear in the number of pillars (a scan per pillar made 20,000 take minutes)."""

from __future__ import annotations

import gc
import time
from pathlib import Path

from nals_desktop.domain.model import ParsedCommitment, ParsedPillar, ParsedSummit
from nals_desktop.importers import SourceText
from nals_desktop.services.importing import store_summit
from nals_desktop.services.maintenance import export_document
from nals_desktop.store.engine import open_store


def _export_cpu_seconds(folder: Path, pillars: int) -> float:
    parsed = ParsedSummit(
        title=f"Summit of {pillars} pillars",
        pillars=[
            ParsedPillar(f"Pillar {i}", "", f"P{i}", [ParsedCommitment(f"Commitment {i}.")])
            for i in range(pillars)
        ],
    )
    store = open_store(folder / f"{pillars}.sqlite")
    try:
        store_summit(store, SourceText(f"{pillars} pillars", "txt", "sheet.txt"), parsed)
        # The garbage collector left out of the measure: in a long test run its passes scan every object the
        # run keeps, and they are not the export's work.
        gc.collect()
        gc.disable()
        try:
            started = time.process_time()
            document = export_document(store)
            spent = time.process_time() - started
        finally:
            gc.enable()
    finally:
        store.close()
    [summit] = document["summits"]
    assert [p["commitments"][0]["text"] for p in summit["pillars"]] == [
        f"Commitment {i}." for i in range(pillars)
    ]
    return spent


def test_export_of_eight_times_the_pillars_costs_far_less_than_sixty_four_times(tmp_path: Path) -> None:
    small = _export_cpu_seconds(tmp_path, 250)
    large = _export_cpu_seconds(tmp_path, 2000)
    # Linear work gives about 8x; a scan of every commitment per pillar gives about 64x.
    assert large < 24 * max(small, 0.01)
