"""Screenshots of the main states (NALS_SCREENSHOTS=docs/screenshots to refresh the documented ones)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def save(widget, folder: Path, name: str) -> QImage:
    image = widget.grab().toImage()
    image.save(str(folder / f"{name}.png"))
    return image


def test_screenshots_of_the_main_states(qtbot, make_window, annotated_store, corpus, tmp_path) -> None:
    target = os.environ.get("NALS_SCREENSHOTS")
    folder = (ROOT / target) if target else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    window = make_window(annotated_store)
    window.resize(1360, 820)
    qtbot.wait(50)
    images = [save(window, folder, "main-window")]
    window.search.set_text("meth")
    qtbot.wait(50)
    images.append(save(window, folder, "search-meth"))
    window.search.set_text("")
    window.toggle_facet(window.nav_model.index_of("facet:stance:support"))
    window.navigator.select_key("all")
    qtbot.wait(50)
    images.append(save(window, folder, "facet-support"))
    window.clear_filters()
    dialog = window.open_import_dialog(corpus / "wh_nals2021_key_deliverables.md")
    dialog.resize(900, 680)
    qtbot.wait(50)
    images.append(save(dialog, folder, "import-preview"))
    dialog.reject()
    box = window.show_about()
    qtbot.wait(50)
    images.append(save(box, folder, "about"))
    box.close()
    for image in images:
        assert not image.isNull() and image.width() > 200
        colours = {
            image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 23)
        }
        assert len(colours) > 5  # not a blank grab
