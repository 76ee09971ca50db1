<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Clusterverslag</source>
        <translation>Over Clusterverslag</translation>
    </message>
    <message>
        <source>The form in short</source>
        <translation>Het formulier in het kort</translation>
    </message>
    <message>
        <source>The form has six parts. Identification: the reporting year, the cluster promoter and the member OCMWs (at least three OCMWs in all). Narrative part: at most 3,000 characters on the past year. Partnerships: the cluster&apos;s official partnerships, each based on an agreement. Training: the number of persons per training category, for each member OCMW; the program adds them up. Financial part: for each cost category the total amount, the OCMW share, the public share (paid by another government) and the income; the program computes the cluster-subsidy share. For example, a staff member costs EUR 50,000, of which a first-job subsidy pays EUR 30,000 as public share: the cluster-subsidy share is EUR 20,000. Check and sign: the list of problems (errors block the export, warnings do not), the signatories, and the export of the PDF to sign and of the submission file. The report must be complete and signed before 28 February of the following year.</source>
        <translation>Het formulier heeft zes delen. Identificatie: het verslagjaar, de clusterpromotor en de lid-OCMW&apos;s (minstens drie OCMW&apos;s in totaal). Inhoudelijke rapportage: hoogstens 3.000 tekens over het voorbije jaar. Samenwerkingsverbanden: de officiële samenwerkingsverbanden van de cluster, elk op basis van een overeenkomst. Opleiding: het aantal personen per opleidingscategorie, voor elk lid-OCMW; het programma telt ze op. Financiële rapportage: per kostencategorie het totaal bedrag, het deel OCMW, het publiek deel (betaald door een andere overheid) en de inkomsten; het programma berekent het deel clustersubsidie. Een voorbeeld: een personeelslid kost 50.000 euro, waarvan een startbaansubsidie 30.000 euro betaalt als publiek deel; het deel clustersubsidie is dan 20.000 euro. Controle en ondertekening: de lijst van problemen (fouten houden de export tegen, waarschuwingen niet), de ondertekenaars, en de export van de te ondertekenen PDF en van het indieningsbestand. Het verslag moet volledig en ondertekend zijn vóór 28 februari van het volgende jaar.</translation>
    </message>
    <message>
        <source>Every field in one line</source>
        <translation>Elk veld in één regel</translation>
    </message>
    <message>
        <source>Clusterverslag</source>
        <translation>Clusterverslag</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versie:</translation>
    </message>
    <message>
        <source>Data &amp;folder:</source>
        <translation>Gegevens&amp;map:</translation>
    </message>
    <message>
        <source>&amp;Reports file:</source>
        <translation>Ve&amp;rslagenbestand:</translation>
    </message>
    <message>
        <source>&amp;Log file:</source>
        <translation>&amp;Logbestand:</translation>
    </message>
    <message>
        <source>none (reports kept in memory)</source>
        <translation>geen (verslagen enkel in het geheugen)</translation>
    </message>
    <message>
        <source>none: no log file is being written</source>
        <translation>geen: er wordt geen logbestand geschreven</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Closing… The work under way stops, or ends if it is writing a file, so that no file is left half-written; then the window closes.</source>
        <translation>Bezig met sluiten… Het lopende werk stopt, of wordt afgewerkt als het een bestand aan het schrijven is, zodat er geen half geschreven bestand achterblijft; daarna sluit het venster.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
    <message>
        <source>If this lasts (a file on a network share that stopped answering), you can close the window: what you typed is saved as at any close, and what the read gives is dropped.</source>
        <translation>Als dit blijft duren (een bestand op een netwerkschijf die niet meer antwoordt), kunt u het venster sluiten: wat u typte, wordt bewaard zoals bij elke keer sluiten, en wat het lezen oplevert, wordt weggegooid.</translation>
    </message>
</context>
<context>
    <name>CheckSignPage</name>
    <message>
        <source>Check and sign</source>
        <translation>Controle en ondertekening</translation>
    </message>
    <message>
        <source>Who signs the report, and what still needs attention.</source>
        <translation>Wie het verslag ondertekent, en wat nog aandacht vraagt.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Ondertekening</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>&amp;President:</source>
        <translation>Voo&amp;rzitter:</translation>
    </message>
    <message>
        <source>Name of the president</source>
        <translation>Naam van de voorzitter</translation>
    </message>
    <message>
        <source>S&amp;ecretary:</source>
        <translation>S&amp;ecretaris:</translation>
    </message>
    <message>
        <source>Name of the secretary (general director)</source>
        <translation>Naam van de secretaris (algemeen directeur)</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>P&amp;laats:</translation>
    </message>
    <message>
        <source>Place of signing</source>
        <translation>Plaats van ondertekening</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Date of signing</source>
        <translation>Datum van ondertekening</translation>
    </message>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>Problems of the report</source>
        <translation>Problemen van het verslag</translation>
    </message>
    <message>
        <source>Double-click a problem, or select it and press Enter, to go to its field.</source>
        <translation>Dubbelklik op een probleem, of selecteer het en druk op Enter, om naar het veld te gaan.</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/jjjj</translation>
    </message>
    <message>
        <source>Sign before %1.</source>
        <translation>Te ondertekenen vóór %1.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>%1 – %2: %3</source>
        <translation>%1 – %2: %3</translation>
    </message>
    <message>
        <source>No problems: the report is complete.</source>
        <translation>Geen problemen: het verslag is volledig.</translation>
    </message>
    <message>
        <source>Errors: %1. Warnings: %2. Errors must be solved before the final export; warnings are for your attention.</source>
        <translation>Fouten: %1. Waarschuwingen: %2. Fouten moeten opgelost zijn vóór de definitieve export; waarschuwingen zijn ter attentie.</translation>
    </message>
</context>
<context>
    <name>CostCategory</name>
    <message>
        <source>Personnel costs</source>
        <translation>Personeelskosten</translation>
    </message>
    <message>
        <source>Wage costs of activated persons</source>
        <translation>Loonkost van de geactiveerden</translation>
    </message>
    <message>
        <source>Agreements with third parties</source>
        <translation>Overeenkomst met derden</translation>
    </message>
    <message>
        <source>Training costs</source>
        <translation>Kosten verbonden aan opleiding</translation>
    </message>
    <message>
        <source>Operating costs</source>
        <translation>Werkingskosten</translation>
    </message>
</context>
<context>
    <name>CostColumn</name>
    <message>
        <source>Total amount</source>
        <translation>Totaal bedrag</translation>
    </message>
    <message>
        <source>OCMW share</source>
        <translation>Deel OCMW</translation>
    </message>
    <message>
        <source>Public share</source>
        <translation>Publiek deel</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Inkomsten</translation>
    </message>
    <message>
        <source>Cluster-subsidy share</source>
        <translation>Deel clustersubsidie</translation>
    </message>
</context>
<context>
    <name>CostsModel</name>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
</context>
<context>
    <name>CostsPage</name>
    <message>
        <source>Costs</source>
        <translation>Financiële rapportage</translation>
    </message>
    <message>
        <source>Type the total amount and the shares paid by the OCMW, by other public funding and by income; the cluster-subsidy share and the totals are computed. Investment costs are not accepted.</source>
        <translation>Vul het totaal bedrag in, en wat het OCMW, een andere overheid (publiek deel) en de inkomsten ervan betalen; het deel clustersubsidie en de totalen worden berekend. Investeringskosten worden niet aanvaard.</translation>
    </message>
    <message>
        <source>Costs per category</source>
        <translation>Kosten per categorie</translation>
    </message>
    <message>
        <source>&amp;Subsidy amount:</source>
        <translation>S&amp;ubsidiebedrag:</translation>
    </message>
    <message>
        <source>Subsidy amount</source>
        <translation>Subsidiebedrag</translation>
    </message>
    <message>
        <source>Use the year&apos;s amount</source>
        <translation>Bedrag van het jaar gebruiken</translation>
    </message>
    <message>
        <source>Demonstrated amount:</source>
        <translation>Aangetoond bedrag:</translation>
    </message>
    <message>
        <source>Demonstrated amount</source>
        <translation>Aangetoond bedrag</translation>
    </message>
    <message>
        <source>Unjustified amount:</source>
        <translation>Niet verantwoord bedrag:</translation>
    </message>
    <message>
        <source>Unjustified amount</source>
        <translation>Niet verantwoord bedrag</translation>
    </message>
    <message>
        <source>Advance received (75 %):</source>
        <translation>Ontvangen voorschot (75 %):</translation>
    </message>
    <message>
        <source>Advance received</source>
        <translation>Ontvangen voorschot</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>How the subsidy was spent. Amounts in euro, e.g. %1.</source>
        <translation>Hoe de subsidie besteed werd. Bedragen in euro, bv. %1.</translation>
    </message>
    <message>
        <source>Balance to pay back:</source>
        <translation>Terug te betalen saldo:</translation>
    </message>
    <message>
        <source>Balance to receive:</source>
        <translation>Te ontvangen saldo:</translation>
    </message>
    <message>
        <source>Fill in the reporting year to get the amount of the year&apos;s rule.</source>
        <translation>Vul het verslagjaar in om het bedrag volgens de regeling van dat jaar te krijgen.</translation>
    </message>
    <message>
        <source>Differs from the amount for %1 (%2 EUR): check it against the signed agreement.</source>
        <translation>Wijkt af van het bedrag voor %1 (%2 EUR): controleer het met de ondertekende overeenkomst.</translation>
    </message>
    <message>
        <source>The amount for %1 is %2 EUR. Type another amount only if the signed agreement says so.</source>
        <translation>Het bedrag voor %1 is %2 EUR. Vul alleen een ander bedrag in als de ondertekende overeenkomst dat zegt.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is no database %1.

Create a new, empty database there? If you meant an existing one, choose No and check its name.</source>
        <translation>Er is geen databasebestand %1.

Een nieuw, leeg databasebestand aanmaken op die plaats? Bedoelde u een bestaand bestand, kies dan Nee en controleer de naam.</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <source>Final export</source>
        <translation>Definitieve export</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <source>Write the PDF to sign and the submission file into a folder you choose.</source>
        <translation>De te ondertekenen PDF en het indieningsbestand schrijven in een map naar keuze.</translation>
    </message>
    <message>
        <source>Print &amp;draft…</source>
        <translation>Ont&amp;werp afdrukken…</translation>
    </message>
    <message>
        <source>Export dra&amp;ft…</source>
        <translation>On&amp;twerp opslaan…</translation>
    </message>
    <message>
        <source>A draft to proofread, also while errors remain: the same pages, marked DRAFT – DO NOT SIGN on every page, without signature fields or fingerprint, with the problems still open on its last page.</source>
        <translation>Een ontwerp om na te lezen, ook zolang er nog fouten zijn: dezelfde pagina&apos;s, met ONTWERP – NIET ONDERTEKENEN op elke pagina, zonder handtekeningvelden of vingerafdruk, met de problemen die nog openstaan op de laatste pagina.</translation>
    </message>
    <message>
        <source>Exported on</source>
        <translation>Geëxporteerd op</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Vingerafdruk</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Submission file</source>
        <translation>Indieningsbestand</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Exports of this report</source>
        <translation>Exports van dit verslag</translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>&amp;PDF openen</translation>
    </message>
    <message>
        <source>Open the PDF in the system&apos;s PDF viewer.</source>
        <translation>De PDF openen in de PDF-lezer van het systeem.</translation>
    </message>
    <message>
        <source>Show in folde&amp;r</source>
        <translation>In &amp;map tonen</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>Afdr&amp;ukken…</translation>
    </message>
    <message>
        <source>Si&amp;gn…</source>
        <translation>O&amp;ndertekenen…</translation>
    </message>
    <message>
        <source>Sign the PDF digitally with a certificate file or the eID card.</source>
        <translation>De PDF digitaal ondertekenen met een certificaatbestand of de eID-kaart.</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Controleren…</translation>
    </message>
    <message>
        <source>Check the signatures of the PDF and its submission file.</source>
        <translation>De handtekeningen van de PDF en het indieningsbestand erin controleren.</translation>
    </message>
    <message>
        <source>SHA-256 of the submission file: %1</source>
        <translation>SHA-256 van het indieningsbestand: %1</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (niet gevonden)</translation>
    </message>
    <message>
        <source>No longer at %1</source>
        <translation>Niet meer in %1</translation>
    </message>
    <message>
        <source>%1
(checking whether it is still there…)</source>
        <translation>%1
(er wordt nagegaan of het er nog is…)</translation>
    </message>
    <message>
        <source>Exported: the latest files below hold the report as it is now.</source>
        <translation>Geëxporteerd: de jongste bestanden hieronder bevatten het verslag zoals het nu is.</translation>
    </message>
    <message>
        <source>Changed since the last export: export again, so that the PDF to sign holds the changes.</source>
        <translation>Gewijzigd sinds de laatste export: exporteer opnieuw, zodat de te ondertekenen PDF de wijzigingen bevat.</translation>
    </message>
    <message>
        <source>Not exported yet. Export writes the PDF to sign and the submission file into a folder you choose, once the report has no errors.</source>
        <translation>Nog niet geëxporteerd. Exporteren schrijft de te ondertekenen PDF en het indieningsbestand in een map naar keuze, zodra het verslag geen fouten meer heeft.</translation>
    </message>
    <message>
        <source>%1 – older than the report</source>
        <translation>%1 – ouder dan het verslag</translation>
    </message>
    <message>
        <source>The report was changed after this export: its PDF does not hold the changes.</source>
        <translation>Het verslag werd na deze export gewijzigd: de PDF bevat die wijzigingen niet.</translation>
    </message>
    <message>
        <source>Older export</source>
        <translation>Oudere export</translation>
    </message>
    <message>
        <source>This export is older than the report: the report was changed after %1, and this PDF does not hold those changes.

%2</source>
        <translation>Deze export is ouder dan het verslag: het verslag werd na %1 gewijzigd, en deze PDF bevat die wijzigingen niet.

%2</translation>
    </message>
    <message>
        <source>Choose the folder for the PDF and the submission file</source>
        <translation>Kies de map voor de PDF en het indieningsbestand</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Niet geëxporteerd</translation>
    </message>
    <message>
        <source>The report could not be saved, so it was not exported:
%1</source>
        <translation>Het verslag kon niet bewaard worden en werd dus niet geëxporteerd:
%1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Making the PDF and the submission file…</source>
        <translation>De PDF en het indieningsbestand worden gemaakt…</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Export geannuleerd: er werd niets geschreven.</translation>
    </message>
    <message>
        <source>The files could not be written in %1:
%2

Choose another folder, or check that the files are not open in another program.</source>
        <translation>De bestanden konden niet geschreven worden in %1:
%2

Kies een andere map, of controleer dat de bestanden niet open staan in een ander programma.</translation>
    </message>
    <message>
        <source>Export not recorded</source>
        <translation>Export niet geregistreerd</translation>
    </message>
    <message>
        <source>The files were written, but the export could not be recorded in the database:
%1</source>
        <translation>De bestanden werden geschreven, maar de export kon niet in de databank geregistreerd worden:
%1</translation>
    </message>
    <message>
        <source>Exported: %1 and %2 in %3.</source>
        <translation>Geëxporteerd: %1 en %2 in %3.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Ontwerp</translation>
    </message>
    <message>
        <source>Making the draft…</source>
        <translation>Het ontwerp wordt gemaakt…</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation>Het ontwerp opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Draft cancelled: nothing was written.</source>
        <translation>Ontwerp geannuleerd: er werd niets geschreven.</translation>
    </message>
    <message>
        <source>Draft not written</source>
        <translation>Ontwerp niet opgeslagen</translation>
    </message>
    <message>
        <source>The draft could not be written to %1:
%2</source>
        <translation>Het ontwerp kon niet opgeslagen worden in %1:
%2</translation>
    </message>
    <message>
        <source>Draft written (not to be signed): %1</source>
        <translation>Ontwerp opgeslagen (niet om te ondertekenen): %1</translation>
    </message>
    <message>
        <source>Sent to the printer: %1</source>
        <translation>Naar de printer gestuurd: %1</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <source>… and %1 more: the list of problems on this page shows them all.</source>
        <translation>… en nog %1: de lijst van problemen op deze pagina toont ze allemaal.</translation>
    </message>
    <message>
        <source>The report still has errors: solve them first. Nothing was written.

%1</source>
        <translation>Het verslag heeft nog fouten: los ze eerst op. Er werd niets geschreven.

%1</translation>
    </message>
    <message>
        <source>The folder %1 already holds %2 and %3.</source>
        <translation>De map %1 bevat al %2 en %3.</translation>
    </message>
    <message>
        <source>The folder %1 already holds %2.</source>
        <translation>De map %1 bevat al %2.</translation>
    </message>
    <message>
        <source>Replace the files?</source>
        <translation>De bestanden vervangen?</translation>
    </message>
    <message>
        <source>%1

Replace them with this export? A PDF that was already signed loses its signatures.</source>
        <translation>%1

Vervangen door deze export? Een PDF die al ondertekend was, verliest zijn handtekeningen.</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>PDF openen</translation>
    </message>
    <message>
        <source>No program to show PDF files was found. The PDF is at %1.</source>
        <translation>Er werd geen programma gevonden dat PDF-bestanden toont. De PDF staat in %1.</translation>
    </message>
    <message>
        <source>Print this older PDF anyway? To print the report as it is now, export it again first.</source>
        <translation>Deze oudere PDF toch afdrukken? Om het verslag af te drukken zoals het nu is, exporteert u het eerst opnieuw.</translation>
    </message>
    <message>
        <source>Sign this older PDF anyway? To sign the report as it is now, export it again first.</source>
        <translation>Deze oudere PDF toch ondertekenen? Om het verslag te ondertekenen zoals het nu is, exporteert u het eerst opnieuw.</translation>
    </message>
</context>
<context>
    <name>FieldHelp</name>
    <message>
        <source>Reporting year: the calendar year the report is about, 1 January to 31 December.</source>
        <translation>Verslagjaar: het kalenderjaar waarover het verslag gaat, van 1 januari tot 31 december.</translation>
    </message>
    <message>
        <source>Language of the report: the language of its PDF and submission file; the window keeps its own.</source>
        <translation>Taal van het verslag: de taal van de PDF en van het indieningsbestand; het venster houdt zijn eigen taal.</translation>
    </message>
    <message>
        <source>Name: the OCMW that is the cluster promoter and fills in this report.</source>
        <translation>Naam: het OCMW dat clusterpromotor is en dit verslag invult.</translation>
    </message>
    <message>
        <source>Street and number: the address of the cluster promoter.</source>
        <translation>Straat en nummer: het adres van de clusterpromotor.</translation>
    </message>
    <message>
        <source>Postal code: the four-digit postal code of the cluster promoter.</source>
        <translation>Postcode: de postcode van vier cijfers van de clusterpromotor.</translation>
    </message>
    <message>
        <source>Municipality: where the cluster promoter is.</source>
        <translation>Gemeente: waar de clusterpromotor gevestigd is.</translation>
    </message>
    <message>
        <source>Contact person: who can answer questions about this report.</source>
        <translation>Contactpersoon: wie vragen over dit verslag kan beantwoorden.</translation>
    </message>
    <message>
        <source>Phone: the phone number of the contact person.</source>
        <translation>Telefoon: het telefoonnummer van de contactpersoon.</translation>
    </message>
    <message>
        <source>E-mail: the e-mail address of the contact person.</source>
        <translation>E-mail: het e-mailadres van de contactpersoon.</translation>
    </message>
    <message>
        <source>Enterprise number: optional, the promoter&apos;s number in the Crossroads Bank for Enterprises, as 0212.345.678.</source>
        <translation>Ondernemingsnummer: facultatief, het nummer van de clusterpromotor in de Kruispuntbank van Ondernemingen (KBO), als 0212.345.678.</translation>
    </message>
    <message>
        <source>Member OCMWs: the OCMWs of the cluster besides the promoter, at least two.</source>
        <translation>Lid-OCMW&apos;s: de OCMW&apos;s van de cluster naast de clusterpromotor, minstens twee.</translation>
    </message>
    <message>
        <source>Name of the member OCMW: an OCMW of the cluster other than the promoter.</source>
        <translation>Naam van het lid-OCMW: een OCMW van de cluster dat niet de clusterpromotor is.</translation>
    </message>
    <message>
        <source>Enterprise number of the member: optional, as 0212.345.678.</source>
        <translation>Ondernemingsnummer van het lid-OCMW: facultatief, als 0212.345.678.</translation>
    </message>
    <message>
        <source>Narrative report: what the cluster did last year, in at most 3,000 characters, and whether the objectives of the agreement were reached.</source>
        <translation>Inhoudelijke rapportage: wat de cluster vorig jaar deed, in hoogstens 3.000 tekens, en of de doelstellingen van de overeenkomst bereikt zijn.</translation>
    </message>
    <message>
        <source>Partnerships: the official partnerships of the cluster, each based on an agreement.</source>
        <translation>Samenwerkingsverbanden: de officiële samenwerkingsverbanden van de cluster, elk op basis van een overeenkomst.</translation>
    </message>
    <message>
        <source>Partner: the name of the organisation the cluster works with.</source>
        <translation>Partner: de naam van de organisatie waarmee de cluster samenwerkt.</translation>
    </message>
    <message>
        <source>Category: the kind of partner, chosen from the list.</source>
        <translation>Categorie: het soort partner, te kiezen uit de lijst.</translation>
    </message>
    <message>
        <source>Agreement reference: the number or name of the agreement the partnership is based on.</source>
        <translation>Referentie overeenkomst: het nummer of de naam van de overeenkomst waarop het samenwerkingsverband steunt.</translation>
    </message>
    <message>
        <source>Agreement date: the day the agreement was signed.</source>
        <translation>Datum overeenkomst: de dag waarop de overeenkomst ondertekend werd.</translation>
    </message>
    <message>
        <source>Description: what the partnership does, in a few words.</source>
        <translation>Omschrijving: wat het samenwerkingsverband doet, in een paar woorden.</translation>
    </message>
    <message>
        <source>Regional employment service: the public employment service of the region, VDAB, Le Forem, Actiris or ADG.</source>
        <translation>Gewestelijke dienst voor arbeidsbemiddeling: de openbare dienst voor arbeidsbemiddeling van het gewest, VDAB, Le Forem, Actiris of ADG.</translation>
    </message>
    <message>
        <source>Training provider: an organisation that gives courses or vocational training.</source>
        <translation>Opleidingsverstrekker: een organisatie die cursussen of beroepsopleidingen geeft.</translation>
    </message>
    <message>
        <source>Social economy enterprise: an enterprise that gives work to persons far from the labour market.</source>
        <translation>Sociale-economieonderneming: een onderneming die werk geeft aan personen ver van de arbeidsmarkt.</translation>
    </message>
    <message>
        <source>Other local government or OCMW: a municipality, another OCMW or another local authority.</source>
        <translation>Ander lokaal bestuur of OCMW: een gemeente, een ander OCMW of een ander lokaal bestuur.</translation>
    </message>
    <message>
        <source>Welfare or non-profit organisation: an association working in welfare or without profit.</source>
        <translation>Welzijns- of vzw-organisatie: een vereniging uit de welzijnssector of zonder winstoogmerk.</translation>
    </message>
    <message>
        <source>Private company: a company of the private sector.</source>
        <translation>Privébedrijf: een bedrijf uit de privésector.</translation>
    </message>
    <message>
        <source>Other: a partner that fits none of the other categories.</source>
        <translation>Andere: een partner die in geen enkele andere categorie past.</translation>
    </message>
    <message>
        <source>Training: the number of persons per training category and OCMW of the cluster.</source>
        <translation>Opleiding: het aantal personen per opleidingscategorie en per OCMW van de cluster.</translation>
    </message>
    <message>
        <source>OCMW column: the persons of this OCMW in each category, as the OCMW reported them.</source>
        <translation>Kolom van een OCMW: de personen van dit OCMW in elke categorie, zoals het OCMW ze doorgaf.</translation>
    </message>
    <message>
        <source>Total: computed, the persons of the category in the whole cluster.</source>
        <translation>Totaal: berekend, de personen van de categorie in de hele cluster.</translation>
    </message>
    <message>
        <source>Total activated persons: computed, the sum of all categories; a person in two categories counts twice.</source>
        <translation>Totaal aantal geactiveerden: berekend, de som van alle categorieën; wie in twee categorieën staat, telt twee keer.</translation>
    </message>
    <message>
        <source>Socio-professional assessment: persons whose assessment was made or is being made (intake, screening, guidance plan).</source>
        <translation>Socioprofessionele balans: personen van wie de balans opgemaakt is of in opmaak is (intake, screening, begeleidingsplan).</translation>
    </message>
    <message>
        <source>Collective preparatory training: persons in a group course that prepares for what follows, e.g. Dutch lessons.</source>
        <translation>Collectieve voorafgaande opleiding: personen in een groepscursus die voorbereidt op wat volgt, bijvoorbeeld lessen Nederlands.</translation>
    </message>
    <message>
        <source>Qualifying vocational training: persons in a vocational training that ends with a certificate.</source>
        <translation>Kwalificerende beroepsopleiding: personen in een beroepsopleiding die met een getuigschrift eindigt.</translation>
    </message>
    <message>
        <source>Internship before an article 60§7 contract: persons who tried the job before the contract started.</source>
        <translation>Stage voorafgaand aan een contract artikel 60§7: personen die de job uitprobeerden voor het contract begon.</translation>
    </message>
    <message>
        <source>Work-linked training: persons alternating work and training, e.g. in construction or part-time schooling.</source>
        <translation>Alternerende tewerkstelling en opleiding: personen die werk en opleiding afwisselen, bijvoorbeeld in de bouw of deeltijds leren.</translation>
    </message>
    <message>
        <source>Individual vocational training: persons with an IBO contract concluded (FPI/PFI).</source>
        <translation>Individuele beroepsopleiding: personen met een afgesloten IBO-contract.</translation>
    </message>
    <message>
        <source>Social activation pathway: optional, persons for whom it is a step or the last stage of a tailored pathway.</source>
        <translation>Traject sociale activering: facultatief, personen voor wie het een stap of het eindpunt van een traject op maat is.</translation>
    </message>
    <message>
        <source>Costs: how the subsidy was spent, in five categories; investment costs are not accepted.</source>
        <translation>Kosten: waaraan de subsidie besteed werd, in vijf categorieën; investeringskosten worden niet aanvaard.</translation>
    </message>
    <message>
        <source>Total amount: the whole cost of the category in the reporting year.</source>
        <translation>Totaal bedrag: de volledige kost van de categorie in het verslagjaar.</translation>
    </message>
    <message>
        <source>OCMW share: the part the OCMWs paid from their own means.</source>
        <translation>Deel OCMW: het deel dat de OCMW&apos;s met eigen middelen betaalden.</translation>
    </message>
    <message>
        <source>Public share: the part paid by another government, e.g. a GESCO or first-job subsidy.</source>
        <translation>Publiek deel: het deel dat een andere overheid betaalde, bijvoorbeeld een GESCO- of startbaansubsidie.</translation>
    </message>
    <message>
        <source>Income: what the costs brought in, e.g. from a partnership with third parties.</source>
        <translation>Inkomsten: wat de kosten opbrachten, bijvoorbeeld uit een samenwerking met derden.</translation>
    </message>
    <message>
        <source>Cluster-subsidy share: computed, total amount minus OCMW share, public share and income.</source>
        <translation>Deel clustersubsidie: berekend, totaal bedrag min deel OCMW, publiek deel en inkomsten.</translation>
    </message>
    <message>
        <source>Total: computed, the sum of the column over the five categories.</source>
        <translation>Totaal: berekend, de som van de kolom over de vijf categorieën.</translation>
    </message>
    <message>
        <source>Personnel costs: the wages of the staff who work for the cluster.</source>
        <translation>Personeelskosten: de lonen van het personeel dat voor de cluster werkt.</translation>
    </message>
    <message>
        <source>Wage costs of activated persons: the wages of the persons put to work through the cluster.</source>
        <translation>Loonkost van de geactiveerden: de lonen van de personen die via de cluster aan het werk gingen.</translation>
    </message>
    <message>
        <source>Agreements with third parties: what was paid under agreements with other organisations.</source>
        <translation>Overeenkomst met derden: wat betaald werd op grond van overeenkomsten met andere organisaties.</translation>
    </message>
    <message>
        <source>Training costs: what the training of the persons cost.</source>
        <translation>Kosten verbonden aan opleiding: wat de opleiding van de personen kostte.</translation>
    </message>
    <message>
        <source>Operating costs: running costs such as premises, travel and material.</source>
        <translation>Werkingskosten: lopende kosten zoals lokalen, verplaatsingen en materiaal.</translation>
    </message>
    <message>
        <source>Subsidy amount: the amount of the year&apos;s agreement; left empty, the amount of the year&apos;s rule.</source>
        <translation>Subsidiebedrag: het bedrag van de overeenkomst van het jaar; leeg gelaten, het bedrag dat voor het jaar geldt.</translation>
    </message>
    <message>
        <source>Use the year&apos;s amount: empties the subsidy amount, so that the amount of the year&apos;s rule applies.</source>
        <translation>Bedrag van het jaar gebruiken: maakt het subsidiebedrag leeg, zodat het bedrag geldt dat voor het jaar vastligt.</translation>
    </message>
    <message>
        <source>Demonstrated amount: computed, the total of the cluster-subsidy share column.</source>
        <translation>Aangetoond bedrag: berekend, het totaal van de kolom deel clustersubsidie.</translation>
    </message>
    <message>
        <source>Unjustified amount: computed, the subsidy minus the demonstrated amount, never below zero; it goes back to the State.</source>
        <translation>Niet verantwoord bedrag: berekend, de subsidie min het aangetoond bedrag, nooit onder nul; het gaat terug naar de Staat.</translation>
    </message>
    <message>
        <source>Advance: computed, the 75 % of the subsidy paid beforehand.</source>
        <translation>Voorschot: berekend, de 75 % van de subsidie die vooraf betaald werd.</translation>
    </message>
    <message>
        <source>Balance: computed, the justified part of the subsidy minus the advance, to receive or to pay back.</source>
        <translation>Saldo: berekend, het verantwoorde deel van de subsidie min het voorschot, te ontvangen of terug te betalen.</translation>
    </message>
    <message>
        <source>President: the name of the president who signs the report.</source>
        <translation>Voorzitter: de naam van de voorzitter die het verslag ondertekent.</translation>
    </message>
    <message>
        <source>Secretary: the name of the secretary (general director) who signs the report.</source>
        <translation>Secretaris: de naam van de secretaris (algemeen directeur) die het verslag ondertekent.</translation>
    </message>
    <message>
        <source>Place: where the report is signed.</source>
        <translation>Plaats: waar het verslag ondertekend wordt.</translation>
    </message>
    <message>
        <source>Date: the day the report is signed, before 28 February of the following year.</source>
        <translation>Datum: de dag waarop het verslag ondertekend wordt, vóór 28 februari van het volgende jaar.</translation>
    </message>
    <message>
        <source>Problems: everything the checks found; Enter or a double-click goes to the field.</source>
        <translation>Problemen: alles wat de controle vond; Enter of dubbelklikken gaat naar het veld.</translation>
    </message>
</context>
<context>
    <name>FieldMessage</name>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2, %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>%1 – %2: %3</source>
        <translation>%1 – %2: %3</translation>
    </message>
</context>
<context>
    <name>IdentificationPage</name>
    <message>
        <source>Identification</source>
        <translation>Identificatie</translation>
    </message>
    <message>
        <source>The year of the report, the cluster promoter and the member OCMWs.</source>
        <translation>Het verslagjaar, de clusterpromotor en de lid-OCMW&apos;s.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>Cluster promoter</source>
        <translation>Clusterpromotor</translation>
    </message>
    <message>
        <source>Member OCMWs</source>
        <translation>Lid-OCMW&apos;s</translation>
    </message>
    <message>
        <source>Reporting &amp;year:</source>
        <translation>Verslag&amp;jaar:</translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>T&amp;aal van het verslag:</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Street and number:</source>
        <translation>St&amp;raat en nummer:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>&amp;Postcode:</translation>
    </message>
    <message>
        <source>Mun&amp;icipality:</source>
        <translation>Ge&amp;meente:</translation>
    </message>
    <message>
        <source>C&amp;ontact person:</source>
        <translation>&amp;Contactpersoon:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>En&amp;terprise number:</source>
        <translation>On&amp;dernemingsnummer:</translation>
    </message>
    <message>
        <source>Name of the promoter</source>
        <translation>Naam van de clusterpromotor</translation>
    </message>
    <message>
        <source>Street and number of the promoter</source>
        <translation>Straat en nummer van de clusterpromotor</translation>
    </message>
    <message>
        <source>Postal code of the promoter</source>
        <translation>Postcode van de clusterpromotor</translation>
    </message>
    <message>
        <source>Municipality of the promoter</source>
        <translation>Gemeente van de clusterpromotor</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Phone of the contact person</source>
        <translation>Telefoon van de contactpersoon</translation>
    </message>
    <message>
        <source>E-mail of the contact person</source>
        <translation>E-mail van de contactpersoon</translation>
    </message>
    <message>
        <source>Enterprise number of the promoter (optional)</source>
        <translation>Ondernemingsnummer van de clusterpromotor (facultatief)</translation>
    </message>
    <message>
        <source>optional, e.g. 0212.345.678</source>
        <translation>facultatief, bv. 0212.345.678</translation>
    </message>
    <message>
        <source>Reporting year</source>
        <translation>Verslagjaar</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Taal van het verslag</translation>
    </message>
    <message>
        <source>A cluster has at least three OCMWs: the promoter and at least two members. Type in a cell to fill it in.</source>
        <translation>Een cluster telt minstens drie OCMW&apos;s: de clusterpromotor en minstens twee leden. Typ in een cel om ze in te vullen.</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>L&amp;id toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Om&amp;laag</translation>
    </message>
</context>
<context>
    <name>LeftOutNote</name>
    <message numerus="yes">
        <source>%n cell(s) not counted: a negative value or one that cannot be read counts as nothing in this total until it is corrected.</source>
        <translation>
            <numerusform>%n cel niet meegeteld: een negatieve waarde of een waarde die niet gelezen kan worden, telt in dit totaal niet mee tot ze verbeterd is.</numerusform>
            <numerusform>%n cellen niet meegeteld: een negatieve waarde of een waarde die niet gelezen kan worden, telt in dit totaal niet mee tot ze verbeterd is.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>&amp;New report</source>
        <translation>&amp;Nieuw verslag</translation>
    </message>
    <message>
        <source>New from &amp;last year&apos;s</source>
        <translation>Nieuw op basis van &amp;vorig jaar</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>&amp;Close report</source>
        <translation>Verslag &amp;sluiten</translation>
    </message>
    <message>
        <source>Open &amp;submission file…</source>
        <translation>&amp;Indieningsbestand openen…</translation>
    </message>
    <message>
        <source>Read a scanned &amp;print…</source>
        <translation>&amp;Gescande afdruk lezen…</translation>
    </message>
    <message>
        <source>Si&amp;gn a PDF…</source>
        <translation>Een PDF onder&amp;tekenen…</translation>
    </message>
    <message>
        <source>&amp;Verify a signed PDF…</source>
        <translation>Een ondertekende PDF &amp;controleren…</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Reservekopie terug&amp;zetten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <source>&amp;Restore from the bin</source>
        <translation>&amp;Herstellen uit de prullenbak</translation>
    </message>
    <message>
        <source>&amp;Empty the bin…</source>
        <translation>Prullenbak &amp;leegmaken…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;About Clusterverslag</source>
        <translation>&amp;Over Clusterverslag</translation>
    </message>
    <message>
        <source>&amp;What&apos;s this?</source>
        <translation>&amp;Wat is dit?</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Ongedaan maken (Ctrl+Z)</translation>
    </message>
    <message>
        <source>A report for the next year with the identification, members and partnerships of the selected one.</source>
        <translation>Een verslag voor het volgende jaar met de identificatie, de leden en de samenwerkingsverbanden van het geselecteerde.</translation>
    </message>
    <message>
        <source>Check a submission file, then import it as a new report or only look at it.</source>
        <translation>Een indieningsbestand controleren, en het dan als nieuw verslag importeren of alleen bekijken.</translation>
    </message>
    <message>
        <source>Read the data codes of a scanned or photographed print back into the report, then import it or only look at it.</source>
        <translation>De gegevenscodes van een gescande of gefotografeerde afdruk terug inlezen als verslag, en het dan opnemen of enkel bekijken.</translation>
    </message>
    <message>
        <source>Sign an exported PDF with a certificate file or the eID card.</source>
        <translation>Een geëxporteerde PDF ondertekenen met een certificaatbestand of de eID-kaart.</translation>
    </message>
    <message>
        <source>Check the signatures of a PDF and the submission file embedded in it.</source>
        <translation>De handtekeningen van een PDF en het ingesloten indieningsbestand controleren.</translation>
    </message>
    <message>
        <source>Put back a copy of your reports from the backups folder; the current file is kept aside.</source>
        <translation>Een kopie van uw verslagen uit de map backups terugzetten; het huidige bestand blijft bewaard.</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>Nieuw verslag</translation>
    </message>
    <message>
        <source>New from last year&apos;s</source>
        <translation>Nieuw op basis van vorig jaar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <source>Empty the bin…</source>
        <translation>Prullenbak leegmaken…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Try to save the report again now.</source>
        <translation>Het verslag nu opnieuw proberen te bewaren.</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Kopie bewaren…</translation>
    </message>
    <message>
        <source>Save the report in a file of its own elsewhere, for example on a USB stick.</source>
        <translation>Het verslag in een afzonderlijk bestand op een andere plaats bewaren, bijvoorbeeld op een USB-stick.</translation>
    </message>
    <message>
        <source>Promoter</source>
        <translation>Clusterpromotor</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Laatste wijziging</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>Verwijderd op</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Verslagen</translation>
    </message>
    <message>
        <source>Reports in the bin</source>
        <translation>Verslagen in de prullenbak</translation>
    </message>
    <message>
        <source>Deleted reports stay here until you empty the bin. Restore brings one back to the list.</source>
        <translation>Verwijderde verslagen blijven hier tot u de prullenbak leegmaakt. Herstellen zet een verslag terug in de lijst.</translation>
    </message>
    <message>
        <source>The reports cannot be read</source>
        <translation>De verslagen kunnen niet gelezen worden</translation>
    </message>
    <message>
        <source>Reports (%1)</source>
        <translation>Verslagen (%1)</translation>
    </message>
    <message>
        <source>Bin (%1)</source>
        <translation>Prullenbak (%1)</translation>
    </message>
    <message>
        <source>Open a report to go on with it, or start a new one.</source>
        <translation>Open een verslag om eraan verder te werken, of begin een nieuw.</translation>
    </message>
    <message>
        <source>No reports yet. Choose New report to start the report of the year just ended.</source>
        <translation>Nog geen verslagen. Kies Nieuw verslag om het verslag van het afgelopen jaar te beginnen.</translation>
    </message>
    <message>
        <source>(promoter not filled in yet)</source>
        <translation>(clusterpromotor nog niet ingevuld)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Ongedaan maken: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;doen</translation>
    </message>
    <message>
        <source>The report cannot be created</source>
        <translation>Het verslag kan niet gemaakt worden</translation>
    </message>
    <message>
        <source>The report cannot be opened</source>
        <translation>Het verslag kan niet geopend worden</translation>
    </message>
    <message>
        <source>No copy saved</source>
        <translation>Geen kopie bewaard</translation>
    </message>
    <message>
        <source>The copy could not be written to %1:
%2</source>
        <translation>De kopie kon niet geschreven worden in %1:
%2</translation>
    </message>
    <message>
        <source>A copy was saved as the submission file %1. File ▸ Open submission file… imports it.</source>
        <translation>Er werd een kopie bewaard als het indieningsbestand %1. Met Bestand ▸ Indieningsbestand openen… importeert u het.</translation>
    </message>
    <message>
        <source>The report still has errors, so it cannot be a submission file yet. A copy was saved as the database file %1, which holds this report only; open it with clusterverslag --db followed by that file name.</source>
        <translation>Het verslag bevat nog fouten en kan dus nog geen indieningsbestand zijn. Er werd een kopie bewaard als het databasebestand %1, dat alleen dit verslag bevat; open het met clusterverslag --db gevolgd door die bestandsnaam.</translation>
    </message>
    <message>
        <source>Copy saved</source>
        <translation>Kopie bewaard</translation>
    </message>
    <message>
        <source>Submission files (*.xml)</source>
        <translation>Indieningsbestanden (*.xml)</translation>
    </message>
    <message>
        <source>Clusterverslag database files (*.sqlite)</source>
        <translation>Databasebestanden van Clusterverslag (*.sqlite)</translation>
    </message>
    <message>
        <source>Save a copy of the report</source>
        <translation>Een kopie van het verslag bewaren</translation>
    </message>
    <message>
        <source>No report was being edited; the reports in the list are saved.</source>
        <translation>Er werd geen verslag bewerkt; de verslagen in de lijst zijn bewaard.</translation>
    </message>
    <message>
        <source>The report is saved.</source>
        <translation>Het verslag is bewaard.</translation>
    </message>
    <message>
        <source>The last changes could not be saved (%1). A copy of the report was saved as %2.</source>
        <translation>De laatste wijzigingen konden niet bewaard worden (%1). Er werd een kopie van het verslag bewaard als %2.</translation>
    </message>
    <message>
        <source>The last changes could not be saved (%1). They are still in the window: use Retry or Save a copy… before closing.</source>
        <translation>De laatste wijzigingen konden niet bewaard worden (%1). Ze staan nog in het venster: gebruik Opnieuw proberen of Kopie bewaren… voor u afsluit.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet bewaard</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet bewaard: %1</translation>
    </message>
    <message>
        <source>What you typed is kept in this window; saving is tried again every few seconds and at every change.</source>
        <translation>Wat u typte, blijft in dit venster staan; het bewaren wordt om de paar seconden en bij elke wijziging opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>A copy was saved as %1.</source>
        <translation>Er werd een kopie bewaard als %1.</translation>
    </message>
    <message>
        <source>The checks and computed figures could not be updated: %1 The list of problems may be out of date.</source>
        <translation>De controles en de berekende bedragen konden niet bijgewerkt worden: %1 De lijst met problemen is misschien niet meer juist.</translation>
    </message>
    <message>
        <source>The file was replaced</source>
        <translation>Het bestand werd vervangen</translation>
    </message>
    <message>
        <source>%1 –</source>
        <translation>%1 –</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>Opnieuw &amp;doen: %1</translation>
    </message>
    <message>
        <source>The file of your reports was moved, deleted or replaced by another program (for example a backup restored in another window), so what you typed here was not saved in it.

Keep what you typed as a new report in the file that is there now?</source>
        <translation>Het bestand met uw verslagen werd verplaatst, verwijderd of vervangen door een ander programma (bijvoorbeeld een reservekopie die in een ander venster werd teruggezet); wat u hier typte, werd er daarom niet in bewaard.

Wat u typte als nieuw verslag bewaren in het bestand dat er nu staat?</translation>
    </message>
    <message>
        <source>Changed in another window</source>
        <translation>Gewijzigd in een ander venster</translation>
    </message>
    <message>
        <source>This report was changed in another window or program since you opened it, so what you typed here was not saved over it.

Keep what you typed as a copy (a new report)? The report as the other window saved it stays as it is.</source>
        <translation>Dit verslag werd gewijzigd in een ander venster of programma sinds u het opende; wat u hier typte, werd er daarom niet over bewaard.

Wat u typte als kopie bewaren (een nieuw verslag)? Het verslag zoals het andere venster het bewaarde, blijft zoals het is.</translation>
    </message>
    <message>
        <source>The copy cannot be saved</source>
        <translation>De kopie kan niet bewaard worden</translation>
    </message>
    <message>
        <source>Kept as a copy: a new report.</source>
        <translation>Als kopie bewaard: een nieuw verslag.</translation>
    </message>
    <message>
        <source>Saving a copy as %1…</source>
        <translation>Kopie wordt bewaard als %1…</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Al opgenomen</translation>
    </message>
    <message>
        <source>This report is already among your reports (report %1%2).</source>
        <translation>Dit verslag staat al bij uw verslagen (verslag %1%2).</translation>
    </message>
    <message>
        <source>, in the bin</source>
        <translation>, in de prullenbak</translation>
    </message>
    <message>
        <source>Importing it again makes a second, separate report.</source>
        <translation>Opnieuw opnemen maakt een tweede, apart verslag.</translation>
    </message>
    <message>
        <source>&amp;Open that report</source>
        <translation>&amp;Dat verslag openen</translation>
    </message>
    <message>
        <source>&amp;Import as another report</source>
        <translation>&amp;Als nieuw verslag opnemen</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Choose the PDF to sign</source>
        <translation>Kies de PDF om te ondertekenen</translation>
    </message>
    <message>
        <source>Choose the signed PDF to verify</source>
        <translation>Kies de ondertekende PDF om te controleren</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>De reservekopie wordt teruggezet…</translation>
    </message>
    <message>
        <source>Cancelling… The current file stays in its place.</source>
        <translation>Bezig met annuleren… Het huidige bestand blijft op zijn plaats.</translation>
    </message>
    <message>
        <source>Restore cancelled: nothing was changed.</source>
        <translation>Terugzetten geannuleerd: er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>The backup cannot be restored</source>
        <translation>De reservekopie kan niet teruggezet worden</translation>
    </message>
    <message>
        <source>Nothing was changed: the current file is still in its place.

%1</source>
        <translation>Er werd niets gewijzigd: het huidige bestand staat nog op zijn plaats.

%1</translation>
    </message>
    <message>
        <source>The backup was restored. The file before it is kept as %1.</source>
        <translation>De reservekopie werd teruggezet. Het bestand van daarvoor is bewaard als %1.</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>De reservekopie werd teruggezet.</translation>
    </message>
    <message>
        <source>Delete report</source>
        <translation>Verslag verwijderen</translation>
    </message>
    <message>
        <source>Move the report %1 %2 to the bin?

You can restore it from the bin until you empty the bin.</source>
        <translation>Het verslag %1 %2 naar de prullenbak verplaatsen?

U kunt het uit de prullenbak herstellen tot u die leegmaakt.</translation>
    </message>
    <message>
        <source>The report cannot be deleted</source>
        <translation>Het verslag kan niet verwijderd worden</translation>
    </message>
    <message>
        <source>The report is in the bin.</source>
        <translation>Het verslag zit in de prullenbak.</translation>
    </message>
    <message>
        <source>The report cannot be restored</source>
        <translation>Het verslag kan niet hersteld worden</translation>
    </message>
    <message>
        <source>The report is back in the list.</source>
        <translation>Het verslag staat weer in de lijst.</translation>
    </message>
    <message>
        <source>Empty the bin</source>
        <translation>Prullenbak leegmaken</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n report(s) in the bin for good? This cannot be undone.</source>
        <translation>
            <numerusform>Het %n verslag in de prullenbak definitief verwijderen? Dit kan niet ongedaan gemaakt worden.</numerusform>
            <numerusform>De %n verslagen in de prullenbak definitief verwijderen? Dit kan niet ongedaan gemaakt worden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The bin cannot be emptied</source>
        <translation>De prullenbak kan niet leeggemaakt worden</translation>
    </message>
    <message>
        <source>The last changes to this report could not be saved:
%1

What do you want to do with them?</source>
        <translation>De laatste wijzigingen aan dit verslag konden niet bewaard worden:
%1

Wat wilt u ermee doen?</translation>
    </message>
    <message>
        <source>Close and lose the changes</source>
        <translation>Sluiten en de wijzigingen verliezen</translation>
    </message>
    <message>
        <source>Keep the report open</source>
        <translation>Het verslag open laten</translation>
    </message>
    <message>
        <source>Read-only: nothing is saved</source>
        <translation>Alleen-lezen: er wordt niets bewaard</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle wijzigingen bewaard</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Bezig met bewaren…</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Name of the member OCMW</source>
        <translation>Naam van het lid-OCMW</translation>
    </message>
    <message>
        <source>Enterprise number (optional)</source>
        <translation>Ondernemingsnummer (facultatief)</translation>
    </message>
</context>
<context>
    <name>NarrativePage</name>
    <message>
        <source>Narrative</source>
        <translation>Inhoudelijke rapportage</translation>
    </message>
    <message>
        <source>What happened in the cluster last year, in at most 3,000 characters. Say here whether the objectives of the agreement were reached, and object here to figures that the POD filled in.</source>
        <translation>Wat er vorig jaar in de cluster gebeurde, in hoogstens 3.000 tekens. Vermeld hier of de doelstellingen van de overeenkomst bereikt werden, en maak hier bezwaar tegen cijfers die de POD invulde.</translation>
    </message>
    <message>
        <source>Narrative &amp;report:</source>
        <translation>&amp;Inhoudelijke rapportage:</translation>
    </message>
    <message>
        <source>Narrative report</source>
        <translation>Inhoudelijke rapportage</translation>
    </message>
    <message>
        <source>Characters used</source>
        <translation>Gebruikte tekens</translation>
    </message>
    <message>
        <source>Questions to guide you</source>
        <translation>Vragen als leidraad</translation>
    </message>
    <message>
        <source>Which projects and initiatives were started?</source>
        <translation>Welke projecten en initiatieven werden opgestart?</translation>
    </message>
    <message>
        <source>What was successful or instructive?</source>
        <translation>Wat was er succesvol of leerzaam?</translation>
    </message>
    <message>
        <source>Why was a method an added value?</source>
        <translation>Waarom was een bepaalde methodiek een meerwaarde?</translation>
    </message>
    <message>
        <source>Were there disappointments?</source>
        <translation>Waren er teleurstellingen?</translation>
    </message>
    <message>
        <source>Where did it go wrong?</source>
        <translation>Waar liep het fout?</translation>
    </message>
    <message>
        <source>How can it be better?</source>
        <translation>Hoe kan het beter?</translation>
    </message>
    <message>
        <source>Not pasted: the text has %1 characters and only %2 more fit. Nothing was cut; shorten the text to paste, or the narrative, first.</source>
        <translation>Niet geplakt: de tekst telt %1 tekens en er passen er nog maar %2 bij. Er werd niets afgeknipt; maak eerst de tekst om te plakken of de rapportage korter.</translation>
    </message>
    <message>
        <source>The narrative is full: it holds at most %1 characters.</source>
        <translation>De inhoudelijke rapportage is vol: ze telt hoogstens %1 tekens.</translation>
    </message>
</context>
<context>
    <name>OpenElsewhereView</name>
    <message>
        <source>This report is open in another window: on computer %1, program process %2, since %3. Here it is only shown, so that neither window overwrites the other. To change it here, close it there and open it again; or keep what is shown as a copy (a new report).</source>
        <translation>Dit verslag is open in een ander venster: op computer %1, programmaproces %2, sinds %3. Hier wordt het alleen getoond, zodat geen van beide vensters het andere overschrijft. Om het hier te wijzigen: sluit het daar en open het hier opnieuw; of bewaar wat getoond wordt als kopie (een nieuw verslag).</translation>
    </message>
    <message>
        <source>Keep as a &amp;copy</source>
        <translation>Als kopie be&amp;waren</translation>
    </message>
    <message>
        <source>Read-only: open in another window</source>
        <translation>Alleen-lezen: open in een ander venster</translation>
    </message>
</context>
<context>
    <name>PartnershipCategory</name>
    <message>
        <source>Regional employment service (VDAB, Le Forem, Actiris, ADG)</source>
        <translation>Gewestelijke dienst voor arbeidsbemiddeling (VDAB, Le Forem, Actiris, ADG)</translation>
    </message>
    <message>
        <source>Training provider</source>
        <translation>Opleidingsverstrekker</translation>
    </message>
    <message>
        <source>Social economy enterprise</source>
        <translation>Sociale-economieonderneming</translation>
    </message>
    <message>
        <source>Other local government or OCMW</source>
        <translation>Ander lokaal bestuur of OCMW</translation>
    </message>
    <message>
        <source>Welfare or non-profit organisation</source>
        <translation>Welzijns- of vzw-organisatie</translation>
    </message>
    <message>
        <source>Private company</source>
        <translation>Privébedrijf</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
</context>
<context>
    <name>PartnershipsModel</name>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Agreement reference</source>
        <translation>Referentie overeenkomst</translation>
    </message>
    <message>
        <source>Agreement date</source>
        <translation>Datum overeenkomst</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
</context>
<context>
    <name>PartnershipsPage</name>
    <message>
        <source>Partnerships</source>
        <translation>Samenwerkingsverbanden</translation>
    </message>
    <message>
        <source>The partnerships of the cluster, each put into a category.</source>
        <translation>De samenwerkingsverbanden van de cluster, elk in een categorie.</translation>
    </message>
    <message>
        <source>Only official partnerships count: those based on an agreement. Give the reference of the agreement for each.</source>
        <translation>Enkel officiële samenwerkingsverbanden tellen mee: die op basis van een overeenkomst. Vermeld bij elk de referentie van de overeenkomst.</translation>
    </message>
    <message>
        <source>&amp;Add partnership</source>
        <translation>Samenwerkingsverband &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/jjjj</translation>
    </message>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>Dates as %1. Type in a cell to fill it in; F2 edits it.</source>
        <translation>Datums als %1. Typ in een cel om ze in te vullen; F2 past ze aan.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print preview – %1</source>
        <translation>Afdrukvoorbeeld – %1</translation>
    </message>
    <message>
        <source>◀ &amp;Previous page</source>
        <translation>◀ &amp;Vorige pagina</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Vorige pagina (Page Up)</translation>
    </message>
    <message>
        <source>&amp;Next page ▶</source>
        <translation>V&amp;olgende pagina ▶</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Volgende pagina (Page Down)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <source>Smaller (Ctrl+-); Ctrl+0 fits the page to the window</source>
        <translation>Kleiner (Ctrl+-); Ctrl+0 past de pagina in het venster</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <source>Larger (Ctrl++)</source>
        <translation>Groter (Ctrl++)</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <source>Choose the printer and the pages, then print (Ctrl+P)</source>
        <translation>Kies de printer en de pagina&apos;s en druk af (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Page as it will be printed</source>
        <translation>Pagina zoals ze afgedrukt wordt</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>Preparing page %1…</source>
        <translation>Pagina %1 wordt voorbereid…</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wordt gelezen…</translation>
    </message>
    <message>
        <source>The PDF %1 cannot be read, so it cannot be printed.</source>
        <translation>De PDF %1 kan niet gelezen en dus niet afgedrukt worden.</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>%1 afdrukken</translation>
    </message>
    <message>
        <source>Preparing %1 for the printer…</source>
        <translation>%1 wordt voorbereid voor de printer…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>Printing %1</source>
        <translation>%1 afdrukken</translation>
    </message>
    <message>
        <source>Printing was cancelled. Nothing was written.</source>
        <translation>Het afdrukken werd geannuleerd. Er werd niets geschreven.</translation>
    </message>
    <message>
        <source>Printing was cancelled. Nothing was sent to the printer.</source>
        <translation>Het afdrukken werd geannuleerd. Er werd niets naar de printer gestuurd.</translation>
    </message>
    <message>
        <source>Printing was cancelled. The print job was withdrawn.</source>
        <translation>Het afdrukken werd geannuleerd. De afdruktaak werd ingetrokken.</translation>
    </message>
    <message>
        <source>Printing to a file was cancelled after page %1 of %2: the file %3 holds only the pages written so far, not the whole document.</source>
        <translation>Het afdrukken naar een bestand werd geannuleerd na pagina %1 van %2: het bestand %3 bevat enkel de pagina&apos;s die tot dan geschreven waren, niet het hele document.</translation>
    </message>
    <message>
        <source>Printing was cancelled after page 1 of %2. The system cannot withdraw a page already handed to it: that page may still come out of the printer.</source>
        <translation>Het afdrukken werd geannuleerd na pagina 1 van %2. Het systeem kan een pagina die het al kreeg niet meer intrekken: die pagina kan nog uit de printer komen.</translation>
    </message>
    <message>
        <source>Printing was cancelled after page %1 of %2. The system cannot withdraw pages already handed to it: those %1 pages may still come out of the printer.</source>
        <translation>Het afdrukken werd geannuleerd na pagina %1 van %2. Het systeem kan pagina&apos;s die het al kreeg niet meer intrekken: die %1 pagina&apos;s kunnen nog uit de printer komen.</translation>
    </message>
    <message>
        <source>The PDF could not be printed. Check the printer and try again.</source>
        <translation>De PDF kon niet afgedrukt worden. Controleer de printer en probeer opnieuw.</translation>
    </message>
</context>
<context>
    <name>ProblemCounts</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n fout</numerusform>
            <numerusform>%n fouten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n waarschuwing</numerusform>
            <numerusform>%n waarschuwingen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadOnlyView</name>
    <message>
        <source>This submission file is only shown: nothing in it can be changed, and nothing is kept. To work on it or export it, import it as a new report.</source>
        <translation>Dit indieningsbestand wordt alleen getoond: er kan niets in gewijzigd worden en er wordt niets bewaard. Importeer het als nieuw verslag om eraan te werken of het te exporteren.</translation>
    </message>
    <message>
        <source>Import as ne&amp;w report</source>
        <translation>Als nieu&amp;w verslag importeren</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Alleen-lezen: %1</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ReportState</name>
    <message>
        <source>Draft</source>
        <translation>Ontwerp</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Geëxporteerd</translation>
    </message>
    <message>
        <source>Changed since export</source>
        <translation>Gewijzigd na export</translation>
    </message>
</context>
<context>
    <name>ReportWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Vorige</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>V&amp;olgende &gt;</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Parts of the report</source>
        <translation>Delen van het verslag</translation>
    </message>
    <message>
        <source>Member added</source>
        <translation>Lid-OCMW toegevoegd</translation>
    </message>
    <message>
        <source>Member removed</source>
        <translation>Lid-OCMW verwijderd</translation>
    </message>
    <message>
        <source>Member moved</source>
        <translation>Lid-OCMW verplaatst</translation>
    </message>
    <message>
        <source>Partnership added</source>
        <translation>Samenwerkingsverband toegevoegd</translation>
    </message>
    <message>
        <source>Partnership removed</source>
        <translation>Samenwerkingsverband verwijderd</translation>
    </message>
    <message>
        <source>Partnership moved</source>
        <translation>Samenwerkingsverband verplaatst</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <source>The backups cannot be read:
%1</source>
        <translation>De reservekopieën kunnen niet gelezen worden:
%1</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>De reservekopieën worden gelezen…</translation>
    </message>
    <message>
        <source>Copies of your reports, taken when the program starts after a change and every ten minutes while you work. The newest ten are kept, and one per month before that.</source>
        <translation>Kopieën van uw verslagen, gemaakt wanneer het programma start na een wijziging en om de tien minuten terwijl u werkt. De tien nieuwste worden bewaard, en daarvoor één per maand.</translation>
    </message>
    <message>
        <source>There are no backups yet: one is taken when the program starts after a change, and every ten minutes while you work.</source>
        <translation>Er zijn nog geen reservekopieën: er wordt er een gemaakt wanneer het programma start na een wijziging, en om de tien minuten terwijl u werkt.</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>Reports in it</source>
        <translation>Verslagen erin</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Reservekopieën</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <source>(this copy cannot be read)</source>
        <translation>(deze kopie kan niet gelezen worden)</translation>
    </message>
    <message>
        <source>(no reports)</source>
        <translation>(geen verslagen)</translation>
    </message>
    <message>
        <source>(promoter not filled in yet)</source>
        <translation>(clusterpromotor nog niet ingevuld)</translation>
    </message>
    <message>
        <source>(in the bin)</source>
        <translation>(in de prullenbak)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… en nog %n</numerusform>
            <numerusform>… en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring replaces the reports by those of this copy. The current file is not deleted: it is kept in %2, its name followed by the date and time of the restore (%1).</source>
        <translation>Terugzetten vervangt de verslagen door die van deze kopie. Het huidige bestand wordt niet verwijderd: het blijft bewaard in %2, met de datum en het uur van het terugzetten achter zijn naam (%1).</translation>
    </message>
    <message>
        <source>Restore a backup now?</source>
        <translation>Nu een reservekopie terugzetten?</translation>
    </message>
    <message>
        <source>The backup cannot be restored:
%1</source>
        <translation>De reservekopie kan niet teruggezet worden:
%1</translation>
    </message>
</context>
<context>
    <name>SaveFailure</name>
    <message>
        <source>the disk is full.</source>
        <translation>de schijf is vol.</translation>
    </message>
    <message>
        <source>the file may not be written (no permission, or a read-only disk).</source>
        <translation>er mag niet in het bestand geschreven worden (geen toestemming, of een alleen-lezen schijf).</translation>
    </message>
    <message>
        <source>the disk reported a read or write error.</source>
        <translation>de schijf meldde een lees- of schrijffout.</translation>
    </message>
    <message>
        <source>the file could not be written (%1).</source>
        <translation>het bestand kon niet geschreven worden (%1).</translation>
    </message>
    <message>
        <source>the file is in use by another program.</source>
        <translation>het bestand is in gebruik door een ander programma.</translation>
    </message>
    <message>
        <source>the database reported an error (%1).</source>
        <translation>de database meldde een fout (%1).</translation>
    </message>
    <message>
        <source>an error in the program (%1).</source>
        <translation>een fout in het programma (%1).</translation>
    </message>
    <message>
        <source>No log file could be written.</source>
        <translation>Er kon geen logbestand geschreven worden.</translation>
    </message>
    <message>
        <source>The details are in the log file %1.</source>
        <translation>De details staan in het logbestand %1.</translation>
    </message>
</context>
<context>
    <name>ScannedPrint</name>
    <message>
        <source>Read a scanned print</source>
        <translation>Gescande afdruk lezen</translation>
    </message>
    <message>
        <source>Scans and photos (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Scans en foto&apos;s (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Reading the data codes of %1…</source>
        <translation>De gegevenscodes van %1 worden gelezen…</translation>
    </message>
    <message>
        <source>Reading the data codes of %1: page %2…</source>
        <translation>De gegevenscodes van %1 worden gelezen: pagina %2…</translation>
    </message>
    <message>
        <source>Reading the scanned print was cancelled: nothing was imported.</source>
        <translation>Het lezen van de gescande afdruk werd geannuleerd: er werd niets opgenomen.</translation>
    </message>
    <message>
        <source>Reading the scanned print was cancelled after %1 pages were read: nothing was imported.</source>
        <translation>Het lezen van de gescande afdruk werd geannuleerd nadat %1 pagina&apos;s gelezen waren: er werd niets opgenomen.</translation>
    </message>
    <message>
        <source>Cancelling… The page being read is finished first; nothing is imported.</source>
        <translation>Bezig met annuleren… De pagina die gelezen wordt, wordt eerst afgewerkt; er wordt niets opgenomen.</translation>
    </message>
    <message>
        <source>Scanned print not read</source>
        <translation>Gescande afdruk niet gelezen</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Er werd niets opgenomen.</translation>
    </message>
</context>
<context>
    <name>SigningDialog</name>
    <message>
        <source>Sign the PDF digitally</source>
        <translation>De PDF digitaal ondertekenen</translation>
    </message>
    <message>
        <source>&amp;PDF:</source>
        <translation>&amp;PDF:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>The exported PDF to sign</source>
        <translation>De geëxporteerde PDF om te ondertekenen</translation>
    </message>
    <message>
        <source>Who signs</source>
        <translation>Wie ondertekent</translation>
    </message>
    <message>
        <source>The p&amp;resident</source>
        <translation>De &amp;voorzitter</translation>
    </message>
    <message>
        <source>The s&amp;ecretary (general director)</source>
        <translation>De &amp;secretaris (algemeen directeur)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificaat</translation>
    </message>
    <message>
        <source>Certificate &amp;file (.p12, .pfx)</source>
        <translation>&amp;Certificaatbestand (.p12, .pfx)</translation>
    </message>
    <message>
        <source>Belgian e&amp;ID card</source>
        <translation>Belgische e&amp;ID-kaart</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>The certificate file</source>
        <translation>Het certificaatbestand</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Password of the certificate file</source>
        <translation>Wachtwoord van het certificaatbestand</translation>
    </message>
    <message>
        <source>Insert the card in the reader. The eID middleware asks for your PIN.</source>
        <translation>Steek de kaart in de lezer. De eID-middleware vraagt uw pincode.</translation>
    </message>
    <message>
        <source>The eID middleware is not installed. To sign with your eID card, install the eID middleware from &lt;a href=&quot;https://eid.belgium.be&quot;&gt;https://eid.belgium.be&lt;/a&gt; and open this window again.</source>
        <translation>De eID-middleware is niet geïnstalleerd. Om met uw eID-kaart te ondertekenen, installeert u de eID-middleware van &lt;a href=&quot;https://eid.belgium.be&quot;&gt;https://eid.belgium.be&lt;/a&gt; en opent u dit venster opnieuw.</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Ondertekenen</translation>
    </message>
    <message>
        <source>&amp;Check signatures…</source>
        <translation>Handtekeningen contro&amp;leren…</translation>
    </message>
    <message>
        <source>Choose the exported PDF</source>
        <translation>Kies de geëxporteerde PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>Kies het certificaatbestand</translation>
    </message>
    <message>
        <source>Certificate files (*.p12 *.pfx)</source>
        <translation>Certificaatbestanden (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>President</source>
        <translation>Voorzitter</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretaris</translation>
    </message>
    <message>
        <source>%1: not signed yet</source>
        <translation>%1: nog niet ondertekend</translation>
    </message>
    <message>
        <source>%1: signed by %2</source>
        <translation>%1: ondertekend door %2</translation>
    </message>
    <message>
        <source>Signing %1…</source>
        <translation>%1 wordt ondertekend…</translation>
    </message>
    <message>
        <source>Choose the exported PDF first.</source>
        <translation>Kies eerst de geëxporteerde PDF.</translation>
    </message>
    <message>
        <source>Choose the certificate file first.</source>
        <translation>Kies eerst het certificaatbestand.</translation>
    </message>
    <message>
        <source>Not signed: cancelled. The PDF was not changed.</source>
        <translation>Niet ondertekend: geannuleerd. De PDF werd niet gewijzigd.</translation>
    </message>
    <message>
        <source>The signatures already in the PDF were not checked: cancelled.</source>
        <translation>De handtekeningen die al in de PDF staan, werden niet gecontroleerd: geannuleerd.</translation>
    </message>
    <message>
        <source>The signed PDF could not be written: %1</source>
        <translation>De ondertekende PDF kon niet geschreven worden: %1</translation>
    </message>
    <message>
        <source>Signed by %1 as president.</source>
        <translation>Ondertekend door %1 als voorzitter.</translation>
    </message>
    <message>
        <source>Signed by %1 as secretary.</source>
        <translation>Ondertekend door %1 als secretaris.</translation>
    </message>
</context>
<context>
    <name>SubmissionFile</name>
    <message>
        <source>Open a submission file</source>
        <translation>Een indieningsbestand openen</translation>
    </message>
    <message>
        <source>Submission files (*.xml);;All files (*)</source>
        <translation>Indieningsbestanden (*.xml);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Open submission file</source>
        <translation>Indieningsbestand openen</translation>
    </message>
    <message>
        <source>Cancelling… The check under way cannot be interrupted: when it ends, its result is dropped and nothing is imported.</source>
        <translation>Bezig met annuleren… De lopende controle kan niet onderbroken worden: als ze klaar is, wordt het resultaat weggegooid en wordt er niets opgenomen.</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled: nothing was imported.</source>
        <translation>Het lezen van %1 werd geannuleerd: er werd niets opgenomen.</translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation>%1 wordt gelezen en gecontroleerd…</translation>
    </message>
</context>
<context>
    <name>SubmissionProblemsDialog</name>
    <message>
        <source>Submission file refused</source>
        <translation>Indieningsbestand geweigerd</translation>
    </message>
    <message>
        <source>%1 cannot be opened: it is not a submission file this program can read, or it was changed after it was written. Nothing was imported.

Problems found: %2.</source>
        <translation>%1 kan niet geopend worden: het is geen indieningsbestand dat dit programma kan lezen, of het werd gewijzigd nadat het geschreven werd. Er werd niets geïmporteerd.

Gevonden problemen: %2.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Problems of the submission file</source>
        <translation>Problemen van het indieningsbestand</translation>
    </message>
    <message>
        <source>&amp;Copy the list</source>
        <translation>Lijst &amp;kopiëren</translation>
    </message>
</context>
<context>
    <name>SubmissionSummaryDialog</name>
    <message>
        <source>Open submission file</source>
        <translation>Indieningsbestand openen</translation>
    </message>
    <message>
        <source>The submission file was read and is in order. Import it as a new report to work on it, or only look at it.</source>
        <translation>Het indieningsbestand werd gelezen en is in orde. Importeer het als nieuw verslag om eraan te werken, of bekijk het alleen.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <source>Promoter:</source>
        <translation>Clusterpromotor:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Jaar:</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Leden:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Vingerafdruk:</translation>
    </message>
    <message>
        <source>SHA-256 of the file: %1</source>
        <translation>SHA-256 van het bestand: %1</translation>
    </message>
    <message>
        <source>The checks find no problems.</source>
        <translation>De controle vindt geen problemen.</translation>
    </message>
    <message>
        <source>The checks find warnings: %1. They do not stop the report from being exported.</source>
        <translation>De controle vindt waarschuwingen: %1. Ze houden de export van het verslag niet tegen.</translation>
    </message>
    <message>
        <source>Problems the checks find</source>
        <translation>Problemen die de controle vindt</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>&amp;Import as new report</source>
        <translation>Als nieuw verslag &amp;importeren</translation>
    </message>
    <message>
        <source>&amp;Show read-only</source>
        <translation>&amp;Alleen bekijken</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>TrainingCategory</name>
    <message>
        <source>Socio-professional assessment made or in progress</source>
        <translation>Socioprofessionele balans opgemaakt of in opmaak</translation>
    </message>
    <message>
        <source>Collective preparatory training</source>
        <translation>Collectieve voorafgaande opleiding</translation>
    </message>
    <message>
        <source>Qualifying vocational training</source>
        <translation>Kwalificerende beroepsopleiding</translation>
    </message>
    <message>
        <source>Internship before an article 60§7 contract</source>
        <translation>Stage voorafgaand aan een contract artikel 60§7</translation>
    </message>
    <message>
        <source>Work-linked training</source>
        <translation>Alternerende tewerkstelling en opleiding</translation>
    </message>
    <message>
        <source>Individual vocational training (IBO/FPI)</source>
        <translation>Individuele beroepsopleiding (IBO)</translation>
    </message>
    <message>
        <source>Social activation pathway (optional)</source>
        <translation>Traject sociale activering (facultatief)</translation>
    </message>
</context>
<context>
    <name>TrainingModel</name>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Promoter</source>
        <translation>Clusterpromotor</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>Lid %1</translation>
    </message>
    <message>
        <source>Total activated persons</source>
        <translation>Totaal aantal geactiveerden</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Training</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <source>How many persons took part, per category and per OCMW of the cluster.</source>
        <translation>Hoeveel personen deelnamen, per categorie en per OCMW van de cluster.</translation>
    </message>
    <message>
        <source>Whole numbers of persons. The totals are computed; a person can count in more than one category. Leave a cell empty when the OCMW has nobody in that category.</source>
        <translation>Gehele aantallen personen. De totalen worden berekend; eenzelfde persoon kan in meer dan één categorie meetellen. Laat een cel leeg als het OCMW niemand in die categorie heeft.</translation>
    </message>
    <message>
        <source>Training: persons per category and OCMW</source>
        <translation>Opleiding: personen per categorie en per OCMW</translation>
    </message>
</context>
<context>
    <name>UnexpectedError</name>
    <message>
        <source>Something unexpected went wrong in the program:
%1</source>
        <translation>Er ging iets onverwachts mis in het programma:
%1</translation>
    </message>
    <message>
        <source>You can go on working. If it happens again, close the program, start it again, and send the log file to whoever helps you with the program.</source>
        <translation>U kunt verder werken. Gebeurt het opnieuw, sluit dan het programma, start het opnieuw en bezorg het logbestand aan wie u met het programma helpt.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Onverwachte fout</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Signatures of the PDF</source>
        <translation>Handtekeningen van de PDF</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Bestand: %1</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Ondertekenaar</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Ondertekend op</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>Intact</translation>
    </message>
    <message>
        <source>Covers the whole document</source>
        <translation>Dekt het hele document</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>Vertrouwd certificaat</translation>
    </message>
    <message>
        <source>Choose a root certificate to trust</source>
        <translation>Kies een basiscertificaat om te vertrouwen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificaten (*.pem *.crt *.cer *.der);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Reading the certificate file %1…</source>
        <translation>Het certificaatbestand %1 wordt gelezen…</translation>
    </message>
    <message>
        <source>&amp;Trust a root certificate…</source>
        <translation>Basiscertificaat &amp;vertrouwen…</translation>
    </message>
    <message>
        <source>&amp;Forget added root certificates</source>
        <translation>&amp;Toegevoegde basiscertificaten vergeten</translation>
    </message>
    <message>
        <source>Intact: the signed content is unchanged. Trusted: the certificate leads to a root certificate this computer trusts; checked offline. Trust only a root certificate whose fingerprint you checked with its authority (the Belgian eID roots: repository.eid.belgium.be).</source>
        <translation>Intact: de ondertekende inhoud is ongewijzigd. Vertrouwd: het certificaat leidt naar een basiscertificaat dat deze computer vertrouwt; offline gecontroleerd. Vertrouw enkel een basiscertificaat waarvan u de vingerafdruk bij de uitgever controleerde (de Belgische eID-basiscertificaten: repository.eid.belgium.be).</translation>
    </message>
    <message>
        <source>Also trusted: %1 (SHA-256 %2), from %3</source>
        <translation>Ook vertrouwd: %1 (SHA-256 %2), uit %3</translation>
    </message>
    <message>
        <source>The root certificate file %1 cannot be read; it is not trusted.</source>
        <translation>Het basiscertificaat %1 kan niet gelezen worden; het wordt niet vertrouwd.</translation>
    </message>
    <message>
        <source>%1 is not a certificate file that can be read (PEM or DER, at most 1 MiB); it is not trusted.</source>
        <translation>%1 is geen certificaatbestand dat gelezen kan worden (PEM of DER, hoogstens 1 MiB); het wordt niet vertrouwd.</translation>
    </message>
    <message>
        <source>NOT CHECKED: cancelled. This says nothing about the signatures; close and verify again.</source>
        <translation>NIET GECONTROLEERD: geannuleerd. Dit zegt niets over de handtekeningen; sluit en controleer opnieuw.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>no, then only signatures or validation data</source>
        <translation>nee, daarna enkel handtekeningen of validatiegegevens</translation>
    </message>
    <message>
        <source>NO, the PDF was changed after it</source>
        <translation>NEE, de PDF werd daarna gewijzigd</translation>
    </message>
    <message>
        <source>Document time-stamp</source>
        <translation>Documenttijdstempel</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NEE</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>niet ondertekend</translation>
    </message>
    <message>
        <source>The submission file clusterReport.xml is not in the PDF.</source>
        <translation>Het indieningsbestand clusterReport.xml zit niet in de PDF.</translation>
    </message>
    <message>
        <source>The embedded submission file clusterReport.xml (SHA-256 %1) matches the fingerprint printed in the PDF and in its metadata.</source>
        <translation>Het ingesloten indieningsbestand clusterReport.xml (SHA-256 %1) komt overeen met de vingerafdruk gedrukt in de PDF en in de metadata.</translation>
    </message>
    <message>
        <source>The embedded submission file clusterReport.xml (SHA-256 %1) does NOT match the fingerprint printed in the PDF or in its metadata.</source>
        <translation>Het ingesloten indieningsbestand clusterReport.xml (SHA-256 %1) komt NIET overeen met de vingerafdruk gedrukt in de PDF of in de metadata.</translation>
    </message>
    <message>
        <source>CHANGED AFTER SIGNING (update %1 of the file):</source>
        <translation>GEWIJZIGD NA ONDERTEKENING (bijwerking %1 van het bestand):</translation>
    </message>
    <message>
        <source>CHANGED AFTER SIGNING:</source>
        <translation>GEWIJZIGD NA ONDERTEKENING:</translation>
    </message>
    <message>
        <source>Note: the certificate of %1 does not come from a trusted certification authority; the signature is intact, but who signed is not confirmed by it.</source>
        <translation>Let op: het certificaat van %1 komt niet van een vertrouwde certificaatautoriteit; de handtekening is intact, maar wie ondertekende is daarmee niet bevestigd.</translation>
    </message>
    <message>
        <source>In order: signed by the president and the secretary with trusted certificates, every signature is intact and the embedded file matches.</source>
        <translation>In orde: ondertekend door de voorzitter en de secretaris met vertrouwde certificaten, elke handtekening is intact en het ingesloten bestand klopt.</translation>
    </message>
    <message>
        <source>Intact and signed by both, but the certificates of the president (%1) and the secretary (%2) do not come from a trusted certification authority: who signed cannot be confirmed.</source>
        <translation>Intact en ondertekend door beiden, maar de certificaten van de voorzitter (%1) en de secretaris (%2) komen niet van een vertrouwde certificaatautoriteit: wie ondertekende kan niet bevestigd worden.</translation>
    </message>
    <message>
        <source>Intact and signed by both, but the certificate of the president (%1) does not come from a trusted certification authority: who signed cannot be confirmed.</source>
        <translation>Intact en ondertekend door beiden, maar het certificaat van de voorzitter (%1) komt niet van een vertrouwde certificaatautoriteit: wie ondertekende kan niet bevestigd worden.</translation>
    </message>
    <message>
        <source>Intact and signed by both, but the certificate of the secretary (%1) does not come from a trusted certification authority: who signed cannot be confirmed.</source>
        <translation>Intact en ondertekend door beiden, maar het certificaat van de secretaris (%1) komt niet van een vertrouwde certificaatautoriteit: wie ondertekende kan niet bevestigd worden.</translation>
    </message>
    <message>
        <source>Intact so far, but not signed by the president and the secretary.</source>
        <translation>Intact tot nu toe, maar niet ondertekend door de voorzitter en de secretaris.</translation>
    </message>
    <message>
        <source>Intact so far, but not signed by the president.</source>
        <translation>Intact tot nu toe, maar niet ondertekend door de voorzitter.</translation>
    </message>
    <message>
        <source>Intact so far, but not signed by the secretary.</source>
        <translation>Intact tot nu toe, maar niet ondertekend door de secretaris.</translation>
    </message>
    <message>
        <source>NOT in order: changed after signing.</source>
        <translation>NIET in orde: gewijzigd na ondertekening.</translation>
    </message>
    <message>
        <source>NOT in order: see above.</source>
        <translation>NIET in orde: zie hierboven.</translation>
    </message>
    <message>
        <source>President</source>
        <translation>Voorzitter</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretaris</translation>
    </message>
    <message>
        <source>Checking the signatures of %1…</source>
        <translation>De handtekeningen van %1 worden gecontroleerd…</translation>
    </message>
    <message>
        <source>Cancelling… The check under way cannot be interrupted: when it ends, its result is dropped.</source>
        <translation>Bezig met annuleren… De lopende controle kan niet onderbroken worden: als ze klaar is, wordt het resultaat weggegooid.</translation>
    </message>
</context>
</TS>
