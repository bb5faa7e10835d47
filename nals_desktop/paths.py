"""Where bundled resources, migrations and the user's data live."""

from __future__ import annotations

import os
import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    # Installed wheel and frozen app: inside the package; source checkout: beside it.
    for base in (_PACKAGE, Path(getattr(sys, "_MEIPASS", _PACKAGE)), _PACKAGE.parent):
        if (base / name).is_dir():
            return base / name
    raise FileNotFoundError(f"bundled folder {name!r} is missing from this installation")


def resource_path(*parts: str) -> Path:
    return _bundled("resources").joinpath(*parts)


def migrations_path() -> Path:
    return _bundled("database")


def data_home() -> Path:
    """The user's data folder: $NALS_HOME, else the platform's user data folder."""
    env = os.environ.get("NALS_HOME")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_path

    return user_data_path("nals-desktop", appauthor=False)


def store_path() -> Path:
    return data_home() / "nals.sqlite"
