"""The window's lock: after idle minutes or on Ctrl+L, every text leaves the screen until the passphrase.

Locking saves the edit in progress first, then takes the window's content out of it (off the screen and
out of the accessibility tree), hides its menus, toolbars and open dialogs, and shows only a passphrase
field. Once the tasks running at that moment have finished (new ones are refused by the store), the store's
connections are closed and its data key is dropped from memory (``Store.release``, ``cipher.forget_keys``).
The passphrase is checked against the store's key file on the task helper (Argon2id, and the growing delays
after wrong ones, never block the window); the key it unwraps reopens the store, and the window shows again
what it showed. The system keyring's copy of the key (if kept) is not used here: someone at the unlocked
desktop would get in with it. A store without a key file is not locked.

The idle minutes are a preference (Edit → Preferences, ``security/lock_idle_minutes``, 0: never). An IT
department sets them for everyone with ``NALS_LOCK_IDLE_MINUTES`` (1 to 240): that value wins, the field is
shown greyed out, and the idle lock cannot be turned off. A value that is not a number locks after the
default minutes (a policy mistyped never leaves the window unlocked).
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import SLOT, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtDBus import QDBusConnection
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from nals_desktop.domain.errors import NalsError
from nals_desktop.store import cipher
from nals_desktop.store.engine import Store
from nals_desktop.ui import settings
from nals_desktop.ui.tasks import TaskContext, TaskError, TaskRunner

log = logging.getLogger("nals.lock")

# The environment variable with which IT fixes the idle minutes on a computer.
IDLE_POLICY_ENV = "NALS_LOCK_IDLE_MINUTES"
# The idle minutes a person can choose (0, off, is chosen apart, where no policy is set).
IDLE_MINUTES_RANGE = (1, 240)

# The desktop's screen savers: their ActiveChanged(true) locks the window too (Linux, over the session bus).
SCREEN_SAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
    ("org.kde.screensaver", "/ScreenSaver"),
)

_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


def idle_policy() -> int | None:
    """The idle minutes IT fixed with $NALS_LOCK_IDLE_MINUTES (brought into 1 to 240), or None (not set)."""
    raw = os.environ.get(IDLE_POLICY_ENV, "").strip()
    if not raw:
        return None
    low, high = IDLE_MINUTES_RANGE
    try:
        minutes = int(raw)
    except ValueError:
        log.warning(
            "%s=%r is not a number of minutes: the window locks after %d",
            IDLE_POLICY_ENV,
            raw,
            settings.LOCK_IDLE_MINUTES.default,
        )
        return settings.LOCK_IDLE_MINUTES.default
    return min(max(minutes, low), high)


def idle_minutes(prefs: settings.SettingsFile) -> int:
    """The minutes without input before the window locks: IT's, else the preference's (0: never)."""
    fixed = idle_policy()
    if fixed is not None:
        return fixed
    chosen = prefs.get(settings.LOCK_IDLE_MINUTES)
    return 0 if chosen <= 0 else min(max(chosen, IDLE_MINUTES_RANGE[0]), IDLE_MINUTES_RANGE[1])


class LockScreen(QWidget):
    """What a locked window shows: why, and a passphrase field."""

    unlock_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        title = QLabel(self.tr("NALS Desktop is locked"), self)
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        intro = QLabel(
            self.tr("Your edits were saved. Type the store's passphrase to show them again."), self
        )
        intro.setWordWrap(True)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("lockPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setAccessibleDescription(self.tr("The store's passphrase unlocks the window"))
        self.problem = QLabel("", self)
        self.problem.setObjectName("lockProblem")
        self.problem.setStyleSheet("color: #8a1c12;")
        self.button = QPushButton(self.tr("&Unlock"), self)
        self.button.setAccessibleName(self.tr("Unlock"))
        self.button.setAccessibleDescription(self.tr("Check the passphrase and show the window again"))
        self.button.clicked.connect(self._submit)
        self.passphrase.returnPressed.connect(self._submit)
        box = QWidget(self)
        box.setFixedWidth(460)
        inner = QVBoxLayout(box)
        for widget in (title, intro, self.passphrase, self.problem, self.button):
            inner.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def _submit(self) -> None:
        if self.passphrase.text():
            self.button.setEnabled(False)
            self.unlock_requested.emit(self.passphrase.text())

    def failed(self, message: str) -> None:
        self.passphrase.clear()
        self.problem.setText(message)
        self.button.setEnabled(True)
        self.passphrase.setFocus()


class WindowLock(QObject):
    """Locks ``window`` (content, menus, toolbars, dialogs) and unlocks it with the store's passphrase.

    ``save`` is called first (the edit in progress); False from it means the edit could not be saved, and
    the window is then not locked (the editor already said why). ``idle_minutes`` 0: no idle lock.
    """

    locked_changed = Signal(bool)
    # Emitted just before the store's connections close and its key is dropped (the window's own
    # connections, such as its watcher's, close then); ``reopened`` once the passphrase opened it again.
    releasing = Signal()
    reopened = Signal()

    # How often a lock looks whether the tasks running when it locked have finished (milliseconds).
    RELEASE_POLL_MS = 100

    def __init__(
        self,
        window: QMainWindow,
        store: Store,
        runner: TaskRunner,
        save: object,
        idle_minutes: int = 10,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.store = store
        self.runner = runner
        self._save = save
        self.screen: LockScreen | None = None
        self._content: QWidget | None = None
        self._hidden: list[QWidget] = []
        self._release_pending = False
        self.shortcut = QShortcut(QKeySequence("Ctrl+L"), window)
        self.shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.shortcut.activated.connect(self.lock)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.lock)
        self.set_idle_minutes(idle_minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.watch_screen_lock(QDBusConnection.sessionBus())

    def watch_screen_lock(self, bus: QDBusConnection) -> bool:
        """Lock when the desktop locks the screen; False where no session bus answers (then only idle)."""
        if not bus.isConnected():
            return False
        for interface, path in SCREEN_SAVERS:
            slot = SLOT("screen_saver_active(bool)")
            bus.connect("", path, interface, "ActiveChanged", self, slot)  # type: ignore[call-overload]
        return True

    @Slot(bool)
    def screen_saver_active(self, active: bool) -> None:
        if active:
            self.lock()

    @property
    def available(self) -> bool:
        """Only an encrypted store (one with a key file) has a passphrase to unlock with."""
        return self.store.path is not None and cipher.key_file(self.store.path).exists()

    @property
    def locked(self) -> bool:
        return self.screen is not None

    def set_idle_minutes(self, minutes: int) -> None:
        self.idle.stop()
        self.idle.setInterval(max(0, minutes) * 60_000)
        if minutes > 0:
            self.idle.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and self.idle.interval() > 0 and not self.locked:
            self.idle.start()  # restarts the countdown
        return False

    def lock(self) -> None:
        if self.locked or not self.available:
            return
        if callable(self._save) and self._save() is False:
            return  # an edit that cannot be saved now: never hidden away unsaved
        window = self.window
        self._hidden = [
            w
            for w in (*window.findChildren(QDialog), *window.findChildren(QToolBar), window.menuBar())
            if w.isVisible()
        ]
        for widget in self._hidden:
            widget.hide()
        self._content = window.takeCentralWidget()  # out of the window: off screen, out of the a11y tree
        if self._content is not None:
            self._content.hide()
            window.destroyed.connect(self._content.deleteLater)  # closed while locked: goes with it
        self.screen = LockScreen(window)
        self.screen.unlock_requested.connect(self._check)
        window.setCentralWidget(self.screen)
        self.screen.show()
        window.statusBar().hide()
        self.screen.passphrase.setFocus()
        self.locked_changed.emit(True)
        self._release_pending = True
        self._release_when_idle()

    def _release_when_idle(self) -> None:
        """Close the store and forget its key once no task is running (one started before the lock ends
        first, with its result; one started after it is refused by the store)."""
        if not self._release_pending:
            return  # unlocked meanwhile
        if not self.runner.synchronous and self.runner.pool.activeThreadCount():
            QTimer.singleShot(self.RELEASE_POLL_MS, self._release_when_idle)
            return
        self._release_pending = False
        self.releasing.emit()
        self.store.checkpoint(truncate=True)  # every save in the store file, the -wal emptied
        self.store.release()
        cipher.forget_keys()

    @property
    def released(self) -> bool:
        """Whether the store's connections are closed and its key dropped (after the lock, once idle)."""
        return self.store.released

    def _check(self, passphrase: str) -> None:
        path = self.store.path
        assert path is not None
        keys = cipher.key_file(path)
        mismatch = self.tr("This passphrase is not the open store's.")

        def work(_ctx: TaskContext) -> bytes:
            key = cipher.unlock(keys, passphrase)
            if not cipher.opens(path, key):  # the key file was replaced by another store's
                raise NalsError(mismatch)
            return key

        self.runner.submit(work, on_done=self._unlocked, on_error=self._failed, owner=self)

    def _failed(self, error: TaskError) -> None:
        if self.screen is not None:
            self.screen.failed(error.message)

    def _unlocked(self, key: bytes) -> None:
        if self.screen is None:
            return
        self._release_pending = False
        if self.store.released:
            try:
                self.store.reopen(key)
            except NalsError as exc:
                self._failed(TaskError(str(exc)))
                return
            self.reopened.emit()
        window = self.window
        screen, self.screen = self.screen, None
        window.takeCentralWidget()
        screen.deleteLater()
        if self._content is not None:
            window.setCentralWidget(self._content)
            self._content.show()
        self._content = None
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        window.statusBar().show()
        if self.idle.interval() > 0:
            self.idle.start()
        self.locked_changed.emit(False)
