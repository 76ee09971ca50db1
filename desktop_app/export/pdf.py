"""The printable report: an A4 PDF of the cluster section, in the report's language.

The PDF is the paper twin of the submission file. It is bound to that file in two ways (see
``SUBMISSION-FORMAT.md``, "Binding to the PDF"): every page prints the SHA-256 fingerprint of
the file's exact bytes, and the file itself travels inside the PDF as the attachment
``clusterReport.xml``. The PDF never parses the XML: it prints the report and fingerprints
the bytes it is given.

Every amount and total comes from :mod:`desktop_app.domain.compute`; nothing is summed here.
User text is escaped before it reaches reportlab's Paragraph markup, so ``<b>``, ``&`` and
``x<y`` print as typed. The text is set in DejaVu Sans, shipped in ``resources/fonts`` and
embedded, so Latin, Greek and Cyrillic names print. No Qt here.

``sha256_hex`` and ``grouped_fingerprint`` come from :mod:`.submission` (re-exported here), so
the PDF and the file's own tools print the same fingerprint.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import threading
from dataclasses import dataclass
from xml.sax.saxutils import escape

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    StreamObject,
    TextStringObject,
)
from reportlab.graphics.barcode.qr import QrCode
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from .. import __version__
from ..domain import compute
from ..domain.checks import (
    COST_COLUMN_LABELS,
    COST_LABELS,
    PARTNERSHIP_LABELS,
    TRAINING_LABELS,
    is_signature_late,
    signature_deadline,
)
from ..domain.fields import format_date, format_enterprise_number
from ..domain.model import COST_CATEGORIES, COST_COLUMNS, REPORT_LANGUAGES, TRAINING_CATEGORIES, Report
from ..domain.money import format_amount, format_count
from ..domain.rules import rule_for_year
from ..domain.text import Text
from ..resources import resource_path
from .datacodes import encode_chunks, page_of_chunk
from .pdfa import clean_metadata, make_pdfa
from .submission import grouped_fingerprint, sha256_hex

__all__ = ["ATTACHMENT_NAME", "SIGNATURE_FIELDS", "OpenProblem", "grouped_fingerprint", "render_draft",
           "render_pdf", "sha256_hex"]

ATTACHMENT_NAME = "clusterReport.xml"
PRODUCER = "Clusterverslag (reportlab, pypdf)"

# The empty signature form fields laid exactly over the two hand-signature boxes, in the order
# they are to be signed (see :mod:`.signing`).
SIGNATURE_FIELDS = ("president", "secretary")

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
_FONT_FILES = {FONT: "fonts/DejaVuSans.ttf", FONT_BOLD: "fonts/DejaVuSans-Bold.ttf"}

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 20 * mm
# The band at the foot of every page holds up to two data codes (:mod:`.datacodes`), 52 mm
# wide, above the footer; the text never reaches into it. A draft keeps the band empty, so that
# it has the same pages as the report it is a draft of.
CODE_SIZE = 52 * mm
CODE_GAP = 4 * mm
CODE_BOTTOM = 16 * mm
BAND_TOP = CODE_BOTTOM + CODE_SIZE
MARGIN_BOTTOM = BAND_TOP + 4 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

# At most this many OCMW columns in one training grid; a larger cluster gets several grids.
MAX_GRID_OCMWS = 8
# A column header of the training grid is repeated on every page; a longer OCMW name is cut
# there (the list of OCMWs in section 1 prints it in full).
MAX_HEAD_HEIGHT = 40 * mm

LANG_TAGS = {"nl": "nl-BE", "fr": "fr-BE"}

# Everything the PDF says on its own, in Dutch and French.
L = {
    "title": Text("Uniek jaarverslag – luik cluster", "Rapport unique – volet cluster"),
    "subject": Text(
        "Uniek jaarverslag {year}, luik cluster, voor de POD Maatschappelijke Integratie",
        "Rapport unique {year}, volet cluster, pour le SPP Intégration sociale",
    ),
    "promoter": Text("Clusterpromotor", "Promoteur de cluster"),
    "year": Text("Verslagjaar", "Année du rapport"),
    "focus": Text("Focus van de clustersubsidie", "Axe du subside cluster"),
    "s_identification": Text("1. Identificatie", "1. Identification"),
    "address": Text("Adres", "Adresse"),
    "contact": Text("Contactpersoon", "Personne de contact"),
    "phone": Text("Telefoon", "Téléphone"),
    "email": Text("E-mail", "E-mail"),
    "enterprise": Text("Ondernemingsnummer", "Numéro d'entreprise"),
    "cluster_ocmws": Text("OCMW's van de cluster", "CPAS du cluster"),
    "number": Text("Nr.", "N°"),
    "name": Text("Naam", "Nom"),
    "role": Text("Rol", "Rôle"),
    "role_promoter": Text("Clusterpromotor", "Promoteur de cluster"),
    "role_member": Text("Lid", "Membre"),
    "s_narrative": Text("2. Inhoudelijke rapportage", "2. Rapport qualitatif"),
    "s_partnerships": Text("3. Samenwerkingsverbanden", "3. Partenariats"),
    "partnerships_intro": Text(
        "Enkel officiële samenwerkingsverbanden op basis van een overeenkomst.",
        "Uniquement les partenariats officiels fondés sur une convention.",
    ),
    "partner": Text("Partner", "Partenaire"),
    "category": Text("Categorie", "Catégorie"),
    "agreement_reference": Text("Referentie overeenkomst", "Référence de la convention"),
    "agreement_date": Text("Datum overeenkomst", "Date de la convention"),
    "description": Text("Omschrijving", "Description"),
    "no_partnerships": Text("Geen samenwerkingsverbanden vermeld.", "Aucun partenariat mentionné."),
    "s_training": Text("4. Opleiding", "4. Formation"),
    "training_intro": Text(
        "Aantal personen per categorie en per OCMW van de cluster.",
        "Nombre de personnes par catégorie et par CPAS du cluster.",
    ),
    "training_category": Text("Categorie", "Catégorie"),
    "cluster_total": Text("Totaal cluster", "Total cluster"),
    "total_activated": Text("Totaal aantal geactiveerde personen", "Nombre total de personnes activées"),
    "training_note": Text(
        "Eenzelfde persoon kan in meer dan één categorie meetellen.",
        "Une même personne peut être comptée dans plusieurs catégories.",
    ),
    "grid_part": Text("deel {n} van {count}", "partie {n} sur {count}"),
    "s_finance": Text("5. Financiële rapportage", "5. Rapport financier"),
    "finance_intro": Text(
        "Bedragen in EUR. Investeringskosten worden niet aanvaard.",
        "Montants en EUR. Les frais d'investissement ne sont pas acceptés.",
    ),
    "cost_category": Text("Kostencategorie", "Catégorie de frais"),
    "total": Text("Totaal", "Total"),
    "subsidy": Text("Subsidiebedrag", "Montant du subside"),
    "subsidy_differs": Text(
        "Bedrag volgens de overeenkomst; het wijkt af van het bedrag voor {year} "
        "volgens de regelgeving ({amount} EUR).",
        "Montant selon la convention ; il diffère du montant prévu pour {year} "
        "par la réglementation ({amount} EUR).",
    ),
    "demonstrated": Text(
        "Aangetoond bedrag (totaal deel clustersubsidie)",
        "Montant justifié (total part subside cluster)",
    ),
    "unjustified": Text("Niet verantwoord bedrag", "Montant non justifié"),
    "advance": Text("Voorschot ({percent} % van de subsidie)", "Avance ({percent} % du subside)"),
    "balance_receive": Text("Saldo te ontvangen", "Solde à recevoir"),
    "balance_repay": Text("Saldo terug te betalen", "Solde à rembourser"),
    "s_signature": Text("6. Ondertekening", "6. Signature"),
    "certified": Text("Voor waar en echt verklaard.", "Certifié sincère et véritable."),
    "president": Text("De voorzitter", "Le président"),
    "secretary": Text("De secretaris – algemeen directeur", "Le secrétaire – directeur général"),
    "place": Text("Plaats", "Lieu"),
    "date": Text("Datum", "Date"),
    "signature": Text("Handtekening", "Signature"),
    "late": Text(
        "Laattijdige ondertekening: het verslag moest uiterlijk op {deadline} ondertekend zijn.",
        "Signature tardive : le rapport devait être signé au plus tard le {deadline}.",
    ),
    "binding": Text(
        "Dit verslag hoort bij het indieningsbestand {file}, dat als bijlage in deze PDF zit. "
        "Vingerafdruk (SHA-256) van dat bestand:",
        "Ce rapport va de pair avec le fichier de soumission {file}, joint à ce PDF. "
        "Empreinte (SHA-256) de ce fichier :",
    ),
    "binding_named": Text(
        "Dit verslag hoort bij het indieningsbestand {name}, dat ook als bijlage {file} in deze "
        "PDF zit. Vingerafdruk (SHA-256) van dat bestand:",
        "Ce rapport va de pair avec le fichier de soumission {name}, joint aussi à ce PDF sous le "
        "nom {file}. Empreinte (SHA-256) de ce fichier :",
    ),
    "footer_fingerprint": Text(
        "Vingerafdruk indieningsbestand: {fingerprint}",
        "Empreinte du fichier de soumission\u00a0: {fingerprint}",
    ),
    "page": Text("Pagina {n} / {count}", "Page {n} / {count}"),
    "draft_mark": Text("ONTWERP – NIET ONDERTEKENEN", "PROJET – NE PAS SIGNER"),
    "draft_footer": Text(
        "ONTWERP – NIET ONDERTEKENEN: dit is geen verslag om in te dienen",
        "PROJET – NE PAS SIGNER\u00a0: ce n'est pas un rapport à soumettre",
    ),
    "draft_title": Text("ONTWERP", "PROJET"),
    "s_open_problems": Text("Nog op te lossen", "Encore à résoudre"),
    "open_problems_intro": Text(
        "Dit ontwerp is gemaakt terwijl deze problemen nog openstonden. Fouten moeten opgelost "
        "zijn voor het verslag geëxporteerd en ondertekend kan worden.",
        "Ce projet a été fait alors que ces problèmes restaient ouverts. Les erreurs doivent être "
        "corrigées avant que le rapport puisse être exporté et signé.",
    ),
    "no_open_problems": Text(
        "Geen problemen gevonden: het verslag kan geëxporteerd en ondertekend worden.",
        "Aucun problème trouvé : le rapport peut être exporté et signé.",
    ),
    "problem_error": Text("Fout", "Erreur"),
    "problem_warning": Text("Waarschuwing", "Avertissement"),
    "problem_where": Text("Waar", "Où"),
    "problem_what": Text("Probleem", "Problème"),
    "none": Text("—", "—"),
    "see_note": Text("(vervolg: noot {n})", "(suite : note {n})"),
    "note": Text("Noot {n}: volledige tekst", "Note {n} : texte complet"),
    "codes_one": Text(
        "Gegevenscode {first} van {count}. Samen bevatten de codes het indieningsbestand; "
        "Clusterverslag leest ze van een scan of foto (Bestand ▸ Gescande afdruk lezen…).",
        "Code de données {first} sur {count}. Ensemble, les codes contiennent le fichier de "
        "soumission ; Clusterverslag les lit sur un scan ou une photo (Fichier ▸ Lire une "
        "impression scannée…).",
    ),
    "codes_two": Text(
        "Gegevenscodes {first} en {second} van {count}. Samen bevatten de codes het "
        "indieningsbestand; Clusterverslag leest ze van een scan of foto (Bestand ▸ Gescande "
        "afdruk lezen…).",
        "Codes de données {first} et {second} sur {count}. Ensemble, les codes contiennent le "
        "fichier de soumission ; Clusterverslag les lit sur un scan ou une photo (Fichier ▸ "
        "Lire une impression scannée…).",
    ),
    "codes_too_large": Text(
        "Dit verslag is te groot om als gegevenscodes op papier te staan: gebruik het indieningsbestand.",
        "Ce rapport est trop grand pour figurer sur papier en codes de données : utilisez le "
        "fichier de soumission.",
    ),
    "codes_page": Text("Gegevenscodes (vervolg)", "Codes de données (suite)"),
}


# --- the public entry point -------------------------------------------------------------------

def render_pdf(report: Report, submission_xml: bytes, *, language: str | None = None,
               file_name: str | None = None) -> bytes:
    """The printable report as PDF bytes, with ``submission_xml`` fingerprinted on every page
    and embedded, byte for byte, as the attachment ``clusterReport.xml``.

    ``language`` (``nl`` or ``fr``) defaults to the report's language. ``file_name`` is the
    name the submission file is given beside the PDF (on export); the PDF names it by it,
    beside the fingerprint.
    """
    language = language or report.language
    if language not in REPORT_LANGUAGES:
        raise ValueError(f"unknown report language: {language!r}")
    _register_fonts()

    digest = sha256_hex(submission_xml)
    builder = _Builder(report, language, digest, file_name=file_name)
    # The document information and the XMP metadata must say the same (PDF/A): both get the
    # values as XML can hold them.
    title = clean_metadata(_title_line(report, language))
    author = clean_metadata(report.promoter.name.strip())
    subject = clean_metadata(L["subject"].get(language).format(year=report.year or ""))

    buffer = io.BytesIO()
    doc = _document(buffer, title, author, subject, f"{ATTACHMENT_NAME} SHA-256 {digest}", language)
    header = f"{L['title'].get(language)} · {author} · {report.year or ''}".rstrip(" ·")
    footer = L["footer_fingerprint"].get(language).format(fingerprint=grouped_fingerprint(digest))
    doc.build(
        builder.story(),
        canvasmaker=_numbered_canvas(header, footer, L["page"].get(language),
                                     codes=_DataCodes(encode_chunks(submission_xml), language)),
    )
    return _finish(buffer.getvalue(), submission_xml, language, title, author, subject, digest,
                   builder.signature_boxes)


@dataclass(frozen=True)
class OpenProblem:
    """A problem listed on a draft's last page: an error or a warning, where (a field path or
    a line of a file) and what, in Dutch and French."""

    is_error: bool
    where: str
    message: Text


def render_draft(report: Report, problems: list[OpenProblem], *, language: str | None = None) -> bytes:
    """A draft to proofread, at any time: the same pages as :func:`render_pdf`, with
    "ONTWERP – NIET ONDERTEKENEN" / "PROJET – NE PAS SIGNER" across every page, no signature
    fields, no fingerprint, QR code or embedded file (it binds no submission file), and the
    ``problems`` still open listed on its last page. Works for a report with errors."""
    language = language or report.language
    if language not in REPORT_LANGUAGES:
        raise ValueError(f"unknown report language: {language!r}")
    _register_fonts()
    builder = _Builder(report, language, None, problems=problems)
    mark = L["draft_title"].get(language)
    title = clean_metadata(f"{mark} – {_title_line(report, language)}")
    author = clean_metadata(report.promoter.name.strip())
    subject = clean_metadata(L["subject"].get(language).format(year=report.year or ""))
    buffer = io.BytesIO()
    doc = _document(buffer, title, author, subject, mark, language)
    header = " · ".join(x for x in (mark, L["title"].get(language), author, str(report.year or "")) if x)
    doc.build(builder.story(),
              canvasmaker=_numbered_canvas(header, L["draft_footer"].get(language), L["page"].get(language),
                                           watermark=L["draft_mark"].get(language)))
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(buffer.getvalue())))
    writer._root_object[NameObject("/Lang")] = TextStringObject(LANG_TAGS[language])
    make_pdfa(writer, title=title, author=author, subject=subject, keywords=mark,
              creator=f"clusterverslag {__version__}", producer=PRODUCER, language=LANG_TAGS[language],
              moment=dt.datetime.now().astimezone(), attachment=None)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _document(buffer, title: str, author: str, subject: str, keywords: str, language: str) -> BaseDocTemplate:
    return BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        pageTemplates=[PageTemplate("page", frames=[Frame(
            MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH, FRAME_HEIGHT,
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")])],
        title=title,
        author=author,
        subject=subject,
        creator=f"clusterverslag {__version__}",
        keywords=keywords,
        lang=LANG_TAGS[language],
        displayDocTitle=1,
        initialFontName=FONT,
    )


def _title_line(report: Report, language: str) -> str:
    parts = [L["title"].get(language), report.promoter.name.strip(), str(report.year or "")]
    return " – ".join(p for p in parts if p)


def _finish(pdf: bytes, xml: bytes, language: str, title: str, author: str, subject: str,
            digest: str, signature_boxes: dict[str, tuple[int, tuple[float, float, float, float]]]) -> bytes:
    """Attach the submission file, add the empty signature fields, set /Lang, the document
    information and what PDF/A-3b asks (:mod:`.pdfa`) with pypdf: one plain (not incremental)
    write, so that every later digital signature covers all of it."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    _add_signature_fields(writer, signature_boxes, language)
    attachment = writer.add_attachment(ATTACHMENT_NAME, xml)
    attachment.subtype = NameObject("/text/xml")  # written as /text#2Fxml
    attachment.description = TextStringObject(
        Text("Indieningsbestand (SHA-256 {d})", "Fichier de soumission (SHA-256 {d})")
        .get(language).format(d=digest)
    )
    attachment.associated_file_relationship = NameObject("/Data")
    attachment.size = NumberObject(len(xml))
    writer._root_object[NameObject("/Lang")] = TextStringObject(LANG_TAGS[language])
    make_pdfa(writer, title=title, author=author, subject=subject,
              keywords=f"{ATTACHMENT_NAME} SHA-256 {digest}", creator=f"clusterverslag {__version__}",
              producer=PRODUCER, language=LANG_TAGS[language], moment=dt.datetime.now().astimezone(),
              attachment=attachment)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _add_signature_fields(writer: PdfWriter,
                          boxes: dict[str, tuple[int, tuple[float, float, float, float]]],
                          language: str) -> None:
    """An empty signature field (``/FT /Sig``, merged with its widget) over each hand-signature
    box. Unsigned, a field's appearance is an empty drawing (PDF/A wants every widget to have
    one): the printed box shows through and can be signed in ink; a digital signature later
    replaces it with its own appearance inside the box."""
    fields = ArrayObject()
    for role in SIGNATURE_FIELDS:
        if role not in boxes:
            continue
        page_index, (x0, y0, x1, y1) = boxes[role]
        page = writer.pages[page_index]
        empty = StreamObject()
        empty.set_data(b"")
        empty.update({
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): ArrayObject(FloatObject(round(v, 3)) for v in (0, 0, x1 - x0, y1 - y0)),
            NameObject("/Resources"): DictionaryObject(),
        })
        widget = DictionaryObject({
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Widget"),
            NameObject("/FT"): NameObject("/Sig"),
            NameObject("/T"): TextStringObject(role),
            NameObject("/TU"): TextStringObject(L[role].get(language)),
            NameObject("/Rect"): ArrayObject(FloatObject(round(v, 3)) for v in (x0, y0, x1, y1)),
            NameObject("/F"): NumberObject(4),  # print
            NameObject("/P"): page.indirect_reference,
            NameObject("/AP"): DictionaryObject({NameObject("/N"): writer._add_object(empty)}),
        })
        reference = writer._add_object(widget)
        if "/Annots" not in page:
            page[NameObject("/Annots")] = ArrayObject()
        page["/Annots"].append(reference)
        fields.append(reference)
    if fields:
        writer._root_object[NameObject("/AcroForm")] = writer._add_object(DictionaryObject({
            NameObject("/Fields"): fields,
        }))


# --- fonts and styles ------------------------------------------------------------------------

_fonts_lock = threading.Lock()
_fonts_registered = False


def _register_fonts() -> None:
    """Register DejaVu Sans with reportlab once (an export may run in a worker thread)."""
    global _fonts_registered
    with _fonts_lock:
        if _fonts_registered:
            return
        for name, file in _FONT_FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path(file))))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
        _fonts_registered = True


def _style(name: str, size: float = 9, *, bold: bool = False, leading: float | None = None,
           **kw) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=FONT_BOLD if bold else FONT,
        fontSize=size,
        leading=leading or size * 1.25,
        splitLongWords=1,
        **kw,
    )


STYLES = {
    "title": _style("title", 17, bold=True, leading=21, spaceAfter=4),
    "subtitle": _style("subtitle", 12, bold=True, leading=15, spaceAfter=2),
    "meta": _style("meta", 9.5, leading=12.5),
    "h1": _style("h1", 12, bold=True, leading=15, spaceBefore=12, spaceAfter=5,
                 textColor=colors.HexColor("#1f3864")),
    "h2": _style("h2", 9.5, bold=True, leading=12, spaceBefore=8, spaceAfter=3),
    "body": _style("body", 9, leading=12),
    "note": _style("note", 7.5, leading=9.5, textColor=colors.HexColor("#404040")),
    "cell": _style("cell", 8, leading=10),
    "cell_bold": _style("cell_bold", 8, bold=True, leading=10),
    "head": _style("head", 7.5, bold=True, leading=9),
    "head_center": _style("head_center", 7, bold=True, leading=8.5, alignment=TA_CENTER),
    "head_right": _style("head_right", 7.5, bold=True, leading=9, alignment=TA_RIGHT),
    "warning": _style("warning", 8.5, bold=True, leading=11, textColor=colors.HexColor("#9c0006")),
    "hex": _style("hex", 8.5, bold=True, leading=11),
}

GRID = colors.HexColor("#9a9a9a")
HEAD_BG = colors.HexColor("#e4e9f2")
TOTAL_BG = colors.HexColor("#f2f2f2")
CELL_PADDING = 3
HEAD_PADDING = 1.5  # the narrow name columns of the training grid


def _table_style(*extra, header: bool = True, total_row: bool = False) -> TableStyle:
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), HEAD_BG), ("VALIGN", (0, 0), (-1, 0), "BOTTOM")]
    if total_row:
        commands += [("BACKGROUND", (0, -1), (-1, -1), TOTAL_BG), ("FONTNAME", (0, -1), (-1, -1), FONT_BOLD),
                     ("LINEABOVE", (0, -1), (-1, -1), 1, colors.black)]
    return TableStyle(commands + list(extra))


def _clean(text: str) -> str:
    """User text with one kind of line break and no control characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", text)


def _markup(text: str) -> str:
    """User text as Paragraph markup that prints literally, line breaks and spacing kept."""
    text = escape(_clean(text))
    # Runs of spaces collapse in a Paragraph: keep all but the first as no-break spaces.
    text = re.sub(r"(?<= ) +|^ +", lambda m: "\u00a0" * len(m.group()), text, flags=re.MULTILINE)
    return text.replace("\n", "<br/>")


def _segments(word: str) -> list[str]:
    """``Sint-Maria-Horebeke`` as ``Sint-``, ``Maria-``, ``Horebeke``: where a long word may break."""
    return re.findall(r"[^-]*-+|[^-]+", word) or [word]


def _break_at_hyphens(text: str, font: str, size: float, width: float) -> str:
    """``text`` with line breaks added after hyphens of words too wide for ``width``.

    reportlab breaks lines at spaces only, and cuts a word that does not fit anywhere; a
    compound name such as ``Sint-Lievens-Houtem`` reads better broken after a hyphen. Lines
    that fit are left to the Paragraph; a segment still too wide is cut by reportlab.
    """
    def fits(s: str) -> bool:
        return pdfmetrics.stringWidth(s, font, size) <= width

    out = []
    for line in _clean(text).split("\n"):
        if fits(line) or "-" not in line:
            out.append(line)
            continue
        pieces: list[tuple[str, str]] = []  # (joiner, piece)
        for index, word in enumerate(line.split(" ")):
            joiner = " " if index else ""
            if fits(word):
                pieces.append((joiner, word))
            else:
                parts = _segments(word)
                pieces.append((joiner, parts[0]))
                pieces.extend(("", part) for part in parts[1:])
        current = ""
        for joiner, piece in pieces:
            candidate = current + joiner + piece
            if current and not fits(candidate):
                out.append(current)
                current = piece
            else:
                current = candidate
        out.append(current)
    return "\n".join(out)


# Past this many characters a text is laid out here, line by line, and handed to reportlab in
# pieces of PIECE_LINES lines: reportlab wraps a cell's whole text again at every measure and
# every page break of its table, and cuts an over-long word character by character each time,
# which made the time grow with the square of the text's length (a 100,000-character name: a
# minute). Shorter texts are left to reportlab as they are.
LONG_TEXT = 400
PIECE_LINES = 12
CELL_START = 120  # characters of a long text shown in its cell, before the note


def _char_widths(font: str, size: float):
    """A memo of each character's width (reportlab does not kern, so a text's width is the
    sum of its characters')."""
    widths: dict[str, float] = {}

    def width(char: str) -> float:
        value = widths.get(char)
        if value is None:
            value = widths[char] = pdfmetrics.stringWidth(char, font, size)
        return value

    return width


def _lines(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` broken into lines that fit ``width`` points: at spaces, after hyphens of words
    too wide, and inside words too wide for any line; in time linear in the text's length."""
    char_width = _char_widths(font, size)
    space = char_width(" ")
    out: list[str] = []
    for paragraph in _clean(text).split("\n"):
        line: list[str] = []
        line_width = 0.0
        for index, word in enumerate(paragraph.split(" ")):
            word_width = sum(char_width(c) for c in word)
            if word_width <= width:
                pieces = [(word, word_width)]
            else:
                pieces = []
                for segment in _segments(word):
                    current, current_width = [], 0.0
                    for char in segment:
                        w = char_width(char)
                        if current and current_width + w > width:
                            pieces.append(("".join(current), current_width))
                            current, current_width = [], 0.0
                        current.append(char)
                        current_width += w
                    if current:
                        pieces.append(("".join(current), current_width))
            for number, (piece, piece_width) in enumerate(pieces):
                joiner = " " if index and number == 0 else ""
                extra = piece_width + (space if joiner else 0)
                if line and line_width + extra > width:
                    out.append("".join(line))
                    line, line_width = [piece], piece_width
                else:
                    line.append(joiner + piece)
                    line_width += extra
        out.append("".join(line))
    return out


def _pieces(text: str, style: ParagraphStyle, width: float) -> list[Paragraph]:
    """A long ``text`` as Paragraphs of :data:`PIECE_LINES` lines each, broken here."""
    lines = _lines(text, style.fontName, style.fontSize, width)
    return [Paragraph("<br/>".join(_markup(line) for line in lines[i:i + PIECE_LINES]), style)
            for i in range(0, len(lines), PIECE_LINES)]


def _fit_size(texts: list[str], width: float, font: str, size: float, minimum: float = 4.5) -> float:
    """The largest font size up to ``size`` at which every text fits in ``width`` points."""
    widest = max((pdfmetrics.stringWidth(t, font, 1) for t in texts), default=0)
    if widest == 0:
        return size
    return max(minimum, min(size, width / widest))


def _make_table(data: list, widths: list[float], style: TableStyle, *, repeat_rows: int = 1) -> Table:
    """A table of the frame's width whose header row repeats on every page.

    Rows split between pages, never inside a row, unless one row is taller than a page (a
    very long description): then, and only then, that row is split too, so nothing runs off.
    """
    table = Table(data, colWidths=widths, repeatRows=repeat_rows, hAlign="LEFT")
    table.setStyle(style)
    table.wrap(FRAME_WIDTH, FRAME_HEIGHT)
    heights = table._rowHeights
    room = FRAME_HEIGHT - sum(heights[:repeat_rows]) - 2
    if any(height > room for height in heights[repeat_rows:]):
        table = Table(data, colWidths=widths, repeatRows=repeat_rows, hAlign="LEFT", splitInRow=1)
        table.setStyle(style)
    return table


# --- the content ------------------------------------------------------------------------------

class _Builder:
    def __init__(self, report: Report, language: str, digest: str | None,
                 problems: list[OpenProblem] | None = None, file_name: str | None = None):
        self.report = report
        self.lang = language
        self.digest = digest  # None for a draft: it binds no submission file
        self.problems = problems
        self.file_name = file_name  # the submission file's name beside the PDF, when known
        self.pending_notes: list[str] = []  # long texts of cells, printed after their table
        self.note_count = 0
        # Where each hand-signature box was drawn: role -> (page index, (x0, y0, x1, y1)).
        self.signature_boxes: dict[str, tuple[int, tuple[float, float, float, float]]] = {}

    def t(self, key: str, **values: object) -> str:
        text = L[key].get(self.lang)
        return text.format(**values) if values else text

    def label(self, key: str) -> str:
        """A label followed by its colon, with the no-break space French puts before it."""
        return self.t(key) + ("\u00a0:" if self.lang == "fr" else ":")

    def p(self, text: str, style: str = "body") -> list[Paragraph]:
        """User (or any literal) text over the frame's width: one Paragraph, or pieces of a
        long text (see :data:`LONG_TEXT`)."""
        if len(text) > LONG_TEXT:
            return _pieces(text, STYLES[style], FRAME_WIDTH)
        return [Paragraph(_markup(text), STYLES[style])]

    def cell(self, text: str, width: float, style: str = "cell") -> Paragraph:
        """A table cell of literal text in a column ``width`` wide; a dash when empty. A text
        longer than :data:`LONG_TEXT` shows its beginning here and is printed in full in a
        note after the table (:meth:`notes`): a table row split over many pages is wrapped
        again at every page, a note flows over them once."""
        if not text.strip():
            text = self.t("none")
        st = STYLES[style]
        if len(text) > LONG_TEXT:
            self.pending_notes.append(text)
            number = self.note_count + len(self.pending_notes)
            text = text[:CELL_START].rstrip() + "… " + self.t("see_note", n=number)
        return Paragraph(_markup(_break_at_hyphens(text, st.fontName, st.fontSize, width - 2 * CELL_PADDING)), st)

    def notes(self) -> list:
        """The long texts of the tables just made, in full, numbered as their cells say."""
        flow = []
        for text in self.pending_notes:
            self.note_count += 1
            flow += [Spacer(1, 4), Paragraph(escape(self.t("note", n=self.note_count)), STYLES["h2"])]
            flow += _pieces(text, STYLES["body"], FRAME_WIDTH)
        self.pending_notes = []
        return flow

    def heading(self, key: str, room: float = 45 * mm) -> list:
        """A section title, on a new page when less than ``room`` is left on this one."""
        return [CondPageBreak(room), Paragraph(escape(self.t(key)), STYLES["h1"])]

    def amount(self, cents: int) -> str:
        return format_amount(cents, self.lang)

    def count(self, number: int) -> str:
        return format_count(number, self.lang)

    def story(self) -> list:
        flow = []
        for section in (self.title_block, self.identification, self.narrative, self.partnerships,
                        self.training, self.finance, lambda: [self.signature()], self.open_problems):
            flow += section()
            flow += self.notes()  # the section's long texts, after its tables
        return flow

    def open_problems(self) -> list:
        """A draft's last page: the problems still open (nothing for the final PDF)."""
        if self.problems is None:
            return []
        flow = [PageBreak(), Paragraph(escape(self.t("s_open_problems")), STYLES["h1"])]
        if not self.problems:
            return flow + [Paragraph(escape(self.t("no_open_problems")), STYLES["body"])]
        flow += [Paragraph(escape(self.t("open_problems_intro")), STYLES["note"]), Spacer(1, 3)]
        widths = [24 * mm, 48 * mm, FRAME_WIDTH - 72 * mm]
        data = [[self.cell(self.t(k), w, "head") for k, w in
                 zip(("problem_error", "problem_where", "problem_what"), widths)]]
        data[0][0] = self.cell(f"{self.t('problem_error')} / {self.t('problem_warning')}", widths[0], "head")
        ordered = sorted(self.problems, key=lambda problem: not problem.is_error)
        for problem in ordered:
            kind = self.t("problem_error" if problem.is_error else "problem_warning")
            data.append([self.cell(kind, widths[0], "cell_bold" if problem.is_error else "cell"),
                         self.cell(problem.where, widths[1]),
                         self.cell(problem.message.get(self.lang), widths[2])])
        return flow + [_make_table(data, widths, _table_style())]

    # Title ---------------------------------------------------------------------------------
    def title_block(self) -> list:
        report = self.report
        flow = [Paragraph(escape(self.t("title")), STYLES["title"])]
        if report.promoter.name.strip():
            flow += self.p(report.promoter.name, "subtitle")
        flow.append(Paragraph(
            f"{escape(self.label('year'))} <b>{report.year or self.t('none')}</b>", STYLES["meta"]))
        rule = rule_for_year(report.year)
        if rule is not None:
            flow.append(Paragraph(
                f"{escape(self.label('focus'))} {escape(rule.focus.get(self.lang))}", STYLES["meta"]))
        return flow

    # 1. Identification ---------------------------------------------------------------------
    def identification(self) -> list:
        promoter = self.report.promoter
        place = " ".join(x for x in (promoter.postal_code.strip(), promoter.municipality.strip()) if x)
        address = "\n".join(x for x in (promoter.street.strip(), place) if x)
        rows = [
            (self.t("promoter"), promoter.name),
            (self.t("address"), address),
            (self.t("contact"), promoter.contact_person),
            (self.t("phone"), promoter.phone),
            (self.t("email"), promoter.email),
            (self.t("enterprise"), format_enterprise_number(promoter.enterprise_number)),
        ]
        widths = [45 * mm, FRAME_WIDTH - 45 * mm]
        data = [[self.cell(k, widths[0], "cell_bold"), self.cell(v, widths[1])] for k, v in rows]
        table = _make_table(data, widths, _table_style(("BACKGROUND", (0, 0), (0, -1), HEAD_BG), header=False),
                            repeat_rows=0)

        widths = [11 * mm, FRAME_WIDTH - 11 * mm - 28 * mm - 40 * mm, 28 * mm, 40 * mm]
        members = [[self.cell(self.t(k), w, "head") for k, w in zip(("number", "name", "role", "enterprise"), widths)]]
        for index, ocmw in enumerate(self.report.ocmws):
            role = self.t("role_promoter") if index == 0 else self.t("role_member")
            members.append([
                str(index + 1),
                self.cell(ocmw.name, widths[1]),
                self.cell(role, widths[2]),
                self.cell(format_enterprise_number(ocmw.enterprise_number), widths[3]),
            ])
        return [
            *self.heading("s_identification"),
            table,
            Paragraph(escape(self.t("cluster_ocmws")), STYLES["h2"]),
            _make_table(members, widths, _table_style()),
        ]

    # 2. Narrative --------------------------------------------------------------------------
    def narrative(self) -> list:
        text = self.report.narrative
        return [
            *self.heading("s_narrative"),
            *self.p(text if text.strip() else self.t("none")),
        ]

    # 3. Partnerships -----------------------------------------------------------------------
    def partnerships(self) -> list:
        flow = [
            *self.heading("s_partnerships"),
            Paragraph(escape(self.t("partnerships_intro")), STYLES["note"]),
            Spacer(1, 3),
        ]
        if not self.report.partnerships:
            flow.append(Paragraph(escape(self.t("no_partnerships")), STYLES["body"]))
            return flow
        fixed = [8 * mm, 34 * mm, 38 * mm, 26 * mm, 24 * mm]
        widths = [*fixed, FRAME_WIDTH - sum(fixed)]
        keys = ("number", "partner", "category", "agreement_reference", "agreement_date", "description")
        data = [[self.cell(self.t(k), w, "head") for k, w in zip(keys, widths)]]
        for index, partnership in enumerate(self.report.partnerships):
            label = PARTNERSHIP_LABELS.get(partnership.category)
            category = label.get(self.lang) if label else partnership.category
            values = (partnership.partner, category, partnership.agreement_reference,
                      format_date(partnership.agreement_date, self.lang), partnership.description)
            data.append([str(index + 1), *[self.cell(v, w) for v, w in zip(values, widths[1:])]])
        flow.append(_make_table(data, widths, _table_style()))
        return flow

    # 4. Training ---------------------------------------------------------------------------
    def training(self) -> list:
        ocmws = self.report.ocmws
        chunks = [ocmws[i:i + MAX_GRID_OCMWS] for i in range(0, len(ocmws), MAX_GRID_OCMWS)] or [[]]
        flow = [
            *self.heading("s_training", 80 * mm),
            Paragraph(escape(self.t("training_intro")), STYLES["note"]),
            Spacer(1, 3),
        ]
        for number, chunk in enumerate(chunks, start=1):
            grid = self._training_grid(chunk, with_total=number == len(chunks))
            if len(chunks) > 1:
                title = Paragraph(escape(self.t("grid_part", n=number, count=len(chunks))), STYLES["h2"])
                flow.append(KeepTogether([title, grid]))
            else:
                flow.append(KeepTogether([grid]))
        flow.append(Spacer(1, 2))
        flow.append(Paragraph(escape(self.t("training_note")), STYLES["note"]))
        return flow

    def _training_grid(self, ocmws: list, *, with_total: bool) -> Table:
        report = self.report
        columns = len(ocmws) + (1 if with_total else 0)
        label_width = max(32 * mm, FRAME_WIDTH - columns * 26 * mm) if columns else FRAME_WIDTH
        number_width = (FRAME_WIDTH - label_width) / max(columns, 1)

        names = [o.name if o.name.strip() else o.id for o in ocmws]
        if with_total:
            names.append(self.t("cluster_total"))
        # The column headers are the full names, wrapped; the font shrinks (down to 5.5 pt)
        # until the longest part of a name between spaces and hyphens fits its column.
        head_room = number_width - 2 * HEAD_PADDING
        parts = [part for name in names for word in name.split() for part in _segments(word)]
        head_size = _fit_size(parts, head_room, FONT_BOLD, 7.5, minimum=5.5)
        head_style = ParagraphStyle("grid_head", parent=STYLES["head_center"], fontSize=head_size,
                                    leading=head_size * 1.2)
        header = [self.cell(self.t("training_category"), label_width, "head")]
        for name in names:
            text = _break_at_hyphens(name, FONT_BOLD, head_size, head_room)
            header.append(_bounded_paragraph(text, head_style, number_width - 2 * HEAD_PADDING, MAX_HEAD_HEIGHT))

        rows = []
        for category in TRAINING_CATEGORIES:
            row = [self.cell(TRAINING_LABELS[category].get(self.lang), label_width)]
            row += [self.count(report.count(category, o.id)) for o in ocmws]
            if with_total:
                row.append(self.count(compute.training_total(report, category)))
            rows.append(row)
        total_row = [self.cell(self.t("total_activated"), label_width, "cell_bold")]
        total_row += [self.count(compute.ocmw_training_total(report, o.id)) for o in ocmws]
        if with_total:
            total_row.append(self.count(compute.total_activated(report)))
        rows.append(total_row)

        numbers = [cell for row in rows for cell in row[1:]]
        size = _fit_size(numbers, number_width - 2 * CELL_PADDING, FONT_BOLD, 8)
        extra = [("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("FONTSIZE", (1, 1), (-1, -1), size),
                 ("VALIGN", (1, 1), (-1, -1), "MIDDLE"),
                 ("LEFTPADDING", (1, 0), (-1, 0), HEAD_PADDING), ("RIGHTPADDING", (1, 0), (-1, 0), HEAD_PADDING)]
        if with_total:
            extra += [("FONTNAME", (-1, 1), (-1, -1), FONT_BOLD), ("BACKGROUND", (-1, 1), (-1, -1), TOTAL_BG)]
        return _make_table([header, *rows], [label_width] + [number_width] * columns,
                           _table_style(*extra, total_row=True))

    # 5. Finance ----------------------------------------------------------------------------
    def finance(self) -> list:
        report = self.report
        label_width = 38 * mm
        amount_width = (FRAME_WIDTH - label_width) / len(COST_COLUMNS)
        header = [self.cell(self.t("cost_category"), label_width, "head")]
        header += [self.cell(COST_COLUMN_LABELS[c].get(self.lang), amount_width, "head_right") for c in COST_COLUMNS]
        rows = []
        for category in COST_CATEGORIES:
            line = report.costs[category]
            values = [line.get(c) for c in COST_COLUMNS[:-1]] + [compute.cluster_share(line)]
            rows.append([self.cell(COST_LABELS[category].get(self.lang), label_width),
                         *[self.amount(v) for v in values]])
        totals = compute.column_totals(report)
        rows.append([self.cell(self.t("total"), label_width, "cell_bold"),
                     *[self.amount(totals[c]) for c in COST_COLUMNS]])
        numbers = [cell for row in rows for cell in row[1:]]
        size = _fit_size(numbers, amount_width - 2 * CELL_PADDING, FONT_BOLD, 8)
        table = _make_table([header, *rows], [label_width] + [amount_width] * len(COST_COLUMNS), _table_style(
            ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
            ("FONTSIZE", (1, 1), (-1, -1), size),
            ("VALIGN", (1, 1), (-1, -1), "MIDDLE"),
            ("BACKGROUND", (-1, 1), (-1, -1), TOTAL_BG),
            total_row=True,
        ))
        return [
            *self.heading("s_finance", 80 * mm),
            Paragraph(escape(self.t("finance_intro")), STYLES["note"]),
            Spacer(1, 3),
            KeepTogether([table]),
            Spacer(1, 8),
            KeepTogether([self._summary()]),
        ]

    def _summary(self) -> Table:
        report = self.report
        summary = compute.financial_summary(report)
        rule = rule_for_year(report.year)
        percent = rule.advance_percent if rule else 75
        amount_width = 50 * mm
        label_width = FRAME_WIDTH - amount_width

        subsidy_label = [self.cell(self.t("subsidy"), label_width, "cell_bold")]
        subsidy_value = self.amount(summary.subsidy) + "\u00a0EUR"
        if summary.differs_from_rule and summary.rule_subsidy is not None:
            subsidy_label.append(Paragraph(
                "* " + escape(self.t("subsidy_differs", year=report.year,
                                     amount=self.amount(summary.rule_subsidy))),
                STYLES["note"]))
            subsidy_value = "* " + subsidy_value
        if summary.balance >= 0:
            balance_key, balance = "balance_receive", summary.balance
        else:
            balance_key, balance = "balance_repay", -summary.balance
        rows = [
            [subsidy_label, subsidy_value],
            [self.cell(self.t("demonstrated"), label_width), self.amount(summary.demonstrated) + "\u00a0EUR"],
            [self.cell(self.t("unjustified"), label_width), self.amount(summary.unjustified) + "\u00a0EUR"],
            [self.cell(self.t("advance", percent=percent), label_width), self.amount(summary.advance) + "\u00a0EUR"],
            [self.cell(self.t(balance_key), label_width, "cell_bold"), self.amount(balance) + "\u00a0EUR"],
        ]
        size = _fit_size([r[1] for r in rows], amount_width - 2 * CELL_PADDING, FONT_BOLD, 9)
        return _make_table(rows, [label_width, amount_width], _table_style(
            ("ALIGN", (1, 0), (1, -1), "RIGHT"),
            ("FONTSIZE", (1, 0), (1, -1), size),
            ("FONTNAME", (1, 0), (1, 0), FONT_BOLD),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
            header=False, total_row=True,
        ), repeat_rows=0)

    # 6. Signature --------------------------------------------------------------------------
    def signature(self) -> KeepTogether:
        report = self.report
        signatories = report.signatories
        date = format_date(signatories.date, self.lang)
        gap = 8 * mm
        block_width = (FRAME_WIDTH - gap) / 2

        def block(role_key: str, name: str) -> list:
            box = _SignatureBox(block_width, 22 * mm, role_key, self.signature_boxes)
            return [
                Paragraph(escape(self.t(role_key)), STYLES["h2"]),
                self._field_line("name", name),
                self._field_line("place", signatories.place),
                self._field_line("date", date),
                Spacer(1, 4),
                Paragraph(escape(self.label("signature")), STYLES["cell"]),
                Spacer(1, 2),
                box,
            ]

        blocks = Table(
            [[block("president", signatories.president), "", block("secretary", signatories.secretary)]],
            colWidths=[block_width, gap, block_width], hAlign="LEFT",
        )
        blocks.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]))

        # Two blocks side by side, unless very long names make them taller than a page: a
        # table row cannot break over pages, so they then come one under the other.
        if blocks.wrap(FRAME_WIDTH, FRAME_HEIGHT)[1] > FRAME_HEIGHT / 2:
            blocks = [*block("president", signatories.president), Spacer(1, 8),
                      *block("secretary", signatories.secretary)]
        else:
            blocks = [blocks]
        flow = [
            Paragraph(escape(self.t("s_signature")), STYLES["h1"]),
            Paragraph(escape(self.t("certified")), STYLES["body"]),
            Spacer(1, 2),
            *blocks,
        ]
        if report.year is not None and signatories.date is not None:
            deadline = signature_deadline(report.year)
            if deadline is not None and is_signature_late(report.year, signatories.date):
                flow += [Spacer(1, 6), Paragraph(
                    escape(self.t("late", deadline=format_date(deadline, self.lang))), STYLES["warning"])]
        if self.digest is not None:  # a draft binds no submission file
            flow += [Spacer(1, 10), self._binding()]
        return KeepTogether(flow)

    def _field_line(self, key: str, value: str) -> Paragraph:
        shown = _markup(value) if value.strip() else escape(self.t("none"))
        return Paragraph(f"{escape(self.label(key))} <b>{shown}</b>", STYLES["cell"])

    def _binding(self) -> Table:
        qr_size = 30 * mm
        # reportlab's QR flowable draws its modules straight onto the canvas: several times
        # faster than the QrCodeWidget drawing (which encodes twice and builds a shape tree).
        drawing = QrCode(self.digest, width=qr_size, height=qr_size, qrLevel="M")
        text = [
            Paragraph(escape(self.t("binding", file=ATTACHMENT_NAME) if not self.file_name
                             else self.t("binding_named", name=self.file_name, file=ATTACHMENT_NAME)),
                      STYLES["cell"]),
            Spacer(1, 4),
            Paragraph(self.digest, STYLES["hex"]),
        ]
        table = Table([[text, drawing]], colWidths=[FRAME_WIDTH - qr_size - 8 * mm, qr_size + 8 * mm],
                      hAlign="LEFT")
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BOX", (0, 0), (-1, -1), 0.4, GRID),
            ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]))
        return table


class _SignatureBox(Flowable):
    """The box to sign in by hand; it records where on which page it was drawn, so that the
    digital signature field of ``role`` can be laid exactly over it."""

    def __init__(self, width: float, height: float, role: str, record: dict):
        super().__init__()
        self.width, self.height = width, height
        self.role = role
        self.record = record

    def wrap(self, available_width, available_height):  # noqa: ARG002 - reportlab's signature
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(0.8)
        canvas.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        canvas.restoreState()
        x0, y0 = canvas.absolutePosition(0, 0)
        x1, y1 = canvas.absolutePosition(self.width, self.height)
        self.record[self.role] = (canvas.getPageNumber() - 1, (x0, y0, x1, y1))


# --- page decoration: header, fingerprint and "n / N" on every page -----------------------------

class _DataCodes:
    """The data codes of a final PDF and how they are laid out: chunk ``n`` in the band of page
    ``(n + 1) // 2``, the odd one on the left; a report with more codes than twice its pages
    gets pages of codes at its end."""

    def __init__(self, texts: list[str], language: str):
        self.texts = texts
        self.language = language

    def pages_needed(self) -> int:
        return page_of_chunk(len(self.texts)) if self.texts else 0

    def draw(self, canvas, page: int) -> None:
        """Draw the codes of ``page`` (from 1) and the words that say what they are."""
        numbers = [n for n in (2 * page - 1, 2 * page) if n <= len(self.texts)]
        caption_width = FRAME_WIDTH - 2 * (CODE_SIZE + CODE_GAP)
        if not self.texts and page == 1:
            text = L["codes_too_large"].get(self.language)
        elif not numbers:
            return
        elif len(numbers) == 1:
            text = L["codes_one"].get(self.language).format(first=numbers[0], count=len(self.texts))
        else:
            text = L["codes_two"].get(self.language).format(first=numbers[0], second=numbers[1],
                                                              count=len(self.texts))
        caption = Paragraph(escape(text), STYLES["note"])
        _, height = caption.wrapOn(canvas, caption_width, CODE_SIZE)
        caption.drawOn(canvas, MARGIN_X, BAND_TOP - height)
        for slot, number in enumerate(numbers):
            x = PAGE_WIDTH - MARGIN_X - (2 - slot) * CODE_SIZE - (1 - slot) * CODE_GAP
            _draw_qr(canvas, self.texts[number - 1], x, CODE_BOTTOM, CODE_SIZE)


_DARK_RUN = re.compile(rb"[\x00-\x7f]+")  # dark modules of zxing-cpp's picture of a code, side by side


def _draw_qr(canvas, text: str, x: float, y: float, size: float) -> None:
    """A QR code of ``text`` at error correction M (a scan may lose 15 % of it; see README,
    "The data codes"), ``size`` wide with its quiet zone of four modules, its lower left corner
    at (x, y). zxing-cpp encodes it (in the alphanumeric mode, which the chunks' characters
    allow) in about a millisecond, where reportlab's pure-Python encoder takes 50 ms or more."""
    import zxingcpp

    code = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    image = memoryview(code.to_image(scale=1, add_quiet_zones=False))
    count = image.shape[0]
    pixels = image.tobytes()
    step = size / (count + 8)
    canvas.saveState()
    canvas.setFillColor(colors.black)
    # In module units, from the code's top left module: every rectangle has whole numbers.
    canvas.transform(step, 0, 0, -step, x + 4 * step, y + size - 4 * step)
    path = canvas.beginPath()
    rectangles = []
    for row in range(count):
        for run in _DARK_RUN.finditer(pixels, row * count, (row + 1) * count):
            rectangles.append(f"{run.start() - row * count} {row} {run.end() - run.start()} 1 re")
    # reportlab formats each number of path.rect() in Python (a third of a second for six
    # codes); the operators of whole numbers are written as they are.
    path._code.extend(rectangles)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


def _numbered_canvas(header: str, footer: str, page_format: str, watermark: str | None = None,
                     codes: _DataCodes | None = None):
    """A canvas class that waits for the last page, then prints "n / N" and the footer on each,
    ``watermark`` (a draft's mark) across each page, and the data ``codes`` in each page's
    band, adding pages of codes at the end when the report's pages cannot hold them all."""

    class NumberedCanvas(pdfcanvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            count = max(len(self._pages), codes.pages_needed() if codes else 0)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(count)
                super().showPage()
            while self._pageNumber <= count:  # pages that only hold codes
                self.setFont(FONT_BOLD, 12)
                self.drawString(MARGIN_X, PAGE_HEIGHT - MARGIN_TOP - 12, L["codes_page"].get(codes.language))
                self._decorate(count)
                super().showPage()
            super().save()

        def _decorate(self, count: int) -> None:
            self.saveState()
            self.setStrokeColor(GRID)
            self.setLineWidth(0.4)
            top = PAGE_HEIGHT - 12 * mm
            self.setFont(FONT, 7.5)
            self.setFillColor(colors.HexColor("#404040"))
            self.drawString(MARGIN_X, top, _clip(header, FONT, 7.5, FRAME_WIDTH))
            self.line(MARGIN_X, top - 2.5, PAGE_WIDTH - MARGIN_X, top - 2.5)
            bottom = 11 * mm
            self.line(MARGIN_X, bottom + 9, PAGE_WIDTH - MARGIN_X, bottom + 9)
            self.setFillColor(colors.black)
            self.setFont(FONT, 8)
            self.drawString(MARGIN_X, bottom, footer)
            self.setFont(FONT_BOLD, 8)
            self.drawRightString(PAGE_WIDTH - MARGIN_X, bottom,
                                 page_format.format(n=self._pageNumber, count=count))
            self.restoreState()
            if codes is not None:
                codes.draw(self, self._pageNumber)
            if watermark:
                self._watermark(watermark)

        def _watermark(self, text: str) -> None:
            # Outlined letters across the page: over the content, which shows through them.
            self.saveState()
            self.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
            self.rotate(54)
            size = _fit_size([text], PAGE_HEIGHT * 0.95, FONT_BOLD, 54, minimum=20)
            self.setStrokeColor(colors.HexColor("#c62828"))
            self.setLineWidth(1.2)
            words = self.beginText()
            words.setTextRenderMode(1)  # stroke only
            words.setFont(FONT_BOLD, size)
            words.setTextOrigin(-pdfmetrics.stringWidth(text, FONT_BOLD, size) / 2, -size / 3)
            words.textOut(text)
            self.drawText(words)
            self.restoreState()

    return NumberedCanvas


def _bounded_paragraph(text: str, style: ParagraphStyle, width: float, height: float) -> Paragraph:
    """A Paragraph of ``text`` at most ``height`` points tall in a column ``width`` wide: a
    text that would be taller is cut, with an ellipsis, where it still fits. For column
    headers, which are repeated on every page and so cannot break over pages."""
    paragraph = Paragraph(_markup(text), style)
    if paragraph.wrap(width, height)[1] <= height:
        return paragraph
    shortest, longest = 0, len(text)  # the longest prefix that fits lies in between
    while shortest < longest:
        middle = (shortest + longest + 1) // 2
        if Paragraph(_markup(text[:middle] + "…"), style).wrap(width, height)[1] <= height:
            shortest = middle
        else:
            longest = middle - 1
    return Paragraph(_markup(text[:shortest] + "…"), style)


def _clip(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis to fit ``width`` points."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    # The longest prefix that fits, found by halving: a name may be 10,000 characters long.
    shortest, longest = 0, len(text)
    while shortest < longest:
        middle = (shortest + longest + 1) // 2
        if pdfmetrics.stringWidth(text[:middle] + "…", font, size) <= width:
            shortest = middle
        else:
            longest = middle - 1
    return text[:shortest] + "…"
