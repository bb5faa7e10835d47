"""The position editor: every party's position and the implementation status of one commitment, autosaved."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QUndoCommand,
    QUndoGroup,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
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

from nals_desktop.domain import rules
from nals_desktop.domain.errors import NalsError
from nals_desktop.domain.model import DEFAULT_MARKINGS
from nals_desktop.services import annotate
from nals_desktop.services.browse import get_commitment
from nals_desktop.services.dto import CommitmentDetail, PartyDTO, PositionDTO, StatusDTO
from nals_desktop.services.identity import Author
from nals_desktop.store.engine import Store
from nals_desktop.ui.errors import ErrorReporter
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

log = logging.getLogger("nals.ui.positions")

#: The party part of the key of a status field.
STATUS = ""
#: Status fields that make a change (the reason goes with them).
STATUS_VALUES = ("status", "progress", "evidence", "as_of")
#: Fields whose edits merge into one undo step while typing.
_TYPED = {*annotate.TEXT_FIELDS, "tags", "evidence", "reason", "progress", "as_of"}
_WARNING_STYLE = (
    "color: #8a1c12; background: #fdecea; border: 1px solid #e8b4ae; border-radius: 3px; padding: 4px;"
)

Key = tuple[str, str]  # (party code, or STATUS; field name)


@dataclass
class _Binding:
    widget: QWidget
    kind: str  # "text" | "combo" | "tags" | "line" | "spin" | "date"
    message: QLabel | None = None


class _FieldEdit(QUndoCommand):
    """One field changed from ``old`` to ``new``; typing in one field merges into one step until a save."""

    ID = 0x4E414C53

    def __init__(self, editor: PositionEditor, key: Key, old: Any, new: Any, text: str) -> None:
        super().__init__(text)
        self.editor = editor
        self.key = key
        self.old = old
        self.new = new
        self._pushed = False

    def id(self) -> int:
        return self.ID if self.key[1] in _TYPED else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _FieldEdit) or other.key != self.key:
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        if not self._pushed:  # the widget already shows the new value
            self._pushed = True
            return
        self.editor._apply_undo(self.key, self.new)

    def undo(self) -> None:
        self.editor._apply_undo(self.key, self.old)


class _TextEdit(QPlainTextEdit):
    """A plain-text field as tall as ``lines`` lines; taller when the pane has room to spare."""

    def __init__(self, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._height = self.fontMetrics().lineSpacing() * lines + 2 * self.frameWidth() + 8
        self.setMinimumHeight(self._height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height)


class PositionEditor(QWidget):
    """Edit every party's position and the implementation status of one commitment; saves by itself.

    API for the main window:
      * ``load(commitment_id, detail=None) -> bool``: saves pending edits, then shows ``commitment_id``
        (None: an empty, disabled editor). Returns False, and stays on the current commitment with the
        problem shown, when the pending edits could not be saved (see ``flush``); the caller then puts
        its selection back. ``detail``: an already fetched ``CommitmentDetail`` of that id (saves a query).
      * ``flush() -> bool``: saves pending edits now, synchronously. False when something could not be
        saved: a store error (reported through the ErrorReporter), a text over the length limit or a
        status change without a reason (both shown inline). What was typed stays in the widgets. Call it
        from closeEvent; ``install_quit_hooks(app)`` calls it on aboutToQuit and commitDataRequest.
      * ``reload()``: shows the stored values again after a change made elsewhere (restore, bulk edit).
      * ``discard_changes()``: drops unsaved edits (for a "Discard" answer when closing).
      * ``set_read_only(bool)``, ``undo_action``/``redo_action`` (for an Edit menu), ``state``,
        ``has_unsaved_changes()``, ``commitment_id``.
      * Signals: ``saved(Changes)`` after every save that recorded revisions; ``state_changed(str)``
        with "saved", "unsaved", "saving" or "error".
    """

    saved = Signal(object)
    state_changed = Signal(str)

    def __init__(
        self,
        store: Store,
        author_provider: Callable[[], Author],
        parent: QWidget | None = None,
        *,
        errors: ErrorReporter | None = None,
        autosave_ms: int = 600,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.author_provider = author_provider
        self.errors = errors or ErrorReporter(self)
        self.setObjectName("positionEditor")
        set_accessible(
            self,
            self.tr("Position editor"),
            self.tr(
                "Each party's negotiating position on the selected commitment and its implementation status. "
                "Changes are saved automatically."
            ),
        )
        self._cid: str | None = None
        self._reference = ""
        self._parties: list[PartyDTO] = []
        self._fields: dict[Key, _Binding] = {}
        self._saved: dict[Key, Any] = {}  # stored values, as compared and saved
        self._last: dict[Key, Any] = {}  # widget values as of the last undo step
        self._problems: dict[Key, str] = {}
        self._save_error: str | None = None
        self._reported_error: str | None = None
        self._saved_at: datetime | None = None
        self._state = "saved"
        self._loading = False
        self._applying = False
        self._saving = False
        self._read_only = False
        self._info: dict[str, QLabel] = {}
        self._stacks: dict[str, QUndoStack] = {}
        self._group = QUndoGroup(self)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(autosave_ms)
        self._timer.timeout.connect(self._autosave)

        self._make_actions()
        self._make_header()
        self.banner = QLabel(self)
        self.banner.setObjectName("positionProblems")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setStyleSheet(_WARNING_STYLE)
        set_accessible(self.banner, self.tr("Problems"), self.tr("Changes that could not be saved, and why"))
        self.banner.hide()
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("positionTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(lambda _i: self._update_problems())
        set_accessible(
            self.tabs.tabBar(),
            self.tr("Party tabs"),
            self.tr(
                "Choose whose position to edit, or the implementation status; Ctrl+Tab moves between them"
            ),
        )
        set_accessible(
            self.tabs,
            self.tr("Parties"),
            self.tr("One tab per party of the summit, your delegation first, then the implementation status"),
        )
        self.placeholder = QLabel(self.tr("Select a commitment to record positions on it."), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: gray;")
        set_accessible(
            self.placeholder, self.tr("No commitment"), self.tr("Shown while no commitment is selected")
        )
        self._status_page = self._make_status_page()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self._header)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.placeholder, 1)
        self.tabs.hide()

        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        self._set_state("saved")

    # Public API

    @property
    def commitment_id(self) -> str | None:
        return self._cid

    @property
    def state(self) -> str:
        return self._state

    @property
    def party_codes(self) -> list[str]:
        return [p.code for p in self._parties]

    def field_widget(self, party: str, name: str) -> QWidget:
        """The input of one party's position field (``annotate.POSITION_FIELDS``)."""
        return self._fields[(party.upper(), name)].widget

    def status_widget(self, name: str) -> QWidget:
        """The input of a status field (``annotate.STATUS_FIELDS``); progress is the spin box."""
        return self._fields[(STATUS, name)].widget

    def problems(self) -> list[str]:
        """The messages now shown: fields that cannot be saved as they are, and a failed save."""
        return [*self._problems.values(), *([self._save_error] if self._save_error else [])]

    def has_unsaved_changes(self) -> bool:
        return self._cid is not None and bool(self._dirty_keys())

    def load(self, commitment_id: str | None, detail: CommitmentDetail | None = None) -> bool:
        reloading = commitment_id == self._cid
        if not self.flush():
            return False
        if commitment_id is not None and (detail is None or detail.id != commitment_id or reloading):
            detail = None
            try:
                detail = get_commitment(self.store, commitment_id)
            except NalsError as exc:
                self.errors.report_exception(self.tr("Cannot show the commitment"), exc, parent=self)
        self._show(detail if commitment_id is not None else None)
        return True

    def reload(self) -> bool:
        return self.load(self._cid)

    def discard_changes(self) -> None:
        self._timer.stop()
        self._problems.clear()
        self._save_error = None
        cid = self._cid
        self._cid = None  # nothing to flush
        try:
            detail = get_commitment(self.store, cid) if cid else None
        except NalsError as exc:
            self.errors.report_exception(self.tr("Cannot show the commitment"), exc, parent=self)
            detail = None
        self._show(detail)

    def flush(self) -> bool:
        return self._save(deferred=False)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for binding in self._fields.values():
            self._set_widget_read_only(binding.widget, read_only)
        self.progress_slider.setEnabled(not read_only)
        self.clear_date_button.setEnabled(not read_only)
        self._update_actions()
        self._set_state(self._state)

    def install_quit_hooks(self, app: QGuiApplication) -> None:
        """Save on quit and when the desktop session ends (closeEvent should call ``flush`` itself)."""
        app.aboutToQuit.connect(self.flush)
        app.commitDataRequest.connect(self._on_commit_data)

    def _on_commit_data(self, _manager: object) -> None:
        self.flush()

    def undo(self) -> None:
        if not self._read_only:
            self._group.undo()

    def redo(self) -> None:
        if not self._read_only:
            self._group.redo()

    # Building

    def _make_actions(self) -> None:
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = QAction(self.tr("&Redo"), self)
        self.redo_action.setShortcuts(
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)]
        )
        for action, slot, tip in (
            (self.undo_action, self.undo, self.tr("Undo the last change in the editor")),
            (self.redo_action, self.redo, self.tr("Redo the change undone last")),
        ):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setStatusTip(tip)
            action.setToolTip(tip)
            action.setEnabled(False)
            action.triggered.connect(slot)
            self.addAction(action)
        self._group.canUndoChanged.connect(lambda _b: self._update_actions())
        self._group.canRedoChanged.connect(lambda _b: self._update_actions())
        self._group.undoTextChanged.connect(
            lambda text: self.undo_action.setToolTip(
                self.tr("Undo: {what}").format(what=text) if text else ""
            )
        )
        self._group.redoTextChanged.connect(
            lambda text: self.redo_action.setToolTip(
                self.tr("Redo: {what}").format(what=text) if text else ""
            )
        )

    def _update_actions(self) -> None:
        self.undo_action.setEnabled(self._group.canUndo() and not self._read_only)
        self.redo_action.setEnabled(self._group.canRedo() and not self._read_only)

    def _make_header(self) -> None:
        self.title = QLabel(self.tr("Positions"), self)
        self.title.setObjectName("positionTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        set_accessible(self.title, self.tr("Commitment"), self.tr("The commitment whose positions are shown"))
        self.undo_button = QToolButton(self)
        self.undo_button.setDefaultAction(self.undo_action)
        set_accessible(
            self.undo_button, self.tr("Undo"), self.tr("Undo the last change in the editor (Ctrl+Z)")
        )
        self.redo_button = QToolButton(self)
        self.redo_button.setDefaultAction(self.redo_action)
        set_accessible(
            self.redo_button, self.tr("Redo"), self.tr("Redo the change undone last (Ctrl+Shift+Z)")
        )
        for button in (self.undo_button, self.redo_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setAutoRaise(True)
        self.indicator = QLabel(self)
        self.indicator.setObjectName("saveState")
        self.indicator.setMinimumWidth(150)
        self.indicator.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        set_accessible(
            self.indicator,
            self.tr("Save state"),
            self.tr(
                "Whether your changes are saved: saved with the time, saving, unsaved changes, or not saved"
            ),
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
            self.tr("Problem with {field}").format(field=field_label(name)),
            self.tr("Why this field is not saved yet"),
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

    def _bind(self, key: Key, widget: QWidget, kind: str, message: QLabel | None = None) -> None:
        self._fields[key] = _Binding(widget, kind, message)
        signal = {
            "text": lambda w: w.textChanged,
            "combo": lambda w: w.currentIndexChanged,
            "tags": lambda w: w.textChanged,
            "line": lambda w: w.textChanged,
            "spin": lambda w: w.valueChanged,
            "date": lambda w: w.value_changed,
        }[kind](widget)
        signal.connect(lambda *_a, k=key: self._on_widget_changed(k))
        widget.installEventFilter(self)
        if isinstance(widget, QSpinBox | OptionalDateEdit):
            inner = widget.findChild(QLineEdit)
            if inner is not None:
                inner.installEventFilter(self)
        if kind == "tags" and isinstance(widget, QLineEdit):
            widget.editingFinished.connect(self._on_unit_finished)
        self._set_widget_read_only(widget, self._read_only)

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
        set_accessible(info, self.tr("Last saved"), self.tr("Who saved this position last, and when"))
        self._info[code] = info
        layout.addWidget(info)

        who = self.tr("our delegation ({name})").format(name=party.name) if own else party.name
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        stance = self._combo(inner, [(None, self.tr("Not set")), *stance_choices()])
        set_accessible(
            stance,
            self.tr("Stance of {party}").format(party=party.name),
            self.tr("The stance of {who} on this commitment").format(who=who),
        )
        priority = self._combo(inner, [(None, self.tr("Not set")), *priority_choices()])
        set_accessible(
            priority,
            self.tr("Priority for {party}").format(party=party.name),
            self.tr("How much this commitment matters to {who}").format(who=who),
        )
        marking = self._combo(inner, [(m, m) for m in DEFAULT_MARKINGS])
        set_accessible(
            marking,
            self.tr("Sensitivity marking for {party}").format(party=party.name),
            self.tr(
                "The classification of this position; a briefing book is marked with the highest "
                "marking it contains"
            ),
        )
        tags = TagsEdit(inner)
        set_accessible(
            tags,
            self.tr("Tags for {party}").format(party=party.name),
            self.tr("Comma-separated tags; known tags are offered as you type"),
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
        self._bind((code, "stance"), stance, "combo")
        self._bind((code, "priority"), priority, "combo")
        self._bind((code, "marking"), marking, "combo")
        self._bind((code, "tags"), tags, "tags", tags_message)

        descriptions = {
            "objective": self.tr("What {who} wants to achieve on this commitment"),
            "key_messages": self.tr("The points {who} makes; one per line or as bullets"),
            "responses": self.tr("What {who} answers if the matter is raised"),
            "fallback": self.tr("The position {who} can fall back to"),
            "red_line": self.tr("What {who} cannot accept"),
            "background": self.tr("Context and history for {who}"),
        }
        placeholders = {
            "objective": self.tr("What we want to achieve"),
            "key_messages": self.tr("• One message per line"),
            "responses": self.tr("If raised: …"),
            "fallback": self.tr("If our objective cannot be met"),
            "red_line": self.tr("What we cannot accept"),
            "background": self.tr("Context, history, sources"),
        }
        for name in annotate.TEXT_FIELDS:
            edit = self._text_edit(inner, 4 if name in ("objective", "key_messages", "background") else 3)
            edit.setPlaceholderText(placeholders[name])
            set_accessible(
                edit,
                self.tr("{field} ({party})").format(field=field_label(name), party=party.name),
                descriptions[name].format(who=who),
            )
            message = self._message_label(inner, name)
            layout.addWidget(self._label(name, edit, inner))
            layout.addWidget(edit)
            layout.addWidget(message)
            self._bind((code, name), edit, "text", message)
        order = [
            stance,
            priority,
            marking,
            tags,
            *(self._fields[(code, n)].widget for n in annotate.TEXT_FIELDS),
        ]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        page = self._scroll(inner)
        page.setObjectName(f"party-{code}")
        set_accessible(
            page,
            self.tr("Position of {party}").format(party=party.name),
            self.tr("The position of {who} on this commitment").format(who=who),
        )
        return page

    def _make_status_page(self) -> QScrollArea:
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(8, 6, 8, 8)
        info = QLabel(inner)
        info.setStyleSheet("color: gray;")
        info.setWordWrap(True)
        set_accessible(
            info, self.tr("Last status change"), self.tr("The last change of status: why, who and when")
        )
        self._info[STATUS] = info
        layout.addWidget(info)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)

        status = self._combo(inner, [(None, self.tr("Not set")), *status_choices()])
        set_accessible(
            status,
            self.tr("Implementation status"),
            self.tr("Where implementation stands; a change of status needs a reason"),
        )
        progress = QSpinBox(inner)
        progress.setRange(0, 100)
        progress.setSuffix(" %")
        set_accessible(
            progress, self.tr("Progress"), self.tr("Progress of implementation, from 0 to 100 percent")
        )
        slider = QSlider(Qt.Orientation.Horizontal, inner)
        slider.setRange(0, 100)
        slider.setPageStep(10)
        slider.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the spin box is the keyboard's way in
        set_accessible(slider, self.tr("Progress slider"), self.tr("Drag to set the progress"))
        slider.valueChanged.connect(progress.setValue)
        progress.valueChanged.connect(self._sync_slider)
        self.progress_slider = slider
        as_of = OptionalDateEdit(inner)
        set_accessible(
            as_of, self.tr("As of"), self.tr("The date the status describes; not set until you give one")
        )
        clear = QToolButton(inner)
        clear.setText(self.tr("C&lear date"))
        set_accessible(clear, self.tr("Clear date"), self.tr("Set the as-of date back to not set"))
        clear.clicked.connect(as_of.clear_value)
        self.clear_date_button = clear
        reason = QLineEdit(inner)
        reason.setPlaceholderText(self.tr("Why does the status change? Required when it does."))
        set_accessible(
            reason,
            self.tr("Reason for this change"),
            self.tr(
                "Why the status changes; required whenever the status changes, and saved with the change"
            ),
        )
        reason.editingFinished.connect(self._on_unit_finished)
        reason_message = self._message_label(inner, "reason")
        reason_message.setObjectName("statusReasonMessage")
        status_message = self._message_label(inner, "status")
        evidence = self._text_edit(inner, 4)
        evidence.setPlaceholderText(self.tr("What shows it: reports, announcements, links"))
        set_accessible(
            evidence, self.tr("Evidence"), self.tr("What shows the status: reports, announcements, links")
        )
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
        self._bind((STATUS, "status"), status, "combo", status_message)
        self._bind((STATUS, "progress"), progress, "spin")
        self._bind((STATUS, "as_of"), as_of, "date")
        self._bind((STATUS, "reason"), reason, "line", reason_message)
        self._bind((STATUS, "evidence"), evidence, "text", evidence_message)
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
            self.tr("Implementation status"),
            self.tr("Implementation status of the commitment: status, progress, evidence, date, reason"),
        )
        return page

    def _sync_slider(self, value: int) -> None:
        self.progress_slider.blockSignals(True)
        self.progress_slider.setValue(value)
        self.progress_slider.blockSignals(False)

    def _rebuild_tabs(self, parties: list[PartyDTO], own: str | None) -> None:
        current = self.tabs.currentWidget()
        keep = current.objectName() if current is not None else ""
        while self.tabs.count():
            page = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if page is not None and page is not self._status_page:
                page.deleteLater()
        for key in [k for k in self._fields if k[0] != STATUS]:
            del self._fields[key]
        self._info = {STATUS: self._info[STATUS]}
        for party in parties:
            is_own = party.code == own
            title = self.tr("{party} (ours)").format(party=party.name) if is_own else party.name
            index = self.tabs.addTab(self._make_party_page(party, is_own), title)
            self.tabs.setTabToolTip(
                index,
                self.tr("Position of our delegation")
                if is_own
                else self.tr("Our reading of the position of {party}").format(party=party.name),
            )
        index = self.tabs.addTab(self._status_page, self.tr("Implementation status"))
        self.tabs.setTabToolTip(index, self.tr("Status, progress, evidence, as-of date and reason"))
        for i in range(self.tabs.count()):
            page = self.tabs.widget(i)
            if page is not None and page.objectName() == keep:
                self.tabs.setCurrentIndex(i)
                break
        self._parties = parties

    # Values

    def _raw(self, key: Key) -> Any:
        binding = self._fields[key]
        w = binding.widget
        if binding.kind == "text":
            assert isinstance(w, QPlainTextEdit)
            return w.toPlainText()
        if binding.kind == "combo":
            assert isinstance(w, QComboBox)
            return w.currentData()
        if binding.kind in ("tags", "line"):
            assert isinstance(w, QLineEdit)
            return w.text()
        if binding.kind == "spin":
            assert isinstance(w, QSpinBox)
            return w.value()
        assert isinstance(w, OptionalDateEdit)
        return w.value()

    def _value(self, key: Key) -> Any:
        """The widget's value as saved: tags as a sorted list, the rest as shown."""
        binding = self._fields[key]
        if binding.kind == "tags":
            assert isinstance(binding.widget, TagsEdit)
            return binding.widget.tags()
        return self._raw(key)

    def _set_raw(self, key: Key, value: Any) -> None:
        binding = self._fields[key]
        w = binding.widget
        if binding.kind == "text":
            assert isinstance(w, QPlainTextEdit)
            old = w.toPlainText()
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
        elif binding.kind == "combo":
            assert isinstance(w, QComboBox)
            index = w.findData(value)
            if index < 0 and value is not None:
                w.addItem(str(value), value)
                index = w.count() - 1
            w.setCurrentIndex(max(index, 0))
        elif binding.kind in ("tags", "line"):
            assert isinstance(w, QLineEdit)
            if w.text() != value:
                w.setText(value)
        elif binding.kind == "spin":
            assert isinstance(w, QSpinBox)
            w.setValue(int(value))
        else:
            assert isinstance(w, OptionalDateEdit)
            w.set_value(value)

    def _set_widget_read_only(self, widget: QWidget, read_only: bool) -> None:
        if isinstance(widget, QPlainTextEdit | QLineEdit):
            widget.setReadOnly(read_only)
        else:
            widget.setEnabled(not read_only)

    def _dirty_keys(self) -> list[Key]:
        return [k for k in self._fields if k[1] != "reason" and self._value(k) != self._saved.get(k)]

    # Showing a commitment

    def _show(self, detail: CommitmentDetail | None) -> None:
        self._timer.stop()
        self._problems.clear()
        self._save_error = None
        self._saved_at = None
        if detail is None:
            self._cid = None
            self.title.setText(self.tr("Positions"))
            self.tabs.hide()
            self.placeholder.show()
            self._group.setActiveStack(None)  # type: ignore[arg-type]  # Qt takes nullptr
            self._update_problems()
            self._set_state("saved")
            return
        author = self.author_provider()
        own = (author.delegation or "").upper() or None
        parties = sorted(detail.summit.parties, key=lambda p: p.code != own)
        self._loading = True
        try:
            if [p.code for p in parties] != self.party_codes:
                self._rebuild_tabs(parties, own)
            positions = {p.party_code: p for p in detail.positions}
            for party in parties:
                self._fill_position(party.code, positions.get(party.code))
            self._fill_status(detail.status)
            try:
                known = annotate.all_tags(self.store)
            except NalsError:
                known = []
            for party in parties:
                widget = self._fields[(party.code, "tags")].widget
                assert isinstance(widget, TagsEdit)
                widget.set_known_tags(known)
        finally:
            self._loading = False
        self._cid = detail.id
        self._reference = detail.reference
        self.title.setText(self.tr("Positions on {ref}").format(ref=detail.reference))
        self.title.setToolTip(detail.text)
        self.placeholder.hide()
        self.tabs.show()
        for i in range(self.tabs.count()):
            page = self.tabs.widget(i)
            if isinstance(page, QScrollArea):
                page.verticalScrollBar().setValue(0)
        stack = self._stacks.get(detail.id)
        if stack is None:
            stack = self._stacks[detail.id] = QUndoStack(self._group)
        stack.setClean()
        self._group.setActiveStack(stack)
        self._update_problems()
        self._set_state("saved")

    def _fill_position(self, code: str, pos: PositionDTO | None) -> None:
        values: dict[str, Any] = {
            "stance": pos.stance if pos else None,
            "priority": pos.priority if pos else None,
            "marking": pos.marking if pos else DEFAULT_MARKINGS[0],
            "tags": sorted(pos.tags, key=str.casefold) if pos else [],
            **{name: getattr(pos, name) if pos else "" for name in annotate.TEXT_FIELDS},
        }
        for name, value in values.items():
            key = (code, name)
            self._set_raw(key, ", ".join(value) if name == "tags" else value)
            self._saved[key] = value
            self._last[key] = self._raw(key)
        self._show_info(code, pos.updated_by if pos else "", pos.updated_at if pos else None)

    def _fill_status(self, status: StatusDTO | None) -> None:
        values: dict[str, Any] = {
            "status": status.status if status else None,
            "progress": status.progress if status else 0,
            "evidence": status.evidence if status else "",
            "as_of": status.as_of.isoformat() if status and status.as_of else None,
            "reason": "",
        }
        for name, value in values.items():
            key = (STATUS, name)
            self._set_raw(key, value)
            self._saved[key] = value
            self._last[key] = self._raw(key)
        self._allow_no_status(status is None)
        if status is None:
            self._info[STATUS].setText(self.tr("No status recorded yet."))
        else:
            self._show_status_info(status.reason, status.updated_by, status.updated_at)

    def _allow_no_status(self, allowed: bool) -> None:
        combo = self._fields[(STATUS, "status")].widget
        assert isinstance(combo, QComboBox)
        item = combo.model().item(0)  # type: ignore[attr-defined]
        item.setEnabled(allowed)

    def _show_info(self, code: str, who: str, when: datetime | None) -> None:
        label = self._info.get(code)
        if label is not None:
            label.setText(
                self.tr("Last saved by {who}, {when}").format(who=who, when=local_time(when))
                if when
                else self.tr("Nothing recorded yet.")
            )

    def _show_status_info(self, reason: str, who: str, when: datetime | None) -> None:
        self._info[STATUS].setText(
            self.tr("Last change by {who}, {when}: {reason}").format(
                who=who, when=local_time(when), reason=reason or self.tr("no reason given")
            )
        )

    # Edits, undo and problems

    def _on_widget_changed(self, key: Key) -> None:
        if self._loading or self._applying or key not in self._fields:
            return
        new = self._raw(key)
        old = self._last.get(key)
        if new == old:
            return
        self._last[key] = new
        party = key[0] or self.tr("status")
        stack = self._group.activeStack()
        if stack is not None:
            stack.push(
                _FieldEdit(
                    self,
                    key,
                    old,
                    new,
                    self.tr("edit {field} ({party})").format(field=field_label(key[1]), party=party),
                )
            )
        self._after_change(key)

    def _apply_undo(self, key: Key, value: Any) -> None:
        if key not in self._fields or self._read_only:
            return
        self._applying = True
        try:
            self._set_raw(key, value)
            self._last[key] = self._raw(key)
        finally:
            self._applying = False
        widget = self._fields[key].widget
        page = self._page_of(widget)
        if page is not None:  # show the user what changed back
            self.tabs.setCurrentWidget(page)
            if isinstance(page, QScrollArea):
                page.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self._after_change(key)

    def _after_change(self, key: Key) -> None:
        self._check(key)
        self._check_status()
        self._update_problems()
        if self._cid is None or self._read_only:
            return
        self._set_state("unsaved" if self._dirty_keys() or self._problems else "saved")
        self._timer.start()

    def _check(self, key: Key) -> None:
        self._problems.pop(key, None)
        party, name = key
        try:
            if party == STATUS:
                rules.validate_status_changes({name: self._value(key)})
            else:
                rules.validate_position_changes({name: self._value(key)})
        except rules.FieldError as exc:
            self._problems[key] = self.tr(
                "{problem} It is kept here but not saved until you change it."
            ).format(problem=exc.message(field_label(name) + self._party_name(party)))

    def _party_name(self, code: str) -> str:
        for party in self._parties:
            if party.code == code:
                return f" ({party.name})"
        return ""

    def _check_status(self) -> None:
        status_key, reason_key = (STATUS, "status"), (STATUS, "reason")
        self._problems.pop(status_key, None)
        self._problems.pop(reason_key, None)
        if not self._fields or status_key not in self._fields:
            return
        self._check(reason_key)
        if reason_key in self._problems:
            return
        current = self._value(status_key)
        changed = current != self._saved.get(status_key)
        if current is None and any(
            self._value((STATUS, n)) != self._saved.get((STATUS, n))
            for n in ("progress", "evidence", "as_of")
        ):
            self._problems[status_key] = self.tr(
                "Choose a status first: progress, evidence and the date are recorded with a status."
            )
        elif changed and current is not None and not self._value(reason_key).strip():
            self._problems[reason_key] = self.tr(
                "The status changed: say why in “Reason for this change”. "
                "The new status is saved once a reason "
                "is given; your other changes are saved as usual."
            )

    def _update_problems(self) -> None:
        for key, binding in self._fields.items():
            if binding.message is not None:
                text = self._problems.get(key, "")
                binding.message.setText(text)
                binding.message.setVisible(bool(text))
            bad = key in self._problems
            if bool(binding.widget.property("problem")) != bad:
                binding.widget.setProperty("problem", bad)
                binding.widget.setStyleSheet(
                    "QPlainTextEdit, QLineEdit, QComboBox { border: 2px solid #c62828; }" if bad else ""
                )
        # Problems on the tab in view are shown beside their fields; the banner names those elsewhere.
        current = self.tabs.currentWidget()
        messages = [
            self.tr("{tab}: {problem}").format(tab=self.tabs.tabText(self.tabs.indexOf(page)), problem=text)
            for key, text in self._problems.items()
            if key in self._fields
            and (page := self._page_of(self._fields[key].widget)) is not None
            and page is not current
        ]
        if self._save_error:
            messages.append(self._save_error)
        self.banner.setText("\n".join(messages))
        self.banner.setVisible(bool(messages))

    def _page_of(self, widget: QWidget) -> QWidget | None:
        for i in range(self.tabs.count()):
            page = self.tabs.widget(i)
            if page is not None and page.isAncestorOf(widget):
                return page
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
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
                    if redo:
                        self.redo()
                    else:
                        self.undo()
                return True
        return super().eventFilter(watched, event)

    # Saving

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None and self._contains(old) and (new is None or not self._contains(new)):
            self.flush()

    def _contains(self, widget: QWidget) -> bool:
        w: QWidget | None = widget
        while w is not None:
            if w is self:
                return True
            w = w.parentWidget()
        return False

    def _on_unit_finished(self) -> None:
        # Tags and the reason are saved when the user leaves them (not in the middle of a word).
        if self._cid is not None and self._dirty_keys():
            self._save(deferred=True)

    def hideEvent(self, event: Any) -> None:
        self.flush()
        super().hideEvent(event)

    def _autosave(self) -> None:
        self._save(deferred=True)

    def _save(self, *, deferred: bool) -> bool:
        """Save what differs from the store. ``deferred`` (the timer) leaves the tag or reason being typed."""
        self._timer.stop()
        if self._cid is None or self._read_only or self._saving:
            return self._cid is None or self._read_only
        dirty = self._dirty_keys()
        if not dirty and not self._problems and not self._save_error:
            if self._state != "saved":
                self._set_state("saved")
            return True
        focus = QApplication.focusWidget()
        held: list[Key] = []
        results: list[annotate.Changes] = []
        failure: BaseException | None = None
        self._saving = True
        self._set_state("saving")
        try:
            author = self.author_provider()
            for party in self._parties:
                changes = {}
                for name in annotate.POSITION_FIELDS:
                    key = (party.code, name)
                    if key not in dirty or key in self._problems:
                        continue
                    if deferred and name == "tags" and focus is self._fields[key].widget:
                        held.append(key)
                        continue
                    changes[name] = self._value(key)
                if changes:
                    results.append(annotate.set_position(self.store, self._cid, party.code, changes, author))
                    for name, value in changes.items():
                        self._saved[(party.code, name)] = value
                    self._show_info(party.code, author.name, datetime.now().astimezone())
            held += self._save_status(dirty, deferred, focus, author, results)
        except (NalsError, OSError) as exc:
            failure = exc
        except Exception as exc:  # a bug: keep what was typed, say so
            log.exception("saving positions failed")
            failure = exc
        finally:
            self._saving = False
        merged = annotate.Changes.union(results)
        for stack in (self._group.activeStack(),):
            if stack is not None:
                stack.setClean()  # the next keystroke starts a new undo step
        self._check_status()
        if failure is not None:
            self._save_error = self.tr("Not saved: {error}").format(
                error=str(failure) or type(failure).__name__
            )
            if self._reported_error != self._save_error:
                self._reported_error = self._save_error
                self.errors.report_exception(self.tr("Your changes could not be saved"), failure, parent=self)
        else:
            self._save_error = None
            self._reported_error = None
        self._update_problems()
        if merged is not None:
            self._saved_at = datetime.now()
            self.saved.emit(merged)
        if failure is not None or self._problems:
            self._set_state("error")
            return False
        if held or self._dirty_keys():
            self._set_state("unsaved")
            return False
        self._set_state("saved")
        return True

    def _save_status(
        self,
        dirty: list[Key],
        deferred: bool,
        focus: QWidget | None,
        author: Author,
        results: list[annotate.Changes],
    ) -> list[Key]:
        keys = [(STATUS, n) for n in STATUS_VALUES if (STATUS, n) in dirty]
        if not keys or self._cid is None:
            return []
        reason_key = (STATUS, "reason")
        if deferred and focus is self._fields[reason_key].widget:
            return keys  # the reason is being typed: wait for it
        if (STATUS, "status") in self._problems or (
            reason_key in self._problems and self._saved[(STATUS, "status")] is None
        ):
            return keys  # no status to record the rest with
        payload = {k[1]: self._value(k) for k in keys if k not in self._problems}
        if reason_key in self._problems:
            payload.pop("status", None)  # the rest is saved; the status waits for its reason
        if not payload:
            return keys
        reason = self._value(reason_key).strip()
        if reason:
            payload["reason"] = reason
        results.append(annotate.set_status(self.store, self._cid, payload, author))
        for name, value in payload.items():
            if name != "reason":
                self._saved[(STATUS, name)] = value
        if "status" in payload:
            self._allow_no_status(False)
        if reason:
            self._applying = True
            try:
                self._set_raw(reason_key, "")
                self._last[reason_key] = ""
            finally:
                self._applying = False
            self._show_status_info(reason, author.name, datetime.now().astimezone())
        return [k for k in keys if k[1] not in payload]

    def _set_state(self, state: str) -> None:
        self._state = state
        if self._read_only:
            text = self.tr("Read-only")
        elif state == "saving":
            text = self.tr("Saving…")
        elif state == "unsaved":
            text = self.tr("Unsaved changes")
        elif state == "error":
            text = self.tr("Not saved: see the message")
        elif self._saved_at is not None:
            text = self.tr("Saved {time}").format(time=self._saved_at.strftime("%H:%M:%S"))
        else:
            text = self.tr("All changes saved") if self._cid else ""
        colour = {"error": "#b3261e", "unsaved": "#8a5a00"}.get(state, "gray")
        self.indicator.setStyleSheet(f"color: {colour};")
        self.indicator.setText(text)
        self.indicator.setAccessibleDescription(text)
        self.state_changed.emit(state)
