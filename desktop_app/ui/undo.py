"""Undo and redo of every change to an open report.

Each change the wizard takes from a page becomes one command on the report's ``QUndoStack``:
the report as it was before and as it is after (``Report.copy()``, a few kilobytes). Undoing
puts the earlier report back as a whole, into the same ``Report`` object the saver holds, loads
every page from it and hands it to the saver like any change, so an undo after an autosave is
itself saved. Whole copies instead of one command class per kind of edit make every change
undoable alike (typing, a grid cell, a member removed with its training counts, a row moved,
the subsidy reset) and give back exactly the report that was there.

What a command is about (a field, a row added, removed or moved) is read from the difference
of the two reports, as a field path, so that undoing can show that page and field.

Typing merges: the keystrokes of one text field make one command until the field is left, a
word is finished (a space or line break typed, then a letter), or something else changes, so
Ctrl+Z takes back a word at a time, not a character.

The keys: Ctrl+Z, and Ctrl+Shift+Z or Ctrl+Y, belong to the report's stack everywhere in it,
also in a text field. A field's own undo (``QLineEdit``'s) would otherwise take the same key,
undo only within that field and disagree with the stack; :class:`UndoKeysFilter` keeps these
keys from the fields, and the narrative's own undo is switched off. The Undo entry of a text
field's context menu still works on that field: what it changes is one more change on the stack.
"""

from __future__ import annotations

import dataclasses
from enum import Enum
from typing import NamedTuple

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand

from ..domain.model import (
    COST_CATEGORIES,
    ENTERED_COST_COLUMNS,
    MEMBER_FIELDS,
    ORGANISATION_FIELDS,
    PARTNERSHIP_FIELDS,
    Report,
    cost_path,
    member_path,
    partnership_path,
    training_path,
)

PROMOTER_ATTRIBUTES = ORGANISATION_FIELDS
MEMBER_ATTRIBUTES = MEMBER_FIELDS
PARTNERSHIP_ATTRIBUTES = PARTNERSHIP_FIELDS
SIGNATORY_ATTRIBUTES = {"president": "president", "secretary": "secretary", "place": "place", "date": "date"}


class Kind(Enum):
    """What a change did."""

    EDIT = "edit"  # a field, a cell, a choice, the subsidy reset
    ADDED = "added"  # a row added to members or partnerships
    REMOVED = "removed"
    MOVED = "moved"


def field_values(report: Report) -> dict[str, object]:
    """Every field of ``report`` by its path, with what was typed and cannot be read in place
    of the value."""
    values: dict[str, object] = {
        "reportingYear": report.year,
        "language": report.language,
        "subsidyAmount": report.subsidy,
        "narrative": report.narrative,
    }
    for key, attribute in PROMOTER_ATTRIBUTES.items():
        values[f"promoter.{key}"] = getattr(report.promoter, attribute)
    for index, member in enumerate(report.members):
        for key, attribute in MEMBER_ATTRIBUTES.items():
            values[member_path(index, key)] = getattr(member, attribute)
    for index, partnership in enumerate(report.partnerships):
        for key, attribute in PARTNERSHIP_ATTRIBUTES.items():
            values[partnership_path(index, key)] = getattr(partnership, attribute)
    for category, counts in report.training.items():
        for ocmw_id, count in counts.items():
            values[training_path(category, ocmw_id)] = count
    for category in COST_CATEGORIES:
        line = report.costs.get(category)
        for column in ENTERED_COST_COLUMNS:
            values[cost_path(category, column)] = line.get(column) if line is not None else None
    for key, attribute in SIGNATORY_ATTRIBUTES.items():
        values[f"signatories.{key}"] = getattr(report.signatories, attribute)
    for path, typed in report.unreadable.items():
        values[path] = ("typed", typed)
    return values


class Difference(NamedTuple):  # not a dataclass: making one costs the report's opening about 0.5 ms
    """What changed between two reports: the kind, the collection of a row change
    (``members``, ``partnerships``), and where to show it after undoing and after redoing."""

    kind: Kind
    collection: str
    path_before: str | None  # shown when the change is undone
    path_after: str | None  # shown when it is done again


def _row_change(name: str, before: list, after: list, current_row: int | None) -> Difference | None:
    if before == after:
        return None
    first = next((i for i, (b, a) in enumerate(zip(before, after)) if b != a), min(len(before), len(after)))

    def row(rows: list, index: int) -> str:
        return f"{name}[{min(max(index, 0), len(rows) - 1)}]" if rows else name

    if len(after) > len(before):
        return Difference(Kind.ADDED, name, row(before, first - 1) if first else name, row(after, first))
    if len(after) < len(before):
        return Difference(Kind.REMOVED, name, row(before, first), row(after, first))
    last = next(i for i in reversed(range(len(before))) if before[i] != after[i])
    if last == first + 1 and before[first] == after[last] and before[last] == after[first]:
        # One row moved one place. Both ways give the same two lists: the table's current row
        # (the page selects the row it moved) tells which row went where.
        to = current_row if current_row in (first, last) else first
        return Difference(Kind.MOVED, name, row(before, last if to == first else first), row(after, to))
    return None  # a cell of a row: a field change


def difference(before: Report, after: Report, current_row: int | None = None, *,
               after_is_kept: bool = False) -> Difference | None:
    """What changed from ``before`` to ``after``; None when nothing did. ``current_row`` is the
    row selected in the table of the change, if any.

    With ``after_is_kept`` the caller promises that ``after`` is a copy nobody will change (the
    wizard's snapshot, which is the next change's ``before``): its field values are then kept
    for that next call instead of being read again (two reports' values at every typed key
    otherwise)."""
    global _kept
    for name in ("members", "partnerships"):
        change = _row_change(name, getattr(before, name), getattr(after, name), current_row)
        if change is not None:
            _kept = None
            return change
    old = _kept[1] if _kept is not None and _kept[0] is before else field_values(before)
    new = field_values(after)
    _kept = (after, new) if after_is_kept else None
    changed = [path for path in {**old, **new} if old.get(path, _MISSING) != new.get(path, _MISSING)]
    if not changed and before == after:
        return None
    path = changed[0] if changed else None
    return Difference(Kind.EDIT, "", path, path)


_MISSING = object()
_kept: tuple[Report, dict[str, object]] | None = None  # see difference(after_is_kept=True)


class ReportChange(QUndoCommand):
    """One change to the report, as the report before and after it.

    ``restore`` puts a report back (the wizard's ``restore``) and shows the field given.
    ``field`` is the text field typed in when the change was typing (None otherwise);
    ``serial`` numbers the commands, and a command whose ``merge_into`` names the serial of
    the command on top of the stack joins it (the wizard decides when typing goes on a run)."""

    ID = 1300

    def __init__(self, restore, before: Report, after: Report, change: Difference, text: str,
                 field: str | None = None, serial: int = 0):
        super().__init__(text)
        self._restore = restore
        self.before = before
        self.after = after
        self.change = change
        self.field = field
        self.serial = serial
        self.merge_into: int | None = None
        self._done = True  # the change is in the report already when it is pushed

    def id(self) -> int:  # noqa: A003 - Qt's name
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not (isinstance(other, ReportChange) and other.merge_into is not None
                and other.merge_into == self.serial and other.field == self.field):
            return False
        self.after = other.after
        if self.after == self.before:
            self.setObsolete(True)  # typed and taken back: nothing left to undo
        return True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._restore(self.after, self.change.path_after)

    def undo(self) -> None:
        self._restore(self.before, self.change.path_before)


def replace_report(report: Report, source: Report) -> None:
    """Make ``report`` (the object everyone holds) equal to ``source``, sharing nothing with it."""
    fresh = source.copy()
    for field in dataclasses.fields(Report):
        setattr(report, field.name, getattr(fresh, field.name))


def is_undo_key(event: QKeyEvent) -> bool:
    """Whether a key press is one of the undo and redo keys."""
    return (event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)
            or QKeySequence(event.keyCombination()) in (QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")))


class UndoKeysFilter(QObject):
    """Keeps the undo and redo keys from a text field, so that the report's stack takes them:
    the field neither claims the shortcut (the window's Undo and Redo then act) nor undoes by
    itself. A key press that still arrives (the window's action was disabled: nothing on the
    stack yet, though a cell's open editor may hold a change) goes to ``undo`` or ``redo``."""

    def __init__(self, undo, redo, parent: QObject | None = None):
        super().__init__(parent)
        self._undo, self._redo = undo, redo

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) or not is_undo_key(event):
            return False
        if event.type() == QEvent.Type.KeyPress:
            (self._undo if event.matches(QKeySequence.StandardKey.Undo) else self._redo)()
        event.ignore()  # not claimed: the shortcut goes to the window's action
        return True
