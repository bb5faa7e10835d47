"""Nothing in the data folder is readable by other users, whatever the umask."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from nals_desktop.services import maintenance
from nals_desktop.services.identity import load_author
from nals_desktop.services.startup import open_user_store
from nals_desktop.services.workspace import save_search


@pytest.fixture
def loose_umask() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_first_start_under_umask_022_keeps_everything_private(nals_home: Path, loose_umask: None) -> None:
    store = open_user_store()
    with store.unit_of_work(write=True) as session:  # a write: the -wal and -shm exist now
        session.connection().exec_driver_sql("UPDATE summit SET location = location")
    load_author()
    save_search("mine", "methane")
    backup = maintenance.backup(store)
    try:
        assert mode(nals_home) == 0o700
        assert mode(backup.parent) == 0o700
        files = [p for p in nals_home.rglob("*") if p.is_file()]
        assert {p.name for p in files} >= {
            "nals.sqlite",
            "nals.sqlite-wal",
            "nals.sqlite-shm",
            "profile.json",
        }
        assert {p: oct(mode(p)) for p in files if mode(p) != 0o600} == {}
    finally:
        store.close()


def test_a_data_folder_an_older_version_left_open_is_tightened(nals_home: Path, loose_umask: None) -> None:
    open_user_store().close()
    (nals_home / "backups").mkdir()
    old_backup = nals_home / "backups" / "nals-old.sqlite"
    old_backup.write_bytes(b"")
    for path, loose in ((nals_home, 0o755), (nals_home / "backups", 0o755)):
        path.chmod(loose)
    for path in (nals_home / "nals.sqlite", nals_home / "profile.json", old_backup):
        path.touch()
        path.chmod(0o644)
    open_user_store().close()
    assert mode(nals_home) == mode(nals_home / "backups") == 0o700
    assert mode(nals_home / "nals.sqlite") == mode(old_backup) == mode(nals_home / "profile.json") == 0o600


def test_a_restored_backup_is_private(nals_home: Path, loose_umask: None, tmp_path: Path) -> None:
    store = open_user_store()
    copy = maintenance.backup(store, tmp_path / "copy.sqlite")
    store.close()
    copy.chmod(0o644)
    maintenance.restore(nals_home / "nals.sqlite", copy)
    assert mode(nals_home / "nals.sqlite") == 0o600


def test_window_state_and_preferences_are_private(nals_home: Path, loose_umask: None) -> None:
    from PySide6.QtCore import QByteArray

    from nals_desktop.ui import settings

    for settings_file in (settings.window_state(), settings.preferences()):
        settings_file.set(settings.GEOMETRY, QByteArray(b"geometry"))
        settings_file.sync()
        assert mode(settings_file.path) == 0o600
    assert mode(nals_home) == 0o700
