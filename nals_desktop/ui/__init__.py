"""The Qt user interface: the only code that imports PySide6."""

from __future__ import annotations

import ctypes
import sys


def _fix_emit_refcount() -> bool:
    """Work around PySide6 6.12 on Python < 3.12: ``SignalInstance.emit()`` returns ``True`` without a new reference.

    Every emit from Python then drops one reference to ``True``; after a few thousand the interpreter aborts
    ("Fatal Python error: bool_dealloc"). We measure the bug once and, only if it is there, give the reference
    back after each emit. (Python 3.12+ makes ``True`` immortal, so nothing is needed there.)
    """
    if sys.version_info >= (3, 12):
        return False
    from PySide6.QtCore import QObject, Signal, SignalInstance

    class _Probe(QObject):
        probed = Signal()

    probe = _Probe()
    before = sys.getrefcount(True)
    probe.probed.emit()
    if sys.getrefcount(True) >= before:
        return False
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))  # the reference the probe took
    original = SignalInstance.emit

    def emit(self: SignalInstance, *args: object) -> object:
        result = original(self, *args)
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
        return result

    SignalInstance.emit = emit  # type: ignore[method-assign]
    return True


EMIT_REFCOUNT_FIXED = _fix_emit_refcount()
