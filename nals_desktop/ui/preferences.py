"""Preferences: the language the app speaks (kept in preferences.ini, used from the next start)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from nals_desktop import i18n
from nals_desktop.ui import settings
from nals_desktop.ui.positions.common import set_accessible


class PreferencesDialog(QDialog):
    """``PreferencesDialog(parent=None)``; open it with ``open()``. Saves when accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
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
