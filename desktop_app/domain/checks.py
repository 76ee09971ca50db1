"""The checks of a report: every problem, each with a severity, a stable code, the field it
concerns (a path in the submission format's terms) and a message in Dutch and French.

Errors block the final export; warnings do not. The wizard, the command line and the import
of a submission file all call :func:`check_report`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import Enum

from . import compute
from .fields import (
    MAX_YEAR,
    NOT_A_YEAR,
    FieldError,
    enterprise_number_checksum_ok,
    enterprise_number_digits,
    is_valid_email,
    is_valid_phone,
    is_valid_postal_code,
    parse_count,
    parse_date,
    parse_year,
)
from .model import (
    COST_CATEGORIES,
    ENTERED_COST_COLUMNS,
    MIN_OCMWS,
    NARRATIVE_LIMIT,
    PARTNERSHIP_CATEGORIES,
    REPORT_LANGUAGES,
    TRAINING_CATEGORIES,
    Organisation,
    Report,
    cost_path,
    member_path,
    partnership_path,
    training_path,
)
from .money import AmountError, format_amount, format_count, parse_amount
from .rules import FIRST_YEAR
from .text import Text


class Severity(str, Enum):
    """An error blocks the final export; a warning is shown but does not."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a report."""

    severity: Severity
    code: str
    path: str
    message: Text

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


# The labels of the fields that messages name.
FIELD_LABELS: dict[str, Text] = {
    "name": Text("naam", "nom"),
    "street": Text("straat en nummer", "rue et numéro"),
    "postalCode": Text("postcode", "code postal"),
    "municipality": Text("gemeente", "commune"),
    "contactPerson": Text("contactpersoon", "personne de contact"),
    "phone": Text("telefoon", "téléphone"),
    "email": Text("e-mail", "e-mail"),
    "president": Text("naam van de voorzitter", "nom du président"),
    "secretary": Text("naam van de secretaris", "nom du secrétaire"),
    "place": Text("plaats van ondertekening", "lieu de signature"),
    "date": Text("datum van ondertekening", "date de signature"),
}

COST_LABELS: dict[str, Text] = {
    "personnel": Text("Personeelskosten", "Frais de personnel"),
    "activated-wages": Text("Loonkost van de geactiveerden", "Coût salarial des personnes activées"),
    "third-party-agreements": Text("Overeenkomst met derden", "Conventions avec des tiers"),
    "training": Text("Kosten verbonden aan opleiding", "Frais liés à la formation"),
    "operating": Text("Werkingskosten", "Frais de fonctionnement"),
}

COST_COLUMN_LABELS: dict[str, Text] = {
    "totalAmount": Text("Totaal bedrag", "Montant total"),
    "ocmwShare": Text("Deel OCMW", "Part CPAS"),
    "publicShare": Text("Publiek deel", "Part publique"),
    "income": Text("Inkomsten", "Recettes"),
    "clusterShare": Text("Deel clustersubsidie", "Part subside cluster"),
}

TRAINING_LABELS: dict[str, Text] = {
    "assessment": Text(
        "Socioprofessionele balans opgemaakt of in opmaak",
        "Bilan socioprofessionnel réalisé ou en cours",
    ),
    "collective-pretraining": Text(
        "Collectieve voorafgaande opleiding",
        "Formation préparatoire collective",
    ),
    "qualifying-vocational-training": Text(
        "Kwalificerende beroepsopleiding",
        "Formation professionnelle qualifiante",
    ),
    "pre-article-60-internship": Text(
        "Stage voorafgaand aan een contract artikel 60§7",
        "Stage préalable à un contrat article 60§7",
    ),
    "work-linked-training": Text(
        "Alternerende tewerkstelling en opleiding",
        "Formation en alternance",
    ),
    "individual-vocational-training": Text(
        "Individuele beroepsopleiding (IBO)",
        "Formation professionnelle individuelle (FPI/PFI)",
    ),
    "social-activation-pathway": Text(
        "Traject sociale activering (facultatief)",
        "Trajet d'activation sociale (facultatif)",
    ),
}

PARTNERSHIP_LABELS: dict[str, Text] = {
    "regional-employment-service": Text(
        "Gewestelijke dienst voor arbeidsbemiddeling (VDAB, Le Forem, Actiris, ADG)",
        "Service régional de l'emploi (VDAB, Le Forem, Actiris, ADG)",
    ),
    "training-provider": Text("Opleidingsverstrekker", "Opérateur de formation"),
    "social-economy": Text("Sociale-economieonderneming", "Entreprise d'économie sociale"),
    "local-government": Text("Ander lokaal bestuur of OCMW", "Autre pouvoir local ou CPAS"),
    "welfare-organisation": Text("Welzijns- of vzw-organisatie", "Organisation d'aide sociale ou ASBL"),
    "private-company": Text("Privébedrijf", "Entreprise privée"),
    "other": Text("Andere", "Autre"),
}

_PROMOTER_REQUIRED = ("name", "street", "postalCode", "municipality", "contactPerson", "phone", "email")
_PROMOTER_ATTRIBUTES = {
    "name": "name",
    "street": "street",
    "postalCode": "postal_code",
    "municipality": "municipality",
    "contactPerson": "contact_person",
    "phone": "phone",
    "email": "email",
}

DEADLINE_DAY = (2, 28)  # signed before 28 February of the following year


def signature_deadline(year: int) -> dt.date | None:
    """The last day to sign the report of ``year``: 28 February of the next year; ``None``
    when that day falls outside the calendar (years 1 to 9999), as for the report of 9999."""
    if not dt.MINYEAR <= year + 1 <= dt.MAXYEAR:
        return None
    return dt.date(year + 1, *DEADLINE_DAY)


def is_signature_late(year: int, date: dt.date) -> bool:
    """True when ``date`` is after the deadline of the report of ``year``. Compared as
    numbers, so that it holds for every year the field takes, 0 and 9999 included."""
    return (date.year, date.month, date.day) > (year + 1, *DEADLINE_DAY)


def narrative_length(text: str) -> int:
    """Characters as the form counts them: Unicode characters, a line break counting as one."""
    return len(text.replace("\r\n", "\n"))


def check_report(report: Report, today: dt.date | None = None) -> list[Problem]:
    """Every problem of ``report``, errors first, each group in the order of the form."""
    today = today or dt.date.today()
    problems: list[Problem] = []
    add = problems.append

    def error(code: str, path: str, nl: str, fr: str, **values: object) -> None:
        add(Problem(Severity.ERROR, code, path, Text(nl, fr).format(**values)))

    def warning(code: str, path: str, nl: str, fr: str, **values: object) -> None:
        add(Problem(Severity.WARNING, code, path, Text(nl, fr).format(**values)))

    # Inputs that could not be read come first: they are what the user just typed.
    for path, typed in report.unreadable.items():
        reason = unreadable_reason(path, typed)
        error(
            "input-unreadable", path,
            "«{typed}» kan niet gelezen worden. {reason_nl}",
            "« {typed} » ne peut pas être lu. {reason_fr}",
            typed=typed, reason_nl=reason.nl, reason_fr=reason.fr,
        )

    if report.language not in REPORT_LANGUAGES:
        error(
            "language-unknown", "language",
            "Kies de taal van het verslag: Nederlands of Frans.",
            "Choisissez la langue du rapport : néerlandais ou français.",
        )
    for path, value in text_fields(report):
        found = _NOT_XML.search(value)
        if found:
            code = f"U+{ord(found.group()):04X}"
            add(Problem(
                Severity.ERROR, "text-unwritable-character", path,
                Text(f"Deze tekst bevat een onzichtbaar teken ({code}), vaak mee geplakt uit een "
                     "ander programma, dat niet in het indieningsbestand kan: typ de tekst rond "
                     "die plaats opnieuw.",
                     f"Ce texte contient un caractère invisible ({code}), souvent collé depuis un "
                     "autre programme, que le fichier de soumission ne peut pas contenir : "
                     "retapez le texte à cet endroit."),
            ))

    # 1. Identification
    if report.year is None and "reportingYear" not in report.unreadable:
        error("year-missing", "reportingYear", "Vul het verslagjaar in.", "Indiquez l'année du rapport.")
    elif report.year is not None and not 0 <= report.year <= MAX_YEAR:
        add(Problem(Severity.ERROR, "year-malformed", "reportingYear", NOT_A_YEAR))
    elif report.year is not None and report.year < FIRST_YEAR:
        error(
            "year-unknown", "reportingYear",
            "De clustersubsidie bestaat pas sinds {first}; controleer het verslagjaar.",
            "Le subside cluster n'existe que depuis {first} ; vérifiez l'année du rapport.",
            first=FIRST_YEAR,
        )
    elif report.year is not None and report.year >= today.year:
        warning(
            "year-not-ended", "reportingYear",
            "Het jaar {year} is nog niet voorbij; het verslag gaat over een afgelopen jaar.",
            "L'année {year} n'est pas terminée ; le rapport porte sur une année écoulée.",
            year=report.year,
        )

    promoter = report.promoter
    for key in _PROMOTER_REQUIRED:
        if not getattr(promoter, _PROMOTER_ATTRIBUTES[key]).strip():
            label = FIELD_LABELS[key]
            add(Problem(
                Severity.ERROR, "promoter-field-missing", f"promoter.{key}",
                Text(f"Vul de {label.nl} van de clusterpromotor in.",
                     f"Indiquez le champ « {label.fr} » du promoteur de cluster."),
            ))
    if promoter.postal_code.strip() and not is_valid_postal_code(promoter.postal_code):
        error(
            "postal-code-malformed", "promoter.postalCode",
            "Een postcode bestaat uit vier cijfers (bv. 9000).",
            "Un code postal compte quatre chiffres (p. ex. 9000).",
        )
    if promoter.email.strip() and not is_valid_email(promoter.email):
        error(
            "email-malformed", "promoter.email",
            "Dit e-mailadres is niet geldig (bv. naam@ocmw.be).",
            "Cette adresse e-mail n'est pas valable (p. ex. nom@cpas.be).",
        )
    if promoter.phone.strip() and not is_valid_phone(promoter.phone):
        error(
            "phone-malformed", "promoter.phone",
            "Dit telefoonnummer is niet geldig (bv. 09 123 45 67).",
            "Ce numéro de téléphone n'est pas valable (p. ex. 081 12 34 56).",
        )
    _check_enterprise_number(promoter, "promoter.enterpriseNumber", add)

    if len(report.ocmws) < MIN_OCMWS:
        error(
            "members-too-few", "members",
            "Een cluster telt minstens drie OCMW's: vul nog {missing} lid-OCMW('s) in.",
            "Un cluster compte au moins trois CPAS : ajoutez encore {missing} CPAS membre(s).",
            missing=MIN_OCMWS - len(report.ocmws),
        )
    seen_names: dict[str, int] = {promoter.name.strip().casefold(): -1} if promoter.name.strip() else {}
    for index, member in enumerate(report.members):
        name = member.name.strip()
        if not name:
            error(
                "member-name-missing", member_path(index, "name"),
                "Vul de naam van lid-OCMW {n} in.",
                "Indiquez le nom du CPAS membre {n}.",
                n=index + 1,
            )
        elif name.casefold() in seen_names:
            warning(
                "member-duplicate", member_path(index, "name"),
                "«{name}» staat twee keer in de cluster.",
                "« {name} » figure deux fois dans le cluster.",
                name=name,
            )
        else:
            seen_names[name.casefold()] = index
        _check_enterprise_number(member, member_path(index, "enterpriseNumber"), add)
    ids = [o.id for o in report.ocmws]
    if len(set(ids)) != len(ids):
        error(
            "ocmw-id-duplicate", "members",
            "Twee OCMW's van de cluster hebben dezelfde code.",
            "Deux CPAS du cluster ont le même code.",
        )

    # 2. Narrative
    length = narrative_length(report.narrative)
    if not report.narrative.strip():
        error(
            "narrative-empty", "narrative",
            "Vul de inhoudelijke rapportage in.",
            "Rédigez le rapport qualitatif.",
        )
    elif length > NARRATIVE_LIMIT:
        add(Problem(
            Severity.ERROR, "narrative-too-long", "narrative",
            Text(
                f"De inhoudelijke rapportage telt {format_count(length, 'nl')} tekens; "
                f"het maximum is {format_count(NARRATIVE_LIMIT, 'nl')}.",
                f"Le rapport qualitatif compte {format_count(length, 'fr')} caractères ; "
                f"le maximum est {format_count(NARRATIVE_LIMIT, 'fr')}.",
            ),
        ))

    # 3. Partnerships
    for index, partnership in enumerate(report.partnerships):
        n = index + 1
        if not partnership.partner.strip():
            error(
                "partnership-partner-missing", partnership_path(index, "partner"),
                "Vul de partner van samenwerkingsverband {n} in.",
                "Indiquez le partenaire du partenariat {n}.",
                n=n,
            )
        if partnership.category not in PARTNERSHIP_CATEGORIES:
            error(
                "partnership-category-missing", partnership_path(index, "category"),
                "Kies de categorie van samenwerkingsverband {n}.",
                "Choisissez la catégorie du partenariat {n}.",
                n=n,
            )
        if not partnership.agreement_reference.strip():
            error(
                "partnership-reference-missing", partnership_path(index, "agreementReference"),
                "Vul de referentie van de overeenkomst van samenwerkingsverband {n} in: "
                "enkel samenwerkingsverbanden op basis van een overeenkomst tellen mee.",
                "Indiquez la référence de la convention du partenariat {n} : seuls les "
                "partenariats fondés sur une convention sont pris en compte.",
                n=n,
            )

    # 4. Training
    known = set(ids)
    for category in TRAINING_CATEGORIES:
        for ocmw_id, value in report.training.get(category, {}).items():
            path = training_path(category, ocmw_id)
            if ocmw_id not in known:
                if value:
                    error(
                        "count-unknown-ocmw", path,
                        "Een aantal hoort bij een OCMW dat niet meer in de cluster staat.",
                        "Un nombre se rapporte à un CPAS qui ne fait plus partie du cluster.",
                    )
            elif value < 0:
                error(
                    "count-negative", path,
                    "Een aantal personen kan niet negatief zijn.",
                    "Un nombre de personnes ne peut pas être négatif.",
                )

    # 5. Costs
    for category in COST_CATEGORIES:
        line = report.costs[category]
        label = COST_LABELS[category]
        for column in ENTERED_COST_COLUMNS:
            if line.get(column) < 0:
                add(Problem(
                    Severity.ERROR, "amount-negative", cost_path(category, column),
                    Text(
                        f"{label.nl}, {COST_COLUMN_LABELS[column].nl.lower()}: een bedrag kan niet negatief zijn.",
                        f"{label.fr}, {COST_COLUMN_LABELS[column].fr.lower()} : un montant ne peut pas être négatif.",
                    ),
                ))
        shares = line.ocmw_share + line.public_share + line.income
        if shares > line.total_amount:
            add(Problem(
                Severity.ERROR, "shares-exceed-total", cost_path(category, "totalAmount"),
                Text(
                    f"{label.nl}: deel OCMW, publiek deel en inkomsten samen "
                    f"({format_amount(shares, 'nl')}) zijn groter dan het totaal bedrag "
                    f"({format_amount(line.total_amount, 'nl')}).",
                    f"{label.fr} : part CPAS, part publique et recettes ensemble "
                    f"({format_amount(shares, 'fr')}) dépassent le montant total "
                    f"({format_amount(line.total_amount, 'fr')}).",
                ),
            ))
    if report.subsidy is not None and report.subsidy < 0:
        error(
            "amount-negative", "subsidyAmount",
            "Het subsidiebedrag kan niet negatief zijn.",
            "Le montant du subside ne peut pas être négatif.",
        )

    # 6. Signatories
    signatories = report.signatories
    for key in ("president", "secretary", "place"):
        if not getattr(signatories, key).strip():
            label = FIELD_LABELS[key]
            add(Problem(
                Severity.ERROR, "signatory-missing", f"signatories.{key}",
                Text(f"Vul de {label.nl} in.", f"Indiquez le champ « {label.fr} »."),
            ))
    if signatories.date is None:
        if "signatories.date" not in report.unreadable:
            error(
                "signatory-missing", "signatories.date",
                "Vul de datum van ondertekening in.",
                "Indiquez la date de signature.",
            )
    elif report.year is not None:
        if is_signature_late(report.year, signatories.date):
            warning(
                "signature-late", "signatories.date",
                "Het verslag moet ondertekend zijn vóór 28 februari {next}; deze datum is laat.",
                "Le rapport doit être signé avant le 28 février {next} ; cette date est tardive.",
                next=report.year + 1,
            )
        elif signatories.date.year <= report.year:
            warning(
                "signature-early", "signatories.date",
                "De ondertekening valt vóór het einde van het verslagjaar {year}.",
                "La signature précède la fin de l'année du rapport {year}.",
                year=report.year,
            )

    # Warnings on the money
    summary = compute.financial_summary(report)
    if summary.differs_from_rule and summary.rule_subsidy is not None:
        add(Problem(
            Severity.WARNING, "subsidy-differs", "subsidyAmount",
            Text(
                f"Het subsidiebedrag ({format_amount(summary.subsidy, 'nl')} EUR) verschilt van het "
                f"bedrag voor {report.year} ({format_amount(summary.rule_subsidy, 'nl')} EUR); "
                "controleer het met de overeenkomst.",
                f"Le montant du subside ({format_amount(summary.subsidy, 'fr')} EUR) diffère du "
                f"montant pour {report.year} ({format_amount(summary.rule_subsidy, 'fr')} EUR) ; "
                "vérifiez-le avec la convention.",
            ),
        ))
    if summary.unjustified > 0:
        add(Problem(
            Severity.WARNING, "unjustified-amount", "costs.unjustifiedAmount",
            Text(
                f"{format_amount(summary.unjustified, 'nl')} EUR van de subsidie is niet verantwoord "
                "en wordt teruggevorderd.",
                f"{format_amount(summary.unjustified, 'fr')} EUR du subside ne sont pas justifiés "
                "et seront récupérés.",
            ),
        ))

    problems.sort(key=lambda p: p.severity is not Severity.ERROR)
    return problems


# Characters XML 1.0 cannot hold: the complement of its Char production (tab, line breaks,
# U+0020-U+D7FF, U+E000-U+FFFD, U+10000-U+10FFFF). Written as the short list of what is
# forbidden, which compiles in microseconds instead of milliseconds.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def text_fields(report: Report) -> list[tuple[str, str]]:
    """Every free-text field of a report with its path."""
    fields: list[tuple[str, str]] = []
    for prefix, organisation in [("promoter", report.promoter)] + [
        (f"members[{i}]", m) for i, m in enumerate(report.members)
    ]:
        for key, attribute in _ORGANISATION_TEXT.items():
            fields.append((f"{prefix}.{key}", getattr(organisation, attribute)))
    fields.append(("narrative", report.narrative))
    for index, partnership in enumerate(report.partnerships):
        for key, attribute in _PARTNERSHIP_TEXT.items():
            fields.append((partnership_path(index, key), getattr(partnership, attribute)))
    for key in ("president", "secretary", "place"):
        fields.append((f"signatories.{key}", getattr(report.signatories, key)))
    return fields


_ORGANISATION_TEXT = {"enterpriseNumber": "enterprise_number", **_PROMOTER_ATTRIBUTES}
_PARTNERSHIP_TEXT = {"partner": "partner", "agreementReference": "agreement_reference", "description": "description"}


def _check_enterprise_number(organisation: Organisation, path: str, add) -> None:
    typed = organisation.enterprise_number.strip()
    if not typed:
        return
    digits = enterprise_number_digits(typed)
    if digits is None:
        add(Problem(
            Severity.ERROR, "enterprise-number-malformed", path,
            Text(
                "Een ondernemingsnummer telt tien cijfers, bv. 0212.345.678.",
                "Un numéro d'entreprise compte dix chiffres, p. ex. 0212.345.678.",
            ),
        ))
    elif not enterprise_number_checksum_ok(digits):
        add(Problem(
            Severity.ERROR, "enterprise-number-invalid", path,
            Text(
                "Dit ondernemingsnummer bestaat niet: de controlecijfers kloppen niet. "
                "Controleer het op een brief of in de KBO.",
                "Ce numéro d'entreprise n'existe pas : les chiffres de contrôle ne "
                "correspondent pas. Vérifiez-le sur un courrier ou dans la BCE.",
            ),
        ))


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


def errors(problems: list[Problem]) -> list[Problem]:
    """Only the problems that block the final export."""
    return [p for p in problems if p.is_error]
