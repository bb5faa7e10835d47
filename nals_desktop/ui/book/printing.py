"""Printing a PDF as page images on a QPrinter, as a background-task work function (no widgets)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from nals_desktop.domain.errors import CancelledError, ExportError
from nals_desktop.ui.tasks import TaskContext

log = logging.getLogger("nals.ui.book")


def tr(text: str) -> str:
    return QCoreApplication.translate("BookPrinting", text)


def chosen_pages(printer: QPrinter, count: int) -> list[int]:
    """The 0-based pages to send, in order: the dialog's page range, page order and (if need be) copies."""
    first, last = 1, count
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = max(1, printer.fromPage()), min(count, printer.toPage() or count)
    pages = list(range(first - 1, last))
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    # Most print systems make the copies themselves; where they cannot, Qt leaves it to the application.
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    return pages * copies


def print_pages(
    path: Path, printer: QPrinter, pages: Sequence[int], dpi: int, ctx: TaskContext, password: str = ""
) -> int:
    """Render ``pages`` of the PDF at ``path`` (protected by ``password``, if any) into ``printer``, each
    fitted to its paper; returns the count.

    Runs on a worker thread with its own QPdfDocument (painting on a QPrinter is allowed off the GUI thread).
    """
    document = QPdfDocument()
    document.setPassword(password)
    if document.load(str(path)) != QPdfDocument.Error.None_:
        raise ExportError(tr("{path} can no longer be read; build the book again.").format(path=path))
    painter = QPainter()
    if not painter.begin(printer):
        raise ExportError(
            tr("The printer {name} cannot be used.").format(
                name=printer.printerName() or printer.outputFileName()
            )
        )
    printed = 0
    try:
        for n, page in enumerate(pages):
            ctx.progress(n / len(pages), tr("Printing page {x} of {y}").format(x=n + 1, y=len(pages)))
            if n and not printer.newPage():
                raise ExportError(tr("The printer refused page {x}.").format(x=n + 1))
            points = document.pagePointSize(page)
            image = document.render(
                page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            )
            target = painter.viewport()
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            x = target.x() + (target.width() - scaled.width()) // 2
            y = target.y() + (target.height() - scaled.height()) // 2
            painter.drawImage(QRect(x, y, scaled.width(), scaled.height()), image)
            printed += 1
    except (CancelledError, ExportError):
        printer.abort()
        raise
    finally:
        painter.end()
        document.close()
    log.info("printed %d pages of %s", printed, path.name)
    return printed
