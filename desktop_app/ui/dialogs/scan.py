"""*File ▸ Read a scanned print…*: choosing the pages of a scanned or photographed print,
reading their data codes back into the submission file off the window's thread, and telling the
user what was found or why nothing was.

What the codes give goes exactly where *File ▸ Open submission file…* goes
(:func:`.submission.read_submission_or_explain`): the same checks, the same summary with
import or read-only view, the same list of problems for a refused file. Why a print could not
be read (a page missing, codes of two reports, no code, a damaged code) is said in a message
box in the window's language, from :class:`desktop_app.export.scan.ScanError`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..background import Task
from ..export_panel import remember_folder, remembered_folder
from ..language import ui_language
from ..widgets.plain import as_plain
from .submission import ReadCancelled, read_submission_or_explain

FOLDER_KEY = "scan/lastFolder"


def choose_scan_files(parent: QWidget | None, settings: QSettings | None = None) -> list[Path]:
    """Ask for the pages of the print (one file or many); an empty list when cancelled."""
    paths, _ = QFileDialog.getOpenFileNames(
        parent, QCoreApplication.translate("ScannedPrint", "Read a scanned print"), remembered_folder(settings, FOLDER_KEY),
        QCoreApplication.translate("ScannedPrint", "Scans and photos (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"))
    if not paths:
        return []
    remember_folder(settings, FOLDER_KEY, Path(paths[0]).parent)
    return [Path(path) for path in paths]


def scan_source(paths: list[Path]) -> Path:
    """What the summary and the read-only view name as the source: the file, or the files'
    names together."""
    return paths[0] if len(paths) == 1 else Path(", ".join(path.name for path in paths))


def read_scan_or_explain(parent: QWidget | None, paths: list[Path]):
    """Read the data codes of the pages in ``paths`` and check the submission file they give,
    in a worker thread while the window goes on drawing: ``(result, None)`` when the file is
    in order, ``(None, dialog)`` with the dialog that says why not (opened window-modal, not
    blocking), ``(None, None)`` when the user cancelled. Cancel stops the reading before the
    next page (the page under way is finished, which takes up to a second or two); the window's
    status bar then says how many pages were read and that nothing was imported."""
    from ...export.scan import ScanError, read_scan
    from ...export.submission import read_submission

    def read(language: str, task: Task):
        started = 0

        def cancelled() -> bool:  # asked by read_scan before each page
            nonlocal started
            if task.cancelled():
                return True
            started += 1
            task.progress(started, 0)  # how many pages the files hold is known only at the end
            return False

        try:
            scanned = read_scan(paths, cancelled=cancelled)
        except ScanError as refused:
            if refused.code == "cancelled" or task.cancelled():
                raise ReadCancelled(len(refused.pages)) from None
            raise
        if task.cancelled():
            raise ReadCancelled(len(scanned.pages))
        return read_submission(scanned.data, language)

    translate = QCoreApplication.translate
    source = scan_source(paths)

    # Many pages are named by the first and the last: the dialog has room for one line or two.
    named = paths[0].name if len(paths) == 1 else f"{paths[0].name} … {paths[-1].name}"

    def label(page: int, _total: int) -> str:
        if not page:
            return translate("ScannedPrint", "Reading the data codes of %1…").replace("%1", named)
        return translate("ScannedPrint", "Reading the data codes of %1: page %2…").replace(
            "%1", named).replace("%2", str(page))

    def cancelled_text(stopped: ReadCancelled) -> str:
        if stopped.pages is None:
            return translate("ScannedPrint", "Reading the scanned print was cancelled: nothing was imported.")
        return translate("ScannedPrint", "Reading the scanned print was cancelled after %1 pages were read: "
                         "nothing was imported.").replace("%1", str(stopped.pages))

    try:
        return read_submission_or_explain(
            parent, source, read, title=translate("ScannedPrint", "Read a scanned print"), label=label,
            cancelling=translate("ScannedPrint", "Cancelling… The page being read is finished first; nothing "
                                 "is imported."), cancelled_text=cancelled_text)
    except ScanError as refused:
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("ScannedPrint", "Scanned print not read"),
                          as_plain(refused.message.get(ui_language())), QMessageBox.StandardButton.Close, parent)
        box.setObjectName("scanRefused")
        box.setInformativeText(QCoreApplication.translate("ScannedPrint", "Nothing was imported."))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        return None, box


__all__ = ["choose_scan_files", "read_scan_or_explain", "scan_source"]
