"""File → Import fact sheet…: pick a file or paste text, preview and edit what was detected, then import."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from nals_desktop import i18n
from nals_desktop.domain.errors import ValidationError
from nals_desktop.domain.model import ParsedSummit
from nals_desktop.importers import SUPPORTED_SUFFIXES, SourceText
from nals_desktop.importers.review import Warning
from nals_desktop.services.dto import ImportSummary
from nals_desktop.services.importing import (
    ImportOptions,
    apply_options,
    review_file,
    review_text,
    store_summit,
)
from nals_desktop.store.engine import Store
from nals_desktop.ui import icons
from nals_desktop.ui.errors import ErrorReporter
from nals_desktop.ui.models.import_preview import ITEMS, REF, SHORT, TEXT, ImportPreviewModel
from nals_desktop.ui.tasks import Task, TaskContext, TaskError, TaskRunner

Preview = tuple[SourceText, ParsedSummit]
Review = tuple[SourceText, ParsedSummit, list[Warning]]
# The preview lists this many warnings at most (a huge document may leave out thousands of passages).
MAX_WARNINGS_SHOWN = 200


def preview_file(path: Path, options: ImportOptions) -> Review:
    """A file's preview with what to check before importing it, written nowhere (run on a worker thread)."""
    return review_file(path, options)


def ask_open_file(parent: QWidget) -> Path | None:
    """The file dialog; a seam: tests replace ``ImportDialog.ask_file``."""
    patterns = " ".join(f"*{s}" for s in SUPPORTED_SUFFIXES)
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImportDialog", "Import fact sheet"),
        str(Path.home()),
        QCoreApplication.translate("ImportDialog", "Fact sheets ({patterns});;All files (*)").format(
            patterns=patterns
        ),
    )
    return Path(name) if name else None


class ImportDialog(QDialog):
    """Non-modal toward tests: opened with ``open()``; preview and import run on the task helper."""

    imported = Signal(object)  # ImportSummary

    ask_file: Callable[[QWidget], Path | None] = staticmethod(ask_open_file)

    def __init__(
        self, store: Store, runner: TaskRunner, errors: ErrorReporter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.errors = errors
        self.preview: Preview | None = None
        self.summary: ImportSummary | None = None
        self._task: Task | None = None
        self._last_preview: Callable[[TaskContext], Review] | None = None
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import fact sheet"))
        self.setWindowIcon(icons.icon("import"))
        self.setAccessibleName(self.tr("Import fact sheet"))
        self.setAccessibleDescription(
            self.tr(
                "Choose a file or paste text, check the preview, correct the summit's details, then import."
            )
        )
        self.resize(860, 640)
        self._build()

    # Layout

    def _build(self) -> None:
        self.source_tabs = QTabWidget(self)
        self.source_tabs.setAccessibleName(self.tr("Source"))
        self.source_tabs.setAccessibleDescription(
            self.tr("Where the fact sheet comes from: a file or pasted text")
        )
        file_page = QWidget()
        self.file_label = QLineEdit(file_page)
        self.file_label.setReadOnly(True)
        self.file_label.setPlaceholderText(self.tr("No file chosen (.txt, .md or .html)"))
        self.file_label.setAccessibleName(self.tr("Chosen file"))
        self.file_label.setAccessibleDescription(self.tr("The fact sheet file to import"))
        self.choose_button = QPushButton(self.tr("&Choose file…"), file_page)
        self.choose_button.setAccessibleName(self.tr("Choose file"))
        self.choose_button.setAccessibleDescription(
            self.tr("Pick a .txt, .md or .html fact sheet to preview")
        )
        self.choose_button.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.file_label, 1)
        row.addWidget(self.choose_button)
        hint = QLabel(
            self.tr(
                "A fact sheet saved as plain text, Markdown or HTML. You can also drop a file on the "
                "main window."
            ),
            file_page,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: gray;")
        file_layout = QVBoxLayout(file_page)
        file_layout.addLayout(row)
        file_layout.addWidget(hint)
        file_layout.addStretch(1)
        paste_page = QWidget()
        self.paste_edit = QPlainTextEdit(paste_page)
        self.paste_edit.setPlaceholderText(self.tr("Paste the fact sheet's text here…"))
        self.paste_edit.setAccessibleName(self.tr("Pasted text"))
        self.paste_edit.setAccessibleDescription(
            self.tr("The fact sheet's text, copied from a web page or document")
        )
        self.paste_edit.setTabChangesFocus(True)
        self.format_combo = QComboBox(paste_page)
        for label, fmt in (
            (self.tr("Plain text"), "txt"),
            (self.tr("Markdown"), "md"),
            (self.tr("HTML"), "html"),
        ):
            self.format_combo.addItem(label, fmt)
        self.format_combo.setAccessibleName(self.tr("Format of the pasted text"))
        self.format_combo.setAccessibleDescription(self.tr("Plain text, Markdown or HTML"))
        self.preview_button = QPushButton(self.tr("&Preview"), paste_page)
        self.preview_button.setAccessibleName(self.tr("Preview pasted text"))
        self.preview_button.setAccessibleDescription(
            self.tr("Detect the summit, pillars and commitments; nothing is written")
        )
        self.preview_button.clicked.connect(self.preview_pasted)
        paste_row = QHBoxLayout()
        format_label = QLabel(self.tr("&Format:"))
        format_label.setBuddy(self.format_combo)
        paste_row.addWidget(format_label)
        paste_row.addWidget(self.format_combo)
        paste_row.addStretch(1)
        paste_row.addWidget(self.preview_button)
        paste_layout = QVBoxLayout(paste_page)
        paste_layout.addWidget(self.paste_edit, 1)
        paste_layout.addLayout(paste_row)
        self.source_tabs.addTab(file_page, self.tr("From a &file"))
        self.source_tabs.addTab(paste_page, self.tr("&Paste text"))
        self.source_tabs.setMaximumHeight(190)

        self.details_box = QGroupBox(self.tr("Summit (edit what was detected)"), self)
        form = QFormLayout(self.details_box)
        self.title_edit = self._field(self.tr("Title"), self.tr("The summit's title"))
        self.date_edit = self._field(
            self.tr("Date"), self.tr("The summit's date, as YYYY-MM-DD; empty if unknown")
        )
        self.date_edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.location_edit = self._field(self.tr("Location"), self.tr("Where the summit took place"))
        self.parties_edit = self._field(
            self.tr("Parties"), self.tr("Party codes, separated by commas, e.g. CA, MX, US")
        )
        self.parties_edit.setPlaceholderText("CA, MX, US")
        # A mark at the end of each field the reader guessed, with the reason as its tooltip.
        self.guess_marks: dict[str, QAction] = {}
        for kinds, edit in (
            (("title_guessed",), self.title_edit),
            (("date_guessed",), self.date_edit),
            (("location_guessed",), self.location_edit),
            (("parties_guessed", "parties_capped"), self.parties_edit),
        ):
            mark = QAction(icons.icon("conflict"), "", edit)
            edit.addAction(mark, QLineEdit.ActionPosition.TrailingPosition)
            mark.setVisible(False)
            edit.textEdited.connect(lambda _text, mark=mark: mark.setVisible(False))  # checked by the user
            for kind in kinds:
                self.guess_marks[kind] = mark
        for label, edit in (
            (self.tr("&Title:"), self.title_edit),
            (self.tr("&Date:"), self.date_edit),
            (self.tr("&Location:"), self.location_edit),
            (self.tr("Pa&rties:"), self.parties_edit),
        ):
            form.addRow(label, edit)

        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("counts")
        self.counts_label.setAccessibleName(self.tr("What was detected"))
        self.counts_label.setAccessibleDescription(
            self.tr("How many pillars and commitments the preview found")
        )
        self.paragraphs_check = QCheckBox(self.tr("Each p&aragraph is a commitment"), self)
        self.paragraphs_check.setAccessibleName(self.tr("Paragraph mode"))
        self.paragraphs_check.setAccessibleDescription(
            self.tr(
                "For joint statements and declarations without lists: each paragraph under each heading "
                "becomes a commitment"
            )
        )
        self.paragraphs_check.toggled.connect(self._paragraph_mode_toggled)
        self.warnings_list = QListWidget(self)
        self.warnings_list.setObjectName("importWarnings")
        self.warnings_list.setAccessibleName(self.tr("Check before importing"))
        self.warnings_list.setAccessibleDescription(
            self.tr("Titles that were guessed, unusual pillars, and text that will not be imported")
        )
        self.warnings_list.setMaximumHeight(110)
        self.warnings_list.hide()
        self.model = ImportPreviewModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.tree.setAccessibleName(self.tr("Detected pillars and commitments"))
        self.tree.setAccessibleDescription(
            self.tr("Pillars with their commitments; press F2 on a pillar's short title to change it")
        )
        header = self.tree.header()
        header.setSectionResizeMode(REF, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SHORT, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ITEMS, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.resizeSection(SHORT, 220)

        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("importProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #c0392b;")
        self.problem_label.setAccessibleName(self.tr("Import problem"))
        self.problem_label.setAccessibleDescription(
            self.tr("Why the fact sheet could not be previewed or imported")
        )
        self.problem_label.hide()
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.setAccessibleDescription(self.tr("How far the preview or the import has come"))
        self.progress.hide()
        self.progress_label = QLabel(self)
        self.progress_label.setAccessibleName(self.tr("Import status"))
        self.progress_label.setAccessibleDescription(self.tr("What the import is doing"))

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setAccessibleName(self.tr("Import"))
        self.import_button.setAccessibleDescription(self.tr("Write the previewed summit into the store"))
        self.import_button.setEnabled(False)
        self.import_button.setDefault(True)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        close.setAccessibleDescription(self.tr("Close without importing"))
        self.import_button.clicked.connect(self.start_import)
        close.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.source_tabs)
        layout.addWidget(self.details_box)
        counts_row = QHBoxLayout()
        counts_row.addWidget(self.counts_label, 1)
        counts_row.addWidget(self.paragraphs_check)
        layout.addLayout(counts_row)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.warnings_list)
        layout.addWidget(self.problem_label)
        status = QHBoxLayout()
        status.addWidget(self.progress_label, 1)
        status.addWidget(self.progress)
        layout.addLayout(status)
        layout.addWidget(self.buttons)
        self.details_box.setEnabled(False)

    def _field(self, name: str, description: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        edit.setAccessibleDescription(description)
        return edit

    # Preview

    def choose_file(self) -> None:
        path = type(self).ask_file(self)
        if path is not None:
            self.preview_path(path)

    def preview_path(self, path: Path) -> None:
        self.source_tabs.setCurrentIndex(0)
        self.file_label.setText(str(path))
        self._last_preview = lambda ctx: preview_file(path, self._parse_options())
        self._run_preview(self._last_preview)

    def preview_pasted(self) -> None:
        text = self.paste_edit.toPlainText()
        if not text.strip():
            self.show_problem(self.tr("Paste a fact sheet's text first."))
            return
        fmt = self.format_combo.currentData()
        self._last_preview = lambda ctx: review_text(text, fmt, self._parse_options())
        self._run_preview(self._last_preview)

    def _parse_options(self) -> ImportOptions:
        return ImportOptions(paragraphs=self.paragraphs_check.isChecked())

    def _paragraph_mode_toggled(self) -> None:
        if self._last_preview is not None and (self._task is None or self._task.done):
            self._run_preview(self._last_preview)

    def _run_preview(self, work: Callable[[TaskContext], Review]) -> None:
        self.show_problem("")
        self.preview = None
        self.import_button.setEnabled(False)
        self._busy(self.tr("Reading and detecting the structure…"))
        self._task = self.runner.submit(work, on_done=self._preview_ready, on_error=self._failed, owner=self)

    def _preview_ready(self, review: Review) -> None:
        self._idle("")
        source, parsed, warnings = review
        self.preview = source, parsed
        self.warnings_list.clear()
        for warning in warnings[:MAX_WARNINGS_SHOWN]:
            self.warnings_list.addItem(_warning_line(warning))
        hidden = len(warnings) - MAX_WARNINGS_SHOWN
        if hidden > 0:  # a huge document: the list stays quick to fill
            self.warnings_list.addItem(self.tr("…and {n} more", "", hidden).format(n=i18n.number(hidden)))
        self.warnings_list.setVisible(bool(warnings))
        reasons: dict[QAction, list[str]] = {mark: [] for mark in self.guess_marks.values()}
        for warning in warnings:
            if warning.kind in self.guess_marks:
                reasons[self.guess_marks[warning.kind]].append(warning.message)
        for mark, messages in reasons.items():
            mark.setVisible(bool(messages))
            mark.setToolTip("\n".join(messages))
            mark.setText(self.tr("Guessed: check it") if messages else "")
        self.title_edit.setText(parsed.title)
        self.date_edit.setText(parsed.date.isoformat() if parsed.date else "")
        self.location_edit.setText(parsed.location)
        self.parties_edit.setText(", ".join(parsed.parties))
        self.model.set_summit(parsed)
        self.tree.expandToDepth(0)
        for group in self.model.group_indexes():
            self.tree.expand(group)
        nested = sum(c.count() - 1 for p in parsed.pillars for c in p.commitments)
        counts = [self._pillars(len(parsed.pillars)), self._commitments(parsed.commitment_count)]
        if nested:
            counts.append(self.tr("{n} nested items", "", nested).format(n=i18n.number(nested)))
        groups = len(self.model.group_indexes())
        if groups:
            counts.append(self.tr("{n} groups", "", groups).format(n=i18n.number(groups)))
        self.counts_label.setText(" · ".join(counts))
        self.details_box.setEnabled(True)
        self.import_button.setEnabled(bool(parsed.pillars))
        self.progress_label.setText(self.tr("Nothing has been written yet. Check the details, then import."))

    # Import

    def options(self) -> ImportOptions:
        """The user's edits over what was detected; raises ValidationError for a bad date."""
        raw_date = self.date_edit.text().strip()
        when: date | None = None
        if raw_date:
            try:
                when = date.fromisoformat(raw_date)
            except ValueError as exc:
                raise ValidationError(
                    self.tr("“{value}” is not a date; write it as YYYY-MM-DD.").format(value=raw_date)
                ) from exc
        return ImportOptions(
            title=self.title_edit.text(),
            date=when,
            location=self.location_edit.text(),
            parties=[p for p in re.split(r"[,\s;]+", self.parties_edit.text()) if p],
            short_titles=self.model.short_titles(),
            paragraphs=self.paragraphs_check.isChecked(),
        )

    def start_import(self) -> None:
        if self.preview is None:
            return
        try:
            options = self.options()
        except ValidationError as exc:
            self.show_problem(str(exc))
            return
        source, parsed = self.preview
        store = self.store

        def work(ctx: TaskContext) -> ImportSummary:
            final = apply_options(copy.deepcopy(parsed), options)  # validates the party codes too
            return store_summit(store, source, final, options, progress=ctx.progress)

        self.show_problem("")
        self._busy(self.tr("Importing…"))
        self._task = self.runner.submit(
            work, on_done=self._imported, on_error=self._failed, on_progress=self._progress, owner=self
        )

    def _progress(self, fraction: float, message: str) -> None:
        self.progress.setValue(int(fraction * 100))
        self.progress_label.setText(message)

    def _imported(self, summary: ImportSummary) -> None:
        self.summary = summary
        self._idle(
            #: {pillars} and {commitments} are counted, e.g. "6 pillars", "1 commitment".
            self.tr("Imported “{title}”: {pillars}, {commitments}.").format(
                title=summary.title,
                pillars=self._pillars(summary.pillars),
                commitments=self._commitments(summary.commitments),
            )
            if summary.created
            else self.tr(
                "This document is already in the store as “{title}”; {n} commitments got their group "
                "(the sub-heading they stand under).",
                "",
                summary.groups_added,
            ).format(title=summary.title, n=i18n.number(summary.groups_added))
            if summary.groups_added
            else self.tr("This document is already in the store as “{title}”; nothing was added.").format(
                title=summary.title
            )
        )
        self.imported.emit(summary)
        if summary.created:
            self.accept()

    def _failed(self, error: TaskError) -> None:
        self._idle("")
        self.warnings_list.hide()
        for mark in self.guess_marks.values():
            mark.setVisible(False)
        self.import_button.setEnabled(self.preview is not None)
        self.show_problem(error.message)
        if not error.expected:  # a bug: the one error helper logs it and shows the details
            self.errors.report_task(self.tr("Import"), error, parent=self)

    # State

    def _busy(self, message: str) -> None:
        self.progress.setValue(0)
        self.progress.setRange(0, 0 if "…" in message and self.preview is None else 100)
        self.progress.show()
        self.progress_label.setText(message)
        self.choose_button.setEnabled(False)
        self.preview_button.setEnabled(False)
        self.import_button.setEnabled(False)

    def _idle(self, message: str) -> None:
        self.progress.hide()
        self.progress.setRange(0, 100)
        self.progress_label.setText(message)
        self.choose_button.setEnabled(True)
        self.preview_button.setEnabled(True)

    def _pillars(self, n: int) -> str:
        return self.tr("{n} pillars", "", n).format(n=i18n.number(n))

    def _commitments(self, n: int) -> str:
        return self.tr("{n} commitments", "", n).format(n=i18n.number(n))

    def show_problem(self, message: str) -> None:
        self.problem_label.setText(message)
        self.problem_label.setVisible(bool(message))

    def reject(self) -> None:
        if self._task is not None and not self._task.done:
            self._task.cancel()
        super().reject()


def _warning_line(warning: Warning) -> str:
    """One line of the preview's warnings: the message, and the start of the text it is about."""
    if not warning.text:
        return warning.message
    text = warning.text if len(warning.text) <= 120 else warning.text[:120] + "…"
    return f"{warning.message} {text}"
