"""The data codes: the submission file carried by QR codes on the printed PDF.

The exact bytes of the submission file are compressed (zlib, RFC 1950), cut into numbered
chunks, and each chunk becomes the text of one QR code printed in the band at the foot of a
page, two codes a page at most (see README, "The data codes"). A chunk's text uses only the
45 characters of the QR code's alphanumeric mode, so that any QR reader shows it as plain
text and the code stays as small as the bytes allow::

    CV1:<fingerprint>:<number>/<count>:<data>

- ``CV1``: the layout's name and version (version 1);
- ``<fingerprint>``: the SHA-256 of the submission file, 64 hexadecimal digits in capitals,
  the same value printed on the PDF: every code names the whole report it belongs to;
- ``<number>/<count>``: this chunk's number, from 1, and how many chunks there are, decimal;
- ``<data>``: this chunk's part of the zlib stream, in Base45 (RFC 9285). The data is the last
  field, since Base45 uses ``:`` and ``/`` itself.

Putting the parts of the zlib stream together in the order of their numbers and inflating
them gives the submission file back, whose SHA-256 must be the fingerprint. Chunk ``n`` is
printed on page ``(n + 1) // 2`` (chunks 1 and 2 on page 1, 3 and 4 on page 2, …); a report
with more chunks than twice its pages gets pages of codes at its end, two codes each.

This module knows nothing of images, PDF or Qt: it turns bytes into the codes' texts and the
texts found on a scan back into bytes, and says precisely what is missing or wrong.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from dataclasses import dataclass, field

__all__ = [
    "CHUNK_BYTES", "MAX_CHUNKS", "PREFIX", "Chunk", "ChunkError", "CorruptChunk", "DataCodeError",
    "FingerprintMismatch", "MissingChunks", "MixedReports", "assemble", "base45_decode",
    "base45_encode", "encode_chunks", "page_of_chunk", "parse_chunk", "plan_chunks",
]

PREFIX = "CV1"

# At most this many bytes of the zlib stream in one code. With the 77 characters of the prefix
# the text then fits a QR code of version 14 (73 modules) at error correction M, which printed
# 52 mm wide has modules of 0.64 mm: 3.8 pixels in a 150 dpi scan (see README for the trials).
CHUNK_BYTES = 300

# A report whose data would need more codes prints none (it would take more than 100 pages of
# codes: a submission file of random text near its 2 MB limit); the PDF then says so.
MAX_CHUNKS = 200

# The largest submission file that is inflated (the limit of a submission file read from disk).
MAX_SUBMISSION_BYTES = 2 * 1024 * 1024

_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_VALUES = {character: value for value, character in enumerate(_ALPHABET)}
_CHUNK = re.compile(r"CV(?P<version>[0-9]+):(?P<fingerprint>[0-9A-Fa-f]{64}):(?P<number>[0-9]{1,5})/"
                    r"(?P<count>[0-9]{1,5}):(?P<data>.*)", re.DOTALL)


# --- Base45 (RFC 9285) --------------------------------------------------------------------------

def base45_encode(data: bytes) -> str:
    """``data`` in Base45: three characters for every two bytes, two for a last single byte."""
    out = []
    for index in range(0, len(data) - 1, 2):
        value = data[index] * 256 + data[index + 1]
        value, c = divmod(value, 45)
        e, d = divmod(value, 45)
        out += (_ALPHABET[c], _ALPHABET[d], _ALPHABET[e])
    if len(data) % 2:
        d, c = divmod(data[-1], 45)
        out += (_ALPHABET[c], _ALPHABET[d])
    return "".join(out)


def base45_decode(text: str) -> bytes:
    """The bytes of Base45 ``text``; ``ValueError`` when it is not Base45."""
    if len(text) % 3 == 1:
        raise ValueError("Base45 text of a length that leaves one character over")
    try:
        values = [_VALUES[character] for character in text]
    except KeyError as unknown:
        raise ValueError(f"not a Base45 character: {unknown}") from None
    out = bytearray()
    for index in range(0, len(values), 3):
        group = values[index:index + 3]
        if len(group) == 3:
            value = group[0] + group[1] * 45 + group[2] * 45 * 45
            if value > 0xFFFF:
                raise ValueError("Base45 group above 65535")
            out += value.to_bytes(2, "big")
        else:
            value = group[0] + group[1] * 45
            if value > 0xFF:
                raise ValueError("Base45 last group above 255")
            out.append(value)
    return bytes(out)


# --- writing -------------------------------------------------------------------------------------

def plan_chunks(submission: bytes) -> list[bytes]:
    """The submission file compressed and cut into pieces of at most :data:`CHUNK_BYTES`, of
    nearly equal size (the fewer bytes a code holds, the larger its modules print); an empty
    list when more than :data:`MAX_CHUNKS` would be needed."""
    stream = zlib.compress(submission, 9)
    count = -(-len(stream) // CHUNK_BYTES)
    if count > MAX_CHUNKS:
        return []
    size = -(-len(stream) // count)
    return [stream[start:start + size] for start in range(0, len(stream), size)]


def encode_chunks(submission: bytes) -> list[str]:
    """The texts of the data codes for ``submission`` (its exact bytes), in order: chunk 1
    first. Empty when the file is too large for codes (see :data:`MAX_CHUNKS`)."""
    fingerprint = hashlib.sha256(submission).hexdigest().upper()
    pieces = plan_chunks(submission)
    return [f"{PREFIX}:{fingerprint}:{number}/{len(pieces)}:{base45_encode(piece)}"
            for number, piece in enumerate(pieces, start=1)]


def page_of_chunk(number: int) -> int:
    """The page (from 1) on which chunk ``number`` (from 1) is printed: two chunks a page."""
    return (number + 1) // 2


# --- reading -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Chunk:
    """One data code read back: which report (``fingerprint``, lower case), which chunk of how
    many, and its bytes of the zlib stream."""

    fingerprint: str
    number: int
    count: int
    data: bytes


class DataCodeError(Exception):
    """Data codes that do not give a submission file back; subclasses say why."""


class ChunkError(DataCodeError):
    """A code's text that is not a chunk of this layout: ``None`` is returned for codes of
    other kinds, this is raised for a text that starts like ours but is damaged."""


@dataclass
class CorruptChunk(DataCodeError):
    """A code that starts like a data code but cannot be read, or chunks of one report that
    contradict each other or do not inflate. ``kind`` names the case for messages (``prefix``,
    ``version``, ``number``, ``data``, ``counts``, ``copies``, ``inflate``); ``detail`` says
    it in English, for the log; ``where`` is where it was found (the caller's value), when
    known."""

    kind: str
    detail: str
    where: object = ""
    number: int | None = None

    def __str__(self) -> str:
        return f"{self.where}: {self.detail}" if self.where else self.detail


@dataclass
class MissingChunks(DataCodeError):
    """Some chunks of the report were not found: their ``numbers`` and, for each, the page of
    the print it was on (:func:`page_of_chunk`)."""

    fingerprint: str
    count: int
    numbers: list[int]

    @property
    def pages(self) -> list[int]:
        """The pages of the print the missing chunks were on, each once, in order."""
        return sorted({page_of_chunk(number) for number in self.numbers})

    def __str__(self) -> str:
        return f"missing chunks {self.numbers} of {self.count} (pages {self.pages})"


@dataclass
class MixedReports(DataCodeError):
    """Codes of more than one report: every ``fingerprint`` found, each with where."""

    fingerprints: dict[str, list] = field(default_factory=dict)

    def __str__(self) -> str:
        return "codes of several reports: " + ", ".join(self.fingerprints)


@dataclass
class FingerprintMismatch(DataCodeError):
    """The chunks were all there, but what they give is not the file they name."""

    expected: str
    found: str

    def __str__(self) -> str:
        return f"the data gives SHA-256 {self.found}, the codes say {self.expected}"


def parse_chunk(text: str, where: object = "") -> Chunk | None:
    """The chunk a code's ``text`` holds; ``None`` for a code that is not a data code of this
    program (the fingerprint's QR code on the signature page, any other code); raises
    :class:`CorruptChunk` for a text that starts as one but is damaged or of a later version."""
    text = text.strip()
    if not text.startswith("CV") or ":" not in text[:8]:
        return None
    match = _CHUNK.fullmatch(text)
    if match is None:
        raise CorruptChunk("prefix", "a data code whose prefix cannot be read", where)
    if match["version"] != PREFIX[2:]:
        raise CorruptChunk("version", f"a data code of layout version {match['version']}, which this program "
                           f"does not know", where)
    number, count = int(match["number"]), int(match["count"])
    if not 1 <= number <= count:
        raise CorruptChunk("number", f"chunk number {number} of {count}", where, number)
    try:
        data = base45_decode(match["data"])
    except ValueError as broken:
        raise CorruptChunk("data", f"chunk {number}: {broken}", where, number) from None
    if not data:
        raise CorruptChunk("data", f"chunk {number} holds no data", where, number)
    return Chunk(match["fingerprint"].lower(), number, count, data)


def assemble(found: list[tuple[Chunk, object]]) -> bytes:
    """The submission file from the chunks ``found`` (each with where it was found), in any
    order, repeats allowed. Raises :class:`MixedReports` when they belong to several reports,
    :class:`CorruptChunk` when two copies of a chunk differ or the counts disagree or the data
    does not inflate, :class:`MissingChunks` when some are missing, and
    :class:`FingerprintMismatch` when the file they give is not the one they name."""
    if not found:
        raise MissingChunks("", 0, [])
    by_report: dict[str, list] = {}
    for chunk, where in found:
        places = by_report.setdefault(chunk.fingerprint, [])
        if where not in places:
            places.append(where)
    if len(by_report) > 1:
        raise MixedReports(by_report)
    fingerprint = found[0][0].fingerprint
    counts = {chunk.count for chunk, _ in found}
    if len(counts) > 1:
        raise CorruptChunk("counts", f"the codes of one report give different counts: {sorted(counts)}")
    count = counts.pop()
    pieces: dict[int, bytes] = {}
    for chunk, where in found:
        if pieces.setdefault(chunk.number, chunk.data) != chunk.data:
            raise CorruptChunk("copies", f"two copies of chunk {chunk.number} differ", where, chunk.number)
    missing = [number for number in range(1, count + 1) if number not in pieces]
    if missing:
        raise MissingChunks(fingerprint, count, missing)
    stream = b"".join(pieces[number] for number in range(1, count + 1))
    inflater = zlib.decompressobj()
    try:
        data = inflater.decompress(stream, MAX_SUBMISSION_BYTES + 1)
    except zlib.error as broken:
        raise CorruptChunk("inflate", f"the data does not inflate: {broken}") from None
    if len(data) > MAX_SUBMISSION_BYTES or inflater.unconsumed_tail:
        raise CorruptChunk("inflate", "the data inflates beyond the size of a submission file")
    if not inflater.eof or inflater.unused_data:
        raise CorruptChunk("inflate", "the data is not one whole zlib stream")
    digest = hashlib.sha256(data).hexdigest()
    if digest != fingerprint:
        raise FingerprintMismatch(fingerprint, digest)
    return data
