"""Screenshots of the position widgets (NALS_SCREENSHOTS=docs/screenshots to refresh the documented ones)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QComboBox, QWidget

from nals_desktop.domain.model import MAX_FIELD_CHARS
from nals_desktop.services import annotate
from nals_desktop.services.identity import Author
from nals_desktop.ui.positions import BulkEditDialog, HistoryPanel, ProfileDialog

ROOT = Path(__file__).resolve().parents[3]
OBJECTIVE = "Secure a joint methane target of \u221275 % from oil and gas by 2030"


def save(widget: QWidget, folder: Path, name: str) -> QImage:
    image = widget.grab().toImage()
    image.save(str(folder / f"positions-{name}.png"))
    return image


def select(combo: QComboBox, value: str | None) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_screenshots_of_the_position_widgets(
    qtbot, make_editor, seeded_store, ref, author, errors, tmp_path
) -> None:
    target = os.environ.get("NALS_SCREENSHOTS")
    folder = (ROOT / target) if target else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    cid = ref("A-1")
    mx = Author("Maria López", "MX", "device-mx")
    annotate.set_position(seeded_store, ref("A-2"), "CA", {"tags": ["energy", "methane", "trade"]}, author)
    annotate.set_position(
        seeded_store,
        cid,
        "CA",
        {
            "stance": "support",
            "priority": "high",
            "marking": "PROTECTED A",
            "tags": ["energy", "methane"],
            "objective": OBJECTIVE + ".",
            "key_messages": "• Canada leads with regulations already in force.\n"
            "• A common target keeps trade fair.\n• Indigenous partners are part of monitoring.",
            "red_line": "No weakening of the 2030 date.",
        },
        author,
    )
    annotate.set_position(
        seeded_store, cid, "MX", {"stance": "support-with-conditions", "priority": "medium"}, mx
    )
    annotate.set_status(
        seeded_store,
        cid,
        {"status": "underway-on-track", "progress": 40, "reason": "Regulations published"},
        author,
    )
    annotate.set_position(
        seeded_store,
        cid,
        "CA",
        {"objective": OBJECTIVE + ", with yearly reporting."},
        author,
    )

    editor = make_editor()
    editor.resize(860, 760)
    editor.load(cid)
    qtbot.wait(20)
    images = [save(editor, folder, "editor")]

    editor.tabs.setCurrentIndex(editor.tabs.count() - 1)
    select(editor.status_widget("status"), "completed-fully-met")
    qtbot.wait(20)
    images.append(save(editor, folder, "status-needs-reason"))
    select(editor.status_widget("status"), "underway-on-track")

    editor.tabs.setCurrentIndex(1)
    editor.field_widget("MX", "background").setPlainText("x" * (MAX_FIELD_CHARS + 1))
    QGuiApplication.processEvents()
    editor.flush()
    qtbot.wait(20)
    images.append(save(editor, folder, "too-long"))
    editor.field_widget("MX", "background").setPlainText("")
    assert editor.flush()

    panel = HistoryPanel(seeded_store, lambda: author, errors=errors)
    qtbot.addWidget(panel)
    panel.resize(760, 560)
    panel.show()
    panel.load(cid)
    qtbot.wait(20)
    images.append(save(panel, folder, "history"))

    profile = ProfileDialog(seeded_store, first_start=True)
    qtbot.addWidget(profile)
    profile.open()
    qtbot.wait(20)
    images.append(save(profile, folder, "profile"))
    profile.reject()

    bulk = BulkEditDialog(seeded_store, [ref("B-1"), ref("B-2"), ref("B-3"), ref("B-4")], lambda: author)
    qtbot.addWidget(bulk)
    bulk.open()
    select(bulk.stance_combo, "support")
    select(bulk.status_combo, "ongoing")
    bulk.apply()  # no reason: the dialog says so
    qtbot.wait(20)
    images.append(save(bulk, folder, "bulk-edit"))
    bulk.reject()

    for image in images:
        assert not image.isNull() and image.width() > 300
        colours = {
            image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 23)
        }
        assert len(colours) > 5  # not a blank grab
