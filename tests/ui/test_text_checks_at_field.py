"""The checks on what is typed into names reach the field (issues 13 and 15): an amount typed as
the president's name, a name of thousands of characters, characters the PDF cannot print and
right-to-left text each show their message at the field, in the window's language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QApplication

from desktop_app.ui.wizard import PageId
from factories import make_valid_report
from ui_helpers import child, type_text

def type_characters(field, text: str) -> None:
    """Type ``text`` as a keyboard layout that has these letters does: one key event per
    character, carrying it as text (QTest's keyClicks takes only Latin-1)."""
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(field, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character))


CASES = [
    # (typed, severity, Dutch words, French words)
    ("50.000,00", "warning", "bevat cijfers", "contient des chiffres"),
    ("Jan \U0001F984 Janssens", "warning", "wordt niet afgedrukt", "ne sera pas imprimé"),
    ("\u0645\u0631\u062d\u0628\u0627", "warning", "van rechts naar links", "de droite à gauche"),
]


@pytest.mark.parametrize("language", ["nl", "fr"])
@pytest.mark.parametrize(("typed", "severity", "nl", "fr"), CASES, ids=["digits", "emoji", "arabic"])
def test_a_doubtful_presidents_name_is_said_at_the_field(qtbot, open_report, compiled_translations, language,
                                                         typed, severity, nl, fr):
    window, wizard, _ = open_report(make_valid_report())
    window.findChild(QAction, f"language_{language}").trigger()
    field = type_text(qtbot, wizard, PageId.CHECK_SIGN, "signatories.president", "")
    type_characters(field, typed)
    assert field.text() == typed
    words = {"nl": nl, "fr": fr}[language]
    qtbot.waitUntil(lambda: words in field.accessibleDescription(), timeout=3000)
    assert field.property("problem") == severity
    line = child(wizard.pages[PageId.CHECK_SIGN], "fieldMessage")
    qtbot.waitUntil(lambda: words in line.text(), timeout=3000)


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_a_pasted_name_of_5000_characters_is_an_error_at_the_field(qtbot, open_report, compiled_translations,
                                                                    language):
    window, wizard, _ = open_report(make_valid_report())
    window.findChild(QAction, f"language_{language}").trigger()
    wizard.show_page(PageId.CHECK_SIGN)
    field = child(wizard, "signatories.president")
    field.setFocus()
    field.selectAll()
    QApplication.clipboard().setText(("Jan Janssens " * 400)[:4999] + "s")
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(field.text()) == 5000
    words = {"nl": "5.000 tekens", "fr": "5\u00a0000 caractères"}[language]
    qtbot.waitUntil(lambda: words in field.accessibleDescription(), timeout=3000)
    assert field.property("problem") == "error"
    assert "100" in field.accessibleDescription()
