"""The navigator: summits → pillars (tab letter, count) → groups (sub-headings), facets to include or
exclude, saved searches."""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, TypeAlias

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QIcon, QPalette

from nals_desktop import i18n
from nals_desktop.domain.model import ImplementationStatus, Priority, Stance
from nals_desktop.services.workspace import FacetFilter, FacetValue, SavedSearch, SummitNode
from nals_desktop.ui import icons
from nals_desktop.ui.scope import group_key

Index: TypeAlias = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()  # the invisible root, as a default argument


class Kind(enum.Enum):
    CATEGORY = "category"
    ALL = "all"
    SUMMIT = "summit"
    PILLAR = "pillar"
    GROUP = "group"  # a pillar's group: the sub-heading its commitments stand under
    FACET = "facet"
    SAVED = "saved"


class FacetState(enum.IntEnum):
    OFF = 0
    INCLUDE = 1
    EXCLUDE = 2

    def next(self) -> FacetState:
        return FacetState((self + 1) % 3)


# Roles beyond Qt's.
KindRole = Qt.ItemDataRole.UserRole + 1
KeyRole = (
    Qt.ItemDataRole.UserRole + 2
)  # "all", "summit:ID", "pillar:ID", "group:PILLAR_ID:TITLE", "facet:stance:support", "saved:NAME"
StateRole = Qt.ItemDataRole.UserRole + 3  # FacetState of a facet value
PayloadRole = Qt.ItemDataRole.UserRole + 4  # the DTO behind the node

COLUMNS = 2  # name | count

_LABELS: dict[str, dict[str, str]] = {
    "stance": {s.value: s.label for s in Stance},
    "priority": {p.value: p.label for p in Priority},
    "status": {s.value: s.label for s in ImplementationStatus},
}


_FACET_FIELDS = ("stance", "priority", "status", "tag", "conflict")


def summit_label(title: str) -> str:
    """A summit's title without the "FACT SHEET:" kind of prefix documents start with."""
    return re.sub(r"^\s*fact\s*sheet\s*[:–—-]\s*", "", title, flags=re.IGNORECASE) or title


def facet_label(field: str, value: str) -> str:
    if field == "conflict":
        # The one value of the navigator's Conflicts facet: commitments with a field left in conflict.
        return QCoreApplication.translate("NavigatorModel", "Open conflicts")
    return i18n._(_LABELS[field][value]) if field in _LABELS else value


@dataclass(eq=False)
class Node:
    kind: Kind
    key: str
    label: str
    count: int | None = None
    payload: Any = None
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    state: FacetState = FacetState.OFF
    tooltip: str = ""

    def add(self, child: Node) -> Node:
        child.parent = self
        self.children.append(child)
        return child

    @property
    def row(self) -> int:
        return 0 if self.parent is None else self.parent.children.index(self)

    def walk(self) -> Iterator[Node]:
        yield self
        for child in self.children:
            yield from child.walk()


class NavigatorModel(QAbstractItemModel):
    """A tree over plain data; reloaded whole (a reset) only when the store's summits or facets change."""

    CATEGORY_KEYS = ("summits", "conflict", "stance", "priority", "status", "tag", "saved")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._root = Node(Kind.CATEGORY, "", "")
        self._ids: dict[int, Node] = {}
        self._keys: dict[str, Node] = {}  # the node of each key, for index_of without walking the tree
        self._scope_key = ""
        self._bold = QFont()
        self._bold.setBold(True)

    # Building

    def load(
        self, summits: list[SummitNode], facets: list[FacetValue], saved: list[SavedSearch], total: int
    ) -> None:
        """Replace the tree; facet states survive when their value still exists."""
        states = {n.key: n.state for n in self._root.walk() if n.kind is Kind.FACET}
        self.beginResetModel()
        root = Node(Kind.CATEGORY, "", "")
        titles = {
            "summits": self.tr("Summits"),
            "conflict": self.tr("Conflicts"),
            "stance": self.tr("Stance"),
            "priority": self.tr("Priority"),
            "status": self.tr("Implementation status"),
            "tag": self.tr("Tags"),
            "saved": self.tr("Saved searches"),
        }
        cats = {k: root.add(Node(Kind.CATEGORY, "category:" + k, titles[k])) for k in self.CATEGORY_KEYS}
        cats["summits"].add(
            Node(
                Kind.ALL,
                "all",
                self.tr("All commitments"),
                total,
                tooltip=self.tr("Every commitment of every summit in the store"),
            )
        )
        for sn in summits:
            s = sn.summit
            details = [d for d in (s.date.isoformat() if s.date else "", s.location) if d]
            node = cats["summits"].add(
                Node(
                    Kind.SUMMIT,
                    f"summit:{s.id}",
                    summit_label(s.title),
                    s.commitment_count,
                    s,
                    tooltip="\n".join(
                        [s.title, " · ".join(details), " ".join(p.code for p in s.parties)]
                    ).strip(),
                )
            )
            pillars: dict[str, Node] = {}
            for p in sn.pillars:
                pillars[p.id] = node.add(
                    Node(
                        Kind.PILLAR,
                        f"pillar:{p.id}",
                        f"{p.tab}  {p.short_title}",
                        p.commitment_count,
                        p,
                        tooltip=p.title,
                    )
                )
            for g in sn.groups:
                pillar = pillars.get(g.pillar_id)
                if pillar is not None:
                    pillar.add(
                        Node(
                            Kind.GROUP,
                            group_key(g.pillar_id, g.title),
                            g.title,
                            g.count,
                            g,
                            tooltip=f"{pillar.label} \u203a {g.title}",
                        )
                    )
        for fv in facets:
            key = f"facet:{fv.field}:{fv.value}"
            cats[fv.field].add(
                Node(
                    Kind.FACET,
                    key,
                    facet_label(fv.field, fv.value),
                    fv.count,
                    fv,
                    state=states.get(key, FacetState.OFF),
                )
            )
        for ss in saved:
            cats["saved"].add(Node(Kind.SAVED, f"saved:{ss.name}", ss.name, None, ss, tooltip=ss.query))
        self._root = root
        self._ids = {id(n): n for n in root.walk()}
        self._keys = {}
        for n in root.walk():
            if n.parent is not None:
                self._keys.setdefault(n.key, n)
        self.endResetModel()

    def current_facets(self) -> list[FacetValue]:
        return [n.payload for n in self._root.walk() if n.kind is Kind.FACET]

    def update_facets(self, facets: list[FacetValue]) -> None:
        """New counts after an edit, without a reset: counts change in place, new values (tags) are
        inserted and vanished ones removed, so the view keeps its selection, expansion and scroll."""
        by_field: dict[str, list[FacetValue]] = {}
        for fv in facets:
            by_field.setdefault(fv.field, []).append(fv)
        for cat in self._root.children:
            field_name = cat.key.removeprefix("category:")
            if field_name not in _FACET_FIELDS:
                continue
            wanted = by_field.get(field_name, [])
            keys = {f"facet:{fv.field}:{fv.value}" for fv in wanted}
            parent = self.createIndex(cat.row, 0, id(cat))
            for row in reversed(range(len(cat.children))):
                if cat.children[row].key not in keys:
                    self.beginRemoveRows(parent, row, row)
                    gone = cat.children.pop(row)
                    for n in gone.walk():
                        self._ids.pop(id(n), None)
                        self._keys.pop(n.key, None)
                    self.endRemoveRows()
            for row, fv in enumerate(wanted):
                key = f"facet:{fv.field}:{fv.value}"
                if row < len(cat.children) and cat.children[row].key == key:
                    n = cat.children[row]
                    if n.count != fv.count:
                        n.count, n.payload = fv.count, fv
                        self.dataChanged.emit(
                            self.createIndex(row, 0, id(n)), self.createIndex(row, COLUMNS - 1, id(n))
                        )
                    continue
                self.beginInsertRows(parent, row, row)
                n = Node(Kind.FACET, key, facet_label(fv.field, fv.value), fv.count, fv, parent=cat)
                cat.children.insert(row, n)
                self._ids[id(n)] = n
                self._keys[key] = n
                self.endInsertRows()

    # Queries

    def node(self, index: Index) -> Node:
        if not index.isValid():
            return self._root
        return self._ids[index.internalId()]

    def index_of(self, key: str, column: int = 0) -> QModelIndex:
        n = self._keys.get(key)
        return self.createIndex(n.row, column, id(n)) if n is not None else QModelIndex()

    def first_pillar_index(self, summit_key: str | None = None) -> QModelIndex:
        """The first pillar of ``summit_key`` (default: of the first summit); the summit if it has none."""
        for n in self._root.walk():
            if n.kind is Kind.SUMMIT and summit_key in (None, n.key):
                return self.index_of(n.children[0].key if n.children else n.key)
        return self.index_of("all")

    def active_facets(self) -> tuple[FacetFilter, ...]:
        return tuple(
            FacetFilter(n.payload.field, n.payload.value, n.state is FacetState.EXCLUDE)
            for n in self._root.walk()
            if n.kind is Kind.FACET and n.state is not FacetState.OFF
        )

    def parties_for(self, key: str) -> list[str]:
        """Party codes of the summit a scope key belongs to (all summits' for "all"), in order."""
        codes: list[str] = []
        for n in self._root.walk():
            if n.kind is not Kind.SUMMIT:
                continue
            if key in ("all", "") or any(c.key == key for c in n.walk()):
                codes += [p.code for p in n.payload.parties if p.code not in codes]
        return codes

    # Changes

    def cycle_facet(self, index: Index) -> FacetState | None:
        """Off → include → exclude → off; returns the new state (None for other nodes)."""
        n = self.node(index)
        if n.kind is not Kind.FACET:
            return None
        return self.set_facet_state(index, n.state.next())

    def set_facet_state(self, index: Index, state: FacetState) -> FacetState:
        n = self.node(index)
        n.state = state
        first = self.createIndex(n.row, 0, id(n))
        last = self.createIndex(n.row, COLUMNS - 1, id(n))
        self.dataChanged.emit(
            first,
            last,
            [
                Qt.ItemDataRole.DecorationRole,
                Qt.ItemDataRole.AccessibleDescriptionRole,
                Qt.ItemDataRole.ToolTipRole,
                StateRole,
                Qt.ItemDataRole.FontRole,
            ],
        )
        return state

    def clear_facets(self) -> None:
        for n in list(self._root.walk()):
            if n.kind is Kind.FACET and n.state is not FacetState.OFF:
                self.set_facet_state(self.createIndex(n.row, 0, id(n)), FacetState.OFF)

    def set_scope(self, key: str) -> None:
        """Mark the scope node (shown in bold, whichever item has the focus)."""
        old, self._scope_key = self._scope_key, key
        for k in (old, key):
            idx = self.index_of(k)
            if idx.isValid():
                self.dataChanged.emit(idx, idx.siblingAtColumn(COLUMNS - 1), [Qt.ItemDataRole.FontRole])

    # Qt's model interface

    def index(self, row: int, column: int, parent: Index = NO_PARENT) -> QModelIndex:
        if column < 0 or column >= COLUMNS or row < 0:
            return QModelIndex()
        p = self.node(parent)
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        if row >= len(p.children):
            return QModelIndex()
        return self.createIndex(row, column, id(p.children[row]))

    def parent(self, index: Index = NO_PARENT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        p = self.node(index).parent
        if p is None or p is self._root:
            return QModelIndex()
        return self.createIndex(p.row, 0, id(p))

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return COLUMNS

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Name"), self.tr("Count"))[section] if 0 <= section < COLUMNS else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        n = self.node(index)
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return n.label
            return "" if n.count is None else i18n.number(n.count)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and col == 0:
            return self._icon(n)
        if role == Qt.ItemDataRole.FontRole and (
            n.kind is Kind.CATEGORY or n.key == self._scope_key or n.state is not FacetState.OFF
        ):
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and n.kind is Kind.FACET and not n.count:
            return QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.ToolTipRole:
            if n.kind is Kind.FACET and n.key.startswith("facet:conflict:"):
                return self.tr(
                    "Commitments with a position or status that received two different values; "
                    "open one to settle them. {state}"
                ).format(state=self._state_text(n))
            if n.kind is Kind.FACET:
                return self._state_text(n)
            return n.tooltip or None
        if role == Qt.ItemDataRole.AccessibleTextRole and col == 0 and n.kind is Kind.CATEGORY:
            return self._category_text(n)[0]
        if role == Qt.ItemDataRole.AccessibleTextRole and col == 0:
            return (
                n.label
                if n.count is None
                else self.tr("{label}, {count} commitments", "", n.count).format(
                    label=n.label, count=i18n.number(n.count)
                )
            )
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            if n.kind is Kind.FACET:
                return self._state_text(n)
            if n.kind is Kind.CATEGORY:
                return self._category_text(n)[1]
            return {
                Kind.ALL: self.tr("Shows every commitment"),
                Kind.SUMMIT: self.tr("Summit; shows all its commitments"),
                Kind.PILLAR: self.tr("Pillar; shows its commitments"),
                Kind.GROUP: self.tr("Group of the pillar (a sub-heading); shows its commitments"),
                Kind.SAVED: self.tr("Saved search; press Enter to run it"),
            }[n.kind]
        if role == KindRole:
            return n.kind.value
        if role == KeyRole:
            return n.key
        if role == StateRole:
            return int(n.state)
        if role == PayloadRole:
            return n.payload
        return None

    def _category_text(self, n: Node) -> tuple[str, str]:
        """A heading's accessible name and description: what it holds, never "Group" (the pillars' groups
        are the sub-headings of a document)."""
        t = self.tr
        name, description = {
            "category:summits": (
                t("Summits"),
                t("Heading: the summits, their pillars and the pillars' groups; choosing one shows it"),
            ),
            "category:conflict": (
                t("Filter by open conflicts"),
                t("Heading of a filter: show or hide the commitments with a field in conflict"),
            ),
            "category:stance": (
                t("Filter by stance"),
                t("Heading of filters: include or exclude commitments by a party's stance"),
            ),
            "category:priority": (
                t("Filter by priority"),
                t("Heading of filters: include or exclude commitments by priority"),
            ),
            "category:status": (
                t("Filter by implementation status"),
                t("Heading of filters: include or exclude commitments by implementation status"),
            ),
            "category:tag": (
                t("Filter by tag"),
                t("Heading of filters: include or exclude commitments by tag"),
            ),
            "category:saved": (
                t("Saved searches"),
                t("Heading: the searches you saved; press Enter on one to run it"),
            ),
        }.get(n.key, (n.label, ""))
        return name, description

    def _state_text(self, n: Node) -> str:
        return {
            FacetState.OFF: self.tr("Not filtering; click or press Space to show only these"),
            FacetState.INCLUDE: self.tr("Included: only these are shown; click again to exclude them"),
            FacetState.EXCLUDE: self.tr("Excluded: these are hidden; click again to stop filtering"),
        }[n.state]

    def _icon(self, n: Node) -> QIcon | None:
        if n.kind is Kind.FACET and n.key.startswith("facet:conflict:") and n.state is FacetState.OFF:
            return icons.icon("conflict")
        if n.kind is Kind.FACET:
            return icons.icon(
                {FacetState.OFF: "facet", FacetState.INCLUDE: "include", FacetState.EXCLUDE: "exclude"}[
                    n.state
                ]
            )
        return {
            Kind.ALL: icons.icon("all"),
            Kind.SUMMIT: icons.icon("summit"),
            Kind.PILLAR: icons.icon("pillar"),
            Kind.GROUP: icons.icon("group"),
            Kind.SAVED: icons.icon("saved-search"),
        }.get(n.kind)
