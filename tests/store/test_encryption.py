"""The encrypted store: made encrypted at first start, closed without its passphrase, never plain."""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

import pytest

from nals_desktop.domain.errors import StoreError, WrongPassphraseError
from nals_desktop.services import maintenance
from nals_desktop.services.annotate import commitment_id_for, set_position
from nals_desktop.services.identity import Author
from nals_desktop.services.importing import import_seed
from nals_desktop.services.startup import change_passphrase, encrypt_store, open_user_store
from nals_desktop.store import cipher
from nals_desktop.store.engine import open_store

ME = Author("Test Officer", "CA", "00000000-0000-0000-0000-000000000001")
CANARY = "ZQX-canary-red-line-4471"
PASSPHRASE = "correct horse battery staple"  # the tests' passphrase file holds it (tests/conftest.py)


def plaintext_hits(folder: Path, needle: str) -> list[str]:
    return [str(p) for p in folder.rglob("*") if p.is_file() and needle.encode() in p.read_bytes()]


def test_a_first_start_makes_an_encrypted_store_and_a_key_file(nals_home: Path) -> None:
    store = open_user_store()
    set_position(store, commitment_id_for(store, "B-1"), "CA", {"red_line": CANARY}, ME)
    assert store.engine.url.get_driver_name() == "pysqlcipher"
    assert store.path is not None and not cipher.is_plaintext(
        store.path
    )  # the file holds no SQLite header, nor any text
    assert (nals_home / "nals.sqlite-wal").stat().st_size > 0  # the save sits in the -wal, encrypted
    assert plaintext_hits(nals_home, CANARY) == [] and plaintext_hits(nals_home, "methane") == []
    store.close()
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(nals_home / "nals.sqlite").execute("SELECT * FROM sqlite_master").fetchall()
    key_file = json.loads((nals_home / "nals.key").read_text())
    assert key_file["kdf"]["name"] == "argon2id" and key_file["kdf"]["memory_cost"] >= 64 * 1024
    assert key_file["wrap"]["name"] == "aes-256-gcm"


def test_a_wrong_passphrase_changes_nothing_and_waits_longer_each_time(
    nals_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_user_store().close()
    cipher.forget_keys()
    before = {p.name: p.read_bytes() for p in nals_home.iterdir()}
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n")
    monkeypatch.setenv("NALS_PASSPHRASE_FILE", str(wrong))
    waits: list[float] = []
    for _ in range(4):
        with pytest.raises(WrongPassphraseError, match=r"^Wrong passphrase; nothing was opened\.$"):
            cipher.unlock(nals_home / "nals.key", "not the passphrase", sleep=waits.append)
    with pytest.raises(WrongPassphraseError):
        open_user_store()
    assert waits == [0.0, 0.0, 1.0, 2.0]  # and the next one waits 4 s (a program started anew waits too)
    assert cipher.failed_attempts(nals_home / "nals.key") == 5
    after = {p.name: p.read_bytes() for p in nals_home.iterdir() if p.name != "nals.key.failures"}
    assert after == before
    monkeypatch.undo()
    monkeypatch.setenv("NALS_HOME", str(nals_home))
    monkeypatch.setenv("NALS_PASSPHRASE_FILE", str(tmp_path / "right.txt"))
    (tmp_path / "right.txt").write_text(PASSPHRASE + "\n")
    cipher.unlock(nals_home / "nals.key", PASSPHRASE, sleep=waits.append)
    assert cipher.failed_attempts(nals_home / "nals.key") == 0  # the right one resets the count
    open_user_store().close()


def test_changing_the_passphrase_rewraps_the_key_and_leaves_the_store_alone(nals_home: Path) -> None:
    open_user_store().close()
    store_bytes = (nals_home / "nals.sqlite").read_bytes()
    key = cipher.unlock(nals_home / "nals.key", PASSPHRASE)
    with pytest.raises(StoreError, match="at least 8"):
        change_passphrase(nals_home / "nals.sqlite", PASSPHRASE, "short")
    change_passphrase(nals_home / "nals.sqlite", PASSPHRASE, "a new passphrase for the summit")
    assert (nals_home / "nals.sqlite").read_bytes() == store_bytes
    cipher.forget_keys()
    with pytest.raises(WrongPassphraseError):
        cipher.unlock(nals_home / "nals.key", PASSPHRASE, sleep=lambda _s: None)
    assert cipher.unlock(nals_home / "nals.key", "a new passphrase for the summit") == key


def test_nals_encrypt_converts_a_plain_store_and_its_backups(nals_home: Path) -> None:
    nals_home.mkdir()
    plain = open_store(nals_home / "nals.sqlite", prepare=import_seed)  # a store from before encryption
    set_position(plain, commitment_id_for(plain, "B-1"), "CA", {"red_line": CANARY}, ME)
    maintenance.backup(plain)
    plain.close()
    assert open_user_store().key is None  # opened as it is until encrypted
    assert len(plaintext_hits(nals_home, CANARY)) == 2
    encrypted = encrypt_store(nals_home / "nals.sqlite", lambda new: PASSPHRASE)
    assert len(encrypted) == 1
    assert plaintext_hits(nals_home, CANARY) == []
    assert sorted(p.name for p in nals_home.iterdir()) == [
        "backups",
        "nals.key",
        "nals.sqlite",
    ]
    cipher.forget_keys()
    store = open_user_store()
    assert store.key is not None and maintenance.check(store) == []
    from nals_desktop.services.browse import get_commitment

    detail = get_commitment(store, commitment_id_for(store, "B-1"))
    assert [p.red_line for p in detail.positions if p.party_code == "CA"] == [CANARY]
    store.close()
    with pytest.raises(StoreError, match="encrypted already"):
        encrypt_store(nals_home / "nals.sqlite", lambda new: PASSPHRASE)


def test_a_store_encrypted_by_another_install_is_refused_and_left_alone(
    nals_home: Path, tmp_path: Path
) -> None:
    other_home = tmp_path / "other"
    open_user_store(other_home / "nals.sqlite").close()
    open_user_store().close()
    (nals_home / "nals.sqlite").write_bytes((other_home / "nals.sqlite").read_bytes())
    before = (nals_home / "nals.sqlite").read_bytes()
    with pytest.raises(StoreError, match="cannot be decrypted with this data folder's key"):
        open_user_store()
    assert (nals_home / "nals.sqlite").read_bytes() == before


def test_a_backup_of_another_install_is_refused_and_a_plain_one_is_encrypted_on_its_way_in(
    nals_home: Path, tmp_path: Path
) -> None:
    other = open_user_store(tmp_path / "other" / "nals.sqlite")
    foreign = maintenance.backup(other, tmp_path / "foreign.sqlite")
    other.close()
    plain = open_store(tmp_path / "plain.sqlite", prepare=import_seed)
    set_position(plain, commitment_id_for(plain, "B-1"), "CA", {"red_line": CANARY}, ME)
    plain.checkpoint(truncate=True)
    plain.close()
    open_user_store().close()
    before = (nals_home / "nals.sqlite").read_bytes()
    with pytest.raises(StoreError, match="encrypted with another key"):
        maintenance.restore(nals_home / "nals.sqlite", foreign)
    assert (nals_home / "nals.sqlite").read_bytes() == before
    maintenance.restore(nals_home / "nals.sqlite", tmp_path / "plain.sqlite")
    assert not cipher.is_plaintext(nals_home / "nals.sqlite")
    assert plaintext_hits(nals_home, CANARY) == []
    store = open_user_store()
    assert maintenance.check(store) == []
    store.close()


def test_without_sqlcipher_an_encrypted_store_is_an_error_never_plain(
    nals_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_user_store().close()
    before = (nals_home / "nals.sqlite").read_bytes()
    monkeypatch.setitem(sys.modules, "sqlcipher3", None)  # as on an installation without the package
    with pytest.raises(StoreError, match="lacks SQLCipher"):
        open_user_store()
    assert (nals_home / "nals.sqlite").read_bytes() == before


def test_restoring_an_encrypted_backup_on_a_new_laptop_needs_its_key_file(
    nals_home: Path, tmp_path: Path
) -> None:
    store = open_user_store()
    copy = maintenance.backup(store, tmp_path / "copy.sqlite")
    store.close()
    laptop = tmp_path / "new-laptop" / "nals.sqlite"
    with pytest.raises(StoreError, match=r"put that installation's key file \(nals.key\) in .* first"):
        maintenance.restore(laptop, copy)
    assert not laptop.parent.exists() or list(laptop.parent.iterdir()) == []  # no key made, nothing changed


HOLDER = """
import sys, time
if sys.argv[2] == "window":  # a window's single-instance lock file alone (its connections closed)
    from PySide6.QtCore import QCoreApplication, QLockFile
    app = QCoreApplication([])
    lock = QLockFile(sys.argv[1] + ".lock")
    lock.setStaleLockTime(0)
    assert lock.tryLock(1000)
    print("holding", flush=True)
    time.sleep(120)
from nals_desktop.store.engine import open_store
from nals_desktop.services.workspace import count_commitments
store = open_store(__import__("pathlib").Path(sys.argv[1]))
count_commitments(store)  # a read, as a window's first: its connection stays in the pool, idle
if sys.argv[2] == "writing":  # another nals command, in the middle of its transaction
    import sqlite3
    writer = sqlite3.connect(sys.argv[1], isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE summit SET title = title || ' (edited)'")
print("holding", flush=True)
time.sleep(120)
"""


@pytest.mark.parametrize("how", ["idle", "writing", "window"])
def test_nals_encrypt_refuses_a_store_another_program_holds_and_changes_nothing(
    nals_home: Path, tmp_path: Path, how: str, capsys: pytest.CaptureFixture[str]
) -> None:
    import os
    import subprocess

    from nals_desktop.cli import main

    nals_home.mkdir()
    plain = open_store(nals_home / "nals.sqlite", prepare=import_seed)
    plain.close()
    script = tmp_path / "holder.py"
    script.write_text(HOLDER, encoding="utf-8")
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.Popen(
        [sys.executable, str(script), str(nals_home / "nals.sqlite"), how],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "holding"
        before = {p.name: p.read_bytes() for p in nals_home.iterdir() if p.is_file()}
        assert main(["encrypt"]) == 1
        err = capsys.readouterr().err.strip().splitlines()
        store = nals_home / "nals.sqlite"
        held = (
            f"NALS Desktop (process {proc.pid}) has the store {store} open"
            if how == "window"
            else f"The store {store} is in use by another program"
        )
        assert err == [f"nals: {held}; close it and try again. Nothing was changed."]
        after = {p.name: p.read_bytes() for p in nals_home.iterdir() if p.is_file()}
        assert after == before and not (nals_home / "nals.key").exists()
    finally:
        proc.kill()
        proc.communicate()
    assert main(["encrypt"]) == 0  # once it is gone
    assert not cipher.is_plaintext(nals_home / "nals.sqlite")
