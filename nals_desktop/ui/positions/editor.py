"""The position editor: every party's position and the implementation status of one commitment, autosaved."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from nals_desktop.services.dto import CommitmentDetail
from nals_desktop.services.identity import Author
from nals_desktop.store.engine import Store
from nals_desktop.ui.errors import ErrorReporter
from nals_desktop.ui.positions.common import set_accessible
from nals_desktop.ui.positions.controller import PositionController
from nals_desktop.ui.positions.form import STATUS, Binding, PositionForm


class PositionEditor(PositionForm):
    """Edit every party's position and the implementation status of one commitment; saves by itself.

    The widgets are a PositionForm; a PositionController binds them to the store. API for the main window:
      * ``load(commitment_id, detail=None) -> bool``: saves pending edits, then shows ``commitment_id``
        (None: an empty, disabled editor). Returns False, and stays on the current commitment with the
        problem shown, when the pending edits could not be saved (see ``flush``); the caller then puts
        its selection back. ``detail``: an already fetched ``CommitmentDetail`` of that id (saves a query).
      * ``flush() -> bool``: saves pending edits now, synchronously. False when something could not be
        saved: a store error (reported through the ErrorReporter), a value the domain's rules refuse (over
        the length limit, a control character) or a status change without a reason (both shown inline).
        What was typed stays in the widgets. Call it from closeEvent; ``install_quit_hooks(app)`` calls it
        on aboutToQuit and commitDataRequest.
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
        self.controller = PositionController(self, store, author_provider, self.errors, autosave_ms)
        self.controller.saved.connect(self.saved)
        self.controller.state_changed.connect(self.state_changed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        self.controller.set_read_only(False)

    @property
    def commitment_id(self) -> str | None:
        return self.controller.cid

    @property
    def state(self) -> str:
        return self.controller.state

    @property
    def autosave_timer(self) -> QTimer:
        """The debounce timer of autosave (its interval is the wait after the last keystroke)."""
        return self.controller.timer

    @property
    def party_codes(self) -> list[str]:
        return [p.code for p in self.parties]

    def field_widget(self, party: str, name: str) -> QWidget:
        """The input of one party's position field (``rules.POSITION_FIELDS``)."""
        return self.fields[(party.upper(), name)].widget

    def status_widget(self, name: str) -> QWidget:
        """The input of a status field (``rules.STATUS_FIELDS``); progress is the spin box."""
        return self.fields[(STATUS, name)].widget

    def binding(self, party: str, name: str) -> Binding:
        """The binding of a field (its widget and the label its problem is shown in); "" for the status."""
        return self.fields[(party.upper(), name)]

    def problems(self) -> list[str]:
        return self.controller.problems()

    def has_unsaved_changes(self) -> bool:
        return self.controller.has_unsaved_changes()

    def load(self, commitment_id: str | None, detail: CommitmentDetail | None = None) -> bool:
        return self.controller.load(commitment_id, detail)

    def reload(self) -> bool:
        return self.load(self.commitment_id)

    def discard_changes(self) -> None:
        self.controller.discard_changes()

    def flush(self) -> bool:
        return self.controller.save(deferred=False)

    def set_read_only(self, read_only: bool) -> None:
        self.controller.set_read_only(read_only)

    def undo(self) -> None:
        self.controller.undo()

    def redo(self) -> None:
        self.controller.redo()

    def install_quit_hooks(self, app: QGuiApplication) -> None:
        """Save on quit and when the desktop session ends (closeEvent should call ``flush`` itself)."""
        app.aboutToQuit.connect(self.flush)
        app.commitDataRequest.connect(lambda _manager: self.flush())

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None and self._contains(old) and (new is None or not self._contains(new)):
            self.flush()

    def _contains(self, widget: QWidget) -> bool:
        # Across windows too: the tags' completion popup is the editor's.
        w: QWidget | None = widget
        while w is not None:
            if w is self:
                return True
            w = w.parentWidget()
        return False

    def hideEvent(self, event: Any) -> None:
        self.flush()
        super().hideEvent(event)
