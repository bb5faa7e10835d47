"""The commitments table view, with matches highlighted while searching."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRectF, Qt
from PySide6.QtGui import QAction, QColor, QPainter, QPalette, QTextDocument, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from nals_desktop.domain.model import SHORT_STANCE_LABELS, ImplementationStatus, Priority
from nals_desktop.i18n import _
from nals_desktop.services.workspace import MARK_END, MARK_START
from nals_desktop.ui.models.commitments import CommitmentTableModel, MatchRole

HIGHLIGHT = QColor(255, 214, 10, 150)  # readable on light and dark palettes
SORT_ARROW_ROOM = 36  # a header section's margins and sort indicator, in pixels


def marked_html(marked: str, color: QColor) -> str:
    """Escape ``marked`` and turn its match markers into highlighted spans."""
    out, inside = [], False
    for part in marked.replace(MARK_END, MARK_START).split(MARK_START):
        if part:
            text = html.escape(part)
            out.append(
                f'<span style="background-color:{color.name(QColor.NameFormat.HexArgb)}">{text}</span>'
                if inside
                else text
            )
        inside = not inside
    return "".join(out)


class MatchDelegate(QStyledItemDelegate):
    """Paints the snippet of a search hit with its matches highlighted; other cells as usual."""

    last_cut = False

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        marked = index.data(MatchRole)
        if not marked:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is None:
            super().paint(painter, option, index)
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(opt.font)
        text_option = QTextOption()
        text_option.setWrapMode(QTextOption.WrapMode.NoWrap)
        doc.setDefaultTextOption(text_option)
        doc.setHtml(
            f'<span style="color:{opt.palette.color(role).name()}">{marked_html(marked, HIGHLIGHT)}</span>'
        )
        # Cut text ends in "…", as the plain cells do (Qt elides those; a rich-text document it does not).
        ellipsis = opt.fontMetrics.horizontalAdvance("…")
        cut = doc.idealWidth() > rect.width() - 2
        shown = rect.width() - 2 - (ellipsis if cut else 0)
        painter.save()
        painter.setClipRect(rect)
        top = rect.top() + max(0, (rect.height() - doc.size().height()) / 2)
        painter.translate(rect.left() + 2, top)
        doc.drawContents(painter, QRectF(0, 0, shown, rect.height()))
        painter.restore()
        if cut:
            painter.save()
            painter.setPen(opt.palette.color(role))
            painter.setFont(opt.font)
            painter.drawText(
                rect.adjusted(rect.width() - ellipsis - 2, 0, 0, 0),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                "…",
            )
            painter.restore()
        self.last_cut = cut  # for tests: whether the last snippet painted was cut


class CommitmentTable(QTableView):
    def __init__(self, model: CommitmentTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commitments")
        self.setModel(model)
        self.setItemDelegateForColumn(1, MatchDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows at once (Shift/Ctrl click, Shift+arrows, Ctrl+A): bulk edit and books take them all.
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setTabKeyNavigation(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self.setAccessibleName(self.tr("Commitments"))
        self.setAccessibleDescription(
            self.tr(
                "The commitments in the chosen pillar or summit, or the search results. "
                "Click a column header to "
                "sort; the current commitment is shown in the detail pane. Shift or Ctrl with a click or an "
                "arrow key selects several."
            )
        )
        self.context_actions: list[QAction] = []  # set by the main window: copy reference, copy text
        model.modelReset.connect(self.apply_default_widths)
        self.apply_default_widths()

    def apply_default_widths(self) -> None:
        model = self.model()
        assert isinstance(model, CommitmentTableModel)
        header = self.horizontalHeader()
        metrics = self.fontMetrics()
        for i, column in enumerate(model.columns):
            if column.key == "text":
                # The text takes what the other columns leave (like a mail client's subject column).
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
                continue
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
            if column.key == "reference":
                width = metrics.horizontalAdvance("AA-000") + 24
            elif column.key.startswith("stance:"):  # the short labels whole, in the language shown
                width = (
                    max(metrics.horizontalAdvance(_(label)) for label in SHORT_STANCE_LABELS.values()) + 24
                )
            elif column.key == "status":
                width = metrics.horizontalAdvance(_(ImplementationStatus.FACING_CHALLENGES.label)) // 2 + 40
            elif column.key == "updated":
                width = metrics.horizontalAdvance("2026-01-01 00:00") + 24
            elif column.key == "group":  # a sub-heading of two or three words; longer ones in the tooltip
                width = metrics.horizontalAdvance("Investment Screening") + 24
            else:
                width = metrics.horizontalAdvance(_(Priority.MEDIUM.label)) + 32
            # Never narrower than the column's title in the language shown, with room for the sort
            # arrow (Spanish "Última modificación" was cut to "ima modificac").
            title = header.fontMetrics().horizontalAdvance(column.title) + SORT_ARROW_ROOM
            header.resizeSection(i, max(width, title))

    def reset_header(self) -> None:
        """Every column shown, in the model's order, at its default width."""
        header = self.horizontalHeader()
        for i in range(header.count()):
            header.setSectionHidden(i, False)
            header.moveSection(header.visualIndex(i), i)
        self.apply_default_widths()

    def set_sort_indicator_quietly(self, column: int, order: Qt.SortOrder) -> None:
        header = self.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(column, order)
        header.blockSignals(False)
        header.viewport().update()

    def _context_menu(self, pos: QPoint) -> None:
        if not self.indexAt(pos).isValid():
            return
        menu = QMenu(self)
        menu.addActions(self.context_actions)
        menu.popup(self.viewport().mapToGlobal(pos))
