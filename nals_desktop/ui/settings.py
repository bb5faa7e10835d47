"""Settings declared once (key, type, default, doc); user preferences kept apart from window state."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from nals_desktop.paths import PRIVATE_FILE, data_home, make_private, private_folder

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type[T]
    default: T
    doc: str


# User preferences (data_home()/preferences.ini).
SEARCH_DEBOUNCE_MS = Setting(
    "search/debounce_ms", int, 250, "Pause after the last keystroke before searching."
)
LANGUAGE = Setting(
    "interface/language", str, "", "Language of the app: en, fr or es (empty: the system's); $NALS_LANG wins."
)
TABLE_PAGE_SIZE = Setting("table/page_size", int, 100, "Rows fetched from the store at a time.")
TABLE_CACHE_ROWS = Setting("table/cache_rows", int, 1000, "Most table rows kept in memory.")
LOCK_IDLE_MINUTES = Setting(
    "security/lock_idle_minutes",
    int,
    10,
    "Minutes without input before the window locks, 1 to 240 (0: never); $NALS_LOCK_IDLE_MINUTES wins.",
)

# Window state (data_home()/window-state.ini): restored on the next start, never edited by hand.
GEOMETRY = Setting("window/geometry", QByteArray, QByteArray(), "Main window geometry.")
WINDOW_STATE = Setting("window/state", QByteArray, QByteArray(), "Main window toolbars and docks.")
MAIN_SPLITTER = Setting("window/main_splitter", QByteArray, QByteArray(), "Navigator | table+detail sizes.")
TABLE_SPLITTER = Setting("window/table_splitter", QByteArray, QByteArray(), "Table / detail sizes.")
HEADER_STATE = Setting(
    "table/header", QByteArray, QByteArray(), "Column widths, order and sort, per party set."
)
LAST_SCOPE = Setting(
    "selection/scope", str, "", "The navigator item last selected (all, summit:ID, pillar:ID)."
)
LAST_COMMITMENT = Setting("selection/commitment", str, "", "The commitment last selected.")


class SettingsFile:
    """Typed access to one INI file under the data folder (NALS_HOME), so tests stay isolated."""

    def __init__(self, name: str) -> None:
        self.path = data_home() / name
        try:  # made empty and private first: Qt keeps the mode of the file it rewrites
            os.close(os.open(private_folder(self.path.parent) / name, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE))
        except OSError:
            pass  # a read-only data folder: the settings are read, and not kept
        make_private(self.path)
        self.qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def get(self, setting: Setting[T], suffix: str = "") -> T:
        key = setting.key + (f"/{suffix}" if suffix else "")
        value = self.qsettings.value(key, setting.default)
        if value is None:
            return setting.default
        if setting.type is QByteArray:
            return value if isinstance(value, QByteArray) else setting.default  # type: ignore[return-value]
        try:
            return setting.type(value)  # type: ignore[call-arg]
        except (TypeError, ValueError):
            return setting.default

    def set(self, setting: Setting[T], value: T, suffix: str = "") -> None:
        self.qsettings.setValue(setting.key + (f"/{suffix}" if suffix else ""), value)

    def sync(self) -> None:
        self.qsettings.sync()
        make_private(Path(self.qsettings.fileName()))


def confine_qt_settings() -> None:
    """Keep what Qt itself saves (its file dialog's history, in "QtProject.conf") in the data folder, so
    that NALS_HOME holds everything the app writes; it went to ~/.config before."""
    folder = str(data_home() / "qt")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, folder)


def preferences() -> SettingsFile:
    return SettingsFile("preferences.ini")


def window_state() -> SettingsFile:
    return SettingsFile("window-state.ini")
