"""Work-arounds for bugs of the Qt binding, applied once when the window package is imported."""

from __future__ import annotations

import sys

# References added to True when the binding loses them: more than any session can lose.
TRUE_RESERVE = 1 << 40

_true_protected = False


def protect_true_from_signal_emit() -> bool:
    """Keep the Python object True alive despite PySide6's ``SignalInstance.emit``.

    In PySide6 6.12 ``signal.emit()`` returns True without taking a reference to it, so every
    emit from Python code takes a reference away from True. Before Python 3.12 True is an
    ordinary object: after some hundreds of emits (a few keystrokes in the wizard emit several)
    Python frees it and aborts with "Fatal Python error: bool_dealloc". From 3.12 True is
    immortal and nothing happens. When the loss shows, give True a reserve of references that
    cannot run out. Returns whether the reserve was needed (once per process).
    """
    global _true_protected
    if _true_protected or sys.version_info >= (3, 12):
        return False
    from PySide6.QtCore import QObject, Signal

    class Probe(QObject):
        fired = Signal()

    probe = Probe()
    before = sys.getrefcount(True)
    for _ in range(16):
        probe.fired.emit()
    if sys.getrefcount(True) >= before:
        return False
    import ctypes

    # ob_refcnt is the first field of every CPython object.
    ctypes.c_ssize_t.from_address(id(True)).value += TRUE_RESERVE
    _true_protected = True
    return True
