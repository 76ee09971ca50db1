"""The report store: create, load, save, list, delete (to a bin), restore, and exports.

One SQLite file in WAL mode; every save is one transaction (``db.atomic()``) with
``synchronous=FULL``, so a save that returned survives the program or the computer stopping.
A file that cannot be used (locked, read-only folder, not a database, made by a newer program)
raises :class:`StorageError` with a message in both languages and is never written to.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from ..domain.model import (
    COST_CATEGORIES,
    CostLine,
    Organisation,
    Partnership,
    Report,
    Signatories,
)
from ..domain.text import Text
from .migrations import KNOWN_MIGRATIONS, migrations

_LOCK_TIMEOUT_SECONDS = 2.0


class StorageError(Exception):
    """The database cannot be used; ``message`` says why, for the user, in nl and fr."""

    def __init__(self, code: str, message: Text, path: Path | None = None):
        super().__init__(f"{code}: {message.nl}")
        self.code = code
        self.message = message
        self.path = path


@dataclass(frozen=True)
class ReportSummary:
    """One line of the list of reports."""

    id: int
    year: int | None
    promoter_name: str
    state: str  # "draft", "exported" or "changed" (changed since the last export)
    updated_at: str
    deleted_at: str | None


@dataclass(frozen=True)
class ExportRecord:
    """One export of a report: when, the fingerprint of the submission file, the two files."""

    id: int
    report_id: int
    exported_at: str
    sha256: str
    pdf_path: str
    xml_path: str


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).astimezone().isoformat(timespec="seconds")


def content_fingerprint(report: Report) -> str:
    """A hash of everything the user entered, to tell whether a report changed since export.

    Zero counts and missing counts are the same to the user, so zeros are left out.
    """
    data = dataclasses.asdict(report)
    data["training"] = {
        category: {ocmw: n for ocmw, n in sorted(counts.items()) if n}
        for category, counts in sorted(report.training.items())
    }
    text = json.dumps(data, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


_ORGANISATION_FIELDS = (
    "name", "enterprise_number", "street", "postal_code", "municipality",
    "contact_person", "phone", "email",
)


class ReportStore:
    """The reports in one SQLite file. Open with :meth:`open`; close with :meth:`close`."""

    def __init__(self, db: Database, path: Path | None):
        self.db = db
        self.path = path

    # -- opening -----------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str) -> "ReportStore":
        """Open (or create) the database at ``path`` and bring its schema up to date."""
        path = Path(path).expanduser()
        if path.exists() and not path.is_file():
            raise StorageError("not-a-file", _MESSAGES["not-a-file"].format(path=path), path)
        if path.exists():
            _refuse_non_sqlite(path)
        else:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError:
                raise StorageError("folder-unwritable", _MESSAGES["folder-unwritable"].format(path=path.parent), path) from None
        try:
            conn = sqlite3.connect(str(path), timeout=_LOCK_TIMEOUT_SECONDS, isolation_level=None)
        except sqlite3.Error:
            raise StorageError("cannot-open", _MESSAGES["cannot-open"].format(path=path), path) from None
        try:
            return cls._prepare(Database(conn), path)
        except StorageError:
            conn.close()
            raise
        except sqlite3.Error as error:
            conn.close()
            raise _translate_sqlite_error(error, path) from None

    @classmethod
    def open_memory(cls) -> "ReportStore":
        """A store in memory, for tests and for showing a file without keeping it."""
        return cls._prepare(Database(memory=True), None)

    @classmethod
    def _prepare(cls, db: Database, path: Path | None) -> "ReportStore":
        applied = {m.name for m in migrations.applied(db)} if _has_migrations_table(db) else set()
        unknown = applied - KNOWN_MIGRATIONS
        if unknown:
            raise StorageError("newer-schema", _MESSAGES["newer-schema"].format(path=path), path)
        if path is not None:
            tables = set(db.table_names())
            if tables and not applied:
                raise StorageError("foreign-database", _MESSAGES["foreign-database"].format(path=path), path)
            if path.exists() and not _writable(path):
                raise StorageError("read-only", _MESSAGES["read-only"].format(path=path), path)
            db.execute("PRAGMA busy_timeout = 2000")
            if db.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                db.enable_wal()
            db.execute("PRAGMA synchronous = FULL")
        db.execute("PRAGMA foreign_keys = ON")
        migrations.apply(db)
        return cls(db, path)

    def close(self) -> None:
        """Close the file; the store cannot be used afterwards."""
        self.db.close()

    # -- reports -----------------------------------------------------------------------

    def create(self, report: Report | None = None) -> int:
        """Store a new report (an empty one by default) and return its id."""
        report = report or Report()
        now = _now()
        with self._writing():
            report_id = self.db["reports"].insert(
                {"created_at": now, "updated_at": now, "language": report.language}
            ).last_pk
            self._write(report_id, report, now)
        return report_id

    def save(self, report_id: int, report: Report) -> bool:
        """Replace the stored content of a report in one transaction.

        Returns False (and writes nothing) when nothing changed since the last save.
        """
        fingerprint = content_fingerprint(report)
        row = self._row(report_id)
        if row["content_hash"] == fingerprint:
            return False
        with self._writing():
            self._write(report_id, report, _now(), fingerprint)
        return True

    def load(self, report_id: int) -> Report:
        """The stored report with that id (also from the bin)."""
        row = self._row(report_id)
        rid = [report_id]
        organisations = [
            Organisation(r["ocmw_id"], **{f: r[f] for f in _ORGANISATION_FIELDS})
            for r in self.db.query("SELECT * FROM organisations WHERE report_id = ? ORDER BY position", rid)
        ]
        report = Report(
            year=row["year"],
            language=row["language"],
            subsidy=row["subsidy_cents"],
            promoter=organisations[0] if organisations else Report().promoter,
            members=organisations[1:],
            narrative=row["narrative"],
            signatories=Signatories(
                president=row["president"],
                secretary=row["secretary"],
                place=row["place"],
                date=_date(row["signature_date"]),
            ),
        )
        report.partnerships = [
            Partnership(
                partner=r["partner"],
                category=r["category"],
                agreement_reference=r["agreement_reference"],
                agreement_date=_date(r["agreement_date"]),
                description=r["description"],
            )
            for r in self.db.query("SELECT * FROM partnerships WHERE report_id = ? ORDER BY position", rid)
        ]
        for r in self.db.query("SELECT * FROM training_counts WHERE report_id = ?", rid):
            report.set_count(r["category"], r["ocmw_id"], r["persons"])
        for r in self.db.query("SELECT * FROM cost_lines WHERE report_id = ?", rid):
            report.costs[r["category"]] = CostLine(
                total_amount=r["total_amount_cents"],
                ocmw_share=r["ocmw_share_cents"],
                public_share=r["public_share_cents"],
                income=r["income_cents"],
            )
        report.unreadable = {
            r["path"]: r["typed"]
            for r in self.db.query("SELECT * FROM unreadable_inputs WHERE report_id = ? ORDER BY path", rid)
        }
        return report

    def list_reports(self, *, deleted: bool = False) -> list[ReportSummary]:
        """The reports, most recently changed first; ``deleted=True`` lists the bin."""
        condition = "r.deleted_at IS NOT NULL" if deleted else "r.deleted_at IS NULL"
        rows = self.db.query(
            f"""SELECT r.id, r.year, r.updated_at, r.deleted_at, r.content_hash,
                       COALESCE(o.name, '') AS promoter_name,
                       (SELECT e.content_hash FROM exports e WHERE e.report_id = r.id
                        ORDER BY e.id DESC LIMIT 1) AS exported_hash
                FROM reports r
                LEFT JOIN organisations o ON o.report_id = r.id AND o.position = 0
                WHERE {condition}
                ORDER BY r.updated_at DESC, r.id DESC"""
        )
        return [
            ReportSummary(
                id=r["id"],
                year=r["year"],
                promoter_name=r["promoter_name"],
                state=_state(r["exported_hash"], r["content_hash"]),
                updated_at=r["updated_at"],
                deleted_at=r["deleted_at"],
            )
            for r in rows
        ]

    def state(self, report_id: int) -> str:
        """``draft``, ``exported``, or ``changed`` since the last export."""
        row = self._row(report_id)
        last = self.db.execute(
            "SELECT content_hash FROM exports WHERE report_id = ? ORDER BY id DESC LIMIT 1", [report_id]
        ).fetchone()
        return _state(last[0] if last else None, row["content_hash"])

    def delete(self, report_id: int) -> None:
        """Move a report to the bin; :meth:`restore` brings it back until the bin is emptied."""
        self._row(report_id)
        with self._writing():
            self.db["reports"].update(report_id, {"deleted_at": _now()})

    def restore(self, report_id: int) -> None:
        """Take a report out of the bin."""
        self._row(report_id)
        with self._writing():
            self.db["reports"].update(report_id, {"deleted_at": None})

    def empty_bin(self) -> int:
        """Delete the reports in the bin for good; return how many."""
        with self._writing():
            cursor = self.db.execute("DELETE FROM reports WHERE deleted_at IS NOT NULL")
        return cursor.rowcount

    def create_from_previous(self, report_id: int) -> int:
        """A new report for the next year from a stored one: identification, members and
        partnerships copied; narrative, counts, costs and signatures empty."""
        return self.create(self.load(report_id).next_year())

    # -- exports -----------------------------------------------------------------------

    def record_export(self, report_id: int, sha256: str, pdf_path: str, xml_path: str) -> ExportRecord:
        """Remember an export of the report as it is stored now; it is then ``exported``."""
        row = self._row(report_id)
        now = _now()
        with self._writing():
            export_id = self.db["exports"].insert(
                {
                    "report_id": report_id,
                    "exported_at": now,
                    "sha256": sha256,
                    "content_hash": row["content_hash"],
                    "pdf_path": str(pdf_path),
                    "xml_path": str(xml_path),
                }
            ).last_pk
        return ExportRecord(export_id, report_id, now, sha256, str(pdf_path), str(xml_path))

    def exports(self, report_id: int) -> list[ExportRecord]:
        """Every export of a report, the newest first."""
        return [
            ExportRecord(r["id"], r["report_id"], r["exported_at"], r["sha256"], r["pdf_path"], r["xml_path"])
            for r in self.db.query("SELECT * FROM exports WHERE report_id = ? ORDER BY id DESC", [report_id])
        ]

    # -- internals ---------------------------------------------------------------------

    def _row(self, report_id: int) -> dict:
        row = next(self.db.query("SELECT * FROM reports WHERE id = ?", [report_id]), None)
        if row is None:
            raise StorageError("no-such-report", _MESSAGES["no-such-report"].format(id=report_id), self.path)
        return row

    def _writing(self):
        return _Writing(self)

    def _write(self, report_id: int, report: Report, now: str, fingerprint: str | None = None) -> None:
        db = self.db
        signatories = report.signatories
        db["reports"].update(
            report_id,
            {
                "year": report.year,
                "language": report.language,
                "subsidy_cents": report.subsidy,
                "narrative": report.narrative,
                "president": signatories.president,
                "secretary": signatories.secretary,
                "place": signatories.place,
                "signature_date": signatories.date.isoformat() if signatories.date else None,
                "content_hash": fingerprint or content_fingerprint(report),
                "updated_at": now,
            },
        )
        rid = [report_id]
        for table in ("organisations", "partnerships", "training_counts", "cost_lines", "unreadable_inputs"):
            db.execute(f"DELETE FROM {table} WHERE report_id = ?", rid)
        db["organisations"].insert_all(
            {"report_id": report_id, "position": i, "ocmw_id": o.id, **{f: getattr(o, f) for f in _ORGANISATION_FIELDS}}
            for i, o in enumerate(report.ocmws)
        )
        db["partnerships"].insert_all(
            {
                "report_id": report_id,
                "position": i,
                "partner": p.partner,
                "category": p.category,
                "agreement_reference": p.agreement_reference,
                "agreement_date": p.agreement_date.isoformat() if p.agreement_date else None,
                "description": p.description,
            }
            for i, p in enumerate(report.partnerships)
        )
        db["training_counts"].insert_all(
            {"report_id": report_id, "category": c, "ocmw_id": o, "persons": n}
            for c, counts in report.training.items()
            for o, n in counts.items()
        )
        db["cost_lines"].insert_all(
            {
                "report_id": report_id,
                "category": c,
                "total_amount_cents": report.costs[c].total_amount,
                "ocmw_share_cents": report.costs[c].ocmw_share,
                "public_share_cents": report.costs[c].public_share,
                "income_cents": report.costs[c].income,
            }
            for c in COST_CATEGORIES
        )
        db["unreadable_inputs"].insert_all(
            {"report_id": report_id, "path": p, "typed": t} for p, t in report.unreadable.items()
        )


class _Writing:
    """One write transaction; a locked or read-only file becomes a :class:`StorageError`."""

    def __init__(self, store: ReportStore):
        self.store = store
        self._atomic = store.db.atomic()

    def __enter__(self):
        try:
            return self._atomic.__enter__()
        except sqlite3.Error as error:
            raise _translate_sqlite_error(error, self.store.path) from None

    def __exit__(self, kind, value, traceback):
        try:
            result = self._atomic.__exit__(kind, value, traceback)
        except sqlite3.Error as error:
            raise _translate_sqlite_error(error, self.store.path) from None
        if isinstance(value, sqlite3.Error):
            raise _translate_sqlite_error(value, self.store.path) from None
        return result


def _state(exported_hash: str | None, content_hash: str) -> str:
    if exported_hash is None:
        return "draft"
    return "exported" if exported_hash == content_hash else "changed"


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _has_migrations_table(db: Database) -> bool:
    return db["_sqlite_migrations"].exists()


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


_SQLITE_HEADER = b"SQLite format 3\x00"


def _refuse_non_sqlite(path: Path) -> None:
    """Refuse a file that is not empty and not SQLite before SQLite ever opens it."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except OSError:
        raise StorageError("cannot-open", _MESSAGES["cannot-open"].format(path=path), path) from None
    if header and header != _SQLITE_HEADER:
        raise StorageError("not-a-database", _MESSAGES["not-a-database"].format(path=path), path)


def _translate_sqlite_error(error: sqlite3.Error, path: Path | None) -> StorageError:
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        code = "locked"
    elif "readonly" in text or "read-only" in text:
        code = "read-only"
    elif "not a database" in text or "malformed" in text:
        code = "not-a-database"
    else:
        code = "cannot-open"
    return StorageError(code, _MESSAGES[code].format(path=path), path)


_MESSAGES: dict[str, Text] = {
    "locked": Text(
        "Het bestand {path} is in gebruik door een ander programma (misschien een tweede "
        "venster van Clusterverslag). Sluit dat en probeer opnieuw.",
        "Le fichier {path} est utilisé par un autre programme (peut-être une deuxième fenêtre "
        "de Clusterverslag). Fermez-le et réessayez.",
    ),
    "read-only": Text(
        "In het bestand {path} kan niet geschreven worden (alleen-lezen). Er werd niets "
        "gewijzigd. Kopieer het naar een map waar u mag schrijven of kies een ander bestand.",
        "Le fichier {path} est en lecture seule. Rien n'a été modifié. Copiez-le dans un "
        "dossier où vous pouvez écrire ou choisissez un autre fichier.",
    ),
    "folder-unwritable": Text(
        "De map {path} kan niet aangemaakt of beschreven worden. Kies een andere plaats voor "
        "de gegevens (--db BESTAND).",
        "Le dossier {path} ne peut pas être créé ou modifié. Choisissez un autre emplacement "
        "pour les données (--db FICHIER).",
    ),
    "not-a-database": Text(
        "Het bestand {path} is geen gegevensbestand van Clusterverslag (of het is beschadigd). "
        "Het werd niet gewijzigd.",
        "Le fichier {path} n'est pas un fichier de données de Clusterverslag (ou il est "
        "endommagé). Il n'a pas été modifié.",
    ),
    "foreign-database": Text(
        "Het bestand {path} is een databank van een ander programma. Het werd niet gewijzigd.",
        "Le fichier {path} est une base de données d'un autre programme. Il n'a pas été modifié.",
    ),
    "newer-schema": Text(
        "Het bestand {path} werd gemaakt door een nieuwere versie van Clusterverslag. "
        "Installeer die versie; het bestand werd niet gewijzigd.",
        "Le fichier {path} a été créé par une version plus récente de Clusterverslag. "
        "Installez cette version ; le fichier n'a pas été modifié.",
    ),
    "not-a-file": Text(
        "{path} is een map, geen bestand.",
        "{path} est un dossier, pas un fichier.",
    ),
    "cannot-open": Text(
        "Het bestand {path} kan niet geopend worden. Het werd niet gewijzigd.",
        "Le fichier {path} ne peut pas être ouvert. Il n'a pas été modifié.",
    ),
    "no-such-report": Text(
        "Er is geen verslag met nummer {id}.",
        "Il n'y a pas de rapport numéro {id}.",
    ),
}
