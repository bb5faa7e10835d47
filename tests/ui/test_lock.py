"""The lock: Ctrl+L saves the edit, takes every text off the screen and the accessibility tree, and the
store's passphrase (only) brings the window back as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from nals_desktop.services.browse import get_commitment
from nals_desktop.store.engine import open_store
from nals_desktop.ui.main_window import MainWindow

CANARY = "QZX-lock-canary-5521"
PASSPHRASE = "correct horse battery staple"  # the tests' passphrase (tests/conftest.py)


def _visible_texts(window) -> str:
    texts = []
    for w in window.findChildren(QWidget):
        if not w.isVisible():
            continue
        if isinstance(w, QPlainTextEdit):
            texts.append(w.toPlainText())
        elif isinstance(w, QTextEdit):
            texts.append(w.toPlainText())
        elif isinstance(w, (QLabel, QLineEdit)):
            texts.append(w.text())
        texts.append(w.accessibleName() + w.accessibleDescription())
    return "\n".join(texts)


def test_ctrl_l_saves_the_edit_hides_every_text_and_the_passphrase_brings_it_back(
    window: MainWindow, qtbot
) -> None:
    window.table.selectionModel().setCurrentIndex(
        window.table_model.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    cid = window.current_commitment_id()
    assert cid is not None
    field = window.editor.field_widget("CA", "objective")
    assert isinstance(field, QPlainTextEdit)
    field.setFocus()
    field.setPlainText(CANARY)  # typed, not yet saved
    first_text = get_commitment(window.store, cid).text[:40]
    assert first_text in _visible_texts(window)

    key, path = window.store.key, window.store.path
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.lock.locked
    saved = open_store(path, key=key)  # the window's store is closed now: read it as another program
    try:
        assert CANARY in [p.objective for p in get_commitment(saved, cid).positions]  # saved first
    finally:
        saved.close()
    shown = _visible_texts(window)
    assert CANARY not in shown and first_text not in shown
    assert not window.menuBar().isVisible()
    assert window.centralWidget() is window.lock.screen and window.lock.screen.passphrase.isVisible()
    assert field.window() is not window  # the content left the window (and its accessibility tree)
    window.grab().save(
        str(Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "locked-window.png")
    )

    window.lock.screen.passphrase.setText("not the passphrase")
    window.lock.screen.button.click()
    qtbot.waitUntil(lambda: window.lock.screen.button.isEnabled(), timeout=60_000)
    assert window.lock.locked and "Wrong passphrase" in window.lock.screen.problem.text()

    window.lock.screen.passphrase.setText(PASSPHRASE)
    window.lock.screen.button.click()
    qtbot.waitUntil(lambda: not window.lock.locked, timeout=60_000)
    assert field.window() is window and field.toPlainText() == CANARY
    assert window.menuBar().isVisible()
    assert first_text in _visible_texts(window)


def test_idle_minutes_lock_the_window(window, qtbot) -> None:
    window.lock.set_idle_minutes(1)
    window.lock.idle.setInterval(50)  # the countdown, shortened: its length is the preference's
    window.lock.idle.start()
    qtbot.waitUntil(lambda: window.lock.locked, timeout=60_000)
    window.lock.set_idle_minutes(0)  # no second countdown after the unlock below
    assert window.lock.screen is not None
    window.lock.screen.passphrase.setText(PASSPHRASE)
    window.lock.screen.button.click()
    qtbot.waitUntil(lambda: not window.lock.locked, timeout=60_000)


def test_the_desktop_locking_its_screen_locks_the_window(window: MainWindow, qtbot, tmp_path: Path) -> None:
    import shutil
    import subprocess

    from PySide6.QtDBus import QDBusConnection

    if shutil.which("dbus-daemon") is None or shutil.which("dbus-send") is None:
        pytest.skip("no dbus-daemon here to play the desktop's session bus")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert daemon.stdout is not None
        address = daemon.stdout.readline().strip()
        bus = QDBusConnection.connectToBus(address, "nals-test-session")
        assert window.lock.watch_screen_lock(bus)
        signal = ["dbus-send", f"--bus={address}", "--type=signal", "/org/freedesktop/ScreenSaver"]
        subprocess.run([*signal, "org.freedesktop.ScreenSaver.ActiveChanged", "boolean:false"], check=True)
        qtbot.wait(200)
        assert not window.lock.locked  # the screen saver going away changes nothing
        subprocess.run([*signal, "org.freedesktop.ScreenSaver.ActiveChanged", "boolean:true"], check=True)
        qtbot.waitUntil(lambda: window.lock.locked, timeout=30_000)
        assert window.lock.screen is not None
        window.lock.screen.passphrase.setText(PASSPHRASE)
        window.lock.screen.button.click()
        qtbot.waitUntil(lambda: not window.lock.locked, timeout=60_000)
        QDBusConnection.disconnectFromBus("nals-test-session")
    finally:
        daemon.terminate()
        daemon.communicate()


def _open_store_files(store_path: Path) -> list[str]:
    """The files of the store (itself, its -wal and -shm) this process has open (Linux's /proc)."""
    names = {str(store_path), f"{store_path}-wal", f"{store_path}-shm"}
    found = []
    for fd in Path("/proc/self/fd").iterdir():
        try:
            target = str(fd.readlink())
        except OSError:
            continue
        if target in names:
            found.append(target)
    return found


def test_the_lock_closes_the_store_and_overwrites_its_key_and_the_passphrase_reopens_it(
    window: MainWindow, qtbot
) -> None:
    from nals_desktop.domain.errors import StoreError
    from nals_desktop.services.annotate import set_position
    from nals_desktop.store import cipher

    from .conftest import AUTHOR

    store = window.store
    assert store.path is not None
    key = store.key
    held = list(cipher._unlocked.values())
    assert key is not None and any(bytes(h) == key for h in held)
    if Path("/proc/self/fd").is_dir():
        assert _open_store_files(store.path)

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.lock.locked and window.lock.released
    assert store.key is None and cipher.unlocked_key(cipher.key_file(store.path)) is None
    assert all(h == bytearray(len(h)) for h in held)  # overwritten with zeros, not only dropped
    if Path("/proc/self/fd").is_dir():
        assert _open_store_files(store.path) == []  # every connection closed, the watcher's too
    with pytest.raises(StoreError, match="locked"):
        with store.unit_of_work():
            pass

    # Another program saves while the window is locked: shown once it is unlocked.
    other = open_store(store.path, key=key)
    cid = window.table_model.id_at(0)
    assert cid is not None
    try:
        set_position(other, cid, "CA", {"objective": CANARY + " from elsewhere"}, AUTHOR)
    finally:
        other.close()

    window.lock.screen.passphrase.setText(PASSPHRASE)
    window.lock.screen.button.click()
    qtbot.waitUntil(lambda: not window.lock.locked, timeout=60_000)
    assert not store.released and store.key == key
    objectives = [p.objective for p in get_commitment(store, cid).positions]
    assert CANARY + " from elsewhere" in objectives
    with store.unit_of_work(write=True):  # saving works again
        pass
    window.poll_store()  # the new watcher works (and the window is still whole)
    assert window.centralWidget() is not window.lock.screen


def test_a_task_running_at_lock_time_finishes_before_the_key_goes_and_later_ones_are_refused(
    seeded_store, qtbot
) -> None:
    import threading

    from PySide6.QtWidgets import QMainWindow

    from nals_desktop.services.workspace import count_commitments
    from nals_desktop.ui.lock import WindowLock
    from nals_desktop.ui.tasks import TaskRunner

    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(QLabel("content"))
    runner = TaskRunner(window)  # a real thread pool, as in the app
    lock = WindowLock(window, seeded_store, runner, save=lambda: True, idle_minutes=0)
    started, go = threading.Event(), threading.Event()
    results: list[object] = []

    def in_flight(_ctx) -> int:
        with seeded_store.unit_of_work() as session:
            started.set()
            go.wait(30)
            return int(session.connection().exec_driver_sql("SELECT count(*) FROM commitment").scalar() or 0)

    runner.submit(in_flight, on_done=results.append, on_error=results.append)
    assert started.wait(30)
    lock.lock()
    assert lock.locked and not lock.released  # waits for the running task
    go.set()
    qtbot.waitUntil(lambda: lock.released, timeout=30_000)
    assert results and isinstance(results[0], int) and results[0] > 0  # it finished, with its result

    refused: list[object] = []
    runner.submit(
        lambda _ctx: count_commitments(seeded_store), on_done=refused.append, on_error=refused.append
    )
    qtbot.waitUntil(lambda: bool(refused), timeout=30_000)
    assert "locked" in getattr(refused[0], "message", "")  # one clear line, no crash

    assert lock.screen is not None
    lock.screen.passphrase.setText(PASSPHRASE)
    lock.screen.button.click()
    qtbot.waitUntil(lambda: not lock.locked, timeout=60_000)
    assert count_commitments(seeded_store) == results[0]
    runner.wait()


def test_a_second_start_gets_nothing_from_a_locked_window(window: MainWindow, qtbot) -> None:
    from PySide6.QtNetwork import QLocalSocket

    from nals_desktop.ui.single_instance import RAISE, InstanceState, SingleInstance

    assert window.store.path is not None
    primary = SingleInstance(window.store.path)
    assert primary.start() is InstanceState.PRIMARY
    raised: list[bool] = []
    primary.activation_requested.connect(lambda: (raised.append(True), window.raise_()))
    try:
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert window.lock.locked
        for request in (RAISE, b"dump\n", b"show " + CANARY.encode() + b"\n", b"\x00" * 2000):
            socket = QLocalSocket()
            socket.connectToServer(primary.name)
            assert socket.waitForConnected(2000)
            socket.write(request)
            socket.flush()
            answer = bytearray()
            qtbot.waitUntil(
                lambda s=socket, answer=answer: (
                    (answer.extend(bytes(s.readAll().data())) or True)
                    and s.state() != QLocalSocket.LocalSocketState.ConnectedState
                ),
                timeout=5000,
            )
            answer.extend(bytes(socket.readAll().data()))
            assert bytes(answer) in (b"", b"ok\n")  # an acknowledgement at most, never data
            socket.abort()
        assert raised == [True]  # only the raise request brought the window forward
        assert window.lock.locked and window.centralWidget() is window.lock.screen  # still locked
        assert CANARY not in _visible_texts(window)
    finally:
        primary.release()
        window.lock.screen.passphrase.setText(PASSPHRASE)
        window.lock.screen.button.click()
        qtbot.waitUntil(lambda: not window.lock.locked, timeout=60_000)
