"""PDF/A-3b (ISO 19005-3, level B) for the exported PDF, the way Factur-X carries its XML.

reportlab (open source) writes no PDF/A; what it lacks is added here with pypdf, in the same
plain write that attaches the submission file (:func:`.pdf.render_pdf`), so that every later
digital signature covers it:

- XMP metadata (uncompressed, as PDF/A wants) with the PDF/A identification
  (``pdfaid:part`` 3, ``pdfaid:conformance`` B) and, matching the document information entry
  for entry, the Dublin Core title, creator (author), description (subject) and language, the
  XMP dates, creator tool, and the PDF producer and keywords;
- an output intent (``/GTS_PDFA1``) with the sRGB IEC61966-2.1 profile from
  ``resources/icc/sRGB.icc`` (Debian's icc-profiles-free, zlib licence: see the file beside it),
  so that the device RGB colours reportlab draws with have a defined meaning;
- the submission file as an associated file of the document: ``/AF`` on the catalog,
  ``/AFRelationship /Data``, ``/UF``, MIME type ``text/xml``, size and modification date;
- PDF version 1.7, the base of PDF/A-3.

Fonts are embedded by reportlab (DejaVu Sans subsets), and the signature fields get an empty
appearance of their own in :mod:`.pdf`. No Qt here.
"""

from __future__ import annotations

import datetime as dt
import re
from xml.sax.saxutils import escape

from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    StreamObject,
    TextStringObject,
)

from ..resources import resource_path

__all__ = ["ICC_PROFILE", "OUTPUT_CONDITION", "clean_metadata", "make_pdfa", "pdf_date", "xmp_date", "xmp_packet"]

ICC_PROFILE = "icc/sRGB.icc"
OUTPUT_CONDITION = "sRGB IEC61966-2.1"
PDF_VERSION = b"%PDF-1.7"

# Characters XML 1.0 cannot hold (the XMP is XML): left out of the metadata, the same way in
# the document information, so that both still say the same.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def clean_metadata(text: str) -> str:
    """``text`` as the metadata holds it: without characters XML cannot carry, on one line."""
    return _NOT_XML.sub("", text.replace("\r\n", " ").replace("\n", " ").replace("\r", " "))


def pdf_date(moment: dt.datetime) -> str:
    """A PDF date (``D:20261130034000+01'00'``) with the moment's own time zone."""
    offset = moment.strftime("%z") or "+0000"
    return f"D:{moment:%Y%m%d%H%M%S}{offset[:3]}'{offset[3:]}'"


def xmp_date(moment: dt.datetime) -> str:
    """The same moment as an XMP date (``2026-11-30T03:40:00+01:00``)."""
    offset = moment.strftime("%z") or "+0000"
    return f"{moment:%Y-%m-%dT%H:%M:%S}{offset[:3]}:{offset[3:]}"


def xmp_packet(*, title: str, author: str, subject: str, keywords: str, creator_tool: str,
               producer: str, language: str, created: dt.datetime, modified: dt.datetime) -> bytes:
    """The XMP metadata packet of a PDF/A-3b document, each value escaped as XML text."""

    def x(value: str) -> str:
        return escape(value, {'"': "&quot;"})

    created_text, modified_text = xmp_date(created), xmp_date(modified)
    author_seq = f"<rdf:Seq><rdf:li>{x(author)}</rdf:li></rdf:Seq>" if author else "<rdf:Seq/>"
    packet = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
   <pdfaid:part>3</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{x(title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator>{author_seq}</dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{x(subject)}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>{x(language)}</rdf:li></rdf:Bag></dc:language>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
   <xmp:CreatorTool>{x(creator_tool)}</xmp:CreatorTool>
   <xmp:CreateDate>{created_text}</xmp:CreateDate>
   <xmp:ModifyDate>{modified_text}</xmp:ModifyDate>
   <xmp:MetadataDate>{modified_text}</xmp:MetadataDate>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <pdf:Producer>{x(producer)}</pdf:Producer>
   <pdf:Keywords>{x(keywords)}</pdf:Keywords>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
"""
    # No padding: a signature (pyHanko) writes the whole packet anew, it never edits in place.
    return (packet + '<?xpacket end="w"?>').encode("utf-8")


def make_pdfa(writer: PdfWriter, *, title: str, author: str, subject: str, keywords: str,
              creator: str, producer: str, language: str, moment: dt.datetime,
              attachment) -> None:
    """Make ``writer``'s document PDF/A-3b: document information and XMP metadata that agree,
    the sRGB output intent, ``attachment`` (pypdf's ``EmbeddedFile`` of the submission file;
    None for a draft) associated with the document, and the PDF 1.7 header. The text values must have gone
    through :func:`clean_metadata`."""
    info = writer._info.get_object() if writer._info is not None else None
    if info is not None and "/Trapped" in info:
        del info[NameObject("/Trapped")]  # reportlab's /False, which the XMP would have to repeat
    writer.add_metadata({
        "/Title": title,
        "/Author": author,
        "/Subject": subject,
        "/Keywords": keywords,
        "/Creator": creator,
        "/Producer": producer,
        "/CreationDate": pdf_date(moment),
        "/ModDate": pdf_date(moment),
    })
    metadata = StreamObject()
    metadata.set_data(xmp_packet(title=title, author=author, subject=subject, keywords=keywords,
                                 creator_tool=creator, producer=producer, language=language,
                                 created=moment, modified=moment))
    metadata.update({NameObject("/Type"): NameObject("/Metadata"),
                     NameObject("/Subtype"): NameObject("/XML")})
    root = writer._root_object
    root[NameObject("/Metadata")] = writer._add_object(metadata)

    profile = StreamObject()
    profile.set_data(resource_path(ICC_PROFILE).read_bytes())
    profile[NameObject("/N")] = NumberObject(3)
    profile = profile.flate_encode()
    root[NameObject("/OutputIntents")] = ArrayObject([writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/OutputIntent"),
        NameObject("/S"): NameObject("/GTS_PDFA1"),
        NameObject("/OutputConditionIdentifier"): TextStringObject(OUTPUT_CONDITION),
        NameObject("/Info"): TextStringObject(OUTPUT_CONDITION),
        NameObject("/RegistryName"): TextStringObject("http://www.color.org"),
        NameObject("/DestOutputProfile"): writer._add_object(profile),
    }))])

    if attachment is not None:
        attachment.alternative_name = TextStringObject(attachment.name)  # /UF
        attachment.modification_date = moment
        filespec = attachment.pdf_object
        root[NameObject("/AF")] = ArrayObject([filespec.indirect_reference])
    writer.pdf_header = PDF_VERSION
