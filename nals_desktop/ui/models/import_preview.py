"""The import preview: the detected pillars and commitments of a parsed fact sheet; short titles editable."""

from __future__ import annotations

from typing import Any, TypeAlias

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from nals_desktop.domain.model import ParsedCommitment, ParsedPillar, ParsedSummit, tab_letter

Index: TypeAlias = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()  # the invisible root, as a default argument

REF, SHORT, TEXT, ITEMS = range(4)


class _Item:
    __slots__ = ("children", "count", "group", "id", "parent", "pillar", "ref", "row", "text")

    def __init__(
        self,
        parent: _Item | None,
        row: int,
        ref: str,
        text: str,
        pillar: ParsedPillar | None,
        *,
        group: bool = False,
    ) -> None:
        self.parent = parent
        self.row = row
        self.ref = ref
        self.text = text
        self.pillar = pillar
        self.group = group  # a sub-heading: its commitments are below it, their references go on
        self.children: list[_Item] = []
        self.count = 0  # the commitments (or nested items) it holds


class ImportPreviewModel(QAbstractItemModel):
    """Pillars (tab, short title, title, count) with their commitments and nested items below them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._root = _Item(None, 0, "", "", None)
        self._items: dict[int, _Item] = {}
        self._short: list[str] = []

    def set_summit(self, parsed: ParsedSummit | None) -> None:
        self.beginResetModel()
        self._root = _Item(None, 0, "", "", None)
        self._short = []
        if parsed is not None:
            for i, pillar in enumerate(parsed.pillars):
                tab = tab_letter(i)
                node = _Item(self._root, i, tab, pillar.title, pillar)
                self._root.children.append(node)
                self._short.append(pillar.short_title)
                self._add(node, pillar.commitments, f"{tab}-")
        self._items = {}
        stack = [self._root]
        while stack:
            item = stack.pop()
            self._items[id(item)] = item
            stack.extend(item.children)
        self.endResetModel()

    def _add(self, parent: _Item, commitments: list[ParsedCommitment], prefix: str) -> None:
        """The commitments under ``parent``; at the top of a pillar, those of a group under a node of its
        own (the sub-heading, as the document shows it)."""
        parent.count = len(commitments)
        under = parent
        for i, c in enumerate(commitments):
            if parent.pillar is not None and c.group != (under.text if under.group else None):
                if c.group is None:
                    under = parent
                else:
                    under = _Item(parent, len(parent.children), "", c.group, None, group=True)
                    parent.children.append(under)
            item = _Item(under, len(under.children), f"{prefix}{i + 1}", c.text, None)
            under.children.append(item)
            under.count += under is not parent
            self._add(item, c.children, f"{prefix}{i + 1}.")

    def group_indexes(self) -> list[QModelIndex]:
        """The groups' rows, to show them open (their commitments are what a person checks)."""
        return [
            self.createIndex(group.row, 0, id(group))
            for pillar in self._root.children
            for group in pillar.children
            if group.group
        ]

    def short_titles(self) -> list[str]:
        return list(self._short)

    def _item(self, index: Index) -> _Item:
        return self._items[index.internalId()] if index.isValid() else self._root

    def index(self, row: int, column: int, parent: Index = NO_PARENT) -> QModelIndex:
        if row < 0 or not 0 <= column < 4 or (parent.isValid() and parent.column() != 0):
            return QModelIndex()
        p = self._item(parent)
        if row >= len(p.children):
            return QModelIndex()
        return self.createIndex(row, column, id(p.children[row]))

    def parent(self, index: Index = NO_PARENT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        p = self._item(index).parent
        if p is None or p is self._root:
            return QModelIndex()
        return self.createIndex(p.row, 0, id(p))

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._item(parent).children)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < 4
        ):
            return (
                self.tr("Tab / ref."),
                self.tr("Short title"),
                self.tr("Heading or text"),
                self.tr("Items"),
            )[section]
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.ToolTipRole
            and section == SHORT
        ):
            return self.tr("Double-click or press F2 to edit a pillar's short title")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == SHORT and self._item(index).pillar is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._item(index)
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == REF:
                return item.ref
            if col == SHORT:
                return self._short[item.row] if item.pillar is not None else ""
            if col == TEXT:
                return " ".join(item.text.split())
            return str(item.count) if item.count or item.pillar is not None else ""
        if role == Qt.ItemDataRole.ToolTipRole and col == TEXT:
            if item.group:
                return self.tr("Group within the pillar: {title}").format(title=item.text)
            return item.text
        if role == Qt.ItemDataRole.FontRole and item.group and col == TEXT:
            font = QFont()
            font.setItalic(True)
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole and item.group and col == TEXT:
            return self.tr("Group: {title}").format(title=item.text)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == ITEMS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != SHORT:
            return False
        item = self._item(index)
        if item.pillar is None or not str(value).strip():
            return False
        self._short[item.row] = str(value).strip()
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True
