"""The PostgreSQL delegation server: its schema, its members, and the queries a laptop's sync runs on it."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import (
    BigInteger,
    Column,
    Connection,
    Engine,
    MetaData,
    Table,
    Text,
    bindparam,
    create_engine,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError
from sqlalchemy.pool import NullPool

from nals_desktop.domain.errors import SchemaTooNewError, StoreError, ValidationError
from nals_desktop.i18n import _
from nals_desktop.paths import migrations_path

if TYPE_CHECKING:
    import psycopg

log = logging.getLogger("nals.server")

ROLES = ("reader", "member", "admin")
#: The database `nals server` commands use by default: "nals" on this machine, through its unix socket.
LOCAL_URL = "postgresql:///nals"
#: Pushes of one server are one at a time (an advisory lock), so the sequence numbers a pull sees are
#: committed in their order: a watermark never skips a revision that commits late.
PUSH_LOCK = 0x4E414C53  # "NALS"
_ROLE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.@-]{0,62}$")

metadata = MetaData()
# The tables a sync reads and writes; the schema itself (with its triggers, policies and grants) is made
# by the migrations in database/server/.
summit_table = Table(
    "summit",
    metadata,
    Column("delegation", Text, primary_key=True),
    Column("id", Text, primary_key=True),
    Column("seq", BigInteger),
    Column("title", Text),
    Column("document", JSONB),
)
revision_table = Table(
    "revision",
    metadata,
    Column("delegation", Text, primary_key=True),
    Column("id", Text, primary_key=True),
    Column("seq", BigInteger),
    Column("commitment_id", Text),
    Column("pushed_from", Text),
    Column("record", JSONB),
)


class ServerError(StoreError):
    """The delegation server cannot be reached, refuses us, or is not one this version can use."""


class ServerAuthError(ServerError):
    """The server refused the user name or the password."""


class ServerSchemaTooNewError(ServerError, SchemaTooNewError):
    """The server was upgraded by a newer version of NALS Desktop."""


def server_migrations_path() -> Path:
    return migrations_path() / "server"


def head_revision() -> str:
    """The newest server migration, by the naming rule ``NNNN_what.py``."""
    return max(p.name.split("_", 1)[0] for p in (server_migrations_path() / "versions").glob("[0-9]*_*.py"))


def known_revisions() -> set[str]:
    return {p.name.split("_", 1)[0] for p in (server_migrations_path() / "versions").glob("[0-9]*_*.py")}


# --- connecting -------------------------------------------------------------------------------------------


def parse_url(url: str) -> URL:
    """A PostgreSQL URL (``postgresql://user@host/db``) for SQLAlchemy's psycopg driver."""
    try:
        parsed = make_url(url.strip())
    except ArgumentError:
        raise ValidationError(
            _("“{url}” is not a server address such as postgresql://anna@db.example.org/nals.").format(
                url=url
            )
        ) from None
    if parsed.get_backend_name() not in ("postgresql", "postgres"):
        raise ValidationError(
            _("“{url}” is not a PostgreSQL address (postgresql://user@host/database).").format(url=url)
        )
    return parsed.set(drivername="postgresql+psycopg")


def display_url(url: str | URL) -> str:
    """The address without its password: what is remembered and shown."""
    parsed = url if isinstance(url, URL) else parse_url(url)
    # URL.set() takes None for "unchanged": _replace is what removes a part.
    return parsed._replace(drivername="postgresql", password=None).render_as_string(hide_password=False)


def user_of(url: str) -> str:
    return parse_url(url).username or ""


def with_user(url: str, user: str) -> str:
    """The address ``url`` for the user ``user`` (the address's own user replaced), without a password."""
    parsed = parse_url(url)
    return display_url(parsed._replace(username=user.strip() or parsed.username))


def without_user(url: str) -> str:
    return display_url(parse_url(url)._replace(username=None))


def make_server_engine(url: str, password: str | None = None, *, timeout: int = 10) -> Engine:
    """An engine on the server; without ``password``, libpq finds one (PGPASSWORD, PGPASSFILE, .pgpass)."""
    parsed = parse_url(url)
    args: dict[str, Any] = {"connect_timeout": timeout, "application_name": "nals-desktop"}
    if password is not None:
        args["password"] = password
    return create_engine(parsed, poolclass=NullPool, connect_args=args)


def describe_server_error(exc: BaseException, url: str) -> ServerError:
    """One clear line for a failure talking to the server (the library's words, when they say more)."""
    orig = getattr(exc, "orig", None) or exc
    message = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    where = display_url(url)
    lower = message.lower()
    sqlstate = getattr(orig, "sqlstate", None)
    if "password authentication failed" in lower or "no password supplied" in lower or sqlstate == "28P01":
        return ServerAuthError(
            _("The delegation server {url} refused the user name or the password.").format(url=where)
        )
    if sqlstate == "42501" or "permission denied" in lower or "append-only" in lower:
        return ServerError(
            _("The delegation server {url} does not allow this: {error}").format(url=where, error=message)
        )
    if isinstance(orig, DBAPIError) or sqlstate is None:
        return ServerError(
            _("The delegation server {url} cannot be reached: {error}").format(url=where, error=message)
        )
    return ServerError(_("The delegation server {url} failed: {error}").format(url=where, error=message))


_engines: dict[tuple[str, str | None], Engine] = {}


@contextmanager
def connection(url: str, password: str | None = None) -> Iterator[Connection]:
    """A connection to the server, closed after; any failure is a ServerError with one clear line.

    The engine is kept (its connections are not: no pool), so SQLAlchemy learns the server's version and
    settings once, not at every sync.
    """
    key = (url, password)
    engine = _engines.get(key)
    if engine is None:
        engine = _engines[key] = make_server_engine(url, password)
    try:
        with engine.connect() as conn:
            yield conn
    except SQLAlchemyError as exc:
        raise describe_server_error(exc, url) from exc


# --- the schema, for IT -----------------------------------------------------------------------------------


def _alembic_config(conn: Connection) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(server_migrations_path()))
    config.attributes["connection"] = conn
    return config


def current_revision(conn: Connection) -> str | None:
    found = conn.execute(text("SELECT to_regclass('public.alembic_version') IS NOT NULL")).scalar()
    if not found:
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def check_schema(url: str, current: str | None) -> None:
    """Refuse a server this version cannot use: none made by `nals server init`, or a newer one."""
    if current is None:
        raise ServerError(
            _("{url} is not a NALS delegation server yet: IT sets it up with “nals server init”.").format(
                url=display_url(url)
            )
        )
    if current not in known_revisions():
        raise ServerSchemaTooNewError(
            _(
                "The delegation server {url} was upgraded by a newer version of NALS Desktop (schema {rev}); "
                "update the application to sync with it."
            ).format(url=display_url(url), rev=current)
        )
    if current != head_revision():
        raise ServerError(
            _(
                "The delegation server {url} has an older schema ({rev}); IT updates it with "
                "“nals server upgrade”."
            ).format(url=display_url(url), rev=current)
        )


def upgrade_schema(
    url: str, password: str | None = None, *, delegation: str | None = None
) -> tuple[str | None, str]:
    """Create (``delegation`` given: init) or upgrade the server's schema, in one transaction.

    Returns (revision before, revision after). A schema newer than this version knows is never touched.
    """
    from alembic import command

    with connection(url, password) as conn:
        with conn.begin():
            before = current_revision(conn)
            if before is not None and before not in known_revisions():
                check_schema(url, before)
            if delegation is None and before is None:
                check_schema(url, before)
            if before != head_revision():
                command.upgrade(_alembic_config(conn), "head")
            if delegation is not None:
                conn.execute(
                    text("INSERT INTO delegation (name) VALUES (:name) ON CONFLICT DO NOTHING"),
                    {"name": delegation},
                )
        return before, head_revision()


def _role_name(name: str) -> str:
    if not _ROLE_NAME.match(name) or name.casefold().startswith(("nals_", "pg_")):
        raise ValidationError(
            _(
                "“{name}” cannot be a member's name: use letters, digits, “_”, “.”, “@” or “-”, up to 63, "
                "not starting with nals_ or pg_."
            ).format(name=name)
        )
    return name


def add_member(
    url: str,
    name: str,
    role: str,
    member_password: str,
    *,
    password: str | None = None,
    delegation: str | None = None,
) -> str:
    """Create the login role ``name`` with only the rights of ``role``, in ``delegation``; returns it."""
    from psycopg import sql

    _role_name(name)
    if role not in ROLES:
        raise ValidationError(_("“{role}” is not a role (reader, member, admin).").format(role=role))
    if not member_password:
        raise ValidationError(_("A member needs a password."))
    with connection(url, password) as conn:
        with conn.begin():
            check_schema(url, current_revision(conn))
            delegation = _delegation(conn, url, delegation)
            if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first():
                raise ValidationError(
                    _("The server already has a role “{name}”; choose another name.").format(name=name)
                )
            statement = sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}{}").format(
                sql.Identifier(name),
                sql.Literal(member_password),
                sql.Identifier(f"nals_{role}"),
                sql.SQL(" CREATEROLE") if role == "admin" else sql.SQL(""),
            )
            _raw(conn).execute(statement)
            if role == "admin":  # PostgreSQL 16 and later: granting a group needs its ADMIN OPTION
                _raw(conn).execute(
                    sql.SQL("GRANT nals_reader, nals_member TO {} WITH ADMIN OPTION").format(
                        sql.Identifier(name)
                    )
                )
            conn.execute(
                text("INSERT INTO member (role_name, delegation, role) VALUES (:n, :d, :r)"),
                {"n": name, "d": delegation, "r": role},
            )
    return delegation


def remove_member(url: str, name: str, *, password: str | None = None) -> None:
    """Drop the login role of a member: it can no longer connect. What it sent stays."""
    from psycopg import sql

    with connection(url, password) as conn:
        with conn.begin():
            check_schema(url, current_revision(conn))
            deleted = conn.execute(
                text("DELETE FROM member WHERE role_name = :n RETURNING 1"), {"n": name}
            ).first()
            if deleted is None:
                raise ValidationError(_("“{name}” is not a member of this server.").format(name=name))
            _raw(conn).execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(name)))


def _raw(conn: Connection) -> psycopg.Connection[Any]:
    """The psycopg connection under ``conn`` (in its transaction): role names and passwords are quoted by
    psycopg's own composition, since CREATE ROLE takes no bound parameters."""
    return cast("psycopg.Connection[Any]", conn.connection.dbapi_connection)


def _delegation(conn: Connection, url: str, name: str | None) -> str:
    names = list(conn.execute(text("SELECT name FROM delegation ORDER BY name")).scalars())
    if name is not None:
        if name not in names:
            conn.execute(text("INSERT INTO delegation (name) VALUES (:n)"), {"n": name})
        return name
    if len(names) != 1:
        raise ValidationError(
            _("The server {url} hosts several delegations ({names}); name one with --delegation.").format(
                url=display_url(url), names=", ".join(names) or _("none yet")
            )
        )
    return str(names[0])


# --- what a sync runs -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Probe:
    """What one round trip tells of the server: who we are there, and how far it is."""

    schema: str | None
    server_id: str
    delegation: str | None
    role: str | None
    last_seq: int  # the newest revision's sequence number this member can see
    summit_ids: frozenset[str]


_PROBE = text(
    """
    SELECT (SELECT version_num FROM alembic_version),
           (SELECT id FROM server_info),
           nals_delegation(),
           (SELECT role FROM member WHERE role_name = session_user),
           (SELECT coalesce(max(seq), 0) FROM revision),
           (SELECT coalesce(json_agg(id), '[]') FROM summit)
    """
)


def probe(conn: Connection, url: str) -> Probe:
    """One round trip: the schema version, the server's id, our delegation and role, its last revision."""
    try:
        # One statement in autocommit: one round trip, no BEGIN or COMMIT of its own.
        conn.execution_options(isolation_level="AUTOCOMMIT")
        try:
            row = conn.execute(_PROBE).one()
        finally:
            conn.rollback()
            conn.execution_options(isolation_level="READ COMMITTED")
    except DBAPIError as exc:
        # Not the tables this version knows: say why from the schema version alone, if there is one.
        if getattr(exc.orig, "sqlstate", None) not in ("42P01", "42703", "42883"):
            raise
        with conn.begin():
            check_schema(url, current_revision(conn))
        raise
    schema, server_id, delegation, role, last_seq, summit_ids = row
    check_schema(url, schema)
    if delegation is None:
        raise ServerError(
            _(
                "{user} is not a member of a delegation on {url}; IT adds members with "
                "“nals server add-member”."
            ).format(user=conn.execute(text("SELECT session_user")).scalar(), url=display_url(url))
        )
    ids = summit_ids if isinstance(summit_ids, list) else json.loads(summit_ids)
    return Probe(schema, str(server_id), delegation, role, int(last_seq), frozenset(ids))


def pull(
    conn: Connection, after: int, upto: int, summit_ids: Sequence[str]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The summits ``summit_ids`` and the revisions after ``after`` up to ``upto``, read in one snapshot."""
    with conn.begin():
        conn.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"))
        summits = []
        if summit_ids:
            summits = [
                row[0]
                for row in conn.execute(
                    text("SELECT document FROM summit WHERE id IN :ids ORDER BY seq").bindparams(
                        bindparam("ids", expanding=True)
                    ),
                    {"ids": list(summit_ids)},
                )
            ]
        records = [
            row[0]
            for row in conn.execute(
                text("SELECT record FROM revision WHERE seq > :after AND seq <= :upto ORDER BY seq"),
                {"after": after, "upto": upto},
            )
        ]
    return summits, records


def push(
    conn: Connection,
    summits: Sequence[dict[str, Any]],
    records: Sequence[dict[str, Any]],
    device_id: str,
    laptop_name: str,
    pulled_seq: int,
) -> int | None:
    """Send summits and revisions in one transaction: all of them are on the server, or none.

    Returns the server's last sequence number after the push when nothing but this push came after
    ``pulled_seq`` (the laptop then holds everything up to it), else None.
    """
    with conn.begin():
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PUSH_LOCK})
        last = text("SELECT coalesce(max(seq), 0) FROM revision")
        before = int(conn.execute(last).scalar_one())
        if summits:
            conn.execute(
                text(
                    "INSERT INTO summit (id, title, document) VALUES (:id, :title, CAST(:document AS jsonb)) "
                    "ON CONFLICT DO NOTHING"
                ),
                [{"id": s["id"], "title": s["title"], "document": json.dumps(s)} for s in summits],
            )
        if records:
            # COPY into a table of this transaction, then one INSERT: a first sync sends 50,000 revisions.
            raw = _raw(conn)
            raw.execute(
                "CREATE TEMPORARY TABLE incoming (id text, commitment_id text, record jsonb) ON COMMIT DROP"
            )
            with raw.cursor() as cur, cur.copy("COPY incoming FROM STDIN") as copy:
                for r in records:
                    copy.write_row((r["id"], r["commitment"], json.dumps(r)))
            conn.execute(
                text(
                    "INSERT INTO revision (delegation, id, commitment_id, pushed_from, record) "
                    "SELECT (SELECT nals_delegation()), id, commitment_id, :device, record FROM incoming "
                    "ON CONFLICT DO NOTHING"
                ),
                {"device": device_id},
            )
        after = int(conn.execute(last).scalar_one())
        held = after if before == pulled_seq else None
        conn.execute(
            text(
                "INSERT INTO laptop (device_id, name, pulled_seq) VALUES (:device, :name, :pulled) "
                "ON CONFLICT (delegation, device_id) DO UPDATE SET name = excluded.name, "
                "pulled_seq = excluded.pulled_seq, synced_at = now()"
            ),
            {"device": device_id, "name": laptop_name, "pulled": held or pulled_seq},
        )
    return held
