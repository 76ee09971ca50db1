"""The report: what the secretary fills in for one reporting year of one cluster.

Plain data, no Qt. Codes and field paths are those of the submission format
(``../shared/SUBMISSION-FORMAT.md``): the model, the checks, the wizard and the exports name
every field the same way, e.g. ``costs.personnel.publicShare`` or ``members[1].name``
(list indexes count from 0).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field

from .fields import MAX_YEAR
from .money import Cents

REPORT_LANGUAGES = ("nl", "fr")

PARTNERSHIP_CATEGORIES = (
    "regional-employment-service",
    "training-provider",
    "social-economy",
    "local-government",
    "welfare-organisation",
    "private-company",
    "other",
)

TRAINING_CATEGORIES = (
    "assessment",
    "collective-pretraining",
    "qualifying-vocational-training",
    "pre-article-60-internship",
    "work-linked-training",
    "individual-vocational-training",
    "social-activation-pathway",
)
OPTIONAL_TRAINING_CATEGORIES = ("social-activation-pathway",)

COST_CATEGORIES = (
    "personnel",
    "activated-wages",
    "third-party-agreements",
    "training",
    "operating",
)
# The five columns of the cost table, in the format's order; the last one is computed.
COST_COLUMNS = ("totalAmount", "ocmwShare", "publicShare", "income", "clusterShare")
ENTERED_COST_COLUMNS = COST_COLUMNS[:4]

NARRATIVE_LIMIT = 3000
MIN_OCMWS = 3
PROMOTER_ID = "o1"


@dataclass
class Organisation:
    """An OCMW of the cluster. Only the promoter fills in the contact fields."""

    id: str
    name: str = ""
    enterprise_number: str = ""
    street: str = ""
    postal_code: str = ""
    municipality: str = ""
    contact_person: str = ""
    phone: str = ""
    email: str = ""


@dataclass
class Partnership:
    """An official partnership of the cluster, based on an agreement."""

    partner: str = ""
    category: str = ""
    agreement_reference: str = ""
    agreement_date: dt.date | None = None
    description: str = ""


@dataclass
class CostLine:
    """One cost category: the four entered columns, in cents."""

    total_amount: Cents = 0
    ocmw_share: Cents = 0
    public_share: Cents = 0
    income: Cents = 0

    def get(self, column: str) -> Cents:
        """The value of an entered column, by its format name (``publicShare``)."""
        return getattr(self, COST_ATTRIBUTES[column])

    def set(self, column: str, value: Cents) -> None:
        """Set an entered column by its format name."""
        setattr(self, COST_ATTRIBUTES[column], value)


COST_ATTRIBUTES = {
    "totalAmount": "total_amount",
    "ocmwShare": "ocmw_share",
    "publicShare": "public_share",
    "income": "income",
}


@dataclass
class Signatories:
    """Who signs the printed form, where and when."""

    president: str = ""
    secretary: str = ""
    place: str = ""
    date: dt.date | None = None


def _empty_costs() -> dict[str, CostLine]:
    return {category: CostLine() for category in COST_CATEGORIES}


@dataclass
class Report:
    """One year's cluster report.

    ``subsidy`` is ``None`` while the amount follows the year's rule; a number is what the
    signed agreement says. ``training`` maps a category code to counts per OCMW id (a missing
    count is 0). ``unreadable`` keeps, by field path, what the user typed in a number, amount
    or date field that could not be read: it is shown and saved as typed, and the checks
    report it, so nothing typed is thrown away.
    """

    year: int | None = None
    language: str = "nl"
    subsidy: Cents | None = None
    promoter: Organisation = field(default_factory=lambda: Organisation(PROMOTER_ID))
    members: list[Organisation] = field(default_factory=list)
    narrative: str = ""
    partnerships: list[Partnership] = field(default_factory=list)
    training: dict[str, dict[str, int]] = field(default_factory=dict)
    costs: dict[str, CostLine] = field(default_factory=_empty_costs)
    signatories: Signatories = field(default_factory=Signatories)
    unreadable: dict[str, str] = field(default_factory=dict)

    @property
    def ocmws(self) -> list[Organisation]:
        """The promoter first, then the members: the columns of the training grid."""
        return [self.promoter, *self.members]

    def count(self, category: str, ocmw_id: str) -> int:
        """Persons counted in a training category for one OCMW."""
        return self.training.get(category, {}).get(ocmw_id, 0)

    def set_count(self, category: str, ocmw_id: str, value: int) -> None:
        """Record the persons counted in a training category for one OCMW."""
        self.training.setdefault(category, {})[ocmw_id] = value

    def add_member(self, name: str = "", enterprise_number: str = "") -> Organisation:
        """Append a member OCMW with a fresh id that no count refers to yet."""
        used = {o.id for o in self.ocmws} | {i for counts in self.training.values() for i in counts}
        number = 2
        while f"o{number}" in used:
            number += 1
        member = Organisation(f"o{number}", name=name, enterprise_number=enterprise_number)
        self.members.append(member)
        return member

    def remove_member(self, index: int) -> Organisation:
        """Remove a member with its training counts, also those typed but unreadable."""
        member = self.members.pop(index)
        for counts in self.training.values():
            counts.pop(member.id, None)
        for path in [p for p in self.unreadable if p.startswith("training.") and p.endswith(f".{member.id}")]:
            del self.unreadable[path]
        return member

    def copy(self) -> "Report":
        """A deep copy."""
        return dataclasses.replace(
            self,
            promoter=dataclasses.replace(self.promoter),
            members=[dataclasses.replace(m) for m in self.members],
            partnerships=[dataclasses.replace(p) for p in self.partnerships],
            training={c: dict(v) for c, v in self.training.items()},
            costs={c: dataclasses.replace(line) for c, line in self.costs.items()},
            signatories=dataclasses.replace(self.signatories),
            unreadable=dict(self.unreadable),
        )

    def next_year(self) -> "Report":
        """A new report for the following year that keeps identification, members and
        partnerships, and starts the narrative, counts, costs and signatures empty. After
        the year 9999, which the four-digit year field cannot follow, the year is left empty."""
        source = self.copy()
        return Report(
            year=None if self.year is None or self.year >= MAX_YEAR else self.year + 1,
            language=self.language,
            promoter=source.promoter,
            members=source.members,
            partnerships=source.partnerships,
        )


# The fields of an organisation and of a partnership as the submission format names them
# (the name in a field path), with the attribute that holds each, in the form's reading order.
ORGANISATION_FIELDS = {
    "name": "name",
    "street": "street",
    "postalCode": "postal_code",
    "municipality": "municipality",
    "contactPerson": "contact_person",
    "phone": "phone",
    "email": "email",
    "enterpriseNumber": "enterprise_number",
}
MEMBER_FIELDS = {"name": "name", "enterpriseNumber": "enterprise_number"}
PARTNERSHIP_FIELDS = {
    "partner": "partner",
    "category": "category",
    "agreementReference": "agreement_reference",
    "agreementDate": "agreement_date",
    "description": "description",
}


def member_path(index: int, attribute: str) -> str:
    """``members[2].name``."""
    return f"members[{index}].{attribute}"


def partnership_path(index: int, attribute: str) -> str:
    """``partnerships[0].agreementReference``."""
    return f"partnerships[{index}].{attribute}"


def training_path(category: str, ocmw_id: str) -> str:
    """``training.assessment.o2``: one count of the grid."""
    return f"training.{category}.{ocmw_id}"


def cost_path(category: str, column: str) -> str:
    """``costs.personnel.publicShare``."""
    return f"costs.{category}.{column}"
