"""Rules on part 1 of the form, identification: the year, the report's language, the promoter
and the member OCMWs."""

from __future__ import annotations

from collections.abc import Iterator

from ..fields import (
    MAX_YEAR,
    NOT_A_YEAR,
    enterprise_number_checksum_ok,
    enterprise_number_digits,
    is_valid_email,
    is_valid_phone,
    is_valid_postal_code,
)
from ..labels import FIELD_LABELS
from ..model import MIN_OCMWS, ORGANISATION_FIELDS, REPORT_LANGUAGES, Organisation, member_path
from ..rules import FIRST_YEAR
from ..text import Text
from .base import ERROR, WARNING, Context, Finding, rule

PART = "identification"

PROMOTER_REQUIRED = ("name", "street", "postalCode", "municipality", "contactPerson", "phone", "email")
PROMOTER_ATTRIBUTES = ORGANISATION_FIELDS


@rule(
    "language-unknown", ERROR, PART, "language",
    Text("Kies de taal van het verslag: Nederlands of Frans.",
         "Choisissez la langue du rapport : néerlandais ou français."),
)
def language_unknown(context: Context) -> Iterator[Finding]:
    """The report's language is neither Dutch nor French."""
    if context.report.language not in REPORT_LANGUAGES:
        yield Finding("language")


@rule("year-missing", ERROR, PART, "reportingYear",
      Text("Vul het verslagjaar in.", "Indiquez l'année du rapport."))
def year_missing(context: Context) -> Iterator[Finding]:
    """No reporting year (and none typed that could not be read)."""
    report = context.report
    if report.year is None and "reportingYear" not in report.unreadable:
        yield Finding("reportingYear")


@rule("year-malformed", ERROR, PART, "reportingYear", NOT_A_YEAR)
def year_malformed(context: Context) -> Iterator[Finding]:
    """A year that is not four digits (from a file or a store, the field takes no other)."""
    year = context.report.year
    if year is not None and not 0 <= year <= MAX_YEAR:
        yield Finding("reportingYear")


@rule(
    "year-unknown", ERROR, PART, "reportingYear",
    Text("De clustersubsidie bestaat pas sinds {first}; controleer het verslagjaar.",
         "Le subside cluster n'existe que depuis {first} ; vérifiez l'année du rapport."),
)
def year_unknown(context: Context) -> Iterator[Finding]:
    """A year before the first year of the cluster subsidy."""
    year = context.report.year
    if year is not None and 0 <= year < FIRST_YEAR:
        yield Finding("reportingYear", {"first": FIRST_YEAR})


@rule(
    "year-not-ended", WARNING, PART, "reportingYear",
    Text("Het jaar {year} is nog niet voorbij; het verslag gaat over een afgelopen jaar.",
         "L'année {year} n'est pas terminée ; le rapport porte sur une année écoulée."),
)
def year_not_ended(context: Context) -> Iterator[Finding]:
    """The reporting year is this year or later: the report is about a year that has ended."""
    year = context.report.year
    if year is not None and FIRST_YEAR <= year <= MAX_YEAR and year >= context.today.year:
        yield Finding("reportingYear", {"year": year})


@rule(
    "promoter-field-missing", ERROR, PART,
    "promoter.{name,street,postalCode,municipality,contactPerson,phone,email}",
    Text("Vul de {label} van de clusterpromotor in.", "Indiquez le champ « {label} » du promoteur de cluster."),
)
def promoter_field_missing(context: Context) -> Iterator[Finding]:
    """A required field of the promoter is empty (the enterprise number is optional)."""
    for key in PROMOTER_REQUIRED:
        if not getattr(context.report.promoter, PROMOTER_ATTRIBUTES[key]).strip():
            yield Finding(f"promoter.{key}", {"label": FIELD_LABELS[key]})


@rule(
    "postal-code-malformed", ERROR, PART, "promoter.postalCode",
    Text("Een postcode bestaat uit vier cijfers (bv. 9000).",
         "Un code postal compte quatre chiffres (p. ex. 9000)."),
)
def postal_code_malformed(context: Context) -> Iterator[Finding]:
    """A postal code that is not a Belgian one (four digits, 1000 to 9999)."""
    code = context.report.promoter.postal_code
    if code.strip() and not is_valid_postal_code(code):
        yield Finding("promoter.postalCode")


@rule(
    "email-malformed", ERROR, PART, "promoter.email",
    Text("Dit e-mailadres is niet geldig (bv. naam@ocmw.be).",
         "Cette adresse e-mail n'est pas valable (p. ex. nom@cpas.be)."),
)
def email_malformed(context: Context) -> Iterator[Finding]:
    """An e-mail address without one @ and a domain with a dot, or with a space."""
    email = context.report.promoter.email
    if email.strip() and not is_valid_email(email):
        yield Finding("promoter.email")


@rule(
    "phone-malformed", ERROR, PART, "promoter.phone",
    Text("Dit telefoonnummer is niet geldig (bv. 09 123 45 67).",
         "Ce numéro de téléphone n'est pas valable (p. ex. 081 12 34 56)."),
)
def phone_malformed(context: Context) -> Iterator[Finding]:
    """A phone number that is not digits with the usual separators, at least nine digits."""
    phone = context.report.promoter.phone
    if phone.strip() and not is_valid_phone(phone):
        yield Finding("promoter.phone")


def _enterprise_numbers(context: Context) -> Iterator[tuple[str, str]]:
    """Every enterprise number typed, with its path: the promoter's, then each member's."""
    report = context.report
    organisations: list[tuple[str, Organisation]] = [("promoter.enterpriseNumber", report.promoter)]
    organisations += [(member_path(i, "enterpriseNumber"), m) for i, m in enumerate(report.members)]
    for path, organisation in organisations:
        typed = organisation.enterprise_number.strip()
        if typed:
            yield path, typed


@rule(
    "enterprise-number-malformed", ERROR, PART, "{promoter,members[*]}.enterpriseNumber",
    Text("Een ondernemingsnummer telt tien cijfers, bv. 0212.345.678.",
         "Un numéro d'entreprise compte dix chiffres, p. ex. 0212.345.678."),
)
def enterprise_number_malformed(context: Context) -> Iterator[Finding]:
    """An enterprise number that is not ten digits in an accepted form."""
    for path, typed in _enterprise_numbers(context):
        if enterprise_number_digits(typed) is None:
            yield Finding(path)


@rule(
    "enterprise-number-invalid", ERROR, PART, "{promoter,members[*]}.enterpriseNumber",
    Text("Dit ondernemingsnummer bestaat niet: de controlecijfers kloppen niet. "
         "Controleer het op een brief of in de KBO.",
         "Ce numéro d'entreprise n'existe pas : les chiffres de contrôle ne correspondent pas. "
         "Vérifiez-le sur un courrier ou dans la BCE."),
)
def enterprise_number_invalid(context: Context) -> Iterator[Finding]:
    """Ten digits whose last two are not 97 - (the first eight mod 97)."""
    for path, typed in _enterprise_numbers(context):
        digits = enterprise_number_digits(typed)
        if digits is not None and not enterprise_number_checksum_ok(digits):
            yield Finding(path)


@rule(
    "members-too-few", ERROR, PART, "members",
    Text("Een cluster telt minstens drie OCMW's: vul nog {missing} lid-OCMW('s) in.",
         "Un cluster compte au moins trois CPAS : ajoutez encore {missing} CPAS membre(s)."),
)
def members_too_few(context: Context) -> Iterator[Finding]:
    """Fewer than three OCMWs in all (the promoter and at least two members)."""
    count = len(context.report.ocmws)
    if count < MIN_OCMWS:
        yield Finding("members", {"missing": MIN_OCMWS - count})


@rule(
    "member-name-missing", ERROR, PART, "members[*].name",
    Text("Vul de naam van lid-OCMW {n} in.", "Indiquez le nom du CPAS membre {n}."),
)
def member_name_missing(context: Context) -> Iterator[Finding]:
    """A member OCMW without a name."""
    for index, member in enumerate(context.report.members):
        if not member.name.strip():
            yield Finding(member_path(index, "name"), {"n": index + 1})


@rule(
    "member-duplicate", WARNING, PART, "members[*].name",
    Text("«{name}» staat twee keer in de cluster.", "« {name} » figure deux fois dans le cluster."),
)
def member_duplicate(context: Context) -> Iterator[Finding]:
    """A member named like the promoter or an earlier member (case and spaces aside)."""
    promoter = context.report.promoter.name.strip()
    seen = {promoter.casefold()} if promoter else set()
    for index, member in enumerate(context.report.members):
        name = member.name.strip()
        if not name:
            continue
        if name.casefold() in seen:
            yield Finding(member_path(index, "name"), {"name": name})
        else:
            seen.add(name.casefold())


@rule(
    "ocmw-id-duplicate", ERROR, PART, "members",
    Text("Twee OCMW's van de cluster hebben dezelfde code.", "Deux CPAS du cluster ont le même code."),
)
def ocmw_id_duplicate(context: Context) -> Iterator[Finding]:
    """Two OCMWs with the same id (only a damaged file or store can have that)."""
    ids = [o.id for o in context.report.ocmws]
    if len(set(ids)) != len(ids):
        yield Finding("members")
