"""NALS Desktop: summit commitments, negotiating positions and briefing books, offline."""

from __future__ import annotations

import argparse
from functools import cache
from typing import Any


@cache
def _version() -> str:
    # importlib.metadata costs tens of milliseconds at start; it is read only when the version is shown.
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("nals-desktop")
    except PackageNotFoundError:  # running from a checkout that was never installed
        return "0.0.0+unknown"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return _version()
    raise AttributeError(f"module 'nals_desktop' has no attribute {name!r}")


class VersionAction(argparse.Action):
    """``--version`` that reads the version only when asked, so a start does not pay for it."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any, **_kwargs: Any) -> None:
        print(f"{parser.prog} {_version()}")
        parser.exit()
