"""The main window: composes navigator, table, detail pane and search; wires their signals, nothing more."""

from __future__ import annotations

import html
import logging
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal, qVersion
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QToolBar,
    QWidget,
)

import nals_desktop
from nals_desktop import i18n
from nals_desktop.domain.errors import NalsError, QuerySyntaxError
from nals_desktop.domain.query import parse_query
from nals_desktop.paths import data_home
from nals_desktop.services import summits, workspace
from nals_desktop.services.annotate import Changes
from nals_desktop.services.browse import get_commitment
from nals_desktop.services.dto import ImportSummary, SummitDTO
from nals_desktop.services.identity import load_author
from nals_desktop.services.watch import StoreActivity, StoreWatcher
from nals_desktop.services.workspace import TableQuery
from nals_desktop.store import keyring_copy
from nals_desktop.store.engine import Store
from nals_desktop.ui import accessibility, icons, settings
from nals_desktop.ui.detail import DetailPane
from nals_desktop.ui.errors import ErrorReporter
from nals_desktop.ui.lock import WindowLock, idle_minutes
from nals_desktop.ui.maintenance import IdleCheckpoint, StoreRestorer
from nals_desktop.ui.models.commitments import CommitmentTableModel
from nals_desktop.ui.models.navigator import KeyRole, Kind, NavigatorModel, Node, PayloadRole
from nals_desktop.ui.navigator import NavigatorView
from nals_desktop.ui.positions import BulkEditDialog, HistoryPanel, PositionEditor, ProfileDialog
from nals_desktop.ui.preferences import PreferencesDialog
from nals_desktop.ui.scope import EVERYTHING, ViewScope
from nals_desktop.ui.search import SearchBar, syntax_help
from nals_desktop.ui.summit_dialog import DeleteSummitBox, SummitDialog
from nals_desktop.ui.sync import ServerDialog, SyncController
from nals_desktop.ui.table import CommitmentTable
from nals_desktop.ui.tasks import TaskContext, TaskError, TaskRunner

if TYPE_CHECKING:
    from nals_desktop.services.bundles import ImportResult
    from nals_desktop.ui.book.dialog import BookDialog
    from nals_desktop.ui.compare import CompareDialog
    from nals_desktop.ui.dashboard import ProgressDashboard
    from nals_desktop.ui.exchange import ReceiveDialog, SendDialog
    from nals_desktop.ui.import_dialog import ImportDialog

log = logging.getLogger("nals.ui")

# How often the window looks for changes other programs saved (one pragma when there are none).
WATCH_INTERVAL_MS = 2000

NavigatorData = tuple[
    list[workspace.SummitNode], list[workspace.FacetValue], list[workspace.SavedSearch], int
]


class MainWindow(QMainWindow):
    ready = Signal()  # emitted once: navigator and table populated, and the table painted

    def __init__(
        self,
        store: Store,
        *,
        runner: TaskRunner | None = None,
        errors: ErrorReporter | None = None,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        accessibility.install(QApplication.instance())  # names every control, in every window
        self.store = store
        self.runner = runner or TaskRunner(self)
        self.errors = errors or ErrorReporter(self)
        self.prefs = settings.preferences()
        self.state = settings.window_state()
        self.setObjectName("mainWindow")
        self.setWindowIcon(icons.app_icon())
        self.setWindowTitle(self.tr("NALS Desktop"))
        self.setAcceptDrops(True)
        self.import_dialog: ImportDialog | None = None
        self._scope: ViewScope | None = None  # None: nothing chosen yet
        last = self.state.get(settings.LAST_SCOPE)
        self._wanted_scope = ViewScope.from_key(last) if last else None
        self._reselect: str | None = self.state.get(settings.LAST_COMMITMENT)
        self._header_signature: str | None = None
        self._facet_generation = 0
        self._searching = False
        self._is_ready = False
        self._populated = False
        self._close_despite_unsaved = False
        self.delete_box: DeleteSummitBox | None = None  # the last deletion question asked

        self.nav_model = NavigatorModel(self)
        self.table_model = CommitmentTableModel(
            store,
            self.runner,
            self,
            page_size=self.prefs.get(settings.TABLE_PAGE_SIZE),
            cache_rows=self.prefs.get(settings.TABLE_CACHE_ROWS),
        )
        self.navigator = NavigatorView(self.nav_model, self)
        self.table = CommitmentTable(self.table_model, self)
        self.detail = DetailPane(self)
        self.read_only = read_only
        self.editor = PositionEditor(store, load_author, self, errors=self.errors)
        self.editor.set_read_only(read_only)
        self.history = HistoryPanel(store, load_author, self, errors=self.errors)
        self.detail_tabs = QTabWidget(self)
        self.detail_tabs.setObjectName("detailTabs")
        self.detail_tabs.setAccessibleName(self.tr("Commitment panes"))
        self.detail_tabs.setAccessibleDescription(
            self.tr("The commitment, the positions on it, and the history of their changes")
        )
        self.detail_tabs.addTab(self.detail, self.tr("&Commitment"))
        self.detail_tabs.addTab(self.editor, self.tr("&Positions"))
        self.detail_tabs.addTab(self.history, self.tr("Histor&y"))  # Alt+H is the Help menu
        self.search = SearchBar(self.prefs.get(settings.SEARCH_DEBOUNCE_MS), self)

        self.table_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.table_splitter.setObjectName("tableSplitter")
        self.table_splitter.addWidget(self.table)
        self.table_splitter.addWidget(self.detail_tabs)
        self.table_splitter.setStretchFactor(0, 3)
        self.table_splitter.setStretchFactor(1, 2)
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(self.navigator)
        self.main_splitter.addWidget(self.table_splitter)
        self.main_splitter.setStretchFactor(0, 0)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setSizes([300, 1000])
        for splitter in (self.main_splitter, self.table_splitter):
            splitter.setChildrenCollapsible(False)
            splitter.setAccessibleName(self.tr("Pane divider"))
            splitter.setAccessibleDescription(self.tr("Drag to resize the panes"))
        self.setCentralWidget(self.main_splitter)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("shownCount")
        self.status_label.setAccessibleName(self.tr("Shown commitments"))
        self.status_label.setAccessibleDescription(
            self.tr("How many commitments are shown, of how many, and where the store is")
        )
        self.loading_label = QLabel(self.tr("Loading…"), self)
        self.loading_label.setAccessibleName(self.tr("Loading"))
        self.loading_label.setAccessibleDescription(self.tr("Shown while the store is being read"))
        self.loading_label.hide()
        if read_only:
            banner = QLabel(self.tr("Read-only: NALS Desktop is already open on this store elsewhere."), self)
            banner.setObjectName("readOnlyBanner")
            banner.setStyleSheet("QLabel { padding: 2px 8px; font-weight: bold; }")
            banner.setAccessibleName(self.tr("Read-only"))
            banner.setAccessibleDescription(self.tr("Changes cannot be saved in this window"))
            self.statusBar().addPermanentWidget(banner)
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.loading_label)
        self.sync = SyncController(store, self.runner, self)
        self.statusBar().addPermanentWidget(self.sync.label)
        self.sync.synced.connect(lambda _result: self.poll_store())  # what it brought, shown at once

        self._make_actions()
        self._make_menus()
        self._wire()
        self.checkpointer = IdleCheckpoint(store, self)
        self._restore_window_state()
        self.detail.show_message(self.tr("Loading…"))
        self.table.viewport().installEventFilter(self)
        self.watcher = StoreWatcher(store)
        self._own_revisions: set[str] = set()  # saved by this window: not news when the watcher sees them
        self._polling = False
        self.watch_timer = QTimer(self)
        self.watch_timer.setInterval(WATCH_INTERVAL_MS)
        self.watch_timer.timeout.connect(self.poll_store)
        self.watch_timer.start()
        self.lock.locked_changed.connect(self._lock_changed)
        self.lock.releasing.connect(lambda: self.watcher.close())  # its own connection, with the key
        self.lock.reopened.connect(self._store_reopened)
        # Typing goes to the search field first (Down moves into the results), as in Anki's browser.
        self.search.edit.setFocus()
        self.reload_navigator()
        if not read_only:
            self.sync.start()

    # Actions and menus: each calls one method below (the operation is defined once).

    def _action(
        self,
        text: str,
        slot: Any,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        tip: str = "",
        icon: str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        if icon:
            action.setIcon(icons.icon(icon))
        action.triggered.connect(slot)
        return action

    def _make_actions(self) -> None:
        self.import_action = self._action(
            self.tr("&Import fact sheet…"),
            self.open_import_dialog,
            QKeySequence.StandardKey.Open,
            self.tr("Import a summit's fact sheet from a file or pasted text"),
            "import",
        )
        self.export_book_action = self._action(
            self.tr("&Export briefing book…"),
            self.open_book_dialog,
            QKeySequence.StandardKey.Print,
            self.tr("Print the chosen summit, pillar or commitments as a PDF briefing book"),
        )
        self.send_action = self._action(
            self.tr("&Send to a colleague…"),
            self.open_send_dialog,
            tip=self.tr("Write your annotations to a bundle file for a colleague"),
            icon="exchange",
        )
        self.receive_action = self._action(
            self.tr("&Receive…"),
            self.open_receive_dialog,
            tip=self.tr("Merge a colleague's bundle into this store, after a preview"),
        )
        self.receive_action.setEnabled(not self.read_only)
        self.reload_action = self._action(
            self.tr("&Reload"), self.reload, QKeySequence.StandardKey.Refresh, self.tr("Read the store again")
        )
        self.sync_action = self._action(
            self.tr("S&ync now"),
            self.sync.sync_now,
            "F9",
            self.tr("Send and receive annotations through the delegation server"),
        )
        self.sync_action.setEnabled(not self.read_only)
        self.server_action = self._action(
            self.tr("&Delegation server…"),
            lambda: ServerDialog.ask(self.store, self.runner, self).saved.connect(self.sync.refresh),
            tip=self.tr("The delegation server's address and your user name"),
        )
        self.quit_action = self._action(
            self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, self.tr("Quit NALS Desktop")
        )
        self.copy_text_action = self._action(
            self.tr("&Copy commitment"),
            self.copy_text,
            QKeySequence.StandardKey.Copy,
            self.tr("Copy the selected commitment's reference and text"),
            "copy",
        )
        self.copy_ref_action = self._action(
            self.tr("Copy &reference"),
            self.copy_reference,
            "Ctrl+Shift+C",
            self.tr("Copy the selected commitment's reference"),
        )
        for action in (self.copy_text_action, self.copy_ref_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.table.addAction(action)
        self.table.context_actions = [self.copy_ref_action, self.copy_text_action]
        self.undo_action = self.editor.undo_action
        self.redo_action = self.editor.redo_action
        self.bulk_edit_action = self._action(
            self.tr("Edit &selected commitments…"),
            self.open_bulk_edit,
            "Ctrl+E",
            self.tr("Set stance, priority, tags or status on every selected commitment"),
        )
        self.bulk_edit_action.setEnabled(not self.read_only)
        self.edit_summit_action = self._action(
            self.tr("Summit de&tails…"),
            self.open_summit_dialog,
            tip=self.tr("Fix the title, date, location or parties of the summit in view"),
        )
        self.delete_summit_action = self._action(
            self.tr("De&lete summit…"),
            self.ask_delete_summit,
            tip=self.tr("Delete the summit in view with all recorded on it (a backup is kept first)"),
        )
        for action in (self.edit_summit_action, self.delete_summit_action):
            action.setEnabled(not self.read_only)
        self.profile_action = self._action(
            self.tr("&Your name and delegation…"),
            self.open_profile,
            QKeySequence.StandardKey.Preferences,
            self.tr("Who you are: recorded with every change you make"),
        )
        self.preferences_action = self._action(
            self.tr("Prefere&nces…"),
            self.open_preferences,
            tip=self.tr("The language of the app, and other settings of this computer"),
        )
        self.find_action = self._action(
            self.tr("&Find"),
            self.search.focus,
            QKeySequence.StandardKey.Find,
            self.tr("Search the commitments"),
            "search",
        )
        self.clear_action = self._action(
            self.tr("Clear search and &filters"),
            self.clear_filters,
            "Ctrl+Shift+X",
            self.tr("Show every commitment of the chosen pillar or summit again"),
        )
        self.save_search_action = self._action(
            self.tr("&Save search…"),
            self.ask_save_search,
            "Ctrl+Shift+S",
            self.tr("Keep the current search in the navigator"),
            "saved-search",
        )
        self.focus_nav_action = self._action(
            self.tr("Go to &navigator"), lambda: self.navigator.setFocus(), "Ctrl+1"
        )
        self.focus_table_action = self._action(
            self.tr("Go to &commitments"), lambda: self.table.setFocus(), "Ctrl+2"
        )
        self.focus_detail_action = self._action(
            self.tr("Go to &details"), lambda: self.detail.setFocus(), "Ctrl+3"
        )
        self.show_nav_action = self._action(
            self.tr("Show na&vigator"), self.navigator.setVisible, "Ctrl+Shift+1"
        )
        self.show_detail_action = self._action(
            self.tr("Show detail &pane"), self.detail.setVisible, "Ctrl+Shift+3"
        )
        for action in (self.show_nav_action, self.show_detail_action):
            action.setCheckable(True)
            action.setChecked(True)
        self.compare_action = self._action(
            self.tr("C&ompare positions…"),
            self.open_compare,
            "Ctrl+Shift+P",
            self.tr(
                "Every party's position on the selected commitments, or the pillar in view, side by side"
            ),
        )
        self.dashboard_action = self._action(
            self.tr("Pro&gress dashboard…"),
            self.open_dashboard,
            "Ctrl+Shift+D",
            self.tr("How far the positions on the summit in view have come"),
        )
        self.syntax_action = self._action(
            self.tr("&Search syntax"), self.show_search_help, QKeySequence.StandardKey.HelpContents
        )
        self.about_action = self._action(self.tr("&About NALS Desktop"), self.show_about)
        # The lock (Ctrl+L, idle minutes): saves the edit, then hides every text until the passphrase.
        self.lock = WindowLock(self, self.store, self.runner, self.editor.flush, idle_minutes(self.prefs))
        self.restorer = StoreRestorer(self.store, self.runner, self.errors, self, prepare=self.editor.flush)
        self.restore_action = self._action(
            self.tr("&Restore from backup…"),
            self.restorer.open_dialog,
            tip=self.tr("Replace the store by a backup; the current store is kept"),
        )
        self.restore_action.setEnabled(not self.read_only)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.import_action, self.export_book_action])
        exchange = file_menu.addMenu(self.tr("E&xchange"))
        exchange.addActions([self.send_action, self.receive_action])
        file_menu.addActions([self.reload_action, self.sync_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit = bar.addMenu(self.tr("&Edit"))
        edit.addActions([self.undo_action, self.redo_action])
        edit.addSeparator()
        edit.addActions([self.copy_text_action, self.copy_ref_action])
        edit.addSeparator()
        edit.addAction(self.bulk_edit_action)
        edit.addActions([self.edit_summit_action, self.delete_summit_action])
        edit.addSeparator()
        edit.addActions([self.find_action, self.clear_action, self.save_search_action])
        edit.addSeparator()
        edit.addActions([self.profile_action, self.preferences_action, self.server_action])
        view = bar.addMenu(self.tr("&View"))
        view.addActions([self.show_nav_action, self.show_detail_action])
        view.addSeparator()
        view.addActions([self.focus_nav_action, self.focus_table_action, self.focus_detail_action])
        view.addSeparator()
        view.addActions([self.compare_action, self.dashboard_action])
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.syntax_action, self.restore_action, self.about_action])

        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setAccessibleName(self.tr("Main toolbar"))
        toolbar.setAccessibleDescription(self.tr("Import and search"))
        toolbar.addAction(self.import_action)
        spacer = QWidget(toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        spacer.setAccessibleName(self.tr("Spacer"))
        spacer.setAccessibleDescription(self.tr("Empty space"))
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.search)
        self.addToolBar(toolbar)

        header = self.table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)

    def _wire(self) -> None:
        self.navigator.scope_chosen.connect(self.set_scope)
        self.navigator.facet_toggled.connect(self.toggle_facet)
        self.navigator.saved_search_chosen.connect(self.run_saved_search)
        self.navigator.delete_saved_search.connect(self.delete_saved_search)
        self.navigator.summit_action.connect(self._summit_action)
        self.search.search_requested.connect(self.set_search)
        self.search.move_down.connect(self._focus_results)
        self.table_model.loading.connect(self.loading_label.setVisible)
        self.table_model.loaded.connect(self._table_loaded)
        self.table_model.failed.connect(self._table_failed)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.table_model.modelReset.connect(self._update_status)
        # Saved while the header still shows the old columns: a new party set must not overwrite it.
        self.table_model.modelAboutToBeReset.connect(self._save_header_state)
        self.setTabOrder(self.navigator, self.search.edit)
        self.setTabOrder(self.search.edit, self.table)
        self.setTabOrder(self.table, self.detail_tabs)
        self.editor.saved.connect(self.annotated)
        self.history.about_to_restore.connect(self.editor.flush)
        self.history.restored.connect(self._restored)
        self.restorer.restored.connect(self._store_replaced)

    # The navigator

    def reload_navigator(self, then_scope: ViewScope | None = None) -> None:
        store = self.store

        # Facet counts scan every position: they follow in a second task, so the table need not wait.
        facets = self.nav_model.current_facets()

        def work(ctx: TaskContext) -> NavigatorData:
            return (
                workspace.navigator_tree(store),
                facets,
                workspace.list_saved_searches(),
                workspace.count_commitments(store),
            )

        self.runner.submit(
            work,
            on_done=lambda data: self._navigator_loaded(data, then_scope),
            on_error=lambda err: self.errors.report_task(self.tr("Cannot read the store"), err, parent=self),
            owner=self,
        )

    def _navigator_loaded(self, data: NavigatorData, then_scope: ViewScope | None) -> None:
        summits, facets, saved, total = data
        self.nav_model.load(summits, facets, saved, total)
        self.refresh_facets()
        wanted = then_scope or self._scope or self._wanted_scope
        self._scope = None
        if wanted is not None and wanted.summit_id and then_scope:
            index = self.nav_model.first_pillar_index(wanted.key)
        else:
            index = self.nav_model.index_of(wanted.key) if wanted else QModelIndex()
        if not index.isValid():
            index = self.nav_model.first_pillar_index()  # first start: the first summit's first pillar
        self.navigator.setCurrentIndex(index)
        self.navigator.scrollTo(index)
        if self._scope is None:  # an empty store: nothing was chosen
            self.set_scope(self.nav_model.data(index, KeyRole) or EVERYTHING.key)

    def set_scope(self, key: str) -> None:
        """Show the navigator's scope ``key`` ("all", "summit:ID", "pillar:ID", "group:PILLAR_ID:TITLE")."""
        self._scope = ViewScope.from_key(key)
        self.nav_model.set_scope(key)
        self.state.set(settings.LAST_SCOPE, key)
        index = self.nav_model.index_of(key)
        label = self.nav_model.data(index) if index.isValid() else ""
        if self._scope.group is not None and index.isValid():  # the pillar and the group
            label = self.nav_model.node(index).tooltip or label
        self.setWindowTitle(
            self.tr("{scope} — NALS Desktop").format(scope=label) if label else self.tr("NALS Desktop")
        )
        if not self._searching:
            self._run_query()

    def toggle_facet(self, index: QModelIndex) -> None:
        self.nav_model.cycle_facet(index)
        self._run_query()

    def clear_filters(self) -> None:
        self.nav_model.clear_facets()
        if self.search.text():
            self.search.set_text("")
        else:
            self._run_query()

    # Search

    def set_search(self, text: str) -> None:
        searching = bool(text)
        if searching != self._searching:
            # Rank order while searching, natural order after: the header shows no sort column then.
            self._searching = searching
            self.table.set_sort_indicator_quietly(-1, Qt.SortOrder.AscendingOrder)
            self.table_model.query = replace(self.table_model.query, sort=None, descending=False)
        self._run_query()

    def _terms(self) -> list[str]:
        try:
            return [t.text for t in parse_query(self.table_model.query.search).positive_terms]
        except QuerySyntaxError:
            return []

    def run_saved_search(self, index: QModelIndex) -> None:
        saved = self.nav_model.data(index, PayloadRole)
        if isinstance(saved, workspace.SavedSearch):
            self.search.set_text(saved.query)
            self.table.setFocus()

    def ask_save_search(self) -> None:
        if not self.search.text():
            self.statusBar().showMessage(self.tr("Type a search first, then save it."), 5000)
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Save search"))
        dialog.setLabelText(self.tr("Name of the saved search:"))
        dialog.setTextValue(self.search.text())
        dialog.setAccessibleName(self.tr("Save search"))
        dialog.setAccessibleDescription(self.tr("Give the current search a name to keep it in the navigator"))
        dialog.textValueSelected.connect(self.save_search_as)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def save_search_as(self, name: str) -> None:
        try:
            workspace.save_search(name, self.search.text())
        except NalsError as exc:
            self.errors.report_exception(self.tr("Cannot save the search"), exc, parent=self)
            return
        self.reload_navigator()

    def delete_saved_search(self, index: QModelIndex) -> None:
        saved = self.nav_model.data(index, PayloadRole)
        if not isinstance(saved, workspace.SavedSearch):
            return
        try:
            workspace.delete_saved_search(saved.name)
        except NalsError as exc:
            self.errors.report_exception(self.tr("Cannot delete the saved search"), exc, parent=self)
            return
        self.reload_navigator()

    # The table

    def _run_query(self) -> None:
        text = self.search.text()
        summit_id = pillar_id = group = None
        if text:
            parties = self.nav_model.parties_for("all")
        else:
            scope = self._scope or EVERYTHING
            parties = self.nav_model.parties_for(scope.key)
            summit_id, pillar_id, group = scope.summit_id, scope.pillar_id, scope.group
        current = self.current_commitment_id()
        if current:
            self._reselect = current
        old = self.table_model.query
        self.table_model.set_query(
            TableQuery(
                summit_id=summit_id,
                pillar_id=pillar_id,
                group=group,
                facets=self.nav_model.active_facets(),
                search=text,
                sort=old.sort,
                descending=old.descending,
            ),
            parties,
        )
        if (old.summit_id, old.pillar_id, old.group) != (summit_id, pillar_id, group):
            self.refresh_facets()  # the counts follow the scope

    def _table_loaded(self) -> None:
        self.search.show_problem("")
        self._apply_header_state()
        model = self.table_model
        row = model.row_of(self._reselect) if self._reselect else -1
        if row < 0 and model.rowCount() > 0:
            row = 0
        if row >= 0:
            index = model.index(row, 0)
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)
        else:
            # Nothing shown: nothing of the last commitment stays in the panes (its edits are saved).
            if self.editor.flush():
                self.editor.load(None)
                self.history.load(None)
            self.detail.show_message(self.tr("No commitment matches."))
        self._update_status()
        self._populated = True
        self.table.viewport().update()

    def _table_failed(self, error: TaskError) -> None:
        if error.expected:
            self.search.show_problem(error.message)
        else:
            self.errors.report_task(self.tr("Cannot show the commitments"), error, parent=self)

    def current_commitment_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.table_model.id_at(index.row()) if index.isValid() else None

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        cid = self.table_model.id_at(current.row()) if current.isValid() else None
        if cid is None:
            return
        if cid == self.editor.commitment_id:
            return
        try:
            detail = get_commitment(self.store, cid)
        except NalsError as exc:
            self.detail.show_message(str(exc))
            return
        if not self.editor.load(cid, detail):
            # The previous commitment's edits could not be saved: stay on it, so nothing typed is lost.
            self._select(self.editor.commitment_id)
            return
        self._reselect = cid
        self.state.set(settings.LAST_COMMITMENT, cid)
        self.detail.show_detail(detail, self._terms())
        self.history.load(cid, list(detail.history))

    def _select(self, commitment_id: str | None) -> None:
        row = self.table_model.row_of(commitment_id) if commitment_id else -1
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.table_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )

    # Annotating

    def annotated(self, changes: Changes) -> None:
        """After a save: refresh the changed rows, the open commitment and the facet counts, nothing more."""
        if changes.empty:
            return
        self._own_revisions.update(changes.revisions)
        self.table_model.refresh(set(changes.commitment_ids))
        current = self.current_commitment_id()
        if current in changes.commitment_ids:
            try:
                detail = get_commitment(self.store, current)
            except NalsError as exc:
                self.detail.show_message(str(exc))
            else:
                self.detail.show_detail(detail, self._terms())
                self.history.load(current, list(detail.history))
        self.refresh_facets()

    def poll_store(self) -> None:
        """Look, off the GUI thread, for what other programs saved; show it when they did."""
        if self._polling:
            return
        self._polling = True
        watcher = self.watcher
        self.runner.submit(
            lambda ctx: watcher.poll(),
            on_done=self._changed_elsewhere,
            on_error=self._poll_failed,
            owner=self,
        )

    def _lock_changed(self, locked: bool) -> None:
        """Locked: nothing starts reading the store (the timers stop); unlocked: they start again."""
        timers = (self.watch_timer, self.checkpointer.timer)
        if locked:
            for timer in timers:
                timer.stop()
            self.sync.stop()
            return
        for timer in timers:
            timer.start()
        if not self.read_only:
            self.sync.start()

    def _store_reopened(self) -> None:
        """The lock reopened the store: a new watcher, and what other programs saved meanwhile is shown."""
        self.watcher = StoreWatcher(self.store)
        self.reload_navigator()

    def _poll_failed(self, error: TaskError) -> None:
        self._polling = False
        log.info("cannot look for changes saved elsewhere: %s", error.message)

    def _changed_elsewhere(self, activity: StoreActivity) -> None:
        self._polling = False
        theirs = {rid: cid for rid, cid in activity.revisions.items() if rid not in self._own_revisions}
        self._own_revisions.difference_update(activity.revisions)  # the watcher reports each one once
        if activity.summits_changed:
            self.reload_navigator()
        if not theirs:
            return
        ids = frozenset(theirs.values())
        if self.current_commitment_id() in ids:
            self.editor.flush()
            self.editor.reload()
        self.annotated(
            Changes(commitment_ids=ids, positions=True, status=True, tags=True, revisions=tuple(theirs))
        )
        self.statusBar().showMessage(
            self.tr("Updated: {n} commitments changed in another program.", "", len(ids)).format(
                n=i18n.number(len(ids))
            ),
            8000,
        )

    def refresh_facets(self) -> None:
        """Count stances, priorities, statuses and tags again, updating the navigator in place."""
        store = self.store
        # Counted in the table's scope (the summit or pillar shown; every summit while searching), so
        # that a facet's count is what including it shows.
        query = self.table_model.query
        summit_id, pillar_id, group = query.summit_id, query.pillar_id, query.group
        # Only the counts asked for last are shown: arrowing through scopes may leave earlier ones running.
        self._facet_generation += 1
        generation = self._facet_generation

        def counted(facets: list[workspace.FacetValue]) -> None:
            if generation == self._facet_generation:
                self.nav_model.update_facets(facets)

        self.runner.submit(
            lambda ctx: workspace.facet_values(store, summit_id, pillar_id, group),
            on_done=counted,
            on_error=lambda err: self.errors.report_task(
                self.tr("Cannot count the facets"), err, parent=self
            ),
            owner=self,
        )

    def _store_replaced(self, _restored: object) -> None:
        """The whole store was replaced by a backup: everything shown is read again."""
        self.editor.load(None)
        self.history.load(None)
        self.reload_navigator()

    def _restored(self, changes: Changes) -> None:
        self.editor.reload()
        self.annotated(changes)

    def open_bulk_edit(self) -> BulkEditDialog | None:
        ids = self.selected_commitment_ids()
        if not ids:
            self.statusBar().showMessage(self.tr("Select the commitments to edit first."), 5000)
            return None
        if not self.editor.flush():
            return None
        dialog = BulkEditDialog(self.store, ids, load_author, self, errors=self.errors, runner=self.runner)
        dialog.applied.connect(self._bulk_applied)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _bulk_applied(self, changes: Changes) -> None:
        self.editor.reload()
        self.annotated(changes)

    # Summits

    def summit_in_view(self) -> SummitDTO | None:
        """The summit ``_summit_in_view`` names, with its details (title, date, location, parties)."""
        summit_id, _title = self._summit_in_view()
        found = self.nav_model.node(self.nav_model.index_of(f"summit:{summit_id}")) if summit_id else None
        payload = found.payload if found is not None else None
        return payload if isinstance(payload, SummitDTO) else None

    def _summit_action(self, what: str, key: str) -> None:
        """A summit's context menu in the navigator: that summit is shown first, then edited or deleted."""
        self.navigator.select_key(key)
        if what == "edit":
            self.open_summit_dialog()
        else:
            self.ask_delete_summit()

    def open_summit_dialog(self) -> SummitDialog | None:
        summit = self.summit_in_view()
        if summit is None:
            self.statusBar().showMessage(self.tr("Choose a summit in the navigator first."), 5000)
            return None
        dialog = SummitDialog(self.store, summit, self.runner, self)
        dialog.saved.connect(self._summit_saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _summit_saved(self, summit: SummitDTO) -> None:
        self.statusBar().showMessage(
            self.tr("Saved the details of “{title}”.").format(title=summit.title), 5000
        )
        self.reload_navigator()

    def ask_delete_summit(self) -> None:
        summit = self.summit_in_view()
        if summit is None:
            self.statusBar().showMessage(self.tr("Choose a summit in the navigator first."), 5000)
            return
        store = self.store
        self.runner.submit(
            lambda ctx: summits.delete_impact(store, summit.id),
            on_done=self._confirm_delete,
            on_error=lambda err: self.errors.report_task(
                self.tr("Cannot delete the summit"), err, parent=self
            ),
            owner=self,
        )

    def _confirm_delete(self, impact: summits.DeleteImpact) -> None:
        box = DeleteSummitBox(impact, self)
        self.delete_box = box
        box.buttonClicked.connect(lambda button: self._delete_answered(box, button))
        box.open()

    def _delete_answered(self, box: DeleteSummitBox, button: object) -> None:
        box.deleteLater()
        if button is not box.delete_button:
            return
        if not self.editor.flush():
            return
        store, summit = self.store, box.impact.summit
        self.runner.submit(
            lambda ctx: summits.delete_summit(store, summit.id),
            on_done=lambda kept: self._summit_deleted(summit, kept),
            on_error=lambda err: self.errors.report_task(
                self.tr("Cannot delete the summit"), err, parent=self
            ),
            owner=self,
        )

    def _summit_deleted(self, summit: SummitDTO, kept: Path) -> None:
        self.statusBar().showMessage(
            self.tr("Deleted “{title}”; the store before it was saved as {path}").format(
                title=summit.title, path=kept
            ),
            15000,
        )
        self.editor.load(None)
        self.history.load(None)
        self._scope = None
        self._wanted_scope = None
        self._reselect = None
        self.reload_navigator()

    def open_preferences(self) -> PreferencesDialog:
        dialog = PreferencesDialog(self, self.store.path)
        dialog.keyring_wanted.connect(self.keep_key_in_keyring)
        dialog.idle_minutes_changed.connect(self.lock.set_idle_minutes)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def keep_key_in_keyring(self, keep: bool) -> None:
        """Put the store's key in the system keyring, or take it out (off the GUI thread: it may prompt)."""
        path, key = self.store.path, self.store.key
        if path is None or key is None:
            return

        def work(_ctx: TaskContext) -> bool:
            if keep:
                keyring_copy.enable(path, key)
                return True
            keyring_copy.disable(path)
            return False

        self.runner.submit(
            work,
            on_done=lambda kept: self.statusBar().showMessage(
                self.tr("The store's key is kept in the system keyring.")
                if kept
                else self.tr("The store's key was removed from the system keyring."),
                8000,
            ),
            on_error=lambda err: self.errors.report_task(self.tr("System keyring"), err, parent=self),
            owner=self,
        )

    def open_profile(self, *, first_start: bool = False) -> ProfileDialog:
        dialog = ProfileDialog.ask(self.store, self, first_start=first_start)
        dialog.profile_saved.connect(lambda _author: self.editor.reload())  # "(ours)" moves at once
        return dialog

    def _update_status(self) -> None:
        shown = self.table_model.rowCount()
        key = EVERYTHING.key if self.search.text() or self._scope is None else self._scope.key
        index = self.nav_model.index_of(key)
        node = self.nav_model.node(index) if index.isValid() else None
        total = node.count if node is not None and node.count is not None else shown
        text = self.tr("{shown} shown of {total} · {path}", "", shown).format(
            shown=i18n.number(shown), total=i18n.number(total), path=self.store.label
        )
        if self.table_model.fetch_error:
            text += " · " + self.table_model.fetch_error
        self.status_label.setText(text)
        self.status_label.setAccessibleName(self.tr("Shown commitments: {status}").format(status=text))

    def _focus_results(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.table_model.rowCount():
            self.table.selectRow(0)

    def copy_text(self) -> None:
        item = self.table_model.row_data(self.table.currentIndex().row())
        if item is not None:
            QGuiApplication.clipboard().setText(f"{item.row.reference}  {item.row.text}")

    def copy_reference(self) -> None:
        item = self.table_model.row_data(self.table.currentIndex().row())
        if item is not None:
            QGuiApplication.clipboard().setText(item.row.reference)

    def _header_menu(self, pos: Any) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for i, column in enumerate(self.table_model.columns):
            if column.key == "text":
                continue
            action = menu.addAction(column.title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(i))
            action.toggled.connect(lambda on, i=i: header.setSectionHidden(i, not on))
        menu.popup(header.mapToGlobal(pos))

    # Header state is kept per set of party columns (summits have different parties), with or without groups.

    def _apply_header_state(self) -> None:
        # A model reset gives the header default sections, whatever the columns: restored every time.
        signature = (",".join(self.table_model.parties) or "-") + (
            "+group" if self.table_model.groups else ""
        )
        self._header_signature = signature
        saved = self.state.get(settings.HEADER_STATE, signature)
        header = self.table.horizontalHeader()
        if not saved.isEmpty():
            header.blockSignals(True)
            if not header.restoreState(saved) or not self._header_is_sound():
                self.table.reset_header()  # a state of other columns (written by an older version)
            header.blockSignals(False)
        query = self.table_model.query
        column = self.table_model.column_of(query.sort) if query.sort else -1
        self.table.set_sort_indicator_quietly(
            column, Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder
        )

    def _header_is_sound(self) -> bool:
        header = self.table.horizontalHeader()
        return (
            header.count() == len(self.table_model.columns)
            and header.logicalIndex(0) == 0
            and not any(header.isSectionHidden(i) for i in (0, self.table_model.column_of("text")))
            and all(header.sectionSize(i) > 0 for i in range(header.count()) if not header.isSectionHidden(i))
        )

    def _save_header_state(self) -> None:
        if self._header_signature is not None:
            self.state.set(
                settings.HEADER_STATE, self.table.horizontalHeader().saveState(), self._header_signature
            )

    # Import

    def open_import_dialog(self, path: Path | None = None) -> ImportDialog:
        # Imported here: the importers (lxml, markdown-it) are not needed to start.
        from nals_desktop.ui.import_dialog import ImportDialog

        if self.import_dialog is None:
            dialog = ImportDialog(self.store, self.runner, self.errors, self)
            dialog.imported.connect(self._imported)
            dialog.finished.connect(self._import_dialog_closed)
            self.import_dialog = dialog
        self.import_dialog.open()
        if isinstance(path, Path):
            self.import_dialog.preview_path(path)
        return self.import_dialog

    def selected_commitment_ids(self) -> list[str]:
        # From the selection's ranges: selectedRows() makes an index per row (8 s for Ctrl+A on 100,000).
        ids = self.table_model.ids
        selection = self.table.selectionModel().selection()
        spans = sorted((selection.at(i).top(), selection.at(i).bottom()) for i in range(selection.count()))
        chosen: list[str] = []
        end = -1  # the last row taken: ranges may overlap
        for top, bottom in spans:
            if bottom > end:
                chosen += ids[max(top, end + 1) : bottom + 1]
                end = bottom
        return chosen

    def open_book_dialog(self) -> BookDialog:
        """File → Export briefing book…: the dialog opens on what the user is looking at."""
        from nals_desktop.ui.book import export_briefing_book

        scope = self._scope or EVERYTHING
        query = self.search.text() or None
        if query:  # the results span every summit: the book is of the summit of the hit in view
            row = max(self.table.currentIndex().row(), 0)
            hit = self.table_model.row_data(row) if row < self.table_model.rowCount() else None
            scope = ViewScope(summit_id=hit.row.summit_id) if hit is not None else EVERYTHING
        return export_briefing_book(
            self,
            self.store,
            summit_id=scope.summit_id,
            pillar_ids=[scope.pillar_id] if scope.pillar_id else [],
            group=scope.group,
            selected_commitment_ids=self.selected_commitment_ids(),
            saved_query=query,
        )

    # Compare positions and the progress dashboard (their own windows; the store is read off this thread)

    def open_compare(self) -> CompareDialog | None:
        from nals_desktop.ui.compare import CompareDialog

        summit_id, _title = self._summit_in_view()
        if summit_id is None:
            self.statusBar().showMessage(
                self.tr("Choose a summit or a pillar to compare its positions."), 5000
            )
            return None
        selected = self.selected_commitment_ids()
        scope = self._scope if self._scope is not None and not self.search.text() else EVERYTHING
        by_scope = len(selected) < 2  # several selected rows are compared, whatever the scope
        dialog = CompareDialog(self.store, self.runner, self.errors, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.load(
            summit_id,
            pillar_ids=[scope.pillar_id] if scope.pillar_id and by_scope else [],
            group=scope.group if by_scope else None,
            commitment_ids=selected if len(selected) > 1 else [],
            own_party=load_author().delegation,
        )
        dialog.show()
        return dialog

    def open_dashboard(self) -> ProgressDashboard | None:
        from nals_desktop.ui.dashboard import ProgressDashboard

        summit_id, _title = self._summit_in_view()
        if summit_id is None:
            self.statusBar().showMessage(self.tr("Choose a summit to see its progress."), 5000)
            return None
        dialog = ProgressDashboard(
            self.store, self.runner, self.errors, self, print_book=self._print_progress
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.load(summit_id, load_author().delegation)
        dialog.show()
        return dialog

    def _print_progress(self, summit_id: str) -> BookDialog:
        from nals_desktop.ui.book import export_briefing_book

        dialog = export_briefing_book(self, self.store, summit_id=summit_id)
        dialog.section_checks["progress"].setChecked(True)
        return dialog

    def _import_dialog_closed(self) -> None:
        if self.import_dialog is not None:
            self.import_dialog.deleteLater()
            self.import_dialog = None

    def _imported(self, summary: ImportSummary) -> None:
        self.statusBar().showMessage(
            #: {pillars} and {commitments} are counted, e.g. "6 pillars", "1 commitment".
            self.tr("Imported “{title}”: {pillars}, {commitments}.").format(
                title=summary.title,
                pillars=self.tr("{n} pillars", "", summary.pillars).format(n=i18n.number(summary.pillars)),
                commitments=self.tr("{n} commitments", "", summary.commitments).format(
                    n=i18n.number(summary.commitments)
                ),
            ),
            10000,
        )
        self._reselect = None
        self.reload_navigator(then_scope=ViewScope(summit_id=summary.summit_id))

    @staticmethod
    def _importable(event: QDragEnterEvent | QDropEvent) -> Path | None:
        """The first dropped fact sheet or bundle."""
        from nals_desktop.importers import SUPPORTED_SUFFIXES
        from nals_desktop.services.bundles import BUNDLE_SUFFIX

        mime = event.mimeData()
        if not mime.hasUrls():
            return None
        for url in mime.urls():
            suffix = Path(url.toLocalFile()).suffix.lower()
            if url.isLocalFile() and (suffix in SUPPORTED_SUFFIXES or suffix == BUNDLE_SUFFIX):
                return Path(url.toLocalFile())
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._importable(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._importable(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        if path.suffix.lower() == ".nalsx":  # services.bundles.BUNDLE_SUFFIX
            self.open_receive_dialog(path)
        else:
            self.open_import_dialog(path)

    # Exchange

    def open_send_dialog(self) -> SendDialog:
        """File → Exchange → Send to a colleague…: the group or the summit in view is offered first."""
        from nals_desktop.ui.exchange import SendDialog

        self.editor.flush()  # what was just typed goes too
        summit_id, title = self._summit_in_view()
        scope = self._scope if self._scope is not None and not self.search.text() else EVERYTHING
        group = None
        if scope.pillar_id and scope.group is not None:
            index = self.nav_model.index_of(scope.key)
            if index.isValid():  # the pillar and the group, as the window's title names them
                group = (scope.pillar_id, scope.group, self.nav_model.node(index).tooltip or scope.group)
        dialog = SendDialog(
            self.store,
            self.runner,
            self.errors,
            load_author,
            summit_id=summit_id,
            summit_title=title,
            group=group,
            parent=self,
        )
        dialog.sent.connect(
            lambda summary: self.statusBar().showMessage(
                self.tr("Bundle written: {path}").format(path=summary.path), 10000
            )
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _summit_in_view(self) -> tuple[str | None, str]:
        """The summit of the pillar or summit chosen, else of the commitment in view (searching or "all")."""
        summit_id = None
        node: Node | None = self.nav_model.node(self.nav_model.index_of((self._scope or EVERYTHING).key))
        while node is not None and node.kind not in (Kind.SUMMIT, Kind.ALL):
            node = node.parent
        if node is not None and node.kind is Kind.SUMMIT:
            summit_id = node.payload.id
        else:
            item = self.table_model.row_data(self.table.currentIndex().row())
            summit_id = item.row.summit_id if item is not None else None
        if summit_id is None:
            return None, ""
        index = self.nav_model.index_of(f"summit:{summit_id}")
        return (summit_id, str(self.nav_model.data(index))) if index.isValid() else (None, "")

    def open_receive_dialog(self, path: Path | None = None) -> ReceiveDialog | None:
        """File → Exchange → Receive… (or a dropped bundle): a preview first, then Apply or Cancel."""
        from nals_desktop.ui.exchange import ReceiveDialog

        if self.read_only:
            self.statusBar().showMessage(self.tr("This window is read-only: it cannot receive."), 8000)
            return None
        if not isinstance(path, Path):
            path = ReceiveDialog.ask_file(self)
            if path is None:
                return None
        if not self.editor.flush():  # an edit that cannot be saved is not merged over
            return None
        dialog = ReceiveDialog(self.store, self.runner, self.errors, load_author().device_id, self)
        dialog.received.connect(self._received)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        dialog.preview_path(path)
        return dialog

    def _received(self, result: ImportResult) -> None:
        report = result.report
        sender = result.sender["name"] or result.sender["device_id"][:8]
        self.statusBar().showMessage(
            self.tr("Received from {sender}: {revisions}, {conflicts}.").format(
                sender=sender,
                revisions=self.tr("{n} new revisions", "", report.added).format(n=i18n.number(report.added)),
                conflicts=self.tr("{n} in conflict", "", len(report.conflicted)).format(
                    n=i18n.number(len(report.conflicted))
                ),
            ),
            10000,
        )
        changes = report.changes
        self._own_revisions.update(changes.revisions)
        if result.summits_added or result.groups_added:
            # New summits or groups: the tree, the table and the facets are read again.
            self.reload_navigator()
            self.table_model.reload()
        if self.current_commitment_id() in changes.commitment_ids:
            self.editor.reload()
        self.annotated(changes)

    # Help

    def show_about(self) -> QMessageBox:
        box = QMessageBox(self)
        box.setObjectName("aboutBox")
        box.setWindowTitle(self.tr("About NALS Desktop"))
        box.setIconPixmap(icons.app_icon().pixmap(64, 64))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(
            f"<h3>NALS Desktop {html.escape(nals_desktop.__version__)}</h3>"
            + "<p>"
            + html.escape(self.tr("Summit commitments, negotiating positions and briefing books, offline."))
            + "</p><p>"
            + html.escape(self.tr("Data folder: {path}").format(path=data_home()))
            + "<br>"
            + html.escape(self.tr("Store: {path}").format(path=self.store.label))
            + "</p><p style='color:gray'>"
            + html.escape(self.tr("Qt {qt} · PySide6 {pyside}").format(qt=qVersion(), pyside=pyside_version))
            + "</p>"
        )
        box.setAccessibleName(self.tr("About NALS Desktop"))
        box.setAccessibleDescription(self.tr("Version and data folder"))
        box.finished.connect(box.deleteLater)
        box.open()
        return box

    def show_search_help(self) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Search syntax"),
            syntax_help(),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setAccessibleName(self.tr("Search syntax"))
        box.setAccessibleDescription(self.tr("How to write searches"))
        box.finished.connect(box.deleteLater)
        box.open()
        return box

    def reload(self) -> None:
        self.reload_navigator()

    # Window state

    def _restore_window_state(self) -> None:
        geometry = self.state.get(settings.GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            screen = QGuiApplication.primaryScreen()
            available = screen.availableGeometry() if screen else None
            width = min(1400, available.width() - 80) if available else 1280
            height = min(880, available.height() - 80) if available else 800
            self.resize(max(900, width), max(600, height))
        self.restoreState(self.state.get(settings.WINDOW_STATE))
        for setting, splitter in (
            (settings.MAIN_SPLITTER, self.main_splitter),
            (settings.TABLE_SPLITTER, self.table_splitter),
        ):
            saved = self.state.get(setting)
            if not saved.isEmpty():
                splitter.restoreState(saved)

    def save_window_state(self) -> None:
        self.state.set(settings.GEOMETRY, self.saveGeometry())
        self.state.set(settings.WINDOW_STATE, self.saveState())
        self.state.set(settings.MAIN_SPLITTER, self.main_splitter.saveState())
        self.state.set(settings.TABLE_SPLITTER, self.table_splitter.saveState())
        self._save_header_state()
        self.state.set(settings.LAST_SCOPE, self._scope.key if self._scope else "")
        current = self.current_commitment_id()
        if current:
            self.state.set(settings.LAST_COMMITMENT, current)
        self.state.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.editor.flush() and not self._close_despite_unsaved:
            # The error was shown; a second close closes (the user has been told what is not saved).
            self._close_despite_unsaved = True
            event.ignore()
            return
        self.save_window_state()
        self.watch_timer.stop()
        self.sync.stop()
        self.runner.wait(10_000)
        self.watcher.close()
        self.checkpointer.close()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.poll_store()  # back from another program: show what it saved at once
        super().changeEvent(event)

    # Readiness (the self-check and the benchmark wait for it)

    @property
    def is_ready(self) -> bool:
        return self._is_ready

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self._is_ready
            and self._populated
            and watched is self.table.viewport()
            and event.type() == QEvent.Type.Paint
        ):
            self._is_ready = True
            QTimer.singleShot(0, self.ready.emit)
        return super().eventFilter(watched, event)
