"""Realistic documents the importer was not tuned on (documents/): their structure, counted by hand."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from nals_desktop.domain.errors import DocumentError
from nals_desktop.domain.model import ParsedSummit
from nals_desktop.importers import MAX_DOCUMENT_BYTES, parse_file, parse_text

from .outline import texts, walk

DOCUMENTS = Path(__file__).resolve().parent / "documents"


def counts(summit: ParsedSummit) -> list[int]:
    return [len(p.commitments) for p in summit.pillars]


def everything(summit: ParsedSummit) -> str:
    parts = [summit.title, summit.preamble]
    for pillar in summit.pillars:
        parts += [pillar.title, pillar.intro, pillar.short_title, *(c.text for c in walk(pillar.commitments))]
    return "\n".join(parts)


def parse(name: str) -> ParsedSummit:
    return parse_file(DOCUMENTS / name)


def refused(name: str) -> str:
    with pytest.raises(DocumentError) as info:
        parse(name)
    message = str(info.value)
    assert name in message and "\n" not in message
    return message


# ---------------------------------------------------------------------------------- encodings, line endings


def test_utf8_with_bom_and_crlf() -> None:
    summit = parse("utf8_bom_crlf.txt")
    assert summit.title == "Déclaration des leaders — Sommet de Québec"  # the first line, standing alone
    assert [texts(p.commitments) for p in summit.pillars] == [
        [
            "renforcer les chaînes d’approvisionnement « propres »;",
            "réduire de 15 % les émissions de méthane.",
        ]
    ]


@pytest.mark.parametrize("name", ["utf16le_bom.txt", "utf16be_bom.md"])
def test_utf16_with_bom_as_notepad_saves_unicode(name: str) -> None:
    summit = parse(name)
    assert summit.title == "FACT SHEET: Notepad “Unicode” Copy"
    assert texts(summit.pillars[0].commitments) == [
        "Launching the North American Drug Dialogue’s new work plan.",
        "Meeting again in Mexico City – in 2026.",
    ]


def test_windows_1252_text_is_read_as_notepad_ansi() -> None:
    # A .txt says nothing of its encoding; not UTF-8 and without a single UTF-8 accent, it is Windows "ANSI",
    # the legacy encoding of English, French and Spanish text (the preview shows it before anything is saved).
    summit = parse("windows1252.txt")
    assert summit.title == "FACT SHEET: Leaders’ Summit"
    assert (
        texts(summit.pillars[0].commitments)[0]
        == "“Buy clean” procurement – including café and crème brûlée exports."
    )


def test_utf8_with_a_damaged_byte_is_refused_not_garbled(tmp_path: Path) -> None:
    path = tmp_path / "damaged.txt"
    path.write_bytes("Leaders agreed to:\n\n- act on énergie\n- and on caf".encode() + b"\xe9\n")
    with pytest.raises(DocumentError, match=r"not UTF-8 text .*save it as UTF-8"):
        parse_file(path)


def test_windows_1252_page_that_declares_its_charset_is_read_as_declared() -> None:
    summit = parse("windows1252_declared.html")
    assert summit.title == "Leaders’ Statement on Clean Energy"
    assert texts(summit.pillars[0].commitments) == [
        "“Buy clean” procurement – for steel and cement.",
        "A joint study on café-sector emissions.",
    ]


def test_a_page_declaring_utf8_that_is_not_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.html"
    path.write_bytes(b'<meta charset="utf-8"><p>Leaders:</p><ul><li>caf\xe9</li></ul>')
    with pytest.raises(DocumentError, match="not UTF-8 text"):
        parse_file(path)


@pytest.mark.parametrize(
    "charset", ["rot13", "hex", "base64", "zlib", "idna", "punycode", "uu", "unicode_escape", "utf-7"]
)
def test_a_page_declaring_a_codec_web_pages_may_not_use_is_refused(tmp_path: Path, charset: str) -> None:
    path = tmp_path / f"{charset}.html"
    path.write_bytes(f'<meta charset="{charset}"><p>Leaders:</p><ul><li>caf\xe9</li></ul>'.encode("latin-1"))
    with pytest.raises(DocumentError) as info:
        parse_file(path)
    assert str(info.value) == (
        f"{path}: declares the character set '{codecs.lookup(charset).name}', which web pages may not use"
    )


def test_a_page_declaring_utf16_in_its_meta_is_held_to_utf8(tmp_path: Path) -> None:
    # WHATWG: a <meta> that could be read at all was not written in UTF-16.
    path = tmp_path / "utf16.html"
    path.write_bytes(b'<meta charset="utf-16"><p>Leaders:</p><ul><li>caf\xe9</li></ul>')
    with pytest.raises(DocumentError, match="not UTF-8 text"):
        parse_file(path)


# ---------------------------------------------------------------------------------- degenerate input


def test_empty_file() -> None:
    assert "the file is empty" in refused("empty.txt")


def test_only_headings_is_no_list() -> None:
    assert "no list of commitments found" in refused("only_headings.md")


@pytest.mark.parametrize("name", ["pdf_renamed.txt", "docx_renamed.md"])
def test_pdf_or_word_file_renamed_to_text_is_binary(name: str) -> None:
    # The PDF has no NUL byte and starts like text: its signature gives it away, not a decoding error.
    assert "is a binary file, not text" in refused(name)


def test_prose_only_declaration_is_no_list() -> None:
    # pm.gc.ca's "Declaration of North America" has headings and prose, and a list of links to related pages.
    assert "no list of commitments found" in refused("pm_declaration_prose_only.html")


# ---------------------------------------------------------------------------------- whitehouse.gov

WH_FACT_SHEET = [
    [
        "Launching a trilateral critical minerals working group to map reserves, processing capacity, and "
        "recycling opportunities across North America.",
        "Expanding the semiconductor forum created at the last Summit, with:",
        [
            "a joint assessment of packaging and testing capacity, to be completed by the end of 2024;",
            "an exchange of workforce training curricula between community colleges in the three countries.",
        ],
        "Coordinating export-control and investment-screening practices on sensitive technologies, "
        "consistent with each country’s laws.",
        "Holding the 1st North American Supply Chain Summit with industry and labor leaders in Monterrey.",
    ],
    [
        "Reduce methane emissions from the oil and gas sector by at least 75 percent from 2012 levels by "
        "2030, consistent with the Global Methane Pledge.",
        "Build out a network of electric vehicle chargers along the main trade corridors, with common "
        "standards for payment and connectors.",
        "Protect 30 percent of lands and waters by 2030 (“30x30”), including through the North American "
        "Monarch Butterfly Conservation Plan.",
        "A trilateral clean hydrogen roadmap, to be presented at the next Leaders’ Summit.",
        "New funding of $25 million for wildfire prevention and response along shared borders.",
    ],
    [
        "Expanding lawful pathways, including labor mobility programs for temporary agricultural workers.",
        "Disrupting the trafficking of fentanyl and its precursor chemicals through the North American Drug "
        "Dialogue.",
        "Sharing information on firearms trafficking, in full respect of each country’s sovereignty.",
    ],
]
WH_PILLARS = [
    "Building Resilient Supply Chains",
    "Tackling the Climate Crisis",
    "Advancing Regional Security and Migration",
]


def test_whitehouse_page_with_its_chrome() -> None:
    summit = parse("wh_briefing_room_fact_sheet.html")
    # The title is in the article's <header>; the site's <header> (menus, search) is dropped.
    assert summit.title == "FACT SHEET: Key Deliverables for the 2024 North American Leaders’ Summit"
    assert summit.preamble.startswith("January 10, 2024\n\nToday, President Biden met with Prime Minister")
    assert summit.preamble.endswith("and manage migration in a safe and orderly way.")
    assert [p.title for p in summit.pillars] == WH_PILLARS
    assert [p.short_title for p in summit.pillars] == WH_PILLARS
    assert counts(summit) == [4, 5, 3]
    assert sum(1 for p in summit.pillars for _ in walk(p.commitments)) == 14
    assert [texts(p.commitments) for p in summit.pillars] == WH_FACT_SHEET
    assert summit.pillars[1].intro == (
        "Recognizing the urgency of the climate crisis, the Leaders will:\n\n"
        "In addition, the three countries announced:"
    )
    text = everything(summit)
    for chrome in (
        "Skip to content", "Administration", "Search", "Briefing Room", "Statements and Releases", "Share",
        "Email", "Copy URL", "Previous post", "Stay Connected", "ZIP Code", "We’ll be in touch", "Opt in",
        "Twitter", "Privacy", "Pennsylvania", "###", "gtag", "Logo", "wp--preset",
    ):  # fmt: skip
        assert chrome not in text, chrome


def test_whitehouse_page_copied_from_the_browser_lost_its_bullets() -> None:
    # Select all, copy, paste into Notepad: the list items are lines without bullets, nesting unindented.
    summit = parse("wh_copied_from_browser.txt")
    assert summit.title == "FACT SHEET: Key Deliverables for the 2024 North American Leaders’ Summit"
    assert [p.title for p in summit.pillars] == WH_PILLARS
    assert [texts(p.commitments) for p in summit.pillars] == WH_FACT_SHEET
    assert [c.span for c in summit.pillars[0].commitments] == [(23, 23), (24, 24), (27, 27), (28, 28)]
    # Menus, the date and term links under the title, share buttons, the sign-up form, the footer: blocks of
    # lines of a few words each, none a sentence.
    assert summit.preamble.startswith("Today, President Biden met with Prime Minister Justin Trudeau")
    assert summit.preamble.endswith("and manage migration in a safe and orderly way.")
    pillars = "\n".join(p.intro + "\n".join(c.text for c in walk(p.commitments)) for p in summit.pillars)
    for chrome in ("Skip to content", "Share on", "Copy URL", "Stay Connected", "Sign Up", "Privacy", "###"):
        assert chrome not in pillars and chrome not in summit.preamble, chrome


def test_whitehouse_2025_fact_sheet_with_bold_run_in_leads() -> None:
    summit = parse("wh_2025_fact_sheet.html")
    assert summit.title == (
        "Fact Sheet: President Donald J. Trump Secures Border and Trade Commitments from Canada and Mexico"
    )
    assert summit.preamble == "February 3, 2025"
    assert [p.title for p in summit.pillars] == [
        "SECURING THE BORDER",
        "PUTTING AMERICAN WORKERS FIRST",
        "DELIVERING ON HIS PROMISES",
    ]
    assert [p.short_title for p in summit.pillars] == [
        "Securing the Border",
        "Putting American Workers First",
        "Delivering on His Promises",
    ]
    assert summit.pillars[0].intro == (
        "Today, President Donald J. Trump secured commitments from Canada and Mexico to stop the flow of "
        "illegal drugs and migrants across our borders."
    )
    assert counts(summit) == [3, 2, 2]
    assert texts(summit.pillars[1].commitments) == [
        "The tariffs announced on February 1 will be paused for 30 days while the commitments are verified.",
        "A review of the United States-Mexico-Canada Agreement will begin ahead of the 2026 joint review.",
    ]
    text = everything(summit)
    for chrome in ("Fact Sheets\n", "News", "Administration", "Previous", "Next", "THE WHITE HOUSE", "Skip"):
        assert chrome not in text, chrome


def test_html2text_conversion_of_a_whitehouse_page() -> None:
    summit = parse("html2text_fact_sheet.md")
    assert summit.title == "FACT SHEET: U.S.–Canada Roadmap for a Renewed Partnership"
    assert summit.preamble == (
        "January 10, 2024\n\nToday, President Biden and Prime Minister Trudeau reviewed progress on the "
        "Roadmap for a Renewed U.S.-Canada Partnership and agreed on next steps."
    )
    assert [(p.title, p.intro) for p in summit.pillars] == [
        ("Combating COVID-19", "The United States and Canada will:"),
        ("Building Back Better", "The leaders committed to:"),
        ("Accelerating Climate Ambition", "The leaders agreed to:"),
    ]
    assert counts(summit) == [2, 3, 3]
    assert texts(summit.pillars[0].commitments) == [
        "Coordinate on vaccine donations to the Americas through COVAX.",
        "Strengthen the resilience of medical supply chains, including:",
        ["personal protective equipment; and", "active pharmaceutical ingredients."],
    ]
    text = everything(summit)
    for chrome in ("Skip", "The Cabinet", "Español", "Search", "Briefing Room", "Share on", "Stay Connected",
                   "We'll be in touch", "Instagram", "* * *"):  # fmt: skip
        assert chrome not in text, chrome


def test_web_clipper_markdown_with_yaml_front_matter() -> None:
    # Obsidian's web clipper: the page's <title> in the front matter, the site's name after a "|".
    summit = parse("obsidian_clipper_fact_sheet.md")
    assert summit.title == "FACT SHEET: Key Deliverables for the 2024 North American Leaders’ Summit"
    assert summit.preamble.startswith("Today, President Biden met with Prime Minister Justin Trudeau")
    assert [p.title for p in summit.pillars] == WH_PILLARS
    assert [texts(p.commitments) for p in summit.pillars] == WH_FACT_SHEET  # tab-nested children included
    assert summit.pillars[0].commitments[0].span == (18, 18)  # lines of the file, front matter included
    for front_matter in ("source:", "clippings", "[[", "published", "description", "###"):
        assert front_matter not in everything(summit), front_matter


def test_obama_archive_page_with_bold_labels_ending_in_a_colon() -> None:
    summit = parse("obama_archive_fact_sheet.html")
    assert summit.title == "FACT SHEET: Key Deliverables for the 2014 North American Leaders Summit"
    # The archive banner, "Office of the Press Secretary", "For Immediate Release" and the date come before
    # the title: page chrome.
    assert summit.preamble.startswith(
        "Today President Obama met in Toluca, Mexico, with President Peña Nieto"
    )
    assert summit.preamble.endswith("their shared commitment to work together to realize that vision.")
    assert [(p.title, p.intro) for p in summit.pillars] == [
        ("Shared Prosperity", ""),
        ("New Areas of Opportunity", ""),
        ("Citizen Security", ""),
    ]
    assert counts(summit) == [3, 2, 1]
    assert summit.pillars[1].commitments[0].text == (
        "Increasing educational exchanges and promoting skills for a 21st century workforce."
    )
    text = everything(summit)
    for chrome in ("frozen in time", "Search", "Office of the Press Secretary", "For Immediate Release",
                   "Featured Videos", "President Obama Speaks", "Privacy", "USA.gov", "###"):  # fmt: skip
        assert chrome not in text, chrome


# ---------------------------------------------------------------------------------- pm.gc.ca

PM_PILLARS_EN = [
    "Competitiveness",
    "Climate change and the environment",
    "Inclusion and diversity",
    "Security",
]


def test_prime_minister_joint_statement_in_english() -> None:
    summit = parse("pm_joint_statement_en.html")
    assert summit.title == "Joint Statement by Prime Minister Trudeau and President López Obrador"
    assert summit.preamble.split("\n\n")[:2] == ["March 5, 2024", "Ottawa, Ontario"]
    assert summit.preamble.endswith(
        "The Action Plan is built on four pillars: competitiveness; climate change and the environment; "
        "inclusion and diversity; and security."
    )
    assert [p.title for p in summit.pillars] == PM_PILLARS_EN
    assert [p.short_title for p in summit.pillars] == PM_PILLARS_EN
    assert counts(summit) == [4, 3, 2, 3]
    assert texts(summit.pillars[0].commitments)[1:3] == [
        "Deepening cooperation on critical minerals and clean technologies, including:",
        [
            "a joint study on battery supply chains; and",
            "exchanges between geological surveys on exploration data.",
        ],
    ]
    assert summit.pillars[0].commitments[-1].text == (
        "Supporting women entrepreneurs and Indigenous-owned businesses to export under the CUSMA."
    )
    assert summit.pillars[2].intro == ""
    assert summit.pillars[3].intro == (
        "The leaders reaffirmed their commitment to the safety of their citizens and agreed to:"
    )
    text = everything(summit)
    for chrome in ("Skip to main content", "Français", "Main navigation", "Home", "Main Container", "logo",
                   "Main Content", "Related Product", "Backgrounder", "welcomes President", "Share this page",
                   "Date modified", "2024-03-05", "Report a problem", "Terms", "Government of"):  # fmt: skip
        assert chrome not in text, chrome


def test_prime_minister_joint_statement_in_french() -> None:
    summit = parse("pm_declaration_commune_fr.html")
    assert summit.title == "Déclaration commune du premier ministre Trudeau et du président López Obrador"
    assert summit.preamble.split("\n\n")[:2] == ["Le 5 mars 2024", "Ottawa (Ontario)"]
    assert [p.title for p in summit.pillars] == [
        "Compétitivité",
        "Changements climatiques et environnement",
        "Inclusion et diversité",
        "Sécurité",
    ]
    assert counts(summit) == [4, 3, 2, 3]
    competitiveness, climate, _inclusion, security = summit.pillars
    # No-break spaces before the colon and inside « » are spaces; nothing else changes.
    assert competitiveness.intro == (
        "Afin de faire de l’Amérique du Nord la région la plus compétitive du monde, les dirigeants se sont "
        "engagés à :"
    )
    assert security.intro.endswith("et ont convenu de :")  # a narrow no-break space in the source
    assert climate.commitments[1].text == (
        "collaborer à la protection de l’habitat du papillon monarque le long de sa route migratoire, dans "
        "le cadre de l’initiative « Monarque sans frontières »;"
    )
    assert texts(competitiveness.commitments)[2] == [
        "une étude conjointe sur les chaînes d’approvisionnement en batteries;",
        "des échanges entre les commissions géologiques sur les données d’exploration;",
    ]
    text = everything(summit)
    for chrome in ("Passer au contenu", "English", "Navigation principale", "Accueil", "Main Container",
                   "Main Content", "Produits connexes", "Document d’information", "Partager",
                   "Date de modification", "Gouvernement du Canada", "\u00a0", "\u202f"):  # fmt: skip
        assert chrome not in text, chrome


def test_prime_minister_fact_sheet_copied_as_french_text() -> None:
    summit = parse("pm_fiche_information_fr.txt")
    assert summit.title == (
        "FICHE D’INFORMATION : principaux résultats du Sommet des leaders nord-américains de 2025"
    )
    assert summit.preamble.startswith("Aujourd’hui, le premier ministre a rencontré la présidente du Mexique")
    assert counts(summit) == [3, 2, 2]
    assert [p.title for p in summit.pillars] == [
        "Le premier ministre a souligné l’importance de la compétitivité nord-américaine.",
        "Conscients de l’urgence d’agir, les dirigeants se sont engagés à prendre des mesures rapides et "
        "coordonnées pour lutter contre les changements climatiques :",
        "À l’occasion du deuxième anniversaire de la Déclaration de Los Angeles sur la migration et la "
        "protection, les dirigeants se sont engagés à collaborer en matière de migration :",
    ]
    assert [p.short_title for p in summit.pillars] == [
        "Compétitivité, l’innovation et la résilience",
        "Changements climatiques",
        "Migration",
    ]
    assert summit.pillars[0].commitments[-1].text == (
        "Accroître la mobilité étudiante en Amérique du Nord grâce au programme « 100 000 Strong in the "
        "Americas »."
    )
    for chrome in ("Main Container", "logo", "Main Content", "Related Product"):
        assert chrome not in everything(summit), chrome


def test_canada_ca_news_release_without_its_standard_sections() -> None:
    # "Quotes", "Quick facts", "Associated links" and "Contacts" surround the commitments in every Government
    # of Canada news release; they are not pillars. The bold byline is no heading either.
    summit = parse("canada_ca_news_release.html")
    assert summit.title == "Canada and Mexico strengthen their partnership on labour mobility"
    assert summit.preamble.split("\n\n")[:3] == [
        "From: Global Affairs Canada",
        "News release",
        "March 5, 2024 - Ottawa, Ontario - Global Affairs Canada",
    ]
    assert [(p.title, texts(p.commitments)) for p in summit.pillars] == [
        (
            "The ministers agreed to:",
            [
                "strengthen the protection of temporary foreign workers, including through a new bilateral "
                "information line in Spanish;",
                "pilot a regional recruitment office in Mérida, Yucatán;",
                "review the program’s standard employment contract before the 2025 season.",
            ],
        )
    ]
    text = everything(summit)
    for chrome in ("Skip to", "Language selection", "Français", "Search", "You are here", "Quotes",
                   "essential to Canada’s food security", "Quick facts", "25,000", "Associated links",
                   "Backgrounder", "- 30 -", "Contacts", "Media Relations", "Follow us", "Report a problem",
                   "Share this page", "Date modified", "Departments and agencies"):  # fmt: skip
        assert chrome not in text, chrome


def test_canada_ca_news_release_copied_from_the_browser() -> None:
    # No bullets left, a lone "- The Minister…" under the quote, "- 30 -", and the page's menus as text.
    summit = parse("canada_ca_copied_from_browser.txt")
    assert summit.title == "Canada and Mexico strengthen their partnership on labour mobility"
    assert summit.preamble.split("\n\n")[:3] == [
        "From: Global Affairs Canada",
        "News release",
        "March 5, 2024 - Ottawa, Ontario - Global Affairs Canada",
    ]
    assert [(p.title, len(p.commitments)) for p in summit.pillars] == [("The ministers agreed to:", 3)]
    assert [c.span for c in summit.pillars[0].commitments] == [(23, 23), (24, 24), (25, 25)]
    text = everything(summit)
    for chrome in ("Skip to", "Language selection", "Search", "You are here", "Quotes", "The Minister of",
                   "25,000", "Backgrounder", "30", "Media Relations", "Follow us", "Report a problem",
                   "Date modified"):  # fmt: skip
        assert chrome not in text, chrome


def test_word_web_page_filtered_in_windows_1252() -> None:
    # Word's "Web Page, Filtered": its Title style, Heading 2, and list paragraphs that lost their mso-list
    # style (their level is in their indentation, their bullet a Symbol glyph), all in the system code page.
    summit = parse("word_filtered_statement.html")
    assert summit.title == "Leaders’ Statement on North American Energy Security"
    assert summit.preamble.startswith("We, the Leaders of Canada, Mexico and the United States, recognize")
    assert [(p.title, p.intro, texts(p.commitments)) for p in summit.pillars] == [
        (
            "Clean electricity",
            "Our governments will:",
            [
                "expand cross-border transmission, including new interconnections in the Great Lakes region;",
                ["with a joint planning study by 2026;"],
                "align standards for grid “smart” meters – the “North American Meter Standard”.",
            ],
        ),
        (
            "Critical minerals",
            "",
            [
                "Map deposits and processing capacity across the continent.",
                "Launch a North American café of investors – a forum for financing mines and refineries.",
                "Report to Leaders before the next Summit.",
            ],
        ),
    ]


# ---------------------------------------------------------------------------------- gob.mx, SRE


def test_gob_mx_declaration_with_numbered_paragraphs_bold_headings_and_word_lists() -> None:
    summit = parse("gob_mx_declaracion_conjunta.html")
    assert summit.title == "Declaración Conjunta de México y Canadá sobre la Asociación Estratégica"
    assert summit.preamble.split("\n\n") == [
        "Secretaría de Relaciones Exteriores",
        "Comunicado No. 072",
        "05 de marzo de 2024",
        "El presidente de los Estados Unidos Mexicanos, Andrés Manuel López Obrador, y el primer ministro "
        "de Canadá, Justin Trudeau, se reunieron hoy en la ciudad de Ottawa y emitieron la siguiente "
        "declaración conjunta:",
    ]
    assert [p.title for p in summit.pillars] == [
        "Competitividad",
        "Cambio climático y medio ambiente",
        "Movilidad laboral y migración",
        "Seguridad",
    ]
    assert counts(summit) == [3, 2, 2, 2]
    # "1. Los líderes…" paragraphs are items, their numbers markers; Word's list paragraphs keep their levels.
    assert summit.pillars[0].commitments[0].text == (
        "Los líderes acordaron relanzar la Alianza México-Canadá, con una primera reunión ministerial en la "
        "primavera de 2024."
    )
    assert texts(summit.pillars[2].commitments) == [
        "Ampliar el Programa de Trabajadores Agrícolas Temporales México-Canadá, en particular para:",
        [
            "fortalecer la protección de los derechos laborales de las y los trabajadores;",
            "incorporar nuevos sectores, como la construcción y los servicios.",
        ],
        "Crear un grupo de trabajo bilateral sobre vías regulares de migración.",
    ]
    assert summit.pillars[3].commitments[-1].text == (
        "Ambos países intensificarán el intercambio de información para combatir la trata de personas."
    )
    text = everything(summit)
    for chrome in ("Trámites", "Prensa", "Fecha de publicación", "Compartir", "Facebook", "oo0oo", "Ver más",
                   "Etiquetas", "Ottawa\n", "Enlaces", "gob.mx", "legalidad"):  # fmt: skip
        assert chrome not in text, chrome


def test_sre_communique_as_text_with_sentence_case_headings() -> None:
    summit = parse("sre_comunicado_es.txt")
    assert summit.title == "Comunicado conjunto de la Secretaría de Relaciones Exteriores"
    assert summit.preamble == (
        "Los gobiernos de México, Canadá y los Estados Unidos de América celebraron hoy la reunión "
        "trilateral de cancilleres, en la que acordaron las siguientes acciones."
    )
    assert [(p.title, p.intro) for p in summit.pillars] == [
        (
            "Competitividad",
            "Para fortalecer la integración económica de la región, los tres países se comprometieron a:",
        ),
        (
            "Cambio climático y medio ambiente",
            "Con el fin de enfrentar la crisis climática, los gobiernos acordaron:",
        ),
        ("Migración y desarrollo", ""),
    ]
    assert counts(summit) == [2, 3, 2]
    assert "próxima reunión" not in everything(summit)


# ---------------------------------------------------------------------------------- PDF, Word, e-mail text

PDF_CLIMATE = [
    "Reduce methane emissions from the energy and waste sectors, in line with the Global Methane Pledge.",
    "Build a network of cross-border electric vehicle charging stations along major trade corridors, with "
    "interoperable payment systems and connectors.",
    "Cooperate on long-term planning of electricity grids, including:",
    [
        "joint modelling of cross-border transmission needs;",
        "a trilateral workshop on grid resilience to extreme weather.",
    ],
    "Protect 30 per cent of lands and waters by 2030, including the habitat of the monarch butterfly.",
]


def test_pdf_copy_hard_wrapped_with_page_furniture() -> None:
    summit = parse("pdftotext_joint_statement.txt")
    assert summit.title == "Joint Statement of the Leaders of Canada, Mexico and the United States"
    # "con-" / "tinent": the text writes "continent" elsewhere, so the word is made whole.
    assert "Our three countries share a continent, an integrated economy" in summit.preamble
    assert summit.preamble.endswith("we work together every day. Building on the commitments of previous "
                                    "summits, we agreed on the following actions.")  # fmt: skip
    assert [p.title for p in summit.pillars] == [
        "Economic Competitiveness",
        "Climate and Clean Energy",
        "Migration and Development",
        "Regional Security",
    ]
    assert counts(summit) == [3, 4, 2, 3]
    assert texts(summit.pillars[0].commitments) == [
        # A line that ends a sentence but fills the width runs on: the item goes on.
        "Hold the first meeting of the North American semiconductor forum, bringing together industry, "
        "labour and governments to identify investment priorities in 2025. Participation will include "
        "senior officials from the three countries.",
        "Develop a common map of critical mineral deposits, processing facilities and recycling capacity "
        "across the continent.",
        # "o" bullets under "•" bullets, both at the left margin: sub-items.
        [
            "Natural Resources Canada will host the data platform.",
            "The Mexican Geological Survey and the U.S. Geological Survey will contribute their "
            "semiconductor and battery mineral assessments.",
        ],
        "Simplify cross-border trade procedures for small and medium-sized enterprises, building on the work "
        "of the North American Competitiveness Working Group.",
    ]
    # An item broken by the page footer, the page break and the running header reads on, spanning them.
    assert texts(summit.pillars[1].commitments) == PDF_CLIMATE
    assert summit.pillars[1].commitments[1].span == (33, 40)
    assert summit.pillars[3].commitments[0].text == (
        "Strengthen the North American Drug Dialogue to address the production and trafficking of fentanyl "
        "and other synthetic drugs."
    )
    assert summit.pillars[1].intro == (
        "Recognizing that the climate crisis requires urgent action, the Leaders committed to:"
    )
    text = everything(summit)
    for furniture in ("Page ", "Summit 2025 – Joint Statement", "\f", "report on progress"):
        assert furniture not in text, furniture


def test_word_document_saved_as_plain_text() -> None:
    summit = parse("word_saved_action_plan.txt")
    assert summit.title == "CANADA–MEXICO ACTION PLAN 2024–2026"
    assert summit.preamble.startswith(
        "The Government of Canada and the Government of the United Mexican States"
    )
    assert [p.title for p in summit.pillars] == [
        "I. PROSPEROUS AND INCLUSIVE ECONOMIES",
        "II. ENVIRONMENT AND CLIMATE CHANGE",
        "III. SECURITY AND JUSTICE",
    ]
    assert [p.short_title for p in summit.pillars] == [
        "Prosperous and Inclusive Economies",
        "Environment and Climate Change",
        "Security and Justice",
    ]
    assert counts(summit) == [3, 2, 2]
    # Word writes "a)" at the margin, as "1.": the letters are the numbers' sub-items.
    assert texts(summit.pillars[0].commitments)[1:3] == [
        "Promote trade and investment in clean technologies, in particular:",
        ["batteries and electric vehicles;", "clean hydrogen;", "the processing of critical minerals."],
    ]
    assert summit.pillars[2].intro == "Both countries will:"
    assert [len(c.children) for c in summit.pillars[2].commitments] == [0, 2]


def test_email_with_headings_ending_in_a_colon() -> None:
    summit = parse("email_outcomes_colon_headings.txt")
    assert summit.title == "Summary of outcomes - Canada-US-Mexico trilateral meeting"
    assert summit.preamble == ""
    assert [(p.title, p.intro, p.short_title) for p in summit.pillars] == [
        ("Trade and Investment", "", "Trade and Investment"),
        ("Energy and Climate", "", "Energy and Climate"),
        ("Health", "", "Health"),
    ]
    assert texts(summit.pillars[0].commitments) == [
        "Launch a supply chain mapping exercise for semiconductors by June.",
        "Hold a trilateral investment forum in Toronto in the fall.",
        ["Co-chaired by the three trade ministers.", "Open to provincial and state governments."],
    ]
    assert counts(summit) == [2, 2, 1]
    assert "Next steps" not in everything(summit)


# ---------------------------------------------------------------------------------- pandoc Markdown


def test_pandoc_markdown_of_a_whole_page() -> None:
    summit = parse("pandoc_joint_statement.md")
    # "--" is pandoc's en dash; ::: divs, {#id .class} attributes and [^1] footnotes are its markup.
    assert summit.title == "Joint Statement on the Canada–Mexico Action Plan"
    assert summit.preamble == (
        "March 5, 2024\n\nOttawa, Ontario\n\nToday, Prime Minister Justin Trudeau welcomed the President "
        "of Mexico, Andrés Manuel López Obrador, to Ottawa. The leaders celebrated 80 years of diplomatic "
        "relations and agreed to a new Canada–Mexico Action Plan."
    )
    assert [p.title for p in summit.pillars] == [
        "Competitiveness",
        "Climate change and the environment",
        "Security",
    ]
    assert counts(summit) == [3, 3, 2]
    assert texts(summit.pillars[1].commitments) == [
        "Cooperate on reducing methane emissions, including from landfills and the oil and gas sector.",
        "Work together to protect the habitat of the monarch butterfly.",
        [
            "In Mexico, through the Monarch Butterfly Biosphere Reserve.",
            "In Canada, through the national monarch strategy.",
        ],
        "Share expertise on wildfire prevention.",
    ]
    assert summit.pillars[0].commitments[-1].text == (
        "Increasing air connectivity, notably through an updated Air Transport Agreement."
    )
    text = everything(summit)
    for markup in (":::", "{", "}", "[^", "--", "Skip", "Français", "Main navigation", "Main Container",
                   "Sector", "Automotive", "Lead agency", "Backgrounder", "Date modified", "2024-03-05",
                   "firefighting personnel"):  # fmt: skip
        assert markup not in text, markup


# ---------------------------------------------------------------------------------- size and depth


@pytest.mark.parametrize("name", ["nested_50_levels.md", "nested_50_levels.html", "nested_50_levels.txt"])
def test_fifty_levels_of_nesting_lose_nothing(name: str) -> None:
    summit = parse(name)
    items = [c.text for c in walk(summit.pillars[0].commitments)]
    assert items == [f"level {n}" for n in range(1, 51)] + ["back at the top"]
    assert [c.text for c in summit.pillars[0].commitments] == ["level 1", "back at the top"]
    deepest = summit.pillars[0].commitments
    for _level in range(32):
        deepest = deepest[0].children
    # Folded at depth 32: levels 33 to 50 are the last level's items, in order.
    assert [c.text for c in deepest] == [f"level {n}" for n in range(33, 51)]


@pytest.mark.parametrize("levels", [98, 150, 2000])
def test_lists_nested_beyond_the_readers_depth_keep_every_item(levels: int) -> None:
    """The HTML reader walks recursively to a limit; deeper lists are read flat, one item per <li>."""
    page = (
        "<div><p>The leaders will:</p>"
        + "".join(f"<ul><li>level <b>{n}</b>" for n in range(1, levels + 1))
        + "</li></ul>" * levels
        + "<ul><li>back at the top</li></ul></div>"
    )
    summit = parse_text(page, "html", "deep.html")
    items = [c.text for c in walk(summit.pillars[0].commitments)]
    assert items == [f"level {n}" for n in range(1, levels + 1)] + ["back at the top"]
    assert [c.text for c in summit.pillars[0].commitments] == ["level 1", "back at the top"]


@pytest.mark.parametrize(
    ("fmt", "line"),
    [
        ("txt", "  • Item {n}: a commitment.\n"),
        ("md", "- Item {n}: a commitment.\n"),
        ("html", "<li>Item {n}: a commitment.</li>"),
    ],
)
def test_a_list_of_five_thousand_items(tmp_path: Path, fmt: str, line: str) -> None:
    body = "".join(line.format(n=n) for n in range(1, 5001))
    text = (
        f"<p>The leaders committed to:</p><ul>{body}</ul>"
        if fmt == "html"
        else f"The leaders committed to:\n\n{body}"
    )
    path = tmp_path / f"long.{fmt}"
    path.write_text(text, encoding="utf-8")
    summit = parse_file(path)  # its time: benchmarks/bench_import.py (txt-20mb-one-list)
    assert counts(summit) == [5000]
    assert [c.text for c in summit.pillars[0].commitments][::1000] == [
        f"Item {n}: a commitment." for n in range(1, 5001, 1000)
    ]


def test_a_twenty_megabyte_text_just_under_the_limit(tmp_path: Path) -> None:
    sheet = (DOCUMENTS / "pdftotext_joint_statement.txt").read_text(encoding="utf-8")
    copies = MAX_DOCUMENT_BYTES // len(sheet.encode()) - 1
    path = tmp_path / "twenty.txt"
    path.write_text(sheet * copies, encoding="utf-8")
    assert MAX_DOCUMENT_BYTES - 2 * len(sheet.encode()) < path.stat().st_size <= MAX_DOCUMENT_BYTES
    summit = parse_file(path)  # its time and memory: benchmarks/bench_import.py (txt-20mb)
    assert summit.commitment_count == 12 * copies
