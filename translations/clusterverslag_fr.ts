<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Clusterverslag</source>
        <translation>À propos de Clusterverslag</translation>
    </message>
    <message>
        <source>The form in short</source>
        <translation>Le formulaire en bref</translation>
    </message>
    <message>
        <source>The form has six parts. Identification: the reporting year, the cluster promoter and the member OCMWs (at least three OCMWs in all). Narrative part: at most 3,000 characters on the past year. Partnerships: the cluster&apos;s official partnerships, each based on an agreement. Training: the number of persons per training category, for each member OCMW; the program adds them up. Financial part: for each cost category the total amount, the OCMW share, the public share (paid by another government) and the income; the program computes the cluster-subsidy share. For example, a staff member costs EUR 50,000, of which a first-job subsidy pays EUR 30,000 as public share: the cluster-subsidy share is EUR 20,000. Check and sign: the list of problems (errors block the export, warnings do not), the signatories, and the export of the PDF to sign and of the submission file. The report must be complete and signed before 28 February of the following year.</source>
        <translation>Le formulaire a six parties. Identification&#xa0;: l’année du rapport, le promoteur de cluster et les CPAS membres (au moins trois CPAS en tout). Rapport qualitatif&#xa0;: au plus 3&#xa0;000 caractères sur l’année écoulée. Partenariats&#xa0;: les partenariats officiels du cluster, chacun fondé sur une convention. Formation&#xa0;: le nombre de personnes par catégorie de formation, pour chaque CPAS membre&#xa0;; le programme en fait la somme. Rapport financier&#xa0;: pour chaque catégorie de frais, le montant total, la part CPAS, la part publique (payée par une autre autorité) et les recettes&#xa0;; le programme calcule la part subside cluster. Un exemple&#xa0;: un membre du personnel coûte 50&#xa0;000 euros, dont une aide premier emploi paie 30&#xa0;000 euros en part publique&#xa0;; la part subside cluster est alors de 20&#xa0;000 euros. Vérification et signature&#xa0;: la liste des problèmes (les erreurs empêchent l’exportation, les avertissements non), les signataires, et l’exportation du PDF à signer et du fichier de soumission. Le rapport doit être complet et signé avant le 28 février de l’année suivante.</translation>
    </message>
    <message>
        <source>Every field in one line</source>
        <translation>Chaque champ en une ligne</translation>
    </message>
    <message>
        <source>Clusterverslag</source>
        <translation>Clusterverslag</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version&#xa0;:</translation>
    </message>
    <message>
        <source>Data &amp;folder:</source>
        <translation>&amp;Dossier des données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reports file:</source>
        <translation>Fichier des &amp;rapports&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Log file:</source>
        <translation>Fichier &amp;journal&#xa0;:</translation>
    </message>
    <message>
        <source>none (reports kept in memory)</source>
        <translation>aucun (rapports gardés en mémoire seulement)</translation>
    </message>
    <message>
        <source>none: no log file is being written</source>
        <translation>aucun&#xa0;: aucun fichier journal n’est écrit</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Closing… The work under way stops, or ends if it is writing a file, so that no file is left half-written; then the window closes.</source>
        <translation>Fermeture en cours… Le travail en cours s&apos;arrête, ou se termine s&apos;il est en train d&apos;écrire un fichier, pour qu&apos;aucun fichier ne reste à moitié écrit&#xa0;; ensuite la fenêtre se ferme.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation en cours…</translation>
    </message>
    <message>
        <source>If this lasts (a file on a network share that stopped answering), you can close the window: what you typed is saved as at any close, and what the read gives is dropped.</source>
        <translation>Si cela dure (un fichier sur un partage réseau qui ne répond plus), vous pouvez fermer la fenêtre&#xa0;: ce que vous avez tapé est enregistré comme à chaque fermeture, et ce que la lecture donne est abandonné.</translation>
    </message>
</context>
<context>
    <name>CheckSignPage</name>
    <message>
        <source>Check and sign</source>
        <translation>Vérification et signature</translation>
    </message>
    <message>
        <source>Who signs the report, and what still needs attention.</source>
        <translation>Qui signe le rapport, et ce qui demande encore votre attention.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>&amp;President:</source>
        <translation>Prés&amp;ident&#xa0;:</translation>
    </message>
    <message>
        <source>Name of the president</source>
        <translation>Nom du président</translation>
    </message>
    <message>
        <source>S&amp;ecretary:</source>
        <translation>S&amp;ecrétaire&#xa0;:</translation>
    </message>
    <message>
        <source>Name of the secretary (general director)</source>
        <translation>Nom du secrétaire (directeur général)</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>Place of signing</source>
        <translation>Lieu de signature</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>Date of signing</source>
        <translation>Date de signature</translation>
    </message>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>jj-mm-aaaa</translation>
    </message>
    <message>
        <source>Problems of the report</source>
        <translation>Problèmes du rapport</translation>
    </message>
    <message>
        <source>Double-click a problem, or select it and press Enter, to go to its field.</source>
        <translation>Double-cliquez sur un problème, ou sélectionnez-le et appuyez sur Entrée, pour aller au champ concerné.</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>Sign before %1.</source>
        <translation>À signer avant le %1.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>%1 – %2: %3</source>
        <translation>%1 – %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>No problems: the report is complete.</source>
        <translation>Aucun problème&#xa0;: le rapport est complet.</translation>
    </message>
    <message>
        <source>Errors: %1. Warnings: %2. Errors must be solved before the final export; warnings are for your attention.</source>
        <translation>Erreurs&#xa0;: %1. Avertissements&#xa0;: %2. Les erreurs doivent être corrigées avant l&apos;exportation définitive&#xa0;; les avertissements sont pour information.</translation>
    </message>
</context>
<context>
    <name>CostCategory</name>
    <message>
        <source>Personnel costs</source>
        <translation>Frais de personnel</translation>
    </message>
    <message>
        <source>Wage costs of activated persons</source>
        <translation>Coût salarial des personnes activées</translation>
    </message>
    <message>
        <source>Agreements with third parties</source>
        <translation>Conventions avec des tiers</translation>
    </message>
    <message>
        <source>Training costs</source>
        <translation>Frais liés à la formation</translation>
    </message>
    <message>
        <source>Operating costs</source>
        <translation>Frais de fonctionnement</translation>
    </message>
</context>
<context>
    <name>CostColumn</name>
    <message>
        <source>Total amount</source>
        <translation>Montant total</translation>
    </message>
    <message>
        <source>OCMW share</source>
        <translation>Part CPAS</translation>
    </message>
    <message>
        <source>Public share</source>
        <translation>Part publique</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Recettes</translation>
    </message>
    <message>
        <source>Cluster-subsidy share</source>
        <translation>Part subside cluster</translation>
    </message>
</context>
<context>
    <name>CostsModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>CostsPage</name>
    <message>
        <source>Costs</source>
        <translation>Rapport financier</translation>
    </message>
    <message>
        <source>Type the total amount and the shares paid by the OCMW, by other public funding and by income; the cluster-subsidy share and the totals are computed. Investment costs are not accepted.</source>
        <translation>Indiquez le montant total et ce qu&apos;en paient le CPAS, un autre pouvoir public (part publique) et les recettes&#xa0;; la part subside cluster et les totaux sont calculés. Les frais d&apos;investissement ne sont pas acceptés.</translation>
    </message>
    <message>
        <source>Costs per category</source>
        <translation>Frais par catégorie</translation>
    </message>
    <message>
        <source>&amp;Subsidy amount:</source>
        <translation>Montant du su&amp;bside&#xa0;:</translation>
    </message>
    <message>
        <source>Subsidy amount</source>
        <translation>Montant du subside</translation>
    </message>
    <message>
        <source>Use the year&apos;s amount</source>
        <translation>Utiliser le montant de l&apos;année</translation>
    </message>
    <message>
        <source>Demonstrated amount:</source>
        <translation>Montant justifié&#xa0;:</translation>
    </message>
    <message>
        <source>Demonstrated amount</source>
        <translation>Montant justifié</translation>
    </message>
    <message>
        <source>Unjustified amount:</source>
        <translation>Montant non justifié&#xa0;:</translation>
    </message>
    <message>
        <source>Unjustified amount</source>
        <translation>Montant non justifié</translation>
    </message>
    <message>
        <source>Advance received (75 %):</source>
        <translation>Avance reçue (75 %)&#xa0;:</translation>
    </message>
    <message>
        <source>Advance received</source>
        <translation>Avance reçue</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>How the subsidy was spent. Amounts in euro, e.g. %1.</source>
        <translation>Comment le subside a été utilisé. Montants en euros, p. ex. %1.</translation>
    </message>
    <message>
        <source>Balance to pay back:</source>
        <translation>Solde à rembourser&#xa0;:</translation>
    </message>
    <message>
        <source>Balance to receive:</source>
        <translation>Solde à recevoir&#xa0;:</translation>
    </message>
    <message>
        <source>Fill in the reporting year to get the amount of the year&apos;s rule.</source>
        <translation>Indiquez l&apos;année du rapport pour obtenir le montant prévu pour cette année.</translation>
    </message>
    <message>
        <source>Differs from the amount for %1 (%2 EUR): check it against the signed agreement.</source>
        <translation>Diffère du montant pour %1 (%2 EUR)&#xa0;: vérifiez-le avec la convention signée.</translation>
    </message>
    <message>
        <source>The amount for %1 is %2 EUR. Type another amount only if the signed agreement says so.</source>
        <translation>Le montant pour %1 est de %2 EUR. N&apos;indiquez un autre montant que si la convention signée le prévoit.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is no database %1.

Create a new, empty database there? If you meant an existing one, choose No and check its name.</source>
        <translation>Il n&apos;y a pas de fichier de base de données %1.

Créer à cet endroit un nouveau fichier de base de données, vide&#xa0;? Si vous pensiez à un fichier existant, choisissez Non et vérifiez son nom.</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <source>Final export</source>
        <translation>Exportation définitive</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Write the PDF to sign and the submission file into a folder you choose.</source>
        <translation>Écrire le PDF à signer et le fichier de soumission dans un dossier de votre choix.</translation>
    </message>
    <message>
        <source>Print &amp;draft…</source>
        <translation>Imprimer le pro&amp;jet…</translation>
    </message>
    <message>
        <source>Export dra&amp;ft…</source>
        <translation>Enregi&amp;strer le projet…</translation>
    </message>
    <message>
        <source>A draft to proofread, also while errors remain: the same pages, marked DRAFT – DO NOT SIGN on every page, without signature fields or fingerprint, with the problems still open on its last page.</source>
        <translation>Un projet à relire, même tant qu&apos;il reste des erreurs&#xa0;: les mêmes pages, marquées PROJET – NE PAS SIGNER sur chaque page, sans champs de signature ni empreinte, avec les problèmes encore ouverts en dernière page.</translation>
    </message>
    <message>
        <source>Exported on</source>
        <translation>Exporté le</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Submission file</source>
        <translation>Fichier de soumission</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Exports of this report</source>
        <translation>Exportations de ce rapport</translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>&amp;Ouvrir le PDF</translation>
    </message>
    <message>
        <source>Open the PDF in the system&apos;s PDF viewer.</source>
        <translation>Ouvrir le PDF dans la visionneuse PDF du système.</translation>
    </message>
    <message>
        <source>Show in folde&amp;r</source>
        <translation>Affic&amp;her dans le dossier</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>Imp&amp;rimer…</translation>
    </message>
    <message>
        <source>Si&amp;gn…</source>
        <translation>Sig&amp;ner…</translation>
    </message>
    <message>
        <source>Sign the PDF digitally with a certificate file or the eID card.</source>
        <translation>Signer le PDF numériquement avec un fichier de certificat ou la carte eID.</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Vérifier…</translation>
    </message>
    <message>
        <source>Check the signatures of the PDF and its submission file.</source>
        <translation>Vérifier les signatures du PDF et son fichier de soumission.</translation>
    </message>
    <message>
        <source>SHA-256 of the submission file: %1</source>
        <translation>SHA-256 du fichier de soumission&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (introuvable)</translation>
    </message>
    <message>
        <source>No longer at %1</source>
        <translation>N&apos;est plus dans %1</translation>
    </message>
    <message>
        <source>%1
(checking whether it is still there…)</source>
        <translation>%1
(vérification de sa présence…)</translation>
    </message>
    <message>
        <source>Exported: the latest files below hold the report as it is now.</source>
        <translation>Exporté&#xa0;: les derniers fichiers ci-dessous contiennent le rapport tel qu&apos;il est maintenant.</translation>
    </message>
    <message>
        <source>Changed since the last export: export again, so that the PDF to sign holds the changes.</source>
        <translation>Modifié depuis la dernière exportation&#xa0;: exportez à nouveau, pour que le PDF à signer contienne les modifications.</translation>
    </message>
    <message>
        <source>Not exported yet. Export writes the PDF to sign and the submission file into a folder you choose, once the report has no errors.</source>
        <translation>Pas encore exporté. L&apos;exportation écrit le PDF à signer et le fichier de soumission dans un dossier de votre choix, dès que le rapport ne contient plus d&apos;erreurs.</translation>
    </message>
    <message>
        <source>%1 – older than the report</source>
        <translation>%1 – antérieure au rapport</translation>
    </message>
    <message>
        <source>The report was changed after this export: its PDF does not hold the changes.</source>
        <translation>Le rapport a été modifié après cette exportation&#xa0;: son PDF ne contient pas les modifications.</translation>
    </message>
    <message>
        <source>Older export</source>
        <translation>Exportation antérieure</translation>
    </message>
    <message>
        <source>This export is older than the report: the report was changed after %1, and this PDF does not hold those changes.

%2</source>
        <translation>Cette exportation est antérieure au rapport&#xa0;: le rapport a été modifié après le %1, et ce PDF ne contient pas ces modifications.

%2</translation>
    </message>
    <message>
        <source>Choose the folder for the PDF and the submission file</source>
        <translation>Choisissez le dossier du PDF et du fichier de soumission</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <source>The report could not be saved, so it was not exported:
%1</source>
        <translation>Le rapport n&apos;a pas pu être enregistré&#xa0;; il n&apos;a donc pas été exporté&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Making the PDF and the submission file…</source>
        <translation>Création du PDF et du fichier de soumission…</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Exportation annulée&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The files could not be written in %1:
%2

Choose another folder, or check that the files are not open in another program.</source>
        <translation>Les fichiers n&apos;ont pas pu être écrits dans %1&#xa0;:
%2

Choisissez un autre dossier, ou vérifiez que les fichiers ne sont pas ouverts dans un autre programme.</translation>
    </message>
    <message>
        <source>Export not recorded</source>
        <translation>Exportation non enregistrée</translation>
    </message>
    <message>
        <source>The files were written, but the export could not be recorded in the database:
%1</source>
        <translation>Les fichiers ont été écrits, mais l&apos;exportation n&apos;a pas pu être enregistrée dans la base de données&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Exported: %1 and %2 in %3.</source>
        <translation>Exporté&#xa0;: %1 et %2 dans %3.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Making the draft…</source>
        <translation>Création du brouillon…</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Draft cancelled: nothing was written.</source>
        <translation>Brouillon annulé&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Draft not written</source>
        <translation>Projet non enregistré</translation>
    </message>
    <message>
        <source>The draft could not be written to %1:
%2</source>
        <translation>Le projet n&apos;a pas pu être enregistré dans %1&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Draft written (not to be signed): %1</source>
        <translation>Projet enregistré (pas à signer)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sent to the printer: %1</source>
        <translation>Envoyé à l&apos;imprimante&#xa0;: %1</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>… and %1 more: the list of problems on this page shows them all.</source>
        <translation>… et %1 de plus&#xa0;: la liste des problèmes sur cette page les montre tous.</translation>
    </message>
    <message>
        <source>The report still has errors: solve them first. Nothing was written.

%1</source>
        <translation>Le rapport contient encore des erreurs&#xa0;: corrigez-les d&apos;abord. Rien n&apos;a été écrit.

%1</translation>
    </message>
    <message>
        <source>The folder %1 already holds %2 and %3.</source>
        <translation>Le dossier %1 contient déjà %2 et %3.</translation>
    </message>
    <message>
        <source>The folder %1 already holds %2.</source>
        <translation>Le dossier %1 contient déjà %2.</translation>
    </message>
    <message>
        <source>Replace the files?</source>
        <translation>Remplacer les fichiers&#xa0;?</translation>
    </message>
    <message>
        <source>%1

Replace them with this export? A PDF that was already signed loses its signatures.</source>
        <translation>%1

Les remplacer par cette exportation&#xa0;? Un PDF déjà signé perd ses signatures.</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Ouvrir le PDF</translation>
    </message>
    <message>
        <source>No program to show PDF files was found. The PDF is at %1.</source>
        <translation>Aucun programme pour afficher les fichiers PDF n&apos;a été trouvé. Le PDF se trouve dans %1.</translation>
    </message>
    <message>
        <source>Print this older PDF anyway? To print the report as it is now, export it again first.</source>
        <translation>Imprimer quand même ce PDF antérieur&#xa0;? Pour imprimer le rapport tel qu&apos;il est maintenant, exportez-le d&apos;abord à nouveau.</translation>
    </message>
    <message>
        <source>Sign this older PDF anyway? To sign the report as it is now, export it again first.</source>
        <translation>Signer quand même ce PDF antérieur&#xa0;? Pour signer le rapport tel qu&apos;il est maintenant, exportez-le d&apos;abord à nouveau.</translation>
    </message>
</context>
<context>
    <name>FieldHelp</name>
    <message>
        <source>Reporting year: the calendar year the report is about, 1 January to 31 December.</source>
        <translation>Année du rapport&#xa0;: l&apos;année civile sur laquelle porte le rapport, du 1er janvier au 31 décembre.</translation>
    </message>
    <message>
        <source>Language of the report: the language of its PDF and submission file; the window keeps its own.</source>
        <translation>Langue du rapport&#xa0;: la langue de son PDF et de son fichier de soumission&#xa0;; la fenêtre garde la sienne.</translation>
    </message>
    <message>
        <source>Name: the OCMW that is the cluster promoter and fills in this report.</source>
        <translation>Nom&#xa0;: le CPAS promoteur de cluster, qui remplit ce rapport.</translation>
    </message>
    <message>
        <source>Street and number: the address of the cluster promoter.</source>
        <translation>Rue et numéro&#xa0;: l&apos;adresse du promoteur de cluster.</translation>
    </message>
    <message>
        <source>Postal code: the four-digit postal code of the cluster promoter.</source>
        <translation>Code postal&#xa0;: le code postal à quatre chiffres du promoteur de cluster.</translation>
    </message>
    <message>
        <source>Municipality: where the cluster promoter is.</source>
        <translation>Commune&#xa0;: où se trouve le promoteur de cluster.</translation>
    </message>
    <message>
        <source>Contact person: who can answer questions about this report.</source>
        <translation>Personne de contact&#xa0;: qui peut répondre aux questions sur ce rapport.</translation>
    </message>
    <message>
        <source>Phone: the phone number of the contact person.</source>
        <translation>Téléphone&#xa0;: le numéro de téléphone de la personne de contact.</translation>
    </message>
    <message>
        <source>E-mail: the e-mail address of the contact person.</source>
        <translation>E-mail&#xa0;: l&apos;adresse e-mail de la personne de contact.</translation>
    </message>
    <message>
        <source>Enterprise number: optional, the promoter&apos;s number in the Crossroads Bank for Enterprises, as 0212.345.678.</source>
        <translation>Numéro d&apos;entreprise&#xa0;: facultatif, le numéro du promoteur de cluster à la Banque-Carrefour des Entreprises (BCE), sous la forme 0212.345.678.</translation>
    </message>
    <message>
        <source>Member OCMWs: the OCMWs of the cluster besides the promoter, at least two.</source>
        <translation>CPAS membres&#xa0;: les CPAS du cluster autres que le promoteur de cluster, au moins deux.</translation>
    </message>
    <message>
        <source>Name of the member OCMW: an OCMW of the cluster other than the promoter.</source>
        <translation>Nom du CPAS membre&#xa0;: un CPAS du cluster autre que le promoteur de cluster.</translation>
    </message>
    <message>
        <source>Enterprise number of the member: optional, as 0212.345.678.</source>
        <translation>Numéro d&apos;entreprise du CPAS membre&#xa0;: facultatif, sous la forme 0212.345.678.</translation>
    </message>
    <message>
        <source>Narrative report: what the cluster did last year, in at most 3,000 characters, and whether the objectives of the agreement were reached.</source>
        <translation>Rapport qualitatif&#xa0;: ce que le cluster a fait l&apos;an dernier, en 3 000 caractères au plus, et si les objectifs de la convention ont été atteints.</translation>
    </message>
    <message>
        <source>Partnerships: the official partnerships of the cluster, each based on an agreement.</source>
        <translation>Partenariats&#xa0;: les partenariats officiels du cluster, chacun fondé sur une convention.</translation>
    </message>
    <message>
        <source>Partner: the name of the organisation the cluster works with.</source>
        <translation>Partenaire&#xa0;: le nom de l&apos;organisation avec laquelle le cluster collabore.</translation>
    </message>
    <message>
        <source>Category: the kind of partner, chosen from the list.</source>
        <translation>Catégorie&#xa0;: le type de partenaire, à choisir dans la liste.</translation>
    </message>
    <message>
        <source>Agreement reference: the number or name of the agreement the partnership is based on.</source>
        <translation>Référence de la convention&#xa0;: le numéro ou le nom de la convention sur laquelle repose le partenariat.</translation>
    </message>
    <message>
        <source>Agreement date: the day the agreement was signed.</source>
        <translation>Date de la convention&#xa0;: le jour où la convention a été signée.</translation>
    </message>
    <message>
        <source>Description: what the partnership does, in a few words.</source>
        <translation>Description&#xa0;: ce que fait le partenariat, en quelques mots.</translation>
    </message>
    <message>
        <source>Regional employment service: the public employment service of the region, VDAB, Le Forem, Actiris or ADG.</source>
        <translation>Service régional de l&apos;emploi&#xa0;: le service public de l&apos;emploi de la région, VDAB, Le Forem, Actiris ou ADG.</translation>
    </message>
    <message>
        <source>Training provider: an organisation that gives courses or vocational training.</source>
        <translation>Opérateur de formation&#xa0;: une organisation qui donne des cours ou des formations professionnelles.</translation>
    </message>
    <message>
        <source>Social economy enterprise: an enterprise that gives work to persons far from the labour market.</source>
        <translation>Entreprise d&apos;économie sociale&#xa0;: une entreprise qui donne du travail à des personnes éloignées du marché de l&apos;emploi.</translation>
    </message>
    <message>
        <source>Other local government or OCMW: a municipality, another OCMW or another local authority.</source>
        <translation>Autre pouvoir local ou CPAS&#xa0;: une commune, un autre CPAS ou un autre pouvoir local.</translation>
    </message>
    <message>
        <source>Welfare or non-profit organisation: an association working in welfare or without profit.</source>
        <translation>Organisation d&apos;aide sociale ou ASBL&#xa0;: une association active dans l&apos;aide sociale ou sans but lucratif.</translation>
    </message>
    <message>
        <source>Private company: a company of the private sector.</source>
        <translation>Entreprise privée&#xa0;: une entreprise du secteur privé.</translation>
    </message>
    <message>
        <source>Other: a partner that fits none of the other categories.</source>
        <translation>Autre&#xa0;: un partenaire qui n&apos;entre dans aucune autre catégorie.</translation>
    </message>
    <message>
        <source>Training: the number of persons per training category and OCMW of the cluster.</source>
        <translation>Formation&#xa0;: le nombre de personnes par catégorie de formation et par CPAS du cluster.</translation>
    </message>
    <message>
        <source>OCMW column: the persons of this OCMW in each category, as the OCMW reported them.</source>
        <translation>Colonne d&apos;un CPAS&#xa0;: les personnes de ce CPAS dans chaque catégorie, telles que le CPAS les a communiquées.</translation>
    </message>
    <message>
        <source>Total: computed, the persons of the category in the whole cluster.</source>
        <translation>Total&#xa0;: calculé, les personnes de la catégorie dans tout le cluster.</translation>
    </message>
    <message>
        <source>Total activated persons: computed, the sum of all categories; a person in two categories counts twice.</source>
        <translation>Nombre total de personnes activées&#xa0;: calculé, la somme de toutes les catégories&#xa0;; une personne dans deux catégories compte deux fois.</translation>
    </message>
    <message>
        <source>Socio-professional assessment: persons whose assessment was made or is being made (intake, screening, guidance plan).</source>
        <translation>Bilan socioprofessionnel&#xa0;: les personnes dont le bilan a été réalisé ou est en cours (accueil, screening, plan d&apos;accompagnement).</translation>
    </message>
    <message>
        <source>Collective preparatory training: persons in a group course that prepares for what follows, e.g. Dutch lessons.</source>
        <translation>Formation préparatoire collective&#xa0;: les personnes suivant un cours en groupe qui prépare à la suite, par exemple des cours de néerlandais.</translation>
    </message>
    <message>
        <source>Qualifying vocational training: persons in a vocational training that ends with a certificate.</source>
        <translation>Formation professionnelle qualifiante&#xa0;: les personnes dans une formation professionnelle qui se termine par un certificat.</translation>
    </message>
    <message>
        <source>Internship before an article 60§7 contract: persons who tried the job before the contract started.</source>
        <translation>Stage préalable à un contrat article 60§7&#xa0;: les personnes qui ont essayé l&apos;emploi avant le début du contrat.</translation>
    </message>
    <message>
        <source>Work-linked training: persons alternating work and training, e.g. in construction or part-time schooling.</source>
        <translation>Formation en alternance&#xa0;: les personnes qui alternent travail et formation, par exemple dans la construction ou l&apos;enseignement à horaire réduit.</translation>
    </message>
    <message>
        <source>Individual vocational training: persons with an IBO contract concluded (FPI/PFI).</source>
        <translation>Formation professionnelle individuelle&#xa0;: les personnes avec un contrat FPI/PFI conclu.</translation>
    </message>
    <message>
        <source>Social activation pathway: optional, persons for whom it is a step or the last stage of a tailored pathway.</source>
        <translation>Trajet d&apos;activation sociale&#xa0;: facultatif, les personnes pour qui c&apos;est une étape ou l&apos;aboutissement d&apos;un trajet sur mesure.</translation>
    </message>
    <message>
        <source>Costs: how the subsidy was spent, in five categories; investment costs are not accepted.</source>
        <translation>Frais&#xa0;: comment le subside a été dépensé, en cinq catégories&#xa0;; les frais d&apos;investissement ne sont pas acceptés.</translation>
    </message>
    <message>
        <source>Total amount: the whole cost of the category in the reporting year.</source>
        <translation>Montant total&#xa0;: le coût entier de la catégorie pendant l&apos;année du rapport.</translation>
    </message>
    <message>
        <source>OCMW share: the part the OCMWs paid from their own means.</source>
        <translation>Part CPAS&#xa0;: la part que les CPAS ont payée sur leurs propres moyens.</translation>
    </message>
    <message>
        <source>Public share: the part paid by another government, e.g. a GESCO or first-job subsidy.</source>
        <translation>Part publique&#xa0;: la part payée par un autre pouvoir public, par exemple un subside ACS ou premier emploi.</translation>
    </message>
    <message>
        <source>Income: what the costs brought in, e.g. from a partnership with third parties.</source>
        <translation>Recettes&#xa0;: ce que les frais ont rapporté, par exemple d&apos;un partenariat avec des tiers.</translation>
    </message>
    <message>
        <source>Cluster-subsidy share: computed, total amount minus OCMW share, public share and income.</source>
        <translation>Part subside cluster&#xa0;: calculée, montant total moins part CPAS, part publique et recettes.</translation>
    </message>
    <message>
        <source>Total: computed, the sum of the column over the five categories.</source>
        <translation>Total&#xa0;: calculé, la somme de la colonne sur les cinq catégories.</translation>
    </message>
    <message>
        <source>Personnel costs: the wages of the staff who work for the cluster.</source>
        <translation>Frais de personnel&#xa0;: les salaires du personnel qui travaille pour le cluster.</translation>
    </message>
    <message>
        <source>Wage costs of activated persons: the wages of the persons put to work through the cluster.</source>
        <translation>Coût salarial des personnes activées&#xa0;: les salaires des personnes mises au travail par le cluster.</translation>
    </message>
    <message>
        <source>Agreements with third parties: what was paid under agreements with other organisations.</source>
        <translation>Conventions avec des tiers&#xa0;: ce qui a été payé en vertu de conventions avec d&apos;autres organisations.</translation>
    </message>
    <message>
        <source>Training costs: what the training of the persons cost.</source>
        <translation>Frais liés à la formation&#xa0;: ce qu&apos;a coûté la formation des personnes.</translation>
    </message>
    <message>
        <source>Operating costs: running costs such as premises, travel and material.</source>
        <translation>Frais de fonctionnement&#xa0;: les frais courants tels que locaux, déplacements et matériel.</translation>
    </message>
    <message>
        <source>Subsidy amount: the amount of the year&apos;s agreement; left empty, the amount of the year&apos;s rule.</source>
        <translation>Montant du subside&#xa0;: le montant de la convention de l&apos;année&#xa0;; laissé vide, le montant prévu pour l&apos;année.</translation>
    </message>
    <message>
        <source>Use the year&apos;s amount: empties the subsidy amount, so that the amount of the year&apos;s rule applies.</source>
        <translation>Utiliser le montant de l&apos;année&#xa0;: vide le montant du subside, pour que s&apos;applique le montant prévu pour l&apos;année.</translation>
    </message>
    <message>
        <source>Demonstrated amount: computed, the total of the cluster-subsidy share column.</source>
        <translation>Montant justifié&#xa0;: calculé, le total de la colonne part subside cluster.</translation>
    </message>
    <message>
        <source>Unjustified amount: computed, the subsidy minus the demonstrated amount, never below zero; it goes back to the State.</source>
        <translation>Montant non justifié&#xa0;: calculé, le subside moins le montant justifié, jamais sous zéro&#xa0;; il retourne à l&apos;État.</translation>
    </message>
    <message>
        <source>Advance: computed, the 75 % of the subsidy paid beforehand.</source>
        <translation>Avance&#xa0;: calculée, les 75 % du subside versés à l&apos;avance.</translation>
    </message>
    <message>
        <source>Balance: computed, the justified part of the subsidy minus the advance, to receive or to pay back.</source>
        <translation>Solde&#xa0;: calculé, la part justifiée du subside moins l&apos;avance, à recevoir ou à rembourser.</translation>
    </message>
    <message>
        <source>President: the name of the president who signs the report.</source>
        <translation>Président&#xa0;: le nom du président qui signe le rapport.</translation>
    </message>
    <message>
        <source>Secretary: the name of the secretary (general director) who signs the report.</source>
        <translation>Secrétaire&#xa0;: le nom du secrétaire (directeur général) qui signe le rapport.</translation>
    </message>
    <message>
        <source>Place: where the report is signed.</source>
        <translation>Lieu&#xa0;: où le rapport est signé.</translation>
    </message>
    <message>
        <source>Date: the day the report is signed, before 28 February of the following year.</source>
        <translation>Date&#xa0;: le jour où le rapport est signé, avant le 28 février de l&apos;année suivante.</translation>
    </message>
    <message>
        <source>Problems: everything the checks found; Enter or a double-click goes to the field.</source>
        <translation>Problèmes&#xa0;: tout ce que la vérification a trouvé&#xa0;; Entrée ou un double-clic mène au champ.</translation>
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
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>%1 – %2: %3</source>
        <translation>%1 – %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>IdentificationPage</name>
    <message>
        <source>Identification</source>
        <translation>Identification</translation>
    </message>
    <message>
        <source>The year of the report, the cluster promoter and the member OCMWs.</source>
        <translation>L&apos;année du rapport, le promoteur de cluster et les CPAS membres.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Cluster promoter</source>
        <translation>Promoteur de cluster</translation>
    </message>
    <message>
        <source>Member OCMWs</source>
        <translation>CPAS membres</translation>
    </message>
    <message>
        <source>Reporting &amp;year:</source>
        <translation>&amp;Année du rapport&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>&amp;Langue du rapport&#xa0;:</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Street and number:</source>
        <translation>R&amp;ue et numéro&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>&amp;Code postal&#xa0;:</translation>
    </message>
    <message>
        <source>Mun&amp;icipality:</source>
        <translation>C&amp;ommune&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ontact person:</source>
        <translation>Pe&amp;rsonne de contact&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Télép&amp;hone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>En&amp;terprise number:</source>
        <translation>Numéro d&apos;entrepr&amp;ise&#xa0;:</translation>
    </message>
    <message>
        <source>Name of the promoter</source>
        <translation>Nom du promoteur de cluster</translation>
    </message>
    <message>
        <source>Street and number of the promoter</source>
        <translation>Rue et numéro du promoteur de cluster</translation>
    </message>
    <message>
        <source>Postal code of the promoter</source>
        <translation>Code postal du promoteur de cluster</translation>
    </message>
    <message>
        <source>Municipality of the promoter</source>
        <translation>Commune du promoteur de cluster</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <source>Phone of the contact person</source>
        <translation>Téléphone de la personne de contact</translation>
    </message>
    <message>
        <source>E-mail of the contact person</source>
        <translation>E-mail de la personne de contact</translation>
    </message>
    <message>
        <source>Enterprise number of the promoter (optional)</source>
        <translation>Numéro d&apos;entreprise du promoteur de cluster (facultatif)</translation>
    </message>
    <message>
        <source>optional, e.g. 0212.345.678</source>
        <translation>facultatif, p. ex. 0212.345.678</translation>
    </message>
    <message>
        <source>Reporting year</source>
        <translation>Année du rapport</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <source>A cluster has at least three OCMWs: the promoter and at least two members. Type in a cell to fill it in.</source>
        <translation>Un cluster compte au moins trois CPAS&#xa0;: le promoteur de cluster et au moins deux membres. Tapez dans une cellule pour la remplir.</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>A&amp;jouter un membre</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Vers le haut</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Vers le &amp;bas</translation>
    </message>
</context>
<context>
    <name>LeftOutNote</name>
    <message numerus="yes">
        <source>%n cell(s) not counted: a negative value or one that cannot be read counts as nothing in this total until it is corrected.</source>
        <translation>
            <numerusform>%n cellule non comptée&#xa0;: une valeur négative ou illisible ne compte pas dans ce total tant qu&apos;elle n&apos;est pas corrigée.</numerusform>
            <numerusform>%n cellules non comptées&#xa0;: une valeur négative ou illisible ne compte pas dans ce total tant qu&apos;elle n&apos;est pas corrigée.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>&amp;New report</source>
        <translation>&amp;Nouveau rapport</translation>
    </message>
    <message>
        <source>New from &amp;last year&apos;s</source>
        <translation>Nouveau d&apos;après l&apos;&amp;année passée</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Close report</source>
        <translation>&amp;Fermer le rapport</translation>
    </message>
    <message>
        <source>Open &amp;submission file…</source>
        <translation>O&amp;uvrir un fichier de soumission…</translation>
    </message>
    <message>
        <source>Read a scanned &amp;print…</source>
        <translation>&amp;Lire une impression scannée…</translation>
    </message>
    <message>
        <source>Si&amp;gn a PDF…</source>
        <translation>Si&amp;gner un PDF…</translation>
    </message>
    <message>
        <source>&amp;Verify a signed PDF…</source>
        <translation>Vérifier un P&amp;DF signé…</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Restaurer une sauvegard&amp;e…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Restore from the bin</source>
        <translation>&amp;Restaurer depuis la corbeille</translation>
    </message>
    <message>
        <source>&amp;Empty the bin…</source>
        <translation>&amp;Vider la corbeille…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About Clusterverslag</source>
        <translation>À &amp;propos de Clusterverslag</translation>
    </message>
    <message>
        <source>&amp;What&apos;s this?</source>
        <translation>&amp;Qu&apos;est-ce que c&apos;est&#xa0;?</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Annuler (Ctrl+Z)</translation>
    </message>
    <message>
        <source>A report for the next year with the identification, members and partnerships of the selected one.</source>
        <translation>Un rapport pour l&apos;année suivante avec l&apos;identification, les membres et les partenariats du rapport sélectionné.</translation>
    </message>
    <message>
        <source>Check a submission file, then import it as a new report or only look at it.</source>
        <translation>Vérifier un fichier de soumission, puis l&apos;importer comme nouveau rapport ou seulement le consulter.</translation>
    </message>
    <message>
        <source>Read the data codes of a scanned or photographed print back into the report, then import it or only look at it.</source>
        <translation>Relire les codes de données d&apos;une impression scannée ou photographiée pour retrouver le rapport, puis l&apos;importer ou seulement le consulter.</translation>
    </message>
    <message>
        <source>Sign an exported PDF with a certificate file or the eID card.</source>
        <translation>Signer un PDF exporté avec un fichier de certificat ou la carte eID.</translation>
    </message>
    <message>
        <source>Check the signatures of a PDF and the submission file embedded in it.</source>
        <translation>Vérifier les signatures d&apos;un PDF et le fichier de soumission qui y est joint.</translation>
    </message>
    <message>
        <source>Put back a copy of your reports from the backups folder; the current file is kept aside.</source>
        <translation>Remettre en place une copie de vos rapports du dossier backups&#xa0;; le fichier actuel est conservé à part.</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>Nouveau rapport</translation>
    </message>
    <message>
        <source>New from last year&apos;s</source>
        <translation>Nouveau d&apos;après l&apos;année passée</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Empty the bin…</source>
        <translation>Vider la corbeille…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Try to save the report again now.</source>
        <translation>Essayer à nouveau d&apos;enregistrer le rapport maintenant.</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <source>Save the report in a file of its own elsewhere, for example on a USB stick.</source>
        <translation>Enregistrer le rapport dans un fichier séparé à un autre endroit, par exemple sur une clé USB.</translation>
    </message>
    <message>
        <source>Promoter</source>
        <translation>Promoteur de cluster</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>Supprimé le</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Reports in the bin</source>
        <translation>Rapports dans la corbeille</translation>
    </message>
    <message>
        <source>Deleted reports stay here until you empty the bin. Restore brings one back to the list.</source>
        <translation>Les rapports supprimés restent ici jusqu&apos;à ce que vous vidiez la corbeille. Restaurer remet un rapport dans la liste.</translation>
    </message>
    <message>
        <source>The reports cannot be read</source>
        <translation>Les rapports ne peuvent pas être lus</translation>
    </message>
    <message>
        <source>Reports (%1)</source>
        <translation>Rapports (%1)</translation>
    </message>
    <message>
        <source>Bin (%1)</source>
        <translation>Corbeille (%1)</translation>
    </message>
    <message>
        <source>Open a report to go on with it, or start a new one.</source>
        <translation>Ouvrez un rapport pour le continuer, ou commencez-en un nouveau.</translation>
    </message>
    <message>
        <source>No reports yet. Choose New report to start the report of the year just ended.</source>
        <translation>Pas encore de rapport. Choisissez Nouveau rapport pour commencer le rapport de l&apos;année écoulée.</translation>
    </message>
    <message>
        <source>(promoter not filled in yet)</source>
        <translation>(promoteur de cluster pas encore indiqué)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>The report cannot be created</source>
        <translation>Le rapport ne peut pas être créé</translation>
    </message>
    <message>
        <source>The report cannot be opened</source>
        <translation>Le rapport ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>No copy saved</source>
        <translation>Aucune copie enregistrée</translation>
    </message>
    <message>
        <source>The copy could not be written to %1:
%2</source>
        <translation>La copie n&apos;a pas pu être écrite dans %1&#xa0;:
%2</translation>
    </message>
    <message>
        <source>A copy was saved as the submission file %1. File ▸ Open submission file… imports it.</source>
        <translation>Une copie a été enregistrée comme fichier de soumission %1. Fichier ▸ Ouvrir un fichier de soumission… l&apos;importe.</translation>
    </message>
    <message>
        <source>The report still has errors, so it cannot be a submission file yet. A copy was saved as the database file %1, which holds this report only; open it with clusterverslag --db followed by that file name.</source>
        <translation>Le rapport contient encore des erreurs et ne peut donc pas encore être un fichier de soumission. Une copie a été enregistrée comme fichier de base de données %1, qui ne contient que ce rapport&#xa0;; ouvrez-le avec clusterverslag --db suivi de ce nom de fichier.</translation>
    </message>
    <message>
        <source>Copy saved</source>
        <translation>Copie enregistrée</translation>
    </message>
    <message>
        <source>Submission files (*.xml)</source>
        <translation>Fichiers de soumission (*.xml)</translation>
    </message>
    <message>
        <source>Clusterverslag database files (*.sqlite)</source>
        <translation>Fichiers de base de données de Clusterverslag (*.sqlite)</translation>
    </message>
    <message>
        <source>Save a copy of the report</source>
        <translation>Enregistrer une copie du rapport</translation>
    </message>
    <message>
        <source>No report was being edited; the reports in the list are saved.</source>
        <translation>Aucun rapport n&apos;était en cours de modification&#xa0;; les rapports de la liste sont enregistrés.</translation>
    </message>
    <message>
        <source>The report is saved.</source>
        <translation>Le rapport est enregistré.</translation>
    </message>
    <message>
        <source>The last changes could not be saved (%1). A copy of the report was saved as %2.</source>
        <translation>Les dernières modifications n&apos;ont pas pu être enregistrées (%1). Une copie du rapport a été enregistrée sous %2.</translation>
    </message>
    <message>
        <source>The last changes could not be saved (%1). They are still in the window: use Retry or Save a copy… before closing.</source>
        <translation>Les dernières modifications n&apos;ont pas pu être enregistrées (%1). Elles sont toujours dans la fenêtre&#xa0;: utilisez Réessayer ou Enregistrer une copie… avant de fermer.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>What you typed is kept in this window; saving is tried again every few seconds and at every change.</source>
        <translation>Ce que vous avez tapé reste dans cette fenêtre&#xa0;; l&apos;enregistrement est retenté toutes les quelques secondes et à chaque modification.</translation>
    </message>
    <message>
        <source>A copy was saved as %1.</source>
        <translation>Une copie a été enregistrée sous %1.</translation>
    </message>
    <message>
        <source>The checks and computed figures could not be updated: %1 The list of problems may be out of date.</source>
        <translation>Les contrôles et les montants calculés n&apos;ont pas pu être mis à jour&#xa0;: %1 La liste des problèmes n&apos;est peut-être plus à jour.</translation>
    </message>
    <message>
        <source>The file was replaced</source>
        <translation>Le fichier a été remplacé</translation>
    </message>
    <message>
        <source>%1 –</source>
        <translation>%1 –</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file of your reports was moved, deleted or replaced by another program (for example a backup restored in another window), so what you typed here was not saved in it.

Keep what you typed as a new report in the file that is there now?</source>
        <translation>Le fichier de vos rapports a été déplacé, supprimé ou remplacé par un autre programme (par exemple une sauvegarde restaurée dans une autre fenêtre)&#xa0;; ce que vous avez saisi ici n&apos;y a donc pas été enregistré.

Conserver ce que vous avez saisi comme nouveau rapport dans le fichier qui s&apos;y trouve maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Changed in another window</source>
        <translation>Modifié dans une autre fenêtre</translation>
    </message>
    <message>
        <source>This report was changed in another window or program since you opened it, so what you typed here was not saved over it.

Keep what you typed as a copy (a new report)? The report as the other window saved it stays as it is.</source>
        <translation>Ce rapport a été modifié dans une autre fenêtre ou un autre programme depuis que vous l&apos;avez ouvert&#xa0;; ce que vous avez saisi ici n&apos;a donc pas été enregistré par-dessus.

Conserver ce que vous avez saisi comme copie (un nouveau rapport)&#xa0;? Le rapport tel que l&apos;autre fenêtre l&apos;a enregistré reste inchangé.</translation>
    </message>
    <message>
        <source>The copy cannot be saved</source>
        <translation>La copie ne peut pas être enregistrée</translation>
    </message>
    <message>
        <source>Kept as a copy: a new report.</source>
        <translation>Conservé comme copie&#xa0;: un nouveau rapport.</translation>
    </message>
    <message>
        <source>Saving a copy as %1…</source>
        <translation>Enregistrement d&apos;une copie sous %1…</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Déjà importé</translation>
    </message>
    <message>
        <source>This report is already among your reports (report %1%2).</source>
        <translation>Ce rapport figure déjà parmi vos rapports (rapport %1%2).</translation>
    </message>
    <message>
        <source>, in the bin</source>
        <translation>, dans la corbeille</translation>
    </message>
    <message>
        <source>Importing it again makes a second, separate report.</source>
        <translation>L&apos;importer à nouveau crée un second rapport, distinct.</translation>
    </message>
    <message>
        <source>&amp;Open that report</source>
        <translation>&amp;Ouvrir ce rapport</translation>
    </message>
    <message>
        <source>&amp;Import as another report</source>
        <translation>&amp;Importer comme nouveau rapport</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose the PDF to sign</source>
        <translation>Choisissez le PDF à signer</translation>
    </message>
    <message>
        <source>Choose the signed PDF to verify</source>
        <translation>Choisissez le PDF signé à vérifier</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <source>Cancelling… The current file stays in its place.</source>
        <translation>Annulation en cours… Le fichier actuel reste à sa place.</translation>
    </message>
    <message>
        <source>Restore cancelled: nothing was changed.</source>
        <translation>Restauration annulée&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The backup cannot be restored</source>
        <translation>La sauvegarde ne peut pas être restaurée</translation>
    </message>
    <message>
        <source>Nothing was changed: the current file is still in its place.

%1</source>
        <translation>Rien n&apos;a été modifié&#xa0;: le fichier actuel est toujours à sa place.

%1</translation>
    </message>
    <message>
        <source>The backup was restored. The file before it is kept as %1.</source>
        <translation>La sauvegarde a été restaurée. Le fichier précédent est conservé sous le nom %1.</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>La sauvegarde a été restaurée.</translation>
    </message>
    <message>
        <source>Delete report</source>
        <translation>Supprimer le rapport</translation>
    </message>
    <message>
        <source>Move the report %1 %2 to the bin?

You can restore it from the bin until you empty the bin.</source>
        <translation>Mettre le rapport %1 %2 dans la corbeille&#xa0;?

Vous pouvez le restaurer tant que vous ne videz pas la corbeille.</translation>
    </message>
    <message>
        <source>The report cannot be deleted</source>
        <translation>Le rapport ne peut pas être supprimé</translation>
    </message>
    <message>
        <source>The report is in the bin.</source>
        <translation>Le rapport est dans la corbeille.</translation>
    </message>
    <message>
        <source>The report cannot be restored</source>
        <translation>Le rapport ne peut pas être restauré</translation>
    </message>
    <message>
        <source>The report is back in the list.</source>
        <translation>Le rapport est de retour dans la liste.</translation>
    </message>
    <message>
        <source>Empty the bin</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n report(s) in the bin for good? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer définitivement %n rapport de la corbeille&#xa0;? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer définitivement les %n rapports de la corbeille&#xa0;? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>The bin cannot be emptied</source>
        <translation>La corbeille ne peut pas être vidée</translation>
    </message>
    <message>
        <source>The last changes to this report could not be saved:
%1

What do you want to do with them?</source>
        <translation>Les dernières modifications de ce rapport n&apos;ont pas pu être enregistrées&#xa0;:
%1

Que voulez-vous en faire&#xa0;?</translation>
    </message>
    <message>
        <source>Close and lose the changes</source>
        <translation>Fermer et perdre les modifications</translation>
    </message>
    <message>
        <source>Keep the report open</source>
        <translation>Garder le rapport ouvert</translation>
    </message>
    <message>
        <source>Read-only: nothing is saved</source>
        <translation>Lecture seule&#xa0;: rien n&apos;est enregistré</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Name of the member OCMW</source>
        <translation>Nom du CPAS membre</translation>
    </message>
    <message>
        <source>Enterprise number (optional)</source>
        <translation>Numéro d&apos;entreprise (facultatif)</translation>
    </message>
</context>
<context>
    <name>NarrativePage</name>
    <message>
        <source>Narrative</source>
        <translation>Rapport qualitatif</translation>
    </message>
    <message>
        <source>What happened in the cluster last year, in at most 3,000 characters. Say here whether the objectives of the agreement were reached, and object here to figures that the POD filled in.</source>
        <translation>Ce qui s&apos;est passé dans le cluster l&apos;an dernier, en 3 000 caractères au plus. Indiquez ici si les objectifs de la convention ont été atteints, et contestez ici les chiffres que le SPP a remplis.</translation>
    </message>
    <message>
        <source>Narrative &amp;report:</source>
        <translation>&amp;Rapport qualitatif&#xa0;:</translation>
    </message>
    <message>
        <source>Narrative report</source>
        <translation>Rapport qualitatif</translation>
    </message>
    <message>
        <source>Characters used</source>
        <translation>Caractères utilisés</translation>
    </message>
    <message>
        <source>Questions to guide you</source>
        <translation>Questions pour vous guider</translation>
    </message>
    <message>
        <source>Which projects and initiatives were started?</source>
        <translation>Quels projets et initiatives ont été lancés&#xa0;?</translation>
    </message>
    <message>
        <source>What was successful or instructive?</source>
        <translation>Qu&apos;est-ce qui a réussi ou a été instructif&#xa0;?</translation>
    </message>
    <message>
        <source>Why was a method an added value?</source>
        <translation>Pourquoi une méthode a-t-elle été une plus-value&#xa0;?</translation>
    </message>
    <message>
        <source>Were there disappointments?</source>
        <translation>Y a-t-il eu des déceptions&#xa0;?</translation>
    </message>
    <message>
        <source>Where did it go wrong?</source>
        <translation>Où cela a-t-il mal tourné&#xa0;?</translation>
    </message>
    <message>
        <source>How can it be better?</source>
        <translation>Comment faire mieux&#xa0;?</translation>
    </message>
    <message>
        <source>Not pasted: the text has %1 characters and only %2 more fit. Nothing was cut; shorten the text to paste, or the narrative, first.</source>
        <translation>Pas collé&#xa0;: le texte compte %1 caractères et il n&apos;en reste que %2. Rien n&apos;a été coupé&#xa0;; raccourcissez d&apos;abord le texte à coller, ou le rapport.</translation>
    </message>
    <message>
        <source>The narrative is full: it holds at most %1 characters.</source>
        <translation>Le rapport qualitatif est plein&#xa0;: il compte au plus %1 caractères.</translation>
    </message>
</context>
<context>
    <name>OpenElsewhereView</name>
    <message>
        <source>This report is open in another window: on computer %1, program process %2, since %3. Here it is only shown, so that neither window overwrites the other. To change it here, close it there and open it again; or keep what is shown as a copy (a new report).</source>
        <translation>Ce rapport est ouvert dans une autre fenêtre&#xa0;: sur l&apos;ordinateur %1, processus %2, depuis le %3. Ici, il est seulement affiché, pour qu&apos;aucune des deux fenêtres n&apos;écrase l&apos;autre. Pour le modifier ici, fermez-le là-bas et rouvrez-le ici&#xa0;; ou conservez ce qui est affiché comme copie (un nouveau rapport).</translation>
    </message>
    <message>
        <source>Keep as a &amp;copy</source>
        <translation>Conser&amp;ver comme copie</translation>
    </message>
    <message>
        <source>Read-only: open in another window</source>
        <translation>Lecture seule&#xa0;: ouvert dans une autre fenêtre</translation>
    </message>
</context>
<context>
    <name>PartnershipCategory</name>
    <message>
        <source>Regional employment service (VDAB, Le Forem, Actiris, ADG)</source>
        <translation>Service régional de l&apos;emploi (VDAB, Le Forem, Actiris, ADG)</translation>
    </message>
    <message>
        <source>Training provider</source>
        <translation>Opérateur de formation</translation>
    </message>
    <message>
        <source>Social economy enterprise</source>
        <translation>Entreprise d&apos;économie sociale</translation>
    </message>
    <message>
        <source>Other local government or OCMW</source>
        <translation>Autre pouvoir local ou CPAS</translation>
    </message>
    <message>
        <source>Welfare or non-profit organisation</source>
        <translation>Organisation d&apos;aide sociale ou ASBL</translation>
    </message>
    <message>
        <source>Private company</source>
        <translation>Entreprise privée</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>PartnershipsModel</name>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Agreement reference</source>
        <translation>Référence de la convention</translation>
    </message>
    <message>
        <source>Agreement date</source>
        <translation>Date de la convention</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>PartnershipsPage</name>
    <message>
        <source>Partnerships</source>
        <translation>Partenariats</translation>
    </message>
    <message>
        <source>The partnerships of the cluster, each put into a category.</source>
        <translation>Les partenariats du cluster, chacun classé dans une catégorie.</translation>
    </message>
    <message>
        <source>Only official partnerships count: those based on an agreement. Give the reference of the agreement for each.</source>
        <translation>Seuls les partenariats officiels comptent&#xa0;: ceux fondés sur une convention. Indiquez pour chacun la référence de la convention.</translation>
    </message>
    <message>
        <source>&amp;Add partnership</source>
        <translation>&amp;Ajouter un partenariat</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Vers le haut</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Vers le &amp;bas</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>jj-mm-aaaa</translation>
    </message>
    <message>
        <source>Dates as %1. Type in a cell to fill it in; F2 edits it.</source>
        <translation>Dates au format %1. Tapez dans une cellule pour la remplir&#xa0;; F2 la modifie.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print preview – %1</source>
        <translation>Aperçu avant impression – %1</translation>
    </message>
    <message>
        <source>◀ &amp;Previous page</source>
        <translation>◀ Page &amp;précédente</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Page précédente (Page Up)</translation>
    </message>
    <message>
        <source>&amp;Next page ▶</source>
        <translation>Page &amp;suivante ▶</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Page suivante (Page Down)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Smaller (Ctrl+-); Ctrl+0 fits the page to the window</source>
        <translation>Plus petit (Ctrl+-)&#xa0;; Ctrl+0 ajuste la page à la fenêtre</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Larger (Ctrl++)</source>
        <translation>Plus grand (Ctrl++)</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Choose the printer and the pages, then print (Ctrl+P)</source>
        <translation>Choisir l&apos;imprimante et les pages, puis imprimer (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Fer&amp;mer</translation>
    </message>
    <message>
        <source>Page as it will be printed</source>
        <translation>Page telle qu&apos;elle sera imprimée</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Preparing page %1…</source>
        <translation>Préparation de la page %1…</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>The PDF %1 cannot be read, so it cannot be printed.</source>
        <translation>Le PDF %1 ne peut pas être lu&#xa0;; il ne peut donc pas être imprimé.</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimer %1</translation>
    </message>
    <message>
        <source>Preparing %1 for the printer…</source>
        <translation>Préparation de %1 pour l&apos;imprimante…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Printing %1</source>
        <translation>Impression de %1</translation>
    </message>
    <message>
        <source>Printing was cancelled. Nothing was written.</source>
        <translation>L&apos;impression a été annulée. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Printing was cancelled. Nothing was sent to the printer.</source>
        <translation>L&apos;impression a été annulée. Rien n&apos;a été envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Printing was cancelled. The print job was withdrawn.</source>
        <translation>L&apos;impression a été annulée. La tâche d&apos;impression a été retirée.</translation>
    </message>
    <message>
        <source>Printing to a file was cancelled after page %1 of %2: the file %3 holds only the pages written so far, not the whole document.</source>
        <translation>L&apos;impression dans un fichier a été annulée après la page %1 sur %2&#xa0;: le fichier %3 ne contient que les pages écrites jusque-là, pas tout le document.</translation>
    </message>
    <message>
        <source>Printing was cancelled after page 1 of %2. The system cannot withdraw a page already handed to it: that page may still come out of the printer.</source>
        <translation>L&apos;impression a été annulée après la page 1 sur %2. Le système ne peut pas retirer une page qu&apos;il a déjà reçue&#xa0;: cette page peut encore sortir de l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Printing was cancelled after page %1 of %2. The system cannot withdraw pages already handed to it: those %1 pages may still come out of the printer.</source>
        <translation>L&apos;impression a été annulée après la page %1 sur %2. Le système ne peut pas retirer les pages qu&apos;il a déjà reçues&#xa0;: ces %1 pages peuvent encore sortir de l&apos;imprimante.</translation>
    </message>
    <message>
        <source>The PDF could not be printed. Check the printer and try again.</source>
        <translation>Le PDF n&apos;a pas pu être imprimé. Vérifiez l&apos;imprimante et réessayez.</translation>
    </message>
</context>
<context>
    <name>ProblemCounts</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadOnlyView</name>
    <message>
        <source>This submission file is only shown: nothing in it can be changed, and nothing is kept. To work on it or export it, import it as a new report.</source>
        <translation>Ce fichier de soumission est seulement affiché&#xa0;: rien ne peut y être modifié et rien n&apos;est conservé. Pour y travailler ou l&apos;exporter, importez-le comme nouveau rapport.</translation>
    </message>
    <message>
        <source>Import as ne&amp;w report</source>
        <translation>Importer comme nou&amp;veau rapport</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Lecture seule&#xa0;: %1</translation>
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
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>Changed since export</source>
        <translation>Modifié après export</translation>
    </message>
</context>
<context>
    <name>ReportWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Fer&amp;mer</translation>
    </message>
    <message>
        <source>Parts of the report</source>
        <translation>Parties du rapport</translation>
    </message>
    <message>
        <source>Member added</source>
        <translation>CPAS membre ajouté</translation>
    </message>
    <message>
        <source>Member removed</source>
        <translation>CPAS membre retiré</translation>
    </message>
    <message>
        <source>Member moved</source>
        <translation>CPAS membre déplacé</translation>
    </message>
    <message>
        <source>Partnership added</source>
        <translation>Partenariat ajouté</translation>
    </message>
    <message>
        <source>Partnership removed</source>
        <translation>Partenariat retiré</translation>
    </message>
    <message>
        <source>Partnership moved</source>
        <translation>Partenariat déplacé</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>The backups cannot be read:
%1</source>
        <translation>Les sauvegardes ne peuvent pas être lues&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Lecture des sauvegardes…</translation>
    </message>
    <message>
        <source>Copies of your reports, taken when the program starts after a change and every ten minutes while you work. The newest ten are kept, and one per month before that.</source>
        <translation>Copies de vos rapports, faites quand le programme démarre après une modification et toutes les dix minutes pendant que vous travaillez. Les dix plus récentes sont conservées, et une par mois avant cela.</translation>
    </message>
    <message>
        <source>There are no backups yet: one is taken when the program starts after a change, and every ten minutes while you work.</source>
        <translation>Il n&apos;y a pas encore de sauvegarde&#xa0;: une copie est faite quand le programme démarre après une modification, et toutes les dix minutes pendant que vous travaillez.</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Reports in it</source>
        <translation>Rapports qu&apos;elle contient</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>(this copy cannot be read)</source>
        <translation>(cette copie ne peut pas être lue)</translation>
    </message>
    <message>
        <source>(no reports)</source>
        <translation>(aucun rapport)</translation>
    </message>
    <message>
        <source>(promoter not filled in yet)</source>
        <translation>(promoteur de cluster pas encore indiqué)</translation>
    </message>
    <message>
        <source>(in the bin)</source>
        <translation>(dans la corbeille)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring replaces the reports by those of this copy. The current file is not deleted: it is kept in %2, its name followed by the date and time of the restore (%1).</source>
        <translation>La restauration remplace les rapports par ceux de cette copie. Le fichier actuel n&apos;est pas supprimé&#xa0;: il est conservé dans %2, avec la date et l&apos;heure de la restauration après son nom (%1).</translation>
    </message>
    <message>
        <source>Restore a backup now?</source>
        <translation>Restaurer une sauvegarde maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>The backup cannot be restored:
%1</source>
        <translation>La sauvegarde ne peut pas être restaurée&#xa0;:
%1</translation>
    </message>
</context>
<context>
    <name>SaveFailure</name>
    <message>
        <source>the disk is full.</source>
        <translation>le disque est plein.</translation>
    </message>
    <message>
        <source>the file may not be written (no permission, or a read-only disk).</source>
        <translation>le fichier ne peut pas être modifié (pas d&apos;autorisation, ou disque en lecture seule).</translation>
    </message>
    <message>
        <source>the disk reported a read or write error.</source>
        <translation>le disque a signalé une erreur de lecture ou d&apos;écriture.</translation>
    </message>
    <message>
        <source>the file could not be written (%1).</source>
        <translation>le fichier n&apos;a pas pu être écrit (%1).</translation>
    </message>
    <message>
        <source>the file is in use by another program.</source>
        <translation>le fichier est utilisé par un autre programme.</translation>
    </message>
    <message>
        <source>the database reported an error (%1).</source>
        <translation>la base de données a signalé une erreur (%1).</translation>
    </message>
    <message>
        <source>an error in the program (%1).</source>
        <translation>une erreur dans le programme (%1).</translation>
    </message>
    <message>
        <source>No log file could be written.</source>
        <translation>Aucun fichier journal n&apos;a pu être écrit.</translation>
    </message>
    <message>
        <source>The details are in the log file %1.</source>
        <translation>Les détails se trouvent dans le fichier journal %1.</translation>
    </message>
</context>
<context>
    <name>ScannedPrint</name>
    <message>
        <source>Read a scanned print</source>
        <translation>Lire une impression scannée</translation>
    </message>
    <message>
        <source>Scans and photos (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Scans et photos (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading the data codes of %1…</source>
        <translation>Lecture des codes de données de %1…</translation>
    </message>
    <message>
        <source>Reading the data codes of %1: page %2…</source>
        <translation>Lecture des codes de données de %1&#xa0;: page %2…</translation>
    </message>
    <message>
        <source>Reading the scanned print was cancelled: nothing was imported.</source>
        <translation>La lecture de l&apos;impression scannée a été annulée&#xa0;: rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Reading the scanned print was cancelled after %1 pages were read: nothing was imported.</source>
        <translation>La lecture de l&apos;impression scannée a été annulée après la lecture de %1 pages&#xa0;: rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Cancelling… The page being read is finished first; nothing is imported.</source>
        <translation>Annulation en cours… La page en cours de lecture est d&apos;abord terminée&#xa0;; rien n&apos;est importé.</translation>
    </message>
    <message>
        <source>Scanned print not read</source>
        <translation>Impression scannée non lue</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
</context>
<context>
    <name>SigningDialog</name>
    <message>
        <source>Sign the PDF digitally</source>
        <translation>Signer le PDF numériquement</translation>
    </message>
    <message>
        <source>&amp;PDF:</source>
        <translation>&amp;PDF&#xa0;:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>The exported PDF to sign</source>
        <translation>Le PDF exporté à signer</translation>
    </message>
    <message>
        <source>Who signs</source>
        <translation>Qui signe</translation>
    </message>
    <message>
        <source>The p&amp;resident</source>
        <translation>Le p&amp;résident</translation>
    </message>
    <message>
        <source>The s&amp;ecretary (general director)</source>
        <translation>Le &amp;secrétaire (directeur général)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Certificate &amp;file (.p12, .pfx)</source>
        <translation>&amp;Fichier de certificat (.p12, .pfx)</translation>
    </message>
    <message>
        <source>Belgian e&amp;ID card</source>
        <translation>Carte e&amp;ID belge</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Fic&amp;hier&#xa0;:</translation>
    </message>
    <message>
        <source>The certificate file</source>
        <translation>Le fichier de certificat</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Password of the certificate file</source>
        <translation>Mot de passe du fichier de certificat</translation>
    </message>
    <message>
        <source>Insert the card in the reader. The eID middleware asks for your PIN.</source>
        <translation>Insérez la carte dans le lecteur. Le middleware eID demande votre code PIN.</translation>
    </message>
    <message>
        <source>The eID middleware is not installed. To sign with your eID card, install the eID middleware from &lt;a href=&quot;https://eid.belgium.be&quot;&gt;https://eid.belgium.be&lt;/a&gt; and open this window again.</source>
        <translation>Le middleware eID n&apos;est pas installé. Pour signer avec votre carte eID, installez le middleware eID depuis &lt;a href=&quot;https://eid.belgium.be&quot;&gt;https://eid.belgium.be&lt;/a&gt; et ouvrez à nouveau cette fenêtre.</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>Si&amp;gner</translation>
    </message>
    <message>
        <source>&amp;Check signatures…</source>
        <translation>&amp;Vérifier les signatures…</translation>
    </message>
    <message>
        <source>Choose the exported PDF</source>
        <translation>Choisissez le PDF exporté</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>Choisissez le fichier de certificat</translation>
    </message>
    <message>
        <source>Certificate files (*.p12 *.pfx)</source>
        <translation>Fichiers de certificat (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>President</source>
        <translation>Président</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secrétaire</translation>
    </message>
    <message>
        <source>%1: not signed yet</source>
        <translation>%1&#xa0;: pas encore signé</translation>
    </message>
    <message>
        <source>%1: signed by %2</source>
        <translation>%1&#xa0;: signé par %2</translation>
    </message>
    <message>
        <source>Signing %1…</source>
        <translation>Signature de %1…</translation>
    </message>
    <message>
        <source>Choose the exported PDF first.</source>
        <translation>Choisissez d&apos;abord le PDF exporté.</translation>
    </message>
    <message>
        <source>Choose the certificate file first.</source>
        <translation>Choisissez d&apos;abord le fichier de certificat.</translation>
    </message>
    <message>
        <source>Not signed: cancelled. The PDF was not changed.</source>
        <translation>Pas signé&#xa0;: annulé. Le PDF n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The signatures already in the PDF were not checked: cancelled.</source>
        <translation>Les signatures déjà présentes dans le PDF n&apos;ont pas été vérifiées&#xa0;: annulé.</translation>
    </message>
    <message>
        <source>The signed PDF could not be written: %1</source>
        <translation>Le PDF signé n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed by %1 as president.</source>
        <translation>Signé par %1 en tant que président.</translation>
    </message>
    <message>
        <source>Signed by %1 as secretary.</source>
        <translation>Signé par %1 en tant que secrétaire.</translation>
    </message>
</context>
<context>
    <name>SubmissionFile</name>
    <message>
        <source>Open a submission file</source>
        <translation>Ouvrir un fichier de soumission</translation>
    </message>
    <message>
        <source>Submission files (*.xml);;All files (*)</source>
        <translation>Fichiers de soumission (*.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open submission file</source>
        <translation>Ouvrir le fichier de soumission</translation>
    </message>
    <message>
        <source>Cancelling… The check under way cannot be interrupted: when it ends, its result is dropped and nothing is imported.</source>
        <translation>Annulation en cours… La vérification en cours ne peut pas être interrompue&#xa0;: quand elle se termine, son résultat est abandonné et rien n&apos;est importé.</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled: nothing was imported.</source>
        <translation>La lecture de %1 a été annulée&#xa0;: rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation>Lecture et vérification de %1…</translation>
    </message>
</context>
<context>
    <name>SubmissionProblemsDialog</name>
    <message>
        <source>Submission file refused</source>
        <translation>Fichier de soumission refusé</translation>
    </message>
    <message>
        <source>%1 cannot be opened: it is not a submission file this program can read, or it was changed after it was written. Nothing was imported.

Problems found: %2.</source>
        <translation>%1 ne peut pas être ouvert&#xa0;: ce n&apos;est pas un fichier de soumission que ce programme peut lire, ou il a été modifié après avoir été écrit. Rien n&apos;a été importé.

Problèmes trouvés&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Problems of the submission file</source>
        <translation>Problèmes du fichier de soumission</translation>
    </message>
    <message>
        <source>&amp;Copy the list</source>
        <translation>&amp;Copier la liste</translation>
    </message>
</context>
<context>
    <name>SubmissionSummaryDialog</name>
    <message>
        <source>Open submission file</source>
        <translation>Ouvrir le fichier de soumission</translation>
    </message>
    <message>
        <source>The submission file was read and is in order. Import it as a new report to work on it, or only look at it.</source>
        <translation>Le fichier de soumission a été lu et est en ordre. Importez-le comme nouveau rapport pour y travailler, ou consultez-le seulement.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Promoter:</source>
        <translation>Promoteur de cluster&#xa0;:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Année&#xa0;:</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Membres&#xa0;:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Empreinte&#xa0;:</translation>
    </message>
    <message>
        <source>SHA-256 of the file: %1</source>
        <translation>SHA-256 du fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>The checks find no problems.</source>
        <translation>La vérification ne trouve aucun problème.</translation>
    </message>
    <message>
        <source>The checks find warnings: %1. They do not stop the report from being exported.</source>
        <translation>La vérification trouve des avertissements&#xa0;: %1. Ils n&apos;empêchent pas l&apos;exportation du rapport.</translation>
    </message>
    <message>
        <source>Problems the checks find</source>
        <translation>Problèmes trouvés par la vérification</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>&amp;Import as new report</source>
        <translation>&amp;Importer comme nouveau rapport</translation>
    </message>
    <message>
        <source>&amp;Show read-only</source>
        <translation>&amp;Afficher en lecture seule</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TrainingCategory</name>
    <message>
        <source>Socio-professional assessment made or in progress</source>
        <translation>Bilan socioprofessionnel réalisé ou en cours</translation>
    </message>
    <message>
        <source>Collective preparatory training</source>
        <translation>Formation préparatoire collective</translation>
    </message>
    <message>
        <source>Qualifying vocational training</source>
        <translation>Formation professionnelle qualifiante</translation>
    </message>
    <message>
        <source>Internship before an article 60§7 contract</source>
        <translation>Stage préalable à un contrat article 60§7</translation>
    </message>
    <message>
        <source>Work-linked training</source>
        <translation>Formation en alternance</translation>
    </message>
    <message>
        <source>Individual vocational training (IBO/FPI)</source>
        <translation>Formation professionnelle individuelle (FPI/PFI)</translation>
    </message>
    <message>
        <source>Social activation pathway (optional)</source>
        <translation>Trajet d&apos;activation sociale (facultatif)</translation>
    </message>
</context>
<context>
    <name>TrainingModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Promoter</source>
        <translation>Promoteur de cluster</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>Membre %1</translation>
    </message>
    <message>
        <source>Total activated persons</source>
        <translation>Nombre total de personnes activées</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>How many persons took part, per category and per OCMW of the cluster.</source>
        <translation>Combien de personnes ont participé, par catégorie et par CPAS du cluster.</translation>
    </message>
    <message>
        <source>Whole numbers of persons. The totals are computed; a person can count in more than one category. Leave a cell empty when the OCMW has nobody in that category.</source>
        <translation>Nombres entiers de personnes. Les totaux sont calculés&#xa0;; une même personne peut compter dans plusieurs catégories. Laissez une cellule vide si le CPAS n&apos;a personne dans cette catégorie.</translation>
    </message>
    <message>
        <source>Training: persons per category and OCMW</source>
        <translation>Formation&#xa0;: personnes par catégorie et par CPAS</translation>
    </message>
</context>
<context>
    <name>UnexpectedError</name>
    <message>
        <source>Something unexpected went wrong in the program:
%1</source>
        <translation>Une erreur inattendue s&apos;est produite dans le programme&#xa0;:
%1</translation>
    </message>
    <message>
        <source>You can go on working. If it happens again, close the program, start it again, and send the log file to whoever helps you with the program.</source>
        <translation>Vous pouvez continuer à travailler. Si cela se reproduit, fermez le programme, relancez-le et envoyez le fichier journal à la personne qui vous aide avec le programme.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Signatures of the PDF</source>
        <translation>Signatures du PDF</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>Intacte</translation>
    </message>
    <message>
        <source>Covers the whole document</source>
        <translation>Couvre tout le document</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>Certificat de confiance</translation>
    </message>
    <message>
        <source>Choose a root certificate to trust</source>
        <translation>Choisir un certificat racine de confiance</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading the certificate file %1…</source>
        <translation>Lecture du fichier de certificat %1…</translation>
    </message>
    <message>
        <source>&amp;Trust a root certificate…</source>
        <translation>Faire &amp;confiance à un certificat racine…</translation>
    </message>
    <message>
        <source>&amp;Forget added root certificates</source>
        <translation>&amp;Oublier les certificats racines ajoutés</translation>
    </message>
    <message>
        <source>Intact: the signed content is unchanged. Trusted: the certificate leads to a root certificate this computer trusts; checked offline. Trust only a root certificate whose fingerprint you checked with its authority (the Belgian eID roots: repository.eid.belgium.be).</source>
        <translation>Intacte&#xa0;: le contenu signé n&apos;a pas changé. De confiance&#xa0;: le certificat mène à un certificat racine auquel cet ordinateur fait confiance&#xa0;; vérifié hors ligne. Ne faites confiance qu&apos;à un certificat racine dont vous avez vérifié l&apos;empreinte auprès de son émetteur (les certificats racines de l&apos;eID belge&#xa0;: repository.eid.belgium.be).</translation>
    </message>
    <message>
        <source>Also trusted: %1 (SHA-256 %2), from %3</source>
        <translation>Aussi de confiance&#xa0;: %1 (SHA-256 %2), de %3</translation>
    </message>
    <message>
        <source>The root certificate file %1 cannot be read; it is not trusted.</source>
        <translation>Le certificat racine %1 ne peut pas être lu&#xa0;; il n&apos;est pas de confiance.</translation>
    </message>
    <message>
        <source>%1 is not a certificate file that can be read (PEM or DER, at most 1 MiB); it is not trusted.</source>
        <translation>%1 n&apos;est pas un fichier de certificat lisible (PEM ou DER, 1 Mio au plus)&#xa0;; il n&apos;est pas de confiance.</translation>
    </message>
    <message>
        <source>NOT CHECKED: cancelled. This says nothing about the signatures; close and verify again.</source>
        <translation>PAS VÉRIFIÉ&#xa0;: annulé. Ceci ne dit rien des signatures&#xa0;; fermez et vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>no, then only signatures or validation data</source>
        <translation>non, ensuite seulement des signatures ou des données de validation</translation>
    </message>
    <message>
        <source>NO, the PDF was changed after it</source>
        <translation>NON, le PDF a été modifié ensuite</translation>
    </message>
    <message>
        <source>Document time-stamp</source>
        <translation>Horodatage du document</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NON</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>pas signé</translation>
    </message>
    <message>
        <source>The submission file clusterReport.xml is not in the PDF.</source>
        <translation>Le fichier de soumission clusterReport.xml n&apos;est pas joint au PDF.</translation>
    </message>
    <message>
        <source>The embedded submission file clusterReport.xml (SHA-256 %1) matches the fingerprint printed in the PDF and in its metadata.</source>
        <translation>Le fichier de soumission joint clusterReport.xml (SHA-256 %1) correspond à l&apos;empreinte imprimée dans le PDF et dans ses métadonnées.</translation>
    </message>
    <message>
        <source>The embedded submission file clusterReport.xml (SHA-256 %1) does NOT match the fingerprint printed in the PDF or in its metadata.</source>
        <translation>Le fichier de soumission joint clusterReport.xml (SHA-256 %1) NE correspond PAS à l&apos;empreinte imprimée dans le PDF ou dans ses métadonnées.</translation>
    </message>
    <message>
        <source>CHANGED AFTER SIGNING (update %1 of the file):</source>
        <translation>MODIFIÉ APRÈS LA SIGNATURE (mise à jour %1 du fichier)&#xa0;:</translation>
    </message>
    <message>
        <source>CHANGED AFTER SIGNING:</source>
        <translation>MODIFIÉ APRÈS LA SIGNATURE&#xa0;:</translation>
    </message>
    <message>
        <source>Note: the certificate of %1 does not come from a trusted certification authority; the signature is intact, but who signed is not confirmed by it.</source>
        <translation>Attention&#xa0;: le certificat de %1 ne vient pas d&apos;une autorité de certification de confiance&#xa0;; la signature est intacte, mais l&apos;identité du signataire n&apos;est pas confirmée.</translation>
    </message>
    <message>
        <source>In order: signed by the president and the secretary with trusted certificates, every signature is intact and the embedded file matches.</source>
        <translation>En ordre&#xa0;: signé par le président et le secrétaire avec des certificats de confiance, chaque signature est intacte et le fichier joint correspond.</translation>
    </message>
    <message>
        <source>Intact and signed by both, but the certificates of the president (%1) and the secretary (%2) do not come from a trusted certification authority: who signed cannot be confirmed.</source>
        <translation>Intact et signé par les deux, mais les certificats du président (%1) et du secrétaire (%2) ne viennent pas d&apos;une autorité de certification de confiance&#xa0;: l&apos;identité des signataires ne peut pas être confirmée.</translation>
    </message>
    <message>
        <source>Intact and signed by both, but the certificate of the president (%1) does not come from a trusted certification authority: who signed cannot be confirmed.</source>
        <translation>Intact et signé par les deux, mais le certificat du président (%1) ne vient pas d&apos;une autorité de certification de confiance&#xa0;: l&apos;identité du signataire ne peut pas être confirmée.</translation>
    </message>
    <message>
        <source>Intact and signed by both, but the certificate of the secretary (%1) does not come from a trusted certification authority: who signed cannot be confirmed.</source>
        <translation>Intact et signé par les deux, mais le certificat du secrétaire (%1) ne vient pas d&apos;une autorité de certification de confiance&#xa0;: l&apos;identité du signataire ne peut pas être confirmée.</translation>
    </message>
    <message>
        <source>Intact so far, but not signed by the president and the secretary.</source>
        <translation>Intact jusqu&apos;ici, mais pas signé par le président et le secrétaire.</translation>
    </message>
    <message>
        <source>Intact so far, but not signed by the president.</source>
        <translation>Intact jusqu&apos;ici, mais pas signé par le président.</translation>
    </message>
    <message>
        <source>Intact so far, but not signed by the secretary.</source>
        <translation>Intact jusqu&apos;ici, mais pas signé par le secrétaire.</translation>
    </message>
    <message>
        <source>NOT in order: changed after signing.</source>
        <translation>PAS en ordre&#xa0;: modifié après la signature.</translation>
    </message>
    <message>
        <source>NOT in order: see above.</source>
        <translation>PAS en ordre&#xa0;: voir ci-dessus.</translation>
    </message>
    <message>
        <source>President</source>
        <translation>Président</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secrétaire</translation>
    </message>
    <message>
        <source>Checking the signatures of %1…</source>
        <translation>Vérification des signatures de %1…</translation>
    </message>
    <message>
        <source>Cancelling… The check under way cannot be interrupted: when it ends, its result is dropped.</source>
        <translation>Annulation en cours… La vérification en cours ne peut pas être interrompue&#xa0;: quand elle se termine, son résultat est abandonné.</translation>
    </message>
</context>
</TS>
