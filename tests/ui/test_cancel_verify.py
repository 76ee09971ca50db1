"""Checking the signatures of a PDF can be cancelled (issue 17): the worker stops after reading
the file, or drops the check it finished after the Cancel. A cancelled check says NOT CHECKED,
in amber, never what the signatures are, never "in order"; only the worker's own answer (the
check raising Cancelled) decides it."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from certificates import Pki
from desktop_app.export import signing
from desktop_app.export.pdf import render_pdf
from desktop_app.export.submission import to_xml
from desktop_app.ui.dialogs.signing import INCOMPLETE_COLOUR, NOT_CHECKED, SigningDialog, VerifyDialog
from factories import make_valid_report

NOT_CHECKED_TEXT = "NOT CHECKED: cancelled. This says nothing about the signatures; close and verify again."


@pytest.fixture(scope="module")
def signed(tmp_path_factory):
    """A PDF signed by both, and a file with the root of their certificates (trusted: in order)."""
    from cryptography.hazmat.primitives import serialization

    folder = tmp_path_factory.mktemp("cancel-verify")
    pki = Pki()
    report = make_valid_report()
    data = render_pdf(report, to_xml(report))
    for role, name in (("president", "Jan Janssens"), ("secretary", "Marie Dubois")):
        signer = signing.load_pkcs12_signer(pki.p12(folder / f"{role}.p12", *pki.issue(name), b"pw"), b"pw")
        data = signing.sign_pdf(data, role, signer)
    path = folder / "twice.pdf"
    path.write_bytes(data)
    root = folder / "root.pem"
    root.write_bytes(pki.ca.public_bytes(serialization.Encoding.PEM))
    return path, root


class HeldCheck:
    """``signing.verify_pdf`` made to wait, inside the real call, until the progress dialog
    was cancelled; the real check then runs to its end."""

    def __init__(self, monkeypatch):
        self.gate, self.waiting, self.ended = threading.Event(), threading.Event(), []
        real = signing.verify_pdf

        def held(*args, **kwargs):
            self.waiting.set()
            self.gate.wait()
            result = real(*args, **kwargs)
            self.ended.append(result.outcome)
            return result

        monkeypatch.setattr(signing, "verify_pdf", held)

    def cancel_when_shown(self) -> QTimer:
        self.seen: list[tuple[str, bool]] = []  # what the progress dialog said, and whether it heard Cancel

        def look():
            progress = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)
                             and w.objectName() == "verifyProgress" and w.isVisible()), None)
            if progress is not None and self.waiting.is_set() and not self.gate.is_set():
                progress.cancel()  # as its Cancel button does
                self.seen.append((progress.labelText(), progress.wasCanceled()))
                self.gate.set()

        timer = QTimer(interval=20)
        timer.timeout.connect(look)
        timer.start()
        return timer


def test_a_cancelled_check_says_not_checked_never_in_order(qtbot, signed, monkeypatch):
    path, root = signed
    dialog = VerifyDialog(None, path)  # checks at once: untrusted roots, so not yet in order
    qtbot.addWidget(dialog)
    assert dialog.outcome == signing.OUTCOME_UNTRUSTED
    held = HeldCheck(monkeypatch)
    timer = held.cancel_when_shown()
    assert dialog.add_root(root)  # trusted from now on; the check it runs again is cancelled
    timer.stop()
    assert held.seen == [("Checking the signatures of twice.pdf…", True)]
    assert held.ended == [signing.OUTCOME_OK]  # the real check ran to its end and found it in order …
    assert dialog.outcome == NOT_CHECKED and not dialog.ok  # … and the dialog does not say so
    assert dialog.verdict.text() == NOT_CHECKED_TEXT
    assert dialog.verdict.property("ok") is False
    assert INCOMPLETE_COLOUR in dialog.verdict.styleSheet()
    assert dialog.table.rowCount() == 0 and dialog.attachment.text() == ""


def test_a_cancelled_check_in_the_signing_dialog_is_said(qtbot, signed, monkeypatch):
    path, _root = signed
    held = HeldCheck(monkeypatch)
    timer = held.cancel_when_shown()
    dialog = SigningDialog(None, path)
    qtbot.addWidget(dialog)
    timer.stop()
    assert held.ended and held.seen == [("Checking the signatures of twice.pdf…", True)]
    assert dialog.message.text() == "The signatures already in the PDF were not checked: cancelled."
    assert dialog.pdf_state.text() == ""


def test_a_remembered_root_file_is_read_in_the_worker(qtbot, signed, monkeypatch):
    """The root files the user added are read again each time the dialog checks: in the
    worker too, since one may be on a network share that stopped answering."""
    from PySide6.QtCore import QSettings

    from desktop_app.ui.dialogs.signing import TRUSTED_ROOTS_KEY

    path, root = signed
    QSettings().setValue(TRUSTED_ROOTS_KEY, [str(root)])
    gate, waiting, read = threading.Event(), threading.Event(), []
    real = signing.load_certificates

    def held(*args):
        waiting.set()
        gate.wait()
        read.append(threading.current_thread() is not threading.main_thread())
        return real(*args)

    monkeypatch.setattr(signing, "load_certificates", held)
    # On the window's thread (the code before this) nothing below could release the read: a
    # thread of the test's own does, later, so that the test fails instead of hanging.
    safety = threading.Timer(10, gate.set)
    safety.start()
    seen: list[str] = []

    def look():
        progress = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)
                         and w.objectName() == "verifyProgress" and w.isVisible()), None)
        if progress is not None and waiting.is_set() and not gate.is_set():
            progress.cancel()  # as its Cancel button does
            seen.append(progress.labelText())
            gate.set()

    timer = QTimer(interval=20)
    timer.timeout.connect(look)
    timer.start()
    try:
        dialog = VerifyDialog(None, path)
        qtbot.addWidget(dialog)
    finally:
        timer.stop()
        safety.cancel()
    assert seen == ["Checking the signatures of twice.pdf…"] and read == [True]
    assert dialog.outcome == NOT_CHECKED and dialog.verdict.text() == NOT_CHECKED_TEXT
