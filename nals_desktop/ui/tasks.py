"""The one background-task helper: work runs on a thread pool; results reach the GUI thread as plain data."""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from nals_desktop.domain.errors import CancelledError, NalsError

log = logging.getLogger("nals.ui.tasks")


@dataclass(frozen=True)
class TaskError:
    """What went wrong in a task: one clear line for the user, details (a traceback) for the expander."""

    message: str
    details: str = ""
    expected: bool = True  # a NalsError the user can act on, not a bug
    cancelled: bool = False


class TaskContext:
    """Handed to the work function: report progress, check for cancellation."""

    def __init__(self, relay: _Relay | None, cancel: threading.Event) -> None:
        self._relay = relay
        self._cancel = cancel
        self.progress_calls: list[tuple[float, str]] = []

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check_cancelled(self) -> None:
        if self._cancel.is_set():
            raise CancelledError("cancelled")

    def progress(self, fraction: float, message: str = "") -> None:
        """Report progress; raises CancelledError once cancel was asked (so a unit of work rolls back)."""
        self.check_cancelled()
        if self._relay is not None:
            self._relay.progressed.emit(float(fraction), message)
        else:
            self.progress_calls.append((fraction, message))


class _Relay(QObject):
    """Lives in the GUI thread; signals emitted from the worker reach its slots through the event loop."""

    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(float, str)

    def __init__(self, task: Task, parent: QObject | None) -> None:
        super().__init__(parent)
        self.task = task
        self.finished.connect(self._on_finished)
        self.failed.connect(self._on_failed)
        self.progressed.connect(self._on_progress)

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        self.task._deliver(result, None)
        self.deleteLater()

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        assert isinstance(error, TaskError)
        self.task._deliver(None, error)
        self.deleteLater()

    @Slot(float, str)
    def _on_progress(self, fraction: float, message: str) -> None:
        if self.task.on_progress is not None and not self.task.cancel_event.is_set():
            self.task.on_progress(fraction, message)


class Task:
    """A handle on one submitted job; ``cancel()`` asks the work to stop and drops its result."""

    def __init__(
        self,
        fn: Callable[[TaskContext], Any],
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[TaskError], None] | None,
        on_progress: Callable[[float, str], None] | None,
    ) -> None:
        self.fn = fn
        self.on_done = on_done
        self.on_error = on_error
        self.on_progress = on_progress
        self.cancel_event = threading.Event()
        self.done = False

    def cancel(self) -> None:
        self.cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def _deliver(self, result: Any, error: TaskError | None) -> None:
        self.done = True
        if self.cancel_event.is_set():
            return
        if error is None:
            if self.on_done is not None:
                self.on_done(result)
        elif self.on_error is not None:
            self.on_error(error)


def _run(task: Task, ctx: TaskContext) -> tuple[Any, TaskError | None]:
    try:
        return task.fn(ctx), None
    except CancelledError as exc:
        return None, TaskError(str(exc), cancelled=True)
    except NalsError as exc:
        return None, TaskError(str(exc), traceback.format_exc(), expected=True)
    except Exception as exc:  # a bug: keep the app alive, show it, log it
        log.exception("background task failed")
        return None, TaskError(f"{type(exc).__name__}: {exc}", traceback.format_exc(), expected=False)


class _Runnable(QRunnable):
    def __init__(self, task: Task, relay: _Relay) -> None:
        super().__init__()
        self.task = task
        self.relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        result, error = _run(self.task, TaskContext(self.relay, self.task.cancel_event))
        try:
            if error is None:
                self.relay.finished.emit(result)
            else:
                self.relay.failed.emit(error)
        except RuntimeError:  # the owner (and its relay) was deleted meanwhile: nobody wants the result
            pass


class TaskRunner(QObject):
    """Submits work functions ``fn(ctx) -> plain data`` to a thread pool.

    ``synchronous=True`` (tests) runs them at once in the caller's thread, callbacks included.
    Work functions never touch a widget and never return live ORM objects.
    """

    def __init__(
        self, parent: QObject | None = None, *, synchronous: bool = False, pool: QThreadPool | None = None
    ):
        super().__init__(parent)
        self.synchronous = synchronous
        self.pool = pool or QThreadPool(self)
        if pool is None:
            self.pool.setMaxThreadCount(2)

    def submit(
        self,
        fn: Callable[[TaskContext], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[TaskError], None] | None = None,
        on_progress: Callable[[float, str], None] | None = None,
        owner: QObject | None = None,
    ) -> Task:
        task = Task(fn, on_done, on_error, on_progress)
        if self.synchronous:
            ctx = TaskContext(None, task.cancel_event)
            result, error = _run(task, ctx)
            if on_progress is not None:
                for fraction, message in ctx.progress_calls:
                    on_progress(fraction, message)
            task._deliver(result, error)
            return task
        relay = _Relay(task, owner or self)
        self.pool.start(_Runnable(task, relay))
        return task

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for running work to end (at shutdown); results still arrive through the event loop."""
        return self.pool.waitForDone(msecs)
