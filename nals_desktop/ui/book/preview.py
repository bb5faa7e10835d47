"""The in-app preview of a built briefing book (Qt PDF): pages, zoom, Print…, Open in viewer, Save as…."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QPointF, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence, QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from nals_desktop import i18n
from nals_desktop.ui import icons
from nals_desktop.ui.book.printing import chosen_pages, print_pages
from nals_desktop.ui.errors import ErrorReporter
from nals_desktop.ui.tasks import Task, TaskError, TaskRunner

FIT_WIDTH, FIT_PAGE = "fit-width", "fit-page"
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)


def ask_print(parent: QWidget, printer: QPrinter) -> bool:
    """The system print dialog; a seam: tests replace ``BookPreview.ask_print`` and set up ``printer``."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(parent.tr("Print briefing book"))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, False)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
    return dialog.exec() == QDialog.DialogCode.Accepted


def ask_copy_path(parent: QWidget, suggested: Path) -> Path | None:
    """The save-file dialog for a copy; a seam: tests replace ``BookPreview.choose_copy_path``."""
    name, _filter = QFileDialog.getSaveFileName(
        parent, parent.tr("Save a copy of the briefing book"), str(suggested), parent.tr("PDF files (*.pdf)")
    )
    return Path(name) if name else None


class BookPreview(QDialog):
    """A non-modal window showing one PDF: all pages, fit to width, "Page x of y", print, open, copy."""

    # Seams: tests replace these (on the class or on one preview).
    ask_print: Callable[[QWidget, QPrinter], bool] = staticmethod(ask_print)
    open_url: Callable[[QUrl], bool] = staticmethod(QDesktopServices.openUrl)
    choose_copy_path: Callable[[QWidget, Path], Path | None] = staticmethod(ask_copy_path)

    # Pages are printed as images of at most this resolution (a printer's 1200 dpi would be 0.5 GB a page).
    print_dpi = 300

    printed = Signal(int)  # pages sent to the printer

    def __init__(
        self,
        path: Path,
        *,
        runner: TaskRunner | None = None,
        errors: ErrorReporter | None = None,
        parent: QWidget | None = None,
        password: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.password = password or ""  # a protected book's, to show and print it (kept in memory only)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setModal(False)
        self.path = Path(path)
        self.runner = runner or TaskRunner(self)
        self.errors = errors or ErrorReporter(self)
        self._print_task: Task | None = None
        self._printer: QPrinter | None = None
        self.last_printed = 0
        self.setObjectName("bookPreview")
        self.setWindowIcon(icons.app_icon())
        self.setAccessibleName(self.tr("Briefing book preview"))
        self.setAccessibleDescription(
            self.tr("The built briefing book, page by page; print it or open it elsewhere")
        )

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("bookPages")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.setAccessibleName(self.tr("Pages"))
        self.view.setAccessibleDescription(
            self.tr("The book's pages; Page Up and Page Down scroll, Ctrl+Plus and Ctrl+Minus zoom")
        )
        self.navigator = self.view.pageNavigator()

        t = self.tr
        self.toolbar = QToolBar(t("Preview"), self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setAccessibleName(t("Preview toolbar"))
        self.toolbar.setAccessibleDescription(t("Print, open, save, page and zoom"))
        self.print_action = self._action(
            t("&Print…"),
            self.print_book,
            QKeySequence.StandardKey.Print,
            t("Print the book on a printer of this computer"),
        )
        self.open_action = self._action(
            t("&Open in viewer"),
            self.open_in_viewer,
            "Ctrl+Shift+O",
            t("Open the PDF in the system's PDF viewer"),
        )
        self.save_action = self._action(
            t("&Save as…"),
            self.save_copy,
            QKeySequence.StandardKey.SaveAs,
            t("Save a copy of the PDF somewhere else"),
        )
        self.previous_action = self._action(
            t("Pre&vious page"), self.previous_page, "Ctrl+PgUp", t("Go to the previous page")
        )
        self.next_action = self._action(
            t("&Next page"), self.next_page, "Ctrl+PgDown", t("Go to the next page")
        )
        self.zoom_in_action = self._action(
            t("Zoom &in"),
            lambda: self.zoom_by(1),
            QKeySequence.StandardKey.ZoomIn,
            t("Show the pages larger"),
        )
        self.zoom_out_action = self._action(
            t("Zoom o&ut"),
            lambda: self.zoom_by(-1),
            QKeySequence.StandardKey.ZoomOut,
            t("Show the pages smaller"),
        )
        self.fit_action = self._action(
            t("&Fit width"), lambda: self.set_zoom(FIT_WIDTH), "Ctrl+0", t("Fit the page width to the window")
        )
        self.close_action = self._action(
            t("&Close"), self.close, QKeySequence.StandardKey.Close, t("Close the preview")
        )

        self.page_label = QLabel(self)
        self.page_label.setObjectName("pageLabel")
        self.page_label.setMinimumWidth(110)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_label.setAccessibleName(t("Current page"))
        self.page_label.setAccessibleDescription(t("Which page is shown, of how many"))
        self.zoom_combo = QComboBox(self)
        self.zoom_combo.addItem(t("Fit width"), FIT_WIDTH)
        self.zoom_combo.addItem(t("Fit page"), FIT_PAGE)
        for factor in ZOOMS:
            self.zoom_combo.addItem(f"{factor:.0%}", factor)
        self.zoom_combo.setAccessibleName(t("Zoom"))
        self.zoom_combo.setAccessibleDescription(t("How large the pages are shown"))
        self.zoom_combo.setToolTip(t("How large the pages are shown"))
        self.zoom_combo.activated.connect(lambda i: self.set_zoom(self.zoom_combo.itemData(i)))

        for action in (self.print_action, self.open_action, self.save_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.previous_action)
        self.toolbar.addWidget(self.page_label)
        self.toolbar.addAction(self.next_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.zoom_out_action)
        self.toolbar.addWidget(self.zoom_combo)
        self.toolbar.addAction(self.zoom_in_action)
        spacer = QWidget(self.toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        spacer.setAccessibleName(t("Spacer"))
        spacer.setAccessibleDescription(t("Empty space"))
        self.toolbar.addWidget(spacer)
        self.toolbar.addAction(self.close_action)
        for action in (self.print_action, self.open_action, self.save_action, self.close_action):
            button = self.toolbar.widgetForAction(action)
            if button is not None:
                button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
                button.setAccessibleDescription(action.toolTip())
        for action in (self.previous_action, self.next_action, self.zoom_in_action, self.zoom_out_action):
            button = self.toolbar.widgetForAction(action)
            if button is not None:
                button.setAccessibleName(action.text().replace("&", ""))
                button.setAccessibleDescription(action.toolTip())

        self.print_bar = QWidget(self)
        self.print_status = QLabel(self.print_bar)
        self.print_status.setAccessibleName(t("Print status"))
        self.print_status.setAccessibleDescription(t("What printing is doing, or how it ended"))
        self.print_progress = QProgressBar(self.print_bar)
        self.print_progress.setRange(0, 100)
        self.print_progress.setAccessibleName(t("Print progress"))
        self.print_progress.setAccessibleDescription(t("How many of the pages have been sent to the printer"))
        self.cancel_print_button = QPushButton(t("Cancel printing"), self.print_bar)
        self.cancel_print_button.setAccessibleName(t("Cancel printing"))
        self.cancel_print_button.setAccessibleDescription(t("Stop sending pages to the printer"))
        self.cancel_print_button.clicked.connect(self.cancel_print)
        bar = QHBoxLayout(self.print_bar)
        bar.setContentsMargins(8, 4, 8, 4)
        bar.addWidget(self.print_status, 1)
        bar.addWidget(self.print_progress)
        bar.addWidget(self.cancel_print_button)
        self.print_bar.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.print_bar)

        self.navigator.currentPageChanged.connect(self._update_page_label)
        self.document.pageCountChanged.connect(self._update_page_label)
        self.resize(900, 1000)
        self.load(self.path)

    def _action(
        self, text: str, slot: Callable[[], object], shortcut: QKeySequence.StandardKey | str, tip: str
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # The document

    def load(self, path: Path) -> bool:
        """Show ``path``; a PDF that cannot be read is reported, and the preview stays empty."""
        self.path = Path(path)
        self.document.close()
        self.document.setPassword(self.password)
        error = self.document.load(str(self.path))
        self.setWindowTitle(self.tr("{name} — Briefing book preview").format(name=self.path.name))
        ok = error == QPdfDocument.Error.None_
        if not ok:
            self.errors.report(
                self.tr("Cannot show the briefing book"),
                self.tr("{path} cannot be read as a PDF ({error}).").format(path=self.path, error=error.name),
            )
        for action in (self.print_action, self.save_action):
            action.setEnabled(ok)
        self._update_page_label()
        return ok

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    @property
    def current_page(self) -> int:
        """0-based."""
        return self.navigator.currentPage()

    def _update_page_label(self, *_args: object) -> None:
        if not (shiboken6.isValid(self.document) and shiboken6.isValid(self.page_label)):
            return  # the window is being destroyed: its document closes last
        count = self.page_count
        text = (
            self.tr("Page {x} of {y}").format(x=self.current_page + 1, y=count)
            if count
            else self.tr("No pages")
        )
        self.page_label.setText(text)
        self.previous_action.setEnabled(self.current_page > 0)
        self.next_action.setEnabled(self.current_page + 1 < count)

    def go_to_page(self, page: int) -> None:
        """Show ``page`` (0-based) at the top of the view."""
        if 0 <= page < self.page_count:
            self.navigator.jump(page, QPointF(), self.navigator.currentZoom())

    def previous_page(self) -> None:
        self.go_to_page(self.current_page - 1)

    def next_page(self) -> None:
        self.go_to_page(self.current_page + 1)

    def set_zoom(self, zoom: str | float) -> None:
        if zoom == FIT_WIDTH:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif zoom == FIT_PAGE:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(float(zoom))
        index = self.zoom_combo.findData(zoom)
        if index >= 0:
            self.zoom_combo.setCurrentIndex(index)

    def zoom_by(self, steps: int) -> None:
        current = self.view.zoomFactor()
        if steps > 0:
            factor = next((z for z in ZOOMS if z > current + 0.01), ZOOMS[-1])
        else:
            factor = next((z for z in reversed(ZOOMS) if z < current - 0.01), ZOOMS[0])
        self.set_zoom(factor)

    # Print, open, save

    @property
    def printing(self) -> bool:
        return self._print_task is not None and not self._print_task.done and not self._print_task.cancelled

    def print_book(self) -> bool:
        """Ask the system print dialog (a seam), then print the chosen pages on the task helper.

        Returns False when nothing was sent (no pages, or the dialog was cancelled); ``printed`` tells the
        end.
        """
        if not self.page_count or self.printing:
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.document.metaData(QPdfDocument.MetaDataField.Title) or self.path.stem)
        printer.setCreator("NALS Desktop")
        printer.setPageSize(
            QPageSize(
                self.document.pagePointSize(0),
                QPageSize.Unit.Point,
                self.tr("Book page"),
                QPageSize.SizeMatchPolicy.FuzzyMatch,
            )
        )
        printer.setFullPage(True)  # the book's pages carry their own margins
        printer.setFromTo(1, self.page_count)
        if not self.ask_print(self, printer):
            return False
        pages = chosen_pages(printer, self.page_count)
        if not pages:
            return False
        path, dpi, password = self.path, min(printer.resolution(), self.print_dpi), self.password
        self._printer = printer  # used by the worker only, until it is done
        self._print_busy(True, self.tr("Printing…"))
        self._print_task = self.runner.submit(
            lambda ctx: print_pages(path, printer, pages, dpi, ctx, password),
            on_done=self._printed,
            on_error=self._print_failed,
            on_progress=self._print_progress,
            owner=self,
        )
        return True

    def cancel_print(self) -> None:
        if self._print_task is not None and not self._print_task.done:
            self._print_task.cancel()
            self._print_busy(False, self.tr("Printing cancelled."))

    def _print_progress(self, fraction: float, message: str) -> None:
        self.print_progress.setValue(round(fraction * 100))
        self.print_status.setText(message)

    def _printed(self, count: int) -> None:
        self.last_printed = count
        self._print_busy(
            False, self.tr("Sent {n} pages to the printer.", "", count).format(n=i18n.number(count))
        )
        self.printed.emit(count)

    def _print_failed(self, error: TaskError) -> None:
        self._print_busy(False, error.message)
        self.errors.report_task(self.tr("Cannot print the briefing book"), error, parent=self)

    def _print_busy(self, busy: bool, message: str) -> None:
        self.print_action.setEnabled(not busy and self.page_count > 0)
        self.print_progress.setValue(0)
        self.print_progress.setVisible(busy)
        self.cancel_print_button.setVisible(busy)
        self.print_status.setText(message)
        self.print_bar.setVisible(True)

    def file_url(self) -> QUrl:
        return QUrl.fromLocalFile(str(self.path.resolve()))

    def open_in_viewer(self) -> bool:
        """Hand the PDF to the system's viewer (a seam: ``open_url``)."""
        if not self.open_url(self.file_url()):
            self.errors.report(
                self.tr("Cannot open the briefing book"),
                self.tr("No application opened {path}; open it from your file manager.").format(
                    path=self.path
                ),
            )
            return False
        return True

    def save_copy(self) -> Path | None:
        """Copy the PDF where the user chooses (a seam: ``choose_copy_path``), replacing a target whole."""
        target = self.choose_copy_path(self, self.path)
        if target is None:
            return None
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        if target.resolve() == self.path.resolve():
            return target
        tmp = ""
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
            with os.fdopen(fd, "wb") as out, self.path.open("rb") as src:
                shutil.copyfileobj(src, out)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, target)
        except OSError as exc:
            if tmp:
                Path(tmp).unlink(missing_ok=True)
            self.errors.report(
                self.tr("Cannot save a copy of the briefing book"),
                self.tr("Could not write {path}: {reason}").format(
                    path=target, reason=exc.strerror or str(exc)
                ),
            )
            return None
        return target

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel_print()
        self.document.close()  # let go of the file (Windows keeps open files locked)
        super().closeEvent(event)
