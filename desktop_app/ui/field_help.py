"""Help at the field: a one-line explanation of every field, column, category and computed
amount of the form, in the window's language and in the official terms
(``translations/TERMINOLOGY.md``).

Each explanation starts with the name of what it explains, then a colon: the same line serves
as tooltip, as What's This (Shift+F1), and as an entry of the guide in Help (F1 on a field
opens the guide at that entry: its anchor is the help key).

Keys: a field's path for the fields (``promoter.name``, ``subsidyAmount``), ``members.name``
for a column of a table of records, ``costs.publicShare`` for a column of the cost table,
``costs.category.personnel``, ``training.category.assessment`` and
``partnerships.category.other`` for categories, and a few names of their own for totals.
"""

from __future__ import annotations


from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from ..domain.model import COST_CATEGORIES, PARTNERSHIP_CATEGORIES, TRAINING_CATEGORIES
from .widgets.plain import as_plain

HELP_PROPERTY = "helpText"  # the property of a widget that holds its explanation


class FieldHelp(QObject):
    """The explanations, translated (``tr`` needs a QObject of a class of its own)."""

    def __init__(self):
        super().__init__()
        self._cache: tuple[str, dict[str, str]] | None = None

    def texts(self) -> dict[str, str]:
        """Every explanation by its key, in the window's language."""
        probe = self.tr("Reporting year: the calendar year the report is about, 1 January to 31 December.")
        if self._cache is None or self._cache[0] != probe:
            self._cache = (probe, self._texts(probe))
        return self._cache[1]

    def _texts(self, year: str) -> dict[str, str]:
        texts = {
            # Identification
            "reportingYear": year,
            "language": self.tr("Language of the report: the language of its PDF and submission file; the window "
                                "keeps its own."),
            "promoter.name": self.tr("Name: the OCMW that is the cluster promoter and fills in this report."),
            "promoter.street": self.tr("Street and number: the address of the cluster promoter."),
            "promoter.postalCode": self.tr("Postal code: the four-digit postal code of the cluster promoter."),
            "promoter.municipality": self.tr("Municipality: where the cluster promoter is."),
            "promoter.contactPerson": self.tr("Contact person: who can answer questions about this report."),
            "promoter.phone": self.tr("Phone: the phone number of the contact person."),
            "promoter.email": self.tr("E-mail: the e-mail address of the contact person."),
            "promoter.enterpriseNumber": self.tr("Enterprise number: optional, the promoter's number in the "
                                                 "Crossroads Bank for Enterprises, as 0212.345.678."),
            "members": self.tr("Member OCMWs: the OCMWs of the cluster besides the promoter, at least two."),
            "members.name": self.tr("Name of the member OCMW: an OCMW of the cluster other than the promoter."),
            "members.enterpriseNumber": self.tr("Enterprise number of the member: optional, as 0212.345.678."),
            # Narrative
            "narrative": self.tr("Narrative report: what the cluster did last year, in at most 3,000 characters, "
                                 "and whether the objectives of the agreement were reached."),
            # Partnerships
            "partnerships": self.tr("Partnerships: the official partnerships of the cluster, each based on an "
                                    "agreement."),
            "partnerships.partner": self.tr("Partner: the name of the organisation the cluster works with."),
            "partnerships.category": self.tr("Category: the kind of partner, chosen from the list."),
            "partnerships.agreementReference": self.tr("Agreement reference: the number or name of the "
                                                       "agreement the partnership is based on."),
            "partnerships.agreementDate": self.tr("Agreement date: the day the agreement was signed."),
            "partnerships.description": self.tr("Description: what the partnership does, in a few words."),
            "partnerships.category.regional-employment-service": self.tr(
                "Regional employment service: the public employment service of the region, VDAB, Le Forem, "
                "Actiris or ADG."),
            "partnerships.category.training-provider": self.tr(
                "Training provider: an organisation that gives courses or vocational training."),
            "partnerships.category.social-economy": self.tr(
                "Social economy enterprise: an enterprise that gives work to persons far from the labour market."),
            "partnerships.category.local-government": self.tr(
                "Other local government or OCMW: a municipality, another OCMW or another local authority."),
            "partnerships.category.welfare-organisation": self.tr(
                "Welfare or non-profit organisation: an association working in welfare or without profit."),
            "partnerships.category.private-company": self.tr("Private company: a company of the private sector."),
            "partnerships.category.other": self.tr("Other: a partner that fits none of the other categories."),
            # Training
            "training": self.tr("Training: the number of persons per training category and OCMW of the cluster."),
            "training.ocmw": self.tr("OCMW column: the persons of this OCMW in each category, as the OCMW "
                                     "reported them."),
            "training.total": self.tr("Total: computed, the persons of the category in the whole cluster."),
            "training.totalActivated": self.tr("Total activated persons: computed, the sum of all categories; a "
                                               "person in two categories counts twice."),
            "training.category.assessment": self.tr(
                "Socio-professional assessment: persons whose assessment was made or is being made (intake, "
                "screening, guidance plan)."),
            "training.category.collective-pretraining": self.tr(
                "Collective preparatory training: persons in a group course that prepares for what follows, e.g. "
                "Dutch lessons."),
            "training.category.qualifying-vocational-training": self.tr(
                "Qualifying vocational training: persons in a vocational training that ends with a certificate."),
            "training.category.pre-article-60-internship": self.tr(
                "Internship before an article 60§7 contract: persons who tried the job before the contract "
                "started."),
            "training.category.work-linked-training": self.tr(
                "Work-linked training: persons alternating work and training, e.g. in construction or part-time "
                "schooling."),
            "training.category.individual-vocational-training": self.tr(
                "Individual vocational training: persons with an IBO contract concluded (FPI/PFI)."),
            "training.category.social-activation-pathway": self.tr(
                "Social activation pathway: optional, persons for whom it is a step or the last stage of a "
                "tailored pathway."),
            # Costs
            "costs": self.tr("Costs: how the subsidy was spent, in five categories; investment costs are not "
                             "accepted."),
            "costs.totalAmount": self.tr("Total amount: the whole cost of the category in the reporting year."),
            "costs.ocmwShare": self.tr("OCMW share: the part the OCMWs paid from their own means."),
            "costs.publicShare": self.tr("Public share: the part paid by another government, e.g. a GESCO or "
                                         "first-job subsidy."),
            "costs.income": self.tr("Income: what the costs brought in, e.g. from a partnership with third "
                                    "parties."),
            "costs.clusterShare": self.tr("Cluster-subsidy share: computed, total amount minus OCMW share, public "
                                          "share and income."),
            "costs.totals": self.tr("Total: computed, the sum of the column over the five categories."),
            "costs.category.personnel": self.tr("Personnel costs: the wages of the staff who work for the "
                                                "cluster."),
            "costs.category.activated-wages": self.tr("Wage costs of activated persons: the wages of the persons "
                                                      "put to work through the cluster."),
            "costs.category.third-party-agreements": self.tr("Agreements with third parties: what was paid under "
                                                             "agreements with other organisations."),
            "costs.category.training": self.tr("Training costs: what the training of the persons cost."),
            "costs.category.operating": self.tr("Operating costs: running costs such as premises, travel and "
                                                "material."),
            "subsidyAmount": self.tr("Subsidy amount: the amount of the year's agreement; left empty, the amount "
                                     "of the year's rule."),
            "useRuleSubsidy": self.tr("Use the year's amount: empties the subsidy amount, so that the amount of "
                                      "the year's rule applies."),
            "demonstratedAmount": self.tr("Demonstrated amount: computed, the total of the cluster-subsidy "
                                          "share column."),
            "unjustifiedAmount": self.tr("Unjustified amount: computed, the subsidy minus the demonstrated amount, "
                                         "never below zero; it goes back to the State."),
            "advanceAmount": self.tr("Advance: computed, the 75 % of the subsidy paid beforehand."),
            "balanceAmount": self.tr("Balance: computed, the justified part of the subsidy minus the advance, "
                                     "to receive or to pay back."),
            # Check and sign
            "signatories.president": self.tr("President: the name of the president who signs the report."),
            "signatories.secretary": self.tr("Secretary: the name of the secretary (general director) who signs "
                                             "the report."),
            "signatories.place": self.tr("Place: where the report is signed."),
            "signatories.date": self.tr("Date: the day the report is signed, before 28 February of the following "
                                        "year."),
            "problems": self.tr("Problems: everything the checks found; Enter or a double-click goes to the "
                                "field."),
        }
        return texts


_HELP = FieldHelp()

# The parts of the guide: the translation context and source of each part's name (the pages'
# own), and the keys of its entries, in the order of the form.
GUIDE_PARTS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("identification", "IdentificationPage", "Identification", (
        "reportingYear", "language", "promoter.name", "promoter.street", "promoter.postalCode",
        "promoter.municipality", "promoter.contactPerson", "promoter.phone", "promoter.email",
        "promoter.enterpriseNumber", "members", "members.name", "members.enterpriseNumber")),
    ("narrative", "NarrativePage", "Narrative", ("narrative",)),
    ("partnerships", "PartnershipsPage", "Partnerships", (
        "partnerships", "partnerships.partner", "partnerships.category", "partnerships.agreementReference",
        "partnerships.agreementDate", "partnerships.description",
        *(f"partnerships.category.{code}" for code in PARTNERSHIP_CATEGORIES))),
    ("training", "TrainingPage", "Training", (
        "training", *(f"training.category.{code}" for code in TRAINING_CATEGORIES), "training.ocmw",
        "training.total", "training.totalActivated")),
    ("costs", "CostsPage", "Costs", (
        "costs", "costs.totalAmount", "costs.ocmwShare", "costs.publicShare", "costs.income",
        "costs.clusterShare", *(f"costs.category.{code}" for code in COST_CATEGORIES), "costs.totals",
        "subsidyAmount", "useRuleSubsidy", "demonstratedAmount", "unjustifiedAmount", "advanceAmount",
        "balanceAmount")),
    ("checkSign", "CheckSignPage", "Check and sign", (
        "signatories.president", "signatories.secretary", "signatories.place", "signatories.date", "problems")),
)


def help_text(key: str | None) -> str:
    """The explanation of ``key`` in the window's language; empty for an unknown key."""
    return _HELP.texts().get(key, "") if key else ""


def apply_help(widget: QWidget, key: str) -> None:
    """Give ``widget`` the explanation of ``key`` as What's This, and as tooltip while no
    problem is marked at it (a problem's reason takes the tooltip; see ``mark_widget``)."""
    text = help_text(key)
    widget.setProperty(HELP_PROPERTY, text)
    widget.setProperty("helpKey", key)
    widget.setWhatsThis(as_plain(text))
    if not widget.property("problem"):
        widget.setToolTip(as_plain(text))


def guide_html() -> str:
    """The guide's entries, part by part, each with its help key as anchor."""
    import html  # here: only the guide needs it (1.6 ms at every start otherwise)

    parts = []
    for anchor, context, heading, keys in GUIDE_PARTS:
        lines = [f'<h3><a name="{anchor}"></a>{html.escape(QCoreApplication.translate(context, heading))}</h3>']
        for key in keys:
            text = help_text(key)
            name, separator, rest = text.partition(":")
            if name.endswith("\u00a0"):  # French: a no-break space before the colon
                name, separator = name[:-1], "\u00a0:"
            body = (f"<b>{html.escape(name)}</b>{html.escape(separator)}{html.escape(rest)}"
                    if separator else html.escape(text))
            lines.append(f'<p><a name="{html.escape(key)}"></a>{body}</p>')
        parts.append("\n".join(lines))
    return "\n".join(parts)


def guide_keys() -> list[str]:
    """Every key the guide has an entry (an anchor) for."""
    return [key for *_, keys in GUIDE_PARTS for key in keys]
