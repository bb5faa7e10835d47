"""The `nals` command line, in process and as a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from nals_desktop import __version__
from nals_desktop.cli import main

SEED = Path(__file__).resolve().parents[2] / "resources" / "seed" / "nals-2023-key-deliverables.txt"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.strip() == f"nals {__version__}"


def test_import_dry_run_json_is_the_documented_shape(
    capsys: pytest.CaptureFixture[str], nals_home: Path
) -> None:
    code, out, _ = run(capsys, "import", str(SEED), "--dry-run", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["title"].startswith("FACT SHEET: Key Deliverables")
    assert [len(p["commitments"]) for p in data["pillars"]] == [6, 6, 5, 6, 1, 7]
    assert set(data["pillars"][0]) >= {"title", "intro", "commitments"}
    assert set(data["pillars"][0]["commitments"][0]) == {"text", "group", "children"}
    assert not (nals_home / "nals.sqlite").exists()  # a dry run writes nothing, not even a store


def test_browse_commands(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "summits", "--json")
    assert code == 0 and json.loads(out)[0]["commitment_count"] == 31
    code, out, _ = run(capsys, "pillars")
    assert "B  Climate and clean energy (6)" in out
    code, out, _ = run(capsys, "list", "--pillar", "E", "--json")
    assert [c["reference"] for c in json.loads(out)["commitments"]] == ["E-1"]
    code, out, _ = run(capsys, "search", "methane")
    assert code == 0 and out.startswith("B-1")
    code, out, _ = run(capsys, "show", "B-1", "--json")
    shown = json.loads(out)
    assert shown["pillar"]["short_title"] == "Climate and clean energy"
    assert shown["positions"] == [] and shown["history"] == []


def test_export_backup_check(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert run(capsys, "export-json", str(tmp_path / "x.json"))[0] == 0
    assert json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))["summits"]
    code, out, _ = run(capsys, "backup", str(tmp_path / "b.sqlite"))
    assert code == 0 and Path(out.strip()).exists()
    code, out, _ = run(capsys, "check", "--json")
    assert code == 0 and json.loads(out)["ok"] is True
    code, out, _ = run(capsys, "restore", str(tmp_path / "b.sqlite"))
    assert code == 0 and "Restored" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["import", "/no/such/file.txt"], "no such file"),
        (["show", "Z-99"], "No commitment Z-99"),
        (["search", '"open'], "unmatched quote"),
        (["list", "--summit", "G20"], "No summit matches"),
    ],
)
def test_errors_are_one_line_and_non_zero(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, _out, err = run(capsys, *argv)
    assert code != 0
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def _nals(*argv: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NALS_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "nals_desktop", *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_a_store_that_is_not_sqlite_gets_one_clear_line(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "nals.sqlite").write_text("not a database")
    result = _nals("summits", home=home)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"nals: {home / 'nals.sqlite'} is not a NALS store (not an SQLite database). "
        "It was left as it is; to put a backup in its place: nals restore FILE"
    ]
    assert (home / "nals.sqlite").read_text() == "not a database"


def test_bad_arguments_exit_2_with_one_line(tmp_path: Path) -> None:
    result = _nals("frobnicate", home=tmp_path)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1


def test_position_and_status_set_then_show(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(
        capsys,
        "position",
        "set",
        "B-1",
        "--party",
        "CA",
        "--stance",
        "support-with-conditions",
        "--priority",
        "high",
        "--red-line",
        "No offsets",
        "--tag",
        "methane",
    )
    assert code == 0, err
    code, _out, err = run(
        capsys,
        "status",
        "set",
        "B-1",
        "--status",
        "underway-on-track",
        "--progress",
        "25",
        "--reason",
        "Plan adopted",
        "--as-of",
        "2024-05-01",
    )
    assert code == 0, err
    shown = json.loads(run(capsys, "show", "B-1", "--json")[1])
    [position] = shown["positions"]
    assert (position["stance"], position["red_line"], position["tags"]) == (
        "support-with-conditions",
        "No offsets",
        ["methane"],
    )
    assert shown["status"]["status"] == "underway-on-track" and shown["status"]["as_of"] == "2024-05-01"
    assert [h["entity_type"] for h in shown["history"]] == ["status", "position"]
    code, _, err = run(capsys, "position", "set", "B-1", "--party", "ZZ", "--stance", "oppose")
    assert code == 2 and "not a party" in err
    code, _, err = run(capsys, "status", "set", "B-1", "--status", "ongoing")
    assert code == 2 and "reason" in err


def test_position_tags_added_and_removed_keeping_the_others(capsys: pytest.CaptureFixture[str]) -> None:
    def tags() -> list[str]:
        [position] = json.loads(run(capsys, "show", "C-2", "--json")[1])["positions"]
        return position["tags"]

    assert run(capsys, "position", "set", "C-2", "--party", "MX", "--tag", "equity", "--tag", "women")[0] == 0
    code, _, err = run(capsys, "position", "set", "C-2", "--party", "MX", "--add-tag", "indigenous")
    assert code == 0, err
    assert tags() == ["equity", "indigenous", "women"]
    assert run(capsys, "position", "set", "C-2", "--party", "MX", "--remove-tag", "EQUITY")[0] == 0
    assert tags() == ["indigenous", "women"]
    code, _, err = run(capsys, "position", "set", "C-2", "--party", "MX", "--tag", "x", "--add-tag", "y")
    assert code == 2 and "not both" in err and tags() == ["indigenous", "women"]


def test_import_an_export_json_into_a_fresh_store(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run(capsys, "position", "set", "A-1", "--party", "US", "--stance", "neutral")[0] == 0
    assert run(capsys, "export-json", str(tmp_path / "x.json"))[0] == 0
    code, out, _ = run(capsys, "import", str(tmp_path / "x.json"), "--dry-run", "--json")
    assert code == 0 and [len(p["commitments"]) for p in json.loads(out)["pillars"]] == [6, 6, 5, 6, 1, 7]
    monkeypatch.setenv("NALS_HOME", str(tmp_path / "laptop2"))
    code, out, _ = run(capsys, "import", str(tmp_path / "x.json"))
    # The first start seeded the same summit: the export's position is merged into it, not dropped.
    assert code == 0 and "1 revision merged in, 0 in conflict" in out
    code, out, _ = run(capsys, "show", "A-1", "--json")
    assert code == 0 and [(p["party_code"], p["stance"]) for p in json.loads(out)["positions"]] == [
        ("US", "neutral")
    ]
