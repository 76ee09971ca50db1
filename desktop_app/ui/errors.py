"""What went wrong, told to the user and kept in the log.

:func:`failure_reason` turns any exception met on the way from a keystroke to the file into a
short reason in the window's language. :func:`install_error_hooks` makes an unexpected error
anywhere in the window a logged traceback and a dialog (what happened, whether the report is
saved or where a copy went, where the log is) instead of a program that vanishes, and sends
Qt's own warnings to the log.
"""

from __future__ import annotations

import errno
import sqlite3
import sys
import traceback
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QtMsgType, qInstallMessageHandler

from ..logfile import log_path, logger
from ..storage import StorageError
from .language import ui_language
from .qt_namespace import Qt

_log = logger("window")

_DISK_FULL = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
_NO_PERMISSION = (errno.EACCES, errno.EPERM, errno.EROFS)


def failure_reason(error: BaseException) -> str:
    """A short reason for ``error``, in the window's language, for "Not saved: reason"."""
    if isinstance(error, StorageError):
        return error.message.get(ui_language())
    if isinstance(error, OSError):
        if error.errno in _DISK_FULL:
            return QCoreApplication.translate("SaveFailure", "the disk is full.")
        if error.errno in _NO_PERMISSION:
            return QCoreApplication.translate("SaveFailure", "the file may not be written (no permission, or a read-only disk).")
        if error.errno == errno.EIO:
            return QCoreApplication.translate("SaveFailure", "the disk reported a read or write error.")
        return QCoreApplication.translate("SaveFailure", "the file could not be written (%1).").replace("%1", error.strerror or type(error).__name__)
    if isinstance(error, sqlite3.Error):
        text = str(error).lower()
        if "full" in text:
            return QCoreApplication.translate("SaveFailure", "the disk is full.")
        if "readonly" in text or "read-only" in text:
            return QCoreApplication.translate("SaveFailure", "the file may not be written (no permission, or a read-only disk).")
        if "locked" in text or "busy" in text:
            return QCoreApplication.translate("SaveFailure", "the file is in use by another program.")
        if "i/o" in text:
            return QCoreApplication.translate("SaveFailure", "the disk reported a read or write error.")
        return QCoreApplication.translate("SaveFailure", "the database reported an error (%1).").replace("%1", str(error)[:200])
    detail = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    return QCoreApplication.translate("SaveFailure", "an error in the program (%1).").replace("%1", detail[:200])


def log_location_text() -> str:
    """"The details are in the log: PATH." or, without a log file, that there is none."""
    path = log_path()
    if path is None:
        return QCoreApplication.translate("SaveFailure", "No log file could be written.")
    return QCoreApplication.translate("SaveFailure", "The details are in the log file %1.").replace("%1", str(path))


# -- unexpected errors --------------------------------------------------------------------

_QT_LEVELS = {
    QtMsgType.QtWarningMsg: 30,
    QtMsgType.QtCriticalMsg: 40,
    QtMsgType.QtFatalMsg: 50,
}


def _qt_message(kind: QtMsgType, context, message: str) -> None:
    level = _QT_LEVELS.get(kind)
    if level is not None:
        where = f" ({context.file}:{context.line})" if context is not None and context.file else ""
        _log.log(level, "Qt: %s%s", message, where)
    if sys.stderr is not None:  # a windowed program on Windows has none
        try:
            print(message, file=sys.stderr)
        except (OSError, ValueError):
            pass


def install_error_hooks(tell: Callable[[BaseException], None]) -> Callable[[], None]:
    """Log every unexpected error of the window with its traceback and call ``tell`` with it
    (at most one dialog at a time); send Qt's warnings to the log. Returns a function that
    puts the previous hooks back."""
    previous_hook = sys.excepthook
    telling = []

    def hook(kind, value, tb) -> None:
        _log.critical("unexpected error", exc_info=(kind, value, tb))
        if sys.stderr is not None:
            try:
                traceback.print_exception(kind, value, tb, file=sys.stderr)
            except (OSError, ValueError):
                pass
        if telling or not isinstance(value, Exception):
            return  # an error while the dialog is shown is logged only; Ctrl+C is not a failure
        telling.append(value)
        try:
            tell(value)
        except Exception:  # noqa: BLE001 - the hook must never raise
            _log.exception("the error could not be shown")
        finally:
            telling.clear()

    sys.excepthook = hook
    previous_handler = qInstallMessageHandler(_qt_message)

    def uninstall() -> None:
        sys.excepthook = previous_hook
        qInstallMessageHandler(previous_handler)

    return uninstall


def unexpected_error_text(error: BaseException, rescue: str) -> str:
    """The text of the dialog after an unexpected error: what happened, what became of the
    report (``rescue``), where the log is."""
    detail = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    parts = [
        QCoreApplication.translate("UnexpectedError", "Something unexpected went wrong in the program:\n%1").replace(
            "%1", detail[:300]),
    ]
    if rescue:
        parts.append(rescue)
    parts.append(log_location_text())
    parts.append(QCoreApplication.translate(
        "UnexpectedError", "You can go on working. If it happens again, close the program, start it again, and "
                           "send the log file to whoever helps you with the program."))
    return "\n\n".join(parts)


def show_unexpected_error(parent, error: BaseException, rescue: str) -> None:
    """Show the dialog after an unexpected error (tests replace it)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("UnexpectedError", "Unexpected error"),
                      unexpected_error_text(error, rescue), QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the error's text and paths are never markup
    box.exec()
