<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Schedule and edit Zoom meetings from the desktop through a Server-to-Server OAuth app.</source>
        <translation>Planifiez et modifiez des réunions Zoom depuis votre ordinateur grâce à une application OAuth Server-to-Server.</translation>
    </message>
    <message>
        <source>About zoomdesk</source>
        <translation>À propos de zoomdesk</translation>
    </message>
    <message>
        <source>Settings: {folder}</source>
        <translation>Paramètres&#xa0;: {folder}</translation>
    </message>
    <message>
        <source>Logs: {file}</source>
        <translation>Journaux&#xa0;: {file}</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nouvelle réunion…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;upliquer…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Copy join &amp;link</source>
        <translation>Copier le &amp;lien pour rejoindre</translation>
    </message>
    <message>
        <source>Copy &amp;invitation</source>
        <translation>Copier l&apos;&amp;invitation</translation>
    </message>
    <message>
        <source>&amp;Save as calendar file (.ics)…</source>
        <translation>&amp;Enregistrer comme fichier de calendrier (.ics)…</translation>
    </message>
    <message>
        <source>Re&amp;gistrants…</source>
        <translation>Ins&amp;crits…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Préfé&amp;rences…</translation>
    </message>
    <message>
        <source>&amp;About zoomdesk</source>
        <translation>À &amp;propos de zoomdesk</translation>
    </message>
    <message>
        <source>&amp;Add profile…</source>
        <translation>&amp;Ajouter un profil…</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>M&amp;odifier le profil…</translation>
    </message>
    <message>
        <source>&amp;Remove profile…</source>
        <translation>Supp&amp;rimer le profil…</translation>
    </message>
    <message>
        <source>Schedule a new meeting</source>
        <translation>Planifier une nouvelle réunion</translation>
    </message>
    <message>
        <source>Open the selected meeting (Enter)</source>
        <translation>Ouvrir la réunion sélectionnée (Enter)</translation>
    </message>
    <message>
        <source>A new meeting like this one</source>
        <translation>Une nouvelle réunion comme celle-ci</translation>
    </message>
    <message>
        <source>Delete the selected meeting</source>
        <translation>Supprimer la réunion sélectionnée</translation>
    </message>
    <message>
        <source>Copy the join link</source>
        <translation>Copier le lien pour rejoindre</translation>
    </message>
    <message>
        <source>Copy the invitation text to paste in an email</source>
        <translation>Copier le texte de l&apos;invitation pour le coller dans un e-mail</translation>
    </message>
    <message>
        <source>Save the meeting as an iCalendar file for Outlook, Google or Apple Calendar</source>
        <translation>Enregistrer la réunion comme fichier iCalendar pour Outlook, Google ou Apple Calendrier</translation>
    </message>
    <message>
        <source>Approve, deny, add and import the people registered for the selected meeting</source>
        <translation>Approuver, refuser, ajouter et importer les inscrits de la réunion sélectionnée</translation>
    </message>
    <message>
        <source>Reload the list (F5)</source>
        <translation>Recharger la liste (F5)</translation>
    </message>
    <message>
        <source>Connect to a Zoom account</source>
        <translation>Se connecter à un compte Zoom</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Saving the form&apos;s recovery copy</source>
        <translation>Enregistrement de la copie de récupération du formulaire</translation>
    </message>
    <message>
        <source>The recovery copy of this form could not be saved.</source>
        <translation>La copie de récupération de ce formulaire n&apos;a pas pu être enregistrée.</translation>
    </message>
</context>
<context>
    <name>Banners</name>
    <message>
        <source>Sandbox — not real Zoom.</source>
        <translation>Bac à sable — pas le vrai Zoom.</translation>
    </message>
    <message>
        <source>The users and meetings here are simulated on this computer: nothing you create, change or delete reaches Zoom, and it is all gone when zoomdesk closes.</source>
        <translation>Les utilisateurs et les réunions sont simulés sur cet ordinateur&#xa0;: rien de ce que vous créez, modifiez ou supprimez n&apos;atteint Zoom, et tout disparaît à la fermeture de zoomdesk.</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <source>Show error details</source>
        <translation>Afficher les détails de l&apos;erreur</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Details — zoomdesk</source>
        <translation>Détails — zoomdesk</translation>
    </message>
    <message>
        <source>Sandbox — not real Zoom</source>
        <translation>Bac à sable — pas le vrai Zoom</translation>
    </message>
</context>
<context>
    <name>Bulk</name>
    <message>
        <source>{value} is not a date and time like 2027-01-31 09:30 (YYYY-MM-DD HH:MM).</source>
        <translation>{value} n&apos;est pas une date et une heure comme 2027-01-31 09:30 (AAAA-MM-JJ HH:MM).</translation>
    </message>
    <message>
        <source>{value} is not a meeting type: use one-time, recurring or no-fixed-time.</source>
        <translation>{value} n&apos;est pas un type de réunion&#xa0;: utilisez one-time, recurring ou no-fixed-time.</translation>
    </message>
    <message>
        <source>{value} is not a weekday (Mon, Tue, … or 1 = Sun to 7 = Sat).</source>
        <translation>{value} n&apos;est pas un jour de la semaine (Mon, Tue, … ou 1 = dimanche à 7 = samedi).</translation>
    </message>
    <message>
        <source>The type is {type}, which does not repeat.</source>
        <translation>Le type est {type}, qui ne se répète pas.</translation>
    </message>
    <message>
        <source>{value} is not a real date and time.</source>
        <translation>{value} n&apos;est pas une date et une heure valides.</translation>
    </message>
    <message>
        <source>repeat is {value}: use daily, weekly or monthly.</source>
        <translation>repeat vaut {value}&#xa0;: utilisez daily, weekly ou monthly.</translation>
    </message>
    <message>
        <source>the column {name} appears twice</source>
        <translation>la colonne {name} apparaît deux fois</translation>
    </message>
    <message>
        <source>unknown column {name} (did you mean {names}?)</source>
        <translation>colonne inconnue {name} (vouliez-vous dire {names}&#xa0;?)</translation>
    </message>
    <message>
        <source>the column &apos;host&apos; is missing (each row needs its host)</source>
        <translation>la colonne &apos;host&apos; est absente (chaque ligne a besoin de son hôte)</translation>
    </message>
    <message>
        <source>Enter the host: an email address or a Zoom user ID.</source>
        <translation>Indiquez l&apos;hôte&#xa0;: une adresse e-mail ou un ID utilisateur Zoom.</translation>
    </message>
    <message>
        <source>{value} is not a meeting ID (digits only).</source>
        <translation>{value} n&apos;est pas un ID de réunion (chiffres uniquement).</translation>
    </message>
    <message>
        <source>Unknown time zone {value}; use an IANA name like Europe/Berlin.</source>
        <translation>Fuseau horaire inconnu {value}&#xa0;; utilisez un nom IANA comme Europe/Berlin.</translation>
    </message>
    <message>
        <source>{value}: the year must be between {low} and {high}.</source>
        <translation>{value}&#xa0;: l&apos;année doit être comprise entre {low} et {high}.</translation>
    </message>
    <message>
        <source>{value} is not a whole number ({column}).</source>
        <translation>{value} n&apos;est pas un nombre entier ({column}).</translation>
    </message>
    <message>
        <source>repeat is empty: use daily, weekly or monthly.</source>
        <translation>repeat est vide&#xa0;: utilisez daily, weekly ou monthly.</translation>
    </message>
    <message>
        <source>{value} is not a date like 2027-06-30.</source>
        <translation>{value} n&apos;est pas une date comme 2027-06-30.</translation>
    </message>
    <message>
        <source>unknown column {name}</source>
        <translation>colonne inconnue {name}</translation>
    </message>
    <message>
        <source>{name} has no header row (the first line is empty)</source>
        <translation>{name} n&apos;a pas de ligne d&apos;en-tête (la première ligne est vide)</translation>
    </message>
    <message>
        <source>cannot read {path}: {error}</source>
        <translation>impossible de lire {path}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{name} is not a readable CSV file: {error}</source>
        <translation>{name} n&apos;est pas un fichier CSV lisible&#xa0;: {error}</translation>
    </message>
    <message>
        <source>line {line} has {cells} cells but the header has {columns} columns (a cell with a separator in it needs quotes)</source>
        <translation>la ligne {line} a {cells} cellules mais l&apos;en-tête a {columns} colonnes (une cellule contenant un séparateur doit être entre guillemets)</translation>
    </message>
    <message>
        <source>{rows} rows: {create} to create, {update} to update, {check} to check first (an earlier create&apos;s outcome was unknown), {skip} already done, {invalid} with problems.</source>
        <translation>{rows} lignes&#xa0;: {create} à créer, {update} à mettre à jour, {check} à vérifier d&apos;abord (le résultat d&apos;une création précédente était inconnu), {skip} déjà faites, {invalid} avec des problèmes.</translation>
    </message>
    <message>
        <source>{count} wait until after {time} UTC (lines {lines})</source>
        <translation>{count} attendent jusqu&apos;après {time} UTC (lignes {lines})</translation>
    </message>
    <message>
        <source>{host}: {sends} to send; {used} of {limit} requests used today, {left} left; {waits}.</source>
        <translation>{host}&#xa0;: {sends} à envoyer&#xa0;; {used} requêtes sur {limit} utilisées aujourd&apos;hui, {left} restantes&#xa0;; {waits}.</translation>
    </message>
    <message>
        <source>{host}: {sends} to send; {used} of {limit} requests used today, {left} left.</source>
        <translation>{host}&#xa0;: {sends} à envoyer&#xa0;; {used} requêtes sur {limit} utilisées aujourd&apos;hui, {left} restantes.</translation>
    </message>
    <message>
        <source>No active user {host} in this account.</source>
        <translation>Aucun utilisateur actif {host} dans ce compte.</translation>
    </message>
    <message>
        <source>Same meeting ID as line {line}: it would be sent twice.</source>
        <translation>Même ID de réunion que la ligne {line}&#xa0;: elle serait envoyée deux fois.</translation>
    </message>
    <message>
        <source>Same host, topic and start as line {line}: it would be sent twice.</source>
        <translation>Même hôte, même sujet et même début que la ligne {line}&#xa0;: elle serait envoyée deux fois.</translation>
    </message>
    <message>
        <source>No active user {host} in this account. Did you mean {names}?</source>
        <translation>Aucun utilisateur actif {host} dans ce compte. Vouliez-vous dire {names}&#xa0;?</translation>
    </message>
    <message>
        <source>Another import is writing {name} right now; wait for it to finish (two at once could create the same meeting twice).</source>
        <translation>Une autre importation écrit {name} en ce moment&#xa0;; attendez qu&apos;elle se termine (deux à la fois pourraient créer deux fois la même réunion).</translation>
    </message>
    <message>
        <source>waits for the host&apos;s daily limit (Zoom): run the import again after {time} UTC</source>
        <translation>attend la limite quotidienne de l&apos;hôte (Zoom)&#xa0;: relancez l&apos;importation après {time} UTC</translation>
    </message>
    <message>
        <source>waits for the host&apos;s daily limit (the plan): run the import again after {time} UTC</source>
        <translation>attend la limite quotidienne de l&apos;hôte (le plan)&#xa0;: relancez l&apos;importation après {time} UTC</translation>
    </message>
    <message>
        <source>refused (429)</source>
        <translation>refusé (429)</translation>
    </message>
    <message>
        <source>stopped while in flight</source>
        <translation>interrompu pendant l&apos;envoi</translation>
    </message>
    <message>
        <source>No meeting {meeting_id}.</source>
        <translation>Aucune réunion {meeting_id}.</translation>
    </message>
    <message>
        <source>created before as meeting {meeting_id}; this row has changed since: to change the meeting, put its ID in meeting_id</source>
        <translation>déjà créée comme réunion {meeting_id}&#xa0;; cette ligne a changé depuis&#xa0;: pour modifier la réunion, indiquez son ID dans meeting_id</translation>
    </message>
    <message>
        <source>unexpected error: {error}</source>
        <translation>erreur inattendue&#xa0;: {error}</translation>
    </message>
    <message>
        <source>cancelled before it was sent</source>
        <translation>annulé avant l&apos;envoi</translation>
    </message>
</context>
<context>
    <name>BulkMenu</name>
    <message>
        <source>Export meetings — zoomdesk</source>
        <translation>Exporter des réunions — zoomdesk</translation>
    </message>
    <message>
        <source>&amp;Import meetings…</source>
        <translation>&amp;Importer des réunions…</translation>
    </message>
    <message>
        <source>Create or update many meetings from a spreadsheet</source>
        <translation>Créer ou mettre à jour de nombreuses réunions à partir d&apos;un tableur</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Save the meetings in the list as a spreadsheet (CSV)</source>
        <translation>Enregistrer les réunions de la liste dans un tableur (CSV)</translation>
    </message>
    <message>
        <source>Connect to a Zoom account first.</source>
        <translation>Connectez-vous d&apos;abord à un compte Zoom.</translation>
    </message>
    <message>
        <source>The list is empty: nothing to export</source>
        <translation>La liste est vide&#xa0;: rien à exporter</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Exporting the list</source>
        <translation>Exportation de la liste</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n meeting(s) to {file}</source>
        <translation>
            <numerusform>%n réunion exportée dans {file}</numerusform>
            <numerusform>%n réunions exportées dans {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>{task} failed: {error}</source>
        <translation>{task} a échoué&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>BulkPreview</name>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <source>Check, then create</source>
        <translation>Vérifier, puis créer</translation>
    </message>
    <message>
        <source>Done before</source>
        <translation>Déjà effectuée</translation>
    </message>
    <message>
        <source>Fix the file</source>
        <translation>Corriger le fichier</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Will</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Incluse</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Exclue</translation>
    </message>
    <message>
        <source>Problem: {problem}</source>
        <translation>Problème&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>BulkWizard</name>
    <message>
        <source>Line {line}, {column}: {problem}</source>
        <translation>Ligne {line}, {column}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Choose a spreadsheet — zoomdesk</source>
        <translation>Choisir un tableur — zoomdesk</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Lecture du fichier</translation>
    </message>
    <message>
        <source>Importing meetings</source>
        <translation>Importation des réunions</translation>
    </message>
    <message>
        <source>Line {line}: {outcome}</source>
        <translation>Ligne {line}&#xa0;: {outcome}</translation>
    </message>
    <message numerus="yes">
        <source>{finished} of %n row(s): {counts}.</source>
        <translation>
            <numerusform>{finished} sur %n ligne&#xa0;: {counts}.</numerusform>
            <numerusform>{finished} sur %n lignes&#xa0;: {counts}.</numerusform>
        </translation>
    </message>
    <message>
        <source>left out (unticked)</source>
        <translation>exclue (décochée)</translation>
    </message>
    <message>
        <source>Import meetings — zoomdesk</source>
        <translation>Importer des réunions — zoomdesk</translation>
    </message>
    <message>
        <source>Import meetings</source>
        <translation>Importer des réunions</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
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
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>term.csv</source>
        <translation>trimestre.csv</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Lignes du fichier</translation>
    </message>
    <message>
        <source>&amp;Reload the file</source>
        <translation>&amp;Recharger le fichier</translation>
    </message>
    <message>
        <source>Read the file again after fixing it in your spreadsheet</source>
        <translation>Relire le fichier après l&apos;avoir corrigé dans votre tableur</translation>
    </message>
    <message>
        <source>Problems of the selected row</source>
        <translation>Problèmes de la ligne sélectionnée</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Le plan</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l&apos;importation</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Send nothing more; what is already on its way finishes</source>
        <translation>Ne plus rien envoyer&#xa0;; ce qui est déjà en cours se termine</translation>
    </message>
    <message>
        <source>Rows as they complete</source>
        <translation>Lignes au fur et à mesure</translation>
    </message>
    <message>
        <source>Rows not done</source>
        <translation>Lignes non effectuées</translation>
    </message>
    <message>
        <source>&amp;Open results file</source>
        <translation>&amp;Ouvrir le fichier de résultats</translation>
    </message>
    <message>
        <source>Show in &amp;list</source>
        <translation>Afficher dans la &amp;liste</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Stopping: what is on its way finishes, nothing more is sent.</source>
        <translation>Arrêt&#xa0;: ce qui est en cours se termine, plus rien n&apos;est envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(et %n autre)</numerusform>
            <numerusform>(et %n autres)</numerusform>
        </translation>
    </message>
    <message>
        <source>What will be sent, host by host:</source>
        <translation>Ce qui sera envoyé, hôte par hôte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Rows in {file}: {rows}.</source>
        <translation>Lignes dans {file}&#xa0;: {rows}.</translation>
    </message>
    <message>
        <source>Choose a spreadsheet saved as CSV (UTF-8, comma or semicolon). Each row creates a meeting, or updates one when it has a {meeting_id}. Nothing is sent until you have seen the plan. The format: {doc}.</source>
        <translation>Choisissez un tableur enregistré au format CSV (UTF-8, virgule ou point-virgule). Chaque ligne crée une réunion, ou en met une à jour si elle a un {meeting_id}. Rien n&apos;est envoyé avant que vous ayez vu le plan. Le format&#xa0;: {doc}.</translation>
    </message>
    <message>
        <source>Left out (unticked): lines {lines}.</source>
        <translation>Exclues (décochées)&#xa0;: lignes {lines}.</translation>
    </message>
    <message>
        <source>{summary}. Every row&apos;s outcome is in {file}; importing the same file again resumes (done rows are skipped, nothing is created twice).</source>
        <translation>{summary}. Le résultat de chaque ligne se trouve dans {file}&#xa0;; importer à nouveau le même fichier reprend là où l&apos;import s&apos;est arrêté (les lignes effectuées sont ignorées, rien n&apos;est créé deux fois).</translation>
    </message>
    <message>
        <source>{task} failed: {error}</source>
        <translation>{task} a échoué&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Rows with problems: {count}, marked in red (select a row or point at a cell to read why). Fix the file and reload, or untick those rows.</source>
        <translation>Lignes avec des problèmes&#xa0;: {count}, marquées en rouge (sélectionnez une ligne ou survolez une cellule pour en lire la raison). Corrigez le fichier et rechargez-le, ou décochez ces lignes.</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Rien à faire</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n effectuée</numerusform>
            <numerusform>%n effectuées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with outcome unknown</source>
        <translation>
            <numerusform>%n au résultat inconnu</numerusform>
            <numerusform>%n au résultat inconnu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for the daily limit</source>
        <translation>
            <numerusform>%n en attente de la limite quotidienne</numerusform>
            <numerusform>%n en attente de la limite quotidienne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n non envoyée</numerusform>
            <numerusform>%n non envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems</source>
        <translation>
            <numerusform>%n avec des problèmes</numerusform>
            <numerusform>%n avec des problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation>effectuée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>résultat inconnu</translation>
    </message>
    <message>
        <source>waiting for the daily limit</source>
        <translation>en attente de la limite quotidienne</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>non envoyée</translation>
    </message>
    <message>
        <source>with problems</source>
        <translation>avec des problèmes</translation>
    </message>
    <message>
        <source>created meeting {id}</source>
        <translation>réunion {id} créée</translation>
    </message>
    <message>
        <source>{status}: {error}</source>
        <translation>{status}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>updated meeting {id}</source>
        <translation>réunion {id} mise à jour</translation>
    </message>
    <message>
        <source>unchanged: meeting {id}</source>
        <translation>inchangée&#xa0;: réunion {id}</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>No fixed time</source>
        <translation>Sans horaire fixe</translation>
    </message>
</context>
<context>
    <name>CalendarControls</name>
    <message>
        <source>All hosts</source>
        <translation>Tous les hôtes</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Work week</source>
        <translation>Semaine de travail</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>Aller à aujourd&apos;hui (T)</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Période suivante</translation>
    </message>
    <message>
        <source>Shown period</source>
        <translation>Période affichée</translation>
    </message>
    <message>
        <source>Calendar view</source>
        <translation>Vue du calendrier</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
    <message>
        <source>Hosts shown</source>
        <translation>Hôtes affichés</translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation>Côte à &amp;côte</translation>
    </message>
    <message>
        <source>One lane per host (otherwise one colour and name per host)</source>
        <translation>Une colonne par hôte (sinon une couleur et un nom par hôte)</translation>
    </message>
    <message>
        <source>Concurrent meetings allowed</source>
        <translation>Réunions simultanées autorisées</translation>
    </message>
    <message>
        <source>The account has Zoom&apos;s concurrent-meetings add-on: a host&apos;s overlapping meetings are shown as information, not as a conflict</source>
        <translation>Le compte dispose du module Zoom de réunions simultanées&#xa0;: les réunions d&apos;un hôte qui se chevauchent sont signalées à titre d&apos;information, pas comme un conflit</translation>
    </message>
    <message>
        <source>Shorter hours</source>
        <translation>Réduire les heures</translation>
    </message>
    <message>
        <source>Taller hours</source>
        <translation>Agrandir les heures</translation>
    </message>
    <message>
        <source>Anytime:</source>
        <translation>À tout moment&#xa0;:</translation>
    </message>
    <message>
        <source>Meetings without a fixed time</source>
        <translation>Réunions sans heure fixe</translation>
    </message>
    <message>
        <source>Previous ({key})</source>
        <translation>Précédent ({key})</translation>
    </message>
    <message>
        <source>Next ({key})</source>
        <translation>Suivant ({key})</translation>
    </message>
    <message>
        <source>Shorter hours ({key})</source>
        <translation>Réduire les heures ({key})</translation>
    </message>
    <message>
        <source>Taller hours ({key})</source>
        <translation>Agrandir les heures ({key})</translation>
    </message>
</context>
<context>
    <name>CalendarDrag</name>
    <message>
        <source>Recurring meeting — zoomdesk</source>
        <translation>Réunion récurrente — zoomdesk</translation>
    </message>
    <message>
        <source>This &amp;occurrence</source>
        <translation>Cette &amp;occurrence</translation>
    </message>
    <message>
        <source>The whole &amp;series</source>
        <translation>Toute la &amp;série</translation>
    </message>
    <message>
        <source>Opening “{topic}”</source>
        <translation>Ouverture de «&#xa0;{topic}&#xa0;»</translation>
    </message>
    <message>
        <source>“{topic}” repeats. Change this occurrence or the series?</source>
        <translation>«&#xa0;{topic}&#xa0;» se répète. Modifier cette occurrence ou toute la série&#xa0;?</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Calendrier</translation>
    </message>
    <message>
        <source>Show the meetings on a calendar ({key})</source>
        <translation>Afficher les réunions dans un calendrier ({key})</translation>
    </message>
    <message>
        <source>No meeting selected</source>
        <translation>Aucune réunion sélectionnée</translation>
    </message>
    <message>
        <source>Checking for overlaps</source>
        <translation>Recherche des chevauchements</translation>
    </message>
    <message>
        <source>Reading recurring meetings&apos; occurrences</source>
        <translation>Lecture des occurrences des réunions récurrentes</translation>
    </message>
    <message>
        <source>{start}–{end} (your time)</source>
        <translation>{start}–{end} (votre heure)</translation>
    </message>
    <message>
        <source>Runs at the same time as “{topic}” ({day}, {start}–{end})</source>
        <translation>A lieu en même temps que «&#xa0;{topic}&#xa0;» ({day}, {start}–{end})</translation>
    </message>
    <message>
        <source>Overlaps “{topic}” ({day}, {start}–{end})</source>
        <translation>Chevauche «&#xa0;{topic}&#xa0;» ({day}, {start}–{end})</translation>
    </message>
    <message>
        <source>One occurrence of a recurring meeting</source>
        <translation>Une occurrence d&apos;une réunion récurrente</translation>
    </message>
    <message>
        <source>Host: {host}</source>
        <translation>Hôte&#xa0;: {host}</translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <source>{request} returned an HTML page instead of Zoom&apos;s 204, not Zoom&apos;s answer; a proxy or captive portal may be in the way, so the change is not confirmed</source>
        <translation>{request} a renvoyé une page HTML au lieu du 204 de Zoom, ce n&apos;est pas la réponse de Zoom&#xa0;; un proxy ou un portail captif est peut-être en travers, la modification n&apos;est donc pas confirmée</translation>
    </message>
    <message numerus="yes">
        <source>{request} returned %n byte(s) ({type}) instead of Zoom&apos;s 204, not Zoom&apos;s answer; a proxy or captive portal may be in the way, so the change is not confirmed</source>
        <translation>
            <numerusform>{request} a renvoyé %n octet ({type}) au lieu du 204 de Zoom, ce n&apos;est pas la réponse de Zoom&#xa0;; un proxy ou un portail captif est peut-être en travers, la modification n&apos;est donc pas confirmée</numerusform>
            <numerusform>{request} a renvoyé %n octets ({type}) au lieu du 204 de Zoom, ce n&apos;est pas la réponse de Zoom&#xa0;; un proxy ou un portail captif est peut-être en travers, la modification n&apos;est donc pas confirmée</numerusform>
        </translation>
    </message>
    <message>
        <source>an ID in the request path is empty</source>
        <translation>un ID du chemin de la requête est vide</translation>
    </message>
    <message numerus="yes">
        <source>{request} returned a body that is not valid JSON ({type}, %n byte(s)); it may have been cut off</source>
        <translation>
            <numerusform>{request} a renvoyé un corps qui n&apos;est pas du JSON valide ({type}, %n octet)&#xa0;; il a peut-être été tronqué</numerusform>
            <numerusform>{request} a renvoyé un corps qui n&apos;est pas du JSON valide ({type}, %n octets)&#xa0;; il a peut-être été tronqué</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate limit reached</source>
        <translation>Limite de débit atteinte</translation>
    </message>
    <message>
        <source>is empty; leave it out to change the whole series</source>
        <translation>est vide&#xa0;; omettez-le pour modifier toute la série</translation>
    </message>
    <message>
        <source>{request} returned an HTML page, not Zoom&apos;s JSON; a proxy or captive portal may be in the way</source>
        <translation>{request} a renvoyé une page HTML, pas le JSON de Zoom&#xa0;; un proxy ou un portail captif est peut-être en travers</translation>
    </message>
    <message>
        <source>{request} returned a non-JSON body ({type}), not Zoom&apos;s JSON; a proxy or captive portal may be in the way</source>
        <translation>{request} a renvoyé un corps qui n&apos;est pas du JSON ({type}), pas le JSON de Zoom&#xa0;; un proxy ou un portail captif est peut-être en travers</translation>
    </message>
    <message>
        <source>interrupted before Zoom&apos;s answer was read ({error})</source>
        <translation>interrompu avant la lecture de la réponse de Zoom ({error})</translation>
    </message>
    <message>
        <source>{what} did not hold the object Zoom documents ({error})</source>
        <translation>{what} ne contenait pas l&apos;objet documenté par Zoom ({error})</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>overlaps “{topic}” ({meeting_id}, occurrence {occurrence_id}) {start}–{end} UTC on {date}</source>
        <translation>chevauche «&#xa0;{topic}&#xa0;» ({meeting_id}, occurrence {occurrence_id}) le {date}, {start}–{end} UTC</translation>
    </message>
    <message>
        <source>overlaps “{topic}” ({meeting_id}) {start}–{end} UTC on {date}</source>
        <translation>chevauche «&#xa0;{topic}&#xa0;» ({meeting_id}) le {date}, {start}–{end} UTC</translation>
    </message>
</context>
<context>
    <name>ConnectionReport</name>
    <message>
        <source>Enter a full URL, like https://zoom.us.</source>
        <translation>Saisissez une URL complète, comme https://zoom.us.</translation>
    </message>
    <message>
        <source>Use https:// (plain http is only allowed for this computer).</source>
        <translation>Utilisez https:// (le http simple n&apos;est autorisé que pour cet ordinateur).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message numerus="yes">
        <source>Connected. Zoom issued an access token valid for %n minute(s).</source>
        <translation>
            <numerusform>Connecté. Zoom a émis un jeton d&apos;accès valide %n minute.</numerusform>
            <numerusform>Connecté. Zoom a émis un jeton d&apos;accès valide %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom refused: {explanation}</source>
        <translation>Refus de Zoom&#xa0;: {explanation}</translation>
    </message>
    <message>
        <source>Enter a URL.</source>
        <translation>Saisissez une URL.</translation>
    </message>
    <message>
        <source>Not used by zoomdesk: {scopes}. Anyone who gets hold of this app&apos;s secret gets that power too, for nothing: ask your Zoom admin to remove these scopes from the app in the Zoom App Marketplace.</source>
        <translation>Non utilisées par zoomdesk&#xa0;: {scopes}. Quiconque obtient le secret de cette application obtient aussi ces droits, pour rien&#xa0;: demandez à votre administrateur Zoom de retirer ces étendues (scopes) de l&apos;application dans le Zoom App Marketplace.</translation>
    </message>
    <message>
        <source>The fewest scopes — to browse meetings: {browse}; to schedule them: {schedule}.</source>
        <translation>Le minimum d&apos;étendues — pour consulter les réunions&#xa0;: {browse}&#xa0;; pour les planifier&#xa0;: {schedule}.</translation>
    </message>
    <message>
        <source>Details: {details}</source>
        <translation>Détails&#xa0;: {details}</translation>
    </message>
    <message>
        <source>Scopes granted: {scopes}</source>
        <translation>Étendues accordées&#xa0;: {scopes}</translation>
    </message>
    <message>
        <source>Could not reach {url}. {problem}</source>
        <translation>{url} est injoignable. {problem}</translation>
    </message>
</context>
<context>
    <name>DebugPanel</name>
    <message>
        <source>HTTP debug panel</source>
        <translation>Panneau de débogage HTTP</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Filter by path, method or status</source>
        <translation>Filtrer par chemin, méthode ou statut</translation>
    </message>
    <message>
        <source>Filter exchanges</source>
        <translation>Filtrer les échanges HTTP</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Clear the exchange list</source>
        <translation>Effacer la liste des échanges HTTP</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>Copier en c&amp;URL</translation>
    </message>
    <message>
        <source>Copy as cURL</source>
        <translation>Copier en cURL</translation>
    </message>
    <message>
        <source>E&amp;xport HAR…</source>
        <translation>E&amp;xporter en HAR…</translation>
    </message>
    <message>
        <source>Export HAR</source>
        <translation>Exporter en HAR</translation>
    </message>
    <message>
        <source>Request do&amp;ctor…</source>
        <translation>Diagnostic des re&amp;quêtes…</translation>
    </message>
    <message>
        <source>Request doctor</source>
        <translation>Diagnostic des requêtes</translation>
    </message>
    <message>
        <source>Open the request doctor</source>
        <translation>Ouvrir le diagnostic des requêtes</translation>
    </message>
    <message>
        <source>HTTP exchanges</source>
        <translation>Échanges HTTP</translation>
    </message>
    <message>
        <source>Exchange count and last action</source>
        <translation>Nombre d&apos;échanges et dernière action</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Cleared.</source>
        <translation>Liste effacée.</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s), {failed} failed ({shown} shown)</source>
        <translation>
            <numerusform>%n échange, {failed} en échec ({shown} affichés)</numerusform>
            <numerusform>%n échanges, {failed} en échec ({shown} affichés)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied as cURL (secret as $ZOOM_CLIENT_SECRET, token as $ZOOM_TOKEN).</source>
        <translation>Copié en cURL (le secret en $ZOOM_CLIENT_SECRET, le jeton en $ZOOM_TOKEN).</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n exchange(s) as cURL.</source>
        <translation>
            <numerusform>%n échange copié en cURL.</numerusform>
            <numerusform>%n échanges copiés en cURL.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export HAR (secrets redacted)</source>
        <translation>Exporter en HAR (secrets masqués)</translation>
    </message>
    <message>
        <source>HAR files (*.har)</source>
        <translation>Fichiers HAR (*.har)</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s) ({shown} shown)</source>
        <translation>
            <numerusform>%n échange ({shown} affichés)</numerusform>
            <numerusform>%n échanges ({shown} affichés)</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an exchange to copy it as cURL.</source>
        <translation>Sélectionnez un échange pour le copier en cURL.</translation>
    </message>
    <message>
        <source>Select an exchange to export it.</source>
        <translation>Sélectionnez un échange pour l&apos;exporter.</translation>
    </message>
    <message>
        <source>Selected exchange</source>
        <translation>Échange sélectionné</translation>
    </message>
    <message>
        <source>All shown</source>
        <translation>Tous ceux affichés</translation>
    </message>
    <message>
        <source>Selected exchange…</source>
        <translation>Échange sélectionné…</translation>
    </message>
    <message>
        <source>All shown…</source>
        <translation>Tous ceux affichés…</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s), {failed} failed</source>
        <translation>
            <numerusform>%n échange, {failed} en échec</numerusform>
            <numerusform>%n échanges, {failed} en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n échange</numerusform>
            <numerusform>%n échanges</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported {count} exchange(s) to {path} (redacted).</source>
        <translation>{count} échange(s) exporté(s) vers {path} (secrets masqués).</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Impossible d&apos;écrire {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>HTTP debug panel — zoomdesk</source>
        <translation>Panneau de débogage HTTP — zoomdesk</translation>
    </message>
</context>
<context>
    <name>DebugSeverity</name>
    <message>
        <source>✗ Problem</source>
        <translation>✗ Problème</translation>
    </message>
    <message>
        <source>! Warning</source>
        <translation>! Avertissement</translation>
    </message>
    <message>
        <source>i Note</source>
        <translation>i Remarque</translation>
    </message>
    <message>
        <source>✓ OK</source>
        <translation>✓ OK</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Starting the sandbox</source>
        <translation>Démarrage du bac à sable</translation>
    </message>
    <message>
        <source>Starting zoomdesk</source>
        <translation>Démarrage de zoomdesk</translation>
    </message>
    <message>
        <source>It is no longer in the list.</source>
        <translation>Elle n&apos;est plus dans la liste.</translation>
    </message>
    <message>
        <source>Checking the keyring</source>
        <translation>Vérification du trousseau</translation>
    </message>
    <message>
        <source>Enter secret…</source>
        <translation>Saisir le secret…</translation>
    </message>
    <message>
        <source>Add profile…</source>
        <translation>Ajouter un profil…</translation>
    </message>
    <message>
        <source>Looking for unsaved meeting forms</source>
        <translation>Recherche de formulaires de réunion non enregistrés</translation>
    </message>
    <message>
        <source>Connecting with “{profile}”</source>
        <translation>Connexion avec «&#xa0;{profile}&#xa0;»</translation>
    </message>
    <message>
        <source>Use the sandbox</source>
        <translation>Utiliser le bac à sable</translation>
    </message>
    <message>
        <source>Cannot connect: {problem}</source>
        <translation>Connexion impossible&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>Modifier le profil…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Closing zoomdesk</source>
        <translation>Fermeture de zoomdesk</translation>
    </message>
    <message>
        <source>HTTP exchanges</source>
        <translation>Échanges HTTP</translation>
    </message>
    <message>
        <source>Change history…</source>
        <translation>Historique des modifications…</translation>
    </message>
    <message>
        <source>Request &amp;doctor…</source>
        <translation>&amp;Diagnostic des requêtes…</translation>
    </message>
    <message>
        <source>Check a token or API request of your own (cURL, raw HTTP, HAR, code)</source>
        <translation>Vérifier votre propre jeton ou requête API (cURL, HTTP brut, HAR, code)</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>no answer</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>The request never reached Zoom, so Zoom cannot trace it: fix the network first.</source>
        <translation>La requête n&apos;a jamais atteint Zoom, Zoom ne peut donc pas la retrouver&#xa0;: corrigez d&apos;abord le réseau.</translation>
    </message>
    <message>
        <source>This answer is not one of the failures zoomdesk knows. Everything that was sent and received is in the Request and Response tabs (secrets masked).</source>
        <translation>Cette réponse ne fait pas partie des échecs que zoomdesk connaît. Tout ce qui a été envoyé et reçu figure dans les onglets Requête et Réponse (secrets masqués).</translation>
    </message>
    <message>
        <source>Read the response body for Zoom&apos;s own words; if it stays unclear, send Zoom support the details below.</source>
        <translation>Lisez le corps de la réponse pour voir les termes de Zoom&#xa0;; si cela reste obscur, envoyez au support Zoom les détails ci-dessous.</translation>
    </message>
    <message>
        <source>{request} worked: {status}.</source>
        <translation>{request} a réussi&#xa0;: {status}.</translation>
    </message>
    <message>
        <source>time {time}; request {request}; answer {answer}</source>
        <translation>heure {time}&#xa0;; requête {request}&#xa0;; réponse {answer}</translation>
    </message>
    <message>
        <source>Zoom sent no tracking id (x-zm-trackingid), so this answer may come from a proxy rather than Zoom. If you ask Zoom for help ({url}), give: {details}.</source>
        <translation>Zoom n&apos;a envoyé aucun identifiant de suivi (x-zm-trackingid)&#xa0;: cette réponse vient peut-être d&apos;un proxy et non de Zoom. Si vous demandez de l&apos;aide à Zoom ({url}), indiquez&#xa0;: {details}.</translation>
    </message>
    <message>
        <source>It worked this time, but may stop working.</source>
        <translation>Cela a fonctionné cette fois, mais peut cesser de fonctionner.</translation>
    </message>
    <message>
        <source>The answer is a web page, not Zoom&apos;s JSON</source>
        <translation>La réponse est une page web, pas le JSON de Zoom</translation>
    </message>
    <message>
        <source>An HTML page came back instead of Zoom&apos;s JSON. Usually a company proxy, a Wi-Fi login page or a gateway answered in Zoom&apos;s place, or Zoom showed an error page.</source>
        <translation>Une page HTML est revenue au lieu du JSON de Zoom. En général, un proxy d&apos;entreprise, une page de connexion Wi-Fi ou une passerelle a répondu à la place de Zoom, ou Zoom a affiché une page d&apos;erreur.</translation>
    </message>
    <message>
        <source>Open the Response tab to read the page; sign in to the network or check proxy settings, then retry.</source>
        <translation>Ouvrez l&apos;onglet Réponse pour lire la page&#xa0;; connectez-vous au réseau ou vérifiez les paramètres du proxy, puis réessayez.</translation>
    </message>
    <message>
        <source>Retry reads. For a create, reload the meetings list first to avoid a duplicate.</source>
        <translation>Relancez les lectures. Pour une création, rechargez d&apos;abord la liste des réunions afin d&apos;éviter un doublon.</translation>
    </message>
    <message>
        <source>Zoom&apos;s X-RateLimit-Remaining header is low; the next calls may get 429.</source>
        <translation>L&apos;en-tête X-RateLimit-Remaining de Zoom est bas&#xa0;; les prochains appels risquent de recevoir 429.</translation>
    </message>
    <message>
        <source>Slow down, or wait for the limit to reset.</source>
        <translation>Ralentissez, ou attendez que la limite soit réinitialisée.</translation>
    </message>
    <message>
        <source>{request} got no answer.</source>
        <translation>{request} n&apos;a reçu aucune réponse.</translation>
    </message>
    <message>
        <source>{request} failed: {status}. Likely cause: {cause}.</source>
        <translation>{request} a échoué&#xa0;: {status}. Cause probable&#xa0;: {cause}.</translation>
    </message>
    <message>
        <source>{request} failed: {status}.</source>
        <translation>{request} a échoué&#xa0;: {status}.</translation>
    </message>
    <message numerus="yes">
        <source>{request} worked: {status}, with %n warning(s).</source>
        <translation>
            <numerusform>{request} a réussi&#xa0;: {status}, avec %n avertissement.</numerusform>
            <numerusform>{request} a réussi&#xa0;: {status}, avec %n avertissements.</numerusform>
        </translation>
    </message>
    <message>
        <source>If you ask Zoom for help ({url}), give the tracking id {tracking_id} with: {details}. Never send the client secret or a token.</source>
        <translation>Si vous demandez de l&apos;aide à Zoom ({url}), indiquez l&apos;identifiant de suivi {tracking_id} avec&#xa0;: {details}. N&apos;envoyez jamais le secret client ni un jeton.</translation>
    </message>
    <message>
        <source>Zoom answered HTTP {status} and zoomdesk does not recognise why</source>
        <translation>Zoom a répondu HTTP {status} et zoomdesk n&apos;en reconnaît pas la raison</translation>
    </message>
    <message>
        <source>The answer had no body.</source>
        <translation>La réponse n&apos;avait pas de corps.</translation>
    </message>
    <message>
        <source>The answer was cut off before its end</source>
        <translation>La réponse a été coupée avant sa fin</translation>
    </message>
    <message>
        <source>The answer is garbled JSON</source>
        <translation>La réponse est un JSON illisible</translation>
    </message>
    <message>
        <source>The JSON body stops in the middle: the connection or a proxy cut it short. The request itself may have been carried out.</source>
        <translation>Le corps JSON s&apos;arrête au milieu&#xa0;: la connexion ou un proxy l&apos;a tronqué. La requête elle-même a peut-être été exécutée.</translation>
    </message>
    <message>
        <source>The body claims to be JSON but cannot be read. The request itself may have been carried out.</source>
        <translation>Le corps se présente comme du JSON mais ne peut pas être lu. La requête elle-même a peut-être été exécutée.</translation>
    </message>
    <message numerus="yes">
        <source>The token lacks %n scope(s) zoomdesk uses</source>
        <translation>
            <numerusform>Il manque au jeton %n étendue (scope) utilisée par zoomdesk</numerusform>
            <numerusform>Il manque au jeton %n étendues (scopes) utilisées par zoomdesk</numerusform>
        </translation>
    </message>
    <message>
        <source>Add them in the Zoom App Marketplace ▸ Manage ▸ your app ▸ Scopes, then get a new token.</source>
        <translation>Ajoutez-les dans le Zoom App Marketplace ▸ Manage ▸ votre application ▸ Scopes, puis obtenez un nouveau jeton.</translation>
    </message>
    <message>
        <source>{request} got no answer. Likely cause: {cause}.</source>
        <translation>{request} n&apos;a reçu aucune réponse. Cause probable&#xa0;: {cause}.</translation>
    </message>
    <message>
        <source>Only {remaining} of {limit} calls left in this rate-limit window</source>
        <translation>Plus que {remaining} appels sur {limit} dans cette fenêtre de limite de débit</translation>
    </message>
    <message>
        <source>Body: {text}</source>
        <translation>Corps&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Body starts: {text}</source>
        <translation>Début du corps&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Body ends: …{text}</source>
        <translation>Fin du corps&#xa0;: …{text}</translation>
    </message>
    <message>
        <source>Without {scopes}, zoomdesk cannot {operations}.</source>
        <translation>Sans {scopes}, zoomdesk ne peut pas&#xa0;: {operations}.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Granted: {scopes}</source>
        <translation>Accordées&#xa0;: {scopes}</translation>
    </message>
</context>
<context>
    <name>DiagnosisView</name>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Copy diagnosis</source>
        <translation>Copier le diagnostic</translation>
    </message>
    <message>
        <source>Copy the diagnosis as text</source>
        <translation>Copier le diagnostic sous forme de texte</translation>
    </message>
    <message>
        <source>Copy tracking id</source>
        <translation>Copier l&apos;ID de suivi</translation>
    </message>
    <message>
        <source>Copy Zoom&apos;s tracking id</source>
        <translation>Copier l&apos;ID de suivi de Zoom</translation>
    </message>
    <message>
        <source>Select an exchange to see its diagnosis.</source>
        <translation>Sélectionnez un échange pour voir son diagnostic.</translation>
    </message>
    <message>
        <source>For Zoom support</source>
        <translation>Pour l&apos;assistance Zoom</translation>
    </message>
    <message>
        <source>&lt;b&gt;{severity}: {title}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{severity}&#xa0;: {title}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Fix:&lt;/b&gt; {fix}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Correction&#xa0;:&lt;/b&gt; {fix}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Seen:&lt;/b&gt;&lt;br&gt;{seen}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Constaté&#xa0;:&lt;/b&gt;&lt;br&gt;{seen}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nothing to report: the request and the answer look right.</source>
        <translation>Rien à signaler&#xa0;: la requête et la réponse semblent correctes.</translation>
    </message>
</context>
<context>
    <name>DoctorApi</name>
    <message>
        <source>The access token is sent in the query string</source>
        <translation>Le jeton d&apos;accès est envoyé dans la chaîne de requête</translation>
    </message>
    <message>
        <source>There is no Authorization header</source>
        <translation>Il n&apos;y a pas d&apos;en-tête Authorization</translation>
    </message>
    <message>
        <source>The call uses API v1, which Zoom retired</source>
        <translation>L&apos;appel utilise l&apos;API v1, que Zoom a retirée</translation>
    </message>
    <message>
        <source>Replace /v1/ with /v2/ (check the endpoint&apos;s v2 name in Zoom&apos;s API reference).</source>
        <translation>Remplacez /v1/ par /v2/ (vérifiez le nom v2 du point d&apos;accès dans la référence de l&apos;API Zoom).</translation>
    </message>
    <message>
        <source>The path does not start with /v2</source>
        <translation>Le chemin ne commence pas par /v2</translation>
    </message>
    <message>
        <source>Zoom&apos;s API paths live under /v2 (for example /v2/users/me/meetings); without it Zoom answers 404.</source>
        <translation>Les chemins de l&apos;API Zoom se trouvent sous /v2 (par exemple /v2/users/me/meetings)&#xa0;; sans /v2, Zoom répond 404.</translation>
    </message>
    <message>
        <source>Move the parameters to the query string.</source>
        <translation>Déplacez les paramètres dans la chaîne de requête.</translation>
    </message>
    <message>
        <source>The API body is form-encoded; Zoom&apos;s API expects JSON</source>
        <translation>Le corps de l&apos;appel d&apos;API est encodé comme un formulaire&#xa0;; l&apos;API Zoom attend du JSON</translation>
    </message>
    <message>
        <source>Unlike the token endpoint, API calls (create or update a meeting, …) take a JSON body.</source>
        <translation>Contrairement au point d&apos;accès des jetons, les appels d&apos;API (créer ou modifier une réunion, …) prennent un corps JSON.</translation>
    </message>
    <message>
        <source>Zoom reads a create or update body only as `application/json`. fetch() sends a string body as text/plain unless told otherwise, and PowerShell sends a POST body as a form.</source>
        <translation>Zoom ne lit le corps d&apos;une création ou d&apos;une modification qu&apos;en `application/json`. fetch() envoie un corps de type chaîne en text/plain sauf indication contraire, et PowerShell envoie le corps d&apos;un POST comme un formulaire.</translation>
    </message>
    <message>
        <source>The API body has no Content-Type</source>
        <translation>Le corps de l&apos;appel d&apos;API n&apos;a pas de Content-Type</translation>
    </message>
    <message>
        <source>The body is not valid JSON</source>
        <translation>Le corps n&apos;est pas du JSON valide</translation>
    </message>
    <message>
        <source>Zoom answers 300 or 400 when the JSON cannot be parsed (a trailing comma, single quotes, an unescaped newline…).</source>
        <translation>Zoom répond 300 ou 400 quand le JSON ne peut pas être lu (une virgule finale, des guillemets simples, un saut de ligne non échappé…).</translation>
    </message>
    <message>
        <source>Build the body with a JSON library rather than by hand.</source>
        <translation>Construisez le corps avec une bibliothèque JSON plutôt qu&apos;à la main.</translation>
    </message>
    <message>
        <source>The API call uses Basic authorization; it needs a Bearer token</source>
        <translation>L&apos;appel d&apos;API utilise l&apos;autorisation Basic&#xa0;; il lui faut un jeton Bearer</translation>
    </message>
    <message>
        <source>The client ID and secret (Basic) are only for the token endpoint. API calls use the access token it returns; Zoom answers Basic with 401 code 124.</source>
        <translation>L&apos;ID client et le secret client (Basic) ne servent qu&apos;au point d&apos;accès des jetons. Les appels d&apos;API utilisent le jeton d&apos;accès qu&apos;il renvoie&#xa0;; Zoom répond à Basic par 401, code 124.</translation>
    </message>
    <message>
        <source>Since February 2023 Zoom refuses access tokens passed as `?access_token=…`: it answers `{answer}`. URLs are also logged by proxies, so the token leaks.</source>
        <translation>Depuis février 2023, Zoom refuse les jetons d&apos;accès passés en `?access_token=…`&#xa0;: il répond `{answer}`. De plus, les proxys enregistrent les URL, si bien que le jeton fuit.</translation>
    </message>
    <message>
        <source>Send it in a header instead: `{header}`.</source>
        <translation>Envoyez-le plutôt dans un en-tête&#xa0;: `{header}`.</translation>
    </message>
    <message>
        <source>Every Zoom API call needs the access token from /oauth/token as `{header}`.</source>
        <translation>Chaque appel à l&apos;API Zoom a besoin du jeton d&apos;accès obtenu par /oauth/token, sous la forme `{header}`.</translation>
    </message>
    <message>
        <source>Get a token (POST /oauth/token) and send `{header}`.</source>
        <translation>Obtenez un jeton (POST /oauth/token) et envoyez `{header}`.</translation>
    </message>
    <message>
        <source>The Bearer token is empty</source>
        <translation>Le jeton Bearer est vide</translation>
    </message>
    <message>
        <source>`Authorization: Bearer` must be followed by the access token. An empty value usually means the variable holding the token was never set.</source>
        <translation>`Authorization: Bearer` doit être suivi du jeton d&apos;accès. Une valeur vide signifie en général que la variable qui contient le jeton n&apos;a jamais été renseignée.</translation>
    </message>
    <message>
        <source>Check the token request succeeded and its `access_token` is used.</source>
        <translation>Vérifiez que la demande de jeton a réussi et que son `access_token` est utilisé.</translation>
    </message>
    <message>
        <source>Zoom&apos;s REST API is version 2: `{url}`.</source>
        <translation>L&apos;API REST de Zoom est la version 2&#xa0;: `{url}`.</translation>
    </message>
    <message>
        <source>Build URLs as `{expression}`.</source>
        <translation>Construisez les URL ainsi&#xa0;: `{expression}`.</translation>
    </message>
    <message>
        <source>A {method} request with a body</source>
        <translation>Une requête {method} avec un corps</translation>
    </message>
    <message>
        <source>Zoom ignores the body of a {method}; parameters of these calls go in the query string (for example ?page_size=300).</source>
        <translation>Zoom ignore le corps d&apos;un {method}&#xa0;; les paramètres de ces appels vont dans la chaîne de requête (par exemple ?page_size=300).</translation>
    </message>
    <message>
        <source>Send `{header}` with a JSON object (Python `json=…`, axios: pass an object as data).</source>
        <translation>Envoyez `{header}` avec un objet JSON (Python `json=…`, axios&#xa0;: passez un objet comme data).</translation>
    </message>
    <message>
        <source>The API body is sent as {type}; Zoom expects JSON</source>
        <translation>Le corps de l&apos;appel d&apos;API est envoyé en {type}&#xa0;; Zoom attend du JSON</translation>
    </message>
    <message>
        <source>Send `{header}`.</source>
        <translation>Envoyez `{header}`.</translation>
    </message>
    <message>
        <source>Zoom needs `{header}` to read the body; without it the call fails with a validation error or the fields are ignored.</source>
        <translation>Zoom a besoin de `{header}` pour lire le corps&#xa0;; sans cela, l&apos;appel échoue avec une erreur de validation ou les champs sont ignorés.</translation>
    </message>
    <message>
        <source>Add `{header}`.</source>
        <translation>Ajoutez `{header}`.</translation>
    </message>
    <message>
        <source>URL: {url}</source>
        <translation>URL&#xa0;: {url}</translation>
    </message>
    <message>
        <source>First POST /oauth/token, then send `{header}`.</source>
        <translation>Faites d&apos;abord un POST /oauth/token, puis envoyez `{header}`.</translation>
    </message>
    <message>
        <source>The Authorization header does not use the Bearer scheme</source>
        <translation>L&apos;en-tête Authorization n&apos;utilise pas le schéma Bearer</translation>
    </message>
    <message>
        <source>Path: {path}</source>
        <translation>Chemin&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Body: {body}</source>
        <translation>Corps&#xa0;: {body}</translation>
    </message>
    <message>
        <source>Zoom expects `{header}`, but {problem}.</source>
        <translation>Zoom attend `{header}`, mais&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>Zoom expects `{header}`, but it differs.</source>
        <translation>Zoom attend `{header}`, mais l&apos;en-tête est différent.</translation>
    </message>
</context>
<context>
    <name>DoctorCompare</name>
    <message>
        <source>Parameters in: {where}</source>
        <translation>Paramètres dans&#xa0;: {where}</translation>
    </message>
    <message>
        <source>Changed lines</source>
        <translation>Lignes modifiées</translation>
    </message>
    <message>
        <source>Your request, as sent</source>
        <translation>Votre requête, telle qu&apos;envoyée</translation>
    </message>
    <message>
        <source>The corrected request</source>
        <translation>La requête corrigée</translation>
    </message>
    <message>
        <source>Lines that differ are marked. Secrets are masked unless revealed.</source>
        <translation>Les lignes qui diffèrent sont signalées. Les secrets restent masqués sauf si vous les révélez.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langage</translation>
    </message>
    <message>
        <source>Code for the corrected request</source>
        <translation>Code de la requête corrigée</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langage&#xa0;:</translation>
    </message>
    <message>
        <source>What changed from your code</source>
        <translation>Ce qui change par rapport à votre code</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>La vôtre</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Corrigée</translation>
    </message>
    <message>
        <source>{mark} marks a line that differs from your code</source>
        <translation>{mark} signale une ligne qui diffère de votre code</translation>
    </message>
    <message>
        <source>The secret and the token come from environment variables ({variables}); never paste them into code.</source>
        <translation>Le secret et le jeton viennent de variables d&apos;environnement ({variables})&#xa0;; ne les collez jamais dans du code.</translation>
    </message>
    <message>
        <source>Generated code for the corrected request ({language}).</source>
        <translation>Code généré pour la requête corrigée ({language}).</translation>
    </message>
    <message>
        <source>Generated code in {language}: lines that differ from yours are marked in {own}.</source>
        <translation>Code généré en {language}&#xa0;: les lignes qui diffèrent des vôtres sont signalées en {own}.</translation>
    </message>
    <message>
        <source>Generated code in {language}.</source>
        <translation>Code généré en {language}.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) changed from your code (marked {mark} in the margin).</source>
        <translation>
            <numerusform>%n ligne modifiée par rapport à votre code (signalée par {mark} dans la marge).</numerusform>
            <numerusform>%n lignes modifiées par rapport à votre code (signalées par {mark} dans la marge).</numerusform>
        </translation>
    </message>
    <message>
        <source>No line changed from your code.</source>
        <translation>Aucune ligne modifiée par rapport à votre code.</translation>
    </message>
    <message>
        <source>Changed lines: {numbers}</source>
        <translation>Lignes modifiées&#xa0;: {numbers}</translation>
    </message>
</context>
<context>
    <name>DoctorFinding</name>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Seen: {item}</source>
        <translation>Constaté&#xa0;: {item}</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Fix: {fix}</source>
        <translation>Correction&#xa0;: {fix}</translation>
    </message>
</context>
<context>
    <name>DoctorInput</name>
    <message>
        <source>Your request</source>
        <translation>Votre requête</translation>
    </message>
    <message>
        <source>Paste a cURL command, a raw HTTP request, a HAR file or an axios, fetch, requests or httpx call</source>
        <translation>Collez une commande cURL, une requête HTTP brute, un fichier HAR ou un appel axios, fetch, requests ou httpx</translation>
    </message>
    <message>
        <source>(secret hidden)</source>
        <translation>(secret masqué)</translation>
    </message>
    <message>
        <source>Paste here:
• a cURL command:  {curl}
• a raw HTTP request:  {raw}  + headers + body
• a HAR file from the browser&apos;s dev tools (or use Import HAR…)
• code:  {code}

Nothing is sent anywhere until you press a Replay button.</source>
        <translation>Collez ici&#xa0;:
• une commande cURL&#xa0;:  {curl}
• une requête HTTP brute&#xa0;:  {raw}  + en-têtes + corps
• un fichier HAR des outils de développement du navigateur (ou Importer un HAR…)
• du code&#xa0;:  {code}

Rien n&apos;est envoyé tant que vous n&apos;appuyez pas sur un bouton Rejouer.</translation>
    </message>
</context>
<context>
    <name>DoctorIntegration</name>
    <message>
        <source>line {number}</source>
        <translation>ligne {number}</translation>
    </message>
    <message>
        <source>The token is kept but never renewed, and a 401 is not handled</source>
        <translation>Le jeton est conservé mais jamais renouvelé, et un 401 n&apos;est pas traité</translation>
    </message>
    <message>
        <source>Store the expiry with the token and renew it a few minutes before; on a 401 with code 124, get a new token and retry the call once.</source>
        <translation>Enregistrez l&apos;expiration avec le jeton et renouvelez-le quelques minutes avant&#xa0;; en cas de 401 avec le code 124, obtenez un nouveau jeton et relancez l&apos;appel une fois.</translation>
    </message>
    <message>
        <source>API calls go to api.zoom.us although the account&apos;s own API host is known</source>
        <translation>Les appels d&apos;API vont à api.zoom.us alors que l&apos;hôte d&apos;API propre au compte est connu</translation>
    </message>
    <message>
        <source>Zoom&apos;s token answer carries `api_url`, the host for this account&apos;s region (for example https://api-eu.zoom.us); the code reads it or uses a regional host elsewhere, yet these calls hard-code api.zoom.us.</source>
        <translation>La réponse de jeton de Zoom contient `api_url`, l&apos;hôte de la région de ce compte (par exemple https://api-eu.zoom.us)&#xa0;; le code le lit ou utilise un hôte régional ailleurs, mais ces appels codent api.zoom.us en dur.</translation>
    </message>
    <message>
        <source>Build API URLs from `api_url` + &apos;/v2&apos; (fall back to https://api.zoom.us).</source>
        <translation>Construisez les URL d&apos;API à partir de `api_url` + &apos;/v2&apos; (avec https://api.zoom.us par défaut).</translation>
    </message>
    <message>
        <source>{call} in {function}</source>
        <translation>{call} dans {function}</translation>
    </message>
    <message>
        <source>A new access token is fetched for every API call</source>
        <translation>Un nouveau jeton d&apos;accès est demandé pour chaque appel d&apos;API</translation>
    </message>
    <message>
        <source>Keep the token and its expiry time; request a new one only when it is about to expire (and once after a 401 with code 124). The cached version comes with this report.</source>
        <translation>Conservez le jeton et son heure d&apos;expiration&#xa0;; n&apos;en demandez un nouveau que lorsqu&apos;il est sur le point d&apos;expirer (et une fois après un 401 avec le code 124). La version avec cache accompagne ce rapport.</translation>
    </message>
    <message>
        <source>A secret is written into the source code</source>
        <translation>Un secret est écrit dans le code source</translation>
    </message>
    <message>
        <source>Anyone who can read the code, its history or a pasted copy has it. The values are masked in this report.</source>
        <translation>Quiconque peut lire le code, son historique ou une copie collée le possède. Les valeurs sont masquées dans ce rapport.</translation>
    </message>
    <message>
        <source>Read it from an environment variable or a secret store (ZOOM_CLIENT_SECRET), and regenerate the secret in the Zoom App Marketplace if this code was shared.</source>
        <translation>Lisez-le depuis une variable d&apos;environnement ou un coffre de secrets (ZOOM_CLIENT_SECRET), et régénérez le secret dans le Zoom App Marketplace si ce code a été partagé.</translation>
    </message>
    <message>
        <source>(the loop)</source>
        <translation>(la boucle)</translation>
    </message>
    <message>
        <source>The code stores the access token and uses it for every later call, but checks neither its expiry (`expires_in`, one hour) nor Zoom&apos;s answer when it has expired (`{answer}`). A long-running process works for an hour, then every call fails.</source>
        <translation>Le code conserve le jeton d&apos;accès et l&apos;utilise pour tous les appels suivants, mais ne vérifie ni son expiration (`expires_in`, une heure) ni la réponse de Zoom une fois qu&apos;il a expiré (`{answer}`). Un processus de longue durée fonctionne pendant une heure, puis chaque appel échoue.</translation>
    </message>
    <message>
        <source>API calls run in a loop with no handling of 429 (rate limit)</source>
        <translation>Des appels d&apos;API s&apos;exécutent dans une boucle sans traitement du 429 (limite de débit)</translation>
    </message>
    <message>
        <source>Zoom limits requests per second (and creates/updates per day); in a loop the calls soon get `429 Too Many Requests`. Without handling, the loop stops half-way or skips items.</source>
        <translation>Zoom limite les requêtes par seconde (et les créations/modifications par jour)&#xa0;; dans une boucle, les appels reçoivent vite `429 Too Many Requests`. Sans traitement, la boucle s&apos;arrête en cours de route ou saute des éléments.</translation>
    </message>
    <message>
        <source>On 429, wait for the `Retry-After` header&apos;s time (or a short backoff) and retry; stop on the daily limit (its Retry-After is the next UTC midnight).</source>
        <translation>En cas de 429, attendez le délai de l&apos;en-tête `Retry-After` (ou un court moment) puis réessayez&#xa0;; arrêtez-vous à la limite quotidienne (son Retry-After est le prochain minuit UTC).</translation>
    </message>
    <message>
        <source>A meeting create (POST) is retried after a failure or timeout</source>
        <translation>La création d&apos;une réunion (POST) est relancée après un échec ou un délai dépassé</translation>
    </message>
    <message>
        <source>A create whose answer was lost (a timeout, a dropped connection, a 5xx from a gateway) may still have created the meeting: retrying it blindly makes duplicates that staff then have to find and delete.</source>
        <translation>Une création dont la réponse s&apos;est perdue (délai dépassé, connexion coupée, 5xx d&apos;une passerelle) a pu créer la réunion malgré tout&#xa0;: la relancer à l&apos;aveugle crée des doublons que le personnel doit ensuite retrouver et supprimer.</translation>
    </message>
    <message>
        <source>Never retry a POST create automatically. After a timeout, list the host&apos;s meetings and look for one with the same topic and start time before trying again; retry only 429 (Zoom did not act).</source>
        <translation>Ne relancez jamais automatiquement une création par POST. Après un délai dépassé, listez les réunions de l&apos;hôte et cherchez-en une avec le même sujet et la même heure de début avant de réessayer&#xa0;; ne relancez qu&apos;en cas de 429 (Zoom n&apos;a rien fait).</translation>
    </message>
    <message>
        <source>Zoom returns lists in pages (30 records by default, `page_size` at most 300) with a `next_page_token`; the code never sends it back, so anything after the first page is missing.</source>
        <translation>Zoom renvoie les listes par pages (30 éléments par défaut, `page_size` au plus 300) avec un `next_page_token`&#xa0;; le code ne le renvoie jamais, donc tout ce qui suit la première page manque.</translation>
    </message>
    <message>
        <source>Loop: repeat the call with `next_page_token` from the previous answer until it comes back empty.</source>
        <translation>Bouclez&#xa0;: répétez l&apos;appel avec le `next_page_token` de la réponse précédente jusqu&apos;à ce qu&apos;il revienne vide.</translation>
    </message>
    <message>
        <source>Each API call goes through {path}, which sends the token request again. Zoom&apos;s tokens are valid for an hour: fetching one per call doubles the requests, runs into the token endpoint&apos;s rate limits under load and slows every call.</source>
        <translation>Chaque appel d&apos;API passe par {path}, qui renvoie la demande de jeton. Les jetons de Zoom sont valables une heure&#xa0;: en demander un par appel double les requêtes, se heurte aux limites de débit du point d&apos;accès des jetons en charge et ralentit chaque appel.</translation>
    </message>
    <message>
        <source>Only the first page of {path} is read</source>
        <translation>Seule la première page de {path} est lue</translation>
    </message>
</context>
<context>
    <name>DoctorLint</name>
    <message>
        <source>The request goes to {host}; token requests go to {right}</source>
        <translation>La requête est envoyée à {host}&#xa0;; les demandes de jeton vont à {right}</translation>
    </message>
    <message>
        <source>{host} is a Zoom host, but not the one that answers token requests.</source>
        <translation>{host} est un hôte de Zoom, mais pas celui qui répond aux demandes de jeton.</translation>
    </message>
    <message>
        <source>The request goes to {host}; API calls go to {right}</source>
        <translation>La requête est envoyée à {host}&#xa0;; les appels d&apos;API vont à {right}</translation>
    </message>
    <message>
        <source>{host} is a Zoom host, but not the one that answers API calls.</source>
        <translation>{host} est un hôte de Zoom, mais pas celui qui répond aux appels d&apos;API.</translation>
    </message>
    <message>
        <source>{host} is not a Zoom host. That is fine for a proxy or gateway you run, otherwise the request never reaches Zoom.</source>
        <translation>{host} n&apos;est pas un hôte de Zoom. C&apos;est normal pour un proxy ou une passerelle que vous gérez&#xa0;; sinon, la requête n&apos;atteint jamais Zoom.</translation>
    </message>
    <message>
        <source>Zoom&apos;s token endpoint is exactly /oauth/token (no trailing slash, no /oauth2/).</source>
        <translation>Le point d&apos;accès des jetons de Zoom est exactement /oauth/token (sans barre oblique finale, pas /oauth2/).</translation>
    </message>
    <message>
        <source>The request has no host</source>
        <translation>La requête n&apos;a pas d&apos;hôte</translation>
    </message>
    <message>
        <source>Use the full URL.</source>
        <translation>Utilisez l&apos;URL complète.</translation>
    </message>
    <message>
        <source>The request uses http://, not https://</source>
        <translation>La requête utilise http:// et non https://</translation>
    </message>
    <message>
        <source>Zoom only serves HTTPS; over plain HTTP the credentials travel unencrypted and Zoom redirects or refuses the call.</source>
        <translation>Zoom ne répond qu&apos;en HTTPS&#xa0;; en HTTP simple, les identifiants circulent en clair et Zoom redirige ou refuse l&apos;appel.</translation>
    </message>
    <message>
        <source>Use https://.</source>
        <translation>Utilisez https://.</translation>
    </message>
    <message>
        <source>Use {url}.</source>
        <translation>Utilisez {url}.</translation>
    </message>
    <message>
        <source>This is neither a token request nor a Zoom API call</source>
        <translation>Ce n&apos;est ni une demande de jeton ni un appel à l&apos;API Zoom</translation>
    </message>
    <message>
        <source>The doctor knows Zoom&apos;s token endpoint (`POST https://zoom.us/oauth/token`) and the REST API (`https://api.zoom.us/v2/…`).</source>
        <translation>Le diagnostic des requêtes connaît le point d&apos;accès des jetons de Zoom (`POST https://zoom.us/oauth/token`) et l&apos;API REST (`https://api.zoom.us/v2/…`).</translation>
    </message>
    <message>
        <source>Paste the request that goes to /oauth/token or to /v2/….</source>
        <translation>Collez la requête envoyée à /oauth/token ou à /v2/….</translation>
    </message>
    <message>
        <source>The token path is {path}; it must be /oauth/token</source>
        <translation>Le chemin du jeton est {path}&#xa0;; il doit être /oauth/token</translation>
    </message>
    <message>
        <source>POST to {url}.</source>
        <translation>Envoyez un POST à {url}.</translation>
    </message>
    <message>
        <source>The URL must be absolute, like {example}.</source>
        <translation>L&apos;URL doit être absolue, par exemple {example}.</translation>
    </message>
    <message>
        <source>The token request goes to {host}</source>
        <translation>La demande de jeton est envoyée à {host}</translation>
    </message>
    <message>
        <source>{host}/oauth/token works in practice, but Zoom&apos;s docs and SDK use {right}.</source>
        <translation>{host}/oauth/token fonctionne en pratique, mais la documentation et le SDK de Zoom utilisent {right}.</translation>
    </message>
    <message>
        <source>Prefer {url}.</source>
        <translation>Utilisez plutôt {url}.</translation>
    </message>
    <message>
        <source>URL: {url}</source>
        <translation>URL&#xa0;: {url}</translation>
    </message>
</context>
<context>
    <name>DoctorNetwork</name>
    <message>
        <source>The request got no HTTP answer</source>
        <translation>La requête n&apos;a reçu aucune réponse HTTP</translation>
    </message>
    <message>
        <source>The network failed before Zoom answered.</source>
        <translation>Le réseau a échoué avant que Zoom ne réponde.</translation>
    </message>
    <message>
        <source>Check the network connection and proxy settings, then retry.</source>
        <translation>Vérifiez la connexion réseau et les paramètres du proxy, puis réessayez.</translation>
    </message>
    <message>
        <source>The server&apos;s HTTPS certificate was not trusted</source>
        <translation>Le certificat HTTPS du serveur n&apos;a pas été reconnu comme fiable</translation>
    </message>
    <message>
        <source>The secure connection was refused before anything was sent. This usually means a company proxy, firewall or antivirus re-signs HTTPS traffic with its own certificate authority that this computer does not trust; less often, the computer&apos;s clock is wrong or a Wi-Fi login page is intercepting traffic.</source>
        <translation>La connexion sécurisée a été refusée avant tout envoi. En général, un proxy d&apos;entreprise, un pare-feu ou un antivirus re-signe le trafic HTTPS avec sa propre autorité de certification, à laquelle cet ordinateur ne fait pas confiance&#xa0;; plus rarement, l&apos;horloge de l&apos;ordinateur est fausse ou une page de connexion Wi-Fi intercepte le trafic.</translation>
    </message>
    <message>
        <source>Ask IT to install the company&apos;s root certificate in the system&apos;s certificate store (zoomdesk uses the operating system&apos;s store), check the date and time, or try another network. Do not turn certificate checks off.</source>
        <translation>Demandez au service informatique d&apos;installer le certificat racine de l&apos;entreprise dans le magasin de certificats du système (zoomdesk utilise celui du système d&apos;exploitation), vérifiez la date et l&apos;heure, ou essayez un autre réseau. Ne désactivez pas la vérification des certificats.</translation>
    </message>
    <message>
        <source>The proxy refused or failed the connection</source>
        <translation>Le proxy a refusé la connexion ou n&apos;a pas pu l&apos;établir</translation>
    </message>
    <message>
        <source>zoomdesk goes through the proxy named in HTTPS_PROXY / HTTP_PROXY / ALL_PROXY, and that proxy could not be reached or would not connect to Zoom.</source>
        <translation>zoomdesk passe par le proxy indiqué dans HTTPS_PROXY / HTTP_PROXY / ALL_PROXY, et ce proxy était injoignable ou n&apos;a pas voulu se connecter à Zoom.</translation>
    </message>
    <message>
        <source>Check the proxy address and port in those environment variables (or remove them), whether the proxy needs a login, and NO_PROXY for hosts that must bypass it.</source>
        <translation>Vérifiez l&apos;adresse et le port du proxy dans ces variables d&apos;environnement (ou supprimez-les), si le proxy exige une connexion, et NO_PROXY pour les hôtes qui doivent le contourner.</translation>
    </message>
    <message>
        <source>The host name could not be found</source>
        <translation>Le nom d&apos;hôte est introuvable</translation>
    </message>
    <message>
        <source>The computer could not look up the server&apos;s address: no network, a DNS problem, or a typo in the base URL.</source>
        <translation>L&apos;ordinateur n&apos;a pas pu trouver l&apos;adresse du serveur&#xa0;: pas de réseau, un problème DNS ou une faute de frappe dans l&apos;URL de base.</translation>
    </message>
    <message>
        <source>Check the network connection and the OAuth / API URLs of the profile.</source>
        <translation>Vérifiez la connexion réseau et les URL OAuth / API du profil.</translation>
    </message>
    <message>
        <source>Nothing answered at that address</source>
        <translation>Rien n&apos;a répondu à cette adresse</translation>
    </message>
    <message>
        <source>The connection was refused: the URL or port is wrong, the local sandbox is not running, or a firewall rejects it.</source>
        <translation>La connexion a été refusée&#xa0;: l&apos;URL ou le port est erroné, le bac à sable local n&apos;est pas lancé, ou un pare-feu la rejette.</translation>
    </message>
    <message>
        <source>Check the URL (https://zoom.us, https://api.zoom.us) and the network.</source>
        <translation>Vérifiez l&apos;URL (https://zoom.us, https://api.zoom.us) et le réseau.</translation>
    </message>
    <message>
        <source>The connection could not be opened</source>
        <translation>La connexion n&apos;a pas pu être ouverte</translation>
    </message>
    <message>
        <source>The network connection to the server failed before any data was sent.</source>
        <translation>La connexion réseau au serveur a échoué avant l&apos;envoi de données.</translation>
    </message>
    <message>
        <source>Check the network connection, firewall and proxy settings.</source>
        <translation>Vérifiez la connexion réseau et les paramètres du pare-feu et du proxy.</translation>
    </message>
    <message>
        <source>The server did not answer the connection in time</source>
        <translation>Le serveur n&apos;a pas répondu à temps à la connexion</translation>
    </message>
    <message>
        <source>A firewall may be silently dropping the traffic, or the network is down.</source>
        <translation>Un pare-feu ignore peut-être le trafic sans le signaler, ou le réseau est en panne.</translation>
    </message>
    <message>
        <source>Check the network, or whether a proxy is required (HTTPS_PROXY).</source>
        <translation>Vérifiez le réseau, ou si un proxy est nécessaire (HTTPS_PROXY).</translation>
    </message>
    <message>
        <source>The server accepted the request but did not answer in time</source>
        <translation>Le serveur a accepté la requête mais n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>Zoom (or a proxy in front of it) was too slow. The request may have been carried out.</source>
        <translation>Zoom (ou un proxy placé devant) a été trop lent. La requête a peut-être été exécutée.</translation>
    </message>
    <message>
        <source>Retry reads. For a meeting that was being created, list the host&apos;s meetings before retrying, to avoid a duplicate.</source>
        <translation>Relancez les lectures. Pour une réunion en cours de création, listez les réunions de l&apos;hôte avant de réessayer, afin d&apos;éviter un doublon.</translation>
    </message>
    <message>
        <source>The connection closed before a full answer arrived</source>
        <translation>La connexion s&apos;est fermée avant l&apos;arrivée d&apos;une réponse complète</translation>
    </message>
    <message>
        <source>The server or a proxy hung up mid-way. The request may have been carried out.</source>
        <translation>Le serveur ou un proxy a coupé en cours de route. La requête a peut-être été exécutée.</translation>
    </message>
    <message>
        <source>Retry reads. For a create, check the meetings list first, to avoid a duplicate.</source>
        <translation>Relancez les lectures. Pour une création, vérifiez d&apos;abord la liste des réunions, afin d&apos;éviter un doublon.</translation>
    </message>
    <message>
        <source>The connection was reset</source>
        <translation>La connexion a été réinitialisée</translation>
    </message>
    <message>
        <source>The connection was cut by the network, a proxy or the server. The request may have been carried out.</source>
        <translation>La connexion a été coupée par le réseau, un proxy ou le serveur. La requête a peut-être été exécutée.</translation>
    </message>
    <message>
        <source>Retry reads; for a create, check the meetings list first.</source>
        <translation>Relancez les lectures&#xa0;; pour une création, vérifiez d&apos;abord la liste des réunions.</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is about {hours} hours ahead of the server&apos;s</source>
        <translation>L&apos;horloge de cet ordinateur avance d&apos;environ {hours} heures sur celle du serveur</translation>
    </message>
    <message>
        <source>Error: {error}</source>
        <translation>Erreur&#xa0;: {error}</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is about {hours} hours behind the server&apos;s</source>
        <translation>L&apos;horloge de cet ordinateur retarde d&apos;environ {hours} heures sur celle du serveur</translation>
    </message>
    <message>
        <source>The server&apos;s Date header and this computer&apos;s clock disagree by more than five minutes. A wrong clock breaks HTTPS certificate checks, makes token expiry times misleading, and confuses meeting start times.</source>
        <translation>L&apos;en-tête Date du serveur et l&apos;horloge de cet ordinateur diffèrent de plus de cinq minutes. Une horloge fausse fait échouer la vérification des certificats HTTPS, rend trompeuses les heures d&apos;expiration des jetons et fausse les heures de début des réunions.</translation>
    </message>
    <message>
        <source>Turn on automatic date and time (network time) in the system settings.</source>
        <translation>Activez la date et l&apos;heure automatiques (heure réseau) dans les paramètres du système.</translation>
    </message>
    <message>
        <source>The proxy in use: {proxy}.</source>
        <translation>Proxy utilisé&#xa0;: {proxy}.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is about {minutes} minutes ahead of the server&apos;s</source>
        <translation>L&apos;horloge de cet ordinateur avance d&apos;environ {minutes} minutes sur celle du serveur</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is about {minutes} minutes behind the server&apos;s</source>
        <translation>L&apos;horloge de cet ordinateur retarde d&apos;environ {minutes} minutes sur celle du serveur</translation>
    </message>
    <message>
        <source>{proxy} (from {variable})</source>
        <translation>{proxy} (de {variable})</translation>
    </message>
    <message>
        <source>Server Date: {time} UTC</source>
        <translation>Date du serveur&#xa0;: {time} UTC</translation>
    </message>
    <message>
        <source>Sent at (this computer): {time} UTC</source>
        <translation>Envoyé à (cet ordinateur)&#xa0;: {time} UTC</translation>
    </message>
    <message>
        <source>Proxy: {proxy}</source>
        <translation>Proxy&#xa0;: {proxy}</translation>
    </message>
</context>
<context>
    <name>DoctorParse</name>
    <message>
        <source>got code</source>
        <translation>code got</translation>
    </message>
    <message>
        <source>C# code</source>
        <translation>code C#</translation>
    </message>
    <message>
        <source>PowerShell code</source>
        <translation>code PowerShell</translation>
    </message>
    <message>
        <source>Paste a cURL command (`curl -X POST https://zoom.us/oauth/token …`), a raw HTTP request (`POST /oauth/token HTTP/1.1` + headers + body), a HAR file, or code that calls Zoom (axios, fetch, got, requests, httpx, aiohttp, C# HttpClient, PowerShell Invoke-RestMethod).</source>
        <translation>Collez une commande cURL (`curl -X POST https://zoom.us/oauth/token …`), une requête HTTP brute (`POST /oauth/token HTTP/1.1` + en-têtes + corps), un fichier HAR, ou du code qui appelle Zoom (axios, fetch, got, requests, httpx, aiohttp, C# HttpClient, PowerShell Invoke-RestMethod).</translation>
    </message>
    <message>
        <source>This is not a request zoomdesk can read. {help}</source>
        <translation>Ceci n&apos;est pas une requête que zoomdesk sait lire. {help}</translation>
    </message>
    <message>
        <source>Nothing to check. {help}</source>
        <translation>Rien à vérifier. {help}</translation>
    </message>
    <message>
        <source>The URL {url} is not valid ({error}).</source>
        <translation>L&apos;URL {url} n&apos;est pas valide ({error}).</translation>
    </message>
    <message>
        <source>axios code</source>
        <translation>code axios</translation>
    </message>
    <message>
        <source>Python code</source>
        <translation>code Python</translation>
    </message>
    <message>
        <source>fetch code</source>
        <translation>code fetch</translation>
    </message>
    <message>
        <source>No HTTP call with a URL the doctor can read was found in the code.</source>
        <translation>Aucun appel HTTP avec une URL lisible par le diagnostic des requêtes n&apos;a été trouvé dans le code.</translation>
    </message>
    <message>
        <source>The base URL comes from {expression}; assumed {host}.</source>
        <translation>L&apos;URL de base vient de {expression}&#xa0;; {host} a été supposé.</translation>
    </message>
    <message>
        <source>This does not start with `curl`.</source>
        <translation>Ceci ne commence pas par `curl`.</translation>
    </message>
    <message>
        <source>The cURL command has no URL.</source>
        <translation>La commande cURL n&apos;a pas d&apos;URL.</translation>
    </message>
    <message>
        <source>The credentials are in the URL (`https://id:secret@…`); curl sends them as Basic authorization, but URLs end up in shell history and logs. Use `-u` instead.</source>
        <translation>Les identifiants sont dans l&apos;URL (`https://id:secret@…`)&#xa0;; curl les envoie en autorisation Basic, mais les URL finissent dans l&apos;historique du shell et dans les journaux. Utilisez plutôt `-u`.</translation>
    </message>
    <message>
        <source>The cURL command has unbalanced quotes ({error}).</source>
        <translation>La commande cURL a des guillemets non appariés ({error}).</translation>
    </message>
    <message>
        <source>`{option}` is missing its value.</source>
        <translation>Il manque la valeur de `{option}`.</translation>
    </message>
    <message>
        <source>The URL is not valid ({error}).</source>
        <translation>L&apos;URL n&apos;est pas valide ({error}).</translation>
    </message>
    <message>
        <source>The body is read from the file {file}; it could not be checked.</source>
        <translation>Le corps est lu depuis le fichier {file}&#xa0;; il n&apos;a pas pu être vérifié.</translation>
    </message>
    <message>
        <source>`-k` turns off TLS certificate checks; never use it against Zoom.</source>
        <translation>`-k` désactive la vérification des certificats TLS&#xa0;; ne l&apos;utilisez jamais avec Zoom.</translation>
    </message>
    <message>
        <source>This JSON has no `log.entries`, so it is not a HAR file.</source>
        <translation>Ce JSON n&apos;a pas de `log.entries`&#xa0;: ce n&apos;est donc pas un fichier HAR.</translation>
    </message>
    <message>
        <source>The HAR file has no requests.</source>
        <translation>Le fichier HAR ne contient aucune requête.</translation>
    </message>
    <message>
        <source>The HAR file nests JSON too deeply to be read.</source>
        <translation>Le fichier HAR imbrique le JSON trop profondément pour être lu.</translation>
    </message>
    <message>
        <source>The HAR file is not valid JSON ({error}).</source>
        <translation>Le fichier HAR n&apos;est pas du JSON valide ({error}).</translation>
    </message>
    <message>
        <source>raw HTTP</source>
        <translation>HTTP brut</translation>
    </message>
    <message>
        <source>The first line is not an HTTP request line like `POST /oauth/token HTTP/1.1`.</source>
        <translation>La première ligne n&apos;est pas une ligne de requête HTTP comme `POST /oauth/token HTTP/1.1`.</translation>
    </message>
    <message>
        <source>The request has a path but no Host header, so the URL is unknown.</source>
        <translation>La requête a un chemin mais pas d&apos;en-tête Host&#xa0;: l&apos;URL est donc inconnue.</translation>
    </message>
    <message>
        <source>Line {number} is not a header (`Name: value`): {line}</source>
        <translation>La ligne {number} n&apos;est pas un en-tête (`Name: value`)&#xa0;: {line}</translation>
    </message>
    <message>
        <source>it uses URL-safe Base64 (- and _); use standard Base64 (+ and /)</source>
        <translation>il utilise le Base64 pour URL (- et _)&#xa0;; utilisez le Base64 standard (+ et /)</translation>
    </message>
    <message>
        <source>its Base64 lacks the &apos;=&apos; padding at the end</source>
        <translation>son Base64 n&apos;a pas le remplissage &apos;=&apos; à la fin</translation>
    </message>
    <message>
        <source>the encoded text ends with a newline or space (for example `echo` without -n before base64)</source>
        <translation>le texte encodé se termine par un saut de ligne ou une espace (par exemple `echo` sans -n avant base64)</translation>
    </message>
    <message>
        <source>the client ID part (before &apos;:&apos;) is empty</source>
        <translation>la partie ID client (avant &apos;:&apos;) est vide</translation>
    </message>
    <message>
        <source>nothing follows &apos;Basic&apos;</source>
        <translation>rien ne suit &apos;Basic&apos;</translation>
    </message>
    <message>
        <source>the word &apos;Basic&apos; is repeated</source>
        <translation>le mot &apos;Basic&apos; est répété</translation>
    </message>
    <message>
        <source>client_id:client_secret is written in clear; it must be Base64-encoded</source>
        <translation>client_id:client_secret est écrit en clair&#xa0;; il doit être encodé en Base64</translation>
    </message>
    <message>
        <source>it decodes to a single value with no &apos;:&apos; (only the client ID, or only the secret, was encoded)</source>
        <translation>il se décode en une seule valeur sans &apos;:&apos; (seul l&apos;ID client, ou seul le secret, a été encodé)</translation>
    </message>
    <message>
        <source>the client secret part (after &apos;:&apos;) is empty</source>
        <translation>la partie secret client (après &apos;:&apos;) est vide</translation>
    </message>
    <message>
        <source>the header is empty</source>
        <translation>l&apos;en-tête est vide</translation>
    </message>
    <message>
        <source>it is not valid Base64</source>
        <translation>ce n&apos;est pas du Base64 valide</translation>
    </message>
    <message>
        <source>it is not valid Base64 of client_id:client_secret</source>
        <translation>ce n&apos;est pas un Base64 valide de client_id:client_secret</translation>
    </message>
    <message>
        <source>no token after &apos;Bearer&apos;</source>
        <translation>aucun jeton après &apos;Bearer&apos;</translation>
    </message>
    <message>
        <source>unknown scheme {scheme}</source>
        <translation>schéma inconnu {scheme}</translation>
    </message>
    <message>
        <source>no closing quotation for the quote at character {position}</source>
        <translation>le guillemet au caractère {position} n&apos;est jamais fermé</translation>
    </message>
    <message>
        <source>This is a binary file, not a request or a HAR file.</source>
        <translation>Ceci est un fichier binaire, pas une requête ni un fichier HAR.</translation>
    </message>
    <message>
        <source>The file starts like UTF-16 text but is not.</source>
        <translation>Le fichier commence comme un texte UTF-16 mais n&apos;en est pas un.</translation>
    </message>
</context>
<context>
    <name>DoctorRender</name>
    <message>
        <source>… ({count} more characters not shown)</source>
        <translation>… ({count} caractères de plus non affichés)</translation>
    </message>
    <message>
        <source>{names}, … ({count} more)</source>
        <translation>{names}, … ({count} de plus)</translation>
    </message>
    <message>
        <source>… ({count} more headers not shown)</source>
        <translation>… ({count} en-têtes de plus non affichés)</translation>
    </message>
    <message>
        <source>nowhere (no query string, empty body)</source>
        <translation>nulle part (pas de chaîne de requête, corps vide)</translation>
    </message>
    <message>
        <source>(empty body)</source>
        <translation>(corps vide)</translation>
    </message>
    <message>
        <source>JSON body (empty object)</source>
        <translation>corps JSON (objet vide)</translation>
    </message>
    <message>
        <source>query string ({names})</source>
        <translation>chaîne de requête ({names})</translation>
    </message>
    <message>
        <source>form body ({names})</source>
        <translation>corps de formulaire ({names})</translation>
    </message>
    <message>
        <source>JSON body ({names})</source>
        <translation>corps JSON ({names})</translation>
    </message>
    <message>
        <source>body (unrecognised format)</source>
        <translation>corps (format non reconnu)</translation>
    </message>
</context>
<context>
    <name>DoctorReplay</name>
    <message>
        <source>Replay both against the &amp;sandbox</source>
        <translation>Rejouer les deux sur le &amp;bac à sable</translation>
    </message>
    <message>
        <source>Replay both requests against the sandbox</source>
        <translation>Rejouer les deux requêtes sur le bac à sable</translation>
    </message>
    <message>
        <source>Replay both against &amp;Zoom…</source>
        <translation>Rejouer les deux sur &amp;Zoom…</translation>
    </message>
    <message>
        <source>Replay both requests against Zoom</source>
        <translation>Rejouer les deux requêtes sur Zoom</translation>
    </message>
    <message>
        <source>Your credentials are never sent: the target&apos;s own (the sandbox&apos;s, or your connection&apos;s) replace them wherever they travelled, so the replay tests the shape of the request. Against Zoom, two real requests are made.</source>
        <translation>Vos identifiants ne sont jamais envoyés&#xa0;: ceux de la cible (du bac à sable ou de votre connexion) les remplacent où qu&apos;ils se trouvent, si bien que la relecture teste la forme de la requête. Sur Zoom, deux vraies requêtes sont envoyées.</translation>
    </message>
    <message>
        <source>Nothing replayed yet.</source>
        <translation>Rien n&apos;a encore été rejoué.</translation>
    </message>
    <message>
        <source>Replay status</source>
        <translation>État de la relecture</translation>
    </message>
    <message>
        <source>Outcome of your request</source>
        <translation>Résultat de votre requête</translation>
    </message>
    <message>
        <source>Outcome of the corrected request</source>
        <translation>Résultat de la requête corrigée</translation>
    </message>
    <message>
        <source>&lt;b&gt;{method} {path} → {outcome}&lt;/b&gt; — failed</source>
        <translation>&lt;b&gt;{method} {path} → {outcome}&lt;/b&gt; — échec</translation>
    </message>
    <message>
        <source>&lt;b&gt;{method} {path} → {outcome}&lt;/b&gt; — worked</source>
        <translation>&lt;b&gt;{method} {path} → {outcome}&lt;/b&gt; — réussi</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>La vôtre</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Corrigée</translation>
    </message>
    <message>
        <source>Replayed against {target}.</source>
        <translation>Rejouées sur {target}.</translation>
    </message>
    <message>
        <source>Replaying the requests</source>
        <translation>Relecture des requêtes</translation>
    </message>
    <message>
        <source>the sandbox</source>
        <translation>le bac à sable</translation>
    </message>
    <message>
        <source>Replay against Zoom?</source>
        <translation>Rejouer sur Zoom&#xa0;?</translation>
    </message>
    <message>
        <source>the current connection ({url})</source>
        <translation>la connexion actuelle ({url})</translation>
    </message>
    <message>
        <source>Zoom ({url})</source>
        <translation>Zoom ({url})</translation>
    </message>
    <message>
        <source>Connect with a stored profile first</source>
        <translation>Connectez-vous d&apos;abord avec un profil enregistré</translation>
    </message>
    <message>
        <source>Send both requests to {url}?</source>
        <translation>Envoyer les deux requêtes à {url}&#xa0;?</translation>
    </message>
    <message>
        <source>They are sent with the current connection&apos;s credentials (client ID {client_id}), not the ones you pasted. This makes two real requests to Zoom.</source>
        <translation>Elles sont envoyées avec les identifiants de la connexion actuelle (ID client {client_id}), pas avec ceux que vous avez collés. Cela envoie deux vraies requêtes à Zoom.</translation>
    </message>
    <message>
        <source>Sending both requests to {target}…</source>
        <translation>Envoi des deux requêtes à {target}…</translation>
    </message>
    <message>
        <source>Replayed against {target}: yours → {yours}; corrected → {fixed}.</source>
        <translation>Rejouées sur {target}&#xa0;: la vôtre → {yours}&#xa0;; la corrigée → {fixed}.</translation>
    </message>
    <message>
        <source>Sends both requests to {url} with the current connection&apos;s credentials</source>
        <translation>Envoie les deux requêtes à {url} avec les identifiants de la connexion actuelle</translation>
    </message>
</context>
<context>
    <name>DoctorResponses</name>
    <message>
        <source>Zoom limits requests per second per account (shared by all its apps). This is short-lived: zoomdesk waits and retries a few times by itself.</source>
        <translation>Zoom limite les requêtes par seconde et par compte (partagées par toutes ses applications). C&apos;est de courte durée&#xa0;: zoomdesk attend et réessaie lui-même quelques fois.</translation>
    </message>
    <message>
        <source>Zoom: {message}</source>
        <translation>Zoom&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Too many requests per second (Zoom&apos;s per-second rate limit)</source>
        <translation>Trop de requêtes par seconde (limite de débit par seconde de Zoom)</translation>
    </message>
    <message>
        <source>Nothing to do unless it keeps happening; then run fewer things at once.</source>
        <translation>Rien à faire, sauf si cela se répète&#xa0;; dans ce cas, lancez moins d&apos;opérations à la fois.</translation>
    </message>
    <message>
        <source>in {hours} h {minutes} min</source>
        <translation>dans {hours} h {minutes} min</translation>
    </message>
    <message>
        <source>in {minutes} min {seconds} s</source>
        <translation>dans {minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>This host reached Zoom&apos;s limit of 100 meeting creates/updates a day</source>
        <translation>Cet hôte a atteint la limite Zoom de 100 créations/modifications de réunions par jour</translation>
    </message>
    <message>
        <source>Wait until the reset, or spread the work over other host users.</source>
        <translation>Attendez la réinitialisation, ou répartissez le travail sur d&apos;autres hôtes.</translation>
    </message>
    <message>
        <source>The account reached Zoom&apos;s daily limit for this kind of call</source>
        <translation>Le compte a atteint la limite quotidienne de Zoom pour ce type d&apos;appel</translation>
    </message>
    <message>
        <source>Wait until the reset time. If it happens often, reduce how often the data is reloaded, or ask Zoom about a higher plan.</source>
        <translation>Attendez l&apos;heure de réinitialisation. Si cela arrive souvent, rechargez les données moins souvent, ou renseignez-vous auprès de Zoom sur une offre supérieure.</translation>
    </message>
    <message>
        <source>Zoom asked to wait until {time} UTC ({seconds} s).</source>
        <translation>Zoom a demandé d&apos;attendre jusqu&apos;à {time} UTC ({seconds} s).</translation>
    </message>
    <message>
        <source>Zoom allows 100 create or update requests per day for the meetings of one host user. It resets at 00:00 UTC: {reset}.</source>
        <translation>Zoom autorise 100 requêtes de création ou de modification par jour pour les réunions d&apos;un même hôte. La limite est réinitialisée à 00:00 UTC&#xa0;: {reset}.</translation>
    </message>
    <message>
        <source>Daily limits are shared by every app of the Zoom account and depend on the plan. Retrying now will not help; calls work again at {reset}.</source>
        <translation>Les limites quotidiennes sont partagées par toutes les applications du compte Zoom et dépendent de l&apos;offre. Réessayer maintenant ne servira à rien&#xa0;; les appels fonctionneront de nouveau à {reset}.</translation>
    </message>
    <message>
        <source>list users</source>
        <translation>lister les utilisateurs</translation>
    </message>
    <message>
        <source>list meetings</source>
        <translation>lister les réunions</translation>
    </message>
    <message>
        <source>create meeting</source>
        <translation>créer une réunion</translation>
    </message>
    <message>
        <source>get user</source>
        <translation>obtenir un utilisateur</translation>
    </message>
    <message>
        <source>get meeting</source>
        <translation>obtenir une réunion</translation>
    </message>
    <message>
        <source>update meeting</source>
        <translation>modifier une réunion</translation>
    </message>
    <message>
        <source>delete meeting</source>
        <translation>supprimer une réunion</translation>
    </message>
    <message>
        <source>Scopes are granted to the app, not to the user; they can also disappear when the app owner&apos;s role changes.</source>
        <translation>Les étendues (scopes) sont accordées à l&apos;application, pas à l&apos;utilisateur&#xa0;; elles peuvent aussi disparaître quand le rôle du propriétaire de l&apos;application change.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>In the Zoom App Marketplace ▸ Manage ▸ your app ▸ Scopes, add the scope, save, then get a new token (the old one keeps the old scopes).</source>
        <translation>Dans Zoom App Marketplace ▸ Manage ▸ votre application ▸ Scopes, ajoutez l&apos;étendue, enregistrez, puis obtenez un nouveau jeton (l&apos;ancien garde les anciennes étendues).</translation>
    </message>
    <message>
        <source>Zoom refused the access token</source>
        <translation>Zoom a refusé le jeton d&apos;accès</translation>
    </message>
    <message>
        <source>The token is not valid for this API: cut off when copied, from another app or account, revoked, or the app was deactivated.</source>
        <translation>Le jeton n&apos;est pas valide pour cette API&#xa0;: tronqué lors de la copie, issu d&apos;une autre application ou d&apos;un autre compte, révoqué, ou l&apos;application a été désactivée.</translation>
    </message>
    <message>
        <source>Get a new token; if it keeps failing, check the app is still activated.</source>
        <translation>Obtenez un nouveau jeton&#xa0;; si l&apos;échec persiste, vérifiez que l&apos;application est toujours activée.</translation>
    </message>
    <message>
        <source>Correct the named fields (lengths: topic 200, agenda 2000, passcode 10 characters of A-Z a-z 0-9 @ - _ *) and send again.</source>
        <translation>Corrigez les champs indiqués (longueurs&#xa0;: sujet 200, ordre du jour 2000, code secret 10 caractères parmi A-Z a-z 0-9 @ - _ *) et renvoyez.</translation>
    </message>
    <message>
        <source>a scope</source>
        <translation>une étendue (scope)</translation>
    </message>
    <message>
        <source>Zoom refuses access tokens sent in the query string</source>
        <translation>Zoom refuse les jetons d&apos;accès envoyés dans la chaîne de requête</translation>
    </message>
    <message>
        <source>Since February 2023 the token must travel in the Authorization header.</source>
        <translation>Depuis février 2023, le jeton doit être envoyé dans l&apos;en-tête Authorization.</translation>
    </message>
    <message>
        <source>Send `Authorization: Bearer &lt;token&gt;` and remove ?access_token=….</source>
        <translation>Envoyez `Authorization: Bearer &lt;token&gt;` et supprimez ?access_token=….</translation>
    </message>
    <message>
        <source>The access token has expired</source>
        <translation>Le jeton d&apos;accès a expiré</translation>
    </message>
    <message>
        <source>Server-to-Server tokens last one hour and have no refresh token: a new one must be requested with the same account_credentials grant. zoomdesk does this by itself once when Zoom says the token expired.</source>
        <translation>Les jetons Server-to-Server durent une heure et n&apos;ont pas de jeton d&apos;actualisation&#xa0;: il faut en demander un nouveau avec la même autorisation account_credentials. zoomdesk le fait une fois de lui-même quand Zoom indique que le jeton a expiré.</translation>
    </message>
    <message>
        <source>Get a new token (the button in Token status). Code that fetches a token once at start-up must fetch a new one before the hour is up.</source>
        <translation>Obtenez un nouveau jeton (le bouton dans État du jeton). Un code qui obtient un jeton une seule fois au démarrage doit en obtenir un nouveau avant la fin de l&apos;heure.</translation>
    </message>
    <message>
        <source>Zoom named no field.</source>
        <translation>Zoom n&apos;a indiqué aucun champ.</translation>
    </message>
    <message>
        <source>Zoom rejected the request&apos;s values</source>
        <translation>Zoom a refusé les valeurs de la requête</translation>
    </message>
    <message>
        <source>The access token lacks the scope this call needs ({scopes})</source>
        <translation>Il manque au jeton d&apos;accès l&apos;étendue (scope) dont cet appel a besoin ({scopes})</translation>
    </message>
    <message>
        <source>Zoom: HTTP {status}, code {code}: {message}</source>
        <translation>Zoom&#xa0;: HTTP {status}, code {code}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>The user ID or email does not exist, or belongs to another Zoom account than the one the app is in. With Server-to-Server apps, &apos;me&apos; is the app&apos;s owner.</source>
        <translation>L&apos;ID utilisateur ou l&apos;adresse e-mail n&apos;existe pas, ou appartient à un autre compte Zoom que celui de l&apos;application. Avec les applications Server-to-Server, &apos;me&apos; est le propriétaire de l&apos;application.</translation>
    </message>
    <message>
        <source>Pick the host from the account&apos;s users list (GET /users) and use its ID or email.</source>
        <translation>Choisissez l&apos;hôte dans la liste des utilisateurs du compte (GET /users) et utilisez son ID ou son adresse e-mail.</translation>
    </message>
    <message>
        <source>It was deleted, has ended and expired, the ID is mistyped (meeting IDs are long: 10 or 11 digits), or it belongs to another account.</source>
        <translation>Elle a été supprimée, est terminée et a expiré, l&apos;ID est mal saisi (les ID de réunion sont longs&#xa0;: 10 ou 11 chiffres), ou elle appartient à un autre compte.</translation>
    </message>
    <message>
        <source>Reload the meetings list and pick the meeting again.</source>
        <translation>Rechargez la liste des réunions et choisissez de nouveau la réunion.</translation>
    </message>
    <message>
        <source>These are the retired JWT app&apos;s API key and secret</source>
        <translation>Ce sont la clé et le secret d&apos;API d&apos;une application JWT retirée</translation>
    </message>
    <message>
        <source>Zoom&apos;s JWT apps were retired in 2023. The message comes from sending a JWT app&apos;s key and secret.</source>
        <translation>Les applications JWT de Zoom ont été retirées en 2023. Ce message vient de l&apos;envoi de la clé et du secret d&apos;une application JWT.</translation>
    </message>
    <message>
        <source>Create a Server-to-Server OAuth app and use its credentials.</source>
        <translation>Créez une application Server-to-Server OAuth et utilisez ses identifiants.</translation>
    </message>
    <message>
        <source>Zoom refused: no permission for this</source>
        <translation>Zoom a refusé&#xa0;: aucune autorisation pour cela</translation>
    </message>
    <message>
        <source>The app or its owner&apos;s role lacks the permission, or the account&apos;s settings forbid it.</source>
        <translation>L&apos;application ou le rôle de son propriétaire n&apos;a pas l&apos;autorisation, ou les paramètres du compte l&apos;interdisent.</translation>
    </message>
    <message>
        <source>Check the app owner&apos;s role and the account settings in the Zoom web portal.</source>
        <translation>Vérifiez le rôle du propriétaire de l&apos;application et les paramètres du compte dans le portail web Zoom.</translation>
    </message>
    <message>
        <source>Zoom did not find this path</source>
        <translation>Zoom n&apos;a pas trouvé ce chemin</translation>
    </message>
    <message>
        <source>Either the object does not exist, or the URL is wrong (missing /v2, a typo, a wrong API host).</source>
        <translation>Soit l&apos;objet n&apos;existe pas, soit l&apos;URL est fausse (/v2 manquant, faute de frappe, mauvais hôte d&apos;API).</translation>
    </message>
    <message>
        <source>Compare the URL with Zoom&apos;s API reference: https://api.zoom.us/v2/….</source>
        <translation>Comparez l&apos;URL avec la référence de l&apos;API de Zoom&#xa0;: https://api.zoom.us/v2/….</translation>
    </message>
    <message>
        <source>The problem is on the server side, not in the request. A create that got a 500 may still have been carried out.</source>
        <translation>Le problème est du côté du serveur, pas dans la requête. Une création qui a reçu une 500 a peut-être quand même été effectuée.</translation>
    </message>
    <message>
        <source>Wait and retry reads; for a create, list the meetings first. See https://status.zoom.us.</source>
        <translation>Patientez et relancez les lectures&#xa0;; pour une création, listez d&apos;abord les réunions. Voir https://status.zoom.us.</translation>
    </message>
    <message>
        <source>Zoom says the token lacks: {scopes}.</source>
        <translation>Selon Zoom, il manque au jeton&#xa0;: {scopes}.</translation>
    </message>
    <message>
        <source>Zoom&apos;s validation failed ({message}).</source>
        <translation>La validation de Zoom a échoué ({message}).</translation>
    </message>
    <message>
        <source>Fields: {fields}.</source>
        <translation>Champs&#xa0;: {fields}.</translation>
    </message>
    <message>
        <source>Zoom rejected a value: {fields}</source>
        <translation>Zoom a refusé une valeur&#xa0;: {fields}</translation>
    </message>
    <message>
        <source>To {operation}, add the classic scope {scope}.</source>
        <translation>Pour {operation}, ajoutez l&apos;étendue (scope) classique {scope}.</translation>
    </message>
    <message>
        <source>Zoom knows no user {user} in this account</source>
        <translation>Zoom ne connaît aucun utilisateur {user} dans ce compte</translation>
    </message>
    <message>
        <source>Meeting {meeting} was not found</source>
        <translation>Réunion {meeting} introuvable</translation>
    </message>
    <message>
        <source>Zoom (or a proxy) failed with HTTP {status}</source>
        <translation>Zoom (ou un proxy) a échoué avec HTTP {status}</translation>
    </message>
    <message>
        <source>To {operation}, add the granular scope {scope}.</source>
        <translation>Pour {operation}, ajoutez l&apos;étendue (scope) granulaire {scope}.</translation>
    </message>
    <message>
        <source>To {operation}, add {granular} (granular scopes, apps made since April 2024) or {classic} (classic scopes, older apps).</source>
        <translation>Pour {operation}, ajoutez {granular} (étendues granulaires, applications créées depuis avril 2024) ou {classic} (étendues classiques, applications plus anciennes).</translation>
    </message>
    <message>
        <source>Token scopes: {scopes}</source>
        <translation>Étendues du jeton&#xa0;: {scopes}</translation>
    </message>
    <message>
        <source>Zoom App Marketplace ▸ Manage ▸ your Server-to-Server OAuth app ▸ App Credentials</source>
        <translation>Zoom App Marketplace ▸ Manage ▸ votre application Server-to-Server OAuth ▸ App Credentials</translation>
    </message>
    <message>
        <source>Zoom&apos;s generic token error</source>
        <translation>erreur de jeton générique de Zoom</translation>
    </message>
    <message>
        <source>invalid client ID or secret</source>
        <translation>ID client ou secret client non valide</translation>
    </message>
    <message>
        <source>grant type not supported</source>
        <translation>type d&apos;autorisation non pris en charge</translation>
    </message>
    <message>
        <source>client ID, secret or grant type missing</source>
        <translation>ID client, secret client ou type d&apos;autorisation manquant</translation>
    </message>
    <message>
        <source>redirect URI mismatch</source>
        <translation>l&apos;URI de redirection ne correspond pas</translation>
    </message>
    <message>
        <source>refresh token invalid or scope mismatch</source>
        <translation>jeton d&apos;actualisation non valide ou étendues (scopes) non concordantes</translation>
    </message>
    <message>
        <source>the app has been disabled</source>
        <translation>l&apos;application a été désactivée</translation>
    </message>
    <message>
        <source>Response: HTTP {status} {reason} (no JSON body)</source>
        <translation>Réponse&#xa0;: HTTP {status} {reason} (pas de corps JSON)</translation>
    </message>
    <message>
        <source>Response: HTTP {status} {body}</source>
        <translation>Réponse&#xa0;: HTTP {status} {body}</translation>
    </message>
    <message>
        <source>Zoom answered {answer}: it did not find the parameters where it reads them.</source>
        <translation>Zoom a répondu {answer}&#xa0;: il n&apos;a pas trouvé les paramètres là où il les lit.</translation>
    </message>
    <message>
        <source>Zoom did not accept the client ID or client secret</source>
        <translation>Zoom n&apos;a pas accepté l&apos;ID client ou le secret client</translation>
    </message>
    <message>
        <source>These credentials cannot use the account_credentials grant</source>
        <translation>Ces identifiants ne peuvent pas utiliser l&apos;autorisation account_credentials</translation>
    </message>
    <message>
        <source>Zoom answered unsupported_grant_type to a well-formed request. The credentials belong to another kind of Zoom app (General/OAuth, Meeting SDK, Zoom Apps): only a Server-to-Server OAuth app may use account_credentials. It also happens when the steps for user OAuth are followed with Server-to-Server credentials.</source>
        <translation>Zoom a répondu unsupported_grant_type à une requête bien formée. Les identifiants appartiennent à un autre type d&apos;application Zoom (General/OAuth, Meeting SDK, Zoom Apps)&#xa0;: seule une application Server-to-Server OAuth peut utiliser account_credentials. Cela arrive aussi quand on suit les étapes de l&apos;OAuth utilisateur avec des identifiants Server-to-Server.</translation>
    </message>
    <message>
        <source>In the Zoom App Marketplace, Develop ▸ Build App ▸ Server-to-Server OAuth; activate it and use its Account ID, Client ID and Client Secret.</source>
        <translation>Dans Zoom App Marketplace, Develop ▸ Build App ▸ Server-to-Server OAuth&#xa0;; activez l&apos;application et utilisez son Account ID, son Client ID et son Client Secret.</translation>
    </message>
    <message>
        <source>Zoom did not accept the account ID</source>
        <translation>Zoom n&apos;a pas accepté l&apos;ID de compte</translation>
    </message>
    <message>
        <source>The request has the right shape and the credentials were not refused, so the account_id is the likely culprit: it must be the Account ID shown on the app&apos;s App Credentials page (not the client ID, not a user ID or email).</source>
        <translation>La requête a la bonne forme et les identifiants n&apos;ont pas été refusés, donc l&apos;account_id est le coupable probable&#xa0;: ce doit être l&apos;Account ID affiché sur la page App Credentials de l&apos;application (ni l&apos;ID client, ni un ID utilisateur ou une adresse e-mail).</translation>
    </message>
    <message>
        <source>Zoom answered invalid_grant</source>
        <translation>Zoom a répondu invalid_grant</translation>
    </message>
    <message>
        <source>Zoom rejected the grant. Server-to-Server apps use grant_type=account_credentials with an account_id; refresh tokens and authorization codes belong to other app types.</source>
        <translation>Zoom a refusé l&apos;autorisation. Les applications Server-to-Server utilisent grant_type=account_credentials avec un account_id&#xa0;; les jetons d&apos;actualisation et les codes d&apos;autorisation sont pour d&apos;autres types d&apos;application.</translation>
    </message>
    <message>
        <source>Use grant_type=account_credentials.</source>
        <translation>Utilisez grant_type=account_credentials.</translation>
    </message>
    <message>
        <source>The Zoom app has been disabled</source>
        <translation>L&apos;application Zoom a été désactivée</translation>
    </message>
    <message>
        <source>Zoom answered 4717: the app was deactivated or disabled by an admin.</source>
        <translation>Zoom a répondu 4717&#xa0;: l&apos;application a été désactivée ou bloquée par un administrateur.</translation>
    </message>
    <message>
        <source>Re-activate it in Zoom App Marketplace ▸ Manage ▸ your Server-to-Server OAuth app ▸ Activation.</source>
        <translation>Réactivez-la dans Zoom App Marketplace ▸ Manage ▸ votre application Server-to-Server OAuth ▸ Activation.</translation>
    </message>
    <message>
        <source>Zoom&apos;s sign-in service is unavailable</source>
        <translation>Le service de connexion de Zoom est indisponible</translation>
    </message>
    <message>
        <source>Wait a few minutes and try again; check https://status.zoom.us.</source>
        <translation>Patientez quelques minutes et réessayez&#xa0;; consultez https://status.zoom.us.</translation>
    </message>
    <message>
        <source>Zoom gave no further detail.</source>
        <translation>Zoom n&apos;a donné aucun autre détail.</translation>
    </message>
    <message>
        <source>Zoom answered {status} invalid_client (Zoom uses 400 here, not 401). The client ID or secret is wrong, has a stray space, belongs to another app, was regenerated since it was copied, or the app is not activated yet (a Server-to-Server app issues no tokens until it is activated).</source>
        <translation>Zoom a répondu {status} invalid_client (Zoom utilise 400 ici, pas 401). L&apos;ID client ou le secret client est faux, contient une espace en trop, appartient à une autre application, a été régénéré depuis sa copie, ou l&apos;application n&apos;est pas encore activée (une application Server-to-Server ne délivre aucun jeton avant son activation).</translation>
    </message>
    <message>
        <source>Open {page}; copy the Client ID and Client Secret again, and check the Activation page says the app is activated.</source>
        <translation>Ouvrez {page}&#xa0;; copiez de nouveau le Client ID et le Client Secret, et vérifiez que la page Activation indique que l&apos;application est activée.</translation>
    </message>
    <message>
        <source>Copy the Account ID from {page} into the profile (or account_id=…).</source>
        <translation>Copiez l&apos;Account ID depuis {page} dans le profil (ou dans account_id=…).</translation>
    </message>
    <message>
        <source>The token endpoint answered {status}: the problem is on Zoom&apos;s side (or a proxy&apos;s), not in the request.</source>
        <translation>Le point de terminaison des jetons a répondu {status}&#xa0;: le problème vient de Zoom (ou d&apos;un proxy), pas de la requête.</translation>
    </message>
    <message>
        <source>Zoom refused the token request: {meaning} (code {code})</source>
        <translation>Zoom a refusé la demande de jeton&#xa0;: {meaning} (code {code})</translation>
    </message>
    <message>
        <source>Check the app&apos;s credentials and status on {page}.</source>
        <translation>Vérifiez les identifiants et l&apos;état de l&apos;application dans {page}.</translation>
    </message>
</context>
<context>
    <name>DoctorReview</name>
    <message>
        <source>No HTTP call with a URL the doctor can read was found in the code.</source>
        <translation>Aucun appel HTTP avec une URL lisible par le diagnostic des requêtes n&apos;a été trouvé dans le code.</translation>
    </message>
</context>
<context>
    <name>DoctorSchema</name>
    <message>
        <source>`{name}` must be an array</source>
        <translation>`{name}` doit être un tableau</translation>
    </message>
    <message>
        <source>Send `{name}` as an array.</source>
        <translation>Envoyez `{name}` sous forme de tableau.</translation>
    </message>
    <message>
        <source>This path takes {methods}; Zoom answers {method} with 404 or 405.</source>
        <translation>Ce chemin accepte {methods}&#xa0;; Zoom répond à {method} par 404 ou 405.</translation>
    </message>
    <message>
        <source>To change a meeting use PATCH (Zoom has no PUT for meetings).</source>
        <translation>Pour modifier une réunion, utilisez PATCH (Zoom n&apos;a pas de PUT pour les réunions).</translation>
    </message>
    <message>
        <source>Use {methods} or {method}.</source>
        <translation>Utilisez {methods} ou {method}.</translation>
    </message>
    <message>
        <source>`{name}` must be a string</source>
        <translation>`{name}` doit être une chaîne</translation>
    </message>
    <message>
        <source>Send `{name}` as a string.</source>
        <translation>Envoyez `{name}` sous forme de chaîne.</translation>
    </message>
    <message>
        <source>`{name}` must be a whole number</source>
        <translation>`{name}` doit être un nombre entier</translation>
    </message>
    <message>
        <source>Send `{name}` as a whole number.</source>
        <translation>Envoyez `{name}` sous forme de nombre entier.</translation>
    </message>
    <message>
        <source>`{name}` must be true or false</source>
        <translation>`{name}` doit valoir true ou false</translation>
    </message>
    <message>
        <source>Send `{name}` as true or false.</source>
        <translation>Envoyez `{name}` avec la valeur true ou false.</translation>
    </message>
    <message>
        <source>`{name}` must be an object</source>
        <translation>`{name}` doit être un objet</translation>
    </message>
    <message>
        <source>Send `{name}` as an object.</source>
        <translation>Envoyez `{name}` sous forme d&apos;objet.</translation>
    </message>
    <message>
        <source>Zoom has no meeting field `{name}`; did you mean `{near}`?</source>
        <translation>Zoom n&apos;a pas de champ de réunion `{name}`&#xa0;; vouliez-vous dire `{near}`&#xa0;?</translation>
    </message>
    <message>
        <source>Use `{near}`.</source>
        <translation>Utilisez `{near}`.</translation>
    </message>
    <message>
        <source>Zoom has no meeting field `{name}`</source>
        <translation>Zoom n&apos;a pas de champ de réunion `{name}`</translation>
    </message>
    <message>
        <source>Remove it, or check the field in Zoom&apos;s API reference.</source>
        <translation>Supprimez-le ou vérifiez le champ dans la référence de l&apos;API Zoom.</translation>
    </message>
    <message>
        <source>`start_time` ends in Z (UTC) and a `timezone` is also sent</source>
        <translation>`start_time` se termine par Z (UTC) et un `timezone` est aussi envoyé</translation>
    </message>
    <message>
        <source>With a Z, Zoom reads the time as UTC and uses `timezone` only for display: a 10:00 meant in the meeting&apos;s zone starts at 10:00 UTC instead. The classic cause is a naive local time formatted with a Z (`toISOString()`, `strftime(&apos;…Z&apos;)`).</source>
        <translation>Avec un Z, Zoom lit l&apos;heure comme UTC et n&apos;utilise `timezone` que pour l&apos;affichage&#xa0;: 10:00 prévu dans le fuseau horaire de la réunion commence alors à 10:00 UTC. La cause classique est une heure locale sans fuseau formatée avec un Z (`toISOString()`, `strftime(&apos;…Z&apos;)`).</translation>
    </message>
    <message>
        <source>Either send the local time without Z (`2026-03-01T10:00:00`) with `timezone`, or convert to UTC yourself and keep the Z.</source>
        <translation>Envoyez soit l&apos;heure locale sans Z (`2026-03-01T10:00:00`) avec `timezone`, soit convertissez vous-même en UTC et gardez le Z.</translation>
    </message>
    <message>
        <source>Zoom answers an unknown path with 404 (or 300 `Invalid api`). Paths are case-sensitive and plural (`users`, `meetings`).</source>
        <translation>Zoom répond à un chemin inconnu par 404 (ou 300 `Invalid api`). Les chemins sont sensibles à la casse et au pluriel (`users`, `meetings`).</translation>
    </message>
    <message>
        <source>Use {method}.</source>
        <translation>Utilisez {method}.</translation>
    </message>
    <message>
        <source>Zoom ignores fields it does not know, so this value is silently lost.</source>
        <translation>Zoom ignore les champs qu&apos;il ne connaît pas&#xa0;: cette valeur est donc perdue sans avertissement.</translation>
    </message>
    <message>
        <source>Zoom answers 300 (validation failed) and creates or changes nothing.</source>
        <translation>Zoom répond 300 (échec de la validation) et ne crée ni ne modifie rien.</translation>
    </message>
    <message>
        <source>Correct the value.</source>
        <translation>Corrigez la valeur.</translation>
    </message>
    <message>
        <source>`type` is 8 (recurring, fixed time) but there is no `recurrence`</source>
        <translation>`type` vaut 8 (récurrente, heure fixe) mais il n&apos;y a pas de `recurrence`</translation>
    </message>
    <message>
        <source>Zoom needs the pattern (`recurrence.type`, `repeat_interval`, an end) for a recurring meeting with a fixed time; without it the call fails with 300.</source>
        <translation>Pour une réunion récurrente à heure fixe, Zoom a besoin du modèle (`recurrence.type`, `repeat_interval`, une fin)&#xa0;; sans lui, l&apos;appel échoue avec 300.</translation>
    </message>
    <message>
        <source>Add `recurrence`, or use type 3 (recurring, no fixed time).</source>
        <translation>Ajoutez `recurrence` ou utilisez le type 3 (récurrente, sans heure fixe).</translation>
    </message>
    <message>
        <source>Zoom ignores `recurrence` unless `type` is 8 (or 3): the meeting is created once, not as a series.</source>
        <translation>Zoom ignore `recurrence` si `type` ne vaut pas 8 (ou 3)&#xa0;: la réunion est créée une seule fois, pas comme une série.</translation>
    </message>
    <message>
        <source>Send `type: 8` with the recurrence.</source>
        <translation>Envoyez `type: 8` avec la récurrence.</translation>
    </message>
    <message>
        <source>{method} is not a method of {path}</source>
        <translation>{method} n&apos;est pas une méthode de {path}</translation>
    </message>
    <message>
        <source>Zoom has no {path}; the closest known path is {near}</source>
        <translation>Zoom n&apos;a pas de {path}&#xa0;; le chemin connu le plus proche est {near}</translation>
    </message>
    <message>
        <source>Use {call}.</source>
        <translation>Utilisez {call}.</translation>
    </message>
    <message>
        <source>It is {value}; Zoom answers 300 (validation failed) for a wrong type.</source>
        <translation>La valeur est {value}&#xa0;; pour un type incorrect, Zoom répond 300 (échec de la validation).</translation>
    </message>
    <message>
        <source>`recurrence` is sent with `type` {type}, which is not recurring</source>
        <translation>`recurrence` est envoyé avec `type` {type}, qui n&apos;est pas récurrent</translation>
    </message>
</context>
<context>
    <name>DoctorToken</name>
    <message>
        <source>client_credentials is the grant of other OAuth servers and of Zoom&apos;s chatbot apps, not of Server-to-Server apps.</source>
        <translation>client_credentials est l&apos;autorisation d&apos;autres serveurs OAuth et des applications chatbot de Zoom, pas celle des applications Server-to-Server.</translation>
    </message>
    <message>
        <source>authorization_code is the user-authorised OAuth flow (a General app with a redirect URL), not Server-to-Server.</source>
        <translation>authorization_code est le flux OAuth autorisé par l&apos;utilisateur (une application General avec une URL de redirection), pas Server-to-Server.</translation>
    </message>
    <message>
        <source>Server-to-Server apps get no refresh token; ask for a new token with the same grant instead.</source>
        <translation>Les applications Server-to-Server n&apos;ont pas de jeton d&apos;actualisation&#xa0;; demandez plutôt un nouveau jeton avec la même autorisation.</translation>
    </message>
    <message>
        <source>In axios, `{params}` always goes into the URL&apos;s query string, even on a POST. That is what the reply in the forum thread suggested, and it is the same mistake.</source>
        <translation>Avec axios, `{params}` va toujours dans la chaîne de requête de l&apos;URL, même pour un POST. C&apos;est ce que suggérait la réponse du fil de discussion du forum, et c&apos;est la même erreur.</translation>
    </message>
    <message>
        <source>axios `params:` put the token parameters in the query string</source>
        <translation>axios `params:` a placé les paramètres du jeton dans la chaîne de requête</translation>
    </message>
    <message>
        <source>The token parameters travelled in the query string, not in the body</source>
        <translation>Les paramètres du jeton ont voyagé dans la chaîne de requête, pas dans le corps</translation>
    </message>
    <message>
        <source>{name} was sent in the URL&apos;s query string ({example}) and not in the request body.</source>
        <translation>{name} a été envoyé dans la chaîne de requête de l&apos;URL ({example}) et non dans le corps de la requête.</translation>
    </message>
    <message>
        <source>{name} and {other} were sent in the URL&apos;s query string ({example}) and not in the request body.</source>
        <translation>{name} et {other} ont été envoyés dans la chaîne de requête de l&apos;URL ({example}) et non dans le corps de la requête.</translation>
    </message>
    <message>
        <source>Zoom&apos;s older docs showed this form, but Zoom now answers such requests with a bare `400 Bad Request` (invalid_request or unsupported_grant_type). An empty body with a form Content-Type is exactly what broke working integrations in 2024.</source>
        <translation>L&apos;ancienne documentation de Zoom montrait cette forme, mais Zoom répond désormais à ces requêtes par un simple `400 Bad Request` (invalid_request ou unsupported_grant_type). Un corps vide avec un Content-Type de formulaire est exactement ce qui a cassé des intégrations qui fonctionnaient en 2024.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Zoom&apos;s token endpoint only issues tokens for POST requests.</source>
        <translation>Le point d&apos;accès des jetons de Zoom ne délivre de jetons que pour les requêtes POST.</translation>
    </message>
    <message>
        <source>Send `POST /oauth/token`.</source>
        <translation>Envoyez `POST /oauth/token`.</translation>
    </message>
    <message>
        <source>The token request has a JSON body; Zoom expects a form body</source>
        <translation>La demande de jeton a un corps JSON&#xa0;; Zoom attend un corps de formulaire</translation>
    </message>
    <message>
        <source>grant_type is missing</source>
        <translation>grant_type est absent</translation>
    </message>
    <message>
        <source>Send them as a form body: `{header}` and the body `{body}`, with nothing in the query string.</source>
        <translation>Envoyez-les dans un corps de formulaire&#xa0;: `{header}` et le corps `{body}`, sans rien dans la chaîne de requête.</translation>
    </message>
    <message>
        <source>The token parameters are in both the query string and the body</source>
        <translation>Les paramètres du jeton sont à la fois dans la chaîne de requête et dans le corps</translation>
    </message>
    <message>
        <source>Zoom reads the body, so this works, but the query-string copy is a leftover of the old style and ends up in proxy and server logs.</source>
        <translation>Zoom lit le corps, donc cela fonctionne, mais la copie dans la chaîne de requête est un reste de l&apos;ancienne méthode et finit dans les journaux des proxys et des serveurs.</translation>
    </message>
    <message>
        <source>Remove the query string; keep only the form body.</source>
        <translation>Supprimez la chaîne de requête&#xa0;; gardez seulement le corps de formulaire.</translation>
    </message>
    <message>
        <source>The token request has a body but no Content-Type</source>
        <translation>La demande de jeton a un corps mais pas de Content-Type</translation>
    </message>
    <message>
        <source>`{call}`, not `params=` or `json=`</source>
        <translation>`{call}`, et non `params=` ni `json=`</translation>
    </message>
    <message>
        <source>`{call}`; `params:` is the query string, only `data:` is the body</source>
        <translation>`{call}`&#xa0;; `params:` est la chaîne de requête, seul `data:` est le corps</translation>
    </message>
    <message>
        <source>The token request uses {method}; it must be POST</source>
        <translation>La demande de jeton utilise {method}&#xa0;; elle doit utiliser POST</translation>
    </message>
    <message>
        <source>A Server-to-Server OAuth token request needs `{parameter}`.</source>
        <translation>Une demande de jeton Server-to-Server OAuth a besoin de `{parameter}`.</translation>
    </message>
    <message>
        <source>Add `{parameter}` to the form body.</source>
        <translation>Ajoutez `{parameter}` au corps de formulaire.</translation>
    </message>
    <message>
        <source>Zoom answers other grant types with `400 unsupported_grant_type`.</source>
        <translation>Zoom répond aux autres types d&apos;autorisation par `400 unsupported_grant_type`.</translation>
    </message>
    <message>
        <source>The token endpoint reads `{type}` only. A JSON body (even `{empty}`) is not parsed, so Zoom sees no grant_type and answers `400 unsupported_grant_type`.</source>
        <translation>Le point d&apos;accès des jetons ne lit que `{type}`. Un corps JSON (même `{empty}`) n&apos;est pas analysé&#xa0;: Zoom ne voit donc pas de grant_type et répond `400 unsupported_grant_type`.</translation>
    </message>
    <message>
        <source>Without `{header}` Zoom does not read the body as form fields, so grant_type and account_id are not seen.</source>
        <translation>Sans `{header}`, Zoom ne lit pas le corps comme des champs de formulaire&#xa0;: grant_type et account_id ne sont donc pas vus.</translation>
    </message>
    <message>
        <source>Add the header `{header}`.</source>
        <translation>Ajoutez l&apos;en-tête `{header}`.</translation>
    </message>
    <message>
        <source>grant_type is {value}; a Server-to-Server app uses account_credentials</source>
        <translation>grant_type vaut {value}&#xa0;; une application Server-to-Server utilise account_credentials</translation>
    </message>
    <message>
        <source>Use `{parameter}`.</source>
        <translation>Utilisez `{parameter}`.</translation>
    </message>
    <message>
        <source>The token request body is sent as {type}</source>
        <translation>Le corps de la demande de jeton est envoyé en {type}</translation>
    </message>
    <message>
        <source>Zoom reads the token request as `{type}`; multipart or plain-text bodies are not parsed.</source>
        <translation>Zoom lit la demande de jeton en `{type}`&#xa0;; les corps multipart ou en texte brut ne sont pas analysés.</translation>
    </message>
    <message>
        <source>It held {names}.</source>
        <translation>Il contenait {names}.</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
    <message>
        <source>Body: empty</source>
        <translation>Corps&#xa0;: vide</translation>
    </message>
    <message>
        <source>The {names} in the query string and body are not read instead.</source>
        <translation>Les {names} de la chaîne de requête et du corps ne sont pas lus à la place.</translation>
    </message>
    <message>
        <source>{names} also appear in the query string and body</source>
        <translation>{names} figurent aussi dans la chaîne de requête et dans le corps</translation>
    </message>
    <message>
        <source>Body: {body}</source>
        <translation>Corps&#xa0;: {body}</translation>
    </message>
    <message>
        <source>Query string: {query}</source>
        <translation>Chaîne de requête&#xa0;: {query}</translation>
    </message>
    <message>
        <source>{name} and {other}</source>
        <translation>{name} et {other}</translation>
    </message>
    <message>
        <source>The {names} in the query string are not read instead.</source>
        <translation>Les {names} de la chaîne de requête ne sont pas lus à la place.</translation>
    </message>
    <message>
        <source>The {names} in the body are not read instead.</source>
        <translation>Les {names} du corps ne sont pas lus à la place.</translation>
    </message>
    <message>
        <source>{names} also appear in the query string</source>
        <translation>{names} figurent aussi dans la chaîne de requête</translation>
    </message>
    <message>
        <source>{names} also appear in the body</source>
        <translation>{names} figurent aussi dans le corps</translation>
    </message>
    <message>
        <source>Body (JSON): {body}</source>
        <translation>Corps (JSON)&#xa0;: {body}</translation>
    </message>
    <message>
        <source>The account_credentials grant names the Zoom account: without it Zoom cannot issue a token (it answers 400).</source>
        <translation>L&apos;autorisation account_credentials désigne le compte Zoom&#xa0;: sans lui, Zoom ne peut pas délivrer de jeton (il répond 400).</translation>
    </message>
    <message>
        <source>account_id is the same as the client ID</source>
        <translation>account_id est identique à l&apos;ID client</translation>
    </message>
    <message>
        <source>The Account ID and the Client ID are two different values on the app&apos;s App Credentials page; a wrong account ID gives opaque 400 errors.</source>
        <translation>L&apos;ID de compte (Account ID) et l&apos;ID client (Client ID) sont deux valeurs différentes de la page App Credentials de l&apos;application&#xa0;; un mauvais ID de compte donne des erreurs 400 obscures.</translation>
    </message>
    <message>
        <source>Copy the Account ID (not the Client ID) into account_id.</source>
        <translation>Copiez l&apos;ID de compte (Account ID, pas l&apos;ID client) dans account_id.</translation>
    </message>
    <message>
        <source>The client secret is in the URL</source>
        <translation>Le secret client figure dans l&apos;URL</translation>
    </message>
    <message>
        <source>URLs end up in proxy logs, server logs and browser history: the secret should be treated as leaked.</source>
        <translation>Les URL finissent dans les journaux des proxys et des serveurs et dans l&apos;historique des navigateurs&#xa0;: le secret doit être considéré comme divulgué.</translation>
    </message>
    <message>
        <source>There is no Authorization header</source>
        <translation>Il n&apos;y a pas d&apos;en-tête Authorization</translation>
    </message>
    <message>
        <source>account_id is missing</source>
        <translation>account_id est absent</translation>
    </message>
    <message>
        <source>account_id is empty</source>
        <translation>account_id est vide</translation>
    </message>
    <message>
        <source>account_id does not look like a Zoom account ID</source>
        <translation>account_id ne ressemble pas à un ID de compte Zoom</translation>
    </message>
    <message>
        <source>A Zoom account ID is a short code (letters, digits, - and _) shown on the App Credentials page. Spaces, an email address or a stray newline make it wrong.</source>
        <translation>Un ID de compte Zoom est un code court (lettres, chiffres, - et _) affiché sur la page App Credentials. Des espaces, une adresse e-mail ou un saut de ligne parasite le rendent faux.</translation>
    </message>
    <message>
        <source>Copy the Account ID again from the App Credentials page, without spaces.</source>
        <translation>Copiez de nouveau l&apos;ID de compte depuis la page App Credentials, sans espaces.</translation>
    </message>
    <message>
        <source>The token endpoint authenticates the app with its client ID and secret as HTTP Basic. A Bearer token is what you get back from it, for API calls.</source>
        <translation>Le point d&apos;accès des jetons authentifie l&apos;application par son ID client et son secret client en HTTP Basic. Le jeton Bearer est ce qu&apos;il vous renvoie, pour les appels d&apos;API.</translation>
    </message>
    <message>
        <source>Copy the Account ID from the App Credentials page of your Server-to-Server OAuth app (Zoom App Marketplace ▸ Manage ▸ your app) and send `{parameter}` in the form body.</source>
        <translation>Copiez l&apos;ID de compte (Account ID) depuis la page App Credentials de votre application Server-to-Server OAuth (Zoom App Marketplace ▸ Manage ▸ votre application) et envoyez `{parameter}` dans le corps de formulaire.</translation>
    </message>
    <message>
        <source>Regenerate the client secret in the Zoom App Marketplace, and send it only in the `{header}` header.</source>
        <translation>Régénérez le secret client dans le Zoom App Marketplace et envoyez-le uniquement dans l&apos;en-tête `{header}`.</translation>
    </message>
    <message>
        <source>The Basic Authorization header is malformed</source>
        <translation>L&apos;en-tête Authorization Basic est mal formé</translation>
    </message>
    <message>
        <source>Encode exactly `client_id:client_secret` (no newline) with standard Base64, or let your HTTP library do it (curl `-u id:secret`, httpx `auth=(id, secret)`).</source>
        <translation>Encodez exactement `client_id:client_secret` (sans saut de ligne) en Base64 standard, ou laissez votre bibliothèque HTTP le faire (curl `-u id:secret`, httpx `auth=(id, secret)`).</translation>
    </message>
    <message>
        <source>Zoom identifies the app by HTTP Basic authentication: `{header}`.</source>
        <translation>Zoom identifie l&apos;application par l&apos;authentification HTTP Basic&#xa0;: `{header}`.</translation>
    </message>
    <message>
        <source>The token request uses {scheme} authorization; it needs Basic</source>
        <translation>La demande de jeton utilise l&apos;autorisation {scheme}&#xa0;; il lui faut Basic</translation>
    </message>
    <message>
        <source>Send `{header}`.</source>
        <translation>Envoyez `{header}`.</translation>
    </message>
    <message>
        <source>decodes to client ID {value}</source>
        <translation>se décode en ID client {value}</translation>
    </message>
    <message>
        <source>Zoom uses the Basic header; the extra copy is ignored at best, and a secret in a body or URL is easy to leak into logs.</source>
        <translation>Zoom utilise l&apos;en-tête Basic&#xa0;; la copie supplémentaire est au mieux ignorée, et un secret dans un corps ou une URL fuit facilement dans les journaux.</translation>
    </message>
    <message>
        <source>Remove client_id and client_secret from the body and the query string.</source>
        <translation>Supprimez client_id et client_secret du corps et de la chaîne de requête.</translation>
    </message>
    <message>
        <source>`Authorization: Basic …` must be the Base64 encoding of `client_id:client_secret`, but {problem}. Zoom answers `400 invalid_client` (or 401) for this.</source>
        <translation>`Authorization: Basic …` doit être l&apos;encodage Base64 de `client_id:client_secret`, mais&#xa0;: {problem}. Zoom répond alors `400 invalid_client` (ou 401).</translation>
    </message>
</context>
<context>
    <name>DoctorWindow</name>
    <message>
        <source>Request doctor — zoomdesk</source>
        <translation>Diagnostic des requêtes — zoomdesk</translation>
    </message>
    <message>
        <source>Request doctor</source>
        <translation>Diagnostic des requêtes</translation>
    </message>
    <message>
        <source>&amp;Import HAR…</source>
        <translation>&amp;Importer un HAR…</translation>
    </message>
    <message>
        <source>Import HAR</source>
        <translation>Importer un HAR</translation>
    </message>
    <message>
        <source>Import a HAR file</source>
        <translation>Importer un fichier HAR</translation>
    </message>
    <message>
        <source>Re&amp;veal secrets</source>
        <translation>Ré&amp;véler les secrets</translation>
    </message>
    <message>
        <source>Reveal secrets</source>
        <translation>Révéler les secrets</translation>
    </message>
    <message>
        <source>Reveal the secrets in the pasted request</source>
        <translation>Révéler les secrets de la requête collée</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Request to show</source>
        <translation>Requête à afficher</translation>
    </message>
    <message>
        <source>Paste a request to check it.</source>
        <translation>Collez une requête pour la vérifier.</translation>
    </message>
    <message>
        <source>Check summary</source>
        <translation>Résumé de la vérification</translation>
    </message>
    <message>
        <source>Yours vs co&amp;rrected</source>
        <translation>La vôtre et la co&amp;rrigée</translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <translation>C&amp;ode</translation>
    </message>
    <message>
        <source>Re&amp;play</source>
        <translation>Re&amp;jouer</translation>
    </message>
    <message>
        <source>&amp;Your request (cURL, raw HTTP, HAR or code):</source>
        <translation>Votre re&amp;quête (cURL, HTTP brut, HAR ou code)&#xa0;:</translation>
    </message>
    <message>
        <source>Checking the request</source>
        <translation>Vérification de la requête</translation>
    </message>
    <message numerus="yes">
        <source>Read %n request(s) ({source}):</source>
        <translation>
            <numerusform>%n requête lue ({source})&#xa0;:</numerusform>
            <numerusform>%n requêtes lues ({source})&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n request(s) ({source}) (the first {limit} listed):</source>
        <translation>
            <numerusform>%n requête lue ({source}) (les {limit} premières listées)&#xa0;:</numerusform>
            <numerusform>%n requêtes lues ({source}) (les {limit} premières listées)&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Across the integration: %n thing(s) to fix.</source>
        <translation>
            <numerusform>Sur l&apos;ensemble de l&apos;intégration&#xa0;: %n point à corriger.</numerusform>
            <numerusform>Sur l&apos;ensemble de l&apos;intégration&#xa0;: %n points à corriger.</numerusform>
        </translation>
    </message>
    <message>
        <source>HAR files (*.har *.json);;All files (*)</source>
        <translation>Fichiers HAR (*.har *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Nothing to check yet.</source>
        <translation>Rien à vérifier pour l&apos;instant.</translation>
    </message>
    <message>
        <source>no problems found.</source>
        <translation>aucun problème trouvé.</translation>
    </message>
    <message>
        <source>This request has the shape Zoom expects.</source>
        <translation>Cette requête a la forme attendue par Zoom.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in this request.</source>
        <translation>
            <numerusform>%n problème dans cette requête.</numerusform>
            <numerusform>%n problèmes dans cette requête.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide secrets</source>
        <translation>Masquer les secrets</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>Lecture de {file}</translation>
    </message>
    <message>
        <source>Checking {count} characters…</source>
        <translation>Vérification de {count} caractères…</translation>
    </message>
    <message>
        <source>Could not read this: {problem}</source>
        <translation>Lecture impossible&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Could not read this. {problem}</source>
        <translation>Lecture impossible. {problem}</translation>
    </message>
    <message>
        <source>{entry} — line {line}</source>
        <translation>{entry} — ligne {line}</translation>
    </message>
    <message>
        <source>⚠ Across the integration ({count})</source>
        <translation>⚠ Sur l&apos;ensemble de l&apos;intégration ({count})</translation>
    </message>
    <message>
        <source>{count} with problems.</source>
        <translation>{count} avec des problèmes.</translation>
    </message>
    <message>
        <source>{count} across the integration.</source>
        <translation>{count} sur l&apos;ensemble de l&apos;intégration.</translation>
    </message>
    <message>
        <source>The replay failed: {problem}</source>
        <translation>La relecture a échoué&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{task} failed: {problem}</source>
        <translation>Échec de l&apos;opération «&#xa0;{task}&#xa0;»&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Could not read {file}: {problem}</source>
        <translation>Impossible de lire {file}&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The recovery copy of this form was not saved: {error}</source>
        <translation>La copie de récupération de ce formulaire n&apos;a pas été enregistrée&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The recovery copy could not be removed: {error}</source>
        <translation>La copie de récupération n&apos;a pas pu être supprimée&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>End on a date or after N times, not both.</source>
        <translation>Terminez à une date ou après N occurrences, pas les deux.</translation>
    </message>
    <message>
        <source>This time has already passed; choose a later one.</source>
        <translation>Cette heure est déjà passée&#xa0;; choisissez-en une plus tardive.</translation>
    </message>
    <message>
        <source>The series ends before it starts.</source>
        <translation>La série se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Choose at least one weekday.</source>
        <translation>Choisissez au moins un jour de la semaine.</translation>
    </message>
    <message>
        <source>Unknown time zone: {zone}</source>
        <translation>Fuseau horaire inconnu&#xa0;: {zone}</translation>
    </message>
    <message>
        <source>Choose how the meeting repeats.</source>
        <translation>Choisissez comment la réunion se répète.</translation>
    </message>
    <message>
        <source>Must be between 1 and {limit}.</source>
        <translation>Doit être compris entre 1 et {limit}.</translation>
    </message>
    <message>
        <source>Weekdays are 1 (Sun) to 7 (Sat).</source>
        <translation>Les jours vont de 1 (dim.) à 7 (sam.).</translation>
    </message>
    <message>
        <source>Day must be 1 to 31.</source>
        <translation>Le jour doit être compris entre 1 et 31.</translation>
    </message>
    <message>
        <source>Choose a day or a week and weekday.</source>
        <translation>Choisissez un jour, ou une semaine et un jour de la semaine.</translation>
    </message>
    <message>
        <source>Must be 1 to {limit}.</source>
        <translation>Doit être compris entre 1 et {limit}.</translation>
    </message>
    <message>
        <source>Choose a start date and time.</source>
        <translation>Choisissez une date et une heure de début.</translation>
    </message>
    <message>
        <source>Duration must be at least 1 minute.</source>
        <translation>La durée doit être d&apos;au moins 1 minute.</translation>
    </message>
    <message>
        <source>Enter a topic.</source>
        <translation>Saisissez un sujet.</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
</context>
<context>
    <name>EditState</name>
    <message>
        <source>Choose who hosts the meeting.</source>
        <translation>Choisissez l&apos;hôte de la réunion.</translation>
    </message>
    <message>
        <source>• {message} ({field})</source>
        <translation>• {message} ({field})</translation>
    </message>
</context>
<context>
    <name>ErrorDialogs</name>
    <message>
        <source>Zoom could not be reached. Check that this computer is online, then try again.</source>
        <translation>Zoom est injoignable. Vérifiez que cet ordinateur est en ligne, puis réessayez.</translation>
    </message>
    <message>
        <source>This computer could not find Zoom&apos;s server. Check that it is online; for a custom profile, check the address in the profile.</source>
        <translation>Cet ordinateur n&apos;a pas trouvé le serveur de Zoom. Vérifiez qu&apos;il est en ligne&#xa0;; pour un profil personnalisé, vérifiez l&apos;adresse dans le profil.</translation>
    </message>
    <message>
        <source>Nothing answered at the server&apos;s address. For a custom profile, check the address and port in the profile.</source>
        <translation>Rien n&apos;a répondu à l&apos;adresse du serveur. Pour un profil personnalisé, vérifiez l&apos;adresse et le port dans le profil.</translation>
    </message>
    <message>
        <source>This computer could not connect to Zoom. Check that it is online.</source>
        <translation>Cet ordinateur n&apos;a pas pu se connecter à Zoom. Vérifiez qu&apos;il est en ligne.</translation>
    </message>
    <message>
        <source>The connection to Zoom was not trusted. A company network may be inspecting secure connections: ask your IT team.</source>
        <translation>La connexion à Zoom n&apos;était pas fiable. Un réseau d&apos;entreprise inspecte peut-être les connexions sécurisées&#xa0;: demandez à votre équipe informatique.</translation>
    </message>
    <message>
        <source>The proxy server refused the connection to Zoom. Ask your IT team to check the proxy settings.</source>
        <translation>Le serveur proxy a refusé la connexion à Zoom. Demandez à votre équipe informatique de vérifier les paramètres du proxy.</translation>
    </message>
    <message>
        <source>Zoom did not answer in time. Check that this computer is online; a firewall may be in the way.</source>
        <translation>Zoom n&apos;a pas répondu à temps. Vérifiez que cet ordinateur est en ligne&#xa0;; un pare-feu bloque peut-être la connexion.</translation>
    </message>
    <message>
        <source>Zoom stopped answering part-way. Try again in a moment.</source>
        <translation>Zoom a cessé de répondre en cours de route. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The request to Zoom could not be sent in time. Try again in a moment.</source>
        <translation>La requête à Zoom n&apos;a pas pu être envoyée à temps. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The connection to Zoom broke off. Try again in a moment.</source>
        <translation>La connexion à Zoom a été interrompue. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring) zoomdesk can use to keep the client secret. Ask your IT team to set one up, or use the secret for this session only.</source>
        <translation>Cet ordinateur n&apos;a pas de gestionnaire de mots de passe (trousseau) que zoomdesk puisse utiliser pour conserver le secret client. Demandez à votre équipe informatique d&apos;en installer un, ou utilisez le secret pour cette session uniquement.</translation>
    </message>
    <message>
        <source>The password store (keyring) is locked. Unlock it, then try again.</source>
        <translation>Le gestionnaire de mots de passe (trousseau) est verrouillé. Déverrouillez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>The password store (keyring) did not answer; it may be waiting for you to unlock it. Unlock it, then try again.</source>
        <translation>Le gestionnaire de mots de passe (trousseau) n&apos;a pas répondu&#xa0;; il attend peut-être que vous le déverrouilliez. Déverrouillez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>Zoom refused to sign in. {explanation}</source>
        <translation>Zoom a refusé la connexion. {explanation}</translation>
    </message>
    <message>
        <source>Zoom answered: {message}</source>
        <translation>Réponse de Zoom&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Try again; if it keeps happening, send the details (or the log file) to your IT team.</source>
        <translation>Une erreur inattendue s&apos;est produite. Réessayez&#xa0;; si cela se reproduit, envoyez les détails (ou le fichier journal) à votre équipe informatique.</translation>
    </message>
    <message>
        <source>Zoom&apos;s per-second rate limit was reached.</source>
        <translation>La limite de débit par seconde de Zoom a été atteinte.</translation>
    </message>
    <message>
        <source>Zoom&apos;s daily rate limit was reached. It resets at {time} UTC.</source>
        <translation>La limite de débit quotidienne de Zoom a été atteinte. Elle sera réinitialisée à {time} UTC.</translation>
    </message>
    <message>
        <source>Zoom&apos;s per-second rate limit was reached. It resets at {time} UTC.</source>
        <translation>La limite de débit par seconde de Zoom a été atteinte. Elle sera réinitialisée à {time} UTC.</translation>
    </message>
    <message>
        <source>Zoom&apos;s daily rate limit was reached.</source>
        <translation>La limite de débit quotidienne de Zoom a été atteinte.</translation>
    </message>
    <message>
        <source>The Zoom app lacks a permission (scope) for this: {scope}. Add the scope to the Server-to-Server app in the Zoom Marketplace.</source>
        <translation>Il manque à l&apos;application Zoom une autorisation (scope) pour cela&#xa0;: {scope}. Ajoutez l&apos;étendue (scope) à l&apos;application Server-to-Server dans le Zoom Marketplace.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Zoom did not accept the client ID or client secret. Check both were copied from the app&apos;s App Credentials page, and that the app is activated.</source>
        <translation>Zoom n&apos;a pas accepté l&apos;ID client ou le secret client. Vérifiez que les deux ont été copiés depuis la page App Credentials de l&apos;application et que l&apos;application est activée.</translation>
    </message>
    <message>
        <source>Zoom did not accept grant_type=account_credentials. These credentials probably belong to another kind of app (General/OAuth, Meeting SDK, Zoom Apps): create a Server-to-Server OAuth app. It also happens when the parameters are not sent as a form body.</source>
        <translation>Zoom n&apos;a pas accepté grant_type=account_credentials. Ces identifiants appartiennent probablement à un autre type d&apos;application (General/OAuth, Meeting SDK, Zoom Apps)&#xa0;: créez une application Server-to-Server OAuth. Cela arrive aussi quand les paramètres ne sont pas envoyés dans un corps de formulaire.</translation>
    </message>
    <message>
        <source>Zoom rejected the token request. Check the account ID (App Credentials page of the Server-to-Server OAuth app) and that the app is activated.</source>
        <translation>Zoom a refusé la demande de jeton. Vérifiez l&apos;ID de compte (page App Credentials de l&apos;application Server-to-Server OAuth) et que l&apos;application est activée.</translation>
    </message>
    <message>
        <source>Zoom rejected the grant. Server-to-Server apps use account_credentials.</source>
        <translation>Zoom a refusé l&apos;autorisation (grant). Les applications Server-to-Server utilisent account_credentials.</translation>
    </message>
    <message>
        <source>Zoom refused the access token; check the app is still activated</source>
        <translation>Zoom a refusé le jeton d&apos;accès&#xa0;; vérifiez que l&apos;application est toujours activée</translation>
    </message>
    <message>
        <source>Add the missing scopes to the Server-to-Server app in the Zoom Marketplace</source>
        <translation>Ajoutez les étendues (scopes) manquantes à l&apos;application Server-to-Server dans le Zoom Marketplace</translation>
    </message>
    <message>
        <source>dns</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>tls</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>proxy</source>
        <translation>proxy</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>connect timeout</source>
        <translation>délai de connexion dépassé</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>pool timeout</source>
        <translation>délai du pool de connexions dépassé</translation>
    </message>
    <message>
        <source>write timeout</source>
        <translation>délai d&apos;envoi dépassé</translation>
    </message>
    <message>
        <source>read timeout</source>
        <translation>délai de lecture dépassé</translation>
    </message>
    <message>
        <source>connection dropped</source>
        <translation>connexion interrompue</translation>
    </message>
    <message>
        <source>connection reset</source>
        <translation>connexion réinitialisée</translation>
    </message>
    <message>
        <source>network</source>
        <translation>réseau</translation>
    </message>
    <message>
        <source>Zoom did not issue an access token.</source>
        <translation>Zoom n&apos;a pas délivré de jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>Zoom&apos;s sign-in service is unavailable. Try again in a few minutes.</source>
        <translation>Le service de connexion de Zoom est indisponible. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>{request} failed: HTTP {status}, Zoom code {code}: {message}</source>
        <translation>{request} a échoué&#xa0;: HTTP {status}, code Zoom {code}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>[tracking id {id}]</source>
        <translation>[ID de suivi {id}]</translation>
    </message>
    <message>
        <source>Getting a Zoom access token failed: HTTP {status} ({detail}). {explanation}</source>
        <translation>L&apos;obtention d&apos;un jeton d&apos;accès Zoom a échoué&#xa0;: HTTP {status} ({detail}). {explanation}</translation>
    </message>
    <message>
        <source>{request} failed: HTTP {status}: {message}</source>
        <translation>{request} a échoué&#xa0;: HTTP {status}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Network error ({kind}): {detail}</source>
        <translation>Erreur réseau ({kind})&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>The meeting may or may not have been created: the request was sent but no clear answer came back ({cause}). It was not retried, to avoid a duplicate; list the host&apos;s meetings to check.</source>
        <translation>La réunion a peut-être été créée, ou peut-être pas&#xa0;: la requête a été envoyée mais aucune réponse claire n&apos;est revenue ({cause}). Elle n&apos;a pas été relancée, pour éviter un doublon&#xa0;; affichez les réunions de l&apos;hôte pour vérifier.</translation>
    </message>
    <message>
        <source>Unexpected response (HTTP {status}): {detail}</source>
        <translation>Réponse inattendue (HTTP {status})&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>Invalid meeting: {problems}</source>
        <translation>Réunion non valide&#xa0;: {problems}</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>aucun détail</translation>
    </message>
    <message>
        <source>Zoom request failed: HTTP {status}, Zoom code {code}: {message}</source>
        <translation>La requête Zoom a échoué&#xa0;: HTTP {status}, code Zoom {code}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Zoom request failed: HTTP {status}: {message}</source>
        <translation>La requête Zoom a échoué&#xa0;: HTTP {status}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Network error ({kind}): {request}: {detail}</source>
        <translation>Erreur réseau ({kind})&#xa0;: {request}&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>category {name}</source>
        <translation>catégorie {name}</translation>
    </message>
    <message>
        <source>type {name}</source>
        <translation>type {name}</translation>
    </message>
    <message>
        <source>{remaining} of {limit} left</source>
        <translation>{remaining} sur {limit} restants</translation>
    </message>
    <message>
        <source>Resets at {time} UTC.</source>
        <translation>Réinitialisation à {time} UTC.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>query string</source>
        <translation>chaîne de requête</translation>
    </message>
    <message>
        <source>form body</source>
        <translation>corps de formulaire</translation>
    </message>
    <message>
        <source>JSON body</source>
        <translation>corps JSON</translation>
    </message>
    <message>
        <source>other body</source>
        <translation>autre corps</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>ExchangeDetail</name>
    <message>
        <source>Exchange details</source>
        <translation>Détails de l&apos;échange</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Requête</translation>
    </message>
    <message>
        <source>Respo&amp;nse</source>
        <translation>Ré&amp;ponse</translation>
    </message>
    <message>
        <source>&amp;Diagnosis</source>
        <translation>&amp;Diagnostic</translation>
    </message>
    <message>
        <source>Select an exchange in the list to see its request, response and diagnosis.</source>
        <translation>Sélectionnez un échange dans la liste pour voir sa requête, sa réponse et son diagnostic.</translation>
    </message>
</context>
<context>
    <name>ExchangeModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>All exchanges</source>
        <translation>Tous les échanges</translation>
    </message>
    <message>
        <source>Token requests</source>
        <translation>Demandes de jeton</translation>
    </message>
    <message>
        <source>API calls</source>
        <translation>Appels d&apos;API</translation>
    </message>
    <message>
        <source>Failures and warnings</source>
        <translation>Échecs et avertissements</translation>
    </message>
    <message>
        <source>No answer (network error)</source>
        <translation>Pas de réponse (erreur réseau)</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>No answer ({kind})</source>
        <translation>Pas de réponse ({kind})</translation>
    </message>
    <message>
        <source>failed: {cell}</source>
        <translation>échec&#xa0;: {cell}</translation>
    </message>
    <message>
        <source>warning: {cell}</source>
        <translation>avertissement&#xa0;: {cell}</translation>
    </message>
</context>
<context>
    <name>FormClosing</name>
    <message>
        <source>The change may or may not have been saved</source>
        <translation>La modification a peut-être été enregistrée, ou peut-être pas</translation>
    </message>
    <message>
        <source>You stopped waiting for Zoom&apos;s answer. Saving again is safe: the same change is not applied twice. Or close the form and refresh the list to see what Zoom has.</source>
        <translation>Vous avez cessé d&apos;attendre la réponse de Zoom. Enregistrer à nouveau est sans risque&#xa0;: la même modification n&apos;est pas appliquée deux fois. Ou fermez le formulaire et actualisez la liste pour voir ce que Zoom a enregistré.</translation>
    </message>
    <message>
        <source>Do you want to save your changes?</source>
        <translation>Voulez-vous enregistrer vos modifications&#xa0;?</translation>
    </message>
    <message>
        <source>Do you want to create the meeting?</source>
        <translation>Voulez-vous créer la réunion&#xa0;?</translation>
    </message>
</context>
<context>
    <name>FormConflicts</name>
    <message>
        <source>Overlapping meetings</source>
        <translation>Réunions qui se chevauchent</translation>
    </message>
    <message>
        <source>The host may run meetings at the same time (concurrent meetings).</source>
        <translation>L&apos;hôte peut tenir des réunions en même temps (réunions simultanées).</translation>
    </message>
    <message>
        <source>The host already has a meeting then.</source>
        <translation>L&apos;hôte a déjà une réunion à ce moment-là.</translation>
    </message>
    <message numerus="yes">
        <source>{overlap}, and %n more.</source>
        <translation>
            <numerusform>{overlap}, et %n autre.</numerusform>
            <numerusform>{overlap}, et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>{overlap}.</source>
        <translation>{overlap}.</translation>
    </message>
    <message>
        <source>Open “{topic}”</source>
        <translation>Ouvrir «&#xa0;{topic}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>FormFailures</name>
    <message>
        <source>this host</source>
        <translation>cet hôte</translation>
    </message>
    <message>
        <source>Zoom also said:</source>
        <translation>Zoom a aussi indiqué&#xa0;:</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Afficher les détails techniques</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Détails techniques</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Erreur&#xa0;: {message}</translation>
    </message>
    <message>
        <source>It can&apos;t be saved yet. {reason}</source>
        <translation>Impossible d&apos;enregistrer pour l&apos;instant. {reason}</translation>
    </message>
    <message>
        <source>{count} of at most {limit} characters</source>
        <translation>{count} sur {limit} caractères au maximum</translation>
    </message>
</context>
<context>
    <name>FormRecovery</name>
    <message>
        <source>Restored your unsaved changes</source>
        <translation>Vos modifications non enregistrées ont été restaurées</translation>
    </message>
    <message>
        <source>zoomdesk stopped before this form was saved. Check the details, then save.</source>
        <translation>zoomdesk s&apos;est arrêté avant l&apos;enregistrement de ce formulaire. Vérifiez les informations, puis enregistrez.</translation>
    </message>
    <message>
        <source>Your changes are not backed up</source>
        <translation>Vos modifications ne sont pas sauvegardées</translation>
    </message>
    <message>
        <source>{problem}
Everything you typed is still here; save the meeting to keep it.</source>
        <translation>{problem}
Tout ce que vous avez saisi est toujours là&#xa0;; enregistrez la réunion pour le conserver.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimée</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Résultat inconnu</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Reading the change history</source>
        <translation>Lecture de l&apos;historique des modifications</translation>
    </message>
    <message>
        <source>Change history — zoomdesk</source>
        <translation>Historique des modifications — zoomdesk</translation>
    </message>
    <message>
        <source>Changes made by zoomdesk</source>
        <translation>Modifications faites par zoomdesk</translation>
    </message>
    <message>
        <source>What zoomdesk created, changed or deleted in Zoom from this computer. Field names are kept, never their values.</source>
        <translation>Ce que zoomdesk a créé, modifié ou supprimé dans Zoom depuis cet ordinateur. Les noms des champs sont conservés, jamais leurs valeurs.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>zoomdesk has not created, changed or deleted anything in Zoom from this computer yet.</source>
        <translation>zoomdesk n&apos;a encore rien créé, modifié ni supprimé dans Zoom depuis cet ordinateur.</translation>
    </message>
    <message>
        <source>{meeting}, the {time} occurrence</source>
        <translation>{meeting}, occurrence du {time}</translation>
    </message>
    <message>
        <source>{meeting}, occurrence {id}</source>
        <translation>{meeting}, occurrence {id}</translation>
    </message>
</context>
<context>
    <name>HostDefaults</name>
    <message>
        <source>a letter</source>
        <translation>une lettre</translation>
    </message>
    <message>
        <source>a digit</source>
        <translation>un chiffre</translation>
    </message>
    <message>
        <source>one of @ - _ *</source>
        <translation>l&apos;un de @ - _ *</translation>
    </message>
    <message>
        <source>upper and lower case letters</source>
        <translation>des majuscules et des minuscules</translation>
    </message>
    <message>
        <source>Zoom&apos;s documented defaults ({reason})</source>
        <translation>Valeurs par défaut documentées par Zoom ({reason})</translation>
    </message>
    <message>
        <source>The account requires at least {count} characters.</source>
        <translation>Le compte exige au moins {count} caractères.</translation>
    </message>
    <message>
        <source>The account requires {things}.</source>
        <translation>Le compte exige {things}.</translation>
    </message>
    <message>
        <source>The account forbids {count} consecutive characters such as 1234 or aaaa.</source>
        <translation>Le compte interdit {count} caractères consécutifs comme 1234 ou aaaa.</translation>
    </message>
    <message>
        <source>At least {count} characters.</source>
        <translation>Au moins {count} caractères.</translation>
    </message>
    <message>
        <source>Must contain {things}.</source>
        <translation>Doit contenir {things}.</translation>
    </message>
    <message>
        <source>No run of {count} consecutive characters (such as 1234 or aaaa).</source>
        <translation>Pas de suite de {count} caractères consécutifs (comme 1234 ou aaaa).</translation>
    </message>
    <message>
        <source>The account requires a passcode; it cannot be removed.</source>
        <translation>Le compte exige un code secret&#xa0;; il ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>The account allows digits only.</source>
        <translation>Le compte n&apos;autorise que les chiffres.</translation>
    </message>
    <message>
        <source>A passcode is required.</source>
        <translation>Un code secret est obligatoire.</translation>
    </message>
    <message>
        <source>A passcode is optional.</source>
        <translation>Le code secret est facultatif.</translation>
    </message>
    <message>
        <source>Digits only.</source>
        <translation>Chiffres uniquement.</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <source>Defaults from {name}&apos;s Zoom settings</source>
        <translation>Valeurs par défaut issues des paramètres Zoom de {name}</translation>
    </message>
    <message>
        <source>the host&apos;s settings could not be read: {why}</source>
        <translation>les paramètres de l&apos;hôte n&apos;ont pas pu être lus&#xa0;: {why}</translation>
    </message>
</context>
<context>
    <name>HostDefaultsView</name>
    <message>
        <source>Zoom&apos;s standard defaults: zoomdesk may not read this host&apos;s settings</source>
        <translation>Valeurs par défaut de Zoom&#xa0;: zoomdesk ne peut pas lire les paramètres de cet hôte</translation>
    </message>
    <message>
        <source>The host&apos;s account has no authentication profiles.</source>
        <translation>Le compte de l&apos;hôte n&apos;a aucun profil d&apos;authentification.</translation>
    </message>
    <message>
        <source>Where the defaults come from</source>
        <translation>Origine des valeurs par défaut</translation>
    </message>
    <message>
        <source>Defaults from {name}&apos;s Zoom settings</source>
        <translation>Valeurs par défaut des paramètres Zoom de {name}</translation>
    </message>
</context>
<context>
    <name>Invitation</name>
    <message>
        <source>Meeting ID: {id}</source>
        <translation>ID de réunion&#xa0;: {id}</translation>
    </message>
    <message>
        <source>Time: {time} {time_zone}</source>
        <translation>Heure&#xa0;: {time} {time_zone}</translation>
    </message>
    <message>
        <source>{inviter} is inviting you to a recurring Zoom meeting.</source>
        <translation>{inviter} vous invite à une réunion Zoom récurrente.</translation>
    </message>
    <message>
        <source>You are invited to a recurring Zoom meeting.</source>
        <translation>Vous êtes invité à une réunion Zoom récurrente.</translation>
    </message>
    <message>
        <source>{inviter} is inviting you to a scheduled Zoom meeting.</source>
        <translation>{inviter} vous invite à une réunion Zoom planifiée.</translation>
    </message>
    <message>
        <source>You are invited to a scheduled Zoom meeting.</source>
        <translation>Vous êtes invité à une réunion Zoom planifiée.</translation>
    </message>
    <message>
        <source>Topic: {topic}</source>
        <translation>Sujet&#xa0;: {topic}</translation>
    </message>
    <message>
        <source>Duration: {duration}</source>
        <translation>Durée&#xa0;: {duration}</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>Ordre du jour&#xa0;:</translation>
    </message>
    <message>
        <source>Join Zoom Meeting</source>
        <translation>Rejoindre la réunion Zoom</translation>
    </message>
    <message>
        <source>Changed dates (these differ from the usual time or length):</source>
        <translation>Dates modifiées (elles diffèrent de l&apos;heure ou de la durée habituelles)&#xa0;:</translation>
    </message>
    <message>
        <source>Time: This is a recurring meeting. Meet anytime.</source>
        <translation>Heure&#xa0;: ceci est une réunion récurrente. Réunissez-vous à tout moment.</translation>
    </message>
    <message>
        <source>Passcode: {passcode}</source>
        <translation>Code secret&#xa0;: {passcode}</translation>
    </message>
    <message>
        <source>“{topic}” has no fixed time, so it cannot be put in a calendar.</source>
        <translation>«&#xa0;{topic}&#xa0;» n&apos;a pas d&apos;heure fixe et ne peut donc pas être ajouté à un calendrier.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Forget cached meetings</source>
        <translation>Oublier les réunions en &amp;cache</translation>
    </message>
    <message>
        <source>Delete the copy of this profile&apos;s meeting list kept on this computer</source>
        <translation>Supprimer la copie de la liste des réunions de ce profil conservée sur cet ordinateur</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Réunion</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Panneaux</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Profil de connexion</translation>
    </message>
    <message>
        <source>Which Zoom account to work with</source>
        <translation>Le compte Zoom avec lequel travailler</translation>
    </message>
    <message>
        <source>zoomdesk (Sandbox) — not real Zoom</source>
        <translation>zoomdesk (bac à sable) — pas le vrai Zoom</translation>
    </message>
    <message>
        <source>{what} failed: {problem}</source>
        <translation>Échec de l&apos;opération «&#xa0;{what}&#xa0;»&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{action} — {reason}</source>
        <translation>{action} — {reason}</translation>
    </message>
    <message>
        <source>{profile} — zoomdesk</source>
        <translation>{profile} — zoomdesk</translation>
    </message>
</context>
<context>
    <name>MeetingActions</name>
    <message>
        <source>1 meeting form has changes that are not saved.</source>
        <translation>1 formulaire de réunion contient des modifications non enregistrées.</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting forms have changes that are not saved.</source>
        <translation>
            <numerusform>%n formulaire de réunion contient des modifications non enregistrées.</numerusform>
            <numerusform>%n formulaires de réunion contiennent des modifications non enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit zoomdesk?</source>
        <translation>Quitter zoomdesk&#xa0;?</translation>
    </message>
    <message>
        <source>If you quit now, zoomdesk offers the changes back the next time it starts.</source>
        <translation>Si vous quittez maintenant, zoomdesk vous proposera les modifications au prochain démarrage.</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Retour au formulaire</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>&amp;Quitter quand même</translation>
    </message>
    <message>
        <source>Join link copied</source>
        <translation>Lien pour rejoindre copié</translation>
    </message>
    <message>
        <source>Save as calendar file — zoomdesk</source>
        <translation>Enregistrer comme fichier de calendrier — zoomdesk</translation>
    </message>
    <message>
        <source>Copying the join link</source>
        <translation>Copie du lien pour rejoindre</translation>
    </message>
    <message>
        <source>Copying the invitation</source>
        <translation>Copie de l&apos;invitation</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Opening “{topic}”</source>
        <translation>Ouverture de «&#xa0;{topic}&#xa0;»</translation>
    </message>
    <message>
        <source>Zoom gave “{topic}” the passcode {passcode}, though none was entered: this account requires one. It is in the join link and the invitation.</source>
        <translation>Zoom a attribué à «&#xa0;{topic}&#xa0;» le code secret {passcode}, bien qu&apos;aucun n&apos;ait été saisi&#xa0;: ce compte en exige un. Il figure dans le lien pour rejoindre et dans l&apos;invitation.</translation>
    </message>
    <message>
        <source>Deleting “{topic}”</source>
        <translation>Suppression de «&#xa0;{topic}&#xa0;»</translation>
    </message>
    <message>
        <source>Deleted “{topic}”</source>
        <translation>«&#xa0;{topic}&#xa0;» supprimée</translation>
    </message>
    <message>
        <source>Deleted the {occurrence} occurrence of “{topic}”</source>
        <translation>Occurrence du {occurrence} de «&#xa0;{topic}&#xa0;» supprimée</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>{file} enregistré</translation>
    </message>
    <message>
        <source>Opening “{topic}”…</source>
        <translation>Ouverture de «&#xa0;{topic}&#xa0;»…</translation>
    </message>
    <message>
        <source>Copy invitation</source>
        <translation>Copier l&apos;invitation</translation>
    </message>
    <message>
        <source>“{topic}” has no join link.</source>
        <translation>«&#xa0;{topic}&#xa0;» n&apos;a pas de lien pour rejoindre.</translation>
    </message>
    <message>
        <source>Saving “{topic}” as a calendar file</source>
        <translation>Enregistrement de «&#xa0;{topic}&#xa0;» comme fichier de calendrier</translation>
    </message>
    <message>
        <source>Invitation copied (Zoom&apos;s text)</source>
        <translation>Invitation copiée (texte de Zoom)</translation>
    </message>
    <message>
        <source>Invitation copied (offline)</source>
        <translation>Invitation copiée (hors ligne)</translation>
    </message>
    <message>
        <source>Save a cancellation file and send or import it so calendars drop the meeting.</source>
        <translation>Enregistrez un fichier d&apos;annulation et envoyez-le ou importez-le pour que les calendriers retirent la réunion.</translation>
    </message>
    <message>
        <source>Save cancellation file…</source>
        <translation>Enregistrer le fichier d&apos;annulation…</translation>
    </message>
    <message>
        <source>Invitation copied (zoomdesk&apos;s text, without dial-in numbers: {reason})</source>
        <translation>Invitation copiée (texte de zoomdesk, sans numéros d&apos;accès téléphonique&#xa0;: {reason})</translation>
    </message>
</context>
<context>
    <name>MeetingFields</name>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Me (the account this app belongs to)</source>
        <translation>Moi (le compte auquel appartient cette application)</translation>
    </message>
    <message>
        <source>Meeting type</source>
        <translation>Type de réunion</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <source>A recurring meeting with no fixed time has no date, time or duration: it can be started whenever it is needed.</source>
        <translation>Une réunion récurrente sans heure fixe n&apos;a ni date, ni heure, ni durée&#xa0;: elle peut être démarrée chaque fois que nécessaire.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>The host can&apos;t be changed once a meeting exists.</source>
        <translation>L&apos;hôte ne peut plus être changé une fois la réunion créée.</translation>
    </message>
    <message>
        <source>The time zone belongs to the whole series.</source>
        <translation>Le fuseau horaire appartient à toute la série.</translation>
    </message>
    <message>
        <source>{time} on this computer</source>
        <translation>{time} sur cet ordinateur</translation>
    </message>
    <message>
        <source>The account&apos;s users could not be read, so the meeting is scheduled for the app&apos;s own account. Refresh the list (F5) to choose another host.</source>
        <translation>Les utilisateurs du compte n&apos;ont pas pu être lus&#xa0;; la réunion est donc planifiée pour le compte de l&apos;application. Actualisez la liste (F5) pour choisir un autre hôte.</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>H&amp;ost</source>
        <translation>Hôt&amp;e</translation>
    </message>
    <message>
        <source>{time} UTC</source>
        <translation>{time} UTC</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>Loading the meeting from Zoom…</source>
        <translation>Chargement de la réunion depuis Zoom…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>First check whether the meeting was created (button above).</source>
        <translation>Vérifiez d&apos;abord si la réunion a été créée (bouton ci-dessus).</translation>
    </message>
    <message>
        <source>No changes to save.</source>
        <translation>Aucune modification à enregistrer.</translation>
    </message>
    <message>
        <source>The meeting couldn&apos;t be loaded (see above).</source>
        <translation>La réunion n&apos;a pas pu être chargée (voir ci-dessus).</translation>
    </message>
    <message>
        <source>Checking whether the meeting was created…</source>
        <translation>Vérification de la création de la réunion…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>MeetingList</name>
    <message>
        <source>The meetings kept on this computer for this profile are gone</source>
        <translation>Les réunions de ce profil conservées sur cet ordinateur ont été supprimées</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Whose meetings to list</source>
        <translation>Les réunions de qui afficher</translation>
    </message>
    <message>
        <source>Meetings to show</source>
        <translation>Réunions à afficher</translation>
    </message>
    <message>
        <source>Search meetings</source>
        <translation>Rechercher des réunions</translation>
    </message>
    <message>
        <source>Search topic, host, meeting ID or agenda</source>
        <translation>Rechercher un sujet, un hôte, un ID de réunion ou un ordre du jour</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Loading meetings…</source>
        <translation>Chargement des réunions…</translation>
    </message>
    <message>
        <source>The meetings could not be loaded (see the message above). Press F5 to retry.</source>
        <translation>Les réunions n&apos;ont pas pu être chargées (voir le message ci-dessus). Appuyez sur F5 pour réessayer.</translation>
    </message>
    <message>
        <source>Filter as you type ({shortcut})</source>
        <translation>Filtrer pendant la saisie ({shortcut})</translation>
    </message>
    <message>
        <source>No meetings here. Press Ctrl+N to schedule one.</source>
        <translation>Aucune réunion ici. Appuyez sur Ctrl+N pour en planifier une.</translation>
    </message>
    <message>
        <source>No meetings match “{search}”.</source>
        <translation>Aucune réunion ne correspond à «&#xa0;{search}&#xa0;».</translation>
    </message>
    <message>
        <source>Loading meetings</source>
        <translation>Chargement des réunions</translation>
    </message>
    <message>
        <source>Reading the meeting&apos;s details</source>
        <translation>Lecture des détails de la réunion</translation>
    </message>
    <message>
        <source>Forgetting the cached meetings</source>
        <translation>Suppression des réunions en cache</translation>
    </message>
    <message>
        <source>Reading the account&apos;s users</source>
        <translation>Lecture des utilisateurs du compte</translation>
    </message>
    <message>
        <source>Listing the meetings of {hosts}</source>
        <translation>Liste des réunions de {hosts}</translation>
    </message>
    <message>
        <source>Created “{topic}”</source>
        <translation>«&#xa0;{topic}&#xa0;» créée</translation>
    </message>
    <message numerus="yes">
        <source>{hosts} and %n more</source>
        <translation>
            <numerusform>{hosts} et %n autre</numerusform>
            <numerusform>{hosts} et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved “{topic}”</source>
        <translation>«&#xa0;{topic}&#xa0;» enregistrée</translation>
    </message>
    <message>
        <source>Created “{topic}” (not in this list)</source>
        <translation>«&#xa0;{topic}&#xa0;» créée (absente de cette liste)</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiées</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Passées</translation>
    </message>
</context>
<context>
    <name>MeetingOptions</name>
    <message>
        <source>Hide advanced settings</source>
        <translation>Masquer les paramètres avancés</translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation>Afficher les paramètres avancés</translation>
    </message>
    <message>
        <source>Hide passcode</source>
        <translation>Masquer le code secret</translation>
    </message>
    <message>
        <source>Show passcode</source>
        <translation>Afficher le code secret</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Ge&amp;nerate</source>
        <translation>Gé&amp;nérer</translation>
    </message>
    <message>
        <source>Generate a random passcode</source>
        <translation>Générer un code secret aléatoire</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Paramètres avancés</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Set for the whole series; edit the series to change it.</source>
        <translation>Défini pour toute la série&#xa0;; modifiez la série pour le changer.</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} ou {second}</translation>
    </message>
    <message>
        <source>Only for: {types}.</source>
        <translation>Uniquement pour&#xa0;: {types}.</translation>
    </message>
    <message>
        <source>Only with {setting}: {choices}.</source>
        <translation>Uniquement avec {setting}&#xa0;: {choices}.</translation>
    </message>
    <message>
        <source>Turn on “{setting}” first.</source>
        <translation>Activez d&apos;abord «&#xa0;{setting}&#xa0;».</translation>
    </message>
    <message>
        <source>{setting}:</source>
        <translation>{setting}&#xa0;:</translation>
    </message>
    <message>
        <source>Set by your organisation.</source>
        <translation>Défini par votre organisation.</translation>
    </message>
</context>
<context>
    <name>MeetingSetting</name>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Sujet</translation>
    </message>
    <message>
        <source>What the meeting is about.</source>
        <translation>L&apos;objet de la réunion.</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Shown in the invitation.</source>
        <translation>Affichée dans l&apos;invitation.</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>One-time, or recurring with or without fixed times.</source>
        <translation>Unique, ou récurrente avec ou sans heure fixe.</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>Dé&amp;but</translation>
    </message>
    <message>
        <source>Wall-clock time in the meeting&apos;s time zone.</source>
        <translation>Heure locale dans le fuseau horaire de la réunion.</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>Fuseau &amp;horaire</translation>
    </message>
    <message>
        <source>An IANA zone, e.g. Europe/Berlin.</source>
        <translation>Un fuseau IANA, par exemple Europe/Berlin.</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>D&amp;urée</translation>
    </message>
    <message>
        <source>Minutes.</source>
        <translation>Minutes.</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>How a recurring meeting repeats.</source>
        <translation>Comment une réunion récurrente se répète.</translation>
    </message>
    <message>
        <source>Pass&amp;code</source>
        <translation>&amp;Code secret</translation>
    </message>
    <message>
        <source>Letters, digits and @ - _ *</source>
        <translation>Lettres, chiffres et @ - _ *</translation>
    </message>
    <message>
        <source>Admit people from a &amp;waiting room</source>
        <translation>Ad&amp;mettre les participants depuis une salle d&apos;attente</translation>
    </message>
    <message>
        <source>Participants wait until the host admits them.</source>
        <translation>Les participants attendent que l&apos;hôte les admette.</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Whether participants register first.</source>
        <translation>Si les participants doivent d&apos;abord s&apos;inscrire.</translation>
    </message>
    <message>
        <source>Registration for the series</source>
        <translation>Inscription pour la série</translation>
    </message>
    <message>
        <source>For a recurring meeting with fixed times: what one registration covers.</source>
        <translation>Pour une réunion récurrente à heures fixes&#xa0;: ce que couvre une inscription.</translation>
    </message>
    <message>
        <source>Only signed-in use&amp;rs may join</source>
        <translation>Seuls les utilisateu&amp;rs connectés peuvent rejoindre</translation>
    </message>
    <message>
        <source>Participants must sign in to Zoom (the host&apos;s authentication profiles).</source>
        <translation>Les participants doivent se connecter à Zoom (profils d&apos;authentification de l&apos;hôte).</translation>
    </message>
    <message>
        <source>Authentication option</source>
        <translation>Option d&apos;authentification</translation>
    </message>
    <message>
        <source>One of the host&apos;s authentication options, by ID (zoomdesk users settings USER).</source>
        <translation>Une des options d&apos;authentification de l&apos;hôte, par ID (zoomdesk users settings USER).</translation>
    </message>
    <message>
        <source>Authenticated domains</source>
        <translation>Domaines authentifiés</translation>
    </message>
    <message>
        <source>Only users whose email address is in one of these domains may join; separate with ,</source>
        <translation>Seuls les utilisateurs dont l&apos;adresse e-mail appartient à l&apos;un de ces domaines peuvent rejoindre&#xa0;; séparez-les par ,</translation>
    </message>
    <message>
        <source>Host &amp;video on</source>
        <translation>&amp;Vidéo de l&apos;hôte activée</translation>
    </message>
    <message>
        <source>Start with the host&apos;s video on.</source>
        <translation>Commencer avec la vidéo de l&apos;hôte activée.</translation>
    </message>
    <message>
        <source>&amp;Participants&apos; video on</source>
        <translation>Vidéo des &amp;participants activée</translation>
    </message>
    <message>
        <source>Start with participants&apos; video on.</source>
        <translation>Commencer avec la vidéo des participants activée.</translation>
    </message>
    <message>
        <source>Let people &amp;join before the host</source>
        <translation>Autoriser à re&amp;joindre avant l&apos;hôte</translation>
    </message>
    <message>
        <source>Participants may join before the host arrives.</source>
        <translation>Les participants peuvent rejoindre avant l&apos;arrivée de l&apos;hôte.</translation>
    </message>
    <message>
        <source>How early people may join</source>
        <translation>Délai pour rejoindre en avance</translation>
    </message>
    <message>
        <source>How long before the start people may join.</source>
        <translation>Combien de temps avant le début les participants peuvent rejoindre.</translation>
    </message>
    <message>
        <source>&amp;Mute participants when they join</source>
        <translation>Couper le so&amp;n des participants à l&apos;entrée</translation>
    </message>
    <message>
        <source>Participants join muted.</source>
        <translation>Les participants rejoignent avec le son coupé.</translation>
    </message>
    <message>
        <source>Automatic recording</source>
        <translation>Enregistrement automatique</translation>
    </message>
    <message>
        <source>Record automatically.</source>
        <translation>Enregistrer automatiquement.</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>How participants may join the audio.</source>
        <translation>Comment les participants peuvent rejoindre l&apos;audio.</translation>
    </message>
    <message>
        <source>Add a watermar&amp;k to shared screens</source>
        <translation>Ajouter un &amp;filigrane aux écrans partagés</translation>
    </message>
    <message>
        <source>Shared content shows part of each viewer&apos;s email address.</source>
        <translation>Le contenu partagé affiche une partie de l&apos;adresse e-mail de chaque spectateur.</translation>
    </message>
    <message>
        <source>Alternative hosts</source>
        <translation>Hôtes alternatifs</translation>
    </message>
    <message>
        <source>Email addresses of licensed users, separated by ;</source>
        <translation>Adresses e-mail d&apos;utilisateurs sous licence, séparées par ;</translation>
    </message>
    <message>
        <source>&amp;Email alternative hosts and schedulers about it</source>
        <translation>Informer les hôtes alternatifs et les planificateurs par &amp;e-mail</translation>
    </message>
    <message>
        <source>Zoom emails the alternative hosts when the meeting is scheduled.</source>
        <translation>Zoom envoie un e-mail aux hôtes alternatifs lorsque la réunion est planifiée.</translation>
    </message>
    <message>
        <source>Email the alternative &amp;hosts themselves</source>
        <translation>Envoyer un e-mail aux &amp;hôtes alternatifs eux-mêmes</translation>
    </message>
    <message>
        <source>Zoom&apos;s switch for the alternative hosts alone; the one under Options covers schedulers too.</source>
        <translation>L&apos;option de Zoom pour les seuls hôtes alternatifs&#xa0;; celle sous Options couvre aussi les planificateurs.</translation>
    </message>
    <message>
        <source>Use the host&apos;s &amp;Personal Meeting ID</source>
        <translation>Utiliser l&apos;ID de réunion &amp;personnelle de l&apos;hôte</translation>
    </message>
    <message>
        <source>The meeting uses the host&apos;s PMI instead of a new meeting ID.</source>
        <translation>La réunion utilise l&apos;ID de réunion personnelle (PMI) de l&apos;hôte au lieu d&apos;un nouvel ID de réunion.</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>End-to-end encryption turns off cloud recording and phone dial-in.</source>
        <translation>Le chiffrement de bout en bout désactive l&apos;enregistrement dans le cloud et l&apos;accès par téléphone.</translation>
    </message>
    <message>
        <source>Start in &amp;focus mode</source>
        <translation>Démarrer en mode &amp;focus</translation>
    </message>
    <message>
        <source>Participants see only the host&apos;s and their own video.</source>
        <translation>Les participants ne voient que la vidéo de l&apos;hôte et la leur.</translation>
    </message>
    <message>
        <source>Private meetin&amp;g</source>
        <translation>Réunion pri&amp;vée</translation>
    </message>
    <message>
        <source>The topic is hidden from others&apos; calendars.</source>
        <translation>Le sujet est masqué dans les calendriers des autres.</translation>
    </message>
    <message>
        <source>Dial-in countries</source>
        <translation>Pays d&apos;appel</translation>
    </message>
    <message>
        <source>Country codes whose dial-in numbers the invitation lists, e.g. US, DE.</source>
        <translation>Codes pays dont l&apos;invitation indique les numéros d&apos;appel, par exemple US, DE.</translation>
    </message>
    <message>
        <source>Let registrants join from several &amp;devices</source>
        <translation>Autoriser les inscrits à rejoindre depuis plusieurs &amp;appareils</translation>
    </message>
    <message>
        <source>A registrant&apos;s link works on more than one device at a time.</source>
        <translation>Le lien d&apos;un inscrit fonctionne sur plusieurs appareils à la fois.</translation>
    </message>
    <message>
        <source>Send registrants a &amp;confirmation</source>
        <translation>Envoyer une &amp;confirmation aux inscrits</translation>
    </message>
    <message>
        <source>Zoom emails each registrant a confirmation.</source>
        <translation>Zoom envoie une confirmation par e-mail à chaque inscrit.</translation>
    </message>
    <message>
        <source>Email registrants about appro&amp;val</source>
        <translation>Informer les inscrits de l&apos;appro&amp;bation par e-mail</translation>
    </message>
    <message>
        <source>Zoom emails registrants when they are approved, denied or cancelled.</source>
        <translation>Zoom envoie un e-mail aux inscrits lorsqu&apos;ils sont approuvés, refusés ou annulés.</translation>
    </message>
    <message>
        <source>Close registration after the meeting&apos;s da&amp;te</source>
        <translation>Clore les inscriptions après la da&amp;te de la réunion</translation>
    </message>
    <message>
        <source>No one can register once the meeting has taken place.</source>
        <translation>Personne ne peut s&apos;inscrire une fois la réunion passée.</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Nom du contact</translation>
    </message>
    <message>
        <source>Shown to registrants on the registration page.</source>
        <translation>Affiché aux inscrits sur la page d&apos;inscription.</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>E-mail du contact</translation>
    </message>
    <message>
        <source>Must be true or false.</source>
        <translation>Doit être true ou false.</translation>
    </message>
    <message>
        <source>Must be text.</source>
        <translation>Doit être du texte.</translation>
    </message>
    <message>
        <source>What the meeting is about</source>
        <translation>L&apos;objet de la réunion</translation>
    </message>
    <message>
        <source>Optional; shown in the invitation</source>
        <translation>Facultatif&#xa0;; affiché dans l&apos;invitation</translation>
    </message>
    <message>
        <source>Only letters, digits and @ - _ * are allowed.</source>
        <translation>Seuls les lettres, les chiffres et @ - _ * sont autorisés.</translation>
    </message>
    <message>
        <source>No passcode</source>
        <translation>Aucun code secret</translation>
    </message>
    <message>
        <source>Waiting room</source>
        <translation>Salle d&apos;attente</translation>
    </message>
    <message>
        <source>Re&amp;gistration</source>
        <translation>&amp;Inscription</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Aut&amp;hentication option</source>
        <translation>&amp;Option d&apos;authentification</translation>
    </message>
    <message>
        <source>The host&apos;s default option</source>
        <translation>Option par défaut de l&apos;hôte</translation>
    </message>
    <message>
        <source>example.com, *.example.org</source>
        <translation>example.com, *.example.org</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Joining</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Not available while the waiting room is on (Zoom turns it off).</source>
        <translation>Indisponible tant que la salle d&apos;attente est activée (Zoom le désactive).</translation>
    </message>
    <message>
        <source>Recor&amp;ding</source>
        <translation>Enre&amp;gistrement</translation>
    </message>
    <message>
        <source>Aud&amp;io</source>
        <translation>&amp;Audio</translation>
    </message>
    <message>
        <source>A&amp;lternative hosts</source>
        <translation>Hôtes a&amp;lternatifs</translation>
    </message>
    <message>
        <source>ann@example.com; bob@example.com</source>
        <translation>ann@example.com; bob@example.com</translation>
    </message>
    <message>
        <source>&amp;Encryption</source>
        <translation>Chiffre&amp;ment</translation>
    </message>
    <message>
        <source>In the meeting</source>
        <translation>Pendant la réunion</translation>
    </message>
    <message>
        <source>Country codes are two capital letters, e.g. DE.</source>
        <translation>Les codes pays sont formés de deux majuscules, par exemple DE.</translation>
    </message>
    <message>
        <source>Dial-in &amp;countries</source>
        <translation>Pa&amp;ys d&apos;appel</translation>
    </message>
    <message>
        <source>The account&apos;s countries</source>
        <translation>Pays du compte</translation>
    </message>
    <message>
        <source>Registrants</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Contact na&amp;me</source>
        <translation>&amp;Nom du contact</translation>
    </message>
    <message>
        <source>Jill Chill</source>
        <translation>Jeanne Martin</translation>
    </message>
    <message>
        <source>Not an email address.</source>
        <translation>Ce n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>Contact emai&amp;l</source>
        <translation>E-mai&amp;l du contact</translation>
    </message>
    <message>
        <source>jill.chill@example.com</source>
        <translation>jeanne.martin@example.com</translation>
    </message>
    <message>
        <source>zoomdesk does not know the setting {name}. Did you mean {names}?</source>
        <translation>zoomdesk ne connaît pas le paramètre {name}. Vouliez-vous dire {names}&#xa0;?</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation>Doit être un nombre entier.</translation>
    </message>
    <message>
        <source>Must be a list of text, e.g. [&quot;US&quot;, &quot;DE&quot;].</source>
        <translation>Doit être une liste de textes, par exemple [&quot;US&quot;, &quot;DE&quot;].</translation>
    </message>
    <message>
        <source>No registration</source>
        <translation>Pas d&apos;inscription</translation>
    </message>
    <message>
        <source>Registration, approved automatically</source>
        <translation>Inscription, approuvée automatiquement</translation>
    </message>
    <message>
        <source>Registration, approved by the host</source>
        <translation>Inscription, approuvée par l&apos;hôte</translation>
    </message>
    <message>
        <source>Register once, attend any occurrence</source>
        <translation>S&apos;inscrire une fois, assister à n&apos;importe quelle occurrence</translation>
    </message>
    <message>
        <source>Register for each occurrence</source>
        <translation>S&apos;inscrire à chaque occurrence</translation>
    </message>
    <message>
        <source>Register once, choose the occurrences</source>
        <translation>S&apos;inscrire une fois, choisir les occurrences</translation>
    </message>
    <message>
        <source>Any time before the start</source>
        <translation>À tout moment avant le début</translation>
    </message>
    <message>
        <source>Up to 5 min before</source>
        <translation>Jusqu&apos;à 5 min avant</translation>
    </message>
    <message>
        <source>Up to 10 min before</source>
        <translation>Jusqu&apos;à 10 min avant</translation>
    </message>
    <message>
        <source>Don&apos;t record</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>In the cloud</source>
        <translation>Dans le cloud</translation>
    </message>
    <message>
        <source>Telephone and computer audio</source>
        <translation>Téléphone et audio de l&apos;ordinateur</translation>
    </message>
    <message>
        <source>Telephone only</source>
        <translation>Téléphone uniquement</translation>
    </message>
    <message>
        <source>Computer audio only</source>
        <translation>Audio de l&apos;ordinateur uniquement</translation>
    </message>
    <message>
        <source>Enhanced encryption</source>
        <translation>Chiffrement amélioré</translation>
    </message>
    <message>
        <source>End-to-end encryption</source>
        <translation>Chiffrement de bout en bout</translation>
    </message>
    <message>
        <source>zoomdesk does not know the setting {name}.</source>
        <translation>zoomdesk ne connaît pas le paramètre {name}.</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} ou {second}</translation>
    </message>
    <message>
        <source>Must be one of {values}.</source>
        <translation>Doit être l&apos;une des valeurs {values}.</translation>
    </message>
    <message>
        <source>{value}: {problem}</source>
        <translation>{value}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>At most {limit} characters ({length}).</source>
        <translation>{limit} caractères au maximum ({length}).</translation>
    </message>
    <message>
        <source>One-time meeting</source>
        <translation>Réunion unique</translation>
    </message>
    <message>
        <source>Recurring meeting, fixed times</source>
        <translation>Réunion récurrente, heures fixes</translation>
    </message>
    <message>
        <source>Recurring meeting, no fixed time</source>
        <translation>Réunion récurrente, sans heure fixe</translation>
    </message>
    <message>
        <source>Must be between {low} and {high}.</source>
        <translation>Doit être compris entre {low} et {high}.</translation>
    </message>
    <message>
        <source>Not an email address: {address}</source>
        <translation>Ce n&apos;est pas une adresse e-mail&#xa0;: {address}</translation>
    </message>
</context>
<context>
    <name>MeetingTable</name>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Meeting ID</source>
        <translation>ID de réunion</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Récurrence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Pas commencée</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Passée</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>Récurrente</translation>
    </message>
    <message>
        <source>{column}: {value}</source>
        <translation>{column}&#xa0;: {value}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Meeting time zone: {zone}</source>
        <translation>Fuseau horaire de la réunion&#xa0;: {zone}</translation>
    </message>
    <message>
        <source>Recurring: open the meeting, or select it a moment, to see how it repeats</source>
        <translation>Récurrente&#xa0;: ouvrez la réunion, ou sélectionnez-la un instant, pour voir comment elle se répète</translation>
    </message>
    <message>
        <source>Recurring: {pattern}</source>
        <translation>Récurrente&#xa0;: {pattern}</translation>
    </message>
</context>
<context>
    <name>MeetingType</name>
    <message>
        <source>Instant</source>
        <translation>Réunion instantanée</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>Unique</translation>
    </message>
    <message>
        <source>Recurring (no fixed time)</source>
        <translation>Récurrente (sans horaire fixe)</translation>
    </message>
    <message>
        <source>Personal meeting ID</source>
        <translation>ID de réunion personnelle</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>Récurrente</translation>
    </message>
    <message>
        <source>Screen share only</source>
        <translation>Partage d&apos;écran uniquement</translation>
    </message>
</context>
<context>
    <name>MeetingUpdate</name>
    <message>
        <source>Cannot be changed for one occurrence; edit the whole series.</source>
        <translation>Ne peut pas être modifié pour une seule occurrence&#xa0;; modifiez toute la série.</translation>
    </message>
    <message>
        <source>A new start needs its time zone.</source>
        <translation>Un nouveau début nécessite son fuseau horaire.</translation>
    </message>
    <message>
        <source>Enter a topic.</source>
        <translation>Saisissez un sujet.</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>Calendar month</source>
        <translation>Mois du calendrier</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OccurrenceDialog</name>
    <message>
        <source>Zoom removes it at once; people who have the link can no longer join. This cannot be undone.</source>
        <translation>Zoom la supprime immédiatement&#xa0;; les personnes qui ont le lien ne peuvent plus la rejoindre. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Zoom removes this date at once; the link still works for the other dates of the series. This cannot be undone.</source>
        <translation>Zoom supprime immédiatement cette date&#xa0;; le lien reste valable pour les autres dates de la série. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>“{topic}” is a recurring meeting. Delete which part?</source>
        <translation>«&#xa0;{topic}&#xa0;» est une réunion récurrente. Que voulez-vous supprimer&#xa0;?</translation>
    </message>
    <message>
        <source>Delete only this occurrence:</source>
        <translation>Supprimer seulement cette occurrence&#xa0;:</translation>
    </message>
    <message>
        <source>Delete one occurrence</source>
        <translation>Supprimer une occurrence</translation>
    </message>
    <message>
        <source>Delete the whole series</source>
        <translation>Supprimer toute la série</translation>
    </message>
    <message>
        <source>“{topic}” is a recurring meeting. Edit which part?</source>
        <translation>«&#xa0;{topic}&#xa0;» est une réunion récurrente. Que voulez-vous modifier&#xa0;?</translation>
    </message>
    <message>
        <source>Edit only this occurrence:</source>
        <translation>Modifier seulement cette occurrence&#xa0;:</translation>
    </message>
    <message>
        <source>Edit one occurrence</source>
        <translation>Modifier une occurrence</translation>
    </message>
    <message>
        <source>Edit the whole series</source>
        <translation>Modifier toute la série</translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation>Occurrence</translation>
    </message>
    <message>
        <source>E&amp;mail the host and registrants about the cancellation</source>
        <translation>Informer l&apos;hôte et les inscrits de l&apos;annulation par e-&amp;mail</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Delete meeting — zoomdesk</source>
        <translation>Supprimer la réunion — zoomdesk</translation>
    </message>
    <message>
        <source>Edit recurring meeting — zoomdesk</source>
        <translation>Modifier la réunion récurrente — zoomdesk</translation>
    </message>
    <message numerus="yes">
        <source>Delete the whole series (%n upcoming occurrence(s))</source>
        <translation>
            <numerusform>Supprimer toute la série (%n occurrence à venir)</numerusform>
            <numerusform>Supprimer toute la série (%n occurrences à venir)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit the whole series (%n upcoming occurrence(s))</source>
        <translation>
            <numerusform>Modifier toute la série (%n occurrence à venir)</numerusform>
            <numerusform>Modifier toute la série (%n occurrences à venir)</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “{topic}” ({when})?</source>
        <translation>Supprimer «&#xa0;{topic}&#xa0;» ({when})&#xa0;?</translation>
    </message>
    <message>
        <source>Delete “{topic}”?</source>
        <translation>Supprimer «&#xa0;{topic}&#xa0;»&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Offline</name>
    <message>
        <source>Needs Zoom, which cannot be reached right now; zoomdesk keeps trying.</source>
        <translation>Nécessite Zoom, qui est injoignable pour le moment&#xa0;; zoomdesk continue d&apos;essayer.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Zoom cannot be reached. Showing your meetings as of {time}, read-only: copying links and invitations and saving .ics files still work. Trying again in {seconds} s. {problem}</source>
        <translation>Zoom est injoignable. Vos réunions sont affichées telles qu&apos;à {time}, en lecture seule&#xa0;: copier les liens et les invitations et enregistrer des fichiers .ics fonctionne toujours. Nouvelle tentative dans {seconds} s. {problem}</translation>
    </message>
    <message>
        <source>Zoom cannot be reached. Nothing is kept from an earlier visit to show meanwhile. Trying again in {seconds} s. {problem}</source>
        <translation>Zoom est injoignable. Rien n&apos;a été conservé d&apos;une visite précédente pour être affiché en attendant. Nouvelle tentative dans {seconds} s. {problem}</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Essayer maintenant</translation>
    </message>
</context>
<context>
    <name>OutcomeCheck</name>
    <message>
        <source>Check now</source>
        <translation>Vérifier maintenant</translation>
    </message>
    <message>
        <source>It was created — open it</source>
        <translation>Elle a été créée — l&apos;ouvrir</translation>
    </message>
    <message>
        <source>It was not created — try again</source>
        <translation>Elle n&apos;a pas été créée — réessayer</translation>
    </message>
    <message>
        <source>Try again without checking</source>
        <translation>Réessayer sans vérifier</translation>
    </message>
    <message>
        <source>Checking whether the meeting was created</source>
        <translation>Vérification de la création de la réunion</translation>
    </message>
    <message>
        <source>The meeting may or may not have been created</source>
        <translation>La réunion a peut-être été créée, ou peut-être pas</translation>
    </message>
    <message>
        <source>The request was sent, but no answer came back. It was NOT retried, so that the meeting is not created twice. Check the host&apos;s meetings before trying again.</source>
        <translation>La requête a été envoyée, mais aucune réponse n&apos;est revenue. Elle n&apos;a PAS été renvoyée, pour que la réunion ne soit pas créée deux fois. Vérifiez les réunions de l&apos;hôte avant de réessayer.</translation>
    </message>
    <message>
        <source>Checking the host&apos;s meetings…</source>
        <translation>Vérification des réunions de l&apos;hôte…</translation>
    </message>
    <message>
        <source>no fixed time</source>
        <translation>sans heure fixe</translation>
    </message>
    <message>
        <source>It was created</source>
        <translation>Elle a été créée</translation>
    </message>
    <message>
        <source>It was not created</source>
        <translation>Elle n&apos;a pas été créée</translation>
    </message>
    <message>
        <source>Couldn&apos;t check whether the meeting was created</source>
        <translation>Impossible de vérifier si la réunion a été créée</translation>
    </message>
    <message>
        <source>“{topic}” ({time}, meeting ID {id}) was created for this host.</source>
        <translation>«&#xa0;{topic}&#xa0;» ({time}, ID de réunion {id}) a été créée pour cet hôte.</translation>
    </message>
    <message>
        <source>No meeting called “{topic}” at this time was created for this host in the last few minutes. It is safe to try again.</source>
        <translation>Aucune réunion nommée «&#xa0;{topic}&#xa0;» à cette heure n&apos;a été créée pour cet hôte ces dernières minutes. Vous pouvez réessayer sans risque.</translation>
    </message>
    <message>
        <source>{title}. {explanation}</source>
        <translation>{title}. {explanation}</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>no policy</source>
        <translation>aucune stratégie</translation>
    </message>
    <message>
        <source>{value} is not an IANA time zone (Europe/Berlin)</source>
        <translation>{value} n&apos;est pas un fuseau horaire IANA (Europe/Berlin)</translation>
    </message>
    <message>
        <source>; known names: {names}</source>
        <translation>&#xa0;; noms connus&#xa0;: {names}</translation>
    </message>
    <message>
        <source>unknown policy name {name}{suggestion}</source>
        <translation>nom de stratégie inconnu {name}{suggestion}</translation>
    </message>
    <message>
        <source>allowed_hosts must be a list of emails or @domains</source>
        <translation>allowed_hosts doit être une liste d&apos;adresses e-mail ou de @domaines</translation>
    </message>
    <message>
        <source>profiles must be a list of tables ([[profiles]])</source>
        <translation>profiles doit être une liste de tables ([[profiles]])</translation>
    </message>
    <message>
        <source>two preset profiles named {name}</source>
        <translation>deux profils prédéfinis nommés {name}</translation>
    </message>
    <message>
        <source>locked_settings must be a table ([locked_settings])</source>
        <translation>locked_settings doit être une table ([locked_settings])</translation>
    </message>
    <message>
        <source>{setting} is set by {policy}; it must be {value}.</source>
        <translation>{setting} est fixé par {policy}&#xa0;; la valeur doit être {value}.</translation>
    </message>
    <message>
        <source>; did you mean {name}?</source>
        <translation>&#xa0;; vouliez-vous dire {name}&#xa0;?</translation>
    </message>
    <message>
        <source>each preset profile must be a table</source>
        <translation>chaque profil prédéfini doit être une table</translation>
    </message>
    <message>
        <source>{key} must be text</source>
        <translation>{key} doit être du texte</translation>
    </message>
    <message>
        <source>a preset profile needs {key}</source>
        <translation>un profil prédéfini doit avoir {key}</translation>
    </message>
    <message>
        <source>region must be global or zoomgov</source>
        <translation>region doit valoir global ou zoomgov</translation>
    </message>
    <message>
        <source>your organisation&apos;s policy ({source})</source>
        <translation>la stratégie de votre organisation ({source})</translation>
    </message>
    <message>
        <source>{email} is not among the hosts this desktop may manage ({hosts}), set by {policy}.</source>
        <translation>{email} ne fait pas partie des hôtes que ce poste peut gérer ({hosts}), fixés par {policy}.</translation>
    </message>
    <message>
        <source>{key} must be true or false</source>
        <translation>{key} doit valoir true ou false</translation>
    </message>
    <message>
        <source>{value} is neither an email (board@example.com) nor a domain (@example.org)</source>
        <translation>{value} n&apos;est ni une adresse e-mail (board@example.com) ni un domaine (@example.org)</translation>
    </message>
    <message>
        <source>this host</source>
        <translation>cet hôte</translation>
    </message>
    <message>
        <source>a policy never holds a secret: remove {key}; each user&apos;s secret goes in the keyring (zoomdesk profiles add NAME --client-secret-stdin)</source>
        <translation>une stratégie ne contient jamais de secret&#xa0;: retirez {key}&#xa0;; le secret de chaque utilisateur va dans le trousseau (zoomdesk profiles add NAME --client-secret-stdin)</translation>
    </message>
    <message>
        <source>unknown profile name {name}{suggestion}</source>
        <translation>nom de champ de profil inconnu {name}{suggestion}</translation>
    </message>
    <message>
        <source>cannot read the policy file ({error})</source>
        <translation>impossible de lire le fichier de stratégie ({error})</translation>
    </message>
    <message>
        <source>not valid TOML: {reason}</source>
        <translation>TOML non valide&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>not a valid plist</source>
        <translation>plist non valide</translation>
    </message>
    <message>
        <source>cannot read the managed preferences ({error})</source>
        <translation>impossible de lire les préférences gérées ({error})</translation>
    </message>
    <message>
        <source>the managed preferences are not a dictionary</source>
        <translation>les préférences gérées ne sont pas un dictionnaire</translation>
    </message>
    <message>
        <source>the policy file does not exist</source>
        <translation>le fichier de stratégie n&apos;existe pas</translation>
    </message>
</context>
<context>
    <name>PolicyUi</name>
    <message>
        <source>Adding profiles is turned off by {policy}; ask IT for a profile.</source>
        <translation>L&apos;ajout de profils est désactivé par {policy}&#xa0;; demandez un profil au service informatique.</translation>
    </message>
    <message>
        <source>The sandbox is turned off by {policy}.</source>
        <translation>Le bac à sable est désactivé par {policy}.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy is unreadable, ask IT: {problem}. Until it is fixed, zoomdesk keeps the restrictive defaults (no new profiles, no sandbox).</source>
        <translation>La politique de votre organisation est illisible, contactez le service informatique&#xa0;: {problem}. En attendant, zoomdesk conserve les valeurs restrictives par défaut (pas de nouveaux profils, pas de bac à sable).</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>The new language is used when zoomdesk next starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de zoomdesk.</translation>
    </message>
    <message>
        <source>Used for menus, messages, dates and times.</source>
        <translation>Utilisée pour les menus, les messages, les dates et les heures.</translation>
    </message>
</context>
<context>
    <name>ProfileActions</name>
    <message>
        <source>Remove profile — zoomdesk</source>
        <translation>Supprimer le profil — zoomdesk</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Connecting with “{name}”</source>
        <translation>Connexion avec «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Removing “{name}”</source>
        <translation>Suppression de «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Remove the profile “{name}” and its secret from this computer? Your Zoom account and its meetings are not affected.</source>
        <translation>Supprimer le profil «&#xa0;{name}&#xa0;» et son secret de cet ordinateur&#xa0;? Votre compte Zoom et ses réunions ne sont pas touchés.</translation>
    </message>
    <message>
        <source>Reading the profiles</source>
        <translation>Lecture des profils</translation>
    </message>
    <message>
        <source>The profile was removed, but its secret could not be deleted from the password store: {problem}</source>
        <translation>Le profil a été supprimé, mais son secret n&apos;a pas pu être effacé du gestionnaire de mots de passe&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>“{name}” was saved, but zoomdesk could not connect with it: {problem} It stays on the current connection.</source>
        <translation>«&#xa0;{name}&#xa0;» a été enregistré, mais zoomdesk n&apos;a pas pu se connecter avec&#xa0;: {problem} La connexion actuelle est conservée.</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>Modifier le profil…</translation>
    </message>
    <message>
        <source>Switch anyway</source>
        <translation>Changer quand même</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Enter a URL.</source>
        <translation>Saisissez une URL.</translation>
    </message>
    <message>
        <source>Enter the account ID.</source>
        <translation>Saisissez l&apos;ID de compte.</translation>
    </message>
    <message>
        <source>Enter the client ID.</source>
        <translation>Saisissez l&apos;ID client.</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Saisissez le secret client.</translation>
    </message>
    <message>
        <source>A profile with this name exists already.</source>
        <translation>Un profil de ce nom existe déjà.</translation>
    </message>
    <message>
        <source>Enter the credentials of your Server-to-Server OAuth app. You find them on the app&apos;s App Credentials page in the Zoom App Marketplace.</source>
        <translation>Saisissez les identifiants de votre application OAuth Server-to-Server. Vous les trouverez sur la page App Credentials de l&apos;application, dans le Zoom App Marketplace.</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>e.g. Work</source>
        <translation>p. ex. Travail</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Custom base URLs</source>
        <translation>URL de base personnalisées</translation>
    </message>
    <message>
        <source>OAuth URL</source>
        <translation>URL OAuth</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>URL de l&apos;API</translation>
    </message>
    <message>
        <source>From the token (recommended)</source>
        <translation>Fournie par le jeton (recommandé)</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID de compte</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the client secret</source>
        <translation>Afficher le secret client</translation>
    </message>
    <message>
        <source>Show or hide the client secret</source>
        <translation>Afficher ou masquer le secret client</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;OAuth URL:</source>
        <translation>URL &amp;OAuth&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;PI URL:</source>
        <translation>URL de l&apos;A&amp;PI&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Account ID:</source>
        <translation>ID de &amp;compte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>ID c&amp;lient&#xa0;:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secret client&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>Keyring problem</source>
        <translation>Problème de trousseau</translation>
    </message>
    <message>
        <source>Asking Zoom for an access token…</source>
        <translation>Demande d&apos;un jeton d&apos;accès à Zoom…</translation>
    </message>
    <message>
        <source>Edit profile — zoomdesk</source>
        <translation>Modifier le profil — zoomdesk</translation>
    </message>
    <message>
        <source>Connect to Zoom — zoomdesk</source>
        <translation>Se connecter à Zoom — zoomdesk</translation>
    </message>
    <message>
        <source>Stored in the system keyring; leave empty to keep it</source>
        <translation>Enregistré dans le trousseau du système&#xa0;; laissez vide pour le conserver</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Hide the client secret</source>
        <translation>Masquer le secret client</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Test de la connexion</translation>
    </message>
    <message>
        <source>Saving the profile</source>
        <translation>Enregistrement du profil</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>Problème avec {field}</translation>
    </message>
    <message>
        <source>Something unexpected went wrong: {problem}</source>
        <translation>Une erreur inattendue s&apos;est produite&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>The client secret is needed to test the connection.</source>
        <translation>Le secret client est nécessaire pour tester la connexion.</translation>
    </message>
    <message>
        <source>{problem} You can use the secret for this session only: zoomdesk keeps it in memory until it closes, and asks for it again next time.</source>
        <translation>{problem} Vous pouvez utiliser le secret pour cette session uniquement&#xa0;: zoomdesk le garde en mémoire jusqu&apos;à sa fermeture et vous le redemandera la prochaine fois.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation>Utiliser pour cette session uniquement</translation>
    </message>
</context>
<context>
    <name>ProfileMenu</name>
    <message>
        <source>Sandbox (not real Zoom)</source>
        <translation>Bac à sable (pas le vrai Zoom)</translation>
    </message>
    <message>
        <source>&amp;Sandbox (not real Zoom)</source>
        <translation>&amp;Bac à sable (pas le vrai Zoom)</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>Enter a name for this profile.</source>
        <translation>Saisissez un nom pour ce profil.</translation>
    </message>
    <message>
        <source>A profile name cannot start or end with a space.</source>
        <translation>Un nom de profil ne peut pas commencer ni finir par une espace.</translation>
    </message>
    <message>
        <source>A profile name can have at most 100 characters.</source>
        <translation>Un nom de profil peut comporter au plus 100 caractères.</translation>
    </message>
    <message>
        <source>A profile name cannot contain / or \.</source>
        <translation>Un nom de profil ne peut pas contenir / ni \.</translation>
    </message>
    <message>
        <source>A profile name cannot contain control characters (new lines, tabs, escapes).</source>
        <translation>Un nom de profil ne peut pas contenir de caractères de contrôle (retours à la ligne, tabulations, échappements).</translation>
    </message>
    <message>
        <source>The URL must not contain a user name or password; credentials go elsewhere.</source>
        <translation>L&apos;URL ne doit pas contenir de nom d&apos;utilisateur ni de mot de passe&#xa0;; les identifiants se saisissent ailleurs.</translation>
    </message>
    <message>
        <source>Cannot save the settings file {path}: {error}</source>
        <translation>Impossible d&apos;enregistrer le fichier de paramètres {path}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{url} is not an http(s) URL; enter a full URL, like https://zoom.us.</source>
        <translation>{url} n&apos;est pas une URL http(s)&#xa0;; saisissez une URL complète, comme https://zoom.us.</translation>
    </message>
    <message>
        <source>{url} is plain http to another computer, which would send the credentials unencrypted; use https:// (plain http is only allowed for this computer).</source>
        <translation>{url} est du http simple vers un autre ordinateur, qui enverrait les identifiants en clair&#xa0;; utilisez https:// (le http simple n&apos;est autorisé que pour cet ordinateur).</translation>
    </message>
    <message>
        <source>Cannot read the settings file {path}: {error}</source>
        <translation>Impossible de lire le fichier de paramètres {path}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The settings file {path} is damaged ({error}). Move it aside and add the profile again; no secret is stored in it.</source>
        <translation>Le fichier de paramètres {path} est endommagé ({error}). Déplacez-le et ajoutez de nouveau le profil&#xa0;; aucun secret n&apos;y est enregistré.</translation>
    </message>
    <message>
        <source>{url} is not a URL; enter a full URL, like https://zoom.us.</source>
        <translation>{url} n&apos;est pas une URL&#xa0;; saisissez une URL complète, comme https://zoom.us.</translation>
    </message>
    <message>
        <source>Another zoomdesk is still writing {path}; try again.</source>
        <translation>Une autre instance de zoomdesk écrit encore {path}&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>No profile named {name}; see `zoomdesk profiles list`.</source>
        <translation>Aucun profil nommé {name}&#xa0;; voir `zoomdesk profiles list`.</translation>
    </message>
    <message>
        <source>Incomplete credentials in profile {name}: missing {fields}.</source>
        <translation>Identifiants incomplets dans le profil {name}&#xa0;; il manque&#xa0;: {fields}.</translation>
    </message>
    <message>
        <source>Incomplete credentials in the environment: missing {fields}.</source>
        <translation>Identifiants incomplets dans l&apos;environnement&#xa0;; il manque&#xa0;: {fields}.</translation>
    </message>
    <message>
        <source>the oauth url of profile {name}: {problem}</source>
        <translation>l&apos;URL OAuth du profil {name}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>the api url of profile {name}: {problem}</source>
        <translation>l&apos;URL de l&apos;API du profil {name}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>account ID (ZOOM_ACCOUNT_ID)</source>
        <translation>ID de compte (ZOOM_ACCOUNT_ID)</translation>
    </message>
    <message>
        <source>client ID (ZOOM_CLIENT_ID)</source>
        <translation>ID client (ZOOM_CLIENT_ID)</translation>
    </message>
    <message>
        <source>client secret (ZOOM_CLIENT_SECRET or the keyring)</source>
        <translation>secret client (ZOOM_CLIENT_SECRET ou le trousseau)</translation>
    </message>
</context>
<context>
    <name>RateLimit</name>
    <message>
        <source>{remaining} of {limit} {category} requests left today for the whole Zoom account (resets {time} UTC); slowing down</source>
        <translation>Il reste aujourd&apos;hui {remaining} requêtes {category} sur {limit} pour tout le compte Zoom (réinitialisation à {time} UTC)&#xa0;; ralentissement</translation>
    </message>
    <message>
        <source>{remaining} of {limit} {category} requests left today for the whole Zoom account (resets {time} UTC); bulk work pauses to leave them for people</source>
        <translation>Il reste aujourd&apos;hui {remaining} requêtes {category} sur {limit} pour tout le compte Zoom (réinitialisation à {time} UTC)&#xa0;; le traitement par lot s&apos;interrompt pour les laisser aux personnes</translation>
    </message>
</context>
<context>
    <name>RecoveryBanner</name>
    <message>
        <source>“{topic}”</source>
        <translation>«&#xa0;{topic}&#xa0;»</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <source>1 meeting form was not saved when zoomdesk last stopped: {topics}.</source>
        <translation>1 formulaire de réunion n&apos;a pas été enregistré lors du dernier arrêt de zoomdesk&#xa0;: {topics}.</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting forms were not saved when zoomdesk last stopped: {topics}.</source>
        <translation>
            <numerusform>%n formulaire de réunion n&apos;a pas été enregistré lors du dernier arrêt de zoomdesk&#xa0;: {topics}.</numerusform>
            <numerusform>%n formulaires de réunion n&apos;ont pas été enregistrés lors du dernier arrêt de zoomdesk&#xa0;: {topics}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved forms discarded</source>
        <translation>Formulaires non enregistrés abandonnés</translation>
    </message>
    <message numerus="yes">
        <source>{topics} and %n more</source>
        <translation>
            <numerusform>{topics} et %n autre</numerusform>
            <numerusform>{topics} et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>Every day</source>
        <translation>Tous les jours</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Tous les %n jour</numerusform>
            <numerusform>Tous les %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Toutes les semaines</translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s)</source>
        <translation>
            <numerusform>Toutes les %n semaine</numerusform>
            <numerusform>Toutes les %n semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Tous les mois</translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s)</source>
        <translation>
            <numerusform>Tous les %n mois</numerusform>
            <numerusform>Tous les %n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>{rule} on {days}</source>
        <translation>{rule}, le {days}</translation>
    </message>
    <message>
        <source>{rule}, until {date}</source>
        <translation>{rule}, jusqu&apos;au {date}</translation>
    </message>
    <message>
        <source>{rule} on day {day}</source>
        <translation>{rule}, le {day}</translation>
    </message>
    <message numerus="yes">
        <source>{rule}, %n time(s)</source>
        <translation>
            <numerusform>{rule}, %n fois</numerusform>
            <numerusform>{rule}, %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>{rule} on the last {weekday}</source>
        <translation>{rule}, le dernier {weekday}</translation>
    </message>
    <message>
        <source>{rule} on the first {weekday}</source>
        <translation>{rule}, le premier {weekday}</translation>
    </message>
    <message>
        <source>{rule} on the second {weekday}</source>
        <translation>{rule}, le deuxième {weekday}</translation>
    </message>
    <message>
        <source>{rule} on the third {weekday}</source>
        <translation>{rule}, le troisième {weekday}</translation>
    </message>
    <message>
        <source>{rule} on the fourth {weekday}</source>
        <translation>{rule}, le quatrième {weekday}</translation>
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message>
        <source>Daily</source>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuelle</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Premier</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Deuxième</translation>
    </message>
    <message>
        <source>Third</source>
        <translation>Troisième</translation>
    </message>
    <message>
        <source>Fourth</source>
        <translation>Quatrième</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Dernier</translation>
    </message>
    <message>
        <source>occurrences (at most {limit})</source>
        <translation>occurrences ({limit} au maximum)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Répéter tous les</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Monthly on a day of the month</source>
        <translation>Mensuelle, un jour du mois</translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation>Jour du mois</translation>
    </message>
    <message>
        <source>The</source>
        <translation>Le</translation>
    </message>
    <message>
        <source>Monthly on a weekday of a week</source>
        <translation>Mensuelle, un jour de semaine d&apos;une semaine donnée</translation>
    </message>
    <message>
        <source>Week of the month</source>
        <translation>Semaine du mois</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Jour de la semaine</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>End after a number of occurrences</source>
        <translation>Terminer après un nombre d&apos;occurrences</translation>
    </message>
    <message>
        <source>Number of occurrences</source>
        <translation>Nombre d&apos;occurrences</translation>
    </message>
    <message>
        <source>End on a date</source>
        <translation>Terminer à une date</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>Dernière date</translation>
    </message>
    <message>
        <source>Repeat summary</source>
        <translation>Résumé de la répétition</translation>
    </message>
    <message>
        <source>&amp;Repeats</source>
        <translation>&amp;Répétition</translation>
    </message>
    <message>
        <source>E&amp;very</source>
        <translation>&amp;Tous les</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message numerus="yes">
        <source>day(s) (at most {limit})</source>
        <translation>
            <numerusform>jour ({limit} au maximum)</numerusform>
            <numerusform>jours ({limit} au maximum)</numerusform>
        </translation>
    </message>
    <message>
        <source>{rule}, until {date}</source>
        <translation>{rule}, jusqu&apos;au {date}</translation>
    </message>
    <message>
        <source>of the month</source>
        <translation>du mois</translation>
    </message>
    <message numerus="yes">
        <source>week(s) (at most {limit})</source>
        <translation>
            <numerusform>semaine ({limit} au maximum)</numerusform>
            <numerusform>semaines ({limit} au maximum)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s) (at most {limit})</source>
        <translation>
            <numerusform>mois ({limit} au maximum)</numerusform>
            <numerusform>mois ({limit} au maximum)</numerusform>
        </translation>
    </message>
    <message>
        <source>{rule}, once</source>
        <translation>{rule}, une fois</translation>
    </message>
    <message numerus="yes">
        <source>{rule}, %n times</source>
        <translation>
            <numerusform>{rule}, %n fois</numerusform>
            <numerusform>{rule}, %n fois</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecurrenceSummary</name>
    <message>
        <source>Recurring</source>
        <translation>Récurrente</translation>
    </message>
</context>
<context>
    <name>RegistrantDialogs</name>
    <message>
        <source>Add registrant — zoomdesk</source>
        <translation>Ajouter un inscrit — zoomdesk</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Not an email address.</source>
        <translation>Ce n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>Aperçu de l&apos;importation</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Zoom needs a first name.</source>
        <translation>Zoom a besoin d&apos;un prénom.</translation>
    </message>
    <message numerus="yes">
        <source>Register %n people from {file} (one request each)?</source>
        <translation>
            <numerusform>Inscrire %n personne depuis {file} (une requête chacune)&#xa0;?</numerusform>
            <numerusform>Inscrire %n personnes depuis {file} (une requête chacune)&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Register %n people from {file} (in batches of 30)?</source>
        <translation>
            <numerusform>Inscrire %n personne depuis {file} (par lots de 30)&#xa0;?</numerusform>
            <numerusform>Inscrire %n personnes depuis {file} (par lots de 30)&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Import {file} — zoomdesk</source>
        <translation>Importer {file} — zoomdesk</translation>
    </message>
    <message numerus="yes">
        <source>{file} can&apos;t be imported: fix these %n problem(s) and try again. Nothing has been sent.</source>
        <translation>
            <numerusform>{file} ne peut pas être importé&#xa0;: corrigez ce problème (%n) et réessayez. Rien n&apos;a été envoyé.</numerusform>
            <numerusform>{file} ne peut pas être importé&#xa0;: corrigez ces %n problèmes et réessayez. Rien n&apos;a été envoyé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistrantImport</name>
    <message>
        <source>columns</source>
        <translation>colonnes</translation>
    </message>
    <message>
        <source>Unknown column {name}; Zoom&apos;s fields are {fields}.</source>
        <translation>Colonne inconnue {name}&#xa0;; les champs de Zoom sont {fields}.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Zoom takes at most {count} registrants.</source>
        <translation>Zoom accepte au plus {count} inscrits.</translation>
    </message>
    <message>
        <source>The file needs a column {name}.</source>
        <translation>Le fichier doit contenir une colonne {name}.</translation>
    </message>
    <message>
        <source>Not an email address: {address}.</source>
        <translation>Ce n&apos;est pas une adresse e-mail&#xa0;: {address}.</translation>
    </message>
    <message>
        <source>line {number}</source>
        <translation>ligne {number}</translation>
    </message>
    <message>
        <source>{address} is listed twice.</source>
        <translation>{address} figure deux fois.</translation>
    </message>
    <message>
        <source>No registrants in the file.</source>
        <translation>Le fichier ne contient aucun inscrit.</translation>
    </message>
    <message>
        <source>first_name is empty.</source>
        <translation>first_name est vide.</translation>
    </message>
</context>
<context>
    <name>RegistrantsDialog</name>
    <message>
        <source>Registrants approved automatically</source>
        <translation>Inscrits approuvés automatiquement</translation>
    </message>
    <message>
        <source>Registrants approved by the host</source>
        <translation>Inscrits approuvés par l&apos;hôte</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ville</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>zip</source>
        <translation>code postal</translation>
    </message>
    <message>
        <source>state</source>
        <translation>État/région</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>secteur d&apos;activité</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>intitulé du poste</translation>
    </message>
    <message>
        <source>purchasing time frame</source>
        <translation>délai d&apos;achat</translation>
    </message>
    <message>
        <source>role in purchase process</source>
        <translation>rôle dans le processus d&apos;achat</translation>
    </message>
    <message>
        <source>number of employees</source>
        <translation>nombre d&apos;employés</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>commentaires</translation>
    </message>
    <message>
        <source>{question} (required)</source>
        <translation>{question} (obligatoire)</translation>
    </message>
    <message>
        <source>Pending ({count})</source>
        <translation>En attente ({count})</translation>
    </message>
    <message>
        <source>Approved ({count})</source>
        <translation>Approuvés ({count})</translation>
    </message>
    <message>
        <source>Denied ({count})</source>
        <translation>Refusés ({count})</translation>
    </message>
    <message>
        <source>All ({count})</source>
        <translation>Tous ({count})</translation>
    </message>
    <message>
        <source>Registration asks for: {questions}.</source>
        <translation>L&apos;inscription demande&#xa0;: {questions}.</translation>
    </message>
    <message>
        <source>Loading the registrants</source>
        <translation>Chargement des inscrits</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n requête</numerusform>
            <numerusform>%n requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing registrants</source>
        <translation>Suppression des inscrits</translation>
    </message>
    <message>
        <source>Adding a registrant</source>
        <translation>Ajout d&apos;un inscrit</translation>
    </message>
    <message>
        <source>Import registrants — zoomdesk</source>
        <translation>Importer des inscrits — zoomdesk</translation>
    </message>
    <message>
        <source>Export registrants — zoomdesk</source>
        <translation>Exporter les inscrits — zoomdesk</translation>
    </message>
    <message>
        <source>Importing registrants</source>
        <translation>Importation des inscrits</translation>
    </message>
    <message numerus="yes">
        <source>Registered {done} of %n ({requests}).</source>
        <translation>
            <numerusform>{done} inscrit sur %n ({requests}).</numerusform>
            <numerusform>{done} inscrits sur %n ({requests}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Registrant status</source>
        <translation>Statut des inscrits</translation>
    </message>
    <message>
        <source>Search names, emails, organisations</source>
        <translation>Rechercher noms, e-mails, organisations</translation>
    </message>
    <message>
        <source>Search registrants</source>
        <translation>Rechercher des inscrits</translation>
    </message>
    <message>
        <source>Registrants</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>A&amp;pprouver</translation>
    </message>
    <message>
        <source>Approve the selected registrants</source>
        <translation>Approuver les inscrits sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>Deny the selected registrants</source>
        <translation>Refuser les inscrits sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <source>Register one person</source>
        <translation>Inscrire une personne</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Remove the selected registrants</source>
        <translation>Supprimer les inscrits sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>Register many people from a CSV file</source>
        <translation>Inscrire de nombreuses personnes depuis un fichier CSV</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Save the registrants shown as CSV</source>
        <translation>Enregistrer les inscrits affichés en CSV</translation>
    </message>
    <message>
        <source>Loading registrants…</source>
        <translation>Chargement des inscrits…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message numerus="yes">
        <source>%n registrant(s).</source>
        <translation>
            <numerusform>%n inscrit.</numerusform>
            <numerusform>%n inscrits.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing registrants</source>
        <translation>Modification des inscrits</translation>
    </message>
    <message numerus="yes">
        <source>Approved %n registrant(s) ({requests}).</source>
        <translation>
            <numerusform>%n inscrit approuvé ({requests}).</numerusform>
            <numerusform>%n inscrits approuvés ({requests}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove registrants — zoomdesk</source>
        <translation>Supprimer des inscrits — zoomdesk</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n registrant(s)? Their join links stop working.</source>
        <translation>
            <numerusform>Supprimer %n inscrit&#xa0;? Son lien pour rejoindre ne fonctionnera plus.</numerusform>
            <numerusform>Supprimer %n inscrits&#xa0;? Leurs liens pour rejoindre ne fonctionneront plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n registrant(s).</source>
        <translation>
            <numerusform>%n inscrit supprimé.</numerusform>
            <numerusform>%n inscrits supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Registering %n people…</source>
        <translation>
            <numerusform>Inscription de %n personne…</numerusform>
            <numerusform>Inscription de %n personnes…</numerusform>
        </translation>
    </message>
    <message>
        <source>unexpected error</source>
        <translation>erreur inattendue</translation>
    </message>
    <message numerus="yes">
        <source>Denied %n registrant(s) ({requests}).</source>
        <translation>
            <numerusform>%n inscrit refusé ({requests}).</numerusform>
            <numerusform>%n inscrits refusés ({requests}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled %n registrant(s) ({requests}).</source>
        <translation>
            <numerusform>%n inscrit annulé ({requests}).</numerusform>
            <numerusform>%n inscrits annulés ({requests}).</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Registrants of “{topic}” — zoomdesk</source>
        <translation>Inscrits à «&#xa0;{topic}&#xa0;» — zoomdesk</translation>
    </message>
    <message>
        <source>Registered {email}.</source>
        <translation>{email} inscrit.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n registrant(s) to {file}.</source>
        <translation>
            <numerusform>%n inscrit enregistré dans {file}.</numerusform>
            <numerusform>%n inscrits enregistrés dans {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{task} failed: {error}</source>
        <translation>{task} a échoué&#xa0;: {error}</translation>
    </message>
    <message>
        <source>“{topic}” doesn&apos;t take registrations. Turn on Registration in the meeting&apos;s Advanced settings first.</source>
        <translation>«&#xa0;{topic}&#xa0;» n&apos;accepte pas d&apos;inscriptions. Activez d&apos;abord l&apos;inscription dans les paramètres avancés de la réunion.</translation>
    </message>
    <message>
        <source>Not registered: {people}</source>
        <translation>Non inscrits&#xa0;: {people}</translation>
    </message>
    <message>
        <source>Registration questions unavailable: {error}</source>
        <translation>Questions d&apos;inscription indisponibles&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{file} can&apos;t be read: {error}</source>
        <translation>Impossible de lire {file}&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>RegistrantsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrit le</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Refusé</translation>
    </message>
</context>
<context>
    <name>RequestView</name>
    <message>
        <source>zoomdesk never records secrets, so it cannot be shown here.</source>
        <translation>zoomdesk n&apos;enregistre jamais les secrets, il ne peut donc pas être affiché ici.</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>Détails de la requête</translation>
    </message>
    <message>
        <source>Method and URL</source>
        <translation>Méthode et URL</translation>
    </message>
    <message>
        <source>Where the parameters travelled</source>
        <translation>Où les paramètres ont été transmis</translation>
    </message>
    <message>
        <source>Query string</source>
        <translation>Chaîne de requête</translation>
    </message>
    <message>
        <source>Query string parameters</source>
        <translation>Paramètres de la chaîne de requête</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>En-têtes de la requête</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Form body fields</source>
        <translation>Champs du formulaire</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Corps de la requête</translation>
    </message>
    <message>
        <source>(empty body)</source>
        <translation>(corps vide)</translation>
    </message>
    <message>
        <source>Basic — client ID: {client_id}   client secret: {mask} (masked)</source>
        <translation>Basic — ID client&#xa0;: {client_id}   secret client&#xa0;: {mask} (masqué)</translation>
    </message>
    <message>
        <source>HTTP Basic: Base64 of client_id:client_secret, decoded. {never_kept}</source>
        <translation>HTTP Basic&#xa0;: Base64 de client_id:client_secret, décodé. {never_kept}</translation>
    </message>
    <message>
        <source>The access token, masked; the sha256 fingerprint tells tokens apart.</source>
        <translation>Le jeton d&apos;accès, masqué&#xa0;; l&apos;empreinte sha256 permet de distinguer les jetons.</translation>
    </message>
    <message>
        <source>An Authorization header of another kind, masked.</source>
        <translation>Un en-tête Authorization d&apos;un autre type, masqué.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>The header did not decode to client_id:client_secret. {never_kept}</source>
        <translation>L&apos;en-tête ne se décode pas en client_id:client_secret. {never_kept}</translation>
    </message>
    <message>
        <source>Body — form fields (application/x-www-form-urlencoded)</source>
        <translation>Corps — champs de formulaire (application/x-www-form-urlencoded)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Parameters travelled in: {where}&lt;/b&gt;&lt;br&gt;The token parameters are in the query string, not in a form body: Zoom answers this with 400. See the Diagnosis tab.</source>
        <translation>&lt;b&gt;Paramètres transmis dans&#xa0;: {where}&lt;/b&gt;&lt;br&gt;Les paramètres du jeton sont dans la chaîne de requête, pas dans un corps de formulaire&#xa0;: Zoom répond 400. Voir l&apos;onglet Diagnostic.</translation>
    </message>
    <message>
        <source>Body — no Content-Type</source>
        <translation>Corps — pas de Content-Type</translation>
    </message>
    <message>
        <source>&lt;b&gt;Parameters travelled in: {where}&lt;/b&gt;&lt;br&gt;The access token is in the query string; Zoom refuses it there (401, code 124).</source>
        <translation>&lt;b&gt;Paramètres transmis dans&#xa0;: {where}&lt;/b&gt;&lt;br&gt;Le jeton d&apos;accès est dans la chaîne de requête&#xa0;; Zoom l&apos;y refuse (401, code 124).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Parameters travelled in:&lt;/b&gt; {where}</source>
        <translation>&lt;b&gt;Paramètres transmis dans&#xa0;:&lt;/b&gt; {where}</translation>
    </message>
    <message>
        <source>Body — {kind}</source>
        <translation>Corps — {kind}</translation>
    </message>
</context>
<context>
    <name>ResponseView</name>
    <message>
        <source>Zoom&apos;s id for this request. Give it to Zoom support so they can trace exactly this call.</source>
        <translation>L&apos;ID que Zoom donne à cette requête. Communiquez-le à l&apos;assistance Zoom pour qu&apos;elle retrouve exactement cet appel.</translation>
    </message>
    <message>
        <source>The rate-limit category of this endpoint (Light, Medium, Heavy, Resource-intensive); each has its own limits.</source>
        <translation>La catégorie de limite de débit de ce point de terminaison (Light, Medium, Heavy, Resource-intensive)&#xa0;; chacune a ses propres limites.</translation>
    </message>
    <message>
        <source>Which limit applies: QPS (per second, short) or Daily-limit (until the reset time).</source>
        <translation>La limite qui s&apos;applique&#xa0;: QPS (par seconde, courte) ou Daily-limit (jusqu&apos;à l&apos;heure de réinitialisation).</translation>
    </message>
    <message>
        <source>How many calls that limit allows.</source>
        <translation>Combien d&apos;appels cette limite autorise.</translation>
    </message>
    <message>
        <source>Calls left before Zoom answers 429 Too Many Requests.</source>
        <translation>Appels restants avant que Zoom ne réponde 429 Too Many Requests.</translation>
    </message>
    <message>
        <source>{local} (your time) = {utc} UTC</source>
        <translation>{local} (votre heure) = {utc} UTC</translation>
    </message>
    <message>
        <source>When to try again; this value could not be read.</source>
        <translation>Quand réessayer&#xa0;; cette valeur n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>A rate-limit header from Zoom.</source>
        <translation>Un en-tête de limite de débit de Zoom.</translation>
    </message>
    <message>
        <source>The server&apos;s clock when it answered (checked against yours).</source>
        <translation>L&apos;horloge du serveur au moment de la réponse (comparée à la vôtre).</translation>
    </message>
    <message>
        <source>Response details</source>
        <translation>Détails de la réponse</translation>
    </message>
    <message>
        <source>Response status</source>
        <translation>Statut de la réponse</translation>
    </message>
    <message>
        <source>Tracking id</source>
        <translation>ID de suivi</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>En-têtes de la réponse</translation>
    </message>
    <message>
        <source>(no response headers)</source>
        <translation>(aucun en-tête de réponse)</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Corps de la réponse</translation>
    </message>
    <message>
        <source>Sent at:</source>
        <translation>Envoyée à&#xa0;:</translation>
    </message>
    <message>
        <source>Took:</source>
        <translation>Durée&#xa0;:</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protocole&#xa0;:</translation>
    </message>
    <message>
        <source>Tracking id:</source>
        <translation>ID de suivi&#xa0;:</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>erreur réseau</translation>
    </message>
    <message>
        <source>&lt;b&gt;{status} {reason}&lt;/b&gt; — ✗ Failed</source>
        <translation>&lt;b&gt;{status} {reason}&lt;/b&gt; — ✗ Échec</translation>
    </message>
    <message>
        <source>&lt;b&gt;{status} {reason}&lt;/b&gt; — ✓ Succeeded</source>
        <translation>&lt;b&gt;{status} {reason}&lt;/b&gt; — ✓ Réussi</translation>
    </message>
    <message>
        <source>(none: not sent by Zoom)</source>
        <translation>(aucun&#xa0;: non envoyé par Zoom)</translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation>(pas de corps)</translation>
    </message>
    <message>
        <source>Try again after {when}: {seconds} s after the call.</source>
        <translation>Réessayer après {when}&#xa0;: {seconds} s après l&apos;appel.</translation>
    </message>
    <message>
        <source>{took}   (server Date: {time} UTC)</source>
        <translation>{took}   (Date du serveur&#xa0;: {time} UTC)</translation>
    </message>
    <message>
        <source>&lt;b&gt;No answer&lt;/b&gt; ({kind})&lt;br&gt;{error}</source>
        <translation>&lt;b&gt;Pas de réponse&lt;/b&gt; ({kind})&lt;br&gt;{error}</translation>
    </message>
    <message>
        <source>Body — {kind}</source>
        <translation>Corps — {kind}</translation>
    </message>
</context>
<context>
    <name>RevealSecret</name>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Client secret (revealed)</source>
        <translation>Secret client (révélé)</translation>
    </message>
    <message>
        <source>Client secret. It is not saved anywhere and this window closes by itself.</source>
        <translation>Secret client. Il n&apos;est enregistré nulle part et cette fenêtre se ferme d&apos;elle-même.</translation>
    </message>
    <message>
        <source>Copy the client secret</source>
        <translation>Copier le secret client</translation>
    </message>
    <message>
        <source>Reveal the client secret?</source>
        <translation>Révéler le secret client&#xa0;?</translation>
    </message>
    <message>
        <source>Show the client secret on screen?</source>
        <translation>Afficher le secret client à l&apos;écran&#xa0;?</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Access token (revealed)</source>
        <translation>Jeton d&apos;accès (révélé)</translation>
    </message>
    <message>
        <source>Access token. It is not saved anywhere and this window closes by itself.</source>
        <translation>Jeton d&apos;accès. Il n&apos;est enregistré nulle part et cette fenêtre se ferme d&apos;elle-même.</translation>
    </message>
    <message>
        <source>Copy the access token</source>
        <translation>Copier le jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Reveal the access token?</source>
        <translation>Révéler le jeton d&apos;accès&#xa0;?</translation>
    </message>
    <message>
        <source>Show the access token on screen?</source>
        <translation>Afficher le jeton d&apos;accès à l&apos;écran&#xa0;?</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Anyone who can see your screen (or a screen share or recording) could read it. It is shown for {seconds} seconds and never saved.</source>
        <translation>Toute personne qui voit votre écran (ou un partage d&apos;écran ou un enregistrement) pourrait le lire. Il est affiché pendant {seconds} secondes et jamais enregistré.</translation>
    </message>
    <message>
        <source>Hides in {seconds} s.</source>
        <translation>Masqué dans {seconds} s.</translation>
    </message>
</context>
<context>
    <name>SaveBar</name>
    <message>
        <source>Create meeting</source>
        <translation>Créer la réunion</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Save this occurrence</source>
        <translation>Enregistrer cette occurrence</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <source>Duplicate meeting — {topic}</source>
        <translation>Dupliquer la réunion — {topic}</translation>
    </message>
    <message>
        <source>Edit meeting — {topic}</source>
        <translation>Modifier la réunion — {topic}</translation>
    </message>
    <message>
        <source>Edit one occurrence — {topic}</source>
        <translation>Modifier une occurrence — {topic}</translation>
    </message>
    <message>
        <source>Editing the occurrence on this date ({zone})</source>
        <translation>Modification de l&apos;occurrence à cette date ({zone})</translation>
    </message>
    <message>
        <source>Editing the occurrence on {when} ({zone})</source>
        <translation>Modification de l&apos;occurrence du {when} ({zone})</translation>
    </message>
    <message>
        <source>What you change here applies to this date only: its start, duration, agenda and the options you can edit. The topic, passcode, time zone, repeat pattern and the greyed-out options belong to the whole series: edit the series to change them.</source>
        <translation>Ce que vous modifiez ici ne s&apos;applique qu&apos;à cette date&#xa0;: son début, sa durée, son ordre du jour et les options modifiables. Le sujet, le code secret, le fuseau horaire, le modèle de répétition et les options grisées appartiennent à toute la série&#xa0;: modifiez la série pour les changer.</translation>
    </message>
    <message>
        <source>Why saving is not possible</source>
        <translation>Pourquoi l&apos;enregistrement est impossible</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Ne plus attendre</translation>
    </message>
</context>
<context>
    <name>SaveErrors</name>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Passcode</source>
        <translation>Code secret</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>Repeat interval</source>
        <translation>Intervalle de répétition</translation>
    </message>
    <message>
        <source>Repeat days</source>
        <translation>Jours de répétition</translation>
    </message>
    <message>
        <source>Number of occurrences</source>
        <translation>Nombre d&apos;occurrences</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Join before host</source>
        <translation>Rejoindre avant l&apos;hôte</translation>
    </message>
    <message>
        <source>Alternative hosts</source>
        <translation>Hôtes alternatifs</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Nothing was saved; everything you typed is still here.</source>
        <translation>Rien n&apos;a été enregistré&#xa0;; tout ce que vous avez saisi est toujours là.</translation>
    </message>
    <message>
        <source>Request: {value}</source>
        <translation>Requête&#xa0;: {value}</translation>
    </message>
    <message>
        <source>HTTP status: {value}</source>
        <translation>Statut HTTP&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Zoom code: {value}</source>
        <translation>Code Zoom&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Zoom message: {value}</source>
        <translation>Message de Zoom&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Rate limit: {value}</source>
        <translation>Limite de débit&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Tracking id: {value}</source>
        <translation>ID de suivi&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Network error: {value}</source>
        <translation>Erreur réseau&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Cause: {value}</source>
        <translation>Cause&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Zoom refused the request</source>
        <translation>Zoom a refusé la requête</translation>
    </message>
    <message>
        <source>Zoom allows {limit} meeting creates/updates per host per day; {host} has reached it. You can try again after {time} ({utc} UTC).</source>
        <translation>Zoom autorise {limit} créations/modifications de réunions par hôte et par jour&#xa0;; {host} a atteint cette limite. Vous pourrez réessayer après {time} ({utc} UTC).</translation>
    </message>
    <message>
        <source>Field {field}: {message}</source>
        <translation>Champ {field}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Zoom doesn&apos;t know this host</source>
        <translation>Zoom ne connaît pas cet hôte</translation>
    </message>
    <message>
        <source>Couldn&apos;t sign in to Zoom</source>
        <translation>Connexion à Zoom impossible</translation>
    </message>
    <message>
        <source>Couldn&apos;t reach Zoom</source>
        <translation>Zoom est injoignable</translation>
    </message>
    <message>
        <source>The answer was not Zoom&apos;s: a proxy or a network sign-in page may be in the way. Try again in a moment.</source>
        <translation>La réponse ne venait pas de Zoom&#xa0;: un proxy ou une page de connexion au réseau fait peut-être obstacle. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Saving failed</source>
        <translation>Échec de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Loading the meeting failed unexpectedly</source>
        <translation>Le chargement de la réunion a échoué de manière inattendue</translation>
    </message>
    <message>
        <source>Saving failed unexpectedly</source>
        <translation>L&apos;enregistrement a échoué de manière inattendue</translation>
    </message>
    <message>
        <source>Zoom allows {limit} meeting creates/updates per host per day; {host} has reached it. You can try again after {time} tomorrow ({utc} UTC).</source>
        <translation>Zoom autorise {limit} créations/modifications de réunions par hôte et par jour&#xa0;; {host} a atteint cette limite. Vous pourrez réessayer demain après {time} ({utc} UTC).</translation>
    </message>
    <message>
        <source>Zoom allows {limit} meeting creates/updates per host per day; {host} has reached it. You can try again after {date} {time} ({utc} UTC).</source>
        <translation>Zoom autorise {limit} créations/modifications de réunions par hôte et par jour&#xa0;; {host} a atteint cette limite. Vous pourrez réessayer après le {date} {time} ({utc} UTC).</translation>
    </message>
    <message>
        <source>Zoom is busy, try again in a moment</source>
        <translation>Zoom est occupé, réessayez dans un instant</translation>
    </message>
    <message>
        <source>Zoom didn&apos;t accept the meeting</source>
        <translation>Zoom n&apos;a pas accepté la réunion</translation>
    </message>
    <message>
        <source>It may have been deleted elsewhere, or it has ended, so it is no longer in the list.</source>
        <translation>Elle a peut-être été supprimée ailleurs, ou elle est terminée&#xa0;; elle ne figure donc plus dans la liste.</translation>
    </message>
    <message>
        <source>Zoom had a problem</source>
        <translation>Zoom a rencontré un problème</translation>
    </message>
    <message>
        <source>Unexpected answer from Zoom</source>
        <translation>Réponse inattendue de Zoom</translation>
    </message>
    <message>
        <source>This is a bug in zoomdesk.</source>
        <translation>Il s&apos;agit d&apos;un bogue de zoomdesk.</translation>
    </message>
    <message>
        <source>Can&apos;t save: {problems}</source>
        <translation>Enregistrement impossible&#xa0;: {problems}</translation>
    </message>
    <message>
        <source>this host</source>
        <translation>cet hôte</translation>
    </message>
    <message>
        <source>Daily limit reached</source>
        <translation>Limite quotidienne atteinte</translation>
    </message>
    <message>
        <source>Zoom turned the request away because too many arrived at once, even after waiting and retrying.</source>
        <translation>Zoom a refusé la requête parce que trop de requêtes sont arrivées en même temps, même après une attente et de nouvelles tentatives.</translation>
    </message>
    <message>
        <source>Fix the marked fields and save again.</source>
        <translation>Corrigez les champs signalés et enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>This meeting no longer exists</source>
        <translation>Cette réunion n&apos;existe plus</translation>
    </message>
    <message>
        <source>Zoom answered with a server error (HTTP {status}). Try again in a moment.</source>
        <translation>Zoom a répondu par une erreur serveur (HTTP {status}). Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}&#xa0;: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>{problems}; and %n more</source>
        <translation>
            <numerusform>{problems}&#xa0;; et %n autre</numerusform>
            <numerusform>{problems}&#xa0;; et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchedulerDiagnosis</name>
    <message>
        <source>This meeting does not take registrations</source>
        <translation>Cette réunion n&apos;accepte pas d&apos;inscriptions</translation>
    </message>
    <message>
        <source>Registrants exist only for meetings with registration (approval type 0 or 1).</source>
        <translation>Les inscrits n&apos;existent que pour les réunions avec inscription (approval type 0 ou 1).</translation>
    </message>
    <message>
        <source>Turn registration on (zoomdesk meetings update ID --set approval_type=0), then retry.</source>
        <translation>Activez l&apos;inscription (zoomdesk meetings update ID --set approval_type=0), puis réessayez.</translation>
    </message>
    <message>
        <source>Registrants can be added only to meetings with registration (approval type 0 or 1).</source>
        <translation>On ne peut ajouter des inscrits qu&apos;aux réunions avec inscription (approval type 0 ou 1).</translation>
    </message>
    <message>
        <source>Zoom does not know this registrant</source>
        <translation>Zoom ne connaît pas cet inscrit</translation>
    </message>
    <message>
        <source>The registrant was removed, or the ID or email belongs to another meeting.</source>
        <translation>L&apos;inscrit a été retiré, ou l&apos;ID ou l&apos;adresse e-mail appartient à une autre réunion.</translation>
    </message>
    <message>
        <source>List the registrants again (zoomdesk registrants list ID --status pending).</source>
        <translation>Affichez de nouveau la liste des inscrits (zoomdesk registrants list ID --status pending).</translation>
    </message>
    <message>
        <source>Zoom does not know one of these registrants</source>
        <translation>Zoom ne connaît pas l&apos;un de ces inscrits</translation>
    </message>
    <message>
        <source>Nothing was changed: Zoom refuses the whole batch when one registrant is unknown.</source>
        <translation>Rien n&apos;a été modifié&#xa0;: Zoom refuse tout le lot si un inscrit est inconnu.</translation>
    </message>
    <message>
        <source>List the registrants again and retry with the ones that exist.</source>
        <translation>Affichez de nouveau la liste des inscrits et réessayez avec ceux qui existent.</translation>
    </message>
    <message>
        <source>Zoom registers many at once only for one-time meetings</source>
        <translation>Zoom n&apos;inscrit plusieurs personnes à la fois que pour les réunions ponctuelles</translation>
    </message>
    <message>
        <source>batch_registrants works for scheduled meetings (type 2) only.</source>
        <translation>batch_registrants ne fonctionne que pour les réunions planifiées (type 2).</translation>
    </message>
    <message>
        <source>Add the registrants one by one (zoomdesk registrants import does this for you).</source>
        <translation>Ajoutez les inscrits un par un (zoomdesk registrants import le fait pour vous).</translation>
    </message>
    <message>
        <source>The meeting is over, so no one can register</source>
        <translation>La réunion est terminée, personne ne peut donc s&apos;inscrire</translation>
    </message>
    <message>
        <source>Zoom closes registration once a meeting has taken place.</source>
        <translation>Zoom ferme les inscriptions une fois la réunion passée.</translation>
    </message>
    <message>
        <source>Schedule a new meeting, or register people for a future occurrence.</source>
        <translation>Planifiez une nouvelle réunion, ou inscrivez les personnes à une occurrence future.</translation>
    </message>
    <message>
        <source>The meeting has reached its attendee capacity</source>
        <translation>La réunion a atteint sa capacité maximale de participants</translation>
    </message>
    <message>
        <source>Zoom allows as many registrants as the host&apos;s plan allows participants.</source>
        <translation>Zoom autorise autant d&apos;inscrits que le forfait de l&apos;hôte autorise de participants.</translation>
    </message>
    <message>
        <source>Remove registrants who will not come, or ask for a larger meeting capacity.</source>
        <translation>Retirez les inscrits qui ne viendront pas, ou demandez une capacité de réunion plus grande.</translation>
    </message>
    <message>
        <source>Everything else keeps working without it; zoomdesk falls back to its own text or Zoom&apos;s documented defaults.</source>
        <translation>Tout le reste fonctionne sans elle&#xa0;; zoomdesk utilise alors son propre texte ou les valeurs par défaut documentées par Zoom.</translation>
    </message>
    <message>
        <source>Everything else keeps working without it.</source>
        <translation>Tout le reste fonctionne sans elle.</translation>
    </message>
    <message>
        <source>In the Zoom App Marketplace ▸ Manage ▸ your app ▸ Scopes, add the scope, save, then get a new token.</source>
        <translation>Dans le Zoom App Marketplace ▸ Manage ▸ votre application ▸ Scopes, ajoutez l&apos;étendue (scope), enregistrez, puis obtenez un nouveau jeton.</translation>
    </message>
    <message>
        <source>To {operation}, add {scope}.</source>
        <translation>Pour «&#xa0;{operation}&#xa0;», ajoutez {scope}.</translation>
    </message>
    <message>
        <source>To {operation}, add {granular} (granular scopes) or {classic} (classic scopes).</source>
        <translation>Pour «&#xa0;{operation}&#xa0;», ajoutez {granular} (scopes granulaires) ou {classic} (scopes classiques).</translation>
    </message>
    <message>
        <source>The app lacks the scope to {operation}</source>
        <translation>Il manque à l&apos;application l&apos;étendue (scope) pour «&#xa0;{operation}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Scopes</name>
    <message>
        <source>All scopes zoomdesk needs are granted.</source>
        <translation>Toutes les étendues (scopes) dont zoomdesk a besoin sont accordées.</translation>
    </message>
    <message>
        <source>list users</source>
        <translation>lister les utilisateurs</translation>
    </message>
    <message>
        <source>get user</source>
        <translation>lire un utilisateur</translation>
    </message>
    <message>
        <source>list meetings</source>
        <translation>lister les réunions</translation>
    </message>
    <message>
        <source>get meeting</source>
        <translation>lire une réunion</translation>
    </message>
    <message>
        <source>create meeting</source>
        <translation>créer une réunion</translation>
    </message>
    <message>
        <source>update meeting</source>
        <translation>modifier une réunion</translation>
    </message>
    <message>
        <source>delete meeting</source>
        <translation>supprimer une réunion</translation>
    </message>
    <message>
        <source>read host settings</source>
        <translation>lire les paramètres de l&apos;hôte</translation>
    </message>
    <message>
        <source>get invitation</source>
        <translation>lire l&apos;invitation</translation>
    </message>
    <message>
        <source>list registrants</source>
        <translation>lister les inscrits</translation>
    </message>
    <message>
        <source>add registrant</source>
        <translation>ajouter un inscrit</translation>
    </message>
    <message>
        <source>approve or deny registrants</source>
        <translation>approuver ou refuser des inscrits</translation>
    </message>
    <message>
        <source>read registration questions</source>
        <translation>lire les questions d&apos;inscription</translation>
    </message>
    <message>
        <source>remove registrant</source>
        <translation>retirer un inscrit</translation>
    </message>
    <message>
        <source>register many</source>
        <translation>inscrire plusieurs personnes à la fois</translation>
    </message>
    <message>
        <source>list tracking fields</source>
        <translation>lister les champs de suivi</translation>
    </message>
    <message>
        <source>Missing scopes: {scopes} (needed to {operations}).</source>
        <translation>Étendues (scopes) manquantes&#xa0;: {scopes} (nécessaires pour&#xa0;: {operations}).</translation>
    </message>
    <message>
        <source>Optional, needed only when used — {list}.</source>
        <translation>Facultatives, nécessaires seulement si utilisées — {list}.</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>On Linux, install and unlock a Secret Service keyring (GNOME Keyring or KWallet); or pass the secret in the ZOOM_CLIENT_SECRET environment variable. zoomdesk never stores the secret in a file.</source>
        <translation>Sous Linux, installez et déverrouillez un trousseau Secret Service (GNOME Keyring ou KWallet)&#xa0;; ou passez le secret dans la variable d&apos;environnement ZOOM_CLIENT_SECRET. zoomdesk n&apos;enregistre jamais le secret dans un fichier.</translation>
    </message>
    <message>
        <source>No usable system keyring ({detail}).</source>
        <translation>Aucun trousseau système utilisable ({detail}).</translation>
    </message>
    <message>
        <source>No usable system keyring.</source>
        <translation>Aucun trousseau système utilisable.</translation>
    </message>
    <message>
        <source>The system keyring is locked or access was denied. Unlock it and retry.</source>
        <translation>Le trousseau système est verrouillé ou l&apos;accès a été refusé. Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>The system keyring failed: {error}</source>
        <translation>Le trousseau système a échoué&#xa0;: {error}</translation>
    </message>
    <message>
        <source>That secret is too long to store in the system keyring.</source>
        <translation>Ce secret est trop long pour être enregistré dans le trousseau système.</translation>
    </message>
    <message>
        <source>The system keyring did not answer within {seconds} s; it may be waiting for an unlock prompt. Unlock it and retry.</source>
        <translation>Le trousseau système n&apos;a pas répondu en {seconds}&#xa0;s&#xa0;; il attend peut-être un déverrouillage. Déverrouillez-le et réessayez.</translation>
    </message>
</context>
<context>
    <name>SessionLabel</name>
    <message>
        <source>Sandbox — not real Zoom</source>
        <translation>Bac à sable — pas le vrai Zoom</translation>
    </message>
    <message>
        <source>Credentials from the environment</source>
        <translation>Identifiants de l&apos;environnement</translation>
    </message>
    <message>
        <source>Profile: {profile} + environment</source>
        <translation>Profil&#xa0;: {profile} + environnement</translation>
    </message>
    <message>
        <source>Profile: {profile}</source>
        <translation>Profil&#xa0;: {profile}</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>No token yet</source>
        <translation>Pas encore de jeton</translation>
    </message>
    <message>
        <source>Token expired — renewed on the next request</source>
        <translation>Jeton expiré — renouvelé à la prochaine requête</translation>
    </message>
    <message>
        <source>Token valid &lt;1 min</source>
        <translation>Jeton valide &lt;1 min</translation>
    </message>
    <message>
        <source>{category}: {left} of {limit}</source>
        <translation>{category}&#xa0;: {left} sur {limit}</translation>
    </message>
    <message>
        <source>Token valid {minutes} min</source>
        <translation>Jeton valide {minutes} min</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Progression du chargement</translation>
    </message>
    <message>
        <source>Loading progress bar</source>
        <translation>Barre de progression du chargement</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Access token state</source>
        <translation>État du jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Dernière actualisation</translation>
    </message>
    <message>
        <source>Zoom requests left today</source>
        <translation>Requêtes Zoom restantes aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>{count} meeting(s) · updated {time}</source>
        <translation>
            <numerusform>{count} réunion · mise à jour à {time}</numerusform>
            <numerusform>{count} réunions · mise à jour à {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} meeting(s) · as of {time} — offline</source>
        <translation>
            <numerusform>{count} réunion · état à {time} — hors ligne</numerusform>
            <numerusform>{count} réunions · état à {time} — hors ligne</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom&apos;s daily request limits are the whole account&apos;s, shared by every desktop and app on it (X-RateLimit-Remaining). They reset at 00:00 UTC.</source>
        <translation>Les limites quotidiennes de requêtes de Zoom portent sur tout le compte et sont partagées par tous les ordinateurs et applications qui l&apos;utilisent (X-RateLimit-Remaining). Elles sont réinitialisées à 00:00 UTC.</translation>
    </message>
    <message>
        <source>Loading… {loaded} of {total}+</source>
        <translation>Chargement… {loaded} sur {total}+</translation>
    </message>
    <message>
        <source>Loading… {loaded} of {total}</source>
        <translation>Chargement… {loaded} sur {total}</translation>
    </message>
    <message numerus="yes">
        <source>{count} meeting(s) · as of {time} — not updated</source>
        <translation>
            <numerusform>{count} réunion · état à {time} — non mise à jour</numerusform>
            <numerusform>{count} réunions · état à {time} — non mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} meeting(s) · as of {time} — refreshing…</source>
        <translation>
            <numerusform>{count} réunion · état à {time} — actualisation…</numerusform>
            <numerusform>{count} réunions · état à {time} — actualisation…</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Left today · {limits}</source>
        <translation>Restant aujourd&apos;hui · {limits}</translation>
    </message>
    <message>
        <source>Loading… {loaded}</source>
        <translation>Chargement… {loaded}</translation>
    </message>
</context>
<context>
    <name>TokenStatus</name>
    <message numerus="yes">
        <source>api_url: {api_url} · issued {time} (%n min ago) · lifetime {minutes} min · {type}</source>
        <translation>
            <numerusform>api_url&#xa0;: {api_url} · émis à {time} (il y a %n min) · durée de vie {minutes} min · {type}</numerusform>
            <numerusform>api_url&#xa0;: {api_url} · émis à {time} (il y a %n min) · durée de vie {minutes} min · {type}</numerusform>
        </translation>
    </message>
    <message>
        <source>api_url: {api_url} · issued {time} (just now) · lifetime {minutes} min · {type}</source>
        <translation>api_url&#xa0;: {api_url} · émis à {time} (à l&apos;instant) · durée de vie {minutes} min · {type}</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Access token status</source>
        <translation>État du jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Token state and expiry</source>
        <translation>État et expiration du jeton</translation>
    </message>
    <message>
        <source>Token details</source>
        <translation>Détails du jeton</translation>
    </message>
    <message>
        <source>Granted scopes</source>
        <translation>Étendues (scopes) accordées</translation>
    </message>
    <message>
        <source>Missing scopes</source>
        <translation>Étendues (scopes) manquantes</translation>
    </message>
    <message>
        <source>Token request outcome</source>
        <translation>Résultat de la demande de jeton</translation>
    </message>
    <message>
        <source>Get a new &amp;token</source>
        <translation>Obtenir un nouveau &amp;jeton</translation>
    </message>
    <message>
        <source>Get a new token</source>
        <translation>Obtenir un nouveau jeton</translation>
    </message>
    <message>
        <source>Ask Zoom for a new access token</source>
        <translation>Demander un nouveau jeton d&apos;accès à Zoom</translation>
    </message>
    <message>
        <source>Rev&amp;eal…</source>
        <translation>Ré&amp;véler…</translation>
    </message>
    <message>
        <source>Reveal a secret</source>
        <translation>Révéler un secret</translation>
    </message>
    <message>
        <source>Client secret…</source>
        <translation>Secret client…</translation>
    </message>
    <message>
        <source>Access token…</source>
        <translation>Jeton d&apos;accès…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Scopes ({count}, classic): {names}</source>
        <translation>Étendues ({count}, classiques)&#xa0;: {names}</translation>
    </message>
    <message>
        <source>Scopes ({count}, granular): {names}</source>
        <translation>Étendues ({count}, granulaires)&#xa0;: {names}</translation>
    </message>
    <message>
        <source>Asking Zoom for a new token…</source>
        <translation>Demande d&apos;un nouveau jeton à Zoom…</translation>
    </message>
    <message>
        <source>Not connected: no credentials in use.</source>
        <translation>Non connecté&#xa0;: aucun identifiant utilisé.</translation>
    </message>
    <message>
        <source>No token yet: one is requested with the first call.</source>
        <translation>Pas encore de jeton&#xa0;: il sera demandé au premier appel.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Expired&lt;/b&gt; — the next call gets a new one</source>
        <translation>&lt;b&gt;Expiré&lt;/b&gt; — le prochain appel en obtiendra un nouveau</translation>
    </message>
    <message>
        <source>Nothing missing for what zoomdesk does.</source>
        <translation>Rien ne manque pour ce que fait zoomdesk.</translation>
    </message>
    <message>
        <source>Got a new token.</source>
        <translation>Nouveau jeton obtenu.</translation>
    </message>
    <message>
        <source>{problem} The exchange is in the list, with its diagnosis.</source>
        <translation>{problem} L&apos;échange figure dans la liste, avec son diagnostic.</translation>
    </message>
    <message>
        <source>Token URL: {url} · client ID {client_id} · account {account_id}</source>
        <translation>URL du jeton&#xa0;: {url} · ID client {client_id} · compte {account_id}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Valid&lt;/b&gt; — expires in {countdown} (at {time})</source>
        <translation>&lt;b&gt;Valide&lt;/b&gt; — expire dans {countdown} (à {time})</translation>
    </message>
    <message>
        <source>(none: https://api.zoom.us)</source>
        <translation>(aucune&#xa0;: https://api.zoom.us)</translation>
    </message>
    <message>
        <source>{scopes} (to {operation})</source>
        <translation>{scopes} (pour&#xa0;: {operation})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Missing:&lt;/b&gt; {scopes}</source>
        <translation>&lt;b&gt;Manquantes&#xa0;:&lt;/b&gt; {scopes}</translation>
    </message>
</context>
<context>
    <name>Tokens</name>
    <message>
        <source>the token endpoint did not return JSON</source>
        <translation>le point de terminaison des jetons n&apos;a pas renvoyé de JSON</translation>
    </message>
    <message>
        <source>the token response lacks access_token or expires_in</source>
        <translation>la réponse de jeton ne contient pas access_token ou expires_in</translation>
    </message>
</context>
<context>
    <name>TrackingRows</name>
    <message>
        <source>Tracking fields</source>
        <translation>Champs de suivi</translation>
    </message>
    <message>
        <source>Not shown to participants.</source>
        <translation>Non visible par les participants.</translation>
    </message>
    <message>
        <source>Required by the account: Zoom&apos;s web portal asks for it.</source>
        <translation>Exigé par le compte&#xa0;: le portail web de Zoom le demande.</translation>
    </message>
    <message>
        <source>{field} is required by the account.</source>
        <translation>{field} est exigé par le compte.</translation>
    </message>
    <message>
        <source>Recommended values; you may type another.</source>
        <translation>Valeurs recommandées&#xa0;; vous pouvez en saisir une autre.</translation>
    </message>
    <message>
        <source>Type a value for this field.</source>
        <translation>Saisissez une valeur pour ce champ.</translation>
    </message>
    <message>
        <source>Required by the account</source>
        <translation>Exigé par le compte</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <source>the host name could not be resolved; check the network and the base URL</source>
        <translation>le nom d&apos;hôte n&apos;a pas pu être résolu&#xa0;; vérifiez le réseau et l&apos;URL de base</translation>
    </message>
    <message>
        <source>the server&apos;s TLS certificate was not trusted; a proxy may be re-signing traffic with a CA that is not in the system&apos;s trust store</source>
        <translation>le certificat TLS du serveur n&apos;est pas approuvé&#xa0;; un proxy re-signe peut-être le trafic avec une autorité de certification absente du magasin de confiance du système</translation>
    </message>
    <message>
        <source>the proxy refused or failed the connection; check HTTPS_PROXY/NO_PROXY</source>
        <translation>le proxy a refusé la connexion ou a échoué&#xa0;; vérifiez HTTPS_PROXY/NO_PROXY</translation>
    </message>
    <message>
        <source>nothing is listening at that address</source>
        <translation>rien n&apos;écoute à cette adresse</translation>
    </message>
</context>
<context>
    <name>WallClock</name>
    <message>
        <source>{time} on {date} happens twice in {zone} (the clocks go back); the first is used ({first}), not the second ({second}).</source>
        <translation>{time} le {date} existe deux fois dans {zone} (on recule les horloges)&#xa0;; la première est utilisée ({first}), pas la seconde ({second}).</translation>
    </message>
    <message>
        <source>{time} on {date} does not exist in {zone}: the clocks go forward from {skipped} to {new} that day ({old_offset} to {new_offset}). Choose another time.</source>
        <translation>{time} le {date} n&apos;existe pas dans {zone}&#xa0;: ce jour-là, les horloges avancent de {skipped} à {new} ({old_offset} à {new_offset}). Choisissez une autre heure.</translation>
    </message>
    <message>
        <source>The year must be between {low} and {high}.</source>
        <translation>L&apos;année doit être comprise entre {low} et {high}.</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Explore with the sandbox</source>
        <translation>Explorer avec le bac à sable</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Welcome to zoomdesk</source>
        <translation>Bienvenue dans zoomdesk</translation>
    </message>
    <message>
        <source>Schedule, edit and tidy up your organisation&apos;s Zoom meetings from the desktop. zoomdesk connects through a Server-to-Server OAuth app that your Zoom admin creates in the Zoom App Marketplace.</source>
        <translation>Planifiez, modifiez et rangez les réunions Zoom de votre organisation depuis votre ordinateur. zoomdesk se connecte par une application OAuth Server-to-Server que votre administrateur Zoom crée dans le Zoom App Marketplace.</translation>
    </message>
    <message>
        <source>Connect to Zoom…</source>
        <translation>Se connecter à Zoom…</translation>
    </message>
    <message>
        <source>Connect to Zoom</source>
        <translation>Se connecter à Zoom</translation>
    </message>
    <message>
        <source>Enter the account ID, client ID and client secret of your Zoom app</source>
        <translation>Saisir l&apos;ID de compte, l&apos;ID client et le secret client de votre application Zoom</translation>
    </message>
    <message>
        <source>Try zoomdesk against a built-in simulation; not real Zoom</source>
        <translation>Essayer zoomdesk avec une simulation intégrée&#xa0;; pas le vrai Zoom</translation>
    </message>
    <message>
        <source>A built-in simulation of Zoom with sample users and meetings. Not real Zoom: nothing you do there reaches your account.</source>
        <translation>Une simulation intégrée de Zoom avec des utilisateurs et des réunions d&apos;exemple. Pas le vrai Zoom&#xa0;: rien de ce que vous y faites n&apos;atteint votre compte.</translation>
    </message>
    <message>
        <source>You need the account ID, client ID and client secret.</source>
        <translation>Vous avez besoin de l&apos;ID de compte, de l&apos;ID client et du secret client.</translation>
    </message>
</context>
<context>
    <name>ZonePicker</name>
    <message>
        <source>“{zone}” is always {offset}: it ignores daylight saving time, so the meeting moves by an hour for places that change their clocks. Choose a place instead (type a city, such as New York).</source>
        <translation>«&#xa0;{zone}&#xa0;» vaut toujours {offset}&#xa0;: l&apos;heure d&apos;été est ignorée, donc la réunion se décale d&apos;une heure pour les lieux qui changent d&apos;heure. Choisissez plutôt un lieu (saisissez une ville, par exemple Paris).</translation>
    </message>
</context>
</TS>
