"""The navigator view: choosing a scope selects it; clicking a facet cycles include → exclude → off."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTreeView, QWidget

from nals_desktop.ui.models.navigator import KeyRole, Kind, KindRole, NavigatorModel
from nals_desktop.ui.style import RoomyDelegate


class NavigatorView(QTreeView):
    """Clicking a summit or pillar chooses it at once; arrowing onto one chooses it after a short pause (or
    at once with Enter), so arrowing past the pillars to the facets keeps the scope the user started in."""

    KEYBOARD_DELAY_MS = 400

    scope_chosen = Signal(str)  # "all", "summit:ID", "pillar:ID", "group:PILLAR_ID:TITLE"
    facet_toggled = Signal(QModelIndex)
    saved_search_chosen = Signal(QModelIndex)
    delete_saved_search = Signal(QModelIndex)
    summit_action = Signal(str, str)  # ("edit" | "delete", "summit:ID"): from a summit's context menu

    def __init__(self, model: NavigatorModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigator")
        self.setModel(model)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setItemDelegate(RoomyDelegate(self))  # rows tall enough for "État"'s accent
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Sized to the largest count (all commitments), not to contents: measuring every row's count on each
        # change costs a tenth of a second with hundreds of summits.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.setAccessibleName(self.tr("Navigator"))
        self.setAccessibleDescription(
            self.tr(
                "Summits and their pillars, facets to filter by and saved searches. Arrow keys move; "
                "Space or Enter includes, excludes or clears a facet or runs a saved search."
            )
        )
        self._by_keyboard = False
        self.scope_timer = QTimer(self)
        self.scope_timer.setSingleShot(True)
        self.scope_timer.setInterval(self.KEYBOARD_DELAY_MS)
        self.scope_timer.timeout.connect(self._choose_current)
        model.modelReset.connect(self._after_reset)
        self.selectionModel().currentChanged.connect(self._current_changed)

    def _after_reset(self) -> None:
        self.expandToDepth(0)
        model = self.model()
        widest = str(model.index_of("all", 1).data() or "") if isinstance(model, NavigatorModel) else ""
        bold = QFont(self.font())
        bold.setBold(True)
        self.header().resizeSection(1, QFontMetrics(bold).horizontalAdvance(widest or "0") + 16)

    def _kind(self, index: QModelIndex) -> Kind | None:
        value = index.siblingAtColumn(0).data(KindRole) if index.isValid() else None
        return Kind(value) if value else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.scope_timer.stop()
        if self._kind(current) not in (Kind.ALL, Kind.SUMMIT, Kind.PILLAR, Kind.GROUP):
            return
        if self._by_keyboard:
            self.scope_timer.start()
        else:
            self.scope_chosen.emit(current.siblingAtColumn(0).data(KeyRole))

    def _choose_current(self) -> None:
        current = self.currentIndex()
        if self._kind(current) in (Kind.ALL, Kind.SUMMIT, Kind.PILLAR, Kind.GROUP):
            self.scope_chosen.emit(current.siblingAtColumn(0).data(KeyRole))

    def _act(self, index: QModelIndex) -> bool:
        kind = self._kind(index)
        if kind is Kind.FACET:
            self.facet_toggled.emit(index.siblingAtColumn(0))
            return True
        if kind is Kind.SAVED:
            self.saved_search_chosen.emit(index.siblingAtColumn(0))
            return True
        return False

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and index.isValid():
            self._act(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._act(
            self.currentIndex()
        ):
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.scope_timer.isActive():
            self.scope_timer.stop()
            self._choose_current()
            event.accept()
            return
        self._by_keyboard = True
        try:
            super().keyPressEvent(event)
        finally:
            self._by_keyboard = False

    def select_key(self, key: str) -> bool:
        model = self.model()
        assert isinstance(model, NavigatorModel)
        index = model.index_of(key)
        if not index.isValid():
            return False
        self.setCurrentIndex(index)
        self.scrollTo(index)
        return True

    def _context_menu(self, pos: QPoint) -> None:
        index = self.indexAt(pos)
        kind = self._kind(index)
        if kind is Kind.SUMMIT:
            key = index.siblingAtColumn(0).data(KeyRole)
            menu = QMenu(self)
            edit = QAction(self.tr("Summit details…"), menu)
            edit.triggered.connect(lambda: self.summit_action.emit("edit", key))
            delete = QAction(self.tr("Delete summit…"), menu)
            delete.triggered.connect(lambda: self.summit_action.emit("delete", key))
            menu.addActions([edit, delete])
            menu.popup(self.viewport().mapToGlobal(pos))
            return
        if kind is not Kind.SAVED:
            return
        menu = QMenu(self)
        run = QAction(self.tr("Run search"), menu)
        run.triggered.connect(lambda: self.saved_search_chosen.emit(index.siblingAtColumn(0)))
        delete = QAction(self.tr("Delete saved search"), menu)
        delete.triggered.connect(lambda: self.delete_saved_search.emit(index.siblingAtColumn(0)))
        menu.addActions([run, delete])
        menu.popup(self.viewport().mapToGlobal(pos))
