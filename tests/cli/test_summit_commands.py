"""Issue 11, item 6: `nals summit edit` fixes a summit's details; `nals summit delete` asks, backs up."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest

from nals_desktop.cli import main
from nals_desktop.domain.errors import NotFoundError
from nals_desktop.services import maintenance, summits
from nals_desktop.services.browse import list_summits
from nals_desktop.services.importing import ImportOptions, import_file
from nals_desktop.services.search import search
from nals_desktop.services.startup import open_user_store

OCEANS = Path(__file__).parents[1] / "briefing" / "oceans.txt"


def run(capsys, *argv: str, stdin: str | None = None, monkeypatch=None) -> tuple[int, str, str]:
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_edit_title_date_location_and_parties(capsys) -> None:
    run(capsys, "summits")
    code, out, err = run(
        capsys, "summit", "edit", "1", "--title", "NALS 2023", "--date", "2023-01-10", "--json",
        "--location", "Mexico City", "--party", "CA", "--party", "MX", "--party", "US", "--party", "eu",
    )  # fmt: skip
    assert code == 0, err
    data = json.loads(out)
    assert data["title"] == "NALS 2023" and data["date"] == "2023-01-10"
    assert data["location"] == "Mexico City"
    assert [p["code"] for p in data["parties"]] == ["CA", "MX", "US", "EU"]
    assert [p["name"] for p in data["parties"]][-1] == "European Union"
    code, out, _ = run(capsys, "summits")
    assert "2023-01-10  Mexico City  [CA,MX,US,EU]  NALS 2023" in out
    code, out, _ = run(capsys, "summit", "edit", "NALS", "--date", "")  # '' removes the date
    assert code == 0 and "  —  Mexico City" in out


def test_edit_refuses_bad_values_and_changes_nothing(capsys) -> None:
    run(capsys, "position", "set", "B-1", "--party", "MX", "--stance", "oppose")
    before = run(capsys, "summits", "--json")[1]
    for argv, message in [
        (["--title", "  "], "title cannot be empty"),
        (["--party", "CA", "--party", "US"], "MX: positions are recorded"),
        (["--party", "C4"], "is not a party code"),
        ([], "Nothing to change"),
    ]:
        code, _out, err = run(capsys, "summit", "edit", "1", *argv)
        assert code == 2 and message in err and err.count("\n") == 1, (argv, err)
    with pytest.raises(SystemExit) as exited:
        main(["summit", "edit", "1", "--date", "10/01/2023"])
    assert exited.value.code == 2 and "is not a date" in capsys.readouterr().err
    code, _, err = run(capsys, "summit", "edit", "9", "--title", "x")
    assert code == 1 and "No summit matches" in err
    assert run(capsys, "summits", "--json")[1] == before


def test_delete_asks_keeps_a_backup_and_takes_everything(capsys, monkeypatch, nals_home: Path) -> None:
    store = open_user_store()
    oceans = import_file(store, OCEANS, ImportOptions(parties=["CA", "US"])).summit_id
    store.close()
    run(capsys, "position", "set", "B-1", "--summit", "1", "--party", "MX", "--stance", "oppose")
    code, out, _ = run(capsys, "summit", "delete", "1", stdin="n\n", monkeypatch=monkeypatch)
    assert code == 1 and "will be deleted, with its 31 commitments and 1 saved change." in out
    assert "Nothing deleted." in out
    code, out, _ = run(capsys, "summit", "delete", "1", stdin="", monkeypatch=monkeypatch)  # no answer: no
    assert code == 1
    assert len(json.loads(run(capsys, "summits", "--json")[1])) == 2

    code, out, err = run(capsys, "summit", "delete", "1", stdin="y\n", monkeypatch=monkeypatch)
    assert code == 0, err
    kept = Path(out.rsplit(" saved as ", 1)[1].strip())
    assert kept.parent == nals_home / "backups" and kept.exists()
    store = open_user_store()
    try:
        assert [s.id for s in list_summits(store)] == [oceans]
        assert not [h for h in search(store, "methane") if h.summit_id != oceans]
        assert maintenance.check(store) == []  # the search index lost the summit's rows too
    finally:
        store.close()
    code, out, _ = run(capsys, "check")
    assert code == 0
    # The backup still holds it: `nals restore` brings it back.
    code, _, _ = run(capsys, "restore", str(kept))
    assert code == 0 and len(json.loads(run(capsys, "summits", "--json")[1])) == 2
    code, out, err = run(capsys, "summit", "delete", "2", "--yes")
    assert code == 0 and "Deleted" in out, err


def test_the_service_edits_the_date_and_refuses_a_missing_summit(seeded_store) -> None:
    [nals] = list_summits(seeded_store)
    done = summits.edit_summit(seeded_store, nals.id, summits.SummitEdit(date=date(2023, 1, 10)))
    assert done.date == date(2023, 1, 10) and done.title == nals.title
    summits.delete_summit(seeded_store, nals.id)
    with pytest.raises(NotFoundError):
        summits.edit_summit(seeded_store, nals.id, summits.SummitEdit(title="x"))
    with pytest.raises(NotFoundError):
        summits.delete_summit(seeded_store, nals.id)
