"""Preferences: the idle lock's minutes (applied to the running window, read at the next start), turned off
where no policy forbids it, and fixed by IT with $NALS_LOCK_IDLE_MINUTES (issue 15, item 3)."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from nals_desktop.store.engine import Store
from nals_desktop.ui import lock, settings
from nals_desktop.ui.main_window import MainWindow
from nals_desktop.ui.preferences import PreferencesDialog
from nals_desktop.ui.translations import install_qt_translations, remove_qt_translations
from tests.i18n.test_clipping import clipped

MINUTE = 60_000
ROOT = Path(__file__).resolve().parents[2]


def fields(dialog: PreferencesDialog) -> tuple[QCheckBox, QSpinBox]:
    box = dialog.findChild(QCheckBox, "idleLockBox")
    spin = dialog.findChild(QSpinBox, "idleLockMinutes")
    assert box is not None and spin is not None
    return box, spin


def test_the_minutes_apply_to_the_running_window_and_to_the_next_start(
    make_window: Callable[[Store], MainWindow], seeded_store: Store
) -> None:
    window = make_window(seeded_store)
    assert window.lock.idle.interval() == 10 * MINUTE and window.lock.idle.isActive()  # the default
    dialog = window.open_preferences()
    box, spin = fields(dialog)
    assert box.isChecked() and box.isEnabled() and spin.isEnabled() and spin.value() == 10
    assert (spin.minimum(), spin.maximum()) == (1, 240)
    assert spin.accessibleName() and spin.accessibleDescription() and box.accessibleName()
    spin.setValue(25)
    dialog.accept()
    assert window.lock.idle.interval() == 25 * MINUTE and window.lock.idle.isActive()
    assert settings.preferences().get(settings.LOCK_IDLE_MINUTES) == 25
    window.close()

    window = make_window(seeded_store)  # the next start
    assert window.lock.idle.interval() == 25 * MINUTE and window.lock.idle.isActive()
    box, spin = fields(window.open_preferences())
    assert box.isChecked() and spin.value() == 25


def test_turned_off_no_countdown_runs_and_cancel_changes_nothing(
    make_window: Callable[[Store], MainWindow], seeded_store: Store
) -> None:
    window = make_window(seeded_store)
    dialog = window.open_preferences()
    box, spin = fields(dialog)
    spin.setValue(3)
    dialog.reject()
    assert window.lock.idle.interval() == 10 * MINUTE
    assert settings.preferences().get(settings.LOCK_IDLE_MINUTES) == 10

    dialog = window.open_preferences()
    box, spin = fields(dialog)
    box.setChecked(False)
    assert not spin.isEnabled()
    dialog.accept()
    assert window.lock.idle.interval() == 0 and not window.lock.idle.isActive()
    assert settings.preferences().get(settings.LOCK_IDLE_MINUTES) == 0
    window.close()

    window = make_window(seeded_store)
    assert not window.lock.idle.isActive()
    box, spin = fields(window.open_preferences())
    assert not box.isChecked() and not spin.isEnabled() and spin.value() == 10  # checked again: 10


def test_it_fixes_the_minutes_and_the_idle_lock_cannot_be_turned_off(
    make_window: Callable[[Store], MainWindow], seeded_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    prefs = settings.preferences()
    prefs.set(settings.LOCK_IDLE_MINUTES, 0)  # the person had turned it off
    prefs.sync()
    monkeypatch.setenv(lock.IDLE_POLICY_ENV, "15")
    window = make_window(seeded_store)
    assert window.lock.idle.interval() == 15 * MINUTE and window.lock.idle.isActive()
    dialog = window.open_preferences()
    box, spin = fields(dialog)
    assert box.isChecked() and spin.value() == 15
    assert not box.isEnabled() and not spin.isEnabled()
    note = dialog.findChild(QLabel, "idleLockNote")
    assert note is not None and note.isVisible() and "NALS_LOCK_IDLE_MINUTES=15" in note.text()
    dialog.accept()
    assert window.lock.idle.interval() == 15 * MINUTE
    assert settings.preferences().get(settings.LOCK_IDLE_MINUTES) == 0  # the person's own, kept

    monkeypatch.delenv(lock.IDLE_POLICY_ENV)
    dialog = PreferencesDialog(window)  # without the policy: the person's choice again, no note
    box, spin = fields(dialog)
    assert box.isEnabled() and not box.isChecked() and dialog.findChild(QLabel, "idleLockNote") is None
    dialog.deleteLater()


@pytest.mark.parametrize("language", ["fr", "es"])
def test_the_locked_down_field_speaks_the_language_and_nothing_is_clipped(
    make_window: Callable[[Store], MainWindow],
    seeded_store: Store,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    tmp_path: Path,
    language: str,
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_qt_translations(app, language)
    try:
        monkeypatch.setenv(lock.IDLE_POLICY_ENV, "15")
        window = make_window(seeded_store)
        dialog = window.open_preferences()  # with the keyring's row: the store is encrypted
        qtbot.waitExposed(dialog)
        note = dialog.findChild(QLabel, "idleLockNote")
        box, spin = fields(dialog)
        assert note is not None and "NALS_LOCK_IDLE_MINUTES=15" in note.text()
        assert "IT" not in note.text().replace("NALS_LOCK_IDLE_MINUTES", "")  # "TI" in both
        assert box.text() != "Lock &after" and spin.suffix() == " min"
        assert not clipped([dialog, *dialog.findChildren(QWidget)])
        target = os.environ.get("NALS_SCREENSHOTS")  # docs/screenshots to refresh the documented one
        folder = ROOT / target if target and language == "fr" else tmp_path
        folder.mkdir(parents=True, exist_ok=True)
        assert dialog.grab().save(str(folder / f"preferences-{language}.png"))
        dialog.reject()
    finally:
        remove_qt_translations(app, translators)


@pytest.mark.parametrize(
    ("value", "minutes"), [("30", 30), (" 5 ", 5), ("0", 1), ("-3", 1), ("1000", 240), ("", None)]
)
def test_the_policy_is_brought_into_range_and_never_turns_the_lock_off(
    monkeypatch: pytest.MonkeyPatch, value: str, minutes: int | None
) -> None:
    monkeypatch.setenv(lock.IDLE_POLICY_ENV, value)
    assert lock.idle_policy() == minutes


def test_a_policy_that_is_not_a_number_locks_after_the_default_and_says_so(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv(lock.IDLE_POLICY_ENV, "off")
    prefs = settings.preferences()
    prefs.set(settings.LOCK_IDLE_MINUTES, 0)
    assert lock.idle_minutes(prefs) == 10
    assert [r.levelno for r in caplog.records] == [logging.WARNING]
    assert "NALS_LOCK_IDLE_MINUTES='off'" in caplog.records[0].getMessage()
    caplog.clear()


def test_a_preference_out_of_range_is_brought_into_it(nals_home: object) -> None:
    prefs = settings.preferences()
    for stored, minutes in ((0, 0), (-5, 0), (7, 7), (10_000, 240)):
        prefs.set(settings.LOCK_IDLE_MINUTES, stored)
        assert lock.idle_minutes(prefs) == minutes
