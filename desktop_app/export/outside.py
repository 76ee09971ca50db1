"""Reading a file that comes from outside the program, with bounds.

Every file the user names (a submission file, a PDF to sign or verify, a certificate file, a
password file) is read through :func:`read_outside_file`: a regular file only, never more than
its kind's size limit. A named pipe (FIFO) would make a plain ``read`` wait forever, and a
device such as ``/dev/zero`` would fill the memory; a folder cannot be read at all. Each is
refused with a message in Dutch and French. The file is opened without blocking where the
system allows it (a FIFO opens at once instead of waiting for a writer), then examined through
the open handle, so what is checked is what is read. The limit is checked against the size
before reading and again while reading, in case the file grows meanwhile.

No Qt here.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from ..domain.text import Text

_KIB = 1024
_MIB = 1024 * 1024


@dataclass(frozen=True)
class FileKind:
    """A kind of outside file: what it is called in messages, and its size limit in bytes."""

    name: Text
    limit: int


# Limits, with what real files weigh (also in the README): a submission file is a few
# kilobytes (a large cluster with a full narrative about 60 kB); an exported PDF 60 to 400 kB,
# a few MB at most with its signatures; a certificate file a few kilobytes; a password a line.
SUBMISSION = FileKind(Text("indieningsbestand", "fichier de soumission"), 2 * _MIB)
PDF = FileKind(Text("PDF", "PDF"), 32 * _MIB)
CERTIFICATE = FileKind(Text("certificaatbestand", "fichier de certificat"), 1 * _MIB)
PASSWORD = FileKind(Text("wachtwoordbestand", "fichier de mot de passe"), 64 * _KIB)

_CHUNK = 1 * _MIB


class OutsideFileError(OSError):
    """An outside file that is not read; ``message`` says why, in Dutch and French, and
    ``code`` names the reason for programs (``not-found``, ``folder``, ``not-regular``,
    ``too-large``, ``no-permission``, ``cannot-read``). An ``OSError``, so that code which
    expects one from reading a file still catches it."""

    def __init__(self, code: str, message: Text, path: Path):
        super().__init__(f"{code}: {message.nl}")
        self.code = code
        self.message = message
        self.path = path


def read_outside_file(path: Path | str, kind: FileKind) -> bytes:
    """The bytes of the regular file at ``path``, at most ``kind.limit`` of them.

    Raises :class:`OutsideFileError` for a missing file, a folder, a FIFO, a device or a
    socket, a file above the limit (before reading it, or as soon as it grows past it), and a
    file that cannot be opened or read.
    """
    path = Path(path)
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        handle = os.open(path, flags)
    except OSError as failure:
        raise _refusal(failure, path, kind) from None
    try:
        status = os.fstat(handle)
        if not stat.S_ISREG(status.st_mode):
            raise _not_regular(status.st_mode, path)
        if status.st_size > kind.limit:
            raise _too_large(status.st_size, path, kind)
        chunks, total = [], 0
        while True:
            chunk = os.read(handle, min(_CHUNK, kind.limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > kind.limit:
                raise _too_large(total, path, kind, growing=True)
        return b"".join(chunks)
    except OSError as failure:
        raise _refusal(failure, path, kind) from None
    finally:
        os.close(handle)


def size_text(size: int, language: str) -> str:
    """``2,0 MB`` / ``2,0 Mo`` (one decimal) or, below a megabyte, ``64 kB`` / ``64 ko``."""
    if size < _MIB:
        kilobytes = (size + _KIB - 1) // _KIB
        return f"{kilobytes}\u00a0{'ko' if language == 'fr' else 'kB'}"
    tenths = (size * 10 + _MIB // 2) // _MIB
    return f"{tenths // 10},{tenths % 10}\u00a0{'Mo' if language == 'fr' else 'MB'}"


def _too_large(size: int, path: Path, kind: FileKind, *, growing: bool = False) -> OutsideFileError:
    nl_size = f"meer dan {size_text(kind.limit, 'nl')}" if growing else size_text(size, "nl")
    fr_size = f"plus de {size_text(kind.limit, 'fr')}" if growing else size_text(size, "fr")
    return OutsideFileError("too-large", Text(
        f"Het bestand {path} is te groot ({nl_size}); een {kind.name.nl} is hoogstens "
        f"{size_text(kind.limit, 'nl')}. Het werd niet gelezen.",
        f"Le fichier {path} est trop volumineux ({fr_size}) ; un {kind.name.fr} fait au plus "
        f"{size_text(kind.limit, 'fr')}. Il n'a pas été lu.",
    ), path)


def _not_regular(mode: int, path: Path) -> OutsideFileError:
    if stat.S_ISDIR(mode):
        return OutsideFileError("folder", Text(
            f"{path} is een map, geen bestand. Kies een bestand in die map.",
            f"{path} est un dossier, pas un fichier. Choisissez un fichier dans ce dossier.",
        ), path)
    if stat.S_ISFIFO(mode):
        what = Text("een named pipe (FIFO)", "un tube nommé (FIFO)")
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        what = Text("een apparaat", "un périphérique")
    elif stat.S_ISSOCK(mode):
        what = Text("een socket", "un socket")
    else:
        what = Text("geen gewoon bestand", "pas un fichier ordinaire")
    return OutsideFileError("not-regular", Text(
        f"{path} is {what.nl}, geen gewoon bestand; het wordt niet gelezen. Kies een bestand.",
        f"{path} est {what.fr}, pas un fichier ordinaire ; il n'est pas lu. Choisissez un fichier.",
    ), path)


def _refusal(failure: OSError, path: Path, kind: FileKind) -> OutsideFileError:
    if isinstance(failure, OutsideFileError):
        return failure
    if failure.errno == errno.ENOENT:
        return OutsideFileError("not-found", Text(
            f"Het bestand {path} bestaat niet.", f"Le fichier {path} n'existe pas.",
        ), path)
    if failure.errno == errno.EISDIR:
        return _not_regular(stat.S_IFDIR, path)
    if failure.errno in (errno.EACCES, errno.EPERM):
        return OutsideFileError("no-permission", Text(
            f"U hebt geen toelating om het bestand {path} te lezen.",
            f"Vous n'avez pas l'autorisation de lire le fichier {path}.",
        ), path)
    reason = failure.strerror or type(failure).__name__
    return OutsideFileError("cannot-read", Text(
        f"Het bestand {path} kan niet gelezen worden ({reason}).",
        f"Le fichier {path} ne peut pas être lu ({reason}).",
    ), path)
