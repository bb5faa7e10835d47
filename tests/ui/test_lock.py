"""The lock: Ctrl+L saves the edit, takes every text off the screen and the accessibility tree, and the
store's passphrase (only) brings the window back as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from nals_desktop.services.browse import get_commitment
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

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.lock.locked
    assert CANARY in [p.objective for p in get_commitment(window.store, cid).positions]  # saved first
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
