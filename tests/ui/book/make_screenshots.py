"""Screenshots of the book dialog and preview: `.venv/bin/python tests/ui/book/make_screenshots.py`."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = Path(tempfile.mkdtemp(prefix="nals-shots-"))
    os.environ["NALS_HOME"] = str(home)
    os.environ["NALS_LANG"] = "en"
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from nals_desktop import i18n
    from nals_desktop.services.browse import list_pillars
    from nals_desktop.services.identity import save_profile
    from nals_desktop.services.startup import open_user_store
    from nals_desktop.ui.book import BookDialog
    from nals_desktop.ui.errors import ErrorReporter
    from nals_desktop.ui.tasks import TaskRunner

    i18n.install("en")
    app = QApplication.instance() or QApplication(sys.argv)
    store = open_user_store()
    save_profile("Policy Officer", "CA")
    _summit, pillars = list_pillars(store)
    out = home / "Briefing book.pdf"
    dialog = BookDialog(
        store,
        pillar_ids=[pillars[1].id],
        runner=TaskRunner(synchronous=True),
        errors=ErrorReporter(interactive=False),
    )
    dialog.title_edit.setText("Briefing book for the Prime Minister")
    dialog.subtitle_edit.setText("North American Leaders' Summit, Mexico City")
    dialog.prepared_for_edit.setText("The Prime Minister")
    dialog.prepared_by_edit.setText("North America Branch")
    dialog.copy_edit.setText("3")
    dialog.path_edit.setText(str(Path.home() / "Documents" / "Briefing book – Climate.pdf"))
    for edit in (dialog.title_edit, dialog.subtitle_edit):
        edit.setCursorPosition(0)
    dialog.show()
    app.processEvents()
    shots = ROOT / "docs" / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(shots / "book-dialog.png"))
    dialog.path_edit.setText(str(out))
    dialog.build()
    preview = dialog.preview
    assert preview is not None, "the book was not built"
    preview.resize(900, 1000)
    app.processEvents()
    preview.go_to_page(2)
    QTest.qWait(1500)  # Qt PDF renders pages on a worker thread
    preview.grab().save(str(shots / "book-preview.png"))
    print(f"wrote {shots / 'book-dialog.png'} and {shots / 'book-preview.png'}")
    preview.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
