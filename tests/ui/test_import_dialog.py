"""The import dialog, reached through its seams: the file dialog is replaced, the dialog is open()ed."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from nals_desktop.services import workspace
from nals_desktop.services.browse import list_summits
from nals_desktop.ui import import_dialog
from nals_desktop.ui.import_dialog import ImportDialog
from nals_desktop.ui.models.import_preview import SHORT
from nals_desktop.ui.tasks import TaskRunner


def test_import_a_file_with_edited_details(qtbot, window, corpus, monkeypatch) -> None:
    source = corpus / "wh_quad_summit_2021_fact_sheet.md"
    monkeypatch.setattr(ImportDialog, "ask_file", staticmethod(lambda parent: source))
    window.import_action.trigger()
    dialog = window.import_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.file_label.text() == str(source)
    _src, parsed = dialog.preview
    assert dialog.model.rowCount() == len(parsed.pillars) > 0
    assert (
        f"{len(parsed.pillars)} pillars · {parsed.commitment_count} commitments" in dialog.counts_label.text()
    )
    assert len(list_summits(window.store)) == 1  # a preview writes nothing
    # Edit what was detected.
    dialog.title_edit.setText("Quad Leaders' Summit 2021")
    dialog.date_edit.setText("2021-03-12")
    dialog.location_edit.setText("Virtual")
    dialog.parties_edit.setText("AU, IN, JP, US")
    assert dialog.model.setData(dialog.model.index(0, SHORT), "Vaccines")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.summary is not None and dialog.summary.created
    summits = list_summits(window.store)
    assert [s.title for s in summits][-1] == "Quad Leaders' Summit 2021"
    quad = summits[-1]
    assert quad.date.isoformat() == "2021-03-12" and quad.location == "Virtual"
    assert [p.code for p in quad.parties] == ["AU", "IN", "JP", "US"]
    # The window browses the new summit at once, with its parties as columns.
    tree = {n.summit.id: n for n in workspace.navigator_tree(window.store)}
    assert tree[quad.id].pillars[0].short_title == "Vaccines"
    assert window.navigator.currentIndex().data() == "A  Vaccines"
    assert window.table_model.parties == ["AU", "IN", "JP", "US"]
    assert window.table_model.rowCount() == tree[quad.id].pillars[0].commitment_count
    assert window.import_dialog is None or not window.import_dialog.isVisible()


def test_paste_text_and_import(qtbot, window) -> None:
    dialog = window.open_import_dialog()
    dialog.source_tabs.setCurrentIndex(1)
    dialog.paste_edit.setPlainText(
        "# Bilateral Roadmap\n\n## Energy\n\nThe leaders committed to:\n\n- Build a clean grid.\n"
        "- Share methane data.\n\n## Trade\n\nThe leaders will:\n\n- Cut red tape.\n"
    )
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("md"))
    dialog.preview_button.click()
    assert dialog.preview is not None
    assert dialog.model.rowCount() == 2
    dialog.parties_edit.setText("CA, US")
    dialog.import_button.click()
    assert dialog.summary is not None and dialog.summary.commitments == 3
    assert window.table_model.rowCount() == 2  # the new summit's first pillar


def test_bad_file_is_a_clear_message_and_nothing_is_written(
    qtbot, window, tmp_path, errors, monkeypatch
) -> None:
    bad = tmp_path / "notes.txt"
    bad.write_text("just a shopping list\n", encoding="utf-8")
    monkeypatch.setattr(ImportDialog, "ask_file", staticmethod(lambda parent: bad))
    dialog = window.open_import_dialog()
    dialog.choose_file()
    assert dialog.problem_label.isVisibleTo(dialog) and dialog.problem_label.text()
    assert dialog.preview is None and not dialog.import_button.isEnabled()
    missing = tmp_path / "missing.md"
    dialog.preview_path(missing)
    assert "no such file" in dialog.problem_label.text()
    assert len(list_summits(window.store)) == 1
    assert not errors.shown  # expected problems stay in the dialog; no traceback, no dialog box


def test_bad_date_and_party_codes_are_refused(window, corpus) -> None:
    dialog = window.open_import_dialog(corpus / "wh_nals2021_key_deliverables.md")
    dialog.date_edit.setText("12 March")
    dialog.import_button.click()
    assert "YYYY-MM-DD" in dialog.problem_label.text()
    dialog.date_edit.setText("")
    dialog.parties_edit.setText("C4")
    dialog.import_button.click()
    assert "party code" in dialog.problem_label.text()
    assert len(list_summits(window.store)) == 1


def test_import_runs_off_the_gui_thread(qtbot, seeded_store, corpus, errors, monkeypatch) -> None:
    threads: dict[str, threading.Thread] = {}

    def on_its_thread(name: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:  # the real parse and write, noting where they ran
            threads[name] = threading.current_thread()
            return real(*args, **kwargs)

        return run

    for name in ("preview_file", "store_summit"):
        monkeypatch.setattr(import_dialog, name, on_its_thread(name, getattr(import_dialog, name)))
    runner = TaskRunner()  # real threads
    dialog = ImportDialog(seeded_store, runner, errors)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.preview_path(corpus / "wh_nals2021_key_deliverables.md")
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    progress: list[float] = []
    dialog.progress.valueChanged.connect(progress.append)
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
    assert dialog.summary.created and progress and max(progress) == 100
    runner.wait()
    gui = threading.main_thread()
    assert threading.current_thread() is gui  # the test itself runs on the GUI thread
    assert set(threads) == {"preview_file", "store_summit"}
    assert all(thread is not gui for thread in threads.values()), threads


def test_importing_the_same_document_twice_adds_nothing(window, seed_file: Path) -> None:
    dialog = window.open_import_dialog(seed_file)
    dialog.import_button.click()
    assert dialog.summary is not None and not dialog.summary.created
    assert "already in the store" in dialog.progress_label.text()
    assert len(list_summits(window.store)) == 1
