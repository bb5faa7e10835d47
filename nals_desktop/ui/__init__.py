"""The Qt user interface: the only code that imports PySide6."""

from __future__ import annotations

import ctypes
import sys


def _pin_singletons() -> bool:
    """Work around PySide6 6.12 on Python 3.11: calls return ``None``/``True`` without a new reference.

    Every void method call (``widget.update()``…) and every ``signal.emit()`` from Python then drops one
    reference to ``None`` or ``True``; after a few thousand the interpreter aborts ("Fatal Python error:
    none_dealloc" / "bool_dealloc"). PySide6 6.12 assumes Python 3.12's immortal singletons; we give 3.11's
    the same property by raising their reference counts far out of reach. They are never freed anyway.
    """
    if sys.version_info >= (3, 12):
        return False
    from PySide6.QtCore import __version_info__ as qt_version

    if tuple(qt_version[:2]) < (6, 12):
        return False
    for singleton in (None, True, False):
        # CPython 3.11: ob_refcnt is the first field of every object.
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40
    return True


SINGLETONS_PINNED = _pin_singletons()
