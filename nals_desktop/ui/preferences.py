"""Preferences: the language the app speaks (kept in preferences.ini, used from the next start), the
minutes without input before the window locks (kept there too, applied at once; IT may fix them), and
whether the store's key is kept in the system keyring (kept there, not in a setting)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nals_desktop import i18n
from nals_desktop.store import cipher, keyring_copy
from nals_desktop.ui import lock, settings
from nals_desktop.ui.positions.common import save_cancel_buttons, set_accessible


class PreferencesDialog(QDialog):
    """``PreferencesDialog(parent=None, store_path=None)``; open it with ``open()``. Saves when accepted.

    With the path of an encrypted store, a check box keeps its key in the system keyring; a change of it
    is emitted as ``keyring_wanted`` once accepted (the window does it off the GUI thread). A change of
    the idle lock's minutes (0: never) is emitted as ``idle_minutes_changed`` once saved.
    """

    keyring_wanted = Signal(bool)
    idle_minutes_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None, store_path: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        set_accessible(self, self.windowTitle(), self.tr("Settings of NALS Desktop on this computer"))
        self.prefs = settings.preferences()
        self.language_combo = QComboBox(self)
        self.language_combo.addItem(self.tr("The system's language"), "")
        for code in i18n.LANGUAGES:  # each language by its own name
            self.language_combo.addItem(i18n.LANGUAGE_NAMES[code], code)
        chosen = self.prefs.get(settings.LANGUAGE)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(chosen)))
        set_accessible(
            self.language_combo,
            self.tr("Language"),
            self.tr("The language of the app's windows and of the books it prints by default"),
        )
        label = QLabel(self.tr("&Language:"), self)
        label.setBuddy(self.language_combo)
        self.note = QLabel(self.tr("A change of language takes effect when NALS Desktop starts again."), self)
        self.note.setWordWrap(True)
        set_accessible(self.note, self.tr("About the language"), self.note.text())
        form = QFormLayout()
        form.addRow(label, self.language_combo)
        form.addRow(self.tr("Idle lock:"), self._make_idle_lock())
        if self.idle_note is not None:
            form.addRow("", self.idle_note)
        self.keyring_box: QCheckBox | None = None
        self._kept = False
        if store_path is not None and cipher.key_file(store_path).exists():
            self._kept = keyring_copy.enabled(store_path)
            box = QCheckBox(self.tr("Open &without the passphrase while I am logged in"), self)
            box.setObjectName("keyringBox")
            box.setChecked(self._kept)
            description = self.tr(
                "Keeps the store's key in the system keyring, which your login unlocks. Without a keyring, "
                "or with a locked one, the passphrase is asked. The lock always asks for it."
            )
            set_accessible(box, self.tr("Unlock with the system keyring"), description)
            box.setToolTip(description)
            if not keyring_copy.allowed() and not self._kept:
                box.setEnabled(False)
                box.setToolTip(
                    self.tr("Turned off on this computer ({env}=off).").format(env=keyring_copy.POLICY_ENV)
                )
            self.keyring_box = box
            form.addRow(self.tr("Keyring:"), box)
        buttons = save_cancel_buttons(self, self.tr("Keep these preferences"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.resize(440, self.sizeHint().height())

    def _make_idle_lock(self) -> QWidget:
        """The row [x] Lock after [10 min] without input; greyed out, with a note, where IT fixed it."""
        self._fixed = lock.idle_policy()  # IT's minutes, or None
        self._idle = lock.idle_minutes(self.prefs) if self._fixed is None else self._fixed
        self.idle_box = QCheckBox(self.tr("Lock &after"), self)
        self.idle_box.setObjectName("idleLockBox")
        self.idle_box.setChecked(self._idle > 0)
        set_accessible(
            self.idle_box,
            self.tr("Lock when idle"),
            self.tr("Lock the window after some minutes without keyboard or mouse input"),
        )
        self.idle_spin = QSpinBox(self)
        self.idle_spin.setObjectName("idleLockMinutes")
        self.idle_spin.setRange(*lock.IDLE_MINUTES_RANGE)
        self.idle_spin.setValue(self._idle or settings.LOCK_IDLE_MINUTES.default)
        self.idle_spin.setSuffix(self.tr(" min"))
        self.idle_spin.setEnabled(self.idle_box.isChecked())
        self.idle_box.toggled.connect(self.idle_spin.setEnabled)
        set_accessible(
            self.idle_spin,
            self.tr("Minutes before the idle lock"),
            self.tr(
                "Minutes without input, from 1 to 240, before the window hides every text and asks for "
                "the passphrase; it takes effect at once"
            ),
        )
        after = QLabel(self.tr("without input"), self)
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.idle_box)
        line.addWidget(self.idle_spin)
        line.addWidget(after)
        line.addStretch(1)
        self.idle_note: QLabel | None = None
        if self._fixed is not None:  # IT's: shown, not changed, and never off
            self.idle_box.setEnabled(False)
            self.idle_spin.setEnabled(False)
            note = self.tr("The idle lock is set on this computer by IT ({env}={minutes}).").format(
                env=lock.IDLE_POLICY_ENV, minutes=self._idle
            )
            self.idle_note = QLabel(note, self)
            self.idle_note.setObjectName("idleLockNote")
            self.idle_note.setWordWrap(True)
            set_accessible(self.idle_note, self.tr("About the idle lock"), note)
            for widget in (self.idle_box, self.idle_spin):
                widget.setToolTip(note)
        return row

    def idle_minutes(self) -> int:
        """The minutes chosen in the dialog (0: never)."""
        return self.idle_spin.value() if self.idle_box.isChecked() else 0

    def accept(self) -> None:
        self.prefs.set(settings.LANGUAGE, self.language_combo.currentData())
        chosen = self.idle_minutes()
        if self._fixed is None:  # IT's minutes are not a preference: the person's own are kept
            self.prefs.set(settings.LOCK_IDLE_MINUTES, chosen)
        self.prefs.sync()
        super().accept()
        if self._fixed is None and chosen != self._idle:
            self.idle_minutes_changed.emit(chosen)
        if self.keyring_box is not None and self.keyring_box.isChecked() != self._kept:
            self.keyring_wanted.emit(self.keyring_box.isChecked())
