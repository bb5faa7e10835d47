"""Issue 11, languages: party names, markings and the search placeholder in French and Spanish screens."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from nals_desktop.store.engine import Store

EXPECTED = {
    "fr": {
        "tabs": ["Canada", "Mexique", "États-Unis", "État de mise en œuvre"],
        "markings": ["NON CLASSIFIÉ", "PROTÉGÉ A", "PROTÉGÉ B", "CONFIDENTIEL", "SECRET"],
        "search": "méthane",
        "stance": "Sous conditions",
    },
    "es": {
        "tabs": ["Canadá", "México", "Estados Unidos", "Estado de implementación"],
        "markings": ["NO CLASIFICADO", "PROTEGIDO A", "PROTEGIDO B", "CONFIDENCIAL", "SECRETO"],
        "search": "metano",
        "stance": "Con condiciones",
    },
}


def test_parties_markings_and_search_in_the_language(
    qt_language: str, make_window: Callable[[Store], Any], seeded_store: Store
) -> None:
    from nals_desktop.services.annotate import commitment_id_for, set_position
    from nals_desktop.services.identity import Author

    author = Author("Test", "CA", "00000000-0000-0000-0000-000000000001")
    set_position(
        seeded_store,
        commitment_id_for(seeded_store, "A-1"),
        "MX",
        {"stance": "support-with-conditions"},
        author,
    )
    window = make_window(seeded_store)
    expected = EXPECTED[qt_language]
    form = window.editor.controller.form
    assert [form.tabs.tabText(i) for i in range(form.tabs.count())] == expected["tabs"]
    code = form.parties[0].code
    marking = form.fields[(code, "marking")].widget
    assert [marking.itemText(i) for i in range(marking.count())] == expected["markings"]
    assert marking.itemData(2) == "PROTECTED B"  # the stored value stays the same in every language
    assert expected["search"] in window.search.edit.placeholderText()
    assert "methane" not in window.search.edit.placeholderText()
    model = window.table_model
    cell = model.index(0, model.column_of("stance:MX"))
    assert cell.data() == expected["stance"]
