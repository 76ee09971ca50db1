"""What the store must know about the migrations at every start, without importing them.

Importing sqlite-utils costs a noticeable part of the program's start-up, so the store reads
the applied migrations with plain SQL and imports ``migrations.py`` only when one is pending
(a new file, or a file from an older version). A test checks that these names and the
registered migrations agree.
"""

MIGRATION_SET = "clusterverslag"
MIGRATION_TABLE = "_sqlite_migrations"
MIGRATION_NAMES = ("0001_initial", "0002_report_revision")
