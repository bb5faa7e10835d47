"""Opening the user's store: unlock its key, create, migrate (after a backup) and seed it on first start."""

from __future__ import annotations

import logging
import os
import secrets
import socket
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select

from nals_desktop.domain.errors import StoreError
from nals_desktop.i18n import _
from nals_desktop.paths import lock_path, private_folder, secure_data_home, store_path
from nals_desktop.store import cipher, keyring_copy
from nals_desktop.store.engine import Store, companions, describe_db_error, open_store
from nals_desktop.store.models import Summit

log = logging.getLogger("nals.startup")

#: Asks for the passphrase; its argument is True when a new one is chosen (first start, ``nals encrypt``).
Passphrase = Callable[[bool], str]
#: Told one line when something the user should know happened on the way (the keyring could not be used).
Notice = Callable[[str], None]

PASSPHRASE_ENV = "NALS_PASSPHRASE_FILE"


def passphrase_from_file(new: bool = False) -> str:
    """The passphrase in the file named by $NALS_PASSPHRASE_FILE (its first line), for scripts and tests."""
    name = os.environ.get(PASSPHRASE_ENV)
    if not name:
        raise StoreError(
            _(
                "The store is encrypted and no passphrase was given: run in a terminal, or set {env} to a "
                "file holding it."
            ).format(env=PASSPHRASE_ENV)
        )
    try:
        with open(name, encoding="utf-8") as fh:
            return fh.readline().rstrip("\r\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise StoreError(
            _("The passphrase file {path} cannot be read: {error}").format(
                path=name, error=getattr(exc, "strerror", None) or exc
            )
        ) from exc


def store_key(path: Path, passphrase: Passphrase | None = None, notice: Notice | None = None) -> bytes | None:
    """The data key of the store at ``path``, asking ``passphrase`` only when this process has not got it.

    The system keyring's copy (if one was kept) is tried first; when it cannot be used, ``notice`` (default:
    a logged warning) gets one line saying why, and the passphrase is asked. No store and no key file (a
    first start): a new key is made and wrapped by a new passphrase. A plain store from before encryption,
    without a key file, has no key (None): ``nals encrypt`` encrypts it.
    """
    ask = passphrase or passphrase_from_file
    keys = cipher.key_file(path)
    if keys.exists():
        held = cipher.unlocked_key(keys)
        if held is not None:
            return held
        key, problem = keyring_copy.stored_key(path)
        if key is not None:
            cipher.remember(keys, key)
            return key
        if problem:
            (notice or log.warning)(problem)
        return cipher.unlock(keys, ask(False))
    if os.path.lexists(path):
        return None  # a plain store (or not a store at all, or one without its key: opening it says so)
    secret = ask(True)
    cipher.check_new_passphrase(secret)
    try:
        private_folder(path.parent)
        key = cipher.create_key_file(keys, secret)
    except OSError as exc:
        raise StoreError(
            _("Cannot create the store in {path}: {error}").format(
                path=path.parent, error=exc.strerror or exc
            )
        ) from exc
    return key if key is not None else cipher.unlock(keys, secret)  # another first start made it first


def open_user_store(
    path: Path | None = None,
    *,
    seed: bool = True,
    passphrase: Passphrase | None = None,
    notice: Notice | None = None,
) -> Store:
    """The user's store at ``path`` (default: in $NALS_HOME or the user data folder), unlocked.

    A new store is encrypted, and seeded with the bundled NALS 2023 fact sheet before it is put in place,
    so the app opens on real content; so is a NALS store that holds no summit. A file that is not a NALS
    store (empty, another program's database) is refused and left as it is. ``passphrase`` is asked
    when the key is not unlocked yet (default: $NALS_PASSPHRASE_FILE).
    """
    path = path or store_path()
    try:
        secure_data_home(path.parent)  # 0700, its files 0600 (tightens a folder an older version made)
    except OSError:
        pass  # cannot be made: opening the store says why
    key = store_key(path, passphrase, notice)
    store = open_store(path, prepare=_seed if seed else None, key=key)
    if seed and not _has_summit(store):
        _seed(store)
    return store


def encrypt_store(path: Path, passphrase: Passphrase) -> list[Path]:
    """Encrypt the plain store at ``path`` (``nals encrypt``); returns the backups encrypted with it.

    An encrypted copy is written beside it and checked (integrity, and the same rows in every table) before
    it replaces the plain file, whose -wal and -shm are removed; the plain backups in ``backups/`` are
    encrypted too. The key file is written before the swap: the encrypted store is never without its key.
    Another program that has the store open (the app's window, another ``nals`` command) is detected by
    SQLite's locks: the store is then refused, unchanged; it is held exclusively from the copy to the swap.
    """
    keys = cipher.key_file(path)
    if not path.is_file():
        raise StoreError(_("There is no store at {path}.").format(path=path))
    if not cipher.is_plaintext(path):
        raise StoreError(_("The store {path} is encrypted already.").format(path=path))
    holder = _window_holding(path)
    if holder is not None:
        raise StoreError(
            _("NALS Desktop (process {pid}) has the store {path} open; close it and try again.").format(
                pid=holder, path=path
            )
            + " "
            + _("Nothing was changed.")
        )
    _claim(path).close()  # before the migrations below write anything (any other program: SQLite's locks)
    plain = open_store(path, backup_dir=path.parent / "backups")  # migrated first, as any start does
    try:
        if not plain.checkpoint(truncate=True):
            raise StoreError(
                _("The store {path} is in use by another program; close it and try again.").format(path=path)
            )
        before = _row_counts(plain)
    finally:
        plain.close()
    if keys.exists():
        key = cipher.unlocked_key(keys) or cipher.unlock(keys, passphrase(False))
    else:
        secret = passphrase(True)
        cipher.check_new_passphrase(secret)
        key = None
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.encrypted-", suffix=".sqlite")
    os.close(fd)
    fresh = Path(name)
    guard = _claim(path)  # nobody opens the plain store from here to the swap
    try:
        fresh.unlink()
        try:
            data_key = key or secrets.token_bytes(cipher.KEY_BYTES)
            cipher.encrypted_copy(path, fresh, data_key, conn=guard)
        except cipher.DB_ERRORS as exc:
            raise StoreError(
                _("The encrypted copy of {path} could not be written ({error}); nothing was changed.").format(
                    path=path, error=exc
                )
            ) from exc
        copy = open_store(fresh, key=data_key)
        try:
            problems = copy.integrity_errors()
            if not problems and _row_counts(copy) != before:
                problems = [_("the encrypted copy does not hold the same rows")]
        finally:
            copy.close()
        if problems:
            raise StoreError(
                _("The encrypted copy of {path} failed its check ({problem}); nothing was changed.").format(
                    path=path, problem=problems[0]
                )
            )
        if key is None:
            if cipher.create_key_file(keys, secret, key=data_key) is None:
                raise StoreError(
                    _("Another program is encrypting {path}; nothing was changed.").format(path=path)
                )
        guard.close()  # (Windows replaces no open file)
        os.replace(fresh, path)
    finally:
        guard.close()
        for leftover in (fresh, *companions(fresh)):
            leftover.unlink(missing_ok=True)
    for companion in companions(path):  # the plain -wal and -shm (empty after the checkpoint)
        companion.unlink(missing_ok=True)
    return _encrypt_backups(path.parent / "backups", data_key)


def _window_holding(path: Path) -> int | None:
    """The process id of a running NALS Desktop window on the store at ``path``, from the lock file its
    single-instance guard keeps beside it (Qt's QLockFile: process id, application, host, …); None when
    there is none, it is stale, or this system cannot tell (where there is no POSIX ``kill(pid, 0)``)."""
    if os.name != "posix":
        return None
    try:
        pid_text, _app, host, *_rest = lock_path(path).read_text("utf-8").split("\n")
        pid = int(pid_text)
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    if pid <= 0 or pid == os.getpid() or host != socket.gethostname():
        return None
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return None  # a lock left by a window that was killed
    except PermissionError:
        pass  # exists, under another user
    return pid


def _claim(path: Path) -> Any:
    """``cipher.claim_plain``: the plain store held exclusively, or StoreError when another program has it."""
    try:
        conn = cipher.claim_plain(path)
    except cipher.DB_ERRORS as exc:
        raise StoreError(describe_db_error(exc, path)) from exc
    if conn is None:
        raise StoreError(
            _("The store {path} is in use by another program; close it and try again.").format(path=path)
            + " "
            + _("Nothing was changed.")
        )
    return conn


def _encrypt_backups(folder: Path, key: bytes) -> list[Path]:
    done: list[Path] = []
    for backup in sorted(folder.glob("*.sqlite")) if folder.is_dir() else []:
        if not cipher.is_plaintext(backup):
            continue
        fd, name = tempfile.mkstemp(dir=folder, prefix=f".{backup.name}.", suffix=".part")
        os.close(fd)
        fresh = Path(name)
        try:
            fresh.unlink()
            cipher.encrypted_copy(backup, fresh, key)
            os.replace(fresh, backup)
            done.append(backup)
        except (OSError, sqlite3.Error, cipher.SQLCipherError) as exc:  # a damaged backup stays as it was
            log.info("backup %s not encrypted: %s", backup, exc)
        finally:
            fresh.unlink(missing_ok=True)
    return done


def _row_counts(store: Store) -> dict[str, int]:
    with store.engine.connect() as conn:
        tables = [
            row[0]
            for row in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        counts = {t: int(conn.exec_driver_sql(f'SELECT count(*) FROM "{t}"').scalar() or 0) for t in tables}
        conn.rollback()
    return counts


def change_passphrase(path: Path, old: str, new: str) -> None:
    """Re-wrap the store's key under a new passphrase (the store itself is not rewritten)."""
    keys = cipher.key_file(path)
    if not keys.exists():
        raise StoreError(
            _("The store {path} is not encrypted; to encrypt it: nals encrypt").format(path=path)
        )
    cipher.change_passphrase(keys, old, new)


def keep_key_in_keyring(path: Path, passphrase: Passphrase) -> None:
    """Keep the store's data key in the system keyring (``nals keyring enable``)."""
    keys = cipher.key_file(path)
    if not keys.exists():
        raise StoreError(
            _("The store {path} is not encrypted; to encrypt it: nals encrypt").format(path=path)
        )
    keyring_copy.enable(path, cipher.unlocked_key(keys) or cipher.unlock(keys, passphrase(False)))


def _seed(store: Store) -> None:
    from nals_desktop.services.importing import import_seed  # the importers are only needed here

    summary = import_seed(store)
    log.info("first start: seeded %s with %s", store.label, summary.title)


def _has_summit(store: Store) -> bool:
    with store.unit_of_work() as session:
        return session.scalar(select(Summit.id).limit(1)) is not None
