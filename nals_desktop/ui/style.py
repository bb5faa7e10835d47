"""The app's style: Qt's own, except that text is never clipped to its line's height.

DejaVu Sans at 9 pt draws the accent of a capital "É" a pixel above the font's ascent, so Qt's tab labels
clipped to that height lost it ("Etat de mise en œuvre", "Etats-Unis")."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyledItemDelegate, QStyleOptionViewItem

# Pixels added above and below a line of text in item views (the accents of capitals need one or two).
ACCENT_ROOM = 2


class UnclippedTextStyle(QProxyStyle):
    def drawItemText(  # type: ignore[override]  # PySide6's stub names a narrower palette type
        self,
        painter: QPainter,
        rect: QRect,
        flags: int,
        pal: QPalette,
        enabled: bool,
        text: str,
        textRole: QPalette.ColorRole = QPalette.ColorRole.NoRole,
    ) -> None:
        super().drawItemText(
            painter, rect, flags | int(Qt.TextFlag.TextDontClip), pal, enabled, text, textRole
        )


class RoomyDelegate(QStyledItemDelegate):
    """Item rows tall enough for the accents of capitals (a tree's rows are clipped to their height)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), hint.height() + 2 * ACCENT_ROOM)


def install(app: QApplication) -> None:
    """Wrap the application's style (once)."""
    if not isinstance(app.style(), UnclippedTextStyle):
        app.setStyle(UnclippedTextStyle(app.style().name()))
