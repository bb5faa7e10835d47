"""File → Export briefing book… opens the book dialog on what the main window shows."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader


def _titles(outline) -> list[str]:
    return [t for item in outline for t in (_titles(item) if isinstance(item, list) else [item.title])]


def test_export_action_builds_the_pillar_in_view(window, qtbot, tmp_path: Path) -> None:
    assert window.export_book_action in window.menuBar().actions()[0].menu().actions()
    dialog = window.open_book_dialog()  # the window opens on pillar A
    out = tmp_path / "pillar-a.pdf"
    dialog.path_edit.setText(str(out))
    with qtbot.waitSignal(dialog.built, timeout=60_000):
        dialog.build()
    titles = _titles(PdfReader(out).outline)
    assert sorted(t.split()[0] for t in titles if t[:2] == "A-") == [f"A-{i}" for i in range(1, 7)]
    assert not any(t.startswith("B-") for t in titles)
