"""View → Compare positions: every party's position on a pillar or a selection side by side, read-only."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nals_desktop import i18n
from nals_desktop.domain.model import Priority, Stance, field_label, party_name
from nals_desktop.services.compare import COMPARED_FIELDS, ComparedCommitment, Comparison, compare_positions
from nals_desktop.store.engine import Store
from nals_desktop.ui.errors import ErrorReporter
from nals_desktop.ui.tasks import Task, TaskContext, TaskError, TaskRunner

DIFFERS = "≠"  # as in the book: a field on which the parties differ
# The book's stance colours: pale cell tints (black text stays legible) and saturated chart fills.
STANCE_TINT = {
    Stance.SUPPORT: QColor("#cfe8d5"),
    Stance.SUPPORT_WITH_CONDITIONS: QColor("#e6f0c8"),
    Stance.NEUTRAL: QColor("#e4e4e4"),
    Stance.OPPOSE: QColor("#f4cccc"),
    Stance.UNDECIDED: QColor("#fbe3c4"),
}
STANCE_FILL = {
    Stance.SUPPORT: QColor("#2e7d4f"),
    Stance.SUPPORT_WITH_CONDITIONS: QColor("#8db63c"),
    Stance.NEUTRAL: QColor("#9e9e9e"),
    Stance.OPPOSE: QColor("#b3261e"),
    Stance.UNDECIDED: QColor("#e0a030"),
}
DIFFER_TINT = QColor("#fbeaea")
DIFFER_INK = QColor("#a32020")
INK = QColor("#1f1f1f")
DifferRole = Qt.ItemDataRole.UserRole + 1  # bool: the parties differ on this row's field

_Index = QModelIndex | QPersistentModelIndex


class ComparisonModel(QAbstractTableModel):
    """Rows: each commitment's compared fields (stance, priority, objective, key messages, red line,
    fallback); columns: reference, field, then one per party (own delegation first)."""

    FIXED = 2  # reference and field columns

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None
        self.only_differences = False
        self._differing: list[tuple[int, int]] = []  # (commitment, field) of every row that differs
        self._bold = QFont()
        self._bold.setBold(True)

    def set_comparison(
        self, comparison: Comparison | None, differing: list[tuple[int, int]] | None = None
    ) -> None:
        """Show ``comparison``; ``differing`` is ``differing_rows(comparison)`` when already computed
        (off the GUI thread: it visits every commitment)."""
        self.beginResetModel()
        self.comparison = comparison
        if differing is None:
            differing = differing_rows(comparison) if comparison is not None else []
        self._differing = differing
        self.endResetModel()

    def set_only_differences(self, on: bool) -> None:
        self.beginResetModel()
        self.only_differences = on
        self.endResetModel()

    @property
    def parties(self) -> list[str]:
        return [p.code for p in self.comparison.parties] if self.comparison is not None else []

    def _position(self, row: int) -> tuple[int, int] | None:
        """(commitment index, field index) of ``row``: every field of every commitment, or the differing."""
        if self.comparison is None or row < 0:
            return None
        if self.only_differences:
            return self._differing[row] if row < len(self._differing) else None
        n = len(COMPARED_FIELDS)
        return (row // n, row % n) if row < len(self.comparison.commitments) * n else None

    def row_at(self, row: int) -> tuple[ComparedCommitment, str] | None:
        found = self._position(row)
        if found is None or self.comparison is None:
            return None
        return self.comparison.commitments[found[0]], COMPARED_FIELDS[found[1]]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008  # Qt's signature
        if parent.isValid() or self.comparison is None:
            return 0
        if self.only_differences:
            return len(self._differing)
        return len(self.comparison.commitments) * len(COMPARED_FIELDS)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008  # Qt's signature
        return 0 if parent.isValid() else self.FIXED + len(self.parties)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or self.comparison is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if section == 0:
                return self.tr("Ref.")
            if section == 1:
                return self.tr("Field")
            party = self.comparison.parties[section - self.FIXED]
            if role == Qt.ItemDataRole.ToolTipRole:
                return party_name(party.code, party.name)
            return party.code
        return None

    def _first_of_commitment(self, row: int) -> bool:
        here, before = self._position(row), self._position(row - 1)
        return before is None or here is None or before[0] != here[0]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        found = self.row_at(index.row()) if index.isValid() else None
        if found is None:
            return None
        item, name = found
        col = index.column()
        differs = name in item.differs
        if role == DifferRole:
            return differs
        if col == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return item.reference if self._first_of_commitment(index.row()) else ""
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return f"{item.reference} {item.text}"
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            return None
        if col == 1:
            label = i18n._(field_label(name))
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{DIFFERS} {label}" if differs else label
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.tr("{field}: the parties differ").format(field=label) if differs else label
            if role == Qt.ItemDataRole.FontRole and differs:
                return self._bold
            if role == Qt.ItemDataRole.BackgroundRole and differs:
                return DIFFER_TINT
            if role == Qt.ItemDataRole.ForegroundRole and differs:
                return DIFFER_INK
            return None
        code = self.parties[col - self.FIXED]
        position = item.positions.get(code)
        value = position.value(name) if position is not None else ""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return _shown(name, value, role == Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _shown(name, value, False) or None
        if name == "stance" and value in _STANCES:
            if role == Qt.ItemDataRole.BackgroundRole:
                return STANCE_TINT[_STANCES[value]]
            if role == Qt.ItemDataRole.ForegroundRole:
                return INK
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
        return None


def differing_rows(comparison: Comparison) -> list[tuple[int, int]]:
    """(commitment index, field index) of each compared field the parties differ on, in order."""
    fields = {name: i for i, name in enumerate(COMPARED_FIELDS)}
    return [
        (ci, fields[name])
        for ci, item in enumerate(comparison.commitments)
        if item.differs
        for name in COMPARED_FIELDS
        if name in item.differs
    ]


_STANCES = {s.value: s for s in Stance}
_PRIORITIES = {p.value: p for p in Priority}


def _shown(name: str, value: str, one_line: bool) -> str:
    if name == "stance":
        return i18n._(_STANCES[value].label) if value in _STANCES else ("—" if one_line else "")
    if name == "priority":
        return i18n._(_PRIORITIES[value].label) if value in _PRIORITIES else ("—" if one_line else "")
    if not value.strip():
        return "—" if one_line else ""
    return " ".join(value.split()) if one_line else value


class CompareDialog(QDialog):
    """A non-modal window: the comparison is read off the GUI thread, then shown in a read-only grid."""

    def __init__(
        self,
        store: Store,
        runner: TaskRunner,
        errors: ErrorReporter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.runner, self.errors = store, runner, errors
        self.task: Task | None = None
        self.setObjectName("compareDialog")
        self.setWindowTitle(self.tr("Compare positions"))
        self.setAccessibleName(self.tr("Compare positions"))
        self.setAccessibleDescription(
            self.tr("Every party's position on the chosen commitments, side by side")
        )
        self.resize(1100, 680)
        self.summary = QLabel(self.tr("Loading…"), self)
        self.summary.setObjectName("compareSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAccessibleName(self.tr("Compared"))
        self.only_check = QCheckBox(self.tr("&Only where the parties differ"), self)
        self.only_check.setAccessibleName(self.tr("Only where the parties differ"))
        self.only_check.setAccessibleDescription(self.tr("Hide the fields on which every party agrees"))
        self.legend = QLabel(
            self.tr(
                "{mark} marks a field on which the parties differ; stances in the book's colours."
            ).format(mark=DIFFERS),
            self,
        )
        self.legend.setTextFormat(Qt.TextFormat.PlainText)
        self.legend.setAccessibleName(self.tr("Legend"))
        self.model = ComparisonModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("compareGrid")
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Positions compared"))
        self.view.setAccessibleDescription(
            self.tr("A row per field of each commitment, a column per party; read-only")
        )
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setAlternatingRowColors(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        close.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        buttons.rejected.connect(self.close)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.only_check)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.legend)
        layout.addWidget(buttons)
        self.only_check.toggled.connect(self.model.set_only_differences)

    def load(
        self,
        summit_id: str,
        *,
        pillar_ids: Sequence[str] = (),
        group: str | None = None,
        commitment_ids: Sequence[str] = (),
        own_party: str | None = None,
    ) -> None:
        """Compare the summit's commitments: of the given pillars, of one group of the given pillar, or the
        given commitments."""
        if self.task is not None:
            self.task.cancel()
        self.summary.setText(self.tr("Loading…"))
        pillars, chosen = tuple(pillar_ids), tuple(commitment_ids)

        def work(_ctx: TaskContext) -> tuple[Comparison, list[tuple[int, int]]]:
            comparison = compare_positions(
                self.store,
                summit_id,
                pillar_ids=pillars,
                group=group,
                commitment_ids=chosen,
                own_party=own_party,
            )
            return comparison, differing_rows(comparison)

        self.task = self.runner.submit(work, on_done=self._loaded, on_error=self._failed, owner=self)

    def _loaded(self, result: tuple[Comparison, list[tuple[int, int]]]) -> None:
        self.task = None
        comparison, differing = result
        self.model.set_comparison(comparison, differing)
        n = len(comparison.commitments)
        summit = comparison.summit_title
        if comparison.group is not None:
            summit = self.tr("{summit} \u203a {group}").format(summit=summit, group=comparison.group)
        self.summary.setText(
            self.tr("{summit}: {count} commitments, the parties differ on {differ}.", "", n).format(
                summit=summit,
                count=i18n.number(n),
                differ=i18n.number(comparison.differing),
            )
        )
        self.view.resizeColumnToContents(0)
        self.view.resizeColumnToContents(1)
        for col in range(ComparisonModel.FIXED, self.model.columnCount()):
            self.view.setColumnWidth(
                col, max(160, (self.view.viewport().width() - 260) // max(len(self.model.parties), 1))
            )

    def _failed(self, error: TaskError) -> None:
        self.task = None
        self.summary.setText(self.tr("The positions could not be read."))
        self.errors.report_task(self.tr("Compare positions"), error, parent=self)

    def closeEvent(self, event: Any) -> None:
        if self.task is not None:
            self.task.cancel()
        super().closeEvent(event)
