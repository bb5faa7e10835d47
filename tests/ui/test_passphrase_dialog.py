"""The passphrase dialog of the first start and of every start after it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from nals_desktop.ui.passphrase import PassphraseDialog

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def test_a_new_passphrase_is_accepted_only_long_enough_and_typed_twice(qtbot: QtBot) -> None:
    dialog = PassphraseDialog(new=True)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None and not ok.isEnabled()
    qtbot.keyClicks(dialog.first, "short")
    qtbot.keyClicks(dialog.second, "short")
    assert not ok.isEnabled()  # fewer than 8 characters
    dialog.first.setText("summit passphrase")
    dialog.second.setText("summit passphrase!")
    assert not ok.isEnabled()  # not the same twice
    dialog.second.setText("summit passphrase")
    assert ok.isEnabled() and dialog.passphrase() == "summit passphrase"
    assert dialog.first.echoMode() == dialog.first.EchoMode.Password


def test_unlocking_says_why_it_asks_again(qtbot: QtBot) -> None:
    dialog = PassphraseDialog(new=False, problem="Wrong passphrase; nothing was opened.")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.problem.isVisible() and dialog.problem.text().startswith("Wrong passphrase")
    assert not dialog.second.isVisible()
    dialog.first.setText("x")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None and ok.isEnabled()
    dialog.grab().save(str(SHOTS / "unlock-dialog.png"))
