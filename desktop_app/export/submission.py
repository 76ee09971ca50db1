"""The submission file: the machine-readable twin of the signed PDF.

Writing (:func:`to_xml`) turns a report without errors into UTF-8 XML in the form of
``SUBMISSION-FORMAT.md`` (namespace ``urn:clusterverslag:submission:1``) and validates it
against ``resources/clusterReport-1.xsd`` before returning it. Every computed element comes
from :mod:`desktop_app.domain.compute`.

Reading (:func:`read_submission`) treats the file as untrusted: size limit before parsing, no
DTD and no entities, UTF-8 only, the right namespace and version, then the schema. The schema
already holds most of the contract's rules (unique ids, counts of known OCMWs only, at least two
members, narrative length, a partner and an agreement reference); its errors are put in plain
words here. What XML Schema 1.0 cannot say is checked after it: the order of the codes, a count
for every OCMW, shares not above a cost line's total, and every computed element against the
domain's recomputation. Whatever is wrong comes back as :class:`SubmissionError` with one
:class:`FileProblem` per problem (line, element, message in Dutch and French); a file never
causes a traceback.

No Qt here.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
import threading
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from .. import __version__
from ..domain import compute
from ..domain.checks import COST_LABELS, TRAINING_LABELS, Problem, Severity, check_report, errors
from ..domain.fields import MAX_COUNT, format_enterprise_number
from ..domain.model import (
    COST_CATEGORIES,
    COST_COLUMNS,
    ENTERED_COST_COLUMNS,
    MIN_OCMWS,
    NARRATIVE_LIMIT,
    OPTIONAL_TRAINING_CATEGORIES,
    PARTNERSHIP_CATEGORIES,
    TRAINING_CATEGORIES,
    CostLine,
    Organisation,
    Partnership,
    Report,
    Signatories,
)
from ..domain.money import MAX_CENTS, format_plain, parse_plain
from ..domain.text import Text
from ..resources import resource_path
from .outside import SUBMISSION, OutsideFileError, read_outside_file

NS = "urn:clusterverslag:submission:1"
VERSION = "1"
SCHEMA_FILE = "clusterReport-1.xsd"
# A real file is a few kilobytes; anything above this is refused before it is parsed.
MAX_FILE_SIZE = SUBMISSION.limit
# Past this many problems a file is clearly not a submission file; the rest adds nothing.
MAX_PROBLEMS = 50
# A cluster is made of Belgian OCMWs / CPAS, one per municipality: no cluster can count more
# than Belgium's 581 municipalities (fewer since the mergers of 2019 and 2025). So a real file
# has at most 580 members, and in each of the 7 training categories one count per OCMW:
# 4,067 counts. The other elements are few and fixed, except partnerships, which the domain
# does not bound; they carry no identity constraint (checked in linear time) and the size
# limit bounds them. A file above these bounds is refused before the schema runs.
MAX_OCMWS = 581
MAX_COUNTS = MAX_OCMWS * len(TRAINING_CATEGORIES)
# Every element of the format but the partnerships' (the promoter's 9, 7 categories and their
# totals, 6 cost lines of 5 columns, the signatories ...) is under 200; a member is 3 elements
# (itself, its name, its number), a count 1, a partnership at most 6, and a partnership takes at
# least 100 bytes of the file.
MAX_ELEMENTS = 200 + 3 * (MAX_OCMWS - 1) + MAX_COUNTS + 6 * (MAX_FILE_SIZE // 100)

_DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'


# --- results and errors ----------------------------------------------------------------------


@dataclass(frozen=True)
class FileProblem:
    """One reason a submission file is refused. ``message`` names the line and the element
    itself, so it can be shown on its own."""

    line: int | None
    element: str | None
    message: Text


class SubmissionError(Exception):
    """A submission file that cannot be read; ``problems`` says why, in Dutch and French."""

    def __init__(self, problems: list[FileProblem], language: str = "nl"):
        self.problems = problems
        self.language = language
        super().__init__("\n".join(p.message.get(language) for p in problems))


class ReportNotExportable(ValueError):
    """:func:`to_xml` was given a report that still has errors; ``problems`` lists them."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("; ".join(f"[{p.path}] {p.message.nl}" for p in problems))


class SubmissionBug(RuntimeError):
    """The program wrote a file that its own schema refuses: a bug, never the user's fault."""


@dataclass(frozen=True)
class ImportResult:
    """A submission file that was read: the report, what :func:`check_report` says about it
    (nothing in it breaks the format's rules, but a warning or a field to correct may remain),
    and the SHA-256 of the file's bytes."""

    report: Report
    problems: list[Problem]
    sha256: str

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.WARNING]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]


# --- the fingerprint -------------------------------------------------------------------------


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of ``data`` as 64 lower-case hex digits."""
    return hashlib.sha256(data).hexdigest()


def grouped_fingerprint(hex_digest: str) -> str:
    """The first 16 hex digits of a SHA-256, in groups of four for reading aloud and
    comparing by eye: ``3f2a 9c1b 0d4e 7a65``."""
    head = hex_digest.strip().lower()[:16]
    if not re.fullmatch(r"[0-9a-f]{16}", head):
        raise ValueError(f"not a SHA-256 in hex: {hex_digest!r}")
    return " ".join(head[i:i + 4] for i in range(0, 16, 4))


# --- the schema and the parser ---------------------------------------------------------------


def _safe_parser() -> etree.XMLParser:
    """An lxml parser for untrusted input: no DTD loaded, no entity resolved, no network, the
    default limits on depth and text size kept."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        collect_ids=False,
    )


_XS = "{http://www.w3.org/2001/XMLSchema}"
_IDENTITY_CONSTRAINTS = (f"{_XS}unique", f"{_XS}key", f"{_XS}keyref")


@functools.lru_cache(maxsize=1)
def _schema() -> etree.XMLSchema:
    """The published schema without its identity constraints (``xs:unique``, ``xs:key``,
    ``xs:keyref``), which :func:`_identity_errors` checks in linear time instead.

    libxml2 compares every new key with every key before it: a file of 16,000 counts for the
    same OCMW took 6 s to validate (4,000: 0.3 s), the same file again in the same process
    up to 19 s. ``resources/clusterReport-1.xsd`` itself is unchanged and still states the
    rules; ``tests/export/test_identity.py`` shows that both give the same verdicts.
    """
    document = etree.parse(str(resource_path(SCHEMA_FILE)), _safe_parser())
    for constraint in list(document.iter(*_IDENTITY_CONSTRAINTS)):
        constraint.getparent().remove(constraint)
    return etree.XMLSchema(document)


# An XMLSchema object keeps its error log on itself: one validation at a time.
_schema_lock = threading.Lock()


def _validate(tree) -> list:
    """The schema's errors for ``tree`` (an empty list when valid), in the order of the file:
    libxml2's for the structure and the types, ours for the identity constraints."""
    schema = _schema()
    with _schema_lock:
        found = [] if schema.validate(tree) else list(schema.error_log)
    identity = _identity_errors(tree.getroot())
    if not identity:
        return found
    return sorted(found + identity, key=lambda entry: entry.line or 0)


@dataclass(frozen=True)
class _SchemaEntry:
    """An error of the schema's identity constraints, worded as libxml2 words it (so that
    :func:`_schema_problem` says it the same way)."""

    line: int | None
    message: str


def _collapsed(value: str | None) -> str | None:
    """An attribute of an ``xs:token`` type as the schema compares it: white space collapsed."""
    return " ".join(value.split()) if value is not None else None


def _identity_errors(root) -> list[_SchemaEntry]:
    """The identity constraints of ``clusterReport-1.xsd``, each checked in one pass with a set:
    ``ocmwIds`` (the ids of the promoter and the members unique), ``countRefersToOcmw`` (every
    count's OCMW one of them), ``oneCountPerOcmw`` (one count per OCMW in a category),
    ``trainingCodesOnce`` and ``costCategoriesOnce``. Same selectors, fields and messages as
    the schema's."""
    errors: list[_SchemaEntry] = []
    if root is None or root.tag != _q("clusterReport"):
        return errors

    def duplicate(element, value: str, kind: str, name: str) -> None:
        errors.append(_SchemaEntry(element.sourceline, (
            f"Element '{element.tag}': Duplicate key-sequence ['{value}'] in {kind} identity-constraint "
            f"'{{{NS}}}{name}'.")))

    ids: set[str] = set()
    owners = [child for child in root if child.tag == _q("promoter")]
    for members in root.iterchildren(_q("members")):
        owners += list(members.iterchildren(_q("member")))
    for owner in sorted(owners, key=lambda e: e.sourceline or 0):
        value = _collapsed(owner.get("id"))
        if value is None:
            continue  # the type's "required" says so
        if value in ids:
            duplicate(owner, value, "key", "ocmwIds")
        ids.add(value)
    codes: set[str] = set()
    for training in root.iterchildren(_q("training")):
        for category in training.iterchildren(_q("category")):
            code = _collapsed(category.get("code"))
            if code is not None:
                if code in codes:
                    duplicate(category, code, "unique", "trainingCodesOnce")
                codes.add(code)
            counted: set[str] = set()
            for count in category.iterchildren(_q("count")):
                ocmw = _collapsed(count.get("ocmw"))
                if ocmw is None:
                    continue
                if ocmw in counted:
                    duplicate(count, ocmw, "unique", "oneCountPerOcmw")
                counted.add(ocmw)
                if ocmw not in ids:
                    errors.append(_SchemaEntry(count.sourceline, (
                        f"Element '{count.tag}': No match found for key-sequence ['{ocmw}'] of keyref "
                        f"'{{{NS}}}countRefersToOcmw'.")))
    categories: set[str] = set()
    for costs in root.iterchildren(_q("costs")):
        for line in costs.iterchildren(_q("costLine")):
            category = _collapsed(line.get("category"))
            if category is not None:
                if category in categories:
                    duplicate(line, category, "unique", "costCategoriesOnce")
                categories.add(category)
    return errors


def _q(name: str) -> str:
    return f"{{{NS}}}{name}"


# --- writing ---------------------------------------------------------------------------------


def to_xml(
    report: Report,
    *,
    created_at: dt.datetime | None = None,
    generator: str = f"clusterverslag {__version__}",
) -> bytes:
    """The submission file of ``report``: UTF-8 XML with its declaration, pretty-printed.

    The report must have no errors (:func:`check_report`); otherwise
    :class:`ReportNotExportable` lists them. ``created_at`` defaults to now, in local time
    with its offset. Line breaks are written as ``\\n`` (what any XML reader turns them into).
    Raises :class:`SubmissionBug` if the result does not validate against the schema.
    """
    blocking = errors(check_report(report))
    if blocking:
        raise ReportNotExportable(blocking)
    created_at = created_at or dt.datetime.now()
    if created_at.tzinfo is None:
        created_at = created_at.astimezone()

    root = etree.Element(_q("clusterReport"), nsmap={None: NS})
    root.set("version", VERSION)
    root.set("language", report.language)
    _add(root, "reportingYear", f"{report.year:04d}")
    _add(root, "subsidyAmount", format_plain(compute.subsidy_amount(report)))

    promoter = report.promoter
    element = _add(root, "promoter", id=promoter.id)
    _add(element, "name", promoter.name)
    _add_enterprise_number(element, promoter)
    _add(element, "street", promoter.street)
    _add(element, "postalCode", promoter.postal_code.strip())
    _add(element, "municipality", promoter.municipality)
    _add(element, "contactPerson", promoter.contact_person)
    _add(element, "phone", promoter.phone)
    _add(element, "email", promoter.email)

    members = _add(root, "members")
    for member in report.members:
        element = _add(members, "member", id=member.id)
        _add(element, "name", member.name)
        _add_enterprise_number(element, member)

    _add(root, "narrative", report.narrative)

    partnerships = _add(root, "partnerships")
    for partnership in report.partnerships:
        element = _add(partnerships, "partnership")
        _add(element, "partner", partnership.partner)
        _add(element, "category", partnership.category)
        _add(element, "agreementReference", partnership.agreement_reference)
        if partnership.agreement_date is not None:
            _add(element, "agreementDate", partnership.agreement_date.isoformat())
        if partnership.description:
            _add(element, "description", partnership.description)

    training = _add(root, "training")
    for code in TRAINING_CATEGORIES:
        element = _add(training, "category", code=code)
        for ocmw in report.ocmws:
            _add(element, "count", str(report.count(code, ocmw.id)), ocmw=ocmw.id)
        _add(element, "total", str(compute.training_total(report, code)))
    _add(training, "totalActivated", str(compute.total_activated(report)))

    costs = _add(root, "costs")
    for category in COST_CATEGORIES:
        line = report.costs[category]
        element = _add(costs, "costLine", category=category)
        for column in ENTERED_COST_COLUMNS:
            _add(element, column, format_plain(line.get(column)))
        _add(element, "clusterShare", format_plain(compute.cluster_share(line)))
    totals = compute.column_totals(report)
    element = _add(costs, "totals")
    for column in COST_COLUMNS:
        _add(element, column, format_plain(totals[column]))
    summary = compute.financial_summary(report)
    _add(costs, "demonstratedAmount", format_plain(summary.demonstrated))
    _add(costs, "unjustifiedAmount", format_plain(summary.unjustified))

    signatories = _add(root, "signatories")
    _add(signatories, "president", report.signatories.president)
    _add(signatories, "secretary", report.signatories.secretary)
    _add(signatories, "place", report.signatories.place)
    _add(signatories, "date", report.signatories.date.isoformat())

    _add(root, "generator", generator)
    _add(root, "createdAt", created_at.isoformat(timespec="seconds"))

    data = _DECLARATION + etree.tostring(root, encoding="UTF-8", xml_declaration=False, pretty_print=True)
    invalid = _validate(etree.fromstring(data, _safe_parser()).getroottree())
    if invalid:
        raise SubmissionBug(
            "the submission file does not validate against its own schema:\n"
            + "\n".join(f"line {e.line}: {e.message}" for e in invalid)
        )
    return data


def _add(parent, name: str, text: str | None = None, **attributes: str):
    element = etree.SubElement(parent, _q(name), attributes)
    if text is not None:
        # XML readers turn \r\n and \r into \n; writing \n keeps the narrative's character
        # count equal to what the form and the schema's maxLength count.
        element.text = text.replace("\r\n", "\n").replace("\r", "\n")
    return element


def _add_enterprise_number(parent, organisation: Organisation) -> None:
    if organisation.enterprise_number.strip():
        _add(parent, "enterpriseNumber", format_enterprise_number(organisation.enterprise_number))


# --- reading ---------------------------------------------------------------------------------


def read_submission(data: bytes, language: str = "nl", *, today: dt.date | None = None) -> ImportResult:
    """Read a submission file that anyone may have made or altered.

    Returns the report with what :func:`check_report` (as of ``today``) says about it. Raises
    :class:`SubmissionError` for a file that is too large, not UTF-8, carries a DTD or
    entities, is not well-formed, has another namespace or version, breaks the schema or the
    format's rules, or states a computed value that differs from the recomputed one.
    ``language`` (``nl`` or ``fr``) is the language of the error's own ``str()``; every
    problem holds both languages.
    """
    if not isinstance(data, (bytes, bytearray)):
        raise TypeError(f"read_submission takes bytes, not {type(data).__name__}")
    try:
        report, problems = _read_report(bytes(data), today)
    except _Refused as refused:
        problems = refused.problems[:MAX_PROBLEMS]
        if len(refused.problems) + refused.more > MAX_PROBLEMS:
            more = len(refused.problems) + refused.more - MAX_PROBLEMS
            problems.append(_problem(None, None, f"en nog {more} andere problemen.", f"et encore {more} autres problèmes."))
        raise SubmissionError(problems, language) from None
    except Exception as unexpected:  # noqa: BLE001 - a file must never crash the program
        raise SubmissionError([FileProblem(None, None, Text(
            f"het bestand kan niet gelezen worden (onverwachte fout: {type(unexpected).__name__}).",
            f"le fichier ne peut pas être lu (erreur inattendue : {type(unexpected).__name__}).",
        ))], language) from unexpected
    return ImportResult(report, problems, sha256_hex(bytes(data)))


def read_submission_file(path: Path, language: str = "nl", *, today: dt.date | None = None) -> ImportResult:
    """:func:`read_submission` for a file on disk, read with bounds
    (:func:`.outside.read_outside_file`): a FIFO, a device or a folder is refused, and so is
    a file above the size limit, from its size alone, without reading it."""
    try:
        data = read_outside_file(path, SUBMISSION)
    except OutsideFileError as refused:
        raise SubmissionError([FileProblem(None, None, refused.message)], language) from None
    return read_submission(data, language, today=today)


def _too_large(size: int) -> FileProblem:
    return _problem(
        None, None,
        f"het bestand is te groot ({_megabytes(size)} MB); een indieningsbestand "
        f"is hoogstens {_megabytes(MAX_FILE_SIZE)} MB. Dit is geen indieningsbestand.",
        f"le fichier est trop volumineux ({_megabytes(size)} Mo) ; un fichier de "
        f"soumission fait au plus {_megabytes(MAX_FILE_SIZE)} Mo. Ce n'est pas un "
        "fichier de soumission.",
    )


class _Refused(Exception):
    def __init__(self, problems: list[FileProblem], more: int = 0):
        super().__init__(len(problems))
        self.problems = problems
        self.more = more  # problems found but not put in words (only the first ones are shown)


def _refuse(line: int | None, element: str | None, nl: str, fr: str) -> _Refused:
    return _Refused([_problem(line, element, nl, fr)])


def _problem(line: int | None, element: str | None, nl: str, fr: str) -> FileProblem:
    """A problem whose message starts with where it is: ``Regel 12, element «total»: …``."""
    where_nl, where_fr = [], []
    if line:
        where_nl.append(f"Regel {line}")
        where_fr.append(f"Ligne {line}")
    if element:
        where_nl.append(f"element «{element}»")
        where_fr.append(f"élément « {element} »")
    if where_nl:
        nl = f"{', '.join(where_nl)}: {nl}"
        fr = f"{', '.join(where_fr)} : {fr}"
    return FileProblem(line, element, Text(nl[:1].upper() + nl[1:], fr[:1].upper() + fr[1:]))


def _line_at(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


# What may stand before the root element: BOM, declaration, white space, comments, PIs.
_PROLOG = re.compile(r"\ufeff?(?:\s+|<!--.*?-->|<\?.*?\?>)*", re.DOTALL)
_DECLARED_ENCODING = re.compile(r"\ufeff?<\?xml[^>]*?encoding\s*=\s*[\"']([^\"']*)[\"']")


@dataclass(frozen=True)
class DraftSource:
    """A submission file read for a draft: the report as far as it could be read, and every
    problem still open (``is_error``, where, what): the file's own (a line) and the checks'
    (a field path)."""

    report: Report
    problems: list[tuple[bool, str, Text]]


def read_submission_for_draft(data: bytes, language: str = "nl", *, today: dt.date | None = None) -> DraftSource:
    """Read a submission file to print a draft of it, also when it breaks the schema, the
    format's rules or the checks: those become the draft's list of open problems. Still
    refuses (:class:`SubmissionError`) what cannot be read as our format at all: too large,
    not UTF-8, a DTD, not well-formed, another namespace or version, or a structure the
    reader cannot follow."""
    try:
        result = read_submission(data, language, today=today)
    except SubmissionError as refused:
        first = refused
    else:
        return DraftSource(result.report, [(p.is_error, p.path, p.message) for p in result.problems])
    try:
        report, file_problems = _read_report(bytes(data), lenient=True)
    except _Refused:
        raise first from None
    except Exception:  # noqa: BLE001 - a structure the reader cannot follow: the first refusal stands
        raise first from None
    problems = [(True, _where(p), p.message) for p in file_problems[:MAX_PROBLEMS]]
    problems += [(p.is_error, p.path, p.message) for p in check_report(report, today=today)]
    unique = list(dict.fromkeys(problems))  # the schema may say the same twice
    return DraftSource(report, unique)


def _where(problem: FileProblem) -> str:
    """The element a file's problem is about (its message names the line already)."""
    return problem.element or ""


def _read_report(data: bytes, today: dt.date | None = None, *, lenient: bool = False):
    """``(report, problems)``: the report in ``data`` with what the checks (as of ``today``)
    say about it; with ``lenient`` (a draft), the schema and format problems are collected
    instead of refused, and the checks are left to the caller."""
    if len(data) > MAX_FILE_SIZE:
        raise _Refused([_too_large(len(data))])
    if not data.strip():
        raise _refuse(None, None, "het bestand is leeg.", "le fichier est vide.")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as bad:
        raise _refuse(
            _line_at(data, bad.start), None,
            "het bestand is niet in UTF-8 gecodeerd, zoals een indieningsbestand moet zijn.",
            "le fichier n'est pas encodé en UTF-8, comme doit l'être un fichier de soumission.",
        ) from None
    declared = _DECLARED_ENCODING.match(text)
    if declared and declared.group(1).lower().replace("-", "") != "utf8":
        raise _refuse(
            1, None,
            f"het bestand zegt dat het in «{declared.group(1)}» gecodeerd is; een "
            "indieningsbestand is UTF-8.",
            f"le fichier se déclare encodé en « {declared.group(1)} » ; un fichier de "
            "soumission est en UTF-8.",
        )
    prolog_end = _PROLOG.match(text).end()
    if text.startswith("<!DOCTYPE", prolog_end):
        raise _refuse(
            text.count("\n", 0, prolog_end) + 1, "DOCTYPE",
            "het bestand bevat een documenttypedefinitie (DTD). Een indieningsbestand heeft er "
            "geen; om veiligheidsredenen wordt het niet geopend.",
            "le fichier contient une définition de type de document (DTD). Un fichier de "
            "soumission n'en a pas ; par sécurité, il n'est pas ouvert.",
        )

    parser = _safe_parser()
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as broken:
        raise _Refused([_syntax_problem(broken, parser, data)]) from None
    tree = root.getroottree()
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise _refuse(
            None, "DOCTYPE",
            "het bestand bevat een DTD of entiteiten; om veiligheidsredenen wordt het niet geopend.",
            "le fichier contient une DTD ou des entités ; par sécurité, il n'est pas ouvert.",
        )

    name = etree.QName(root)
    if name.namespace != NS:
        found_nl = f"«{name.namespace}»" if name.namespace else "afwezig"
        found_fr = f"« {name.namespace} »" if name.namespace else "absent"
        raise _refuse(
            root.sourceline, name.localname,
            f"dit is geen indieningsbestand van het clusterverslag: de namespace is {found_nl}, "
            f"verwacht is «{NS}».",
            f"ce n'est pas un fichier de soumission du rapport cluster : l'espace de noms est "
            f"{found_fr}, attendu « {NS} ».",
        )
    if name.localname != "clusterReport":
        raise _refuse(
            root.sourceline, name.localname,
            "dit is geen indieningsbestand van het clusterverslag: het hoofdelement moet "
            "«clusterReport» zijn.",
            "ce n'est pas un fichier de soumission du rapport cluster : l'élément racine doit "
            "être « clusterReport ».",
        )
    version = root.get("version")
    if version is not None and version.strip() != VERSION:
        raise _refuse(
            root.sourceline, "clusterReport",
            f"dit bestand heeft formaatversie «{version}»; dit programma leest versie {VERSION}. "
            "Gebruik een recentere versie van het programma.",
            f"ce fichier est au format version « {version} » ; ce programme lit la version "
            f"{VERSION}. Utilisez une version plus récente du programme.",
        )

    too_many = _too_many_elements(root)
    if too_many is not None:
        raise _Refused([too_many])
    schema_errors = _validate(tree)
    if schema_errors and not lenient:
        # Only the problems shown are put in words; the others are counted.
        raise _Refused([_schema_problem(entry) for entry in schema_errors[:MAX_PROBLEMS]],
                       max(0, len(schema_errors) - MAX_PROBLEMS))
    if lenient:
        reader = _Reader(root)
        report = reader.read(lenient=True)
        return report, [_schema_problem(entry) for entry in schema_errors] + reader.problems
    return _Reader(root, today).read()


def _too_many_elements(root) -> FileProblem | None:
    """Refuse, before the schema runs, a file with more elements than a real report can have
    (see :data:`MAX_OCMWS`), in one pass over the tree."""
    members = counts = elements = 0
    member_tag, count_tag = _q("member"), _q("count")
    for element in root.iter():
        elements += 1
        if element.tag == member_tag:
            members += 1
        elif element.tag == count_tag:
            counts += 1
    if members > MAX_OCMWS - 1:
        return _problem(
            None, "members",
            f"het bestand noemt {members} leden; een cluster kan er hoogstens {MAX_OCMWS - 1} hebben "
            f"(België telt {MAX_OCMWS} OCMW's). Dit is geen echt verslag.",
            f"le fichier cite {members} membres ; un cluster peut en avoir au plus {MAX_OCMWS - 1} "
            f"(la Belgique compte {MAX_OCMWS} CPAS). Ce n'est pas un vrai rapport.",
        )
    if counts > MAX_COUNTS:
        return _problem(
            None, "training",
            f"het bestand bevat {counts} aantallen; een verslag heeft er hoogstens {MAX_COUNTS} "
            f"(één per categorie en per OCMW). Dit is geen echt verslag.",
            f"le fichier contient {counts} nombres ; un rapport en a au plus {MAX_COUNTS} "
            f"(un par catégorie et par CPAS). Ce n'est pas un vrai rapport.",
        )
    if elements > MAX_ELEMENTS:
        return _problem(
            None, None,
            f"het bestand bevat {elements} elementen, meer dan een verslag kan hebben. Dit is geen "
            "echt verslag.",
            f"le fichier contient {elements} éléments, plus qu'un rapport ne peut en avoir. Ce n'est "
            "pas un vrai rapport.",
        )
    return None


def _megabytes(size: int) -> str:
    """``2,0``: megabytes with one decimal, the way both languages write it."""
    tenths = (size * 10 + 524288) // 1048576
    return f"{tenths // 10},{tenths % 10}"


def _syntax_problem(broken: etree.XMLSyntaxError, parser: etree.XMLParser, data: bytes) -> FileProblem:
    """A file that is not well-formed: the parser's first error (the rest follow from it)."""
    first = next(iter(parser.error_log), None)
    line = first.line if first is not None else broken.lineno
    message = (first.message if first is not None else broken.msg).strip()
    # A file that starts as a submission file and breaks on its last line was cut short.
    if line >= data.rstrip().count(b"\n") + 1 and b"<clusterReport" in data:
        return _problem(
            line, None,
            f"het bestand houdt te vroeg op: het is onvolledig of beschadigd (technisch: {message}).",
            f"le fichier s'arrête trop tôt : il est incomplet ou endommagé (technique : {message}).",
        )
    return _problem(
        line, None,
        f"het bestand is geen geldige XML; het is beschadigd of geen indieningsbestand (technisch: {message}).",
        f"le fichier n'est pas du XML valable ; il est endommagé ou ce n'est pas un fichier de "
        f"soumission (technique : {message}).",
    )


# --- schema errors in plain words --------------------------------------------------------------

_AMOUNT = Text(
    "een bedrag schrijft men met een punt en precies twee decimalen, nooit negatief (bv. 12500.00)",
    "un montant s'écrit avec un point et exactement deux décimales, jamais négatif (p. ex. 12500.00)",
)
_COUNT = Text(
    "een aantal personen is een geheel getal, 0 of meer (bv. 12)",
    "un nombre de personnes est un nombre entier, 0 ou plus (p. ex. 12)",
)
_DATE = Text(
    "een datum schrijft men als JJJJ-MM-DD (bv. 2017-02-15)",
    "une date s'écrit AAAA-MM-JJ (p. ex. 2017-02-15)",
)
_TEXT = Text("dit veld mag niet leeg zijn", "ce champ ne peut pas être vide")
_ID = Text(
    "een OCMW-code begint met een letter (bv. o2)",
    "un code de CPAS commence par une lettre (p. ex. o2)",
)


def _codes(codes) -> Text:
    listed = ", ".join(codes)
    return Text(f"toegelaten zijn: {listed}", f"valeurs admises : {listed}")


_VALUE_RULES: dict[str, Text] = {
    **dict.fromkeys(
        ("subsidyAmount", *COST_COLUMNS, "demonstratedAmount", "unjustifiedAmount"), _AMOUNT
    ),
    **dict.fromkeys(("count", "total", "totalActivated"), _COUNT),
    **dict.fromkeys(("agreementDate", "date"), _DATE),
    **dict.fromkeys(
        ("name", "street", "municipality", "contactPerson", "phone", "email", "partner",
         "agreementReference", "president", "secretary", "place", "generator", "narrative"),
        _TEXT,
    ),
    "reportingYear": Text("een jaartal heeft vier cijfers (bv. 2016)", "une année a quatre chiffres (p. ex. 2016)"),
    "createdAt": Text(
        "datum en tijd schrijft men als JJJJ-MM-DDTuu:mm:ss (bv. 2017-02-15T10:12:00+01:00)",
        "la date et l'heure s'écrivent AAAA-MM-JJThh:mm:ss (p. ex. 2017-02-15T10:12:00+01:00)",
    ),
    "postalCode": Text("een postcode heeft vier cijfers (bv. 9000)", "un code postal a quatre chiffres (p. ex. 9000)"),
    "enterpriseNumber": Text(
        "een ondernemingsnummer schrijft men als 0212.345.678",
        "un numéro d'entreprise s'écrit 0212.345.678",
    ),
    "category": _codes(PARTNERSHIP_CATEGORIES),
    "@code": _codes(TRAINING_CATEGORIES),
    "@category": _codes(COST_CATEGORIES),
    "@language": Text("toegelaten zijn: nl, fr", "valeurs admises : nl, fr"),
    "@version": Text(f"de versie is {VERSION}", f"la version est {VERSION}"),
    "@id": _ID,
    "@ocmw": _ID,
}

_SCHEMA_MESSAGE = re.compile(r"Element '(?P<element>[^']*)'(?:, attribute '(?P<attribute>[^']*)')?: (?P<rest>.*)", re.DOTALL)
_VALUE = re.compile(r"(?:[Tt]he value '(?P<a>[^']*)'|^'(?P<b>[^']*)' is not a valid value)")
_EXPECTED = re.compile(r"Expected is(?: one of)? \( (?P<names>[^)]*) \)")
_KEY_SEQUENCE = re.compile(r"key-sequence \['(?P<value>[^']*)'\]")


def _local(name: str) -> str:
    return re.sub(r"\{[^}]*\}", "", name)


def _schema_problem(entry) -> FileProblem:
    """A schema error in plain Dutch and French, with the line and the element."""
    message = entry.message.strip()
    match = _SCHEMA_MESSAGE.match(message)
    if not match:
        return _technical(entry.line, None, message)
    element = _local(match["element"])
    attribute = match["attribute"]
    rest = _local(match["rest"])
    value = _VALUE.search(rest)
    expected = _EXPECTED.search(rest)
    expected_names = [n.strip() for n in expected["names"].split(",")] if expected else []

    if "No match found for key-sequence" in rest:
        ocmw = _KEY_SEQUENCE.search(rest)
        ocmw_id = ocmw["value"] if ocmw else "?"
        return _problem(
            entry.line, element,
            f"dit aantal hoort bij OCMW «{ocmw_id}», maar dat staat niet in de cluster "
            "(niet als promotor en niet als lid).",
            f"ce nombre se rapporte au CPAS « {ocmw_id} », qui ne figure pas dans le cluster "
            "(ni comme promoteur, ni comme membre).",
        )
    if "Duplicate key-sequence" in rest:
        repeated = _KEY_SEQUENCE.search(rest)
        what = repeated["value"] if repeated else "?"
        if "ocmwIds" in rest:
            nl, fr = f"de code «{what}» wordt voor twee OCMW's gebruikt.", f"le code « {what} » est utilisé pour deux CPAS."
        elif "oneCountPerOcmw" in rest:
            nl = f"deze categorie heeft twee aantallen voor OCMW «{what}»."
            fr = f"cette catégorie a deux nombres pour le CPAS « {what} »."
        else:
            nl, fr = f"«{what}» komt twee keer voor.", f"« {what} » figure deux fois."
        return _problem(entry.line, element, nl, fr)
    if "Missing child element" in rest:
        if element == "members":
            return _problem(
                entry.line, element,
                f"een cluster telt minstens {MIN_OCMWS} OCMW's: naast de promotor minstens "
                f"{MIN_OCMWS - 1} leden.",
                f"un cluster compte au moins {MIN_OCMWS} CPAS : outre le promoteur, au moins "
                f"{MIN_OCMWS - 1} membres.",
            )
        names = ", ".join(f"«{n}»" for n in expected_names)
        names_fr = ", ".join(f"« {n} »" for n in expected_names)
        return _problem(
            entry.line, element,
            f"hier ontbreekt een element; verwacht: {names}.",
            f"un élément manque ici ; attendu : {names_fr}.",
        )
    if "This element is not expected" in rest:
        nl = "dit element hoort hier niet: het is te veel, staat niet in de vaste volgorde, of wat ervoor hoort ontbreekt"
        fr = "cet élément n'est pas à sa place : il est de trop, hors de l'ordre fixé, ou ce qui le précède manque"
        if expected_names:
            nl += "; verwacht: " + ", ".join(f"«{n}»" for n in expected_names)
            fr += " ; attendu : " + ", ".join(f"« {n} »" for n in expected_names)
        nl, fr = nl + ".", fr + "."
        return _problem(entry.line, element, nl, fr)
    if attribute and "is required but missing" in rest:
        return _problem(entry.line, element, f"het attribuut «{attribute}» ontbreekt.",
                        f"l'attribut « {attribute} » manque.")
    if "is required but missing" in rest:
        missing = re.search(r"attribute '([^']*)'", rest)
        name = missing.group(1) if missing else "?"
        return _problem(entry.line, element, f"het attribuut «{name}» ontbreekt.", f"l'attribut « {name} » manque.")
    if "is not allowed" in rest and attribute:
        return _problem(entry.line, element, f"het attribuut «{attribute}» hoort hier niet.",
                        f"l'attribut « {attribute} » n'a pas sa place ici.")
    if "maxLength" in rest and element == "narrative":
        length = re.search(r"length of '(\d+)'", rest)
        counted = length.group(1) if length else "?"
        return _problem(
            entry.line, element,
            f"de inhoudelijke rapportage telt {counted} tekens; het maximum is {NARRATIVE_LIMIT}.",
            f"le rapport qualitatif compte {counted} caractères ; le maximum est {NARRATIVE_LIMIT}.",
        )
    if value or "facet" in rest or "not a valid value" in rest or "fixed value" in rest:
        typed = (value["a"] if value["a"] is not None else value["b"]) if value else ""
        rule = _VALUE_RULES.get(f"@{attribute}" if attribute else element)
        of_nl = f" van het attribuut «{attribute}»" if attribute else ""
        of_fr = f" de l'attribut « {attribute} »" if attribute else ""
        nl = f"de waarde «{typed}»{of_nl} is niet toegelaten"
        fr = f"la valeur « {typed} »{of_fr} n'est pas admise"
        if rule is _TEXT:
            return _problem(entry.line, element, f"{rule.nl}.", f"{rule.fr}.")
        if rule:
            return _problem(entry.line, element, f"{nl}: {rule.nl}.", f"{fr} : {rule.fr}.")
        return _technical(entry.line, element, rest, Text(nl, fr))
    if "Character content other than whitespace is not allowed" in rest:
        return _problem(entry.line, element, "hier mag geen tekst staan, alleen elementen.",
                        "aucun texte n'est admis ici, seulement des éléments.")
    if "Element content is not allowed" in rest:
        return _problem(entry.line, element, "hier mag alleen tekst staan, geen elementen.",
                        "seul du texte est admis ici, pas d'éléments.")
    return _technical(entry.line, element, rest)


def _technical(line: int | None, element: str | None, detail: str, lead: Text | None = None) -> FileProblem:
    lead = lead or Text("het bestand volgt het schema van het indieningsbestand niet",
                        "le fichier ne respecte pas le schéma du fichier de soumission")
    return _problem(line, element, f"{lead.nl} (technisch: {detail})", f"{lead.fr} (technique : {detail})")


# --- from a valid tree to a report, with the rules beyond the schema -------------------------


class _Reader:
    """Reads a schema-valid tree into a report, checking what the schema cannot."""

    def __init__(self, root, today: dt.date | None = None):
        self.root = root
        self.today = today
        self.problems: list[FileProblem] = []

    def problem(self, element, nl: str, fr: str) -> None:
        self.problems.append(_problem(element.sourceline, etree.QName(element).localname, nl, fr))

    def read(self, *, lenient: bool = False):
        """``(report, what the checks say)``; with ``lenient`` (a draft), the report alone:
        problems are kept in :attr:`problems` instead of refusing, and the checks are left to
        the caller."""
        root = self.root
        report = Report(
            year=_year(_text(root, "reportingYear")),  # checked by the schema, unless for a draft
            language=root.get("language").strip(),
            subsidy=self.entered(_child(root, "subsidyAmount"), amount=True),
            promoter=self.organisation(_child(root, "promoter")),
            members=[self.organisation(m) for m in _child(root, "members").iterchildren(_q("member"))],
            narrative=_text(root, "narrative"),
            partnerships=[self.partnership(p) for p in _child(root, "partnerships").iterchildren(_q("partnership"))],
            signatories=self.signatories(_child(root, "signatories")),
        )
        stated_totals = self.training(report)
        cost_lines = self.costs(report)
        if not self.problems:
            self.recompute(report, stated_totals, cost_lines)
        if lenient:
            return report
        if self.problems:
            raise _Refused(self.problems)
        if report.subsidy == compute.rule_subsidy(report):
            report.subsidy = None  # the amount follows the year's rule
        # The acceptance rule every reader shares (validate, import, render, the window): the
        # checks find no error, as the export demanded before it wrote the file.
        problems = check_report(report, today=self.today)
        for blocking in errors(problems):
            element = self.element_at(blocking.path)
            self.problems.append(_problem(
                None if element is None else element.sourceline, blocking.path,
                blocking.message.nl, blocking.message.fr,
            ))
        if self.problems:
            raise _Refused(self.problems)
        return report, problems

    def element_at(self, path: str):
        """The element of the file that holds the field at ``path`` (``members[1].name``,
        ``costs.personnel.publicShare``, ``training.assessment.o2``), or the nearest one."""
        parts = re.findall(r"[^.\[\]]+|\[\d+\]", path)
        element, found = self.root, self.root
        steps = {"members": "member", "partnerships": "partnership"}
        previous = ""
        for part in parts:
            if part.startswith("["):
                children = list(element.iterchildren(_q(steps.get(previous, ""))))
                index = int(part[1:-1])
                element = children[index] if index < len(children) else None
            elif previous == "training":
                element = next((c for c in element.iterchildren(_q("category")) if c.get("code", "").strip() == part), None)
            elif previous == "costs":
                element = next((c for c in element.iterchildren(_q("costLine")) if c.get("category", "").strip() == part),
                               element.find(_q(part)))
            elif element.tag == _q("category"):
                element = next((c for c in element.iterchildren(_q("count")) if c.get("ocmw", "").strip() == part), None)
            else:
                element = element.find(_q(part))
            if element is None:
                break
            found, previous = element, part
        return found

    def organisation(self, element) -> Organisation:
        return Organisation(
            element.get("id").strip(),
            name=_text(element, "name"),
            enterprise_number=_text(element, "enterpriseNumber"),
            street=_text(element, "street"),
            postal_code=_text(element, "postalCode"),
            municipality=_text(element, "municipality"),
            contact_person=_text(element, "contactPerson"),
            phone=_text(element, "phone"),
            email=_text(element, "email"),
        )

    def partnership(self, element) -> Partnership:
        date = _text(element, "agreementDate").strip()
        return Partnership(
            partner=_text(element, "partner"),
            category=_text(element, "category").strip(),
            agreement_reference=_text(element, "agreementReference"),
            agreement_date=dt.date.fromisoformat(date) if date else None,
            description=_text(element, "description"),
        )

    def signatories(self, element) -> Signatories:
        return Signatories(
            president=_text(element, "president"),
            secretary=_text(element, "secretary"),
            place=_text(element, "place"),
            date=dt.date.fromisoformat(_text(element, "date").strip()),
        )

    def entered(self, element, *, amount: bool) -> int:
        """An entered amount (in cents) or count, refused above what the wizard takes."""
        text = (element.text or "").strip()
        value = _number(text, amount)
        if value is None or value > (MAX_CENTS - 1 if amount else MAX_COUNT):
            what_nl, what_fr = ("een bedrag", "un montant") if amount else ("een aantal", "un nombre")
            self.problem(element, f"«{_shorten(text)}» is te groot voor {what_nl}.",
                         f"« {_shorten(text)} » est trop grand pour {what_fr}.")
            return 0
        return value

    def training(self, report: Report) -> dict:
        """Read the counts into ``report``; return the elements of the stated totals by code."""
        training = _child(self.root, "training")
        categories = list(training.iterchildren(_q("category")))
        self.check_order(categories, "code", TRAINING_CATEGORIES, OPTIONAL_TRAINING_CATEGORIES, TRAINING_LABELS)
        stated = {}
        for category in categories:
            code = category.get("code").strip()
            counted = set()
            for count in category.iterchildren(_q("count")):
                ocmw_id = count.get("ocmw").strip()
                counted.add(ocmw_id)
                report.set_count(code, ocmw_id, self.entered(count, amount=False))
            for ocmw in report.ocmws:
                if ocmw.id not in counted:
                    self.problem(category, f"in categorie «{code}» ontbreekt het aantal van OCMW «{ocmw.id}».",
                                 f"dans la catégorie « {code} », le nombre du CPAS « {ocmw.id} » manque.")
            stated[code] = _child(category, "total")
        return stated

    def costs(self, report: Report) -> dict:
        """Read the cost lines into ``report``; return their elements by category."""
        lines = list(_child(self.root, "costs").iterchildren(_q("costLine")))
        self.check_order(lines, "category", COST_CATEGORIES, (), COST_LABELS)
        elements = {}
        for element in lines:
            category = element.get("category").strip()
            line = CostLine(*(self.entered(_child(element, c), amount=True) for c in ENTERED_COST_COLUMNS))
            report.costs[category] = line
            elements[category] = element
            shares = line.ocmw_share + line.public_share + line.income
            if shares > line.total_amount:
                label = COST_LABELS[category]
                self.problem(
                    element,
                    f"{label.nl}: deel OCMW, publiek deel en inkomsten samen ({format_plain(shares)}) "
                    f"zijn groter dan het totaal bedrag ({format_plain(line.total_amount)}).",
                    f"{label.fr} : part CPAS, part publique et recettes ensemble ({format_plain(shares)}) "
                    f"dépassent le montant total ({format_plain(line.total_amount)}).",
                )
        return elements

    def check_order(self, elements, attribute: str, order, optional, labels) -> None:
        """Codes in the fixed order, none of the required ones missing (the schema refuses a
        code given twice)."""
        codes = [e.get(attribute).strip() for e in elements]
        expected = [code for code in order if code in codes]
        for element, code, wanted in zip(elements, codes, expected):
            if code != wanted:
                self.problem(
                    element,
                    f"«{code}» staat niet op zijn plaats: de vaste volgorde is {', '.join(order)}.",
                    f"« {code} » n'est pas à sa place : l'ordre fixé est {', '.join(order)}.",
                )
                break
        for code in order:
            if code not in codes and code not in optional:
                self.problem(
                    elements[0].getparent(),
                    f"«{code}» ({labels[code].nl}) ontbreekt.",
                    f"« {code} » ({labels[code].fr}) manque.",
                )

    def recompute(self, report: Report, stated_totals: dict, cost_lines: dict) -> None:
        """Compare every computed element of the file with what the domain computes."""
        for code, element in stated_totals.items():
            self.compare(element, compute.training_total(report, code), amount=False, context=code)
        training = _child(self.root, "training")
        self.compare(_child(training, "totalActivated"), compute.total_activated(report), amount=False)
        for category, element in cost_lines.items():
            self.compare(_child(element, "clusterShare"), compute.cluster_share(report.costs[category]),
                         amount=True, context=category)
        costs = _child(self.root, "costs")
        totals = compute.column_totals(report)
        for column in COST_COLUMNS:
            self.compare(_child(costs, "totals", column), totals[column], amount=True, context="totals")
        summary = compute.financial_summary(report)
        self.compare(_child(costs, "demonstratedAmount"), summary.demonstrated, amount=True)
        self.compare(_child(costs, "unjustifiedAmount"), summary.unjustified, amount=True)

    def compare(self, element, computed: int, *, amount: bool, context: str = "") -> None:
        text = (element.text or "").strip()
        stated = _number(text, amount)
        if stated == computed:
            return
        show = format_plain if amount else str
        shown = _shorten(text) if stated is None else show(stated)
        name = etree.QName(element).localname
        in_nl = f" (in «{context}»)" if context else ""
        in_fr = f" (dans « {context} »)" if context else ""
        self.problem(
            element,
            f"het bestand vermeldt {shown} als «{name}»{in_nl}, maar herberekend is het "
            f"{show(computed)}. Het bestand is gewijzigd of fout aangemaakt.",
            f"le fichier indique {shown} comme « {name} »{in_fr}, mais le recalcul donne "
            f"{show(computed)}. Le fichier a été modifié ou mal produit.",
        )


def _year(text: str) -> int | None:
    try:
        return int(text.strip())
    except ValueError:
        return None


def _number(text: str, amount: bool) -> int | None:
    """A schema-valid amount (in cents) or count; ``None`` when too long to be meant."""
    if len(text) > 30:
        return None
    return parse_plain(text) if amount else int(text)


def _shorten(text: str) -> str:
    return text if len(text) <= 24 else f"{text[:12]}…{text[-6:]}"


def _child(element, *path: str):
    for name in path:
        element = element.find(_q(name))
        if element is None:
            return None
    return element


def _text(element, name: str) -> str:
    child = _child(element, name)
    return "" if child is None or child.text is None else child.text
