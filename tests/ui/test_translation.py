"""Every visible string goes through Qt's translation, and a language change retranslates the
window at once: a pseudo-translation that brackets every text must reach every label."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget, QWizardPage

from desktop_app.ui.wizard import PageId
from factories import make_valid_report


class Brackets(QTranslator):
    """Translates every text of the program into ``[text]``."""

    def translate(self, context, source_text, disambiguation=None, n=-1):
        return f"[{source_text}]"

    def isEmpty(self):
        return False


# Texts that are data or numbers, not the program's own words.
DATA = re.compile(r"^$|^[\d\s.,/%()\u00a0-]+$|OCMW|VDAB|Kringloop|Jan Janssens|Marie|Voorbeeld")


def visible_texts(window) -> list[tuple[str, str]]:
    texts = []
    for label in window.findChildren(QLabel):
        texts.append((label.objectName() or "QLabel", re.sub("<[^>]+>", "", label.text())))
    for button in window.findChildren(QAbstractButton):
        if button.objectName().startswith("qt_") or not button.text():
            continue
        texts.append((button.objectName() or type(button).__name__, button.text()))
    for box in window.findChildren(QGroupBox):
        texts.append(("QGroupBox", box.title()))
    for page in window.findChildren(QWizardPage):
        texts.append((page.objectName(), page.title()))
        texts.append((page.objectName(), page.subTitle()))
    for tabs in window.findChildren(QTabWidget):
        texts.extend(("tab", tabs.tabText(i)) for i in range(tabs.count()))
    return texts


def test_every_visible_text_is_translated_at_a_language_change(qtbot, open_report):
    window, wizard, _ = open_report(make_valid_report())
    translator = Brackets()
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.wait(50)  # the LanguageChange events are posted
        untranslated = [
            (name, text) for name, text in visible_texts(window)
            if not DATA.search(text) and "[" not in text
        ]
        assert untranslated == [], untranslated
        costs = wizard.page(PageId.COSTS).table.model()
        assert costs.headerData(0, Qt.Orientation.Horizontal) == "[Total amount]"
        assert wizard.page(PageId.IDENTIFICATION).title() == "[Identification]"
        assert window.file_menu.title() == "[&File]"
    finally:
        QCoreApplication.removeTranslator(translator)
