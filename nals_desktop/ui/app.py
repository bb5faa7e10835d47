"""The `nals-desktop` entry point: a QApplication and the main window on the user's store."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from nals_desktop import VersionAction, i18n
from nals_desktop.i18n import _

if TYPE_CHECKING:
    from nals_desktop.store.cipher import BackgroundUnlock
    from nals_desktop.store.engine import Store


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="nals-desktop", description=_("NALS Desktop"))
    parser.add_argument("--version", action=VersionAction, help=_("show the version and exit"))
    parser.add_argument(
        "--self-check",
        action="store_true",
        help=_(
            "open the main window offscreen on the user's store, wait until it is painted and "
            "populated, and exit 0 (or 1 with a message on stderr)"
        ),
    )
    parser.add_argument("--self-check-timeout", type=float, default=30.0, help=argparse.SUPPRESS)
    parser.add_argument(
        "--timing", action="store_true", help=argparse.SUPPRESS
    )  # for benchmarks/bench_gui.py
    known, _qt_args = parser.parse_known_args(list(argv[1:]))
    return known


def _unlock_early() -> BackgroundUnlock | None:
    """The passphrase in $NALS_PASSPHRASE_FILE, already being checked (Argon2id) on a thread while the app
    imports the rest; None where it is asked, the keyring is tried first, or there is no key file yet."""
    name = os.environ.get("NALS_PASSPHRASE_FILE")
    if not name:
        return None
    from nals_desktop.paths import store_path
    from nals_desktop.store import cipher, keyring_copy

    path = store_path()
    keys = cipher.key_file(path)
    if not keys.exists() or keyring_copy.enabled(path):
        return None
    try:
        with open(name, encoding="utf-8") as fh:
            passphrase = fh.readline().rstrip("\r\n")
    except (OSError, UnicodeDecodeError):
        return None  # the usual path says why
    return cipher.BackgroundUnlock(keys, passphrase)


def _preload_window() -> None:
    """Import the main window's modules (about 0.4 s) while the passphrase dialog waits for typing."""
    import nals_desktop.ui.main_window  # noqa: F401


def _unlock_and_open(
    open_user_store: Callable[..., Store], *, interactive: bool, early: BackgroundUnlock | None = None
) -> Store:
    """The user's store, asking its passphrase with a dialog (unless $NALS_PASSPHRASE_FILE gives it).

    A wrong passphrase asks again, saying so (each try waits longer); Cancel raises CancelledError. The
    system keyring's copy of the key, when one is kept, opens it without asking; when that copy cannot be
    used, the dialog says why on top.
    """
    from PySide6.QtCore import QTimer

    from nals_desktop.domain.errors import CancelledError, WrongPassphraseError
    from nals_desktop.services.startup import PASSPHRASE_ENV, passphrase_from_file
    from nals_desktop.ui.passphrase import ask_passphrase

    if os.environ.get(PASSPHRASE_ENV) or not interactive:
        if early is not None:
            early.wait()  # its key is this process's now; a wrong passphrase raises here
        return open_user_store(passphrase=passphrase_from_file)
    problem = ""

    def ask(new: bool) -> str:
        QTimer.singleShot(0, _preload_window)
        answer = ask_passphrase(new, problem)
        if answer is None:
            raise CancelledError("cancelled")
        return answer

    def notice(line: str) -> None:
        nonlocal problem
        problem = line

    while True:
        try:
            return open_user_store(passphrase=ask, notice=notice)
        except WrongPassphraseError as exc:
            problem = str(exc)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    i18n.install()
    args = _parse(argv)
    if args.self_check and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    early = _unlock_early()  # Argon2id on a thread, while the imports below run

    # The store and services first: PySide6's import hook slows down every module imported after it
    # (by about 60 ms for SQLAlchemy and the services, measured with their bytecode cached).
    import nals_desktop.services.annotate
    import nals_desktop.services.workspace
    from nals_desktop.domain.errors import CancelledError, NalsError
    from nals_desktop.services.startup import open_user_store

    # isort: split
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from nals_desktop.ui import icons, settings, style
    from nals_desktop.ui.translations import install_qt_translations

    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("NALS Desktop")
    app.setApplicationDisplayName("NALS Desktop")
    app.setOrganizationName("NALS Desktop")
    app.setDesktopFileName("nals-desktop")
    app.setWindowIcon(icons.app_icon())
    style.install(app)
    settings.confine_qt_settings()
    # $NALS_LANG (scripts, tests) over the language chosen in Preferences, over the system's.
    install_qt_translations(
        app, os.environ.get("NALS_LANG") or settings.preferences().get(settings.LANGUAGE) or None
    )

    try:
        store = _unlock_and_open(open_user_store, interactive=not args.self_check, early=early)
    except CancelledError:
        return 1
    except NalsError as exc:
        if args.self_check:
            print(f"nals-desktop: {exc}", file=sys.stderr)
            return 1
        QMessageBox.critical(None, "NALS Desktop", str(exc))
        return 1

    from nals_desktop.ui.errors import ErrorReporter
    from nals_desktop.ui.main_window import MainWindow
    from nals_desktop.ui.positions import ProfileDialog
    from nals_desktop.ui.single_instance import InstanceState, SingleInstance, quit_on_termination

    # One writer per store: a second start brings the first window forward, or opens read-only.
    instance = SingleInstance(store.path, app) if store.path else None
    state = instance.start() if instance else InstanceState.PRIMARY
    quit_on_termination(app)
    if state is InstanceState.FORWARDED:
        store.close()
        return 0
    errors = ErrorReporter(app, interactive=not args.self_check)
    errors.install_excepthook()
    window = MainWindow(store, errors=errors, read_only=state is InstanceState.READ_ONLY or store.read_only)
    window.editor.install_quit_hooks(app)
    # The version costs importlib.metadata (tens of milliseconds): read it once the window is up.
    window.ready.connect(lambda: app.setApplicationVersion(nals_desktop.__version__))
    if instance is not None:

        def bring_to_front() -> None:
            window.showNormal()
            window.raise_()
            window.activateWindow()

        instance.activation_requested.connect(bring_to_front)
    if not args.self_check and state is InstanceState.PRIMARY and ProfileDialog.needed():
        QTimer.singleShot(0, lambda: window.open_profile(first_start=True))
    result = {"code": 0}
    if args.self_check:

        def ready() -> None:
            rows = window.table_model.rowCount()
            if rows == 0 or not window.nav_model.rowCount():
                print(
                    "nals-desktop: " + _("the main window opened but shows no commitments"), file=sys.stderr
                )
                result["code"] = 1
            elif errors.shown:
                print(f"nals-desktop: {errors.shown[0].message}", file=sys.stderr)
                result["code"] = 1
            if args.timing:
                print(f"painted_at={time.time():.6f} rows={rows}")
            app.quit()

        def timeout() -> None:
            print(
                "nals-desktop: "
                + _("the main window was not ready within {seconds:g} s").format(
                    seconds=args.self_check_timeout
                ),
                file=sys.stderr,
            )
            result["code"] = 1
            app.quit()

        window.ready.connect(ready)
        errors.reported.connect(
            lambda shown: (
                print(f"nals-desktop: {shown.message}", file=sys.stderr),
                result.update(code=1),
                app.quit(),
            )
        )
        QTimer.singleShot(int(args.self_check_timeout * 1000), timeout)
    window.show()
    code = app.exec()
    window.runner.wait(10_000)
    if instance is not None:
        instance.release()
    store.close()
    return result["code"] or code


if __name__ == "__main__":
    sys.exit(main())
