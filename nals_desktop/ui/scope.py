"""What the main window shows: every summit, one summit, one pillar or one group of a pillar, by id."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ViewScope:
    """A navigator scope (a summit, a pillar, or a pillar and one of its groups); ``key`` is the
    navigator's name for it."""

    summit_id: str | None = None
    pillar_id: str | None = None
    group: str | None = None  # with pillar_id: the sub-heading its commitments stand under

    @classmethod
    def from_key(cls, key: str) -> ViewScope:
        """The scope of a navigator key: "summit:ID", "pillar:ID", "group:PILLAR_ID:TITLE", anything else
        is every summit."""
        kind, _sep, ident = key.partition(":")
        if kind == "summit" and ident:
            return cls(summit_id=ident)
        if kind == "pillar" and ident:
            return cls(pillar_id=ident)
        pillar_id, _sep, title = ident.partition(":")  # ids have no colon; a title may
        if kind == "group" and pillar_id and title:
            return cls(pillar_id=pillar_id, group=title)
        return cls()

    @property
    def key(self) -> str:
        if self.pillar_id and self.group is not None:
            return group_key(self.pillar_id, self.group)
        if self.pillar_id:
            return f"pillar:{self.pillar_id}"
        if self.summit_id:
            return f"summit:{self.summit_id}"
        return "all"


def group_key(pillar_id: str, title: str) -> str:
    return f"group:{pillar_id}:{title}"


EVERYTHING = ViewScope()
