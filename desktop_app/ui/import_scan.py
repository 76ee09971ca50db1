"""A cost PySide6 adds to every import after its own, taken away.

PySide6 replaces Python's import to support its optional features (``from __feature__ import
snake_case, true_property``). After each module is imported it reads the module's source file
(``inspect.getsource``) to find the text "PySide6", and notes the answer: a module that uses
PySide6 is switched to "no feature" when it calls Qt, the others are left alone. Reading the
sources of the eighty modules that starting and opening a report import costs about 10 ms
(README, *Speed*).

The program uses none of those features. :func:`skip_source_scan` answers "uses PySide6" for
every module without reading it: such a module is switched to "no feature", which is what it has
anyway, and a module that asks for a feature still gets it (its own import of ``__feature__``
sets its choice). Where PySide6 does not have the internals this expects (another version), it
does nothing.
"""

from __future__ import annotations

from types import ModuleType


def _uses_pyside(module: ModuleType) -> bool:
    """PySide6's question, answered without reading the module's source (see above)."""
    return True


def skip_source_scan() -> bool:
    """Stop PySide6 reading the source of each module imported from now on; True when done.
    Call it after PySide6 is imported, before the program's own modules."""
    try:
        from shibokensupport import feature  # PySide6's own support package, made by its import
    except ImportError:
        return False
    if not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _uses_pyside
    return True


__all__ = ["skip_source_scan"]
