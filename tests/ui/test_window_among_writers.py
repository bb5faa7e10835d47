"""The window saves while 4 CLI writers save to the same store: none of them fails, nothing is lost."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QPlainTextEdit

from nals_desktop.services.annotate import set_status
from nals_desktop.services.browse import get_commitment

from .conftest import AUTHOR

ROOT = Path(__file__).resolve().parents[2]
CHILD = ROOT / "tests" / "faults" / "child.py"


@pytest.mark.slow
def test_the_window_and_four_cli_writers_at_once(window, errors, nals_home: Path, monkeypatch) -> None:
    env = {"NALS_HOME": str(nals_home), "PYTHONPATH": str(ROOT), "NALS_LANG": "en"}
    writers = [
        subprocess.Popen(
            [sys.executable, str(CHILD), "cli-writer", "6", party, f"w{j}"],
            env={**os.environ, **env},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for j, party in enumerate(["CA", "MX", "US", "CA"])
    ]
    window.table.selectionModel().setCurrentIndex(
        window.table_model.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    cid = window.current_commitment_id()
    set_status(window.store, cid, {"status": "ongoing", "reason": "started"}, AUTHOR)
    window.editor.reload()
    evidence = window.editor.status_widget("evidence")  # the writers set objectives, the window the status
    assert isinstance(evidence, QPlainTextEdit)
    saved: list[bool] = []
    while any(w.poll() is None for w in writers) or len(saved) < 3:
        evidence.setPlainText(f"window edit {len(saved)}")
        saved.append(window.editor.flush())
        assert saved[-1], window.editor.problems()
    outputs = [w.communicate(timeout=300) for w in writers]
    acks = [line.split()[1] for out, _ in outputs for line in out.splitlines() if line.startswith("ack ")]
    fails = [line for out, _ in outputs for line in out.splitlines() if line.startswith("fail")]
    assert fails == [] and [err for _, err in outputs if err.strip()] == []
    assert len(acks) == 24
    assert all(saved) and errors.shown == []
    detail = get_commitment(window.store, cid)
    assert detail.status is not None and detail.status.evidence == f"window edit {len(saved) - 1}"
    assert set(acks) <= {r.id for r in _all_revisions(window.store)}


def _all_revisions(store):
    from sqlalchemy import select

    from nals_desktop.store.models import Revision

    with store.unit_of_work() as session:
        return list(session.scalars(select(Revision)))
