"""Realistic documents the importer was not tuned on (documents/): their structure, counted by hand."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from nals_desktop.domain.errors import DocumentError
from nals_desktop.domain.model import ParsedCommitment, ParsedSummit
from nals_desktop.importers import parse_file

DOCUMENTS = Path(__file__).resolve().parent / "documents"


def walk(items: list[ParsedCommitment]) -> Iterator[ParsedCommitment]:
    for item in items:
        yield item
        yield from walk(item.children)


def texts(items: list[ParsedCommitment]) -> list[object]:
    """Commitments as text, a child list following its parent: ["a", ["a.1"], "b"]."""
    out: list[object] = []
    for item in items:
        out.append(item.text)
        if item.children:
            out.append(texts(item.children))
    return out


def counts(summit: ParsedSummit) -> list[int]:
    return [len(p.commitments) for p in summit.pillars]


def everything(summit: ParsedSummit) -> str:
    parts = [summit.title, summit.preamble]
    for pillar in summit.pillars:
        parts += [pillar.title, pillar.intro, pillar.short_title, *(c.text for c in walk(pillar.commitments))]
    return "\n".join(parts)


def parse(name: str) -> ParsedSummit:
    return parse_file(DOCUMENTS / name)


def refused(name: str) -> str:
    with pytest.raises(DocumentError) as info:
        parse(name)
    message = str(info.value)
    assert name in message and "\n" not in message
    return message


# ---------------------------------------------------------------------------------- encodings, line endings


def test_utf8_with_bom_and_crlf() -> None:
    summit = parse("utf8_bom_crlf.txt")
    assert [texts(p.commitments) for p in summit.pillars] == [
        [
            "renforcer les chaînes d’approvisionnement « propres »;",
            "réduire de 15 % les émissions de méthane.",
        ]
    ]


@pytest.mark.parametrize("name", ["utf16le_bom.txt", "utf16be_bom.md"])
def test_utf16_with_bom_as_notepad_saves_unicode(name: str) -> None:
    summit = parse(name)
    assert summit.title == "FACT SHEET: Notepad “Unicode” Copy"
    assert texts(summit.pillars[0].commitments) == [
        "Launching the North American Drug Dialogue’s new work plan.",
        "Meeting again in Mexico City – in 2026.",
    ]


def test_windows_1252_text_is_refused_with_the_way_out() -> None:
    # A .txt says nothing of its encoding: guessing could garble every accent, so the user is told what to do.
    assert "not UTF-8 text" in refused("windows1252.txt") and "save it as UTF-8" in refused("windows1252.txt")


def test_windows_1252_page_that_declares_its_charset_is_read_as_declared() -> None:
    summit = parse("windows1252_declared.html")
    assert summit.title == "Leaders’ Statement on Clean Energy"
    assert texts(summit.pillars[0].commitments) == [
        "“Buy clean” procurement – for steel and cement.",
        "A joint study on café-sector emissions.",
    ]


# ---------------------------------------------------------------------------------- degenerate input


def test_empty_file() -> None:
    assert "the file is empty" in refused("empty.txt")


def test_only_headings_is_no_list() -> None:
    assert "no list of commitments found" in refused("only_headings.md")


@pytest.mark.parametrize("name", ["pdf_renamed.txt", "docx_renamed.md"])
def test_pdf_or_word_file_renamed_to_text_is_binary(name: str) -> None:
    # The PDF has no NUL byte and starts like text: its signature gives it away, not a decoding error.
    assert "is a binary file, not text" in refused(name)
