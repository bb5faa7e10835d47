"""Frozen entry point of the `nals-desktop` executable (PyInstaller script: packaging/nals-desktop.spec)."""

import sys

from nals_desktop.ui.app import main

if __name__ == "__main__":
    sys.exit(main())
