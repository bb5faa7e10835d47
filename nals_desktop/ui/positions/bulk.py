"""Bulk edit: the same stance, priority, tags or status on several commitments (one revision each).

Tags can be added or removed, keeping each commitment's others, or replaced outright."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from nals_desktop import i18n
from nals_desktop.domain.errors import NalsError
from nals_desktop.services import annotate
from nals_desktop.services.browse import list_summits
from nals_desktop.services.dto import PartyDTO, SummitDTO
from nals_desktop.services.identity import Author
from nals_desktop.services.workspace import SelectionSummary, selection_summary
from nals_desktop.store.engine import Store
from nals_desktop.ui.errors import ErrorReporter
from nals_desktop.ui.positions.common import (
    TagsEdit,
    priority_choices,
    set_accessible,
    stance_choices,
    status_choices,
)
from nals_desktop.ui.tasks import TaskContext, TaskError, TaskRunner

# The value of a choice that leaves the field as it is.
UNCHANGED = "\x00unchanged"
TAGS_ADD, TAGS_REMOVE, TAGS_REPLACE = "add", "remove", "replace"
_WARNING_STYLE = "color: #8a1c12;"


class BulkEditDialog(QDialog):
    """Set stance, priority, tags or status on ``commitment_ids`` at once; everything else is left unchanged.

    ``BulkEditDialog(store, commitment_ids, author_provider, parent=None, errors=None, runner=None)``; open
    it with ``open()``; after the user applies, ``applied(Changes)`` is emitted and ``changes`` holds them
    (None if cancelled).
    ``apply() -> bool`` does what the Apply button does (tests call it directly).
    """

    applied = Signal(object)

    def __init__(
        self,
        store: Store,
        commitment_ids: Sequence[str],
        author_provider: Callable[[], Author],
        parent: QWidget | None = None,
        *,
        errors: ErrorReporter | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.errors = errors or ErrorReporter(self)
        # The window passes its own (store work off the GUI thread: a selection may hold 100,000 rows);
        # without one the work is done at once, as in tests.
        self.runner = runner or TaskRunner(self, synchronous=True)
        self._applied_ok = False
        self.ids = list(dict.fromkeys(commitment_ids))
        self.author_provider = author_provider
        self.changes: annotate.Changes | None = None
        self.setObjectName("bulkEditDialog")
        n = len(self.ids)
        self.setWindowTitle(self.tr("Edit {n} commitments", "", n).format(n=i18n.number(n)))
        set_accessible(self, self.windowTitle(), self.tr("Set the same values on every selected commitment"))

        self.summary = summary = QLabel(self.tr("Reading the selection…"), self)
        summary.setWordWrap(True)
        set_accessible(summary, self.tr("Selected commitments"), summary.text())

        self.party_combo = QComboBox(self)
        set_accessible(self.party_combo, self.tr("Party"), self.tr("Whose position the changes apply to"))
        self.stance_combo = self._choices(stance_choices())
        set_accessible(self.stance_combo, self.tr("Stance"), self.tr("The stance to set, or leave unchanged"))
        self.priority_combo = self._choices(priority_choices())
        set_accessible(
            self.priority_combo, self.tr("Priority"), self.tr("The priority to set, or leave unchanged")
        )
        self.tags_mode = QComboBox(self)
        self.tags_mode.addItem(self.tr("Leave unchanged"), UNCHANGED)
        self.tags_mode.addItem(self.tr("Add these tags"), TAGS_ADD)
        self.tags_mode.addItem(self.tr("Remove these tags"), TAGS_REMOVE)
        self.tags_mode.addItem(self.tr("Replace all tags with these"), TAGS_REPLACE)
        set_accessible(
            self.tags_mode,
            self.tr("Tags"),
            self.tr("Add or remove the tags given, keeping each commitment's others, or replace them all"),
        )
        self.tags_edit = TagsEdit(self)
        self.tags_edit.setEnabled(False)
        set_accessible(
            self.tags_edit,
            self.tr("Tags to change"),
            self.tr("Comma-separated tags for every selected commitment"),
        )
        self.tags_mode.currentIndexChanged.connect(
            lambda: self.tags_edit.setEnabled(self.tags_mode.currentData() != UNCHANGED)
        )
        self.status_combo = QComboBox(self)
        self.status_combo.addItem(self.tr("Leave unchanged"), UNCHANGED)
        for value, text in status_choices():
            self.status_combo.addItem(text, value)
        set_accessible(
            self.status_combo,
            self.tr("Implementation status"),
            self.tr("The status to set, or leave unchanged; a new status needs a reason"),
        )
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setPlaceholderText(self.tr("Required when you set a status"))
        set_accessible(
            self.reason_edit, self.tr("Reason"), self.tr("Why the status changes; required with a status")
        )
        self.error_label = QLabel(self)
        self.error_label.setObjectName("bulkProblem")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(_WARNING_STYLE)
        set_accessible(self.error_label, self.tr("Problem"), self.tr("Why nothing was applied"))
        self.error_label.hide()

        position = QGroupBox(self.tr("Position"), self)
        form = QFormLayout(position)
        form.addRow(self._label(self.tr("Part&y:"), self.party_combo), self.party_combo)
        form.addRow(self._label(self.tr("&Stance:"), self.stance_combo), self.stance_combo)
        form.addRow(self._label(self.tr("P&riority:"), self.priority_combo), self.priority_combo)
        form.addRow(self._label(self.tr("T&ags:"), self.tags_mode), self.tags_mode)
        form.addRow("", self.tags_edit)
        status = QGroupBox(self.tr("Implementation status"), self)
        status_form = QFormLayout(status)
        status_form.addRow(self._label(self.tr("S&tatus:"), self.status_combo), self.status_combo)
        status_form.addRow(self._label(self.tr("Reaso&n:"), self.reason_edit), self.reason_edit)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel, self
        )
        apply = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        apply.setText(self.tr("&Apply to {n} commitments", "", n).format(n=i18n.number(n)))
        apply.setDefault(True)
        set_accessible(apply, apply.text(), self.tr("Save the chosen values on every selected commitment"))
        apply.clicked.connect(self.apply)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        set_accessible(cancel, self.tr("Cancel"), self.tr("Close without changing anything"))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(position)
        layout.addWidget(status)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())
        self._load()

    def _load(self) -> None:
        """The selection's references and common parties, and the known tags, read off the GUI thread."""
        store, ids = self.store, self.ids
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).setEnabled(False)

        def scope(ctx: TaskContext) -> tuple[SelectionSummary, list[SummitDTO]]:
            return selection_summary(store, ids), list_summits(store)

        self.runner.submit(
            scope,
            on_done=self._scope_loaded,
            on_error=lambda err: self.errors.report_task(
                self.tr("Cannot show the selected commitments"), err, parent=self
            ),
            owner=self,
        )
        self.runner.submit(
            lambda ctx: annotate.all_tags(store),
            on_done=self.tags_edit.set_known_tags,
            on_error=lambda err: self.errors.report_task(  # the dialog still works, without completion
                self.tr("Cannot offer the known tags"), err, parent=self
            ),
            owner=self,
        )

    def _scope_loaded(self, loaded: tuple[SelectionSummary, list[SummitDTO]]) -> None:
        selection, summits = loaded
        by_id = {s.id: s for s in summits}
        parties: list[PartyDTO] = []
        known = [sid for sid in selection.summit_ids if sid in by_id]
        if known:  # the parties every summit of the selection has
            parties = list(by_id[known[0]].parties)
            for sid in known[1:]:
                codes = {p.code for p in by_id[sid].parties}
                parties = [p for p in parties if p.code in codes]
        own = (self.author_provider().delegation or "").upper()
        for party in sorted(parties, key=lambda p: p.code != own):
            text = self.tr("{party} (ours)").format(party=party.label) if party.code == own else party.label
            self.party_combo.addItem(text, party.code)
        self.summary.setText(self._summary(list(selection.references)))
        self.summary.setAccessibleDescription(self.summary.text())
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).setEnabled(True)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _choices(self, choices: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(self.tr("Leave unchanged"), UNCHANGED)
        combo.addItem(self.tr("Clear (not set)"), None)
        for value, text in choices:
            combo.addItem(text, value)
        return combo

    def _summary(self, refs: list[str]) -> str:
        shown = ", ".join(refs[:12]) + (" …" if len(self.ids) > 12 else "")
        return self.tr(
            "Selected: {refs}. Fields left unchanged keep each commitment's own value; "
            "every commitment that changes gets one new revision."
        ).format(refs=shown)

    def position_changes(self) -> dict[str, Any]:
        changes: dict[str, Any] = {}
        for name, combo in (("stance", self.stance_combo), ("priority", self.priority_combo)):
            if combo.currentData() != UNCHANGED:
                changes[name] = combo.currentData()
        if self.tags_mode.currentData() == TAGS_REPLACE:
            changes["tags"] = self.tags_edit.tags()
        return changes

    def tag_edit(self) -> annotate.TagEdit | None:
        """Tags to add or remove on each commitment's own (None: leave them, or replace them all)."""
        mode, tags = self.tags_mode.currentData(), tuple(self.tags_edit.tags())
        if mode == TAGS_ADD and tags:
            return annotate.TagEdit(add=tags)
        if mode == TAGS_REMOVE and tags:
            return annotate.TagEdit(remove=tags)
        return None

    def status_changes(self) -> dict[str, Any]:
        if self.status_combo.currentData() == UNCHANGED:
            return {}
        return {"status": self.status_combo.currentData(), "reason": self.reason_edit.text().strip()}

    def _problem(self, text: str) -> bool:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        return False

    def apply(self) -> bool:
        positions, status, tag_edit = self.position_changes(), self.status_changes(), self.tag_edit()
        if not positions and not status and tag_edit is None:
            return self._problem(
                self.tr("Choose at least one value to set; everything is left unchanged now.")
            )
        if status and not status["reason"]:
            self.reason_edit.setFocus()
            return self._problem(self.tr("Say why the status changes: a reason is required."))
        party = self.party_combo.currentData()
        if (positions or tag_edit) and not party:
            return self._problem(self.tr("These commitments have no party in common to set a position for."))
        try:  # validated first, so that the status is not refused after the positions were saved
            annotate.validate_position_changes(positions)
            annotate.validate_status_changes(status)
        except NalsError as exc:
            return self._problem(str(exc))
        author = self.author_provider()
        store, ids = self.store, self.ids

        def work(ctx: TaskContext) -> annotate.Changes:
            results = []
            if positions or tag_edit:
                results.append(annotate.bulk_set_positions(store, ids, party, positions, author, tag_edit))
            if status:
                results.append(annotate.bulk_set_status(store, ids, status, author))
            return annotate.Changes.union(results) or annotate.Changes(frozenset(ids))

        self.buttons.setEnabled(False)
        self._problem("")
        self._applied_ok = False
        self.runner.submit(work, on_done=self._applied, on_error=self._apply_failed, owner=self)
        return self._applied_ok or not self.runner.synchronous

    def _applied(self, changes: annotate.Changes) -> None:
        self.changes = changes
        self._applied_ok = True
        self._problem("")
        self.applied.emit(self.changes)
        self.accept()

    def _apply_failed(self, error: TaskError) -> None:
        self.buttons.setEnabled(True)
        self._problem(error.message)
