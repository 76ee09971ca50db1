"""Rules on any field of the form: what could not be read, and characters a text cannot hold."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..fields import FieldError, parse_count, parse_date, parse_year
from ..labels import FIELD_LABELS
from ..model import Report, partnership_path
from ..money import AmountError, parse_amount
from ..text import Text
from .base import ERROR, WARNING, Context, Finding, rule, shortened

# The organisation fields that hold text, by path name and attribute.
ORGANISATION_TEXT = {
    "enterpriseNumber": "enterprise_number",
    "name": "name",
    "street": "street",
    "postalCode": "postal_code",
    "municipality": "municipality",
    "contactPerson": "contact_person",
    "phone": "phone",
    "email": "email",
}
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
    for path, value in text_fields(context.report):
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

