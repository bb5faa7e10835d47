"""Counted messages take each language's form for their count: English "1 revision", French « 0 version »."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, Qt
from pytestqt.qtbot import QtBot

from nals_desktop import cli, i18n
from nals_desktop.store.engine import Store

NB = "\u00a0"
#: gettext: the history line of `nals show`, for 0, 1 and 2 revisions.
HISTORY = {
    "en": ("History: 0 revisions", "History: 1 revision", "History: 2 revisions"),
    "fr": (f"Historique{NB}: 0 version", f"Historique{NB}: 1 version", f"Historique{NB}: 2 versions"),
    "es": ("Historial: 0 versiones", "Historial: 1 versión", "Historial: 2 versiones"),
}
#: Qt: the book preview's message once the pages are sent, for 0, 1 and 2 pages.
PRINTED = {
    "en": ("Sent 0 pages to the printer.", "Sent 1 page to the printer.", "Sent 2 pages to the printer."),
    "fr": (
        "0 page envoyée à l’imprimante.",
        "1 page envoyée à l’imprimante.",
        "2 pages envoyées à l’imprimante.",
    ),
    "es": (
        "Se enviaron 0 páginas a la impresora.",
        "Se envió 1 página a la impresora.",
        "Se enviaron 2 páginas a la impresora.",
    ),
}
#: The navigator's accessible text of the seed's pillars E (1 commitment) and F (7).
PILLAR_COUNTS = {
    "en": (", 1 commitment", ", 7 commitments"),
    "fr": (", 1 engagement", ", 7 engagements"),
    "es": (", 1 compromiso", ", 7 compromisos"),
}


@pytest.fixture(params=("en", "fr", "es"))
def every_language(
    request: pytest.FixtureRequest, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    """English, French, Spanish, as the app installs them (English has a catalogue of counted messages)."""
    from PySide6.QtWidgets import QApplication

    from nals_desktop.ui.translations import install_qt_translations, remove_qt_translations

    lang: str = request.param
    monkeypatch.setenv("NALS_LANG", lang)  # as `nals` reads it
    app = QApplication.instance()
    assert app is not None
    translators = install_qt_translations(app, lang)
    assert len(translators) == (1 if lang == "en" else 2)
    yield lang
    remove_qt_translations(app, translators)


def test_gettext_forms(every_language: str) -> None:
    assert i18n.current_language() == every_language
    forms = tuple(
        i18n.ngettext("History: {n} revision", "History: {n} revisions", n).format(n=n) for n in (0, 1, 2)
    )
    assert forms == HISTORY[every_language]


def test_cli_history_of_one_revision(every_language: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["position", "set", "B-1", "--party", "CA", "--stance", "support"]) == 0
    assert cli.main(["show", "B-1"]) == 0
    assert HISTORY[every_language][1] in capsys.readouterr().out.splitlines()


def test_qt_forms(every_language: str) -> None:
    forms = tuple(
        QCoreApplication.translate("BookPreview", "Sent {n} pages to the printer.", "", n).format(n=n)
        for n in (0, 1, 2)
    )
    assert forms == PRINTED[every_language]


def _walk(model: QAbstractItemModel, parent: QModelIndex) -> Iterator[QModelIndex]:
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from _walk(model, index)


def test_navigator_speaks_a_pillar_of_one_commitment_in_the_singular(
    every_language: str, make_window: Callable[[Store], Any], seeded_store: Store
) -> None:
    window = make_window(seeded_store)
    model = window.nav_model
    spoken = {
        index.data()[:1]: index.data(Qt.ItemDataRole.AccessibleTextRole)
        for index in _walk(model, QModelIndex())
        if model.node(index).kind.name == "PILLAR"
    }
    one, seven = PILLAR_COUNTS[every_language]
    assert spoken["E"].endswith(one), spoken["E"]
    assert spoken["F"].endswith(seven), spoken["F"]
