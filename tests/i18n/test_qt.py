"""The Qt catalogues (nals_desktop/ui): complete, placeholders intact, compiled, and found at run time."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from nals_desktop import i18n
from nals_desktop.domain.model import FIELD_LABELS, Stance
from nals_desktop.store.engine import Store

from .catalogues import (
    FORM_SAMPLES,
    LANGUAGES,
    LOCALE,
    PACKAGE,
    QT_DIR,
    REFRESH,
    mnemonics,
    placeholders,
    qt_catalogue_tool,
    read_po,
    read_ts,
)

MENUS = {
    "fr": ["&Fichier", "É&dition", "&Affichage", "Aid&e"],
    "es": ["&Archivo", "&Editar", "&Ver", "Ay&uda"],
}


def test_file_menu_in_the_language(
    qt_language: str, make_window: Callable[[Store], Any], seeded_store: Store
) -> None:
    window = make_window(seeded_store)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[0] == MENUS[qt_language][0]
    assert menus == MENUS[qt_language]
    # gettext follows Qt's language: labels shown through i18n._() match the widgets around them
    assert i18n.current_language() == qt_language
    reference = window.table_model.headerData(0, Qt.Orientation.Horizontal)
    assert reference == {"fr": "Réf.", "es": "Ref."}[qt_language]


def test_menu_mnemonics_unique(
    qt_language: str, make_window: Callable[[Store], Any], seeded_store: Store
) -> None:
    """Alt+letter reaches one menu, and one item in each menu (English has clashes; translations do not)."""
    window = make_window(seeded_store)
    bar = window.menuBar().actions()
    groups = [[a.text() for a in bar]] + [[a.text() for a in m.menu().actions() if a.text()] for m in bar]
    for texts in groups:
        letters = [t.replace("&&", "")[t.replace("&&", "").index("&") + 1].lower() for t in texts if "&" in t]
        assert len(letters) == len(texts), texts
        assert len(set(letters)) == len(letters), texts


def test_contexts_lupdate_cannot_see(qt_language: str) -> None:
    """Texts behind a tr() helper or an alias are found in the context Qt looks them up in."""
    from nals_desktop.ui.positions.common import field_label, field_mnemonics, value_label

    fr = qt_language == "fr"
    assert field_label("stance") == ("Position" if fr else "Postura")  # gettext, the domain's FIELD_LABELS
    assert field_mnemonics()["stance"] == ("Po&sition" if fr else "Pos&tura")  # t = QCoreApplication…
    assert value_label("stance", None) == ("non défini" if fr else "sin definir")  # def tr(): … "Positions"
    assert value_label("stance", "support") == ("Appui" if fr else "Apoyo")  # gettext, in the same language
    printing = QCoreApplication.translate("BookPrinting", "Printing page {x} of {y}")
    assert printing == ("Impression de la page {x} de {y}" if fr else "Imprimiendo la página {x} de {y}")


def test_field_labels_are_the_editors_labels(qt_language: str) -> None:
    """The one field-label table (gettext: book, services) reads as the editor's labels without mnemonics."""
    from nals_desktop.ui.positions.common import field_label, field_mnemonics

    mnemonics = field_mnemonics()
    differ = {
        name: (field_label(name), mnemonics[name])
        for name in FIELD_LABELS
        if name != "reason" and field_label(name) != mnemonics[name].replace("&", "")
    }
    assert not differ, differ
    assert field_label("key_messages") == {"fr": "Messages clés", "es": "Mensajes clave"}[qt_language]


def _texts(widget: QWidget) -> Iterable[str]:
    """What a user reads or hears of ``widget``: its text, title, tooltip, accessible name and description."""
    yield from (
        widget.toolTip(),
        widget.accessibleName(),
        widget.accessibleDescription(),
        widget.windowTitle(),
    )
    if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
        yield widget.text()
    if isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    if isinstance(widget, QPlainTextEdit):
        yield widget.placeholderText()
    if isinstance(widget, QTextEdit):
        yield from widget.toPlainText().splitlines()
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QTabWidget):
        yield from (widget.tabText(i) for i in range(widget.count()))
    for action in widget.actions():
        yield from (action.text(), action.toolTip())


def _english(lang: str) -> set[str]:
    """English texts of the catalogues that read differently once translated (and are no translation)."""
    qt = read_ts(QT_DIR / f"nals_desktop_{lang}.ts")
    po = read_po(LOCALE / lang / "LC_MESSAGES" / "nals.po")
    translated = {t for m in qt for t in m.translations} | {t for e in po for t in e.translations}
    english = {m.source for m in qt if m.translations != [m.source] * len(m.translations)} | {
        text for e in po if e.translations != e.sources for text in e.sources
    }
    return english - translated


def _select_row(window: Any, row: int) -> None:
    window.table.selectionModel().setCurrentIndex(
        window.table_model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def test_no_english_left_in_the_window_and_dialogs(
    qt_language: str, make_window: Callable[[Store], Any], seeded_store: Store, qtbot: QtBot, tmp_path: Path
) -> None:
    """Every text of the main window (with a commitment selected) and of its dialogs is translated: a text
    the catalogue translates but the screen shows in English was looked up in the wrong context."""
    from reportlab.pdfgen.canvas import Canvas

    from nals_desktop.services.identity import load_author
    from nals_desktop.ui.book import BookDialog
    from nals_desktop.ui.book.preview import BookPreview
    from nals_desktop.ui.import_dialog import ImportDialog
    from nals_desktop.ui.positions import ProfileDialog
    from nals_desktop.ui.positions.bulk import BulkEditDialog
    from nals_desktop.ui.preferences import PreferencesDialog
    from nals_desktop.ui.summit_dialog import SummitDialog

    window = make_window(seeded_store)
    _select_row(window, 0)
    pdf = Canvas(str(tmp_path / "book.pdf"))
    pdf.drawString(72, 720, "A page")
    pdf.save()
    dialogs = [
        BookPreview(tmp_path / "book.pdf", runner=window.runner, errors=window.errors),
        ImportDialog(seeded_store, window.runner, window.errors, window),
        BookDialog(seeded_store, runner=window.runner, errors=window.errors),
        BulkEditDialog(seeded_store, [window.current_commitment_id()], load_author, window),
        ProfileDialog(seeded_store, window),
        SummitDialog(seeded_store, window.summit_in_view(), window.runner, window),
        PreferencesDialog(window),
    ]
    shown: list[QWidget] = [window, *window.findChildren(QWidget)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        shown += [dialog, *dialog.findChildren(QWidget)]
    english = _english(qt_language)
    texts = {t for widget in shown for t in _texts(widget) if t}
    for model in (window.table_model, window.nav_model, window.history.model):
        texts |= {model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())}
    texts |= {window.nav_model.index(r, 0).data() for r in range(window.nav_model.rowCount())}
    assert len(texts) > 300
    assert not texts & english, sorted(texts & english)


@pytest.mark.parametrize("lang", ("en", *LANGUAGES))
def test_ts_complete_and_faithful(lang: str) -> None:
    """Each .ts: no unfinished or obsolete message, each plural form of a counted (numerus) one, placeholders
    kept exactly, at most one mnemonic. English, the source language, has the counted messages alone."""
    problems = []
    messages = read_ts(QT_DIR / f"nals_desktop_{lang}.ts")
    assert messages
    for m in messages:
        where = f"{m.context}: {m.source!r}"
        if m.kind:
            problems.append(f"{m.kind}: {where}")
        if lang == "en" and not m.numerus:
            problems.append(f"not a counted message: {where}")
        if m.numerus and len(m.forms) != len(FORM_SAMPLES):
            problems.append(f"{len(m.forms)} plural forms, not {len(FORM_SAMPLES)}: {where}")
        for text in m.translations:
            if not m.kind and not text.strip():
                problems.append(f"empty: {where}")
            if placeholders(text) != placeholders(m.source):
                problems.append(f"placeholders {placeholders(text)} for {placeholders(m.source)}: {where}")
            if mnemonics(text) > max(1, mnemonics(m.source)) or mnemonics(text) > mnemonics(m.source):
                problems.append(f"mnemonics: {text!r} for {where}")
    assert not problems, f"{REFRESH}:\n" + "\n".join(problems)


@pytest.mark.parametrize("lang", ("en", *LANGUAGES))
def test_qm_compiled_from_ts(lang: str) -> None:
    """The committed .qm gives every translation of the .ts, in its context; each plural form by its count."""
    translator = QTranslator()
    assert translator.load(f"nals_desktop_{lang}", str(QT_DIR))
    stale = [
        (m.context, m.source)
        for m in read_ts(QT_DIR / f"nals_desktop_{lang}.ts")
        if (
            [translator.translate(m.context, m.source, m.comment or None, n) for n in FORM_SAMPLES] != m.forms
            if m.numerus
            else translator.translate(m.context, m.source, m.comment or None) != m.translation
        )
    ]
    assert not stale, f"nals_desktop_{lang}.qm is older than the .ts ({REFRESH}): {stale[:5]}"


def test_ts_has_every_call_in_its_run_time_context() -> None:
    """Every tr()/translate() text of the UI is in each .ts under the context PySide6 looks it up in, as a
    numerus message where a count is passed; and every counted one in English's."""
    tool = qt_catalogue_tool()
    sites, dynamic = tool.find_sites(sorted(PACKAGE.joinpath("ui").rglob("*.py")))
    assert not dynamic, dynamic
    assert sites and any(s.numerus for s in sites)
    for lang in ("en", *LANGUAGES):
        keys = {
            (m.context, m.source, m.comment): m.numerus for m in read_ts(QT_DIR / f"nals_desktop_{lang}.ts")
        }
        missing = [
            f"{s.file}:{s.line} {s.context}: {s.source!r}"
            for s in sites
            if (lang != "en" or s.numerus) and keys.get((s.context, s.source, s.comment)) != s.numerus
        ]
        assert not missing, f"missing from nals_desktop_{lang}.ts ({REFRESH}):\n" + "\n".join(missing)


def test_translator_notes_sit_on_a_translated_text() -> None:
    """lupdate gives a "#:" comment to the next tr() text, wherever that is: in ui/ a "#:" stands right above
    a tr() call (a note for translators), never above a constant (it read "The desktop's screen savers…" as a
    note on "NALS Desktop is locked")."""
    stray = []
    for path in sorted(PACKAGE.joinpath("ui").rglob("*.py")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for i, line in enumerate(lines):
            if line.lstrip().startswith("#:"):
                after = next((x for x in lines[i + 1 :] if not x.lstrip().startswith("#")), "")
                if "tr(" not in after:
                    stray.append(f"{path.name}:{i + 1}")
    assert not stray, "use # for comments that are not notes to translators: " + ", ".join(stray)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_both_mechanisms_agree(lang: str) -> None:
    """A text translated by gettext and by Qt (domain labels, shared messages, counted ones: "{n} pillars")
    reads the same in both."""
    entries = read_po(LOCALE / lang / "LC_MESSAGES" / "nals.po")
    po = {e.msgid: e.msgstr for e in entries if not e.msgid_plural}
    counted = {e.msgid_plural: e.plurals for e in entries if e.msgid_plural}
    qt = read_ts(QT_DIR / f"nals_desktop_{lang}.ts")
    differ: dict[tuple[str, str], tuple[object, object]] = {
        (m.context, m.source): (m.translation, po[m.source])
        for m in qt
        if not m.numerus and m.source in po and m.translation != po[m.source] and m.context != "Positions"
    }
    differ |= {
        (m.context, m.source): (m.forms, counted[m.source])
        for m in qt
        if m.numerus and m.source in counted and m.forms != counted[m.source]
    }
    assert not differ, differ
    assert {m.source for m in qt if m.numerus} & set(counted), "no counted message in both to compare"
    assert (
        po[Stance.SUPPORT_WITH_CONDITIONS.label]
        == {"fr": "Appui sous conditions", "es": "Apoyo con condiciones"}[lang]
    )
