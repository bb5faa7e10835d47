"""Help → Restore from backup…: the window restores a backup over a sound or an unreadable store."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from nals_desktop.services.annotate import set_position
from nals_desktop.services.browse import get_commitment, list_summits
from nals_desktop.services.maintenance import backup
from nals_desktop.services.workspace import TableQuery, commitment_ids

from .conftest import AUTHOR


@pytest.mark.parametrize("damage", ["none", "truncated"])
def test_restore_from_backup_in_the_window(qtbot, window, tmp_path: Path, damage: str) -> None:
    store = window.store
    copy = backup(store, tmp_path / "before.sqlite")
    first = commitment_ids(store, TableQuery())[0]
    set_position(store, first, "CA", {"stance": "oppose"}, AUTHOR)
    if damage == "truncated":  # damaged behind the window's back
        store.close()
        data = store.path.read_bytes()
        store.path.write_bytes(data[:5000])
        for suffix in ("-wal", "-shm"):
            Path(f"{store.path}{suffix}").unlink(missing_ok=True)

    actions = [a.text() for a in window.menuBar().actions()[-1].menu().actions()]
    assert "&Restore from backup…" in actions
    dialog = window.restorer.open_dialog()
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    with qtbot.waitSignal(window.restorer.restored, timeout=10_000) as restored:
        dialog.fileSelected.emit(str(copy))
    dialog.reject()
    done = restored.args[0]
    message = window.restorer.message.text()
    assert str(done.previous) in message
    if damage == "truncated":
        assert done.unreadable and done.previous.name.startswith("nals-unreadable-")
        assert done.previous.is_file()  # set aside beside it, never deleted
        assert "could not be read" in message
    else:
        assert done.previous.parent.name == "backups"
    # the window works on the restored store: the oppose saved after the backup is gone
    assert [p.stance for p in get_commitment(store, first).positions] == []
    assert len(list_summits(store)) == 1
    qtbot.waitUntil(lambda: window.table_model.rowCount() > 0, timeout=5000)
    assert window.isEnabled()


def test_a_backup_that_is_not_sound_is_refused_in_the_window(qtbot, window, errors, tmp_path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a backup" * 100)
    before = window.store.path.read_bytes()
    window.restorer.restore_from(junk)
    assert errors.shown and "not a NALS backup" in errors.shown[-1].message
    assert window.isEnabled() and window.store.path.read_bytes() == before
