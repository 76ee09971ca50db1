"""Reports for tests of every layer: a complete, valid report to break one field at a time."""

from __future__ import annotations

import datetime as dt

from desktop_app.domain.model import (
    COST_CATEGORIES,
    TRAINING_CATEGORIES,
    CostLine,
    Organisation,
    Partnership,
    Report,
    Signatories,
)

# The day the valid report is checked: the report of 2016 is due by 28 February 2017.
TODAY = dt.date(2017, 2, 10)


def enterprise_number(first_eight: str) -> str:
    """A valid enterprise number (dotted form) whose first eight digits are ``first_eight``:
    the last two digits are 97 - (first eight digits mod 97)."""
    assert len(first_eight) == 8 and first_eight.isdigit()
    digits = f"{first_eight}{97 - int(first_eight) % 97:02d}"
    return f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"


def make_valid_report() -> Report:
    """A report of 2016 that is complete and correct: check_report finds nothing."""
    report = Report(
        year=2016,
        language="nl",
        promoter=Organisation(
            "o1",
            name="OCMW Voorbeeld",
            enterprise_number=enterprise_number("02123456"),
            street="Kerkstraat 1",
            postal_code="9999",
            municipality="Voorbeeld",
            contact_person="An Peeters",
            phone="+32 9 123 45 67",
            email="an.peeters@example.be",
        ),
        narrative=(
            "In 2016 startten we met gezamenlijke intakes.\r\n"
            "Wat goed werkte: de taallessen. Wat beter kan: de opvolging."
        ),
        partnerships=[
            Partnership(
                partner="VDAB",
                category="regional-employment-service",
                agreement_reference="SO-2016-14",
                agreement_date=dt.date(2016, 2, 1),
                description="Gezamenlijke intakes",
            ),
            Partnership(
                partner="Kringloopwinkel De Cirkel",
                category="social-economy",
                agreement_reference="SE-2016-02",
            ),
        ],
        signatories=Signatories(
            president="Jan Janssens",
            secretary="Marie Dubois",
            place="Voorbeeld",
            date=dt.date(2017, 2, 10),
        ),
    )
    report.add_member("OCMW Twee", enterprise_number("04567890"))
    report.add_member("OCMW Drie")
    for number, category in enumerate(TRAINING_CATEGORIES):
        for ocmw in report.ocmws:
            report.set_count(category, ocmw.id, number + 1)
    # The seed's worked example, plus a few smaller lines.
    report.costs["personnel"] = CostLine(50_000_00, 0, 30_000_00, 0)
    report.costs["activated-wages"] = CostLine(8_000_00, 2_000_00, 1_000_00, 0)
    report.costs["third-party-agreements"] = CostLine(1_500_00, 0, 0, 500_00)
    report.costs["training"] = CostLine(750_50, 250_25, 0, 0)
    report.costs["operating"] = CostLine(0, 0, 0, 0)
    assert set(report.costs) == set(COST_CATEGORIES)
    return report


def make_large_report(partnerships: int = 200, members: int = 20) -> Report:
    """The valid report with ``members`` member OCMWs besides the promoter and ``partnerships``
    partnerships, each with a name of its own (``Partner 001 …``, ``OCMW Lid 01``) so that a
    test can find every one on paper."""
    from desktop_app.domain.model import PARTNERSHIP_CATEGORIES

    report = make_valid_report()
    while report.members:
        report.remove_member(0)
    for number in range(1, members + 1):
        report.add_member(f"OCMW Lid {number:02d}", enterprise_number(f"0{number + 3000000:07d}"))
    report.partnerships = [
        Partnership(
            partner=f"Partner {number:03d} vzw Samen Sterk",
            category=PARTNERSHIP_CATEGORIES[number % len(PARTNERSHIP_CATEGORIES)],
            agreement_reference=f"SO-2016-{number:03d}",
            agreement_date=dt.date(2016, 1 + number % 12, 1 + number % 28),
            description=f"Samenwerking {number:03d}: gezamenlijke intakes en opvolging van de deelnemers",
        )
        for number in range(1, partnerships + 1)
    ]
    for number, category in enumerate(TRAINING_CATEGORIES):
        for ocmw in report.ocmws:
            report.set_count(category, ocmw.id, number + 1)
    return report


def make_long_report() -> Report:
    """A valid report of a large cluster: 8 OCMWs, 40 partnerships with descriptions, a
    narrative of 3,000 characters, every count and cost (six pages when printed, its data
    codes on the first three)."""
    from desktop_app.domain.model import NARRATIVE_LIMIT, PARTNERSHIP_CATEGORIES

    report = make_valid_report()
    for number in range(4, 9):
        report.add_member(f"OCMW Gemeente {number}")
    report.partnerships = [
        Partnership(f"Partner {n}", PARTNERSHIP_CATEGORIES[n % 7], f"SO-2016-{n:02d}", dt.date(2016, 2, 1),
                    "Gezamenlijke intakes en opvolging van de deelnemers")
        for n in range(1, 41)
    ]
    report.narrative = ("Het project liep goed; de taallessen werkten.\n" * 100)[:NARRATIVE_LIMIT]
    for number, category in enumerate(TRAINING_CATEGORIES):
        for ocmw in report.ocmws:
            report.set_count(category, ocmw.id, number + 3)
    for category in COST_CATEGORIES:
        report.costs[category] = CostLine(10_000_00, 1_000_00, 2_000_00, 500_00)
    return report
