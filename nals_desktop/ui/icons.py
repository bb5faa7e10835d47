"""SVG icons from resources/icons, so they stay crisp on high-DPI screens."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from nals_desktop.paths import resource_path


@cache
def icon(name: str) -> QIcon:
    path = resource_path("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()


def app_icon() -> QIcon:
    return icon("nals-desktop")
