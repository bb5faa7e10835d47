"""Backup, restore, integrity check and JSON export on real stores."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nals_desktop.domain.errors import StoreError
from nals_desktop.services.browse import list_summits
from nals_desktop.services.importing import ImportOptions, import_file
from nals_desktop.services.maintenance import backup, check, export_json, restore
from nals_desktop.store.engine import Store, make_engine, open_store


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
    saved = restore(path, copy)
    restored = open_store(path)
    assert [s.title for s in list_summits(restored)] == [list_summits(open_store(copy))[0].title]
    assert len(list_summits(open_store(saved))) == 2  # the replaced store was kept
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
