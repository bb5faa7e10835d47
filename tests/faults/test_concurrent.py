"""Writers at once: 4 CLI writers on the same commitments, and first starts migrating one store together."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .harness import Templates, concurrent_writers, connect_store, env_for, fresh_home


@pytest.mark.slow
def test_four_cli_writers_at_once_wait_for_each_other(tmp_path: Path, templates: Templates) -> None:
    figures = concurrent_writers(
        tmp_path, templates, writers=4, saves=int(os.environ.get("NALS_FAULT_SAVES", "8"))
    )
    assert figures.problems == []
    assert figures.failures == 0 and figures.tracebacks == 0
    assert figures.acknowledged == figures.trials and figures.lost == 0


OPEN = "from nals_desktop.services.startup import open_user_store; open_user_store().close(); print('ok')"


def test_starts_migrating_one_store_at_once_all_open_it(tmp_path: Path, templates: Templates) -> None:
    home = fresh_home(templates, tmp_path / "home", old=True)
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", OPEN],
            env=env_for(home),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    results = [p.communicate(timeout=120) for p in procs]
    assert [(p.returncode, out, err) for p, (out, err) in zip(procs, results, strict=True)] == [
        (0, "ok\n", "")
    ] * 3
    conn = connect_store(home / "nals.sqlite")
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
