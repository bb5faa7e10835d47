"""Where bundled resources, migrations and the user's data live."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Mapping
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


#: Modes of what NALS keeps in the data folder: only the user reads it, whatever the umask.
PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600


def lock_path(store_path: Path) -> Path:
    """The lock file a window's single-instance guard keeps beside the store (Qt's QLockFile)."""
    return store_path.with_name(store_path.name + ".lock")


def make_private(path: Path, mode: int = PRIVATE_FILE) -> None:
    """Take away every permission of others on ``path`` (a file or folder of ours); best effort.

    Files of another user, or on a medium that cannot be changed (read-only, FAT), are left as they are.
    """
    try:
        st = path.stat()
        if hasattr(os, "getuid") and st.st_uid != os.getuid():
            return
        if st.st_mode & 0o777 & ~mode:
            os.chmod(path, st.st_mode & mode & 0o777)
    except OSError:
        pass


def private_folder(path: Path) -> Path:
    """``path`` as a folder only the user can enter: made so if missing, tightened if it is ours."""
    path.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    make_private(path, PRIVATE_FOLDER)
    return path


def write_private_json(path: Path, data: Mapping[str, object], *, replace: bool) -> bool:
    """Write ``data`` as JSON whole (0600) through a file of its own, so concurrent writers never share one.

    ``replace=False`` writes only if ``path`` does not exist; returns False when another program's was there
    first. Raises OSError when the folder cannot be written.
    """
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")  # mode 0600
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(json.dumps(data, ensure_ascii=False, indent=2))
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, PRIVATE_FILE)
        if replace:
            os.replace(tmp, path)
            return True
        try:
            os.link(tmp, path)
        except FileExistsError:
            return False
        except OSError:  # no hard links on this file system
            if path.exists():
                return False
            os.replace(tmp, path)
        return True
    finally:
        Path(tmp).unlink(missing_ok=True)


def secure_data_home(home: Path | None = None) -> Path:
    """Make the data folder, and what it and its ``backups/`` hold, readable by the user only.

    Run at every start: a data folder made by an older version (0755, files 0644) is tightened.
    """
    home = private_folder(home or data_home())
    for folder in (home, home / "backups"):
        if not folder.is_dir():
            continue
        make_private(folder, PRIVATE_FOLDER)
        try:
            entries = list(folder.iterdir())
        except OSError:
            continue
        for entry in entries:
            if entry.is_file() and not entry.is_symlink():
                make_private(entry)
    return home
