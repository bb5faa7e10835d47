"""Book content for tests: three pillars with French and Spanish text, positions of three parties."""

from __future__ import annotations

from datetime import UTC, date, datetime

from nals_desktop.briefing import (
    BookContent,
    BookRequest,
    ChangeView,
    CommitmentView,
    PartyView,
    PillarView,
    PositionView,
    SourceView,
    StatusView,
)
from nals_desktop.domain.model import ImplementationStatus, Priority, Stance

PARTIES = (PartyView("CA", "Canada"), PartyView("MX", "México"), PartyView("US", "United States"))

_TEXTS = {
    "A": [
        "Organizing the first-ever trilateral semiconductor forum with industry to adapt government policies "
        "and increase investment in semiconductor supply chains across North America.",
        "Developing a North American Critical Minerals Resource Map and organizing a trilateral workshop "
        "to share data and facilitate cooperation.",
        "Increasing student mobility in North America by expanding the 100K Strong in the Americas "
        "Innovation Fund.",
    ],
    "B": [
        "Réduire les émissions de méthane du secteur des déchets d'au moins 15 % par rapport à 2020 "
        "d'ici 2030 — Énergie propre et sécurité énergétique.",
        "Establishing a plan for operating standards and installation of electric vehicle (EV) chargers "
        "on either side of the three countries' borders.",
        "Committing to trilateral discussions on the potential for developing a North American hydrogen "
        "market, including research & development, safety codes and standards.",
        "Acknowledging the importance of the social cost of greenhouse gas (SC-GHG) estimates.",
    ],
    "C": [
        "El presidente Andrés Manuel López Obrador propuso fortalecer la cooperación en migración "
        "ordenada, segura y regular en la región, con atención a niñas, niños y adolescentes.",
        "Promoting and sharing information on regular migration pathways and programs.",
    ],
}
_PILLARS = (
    (
        "A",
        "Competitiveness",
        "North American competitiveness",
        "The three countries will deepen economic cooperation, promote investment and reinforce "
        "competitiveness, innovation and resilience by:",
    ),
    (
        "B",
        "Énergie et climat",
        "Climate change and clean energy",
        "Recognizing the increasing urgency to address climate change, the leaders committed to "
        "ambitious measures by:",
    ),
    (
        "C",
        "Migración",
        "Migración y desarrollo",
        "Los líderes reafirmaron su compromiso de trabajar juntos para lograr una migración segura:",
    ),
)

STANCES = list(Stance)
MARKINGS = ("UNCLASSIFIED", "PROTECTED A", "PROTECTED B")


def position(code: str, n: int, **overrides: object) -> PositionView:
    values: dict[str, object] = dict(
        party_code=code,
        stance=STANCES[n % len(STANCES)],
        priority=list(Priority)[n % 3],
        objective=f"Secure a trilateral work plan with {code} by Q3; protéger l'Énergie du Québec.",
        key_messages="- Canada welcomes the forum.\n- Nous appuyons l'initiative.\n• Apoyamos a México.",
        responses="If asked about funding: no new money is announced.",
        fallback="Accept a bilateral pilot first.",
        red_line="No commitment on regulatory harmonization.",
        background="López Obrador raised the issue at the 2022 meeting & again in 2023.",
        marking=MARKINGS[n % len(MARKINGS)] if code == "CA" else "UNCLASSIFIED",
        tags=("energy", "priorité"),
        updated_by="Marie Tremblay",
        updated_at=datetime(2024, 5, 1, 14, 32, tzinfo=UTC),
    )
    values.update(overrides)
    return PositionView(**values)  # type: ignore[arg-type]


def make_content(**overrides: object) -> BookContent:
    pillars = []
    n = 0
    for tab, short, title, intro in _PILLARS:
        commitments = []
        for i, text in enumerate(_TEXTS[tab], start=1):
            n += 1
            children: tuple[CommitmentView, ...] = ()
            if i == 1:
                children = (
                    CommitmentView(
                        f"{tab}-{i}.1", "Participation will include senior industry representatives."
                    ),
                    CommitmentView(f"{tab}-{i}.2", "Cabinet-level participation from all three countries."),
                )
            positions = tuple(
                position(code, n + k) for k, code in enumerate(("CA", "MX", "US")) if n % 4 or k
            )
            commitments.append(
                CommitmentView(
                    reference=f"{tab}-{i}",
                    text=text,
                    children=children,
                    status=StatusView(
                        status=list(ImplementationStatus)[n % 7],
                        progress=(n * 17) % 101,
                        evidence="Forum held in Ottawa; see the joint statement of 12 March.",
                        as_of=date(2024, 4, 30),
                        reason="Updated after the officials' call.",
                    ),
                    positions=positions,
                    updated_by="Juan Pérez",
                    updated_at=datetime(2024, 5, 2, 9, 0, tzinfo=UTC),
                )
            )
        pillars.append(PillarView(tab, short, title, intro, tuple(commitments)))
    values: dict[str, object] = dict(
        summit_title="North American Leaders' Summit 2023",
        summit_date=date(2023, 1, 10),
        location="Ciudad de México",
        parties=PARTIES,
        pillars=tuple(pillars),
        changes=(
            ChangeView(
                datetime(2024, 5, 1, 14, 32, tzinfo=UTC), "Marie Tremblay", "A-1", "CA", ("objective",)
            ),
            ChangeView(datetime(2024, 3, 1, 8, 0, tzinfo=UTC), "Juan Pérez", "B-2", None, ("status",)),
            ChangeView(datetime(2023, 1, 1, 8, 0), "Old Timer", "C-1", "MX", ("stance",)),
        ),
        sources=(
            SourceView(
                "FACT SHEET: Key Deliverables for the 2023 North American Leaders' Summit",
                "Office of the Prime Minister of Canada",
                "9f2c4e1b7a0d3c5e8f6a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6",
            ),
        ),
    )
    values.update(overrides)
    return BookContent(**values)  # type: ignore[arg-type]


def make_request(**overrides: object) -> BookRequest:
    values: dict[str, object] = dict(
        title="Briefing Book — NALS 2023",
        subtitle="Prime Minister's visit to Mexico City",
        prepared_for="The Prime Minister",
        prepared_by="North America Bureau",
        copy_number="3 of 12",
        own_party="CA",
        parties=("CA", "MX", "US"),
        changes_since=date(2024, 1, 1),
        reproducible=True,
        printed_on=date(2024, 6, 3),
    )
    values.update(overrides)
    return BookRequest(**values)  # type: ignore[arg-type]
