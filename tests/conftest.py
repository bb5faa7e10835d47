"""Shared fixtures: every test gets its own NALS_HOME; stores are real SQLite files."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from nals_desktop import i18n
from nals_desktop.services.startup import open_user_store
from nals_desktop.store.engine import Store, open_store

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "resources" / "seed" / "nals-2023-key-deliverables.txt"
CORPUS = ROOT / "tests" / "importers" / "documents" / "corpus"


#: The passphrase of every test's store: a fresh install encrypts its store, as the user's does.
PASSPHRASE = "correct horse battery staple"


@pytest.fixture(scope="session")
def passphrase_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("passphrase") / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def nals_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, passphrase_file: Path) -> Path:
    home = tmp_path / "nals-home"
    monkeypatch.setenv("NALS_HOME", str(home))
    monkeypatch.setenv("NALS_PASSPHRASE_FILE", str(passphrase_file))
    monkeypatch.setenv("NALS_LANG", "en")
    i18n.install("en")
    return home


@pytest.fixture
def seeded_store(nals_home: Path) -> Iterator[Store]:
    """The user's store after a first start: NALS 2023 imported."""
    store = open_user_store()
    yield store
    store.close()


@pytest.fixture
def empty_store(tmp_path: Path) -> Iterator[Store]:
    store = open_store(tmp_path / "empty.sqlite")
    yield store
    store.close()


@pytest.fixture(autouse=True)
def fail_on_warning_logs(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """A WARNING (or worse) log record fails the test; a test expecting one asserts it, then clears caplog."""
    yield
    bad = [r for r in caplog.get_records("call") if r.levelno >= logging.WARNING]
    if bad:
        pytest.fail("unexpected log records: " + "; ".join(f"{r.name}: {r.getMessage()}" for r in bad))


from .postgres import delegation_server, postgres  # noqa: E402  a throwaway PostgreSQL cluster (session)

__all__ = ["delegation_server", "postgres"]
