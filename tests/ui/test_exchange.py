"""File → Exchange in the window: send a bundle, receive one after a preview, see and filter conflicts."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from nals_desktop.services import annotate, bundles, revisions
from nals_desktop.services.identity import Author
from nals_desktop.services.startup import open_user_store
from nals_desktop.store.engine import Store
from nals_desktop.ui.exchange import ReceiveDialog, SendDialog
from nals_desktop.ui.models.navigator import FacetState

ROOT = Path(__file__).resolve().parents[2]
ANNA = Author("Anna", "CA", "00000000-0000-4000-8000-00000000000a")
BEN = Author("Ben", "CA", "00000000-0000-4000-8000-00000000000b")
CONFLICT_KEY = "facet:conflict:open"


def cid(store: Store, ref: str) -> str:
    return annotate.commitment_id_for(store, ref, None)


def records(store: Store) -> list[revisions.RevisionRecord]:
    with store.unit_of_work() as session:
        return revisions.revision_records(session)


@pytest.fixture
def anna(tmp_path: Path) -> Iterator[Store]:
    store = open_user_store(tmp_path / "anna" / "nals.sqlite")
    yield store
    store.close()


@pytest.fixture
def conflicting(anna: Store, seeded_store: Store, tmp_path: Path) -> Path:
    """Anna and Ben (the window's store) share A-1's stance, then each changes it differently (a
    conflict); both edit different lines of A-2's key messages (a clean merge); Anna adds B-1 (new)."""
    ben = seeded_store
    annotate.set_position(anna, cid(anna, "A-1"), "CA", {"stance": "support"}, ANNA)
    annotate.set_position(anna, cid(anna, "A-2"), "CA", {"key_messages": "one\ntwo\nthree"}, ANNA)
    first = bundles.export_bundle(anna, tmp_path / "first.nalsx", ANNA).path
    bundles.import_bundle(ben, first, device_id=BEN.device_id)
    annotate.set_position(anna, cid(anna, "A-1"), "CA", {"stance": "oppose"}, ANNA)
    annotate.set_position(ben, cid(ben, "A-1"), "CA", {"stance": "neutral"}, BEN)
    annotate.set_position(anna, cid(anna, "A-2"), "CA", {"key_messages": "ONE\ntwo\nthree"}, ANNA)
    annotate.set_position(ben, cid(ben, "A-2"), "CA", {"key_messages": "one\ntwo\nTHREE"}, BEN)
    annotate.set_position(anna, cid(anna, "B-1"), "MX", {"priority": "high"}, ANNA)
    return bundles.export_bundle(anna, tmp_path / "anna.nalsx", ANNA).path


@pytest.fixture
def english(qtbot) -> Iterator[None]:
    """English's own plural forms ("1 revision"), as the app installs them."""
    from PySide6.QtWidgets import QApplication

    from nals_desktop.ui.translations import install_qt_translations, remove_qt_translations

    app = QApplication.instance()
    assert app is not None
    translators = install_qt_translations(app, "en")
    yield
    remove_qt_translations(app, translators)


def facet_count(window) -> int:
    node = window.nav_model.node(window.nav_model.index_of(CONFLICT_KEY))
    return int(node.count)


def row_of(window, ref: str) -> int:
    model = window.table_model
    return next(r for r in range(model.rowCount()) if model.row_data(r).row.reference == ref)


def test_receive_previews_then_applies_and_the_conflict_shows(
    qtbot, make_window, seeded_store, conflicting, nals_home
) -> None:
    window = make_window(seeded_store)
    before = records(seeded_store)
    assert facet_count(window) == 0

    dialog = window.open_receive_dialog(conflicting)
    assert isinstance(dialog, ReceiveDialog) and dialog.isVisible()
    rows = [[dialog.model.item(r, c).text() for c in range(4)] for r in range(dialog.model.rowCount())]
    assert rows == [
        ["Conflict", "A-1", "CA", "Stance"],
        ["Merged", "A-2", "CA", ""],
        ["New", "B-1", "MX", ""],
    ]
    assert "Anna (00000000)" in dialog.heading.text()
    assert "1 new, 0 brought up to date, 1 merged without conflict, 1 in conflict" in dialog.summary.text()
    assert dialog.apply_button.isEnabled()
    assert records(seeded_store) == before  # the preview wrote nothing

    dialog.apply_button.click()
    assert not dialog.isVisible()
    assert len(records(seeded_store)) > len(before)
    assert "Received from Anna" in window.statusBar().currentMessage()
    # The navigator's count, and the badge on A-1 only.
    assert facet_count(window) == 1
    window.navigator.select_key("all")
    model = window.table_model
    a1, a2 = row_of(window, "A-1"), row_of(window, "A-2")
    ref = model.column_of("reference")
    assert model.index(a1, ref).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(a2, ref).data(Qt.ItemDataRole.DecorationRole) is None
    described = model.index(a1, ref).data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert described.startswith("Open conflict: CA Stance")
    assert "Open conflict: CA Stance" in model.index(a1, ref).data(Qt.ItemDataRole.ToolTipRole)

    # Clicking the facet filters the table to the commitments in conflict; again, hides them.
    window.toggle_facet(window.nav_model.index_of(CONFLICT_KEY))
    assert [model.row_data(r).row.reference for r in range(model.rowCount())] == ["A-1"]
    window.toggle_facet(window.nav_model.index_of(CONFLICT_KEY))
    assert "A-1" not in [model.row_data(r).row.reference for r in range(model.rowCount())]
    window.clear_filters()

    # Settled in another program: the store watcher brings the count and the badge back down.
    revisions.resolve(seeded_store, cid(seeded_store, "A-1"), "CA", "stance", BEN, choice="theirs")
    window.poll_store()
    assert facet_count(window) == 0
    assert model.index(row_of(window, "A-1"), ref).data(Qt.ItemDataRole.DecorationRole) is None


def test_cancel_changes_nothing_and_a_second_receive_has_nothing_new(
    make_window, seeded_store, conflicting
) -> None:
    window = make_window(seeded_store)
    before = records(seeded_store)
    dialog = window.open_receive_dialog(conflicting)
    dialog.cancel_button.click()
    assert records(seeded_store) == before and facet_count(window) == 0

    bundles.import_bundle(seeded_store, conflicting, device_id=BEN.device_id)
    dialog = window.open_receive_dialog(conflicting)
    assert dialog.model.rowCount() == 0 and not dialog.apply_button.isEnabled()
    assert "Nothing new" in dialog.summary.text()
    dialog.reject()


@pytest.mark.parametrize("damage", ["truncated", "tampered", "newer"])
def test_a_bad_bundle_gives_one_message_and_changes_nothing(
    make_window, seeded_store, conflicting, tmp_path, damage
) -> None:
    import json
    import zipfile

    bad = tmp_path / "bad.nalsx"
    data = conflicting.read_bytes()
    if damage == "truncated":
        bad.write_bytes(data[: len(data) // 2])
    else:
        with zipfile.ZipFile(conflicting) as zin, zipfile.ZipFile(bad, "w") as zout:
            for info in zin.infolist():
                part = zin.read(info)
                if damage == "tampered" and info.filename == "revisions.json":
                    part = part.replace(b'"oppose"', b'"support"')
                if damage == "newer" and info.filename == "manifest.json":
                    manifest = json.loads(part)
                    manifest["version"] = 99
                    part = json.dumps(manifest).encode()
                zout.writestr(info.filename, part)
    window = make_window(seeded_store)
    before = records(seeded_store)
    dialog = window.open_receive_dialog(bad)
    message = dialog.summary.text()
    expected = {"truncated": "not a whole NALS bundle", "tampered": "checksum", "newer": "newer version"}
    assert expected[damage] in message and "nothing was imported" in message.lower()
    assert "\n" not in message
    assert not dialog.apply_button.isEnabled() and dialog.model.rowCount() == 0
    dialog.apply()  # even asked directly, nothing happens
    assert records(seeded_store) == before
    dialog.reject()


def test_dropping_a_bundle_opens_the_receive_preview(window, conflicting) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(conflicting))])
    event = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    assert window._importable(event) == conflicting
    window.dropEvent(event)
    dialog = window.findChild(ReceiveDialog)
    assert dialog is not None and dialog.isVisible() and dialog.model.rowCount() == 3
    assert window.import_dialog is None
    dialog.reject()


def test_receive_asks_for_the_file_through_a_seam(window, conflicting, monkeypatch) -> None:
    monkeypatch.setattr(ReceiveDialog, "ask_file", staticmethod(lambda parent: None))
    assert window.open_receive_dialog() is None
    monkeypatch.setattr(ReceiveDialog, "ask_file", staticmethod(lambda parent: conflicting))
    dialog = window.open_receive_dialog()
    assert dialog is not None and dialog.path == conflicting
    dialog.reject()


def test_send_writes_the_summit_in_view_then_only_what_a_colleague_lacks(
    make_window, seeded_store, anna, tmp_path, english
) -> None:
    ben = seeded_store
    annotate.set_position(ben, cid(ben, "A-1"), "CA", {"stance": "support"}, BEN)
    window = make_window(ben)
    dialog = window.open_send_dialog()
    assert isinstance(dialog, SendDialog) and dialog.this_summit.isChecked()
    assert "Leaders" in dialog.this_summit.toolTip() and dialog.this_summit.text().startswith("Only “Key")
    assert not dialog.only_new.isEnabled() and "No colleague is known yet" in dialog.peer_note.text()
    out = tmp_path / "for-anna"  # the suffix is added
    dialog.path_edit.setText(str(out))
    dialog.write_button.click()
    written = tmp_path / "for-anna.nalsx"
    assert "Wrote " + str(written) + ": 1 revision of 1 summit" in dialog.message.text()
    bundle = bundles.read_bundle(written)
    assert [r.commitment_id for r in bundle.records] == [cid(ben, "A-1")]
    assert len(bundle.summits["summits"]) == 1
    assert "Bundle written" in window.statusBar().currentMessage()

    # An existing file is replaced only on a second click.
    annotate.set_position(ben, cid(ben, "A-2"), "CA", {"stance": "oppose"}, BEN)
    dialog.write_button.click()
    assert "exists" in dialog.message.text() and len(bundles.read_bundle(written).records) == 1
    dialog.write_button.click()
    assert len(bundles.read_bundle(written).records) == 2
    dialog.reject()

    # Once Anna's bundle came in, she is a known colleague: "only what she lacks" leaves hers out.
    annotate.set_position(anna, cid(anna, "B-1"), "MX", {"priority": "high"}, ANNA)
    from_anna = bundles.export_bundle(anna, tmp_path / "anna.nalsx", ANNA).path
    window.open_receive_dialog(from_anna).apply_button.click()
    dialog = window.open_send_dialog()
    dialog.all_summits.setChecked(True)
    assert dialog.only_new.isEnabled() and dialog.peer_combo.currentText() == "Anna (00000000)"
    dialog.only_new.setChecked(True)
    assert dialog.chosen_peer() == ANNA.device_id and dialog.chosen_summit() is None
    dialog.path_edit.setText(str(tmp_path / "new-for-anna.nalsx"))
    dialog.write_button.click()
    sent = bundles.read_bundle(tmp_path / "new-for-anna.nalsx")
    assert {r.commitment_id for r in sent.records} == {cid(ben, "A-1"), cid(ben, "A-2")}
    dialog.path_edit.setText(str(tmp_path / "again-for-anna.nalsx"))
    dialog.write_button.click()
    assert "Nothing new to send" in dialog.message.text()
    dialog.reject()


def test_screenshots_of_the_exchange(qtbot, make_window, seeded_store, conflicting, tmp_path) -> None:
    target = os.environ.get("NALS_SCREENSHOTS")
    folder = (ROOT / target) if target else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    window = make_window(seeded_store)
    window.resize(1360, 820)
    send = window.open_send_dialog()
    send.path_edit.setText("/home/ben/nals-ben.nalsx")
    qtbot.wait(50)
    send.grab().save(str(folder / "exchange-send.png"))
    send.reject()
    receive = window.open_receive_dialog(conflicting)
    qtbot.wait(50)
    receive.grab().save(str(folder / "exchange-receive.png"))
    receive.apply_button.click()
    window.table.selectRow(row_of(window, "A-1"))
    qtbot.wait(50)
    image = window.grab().toImage()
    image.save(str(folder / "exchange-conflicts.png"))
    assert not image.isNull()
    assert window.nav_model.node(window.nav_model.index_of(CONFLICT_KEY)).state is FacetState.OFF


def test_a_bundle_with_a_summit_the_store_lacks_adds_it_to_the_navigator(
    make_window, seeded_store, anna, tmp_path
) -> None:
    from nals_desktop.services.importing import preview_file, store_summit

    from ..conftest import CORPUS

    source, parsed = preview_file(CORPUS / "wh_quad_summit_2021_fact_sheet.md")
    quad = store_summit(anna, source, parsed)
    commitment = annotate.commitment_id_for(anna, "A-1", quad.summit_id)
    annotate.set_position(anna, commitment, parsed.parties[0], {"objective": "Vaccines first"}, ANNA)
    path = bundles.export_bundle(anna, tmp_path / "quad.nalsx", ANNA, summit_id=quad.summit_id).path
    window = make_window(seeded_store)
    dialog = window.open_receive_dialog(path)
    assert f"Adds the summit “{quad.title}”." in dialog.summary.text()
    assert not window.nav_model.index_of(f"summit:{quad.summit_id}").isValid()  # the preview wrote nothing
    dialog.apply_button.click()
    assert window.nav_model.index_of(f"summit:{quad.summit_id}").isValid()


def test_a_bundle_gives_a_summit_imported_before_groups_its_groups_in_the_navigator(
    make_window, seeded_store, anna, tmp_path
) -> None:
    from sqlalchemy import text

    from nals_desktop.services.importing import ImportOptions, import_file

    document = ROOT / "tests" / "importers" / "documents" / "two_level_headings.md"
    summit_id = import_file(anna, document, ImportOptions(parties=["CA", "US"])).summit_id
    first = bundles.export_bundle(anna, tmp_path / "first.nalsx", ANNA, summit_id=summit_id).path
    bundles.import_bundle(seeded_store, first, device_id=BEN.device_id)
    with seeded_store.unit_of_work(write=True) as session:  # as a version before groups received it
        session.execute(
            text("UPDATE commitment SET group_title = NULL WHERE summit_id = :s"), {"s": summit_id}
        )
    path = bundles.export_bundle(anna, tmp_path / "again.nalsx", ANNA, summit_id=summit_id).path
    window = make_window(seeded_store)
    pillar = window.nav_model.first_pillar_index(f"summit:{summit_id}")
    assert window.nav_model.rowCount(pillar) == 0
    dialog = window.open_receive_dialog(path)
    assert (
        "Gives 7 commitments of a summit this store has their group (the sub-heading they stand under)."
        in dialog.summary.text()
    )
    assert dialog.apply_button.isEnabled()  # no new revision, but something to apply
    dialog.apply_button.click()
    pillar = window.nav_model.first_pillar_index(f"summit:{summit_id}")
    assert [
        window.nav_model.index(r, 0, pillar).data() for r in range(window.nav_model.rowCount(pillar))
    ] == [
        "Supply Chains",
        "Investment Screening",
    ]
