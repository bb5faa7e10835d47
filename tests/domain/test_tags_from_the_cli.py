"""The tag rules reach the CLI: duplicates that differ only in case are one tag, the first spelling."""

from __future__ import annotations

import json

import pytest

from nals_desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def tags_of(capsys: pytest.CaptureFixture[str], ref: str, party: str) -> list[str]:
    code, out, _err = run(capsys, "show", ref, "--json")
    assert code == 0
    [position] = [p for p in json.loads(out)["positions"] if p["party_code"] == party]
    return list(position["tags"])


def test_tag_given_twice_in_two_cases_is_one_tag(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, "position", "set", "B-1", "--party", "CA", "--tag", "Energy", "--tag", "energy"
    )
    assert (code, err) == (0, ""), err
    assert out.startswith("B-1: saved")
    assert tags_of(capsys, "B-1", "CA") == ["Energy"]


def test_add_tag_given_twice_in_two_cases_is_one_tag(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(
        capsys, "position", "set", "B-2", "--party", "MX", "--add-tag", "x", "--add-tag", "X"
    )
    assert (code, err) == (0, ""), err
    assert tags_of(capsys, "B-2", "MX") == ["x"]
    code, out, err = run(capsys, "position", "set", "B-2", "--party", "MX", "--add-tag", "X")
    assert (code, err) == (0, "") and out == "B-2: nothing changed.\n"
    code, _out, err = run(capsys, "position", "set", "B-2", "--party", "MX", "--tag", " AI ", "--tag", "ai")
    assert (code, err) == (0, ""), err
    assert tags_of(capsys, "B-2", "MX") == ["AI"]


def test_an_unknown_marking_is_refused_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "position", "set", "B-3", "--party", "CA", "--marking", "TOP SECRET")
    assert code == 2 and "TOP SECRET" in err and err.count("\n") == 1
    code, out, _err = run(capsys, "show", "B-3", "--json")
    assert json.loads(out)["positions"] == []
