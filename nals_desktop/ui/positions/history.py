"""The history panel: a commitment's revisions newest first, field-by-field differences, restore."""

from __future__ import annotations

import difflib
import html
import re
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from nals_desktop.domain import rules
from nals_desktop.domain.errors import NalsError
from nals_desktop.services import annotate
from nals_desktop.services.dto import RevisionDTO
from nals_desktop.services.identity import Author
from nals_desktop.store.engine import Store
from nals_desktop.ui.errors import ErrorReporter
from nals_desktop.ui.positions.common import field_label, local_time, set_accessible, tr, value_label

_FIELD_ORDER = {name: i for i, name in enumerate((*rules.POSITION_FIELDS, *rules.STATUS_FIELDS))}
_LONG_TEXT = 10_000  # changed text beyond this is compared line by line (word diffs get slow)
_CONTEXT = 160  # characters of unchanged text kept on each side of a change
_INSERT = "background-color:#d4f5d4; color:#0b3d0b;"
_DELETE = "background-color:#fbd9d6; color:#6b0f08; text-decoration:line-through;"

RevisionRole = Qt.ItemDataRole.UserRole + 1


def changed_fields(revision: RevisionDTO) -> list[str]:
    return sorted(revision.changed, key=lambda name: _FIELD_ORDER.get(name, 99))


def what_label(revision: RevisionDTO) -> str:
    if revision.entity_type == "status":
        return tr("Implementation status")
    return tr("Position of {party}").format(party=revision.party_code or "?")


class RevisionModel(QAbstractTableModel):
    """Revisions (plain DTOs), newest first: when, who, what, which fields."""

    COLUMNS = ("when", "who", "what", "fields")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.revisions: list[RevisionDTO] = []

    def set_revisions(self, revisions: Sequence[RevisionDTO]) -> None:
        self.beginResetModel()
        self.revisions = sorted(revisions, key=lambda r: r.created_at, reverse=True)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.revisions)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return (tr("When"), tr("Who"), tr("What"), tr("Fields changed"))[section]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.revisions):
            return None
        rev = self.revisions[index.row()]
        column = self.COLUMNS[index.column()]
        if role == RevisionRole:
            return rev.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "when":
                return local_time(rev.created_at)
            if column == "who":
                return rev.author
            if column == "what":
                return what_label(rev)
            return ", ".join(field_label(f) for f in changed_fields(rev))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "fields":
                return ", ".join(field_label(f) for f in changed_fields(rev))
            if column == "who":
                return tr("{who} on device {device}").format(who=rev.author, device=rev.device_id)
            if column == "when":
                return tr("{when} (UTC: {utc})").format(
                    when=local_time(rev.created_at), utc=rev.created_at.strftime("%Y-%m-%d %H:%M:%S")
                )
        if role == Qt.ItemDataRole.AccessibleTextRole and column == "fields":
            return ", ".join(field_label(f) for f in changed_fields(rev))
        return None


def _tokens(text: str) -> list[str]:
    return re.findall(r"\s+|\w+|[^\w\s]", text)


def _span(text: str, style: str) -> str:
    return f'<span style="{style}">{html.escape(text)}</span>' if text else ""


def _equal(text: str) -> str:
    """Unchanged text, long runs shortened to their ends so the changes stand out."""
    if len(text) <= _CONTEXT * 3:
        return html.escape(text)
    return (
        html.escape(text[:_CONTEXT]) + '<span style="color:gray"> […] </span>' + html.escape(text[-_CONTEXT:])
    )


def _common_ends(old: str, new: str) -> tuple[int, int]:
    """Lengths of the common prefix and suffix, cut back to whitespace so no word is split."""
    limit = min(len(old), len(new))
    p = 0
    while p < limit and old[p] == new[p]:
        p += 1
    while p > 0 and p < limit and not old[p - 1].isspace():
        p -= 1
    q = 0
    while q < limit - p and old[len(old) - 1 - q] == new[len(new) - 1 - q]:
        q += 1
    while q > 0 and q < limit - p and not old[len(old) - q].isspace():
        q -= 1
    return p, q


def text_diff_html(old: str, new: str) -> str:
    """``old`` → ``new`` as one text, deletions struck through in red and insertions in green."""
    p, q = _common_ends(old, new)
    mid_old, mid_new = old[p : len(old) - q], new[p : len(new) - q]
    long = len(mid_old) + len(mid_new) > _LONG_TEXT
    if long:
        a, b = mid_old.splitlines(keepends=True), mid_new.splitlines(keepends=True)
    else:
        a, b = _tokens(mid_old), _tokens(mid_new)
    parts = [_equal(old[:p])]
    # autojunk keeps very repetitive long texts fast; short ones get the exact word diff.
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=long).get_opcodes():
        if op == "equal":
            parts.append(_equal("".join(a[i1:i2])))
        else:
            parts.append(_span("".join(a[i1:i2]), _DELETE))
            parts.append(_span("".join(b[j1:j2]), _INSERT))
    parts.append(_equal(old[len(old) - q :]))
    return "".join(parts)


def revision_html(revision: RevisionDTO) -> str:
    """Field-by-field differences of one revision."""
    head = tr("{what} · {who} · {when}").format(
        what=what_label(revision), who=revision.author, when=local_time(revision.created_at)
    )
    rows = []
    for name in changed_fields(revision):
        old, new = revision.changed[name]
        if (
            name in (*rules.TEXT_FIELDS, "evidence", "reason")
            and isinstance(old, str)
            and isinstance(new, str)
            and old
            and new
        ):
            change = f'<div style="white-space:pre-wrap">{text_diff_html(old, new)}</div>'
        else:
            before, after = value_label(name, old), value_label(name, new)
            change = (
                f'<div style="white-space:pre-wrap">{_span(before, _DELETE)} → {_span(after, _INSERT)}</div>'
            )
        rows.append(
            f"<tr><td style='padding:4px 10px 4px 0; vertical-align:top'><b>{html.escape(field_label(name))}"
            f"</b></td><td style='padding:4px 0'>{change}</td></tr>"
        )
    if not rows:
        rows.append(f"<tr><td>{html.escape(tr('No field changed.'))}</td></tr>")
    return f"<p style='color:gray'>{html.escape(head)}</p><table cellspacing='0'>{''.join(rows)}</table>"


class HistoryPanel(QWidget):
    """Who changed what and when on one commitment; any revision can be restored (as a new revision).

    ``HistoryPanel(store, author_provider, parent=None, *, errors=None)``;
    ``load(commitment_id, revisions=None)`` (``revisions``: an already fetched ``CommitmentDetail.history``,
    saves a query); ``refresh()``; ``restore_selected()``. Signals: ``about_to_restore()`` (connect the
    editor's ``flush``), ``restored(Changes)`` after a restore that changed something (reload the editor).
    """

    restored = Signal(object)
    about_to_restore = Signal()  # connect PositionEditor.flush: pending edits are saved before the restore

    def __init__(
        self,
        store: Store,
        author_provider: Callable[[], Author],
        parent: QWidget | None = None,
        *,
        errors: ErrorReporter | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.author_provider = author_provider
        self.errors = errors or ErrorReporter(self)
        self.commitment_id: str | None = None
        self.setObjectName("historyPanel")
        set_accessible(
            self,
            self.tr("History"),
            self.tr(
                "Every saved change to the positions and status of the selected commitment, newest first"
            ),
        )
        self.model = RevisionModel(self)
        self.view = QTreeView(self)
        self.view.setObjectName("revisionList")
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.header().setStretchLastSection(True)
        header = self.view.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(60)  # size columns by the newest rows, not all 1,000
        set_accessible(
            self.view,
            self.tr("Revisions"),
            self.tr(
                "Saved changes, newest first: when, who, what and which fields; "
                "select one to see its differences"
            ),
        )
        self.view.selectionModel().currentRowChanged.connect(self._on_selection)
        self.diff = QTextBrowser(self)
        self.diff.setObjectName("revisionDiff")
        self.diff.setOpenLinks(False)
        set_accessible(
            self.diff,
            self.tr("Differences"),
            self.tr(
                "The fields the selected revision changed: "
                "the old value struck through, the new one highlighted"
            ),
        )
        self.restore_button = QPushButton(self.tr("&Restore this revision"), self)
        self.restore_button.setToolTip(
            self.tr("Bring back the values as they were after this revision; this is saved as a new revision")
        )
        set_accessible(self.restore_button, self.tr("Restore this revision"), self.restore_button.toolTip())
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: gray;")
        set_accessible(self.message, self.tr("History message"), self.tr("What the last action did"))
        self.title = QLabel(self.tr("History"), self)  # Alt+H is the Help menu; Alt+Y the tab
        self.title.setBuddy(self.view)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)

        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.diff, 1)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.restore_button)
        bottom_layout.addLayout(row)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        set_accessible(
            self.splitter, self.tr("History divider"), self.tr("Drag to resize the list and the details")
        )
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.splitter, 1)
        QWidget.setTabOrder(self.view, self.diff)
        QWidget.setTabOrder(self.diff, self.restore_button)
        self._show_empty()

    def load(self, commitment_id: str | None, revisions: Sequence[RevisionDTO] | None = None) -> None:
        # Another commitment, or a new save while the newest was shown, opens on the newest change; a
        # reload of the same history keeps an older change the user chose.
        same = commitment_id == self.commitment_id
        self.commitment_id = commitment_id
        self.message.clear()
        if commitment_id is None:
            self.model.set_revisions([])
            self._show_empty()
            return
        if revisions is None:
            try:
                revisions = annotate.history(self.store, commitment_id)
            except NalsError as exc:
                self.errors.report_exception(self.tr("Cannot show the history"), exc, parent=self)
                revisions = []
        selected = self.selected_revision() if same and self.view.currentIndex().row() > 0 else None
        self.model.set_revisions(revisions)
        row = 0
        if selected is not None:
            row = next((i for i, r in enumerate(self.model.revisions) if r.id == selected.id), 0)
        if self.model.revisions:
            self.view.setCurrentIndex(self.model.index(row, 0))
            self.view.scrollTo(self.model.index(row, 0))
        else:
            self._show_empty()

    def refresh(self) -> None:
        self.load(self.commitment_id)

    def selected_revision(self) -> RevisionDTO | None:
        index = self.view.currentIndex()
        if not index.isValid() or not index.row() < len(self.model.revisions):
            return None
        return self.model.revisions[index.row()]

    def select_revision(self, revision_id: str) -> bool:
        for i, rev in enumerate(self.model.revisions):
            if rev.id == revision_id:
                self.view.setCurrentIndex(self.model.index(i, 0))
                return True
        return False

    def restore_selected(self) -> annotate.Changes | None:
        rev = self.selected_revision()
        if rev is None:
            return None
        self.about_to_restore.emit()
        try:
            changes = annotate.restore_revision(self.store, rev.id, self.author_provider())
        except NalsError as exc:
            self.errors.report_exception(self.tr("Cannot restore the revision"), exc, parent=self)
            return None
        if changes.empty:
            self.message.setText(
                self.tr("Nothing to restore: the values of this revision are the current ones.")
            )
            return changes
        self.load(self.commitment_id)
        if changes.revisions:
            self.select_revision(changes.revisions[0])
        self.message.setText(
            self.tr("Restored the revision of {when}; the restore is the new revision above.").format(
                when=local_time(rev.created_at)
            )
        )
        self.restored.emit(changes)
        return changes

    def _show_empty(self) -> None:
        text = self.tr("No changes recorded yet.") if self.commitment_id else self.tr("Select a commitment.")
        self.diff.setHtml(f"<p style='color:gray'>{html.escape(text)}</p>")
        self.restore_button.setEnabled(False)

    def _on_selection(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        rev = self.selected_revision()
        if rev is None:
            self._show_empty()
            return
        self.diff.setHtml(revision_html(rev))
        self.restore_button.setEnabled(True)
