"""Briefing books from the store, through the service and the CLI, read back with pypdf."""

from __future__ import annotations

import getpass
import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from nals_desktop.briefing.content import BookRequest
from nals_desktop.cli import main
from nals_desktop.domain.errors import ExportError
from nals_desktop.services import annotate
from nals_desktop.services.books import BookScope, book_content, export_book, resolve_scope
from nals_desktop.services.browse import list_pillars
from nals_desktop.services.identity import Author, load_author
from nals_desktop.services.importing import ImportOptions, import_file

ME = Author("Claire Roy", "CA", "dev-1")

OCEANS = Path(__file__).parents[1] / "briefing" / "oceans.txt"  # a second summit, with parties CA and US


def import_oceans(store) -> str:
    return import_file(store, OCEANS, ImportOptions(parties=["CA", "US"])).summit_id


def _outline_titles(reader: PdfReader) -> list[str]:
    titles: list[str] = []

    def walk(items) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)

    walk(reader.outline)
    return titles


def test_scope_one_pillar_with_positions_and_changes(seeded_store, tmp_path: Path) -> None:
    cid = annotate.commitment_id_for(seeded_store, "D-3")
    annotate.set_position(
        seeded_store, cid, "CA", {"stance": "support", "objective": "Fund <b>Tapachula & co"}, ME
    )
    annotate.set_position(seeded_store, cid, "MX", {"stance": "oppose"}, ME)
    scope = resolve_scope(seeded_store, pillars=("D",), changes_since=date(2000, 1, 1))
    content = book_content(seeded_store, scope)
    assert [p.tab for p in content.pillars] == ["D"]
    assert len(content.pillars[0].commitments) == 6
    assert [c.reference for c in content.changes] == ["D-3", "D-3"]
    out = tmp_path / "migration.pdf"
    result = export_book(seeded_store, scope, BookRequest(title="Migration brief", own_party="CA"), out)
    reader = PdfReader(out)
    assert result.pages == len(reader.pages)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Fund <b>Tapachula & co" in text
    titles = _outline_titles(reader)
    assert sum(t.startswith("D-") for t in titles) == 6


def test_empty_scope_is_refused_and_no_file_written(seeded_store, tmp_path: Path) -> None:
    out = tmp_path / "none.pdf"
    with pytest.raises(ExportError, match="no commitments"):
        export_book(
            seeded_store, resolve_scope(seeded_store, query="stance:oppose"), BookRequest(title="x"), out
        )
    assert not out.exists()


def test_cli_export_book_whole_summit(
    seeded_store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "book.pdf"
    assert main(["export-book", str(out), "--title", "NALS 2023", "--classification", "PROTECTED B"]) == 0
    reader = PdfReader(out)
    titles = _outline_titles(reader)
    assert sum("-" in t and t.split()[0][0] in "ABCDEF" and t.split()[0][1] == "-" for t in titles) == 31
    assert all("PROTECTED B" in page.extract_text() for page in reader.pages)
    # An existing file is not replaced without --force.
    before = out.read_bytes()
    assert main(["export-book", str(out)]) == 1
    assert "exists" in capsys.readouterr().err
    assert out.read_bytes() == before


def test_changes_annex_names_fields_by_their_labels(seeded_store, tmp_path: Path) -> None:
    cid = annotate.commitment_id_for(seeded_store, "D-3")
    changes = {"red_line": "No new funding", "key_messages": "- We lead", "stance": "support"}
    annotate.set_position(seeded_store, cid, "CA", changes, ME)
    annotate.set_status(
        seeded_store, cid, {"status": "ongoing", "reason": "Launched", "as_of": "2024-02-01"}, ME
    )
    scope = resolve_scope(seeded_store, references=("D-3",), changes_since=date(2000, 1, 1))
    assert [c.fields for c in book_content(seeded_store, scope).changes] == [
        ("stance", "key_messages", "red_line"),  # the editor's order
        ("status", "as_of", "reason"),
    ]
    out = tmp_path / "annex.pdf"
    export_book(seeded_store, scope, BookRequest(title="Annex", sections=frozenset({"changes"})), out)
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    squashed = re.sub(r"\s+", "", text)  # the fields column wraps
    assert "Stance,Keymessages,Redline" in squashed
    assert "Status,Asof,Reason" in squashed
    for key in ("key_messages", "red_line", "as_of"):
        assert key not in text


def test_the_scope_is_ids_and_the_cli_words_resolve_to_them(seeded_store, tmp_path: Path) -> None:
    oceans = import_oceans(seeded_store)
    nals, nals_pillars = list_pillars(seeded_store, "1")
    _oceans, ocean_pillars = list_pillars(seeded_store, oceans)
    ids = {ref: annotate.commitment_id_for(seeded_store, ref, "1") for ref in ("B-1", "B-3")}

    scope = resolve_scope(seeded_store, "1", ["B"], ["b-3 ", "B-1"], parties=["ca"])
    assert scope == BookScope(
        summit_id=nals.id,
        pillar_ids=(next(p.id for p in nals_pillars if p.tab == "B"),),
        commitment_ids=(ids["B-1"], ids["B-3"]),
        parties=("CA",),
    )
    assert [c.reference for p in book_content(seeded_store, scope).pillars for c in p.commitments] == [
        "B-1",
        "B-3",
    ]
    # Both summits have a tab A: the pillar is the one named by its id, never by its letter.
    ocean_a = BookScope(summit_id=oceans, pillar_ids=(ocean_pillars[0].id,))
    content = book_content(seeded_store, ocean_a)
    assert content.summit_title == "Leaders' Statement on Ocean Cooperation"
    assert content.pillars[0].commitments[0].text.startswith("Ban single-use plastics")
    nals_a = next(p.id for p in nals_pillars if p.tab == "A")
    assert book_content(seeded_store, BookScope(summit_id=oceans, pillar_ids=(nals_a,))).pillars == ()
    # No --summit: the latest summit, as everywhere in the CLI; a reference it lacks is one clear error.
    assert resolve_scope(seeded_store).summit_id == oceans
    with pytest.raises(ExportError, match=r"No commitment B-3 in this summit\."):
        resolve_scope(seeded_store, references=["B-3"])


def _section(lines: list[str], start: str, end: str) -> list[str]:
    first = lines.index(start)
    return lines[first + 1 : lines.index(end, first)]


def test_every_position_field_is_printed_under_its_label(seeded_store, tmp_path: Path) -> None:
    """What a principal reads: each field of our position and of the others' under its own label."""
    cid = annotate.commitment_id_for(seeded_store, "B-1")
    ours = {
        "objective": "Cut methane from landfills by a third",
        "key_messages": "- Canada leads on methane\n- Landfill gas is a quick win",
        "responses": "If asked about cost: shared",
        "fallback": "Accept a 2035 horizon",
        "red_line": "No offsets counted towards the target",
        "background": "Canada's 2022 methane strategy",
    }
    theirs = {"objective": "Protect flaring at existing sites", "red_line": "No binding flaring limits"}
    annotate.set_position(seeded_store, cid, "CA", {"stance": "support", **ours}, ME)
    annotate.set_position(seeded_store, cid, "MX", {"stance": "oppose", **theirs}, ME)
    out = tmp_path / "b-1.pdf"
    request = BookRequest(title="Methane", own_party="CA", sections=frozenset({"pillars"}))
    export_book(seeded_store, resolve_scope(seeded_store, references=["B-1"]), request, out)
    page = next(p.extract_text() for p in PdfReader(out).pages if "Our position" in p.extract_text())
    lines = [line.strip() for line in page.splitlines()]
    labels = {
        "objective": "OBJECTIVE / DESIRED OUTCOME",
        "key_messages": "KEY MESSAGES",
        "responses": "RESPONSES IF RAISED",
        "fallback": "FALLBACK",
        "red_line": "RED LINE",
        "background": "BACKGROUND",
    }

    def printed(section: list[str], fields: dict[str, str]) -> dict[str, str]:
        found = {}
        for name, value in fields.items():
            at = section.index(labels[name]) if labels[name] in section else -1
            found[name] = "\n".join(section[at + 1 : at + 1 + len(value.splitlines())]) if at >= 0 else ""
        return found

    assert printed(_section(lines, "Our position — Canada", "Other parties' positions"), ours) == ours
    assert printed(_section(lines, "Mexico", "No position recorded for: United States"), theirs) == theirs


def test_without_a_profile_name_the_book_names_nobody(seeded_store, tmp_path: Path) -> None:
    """No profile name given: the book never credits the change to the login name (issue 16, item 10)."""
    login = getpass.getuser()
    author = load_author()  # "Later" in the profile dialog, or a CLI user without a profile
    cid = annotate.commitment_id_for(seeded_store, "D-3")
    annotate.set_position(
        seeded_store, cid, "CA", {"stance": "support", "red_line": "No new funding"}, author
    )
    out = tmp_path / "unnamed.pdf"
    request = BookRequest(title="Unnamed", own_party="CA", sections=frozenset({"pillars", "changes"}))
    scope = resolve_scope(seeded_store, references=["D-3"], changes_since=date(2000, 1, 1))
    export_book(seeded_store, scope, request, out)
    lines = [line.strip() for page in PdfReader(out).pages for line in page.extract_text().splitlines()]
    assert not [line for line in lines if login in line.split()], login
    assert sum(line.startswith("Last changed on ") for line in lines) == 2  # the position and the commitment
    annex = lines[lines.index("Fields") + 1 :]
    assert annex[1:5] == ["—", "D-3", "Canada", "Stance, Red line"], annex  # "—": changed by nobody named


def test_changes_since_unticked_lists_every_change(seeded_store, tmp_path: Path) -> None:
    """Issue 11, item 3: no date means all changes, never "No changes were recorded" after nine saves."""
    for n, ref in enumerate(("A-1", "A-2", "A-3", "B-1", "B-2", "B-3", "C-1", "C-2", "D-3")):
        cid = annotate.commitment_id_for(seeded_store, ref)
        annotate.set_position(seeded_store, cid, "CA", {"objective": f"Objective {n}"}, ME)
    scope = resolve_scope(seeded_store)  # "Changes since" unticked
    assert len(book_content(seeded_store, scope).changes) == 9
    out = tmp_path / "all-changes.pdf"
    export_book(seeded_store, scope, BookRequest(title="All", sections=frozenset({"changes"})), out)
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "No changes" not in text
    assert sorted(re.findall(r"^[A-D]-\d$", text, re.MULTILINE)) == [
        "A-1", "A-2", "A-3", "B-1", "B-2", "B-3", "C-1", "C-2", "D-3"
    ]  # fmt: skip
    # Where nothing was ever changed, the annex says so, without naming a period.
    only_f = resolve_scope(seeded_store, pillars=["F"])
    export_book(seeded_store, only_f, BookRequest(title="F", sections=frozenset({"changes"})), out)
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "No changes have been recorded." in text and "in this period" not in text


def test_a_book_that_leaves_out_a_party_with_positions_says_so(seeded_store, tmp_path: Path) -> None:
    """Issue 11, item 1: Mexico's "Oppose" on B-3 is not printed: the cover says so, the annex has no MX."""
    cid = annotate.commitment_id_for(seeded_store, "B-3")
    annotate.set_position(seeded_store, cid, "MX", {"stance": "oppose"}, ME)
    annotate.set_position(seeded_store, cid, "CA", {"stance": "support"}, ME)
    scope = resolve_scope(seeded_store, pillars=["B"], parties=["CA", "US"], changes_since=date(2000, 1, 1))
    content = book_content(seeded_store, scope)
    assert [(p.code, p.name) for p in content.left_out] == [("MX", "Mexico")]
    assert [c.party_code for c in content.changes] == ["CA"]  # the annex follows the printed parties
    assert book_content(seeded_store, resolve_scope(seeded_store, pillars=["B"])).left_out == ()
    assert (
        book_content(seeded_store, resolve_scope(seeded_store, pillars=["A"], parties=["CA"])).left_out == ()
    )

    for sections in ({"cover", "pillars"}, {"pillars"}):  # without a cover, the first page says it
        out = tmp_path / f"{len(sections)}.pdf"
        request = BookRequest(title="B", own_party="CA", parties=("CA", "US"), sections=frozenset(sections))
        export_book(seeded_store, scope, request, out)
        first = PdfReader(out).pages[0].extract_text()
        assert "Mexico (positions recorded, not printed in this book)" in " ".join(first.split())


def test_a_commitment_split_across_pages_says_so_on_each_continued_page(seeded_store, tmp_path: Path) -> None:
    """Issue 11, item 7: a red line at the top of a page is never without its commitment's reference."""
    cid = annotate.commitment_id_for(seeded_store, "B-3")
    messages = "\n".join(f"- Message {n}: the chargers follow one standard on both sides." for n in range(90))
    annotate.set_position(
        seeded_store, cid, "CA", {"key_messages": messages, "red_line": "No second standard"}, ME
    )
    out = tmp_path / "long.pdf"
    request = BookRequest(title="Long", own_party="CA", sections=frozenset({"pillars"}))
    export_book(seeded_store, resolve_scope(seeded_store, pillars=["B"]), request, out)
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(out).pages]
    headings = {
        "B-3": "B-3 Establishing a plan",
        "B-4": "B-4 Furthering trilateral",
    }  # the tab lists them too
    starts = {
        ref: next(i for i, t in enumerate(pages) if i and heading in t) for ref, heading in headings.items()
    }
    assert starts["B-4"] - starts["B-3"] >= 2, "B-3 should run over at least two pages"
    continued = [i for i, text in enumerate(pages) if "(continued)" in text]
    assert continued == list(range(starts["B-3"] + 1, starts["B-4"] + 1)), continued
    assert all("B-3 (continued)" in pages[i] for i in continued)
    red_line = next(i for i, text in enumerate(pages) if "No second standard" in text)
    assert "B-3 (continued)" in pages[red_line]
    assert "Our position" in pages[starts["B-3"]]  # the heading is kept with its first blocks
