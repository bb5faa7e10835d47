"""The rules of positions and statuses: their fields, clean values, tags, and what a save changed."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from nals_desktop.domain.errors import ValidationError
from nals_desktop.domain.model import (
    DEFAULT_MARKINGS,
    GROUP_LABEL,
    MAX_FIELD_CHARS,
    ImplementationStatus,
    Priority,
    Stance,
    field_label,
)
from nals_desktop.i18n import _, number

TEXT_FIELDS = ("objective", "key_messages", "responses", "fallback", "red_line", "background")
POSITION_FIELDS = ("stance", "priority", *TEXT_FIELDS, "marking", "tags")
# A party's position is recorded when one of these holds something (a row alone may have been emptied).
RECORDED_FIELDS = ("stance", "priority", *TEXT_FIELDS)
STATUS_FIELDS = ("status", "progress", "evidence", "as_of", "reason")
MAX_TAGS = 50
MAX_TAG_CHARS = 80
#: A group is a sub-heading: as long as a pillar's title may be.
MAX_GROUP_CHARS = 300

# Line breaks and tabs are text; every other control character (NUL, escape, C1…) is never typed on purpose.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"\s+")


class FieldError(ValidationError):
    """A value breaking the rule of one field; ``message(label)`` names the field as the caller shows it."""

    def __init__(self, field: str, template: str, *, label: str | None = None, **values: Any) -> None:
        self.field = field
        self.template = template
        self.values = values
        self.label = _(field_label(field)) if label is None else label
        super().__init__(self.message())

    def message(self, label: str | None = None) -> str:
        """The translated message, the field named ``label`` (by default, its translated label)."""
        return self.template.format(field=self.label if label is None else label, **self.values)


def check_text(name: str, value: Any) -> str:
    """``value`` as the text of the field ``name``, line breaks as ``\\n``; FieldError if it cannot be one."""
    if not isinstance(value, str):
        raise FieldError(name, _("{field} must be text."))
    if len(value) > MAX_FIELD_CHARS:
        raise FieldError(
            name,
            _("{field} is {n} characters long; the limit is {limit}."),
            n=number(len(value)),
            limit=number(MAX_FIELD_CHARS),
        )
    if bad := _CONTROL.search(value):
        raise FieldError(
            name,
            _("{field} contains a control character ({code}) at character {at}; remove it."),
            code=f"U+{ord(bad.group()):04X}",
            at=number(bad.start() + 1),
        )
    return value.replace("\r\n", "\n").replace("\r", "\n")


def check_choice(
    enum_type: type[Stance] | type[Priority] | type[ImplementationStatus], value: Any, name: str
) -> str | None:
    """The enum value ``value`` names (any case), None for "not set"; ValidationError for anything else."""
    if value in (None, ""):
        return None
    try:
        return enum_type(str(value).strip().lower()).value
    except ValueError:
        words = {"stance": _("stance"), "priority": _("priority"), "status": _("status")}
        raise FieldError(
            name,
            _("“{value}” is not a valid {field}; use one of: {choices}."),
            label=words.get(name, name),
            value=value,
            choices=", ".join(m.value for m in enum_type),
        ) from None


def check_marking(value: Any, scheme: tuple[str, ...] = DEFAULT_MARKINGS) -> str:
    """A marking of ``scheme`` (any case); an unknown one is refused, never taken for a lower one."""
    marking = value.strip().upper() if isinstance(value, str) else None
    if marking not in scheme:
        raise FieldError(
            "marking",
            _("“{value}” is not a marking; use one of: {choices}."),
            value=value,
            choices=", ".join(scheme),
        )
    return marking


def check_progress(value: Any) -> int:
    """A progress from 0 to 100 (a whole number, or text of one)."""
    try:
        progress = int(value)
    except (TypeError, ValueError):
        progress = -1
    if isinstance(value, bool | float) or not 0 <= progress <= 100:
        raise FieldError("progress", _("Progress must be a whole number from 0 to 100."))
    return progress


def check_date(name: str, value: Any) -> str | None:
    """An ISO date (YYYY-MM-DD), or None for "not set"."""
    if value in (None, ""):
        return None
    try:
        return (value if isinstance(value, date) else date.fromisoformat(str(value))).isoformat()
    except ValueError:
        raise FieldError(name, _("“{value}” is not a date (YYYY-MM-DD)."), value=value) from None


def check_group(value: Any) -> str | None:
    """A commitment's group (the sub-heading it stands under) on one line, spaces collapsed; None for none.
    Refused like any text field: not text, a control character (NUL…), over 300 characters."""
    if value is None:
        return None
    try:
        group = _SPACES.sub(" ", check_text("group", value)).strip()
    except FieldError as exc:
        raise FieldError("group", exc.template, label=_(GROUP_LABEL), **exc.values) from None
    if len(group) > MAX_GROUP_CHARS:
        raise FieldError(
            "group",
            _("{field} is {n} characters long; the limit is {limit}."),
            label=_(GROUP_LABEL),
            n=number(len(group)),
            limit=number(MAX_GROUP_CHARS),
        )
    return group or None


def tag_names(values: Iterable[str]) -> list[str]:
    """Tags as the store keeps them: spaces collapsed, blanks dropped, one per name whatever its case (the
    first spelling), sorted as the store sorts them. Limits are for ``check_tags``."""
    seen: dict[str, str] = {}
    for value in values:
        tag = _SPACES.sub(" ", value).strip() if isinstance(value, str) else value
        if tag == "":
            continue
        key = tag.casefold() if isinstance(tag, str) else tag
        seen.setdefault(key, tag)
    return sorted(seen.values(), key=lambda t: t.casefold() if isinstance(t, str) else "")


def parse_tags(text: str) -> list[str]:
    """Comma-separated tags, as typed in a tags field."""
    return tag_names(text.split(","))


def check_tags(values: Any) -> list[str]:
    """``tag_names(values)``, refusing what is not text, a tag over 80 characters and more than 50 tags."""
    if isinstance(values, str) or not isinstance(values, Iterable):
        raise FieldError("tags", _("{field} must be a list of tags."))
    tags = [check_text("tags", t) for t in tag_names(values)]
    if long := next((t for t in tags if len(t) > MAX_TAG_CHARS), None):
        raise FieldError(
            "tags",
            _("{field}: “{tag}…” is {n} characters long; a tag may have at most {limit}."),
            tag=long[:20],
            n=number(len(long)),
            limit=number(MAX_TAG_CHARS),
        )
    if len(tags) > MAX_TAGS:
        raise FieldError(
            "tags",
            _("{field}: {n} tags; the limit is {limit}."),
            n=number(len(tags)),
            limit=number(MAX_TAGS),
        )
    return tags


#: The rule of each field: its value as given, to its clean value (or a FieldError).
_RULES: dict[str, Callable[[Any], Any]] = {
    "stance": lambda value: check_choice(Stance, value, "stance"),
    "priority": lambda value: check_choice(Priority, value, "priority"),
    "marking": check_marking,
    "tags": check_tags,
    "status": lambda value: check_choice(ImplementationStatus, value, "status"),
    "progress": check_progress,
    "as_of": lambda value: check_date("as_of", value),
}


def _validate(changes: Mapping[str, Any], fields: tuple[str, ...], unknown: str) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    for name, value in changes.items():
        if name not in fields:
            raise ValidationError(unknown.format(field=name))
        rule = _RULES.get(name)
        clean[name] = rule(value) if rule is not None else check_text(name, value)
    return clean


def validate_position_changes(changes: Mapping[str, Any]) -> dict[str, Any]:
    """Clean values for the position fields in ``changes``; ValidationError for anything else."""
    return _validate(changes, POSITION_FIELDS, _("“{field}” is not a position field."))


def validate_status_changes(changes: Mapping[str, Any]) -> dict[str, Any]:
    """Clean values for the status fields in ``changes``; ValidationError for anything else."""
    return _validate(changes, STATUS_FIELDS, _("“{field}” is not a status field."))


@dataclass(frozen=True)
class TagEdit:
    """Tags to add to and take off each commitment's own tags, keeping the others (bulk edit)."""

    add: tuple[str, ...] = ()
    remove: tuple[str, ...] = ()

    def checked(self) -> TagEdit:
        """The same edit with each side's tags cleaned by ``check_tags``."""
        return TagEdit(tuple(check_tags(self.add)), tuple(check_tags(self.remove)))

    def applied_to(self, tags: list[str]) -> list[str]:
        gone = {t.casefold() for t in self.remove}
        kept = [t for t in tags if t.casefold() not in gone]
        have = {t.casefold() for t in kept}
        return kept + [t for t in self.add if t.casefold() not in have | gone]


@dataclass(frozen=True)
class Changes:
    """What a save changed, for views to refresh only what concerns them."""

    commitment_ids: frozenset[str]
    positions: bool = False
    status: bool = False
    tags: bool = False
    revisions: tuple[str, ...] = ()
    merged: bool = False  # an edit made on an older head was merged with a newer one: show the result

    @property
    def empty(self) -> bool:
        return not self.revisions

    def merge(self, other: Changes) -> Changes:
        """What this save and ``other`` changed together."""
        return Changes(
            commitment_ids=self.commitment_ids | other.commitment_ids,
            positions=self.positions or other.positions,
            status=self.status or other.status,
            tags=self.tags or other.tags,
            revisions=self.revisions + tuple(r for r in other.revisions if r not in self.revisions),
            merged=self.merged or other.merged,
        )

    @staticmethod
    def union(changes: Iterable[Changes]) -> Changes | None:
        """One Changes for several saves, those that saved nothing left out; None when none saved anything."""
        merged: Changes | None = None
        for change in changes:
            if not change.empty:
                merged = change if merged is None else merged.merge(change)
        return merged
