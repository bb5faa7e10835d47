"""The canary: a unique string in every text field, through save, restore of a revision, backup, an encrypted
bundle and export, an encrypted book; then every file under the data folder, the temporary folder and the
user's config and cache folders, and the raw bytes of the store, its -wal and -shm: no plaintext hit."""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

import pytest

from nals_desktop.domain.rules import TEXT_FIELDS
from nals_desktop.services import annotate, bundles, maintenance
from nals_desktop.services.identity import Author
from nals_desktop.services.startup import open_user_store

CANARY = "CANARY-7f3e-not-for-disk"
ME = Author("Canary Officer", "CA", "00000000-0000-0000-0000-0000000ca7a7")


def hits(folders: list[Path], needles: list[bytes]) -> list[str]:
    found = []
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file() and not path.is_symlink():
                data = path.read_bytes()
                found += [f"{path}: {n!r}" for n in needles if n in data]
    return found


def test_no_position_text_reaches_any_file_in_clear(
    nals_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    temp, config, cache, out = (tmp_path / name for name in ("tmp", "config", "cache", "out"))
    for folder in (temp, config, cache, out):
        folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    caplog.set_level(logging.DEBUG)
    (tmp_path / "book-password.txt").write_text("book password 1\n")

    store = open_user_store()
    cid = annotate.commitment_id_for(store, "B-1")
    first = annotate.set_position(store, cid, "CA", {f: f"{CANARY} {f}" for f in TEXT_FIELDS}, ME)
    annotate.set_status(
        store, cid, {"status": "ongoing", "evidence": f"{CANARY} evidence", "reason": f"{CANARY} reason"}, ME
    )
    annotate.set_position(store, cid, "CA", {"objective": f"{CANARY} later"}, ME)
    annotate.restore_revision(store, first.revisions[0], ME)  # a revision restored
    maintenance.backup(store)
    bundles.export_bundle(store, out / "anna.nalsx", ME, passphrase="shared out of band")
    maintenance.export_json(store, out / "all.json", passphrase="shared out of band")
    from nals_desktop.cli import main

    book = ["export-book", str(out / "book.pdf"), "--quiet", "--pillar", "B"]
    assert main([*book, "--password-file", str(tmp_path / "book-password.txt")]) == 0
    assert (nals_home / "nals.sqlite-wal").exists()  # the saves sit in the -wal too, while the store is open

    needles = [CANARY.encode(), CANARY.encode("utf-16-le")]
    assert hits([nals_home, temp, config, cache, out], needles) == []
    for raw in ("nals.sqlite", "nals.sqlite-wal", "nals.sqlite-shm"):
        assert CANARY.encode() not in (nals_home / raw).read_bytes()
    assert [r.getMessage() for r in caplog.records if CANARY in r.getMessage()] == []
    store.close()
    assert hits([nals_home, temp, config, cache, out], needles) == []  # after the last checkpoint too


def test_the_window_s_autosave_the_lock_and_a_book_preview_leave_no_plaintext(
    nals_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, qtbot
) -> None:
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

    from nals_desktop.services.browse import get_commitment
    from nals_desktop.ui.book import export_briefing_book
    from nals_desktop.ui.errors import ErrorReporter
    from nals_desktop.ui.main_window import MainWindow
    from nals_desktop.ui.tasks import TaskRunner

    temp, config, cache = (tmp_path / name for name in ("tmp", "config", "cache"))
    for folder in (temp, config, cache):
        folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    caplog.set_level(logging.DEBUG)

    store = open_user_store()
    errors = ErrorReporter(interactive=False)
    window = MainWindow(store, runner=TaskRunner(synchronous=True), errors=errors)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.is_ready, timeout=60_000)
    window.table.selectionModel().setCurrentIndex(
        window.table_model.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    cid = window.current_commitment_id()
    assert cid is not None
    typed = []
    for name in TEXT_FIELDS:  # typed into the window; its autosave (the debounce timer) saves them
        field = window.editor.field_widget("CA", name)
        if isinstance(field, QPlainTextEdit):
            field.setFocus()
            field.setPlainText(f"{CANARY} {name}")
            typed.append(name)
        elif isinstance(field, QLineEdit):
            field.setFocus()
            field.setText(f"{CANARY} {name}")
            typed.append(name)
    assert typed
    qtbot.waitUntil(lambda: not window.editor.autosave_timer.isActive(), timeout=30_000)
    (saved,) = [p for p in get_commitment(store, cid).positions if p.party_code == "CA"]
    assert all(getattr(saved, name) == f"{CANARY} {name}" for name in typed)  # autosaved, not flushed
    window.search.edit.setText(CANARY)  # searched for, too

    # The book dialog's preview: a protected book and a plain one, built where a temporary copy would go,
    # shown in the preview, closed and deleted.
    for name, password in (("preview-protected.pdf", "book password 1"), ("preview.pdf", "")):
        dialog = export_briefing_book(window, store)
        dialog.path_edit.setText(str(temp / name))
        dialog.password_edit.setText(password)
        dialog.build()
        assert dialog.preview is not None and not errors.shown, errors.shown
        assert dialog.preview.page_count > 1  # a protected book is shown too (with the password typed)
        if password:
            assert CANARY.encode() not in (temp / name).read_bytes()
        dialog.preview.close()
        dialog.preview.deleteLater()
        (temp / name).unlink()
    qtbot.wait(50)

    window.lock.lock()  # locked: the store closes, its key is dropped
    assert window.lock.locked and window.lock.released
    needles = [CANARY.encode(), CANARY.encode("utf-16-le")]
    assert hits([nals_home, temp, config, cache], needles) == []
    window.lock.screen.passphrase.setText("correct horse battery staple")
    window.lock.screen.button.click()
    qtbot.waitUntil(lambda: not window.lock.locked, timeout=60_000)

    window.close()  # saves the window's state (Qt settings)
    store.close()
    assert hits([nals_home, temp, config, cache], needles) == []
    for raw in ("nals.sqlite", "nals.sqlite-wal", "nals.sqlite-shm"):
        path = nals_home / raw
        assert not path.exists() or CANARY.encode() not in path.read_bytes()
    assert [r.getMessage() for r in caplog.records if CANARY in r.getMessage()] == []
