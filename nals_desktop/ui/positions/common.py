"""Shared pieces of the position widgets: field labels as shown, choice lists, the tags and date inputs; and
of the app's dialogs: accessible names, the Save and Cancel buttons."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QCompleter, QDateEdit, QDialog, QDialogButtonBox, QLineEdit, QWidget

from nals_desktop import i18n
from nals_desktop.domain import model
from nals_desktop.domain.model import ImplementationStatus, Priority, Stance
from nals_desktop.domain.rules import parse_tags


def tr(text: str) -> str:
    return QCoreApplication.translate("Positions", text)


def field_mnemonics() -> dict[str, str]:
    """Labels with mnemonics; the letters avoid the main window's menus (F, E, V, H) and its tabs
    (C, P, Y): Alt+P is the Positions tab, so Priority takes I."""
    t = QCoreApplication.translate
    return {
        "stance": t("PositionFields", "&Stance"),
        "priority": t("PositionFields", "Pr&iority"),
        "marking": t("PositionFields", "Sensitivity &marking"),
        "tags": t("PositionFields", "&Tags"),
        "objective": t("PositionFields", "&Objective / desired outcome"),
        "key_messages": t("PositionFields", "&Key messages"),
        "responses": t("PositionFields", "&Responses if raised"),
        "fallback": t("PositionFields", "Fall&back"),
        "red_line": t("PositionFields", "Red &line"),
        "background": t("PositionFields", "Back&ground"),
        "status": t("PositionFields", "&Status"),
        "progress": t("PositionFields", "Pro&gress"),
        "evidence": t("PositionFields", "Evi&dence"),
        "as_of": t("PositionFields", "&As of"),
        "reason": t("PositionFields", "&Reason for this change"),
    }


def field_label(name: str) -> str:
    """The plain (mnemonic-free) label of a position or status field, as the book and the services name it."""
    return i18n._(model.field_label(name))


def stance_choices() -> list[tuple[str, str]]:
    return [(s.value, i18n._(s.label)) for s in Stance]


def priority_choices() -> list[tuple[str, str]]:
    return [(p.value, i18n._(p.label)) for p in Priority]


def status_choices() -> list[tuple[str, str]]:
    return [(s.value, i18n._(s.label)) for s in ImplementationStatus]


def value_label(field: str, value: Any) -> str:
    """A stored field value as the user reads it."""
    if value is None or value == "" or value == []:
        return tr("not set") if field in ("stance", "priority", "status", "as_of") else tr("empty")
    choices = {"stance": stance_choices, "priority": priority_choices, "status": status_choices}.get(field)
    if choices is not None:
        return dict(choices()).get(str(value), str(value))
    if field == "tags":
        return ", ".join(value) if isinstance(value, list | tuple) else str(value)
    if field == "progress":
        return tr("{n} %").format(n=value)
    if field == "marking":
        return model.marking_label(str(value))
    return str(value)


def local_time(value: datetime | None, *, seconds: bool = True) -> str:
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone().strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def set_accessible(widget: QWidget, name: str, description: str) -> None:
    widget.setAccessibleName(name.replace("&", ""))
    widget.setAccessibleDescription(description)


def save_cancel_buttons(dialog: QDialog, save_description: str, cancel_text: str = "") -> QDialogButtonBox:
    """The Save and Cancel buttons of ``dialog`` (``&Save``, Enter; Cancel, Escape), named for screen readers,
    connected to its ``accept`` and ``reject``. ``cancel_text`` names Cancel otherwise (a first start's
    "Later")."""
    t = QCoreApplication.translate
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    save.setText(t("DialogButtons", "&Save"))
    set_accessible(save, t("DialogButtons", "Save"), save_description)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setText(cancel_text or t("DialogButtons", "Cancel"))
    set_accessible(cancel, cancel.text(), t("DialogButtons", "Close without saving"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class PlaceholderCombo(QComboBox):
    """A combo box showing its placeholder (nothing chosen) opens with no item current, so the first
    Down after Alt+Down takes the first item (Qt's own made it current, and Down went to the second)."""

    def showPopup(self) -> None:
        super().showPopup()
        if self.currentIndex() < 0:
            selection = self.view().selectionModel()
            selection.clear()
            selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)


class TagsEdit(QLineEdit):
    """Comma-separated tags; completion offers known tags for the tag being typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = QStringListModel(self)
        self.completer_ = QCompleter(self._model, self)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer_.setWidget(self)
        self.completer_.activated[str].connect(self._insert)  # type: ignore[index]
        self.textEdited.connect(self._complete)
        self.setPlaceholderText(tr("Comma-separated, e.g. energy, methane"))

    def set_known_tags(self, tags: list[str]) -> None:
        self._model.setStringList(tags)

    def tags(self) -> list[str]:
        return parse_tags(self.text())

    def _segment(self) -> tuple[int, str]:
        before = self.text()[: self.cursorPosition()]
        start = before.rfind(",") + 1
        return start, before[start:].lstrip()

    def _complete(self, _text: str) -> None:
        _start, prefix = self._segment()
        popup = self.completer_.popup()
        if popup is None:
            return
        if not prefix:
            popup.hide()
            return
        self.completer_.setCompletionPrefix(prefix)
        if self.completer_.completionCount() == 0 or (
            self.completer_.completionCount() == 1 and self.completer_.currentCompletion() == prefix
        ):
            popup.hide()
            return
        popup.setCurrentIndex(self.completer_.completionModel().index(0, 0))
        self.completer_.complete()

    def _insert(self, completion: str) -> None:
        start, _prefix = self._segment()
        text = self.text()
        end = text.find(",", self.cursorPosition())
        rest = "" if end < 0 else text[end:]
        head = text[:start]
        if head and not head.endswith(" "):
            head += " "
        new = head + completion + (rest if rest else ", ")
        # One edit, as if typed: textEdited keeps autosave and undo informed.
        self.setText(new)
        self.setCursorPosition(len(head + completion) + (0 if rest else 2))
        self.textEdited.emit(new)


# Shown as "not set" by OptionalDateEdit (its minimum date).
NOT_SET_DATE = QDate(1900, 1, 1)


class OptionalDateEdit(QDateEdit):
    """A date or "not set" (the minimum date, shown as the special value text)."""

    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(NOT_SET_DATE)
        self.setMaximumDate(QDate(2200, 12, 31))
        self.setSpecialValueText(tr("not set"))
        self.setDate(NOT_SET_DATE)
        self.dateChanged.connect(lambda _d: self.value_changed.emit())
        calendar = self.calendarWidget()
        calendar.installEventFilter(self)
        set_accessible(calendar, tr("Calendar"), tr("Pick the as-of date"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A calendar opened on "not set" shows this month, not January 1900.
        if event.type() == QEvent.Type.Show and watched is self.calendarWidget() and self.value() is None:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def stepBy(self, steps: int) -> None:
        if self.value() is None and steps > 0:
            self.setDate(QDate.currentDate())  # stepping up from "not set" starts today
            return
        super().stepBy(steps)

    def value(self) -> str | None:
        """ISO date, or None when not set."""
        d = self.date()
        return None if d == NOT_SET_DATE else d.toString("yyyy-MM-dd")

    def set_value(self, value: str | date | None) -> None:
        if value in (None, ""):
            self.setDate(NOT_SET_DATE)
            return
        iso = value.isoformat() if isinstance(value, date) else str(value)
        self.setDate(QDate.fromString(iso, "yyyy-MM-dd"))

    def clear_value(self) -> None:
        self.setDate(NOT_SET_DATE)
