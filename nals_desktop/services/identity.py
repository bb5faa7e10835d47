"""Who is editing: the user's name, their delegation and this device's id (kept in the data folder)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from pathlib import Path

from nals_desktop.domain.errors import ValidationError
from nals_desktop.i18n import _
from nals_desktop.paths import data_home

PROFILE_FILE = "profile.json"


@dataclass(frozen=True)
class Author:
    name: str
    delegation: str | None  # a party code, e.g. "CA"
    device_id: str


def _profile_path() -> Path:
    return data_home() / PROFILE_FILE


def load_author() -> Author:
    """The saved profile; a device id is made (and saved) the first time it is needed."""
    path = _profile_path()
    data: dict[str, str | None] = {}
    if path.exists():
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = {}
    if not data.get("device_id"):
        data["device_id"] = str(uuid.uuid4())
        _write(path, data)
    # No name given ("Later" in the profile dialog): none is recorded, never the login name.
    name = data.get("name") or ""
    return Author(name=str(name), delegation=data.get("delegation"), device_id=str(data["device_id"]))


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
    _write(_profile_path(), asdict(author))
    return author


def _write(path: Path, data: Mapping[str, object]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    tmp.replace(path)
