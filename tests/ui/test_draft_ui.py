"""*Print draft…* and *Export draft…* on the check page (issue 15, item 2): a draft at any
time, also while errors remain; never recorded as an export. The draft's own content is tested
in ``tests/export/test_draft.py``; here the window makes it from the report as it is."""

from __future__ import annotations

import io
import shutil
import subprocess

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from desktop_app.storage import ReportStore
from desktop_app.ui import printing
from desktop_app.ui.export_panel import ExportPanel
from desktop_app.ui.wizard import PageId
from factories import make_valid_report
from ui_helpers import child

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")


def report_with_errors(language: str = "nl"):
    report = make_valid_report()
    report.language = language
    report.promoter.email = "an.peeters@"
    report.signatories.president = ""
    return report


def panel_of(window, wizard) -> ExportPanel:
    wizard.show_page(PageId.CHECK_SIGN)
    panel = child(window, "exportPanel", ExportPanel)
    assert panel.print_draft_button.isVisible() and panel.export_draft_button.isVisible()
    return panel


def text_of(path) -> str:
    return " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())


@pytest.mark.parametrize("language, mark", [("nl", "ONTWERP – NIET ONDERTEKENEN"), ("fr", "PROJET – NE PAS SIGNER")])
def test_export_draft_while_errors_remain(qtbot, open_report, db_path, tmp_path, monkeypatch, language, mark):
    window, wizard, report_id = open_report(report_with_errors(language))
    panel = panel_of(window, wizard)
    asked = []

    def save_as(_parent, _title, start, _filter):
        asked.append(start)
        return str(tmp_path / "te-lezen.pdf"), ""

    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", save_as)
    with qtbot.waitSignal(panel.status):
        qtbot.mouseClick(panel.export_draft_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0].endswith("-ontwerp.pdf" if language == "nl" else "-projet.pdf")
    written = tmp_path / "te-lezen.pdf"
    text = text_of(written)
    assert mark in text
    for problem in wizard.problems:
        if problem.is_error:
            assert " ".join(problem.message.get(language).split()) in text
    reader = PdfReader(io.BytesIO(written.read_bytes()))
    assert "/AcroForm" not in reader.trailer["/Root"] and not reader.attachments
    # A draft is no export: nothing recorded, the report still a draft.
    store = ReportStore.open(db_path)
    assert store.exports(report_id) == [] and store.state(report_id) == "draft"
    store.close()


def test_cancelling_the_draft_writes_nothing(qtbot, open_report, tmp_path, monkeypatch):
    window, wizard, _ = open_report(report_with_errors())
    panel = panel_of(window, wizard)
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a: ("", ""))
    assert panel.export_draft() is None and list(tmp_path.glob("*.pdf")) == []


def test_print_draft_previews_then_prints_the_draft(qtbot, open_report, tmp_path, monkeypatch):
    """The print dialog is answered OK; the printer writes a PDF whose pages carry the mark."""
    window, wizard, _ = open_report(report_with_errors())
    panel = panel_of(window, wizard)
    out = tmp_path / "printed.pdf"
    names = []

    def accept(dialog):
        printer = dialog.printer()
        names.append(printer.docName())
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    preview = panel.print_draft()  # the preview first
    assert preview is not None and preview.isVisible() and preview.count == printing.page_count(panel.draft_pdf())
    with qtbot.waitSignal(panel.status) as told:
        assert preview.print_document() == printing.PRINTED
    assert told.args == [f"Sent to the printer: {panel.draft_name()}"]
    assert names == [panel.draft_name()] and names[0].endswith("-ontwerp.pdf")
    pages = len(PdfReader(str(out)).pages)
    assert pages == printing.page_count(panel.draft_pdf())
    # The printed pages are pictures; their darkest marks include the red outline of the mark.
    assert out.stat().st_size > 10_000
