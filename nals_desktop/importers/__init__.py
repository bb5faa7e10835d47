"""Fact-sheet importer: read a .txt, .md or .html file, find its pillars and commitments: a ParsedSummit."""

from __future__ import annotations

import codecs
import contextlib
import gc
import re
from dataclasses import dataclass
from pathlib import Path

from nals_desktop.domain.errors import DocumentError
from nals_desktop.domain.model import ParsedSummit
from nals_desktop.i18n import _
from nals_desktop.importers.detect import Reading, examine
from nals_desktop.importers.metadata import front_matter_date
from nals_desktop.importers.readers import reader_for
from nals_desktop.importers.titles import propose_short_title

__all__ = [
    "MAX_DOCUMENT_BYTES",
    "SUPPORTED_SUFFIXES",
    "Reading",
    "SourceText",
    "parse_file",
    "parse_text",
    "propose_short_title",
    "read_source",
    "read_text",
]

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024

_FORMATS = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
# Files that are no text whatever their suffix says: PDF, Office (zip and OLE2), images.
_BINARY_SIGNATURES = (b"%PDF-", b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"\x89PNG", b"\xff\xd8\xff", b"GIF8")
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
# The encodings of the WHATWG Encoding Standard, as Python names them: what a web page may declare. Python
# knows other codecs by label too (rot13, base64, zlib, idna, punycode…) that are no text encodings at all.
_PAGE_ENCODINGS = frozenset({
    "big5", "cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258",
    "cp866", "cp874", "euc_jp", "euc_kr", "gb18030", "gbk", "iso2022_jp", "iso8859-2", "iso8859-3",
    "iso8859-4", "iso8859-5", "iso8859-6", "iso8859-7", "iso8859-8", "iso8859-10", "iso8859-13",
    "iso8859-14", "iso8859-15", "iso8859-16", "koi8-r", "koi8-u", "mac-cyrillic", "mac-roman", "shift_jis",
    "utf-8",
})  # fmt: skip
# Control characters other than tab and newline are noise from copy-and-paste (and choke lxml); a form feed
# is a PDF copy's page break, which the plain-text reader uses.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0d-\x1f\x7f]")


@dataclass(frozen=True)
class SourceText:
    text: str
    fmt: str  # "txt" | "md" | "html"
    name: str  # file name


def read_source(path: Path) -> SourceText:
    """Read a fact sheet as UTF-8 text, refusing with one clear line whatever cannot be one."""
    path = Path(path)
    shown = str(path)
    if not path.exists():
        raise DocumentError(_("{file}: no such file").format(file=shown))
    if path.is_dir():
        raise DocumentError(_("{file}: is a folder, not a file").format(file=shown))
    suffix = path.suffix.lower()
    if suffix not in _FORMATS:
        raise DocumentError(
            _("{file}: unsupported file type '{suffix}' (supported: {supported})").format(
                file=shown, suffix=path.suffix or _("no suffix"), supported=", ".join(SUPPORTED_SUFFIXES)
            )
        )
    if not path.is_file():
        raise DocumentError(_("{file}: is not a regular file").format(file=shown))
    data = _read_bytes(path, shown)
    text = _decode(data, _FORMATS[suffix], shown)
    if not text.strip():
        raise DocumentError(_("{file}: the file is empty").format(file=shown))
    return SourceText(text=_normalise_newlines(text), fmt=_FORMATS[suffix], name=path.name)


def _read_bytes(path: Path, shown: str) -> bytes:
    try:
        size = path.stat().st_size
        # Checked before reading: a huge file is refused at once, without loading it.
        if size == 0:
            raise DocumentError(_("{file}: the file is empty").format(file=shown))
        if size > MAX_DOCUMENT_BYTES:
            raise DocumentError(
                _("{file}: is too large ({size} MB; the limit is {limit} MB)").format(
                    file=shown, size=round(size / 2**20), limit=MAX_DOCUMENT_BYTES // 2**20
                )
            )
        return path.read_bytes()
    except OSError as exc:
        raise DocumentError(
            _("{file}: cannot be read ({reason})").format(file=shown, reason=exc.strerror or exc)
        ) from exc


def _decode(data: bytes, fmt: str, shown: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with its BOM (Notepad's "Unicode"), the charset an HTML page
    declares, else Windows-1252; a PDF, Office file or image renamed to .txt is refused as binary."""
    utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if utf16 and not data.startswith(codecs.BOM_UTF32_LE):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass  # not UTF-16 after all: refused below
    if b"\x00" in data or data.startswith(_BINARY_SIGNATURES):
        raise DocumentError(_("{file}: is a binary file, not text").format(file=shown))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        declared = _declared_charset(data) if fmt == "html" else None
        if declared is not None and declared not in _PAGE_ENCODINGS:
            raise DocumentError(
                _("{file}: declares the character set '{charset}', which web pages may not use").format(
                    file=shown, charset=declared
                )
            ) from exc
        if declared is not None and declared != "utf-8":  # a page that says UTF-8 and is not: refused
            return data.decode(declared, errors="replace")
        if declared is None and not _has_utf8_sequences(data):
            # Windows "ANSI" (Notepad before 2019, Word's plain text): the legacy encoding of English, French
            # and Spanish text. A file with any valid UTF-8 accent is UTF-8 damaged instead, and refused.
            with contextlib.suppress(UnicodeDecodeError):
                return data.decode("cp1252")
        raise DocumentError(
            _("{file}: is not UTF-8 text (invalid byte at offset {offset}); save it as UTF-8").format(
                file=shown, offset=exc.start
            )
        ) from exc


def _has_utf8_sequences(data: bytes) -> bool:
    """Whether ``data`` holds at least one valid multi-byte UTF-8 character (an accent written as UTF-8)."""
    return any(ord(c) > 0x7F for c in data.decode("utf-8", errors="replace").replace("\ufffd", ""))


def _declared_charset(data: bytes) -> str | None:
    """The encoding an HTML page declares in a <meta> near its start, as the browser would read it."""
    match = _META_CHARSET.search(data[:4096])
    if match is None:
        return None
    label = match[1].decode("ascii").lower()
    # Browsers read Latin-1 and ASCII labels as Windows-1252 (WHATWG Encoding), and so do we.
    label = "cp1252" if label in ("iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii") else label
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    # A page declaring UTF-16 in its <meta> is read as UTF-8: had it been UTF-16, the meta were unreadable.
    return "utf-8" if name.startswith("utf-16") else name


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_text(text: str, fmt: str, name: str = "", *, paragraphs: bool = False) -> ParsedSummit:
    """Turn a fact sheet's text into a ParsedSummit; raise DocumentError (only) when that is impossible."""
    return read_text(text, fmt, name, paragraphs=paragraphs).summit


def read_text(text: str, fmt: str, name: str = "", *, paragraphs: bool = False) -> Reading:
    """The summit in a fact sheet's text, with what was guessed and what was left out; in paragraph mode each
    substantive paragraph is a commitment. Raises DocumentError (only) when there is no summit to read."""
    reader = reader_for(fmt)
    if reader is None:
        raise DocumentError(_("{name}: unknown document format {fmt!r}").format(name=name or "?", fmt=fmt))
    text = _CONTROL.sub("", _normalise_newlines(text).lstrip("\ufeff"))
    if fmt != "txt":
        text = text.replace("\f", "\n")
    # A large document makes millions of small objects (elements, blocks, commitments), none of them garbage
    # in a cycle: without the collector rescanning them again and again, it reads in a fifth less time.
    collecting = gc.isenabled()
    gc.disable()
    try:
        stated = front_matter_date(text) if fmt == "md" else None
        return examine(reader(text), fmt, name, paragraphs=paragraphs, stated_date=stated)
    except DocumentError:
        raise
    except (RecursionError, MemoryError) as exc:
        raise DocumentError(
            _("{name}: is nested too deeply or too large to read").format(name=name or _("The document"))
        ) from exc
    except Exception as exc:
        # Library failures on malformed input are translated here, at the importer boundary.
        raise DocumentError(
            _("{name}: cannot be read as a fact sheet ({error})").format(
                name=name or _("The document"), error=exc
            )
        ) from exc
    finally:
        if collecting:
            gc.enable()


def parse_file(path: Path, *, paragraphs: bool = False) -> ParsedSummit:
    source = read_source(path)
    return parse_text(source.text, source.fmt, source.name, paragraphs=paragraphs)
