"""Three-way merge of a position's or a status's field values: pure, deterministic, losing nothing."""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from merge3 import Merge3

#: Fields merged line by line before anything is called a conflict.
LONG_TEXT_FIELDS = frozenset(
    {"objective", "key_messages", "responses", "fallback", "red_line", "background", "evidence"}
)
#: Fields merged as case-insensitive sets.
SET_FIELDS = frozenset({"tags"})
#: The namespace of merge revision ids: the same two parents give the same id on every laptop.
MERGE_NAMESPACE = uuid.UUID("2d6c8e1a-7b5f-5e0c-a3d4-9c1b7e2f4a60")


@dataclass(frozen=True)
class Conflict:
    """A field both sides changed differently: both resolutions are kept, ``value`` is shown meanwhile.

    For a long text field, ``ours`` and ``theirs`` are the merged text with every clashing block taken
    from that side (the lines both sides merged cleanly are in both); otherwise they are the sides' values.
    """

    field: str
    base: Any
    ours: Any
    theirs: Any
    value: Any  # the provisional winner: the side whose key sorts last


@dataclass(frozen=True)
class MergeResult:
    values: dict[str, Any]
    conflicts: tuple[Conflict, ...]


def merge_revision_id(parent: str, other: str) -> str:
    """The id of the merge of two revisions: uuid5 over the sorted pair, so the order does not matter."""
    return str(uuid.uuid5(MERGE_NAMESPACE, "|".join(sorted((parent, other)))))


def merge_values(
    base: Mapping[str, Any] | None,
    ours: Mapping[str, Any],
    theirs: Mapping[str, Any],
    *,
    ours_key: Sequence[str],
    theirs_key: Sequence[str],
) -> MergeResult:
    """Merge ``ours`` and ``theirs`` field by field against ``base`` (None: no common ancestor).

    ``ours_key`` and ``theirs_key`` order the sides (e.g. ``(created_at, revision_id)``): in a conflict the
    side with the larger key is the provisional value. Swapping the sides swaps ``ours`` and ``theirs`` in
    the conflicts and changes nothing else.
    """
    ours_wins = (tuple(ours_key), repr(sorted(ours.items()))) >= (
        tuple(theirs_key),
        repr(sorted(theirs.items())),
    )
    values: dict[str, Any] = {}
    conflicts: list[Conflict] = []
    for name in sorted(set(ours) | set(theirs)):
        b = base.get(name) if base is not None else None
        o, t = ours.get(name), theirs.get(name)
        if name in SET_FIELDS:
            values[name] = merge_tags(
                b if base is not None else None, list(o or []), list(t or []), ours_wins=ours_wins
            )
            continue
        if o == t:
            values[name] = o
        elif base is not None and o == b:
            values[name] = t
        elif base is not None and t == b:
            values[name] = o
        elif name in LONG_TEXT_FIELDS and isinstance(o, str) and isinstance(t, str):
            merged, ours_side, theirs_side = merge_text(b if isinstance(b, str) else "", o, t)
            if merged is not None:
                values[name] = merged
            else:
                values[name] = ours_side if ours_wins else theirs_side
                conflicts.append(Conflict(name, b, ours_side, theirs_side, values[name]))
        else:
            values[name] = o if ours_wins else t
            conflicts.append(Conflict(name, b, o, t, values[name]))
    return MergeResult(values, tuple(conflicts))


def merge_text(base: str, ours: str, theirs: str) -> tuple[str | None, str, str]:
    """A line-by-line three-way merge: (the merged text or None when blocks clash, ours', theirs').

    The second and third are the merge with every clashing block taken from one side.
    """
    merged_a: list[str] = []
    merged_b: list[str] = []
    clashed = False
    for a_chunk, b_chunk, clash in _text_regions(base, ours, theirs):
        clashed = clashed or clash
        merged_a += a_chunk
        merged_b += b_chunk
    text_a, text_b = "\n".join(merged_a), "\n".join(merged_b)
    return (None if clashed else text_a), text_a, text_b


#: The lines that frame a clashing block in ``marked_text``.
START_MARKER, MID_MARKER, END_MARKER = "<<<<<<<", "=======", ">>>>>>>"


def marked_text(base: str, ours: str, theirs: str, *, ours_label: str, theirs_label: str) -> str:
    """The line merge of ``ours`` and ``theirs`` for a person to finish: every clashing block is given
    twice, ours then theirs, between marker lines (``<<<<<<< ours_label``, ``=======``,
    ``>>>>>>> theirs_label``); the lines both sides merged cleanly are given once."""
    lines: list[str] = []
    for a_chunk, b_chunk, clash in _text_regions(base, ours, theirs):
        if clash:
            lines += [
                f"{START_MARKER} {ours_label}",
                *a_chunk,
                MID_MARKER,
                *b_chunk,
                f"{END_MARKER} {theirs_label}",
            ]
        else:
            lines += a_chunk
    return "\n".join(lines)


def has_markers(text: str) -> bool:
    """Whether ``text`` still holds a marker line of ``marked_text``."""
    return any(line.startswith((START_MARKER, END_MARKER)) or line == MID_MARKER for line in text.split("\n"))


def _text_regions(base: str, ours: str, theirs: str) -> Iterator[tuple[list[str], list[str], bool]]:
    """The regions of a line merge: (ours' lines, theirs' lines, whether they clash); merged regions give
    the same lines twice."""
    # split("\n") keeps a missing or present final newline as a line of its own, so nothing is lost.
    a_lines, b_lines = ours.split("\n"), theirs.split("\n")
    m = Merge3(base.split("\n"), a_lines, b_lines)
    base_lines = m.base
    for region in m.merge_regions():
        kind = region[0]
        if kind == "unchanged":
            chunk = list(base_lines[region[1] : region[2]])
            yield chunk, chunk, False
        elif kind in ("same", "a"):
            chunk = a_lines[region[1] : region[2]]
            yield chunk, chunk, False
        elif kind == "b":
            chunk = b_lines[region[1] : region[2]]
            yield chunk, chunk, False
        else:  # "conflict", zstart, zend, astart, aend, bstart, bend
            bounds: tuple[Any, ...] = region
            yield a_lines[bounds[3] : bounds[4]], b_lines[bounds[5] : bounds[6]], True


def merge_tags(
    base: Sequence[str] | None, ours: Sequence[str], theirs: Sequence[str], *, ours_wins: bool
) -> list[str]:
    """Tags as case-insensitive sets: an addition on either side stays, a removal on either side goes.

    A tag respelled on one side takes the new spelling; respelled differently on both, the winner's.
    """
    b = {t.casefold(): t for t in base or ()}
    o = {t.casefold(): t for t in ours}
    t = {t.casefold(): t for t in theirs}
    merged: list[str] = []
    for key in set(o) | set(t):
        if base is not None and key in b and (key not in o or key not in t):
            continue  # removed on one side
        if key in o and key in t:
            spelling_o, spelling_t = o[key], t[key]
            if spelling_o == spelling_t or spelling_t == b.get(key):
                merged.append(spelling_o)
            elif spelling_o == b.get(key):
                merged.append(spelling_t)
            else:
                merged.append(spelling_o if ours_wins else spelling_t)
        else:
            merged.append(o.get(key) or t[key])
    return sorted(merged, key=lambda s: (s.casefold(), s))
