"""The three-way merge of field values: the issue's rules, then its laws as properties."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from nals_desktop.domain.merge import Conflict, MergeResult, merge_revision_id, merge_text, merge_values

OLD, NEW = ("2024-01-01T00:00:00", "a"), ("2024-01-02T00:00:00", "b")


def merge(base: dict[str, Any] | None, ours: dict[str, Any], theirs: dict[str, Any]) -> MergeResult:
    return merge_values(base, ours, theirs, ours_key=OLD, theirs_key=NEW)


def test_a_field_changed_on_one_side_takes_the_change() -> None:
    base = {"stance": "neutral", "priority": "low"}
    result = merge(base, {"stance": "support", "priority": "low"}, {"stance": "neutral", "priority": "high"})
    assert result.values == {"stance": "support", "priority": "high"}
    assert result.conflicts == ()


def test_the_same_change_on_both_sides_is_taken_once() -> None:
    result = merge({"stance": "neutral"}, {"stance": "oppose"}, {"stance": "oppose"})
    assert result.values == {"stance": "oppose"} and result.conflicts == ()


def test_different_changes_conflict_and_keep_both_with_the_later_side_shown() -> None:
    result = merge({"stance": "neutral"}, {"stance": "oppose"}, {"stance": "support"})
    assert result.conflicts == (Conflict("stance", "neutral", "oppose", "support", "support"),)
    assert result.values == {"stance": "support"}  # theirs has the later key


def test_tags_merge_as_sets_ignoring_case() -> None:
    base = {"tags": ["Energy", "Trade"]}
    ours = {"tags": ["energy", "Trade", "Water"]}  # respelled one, added one
    theirs = {"tags": ["Energy"]}  # removed Trade
    assert merge(base, ours, theirs).values == {"tags": ["energy", "Water"]}


def test_officers_editing_different_key_messages_get_both() -> None:
    base = "Message one.\nMessage two.\nMessage three."
    ours = "Message one, sharpened.\nMessage two.\nMessage three."
    theirs = "Message one.\nMessage two.\nMessage three.\nMessage four."
    result = merge({"key_messages": base}, {"key_messages": ours}, {"key_messages": theirs})
    merged = "Message one, sharpened.\nMessage two.\nMessage three.\nMessage four."
    assert result.values["key_messages"] == merged
    assert result.conflicts == ()


def test_the_same_line_edited_differently_is_a_conflict_keeping_the_clean_lines_on_both_sides() -> None:
    base = "One.\nTwo.\nThree."
    ours = "One!\nTwo.\nThree."
    theirs = "One?\nTwo.\nThree, longer."
    result = merge({"objective": base}, {"objective": ours}, {"objective": theirs})
    (c,) = result.conflicts
    assert (c.ours, c.theirs) == ("One!\nTwo.\nThree, longer.", "One?\nTwo.\nThree, longer.")
    assert result.values["objective"] == c.value == c.theirs


def test_no_common_ancestor_unions_tags_and_conflicts_on_differences() -> None:
    result = merge(None, {"tags": ["a"], "stance": "support"}, {"tags": ["b"], "stance": "oppose"})
    assert result.values["tags"] == ["a", "b"]
    assert [c.field for c in result.conflicts] == ["stance"]


def test_a_deletion_against_an_edit_is_a_conflict() -> None:
    result = merge({"red_line": "No tariffs."}, {"red_line": ""}, {"red_line": "No tariffs at all."})
    assert [(c.ours, c.theirs) for c in result.conflicts] == [("", "No tariffs at all.")]


def test_merge_revision_ids_do_not_depend_on_the_order() -> None:
    assert merge_revision_id("x", "y") == merge_revision_id("y", "x") != merge_revision_id("x", "z")


# --- properties ------------------------------------------------------------------------------------------

lines = st.lists(st.sampled_from(["alpha", "beta", "gamma", "delta", ""]), max_size=6).map("\n".join)
tag_lists = st.lists(st.sampled_from(["Energy", "energy", "Trade", "Water", "Health"]), max_size=4).map(
    lambda ts: sorted({t.casefold(): t for t in ts}.values(), key=str.casefold)
)
FIELDS = {
    "stance": st.sampled_from([None, "support", "oppose", "neutral"]),
    "progress": st.integers(0, 3),
    "key_messages": lines,
    "evidence": lines,
    "tags": tag_lists,
}
values = st.fixed_dictionaries(FIELDS)
keys = st.tuples(st.sampled_from(["2024-01-01", "2024-01-02"]), st.uuids().map(str))


def canonical(result: MergeResult, swapped: bool = False) -> tuple[Any, ...]:
    conflicts = sorted(
        (c.field, repr(c.base), repr((c.theirs, c.ours) if swapped else (c.ours, c.theirs)), repr(c.value))
        for c in result.conflicts
    )
    return result.values, conflicts


@given(st.none() | values, values, keys, keys)
def test_merging_a_value_with_itself_gives_it(base: Any, x: dict[str, Any], k1: Any, k2: Any) -> None:
    result = merge_values(base, x, x, ours_key=k1, theirs_key=k2)
    assert result.values == x and result.conflicts == ()


@given(values, values, keys, keys)
def test_one_side_unchanged_gives_the_other(base: Any, x: dict[str, Any], k1: Any, k2: Any) -> None:
    for result in (
        merge_values(base, base, x, ours_key=k1, theirs_key=k2),
        merge_values(base, x, base, ours_key=k1, theirs_key=k2),
    ):
        assert result.values == x and result.conflicts == ()


@given(st.none() | values, values, values, keys, keys)
def test_swapping_the_sides_changes_nothing(base: Any, o: Any, t: Any, k1: Any, k2: Any) -> None:
    forward = merge_values(base, o, t, ours_key=k1, theirs_key=k2)
    backward = merge_values(base, t, o, ours_key=k2, theirs_key=k1)
    assert canonical(forward) == canonical(backward, swapped=True)


@given(st.none() | values, values, values, keys, keys)
def test_merging_the_result_again_changes_nothing(base: Any, o: Any, t: Any, k1: Any, k2: Any) -> None:
    merged = merge_values(base, o, t, ours_key=k1, theirs_key=k2)
    assert merge_values(base, o, t, ours_key=k1, theirs_key=k2) == merged
    for side in (o, t):
        again = merge_values(side, merged.values, side, ours_key=k1, theirs_key=k2)
        assert again.values == merged.values and again.conflicts == ()


@given(st.none() | values, values, values, keys, keys)
def test_no_value_is_lost(base: Any, o: dict[str, Any], t: dict[str, Any], k1: Any, k2: Any) -> None:
    result = merge_values(base, o, t, ours_key=k1, theirs_key=k2)
    conflicted = {c.field: c for c in result.conflicts}
    for name in FIELDS:
        if name == "tags":
            continue
        if name in conflicted:
            c = conflicted[name]
            assert c.value in (c.ours, c.theirs) and result.values[name] == c.value
            if name not in ("key_messages", "evidence"):
                assert (c.ours, c.theirs) == (o[name], t[name])
            else:  # the lines a side added are all in its resolution (a line of the base may go)
                base_lines = set((base or {}).get(name, "").split("\n"))
                assert set(o[name].split("\n")) - base_lines <= set(c.ours.split("\n"))
                assert set(t[name].split("\n")) - base_lines <= set(c.theirs.split("\n"))
        else:
            b = None if base is None else base[name]
            assert result.values[name] in (o[name], t[name]) or name in ("key_messages", "evidence")
            if result.values[name] != o[name]:
                assert o[name] == b or name in ("key_messages", "evidence")
    # a tag is gone only when one side removed it
    kept = {x.casefold() for x in result.values["tags"]}
    for tag in o["tags"] + t["tags"]:
        removed = base is not None and tag.casefold() in {b.casefold() for b in base["tags"]}
        assert tag.casefold() in kept or removed


def test_merge_text_needs_an_unchanged_line_between_two_edits_as_diff3_does() -> None:
    assert merge_text("a\nx\nb", "A\nx\nb", "a\nx\nB") == ("A\nx\nB", "A\nx\nB", "A\nx\nB")
    assert merge_text("a\nb", "A\nb", "a\nB") == (None, "A\nb", "a\nB")
