"""The commitments table: the ids of what is shown and a bounded cache of rows fetched a page at a time."""

from __future__ import annotations

import html
import logging
from collections import OrderedDict
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any, TypeAlias

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from nals_desktop import i18n
from nals_desktop.domain.errors import NalsError
from nals_desktop.domain.model import (
    SHORT_STANCE_LABELS,
    ImplementationStatus,
    Priority,
    Stance,
    field_label,
    party_name,
)
from nals_desktop.services import workspace
from nals_desktop.services.workspace import MARK_END, MARK_START, TableQuery, TableRow
from nals_desktop.store.engine import Store
from nals_desktop.ui import icons
from nals_desktop.ui.tasks import Task, TaskContext, TaskError, TaskRunner

log = logging.getLogger("nals.ui.table")

Index: TypeAlias = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()  # the invisible root, as a default argument

IdRole = Qt.ItemDataRole.UserRole + 1
MatchRole = Qt.ItemDataRole.UserRole + 2  # the text with MARK_START/MARK_END around matches, while searching
RowRole = Qt.ItemDataRole.UserRole + 3  # the TableRow

_STANCE = {s.value: s.label for s in Stance}
# More parties than this: the priority, status and last-changed columns come before the party columns,
# so that they stay in view (nine party columns pushed them off the screen).
MANY_PARTIES = 4
_PRIORITY = {p.value: p.label for p in Priority}
_STATUS = {s.value: s.label for s in ImplementationStatus}


@dataclass(frozen=True)
class Column:
    key: str  # the sort key of services.workspace ("reference", "text", "stance:CA", …)
    title: str
    tooltip: str


def local_time(value: datetime | None) -> str:
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


class CommitmentTableModel(QAbstractTableModel):
    """Lazy: ``set_query`` loads only the ids (off the GUI thread); ``data`` fetches rows a page at a time.

    The cache keeps at most ``cache_rows`` rows (least recently used go first), so a store of 100,000
    commitments costs what the screen shows. Sorting is done by the store (``sort`` reruns the query).
    """

    loading = Signal(bool)
    loaded = Signal()  # new ids are in (after the reset)
    failed = Signal(object)  # TaskError of the ids query (e.g. a bad search)

    def __init__(
        self,
        store: Store,
        runner: TaskRunner,
        parent: Any = None,
        *,
        page_size: int = 100,
        cache_rows: int = 1000,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.page_size = max(10, page_size)
        self.cache_rows = max(self.page_size * 2, cache_rows)
        self.query = TableQuery()
        self._ids: list[str] = []
        self._cache: OrderedDict[str, TableRow] = OrderedDict()
        self._parties: list[str] = []
        self._groups = False  # a Group column: some commitment of the scope stands under a sub-heading
        self._columns = self._make_columns([], groups=False)
        self._generation = 0
        self._pending: Task | None = None
        self.fetches = 0  # pages fetched so far (for tests and the benchmark)
        self.fetch_error: str | None = None

    # Columns

    def _make_columns(self, parties: list[str], *, groups: bool) -> list[Column]:
        stances = [
            Column(f"stance:{code}", code, self.tr("{party}'s stance").format(party=party_name(code)))
            for code in parties
        ]
        key = [
            Column("priority", self.tr("Priority"), self.tr("Priority of the first party that set one")),
            Column("status", self.tr("Status"), self.tr("Implementation status")),
            Column(
                "updated",
                self.tr("Last changed"),
                self.tr("When the commitment or a position on it last changed"),
            ),
        ]
        group = Column(
            "group", self.tr("Group"), self.tr("The sub-heading it stands under within its pillar")
        )
        return [
            Column("reference", self.tr("Ref."), self.tr("Reference: tab letter and item number")),
            *([group] if groups else []),
            Column("text", self.tr("Commitment"), self.tr("The commitment's text")),
            *([*key, *stances] if len(parties) > MANY_PARTIES else [*stances, *key]),
        ]

    @property
    def columns(self) -> list[Column]:
        return self._columns

    @property
    def parties(self) -> list[str]:
        return list(self._parties)

    @property
    def groups(self) -> bool:
        """Whether the Group column is shown (some commitment of the scope has a group)."""
        return self._groups

    def column_of(self, key: str) -> int:
        return next((i for i, c in enumerate(self._columns) if c.key == key), -1)

    # Loading

    def set_query(self, query: TableQuery, parties: list[str] | None = None) -> None:
        """Show what ``query`` selects; the current rows stay until the new ids are in."""
        self.query = query
        self._generation += 1
        generation = self._generation
        if self._pending is not None:
            self._pending.cancel()
        parties = self._parties if parties is None else parties
        store = self.store

        def work(ctx: TaskContext) -> tuple[list[str], bool]:
            groups = workspace.has_groups(store, query.summit_id, query.pillar_id)
            return workspace.commitment_ids(store, query), groups

        self.loading.emit(True)
        self._pending = self.runner.submit(
            work,
            on_done=lambda found: self._ids_ready(generation, found[0], found[1], parties),
            on_error=lambda err: self._ids_failed(generation, err),
            owner=self,
        )

    def reload(self) -> None:
        """Run the current query again (after an import, say)."""
        self._cache.clear()
        self.set_query(self.query)

    def _ids_ready(self, generation: int, ids: list[str], groups: bool, parties: list[str]) -> None:
        if generation != self._generation:
            return
        self._pending = None
        self.beginResetModel()
        self._ids = ids
        self._cache.clear()
        self.fetch_error = None
        if parties != self._parties or groups != self._groups:
            self._parties, self._groups = list(parties), groups
            self._columns = self._make_columns(self._parties, groups=groups)
        self.endResetModel()
        self.loading.emit(False)
        self.loaded.emit()

    def _ids_failed(self, generation: int, error: TaskError) -> None:
        if generation != self._generation:
            return
        self._pending = None
        self.loading.emit(False)
        self.failed.emit(error)

    # Rows

    @property
    def cache_size(self) -> int:
        return len(self._cache)

    @property
    def ids(self) -> list[str]:
        return self._ids

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, commitment_id: str) -> int:
        try:
            return self._ids.index(commitment_id)
        except ValueError:
            return -1

    def row_data(self, row: int) -> TableRow | None:
        cid = self.id_at(row)
        if cid is None:
            return None
        found = self._cache.get(cid)
        if found is not None:
            self._cache.move_to_end(cid)
            return found
        self._fetch_page(row)
        return self._cache.get(cid)

    def _fetch_page(self, row: int) -> None:
        start = row - row % self.page_size
        page = [i for i in self._ids[start : start + self.page_size] if i not in self._cache]
        try:
            rows = workspace.fetch_rows(self.store, page, self.query.search)
        except NalsError as exc:
            # Painting must go on; the window shows the problem in its status bar.
            if self.fetch_error is None:
                log.info("cannot fetch rows: %s", exc)
            self.fetch_error = str(exc)
            return
        self.fetches += 1
        for cid in page:
            if cid in rows:
                self._cache[cid] = rows[cid]
        while len(self._cache) > self.cache_rows:
            self._cache.popitem(last=False)

    def refresh(self, commitment_ids: set[str]) -> None:
        """Fetch these rows again (after an edit) and tell the views row by row: selection and scroll stay."""
        for cid in commitment_ids:
            self._cache.pop(cid, None)
        if len(commitment_ids) <= 50:
            for cid in commitment_ids:
                row = self.row_of(cid)
                if row >= 0:
                    self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
            return
        # A bulk edit of thousands: one pass over the ids and one signal (row_of each was quadratic).
        rows = [i for i, cid in enumerate(self._ids) if cid in commitment_ids]
        if rows:
            self.dataChanged.emit(self.index(rows[0], 0), self.index(rows[-1], self.columnCount() - 1))

    # Qt's model interface

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return column.tooltip
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids) or index.column() >= len(self._columns):
            return None
        if role == IdRole:
            return self._ids[index.row()]
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.DecorationRole,
            Qt.ItemDataRole.AccessibleDescriptionRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.TextAlignmentRole,
            Qt.ItemDataRole.AccessibleTextRole,
            MatchRole,
            RowRole,
        ):
            return None
        key = self._columns[index.column()].key
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key == "reference" or key.startswith("stance:"):
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        item = self.row_data(index.row())
        if item is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole else None
        if role == RowRole:
            return item
        row = item.row
        if role == MatchRole:
            return item.snippet if key == "text" and item.snippet else None
        if role == Qt.ItemDataRole.DecorationRole:
            # The conflict badge, on the reference: whatever columns are hidden, it is always there.
            return icons.icon("conflict") if key == "reference" and item.conflicts else None
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self.conflict_text(item) if key == "reference" and item.conflicts else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "text":
                return f"<p>{html.escape(row.text)}</p>"
            if key == "group":
                return row.group
            if key == "reference":
                if item.conflicts:
                    return f"{item.summit_title}\n{self.conflict_text(item)}"
                return item.summit_title
            if key.startswith("stance:"):
                code = key.split(":", 1)[1]
                stance = row.stances.get(code)
                if stance in _STANCE:
                    return f"{party_name(code)}: {i18n._(_STANCE[stance])}"
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole and key == "reference" and item.conflicts:
            return self.tr("{reference}, in conflict").format(reference=row.reference)
        if key == "reference":
            return row.reference
        if key == "group":
            return row.group or ""
        if key == "text":
            if item.snippet:
                return item.snippet.replace(MARK_START, "").replace(MARK_END, "")
            return " ".join(row.text.split())
        if key.startswith("stance:"):
            stance = row.stances.get(key.split(":", 1)[1])
            if stance not in _STANCE:
                return ""
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return i18n._(_STANCE[stance])
            return i18n._(SHORT_STANCE_LABELS[stance])
        if key == "priority":
            return i18n._(_PRIORITY[row.priority]) if row.priority in _PRIORITY else ""
        if key == "status":
            return i18n._(_STATUS[row.status]) if row.status in _STATUS else ""
        if key == "updated":
            return local_time(row.updated_at)
        return None

    def conflict_text(self, item: TableRow) -> str:
        """What the badge means: which positions' fields (or the status's) received two values."""
        # A status field names itself (status, progress, evidence…); a position's needs its party.
        fields = ", ".join(
            f"{code} {i18n._(field_label(name))}" if code else i18n._(field_label(name))
            for code, name in item.conflicts
        )
        return self.tr("Open conflict: {fields}. Open the commitment to settle it.").format(fields=fields)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in the store; column -1 restores the natural order (rank while searching)."""
        key = self._columns[column].key if 0 <= column < len(self._columns) else None
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self.query.sort and descending == self.query.descending:
            return
        self.set_query(replace(self.query, sort=key, descending=descending))
