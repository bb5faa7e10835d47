"""build_book(): lay out a briefing book and write it atomically (temporary file, then replace)."""

from __future__ import annotations

import errno
import io
import logging
import os
import tempfile
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import IO

from reportlab.platypus.doctemplate import LayoutError

from nals_desktop import i18n
from nals_desktop.briefing.content import BookContent, BookRequest
from nals_desktop.briefing.layout import BookCanvas, BookDocTemplate, BookState, CancelFn, ProgressFn
from nals_desktop.briefing.sections import Composer
from nals_desktop.briefing.text import one_line
from nals_desktop.briefing.theme import Styles, geometry, register_fonts
from nals_desktop.domain.errors import ExportError
from nals_desktop.domain.model import DEFAULT_MARKINGS, highest_marking, marking_label
from nals_desktop.i18n import _, ngettext, number

log = logging.getLogger("nals.briefing")

CREATOR = "NALS Desktop"
PRODUCER = "NALS Desktop (ReportLab)"


@dataclass(frozen=True)
class BookResult:
    pages: int
    path: Path


def book_marking(content: BookContent, request: BookRequest) -> str:
    """The marking printed on every page: the request's, else the highest of the printed positions."""
    printed = set(request.parties or (p.code for p in content.parties))
    if request.own_party:
        printed.add(request.own_party)
    found = highest_marking(
        [
            position.marking
            for pillar in content.pillars
            for item in pillar.commitments
            for position in item.positions
            if position.party_code in printed
        ]
    )
    chosen = one_line(request.marking)
    if not chosen:
        return found
    if chosen in DEFAULT_MARKINGS and DEFAULT_MARKINGS.index(chosen) < DEFAULT_MARKINGS.index(found):
        raise ExportError(
            _("The book contains {found} material; it cannot be marked {chosen}.").format(
                found=found, chosen=chosen
            )
        )
    return chosen


def build_book(
    content: BookContent,
    request: BookRequest,
    out_path: Path,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> BookResult:
    """Write the briefing book for ``content`` as ``request`` asks, to ``out_path``.

    ``progress(fraction, message)`` is called as the work advances and ``cancel()`` is polled; it runs
    on the caller's thread (never the GUI thread). An existing file at ``out_path`` is only replaced once
    the new book is complete. Raises ExportError with a one-line message, or CancelledError. The book
    speaks ``request.language`` (empty: the app's), whatever the app speaks.
    """
    with i18n.speaking(request.language):
        return _build_book(content, request, Path(out_path), progress, cancel)


def _build_book(
    content: BookContent,
    request: BookRequest,
    out_path: Path,
    progress: ProgressFn | None,
    cancel: CancelFn | None,
) -> BookResult:
    if not content.pillars or content.commitment_count == 0:
        raise ExportError(_("Nothing to print: the chosen scope has no commitments."))
    if not request.sections:
        raise ExportError(_("Nothing to print: no section of the book was chosen."))
    known = {p.code for p in content.parties}
    unknown = [code for code in (*request.parties, request.own_party) if code and code not in known]
    if unknown:
        raise ExportError(
            _("Unknown party {codes} for this summit.").format(codes=", ".join(dict.fromkeys(unknown)))
        )
    marking = book_marking(content, request)
    register_fonts()
    title = one_line(request.title) or one_line(content.summit_title)
    footer = one_line(content.summit_title)
    if one_line(request.copy_number):
        footer += " · " + _("Copy {number}").format(number=one_line(request.copy_number))
    state = BookState(
        geometry=geometry(request.page_size),
        title=title,
        footer=footer,
        marking=marking_label(marking),  # printed in the book's language; the stored value is neutral
        placement=request.marking_placement,
        units=content.commitment_count + len(content.pillars),
        progress=progress,
        cancel=cancel,
    )
    state.report(0.0, _("Preparing the book"), force=True)
    fd, tmp = _temporary_file(out_path)
    written = False
    try:
        with os.fdopen(fd, "wb") as fh:
            # A protected book is made in memory: no page of it is ever written unencrypted.
            target: io.BytesIO | IO[bytes] = io.BytesIO() if request.password else fh
            story = Composer(content, request, state, Styles()).story()
            doc = BookDocTemplate(
                target,
                state,
                title=title,
                subject=one_line(content.summit_title),
                author=one_line(request.prepared_by),
                creator=CREATOR,
                producer=PRODUCER,
                keywords=[marking],
                invariant=1 if request.reproducible else 0,
                displayDocTitle=1,
            )
            doc.build(story, canvasmaker=partial(BookCanvas, book_state=state))
            if request.password and isinstance(target, io.BytesIO):
                fh.write(_protected(target.getvalue(), request.password))
            fh.flush()
            os.fsync(fh.fileno())
        _keep_mode(out_path, tmp)
        os.replace(tmp, out_path)
        written = True
    except OSError as exc:
        raise _write_error(exc, out_path) from exc
    except LayoutError as exc:
        log.exception("layout failed for %s", out_path.name)
        raise ExportError(_("The book could not be laid out: {reason}").format(reason=exc)) from exc
    finally:
        if not written:
            _remove(tmp)
    if progress is not None:
        pages = state.page_count
        progress(
            1.0, ngettext("Done: {pages} page", "Done: {pages} pages", pages).format(pages=number(pages))
        )
    return BookResult(pages=state.page_count, path=out_path)


def _temporary_file(out_path: Path) -> tuple[int, str]:
    folder = out_path.parent
    if out_path.is_dir():
        raise ExportError(_("{path} is a folder; choose a file name for the book.").format(path=out_path))
    if not folder.is_dir():
        raise ExportError(_("The folder {folder} does not exist.").format(folder=folder))
    try:
        return tempfile.mkstemp(prefix=f".{out_path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise _write_error(exc, out_path) from exc


def _write_error(exc: OSError, out_path: Path) -> ExportError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return ExportError(
            _("The disk is full: {folder} has no room for the book.").format(folder=out_path.parent)
        )
    if isinstance(exc, PermissionError):
        return ExportError(_("You may not write {path}.").format(path=out_path))
    return ExportError(
        _("Could not write {path}: {reason}").format(path=out_path, reason=exc.strerror or str(exc))
    )


def _keep_mode(out_path: Path, tmp: str) -> None:
    """A replaced book keeps its permissions; a new one stays readable by its owner only (mkstemp)."""
    try:
        mode = out_path.stat().st_mode & 0o7777
    except FileNotFoundError:
        return
    os.chmod(tmp, mode)


def _remove(tmp: str) -> None:
    try:
        os.unlink(tmp)
    except FileNotFoundError:
        pass
    except OSError:
        log.exception("could not remove the temporary file %s", tmp)


def _protected(pdf: bytes, password: str) -> bytes:
    """The PDF ``pdf`` encrypted with AES-256 (PDF 2.0, revision 6), opening with ``password``.

    ReportLab's own AES-256 (revision 5) is not read by Poppler or pypdf, so pypdf rewrites the book. The
    owner password is random and forgotten: the book can be opened and printed, not changed or copied.
    """
    import secrets

    from pypdf import PdfReader, PdfWriter
    from pypdf.constants import UserAccessPermissions

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(
        user_password=password,
        owner_password=secrets.token_urlsafe(24),
        algorithm="AES-256",
        permissions_flag=UserAccessPermissions.PRINT | UserAccessPermissions.PRINT_TO_REPRESENTATION,
    )
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()
