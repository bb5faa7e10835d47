"""Positions compared and the progress dashboard, counted from a real store."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from pypdf import PdfReader

from nals_desktop.cli import main
from nals_desktop.domain.errors import NotFoundError
from nals_desktop.services import annotate
from nals_desktop.services.browse import list_pillars
from nals_desktop.services.compare import compare_positions
from nals_desktop.services.identity import Author
from nals_desktop.services.progress import summit_progress

ANNA = Author("Anna Lee", "CA", "dev-1")
BEN = Author("Ben Ortiz", "MX", "dev-2")


def _annotate(store) -> tuple[str, dict[str, str]]:
    summit, _pillars = list_pillars(store)
    ids = {ref: annotate.commitment_id_for(store, ref) for ref in ("B-1", "B-2", "B-3", "C-1")}
    annotate.set_position(
        store, ids["B-1"], "CA", {"stance": "support", "priority": "high", "red_line": "No offsets"}, ANNA
    )
    annotate.set_position(
        store, ids["B-1"], "US", {"stance": "support", "priority": "high", "red_line": "No offsets"}, ANNA
    )
    annotate.set_position(store, ids["B-1"], "MX", {"stance": "support", "priority": "high"}, BEN)
    annotate.set_position(store, ids["B-2"], "CA", {"stance": "support", "fallback": "A pilot"}, ANNA)
    annotate.set_position(store, ids["B-2"], "US", {"stance": "support", "fallback": "A pilot"}, ANNA)
    annotate.set_position(store, ids["B-2"], "MX", {"stance": "support", "fallback": "A pilot"}, BEN)
    annotate.set_position(store, ids["B-3"], "MX", {"stance": "oppose", "priority": "high"}, BEN)
    annotate.set_position(store, ids["C-1"], "CA", {"objective": "Talk first"}, ANNA)
    annotate.set_status(store, ids["B-2"], {"status": "ongoing", "reason": "Started"}, ANNA)
    return summit.id, ids


def test_compare_a_pillar_marks_the_fields_the_parties_differ_on(seeded_store) -> None:
    summit_id, _ids = _annotate(seeded_store)
    _summit, pillars = list_pillars(seeded_store)
    b = next(p for p in pillars if p.tab == "B")
    result = compare_positions(seeded_store, summit_id, pillar_ids=[b.id], own_party="MX")
    assert [p.code for p in result.parties] == ["MX", "CA", "US"]  # ours first, then the summit's order
    refs = [c.reference for c in result.commitments]
    assert refs == [f"B-{i}" for i in range(1, len(refs) + 1)] and len(refs) == b.commitment_count
    by_ref = {c.reference: c for c in result.commitments}
    # B-1: same stance and priority everywhere; MX has no red line where CA and US have one
    assert by_ref["B-1"].differs == {"red_line"}
    assert by_ref["B-1"].positions["CA"].value("red_line") == "No offsets"
    assert by_ref["B-2"].differs == frozenset()  # all three agree on every field
    assert by_ref["B-3"].differs == {"stance", "priority"}  # only MX recorded a position
    assert by_ref["B-4"].positions == {} and by_ref["B-4"].differs == frozenset()
    assert result.differing == 2


def test_compare_a_selection_keeps_the_summit_order(seeded_store) -> None:
    summit_id, ids = _annotate(seeded_store)
    result = compare_positions(seeded_store, summit_id, commitment_ids=[ids["C-1"], ids["B-3"]])
    assert [c.reference for c in result.commitments] == ["B-3", "C-1"]
    assert result.commitments[1].differs == {"objective"}
    with pytest.raises(NotFoundError):
        compare_positions(seeded_store, "no-such-summit")


def test_progress_counts_positions_stances_statuses_and_the_week(seeded_store) -> None:
    summit_id, _ids = _annotate(seeded_store)
    report = summit_progress(seeded_store, summit_id, "CA")
    assert report.commitments == 31
    assert report.own_party == "CA" and report.parties[0].code == "CA"
    assert report.with_own_position == 3  # B-1, B-2 and C-1 (an objective without a stance counts)
    assert report.stances["CA"] == {"support": 2, "": 29}
    assert report.stances["MX"] == {"support": 2, "oppose": 1, "": 28}
    assert sum(report.stances["US"].values()) == 31
    # B-3: MX rates it high and CA has no stance; B-1 is high but CA has one
    assert report.high_without_position == 1 and report.high_references == ("B-3",)
    assert report.statuses == {"ongoing": 1, "": 30}
    assert report.week_changes == 9
    assert [(a.author, a.changes, a.commitments) for a in report.week] == [
        ("Anna Lee", 6, 3),
        ("Ben Ortiz", 3, 3),
    ]
    assert report.recent[0].reference == "B-2" and report.recent[0].fields == ("status", "reason")
    later = summit_progress(seeded_store, summit_id, "CA", now=datetime.now(UTC) + timedelta(days=8))
    assert later.week == () and later.recent == ()


def test_progress_without_an_own_delegation(seeded_store) -> None:
    summit_id, _ids = _annotate(seeded_store)
    report = summit_progress(seeded_store, summit_id, None)
    assert report.own_party is None and report.with_own_position == 0
    assert report.high_without_position == 0  # every high priority has some party's stance
    assert summit_progress(seeded_store, summit_id, "ZZ").own_party is None  # not a party of the summit


def test_export_book_prints_the_overviews_asked_for(seeded_store, tmp_path, capsys) -> None:
    _annotate(seeded_store)
    out = tmp_path / "overview.pdf"
    args = ["export-book", str(out), "--pillar", "B", "--own-party", "CA", "--sections", "progress, compared"]
    assert main(args) == 0
    reader = PdfReader(out)
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert titles == ["Progress", "Positions compared"]
    text = re.sub(r"\s+", "", "".join(page.extract_text() for page in reader.pages))
    assert "Withourposition(Canada)2of" in text  # B-1 and B-2 of pillar B
    assert "Nooffsets" in text and "Apilot" in text
    default = tmp_path / "default.pdf"
    assert main(["export-book", str(default)]) == 0
    titles = [item.title for item in PdfReader(default).outline if not isinstance(item, list)]
    assert "Progress" not in titles and "Positions compared" not in titles and "Positions matrix" in titles
    assert main(["export-book", str(tmp_path / "x.pdf"), "--sections", "progres"]) == 2
    assert "Unknown book section: progres" in capsys.readouterr().err
