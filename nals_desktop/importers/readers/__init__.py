"""Readers turning a fact sheet's text into blocks, one module per format, each imported when first used."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import cast

from nals_desktop.importers.blocks import Block

Reader = Callable[[str], list[Block]]

# Format → (module, function). Loaded lazily: reading plain text must not pay for lxml or markdown-it.
_READERS = {"txt": ("text", "read_txt"), "md": ("markdown", "read_markdown"), "html": ("html", "read_html")}
FORMATS = frozenset(_READERS)


def reader_for(fmt: str) -> Reader | None:
    """The reader of a format ("txt", "md", "html"), or None for a format there is no reader for."""
    found = _READERS.get(fmt)
    if found is None:
        return None
    module, function = found
    return cast(Reader, getattr(importlib.import_module(f"{__name__}.{module}"), function))
