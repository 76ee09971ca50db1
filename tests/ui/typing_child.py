"""Run by test_autosave: opens a report, types into the narrative, says "typed" a little
later, and waits to be killed. Not a test module."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.ui import create_main_window
from desktop_app.ui.wizard import PageId

db_path, report_id, text = sys.argv[1], int(sys.argv[2]), sys.argv[3]
app = QApplication([])
window = create_main_window(db_path, report_id)
window.show()


def type_text() -> None:
    window.wizard.show_page(PageId.NARRATIVE)
    editor = window.findChild(QWidget, "narrative")
    editor.setFocus()
    QTest.keyClicks(editor, text)
    QTimer.singleShot(800, lambda: print("typed", flush=True))


QTimer.singleShot(100, type_text)
app.exec()
