"""The book build as a background-task work function: stage the file, replace the target unless cancelled."""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from nals_desktop.briefing.builder import BookResult
from nals_desktop.briefing.content import BookRequest
from nals_desktop.domain.errors import CancelledError, ExportError
from nals_desktop.i18n import _
from nals_desktop.services.books import BookScope, export_book
from nals_desktop.store.engine import Store
from nals_desktop.ui.tasks import TaskContext

log = logging.getLogger("nals.ui.book")


@dataclass
class CommitGuard:
    """Shared by the worker and the dialog: a cancel and the final rename never interleave.

    Without it, Cancel pressed just after the builder's last cancel check would still replace the user's
    file while the dialog says nothing was written.
    """

    lock: threading.Lock = field(default_factory=threading.Lock)
    committed: bool = False

    def cancel(self, cancel_task: Callable[[], None]) -> bool:
        """Run ``cancel_task()`` unless the book was already written; True if the build was cancelled."""
        with self.lock:
            if self.committed:
                return False
            cancel_task()
            return True


def check_target(out: Path) -> None:
    """Refuse what the builder would refuse, in terms of the path the user chose."""
    if out.is_dir():
        raise ExportError(_("{path} is a folder; choose a file name for the book.").format(path=out))
    if not out.parent.is_dir():
        raise ExportError(_("The folder {folder} does not exist.").format(folder=out.parent))
    if not os.access(out.parent, os.W_OK | os.X_OK) or (out.exists() and not os.access(out, os.W_OK)):
        raise ExportError(_("You may not write {path}.").format(path=out))


def write_book(
    store: Store, scope: BookScope, request: BookRequest, out: Path, ctx: TaskContext, guard: CommitGuard
) -> BookResult:
    """Build the book next to ``out`` and move it into place, unless the build was cancelled meanwhile.

    Runs on a worker thread. A cancelled or failed build leaves no file and ``out`` as it was.
    """
    check_target(out)
    staging = out.with_name(f".{out.name}.{uuid.uuid4().hex[:12]}.building")
    try:
        try:
            result = export_book(
                store, scope, request, staging, progress=ctx.progress, cancel=lambda: ctx.cancelled
            )
        except ExportError as exc:
            # The builder names the path it was given; the user only knows the one they chose.
            raise ExportError(str(exc).replace(str(staging), str(out))) from exc
        with guard.lock:
            if ctx.cancelled:
                raise CancelledError(_("The briefing book was cancelled; no file was written."))
            with contextlib.suppress(FileNotFoundError):
                os.chmod(staging, out.stat().st_mode & 0o7777)  # a replaced book keeps its permissions
            try:
                os.replace(staging, out)
            except OSError as exc:
                raise ExportError(
                    _("Could not write {path}: {reason}").format(path=out, reason=exc.strerror or str(exc))
                ) from exc
            guard.committed = True
    finally:
        if not guard.committed:
            try:
                staging.unlink()
            except FileNotFoundError:
                pass
            except OSError:
                log.exception("could not remove the unfinished book %s", staging)
    return BookResult(pages=result.pages, path=out)
