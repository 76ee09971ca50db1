"""Page 4, training: persons per training category (rows) and OCMW of the cluster (columns),
with the totals that ``domain.compute`` gives."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from ...domain import compute
from ...domain.fields import FieldError, parse_count
from ...domain.model import TRAINING_CATEGORIES, Report, training_path
from ..field_help import apply_help, help_text
from ..widgets.grid import EntryGridModel, GridView, Index
from ..widgets.plain import as_plain
from ..widgets.marking import Mark, mark_widget
from . import TRAINING
from .base import ReportPage

CATEGORY_LABELS = {
    "assessment": QT_TRANSLATE_NOOP("TrainingCategory", "Socio-professional assessment made or in progress"),
    "collective-pretraining": QT_TRANSLATE_NOOP("TrainingCategory", "Collective preparatory training"),
    "qualifying-vocational-training": QT_TRANSLATE_NOOP("TrainingCategory", "Qualifying vocational training"),
    "pre-article-60-internship": QT_TRANSLATE_NOOP("TrainingCategory", "Internship before an article 60§7 contract"),
    "work-linked-training": QT_TRANSLATE_NOOP("TrainingCategory", "Work-linked training"),
    "individual-vocational-training": QT_TRANSLATE_NOOP("TrainingCategory", "Individual vocational training (IBO/FPI)"),
    "social-activation-pathway": QT_TRANSLATE_NOOP("TrainingCategory", "Social activation pathway (optional)"),
}
assert tuple(CATEGORY_LABELS) == TRAINING_CATEGORIES


class TrainingModel(EntryGridModel):
    """Counts per category and OCMW; the last column and the last row are computed totals."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ocmws: list[tuple[str, str]] = []  # (id, name), the promoter first
        self.counts: dict[tuple[str, str], int] = {}
        self.typed: dict[tuple[str, str], str] = {}  # what was typed and cannot be read
        self._category_totals: dict[str, compute.Total] = {}
        self._ocmw_totals: dict[str, compute.Total] = {}
        self._total_activated = compute.Total(0)

    # -- shape ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(TRAINING_CATEGORIES) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.ocmws) + 1

    def is_entered(self, index: Index) -> bool:
        return index.row() < len(TRAINING_CATEGORIES) and index.column() < len(self.ocmws)

    def key(self, index: Index) -> tuple[str, str]:
        return TRAINING_CATEGORIES[index.row()], self.ocmws[index.column()][0]

    def path(self, index: Index) -> str | None:
        return training_path(*self.key(index)) if self.is_entered(index) else None

    def help_key(self, index: Index) -> str | None:
        if index.row() == len(TRAINING_CATEGORIES):
            return "training.totalActivated"
        if index.column() == len(self.ocmws):
            return "training.total"
        return f"training.category.{TRAINING_CATEGORIES[index.row()]}"

    def header_help_key(self, section: int, orientation: Qt.Orientation) -> str | None:
        if orientation == Qt.Orientation.Horizontal:
            return "training.total" if section == len(self.ocmws) else "training.ocmw"
        if section == len(TRAINING_CATEGORIES):
            return "training.totalActivated"
        return f"training.category.{TRAINING_CATEGORIES[section]}"

    # -- cells ------------------------------------------------------------------------------

    def cell_text(self, index: Index) -> str:
        if self.is_entered(index):
            key = self.key(index)
            if key in self.typed:
                return self.typed[key]
            return str(self.counts[key]) if key in self.counts else ""
        return self.computed_text(index, str(self._total(index).value))

    def _total(self, index: Index) -> compute.Total:
        if index.row() == len(TRAINING_CATEGORIES):
            if index.column() == len(self.ocmws):
                return self._total_activated
            return self._ocmw_totals.get(self.ocmws[index.column()][0], compute.Total(0))
        return self._category_totals.get(TRAINING_CATEGORIES[index.row()], compute.Total(0))

    def left_out(self, index: Index) -> int:
        return len(self._total(index).left_out)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or not self.is_entered(index):
            return False
        key = self.key(index)
        text = "" if value is None else str(value)
        before = self.cell_text(index)  # afresh: what data() keeps is forgotten only at dataChanged
        try:
            count = parse_count(text)
            self.typed.pop(key, None)
            if count is None:
                self.counts.pop(key, None)
            else:
                self.counts[key] = count
        except FieldError:
            self.counts.pop(key, None)
            self.typed[key] = text
        if self.cell_text(index) != before:
            self.dataChanged.emit(index, index)
            self.edited.emit()
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.WhatsThisRole:
            return self.header_help(section, orientation, role)
        if role == Qt.ItemDataRole.ToolTipRole:
            # The whole label (a narrow column wraps or cuts it) and what the row or column holds.
            label = self.headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
            explanation = help_text(self.header_help_key(section, orientation))
            return as_plain(f"{label}\n{explanation}" if label and explanation else label or explanation)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if section == len(self.ocmws):
                return QCoreApplication.translate("TrainingModel", "Total")
            ocmw_id, name = self.ocmws[section]
            if name.strip():
                return name
            if section == 0:
                return QCoreApplication.translate("TrainingModel", "Promoter")
            return QCoreApplication.translate("TrainingModel", "Member %1").replace("%1", str(section))
        if section == len(TRAINING_CATEGORIES):
            return QCoreApplication.translate("TrainingModel", "Total activated persons")
        return QCoreApplication.translate("TrainingCategory", CATEGORY_LABELS[TRAINING_CATEGORIES[section]])

    # -- from and to the page ---------------------------------------------------------------

    def set_grid(self, ocmws: list[tuple[str, str]], counts: dict[tuple[str, str], int], typed: dict[tuple[str, str], str]) -> None:
        self.beginResetModel()
        self.ocmws = list(ocmws)
        self.counts = dict(counts)
        self.typed = dict(typed)
        self.endResetModel()

    def set_totals(self, category_totals: dict[str, compute.Total], ocmw_totals: dict[str, compute.Total],
                   total_activated: compute.Total) -> None:
        if (category_totals, ocmw_totals, total_activated) == (self._category_totals, self._ocmw_totals, self._total_activated):
            return
        last_row, last_column = len(TRAINING_CATEGORIES), len(self.ocmws)
        cells = [self.index(row, last_column) for row in range(last_row)] + \
            [self.index(last_row, column) for column in range(last_column + 1)]
        before = [self._total(index) for index in cells]
        self._category_totals, self._ocmw_totals, self._total_activated = category_totals, ocmw_totals, total_activated
        for index, old in zip(cells, before):  # only the totals that changed (each is repainted)
            if self._total(index) != old:
                self.dataChanged.emit(index, index)

    def index_for_path(self, path: str) -> QModelIndex:
        match = re.fullmatch(r"training\.([\w-]+)\.([\w-]+)", path)
        if not match or match[1] not in TRAINING_CATEGORIES:
            return QModelIndex()
        ids = [ocmw_id for ocmw_id, _ in self.ocmws]
        if match[2] not in ids:
            return QModelIndex()
        return self.index(TRAINING_CATEGORIES.index(match[1]), ids.index(match[2]))

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)


class TrainingPage(ReportPage):
    """The training grid."""

    KIND = TRAINING

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("trainingPage")
        self._ocmws: list[tuple[str, str]] = []

    def build(self) -> None:
        """The page's widgets (see ReportPage.ensure_built: made when the page is first needed)."""
        self.note = QLabel(objectName="trainingNote", wordWrap=True)
        self.model = TrainingModel(self)
        self.table = GridView(objectName="training", fit_rows=True, wrap_headers=True, header_width=210)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.set_least_section_size(62)
        layout = QVBoxLayout(self.content)
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        layout.addStretch(1)

        self.model.edited.connect(self._user_changed)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setSubTitle(self.tr("How many persons took part, per category and per OCMW of the cluster."))
        self.note.setText(self.tr(
            "Whole numbers of persons. The totals are computed; a person can count in more than "
            "one category. Leave a cell empty when the OCMW has nobody in that category."
        ))
        self.table.setAccessibleName(self.tr("Training: persons per category and OCMW"))
        apply_help(self.table, "training")
        self.model.retranslate()

    def load(self, report: Report) -> None:
        self._ocmws = [(o.id, o.name) for o in report.ocmws]
        counts = {
            (category, ocmw_id): value
            for category, per_ocmw in report.training.items()
            for ocmw_id, value in per_ocmw.items()
        }
        typed = {}
        for path, text in report.unreadable.items():
            match = re.fullmatch(r"training\.([\w-]+)\.([\w-]+)", path)
            if match:
                typed[(match[1], match[2])] = text
        self.model.set_grid(self._ocmws, counts, typed)
        self._show_totals(report)

    def store(self, report: Report) -> None:
        for category in TRAINING_CATEGORIES:
            for ocmw_id, _name in self.model.ocmws:
                key = (category, ocmw_id)
                if key in self.model.counts:
                    report.set_count(category, ocmw_id, self.model.counts[key])
                else:
                    report.training.get(category, {}).pop(ocmw_id, None)
                path = training_path(category, ocmw_id)
                if key in self.model.typed:
                    report.unreadable[path] = self.model.typed[key]
                else:
                    report.unreadable.pop(path, None)

    def refresh(self, report: Report) -> None:
        if [(o.id, o.name) for o in report.ocmws] != self._ocmws:
            self.load(report)  # the members changed on the first page
        else:
            self._show_totals(report)

    def _show_totals(self, report: Report) -> None:
        self.model.set_totals(
            {category: compute.training_total_detail(report, category=category) for category in TRAINING_CATEGORIES},
            {ocmw.id: compute.training_total_detail(report, ocmw_id=ocmw.id) for ocmw in report.ocmws},
            compute.training_total_detail(report),
        )

    def show_marks(self, marks: dict[str, Mark]) -> None:
        self.model.set_marks(marks)
        mark_widget(self.table, marks.get("training"))

    def focus_field(self, path: str) -> bool:
        index = self.model.index_for_path(path)
        if index.isValid():
            self.table.select_cell(index)
            return True
        if path.startswith("training"):
            self.table.setFocus()
            return True
        return False
