"""The seed and the real White House fact sheets give the structure they really have (counted by hand)."""

from __future__ import annotations

from pathlib import Path

import pytest

from nals_desktop.domain.model import ParsedCommitment, ParsedSummit
from nals_desktop.importers import parse_file, parse_text

from .outline import walk

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "resources" / "seed" / "nals-2023-key-deliverables.txt"
CORPUS = ROOT / "tests" / "importers" / "documents" / "corpus"


def all_commitments(summit: ParsedSummit) -> list[ParsedCommitment]:
    return [c for pillar in summit.pillars for c in walk(pillar.commitments)]


@pytest.fixture(scope="module")
def seed() -> ParsedSummit:
    return parse_file(SEED)


@pytest.fixture(scope="module")
def nals2023() -> ParsedSummit:
    return parse_file(CORPUS / "wh_nals2023_key_deliverables.md")


@pytest.fixture(scope="module")
def nals2021() -> ParsedSummit:
    return parse_file(CORPUS / "wh_nals2021_key_deliverables.md")


@pytest.fixture(scope="module")
def quad() -> ParsedSummit:
    return parse_file(CORPUS / "wh_quad_summit_2021_fact_sheet.md")


def counts(summit: ParsedSummit) -> list[int]:
    return [len(p.commitments) for p in summit.pillars]


# ---------------------------------------------------------------------------------------------- seed


def test_seed_title_and_counts(seed: ParsedSummit) -> None:
    assert seed.title == "FACT SHEET: Key Deliverables for the 2023 North American Leaders’ Summit"
    assert counts(seed) == [6, 6, 5, 6, 1, 7]
    assert seed.commitment_count == 31
    assert all(not c.children for c in all_commitments(seed))


def test_seed_preamble_is_the_paragraph_before_the_first_intro(seed: ParsedSummit) -> None:
    assert seed.preamble.startswith("Today the Prime Minister, Justin Trudeau, met with President Andrés")
    assert seed.preamble.endswith("across a broad range of topics that are important to North America.")
    assert "\n" not in seed.preamble


def test_seed_intros_are_the_full_intro_paragraphs(seed: ParsedSummit) -> None:
    first, second, *_, last = seed.pillars
    assert first.intro == (
        "Prime Minister Trudeau emphasized North American competitiveness in the context of building a "
        "sustainable, inclusive economy that will drive innovation and growth. The three countries will "
        "deepen economic cooperation, promote investment and reinforce competitiveness, innovation and "
        "resilience by:"
    )
    assert first.title == (
        "Prime Minister Trudeau emphasized North American competitiveness in the context of building a "
        "sustainable, inclusive economy that will drive innovation and growth."
    )
    assert second.intro == (
        "Recognizing the increasing urgency to address climate change, the three leaders committed to take "
        "rapid, coordinated, and ambitious measures to build clean energy economies and combat the climate "
        "crisis by:"
    )
    assert last.intro.startswith("To foster a stable and secure business environment")


def test_seed_commitment_text_and_spans(seed: ParsedSummit) -> None:
    first = seed.pillars[0].commitments[0]
    assert first.text.startswith("Organizing the first-ever trilateral semiconductor forum with industry")
    assert first.span == (12, 12)
    lgbtqi = seed.pillars[2].commitments[3]
    assert lgbtqi.text == (
        "Continuing to combat violence against LGBTQI+ individuals, by working together to expand membership "
        "within the Americas to the Equal Rights Coalition and the UN LGBTQI+ Core Group."
    )  # the source line ends in a no-break space
    health = seed.pillars[4].commitments
    assert [c.text for c in health] == [
        "Revising the North American Plan for Animal and Pandemic Influenza (NAPAPI), to strengthen North "
        "America's coordination to respond to health security threats under a revised flexible and "
        "cross-sectoral NAPAPI framework."
    ]
    last = seed.pillars[5].commitments[-1]
    assert last.text == (
        "Collaborating on emergency management through trilateral training and exercises related to "
        "evacuation of vulnerable populations and by promoting gender equity in emergency management."
    )
    assert last.span == (57, 57)


def test_seed_pasted_into_markdown_or_html_gives_the_same_summit(seed: ParsedSummit) -> None:
    text = SEED.read_text(encoding="utf-8")
    assert parse_text(text, "md", SEED.name).to_json() == seed.to_json()
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    html = "".join(
        "<ul>" + "".join(f"<li>{line.strip(' •')}</li>" for line in p.splitlines()) + "</ul>"
        if p.lstrip().startswith("•")
        else f"<p>{p}</p>"
        for p in paragraphs
    )
    assert parse_text(html, "html", SEED.name).to_json() == seed.to_json()


def test_seed_residue_is_dropped(seed: ParsedSummit) -> None:
    text = "\n".join(
        [seed.preamble, *(p.intro for p in seed.pillars), *(c.text for c in all_commitments(seed))]
    )
    for residue in ("Main Container", "Main Content", "Related Product"):
        assert residue not in text


def test_seed_short_titles(seed: ParsedSummit) -> None:
    assert [p.short_title for p in seed.pillars] == [
        "Competitiveness, innovation and resilience",
        "Climate crisis",
        "Racial equity, diversity and inclusion",
        "Safe, orderly, and regular migration",
        "Future health crises",
        "Shared threats",
    ]


# ------------------------------------------------------------------------------------------ NALS 2023 (US)


def test_nals2023_bold_intros_are_intros_not_headings(nals2023: ParsedSummit) -> None:
    assert counts(nals2023) == [5, 6, 6, 5, 1, 5]
    assert nals2023.commitment_count == 28
    first = nals2023.pillars[0]
    assert first.title == (
        "President Biden has used NALS to drive North America’s economic competitiveness and promote "
        "inclusive growth and prosperity."
    )
    assert first.intro.endswith("reinforce competitiveness, innovation, and resilience by:")
    assert nals2023.pillars[3].intro.endswith(
        "that represent a shared threat to the three countries. These include:"
    )
    for pillar in nals2023.pillars:
        assert "**" not in pillar.intro and pillar.intro.endswith(":")


def test_nals2023_title_preamble_and_residue(nals2023: ParsedSummit) -> None:
    # No title in the converted page: the summit the text names ("The North American Leaders’ Summit (NALS)
    # strengthens…"), which says more than the file name "wh_nals2023_key_deliverables.md".
    assert nals2023.title == "North American Leaders’ Summit"
    assert nals2023.preamble.startswith("North American cooperation makes our countries safer")
    assert nals2023.preamble.endswith(
        "build on last year’s accomplishments with new initiatives and announcements."
    )
    assert "###" not in nals2023.pillars[-1].intro + nals2023.pillars[-1].commitments[-1].text


def test_nals2023_hard_wrapped_items_are_joined_exactly(nals2023: ParsedSummit) -> None:
    economy, climate, migration, security, health, equity = nals2023.pillars
    assert economy.commitments[0].text == (
        "Organizing the first-ever trilateral semiconductor forum with industry to adapt government policies "
        "and increase investment in semiconductor supply chains across North America. Participation will "
        "include senior industry representatives and cabinet level participation from the United States, "
        "Mexico, and Canada in early 2023."
    )
    assert economy.commitments[0].span == (18, 23)
    assert climate.commitments[-1].text.startswith("Developing a North American clean hydrogen market")
    assert migration.commitments[3].text == (
        "Increasing information sharing and best practices on the binational Seasonal Agricultural Workers "
        "Program in order to enhance labor rights."
    )  # five no-break spaces after "rights." in the source
    assert security.commitments[2].text == (
        "Developing a unified North American position to the collection, storage, use, sharing and retention "
        "of Passenger Name Records (PNR)."
    )  # a narrow no-break space after "(PNR)."
    assert [c.text for c in health.commitments] == [
        "Revising the North American Plan for Animal and Pandemic Influenza (NAPAPI) to strengthen North "
        "America’s ability to respond to health security threats, including influenza and beyond."
    ]
    assert equity.commitments[-1].text == (
        "Adding Mexico to the Global Partnership for Action on Gender-Based Online Harassment and Abuse, a "
        "commitment from the first Summit for Democracy to bring together countries, international "
        "organizations, civil society, and the private sector to address technology-facilitated "
        "gender-based violence."
    )


# ------------------------------------------------------------------------------------------ NALS 2021 (US)


def test_nals2021_underlined_bold_headings_define_three_pillars(nals2021: ParsedSummit) -> None:
    assert [p.title for p in nals2021.pillars] == [
        "Ending the COVID-19 Pandemic and Advancing Global Health",
        "Fostering Competitiveness and Creating the Conditions for Equitable Growth",
        "Coordinating on Migration, Development, and a Secure North America",
    ]
    # Pillar 2 holds three introduced lists (competitiveness 6, climate 7, equity 3), pillar 3 two (6, 3).
    assert counts(nals2021) == [6, 16, 9]
    assert nals2021.commitment_count == 31
    assert nals2021.preamble.startswith("Today President Biden met with Prime Minister Justin Trudeau")


def test_nals2021_intros_keep_every_introducing_paragraph(nals2021: ParsedSummit) -> None:
    health, growth, migration = nals2021.pillars
    assert health.intro == (
        "The Leaders affirmed their vision of a world safe and secure from global health threats posed by "
        "infectious diseases by:"
    )
    paragraphs = growth.intro.split("\n\n")
    assert [p[:40] for p in paragraphs] == [
        "To build back together as North America,",
        "Recognizing the incredible challenges po",
        "In order to realize our full potential, ",
    ]
    assert paragraphs[0].endswith("and are committed to:")  # a no-break space after the colon in the source
    assert migration.intro.split("\n\n")[1].startswith(
        "To support our joint goals to combat transnational crime"
    )


def test_nals2021_exact_text(nals2021: ParsedSummit) -> None:
    health, growth, migration = nals2021.pillars
    assert health.commitments[0].text == (
        "Mexico and Canada committing to pay forward vaccine loans from the United States as vaccine "
        "donations to Latin America and the Caribbean to increase vaccination coverage."
    )
    assert health.commitments[-1].text.endswith(
        "addressing the global illegal drug environment and its serious consequences."
    )
    assert growth.commitments[4].text == (
        "Holding a Trilateral Cyber Experts Meeting to address 21st century cyber issues, and plan to "
        "counter ransomware via the multilateral Counter Ransomware Initiative, because an open, "
        "interoperable, secure, and reliable Internet and strong critical infrastructure will also "
        "propel growth."
    )  # 21<sup>st</sup> in the source
    assert growth.commitments[-1].text.startswith("Protecting LGBTQI+ human rights by pledging")
    assert (
        migration.commitments[0].text
        == "Develop a regional compact on migration and protection for the Americas."
    )
    assert migration.commitments[-1].text == (
        "Affirm our North American Defense Ministerial (NADM) commitments such as regional defense, security "
        "cooperation, disaster relief, and humanitarian assistance."
    )


def test_nals2021_closing_paragraph_without_a_list_is_no_commitment(nals2021: ParsedSummit) -> None:
    texts = [c.text for c in all_commitments(nals2021)] + [p.intro for p in nals2021.pillars]
    assert not any("trilateral stakeholder outreach" in t for t in texts)


def test_nals2021_short_titles_fit(nals2021: ParsedSummit) -> None:
    assert [p.short_title for p in nals2021.pillars] == [
        "Ending the COVID-19 Pandemic and Advancing Global Health",
        "Fostering Competitiveness and Creating the Conditions",
        "Coordinating on Migration, Development",
    ]


# ---------------------------------------------------------------------------------------------- Quad 2021


def test_quad_headings_run_into_their_intros(quad: ParsedSummit) -> None:
    assert [p.title for p in quad.pillars] == [
        "The Quad Vaccine Partnership",
        "The Quad Climate Working Group",
        "The Quad Critical and Emerging Technology Working Group",
    ]
    assert counts(quad) == [3, 4, 5]
    assert quad.preamble == ""
    assert quad.pillars[0].intro.startswith(
        "While ensuring that vaccines have been made available to our people, “Quad” partners will launch"
    )
    assert quad.pillars[1].intro == (
        "We have identified the climate challenge as a priority for the Quad and the Indo-Pacific region. "
        "We will establish a new Quad Climate Working Group focused on:"
    )


def test_quad_nested_items(quad: ParsedSummit) -> None:
    vaccine = quad.pillars[0].commitments
    assert [len(c.children) for c in vaccine] == [0, 4, 6]
    assert [len(c.children) for c in vaccine[1].children] == [0, 0, 0, 4]
    assert [c.count() for c in vaccine] == [1, 9, 7]
    assert sum(c.count() for c in vaccine) == 17
    assert all(c.count() == 1 for p in quad.pillars[1:] for c in p.commitments)
    last_mile = vaccine[1].children[3]
    assert last_mile.children[0].text.startswith("This includes supporting countries with vaccine readiness")
    assert last_mile.children[-1].text == (
        "The United States will leverage existing programs to further boost vaccination capability, drawing "
        "on at least $100 million in regional efforts focused on immunization."
    )
    assert last_mile.children[1].span == (51, 58)


def test_quad_stray_bold_markers_and_narrow_spaces_are_removed(quad: ParsedSummit) -> None:
    experts = quad.pillars[0].commitments[2]
    assert experts.text == (
        "Our commitment will be implemented by the launch of a senior-level Quad Vaccine Experts Group, "
        "comprised of top scientists and officials from our governments. This group will support Quad "
        "cooperation in the long term, and use science and evidence to:"
    )
    assert [c.text for c in experts.children][:2] == [
        "design an implementation plan for the Quad COVID-19 vaccine effort;",
        "identify hurdles impeding vaccine administration in the region;",
    ]
    assert experts.children[-1].text == "make additional concrete recommendations before the end of the year."
    assert quad.pillars[2].commitments[-1].text == "Convene dialogues on critical technology supply chains."


# ---------------------------------------------------------------------------------------------- all of them


@pytest.mark.parametrize("name", ["seed", "nals2023", "nals2021", "quad"])
def test_text_is_clean_everywhere(name: str, request: pytest.FixtureRequest) -> None:
    summit: ParsedSummit = request.getfixturevalue(name)
    texts = [c.text for c in all_commitments(summit)]
    texts += (
        [summit.title, summit.preamble]
        + [p.intro for p in summit.pillars]
        + [p.title for p in summit.pillars]
    )
    for text in texts:
        for markup in ("**", "<u>", "</u>", "<sup>", "\u00a0", "\u202f", "\\", "  ", "###"):
            assert markup not in text, (markup, text)
    for commitment in all_commitments(summit):
        assert commitment.text == commitment.text.strip() and commitment.text
        assert commitment.span is not None and commitment.span[0] <= commitment.span[1]
    for pillar in summit.pillars:
        assert 0 < len(pillar.short_title) <= 60 and pillar.commitments
