"""Importer metadata: every real document of the test corpus (tests/importers/documents/corpus/) read
without its front matter, as a staffer's copy without one would be: its title, date, place and parties
against what the front matter states (title, date) and what was read off the text by hand (place, parties;
pinned below).

Run: `.venv/bin/python -m benchmarks.bench_metadata`. Columns: the title found is the front matter's
("same"), one taken from the text ("text", always flagged for review) or the file name ("file"); the date is
the front matter's ("same"), its meeting's first day ("near"), another ("WRONG") or none ("-"); the place and
parties are as pinned ("same"), another ("WRONG"; for parties: "+X" found but not pinned, "-X" pinned but not
found) or none ("-").
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from nals_desktop.domain.errors import DocumentError
from nals_desktop.importers import read_text
from nals_desktop.importers.detect import Reading, title_from_name
from tests.importers.rendered import front_matter

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "importers" / "documents" / "corpus"

#: The three documents kept without front matter: their title and date as the corpus README gives them.
STATED = {
    "wh_nals2021_key_deliverables.md": (
        "FACT SHEET: Key Deliverables for the 2021 North American Leaders' Summit",
        "2021-11-18",
    ),
    "wh_nals2023_key_deliverables.md": (
        "FACT SHEET: Key Deliverables for the 2023 North American Leaders' Summit",
        "2023-01-10",
    ),
    "wh_quad_summit_2021_fact_sheet.md": ("Fact Sheet: Quad Summit", "2021-03-12"),
}

#: Where the meeting took place, where the text says so ("" where it does not), read by hand.
PLACES = {
    "wh_2022_asean_us_joint_vision_statement.md": "Washington, D.C.",
    "wh_2022_nato_madrid_fact_sheet.md": "Madrid, Spain",
    "wh_2022_g7_pgii_launch_fact_sheet.md": "Schloss Elmau",
    "wh_2022_us_indonesia_fact_sheet.md": "Bali, Indonesia",
    "wh_2023_g7_pgii_fact_sheet.md": "Hiroshima, Japan",
    "wh_2023_india_us_joint_statement.md": "New Delhi",
    "wh_2023_us_caribbean_fact_sheet.md": "Nassau, The Bahamas",
    "wh_2023_us_eu_ttc_joint_statement.md": "Luleå, Sweden",
    "wh_2023_us_vietnam_fact_sheet.md": "Hanoi, Vietnam",
    "wh_2024_cop29_fact_sheet.md": "Baku, Azerbaijan",
    "wh_2024_g7_pgi_fact_sheet.md": "Fasano, Italy",
    "wh_2024_summit_for_democracy_fact_sheet.md": "Seoul",
    "wh_2024_us_germany_fact_sheet.md": "Germany",
}

_G7 = "CA FR DE IT JP GB US EU"
#: Who takes part as the text says (leaders, "We, the leaders of…", those joined in its title), by hand.
PARTIES = {
    "wh_2021_us_ec_joint_statement.md": "US EU",
    "wh_2021_us_mexico_security_joint_statement.md": "US MX",
    "wh_2022_americas_partnership_fact_sheet.md": "US",
    "wh_2022_asean_us_joint_vision_statement.md": "ASEAN US",
    "wh_2022_caricom_joint_readout.md": "US CARICOM DO",
    "wh_2022_cop27_fact_sheet.md": "US",
    "wh_2022_g7_pgii_launch_fact_sheet.md": _G7,
    "wh_2022_nato_madrid_fact_sheet.md": "US NATO",
    "wh_2022_pacific_islands_fact_sheet.md": "US PIF FJ",
    "wh_2022_summit_for_democracy_fact_sheet.md": "US CR NL KR ZM",
    "wh_2022_united_we_stand_fact_sheet.md": "US",
    "wh_2022_us_africa_health_fact_sheet.md": "US AFU",
    "wh_2022_us_eu_joint_statement.md": "US EU",
    "wh_2022_us_indonesia_fact_sheet.md": "US ID",
    "wh_2023_americas_partnership_east_room_declaration.md": "BB CA CL CO CR DO EC MX PA PE US UY",
    "wh_2023_aukus_submarines_fact_sheet.md": "AU GB US",
    "wh_2023_faith_partnerships_fact_sheet.md": "US",
    "wh_2023_g7_pgii_fact_sheet.md": _G7,
    "wh_2023_india_us_joint_statement.md": "IN US",
    "wh_2023_quad_cyber_joint_statement.md": "AU IN JP US",
    "wh_2023_us_angola_fact_sheet.md": "US AO",
    "wh_2023_us_brazil_workers_rights_joint_statement.md": "US BR",
    "wh_2023_us_caribbean_fact_sheet.md": "US BS",
    "wh_2023_us_eu_ttc_joint_statement.md": "US EU",
    "wh_2023_us_indonesia_fact_sheet.md": "US ID",
    "wh_2023_us_vietnam_fact_sheet.md": "US VN",
    "wh_2024_6g_principles_joint_statement.md": "US AU CA CZ FI FR JP KR SE GB",
    "wh_2024_climate_target_2035_fact_sheet.md": "US",
    "wh_2024_cop29_fact_sheet.md": "US",
    "wh_2024_g7_pgi_fact_sheet.md": _G7,
    "wh_2024_summit_for_democracy_fact_sheet.md": "US KR",
    "wh_2024_us_germany_fact_sheet.md": "US DE",
    "wh_2024_us_india_joint_fact_sheet.md": "US IN",
    "wh_2024_us_peru_fact_sheet.md": "US PE",
    "wh_2024_water_summit_fact_sheet.md": "US",
    "wh_2025_us_argentina_joint_statement.md": "US AR",
    "wh_2025_us_malaysia_joint_statement.md": "US MY",
    "wh_2025_us_saudi_arabia_fact_sheet.md": "US SA",
    "wh_2025_us_switzerland_joint_statement.md": "US CH LI",
    "wh_2026_us_india_joint_statement.md": "US IN",
    "wh_nals2021_key_deliverables.md": "CA MX US",
    "wh_nals2023_key_deliverables.md": "CA MX US",
    "wh_quad_summit_2021_fact_sheet.md": "AU IN JP US",
}


def _plain(text: str) -> str:
    """Titles compared as a reader would: quotes, dashes and spaces alike, the YAML escapes decoded."""
    text = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m[1], 16)), text).replace("\u2060", "")
    text = text.replace("’", "'").replace("\u2013", "-").replace("\u2014", "-")
    return " ".join(text.replace("\u00a0", " ").split()).casefold()


def _reading(text: str, name: str) -> Reading | None:
    for paragraphs in (False, True):
        try:
            return read_text(text, "md", name, paragraphs=paragraphs)
        except DocumentError:
            continue
    return None


def main() -> None:
    totals = {"title": 0, "text": 0, "date": 0, "date_wrong": 0, "place": 0, "place_wrong": 0}
    totals |= {"date_near": 0, "parties": 0}
    dated = placed = 0
    print(f"{'document':52} {'title':5} {'date':16} {'place':22} {'parties':12} title found")
    names = sorted(p.name for p in CORPUS.glob("*.md") if p.name != "README.md")
    for name in names:
        stated, body = front_matter((CORPUS / name).read_text("utf-8"))
        title, when = STATED.get(name, (stated.get("title", ""), stated.get("date", "")))
        reading = _reading(body, name)
        if reading is None:
            print(f"{name:52} refused")
            continue
        summit = reading.summit
        if _plain(summit.title) == _plain(title):
            shown_title = "same"
            totals["title"] += 1
        elif summit.title == title_from_name(name):
            shown_title = "file"
        else:
            shown_title = "text"
            totals["text"] += 1
        expected_date = date.fromisoformat(when) if when else None
        dated += expected_date is not None
        if summit.date is None:
            shown_date = "-"
        elif summit.date == expected_date:
            shown_date = "same"
            totals["date"] += 1
        elif expected_date is not None and abs((summit.date - expected_date).days) <= 2:
            shown_date = f"near {summit.date}"  # a meeting's first day, published on its last
            totals["date_near"] += 1
        else:
            shown_date = f"WRONG {summit.date}"
            totals["date_wrong"] += 1
        place = PLACES.get(name, "")
        placed += bool(place)
        if not summit.location:
            shown_place = "-" if place else ""
        elif summit.location == place:
            shown_place = "same"
            totals["place"] += 1
        else:
            shown_place = f"WRONG {summit.location}"
            totals["place_wrong"] += 1
        pinned, found = PARTIES[name].split(), summit.parties
        missing = [f"-{c}" for c in pinned if c not in found]
        extra = [f"+{c}" for c in found if c not in pinned]
        totals["parties"] += not missing and not extra
        shown_parties = " ".join(missing + extra) or "same"
        print(
            f"{name:52} {shown_title:5} {shown_date:16} {shown_place[:22]:22} {shown_parties:12}"
            f" {summit.title[:60] if shown_title == 'text' else ''}"
        )
    count = len(names)
    print(
        f"\ntitle: {totals['title']} of {count} the front matter's, {totals['text']} more from the text "
        f"(flagged), {count - totals['title'] - totals['text']} the file name"
    )
    print(
        f"date: {totals['date']} of {dated} right, {totals['date_near']} within two days (a meeting's first "
        f"day), {totals['date_wrong']} wrong, the others none"
    )
    print(
        f"place: {totals['place']} of {placed} stated places right, {totals['place_wrong']} wrong "
        "(another place, or one where the text states none)"
    )
    print(f"parties: {totals['parties']} of {count} exactly as pinned")


if __name__ == "__main__":
    main()
