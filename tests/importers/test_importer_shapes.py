"""Shapes of real fact sheets and joint statements that used to lose their structure, each in a test document;
paragraph mode, the date and place, and the warnings a person sees before importing."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from nals_desktop.cli import main
from nals_desktop.domain.errors import DocumentError
from nals_desktop.domain.model import ParsedSummit
from nals_desktop.importers import parse_file, read_source, read_text
from nals_desktop.importers.metadata import find_date, find_location, find_summit_name
from nals_desktop.importers.review import warnings
from nals_desktop.services.importing import detect_parties

from .outline import texts, walk

DOCUMENTS = Path(__file__).resolve().parent / "documents"
CORPUS = DOCUMENTS / "corpus"
PINNED: dict[str, dict[str, object]] = json.loads((DOCUMENTS / "counts.json").read_text("utf-8"))


def reading(name: str, paragraphs: bool = False):
    source = read_source(DOCUMENTS / name)
    return read_text(source.text, source.fmt, source.name, paragraphs=paragraphs)


# ------------------------------------------------------------------------------------------- every document


@pytest.mark.parametrize("name", sorted(PINNED))
def test_every_document_gives_the_structure_counted_by_hand(name: str) -> None:
    expected = PINNED[name]
    if expected.get("refused"):
        with pytest.raises(DocumentError):
            parse_file(DOCUMENTS / name)
        return
    summit = parse_file(DOCUMENTS / name, paragraphs=bool(expected.get("paragraphs")))
    assert [len(p.commitments) for p in summit.pillars] == expected["pillars"]
    assert sum(1 for p in summit.pillars for _c in walk(p.commitments)) == expected["all"]


# ---------------------------------------------------------------------------------------------- markup shapes


def test_bold_markers_with_inner_padding_still_make_headings_and_leads() -> None:
    summit = reading("padded_bold_fact_sheet.md").summit
    # "**TRADE AND INVESTMENT **", "**STRENGTHENING THE ALLIANCE: **The leaders…", a line of no-break spaces
    # before "**CLEAN ENERGY**", and "**" + line break + "II. BUILD CAPACITY**".
    assert [p.title for p in summit.pillars] == [
        "TRADE AND INVESTMENT",
        "STRENGTHENING THE ALLIANCE",
        "CLEAN ENERGY",
        "II. BUILD CAPACITY",
    ]
    assert summit.pillars[1].intro == "The leaders reaffirmed their alliance and committed to:"


def test_underlined_headings_above_their_intros_are_pillars() -> None:
    summit = reading("underlined_headings.html").summit
    assert [(p.title, p.intro) for p in summit.pillars] == [
        ("TRADE FACILITATION", "The two governments will:"),
        ("Public Safety", "They will also:"),
    ]
    assert summit.location == "Washington, D.C." and summit.date == date(2024, 3, 4)


def test_a_heading_inside_a_list_item_heads_what_follows() -> None:
    summit = reading("heading_inside_item.md").summit
    assert [p.title for p in summit.pillars] == ["HEALTH SECURITY", "SUPPLY CHAINS"]
    assert summit.pillars[0].commitments[-1].text == "Train 1,000 public-health workers."
    real = parse_file(CORPUS / "wh_2024_summit_for_democracy_fact_sheet.md")
    assert real.pillars[-1].title == "Defending Free and Fair Elections"
    assert not real.pillars[-2].commitments[-1].text.endswith("Defending Free and Fair Elections")


def test_leftover_emphasis_around_punctuation_is_dropped() -> None:
    first = reading("padded_bold_fact_sheet.md").summit.pillars[0]
    assert first.commitments[0].text == "Launching a joint supply-chain dialogue."


def test_flat_items_after_an_item_ending_in_a_colon_nest_under_it() -> None:
    alliance = reading("padded_bold_fact_sheet.md").summit.pillars[1]
    assert texts(alliance.commitments) == [
        "Hold joint exercises every year.",
        "Share early-warning data.",
        "Give particular emphasis to:",
        ["maritime patrols;", "cyber defence."],
    ]


def test_text_that_is_no_title_intro_or_item_is_listed_as_left_out() -> None:
    found = reading("padded_bold_fact_sheet.md")
    assert found.left_out == ["The leaders also reviewed the energy file."]
    left = [w for w in warnings(found) if w.kind == "left_out"]
    assert [w.text for w in left] == ["The leaders also reviewed the energy file."]


def test_all_caps_pillars_keep_their_title_case_sub_headings_inside() -> None:
    summit = reading("two_level_headings.md").summit
    assert [p.title for p in summit.pillars] == ["ECONOMIC SECURITY", "CLIMATE AND ENERGY"]
    assert [len(p.commitments) for p in summit.pillars] == [3, 4]
    # The sub-headings are the groups of the commitments under them, not intro text.
    assert [p.intro for p in summit.pillars] == ["", ""]
    assert [[c.group for c in p.commitments] for p in summit.pillars] == [
        ["Supply Chains", "Supply Chains", "Investment Screening"],
        ["Methane", "Methane", "Methane", "Clean Power"],
    ]
    assert reading("two_level_headings.md").left_out == []


def test_a_paragraph_that_lost_its_bullet_in_a_run_is_an_item() -> None:
    climate = reading("two_level_headings.md").summit.pillars[1]
    assert [c.text.split()[:2] for c in climate.commitments] == [
        ["Cut", "methane"],
        ["The", "two"],
        ["Phase", "down"],
        ["Build", "a"],
    ]


def test_numbered_paragraphs_are_commitments_and_the_summit_named_gives_title_date_and_place() -> None:
    found = reading("numbered_joint_statement.md")
    summit = found.summit
    assert [c.text[:5] for c in summit.pillars[0].commitments] == ["1. We", "2. We", "3. We", "4. We"]
    assert summit.title == "2023 North American Leaders' Summit in Mexico City"
    assert summit.date == date(2023, 1, 10)
    assert summit.location == "Mexico City"
    assert found.guessed == {"title", "date", "location"}
    kinds = [w.kind for w in warnings(found)]
    assert kinds == ["title_guessed", "date_guessed", "location_guessed", "pillar_title_guessed"]


# ------------------------------------------------------------------------------------------- real documents


def test_real_numbered_joint_statement_gives_its_29_paragraphs() -> None:
    summit = parse_file(CORPUS / "wh_2023_india_us_joint_statement.md")
    items = summit.pillars[0].commitments
    assert len(items) == 29
    assert items[0].text.startswith("1. Prime Minister Narendra Modi welcomed United States President")
    assert items[28].text.startswith("29. ")


def test_real_all_caps_headings_split_by_a_line_break_inside_bold() -> None:
    summit = parse_file(CORPUS / "wh_2023_us_indonesia_fact_sheet.md")
    assert [p.title for p in summit.pillars] == [
        "FURTHERING OUR ECONOMIC PARTNERSHIP ON SHARED PROSPERITY",
        "LEADING ACTION TO COMBAT THE CLIMATE CRISIS",
        "ADVANCING REGIONAL STABILITY THROUGH DEEPENED SECURITY COOPERATION",
        "INVESTING IN A NEW ERA OF ENDURING PEOPLE-TO-PEOPLE TIES",
    ]
    assert summit.date == date(2023, 11, 13)


def test_real_heading_after_a_no_break_space_line_is_a_pillar_title() -> None:
    summit = parse_file(CORPUS / "wh_2024_us_india_joint_fact_sheet.md")
    assert summit.pillars[0].title == "Charting a Technology Partnership for the Future"
    assert summit.preamble.startswith("Today, United States President Joseph R. Biden")


def test_real_numbered_headings_the_first_made_a_one_item_list() -> None:
    summit = parse_file(CORPUS / "wh_2025_us_switzerland_joint_statement.md")
    assert [p.title for p in summit.pillars] == [
        "Investment, Commercial Considerations, and Opportunities",
        "2. Tariffs",
        "3. Non-Tariff Barriers and Related Matters",
        "4. Digital Trade and Technology",
        "5. Economic Security",
    ]


def test_front_matter_title_has_its_yaml_escapes_decoded() -> None:
    summit = parse_file(CORPUS / "wh_2022_us_eu_joint_statement.md")
    # YAML's "\\_" is a no-break space, which the title keeps as a plain space.
    assert summit.title == "Joint Statement by President Biden and President von der Leyen"
    assert summit.date == date(2022, 3, 24)


def test_the_annex_of_a_statement_is_not_dropped_silently() -> None:
    found = reading("corpus/wh_2022_us_eu_joint_statement.md")
    assert "Imposing Additional Costs on Russia" in found.left_out
    assert "Securing Global Food Supplies" in found.left_out


def test_flat_deals_after_a_colon_item_nest_in_a_real_statement() -> None:
    summit = parse_file(CORPUS / "wh_2025_us_malaysia_joint_statement.md")
    last = summit.pillars[0].commitments[-1]
    assert last.text.endswith(":")
    assert [c.text.split()[0] for c in last.children] == [
        "Procurement",
        "Purchase",
        "Purchase",
        "Purchase",
        "Capital",
    ]


# ------------------------------------------------------------------------------------------- paragraph mode


def test_a_prose_statement_is_refused_with_paragraph_mode_suggested() -> None:
    with pytest.raises(DocumentError, match=r"no list of commitments found; .*--paragraphs"):
        parse_file(CORPUS / "wh_2023_quad_cyber_joint_statement.md")


def test_paragraph_mode_makes_each_substantive_paragraph_a_commitment() -> None:
    summit = parse_file(CORPUS / "wh_2023_quad_cyber_joint_statement.md", paragraphs=True)
    assert len(summit.pillars) == 1
    assert [c.text[:22] for c in summit.pillars[0].commitments] == [
        "We the Quad partners o",
        "Internet-users worldwi",
        "The Challenge provides",
    ]


def test_paragraph_mode_keeps_headings_as_pillars_and_the_opening_as_preamble() -> None:
    summit = parse_file(DOCUMENTS / "pm_declaration_prose_only.html", paragraphs=True)
    assert [p.title for p in summit.pillars] == [
        "Diversity, equity and inclusion",
        "Climate change and the environment",
        "Competitiveness",
    ]
    assert summit.preamble.startswith("Today, the Prime Minister, the President of Mexico")


def test_cli_paragraph_mode_and_warnings_in_the_dry_run_json(capsys: pytest.CaptureFixture[str]) -> None:
    source = str(CORPUS / "wh_2023_quad_cyber_joint_statement.md")
    assert main(["import", source, "--dry-run", "--json"]) != 0
    assert "--paragraphs" in capsys.readouterr().err
    assert main(["import", source, "--dry-run", "--json", "--paragraphs"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [len(p["commitments"]) for p in data["pillars"]] == [3]
    assert data["date"] == "2023-02-07"
    assert data["warnings"] == [
        {
            "kind": "pillar_title_guessed",
            "pillar": "A",
            "message": "Pillar A has no heading; its title was taken from its text.",
            "text": "",
        }
    ]


# ---------------------------------------------------------------------------------------------- metadata


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("WASHINGTON — On February 23, 2021, the leaders met.", date(2021, 2, 23)),
        ("Ottawa (Ontario), le 10 janvier 2023 — Le premier ministre", date(2023, 1, 10)),
        ("Ciudad de México, 10 de enero de 2023. Hoy los líderes", date(2023, 1, 10)),
        ("Signed on 1er mars 2024 in Paris", date(2024, 3, 1)),
        ("On 31 February 2024 nothing happened", None),
    ],
)
def test_dates_in_english_french_and_spanish(text: str, when: date | None) -> None:
    assert find_date([text]) == when


@pytest.mark.parametrize(
    ("text", "place", "guessed"),
    [
        ("MEXICO CITY, January 10, 2023 – Today the leaders", "Mexico City", False),
        ("WASHINGTON, D.C. — Today the leaders", "Washington, D.C.", False),
        ("Ciudad de México, 10 de enero de 2023. Hoy", "Ciudad de México", False),
        ("Leaders met at the G7 Summit in Hiroshima to discuss.", "Hiroshima", True),
        ("The Quad Leaders' Summit at Camp David was held", "Camp David", True),
        ("ANNEX – TRANSATLANTIC COOPERATION", "", False),
        ("Today, President Biden met", "", False),
    ],
)
def test_places_from_datelines_and_summit_names(text: str, place: str, guessed: bool) -> None:
    assert find_location([text]) == (place, guessed)


def test_a_trilateral_written_with_abbreviations_gives_its_three_parties() -> None:
    parsed = ParsedSummit("FACT SHEET: Trilateral Australia-UK-US Partnership on Submarines", [])
    assert detect_parties(parsed) == ["US", "AU", "GB"]
    assert detect_parties(ParsedSummit("Let us meet", [], preamble="They told us so.")) == []


def test_a_summit_name_needs_its_year_or_place_to_be_a_title() -> None:
    assert find_summit_name(["Allies met at the 2024 NATO Summit in Washington."]) == (
        "2024 NATO Summit in Washington"
    )
    assert find_summit_name(["the G7 Summit in Apulia."]) == "G7 Summit in Apulia"
    assert find_summit_name(["at the North American Leaders' Summit, the leaders"]) == ""
