"""Briefing books built for real and read back with pypdf."""

from __future__ import annotations

import dataclasses
import errno
import getpass
import os
import socket
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from nals_desktop.briefing import BookContent, BookRequest, BookResult, build_book
from nals_desktop.briefing.content import PillarView
from nals_desktop.domain.errors import CancelledError, ExportError, ValidationError
from nals_desktop.paths import resource_path

from .bookdata import make_content, make_request, position
from .pdfcheck import contents_numbers, font_problems, outline, page_texts, read, squash, text_positions


def build(content: BookContent, request: BookRequest, path: Path) -> tuple[BookResult, PdfReader]:
    result = build_book(content, request, path)
    return result, read(path)


@pytest.fixture
def book(tmp_path: Path, content: BookContent, book_request: BookRequest) -> tuple[BookResult, PdfReader]:
    return build(content, book_request, tmp_path / "book.pdf")


def all_commitments(content: BookContent) -> list[tuple[PillarView, str, str]]:
    return [(p, c.reference, c.text) for p in content.pillars for c in p.commitments]


# -- structure -------------------------------------------------------------------------------------------


def test_pages_are_counted_and_numbered(book: tuple[BookResult, PdfReader]) -> None:
    result, reader = book
    assert result.pages == len(reader.pages) > 5
    for number, text in enumerate(page_texts(reader), start=1):
        assert f"Page {number} of {result.pages}" in text


def test_outline_lists_pillars_then_their_commitments(
    book: tuple[BookResult, PdfReader], content: BookContent
) -> None:
    _, reader = book
    entries = outline(reader)
    pillars = [e for e in entries if e.children]
    assert [e.title for e in pillars] == [f"{p.tab} · {p.short_title}" for p in content.pillars]
    for entry, pillar in zip(pillars, content.pillars, strict=True):
        assert [child.title.split()[0] for child in entry.children] == [
            c.reference for c in pillar.commitments
        ]
    # besides the pillars, only the book's own sections are bookmarked
    assert [e.title for e in entries if not e.children] == [
        "Contents",
        "Positions matrix",
        "Annex: Changes since 1 January 2024",
        "Annex: Source documents",
    ]


def test_every_commitment_and_child_is_printed(
    book: tuple[BookResult, PdfReader], content: BookContent
) -> None:
    _, reader = book
    text = squash("".join(page_texts(reader)))
    for pillar in content.pillars:
        assert squash(pillar.title) in text
        assert squash(pillar.intro) in text
        for item in pillar.commitments:
            assert squash(item.text) in text
            for child in item.children:
                assert squash(child.text) in text
    assert "LópezObrador" in text and "Énergie" in text


def test_contents_page_numbers_are_where_sections_start(
    book: tuple[BookResult, PdfReader], content: BookContent
) -> None:
    _, reader = book
    texts = page_texts(reader)
    numbers = contents_numbers(texts[1])
    entries = outline(reader)
    expected = {e.title: e.page for e in entries}
    assert numbers["Positions matrix"] == expected["Positions matrix"]
    assert numbers["Source documents"] == expected["Annex: Source documents"]
    for entry, pillar in zip([e for e in entries if e.children], content.pillars, strict=True):
        assert numbers[pillar.tab] == entry.page
        assert pillar.title in texts[entry.page - 1]
        for child, item in zip(entry.children, pillar.commitments, strict=True):
            assert numbers[item.reference] == child.page
            assert item.reference in texts[child.page - 1].splitlines()


@pytest.mark.parametrize("placement", ["top-bottom", "top", "bottom"])
def test_every_page_carries_the_marking(tmp_path: Path, content: BookContent, placement: str) -> None:
    _, reader = build(content, make_request(marking_placement=placement), tmp_path / "book.pdf")
    height = float(reader.pages[0].mediabox.height)
    for index in range(len(reader.pages)):
        ys = [y for text, y in text_positions(reader, index) if text == "PROTECTED B"]
        at_top = any(y > height - 60 for y in ys)
        at_bottom = any(y < 60 for y in ys)
        assert at_top == (placement in ("top-bottom", "top")), index
        assert at_bottom == (placement in ("top-bottom", "bottom")), index


def test_marking_is_the_highest_of_the_printed_positions(tmp_path: Path, content: BookContent) -> None:
    # Canada's positions reach PROTECTED B; Mexico's and the United States' are UNCLASSIFIED
    request = make_request(own_party=None, parties=("MX", "US"))
    _, reader = build(content, request, tmp_path / "book.pdf")
    assert "UNCLASSIFIED" in page_texts(reader)[0]
    assert all("PROTECTED" not in text for text in page_texts(reader))


def test_a_marking_below_the_content_is_refused(tmp_path: Path, content: BookContent) -> None:
    with pytest.raises(ExportError, match="PROTECTED B"):
        build_book(content, make_request(marking="PROTECTED A"), tmp_path / "book.pdf")
    _, reader = build(content, make_request(marking="SECRET"), tmp_path / "book.pdf")
    assert "SECRET" in page_texts(reader)[3]


def test_sections_can_be_left_out(tmp_path: Path, content: BookContent) -> None:
    request = make_request(sections=frozenset({"pillars"}), page_size="a4")
    _, reader = build(content, request, tmp_path / "book.pdf")
    entries = outline(reader)
    assert [e.title for e in entries] == [f"{p.tab} · {p.short_title}" for p in content.pillars]
    assert entries[0].page == 1
    assert "Contents" not in page_texts(reader)[0]
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_cover_names_the_book(book: tuple[BookResult, PdfReader]) -> None:
    cover = book[1].pages[0].extract_text()
    for expected in (
        "Briefing Book — NALS 2023",
        "The Prime Minister",
        "North America Bureau",
        "3 of 12",
        "3 June 2024",
        "10 January 2023",
        "Ciudad de México",
        "PROTECTED B",
    ):
        assert expected in cover


def test_positions_matrix_gives_stances_in_words(book: tuple[BookResult, PdfReader]) -> None:
    matrix = squash(book[1].pages[2].extract_text())
    for word in (
        "Supportwithconditions",
        "Oppose",
        "Neutral",
        "Undecided",
        "Canada",
        "México",
        "UnitedStates",
    ):
        assert word in matrix


def test_without_an_own_party_every_party_is_shown_alike(tmp_path: Path, content: BookContent) -> None:
    _, reader = build(content, make_request(own_party=None), tmp_path / "book.pdf")
    text = "".join(page_texts(reader))
    assert "Our position" not in text
    assert "Positions of the parties" in text
    assert "Other parties' positions" not in text


def test_many_parties_get_codes_and_short_stance_words(tmp_path: Path) -> None:
    from nals_desktop.briefing import PartyView

    codes = ("CA", "FR", "DE", "IT", "JP", "UK", "US", "EU", "MX")
    parties = tuple(PartyView(code, f"Delegation of {code}") for code in codes)
    content = make_content(parties=parties)
    pillars = tuple(
        dataclasses.replace(
            p,
            commitments=tuple(
                dataclasses.replace(c, positions=tuple(position(code, i + n) for n, code in enumerate(codes)))
                for i, c in enumerate(p.commitments)
            ),
        )
        for p in content.pillars
    )
    content = dataclasses.replace(content, pillars=pillars)
    _, reader = build(content, make_request(parties=codes), tmp_path / "book.pdf")
    matrix = page_texts(reader)[2]
    assert "Sup." in matrix and "Cond." in matrix and "Opp." in matrix
    assert "Support with conditions" in matrix  # the legend spells them out
    assert {"CA", "FR", "JP", "MX"} <= set(matrix.split())


def test_changes_annex_respects_the_date(book: tuple[BookResult, PdfReader]) -> None:
    texts = page_texts(book[1])
    annex = next(t for t in texts if "Changes since 1 January 2024" in t.splitlines()[0])
    assert "Marie Tremblay" in annex and "Juan Pérez" in annex
    assert "Old Timer" not in annex


# -- the file --------------------------------------------------------------------------------------------


def test_every_font_is_embedded(book: tuple[BookResult, PdfReader]) -> None:
    assert font_problems(book[1]) == []


def test_metadata_is_set_and_leaks_nothing(tmp_path: Path, content: BookContent) -> None:
    folder = tmp_path / "secret-folder-name"
    folder.mkdir()
    path = folder / "book.pdf"
    build(content, make_request(reproducible=False), path)
    meta = read(path).metadata
    assert meta is not None
    assert meta.title == "Briefing Book — NALS 2023"
    assert meta.subject == "North American Leaders' Summit 2023"
    assert meta.creator == "NALS Desktop"
    assert meta.producer == "NALS Desktop (ReportLab)"
    raw = path.read_bytes()
    needles = {
        getpass.getuser(),
        socket.gethostname(),
        str(tmp_path),
        "secret-folder-name",
        str(resource_path("fonts")),
        os.path.expanduser("~"),
    }
    for needle in needles:
        if len(needle) >= 4:  # a very short name would match compressed bytes by chance
            assert needle.encode() not in raw, needle
            assert needle.encode("utf-16-be") not in raw, needle


def test_reportlab_settings_are_left_as_found(tmp_path: Path, content: BookContent) -> None:
    from reportlab import rl_config

    before = rl_config.useA85
    build_book(content, make_request(), tmp_path / "book.pdf")
    assert rl_config.useA85 == before


def test_reproducible_builds_are_byte_identical(tmp_path: Path, content: BookContent) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    build_book(content, make_request(), tmp_path / "a" / "first.pdf")
    build_book(content, make_request(), tmp_path / "b" / "second.pdf")
    assert (tmp_path / "a" / "first.pdf").read_bytes() == (tmp_path / "b" / "second.pdf").read_bytes()


def test_a_new_build_replaces_an_existing_book(tmp_path: Path, content: BookContent) -> None:
    path = tmp_path / "book.pdf"
    path.write_bytes(b"old book")
    result = build_book(content, make_request(), path)
    assert result.path == path
    assert path.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["book.pdf"]


# -- failures --------------------------------------------------------------------------------------------


def assert_untouched(folder: Path, path: Path) -> None:
    assert path.read_bytes() == b"old book"
    assert sorted(p.name for p in folder.iterdir()) == [path.name], "a temporary file was left behind"


def test_empty_scope_is_refused(tmp_path: Path, content: BookContent) -> None:
    path = tmp_path / "book.pdf"
    path.write_bytes(b"old book")
    with pytest.raises(ExportError, match="no commitments"):
        build_book(dataclasses.replace(content, pillars=()), make_request(), path)
    empty = tuple(dataclasses.replace(p, commitments=()) for p in content.pillars)
    with pytest.raises(ExportError, match="no commitments"):
        build_book(dataclasses.replace(content, pillars=empty), make_request(), path)
    assert_untouched(tmp_path, path)


def test_cancel_is_honoured_and_leaves_the_old_file(tmp_path: Path, content: BookContent) -> None:
    path = tmp_path / "book.pdf"
    path.write_bytes(b"old book")
    seen: list[float] = []

    def cancel() -> bool:
        return len(seen) >= 5

    with pytest.raises(CancelledError):
        build_book(content, make_request(), path, progress=lambda f, _m: seen.append(f), cancel=cancel)
    assert len(seen) == 5
    assert_untouched(tmp_path, path)


def test_cancel_during_layout_leaves_the_old_file(tmp_path: Path, content: BookContent) -> None:
    path = tmp_path / "book.pdf"
    path.write_bytes(b"old book")
    messages: list[str] = []

    def cancel() -> bool:
        return any(m.startswith("Laying out") for m in messages)

    with pytest.raises(CancelledError):
        build_book(content, make_request(), path, progress=lambda _f, m: messages.append(m), cancel=cancel)
    assert_untouched(tmp_path, path)


def test_progress_rises_to_one(tmp_path: Path, content: BookContent) -> None:
    seen: list[tuple[float, str]] = []
    build_book(content, make_request(), tmp_path / "book.pdf", progress=lambda f, m: seen.append((f, m)))
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions)
    assert fractions[0] == 0.0 and fractions[-1] == 1.0
    assert seen[-1][1].startswith("Done")


def test_disk_full_is_reported_and_the_old_file_kept(
    tmp_path: Path, content: BookContent, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "book.pdf"
    path.write_bytes(b"old book")

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(ExportError, match="disk is full"):
        build_book(content, make_request(), path)
    assert_untouched(tmp_path, path)


def test_unwritable_folder_is_reported(
    tmp_path: Path, content: BookContent, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    def refuse(*_args: object, **_kwargs: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(ExportError, match="may not write"):
        build_book(content, make_request(), tmp_path / "book.pdf")


def test_bad_paths_are_reported(tmp_path: Path, content: BookContent) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        build_book(content, make_request(), tmp_path / "missing" / "book.pdf")
    with pytest.raises(ExportError, match="is a folder"):
        build_book(content, make_request(), tmp_path)


def test_unknown_parties_and_options_are_refused(tmp_path: Path, content: BookContent) -> None:
    with pytest.raises(ExportError, match="Unknown party XX"):
        build_book(content, make_request(parties=("CA", "XX")), tmp_path / "book.pdf")
    with pytest.raises(ValidationError):
        make_request(sections=frozenset({"cover", "appendix"}))
    with pytest.raises(ValidationError):
        make_request(marking_placement="left")
    with pytest.raises(ValidationError):
        make_request(page_size="legal")
    assert list(tmp_path.iterdir()) == []


# -- user text -------------------------------------------------------------------------------------------

HOSTILE = (
    '<img src="/etc/passwd"/> <b>bold without end & <i>more <font name="Nope">x</font> '
    "&amp; &#x41; &nbsp; <para> ]]> <![CDATA[ x ]]> <a href='file:///etc/passwd'>link</a>"
)


def test_markup_in_user_text_prints_literally(tmp_path: Path) -> None:
    long_word = "Supercalifragilistic" * 120
    content = make_content()
    pillar = content.pillars[0]
    item = pillar.commitments[0]
    ca = position(
        "CA",
        1,
        objective=HOSTILE,
        key_messages=f"- {long_word}\n- second\x00\x07 line",
        red_line=HOSTILE,
        background="\u202eRTL override\u202c عربي עברית",
    )
    item = dataclasses.replace(item, text=HOSTILE, positions=(ca, *item.positions[1:]))
    pillar = dataclasses.replace(pillar, title=HOSTILE, commitments=(item, *pillar.commitments[1:]))
    content = dataclasses.replace(content, pillars=(pillar, *content.pillars[1:]))
    path = tmp_path / "book.pdf"
    _, reader = build(content, make_request(title=HOSTILE, prepared_by=HOSTILE), path)
    text = squash("".join(page_texts(reader)))
    assert text.count(squash(HOSTILE)) >= 4  # title on the cover, pillar title, commitment, objective
    assert squash(long_word) in text
    assert "secondline" in text
    # no bidi engine: right-to-left words are drawn in logical order, and pypdf reverses them on reading
    assert "عربي" in text or "يبرع" in text
    assert "עברית" in text or "תירבע" in text
    assert b"root:x:0" not in path.read_bytes()
    assert font_problems(reader) == []


def test_a_huge_field_flows_over_pages(tmp_path: Path) -> None:
    content = make_content()
    pillar = content.pillars[0]
    item = pillar.commitments[0]
    essay = "\n".join(f"- point {i}: " + "x" * 300 for i in range(150))
    ca = position("CA", 1, objective=essay, red_line=essay)
    item = dataclasses.replace(item, positions=(ca,))
    content = dataclasses.replace(content, pillars=(dataclasses.replace(pillar, commitments=(item,)),))
    result, reader = build(content, make_request(changes_since=date(2020, 1, 1)), tmp_path / "book.pdf")
    assert result.pages > 10
    assert "point149:" in squash("".join(page_texts(reader)))
