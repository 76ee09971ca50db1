"""The names of fields, cost lines and columns, training and partnership categories, in Dutch
and French: the words the checks' messages, the PDF and the submission file's comments use."""

from __future__ import annotations

from .text import Text

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
    "partner": Text("partner", "partenaire"),
    "agreementReference": Text("referentie van de overeenkomst", "référence de la convention"),
    "description": Text("beschrijving", "description"),
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
