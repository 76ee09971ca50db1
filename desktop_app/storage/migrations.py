"""The schema's history as named migrations (sqlite-utils' ``Migrations``).

Each runs in a transaction and is recorded in ``_sqlite_migrations``; a database that holds a
migration not listed here was made by a newer program and is refused rather than touched.

Never edit a migration that has shipped: add a new one, and its name to ``MIGRATION_NAMES``
in ``names.py``. This module is imported only when a migration is pending.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

from .names import MIGRATION_SET

migrations = Migrations(MIGRATION_SET)


@migrations(name="0001_initial")
def initial_schema(db: Database) -> None:
    """Reports with their organisations, partnerships, counts, cost lines, unreadable inputs
    and exports. Amounts are integer cents; dates ISO text."""
    statements = [
        """CREATE TABLE reports (
            id INTEGER PRIMARY KEY,
            year INTEGER,
            language TEXT NOT NULL DEFAULT 'nl',
            subsidy_cents INTEGER,
            narrative TEXT NOT NULL DEFAULT '',
            president TEXT NOT NULL DEFAULT '',
            secretary TEXT NOT NULL DEFAULT '',
            place TEXT NOT NULL DEFAULT '',
            signature_date TEXT,
            content_hash TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT
        )""",
        """CREATE TABLE organisations (
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            ocmw_id TEXT NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            enterprise_number TEXT NOT NULL DEFAULT '',
            street TEXT NOT NULL DEFAULT '',
            postal_code TEXT NOT NULL DEFAULT '',
            municipality TEXT NOT NULL DEFAULT '',
            contact_person TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (report_id, position)
        )""",
        """CREATE TABLE partnerships (
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            partner TEXT NOT NULL DEFAULT '',
            category TEXT NOT NULL DEFAULT '',
            agreement_reference TEXT NOT NULL DEFAULT '',
            agreement_date TEXT,
            description TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (report_id, position)
        )""",
        """CREATE TABLE training_counts (
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            category TEXT NOT NULL,
            ocmw_id TEXT NOT NULL,
            persons INTEGER NOT NULL,
            PRIMARY KEY (report_id, category, ocmw_id)
        )""",
        """CREATE TABLE cost_lines (
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            category TEXT NOT NULL,
            total_amount_cents INTEGER NOT NULL DEFAULT 0,
            ocmw_share_cents INTEGER NOT NULL DEFAULT 0,
            public_share_cents INTEGER NOT NULL DEFAULT 0,
            income_cents INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (report_id, category)
        )""",
        """CREATE TABLE unreadable_inputs (
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            path TEXT NOT NULL,
            typed TEXT NOT NULL,
            PRIMARY KEY (report_id, path)
        )""",
        """CREATE TABLE exports (
            id INTEGER PRIMARY KEY,
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            exported_at TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            pdf_path TEXT NOT NULL,
            xml_path TEXT NOT NULL
        )""",
        "CREATE INDEX exports_by_report ON exports(report_id)",
    ]
    for statement in statements:
        db.execute(statement)




@migrations(name="0002_report_revision")
def report_revision(db: Database) -> None:
    """A revision number per report, raised by every save of its content: a save based on an
    older revision (another window or program saved in between) is refused, not written over."""
    db.execute("ALTER TABLE reports ADD COLUMN revision INTEGER NOT NULL DEFAULT 0")
