"""Backup, restore, integrity check and JSON export on real stores."""

from __future__ import annotations

import json
import os
import random
import shutil
from pathlib import Path

import pytest

from nals_desktop.domain.errors import StoreError
from nals_desktop.services.annotate import commitment_id_for, set_position
from nals_desktop.services.browse import list_summits
from nals_desktop.services.identity import Author
from nals_desktop.services.importing import ImportOptions, import_file
from nals_desktop.services.maintenance import Restored, backup, check, export_json, restore
from nals_desktop.store import cipher
from nals_desktop.store.engine import Store, make_engine, open_store

ME = Author("Test Officer", "CA", "00000000-0000-0000-0000-000000000001")


def _second_summit(store, tmp_path: Path) -> None:
    doc = tmp_path / "two.md"
    doc.write_text("# Two\n\n## One pillar\n\nLeaders will:\n\n- Do one thing.\n", encoding="utf-8")
    import_file(store, doc, ImportOptions(parties=["CA"]))


def test_backup_then_restore_brings_the_old_store_back(seeded_store, tmp_path: Path) -> None:
    copy = backup(seeded_store)
    assert copy.exists() and copy.parent.name == "backups"
    _second_summit(seeded_store, tmp_path)
    assert len(list_summits(seeded_store)) == 2
    path = seeded_store.path
    seeded_store.close()
    saved = restore(path, copy).previous
    assert saved is not None
    restored = open_store(path)
    key = restored.key  # the backups are encrypted with the store's key
    assert key is not None and not cipher.is_plaintext(copy) and not cipher.is_plaintext(saved)
    assert [s.title for s in list_summits(restored)] == [list_summits(open_store(copy, key=key))[0].title]
    assert len(list_summits(open_store(saved, key=key))) == 2  # the replaced store was kept
    assert check(restored) == []


def test_backup_never_overwrites(seeded_store, tmp_path: Path) -> None:
    target = tmp_path / "b.sqlite"
    target.write_text("precious")
    with pytest.raises(StoreError, match="already exists"):
        backup(seeded_store, target)
    assert target.read_text() == "precious"


def test_restore_refuses_what_is_not_a_sound_store(seeded_store, tmp_path: Path) -> None:
    path = seeded_store.path
    seeded_store.close()
    before = path.read_bytes()
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"\x00garbage" * 100)
    with pytest.raises(StoreError, match="not a NALS backup"):
        restore(path, junk)
    junk.write_bytes(b"")
    with pytest.raises(StoreError, match="not a NALS backup"):
        restore(path, junk)
    with pytest.raises(StoreError, match="does not exist"):
        restore(path, tmp_path / "missing.sqlite")
    assert path.read_bytes() == before


def test_check_finds_damage(seeded_store, tmp_path: Path) -> None:
    copy = backup(seeded_store, tmp_path / "copy.sqlite")
    data = bytearray(copy.read_bytes())
    page = 4096
    for offset in range(page * 3, min(len(data), page * 8), 7):  # scribble over some b-tree pages
        data[offset] = 0xA5
    copy.write_bytes(bytes(data))
    store = Store(make_engine(f"sqlite:///{copy}"), copy)
    assert check(store) != []


def test_export_json_has_everything(seeded_store, tmp_path: Path) -> None:
    out = tmp_path / "export.json"
    export_json(seeded_store, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "nals-desktop-export"
    [summit] = data["summits"]
    assert [len(p["commitments"]) for p in summit["pillars"]] == [6, 6, 5, 6, 1, 7]
    assert summit["parties"][0] == {"code": "CA", "name": "Canada"}
    assert summit["sources"][0]["text"].startswith("Main Container")


def _truncate(size: int | None = None):
    def damage(path: Path) -> None:
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2 if size is None else size])

    return damage


def _garbage(path: Path) -> None:
    path.write_bytes(bytes(random.Random(16).randrange(256) for _ in range(50_000)))


def _folder(path: Path) -> None:
    path.unlink()
    path.mkdir()
    (path / "inside.txt").write_text("a folder where the store should be")


def _zero_first_page(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[:4096] = bytes(4096)
    path.write_bytes(bytes(data))


def _scribble(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2, len(data), 5):
        data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


def _dangling_link(path: Path) -> None:
    path.unlink()
    path.symlink_to(path.with_name("gone.sqlite"))


DAMAGE = {
    "truncated to half": _truncate(),
    "truncated to 5000 bytes": _truncate(5000),
    "only the 100-byte header": _truncate(100),
    "0 bytes": _truncate(0),
    "garbage": _garbage,
    "a folder": _folder,
    "first page zeroed": _zero_first_page,
    "b-tree pages scribbled": _scribble,
    "a dangling link": _dangling_link,
}


@pytest.mark.parametrize("kind", DAMAGE)
def test_restore_sets_an_unreadable_store_aside_and_puts_the_backup_in_place(
    seeded_store, tmp_path: Path, kind: str
) -> None:
    copy = backup(seeded_store, tmp_path / "good.sqlite")
    path = seeded_store.path
    seeded_store.close()
    for companion in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        companion.unlink(missing_ok=True)
    DAMAGE[kind](path)
    damaged = _snapshot(path)
    done = restore(path, copy)
    assert done.unreadable and done.previous is not None
    assert done.previous.parent == path.parent and done.previous.name.startswith("nals-unreadable-")
    assert _snapshot(done.previous) == damaged  # renamed as it was, never deleted or changed
    restored = open_store(path)
    assert len(list_summits(restored)) == 1 and check(restored) == []
    restored.close()


def _snapshot(path: Path) -> object:
    if path.is_symlink():
        return ("link", os.readlink(path))
    if path.is_dir():
        return ("folder", sorted(p.name for p in path.iterdir()))
    return ("file", path.read_bytes())


def test_restore_keeps_a_readable_store_in_backups_even_a_foreign_database(seeded_store, tmp_path) -> None:
    copy = backup(seeded_store, tmp_path / "good.sqlite")
    path = seeded_store.path
    seeded_store.close()
    for companion in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        companion.unlink(missing_ok=True)
    path.unlink()
    with cipher.store_connection(path) as conn:
        conn.execute("CREATE TABLE recipes(name TEXT)")
        conn.execute("INSERT INTO recipes VALUES ('bread')")
    conn.close()
    done = restore(path, copy)
    assert done.unreadable is None and done.previous is not None and done.previous.parent.name == "backups"
    with cipher.connect(done.previous, cipher.unlocked_key(cipher.key_file(path))) as conn:
        assert conn.execute("SELECT name FROM recipes").fetchall() == [("bread",)]
    conn.close()
    assert not list(path.parent.glob(".restore-*"))  # the working copy is gone


def test_restore_without_a_current_store_puts_the_backup_in_place(seeded_store, tmp_path: Path) -> None:
    copy = backup(seeded_store, tmp_path / "good.sqlite")
    seeded_store.close()
    target = tmp_path / "new-laptop" / "nals.sqlite"
    target.parent.mkdir()
    shutil.copyfile(
        cipher.key_file(seeded_store.path), cipher.key_file(target)
    )  # the backup's key goes along
    assert restore(target, copy) == Restored(None)
    assert len(list_summits(open_store(target))) == 1


def _objectives(path: Path, key: bytes | None) -> set[str]:
    conn = cipher.connect(f"{path.absolute().as_uri()}?mode=ro", key, uri=True)
    try:
        return {row[0] for row in conn.execute("SELECT objective FROM position")}
    finally:
        conn.close()


def test_a_backup_copies_the_encrypted_file_as_it_is_with_the_saves_of_its_wal(
    seeded_store, tmp_path: Path
) -> None:
    set_position(seeded_store, commitment_id_for(seeded_store, "B-1"), "CA", {"objective": "in the wal"}, ME)
    copy = backup(seeded_store, tmp_path / "copy.sqlite")
    # The -wal was checkpointed and the file's encrypted pages copied: nothing decrypted or encrypted again.
    assert seeded_store.path is not None and copy.read_bytes() == seeded_store.path.read_bytes()
    assert not cipher.is_plaintext(copy) and "in the wal" in _objectives(copy, seeded_store.key)
    assert check(open_store(copy, key=seeded_store.key)) == []
    assert not list(tmp_path.glob(".copy.sqlite*"))  # no partial copy, -wal or -shm left beside it


def test_a_save_during_the_backup_goes_on_and_the_backup_is_the_store_as_it_began(
    seeded_store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy_file = shutil.copyfile
    cid = commitment_id_for(seeded_store, "B-1")

    def save_then_copy(source: Path, dest: Path) -> object:
        set_position(seeded_store, cid, "CA", {"objective": "saved while copying"}, ME)  # not blocked
        return copy_file(source, dest)

    monkeypatch.setattr(shutil, "copyfile", save_then_copy)
    copy = backup(seeded_store, tmp_path / "copy.sqlite")
    monkeypatch.undo()
    assert "saved while copying" not in _objectives(copy, seeded_store.key)
    assert check(open_store(copy, key=seeded_store.key)) == []
    assert seeded_store.path is not None
    assert "saved while copying" in _objectives(seeded_store.path, seeded_store.key)


def test_a_backup_while_a_reader_holds_an_older_snapshot_copies_the_pages_with_every_save(
    seeded_store, tmp_path: Path
) -> None:
    assert seeded_store.path is not None
    reader = cipher.connect(seeded_store.path, seeded_store.key, isolation_level=None)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM position").fetchone()  # its snapshot keeps the save in the -wal
        set_position(seeded_store, commitment_id_for(seeded_store, "B-1"), "CA", {"objective": "newer"}, ME)
        copy = backup(seeded_store, tmp_path / "copy.sqlite")
    finally:
        reader.close()
    assert copy.read_bytes() != seeded_store.path.read_bytes()  # copied page by page, encrypted again
    assert not cipher.is_plaintext(copy) and "newer" in _objectives(copy, seeded_store.key)
    assert check(open_store(copy, key=seeded_store.key)) == []
