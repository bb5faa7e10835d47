"""A throwaway PostgreSQL cluster for the tests: Debian's initdb and pg_ctl in a temporary folder.

PostgreSQL refuses to run as root: when the tests do, the cluster runs as ``nobody`` (its folder is given
to that user). It listens on a free port of the loopback and on a unix socket in its folder, with
password (SCRAM) authentication everywhere, and is stopped and deleted after the session.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from nals_desktop.store import server as nals_server

SUPERUSER, SUPERPASSWORD = "nals_it", "it-secret"
UNPRIVILEGED = "nobody"


def postgres_bin() -> Path | None:
    """The folder of initdb and pg_ctl: Debian's newest /usr/lib/postgresql/*/bin, else the PATH's."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).resolve().parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Cluster:
    """One PostgreSQL cluster: started, killed, restarted and stopped by the tests."""

    def __init__(self, bin_dir: Path, root: Path) -> None:
        self.bin = bin_dir
        self.root = root
        self.data = root / "data"
        self.port = _free_port()
        self._names = itertools.count(1)
        self.ca_file: Path | None = None
        as_root = os.geteuid() == 0
        self._prefix = (
            ["setpriv", "--reuid", UNPRIVILEGED, "--regid", "nogroup", "--clear-groups"] if as_root else []
        )
        if as_root:
            user = pwd.getpwnam(UNPRIVILEGED)
            os.chown(root, user.pw_uid, user.pw_gid)
        pwfile = root / "pw"
        pwfile.write_text(SUPERPASSWORD + "\n")
        if as_root:
            os.chown(pwfile, pwd.getpwnam(UNPRIVILEGED).pw_uid, -1)
        self._run(
            "initdb", "-D", str(self.data), "-U", SUPERUSER, f"--pwfile={pwfile}", "--auth=scram-sha-256",
            "-E", "UTF8", "--no-locale", "--no-sync",
        )  # fmt: skip
        with (self.data / "postgresql.conf").open("a") as conf:
            conf.write(
                f"listen_addresses = '127.0.0.1'\nport = {self.port}\nunix_socket_directories = '{root}'\n"
                "max_connections = 120\nfsync = off\nfull_page_writes = off\nlog_min_messages = panic\n"
            )
            if self._make_certificates():
                conf.write("ssl = on\nssl_cert_file = 'server.crt'\nssl_key_file = 'server.key'\n")
        self.start()

    def _make_certificates(self) -> bool:
        """A certificate authority of the tests' own, and the server's certificate for "localhost" from it.

        ``ca_file`` is what a laptop trusts (sslrootcert); False when openssl is missing.
        """
        if shutil.which("openssl") is None:
            return False
        ca_key, self.ca_file = self.root / "ca.key", self.root / "ca.crt"
        key, csr, crt = self.data / "server.key", self.root / "server.csr", self.data / "server.crt"
        ext = self.root / "san.ext"
        ext.write_text("subjectAltName=DNS:localhost\n")
        for cmd in (
            ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", ca_key, "-out", self.ca_file,
             "-days", "2", "-subj", "/CN=NALS test CA"],
            ["req", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", csr, "-subj", "/CN=localhost"],
            ["x509", "-req", "-in", csr, "-CA", self.ca_file, "-CAkey", ca_key, "-CAcreateserial",
             "-out", crt, "-days", "2", "-extfile", ext],
        ):  # fmt: skip
            subprocess.run(["openssl", *map(str, cmd)], check=True, capture_output=True, timeout=60)
        key.chmod(0o600)
        if os.geteuid() == 0:
            user = pwd.getpwnam(UNPRIVILEGED)
            for path in (key, crt):
                os.chown(path, user.pw_uid, user.pw_gid)
        return True

    def _run(self, tool: str, *args: str) -> None:
        cmd = [*self._prefix, str(self.bin / tool), *args]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=120, cwd=self.root)
        if done.returncode:
            raise RuntimeError(f"{tool} failed ({done.returncode}): {done.stdout}{done.stderr}")

    def start(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "log"), "-w", "-t", "60", "start")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def kill(self) -> None:
        """As a power cut would: no shutdown, every transaction in flight lost (and recovered at start)."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def url(self, user: str, database: str) -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def admin_url(self, database: str) -> str:
        return f"postgresql://{SUPERUSER}:{SUPERPASSWORD}@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        import psycopg

        name = f"nals_{next(self._names)}"
        with psycopg.connect(
            host=str(self.root), port=self.port, user=SUPERUSER, password=SUPERPASSWORD, dbname="postgres",
            autocommit=True,
        ) as conn:  # fmt: skip
            conn.execute(f"CREATE DATABASE {name}")
        return name

    def unique(self, name: str) -> str:
        """A role name no other test used: login roles are the cluster's, shared by its databases."""
        return f"{name}_{next(self._names)}"


@pytest.fixture(scope="session")
def postgres() -> Iterator[Cluster]:
    bin_dir = postgres_bin()
    if bin_dir is None:
        pytest.fail(
            "PostgreSQL is not installed: sudo apt-get install postgresql (make test installs it as root)"
        )
    root = Path(tempfile.mkdtemp(prefix="nals-pg-"))
    cluster = Cluster(bin_dir, root)
    try:
        yield cluster
    finally:
        try:
            cluster.stop()
        except RuntimeError:
            pass  # killed by a test and not restarted
        shutil.rmtree(root, ignore_errors=True)


@dataclass
class Server:
    cluster: Cluster
    database: str
    admin: str  # the owner's URL, with its password

    def add(self, name: str, role: str = "member", delegation: str | None = None) -> tuple[str, str]:
        """A new member: (their URL, their password)."""
        user = self.cluster.unique(name)
        nals_server.add_member(self.admin, user, role, f"{user}-pw", delegation=delegation)
        return self.cluster.url(user, self.database), f"{user}-pw"

    def owner(self) -> psycopg.Connection:
        return psycopg.connect(
            host="127.0.0.1",
            port=self.cluster.port,
            user=SUPERUSER,
            password=SUPERPASSWORD,
            dbname=self.database,
        )


@pytest.fixture
def delegation_server(postgres: Cluster) -> Server:
    database = postgres.new_database()
    admin = postgres.admin_url(database)
    assert nals_server.upgrade_schema(admin, delegation="CA") == (None, nals_server.head_revision())
    return Server(postgres, database, admin)


def as_member(url: str, password: str) -> psycopg.Connection:
    parsed = nals_server.parse_url(url)
    return psycopg.connect(
        host=parsed.host, port=parsed.port, user=parsed.username, password=password, dbname=parsed.database
    )
