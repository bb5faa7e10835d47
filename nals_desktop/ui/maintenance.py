"""Keeping the open store safe from the window: restore from a backup, and checkpoints while it is open."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from nals_desktop.services import maintenance
from nals_desktop.store.engine import Store
from nals_desktop.ui.errors import ErrorReporter
from nals_desktop.ui.tasks import Task, TaskContext, TaskError, TaskRunner

# How often the window copies saved changes from the -wal into the store file (a passive checkpoint,
# which never waits for other programs and costs one pragma when there is nothing to copy).
CHECKPOINT_INTERVAL_MS = 3000


class StoreRestorer(QObject):
    """Help → Restore from backup…: pick a backup, restore it off the GUI thread, then show the result.

    The window's Store object stays the same: its connections are closed before the file is replaced, and
    the next unit of work opens the restored file, so every pane keeps working on it. ``restored`` carries
    the ``maintenance.Restored`` summary; the window re-reads what it shows.
    """

    restored = Signal(object)

    def __init__(
        self,
        store: Store,
        runner: TaskRunner,
        errors: ErrorReporter,
        parent: QWidget,
        *,
        prepare: Callable[[], bool],
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.errors = errors
        self.window = parent
        self.prepare = prepare  # saves pending edits; False when they cannot be saved (restore is not run)
        self.message: QMessageBox | None = None  # the last result shown

    def open_dialog(self) -> QFileDialog:
        """The file dialog (non-blocking: tests drive it through ``fileSelected``)."""
        folder = self.store.path.parent / "backups" if self.store.path else Path.home()
        dialog = QFileDialog(
            self.window,
            self.tr("Restore from backup"),
            str(folder if folder.is_dir() else Path.home()),
            self.tr("NALS stores (*.sqlite);;All files (*)"),
        )
        dialog.setObjectName("restoreDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setLabelText(QFileDialog.DialogLabel.Accept, self.tr("&Restore"))
        dialog.fileSelected.connect(lambda path: self.restore_from(Path(path)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def restore_from(self, source: Path) -> Task | None:
        path = self.store.path
        if path is None:
            self.errors.report(
                self.tr("Cannot restore the backup"),
                self.tr("Only an SQLite store can be restored from a backup."),
                parent=self.window,
            )
            return None
        if not self.prepare():
            return None
        self.runner.wait()
        self.window.setEnabled(False)
        store = self.store

        def work(_ctx: TaskContext) -> maintenance.Restored:
            store.close()  # no connection may keep the replaced file open
            try:
                return maintenance.restore(path, source, store.key)
            finally:
                store.close()

        return self.runner.submit(work, on_done=self._done, on_error=self._failed, owner=self)

    def _done(self, done: maintenance.Restored) -> None:
        self.window.setEnabled(True)
        if done.previous is None:
            text = self.tr("The backup was restored.")
        elif done.unreadable is not None:
            text = self.tr(
                "The backup was restored. The previous store could not be read ({reason}); it was set aside "
                "as it was: {path}"
            ).format(reason=done.unreadable, path=done.previous)
        else:
            text = self.tr("The backup was restored. The previous store was saved as {path}").format(
                path=done.previous
            )
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Backup restored"),
            text,
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setObjectName("restoredBox")
        box.setAccessibleName(self.tr("Backup restored"))
        box.setAccessibleDescription(text)
        box.finished.connect(box.deleteLater)
        self.message = box
        self.restored.emit(done)
        box.open()

    def _failed(self, error: TaskError) -> None:
        self.window.setEnabled(True)
        self.errors.report_task(self.tr("Cannot restore the backup"), error, parent=self.window)


class IdleCheckpoint(QObject):
    """While the window is open, saved changes reach the store file within seconds, not only the -wal.

    A copy of the store file alone then holds every save (the README still says to use `nals backup`).
    ``close()`` empties the -wal when the window closes.
    """

    def __init__(self, store: Store, parent: QObject, *, interval_ms: int = CHECKPOINT_INTERVAL_MS) -> None:
        super().__init__(parent)
        self.store = store
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.checkpoint)
        self.timer.start()

    def checkpoint(self) -> bool:
        return self.store.checkpoint()

    def close(self) -> bool:
        self.timer.stop()
        return self.store.checkpoint(truncate=True)
