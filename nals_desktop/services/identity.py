"""Who is editing: the user's name, their delegation and this device's id (kept in the data folder)."""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from pathlib import Path

from nals_desktop.domain.errors import StoreError, ValidationError
from nals_desktop.i18n import _
from nals_desktop.paths import data_home, private_folder, write_private_json

log = logging.getLogger("nals.identity")

PROFILE_FILE = "profile.json"


@dataclass(frozen=True)
class Author:
    name: str
    delegation: str | None  # a party code, e.g. "CA"
    device_id: str


def _profile_path() -> Path:
    return data_home() / PROFILE_FILE


def load_author() -> Author:
    """The saved profile; a device id is made (and saved) the first time it is needed.

    Two programs starting at once agree on one device id: the first to write the profile wins and the
    other reads it. A profile that cannot be written (a read-only data folder) still gives an author.
    """
    path = _profile_path()
    data = _read(path)
    if not data.get("device_id"):
        data["device_id"] = str(uuid.uuid4())
        try:
            # Written only where no profile is: whether one was there before we read, or another program
            # starting at this moment wrote it since, its device id (once it has one) is the one kept.
            if not _write(path, data, replace=False):
                theirs = _read(path)
                if theirs.get("device_id"):
                    data = theirs
                else:  # a profile of its own without an id (a name saved by an older version)
                    data = {**theirs, "device_id": data["device_id"]}
                    _write(path, data, replace=True)
        except OSError as exc:
            log.info("cannot save the device id in %s: %s", path, exc)
    # No name given ("Later" in the profile dialog): none is recorded, never the login name.
    name = data.get("name") or ""
    return Author(name=str(name), delegation=data.get("delegation"), device_id=str(data["device_id"]))


def _read(path: Path) -> dict[str, str | None]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def is_profile_complete() -> bool:
    path = _profile_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return bool(data.get("name")) and bool(data.get("delegation"))


def save_profile(name: str, delegation: str | None) -> Author:
    name = name.strip()
    if not name:
        raise ValidationError(_("Give your name; it is recorded with every change you make."))
    current = load_author()
    author = Author(
        name=name, delegation=(delegation or "").strip().upper() or None, device_id=current.device_id
    )
    path = _profile_path()
    try:
        _write(path, asdict(author), replace=True)
    except OSError as exc:
        raise StoreError(
            _("Your profile could not be saved in {path}: {error}").format(
                path=path, error=exc.strerror or exc
            )
        ) from exc
    return author


def _write(path: Path, data: Mapping[str, object], *, replace: bool) -> bool:
    """``write_private_json`` into a private folder (False: ``replace=False`` and another's was there)."""
    private_folder(path.parent)
    return write_private_json(path, data, replace=replace)
