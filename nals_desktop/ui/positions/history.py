"""The history panel: a commitment's revisions newest first, field-by-field differences, restore."""

from __future__ import annotations

import difflib
import html
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
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
GraphRole = Qt.ItemDataRole.UserRole + 2  # the row's GraphRow (column "when")


def changed_fields(revision: RevisionDTO) -> list[str]:
    return sorted(revision.changed, key=lambda name: _FIELD_ORDER.get(name, 99))


def author_of(revision: RevisionDTO, by_id: Mapping[str, RevisionDTO]) -> str:
    """Who saved the values of ``revision``: a merge is credited to its first parent's author, as the
    store credits it."""
    for _step in range(len(by_id)):
        parent = revision.parent_id
        if revision.author or not revision.merge_parent_id or parent is None or parent not in by_id:
            break
        revision = by_id[parent]
    return revision.author


def merge_parents(revision: RevisionDTO, by_id: Mapping[str, RevisionDTO]) -> list[RevisionDTO]:
    """The two revisions a merge joins (those the list holds); empty for a plain revision."""
    if not revision.merge_parent_id:
        return []
    return [by_id[p] for p in (revision.parent_id, revision.merge_parent_id) if p and p in by_id]


def who_label(revision: RevisionDTO, by_id: Mapping[str, RevisionDTO]) -> str:
    """The author; for a merge, ``Merged: Ben + Anna`` (its two parents' authors)."""
    if not revision.merge_parent_id:
        return revision.author
    names = [author_of(p, by_id) or "?" for p in merge_parents(revision, by_id)]
    return tr("Merged: {names}").format(names=" + ".join(names) or "?")


@dataclass(frozen=True)
class GraphRow:
    """One row of the history's graph: the revision each lane waits for above and below the row, the lane
    of the row's revision, and its parents (two for a merge)."""

    above: tuple[str | None, ...]
    lane: int
    below: tuple[str | None, ...]
    parents: tuple[str, ...]

    def lane_of(self, rid: str, prefer: int) -> int:
        """The lane below the row that waits for ``rid`` (``prefer`` if it does)."""
        if prefer < len(self.below) and self.below[prefer] == rid:
            return prefer
        return self.below.index(rid) if rid in self.below else prefer


def graph_rows(revisions: Sequence[RevisionDTO]) -> list[GraphRow]:
    """Lanes for ``revisions`` listed newest first: each line of history keeps its lane down to its
    parent; a merge opens a lane for its second parent, which joins the row that parent is on."""
    known = {r.id for r in revisions}
    lanes: list[str | None] = []
    rows = []
    for rev in revisions:
        above = tuple(lanes)
        hits = [i for i, rid in enumerate(lanes) if rid == rev.id]
        if hits:
            lane = hits[0]
            for i in hits[1:]:
                lanes[i] = None  # two lines that wait for the same revision end in it
        else:
            lane = lanes.index(None) if None in lanes else len(lanes)
            lanes[lane:lane] = [] if lane < len(lanes) else [None]
        parents = tuple(p for p in (rev.parent_id, rev.merge_parent_id) if p and p in known)
        lanes[lane] = parents[0] if parents else None
        for parent in parents[1:]:
            if parent not in lanes:
                free = lanes.index(None) if None in lanes else len(lanes)
                if free == len(lanes):
                    lanes.append(parent)
                else:
                    lanes[free] = parent
        while lanes and lanes[-1] is None:
            lanes.pop()
        rows.append(GraphRow(above, lane, tuple(lanes), parents))
    return rows


_LANE_COLOURS = ("#3d6fb6", "#b5651d", "#2e8b57", "#8e44ad", "#c0392b", "#607d8b")
_LANE_WIDTH = 12


class GraphDelegate(QStyledItemDelegate):
    """Draws the revision graph at the left of the "When" column: a dot per revision, a line per line of
    history, two lines joining at a merge (drawn as a ring)."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        row = index.data(GraphRole)
        model = index.model()
        width = model.graph_width if isinstance(model, RevisionModel) else 0
        if not isinstance(row, GraphRow) or width == 0:
            super().paint(painter, option, index)
            return
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        panel = QStyleOptionViewItem(option)
        self.initStyleOption(panel, index)
        panel.text = ""
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, panel, painter, widget)
        rect = option.rect
        top, mid, bottom = rect.top(), rect.center().y() + 0.5, rect.bottom() + 1

        def x(lane: int) -> float:
            return rect.left() + 6 + lane * _LANE_WIDTH

        def pen(lane: int) -> QPen:
            p = QPen(QColor(_LANE_COLOURS[lane % len(_LANE_COLOURS)]), 1.6)
            p.setCapStyle(Qt.PenCapStyle.RoundCap)
            return p

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rid = index.data(RevisionRole)
        for i, waits in enumerate(row.above):
            if waits is None:
                continue
            painter.setPen(pen(i))
            if waits == rid:
                painter.drawLine(QPointF(x(i), top), QPointF(x(row.lane), mid))
            else:
                j = row.lane_of(waits, i)
                painter.drawLine(QPointF(x(i), top), QPointF(x(j), bottom))
        for n, parent in enumerate(row.parents):
            k = row.lane_of(parent, row.lane) if n == 0 else row.below.index(parent)
            painter.setPen(pen(k))
            painter.drawLine(QPointF(x(row.lane), mid), QPointF(x(k), bottom))
        colour = QColor(_LANE_COLOURS[row.lane % len(_LANE_COLOURS)])
        painter.setPen(QPen(colour, 2))
        painter.setBrush(QColor("white") if len(row.parents) > 1 else colour)
        radius = 4.0 if len(row.parents) > 1 else 3.0
        painter.drawEllipse(QPointF(x(row.lane), mid), radius, radius)
        painter.restore()
        shifted = QStyleOptionViewItem(option)
        shifted.rect = rect.adjusted(width, 0, 0, 0)
        super().paint(painter, shifted, index)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        model = index.model()
        if index.column() == 0 and isinstance(model, RevisionModel):
            size.setWidth(size.width() + model.graph_width)
        return size


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
        self.by_id: dict[str, RevisionDTO] = {}
        self.graph: list[GraphRow] = []
        self.graph_width = 0

    def set_revisions(self, revisions: Sequence[RevisionDTO]) -> None:
        self.beginResetModel()
        # A merge has the time of the later of its parents: it is listed above them.
        self.revisions = sorted(
            revisions, key=lambda r: (r.created_at, r.merge_parent_id is not None), reverse=True
        )
        self.by_id = {r.id: r for r in self.revisions}
        self.graph = graph_rows(self.revisions)
        lanes = max((max(len(g.above), len(g.below), g.lane + 1) for g in self.graph), default=0)
        # One line of history (no merge) needs no drawing; a lane column appears with the first merge.
        merged = any(len(g.parents) > 1 for g in self.graph)
        self.graph_width = lanes * _LANE_WIDTH + 6 if merged else 0
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
                return who_label(rev, self.by_id)
            if column == "what":
                return what_label(rev)
            return ", ".join(field_label(f) for f in changed_fields(rev))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "fields":
                return ", ".join(field_label(f) for f in changed_fields(rev))
            if column == "who" and rev.merge_parent_id:
                return tr("Joins two versions saved apart: {names}").format(names=who_label(rev, self.by_id))
            if column == "who":
                return tr("{who} on device {device}").format(who=rev.author, device=rev.device_id)
            if column == "when":
                return tr("{when} (UTC: {utc})").format(
                    when=local_time(rev.created_at), utc=rev.created_at.strftime("%Y-%m-%d %H:%M:%S")
                )
        if role == GraphRole and column == "when" and index.row() < len(self.graph):
            return self.graph[index.row()]
        if role == Qt.ItemDataRole.AccessibleTextRole and column == "fields":
            return ", ".join(field_label(f) for f in changed_fields(rev))
        if role == Qt.ItemDataRole.AccessibleTextRole and column == "who" and rev.merge_parent_id:
            return who_label(rev, self.by_id)
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


def _fields(names: Sequence[str]) -> str:
    return ", ".join(field_label(f) for f in sorted(names, key=lambda n: _FIELD_ORDER.get(n, 99)))


def merge_html(revision: RevisionDTO, by_id: Mapping[str, RevisionDTO]) -> str:
    """For a merge, the two changes it joins, each naming its author and linking to its revision; for
    any revision, the fields still in conflict at it."""
    parts = []
    parents = merge_parents(revision, by_id)
    if len(parents) == 2:
        first, second = (
            '<a href="revision:{id}">{change}</a> ({when})'.format(
                id=html.escape(p.id),
                change=html.escape(
                    tr("{who}’s change of {fields}").format(
                        who=author_of(p, by_id) or "?", fields=_fields(list(p.changed)) or tr("nothing")
                    )
                ),
                when=html.escape(local_time(p.created_at, seconds=False)),
            )
            for p in parents
        )
        merged = html.escape(tr("Merged {first} and {second}.")).format(first=first, second=second)
        parts.append(f"<p>{merged}</p>")
    if revision.conflict_fields:
        still = tr("Still in conflict: {fields} (both versions kept until someone chooses).").format(
            fields=_fields(list(revision.conflict_fields))
        )
        parts.append(f"<p style='color:#8a5a00'>{html.escape(still)}</p>")
    return "".join(parts)


def revision_html(revision: RevisionDTO, by_id: Mapping[str, RevisionDTO] | None = None) -> str:
    """Field-by-field differences of one revision (``by_id``: the others, to name a merge's parents)."""
    by_id = by_id or {}
    head = tr("{what} · {who} · {when}").format(
        what=what_label(revision), who=who_label(revision, by_id), when=local_time(revision.created_at)
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
    if not rows and revision.merge_parent_id and revision.conflict_fields:
        kept = tr("The values shown stay those of {who}; the other side’s are kept in the conflict.").format(
            who=author_of(revision, by_id) or "?"
        )
        rows.append(f"<tr><td>{html.escape(kept)}</td></tr>")
    elif not rows:
        rows.append(f"<tr><td>{html.escape(tr('No field changed.'))}</td></tr>")
    return (
        f"<p style='color:gray'>{html.escape(head)}</p>{merge_html(revision, by_id)}"
        f"<table cellspacing='0'>{''.join(rows)}</table>"
    )


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
        self.view.setItemDelegateForColumn(0, GraphDelegate(self.view))
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
        self.diff.anchorClicked.connect(self._on_link)
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
        self.diff.setHtml(revision_html(rev, self.model.by_id))
        self.restore_button.setEnabled(True)

    def _on_link(self, url: QUrl) -> None:
        # A merge names its parents as links: following one selects that revision.
        if url.scheme() == "revision":
            self.select_revision(url.path())
