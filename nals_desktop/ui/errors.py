"""The one place where the window shows errors to the user: a short message, expandable details, logged."""

from __future__ import annotations

import logging
import sys
import traceback
from dataclasses import dataclass
from types import TracebackType

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from nals_desktop.domain.errors import NalsError
from nals_desktop.ui.tasks import TaskError

log = logging.getLogger("nals.ui")


@dataclass(frozen=True)
class ShownError:
    title: str
    message: str
    details: str


class ErrorReporter(QObject):
    """Shows errors in a non-modal message box (``open()``, never ``exec()``); tests: ``interactive=False``.

    Expected errors (a NalsError: bad file, busy store, bad query) are logged at INFO; bugs at ERROR with the
    traceback. Every shown error is also kept in ``shown`` and announced by ``reported``.
    """

    reported = Signal(object)

    def __init__(self, parent: QObject | None = None, *, interactive: bool = True) -> None:
        super().__init__(parent)
        self.interactive = interactive
        self.shown: list[ShownError] = []
        self._boxes: list[QMessageBox] = []

    def report(
        self, title: str, message: str, details: str = "", *, parent: QWidget | None = None, bug: bool = False
    ) -> None:
        if bug:
            log.error("%s: %s\n%s", title, message, details)
        else:
            log.info("%s: %s", title, message)
        shown = ShownError(title, message, details)
        self.shown.append(shown)
        self.reported.emit(shown)
        if not self.interactive:
            return
        box = QMessageBox(
            QMessageBox.Icon.Critical if bug else QMessageBox.Icon.Warning,
            title,
            message,
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setAccessibleName(title)
        box.setAccessibleDescription(message)
        if details:
            box.setDetailedText(details)
        box.finished.connect(lambda _r, b=box: self._forget(b))
        self._boxes.append(box)
        box.open()

    def _forget(self, box: QMessageBox) -> None:
        if box in self._boxes:
            self._boxes.remove(box)
        box.deleteLater()

    def report_exception(self, title: str, exc: BaseException, *, parent: QWidget | None = None) -> None:
        details = "".join(traceback.format_exception(exc))
        if isinstance(exc, NalsError):
            self.report(title, str(exc), details, parent=parent)
        else:
            self.report(
                title,
                self.tr("Something went wrong: {error}").format(error=f"{type(exc).__name__}: {exc}"),
                details,
                parent=parent,
                bug=True,
            )

    def report_task(self, title: str, error: TaskError, *, parent: QWidget | None = None) -> None:
        if error.cancelled:
            return
        self.report(title, error.message, error.details, parent=parent, bug=not error.expected)

    def install_excepthook(self) -> None:
        """Uncaught exceptions in slots become a message in the window, never a traceback on the console."""

        def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
            if issubclass(kind, KeyboardInterrupt):
                sys.__excepthook__(kind, exc, tb)
                return
            self.report_exception(self.tr("Unexpected error"), exc.with_traceback(tb))

        sys.excepthook = hook
