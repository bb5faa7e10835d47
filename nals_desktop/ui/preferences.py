"""Preferences: the language the app speaks (kept in preferences.ini, used from the next start), and
whether the store's key is kept in the system keyring (kept there, not in a setting)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from nals_desktop import i18n
from nals_desktop.store import cipher, keyring_copy
from nals_desktop.ui import settings
from nals_desktop.ui.positions.common import set_accessible


class PreferencesDialog(QDialog):
    """``PreferencesDialog(parent=None, store_path=None)``; open it with ``open()``. Saves when accepted.

    With the path of an encrypted store, a check box keeps its key in the system keyring; a change of it
    is emitted as ``keyring_wanted`` once accepted (the window does it off the GUI thread).
    """

    keyring_wanted = Signal(bool)

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
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Save"))
        set_accessible(save, self.tr("Save"), self.tr("Keep these preferences"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        set_accessible(cancel, self.tr("Cancel"), self.tr("Close without saving"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.resize(440, self.sizeHint().height())

    def accept(self) -> None:
        self.prefs.set(settings.LANGUAGE, self.language_combo.currentData())
        self.prefs.sync()
        super().accept()
        if self.keyring_box is not None and self.keyring_box.isChecked() != self._kept:
            self.keyring_wanted.emit(self.keyring_box.isChecked())
