"""A read-only store is read, exported and backed up elsewhere; a save or a restore there is one line."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from .harness import Templates, fresh_home, run_cli


@contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """``folder`` read-only: a read-only bind mount as root (who writes anywhere else), else chmod."""
    if os.geteuid() != 0:
        modes = {p: p.stat().st_mode for p in [folder, *folder.iterdir()]}
        for p in modes:
            p.chmod(0o555 if p.is_dir() else 0o444)
        try:
            yield
        finally:
            for p, mode in modes.items():
                p.chmod(mode)
        return
    bind = subprocess.run(["mount", "--bind", str(folder), str(folder)], capture_output=True, check=False)
    if bind.returncode:
        pytest.skip(f"cannot make a read-only folder as root here: {bind.stderr.decode().strip()}")
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], check=True, capture_output=True)
        yield
    finally:
        subprocess.run(["umount", str(folder)], check=True, capture_output=True)


def test_a_read_only_store_is_read_exported_and_backed_up(tmp_path: Path, templates: Templates) -> None:
    home = fresh_home(templates, tmp_path / "home")
    out = tmp_path / "out"
    out.mkdir()
    before = (home / "nals.sqlite").read_bytes()
    with read_only(home):
        code, text, err, raised = run_cli(home, "summits", "--json")
        assert (code, err, raised) == (0, "", None) and json.loads(text)[0]["commitment_count"] == 31
        code, text, err, raised = run_cli(home, "show", "A-1", "--json")
        assert code == 0 and json.loads(text)["positions"][0]["objective"] == "kept-before-the-trial"
        assert run_cli(home, "export-json", str(out / "all.json"))[0] == 0
        assert json.loads((out / "all.json").read_text(encoding="utf-8"))["summits"]
        code, text, err, _ = run_cli(home, "check")
        assert (code, err) == (0, "") and text.strip().endswith(": ok")
        assert run_cli(home, "backup", str(out / "copy.sqlite"))[0] == 0

        code, _text, err, raised = run_cli(
            home, "position", "set", "B-1", "--party", "CA", "--objective", "x"
        )
        assert raised is None and code == 1
        assert err.splitlines() == [
            f"nals: The store {home / 'nals.sqlite'} is read-only; nothing was saved."
        ]

        code, _text, err, raised = run_cli(home, "restore", str(templates.backup))  # issue 16, item 8
        assert raised is None and code == 1
        [line] = err.splitlines()
        assert line.startswith(f"nals: Cannot restore into {home}") and line.endswith("nothing was changed.")
    assert (home / "nals.sqlite").read_bytes() == before
    assert sorted(p.name for p in home.iterdir()) == ["nals.key", "nals.sqlite"]
    (tmp_path / "copied").mkdir()
    shutil.copyfile(home / "nals.key", tmp_path / "copied" / "nals.key")  # the backup's key goes with it
    assert run_cli(tmp_path / "copied", "restore", str(out / "copy.sqlite"))[0] == 0  # the backup is sound
