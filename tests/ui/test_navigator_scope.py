"""Issue 11, item 9: facet counts are those of the rows in view; arrowing past pillars keeps the scope."""

from __future__ import annotations

from PySide6.QtCore import Qt

from nals_desktop.services import workspace
from nals_desktop.services.annotate import set_position
from nals_desktop.services.workspace import TableQuery
from nals_desktop.ui.models.navigator import FacetState, Kind, KindRole

from .conftest import AUTHOR


def refs(window) -> list[str]:
    model = window.table_model
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def count_of(window, key: str) -> str:
    return window.nav_model.index_of(key).siblingAtColumn(1).data()


def test_facet_counts_are_those_of_the_pillar_shown(qtbot, make_window, annotated_store) -> None:
    ids = workspace.commitment_ids(annotated_store, TableQuery())
    set_position(annotated_store, ids[6 + 2], "CA", {"stance": "support"}, AUTHOR)  # B-3
    window = make_window(annotated_store)  # on pillar A
    [summit] = workspace.navigator_tree(annotated_store)
    pillar_b = f"pillar:{summit.pillars[1].id}"
    assert count_of(window, "facet:stance:support") == "2"  # not B-3
    assert count_of(window, "facet:stance:support-with-conditions") in ("0", "", None)
    window.navigator.select_key(pillar_b)
    qtbot.waitUntil(lambda: count_of(window, "facet:stance:support") == "1")
    assert count_of(window, "facet:tag:energy") in ("0", "", None)  # the tag stays listed, counting 0
    window.toggle_facet(window.nav_model.index_of("facet:stance:support"))
    assert refs(window) == ["B-3"]
    window.toggle_facet(window.nav_model.index_of("facet:stance:support"))  # exclude
    window.toggle_facet(window.nav_model.index_of("facet:stance:support"))  # off
    window.navigator.select_key(f"summit:{summit.summit.id}")
    qtbot.waitUntil(lambda: count_of(window, "facet:stance:support") == "3")
    window.toggle_facet(window.nav_model.index_of("facet:stance:support"))
    assert (
        window.nav_model.node(window.nav_model.index_of("facet:stance:support")).state is FacetState.INCLUDE
    )
    assert refs(window) == ["A-2", "A-4", "B-3"]


def test_arrowing_past_the_pillars_keeps_the_scope(qtbot, window) -> None:
    nav = window.navigator
    start = window._scope
    nav.setFocus()
    while nav.currentIndex().data(KindRole) != Kind.FACET.value:
        qtbot.keyClick(nav, Qt.Key.Key_Down)
    assert window._scope == start  # passed pillars B…F without choosing any of them
    qtbot.wait(nav.KEYBOARD_DELAY_MS + 100)
    assert window._scope == start and refs(window)[0] == "A-1"
    # A pause on a pillar chooses it; Enter chooses it at once.
    qtbot.keyClick(nav, Qt.Key.Key_Up)
    while nav.currentIndex().data(KindRole) != Kind.PILLAR.value:
        qtbot.keyClick(nav, Qt.Key.Key_Up)
    assert nav.currentIndex().data().startswith("F ")
    qtbot.waitUntil(lambda: refs(window)[0] == "F-1")
    qtbot.keyClick(nav, Qt.Key.Key_Up)
    qtbot.keyClick(nav, Qt.Key.Key_Return)
    assert nav.scope_timer.isActive() is False and refs(window)[0] == "E-1"


def test_only_the_last_scopes_counts_are_shown(qtbot, annotated_store) -> None:
    """Counts run in the background: those of a scope left since never overwrite the newer ones."""
    from nals_desktop.ui.errors import ErrorReporter
    from nals_desktop.ui.main_window import MainWindow
    from nals_desktop.ui.tasks import TaskRunner

    runner = TaskRunner()
    window = MainWindow(annotated_store, runner=runner, errors=ErrorReporter(interactive=False))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.is_ready, timeout=60_000)
    [summit] = workspace.navigator_tree(annotated_store)
    for pillar in summit.pillars:  # pillar B last: one support (A-2 and A-4 are in pillar A)
        window.navigator.select_key(f"pillar:{pillar.id}")
    window.navigator.select_key(f"pillar:{summit.pillars[1].id}")
    runner.wait(30_000)
    qtbot.waitUntil(lambda: window.table_model.query.pillar_id == summit.pillars[1].id)
    runner.wait(30_000)
    qtbot.wait(50)
    assert count_of(window, "facet:stance:support") in ("0", "", None)
    assert count_of(window, "facet:stance:support-with-conditions") == "1"  # B-1
    window.close()
