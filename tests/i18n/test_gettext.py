"""The gettext catalogues (code outside Qt): complete, placeholders intact, compiled, in use."""

from __future__ import annotations

import gettext
import re
from datetime import date

import pytest
from pypdf import PdfReader

from nals_desktop import cli, i18n
from nals_desktop.briefing.content import BookRequest
from nals_desktop.domain.errors import ValidationError
from nals_desktop.domain.model import MAX_FIELD_CHARS, ImplementationStatus, Priority, Stance
from nals_desktop.i18n import _
from nals_desktop.services import annotate
from nals_desktop.services.books import export_book, resolve_scope
from nals_desktop.services.identity import Author
from nals_desktop.services.search import search

from .catalogues import (
    FORM_SAMPLES,
    LANGUAGES,
    LOCALE,
    PLURAL_FORMS,
    REFRESH,
    gettext_calls,
    placeholders,
    po_header,
    read_po,
)

# The labels of the three labelled enums, as the brief and the Mandate Letter Tracker word them.
LABELS = {
    "fr": {
        Stance.SUPPORT: "Appui",
        Stance.SUPPORT_WITH_CONDITIONS: "Appui sous conditions",
        Stance.NEUTRAL: "Neutre",
        Stance.OPPOSE: "Opposition",
        Stance.UNDECIDED: "Indécis",
        Priority.HIGH: "Élevée",
        Priority.MEDIUM: "Moyenne",
        Priority.LOW: "Faible",
        ImplementationStatus.NOT_STARTED: "Non commencé",
        ImplementationStatus.ON_TRACK: "En cours – sur la bonne voie",
        ImplementationStatus.FACING_CHALLENGES: "En cours – avec des difficultés",
        ImplementationStatus.COMPLETED_FULLY: "Réalisé – entièrement",
        ImplementationStatus.COMPLETED_MODIFIED: "Réalisé – modifié",
        ImplementationStatus.ONGOING: "Continu",
        ImplementationStatus.NOT_PURSUED: "Abandonné",
    },
    "es": {
        Stance.SUPPORT: "Apoyo",
        Stance.SUPPORT_WITH_CONDITIONS: "Apoyo con condiciones",
        Stance.NEUTRAL: "Neutral",
        Stance.OPPOSE: "Oposición",
        Stance.UNDECIDED: "Indeciso",
        Priority.HIGH: "Alta",
        Priority.MEDIUM: "Media",
        Priority.LOW: "Baja",
        ImplementationStatus.NOT_STARTED: "Sin iniciar",
        ImplementationStatus.ON_TRACK: "En curso – conforme a lo previsto",
        ImplementationStatus.FACING_CHALLENGES: "En curso – con dificultades",
        ImplementationStatus.COMPLETED_FULLY: "Cumplido – plenamente",
        ImplementationStatus.COMPLETED_MODIFIED: "Cumplido – con modificaciones",
        ImplementationStatus.ONGOING: "Permanente",
        ImplementationStatus.NOT_PURSUED: "No se está llevando a cabo",
    },
}
CLI_ERROR = {
    "fr": "nals: Aucun engagement Z-99; `nals list` affiche les références.\n",
    "es": "nals: No existe el compromiso Z-99; `nals list` muestra las referencias.\n",
}


def test_cli_error_in_the_language(language: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["show", "Z-99"]) == 1
    assert capsys.readouterr().err == CLI_ERROR[language]


def test_cli_help_in_the_language(language: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["show", "--help"])
    assert {"fr": "référence, p. ex. B-1", "es": "referencia, p. ej. B-1"}[
        language
    ] in capsys.readouterr().out


def test_cli_help_placeholders_in_the_language(language: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["status", "set", "--help"])
    usage = capsys.readouterr().out
    assert {"fr": "--as-of AAAA-MM-JJ", "es": "--as-of AAAA-MM-DD"}[language] in usage
    assert {"fr": "--reason TEXTE", "es": "--reason TEXTO"}[language] in usage


def test_search_filters_take_the_labels_of_the_language(language: str, seeded_store) -> None:
    """`stance:appui` in French, `status:"en curso con dificultades"` in Spanish; English values work too."""
    author = Author("Claire Roy", "CA", "dev-1")
    annotate.set_position(
        seeded_store, annotate.commitment_id_for(seeded_store, "B-1"), "CA", {"stance": "undecided"}, author
    )
    cid = annotate.commitment_id_for(seeded_store, "D-2")
    annotate.set_status(seeded_store, cid, {"status": "underway-facing-challenges", "reason": "x"}, author)
    undecided = LABELS[language][Stance.UNDECIDED]  # "Indécis", "Indeciso"
    for text in (
        f"stance:{undecided.lower()}",
        "stance:indecis" if language == "fr" else "stance:indec",
        "stance:undecided",
    ):
        assert [h.reference for h in search(seeded_store, text)] == ["B-1"], text
    challenges = LABELS[language][ImplementationStatus.FACING_CHALLENGES].replace("–", "").replace("  ", " ")
    assert [h.reference for h in search(seeded_store, f'status:"{challenges}"')] == ["D-2"]


def test_domain_labels(language: str) -> None:
    assert _(Stance.SUPPORT.label) == {"fr": "Appui", "es": "Apoyo"}[language]
    assert {member: _(member.label) for member in LABELS[language]} == LABELS[language]
    assert all(
        member in LABELS[language] for enum in (Stance, Priority, ImplementationStatus) for member in enum
    )


ANNEX_FIELDS = {"fr": "Position, Messages clés, Ligne rouge", "es": "Postura, Mensajes clave, Línea roja"}
TOO_LONG = {"fr": "Le champ «\u00a0Messages clés\u00a0» compte ", "es": "El campo “Mensajes clave” tiene "}


def test_book_annex_and_errors_name_fields_by_their_label(language: str, seeded_store, tmp_path) -> None:
    """The changes annex and the services' errors say "Messages clés", never "key_messages"."""
    cid = annotate.commitment_id_for(seeded_store, "D-3")
    changes = {"key_messages": "- Nous appuyons", "red_line": "Aucun financement", "stance": "support"}
    annotate.set_position(seeded_store, cid, "CA", changes, Author("Claire Roy", "CA", "dev-1"))
    out = tmp_path / "annex.pdf"
    scope = resolve_scope(seeded_store, references=("D-3",), changes_since=date(2000, 1, 1))
    export_book(seeded_store, scope, BookRequest(title="x", sections=frozenset({"changes"})), out)
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert re.sub(r"\s+", "", ANNEX_FIELDS[language]) in re.sub(r"\s+", "", text)
    assert "key_messages" not in text and "red_line" not in text

    with pytest.raises(ValidationError) as raised:
        annotate.validate_position_changes({"key_messages": "x" * (MAX_FIELD_CHARS + 1)})
    assert str(raised.value).startswith(TOO_LONG[language]), str(raised.value)
    grouped = {"fr": "100\u00a0001", "es": "100,001"}[language]  # as each language writes its numbers
    assert grouped in str(raised.value) and i18n.number(MAX_FIELD_CHARS + 1) == grouped


def test_english_is_back_after_each_test() -> None:
    assert i18n.current_language() == "en"
    assert _(Stance.SUPPORT.label) == "Support"
    assert i18n.number(100_001) == "100,001"


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({"NALS_LANG": "es"}, "es"),
        ({"NALS_LANG": "fr_CA.UTF-8", "LANG": "es_MX.UTF-8"}, "fr"),  # NALS_LANG first
        ({"NALS_LANG": "de"}, "en"),  # a language the app does not speak: English, not the system's
        ({"LANG": "fr_CA.UTF-8"}, "fr"),
        ({"LANGUAGE": "de:es", "LANG": "fr_CA.UTF-8"}, "es"),  # gettext's order of preference
        ({"LC_ALL": "es_MX.UTF-8", "LANG": "fr_CA.UTF-8"}, "es"),
        ({"LC_ALL": "C.UTF-8", "LANG": "fr_CA.UTF-8"}, "en"),
        ({"LANG": "pt_BR.UTF-8"}, "en"),
    ],
)
def test_language_chosen_from_the_environment(
    environment: dict[str, str], expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("NALS_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    try:
        i18n.install()
        assert i18n.current_language() == expected
        assert _("Support") == {"en": "Support", "fr": "Appui", "es": "Apoyo"}[expected]
    finally:
        i18n.install("en")


def test_template_has_every_marked_string() -> None:
    """Every literal in _() or N_(), and every singular and plural in ngettext(), is in nals.pot, with its
    python-brace-format flag where it has fields; both texts of a counted message have the same fields."""
    template = {(e.msgid, e.msgid_plural): e for e in read_po(LOCALE / "nals.pot")}
    marked = gettext_calls()
    missing = {text: places for text, places in marked.items() if text not in template}
    assert not missing, f"strings missing from resources/locale/nals.pot ({REFRESH}): {missing}"
    stale = sorted(set(template) - set(marked))
    assert not stale, f"nals.pot has strings no code uses ({REFRESH}): {stale}"
    for entry in template.values():
        if placeholders(entry.msgid):
            assert "python-brace-format" in entry.flags, entry.msgid
        if entry.msgid_plural:
            assert placeholders(entry.msgid_plural) == placeholders(entry.msgid), entry.msgid
    assert "{n:,}" in placeholders("{field} is {n:,} characters long; the limit is {limit:,}.")
    assert ("{field} is {n} characters long; the limit is {limit}.", "") in template
    assert ("History: {n} revision", "History: {n} revisions") in template


@pytest.mark.parametrize("lang", LANGUAGES)
def test_po_complete_and_faithful(lang: str) -> None:
    """Each .po: every template message translated (each plural form of a counted one, as many as its
    Plural-Forms says), nothing fuzzy, every placeholder kept exactly."""
    path = LOCALE / lang / "LC_MESSAGES" / "nals.po"
    assert po_header(path)["Plural-Forms"] == PLURAL_FORMS[lang], f"{lang}.po: gettext's plural rule"
    template = {(e.msgid, e.msgid_plural) for e in read_po(LOCALE / "nals.pot")}
    entries = read_po(path)
    assert {(e.msgid, e.msgid_plural) for e in entries} == template, (
        f"{lang}.po is not merged with the template ({REFRESH})"
    )
    problems = []
    for e in entries:
        if e.msgid_plural and len(e.plurals) != 2:
            problems.append(f"{len(e.plurals)} plural forms, not 2: {e.msgid!r}")
        if "fuzzy" in e.flags:
            problems.append(f"fuzzy: {e.msgid!r}")
        for text in e.translations:
            if not text.strip():
                problems.append(f"empty: {e.msgid!r}")
            if placeholders(text) != placeholders(e.msgid):
                problems.append(f"placeholders {placeholders(text)} for {placeholders(e.msgid)}: {e.msgid!r}")
            if text != text.strip() or e.msgid != e.msgid.strip():  # "Reason for the last change: "
                if (e.msgid[:1].isspace(), e.msgid[-1:].isspace()) != (
                    text[:1].isspace(),
                    text[-1:].isspace(),
                ):
                    problems.append(f"leading or trailing space differs: {e.msgid!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_mo_compiled_from_po(lang: str) -> None:
    """The committed .mo says what the .po says (the app and the wheel ship the .mo, not the .po)."""
    folder = LOCALE / lang / "LC_MESSAGES"
    with (folder / "nals.mo").open("rb") as f:
        compiled = gettext.GNUTranslations(f)
    stale = [
        e.msgid
        for e in read_po(folder / "nals.po")
        if (
            [compiled.ngettext(e.msgid, e.msgid_plural, n) for n in FORM_SAMPLES] != e.plurals
            if e.msgid_plural
            else compiled.gettext(e.msgid) != e.msgstr
        )
    ]
    assert not stale, f"nals.mo is older than nals.po ({REFRESH}): {stale[:5]}"


def test_french_typography() -> None:
    """Canadian French: « guillemets », typographic apostrophes, no-break spaces before ":" and in « »."""
    bad = []
    for text in (t for e in read_po(LOCALE / "fr" / "LC_MESSAGES" / "nals.po") for t in e.translations):
        if (
            "“" in text
            or "”" in text
            or "« " in text
            or " »" in text
            or " :" in text
            or re.search(r"\w'\w", text)
        ):
            bad.append(text)
    assert not bad, bad
