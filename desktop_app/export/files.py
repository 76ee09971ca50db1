"""Writing an export to disk: the PDF and the submission file side by side, atomically.

Shared by the wizard's Export button and ``clusterverslag export``.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import secrets
import shutil
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..domain.checks import Problem, check_report, errors
from ..domain.model import Report
from ..domain.text import Text


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
    write_together([(Path(path), data)])


def write_together(files: list[tuple[Path, bytes]]) -> None:
    """Write every ``(path, data)`` of ``files``, all or none of them.

    Each is written to a temporary file in its folder and flushed to the disk; only when all
    are there are they renamed into place, the old files first kept aside (a hard link, else
    a copy) so that a failure half-way puts them back. Whatever fails (a full disk, an I/O
    error), the older files are left as they were, no temporary file remains, and the
    ``OSError`` is raised.
    """
    staged: list[tuple[str, Path]] = []  # (temporary, target)
    kept: dict[Path, str] = {}  # target -> its old content kept aside
    placed: list[Path] = []
    try:
        for path, data in files:
            staged.append((_write_temporary(Path(path), data), Path(path)))
        for _temporary, target in staged:
            if target.exists():
                kept[target] = _keep_aside(target)
        for temporary, target in staged:
            os.replace(temporary, target)
            placed.append(target)
    except BaseException:
        for target in reversed(placed):
            _quietly(os.replace, kept.pop(target), target) if target in kept else _quietly(os.unlink, target)
        for temporary, _target in staged:
            _quietly(os.unlink, temporary)
        for aside in kept.values():
            _quietly(os.unlink, aside)
        raise
    for aside in kept.values():
        _quietly(os.unlink, aside)
    for folder in {target.parent for _t, target in staged}:
        _sync_folder(folder)


def _write_temporary(path: Path, data: bytes) -> str:
    """``data`` in a new temporary file beside ``path``, on the disk; its name."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(handle, view):]
        os.fsync(handle)
    except BaseException:
        os.close(handle)
        _quietly(os.unlink, temporary)
        raise
    os.close(handle)
    return temporary


def _keep_aside(path: Path) -> str:
    """A second name for the current content of ``path`` (a hard link, or a copy where the
    file system has none, such as FAT on a USB stick), to put it back if need be."""
    for _attempt in range(100):
        aside = str(path.parent / f".{path.name}.{secrets.token_hex(4)}.old")
        try:
            os.link(path, aside)
            return aside
        except FileExistsError:
            continue
        except OSError:
            break
    handle, aside = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".old", dir=path.parent)
    os.close(handle)
    try:
        shutil.copy2(path, aside)
    except BaseException:
        _quietly(os.unlink, aside)
        raise
    return aside


def _sync_folder(folder: Path) -> None:
    """Flush a folder's entries (the renames) to the disk where the system allows it."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # Windows cannot open a folder; its renames are flushed by the file system
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def _quietly(action, *args) -> None:
    """Undo a step while handling another failure: a second failure must not hide the first."""
    try:
        action(*args)
    except OSError:
        pass


def write_failure_reason(error: OSError) -> Text:
    """Why a file could not be written, in words for the user: a full disk, a quota, an
    input/output error, a read-only disk, no permission, a missing folder; else the system's
    own reason."""
    return _WRITE_REASONS.get(error.errno) or Text(
        f"het schrijven lukte niet ({error.strerror or type(error).__name__})",
        f"l'écriture a échoué ({error.strerror or type(error).__name__})",
    )


_WRITE_REASONS: dict[int, Text] = {
    # Not every system names a quota error (Windows reports a full disk instead).
    getattr(errno, "EDQUOT", errno.ENOSPC): Text("uw schijfquotum is op", "votre quota de disque est épuisé"),
    errno.EIO: Text(
        "een schrijffout van de schijf (invoer/uitvoer): de schijf of de USB-stick is misschien "
        "beschadigd of losgekoppeld",
        "une erreur d'écriture du disque (entrée/sortie) : le disque ou la clé USB est peut-être "
        "endommagé ou débranché",
    ),
    errno.ENOSPC: Text("de schijf is vol", "le disque est plein"),
    errno.EROFS: Text("de schijf is alleen-lezen", "le disque est en lecture seule"),
    errno.EACCES: Text("u hebt geen toelating om daar te schrijven", "vous n'avez pas l'autorisation d'y écrire"),
    errno.EPERM: Text("u hebt geen toelating om daar te schrijven", "vous n'avez pas l'autorisation d'y écrire"),
    errno.ENOENT: Text("de map bestaat niet", "le dossier n'existe pas"),
}


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
    report: Report, out_dir: Path, *, created_at: dt.datetime | None = None, today: dt.date | None = None,
    before_writing: Callable[[], None] | None = None,
) -> ExportResult:
    """Check the report, then write its PDF and submission file into ``out_dir``.

    Raises :class:`ExportRefused` while errors remain; writes nothing in that case.
    ``before_writing`` is called once both files are made and before anything is written; what
    it raises stops the export with nothing written (the window's Cancel).
    """
    blocking = errors(check_report(report, today=today))
    if blocking:
        raise ExportRefused(blocking)
    from .submission import sha256_hex

    base = export_basename(report)
    xml, pdf = render_export(report, created_at=created_at, file_name=f"{base}.xml")
    if before_writing is not None:
        before_writing()
    out_dir = Path(out_dir)  # must exist: an export creates no folder
    xml_path, pdf_path = out_dir / f"{base}.xml", out_dir / f"{base}.pdf"
    write_together([(xml_path, xml), (pdf_path, pdf)])
    return ExportResult(pdf_path, xml_path, sha256_hex(xml))
