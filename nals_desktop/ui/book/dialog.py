"""File → Export briefing book…: choose scope and options, build off the GUI thread, then preview."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from datetime import date
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from nals_desktop import i18n
from nals_desktop.briefing.builder import BookResult
from nals_desktop.briefing.content import SECTIONS, BookRequest
from nals_desktop.domain.errors import NalsError, ValidationError
from nals_desktop.domain.model import DEFAULT_MARKINGS, marking_label, party_name
from nals_desktop.i18n import LANGUAGE_NAMES
from nals_desktop.services import workspace
from nals_desktop.services.books import BookScope, recorded_parties
from nals_desktop.services.identity import load_author
from nals_desktop.store.engine import Store
from nals_desktop.ui import icons
from nals_desktop.ui.book.job import CommitGuard, write_book
from nals_desktop.ui.book.options import (
    RememberedOptions,
    SummitOptions,
    load_options,
    load_summit_options,
    save_options,
    save_summit_options,
)
from nals_desktop.ui.book.preview import BookPreview
from nals_desktop.ui.errors import ErrorReporter
from nals_desktop.ui.models.navigator import summit_label
from nals_desktop.ui.tasks import Task, TaskContext, TaskError, TaskRunner

log = logging.getLogger("nals.ui.book")

SCOPES = ("summit", "pillars", "selected", "query", "group")
PILLAR_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # a pillar row's id (UserRole: its tab letter)


def ask_save_path(parent: QWidget, suggested: Path) -> Path | None:
    """The save-file dialog; a seam: tests replace ``BookDialog.choose_path``. Replacing is asked later."""
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        parent.tr("Save briefing book as"),
        str(suggested),
        parent.tr("PDF files (*.pdf)"),
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def ask_replace_file(parent: QWidget, path: Path) -> bool:
    """Ask before replacing an existing file; a seam: tests replace ``BookDialog.ask_replace``."""
    answer = QMessageBox.question(
        parent,
        parent.tr("Replace file?"),
        parent.tr("{name} already exists in {folder}. Replace it with the new briefing book?").format(
            name=path.name, folder=path.parent
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def _file_name(text: str) -> str:
    """``text`` as a file name that every platform accepts."""
    name = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', " ", text)
    name = re.sub(r"\s+", " ", name).strip(" .")
    return name[:80].rstrip(" .") or "briefing-book"


def default_folder(remembered: str) -> Path:
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


# The most commitments "The selected commitments" takes (a bigger book is of the summit or its pillars).
SELECTION_LIMIT = 1000


class BookDialog(QDialog):
    """The briefing-book request: scope, positions, sections, marking, cover, paper and output file.

    Opened with ``open()`` (never ``exec()``); Build runs ``services.books.export_book`` on the task helper
    with a progress bar and Cancel, then shows the book in a :class:`BookPreview` and closes.
    """

    built = Signal(object)  # BookResult
    progressed = Signal(float, str)

    # Seams: tests replace these (on the class or on one dialog).
    choose_path: Callable[[QWidget, Path], Path | None] = staticmethod(ask_save_path)
    ask_replace: Callable[[QWidget, Path], bool] = staticmethod(ask_replace_file)

    def __init__(
        self,
        store: Store,
        *,
        summit_id: str | None = None,
        pillar_ids: Sequence[str] = (),
        group: str | None = None,
        selected_commitment_ids: Sequence[str] = (),
        saved_query: str | None = None,
        runner: TaskRunner | None = None,
        errors: ErrorReporter | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner or TaskRunner(self)
        self.errors = errors or ErrorReporter(self)
        self.preview: BookPreview | None = None
        self.book_result: BookResult | None = None
        self._task: Task | None = None
        self._guard: CommitGuard | None = None
        self.remembered = load_options()
        self._summit_options: dict[str, SummitOptions] = {}  # this dialog's edits, per summit
        self._shown_summit: str | None = None
        self._recorded: dict[str, dict[str, int]] = {}  # per summit: commitments with a position, by party
        self._suggested_path = ""
        self.own_party = (load_author().delegation or "").upper() or None
        self.setObjectName("bookDialog")
        self.setWindowTitle(self.tr("Export briefing book"))
        self.setWindowIcon(icons.app_icon())
        self.setAccessibleName(self.tr("Export briefing book"))
        self.setAccessibleDescription(
            self.tr("Choose what goes into the briefing book and how it is marked, then build the PDF.")
        )

        self.summits = workspace.navigator_tree(store)
        self.selected = self._selected_rows(selected_commitment_ids)
        self.saved_searches = workspace.list_saved_searches()
        self._build_ui(saved_query)
        self._select_summit(self._initial_summit(summit_id, pillar_ids))
        self._check_pillars(pillar_ids)
        chosen_group = next(
            (
                i
                for i in range(self.group_combo.count())
                if group and pillar_ids and self.group_combo.itemData(i) == (pillar_ids[0], group)
            ),
            -1,
        )
        if len(self.selected) > 1 and self.scope_selected_radio.isEnabled():
            # One row is merely the current one; several were chosen on purpose.
            self.scope_selected_radio.setChecked(True)
        elif saved_query:
            self.scope_query_radio.setChecked(True)
        elif chosen_group >= 0:  # a group chosen in the navigator: the book is of it
            self.group_combo.setCurrentIndex(chosen_group)
            self.scope_group_radio.setChecked(True)
        elif pillar_ids:
            self.scope_pillars_radio.setChecked(True)
        else:
            self.scope_summit_radio.setChecked(True)
        self._apply_remembered(self.remembered)
        self._scope_changed()
        hint = self.sizeHint()
        self.resize(max(hint.width(), 820), hint.height())

    # Data

    def _selected_rows(self, ids: Sequence[str]) -> list[workspace.CommitmentKey]:
        # Read on the GUI thread while the dialog is set up: bounded (1,000 take 34 ms; 100,000 took 2.5 s).
        self.selected_count = len(ids)
        if not ids or len(ids) > SELECTION_LIMIT:
            return []
        return workspace.commitment_keys(self.store, ids)

    def _initial_summit(self, summit_id: str | None, pillar_ids: Sequence[str]) -> str | None:
        known = {node.summit.id for node in self.summits}
        if summit_id in known:
            return summit_id
        if self.selected:
            return self.selected[0].summit_id
        for node in self.summits:
            if any(p.id in pillar_ids for p in node.pillars):
                return node.summit.id
        return self.summits[-1].summit.id if self.summits else None  # the latest, as the CLI does

    def current_summit(self) -> workspace.SummitNode | None:
        summit_id = self.summit_combo.currentData()
        return next((n for n in self.summits if n.summit.id == summit_id), None)

    # Layout

    def _build_ui(self, saved_query: str | None) -> None:
        t = self.tr
        self.options_widget = QWidget(self)
        self.options_widget.setAccessibleName(t("Book options"))
        self.options_widget.setAccessibleDescription(t("Everything the book is built from"))

        # Scope
        scope_box = QGroupBox(t("What goes into the book"), self.options_widget)
        scope_box.setAccessibleName(t("Scope"))
        scope_box.setAccessibleDescription(t("The summit and which of its commitments the book covers"))
        self.summit_combo = QComboBox(scope_box)
        for node in self.summits:
            s = node.summit
            label = summit_label(s.title) + (f" ({s.date.isoformat()})" if s.date else "")
            self.summit_combo.addItem(icons.icon("summit"), label, s.id)
            self.summit_combo.setItemData(self.summit_combo.count() - 1, s.title, Qt.ItemDataRole.ToolTipRole)
        self.summit_combo.setMinimumContentsLength(30)
        self.summit_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._describe(self.summit_combo, t("Summit"), t("The summit the briefing book is about"))
        summit_label_widget = QLabel(t("Su&mmit:"), scope_box)
        summit_label_widget.setBuddy(self.summit_combo)

        self.scope_group = QButtonGroup(self)
        self.scope_summit_radio = QRadioButton(t("The &whole summit"), scope_box)
        self._describe(
            self.scope_summit_radio, t("Whole summit"), t("Every pillar and commitment of the summit")
        )
        self.scope_pillars_radio = QRadioButton(t("Chosen &pillars:"), scope_box)
        self._describe(
            self.scope_pillars_radio, t("Chosen pillars"), t("Only the pillars ticked in the list below")
        )
        self.pillar_model = QStandardItemModel(self)
        self.pillar_list = QListView(scope_box)
        self.pillar_list.setModel(self.pillar_model)
        self.pillar_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pillar_list.setUniformItemSizes(True)
        self.pillar_list.setMinimumHeight(120)
        self._describe(
            self.pillar_list, t("Pillars"), t("Tick the pillars to print; Space ticks the current one")
        )
        # Every letter is taken: reached with Tab and the arrow keys, as the radio buttons are.
        self.scope_group_radio = QRadioButton(t("One group of a pillar:"), scope_box)
        self._describe(
            self.scope_group_radio,
            t("One group"),
            t("Only the commitments under one sub-heading of a pillar, chosen in the list below"),
        )
        self.group_combo = QComboBox(scope_box)
        self.group_combo.setMinimumContentsLength(24)
        self.group_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._describe(
            self.group_combo,
            t("Group"),
            t("The group (a sub-heading of a pillar) whose commitments are printed"),
        )
        self.scope_selected_radio = QRadioButton(t("The &selected commitments"), scope_box)
        self._describe(
            self.scope_selected_radio,
            t("Selected commitments"),
            t("Only the commitments selected in the main window"),
        )
        self.selected_label = QLabel(scope_box)
        self.selected_label.setWordWrap(True)
        self.selected_label.setIndent(24)
        self._describe(
            self.selected_label, t("Selected commitments"), t("The references of the selected commitments")
        )
        self.scope_query_radio = QRadioButton(t("The results of a saved s&earch:"), scope_box)
        self._describe(
            self.scope_query_radio, t("Saved search"), t("Only the commitments a saved search finds")
        )
        self.query_combo = QComboBox(scope_box)
        if saved_query and saved_query not in [s.query for s in self.saved_searches]:
            self.query_combo.addItem(t("Current search: {query}").format(query=saved_query), saved_query)
        for saved in self.saved_searches:
            self.query_combo.addItem(icons.icon("saved-search"), f"{saved.name} — {saved.query}", saved.query)
        if saved_query:
            self.query_combo.setCurrentIndex(self.query_combo.findData(saved_query))
        self.query_combo.setMinimumContentsLength(24)
        self.query_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._describe(self.query_combo, t("Search"), t("Which saved search chooses the commitments"))
        for i, radio in enumerate(
            (
                self.scope_summit_radio,
                self.scope_pillars_radio,
                self.scope_selected_radio,
                self.scope_query_radio,
                self.scope_group_radio,
            )
        ):
            self.scope_group.addButton(radio, i)
        self.scope_group.idToggled.connect(lambda _id, on: self._scope_changed() if on else None)
        scope_layout = QVBoxLayout(scope_box)
        summit_row = QHBoxLayout()
        summit_row.addWidget(summit_label_widget)
        summit_row.addWidget(self.summit_combo, 1)
        scope_layout.addLayout(summit_row)
        scope_layout.addWidget(self.scope_summit_radio)
        scope_layout.addWidget(self.scope_pillars_radio)
        scope_layout.addWidget(self.pillar_list, 1)
        scope_layout.addWidget(self.scope_group_radio)
        scope_layout.addWidget(self.group_combo)
        scope_layout.addWidget(self.scope_selected_radio)
        scope_layout.addWidget(self.selected_label)
        scope_layout.addWidget(self.scope_query_radio)
        scope_layout.addWidget(self.query_combo)

        # Positions
        self.parties_box = QGroupBox(t("Whose positions"), self.options_widget)
        self.parties_box.setAccessibleName(t("Whose positions"))
        self.parties_box.setAccessibleDescription(t("The parties whose positions are printed"))
        self.parties_layout = QVBoxLayout(self.parties_box)
        self.party_checks: dict[str, QCheckBox] = {}
        self.left_out_label = QLabel(self.parties_box)
        self.left_out_label.setObjectName("bookLeftOut")
        self.left_out_label.setWordWrap(True)
        self._describe(
            self.left_out_label, t("Parties left out"), t("Parties not ticked whose positions are recorded")
        )
        self.left_out_label.hide()
        self.parties_layout.addWidget(self.left_out_label)

        # Sections
        sections_box = QGroupBox(t("Sections"), self.options_widget)
        sections_box.setAccessibleName(t("Sections"))
        sections_box.setAccessibleDescription(t("The parts of the book to print"))
        names = {
            "cover": (t("&Cover"), t("Title, summit, marking, copy number and who it is for")),
            "contents": (t("Co&ntents"), t("Table of contents with page numbers and tab letters")),
            "progress": (
                t("Progress"),
                t(
                    "First: how many commitments have our position, stances per party, statuses, "
                    "this week's changes"
                ),
            ),
            "compared": (
                t("Positions compared"),
                t(
                    "Every party's stance, priority, objective, key messages, red line and fallback "
                    "side by side"
                ),
            ),
            "matrix": (
                t("Positions matri&x"),
                t("Commitments × parties with the stance in each cell, and a chart"),  # noqa: RUF001
            ),
            "pillars": (
                t("Pi&llars and commitments"),
                t("A tab per pillar, then each commitment with the positions"),
            ),
            "changes": (t("Annex: c&hanges"), t("What changed, from the revision history")),
            "sources": (t("Annex: s&ource documents"), t("The documents the summit's text came from")),
        }
        self.section_checks: dict[str, QCheckBox] = {}
        sections_layout = QGridLayout(sections_box)
        for i, key in enumerate(SECTIONS):
            label, description = names.get(key, (key, key))
            check = QCheckBox(label, sections_box)
            self._describe(check, label.replace("&", ""), description)
            self.section_checks[key] = check
            sections_layout.addWidget(check, i % 3, i // 3)
        self.since_check = QCheckBox(t("Chan&ges since:"), sections_box)
        self._describe(
            self.since_check,
            t("Changes since a date"),
            t("List in the annex what changed since the chosen date"),
        )
        self.since_edit = QDateEdit(sections_box)
        self.since_edit.setCalendarPopup(True)
        self.since_edit.setDisplayFormat("yyyy-MM-dd")
        self.since_edit.setDate(QDate.currentDate().addDays(-30))
        self._describe(
            self.since_edit, t("Changes since date"), t("The annex lists changes made on or after this day")
        )
        self.since_check.toggled.connect(self.since_edit.setEnabled)
        since_row = QHBoxLayout()
        since_row.addWidget(self.since_check)
        since_row.addWidget(self.since_edit)
        since_row.addStretch(1)
        sections_layout.addLayout(since_row, 3, 0, 1, 2)

        # Cover
        cover_box = QGroupBox(t("Cover"), self.options_widget)
        cover_box.setAccessibleName(t("Cover"))
        cover_box.setAccessibleDescription(t("What the cover says"))
        cover = QFormLayout(cover_box)
        self.title_edit = self._line(
            t("Title"), t("The book's title, on the cover and at the top of every page")
        )
        self.title_edit.setPlaceholderText(t("Briefing book"))
        self.subtitle_edit = self._line(t("Subtitle"), t("A line under the title on the cover"))
        self.prepared_for_edit = self._line(t("Prepared for"), t("The principal the book is for"))
        self.prepared_by_edit = self._line(t("Prepared by"), t("The team or officer who prepared the book"))
        self.copy_edit = self._line(
            t("Copy number"), t("The number of this copy, printed on the cover and footer")
        )
        self.copy_edit.setMaxLength(20)
        for label, edit in (
            (t("&Title:"), self.title_edit),
            (t("S&ubtitle:"), self.subtitle_edit),
            (t("Prepared &for:"), self.prepared_for_edit),
            (t("Prepare&d by:"), self.prepared_by_edit),
            (t("Cop&y number:"), self.copy_edit),
        ):
            cover.addRow(label, edit)

        # Marking and paper
        print_box = QGroupBox(t("Marking and paper"), self.options_widget)
        print_box.setAccessibleName(t("Marking and paper"))
        print_box.setAccessibleDescription(t("The security marking on every page, and the paper size"))
        self.marking_combo = QComboBox(print_box)
        self.marking_combo.addItem(t("Automatic (highest marking found)"), None)
        for marking in DEFAULT_MARKINGS:
            self.marking_combo.addItem(marking_label(marking), marking)
        self._describe(
            self.marking_combo,
            t("Marking"),
            t("The marking printed on every page; automatic uses the highest marking in the book"),
        )
        self.placement_combo = QComboBox(print_box)
        for label, value in (
            (t("Top and bottom"), "top-bottom"),
            (t("Top only"), "top"),
            (t("Bottom only"), "bottom"),
        ):
            self.placement_combo.addItem(label, value)
        self._describe(
            self.placement_combo, t("Marking placement"), t("Where on each page the marking is printed")
        )
        self.page_size_combo = QComboBox(print_box)
        for label, value in ((t("Letter (8.5 × 11 in)"), "letter"), (t("A4 (210 × 297 mm)"), "a4")):  # noqa: RUF001
            self.page_size_combo.addItem(label, value)
        self._describe(self.page_size_combo, t("Page size"), t("The paper the book is laid out for"))
        self.language_combo = QComboBox(print_box)
        for code in i18n.LANGUAGES:  # each language by its own name
            self.language_combo.addItem(LANGUAGE_NAMES[code], code)
        self._describe(
            self.language_combo,
            t("Language"),
            t("The language the book is printed in, whatever the language of the app"),
        )
        self.reproducible_check = QCheckBox(t("Reproduc&ible (same content, same bytes)"), print_box)
        self._describe(
            self.reproducible_check,
            t("Reproducible"),
            t("Fixed dates and ID in the file, so rebuilding the same content gives an identical file"),
        )
        self.password_edit = QLineEdit(print_box)
        self.password_edit.setObjectName("bookPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(t("none: anyone with the file reads it"))
        self._describe(
            self.password_edit,
            t("Password to open the book"),
            t("At least 8 characters; the PDF is encrypted with AES-256 and opens only with it"),
        )
        marking_form = QFormLayout(print_box)
        for label, widget in (
            (t("Mar&king:"), self.marking_combo),
            (t("Pl&acement:"), self.placement_combo),
            (t("Paper si&ze:"), self.page_size_combo),
            (t("Language:"), self.language_combo),  # every letter is taken: reached with Tab
            (t("Password to open:"), self.password_edit),
        ):
            marking_form.addRow(label, widget)
        marking_form.addRow(self.reproducible_check)

        # Output file
        self.path_edit = self._line(t("Output file"), t("Where the PDF is written"))
        self.browse_button = QPushButton(t("B&rowse…"), self)
        self._describe(self.browse_button, t("Browse"), t("Choose where to save the PDF"))
        self.browse_button.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_label = QLabel(t("Sa&ve as:"), self)
        path_label.setBuddy(self.path_edit)
        path_row.addWidget(path_label)
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)

        columns = QHBoxLayout(self.options_widget)
        columns.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        left.addWidget(scope_box, 1)
        left.addWidget(self.parties_box)
        right = QVBoxLayout()
        right.addWidget(cover_box)
        right.addWidget(sections_box)
        right.addWidget(print_box)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        # Progress and buttons
        self.status_label = QLabel(self)
        self.status_label.setObjectName("bookStatus")
        self.status_label.setWordWrap(True)
        self._describe(self.status_label, t("Build status"), t("What the build is doing, or how it ended"))
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self._describe(self.progress, t("Build progress"), t("How far the briefing book has been built"))
        self.progress.hide()
        self.cancel_build_button = QPushButton(t("Cancel build"), self)
        self._describe(
            self.cancel_build_button,
            t("Cancel build"),
            t("Stop building; no file is written and an existing file stays as it was"),
        )
        self.cancel_build_button.clicked.connect(self.cancel_build)
        self.cancel_build_button.hide()
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_label, 1)
        status_row.addWidget(self.progress)
        status_row.addWidget(self.cancel_build_button)

        self.buttons = QDialogButtonBox(self)
        self.build_button = self.buttons.addButton(t("&Build"), QDialogButtonBox.ButtonRole.AcceptRole)
        self._describe(self.build_button, t("Build"), t("Build the briefing book and show it"))
        self.build_button.setDefault(True)
        self.build_button.clicked.connect(self.build)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self._describe(self.close_button, t("Close"), t("Close without building"))
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.options_widget, 1)
        layout.addLayout(path_row)
        layout.addLayout(status_row)
        layout.addWidget(self.buttons)

        self.summit_combo.currentIndexChanged.connect(lambda _i: self._summit_changed())

    def _describe(self, widget: QWidget, name: str, description: str) -> None:
        widget.setAccessibleName(name)
        widget.setAccessibleDescription(description)
        widget.setToolTip(description)

    def _line(self, name: str, description: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        edit.setAccessibleDescription(description)
        return edit

    # Filling in

    def _select_summit(self, summit_id: str | None) -> None:
        index = self.summit_combo.findData(summit_id)
        if index >= 0 and index != self.summit_combo.currentIndex():
            self.summit_combo.setCurrentIndex(index)  # _summit_changed() follows
        else:
            self._summit_changed()

    def _summit_changed(self) -> None:
        if self._shown_summit is not None:
            self._summit_options[self._shown_summit] = self.summit_options()
        node = self.current_summit()
        self._shown_summit = node.summit.id if node else None
        chosen = SummitOptions()
        if node is not None:
            chosen = self._summit_options.get(node.summit.id) or load_summit_options(node.summit.id)
        self.title_edit.setText(chosen.title)
        self.subtitle_edit.setText(chosen.subtitle)
        for edit in (self.title_edit, self.subtitle_edit):
            edit.setCursorPosition(0)  # show a long remembered value from its start
        self.pillar_model.clear()
        for pillar in node.pillars if node else ():
            item = QStandardItem(
                icons.icon("pillar"), f"{pillar.tab}  {pillar.short_title}  ({pillar.commitment_count})"
            )
            item.setData(pillar.tab, Qt.ItemDataRole.UserRole)
            item.setData(pillar.id, PILLAR_ID_ROLE)
            item.setToolTip(pillar.title)
            item.setCheckable(True)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.pillar_model.appendRow(item)
        self.group_combo.clear()
        tabs = {p.id: p.tab for p in node.pillars} if node else {}
        for g in node.groups if node else ():
            label = f"{tabs.get(g.pillar_id, '')} \u203a {g.title}  ({g.count})"
            self.group_combo.addItem(icons.icon("group"), label, (g.pillar_id, g.title))
            self.group_combo.setItemData(self.group_combo.count() - 1, g.title, Qt.ItemDataRole.ToolTipRole)
        has_groups = self.group_combo.count() > 0  # most summits have none: the choice is not shown
        self.scope_group_radio.setVisible(has_groups)
        self.group_combo.setVisible(has_groups)
        if self.scope_group_radio.isChecked() and not has_groups:
            self.scope_summit_radio.setChecked(True)
        for box in self.party_checks.values():
            self.parties_layout.removeWidget(box)
            box.deleteLater()
        self.party_checks = {}
        parties = node.summit.parties if node else ()
        # The parties follow the summit: its own last choice, else every one of them.
        wanted = set(chosen.parties) & {p.code for p in parties} or {p.code for p in parties}
        for party in parties:
            label = f"{party.code} — {party_name(party.code, party.name)}"
            if party.code == self.own_party:
                label = self.tr("{party} (our delegation)").format(party=label)
            box = QCheckBox(label, self.parties_box)
            if party.code == self.own_party:
                font = box.font()
                font.setBold(True)
                box.setFont(font)
                description = self.tr(
                    "Print our delegation's position in full (objective, messages, red line)"
                )
            else:
                description = self.tr("Print our reading of {name}'s position").format(
                    name=party_name(party.code, party.name)
                )
            self._describe(box, label, description)
            box.setChecked(party.code in wanted)
            box.toggled.connect(self._show_left_out)
            self.parties_layout.insertWidget(self.parties_layout.count() - 1, box)
            self.party_checks[party.code] = box
        self._chain_tab_order()
        self._count_positions()
        in_summit = [r for r in self.selected if node is not None and r.summit_id == node.summit.id]
        self.scope_selected_radio.setEnabled(bool(in_summit))
        if in_summit:
            refs = ", ".join(r.reference for r in in_summit[:12]) + (" …" if len(in_summit) > 12 else "")
            self.selected_label.setText(
                self.tr("{n} commitments: {refs}", "", len(in_summit)).format(
                    n=i18n.number(len(in_summit)), refs=refs
                )
            )
        elif self.selected_count > SELECTION_LIMIT:
            self.selected_label.setText(
                self.tr(
                    "{n} selected: more than a book of a selection takes; choose the summit or pillars."
                ).format(n=i18n.number(self.selected_count))
            )
        else:
            self.selected_label.setText(self.tr("None selected in the main window."))
        if self.scope_selected_radio.isChecked() and not in_summit:
            self.scope_summit_radio.setChecked(True)
        self.scope_query_radio.setEnabled(self.query_combo.count() > 0)
        if self.path_edit.text() in ("", self._suggested_path):  # not chosen by the user: follows the summit
            self._suggest_path()

    def _suggest_path(self) -> None:
        self._suggested_path = str(self.suggested_path())
        self.path_edit.setText(self._suggested_path)

    def _count_positions(self) -> None:
        """Whose positions are recorded in the summit, counted off the GUI thread, then said if left out."""
        summit_id, store = self._shown_summit, self.store
        if summit_id is None or summit_id in self._recorded:
            self._show_left_out()
            return

        def counted(counts: dict[str, int]) -> None:
            self._recorded[summit_id] = counts
            self._show_left_out()

        self.runner.submit(
            lambda ctx: recorded_parties(store, summit_id),
            on_done=counted,
            on_error=lambda error: log.info("cannot count the recorded positions: %s", error.message),
            owner=self,
        )

    def _show_left_out(self) -> None:
        node = self.current_summit()
        counts = self._recorded.get(node.summit.id, {}) if node else {}
        left_out = [
            party_name(p.code, p.name)
            for p in (node.summit.parties if node else ())
            if counts.get(p.code)
            and p.code in self.party_checks
            and not self.party_checks[p.code].isChecked()
        ]
        self.left_out_label.setText(
            self.tr("Left out although their positions are recorded: {parties}. The book says so.").format(
                parties=", ".join(left_out)
            )
        )
        self.left_out_label.setVisible(bool(left_out))

    def _chain_tab_order(self) -> None:
        """Tab goes down the left column, then the right one (the party boxes are made last, per summit)."""
        chain: list[QWidget] = [
            self.summit_combo,
            self.scope_summit_radio,
            self.scope_pillars_radio,
            self.pillar_list,
            self.scope_group_radio,
            self.group_combo,
            self.scope_selected_radio,
            self.scope_query_radio,
            self.query_combo,
            *self.party_checks.values(),
            self.title_edit,
            self.subtitle_edit,
            self.prepared_for_edit,
            self.prepared_by_edit,
            self.copy_edit,
            *self.section_checks.values(),
            self.since_check,
            self.since_edit,
            self.marking_combo,
            self.placement_combo,
            self.page_size_combo,
            self.reproducible_check,
            self.path_edit,
            self.browse_button,
            self.cancel_build_button,
            self.build_button,
            self.close_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _check_pillars(self, pillar_ids: Sequence[str]) -> None:
        for row in range(self.pillar_model.rowCount()):
            item = self.pillar_model.item(row)
            if item.data(PILLAR_ID_ROLE) in pillar_ids:
                item.setCheckState(Qt.CheckState.Checked)

    def _apply_remembered(self, o: RememberedOptions) -> None:
        self.prepared_for_edit.setText(o.prepared_for)
        self.prepared_by_edit.setText(o.prepared_by)
        for key, box in self.section_checks.items():
            box.setChecked(key in o.sections)
        self.marking_combo.setCurrentIndex(max(0, self.marking_combo.findData(o.marking)) if o.marking else 0)
        self.placement_combo.setCurrentIndex(max(0, self.placement_combo.findData(o.placement)))
        self.page_size_combo.setCurrentIndex(max(0, self.page_size_combo.findData(o.page_size)))
        language = o.language or i18n.current_language()
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        self.reproducible_check.setChecked(o.reproducible)
        for edit in (self.prepared_for_edit, self.prepared_by_edit):
            edit.setCursorPosition(0)  # show a long remembered value from its start
        self.since_check.setChecked(o.changes_since is not None)
        self.since_edit.setEnabled(o.changes_since is not None)
        if o.changes_since is not None:
            self.since_edit.setDate(QDate(o.changes_since.year, o.changes_since.month, o.changes_since.day))
        self._suggest_path()

    def _scope_changed(self) -> None:
        self.pillar_list.setEnabled(self.scope_pillars_radio.isChecked())
        self.query_combo.setEnabled(self.scope_query_radio.isChecked())
        self.group_combo.setEnabled(self.scope_group_radio.isChecked())

    def suggested_path(self) -> Path:
        node = self.current_summit()
        title = self.title_edit.text().strip() or self.tr("Briefing book")
        if node is not None:
            title += " – " + summit_label(node.summit.title)
        return default_folder(self.remembered.folder) / (_file_name(title) + ".pdf")

    # Reading the choices

    def scope_kind(self) -> str:
        return SCOPES[max(0, self.scope_group.checkedId())]

    def checked_pillars(self) -> list[str]:
        """Tab letters of the ticked pillars."""
        return self._checked_pillar_data(Qt.ItemDataRole.UserRole)

    def checked_pillar_ids(self) -> list[str]:
        return self._checked_pillar_data(PILLAR_ID_ROLE)

    def _checked_pillar_data(self, role: int) -> list[str]:
        model = self.pillar_model
        return [
            model.item(r).data(role)
            for r in range(model.rowCount())
            if model.item(r).checkState() == Qt.CheckState.Checked
        ]

    def checked_parties(self) -> list[str]:
        return [code for code, box in self.party_checks.items() if box.isChecked()]

    def changes_since(self) -> date | None:
        if not self.since_check.isChecked():
            return None
        chosen = self.since_edit.date().toPython()
        assert isinstance(chosen, date)
        return chosen

    def scope(self) -> BookScope:
        """The chosen scope; raises ValidationError when it cannot contain anything."""
        node = self.current_summit()
        if node is None:
            raise ValidationError(self.tr("The store has no summits yet; import a fact sheet first."))
        parties = self.checked_parties()
        if not parties:
            raise ValidationError(self.tr("Tick at least one party whose positions go into the book."))
        kind = self.scope_kind()
        pillar_ids: tuple[str, ...] = ()
        group: str | None = None
        commitment_ids: tuple[str, ...] = ()
        query: str | None = None
        if kind == "group":
            chosen = self.group_combo.currentData()
            if not chosen:
                raise ValidationError(self.tr("Nothing to print: choose a group."))
            pillar_ids, group = (chosen[0],), chosen[1]
        elif kind == "pillars":
            pillar_ids = tuple(self.checked_pillar_ids())
            if not pillar_ids:
                raise ValidationError(self.tr("Nothing to print: tick at least one pillar."))
        elif kind == "selected":
            commitment_ids = tuple(r.id for r in self.selected if r.summit_id == node.summit.id)
            if not commitment_ids:
                raise ValidationError(self.tr("Nothing to print: no commitment is selected."))
        elif kind == "query":
            query = self.query_combo.currentData()
            if not query:
                raise ValidationError(self.tr("Nothing to print: choose a saved search."))
        return BookScope(
            summit_id=node.summit.id,
            pillar_ids=pillar_ids,
            group=group,
            commitment_ids=commitment_ids,
            query=query,
            parties=tuple(parties),
            changes_since=self.changes_since(),
        )

    def request(self) -> BookRequest:
        """The chosen book options (the same fields ``nals export-book`` fills)."""
        sections = frozenset(k for k, box in self.section_checks.items() if box.isChecked())
        if not sections:
            raise ValidationError(self.tr("Nothing to print: tick at least one section."))
        parties = tuple(self.checked_parties())
        language = self.language_combo.currentData()
        with i18n.speaking(language):
            default_title = i18n._("Briefing book")  # in the book's language
        return BookRequest(
            title=self.title_edit.text().strip() or default_title,
            subtitle=self.subtitle_edit.text().strip(),
            prepared_for=self.prepared_for_edit.text().strip(),
            prepared_by=self.prepared_by_edit.text().strip(),
            copy_number=self.copy_edit.text().strip(),
            own_party=self.own_party if self.own_party in parties else None,
            parties=parties,
            sections=sections,
            marking=self.marking_combo.currentData(),
            marking_placement=self.placement_combo.currentData(),
            changes_since=self.changes_since(),
            reproducible=self.reproducible_check.isChecked(),
            page_size=self.page_size_combo.currentData(),
            language=language,
            password=self._password(),
        )

    def _password(self) -> str | None:
        password = self.password_edit.text()
        if password and len(password) < 8:
            raise ValidationError(
                self.tr("A book's password needs at least 8 characters; nothing was written.")
            )
        return password or None

    def output_path(self) -> Path:
        text = self.path_edit.text().strip()
        if not text:
            raise ValidationError(self.tr("Choose where to save the book."))
        path = Path(text).expanduser()
        return path if path.suffix or path.is_dir() else path.with_name(path.name + ".pdf")

    def summit_options(self) -> SummitOptions:
        """What is remembered for the summit shown (and only for it)."""
        return SummitOptions(
            title=self.title_edit.text().strip(),
            subtitle=self.subtitle_edit.text().strip(),
            parties=tuple(self.checked_parties()),
        )

    def options(self) -> RememberedOptions:
        return RememberedOptions(
            prepared_for=self.prepared_for_edit.text().strip(),
            prepared_by=self.prepared_by_edit.text().strip(),
            sections=frozenset(k for k, box in self.section_checks.items() if box.isChecked()),
            marking=self.marking_combo.currentData(),
            placement=self.placement_combo.currentData(),
            page_size=self.page_size_combo.currentData(),
            changes_since=self.changes_since(),
            reproducible=self.reproducible_check.isChecked(),
            language=self.language_combo.currentData(),
            folder=str(self.output_path().parent)
            if self.path_edit.text().strip()
            else self.remembered.folder,
        )

    # Actions

    def browse(self) -> None:
        try:
            current = self.output_path()
        except ValidationError:
            current = self.suggested_path()
        path = self.choose_path(self, current)
        if path is not None:
            self.path_edit.setText(str(path))

    @property
    def building(self) -> bool:
        return self._task is not None and not self._task.done and not self._task.cancelled

    def build(self) -> None:
        if self.building:
            return
        title = self.tr("Cannot build the briefing book")
        try:
            scope, request, out = self.scope(), self.request(), self.output_path()
        except NalsError as exc:
            self.status_label.setText(str(exc))
            self.errors.report_exception(title, exc, parent=self)
            return
        if out.exists() and not out.is_dir() and not self.ask_replace(self, out):
            self.status_label.setText(self.tr("Not built: {name} was kept.").format(name=out.name))
            return
        self.remembered = self.options()
        save_options(self.remembered)
        if self._shown_summit is not None:
            save_summit_options(self._shown_summit, self.summit_options())
        store, guard = self.store, CommitGuard()

        def work(ctx: TaskContext) -> BookResult:
            return write_book(store, scope, request, out, ctx, guard)

        self._guard = guard
        self._busy()
        self._task = self.runner.submit(
            work, on_done=self._built, on_error=self._failed, on_progress=self._progress, owner=self
        )

    def cancel_build(self) -> None:
        task, guard = self._task, self._guard
        if task is None or task.done or guard is None:
            return
        if guard.cancel(task.cancel):
            log.info("briefing book build cancelled")
            self._idle(self.tr("Cancelled: no file was written."))

    def _progress(self, fraction: float, message: str) -> None:
        self.progress.setValue(round(fraction * 100))
        if message:
            self.status_label.setText(message)
        self.progressed.emit(fraction, message)

    def _built(self, result: BookResult) -> None:
        self.book_result = result
        self._idle(
            self.tr("Wrote {path} ({pages} pages).", "", result.pages).format(
                path=result.path, pages=i18n.number(result.pages)
            )
        )
        self.built.emit(result)
        self.show_preview(result.path)
        self.accept()

    def show_preview(self, path: Path) -> BookPreview:
        """The built book in the in-app preview; it outlives this dialog (it has the dialog's parent)."""
        # Helpers this dialog made die with it; the preview then makes its own.
        runner = self.runner if self.runner.parent() is not self else None
        errors = self.errors if self.errors.parent() is not self else None
        self.preview = BookPreview(
            path, runner=runner, errors=errors, parent=self.parentWidget(), password=self.password_edit.text()
        )
        self.preview.show()
        return self.preview

    def _failed(self, error: TaskError) -> None:
        self._idle(error.message)
        self.errors.report_task(self.tr("Cannot build the briefing book"), error, parent=self)

    # State

    def _busy(self) -> None:
        self.options_widget.setEnabled(False)
        self.path_edit.setEnabled(False)
        self.browse_button.setEnabled(False)
        self.build_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_build_button.show()
        self.cancel_build_button.setFocus()
        self.status_label.setText(self.tr("Building the briefing book…"))

    def _idle(self, message: str) -> None:
        self.progress.hide()
        self.cancel_build_button.hide()
        self.options_widget.setEnabled(True)
        self.path_edit.setEnabled(True)
        self.browse_button.setEnabled(True)
        self.build_button.setEnabled(True)
        self.status_label.setText(message)

    def reject(self) -> None:
        """Escape cancels a running build first; pressed again (or when idle) it closes the dialog."""
        if self.building:
            self.cancel_build()
            return
        super().reject()


def export_briefing_book(
    parent: QWidget | None,
    store: Store,
    *,
    summit_id: str | None = None,
    pillar_ids: Sequence[str] = (),
    group: str | None = None,
    selected_commitment_ids: Sequence[str] = (),
    saved_query: str | None = None,
    runner: TaskRunner | None = None,
    errors: ErrorReporter | None = None,
) -> BookDialog:
    """Open the briefing-book dialog (window-modal, non-blocking) for File → Export briefing book….

    ``runner`` and ``errors`` default to the parent's (the main window's ``runner`` and ``errors``).
    The dialog deletes itself when closed; after a successful build the preview opens as its own window.
    """
    runner = runner or getattr(parent, "runner", None)
    errors = errors or getattr(parent, "errors", None)
    dialog = BookDialog(
        store,
        summit_id=summit_id,
        pillar_ids=pillar_ids,
        group=group,
        selected_commitment_ids=selected_commitment_ids,
        saved_query=saved_query,
        runner=runner if isinstance(runner, TaskRunner) else None,
        errors=errors if isinstance(errors, ErrorReporter) else None,
        parent=parent,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
