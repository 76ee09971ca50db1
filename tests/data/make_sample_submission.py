"""Write tests/data/sample-submission.xml with the program's own exporter.

The sample is a complete, valid report of 2016 (in French, with names in other scripts so the
PDF's embedded font is exercised). The frozen program's checks validate and render it.

    PYTHONPATH=. .venv/bin/python tests/data/make_sample_submission.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop_app.domain.model import (
    TRAINING_CATEGORIES,
    CostLine,
    Organisation,
    Partnership,
    Report,
    Signatories,
)
from desktop_app.export.submission import to_xml

SAMPLE = Path(__file__).resolve().parent / "sample-submission.xml"


def sample_report() -> Report:
    report = Report(
        year=2016,
        language="fr",
        promoter=Organisation(
            "o1",
            name="CPAS d'Exemple",
            enterprise_number="0212.345.668",
            street="Rue de l'Église 1",
            postal_code="5000",
            municipality="Namur",
            contact_person="Anne Lefèvre",
            phone="+32 81 12 34 56",
            email="anne.lefevre@example.be",
        ),
        narrative=(
            "En 2016, nous avons commencé des accueils communs.\n"
            "Ce qui a bien fonctionné : les cours de langue. À améliorer : le suivi."
        ),
        partnerships=[
            Partnership(
                partner="Le Forem",
                category="regional-employment-service",
                agreement_reference="FO-2016-14",
                agreement_date=dt.date(2016, 2, 1),
                description="Séances d'accueil communes",
            ),
            Partnership(
                partner="Ressourcerie Łódź–Namur",
                category="social-economy",
                agreement_reference="ES-2016-02",
            ),
        ],
        signatories=Signatories(
            president="Jean Dupont",
            secretary="Marie Dubois",
            place="Namur",
            date=dt.date(2017, 2, 10),
        ),
    )
    report.add_member("CPAS de Deux", "0456.789.034")
    report.add_member("CPAS de Trois")
    for number, category in enumerate(TRAINING_CATEGORIES):
        for ocmw in report.ocmws:
            report.set_count(category, ocmw.id, number + 1)
    report.costs["personnel"] = CostLine(50_000_00, 0, 30_000_00, 0)
    report.costs["activated-wages"] = CostLine(8_000_00, 2_000_00, 1_000_00, 0)
    report.costs["third-party-agreements"] = CostLine(1_500_00, 0, 0, 500_00)
    report.costs["training"] = CostLine(750_50, 250_25, 0, 0)
    report.costs["operating"] = CostLine(0, 0, 0, 0)
    return report


def main() -> None:
    created = dt.datetime(2017, 2, 10, 10, 12, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    SAMPLE.write_bytes(to_xml(sample_report(), created_at=created))


if __name__ == "__main__":
    main()
