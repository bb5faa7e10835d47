"""Keeping the store safe: backup, restore, integrity check and JSON export."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from nals_desktop import __version__
from nals_desktop.domain.errors import ExportError, StoreError
from nals_desktop.i18n import _, ngettext, number
from nals_desktop.paths import data_home, make_private
from nals_desktop.services import sealing
from nals_desktop.store import cipher
from nals_desktop.store.engine import (
    SQLITE_HEADER,
    Store,
    backup_sqlite,
    companions,
    describe_db_error,
    frames_missing_from_wal,
    open_store,
    set_aside,
    unreadable_reason,
)
from nals_desktop.store.models import Commitment, Pillar, Position, Revision, Summit, SummitParty

JSON_FORMAT = "nals-desktop-export"
JSON_FORMAT_VERSION = 1


def default_backup_path(store: Store) -> Path:
    base = store.path.parent if store.path else data_home()
    return base / "backups" / f"nals-{_stamp()}.sqlite"


def backup(store: Store, dest: Path | None = None) -> Path:
    """An online, consistent copy of the store; refuses to overwrite an existing file."""
    if store.path is None:
        raise StoreError(_("Only an SQLite store can be backed up this way."))
    dest = dest or default_backup_path(store)
    if dest.is_dir():
        dest = dest / default_backup_path(store).name
    if dest.exists():
        raise StoreError(_("{path} already exists; choose another name.").format(path=dest))
    try:
        backup_sqlite(store.path, dest, store.key)  # an encrypted store's backup is encrypted with its key
    except (OSError, sqlite3.Error, cipher.SQLCipherError) as exc:
        raise StoreError(_("The backup to {path} failed: {error}").format(path=dest, error=exc)) from exc
    return dest


def missing_wal(store_path: Path) -> str | None:
    """A warning when saves held in the store's -wal are gone with it (call before opening the store)."""
    frames = frames_missing_from_wal(store_path)
    if not frames:
        return None
    return ngettext(
        "The -wal file beside {path} is missing, and {n} page saved in it is not in the store: put the "
        "-wal back beside the store before using it, or restore a backup (copy a store with `nals backup`).",
        "The -wal file beside {path} is missing, and {n} pages saved in it are not in the store: put the "
        "-wal back beside the store before using it, or restore a backup (copy a store with `nals backup`).",
        frames,
    ).format(path=store_path, n=number(frames))


def check(store: Store) -> list[str]:
    """Problems found by SQLite's integrity, foreign-key and FTS checks; empty when the store is sound."""
    try:
        return store.integrity_errors()
    except Exception as exc:  # a damaged file raises instead of reporting
        return [describe_db_error(exc, store.label)]


@dataclass(frozen=True)
class Restored:
    """What a restore did with the store it replaced."""

    previous: Path | None  # where the replaced store is now (None: there was none)
    unreadable: str | None = None  # why it was set aside as it was, instead of copied into backups/


def restore(
    store_path: Path,
    source: Path,
    key: bytes | None = None,
    *,
    passphrase: Callable[[bool], str] | None = None,
) -> Restored:
    """Replace the store at ``store_path`` by the backup ``source``, keeping the current one.

    An encrypted store's backup must be encrypted with its key (``key``; default: the store's, unlocked),
    or be a plain one, which is encrypted on the way in: the store put in place is encrypted.

    The backup is checked first (an SQLite NALS store of a schema this version knows, passing its
    integrity check); nothing is touched unless it is sound. A readable current store is copied into
    ``backups/``; an unreadable one (damaged, empty, a folder) is renamed beside it as it is, never deleted.
    """
    if key is None:
        from nals_desktop.services.startup import store_key

        keys = cipher.key_file(store_path)
        if not keys.exists() and not os.path.lexists(store_path) and _encrypted_file(source):
            raise StoreError(
                _(
                    "{path} is encrypted with its installation's key: put that installation's key file "
                    "({name}) in {folder} first; nothing was changed."
                ).format(path=source, name=keys.name, folder=store_path.parent)
            )
        key = store_key(store_path, passphrase)  # unlocked, asked, or (a first start) a new one
    _check_backup_file(source, key)
    folder = store_path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(dir=folder, prefix=".restore-"))
    except OSError as exc:
        raise StoreError(
            _("Cannot restore into {folder}: {error}; nothing was changed.").format(
                folder=folder, error=exc.strerror or exc
            )
        ) from exc
    try:
        candidate = _checked_copy(source, tmp, key)
        previous, unreadable = _keep_current(store_path, key)
        try:
            os.replace(candidate, store_path)
        except OSError as exc:
            raise StoreError(
                _("The backup could not be put in place at {path}: {error}").format(
                    path=store_path, error=exc.strerror or exc
                )
                + (
                    ""
                    if previous is None
                    else " " + _("The previous store is {saved}.").format(saved=previous)
                )
            ) from exc
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return Restored(previous, unreadable)


def _encrypted_file(path: Path) -> bool:
    try:
        return path.is_file() and path.stat().st_size > 0 and not cipher.is_plaintext(path)
    except OSError:
        return False


def _check_backup_file(source: Path, key: bytes | None) -> None:
    if not source.is_file():
        raise StoreError(_("{path} does not exist.").format(path=source))
    try:
        with source.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise StoreError(
            _("{path} cannot be read: {error}").format(path=source, error=exc.strerror or exc)
        ) from exc
    if not header:
        raise StoreError(_("{path} is empty (0 bytes), not a NALS backup.").format(path=source))
    if header == SQLITE_HEADER:
        return
    if key is None:
        raise StoreError(
            _("{path} is not a NALS backup (not an SQLite database), or an encrypted one.").format(
                path=source
            )
        )
    try:
        conn = cipher.connect(f"{source.absolute().as_uri()}?mode=ro", key, uri=True)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except cipher.DB_ERRORS as exc:
        raise StoreError(
            _(
                "{path} is not a NALS backup of this store: it is not an SQLite database, or was encrypted "
                "with another key."
            ).format(path=source)
        ) from exc


def _checked_copy(source: Path, tmp: Path, key: bytes | None) -> Path:
    """A copy of ``source`` in ``tmp``, migrated to this version and checked; raises StoreError if unsound."""
    candidate = tmp / "restore.sqlite"
    try:
        if key is not None and cipher.is_plaintext(source):
            cipher.encrypted_copy(source, candidate, key)  # a plain backup: encrypted on its way in
        else:
            shutil.copyfile(source, candidate)
        make_private(candidate)  # the store it becomes is read by the user only
    except cipher.DB_ERRORS as exc:
        raise StoreError(
            _("{path} is not a sound NALS store: {problem}").format(path=source, problem=exc)
        ) from exc
    except OSError as exc:
        raise StoreError(
            _("{path} could not be copied: {error}; nothing was changed.").format(
                path=source, error=exc.strerror or exc
            )
        ) from exc
    try:
        restored = open_store(candidate, backup_dir=tmp / "b", key=key)  # migrates an older backup
    except StoreError as exc:
        problem = str(exc).replace(str(candidate), source.name)
        raise StoreError(
            _("{path} is not a sound NALS store: {problem}").format(path=source, problem=problem)
        ) from exc
    try:
        problems = check(restored)
        if not problems:
            with restored.unit_of_work() as session:
                if session.scalar(select(Summit.id).limit(1)) is None:
                    problems = [_("it holds no summit")]
        restored.checkpoint(truncate=True)
    finally:
        restored.close()
    if problems:
        raise StoreError(
            _("{path} is not a sound NALS store: {problem}").format(path=source, problem=problems[0])
        )
    return candidate


def _keep_current(store_path: Path, key: bytes | None) -> tuple[Path | None, str | None]:
    """Keep the store about to be replaced: copied into backups/ if readable, else renamed beside it."""
    if not os.path.lexists(store_path):
        return None, None
    reason = unreadable_reason(store_path, key)
    if reason is not None:
        try:
            return set_aside(store_path, "unreadable"), reason
        except OSError as exc:
            raise StoreError(
                _("The unreadable store {path} could not be set aside: {error}; nothing was changed.").format(
                    path=store_path, error=exc.strerror or exc
                )
            ) from exc
    saved = store_path.parent / "backups" / f"{store_path.stem}-before-restore-{_stamp()}.sqlite"
    try:
        backup_sqlite(store_path, saved, key)
    except (OSError, sqlite3.Error, cipher.SQLCipherError) as exc:
        raise StoreError(
            _("The current store could not be copied to {path} ({error}); nothing was changed.").format(
                path=saved, error=exc
            )
        ) from exc
    for companion in companions(store_path):
        companion.unlink(missing_ok=True)
    return saved, None


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")


def _json_value(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def export_document(store: Store, summit_id: str | None = None) -> dict[str, Any]:
    """Everything in the store (or one summit) as plain JSON-ready data."""
    with store.unit_of_work() as session:
        stmt = (
            select(Summit)
            .options(
                selectinload(Summit.parties).selectinload(SummitParty.party),
                selectinload(Summit.pillars),
                selectinload(Summit.sources),
            )
            .order_by(Summit.created_at)
        )
        if summit_id:
            stmt = stmt.where(Summit.id == summit_id)
        summits = []
        for s in session.scalars(stmt):
            commitments = session.scalars(
                select(Commitment)
                .where(Commitment.summit_id == s.id)
                .options(
                    selectinload(Commitment.positions).selectinload(Position.tags),
                    selectinload(Commitment.positions).selectinload(Position.party),
                    selectinload(Commitment.status),
                )
                .join(Pillar)
                .order_by(Pillar.ordinal, Commitment.reference)
            ).all()
            by_parent: dict[str | None, list[Commitment]] = {}
            top_by_pillar: dict[str, list[Commitment]] = {}  # grouped once: a scan per pillar is quadratic
            for c in commitments:
                by_parent.setdefault(c.parent_id, []).append(c)
                if c.parent_id is None:
                    top_by_pillar.setdefault(c.pillar_id, []).append(c)

            def item(
                c: Commitment, by_parent: dict[str | None, list[Commitment]] = by_parent
            ) -> dict[str, Any]:
                return {
                    "id": c.id,
                    "reference": c.reference,
                    "text": c.text,
                    "group": c.group_title,
                    "children": [item(ch) for ch in sorted(by_parent.get(c.id, []), key=lambda x: x.ordinal)],
                    "positions": [
                        {
                            "id": p.id,
                            "party": p.party.code,
                            "stance": p.stance,
                            "priority": p.priority,
                            "objective": p.objective,
                            "key_messages": p.key_messages,
                            "responses": p.responses,
                            "fallback": p.fallback,
                            "red_line": p.red_line,
                            "background": p.background,
                            "marking": p.marking,
                            "tags": [t.name for t in p.tags],
                            "head_revision": p.head_revision_id,
                            "updated_at": _json_value(p.updated_at),
                            "updated_by": p.updated_by,
                        }
                        for p in c.positions
                    ],
                    "status": None
                    if c.status is None
                    else {
                        "status": c.status.status,
                        "progress": c.status.progress,
                        "evidence": c.status.evidence,
                        "as_of": _json_value(c.status.as_of),
                        "reason": c.status.reason,
                        "head_revision": c.status.head_revision_id,
                        "updated_at": _json_value(c.status.updated_at),
                        "updated_by": c.status.updated_by,
                    },
                }

            revisions = session.scalars(
                select(Revision)
                .join(Commitment, Commitment.id == Revision.commitment_id)
                .where(Commitment.summit_id == s.id)
                .order_by(Revision.created_at, Revision.id)
            )
            summits.append(
                {
                    "id": s.id,
                    "title": s.title,
                    "date": _json_value(s.date),
                    "location": s.location,
                    "host": s.host,
                    "parties": [{"code": sp.party.code, "name": sp.party.name} for sp in s.parties],
                    "sources": [
                        {
                            "title": d.title,
                            "file_name": d.file_name,
                            "publisher": d.publisher,
                            "language": d.language,
                            "format": d.fmt,
                            "checksum": d.checksum,
                            "text": d.raw_text,
                        }
                        for d in s.sources
                    ],
                    "pillars": [
                        {
                            "id": p.id,
                            "tab": p.tab,
                            "short_title": p.short_title,
                            "title": p.title,
                            "intro": p.intro,
                            "commitments": [
                                item(c) for c in sorted(top_by_pillar.get(p.id, []), key=lambda x: x.ordinal)
                            ],
                        }
                        for p in s.pillars
                    ],
                    "revisions": [
                        {
                            "id": r.id,
                            "entity": r.entity_type,
                            "entity_id": r.entity_id,
                            "commitment": r.commitment_id,
                            "party": r.party_code,
                            "parent": r.parent_id,
                            "merge_parent": r.merge_parent_id,
                            "author": r.author,
                            "device": r.device_id,
                            "created_at": _json_value(r.created_at),
                            "changed": r.changed,
                            "snapshot": r.snapshot,
                            "conflicts": r.conflicts,
                        }
                        for r in revisions
                    ],
                }
            )
    return {
        "format": JSON_FORMAT,
        "version": JSON_FORMAT_VERSION,
        "app_version": __version__,
        "summits": summits,
    }


def write_atomically(out: Path, data: bytes) -> None:
    """Write ``data`` to ``out`` through a temporary file, so an existing file is never half-overwritten."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".part")
    except OSError as exc:
        raise ExportError(
            _("Cannot write in {path}: {error}").format(path=out.parent, error=exc.strerror)
        ) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ExportError(_("Cannot write {path}: {error}").format(path=out, error=exc.strerror)) from exc


def export_json(
    store: Store, out: Path, summit_id: str | None = None, *, passphrase: str | None = None
) -> dict[str, Any]:
    """Write the export document to ``out``; with ``passphrase``, encrypted (an age file)."""
    document = export_document(store, summit_id)
    data = json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")
    write_atomically(out, data if passphrase is None else sealing.seal(data, passphrase))
    return document
