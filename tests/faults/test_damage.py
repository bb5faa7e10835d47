"""Damaged stores (truncation, bit flips, a foreign file, a missing -wal): one clear line, no traceback."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from .harness import CHILD, Templates, damage_kinds, damage_runs, env_for, fresh_home, run_cli


def test_every_command_on_every_damage_is_one_clear_line_and_restore_gets_out(
    tmp_path: Path, templates: Templates
) -> None:
    figures = damage_runs(tmp_path, templates)
    assert set(figures.by_kind) == set(damage_kinds())
    assert figures.problems == []
    assert figures.tracebacks == 0 and figures.failures == 0


def _killed_with_saves_in_the_wal(home: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), "save-and-wait", "3"],
        env=env_for(home),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "saved", proc.communicate()[1]
    proc.send_signal(signal.SIGKILL)
    proc.communicate()
    assert Path(f"{home}/nals.sqlite-wal").stat().st_size > 0


def test_check_warns_when_the_wal_holding_saves_is_missing(tmp_path: Path, templates: Templates) -> None:
    home = fresh_home(templates, tmp_path / "home")
    _killed_with_saves_in_the_wal(home)
    copy = tmp_path / "copied"  # the store and its -shm copied, the -wal forgotten
    copy.mkdir()
    for name in ("nals.sqlite", "nals.sqlite-shm", "nals.key"):
        shutil.copyfile(home / name, copy / name)
    code, _out, err, raised = run_cli(copy, "check")
    assert raised is None and code == 1
    [line] = err.strip().splitlines()
    assert "-wal file beside" in line and "is missing" in line and "nals backup" in line

    code, out, err, raised = run_cli(home, "check")  # with its -wal, the same store is sound
    assert (code, err, raised) == (0, "", None) and out.strip().endswith(": ok")


def test_check_says_nothing_of_a_wal_after_a_clean_close(tmp_path: Path, templates: Templates) -> None:
    home = fresh_home(templates, tmp_path / "home")
    assert run_cli(home, "position", "set", "B-1", "--party", "CA", "--objective", "x")[0] == 0
    assert not Path(f"{home}/nals.sqlite-wal").exists()  # the last connection checkpointed it away
    code, _out, err, _raised = run_cli(home, "check")
    assert (code, err) == (0, "")


@pytest.mark.parametrize("kind", ["truncated to 50%", "512 bits flipped", "0 bytes"])
def test_a_damaged_store_is_refused_by_the_window_with_one_line(
    tmp_path: Path, templates: Templates, kind: str
) -> None:
    home = fresh_home(templates, tmp_path / "home")
    damage_kinds()[kind](home / "nals.sqlite")
    result = subprocess.run(
        [sys.executable, "-m", "nals_desktop.ui.app", "--self-check"],
        env={**env_for(home), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert [line for line in result.stderr.splitlines() if line.startswith("nals-desktop: ")]
