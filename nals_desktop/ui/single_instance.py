"""One writer per store: a lock file beside the store, and a local server a second start asks to come forward.

Usage at start, before the main window is made::

    instance = SingleInstance(store_path(), app)
    state = instance.start()
    if state is InstanceState.FORWARDED:
        return 0                                  # the first window comes forward; this start ends
    window = MainWindow(...)                      # READ_ONLY: open with a read-only banner
    instance.activation_requested.connect(window.bring_forward)

A lock left by a killed process is reclaimed: QLockFile records the holder's process id and treats the lock as
stale once that process is gone; ``setStaleLockTime(0)`` keeps a live holder's lock valid however long it
runs.
"""

from __future__ import annotations

import enum
import hashlib
import logging
import signal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QLockFile, QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from nals_desktop.paths import lock_path

log = logging.getLogger("nals.ui.instance")

RAISE = b"raise\n"
ACK = b"ok\n"


class InstanceState(enum.Enum):
    PRIMARY = "primary"  # this process holds the lock and serves activation requests
    FORWARDED = "forwarded"  # another process holds it and was asked to come forward; exit 0
    READ_ONLY = "read-only"  # the lock is held (or cannot be taken) and nobody answered: open read-only


def server_name(store_path: Path) -> str:
    """A local socket name unique to the store (the same store reached by two paths is one name)."""
    try:
        resolved = store_path.resolve()
    except OSError:
        resolved = store_path.absolute()
    return "nals-desktop-" + hashlib.sha256(str(resolved).encode("utf-8")).hexdigest()[:24]


class SingleInstance(QObject):
    """Claims ``store_path`` for this process; see the module docstring. ``release()`` gives it up."""

    activation_requested = Signal()

    def __init__(self, store_path: Path, parent: QObject | None = None, *, timeout_ms: int = 2000) -> None:
        super().__init__(parent)
        self.store_path = Path(store_path)
        self.name = server_name(self.store_path)
        self.timeout_ms = timeout_ms
        self.state: InstanceState | None = None
        self._lock = QLockFile(str(lock_path(self.store_path)))
        self._lock.setStaleLockTime(0)  # held for the whole session; staleness is judged by the holder's pid
        self._server: QLocalServer | None = None
        self._buffers: dict[int, bytes] = {}

    def start(self) -> InstanceState:
        if self._lock.tryLock(100):
            self._listen()
            self.state = InstanceState.PRIMARY
        elif self._lock.error() == QLockFile.LockError.LockFailedError and self._forward():
            self.state = InstanceState.FORWARDED
        else:
            log.info(
                "store %s is locked (%s) and no running window answered: read-only",
                self.store_path,
                self._lock.error().name,
            )
            self.state = InstanceState.READ_ONLY
        return self.state

    def holder(self) -> tuple[int, str, str] | None:
        """The process id, host and application name recorded in the lock file, if any."""
        info = self._lock.getLockInfo()  # PySide: (pid, hostname, appname); pid 0 when there is no lock file
        pid, host, app = info[-3:]
        return (int(pid), str(host), str(app)) if pid else None

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    # Primary side

    def _listen(self) -> None:
        QLocalServer.removeServer(self.name)  # a socket file left by a killed holder; we own the lock now
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._on_connection)
        if not server.listen(self.name):
            log.info(
                "cannot listen on %s: %s; a second start will open read-only", self.name, server.errorString()
            )
            return
        self._server = server

    def _on_connection(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        key = id(socket)
        data = self._buffers.pop(key, b"") + bytes(socket.readAll().data())
        if b"\n" not in data:
            if len(data) < 1024:
                self._buffers[key] = data
            else:  # no request is that long: hang up rather than keep the connection open
                socket.disconnectFromServer()
            return
        line = data.split(b"\n", 1)[0] + b"\n"
        if line == RAISE:
            socket.write(ACK)
            socket.flush()
            self.activation_requested.emit()
        socket.disconnectFromServer()

    # Second start

    def _forward(self) -> bool:
        socket = QLocalSocket(self)
        socket.connectToServer(self.name)
        if not socket.waitForConnected(self.timeout_ms):
            socket.deleteLater()
            return False
        socket.write(RAISE)
        socket.flush()
        # The answer comes through an event loop: the primary may be this very process (tests), where a
        # blocking waitForReadyRead would wait for itself. This runs once, at start, before any window.
        loop = QEventLoop(self)
        received = bytearray()

        def read() -> None:
            received.extend(bytes(socket.readAll().data()))
            if b"\n" in received:
                loop.quit()

        socket.readyRead.connect(read)
        socket.disconnected.connect(loop.quit)
        timer = QTimer(loop)
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        timer.start(self.timeout_ms)
        if socket.bytesAvailable():
            read()
        if b"\n" not in received:
            loop.exec()
        if socket.bytesAvailable():
            received.extend(bytes(socket.readAll().data()))
        timer.stop()
        loop.deleteLater()
        socket.abort()
        socket.deleteLater()
        return bytes(received).startswith(ACK)


def quit_on_termination(app: QCoreApplication) -> QTimer:
    """SIGTERM (and SIGHUP, SIGINT) end the app as closing its window does: edits saved, the store
    checkpointed, the lock and the local socket released, instead of leaving them behind.

    Python runs signal handlers only between bytecodes, never inside Qt's event loop: the returned timer
    wakes the interpreter a few times a second so that the handler runs promptly.
    """

    def terminate(signum: int, _frame: object) -> None:
        log.info("ending on signal %s", signum)
        QTimer.singleShot(0, app.quit)  # Qt 6: closes the windows first (their close events save)

    for name in ("SIGTERM", "SIGHUP", "SIGINT"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), terminate)
    wake = QTimer(app)
    wake.timeout.connect(lambda: None)
    wake.start(250)
    return wake
