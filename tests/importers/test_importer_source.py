"""read_source: what it accepts, and one clear refusal for everything that is not a UTF-8 fact sheet."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from nals_desktop.domain.errors import DocumentError
from nals_desktop.importers import MAX_DOCUMENT_BYTES, SUPPORTED_SUFFIXES, SourceText, parse_file, read_source

DOC = "Leaders agreed to:\n\n- act together\n"


def refusal(path: Path) -> str:
    with pytest.raises(DocumentError) as info:
        read_source(path)
    message = str(info.value)
    assert "\n" not in message and path.name in message
    return message


def test_public_constants() -> None:
    assert SUPPORTED_SUFFIXES == (".txt", ".md", ".markdown", ".html", ".htm")
    assert MAX_DOCUMENT_BYTES == 20 * 1024 * 1024


@pytest.mark.parametrize(
    ("suffix", "fmt"),
    [(".txt", "txt"), (".md", "md"), (".markdown", "md"), (".html", "html"), (".HTM", "html")],
)
def test_format_follows_the_suffix(tmp_path: Path, suffix: str, fmt: str) -> None:
    path = tmp_path / f"sheet{suffix}"
    path.write_text(DOC, encoding="utf-8")
    assert read_source(path) == SourceText(text=DOC, fmt=fmt, name=path.name)


def test_bom_is_accepted_and_newlines_normalised(tmp_path: Path) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes(b"\xef\xbb\xbfLeaders agreed to:\r\n\r\n- act\r\n- old mac\rline\n")
    source = read_source(path)
    assert source.text == "Leaders agreed to:\n\n- act\n- old mac\nline\n"
    summit = parse_file(path)
    assert [c.text for c in summit.pillars[0].commitments] == ["act", "old mac line"]


def test_missing_file(tmp_path: Path) -> None:
    assert "no such file" in refusal(tmp_path / "nowhere.md")


def test_directory(tmp_path: Path) -> None:
    folder = tmp_path / "folder.md"
    folder.mkdir()
    assert "folder" in refusal(folder)


def test_unsupported_suffix(tmp_path: Path) -> None:
    path = tmp_path / "sheet.pdf"
    path.write_text(DOC, encoding="utf-8")
    message = refusal(path)
    assert "'.pdf'" in message and ".txt" in message


@pytest.mark.parametrize("content", [b"", b"  \n\t\r\n"])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    assert "empty" in refusal(path)


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert "binary" in refusal(path)


def test_invalid_utf8(tmp_path: Path) -> None:
    path = tmp_path / "neither.txt"  # not UTF-8, and 0x81 is not Windows-1252 either
    path.write_bytes("Leaders agreed to:\n\n- act on café\n".encode("latin-1") + b"\x81\n")
    assert "not UTF-8 text" in refusal(path)


def test_too_large_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.md"
    with path.open("wb") as f:
        f.truncate(200 * 1024 * 1024)  # sparse: costs no disk, and reading it would take seconds
    tracemalloc.start()
    try:
        message = refusal(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 1024 * 1024, f"{peak / 2**20:.0f} MB allocated: the file was read"
    assert "too large" in message and "200 MB" in message and "20 MB" in message


def test_just_under_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "limit.txt"
    path.write_bytes(DOC.encode() + b" " * (MAX_DOCUMENT_BYTES - len(DOC)))
    assert read_source(path).fmt == "txt"


def test_parse_file_names_the_file_when_there_is_no_list(tmp_path: Path) -> None:
    path = tmp_path / "prose.md"
    path.write_text("Just a paragraph.\n\nAnd another one.\n", encoding="utf-8")
    with pytest.raises(DocumentError, match=r"prose\.md: no list of commitments"):
        parse_file(path)
