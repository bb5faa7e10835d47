"""ReportLab briefing books: (content, request, out path, progress, cancel) → PDF; no Qt, no SQL."""

from nals_desktop.briefing.builder import BookResult, build_book
from nals_desktop.briefing.content import (
    DEFAULT_SECTIONS,
    SECTIONS,
    BookContent,
    BookRequest,
    ChangeView,
    CommitmentView,
    PartyView,
    PillarView,
    PositionView,
    SourceView,
    StatusView,
)

__all__ = [
    "DEFAULT_SECTIONS",
    "SECTIONS",
    "BookContent",
    "BookRequest",
    "BookResult",
    "ChangeView",
    "CommitmentView",
    "PartyView",
    "PillarView",
    "PositionView",
    "SourceView",
    "StatusView",
    "build_book",
]
