"""The position editor's form: a page per party and the status page, each field bound to its input."""

from __future__ import annotations

from datetime import datetime
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nals_desktop.domain.model import DEFAULT_MARKINGS, marking_label
from nals_desktop.domain.rules import TEXT_FIELDS
from nals_desktop.services.dto import PartyDTO
from nals_desktop.services.revisions import OpenConflict
from nals_desktop.ui.positions.common import (
    OptionalDateEdit,
    TagsEdit,
    field_label,
    field_mnemonics,
    local_time,
    priority_choices,
    set_accessible,
    stance_choices,
    status_choices,
)
from nals_desktop.ui.positions.conflicts import ConflictBanner, ConflictPage, banner_text

# The party part of the key of a status field.
STATUS = ""
_WARNING_STYLE = (
    "color: #8a1c12; background: #fdecea; border: 1px solid #e8b4ae; border-radius: 3px; padding: 4px;"
)

Key = tuple[str, str]  # (party code, or STATUS; field name)


def tr(text: str) -> str:
    return QCoreApplication.translate("PositionEditor", text)


class Binding:
    """One field's input: how its value is read, shown and locked."""

    def __init__(self, widget: QWidget) -> None:
        self.widget = widget
        self.message: QLabel | None = None  # where the field's problem is shown, if beside it

    @property
    def changed(self) -> SignalInstance:
        raise NotImplementedError

    def raw(self) -> Any:
        """What the input shows (tags as typed)."""
        raise NotImplementedError

    def value(self) -> Any:
        """The value as it is saved."""
        return self.raw()

    def set_raw(self, value: Any) -> None:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        self.widget.setEnabled(not read_only)

    def inputs(self) -> list[QWidget]:
        """The widgets that take the keyboard (for the editor's own undo keys)."""
        return [self.widget]


class TextBinding(Binding):
    widget: QPlainTextEdit

    @property
    def changed(self) -> SignalInstance:
        return self.widget.textChanged

    def raw(self) -> str:
        return self.widget.toPlainText()

    def set_raw(self, value: Any) -> None:
        w, old = self.widget, self.widget.toPlainText()
        if old == value:
            return
        w.setPlainText(value)
        # Put the cursor where the text differs, as if the user had typed there.
        at = next(
            (i for i, (a, b) in enumerate(zip(old, value, strict=False)) if a != b),
            min(len(old), len(value)),
        )
        cursor = w.textCursor()
        cursor.setPosition(min(at + max(0, len(value) - len(old)), len(value)))
        w.setTextCursor(cursor)

    def set_read_only(self, read_only: bool) -> None:
        self.widget.setReadOnly(read_only)


class ComboBinding(Binding):
    widget: QComboBox

    @property
    def changed(self) -> SignalInstance:
        return self.widget.currentIndexChanged

    def raw(self) -> Any:
        return self.widget.currentData()

    def set_raw(self, value: Any) -> None:
        index = self.widget.findData(value)
        if index < 0 and value is not None:  # a value of a newer version: shown as it is
            self.widget.addItem(str(value), value)
            index = self.widget.count() - 1
        self.widget.setCurrentIndex(max(index, 0))


class LineBinding(Binding):
    widget: QLineEdit

    @property
    def changed(self) -> SignalInstance:
        return self.widget.textChanged

    def raw(self) -> str:
        return self.widget.text()

    def set_raw(self, value: Any) -> None:
        if self.widget.text() != value:
            self.widget.setText(value)

    def set_read_only(self, read_only: bool) -> None:
        self.widget.setReadOnly(read_only)


class TagsBinding(LineBinding):
    widget: TagsEdit

    def value(self) -> list[str]:
        return self.widget.tags()

    def set_raw(self, value: Any) -> None:
        super().set_raw(", ".join(value) if isinstance(value, list | tuple) else value)


class SpinBinding(Binding):
    widget: QSpinBox

    @property
    def changed(self) -> SignalInstance:
        return self.widget.valueChanged

    def raw(self) -> int:
        return self.widget.value()

    def set_raw(self, value: Any) -> None:
        self.widget.setValue(int(value))

    def inputs(self) -> list[QWidget]:
        return [self.widget, *self.widget.findChildren(QLineEdit)]


class DateBinding(Binding):
    widget: OptionalDateEdit

    @property
    def changed(self) -> SignalInstance:
        return self.widget.value_changed

    def raw(self) -> str | None:
        return self.widget.value()

    def set_raw(self, value: Any) -> None:
        self.widget.set_value(value)

    def inputs(self) -> list[QWidget]:
        return [self.widget, *self.widget.findChildren(QLineEdit)]


class _TextEdit(QPlainTextEdit):
    """A plain-text field as tall as ``lines`` lines; taller when the pane has room to spare."""

    def __init__(self, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._height = self.fontMetrics().lineSpacing() * lines + 2 * self.frameWidth() + 8
        self.setMinimumHeight(self._height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height)


class PositionForm(QWidget):
    """The editor's widgets: header (title, undo and redo, save state), problems banner, a tab per party and
    the status tab. It shows what it is given and says what changed (``field_changed(key)``,
    ``unit_finished`` when a tag or the reason is left); it knows nothing of the store."""

    field_changed = Signal(object)
    unit_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[Key, Binding] = {}
        self.info: dict[str, QLabel] = {}
        self.parties: list[PartyDTO] = []
        self.own: str | None = None  # the code of our delegation, whose tab says "(ours)"
        self._problems: dict[Key, str] = {}
        self._save_error: str | None = None
        self._read_only = False
        self.undo_action = QAction(tr("&Undo"), self)
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = QAction(tr("&Redo"), self)
        self.redo_action.setShortcuts(
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)]
        )
        for action, tip in (
            (self.undo_action, tr("Undo the last change in the editor")),
            (self.redo_action, tr("Redo the change undone last")),
        ):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setStatusTip(tip)
            action.setToolTip(tip)
            action.setEnabled(False)
            self.addAction(action)
        self._make_header()
        self.banner = QLabel(self)
        self.banner.setObjectName("positionProblems")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setStyleSheet(_WARNING_STYLE)
        set_accessible(self.banner, tr("Problems"), tr("Changes that could not be saved, and why"))
        self.banner.hide()
        self.conflict_banner = ConflictBanner(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("positionTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(lambda _i: self.show_problems())
        set_accessible(
            self.tabs.tabBar(),
            tr("Party tabs"),
            tr("Choose whose position to edit, or the implementation status; Ctrl+Tab moves between them"),
        )
        set_accessible(
            self.tabs,
            tr("Parties"),
            tr("One tab per party of the summit, your delegation first, then the implementation status"),
        )
        self.placeholder = QLabel(tr("Select a commitment to record positions on it."), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: gray;")
        set_accessible(self.placeholder, tr("No commitment"), tr("Shown while no commitment is selected"))
        self.status_page = self._make_status_page()
        self.conflict_page = ConflictPage(self.tabs)
        self.conflict_page.hide()
        self.conflict_banner.review_requested.connect(self.show_conflict_tab)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self._header)
        layout.addWidget(self.banner)
        layout.addWidget(self.conflict_banner)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.placeholder, 1)
        self.tabs.hide()

    def set_undo_texts(self, undo: str, redo: str) -> None:
        self.undo_action.setToolTip(tr("Undo: {what}").format(what=undo) if undo else "")
        self.redo_action.setToolTip(tr("Redo: {what}").format(what=redo) if redo else "")

    def lock_inputs(self, read_only: bool) -> None:
        """Make every input read-only (or editable again)."""
        self._read_only = read_only
        for binding in self.fields.values():
            binding.set_read_only(read_only)
        self.progress_slider.setEnabled(not read_only)
        self.clear_date_button.setEnabled(not read_only)
        self.conflict_page.set_read_only(read_only)

    def show_commitment(self, reference: str | None, text: str = "") -> None:
        """The title and tabs for the commitment ``reference``; None: the placeholder."""
        if reference is None:
            self.title.setText(tr("Positions"))
            self.show_conflicts([], "")
            self.tabs.hide()
            self.placeholder.show()
            return
        self.title.setText(tr("Positions on {ref}").format(ref=reference))
        self.title.setToolTip(text)
        self.placeholder.hide()
        self.tabs.show()
        for i in range(self.tabs.count()):
            page = self.tabs.widget(i)
            if isinstance(page, QScrollArea):
                page.verticalScrollBar().setValue(0)

    def reveal(self, key: Key) -> None:
        """Bring the field ``key`` into view and focus, as after an undo."""
        widget = self.fields[key].widget
        page = self.page_of(widget)
        if page is not None:
            self.tabs.setCurrentWidget(page)
            if isinstance(page, QScrollArea):
                page.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def party_name(self, code: str) -> str:
        """`` (Canada)`` for "CA", to follow a field's label; empty for the status."""
        for party in self.parties:
            if party.code == code:
                return f" ({party.label})"
        return ""

    def _make_header(self) -> None:
        self.title = QLabel(tr("Positions"), self)
        self.title.setObjectName("positionTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        set_accessible(self.title, tr("Commitment"), tr("The commitment whose positions are shown"))
        self.undo_button = QToolButton(self)
        self.undo_button.setDefaultAction(self.undo_action)
        set_accessible(self.undo_button, tr("Undo"), tr("Undo the last change in the editor (Ctrl+Z)"))
        self.redo_button = QToolButton(self)
        self.redo_button.setDefaultAction(self.redo_action)
        set_accessible(self.redo_button, tr("Redo"), tr("Redo the change undone last (Ctrl+Shift+Z)"))
        for button in (self.undo_button, self.redo_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setAutoRaise(True)
        self.indicator = QLabel(self)
        self.indicator.setObjectName("saveState")
        self.indicator.setMinimumWidth(150)
        self.indicator.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        set_accessible(
            self.indicator,
            tr("Save state"),
            tr("Whether your changes are saved: saved with the time, saving, unsaved changes, or not saved"),
        )
        self._header = QHBoxLayout()
        self._header.setContentsMargins(4, 2, 4, 0)
        self._header.addWidget(self.title, 1)
        self._header.addWidget(self.undo_button)
        self._header.addWidget(self.redo_button)
        self._header.addSpacing(8)
        self._header.addWidget(self.indicator)

    def _label(self, name: str, buddy: QWidget, parent: QWidget) -> QLabel:
        label = QLabel(field_mnemonics()[name], parent)
        label.setBuddy(buddy)
        return label

    def _message_label(self, parent: QWidget, name: str) -> QLabel:
        message = QLabel(parent)
        message.setWordWrap(True)
        message.setStyleSheet(_WARNING_STYLE)
        set_accessible(
            message,
            tr("Problem with {field}").format(field=field_label(name)),
            tr("Why this field is not saved yet"),
        )
        message.hide()
        return message

    def _text_edit(self, parent: QWidget, lines: int) -> QPlainTextEdit:
        edit = _TextEdit(lines, parent)
        edit.setTabChangesFocus(True)
        edit.setUndoRedoEnabled(False)  # the editor's undo stack spans every field
        edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        return edit

    def _combo(self, parent: QWidget, choices: list[tuple[str | None, str]]) -> QComboBox:
        combo = QComboBox(parent)
        for value, text in choices:
            combo.addItem(text, value)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def _bind(self, key: Key, binding: Binding, message: QLabel | None = None) -> None:
        binding.message = message
        self.fields[key] = binding
        binding.changed.connect(lambda *_a, k=key: self.field_changed.emit(k))
        for widget in binding.inputs():
            widget.installEventFilter(self)
        if isinstance(binding, TagsBinding):
            binding.widget.editingFinished.connect(self.unit_finished.emit)
        binding.set_read_only(self._read_only)

    def _scroll(self, inner: QWidget) -> QScrollArea:
        scroll = QScrollArea(self.tabs)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        return scroll

    def _make_party_page(self, party: PartyDTO, own: bool) -> QScrollArea:
        code = party.code
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(8, 6, 8, 8)
        info = QLabel(inner)
        info.setStyleSheet("color: gray;")
        set_accessible(info, tr("Last saved"), tr("Who saved this position last, and when"))
        self.info[code] = info
        layout.addWidget(info)

        who = tr("our delegation ({name})").format(name=party.label) if own else party.label
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        stance = self._combo(inner, [(None, tr("Not set")), *stance_choices()])
        set_accessible(
            stance,
            tr("Stance of {party}").format(party=party.label),
            tr("The stance of {who} on this commitment").format(who=who),
        )
        priority = self._combo(inner, [(None, tr("Not set")), *priority_choices()])
        set_accessible(
            priority,
            tr("Priority for {party}").format(party=party.label),
            tr("How much this commitment matters to {who}").format(who=who),
        )
        marking = self._combo(inner, [(m, marking_label(m)) for m in DEFAULT_MARKINGS])
        set_accessible(
            marking,
            tr("Sensitivity marking for {party}").format(party=party.label),
            tr(
                "The classification of this position; a briefing book is marked with the highest "
                "marking it contains"
            ),
        )
        tags = TagsEdit(inner)
        set_accessible(
            tags,
            tr("Tags for {party}").format(party=party.label),
            tr("Comma-separated tags; known tags are offered as you type"),
        )
        tags_message = self._message_label(inner, "tags")
        for row, col, name, widget in (
            (0, 0, "stance", stance),
            (0, 2, "priority", priority),
            (1, 0, "marking", marking),
            (1, 2, "tags", tags),
        ):
            grid.addWidget(self._label(name, widget, inner), row, col)
            grid.addWidget(widget, row, col + 1)
        grid.addWidget(tags_message, 2, 2, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 2)
        layout.addLayout(grid)
        self._bind((code, "stance"), ComboBinding(stance))
        self._bind((code, "priority"), ComboBinding(priority))
        self._bind((code, "marking"), ComboBinding(marking))
        self._bind((code, "tags"), TagsBinding(tags), tags_message)

        descriptions = {
            "objective": tr("What {who} wants to achieve on this commitment"),
            "key_messages": tr("The points {who} makes; one per line or as bullets"),
            "responses": tr("What {who} answers if the matter is raised"),
            "fallback": tr("The position {who} can fall back to"),
            "red_line": tr("What {who} cannot accept"),
            "background": tr("Context and history for {who}"),
        }
        placeholders = {
            "objective": tr("What we want to achieve"),
            "key_messages": tr("• One message per line"),
            "responses": tr("If raised: …"),
            "fallback": tr("If our objective cannot be met"),
            "red_line": tr("What we cannot accept"),
            "background": tr("Context, history, sources"),
        }
        for name in TEXT_FIELDS:
            edit = self._text_edit(inner, 4 if name in ("objective", "key_messages", "background") else 3)
            edit.setPlaceholderText(placeholders[name])
            set_accessible(
                edit,
                tr("{field} ({party})").format(field=field_label(name), party=party.label),
                descriptions[name].format(who=who),
            )
            message = self._message_label(inner, name)
            layout.addWidget(self._label(name, edit, inner))
            layout.addWidget(edit)
            layout.addWidget(message)
            self._bind((code, name), TextBinding(edit), message)
        order = [
            stance,
            priority,
            marking,
            tags,
            *(self.fields[(code, n)].widget for n in TEXT_FIELDS),
        ]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        page = self._scroll(inner)
        page.setObjectName(f"party-{code}")
        set_accessible(
            page,
            tr("Position of {party}").format(party=party.label),
            tr("The position of {who} on this commitment").format(who=who),
        )
        return page

    def _make_status_page(self) -> QScrollArea:
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(8, 6, 8, 8)
        info = QLabel(inner)
        info.setStyleSheet("color: gray;")
        info.setWordWrap(True)
        set_accessible(info, tr("Last status change"), tr("The last change of status: why, who and when"))
        self.info[STATUS] = info
        layout.addWidget(info)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)

        status = self._combo(inner, [(None, tr("Not set")), *status_choices()])
        set_accessible(
            status,
            tr("Implementation status"),
            tr("Where implementation stands; a change of status needs a reason"),
        )
        progress = QSpinBox(inner)
        progress.setRange(0, 100)
        progress.setSuffix(" %")
        set_accessible(progress, tr("Progress"), tr("Progress of implementation, from 0 to 100 percent"))
        slider = QSlider(Qt.Orientation.Horizontal, inner)
        slider.setRange(0, 100)
        slider.setPageStep(10)
        slider.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the spin box is the keyboard's way in
        set_accessible(slider, tr("Progress slider"), tr("Drag to set the progress"))
        slider.valueChanged.connect(progress.setValue)
        progress.valueChanged.connect(self._sync_slider)
        self.progress_slider = slider
        as_of = OptionalDateEdit(inner)
        set_accessible(as_of, tr("As of"), tr("The date the status describes; not set until you give one"))
        clear = QToolButton(inner)
        clear.setText(tr("C&lear date"))
        set_accessible(clear, tr("Clear date"), tr("Set the as-of date back to not set"))
        clear.clicked.connect(as_of.clear_value)
        self.clear_date_button = clear
        reason = QLineEdit(inner)
        reason.setPlaceholderText(tr("Why does the status change? Required when it does."))
        set_accessible(
            reason,
            tr("Reason for this change"),
            tr("Why the status changes; required whenever the status changes, and saved with the change"),
        )
        reason.editingFinished.connect(self.unit_finished.emit)
        reason_message = self._message_label(inner, "reason")
        reason_message.setObjectName("statusReasonMessage")
        status_message = self._message_label(inner, "status")
        evidence = self._text_edit(inner, 4)
        evidence.setPlaceholderText(tr("What shows it: reports, announcements, links"))
        set_accessible(evidence, tr("Evidence"), tr("What shows the status: reports, announcements, links"))
        evidence_message = self._message_label(inner, "evidence")

        progress_row = QHBoxLayout()
        progress_row.addWidget(progress)
        progress_row.addWidget(slider, 1)
        date_row = QHBoxLayout()
        date_row.addWidget(as_of)
        date_row.addWidget(clear)
        date_row.addStretch(1)
        grid.addWidget(self._label("status", status, inner), 0, 0)
        grid.addWidget(status, 0, 1)
        grid.addWidget(status_message, 1, 1)
        grid.addWidget(self._label("progress", progress, inner), 2, 0)
        grid.addLayout(progress_row, 2, 1)
        grid.addWidget(self._label("as_of", as_of, inner), 3, 0)
        grid.addLayout(date_row, 3, 1)
        grid.addWidget(self._label("reason", reason, inner), 4, 0)
        grid.addWidget(reason, 4, 1)
        grid.addWidget(reason_message, 5, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        layout.addWidget(self._label("evidence", evidence, inner))
        layout.addWidget(evidence)
        layout.addWidget(evidence_message)
        layout.addStretch(1)
        self._bind((STATUS, "status"), ComboBinding(status), status_message)
        self._bind((STATUS, "progress"), SpinBinding(progress))
        self._bind((STATUS, "as_of"), DateBinding(as_of))
        self._bind((STATUS, "reason"), LineBinding(reason), reason_message)
        self._bind((STATUS, "evidence"), TextBinding(evidence), evidence_message)
        for first, second in (
            (status, progress),
            (progress, as_of),
            (as_of, clear),
            (clear, reason),
            (reason, evidence),
        ):
            QWidget.setTabOrder(first, second)
        page = self._scroll(inner)
        page.setObjectName("status")
        set_accessible(
            page,
            tr("Implementation status"),
            tr("Implementation status of the commitment: status, progress, evidence, date, reason"),
        )
        return page

    def _sync_slider(self, value: int) -> None:
        self.progress_slider.blockSignals(True)
        self.progress_slider.setValue(value)
        self.progress_slider.blockSignals(False)

    def rebuild_tabs(self, parties: list[PartyDTO], own: str | None) -> None:
        current = self.tabs.currentWidget()
        keep = current.objectName() if current is not None else ""
        while self.tabs.count():
            page = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if page is not None and page not in (self.status_page, self.conflict_page):
                page.deleteLater()
        for key in [k for k in self.fields if k[0] != STATUS]:
            del self.fields[key]
        self.info = {STATUS: self.info[STATUS]}
        for party in parties:
            is_own = party.code == own
            title = tr("{party} (ours)").format(party=party.label) if is_own else party.label
            index = self.tabs.addTab(self._make_party_page(party, is_own), title)
            self.tabs.setTabToolTip(
                index,
                tr("Position of our delegation")
                if is_own
                else tr("Our reading of the position of {party}").format(party=party.label),
            )
        index = self.tabs.addTab(self.status_page, tr("Implementation status"))
        self.tabs.setTabToolTip(index, tr("Status, progress, evidence, as-of date and reason"))
        for i in range(self.tabs.count()):
            page = self.tabs.widget(i)
            if page is not None and page.objectName() == keep:
                self.tabs.setCurrentIndex(i)
                break
        self.parties = parties
        self.own = own

    def show_conflicts(self, conflicts: list[OpenConflict], me: str) -> None:
        """The banner and the "Conflicts" tab for ``conflicts`` (none: both gone); ``me``: the user's name."""
        where: dict[str | None, str] = {p.code: p.label for p in self.parties}
        where[None] = tr("Implementation status")
        self.conflict_banner.show_text(banner_text(conflicts, where, me) if conflicts else "")
        index = self.tabs.indexOf(self.conflict_page)
        if not conflicts:
            if index >= 0:
                self.tabs.removeTab(index)
            self.conflict_page.show_conflicts([], where)
            return
        self.conflict_page.show_conflicts(conflicts, where)
        self.conflict_page.set_read_only(self._read_only)
        if index < 0:
            index = self.tabs.addTab(self.conflict_page, "")
        self.tabs.setTabText(index, tr("Conflicts ({n})").format(n=len(conflicts)))
        self.tabs.setTabToolTip(index, tr("Fields changed differently on two laptops, side by side"))

    def show_conflict_tab(self) -> None:
        """Bring the "Conflicts" tab into view, the first conflict's first choice in focus."""
        if self.tabs.indexOf(self.conflict_page) < 0:
            return
        self.tabs.setCurrentWidget(self.conflict_page)
        if self.conflict_page.views:
            self.conflict_page.views[0].take_ours.setFocus(Qt.FocusReason.OtherFocusReason)

    def allow_no_status(self, allowed: bool) -> None:
        binding = self.fields[(STATUS, "status")]
        assert isinstance(binding, ComboBinding)
        item = binding.widget.model().item(0)  # type: ignore[attr-defined]
        item.setEnabled(allowed)

    def show_info(self, code: str, who: str, when: datetime | None) -> None:
        label = self.info.get(code)
        if label is not None:
            label.setText(
                tr("Last saved by {who}, {when}").format(who=who, when=local_time(when))
                if when
                else tr("Nothing recorded yet.")
            )

    def show_status_info(self, reason: str, who: str, when: datetime | None) -> None:
        self.info[STATUS].setText(
            tr("Last change by {who}, {when}: {reason}").format(
                who=who, when=local_time(when), reason=reason or tr("no reason given")
            )
        )

    def show_problems(self, problems: dict[Key, str] | None = None, save_error: str | None = None) -> None:
        """Show ``problems`` beside their fields and, with ``save_error``, in the banner (None: again)."""
        if problems is not None:
            self._problems, self._save_error = dict(problems), save_error
        problems, save_error = self._problems, self._save_error
        for key, binding in self.fields.items():
            if binding.message is not None:
                text = problems.get(key, "")
                binding.message.setText(text)
                binding.message.setVisible(bool(text))
            bad = key in problems
            if bool(binding.widget.property("problem")) != bad:
                binding.widget.setProperty("problem", bad)
                binding.widget.setStyleSheet(
                    "QPlainTextEdit, QLineEdit, QComboBox { border: 2px solid #c62828; }" if bad else ""
                )
        # Problems on the tab in view are shown beside their fields; the banner names those elsewhere.
        current = self.tabs.currentWidget()
        messages = [
            tr("{tab}: {problem}").format(tab=self.tabs.tabText(self.tabs.indexOf(page)), problem=text)
            for key, text in problems.items()
            if key in self.fields
            and (page := self.page_of(self.fields[key].widget)) is not None
            and page is not current
        ]
        if save_error:
            messages.append(save_error)
        self.banner.setText("\n".join(messages))
        self.banner.setVisible(bool(messages))

    def page_of(self, widget: QWidget) -> QWidget | None:
        for i in range(self.tabs.count()):
            page = self.tabs.widget(i)
            if page is not None and page.isAncestorOf(widget):
                return page
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            # A mnemonic (Alt+L) or a click on a label gives a field below the visible area the focus:
            # scroll it into view, as Tab does.
            page = self.page_of(watched)
            if isinstance(page, QScrollArea):
                page.ensureWidgetVisible(watched, 0, 24)
        # Text inputs would take Ctrl+Z for their own undo; the editor's stack spans every field instead.
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(
            event, QKeyEvent
        ):
            undo = event.matches(QKeySequence.StandardKey.Undo)
            redo = event.matches(QKeySequence.StandardKey.Redo) or (
                event.key() == Qt.Key.Key_Z
                and event.modifiers()
                == (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
            )
            if undo or redo:
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    (self.redo_action if redo else self.undo_action).trigger()
                return True
        return super().eventFilter(watched, event)

    def show_state(self, state: str, *, saved_at: datetime | None, loaded: bool) -> None:
        """Say in the header whether the edits are saved."""
        if self._read_only:
            text = tr("Read-only")
        elif state == "saving":
            text = tr("Saving…")
        elif state == "unsaved":
            text = tr("Unsaved changes")
        elif state == "error":
            text = tr("Not saved: see the message")
        elif saved_at is not None:
            text = tr("Saved {time}").format(time=saved_at.strftime("%H:%M:%S"))
        else:
            text = tr("All changes saved") if loaded else ""
        colour = {"error": "#b3261e", "unsaved": "#8a5a00"}.get(state, "gray")
        self.indicator.setStyleSheet(f"color: {colour};")
        self.indicator.setText(text)
        self.indicator.setAccessibleDescription(text)
