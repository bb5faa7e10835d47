"""The delegation server in the window: its preferences, "Sync now", automatic syncs and the status line."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from nals_desktop import i18n
from nals_desktop.domain.errors import NalsError
from nals_desktop.services import sync
from nals_desktop.services.identity import load_author
from nals_desktop.store.engine import Store
from nals_desktop.ui.positions.common import save_cancel_buttons, set_accessible
from nals_desktop.ui.tasks import TaskError, TaskRunner

log = logging.getLogger("nals.ui.sync")

AUTO_SYNC_MS = 5 * 60 * 1000  # every five minutes while the window is open
STATUS_MS = 30 * 1000  # "Synced 2 min ago" and "3 to send" kept current


class SyncController(QObject):
    """Runs syncs off the GUI thread (by hand, and every few minutes) and keeps the status line.

    ``label`` goes in the status bar; ``synced(SyncResult)`` is emitted after each sync that worked.
    """

    synced = Signal(object)

    def __init__(self, store: Store, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.label = QLabel(parent)
        self.label.setObjectName("syncStatus")
        set_accessible(self.label, self.tr("Delegation server"), self.tr("When this laptop last synced"))
        self.status: sync.SyncStatus | None = None
        self.problem = ""  # why the last sync did not work
        self.running = False
        self.auto = QTimer(self)
        self.auto.setInterval(AUTO_SYNC_MS)
        self.auto.timeout.connect(self.sync_now)
        self.ticker = QTimer(self)
        self.ticker.setInterval(STATUS_MS)
        self.ticker.timeout.connect(self.refresh)

    def start(self) -> None:
        self.auto.start()
        self.ticker.start()
        self.refresh()

    def stop(self) -> None:
        self.auto.stop()
        self.ticker.stop()

    def refresh(self) -> None:
        """Read, off the GUI thread, the remembered server and how much waits to be sent."""
        store = self.store
        self.runner.submit(
            lambda ctx: sync.status(store), on_done=self._got_status, on_error=self._status_failed, owner=self
        )

    def sync_now(self) -> None:
        """One sync, off the GUI thread; a slow or dead network only delays the status line."""
        if self.running:
            return
        self.running = True
        self._show()
        store = self.store
        self.runner.submit(
            lambda ctx: sync.sync(store, load_author()), on_done=self._done, on_error=self._failed, owner=self
        )

    def _done(self, result: sync.SyncResult) -> None:
        self.running, self.problem = False, ""
        self.synced.emit(result)
        self.refresh()

    def _failed(self, error: TaskError) -> None:
        self.running = False
        self.problem = error.message
        log.info("sync failed: %s", error.message)
        self.refresh()

    def _got_status(self, status: sync.SyncStatus) -> None:
        self.status = status
        self._show()

    def _status_failed(self, error: TaskError) -> None:
        log.info("cannot read the sync status: %s", error.message)

    def _show(self) -> None:
        status = self.status
        if status is None:
            return
        if status.url is None:
            self.label.setText(self.tr("Not syncing: no delegation server set"))
            self.label.setToolTip(self.tr("Edit → Delegation server… sets one"))
            return
        if self.running:
            text = self.tr("Syncing…")
        elif self.problem:
            reason = self.problem if len(self.problem) <= 80 else self.problem[:79] + "…"  # all in the tip
            text = self.tr("Not synced: {reason}").format(reason=reason)
        elif status.synced_at is None:
            text = self.tr("Never synced")
        else:
            text = self.tr("Synced {when}").format(when=self._ago(status.synced_at))
        if status.to_send:
            text += " · " + self.tr("{n} to send", "", status.to_send).format(n=i18n.number(status.to_send))
        self.label.setText(text)
        self.label.setMinimumWidth(
            self.label.sizeHint().width()
        )  # the status bar gives the rest to the count
        self.label.setToolTip(status.url if not self.problem else f"{status.url}\n{self.problem}")

    def _ago(self, when: datetime) -> str:
        minutes = int((datetime.now(UTC) - when).total_seconds() // 60)
        if minutes < 1:
            return self.tr("just now")
        if minutes < 120:
            return self.tr("{n} min ago", "", minutes).format(n=i18n.number(minutes))
        return self.tr("at {time}").format(time=when.astimezone().strftime("%Y-%m-%d %H:%M"))


class ServerDialog(QDialog):
    """Preferences → Delegation server: the address and user name; the password goes to the keyring only.

    ``ServerDialog.ask(store, runner, parent)`` opens it without blocking; signal ``saved(str)`` gives the
    address remembered.
    """

    saved = Signal(str)

    def __init__(self, store: Store, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.setObjectName("serverDialog")
        self.setWindowTitle(self.tr("Delegation server"))
        set_accessible(self, self.windowTitle(), self.tr("Where this laptop syncs with the delegation"))
        try:
            current = sync.remembered_url(store) or ""
        except NalsError:
            current = ""
        intro = QLabel(
            self.tr(
                "Your delegation's IT gives you the server's address and your user name. The password is "
                "kept in this computer's keyring, never in a file."
            ),
            self,
        )
        intro.setWordWrap(True)
        set_accessible(intro, self.tr("About the delegation server"), intro.text())
        from nals_desktop.store import server  # only when the dialog opens (see services/sync.py)

        self.url_edit = QLineEdit(server.without_user(current) if current else "", self)
        self.url_edit.setPlaceholderText("postgresql://nals.example.org/nals")
        set_accessible(self.url_edit, self.tr("Server address"), self.tr("postgresql://host/database"))
        self.user_edit = QLineEdit(server.user_of(current) if current else "", self)
        set_accessible(self.user_edit, self.tr("User name"), self.tr("Your login on the server"))
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("unchanged"))
        set_accessible(self.password_edit, self.tr("Password"), self.tr("Kept in this computer's keyring"))
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #8a1c12;")
        set_accessible(self.error_label, self.tr("Problem"), self.tr("Why the settings were not saved"))
        self.error_label.hide()
        form = QFormLayout()
        for text, edit in (
            (self.tr("&Address:"), self.url_edit),
            (self.tr("&User name:"), self.user_edit),
            (self.tr("&Password:"), self.password_edit),
        ):
            label = QLabel(text, self)
            label.setBuddy(edit)
            form.addRow(label, edit)
        self.buttons = save_cancel_buttons(
            self, self.tr("Remember the server; keep the password in the keyring")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    @classmethod
    def ask(cls, store: Store, runner: TaskRunner, parent: QWidget | None = None) -> ServerDialog:
        dialog = cls(store, runner, parent)
        dialog.open()
        return dialog

    def accept(self) -> None:
        from nals_desktop.store import server

        try:
            url = server.with_user(self.url_edit.text(), self.user_edit.text())
            if not server.user_of(url):
                raise NalsError(self.tr("Give your user name on the server."))
        except NalsError as exc:
            self._refuse(str(exc))
            return
        password = self.password_edit.text()
        store = self.store

        def save(ctx: object) -> str:
            if password:
                sync.save_password(url, password)  # the keyring may take a moment: not on the GUI thread
            return sync.remember_url(store, url)

        self.buttons.setEnabled(False)
        self.runner.submit(save, on_done=self._saved, on_error=self._failed, owner=self)

    def _saved(self, url: str) -> None:
        self.saved.emit(url)
        super().accept()

    def _failed(self, error: TaskError) -> None:
        self.buttons.setEnabled(True)
        self._refuse(error.message)

    def _refuse(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
