"""The data key's optional copy in the system keyring: it opens the store at start without the passphrase;
a locked, missing or failing keyring falls back to the passphrase with one line, never a crash or a plain
store; changing the passphrase keeps the copy valid; ``disable`` removes it."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import KeyringLocked

from nals_desktop.cli import main
from nals_desktop.domain.errors import StoreError, WrongPassphraseError
from nals_desktop.services.startup import change_passphrase, keep_key_in_keyring, open_user_store
from nals_desktop.store import cipher, keyring_copy

PASSPHRASE = "correct horse battery staple"  # the tests' passphrase file holds it (tests/conftest.py)


class ProcessKeyring(KeyringBackend):
    """A real keyring backend that keeps its secrets in this process (the desktop's is not reachable here);
    ``locked`` makes it answer as a locked one does."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}
        self.locked = False

    def _check(self) -> None:
        if self.locked:
            raise KeyringLocked("the keyring is locked")

    def get_password(self, service: str, username: str) -> str | None:
        self._check()
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._check()
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._check()
        if (service, username) not in self.items:
            from keyring.errors import PasswordDeleteError

            raise PasswordDeleteError("not there")
        del self.items[(service, username)]


@pytest.fixture
def ring() -> Iterator[ProcessKeyring]:
    previous = keyring.get_keyring()
    backend = ProcessKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def _never(new: bool) -> str:
    raise AssertionError("the passphrase was asked")


def _store_with_key(nals_home: Path) -> tuple[Path, bytes]:
    store = open_user_store()
    assert store.path is not None and store.key is not None
    path, key = store.path, store.key
    store.close()
    return path, key


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def test_the_keyring_copy_opens_the_store_at_start_and_survives_a_new_passphrase(
    nals_home: Path, ring: ProcessKeyring
) -> None:
    path, key = _store_with_key(nals_home)
    keep_key_in_keyring(path, _never)  # unlocked already in this process: not asked again
    ((service, _account), kept) = next(iter(ring.items.items()))
    assert service == keyring_copy.SERVICE and kept == key.hex()  # the data key, never the passphrase
    assert PASSPHRASE not in kept
    marker = keyring_copy.marker(path)
    assert stat.S_IMODE(marker.stat().st_mode) == 0o600 and key.hex() not in marker.read_text()

    cipher.forget_keys()  # the next start, as after a login
    store = open_user_store(passphrase=_never)
    assert store.key == key
    store.close()

    change_passphrase(path, PASSPHRASE, "a brand new passphrase")
    cipher.forget_keys()
    store = open_user_store(passphrase=_never)  # the key did not change: the copy still opens it
    assert store.key == key
    store.close()


def test_disable_removes_the_copy_and_the_passphrase_is_asked_again(
    nals_home: Path, ring: ProcessKeyring
) -> None:
    path, _key = _store_with_key(nals_home)
    keep_key_in_keyring(path, _never)
    assert keyring_copy.disable(path) and ring.items == {}
    assert not keyring_copy.marker(path).exists() and not keyring_copy.disable(path)
    cipher.forget_keys()
    asked: list[bool] = []
    store = open_user_store(passphrase=lambda new: asked.append(new) or PASSPHRASE)
    store.close()
    assert asked == [False]


def test_a_locked_keyring_falls_back_to_the_passphrase_with_one_line(
    nals_home: Path, ring: ProcessKeyring
) -> None:
    path, key = _store_with_key(nals_home)
    keep_key_in_keyring(path, _never)
    cipher.forget_keys()
    ring.locked = True
    before = _files(nals_home)
    lines: list[str] = []
    with pytest.raises(WrongPassphraseError):  # the passphrase is asked (a wrong one here): nothing opens
        open_user_store(passphrase=lambda new: "not the passphrase", notice=lines.append)
    assert lines == [
        "The system keyring is locked or unavailable (the keyring is locked); asking for the passphrase."
    ]
    after = _files(nals_home)
    after.pop("nals.key.failures", None)  # the count of wrong passphrases, as without a keyring
    assert after == before
    store = open_user_store(passphrase=lambda new: PASSPHRASE, notice=lines.append)
    assert store.key == key
    store.close()
    with pytest.raises(StoreError, match=r"^The store's key could not be removed from the system keyring"):
        keyring_copy.disable(path)
    assert keyring_copy.marker(path).exists()  # still kept there: the file says so


def test_no_keyring_at_all_asks_the_passphrase_and_enable_changes_nothing(
    nals_home: Path, ring: ProcessKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    path, key = _store_with_key(nals_home)
    keep_key_in_keyring(path, _never)
    cipher.forget_keys()
    keyring.set_keyring(fail.Keyring())  # the copy was made; this login has no keyring (headless)
    lines: list[str] = []
    store = open_user_store(passphrase=lambda new: PASSPHRASE, notice=lines.append)
    assert store.key == key
    assert lines == [
        "The system keyring is locked or unavailable (this system has no keyring); asking for the passphrase."
    ]
    store.close()

    keyring_copy.marker(path).unlink()
    before = _files(nals_home)
    with pytest.raises(
        StoreError, match=r"^The system keyring could not keep the store's key \(.*\); nothing"
    ):
        keep_key_in_keyring(path, _never)
    assert _files(nals_home) == before  # no marker written

    assert main(["keyring", "status"]) == 0
    out = capsys.readouterr().out
    assert "is not kept in the system keyring" in out and "no keyring that can be used" in out
    assert main(["keyring", "enable"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "could not keep the store's key" in err[0]


def test_a_key_in_the_keyring_that_does_not_open_the_store_is_not_used(
    nals_home: Path, ring: ProcessKeyring
) -> None:
    path, key = _store_with_key(nals_home)
    keep_key_in_keyring(path, _never)
    account = next(iter(ring.items))
    ring.items[account] = os.urandom(cipher.KEY_BYTES).hex()  # another store's key
    cipher.forget_keys()
    lines: list[str] = []
    store = open_user_store(passphrase=lambda new: PASSPHRASE, notice=lines.append)
    assert store.key == key
    store.close()
    assert lines == ["The key in the system keyring does not open this store; asking for the passphrase."]


def test_a_policy_turns_the_keyring_off(
    nals_home: Path, ring: ProcessKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _key = _store_with_key(nals_home)
    keep_key_in_keyring(path, _never)
    monkeypatch.setenv(keyring_copy.POLICY_ENV, "off")
    cipher.forget_keys()
    asked: list[bool] = []
    lines: list[str] = []
    store = open_user_store(passphrase=lambda new: asked.append(new) or PASSPHRASE, notice=lines.append)
    store.close()
    assert asked == [False] and "turned off here" in lines[0]
    keyring_copy.disable(path)
    with pytest.raises(StoreError, match="turned off here"):
        keep_key_in_keyring(path, _never)
    assert ring.items == {}


def test_nals_keyring_enable_status_disable(
    nals_home: Path, ring: ProcessKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    path, key = _store_with_key(nals_home)
    cipher.forget_keys()  # the command unwraps the key with the passphrase ($NALS_PASSPHRASE_FILE)
    assert main(["keyring", "enable"]) == 0
    assert "is kept in the system keyring" in capsys.readouterr().out
    assert list(ring.items.values()) == [key.hex()]
    assert main(["keyring", "status"]) == 0
    out = capsys.readouterr().out
    assert f"The key of {path} is kept in the system keyring." in out and "ProcessKeyring" in out
    assert main(["keyring", "disable"]) == 0
    assert "was removed from the system keyring" in capsys.readouterr().out
    assert ring.items == {}
