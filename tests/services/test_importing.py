"""Importing through the service: first start, metadata, all-or-nothing, no duplicates."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from nals_desktop.domain.errors import DocumentError, StoreError
from nals_desktop.domain.model import ParsedCommitment, ParsedPillar, ParsedSummit
from nals_desktop.importers import SourceText, parse_file
from nals_desktop.services.browse import list_commitments, list_pillars, list_summits, show_commitment
from nals_desktop.services.importing import (
    ImportOptions,
    detect_parties,
    import_file,
    import_seed,
    store_summit,
)
from nals_desktop.store.models import Commitment, Summit

CURATED = [
    "Competitiveness",
    "Climate and clean energy",
    "Diversity, equity and inclusion",
    "Migration",
    "Health",
    "Regional security",
]


def test_first_start_seeds_nals_2023_with_its_metadata(seeded_store) -> None:
    [summit] = list_summits(seeded_store)
    assert summit.title == "FACT SHEET: Key Deliverables for the 2023 North American Leaders’ Summit"
    assert summit.date.isoformat() == "2023-01-10"
    assert summit.location == "Mexico City"
    assert [p.code for p in summit.parties] == ["CA", "MX", "US"]
    assert (summit.pillar_count, summit.commitment_count) == (6, 31)
    _, pillars = list_pillars(seeded_store)
    assert [p.short_title for p in pillars] == CURATED
    assert [p.tab for p in pillars] == list("ABCDEF")
    assert [p.commitment_count for p in pillars] == [6, 6, 5, 6, 1, 7]
    assert seeded_store.path.parent == Path(__import__("os").environ["NALS_HOME"])


def test_references_and_exact_text(seeded_store) -> None:
    _, rows = list_commitments(seeded_store, pillar="B")
    assert rows[0].reference == "B-1"
    assert rows[0].text == (
        "Reducing methane emissions in the waste sector by at least 15% from 2020 levels by 2030, and "
        "continuing to reduce methane and black carbon emissions in North America."
    )
    detail = show_commitment(seeded_store, "e-1")
    assert detail.pillar.short_title == "Health"
    assert detail.sources[0].file_name == "nals-2023-key-deliverables.txt"


def test_the_same_document_twice_is_not_duplicated(seeded_store) -> None:
    summary = import_seed(seeded_store)
    assert summary.created is False
    assert len(list_summits(seeded_store)) == 1


def test_another_summit_lives_beside_the_seed(seeded_store, tmp_path: Path) -> None:
    doc = tmp_path / "g7.md"
    doc.write_text(
        "# G7 Leaders' Communiqué\n\n## Énergie\n\nThe leaders committed to:\n\n- Build énergie propre.\n"
        "- Share grids.\n",
        encoding="utf-8",
    )
    summary = import_file(seeded_store, doc, ImportOptions(parties=["CA", "FR"]))
    assert (summary.created, summary.pillars, summary.commitments) == (True, 1, 2)
    assert len(list_summits(seeded_store)) == 2
    assert show_commitment(seeded_store, "A-1", summit="G7").text == "Build énergie propre."


def test_an_import_that_fails_half_way_writes_nothing(seeded_store) -> None:
    parsed = ParsedSummit(
        title="Broken",
        pillars=[
            ParsedPillar("One", "Intro", "One", [ParsedCommitment("fine")]),
            ParsedPillar("Two", "Intro", "Two", [ParsedCommitment(None)]),  # type: ignore[arg-type]
        ],
    )
    with pytest.raises(StoreError):
        store_summit(seeded_store, SourceText("broken text", "txt", "broken.txt"), parsed)
    with seeded_store.unit_of_work() as s:
        assert s.scalar(select(func.count()).select_from(Summit)) == 1
        assert s.scalar(select(func.count()).select_from(Commitment)) == 31


def test_a_document_without_lists_is_refused_and_nothing_is_written(seeded_store, tmp_path: Path) -> None:
    doc = tmp_path / "prose.txt"
    doc.write_text("Just a paragraph.\n\nAnd another one, with no list at all.\n", encoding="utf-8")
    with pytest.raises(DocumentError):
        import_file(seeded_store, doc)
    assert len(list_summits(seeded_store)) == 1


def test_the_same_fact_sheet_gets_the_same_ids_on_every_laptop(seeded_store, tmp_path: Path) -> None:
    from nals_desktop.store.engine import open_store

    other = open_store(tmp_path / "laptop2.sqlite")
    import_seed(other)
    ids = [[r.id for r in list_commitments(s)[1]] for s in (seeded_store, other)]
    assert ids[0] == ids[1] and len(set(ids[0])) == 31
    assert list_summits(seeded_store)[0].id == list_summits(other)[0].id


ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "importers" / "documents" / "corpus"
DOCUMENTS = ROOT / "tests" / "importers" / "documents"


@pytest.mark.parametrize(
    ("document", "parties"),
    [
        (
            ROOT / "resources" / "seed" / "nals-2023-key-deliverables.txt",
            ["MX", "US", "CA"],
        ),  # names only MX and the US, most often Mexico; the NALS's third member last
        (
            CORPUS / "wh_quad_summit_2021_fact_sheet.md",
            ["US", "JP", "IN", "AU"],
        ),  # "Quad leaders", by mentions
        (
            DOCUMENTS / "gob_mx_declaracion_conjunta.html",
            ["MX", "CA"],
        ),  # "México y Canadá"; "los Estados Unidos Mexicanos" is Mexico, not the United States
        (DOCUMENTS / "pm_declaration_commune_fr.html", ["CA", "MX"]),  # le premier ministre Trudeau…
        (DOCUMENTS / "wh_2025_fact_sheet.html", ["US", "CA", "MX"]),  # President Donald J. Trump… Canada
    ],
    ids=lambda value: value.name if isinstance(value, Path) else None,
)
def test_parties_found_by_name_language_or_summit(document: Path, parties: list[str]) -> None:
    assert parse_file(document).parties == parties


def test_party_names_are_whole_words() -> None:
    parsed = ParsedSummit("Independence Day in Indiana", [], preamble="The U.S. and Japanese firms.")
    assert detect_parties(parsed) == ["US"]  # neither "Inde" nor "India", nor "Japan" in "Japanese"
