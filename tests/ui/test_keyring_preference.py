"""Preferences: the check box that keeps the store's key in the system keyring (a real in-process backend)."""

from __future__ import annotations

import os
from pathlib import Path

import keyring
import pytest
from PySide6.QtWidgets import QCheckBox

from nals_desktop.store import cipher, keyring_copy
from nals_desktop.ui.main_window import MainWindow
from tests.store.test_keyring_copy import ProcessKeyring


@pytest.fixture
def ring():
    previous = keyring.get_keyring()
    backend = ProcessKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


ROOT = Path(__file__).resolve().parents[2]


def test_the_preference_puts_the_key_in_the_keyring_and_takes_it_out(
    window: MainWindow, ring: ProcessKeyring, tmp_path: Path
) -> None:
    path, key = window.store.path, window.store.key
    assert path is not None and key is not None
    dialog = window.open_preferences()
    box = dialog.findChild(QCheckBox, "keyringBox")
    assert box is not None and box.isEnabled() and not box.isChecked()
    box.setChecked(True)
    target = os.environ.get("NALS_SCREENSHOTS")  # docs/screenshots to refresh the documented one
    folder = ROOT / target if target else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(folder / "preferences-keyring.png"))
    dialog.accept()
    assert list(ring.items.values()) == [key.hex()] and keyring_copy.enabled(path)
    assert "kept in the system keyring" in window.statusBar().currentMessage()

    dialog = window.open_preferences()
    box = dialog.findChild(QCheckBox, "keyringBox")
    assert box is not None and box.isChecked()
    box.setChecked(False)
    dialog.accept()
    assert ring.items == {} and not keyring_copy.enabled(path)


def test_a_locked_keyring_says_so_and_changes_nothing(window: MainWindow, ring: ProcessKeyring) -> None:
    ring.locked = True
    dialog = window.open_preferences()
    box = dialog.findChild(QCheckBox, "keyringBox")
    assert box is not None
    box.setChecked(True)
    dialog.accept()
    assert window.errors.shown and "could not keep the store's key" in window.errors.shown[-1].message
    assert window.store.path is not None and not keyring_copy.enabled(window.store.path)
    assert cipher.key_file(window.store.path).exists()
