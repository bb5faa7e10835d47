"""While the window is open, a save reaches the store file itself (not only its -wal) within seconds."""

from __future__ import annotations

import shutil
from pathlib import Path

from nals_desktop.services.annotate import set_position
from nals_desktop.services.workspace import TableQuery, commitment_ids
from nals_desktop.store import cipher

from .conftest import AUTHOR


def _objectives_in_the_file_alone(store_file: Path, tmp_path: Path) -> set[str]:
    copy = tmp_path / f"copy-{len(list(tmp_path.glob('copy-*')))}.sqlite"
    shutil.copyfile(store_file, copy)  # the file alone, as a person copies it: no -wal beside it
    conn = cipher.connect(copy, cipher.unlocked_key(cipher.key_file(store_file)))  # the store is encrypted
    try:
        return {row[0] for row in conn.execute("SELECT objective FROM position") if row[0]}
    finally:
        conn.close()


def test_a_save_reaches_the_store_file_while_the_window_is_open(qtbot, window, tmp_path: Path) -> None:
    store = window.store
    cid = commitment_ids(store, TableQuery())[0]
    window.checkpointer.timer.stop()
    with store.engine.connect() as reader:  # another reader holds the store open all along
        reader.exec_driver_sql("SELECT 1").close()
        set_position(store, cid, "CA", {"objective": "saved while open"}, AUTHOR)
        assert "saved while open" not in _objectives_in_the_file_alone(store.path, tmp_path)  # in the -wal
        window.checkpointer.timer.start(50)
        qtbot.waitUntil(
            lambda: "saved while open" in _objectives_in_the_file_alone(store.path, tmp_path), timeout=10_000
        )
    window.close()
    assert not Path(f"{store.path}-wal").exists() or Path(f"{store.path}-wal").stat().st_size == 0
