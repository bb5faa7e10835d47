"""Negotiating positions in the window: the editor, the history panel, the profile and bulk-edit dialogs."""

from nals_desktop.ui.positions.bulk import BulkEditDialog
from nals_desktop.ui.positions.editor import PositionEditor
from nals_desktop.ui.positions.history import HistoryPanel
from nals_desktop.ui.positions.profile import ProfileDialog

__all__ = ["BulkEditDialog", "HistoryPanel", "PositionEditor", "ProfileDialog"]
