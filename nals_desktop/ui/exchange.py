"""File → Exchange: send a colleague a .nalsx bundle, and receive one after a preview of what it changes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from nals_desktop import i18n
from nals_desktop.domain.model import field_label
from nals_desktop.services import bundles
from nals_desktop.services.identity import Author
from nals_desktop.services.revisions import Outcome
from nals_desktop.store.engine import Store
from nals_desktop.ui import icons
from nals_desktop.ui.errors import ErrorReporter
from nals_desktop.ui.tasks import TaskError, TaskRunner

BUNDLE_PATTERN = f"*{bundles.BUNDLE_SUFFIX}"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Exchange", text)


def ask_save_file(parent: QWidget, suggested: Path) -> Path | None:
    """The save dialog (it asks before replacing a file); a seam: tests replace ``SendDialog.ask_file``."""
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        _tr("Send to a colleague"),
        str(suggested),
        _tr("NALS bundles ({pattern})").format(pattern=BUNDLE_PATTERN),
    )
    return Path(name) if name else None


def ask_open_file(parent: QWidget) -> Path | None:
    """The open dialog; a seam: tests replace ``ReceiveDialog.ask_file``."""
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        _tr("Receive from a colleague"),
        str(Path.home()),
        _tr("NALS bundles ({pattern});;All files (*)").format(pattern=BUNDLE_PATTERN),
    )
    return Path(name) if name else None


def _message_label(parent: QWidget, name: str, description: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # paths and names are data, never markup
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(_tr("Result"))
    label.setAccessibleDescription(description)
    return label


class SendDialog(QDialog):
    """Writes a bundle of the group in view, the summit in view or all summits: everything, or what a peer
    lacks."""

    sent = Signal(object)  # bundles.ExportSummary

    ask_file: Callable[[QWidget, Path], Path | None] = staticmethod(ask_save_file)

    def __init__(
        self,
        store: Store,
        runner: TaskRunner,
        errors: ErrorReporter,
        author: Callable[[], Author],
        *,
        summit_id: str | None = None,
        summit_title: str = "",
        group: tuple[str, str, str] | None = None,  # (pillar id, title, label with the pillar)
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.errors = errors
        self.author = author
        self.summit_id = summit_id
        self.group = group if summit_id is not None else None
        self.busy = False
        self._confirmed_replace: Path | None = None
        self.setObjectName("sendDialog")
        self.setWindowTitle(self.tr("Send to a colleague"))
        self.setAccessibleName(self.tr("Send to a colleague"))
        self.setAccessibleDescription(self.tr("Write your annotations to a bundle file for a colleague"))
        self.setMinimumWidth(560)

        intro = QLabel(
            self.tr(
                "Writes a .nalsx bundle with your positions, statuses and their history. Carry it on a "
                "stick or send it by secure mail; your colleague opens it with File → Exchange → Receive…"
            ),
            self,
        )
        intro.setWordWrap(True)
        self.message = _message_label(self, "sendMessage", self.tr("What writing the bundle did"))

        # A long title is cut short (the whole one is in the tooltip), so the dialog keeps its width.
        shown = self.fontMetrics().elidedText(summit_title, Qt.TextElideMode.ElideRight, 320)
        self.this_summit = QRadioButton(self.tr("Only “{title}”").format(title=shown), self)
        self.this_summit.setToolTip(summit_title)
        self.this_summit.setAccessibleDescription(self.tr("Send the summit in view"))
        self.all_summits = QRadioButton(self.tr("All summits"), self)
        self.all_summits.setAccessibleDescription(self.tr("Send every summit of the store"))
        group_label = self.group[2] if self.group else ""
        shown = self.fontMetrics().elidedText(group_label, Qt.TextElideMode.ElideRight, 320)
        self.this_group = QRadioButton(self.tr("Only the group “{group}”").format(group=shown), self)
        self.this_group.setToolTip(group_label)
        self.this_group.setAccessibleDescription(
            self.tr(
                "Send the annotations of the group in view (a sub-heading of a pillar), with its summit's "
                "text"
            )
        )
        self.scope_group = QButtonGroup(self)
        for button in (self.this_group, self.this_summit, self.all_summits):
            self.scope_group.addButton(button)
        self.this_group.setVisible(self.group is not None)
        if summit_id is None:
            self.this_summit.hide()
            self.all_summits.setChecked(True)
        elif self.group is not None:  # the group chosen in the navigator goes, unless the user widens it
            self.this_group.setChecked(True)
        else:
            self.this_summit.setChecked(True)
        scope_box = QVBoxLayout()
        scope_box.addWidget(self.this_group)
        scope_box.addWidget(self.this_summit)
        scope_box.addWidget(self.all_summits)

        self.everything = QRadioButton(self.tr("Everything"), self)
        self.everything.setAccessibleDescription(self.tr("Every saved revision, whoever has it already"))
        self.only_new = QRadioButton(self.tr("Only what this colleague has not received:"), self)
        self.only_new.setAccessibleDescription(
            self.tr("Leave out what this colleague sent you or was sent before")
        )
        self.what_group = QButtonGroup(self)
        for button in (self.everything, self.only_new):
            self.what_group.addButton(button)
        self.everything.setChecked(True)
        self.peer_combo = QComboBox(self)
        self.peer_combo.setObjectName("peerCombo")
        self.peer_combo.setAccessibleName(self.tr("Colleague"))
        self.peer_combo.setAccessibleDescription(
            self.tr("A colleague becomes known once one of their bundles was received")
        )
        self.peer_combo.currentIndexChanged.connect(lambda _i: self.only_new.setChecked(True))
        self.peer_note = QLabel(self)
        self.peer_note.setWordWrap(True)
        peer_row = QHBoxLayout()
        peer_row.addWidget(self.only_new)
        peer_row.addWidget(self.peer_combo, 1)
        what_box = QVBoxLayout()
        what_box.addWidget(self.everything)
        what_box.addLayout(peer_row)
        what_box.addWidget(self.peer_note)

        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("bundlePath")
        self.path_edit.setAccessibleName(self.tr("Bundle file"))
        self.path_edit.setAccessibleDescription(self.tr("Where the bundle is written"))
        self.path_edit.setText(str(self._suggested_path()))
        self.path_edit.textChanged.connect(lambda _t: self.message.setText(""))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.setAccessibleDescription(self.tr("Choose where to write the bundle"))
        browse.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("Summits:"), scope_box)
        form.addRow(self.tr("Revisions:"), what_box)
        form.addRow(self.tr("File:"), path_row)

        self.buttons = QDialogButtonBox(self)
        self.write_button = self.buttons.addButton(
            self.tr("&Write bundle"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.write_button.setObjectName("writeBundle")
        self.write_button.setIcon(icons.icon("exchange"))
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.write_button.clicked.connect(self.write)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._load_peers()

    def _suggested_path(self) -> Path:
        name = "".join(c if c.isalnum() else "-" for c in self.author().name.strip()).strip("-").lower()
        return Path.home() / f"nals-{name or 'annotations'}{bundles.BUNDLE_SUFFIX}"

    def _load_peers(self) -> None:
        store = self.store
        self.runner.submit(
            lambda ctx: bundles.peers(store),
            on_done=self._peers_loaded,
            on_error=lambda err: self.errors.report_task(
                self.tr("Cannot read the colleagues"), err, parent=self
            ),
            owner=self,
        )

    def _peers_loaded(self, peers: list[tuple[str, str, int]]) -> None:
        self.peer_combo.blockSignals(True)
        self.peer_combo.clear()
        for device_id, name, _held in peers:
            self.peer_combo.addItem(f"{name or self.tr('(no name)')} ({device_id[:8]})", device_id)
        self.peer_combo.blockSignals(False)
        known = bool(peers)
        self.only_new.setEnabled(known)
        self.peer_combo.setEnabled(known)
        self.peer_note.setText(
            ""
            if known
            else self.tr("No colleague is known yet: one is, once you have received one of their bundles.")
        )
        self.peer_note.setVisible(not known)

    # Choices, as plain values (the tests set the widgets and read these)

    def chosen_summit(self) -> str | None:
        return self.summit_id if self.this_summit.isChecked() or self.this_group.isChecked() else None

    def chosen_group(self) -> tuple[str, str] | None:
        """(pillar id, title) of the group to send, or None for the whole summit or every summit."""
        return (self.group[0], self.group[1]) if self.group and self.this_group.isChecked() else None

    def chosen_peer(self) -> str | None:
        return self.peer_combo.currentData() if self.only_new.isChecked() else None

    def chosen_path(self) -> Path | None:
        text = self.path_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        return path if path.suffix.lower() == bundles.BUNDLE_SUFFIX else path.with_name(path.name + ".nalsx")

    def browse(self) -> None:
        path = type(self).ask_file(self, self.chosen_path() or self._suggested_path())
        if path is not None:
            self.path_edit.setText(str(path))
            self._confirmed_replace = path  # the save dialog asked already

    def write(self) -> None:
        if self.busy:
            return
        path = self.chosen_path()
        if path is None:
            self.message.setText(self.tr("Say where to write the bundle."))
            return
        if path.exists() and self._confirmed_replace != path:
            self._confirmed_replace = path
            self.message.setText(
                self.tr("{path} exists. Click “Write bundle” again to replace it.").format(path=path)
            )
            return
        store, author, summit_id, peer = self.store, self.author(), self.chosen_summit(), self.chosen_peer()
        pillar_id, group = self.chosen_group() or (None, None)
        self.busy = True
        self.write_button.setEnabled(False)
        self.message.setText(self.tr("Writing {name}…").format(name=path.name))
        self.runner.submit(
            lambda ctx: bundles.export_bundle(
                store, path, author, summit_id, peer=peer, pillar_id=pillar_id, group=group
            ),
            on_done=self._written,
            on_error=self._failed,
            owner=self,
        )

    def _written(self, summary: bundles.ExportSummary) -> None:
        self.busy = False
        self.write_button.setEnabled(True)
        self._confirmed_replace = None
        revisions = self.tr("{n} revisions", "", summary.revisions).format(n=i18n.number(summary.revisions))
        summits = self.tr("{n} summits", "", summary.summits).format(n=i18n.number(summary.summits))
        size = i18n.number(max(1, round(summary.size / 1024)))
        if summary.group is not None:
            text = self.tr("Wrote {path}: {revisions} of the group “{group}”, {size} KB.").format(
                path=summary.path, revisions=revisions, group=summary.group, size=size
            )
        else:
            text = self.tr("Wrote {path}: {revisions} of {summits}, {size} KB.").format(
                path=summary.path, revisions=revisions, summits=summits, size=size
            )
        if summary.revisions == 0:
            text += " " + self.tr("Nothing new to send: the bundle holds no revisions.")
        self.message.setText(text)
        self.sent.emit(summary)

    def _failed(self, error: TaskError) -> None:
        self.busy = False
        self.write_button.setEnabled(True)
        if error.expected:
            self.message.setText(error.message)
        else:
            self.message.setText("")
            self.errors.report_task(self.tr("Cannot write the bundle"), error, parent=self)


_KIND_ORDER = ("conflict", "merge", "fast-forward", "new")


class ReceiveDialog(QDialog):
    """Previews a bundle (a dry run, off the GUI thread), then applies it on Apply; Cancel changes nothing."""

    received = Signal(object)  # bundles.ImportResult

    ask_file: Callable[[QWidget], Path | None] = staticmethod(ask_open_file)

    def __init__(
        self,
        store: Store,
        runner: TaskRunner,
        errors: ErrorReporter,
        device_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.errors = errors
        self.device_id = device_id
        self.path: Path | None = None
        self.preview: bundles.ImportResult | None = None
        self.busy = False
        self.setObjectName("receiveDialog")
        self.setWindowTitle(self.tr("Receive from a colleague"))
        self.setAccessibleName(self.tr("Receive from a colleague"))
        self.setAccessibleDescription(self.tr("What a colleague's bundle would change, before it is applied"))
        self.resize(720, 520)

        self.heading = QLabel(self)
        self.heading.setObjectName("receiveHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setStyleSheet("QLabel { font-weight: bold; }")
        self.heading.setAccessibleName(self.tr("Bundle"))
        self.heading.setAccessibleDescription(self.tr("The bundle and who sent it"))
        self.summary = _message_label(self, "receiveSummary", self.tr("What applying the bundle changes"))
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Change"), self.tr("Commitment"), self.tr("Position"), self.tr("Fields in conflict")]
        )
        self.view = QTreeView(self)
        self.view.setObjectName("receiveChanges")
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.header().setStretchLastSection(True)
        self.view.setAccessibleName(self.tr("Changes"))
        self.view.setAccessibleDescription(self.tr("Each position or status the bundle changes, and how"))

        self.buttons = QDialogButtonBox(self)
        self.apply_button = self.buttons.addButton(self.tr("&Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setObjectName("applyBundle")
        self.apply_button.setEnabled(False)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button.clicked.connect(self.apply)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)

    def preview_path(self, path: Path) -> None:
        """Look at ``path`` (a dry run on the task helper); Apply is offered once it could be read."""
        self.path = path
        self.preview = None
        self.apply_button.setEnabled(False)
        self.model.removeRows(0, self.model.rowCount())
        self.heading.setText(path.name)
        self.summary.setText(self.tr("Reading {name}…").format(name=path.name))
        store, device_id = self.store, self.device_id
        self.busy = True
        self.runner.submit(
            lambda ctx: bundles.import_bundle(store, path, dry_run=True, device_id=device_id),
            on_done=self._previewed,
            on_error=self._failed,
            owner=self,
        )

    def _previewed(self, result: bundles.ImportResult) -> None:
        self.busy = False
        self.preview = result
        sender = result.sender
        who = sender["name"] or self.tr("an unnamed colleague")
        if sender["device_id"]:
            who = f"{who} ({sender['device_id'][:8]})"
        assert self.path is not None
        self.heading.setText(self.tr("{name}, from {sender}").format(name=self.path.name, sender=who))
        report = result.report
        lines = []
        for title in result.summits_added:
            lines.append(self.tr("Adds the summit “{title}”.").format(title=title))
        if result.groups_added:
            lines.append(
                self.tr(
                    "Gives {n} commitments of a summit this store has their group (the sub-heading they "
                    "stand under).",
                    "",
                    result.groups_added,
                ).format(n=i18n.number(result.groups_added))
            )
        new = len(report.of_kind("new"))
        updated = len(report.of_kind("fast-forward"))
        clean = len([o for o in report.of_kind("merge") if not o.conflicts])
        conflicted = len(report.conflicted)
        counts = [
            self.tr("{n} new", "", new).format(n=i18n.number(new)),
            self.tr("{n} brought up to date", "", updated).format(n=i18n.number(updated)),
            self.tr("{n} merged without conflict", "", clean).format(n=i18n.number(clean)),
            self.tr("{n} in conflict", "", conflicted).format(n=i18n.number(conflicted)),
        ]
        lines.append(self.tr("Positions and statuses: {counts}.").format(counts=", ".join(counts)))
        lines.append(
            self.tr(
                "{added} of the {received} revisions in the bundle are new here.", "", report.added
            ).format(added=i18n.number(report.added), received=i18n.number(report.received))
        )
        if report.conflicted:
            lines.append(
                self.tr(
                    "Conflicts keep both values: every laptop shows the later one until someone settles it "
                    "(Conflicts, in the navigator)."
                )
            )
        if not report.added and not result.summits_added and not result.groups_added:
            lines.append(self.tr("Nothing new: this store has everything the bundle holds."))
        self.summary.setText("\n".join(lines))
        for outcome in sorted(report.outcomes, key=self._order):
            self.model.appendRow(self._row(outcome))
        self.apply_button.setEnabled(bool(report.added or result.summits_added or result.groups_added))
        if self.apply_button.isEnabled():
            self.apply_button.setFocus()

    @staticmethod
    def _order(outcome: Outcome) -> tuple[int, str, str]:
        kind = "conflict" if outcome.conflicts else outcome.kind
        return (_KIND_ORDER.index(kind), outcome.reference, outcome.party_code or "")

    def _row(self, outcome: Outcome) -> list[QStandardItem]:
        labels = {
            "new": self.tr("New"),
            "fast-forward": self.tr("Brought up to date"),
            "merge": self.tr("Merged"),
        }
        change = QStandardItem(self.tr("Conflict") if outcome.conflicts else labels[outcome.kind])
        if outcome.conflicts:
            change.setIcon(icons.icon("conflict"))
        where = outcome.party_code or self.tr("Implementation status")
        fields = ", ".join(i18n._(field_label(f)) for f in outcome.conflicts)
        return [change, QStandardItem(outcome.reference), QStandardItem(where), QStandardItem(fields)]

    def apply(self) -> None:
        if self.busy or self.preview is None or self.path is None:
            return
        path, store, device_id = self.path, self.store, self.device_id
        self.busy = True
        self.apply_button.setEnabled(False)
        self.summary.setText(self.tr("Applying {name}…").format(name=path.name))
        self.runner.submit(
            lambda ctx: bundles.import_bundle(store, path, device_id=device_id),
            on_done=self._applied,
            on_error=self._failed,
            owner=self,
        )

    def _applied(self, result: bundles.ImportResult) -> None:
        self.busy = False
        self.received.emit(result)
        self.accept()

    def _failed(self, error: TaskError) -> None:
        self.busy = False
        self.preview = None
        self.apply_button.setEnabled(False)
        self.model.removeRows(0, self.model.rowCount())
        if error.expected:
            self.summary.setText(error.message)
        else:
            self.summary.setText(self.tr("The bundle cannot be read; nothing was imported."))
            self.errors.report_task(self.tr("Cannot receive the bundle"), error, parent=self)
