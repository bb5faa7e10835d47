"""`python -m nals_desktop` runs the command line."""

import sys

from nals_desktop.cli import main

sys.exit(main())
