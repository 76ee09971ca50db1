"""The command line: a thin layer over the same functions as the window.

    clusterverslag [--db PATH]                                   the program's window
    clusterverslag validate FILE.xml [--lang nl|fr]              errors and warnings
    clusterverslag render FILE.xml --pdf OUT.pdf [--draft] [--lang nl|fr]  the PDF of a submission file
    clusterverslag import FILE.xml [--db PATH] [--again]         prints the new report's id
    clusterverslag import-scan FILE... [--db PATH] [--again] [--view]  the same from a scanned print
    clusterverslag export REPORT_ID --out DIR [--db PATH]        the PDF and the XML
    clusterverslag list [--db PATH]                              the reports, times local

``--db`` names a database that must exist: only ``import`` creates one (and the window, after
asking). ``export --out`` and ``render --pdf`` write into a folder that must exist. ``import``
refuses a file whose content is already a report (same content fingerprint), naming it,
unless ``--again`` is given. ``import-scan`` reads the data codes of a scanned or photographed
print (PDF pages or PNG/JPEG/TIFF pictures, any order) back into the submission file, checks it
against the fingerprint the codes carry, then does what ``import`` does; ``--view`` prints
what it holds without importing.
    clusterverslag sign PDF --role president|secretary (--p12 FILE [--password-file FILE] | --eid)
                        [--out OUT.pdf]                          a digital signature in the PDF
    clusterverslag verify PDF [--trust FILE.pem]                 its signatures and embedded file

``sign`` replaces the PDF (atomically: the old file or the new one, never half) unless ``--out``
names another file; a refused signature leaves it untouched. Without ``--password-file`` the
password of the certificate file is asked without echo (read from standard input when that is
not a terminal); it is never stored or logged. ``--eid`` signs with the Belgian eID card through
the card middleware, which asks for the PIN itself. ``verify`` exits 0 only when the president
and the secretary both signed with certificates that chain to a trusted root, nothing was
changed after signing but what the strict policy allows (:mod:`.export.modification_policy`),
and the embedded submission file matches the printed fingerprint; 1 when anything is broken or
changed; 3 when all is intact so far but a role has not signed; 4 when both signed and all is
intact but a signer's certificate is not from a trusted authority.

Exit status: 0 on success (warnings allowed), 1 on a problem in the input, 2 on a usage error,
3 for ``verify``: intact so far, not signed by every role; 4 for ``verify``: signed by both,
but who signed is not confirmed by a trusted authority.
Messages go to stderr in the chosen language (``--lang``; default the system's, else Dutch),
never as a traceback. Text from outside (file and certificate names, report text) is printed
through :func:`visible`, so that it cannot drive the terminal. Heavy modules (Qt, reportlab, lxml) are imported only by the command
that needs them, so the short commands start fast.
"""

from __future__ import annotations

import argparse
import locale
import os
import re
import sys
from pathlib import Path
from typing import NoReturn

from . import __version__
from .domain.text import Text

OK, INPUT_PROBLEM, USAGE, INCOMPLETE, UNTRUSTED = 0, 1, 2, 3, 4

T = Text  # short alias for the message table below

MESSAGES: dict[str, Text] = {
    "description": T(
        "Clusterverslag: het luik cluster van het uniek jaarverslag van het OCMW invullen, "
        "controleren en exporteren.",
        "Clusterverslag : remplir, vérifier et exporter le volet cluster du rapport unique du CPAS.",
    ),
    "help-db": T("het gegevensbestand (standaard: $CLUSTERVERSLAG_DB of de gebruikersmap); het moet "
                 "bestaan, behalve voor 'import' en 'import-scan', die het aanmaken",
                 "le fichier de données (par défaut : $CLUSTERVERSLAG_DB ou le dossier de l'utilisateur) ; "
                 "il doit exister, sauf pour «\u00a0import\u00a0» et «\u00a0import-scan\u00a0», qui le créent"),
    "help-lang": T("taal van de berichten: nl of fr", "langue des messages : nl ou fr"),
    "help-lang-window": T("taal van de berichten en, deze keer, van het venster: nl of fr",
                          "langue des messages et, cette fois, de la fenêtre : nl ou fr"),
    "help-validate": T("een indieningsbestand controleren", "vérifier un fichier de soumission"),
    "help-render": T("de PDF van een indieningsbestand maken", "créer le PDF d'un fichier de soumission"),
    "help-import": T("een indieningsbestand als nieuw verslag opnemen", "importer un fichier de soumission comme nouveau rapport"),
    "help-export": T("de PDF en het indieningsbestand van een verslag schrijven", "écrire le PDF et le fichier de soumission d'un rapport"),
    "help-list": T("de verslagen tonen", "afficher les rapports"),
    "help-file": T("het indieningsbestand (XML)", "le fichier de soumission (XML)"),
    "help-pdf": T("de PDF die gemaakt wordt", "le PDF à créer"),
    "help-draft": T("een ontwerp om na te lezen, ook met fouten: 'ONTWERP – NIET ONDERTEKENEN' op elke pagina, "
                    "zonder handtekeningvelden en zonder vingerafdruk, met de open problemen op de laatste pagina",
                    "un projet à relire, même avec des erreurs : « PROJET – NE PAS SIGNER » sur chaque page, sans "
                    "champs de signature ni empreinte, avec les problèmes ouverts en dernière page"),
    "draft-written": T("Ontwerp geschreven (niet om te ondertekenen): {path} ({count} open probleem/problemen)",
                       "Projet écrit (pas à signer) : {path} ({count} problème(s) ouvert(s))"),
    "help-report-id": T("het nummer van het verslag (zie 'list')", "le numéro du rapport (voir « list »)"),
    "help-out": T("de map voor de twee bestanden", "le dossier des deux fichiers"),
    "help-smoke": T("het venster openen en meteen sluiten (test van de installatie)",
                    "ouvrir la fenêtre et la fermer aussitôt (test de l'installation)"),
    "help-startup": T("starten zoals gewoonlijk, op de lijst van verslagen, en stoppen zodra die getoond is "
                      "(meet de start van de installatie)",
                      "démarrer comme d'habitude, sur la liste des rapports, et quitter dès qu'elle est affichée "
                      "(mesure le démarrage de l'installation)"),
    "usage-prefix": T("gebruik: ", "utilisation : "),
    # argparse writes a colon after a heading; French puts a no-break space before it.
    "heading-arguments": T("argumenten", "arguments\u00a0"),
    "heading-options": T("opties", "options\u00a0"),
    "help-help": T("deze hulp tonen en stoppen", "afficher cette aide et quitter"),
    "help-version": T("het versienummer tonen en stoppen", "afficher le numéro de version et quitter"),
    "usage-error": T("Fout in de opdracht: {detail}", "Erreur dans la commande : {detail}"),
    "valid": T("{path}: geldig indieningsbestand ({warnings} waarschuwing(en)).",
               "{path} : fichier de soumission valable ({warnings} avertissement(s))."),
    "invalid": T("{path}: ongeldig indieningsbestand ({count} fout(en)).",
                 "{path} : fichier de soumission non valable ({count} erreur(s))."),
    "error": T("fout", "erreur"),
    "warning": T("waarschuwing", "avertissement"),
    "line": T("regel", "ligne"),
    "written": T("Geschreven: {path}", "Écrit : {path}"),
    "fingerprint": T("Vingerafdruk (SHA-256) van het indieningsbestand: {sha}",
                     "Empreinte (SHA-256) du fichier de soumission : {sha}"),
    "export-refused": T("Het verslag {id} heeft nog {count} fout(en); er werd niets geschreven:",
                        "Le rapport {id} contient encore {count} erreur(s) ; rien n'a été écrit :"),
    "cannot-write": T("Kan niet schrijven naar {path}: {detail}. Er werd niets overschreven.",
                      "Impossible d'écrire dans {path} : {detail}. Rien n'a été écrasé."),
    "no-database": T("Er is geen gegevensbestand {path}. Controleer de naam (--db); er werd niets aangemaakt.",
                     "Il n'y a pas de fichier de données {path}. Vérifiez le nom (--db) ; rien n'a été créé."),
    "no-folder": T("De map {path} bestaat niet. Maak ze eerst aan of kies een andere map; er werd niets geschreven.",
                   "Le dossier {path} n'existe pas. Créez-le d'abord ou choisissez un autre dossier ; rien n'a été écrit."),
    "already-imported": T("{path} werd al opgenomen: verslag {id} heeft dezelfde inhoud{bin}. Er werd niets "
                          "opgenomen; met --again wordt het toch een nieuw verslag.",
                          "{path} a déjà été importé : le rapport {id} a le même contenu{bin}. Rien n'a été "
                          "importé ; avec --again, il devient quand même un nouveau rapport."),
    "already-imported-scan": T("De gescande afdruk werd al opgenomen: verslag {id} heeft dezelfde inhoud{bin}. "
                               "Er werd niets opgenomen; met --again wordt het toch een nieuw verslag.",
                               "L'impression scannée a déjà été importée : le rapport {id} a le même contenu{bin}. "
                               "Rien n'a été importé ; avec --again, elle devient quand même un nouveau rapport."),
    "in-bin": T(" (in de prullenbak)", " (dans la corbeille)"),
    "help-import-scan": T("een gescande of gefotografeerde afdruk inlezen (de gegevenscodes op de pagina's) "
                          "als nieuw verslag",
                          "lire une impression scannée ou photographiée (les codes de données des pages) "
                          "comme nouveau rapport"),
    "help-scan-files": T("de pagina's: PDF's van een scanner of afbeeldingen (PNG, JPEG, TIFF), in eender "
                         "welke volgorde",
                         "les pages : PDF d'un scanner ou images (PNG, JPEG, TIFF), dans n'importe quel ordre"),
    "help-view": T("enkel tonen wat de afdruk bevat, zonder op te nemen",
                   "seulement afficher ce que contient l'impression, sans importer"),
    "scan-read": T("{count} gegevenscode(s) gelezen op {pages} pagina('s); het indieningsbestand klopt met de "
                   "vingerafdruk {sha}.",
                   "{count} code(s) de données lu(s) sur {pages} page(s) ; le fichier de soumission correspond à "
                   "l'empreinte {sha}."),
    "scan-source": T("De gescande afdruk", "L'impression scannée"),
    "view-promoter": T("Promotor: {value}", "Promoteur : {value}"),
    "view-year": T("Verslagjaar: {value}", "Année du rapport : {value}"),
    "view-members": T("Leden: {value}", "Membres : {value}"),
    "view-language": T("Taal van het verslag: {value}", "Langue du rapport : {value}"),
    "view-fingerprint": T("Vingerafdruk (SHA-256): {value}", "Empreinte (SHA-256) : {value}"),
    "view-checks-none": T("De controles vinden geen problemen. Er werd niets opgenomen.",
                          "Les vérifications ne trouvent aucun problème. Rien n'a été importé."),
    "view-checks-warnings": T("De controles vinden {count} waarschuwing(en). Er werd niets opgenomen.",
                              "Les vérifications trouvent {count} avertissement(s). Rien n'a été importé."),
    "help-again": T("ook opnemen als er al een verslag met dezelfde inhoud is",
                    "importer même si un rapport au même contenu existe déjà"),
    "no-reports": T("Er zijn nog geen verslagen.", "Il n'y a pas encore de rapports."),
    "list-header": T("nr   jaar  toestand             gewijzigd op      promotor",
                     "n°   année état                 modifié le        promoteur"),
    "state-draft": T("ontwerp", "brouillon"),
    "state-exported": T("geëxporteerd", "exporté"),
    "state-changed": T("gewijzigd na export", "modifié après export"),
    "unexpected": T("Onverwachte fout ({detail}). Er werd niets overschreven.",
                    "Erreur inattendue ({detail}). Rien n'a été écrasé."),
    "help-sign": T("een geëxporteerde PDF digitaal ondertekenen (eerst de voorzitter, dan de secretaris)",
                   "signer numériquement un PDF exporté (d'abord le président, puis le secrétaire)"),
    "help-verify": T("de handtekeningen en het ingesloten indieningsbestand van een PDF controleren",
                     "vérifier les signatures et le fichier de soumission joint d'un PDF"),
    "help-sign-pdf": T("de geëxporteerde PDF", "le PDF exporté"),
    "help-verify-pdf": T("de PDF die gecontroleerd wordt", "le PDF à vérifier"),
    "help-role": T("wie ondertekent: president (voorzitter) of secretary (secretaris)",
                   "qui signe : president (président) ou secretary (secrétaire)"),
    "help-p12": T("het certificaatbestand (.p12 of .pfx)", "le fichier de certificat (.p12 ou .pfx)"),
    "help-password-file": T("bestand met het wachtwoord van het certificaatbestand (anders wordt het gevraagd)",
                            "fichier contenant le mot de passe du certificat (sinon il est demandé)"),
    "help-eid": T("ondertekenen met de Belgische eID-kaart (de middleware vraagt de pincode)",
                  "signer avec la carte eID belge (le middleware demande le code PIN)"),
    "help-sign-out": T("de ondertekende PDF hierheen schrijven in plaats van de PDF te vervangen",
                       "écrire le PDF signé ici au lieu de remplacer le PDF"),
    "password-file-without-p12": T("--password-file hoort bij --p12; met --eid vraagt de kaart zelf de pincode.",
                                   "--password-file va avec --p12 ; avec --eid, la carte demande elle-même le code PIN."),
    "password-prompt": T("Wachtwoord van {path}: ", "Mot de passe de {path} : "),
    "signed": T("Ondertekend door {name} als {role}: {path}", "Signé par {name} en tant que {role} : {path}"),
    "role-president": T("voorzitter", "président"),
    "role-secretary": T("secretaris", "secrétaire"),
    "verify-count": T("{path}: {count} digitale handtekening(en)", "{path} : {count} signature(s) numérique(s)"),
    "verify-signature": T("  {role} (veld {field}): {name}, ondertekend op {time}",
                          "  {role} (champ {field}) : {name}, signé le {time}"),
    "verify-flags": T("    intact: {intact} · dekt het hele document: {whole} · vertrouwd certificaat: {trusted}",
                      "    intacte : {intact} · couvre tout le document : {whole} · certificat de confiance : {trusted}"),
    "verify-later-signatures": T("nee, daarna werden enkel verdere handtekeningen of validatiegegevens toegevoegd",
                                 "non, seules d'autres signatures ou des données de validation ont été ajoutées ensuite"),
    "verify-timestamp": T("  documenttijdstempel (veld {field}): {name}, tijdstip {time}",
                          "  horodatage du document (champ {field}) : {name}, heure {time}"),
    "verify-later-changes": T("NEE, de PDF werd daarna gewijzigd", "NON, le PDF a été modifié ensuite"),
    "verify-unsigned": T("  {role} (veld {field}): niet digitaal ondertekend",
                         "  {role} (champ {field}) : pas signé numériquement"),
    "verify-file-ok": T("Ingesloten indieningsbestand {file} (SHA-256 {sha}): komt overeen met de "
                        "vingerafdruk in de metadata en op pagina 1.",
                        "Fichier de soumission joint {file} (SHA-256 {sha}) : correspond à l'empreinte "
                        "des métadonnées et de la page 1."),
    "verify-file-missing": T("Het indieningsbestand {file} zit niet in de PDF.",
                             "Le fichier de soumission {file} n'est pas joint au PDF."),
    "verify-file-metadata": T("Het ingesloten indieningsbestand {file} (SHA-256 {sha}) komt NIET overeen met "
                              "de vingerafdruk in de metadata van de PDF ({expected}).",
                              "Le fichier de soumission joint {file} (SHA-256 {sha}) NE correspond PAS à "
                              "l'empreinte des métadonnées du PDF ({expected})."),
    "verify-file-printed": T("Het ingesloten indieningsbestand {file} ({grouped}) komt NIET overeen met de "
                             "vingerafdruk op pagina 1 ({expected}).",
                             "Le fichier de soumission joint {file} ({grouped}) NE correspond PAS à "
                             "l'empreinte de la page 1 ({expected})."),
    "verify-ok": T("Resultaat: in orde: ondertekend door de voorzitter en de secretaris met vertrouwde "
                   "certificaten, elke handtekening is intact en het ingesloten bestand klopt.",
                   "Résultat : en ordre : signé par le président et le secrétaire avec des certificats de "
                   "confiance, chaque signature est intacte et le fichier joint correspond."),
    "verify-not-ok": T("Resultaat: NIET in orde.", "Résultat : PAS en ordre."),
    "verify-changed": T("Resultaat: NIET in orde: gewijzigd na ondertekening.",
                        "Résultat : PAS en ordre : modifié après la signature."),
    "verify-incomplete": T("Resultaat: intact tot nu toe, maar niet ondertekend door {roles}.",
                           "Résultat : intact jusqu'ici, mais pas signé par {roles}."),
    "verify-changes": T("GEWIJZIGD NA ONDERTEKENING (bijwerking {revision} van het bestand):",
                        "MODIFIÉ APRÈS LA SIGNATURE (mise à jour {revision} du fichier) :"),
    "verify-changes-unknown": T("GEWIJZIGD NA ONDERTEKENING:", "MODIFIÉ APRÈS LA SIGNATURE :"),
    "verify-unexpected": T("  Handtekening in het veld {field} ({name}): zo'n handtekening maakt Clusterverslag niet.",
                           "  Signature dans le champ {field} ({name}) : Clusterverslag ne fait pas une telle signature."),
    "verify-untrusted-one": T(
        "Resultaat: intact en ondertekend door beiden, maar het certificaat van {role} ({name}) komt niet "
        "van een vertrouwde certificaatautoriteit: wie ondertekende kan niet bevestigd worden.",
        "Résultat : intact et signé par les deux, mais le certificat {role} ({name}) ne vient pas d'une "
        "autorité de certification de confiance : l'identité du signataire ne peut pas être confirmée."),
    "verify-untrusted-both": T(
        "Resultaat: intact en ondertekend door beiden, maar de certificaten van de voorzitter ({president}) "
        "en de secretaris ({secretary}) komen niet van een vertrouwde certificaatautoriteit: wie "
        "ondertekende kan niet bevestigd worden.",
        "Résultat : intact et signé par les deux, mais les certificats du président ({president}) et du "
        "secrétaire ({secretary}) ne viennent pas d'une autorité de certification de confiance : "
        "l'identité des signataires ne peut pas être confirmée."),
    "role-of-president": T("de voorzitter", "du président"),
    "role-of-secretary": T("de secretaris", "du secrétaire"),
    "verify-untrusted": T("Let op: het certificaat van {name} komt niet van een vertrouwde certificaatautoriteit; "
                          "de handtekening is intact, maar wie ondertekende is daarmee niet bevestigd.",
                          "Attention : le certificat de {name} ne vient pas d'une autorité de certification de "
                          "confiance ; la signature est intacte, mais l'identité du signataire n'est pas confirmée."),
    "role-both": T("de voorzitter en de secretaris", "le président et le secrétaire"),
    "role-the-president": T("de voorzitter", "le président"),
    "role-the-secretary": T("de secretaris", "le secrétaire"),
    "help-verify-epilog": T(
        "Afsluitcode: 0 in orde (beide handtekeningen intact, niets gewijzigd na ondertekening, het "
        "ingesloten bestand klopt, en beide certificaten komen van een vertrouwde certificaatautoriteit); "
        "1 gebroken of gewijzigd na ondertekening (of niet te lezen); 2 fout in de opdracht; 3 intact tot "
        "nu toe, maar nog niet ondertekend door de voorzitter en/of de secretaris; 4 intact en ondertekend "
        "door beiden, maar een certificaat komt niet van een vertrouwde certificaatautoriteit, zodat niet "
        "bevestigd is wie ondertekende. Vertrouwd zijn de basiscertificaten van Mozilla (certifi) en die "
        "van --trust; de Belgische eID-basiscertificaten worden niet meegeleverd: geef ze met --trust.",
        "Code de sortie : 0 en ordre (les deux signatures intactes, rien de modifié après la signature, "
        "le fichier joint correspond, et les deux certificats viennent d'une autorité de certification "
        "de confiance) ; 1 cassé ou modifié après la signature (ou illisible) ; 2 erreur dans la "
        "commande ; 3 intact jusqu'ici, mais pas encore signé par le président et/ou le secrétaire ; "
        "4 intact et signé par les deux, mais un certificat ne vient pas d'une autorité de certification "
        "de confiance, de sorte que l'identité des signataires n'est pas confirmée. Sont de confiance "
        "les certificats racines de Mozilla (certifi) et ceux de --trust ; les certificats racines de "
        "l'eID belge ne sont pas fournis : donnez-les avec --trust."),
    "help-trust": T("een extra vertrouwd basiscertificaat (PEM of DER); mag herhaald worden",
                    "un certificat racine de confiance supplémentaire (PEM ou DER) ; peut être répété"),
    "bad-certificate": T("{path} is geen certificaat (PEM of DER) dat gelezen kan worden.",
                         "{path} n'est pas un certificat lisible (PEM ou DER)."),
    "yes": T("ja", "oui"),
    "no": T("nee", "non"),
    "NO": T("NEE", "NON"),
    "unknown": T("onbekend", "inconnu"),
    "bad-report-id": T("'{value}' is geen verslagnummer.", "« {value} » n'est pas un numéro de rapport."),
}


# C0 and C1 controls, DEL, the line and paragraph separators, and the marks and overrides that
# reorder text (U+061C, U+200E/F, U+202A–E, U+2066–9): a terminal acts on them instead of
# showing them.
_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match) -> str:
    character = match.group()
    code = ord(character)
    return _NAMED.get(character) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def visible(value: object) -> str:
    """``value`` as text safe to print: every character that would move the cursor, recolour
    or reorder the terminal becomes a visible escape (``\\x1b``, ``\\n``, ``\\u202e``). For all
    text from outside: file names, certificate names, report text. Backslashes stay as they
    are (Windows paths), so escaping twice changes nothing."""
    return _INVISIBLE.sub(_escape, str(value))


def system_language() -> str:
    """``fr`` when the system speaks French, else ``nl``."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable, "")
        if value:
            return "fr" if value.lower().startswith("fr") else "nl"
    try:
        current = locale.getlocale()[0] or ""
    except ValueError:
        current = ""
    return "fr" if current.lower().startswith("fr") else "nl"


def _language_from(argv: list[str]) -> str:
    for index, argument in enumerate(argv):
        if argument.startswith("--lang="):
            value = argument.split("=", 1)[1]
        elif argument == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        else:
            continue
        if value in ("nl", "fr"):
            return value
    return system_language()


class _Formatter(argparse.HelpFormatter):
    """argparse's help with its ``usage:`` prefix in the user's language."""

    def add_usage(self, usage, actions, groups, prefix=None):
        if prefix is None:  # argparse passes "" when it builds a sub-command's name
            prefix = MESSAGES["usage-prefix"].get(_Parser.language)
        super().add_usage(usage, actions, groups, prefix)


class _Parser(argparse.ArgumentParser):
    """argparse that speaks the user's language (its headings and ``-h`` too) and reports
    usage errors with exit status 2."""

    language = "nl"

    def __init__(self, *args, add_help: bool = True, **kwargs):
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, add_help=False, **kwargs)
        self._positionals.title = MESSAGES["heading-arguments"].get(self.language)
        self._optionals.title = MESSAGES["heading-options"].get(self.language)
        if add_help:
            self.add_argument("-h", "--help", action="help", help=MESSAGES["help-help"].get(self.language))

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        detail = MESSAGES["usage-error"].get(self.language).format(detail=visible(message))
        self.exit(USAGE, f"{self.prog}: {detail}\n")


def build_parser(language: str) -> argparse.ArgumentParser:
    """The argument parser, its help in ``language``."""
    m = {key: text.get(language) for key, text in MESSAGES.items()}
    _Parser.language = language

    def options(parser: argparse.ArgumentParser, *, db: bool, window: bool = False,
                command: bool = True) -> argparse.ArgumentParser:
        # A command's own --lang and --db, when not given, must leave those given before the
        # command as they are (argparse would otherwise set them back to None, and the command
        # would use the default database): SUPPRESS adds nothing when absent.
        absent = argparse.SUPPRESS if command else None
        parser.add_argument("--lang", choices=("nl", "fr"), default=absent,
                            help=m["help-lang-window" if window else "help-lang"])
        if db:
            parser.add_argument("--db", type=Path, metavar="PATH", default=absent, help=m["help-db"])
        return parser

    parser = options(_Parser(prog="clusterverslag", description=m["description"]), db=True, window=True,
                     command=False)
    parser.add_argument("--version", action="version", version=f"clusterverslag {__version__}",
                        help=m["help-version"])
    parser.add_argument("--smoke-test", action="store_true", help=m["help-smoke"])
    parser.add_argument("--startup-test", action="store_true", help=m["help-startup"])
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    validate = options(commands.add_parser("validate", help=m["help-validate"]), db=False)
    validate.add_argument("file", type=Path, metavar="FILE.xml", help=m["help-file"])

    render = options(commands.add_parser("render", help=m["help-render"]), db=False)
    render.add_argument("file", type=Path, metavar="FILE.xml", help=m["help-file"])
    render.add_argument("--pdf", type=Path, required=True, metavar="OUT.pdf", help=m["help-pdf"])
    render.add_argument("--draft", action="store_true", help=m["help-draft"])

    do_import = options(commands.add_parser("import", help=m["help-import"]), db=True)
    do_import.add_argument("file", type=Path, metavar="FILE.xml", help=m["help-file"])
    do_import.add_argument("--again", action="store_true", help=m["help-again"])

    import_scan = options(commands.add_parser("import-scan", help=m["help-import-scan"]), db=True)
    import_scan.add_argument("files", type=Path, nargs="+", metavar="FILE", help=m["help-scan-files"])
    import_scan.add_argument("--again", action="store_true", help=m["help-again"])
    import_scan.add_argument("--view", action="store_true", help=m["help-view"])

    export = options(commands.add_parser("export", help=m["help-export"]), db=True)
    export.add_argument("report_id", metavar="REPORT_ID", help=m["help-report-id"])
    export.add_argument("--out", type=Path, required=True, metavar="DIR", help=m["help-out"])

    options(commands.add_parser("list", help=m["help-list"]), db=True)

    sign = options(commands.add_parser("sign", help=m["help-sign"]), db=False)
    sign.add_argument("pdf", type=Path, metavar="PDF", help=m["help-sign-pdf"])
    sign.add_argument("--role", required=True, choices=("president", "secretary"), help=m["help-role"])
    source = sign.add_mutually_exclusive_group(required=True)
    source.add_argument("--p12", type=Path, metavar="FILE", help=m["help-p12"])
    source.add_argument("--eid", action="store_true", help=m["help-eid"])
    sign.add_argument("--password-file", type=Path, metavar="FILE", help=m["help-password-file"])
    sign.add_argument("--out", type=Path, metavar="OUT.pdf", help=m["help-sign-out"])

    verify = options(commands.add_parser("verify", help=m["help-verify"], epilog=m["help-verify-epilog"]),
                     db=False)
    verify.add_argument("pdf", type=Path, metavar="PDF", help=m["help-verify-pdf"])
    verify.add_argument("--trust", type=Path, action="append", default=[], metavar="FILE.pem",
                        help=m["help-trust"])
    return parser


class _Failure(Exception):
    """A problem in the input: the message is printed and the exit status is 1."""


def _utf8_output() -> None:
    """On Windows, write UTF-8 to a pipe or file as to the console.

    Windows Python writes to a pipe in the ANSI code page (cp1252 in Belgium), where a name
    such as "Łęcka" cannot be written; the console itself takes any character either way.
    A windowed program has no streams at all.
    """
    if sys.platform != "win32":
        return
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    _utf8_output()
    argv = list(sys.argv[1:] if argv is None else argv)
    language = _language_from(argv)
    parser = build_parser(language)
    args = parser.parse_args(argv)
    say = _Speaker(args.lang or language)
    try:
        if args.command is None:
            from .ui.app import run

            return run(_db_path(args), argv, language=args.lang, ask_before_creating=_db_named(args))
        return COMMANDS[args.command](args, say)
    except _Failure as failure:
        say.err(str(failure))  # made of say(...) and visible(...): escaped already
        return INPUT_PROBLEM
    except KeyboardInterrupt:
        return INPUT_PROBLEM
    except Exception as error:  # the last guard: a message, never a traceback
        from .storage import StorageError

        if isinstance(error, StorageError):
            say.err(visible(error.message.get(say.language)))
        else:
            say.err(say("unexpected", detail=f"{type(error).__name__}: {error}"))
        return INPUT_PROBLEM


class _Speaker:
    """Messages in one language, to stdout or stderr. The values put into a message (names,
    paths, details) come from outside and are made visible."""

    def __init__(self, language: str):
        self.language = language

    def __call__(self, key: str, **values: object) -> str:
        return MESSAGES[key].get(self.language).format(**{name: visible(value) for name, value in values.items()})

    def out(self, text: str) -> None:
        print(text)

    def err(self, text: str) -> None:
        print(text, file=sys.stderr)


def _db_path(args: argparse.Namespace) -> Path:
    from .storage import default_db_path

    return args.db if getattr(args, "db", None) else default_db_path()


def _db_named(args: argparse.Namespace) -> bool:
    """True when the user named the database (``--db`` or ``$CLUSTERVERSLAG_DB``)."""
    from .storage.paths import DB_ENV

    return bool(getattr(args, "db", None) or os.environ.get(DB_ENV, "").strip())


def _existing_db(args: argparse.Namespace, say: _Speaker) -> Path:
    """The database to use, which must exist: a command other than ``import`` never creates
    one, so a mistyped name is said instead of answered with an empty list."""
    path = _db_path(args)
    if not path.exists():
        raise _Failure(visible(say("no-database", path=path)))
    return path


def _read_outside(path: Path, kind_name: str, say: _Speaker) -> bytes:
    """A file the user named, read with the bounds of its kind (``SUBMISSION``, ``PDF``,
    ``CERTIFICATE``, ``PASSWORD`` of :mod:`.export.outside`); a refusal is an input problem."""
    from .export import outside

    try:
        return outside.read_outside_file(path, getattr(outside, kind_name))
    except outside.OutsideFileError as refused:
        raise _Failure(visible(refused.message.get(say.language))) from None


def _write_reason(error: OSError, say: _Speaker) -> str:
    """Why a file could not be written, in the user's language (a full disk, no permission)."""
    from .export.files import write_failure_reason

    return write_failure_reason(error).get(say.language)


def _read_file(path: Path, say: _Speaker) -> bytes:
    return _read_outside(path, "SUBMISSION", say)


def _read_submission(path: Path, say: _Speaker):
    """Read and check a submission file; print its problems and fail on errors."""
    return _check_submission(_read_file(path, say), path, say)


def _check_submission(data: bytes, path: Path, say: _Speaker):
    """Check the bytes of a submission file (named ``path`` in messages) by the one acceptance
    rule; print its problems and fail on errors."""
    from .export.submission import SubmissionError, read_submission

    try:
        result = read_submission(data, language=say.language)
    except SubmissionError as refused:
        lines = [say("invalid", path=path, count=len(refused.problems))]
        lines += [_problem_line(path, p, say) for p in refused.problems]
        raise _Failure("\n".join(lines)) from None
    return data, result


def _problem_line(path: Path, problem, say: _Speaker) -> str:
    where = f"{path}:{problem.line}" if getattr(problem, "line", None) else str(path)
    element = f" <{problem.element}>" if getattr(problem, "element", None) else ""
    return visible(f"{where}:{element}") + f" {say('error')}: {visible(problem.message.get(say.language))}"


def _problem_lines(result, say: _Speaker) -> list[str]:
    """The checks' errors and warnings about a report read from a file, one a line."""
    return [
        f"  {say('error' if p.is_error else 'warning')} [{p.path}]: {visible(p.message.get(say.language))}"
        for p in result.problems
    ]


def command_validate(args: argparse.Namespace, say: _Speaker) -> int:
    # The same acceptance rule as import, render and the window: read_submission's.
    _, result = _read_submission(args.file, say)
    say.out(say("valid", path=args.file, warnings=len(result.warnings)))
    for line in _problem_lines(result, say):
        say.err(line)
    return OK


def command_render(args: argparse.Namespace, say: _Speaker) -> int:
    from .export.files import atomic_write
    from .export.pdf import render_pdf
    from .export.submission import sha256_hex

    if not args.pdf.parent.is_dir():
        raise _Failure(visible(say("no-folder", path=args.pdf.parent)))
    if args.draft:
        return _render_draft(args, say)
    data, result = _read_submission(args.file, say)
    for line in _problem_lines(result, say):
        say.err(line)
    pdf = render_pdf(result.report, data, file_name=args.file.name)  # the name the user knows it by
    try:
        atomic_write(args.pdf, pdf)
    except OSError as error:
        raise _Failure(say("cannot-write", path=args.pdf, detail=_write_reason(error, say))) from None
    say.err(say("written", path=args.pdf))
    say.err(say("fingerprint", sha=sha256_hex(data)))
    return OK


def _render_draft(args: argparse.Namespace, say: _Speaker) -> int:
    """A draft of any well-formed submission file, its problems listed on the last page."""
    from .export.files import atomic_write
    from .export.pdf import OpenProblem, render_draft
    from .export.submission import SubmissionError, read_submission_for_draft

    data = _read_file(args.file, say)
    try:
        source = read_submission_for_draft(data, language=say.language)
    except SubmissionError as refused:
        lines = [say("invalid", path=args.file, count=len(refused.problems))]
        lines += [_problem_line(args.file, p, say) for p in refused.problems]
        raise _Failure("\n".join(lines)) from None
    problems = [OpenProblem(is_error, where, message) for is_error, where, message in source.problems]
    for problem in problems:
        say.err(f"  {say('error' if problem.is_error else 'warning')} [{visible(problem.where)}]: "
                f"{visible(problem.message.get(say.language))}")
    pdf = render_draft(source.report, problems)
    try:
        atomic_write(args.pdf, pdf)
    except OSError as error:
        raise _Failure(say("cannot-write", path=args.pdf, detail=_write_reason(error, say))) from None
    say.err(say("draft-written", path=args.pdf, count=len(problems)))
    return OK


def command_import(args: argparse.Namespace, say: _Speaker) -> int:
    _, result = _read_submission(args.file, say)
    return _import(result, args.file, args, say)


def command_import_scan(args: argparse.Namespace, say: _Speaker) -> int:
    from .export.scan import ScanError, read_scan

    try:
        scanned = read_scan(args.files)
    except ScanError as refused:
        raise _Failure(visible(refused.message.get(say.language))) from None
    # Pages that carried codes: a picture without one among them was not read "on".
    pages_read = sum(1 for page in scanned.pages if page.chunks)
    say.err(say("scan-read", count=scanned.count, pages=pages_read, sha=scanned.fingerprint))
    several = len(args.files) > 1
    source = Path(say("scan-source")) if several else args.files[0]
    data, result = _check_submission(scanned.data, source, say)
    if args.view:
        report = result.report
        say.out(say("view-promoter", value=report.promoter.name))
        say.out(say("view-year", value=report.year if report.year is not None else "–"))
        say.out(say("view-members", value=", ".join(member.name for member in report.members) or "–"))
        say.out(say("view-language", value=report.language))
        say.out(say("view-fingerprint", value=result.sha256))
        for line in _problem_lines(result, say):
            say.out(line)
        say.err(say("view-checks-warnings", count=len(result.warnings)) if result.warnings
                else say("view-checks-none"))
        return OK
    return _import(result, source, args, say, "already-imported-scan" if several else "already-imported")


def _import(result, source: Path, args: argparse.Namespace, say: _Speaker,
            already: str = "already-imported") -> int:
    """Store a submission file that was read and accepted as a new report; print its id."""
    from .storage import ReportStore

    store = ReportStore.open(_db_path(args))
    try:
        same = [] if args.again else store.reports_with_content(result.report)
        if same:
            report_id, in_bin = same[0]
            raise _Failure(say(already, path=visible(source), id=report_id,
                               bin=say("in-bin") if in_bin else ""))
        report_id = store.create(result.report)
    finally:
        store.close()
    for line in _problem_lines(result, say):
        say.err(line)
    say.out(str(report_id))
    return OK


def command_export(args: argparse.Namespace, say: _Speaker) -> int:
    from .export.files import ExportRefused, export_report
    from .storage import ReportStore

    try:
        report_id = int(args.report_id)
    except ValueError:
        raise _Failure(say("bad-report-id", value=args.report_id)) from None
    if not args.out.is_dir():
        raise _Failure(visible(say("no-folder", path=args.out)))
    store = ReportStore.open(_existing_db(args, say))
    try:
        report = store.load(report_id)
        try:
            result = export_report(report, args.out)
        except ExportRefused as refused:
            lines = [say("export-refused", id=report_id, count=len(refused.problems))]
            lines += [f"  [{p.path}] {visible(p.message.get(say.language))}" for p in refused.problems]
            raise _Failure("\n".join(lines)) from None
        except OSError as error:
            raise _Failure(say("cannot-write", path=args.out, detail=_write_reason(error, say))) from None
        store.record_export(report_id, result.sha256, str(result.pdf_path), str(result.xml_path))
    finally:
        store.close()
    say.out(visible(result.pdf_path))
    say.out(visible(result.xml_path))
    say.err(say("fingerprint", sha=result.sha256))
    return OK


def command_list(args: argparse.Namespace, say: _Speaker) -> int:
    from .domain.fields import format_timestamp
    from .storage import ReportStore

    path = _db_path(args)
    if not path.exists() and not _db_named(args):
        # The first start: nothing is there yet, and listing creates nothing.
        say.err(say("no-reports"))
        return OK
    store = ReportStore.open(_existing_db(args, say))
    try:
        summaries = store.list_reports()
    finally:
        store.close()
    if not summaries:
        say.err(say("no-reports"))
        return OK
    say.out(say("list-header"))
    for s in summaries:
        state = say(f"state-{s.state}")
        changed = format_timestamp(s.updated_at, say.language)
        say.out(f"{s.id:<4} {s.year or '':<5} {state:<20} {changed:<17} {visible(s.promoter_name)}")
    return OK


def _read_pdf(path: Path, say: _Speaker) -> bytes:
    return _read_outside(path, "PDF", say)


def _password(args: argparse.Namespace, say: _Speaker) -> bytes:
    """The certificate file's password: from ``--password-file`` (one trailing line end
    dropped), else asked without echo, or read from standard input when that is no terminal."""
    from .export.outside import PASSWORD

    if args.password_file is not None:
        data = _read_outside(args.password_file, "PASSWORD", say)
        return data[:-2] if data.endswith(b"\r\n") else data[:-1] if data.endswith(b"\n") else data
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        return getpass.getpass(say("password-prompt", path=args.p12)).encode("utf-8")
    # Bounded like a password file: standard input may be a device that never ends a line.
    line = sys.stdin.readline(PASSWORD.limit) if sys.stdin is not None else ""
    return line.rstrip("\r\n").encode("utf-8")


def command_sign(args: argparse.Namespace, say: _Speaker) -> int:
    from .export.files import atomic_write
    from .export.signing import SigningError, load_pkcs11_signer, load_pkcs12_signer, sign_pdf

    if args.eid and args.password_file is not None:
        say.err(say("usage-error", detail=say("password-file-without-p12")))
        return USAGE
    pdf = _read_pdf(args.pdf, say)
    target = args.out or args.pdf
    try:
        if args.eid:
            signer = load_pkcs11_signer()
        else:
            if args.password_file is None:
                # Refuse an unreadable certificate file before asking for its password.
                _read_outside(args.p12, "CERTIFICATE", say)
            signer = load_pkcs12_signer(args.p12, _password(args, say))
        with signer:
            signed = sign_pdf(pdf, args.role, signer)
            name = signer.name
    except SigningError as refused:
        raise _Failure(visible(refused.message.get(say.language))) from None
    try:
        atomic_write(target, signed)
    except OSError as error:
        raise _Failure(say("cannot-write", path=target, detail=_write_reason(error, say))) from None
    say.err(say("signed", name=name, role=say(f"role-{args.role}"), path=target))
    return OK


def command_verify(args: argparse.Namespace, say: _Speaker) -> int:
    """Exit 0 in order, 1 broken or changed after signing, 3 intact but not signed by all,
    4 signed by both and intact but a certificate not from a trusted authority."""
    from .domain.fields import format_date
    from .export.pdf import ATTACHMENT_NAME
    from .export.signing import (
        KIND_TIMESTAMP,
        OUTCOME_BROKEN,
        OUTCOME_OK,
        OUTCOME_UNTRUSTED,
        SigningError,
        load_certificates,
        verify_pdf,
    )
    from .export.outside import OutsideFileError
    from .export.submission import grouped_fingerprint

    pdf = _read_pdf(args.pdf, say)
    extra_roots = []
    for path in args.trust:
        try:
            extra_roots += load_certificates(path)
        except OutsideFileError as refused:
            raise _Failure(visible(refused.message.get(say.language))) from None
        except ValueError:
            raise _Failure(say("bad-certificate", path=path)) from None
    try:
        result = verify_pdf(pdf, extra_roots=extra_roots)
    except SigningError as refused:
        raise _Failure(visible(refused.message.get(say.language))) from None

    def yes_no(value: bool) -> str:
        return say("yes") if value else say("NO")

    def role_name(field: str) -> str:
        return say(f"role-{field}") if field in ("president", "secretary") else field

    unexpected = {id(s) for s in result.unexpected_signatures}
    say.out(say("verify-count", path=args.pdf, count=len(result.signatures)))
    for signature in result.signatures:
        if id(signature) in unexpected:
            say.out(say("verify-unexpected", field=signature.field, name=signature.signer or say("unknown")))
            continue
        when = signature.signing_time.astimezone() if signature.signing_time else None
        time = (f"{format_date(when.date(), say.language)} {when.strftime('%H:%M')} {when.strftime('%Z')}".strip()
                if when else say("unknown"))
        if signature.kind == KIND_TIMESTAMP:
            say.out(say("verify-timestamp", field=signature.field, name=signature.signer or say("unknown"), time=time))
        else:
            say.out(say("verify-signature", role=role_name(signature.field), field=signature.field,
                        name=signature.signer or say("unknown"), time=time))
        if signature.covers_whole_file:
            whole = say("yes")
        elif signature.later_changes_allowed:
            whole = say("verify-later-signatures")
        else:
            whole = say("verify-later-changes")
        say.out(say("verify-flags", intact=yes_no(signature.intact), whole=whole,
                    trusted=say("yes") if signature.trusted else say("no")))
    for field in result.unsigned_fields:
        say.out(say("verify-unsigned", role=role_name(field), field=field))
    for revision, changes in result.changes:
        say.out(say("verify-changes-unknown") if revision is None else say("verify-changes", revision=revision))
        for change in changes:
            say.out(f"  - {visible(change.get(say.language))}")  # names objects of the file
    if result.attachment_sha256 is None:
        say.out(say("verify-file-missing", file=ATTACHMENT_NAME))
    elif result.file_matches:
        say.out(say("verify-file-ok", file=ATTACHMENT_NAME, sha=result.attachment_sha256))
    else:
        if not result.metadata_matches:
            say.out(say("verify-file-metadata", file=ATTACHMENT_NAME, sha=result.attachment_sha256,
                        expected=result.metadata_sha256 or say("unknown")))
        if not result.printed_matches:
            say.out(say("verify-file-printed", file=ATTACHMENT_NAME,
                        grouped=grouped_fingerprint(result.attachment_sha256),
                        expected=result.printed_fingerprint or say("unknown")))
    if result.outcome == OUTCOME_BROKEN:
        say.out(say("verify-changed") if result.changes else say("verify-not-ok"))
        return INPUT_PROBLEM
    if result.outcome == OUTCOME_UNTRUSTED:
        for signature in result.untrusted:  # a time-stamp's certificate; the signers are below
            if signature.kind == KIND_TIMESTAMP:
                say.out(say("verify-untrusted", name=signature.signer or say("unknown")))
        untrusted = result.untrusted_signers
        if len(untrusted) == 2:
            say.out(say("verify-untrusted-both", president=untrusted[0].signer or say("unknown"),
                        secretary=untrusted[1].signer or say("unknown")))
        else:
            say.out(say("verify-untrusted-one", role=say(f"role-of-{untrusted[0].field}"),
                        name=untrusted[0].signer or say("unknown")))
        return UNTRUSTED
    for signature in result.untrusted:
        say.out(say("verify-untrusted", name=signature.signer or say("unknown")))
    if result.outcome == OUTCOME_OK:
        say.out(say("verify-ok"))
        return OK
    missing = result.missing_roles
    roles = say("role-both") if len(missing) == 2 else say(f"role-the-{missing[0]}")
    say.out(say("verify-incomplete", roles=roles))
    return INCOMPLETE


COMMANDS = {
    "validate": command_validate,
    "render": command_render,
    "import": command_import,
    "import-scan": command_import_scan,
    "export": command_export,
    "list": command_list,
    "sign": command_sign,
    "verify": command_verify,
}


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
