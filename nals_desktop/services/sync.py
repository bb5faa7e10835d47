"""Sync with the delegation server: bundles over PostgreSQL, integrated by the exchange's own merge."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from nals_desktop.domain.errors import StoreError, ValidationError
from nals_desktop.i18n import _
from nals_desktop.services import bundles, revisions
from nals_desktop.services.identity import Author
from nals_desktop.services.maintenance import JSON_FORMAT, JSON_FORMAT_VERSION
from nals_desktop.store.engine import Store
from nals_desktop.store.models import Commitment, Revision, Summit, SyncServer

if TYPE_CHECKING:
    from nals_desktop.store import server

# The delegation server's module (SQLAlchemy's PostgreSQL dialect: about 0.1 s) is imported when a server
# is used, not at every start of the app, whose status line only reads the store.

log = logging.getLogger("nals.sync")

KEYRING_SERVICE = "nals-desktop"


@dataclass(frozen=True)
class SyncResult:
    url: str
    summits_added: tuple[str, ...]  # titles of the summits the server brought
    pulled: revisions.IntegrationReport  # what the revisions the server brought did here
    pushed: int  # revisions sent
    summits_sent: int
    unsent: int  # revisions left to send (a reader sends none)
    read_only: bool  # the server lets this member read only
    synced_at: datetime
    refused: tuple[str, ...] = ()  # why revisions the server holds were not taken (a save here would refuse)


@dataclass(frozen=True)
class SyncStatus:
    url: str | None
    synced_at: datetime | None
    to_send: int  # revisions of the store the server is not known to hold


# --- the remembered server --------------------------------------------------------------------------------


def remembered_url(store: Store) -> str | None:
    """The server last chosen (with ``nals sync --server`` or in Preferences), or None."""
    with store.unit_of_work() as session:
        return session.scalar(select(SyncServer.url).order_by(SyncServer.chosen_at.desc()).limit(1))


def remember_url(store: Store, url: str) -> str:
    """Choose the server at ``url`` for the next syncs; returns the address as remembered (no password)."""
    from nals_desktop.store.server import display_url

    shown = display_url(url)
    if remembered_url(store) == shown:
        return shown  # already the one: no write (a sync with nothing to do writes once)
    with store.unit_of_work(write=True) as session:
        row = session.get(SyncServer, shown)
        if row is None:
            session.add(SyncServer(url=shown, pulled_seq=0, chosen_at=datetime.now(UTC)))
        else:
            row.chosen_at = datetime.now(UTC)
    return shown


def status(store: Store) -> SyncStatus:
    """The remembered server, when this store last synced with it, and how many revisions wait to go."""
    with store.unit_of_work() as session:
        row = session.scalars(select(SyncServer).order_by(SyncServer.chosen_at.desc()).limit(1)).first()
        if row is None:
            return SyncStatus(None, None, 0)
        if row.server_id is None:
            to_send = session.scalar(select(func.count()).select_from(Revision)) or 0
        else:
            to_send = revisions.count_not_held_by(session, row.server_id)
        return SyncStatus(row.url, row.synced_at, to_send)


# --- the password -----------------------------------------------------------------------------------------


def keyring_password(url: str) -> str | None:
    """The password the operating system's keyring holds for this server and user, or None."""
    from nals_desktop.store.server import display_url

    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, display_url(url))
    except Exception as exc:  # no keyring on this system (a server, a test run): libpq or a prompt then
        log.info("no password from the keyring: %s", exc)
        return None


def save_password(url: str, password: str) -> None:
    """Keep the password in the operating system's keyring (never in a file of ours)."""
    from nals_desktop.store.server import ServerError, display_url

    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, display_url(url), password)
    except Exception as exc:
        raise ServerError(
            _("The password could not be kept in this system's keyring ({error}).").format(error=exc)
        ) from exc


# --- syncing ----------------------------------------------------------------------------------------------


def sync(store: Store, author: Author, url: str | None = None, password: str | None = None) -> SyncResult:
    """Pull what the server has that this store lacks and integrate it, then push what the server lacks.

    Each direction is one transaction on the server, and what is pulled is integrated here in one local
    transaction with the watermark: a cut anywhere loses nothing, and the next sync completes. Without
    ``password``, the keyring's is used, else libpq's own (PGPASSWORD, PGPASSFILE, ~/.pgpass).
    """
    if url is None:
        url = remembered_url(store)
        if url is None:
            raise ValidationError(_("No delegation server is set: give its address with --server URL."))
    shown = remember_url(store, url)
    if password is None:
        password = keyring_password(url)
    if store.read_only:
        raise StoreError(_("The store {path} is read-only; it cannot sync.").format(path=store.label))
    from nals_desktop.store import server

    with server.connection(url, password) as conn:
        probe = server.probe(conn, url)
        pulled_seq = _watermark(store, shown, probe.server_id)
        with store.unit_of_work() as session:
            have = set(session.scalars(select(Summit.id)))
        missing = sorted(probe.summit_ids - have)
        summits_added: tuple[str, ...] = ()
        report = revisions.IntegrationReport(received=0, added=0, merges=0)
        refused: list[str] = []
        if probe.last_seq > pulled_seq or missing:
            summits, raw = server.pull(conn, pulled_seq, probe.last_seq, missing)
            summits_added, report, refused = _integrate(store, shown, probe, summits, raw)
            pulled_seq = probe.last_seq
        read_only = probe.role == "reader"
        pushed, summits_sent, unsent = 0, 0, 0
        with store.unit_of_work() as session:
            records = revisions.records_not_held_by(session, probe.server_id)
            wanted = _summits_of(session, records) - probe.summit_ids
        if records and read_only:
            unsent = len(records)
        elif records:
            structures = [s for i in sorted(wanted) for s in bundles.structure_document(store, i)["summits"]]
            held = server.push(
                conn, structures, [r.to_json() for r in records], author.device_id, author.name, pulled_seq
            )
            pushed, summits_sent = len(records), len(structures)
            with store.unit_of_work(write=True) as session:
                bundles.remember_held(session, probe.server_id, shown, [r.id for r in records])
                _advance(session, shown, held)
    synced_at = datetime.now(UTC)
    with store.unit_of_work(write=True) as session:
        row = session.get(SyncServer, shown)
        if row is not None:
            row.synced_at = synced_at
    return SyncResult(
        shown, summits_added, report, pushed, summits_sent, unsent, read_only, synced_at, tuple(refused)
    )


def _watermark(store: Store, shown: str, server_id: str) -> int:
    """How far this store pulled from the server; from the start again when the address names another."""
    with store.unit_of_work() as session:
        row = session.get(SyncServer, shown)
        assert row is not None  # remembered before connecting
        if row.server_id == server_id:
            return row.pulled_seq
    with store.unit_of_work(write=True) as session:
        row = session.get(SyncServer, shown)
        assert row is not None
        if row.server_id != server_id:  # a new server at this address: its numbers are not the old one's
            row.server_id, row.pulled_seq = server_id, 0
        return row.pulled_seq


def _advance(session: Session, shown: str, seq: int | None) -> None:
    row = session.get(SyncServer, shown)
    if row is not None and seq is not None and seq > row.pulled_seq:
        row.pulled_seq = seq


def _integrate(
    store: Store,
    shown: str,
    probe: server.Probe,
    summits: list[dict[str, object]],
    raw: list[dict[str, object]],
) -> tuple[tuple[str, ...], revisions.IntegrationReport, list[str]]:
    """What the server sent, through the bundles' checks and merge, with the watermark in the same commit."""
    name = _("the delegation server {url}").format(url=shown)
    records, refused = _screen(store, raw)
    document = {"format": JSON_FORMAT, "version": JSON_FORMAT_VERSION, "summits": summits}
    bundle = bundles.Bundle(name, {}, document, records)
    # The server sends the structure of the summits this store lacks only: groups an older import lacks
    # come from a bundle or from importing the document again.
    added, report, _groups = bundles.receive(
        store,
        bundle,
        peer=(probe.server_id, shown),
        then=lambda session: _advance(session, shown, probe.last_seq),
    )
    return added, report, refused


def _screen(store: Store, raw: list[dict[str, object]]) -> tuple[list[revisions.RevisionRecord], list[str]]:
    """The revisions a save here would accept, and why the others (and those that follow them) are not.

    A bundle is refused whole; a server is shared by the whole delegation, and one laptop's bad revision
    must not stop everyone's syncs: it is left out, said, and never taken.
    """
    refused: list[str] = []
    bad: set[str] = set()
    parsed: list[revisions.RevisionRecord] = []
    for data in raw:
        try:
            parsed.append(revisions.RevisionRecord.from_json(data))
        except ValidationError as exc:
            refused.append(str(exc))
            if isinstance(data.get("id"), str):
                bad.add(str(data["id"]))
    with store.unit_of_work() as session:
        known = revisions.existing_ids(session, [r.id for r in parsed])
    new = [r for r in parsed if r.id not in known]
    for record in new:
        try:
            revisions.check_record(record)
        except ValidationError as exc:
            bad.add(record.id)
            refused.append(str(exc))
    spreading = bool(bad)
    while spreading:  # what follows a refused revision cannot be placed either
        spreading = False
        for record in new:
            if record.id not in bad and any(p in bad for p in record.parents):
                bad.add(record.id)
                refused.append(_("Revision {id} follows a refused one.").format(id=record.id))
                spreading = True
    if refused:
        log.warning("%d revisions from the server refused: %s", len(refused), refused[0])
    return [r for r in parsed if r.id not in bad], refused


def _summits_of(session: Session, records: list[revisions.RevisionRecord]) -> set[str]:
    ids = sorted({r.commitment_id for r in records})
    out: set[str] = set()
    for start in range(0, len(ids), 500):
        out.update(
            session.scalars(select(Commitment.summit_id).where(Commitment.id.in_(ids[start : start + 500])))
        )
    return out
