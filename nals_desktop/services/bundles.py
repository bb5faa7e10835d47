"""The .nalsx bundle: revisions and the summits they belong to, carried between laptops by stick or mail."""

from __future__ import annotations

import gc
import hashlib
import io
import itertools
import json
import tempfile
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from nals_desktop import __version__
from nals_desktop.domain.errors import DocumentError, NotFoundError, StoreError
from nals_desktop.i18n import _
from nals_desktop.services import exchange, revisions, sealing
from nals_desktop.services.identity import Author
from nals_desktop.services.maintenance import (
    JSON_FORMAT,
    JSON_FORMAT_VERSION,
    export_document,
    write_atomically,
)
from nals_desktop.store.engine import Store, backup_sqlite, open_store
from nals_desktop.store.models import Peer, PeerRevision, Pillar, Summit

BUNDLE_FORMAT = "nals-desktop-bundle"
BUNDLE_VERSION = 1
BUNDLE_SUFFIX = ".nalsx"
MANIFEST, SUMMITS, REVISIONS = "manifest.json", "summits.json", "revisions.json"
MAX_PART_BYTES = 2 * 1024**3  # a part larger than this is no bundle this version wrote


@dataclass(frozen=True)
class Bundle:
    """A bundle read and checked: its manifest, its summits' structure and its revisions."""

    name: str
    manifest: dict[str, Any]
    summits: dict[str, Any]  # an export document (see services/maintenance.py) without annotations
    records: list[revisions.RevisionRecord]

    @property
    def sender(self) -> dict[str, str]:
        sender = self.manifest.get("sender") or {}
        return {"device_id": str(sender.get("device_id", "")), "name": str(sender.get("name", ""))}


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    summits: int
    revisions: int
    size: int  # bytes
    group: str | None = None  # only the revisions of this group of a pillar were written


@dataclass(frozen=True)
class ImportResult:
    sender: dict[str, str]
    summits_added: tuple[str, ...]  # titles of the summits the store did not have
    report: revisions.IntegrationReport
    dry_run: bool
    groups_added: int = 0  # commitments of a summit the store had (imported before groups) that got theirs


# --- writing ---------------------------------------------------------------------------------------------


def export_bundle(
    store: Store,
    out: Path,
    author: Author,
    summit_id: str | None = None,
    peer: str | None = None,
    *,
    passphrase: str | None = None,
    pillar_id: str | None = None,
    group: str | None = None,
) -> ExportSummary:
    """Write a bundle of every revision (or those ``peer`` is not known to hold) with their summits.

    With ``pillar_id`` (and ``group``), only the revisions of that pillar's (or that group's) commitments
    go, with the structure of its whole summit: a receiver without the summit gets all of it, as the
    sender has it, and later bundles fill in the annotations of the rest.

    With ``passphrase``, the bundle is encrypted with it (an age file holding the zip).

    With ``peer``, what is sent is remembered, so the next bundle for that peer holds only what is new.
    """
    with store.unit_of_work() as session:
        peer_id = _peer(session, peer).device_id if peer else None
        if pillar_id is not None:
            pillar = session.get(Pillar, pillar_id)
            if pillar is None:
                raise NotFoundError(_("The pillar to send is no longer in the store."))
            summit_id = pillar.summit_id
    # The structure first, and let go of before the revisions are read: export_document reads the
    # annotations too, and both at once would double the peak.
    document = structure_document(store, summit_id)
    summit_count = len(document["summits"])
    structure = _json_bytes(document)
    del document
    with store.unit_of_work() as session:
        records = revisions.revision_records(session, summit_id, pillar_id=pillar_id, group=group)
        if peer_id is not None:
            held = set(
                session.scalars(
                    select(PeerRevision.revision_id).where(PeerRevision.peer_device_id == peer_id)
                )
            )
            records = [r for r in records if r.id not in held]
    sums: dict[str, dict[str, Any]] = {}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        _write_part(zf, SUMMITS, [structure], sums)
        # One revision at a time: 100,000 of them never sit in memory as one text.
        pieces = (
            (b"," if i else b'{"revisions":[') + _json_bytes(r.to_json()) for i, r in enumerate(records)
        )
        _write_part(zf, REVISIONS, itertools.chain(pieces, [b"]}" if records else b'{"revisions":[]}']), sums)
        manifest = {
            "format": BUNDLE_FORMAT,
            "version": BUNDLE_VERSION,
            "app_version": __version__,
            "created_at": datetime.now(UTC).isoformat(),
            "sender": {"device_id": author.device_id, "name": author.name},
            "for": peer_id,
            "parts": sums,
        }
        zf.writestr(MANIFEST, _json_bytes(manifest))
    data = buffer.getvalue()
    if passphrase is not None:
        data = sealing.seal(data, passphrase)
    write_atomically(out, data)
    if peer_id is not None and records:
        with store.unit_of_work(write=True) as session:
            remember_held(session, peer_id, None, [r.id for r in records])
    return ExportSummary(out, summit_count, len(records), len(data), group if pillar_id is not None else None)


def structure_document(store: Store, summit_id: str | None = None) -> dict[str, Any]:
    """The export document of every summit (or one), without its positions and statuses: its structure."""
    document = export_document(store, summit_id)
    for summit in document["summits"]:
        _strip_annotations(summit)
    return document


def _write_part(
    zf: zipfile.ZipFile, name: str, pieces: Iterable[bytes], sums: dict[str, dict[str, Any]]
) -> None:
    digest, size = hashlib.sha256(), 0
    with zf.open(name, "w") as fh:
        for piece in pieces:
            fh.write(piece)
            digest.update(piece)
            size += len(piece)
    sums[name] = {"sha256": digest.hexdigest(), "size": size}


def _json_bytes(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _strip_annotations(summit: dict[str, Any]) -> None:
    """Keep a summit's structure only: its positions and statuses travel as revisions."""
    summit["revisions"] = []

    def strip(commitment: dict[str, Any]) -> None:
        commitment["positions"] = []
        commitment["status"] = None
        for child in commitment.get("children", []):
            strip(child)

    for pillar in summit["pillars"]:
        for commitment in pillar["commitments"]:
            strip(commitment)


# --- reading ---------------------------------------------------------------------------------------------


def read_bundle(path: Path, passphrase: str | None = None) -> Bundle:
    """The bundle in ``path``, checked whole; DocumentError with one clear line for anything else.

    An encrypted bundle is read with ``passphrase``.
    """
    name = path.name
    source: Path | io.BytesIO = path
    if sealing.is_sealed(path):
        try:
            source = io.BytesIO(sealing.unseal(path.read_bytes(), passphrase, name))
        except OSError as exc:
            raise DocumentError(
                _("{name} cannot be read: {error}").format(name=name, error=exc.strerror or exc)
            ) from exc
    try:
        with zipfile.ZipFile(source) as zf:
            infos = {i.filename: i for i in zf.infolist()}
            if MANIFEST not in infos:
                raise DocumentError(_("{name}: not a NALS bundle (no manifest).").format(name=name))
            manifest = _load(zf, infos[MANIFEST], name)
            if not isinstance(manifest, dict) or manifest.get("format") != BUNDLE_FORMAT:
                raise DocumentError(_("{name}: not a NALS bundle.").format(name=name))
            version = manifest.get("version")
            if not isinstance(version, int) or version > BUNDLE_VERSION:
                raise DocumentError(
                    _(
                        "{name} was written by a newer version of NALS Desktop (bundle format {v}); "
                        "update the application to read it. Nothing was imported."
                    ).format(name=name, v=version)
                )
            parts = manifest.get("parts")
            if (
                not isinstance(parts, dict)
                or set(parts) != {SUMMITS, REVISIONS}
                or set(infos)
                != {
                    MANIFEST,
                    *parts,
                }
            ):
                raise DocumentError(
                    _("{name}: the bundle's parts do not match its manifest; nothing was imported.").format(
                        name=name
                    )
                )
            loaded = {}
            for part, expected in parts.items():
                raw = _read(zf, infos[part], name)
                if hashlib.sha256(raw).hexdigest() != (expected or {}).get("sha256"):
                    raise DocumentError(
                        _(
                            "{name}: the part {part} does not match its checksum (altered or damaged); "
                            "nothing was imported."
                        ).format(name=name, part=part)
                    )
                loaded[part] = _parse(raw, name)
    except FileNotFoundError:
        raise DocumentError(_("{name}: no such file").format(name=path)) from None
    except (zipfile.BadZipFile, EOFError, OSError) as exc:
        raise DocumentError(
            _(
                "{name} is not a whole NALS bundle (damaged or cut short: {error}); nothing was imported."
            ).format(name=name, error=exc)
        ) from exc
    summits = loaded[SUMMITS]
    if (
        not isinstance(summits, dict)
        or summits.get("format") != JSON_FORMAT
        or summits.get("version") != JSON_FORMAT_VERSION
        or not isinstance(summits.get("summits"), list)
    ):
        raise DocumentError(
            _("{name}: the bundle's summits cannot be read; nothing was imported.").format(name=name)
        )
    try:
        records = [revisions.RevisionRecord.from_json(r) for r in loaded[REVISIONS]["revisions"]]
    except (KeyError, TypeError) as exc:
        raise DocumentError(
            _("{name}: the bundle's revisions cannot be read; nothing was imported.").format(name=name)
        ) from exc
    return Bundle(name, manifest, summits, records)


def _read(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> bytes:
    if info.file_size > MAX_PART_BYTES:
        raise DocumentError(
            _("{name}: a part of the bundle is too large; nothing was imported.").format(name=name)
        )
    return zf.read(info)


def _parse(raw: bytes, name: str) -> Any:
    # Parsing 100,000 revisions makes millions of small containers, none of them garbage: without the
    # collector rescanning them again and again, it takes half the time.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise DocumentError(
            _("{name}: a part of the bundle is not readable JSON ({error}); nothing was imported.").format(
                name=name, error=exc
            )
        ) from exc
    finally:
        if collecting:
            gc.enable()


def _load(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> Any:
    return _parse(_read(zf, info, name), name)


# --- importing -------------------------------------------------------------------------------------------


def import_bundle(
    store: Store,
    path: Path,
    *,
    dry_run: bool = False,
    device_id: str | None = None,
    passphrase: str | None = None,
) -> ImportResult:
    """Import a bundle whole: its missing summits, then its revisions, merged into what the store holds.

    A bundle that is damaged, altered, from a newer version or holding an invalid revision changes nothing.
    ``dry_run`` reports exactly what would happen and writes nothing. ``device_id``: this device's.
    """
    bundle = read_bundle(path, passphrase)
    sender = bundle.sender["device_id"]
    peer = (sender, bundle.sender["name"]) if sender and sender != device_id else None  # ours makes none
    if dry_run:
        missing = _missing_summits(store, bundle)
        if missing:
            _check(store, bundle)
            return _dry_run_on_a_copy(store, path, bundle, missing, passphrase)
    added, report, groups = receive(store, bundle, peer=peer, dry_run=dry_run)
    return ImportResult(bundle.sender, added, report, dry_run, groups)


def receive(
    store: Store,
    bundle: Bundle,
    *,
    peer: tuple[str, str] | None = None,
    dry_run: bool = False,
    then: Callable[[Session], None] | None = None,
) -> tuple[tuple[str, ...], revisions.IntegrationReport, int]:
    """Integrate what a bundle (or a server) brought: its missing summits, then its revisions, all checked
    before anything is written; the summits the store has get the groups an older import lacks
    (exchange.fill_missing_groups). ``peer`` (device id, name) is remembered as holding them; ``then`` runs
    in the transaction that integrates. Returns the titles of the summits added, the integration's report
    and how many commitments got their group.
    """
    known, missing = _check(store, bundle)
    present = _present_summits(bundle, missing)
    if missing and not dry_run:
        exchange.import_export(store, {**bundle.summits, "summits": missing})
    with store.unit_of_work(write=not dry_run) as session:
        groups = sum(exchange.fill_missing_groups(session, s) for s in present)
        report = revisions.integrate_in(session, bundle.records, dry_run=dry_run, known=known, checked=True)
        if not dry_run and peer is not None:
            remember_held(session, peer[0], peer[1], [r.id for r in bundle.records])
        if not dry_run and then is not None:
            then(session)
        if dry_run:
            session.rollback()
    return tuple(s["title"] for s in missing), report, groups


def _present_summits(bundle: Bundle, missing: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The bundle's summits the store has, through the export's rules (a bad one refuses the bundle whole,
    before anything is written)."""
    lacking = {s.get("id") for s in missing}
    present = [s for s in bundle.summits.get("summits", []) if s.get("id") not in lacking]
    if not present:
        return []
    return exchange.check_export({**bundle.summits, "summits": present})


def _check(store: Store, bundle: Bundle) -> tuple[set[str], list[dict[str, Any]]]:
    """Every rule, before anything is written: (the ids the store has, the summits it lacks)."""
    with store.unit_of_work() as session:
        known = revisions.existing_ids(session, [r.id for r in bundle.records])
    new = [r for r in bundle.records if r.id not in known]
    for record in new:  # before anything is written, the summits included
        revisions.check_record(record)
    missing = _missing_summits(store, bundle)
    _check_placed(store, bundle, missing, new)
    return known, missing


def _missing_summits(store: Store, bundle: Bundle) -> list[dict[str, Any]]:
    with store.unit_of_work() as session:
        have = set(session.scalars(select(Summit.id)))
    return [s for s in bundle.summits["summits"] if s.get("id") not in have]


def _check_placed(
    store: Store, bundle: Bundle, missing: list[dict[str, Any]], new: list[revisions.RevisionRecord]
) -> None:
    """Refuse, before anything is written, revisions of commitments neither the store nor the bundle has."""

    def ids(items: list[dict[str, Any]]) -> set[str]:
        return {c["id"] for c in items} | {i for c in items for i in ids(c.get("children", []))}

    try:
        brought = {i for s in missing for p in s["pillars"] for i in ids(p["commitments"])}
    except (KeyError, TypeError) as exc:
        raise DocumentError(
            _("{name}: the bundle's summits cannot be read; nothing was imported.").format(name=bundle.name)
        ) from exc
    wanted = sorted({r.commitment_id for r in new} - brought)
    with store.unit_of_work() as session:
        found = set(revisions.known_commitments(session, wanted))
    unplaced = [c for c in wanted if c not in found]
    if unplaced:
        raise DocumentError(
            _(
                "{name} holds revisions of a commitment ({id}) that neither this store nor the bundle has; "
                "nothing was imported."
            ).format(name=bundle.name, id=unplaced[0])
        )


def _dry_run_on_a_copy(
    store: Store, path: Path, bundle: Bundle, missing: list[dict[str, Any]], passphrase: str | None
) -> ImportResult:
    """What importing would do when it brings summits: done on a throw-away copy of the store."""
    if store.path is None:
        raise StoreError(_("A dry run that brings a new summit needs an SQLite store."))
    with tempfile.TemporaryDirectory(prefix="nals-dry-run-") as tmp:
        copy_path = backup_sqlite(store.path, Path(tmp) / "copy.sqlite", store.key)  # encrypted as the store
        copy = open_store(copy_path, backup_dir=Path(tmp) / "backups", key=store.key)
        try:
            result = import_bundle(copy, path, passphrase=passphrase)
        finally:
            copy.close()
    return ImportResult(
        result.sender, result.summits_added, result.report, dry_run=True, groups_added=result.groups_added
    )


# --- peers -----------------------------------------------------------------------------------------------


def _peer(session: Any, ref: str) -> Peer:
    peers = list(session.scalars(select(Peer).order_by(Peer.name)))
    ref_cf = ref.strip().casefold()
    found = [p for p in peers if p.device_id == ref.strip()] or [
        p for p in peers if p.name.casefold() == ref_cf
    ]
    if len(found) != 1:
        known = ", ".join(f"{p.name} ({p.device_id[:8]})" for p in peers) or _("none yet")
        raise NotFoundError(
            _("“{peer}” is not one peer this store has exchanged with (known: {known}).").format(
                peer=ref, known=known
            )
        )
    peer: Peer = found[0]
    return peer


def remember_held(session: Any, device_id: str, name: str | None, revision_ids: list[str]) -> None:
    """Note that the peer ``device_id`` holds these revisions of the store (it sent them, or we did)."""
    peer = session.get(Peer, device_id)
    if peer is None:
        session.add(Peer(device_id=device_id, name=name or ""))
    elif name and peer.name != name:
        peer.name = name
    session.flush()
    held = set(
        session.scalars(select(PeerRevision.revision_id).where(PeerRevision.peer_device_id == device_id))
    )
    rows = [
        {"peer_device_id": device_id, "revision_id": r} for r in dict.fromkeys(revision_ids) if r not in held
    ]
    if rows:
        session.execute(insert(PeerRevision), rows)


def peers(store: Store) -> list[tuple[str, str, int]]:
    """(device id, name, revisions known to be held) of every peer, by name."""
    with store.unit_of_work() as session:
        out = []
        for peer in session.scalars(select(Peer).order_by(Peer.name)):
            n = len(
                session.scalars(
                    select(PeerRevision.revision_id).where(PeerRevision.peer_device_id == peer.device_id)
                ).all()
            )
            out.append((peer.device_id, peer.name, n))
        return out
