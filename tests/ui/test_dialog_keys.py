"""Alt+letter with no mnemonic types nothing in the program's dialogs either (signing, Qt's
own file dialog), as in the main window: a stray Alt+U must not put a "u" into a path or a
password."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from desktop_app.export import signing
from desktop_app.ui.dialogs.signing import open_signing_dialog


@pytest.fixture
def no_middleware(monkeypatch):
    monkeypatch.setattr(signing, "beid_library", lambda: None)


def alt_u_types_nothing(qtbot, dialog, field: QLineEdit) -> None:
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    field.setFocus()
    field.setText("Van der Straeten")
    field.end(False)
    handle = dialog.windowHandle()
    QTest.keyClick(handle, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(handle, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    assert field.text() == "Van der Straeten"
    QTest.keyClick(handle, Qt.Key.Key_N)  # without Alt it types
    assert field.text() == "Van der Straetenn"


@pytest.mark.parametrize("name", ["pdfPath", "certificatePath", "password"])
def test_a_stray_alt_letter_types_nothing_in_the_signing_dialog(qtbot, show_window, no_middleware, name):
    window = show_window()
    dialog = open_signing_dialog(window, None)
    alt_u_types_nothing(qtbot, dialog, dialog.findChild(QLineEdit, name))
    dialog.reject()


def test_a_stray_alt_letter_types_nothing_in_the_file_dialog(qtbot, show_window, tmp_path):
    window = show_window()
    dialog = QFileDialog(window, "Choose", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.open()
    qtbot.waitExposed(dialog)
    alt_u_types_nothing(qtbot, dialog, dialog.findChild(QLineEdit, "fileNameEdit"))
    dialog.reject()
