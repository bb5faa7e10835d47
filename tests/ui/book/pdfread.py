"""Reading built books back with pypdf."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pypdf import PdfReader


def outline_titles(path: Path) -> list[str]:
    """Every bookmark title of a PDF, depth first."""
    reader = PdfReader(str(path))
    titles: list[str] = []

    def walk(items: list[Any]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(str(item.title))

    walk(reader.outline)
    return titles


def page_count(path: Path) -> int:
    return len(PdfReader(str(path)).pages)
