"""What may change in a signed PDF after a signature: almost nothing.

pyHanko's standard difference policy accepts "form filling" and "annotations" after a
signature: a new signature field whose appearance draws another amount over the signed one,
a changed title, new XMP metadata, a text field's new value all pass. A report signed by the
president and the secretary is a legal record, so :data:`STRICT_POLICY` accepts after a
signature only:

- the secretary's signature in the ``secretary`` field (its value, its appearance and the new
  objects a signature needs), the only field that may be filled after another signature;
- validation data (the DSS), an invisible document time-stamp, new object and cross-reference
  streams, and the entries every PDF writer refreshes: the modification date and producer in
  the document information and in the XMP metadata, the PDF version and its extensions.

Anything else raises :class:`ChangedAfterSigning`, which says in Dutch and French what changed
and where (page, field, dictionary) and in which update of the file. The rules are pyHanko's
own (:mod:`pyhanko.sign.diff_analysis`), narrowed; only the description of a refused update
looks at the objects themselves. No Qt here.
"""

from __future__ import annotations

from collections.abc import Iterable

from pyhanko.pdf_utils import generic, misc
from pyhanko.pdf_utils.reader import HistoricalResolver, RawPdfPath
from pyhanko.sign.diff_analysis import (
    CatalogModificationRule,
    DSSCompareRule,
    FormUpdatingRule,
    ModificationLevel,
    ObjectStreamRule,
    SigFieldCreationRule,
    SigFieldModificationRule,
    StandardDiffPolicy,
    SuspiciousModification,
    WhitelistRule,
    XrefStreamRule,
)
from pyhanko.sign.diff_analysis.commons import safe_whitelist
from pyhanko.sign.diff_analysis.rules.form_field_rules import is_field_visible
from pyhanko.sign.diff_analysis.rules_api import Context, ReferenceUpdate

from ..domain.text import Text

__all__ = ["STRICT_POLICY", "ChangedAfterSigning", "StrictDiffPolicy", "describe_changes"]

# The one field that may still be signed after another signature: the president signs first.
LAST_SIGNATURE_FIELD = "secretary"
# Entries every PDF writer refreshes when it saves: nothing a reader takes as content.
REFRESHED_INFO_KEYS = frozenset({"/ModDate", "/Producer"})
REFRESHED_XMP = frozenset({
    "{http://ns.adobe.com/xap/1.0/}ModifyDate",
    "{http://ns.adobe.com/xap/1.0/}MetadataDate",
    "{http://ns.adobe.com/pdf/1.3/}Producer",
    "{adobe:ns:meta/}xmptk",
})
MAX_XMP_BYTES = 1 << 20
MAX_LISTED = 12  # changes listed for one update; the rest are counted

T = Text

WHAT = {
    "info": T("documentinformatie ({keys})", "informations du document ({keys})"),
    "info-removed": T("documentinformatie verwijderd", "informations du document supprimées"),
    "xmp": T("XMP-metadata", "métadonnées XMP"),
    "xmp-added": T("XMP-metadata toegevoegd", "métadonnées XMP ajoutées"),
    "xmp-removed": T("XMP-metadata verwijderd", "métadonnées XMP supprimées"),
    "catalog": T("documentcatalogus ({keys})", "catalogue du document ({keys})"),
    "acroform": T("formulier (AcroForm: {keys})", "formulaire (AcroForm : {keys})"),
    "new-field": T("nieuw formulierveld '{name}' ({kind})", "nouveau champ de formulaire « {name} » ({kind})"),
    "changed-field": T("formulierveld '{name}' ({kind}) gewijzigd", "champ de formulaire « {name} » ({kind}) modifié"),
    "signed-field": T("handtekening in het veld '{name}', dat na deze handtekening niet meer ondertekend mag worden",
                      "signature dans le champ « {name} », qui ne peut plus être signé après cette signature"),
    "removed-field": T("formulierveld '{name}' verwijderd", "champ de formulaire « {name} » supprimé"),
    "pages": T("aantal pagina's: {old} → {new}", "nombre de pages : {old} → {new}"),
    "page-tree": T("volgorde of boom van de pagina's", "ordre ou arbre des pages"),
    "page-content": T("pagina {page}: inhoud", "page {page} : contenu"),
    "page-resources": T("pagina {page}: hulpbronnen (lettertypen, afbeeldingen, vormen)",
                        "page {page} : ressources (polices, images, formes)"),
    "page-annotation": T("pagina {page}: nieuwe annotatie ({kind})", "page {page} : nouvelle annotation ({kind})"),
    "page-annotation-removed": T("pagina {page}: annotatie verwijderd", "page {page} : annotation supprimée"),
    "page-annotation-changed": T("pagina {page}: annotatie gewijzigd ({kind})",
                                 "page {page} : annotation modifiée ({kind})"),
    "page-other": T("pagina {page}: {keys}", "page {page} : {keys}"),
    "embedded-file": T("ingesloten bestanden (het indieningsbestand)", "fichiers joints (le fichier de soumission)"),
    "objects": T("objecten {numbers}", "objets {numbers}"),
    "freed": T("objecten {numbers} gewist", "objets {numbers} effacés"),
    "more": T("en nog {count} wijziging(en)", "et encore {count} modification(s)"),
    "signature-field": T("handtekeningveld", "champ de signature"),
    "text-field": T("tekstveld", "champ de texte"),
    "other-field": T("veld van het type {type}", "champ de type {type}"),
}


class ChangedAfterSigning(SuspiciousModification):
    """An update after a signature that the strict policy refuses: ``revision`` is the
    update's number in the file (the export is 0), ``changes`` what it changed, in words."""

    def __init__(self, changes: list[Text], revision: int | None = None):
        super().__init__("; ".join(change.nl for change in changes) or "changed after signing")
        self.changes = changes
        self.revision = revision


def _what(key: str, **values: object) -> Text:
    """The description ``key`` with ``values`` filled in; a :class:`Text` value in each
    language."""
    def filled(language: str) -> str:
        return WHAT[key].get(language).format(
            **{name: value.get(language) if isinstance(value, Text) else _short(value)
               for name, value in values.items()})

    return Text(filled("nl"), filled("fr"))


def _short(value: object, limit: int = 80) -> object:
    """Text from the file (a field's name) cut to ``limit`` characters for a one-line message."""
    if isinstance(value, str) and len(value) > limit:
        return value[:limit - 1] + "…"
    return value


def _keys(names: Iterable[str]) -> str:
    return ", ".join(str(name).lstrip("/") for name in sorted(names))


def _same(a, b) -> bool:
    """Whether two PDF values read the same (indirect values dereferenced)."""
    if isinstance(a, generic.IndirectObject):
        a = a.get_object()
    if isinstance(b, generic.IndirectObject):
        b = b.get_object()
    if isinstance(a, generic.StreamObject) or isinstance(b, generic.StreamObject):
        return (isinstance(a, generic.StreamObject) and isinstance(b, generic.StreamObject)
                and a.encoded_data == b.encoded_data and _same_dicts(a, b))
    if isinstance(a, generic.DictionaryObject) or isinstance(b, generic.DictionaryObject):
        return (isinstance(a, generic.DictionaryObject) and isinstance(b, generic.DictionaryObject)
                and _same_dicts(a, b))
    if isinstance(a, generic.ArrayObject) or isinstance(b, generic.ArrayObject):
        return (isinstance(a, generic.ArrayObject) and isinstance(b, generic.ArrayObject)
                and len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b)))
    return type(a) is type(b) and a == b


def _same_dicts(a: generic.DictionaryObject, b: generic.DictionaryObject, ignore=frozenset()) -> bool:
    return not _differing_keys(a, b, ignore)


def _differing_keys(a, b, ignore=frozenset()) -> set[str]:
    """The keys whose raw values differ between two dictionaries (references compared as
    references: a changed referenced object is found by the reference's own update)."""
    keys = (set(a.keys()) | set(b.keys())) - set(ignore)
    differing = set()
    for key in keys:
        if key not in a or key not in b:
            differing.add(key)
            continue
        x, y = a.raw_get(key), b.raw_get(key)
        if isinstance(x, generic.IndirectObject) or isinstance(y, generic.IndirectObject):
            if not (isinstance(x, generic.IndirectObject) and isinstance(y, generic.IndirectObject)
                    and x.reference == y.reference):
                differing.add(key)
        elif not _same(x, y):
            differing.add(key)
    return differing


# --- rules ------------------------------------------------------------------------------------

class InfoRule(WhitelistRule):
    """The document information may change only in its modification date and producer."""

    def apply(self, old: HistoricalResolver, new: HistoricalResolver) -> Iterable[ReferenceUpdate]:
        old_ref = old.trailer_view.get_value_as_reference("/Info", optional=True)
        new_ref = new.trailer_view.get_value_as_reference("/Info", optional=True)
        if new_ref is None:
            if old_ref is not None:
                raise ChangedAfterSigning([_what("info-removed")])
            return
        # The trailer's references resolve in the newest revision: ask each revision itself.
        old_info = old.get_object(old_ref) if old_ref is not None else generic.DictionaryObject()
        new_info = new.get_object(new_ref)
        if not isinstance(new_info, generic.DictionaryObject):
            raise ChangedAfterSigning([_what("info", keys="?")])
        changed = {key for key in set(old_info.keys()) | set(new_info.keys())
                   if key not in REFRESHED_INFO_KEYS
                   and (key not in old_info or key not in new_info or not _same(old_info[key], new_info[key]))}
        if changed:
            raise ChangedAfterSigning([_what("info", keys=_keys(changed))])
        yield from map(
            ReferenceUpdate.curry_ref(context_checked=Context.from_absolute(old, RawPdfPath("/Info"))),
            safe_whitelist(old, old_ref, new_ref),
        )


def _xmp_essence(stream) -> bytes:
    """The XMP packet without the dates and producer a writer refreshes, canonical."""
    from lxml import etree

    if not isinstance(stream, generic.StreamObject):
        raise ChangedAfterSigning([_what("xmp")])
    data = stream.data
    if len(data) > MAX_XMP_BYTES:
        raise ChangedAfterSigning([_what("xmp")])
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError:
        raise ChangedAfterSigning([_what("xmp")]) from None
    if any(True for _ in root.iter(etree.Entity)):
        raise ChangedAfterSigning([_what("xmp")])
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            continue
        for name in [n for n in element.attrib if n in REFRESHED_XMP]:
            del element.attrib[name]
        if element.tag in REFRESHED_XMP and element.getparent() is not None:
            element.getparent().remove(element)
    return etree.tostring(root, method="c14n")


def _xmp_is_empty(stream) -> bool:
    """Whether an XMP packet says nothing but what a writer refreshes."""
    from lxml import etree

    root = etree.fromstring(_xmp_essence(stream))
    rdf = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
    for description in root.iter(f"{rdf}Description"):
        if len(description) or set(description.attrib) - {f"{rdf}about"}:
            return False
    return all(element.tag in (f"{rdf}RDF", f"{rdf}Description", "{adobe:ns:meta/}xmpmeta")
               for element in root.iter() if isinstance(element.tag, str))


class XmpRule(WhitelistRule):
    """The XMP metadata may change only in the dates and producer a writer refreshes."""

    def apply(self, old: HistoricalResolver, new: HistoricalResolver) -> Iterable[ReferenceUpdate]:
        def metadata(root):
            try:
                return root.get_value_as_reference("/Metadata", optional=True)
            except misc.IndirectObjectExpected:
                raise ChangedAfterSigning([_what("xmp")]) from None

        old_ref, new_ref = metadata(old.root), metadata(new.root)
        if new_ref is None:
            if old_ref is not None:
                raise ChangedAfterSigning([_what("xmp-removed")])
            return
        if old_ref is None:
            # pyHanko writes a packet with only the date and producer when a signature makes
            # the file PDF 2.0 (an EC key does); anything more is a change.
            if not _xmp_is_empty(new.get_object(new_ref)):
                raise ChangedAfterSigning([_what("xmp-added")])
            yield ReferenceUpdate(new_ref, context_checked=Context.from_absolute(old, RawPdfPath("/Root", "/Metadata")))
            return
        if new_ref != old_ref and not old.is_ref_unassignable(new_ref):
            raise ChangedAfterSigning([_what("xmp")])
        if _xmp_essence(old_ref.get_object()) != _xmp_essence(new_ref.get_object()):
            raise ChangedAfterSigning([_what("xmp")])
        yield ReferenceUpdate(new_ref, context_checked=Context.from_absolute(old, RawPdfPath("/Root", "/Metadata")))


def _field_kind(field_type) -> Text:
    if field_type == "/Sig":
        return _what("signature-field")
    if field_type == "/Tx":
        return _what("text-field")
    return _what("other-field", type=str(field_type or "?").lstrip("/"))


class StrictFormRule(FormUpdatingRule):
    """pyHanko's form rule without the changes to the form's default resources it allows."""

    def apply(self, old: HistoricalResolver, new: HistoricalResolver):
        old_form = old.root["/AcroForm"] if "/AcroForm" in old.root else None
        new_form = new.root["/AcroForm"] if "/AcroForm" in new.root else None
        if isinstance(old_form, generic.DictionaryObject) and isinstance(new_form, generic.DictionaryObject):
            changed = _differing_keys(old_form, new_form, ignore=self.ignored_acroform_keys)
            if "/DR" in new_form and "/DR" not in changed:
                if new.collect_dependencies(new_form.raw_get("/DR"), since_revision=old.revision + 1):
                    changed.add("/DR")
            if changed:
                raise ChangedAfterSigning([_what("acroform", keys=_keys(changed))])
        yield from super().apply(old, new)


class StrictSigFieldCreationRule(SigFieldCreationRule):
    """No new field after a signature, but an invisible one for a document time-stamp."""

    def apply(self, context):
        for name, spec in context.field_specs.items():
            if spec.old_field_ref is not None:
                continue
            if spec.new_field_ref is None:
                continue
            field = spec.new_field
            value = field["/V"] if "/V" in field else None
            timestamp = (spec.field_type == "/Sig" and not is_field_visible(field)
                         and isinstance(value, generic.DictionaryObject)
                         and value.get("/Type") == "/DocTimeStamp")
            if not timestamp:
                raise ChangedAfterSigning([_what("new-field", name=name, kind=_field_kind(spec.field_type))])
        for name, spec in context.field_specs.items():
            if spec.old_field_ref is not None and spec.new_field_ref is None:
                raise ChangedAfterSigning([_what("removed-field", name=name)])
        yield from super().apply(context)


class StrictSigFieldModificationRule(SigFieldModificationRule):
    """Only the secretary's field may be signed after another signature, and a signed field
    never changes again. Appearance streams are never overwritten in place."""

    def __init__(self):
        super().__init__(allow_in_place_appearance_stream_changes=False)

    def check_form_field(self, fq_name, spec, context):
        old_field, new_field = spec.old_field, spec.new_field
        if spec.field_type == "/Sig" and old_field is not None and new_field is not None:
            newly_signed = "/V" not in old_field and "/V" in new_field
            if newly_signed and fq_name != LAST_SIGNATURE_FIELD:
                raise ChangedAfterSigning([_what("signed-field", name=fq_name)])
        yield from super().check_form_field(fq_name, spec, context)


class StrictDiffPolicy(StandardDiffPolicy):
    """pyHanko's standard policy with the rules above; a refused update becomes a
    :class:`ChangedAfterSigning` that names its revision and what it changed."""

    def apply(self, old, new, field_mdp_spec=None, doc_mdp=None):
        try:
            return super().apply(old, new, field_mdp_spec, doc_mdp)
        except ChangedAfterSigning as refused:
            # The rule named what it refused; the description adds where (page, field).
            refused.revision = new.revision
            refused.changes = refused.changes + [c for c in describe_changes(old, new) if c not in refused.changes]
            raise
        except SuspiciousModification as refused:
            changes = describe_changes(old, new)
            raised = ChangedAfterSigning(changes, new.revision)
            raised.detail = str(refused)
            raise raised from refused


STRICT_POLICY = StrictDiffPolicy(
    global_rules=[
        # /Version and /Extensions only declare what the file uses; pyHanko sets them when
        # it signs. The form, the DSS and the XMP have rules of their own.
        CatalogModificationRule(ignored_keys=frozenset({"/AcroForm", "/DSS", "/Metadata", "/Extensions", "/Version"})),
        InfoRule().as_qualified(ModificationLevel.LTA_UPDATES),
        XmpRule().as_qualified(ModificationLevel.LTA_UPDATES),
        XrefStreamRule().as_qualified(ModificationLevel.LTA_UPDATES),
        ObjectStreamRule().as_qualified(ModificationLevel.LTA_UPDATES),
        DSSCompareRule().as_qualified(ModificationLevel.LTA_UPDATES),
    ],
    form_rule=StrictFormRule(
        field_rules=[StrictSigFieldCreationRule(), StrictSigFieldModificationRule()],
        ignored_acroform_keys=frozenset({"/Fields"}),
    ),
)


# --- describing a refused update ---------------------------------------------------------------

def _pages(resolver: HistoricalResolver) -> list[generic.Reference]:
    """The page objects' references in reading order (bounded, cycles refused)."""
    found: list[generic.Reference] = []
    seen: set = set()

    def walk(node_ref, depth):
        if depth > 64 or len(found) > 10000 or node_ref in seen:
            return
        seen.add(node_ref)
        node = node_ref.get_object()
        if not isinstance(node, generic.DictionaryObject):
            return
        if node.get("/Type") == "/Pages" or "/Kids" in node:
            for kid in node.raw_get("/Kids") if "/Kids" in node else []:
                if isinstance(kid, generic.IndirectObject):
                    walk(kid.reference, depth + 1)
        else:
            found.append(node_ref)

    walk(resolver.root.get_value_as_reference("/Pages"), 0)
    return found


def _changed_below(new: HistoricalResolver, value, changed: set, limit: int = 20000) -> bool:
    """Whether ``value`` or anything it refers to, however deep, was written in ``new``'s
    revision (pyHanko's own dependency walk stops at objects older than the revision)."""
    seen: set = set()
    stack = [value]
    while stack and len(seen) < limit:
        item = stack.pop()
        if isinstance(item, generic.IndirectObject):
            ref = item.reference
            if ref in changed:
                return True
            if ref in seen:
                continue
            seen.add(ref)
            item = new.get_object(ref)
        if isinstance(item, generic.DictionaryObject):
            stack.extend(item.raw_get(key) for key in item.keys() if key not in ("/Parent", "/P"))
        elif isinstance(item, generic.ArrayObject):
            stack.extend(item.raw_get(i) for i in range(len(item)))
    return False


def _annotation_kind(annotation) -> str:
    subtype = str(annotation.get("/Subtype", "?")).lstrip("/")
    if "/FT" in annotation or "/T" in annotation:
        name = str(annotation.get("/T", ""))
        field_type = str(annotation.get("/FT", "")).lstrip("/")
        return f"{subtype}, {field_type} '{name}'".replace(", ''", "").replace(" ''", "")
    return subtype


def _first_secretary_signature(old, new) -> set:
    """The secretary's field, when this revision is its first signature: allowed, not news."""
    old_fields, new_fields = _fields(old), _fields(new)
    ref = new_fields.get(LAST_SIGNATURE_FIELD)
    if ref is None or LAST_SIGNATURE_FIELD not in old_fields:
        return set()
    before, after = old(old_fields[LAST_SIGNATURE_FIELD]), new(ref)
    if "/V" not in before and "/V" in after and not _differing_keys(before, after, ignore={"/V", "/AP"}):
        return {ref}
    return set()


def _describe_pages(old, new, changed) -> list[Text]:
    out: list[Text] = []
    allowed = _first_secretary_signature(old, new)
    old_pages, new_pages = _pages(old), _pages(new)
    if len(old_pages) != len(new_pages):
        out.append(_what("pages", old=len(old_pages), new=len(new_pages)))
    elif old_pages != new_pages:
        out.append(_what("page-tree"))
    old_set = set(old_pages)
    for number, ref in enumerate(new_pages, start=1):
        if ref not in old_set:
            continue
        old_page, new_page = old(ref), new(ref)
        if ref in changed:
            other = _differing_keys(old_page, new_page, ignore={"/Contents", "/Resources", "/Annots"})
            if other:
                out.append(_what("page-other", page=number, keys=_keys(other)))
        for key, what in (("/Contents", "page-content"), ("/Resources", "page-resources")):
            if key in new_page and (_differing_keys(old_page, new_page) & {key}
                                    or _changed_below(new, new_page.raw_get(key), changed)):
                out.append(_what(what, page=number))
        old_annots = _refs(old_page.get("/Annots", generic.ArrayObject()) if "/Annots" in old_page else [])
        new_annots = _refs(new_page.get("/Annots", generic.ArrayObject()) if "/Annots" in new_page else [])
        for annot in new_annots:
            if annot not in old_annots:
                out.append(_what("page-annotation", page=number, kind=_annotation_kind(new(annot))))
            elif annot in changed and annot not in allowed and not _same(old(annot), new(annot)):
                out.append(_what("page-annotation-changed", page=number, kind=_annotation_kind(new(annot))))
        if any(annot not in new_annots for annot in old_annots):
            out.append(_what("page-annotation-removed", page=number))
    return out


def _refs(array) -> list:
    array = array.get_object() if isinstance(array, generic.IndirectObject) else array
    if not isinstance(array, generic.ArrayObject):
        return []
    return [item.reference for item in array if isinstance(item, generic.IndirectObject)]


def _fields(resolver) -> dict:
    form = resolver.root["/AcroForm"] if "/AcroForm" in resolver.root else None
    if not isinstance(form, generic.DictionaryObject) or "/Fields" not in form:
        return {}
    found = {}
    for ref in _refs(form.raw_get("/Fields"))[:1000]:
        field = ref.get_object()
        if isinstance(field, generic.DictionaryObject):
            found[str(field.get("/T", f"#{ref.idnum}"))] = ref
    return found


def _describe_form(old, new, changed) -> list[Text]:
    out: list[Text] = []
    old_form = old.root["/AcroForm"] if "/AcroForm" in old.root else generic.DictionaryObject()
    new_form = new.root["/AcroForm"] if "/AcroForm" in new.root else generic.DictionaryObject()
    keys = _differing_keys(old_form, new_form, ignore={"/Fields"})
    if keys:
        out.append(_what("acroform", keys=_keys(keys)))
    old_fields, new_fields = _fields(old), _fields(new)
    allowed = _first_secretary_signature(old, new)
    for name, ref in new_fields.items():
        field = new(ref)
        if name not in old_fields:
            out.append(_what("new-field", name=name, kind=_field_kind(field.get("/FT"))))
            continue
        if ref not in allowed and (ref != old_fields[name] or _changed_below(new, field, changed)):
            out.append(_what("changed-field", name=name, kind=_field_kind(field.get("/FT"))))
    for name in old_fields:
        if name not in new_fields:
            out.append(_what("removed-field", name=name))
    return out


def describe_changes(old: HistoricalResolver, new: HistoricalResolver) -> list[Text]:
    """What revision ``new`` changed against ``old``, in words: pages, annotations, fields,
    the document information, the XMP, the catalog, the embedded file. Object numbers when
    none of those explains it. Never raises."""
    out: list[Text] = []
    try:
        changed = set(new.explicit_refs_in_revision())
        freed = new.refs_freed_in_revision()
        if freed:
            out.append(_what("freed", numbers=", ".join(str(r.idnum) for r in sorted(freed, key=lambda r: r.idnum))))
        for describe in (_describe_pages, _describe_form):
            try:
                out += describe(old, new, changed)
            except Exception:  # noqa: BLE001 - a damaged structure: the object numbers will say it
                pass
        try:
            old_info, new_info = (
                resolver.get_object(resolver.trailer_view.get_value_as_reference("/Info"))
                if "/Info" in resolver.trailer_view else generic.DictionaryObject()
                for resolver in (old, new))
            keys = {k for k in set(old_info.keys()) | set(new_info.keys())
                    if k not in REFRESHED_INFO_KEYS
                    and (k not in old_info or k not in new_info or not _same(old_info[k], new_info[k]))}
            if keys:
                out.append(_what("info", keys=_keys(keys)))
        except Exception:  # noqa: BLE001
            pass
        try:
            old_xmp = old.root["/Metadata"] if "/Metadata" in old.root else None
            new_xmp = new.root["/Metadata"] if "/Metadata" in new.root else None
            if old_xmp is None and new_xmp is not None:
                if not _xmp_is_empty(new_xmp):
                    out.append(_what("xmp-added"))
            elif old_xmp is not None and new_xmp is None:
                out.append(_what("xmp-removed"))
            elif new_xmp is not None:
                try:
                    same = _xmp_essence(old_xmp) == _xmp_essence(new_xmp)
                except ChangedAfterSigning:
                    same = False
                if not same:
                    out.append(_what("xmp"))
        except Exception:  # noqa: BLE001
            pass
        try:
            keys = _differing_keys(old.root, new.root,
                                   ignore={"/AcroForm", "/DSS", "/Metadata", "/Extensions", "/Version"})
            if keys:
                out.append(_what("catalog", keys=_keys(keys)))
            if "/Names" in new.root and _changed_below(new, new.root.raw_get("/Names"), changed):
                out.append(_what("embedded-file"))
        except Exception:  # noqa: BLE001
            pass
        if not out:
            numbers = sorted(r.idnum for r in changed)
            shown = ", ".join(str(n) for n in numbers[:20]) + (" …" if len(numbers) > 20 else "")
            out.append(_what("objects", numbers=shown))
    except Exception:  # noqa: BLE001 - the refusal stands even when it cannot be described
        out = out or [_what("objects", numbers="?")]
    if len(out) > MAX_LISTED:
        out = out[:MAX_LISTED - 1] + [_what("more", count=len(out) - MAX_LISTED + 1)]
    return out
