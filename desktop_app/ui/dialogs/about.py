"""Help ▸ About (also F1): a short guide to the form, then the program's version, the data
folder and the log file, so that a secretary can tell a helpdesk what runs and where its files
are. The paths are shown as plain, selectable text (a folder's name may look like markup)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QColor, QShowEvent, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ... import __version__
from ...logfile import log_path
from ..field_help import guide_html
from ..widgets.plain import PLAIN


class AboutDialog(QDialog):
    """The guide to the form and where the program keeps its files. ``database`` is the file
    of the reports (None for a store without a file). ``anchor`` is the help key of the field
    F1 was pressed on: the guide's entries open at that field's, marked."""

    def __init__(self, database: Path | None, parent: QWidget | None = None, anchor: str | None = None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.anchor = anchor
        # Absolute, so that a file given on the command line as a bare name is still found.
        self.database = Path(database).expanduser().absolute() if database is not None else None
        self.guide_title = QLabel(objectName="guideTitle", textFormat=PLAIN)
        font = self.guide_title.font()
        font.setBold(True)
        self.guide_title.setFont(font)
        self.guide = QLabel(objectName="guide", wordWrap=True, textFormat=PLAIN)
        self.guide.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fields_title = QLabel(objectName="fieldGuideTitle", textFormat=PLAIN)
        self.fields_title.setFont(font)
        # Every field's explanation, part by part; the texts are the program's own (escaped).
        self.field_guide = QTextBrowser(objectName="fieldGuide")
        self.field_guide.setOpenLinks(False)
        self.about_title = QLabel(objectName="aboutTitle", textFormat=PLAIN)
        self.about_title.setFont(font)
        self.labels = [QLabel(textFormat=PLAIN) for _ in range(4)]
        self.values = {name: QLabel(objectName=name, textFormat=PLAIN, wordWrap=True)
                       for name in ("version", "dataFolder", "databaseFile", "logFile")}
        form = QFormLayout()
        for label, value in zip(self.labels, self.values.values()):
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            label.setBuddy(value)
            form.addRow(label, value)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.guide_title)
        layout.addWidget(self.guide)
        layout.addSpacing(8)
        layout.addWidget(self.fields_title)
        layout.addWidget(self.field_guide, 1)  # extra height goes to the entries, which scroll
        layout.addSpacing(8)
        layout.addWidget(self.about_title)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate()
        screen = (parent.screen() if parent is not None else QApplication.primaryScreen()).availableGeometry()
        self.resize(min(860, screen.width() - 40), min(max(self.sizeHint().height(), 620), screen.height() - 80))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        QTimer.singleShot(0, self.show_anchor)  # once the entries are laid out

    def show_anchor(self) -> None:
        """Scroll the entries to the field F1 was pressed on, and mark its entry."""
        if not self.anchor:
            return
        self.field_guide.scrollToAnchor(self.anchor)
        block = self.anchor_block(self.anchor)
        if block is None:
            return
        # A line of the entry before it stays in view, so the entry is not glued to the edge.
        bar = self.field_guide.verticalScrollBar()
        bar.setValue(bar.value() - self.field_guide.fontMetrics().lineSpacing() * 2)
        marked = QTextEdit.ExtraSelection()
        marked.cursor = QTextCursor(block)
        marked.format = QTextCharFormat()
        marked.format.setBackground(QColor("#fff4ce"))
        marked.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        self.field_guide.setExtraSelections([marked])

    def anchor_block(self, anchor: str):
        """The paragraph of the entries that holds ``anchor``; None if there is none."""
        block = self.field_guide.document().begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                if anchor in iterator.fragment().charFormat().anchorNames():
                    return block
                iterator += 1
            block = block.next()
        return None

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every text in the window's language."""
        self.setWindowTitle(self.tr("About Clusterverslag"))
        self.guide_title.setText(self.tr("The form in short"))
        self.guide.setText(self.tr(
            "The form has six parts. Identification: the reporting year, the cluster promoter and "
            "the member OCMWs (at least three OCMWs in all). Narrative part: at most 3,000 characters "
            "on the past year. Partnerships: the cluster's official partnerships, each based on an "
            "agreement. Training: the number of persons per training category, for each member OCMW; "
            "the program adds them up. Financial part: for each cost category the total amount, the "
            "OCMW share, the public share (paid by another government) and the income; the program "
            "computes the cluster-subsidy share. For example, a staff member costs EUR 50,000, of "
            "which a first-job subsidy pays EUR 30,000 as public share: the cluster-subsidy share is "
            "EUR 20,000. Check and sign: the list of problems (errors block the export, warnings do "
            "not), the signatories, and the export of the PDF to sign and of the submission file. "
            "The report must be complete and signed before 28 February of the following year."))
        self.fields_title.setText(self.tr("Every field in one line"))
        self.field_guide.setAccessibleName(self.tr("Every field in one line"))
        self.field_guide.setHtml(guide_html())
        if self.isVisible():
            QTimer.singleShot(0, self.show_anchor)
        self.about_title.setText(self.tr("Clusterverslag"))
        for label, text in zip(self.labels, (self.tr("&Version:"), self.tr("Data &folder:"),
                                             self.tr("&Reports file:"), self.tr("&Log file:"))):
            label.setText(text)
        database = self.database
        log = log_path()
        self.values["version"].setText(__version__)
        self.values["dataFolder"].setText(str(database.parent) if database else self.tr("none (reports kept in memory)"))
        self.values["databaseFile"].setText(str(database) if database else "–")
        self.values["logFile"].setText(str(log) if log else self.tr("none: no log file is being written"))
