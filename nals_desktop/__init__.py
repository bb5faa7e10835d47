"""NALS Desktop: summit commitments, negotiating positions and briefing books, offline."""

from __future__ import annotations

from functools import cache


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
