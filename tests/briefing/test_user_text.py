"""Whatever a user types prints literally and never breaks the build."""

from __future__ import annotations

import dataclasses
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nals_desktop.briefing import build_book
from nals_desktop.briefing.text import blocks, clean, clip, markup, wrap
from nals_desktop.briefing.theme import FONT, printable

from .bookdata import make_content, make_request, position
from .pdfcheck import body_text, font_problems, read, squash

_RTL = st.text(
    st.characters(min_codepoint=0x5D0, max_codepoint=0x6FF, categories=["L"]), min_size=1, max_size=10
)
_PIECES = st.one_of(
    st.sampled_from(
        [
            '<img src="/etc/passwd">',
            "<b>",
            "</i>",
            "<font name='x'>",
            "&",
            "&amp;",
            "&#65;",
            "&nbsp;",
            "<br/>",
            "]]>",
            "<para>",
            "<!--",
            "\\",
            "'",
            '"',
            "%PDF-1.4",
            "(",
            ")",
            "<a href='#x'>",
        ]
    ),
    st.text(st.characters(categories=["L", "M", "N", "P", "S", "Zs"]), max_size=25),
    st.text(st.characters(categories=["Cc", "Cf"]), min_size=1, max_size=3),
    st.sampled_from(["\n", "\n- ", "\n• ", "\n* ", "\t", "\r\n", "\n\n", "\u2028"]),
    st.text("abcdefghijklmnopqrstuvwxyzé", min_size=150, max_size=1500),  # one very long word
    _RTL,
)
USER_TEXT = st.lists(_PIECES, max_size=10).map("".join)


def expected(text: str) -> str:
    """What must be read back: no control characters; what the font lacks as U+FFFD; no whitespace."""
    drawable = printable()
    kept = (c for c in text if not unicodedata.category(c).startswith("C"))
    return squash("".join(c if c.isspace() or ord(c) in drawable else "\ufffd" for c in kept))


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(objective=USER_TEXT, messages=USER_TEXT)
def test_any_user_text_builds_and_reads_back_literally(objective: str, messages: str) -> None:
    content = make_content()
    pillar = content.pillars[0]
    item = pillar.commitments[0]
    ours = position("CA", 1, objective="OBJ[" + objective + "]OBJ", key_messages="KM[" + messages + "]KM")
    item = dataclasses.replace(item, positions=(ours,))
    content = dataclasses.replace(content, pillars=(dataclasses.replace(pillar, commitments=(item,)),))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "book.pdf"
        request = make_request(sections=frozenset({"pillars", "matrix", "contents"}))
        build_book(content, request, path)
        reader = read(path)
        furniture = {"PROTECTED A", request.title, "North American Leaders' Summit 2023 · Copy 3 of 12"}
        text = squash(body_text(reader, furniture))
        assert font_problems(reader) == []
    for label, value in (("OBJ", objective), ("KM", messages)):
        want = f"{label}[{expected(value)}]{label}"
        if has_rtl(want):  # drawn in logical order; pypdf reorders right-to-left runs when reading
            start, end = text.index(f"{label}["), text.rindex(f"]{label}") + len(label) + 1
            assert Counter(text[start:end]) == Counter(want)
        else:
            assert want in text


def test_markup_is_escaped() -> None:
    assert markup('<img src="x"> & <b>') == '&lt;img src="x"&gt; &amp; &lt;b&gt;'
    assert markup("one\r\ntwo\x00\x1b three\u2028four") == "one<br/>two three<br/>four"


def test_user_bullets_keep_their_marker() -> None:
    assert blocks("Intro line\nsecond line\n- first <point>\n• second\n\nclosing") == [
        (None, "Intro line<br/>second line"),
        ("-", "first &lt;point&gt;"),
        ("•", "second"),
        (None, "closing"),
    ]


def test_characters_the_font_lacks_become_visible_replacements() -> None:
    assert clean("Énergie 中 😀 López") == "Énergie \ufffd \ufffd López"


@given(st.text(max_size=300), st.integers(min_value=1, max_value=4), st.floats(min_value=20, max_value=400))
def test_wrapped_cells_fit_their_width(text: str, lines: int, width: float) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    text = " ".join(clean(text).split())
    wrapped = wrap(text, FONT, 8, width, lines)
    assert len(wrapped.splitlines()) <= lines
    for line in wrapped.splitlines():
        assert stringWidth(line, FONT, 8) <= width + 0.01 or len(line) == 1
    assert clip(text, FONT, 8, width) == text or stringWidth(clip(text, FONT, 8, width), FONT, 8) <= width
