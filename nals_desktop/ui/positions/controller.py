"""The position editor's controller: the form's values against the store, undo, the domain's rules, saving."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

from nals_desktop.domain import rules
from nals_desktop.domain.errors import NalsError, ValidationError
from nals_desktop.domain.model import DEFAULT_MARKINGS
from nals_desktop.services import annotate, revisions
from nals_desktop.services.browse import get_commitment
from nals_desktop.services.dto import CommitmentDetail, PartyDTO, PositionDTO, StatusDTO
from nals_desktop.services.identity import Author
from nals_desktop.store.engine import Store
from nals_desktop.ui.errors import ErrorReporter
from nals_desktop.ui.positions.common import field_label
from nals_desktop.ui.positions.form import STATUS, Key, PositionForm, tr

log = logging.getLogger("nals.ui.positions")

# Status fields that make a change (the reason goes with them).
STATUS_VALUES = ("status", "progress", "evidence", "as_of")
# Fields whose edits merge into one undo step while typing.
_TYPED = {*rules.TEXT_FIELDS, "tags", "evidence", "reason", "progress", "as_of"}


class _FieldEdit(QUndoCommand):
    """One field changed from ``old`` to ``new``; typing in one field merges into one step until a save."""

    ID = 0x4E414C53

    def __init__(self, controller: PositionController, key: Key, old: Any, new: Any, text: str) -> None:
        super().__init__(text)
        self.controller = controller
        self.key = key
        self.old = old
        self.new = new
        self._pushed = False

    def id(self) -> int:
        return self.ID if self.key[1] in _TYPED else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _FieldEdit) or other.key != self.key:
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        if not self._pushed:  # the widget already shows the new value
            self._pushed = True
            return
        self.controller.apply_undo(self.key, self.new)

    def undo(self) -> None:
        self.controller.apply_undo(self.key, self.old)


class PositionController(QObject):
    """Binds a PositionForm to the store: loads a commitment into it, keeps one undo stack per commitment,
    checks every edit with the domain's rules, and saves what differs (debounced, or at once on ``flush``).

    A tag or a reason being typed is saved when the user leaves it, not by the timer in the middle of a word;
    a status change waits for its reason while the other edits are saved.
    """

    saved = Signal(object)
    state_changed = Signal(str)

    def __init__(
        self,
        form: PositionForm,
        store: Store,
        author_provider: Callable[[], Author],
        errors: ErrorReporter,
        autosave_ms: int,
    ) -> None:
        super().__init__(form)
        self.form = form
        self.store = store
        self.author_provider = author_provider
        self.errors = errors
        self.cid: str | None = None
        self.conflicts: list[revisions.OpenConflict] = []  # those of the commitment shown
        self.state = "saved"
        self.read_only = False
        self._saved: dict[Key, Any] = {}  # stored values, as compared and saved
        # The head revision each party's values (and the status, under STATUS) were loaded from or saved as:
        # a save tells the service, which merges instead of overwriting what another program saved since.
        self._heads: dict[str, str | None] = {}
        self._last: dict[Key, Any] = {}  # widget values as of the last undo step
        self._problems: dict[Key, str] = {}
        self._save_error: str | None = None
        self._reported_error: str | None = None
        self._saved_at: datetime | None = None
        self._loading = False
        self._applying = False
        self._saving = False
        self._stacks: dict[str, QUndoStack] = {}
        self.group = QUndoGroup(self)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(autosave_ms)
        self.timer.timeout.connect(lambda: self.save(deferred=True))

        form.field_changed.connect(self._on_field_changed)
        form.unit_finished.connect(self._on_unit_finished)
        form.conflict_page.resolve_requested.connect(self.resolve_conflict)
        form.undo_action.triggered.connect(self.undo)
        form.redo_action.triggered.connect(self.redo)
        self.group.canUndoChanged.connect(lambda _b: self._update_actions())
        self.group.canRedoChanged.connect(lambda _b: self._update_actions())
        self.group.undoTextChanged.connect(lambda _t: self._update_undo_texts())
        self.group.redoTextChanged.connect(lambda _t: self._update_undo_texts())

    # What the editor asks

    def problems(self) -> list[str]:
        """The messages now shown: fields that cannot be saved as they are, and a failed save."""
        return [*self._problems.values(), *([self._save_error] if self._save_error else [])]

    def has_unsaved_changes(self) -> bool:
        return self.cid is not None and bool(self._dirty_keys())

    def load(self, commitment_id: str | None, detail: CommitmentDetail | None = None) -> bool:
        reloading = commitment_id == self.cid
        if not self.save(deferred=False):
            return False
        if commitment_id is not None and (detail is None or detail.id != commitment_id or reloading):
            detail = self._fetch(commitment_id)
        self._show(detail if commitment_id is not None else None)
        return True

    def discard_changes(self) -> None:
        self.timer.stop()
        self._problems.clear()
        self._save_error = None
        cid, self.cid = self.cid, None  # nothing to flush
        self._show(self._fetch(cid) if cid else None)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.form.lock_inputs(read_only)
        self._update_actions()
        self._set_state(self.state)

    def undo(self) -> None:
        if not self.read_only:
            self.group.undo()

    def redo(self) -> None:
        if not self.read_only:
            self.group.redo()

    def _fetch(self, commitment_id: str) -> CommitmentDetail | None:
        try:
            return get_commitment(self.store, commitment_id)
        except NalsError as exc:
            self.errors.report_exception(tr("Cannot show the commitment"), exc, parent=self.form)
            return None

    def _update_actions(self) -> None:
        self.form.undo_action.setEnabled(self.group.canUndo() and not self.read_only)
        self.form.redo_action.setEnabled(self.group.canRedo() and not self.read_only)

    def _update_undo_texts(self) -> None:
        self.form.set_undo_texts(self.group.undoText(), self.group.redoText())

    # Showing a commitment

    def _show(self, detail: CommitmentDetail | None) -> None:
        self.timer.stop()
        self._problems.clear()
        self._save_error = None
        self._saved_at = None
        if detail is None:
            self.cid = None
            self.form.show_commitment(None)
            self.group.setActiveStack(None)  # type: ignore[arg-type]  # Qt takes nullptr
            self._update_problems()
            self._set_state("saved")
            return
        own = (self.author_provider().delegation or "").upper() or None
        parties = sorted(detail.summit.parties, key=lambda p: p.code != own)
        self._loading = True
        try:
            if [p.code for p in parties] != [p.code for p in self.form.parties] or own != self.form.own:
                self.form.rebuild_tabs(parties, own)
                self.form.lock_inputs(self.read_only)
            positions = {p.party_code: p for p in detail.positions}
            self._heads = {code: pos.head_revision_id for code, pos in positions.items()}
            self._heads[STATUS] = detail.status.head_revision_id if detail.status else None
            for party in parties:
                self._fill_position(party, positions.get(party.code))
            self._fill_status(detail.status)
            try:
                known = annotate.all_tags(self.store)
            except NalsError as exc:  # the editor still works, without completion
                self.errors.report_exception(tr("Cannot offer the known tags"), exc, parent=self.form)
                known = []
            for party in parties:
                self.form.fields[(party.code, "tags")].widget.set_known_tags(known)  # type: ignore[attr-defined]
        finally:
            self._loading = False
        self.cid = detail.id
        self.form.show_commitment(detail.reference, detail.text)
        self._show_conflicts(detail.id)
        stack = self._stacks.get(detail.id)
        if stack is None:
            stack = self._stacks[detail.id] = QUndoStack(self.group)
        stack.setClean()
        self.group.setActiveStack(stack)
        self._update_problems()
        self._set_state("saved")

    def _show_conflicts(self, commitment_id: str) -> None:
        try:
            found = revisions.open_conflicts(self.store, commitment_id=commitment_id)
            # In the order of the tabs and their fields: the own delegation first, the status last.
            tabs = {p.code: i for i, p in enumerate(self.form.parties)}
            fields = {name: i for i, name in enumerate((*rules.POSITION_FIELDS, *rules.STATUS_FIELDS))}
            self.conflicts = sorted(
                found,
                key=lambda c: (tabs.get(c.party_code or "", len(tabs)), fields.get(c.field, len(fields))),
            )
        except NalsError as exc:  # the editor still works; the conflicts are shown on the next load
            self.errors.report_exception(tr("Cannot show the conflicts"), exc, parent=self.form)
            self.conflicts = []
        self.form.show_conflicts(self.conflicts, self.author_provider().name)

    def _fill(self, key: Key, value: Any) -> None:
        binding = self.form.fields[key]
        binding.set_raw(value)
        self._saved[key] = value
        self._last[key] = binding.raw()

    def _fill_position(self, party: PartyDTO, pos: PositionDTO | None) -> None:
        values: dict[str, Any] = {
            "stance": pos.stance if pos else None,
            "priority": pos.priority if pos else None,
            "marking": pos.marking if pos else DEFAULT_MARKINGS[0],
            "tags": rules.tag_names(pos.tags) if pos else [],
            **{name: getattr(pos, name) if pos else "" for name in rules.TEXT_FIELDS},
        }
        for name, value in values.items():
            self._fill((party.code, name), value)
        self.form.show_info(party.code, pos.updated_by if pos else "", pos.updated_at if pos else None)

    def _fill_status(self, status: StatusDTO | None) -> None:
        values: dict[str, Any] = {
            "status": status.status if status else None,
            "progress": status.progress if status else 0,
            "evidence": status.evidence if status else "",
            "as_of": status.as_of.isoformat() if status and status.as_of else None,
            "reason": "",
        }
        for name, value in values.items():
            self._fill((STATUS, name), value)
        self.form.allow_no_status(status is None)
        if status is None:
            self.form.info[STATUS].setText(tr("No status recorded yet."))
        else:
            self.form.show_status_info(status.reason, status.updated_by, status.updated_at)

    # Edits, undo and problems

    def _value(self, key: Key) -> Any:
        return self.form.fields[key].value()

    def _dirty_keys(self) -> list[Key]:
        return [
            k for k, b in self.form.fields.items() if k[1] != "reason" and b.value() != self._saved.get(k)
        ]

    def _on_field_changed(self, key: Key) -> None:
        if self._loading or self._applying or key not in self.form.fields:
            return
        new = self.form.fields[key].raw()
        old = self._last.get(key)
        if new == old:
            return
        self._last[key] = new
        stack = self.group.activeStack()
        if stack is not None:
            what = tr("edit {field} ({party})").format(
                field=field_label(key[1]), party=key[0] or tr("status")
            )
            stack.push(_FieldEdit(self, key, old, new, what))
        self._after_change(key)

    def apply_undo(self, key: Key, value: Any) -> None:
        if key not in self.form.fields or self.read_only:
            return
        self._applying = True
        try:
            self.form.fields[key].set_raw(value)
            self._last[key] = self.form.fields[key].raw()
        finally:
            self._applying = False
        self.form.reveal(key)  # show the user what changed back
        self._after_change(key)

    def _after_change(self, key: Key) -> None:
        self._check(key)
        self._check_status()
        self._update_problems()
        if self.cid is None or self.read_only:
            return
        self._set_state("unsaved" if self._dirty_keys() or self._problems else "saved")
        self.timer.start()

    def _check(self, key: Key) -> None:
        """The domain's rule for the field ``key``: a value it refuses is kept in the widget, not saved."""
        self._problems.pop(key, None)
        party, name = key
        validate = rules.validate_status_changes if party == STATUS else rules.validate_position_changes
        try:
            validate({name: self._value(key)})
        except rules.FieldError as exc:
            problem = exc.message(field_label(name) + self.form.party_name(party))
            self._problems[key] = tr("{problem} It is kept here but not saved until you change it.").format(
                problem=problem
            )

    def _check_status(self) -> None:
        status_key, reason_key = (STATUS, "status"), (STATUS, "reason")
        self._problems.pop(status_key, None)
        self._problems.pop(reason_key, None)
        if status_key not in self.form.fields:
            return
        self._check(reason_key)
        if reason_key in self._problems:
            return
        current = self._value(status_key)
        changed = current != self._saved.get(status_key)
        if current is None and any(
            self._value((STATUS, n)) != self._saved.get((STATUS, n))
            for n in ("progress", "evidence", "as_of")
        ):
            self._problems[status_key] = tr(
                "Choose a status first: progress, evidence and the date are recorded with a status."
            )
        elif changed and current is not None and not self._value(reason_key).strip():
            self._problems[reason_key] = tr(
                "The status changed: say why in “Reason for this change”. "
                "The new status is saved once a reason "
                "is given; your other changes are saved as usual."
            )

    def _update_problems(self) -> None:
        self.form.show_problems(self._problems, self._save_error)

    # Saving

    def _on_unit_finished(self) -> None:
        # Tags and the reason are saved when the user leaves them (not in the middle of a word).
        if self.cid is not None and self._dirty_keys():
            self.save(deferred=True)

    def save(self, *, deferred: bool) -> bool:
        """Save what differs from the store. ``deferred`` (the timer) leaves the tag or reason being typed."""
        self.timer.stop()
        if self.cid is None or self.read_only or self._saving:
            return self.cid is None or self.read_only
        dirty = self._dirty_keys()
        if not dirty and not self._problems and not self._save_error:
            if self.state != "saved":
                self._set_state("saved")
            return True
        focus = QApplication.focusWidget()
        held: list[Key] = []
        results: list[rules.Changes] = []
        failure: BaseException | None = None
        self._saving = True
        self._set_state("saving")
        try:
            author = self.author_provider()
            for party in self.form.parties:
                changes = {}
                for name in rules.POSITION_FIELDS:
                    key = (party.code, name)
                    if key not in dirty or key in self._problems:
                        continue
                    if deferred and name == "tags" and focus is self.form.fields[key].widget:
                        held.append(key)
                        continue
                    changes[name] = self._value(key)
                if changes:
                    result = annotate.set_position(
                        self.store,
                        self.cid,
                        party.code,
                        changes,
                        author,
                        based_on=self._heads.get(party.code),
                    )
                    results.append(result)
                    if result.revisions:
                        self._heads[party.code] = result.revisions[-1]
                    for name, value in changes.items():
                        self._saved[(party.code, name)] = value
                    self.form.show_info(party.code, author.name, datetime.now().astimezone())
            held += self._save_status(dirty, deferred, focus, author, results)
        except (NalsError, OSError) as exc:
            failure = exc
        except Exception as exc:  # a bug: keep what was typed, say so
            log.exception("saving positions failed")
            failure = exc
        finally:
            self._saving = False
        merged = rules.Changes.union(results)
        stack = self.group.activeStack()
        if stack is not None:
            stack.setClean()  # the next keystroke starts a new undo step
        self._check_status()
        if failure is not None:
            self._save_error = tr("Not saved: {error}").format(error=str(failure) or type(failure).__name__)
            if self._reported_error != self._save_error:
                self._reported_error = self._save_error
                self.errors.report_exception(tr("Your changes could not be saved"), failure, parent=self.form)
        else:
            self._save_error = None
            self._reported_error = None
        self._update_problems()
        if merged is not None:
            self._saved_at = datetime.now()
            if merged.merged and self.cid is not None:
                # Saved on values another program had changed: show what the merge kept of both.
                self._show(self._fetch(self.cid))
            elif self.cid is not None and {c.party_code or STATUS for c in self.conflicts} & {
                k[0] for k in dirty
            }:
                self._show_conflicts(self.cid)  # a save of a conflicting field settles its conflict
            self.saved.emit(merged)
        if failure is not None or self._problems:
            self._set_state("error")
            return False
        if held or self._dirty_keys():
            self._set_state("unsaved")
            return False
        self._set_state("saved")
        return True

    def _save_status(
        self,
        dirty: list[Key],
        deferred: bool,
        focus: QWidget | None,
        author: Author,
        results: list[rules.Changes],
    ) -> list[Key]:
        keys = [(STATUS, n) for n in STATUS_VALUES if (STATUS, n) in dirty]
        if not keys or self.cid is None:
            return []
        reason_key = (STATUS, "reason")
        if deferred and focus is self.form.fields[reason_key].widget:
            return keys  # the reason is being typed: wait for it
        if (STATUS, "status") in self._problems or (
            reason_key in self._problems and self._saved[(STATUS, "status")] is None
        ):
            return keys  # no status to record the rest with
        payload = {k[1]: self._value(k) for k in keys if k not in self._problems}
        if reason_key in self._problems:
            payload.pop("status", None)  # the rest is saved; the status waits for its reason
        if not payload:
            return keys
        reason = self._value(reason_key).strip()
        if reason:
            payload["reason"] = reason
        result = annotate.set_status(self.store, self.cid, payload, author, based_on=self._heads.get(STATUS))
        results.append(result)
        if result.revisions:
            self._heads[STATUS] = result.revisions[-1]
        for name, value in payload.items():
            if name != "reason":
                self._saved[(STATUS, name)] = value
        if "status" in payload:
            self.form.allow_no_status(False)
        if reason:
            self._applying = True
            try:
                self.form.fields[reason_key].set_raw("")
                self._last[reason_key] = ""
            finally:
                self._applying = False
            self.form.show_status_info(reason, author.name, datetime.now().astimezone())
        return [k for k in keys if k[1] not in payload]

    # Conflicts

    def resolve_conflict(self, conflict: revisions.OpenConflict, choice: str | None, value: Any) -> bool:
        """Settle ``conflict`` with ``choice`` ("ours", "theirs") or ``value``, as `nals resolve` does: one
        new revision. Pending edits are saved first; the editor, its conflicts and the history then show
        the result (``saved`` is emitted)."""
        if self.cid is None or self.read_only or conflict.commitment_id != self.cid:
            return False
        view = self.form.conflict_page.view(conflict.party_code, conflict.field)
        if not self.save(deferred=False):
            view.show_message(
                tr("Your other changes could not be saved yet (see the message above): nothing was settled.")
            )
            return False
        try:
            changes = revisions.resolve(
                self.store,
                conflict.commitment_id,
                conflict.party_code,
                conflict.field,
                self.author_provider(),
                choice=choice,
                value=value,
            )
        except ValidationError as exc:  # a value the rules refuse: say so beside it, nothing is written
            view.show_message(str(exc))
            return False
        except NalsError as exc:  # settled meanwhile (a save of that field, another program): show what is
            self.errors.report_exception(tr("The conflict could not be settled"), exc, parent=self.form)
            self._show(self._fetch(self.cid))
            return False
        self._show(self._fetch(self.cid))
        self._saved_at = datetime.now()
        self._set_state("saved")
        if self.conflicts:
            self.form.show_conflict_tab()
        else:
            self.form.reveal((conflict.party_code or STATUS, conflict.field))
        self.saved.emit(changes)
        return True

    def _set_state(self, state: str) -> None:
        self.state = state
        self.form.show_state(state, saved_at=self._saved_at, loaded=self.cid is not None)
        self.state_changed.emit(state)
