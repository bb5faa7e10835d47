"""The data-version watch follows the store file when a restore puts another one in its place."""

from __future__ import annotations

from pathlib import Path

from nals_desktop.services.maintenance import backup, restore
from nals_desktop.store import cipher
from nals_desktop.store.engine import open_store
from nals_desktop.store.watch import DataVersion


def test_a_watch_follows_a_restored_store(seeded_store, tmp_path: Path) -> None:
    copy = backup(seeded_store, tmp_path / "copy.sqlite")
    watch = DataVersion(seeded_store.engine)
    assert watch.changed() is True  # the first look
    assert watch.changed() is False
    seeded_store.close()
    restore(seeded_store.path, copy)  # another file at the same path
    assert watch.changed() is True
    assert watch.changed() is False
    other = open_store(seeded_store.path)  # another program commits to the restored file
    with cipher.store_connection(seeded_store.path) as conn:
        conn.execute("UPDATE summit SET location = 'Ottawa'")
    conn.close()
    assert watch.changed() is True
    other.close()
    watch.close()
