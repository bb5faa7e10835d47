"""PyInstaller runtime hook, run before the app's code in both frozen executables.

Alembic loads database/env.py and database/versions/*.py from source files at run time. Writing their
bytecode beside them would leave __pycache__ folders inside the installation (read-only for users, and
left behind by the package manager on uninstall), so the frozen app never writes bytecode.
"""

import sys

sys.dont_write_bytecode = True
