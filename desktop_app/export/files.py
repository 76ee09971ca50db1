"""Writing an export to disk: the PDF and the submission file side by side, atomically.

Shared by the wizard's Export button and ``clusterverslag export``.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ..domain.checks import Problem, check_report, errors
from ..domain.model import Report


class ExportRefused(Exception):
    """The report still has errors; ``problems`` lists them."""

    def __init__(self, problems: list[Problem]):
        super().__init__(f"{len(problems)} error(s) block the export")
        self.problems = problems


@dataclass(frozen=True)
class ExportResult:
    """The two files written and the SHA-256 of the submission file."""

    pdf_path: Path
    xml_path: Path
    sha256: str


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that the file is either the old one or the new one,
    never half written: a temporary file in the same folder, flushed, then renamed."""
    path = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except FileNotFoundError:
            pass
        raise


def export_basename(report: Report) -> str:
    """``jaarverslag-cluster-2016-ocmw-voorbeeld`` (``rapport-cluster-…`` in French): from the
    year and the promoter, in plain ASCII so every system and mail program takes it."""
    stem = "rapport-cluster" if report.language == "fr" else "jaarverslag-cluster"
    name = unicodedata.normalize("NFKD", report.promoter.name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-").lower()[:60] or "cluster"
    return f"{stem}-{report.year or 'zonder-jaar'}-{slug}"


def render_export(report: Report, *, created_at: dt.datetime | None = None,
                  file_name: str | None = None) -> tuple[bytes, bytes]:
    """The submission file and the PDF of a report, as bytes, the PDF bound to the file (and
    naming it ``file_name``, the name it is written under, when given)."""
    from .pdf import render_pdf
    from .submission import to_xml

    xml = to_xml(report, created_at=created_at)
    return xml, render_pdf(report, xml, file_name=file_name)


def export_report(
    report: Report, out_dir: Path, *, created_at: dt.datetime | None = None, today: dt.date | None = None
) -> ExportResult:
    """Check the report, then write its PDF and submission file into ``out_dir``.

    Raises :class:`ExportRefused` while errors remain; writes nothing in that case.
    """
    blocking = errors(check_report(report, today=today))
    if blocking:
        raise ExportRefused(blocking)
    from .submission import sha256_hex

    base = export_basename(report)
    xml, pdf = render_export(report, created_at=created_at, file_name=f"{base}.xml")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    xml_path, pdf_path = out_dir / f"{base}.xml", out_dir / f"{base}.pdf"
    atomic_write(xml_path, xml)
    atomic_write(pdf_path, pdf)
    return ExportResult(pdf_path, xml_path, sha256_hex(xml))
