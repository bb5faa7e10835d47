"""Summit details (title, date, location, parties) fixed after an import, and a summit's deletion."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from nals_desktop.services import summits
from nals_desktop.services.dto import SummitDTO
from nals_desktop.store.engine import Store
from nals_desktop.ui.positions.common import save_cancel_buttons, set_accessible
from nals_desktop.ui.tasks import TaskContext, TaskError, TaskRunner

_WARNING_STYLE = "color: #8a1c12;"


class SummitDialog(QDialog):
    """Edit one summit's details; the change is saved off the GUI thread and announced by ``saved``.

    ``SummitDialog(store, summit, runner, parent=None)``; open it with ``open()``.
    """

    saved = Signal(object)  # the SummitDTO as saved

    def __init__(self, store: Store, summit: SummitDTO, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("summitDialog")
        self.store, self.summit, self.runner = store, summit, runner
        self.setWindowTitle(self.tr("Summit details"))
        set_accessible(self, self.windowTitle(), self.tr("The summit's title, date, location and parties"))
        self.title_edit = QLineEdit(summit.title, self)
        self.title_edit.setMaxLength(summits.TITLE_LIMIT)
        self.title_edit.setCursorPosition(0)  # a long title from its start
        set_accessible(self.title_edit, self.tr("Title"), self.tr("The summit's title, shown everywhere"))
        self.has_date = QCheckBox(self.tr("&Known"), self)
        self.has_date.setChecked(summit.date is not None)
        set_accessible(self.has_date, self.tr("Date known"), self.tr("Untick when the date is not known"))
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        when = summit.date
        self.date_edit.setDate(QDate(when.year, when.month, when.day) if when else QDate.currentDate())
        self.date_edit.setEnabled(summit.date is not None)
        self.has_date.toggled.connect(self.date_edit.setEnabled)
        set_accessible(self.date_edit, self.tr("Date"), self.tr("When the summit took place"))
        self.location_edit = QLineEdit(summit.location, self)
        set_accessible(self.location_edit, self.tr("Location"), self.tr("Where the summit took place"))
        self.parties_edit = QLineEdit(", ".join(p.code for p in summit.parties), self)
        self.parties_edit.setPlaceholderText(self.tr("e.g. CA, MX, US"))
        set_accessible(
            self.parties_edit,
            self.tr("Parties"),
            self.tr("Party codes in order, separated by commas; a party with positions cannot go"),
        )
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(_WARNING_STYLE)
        set_accessible(self.error_label, self.tr("Problem"), self.tr("Why the details were not saved"))
        self.error_label.hide()

        form = QFormLayout()
        for text, field in (
            (self.tr("&Title:"), self.title_edit),
            (self.tr("&Date:"), self.date_edit),
            (self.tr("&Location:"), self.location_edit),
            (self.tr("&Parties:"), self.parties_edit),
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            if field is self.date_edit:
                row = QHBoxLayout()
                row.addWidget(self.date_edit, 1)
                row.addWidget(self.has_date)
                form.addRow(label, row)
            else:
                form.addRow(label, field)
        self.buttons = save_cancel_buttons(self, self.tr("Save the summit's details"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    def edit(self) -> summits.SummitEdit:
        date = self.date_edit.date().toPython() if self.has_date.isChecked() else None
        return summits.SummitEdit(
            title=self.title_edit.text(),
            date=date,  # type: ignore[arg-type]
            clear_date=date is None,
            location=self.location_edit.text(),
            parties=[c for c in self.parties_edit.text().replace(";", ",").replace(" ", ",").split(",")],
        )

    def accept(self) -> None:
        store, summit_id, edit = self.store, self.summit.id, self.edit()
        self.buttons.setEnabled(False)

        def work(ctx: TaskContext) -> SummitDTO:
            return summits.edit_summit(store, summit_id, edit)

        self.runner.submit(work, on_done=self._saved, on_error=self._failed, owner=self)

    def _saved(self, summit: SummitDTO) -> None:
        self.saved.emit(summit)
        super().accept()

    def _failed(self, error: TaskError) -> None:
        self.buttons.setEnabled(True)
        self.error_label.setText(error.message)
        self.error_label.show()


class DeleteSummitBox(QMessageBox):
    """The question asked before a summit is deleted; Delete is not the default button."""

    def __init__(self, impact: summits.DeleteImpact, parent: QWidget | None = None) -> None:
        super().__init__(
            QMessageBox.Icon.Warning,
            self.tr("Delete summit"),
            summits.describe_impact(impact),
            QMessageBox.StandardButton.Cancel,
            parent,
        )
        self.setObjectName("deleteSummitBox")
        self.impact = impact
        self.setInformativeText(
            self.tr("A backup of the whole store is kept first; Help → Restore from backup… brings it back.")
        )
        self.delete_button = self.addButton(self.tr("&Delete"), QMessageBox.ButtonRole.DestructiveRole)
        set_accessible(
            self.delete_button, self.tr("Delete"), self.tr("Delete the summit and all recorded on it")
        )
        self.setDefaultButton(QMessageBox.StandardButton.Cancel)
