"""A submission file shown read-only: the wizard on a copy of the report in an in-memory store,
every input read-only, nothing saved, under a banner that names the file.

Looking at a file never touches the user's database; importing it is one click away.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..domain.model import Report
from ..storage import ReportStore
from .widgets.plain import PLAIN
from .wizard import ReportWizard

BANNER_STYLE = "#readOnlyBanner { background: #fff4ce; border: 1px solid #e0c060; border-radius: 3px; }"


class ReadOnlyView(QWidget):
    """The banner and the read-only wizard of one submission file."""

    import_requested = Signal()  # the user wants the shown report as a new report of her own

    def __init__(self, report: Report, source: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("readOnlyView")
        self.source = Path(source)
        self.store = ReportStore.open_memory()
        try:
            self.report = self.store.load(self.store.create(report))
        except BaseException:
            self.store.close()
            raise

        self.banner = QFrame(objectName="readOnlyBanner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.title = QLabel(objectName="readOnlyTitle", wordWrap=True, textFormat=PLAIN)  # the file's name
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.note = QLabel(objectName="readOnlyNote", wordWrap=True)
        self.import_button = QPushButton(objectName="importShown")
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.title)
        texts.addWidget(self.note)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(10, 6, 10, 6)
        banner_layout.addLayout(texts, 1)
        banner_layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignVCenter)

        self.wizard = ReportWizard(self.report, self)
        self.wizard.setWindowFlags(Qt.WindowType.Widget)  # a part of the window, not a dialog
        self.wizard.set_read_only()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.wizard, 1)
        QWidget.setTabOrder(self.import_button, self.wizard)

        self.import_button.clicked.connect(self.import_requested)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.title_text())
        self.note.setText(self.tr(
            "This submission file is only shown: nothing in it can be changed, and nothing is kept. "
            "To work on it or export it, import it as a new report."))
        self.import_button.setText(self.tr("Import as ne&w report"))
        self.banner.setAccessibleName(self.title_text())

    def title_text(self) -> str:
        """``Read-only: <file name>``, translated."""
        return self.tr("Read-only: %1").replace("%1", self.source.name)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def close_store(self) -> None:
        """Let go of the in-memory copy."""
        self.store.close()
