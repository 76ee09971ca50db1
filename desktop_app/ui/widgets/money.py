"""Amounts in tables and fields: typed the Belgian way, right-aligned, kept as typed."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QLineEdit, QStyleOptionViewItem, QWidget

from .grid import RIGHT
from .marking import ProblemDelegate, describe_editor


class AmountDelegate(ProblemDelegate):
    """Edits a cell's amount as text in a right-aligned line edit; the model reads the text."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setAlignment(RIGHT)
        editor.setFrame(False)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")
        describe_editor(editor, index)

    def setModelData(self, editor: QWidget, model, index: QModelIndex | QPersistentModelIndex) -> None:
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class AmountField(QLineEdit):
    """A line edit for one amount: right-aligned; the page reads and checks its text."""

    def __init__(self, parent: QWidget | None = None, **properties):
        super().__init__(parent, **properties)
        self.setAlignment(RIGHT)
