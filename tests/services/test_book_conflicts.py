"""A book built while conflicts are open says so on its cover and on each affected commitment."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader

from nals_desktop.briefing.content import SECTIONS, BookRequest
from nals_desktop.services import annotate, bundles, revisions
from nals_desktop.services.books import book_content, export_book, resolve_scope
from nals_desktop.store.engine import Store

from .test_revisions import ANNA, BEN, cid, laptops

__all__ = ["laptops"]


def make_conflicts(a: Store, b: Store, tmp_path: Path) -> None:
    """A-1's CA stance and the status of B-2 changed differently on both laptops; B-3's red line too,
    with markup-looking text (user text is data)."""
    annotate.set_position(a, cid(a, "A-1"), "CA", {"stance": "support"}, ANNA)
    annotate.set_status(a, cid(a, "B-2"), {"status": "ongoing", "reason": "Funded"}, ANNA)
    annotate.set_position(a, cid(a, "B-3"), "MX", {"red_line": "No <b>offsets</b>"}, ANNA)
    bundles.import_bundle(b, bundles.export_bundle(a, tmp_path / "1.nalsx", ANNA).path)
    annotate.set_position(a, cid(a, "A-1"), "CA", {"stance": "oppose"}, ANNA)
    annotate.set_position(b, cid(b, "A-1"), "CA", {"stance": "neutral"}, BEN)
    annotate.set_status(a, cid(a, "B-2"), {"status": "completed-fully-met", "reason": "Done"}, ANNA)
    annotate.set_status(b, cid(b, "B-2"), {"status": "underway-facing-challenges", "reason": "Cut"}, BEN)
    annotate.set_position(a, cid(a, "B-3"), "MX", {"red_line": "No offsets & no <i>delay</i>"}, ANNA)
    annotate.set_position(b, cid(b, "B-3"), "MX", {"red_line": "Offsets capped"}, BEN)
    bundles.import_bundle(b, bundles.export_bundle(a, tmp_path / "2.nalsx", ANNA).path)
    assert {(c.reference, c.field) for c in revisions.open_conflicts(b)} == {
        ("A-1", "stance"),
        ("B-2", "status"),
        ("B-2", "reason"),
        ("B-3", "red_line"),
    }


def text_of(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def test_the_cover_and_each_affected_commitment_say_so(laptops, tmp_path: Path) -> None:
    a, b = laptops
    make_conflicts(a, b, tmp_path)
    scope = resolve_scope(b)
    content = book_content(b, scope)
    assert content.conflicted_count == 3
    a1 = content.pillars[0].commitments[0]
    ((conflict,),) = [a1.conflicts]
    assert (conflict.party_code, conflict.field) == ("CA", "stance")
    assert {conflict.shown, conflict.other} == {"Neutral", "Oppose"}

    out = tmp_path / "book.pdf"
    export_book(b, scope, BookRequest(title="Brief", own_party="CA"), out)
    pages = text_of(out)
    assert "Open conflicts 3 commitments hold a field with two values no one has settled yet" in pages[0]
    book = " ".join(pages)
    assert book.count("OPEN CONFLICT — NOT YET SETTLED") == 3  # one note per affected commitment
    notes = [i for i, p in enumerate(pages) if "OPEN CONFLICT — NOT YET SETTLED" in p]
    shown = re.search(r"Canada · Stance: “(\w+)” \((\w+)\), printed here; also “(\w+)” \((\w+)\)", book)
    assert shown is not None and {shown.group(1), shown.group(3)} == {"Neutral", "Oppose"}
    assert {shown.group(2), shown.group(4)} == {"Anna", "Ben"}
    assert re.search(r"Status: “(Completed – fully met|Underway – facing challenges)”", book)
    assert "No offsets & no <i>delay</i>" in book or "Offsets capped" in book  # printed as written
    # Each note sits on the page of its commitment: A-1's comes before B-1 is printed.
    first_note = notes[0]
    assert "A-1" in pages[first_note] and "Stance" in pages[first_note]


def test_a_settled_or_unchosen_conflict_is_not_mentioned(laptops, tmp_path: Path) -> None:
    a, b = laptops
    make_conflicts(a, b, tmp_path)
    revisions.resolve(b, cid(b, "A-1"), "CA", "stance", BEN, choice="ours")
    # Only Canada's positions: Mexico's conflict on B-3 is not in this book; the status one is.
    scope = resolve_scope(b, parties=("CA",))
    content = book_content(b, scope)
    assert content.conflicted_count == 1
    out = tmp_path / "book.pdf"
    export_book(b, scope, BookRequest(title="Brief", own_party="CA", parties=("CA",)), out)
    book = " ".join(text_of(out))
    assert "1 commitment holds a field with two values" in book
    assert book.count("OPEN CONFLICT — NOT YET SETTLED") == 1 and "Canada · Stance" not in book


def test_without_a_cover_the_first_page_says_so(laptops, tmp_path: Path) -> None:
    a, b = laptops
    make_conflicts(a, b, tmp_path)
    out = tmp_path / "book.pdf"
    sections = frozenset(SECTIONS) - {"cover", "contents", "matrix"}
    export_book(b, resolve_scope(b), BookRequest(title="Brief", sections=sections), out)
    assert "3 commitments hold a field with two values" in text_of(out)[0]
