"""A bare PySide6 QWizard of six pages: the yardstick the benchmark compares the program with.

``--smoke-test`` shows the wizard and quits with status 0 once it has been shown, like the
program's own ``--smoke-test``.
"""

import sys

from PySide6.QtCore import QObject, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWizard, QWizardPage


def make_page(number: int) -> QWizardPage:
    page = QWizardPage()
    page.setTitle(f"Page {number}")
    layout = QVBoxLayout(page)
    layout.addWidget(QLabel(f"Field {number}"))
    layout.addWidget(QLineEdit())
    return page


class _QuitWhenShown(QObject):
    """Quits the application at the first Show event of the watched window."""

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Show:
            QTimer.singleShot(0, QApplication.instance().quit)
        return False


def main(argv: list[str]) -> int:
    app = QApplication(argv)
    wizard = QWizard()
    wizard.setWindowTitle("Bare wizard")
    for number in range(1, 7):
        wizard.addPage(make_page(number))
    if "--smoke-test" in argv:
        watcher = _QuitWhenShown(wizard)
        wizard.installEventFilter(watcher)
    wizard.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
