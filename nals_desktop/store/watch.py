"""Noticing commits made through other connections (another program, another window) to the store."""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path

from sqlalchemy.engine import Engine

from nals_desktop.domain.errors import StoreError
from nals_desktop.store import cipher
from nals_desktop.store.engine import engine_key


class DataVersion:
    """SQLite's ``PRAGMA data_version`` on a read-only connection of its own.

    The value changes only when another connection commits, so a poll costs one pragma and reads nothing.
    Engines other than SQLite have no such counter: every poll then says "perhaps changed".
    """

    def __init__(self, engine: Engine) -> None:
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._key = engine_key(engine)  # an encrypted store is read with its key
        self._last: int | None = None
        self._path: Path | None = None
        self._file: tuple[int, int] | None = None  # (device, inode) of the file the connection reads
        database = engine.url.database if engine.dialect.name == "sqlite" else None
        if database and database != ":memory:" and not database.startswith("file:"):
            self._path = Path(database)
            self._connect()

    def _connect(self) -> None:
        assert self._path is not None
        uri = self._path.absolute().as_uri() + "?mode=ro"
        try:
            self._file = _identity(self._path)
            self._conn = cipher.connect(
                uri, self._key, uri=True, check_same_thread=False, isolation_level=None
            )
        except (OSError, StoreError, sqlite3.Error, cipher.SQLCipherError):
            self._conn = None  # unreadable now: every poll says "perhaps changed"

    def changed(self) -> bool:
        """Whether anything may have been committed since the last call (always True on the first)."""
        if self._conn is None:
            return True
        with self._lock:
            if self._replaced():  # a restore put another file in place: watch that one
                self._conn.close()
                self._connect()
                self._last = None
                if self._conn is None:
                    return True
            try:
                (version,) = self._conn.execute("PRAGMA data_version").fetchone()
            except cipher.DB_ERRORS:
                return True  # a store that cannot be read now: let the caller's own query say why
            changed: bool = version != self._last
            self._last = version
            return changed

    def _replaced(self) -> bool:
        try:
            return self._path is not None and _identity(self._path) != self._file
        except OSError:
            return False

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
            self._key = None  # closed for good (the lock drops every copy of the key it can)


def _identity(path: Path) -> tuple[int, int]:
    st = os.stat(path)
    return (st.st_dev, st.st_ino)
