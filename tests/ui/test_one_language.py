"""One language on screen: everything the window shows is in the window's language, the checks'
messages about a report written in the other language too (the report's language governs only
its PDF and submission file), and Qt's own dialogs follow the window's language and its switch."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel, QMessageBox, QPushButton

from desktop_app.ui.wizard import PageId
from factories import make_valid_report
from ui_helpers import child

DUTCH = "Vul de naam van de voorzitter in."
FRENCH = "Indiquez le champ « nom du président »."


def choose_language(qtbot, window, code: str) -> None:
    window.findChild(QAction, f"language_{code}").trigger()
    check = window.wizard.page(PageId.CHECK_SIGN)
    qtbot.waitUntil(lambda: check.problems.count() > 0 and check.problems.item(0).text().startswith(
        {"fr": "Erreur", "nl": "Fout"}[code]), timeout=3000)


def field_message(qtbot, wizard, text: str) -> str:
    """Put the keyboard on the president's name and read the page's message line."""
    wizard.show_page(PageId.CHECK_SIGN)
    field = child(wizard, "signatories.president")
    field.setFocus()
    line = child(wizard.pages[PageId.CHECK_SIGN], "fieldMessage")
    qtbot.waitUntil(lambda: text in line.text(), timeout=3000)
    return line.text()


def test_a_french_report_in_a_dutch_window_speaks_dutch_then_french(qtbot, open_report, compiled_translations):
    report = make_valid_report()
    report.language = "fr"
    report.signatories.president = ""
    window, wizard, _ = open_report(report)
    choose_language(qtbot, window, "nl")
    wizard.show_page(PageId.CHECK_SIGN)  # from here on the empty name is marked and counted
    check = wizard.page(PageId.CHECK_SIGN)
    president = child(wizard, "signatories.president")

    assert check.problems.item(0).text() == f"Fout – Controle en ondertekening: {DUTCH}"
    assert DUTCH in field_message(qtbot, wizard, DUTCH)
    assert president.toolTip() == DUTCH and president.accessibleDescription() == DUTCH
    assert check.title() == "Controle en ondertekening (1 fout)"
    assert wizard.steps.item(PageId.CHECK_SIGN).text() == "6. Controle en ondertekening (1 fout)"
    every_text = [check.problems.item(i).text() for i in range(check.problems.count())]
    assert not any("Indiquez" in text for text in every_text), every_text

    choose_language(qtbot, window, "fr")
    assert check.problems.item(0).text() == f"Erreur – Vérification et signature\u00a0: {FRENCH}"
    assert FRENCH in field_message(qtbot, wizard, FRENCH)
    assert president.toolTip() == FRENCH and president.accessibleDescription() == FRENCH
    assert check.title() == "Vérification et signature (1 erreur)"
    # The report keeps its own language: it is what the PDF and the submission file are written in.
    assert wizard.report.language == "fr"


def test_a_dutch_report_in_a_french_window_speaks_french(qtbot, open_report, compiled_translations):
    report = make_valid_report()
    report.signatories.president = ""
    window, wizard, _ = open_report(report)
    choose_language(qtbot, window, "fr")
    check = wizard.page(PageId.CHECK_SIGN)
    assert check.problems.item(0).text() == f"Erreur – Vérification et signature\u00a0: {FRENCH}"
    assert FRENCH in field_message(qtbot, wizard, FRENCH)
    assert wizard.report.language == "nl"


def test_the_export_refusal_lists_the_errors_in_the_window_language(qtbot, open_report, compiled_translations,
                                                                     monkeypatch):
    warnings = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning",
                        lambda _parent, title, text, *_a: warnings.append(text) or QMessageBox.StandardButton.Ok)
    report = make_valid_report()
    report.language = "fr"
    report.signatories.president = ""
    window, wizard, _ = open_report(report)
    choose_language(qtbot, window, "nl")
    wizard.show_page(PageId.CHECK_SIGN)
    qtbot.mouseClick(window.export_panel.export_button, Qt.MouseButton.LeftButton)
    (text,) = warnings
    assert DUTCH in text and "Indiquez" not in text


# -- Qt's own dialogs ------------------------------------------------------------------------------


def open_file_dialog_texts(qtbot, window, switch_to: str | None = None) -> list[dict[str, str]]:
    """Open the program's own "Open submission file" dialog (Qt's, not the system's: offscreen
    has none) and read its labels and buttons, before and after an optional language switch."""
    seen: list[dict[str, str]] = []

    def read(dialog: QFileDialog) -> dict[str, str]:
        texts = {label.objectName(): label.text() for label in dialog.findChildren(QLabel) if label.objectName()}
        box = dialog.findChild(QDialogButtonBox)
        texts["buttons"] = " / ".join(button.text() for button in box.findChildren(QPushButton))
        return texts

    def answer() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, answer)
            return
        seen.append(read(dialog))
        if switch_to:
            window.switch_language(switch_to)
            QApplication.processEvents()
            seen.append(read(dialog))
        dialog.reject()

    QTimer.singleShot(0, answer)
    window.open_submission_action.trigger()
    return seen


def test_qt_file_dialogs_speak_the_window_language_and_follow_a_switch(qtbot, show_window, compiled_translations):
    window = show_window()
    window.switch_language("nl")
    (dutch, french) = open_file_dialog_texts(qtbot, window, switch_to="fr")
    assert dutch["lookInLabel"] == "&Zoeken in:"
    assert dutch["fileTypeLabel"] == "Bestanden van &type:"
    assert dutch["fileNameLabel"] == "Bestands&naam:"
    assert dutch["buttons"] in ("Openen / Annuleren", "Annuleren / Openen")
    assert french["lookInLabel"] == "&Voir dans\u00a0:"
    assert french["fileTypeLabel"] == "Fichiers de &type\u00a0:"
    assert french["fileNameLabel"] == "&Nom de fichier\u00a0:"
    assert "Annuler" in french["buttons"]


def test_qt_message_box_buttons_speak_the_window_language(qtbot, show_window, compiled_translations):
    window = show_window()
    for code, expected in (("nl", {"&Ja", "&Nee"}), ("fr", {"&Oui", "&Non"})):
        window.switch_language(code)
        box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          window)
        qtbot.addWidget(box)
        assert {button.text() for button in box.buttons()} == expected
