"""Names for every control, as screen readers meet them (AT-SPI on Linux, UI Automation, VoiceOver).

Qt leaves a few controls unnamed (a line edit's clear button and icon buttons, the toolbar's extension
button, scroll bars, a combo box's list), and on Linux a combo box says its current value where its name
should be. ``install()`` fixes both for the whole application: an event filter names each widget as it
is polished (only where no name was given; a field without one takes its label's text), and an
accessibility factory makes combo boxes answer with their name, and with their value as the value.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QAccessibleWidget,
    QApplication,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollBar,
    QToolButton,
    QWidget,
)

_CLEAR_ACTION = "_q_qlineeditclearaction"  # Qt's name for a line edit's clear-button action
_EXTENSION = "qt_toolbar_ext_button"  # Qt's name for a toolbar's "more tools" button


def tr(text: str) -> str:
    return QCoreApplication.translate("Accessibility", text)


def label_of(widget: QWidget) -> str:
    """The text of the label that names ``widget`` (its buddy, or its row in a form), without mnemonics."""
    window = widget.window()
    for label in window.findChildren(QLabel):
        if label.buddy() is widget and label.text().strip():
            return _plain(label.text())
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    if isinstance(layout, QFormLayout):
        found = layout.labelForField(widget)
        if isinstance(found, QLabel) and found.text().strip():
            return _plain(found.text())
    return ""


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":").strip()


def name_for(widget: QWidget) -> str:
    """The name ``widget`` should have when none was given ("" when it needs none or none is known)."""
    parent = widget.parentWidget()
    if isinstance(widget, QToolButton):
        if widget.objectName() == _EXTENSION:
            return tr("More tools")
        if isinstance(parent, QLineEdit):
            action = widget.defaultAction()
            if action is not None and action.objectName() == _CLEAR_ACTION:
                return tr("Clear {field}").format(field=parent.accessibleName()).strip()
            text = _plain(action.text() or action.toolTip()) if action is not None else ""
            return text or parent.accessibleName()
        return _plain(widget.text() or widget.toolTip())
    if isinstance(widget, QScrollBar):
        area = _scroll_area(widget)
        what = area.accessibleName() if area is not None else ""
        if widget.orientation().name == "Vertical":
            return (
                tr("Vertical scroll bar of {area}").format(area=what) if what else tr("Vertical scroll bar")
            )
        return (
            tr("Horizontal scroll bar of {area}").format(area=what) if what else tr("Horizontal scroll bar")
        )
    if isinstance(widget, QComboBox | QLineEdit | QAbstractSpinBox | QAbstractScrollArea):
        if isinstance(parent, QComboBox):  # an editable combo box's text field
            return parent.accessibleName() or label_of(parent)
        return label_of(widget)
    return ""


def _scroll_area(bar: QScrollBar) -> QAbstractScrollArea | None:
    widget = bar.parentWidget()
    while widget is not None and not isinstance(widget, QAbstractScrollArea):
        widget = widget.parentWidget()
    return widget


def name_widget(widget: QWidget) -> None:
    """Give ``widget`` its name if it has none (and a combo box's list its combo box's name)."""
    if not widget.accessibleName():
        name = name_for(widget)
        if name:
            widget.setAccessibleName(name)
    if isinstance(widget, QComboBox):
        view: QAbstractItemView = widget.view()
        if not view.accessibleName() and widget.accessibleName():
            view.setAccessibleName(tr("Choices of {field}").format(field=widget.accessibleName()))


class _Namer(QObject):
    """Names polished widgets once control returns to the event loop: a widget is often polished while
    its window is still being built, before its label, its buddy or its field's name are set."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._pending: list[QWidget] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Polish and isinstance(watched, QWidget):
            if not self._pending:
                QTimer.singleShot(0, self.flush)
            self._pending.append(watched)
        return False

    def flush(self) -> None:
        pending, self._pending = self._pending, []
        for widget in pending:
            if shiboken6.isValid(widget):  # not deleted meanwhile
                name_widget(widget)


class ComboBoxAccessible(QAccessibleWidget):
    """A combo box that says its name (its label) as its name, and its current text as its value.

    Qt's own interface answers the current text for the name on Linux, where it expects screen readers to
    follow the label relation; checkers and several readers take the name as it is.
    """

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo, QAccessible.Role.ComboBox)

    def text(self, kind: QAccessible.Text) -> str:
        combo = self.widget()
        assert isinstance(combo, QComboBox)
        if kind == QAccessible.Text.Name:
            return combo.accessibleName() or label_of(combo) or combo.currentText()
        if kind == QAccessible.Text.Value:
            return combo.currentText()
        return str(super().text(kind))


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    if isinstance(obj, QComboBox) and not obj.isEditable():
        return ComboBoxAccessible(obj)
    return None


_namer: _Namer | None = None


def install(app: QCoreApplication | None) -> None:
    """Name controls application-wide (once per application)."""
    global _namer
    if _namer is not None or not isinstance(app, QApplication):
        return
    _namer = _Namer(app)
    app.installEventFilter(_namer)
    QAccessible.installFactory(_factory)
