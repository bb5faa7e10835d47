"""File → Export briefing book… opens the book dialog on what the main window shows."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from nals_desktop.services.browse import list_summits
from nals_desktop.services.importing import ImportOptions, import_file
from nals_desktop.ui.scope import ViewScope

OCEANS = Path(__file__).parents[1] / "briefing" / "oceans.txt"  # a second summit, with parties CA and US


def _titles(outline) -> list[str]:
    return [t for item in outline for t in (_titles(item) if isinstance(item, list) else [item.title])]


def test_export_action_builds_the_pillar_in_view(window, qtbot, tmp_path: Path) -> None:
    assert window.export_book_action in window.menuBar().actions()[0].menu().actions()
    dialog = window.open_book_dialog()  # the window opens on pillar A
    out = tmp_path / "pillar-a.pdf"
    dialog.path_edit.setText(str(out))
    with qtbot.waitSignal(dialog.built, timeout=60_000):
        dialog.build()
    titles = _titles(PdfReader(out).outline)
    assert sorted(t.split()[0] for t in titles if t[:2] == "A-") == [f"A-{i}" for i in range(1, 7)]
    assert not any(t.startswith("B-") for t in titles)


def test_the_window_hands_the_dialog_its_scope_by_id(window) -> None:
    summit = window.nav_model.node(window.nav_model.first_pillar_index()).parent.payload
    window.set_scope(f"summit:{summit.id}")
    assert window._scope == ViewScope(summit_id=summit.id)
    dialog = window.open_book_dialog()
    assert dialog.current_summit().summit.id == summit.id and dialog.scope_kind() == "summit"
    assert dialog.scope().summit_id == summit.id
    dialog.close()
    assert ViewScope.from_key("pillar:p-1") == ViewScope(pillar_id="p-1")
    assert ViewScope.from_key("pillar:p-1").key == "pillar:p-1" and ViewScope.from_key("facet:x").key == "all"


def test_ctrl_p_on_search_results_presets_the_summit_of_the_hits(
    qtbot, make_window, seeded_store, tmp_path: Path
) -> None:
    """Issue 11, item 5: hits in NALS, another summit chosen in the navigator: the book is of NALS."""
    nals = list_summits(seeded_store)[0]
    oceans = import_file(seeded_store, OCEANS, ImportOptions(parties=["CA", "US"])).summit_id
    window = make_window(seeded_store)
    assert window.navigator.select_key(f"summit:{oceans}")
    window.search.set_text("methane")
    qtbot.waitUntil(
        lambda: window.table_model.query.search == "methane" and window.table_model.rowCount() > 0
    )
    dialog = window.open_book_dialog()
    assert dialog.current_summit().summit.id == nals.id
    assert dialog.scope_kind() == "query" and dialog.scope().query == "methane"
    out = tmp_path / "methane.pdf"
    dialog.path_edit.setText(str(out))
    with qtbot.waitSignal(dialog.built, timeout=60_000):
        dialog.build()
    refs = [t.split()[0] for t in _titles(PdfReader(out).outline) if t[:2] == "B-"]
    assert refs and all(r.startswith("B-") for r in refs)
