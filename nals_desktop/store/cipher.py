"""Encryption at rest: the store's data key, wrapped by a passphrase, and SQLCipher connections keyed with it.

The store is encrypted by SQLCipher with a random 256-bit data key, given to it raw (``x'…'``), so opening a
connection derives nothing. The data key is kept in a key file beside the store (``nals.key``), wrapped
(AES-256-GCM) by a key derived from the passphrase with Argon2id, whose parameters are recorded with it.
Changing the passphrase rewrites the key file only. Once unlocked, the data key stays in this process's
memory until ``forget_keys()`` (the lock), which overwrites it.

What Python cannot promise: the key is held in a ``bytearray`` that ``forget_keys()`` overwrites with zeros,
but the immutable copies made on the way (the ``bytes`` handed to callers, the hex text of ``PRAGMA key`` and
of the engine's URL, the Argon2id output) cannot be overwritten; they are freed when nothing refers to them
any more, and their memory is reused, not cleared. SQLCipher itself wipes its copy when its last connection
to the store closes. The lock therefore closes every connection and drops every reference it can.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nals_desktop.domain.errors import StoreError, WrongPassphraseError
from nals_desktop.i18n import _
from nals_desktop.paths import make_private, write_private_json

KEY_FORMAT = "nals-desktop-key"
KEY_FORMAT_VERSION = 1
KEY_BYTES = 32
MIN_PASSPHRASE = 8
_AAD = b"nals-desktop data key v1"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id's cost: passes, memory in KiB, lanes (RFC 9106's second recommended option by default)."""

    time_cost: int = 3
    memory_cost: int = 64 * 1024
    parallelism: int = 4


DEFAULT_KDF = KdfParams()


class _NoSQLCipherError(Exception):
    """Stands for sqlcipher3.Error where SQLCipher is missing (nothing raises it)."""


def _sqlcipher_error() -> type[Exception]:
    try:
        import sqlcipher3
    except ImportError:  # an installation without SQLCipher opens no encrypted store
        return _NoSQLCipherError
    error: type[Exception] = sqlcipher3.Error
    return error


#: What an SQLCipher connection raises (its own classes, not sqlite3's).
SQLCipherError = _sqlcipher_error()
#: What a plain or an SQLCipher connection raises.
DB_ERRORS = (sqlite3.Error, SQLCipherError)


def key_file(store: Path) -> Path:
    """The key file of the store at ``store``: ``nals.key`` beside ``nals.sqlite``."""
    return store.with_name(store.stem + ".key")


def require_sqlcipher() -> None:
    """Raise StoreError unless SQLCipher can be used."""
    _sqlcipher()


def _sqlcipher() -> Any:
    global _quiet
    try:
        import sqlcipher3
    except ImportError as exc:  # never a plaintext fallback
        raise StoreError(
            _(
                "The store is encrypted, and this installation lacks SQLCipher (the Python package "
                "sqlcipher3); reinstall NALS Desktop. Nothing was opened."
            )
        ) from exc
    if not _quiet:  # SQLCipher writes its own error lines to stderr (a wrong key): the message says it
        conn = sqlcipher3.connect(":memory:")
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.close()
        _quiet = True
    return sqlcipher3


_quiet = False


def key_pragma(key: bytes) -> str:
    """The value of ``PRAGMA key`` for a raw key: no key derivation when a connection opens."""
    return f"\"x'{key.hex()}'\""


def connect(target: str | Path, key: bytes | None, **kwargs: Any) -> Any:
    """A DB-API connection to ``target``: SQLCipher keyed with ``key``, or plain SQLite without one."""
    if key is None:
        return sqlite3.connect(target, **kwargs)
    conn = _sqlcipher().connect(str(target), **kwargs)
    conn.execute(f"PRAGMA key = {key_pragma(key)}")
    return conn


def store_connection(path: Path, **kwargs: Any) -> Any:
    """A DB-API connection to the store at ``path`` with the key this process unlocked for it (if any)."""
    return connect(path, unlocked_key(key_file(path)), **kwargs)


def is_plaintext(path: Path) -> bool:
    """Whether ``path`` starts as a plain SQLite database does (an encrypted one looks random)."""
    try:
        with path.open("rb") as fh:
            return fh.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def claim_plain(path: Path) -> Any:
    """A connection holding the plain store at ``path`` exclusively until it is closed, or None when another
    connection (the app's window, another ``nals`` command) has the store open, even idle.

    In WAL mode every open connection keeps a shared lock on the store file; an exclusive one is granted only
    to the one connection left. Raises DB_ERRORS for another failure (not a database, unreadable).
    """
    conn = _sqlcipher().connect(str(path), timeout=0, isolation_level=None)
    try:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")  # kept after each transaction, until closed
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("COMMIT")
    except DB_ERRORS as exc:
        conn.close()
        if "locked" in str(exc) or "busy" in str(exc):
            return None
        raise
    return conn


def encrypted_copy(
    source: Path, dest: Path, key: bytes, *, source_key: bytes | None = None, conn: Any = None
) -> None:
    """Copy the database ``source`` (plain, or encrypted with ``source_key``) to a new ``dest`` under ``key``.

    Everything is copied (schema, rows, the search index) through SQLCipher's ``sqlcipher_export``; the
    source's own connection holds a read transaction, so the copy is consistent. ``conn``: an SQLCipher
    connection to the plain ``source`` to copy through (``claim_plain``'s; it stays open). Raises DB_ERRORS.
    """
    own = conn is None
    if conn is None:
        conn = (
            connect(source, source_key, isolation_level=None)
            if source_key
            else _sqlcipher().connect(str(source))
        )
    try:
        conn.isolation_level = None
        conn.execute("ATTACH DATABASE ? AS encrypted KEY " + key_pragma(key), (str(dest),))
        conn.execute("BEGIN")
        conn.execute("SELECT sqlcipher_export('encrypted')").fetchall()
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE encrypted")
    finally:
        if own:
            conn.close()
    make_private(dest)


# The key file ------------------------------------------------------------------------------------------


def _derive(passphrase: str, salt: bytes, kdf: KdfParams) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        passphrase.encode("utf-8"), salt, kdf.time_cost, kdf.memory_cost, kdf.parallelism, KEY_BYTES, Type.ID
    )


def _wrap(key: bytes, passphrase: str, kdf: KdfParams) -> dict[str, Any]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    wrapped = AESGCM(_derive(passphrase, salt, kdf)).encrypt(nonce, key, _AAD)
    b64 = base64.b64encode
    return {
        "format": KEY_FORMAT,
        "version": KEY_FORMAT_VERSION,
        "cipher": "sqlcipher4-raw-key",
        "kdf": {"name": "argon2id", "salt": b64(salt).decode(), **kdf.__dict__},
        "wrap": {"name": "aes-256-gcm", "nonce": b64(nonce).decode(), "key": b64(wrapped).decode()},
    }


def _read_key_file(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != KEY_FORMAT:
            raise ValueError("format")
        if int(data["version"]) > KEY_FORMAT_VERSION:
            raise StoreError(
                _("The key file {path} was written by a newer version of NALS Desktop.").format(path=path)
            )
        return dict(data)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise StoreError(
            _("The key file {path} cannot be read ({error}); the store cannot be opened without it.").format(
                path=path, error=getattr(exc, "strerror", None) or exc
            )
        ) from exc


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise StoreError(
            _("A passphrase needs at least {n} characters; nothing was changed.").format(n=MIN_PASSPHRASE)
        )


def create_key_file(
    path: Path, passphrase: str, *, kdf: KdfParams = DEFAULT_KDF, key: bytes | None = None
) -> bytes | None:
    """A new data key (or ``key``), wrapped by ``passphrase`` into a new key file at ``path``; returns it.

    None when another program made a key file there first (then ``unlock`` it).
    """
    check_new_passphrase(passphrase)
    key = key or secrets.token_bytes(KEY_BYTES)
    if not write_private_json(path, _wrap(key, passphrase, kdf), replace=False):
        return None
    _remember(path, key)
    return key


# Unlocking, with growing delays after failures --------------------------------------------------------

_unlocked: dict[str, bytearray] = {}
_lock = threading.Lock()


def _cache_id(path: Path) -> str:
    # By content: a copy of the key file (a copied data folder) wraps the same key.
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _remember(path: Path, key: bytes) -> None:
    with _lock:
        _unlocked[_cache_id(path)] = bytearray(key)


def remember(path: Path, key: bytes) -> None:
    """Keep ``key`` as the data key of the key file at ``path`` (a key from the system keyring)."""
    _remember(path, key)


def unlocked_key(path: Path) -> bytes | None:
    """The data key of the key file at ``path`` if this process unlocked it already (and not forgot it)."""
    try:
        ident = _cache_id(path)
    except OSError:
        return None
    with _lock:
        held = _unlocked.get(ident)
        return bytes(held) if held is not None else None


def forget_keys() -> None:
    """Drop every unlocked data key from this process (the next open asks for the passphrase again).

    Each key's bytearray is overwritten with zeros before it is dropped (see the module's docstring for the
    copies Python cannot overwrite).
    """
    with _lock:
        for held in _unlocked.values():
            held[:] = bytes(len(held))
        _unlocked.clear()


def opens(path: Path, key: bytes) -> bool:
    """Whether ``key`` opens the encrypted store at ``path`` (reads its schema; writes nothing)."""
    try:
        conn = connect(f"{path.absolute().as_uri()}?mode=ro", key, uri=True)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except (*DB_ERRORS, StoreError):
        return False
    return True


def _failures_file(path: Path) -> Path:
    return path.with_name(path.name + ".failures")


def failed_attempts(path: Path) -> int:
    try:
        return int(_failures_file(path).read_text(encoding="ascii").strip() or 0)
    except (OSError, ValueError):
        return 0


def delay_after(failures: int) -> float:
    """Seconds to wait before trying a passphrase after ``failures`` wrong ones: 0, 0, 1, 2, 4 … 30."""
    return 0.0 if failures < 2 else float(min(30, 2 ** (failures - 2)))


def unlock(path: Path, passphrase: str, *, sleep: Any = time.sleep) -> bytes:
    """The data key of the key file at ``path``, unwrapped with ``passphrase``.

    A wrong passphrase raises WrongPassphraseError and changes nothing but the count of failures, which
    makes each next attempt wait longer (kept beside the key file, so it holds across programs).
    """
    data = _read_key_file(path)
    sleep(delay_after(failed_attempts(path)))
    try:
        kdf_data = data["kdf"]
        kdf = KdfParams(
            int(kdf_data["time_cost"]), int(kdf_data["memory_cost"]), int(kdf_data["parallelism"])
        )
        salt = base64.b64decode(kdf_data["salt"])
        nonce = base64.b64decode(data["wrap"]["nonce"])
        wrapped = base64.b64decode(data["wrap"]["key"])
    except (KeyError, TypeError, ValueError) as exc:
        raise StoreError(
            _("The key file {path} cannot be read ({error}); the store cannot be opened without it.").format(
                path=path, error=exc
            )
        ) from exc
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        key = AESGCM(_derive(passphrase, salt, kdf)).decrypt(nonce, wrapped, _AAD)
    except InvalidTag:
        try:
            _failures_file(path).write_text(str(failed_attempts(path) + 1), encoding="ascii")
        except OSError:
            pass
        raise WrongPassphraseError(_("Wrong passphrase; nothing was opened.")) from None
    _failures_file(path).unlink(missing_ok=True)
    _remember(path, key)
    return key


class BackgroundUnlock(threading.Thread):
    """``unlock(path, passphrase)`` on a thread of its own, started at once: Argon2id releases the GIL, so
    it overlaps what the caller does meanwhile (the app's imports at start). ``wait()`` returns the key, or
    raises what ``unlock`` raised (a wrong passphrase counts once, as ever)."""

    def __init__(self, path: Path, passphrase: str) -> None:
        super().__init__(name="nals-unlock", daemon=True)
        self._path, self._passphrase = path, passphrase
        self._key: bytes | None = None
        self._error: BaseException | None = None
        self.start()

    def run(self) -> None:
        try:
            self._key = unlock(self._path, self._passphrase)
        except BaseException as exc:  # handed to wait(), in the caller's thread
            self._error = exc
        finally:
            self._passphrase = ""

    def wait(self) -> bytes:
        self.join()
        if self._error is not None:
            raise self._error
        key, self._key = self._key, None
        assert key is not None
        return key


def change_passphrase(path: Path, old: str, new: str, *, kdf: KdfParams = DEFAULT_KDF) -> None:
    """Re-wrap the data key under ``new``: the key file is rewritten, the store is not touched."""
    check_new_passphrase(new)
    key = unlock(path, old)
    write_private_json(path, _wrap(key, new, kdf), replace=True)
    _remember(path, key)
