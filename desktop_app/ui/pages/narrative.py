"""Page 2, the narrative: at most 3,000 characters on the past year, with the form's guiding
questions beside the editor."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...domain.model import NARRATIVE_LIMIT, Report
from ..field_help import apply_help
from ..language import format_count
from ..widgets.counter import CharacterCounter
from ..widgets.limited_text import LimitedPlainTextEdit
from ..widgets.marking import Mark, mark_widget
from . import NARRATIVE
from .base import ReportPage


class NarrativePage(ReportPage):
    """The plain-text narrative with its live counter."""

    KIND = NARRATIVE

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("narrativePage")
        self._language = "nl"

    def build(self) -> None:
        """The page's widgets (see ReportPage.ensure_built: made when the page is first needed)."""
        self.editor = LimitedPlainTextEdit(NARRATIVE_LIMIT, objectName="narrative")
        self.counter = CharacterCounter(objectName="narrativeCounter")
        self.message = QLabel(objectName="narrativeMessage", wordWrap=True)
        self.message.setStyleSheet("QLabel { color: #8a1c1c; background: #fdecea; padding: 4px; border-radius: 3px; }")
        self.message.hide()
        self.editor_label = QLabel()
        self.editor_label.setBuddy(self.editor)

        self.questions_box = QGroupBox()
        self.questions = QLabel(objectName="guidingQuestions", wordWrap=True)
        self.questions.setMinimumWidth(220)
        box_layout = QVBoxLayout(self.questions_box)
        box_layout.addWidget(self.questions)
        box_layout.addStretch(1)
        self.questions_box.setMaximumWidth(320)

        counter_row = QHBoxLayout()
        counter_row.addWidget(self.message, 1)
        counter_row.addWidget(self.counter)
        left = QVBoxLayout()
        left.addWidget(self.editor_label)
        left.addWidget(self.editor, 1)
        left.addLayout(counter_row)
        layout = QHBoxLayout(self.content)
        layout.addLayout(left, 1)
        layout.addWidget(self.questions_box)

        self.editor.textChanged.connect(self._text_changed)
        self.editor.paste_refused.connect(self._paste_refused)
        self.editor.typing_refused.connect(self._typing_refused)
        self.retranslate()
        self._show_count()

    def retranslate(self) -> None:
        super().retranslate()
        self.setSubTitle(self.tr(
            "What happened in the cluster last year, in at most 3,000 characters. Say here "
            "whether the objectives of the agreement were reached, and object here to figures "
            "that the POD filled in."
        ))
        self.editor_label.setText(self.tr("Narrative &report:"))
        self.editor.setAccessibleName(self.tr("Narrative report"))
        apply_help(self.editor, "narrative")
        self.counter.setAccessibleName(self.tr("Characters used"))
        self.questions_box.setTitle(self.tr("Questions to guide you"))
        questions = [
            self.tr("Which projects and initiatives were started?"),
            self.tr("What was successful or instructive?"),
            self.tr("Why was a method an added value?"),
            self.tr("Were there disappointments?"),
            self.tr("Where did it go wrong?"),
            self.tr("How can it be better?"),
        ]
        self.questions.setText("".join(f"<p>• {q}</p>" for q in questions))

    def load(self, report: Report) -> None:
        self._language = report.language
        if self.editor.toPlainText() != report.narrative:
            self._loading = True
            try:
                self.editor.setPlainText(report.narrative)
            finally:
                self._loading = False
        self._show_count()

    def store(self, report: Report) -> None:
        report.narrative = self.editor.toPlainText()

    def refresh(self, report: Report) -> None:
        if report.language != self._language:
            self._language = report.language
            self._show_count()

    def show_marks(self, marks: dict[str, Mark]) -> None:
        mark_widget(self.editor, marks.get("narrative"))

    def focus_field(self, path: str) -> bool:
        if path == "narrative":
            self.editor.setFocus()
            return True
        return False

    # -- slots ----------------------------------------------------------------------------

    def _text_changed(self) -> None:
        self._show_count()
        if not self._loading:
            self.message.hide()
            self.report_changed.emit()

    def _show_count(self) -> None:
        self.counter.show_count(self.editor.length(), NARRATIVE_LIMIT, self._language)

    def _paste_refused(self, offered: int, room: int) -> None:
        self._say(self.tr(
            "Not pasted: the text has %1 characters and only %2 more fit. Nothing was cut; "
            "shorten the text to paste, or the narrative, first."
        ).replace("%1", format_count(offered, self._language)).replace("%2", format_count(room, self._language)))

    def _typing_refused(self) -> None:
        self._say(self.tr("The narrative is full: it holds at most %1 characters.").replace(
            "%1", format_count(NARRATIVE_LIMIT, self._language)))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
