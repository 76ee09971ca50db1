"""A stored report that another window has open for writing, shown read-only here.

One writer per report: the window that opened a report first holds its lock (``claim`` in the
store) until it closes it or its program ends. A second window shows the report read-only,
under a banner saying where it is open, so that neither overwrites the other; what it shows
can still be kept as a copy (a new report).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ..domain.model import Report
from ..storage import Holder
from .language import format_timestamp, ui_language
from .read_only import ReadOnlyView


class OpenElsewhereView(ReadOnlyView):
    """The banner naming the other window (computer, process, since when) and the report
    read-only under it. ``import_requested`` asks for a copy as a new report."""

    def __init__(self, report: Report, report_id: int, holder: Holder, parent: QWidget | None = None):
        self.holder = holder
        self.report_id = report_id
        super().__init__(report, f"report-{report_id}", parent)
        self.setObjectName("openElsewhereView")
        # The computer's name comes from a file on disk: shown as plain text, never as markup.
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setTextFormat(Qt.TextFormat.PlainText)

    def retranslate(self) -> None:
        self.title.setText(self.title_text())
        since = format_timestamp(self.holder.since, ui_language()) or "?"
        self.note.setText(self.tr(
            "This report is open in another window: on computer %1, program process %2, since %3. "
            "Here it is only shown, so that neither window overwrites the other. To change it here, "
            "close it there and open it again; or keep what is shown as a copy (a new report).")
            .replace("%1", self.holder.host or "?").replace("%2", str(self.holder.pid or "?")).replace("%3", since))
        self.import_button.setText(self.tr("Keep as a &copy"))
        self.banner.setAccessibleName(self.title_text())

    def title_text(self) -> str:
        """``Read-only: open in another window``, translated."""
        return self.tr("Read-only: open in another window")
