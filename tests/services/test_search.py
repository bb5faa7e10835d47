"""Search: ranked, accent-insensitive, with snippets, filters and clear syntax errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from nals_desktop.domain.errors import QuerySyntaxError
from nals_desktop.services.importing import ImportOptions, import_file
from nals_desktop.services.search import search


def test_ranked_with_snippets(seeded_store) -> None:
    hits = search(seeded_store, "methane")
    assert hits[0].reference == "B-1"  # "methane" twice there
    assert "[methane]" in hits[0].snippet.lower()
    assert all(h.score <= hits[-1].score for h in hits[:1])


def test_accent_insensitive_both_ways(seeded_store, tmp_path: Path) -> None:
    doc = tmp_path / "fr.md"
    doc.write_text(
        "# Sommet\n\n## Énergie\n\nLes dirigeants s'engagent à :\n\n- Développer l'énergie propre.\n",
        encoding="utf-8",
    )
    import_file(seeded_store, doc, ImportOptions(parties=["CA", "FR"]))
    assert [h.text for h in search(seeded_store, "energie") if h.kind == "commitment"] == [
        "Développer l'énergie propre."
    ]
    assert search(seeded_store, "ÉNERGIE")


def test_phrases_exclusions_prefixes_and_filters(seeded_store) -> None:
    assert {h.reference for h in search(seeded_store, '"black carbon"')} == {"B-1"}
    assert search(seeded_store, "methane -waste") == []  # B-1, the only methane commitment, names waste
    assert "B-1" in {h.reference for h in search(seeded_store, "meth", prefix_last=True)}
    in_pillar_f = {h.reference for h in search(seeded_store, "trilateral pillar:F")}
    assert in_pillar_f and all(r.startswith("F-") for r in in_pillar_f)
    assert {h.reference for h in search(seeded_store, "pillar:E")} == {"E-1"}


@pytest.mark.parametrize("query", ['"unbalanced', "colour:red", "stance:maybe"])
def test_bad_queries_get_a_clear_error(seeded_store, query: str) -> None:
    with pytest.raises(QuerySyntaxError):
        search(seeded_store, query)
