"""The `nals-desktop` entry point: a QApplication and the main window on the user's store."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from nals_desktop import __version__, i18n
from nals_desktop.domain.errors import NalsError
from nals_desktop.services.browse import list_summits
from nals_desktop.services.startup import open_user_store


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    i18n.install()
    app = QApplication(argv)
    app.setApplicationName("NALS Desktop")
    app.setApplicationVersion(__version__)
    try:
        store = open_user_store()
    except NalsError as exc:
        QMessageBox.critical(None, "NALS Desktop", str(exc))
        return 1
    window = QMainWindow()
    summits = list_summits(store)
    window.setCentralWidget(QLabel("\n".join(s.title for s in summits)))
    window.setWindowTitle("NALS Desktop")
    window.show()
    if "--self-check" in argv:
        app.processEvents()
        return 0 if summits else 1
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
