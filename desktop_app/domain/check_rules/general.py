"""Rules on any field of the form: what could not be read, and characters a text cannot hold."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator

from ..fields import FieldError, parse_count, parse_date, parse_year
from ..font_coverage import RANGES, is_printable
from ..labels import FIELD_LABELS
from ..model import ORGANISATION_FIELDS, Report, partnership_path
from ..money import AmountError, parse_amount
from ..text import Text
from .base import ERROR, WARNING, Context, Finding, count_text, rule, shortened

# The organisation fields that hold text, by path name and attribute.
ORGANISATION_TEXT = ORGANISATION_FIELDS
PARTNERSHIP_TEXT = {"partner": "partner", "agreementReference": "agreement_reference", "description": "description"}
SIGNATORY_TEXT = ("president", "secretary", "place")


def text_fields(report: Report) -> list[tuple[str, str]]:
    """Every free-text field of a report with its path."""
    fields: list[tuple[str, str]] = []
    for prefix, organisation in [("promoter", report.promoter)] + [
        (f"members[{i}]", m) for i, m in enumerate(report.members)
    ]:
        for key, attribute in ORGANISATION_TEXT.items():
            fields.append((f"{prefix}.{key}", getattr(organisation, attribute)))
    fields.append(("narrative", report.narrative))
    for index, partnership in enumerate(report.partnerships):
        for key, attribute in PARTNERSHIP_TEXT.items():
            fields.append((partnership_path(index, key), getattr(partnership, attribute)))
    for key in SIGNATORY_TEXT:
        fields.append((f"signatories.{key}", getattr(report.signatories, key)))
    return fields


TEXT_PATHS = (
    "{promoter,members[*]}.{enterpriseNumber,name,street,postalCode,municipality,contactPerson,phone,email}",
    "narrative",
    "partnerships[*].{partner,agreementReference,description}",
    "signatories.{president,secretary,place}",
)


def unreadable_reason(path: str, typed: str) -> Text:
    """Why ``typed`` could not be read in the field at ``path``, in both languages."""
    try:
        if path.startswith("costs.") or path == "subsidyAmount":
            parse_amount(typed)
        elif path.startswith("training."):
            parse_count(typed)
        elif path == "reportingYear":
            parse_year(typed)
        else:
            parse_date(typed)
    except (AmountError, FieldError) as problem:
        return problem.reason
    return Text("Typ de waarde opnieuw.", "Saisissez la valeur à nouveau.")


# Inputs that could not be read come first: they are what the user just typed.
@rule(
    "input-unreadable", ERROR, "any",
    ("reportingYear", "subsidyAmount", "costs.*.*", "training.*.*", "signatories.date",
     "partnerships[*].agreementDate"),
    Text("«{typed}» kan niet gelezen worden. {reason}", "« {typed} » ne peut pas être lu. {reason}"),
)
def input_unreadable(context: Context) -> Iterator[Finding]:
    """A number, amount, count, year or date typed so that it cannot be read; kept as typed
    in ``Report.unreadable``."""
    for path, typed in context.report.unreadable.items():
        yield Finding(path, {"typed": typed, "reason": unreadable_reason(path, typed)})


# Characters XML 1.0 cannot hold: the complement of its Char production (tab, line breaks,
# U+0020-U+D7FF, U+E000-U+FFFD, U+10000-U+10FFFF). Written as the short list of what is
# forbidden, which compiles in microseconds instead of milliseconds.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@rule(
    "text-unwritable-character", ERROR, "any", TEXT_PATHS,
    Text("Deze tekst bevat een onzichtbaar teken ({code}), vaak mee geplakt uit een ander "
         "programma, dat niet in het indieningsbestand kan: typ de tekst rond die plaats opnieuw.",
         "Ce texte contient un caractère invisible ({code}), souvent collé depuis un autre "
         "programme, que le fichier de soumission ne peut pas contenir : retapez le texte à cet "
         "endroit."),
)
def text_unwritable_character(context: Context) -> Iterator[Finding]:
    """A control character (or other character XML 1.0 cannot hold) in a text field, often
    pasted from another program: the submission file could not be written."""
    for path, value in context.text_fields:
        found = _NOT_XML.search(value)
        if found:
            yield Finding(path, {"code": f"U+{ord(found.group()):04X}"})


# Fields that hold the name of a person, and of a place, by path and attribute.
PERSON_NAMES = {
    "promoter.contactPerson": ("promoter", "contact_person"),
    "signatories.president": ("signatories", "president"),
    "signatories.secretary": ("signatories", "secretary"),
}
PLACE_NAMES = {
    "promoter.municipality": ("promoter", "municipality"),
    "signatories.place": ("signatories", "place"),
}
_DIGIT = re.compile(r"\d")  # any decimal digit, of any script


@rule(
    "name-with-digits", WARNING, "any",
    ("promoter.{contactPerson,municipality}", "signatories.{president,secretary,place}"),
    person=Text("De {label} bevat cijfers («{value}»): staat hier wel de naam van een persoon?",
                "Le champ « {label} » contient des chiffres (« {value} ») : est-ce bien le nom "
                "d'une personne ?"),
    place=Text("De {label} bevat cijfers («{value}»): staat hier wel de naam van een gemeente of "
               "plaats?",
               "Le champ « {label} » contient des chiffres (« {value} ») : est-ce bien le nom "
               "d'une commune ou d'un lieu ?"),
)
def name_with_digits(context: Context) -> Iterator[Finding]:
    """A person's name (contact person, president, secretary) or a place's name (municipality,
    place of signing) with a digit in it: an amount or a phone number typed in the wrong
    field, such as "50.000,00" as the president. Names of organisations and streets may
    hold numbers and are not checked."""
    report = context.report
    for kind, fields in (("person", PERSON_NAMES), ("place", PLACE_NAMES)):
        for path, (owner, attribute) in fields.items():
            value = getattr(getattr(report, owner), attribute)
            if _DIGIT.search(value):
                label = FIELD_LABELS[path.split(".")[1]]
                yield Finding(path, {"label": label, "value": shortened(value)}, kind)


# The longest text each short field takes, in characters (spaces around it not counted), by
# the field's name. From the real world: the longest names of Belgian OCMWs and municipalities
# are about 70 and 45 characters; a street with number and box, or a person's full name, fits
# well in 100; a phone number with its separators in 30; an e-mail address in 254 (RFC 5321);
# an agreement reference in 100. A partnership's description is a sentence or two. The
# submission format's schema sets no maximum; these limits are the checks' only.
TEXT_LIMITS = {
    "name": 200,
    "street": 100,
    "municipality": 80,
    "contactPerson": 100,
    "phone": 30,
    "email": 254,
    "partner": 200,
    "agreementReference": 100,
    "description": 1000,
    "president": 100,
    "secretary": 100,
    "place": 80,
}


@rule(
    "text-too-long", ERROR, "any",
    ("{promoter,members[*]}.{name,street,municipality,contactPerson,phone,email}",
     "partnerships[*].{partner,agreementReference,description}", "signatories.{president,secretary,place}"),
    Text("Het veld «{label}» telt {length} tekens; het maximum is {limit}.",
         "Le champ « {label} » compte {length} caractères ; le maximum est {limit}."),
)
def text_too_long(context: Context) -> Iterator[Finding]:
    """A short text longer than its field's limit (``TEXT_LIMITS``): a name of thousands of
    characters is not a name. The narrative has its own limit of 3,000 characters."""
    for path, value in context.text_fields:
        key = path.rsplit(".", 1)[-1]
        limit = TEXT_LIMITS.get(key)
        if limit is not None and len(value.strip()) > limit:
            yield Finding(path, {"label": FIELD_LABELS[key], "length": count_text(len(value.strip())),
                                 "limit": count_text(limit)})


def _listed(characters: list[str]) -> Text:
    """Characters as a message quotes them: «🦄» (U+1F984), at most five, then how many more."""
    shown = ", ".join(f"«{c}» (U+{ord(c):04X})" for c in characters[:5])
    more = len(characters) - 5
    if more <= 0:
        return Text(shown, shown)
    return Text(f"{shown} en nog {more} andere", f"{shown} et {more} autres")


@functools.cache
def _unprintable() -> re.Pattern[str]:
    """A character the PDF's fonts have no glyph for, other than line breaks and tabs (laid
    out, not drawn) and characters a submission file cannot hold (an error of their own).
    Built at first use from the fonts' table: one pass of the regular-expression engine over a
    text instead of a look-up per character in Python."""
    printable = "".join(f"\\U{first:08x}-\\U{last:08x}" for first, last in RANGES)
    return re.compile(f"[^{printable}\t\n\r\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


# Below U+0250 (Latin, with its accents): the characters the pattern above lets through, so
# that a text of them alone is passed without the pattern (compiling it costs about 2 ms, at
# every start with a report open; a real report seldom holds anything else).
_COMMON_LIMIT = 0x250


@functools.cache
def _common_printed() -> frozenset[str]:
    allowed = {chr(code) for first, last in RANGES if first < _COMMON_LIMIT
               for code in range(first, min(last, _COMMON_LIMIT - 1) + 1)}
    allowed.update("\t\n\r\x0b\x0c", map(chr, range(0x00, 0x09)), map(chr, range(0x0E, 0x20)))
    return frozenset(allowed)


def _not_printed(value: str) -> list[str]:
    """The distinct characters of ``value`` the PDF would print as boxes, in order."""
    if _common_printed().issuperset(value):
        return []
    return list(dict.fromkeys(_unprintable().findall(value)))


@rule(
    "text-unprintable-character", WARNING, "any", TEXT_PATHS,
    one=Text("Dit teken wordt niet afgedrukt: {characters}; de PDF toont er een leeg vakje.",
             "Ce caractère ne sera pas imprimé : {characters} ; le PDF affiche une case vide à sa place."),
    many=Text("Deze tekens worden niet afgedrukt: {characters}; de PDF toont er lege vakjes.",
              "Ces caractères ne seront pas imprimés : {characters} ; le PDF affiche des cases vides à leur place."),
)
def text_unprintable_character(context: Context) -> Iterator[Finding]:
    """A character the fonts embedded in the PDF cannot draw (an emoji such as 🦄, Chinese,
    Thai, …): it would print as an empty box. The table of what the fonts draw is generated
    from them (``font_coverage.py``)."""
    for path, value in context.text_fields:
        missing = _not_printed(value)
        if missing:
            yield Finding(path, {"characters": _listed(missing)}, "one" if len(missing) == 1 else "many")


_RIGHT_TO_LEFT = ("R", "AL")  # Unicode bidirectional classes of right-to-left letters
# The blocks that hold every right-to-left letter (Hebrew to NKo and beyond, the presentation
# forms, the right-to-left scripts of the supplementary planes): a quick first look.
_RIGHT_TO_LEFT_BLOCKS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\U00010800-\U00010fff"
                                   "\U0001e800-\U0001efff]")


@rule(
    "text-right-to-left", WARNING, "any", TEXT_PATHS,
    Text("Tekst van rechts naar links («{text}») wordt verkeerd afgedrukt: van links naar rechts, "
         "en Arabische letters los van elkaar.",
         "Le texte de droite à gauche (« {text} ») sera mal imprimé : de gauche à droite, et les "
         "lettres arabes séparées."),
)
def text_right_to_left(context: Context) -> Iterator[Finding]:
    """Hebrew, Arabic or other right-to-left letters: the PDF draws them, but one after the
    other from left to right and without joining Arabic letters, so the printed word is not
    the word typed."""
    for path, value in context.text_fields:
        first = next((m.start() for m in _RIGHT_TO_LEFT_BLOCKS.finditer(value)
                      if unicodedata.bidirectional(m.group()) in _RIGHT_TO_LEFT and is_printable(m.group())), None)
        if first is not None:
            run = value[first:]
            end = next((i for i, c in enumerate(run) if unicodedata.bidirectional(c) in ("L", "B", "S")), len(run))
            yield Finding(path, {"text": shortened(run[:end], 30)})
