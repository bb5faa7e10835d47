"""GUI fixtures for the briefing-book dialog and preview: a synchronous task helper, non-blocking errors."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from nals_desktop.services.workspace import TableQuery, commitment_ids
from nals_desktop.store.engine import Store
from nals_desktop.ui.book import BookDialog
from nals_desktop.ui.errors import ErrorReporter
from nals_desktop.ui.tasks import TaskRunner


@pytest.fixture
def runner() -> TaskRunner:
    return TaskRunner(synchronous=True)


@pytest.fixture
def errors() -> ErrorReporter:
    return ErrorReporter(interactive=False)


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    """Where the tests' books go (apart from NALS_HOME, so "nothing else was written" is easy to check)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def make_dialog(
    qtbot: QtBot, seeded_store: Store, runner: TaskRunner, errors: ErrorReporter, out_dir: Path
) -> Iterator[Callable[..., BookDialog]]:
    """Book dialogs on the seeded store, writing out_dir/book.pdf; their previews are closed at the end."""
    made: list[BookDialog] = []

    def make(**kwargs: Any) -> BookDialog:
        kwargs.setdefault("runner", runner)
        kwargs.setdefault("errors", errors)
        dialog = BookDialog(seeded_store, **kwargs)
        qtbot.addWidget(dialog)
        dialog.path_edit.setText(str(out_dir / "book.pdf"))
        made.append(dialog)
        return dialog

    yield make
    for dialog in made:
        if dialog.preview is not None:
            dialog.preview.close()


@pytest.fixture
def seed_ids(seeded_store: Store) -> dict[str, str]:
    """Commitment id by reference (A-1 … F-7)."""
    from nals_desktop.services.workspace import fetch_rows

    ids = commitment_ids(seeded_store, TableQuery())
    return {row.row.reference: cid for cid, row in fetch_rows(seeded_store, ids).items()}
