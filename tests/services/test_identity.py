"""The profile: one device id however many programs start at once; a read-only data folder still works."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from nals_desktop.domain.errors import StoreError
from nals_desktop.services.identity import load_author, save_profile


def test_programs_starting_at_once_agree_on_one_device_id(nals_home: Path) -> None:
    ids: list[str] = []
    errors: list[BaseException] = []
    start = threading.Barrier(12)

    def first_start() -> None:
        start.wait()
        try:
            ids.append(load_author().device_id)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=first_start) for _ in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    saved = json.loads((nals_home / "profile.json").read_text(encoding="utf-8"))["device_id"]
    assert set(ids) == {saved}
    assert sorted(p.name for p in nals_home.iterdir()) == ["profile.json"]  # no temporary file left


def test_a_profile_that_cannot_be_written_is_one_clear_error(nals_home: Path) -> None:
    nals_home.parent.mkdir(parents=True, exist_ok=True)
    nals_home.write_text("a file where the data folder should be")
    assert load_author().device_id  # an author all the same, for reading and printing
    with pytest.raises(StoreError, match="profile could not be saved"):
        save_profile("Ana", "MX")
