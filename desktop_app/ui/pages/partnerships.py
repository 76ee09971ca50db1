"""Page 3, partnerships: the cluster's official partnerships, each based on an agreement."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.fields import FieldError, format_date, parse_date
from ...domain.model import PARTNERSHIP_CATEGORIES, Partnership, Report, partnership_path
from ..field_help import apply_help, help_text
from ..widgets.grid import GridView
from ..widgets.plain import as_plain
from ..widgets.marking import Mark, ProblemDelegate, describe_editor, mark_widget
from ..widgets.records import RecordTableModel
from . import PARTNERSHIPS
from .base import ReportPage

CATEGORY_CONTEXT = "PartnershipCategory"
CATEGORY_LABELS = {
    "regional-employment-service": QT_TRANSLATE_NOOP(
        "PartnershipCategory", "Regional employment service (VDAB, Le Forem, Actiris, ADG)"),
    "training-provider": QT_TRANSLATE_NOOP("PartnershipCategory", "Training provider"),
    "social-economy": QT_TRANSLATE_NOOP("PartnershipCategory", "Social economy enterprise"),
    "local-government": QT_TRANSLATE_NOOP("PartnershipCategory", "Other local government or OCMW"),
    "welfare-organisation": QT_TRANSLATE_NOOP("PartnershipCategory", "Welfare or non-profit organisation"),
    "private-company": QT_TRANSLATE_NOOP("PartnershipCategory", "Private company"),
    "other": QT_TRANSLATE_NOOP("PartnershipCategory", "Other"),
}
assert tuple(CATEGORY_LABELS) == PARTNERSHIP_CATEGORIES


def category_label(code: str) -> str:
    """The translated name of a partnership category; the code itself if unknown."""
    source = CATEGORY_LABELS.get(code)
    return QCoreApplication.translate(CATEGORY_CONTEXT, source) if source else code


@dataclass
class PartnershipRow:
    """A partnership being edited, with the date as typed when it cannot be read."""

    partnership: Partnership
    unreadable_date: str | None = None


_TEXT_ATTRIBUTES = {"partner": "partner", "agreementReference": "agreement_reference", "description": "description"}


class PartnershipsModel(RecordTableModel):
    """One row per partnership: partner, category, agreement reference and date, description."""

    COLLECTION = "partnerships"
    COLUMNS = ("partner", "category", "agreementReference", "agreementDate", "description")
    CONTEXT = "PartnershipsModel"
    HEADERS = {
        "partner": QT_TRANSLATE_NOOP("PartnershipsModel", "Partner"),
        "category": QT_TRANSLATE_NOOP("PartnershipsModel", "Category"),
        "agreementReference": QT_TRANSLATE_NOOP("PartnershipsModel", "Agreement reference"),
        "agreementDate": QT_TRANSLATE_NOOP("PartnershipsModel", "Agreement date"),
        "description": QT_TRANSLATE_NOOP("PartnershipsModel", "Description"),
    }

    def __init__(self, parent=None):
        super().__init__(parent)
        self.language = "nl"

    def cell_text(self, record: PartnershipRow, column: str, role: int) -> str:
        partnership = record.partnership
        if column == "category":
            if role == Qt.ItemDataRole.EditRole:
                return partnership.category
            return category_label(partnership.category) if partnership.category else ""
        if column == "agreementDate":
            if record.unreadable_date is not None:
                return record.unreadable_date
            return format_date(partnership.agreement_date, self.language)
        return getattr(partnership, _TEXT_ATTRIBUTES[column])

    def cell_help_key(self, record: PartnershipRow, column: str) -> str:
        # A category cell explains the category chosen in it.
        if column == "category" and record.partnership.category in PARTNERSHIP_CATEGORIES:
            return f"partnerships.category.{record.partnership.category}"
        return super().cell_help_key(record, column)

    def set_cell_text(self, record: PartnershipRow, column: str, text: str) -> None:
        partnership = record.partnership
        text = str(text)
        if column == "category":
            partnership.category = text
        elif column == "agreementDate":
            try:
                partnership.agreement_date = parse_date(text)
                record.unreadable_date = None
            except FieldError:
                partnership.agreement_date = None
                record.unreadable_date = text
        else:
            setattr(partnership, _TEXT_ATTRIBUTES[column], text)


class CategoryDelegate(ProblemDelegate):
    """Chooses a partnership category from the fixed list; the model keeps the code."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = QComboBox(parent)
        editor.addItem("", "")
        for code in PARTNERSHIP_CATEGORIES:
            editor.addItem(category_label(code), code)
            explanation = as_plain(help_text(f"partnerships.category.{code}"))
            editor.setItemData(editor.count() - 1, explanation, Qt.ItemDataRole.ToolTipRole)
            editor.setItemData(editor.count() - 1, explanation, Qt.ItemDataRole.WhatsThisRole)
        apply_help(editor, "partnerships.category")
        return editor

    def setEditorData(self, editor: QComboBox, index: QModelIndex | QPersistentModelIndex) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        describe_editor(editor, index)

    def setModelData(self, editor: QComboBox, model, index: QModelIndex | QPersistentModelIndex) -> None:
        model.setData(index, editor.currentData() or "", Qt.ItemDataRole.EditRole)


# The widths of the columns between the two that stretch (partner, description); their labels
# wrap when a language needs more.
COLUMN_WIDTHS = {1: 210, 2: 130, 3: 110}


class PartnershipsPage(ReportPage):
    """The table of partnerships, with add and remove."""

    KIND = PARTNERSHIPS

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("partnershipsPage")

    def build(self) -> None:
        """The page's widgets (see ReportPage.ensure_built: made when the page is first needed)."""
        self.note = QLabel(objectName="partnershipsNote", wordWrap=True)
        self.note.setStyleSheet("QLabel { background: #eef4fb; padding: 6px; border-radius: 3px; }")
        self.model = PartnershipsModel(self)
        self.table = GridView(objectName="partnerships", wrap_column_headers=True)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(1, CategoryDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in COLUMN_WIDTHS.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(objectName="addPartnership")
        self.remove_button = QPushButton(objectName="removePartnership")
        self.move_up_button = QPushButton(objectName="movePartnershipUp")
        self.move_down_button = QPushButton(objectName="movePartnershipDown")
        self.hint = QLabel(objectName="partnershipsHint", wordWrap=True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.move_up_button)
        buttons.addWidget(self.move_down_button)
        buttons.addWidget(self.hint, 1)
        layout = QVBoxLayout(self.content)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.table, self.add_button)
        QWidget.setTabOrder(self.add_button, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.move_up_button)
        QWidget.setTabOrder(self.move_up_button, self.move_down_button)

        self.model.edited.connect(self._user_changed)
        self.add_button.clicked.connect(self.add_partnership)
        self.remove_button.clicked.connect(self.remove_partnership)
        self.move_up_button.clicked.connect(lambda: self.move_partnership(-1))
        self.move_down_button.clicked.connect(lambda: self.move_partnership(+1))
        self.table.selectionModel().currentChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.model.rowsRemoved.connect(self._update_buttons)
        self.model.rowsInserted.connect(self._update_buttons)
        self.model.rowsMoved.connect(self._update_buttons)
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        super().retranslate()
        self.setSubTitle(self.tr("The partnerships of the cluster, each put into a category."))
        self.note.setText(self.tr(
            "Only official partnerships count: those based on an agreement. Give the reference "
            "of the agreement for each."
        ))
        self.table.setAccessibleName(self.tr("Partnerships"))
        apply_help(self.table, "partnerships")
        self.add_button.setText(self.tr("&Add partnership"))
        self.remove_button.setText(self.tr("&Remove"))
        self.move_up_button.setText(self.tr("Move &up"))
        self.move_down_button.setText(self.tr("Move do&wn"))
        self._show_hint()
        self.model.retranslate()

    def _show_hint(self) -> None:
        # The date pattern has the separator of the report's language, the letters of the window's.
        pattern = self.tr("dd/mm/yyyy") if self.model.language == "fr" else self.tr("dd-mm-yyyy")
        self.hint.setText(self.tr("Dates as %1. Type in a cell to fill it in; F2 edits it.").replace("%1", pattern))

    def load(self, report: Report) -> None:
        self.model.language = report.language
        self._show_hint()
        rows = []
        for index, partnership in enumerate(report.partnerships):
            typed = report.unreadable.get(partnership_path(index, "agreementDate"))
            rows.append(PartnershipRow(dataclasses.replace(partnership), typed))
        self.model.set_records(rows)

    def store(self, report: Report) -> None:
        rows: list[PartnershipRow] = self.model.records()
        report.partnerships = [dataclasses.replace(row.partnership) for row in rows]
        for path in [p for p in report.unreadable if p.startswith("partnerships[")]:
            del report.unreadable[path]
        for index, row in enumerate(rows):
            if row.unreadable_date is not None:
                report.unreadable[partnership_path(index, "agreementDate")] = row.unreadable_date

    def refresh(self, report: Report) -> None:
        if report.language != self.model.language:
            self.model.language = report.language
            self.model.refresh_texts()
            self._show_hint()

    def show_marks(self, marks: dict[str, Mark]) -> None:
        self.model.set_marks(marks)
        mark_widget(self.table, marks.get("partnerships"))

    def focus_field(self, path: str) -> bool:
        if path == "partnerships":
            self.table.setFocus()
            return True
        index = self.model.index_for_path(path)
        if index.isValid():
            self.table.select_cell(index)
            return True
        return False

    def add_partnership(self) -> None:
        """Append an empty partnership and start typing its partner."""
        row = self.model.insert_record(PartnershipRow(Partnership()))
        index = self.model.index(row, 0)
        self.table.select_cell(index)
        self.table.edit(index)

    def remove_partnership(self) -> None:
        """Remove the selected partnership."""
        index = self.table.currentIndex()
        if index.isValid():
            self.model.remove_record(index.row())
            if self.model.rowCount():
                self.table.select_cell(self.model.index(min(index.row(), self.model.rowCount() - 1), index.column()))

    def move_partnership(self, step: int) -> None:
        """Move the selected partnership one place up (-1) or down (+1)."""
        index = self.table.currentIndex()
        if not index.isValid():
            return
        to = index.row() + step
        if 0 <= to < self.model.rowCount():
            self.model.move_record(index.row(), to)
            self.table.select_cell(self.model.index(to, index.column()))

    def _update_buttons(self, *_args) -> None:
        index = self.table.currentIndex()
        self.remove_button.setEnabled(index.isValid())
        self.move_up_button.setEnabled(index.isValid() and index.row() > 0)
        self.move_down_button.setEnabled(index.isValid() and index.row() < self.model.rowCount() - 1)
