"""Property tests: any text, in any format, gives a well-formed summit or a DocumentError, nothing else."""

from __future__ import annotations

import codecs
import encodings.aliases
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nals_desktop.domain.errors import DocumentError
from nals_desktop.domain.model import ParsedCommitment, ParsedSummit
from nals_desktop.importers import parse_file, parse_text, propose_short_title

FORMATS = ("txt", "md", "html")
PROPERTY = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

FRAGMENTS = [
    "\n", "\n\n", "  ", "    ", "\t", "\u00a0", "\u202f", "\u200b", "\r\n", "\\", "\\#", "\\###", "###",
    "- ", "* ", "+ ", "1. ", "1) ", "(a) ", "• ", "  • ", "o ", "◦ ", "# ", "## ", "**", "__", "*", "_", "`",
    "<b>", "</b>", "<strong>", "</strong>", "<u>", "</u>", "<br>", "<p>", "</p>", "<ul>", "</ul>", "<ol>",
    "<li>", "</li>", "<h1>", "<h2>", "</h2>", "<script>", "</script>", "<nav>", "<!--", "-->", "&nbsp;",
    "&amp;", "[", "](", ")", "<https://x.org>", "FACT SHEET: ", "Main Container", "Related Product",
    "by:", "including:", ":", ".", ",", "The leaders committed to", "Developing", "Climate", "U.S.", "x",
]  # fmt: skip
markup = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=4), max_size=60).map("".join)
# Documents that do have a list somewhere, so the success path is exercised as much as the refusal.
listed = st.tuples(
    markup, st.sampled_from(["\n\n- ", "\n\n  • ", "\n\n1. ", "<ul><li>"]), markup, markup
).map(lambda parts: parts[0] + parts[1] + "item " + parts[2] + "\n" + parts[3])


def walk(items: list[ParsedCommitment], depth: int = 0) -> Iterator[tuple[ParsedCommitment, int]]:
    for item in items:
        yield item, depth
        yield from walk(item.children, depth + 1)


def check(text: str, fmt: str) -> ParsedSummit | None:
    try:
        summit = parse_text(text, fmt, "doc." + fmt)
    except DocumentError as error:
        assert str(error) and "\n" not in str(error)
        # parse_text wraps unexpected failures: a refusal must be a deliberate one, never a wrapped bug.
        assert error.__cause__ is None, repr(error.__cause__)
        return None
    assert summit.title and summit.title == summit.title.strip()
    assert summit.pillars and summit.commitment_count >= 1
    for pillar in summit.pillars:
        assert pillar.commitments
        assert pillar.title.strip() and pillar.short_title.strip() and len(pillar.short_title) <= 60
        for commitment, _depth in walk(pillar.commitments):
            assert commitment.text and commitment.text == commitment.text.strip()
            assert "\u00a0" not in commitment.text and "  " not in commitment.text
            assert commitment.span is None or 1 <= commitment.span[0] <= commitment.span[1]
    summit.to_json()
    return summit


@pytest.mark.parametrize("fmt", FORMATS)
@PROPERTY
@given(text=st.text())
def test_arbitrary_text(fmt: str, text: str) -> None:
    check(text, fmt)


@pytest.mark.parametrize("fmt", FORMATS)
@PROPERTY
@given(text=markup)
def test_markup_soup(fmt: str, text: str) -> None:
    check(text, fmt)


@pytest.mark.parametrize("fmt", FORMATS)
@PROPERTY
@given(text=listed)
def test_documents_with_a_list(fmt: str, text: str) -> None:
    check(text, fmt)


@PROPERTY
@given(text=st.text() | markup)
def test_short_title_is_never_empty_and_fits(text: str) -> None:
    title = propose_short_title(text)
    assert title and title == title.strip() and len(title) <= 60


@pytest.mark.parametrize("fmt", FORMATS)
def test_deep_nesting_is_handled(fmt: str) -> None:
    if fmt == "txt":
        text = "Intro:\n\n" + "".join(" " * i + "- level\n" for i in range(3000))
    elif fmt == "md":
        text = "Intro:\n\n" + "".join("  " * i + "- level\n" for i in range(300))
    else:
        text = "<p>Intro:</p>" + "<ul><li>level" * 3000
    summit = check(text, fmt)
    assert summit is not None
    depth = max(d for p in summit.pillars for _c, d in walk(p.commitments))
    assert depth <= 32


# Every codec name Python has an alias for, text encodings or not, and a few without: a page may declare any.
CODECS = sorted({*encodings.aliases.aliases.values(), "punycode", "idna", "undefined", "unicode_escape"})
SUFFIXES = (".txt", ".md", ".html")
raw = st.binary(max_size=200) | markup.map(lambda text: text.encode("utf-8", "surrogatepass"))
files = st.tuples(
    st.sampled_from([b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE]),
    st.sampled_from(CODECS).map(lambda name: f'<meta charset="{name}">'.encode()) | st.just(b""),
    raw,
    st.sampled_from([b"", b"\xe9", b"\x81", b"\xff\xfe", b"\x00"]),
).map(b"".join)


@pytest.mark.parametrize("suffix", SUFFIXES)
@PROPERTY
@given(data=files)
def test_arbitrary_bytes_give_a_summit_or_one_line_of_refusal(
    tmp_path_factory: pytest.TempPathFactory, suffix: str, data: bytes
) -> None:
    """Through read_source too: BOMs, declared charsets (rot13, base64, idna…) and damaged bytes."""
    path = tmp_path_factory.mktemp("bytes") / f"sheet{suffix}"
    path.write_bytes(data)
    try:
        summit = parse_file(path)
    except DocumentError as error:
        assert str(error) and "\n" not in str(error) and path.name in str(error)
        return
    assert summit.pillars and summit.commitment_count >= 1
