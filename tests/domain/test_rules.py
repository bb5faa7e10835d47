"""The rulebook of positions and statuses: one rule, one place, one test."""

from __future__ import annotations

import pytest

from nals_desktop.domain.errors import ValidationError
from nals_desktop.domain.model import MAX_FIELD_CHARS
from nals_desktop.domain.rules import (
    MAX_TAGS,
    Changes,
    FieldError,
    TagEdit,
    check_marking,
    check_tags,
    check_text,
    parse_tags,
    tag_names,
    validate_position_changes,
    validate_status_changes,
)


def test_text_keeps_line_breaks_and_tabs_and_refuses_other_control_characters() -> None:
    assert check_text("objective", "one\r\ntwo\rthree\tfour") == "one\ntwo\nthree\tfour"
    for bad in ("\x00", "\x07", "\x1b", "\x7f", "\x85"):
        with pytest.raises(FieldError, match="control character") as raised:
            check_text("red_line", f"ab{bad}c")
        assert raised.value.field == "red_line"
        assert str(raised.value) == (
            f"Red line contains a control character (U+{ord(bad):04X}) at character 3; remove it."
        )


def test_text_limit_names_the_field_as_the_caller_shows_it() -> None:
    assert check_text("background", "x" * MAX_FIELD_CHARS) == "x" * MAX_FIELD_CHARS
    with pytest.raises(FieldError) as raised:
        check_text("background", "x" * (MAX_FIELD_CHARS + 1))
    assert str(raised.value) == "Background is 100,001 characters long; the limit is 100,000."
    assert raised.value.message("Background (Canada)").startswith("Background (Canada) is 100,001")
    with pytest.raises(FieldError, match="must be text"):
        check_text("objective", 42)


@pytest.mark.parametrize("marking", ["TOP SECRET", "Protected", "secret-ish", "", None, 3, "UNCLASSIFIED!"])
def test_an_unknown_marking_is_refused_never_mapped_to_a_lower_one(marking: object) -> None:
    with pytest.raises(ValidationError, match="not a marking"):
        check_marking(marking)
    with pytest.raises(ValidationError, match="not a marking"):
        validate_position_changes({"marking": marking})


def test_known_markings_in_any_case() -> None:
    assert check_marking(" protected b ") == "PROTECTED B"
    assert check_marking("SECRET") == "SECRET"


def test_choices_progress_and_dates() -> None:
    assert validate_position_changes({"stance": "Support-With-Conditions", "priority": ""}) == {
        "stance": "support-with-conditions",
        "priority": None,
    }
    with pytest.raises(ValidationError, match="“bogus” is not a valid stance"):
        validate_position_changes({"stance": "bogus"})
    with pytest.raises(ValidationError, match="not a valid status"):
        validate_status_changes({"status": "done"})
    assert validate_status_changes({"progress": "40", "as_of": "2024-02-01", "status": "ONGOING"}) == {
        "progress": 40,
        "as_of": "2024-02-01",
        "status": "ongoing",
    }
    for bad in (-1, 101, "many", None, True, 40.5):
        with pytest.raises(ValidationError, match="0 to 100"):
            validate_status_changes({"progress": bad})
    with pytest.raises(ValidationError, match="not a date"):
        validate_status_changes({"as_of": "2024-13-01"})
    with pytest.raises(ValidationError, match="not a position field"):
        validate_position_changes({"colour": "red"})
    with pytest.raises(ValidationError, match="not a status field"):
        validate_status_changes({"stance": "support"})


def test_tags_fold_case_to_the_first_spelling_and_sort_as_the_store() -> None:
    assert tag_names(["Energy", "energy", " ENERGY  ", "  ", "clean   air", "AI", "ai"]) == [
        "AI",
        "clean air",
        "Energy",
    ]
    assert parse_tags("energy, Methane,, energy ,methane") == ["energy", "Methane"]
    assert check_tags(["Straße", "STRASSE"]) == ["Straße"]  # one name, however it is folded
    assert validate_position_changes({"tags": ["Energy", "energy"]}) == {"tags": ["Energy"]}


def test_tag_limits() -> None:
    assert len(check_tags([f"t{i}" for i in range(MAX_TAGS)] + ["T0"])) == MAX_TAGS  # a repeat is no extra
    with pytest.raises(FieldError, match="Tags: 51 tags; the limit is 50"):
        check_tags([f"t{i}" for i in range(MAX_TAGS + 1)])
    with pytest.raises(FieldError, match="a tag may have at most 80"):
        check_tags(["x" * 81])
    with pytest.raises(FieldError, match="control character"):
        check_tags(["bad\x00tag"])
    with pytest.raises(FieldError, match="must be a list of tags"):
        check_tags("energy")
    with pytest.raises(FieldError, match="must be text"):
        check_tags([42])


def test_tag_edit_keeps_the_others_and_folds_case() -> None:
    edit = TagEdit(add=(" security ", "energy", "Security"), remove=("TRADE",)).checked()
    assert edit == TagEdit(add=("energy", "security"), remove=("TRADE",))
    assert edit.applied_to(["Energy", "trade", "migration"]) == ["Energy", "migration", "security"]


def test_changes_merge_into_one() -> None:
    a = Changes(frozenset({"c1"}), positions=True, revisions=("r1",))
    b = Changes(frozenset({"c2"}), status=True, tags=True, revisions=("r2", "r1"))
    nothing = Changes(frozenset({"c3"}))
    assert a.merge(b) == Changes(frozenset({"c1", "c2"}), True, True, True, ("r1", "r2"))
    assert Changes.union([nothing, a, nothing, b]) == a.merge(b)
    assert Changes.union([nothing]) is None and Changes.union([]) is None
    assert nothing.empty and not a.empty


def test_the_highest_marking_refuses_an_unknown_one() -> None:
    from nals_desktop.domain.model import highest_marking

    assert highest_marking(["PROTECTED A", "SECRET", "UNCLASSIFIED"]) == "SECRET"
    assert highest_marking([]) == "UNCLASSIFIED"
    with pytest.raises(ValidationError, match="“TOP SECRET” is not a marking"):
        highest_marking(["PROTECTED A", "TOP SECRET"])  # never printed as PROTECTED A
