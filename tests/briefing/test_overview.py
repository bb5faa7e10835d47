"""The book's optional overview sections: Progress (first) and Positions compared, read back with pypdf."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from pypdf import PdfReader

from nals_desktop.briefing import DEFAULT_SECTIONS, SECTIONS, BookRequest, ChangeView, build_book
from nals_desktop.briefing.overview import DIFFERS
from nals_desktop.domain.model import Stance

from .bookdata import make_content, make_request
from .pdfcheck import font_problems, outline, page_texts, squash


def test_default_books_leave_the_overviews_out() -> None:
    assert DEFAULT_SECTIONS == frozenset(SECTIONS) - {"progress", "compared"}
    assert BookRequest(title="t").sections == DEFAULT_SECTIONS


def test_progress_is_the_first_section_after_cover_and_contents(tmp_path: Path) -> None:
    out = tmp_path / "book.pdf"
    week = ChangeView(datetime(2024, 6, 1, 9, 0, tzinfo=UTC), "Anna Lee", "B-2", "CA", ("stance",))
    content = make_content()
    content = replace(content, changes=(*content.changes, week))
    build_book(content, make_request(sections=frozenset(SECTIONS)), out)
    reader = PdfReader(out)
    titles = [entry.title for entry in outline(reader)]
    assert titles.index("Contents") + 1 == titles.index("Progress")
    assert titles.index("Progress") < titles.index("Positions matrix") < titles.index("Positions compared")
    texts = page_texts(reader)
    page = next(i for i, entry in enumerate(outline(reader)) if entry.title == "Progress")
    progress = squash(texts[outline(reader)[page].page - 1])
    # 9 commitments; CA has no position on every 4th (bookdata leaves it out): 7 of 9
    assert squash("With our position (Canada)") in progress and squash("7 of 9 (78 %)") in progress
    assert squash("Changes in the last 7 days") in progress and squash("1 by 1 person") in progress
    assert squash("STANCES BY PARTY") in progress and squash("IMPLEMENTATION STATUS") in progress  # labels
    assert squash("Contents") in squash(texts[1]) and squash("Progress") in squash(texts[1])
    assert font_problems(reader) == []


def test_progress_alone_is_page_one_and_says_who_changed_what(tmp_path: Path) -> None:
    out = tmp_path / "progress.pdf"
    week = ChangeView(datetime(2024, 6, 2, 9, 0, tzinfo=UTC), "Anna <b>Lee</b>", "C-1", "MX", ("stance",))
    content = replace(make_content(), changes=(week,))
    result = build_book(content, make_request(sections=frozenset({"progress"})), out)
    text = squash("".join(page_texts(PdfReader(out))))
    assert result.pages >= 1 and squash("Progress") in squash(page_texts(PdfReader(out))[0])
    assert squash("WHO CHANGED WHAT THIS WEEK") in text and squash("Anna <b>Lee</b>") in text  # escaped
    assert squash("High priority, without our stance") in text  # the figure, then the list's label
    assert squash("HIGH PRIORITY, WITHOUT OUR STANCE") in text


def test_positions_compared_sets_every_party_side_by_side_and_marks_differences(tmp_path: Path) -> None:
    out = tmp_path / "compared.pdf"
    content = make_content()
    # make A-2 a commitment on which everybody agrees: its fields carry no marker
    pillars = list(content.pillars)
    items = list(pillars[0].commitments)
    items[1] = replace(
        items[1],
        positions=tuple(replace(p, stance=Stance.SUPPORT, priority=None) for p in items[1].positions),
    )
    pillars[0] = replace(pillars[0], commitments=tuple(items))
    content = replace(content, pillars=tuple(pillars))
    build_book(content, make_request(sections=frozenset({"compared"})), out)
    reader = PdfReader(out)
    assert [e.title for e in outline(reader)] == ["Positions compared"]
    text = "".join(page_texts(reader))
    for label in (
        "Stance",
        "Priority",
        "Objective / desired outcome",
        "Key messages",
        "Red line",
        "Fallback",
    ):
        assert squash(label) in squash(text)
    assert squash("Canada") in squash(text) and squash("México") in squash(text)
    a2 = squash(text.split("A-2")[1].split("A-3")[0])
    a1 = squash(text.split("A-1")[1].split("A-2")[0])
    assert squash(f"{DIFFERS} Stance") in a1 and squash(f"{DIFFERS} Stance") not in a2
    assert squash(f"{DIFFERS} Objective") in a2  # the objectives name each party: they differ
    assert a2.count(squash("Support")) >= 3
