"""Conflicts in the position editor: the banner that names them, and a three-column view per field."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from nals_desktop import i18n
from nals_desktop.domain.merge import LONG_TEXT_FIELDS, has_markers, marked_text
from nals_desktop.domain.model import DEFAULT_MARKINGS
from nals_desktop.services.revisions import OpenConflict
from nals_desktop.ui.positions.common import (
    OptionalDateEdit,
    TagsEdit,
    field_label,
    local_time,
    priority_choices,
    set_accessible,
    stance_choices,
    status_choices,
    value_label,
)

_BANNER_STYLE = (
    "QFrame#conflictBanner { background: #fff4d6; border: 1px solid #e0b84a; border-radius: 3px; }"
)
_CHOICE_FIELDS = ("stance", "priority", "status", "marking")


def _choices(field: str) -> list[tuple[str | None, str]]:
    """What a choice field can be set to (a status, once set, is never unset)."""
    if field == "marking":
        return [(m, m) for m in DEFAULT_MARKINGS]
    if field == "status":
        return list(status_choices())
    return [(None, tr("Not set")), *(stance_choices() if field == "stance" else priority_choices())]


def tr(text: str) -> str:
    return QCoreApplication.translate("Conflicts", text)


def side_byline(author: str, when: datetime | None) -> str:
    """``Anna · 2026-12-04 20:01``: who saved a side and when, as far as the store knows."""
    who = author or tr("someone unnamed")
    return tr("{who} · {when}").format(who=who, when=local_time(when, seconds=False)) if when else who


def _and(names: Sequence[str]) -> str:
    """``Anna``, ``Anna and Ben``, ``Anna, Ben and Carla``."""
    if len(names) < 2:
        return "".join(names)
    return tr("{names} and {last}").format(names=", ".join(names[:-1]), last=names[-1])


def banner_text(conflicts: Sequence[OpenConflict], where: dict[str | None, str], me: str) -> str:
    """How many fields are in conflict, between whose changes, and which fields."""
    names = sorted({a for c in conflicts for a in (c.ours_author, c.theirs_author) if a})
    others = [n for n in names if n != me]
    n = len(conflicts)
    count = QCoreApplication.translate("Conflicts", "{n} field in conflict", "", n).format(n=i18n.number(n))
    if me and me in names and others:
        between = tr("between your changes and those of {others}").format(others=_and(others))
    elif len(names) > 1:
        between = tr("between the changes of {names}").format(names=_and(names))
    else:
        between = tr("between two versions saved apart")
    fields = ", ".join(
        f"{field_label(c.field)} ({where.get(c.party_code, c.party_code or '')})" for c in conflicts
    )
    return tr("{count} {between}: {fields}. The later save is shown until someone chooses.").format(
        count=count, between=between, fields=fields
    )


def _short(text: str, limit: int = 160) -> str:
    """``text`` cut to ``limit`` characters, for a description read aloud."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _mark_new_lines(text: QPlainTextEdit, base: str) -> None:
    """Highlight the lines of ``text`` that are not in ``base``: what that side wrote."""
    old = set(base.split("\n"))
    marks = []
    block = text.document().firstBlock()
    while block.isValid():
        if block.text() not in old:
            mark = QTextEdit.ExtraSelection()
            mark.format.setBackground(QColor("#d4f5d4"))
            mark.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            mark.cursor = QTextCursor(block)
            marks.append(mark)
        block = block.next()
    text.setExtraSelections(marks)


class ConflictBanner(QFrame):
    """Says that the commitment shown has fields in conflict, and leads to them."""

    review_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictBanner")
        self.setStyleSheet(_BANNER_STYLE)
        self.label = QLabel(self)
        self.label.setObjectName("conflictBannerText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # names and values are user text
        self.label.setStyleSheet("color: #5c4100;")
        self.button = QPushButton(tr("Resolve &conflicts"), self)
        self.button.setObjectName("reviewConflicts")
        self.button.clicked.connect(self.review_requested)
        set_accessible(self.button, tr("Resolve conflicts"), tr("Show each conflicting field side by side"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()

    def show_text(self, text: str) -> None:
        self.label.setText(text)
        set_accessible(self.label, tr("Conflicts"), text)
        self.setVisible(bool(text))


class ConflictView(QGroupBox):
    """One conflicting field: the value before both changes, ours (shown now) and theirs side by side, with
    "Take ours", "Take theirs" and an edit of the merged value. Emits ``resolve_requested(conflict, choice,
    value)``: choice "ours" or "theirs" (value None), or None with the value written or chosen here."""

    resolve_requested = Signal(object, object, object)

    def __init__(self, conflict: OpenConflict, where: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        name = field_label(conflict.field)
        self.setTitle(tr("{field} — {where}").format(field=name, where=where))
        self.setObjectName(f"conflict-{conflict.party_code or 'status'}-{conflict.field}")
        set_accessible(
            self,
            tr("Conflict on {field} ({where})").format(field=name, where=where),
            tr("Both versions of this field are kept; choose one or write the merged value"),
        )
        long_text = conflict.field in LONG_TEXT_FIELDS
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        columns = (
            ("base", tr("Before both changes"), tr("the common version"), conflict.base),
            (
                "ours",
                tr("Ours (shown now)"),
                side_byline(conflict.ours_author, conflict.ours_at),
                conflict.ours,
            ),
            (
                "theirs",
                tr("Theirs"),
                side_byline(conflict.theirs_author, conflict.theirs_at),
                conflict.theirs,
            ),
        )
        self.values: dict[str, QWidget] = {}
        tallest = max(len(v.split("\n")) if isinstance(v, str) else 1 for *_c, v in columns)
        for col, (side, heading, byline, value) in enumerate(columns):
            head = QLabel(heading, self)
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            by = QLabel(byline, self)
            by.setTextFormat(Qt.TextFormat.PlainText)
            by.setStyleSheet("color: gray;")
            by.setWordWrap(True)
            set_accessible(by, tr("{side}: saved by").format(side=heading), byline)
            shown = value_label(conflict.field, value)
            body: QWidget
            if long_text:
                text = QPlainTextEdit(self)
                text.setReadOnly(True)
                text.setPlainText(value if isinstance(value, str) else shown)
                text.setTabChangesFocus(True)
                text.setMinimumWidth(120)
                lines = min(max(tallest + 2, 4), 12)
                text.setFixedHeight(text.fontMetrics().lineSpacing() * lines + 12)
                if side != "base":
                    _mark_new_lines(text, conflict.base if isinstance(conflict.base, str) else "")
                body = text
            else:
                label = QLabel(shown, self)
                label.setTextFormat(Qt.TextFormat.PlainText)
                label.setWordWrap(True)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                body = label
            body.setObjectName(f"{side}Value")
            set_accessible(body, tr("{side}: {field}").format(side=heading, field=name), shown)
            self.values[side] = body
            grid.addWidget(head, 0, col)
            grid.addWidget(by, 1, col)
            grid.addWidget(body, 2, col, Qt.AlignmentFlag.AlignTop)
            grid.setColumnStretch(col, 1)

        self.take_ours = QPushButton(tr("Take &ours"), self)
        self.take_ours.setObjectName("takeOurs")
        set_accessible(
            self.take_ours,
            tr("Take ours"),
            tr("Keep the value shown now, saved by {who}: {value}").format(
                who=conflict.ours_author, value=_short(value_label(conflict.field, conflict.ours))
            ),
        )
        self.take_ours.clicked.connect(lambda: self.resolve_requested.emit(self.conflict, "ours", None))
        self.take_theirs = QPushButton(tr("Take &theirs"), self)
        self.take_theirs.setObjectName("takeTheirs")
        set_accessible(
            self.take_theirs,
            tr("Take theirs"),
            tr("Take the other version, saved by {who}: {value}").format(
                who=conflict.theirs_author, value=_short(value_label(conflict.field, conflict.theirs))
            ),
        )
        self.take_theirs.clicked.connect(lambda: self.resolve_requested.emit(self.conflict, "theirs", None))
        self.edit_button = QPushButton(
            tr("Edit the &merged text") if long_text else tr("Choose a &value"), self
        )
        self.edit_button.setObjectName("editMerged")
        self.edit_button.setCheckable(True)
        set_accessible(
            self.edit_button,
            self.edit_button.text(),
            tr("Write the value that settles the conflict, starting from both versions"),
        )
        self.edit_button.toggled.connect(self._toggle_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.take_ours)
        buttons.addWidget(self.take_theirs)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)

        self.editor_box = QWidget(self)
        box = QVBoxLayout(self.editor_box)
        box.setContentsMargins(0, 0, 0, 0)
        self.input = self._make_input()
        self.input.setObjectName("mergedValue")
        set_accessible(
            self.input,
            tr("Merged value of {field}").format(field=name),
            tr("Lines between <<<<<<< and >>>>>>> clash: keep what should stay and remove the marker lines")
            if long_text
            else tr("The value that settles the conflict"),
        )
        self.hint = QLabel(self.editor_box)
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setObjectName("mergedHint")
        set_accessible(
            self.hint, tr("Merge hint"), tr("What is left to do before the merged value can be used")
        )
        self.apply_button = QPushButton(tr("&Use this value"), self.editor_box)
        self.apply_button.setObjectName("useMerged")
        set_accessible(
            self.apply_button, tr("Use this value"), tr("Settle the conflict with the value written above")
        )
        self.apply_button.clicked.connect(self._apply)
        self.cancel_button = QPushButton(tr("Cancel"), self.editor_box)
        self.cancel_button.setObjectName("cancelMerged")
        set_accessible(
            self.cancel_button, tr("Cancel"), tr("Close the merged value without settling anything")
        )
        self.cancel_button.clicked.connect(lambda: self.edit_button.setChecked(False))
        row = QHBoxLayout()
        row.addWidget(self.hint, 1)
        row.addWidget(self.apply_button)
        row.addWidget(self.cancel_button)
        box.addWidget(self.input)
        box.addLayout(row)
        self.editor_box.hide()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet("color: #8a1c12;")
        set_accessible(self.message, tr("Why it was not settled"), "")
        self.message.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        layout.addWidget(self.editor_box)
        layout.addWidget(self.message)

    def _make_input(self) -> QWidget:
        c = self.conflict
        if c.field in LONG_TEXT_FIELDS:
            text = QPlainTextEdit(self.editor_box)
            text.setTabChangesFocus(True)
            ours, theirs = (
                c.ours if isinstance(c.ours, str) else "",
                c.theirs if isinstance(c.theirs, str) else "",
            )
            text.setPlainText(
                marked_text(
                    c.base if isinstance(c.base, str) else "",
                    ours,
                    theirs,
                    ours_label=c.ours_author or tr("ours"),
                    theirs_label=c.theirs_author or tr("theirs"),
                )
            )
            text.setMinimumHeight(text.fontMetrics().lineSpacing() * 7 + 10)
            text.textChanged.connect(self._update_hint)
            return text
        if c.field in _CHOICE_FIELDS:
            combo = QComboBox(self.editor_box)
            for value, label in _choices(c.field):
                combo.addItem(label, value)
            combo.setCurrentIndex(max(combo.findData(c.value), 0))
            return combo
        if c.field == "tags":
            tags = TagsEdit(self.editor_box)
            tags.setText(", ".join(c.value or ()))
            tags.returnPressed.connect(self._apply)
            return tags
        if c.field == "progress":
            spin = QSpinBox(self.editor_box)
            spin.setRange(0, 100)
            spin.setSuffix(" %")
            spin.setValue(int(c.value or 0))
            return spin
        if c.field == "as_of":
            date = OptionalDateEdit(self.editor_box)
            date.set_value(c.value)
            return date
        line = QLineEdit(self.editor_box)
        line.setText("" if c.value is None else str(c.value))
        line.returnPressed.connect(self._apply)  # Enter uses it, as the button would
        return line

    def value(self) -> Any:
        """The value written or chosen in the merged-value input."""
        w = self.input
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        if isinstance(w, QComboBox):
            return w.currentData()
        if isinstance(w, TagsEdit):
            return w.tags()
        if isinstance(w, QSpinBox):
            return w.value()
        if isinstance(w, OptionalDateEdit):
            return w.value()
        assert isinstance(w, QLineEdit)
        return w.text()

    def set_read_only(self, read_only: bool) -> None:
        for button in (self.take_ours, self.take_theirs, self.edit_button, self.apply_button):
            button.setEnabled(not read_only)
        if read_only:
            self.edit_button.setChecked(False)
        else:
            self._update_hint()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleDescription(text)
        self.message.setVisible(bool(text))

    def _toggle_edit(self, on: bool) -> None:
        self.editor_box.setVisible(on)
        self._update_hint()
        if on:
            self.input.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_hint(self) -> None:
        marked = isinstance(self.input, QPlainTextEdit) and has_markers(self.input.toPlainText())
        self.hint.setText(
            tr("Keep what should stay of each block between the marker lines, then remove the marker lines.")
            if marked
            else ""
        )
        self.apply_button.setEnabled(not marked and self.take_ours.isEnabled())

    def _apply(self) -> None:
        if self.apply_button.isEnabled():
            self.resolve_requested.emit(self.conflict, None, self.value())


def _identity(c: OpenConflict) -> tuple[Any, ...]:
    """What makes a conflict the same one after another revision became the head."""
    return (c.commitment_id, c.party_code, c.field, repr(c.base), repr(c.ours), repr(c.theirs))


class ConflictPage(QScrollArea):
    """The editor's "Conflicts" tab: a ConflictView per open conflict of the commitment shown."""

    resolve_requested = Signal(object, object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflicts")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the columns narrow instead
        set_accessible(
            self,
            tr("Conflicts"),
            tr("Each field changed differently on two laptops, with both versions side by side"),
        )
        self.views: list[ConflictView] = []

    def show_conflicts(self, conflicts: Sequence[OpenConflict], where: dict[str | None, str]) -> None:
        """A view per conflict. When only some were settled (a choice here, a save of the field), the
        others' views stay as they are, a merged text being written in one included."""
        shown = {_identity(v.conflict): v for v in self.views}
        if self.views and {_identity(c) for c in conflicts} <= shown.keys():
            kept = {_identity(c) for c in conflicts}
            for key, view in shown.items():
                if key not in kept:
                    self.views.remove(view)
                    view.hide()
                    view.deleteLater()
            for conflict in conflicts:
                shown[_identity(conflict)].conflict = conflict
            return
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(8, 6, 8, 8)
        intro = QLabel(
            tr(
                "These fields were changed differently on two laptops. Both versions are kept; the later "
                "save is shown until you choose. Choosing writes a new revision that settles the field on "
                "every laptop it reaches; saving a new value of the field in its tab settles it too."
            ),
            inner,
        )
        intro.setWordWrap(True)
        intro.setStyleSheet("color: gray;")
        set_accessible(intro, tr("About conflicts"), intro.text())
        layout.addWidget(intro)
        self.views = []
        for conflict in conflicts:
            view = ConflictView(conflict, where.get(conflict.party_code, conflict.party_code or ""), inner)
            view.resolve_requested.connect(self.resolve_requested)
            layout.addWidget(view)
            self.views.append(view)
        layout.addStretch(1)
        self.setWidget(inner)  # deletes the previous one

    def view(self, party_code: str | None, field: str) -> ConflictView:
        """The view of the conflict on ``field`` of ``party_code``'s position (None: the status)."""
        return next(v for v in self.views if (v.conflict.party_code, v.conflict.field) == (party_code, field))

    def set_read_only(self, read_only: bool) -> None:
        for view in self.views:
            view.set_read_only(read_only)
