"""Page 5, costs: how the subsidy was spent, in five categories and five columns, with the
subsidy, the demonstrated and unjustified amounts, the advance and the balance below.

Everything computed comes from ``domain.compute``; this page only shows it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain import compute
from ...domain.model import (
    COST_CATEGORIES,
    COST_COLUMNS,
    ENTERED_COST_COLUMNS,
    Report,
    cost_path,
)
from ...domain.money import AmountError, format_amount, parse_amount
from ..field_help import apply_help
from ..widgets.grid import EntryGridModel, GridView, Index
from ..widgets.marking import Mark, mark_widget
from ..widgets.money import AmountDelegate, AmountField
from ..widgets.widths import fit_width
from . import COSTS
from .base import ReportPage

CATEGORY_LABELS = {
    "personnel": QT_TRANSLATE_NOOP("CostCategory", "Personnel costs"),
    "activated-wages": QT_TRANSLATE_NOOP("CostCategory", "Wage costs of activated persons"),
    "third-party-agreements": QT_TRANSLATE_NOOP("CostCategory", "Agreements with third parties"),
    "training": QT_TRANSLATE_NOOP("CostCategory", "Training costs"),
    "operating": QT_TRANSLATE_NOOP("CostCategory", "Operating costs"),
}
COLUMN_LABELS = {
    "totalAmount": QT_TRANSLATE_NOOP("CostColumn", "Total amount"),
    "ocmwShare": QT_TRANSLATE_NOOP("CostColumn", "OCMW share"),
    "publicShare": QT_TRANSLATE_NOOP("CostColumn", "Public share"),
    "income": QT_TRANSLATE_NOOP("CostColumn", "Income"),
    "clusterShare": QT_TRANSLATE_NOOP("CostColumn", "Cluster-subsidy share"),
}
assert tuple(CATEGORY_LABELS) == COST_CATEGORIES and tuple(COLUMN_LABELS) == COST_COLUMNS

TOTALS_ROW = len(COST_CATEGORIES)  # row 5
CLUSTER_SHARE_COLUMN = COST_COLUMNS.index("clusterShare")  # column 4


class CostsModel(EntryGridModel):
    """Rows 0-4: the cost categories in the format's order; row 5: the totals. Columns 0-4:
    totalAmount, ocmwShare, publicShare, income, clusterShare. Columns 0-3 of rows 0-4 accept
    amounts as text (``setData(index, "30.000,00")``); the rest is computed and read-only."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.language = "nl"
        self.amounts: dict[tuple[str, str], int] = {}  # (category, column) -> cents
        self.typed: dict[tuple[str, str], str] = {}  # what was typed and cannot be read
        self._cluster_shares: dict[str, compute.Total] = {}
        self._totals: dict[str, compute.Total] = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COST_CATEGORIES) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COST_COLUMNS)

    @staticmethod
    def is_entered(index: Index) -> bool:
        return index.row() < TOTALS_ROW and index.column() < CLUSTER_SHARE_COLUMN

    @staticmethod
    def key(index: Index) -> tuple[str, str]:
        return COST_CATEGORIES[index.row()], COST_COLUMNS[index.column()]

    def path(self, index: Index) -> str | None:
        return cost_path(*self.key(index)) if index.row() < TOTALS_ROW else None

    def is_bold(self, index: Index) -> bool:
        return index.row() == TOTALS_ROW  # the cluster shares are computed but not totals

    def help_key(self, index: Index) -> str | None:
        return "costs.totals" if index.row() == TOTALS_ROW else f"costs.{COST_COLUMNS[index.column()]}"

    def header_help_key(self, section: int, orientation: Qt.Orientation) -> str | None:
        if orientation == Qt.Orientation.Horizontal:
            return f"costs.{COST_COLUMNS[section]}"
        return "costs.totals" if section == TOTALS_ROW else f"costs.category.{COST_CATEGORIES[section]}"

    def cell_text(self, index: Index) -> str:
        if self.is_entered(index):
            key = self.key(index)
            if key in self.typed:
                return self.typed[key]
            return format_amount(self.amounts.get(key, 0), self.language)
        return self.computed_text(index, format_amount(self._computed(index).value, self.language))

    def _computed(self, index: Index) -> compute.Total:
        if index.row() == TOTALS_ROW:
            return self._totals.get(COST_COLUMNS[index.column()], compute.Total(0))
        return self._cluster_shares.get(COST_CATEGORIES[index.row()], compute.Total(0))

    def left_out(self, index: Index) -> int:
        return len(self._computed(index).left_out)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or not self.is_entered(index):
            return False
        key = self.key(index)
        text = "" if value is None else str(value)
        before = (self.amounts.get(key), self.typed.get(key))
        try:
            self.amounts[key] = parse_amount(text) or 0
            self.typed.pop(key, None)
        except AmountError:
            self.amounts[key] = 0
            self.typed[key] = text
        if (self.amounts.get(key), self.typed.get(key)) != before:
            self.dataChanged.emit(index, index)
            self.edited.emit()
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.WhatsThisRole):
            return self.header_help(section, orientation, role)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("CostColumn", COLUMN_LABELS[COST_COLUMNS[section]])
        if section == TOTALS_ROW:
            return QCoreApplication.translate("CostsModel", "Total")
        return QCoreApplication.translate("CostCategory", CATEGORY_LABELS[COST_CATEGORIES[section]])

    def set_amounts(self, amounts: dict[tuple[str, str], int], typed: dict[tuple[str, str], str], language: str) -> None:
        self.beginResetModel()
        self.amounts, self.typed, self.language = dict(amounts), dict(typed), language
        self.endResetModel()

    def set_computed(self, cluster_shares: dict[str, compute.Total], totals: dict[str, compute.Total]) -> None:
        if (cluster_shares, totals) == (self._cluster_shares, self._totals):
            return
        before = [self._computed(index) for index in self._computed_cells()]
        self._cluster_shares, self._totals = cluster_shares, totals
        # Only the cells whose value or note changed: a typed amount changes three of them,
        # and each cell named is fetched and repainted.
        for index, old in zip(self._computed_cells(), before):
            if self._computed(index) != old:
                self.dataChanged.emit(index, index)

    def _computed_cells(self) -> list[QModelIndex]:
        return [self.index(row, CLUSTER_SHARE_COLUMN) for row in range(TOTALS_ROW)] + \
            [self.index(TOTALS_ROW, column) for column in range(len(COST_COLUMNS))]

    def index_for_path(self, path: str) -> QModelIndex:
        parts = path.split(".")
        if len(parts) == 3 and parts[0] == "costs" and parts[1] in COST_CATEGORIES and parts[2] in COST_COLUMNS:
            return self.index(COST_CATEGORIES.index(parts[1]), COST_COLUMNS.index(parts[2]))
        return QModelIndex()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COST_COLUMNS) - 1)
        self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, TOTALS_ROW)


class CostsPage(ReportPage):
    """The cost table and the money summary."""

    KIND = COSTS

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("costsPage")
        self._language = "nl"
        self._year: int | None = None

    def build(self) -> None:
        """The page's widgets (see ReportPage.ensure_built: made when the page is first needed)."""
        self.note = QLabel(objectName="costsNote", wordWrap=True)
        self.model = CostsModel(self)
        self.table = GridView(objectName="costs", fit_rows=True, wrap_headers=True)
        self.table.setModel(self.model)
        self.table.setItemDelegate(AmountDelegate(self.table))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().set_least_section_size(96)

        self.subsidy = AmountField(objectName="subsidyAmount")
        self.rule_note = QLabel(objectName="subsidyRule", wordWrap=True)
        self.use_rule_button = QPushButton(objectName="useRuleSubsidy")
        self.demonstrated = AmountField(objectName="demonstratedAmount", readOnly=True)
        self.unjustified = AmountField(objectName="unjustifiedAmount", readOnly=True)
        self.advance = AmountField(objectName="advanceAmount", readOnly=True)
        self.balance = AmountField(objectName="balanceAmount", readOnly=True)
        for field in (self.subsidy, self.demonstrated, self.unjustified, self.advance, self.balance):
            fit_width(field, "000.000.000,00", 160)
        for field in (self.demonstrated, self.unjustified, self.advance, self.balance):
            field.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.subsidy_label, self.demonstrated_label, self.unjustified_label = QLabel(), QLabel(), QLabel()
        self.advance_label, self.balance_label = QLabel(), QLabel()
        self.subsidy_label.setBuddy(self.subsidy)

        summary = QGridLayout()
        summary.setColumnStretch(3, 1)
        summary.addWidget(self.subsidy_label, 0, 0)
        summary.addWidget(self.subsidy, 0, 1)
        summary.addWidget(self.use_rule_button, 0, 2, Qt.AlignmentFlag.AlignLeft)
        summary.addWidget(self.rule_note, 1, 1, 1, 3)
        for row, (label, field) in enumerate(((self.demonstrated_label, self.demonstrated),
                                              (self.unjustified_label, self.unjustified),
                                              (self.advance_label, self.advance),
                                              (self.balance_label, self.balance)), start=2):
            summary.addWidget(label, row, 0)
            summary.addWidget(field, row, 1)

        layout = QVBoxLayout(self.content)
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        layout.addLayout(summary)
        layout.addStretch(1)
        QWidget.setTabOrder(self.table, self.subsidy)
        QWidget.setTabOrder(self.subsidy, self.use_rule_button)

        self.model.edited.connect(self._user_changed)
        self.subsidy.textEdited.connect(self._user_changed)
        self.use_rule_button.clicked.connect(self.use_rule_subsidy)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self._show_subtitle()
        self.note.setText(self.tr(
            "Type the total amount and the shares paid by the OCMW, by other public funding and "
            "by income; the cluster-subsidy share and the totals are computed. Investment costs "
            "are not accepted."
        ))
        self.table.setAccessibleName(self.tr("Costs per category"))
        self.subsidy_label.setText(self.tr("&Subsidy amount:"))
        self.subsidy.setAccessibleName(self.tr("Subsidy amount"))
        self.use_rule_button.setText(self.tr("Use the year's amount"))
        self.demonstrated_label.setText(self.tr("Demonstrated amount:"))
        self.demonstrated.setAccessibleName(self.tr("Demonstrated amount"))
        self.unjustified_label.setText(self.tr("Unjustified amount:"))
        self.unjustified.setAccessibleName(self.tr("Unjustified amount"))
        self.advance_label.setText(self.tr("Advance received (75 %):"))
        self.advance.setAccessibleName(self.tr("Advance received"))
        self.balance.setAccessibleName(self.tr("Balance"))
        for widget, key in ((self.table, "costs"), (self.subsidy, "subsidyAmount"),
                            (self.use_rule_button, "useRuleSubsidy"), (self.demonstrated, "demonstratedAmount"),
                            (self.unjustified, "unjustifiedAmount"), (self.advance, "advanceAmount"),
                            (self.balance, "balanceAmount")):
            apply_help(widget, key)
        self.model.retranslate()
        self._last_summary = None

    def _show_subtitle(self) -> None:
        # The example amount is written as the report writes its amounts.
        self.setSubTitle(self.tr("How the subsidy was spent. Amounts in euro, e.g. %1.").replace(
            "%1", format_amount(123456, self._language)))

    # -- model boundary -------------------------------------------------------------------

    def load(self, report: Report) -> None:
        if report.language != self._language:
            self._language = report.language
            self._show_subtitle()
        amounts = {
            (category, column): report.costs[category].get(column)
            for category in COST_CATEGORIES
            for column in ENTERED_COST_COLUMNS
        }
        typed = {
            (category, column): report.unreadable[cost_path(category, column)]
            for category in COST_CATEGORIES
            for column in ENTERED_COST_COLUMNS
            if cost_path(category, column) in report.unreadable
        }
        self.model.set_amounts(amounts, typed, report.language)
        if "subsidyAmount" in report.unreadable:
            self.subsidy.setText(report.unreadable["subsidyAmount"])
        else:
            self.subsidy.setText("" if report.subsidy is None else format_amount(report.subsidy, report.language))
        self._show_computed(report)

    def store(self, report: Report) -> None:
        for (category, column), cents in self.model.amounts.items():
            report.costs[category].set(column, cents)
            path = cost_path(category, column)
            if (category, column) in self.model.typed:
                report.unreadable[path] = self.model.typed[(category, column)]
            else:
                report.unreadable.pop(path, None)
        typed = self.subsidy.text()
        try:
            report.subsidy = parse_amount(typed)  # empty: the year's rule
            report.unreadable.pop("subsidyAmount", None)
        except AmountError:
            report.subsidy = None
            report.unreadable["subsidyAmount"] = typed

    def refresh(self, report: Report) -> None:
        if report.language != self._language:
            self.load(report)  # amounts are written in the report's language
        else:
            self._show_computed(report)

    def _show_computed(self, report: Report) -> None:
        self.model.set_computed(
            {category: compute.cost_total_detail(report, category, "clusterShare") for category in COST_CATEGORIES},
            {column: compute.cost_total_detail(report, column=column) for column in COST_COLUMNS},
        )
        summary = compute.financial_summary(report)
        if (summary, report.year, report.language) == getattr(self, "_last_summary", None):
            return
        self._last_summary = (summary, report.year, report.language)
        language = report.language

        def amount(cents: int) -> str:
            return format_amount(cents, language)

        self.demonstrated.setText(amount(summary.demonstrated))
        self.unjustified.setText(amount(summary.unjustified))
        self.advance.setText(amount(summary.advance))
        self.balance.setText(amount(abs(summary.balance)))
        self.balance_label.setText(
            self.tr("Balance to pay back:") if summary.balance < 0 else self.tr("Balance to receive:")
        )
        if summary.rule_subsidy is None:
            self.subsidy.setPlaceholderText("")
            self.rule_note.setText(self.tr("Fill in the reporting year to get the amount of the year's rule."))
        else:
            self.subsidy.setPlaceholderText(amount(summary.rule_subsidy))
            if summary.differs_from_rule:
                self.rule_note.setText(self.tr(
                    "Differs from the amount for %1 (%2 EUR): check it against the signed agreement."
                ).replace("%1", str(report.year)).replace("%2", amount(summary.rule_subsidy)))
            else:
                self.rule_note.setText(self.tr(
                    "The amount for %1 is %2 EUR. Type another amount only if the signed agreement says so."
                ).replace("%1", str(report.year)).replace("%2", amount(summary.rule_subsidy)))
        self.use_rule_button.setVisible(report.subsidy is not None or "subsidyAmount" in report.unreadable)

    # -- problems -------------------------------------------------------------------------

    def show_marks(self, marks: dict[str, Mark]) -> None:
        self.model.set_marks({p: m for p, m in marks.items() if p.count(".") == 2})
        mark_widget(self.subsidy, marks.get("subsidyAmount"))
        mark_widget(self.unjustified, marks.get("costs.unjustifiedAmount"))
        mark_widget(self.demonstrated, marks.get("costs.demonstratedAmount"))

    def focus_field(self, path: str) -> bool:
        fields = {
            "subsidyAmount": self.subsidy,
            "costs.unjustifiedAmount": self.unjustified,
            "costs.demonstratedAmount": self.demonstrated,
        }
        if path in fields:
            fields[path].setFocus()
            fields[path].selectAll()
            return True
        index = self.model.index_for_path(path)
        if index.isValid():
            self.table.select_cell(index)
            return True
        if path.startswith("costs"):
            self.table.setFocus()
            return True
        return False

    # -- slots ----------------------------------------------------------------------------

    def use_rule_subsidy(self) -> None:
        """Go back to the amount of the year's rule."""
        self.subsidy.clear()
        self.report_changed.emit()
        self.subsidy.setFocus()
