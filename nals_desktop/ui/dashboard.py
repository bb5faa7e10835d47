"""View → Progress dashboard: a summit's positions counted, with a stacked bar of stances per party."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QKeySequence, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nals_desktop import i18n
from nals_desktop.domain.model import ImplementationStatus, Stance, party_name
from nals_desktop.services.progress import ProgressReport, summit_progress
from nals_desktop.store.engine import Store
from nals_desktop.ui.compare import STANCE_FILL
from nals_desktop.ui.errors import ErrorReporter
from nals_desktop.ui.tasks import Task, TaskContext, TaskError, TaskRunner

NOT_RECORDED_FILL = QColor("#f1f3f4")
NOT_RECORDED_EDGE = QColor("#9aa0a6")


def _stance_label(value: str) -> str:
    return i18n._(Stance(value).label) if value else i18n._("Not recorded")


class StanceBars(QWidget):
    """One horizontal bar per party, split into its stances in the book's colours (pale: not recorded)."""

    BAR = 22
    GAP = 10

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stanceBars")
        self.rows: list[tuple[str, dict[str, int]]] = []  # (party name, stance value -> count)
        self.total = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Stances by party"))

    def set_report(self, report: ProgressReport) -> None:
        self.rows = [(party_name(p.code, p.name), report.stances.get(p.code, {})) for p in report.parties]
        self.total = report.commitments
        self.setAccessibleDescription(
            "; ".join(
                f"{name}: "
                + ", ".join(
                    f"{_stance_label(v)} {i18n.number(counts.get(v, 0))}"
                    for v in [*(s.value for s in Stance), ""]
                    if counts.get(v, 0)
                )
                for name, counts in self.rows
            )
        )
        self.updateGeometry()
        self.update()

    def _legend_height(self) -> int:
        return QFontMetrics(self.font()).height() + 8

    def sizeHint(self) -> QSize:
        return QSize(520, max(1, len(self.rows)) * (self.BAR + self.GAP) + self._legend_height() + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(320, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        text = self.palette().color(QPalette.ColorRole.WindowText)
        label_w = min(max((metrics.horizontalAdvance(name) for name, _c in self.rows), default=0) + 12, 180)
        plot_w = max(self.width() - label_w - 8, 10)
        y = 4
        order = [*(s.value for s in Stance), ""]
        for name, counts in self.rows:
            painter.setPen(text)
            painter.drawText(
                QRectF(0, y, label_w - 8, self.BAR),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
                metrics.elidedText(name, Qt.TextElideMode.ElideRight, label_w - 8),
            )
            x = float(label_w)
            for value in order:
                n = counts.get(value, 0)
                if not n or not self.total:
                    continue
                w = plot_w * n / self.total
                rect = QRectF(x, y, w, self.BAR)
                if value:
                    painter.fillRect(rect, STANCE_FILL[Stance(value)])
                else:
                    painter.fillRect(rect, NOT_RECORDED_FILL)
                    painter.setPen(QPen(NOT_RECORDED_EDGE, 1))
                    painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
                label = i18n.number(n)
                if metrics.horizontalAdvance(label) + 6 <= w:
                    painter.setPen(QColor("white") if value else QColor("#1f1f1f"))
                    painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), label)
                x += w
            y += self.BAR + self.GAP
        # legend
        x = float(label_w)
        for value in order:
            label = _stance_label(value)
            painter.fillRect(
                QRectF(x, y + 2, 12, 12), STANCE_FILL[Stance(value)] if value else NOT_RECORDED_FILL
            )
            if not value:
                painter.setPen(QPen(NOT_RECORDED_EDGE, 1))
                painter.drawRect(QRectF(x + 0.5, y + 2.5, 11, 11))
            painter.setPen(text)
            painter.drawText(QRectF(x + 16, y, metrics.horizontalAdvance(label) + 4, 16), 0, label)
            x += 16 + metrics.horizontalAdvance(label) + 14
        painter.end()


def _table(parent: QWidget, name: str, description: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setAccessibleDescription(description)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], *, fit: bool = False) -> None:
    """Put ``rows`` in ``table``; with ``fit`` the table is as tall as its rows (no scrolling)."""
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            if c > 0 and value.replace(" ", "").replace("\u202f", "").replace(",", "").isdigit():
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    if fit:
        table.resizeRowsToContents()
        height = table.horizontalHeader().height() + sum(table.rowHeight(r) for r in range(len(rows)))
        table.setFixedHeight(height + 2 * table.frameWidth() + 2)


class ProgressDashboard(QDialog):
    """A non-modal window on one summit; the counts are read off the GUI thread."""

    def __init__(
        self,
        store: Store,
        runner: TaskRunner,
        errors: ErrorReporter,
        parent: QWidget | None = None,
        *,
        print_book: Callable[[str], Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.runner, self.errors = store, runner, errors
        self.print_book = print_book
        self.task: Task | None = None
        self.report: ProgressReport | None = None
        self._summit: tuple[str, str | None] | None = None
        self.setObjectName("progressDashboard")
        self.setWindowTitle(self.tr("Progress dashboard"))
        self.setAccessibleName(self.tr("Progress dashboard"))
        self.setAccessibleDescription(self.tr("How far the summit's positions have come"))
        self.resize(900, 760)

        self.title = QLabel(self.tr("Loading…"), self)
        self.title.setObjectName("dashboardTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.title.setStyleSheet("QLabel { font-size: 14pt; font-weight: bold; }")
        self.title.setAccessibleName(self.tr("Summit"))

        figures = QGroupBox(self.tr("At a glance"), self)
        figures.setAccessibleName(self.tr("At a glance"))
        form = QFormLayout(figures)
        self.commitments_label = self._value(figures, self.tr("Commitments"))
        self.own_bar = QProgressBar(figures)
        self.own_bar.setObjectName("ownPositionBar")
        self.own_bar.setTextVisible(True)
        self.own_caption = QLabel(self.tr("With our position:"), figures)
        self.own_bar.setAccessibleName(self.tr("With our position"))
        self.own_caption.setBuddy(self.own_bar)
        self.high_label = self._value(figures, self.tr("High priority, without our stance"))
        self.week_label = self._value(figures, self.tr("Changes in the last 7 days"))
        form.addRow(self.tr("Commitments:"), self.commitments_label)
        form.addRow(self.own_caption, self.own_bar)
        self.high_caption = QLabel(self.tr("High priority, without our stance:"), figures)
        form.addRow(self.high_caption, self.high_label)
        form.addRow(self.tr("Changes in the last 7 days:"), self.week_label)

        chart_box = QGroupBox(self.tr("Stances by party"), self)
        chart_box.setAccessibleName(self.tr("Stances by party"))
        chart_layout = QVBoxLayout(chart_box)
        self.bars = StanceBars(chart_box)
        self.stance_table = _table(
            chart_box,
            self.tr("Stance counts"),
            self.tr("How many commitments each party takes each stance on"),
            [self.tr("Party"), *(i18n._(s.label) for s in Stance), i18n._("Not recorded")],
        )
        chart_layout.addWidget(self.bars)
        chart_layout.addWidget(self.stance_table)

        lower = QHBoxLayout()
        status_box = QGroupBox(self.tr("Implementation status"), self)
        status_box.setAccessibleName(self.tr("Implementation status"))
        self.status_table = _table(
            status_box,
            self.tr("Statuses"),
            self.tr("How many commitments are at each implementation status"),
            [self.tr("Status"), self.tr("Commitments")],
        )
        QVBoxLayout(status_box).addWidget(self.status_table)
        week_box = QGroupBox(self.tr("Who changed what this week"), self)
        week_box.setAccessibleName(self.tr("Who changed what this week"))
        self.week_table = _table(
            week_box,
            self.tr("Changes this week"),
            self.tr("Who saved changes in the last 7 days, how many, and on which commitments"),
            [self.tr("Changed by"), self.tr("Changes"), self.tr("Commitments")],
        )
        QVBoxLayout(week_box).addWidget(self.week_table)
        self.status_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.status_table.horizontalHeader().setStretchLastSection(False)
        lower.addWidget(status_box, 1)
        lower.addWidget(week_box, 1)

        self.high_refs = QLabel(self)
        self.high_refs.setObjectName("highReferences")
        self.high_refs.setWordWrap(True)
        self.high_refs.setTextFormat(Qt.TextFormat.PlainText)
        self.high_refs.setAccessibleName(self.tr("High priorities without our stance"))

        buttons = QDialogButtonBox(self)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setAccessibleName(self.tr("Refresh"))
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setAccessibleName(self.tr("Print"))
        self.print_button.setAccessibleDescription(
            self.tr("A briefing book whose first section is this progress")
        )
        self.print_button.setEnabled(print_book is not None)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        close.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        buttons.addButton(self.refresh_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        self.refresh_button.clicked.connect(self.refresh)
        self.print_button.clicked.connect(self._print)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(figures)
        layout.addWidget(chart_box)
        layout.addWidget(self.high_refs)
        layout.addLayout(lower, 1)
        self.status_table.setMinimumHeight(150)
        layout.addWidget(buttons)

    def _value(self, parent: QWidget, name: str) -> QLabel:
        label = QLabel("…", parent)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setStyleSheet("QLabel { font-weight: bold; }")
        label.setAccessibleName(name)
        return label

    def load(self, summit_id: str, own_party: str | None) -> None:
        self._summit = (summit_id, own_party)
        self.refresh()

    def refresh(self) -> None:
        if self._summit is None:
            return
        if self.task is not None:
            self.task.cancel()
        summit_id, own = self._summit

        def work(_ctx: TaskContext) -> ProgressReport:
            return summit_progress(self.store, summit_id, own)

        self.task = self.runner.submit(work, on_done=self._loaded, on_error=self._failed, owner=self)

    def _loaded(self, report: ProgressReport) -> None:
        self.task = None
        self.report = report
        n = report.commitments
        names = {p.code: party_name(p.code, p.name) for p in report.parties}
        self.title.setText(self.tr("Progress · {summit}").format(summit=report.summit_title))
        self.commitments_label.setText(i18n.number(n))
        own = report.own_party
        self.own_bar.setVisible(own is not None)
        self.own_caption.setVisible(own is not None)
        if own is not None:
            self.own_caption.setText(
                self.tr("With our position ({party}):").format(party=names.get(own, own))
            )
            self.own_bar.setRange(0, max(n, 1))
            self.own_bar.setValue(report.with_own_position)
            self.own_bar.setFormat(
                self.tr("{count} of {total}").format(
                    count=i18n.number(report.with_own_position), total=i18n.number(n)
                )
            )
        caption = (
            self.tr("High priority, without our stance:")
            if own
            else self.tr("High priority, without any stance:")
        )
        self.high_caption.setText(caption)
        self.high_label.setAccessibleName(caption.rstrip(":"))
        self.high_label.setText(i18n.number(report.high_without_position))
        if report.high_references:
            more = report.high_without_position - len(report.high_references)
            refs = ", ".join(report.high_references) + (" …" if more > 0 else "")
            self.high_refs.setText(caption + " " + refs)
            self.high_refs.show()
        else:
            self.high_refs.hide()
        self.week_label.setText(
            self.tr("{count} by {people} people", "", len(report.week)).format(
                count=i18n.number(report.week_changes), people=i18n.number(len(report.week))
            )
            if report.week
            else self.tr("None")
        )
        self.bars.set_report(report)
        order = [*(s.value for s in Stance), ""]
        _fill(
            self.stance_table,
            [
                [
                    names.get(p.code, p.code),
                    *(i18n.number(report.stances.get(p.code, {}).get(v, 0)) for v in order),
                ]
                for p in report.parties
            ],
            fit=True,
        )
        statuses = [*(s.value for s in ImplementationStatus), ""]
        _fill(
            self.status_table,
            [
                [
                    i18n._(ImplementationStatus(v).label) if v else i18n._("Not recorded"),
                    i18n.number(report.statuses.get(v, 0)),
                ]
                for v in statuses
            ],
        )
        _fill(
            self.week_table,
            [
                [
                    a.author or "—",
                    i18n.number(a.changes),
                    ", ".join(a.references) + (" …" if a.commitments > len(a.references) else ""),
                ]
                for a in report.week
            ],
        )

    def _failed(self, error: TaskError) -> None:
        self.task = None
        self.title.setText(self.tr("The progress could not be read."))
        self.errors.report_task(self.tr("Progress dashboard"), error, parent=self)

    def _print(self) -> None:
        if self.print_book is not None and self._summit is not None:
            self.print_book(self._summit[0])

    def closeEvent(self, event: Any) -> None:
        if self.task is not None:
            self.task.cancel()
        super().closeEvent(event)
