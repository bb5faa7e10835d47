"""NALS Desktop: summit commitments, negotiating positions and briefing books, offline."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("nals-desktop")
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0.0.0+unknown"
