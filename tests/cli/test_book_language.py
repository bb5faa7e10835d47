"""Issue 11, languages: a book speaks the language asked for (`--language`), whatever the command speaks;
markings print in each government's terms and party names in the book's language; stored values stay."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from nals_desktop import i18n
from nals_desktop.cli import main

from ..briefing.pdfcheck import page_texts


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def book_text(path: Path) -> str:
    return "\n".join(page_texts(PdfReader(path)))


@pytest.fixture
def annotated(capsys) -> None:
    code, _, err = run(
        capsys, "position", "set", "B-3", "--party", "MX", "--stance", "oppose", "--marking", "PROTECTED B"
    )
    assert code == 0, err


@pytest.mark.parametrize(
    ("language", "marking", "mexico", "oppose", "united_states"),
    [
        ("en", "PROTECTED B", "Mexico", "Oppose", "United States"),
        ("fr", "PROTÉGÉ B", "Mexique", "Opposition", "États-Unis"),
        ("es", "PROTEGIDO B", "México", "Oposición", "Estados Unidos"),
    ],
)
def test_book_in_the_language_asked_for(
    capsys, tmp_path: Path, annotated, language, marking, mexico, oppose, united_states
) -> None:
    out = tmp_path / f"book-{language}.pdf"
    code, said, err = run(capsys, "export-book", str(out), "--pillar", "B", "--language", language)
    assert code == 0, err
    assert said.startswith("Wrote ")  # the command itself speaks English
    text = book_text(out)
    assert marking in text  # the highest marking, at the top and bottom of every page
    assert mexico in text and oppose in text and united_states in text
    others = {"en": "PROTECTED B", "fr": "PROTÉGÉ B", "es": "PROTEGIDO B"}
    assert not [m for lang, m in others.items() if lang != language and m in text]
    # The stored value stays neutral.
    shown = json.loads(run(capsys, "show", "B-3", "--json")[1])
    assert [p["marking"] for p in shown["positions"]] == ["PROTECTED B"]


def test_french_markings_are_the_government_of_canadas(capsys, tmp_path: Path) -> None:
    for marking, french in [
        ("UNCLASSIFIED", "NON CLASSIFIÉ"),
        ("PROTECTED A", "PROTÉGÉ A"),
        ("CONFIDENTIAL", "CONFIDENTIEL"),
        ("SECRET", "SECRET"),
    ]:
        out = tmp_path / f"{marking}.pdf"
        code, _, err = run(
            capsys, "export-book", str(out), "--pillar", "E", "--classification", marking, "--language", "fr"
        )
        assert code == 0, err
        assert french in PdfReader(out).pages[0].extract_text()


def test_a_french_command_prints_an_english_book(capsys, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("NALS_LANG", "fr")
    try:
        out = tmp_path / "en.pdf"
        code, said, err = run(capsys, "export-book", str(out), "--pillar", "E", "--language", "en")
        assert code == 0, err
        assert said.startswith("Écrit") or "Wrote" not in said  # the command speaks French …
        text = book_text(out)
        assert "Briefing book" in text and "UNCLASSIFIED" in text  # … the book English
        assert "Cahier" not in text
    finally:
        i18n.install("en")


def test_an_unknown_language_is_refused(capsys, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["export-book", str(tmp_path / "x.pdf"), "--language", "de"])
    assert exited.value.code == 2 and "invalid choice" in capsys.readouterr().err
