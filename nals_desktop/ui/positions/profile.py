"""Who am I: the user's name and delegation, recorded with every revision."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from nals_desktop.domain.errors import NalsError
from nals_desktop.services.browse import list_summits
from nals_desktop.services.dto import PartyDTO
from nals_desktop.services.identity import Author, is_profile_complete, load_author, save_profile
from nals_desktop.store.engine import Store
from nals_desktop.ui.positions.common import PlaceholderCombo, save_cancel_buttons, set_accessible

_WARNING_STYLE = "color: #8a1c12;"


def summit_parties(store: Store) -> list[PartyDTO]:
    """Every party of every summit, once, in the summits' order."""
    seen: dict[str, PartyDTO] = {}
    for summit in list_summits(store):
        for party in summit.parties:
            seen.setdefault(party.code, party)
    return list(seen.values())


class ProfileDialog(QDialog):
    """Name and delegation; saved with ``save_profile`` when the user accepts.

    ``ProfileDialog(store, parent=None, *, first_start=False)``; ``ProfileDialog.ask(store, parent)`` opens it
    window-modal without blocking and returns it; ``needed()`` says whether to show it at start.
    Signal ``profile_saved(Author)``; ``author`` holds the saved profile afterwards.
    """

    profile_saved = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None, *, first_start: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("profileDialog")
        self.setWindowTitle(self.tr("Who is editing") if first_start else self.tr("Your profile"))
        set_accessible(
            self, self.windowTitle(), self.tr("Your name and delegation, recorded with every change")
        )
        self.author: Author | None = None
        current = load_author()
        intro = QLabel(
            self.tr(
                "Every change you make is recorded with your name, your delegation and this device, so that "
                "colleagues can see who changed what. Your delegation's position is shown first."
            ),
            self,
        )
        intro.setWordWrap(True)
        set_accessible(intro, self.tr("About the profile"), intro.text())
        self.name_edit = QLineEdit(current.name if is_profile_complete() else "", self)
        self.name_edit.setPlaceholderText(self.tr("e.g. Alex Tremblay"))
        self.name_edit.setMaxLength(120)
        set_accessible(self.name_edit, self.tr("Your name"), self.tr("Recorded with every change you make"))
        self.delegation_combo = PlaceholderCombo(self)
        set_accessible(
            self.delegation_combo,
            self.tr("Your delegation"),
            self.tr("The party you work for; its position is shown first"),
        )
        try:
            parties = summit_parties(store)
        except NalsError:
            parties = []
        for party in parties:
            self.delegation_combo.addItem(f"{party.label} ({party.code})", party.code)
        self.delegation_combo.setPlaceholderText(self.tr("Choose your delegation"))
        index = self.delegation_combo.findData(current.delegation) if current.delegation else -1
        if current.delegation and index < 0:  # a party of a summit no longer in the store
            self.delegation_combo.addItem(current.delegation, current.delegation)
            index = self.delegation_combo.count() - 1
        self.delegation_combo.setCurrentIndex(index)
        device = QLabel(current.device_id, self)
        device.setStyleSheet("color: gray;")
        set_accessible(
            device, self.tr("Device id"), self.tr("This computer's id, made once, recorded with changes")
        )
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(_WARNING_STYLE)
        set_accessible(self.error_label, self.tr("Problem"), self.tr("Why the profile was not saved"))
        self.error_label.hide()

        form = QFormLayout()
        name_label = QLabel(self.tr("&Name:"), self)
        name_label.setBuddy(self.name_edit)
        delegation_label = QLabel(self.tr("&Delegation:"), self)
        delegation_label.setBuddy(self.delegation_combo)
        form.addRow(name_label, self.name_edit)
        form.addRow(delegation_label, self.delegation_combo)
        form.addRow(self.tr("Device:"), device)
        self.buttons = save_cancel_buttons(
            self,
            self.tr("Save your name and delegation"),
            self.tr("Later") if first_start else "",
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.name_edit.setFocus()
        self.resize(460, self.sizeHint().height())

    @staticmethod
    def needed() -> bool:
        """True on a first start: no complete profile yet."""
        return not is_profile_complete()

    @classmethod
    def ask(cls, store: Store, parent: QWidget | None = None, *, first_start: bool = False) -> ProfileDialog:
        dialog = cls(store, parent, first_start=first_start)
        dialog.open()
        return dialog

    def accept(self) -> None:
        if self.delegation_combo.count() and self.delegation_combo.currentIndex() < 0:
            self.error_label.setText(self.tr("Choose your delegation; its position is shown first."))
            self.error_label.show()
            self.delegation_combo.setFocus()
            return
        try:
            self.author = save_profile(self.name_edit.text(), self.delegation_combo.currentData())
        except (NalsError, OSError) as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            self.name_edit.setFocus()
            return
        self.profile_saved.emit(self.author)
        super().accept()
