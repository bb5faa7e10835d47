"""Issue 11, languages: the export dialog chooses the book's language apart from the app's, and keeps it."""

from __future__ import annotations

import re

from pypdf import PdfReader

from nals_desktop import i18n
from nals_desktop.services.annotate import set_position
from nals_desktop.services.browse import list_pillars
from nals_desktop.services.identity import Author
from nals_desktop.ui.book.options import load_options

AUTHOR = Author("Test Officer", "CA", "00000000-0000-0000-0000-000000000001")


def test_a_french_book_from_the_english_app(qtbot, make_dialog, seeded_store, seed_ids, out_dir) -> None:
    set_position(seeded_store, seed_ids["E-1"], "MX", {"stance": "oppose", "marking": "PROTECTED A"}, AUTHOR)
    _summit, pillars = list_pillars(seeded_store)
    dialog = make_dialog(pillar_ids=[next(p.id for p in pillars if p.tab == "E")])
    assert dialog.language_combo.currentData() == "en"  # the app's, at first
    assert [dialog.language_combo.itemText(i) for i in range(3)] == ["English", "Français", "Español"]
    assert dialog.marking_combo.itemText(1) == "UNCLASSIFIED"
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("fr"))
    assert dialog.checked_pillars() == ["E"]
    with qtbot.waitSignal(dialog.built, timeout=60_000):
        dialog.build()
    text = "\n".join(page.extract_text() for page in PdfReader(out_dir / "book.pdf").pages)
    assert "PROTÉGÉ A" in text and "Mexique" in text and "Cahier d’information" in text
    assert "PROTECTED A" not in text, text
    assert not re.search(r"Mexico(?! City)", text)  # the summit's location is data
    assert i18n.current_language() == "en"  # the app goes on in English
    assert load_options().language == "fr"  # and the next book is French again
    again = make_dialog()
    assert again.language_combo.currentData() == "fr"
