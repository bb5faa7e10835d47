"""The search field: debounced as you type; the query syntax of domain/query.py."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from nals_desktop.ui import icons


def syntax_help() -> str:
    from PySide6.QtCore import QCoreApplication

    return "".join(
        [
            "<p><b>",
            QCoreApplication.translate("SearchBar", "Search syntax"),
            "</b></p><table cellspacing='4'>",
            "<tr><td><code>meth</code></td><td>",
            QCoreApplication.translate("SearchBar", "words; the last one may be the start of a word"),
            "</td></tr>",
            '<tr><td><code>"black carbon"</code></td><td>',
            QCoreApplication.translate("SearchBar", "an exact phrase"),
            "</td></tr>",
            "<tr><td><code>-waste</code></td><td>",
            QCoreApplication.translate("SearchBar", "leave out what contains a word"),
            "</td></tr>",
            "<tr><td><code>pillar:B</code></td><td>",
            QCoreApplication.translate("SearchBar", "a pillar, by tab letter or short title"),
            "</td></tr>",
            "<tr><td><code>group:methane</code></td><td>",
            QCoreApplication.translate("SearchBar", "a group: the sub-heading commitments stand under"),
            "</td></tr>",
            "<tr><td><code>tag:energy</code></td><td>",
            QCoreApplication.translate("SearchBar", "positions tagged so"),
            "</td></tr>",
            "<tr><td><code>stance:oppose</code></td><td>",
            QCoreApplication.translate("SearchBar", "a party's stance (support, neutral, oppose…)"),
            "</td></tr>",
            "<tr><td><code>status:ongoing</code></td><td>",
            QCoreApplication.translate("SearchBar", "implementation status"),
            "</td></tr>",
            "<tr><td><code>priority:high</code></td><td>",
            QCoreApplication.translate("SearchBar", "a party's priority"),
            "</td></tr>",
            "<tr><td><code>party:MX</code></td><td>",
            QCoreApplication.translate("SearchBar", "commitments on which a party has a position"),
            "</td></tr>",
            "<tr><td><code>-status:completed</code></td><td>",
            QCoreApplication.translate("SearchBar", "“-” before a field excludes it"),
            "</td></tr>",
            "</table>",
        ]
    )


class SearchBar(QWidget):
    """Emits ``search_requested`` a moment after the last keystroke (at once on Enter)."""

    search_requested = Signal(str)
    move_down = Signal()  # Down or Enter: go to the results

    def __init__(self, debounce_ms: int = 250, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("search")
        self.edit.setClearButtonEnabled(True)
        self.edit.addAction(icons.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.edit.setPlaceholderText(self.tr("Search  (Ctrl+F)   e.g.  methane -waste  pillar:B"))
        self.edit.setToolTip(syntax_help())
        self.edit.setAccessibleName(self.tr("Search commitments"))
        self.edit.setAccessibleDescription(
            self.tr(
                "Searches every summit as you type. Quoted phrases, a minus sign to exclude, "
                "and the fields pillar:, group:, "
                "tag:, stance:, status:, priority:. Press Down to go to the results, Escape to clear."
            )
        )
        self.edit.setMinimumWidth(320)
        self.problem = QLabel(self)
        self.problem.setObjectName("searchProblem")
        self.problem.setAccessibleName(self.tr("Search problem"))
        self.problem.setAccessibleDescription(self.tr("Why the search could not be run"))
        self.problem.setStyleSheet("color: #c0392b;")
        self.problem.setWordWrap(False)
        self.problem.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.problem)
        layout.addWidget(self.edit, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(debounce_ms)
        self.timer.timeout.connect(self.fire)
        self.edit.textEdited.connect(lambda _t: self.timer.start())
        self.edit.textChanged.connect(self._text_changed)
        self.edit.installEventFilter(self)
        self._last = ""

    def _text_changed(self, text: str) -> None:
        if not text:  # the clear button, or set_text("")
            self.timer.stop()
            self.fire()

    def fire(self) -> None:
        self.timer.stop()
        text = self.edit.text().strip()
        if text != self._last:
            self._last = text
            self.search_requested.emit(text)

    def set_text(self, text: str) -> None:
        """Set the query and search at once (saved searches)."""
        self.edit.setText(text)
        self.fire()

    def text(self) -> str:
        return self.edit.text().strip()

    def show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.setToolTip(message)
        self.problem.setVisible(bool(message))
        self.edit.setStyleSheet("QLineEdit { border: 1px solid #c0392b; }" if message else "")

    def focus(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape and self.edit.text():
                self.edit.clear()
                return True
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.fire()
                self.move_down.emit()
                return True
        return super().eventFilter(watched, event)
