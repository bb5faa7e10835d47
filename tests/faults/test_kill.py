"""kill -9 at random points of save, import, restore, backup and migration: nothing acknowledged is lost."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from .harness import KINDS, Templates, kill_trials

#: Trials per run; NALS_FAULT_TRIALS raises it for a longer hunt (figures: python -m benchmarks.bench_faults).
TRIALS = int(os.environ.get("NALS_FAULT_TRIALS", "200"))


@pytest.mark.slow
def test_kill_9_anywhere_loses_no_acknowledged_save_and_leaves_a_sound_store(
    tmp_path: Path, templates: Templates
) -> None:
    figures = kill_trials(TRIALS, tmp_path, templates=templates)
    assert figures.trials == TRIALS and set(figures.by_kind) == set(KINDS)
    assert figures.acknowledged > 0  # the kills landed after some saves, not only before the first
    assert figures.problems == []
    assert figures.lost == 0
