"""Plain, immutable data the services return; safe to hand across threads."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from nals_desktop.domain.model import party_name


@dataclass(frozen=True)
class PartyDTO:
    code: str
    name: str  # as stored (English for the parties the importer knows)

    @property
    def label(self) -> str:
        """The name to show, in the current language."""
        return party_name(self.code, self.name)


@dataclass(frozen=True)
class SummitDTO:
    id: str
    number: int  # 1-based, in the order summits were imported; what `nals summits` shows
    title: str
    date: date | None
    location: str
    host: str
    parties: tuple[PartyDTO, ...]
    pillar_count: int
    commitment_count: int


@dataclass(frozen=True)
class PillarDTO:
    id: str
    summit_id: str
    ordinal: int
    tab: str
    short_title: str
    title: str
    intro: str
    commitment_count: int


@dataclass(frozen=True)
class CommitmentRow:
    """One line of the commitments table."""

    id: str
    summit_id: str
    pillar_id: str
    reference: str
    tab: str
    text: str
    stances: dict[str, str | None] = field(default_factory=dict)  # party code -> stance value
    priority: str | None = None  # of the first party that has one, own delegation first
    status: str | None = None
    updated_at: datetime | None = None
    group: str | None = None  # the sub-heading it stands under within its pillar


@dataclass(frozen=True)
class PositionDTO:
    id: str
    party_code: str
    stance: str | None
    priority: str | None
    objective: str
    key_messages: str
    responses: str
    fallback: str
    red_line: str
    background: str
    marking: str
    tags: tuple[str, ...]
    updated_at: datetime | None
    updated_by: str
    head_revision_id: str | None


@dataclass(frozen=True)
class StatusDTO:
    status: str
    progress: int
    evidence: str
    as_of: date | None
    reason: str
    updated_at: datetime | None
    updated_by: str
    head_revision_id: str | None


@dataclass(frozen=True)
class RevisionDTO:
    id: str
    entity_type: str
    party_code: str | None
    parent_id: str | None
    author: str
    device_id: str
    created_at: datetime
    changed: dict[str, Any]
    snapshot: dict[str, Any]
    merge_parent_id: str | None = None  # the second parent of a merge of two histories
    conflict_fields: tuple[str, ...] = ()  # the fields still in conflict at this revision


@dataclass(frozen=True)
class SourceDTO:
    id: str
    title: str
    file_name: str
    publisher: str
    fmt: str
    checksum: str
    imported_at: datetime


@dataclass(frozen=True)
class CommitmentDetail:
    id: str
    reference: str
    text: str
    summit: SummitDTO
    pillar: PillarDTO
    children: tuple[CommitmentDetail, ...]
    span: tuple[int, int] | None
    sources: tuple[SourceDTO, ...]
    positions: tuple[PositionDTO, ...]
    status: StatusDTO | None
    history: tuple[RevisionDTO, ...]
    group: str | None = None  # the sub-heading it stands under within its pillar (a child: its parent's)


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "commitment" | "pillar" | "position"
    summit_id: str
    commitment_id: str | None
    pillar_id: str | None
    reference: str  # "B-3" for commitments and positions, "B" for pillars
    text: str  # the commitment text, or the pillar's short title
    snippet: str
    score: float


@dataclass(frozen=True)
class ImportSummary:
    summit_id: str
    title: str
    pillars: int
    commitments: int
    created: bool  # False when the same document was already in the store
    revisions_added: int = 0  # an export's revisions merged into a summit the store had
    conflicts: int = 0  # positions and statuses left in conflict by that merge
    groups_added: int = 0  # the same document again: commitments of an older import that got their group
