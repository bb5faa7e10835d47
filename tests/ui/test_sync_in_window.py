"""The delegation server in the window: its preferences, Sync now, the status line, a dead network."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from nals_desktop.services import annotate, sync
from nals_desktop.services.browse import show_commitment
from nals_desktop.services.identity import Author
from nals_desktop.services.startup import open_user_store
from nals_desktop.store import server
from nals_desktop.ui.sync import ServerDialog
from nals_desktop.ui.tasks import TaskRunner

from ..postgres import Server
from .conftest import open_window

BEN = Author("Ben", "CA", "00000000-0000-4000-8000-00000000000b")
SHOTS = Path(os.environ.get("NALS_SCREENSHOTS", "")) if os.environ.get("NALS_SCREENSHOTS") else None


class _MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


@pytest.fixture
def ring():
    previous = keyring.get_keyring()
    ring = _MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


def test_without_a_server_the_status_line_says_so(window) -> None:
    assert window.sync.label.text() == "Not syncing: no delegation server set"
    window.sync_action.trigger()  # nothing to sync with: nothing happens, nothing breaks
    assert window.sync.label.text() == "Not syncing: no delegation server set"


def test_preferences_then_sync_now_brings_a_colleagues_work(
    window, delegation_server: Server, ring, tmp_path: Path, qtbot
) -> None:
    anna_url, anna_pw = delegation_server.add("anna")
    ben_url, ben_pw = delegation_server.add("ben")
    ben = open_user_store(tmp_path / "ben" / "nals.sqlite")
    try:
        cid = annotate.commitment_id_for(ben, "A-1", None)
        annotate.set_position(ben, cid, "CA", {"red_line": "No offsets"}, BEN)
        sync.sync(ben, BEN, ben_url, ben_pw)
    finally:
        ben.close()

    dialog = ServerDialog.ask(window.store, window.runner, window)
    dialog.url_edit.setText(server.without_user(anna_url))
    dialog.user_edit.setText(server.user_of(anna_url))
    dialog.password_edit.setText(anna_pw)
    if SHOTS:
        dialog.grab().save(str(SHOTS / "delegation-server.png"))
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert not dialog.isVisible()
    assert ring.items == {("nals-desktop", anna_url): anna_pw}  # the keyring, and nowhere else
    assert sync.remembered_url(window.store) == anna_url
    assert window.store.path is not None and anna_pw.encode() not in window.store.path.read_bytes()

    window.sync_action.trigger()
    assert window.sync.label.text() == "Synced just now"
    (position,) = [p for p in show_commitment(window.store, "A-1", None).positions if p.party_code == "CA"]
    assert position.red_line == "No offsets"

    window.editor.flush()
    annotate.set_position(window.store, cid, "MX", {"stance": "oppose"}, BEN)
    window.sync.refresh()
    assert window.sync.label.text() == "Synced just now · 1 to send"
    if SHOTS:
        window.statusBar().grab().save(str(SHOTS / "sync-status.png"))
    window.sync_action.trigger()
    assert window.sync.label.text() == "Synced just now"


def test_a_server_that_never_answers_never_freezes_the_window(
    qtbot, seeded_store, errors, ring, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A port that accepts connections (the kernel's backlog) but never says a word, as a dead link would.
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(1)
    url = f"postgresql://anna@127.0.0.1:{silent.getsockname()[1]}/nals"
    sync.remember_url(seeded_store, url)
    runner = TaskRunner()  # a real thread pool
    window = open_window(qtbot, seeded_store, runner, errors)
    try:
        ticks: list[int] = []
        window.sync_action.trigger()
        assert window.sync.label.text() == "Syncing…"
        for i in range(5):  # the event loop keeps running while the sync waits on the network
            qtbot.wait(50)
            ticks.append(i)
        assert ticks == [0, 1, 2, 3, 4] and window.sync.running
        assert window.sync.label.text() == "Syncing…"
        silent.close()  # the link breaks: the sync fails with a reason, the window carries on
        qtbot.waitUntil(lambda: not window.sync.running, timeout=30_000)
        qtbot.waitUntil(lambda: window.sync.label.text().startswith("Not synced: "), timeout=10_000)
        assert "cannot be reached" in window.sync.label.text()
    finally:
        silent.close()
        window.close()
        runner.wait()
