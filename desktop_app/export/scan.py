"""Reading a scanned or photographed print back into its submission file.

The pages come as PDF files from a scanner (each page rendered with PDFium) or as PNG, JPEG
or TIFF pictures (a TIFF may hold several pages), in any order, one file or many. Every data
code on them is read with zxing-cpp, the chunks are put together (:mod:`.datacodes`), and the
result is checked against the fingerprint the codes carry. What comes out is the exact bytes
of the submission file, which the caller then reads like any submission file
(:func:`.submission.read_submission`): the same checks, the same import or read-only view.

Everything read is outside input: only regular files, at most :data:`PICTURE` or
:data:`.outside.PDF` bytes each, pictures of at most :data:`MAX_PIXELS` pixels (Pillow's
decompression-bomb guard is turned into a refusal), at most :data:`MAX_PAGES` pages in all.
Messages are Dutch/French pairs (:class:`ScanError`). No Qt here.
"""

from __future__ import annotations

import io
import logging
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.text import Text
from . import datacodes, outside
from .datacodes import Chunk, CorruptChunk, FingerprintMismatch, MissingChunks, MixedReports

__all__ = ["MAX_PAGES", "MAX_PIXELS", "PICTURE", "RENDER_DPI", "PageRead", "ScanError", "ScanResult",
           "read_scan", "read_codes"]

log = logging.getLogger(__name__)

# A page scanned at 600 dpi in colour is 20 to 30 MB as PNG or TIFF; a phone photo 3 to 10 MB.
PICTURE = outside.FileKind(Text("afbeelding", "image"), 64 * 1024 * 1024)
# A4 at 600 dpi is 35 million pixels; a phone camera 12 to 50 million.
MAX_PIXELS = 60_000_000
# Pages read in one go, over all files: a print has a few pages, a large cluster's some tens.
MAX_PAGES = 200
# PDF pages are rendered at this resolution: the codes' modules (0.64 mm at least) become
# 5 pixels, enough for a blurred scan, and a page stays below 4 million pixels.
RENDER_DPI = 200

PICTURE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff"}


@dataclass(frozen=True)
class Page:
    """One page of the input: a file, and the page in it (from 1) when it has several."""

    path: Path
    number: int | None = None

    def label(self) -> Text:
        """``scan.pdf, pagina 2`` / ``scan.pdf, page 2``, or the file's name alone."""
        if self.number is None:
            return Text(self.path.name, self.path.name)
        return Text(f"{self.path.name}, pagina {self.number}", f"{self.path.name}, page {self.number}")


@dataclass
class PageRead:
    """What was found on one page: the data codes read, other codes, damaged codes."""

    page: Page
    chunks: list[Chunk] = field(default_factory=list)
    damaged: int = 0


@dataclass
class ScanResult:
    """The submission file read back from the pages, with what was found on each."""

    data: bytes
    fingerprint: str
    count: int
    pages: list[PageRead]


class ScanError(Exception):
    """The pages do not give a submission file back. ``message`` says why in Dutch and French;
    ``code`` names the case for programs (``file``, ``not-a-picture``, ``too-many-pixels``,
    ``too-many-pages``, ``no-code``, ``missing``, ``mixed``, ``corrupt``, ``mismatch``);
    ``pages`` is what was found on each page read so far."""

    def __init__(self, code: str, message: Text, pages: list[PageRead] | None = None):
        super().__init__(f"{code}: {message.nl}")
        self.code = code
        self.message = message
        self.pages = pages or []


def read_scan(paths: list[Path | str], *, cancelled: Callable[[], bool] = lambda: False) -> ScanResult:
    """The submission file carried by the data codes on the pages in ``paths``.

    Raises :class:`ScanError` for a file that cannot be read or is no picture or PDF, a page
    with too many pixels, pages that hold no data code at all, codes of two reports, a damaged
    code, chunks that are missing (saying which, and on which pages of the print they were),
    and data that is not the file the codes name. ``cancelled`` is asked between pages."""
    pages: list[PageRead] = []
    for path in paths:
        for page, image in _pages_of(Path(path), len(pages)):
            if cancelled():
                raise ScanError("cancelled", Text("Het lezen werd afgebroken.", "La lecture a été interrompue."), pages)
            pages.append(_read_page(page, image))
    return _assemble(pages)


def read_codes(image) -> tuple[list[str], int]:
    """The texts of the QR codes on a PIL ``image``, and how many more were seen but could not
    be decoded (damaged beyond what error correction repairs)."""
    import zxingcpp

    grey = image if image.mode == "L" else image.convert("L")
    texts: list[str] = []
    damaged = 0
    # LocalAverage copes with uneven light; GlobalHistogram with a light scan where the codes'
    # surroundings fool the local threshold. The second pass runs only when the first found no
    # data code, so a clean page costs one pass.
    for binarizer in (zxingcpp.Binarizer.LocalAverage, zxingcpp.Binarizer.GlobalHistogram):
        found = zxingcpp.read_barcodes(grey, formats=zxingcpp.BarcodeFormat.QRCode, binarizer=binarizer,
                                       text_mode=zxingcpp.TextMode.Plain, return_errors=True)
        good = [code.text for code in found if not code.error]
        bad = sum(1 for code in found if code.error)
        if any(text.startswith(datacodes.PREFIX + ":") for text in good):
            return good, bad
        texts, damaged = texts or good, max(damaged, bad)
    return texts, damaged


def _read_page(page: Page, image) -> PageRead:
    texts, damaged = read_codes(image)
    read = PageRead(page, damaged=damaged)
    for text in texts:
        try:
            chunk = datacodes.parse_chunk(text, page)
        except CorruptChunk as broken:
            log.warning("damaged data code on %s: %s", page.label().nl, broken.detail)
            raise ScanError("corrupt", _corrupt_message(broken, page)) from None
        if chunk is not None:
            read.chunks.append(chunk)
    return read


def _pages_of(path: Path, already: int):
    """Each page of the file at ``path`` as a PIL image, bounded."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        yield from _pdf_pages(path, already)
        return
    data = _read(path, PICTURE)
    if data.startswith(b"%PDF-"):
        yield from _pdf_pages(path, already, data)
        return
    yield from _picture_pages(path, data, already)


def _read(path: Path, kind: outside.FileKind) -> bytes:
    try:
        return outside.read_outside_file(path, kind)
    except outside.OutsideFileError as refused:
        raise ScanError("file", refused.message) from None


def _pdf_pages(path: Path, already: int, data: bytes | None = None):
    import pypdfium2

    data = data if data is not None else _read(path, outside.PDF)
    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError:
        raise ScanError("not-a-picture", Text(
            f"{path.name} is geen PDF die gelezen kan worden.",
            f"{path.name} n'est pas un PDF lisible.")) from None
    try:
        count = len(document)
        _check_pages(already + count)
        for index in range(count):
            page = document[index]
            width, height = page.get_size()
            scale = RENDER_DPI / 72
            if width * scale * height * scale > MAX_PIXELS:
                scale = (MAX_PIXELS / (width * height)) ** 0.5
            image = page.render(scale=scale, grayscale=True).to_pil()
            page.close()
            yield Page(path, index + 1), image
    finally:
        document.close()


def _picture_pages(path: Path, data: bytes, already: int):
    from PIL import Image, UnidentifiedImageError

    # The size is checked before a frame's pixels are decoded (a small file can declare a huge
    # picture); Pillow's own guard, which refuses beyond twice its limit, stays as a second one.
    try:
        with warnings.catch_warnings():  # a size past Pillow's warning is refused below, in words
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            picture = Image.open(io.BytesIO(data), formats=("PNG", "JPEG", "TIFF"))
        frames = getattr(picture, "n_frames", 1)
        _check_pages(already + frames)
        for index in range(frames):
            picture.seek(index)
            width, height = picture.size
            if width * height > MAX_PIXELS:
                raise _too_many_pixels(path, width, height)
            picture.load()
            yield Page(path, index + 1 if frames > 1 else None), picture.convert("L")
    except Image.DecompressionBombError:
        raise _too_many_pixels(path, 0, 0) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise ScanError("not-a-picture", Text(
            f"{path.name} is geen afbeelding (PNG, JPEG of TIFF) en geen PDF die gelezen kan worden.",
            f"{path.name} n'est ni une image (PNG, JPEG ou TIFF) ni un PDF lisible.")) from None


def _check_pages(count: int) -> None:
    if count > MAX_PAGES:
        raise ScanError("too-many-pages", Text(
            f"Te veel pagina's in één keer ({count}); er worden er hoogstens {MAX_PAGES} gelezen.",
            f"Trop de pages à la fois ({count}) ; au plus {MAX_PAGES} sont lues."))


def _too_many_pixels(path: Path, width: int, height: int) -> ScanError:
    size = f" ({width} × {height})" if width else ""
    return ScanError("too-many-pixels", Text(
        f"{path.name} is een te grote afbeelding{size}: hoogstens {MAX_PIXELS // 1_000_000} miljoen "
        f"pixels. Scan op 150 tot 300 dpi.",
        f"{path.name} est une image trop grande{size} : au plus {MAX_PIXELS // 1_000_000} millions de "
        f"pixels. Scannez entre 150 et 300 dpi."))


def _numbers(numbers: list[int]) -> str:
    return ", ".join(str(n) for n in numbers)


def _labels(pages: list[Page], language: str) -> str:
    return "; ".join(page.label().get(language) for page in pages)


def _assemble(pages: list[PageRead]) -> ScanResult:
    found = [(chunk, read.page) for read in pages for chunk in read.chunks]
    if not found:
        damaged = sum(read.damaged for read in pages)
        nl_damaged = (f" Er werd wel {damaged} QR-code gezien die niet te lezen is." if damaged == 1 else
                      f" Er werden wel {damaged} QR-codes gezien die niet te lezen zijn." if damaged else "")
        fr_damaged = (f" Un code QR illisible a bien été vu." if damaged == 1 else
                      f" {damaged} codes QR illisibles ont bien été vus." if damaged else "")
        where = [read.page for read in pages]
        raise ScanError("no-code", Text(
            f"Geen gegevenscode gevonden op {_labels(where, 'nl')}.{nl_damaged} De codes staan onderaan de "
            f"pagina's van een geëxporteerd verslag; scan of fotografeer de hele pagina, scherp en recht.",
            f"Aucun code de données trouvé sur {_labels(where, 'fr')}.{fr_damaged} Les codes se trouvent au "
            f"bas des pages d'un rapport exporté ; scannez ou photographiez la page entière, nette et droite."),
            pages)
    try:
        data = datacodes.assemble(found)
    except MixedReports as mixed:
        parts_nl = [f"{fingerprint} ({_labels(places, 'nl')})" for fingerprint, places in mixed.fingerprints.items()]
        parts_fr = [f"{fingerprint} ({_labels(places, 'fr')})" for fingerprint, places in mixed.fingerprints.items()]
        raise ScanError("mixed", Text(
            f"De codes komen van {len(parts_nl)} verschillende verslagen, met de vingerafdrukken "
            f"{' en '.join(parts_nl)}. Er werd niets gelezen: lees de pagina's van één verslag tegelijk in.",
            f"Les codes proviennent de {len(parts_fr)} rapports différents, aux empreintes "
            f"{' et '.join(parts_fr)}. Rien n'a été lu : lisez les pages d'un seul rapport à la fois."),
            pages) from None
    except MissingChunks as missing:
        empty = [read.page for read in pages if not read.chunks]
        nl_empty = f" Zonder leesbare gegevenscode: {_labels(empty, 'nl')}." if empty else ""
        fr_empty = f" Sans code de données lisible : {_labels(empty, 'fr')}." if empty else ""
        pages_nl = "pagina " + _numbers(missing.pages) if len(missing.pages) == 1 else "pagina's " + _numbers(missing.pages)
        pages_fr = ("la page " if len(missing.pages) == 1 else "les pages ") + _numbers(missing.pages)
        those_nl, those_fr = ("die pagina", "cette page") if len(missing.pages) == 1 else ("die pagina's", "ces pages")
        raise ScanError("missing", Text(
            f"Er ontbreken gegevenscodes: {_numbers(missing.numbers)} van {missing.count}. Ze staan op "
            f"{pages_nl} van de afdruk (vingerafdruk {missing.fingerprint}).{nl_empty} Scan "
            f"{those_nl} (opnieuw) en lees ze samen met de "
            f"andere in.",
            f"Il manque des codes de données : {_numbers(missing.numbers)} sur {missing.count}. Ils se trouvent "
            f"sur {pages_fr} de l'impression (empreinte {missing.fingerprint}).{fr_empty} Scannez (à nouveau) "
            f"{those_fr} et lisez-les avec les autres."),
            pages) from None
    except CorruptChunk as broken:
        log.warning("damaged data codes: %s", broken.detail)
        raise ScanError("corrupt", _corrupt_message(broken, broken.where or None), pages) from None
    except FingerprintMismatch as mismatch:
        raise ScanError("mismatch", Text(
            f"De gegevenscodes geven samen niet het indieningsbestand met vingerafdruk {mismatch.expected}, "
            f"maar een met {mismatch.found}: een code werd verkeerd gedrukt of gewijzigd. Er werd niets gelezen.",
            f"Ensemble, les codes de données ne donnent pas le fichier de soumission d'empreinte "
            f"{mismatch.expected}, mais un fichier d'empreinte {mismatch.found} : un code a été mal imprimé ou "
            f"modifié. Rien n'a été lu."), pages) from None
    first = found[0][0]
    return ScanResult(data, first.fingerprint, first.count, pages)


def _corrupt_message(broken: CorruptChunk, page: Page | None) -> Text:
    where_nl = f" op {page.label().nl}" if isinstance(page, Page) else ""
    where_fr = f" sur {page.label().fr}" if isinstance(page, Page) else ""
    number_nl = f" {broken.number}" if broken.number else ""
    number_fr = f" {broken.number}" if broken.number else ""
    if broken.kind == "version":
        return Text(
            f"Een gegevenscode{where_nl} is van een nieuwere versie van Clusterverslag; werk het programma bij.",
            f"Un code de données{where_fr} provient d'une version plus récente de Clusterverslag ; mettez le "
            f"programme à jour.")
    if broken.kind in ("counts", "copies"):
        return Text(
            f"De gegevenscodes{where_nl} spreken elkaar tegen (code{number_nl}): ze werden gewijzigd of "
            f"verkeerd gedrukt. Er werd niets gelezen.",
            f"Les codes de données{where_fr} se contredisent (code{number_fr}) : ils ont été modifiés ou mal "
            f"imprimés. Rien n'a été lu.")
    if broken.kind == "inflate":
        return Text(
            "De gegevenscodes zijn allemaal gelezen, maar hun inhoud is beschadigd: ze werden gewijzigd of "
            "verkeerd gedrukt. Er werd niets gelezen.",
            "Tous les codes de données ont été lus, mais leur contenu est endommagé : ils ont été modifiés ou "
            "mal imprimés. Rien n'a été lu.")
    return Text(
        f"De gegevenscode{number_nl}{where_nl} is beschadigd: hij begint als een gegevenscode van "
        f"Clusterverslag, maar de rest is niet te lezen. Er werd niets gelezen.",
        f"Le code de données{number_fr}{where_fr} est endommagé : il commence comme un code de données de "
        f"Clusterverslag, mais le reste est illisible. Rien n'a été lu.")
