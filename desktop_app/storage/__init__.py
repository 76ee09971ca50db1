"""Local storage of reports in SQLite. No Qt here."""

from .locks import Holder
from .paths import default_db_path
from .store import ExportRecord, ReportStore, ReportSummary, StorageError

__all__ = ["ExportRecord", "Holder", "ReportStore", "ReportSummary", "StorageError", "default_db_path"]
