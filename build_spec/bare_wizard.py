"""A bare PySide6 QWizard of six pages: the yardstick the benchmark compares the program with.

``--smoke-test`` does what the program's own ``--smoke-test`` does, on a wizard with nothing
behind it: show the window, visit every page, close, and quit with status 0. ``--startup-test``
does what the program's does: show the window, print ``started`` once its page has painted,
and quit with status 0.
"""

import sys

from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWizard, QWizardPage

PAGES = 6


def make_page(number: int) -> QWizardPage:
    page = QWizardPage()
    page.setTitle(f"Page {number}")
    layout = QVBoxLayout(page)
    layout.addWidget(QLabel(f"Field {number}"))
    layout.addWidget(QLineEdit())
    return page


def smoke_test(app: QApplication, wizard: QWizard) -> int:
    wizard.show()
    app.processEvents()
    for _ in range(PAGES - 1):
        wizard.next()
        app.processEvents()
    if wizard.currentId() != PAGES - 1:
        print(f"smoke test: stopped at page {wizard.currentId()}", file=sys.stderr)
        return 1
    wizard.close()
    app.processEvents()
    print("smoke test: ok")
    return 0


def startup_test(app: QApplication, wizard: QWizard) -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer

    class Painted(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, started)
            return False

    def started() -> None:
        print("started", flush=True)
        app.quit()

    watcher = Painted()
    wizard.show()  # makes the start page current
    wizard.currentPage().installEventFilter(watcher)
    return app.exec()


def main(argv: list[str]) -> int:
    app = QApplication(argv)
    wizard = QWizard()
    wizard.setWindowTitle("Bare wizard")
    for number in range(1, PAGES + 1):
        wizard.addPage(make_page(number))
    if "--smoke-test" in argv:
        return smoke_test(app, wizard)
    if "--startup-test" in argv:
        return startup_test(app, wizard)
    wizard.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
