"""A document's title, place and parties as a staffer would write them, and what was guessed (invented)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from nals_desktop.domain.model import PARTY_NAMES
from nals_desktop.importers import parse_text, read_text
from nals_desktop.importers.metadata import find_date, find_location, find_summit_name
from nals_desktop.importers.parties import (
    KNOWN_PARTIES,
    LEADERS_BY_PARTY,
    MAX_PARTIES,
    ORGANISATIONS,
    find_parties,
)
from nals_desktop.importers.review import warnings

DOCUMENTS = Path(__file__).resolve().parent / "documents"
LIST = "\n\nThe leaders will:\n\n- act on climate\n- act on trade\n"

# ---------------------------------------------------------------------------------------------- titles


def test_a_front_matter_title_over_several_lines_is_read_whole() -> None:
    escaped = (
        "---\n"
        'title: "Fact Sheet: The Leaders Announce Commitments to Strengthen the U.S.\\\n'
        '  \\ Partnership with the Pacific\\_Islands"\n'
        "date: '2022-07-12'\n"
        "---\n\nToday the leaders met." + LIST
    )
    assert parse_text(escaped, "md").title == (
        "Fact Sheet: The Leaders Announce Commitments to Strengthen the U.S. Partnership with the Pacific "
        "Islands"
    )
    plain = "---\ntitle: Joint Statement on a Framework for an Agreement on\n  Reciprocal Trade\n---\n" + LIST
    assert (
        parse_text(plain, "md").title == "Joint Statement on a Framework for an Agreement on Reciprocal Trade"
    )


@pytest.mark.parametrize(
    ("title", "shown"),
    [
        ("FACT SHEET: The U.S. – Angola Partnership", "FACT SHEET: The U.S. – Angola Partnership"),
        (
            "Fiche d'information : le partenariat Canada – Mexique",
            "Fiche d'information : le partenariat Canada – Mexique",
        ),
        ("FACT SHEET: Key Deliverables | The White House", "FACT SHEET: Key Deliverables"),
        ("Joint Statement on Labour Mobility - Canada.ca", "Joint Statement on Labour Mobility"),
        ("Declaración conjunta sobre movilidad – Gobierno de México", "Declaración conjunta sobre movilidad"),
    ],
)
def test_a_titles_own_dash_is_kept_and_a_site_name_dropped(title: str, shown: str) -> None:
    assert parse_text(f"---\ntitle: {title}\n---\n{LIST}", "md").title == shown


@pytest.mark.parametrize(
    ("document", "fmt", "title"),
    [
        ("**Joint Statement on Borders**\n\nToday the leaders met.", "md", "Joint Statement on Borders"),
        (
            "**Déclaration commune sur les frontières**\n\nLes dirigeants.",
            "md",
            "Déclaration commune sur les frontières",
        ),
        (
            "<p><b>Declaración conjunta sobre fronteras</b></p><p>Hoy.</p>",
            "html",
            "Declaración conjunta sobre fronteras",
        ),
    ],
)
def test_a_short_bold_first_line_titles_the_document(document: str, fmt: str, title: str) -> None:
    items = (
        "<p>The leaders will:</p><ul><li>act on climate</li><li>act on trade</li></ul>"
        if fmt == "html"
        else LIST
    )
    found = read_text(document + items, fmt, "statement." + fmt)
    assert found.summit.title == title
    assert "title" not in found.guessed


@pytest.mark.parametrize(
    ("first", "fmt"),
    [
        ("**FACT SHEET:** Canada and Mexico Deepen Cooperation", "md"),
        ("**FACT SHEET**: Canada and Mexico Deepen Cooperation", "md"),
        ("**FACT SHEET: Canada and Mexico Deepen Cooperation**", "md"),
        ("<p><strong>FACT SHEET:</strong> Canada and Mexico Deepen Cooperation</p>", "html"),
        ("<p><b>FACT SHEET</b>: Canada and Mexico Deepen Cooperation</p>", "html"),
    ],
)
def test_a_bold_fact_sheet_label_run_into_the_title_is_part_of_it(first: str, fmt: str) -> None:
    items = (
        "<p>The leaders will:</p><ul><li>act on climate</li><li>act on trade</li></ul>"
        if fmt == "html"
        else LIST
    )
    summit = parse_text(first + items, fmt, "statement." + fmt)
    assert summit.title == "FACT SHEET: Canada and Mexico Deepen Cooperation"
    assert [p.title for p in summit.pillars] == ["The leaders will:"]  # the title's text heads no pillar
    assert summit.preamble == ""


def test_a_bold_fact_sheet_label_over_a_sentence_is_the_title_of_a_paragraph() -> None:
    summit = parse_text("**FACT SHEET:** Today the leaders met in Ottawa." + LIST, "md", "statement.md")
    assert summit.title == "FACT SHEET"
    assert summit.preamble == "Today the leaders met in Ottawa."


def test_a_bold_first_line_heading_a_section_with_a_list_is_its_pillar_not_the_title() -> None:
    document = "**Vaccines**\n\nThey will:\n\n- make vaccines\n\n**Climate**\n\nThey will:\n\n- cut methane\n"
    summit = parse_text(document, "md", "quad_summit.md")
    assert summit.title == "Quad summit"
    assert [p.title for p in summit.pillars] == ["Vaccines", "Climate"]
    memo = parse_text("**From: Global Affairs**\n\nToday…" + LIST, "md", "memo.md")
    assert memo.title == "Memo"  # a memo's header line is no title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("The North American Leaders’ Summit (NALS) strengthens us.", "North American Leaders’ Summit"),
        ("Allies met at the 2024 NATO Summit in Washington.", "2024 NATO Summit in Washington"),
        ("Le Sommet des leaders nord-américains renforce nos liens.", ""),  # no summit phrase: no guess
    ],
)
def test_the_summit_the_text_names_is_a_flagged_title_before_the_file_name(text: str, title: str) -> None:
    found = read_text(text + LIST, "md", "wh_nals2023_key_deliverables.md")
    assert found.summit.title == (title or "Wh nals2023 key deliverables")
    assert "title" in found.guessed
    assert [w.message for w in warnings(found) if w.kind == "title_guessed"] == [
        f"The title was guessed: “{found.summit.title}”."
    ]


# ---------------------------------------------------------------------------------------------- places


@pytest.mark.parametrize(
    ("text", "when", "place"),
    [
        ("The JETP, announced at the 2022 G20 Summit in Bali, will cut emissions.", date(2023, 11, 13), ""),
        ("In February 2024, the leaders prepared for the NATO Summit in Washington.", date(2024, 10, 17), ""),
        ("At the 2024 G7 Summit in Fasano, Italy, the leaders met.", date(2024, 6, 13), "Fasano, Italy"),
        (
            "The first to be held in Washington, D.C., on 12-13 May 2022.",
            date(2022, 5, 13),
            "Washington, D.C.",
        ),
        ("Les dirigeants se sont réunis aujourd’hui à Ottawa pour le sommet.", None, "Ottawa"),
        ("Los líderes se reunieron hoy en la ciudad de Ottawa y emitieron…", None, "Ottawa"),
        ("The leaders met in June to plan the year.", None, ""),
        ("Korea hosted the third Summit for Democracy in Seoul.", date(2024, 3, 20), "Seoul"),
        ("At the June 2022 Summit of the Americas in Los Angeles, and in April 2022.", date(2023, 6, 8), ""),
    ],
)
def test_a_summit_told_of_is_not_where_this_one_was(text: str, when: date | None, place: str) -> None:
    assert find_location([text], when) == (place, bool(place))


@pytest.mark.parametrize(
    ("text", "title", "place"),
    [
        (
            "Les dirigeants se sont réunis au Sommet des leaders nord-américains de 2023 à Mexico.",
            "Sommet des leaders nord-américains de 2023 à Mexico",
            "Mexico",
        ),
        (
            "Los líderes asistieron a la Cumbre de Líderes de América del Norte en la Ciudad de México.",
            "Cumbre de Líderes de América del Norte en la Ciudad de México",
            "Ciudad de México",
        ),
        ("Lors du sommet du G7 à Charlevoix, les dirigeants…", "Sommet du G7 à Charlevoix", "Charlevoix"),
    ],
)
def test_french_and_spanish_summit_names_give_title_and_place(text: str, title: str, place: str) -> None:
    assert find_summit_name([text]) == title
    assert find_location([text]) == (place, True)


def test_a_summit_of_another_year_gives_no_title() -> None:
    assert find_summit_name(["Announced at the 2022 G20 Summit in Bali."], date(2023, 11, 13)) == ""
    assert find_summit_name(["Announced at the 2022 G20 Summit in Bali."], date(2022, 11, 13)) == (
        "2022 G20 Summit in Bali"
    )


# ---------------------------------------------------------------------------------------------- parties


@pytest.mark.parametrize(
    ("title", "text", "parties"),
    [
        # Listed as those who speak, in English, French and Spanish.
        ("", "We, the leaders of the United States, Canada and Mexico, met today.", ["US", "CA", "MX"]),
        ("", "Nous, les dirigeants du Canada, du Mexique et des États-Unis, convenons…", ["CA", "MX", "US"]),
        ("", "Nosotros, los líderes de México, Canadá y los Estados Unidos, acordamos…", ["MX", "CA", "US"]),
        # By their leaders.
        ("", "Today President Biden met Prime Minister Trudeau to renew the partnership.", ["US", "CA"]),
        ("", "Le premier ministre Trudeau et la présidente Sheinbaum ont convenu…", ["CA", "MX"]),
        ("", "El presidente de los Estados Unidos Mexicanos y el primer ministro de Canadá…", ["MX", "CA"]),
        # A group and its members.
        (
            "",
            "The Leaders of the Quad — Australia, India, Japan and the United States…",
            ["AU", "IN", "JP", "US"],
        ),
        ("", "We, the Member States of ASEAN and the United States, gather today.", ["ASEAN", "US"]),
        # Joined names, in the title's order.
        ("FACT SHEET: Trilateral Australia–UK–US Partnership", "The three will act.", ["AU", "GB", "US"]),
        ("U.S.-India Joint Statement", "The two countries will act.", ["US", "IN"]),
        ("US–EU Joint Statement", "The partners will act.", ["US", "EU"]),
        ("FACT SHEET: UNITED STATES–MEXICO HIGH-LEVEL DIALOGUE", "The two will act.", ["US", "MX"]),
        ("DÉCLARATION CONJOINTE DU CANADA ET DU MEXIQUE", "Les deux pays…", ["CA", "MX"]),
        ("Joint Statement by President Biden and President von der Leyen", "They will act.", ["US", "EU"]),
        ("", "The United States and the European Commission met in the Trade Council.", ["US", "EU"]),
    ],
)
def test_parties_are_those_said_to_take_part(title: str, text: str, parties: list[str]) -> None:
    assert find_parties(title, [text]).codes == parties


def test_a_country_only_mentioned_is_no_party() -> None:
    text = "We condemn Russia’s war against Ukraine and support the Government of Ukraine."
    found = find_parties("Joint Statement by President Biden and President von der Leyen", [text, text])
    assert found.codes == ["US", "EU"] and found.guessed == []


def test_a_third_country_joined_in_the_text_does_not_join_a_two_party_title() -> None:
    text = "Prime Minister Modi and President Biden launched a U.S.-India-ROK technology initiative."
    assert find_parties("Joint Fact Sheet: The United States and India", [text]).codes == ["US", "IN"]
    # Without such a title, the join says who meets.
    assert find_parties("", ["The Australia-UK-US partnership delivers submarines."]).codes == [
        "AU",
        "GB",
        "US",
    ]


def test_parties_are_ranked_by_how_prominently_the_text_names_them() -> None:
    texts = [
        "We, the leaders of Chile, Peru and Colombia, met today.",
        "Peru will host the next meeting.",
        "Peru and Chile will lead the work on ports.",
    ]
    assert find_parties("", texts).codes == ["PE", "CL", "CO"]


def test_countries_receiving_aid_are_no_parties_and_a_long_list_is_cut_and_said() -> None:
    aid = (
        "Assistance will reach Angola, Argentina, Brazil, Chile, Colombia, Ecuador, Fiji, Guatemala, Haiti, "
        "Honduras, Jamaica, Kenya, Nigeria, Panama, Peru and the Philippines."
    )
    document = "**U.S.-Mexico Statement on Health**\n\nThe two countries met today.\n\n" + aid + LIST
    found = read_text(document, "md")
    assert found.summit.parties == ["US", "MX"] and "parties" not in found.guessed
    many = "We, the leaders of " + aid.split("reach ")[1]
    found = read_text("**Declaration on Health**\n\n" + many + LIST, "md")
    assert len(found.summit.parties) == MAX_PARTIES and found.parties_found == 16
    capped = [w.message for w in warnings(found) if w.kind == "parties_capped"]
    assert capped == ["The text names 16 possible parties; only the 12 most prominent were kept."]


def test_guessed_parties_are_flagged_by_name() -> None:
    found = read_text(
        "**Health Cooperation**\n\nToday President Biden met Prime Minister Carney." + LIST, "md"
    )
    assert found.summit.parties == ["US", "CA"]
    assert found.guessed_parties == ["US", "CA"]
    assert [w.message for w in warnings(found) if w.kind == "parties_guessed"] == [
        "Parties taken from the text, not its title: United States, Canada."
    ]


def test_a_trilateral_without_title_or_front_matter_reads_as_a_staffer_would() -> None:
    found = read_text((DOCUMENTS / "bold_title_trilateral.md").read_text(encoding="utf-8"), "md", "x.md")
    summit = found.summit
    assert summit.title == "Leaders’ Statement on a North American Energy Partnership"
    assert [(p.title, len(p.commitments)) for p in summit.pillars] == [
        ("Energy Security", 2),
        ("Clean Technology", 3),
    ]
    assert summit.date == date(2025, 3, 4)
    assert summit.location == "Quebec City"
    assert summit.parties == ["CA", "MX", "US"]  # two named with their country, the third by leader only
    assert [w.kind for w in warnings(found)][:3] == ["date_guessed", "location_guessed", "parties_guessed"]


# ---------------------------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("The June 29-30, 2022 NATO Summit in Madrid will be historic.", date(2022, 6, 29)),
        ("The Special Summit, held in Washington, D.C., on 12-13 May 2022.", date(2022, 5, 12)),
        ("Reunidos en Ottawa los días 12-13 de mayo de 2022.", date(2022, 5, 12)),
    ],
)
def test_a_meeting_over_days_is_dated_by_its_first(text: str, when: date) -> None:
    assert find_date([text]) == when


@pytest.mark.parametrize(
    "told",
    [
        "Tariffs first set forth in Executive Order 14257 of April 2, 2025, as amended, apply.",
        "Recognizing the Treaty of 29 March 1923 between Switzerland and Liechtenstein, the parties agree.",
        "Building on Vice President Harris’ April 29, 2022, meeting with these Leaders, the partners act.",
        "As announced by President Biden and Chancellor Scholz on July 10, 2024, the United States will act.",
        "The negotiations, launched by President Donald J. Trump and Prime Minister Narendra Modi on "
        "February 13, 2025, go on.",
    ],
)
def test_a_date_told_of_is_not_the_documents(told: str) -> None:
    assert find_date([told]) is None
    # The document's own date, later in the text, is still found.
    assert find_date([told, "WASHINGTON, October 17, 2024 – The leaders met."]) == date(2024, 10, 17)


# --------------------------------------------------------------------------------------- titles from the text


def test_a_summit_series_named_without_its_year_takes_the_documents_year() -> None:
    text = "The North American Leaders’ Summit (NALS) strengthens our partnerships."
    assert find_summit_name([text], date(2023, 1, 10)) == "2023 North American Leaders’ Summit"
    assert find_summit_name([text]) == "North American Leaders’ Summit"  # no date: no year made up
    # Another year's summit is not this one's: no title rather than a wrong one.
    assert (
        find_summit_name(["Building on the 2021 North American Leaders’ Summit, we act."], date(2023, 1, 10))
        == ""
    )
    document = "MEXICO CITY, January 10, 2023 – " + text + LIST
    found = read_text(document, "md", "wh_nals2023_key_deliverables.md")
    assert found.summit.title == "2023 North American Leaders’ Summit"
    assert {"title", "date"} <= found.guessed


@pytest.mark.parametrize(
    ("texts", "when", "title"),
    [
        (
            ["Together, Quad leaders are taking shared action to end the pandemic."],
            None,
            "Quad Leaders’ Summit",
        ),
        (
            ["“Quad” partners will launch a partnership.", "Quad leaders will act."],
            date(2021, 3, 12),
            "2021 Quad Leaders’ Summit",
        ),
        (["The Leaders of the G7 met today to launch the partnership."], None, "G7 Leaders’ Summit"),
        (["Les dirigeants du G7 ont lancé le partenariat."], None, "G7 Leaders’ Summit"),
        (["APEC Leaders gathered to adopt the declaration."], None, "APEC Leaders’ Summit"),
        # A group only mentioned names no meeting.
        (["The Quad Vaccine Partnership will deliver a billion doses."], None, ""),
        (["G7 partners will fund the corridor."], None, ""),
        # Leaders of a group telling of another meeting: not this one.
        (["In March 2021, Quad leaders launched the partnership."], None, ""),
        (["Recalling that in March 2021 Quad leaders met, the experts act."], date(2023, 2, 7), ""),
    ],
)
def test_a_groups_leaders_meeting_names_the_summit(texts: list[str], when: date | None, title: str) -> None:
    assert find_summit_name(texts, when) == title


def test_a_quad_fact_sheet_without_title_is_titled_by_its_leaders_meeting_flagged() -> None:
    document = (
        "**The Quad Vaccine Partnership**\n\nTogether, Quad leaders are taking shared action.\n\n"
        "- make vaccines\n- deliver vaccines\n\n**Climate**\n\nThey will:\n\n- cut methane\n"
    )
    found = read_text(document, "md", "wh_quad_summit_2021_fact_sheet.md")
    assert found.summit.title == "Quad Leaders’ Summit"
    assert "title" in found.guessed
    assert found.summit.parties == ["AU", "IN", "JP", "US"]


# ------------------------------------------------------------------------------------------- places of visits


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "During a historic state visit to Hanoi, Vietnam, President Biden and Secretary Trong met.",
            "Hanoi, Vietnam",
        ),
        (
            "On the occasion of President Biden’s visit to Germany, the United States reaffirms its bond.",
            "Germany",
        ),
        ("President Biden arrived in Nairobi today for talks with President Ruto.", "Nairobi"),
        ("Lors de sa visite d’État à Hanoï, le président a rencontré le secrétaire général.", "Hanoï"),
        ("Durante su visita de Estado a Hanói, el presidente se reunió con el secretario general.", "Hanói"),
        # A visit told of, and a city only mentioned, are not where this meeting is.
        ("These agreements build on the President’s highly successful May visit to Riyadh.", ""),
        ("They built on Prime Minister Modi’s historic, June 2023, visit to Washington.", ""),
        ("The minister recalled her last visit to Lima and the ports there.", ""),
        ("Embassy Lima processed a record 200,000 visa applications in Peru.", ""),
        ("In February 2024, the leaders prepared for the NATO Summit in Washington.", ""),
    ],
)
def test_the_place_of_a_visit_is_where_the_leaders_meet(text: str, place: str) -> None:
    assert find_location([text]) == (place, bool(place))


def test_a_header_of_a_date_over_a_place_is_a_dateline() -> None:
    assert find_location(["31 May 2023\nLuleå, Sweden", "The Council met."]) == ("Luleå, Sweden", False)
    assert find_location(["The fourth meeting took place in Luleå, Sweden, on 31 May 2023."]) == (
        "Luleå",
        True,
    )
    # A paragraph that opens with a date is no header.
    long = "31 May 2023 Luleå was chosen for the next meeting, which will study the grids of both countries."
    assert find_location([long]) == ("", False)


# ----------------------------------------------------------------- parties: organisations, subjects, leaders


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("We, the leaders of the African Union and the United States, met today.", ["AFU", "US"]),
        (
            "Today President Biden and African Union Chairperson Moussa Faki Mahamat launched the plan.",
            ["US", "AFU"],
        ),
        (
            "Vice President Harris will participate in the APEC Leaders’ Meeting with Premier Albanese.",
            ["US", "APEC", "AU"],
        ),
        ("We, the Member States of the Organization of American States, adopt this declaration.", ["OAS"]),
        ("The G20 Leaders’ Summit adopted the declaration.", ["G20"]),
        # An organisation's meeting the leaders attend is theirs.
        (
            "Vice President Harris will participate virtually in the Pacific Islands Forum leaders’ meeting "
            "at the "
            "invitation of the Forum Chair Prime Minister Frank Bainimarama of Fiji.",
            ["US", "PIF", "FJ"],
        ),
        ("The African Union and the United States will sign the agreement.", ["AFU", "US"]),
    ],
)
def test_organisations_are_parties_with_countries(text: str, parties: list[str]) -> None:
    assert sorted(find_parties("", [text]).codes) == sorted(parties)


@pytest.mark.parametrize(
    ("texts", "parties"),
    [
        (["Today, the United States and Brazil announce the launch of our partnership."], ["US", "BR"]),
        (
            [
                "As two nations with an enduring partnership, the United States and Mexico need and want to "
                "face "
                "security challenges together."
            ],
            ["US", "MX"],
        ),
        (
            [
                "Today, the United States of America (United States), the Swiss Confederation (Switzerland), "
                "and the Principality of Liechtenstein (Liechtenstein) (collectively, Participants) express "
                "their intention."
            ],
            ["US", "CH", "LI"],
        ),
        (
            [
                "President Biden spoke. This year, the Republic of Korea hosted the third Summit for "
                "Democracy."
            ],
            ["US", "KR"],
        ),
        # Names followed by another verb are only mentioned; a list of aid recipients is no subject.
        (["Today President Biden spoke. Ukraine and Moldova receive our aid."], ["US"]),
        (["Today President Biden spoke. Assistance will reach Angola, Kenya and Nigeria."], ["US"]),
    ],
)
def test_parties_acting_together_as_the_subject_take_part(texts: list[str], parties: list[str]) -> None:
    assert sorted(find_parties("", texts).codes) == sorted(parties)


def test_leaders_of_two_parties_settle_who_meets() -> None:
    texts = [
        "Prime Minister Narendra Modi welcomed United States President Joseph R. Biden, Jr., to India today.",
        "The leaders look forward to the next Quad Leaders’ Summit to be hosted by India.",
        "They welcomed a U.S.-India-ROK Trilateral Technology initiative.",
    ]
    assert sorted(find_parties("", texts).codes) == ["IN", "US"]
    # Without the leaders, the group's summit still says who meets.
    assert find_parties("", ["Quad leaders will meet at the Quad Leaders’ Summit."]).codes == [
        "AU",
        "IN",
        "JP",
        "US",
    ]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Prime Minister Kishida", "JP"),
        ("President López Obrador", "MX"),
        ("Chancellor Scholz", "DE"),
        ("President Yoon", "KR"),
        ("President Lee Jae-myung", "KR"),
        ("Prime Minister Lee Hsien Loong", "SG"),
        ("Prime Minister Albanese", "AU"),
        ("President Lula", "BR"),
        ("Prime Minister Meloni", "IT"),
        ("President Ramaphosa", "ZA"),
        ("President Hichilema", "ZM"),
        ("General Secretary Nguyen Phu Trong", "VN"),
        ("Crown Prince Mohammed bin Salman", "SA"),
        ("Secretary General Stoltenberg", "NATO"),
        ("le premier ministre Carney", "CA"),
        ("la presidenta Sheinbaum", "MX"),
        # A name two posts share is read from the post: Mark Rutte led the Netherlands, then NATO.
        ("Prime Minister Mark Rutte of the Netherlands", "NL"),
        ("NATO Secretary General Mark Rutte", "NATO"),
        ("Crown Prince Mohammed bin Salman of the Kingdom of Saudi Arabia", "SA"),
    ],
)
def test_leaders_are_known_by_the_name_documents_give_them(text: str, party: str) -> None:
    assert find_parties("", [f"Today {text} and President Biden met."]).codes[:2] == [party, "US"]


def test_the_leaders_table_covers_every_country_and_names_each_leader_once() -> None:
    names = [name for leaders in LEADERS_BY_PARTY.values() for name in leaders]
    assert len(names) == len(set(names))  # one party per name
    assert set(LEADERS_BY_PARTY) <= set(KNOWN_PARTIES)
    countries = {code for code in KNOWN_PARTIES if code not in ORGANISATIONS} | {"EU", "NATO", "AFU"}
    assert countries <= set(LEADERS_BY_PARTY)
    assert all(code in PARTY_NAMES for code in KNOWN_PARTIES)  # every party has a name to show


@pytest.mark.parametrize(
    ("text", "when", "title"),
    [
        ("The G7 Summit strengthened the partnership.", date(2024, 6, 13), "2024 G7 Summit"),
        ("Leaders met on the margins of the U.S.-Africa Leaders Summit.", None, "U.S.-Africa Leaders Summit"),
        (
            "Today at the G20 Leaders’ Summit in Rio de Janeiro, Brazil, the leaders met.",
            None,
            "G20 Leaders’ Summit in Rio de Janeiro",
        ),
        (
            "They held the High-Level Economic Dialogue in Mexico City. Secretary Blinken led.",
            None,
            "High-Level Economic Dialogue in Mexico City",
        ),
        # A summit of another time is not this one, nor one word that names no group ("Madrid Summit").
        ("The leaders look forward to the next Quad Leaders’ Summit to be hosted by India.", None, ""),
        ("They recalled last year’s G7 Summit in Hiroshima.", None, ""),
        ("The Madrid Summit will be historic.", None, ""),
    ],
)
def test_a_groups_or_two_parties_summit_is_named_by_one_word(
    text: str, when: date | None, title: str
) -> None:
    assert find_summit_name([text], when) == title


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "We, the leaders, convened at Camp David on August 18, 2023 for a trilateral summit.",
            ("Camp David", True),
        ),
        (
            "Today, President Biden hosted Prime Minister Kishida and President Yoon at Camp David.",
            ("Camp David", True),
        ),
        (
            "Today at the G20 Leaders’ Summit in Rio de Janeiro, Brazil, the leaders met.",
            ("Rio de Janeiro, Brazil", True),
        ),
        ("They met in Mexico City. Secretary Blinken led the delegation.", ("Mexico City", True)),
        (
            "WILMINGTON, Delaware, September 21, 2024 — Today the leaders met.",
            ("Wilmington, Delaware", False),
        ),
        # Hosted somewhere not named, or at the White House: no place is made up.
        ("Today, President Biden hosted the leaders at the White House.", ("", False)),
    ],
)
def test_where_the_leaders_convene_or_are_hosted_is_the_place(text: str, place: tuple[str, bool]) -> None:
    assert find_location([text]) == place


def test_french_and_spanish_secretaries_general_lead_their_party() -> None:
    text = (
        "Durante su visita de Estado a Hanói, el presidente Biden y el secretario general Nguyen Phu Trong…"
    )
    assert sorted(find_parties("", [text]).codes) == ["US", "VN"]
    assert find_location([text]) == ("Hanói", True)


def test_a_hyphenated_word_names_a_meeting_only_when_it_joins_parties() -> None:
    assert find_summit_name(["They met at the ASEAN-U.S. Special Summit."]) == "ASEAN-U.S. Special Summit"
    assert find_summit_name(["The Political-Military Dialogue met in May."]) == ""


def test_past_the_lede_a_sentence_opening_on_a_date_of_an_act_tells_of_it() -> None:
    act = "On December 12, 2022, President Biden announced the new office."
    assert find_date(["Two years ago this week, the office reopened.", "It serves people.", act]) is None
    # In the lede it is the document's date, and so is a dateline further down.
    aukus = (
        "On March 13, 2023, Prime Minister Albanese, Prime Minister Sunak and President Biden announced it."
    )
    assert find_date([aukus]) == date(2023, 3, 13)
    dateline = "WASHINGTON, October 17, 2024 – President Biden announced the partnership."
    assert find_date(["FACT SHEET", "The U.S.-Germany Partnership", dateline]) == date(2024, 10, 17)


@pytest.mark.parametrize(
    "text",
    [
        "The JETP, announced at the 2022 G20 Summit in Bali, will reduce emissions.",
        "Commitments made at the Summit of the Americas in Los Angeles are delivered.",
        "Le partenariat, annoncé lors du Sommet du G7 à Charlevoix, avance.",
    ],
)
def test_a_summit_where_something_else_was_announced_is_not_this_one(text: str) -> None:
    # In a document of unknown date: the act, and its summit, are likely told of.
    assert find_summit_name([text]) == ""
    assert find_location([text]) == ("", False)
    # The summit itself, met at rather than told of, is this one.
    met = re.sub(r"announced at|made at|annoncé lors du", "held at", text)
    assert find_summit_name([met]) != ""


def test_in_a_document_of_unknown_date_a_summit_of_a_month_gone_by_is_told_of() -> None:
    hosted = "Hosted the first-ever White House United We Stand Summit on hate, in September 2022."
    assert find_summit_name([hosted]) == ""
    assert find_summit_name(["Since the U.S. Africa Leaders Summit in December 2022, we engaged."]) == ""
    # Without a month gone by, the summit named is this one.
    assert (
        find_summit_name(["Today the United We Stand Summit will counter hate."]) == "United We Stand Summit"
    )
