"""Local storage of reports in SQLite, through sqlite-utils. No Qt here."""

from .paths import default_db_path
from .store import ExportRecord, ReportStore, ReportSummary, StorageError

__all__ = ["ExportRecord", "ReportStore", "ReportSummary", "StorageError", "default_db_path"]
