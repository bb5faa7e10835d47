"""The app as a screen reader meets it: run by test_accessibility.py under Xvfb with a private AT-SPI bus.

It opens the main window on the seeded store, then the windows a staffer opens most (the book dialog,
compare positions, the progress dashboard, the import dialog, Send to a colleague, Preferences), and
prints "ready" once all are shown.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from nals_desktop.services.startup import open_user_store
from nals_desktop.ui.main_window import MainWindow


def main() -> int:
    app = QApplication(sys.argv)
    store = open_user_store()
    window = MainWindow(store)
    window.resize(1280, 800)
    window.show()

    def open_windows() -> None:
        if not window.is_ready:
            QTimer.singleShot(50, open_windows)
            return
        if "--dialogs" in sys.argv:
            window.open_book_dialog()
            window.open_compare()
            window.open_dashboard()
            window.open_import_dialog()
            window.open_send_dialog()
            window.open_preferences()
        QTimer.singleShot(500, lambda: print("ready", flush=True))

    QTimer.singleShot(0, open_windows)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
