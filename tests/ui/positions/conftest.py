"""GUI fixtures for the position widgets: an author, a quiet error reporter, editors on the seeded store."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from nals_desktop.services import annotate
from nals_desktop.services.identity import Author
from nals_desktop.store.engine import Store
from nals_desktop.ui.errors import ErrorReporter
from nals_desktop.ui.positions import PositionEditor

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def author() -> Author:
    return Author("Test Officer", "CA", "00000000-0000-0000-0000-0000000000aa")


@pytest.fixture
def errors() -> ErrorReporter:
    return ErrorReporter(interactive=False)


@pytest.fixture
def ref(seeded_store: Store) -> Callable[[str], str]:
    """A commitment id by reference ("B-1")."""
    return lambda reference: annotate.commitment_id_for(seeded_store, reference)


@pytest.fixture
def make_editor(
    qtbot: QtBot, seeded_store: Store, errors: ErrorReporter, author: Author
) -> Callable[..., PositionEditor]:
    def make(autosave_ms: int = 50, who: Author | None = None) -> PositionEditor:
        editor = PositionEditor(seeded_store, lambda: who or author, errors=errors, autosave_ms=autosave_ms)
        qtbot.addWidget(editor)
        editor.resize(900, 700)
        with qtbot.waitActive(editor):  # focus moves (and flushes) only in the active window
            editor.show()
            editor.activateWindow()
        return editor

    return make


@pytest.fixture
def editor(make_editor: Callable[..., PositionEditor]) -> PositionEditor:
    """An editor whose autosave waits 50 ms (the real 600 ms is tested on its own)."""
    return make_editor()


EDITOR_SCRIPT = textwrap.dedent(
    """
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from nals_desktop import i18n
    i18n.install("en")
    from nals_desktop.services import annotate
    from nals_desktop.services.identity import Author
    from nals_desktop.services.startup import open_user_store
    from nals_desktop.ui.errors import ErrorReporter
    from nals_desktop.ui.positions import PositionEditor
    store = open_user_store()
    editor = PositionEditor(store, lambda: Author("Kill Test", "CA", "kill-device"),
                            errors=ErrorReporter(interactive=False), autosave_ms=60_000)
    editor.show()
    editor.load(annotate.commitment_id_for(store, "B-1"))
    field = editor.field_widget("CA", "objective")
    field.setPlainText(sys.argv[1])
    field.setFocus()
    field.moveCursor(field.textCursor().MoveOperation.End)
    QTest.keyClicks(field, sys.argv[2])
    messages = editor.field_widget("MX", "key_messages")
    messages.setPlainText("- first\\n- second")
    assert editor.load(annotate.commitment_id_for(store, "B-2"))
    print("switched", flush=True)
    time.sleep(120)
    """
)

LOCK_SCRIPT = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QLockFile
    lock = QLockFile(sys.argv[1])
    lock.setStaleLockTime(0)
    assert lock.tryLock(1000)
    print("locked", flush=True)
    time.sleep(120)
    """
)


@pytest.fixture
def editor_script() -> str:
    """Runs an editor offscreen: types into B-1, switches to B-2 (which saves), prints "switched", sleeps."""
    return EDITOR_SCRIPT


@pytest.fixture
def lock_script() -> str:
    """Takes the QLockFile given as argument, prints "locked", sleeps (and serves no activation requests)."""
    return LOCK_SCRIPT


@pytest.fixture
def run_until(tmp_path: Path) -> Iterator[Callable[[str, list[str], str], subprocess.Popen[str]]]:
    """Run a Python script in a subprocess (same NALS_HOME) until it prints a line; killed at the end."""
    procs: list[subprocess.Popen[str]] = []

    def run(script: str, args: list[str], wait_for: str) -> subprocess.Popen[str]:
        path = tmp_path / f"script{len(procs)}.py"
        path.write_text(script, encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        proc = subprocess.Popen(
            [sys.executable, str(path), *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        procs.append(proc)
        assert proc.stdout is not None
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if line.strip() == wait_for:
                return proc
            if not line and proc.poll() is not None:
                break
        proc.kill()
        _out, err = proc.communicate()
        pytest.fail(f"the subprocess never printed {wait_for!r}: {err[-2000:]}")

    yield run
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
        proc.communicate()
