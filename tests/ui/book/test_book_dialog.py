"""The briefing-book dialog on the seeded store: PDFs read back with pypdf, file dialogs through seams."""

from __future__ import annotations

import os
import re
import threading
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

from nals_desktop.briefing.builder import BookResult
from nals_desktop.services import annotate
from nals_desktop.services.browse import list_pillars, list_summits
from nals_desktop.services.identity import Author, save_profile
from nals_desktop.services.importing import ImportOptions, import_file
from nals_desktop.services.workspace import save_search
from nals_desktop.ui.book import BookPreview, export_briefing_book, job
from nals_desktop.ui.book.job import CommitGuard, write_book
from nals_desktop.ui.tasks import TaskContext, TaskRunner

from .pdfread import outline_titles

ME = Author("Claire Roy", "CA", "dev-1")


def pillar_id(store, tab: str) -> str:
    _summit, pillars = list_pillars(store)
    return next(p.id for p in pillars if p.tab == tab)


def refs_in(titles: list[str]) -> list[str]:
    return [m.group(0) for t in titles if (m := re.match(r"[A-Z]-\d+", t))]


def test_builds_one_pillar_reports_progress_and_previews(make_dialog, seeded_store, out_dir) -> None:
    dialog = make_dialog(pillar_ids=[pillar_id(seeded_store, "A")])
    assert dialog.scope_kind() == "pillars" and dialog.checked_pillars() == ["A"]
    progress: list[tuple[float, str]] = []
    results: list[BookResult] = []
    dialog.progressed.connect(lambda f, m: progress.append((f, m)))
    dialog.built.connect(results.append)
    dialog.show()
    dialog.build_button.click()

    out = out_dir / "book.pdf"
    assert results and results[0].path == out and out.exists()
    assert progress and progress[-1][0] == 1.0 and all(0.0 <= f <= 1.0 for f, _m in progress)
    assert [f for f, _m in progress] == sorted(f for f, _m in progress)
    assert "Done" in progress[-1][1]
    reader = PdfReader(str(out))
    assert len(reader.pages) == results[0].pages > 0
    titles = outline_titles(out)
    assert any(t.startswith("A ·") for t in titles)
    assert refs_in(titles) == [
        "A-1",
        "A-2",
        "A-3",
        "A-4",
        "A-5",
        "A-6",
    ]  # that pillar's commitments, nothing else
    assert reader.metadata.title == "Briefing book"
    # Shown in the preview; the dialog closed.
    assert dialog.result() == dialog.DialogCode.Accepted and not dialog.isVisible()
    preview = dialog.preview
    assert isinstance(preview, BookPreview) and preview.isVisible()
    assert preview.page_count == len(reader.pages)
    assert [p for p in out_dir.iterdir() if p.name != "book.pdf"] == []  # no staging or partial files left


def test_selected_commitments_and_saved_search_scopes(make_dialog, seed_ids, out_dir) -> None:
    dialog = make_dialog(selected_commitment_ids=[seed_ids["C-1"], seed_ids["A-2"]])
    assert dialog.scope_kind() == "selected" and "A-2" in dialog.selected_label.text()
    scope = dialog.scope()  # identity goes down as ids, never as references or tab letters
    assert scope.commitment_ids == (seed_ids["C-1"], seed_ids["A-2"]) and not scope.pillar_ids
    assert scope.summit_id == dialog.current_summit().summit.id
    dialog.scope_pillars_radio.setChecked(True)
    dialog.pillar_model.item(1).setCheckState(Qt.CheckState.Checked)
    assert dialog.scope().pillar_ids == (dialog.current_summit().pillars[1].id,)
    dialog.scope_selected_radio.setChecked(True)
    dialog.section_checks["matrix"].setChecked(False)
    dialog.build()
    assert refs_in(outline_titles(out_dir / "book.pdf")) == ["A-2", "C-1"]

    save_search("Methane", "methane")
    dialog = make_dialog(saved_query="methane")
    assert dialog.scope_kind() == "query" and dialog.query_combo.currentData() == "methane"
    dialog.path_edit.setText(str(out_dir / "methane.pdf"))
    dialog.build()
    refs = refs_in(outline_titles(out_dir / "methane.pdf"))
    assert refs and all(r.startswith("B-") for r in refs)


def test_cancel_leaves_no_file_and_keeps_the_existing_one(qtbot, make_dialog, out_dir, monkeypatch) -> None:
    out = out_dir / "book.pdf"
    out.write_bytes(b"%PDF-1.4 the book printed last week\n")
    before = out.read_bytes()
    started, go_on = threading.Event(), threading.Event()
    real = job.export_book  # type: ignore[attr-defined]  # patched where the job looks it up

    def gated(store, scope, request, path, progress, cancel):
        def report(fraction: float, message: str) -> None:
            if not started.is_set():  # hold the worker until the test has pressed Cancel
                started.set()
                go_on.wait(10)
            progress(fraction, message)

        return real(store, scope, request, path, progress=report, cancel=cancel)

    monkeypatch.setattr(job, "export_book", gated)
    runner = TaskRunner()  # a real worker thread
    dialog = make_dialog(runner=runner)
    dialog.ask_replace = lambda parent, path: True
    results: list[object] = []
    dialog.built.connect(results.append)
    dialog.show()
    dialog.build()
    assert dialog.building and dialog.cancel_build_button.isVisible() and not dialog.build_button.isEnabled()
    qtbot.waitUntil(started.is_set, timeout=5000)
    qtbot.mouseClick(dialog.cancel_build_button, Qt.MouseButton.LeftButton)
    go_on.set()
    assert runner.wait(10_000)
    qtbot.wait(50)  # whatever the worker sent back is delivered (and dropped)
    assert "Cancelled" in dialog.status_label.text()
    assert not results and dialog.preview is None and dialog.isVisible() and dialog.build_button.isEnabled()
    assert out.read_bytes() == before
    assert sorted(p.name for p in out_dir.iterdir()) == ["book.pdf"]
    # Without an existing file, a cancelled build leaves nothing.
    out.unlink()
    started.clear()
    go_on.clear()
    dialog.build()
    qtbot.waitUntil(started.is_set, timeout=5000)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Escape cancels the build first; the dialog stays open
    go_on.set()
    assert runner.wait(10_000)
    qtbot.wait(50)
    assert dialog.isVisible() and not results
    assert list(out_dir.iterdir()) == []


def test_cancel_after_the_last_check_still_writes_nothing(seeded_store, out_dir) -> None:
    from nals_desktop.briefing.content import BookRequest
    from nals_desktop.domain.errors import CancelledError
    from nals_desktop.services.books import resolve_scope

    out = out_dir / "book.pdf"
    out.write_bytes(b"old")
    cancel = threading.Event()
    ctx = TaskContext(None, cancel)
    real_progress = ctx.progress

    def progress(fraction: float, message: str) -> None:
        real_progress(fraction, message)
        if fraction >= 1.0:  # the book is complete; Cancel arrives before it is moved into place
            cancel.set()

    ctx.progress = progress  # type: ignore[method-assign,assignment]
    with pytest.raises(CancelledError):
        scope = resolve_scope(seeded_store, pillars=("E",))
        write_book(seeded_store, scope, BookRequest(title="T"), out, ctx, CommitGuard())
    assert out.read_bytes() == b"old"
    assert sorted(p.name for p in out_dir.iterdir()) == ["book.pdf"]
    guard = CommitGuard(committed=True)
    assert guard.cancel(cancel.set) is False  # once written, Cancel no longer undoes it


def test_options_are_remembered_across_dialogs(make_dialog, out_dir, nals_home) -> None:
    save_profile("Test Officer", "CA")
    dialog = make_dialog()
    assert dialog.own_party == "CA"
    assert "our delegation" in dialog.party_checks["CA"].text() and dialog.party_checks["CA"].font().bold()
    dialog.title_edit.setText("Leaders' book")
    dialog.subtitle_edit.setText("Mexico City, January 2023")
    dialog.prepared_for_edit.setText("The Prime Minister")
    dialog.prepared_by_edit.setText("North America Branch")
    dialog.copy_edit.setText("7")
    dialog.party_checks["MX"].setChecked(False)
    dialog.section_checks["matrix"].setChecked(False)
    dialog.since_check.setChecked(True)
    dialog.since_edit.setDate(QDate(2023, 1, 2))
    dialog.marking_combo.setCurrentIndex(dialog.marking_combo.findData("PROTECTED B"))
    dialog.placement_combo.setCurrentIndex(dialog.placement_combo.findData("top"))
    dialog.page_size_combo.setCurrentIndex(dialog.page_size_combo.findData("a4"))
    dialog.reproducible_check.setChecked(True)
    dialog.scope_pillars_radio.setChecked(True)
    dialog.pillar_model.item(4).setCheckState(Qt.CheckState.Checked)  # E: one commitment, fast
    folder = out_dir / "books"
    folder.mkdir()
    dialog.path_edit.setText(str(folder / "leaders.pdf"))
    request = dialog.request()
    assert (
        request.own_party == "CA"
        and request.parties == ("CA", "US")
        and request.changes_since == date(2023, 1, 2)
    )
    dialog.build()
    assert dialog.book_result is not None
    reader = PdfReader(str(folder / "leaders.pdf"))
    assert round(float(reader.pages[0].mediabox.width)) == 595  # A4 went through to the builder
    assert "PROTECTED B" in reader.pages[0].extract_text()

    again = make_dialog()
    assert again.title_edit.text() == "Leaders' book"
    assert again.subtitle_edit.text() == "Mexico City, January 2023"
    assert again.prepared_for_edit.text() == "The Prime Minister"
    assert again.prepared_by_edit.text() == "North America Branch"
    assert again.copy_edit.text() == ""  # each copy has its own number
    assert again.checked_parties() == ["CA", "US"]
    assert {k for k, box in again.section_checks.items() if box.isChecked()} == {
        "cover",
        "contents",
        "pillars",
        "changes",
        "sources",
    }
    assert again.since_check.isChecked() and again.changes_since() == date(2023, 1, 2)
    assert again.marking_combo.currentData() == "PROTECTED B"
    assert again.placement_combo.currentData() == "top"
    assert again.page_size_combo.currentData() == "a4"
    assert again.reproducible_check.isChecked()
    assert again.suggested_path().parent == folder
    assert (nals_home / "preferences.ini").exists()


def test_empty_scope_is_a_clear_message_and_no_file(make_dialog, errors, out_dir) -> None:
    dialog = make_dialog(saved_query="zzyzx-nothing-matches")
    dialog.show()
    dialog.build()
    assert errors.shown[-1].message == "Nothing to print: the chosen scope has no commitments."
    assert errors.shown[-1].title == "Cannot build the briefing book"
    assert dialog.status_label.text() == errors.shown[-1].message and dialog.isVisible()
    assert not (out_dir / "book.pdf").exists()

    dialog.scope_pillars_radio.setChecked(True)  # no pillar ticked
    dialog.build()
    assert "tick at least one pillar" in errors.shown[-1].message
    for box in dialog.party_checks.values():
        box.setChecked(False)
    dialog.build()
    assert "at least one party" in errors.shown[-1].message
    dialog.scope_summit_radio.setChecked(True)
    dialog.party_checks["CA"].setChecked(True)
    for box in dialog.section_checks.values():
        box.setChecked(False)
    dialog.build()
    assert "at least one section" in errors.shown[-1].message
    assert len(errors.shown) == 4 and not (out_dir / "book.pdf").exists()
    assert list(out_dir.iterdir()) == []


def test_bad_output_paths(make_dialog, errors, out_dir) -> None:
    dialog = make_dialog(pillar_ids=())
    dialog.show()
    dialog.scope_pillars_radio.setChecked(True)
    dialog.pillar_model.item(4).setCheckState(Qt.CheckState.Checked)
    dialog.path_edit.setText(str(out_dir / "missing" / "book.pdf"))
    dialog.build()
    assert errors.shown[-1].message == f"The folder {out_dir / 'missing'} does not exist."
    dialog.path_edit.setText(str(out_dir))
    dialog.build()
    assert "is a folder" in errors.shown[-1].message
    if os.geteuid() != 0:  # root may write anywhere
        locked = out_dir / "locked"
        locked.mkdir(mode=0o500)
        dialog.path_edit.setText(str(locked / "book.pdf"))
        dialog.build()
        assert errors.shown[-1].message == f"You may not write {locked / 'book.pdf'}."
        assert list(locked.iterdir()) == []
    assert dialog.book_result is None and dialog.isVisible()


def test_existing_file_is_replaced_only_when_the_user_agrees(make_dialog, out_dir) -> None:
    out = out_dir / "book.pdf"
    out.write_bytes(b"keep me")
    dialog = make_dialog()
    dialog.scope_pillars_radio.setChecked(True)
    dialog.pillar_model.item(4).setCheckState(Qt.CheckState.Checked)
    asked: list[Path] = []
    dialog.ask_replace = lambda parent, path: asked.append(path) or False
    dialog.build()
    assert asked == [out] and out.read_bytes() == b"keep me" and dialog.book_result is None
    assert "kept" in dialog.status_label.text()
    dialog.ask_replace = lambda parent, path: True
    dialog.build()
    assert dialog.book_result is not None and out.read_bytes().startswith(b"%PDF")


def test_browse_goes_through_the_seam(make_dialog, out_dir) -> None:
    dialog = make_dialog()
    seen: list[Path] = []
    chosen = out_dir / "chosen.pdf"
    dialog.choose_path = lambda parent, current: seen.append(current) or chosen
    dialog.browse_button.click()
    assert seen == [out_dir / "book.pdf"] and dialog.output_path() == chosen
    dialog.choose_path = lambda parent, current: None  # cancelled: nothing changes
    dialog.browse()
    assert dialog.output_path() == chosen


def test_export_briefing_book_uses_the_parents_helpers(qtbot, seeded_store, runner, errors) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.runner = runner  # type: ignore[attr-defined]
    parent.errors = errors  # type: ignore[attr-defined]
    parent.show()
    dialog = export_briefing_book(parent, seeded_store, pillar_ids=[pillar_id(seeded_store, "B")])
    assert dialog.isVisible() and dialog.isModal() and dialog.parent() is parent
    assert dialog.runner is runner and dialog.errors is errors
    assert dialog.checked_pillars() == ["B"]
    assert dialog.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.close()


def test_every_control_is_named_and_mnemonics_are_unique(make_dialog, seed_ids) -> None:
    dialog = make_dialog(selected_commitment_ids=[seed_ids["A-1"]], saved_query="energy")
    dialog.show()
    unnamed = [
        type(w).__name__ + ":" + w.objectName()
        for w in dialog.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and w.isVisibleTo(dialog)
        and not w.objectName().startswith("qt_")  # the inner parts of Qt's composite widgets
        and (not w.accessibleName() or not w.accessibleDescription())
    ]
    assert unnamed == []
    letters = []
    for w in dialog.findChildren(QWidget):
        text = (
            w.text()
            if isinstance(w, (QAbstractButton, QLabel))
            else w.title()
            if isinstance(w, QGroupBox)
            else ""
        )
        if "&" in text.replace("&&", ""):
            letters.append(text[text.index("&") + 1].lower())
    assert len(letters) == len(set(letters)) > 15, letters
    # Keyboard: the first control takes focus and Tab moves through the options.
    assert dialog.build_button.isDefault()


def test_keyboard_reaches_every_option_in_order(qtbot, make_dialog) -> None:
    dialog = make_dialog()
    dialog.show()
    qtbot.waitExposed(dialog)
    chain: list[QWidget] = []
    widget = dialog.summit_combo
    while widget not in chain:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    order = [
        dialog.summit_combo,
        dialog.pillar_list,
        dialog.party_checks["CA"],
        dialog.party_checks["US"],
        dialog.title_edit,
        dialog.copy_edit,
        dialog.section_checks["cover"],
        dialog.marking_combo,
        dialog.path_edit,
        dialog.build_button,
    ]
    assert [chain.index(w) for w in order] == sorted(chain.index(w) for w in order)
    # Space ticks the current pillar; Enter builds (Build is the default button).
    dialog.scope_pillars_radio.setChecked(True)
    dialog.pillar_list.setFocus()
    dialog.pillar_list.setCurrentIndex(dialog.pillar_model.index(4, 0))
    qtbot.keyClick(dialog.pillar_list, Qt.Key.Key_Space)
    assert dialog.checked_pillars() == ["E"]
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert dialog.book_result is not None and dialog.book_result.pages > 0


OCEANS = Path(__file__).parents[2] / "briefing" / "oceans.txt"  # a second summit, with parties CA and US


def test_parties_follow_the_summit_and_left_out_positions_are_said(
    make_dialog, seeded_store, seed_ids, out_dir
) -> None:
    """Issue 11, item 1: from a CA+US summit to NALS 2023, Mexico is ticked; unticked, the dialog says so."""
    annotate.set_position(seeded_store, seed_ids["B-3"], "MX", {"stance": "oppose"}, ME)
    oceans = import_file(seeded_store, OCEANS, ImportOptions(parties=["CA", "US"])).summit_id
    dialog = make_dialog(summit_id=oceans)
    assert dialog.checked_parties() == ["CA", "US"]
    dialog.summit_combo.setCurrentIndex(dialog.summit_combo.findData(list_summits(seeded_store)[0].id))
    assert dialog.checked_parties() == ["CA", "MX", "US"]
    assert dialog.left_out_label.isHidden()
    dialog.party_checks["MX"].setChecked(False)
    assert not dialog.left_out_label.isHidden() and "Mexico" in dialog.left_out_label.text()
    dialog.party_checks["US"].setChecked(False)  # no position recorded: nothing to say about it
    assert "United States" not in dialog.left_out_label.text()
    dialog.party_checks["MX"].setChecked(True)
    assert dialog.left_out_label.isHidden()


def test_cover_fields_and_parties_are_remembered_per_summit(make_dialog, seeded_store, out_dir) -> None:
    """Issue 11, item 8: a NALS subtitle is never printed on another summit's cover."""
    nals = list_summits(seeded_store)[0].id
    dialog = make_dialog(summit_id=nals)
    dialog.title_edit.setText("Leaders' book")
    dialog.subtitle_edit.setText("Mexico City, January 2023")
    dialog.prepared_by_edit.setText("North America Branch")
    dialog.party_checks["MX"].setChecked(False)
    dialog.scope_pillars_radio.setChecked(True)
    dialog.pillar_model.item(4).setCheckState(Qt.CheckState.Checked)  # E: one commitment, fast
    dialog.build()
    assert dialog.book_result is not None

    oceans = import_file(seeded_store, OCEANS, ImportOptions(parties=["CA", "US"])).summit_id
    other = make_dialog(summit_id=oceans)
    assert (other.title_edit.text(), other.subtitle_edit.text()) == ("", "")
    assert other.prepared_by_edit.text() == "North America Branch"  # who prepared it is not per summit
    assert other.checked_parties() == ["CA", "US"]
    other.subtitle_edit.setText("Ottawa")
    other.summit_combo.setCurrentIndex(other.summit_combo.findData(nals))  # back to NALS: its own fields
    assert (other.title_edit.text(), other.subtitle_edit.text()) == (
        "Leaders' book",
        "Mexico City, January 2023",
    )
    assert other.checked_parties() == ["CA", "US"]
    other.summit_combo.setCurrentIndex(other.summit_combo.findData(oceans))  # edits kept while it is open
    assert other.subtitle_edit.text() == "Ottawa"


def test_a_password_typed_in_the_dialog_protects_the_book(make_dialog) -> None:
    from nals_desktop.domain.errors import ValidationError

    dialog = make_dialog()
    assert dialog.request().password is None  # no password: an ordinary PDF
    dialog.password_edit.setText("short")
    with pytest.raises(ValidationError, match="at least 8 characters"):
        dialog.request()
    dialog.password_edit.setText("book password 1")
    assert dialog.request().password == "book password 1"
    assert "book password 1" not in repr(dialog.request())  # never shown in a log line
