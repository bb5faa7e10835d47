"""The Save and Cancel buttons the profile, delegation server, summit and preferences dialogs share
(``save_cancel_buttons``): Save is the default button with its mnemonic, Escape cancels, both are named for
screen readers, and each dialog describes its own Save."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from nals_desktop.services.browse import list_summits
from nals_desktop.store.engine import Store
from nals_desktop.ui.positions import ProfileDialog
from nals_desktop.ui.preferences import PreferencesDialog
from nals_desktop.ui.summit_dialog import SummitDialog
from nals_desktop.ui.sync import ServerDialog
from nals_desktop.ui.tasks import TaskRunner

Make = Callable[[Store, TaskRunner], QDialog]

DIALOGS: dict[str, tuple[Make, str]] = {
    "profile": (lambda store, runner: ProfileDialog(store), "Save your name and delegation"),
    "first-start profile": (lambda store, runner: ProfileDialog(store, first_start=True), ""),
    "server": (
        lambda store, runner: ServerDialog(store, runner),
        "Remember the server; keep the password in the keyring",
    ),
    "summit": (
        lambda store, runner: SummitDialog(store, list_summits(store)[0], runner),
        "Save the summit's details",
    ),
    "preferences": (lambda store, runner: PreferencesDialog(), "Keep these preferences"),
}


@pytest.mark.parametrize("name", list(DIALOGS))
def test_save_is_the_default_escape_cancels_and_both_are_named(
    name: str, qtbot: QtBot, seeded_store: Store, runner: TaskRunner
) -> None:
    make, description = DIALOGS[name]
    dialog = make(seeded_store, runner)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    save = box.button(QDialogButtonBox.StandardButton.Save)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert save is not None and cancel is not None
    assert save.text() == "&Save" and save.isDefault() and save.accessibleName() == "Save"
    if name == "first-start profile":
        assert save.accessibleDescription() == "Save your name and delegation"
        assert cancel.text() == "Later" and cancel.accessibleName() == "Later"
    else:
        assert save.accessibleDescription() == description
        assert cancel.text() == "Cancel" and cancel.accessibleName() == "Cancel"
    assert cancel.accessibleDescription() == "Close without saving"
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
