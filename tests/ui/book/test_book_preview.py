"""The in-app preview: Qt PDF shows the real book; Print…, Open in viewer and Save as… go through seams."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QToolButton, QWidget

from nals_desktop.briefing.content import BookRequest
from nals_desktop.services.books import export_book, resolve_scope
from nals_desktop.ui.book import BookPreview
from nals_desktop.ui.book.printing import chosen_pages
from nals_desktop.ui.tasks import TaskRunner

from .pdfread import page_count


@pytest.fixture
def book(seeded_store, out_dir) -> Path:
    out = out_dir / "book.pdf"
    export_book(
        seeded_store, resolve_scope(seeded_store, pillars=("A",)), BookRequest(title="Preview test"), out
    )
    return out


@pytest.fixture
def preview(qtbot, book, runner, errors) -> BookPreview:
    view = BookPreview(book, runner=runner, errors=errors)
    qtbot.addWidget(view)
    view.resize(800, 900)
    view.show()
    qtbot.waitExposed(view)
    return view


def pdf_printer(path: Path, first: int = 0, last: int = 0):
    """A stand-in for the system print dialog: the user picks "Print to file (PDF)" and maybe a page range."""

    def ask(parent: QWidget, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        if first:
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
            printer.setFromTo(first, last)
        return True

    return ask


def test_preview_shows_every_page(preview, book) -> None:
    pages = page_count(book)
    assert preview.page_count == pages > 1
    assert preview.view.pageMode() == QPdfView.PageMode.MultiPage
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert preview.page_label.text() == f"Page 1 of {pages}"
    assert book.name in preview.windowTitle()
    assert not preview.previous_action.isEnabled() and preview.next_action.isEnabled()
    preview.next_page()
    preview.next_page()
    assert preview.page_label.text() == f"Page 3 of {pages}"
    preview.go_to_page(pages - 1)
    assert preview.page_label.text() == f"Page {pages} of {pages}" and not preview.next_action.isEnabled()
    preview.zoom_by(1)
    assert preview.view.zoomMode() == QPdfView.ZoomMode.Custom
    preview.fit_action.trigger()
    assert (
        preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
        and preview.zoom_combo.currentData() == "fit-width"
    )


def test_print_renders_every_page_into_the_printer(preview, book, out_dir) -> None:
    printed = out_dir / "printed.pdf"
    preview.print_dpi = 100  # enough to prove the pages go through; keeps the test quick
    preview.ask_print = pdf_printer(printed)
    sent: list[int] = []
    preview.printed.connect(sent.append)
    preview.print_action.trigger()
    assert sent == [preview.page_count] and preview.last_printed == preview.page_count
    assert printed.exists() and page_count(printed) == preview.page_count
    assert "Sent" in preview.print_status.text() and not preview.cancel_print_button.isVisible()
    reader = PdfReader(str(printed))
    assert [round(float(v)) for v in reader.pages[0].mediabox[2:]] == [612, 792]  # the book's Letter pages


def test_print_respects_the_page_range_on_a_worker_thread(qtbot, book, errors, out_dir) -> None:
    runner = TaskRunner()
    view = BookPreview(book, runner=runner, errors=errors)
    qtbot.addWidget(view)
    printed = out_dir / "range.pdf"
    view.print_dpi = 72
    view.ask_print = pdf_printer(printed, 2, 3)
    with qtbot.waitSignal(view.printed, timeout=10_000) as blocker:
        assert view.print_book()
        assert view.printing and not view.print_action.isEnabled()
    assert blocker.args == [2] and page_count(printed) == 2
    assert view.print_action.isEnabled()
    refused: list[QPrinter] = []
    view.ask_print = lambda parent, printer: refused.append(printer) or False  # the user pressed Cancel
    assert not view.print_book()
    assert refused and refused[0].fullPage() and refused[0].toPage() == view.page_count
    view.close()


def test_pages_to_print_follow_the_dialog(book) -> None:
    printer = QPrinter()
    assert chosen_pages(printer, 4) == [0, 1, 2, 3]
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 9)
    assert chosen_pages(printer, 4) == [1, 2, 3]
    printer.setPageOrder(QPrinter.PageOrder.LastPageFirst)
    assert chosen_pages(printer, 4) == [3, 2, 1]


def test_open_in_viewer_hands_over_the_file_url(preview, book, errors) -> None:
    opened: list[QUrl] = []
    preview.open_url = lambda url: opened.append(url) or True
    preview.open_action.trigger()
    assert opened == [QUrl.fromLocalFile(str(book.resolve()))]
    assert opened[0].isLocalFile() and Path(opened[0].toLocalFile()) == book.resolve()
    preview.open_url = lambda url: False  # no viewer installed
    assert not preview.open_in_viewer()
    assert errors.shown[-1].title == "Cannot open the briefing book"


def test_save_as_copies_the_book(preview, book, out_dir, errors) -> None:
    target = out_dir / "copy.pdf"
    target.write_bytes(b"an older copy")
    preview.choose_copy_path = lambda parent, suggested: target
    assert preview.save_copy() == target
    assert target.read_bytes() == book.read_bytes()
    preview.choose_copy_path = lambda parent, suggested: out_dir / "missing" / "copy.pdf"
    assert preview.save_copy() is None
    assert errors.shown[-1].title == "Cannot save a copy of the briefing book"
    assert sorted(p.name for p in out_dir.iterdir()) == ["book.pdf", "copy.pdf"]


def test_a_file_that_is_not_a_pdf_is_reported(qtbot, out_dir, runner, errors) -> None:
    bad = out_dir / "bad.pdf"
    bad.write_text("not a pdf")
    view = BookPreview(bad, runner=runner, errors=errors)
    qtbot.addWidget(view)
    assert view.page_count == 0 and errors.shown[-1].title == "Cannot show the briefing book"
    assert not view.print_action.isEnabled() and view.page_label.text() == "No pages"


def test_preview_controls_are_named_and_have_shortcuts(preview) -> None:
    for widget in [
        preview.view,
        preview.page_label,
        preview.zoom_combo,
        preview.toolbar,
        *preview.toolbar.findChildren(QToolButton),
    ]:
        if widget.isVisibleTo(preview) and not widget.objectName().startswith("qt_"):
            assert widget.accessibleName() and widget.accessibleDescription(), widget
    for action in (
        preview.print_action,
        preview.open_action,
        preview.save_action,
        preview.next_action,
        preview.previous_action,
        preview.zoom_in_action,
        preview.zoom_out_action,
        preview.close_action,
    ):
        assert isinstance(action, QAction) and not action.shortcut().isEmpty(), action.text()


def test_cancel_printing(qtbot, book, errors, out_dir, monkeypatch) -> None:
    import threading

    from nals_desktop.ui.book import preview as preview_module

    started, go_on = threading.Event(), threading.Event()
    real = preview_module.print_pages  # type: ignore[attr-defined]  # patched where the job looks it up

    def gated(path, printer, pages, dpi, ctx, password=""):
        started.set()
        go_on.wait(10)  # hold the worker until the test has pressed Cancel
        return real(path, printer, pages, dpi, ctx, password)

    monkeypatch.setattr(preview_module, "print_pages", gated)
    runner = TaskRunner()
    view = BookPreview(book, runner=runner, errors=errors)
    qtbot.addWidget(view)
    view.show()
    sent: list[int] = []
    view.printed.connect(sent.append)
    view.ask_print = pdf_printer(out_dir / "cancelled.pdf")
    assert view.print_book()
    qtbot.waitUntil(started.is_set, timeout=5000)
    assert view.cancel_print_button.isVisible()
    qtbot.mouseClick(view.cancel_print_button, Qt.MouseButton.LeftButton)
    go_on.set()
    assert runner.wait(10_000)
    qtbot.wait(50)
    assert not sent and view.last_printed == 0 and not view.printing
    assert view.print_status.text() == "Printing cancelled." and view.print_action.isEnabled()
    assert errors.shown == []
