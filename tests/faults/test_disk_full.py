"""A full disk: saves, imports and backups that do not fit are one clear line; nothing saved is lost."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from .harness import Templates, _revision_ids, run_cli


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MB tmpfs (mounting needs root; elsewhere the test is skipped with the reason)."""
    disk = tmp_path / "disk"
    disk.mkdir()
    if os.geteuid() != 0:
        pytest.skip("a small disk needs `mount -t tmpfs`, which needs root")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(disk)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode:
        pytest.skip(f"this machine does not allow mounting a small tmpfs: {mounted.stderr.strip()}")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def test_a_full_disk_is_one_line_and_loses_nothing(
    small_disk: Path, templates: Templates, tmp_path: Path
) -> None:
    home = small_disk / "home"
    home.mkdir()
    shutil.copyfile(templates.seeded, home / "nals.sqlite")
    shutil.copyfile(templates.key_file, home / "nals.key")
    big = tmp_path / "big.md"
    big.write_text(
        "# Big summit\n\n"
        + "".join(
            f"## Pillar {p}\n\nLeaders will:\n\n"
            + "".join(f"- Commit {p}.{i}: " + "word " * 60 + "\n" for i in range(60))
            for p in range(12)
        ),
        encoding="utf-8",
    )
    acknowledged: list[str] = []
    outcomes: list[tuple[int, str]] = []
    for i in range(400):  # saves until the disk is full, and a few after
        code, out, err, raised = run_cli(
            home, "position", "set", "B-1", "--party", "CA", "--objective", "x" * 4000 + str(i), "--json"
        )
        assert raised is None, raised
        if code == 0:
            acknowledged += json.loads(out)["revisions"]
        else:
            outcomes.append((code, err))
        if len(outcomes) >= 3:
            break
    code, _out, err, raised = run_cli(home, "import", str(big))
    assert raised is None, raised
    if code:
        outcomes.append((code, err))
    code, _out, err, raised = run_cli(home, "backup", str(small_disk / "copy.sqlite"))
    assert raised is None and code == 1, err
    outcomes.append((code, err))
    assert not list(small_disk.glob("copy.sqlite*"))  # no partial backup under any name

    assert outcomes, "the disk never filled up"
    for code, err in outcomes:
        [line] = err.splitlines()
        assert code == 1 and line.startswith("nals: ") and "full" in line, line
    assert acknowledged and set(acknowledged) <= _revision_ids(home / "nals.sqlite")
    for leftover in home.glob(".restore-*"):
        shutil.rmtree(leftover)
    code, out, err, raised = run_cli(home, "check")
    assert (code, err, raised) == (0, "", None)
