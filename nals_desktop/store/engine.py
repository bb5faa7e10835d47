"""The store: engine with SQLite pragmas, migrations at open (after a backup), and units of work."""

from __future__ import annotations

import logging
import os
import sqlite3
import struct
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import create_engine, event, pool, text
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import DatabaseError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from nals_desktop.domain.errors import SchemaTooNewError, StoreError
from nals_desktop.i18n import _
from nals_desktop.paths import PRIVATE_FOLDER, make_private, migrations_path, private_folder
from nals_desktop.store import cipher

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger("nals.store")

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy, not pysqlite, decide where transactions begin (so DDL is transactional too).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def _set_read_only_pragmas(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    dbapi_connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def writable(path: Path) -> bool:
    """Whether the store at ``path`` can be written (the file and the folder that holds its -wal)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _read_only_query(path: Path) -> dict[str, str]:
    # In WAL mode SQLite needs a -shm beside the file to read it; on a folder that cannot be written and
    # holds none, the file is read as immutable (a -wal with saves in it is then read as the only way).
    query = {"mode": "ro"}
    wal, shm = companions(path)
    if not os.access(path.parent, os.W_OK) and not shm.exists() and not (wal.exists() and wal.stat().st_size):
        query["immutable"] = "1"
    return query


def read_only_uri(path: Path) -> str:
    """An SQLite URI that reads ``path`` without writing anything, even on a read-only medium."""
    return path.absolute().as_uri() + "?" + "&".join(f"{k}={v}" for k, v in _read_only_query(path).items())


def store_url(path: Path, key: bytes | None = None, *, read_only: bool = False) -> URL:
    """The SQLAlchemy URL of the store at ``path``: SQLCipher with the raw data ``key``, or plain SQLite."""
    if read_only:
        database, query = path.absolute().as_uri(), {**_read_only_query(path), "uri": "true"}
    else:
        database, query = str(path), {}
    if key is None:
        return URL.create("sqlite", database=database, query=query)
    return URL.create("sqlite+pysqlcipher", password=f"x'{key.hex()}'", database=database, query=query)


def engine_key(engine: Engine) -> bytes | None:
    """The raw data key an SQLCipher engine was made with; None for a plain one."""
    if engine.url.get_driver_name() != "pysqlcipher" or not engine.url.password:
        return None
    return bytes.fromhex(str(engine.url.password)[2:-1])


#: The execution option a unit of work that writes sets on its connection (see ``_begin``).
WRITE = "nals_write"


def _begin(conn: Any) -> None:
    # A writer takes the write lock at BEGIN, where the busy timeout waits for it. Deferred, it would read
    # first and fail at once when upgrading to write (SQLite cannot wait there without risking deadlock).
    # Readers stay deferred: under WAL they never wait for writers, and a read-only store can be read.
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE) else "BEGIN")


def make_engine(url: str | URL, *, read_only: bool = False) -> Engine:
    url = make_url(url)
    if url.get_driver_name() == "pysqlcipher":
        cipher.require_sqlcipher()  # an encrypted store without SQLCipher: an error, never plain SQLite
        # A pool as pysqlite's for files (the dialect's default keeps one connection per thread).
        engine = create_engine(url, poolclass=pool.QueuePool)
    else:
        engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _set_read_only_pragmas if read_only else _set_pragmas)
        event.listen(engine, "begin", _begin)
        if url.get_driver_name() == "pysqlcipher":
            event.listen(engine, "connect", _set_cipher_cache)
    return engine


#: Pages an SQLCipher connection keeps decrypted (KiB, as SQLite's negative cache_size). A plain store's
#: pages stay in the operating system's cache ready to read; an encrypted one's must be decrypted and
#: checked each time they leave SQLite's own cache, so that cache is larger (the default is 2 MiB).
CIPHER_CACHE_KIB = 64 * 1024


def _set_cipher_cache(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.execute(f"PRAGMA cache_size=-{CIPHER_CACHE_KIB}")


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_path()))
    config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return config


def describe_db_error(exc: BaseException, path: Path | str) -> str:
    """One clear line for an SQLite failure the user can act on."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "full" in text:
        return _("The disk holding {path} is full; nothing was saved.").format(path=path)
    if "readonly" in text or "read-only" in text:
        return _("The store {path} is read-only; nothing was saved.").format(path=path)
    if "locked" in text or "busy" in text:
        return _("The store {path} is busy in another program; try again.").format(path=path)
    if "not a database" in text or "malformed" in text:
        return _("{path} is not a NALS store or is damaged.").format(path=path)
    return _("The store {path} could not be used: {error}").format(path=path, error=getattr(exc, "orig", exc))


class Store:
    """One user's store: an engine and the units of work opened on it."""

    def __init__(self, engine: Engine, path: Path | None = None, *, read_only: bool = False) -> None:
        self._engine: Engine | None = engine
        self.path = path
        self.read_only = read_only  # the file or its folder cannot be written: it is read, never written
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise self._locked()
        return self._engine

    def _locked(self) -> StoreError:
        return StoreError(_("The store {path} is locked; nothing was read or saved.").format(path=self.path))

    @property
    def key(self) -> bytes | None:
        """The data key of an encrypted store (its backups use it too); None for a plain or released one."""
        return engine_key(self._engine) if self._engine is not None else None

    @property
    def released(self) -> bool:
        return self._engine is None

    def release(self) -> None:
        """Close every connection and drop the engine, whose URL holds the key (the window's lock).

        Units of work are refused with a StoreError until ``reopen``. Connections a unit of work still has
        checked out close when it ends (the lock waits for running tasks before it releases).
        """
        if self._engine is not None:
            engine, self._engine = self._engine, None
            engine.dispose()

    def reopen(self, key: bytes | None) -> None:
        """Open the store again with ``key`` after ``release`` (its schema was brought up to date before)."""
        assert self.path is not None
        engine = make_engine(store_url(self.path, key, read_only=self.read_only), read_only=self.read_only)
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._engine = engine

    @property
    def label(self) -> str:
        return str(self.path) if self.path else self.engine.url.render_as_string()

    @contextmanager
    def unit_of_work(self, *, write: bool = False) -> Iterator[Session]:
        """A session for one user operation: committed whole on success, rolled back on any error.

        ``write=True`` for an operation that saves anything: it waits (up to the busy timeout) for other
        writers at its start instead of failing "busy" midway.
        """
        if write and self.read_only:
            raise StoreError(_("The store {path} is read-only; nothing was saved.").format(path=self.label))
        if self._engine is None:
            raise self._locked()
        session = self._sessions()
        try:
            if write:
                session.connection(execution_options={WRITE: True})
            yield session
            session.commit()
        except SQLAlchemyError as exc:
            session.rollback()
            raise StoreError(describe_db_error(exc, self.label)) from exc
        except UnicodeEncodeError as exc:  # text with lone surrogates: a file name that is not UTF-8
            session.rollback()
            raise StoreError(
                _(
                    "Text that is not valid Unicode (such as a file name in another encoding: {text}) cannot "
                    "be saved; nothing was saved."
                ).format(text=exc.object[max(0, exc.start - 20) : exc.end + 20])
            ) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def integrity_errors(self) -> list[str]:
        """SQLite's integrity and foreign-key findings, then the search index's; empty when sound."""
        with self.engine.connect() as conn:
            # SQLite words its findings itself, in English: they are quoted, not translated.
            problems = [
                _("SQLite integrity check: {finding}").format(finding=row[0])
                for row in conn.exec_driver_sql("PRAGMA integrity_check")
                if row[0] != "ok"
            ]
            problems += [
                _("Row {row} of the table {table} refers to a missing row of the table {parent}.").format(
                    row=row[1], table=row[0], parent=row[2]
                )
                for row in conn.exec_driver_sql("PRAGMA foreign_key_check")
            ]
            try:  # FTS5 checks itself through an INSERT, which a read-only store cannot run
                if not self.read_only:
                    conn.exec_driver_sql(
                        "INSERT INTO search_fts(search_fts, rank) VALUES('integrity-check', 1)"
                    ).close()
            except DatabaseError as exc:
                problems.append(_("The search index is damaged: {error}").format(error=exc.orig))
            conn.rollback()
        return problems

    def checkpoint(self, *, truncate: bool = False) -> bool:
        """Copy the saves held in the -wal into the store file; True when all of them are there.

        The default (passive) never waits for other connections, so it may run on the GUI thread; with
        ``truncate`` it waits (up to the busy timeout) and empties the -wal. A no-op beyond SQLite.
        """
        if self._engine is None:
            return False
        if self.engine.dialect.name != "sqlite" or self.read_only:
            return True
        mode = "TRUNCATE" if truncate else "PASSIVE"
        try:
            with self.engine.connect() as conn:
                busy, frames, copied = conn.exec_driver_sql(f"PRAGMA wal_checkpoint({mode})").one()
                conn.rollback()
        except SQLAlchemyError as exc:
            log.info("checkpoint of %s failed: %s", self.label, exc)
            return False
        return not busy and frames == copied

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()


def _check_is_nals_store(path: Path, key: bytes | None = None) -> None:
    """Refuse, before anything writes to it, an existing file at ``path`` that is not a NALS store.

    A NALS store has the table of its schema version (``alembic_version``): an empty file, another
    program's SQLite database or a damaged file is never seeded or migrated over, and stays as it is.
    """
    if path.is_dir():
        raise StoreError(_("{path} is a folder, not a NALS store.").format(path=path))
    if not path.exists():
        return
    advice = _("It was left as it is; to put a backup in its place: nals restore FILE")
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StoreError(
            _("The store {path} cannot be read: {error}").format(path=path, error=exc.strerror or exc)
        ) from exc
    if not header:
        raise StoreError(_("{path} is empty (0 bytes), not a NALS store.").format(path=path) + " " + advice)
    if key is None and header != SQLITE_HEADER:
        if cipher.key_file(path).exists():
            raise StoreError(_("The store {path} is encrypted; its passphrase is needed.").format(path=path))
        raise StoreError(
            _("{path} is not a NALS store (not an SQLite database).").format(path=path) + " " + advice
        )
    if key is not None and header == SQLITE_HEADER:
        raise StoreError(
            _(
                "The store {path} is not encrypted, but this data folder keeps an encrypted one; it was left "
                "as it is. To encrypt it: nals encrypt"
            ).format(path=path)
        )
    try:
        # A connection with no pragma but the key: it reads the schema and changes nothing (a read-only one
        # fails "disk I/O error" now and then while other programs write the store in WAL mode).
        conn = (
            cipher.connect(path, key, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
            if writable(path)
            else cipher.connect(read_only_uri(path), key, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        )
        try:
            found = conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
            ).fetchone()[0]
        finally:
            conn.close()
    except cipher.DB_ERRORS as exc:
        if key is not None and "not a database" in str(exc):
            raise StoreError(
                _(
                    "The store {path} cannot be decrypted with this data folder's key: it is damaged, or was "
                    "encrypted by another installation."
                ).format(path=path)
                + " "
                + advice
            ) from exc
        if "malformed" in str(exc) or "not a database" in str(exc):
            raise StoreError(describe_db_error(exc, path) + " " + advice) from exc
        return  # busy, locked, cannot open: the real open waits, or says why in its own words
    if not found:
        raise StoreError(
            _("{path} is an SQLite database but not a NALS store.").format(path=path) + " " + advice
        )


def unreadable_reason(path: Path, key: bytes | None = None) -> str | None:
    """Why the file at ``path`` cannot be read as a sound SQLite database; None when it can.

    Read-only: nothing is written, not even a checkpoint (a damaged file must stay exactly as it is).
    """
    if path.is_dir():
        return _("it is a folder")
    if not path.is_file():
        return _("it is not a file")
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        return exc.strerror or str(exc)
    if not header:
        return _("it is empty (0 bytes)")
    if header != SQLITE_HEADER and key is None:
        return _("it is not an SQLite database")
    present = [p for p in companions(path) if p.exists()]
    try:
        conn = cipher.connect(f"{path.absolute().as_uri()}?mode=ro", key, uri=True)
        try:
            findings = [row[0] for row in conn.execute("PRAGMA quick_check")]
        finally:
            conn.close()
    except cipher.DB_ERRORS as exc:
        findings = [str(exc)]
    finally:  # the empty -wal and -shm a reader of a WAL-mode file makes are not the store's: leave none
        for made in (p for p in companions(path) if p not in present and p.exists()):
            if made.name.endswith("-shm") or made.stat().st_size == 0:
                made.unlink(missing_ok=True)
    return None if findings == ["ok"] else findings[0]


def frames_missing_from_wal(path: Path) -> int:
    """How many pages saved in the store's -wal are neither in the store file nor in a -wal beside it.

    SQLite removes the -wal and the -shm together when the last program closes the store, so a -shm
    without its -wal (or with a shorter one) means the -wal was deleted or not copied. The -shm holds the
    wal-index: the frames the -wal held (mxFrame) and how many were already copied into the store file
    (nBackfill); the difference existed only in the missing -wal. Read before anything opens the store,
    since the first connection rebuilds the -shm. A store file copied alone leaves no such trace.
    """
    wal, shm = companions(path)
    try:
        index = shm.read_bytes()[:136] if shm.is_file() else b""
    except OSError:
        return 0
    if len(index) < 136:
        return 0
    # The wal-index header (48 bytes, twice), then the checkpoint info; in the machine's byte order.
    page = struct.unpack_from("=H", index, 14)[0] or 1
    page = 65536 if page == 1 else page
    mx_frame, backfill = struct.unpack_from("=I", index, 16)[0], struct.unpack_from("=I", index, 96)[0]
    wal_frames = max(0, (wal.stat().st_size - 32) // (24 + page)) if wal.is_file() else 0
    return int(max(0, mx_frame - max(backfill, wal_frames)))


def companions(path: Path) -> list[Path]:
    """The files SQLite keeps beside a store in WAL mode (they belong to it: moved or removed with it)."""
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]


def set_aside(path: Path, tag: str) -> Path:
    """Rename the store at ``path`` (and its -wal and -shm) beside it, as they are; returns the new name.

    Raises OSError when the folder cannot be written.
    """
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = path.with_name(f"{path.stem}-{tag}-{stamp}{path.suffix}")
    n = 1
    while os.path.lexists(aside):
        n += 1
        aside = path.with_name(f"{path.stem}-{tag}-{stamp}-{n}{path.suffix}")
    os.rename(path, aside)
    for old, new in zip(companions(path), companions(aside), strict=True):
        if os.path.lexists(old):
            os.rename(old, new)
    return aside


def backup_sqlite(source: Path, dest: Path, key: bytes | None = None) -> Path:
    """An online, consistent copy of an SQLite store (safe while others read or write it).

    An encrypted store (``key``) is copied encrypted with the same key: no page is ever written in clear.
    The copy is written beside ``dest`` and renamed into place: ``dest`` is whole or absent, never partial.
    Raises OSError or sqlite3.Error (a full disk, a folder that cannot be written).
    """
    partial: Path | None = None
    try:
        dest.parent.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
        # A name of its own (programs migrating at once may pick the same name in the same second); mode 0600.
        fd, name = tempfile.mkstemp(dir=dest.parent, prefix=f".{dest.name}.", suffix=".part")
        os.close(fd)
        partial = Path(name)
        src = (
            cipher.connect(str(source), key)
            if writable(source)
            else cipher.connect(read_only_uri(source), key, uri=True)
        )
        try:
            out = cipher.connect(str(partial), key)
            try:
                src.backup(out)
            finally:
                out.close()
        finally:
            src.close()
        os.replace(partial, dest)
    except BaseException:
        if partial is not None:
            partial.unlink(missing_ok=True)
        raise
    return dest


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        has_table = (
            conn.execute(
                text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")
            ).first()
            if engine.dialect.name == "sqlite"
            else True
        )
        if not has_table:
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def head_revision() -> str:
    """The newest migration, by the naming rule of database/versions: ``NNNN_what.py`` has revision ``NNNN``.

    Read from the file names so that a start on an up-to-date store does not import Alembic at all.
    """
    return max(p.name.split("_", 1)[0] for p in (migrations_path() / "versions").glob("[0-9]*_*.py"))


def migrate(engine: Engine, path: Path | None, backup_dir: Path | None, *, read_only: bool = False) -> None:
    """Bring the schema to head; an existing store is backed up first; a newer one is refused."""
    current = current_revision(engine)
    if current == head_revision():
        return
    if read_only and current is not None and current < head_revision():
        raise StoreError(
            _(
                "The store {path} is read-only and needs an update for this version of NALS Desktop; copy "
                "it to a folder you can write, or make it writable."
            ).format(path=path)
        )
    from alembic import command
    from alembic.script import ScriptDirectory

    config = alembic_config(engine)
    scripts = ScriptDirectory.from_config(config)
    head = scripts.get_current_head()
    if current is not None:
        known = {rev.revision for rev in scripts.walk_revisions()}
        if current not in known:
            raise SchemaTooNewError(
                _(
                    "The store {path} was written by a newer version of NALS Desktop (schema {rev}); "
                    "update the application to open it."
                ).format(path=path, rev=current)
            )
    backup: Path | None = None
    if current is not None and path is not None and backup_dir is not None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        try:
            backup = backup_sqlite(
                path, backup_dir / f"{path.stem}-{stamp}-before-{head}.sqlite", engine_key(engine)
            )
        except (OSError, sqlite3.Error, cipher.SQLCipherError) as exc:
            raise StoreError(
                _(
                    "The store {path} needs an update for this version of NALS Desktop, but the copy made "
                    "before updating could not be written to {folder} ({error}); nothing was changed."
                ).format(path=path, folder=backup_dir, error=exc)
            ) from exc
        log.info("backed up %s to %s before migrating", path, backup)
    try:  # every migration in one transaction: a failure anywhere leaves the store as it was
        with engine.connect() as conn, conn.execution_options(**{WRITE: True}).begin():
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
    except Exception as exc:
        log.debug("migrating %s from %s to %s failed", path, current, head, exc_info=True)
        message = _(
            "The store {path} could not be updated for this version of NALS Desktop ({error}); it was left "
            "as it was."
        ).format(path=path or engine.url, error=getattr(exc, "orig", None) or exc)
        if backup is not None:
            message += " " + _("A copy made before the update is in {folder}.").format(folder=backup.parent)
        raise StoreError(message) from exc


def open_store(
    path: Path | None = None,
    *,
    url: str | None = None,
    backup_dir: Path | None = None,
    prepare: Callable[[Store], object] | None = None,
    key: bytes | None = None,
) -> Store:
    """Open the store at ``path`` (migrating it as needed), or at an SQLAlchemy ``url``.

    A missing store is created beside ``path``, migrated and given to ``prepare`` (the first start's
    seed), then put in place at once: ``path`` is never a half-made store, and of two first starts racing,
    one store wins and both open it. An existing file that is not a NALS store is refused, never changed.

    With ``key`` (the raw data key; default: the one this process unlocked from the key file beside
    ``path``), the store is encrypted with SQLCipher; an encrypted store is never opened without it, and a
    plain one is not opened as the encrypted one.
    """
    if url is not None:
        return _open(url, None, backup_dir)
    if path is None:
        raise ValueError("open_store needs a path or a url")
    if backup_dir is None:
        backup_dir = path.parent / "backups"
    if (
        key is None
    ):  # the key this process unlocked for it, if any (an encrypted store is never opened without)
        key = cipher.unlocked_key(cipher.key_file(path))
    _check_is_nals_store(path, key)
    if not os.path.lexists(path):
        _create(path, prepare, key)
    if not writable(path):
        return _open(store_url(path, key, read_only=True), path, None, read_only=True)
    for own in (path, *companions(path)):  # SQLite gives a new -wal and -shm the store's mode
        if own.exists():
            make_private(own)
    return _open(store_url(path, key), path, backup_dir)


def _open(url: str | URL, path: Path | None, backup_dir: Path | None, *, read_only: bool = False) -> Store:
    engine = make_engine(url, read_only=read_only)
    try:
        migrate(engine, path, backup_dir, read_only=read_only)
    except (OperationalError, DatabaseError, sqlite3.Error, cipher.SQLCipherError) as exc:
        engine.dispose()
        raise StoreError(describe_db_error(exc, path or engine.url.render_as_string())) from exc
    except BaseException:
        engine.dispose()
        raise
    return Store(engine, path, read_only=read_only)


def _create(path: Path, prepare: Callable[[Store], object] | None, key: bytes | None = None) -> None:
    try:
        private_folder(path.parent)
        fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.new-", suffix=".sqlite")  # 0600
        os.close(fd)
    except OSError as exc:
        raise _cannot_create(path, exc) from exc
    fresh = Path(name)
    try:
        store = _open(store_url(fresh, key), fresh, None)
        try:
            if prepare is not None:
                prepare(store)
            store.checkpoint(truncate=True)
        finally:
            store.close()
        try:
            _publish(fresh, path)
        except OSError as exc:
            raise _cannot_create(path, exc) from exc
    finally:
        for leftover in (fresh, *companions(fresh)):
            leftover.unlink(missing_ok=True)


def _cannot_create(path: Path, exc: OSError) -> StoreError:
    return StoreError(
        _("Cannot create the store in {path}: {error}").format(path=path.parent, error=exc.strerror or exc)
    )


def _publish(fresh: Path, path: Path) -> None:
    """Put the made store at ``path`` unless one appeared there meanwhile (then that one is used)."""
    try:
        os.link(fresh, path)  # atomic, and fails rather than replace a store another start published
        return
    except FileExistsError:
        log.info("another start created %s first; using that one", path)
        return
    except OSError:  # no hard links on this file system: rename, which only Windows refuses to overwrite
        if os.path.lexists(path):
            return
    try:
        os.rename(fresh, path)
    except FileExistsError:
        log.info("another start created %s first; using that one", path)
