"""Frozen entry point of the `nals` executable (PyInstaller script; see packaging/nals-desktop.spec)."""

import sys

from nals_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
