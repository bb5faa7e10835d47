"""Turning user text into safe Paragraph markup: nothing a user types is ever read as ReportLab markup."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import getFont as getfont
from reportlab.pdfbase.pdfmetrics import stringWidth

from nals_desktop.briefing.theme import printable
from nals_desktop.i18n import N_, _

REPLACEMENT = "\ufffd"

# Line and paragraph separators become newlines; other format/control/unassigned/private/surrogate
# code points are dropped: they either break the PDF text layer or print as empty boxes.
_NEWLINES = re.compile(r"\r\n|[\r\u2028\u2029\x0b\x0c\x85]")
_DROPPED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Cn", "Co"})
_BULLET = re.compile("^\\s*([-*•‣◦\u2013\u2014·])\\s+(.*)$")


def clean(text: str | None) -> str:
    """``text`` with newlines normalised, tabs as spaces and control characters removed.

    Characters the bundled font cannot draw become U+FFFD (a visible "�" rather than an empty box
    that reads back as nothing).
    """
    if not text:
        return ""
    text = _NEWLINES.sub("\n", text).replace("\t", " ")
    if text.isascii() and text.isprintable():
        return text
    drawable = printable()
    out = []
    for ch in text:
        if ch == "\n":
            out.append(ch)
        elif unicodedata.category(ch) not in _DROPPED_CATEGORIES:
            out.append(ch if ord(ch) in drawable else REPLACEMENT)
    return "".join(out)


def markup(text: str | None) -> str:
    """Escaped Paragraph markup for user ``text``; newlines become line breaks."""
    return escape(clean(text)).replace("\n", "<br/>")


def one_line(text: str | None) -> str:
    """``text`` cleaned and folded onto one line (for headings, table cells and bookmarks)."""
    return " ".join(clean(text).split())


def blocks(text: str | None) -> list[tuple[str | None, str]]:
    """User text split into ``(bullet, markup)`` blocks.

    A line starting with ``-``, ``*``, ``•`` … is a bullet item and keeps its marker; other consecutive
    lines form one paragraph (their line breaks kept); blank lines separate paragraphs.
    """
    result: list[tuple[str | None, str]] = []
    para: list[str] = []

    def flush() -> None:
        if para:
            result.append((None, "<br/>".join(escape(line) for line in para)))
            para.clear()

    for line in clean(text).split("\n"):
        if not line.strip():
            flush()
            continue
        match = _BULLET.match(line)
        if match and match.group(2).strip():
            flush()
            result.append((match.group(1), escape(match.group(2))))
        else:
            para.append(line.strip())
    flush()
    return result


def _char_widths(text: str, font: str, size: float) -> list[float]:
    """Advance width of each character of ``text`` (what ReportLab's stringWidth sums, without the sum)."""
    face = getfont(font).face  # a TrueType face: every font of the book is one
    get, default, scale = face.charWidths.get, face.defaultWidth, 0.001 * size
    return [get(ord(ch), default) * scale for ch in text]


def _fitting(text: str, font: str, size: float, width: float) -> int:
    """Length of the longest prefix of ``text`` no wider than ``width`` points."""
    total = 0.0
    for count, w in enumerate(_char_widths(text, font, size)):
        total += w
        if total > width + 1e-6:
            return count
    return len(text)


def clip(text: str, font: str, size: float, width: float) -> str:
    """``text`` (one line) shortened with an ellipsis to fit ``width`` points."""
    if stringWidth(text, font, size) <= width:
        return text
    room = width - stringWidth("…", font, size)
    return text[: _fitting(text, font, size, room)].rstrip() + "…"


def wrap(text: str, font: str, size: float, width: float, max_lines: int) -> str:
    """``text`` (one line) wrapped to ``width`` on at most ``max_lines`` lines joined by newlines.

    Plain table cells use this instead of a Paragraph: it is much cheaper for thousands of cells.
    """
    words = text.split()
    space = stringWidth(" ", font, size)
    sizes = [sum(_char_widths(word, font, size)) for word in words]
    lines: list[str] = []
    current: list[str] = []
    used = 0.0
    i = 0
    while i < len(words) and len(lines) < max_lines:
        extra = sizes[i] + (space if current else 0.0)
        if used + extra <= width + 1e-6:
            current.append(words[i])
            used += extra
            i += 1
        elif current:
            lines.append(" ".join(current))
            current, used = [], 0.0
        else:  # one word wider than the cell: break it
            cut = max(1, _fitting(words[i], font, size, width))
            lines.append(words[i][:cut])
            words[i] = words[i][cut:]
            sizes[i] = sum(_char_widths(words[i], font, size))
    if current:  # the loop only ends with a pending line once every word is placed
        lines.append(" ".join(current))
    if i < len(words) and lines:
        room = width - stringWidth("…", font, size)
        lines[-1] = lines[-1][: _fitting(lines[-1], font, size, room)].rstrip() + "…"
    return "\n".join(lines)


_MONTHS = (
    N_("January"),
    N_("February"),
    N_("March"),
    N_("April"),
    N_("May"),
    N_("June"),
    N_("July"),
    N_("August"),
    N_("September"),
    N_("October"),
    N_("November"),
    N_("December"),
)


def long_date(value: date | None) -> str:
    """``10 January 2023`` (translated), or an empty string."""
    if value is None:
        return ""
    return _("{day} {month} {year}").format(day=value.day, month=_(_MONTHS[value.month - 1]), year=value.year)


def short_date(value: date | datetime | None) -> str:
    """ISO date: unambiguous in every language of the summit."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = _utc(value).date()
    return value.isoformat()


def timestamp(value: datetime | None) -> str:
    """``2024-05-01 14:32 UTC`` (naive times are taken as UTC, as the store records them)."""
    if value is None:
        return ""
    return _utc(value).strftime("%Y-%m-%d %H:%M") + " UTC"


def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
