"""Briefing books in the app: the request dialog, the background build and the in-app preview."""

from nals_desktop.ui.book.dialog import BookDialog, export_briefing_book
from nals_desktop.ui.book.preview import BookPreview

__all__ = ["BookDialog", "BookPreview", "export_briefing_book"]
