"""The delegation server on a real PostgreSQL cluster: schema, roles, append-only revisions, delegations."""

from __future__ import annotations

import subprocess
from pathlib import Path

import psycopg
import pytest

from nals_desktop.domain.errors import ValidationError
from nals_desktop.services import annotate, sync
from nals_desktop.services.identity import Author
from nals_desktop.services.startup import open_user_store
from nals_desktop.store import server
from nals_desktop.store.server import ServerAuthError, ServerError, ServerSchemaTooNewError

from ..postgres import Cluster, Server, as_member

ANNA = Author("Anna", "CA", "00000000-0000-4000-8000-00000000000a")
RITA = Author("Rita", "CA", "00000000-0000-4000-8000-00000000000c")
MARIA = Author("María", "MX", "00000000-0000-4000-8000-00000000000d")


def test_init_then_upgrade_and_a_second_init_change_nothing(delegation_server: Server) -> None:
    before, after = server.upgrade_schema(delegation_server.admin)
    assert before == after == server.head_revision()
    assert server.upgrade_schema(delegation_server.admin, delegation="CA")[0] == server.head_revision()
    with delegation_server.owner() as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM delegation")] == ["CA"]
        assert conn.execute("SELECT count(*) FROM server_info").fetchone() == (1,)


def test_a_database_never_initialised_is_named_so(postgres: Cluster, tmp_path: Path) -> None:
    database = postgres.new_database()
    with pytest.raises(ServerError, match="nals server init"):
        server.upgrade_schema(postgres.admin_url(database))  # upgrade never creates: init does
    store = open_user_store(tmp_path / "nals.sqlite")
    try:
        with pytest.raises(ServerError, match="not a NALS delegation server yet"):
            sync.sync(store, ANNA, postgres.admin_url(database))
    finally:
        store.close()


def test_a_wrong_password_is_refused_with_one_clear_line(delegation_server: Server, tmp_path: Path) -> None:
    url, _ = delegation_server.add("anna")
    store = open_user_store(tmp_path / "nals.sqlite")
    try:
        with pytest.raises(ServerAuthError, match="refused the user name or the password") as caught:
            sync.sync(store, ANNA, url, "not-the-password")
        assert "not-the-password" not in str(caught.value)
        assert sync.status(store).synced_at is None
    finally:
        store.close()


def test_a_reader_reads_but_its_writes_are_refused(delegation_server: Server, tmp_path: Path) -> None:
    anna_url, anna_pw = delegation_server.add("anna")
    rita_url, rita_pw = delegation_server.add("rita", role="reader")
    a = open_user_store(tmp_path / "a" / "nals.sqlite")
    r = open_user_store(tmp_path / "r" / "nals.sqlite")
    try:
        annotate.set_position(
            a, annotate.commitment_id_for(a, "A-1", None), "CA", {"stance": "support"}, ANNA
        )
        sync.sync(a, ANNA, anna_url, anna_pw)
        annotate.set_position(r, annotate.commitment_id_for(r, "A-2", None), "CA", {"stance": "oppose"}, RITA)
        result = sync.sync(r, RITA, rita_url, rita_pw)
        assert (result.read_only, result.pulled.added, result.pushed, result.unsent) == (True, 1, 0, 1)
        assert sync.status(r).to_send == 1  # kept on the laptop, still to send
        with as_member(rita_url, rita_pw) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO revision (id, commitment_id, pushed_from, record) VALUES ('x', 'y', 'z', '{}')"
            )
        with delegation_server.owner() as conn:
            assert conn.execute("SELECT count(*) FROM revision").fetchone() == (1,)
    finally:
        a.close()
        r.close()


def test_revisions_are_append_only_for_members_and_for_the_owner(
    delegation_server: Server, tmp_path: Path
) -> None:
    url, password = delegation_server.add("anna")
    store = open_user_store(tmp_path / "nals.sqlite")
    try:
        annotate.set_position(
            store, annotate.commitment_id_for(store, "A-1", None), "CA", {"stance": "support"}, ANNA
        )
        sync.sync(store, ANNA, url, password)
    finally:
        store.close()
    for statement in (
        "UPDATE revision SET record = '{}'",
        "DELETE FROM revision",
        "TRUNCATE revision",
        "UPDATE summit SET title = 'x'",
    ):
        with as_member(url, password) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(statement)
        with delegation_server.owner() as conn, pytest.raises(psycopg.errors.InsufficientPrivilege) as caught:
            conn.execute(statement)  # the owner has the privileges: the trigger refuses
        assert "append-only" in str(caught.value)
    with delegation_server.owner() as conn:
        row = conn.execute("SELECT record FROM revision").fetchone()
        assert row is not None and row[0]["snapshot"]["stance"] == "support"


def test_the_server_stamps_who_pushed_whatever_the_laptop_says(delegation_server: Server) -> None:
    url, password = delegation_server.add("anna")
    with as_member(url, password) as conn:
        conn.execute(
            "INSERT INTO revision (id, commitment_id, pushed_from, record, pushed_by, delegation) "
            "VALUES ('r1', 'c1', 'd1', '{}', 'someone-else', 'CA')"
        )
        conn.commit()
        assert conn.execute("SELECT pushed_by FROM revision").fetchone() == (server.parse_url(url).username,)


def test_a_server_on_a_newer_schema_is_refused_and_left_alone(
    delegation_server: Server, tmp_path: Path
) -> None:
    url, password = delegation_server.add("anna")
    with delegation_server.owner() as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    store = open_user_store(tmp_path / "nals.sqlite")
    try:
        with pytest.raises(ServerSchemaTooNewError, match=r"newer version of NALS Desktop \(schema 9999\)"):
            sync.sync(store, ANNA, url, password)
    finally:
        store.close()
    with pytest.raises(ServerSchemaTooNewError):
        server.upgrade_schema(delegation_server.admin)
    with pytest.raises(ServerSchemaTooNewError):
        server.add_member(delegation_server.admin, delegation_server.cluster.unique("x"), "member", "pw")
    with delegation_server.owner() as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("9999",)


def test_delegations_on_one_server_never_see_each_others_positions(
    delegation_server: Server, tmp_path: Path
) -> None:
    anna_url, anna_pw = delegation_server.add("anna", delegation="CA")
    maria_url, maria_pw = delegation_server.add("maria", delegation="MX")
    a = open_user_store(tmp_path / "a" / "nals.sqlite")
    m = open_user_store(tmp_path / "m" / "nals.sqlite")
    try:
        annotate.set_position(
            a, annotate.commitment_id_for(a, "A-1", None), "CA", {"red_line": "No offsets"}, ANNA
        )
        sync.sync(a, ANNA, anna_url, anna_pw)
        result = sync.sync(m, MARIA, maria_url, maria_pw)
        assert (result.pulled.received, result.summits_added) == (0, ())
        with as_member(maria_url, maria_pw) as conn:
            for table in ("revision", "summit", "laptop"):
                assert conn.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,)
            assert [r[0] for r in conn.execute("SELECT role_name FROM member")] == [
                server.parse_url(maria_url).username
            ]
            with pytest.raises(psycopg.errors.InsufficientPrivilege):  # row-level security's WITH CHECK
                conn.execute(
                    "INSERT INTO revision (delegation, id, commitment_id, pushed_from, record) "
                    "VALUES ('CA', 'r1', 'c1', 'd1', '{}')"
                )
    finally:
        a.close()
        m.close()


def test_a_removed_member_can_no_longer_connect(delegation_server: Server, tmp_path: Path) -> None:
    url, password = delegation_server.add("anna")
    name = server.parse_url(url).username
    assert name is not None
    server.remove_member(delegation_server.admin, name)
    with pytest.raises(ServerAuthError):
        with server.connection(url, password) as conn:
            server.probe(conn, url)
    with pytest.raises(ValidationError, match="not a member"):
        server.remove_member(delegation_server.admin, name)


@pytest.mark.parametrize("name", ["nals_admin", "pg_read", "a b", "x" * 64, ""])
def test_a_member_name_that_is_no_safe_role_name_is_refused(delegation_server: Server, name: str) -> None:
    with pytest.raises(ValidationError):
        server.add_member(delegation_server.admin, name, "member", "pw")


def test_an_admin_adds_members_of_their_own_delegation(delegation_server: Server) -> None:
    admin_url, admin_pw = delegation_server.add("ida", role="admin")
    admin = admin_url.replace("@", f":{admin_pw}@", 1)
    name = delegation_server.cluster.unique("ben")
    assert server.add_member(admin, name, "member", "ben-pw") == "CA"
    with delegation_server.owner() as conn:
        assert conn.execute(
            "SELECT delegation, role FROM member WHERE role_name = %s", [name]
        ).fetchone() == (
            "CA",
            "member",
        )


def test_an_address_is_shown_and_remembered_without_its_password(tmp_path: Path) -> None:
    url = "postgresql://anna:s3cret@db.example.org:5433/nals?sslmode=verify-full"
    assert server.display_url(url) == "postgresql://anna@db.example.org:5433/nals?sslmode=verify-full"
    assert server.without_user(url) == "postgresql://db.example.org:5433/nals?sslmode=verify-full"
    assert (
        server.with_user("postgresql://db.example.org/nals", "ben") == "postgresql://ben@db.example.org/nals"
    )
    store = open_user_store(tmp_path / "nals.sqlite")
    try:
        assert sync.remember_url(store, url) == server.display_url(url)
        assert sync.remembered_url(store) == server.display_url(url)
    finally:
        store.close()
    with pytest.raises(ValidationError, match="not a PostgreSQL address"):
        server.parse_url("sqlite:///x.db")


def test_sslmode_verify_full_checks_the_servers_certificate(
    delegation_server: Server, tmp_path: Path
) -> None:
    cluster = delegation_server.cluster
    if cluster.ca_file is None:
        pytest.skip("openssl is not installed: no certificate for the test server")
    url, password = delegation_server.add("anna")
    name = server.parse_url(url).username
    base = f"postgresql://{name}@localhost:{cluster.port}/{delegation_server.database}?sslmode=verify-full"
    store = open_user_store(tmp_path / "nals.sqlite")
    try:
        annotate.set_position(
            store, annotate.commitment_id_for(store, "A-1", None), "CA", {"stance": "support"}, ANNA
        )
        assert sync.sync(store, ANNA, f"{base}&sslrootcert={cluster.ca_file}", password).pushed == 1
        other = tmp_path / "other-ca.crt"  # a certificate authority that did not sign the server's
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(tmp_path / "k"),
             "-out", str(other), "-days", "1", "-subj", "/CN=Someone else"],
            check=True, capture_output=True,
        )  # fmt: skip
        with pytest.raises(ServerError, match=r"cannot be reached.*certificate"):
            sync.sync(store, ANNA, f"{base}&sslrootcert={other}", password)
    finally:
        store.close()
    with as_member(url, password) as conn:  # and the server does speak TLS on the loopback
        row = conn.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone()
        assert row == (True,)
