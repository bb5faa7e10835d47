"""Noticing commits made through other connections (another program, another window) to the store."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from sqlalchemy.engine import Engine


class DataVersion:
    """SQLite's ``PRAGMA data_version`` on a read-only connection of its own.

    The value changes only when another connection commits, so a poll costs one pragma and reads nothing.
    Engines other than SQLite have no such counter: every poll then says "perhaps changed".
    """

    def __init__(self, engine: Engine) -> None:
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._last: int | None = None
        database = engine.url.database if engine.dialect.name == "sqlite" else None
        if database and database != ":memory:":
            uri = Path(database).absolute().as_uri() + "?mode=ro"
            try:
                self._conn = sqlite3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
            except sqlite3.Error:
                self._conn = None  # unreadable now: every poll says "perhaps changed"

    def changed(self) -> bool:
        """Whether anything may have been committed since the last call (always True on the first)."""
        if self._conn is None:
            return True
        with self._lock:
            try:
                (version,) = self._conn.execute("PRAGMA data_version").fetchone()
            except sqlite3.Error:
                return True  # a store that cannot be read now: let the caller's own query say why
            changed: bool = version != self._last
            self._last = version
            return changed

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
