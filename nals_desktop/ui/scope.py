"""What the main window shows: every summit, one summit or one pillar, by id."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ViewScope:
    """A navigator scope (at most one id is set); ``key`` is the navigator's name for it."""

    summit_id: str | None = None
    pillar_id: str | None = None

    @classmethod
    def from_key(cls, key: str) -> ViewScope:
        """The scope of a navigator key: "summit:ID", "pillar:ID", anything else is every summit."""
        kind, _sep, ident = key.partition(":")
        if kind == "summit" and ident:
            return cls(summit_id=ident)
        if kind == "pillar" and ident:
            return cls(pillar_id=ident)
        return cls()

    @property
    def key(self) -> str:
        if self.pillar_id:
            return f"pillar:{self.pillar_id}"
        if self.summit_id:
            return f"summit:{self.summit_id}"
        return "all"


EVERYTHING = ViewScope()
