"""Page 2: the narrative, its counter and its limit; a paste that does not fit is refused."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from desktop_app.domain.model import NARRATIVE_LIMIT, Report
from desktop_app.ui.wizard import PageId
from ui_helpers import child, stored, type_text


def test_narrative_keeps_line_breaks_and_counts(qtbot, open_report, db_path):
    window, wizard, report_id = open_report()
    editor = type_text(qtbot, wizard, PageId.NARRATIVE, "narrative", "Intakes gestart.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Taallessen: goed.")
    assert child(wizard, "narrativeCounter", QLabel).text() == "34 / 3.000"
    window.saver.flush()
    assert stored(db_path, report_id).narrative == "Intakes gestart.\nTaallessen: goed."


def test_counter_uses_the_thousands_separator_of_the_language(qtbot, open_report):
    _window, wizard, _ = open_report(Report(year=2016, language="fr", narrative="x" * 1234))
    assert child(wizard, "narrativeCounter", QLabel).text() == "1\u00a0234 / 3\u00a0000"


def test_typing_stops_at_the_limit(qtbot, open_report, db_path):
    window, wizard, report_id = open_report(Report(year=2016, narrative="a" * (NARRATIVE_LIMIT - 2)))
    editor = child(wizard, "narrative")
    wizard.show_page(PageId.NARRATIVE)
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, "bcdef")
    assert editor.toPlainText() == "a" * (NARRATIVE_LIMIT - 2) + "bc"
    message = child(wizard, "narrativeMessage", QLabel)
    assert message.isVisible() and "3.000" in message.text()
    window.saver.flush()
    assert len(stored(db_path, report_id).narrative) == NARRATIVE_LIMIT


def test_a_paste_that_does_not_fit_is_refused_whole(qtbot, open_report, db_path):
    before = "Begin. " + "b" * (NARRATIVE_LIMIT - 20)
    window, wizard, report_id = open_report(Report(year=2016, narrative=before))
    editor = child(wizard, "narrative")
    wizard.show_page(PageId.NARRATIVE)
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    QGuiApplication.clipboard().setText("c" * 50)
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)

    assert editor.toPlainText() == before  # nothing pasted, nothing cut
    message = child(wizard, "narrativeMessage", QLabel)
    assert message.isVisible()
    assert "50" in message.text() and "13" in message.text()
    window.saver.flush()
    assert stored(db_path, report_id).narrative == before

    # What fits is pasted, and the message goes away.
    QGuiApplication.clipboard().setText("c" * 13)
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == before + "c" * 13
    assert not message.isVisible()


def test_a_paste_replacing_a_selection_counts_the_selection_as_free(qtbot, open_report):
    _window, wizard, _ = open_report(Report(year=2016, narrative="x" * NARRATIVE_LIMIT))
    editor = child(wizard, "narrative")
    wizard.show_page(PageId.NARRATIVE)
    editor.setFocus()
    editor.selectAll()
    QGuiApplication.clipboard().setText("nieuw")
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == "nieuw"


def test_the_guiding_questions_are_beside_the_editor(open_report):
    _window, wizard, _ = open_report()
    wizard.show_page(PageId.NARRATIVE)
    questions = child(wizard, "guidingQuestions", QLabel)
    assert questions.isVisible()
    assert questions.text().count("•") == 6
