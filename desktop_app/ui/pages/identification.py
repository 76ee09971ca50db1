"""Page 1, identification: the reporting year, the report's language, the promoter and the
member OCMWs of the cluster."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.fields import FieldError, parse_year
from ...domain.model import MEMBER_FIELDS, ORGANISATION_FIELDS, REPORT_LANGUAGES, Organisation, Report
from ..field_help import apply_help
from ..widgets.grid import GridView
from ..widgets.marking import Mark, mark_widget
from ..widgets.records import RecordTableModel
from ..widgets.widths import fit_width
from . import IDENTIFICATION
from .base import ReportPage

# The promoter's fields: format name -> attribute of Organisation, in reading order.
PROMOTER_FIELDS = ORGANISATION_FIELDS
MEMBER_ATTRIBUTES = MEMBER_FIELDS

# The characters a promoter's field shows at least before the fields go into one column.
PROMOTER_FIELD_CHARS = 26


class MembersModel(RecordTableModel):
    """The member OCMWs (the promoter excluded): name and enterprise number."""

    COLLECTION = "members"
    COLUMNS = ("name", "enterpriseNumber")
    CONTEXT = "MembersModel"
    HEADERS = {
        "name": QT_TRANSLATE_NOOP("MembersModel", "Name of the member OCMW"),
        "enterpriseNumber": QT_TRANSLATE_NOOP("MembersModel", "Enterprise number (optional)"),
    }

    def cell_text(self, record: Organisation, column: str, role: int) -> str:
        return getattr(record, MEMBER_ATTRIBUTES[column])

    def set_cell_text(self, record: Organisation, column: str, text: str) -> None:
        setattr(record, MEMBER_ATTRIBUTES[column], str(text))


class IdentificationPage(ReportPage):
    """Year, language, promoter, members."""

    KIND = IDENTIFICATION

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("identificationPage")

    def build(self) -> None:
        """The page's widgets (see ReportPage.ensure_built: made when the page is first needed)."""
        self.year = QLineEdit(objectName="reportingYear")
        self.language = QComboBox(objectName="language")
        for code in REPORT_LANGUAGES:
            self.language.addItem("", code)
        self.promoter: dict[str, QLineEdit] = {
            key: QLineEdit(objectName=f"promoter.{key}") for key in PROMOTER_FIELDS
        }
        fit_width(self.year, "0000", 90)
        fit_width(self.promoter["postalCode"], "0000", 90)

        self.members_model = MembersModel(self)
        self.members = GridView(objectName="members", wrap_column_headers=True)
        self.members.setModel(self.members_model)
        header = self.members.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 230)
        self.members.setMinimumHeight(120)
        self.add_member_button = QPushButton(objectName="addMember")
        self.remove_member_button = QPushButton(objectName="removeMember")
        self.move_up_button = QPushButton(objectName="moveMemberUp")
        self.move_down_button = QPushButton(objectName="moveMemberDown")

        # Labels, set in retranslate().
        self.report_box = QGroupBox()
        self.promoter_box = QGroupBox()
        self.members_box = QGroupBox()
        self.year_label = QLabel()
        self.language_label = QLabel()
        self.promoter_labels = {key: QLabel() for key in PROMOTER_FIELDS}
        self.members_note = QLabel(wordWrap=True)
        for key, label in self.promoter_labels.items():
            label.setBuddy(self.promoter[key])
        self.year_label.setBuddy(self.year)
        self.language_label.setBuddy(self.language)

        report_row = QHBoxLayout(self.report_box)
        report_row.addWidget(self.year_label)
        report_row.addWidget(self.year)
        report_row.addSpacing(24)
        report_row.addWidget(self.language_label)
        report_row.addWidget(self.language)
        report_row.addStretch(1)

        left, right = QFormLayout(), QFormLayout()
        for form, keys in ((left, ("name", "street", "postalCode", "municipality")),
                           (right, ("contactPerson", "phone", "email", "enterpriseNumber"))):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            # Nested in a grid, the forms would take no room between label and field: the
            # longest label ("Straat en nummer:") touched its field.
            form.setHorizontalSpacing(10)
            for key in keys:
                form.addRow(self.promoter_labels[key], self.promoter[key])
        promoter_grid = QGridLayout(self.promoter_box)
        promoter_grid.addLayout(left, 0, 0)
        promoter_grid.addLayout(right, 0, 1)
        promoter_grid.setColumnStretch(0, 1)
        promoter_grid.setColumnStretch(1, 1)
        promoter_grid.setHorizontalSpacing(24)
        # Two columns of fields when they are wide enough for a name, else one under the other
        # (a large system font, a small window): see _arrange_promoter.
        self.promoter_grid, self.promoter_right = promoter_grid, right
        self.promoter_columns = 2
        self.promoter_box.installEventFilter(self)

        buttons = QVBoxLayout()
        for button in (self.add_member_button, self.remove_member_button,
                       self.move_up_button, self.move_down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        members_grid = QGridLayout(self.members_box)
        members_grid.addWidget(self.members_note, 0, 0, 1, 2)
        members_grid.addWidget(self.members, 1, 0)
        members_grid.addLayout(buttons, 1, 1)

        layout = QVBoxLayout(self.content)
        layout.addWidget(self.report_box)
        layout.addWidget(self.promoter_box)
        layout.addWidget(self.members_box, 1)

        # Tab goes down the left column, then down the right one, then to the members.
        chain = [self.year, self.language, *(self.promoter[k] for k in PROMOTER_FIELDS),
                 self.members, self.add_member_button, self.remove_member_button,
                 self.move_up_button, self.move_down_button]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

        self.year.textEdited.connect(self._user_changed)
        self.language.currentIndexChanged.connect(self._user_changed)
        for field in self.promoter.values():
            field.textEdited.connect(self._user_changed)
        self.members_model.edited.connect(self._user_changed)
        self.add_member_button.clicked.connect(self.add_member)
        self.remove_member_button.clicked.connect(self.remove_member)
        self.move_up_button.clicked.connect(lambda: self.move_member(-1))
        self.move_down_button.clicked.connect(lambda: self.move_member(+1))
        self.members.selectionModel().currentChanged.connect(self._update_member_buttons)
        self.members_model.modelReset.connect(self._update_member_buttons)
        self.members_model.rowsInserted.connect(self._update_member_buttons)
        self.members_model.rowsRemoved.connect(self._update_member_buttons)
        self.members_model.rowsMoved.connect(self._update_member_buttons)

        self.retranslate()
        self._update_member_buttons()

    # -- layout ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.promoter_box and event.type() == QEvent.Type.Resize:
            self._arrange_promoter()
        return super().eventFilter(watched, event)

    def _arrange_promoter(self) -> None:
        """Put the promoter's right column of fields under the left one when two columns would
        leave each field too narrow for an OCMW's name (with a large font the name field showed
        only "W Sint-Katelijne-Waver")."""
        label = max(label.sizeHint().width() for label in self.promoter_labels.values())
        field = self.promoter_box.fontMetrics().averageCharWidth() * PROMOTER_FIELD_CHARS
        needed = 2 * (label + 10 + field) + 24 + 30  # two forms, the gap, the box's margins
        width = self.promoter_box.width()
        # A margin against flipping back and forth as a scroll bar comes and goes.
        columns = 1 if width < needed else 2 if width >= needed + 40 else self.promoter_columns
        # In one column the fields of both forms start at the same place.
        for promoter_label in self.promoter_labels.values():
            if promoter_label.minimumWidth() != (label if columns == 1 else 0):
                promoter_label.setMinimumWidth(label if columns == 1 else 0)
        if columns == self.promoter_columns:
            return
        self.promoter_columns = columns
        self.promoter_grid.removeItem(self.promoter_right)
        if columns == 2:
            self.promoter_grid.addLayout(self.promoter_right, 0, 1)
        else:
            self.promoter_grid.addLayout(self.promoter_right, 1, 0)
        self.promoter_grid.setColumnStretch(1, 1 if columns == 2 else 0)

    # -- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        super().retranslate()
        self.setSubTitle(self.tr("The year of the report, the cluster promoter and the member OCMWs."))
        self.report_box.setTitle(self.tr("Report"))
        self.promoter_box.setTitle(self.tr("Cluster promoter"))
        self.members_box.setTitle(self.tr("Member OCMWs"))
        self.year_label.setText(self.tr("Reporting &year:"))
        self.language_label.setText(self.tr("&Language of the report:"))
        self.language.setItemText(0, self.tr("Dutch"))
        self.language.setItemText(1, self.tr("French"))
        texts = {
            "name": self.tr("Na&me:"),
            "street": self.tr("&Street and number:"),
            "postalCode": self.tr("&Postal code:"),
            "municipality": self.tr("Mun&icipality:"),
            "contactPerson": self.tr("C&ontact person:"),
            "phone": self.tr("P&hone:"),
            "email": self.tr("&E-mail:"),
            "enterpriseNumber": self.tr("En&terprise number:"),
        }
        for key, text in texts.items():
            self.promoter_labels[key].setText(text)
        accessible = {
            "name": self.tr("Name of the promoter"),
            "street": self.tr("Street and number of the promoter"),
            "postalCode": self.tr("Postal code of the promoter"),
            "municipality": self.tr("Municipality of the promoter"),
            "contactPerson": self.tr("Contact person"),
            "phone": self.tr("Phone of the contact person"),
            "email": self.tr("E-mail of the contact person"),
            "enterpriseNumber": self.tr("Enterprise number of the promoter (optional)"),
        }
        for key, text in accessible.items():
            self.promoter[key].setAccessibleName(text)
        self.promoter["enterpriseNumber"].setPlaceholderText(self.tr("optional, e.g. 0212.345.678"))
        self.year.setAccessibleName(self.tr("Reporting year"))
        self.language.setAccessibleName(self.tr("Language of the report"))
        self.members.setAccessibleName(self.tr("Member OCMWs"))
        apply_help(self.year, "reportingYear")
        apply_help(self.language, "language")
        for key, field in self.promoter.items():
            apply_help(field, f"promoter.{key}")
        apply_help(self.members, "members")
        self.members_note.setText(self.tr(
            "A cluster has at least three OCMWs: the promoter and at least two members. "
            "Type in a cell to fill it in."
        ))
        self.add_member_button.setText(self.tr("&Add member"))
        self.remove_member_button.setText(self.tr("&Remove"))
        self.move_up_button.setText(self.tr("Move &up"))
        self.move_down_button.setText(self.tr("Move do&wn"))
        self.members_model.retranslate()
        if hasattr(self, "promoter_columns"):
            self._arrange_promoter()  # the labels' widths changed

    # -- model boundary -------------------------------------------------------------------

    def load(self, report: Report) -> None:
        self._loading = True
        try:
            self.year.setText(report.unreadable.get("reportingYear", "" if report.year is None else str(report.year)))
            self.language.setCurrentIndex(max(0, self.language.findData(report.language)))
            for key, attribute in PROMOTER_FIELDS.items():
                self.promoter[key].setText(getattr(report.promoter, attribute))
            self.members_model.set_records([dataclasses.replace(m) for m in report.members])
        finally:
            self._loading = False

    def store(self, report: Report) -> None:
        typed_year = self.year.text()
        try:
            report.year = parse_year(typed_year)
            report.unreadable.pop("reportingYear", None)
        except FieldError:
            report.year = None
            report.unreadable["reportingYear"] = typed_year
        report.language = self.language.currentData() or "nl"
        for key, attribute in PROMOTER_FIELDS.items():
            setattr(report.promoter, attribute, self.promoter[key].text())
        self._store_members(report)

    def _store_members(self, report: Report) -> None:
        rows: list[Organisation] = self.members_model.records()
        kept = {row.id for row in rows if row.id}
        for index in reversed(range(len(report.members))):
            if report.members[index].id not in kept:
                report.remove_member(index)
        for row in rows:
            if not row.id:
                row.id = report.add_member().id  # a fresh id that no count refers to
        report.members = [dataclasses.replace(row) for row in rows]

    # -- problems -------------------------------------------------------------------------

    def show_marks(self, marks: dict[str, Mark]) -> None:
        mark_widget(self.year, marks.get("reportingYear"))
        for key, field in self.promoter.items():
            mark_widget(field, marks.get(f"promoter.{key}"))
        mark_widget(self.members, marks.get("members"))
        self.members_model.set_marks({p: m for p, m in marks.items() if p.startswith("members[")})

    def focus_field(self, path: str) -> bool:
        simple = {"reportingYear": self.year, "language": self.language, "members": self.members}
        simple.update({f"promoter.{key}": field for key, field in self.promoter.items()})
        if path in simple:
            simple[path].setFocus()
            if isinstance(simple[path], QLineEdit):
                simple[path].selectAll()
            return True
        index = self.members_model.index_for_path(path)
        if index.isValid():
            self.members.select_cell(index)
            return True
        return False

    # -- members --------------------------------------------------------------------------

    def add_member(self) -> None:
        """Append an empty member and start typing its name."""
        row = self.members_model.insert_record(Organisation(""))
        index = self.members_model.index(row, 0)
        self.members.select_cell(index)
        self.members.edit(index)

    def remove_member(self) -> None:
        """Remove the selected member (its training counts go with it)."""
        index = self.members.currentIndex()
        if index.isValid():
            self.members_model.remove_record(index.row())
            if self.members_model.rowCount():
                self.members.select_cell(self.members_model.index(min(index.row(), self.members_model.rowCount() - 1), index.column()))

    def move_member(self, step: int) -> None:
        """Move the selected member one place up (-1) or down (+1)."""
        index = self.members.currentIndex()
        if not index.isValid():
            return
        to = index.row() + step
        if 0 <= to < self.members_model.rowCount():
            self.members_model.move_record(index.row(), to)
            self.members.select_cell(self.members_model.index(to, index.column()))

    def _update_member_buttons(self, *_args) -> None:
        index = self.members.currentIndex()
        rows = self.members_model.rowCount()
        self.remove_member_button.setEnabled(index.isValid())
        self.move_up_button.setEnabled(index.isValid() and index.row() > 0)
        self.move_down_button.setEnabled(index.isValid() and index.row() < rows - 1)
