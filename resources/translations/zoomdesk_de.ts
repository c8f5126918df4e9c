<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Schedule and edit Zoom meetings from the desktop through a Server-to-Server OAuth app.</source>
        <translation>Zoom-Meetings am Desktop über eine Server-to-Server-OAuth-App planen und bearbeiten.</translation>
    </message>
    <message>
        <source>About zoomdesk</source>
        <translation>Über zoomdesk</translation>
    </message>
    <message>
        <source>Settings: {folder}</source>
        <translation>Einstellungen: {folder}</translation>
    </message>
    <message>
        <source>Logs: {file}</source>
        <translation>Protokolle: {file}</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Neues Meeting…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;uplizieren…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Copy join &amp;link</source>
        <translation>Beitrittslin&amp;k kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;invitation</source>
        <translation>&amp;Einladung kopieren</translation>
    </message>
    <message>
        <source>&amp;Save as calendar file (.ics)…</source>
        <translation>Als Kalenderdatei &amp;speichern (.ics)…</translation>
    </message>
    <message>
        <source>Re&amp;gistrants…</source>
        <translation>&amp;Registranten…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;About zoomdesk</source>
        <translation>&amp;Über zoomdesk</translation>
    </message>
    <message>
        <source>&amp;Add profile…</source>
        <translation>Profil &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>Profil &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove profile…</source>
        <translation>Profil &amp;entfernen…</translation>
    </message>
    <message>
        <source>Schedule a new meeting</source>
        <translation>Ein neues Meeting planen</translation>
    </message>
    <message>
        <source>Open the selected meeting (Enter)</source>
        <translation>Das ausgewählte Meeting öffnen (Enter)</translation>
    </message>
    <message>
        <source>A new meeting like this one</source>
        <translation>Ein neues Meeting wie dieses</translation>
    </message>
    <message>
        <source>Delete the selected meeting</source>
        <translation>Das ausgewählte Meeting löschen</translation>
    </message>
    <message>
        <source>Copy the join link</source>
        <translation>Den Beitrittslink kopieren</translation>
    </message>
    <message>
        <source>Copy the invitation text to paste in an email</source>
        <translation>Den Einladungstext kopieren, um ihn in eine E-Mail einzufügen</translation>
    </message>
    <message>
        <source>Save the meeting as an iCalendar file for Outlook, Google or Apple Calendar</source>
        <translation>Das Meeting als iCalendar-Datei für Outlook, Google oder Apple Kalender speichern</translation>
    </message>
    <message>
        <source>Approve, deny, add and import the people registered for the selected meeting</source>
        <translation>Die Registranten des ausgewählten Meetings genehmigen, ablehnen, hinzufügen und importieren</translation>
    </message>
    <message>
        <source>Reload the list (F5)</source>
        <translation>Die Liste neu laden (F5)</translation>
    </message>
    <message>
        <source>Connect to a Zoom account</source>
        <translation>Mit einem Zoom-Konto verbinden</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Saving the form&apos;s recovery copy</source>
        <translation>Wiederherstellungskopie des Formulars speichern</translation>
    </message>
    <message>
        <source>The recovery copy of this form could not be saved.</source>
        <translation>Die Wiederherstellungskopie dieses Formulars konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>Banners</name>
    <message>
        <source>Sandbox — not real Zoom.</source>
        <translation>Sandbox — nicht das echte Zoom.</translation>
    </message>
    <message>
        <source>The users and meetings here are simulated on this computer: nothing you create, change or delete reaches Zoom, and it is all gone when zoomdesk closes.</source>
        <translation>Die Benutzer und Meetings hier werden auf diesem Computer simuliert: Nichts, was Sie erstellen, ändern oder löschen, erreicht Zoom, und alles ist weg, wenn zoomdesk geschlossen wird.</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Show error details</source>
        <translation>Fehlerdetails anzeigen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Details — zoomdesk</source>
        <translation>Details — zoomdesk</translation>
    </message>
    <message>
        <source>Sandbox — not real Zoom</source>
        <translation>Sandbox — nicht das echte Zoom</translation>
    </message>
</context>
<context>
    <name>Bulk</name>
    <message>
        <source>{value} is not a date and time like 2027-01-31 09:30 (YYYY-MM-DD HH:MM).</source>
        <translation>{value} ist kein Datum mit Uhrzeit wie 2027-01-31 09:30 (JJJJ-MM-TT HH:MM).</translation>
    </message>
    <message>
        <source>{value} is not a meeting type: use one-time, recurring or no-fixed-time.</source>
        <translation>{value} ist kein Meeting-Typ: Verwenden Sie one-time, recurring oder no-fixed-time.</translation>
    </message>
    <message>
        <source>{value} is not a weekday (Mon, Tue, … or 1 = Sun to 7 = Sat).</source>
        <translation>{value} ist kein Wochentag (Mon, Tue, … oder 1 = Sonntag bis 7 = Samstag).</translation>
    </message>
    <message>
        <source>The type is {type}, which does not repeat.</source>
        <translation>Der Typ ist {type}, der sich nicht wiederholt.</translation>
    </message>
    <message>
        <source>{value} is not a real date and time.</source>
        <translation>{value} ist kein gültiges Datum mit Uhrzeit.</translation>
    </message>
    <message>
        <source>repeat is {value}: use daily, weekly or monthly.</source>
        <translation>repeat ist {value}: Verwenden Sie daily, weekly oder monthly.</translation>
    </message>
    <message>
        <source>the column {name} appears twice</source>
        <translation>die Spalte {name} kommt zweimal vor</translation>
    </message>
    <message>
        <source>unknown column {name} (did you mean {names}?)</source>
        <translation>unbekannte Spalte {name} (meinten Sie {names}?)</translation>
    </message>
    <message>
        <source>the column &apos;host&apos; is missing (each row needs its host)</source>
        <translation>die Spalte &apos;host&apos; fehlt (jede Zeile braucht ihren Host)</translation>
    </message>
    <message>
        <source>Enter the host: an email address or a Zoom user ID.</source>
        <translation>Geben Sie den Host an: eine E-Mail-Adresse oder eine Zoom-Benutzer-ID.</translation>
    </message>
    <message>
        <source>{value} is not a meeting ID (digits only).</source>
        <translation>{value} ist keine Meeting-ID (nur Ziffern).</translation>
    </message>
    <message>
        <source>Unknown time zone {value}; use an IANA name like Europe/Berlin.</source>
        <translation>Unbekannte Zeitzone {value}; verwenden Sie einen IANA-Namen wie Europe/Berlin.</translation>
    </message>
    <message>
        <source>{value}: the year must be between {low} and {high}.</source>
        <translation>{value}: Das Jahr muss zwischen {low} und {high} liegen.</translation>
    </message>
    <message>
        <source>{value} is not a whole number ({column}).</source>
        <translation>{value} ist keine ganze Zahl ({column}).</translation>
    </message>
    <message>
        <source>repeat is empty: use daily, weekly or monthly.</source>
        <translation>repeat ist leer: Verwenden Sie daily, weekly oder monthly.</translation>
    </message>
    <message>
        <source>{value} is not a date like 2027-06-30.</source>
        <translation>{value} ist kein Datum wie 2027-06-30.</translation>
    </message>
    <message>
        <source>unknown column {name}</source>
        <translation>unbekannte Spalte {name}</translation>
    </message>
    <message>
        <source>{name} has no header row (the first line is empty)</source>
        <translation>{name} hat keine Kopfzeile (die erste Zeile ist leer)</translation>
    </message>
    <message>
        <source>cannot read {path}: {error}</source>
        <translation>{path} kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>{name} is not a readable CSV file: {error}</source>
        <translation>{name} ist keine lesbare CSV-Datei: {error}</translation>
    </message>
    <message>
        <source>line {line} has {cells} cells but the header has {columns} columns (a cell with a separator in it needs quotes)</source>
        <translation>Zeile {line} hat {cells} Zellen, die Kopfzeile aber {columns} Spalten (eine Zelle mit einem Trennzeichen darin braucht Anführungszeichen)</translation>
    </message>
    <message>
        <source>{rows} rows: {create} to create, {update} to update, {check} to check first (an earlier create&apos;s outcome was unknown), {skip} already done, {invalid} with problems.</source>
        <translation>{rows} Zeilen: {create} zu erstellen, {update} zu aktualisieren, {check} zuerst zu prüfen (das Ergebnis einer früheren Erstellung war unbekannt), {skip} bereits erledigt, {invalid} mit Problemen.</translation>
    </message>
    <message>
        <source>{count} wait until after {time} UTC (lines {lines})</source>
        <translation>{count} warten bis nach {time} UTC (Zeilen {lines})</translation>
    </message>
    <message>
        <source>{host}: {sends} to send; {used} of {limit} requests used today, {left} left; {waits}.</source>
        <translation>{host}: {sends} zu senden; heute {used} von {limit} Anfragen verbraucht, {left} übrig; {waits}.</translation>
    </message>
    <message>
        <source>{host}: {sends} to send; {used} of {limit} requests used today, {left} left.</source>
        <translation>{host}: {sends} zu senden; heute {used} von {limit} Anfragen verbraucht, {left} übrig.</translation>
    </message>
    <message>
        <source>No active user {host} in this account.</source>
        <translation>Kein aktiver Benutzer {host} in diesem Konto.</translation>
    </message>
    <message>
        <source>Same meeting ID as line {line}: it would be sent twice.</source>
        <translation>Gleiche Meeting-ID wie Zeile {line}: Sie würde doppelt gesendet.</translation>
    </message>
    <message>
        <source>Same host, topic and start as line {line}: it would be sent twice.</source>
        <translation>Gleicher Host, gleiches Thema und gleicher Beginn wie Zeile {line}: Sie würde doppelt gesendet.</translation>
    </message>
    <message>
        <source>No active user {host} in this account. Did you mean {names}?</source>
        <translation>Kein aktiver Benutzer {host} in diesem Konto. Meinten Sie {names}?</translation>
    </message>
    <message>
        <source>Another import is writing {name} right now; wait for it to finish (two at once could create the same meeting twice).</source>
        <translation>Ein anderer Import schreibt gerade {name}; warten Sie, bis er fertig ist (zwei gleichzeitig könnten dasselbe Meeting doppelt erstellen).</translation>
    </message>
    <message>
        <source>waits for the host&apos;s daily limit (Zoom): run the import again after {time} UTC</source>
        <translation>wartet auf das Tageslimit des Hosts (Zoom): Führen Sie den Import nach {time} UTC erneut aus</translation>
    </message>
    <message>
        <source>waits for the host&apos;s daily limit (the plan): run the import again after {time} UTC</source>
        <translation>wartet auf das Tageslimit des Hosts (Plan): Führen Sie den Import nach {time} UTC erneut aus</translation>
    </message>
    <message>
        <source>refused (429)</source>
        <translation>abgelehnt (429)</translation>
    </message>
    <message>
        <source>stopped while in flight</source>
        <translation>während der Übertragung abgebrochen</translation>
    </message>
    <message>
        <source>No meeting {meeting_id}.</source>
        <translation>Kein Meeting {meeting_id}.</translation>
    </message>
    <message>
        <source>created before as meeting {meeting_id}; this row has changed since: to change the meeting, put its ID in meeting_id</source>
        <translation>bereits als Meeting {meeting_id} erstellt; diese Zeile hat sich seitdem geändert: Um das Meeting zu ändern, tragen Sie seine ID in meeting_id ein</translation>
    </message>
    <message>
        <source>unexpected error: {error}</source>
        <translation>unerwarteter Fehler: {error}</translation>
    </message>
    <message>
        <source>cancelled before it was sent</source>
        <translation>vor dem Senden abgebrochen</translation>
    </message>
</context>
<context>
    <name>BulkMenu</name>
    <message>
        <source>Export meetings — zoomdesk</source>
        <translation>Meetings exportieren — zoomdesk</translation>
    </message>
    <message>
        <source>&amp;Import meetings…</source>
        <translation>Meetings &amp;importieren…</translation>
    </message>
    <message>
        <source>Create or update many meetings from a spreadsheet</source>
        <translation>Viele Meetings aus einer Tabelle erstellen oder aktualisieren</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the meetings in the list as a spreadsheet (CSV)</source>
        <translation>Die Meetings der Liste als Tabelle speichern (CSV)</translation>
    </message>
    <message>
        <source>Connect to a Zoom account first.</source>
        <translation>Verbinden Sie sich zuerst mit einem Zoom-Konto.</translation>
    </message>
    <message>
        <source>The list is empty: nothing to export</source>
        <translation>Die Liste ist leer: nichts zu exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Exporting the list</source>
        <translation>Liste exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n meeting(s) to {file}</source>
        <translation>
            <numerusform>%n Meeting nach {file} exportiert</numerusform>
            <numerusform>%n Meetings nach {file} exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>{task} failed: {error}</source>
        <translation>{task} fehlgeschlagen: {error}</translation>
    </message>
</context>
<context>
    <name>BulkPreview</name>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Check, then create</source>
        <translation>Prüfen, dann erstellen</translation>
    </message>
    <message>
        <source>Done before</source>
        <translation>Bereits erledigt</translation>
    </message>
    <message>
        <source>Fix the file</source>
        <translation>Datei korrigieren</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Will</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Einbezogen</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>Problem: {problem}</source>
        <translation>Problem: {problem}</translation>
    </message>
</context>
<context>
    <name>BulkWizard</name>
    <message>
        <source>Line {line}, {column}: {problem}</source>
        <translation>Zeile {line}, {column}: {problem}</translation>
    </message>
    <message>
        <source>Choose a spreadsheet — zoomdesk</source>
        <translation>Tabelle auswählen — zoomdesk</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Datei lesen</translation>
    </message>
    <message>
        <source>Importing meetings</source>
        <translation>Meetings importieren</translation>
    </message>
    <message>
        <source>Line {line}: {outcome}</source>
        <translation>Zeile {line}: {outcome}</translation>
    </message>
    <message numerus="yes">
        <source>{finished} of %n row(s): {counts}.</source>
        <translation>
            <numerusform>{finished} von %n Zeile: {counts}.</numerusform>
            <numerusform>{finished} von %n Zeilen: {counts}.</numerusform>
        </translation>
    </message>
    <message>
        <source>left out (unticked)</source>
        <translation>ausgelassen (nicht angehakt)</translation>
    </message>
    <message>
        <source>Import meetings — zoomdesk</source>
        <translation>Meetings importieren — zoomdesk</translation>
    </message>
    <message>
        <source>Import meetings</source>
        <translation>Meetings importieren</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>term.csv</source>
        <translation>semester.csv</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Zeilen der Datei</translation>
    </message>
    <message>
        <source>&amp;Reload the file</source>
        <translation>Datei &amp;neu laden</translation>
    </message>
    <message>
        <source>Read the file again after fixing it in your spreadsheet</source>
        <translation>Die Datei erneut lesen, nachdem Sie sie in Ihrer Tabellenkalkulation korrigiert haben</translation>
    </message>
    <message>
        <source>Problems of the selected row</source>
        <translation>Probleme der ausgewählten Zeile</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Der Plan</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>S&amp;topp</translation>
    </message>
    <message>
        <source>Send nothing more; what is already on its way finishes</source>
        <translation>Nichts mehr senden; was bereits unterwegs ist, wird abgeschlossen</translation>
    </message>
    <message>
        <source>Rows as they complete</source>
        <translation>Zeilen, sobald sie fertig sind</translation>
    </message>
    <message>
        <source>Rows not done</source>
        <translation>Nicht erledigte Zeilen</translation>
    </message>
    <message>
        <source>&amp;Open results file</source>
        <translation>Ergebnisdatei ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show in &amp;list</source>
        <translation>In der &amp;Liste zeigen</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Stopping: what is on its way finishes, nothing more is sent.</source>
        <translation>Wird angehalten: Was unterwegs ist, wird abgeschlossen, nichts weiter wird gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(und %n weiteres)</numerusform>
            <numerusform>(und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>What will be sent, host by host:</source>
        <translation>Was gesendet wird, Host für Host:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Rows in {file}: {rows}.</source>
        <translation>Zeilen in {file}: {rows}.</translation>
    </message>
    <message>
        <source>Choose a spreadsheet saved as CSV (UTF-8, comma or semicolon). Each row creates a meeting, or updates one when it has a {meeting_id}. Nothing is sent until you have seen the plan. The format: {doc}.</source>
        <translation>Wählen Sie eine als CSV gespeicherte Tabelle (UTF-8, Komma oder Semikolon). Jede Zeile erstellt ein Meeting oder aktualisiert eines, wenn sie eine {meeting_id} hat. Nichts wird gesendet, bevor Sie den Plan gesehen haben. Das Format: {doc}.</translation>
    </message>
    <message>
        <source>Left out (unticked): lines {lines}.</source>
        <translation>Ausgelassen (nicht angehakt): Zeilen {lines}.</translation>
    </message>
    <message>
        <source>{summary}. Every row&apos;s outcome is in {file}; importing the same file again resumes (done rows are skipped, nothing is created twice).</source>
        <translation>{summary}. Das Ergebnis jeder Zeile steht in {file}; wenn Sie dieselbe Datei erneut importieren, wird fortgesetzt (erledigte Zeilen werden übersprungen, nichts wird doppelt erstellt).</translation>
    </message>
    <message>
        <source>{task} failed: {error}</source>
        <translation>{task} fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>Rows with problems: {count}, marked in red (select a row or point at a cell to read why). Fix the file and reload, or untick those rows.</source>
        <translation>Zeilen mit Problemen: {count}, rot markiert (wählen Sie eine Zeile oder zeigen Sie auf eine Zelle, um den Grund zu lesen). Korrigieren Sie die Datei und laden Sie sie neu, oder entfernen Sie die Haken dieser Zeilen.</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Nichts zu tun</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n erledigt</numerusform>
            <numerusform>%n erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with outcome unknown</source>
        <translation>
            <numerusform>%n mit unbekanntem Ergebnis</numerusform>
            <numerusform>%n mit unbekanntem Ergebnis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for the daily limit</source>
        <translation>
            <numerusform>%n wartet auf das Tageslimit</numerusform>
            <numerusform>%n warten auf das Tageslimit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n nicht gesendet</numerusform>
            <numerusform>%n nicht gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems</source>
        <translation>
            <numerusform>%n mit Problemen</numerusform>
            <numerusform>%n mit Problemen</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>waiting for the daily limit</source>
        <translation>wartet auf das Tageslimit</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>with problems</source>
        <translation>mit Problemen</translation>
    </message>
    <message>
        <source>created meeting {id}</source>
        <translation>Meeting {id} erstellt</translation>
    </message>
    <message>
        <source>{status}: {error}</source>
        <translation>{status}: {error}</translation>
    </message>
    <message>
        <source>updated meeting {id}</source>
        <translation>Meeting {id} aktualisiert</translation>
    </message>
    <message>
        <source>unchanged: meeting {id}</source>
        <translation>unverändert: Meeting {id}</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>No fixed time</source>
        <translation>Keine feste Zeit</translation>
    </message>
</context>
<context>
    <name>CalendarControls</name>
    <message>
        <source>All hosts</source>
        <translation>Alle Hosts</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Work week</source>
        <translation>Arbeitswoche</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorheriger Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>Zu heute springen (T)</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Nächster Zeitraum</translation>
    </message>
    <message>
        <source>Shown period</source>
        <translation>Angezeigter Zeitraum</translation>
    </message>
    <message>
        <source>Calendar view</source>
        <translation>Kalenderansicht</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Hosts shown</source>
        <translation>Angezeigte Hosts</translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation>&amp;Nebeneinander</translation>
    </message>
    <message>
        <source>One lane per host (otherwise one colour and name per host)</source>
        <translation>Eine Spalte pro Host (sonst eine Farbe und ein Name pro Host)</translation>
    </message>
    <message>
        <source>Concurrent meetings allowed</source>
        <translation>Gleichzeitige Meetings erlaubt</translation>
    </message>
    <message>
        <source>The account has Zoom&apos;s concurrent-meetings add-on: a host&apos;s overlapping meetings are shown as information, not as a conflict</source>
        <translation>Das Konto hat das Zoom-Add-on für gleichzeitige Meetings: Überschneidungen eines Hosts werden als Hinweis gezeigt, nicht als Konflikt</translation>
    </message>
    <message>
        <source>Shorter hours</source>
        <translation>Stunden verkleinern</translation>
    </message>
    <message>
        <source>Taller hours</source>
        <translation>Stunden vergrößern</translation>
    </message>
    <message>
        <source>Anytime:</source>
        <translation>Jederzeit:</translation>
    </message>
    <message>
        <source>Meetings without a fixed time</source>
        <translation>Meetings ohne feste Zeit</translation>
    </message>
    <message>
        <source>Previous ({key})</source>
        <translation>Zurück ({key})</translation>
    </message>
    <message>
        <source>Next ({key})</source>
        <translation>Weiter ({key})</translation>
    </message>
    <message>
        <source>Shorter hours ({key})</source>
        <translation>Stunden verkleinern ({key})</translation>
    </message>
    <message>
        <source>Taller hours ({key})</source>
        <translation>Stunden vergrößern ({key})</translation>
    </message>
</context>
<context>
    <name>CalendarDrag</name>
    <message>
        <source>Recurring meeting — zoomdesk</source>
        <translation>Wiederkehrendes Meeting — zoomdesk</translation>
    </message>
    <message>
        <source>This &amp;occurrence</source>
        <translation>Diesen &amp;Termin</translation>
    </message>
    <message>
        <source>The whole &amp;series</source>
        <translation>Die ganze &amp;Serie</translation>
    </message>
    <message>
        <source>Opening “{topic}”</source>
        <translation>„{topic}“ öffnen</translation>
    </message>
    <message>
        <source>“{topic}” repeats. Change this occurrence or the series?</source>
        <translation>„{topic}“ wiederholt sich. Diesen Termin oder die ganze Serie ändern?</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <source>Show the meetings on a calendar ({key})</source>
        <translation>Meetings in einem Kalender anzeigen ({key})</translation>
    </message>
    <message>
        <source>No meeting selected</source>
        <translation>Kein Meeting ausgewählt</translation>
    </message>
    <message>
        <source>Checking for overlaps</source>
        <translation>Überschneidungen prüfen</translation>
    </message>
    <message>
        <source>Reading recurring meetings&apos; occurrences</source>
        <translation>Termine der wiederkehrenden Meetings lesen</translation>
    </message>
    <message>
        <source>{start}–{end} (your time)</source>
        <translation>{start}–{end} (Ihre Zeit)</translation>
    </message>
    <message>
        <source>Runs at the same time as “{topic}” ({day}, {start}–{end})</source>
        <translation>Läuft zur selben Zeit wie „{topic}“ ({day}, {start}–{end})</translation>
    </message>
    <message>
        <source>Overlaps “{topic}” ({day}, {start}–{end})</source>
        <translation>Überschneidet sich mit „{topic}“ ({day}, {start}–{end})</translation>
    </message>
    <message>
        <source>One occurrence of a recurring meeting</source>
        <translation>Ein Termin eines wiederkehrenden Meetings</translation>
    </message>
    <message>
        <source>Host: {host}</source>
        <translation>Host: {host}</translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <source>{request} returned an HTML page instead of Zoom&apos;s 204, not Zoom&apos;s answer; a proxy or captive portal may be in the way, so the change is not confirmed</source>
        <translation>{request} hat statt der 204 von Zoom eine HTML-Seite zurückgegeben, also nicht die Antwort von Zoom; möglicherweise ist ein Proxy oder Captive Portal dazwischen, daher ist die Änderung nicht bestätigt</translation>
    </message>
    <message numerus="yes">
        <source>{request} returned %n byte(s) ({type}) instead of Zoom&apos;s 204, not Zoom&apos;s answer; a proxy or captive portal may be in the way, so the change is not confirmed</source>
        <translation>
            <numerusform>{request} hat statt der 204 von Zoom %n Byte ({type}) zurückgegeben, also nicht die Antwort von Zoom; möglicherweise ist ein Proxy oder Captive Portal dazwischen, daher ist die Änderung nicht bestätigt</numerusform>
            <numerusform>{request} hat statt der 204 von Zoom %n Bytes ({type}) zurückgegeben, also nicht die Antwort von Zoom; möglicherweise ist ein Proxy oder Captive Portal dazwischen, daher ist die Änderung nicht bestätigt</numerusform>
        </translation>
    </message>
    <message>
        <source>an ID in the request path is empty</source>
        <translation>eine ID im Anfragepfad ist leer</translation>
    </message>
    <message numerus="yes">
        <source>{request} returned a body that is not valid JSON ({type}, %n byte(s)); it may have been cut off</source>
        <translation>
            <numerusform>{request} hat einen Inhalt zurückgegeben, der kein gültiges JSON ist ({type}, %n Byte); er wurde möglicherweise abgeschnitten</numerusform>
            <numerusform>{request} hat einen Inhalt zurückgegeben, der kein gültiges JSON ist ({type}, %n Bytes); er wurde möglicherweise abgeschnitten</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate limit reached</source>
        <translation>Ratenlimit erreicht</translation>
    </message>
    <message>
        <source>is empty; leave it out to change the whole series</source>
        <translation>ist leer; lassen Sie es weg, um die ganze Serie zu ändern</translation>
    </message>
    <message>
        <source>{request} returned an HTML page, not Zoom&apos;s JSON; a proxy or captive portal may be in the way</source>
        <translation>{request} hat eine HTML-Seite zurückgegeben, nicht das JSON von Zoom; möglicherweise ist ein Proxy oder Captive Portal dazwischen</translation>
    </message>
    <message>
        <source>{request} returned a non-JSON body ({type}), not Zoom&apos;s JSON; a proxy or captive portal may be in the way</source>
        <translation>{request} hat einen Inhalt ohne JSON ({type}) zurückgegeben, nicht das JSON von Zoom; möglicherweise ist ein Proxy oder Captive Portal dazwischen</translation>
    </message>
    <message>
        <source>interrupted before Zoom&apos;s answer was read ({error})</source>
        <translation>unterbrochen, bevor die Antwort von Zoom gelesen wurde ({error})</translation>
    </message>
    <message>
        <source>{what} did not hold the object Zoom documents ({error})</source>
        <translation>{what} enthielt nicht das Objekt, das Zoom dokumentiert ({error})</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>overlaps “{topic}” ({meeting_id}, occurrence {occurrence_id}) {start}–{end} UTC on {date}</source>
        <translation>überschneidet sich mit „{topic}“ ({meeting_id}, Termin {occurrence_id}) am {date}, {start}–{end} UTC</translation>
    </message>
    <message>
        <source>overlaps “{topic}” ({meeting_id}) {start}–{end} UTC on {date}</source>
        <translation>überschneidet sich mit „{topic}“ ({meeting_id}) am {date}, {start}–{end} UTC</translation>
    </message>
</context>
<context>
    <name>ConnectionReport</name>
    <message>
        <source>Enter a full URL, like https://zoom.us.</source>
        <translation>Geben Sie eine vollständige URL ein, etwa https://zoom.us.</translation>
    </message>
    <message>
        <source>Use https:// (plain http is only allowed for this computer).</source>
        <translation>Verwenden Sie https:// (einfaches http ist nur für diesen Computer erlaubt).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>Connected. Zoom issued an access token valid for %n minute(s).</source>
        <translation>
            <numerusform>Verbunden. Zoom hat ein Zugriffstoken ausgestellt, das %n Minute gültig ist.</numerusform>
            <numerusform>Verbunden. Zoom hat ein Zugriffstoken ausgestellt, das %n Minuten gültig ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom refused: {explanation}</source>
        <translation>Zoom hat abgelehnt: {explanation}</translation>
    </message>
    <message>
        <source>Enter a URL.</source>
        <translation>Geben Sie eine URL ein.</translation>
    </message>
    <message>
        <source>Not used by zoomdesk: {scopes}. Anyone who gets hold of this app&apos;s secret gets that power too, for nothing: ask your Zoom admin to remove these scopes from the app in the Zoom App Marketplace.</source>
        <translation>Von zoomdesk nicht verwendet: {scopes}. Wer an das Geheimnis dieser App gelangt, erhält diese Befugnisse ebenfalls, ohne jeden Nutzen: Bitten Sie Ihren Zoom-Administrator, diese Bereiche (Scopes) im Zoom App Marketplace aus der App zu entfernen.</translation>
    </message>
    <message>
        <source>The fewest scopes — to browse meetings: {browse}; to schedule them: {schedule}.</source>
        <translation>Die wenigsten Bereiche (Scopes) — zum Ansehen von Meetings: {browse}; zum Planen: {schedule}.</translation>
    </message>
    <message>
        <source>Details: {details}</source>
        <translation>Details: {details}</translation>
    </message>
    <message>
        <source>Scopes granted: {scopes}</source>
        <translation>Gewährte Bereiche (Scopes): {scopes}</translation>
    </message>
    <message>
        <source>Could not reach {url}. {problem}</source>
        <translation>{url} war nicht erreichbar. {problem}</translation>
    </message>
</context>
<context>
    <name>DebugPanel</name>
    <message>
        <source>HTTP debug panel</source>
        <translation>HTTP-Debug-Bereich</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Filter by path, method or status</source>
        <translation>Nach Pfad, Methode oder Status filtern</translation>
    </message>
    <message>
        <source>Filter exchanges</source>
        <translation>HTTP-Verkehr filtern</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Clear the exchange list</source>
        <translation>Liste des HTTP-Verkehrs leeren</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>Als c&amp;URL kopieren</translation>
    </message>
    <message>
        <source>Copy as cURL</source>
        <translation>Als cURL kopieren</translation>
    </message>
    <message>
        <source>E&amp;xport HAR…</source>
        <translation>HAR e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export HAR</source>
        <translation>HAR exportieren</translation>
    </message>
    <message>
        <source>Request do&amp;ctor…</source>
        <translation>Anfragen-Do&amp;ktor…</translation>
    </message>
    <message>
        <source>Request doctor</source>
        <translation>Anfragen-Doktor</translation>
    </message>
    <message>
        <source>Open the request doctor</source>
        <translation>Anfragen-Doktor öffnen</translation>
    </message>
    <message>
        <source>HTTP exchanges</source>
        <translation>HTTP-Verkehr</translation>
    </message>
    <message>
        <source>Exchange count and last action</source>
        <translation>Anzahl der Anfragen und letzte Aktion</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Cleared.</source>
        <translation>Geleert.</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s), {failed} failed ({shown} shown)</source>
        <translation>
            <numerusform>%n Anfrage, {failed} fehlgeschlagen ({shown} angezeigt)</numerusform>
            <numerusform>%n Anfragen, {failed} fehlgeschlagen ({shown} angezeigt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied as cURL (secret as $ZOOM_CLIENT_SECRET, token as $ZOOM_TOKEN).</source>
        <translation>Als cURL kopiert (Geheimnis als $ZOOM_CLIENT_SECRET, Token als $ZOOM_TOKEN).</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n exchange(s) as cURL.</source>
        <translation>
            <numerusform>%n Anfrage als cURL kopiert.</numerusform>
            <numerusform>%n Anfragen als cURL kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export HAR (secrets redacted)</source>
        <translation>HAR exportieren (Geheimnisse geschwärzt)</translation>
    </message>
    <message>
        <source>HAR files (*.har)</source>
        <translation>HAR-Dateien (*.har)</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s) ({shown} shown)</source>
        <translation>
            <numerusform>%n Anfrage ({shown} angezeigt)</numerusform>
            <numerusform>%n Anfragen ({shown} angezeigt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an exchange to copy it as cURL.</source>
        <translation>Wählen Sie eine Anfrage aus, um sie als cURL zu kopieren.</translation>
    </message>
    <message>
        <source>Select an exchange to export it.</source>
        <translation>Wählen Sie eine Anfrage aus, um sie zu exportieren.</translation>
    </message>
    <message>
        <source>Selected exchange</source>
        <translation>Ausgewählte Anfrage</translation>
    </message>
    <message>
        <source>All shown</source>
        <translation>Alle angezeigten</translation>
    </message>
    <message>
        <source>Selected exchange…</source>
        <translation>Ausgewählte Anfrage…</translation>
    </message>
    <message>
        <source>All shown…</source>
        <translation>Alle angezeigten…</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s), {failed} failed</source>
        <translation>
            <numerusform>%n Anfrage, {failed} fehlgeschlagen</numerusform>
            <numerusform>%n Anfragen, {failed} fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported {count} exchange(s) to {path} (redacted).</source>
        <translation>{count} Anfrage(n) nach {path} exportiert (geschwärzt).</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>HTTP debug panel — zoomdesk</source>
        <translation>HTTP-Debug-Bereich — zoomdesk</translation>
    </message>
</context>
<context>
    <name>DebugSeverity</name>
    <message>
        <source>✗ Problem</source>
        <translation>✗ Problem</translation>
    </message>
    <message>
        <source>! Warning</source>
        <translation>! Warnung</translation>
    </message>
    <message>
        <source>i Note</source>
        <translation>i Hinweis</translation>
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
        <translation>Sandbox starten</translation>
    </message>
    <message>
        <source>Starting zoomdesk</source>
        <translation>zoomdesk starten</translation>
    </message>
    <message>
        <source>It is no longer in the list.</source>
        <translation>Es ist nicht mehr in der Liste.</translation>
    </message>
    <message>
        <source>Checking the keyring</source>
        <translation>Schlüsselbund prüfen</translation>
    </message>
    <message>
        <source>Enter secret…</source>
        <translation>Geheimnis eingeben…</translation>
    </message>
    <message>
        <source>Add profile…</source>
        <translation>Profil hinzufügen…</translation>
    </message>
    <message>
        <source>Looking for unsaved meeting forms</source>
        <translation>Nach nicht gespeicherten Meeting-Formularen suchen</translation>
    </message>
    <message>
        <source>Connecting with “{profile}”</source>
        <translation>Mit „{profile}“ verbinden</translation>
    </message>
    <message>
        <source>Use the sandbox</source>
        <translation>Sandbox verwenden</translation>
    </message>
    <message>
        <source>Cannot connect: {problem}</source>
        <translation>Keine Verbindung möglich: {problem}</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>Profil bearbeiten…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Closing zoomdesk</source>
        <translation>zoomdesk schließen</translation>
    </message>
    <message>
        <source>HTTP exchanges</source>
        <translation>HTTP-Verkehr</translation>
    </message>
    <message>
        <source>Change history…</source>
        <translation>Änderungsverlauf…</translation>
    </message>
    <message>
        <source>Request &amp;doctor…</source>
        <translation>Anfragen-&amp;Doktor…</translation>
    </message>
    <message>
        <source>Check a token or API request of your own (cURL, raw HTTP, HAR, code)</source>
        <translation>Ein eigenes Token oder eine eigene API-Anfrage prüfen (cURL, rohes HTTP, HAR, Code)</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>The request never reached Zoom, so Zoom cannot trace it: fix the network first.</source>
        <translation>Die Anfrage hat Zoom nie erreicht, daher kann Zoom sie nicht nachverfolgen: Beheben Sie zuerst das Netzwerkproblem.</translation>
    </message>
    <message>
        <source>This answer is not one of the failures zoomdesk knows. Everything that was sent and received is in the Request and Response tabs (secrets masked).</source>
        <translation>Diese Antwort gehört nicht zu den Fehlern, die zoomdesk kennt. Alles, was gesendet und empfangen wurde, steht in den Reitern „Anfrage“ und „Antwort“ (Geheimnisse maskiert).</translation>
    </message>
    <message>
        <source>Read the response body for Zoom&apos;s own words; if it stays unclear, send Zoom support the details below.</source>
        <translation>Lesen Sie im Antworttext nach, was Zoom selbst schreibt; bleibt es unklar, senden Sie dem Zoom-Support die Angaben unten.</translation>
    </message>
    <message>
        <source>{request} worked: {status}.</source>
        <translation>{request} hat funktioniert: {status}.</translation>
    </message>
    <message>
        <source>time {time}; request {request}; answer {answer}</source>
        <translation>Zeit {time}; Anfrage {request}; Antwort {answer}</translation>
    </message>
    <message>
        <source>Zoom sent no tracking id (x-zm-trackingid), so this answer may come from a proxy rather than Zoom. If you ask Zoom for help ({url}), give: {details}.</source>
        <translation>Zoom hat keine Tracking-ID (x-zm-trackingid) gesendet; diese Antwort stammt also möglicherweise von einem Proxy und nicht von Zoom. Wenn Sie Zoom um Hilfe bitten ({url}), geben Sie an: {details}.</translation>
    </message>
    <message>
        <source>It worked this time, but may stop working.</source>
        <translation>Diesmal hat es funktioniert, kann aber aufhören zu funktionieren.</translation>
    </message>
    <message>
        <source>The answer is a web page, not Zoom&apos;s JSON</source>
        <translation>Die Antwort ist eine Webseite, nicht das JSON von Zoom</translation>
    </message>
    <message>
        <source>An HTML page came back instead of Zoom&apos;s JSON. Usually a company proxy, a Wi-Fi login page or a gateway answered in Zoom&apos;s place, or Zoom showed an error page.</source>
        <translation>Statt des JSON von Zoom kam eine HTML-Seite zurück. Meist hat ein Firmen-Proxy, eine WLAN-Anmeldeseite oder ein Gateway an Stelle von Zoom geantwortet, oder Zoom hat eine Fehlerseite gezeigt.</translation>
    </message>
    <message>
        <source>Open the Response tab to read the page; sign in to the network or check proxy settings, then retry.</source>
        <translation>Öffnen Sie den Reiter „Antwort“, um die Seite zu lesen; melden Sie sich im Netzwerk an oder prüfen Sie die Proxy-Einstellungen und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Retry reads. For a create, reload the meetings list first to avoid a duplicate.</source>
        <translation>Lesezugriffe wiederholen. Bei einem Anlegen laden Sie zuerst die Meeting-Liste neu, um ein Duplikat zu vermeiden.</translation>
    </message>
    <message>
        <source>Zoom&apos;s X-RateLimit-Remaining header is low; the next calls may get 429.</source>
        <translation>Der X-RateLimit-Remaining-Header von Zoom ist niedrig; die nächsten Aufrufe erhalten möglicherweise 429.</translation>
    </message>
    <message>
        <source>Slow down, or wait for the limit to reset.</source>
        <translation>Verlangsamen Sie, oder warten Sie, bis das Limit zurückgesetzt wird.</translation>
    </message>
    <message>
        <source>{request} got no answer.</source>
        <translation>{request} hat keine Antwort erhalten.</translation>
    </message>
    <message>
        <source>{request} failed: {status}. Likely cause: {cause}.</source>
        <translation>{request} ist fehlgeschlagen: {status}. Wahrscheinliche Ursache: {cause}.</translation>
    </message>
    <message>
        <source>{request} failed: {status}.</source>
        <translation>{request} ist fehlgeschlagen: {status}.</translation>
    </message>
    <message numerus="yes">
        <source>{request} worked: {status}, with %n warning(s).</source>
        <translation>
            <numerusform>{request} hat funktioniert: {status}, mit %n Warnung.</numerusform>
            <numerusform>{request} hat funktioniert: {status}, mit %n Warnungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>If you ask Zoom for help ({url}), give the tracking id {tracking_id} with: {details}. Never send the client secret or a token.</source>
        <translation>Wenn Sie Zoom um Hilfe bitten ({url}), geben Sie die Tracking-ID {tracking_id} an, zusammen mit: {details}. Senden Sie niemals das Client-Geheimnis oder ein Token.</translation>
    </message>
    <message>
        <source>Zoom answered HTTP {status} and zoomdesk does not recognise why</source>
        <translation>Zoom hat mit HTTP {status} geantwortet, und zoomdesk erkennt den Grund nicht</translation>
    </message>
    <message>
        <source>The answer had no body.</source>
        <translation>Die Antwort hatte keinen Inhalt.</translation>
    </message>
    <message>
        <source>The answer was cut off before its end</source>
        <translation>Die Antwort wurde vor ihrem Ende abgeschnitten</translation>
    </message>
    <message>
        <source>The answer is garbled JSON</source>
        <translation>Die Antwort ist fehlerhaftes JSON</translation>
    </message>
    <message>
        <source>The JSON body stops in the middle: the connection or a proxy cut it short. The request itself may have been carried out.</source>
        <translation>Der JSON-Inhalt bricht mittendrin ab: Die Verbindung oder ein Proxy hat ihn gekürzt. Die Anfrage selbst wurde möglicherweise ausgeführt.</translation>
    </message>
    <message>
        <source>The body claims to be JSON but cannot be read. The request itself may have been carried out.</source>
        <translation>Der Inhalt gibt sich als JSON aus, kann aber nicht gelesen werden. Die Anfrage selbst wurde möglicherweise ausgeführt.</translation>
    </message>
    <message numerus="yes">
        <source>The token lacks %n scope(s) zoomdesk uses</source>
        <translation>
            <numerusform>Dem Token fehlt %n Bereich (Scope), den zoomdesk nutzt</numerusform>
            <numerusform>Dem Token fehlen %n Bereiche (Scopes), die zoomdesk nutzt</numerusform>
        </translation>
    </message>
    <message>
        <source>Add them in the Zoom App Marketplace ▸ Manage ▸ your app ▸ Scopes, then get a new token.</source>
        <translation>Fügen Sie sie im Zoom App Marketplace ▸ Manage ▸ Ihre App ▸ Scopes hinzu und holen Sie dann ein neues Token.</translation>
    </message>
    <message>
        <source>{request} got no answer. Likely cause: {cause}.</source>
        <translation>{request} hat keine Antwort erhalten. Wahrscheinliche Ursache: {cause}.</translation>
    </message>
    <message>
        <source>Only {remaining} of {limit} calls left in this rate-limit window</source>
        <translation>Nur noch {remaining} von {limit} Aufrufen in diesem Ratenlimit-Zeitfenster</translation>
    </message>
    <message>
        <source>Body: {text}</source>
        <translation>Inhalt: {text}</translation>
    </message>
    <message>
        <source>Body starts: {text}</source>
        <translation>Inhalt beginnt: {text}</translation>
    </message>
    <message>
        <source>Body ends: …{text}</source>
        <translation>Inhalt endet: …{text}</translation>
    </message>
    <message>
        <source>Without {scopes}, zoomdesk cannot {operations}.</source>
        <translation>Ohne {scopes} kann zoomdesk Folgendes nicht: {operations}.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Granted: {scopes}</source>
        <translation>Gewährt: {scopes}</translation>
    </message>
</context>
<context>
    <name>DiagnosisView</name>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Copy diagnosis</source>
        <translation>Diagnose kopieren</translation>
    </message>
    <message>
        <source>Copy the diagnosis as text</source>
        <translation>Diagnose als Text kopieren</translation>
    </message>
    <message>
        <source>Copy tracking id</source>
        <translation>Tracking-ID kopieren</translation>
    </message>
    <message>
        <source>Copy Zoom&apos;s tracking id</source>
        <translation>Tracking-ID von Zoom kopieren</translation>
    </message>
    <message>
        <source>Select an exchange to see its diagnosis.</source>
        <translation>Wählen Sie eine Anfrage aus, um ihre Diagnose zu sehen.</translation>
    </message>
    <message>
        <source>For Zoom support</source>
        <translation>Für den Zoom-Support</translation>
    </message>
    <message>
        <source>&lt;b&gt;{severity}: {title}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{severity}: {title}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Fix:&lt;/b&gt; {fix}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Lösung:&lt;/b&gt; {fix}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Seen:&lt;/b&gt;&lt;br&gt;{seen}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Gesehen:&lt;/b&gt;&lt;br&gt;{seen}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nothing to report: the request and the answer look right.</source>
        <translation>Nichts zu beanstanden: Anfrage und Antwort sehen richtig aus.</translation>
    </message>
</context>
<context>
    <name>DoctorApi</name>
    <message>
        <source>The access token is sent in the query string</source>
        <translation>Das Zugriffstoken wird im Query-String gesendet</translation>
    </message>
    <message>
        <source>There is no Authorization header</source>
        <translation>Es gibt keinen Authorization-Header</translation>
    </message>
    <message>
        <source>The call uses API v1, which Zoom retired</source>
        <translation>Der Aufruf verwendet die API v1, die Zoom eingestellt hat</translation>
    </message>
    <message>
        <source>Replace /v1/ with /v2/ (check the endpoint&apos;s v2 name in Zoom&apos;s API reference).</source>
        <translation>Ersetzen Sie /v1/ durch /v2/ (prüfen Sie den v2-Namen des Endpunkts in der API-Referenz von Zoom).</translation>
    </message>
    <message>
        <source>The path does not start with /v2</source>
        <translation>Der Pfad beginnt nicht mit /v2</translation>
    </message>
    <message>
        <source>Zoom&apos;s API paths live under /v2 (for example /v2/users/me/meetings); without it Zoom answers 404.</source>
        <translation>Die API-Pfade von Zoom liegen unter /v2 (zum Beispiel /v2/users/me/meetings); ohne /v2 antwortet Zoom mit 404.</translation>
    </message>
    <message>
        <source>Move the parameters to the query string.</source>
        <translation>Verschieben Sie die Parameter in den Query-String.</translation>
    </message>
    <message>
        <source>The API body is form-encoded; Zoom&apos;s API expects JSON</source>
        <translation>Der API-Body ist formularkodiert; die Zoom-API erwartet JSON</translation>
    </message>
    <message>
        <source>Unlike the token endpoint, API calls (create or update a meeting, …) take a JSON body.</source>
        <translation>Anders als der Token-Endpunkt erwarten API-Aufrufe (ein Meeting erstellen oder ändern, …) einen JSON-Body.</translation>
    </message>
    <message>
        <source>Zoom reads a create or update body only as `application/json`. fetch() sends a string body as text/plain unless told otherwise, and PowerShell sends a POST body as a form.</source>
        <translation>Zoom liest den Body zum Erstellen oder Ändern nur als `application/json`. fetch() sendet einen String-Body ohne andere Angabe als text/plain, und PowerShell sendet einen POST-Body als Formular.</translation>
    </message>
    <message>
        <source>The API body has no Content-Type</source>
        <translation>Der API-Body hat keinen Content-Type</translation>
    </message>
    <message>
        <source>The body is not valid JSON</source>
        <translation>Der Body ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>Zoom answers 300 or 400 when the JSON cannot be parsed (a trailing comma, single quotes, an unescaped newline…).</source>
        <translation>Zoom antwortet mit 300 oder 400, wenn sich das JSON nicht lesen lässt (ein Komma am Ende, einfache Anführungszeichen, ein nicht maskierter Zeilenumbruch…).</translation>
    </message>
    <message>
        <source>Build the body with a JSON library rather than by hand.</source>
        <translation>Erzeugen Sie den Body mit einer JSON-Bibliothek statt von Hand.</translation>
    </message>
    <message>
        <source>The API call uses Basic authorization; it needs a Bearer token</source>
        <translation>Der API-Aufruf verwendet Basic-Autorisierung; er braucht ein Bearer-Token</translation>
    </message>
    <message>
        <source>The client ID and secret (Basic) are only for the token endpoint. API calls use the access token it returns; Zoom answers Basic with 401 code 124.</source>
        <translation>Client-ID und Client-Geheimnis (Basic) sind nur für den Token-Endpunkt. API-Aufrufe verwenden das Zugriffstoken, das er zurückgibt; auf Basic antwortet Zoom mit 401, Code 124.</translation>
    </message>
    <message>
        <source>Since February 2023 Zoom refuses access tokens passed as `?access_token=…`: it answers `{answer}`. URLs are also logged by proxies, so the token leaks.</source>
        <translation>Seit Februar 2023 lehnt Zoom Zugriffstokens ab, die als `?access_token=…` übergeben werden: Die Antwort ist `{answer}`. Außerdem protokollieren Proxys URLs, sodass das Token nach außen gelangt.</translation>
    </message>
    <message>
        <source>Send it in a header instead: `{header}`.</source>
        <translation>Senden Sie es stattdessen in einem Header: `{header}`.</translation>
    </message>
    <message>
        <source>Every Zoom API call needs the access token from /oauth/token as `{header}`.</source>
        <translation>Jeder Aufruf der Zoom-API braucht das Zugriffstoken von /oauth/token als `{header}`.</translation>
    </message>
    <message>
        <source>Get a token (POST /oauth/token) and send `{header}`.</source>
        <translation>Holen Sie ein Token (POST /oauth/token) und senden Sie `{header}`.</translation>
    </message>
    <message>
        <source>The Bearer token is empty</source>
        <translation>Das Bearer-Token ist leer</translation>
    </message>
    <message>
        <source>`Authorization: Bearer` must be followed by the access token. An empty value usually means the variable holding the token was never set.</source>
        <translation>Auf `Authorization: Bearer` muss das Zugriffstoken folgen. Ein leerer Wert bedeutet meist, dass die Variable mit dem Token nie gesetzt wurde.</translation>
    </message>
    <message>
        <source>Check the token request succeeded and its `access_token` is used.</source>
        <translation>Prüfen Sie, ob die Token-Anfrage erfolgreich war und ihr `access_token` verwendet wird.</translation>
    </message>
    <message>
        <source>Zoom&apos;s REST API is version 2: `{url}`.</source>
        <translation>Die REST-API von Zoom ist Version 2: `{url}`.</translation>
    </message>
    <message>
        <source>Build URLs as `{expression}`.</source>
        <translation>Bilden Sie URLs als `{expression}`.</translation>
    </message>
    <message>
        <source>A {method} request with a body</source>
        <translation>Eine {method}-Anfrage mit Body</translation>
    </message>
    <message>
        <source>Zoom ignores the body of a {method}; parameters of these calls go in the query string (for example ?page_size=300).</source>
        <translation>Zoom ignoriert den Body einer {method}-Anfrage; Parameter dieser Aufrufe gehören in den Query-String (zum Beispiel ?page_size=300).</translation>
    </message>
    <message>
        <source>Send `{header}` with a JSON object (Python `json=…`, axios: pass an object as data).</source>
        <translation>Senden Sie `{header}` mit einem JSON-Objekt (Python `json=…`, axios: ein Objekt als data übergeben).</translation>
    </message>
    <message>
        <source>The API body is sent as {type}; Zoom expects JSON</source>
        <translation>Der API-Body wird als {type} gesendet; Zoom erwartet JSON</translation>
    </message>
    <message>
        <source>Send `{header}`.</source>
        <translation>Senden Sie `{header}`.</translation>
    </message>
    <message>
        <source>Zoom needs `{header}` to read the body; without it the call fails with a validation error or the fields are ignored.</source>
        <translation>Zoom braucht `{header}`, um den Body zu lesen; ohne ihn scheitert der Aufruf mit einem Validierungsfehler, oder die Felder werden ignoriert.</translation>
    </message>
    <message>
        <source>Add `{header}`.</source>
        <translation>Fügen Sie `{header}` hinzu.</translation>
    </message>
    <message>
        <source>URL: {url}</source>
        <translation>URL: {url}</translation>
    </message>
    <message>
        <source>First POST /oauth/token, then send `{header}`.</source>
        <translation>Senden Sie zuerst POST /oauth/token und dann `{header}`.</translation>
    </message>
    <message>
        <source>The Authorization header does not use the Bearer scheme</source>
        <translation>Der Authorization-Header verwendet nicht das Bearer-Schema</translation>
    </message>
    <message>
        <source>Path: {path}</source>
        <translation>Pfad: {path}</translation>
    </message>
    <message>
        <source>Body: {body}</source>
        <translation>Body: {body}</translation>
    </message>
    <message>
        <source>Zoom expects `{header}`, but {problem}.</source>
        <translation>Zoom erwartet `{header}`, aber: {problem}.</translation>
    </message>
    <message>
        <source>Zoom expects `{header}`, but it differs.</source>
        <translation>Zoom erwartet `{header}`, aber der Header weicht davon ab.</translation>
    </message>
</context>
<context>
    <name>DoctorCompare</name>
    <message>
        <source>Parameters in: {where}</source>
        <translation>Parameter in: {where}</translation>
    </message>
    <message>
        <source>Changed lines</source>
        <translation>Geänderte Zeilen</translation>
    </message>
    <message>
        <source>Your request, as sent</source>
        <translation>Ihre Anfrage, wie gesendet</translation>
    </message>
    <message>
        <source>The corrected request</source>
        <translation>Die korrigierte Anfrage</translation>
    </message>
    <message>
        <source>Lines that differ are marked. Secrets are masked unless revealed.</source>
        <translation>Abweichende Zeilen sind markiert. Geheimnisse bleiben verdeckt, bis Sie sie aufdecken.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Code for the corrected request</source>
        <translation>Code für die korrigierte Anfrage</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Den Code kopieren</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>What changed from your code</source>
        <translation>Was sich gegenüber Ihrem Code geändert hat</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Korrigiert</translation>
    </message>
    <message>
        <source>{mark} marks a line that differs from your code</source>
        <translation>{mark} markiert eine Zeile, die von Ihrem Code abweicht</translation>
    </message>
    <message>
        <source>The secret and the token come from environment variables ({variables}); never paste them into code.</source>
        <translation>Geheimnis und Token kommen aus Umgebungsvariablen ({variables}); fügen Sie sie nie in Code ein.</translation>
    </message>
    <message>
        <source>Generated code for the corrected request ({language}).</source>
        <translation>Erzeugter Code für die korrigierte Anfrage ({language}).</translation>
    </message>
    <message>
        <source>Generated code in {language}: lines that differ from yours are marked in {own}.</source>
        <translation>Erzeugter Code in {language}: Abweichungen von Ihrem Code werden in {own} markiert.</translation>
    </message>
    <message>
        <source>Generated code in {language}.</source>
        <translation>Erzeugter Code in {language}.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) changed from your code (marked {mark} in the margin).</source>
        <translation>
            <numerusform>%n Zeile gegenüber Ihrem Code geändert (am Rand mit {mark} markiert).</numerusform>
            <numerusform>%n Zeilen gegenüber Ihrem Code geändert (am Rand mit {mark} markiert).</numerusform>
        </translation>
    </message>
    <message>
        <source>No line changed from your code.</source>
        <translation>Keine Zeile gegenüber Ihrem Code geändert.</translation>
    </message>
    <message>
        <source>Changed lines: {numbers}</source>
        <translation>Geänderte Zeilen: {numbers}</translation>
    </message>
</context>
<context>
    <name>DoctorFinding</name>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Seen: {item}</source>
        <translation>Gesehen: {item}</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Fix: {fix}</source>
        <translation>Lösung: {fix}</translation>
    </message>
</context>
<context>
    <name>DoctorInput</name>
    <message>
        <source>Your request</source>
        <translation>Ihre Anfrage</translation>
    </message>
    <message>
        <source>Paste a cURL command, a raw HTTP request, a HAR file or an axios, fetch, requests or httpx call</source>
        <translation>Fügen Sie einen cURL-Befehl, eine rohe HTTP-Anfrage, eine HAR-Datei oder einen Aufruf mit axios, fetch, requests oder httpx ein</translation>
    </message>
    <message>
        <source>(secret hidden)</source>
        <translation>(Geheimnis verborgen)</translation>
    </message>
    <message>
        <source>Paste here:
• a cURL command:  {curl}
• a raw HTTP request:  {raw}  + headers + body
• a HAR file from the browser&apos;s dev tools (or use Import HAR…)
• code:  {code}

Nothing is sent anywhere until you press a Replay button.</source>
        <translation>Hier einfügen:
• einen cURL-Befehl:  {curl}
• eine rohe HTTP-Anfrage:  {raw}  + Header + Body
• eine HAR-Datei aus den Entwicklertools des Browsers (oder HAR importieren…)
• Code:  {code}

Nichts wird gesendet, bis Sie eine Schaltfläche zum erneuten Senden drücken.</translation>
    </message>
</context>
<context>
    <name>DoctorIntegration</name>
    <message>
        <source>line {number}</source>
        <translation>Zeile {number}</translation>
    </message>
    <message>
        <source>The token is kept but never renewed, and a 401 is not handled</source>
        <translation>Das Token wird aufbewahrt, aber nie erneuert, und ein 401 wird nicht behandelt</translation>
    </message>
    <message>
        <source>Store the expiry with the token and renew it a few minutes before; on a 401 with code 124, get a new token and retry the call once.</source>
        <translation>Speichern Sie den Ablaufzeitpunkt mit dem Token und erneuern Sie es einige Minuten vorher; holen Sie bei einem 401 mit Code 124 ein neues Token und wiederholen Sie den Aufruf einmal.</translation>
    </message>
    <message>
        <source>API calls go to api.zoom.us although the account&apos;s own API host is known</source>
        <translation>API-Aufrufe gehen an api.zoom.us, obwohl der eigene API-Host des Kontos bekannt ist</translation>
    </message>
    <message>
        <source>Zoom&apos;s token answer carries `api_url`, the host for this account&apos;s region (for example https://api-eu.zoom.us); the code reads it or uses a regional host elsewhere, yet these calls hard-code api.zoom.us.</source>
        <translation>Die Token-Antwort von Zoom enthält `api_url`, den Host für die Region dieses Kontos (zum Beispiel https://api-eu.zoom.us); der Code liest ihn oder verwendet an anderer Stelle einen regionalen Host, doch diese Aufrufe haben api.zoom.us fest eingetragen.</translation>
    </message>
    <message>
        <source>Build API URLs from `api_url` + &apos;/v2&apos; (fall back to https://api.zoom.us).</source>
        <translation>Bilden Sie API-URLs aus `api_url` + &apos;/v2&apos; (mit https://api.zoom.us als Rückfall).</translation>
    </message>
    <message>
        <source>{call} in {function}</source>
        <translation>{call} in {function}</translation>
    </message>
    <message>
        <source>A new access token is fetched for every API call</source>
        <translation>Für jeden API-Aufruf wird ein neues Zugriffstoken geholt</translation>
    </message>
    <message>
        <source>Keep the token and its expiry time; request a new one only when it is about to expire (and once after a 401 with code 124). The cached version comes with this report.</source>
        <translation>Bewahren Sie das Token und seinen Ablaufzeitpunkt auf; fordern Sie nur dann ein neues an, wenn es bald abläuft (und einmal nach einem 401 mit Code 124). Die Version mit Zwischenspeicher liegt diesem Bericht bei.</translation>
    </message>
    <message>
        <source>A secret is written into the source code</source>
        <translation>Ein Geheimnis steht im Quellcode</translation>
    </message>
    <message>
        <source>Anyone who can read the code, its history or a pasted copy has it. The values are masked in this report.</source>
        <translation>Wer den Code, seine Historie oder eine eingefügte Kopie lesen kann, hat es. In diesem Bericht sind die Werte maskiert.</translation>
    </message>
    <message>
        <source>Read it from an environment variable or a secret store (ZOOM_CLIENT_SECRET), and regenerate the secret in the Zoom App Marketplace if this code was shared.</source>
        <translation>Lesen Sie es aus einer Umgebungsvariablen oder einem Geheimnisspeicher (ZOOM_CLIENT_SECRET), und erzeugen Sie das Geheimnis im Zoom App Marketplace neu, falls dieser Code weitergegeben wurde.</translation>
    </message>
    <message>
        <source>(the loop)</source>
        <translation>(die Schleife)</translation>
    </message>
    <message>
        <source>The code stores the access token and uses it for every later call, but checks neither its expiry (`expires_in`, one hour) nor Zoom&apos;s answer when it has expired (`{answer}`). A long-running process works for an hour, then every call fails.</source>
        <translation>Der Code speichert das Zugriffstoken und verwendet es für alle späteren Aufrufe, prüft aber weder seinen Ablauf (`expires_in`, eine Stunde) noch die Antwort von Zoom nach dem Ablauf (`{answer}`). Ein lang laufender Prozess funktioniert eine Stunde lang, danach scheitert jeder Aufruf.</translation>
    </message>
    <message>
        <source>API calls run in a loop with no handling of 429 (rate limit)</source>
        <translation>API-Aufrufe laufen in einer Schleife ohne Behandlung von 429 (Ratenlimit)</translation>
    </message>
    <message>
        <source>Zoom limits requests per second (and creates/updates per day); in a loop the calls soon get `429 Too Many Requests`. Without handling, the loop stops half-way or skips items.</source>
        <translation>Zoom begrenzt die Anfragen pro Sekunde (und Erstellungen/Änderungen pro Tag); in einer Schleife erhalten die Aufrufe bald `429 Too Many Requests`. Ohne Behandlung bricht die Schleife mittendrin ab oder überspringt Einträge.</translation>
    </message>
    <message>
        <source>On 429, wait for the `Retry-After` header&apos;s time (or a short backoff) and retry; stop on the daily limit (its Retry-After is the next UTC midnight).</source>
        <translation>Warten Sie bei 429 die Zeit aus dem Header `Retry-After` ab (oder kurz) und versuchen Sie es erneut; beim Tageslimit hören Sie auf (sein Retry-After ist die nächste Mitternacht UTC).</translation>
    </message>
    <message>
        <source>A meeting create (POST) is retried after a failure or timeout</source>
        <translation>Das Erstellen eines Meetings (POST) wird nach einem Fehler oder einer Zeitüberschreitung wiederholt</translation>
    </message>
    <message>
        <source>A create whose answer was lost (a timeout, a dropped connection, a 5xx from a gateway) may still have created the meeting: retrying it blindly makes duplicates that staff then have to find and delete.</source>
        <translation>Ein Erstellen, dessen Antwort verloren ging (Zeitüberschreitung, abgebrochene Verbindung, 5xx von einem Gateway), kann das Meeting trotzdem angelegt haben: Blindes Wiederholen erzeugt Duplikate, die das Personal dann suchen und löschen muss.</translation>
    </message>
    <message>
        <source>Never retry a POST create automatically. After a timeout, list the host&apos;s meetings and look for one with the same topic and start time before trying again; retry only 429 (Zoom did not act).</source>
        <translation>Wiederholen Sie ein Erstellen per POST nie automatisch. Listen Sie nach einer Zeitüberschreitung die Meetings des Hosts auf und suchen Sie eines mit demselben Thema und derselben Startzeit, bevor Sie es erneut versuchen; wiederholen Sie nur bei 429 (Zoom hat nichts getan).</translation>
    </message>
    <message>
        <source>Zoom returns lists in pages (30 records by default, `page_size` at most 300) with a `next_page_token`; the code never sends it back, so anything after the first page is missing.</source>
        <translation>Zoom liefert Listen seitenweise (standardmäßig 30 Einträge, `page_size` höchstens 300) mit einem `next_page_token`; der Code sendet ihn nie zurück, daher fehlt alles nach der ersten Seite.</translation>
    </message>
    <message>
        <source>Loop: repeat the call with `next_page_token` from the previous answer until it comes back empty.</source>
        <translation>Schleife: Wiederholen Sie den Aufruf mit dem `next_page_token` der vorigen Antwort, bis er leer zurückkommt.</translation>
    </message>
    <message>
        <source>Each API call goes through {path}, which sends the token request again. Zoom&apos;s tokens are valid for an hour: fetching one per call doubles the requests, runs into the token endpoint&apos;s rate limits under load and slows every call.</source>
        <translation>Jeder API-Aufruf läuft über {path}, das die Token-Anfrage erneut sendet. Tokens von Zoom sind eine Stunde gültig: Eines pro Aufruf zu holen verdoppelt die Anfragen, stößt unter Last an die Ratenlimits des Token-Endpunkts und verlangsamt jeden Aufruf.</translation>
    </message>
    <message>
        <source>Only the first page of {path} is read</source>
        <translation>Nur die erste Seite von {path} wird gelesen</translation>
    </message>
</context>
<context>
    <name>DoctorLint</name>
    <message>
        <source>The request goes to {host}; token requests go to {right}</source>
        <translation>Die Anfrage geht an {host}; Token-Anfragen gehen an {right}</translation>
    </message>
    <message>
        <source>{host} is a Zoom host, but not the one that answers token requests.</source>
        <translation>{host} ist ein Host von Zoom, aber nicht der, der Token-Anfragen beantwortet.</translation>
    </message>
    <message>
        <source>The request goes to {host}; API calls go to {right}</source>
        <translation>Die Anfrage geht an {host}; API-Aufrufe gehen an {right}</translation>
    </message>
    <message>
        <source>{host} is a Zoom host, but not the one that answers API calls.</source>
        <translation>{host} ist ein Host von Zoom, aber nicht der, der API-Aufrufe beantwortet.</translation>
    </message>
    <message>
        <source>{host} is not a Zoom host. That is fine for a proxy or gateway you run, otherwise the request never reaches Zoom.</source>
        <translation>{host} ist kein Host von Zoom. Für einen eigenen Proxy oder ein eigenes Gateway ist das in Ordnung, sonst erreicht die Anfrage Zoom nie.</translation>
    </message>
    <message>
        <source>Zoom&apos;s token endpoint is exactly /oauth/token (no trailing slash, no /oauth2/).</source>
        <translation>Der Token-Endpunkt von Zoom ist genau /oauth/token (ohne Schrägstrich am Ende, kein /oauth2/).</translation>
    </message>
    <message>
        <source>The request has no host</source>
        <translation>Die Anfrage hat keinen Host</translation>
    </message>
    <message>
        <source>Use the full URL.</source>
        <translation>Verwenden Sie die vollständige URL.</translation>
    </message>
    <message>
        <source>The request uses http://, not https://</source>
        <translation>Die Anfrage verwendet http://, nicht https://</translation>
    </message>
    <message>
        <source>Zoom only serves HTTPS; over plain HTTP the credentials travel unencrypted and Zoom redirects or refuses the call.</source>
        <translation>Zoom antwortet nur über HTTPS; über einfaches HTTP werden die Zugangsdaten unverschlüsselt übertragen, und Zoom leitet den Aufruf um oder lehnt ihn ab.</translation>
    </message>
    <message>
        <source>Use https://.</source>
        <translation>Verwenden Sie https://.</translation>
    </message>
    <message>
        <source>Use {url}.</source>
        <translation>Verwenden Sie {url}.</translation>
    </message>
    <message>
        <source>This is neither a token request nor a Zoom API call</source>
        <translation>Das ist weder eine Token-Anfrage noch ein Aufruf der Zoom-API</translation>
    </message>
    <message>
        <source>The doctor knows Zoom&apos;s token endpoint (`POST https://zoom.us/oauth/token`) and the REST API (`https://api.zoom.us/v2/…`).</source>
        <translation>Der Anfragen-Doktor kennt den Token-Endpunkt von Zoom (`POST https://zoom.us/oauth/token`) und die REST-API (`https://api.zoom.us/v2/…`).</translation>
    </message>
    <message>
        <source>Paste the request that goes to /oauth/token or to /v2/….</source>
        <translation>Fügen Sie die Anfrage ein, die an /oauth/token oder an /v2/… geht.</translation>
    </message>
    <message>
        <source>The token path is {path}; it must be /oauth/token</source>
        <translation>Der Token-Pfad ist {path}; er muss /oauth/token lauten</translation>
    </message>
    <message>
        <source>POST to {url}.</source>
        <translation>Senden Sie einen POST an {url}.</translation>
    </message>
    <message>
        <source>The URL must be absolute, like {example}.</source>
        <translation>Die URL muss absolut sein, zum Beispiel {example}.</translation>
    </message>
    <message>
        <source>The token request goes to {host}</source>
        <translation>Die Token-Anfrage geht an {host}</translation>
    </message>
    <message>
        <source>{host}/oauth/token works in practice, but Zoom&apos;s docs and SDK use {right}.</source>
        <translation>{host}/oauth/token funktioniert in der Praxis, aber die Dokumentation und das SDK von Zoom verwenden {right}.</translation>
    </message>
    <message>
        <source>Prefer {url}.</source>
        <translation>Verwenden Sie besser {url}.</translation>
    </message>
    <message>
        <source>URL: {url}</source>
        <translation>URL: {url}</translation>
    </message>
</context>
<context>
    <name>DoctorNetwork</name>
    <message>
        <source>The request got no HTTP answer</source>
        <translation>Die Anfrage hat keine HTTP-Antwort erhalten</translation>
    </message>
    <message>
        <source>The network failed before Zoom answered.</source>
        <translation>Das Netzwerk ist ausgefallen, bevor Zoom geantwortet hat.</translation>
    </message>
    <message>
        <source>Check the network connection and proxy settings, then retry.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und die Proxy-Einstellungen und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server&apos;s HTTPS certificate was not trusted</source>
        <translation>Dem HTTPS-Zertifikat des Servers wurde nicht vertraut</translation>
    </message>
    <message>
        <source>The secure connection was refused before anything was sent. This usually means a company proxy, firewall or antivirus re-signs HTTPS traffic with its own certificate authority that this computer does not trust; less often, the computer&apos;s clock is wrong or a Wi-Fi login page is intercepting traffic.</source>
        <translation>Die sichere Verbindung wurde abgelehnt, bevor etwas gesendet wurde. Meist bedeutet das, dass ein Firmen-Proxy, eine Firewall oder ein Virenschutz den HTTPS-Verkehr mit einer eigenen Zertifizierungsstelle neu signiert, der dieser Computer nicht vertraut; seltener geht die Uhr des Computers falsch oder eine WLAN-Anmeldeseite fängt den Verkehr ab.</translation>
    </message>
    <message>
        <source>Ask IT to install the company&apos;s root certificate in the system&apos;s certificate store (zoomdesk uses the operating system&apos;s store), check the date and time, or try another network. Do not turn certificate checks off.</source>
        <translation>Bitten Sie die IT, das Stammzertifikat der Firma im Zertifikatspeicher des Systems zu installieren (zoomdesk verwendet den Speicher des Betriebssystems), prüfen Sie Datum und Uhrzeit, oder versuchen Sie ein anderes Netzwerk. Schalten Sie die Zertifikatsprüfung nicht ab.</translation>
    </message>
    <message>
        <source>The proxy refused or failed the connection</source>
        <translation>Der Proxy hat die Verbindung abgelehnt oder konnte sie nicht herstellen</translation>
    </message>
    <message>
        <source>zoomdesk goes through the proxy named in HTTPS_PROXY / HTTP_PROXY / ALL_PROXY, and that proxy could not be reached or would not connect to Zoom.</source>
        <translation>zoomdesk geht über den Proxy aus HTTPS_PROXY / HTTP_PROXY / ALL_PROXY, und dieser Proxy war nicht erreichbar oder hat keine Verbindung zu Zoom hergestellt.</translation>
    </message>
    <message>
        <source>Check the proxy address and port in those environment variables (or remove them), whether the proxy needs a login, and NO_PROXY for hosts that must bypass it.</source>
        <translation>Prüfen Sie Adresse und Port des Proxys in diesen Umgebungsvariablen (oder entfernen Sie sie), ob der Proxy eine Anmeldung braucht, und NO_PROXY für Hosts, die ihn umgehen müssen.</translation>
    </message>
    <message>
        <source>The host name could not be found</source>
        <translation>Der Hostname wurde nicht gefunden</translation>
    </message>
    <message>
        <source>The computer could not look up the server&apos;s address: no network, a DNS problem, or a typo in the base URL.</source>
        <translation>Der Computer konnte die Adresse des Servers nicht ermitteln: kein Netzwerk, ein DNS-Problem oder ein Tippfehler in der Basis-URL.</translation>
    </message>
    <message>
        <source>Check the network connection and the OAuth / API URLs of the profile.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und die OAuth-/API-URLs des Profils.</translation>
    </message>
    <message>
        <source>Nothing answered at that address</source>
        <translation>Unter dieser Adresse hat nichts geantwortet</translation>
    </message>
    <message>
        <source>The connection was refused: the URL or port is wrong, the local sandbox is not running, or a firewall rejects it.</source>
        <translation>Die Verbindung wurde abgelehnt: URL oder Port sind falsch, die lokale Sandbox läuft nicht, oder eine Firewall weist sie ab.</translation>
    </message>
    <message>
        <source>Check the URL (https://zoom.us, https://api.zoom.us) and the network.</source>
        <translation>Prüfen Sie die URL (https://zoom.us, https://api.zoom.us) und das Netzwerk.</translation>
    </message>
    <message>
        <source>The connection could not be opened</source>
        <translation>Die Verbindung konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The network connection to the server failed before any data was sent.</source>
        <translation>Die Netzwerkverbindung zum Server ist fehlgeschlagen, bevor Daten gesendet wurden.</translation>
    </message>
    <message>
        <source>Check the network connection, firewall and proxy settings.</source>
        <translation>Prüfen Sie die Netzwerkverbindung sowie die Firewall- und Proxy-Einstellungen.</translation>
    </message>
    <message>
        <source>The server did not answer the connection in time</source>
        <translation>Der Server hat auf die Verbindung nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>A firewall may be silently dropping the traffic, or the network is down.</source>
        <translation>Möglicherweise verwirft eine Firewall den Verkehr stillschweigend, oder das Netzwerk ist ausgefallen.</translation>
    </message>
    <message>
        <source>Check the network, or whether a proxy is required (HTTPS_PROXY).</source>
        <translation>Prüfen Sie das Netzwerk oder ob ein Proxy nötig ist (HTTPS_PROXY).</translation>
    </message>
    <message>
        <source>The server accepted the request but did not answer in time</source>
        <translation>Der Server hat die Anfrage angenommen, aber nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>Zoom (or a proxy in front of it) was too slow. The request may have been carried out.</source>
        <translation>Zoom (oder ein vorgeschalteter Proxy) war zu langsam. Die Anfrage wurde möglicherweise ausgeführt.</translation>
    </message>
    <message>
        <source>Retry reads. For a meeting that was being created, list the host&apos;s meetings before retrying, to avoid a duplicate.</source>
        <translation>Wiederholen Sie Lesezugriffe. Bei einem Meeting, das gerade erstellt wurde, listen Sie vor dem erneuten Versuch die Meetings des Hosts auf, um ein Duplikat zu vermeiden.</translation>
    </message>
    <message>
        <source>The connection closed before a full answer arrived</source>
        <translation>Die Verbindung wurde geschlossen, bevor die vollständige Antwort ankam</translation>
    </message>
    <message>
        <source>The server or a proxy hung up mid-way. The request may have been carried out.</source>
        <translation>Der Server oder ein Proxy hat mittendrin aufgelegt. Die Anfrage wurde möglicherweise ausgeführt.</translation>
    </message>
    <message>
        <source>Retry reads. For a create, check the meetings list first, to avoid a duplicate.</source>
        <translation>Wiederholen Sie Lesezugriffe. Prüfen Sie bei einem Erstellen zuerst die Meeting-Liste, um ein Duplikat zu vermeiden.</translation>
    </message>
    <message>
        <source>The connection was reset</source>
        <translation>Die Verbindung wurde zurückgesetzt</translation>
    </message>
    <message>
        <source>The connection was cut by the network, a proxy or the server. The request may have been carried out.</source>
        <translation>Die Verbindung wurde vom Netzwerk, einem Proxy oder dem Server getrennt. Die Anfrage wurde möglicherweise ausgeführt.</translation>
    </message>
    <message>
        <source>Retry reads; for a create, check the meetings list first.</source>
        <translation>Wiederholen Sie Lesezugriffe; prüfen Sie bei einem Erstellen zuerst die Meeting-Liste.</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is about {hours} hours ahead of the server&apos;s</source>
        <translation>Die Uhr dieses Computers geht etwa {hours} Stunden gegenüber der des Servers vor</translation>
    </message>
    <message>
        <source>Error: {error}</source>
        <translation>Fehler: {error}</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is about {hours} hours behind the server&apos;s</source>
        <translation>Die Uhr dieses Computers geht etwa {hours} Stunden gegenüber der des Servers nach</translation>
    </message>
    <message>
        <source>The server&apos;s Date header and this computer&apos;s clock disagree by more than five minutes. A wrong clock breaks HTTPS certificate checks, makes token expiry times misleading, and confuses meeting start times.</source>
        <translation>Der Date-Header des Servers und die Uhr dieses Computers weichen um mehr als fünf Minuten voneinander ab. Eine falsche Uhr stört die Prüfung von HTTPS-Zertifikaten, macht die Ablaufzeiten von Tokens irreführend und bringt die Startzeiten von Meetings durcheinander.</translation>
    </message>
    <message>
        <source>Turn on automatic date and time (network time) in the system settings.</source>
        <translation>Schalten Sie in den Systemeinstellungen die automatische Datums- und Uhrzeiteinstellung (Netzwerkzeit) ein.</translation>
    </message>
    <message>
        <source>The proxy in use: {proxy}.</source>
        <translation>Verwendeter Proxy: {proxy}.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is about {minutes} minutes ahead of the server&apos;s</source>
        <translation>Die Uhr dieses Computers geht etwa {minutes} Minuten gegenüber der des Servers vor</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is about {minutes} minutes behind the server&apos;s</source>
        <translation>Die Uhr dieses Computers geht etwa {minutes} Minuten gegenüber der des Servers nach</translation>
    </message>
    <message>
        <source>{proxy} (from {variable})</source>
        <translation>{proxy} (aus {variable})</translation>
    </message>
    <message>
        <source>Server Date: {time} UTC</source>
        <translation>Datum laut Server: {time} UTC</translation>
    </message>
    <message>
        <source>Sent at (this computer): {time} UTC</source>
        <translation>Gesendet um (dieser Computer): {time} UTC</translation>
    </message>
    <message>
        <source>Proxy: {proxy}</source>
        <translation>Proxy: {proxy}</translation>
    </message>
</context>
<context>
    <name>DoctorParse</name>
    <message>
        <source>got code</source>
        <translation>got-Code</translation>
    </message>
    <message>
        <source>C# code</source>
        <translation>C#-Code</translation>
    </message>
    <message>
        <source>PowerShell code</source>
        <translation>PowerShell-Code</translation>
    </message>
    <message>
        <source>Paste a cURL command (`curl -X POST https://zoom.us/oauth/token …`), a raw HTTP request (`POST /oauth/token HTTP/1.1` + headers + body), a HAR file, or code that calls Zoom (axios, fetch, got, requests, httpx, aiohttp, C# HttpClient, PowerShell Invoke-RestMethod).</source>
        <translation>Fügen Sie einen cURL-Befehl (`curl -X POST https://zoom.us/oauth/token …`), eine rohe HTTP-Anfrage (`POST /oauth/token HTTP/1.1` + Header + Inhalt), eine HAR-Datei oder Code ein, der Zoom aufruft (axios, fetch, got, requests, httpx, aiohttp, C# HttpClient, PowerShell Invoke-RestMethod).</translation>
    </message>
    <message>
        <source>This is not a request zoomdesk can read. {help}</source>
        <translation>Dies ist keine Anfrage, die zoomdesk lesen kann. {help}</translation>
    </message>
    <message>
        <source>Nothing to check. {help}</source>
        <translation>Nichts zu prüfen. {help}</translation>
    </message>
    <message>
        <source>The URL {url} is not valid ({error}).</source>
        <translation>Die URL {url} ist ungültig ({error}).</translation>
    </message>
    <message>
        <source>axios code</source>
        <translation>axios-Code</translation>
    </message>
    <message>
        <source>Python code</source>
        <translation>Python-Code</translation>
    </message>
    <message>
        <source>fetch code</source>
        <translation>fetch-Code</translation>
    </message>
    <message>
        <source>No HTTP call with a URL the doctor can read was found in the code.</source>
        <translation>Im Code wurde kein HTTP-Aufruf mit einer URL gefunden, die der Anfragen-Doktor lesen kann.</translation>
    </message>
    <message>
        <source>The base URL comes from {expression}; assumed {host}.</source>
        <translation>Die Basis-URL stammt aus {expression}; angenommen wurde {host}.</translation>
    </message>
    <message>
        <source>This does not start with `curl`.</source>
        <translation>Dies beginnt nicht mit `curl`.</translation>
    </message>
    <message>
        <source>The cURL command has no URL.</source>
        <translation>Der cURL-Befehl hat keine URL.</translation>
    </message>
    <message>
        <source>The credentials are in the URL (`https://id:secret@…`); curl sends them as Basic authorization, but URLs end up in shell history and logs. Use `-u` instead.</source>
        <translation>Die Anmeldedaten stehen in der URL (`https://id:secret@…`); curl sendet sie als Basic-Autorisierung, aber URLs landen im Shell-Verlauf und in Protokollen. Verwenden Sie stattdessen `-u`.</translation>
    </message>
    <message>
        <source>The cURL command has unbalanced quotes ({error}).</source>
        <translation>Der cURL-Befehl hat unausgeglichene Anführungszeichen ({error}).</translation>
    </message>
    <message>
        <source>`{option}` is missing its value.</source>
        <translation>Bei `{option}` fehlt der Wert.</translation>
    </message>
    <message>
        <source>The URL is not valid ({error}).</source>
        <translation>Die URL ist ungültig ({error}).</translation>
    </message>
    <message>
        <source>The body is read from the file {file}; it could not be checked.</source>
        <translation>Der Inhalt wird aus der Datei {file} gelesen; er konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>`-k` turns off TLS certificate checks; never use it against Zoom.</source>
        <translation>`-k` schaltet die Prüfung der TLS-Zertifikate ab; verwenden Sie es nie gegenüber Zoom.</translation>
    </message>
    <message>
        <source>This JSON has no `log.entries`, so it is not a HAR file.</source>
        <translation>Dieses JSON hat kein `log.entries`, es ist also keine HAR-Datei.</translation>
    </message>
    <message>
        <source>The HAR file has no requests.</source>
        <translation>Die HAR-Datei enthält keine Anfragen.</translation>
    </message>
    <message>
        <source>The HAR file nests JSON too deeply to be read.</source>
        <translation>Die HAR-Datei verschachtelt JSON zu tief, um gelesen zu werden.</translation>
    </message>
    <message>
        <source>The HAR file is not valid JSON ({error}).</source>
        <translation>Die HAR-Datei ist kein gültiges JSON ({error}).</translation>
    </message>
    <message>
        <source>raw HTTP</source>
        <translation>Roh-HTTP</translation>
    </message>
    <message>
        <source>The first line is not an HTTP request line like `POST /oauth/token HTTP/1.1`.</source>
        <translation>Die erste Zeile ist keine HTTP-Anfragezeile wie `POST /oauth/token HTTP/1.1`.</translation>
    </message>
    <message>
        <source>The request has a path but no Host header, so the URL is unknown.</source>
        <translation>Die Anfrage hat einen Pfad, aber keinen Host-Header, daher ist die URL unbekannt.</translation>
    </message>
    <message>
        <source>Line {number} is not a header (`Name: value`): {line}</source>
        <translation>Zeile {number} ist kein Header (`Name: value`): {line}</translation>
    </message>
    <message>
        <source>it uses URL-safe Base64 (- and _); use standard Base64 (+ and /)</source>
        <translation>es verwendet URL-sicheres Base64 (- und _); verwenden Sie Standard-Base64 (+ und /)</translation>
    </message>
    <message>
        <source>its Base64 lacks the &apos;=&apos; padding at the end</source>
        <translation>seinem Base64 fehlt das &apos;=&apos;-Auffüllzeichen am Ende</translation>
    </message>
    <message>
        <source>the encoded text ends with a newline or space (for example `echo` without -n before base64)</source>
        <translation>der kodierte Text endet mit einem Zeilenumbruch oder Leerzeichen (zum Beispiel `echo` ohne -n vor base64)</translation>
    </message>
    <message>
        <source>the client ID part (before &apos;:&apos;) is empty</source>
        <translation>der Teil mit der Client-ID (vor &apos;:&apos;) ist leer</translation>
    </message>
    <message>
        <source>nothing follows &apos;Basic&apos;</source>
        <translation>nach &apos;Basic&apos; folgt nichts</translation>
    </message>
    <message>
        <source>the word &apos;Basic&apos; is repeated</source>
        <translation>das Wort &apos;Basic&apos; steht doppelt</translation>
    </message>
    <message>
        <source>client_id:client_secret is written in clear; it must be Base64-encoded</source>
        <translation>client_id:client_secret steht im Klartext; es muss Base64-kodiert sein</translation>
    </message>
    <message>
        <source>it decodes to a single value with no &apos;:&apos; (only the client ID, or only the secret, was encoded)</source>
        <translation>es ergibt dekodiert einen einzelnen Wert ohne &apos;:&apos; (nur die Client-ID oder nur das Geheimnis wurde kodiert)</translation>
    </message>
    <message>
        <source>the client secret part (after &apos;:&apos;) is empty</source>
        <translation>der Teil mit dem Client-Geheimnis (nach &apos;:&apos;) ist leer</translation>
    </message>
    <message>
        <source>the header is empty</source>
        <translation>der Header ist leer</translation>
    </message>
    <message>
        <source>it is not valid Base64</source>
        <translation>es ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>it is not valid Base64 of client_id:client_secret</source>
        <translation>es ist kein gültiges Base64 von client_id:client_secret</translation>
    </message>
    <message>
        <source>no token after &apos;Bearer&apos;</source>
        <translation>kein Token nach &apos;Bearer&apos;</translation>
    </message>
    <message>
        <source>unknown scheme {scheme}</source>
        <translation>unbekanntes Schema {scheme}</translation>
    </message>
    <message>
        <source>no closing quotation for the quote at character {position}</source>
        <translation>das Anführungszeichen an Zeichen {position} wird nicht geschlossen</translation>
    </message>
    <message>
        <source>This is a binary file, not a request or a HAR file.</source>
        <translation>Dies ist eine Binärdatei, keine Anfrage und keine HAR-Datei.</translation>
    </message>
    <message>
        <source>The file starts like UTF-16 text but is not.</source>
        <translation>Die Datei beginnt wie UTF-16-Text, ist es aber nicht.</translation>
    </message>
</context>
<context>
    <name>DoctorRender</name>
    <message>
        <source>… ({count} more characters not shown)</source>
        <translation>… ({count} weitere Zeichen nicht angezeigt)</translation>
    </message>
    <message>
        <source>{names}, … ({count} more)</source>
        <translation>{names}, … ({count} weitere)</translation>
    </message>
    <message>
        <source>… ({count} more headers not shown)</source>
        <translation>… ({count} weitere Header nicht angezeigt)</translation>
    </message>
    <message>
        <source>nowhere (no query string, empty body)</source>
        <translation>nirgends (kein Query-String, leerer Body)</translation>
    </message>
    <message>
        <source>(empty body)</source>
        <translation>(leerer Body)</translation>
    </message>
    <message>
        <source>JSON body (empty object)</source>
        <translation>JSON-Body (leeres Objekt)</translation>
    </message>
    <message>
        <source>query string ({names})</source>
        <translation>Query-String ({names})</translation>
    </message>
    <message>
        <source>form body ({names})</source>
        <translation>Formular-Body ({names})</translation>
    </message>
    <message>
        <source>JSON body ({names})</source>
        <translation>JSON-Body ({names})</translation>
    </message>
    <message>
        <source>body (unrecognised format)</source>
        <translation>Body (unbekanntes Format)</translation>
    </message>
</context>
<context>
    <name>DoctorReplay</name>
    <message>
        <source>Replay both against the &amp;sandbox</source>
        <translation>Beide an die Sand&amp;box senden</translation>
    </message>
    <message>
        <source>Replay both requests against the sandbox</source>
        <translation>Beide Anfragen erneut an die Sandbox senden</translation>
    </message>
    <message>
        <source>Replay both against &amp;Zoom…</source>
        <translation>Beide an &amp;Zoom senden…</translation>
    </message>
    <message>
        <source>Replay both requests against Zoom</source>
        <translation>Beide Anfragen erneut an Zoom senden</translation>
    </message>
    <message>
        <source>Your credentials are never sent: the target&apos;s own (the sandbox&apos;s, or your connection&apos;s) replace them wherever they travelled, so the replay tests the shape of the request. Against Zoom, two real requests are made.</source>
        <translation>Ihre Zugangsdaten werden nie gesendet: Die des Ziels (der Sandbox oder Ihrer Verbindung) ersetzen sie, wo immer sie standen; so prüft das erneute Senden die Form der Anfrage. Bei Zoom werden zwei echte Anfragen gestellt.</translation>
    </message>
    <message>
        <source>Nothing replayed yet.</source>
        <translation>Noch nichts erneut gesendet.</translation>
    </message>
    <message>
        <source>Replay status</source>
        <translation>Status des erneuten Sendens</translation>
    </message>
    <message>
        <source>Outcome of your request</source>
        <translation>Ergebnis Ihrer Anfrage</translation>
    </message>
    <message>
        <source>Outcome of the corrected request</source>
        <translation>Ergebnis der korrigierten Anfrage</translation>
    </message>
    <message>
        <source>&lt;b&gt;{method} {path} → {outcome}&lt;/b&gt; — failed</source>
        <translation>&lt;b&gt;{method} {path} → {outcome}&lt;/b&gt; — fehlgeschlagen</translation>
    </message>
    <message>
        <source>&lt;b&gt;{method} {path} → {outcome}&lt;/b&gt; — worked</source>
        <translation>&lt;b&gt;{method} {path} → {outcome}&lt;/b&gt; — erfolgreich</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Korrigiert</translation>
    </message>
    <message>
        <source>Replayed against {target}.</source>
        <translation>Erneut gesendet an: {target}.</translation>
    </message>
    <message>
        <source>Replaying the requests</source>
        <translation>Erneutes Senden der Anfragen</translation>
    </message>
    <message>
        <source>the sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Replay against Zoom?</source>
        <translation>Erneut an Zoom senden?</translation>
    </message>
    <message>
        <source>the current connection ({url})</source>
        <translation>aktuelle Verbindung ({url})</translation>
    </message>
    <message>
        <source>Zoom ({url})</source>
        <translation>Zoom ({url})</translation>
    </message>
    <message>
        <source>Connect with a stored profile first</source>
        <translation>Verbinden Sie sich zuerst mit einem gespeicherten Profil</translation>
    </message>
    <message>
        <source>Send both requests to {url}?</source>
        <translation>Beide Anfragen an {url} senden?</translation>
    </message>
    <message>
        <source>They are sent with the current connection&apos;s credentials (client ID {client_id}), not the ones you pasted. This makes two real requests to Zoom.</source>
        <translation>Sie werden mit den Zugangsdaten der aktuellen Verbindung gesendet (Client-ID {client_id}), nicht mit den eingefügten. Dabei werden zwei echte Anfragen an Zoom gestellt.</translation>
    </message>
    <message>
        <source>Sending both requests to {target}…</source>
        <translation>Beide Anfragen werden gesendet an: {target}…</translation>
    </message>
    <message>
        <source>Replayed against {target}: yours → {yours}; corrected → {fixed}.</source>
        <translation>Erneut gesendet an {target}: Ihre → {yours}; korrigierte → {fixed}.</translation>
    </message>
    <message>
        <source>Sends both requests to {url} with the current connection&apos;s credentials</source>
        <translation>Sendet beide Anfragen mit den Zugangsdaten der aktuellen Verbindung an {url}</translation>
    </message>
</context>
<context>
    <name>DoctorResponses</name>
    <message>
        <source>Zoom limits requests per second per account (shared by all its apps). This is short-lived: zoomdesk waits and retries a few times by itself.</source>
        <translation>Zoom begrenzt die Anfragen pro Sekunde und Konto (gemeinsam für alle Apps des Kontos). Das ist nur von kurzer Dauer: zoomdesk wartet und versucht es selbst einige Male erneut.</translation>
    </message>
    <message>
        <source>Zoom: {message}</source>
        <translation>Zoom: {message}</translation>
    </message>
    <message>
        <source>Too many requests per second (Zoom&apos;s per-second rate limit)</source>
        <translation>Zu viele Anfragen pro Sekunde (Ratenlimit von Zoom pro Sekunde)</translation>
    </message>
    <message>
        <source>Nothing to do unless it keeps happening; then run fewer things at once.</source>
        <translation>Nichts zu tun, solange es nicht ständig vorkommt; dann führen Sie weniger gleichzeitig aus.</translation>
    </message>
    <message>
        <source>in {hours} h {minutes} min</source>
        <translation>in {hours} h {minutes} min</translation>
    </message>
    <message>
        <source>in {minutes} min {seconds} s</source>
        <translation>in {minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>This host reached Zoom&apos;s limit of 100 meeting creates/updates a day</source>
        <translation>Dieser Host hat das Zoom-Limit von 100 erstellten/geänderten Meetings pro Tag erreicht</translation>
    </message>
    <message>
        <source>Wait until the reset, or spread the work over other host users.</source>
        <translation>Warten Sie bis zum Zurücksetzen, oder verteilen Sie die Arbeit auf andere Hosts.</translation>
    </message>
    <message>
        <source>The account reached Zoom&apos;s daily limit for this kind of call</source>
        <translation>Das Konto hat das Tageslimit von Zoom für diese Art von Aufruf erreicht</translation>
    </message>
    <message>
        <source>Wait until the reset time. If it happens often, reduce how often the data is reloaded, or ask Zoom about a higher plan.</source>
        <translation>Warten Sie bis zum Zeitpunkt des Zurücksetzens. Wenn es oft vorkommt, laden Sie die Daten seltener neu, oder fragen Sie Zoom nach einem höheren Tarif.</translation>
    </message>
    <message>
        <source>Zoom asked to wait until {time} UTC ({seconds} s).</source>
        <translation>Zoom hat gebeten, bis {time} UTC zu warten ({seconds} s).</translation>
    </message>
    <message>
        <source>Zoom allows 100 create or update requests per day for the meetings of one host user. It resets at 00:00 UTC: {reset}.</source>
        <translation>Zoom erlaubt pro Tag 100 Erstell- oder Änderungsanfragen für die Meetings eines Hosts. Das Limit wird um 00:00 UTC zurückgesetzt: {reset}.</translation>
    </message>
    <message>
        <source>Daily limits are shared by every app of the Zoom account and depend on the plan. Retrying now will not help; calls work again at {reset}.</source>
        <translation>Tageslimits teilen sich alle Apps des Zoom-Kontos, und sie hängen vom Tarif ab. Ein erneuter Versuch hilft jetzt nicht; Aufrufe funktionieren wieder ab {reset}.</translation>
    </message>
    <message>
        <source>list users</source>
        <translation>Benutzer auflisten</translation>
    </message>
    <message>
        <source>list meetings</source>
        <translation>Meetings auflisten</translation>
    </message>
    <message>
        <source>create meeting</source>
        <translation>Meeting erstellen</translation>
    </message>
    <message>
        <source>get user</source>
        <translation>Benutzer abrufen</translation>
    </message>
    <message>
        <source>get meeting</source>
        <translation>Meeting abrufen</translation>
    </message>
    <message>
        <source>update meeting</source>
        <translation>Meeting aktualisieren</translation>
    </message>
    <message>
        <source>delete meeting</source>
        <translation>Meeting löschen</translation>
    </message>
    <message>
        <source>Scopes are granted to the app, not to the user; they can also disappear when the app owner&apos;s role changes.</source>
        <translation>Bereiche (Scopes) werden der App gewährt, nicht dem Benutzer; sie können auch verschwinden, wenn sich die Rolle des App-Besitzers ändert.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>In the Zoom App Marketplace ▸ Manage ▸ your app ▸ Scopes, add the scope, save, then get a new token (the old one keeps the old scopes).</source>
        <translation>Fügen Sie den Bereich unter Zoom App Marketplace ▸ Manage ▸ Ihre App ▸ Scopes hinzu, speichern Sie und holen Sie dann ein neues Token (das alte behält die alten Bereiche).</translation>
    </message>
    <message>
        <source>Zoom refused the access token</source>
        <translation>Zoom hat das Zugriffstoken abgelehnt</translation>
    </message>
    <message>
        <source>The token is not valid for this API: cut off when copied, from another app or account, revoked, or the app was deactivated.</source>
        <translation>Das Token ist für diese API nicht gültig: beim Kopieren abgeschnitten, von einer anderen App oder einem anderen Konto, widerrufen, oder die App wurde deaktiviert.</translation>
    </message>
    <message>
        <source>Get a new token; if it keeps failing, check the app is still activated.</source>
        <translation>Holen Sie ein neues Token; wenn es weiter fehlschlägt, prüfen Sie, ob die App noch aktiviert ist.</translation>
    </message>
    <message>
        <source>Correct the named fields (lengths: topic 200, agenda 2000, passcode 10 characters of A-Z a-z 0-9 @ - _ *) and send again.</source>
        <translation>Korrigieren Sie die genannten Felder (Längen: Thema 200, Agenda 2000, Kenncode 10 Zeichen aus A-Z a-z 0-9 @ - _ *) und senden Sie erneut.</translation>
    </message>
    <message>
        <source>a scope</source>
        <translation>ein Bereich (Scope)</translation>
    </message>
    <message>
        <source>Zoom refuses access tokens sent in the query string</source>
        <translation>Zoom lehnt Zugriffstoken in der Abfragezeichenfolge (Query-String) ab</translation>
    </message>
    <message>
        <source>Since February 2023 the token must travel in the Authorization header.</source>
        <translation>Seit Februar 2023 muss das Token im Authorization-Header übertragen werden.</translation>
    </message>
    <message>
        <source>Send `Authorization: Bearer &lt;token&gt;` and remove ?access_token=….</source>
        <translation>Senden Sie `Authorization: Bearer &lt;token&gt;` und entfernen Sie ?access_token=….</translation>
    </message>
    <message>
        <source>The access token has expired</source>
        <translation>Das Zugriffstoken ist abgelaufen</translation>
    </message>
    <message>
        <source>Server-to-Server tokens last one hour and have no refresh token: a new one must be requested with the same account_credentials grant. zoomdesk does this by itself once when Zoom says the token expired.</source>
        <translation>Server-to-Server-Token gelten eine Stunde und haben kein Refresh-Token: Ein neues muss mit demselben account_credentials-Grant angefordert werden. zoomdesk tut dies einmal selbst, wenn Zoom meldet, dass das Token abgelaufen ist.</translation>
    </message>
    <message>
        <source>Get a new token (the button in Token status). Code that fetches a token once at start-up must fetch a new one before the hour is up.</source>
        <translation>Holen Sie ein neues Token (die Schaltfläche unter Token-Status). Code, der beim Start einmal ein Token holt, muss vor Ablauf der Stunde ein neues holen.</translation>
    </message>
    <message>
        <source>Zoom named no field.</source>
        <translation>Zoom hat kein Feld genannt.</translation>
    </message>
    <message>
        <source>Zoom rejected the request&apos;s values</source>
        <translation>Zoom hat die Werte der Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>The access token lacks the scope this call needs ({scopes})</source>
        <translation>Dem Zugriffstoken fehlt der Bereich (Scope), den dieser Aufruf braucht ({scopes})</translation>
    </message>
    <message>
        <source>Zoom: HTTP {status}, code {code}: {message}</source>
        <translation>Zoom: HTTP {status}, Code {code}: {message}</translation>
    </message>
    <message>
        <source>The user ID or email does not exist, or belongs to another Zoom account than the one the app is in. With Server-to-Server apps, &apos;me&apos; is the app&apos;s owner.</source>
        <translation>Die Benutzer-ID oder E-Mail-Adresse existiert nicht oder gehört zu einem anderen Zoom-Konto als dem der App. Bei Server-to-Server-Apps ist &apos;me&apos; der Besitzer der App.</translation>
    </message>
    <message>
        <source>Pick the host from the account&apos;s users list (GET /users) and use its ID or email.</source>
        <translation>Wählen Sie den Host aus der Benutzerliste des Kontos (GET /users) und verwenden Sie dessen ID oder E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>It was deleted, has ended and expired, the ID is mistyped (meeting IDs are long: 10 or 11 digits), or it belongs to another account.</source>
        <translation>Es wurde gelöscht, ist beendet und abgelaufen, die ID ist falsch geschrieben (Meeting-IDs sind lang: 10 oder 11 Ziffern), oder es gehört zu einem anderen Konto.</translation>
    </message>
    <message>
        <source>Reload the meetings list and pick the meeting again.</source>
        <translation>Laden Sie die Meeting-Liste neu und wählen Sie das Meeting erneut aus.</translation>
    </message>
    <message>
        <source>These are the retired JWT app&apos;s API key and secret</source>
        <translation>Dies sind API-Schlüssel und -Geheimnis einer eingestellten JWT-App</translation>
    </message>
    <message>
        <source>Zoom&apos;s JWT apps were retired in 2023. The message comes from sending a JWT app&apos;s key and secret.</source>
        <translation>Die JWT-Apps von Zoom wurden 2023 eingestellt. Die Meldung entsteht, wenn Schlüssel und Geheimnis einer JWT-App gesendet werden.</translation>
    </message>
    <message>
        <source>Create a Server-to-Server OAuth app and use its credentials.</source>
        <translation>Erstellen Sie eine Server-to-Server-OAuth-App und verwenden Sie deren Anmeldedaten.</translation>
    </message>
    <message>
        <source>Zoom refused: no permission for this</source>
        <translation>Zoom hat abgelehnt: keine Berechtigung dafür</translation>
    </message>
    <message>
        <source>The app or its owner&apos;s role lacks the permission, or the account&apos;s settings forbid it.</source>
        <translation>Der App oder der Rolle ihres Besitzers fehlt die Berechtigung, oder die Kontoeinstellungen verbieten es.</translation>
    </message>
    <message>
        <source>Check the app owner&apos;s role and the account settings in the Zoom web portal.</source>
        <translation>Prüfen Sie die Rolle des App-Besitzers und die Kontoeinstellungen im Zoom-Webportal.</translation>
    </message>
    <message>
        <source>Zoom did not find this path</source>
        <translation>Zoom hat diesen Pfad nicht gefunden</translation>
    </message>
    <message>
        <source>Either the object does not exist, or the URL is wrong (missing /v2, a typo, a wrong API host).</source>
        <translation>Entweder existiert das Objekt nicht, oder die URL ist falsch (fehlendes /v2, ein Tippfehler, ein falscher API-Host).</translation>
    </message>
    <message>
        <source>Compare the URL with Zoom&apos;s API reference: https://api.zoom.us/v2/….</source>
        <translation>Vergleichen Sie die URL mit der API-Referenz von Zoom: https://api.zoom.us/v2/….</translation>
    </message>
    <message>
        <source>The problem is on the server side, not in the request. A create that got a 500 may still have been carried out.</source>
        <translation>Das Problem liegt auf der Serverseite, nicht in der Anfrage. Ein Erstellen, das eine 500 erhielt, wurde möglicherweise trotzdem ausgeführt.</translation>
    </message>
    <message>
        <source>Wait and retry reads; for a create, list the meetings first. See https://status.zoom.us.</source>
        <translation>Warten Sie und wiederholen Sie Lesezugriffe; listen Sie vor einem erneuten Erstellen zuerst die Meetings auf. Siehe https://status.zoom.us.</translation>
    </message>
    <message>
        <source>Zoom says the token lacks: {scopes}.</source>
        <translation>Laut Zoom fehlt dem Token: {scopes}.</translation>
    </message>
    <message>
        <source>Zoom&apos;s validation failed ({message}).</source>
        <translation>Die Prüfung durch Zoom ist fehlgeschlagen ({message}).</translation>
    </message>
    <message>
        <source>Fields: {fields}.</source>
        <translation>Felder: {fields}.</translation>
    </message>
    <message>
        <source>Zoom rejected a value: {fields}</source>
        <translation>Zoom hat einen Wert abgelehnt: {fields}</translation>
    </message>
    <message>
        <source>To {operation}, add the classic scope {scope}.</source>
        <translation>Für „{operation}“ fügen Sie den klassischen Bereich (Scope) {scope} hinzu.</translation>
    </message>
    <message>
        <source>Zoom knows no user {user} in this account</source>
        <translation>Zoom kennt keinen Benutzer {user} in diesem Konto</translation>
    </message>
    <message>
        <source>Meeting {meeting} was not found</source>
        <translation>Meeting {meeting} wurde nicht gefunden</translation>
    </message>
    <message>
        <source>Zoom (or a proxy) failed with HTTP {status}</source>
        <translation>Zoom (oder ein Proxy) ist mit HTTP {status} fehlgeschlagen</translation>
    </message>
    <message>
        <source>To {operation}, add the granular scope {scope}.</source>
        <translation>Für „{operation}“ fügen Sie den granularen Bereich (Scope) {scope} hinzu.</translation>
    </message>
    <message>
        <source>To {operation}, add {granular} (granular scopes, apps made since April 2024) or {classic} (classic scopes, older apps).</source>
        <translation>Für „{operation}“ fügen Sie {granular} (granulare Bereiche, Apps ab April 2024) oder {classic} (klassische Bereiche, ältere Apps) hinzu.</translation>
    </message>
    <message>
        <source>Token scopes: {scopes}</source>
        <translation>Bereiche des Tokens: {scopes}</translation>
    </message>
    <message>
        <source>Zoom App Marketplace ▸ Manage ▸ your Server-to-Server OAuth app ▸ App Credentials</source>
        <translation>Zoom App Marketplace ▸ Manage ▸ Ihre Server-to-Server-OAuth-App ▸ App Credentials</translation>
    </message>
    <message>
        <source>Zoom&apos;s generic token error</source>
        <translation>allgemeiner Token-Fehler von Zoom</translation>
    </message>
    <message>
        <source>invalid client ID or secret</source>
        <translation>ungültige Client-ID oder ungültiges Client-Geheimnis</translation>
    </message>
    <message>
        <source>grant type not supported</source>
        <translation>Grant-Typ nicht unterstützt</translation>
    </message>
    <message>
        <source>client ID, secret or grant type missing</source>
        <translation>Client-ID, Client-Geheimnis oder Grant-Typ fehlt</translation>
    </message>
    <message>
        <source>redirect URI mismatch</source>
        <translation>Redirect-URI stimmt nicht überein</translation>
    </message>
    <message>
        <source>refresh token invalid or scope mismatch</source>
        <translation>Refresh-Token ungültig oder Bereiche (Scopes) passen nicht</translation>
    </message>
    <message>
        <source>the app has been disabled</source>
        <translation>die App wurde deaktiviert</translation>
    </message>
    <message>
        <source>Response: HTTP {status} {reason} (no JSON body)</source>
        <translation>Antwort: HTTP {status} {reason} (kein JSON-Inhalt)</translation>
    </message>
    <message>
        <source>Response: HTTP {status} {body}</source>
        <translation>Antwort: HTTP {status} {body}</translation>
    </message>
    <message>
        <source>Zoom answered {answer}: it did not find the parameters where it reads them.</source>
        <translation>Zoom antwortete {answer}: Es hat die Parameter nicht dort gefunden, wo es sie liest.</translation>
    </message>
    <message>
        <source>Zoom did not accept the client ID or client secret</source>
        <translation>Zoom hat die Client-ID oder das Client-Geheimnis nicht akzeptiert</translation>
    </message>
    <message>
        <source>These credentials cannot use the account_credentials grant</source>
        <translation>Diese Anmeldedaten können den account_credentials-Grant nicht verwenden</translation>
    </message>
    <message>
        <source>Zoom answered unsupported_grant_type to a well-formed request. The credentials belong to another kind of Zoom app (General/OAuth, Meeting SDK, Zoom Apps): only a Server-to-Server OAuth app may use account_credentials. It also happens when the steps for user OAuth are followed with Server-to-Server credentials.</source>
        <translation>Zoom antwortete auf eine korrekt aufgebaute Anfrage mit unsupported_grant_type. Die Anmeldedaten gehören zu einer anderen Art von Zoom-App (General/OAuth, Meeting SDK, Zoom Apps): Nur eine Server-to-Server-OAuth-App darf account_credentials verwenden. Es passiert auch, wenn die Schritte für Benutzer-OAuth mit Server-to-Server-Anmeldedaten befolgt werden.</translation>
    </message>
    <message>
        <source>In the Zoom App Marketplace, Develop ▸ Build App ▸ Server-to-Server OAuth; activate it and use its Account ID, Client ID and Client Secret.</source>
        <translation>Im Zoom App Marketplace: Develop ▸ Build App ▸ Server-to-Server OAuth; aktivieren Sie die App und verwenden Sie deren Account ID, Client ID und Client Secret.</translation>
    </message>
    <message>
        <source>Zoom did not accept the account ID</source>
        <translation>Zoom hat die Konto-ID nicht akzeptiert</translation>
    </message>
    <message>
        <source>The request has the right shape and the credentials were not refused, so the account_id is the likely culprit: it must be the Account ID shown on the app&apos;s App Credentials page (not the client ID, not a user ID or email).</source>
        <translation>Die Anfrage ist richtig aufgebaut und die Anmeldedaten wurden nicht abgelehnt, daher ist wahrscheinlich die account_id schuld: Sie muss die Account ID von der Seite App Credentials der App sein (nicht die Client-ID, keine Benutzer-ID oder E-Mail-Adresse).</translation>
    </message>
    <message>
        <source>Zoom answered invalid_grant</source>
        <translation>Zoom antwortete invalid_grant</translation>
    </message>
    <message>
        <source>Zoom rejected the grant. Server-to-Server apps use grant_type=account_credentials with an account_id; refresh tokens and authorization codes belong to other app types.</source>
        <translation>Zoom hat den Grant abgelehnt. Server-to-Server-Apps verwenden grant_type=account_credentials mit einer account_id; Refresh-Token und Autorisierungscodes gehören zu anderen App-Typen.</translation>
    </message>
    <message>
        <source>Use grant_type=account_credentials.</source>
        <translation>Verwenden Sie grant_type=account_credentials.</translation>
    </message>
    <message>
        <source>The Zoom app has been disabled</source>
        <translation>Die Zoom-App wurde deaktiviert</translation>
    </message>
    <message>
        <source>Zoom answered 4717: the app was deactivated or disabled by an admin.</source>
        <translation>Zoom antwortete 4717: Die App wurde von einem Administrator deaktiviert oder gesperrt.</translation>
    </message>
    <message>
        <source>Re-activate it in Zoom App Marketplace ▸ Manage ▸ your Server-to-Server OAuth app ▸ Activation.</source>
        <translation>Aktivieren Sie sie erneut unter Zoom App Marketplace ▸ Manage ▸ Ihre Server-to-Server-OAuth-App ▸ Activation.</translation>
    </message>
    <message>
        <source>Zoom&apos;s sign-in service is unavailable</source>
        <translation>Der Anmeldedienst von Zoom ist nicht verfügbar</translation>
    </message>
    <message>
        <source>Wait a few minutes and try again; check https://status.zoom.us.</source>
        <translation>Warten Sie einige Minuten und versuchen Sie es erneut; prüfen Sie https://status.zoom.us.</translation>
    </message>
    <message>
        <source>Zoom gave no further detail.</source>
        <translation>Zoom hat keine weiteren Details angegeben.</translation>
    </message>
    <message>
        <source>Zoom answered {status} invalid_client (Zoom uses 400 here, not 401). The client ID or secret is wrong, has a stray space, belongs to another app, was regenerated since it was copied, or the app is not activated yet (a Server-to-Server app issues no tokens until it is activated).</source>
        <translation>Zoom antwortete {status} invalid_client (Zoom verwendet hier 400, nicht 401). Client-ID oder Client-Geheimnis ist falsch, enthält ein überzähliges Leerzeichen, gehört zu einer anderen App, wurde seit dem Kopieren neu erzeugt, oder die App ist noch nicht aktiviert (eine Server-to-Server-App stellt erst nach der Aktivierung Token aus).</translation>
    </message>
    <message>
        <source>Open {page}; copy the Client ID and Client Secret again, and check the Activation page says the app is activated.</source>
        <translation>Öffnen Sie {page}; kopieren Sie Client ID und Client Secret erneut, und prüfen Sie, ob die Seite Activation die App als aktiviert anzeigt.</translation>
    </message>
    <message>
        <source>Copy the Account ID from {page} into the profile (or account_id=…).</source>
        <translation>Kopieren Sie die Account ID von {page} in das Profil (oder in account_id=…).</translation>
    </message>
    <message>
        <source>The token endpoint answered {status}: the problem is on Zoom&apos;s side (or a proxy&apos;s), not in the request.</source>
        <translation>Der Token-Endpunkt antwortete {status}: Das Problem liegt bei Zoom (oder einem Proxy), nicht in der Anfrage.</translation>
    </message>
    <message>
        <source>Zoom refused the token request: {meaning} (code {code})</source>
        <translation>Zoom hat die Token-Anfrage abgelehnt: {meaning} (Code {code})</translation>
    </message>
    <message>
        <source>Check the app&apos;s credentials and status on {page}.</source>
        <translation>Prüfen Sie die Anmeldedaten und den Status der App unter {page}.</translation>
    </message>
</context>
<context>
    <name>DoctorReview</name>
    <message>
        <source>No HTTP call with a URL the doctor can read was found in the code.</source>
        <translation>Im Code wurde kein HTTP-Aufruf mit einer URL gefunden, die der Anfragen-Doktor lesen kann.</translation>
    </message>
</context>
<context>
    <name>DoctorSchema</name>
    <message>
        <source>`{name}` must be an array</source>
        <translation>`{name}` muss ein Array sein</translation>
    </message>
    <message>
        <source>Send `{name}` as an array.</source>
        <translation>Senden Sie `{name}` als Array.</translation>
    </message>
    <message>
        <source>This path takes {methods}; Zoom answers {method} with 404 or 405.</source>
        <translation>Dieser Pfad akzeptiert {methods}; auf {method} antwortet Zoom mit 404 oder 405.</translation>
    </message>
    <message>
        <source>To change a meeting use PATCH (Zoom has no PUT for meetings).</source>
        <translation>Um ein Meeting zu ändern, verwenden Sie PATCH (Zoom hat kein PUT für Meetings).</translation>
    </message>
    <message>
        <source>Use {methods} or {method}.</source>
        <translation>Verwenden Sie {methods} oder {method}.</translation>
    </message>
    <message>
        <source>`{name}` must be a string</source>
        <translation>`{name}` muss ein String sein</translation>
    </message>
    <message>
        <source>Send `{name}` as a string.</source>
        <translation>Senden Sie `{name}` als String.</translation>
    </message>
    <message>
        <source>`{name}` must be a whole number</source>
        <translation>`{name}` muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>Send `{name}` as a whole number.</source>
        <translation>Senden Sie `{name}` als ganze Zahl.</translation>
    </message>
    <message>
        <source>`{name}` must be true or false</source>
        <translation>`{name}` muss true oder false sein</translation>
    </message>
    <message>
        <source>Send `{name}` as true or false.</source>
        <translation>Senden Sie `{name}` als true oder false.</translation>
    </message>
    <message>
        <source>`{name}` must be an object</source>
        <translation>`{name}` muss ein Objekt sein</translation>
    </message>
    <message>
        <source>Send `{name}` as an object.</source>
        <translation>Senden Sie `{name}` als Objekt.</translation>
    </message>
    <message>
        <source>Zoom has no meeting field `{name}`; did you mean `{near}`?</source>
        <translation>Zoom hat kein Meeting-Feld `{name}`; meinten Sie `{near}`?</translation>
    </message>
    <message>
        <source>Use `{near}`.</source>
        <translation>Verwenden Sie `{near}`.</translation>
    </message>
    <message>
        <source>Zoom has no meeting field `{name}`</source>
        <translation>Zoom hat kein Meeting-Feld `{name}`</translation>
    </message>
    <message>
        <source>Remove it, or check the field in Zoom&apos;s API reference.</source>
        <translation>Entfernen Sie es, oder prüfen Sie das Feld in der API-Referenz von Zoom.</translation>
    </message>
    <message>
        <source>`start_time` ends in Z (UTC) and a `timezone` is also sent</source>
        <translation>`start_time` endet auf Z (UTC), und zusätzlich wird eine `timezone` gesendet</translation>
    </message>
    <message>
        <source>With a Z, Zoom reads the time as UTC and uses `timezone` only for display: a 10:00 meant in the meeting&apos;s zone starts at 10:00 UTC instead. The classic cause is a naive local time formatted with a Z (`toISOString()`, `strftime(&apos;…Z&apos;)`).</source>
        <translation>Mit Z liest Zoom die Zeit als UTC und verwendet `timezone` nur für die Anzeige: Ein in der Zeitzone des Meetings gemeintes 10:00 beginnt stattdessen um 10:00 UTC. Die klassische Ursache ist eine lokale Zeit ohne Zeitzone, die mit Z formatiert wurde (`toISOString()`, `strftime(&apos;…Z&apos;)`).</translation>
    </message>
    <message>
        <source>Either send the local time without Z (`2026-03-01T10:00:00`) with `timezone`, or convert to UTC yourself and keep the Z.</source>
        <translation>Senden Sie entweder die lokale Zeit ohne Z (`2026-03-01T10:00:00`) mit `timezone`, oder rechnen Sie selbst in UTC um und behalten Sie das Z.</translation>
    </message>
    <message>
        <source>Zoom answers an unknown path with 404 (or 300 `Invalid api`). Paths are case-sensitive and plural (`users`, `meetings`).</source>
        <translation>Auf einen unbekannten Pfad antwortet Zoom mit 404 (oder 300 `Invalid api`). Pfade unterscheiden Groß- und Kleinschreibung und stehen im Plural (`users`, `meetings`).</translation>
    </message>
    <message>
        <source>Use {method}.</source>
        <translation>Verwenden Sie {method}.</translation>
    </message>
    <message>
        <source>Zoom ignores fields it does not know, so this value is silently lost.</source>
        <translation>Zoom ignoriert Felder, die es nicht kennt; dieser Wert geht also unbemerkt verloren.</translation>
    </message>
    <message>
        <source>Zoom answers 300 (validation failed) and creates or changes nothing.</source>
        <translation>Zoom antwortet mit 300 (Validierung fehlgeschlagen) und erstellt oder ändert nichts.</translation>
    </message>
    <message>
        <source>Correct the value.</source>
        <translation>Korrigieren Sie den Wert.</translation>
    </message>
    <message>
        <source>`type` is 8 (recurring, fixed time) but there is no `recurrence`</source>
        <translation>`type` ist 8 (wiederkehrend, feste Zeit), aber es gibt kein `recurrence`</translation>
    </message>
    <message>
        <source>Zoom needs the pattern (`recurrence.type`, `repeat_interval`, an end) for a recurring meeting with a fixed time; without it the call fails with 300.</source>
        <translation>Für ein wiederkehrendes Meeting mit fester Zeit braucht Zoom das Muster (`recurrence.type`, `repeat_interval`, ein Ende); ohne es scheitert der Aufruf mit 300.</translation>
    </message>
    <message>
        <source>Add `recurrence`, or use type 3 (recurring, no fixed time).</source>
        <translation>Fügen Sie `recurrence` hinzu, oder verwenden Sie Typ 3 (wiederkehrend, ohne feste Zeit).</translation>
    </message>
    <message>
        <source>Zoom ignores `recurrence` unless `type` is 8 (or 3): the meeting is created once, not as a series.</source>
        <translation>Zoom ignoriert `recurrence`, wenn `type` nicht 8 (oder 3) ist: Das Meeting wird einmal angelegt, nicht als Serie.</translation>
    </message>
    <message>
        <source>Send `type: 8` with the recurrence.</source>
        <translation>Senden Sie `type: 8` mit der Wiederholung.</translation>
    </message>
    <message>
        <source>{method} is not a method of {path}</source>
        <translation>{method} ist keine Methode von {path}</translation>
    </message>
    <message>
        <source>Zoom has no {path}; the closest known path is {near}</source>
        <translation>Zoom hat kein {path}; der ähnlichste bekannte Pfad ist {near}</translation>
    </message>
    <message>
        <source>Use {call}.</source>
        <translation>Verwenden Sie {call}.</translation>
    </message>
    <message>
        <source>It is {value}; Zoom answers 300 (validation failed) for a wrong type.</source>
        <translation>Der Wert ist {value}; bei einem falschen Typ antwortet Zoom mit 300 (Validierung fehlgeschlagen).</translation>
    </message>
    <message>
        <source>`recurrence` is sent with `type` {type}, which is not recurring</source>
        <translation>`recurrence` wird mit `type` {type} gesendet, der nicht wiederkehrend ist</translation>
    </message>
</context>
<context>
    <name>DoctorToken</name>
    <message>
        <source>client_credentials is the grant of other OAuth servers and of Zoom&apos;s chatbot apps, not of Server-to-Server apps.</source>
        <translation>client_credentials ist der Grant anderer OAuth-Server und der Chatbot-Apps von Zoom, nicht der von Server-to-Server-Apps.</translation>
    </message>
    <message>
        <source>authorization_code is the user-authorised OAuth flow (a General app with a redirect URL), not Server-to-Server.</source>
        <translation>authorization_code ist der vom Benutzer autorisierte OAuth-Ablauf (eine General-App mit Weiterleitungs-URL), nicht Server-to-Server.</translation>
    </message>
    <message>
        <source>Server-to-Server apps get no refresh token; ask for a new token with the same grant instead.</source>
        <translation>Server-to-Server-Apps erhalten kein Refresh-Token; fordern Sie stattdessen mit demselben Grant ein neues Token an.</translation>
    </message>
    <message>
        <source>In axios, `{params}` always goes into the URL&apos;s query string, even on a POST. That is what the reply in the forum thread suggested, and it is the same mistake.</source>
        <translation>In axios landet `{params}` immer im Query-String der URL, auch bei einem POST. Genau das hat die Antwort im Forumsthread vorgeschlagen, und es ist derselbe Fehler.</translation>
    </message>
    <message>
        <source>axios `params:` put the token parameters in the query string</source>
        <translation>axios `params:` hat die Token-Parameter in den Query-String gesetzt</translation>
    </message>
    <message>
        <source>The token parameters travelled in the query string, not in the body</source>
        <translation>Die Token-Parameter wurden im Query-String übertragen, nicht im Body</translation>
    </message>
    <message>
        <source>{name} was sent in the URL&apos;s query string ({example}) and not in the request body.</source>
        <translation>{name} wurde im Query-String der URL ({example}) gesendet und nicht im Body der Anfrage.</translation>
    </message>
    <message>
        <source>{name} and {other} were sent in the URL&apos;s query string ({example}) and not in the request body.</source>
        <translation>{name} und {other} wurden im Query-String der URL ({example}) gesendet und nicht im Body der Anfrage.</translation>
    </message>
    <message>
        <source>Zoom&apos;s older docs showed this form, but Zoom now answers such requests with a bare `400 Bad Request` (invalid_request or unsupported_grant_type). An empty body with a form Content-Type is exactly what broke working integrations in 2024.</source>
        <translation>Ältere Dokumentation von Zoom zeigte diese Form, aber heute antwortet Zoom auf solche Anfragen nur mit `400 Bad Request` (invalid_request oder unsupported_grant_type). Ein leerer Body mit Formular-Content-Type ist genau das, was 2024 funktionierende Integrationen lahmgelegt hat.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Zoom&apos;s token endpoint only issues tokens for POST requests.</source>
        <translation>Der Token-Endpunkt von Zoom stellt Tokens nur für POST-Anfragen aus.</translation>
    </message>
    <message>
        <source>Send `POST /oauth/token`.</source>
        <translation>Senden Sie `POST /oauth/token`.</translation>
    </message>
    <message>
        <source>The token request has a JSON body; Zoom expects a form body</source>
        <translation>Die Token-Anfrage hat einen JSON-Body; Zoom erwartet einen Formular-Body</translation>
    </message>
    <message>
        <source>grant_type is missing</source>
        <translation>grant_type fehlt</translation>
    </message>
    <message>
        <source>Send them as a form body: `{header}` and the body `{body}`, with nothing in the query string.</source>
        <translation>Senden Sie sie als Formular-Body: `{header}` und den Body `{body}`, ohne etwas im Query-String.</translation>
    </message>
    <message>
        <source>The token parameters are in both the query string and the body</source>
        <translation>Die Token-Parameter stehen sowohl im Query-String als auch im Body</translation>
    </message>
    <message>
        <source>Zoom reads the body, so this works, but the query-string copy is a leftover of the old style and ends up in proxy and server logs.</source>
        <translation>Zoom liest den Body, daher funktioniert es, aber die Kopie im Query-String ist ein Überbleibsel des alten Stils und landet in Proxy- und Server-Protokollen.</translation>
    </message>
    <message>
        <source>Remove the query string; keep only the form body.</source>
        <translation>Entfernen Sie den Query-String; behalten Sie nur den Formular-Body.</translation>
    </message>
    <message>
        <source>The token request has a body but no Content-Type</source>
        <translation>Die Token-Anfrage hat einen Body, aber keinen Content-Type</translation>
    </message>
    <message>
        <source>`{call}`, not `params=` or `json=`</source>
        <translation>`{call}`, nicht `params=` oder `json=`</translation>
    </message>
    <message>
        <source>`{call}`; `params:` is the query string, only `data:` is the body</source>
        <translation>`{call}`; `params:` ist der Query-String, nur `data:` ist der Body</translation>
    </message>
    <message>
        <source>The token request uses {method}; it must be POST</source>
        <translation>Die Token-Anfrage verwendet {method}; sie muss POST sein</translation>
    </message>
    <message>
        <source>A Server-to-Server OAuth token request needs `{parameter}`.</source>
        <translation>Eine Token-Anfrage für Server-to-Server OAuth braucht `{parameter}`.</translation>
    </message>
    <message>
        <source>Add `{parameter}` to the form body.</source>
        <translation>Fügen Sie `{parameter}` zum Formular-Body hinzu.</translation>
    </message>
    <message>
        <source>Zoom answers other grant types with `400 unsupported_grant_type`.</source>
        <translation>Auf andere Grant-Typen antwortet Zoom mit `400 unsupported_grant_type`.</translation>
    </message>
    <message>
        <source>The token endpoint reads `{type}` only. A JSON body (even `{empty}`) is not parsed, so Zoom sees no grant_type and answers `400 unsupported_grant_type`.</source>
        <translation>Der Token-Endpunkt liest nur `{type}`. Ein JSON-Body (auch `{empty}`) wird nicht ausgewertet, daher sieht Zoom keinen grant_type und antwortet mit `400 unsupported_grant_type`.</translation>
    </message>
    <message>
        <source>Without `{header}` Zoom does not read the body as form fields, so grant_type and account_id are not seen.</source>
        <translation>Ohne `{header}` liest Zoom den Body nicht als Formularfelder, daher werden grant_type und account_id nicht erkannt.</translation>
    </message>
    <message>
        <source>Add the header `{header}`.</source>
        <translation>Fügen Sie den Header `{header}` hinzu.</translation>
    </message>
    <message>
        <source>grant_type is {value}; a Server-to-Server app uses account_credentials</source>
        <translation>grant_type ist {value}; eine Server-to-Server-App verwendet account_credentials</translation>
    </message>
    <message>
        <source>Use `{parameter}`.</source>
        <translation>Verwenden Sie `{parameter}`.</translation>
    </message>
    <message>
        <source>The token request body is sent as {type}</source>
        <translation>Der Body der Token-Anfrage wird als {type} gesendet</translation>
    </message>
    <message>
        <source>Zoom reads the token request as `{type}`; multipart or plain-text bodies are not parsed.</source>
        <translation>Zoom liest die Token-Anfrage als `{type}`; Multipart- oder Klartext-Bodys werden nicht ausgewertet.</translation>
    </message>
    <message>
        <source>It held {names}.</source>
        <translation>Er enthielt {names}.</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <source>Body: empty</source>
        <translation>Body: leer</translation>
    </message>
    <message>
        <source>The {names} in the query string and body are not read instead.</source>
        <translation>{names} im Query-String und im Body werden stattdessen nicht gelesen.</translation>
    </message>
    <message>
        <source>{names} also appear in the query string and body</source>
        <translation>{names} stehen auch im Query-String und im Body</translation>
    </message>
    <message>
        <source>Body: {body}</source>
        <translation>Body: {body}</translation>
    </message>
    <message>
        <source>Query string: {query}</source>
        <translation>Query-String: {query}</translation>
    </message>
    <message>
        <source>{name} and {other}</source>
        <translation>{name} und {other}</translation>
    </message>
    <message>
        <source>The {names} in the query string are not read instead.</source>
        <translation>{names} im Query-String werden stattdessen nicht gelesen.</translation>
    </message>
    <message>
        <source>The {names} in the body are not read instead.</source>
        <translation>{names} im Body werden stattdessen nicht gelesen.</translation>
    </message>
    <message>
        <source>{names} also appear in the query string</source>
        <translation>{names} stehen auch im Query-String</translation>
    </message>
    <message>
        <source>{names} also appear in the body</source>
        <translation>{names} stehen auch im Body</translation>
    </message>
    <message>
        <source>Body (JSON): {body}</source>
        <translation>Body (JSON): {body}</translation>
    </message>
    <message>
        <source>The account_credentials grant names the Zoom account: without it Zoom cannot issue a token (it answers 400).</source>
        <translation>Der Grant account_credentials nennt das Zoom-Konto: Ohne es kann Zoom kein Token ausstellen (die Antwort ist 400).</translation>
    </message>
    <message>
        <source>account_id is the same as the client ID</source>
        <translation>account_id ist identisch mit der Client-ID</translation>
    </message>
    <message>
        <source>The Account ID and the Client ID are two different values on the app&apos;s App Credentials page; a wrong account ID gives opaque 400 errors.</source>
        <translation>Konto-ID (Account ID) und Client-ID sind zwei verschiedene Werte auf der Seite „App Credentials“ der App; eine falsche Konto-ID führt zu undurchsichtigen 400-Fehlern.</translation>
    </message>
    <message>
        <source>Copy the Account ID (not the Client ID) into account_id.</source>
        <translation>Kopieren Sie die Konto-ID (Account ID, nicht die Client-ID) in account_id.</translation>
    </message>
    <message>
        <source>The client secret is in the URL</source>
        <translation>Das Client-Geheimnis steht in der URL</translation>
    </message>
    <message>
        <source>URLs end up in proxy logs, server logs and browser history: the secret should be treated as leaked.</source>
        <translation>URLs landen in Proxy-Protokollen, Server-Protokollen und im Browserverlauf: Das Geheimnis muss als offengelegt gelten.</translation>
    </message>
    <message>
        <source>There is no Authorization header</source>
        <translation>Es gibt keinen Authorization-Header</translation>
    </message>
    <message>
        <source>account_id is missing</source>
        <translation>account_id fehlt</translation>
    </message>
    <message>
        <source>account_id is empty</source>
        <translation>account_id ist leer</translation>
    </message>
    <message>
        <source>account_id does not look like a Zoom account ID</source>
        <translation>account_id sieht nicht wie eine Konto-ID von Zoom aus</translation>
    </message>
    <message>
        <source>A Zoom account ID is a short code (letters, digits, - and _) shown on the App Credentials page. Spaces, an email address or a stray newline make it wrong.</source>
        <translation>Eine Konto-ID von Zoom ist ein kurzer Code (Buchstaben, Ziffern, - und _), der auf der Seite „App Credentials“ steht. Leerzeichen, eine E-Mail-Adresse oder ein versehentlicher Zeilenumbruch machen sie ungültig.</translation>
    </message>
    <message>
        <source>Copy the Account ID again from the App Credentials page, without spaces.</source>
        <translation>Kopieren Sie die Konto-ID erneut von der Seite „App Credentials“, ohne Leerzeichen.</translation>
    </message>
    <message>
        <source>The token endpoint authenticates the app with its client ID and secret as HTTP Basic. A Bearer token is what you get back from it, for API calls.</source>
        <translation>Der Token-Endpunkt authentifiziert die App mit Client-ID und Client-Geheimnis per HTTP Basic. Ein Bearer-Token bekommen Sie von ihm zurück, für API-Aufrufe.</translation>
    </message>
    <message>
        <source>Copy the Account ID from the App Credentials page of your Server-to-Server OAuth app (Zoom App Marketplace ▸ Manage ▸ your app) and send `{parameter}` in the form body.</source>
        <translation>Kopieren Sie die Konto-ID (Account ID) von der Seite „App Credentials“ Ihrer Server-to-Server-OAuth-App (Zoom App Marketplace ▸ Manage ▸ Ihre App) und senden Sie `{parameter}` im Formular-Body.</translation>
    </message>
    <message>
        <source>Regenerate the client secret in the Zoom App Marketplace, and send it only in the `{header}` header.</source>
        <translation>Erzeugen Sie das Client-Geheimnis im Zoom App Marketplace neu, und senden Sie es nur im Header `{header}`.</translation>
    </message>
    <message>
        <source>The Basic Authorization header is malformed</source>
        <translation>Der Basic-Authorization-Header ist fehlerhaft</translation>
    </message>
    <message>
        <source>Encode exactly `client_id:client_secret` (no newline) with standard Base64, or let your HTTP library do it (curl `-u id:secret`, httpx `auth=(id, secret)`).</source>
        <translation>Kodieren Sie genau `client_id:client_secret` (ohne Zeilenumbruch) mit Standard-Base64, oder überlassen Sie das Ihrer HTTP-Bibliothek (curl `-u id:secret`, httpx `auth=(id, secret)`).</translation>
    </message>
    <message>
        <source>Zoom identifies the app by HTTP Basic authentication: `{header}`.</source>
        <translation>Zoom erkennt die App an der HTTP-Basic-Authentifizierung: `{header}`.</translation>
    </message>
    <message>
        <source>The token request uses {scheme} authorization; it needs Basic</source>
        <translation>Die Token-Anfrage verwendet {scheme}-Autorisierung; sie braucht Basic</translation>
    </message>
    <message>
        <source>Send `{header}`.</source>
        <translation>Senden Sie `{header}`.</translation>
    </message>
    <message>
        <source>decodes to client ID {value}</source>
        <translation>ergibt dekodiert die Client-ID {value}</translation>
    </message>
    <message>
        <source>Zoom uses the Basic header; the extra copy is ignored at best, and a secret in a body or URL is easy to leak into logs.</source>
        <translation>Zoom verwendet den Basic-Header; die zusätzliche Kopie wird bestenfalls ignoriert, und ein Geheimnis in einem Body oder einer URL gerät leicht in Protokolle.</translation>
    </message>
    <message>
        <source>Remove client_id and client_secret from the body and the query string.</source>
        <translation>Entfernen Sie client_id und client_secret aus dem Body und dem Query-String.</translation>
    </message>
    <message>
        <source>`Authorization: Basic …` must be the Base64 encoding of `client_id:client_secret`, but {problem}. Zoom answers `400 invalid_client` (or 401) for this.</source>
        <translation>`Authorization: Basic …` muss die Base64-Kodierung von `client_id:client_secret` sein, aber: {problem}. Zoom antwortet darauf mit `400 invalid_client` (oder 401).</translation>
    </message>
</context>
<context>
    <name>DoctorWindow</name>
    <message>
        <source>Request doctor — zoomdesk</source>
        <translation>Anfragen-Doktor — zoomdesk</translation>
    </message>
    <message>
        <source>Request doctor</source>
        <translation>Anfragen-Doktor</translation>
    </message>
    <message>
        <source>&amp;Import HAR…</source>
        <translation>HAR &amp;importieren…</translation>
    </message>
    <message>
        <source>Import HAR</source>
        <translation>HAR importieren</translation>
    </message>
    <message>
        <source>Import a HAR file</source>
        <translation>Eine HAR-Datei importieren</translation>
    </message>
    <message>
        <source>Re&amp;veal secrets</source>
        <translation>Geheimnisse auf&amp;decken</translation>
    </message>
    <message>
        <source>Reveal secrets</source>
        <translation>Geheimnisse aufdecken</translation>
    </message>
    <message>
        <source>Reveal the secrets in the pasted request</source>
        <translation>Die Geheimnisse in der eingefügten Anfrage aufdecken</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Request to show</source>
        <translation>Anzuzeigende Anfrage</translation>
    </message>
    <message>
        <source>Paste a request to check it.</source>
        <translation>Fügen Sie eine Anfrage ein, um sie zu prüfen.</translation>
    </message>
    <message>
        <source>Check summary</source>
        <translation>Zusammenfassung der Prüfung</translation>
    </message>
    <message>
        <source>Yours vs co&amp;rrected</source>
        <translation>Ihre und &amp;korrigierte</translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <translation>C&amp;ode</translation>
    </message>
    <message>
        <source>Re&amp;play</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>&amp;Your request (cURL, raw HTTP, HAR or code):</source>
        <translation>Ihre &amp;Anfrage (cURL, rohes HTTP, HAR oder Code):</translation>
    </message>
    <message>
        <source>Checking the request</source>
        <translation>Prüfen der Anfrage</translation>
    </message>
    <message numerus="yes">
        <source>Read %n request(s) ({source}):</source>
        <translation>
            <numerusform>%n Anfrage gelesen ({source}):</numerusform>
            <numerusform>%n Anfragen gelesen ({source}):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n request(s) ({source}) (the first {limit} listed):</source>
        <translation>
            <numerusform>%n Anfrage gelesen ({source}) (die ersten {limit} aufgelistet):</numerusform>
            <numerusform>%n Anfragen gelesen ({source}) (die ersten {limit} aufgelistet):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Across the integration: %n thing(s) to fix.</source>
        <translation>
            <numerusform>Über die ganze Integration: %n Punkt zu beheben.</numerusform>
            <numerusform>Über die ganze Integration: %n Punkte zu beheben.</numerusform>
        </translation>
    </message>
    <message>
        <source>HAR files (*.har *.json);;All files (*)</source>
        <translation>HAR-Dateien (*.har *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Nothing to check yet.</source>
        <translation>Noch nichts zu prüfen.</translation>
    </message>
    <message>
        <source>no problems found.</source>
        <translation>keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>This request has the shape Zoom expects.</source>
        <translation>Diese Anfrage hat die Form, die Zoom erwartet.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in this request.</source>
        <translation>
            <numerusform>%n Problem in dieser Anfrage.</numerusform>
            <numerusform>%n Probleme in dieser Anfrage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide secrets</source>
        <translation>Geheimnisse verbergen</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>{file} wird gelesen</translation>
    </message>
    <message>
        <source>Checking {count} characters…</source>
        <translation>{count} Zeichen werden geprüft…</translation>
    </message>
    <message>
        <source>Could not read this: {problem}</source>
        <translation>Dies konnte nicht gelesen werden: {problem}</translation>
    </message>
    <message>
        <source>Could not read this. {problem}</source>
        <translation>Dies konnte nicht gelesen werden. {problem}</translation>
    </message>
    <message>
        <source>{entry} — line {line}</source>
        <translation>{entry} — Zeile {line}</translation>
    </message>
    <message>
        <source>⚠ Across the integration ({count})</source>
        <translation>⚠ Über die ganze Integration ({count})</translation>
    </message>
    <message>
        <source>{count} with problems.</source>
        <translation>{count} mit Problemen.</translation>
    </message>
    <message>
        <source>{count} across the integration.</source>
        <translation>{count} für die ganze Integration.</translation>
    </message>
    <message>
        <source>The replay failed: {problem}</source>
        <translation>Das erneute Senden ist fehlgeschlagen: {problem}</translation>
    </message>
    <message>
        <source>{task} failed: {problem}</source>
        <translation>{task} fehlgeschlagen: {problem}</translation>
    </message>
    <message>
        <source>Could not read {file}: {problem}</source>
        <translation>{file} konnte nicht gelesen werden: {problem}</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The recovery copy of this form was not saved: {error}</source>
        <translation>Die Wiederherstellungskopie dieses Formulars wurde nicht gespeichert: {error}</translation>
    </message>
    <message>
        <source>The recovery copy could not be removed: {error}</source>
        <translation>Die Wiederherstellungskopie konnte nicht entfernt werden: {error}</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>End on a date or after N times, not both.</source>
        <translation>Enden Sie an einem Datum oder nach N Terminen, nicht beides.</translation>
    </message>
    <message>
        <source>This time has already passed; choose a later one.</source>
        <translation>Dieser Zeitpunkt ist bereits vorbei; wählen Sie einen späteren.</translation>
    </message>
    <message>
        <source>The series ends before it starts.</source>
        <translation>Die Serie endet, bevor sie beginnt.</translation>
    </message>
    <message>
        <source>Choose at least one weekday.</source>
        <translation>Wählen Sie mindestens einen Wochentag.</translation>
    </message>
    <message>
        <source>Unknown time zone: {zone}</source>
        <translation>Unbekannte Zeitzone: {zone}</translation>
    </message>
    <message>
        <source>Choose how the meeting repeats.</source>
        <translation>Wählen Sie, wie sich das Meeting wiederholt.</translation>
    </message>
    <message>
        <source>Must be between 1 and {limit}.</source>
        <translation>Muss zwischen 1 und {limit} liegen.</translation>
    </message>
    <message>
        <source>Weekdays are 1 (Sun) to 7 (Sat).</source>
        <translation>Wochentage gehen von 1 (So) bis 7 (Sa).</translation>
    </message>
    <message>
        <source>Day must be 1 to 31.</source>
        <translation>Der Tag muss zwischen 1 und 31 liegen.</translation>
    </message>
    <message>
        <source>Choose a day or a week and weekday.</source>
        <translation>Wählen Sie einen Tag oder eine Woche und einen Wochentag.</translation>
    </message>
    <message>
        <source>Must be 1 to {limit}.</source>
        <translation>Muss zwischen 1 und {limit} liegen.</translation>
    </message>
    <message>
        <source>Choose a start date and time.</source>
        <translation>Wählen Sie Datum und Uhrzeit des Beginns.</translation>
    </message>
    <message>
        <source>Duration must be at least 1 minute.</source>
        <translation>Die Dauer muss mindestens 1 Minute betragen.</translation>
    </message>
    <message>
        <source>Enter a topic.</source>
        <translation>Geben Sie ein Thema ein.</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} Std. {minutes} Min.</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} Std.</translation>
    </message>
</context>
<context>
    <name>EditState</name>
    <message>
        <source>Choose who hosts the meeting.</source>
        <translation>Wählen Sie den Host des Meetings.</translation>
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
        <translation>Zoom war nicht erreichbar. Prüfen Sie, ob dieser Computer online ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>This computer could not find Zoom&apos;s server. Check that it is online; for a custom profile, check the address in the profile.</source>
        <translation>Dieser Computer konnte den Server von Zoom nicht finden. Prüfen Sie, ob er online ist; bei einem eigenen Profil prüfen Sie die Adresse im Profil.</translation>
    </message>
    <message>
        <source>Nothing answered at the server&apos;s address. For a custom profile, check the address and port in the profile.</source>
        <translation>Unter der Adresse des Servers hat nichts geantwortet. Bei einem eigenen Profil prüfen Sie Adresse und Port im Profil.</translation>
    </message>
    <message>
        <source>This computer could not connect to Zoom. Check that it is online.</source>
        <translation>Dieser Computer konnte keine Verbindung zu Zoom herstellen. Prüfen Sie, ob er online ist.</translation>
    </message>
    <message>
        <source>The connection to Zoom was not trusted. A company network may be inspecting secure connections: ask your IT team.</source>
        <translation>Der Verbindung zu Zoom wurde nicht vertraut. Möglicherweise prüft ein Firmennetz sichere Verbindungen: Fragen Sie Ihr IT-Team.</translation>
    </message>
    <message>
        <source>The proxy server refused the connection to Zoom. Ask your IT team to check the proxy settings.</source>
        <translation>Der Proxyserver hat die Verbindung zu Zoom abgelehnt. Bitten Sie Ihr IT-Team, die Proxy-Einstellungen zu prüfen.</translation>
    </message>
    <message>
        <source>Zoom did not answer in time. Check that this computer is online; a firewall may be in the way.</source>
        <translation>Zoom hat nicht rechtzeitig geantwortet. Prüfen Sie, ob dieser Computer online ist; möglicherweise blockiert eine Firewall.</translation>
    </message>
    <message>
        <source>Zoom stopped answering part-way. Try again in a moment.</source>
        <translation>Zoom hat mittendrin aufgehört zu antworten. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The request to Zoom could not be sent in time. Try again in a moment.</source>
        <translation>Die Anfrage an Zoom konnte nicht rechtzeitig gesendet werden. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The connection to Zoom broke off. Try again in a moment.</source>
        <translation>Die Verbindung zu Zoom ist abgebrochen. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring) zoomdesk can use to keep the client secret. Ask your IT team to set one up, or use the secret for this session only.</source>
        <translation>Dieser Computer hat keinen Passwortspeicher (Schlüsselbund), in dem zoomdesk das Client-Geheimnis aufbewahren kann. Bitten Sie Ihr IT-Team, einen einzurichten, oder verwenden Sie das Geheimnis nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>The password store (keyring) is locked. Unlock it, then try again.</source>
        <translation>Der Passwortspeicher (Schlüsselbund) ist gesperrt. Entsperren Sie ihn und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The password store (keyring) did not answer; it may be waiting for you to unlock it. Unlock it, then try again.</source>
        <translation>Der Passwortspeicher (Schlüsselbund) hat nicht geantwortet; vielleicht wartet er darauf, dass Sie ihn entsperren. Entsperren Sie ihn und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Zoom refused to sign in. {explanation}</source>
        <translation>Zoom hat die Anmeldung abgelehnt. {explanation}</translation>
    </message>
    <message>
        <source>Zoom answered: {message}</source>
        <translation>Antwort von Zoom: {message}</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Try again; if it keeps happening, send the details (or the log file) to your IT team.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen. Versuchen Sie es erneut; wenn es wieder passiert, senden Sie die Details (oder die Protokolldatei) an Ihr IT-Team.</translation>
    </message>
    <message>
        <source>Zoom&apos;s per-second rate limit was reached.</source>
        <translation>Das sekündliche Ratenlimit von Zoom wurde erreicht.</translation>
    </message>
    <message>
        <source>Zoom&apos;s daily rate limit was reached. It resets at {time} UTC.</source>
        <translation>Das tägliche Ratenlimit von Zoom wurde erreicht. Es wird um {time} UTC zurückgesetzt.</translation>
    </message>
    <message>
        <source>Zoom&apos;s per-second rate limit was reached. It resets at {time} UTC.</source>
        <translation>Das sekündliche Ratenlimit von Zoom wurde erreicht. Es wird um {time} UTC zurückgesetzt.</translation>
    </message>
    <message>
        <source>Zoom&apos;s daily rate limit was reached.</source>
        <translation>Das tägliche Ratenlimit von Zoom wurde erreicht.</translation>
    </message>
    <message>
        <source>The Zoom app lacks a permission (scope) for this: {scope}. Add the scope to the Server-to-Server app in the Zoom Marketplace.</source>
        <translation>Der Zoom-App fehlt dafür eine Berechtigung (Scope): {scope}. Fügen Sie den Bereich (Scope) der Server-to-Server-App im Zoom Marketplace hinzu.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Zoom did not accept the client ID or client secret. Check both were copied from the app&apos;s App Credentials page, and that the app is activated.</source>
        <translation>Zoom hat die Client-ID oder das Client-Geheimnis nicht akzeptiert. Prüfen Sie, ob beide von der Seite „App Credentials“ der App kopiert wurden und ob die App aktiviert ist.</translation>
    </message>
    <message>
        <source>Zoom did not accept grant_type=account_credentials. These credentials probably belong to another kind of app (General/OAuth, Meeting SDK, Zoom Apps): create a Server-to-Server OAuth app. It also happens when the parameters are not sent as a form body.</source>
        <translation>Zoom hat grant_type=account_credentials nicht akzeptiert. Diese Zugangsdaten gehören wahrscheinlich zu einer anderen App-Art (General/OAuth, Meeting SDK, Zoom Apps): Erstellen Sie eine Server-to-Server-OAuth-App. Es passiert auch, wenn die Parameter nicht als Formular-Inhalt gesendet werden.</translation>
    </message>
    <message>
        <source>Zoom rejected the token request. Check the account ID (App Credentials page of the Server-to-Server OAuth app) and that the app is activated.</source>
        <translation>Zoom hat die Token-Anfrage abgelehnt. Prüfen Sie die Konto-ID (Seite „App Credentials“ der Server-to-Server-OAuth-App) und ob die App aktiviert ist.</translation>
    </message>
    <message>
        <source>Zoom rejected the grant. Server-to-Server apps use account_credentials.</source>
        <translation>Zoom hat den Grant abgelehnt. Server-to-Server-Apps verwenden account_credentials.</translation>
    </message>
    <message>
        <source>Zoom refused the access token; check the app is still activated</source>
        <translation>Zoom hat das Zugriffstoken abgelehnt; prüfen Sie, ob die App noch aktiviert ist</translation>
    </message>
    <message>
        <source>Add the missing scopes to the Server-to-Server app in the Zoom Marketplace</source>
        <translation>Fügen Sie die fehlenden Bereiche (Scopes) der Server-to-Server-App im Zoom Marketplace hinzu</translation>
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
        <translation>Proxy</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>Verbindungsaufbau</translation>
    </message>
    <message>
        <source>connect timeout</source>
        <translation>Zeitüberschreitung beim Verbinden</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>pool timeout</source>
        <translation>Zeitüberschreitung im Verbindungspool</translation>
    </message>
    <message>
        <source>write timeout</source>
        <translation>Zeitüberschreitung beim Senden</translation>
    </message>
    <message>
        <source>read timeout</source>
        <translation>Zeitüberschreitung beim Lesen</translation>
    </message>
    <message>
        <source>connection dropped</source>
        <translation>Verbindung abgebrochen</translation>
    </message>
    <message>
        <source>connection reset</source>
        <translation>Verbindung zurückgesetzt</translation>
    </message>
    <message>
        <source>network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Zoom did not issue an access token.</source>
        <translation>Zoom hat kein Zugriffstoken ausgestellt.</translation>
    </message>
    <message>
        <source>Zoom&apos;s sign-in service is unavailable. Try again in a few minutes.</source>
        <translation>Der Anmeldedienst von Zoom ist nicht erreichbar. Versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <source>{request} failed: HTTP {status}, Zoom code {code}: {message}</source>
        <translation>{request} ist fehlgeschlagen: HTTP {status}, Zoom-Code {code}: {message}</translation>
    </message>
    <message>
        <source>[tracking id {id}]</source>
        <translation>[Tracking-ID {id}]</translation>
    </message>
    <message>
        <source>Getting a Zoom access token failed: HTTP {status} ({detail}). {explanation}</source>
        <translation>Das Abrufen eines Zoom-Zugriffstokens ist fehlgeschlagen: HTTP {status} ({detail}). {explanation}</translation>
    </message>
    <message>
        <source>{request} failed: HTTP {status}: {message}</source>
        <translation>{request} ist fehlgeschlagen: HTTP {status}: {message}</translation>
    </message>
    <message>
        <source>Network error ({kind}): {detail}</source>
        <translation>Netzwerkfehler ({kind}): {detail}</translation>
    </message>
    <message>
        <source>The meeting may or may not have been created: the request was sent but no clear answer came back ({cause}). It was not retried, to avoid a duplicate; list the host&apos;s meetings to check.</source>
        <translation>Das Meeting wurde möglicherweise angelegt, möglicherweise nicht: Die Anfrage wurde gesendet, aber es kam keine eindeutige Antwort zurück ({cause}). Sie wurde nicht wiederholt, um ein Duplikat zu vermeiden; prüfen Sie die Meetings des Hosts.</translation>
    </message>
    <message>
        <source>Unexpected response (HTTP {status}): {detail}</source>
        <translation>Unerwartete Antwort (HTTP {status}): {detail}</translation>
    </message>
    <message>
        <source>Invalid meeting: {problems}</source>
        <translation>Ungültiges Meeting: {problems}</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>keine Details</translation>
    </message>
    <message>
        <source>Zoom request failed: HTTP {status}, Zoom code {code}: {message}</source>
        <translation>Zoom-Anfrage fehlgeschlagen: HTTP {status}, Zoom-Code {code}: {message}</translation>
    </message>
    <message>
        <source>Zoom request failed: HTTP {status}: {message}</source>
        <translation>Zoom-Anfrage fehlgeschlagen: HTTP {status}: {message}</translation>
    </message>
    <message>
        <source>Network error ({kind}): {request}: {detail}</source>
        <translation>Netzwerkfehler ({kind}): {request}: {detail}</translation>
    </message>
    <message>
        <source>category {name}</source>
        <translation>Kategorie {name}</translation>
    </message>
    <message>
        <source>type {name}</source>
        <translation>Typ {name}</translation>
    </message>
    <message>
        <source>{remaining} of {limit} left</source>
        <translation>{remaining} von {limit} übrig</translation>
    </message>
    <message>
        <source>Resets at {time} UTC.</source>
        <translation>Wird um {time} UTC zurückgesetzt.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>query string</source>
        <translation>Query-String</translation>
    </message>
    <message>
        <source>form body</source>
        <translation>Formular-Inhalt</translation>
    </message>
    <message>
        <source>JSON body</source>
        <translation>JSON-Inhalt</translation>
    </message>
    <message>
        <source>other body</source>
        <translation>anderer Inhalt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>ExchangeDetail</name>
    <message>
        <source>Exchange details</source>
        <translation>Details der Anfrage</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Anfrage</translation>
    </message>
    <message>
        <source>Respo&amp;nse</source>
        <translation>Ant&amp;wort</translation>
    </message>
    <message>
        <source>&amp;Diagnosis</source>
        <translation>&amp;Diagnose</translation>
    </message>
    <message>
        <source>Select an exchange in the list to see its request, response and diagnosis.</source>
        <translation>Wählen Sie eine Anfrage in der Liste aus, um Anfrage, Antwort und Diagnose zu sehen.</translation>
    </message>
</context>
<context>
    <name>ExchangeModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>All exchanges</source>
        <translation>Gesamter HTTP-Verkehr</translation>
    </message>
    <message>
        <source>Token requests</source>
        <translation>Token-Anfragen</translation>
    </message>
    <message>
        <source>API calls</source>
        <translation>API-Aufrufe</translation>
    </message>
    <message>
        <source>Failures and warnings</source>
        <translation>Fehler und Warnungen</translation>
    </message>
    <message>
        <source>No answer (network error)</source>
        <translation>Keine Antwort (Netzwerkfehler)</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>No answer ({kind})</source>
        <translation>Keine Antwort ({kind})</translation>
    </message>
    <message>
        <source>failed: {cell}</source>
        <translation>fehlgeschlagen: {cell}</translation>
    </message>
    <message>
        <source>warning: {cell}</source>
        <translation>Warnung: {cell}</translation>
    </message>
</context>
<context>
    <name>FormClosing</name>
    <message>
        <source>The change may or may not have been saved</source>
        <translation>Die Änderung wurde möglicherweise gespeichert – oder auch nicht</translation>
    </message>
    <message>
        <source>You stopped waiting for Zoom&apos;s answer. Saving again is safe: the same change is not applied twice. Or close the form and refresh the list to see what Zoom has.</source>
        <translation>Sie haben aufgehört, auf die Antwort von Zoom zu warten. Erneutes Speichern ist sicher: Dieselbe Änderung wird nicht zweimal angewendet. Oder schließen Sie das Formular und aktualisieren Sie die Liste, um zu sehen, was Zoom gespeichert hat.</translation>
    </message>
    <message>
        <source>Do you want to save your changes?</source>
        <translation>Möchten Sie Ihre Änderungen speichern?</translation>
    </message>
    <message>
        <source>Do you want to create the meeting?</source>
        <translation>Möchten Sie das Meeting erstellen?</translation>
    </message>
</context>
<context>
    <name>FormConflicts</name>
    <message>
        <source>Overlapping meetings</source>
        <translation>Sich überschneidende Meetings</translation>
    </message>
    <message>
        <source>The host may run meetings at the same time (concurrent meetings).</source>
        <translation>Der Host darf Meetings gleichzeitig abhalten (gleichzeitige Meetings).</translation>
    </message>
    <message>
        <source>The host already has a meeting then.</source>
        <translation>Der Host hat zu dieser Zeit bereits ein Meeting.</translation>
    </message>
    <message numerus="yes">
        <source>{overlap}, and %n more.</source>
        <translation>
            <numerusform>{overlap} und %n weiteres.</numerusform>
            <numerusform>{overlap} und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>{overlap}.</source>
        <translation>{overlap}.</translation>
    </message>
    <message>
        <source>Open “{topic}”</source>
        <translation>„{topic}“ öffnen</translation>
    </message>
</context>
<context>
    <name>FormFailures</name>
    <message>
        <source>this host</source>
        <translation>dieser Host</translation>
    </message>
    <message>
        <source>Zoom also said:</source>
        <translation>Zoom meldete außerdem:</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Technische Details anzeigen</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technische Details</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Fehler: {message}</translation>
    </message>
    <message>
        <source>It can&apos;t be saved yet. {reason}</source>
        <translation>Es kann noch nicht gespeichert werden. {reason}</translation>
    </message>
    <message>
        <source>{count} of at most {limit} characters</source>
        <translation>{count} von höchstens {limit} Zeichen</translation>
    </message>
</context>
<context>
    <name>FormRecovery</name>
    <message>
        <source>Restored your unsaved changes</source>
        <translation>Ihre ungespeicherten Änderungen wurden wiederhergestellt</translation>
    </message>
    <message>
        <source>zoomdesk stopped before this form was saved. Check the details, then save.</source>
        <translation>zoomdesk wurde beendet, bevor dieses Formular gespeichert wurde. Prüfen Sie die Angaben und speichern Sie dann.</translation>
    </message>
    <message>
        <source>Your changes are not backed up</source>
        <translation>Ihre Änderungen sind nicht gesichert</translation>
    </message>
    <message>
        <source>{problem}
Everything you typed is still here; save the meeting to keep it.</source>
        <translation>{problem}
Alles, was Sie eingegeben haben, ist noch da; speichern Sie das Meeting, um es zu behalten.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was geändert wurde</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Reading the change history</source>
        <translation>Änderungsverlauf lesen</translation>
    </message>
    <message>
        <source>Change history — zoomdesk</source>
        <translation>Änderungsverlauf — zoomdesk</translation>
    </message>
    <message>
        <source>Changes made by zoomdesk</source>
        <translation>Von zoomdesk vorgenommene Änderungen</translation>
    </message>
    <message>
        <source>What zoomdesk created, changed or deleted in Zoom from this computer. Field names are kept, never their values.</source>
        <translation>Was zoomdesk von diesem Computer aus in Zoom erstellt, geändert oder gelöscht hat. Gespeichert werden die Feldnamen, nie ihre Werte.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>zoomdesk has not created, changed or deleted anything in Zoom from this computer yet.</source>
        <translation>zoomdesk hat von diesem Computer aus noch nichts in Zoom erstellt, geändert oder gelöscht.</translation>
    </message>
    <message>
        <source>{meeting}, the {time} occurrence</source>
        <translation>{meeting}, Termin am {time}</translation>
    </message>
    <message>
        <source>{meeting}, occurrence {id}</source>
        <translation>{meeting}, Termin {id}</translation>
    </message>
</context>
<context>
    <name>HostDefaults</name>
    <message>
        <source>a letter</source>
        <translation>einen Buchstaben</translation>
    </message>
    <message>
        <source>a digit</source>
        <translation>eine Ziffer</translation>
    </message>
    <message>
        <source>one of @ - _ *</source>
        <translation>eines von @ - _ *</translation>
    </message>
    <message>
        <source>upper and lower case letters</source>
        <translation>Groß- und Kleinbuchstaben</translation>
    </message>
    <message>
        <source>Zoom&apos;s documented defaults ({reason})</source>
        <translation>Von Zoom dokumentierte Standardwerte ({reason})</translation>
    </message>
    <message>
        <source>The account requires at least {count} characters.</source>
        <translation>Das Konto verlangt mindestens {count} Zeichen.</translation>
    </message>
    <message>
        <source>The account requires {things}.</source>
        <translation>Das Konto verlangt {things}.</translation>
    </message>
    <message>
        <source>The account forbids {count} consecutive characters such as 1234 or aaaa.</source>
        <translation>Das Konto verbietet {count} aufeinanderfolgende Zeichen wie 1234 oder aaaa.</translation>
    </message>
    <message>
        <source>At least {count} characters.</source>
        <translation>Mindestens {count} Zeichen.</translation>
    </message>
    <message>
        <source>Must contain {things}.</source>
        <translation>Muss {things} enthalten.</translation>
    </message>
    <message>
        <source>No run of {count} consecutive characters (such as 1234 or aaaa).</source>
        <translation>Keine Folge von {count} aufeinanderfolgenden Zeichen (wie 1234 oder aaaa).</translation>
    </message>
    <message>
        <source>The account requires a passcode; it cannot be removed.</source>
        <translation>Das Konto verlangt einen Kenncode; er kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The account allows digits only.</source>
        <translation>Das Konto erlaubt nur Ziffern.</translation>
    </message>
    <message>
        <source>A passcode is required.</source>
        <translation>Ein Kenncode ist erforderlich.</translation>
    </message>
    <message>
        <source>A passcode is optional.</source>
        <translation>Ein Kenncode ist optional.</translation>
    </message>
    <message>
        <source>Digits only.</source>
        <translation>Nur Ziffern.</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <source>Defaults from {name}&apos;s Zoom settings</source>
        <translation>Standardwerte aus den Zoom-Einstellungen von {name}</translation>
    </message>
    <message>
        <source>the host&apos;s settings could not be read: {why}</source>
        <translation>die Einstellungen des Hosts konnten nicht gelesen werden: {why}</translation>
    </message>
</context>
<context>
    <name>HostDefaultsView</name>
    <message>
        <source>Zoom&apos;s standard defaults: zoomdesk may not read this host&apos;s settings</source>
        <translation>Standardwerte von Zoom: zoomdesk darf die Einstellungen dieses Hosts nicht lesen</translation>
    </message>
    <message>
        <source>The host&apos;s account has no authentication profiles.</source>
        <translation>Das Konto des Hosts hat keine Authentifizierungsprofile.</translation>
    </message>
    <message>
        <source>Where the defaults come from</source>
        <translation>Herkunft der Standardwerte</translation>
    </message>
    <message>
        <source>Defaults from {name}&apos;s Zoom settings</source>
        <translation>Standardwerte aus den Zoom-Einstellungen von {name}</translation>
    </message>
</context>
<context>
    <name>Invitation</name>
    <message>
        <source>Meeting ID: {id}</source>
        <translation>Meeting-ID: {id}</translation>
    </message>
    <message>
        <source>Time: {time} {time_zone}</source>
        <translation>Zeit: {time} {time_zone}</translation>
    </message>
    <message>
        <source>{inviter} is inviting you to a recurring Zoom meeting.</source>
        <translation>{inviter} lädt Sie zu einem wiederkehrenden Zoom-Meeting ein.</translation>
    </message>
    <message>
        <source>You are invited to a recurring Zoom meeting.</source>
        <translation>Sie sind zu einem wiederkehrenden Zoom-Meeting eingeladen.</translation>
    </message>
    <message>
        <source>{inviter} is inviting you to a scheduled Zoom meeting.</source>
        <translation>{inviter} lädt Sie zu einem geplanten Zoom-Meeting ein.</translation>
    </message>
    <message>
        <source>You are invited to a scheduled Zoom meeting.</source>
        <translation>Sie sind zu einem geplanten Zoom-Meeting eingeladen.</translation>
    </message>
    <message>
        <source>Topic: {topic}</source>
        <translation>Thema: {topic}</translation>
    </message>
    <message>
        <source>Duration: {duration}</source>
        <translation>Dauer: {duration}</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>Tagesordnung:</translation>
    </message>
    <message>
        <source>Join Zoom Meeting</source>
        <translation>Zoom-Meeting beitreten</translation>
    </message>
    <message>
        <source>Changed dates (these differ from the usual time or length):</source>
        <translation>Geänderte Termine (sie weichen von der üblichen Uhrzeit oder Dauer ab):</translation>
    </message>
    <message>
        <source>Time: This is a recurring meeting. Meet anytime.</source>
        <translation>Zeit: Dies ist ein wiederkehrendes Meeting. Treffen jederzeit möglich.</translation>
    </message>
    <message>
        <source>Passcode: {passcode}</source>
        <translation>Kenncode: {passcode}</translation>
    </message>
    <message>
        <source>“{topic}” has no fixed time, so it cannot be put in a calendar.</source>
        <translation>„{topic}“ hat keine feste Uhrzeit und kann daher nicht in einen Kalender eingetragen werden.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Forget cached meetings</source>
        <translation>Zwischengespeicherte Meetings &amp;vergessen</translation>
    </message>
    <message>
        <source>Delete the copy of this profile&apos;s meeting list kept on this computer</source>
        <translation>Die auf diesem Computer gespeicherte Kopie der Meeting-Liste dieses Profils löschen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Meeting</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Verbindungsprofil</translation>
    </message>
    <message>
        <source>Which Zoom account to work with</source>
        <translation>Mit welchem Zoom-Konto gearbeitet wird</translation>
    </message>
    <message>
        <source>zoomdesk (Sandbox) — not real Zoom</source>
        <translation>zoomdesk (Sandbox) — nicht das echte Zoom</translation>
    </message>
    <message>
        <source>{what} failed: {problem}</source>
        <translation>Fehler bei „{what}“: {problem}</translation>
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
        <translation>1 Meeting-Formular hat Änderungen, die nicht gespeichert sind.</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting forms have changes that are not saved.</source>
        <translation>
            <numerusform>%n Meeting-Formular hat Änderungen, die nicht gespeichert sind.</numerusform>
            <numerusform>%n Meeting-Formulare haben Änderungen, die nicht gespeichert sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit zoomdesk?</source>
        <translation>zoomdesk beenden?</translation>
    </message>
    <message>
        <source>If you quit now, zoomdesk offers the changes back the next time it starts.</source>
        <translation>Wenn Sie jetzt beenden, bietet zoomdesk die Änderungen beim nächsten Start wieder an.</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Zurück zum Formular</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>Trotzdem &amp;beenden</translation>
    </message>
    <message>
        <source>Join link copied</source>
        <translation>Beitrittslink kopiert</translation>
    </message>
    <message>
        <source>Save as calendar file — zoomdesk</source>
        <translation>Als Kalenderdatei speichern — zoomdesk</translation>
    </message>
    <message>
        <source>Copying the join link</source>
        <translation>Beitrittslink kopieren</translation>
    </message>
    <message>
        <source>Copying the invitation</source>
        <translation>Einladung kopieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Opening “{topic}”</source>
        <translation>„{topic}“ öffnen</translation>
    </message>
    <message>
        <source>Zoom gave “{topic}” the passcode {passcode}, though none was entered: this account requires one. It is in the join link and the invitation.</source>
        <translation>Zoom hat „{topic}“ den Kenncode {passcode} gegeben, obwohl keiner eingegeben wurde: Dieses Konto verlangt einen. Er steht im Beitrittslink und in der Einladung.</translation>
    </message>
    <message>
        <source>Deleting “{topic}”</source>
        <translation>„{topic}“ löschen</translation>
    </message>
    <message>
        <source>Deleted “{topic}”</source>
        <translation>„{topic}“ gelöscht</translation>
    </message>
    <message>
        <source>Deleted the {occurrence} occurrence of “{topic}”</source>
        <translation>Den Termin am {occurrence} von „{topic}“ gelöscht</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>{file} gespeichert</translation>
    </message>
    <message>
        <source>Opening “{topic}”…</source>
        <translation>„{topic}“ wird geöffnet…</translation>
    </message>
    <message>
        <source>Copy invitation</source>
        <translation>Einladung kopieren</translation>
    </message>
    <message>
        <source>“{topic}” has no join link.</source>
        <translation>„{topic}“ hat keinen Beitrittslink.</translation>
    </message>
    <message>
        <source>Saving “{topic}” as a calendar file</source>
        <translation>„{topic}“ als Kalenderdatei speichern</translation>
    </message>
    <message>
        <source>Invitation copied (Zoom&apos;s text)</source>
        <translation>Einladung kopiert (Text von Zoom)</translation>
    </message>
    <message>
        <source>Invitation copied (offline)</source>
        <translation>Einladung kopiert (offline)</translation>
    </message>
    <message>
        <source>Save a cancellation file and send or import it so calendars drop the meeting.</source>
        <translation>Speichern Sie eine Absagedatei und versenden oder importieren Sie sie, damit Kalender das Meeting entfernen.</translation>
    </message>
    <message>
        <source>Save cancellation file…</source>
        <translation>Absagedatei speichern…</translation>
    </message>
    <message>
        <source>Invitation copied (zoomdesk&apos;s text, without dial-in numbers: {reason})</source>
        <translation>Einladung kopiert (Text von zoomdesk, ohne Einwahlnummern: {reason})</translation>
    </message>
</context>
<context>
    <name>MeetingFields</name>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Me (the account this app belongs to)</source>
        <translation>Ich (das Konto, zu dem diese App gehört)</translation>
    </message>
    <message>
        <source>Meeting type</source>
        <translation>Meeting-Typ</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Startzeit</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source>A recurring meeting with no fixed time has no date, time or duration: it can be started whenever it is needed.</source>
        <translation>Ein wiederkehrendes Meeting ohne feste Zeit hat kein Datum, keine Uhrzeit und keine Dauer: Es kann jederzeit bei Bedarf gestartet werden.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>The host can&apos;t be changed once a meeting exists.</source>
        <translation>Der Host kann nicht mehr geändert werden, sobald ein Meeting existiert.</translation>
    </message>
    <message>
        <source>The time zone belongs to the whole series.</source>
        <translation>Die Zeitzone gehört zur ganzen Serie.</translation>
    </message>
    <message>
        <source>{time} on this computer</source>
        <translation>{time} auf diesem Computer</translation>
    </message>
    <message>
        <source>The account&apos;s users could not be read, so the meeting is scheduled for the app&apos;s own account. Refresh the list (F5) to choose another host.</source>
        <translation>Die Benutzer des Kontos konnten nicht gelesen werden, daher wird das Meeting für das Konto der App selbst geplant. Aktualisieren Sie die Liste (F5), um einen anderen Host zu wählen.</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>H&amp;ost</source>
        <translation>H&amp;ost</translation>
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
        <translation>Meeting wird von Zoom geladen…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>First check whether the meeting was created (button above).</source>
        <translation>Prüfen Sie zuerst, ob das Meeting erstellt wurde (Schaltfläche oben).</translation>
    </message>
    <message>
        <source>No changes to save.</source>
        <translation>Keine Änderungen zum Speichern.</translation>
    </message>
    <message>
        <source>The meeting couldn&apos;t be loaded (see above).</source>
        <translation>Das Meeting konnte nicht geladen werden (siehe oben).</translation>
    </message>
    <message>
        <source>Checking whether the meeting was created…</source>
        <translation>Es wird geprüft, ob das Meeting erstellt wurde…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>MeetingList</name>
    <message>
        <source>The meetings kept on this computer for this profile are gone</source>
        <translation>Die auf diesem Computer gespeicherten Meetings dieses Profils sind gelöscht</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Whose meetings to list</source>
        <translation>Wessen Meetings aufgelistet werden</translation>
    </message>
    <message>
        <source>Meetings to show</source>
        <translation>Anzuzeigende Meetings</translation>
    </message>
    <message>
        <source>Search meetings</source>
        <translation>Meetings durchsuchen</translation>
    </message>
    <message>
        <source>Search topic, host, meeting ID or agenda</source>
        <translation>Thema, Host, Meeting-ID oder Agenda suchen</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>A&amp;nzeigen:</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Loading meetings…</source>
        <translation>Meetings werden geladen…</translation>
    </message>
    <message>
        <source>The meetings could not be loaded (see the message above). Press F5 to retry.</source>
        <translation>Die Meetings konnten nicht geladen werden (siehe Meldung oben). Drücken Sie F5, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Filter as you type ({shortcut})</source>
        <translation>Beim Tippen filtern ({shortcut})</translation>
    </message>
    <message>
        <source>No meetings here. Press Ctrl+N to schedule one.</source>
        <translation>Hier sind keine Meetings. Drücken Sie Strg+N, um eines zu planen.</translation>
    </message>
    <message>
        <source>No meetings match “{search}”.</source>
        <translation>Keine Meetings passen zu „{search}“.</translation>
    </message>
    <message>
        <source>Loading meetings</source>
        <translation>Meetings laden</translation>
    </message>
    <message>
        <source>Reading the meeting&apos;s details</source>
        <translation>Details des Meetings lesen</translation>
    </message>
    <message>
        <source>Forgetting the cached meetings</source>
        <translation>Zwischengespeicherte Meetings vergessen</translation>
    </message>
    <message>
        <source>Reading the account&apos;s users</source>
        <translation>Benutzer des Kontos lesen</translation>
    </message>
    <message>
        <source>Listing the meetings of {hosts}</source>
        <translation>Meetings von {hosts} auflisten</translation>
    </message>
    <message>
        <source>Created “{topic}”</source>
        <translation>„{topic}“ erstellt</translation>
    </message>
    <message numerus="yes">
        <source>{hosts} and %n more</source>
        <translation>
            <numerusform>{hosts} und %n weiterer</numerusform>
            <numerusform>{hosts} und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved “{topic}”</source>
        <translation>„{topic}“ gespeichert</translation>
    </message>
    <message>
        <source>Created “{topic}” (not in this list)</source>
        <translation>„{topic}“ erstellt (nicht in dieser Liste)</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Anstehend</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vergangene</translation>
    </message>
</context>
<context>
    <name>MeetingOptions</name>
    <message>
        <source>Hide advanced settings</source>
        <translation>Erweiterte Einstellungen ausblenden</translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation>Erweiterte Einstellungen anzeigen</translation>
    </message>
    <message>
        <source>Hide passcode</source>
        <translation>Kenncode ausblenden</translation>
    </message>
    <message>
        <source>Show passcode</source>
        <translation>Kenncode anzeigen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Ge&amp;nerate</source>
        <translation>&amp;Generieren</translation>
    </message>
    <message>
        <source>Generate a random passcode</source>
        <translation>Zufälligen Kenncode generieren</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Erweiterte Einstellungen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Set for the whole series; edit the series to change it.</source>
        <translation>Gilt für die ganze Serie; bearbeiten Sie die Serie, um es zu ändern.</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} oder {second}</translation>
    </message>
    <message>
        <source>Only for: {types}.</source>
        <translation>Nur für: {types}.</translation>
    </message>
    <message>
        <source>Only with {setting}: {choices}.</source>
        <translation>Nur mit {setting}: {choices}.</translation>
    </message>
    <message>
        <source>Turn on “{setting}” first.</source>
        <translation>Schalten Sie zuerst „{setting}“ ein.</translation>
    </message>
    <message>
        <source>{setting}:</source>
        <translation>{setting}:</translation>
    </message>
    <message>
        <source>Set by your organisation.</source>
        <translation>Von Ihrer Organisation festgelegt.</translation>
    </message>
</context>
<context>
    <name>MeetingSetting</name>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Thema</translation>
    </message>
    <message>
        <source>What the meeting is about.</source>
        <translation>Worum es im Meeting geht.</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>Beschreib&amp;ung</translation>
    </message>
    <message>
        <source>Shown in the invitation.</source>
        <translation>Wird in der Einladung angezeigt.</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;yp</translation>
    </message>
    <message>
        <source>One-time, or recurring with or without fixed times.</source>
        <translation>Einmalig oder wiederkehrend, mit oder ohne feste Zeiten.</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Beginn</translation>
    </message>
    <message>
        <source>Wall-clock time in the meeting&apos;s time zone.</source>
        <translation>Uhrzeit in der Zeitzone des Meetings.</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>An IANA zone, e.g. Europe/Berlin.</source>
        <translation>Eine IANA-Zeitzone, z. B. Europe/Berlin.</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>&amp;Dauer</translation>
    </message>
    <message>
        <source>Minutes.</source>
        <translation>Minuten.</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>How a recurring meeting repeats.</source>
        <translation>Wie sich ein wiederkehrendes Meeting wiederholt.</translation>
    </message>
    <message>
        <source>Pass&amp;code</source>
        <translation>&amp;Kenncode</translation>
    </message>
    <message>
        <source>Letters, digits and @ - _ *</source>
        <translation>Buchstaben, Ziffern und @ - _ *</translation>
    </message>
    <message>
        <source>Admit people from a &amp;waiting room</source>
        <translation>Teilnehmer aus dem &amp;Warteraum zulassen</translation>
    </message>
    <message>
        <source>Participants wait until the host admits them.</source>
        <translation>Teilnehmer warten, bis der Host sie zulässt.</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>Whether participants register first.</source>
        <translation>Ob sich Teilnehmer vorher registrieren.</translation>
    </message>
    <message>
        <source>Registration for the series</source>
        <translation>Registrierung für die Serie</translation>
    </message>
    <message>
        <source>For a recurring meeting with fixed times: what one registration covers.</source>
        <translation>Für ein wiederkehrendes Meeting mit festen Zeiten: was eine Registrierung umfasst.</translation>
    </message>
    <message>
        <source>Only signed-in use&amp;rs may join</source>
        <translation>Nur angemeldete Be&amp;nutzer dürfen beitreten</translation>
    </message>
    <message>
        <source>Participants must sign in to Zoom (the host&apos;s authentication profiles).</source>
        <translation>Teilnehmer müssen sich bei Zoom anmelden (Authentifizierungsprofile des Hosts).</translation>
    </message>
    <message>
        <source>Authentication option</source>
        <translation>Authentifizierungsoption</translation>
    </message>
    <message>
        <source>One of the host&apos;s authentication options, by ID (zoomdesk users settings USER).</source>
        <translation>Eine der Authentifizierungsoptionen des Hosts, nach ID (zoomdesk users settings USER).</translation>
    </message>
    <message>
        <source>Authenticated domains</source>
        <translation>Authentifizierte Domänen</translation>
    </message>
    <message>
        <source>Only users whose email address is in one of these domains may join; separate with ,</source>
        <translation>Nur Benutzer, deren E-Mail-Adresse in einer dieser Domänen liegt, dürfen beitreten; trennen mit ,</translation>
    </message>
    <message>
        <source>Host &amp;video on</source>
        <translation>&amp;Video des Hosts an</translation>
    </message>
    <message>
        <source>Start with the host&apos;s video on.</source>
        <translation>Mit eingeschaltetem Video des Hosts beginnen.</translation>
    </message>
    <message>
        <source>&amp;Participants&apos; video on</source>
        <translation>Video der Teilnehme&amp;r an</translation>
    </message>
    <message>
        <source>Start with participants&apos; video on.</source>
        <translation>Mit eingeschaltetem Video der Teilnehmer beginnen.</translation>
    </message>
    <message>
        <source>Let people &amp;join before the host</source>
        <translation>Beitreten vor &amp;Host erlauben</translation>
    </message>
    <message>
        <source>Participants may join before the host arrives.</source>
        <translation>Teilnehmer können beitreten, bevor der Host eintrifft.</translation>
    </message>
    <message>
        <source>How early people may join</source>
        <translation>Wie früh Teilnehmer beitreten können</translation>
    </message>
    <message>
        <source>How long before the start people may join.</source>
        <translation>Wie lange vor Beginn Teilnehmer beitreten können.</translation>
    </message>
    <message>
        <source>&amp;Mute participants when they join</source>
        <translation>Teilnehmer beim Beitritt stu&amp;mmschalten</translation>
    </message>
    <message>
        <source>Participants join muted.</source>
        <translation>Teilnehmer treten stummgeschaltet bei.</translation>
    </message>
    <message>
        <source>Automatic recording</source>
        <translation>Automatische Aufzeichnung</translation>
    </message>
    <message>
        <source>Record automatically.</source>
        <translation>Automatisch aufzeichnen.</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>How participants may join the audio.</source>
        <translation>Wie Teilnehmer dem Audio beitreten können.</translation>
    </message>
    <message>
        <source>Add a watermar&amp;k to shared screens</source>
        <translation>Geteilten Bildschirmen ein Wasserzei&amp;chen hinzufügen</translation>
    </message>
    <message>
        <source>Shared content shows part of each viewer&apos;s email address.</source>
        <translation>Geteilte Inhalte zeigen einen Teil der E-Mail-Adresse jedes Betrachters.</translation>
    </message>
    <message>
        <source>Alternative hosts</source>
        <translation>Alternative Hosts</translation>
    </message>
    <message>
        <source>Email addresses of licensed users, separated by ;</source>
        <translation>E-Mail-Adressen lizenzierter Benutzer, getrennt durch ;</translation>
    </message>
    <message>
        <source>&amp;Email alternative hosts and schedulers about it</source>
        <translation>Alternative Hosts und Planer per &amp;E-Mail benachrichtigen</translation>
    </message>
    <message>
        <source>Zoom emails the alternative hosts when the meeting is scheduled.</source>
        <translation>Zoom benachrichtigt die alternativen Hosts per E-Mail, wenn das Meeting geplant wird.</translation>
    </message>
    <message>
        <source>Email the alternative &amp;hosts themselves</source>
        <translation>Die alternativen &amp;Hosts selbst per E-Mail benachrichtigen</translation>
    </message>
    <message>
        <source>Zoom&apos;s switch for the alternative hosts alone; the one under Options covers schedulers too.</source>
        <translation>Die Zoom-Einstellung nur für die alternativen Hosts; die unter „Optionen“ gilt auch für Planer.</translation>
    </message>
    <message>
        <source>Use the host&apos;s &amp;Personal Meeting ID</source>
        <translation>&amp;Persönliche Meeting-ID des Hosts verwenden</translation>
    </message>
    <message>
        <source>The meeting uses the host&apos;s PMI instead of a new meeting ID.</source>
        <translation>Das Meeting verwendet die PMI des Hosts statt einer neuen Meeting-ID.</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>End-to-end encryption turns off cloud recording and phone dial-in.</source>
        <translation>Ende-zu-Ende-Verschlüsselung schaltet die Cloud-Aufzeichnung und die telefonische Einwahl aus.</translation>
    </message>
    <message>
        <source>Start in &amp;focus mode</source>
        <translation>Im &amp;Fokusmodus beginnen</translation>
    </message>
    <message>
        <source>Participants see only the host&apos;s and their own video.</source>
        <translation>Teilnehmer sehen nur das Video des Hosts und ihr eigenes.</translation>
    </message>
    <message>
        <source>Private meetin&amp;g</source>
        <translation>Privates &amp;Meeting</translation>
    </message>
    <message>
        <source>The topic is hidden from others&apos; calendars.</source>
        <translation>Das Thema ist in den Kalendern anderer verborgen.</translation>
    </message>
    <message>
        <source>Dial-in countries</source>
        <translation>Einwahlländer</translation>
    </message>
    <message>
        <source>Country codes whose dial-in numbers the invitation lists, e.g. US, DE.</source>
        <translation>Ländercodes, deren Einwahlnummern die Einladung aufführt, z. B. US, DE.</translation>
    </message>
    <message>
        <source>Let registrants join from several &amp;devices</source>
        <translation>Registranten die Teilnahme von mehreren &amp;Geräten erlauben</translation>
    </message>
    <message>
        <source>A registrant&apos;s link works on more than one device at a time.</source>
        <translation>Der Link eines Registranten funktioniert auf mehreren Geräten gleichzeitig.</translation>
    </message>
    <message>
        <source>Send registrants a &amp;confirmation</source>
        <translation>Registranten eine &amp;Bestätigung senden</translation>
    </message>
    <message>
        <source>Zoom emails each registrant a confirmation.</source>
        <translation>Zoom sendet jedem Registranten eine Bestätigung per E-Mail.</translation>
    </message>
    <message>
        <source>Email registrants about appro&amp;val</source>
        <translation>&amp;Registranten über die Genehmigung per E-Mail informieren</translation>
    </message>
    <message>
        <source>Zoom emails registrants when they are approved, denied or cancelled.</source>
        <translation>Zoom benachrichtigt Registranten per E-Mail, wenn sie genehmigt, abgelehnt oder storniert werden.</translation>
    </message>
    <message>
        <source>Close registration after the meeting&apos;s da&amp;te</source>
        <translation>Registrierung nach dem Meeting-&amp;Datum schließen</translation>
    </message>
    <message>
        <source>No one can register once the meeting has taken place.</source>
        <translation>Nach dem Meeting kann sich niemand mehr registrieren.</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Kontaktname</translation>
    </message>
    <message>
        <source>Shown to registrants on the registration page.</source>
        <translation>Wird Registranten auf der Registrierungsseite angezeigt.</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Kontakt-E-Mail</translation>
    </message>
    <message>
        <source>Must be true or false.</source>
        <translation>Muss true oder false sein.</translation>
    </message>
    <message>
        <source>Must be text.</source>
        <translation>Muss Text sein.</translation>
    </message>
    <message>
        <source>What the meeting is about</source>
        <translation>Worum es im Meeting geht</translation>
    </message>
    <message>
        <source>Optional; shown in the invitation</source>
        <translation>Optional; wird in der Einladung angezeigt</translation>
    </message>
    <message>
        <source>Only letters, digits and @ - _ * are allowed.</source>
        <translation>Nur Buchstaben, Ziffern und @ - _ * sind erlaubt.</translation>
    </message>
    <message>
        <source>No passcode</source>
        <translation>Kein Kenncode</translation>
    </message>
    <message>
        <source>Waiting room</source>
        <translation>Warteraum</translation>
    </message>
    <message>
        <source>Re&amp;gistration</source>
        <translation>Re&amp;gistrierung</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Aut&amp;hentication option</source>
        <translation>Authentifizierungs&amp;option</translation>
    </message>
    <message>
        <source>The host&apos;s default option</source>
        <translation>Standardoption des Hosts</translation>
    </message>
    <message>
        <source>example.com, *.example.org</source>
        <translation>example.com, *.example.org</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Joining</source>
        <translation>Beitritt</translation>
    </message>
    <message>
        <source>Not available while the waiting room is on (Zoom turns it off).</source>
        <translation>Nicht verfügbar, solange der Warteraum aktiviert ist (Zoom schaltet es aus).</translation>
    </message>
    <message>
        <source>Recor&amp;ding</source>
        <translation>&amp;Aufzeichnung</translation>
    </message>
    <message>
        <source>Aud&amp;io</source>
        <translation>Aud&amp;io</translation>
    </message>
    <message>
        <source>A&amp;lternative hosts</source>
        <translation>A&amp;lternative Hosts</translation>
    </message>
    <message>
        <source>ann@example.com; bob@example.com</source>
        <translation>ann@example.com; bob@example.com</translation>
    </message>
    <message>
        <source>&amp;Encryption</source>
        <translation>&amp;Verschlüsselung</translation>
    </message>
    <message>
        <source>In the meeting</source>
        <translation>Im Meeting</translation>
    </message>
    <message>
        <source>Country codes are two capital letters, e.g. DE.</source>
        <translation>Ländercodes bestehen aus zwei Großbuchstaben, z. B. DE.</translation>
    </message>
    <message>
        <source>Dial-in &amp;countries</source>
        <translation>Ein&amp;wahlländer</translation>
    </message>
    <message>
        <source>The account&apos;s countries</source>
        <translation>Länder des Kontos</translation>
    </message>
    <message>
        <source>Registrants</source>
        <translation>Registranten</translation>
    </message>
    <message>
        <source>Contact na&amp;me</source>
        <translation>&amp;Kontaktname</translation>
    </message>
    <message>
        <source>Jill Chill</source>
        <translation>Erika Mustermann</translation>
    </message>
    <message>
        <source>Not an email address.</source>
        <translation>Keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Contact emai&amp;l</source>
        <translation>Kontakt-&amp;E-Mail</translation>
    </message>
    <message>
        <source>jill.chill@example.com</source>
        <translation>erika.mustermann@example.com</translation>
    </message>
    <message>
        <source>zoomdesk does not know the setting {name}. Did you mean {names}?</source>
        <translation>zoomdesk kennt die Einstellung {name} nicht. Meinten Sie {names}?</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation>Muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>Must be a list of text, e.g. [&quot;US&quot;, &quot;DE&quot;].</source>
        <translation>Muss eine Liste von Texten sein, z. B. [&quot;US&quot;, &quot;DE&quot;].</translation>
    </message>
    <message>
        <source>No registration</source>
        <translation>Keine Registrierung</translation>
    </message>
    <message>
        <source>Registration, approved automatically</source>
        <translation>Registrierung, automatisch genehmigt</translation>
    </message>
    <message>
        <source>Registration, approved by the host</source>
        <translation>Registrierung, vom Host genehmigt</translation>
    </message>
    <message>
        <source>Register once, attend any occurrence</source>
        <translation>Einmal registrieren, an jedem Termin teilnehmen</translation>
    </message>
    <message>
        <source>Register for each occurrence</source>
        <translation>Für jeden Termin einzeln registrieren</translation>
    </message>
    <message>
        <source>Register once, choose the occurrences</source>
        <translation>Einmal registrieren, Termine auswählen</translation>
    </message>
    <message>
        <source>Any time before the start</source>
        <translation>Jederzeit vor Beginn</translation>
    </message>
    <message>
        <source>Up to 5 min before</source>
        <translation>Bis zu 5 Min. vorher</translation>
    </message>
    <message>
        <source>Up to 10 min before</source>
        <translation>Bis zu 10 Min. vorher</translation>
    </message>
    <message>
        <source>Don&apos;t record</source>
        <translation>Nicht aufzeichnen</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <source>In the cloud</source>
        <translation>In der Cloud</translation>
    </message>
    <message>
        <source>Telephone and computer audio</source>
        <translation>Telefon und Computeraudio</translation>
    </message>
    <message>
        <source>Telephone only</source>
        <translation>Nur Telefon</translation>
    </message>
    <message>
        <source>Computer audio only</source>
        <translation>Nur Computeraudio</translation>
    </message>
    <message>
        <source>Enhanced encryption</source>
        <translation>Erweiterte Verschlüsselung</translation>
    </message>
    <message>
        <source>End-to-end encryption</source>
        <translation>Ende-zu-Ende-Verschlüsselung</translation>
    </message>
    <message>
        <source>zoomdesk does not know the setting {name}.</source>
        <translation>zoomdesk kennt die Einstellung {name} nicht.</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} oder {second}</translation>
    </message>
    <message>
        <source>Must be one of {values}.</source>
        <translation>Muss einer der Werte {values} sein.</translation>
    </message>
    <message>
        <source>{value}: {problem}</source>
        <translation>{value}: {problem}</translation>
    </message>
    <message>
        <source>At most {limit} characters ({length}).</source>
        <translation>Höchstens {limit} Zeichen ({length}).</translation>
    </message>
    <message>
        <source>One-time meeting</source>
        <translation>Einmaliges Meeting</translation>
    </message>
    <message>
        <source>Recurring meeting, fixed times</source>
        <translation>Wiederkehrendes Meeting, feste Zeiten</translation>
    </message>
    <message>
        <source>Recurring meeting, no fixed time</source>
        <translation>Wiederkehrendes Meeting, ohne feste Zeit</translation>
    </message>
    <message>
        <source>Must be between {low} and {high}.</source>
        <translation>Muss zwischen {low} und {high} liegen.</translation>
    </message>
    <message>
        <source>Not an email address: {address}</source>
        <translation>Keine E-Mail-Adresse: {address}</translation>
    </message>
</context>
<context>
    <name>MeetingTable</name>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Meeting ID</source>
        <translation>Meeting-ID</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Vergangen</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Anstehend</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>Wiederkehrend</translation>
    </message>
    <message>
        <source>{column}: {value}</source>
        <translation>{column}: {value}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Meeting time zone: {zone}</source>
        <translation>Zeitzone des Meetings: {zone}</translation>
    </message>
    <message>
        <source>Recurring: open the meeting, or select it a moment, to see how it repeats</source>
        <translation>Wiederkehrend: Öffnen Sie das Meeting oder wählen Sie es kurz aus, um zu sehen, wie es sich wiederholt</translation>
    </message>
    <message>
        <source>Recurring: {pattern}</source>
        <translation>Wiederkehrend: {pattern}</translation>
    </message>
</context>
<context>
    <name>MeetingType</name>
    <message>
        <source>Instant</source>
        <translation>Sofortmeeting</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <source>Recurring (no fixed time)</source>
        <translation>Wiederkehrend (ohne feste Zeit)</translation>
    </message>
    <message>
        <source>Personal meeting ID</source>
        <translation>Persönliche Meeting-ID</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>Wiederkehrend</translation>
    </message>
    <message>
        <source>Screen share only</source>
        <translation>Nur Bildschirmfreigabe</translation>
    </message>
</context>
<context>
    <name>MeetingUpdate</name>
    <message>
        <source>Cannot be changed for one occurrence; edit the whole series.</source>
        <translation>Kann nicht für einen einzelnen Termin geändert werden; bearbeiten Sie die ganze Serie.</translation>
    </message>
    <message>
        <source>A new start needs its time zone.</source>
        <translation>Ein neuer Beginn braucht seine Zeitzone.</translation>
    </message>
    <message>
        <source>Enter a topic.</source>
        <translation>Geben Sie ein Thema ein.</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>Calendar month</source>
        <translation>Kalendermonat</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weiteres</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OccurrenceDialog</name>
    <message>
        <source>Zoom removes it at once; people who have the link can no longer join. This cannot be undone.</source>
        <translation>Zoom entfernt es sofort; Personen mit dem Link können nicht mehr beitreten. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Zoom removes this date at once; the link still works for the other dates of the series. This cannot be undone.</source>
        <translation>Zoom entfernt diesen Termin sofort; der Link funktioniert weiterhin für die anderen Termine der Serie. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>“{topic}” is a recurring meeting. Delete which part?</source>
        <translation>„{topic}“ ist ein wiederkehrendes Meeting. Welchen Teil möchten Sie löschen?</translation>
    </message>
    <message>
        <source>Delete only this occurrence:</source>
        <translation>Nur diesen Termin löschen:</translation>
    </message>
    <message>
        <source>Delete one occurrence</source>
        <translation>Einen Termin löschen</translation>
    </message>
    <message>
        <source>Delete the whole series</source>
        <translation>Die ganze Serie löschen</translation>
    </message>
    <message>
        <source>“{topic}” is a recurring meeting. Edit which part?</source>
        <translation>„{topic}“ ist ein wiederkehrendes Meeting. Welchen Teil möchten Sie bearbeiten?</translation>
    </message>
    <message>
        <source>Edit only this occurrence:</source>
        <translation>Nur diesen Termin bearbeiten:</translation>
    </message>
    <message>
        <source>Edit one occurrence</source>
        <translation>Einen Termin bearbeiten</translation>
    </message>
    <message>
        <source>Edit the whole series</source>
        <translation>Die ganze Serie bearbeiten</translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>E&amp;mail the host and registrants about the cancellation</source>
        <translation>Host und Registranten per E-&amp;Mail über die Absage informieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Delete meeting — zoomdesk</source>
        <translation>Meeting löschen — zoomdesk</translation>
    </message>
    <message>
        <source>Edit recurring meeting — zoomdesk</source>
        <translation>Wiederkehrendes Meeting bearbeiten — zoomdesk</translation>
    </message>
    <message numerus="yes">
        <source>Delete the whole series (%n upcoming occurrence(s))</source>
        <translation>
            <numerusform>Die ganze Serie löschen (%n anstehender Termin)</numerusform>
            <numerusform>Die ganze Serie löschen (%n anstehende Termine)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit the whole series (%n upcoming occurrence(s))</source>
        <translation>
            <numerusform>Die ganze Serie bearbeiten (%n anstehender Termin)</numerusform>
            <numerusform>Die ganze Serie bearbeiten (%n anstehende Termine)</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “{topic}” ({when})?</source>
        <translation>„{topic}“ ({when}) löschen?</translation>
    </message>
    <message>
        <source>Delete “{topic}”?</source>
        <translation>„{topic}“ löschen?</translation>
    </message>
</context>
<context>
    <name>Offline</name>
    <message>
        <source>Needs Zoom, which cannot be reached right now; zoomdesk keeps trying.</source>
        <translation>Benötigt Zoom, das gerade nicht erreichbar ist; zoomdesk versucht es weiter.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Zoom cannot be reached. Showing your meetings as of {time}, read-only: copying links and invitations and saving .ics files still work. Trying again in {seconds} s. {problem}</source>
        <translation>Zoom ist nicht erreichbar. Ihre Meetings werden mit Stand {time} schreibgeschützt angezeigt: Links und Einladungen kopieren und .ics-Dateien speichern funktioniert weiterhin. Neuer Versuch in {seconds} s. {problem}</translation>
    </message>
    <message>
        <source>Zoom cannot be reached. Nothing is kept from an earlier visit to show meanwhile. Trying again in {seconds} s. {problem}</source>
        <translation>Zoom ist nicht erreichbar. Von einem früheren Besuch ist nichts gespeichert, das in der Zwischenzeit angezeigt werden könnte. Neuer Versuch in {seconds} s. {problem}</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Jetzt versuchen</translation>
    </message>
</context>
<context>
    <name>OutcomeCheck</name>
    <message>
        <source>Check now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <source>It was created — open it</source>
        <translation>Es wurde erstellt — öffnen</translation>
    </message>
    <message>
        <source>It was not created — try again</source>
        <translation>Es wurde nicht erstellt — erneut versuchen</translation>
    </message>
    <message>
        <source>Try again without checking</source>
        <translation>Ohne Prüfung erneut versuchen</translation>
    </message>
    <message>
        <source>Checking whether the meeting was created</source>
        <translation>Prüfen, ob das Meeting erstellt wurde</translation>
    </message>
    <message>
        <source>The meeting may or may not have been created</source>
        <translation>Das Meeting wurde möglicherweise erstellt – oder nicht</translation>
    </message>
    <message>
        <source>The request was sent, but no answer came back. It was NOT retried, so that the meeting is not created twice. Check the host&apos;s meetings before trying again.</source>
        <translation>Die Anfrage wurde gesendet, aber es kam keine Antwort. Sie wurde NICHT wiederholt, damit das Meeting nicht doppelt erstellt wird. Prüfen Sie die Meetings des Hosts, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Checking the host&apos;s meetings…</source>
        <translation>Meetings des Hosts werden geprüft…</translation>
    </message>
    <message>
        <source>no fixed time</source>
        <translation>keine feste Zeit</translation>
    </message>
    <message>
        <source>It was created</source>
        <translation>Es wurde erstellt</translation>
    </message>
    <message>
        <source>It was not created</source>
        <translation>Es wurde nicht erstellt</translation>
    </message>
    <message>
        <source>Couldn&apos;t check whether the meeting was created</source>
        <translation>Es konnte nicht geprüft werden, ob das Meeting erstellt wurde</translation>
    </message>
    <message>
        <source>“{topic}” ({time}, meeting ID {id}) was created for this host.</source>
        <translation>„{topic}“ ({time}, Meeting-ID {id}) wurde für diesen Host erstellt.</translation>
    </message>
    <message>
        <source>No meeting called “{topic}” at this time was created for this host in the last few minutes. It is safe to try again.</source>
        <translation>In den letzten Minuten wurde für diesen Host kein Meeting „{topic}“ zu dieser Zeit erstellt. Sie können es gefahrlos erneut versuchen.</translation>
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
        <translation>keine Richtlinie</translation>
    </message>
    <message>
        <source>{value} is not an IANA time zone (Europe/Berlin)</source>
        <translation>{value} ist keine IANA-Zeitzone (Europe/Berlin)</translation>
    </message>
    <message>
        <source>; known names: {names}</source>
        <translation>; bekannte Namen: {names}</translation>
    </message>
    <message>
        <source>unknown policy name {name}{suggestion}</source>
        <translation>unbekannter Richtlinienname {name}{suggestion}</translation>
    </message>
    <message>
        <source>allowed_hosts must be a list of emails or @domains</source>
        <translation>allowed_hosts muss eine Liste von E-Mail-Adressen oder @Domains sein</translation>
    </message>
    <message>
        <source>profiles must be a list of tables ([[profiles]])</source>
        <translation>profiles muss eine Liste von Tabellen sein ([[profiles]])</translation>
    </message>
    <message>
        <source>two preset profiles named {name}</source>
        <translation>zwei vorgegebene Profile namens {name}</translation>
    </message>
    <message>
        <source>locked_settings must be a table ([locked_settings])</source>
        <translation>locked_settings muss eine Tabelle sein ([locked_settings])</translation>
    </message>
    <message>
        <source>{setting} is set by {policy}; it must be {value}.</source>
        <translation>{setting} ist festgelegt durch {policy}; der Wert muss {value} sein.</translation>
    </message>
    <message>
        <source>; did you mean {name}?</source>
        <translation>; meinten Sie {name}?</translation>
    </message>
    <message>
        <source>each preset profile must be a table</source>
        <translation>jedes vorgegebene Profil muss eine Tabelle sein</translation>
    </message>
    <message>
        <source>{key} must be text</source>
        <translation>{key} muss Text sein</translation>
    </message>
    <message>
        <source>a preset profile needs {key}</source>
        <translation>ein vorgegebenes Profil braucht {key}</translation>
    </message>
    <message>
        <source>region must be global or zoomgov</source>
        <translation>region muss global oder zoomgov sein</translation>
    </message>
    <message>
        <source>your organisation&apos;s policy ({source})</source>
        <translation>die Richtlinie Ihrer Organisation ({source})</translation>
    </message>
    <message>
        <source>{email} is not among the hosts this desktop may manage ({hosts}), set by {policy}.</source>
        <translation>{email} gehört nicht zu den Hosts, die dieser Computer verwalten darf ({hosts}), festgelegt durch {policy}.</translation>
    </message>
    <message>
        <source>{key} must be true or false</source>
        <translation>{key} muss true oder false sein</translation>
    </message>
    <message>
        <source>{value} is neither an email (board@example.com) nor a domain (@example.org)</source>
        <translation>{value} ist weder eine E-Mail-Adresse (board@example.com) noch eine Domain (@example.org)</translation>
    </message>
    <message>
        <source>this host</source>
        <translation>dieser Host</translation>
    </message>
    <message>
        <source>a policy never holds a secret: remove {key}; each user&apos;s secret goes in the keyring (zoomdesk profiles add NAME --client-secret-stdin)</source>
        <translation>eine Richtlinie enthält nie ein Geheimnis: Entfernen Sie {key}; das Geheimnis jedes Benutzers gehört in den Schlüsselbund (zoomdesk profiles add NAME --client-secret-stdin)</translation>
    </message>
    <message>
        <source>unknown profile name {name}{suggestion}</source>
        <translation>unbekannter Profil-Eintrag {name}{suggestion}</translation>
    </message>
    <message>
        <source>cannot read the policy file ({error})</source>
        <translation>die Richtliniendatei kann nicht gelesen werden ({error})</translation>
    </message>
    <message>
        <source>not valid TOML: {reason}</source>
        <translation>kein gültiges TOML: {reason}</translation>
    </message>
    <message>
        <source>not a valid plist</source>
        <translation>keine gültige plist</translation>
    </message>
    <message>
        <source>cannot read the managed preferences ({error})</source>
        <translation>die verwalteten Einstellungen können nicht gelesen werden ({error})</translation>
    </message>
    <message>
        <source>the managed preferences are not a dictionary</source>
        <translation>die verwalteten Einstellungen sind kein Dictionary</translation>
    </message>
    <message>
        <source>the policy file does not exist</source>
        <translation>die Richtliniendatei existiert nicht</translation>
    </message>
</context>
<context>
    <name>PolicyUi</name>
    <message>
        <source>Adding profiles is turned off by {policy}; ask IT for a profile.</source>
        <translation>Das Hinzufügen von Profilen ist durch {policy} deaktiviert; fragen Sie die IT nach einem Profil.</translation>
    </message>
    <message>
        <source>The sandbox is turned off by {policy}.</source>
        <translation>Die Sandbox ist durch {policy} deaktiviert.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy is unreadable, ask IT: {problem}. Until it is fixed, zoomdesk keeps the restrictive defaults (no new profiles, no sandbox).</source>
        <translation>Die Richtlinie Ihrer Organisation ist nicht lesbar, wenden Sie sich an die IT: {problem}. Bis dies behoben ist, behält zoomdesk die restriktiven Standardwerte bei (keine neuen Profile, keine Sandbox).</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The new language is used when zoomdesk next starts.</source>
        <translation>Die neue Sprache wird beim nächsten Start von zoomdesk verwendet.</translation>
    </message>
    <message>
        <source>Used for menus, messages, dates and times.</source>
        <translation>Gilt für Menüs, Meldungen, Datums- und Zeitangaben.</translation>
    </message>
</context>
<context>
    <name>ProfileActions</name>
    <message>
        <source>Remove profile — zoomdesk</source>
        <translation>Profil entfernen — zoomdesk</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Connecting with “{name}”</source>
        <translation>Verbinden mit „{name}“</translation>
    </message>
    <message>
        <source>Removing “{name}”</source>
        <translation>„{name}“ wird entfernt</translation>
    </message>
    <message>
        <source>Remove the profile “{name}” and its secret from this computer? Your Zoom account and its meetings are not affected.</source>
        <translation>Das Profil „{name}“ und sein Geheimnis von diesem Computer entfernen? Ihr Zoom-Konto und seine Meetings sind davon nicht betroffen.</translation>
    </message>
    <message>
        <source>Reading the profiles</source>
        <translation>Lesen der Profile</translation>
    </message>
    <message>
        <source>The profile was removed, but its secret could not be deleted from the password store: {problem}</source>
        <translation>Das Profil wurde entfernt, aber sein Geheimnis konnte nicht aus dem Passwortspeicher gelöscht werden: {problem}</translation>
    </message>
    <message>
        <source>“{name}” was saved, but zoomdesk could not connect with it: {problem} It stays on the current connection.</source>
        <translation>„{name}“ wurde gespeichert, aber zoomdesk konnte sich damit nicht verbinden: {problem} Die aktuelle Verbindung bleibt bestehen.</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>Profil bearbeiten…</translation>
    </message>
    <message>
        <source>Switch anyway</source>
        <translation>Trotzdem wechseln</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Enter a URL.</source>
        <translation>Geben Sie eine URL ein.</translation>
    </message>
    <message>
        <source>Enter the account ID.</source>
        <translation>Geben Sie die Konto-ID ein.</translation>
    </message>
    <message>
        <source>Enter the client ID.</source>
        <translation>Geben Sie die Client-ID ein.</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Geben Sie das Client-Geheimnis ein.</translation>
    </message>
    <message>
        <source>A profile with this name exists already.</source>
        <translation>Ein Profil mit diesem Namen gibt es bereits.</translation>
    </message>
    <message>
        <source>Enter the credentials of your Server-to-Server OAuth app. You find them on the app&apos;s App Credentials page in the Zoom App Marketplace.</source>
        <translation>Geben Sie die Zugangsdaten Ihrer Server-to-Server-OAuth-App ein. Sie finden sie auf der Seite „App Credentials“ der App im Zoom App Marketplace.</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>e.g. Work</source>
        <translation>z. B. Arbeit</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Custom base URLs</source>
        <translation>Eigene Basis-URLs</translation>
    </message>
    <message>
        <source>OAuth URL</source>
        <translation>OAuth-URL</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>API-URL</translation>
    </message>
    <message>
        <source>From the token (recommended)</source>
        <translation>Aus dem Token (empfohlen)</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the client secret</source>
        <translation>Client-Geheimnis anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the client secret</source>
        <translation>Client-Geheimnis anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;OAuth URL:</source>
        <translation>&amp;OAuth-URL:</translation>
    </message>
    <message>
        <source>A&amp;PI URL:</source>
        <translation>A&amp;PI-URL:</translation>
    </message>
    <message>
        <source>&amp;Account ID:</source>
        <translation>&amp;Konto-ID:</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Keyring problem</source>
        <translation>Problem mit dem Schlüsselbund</translation>
    </message>
    <message>
        <source>Asking Zoom for an access token…</source>
        <translation>Zugriffstoken wird bei Zoom angefordert…</translation>
    </message>
    <message>
        <source>Edit profile — zoomdesk</source>
        <translation>Profil bearbeiten — zoomdesk</translation>
    </message>
    <message>
        <source>Connect to Zoom — zoomdesk</source>
        <translation>Mit Zoom verbinden — zoomdesk</translation>
    </message>
    <message>
        <source>Stored in the system keyring; leave empty to keep it</source>
        <translation>Im Schlüsselbund des Systems gespeichert; leer lassen, um es zu behalten</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Hide the client secret</source>
        <translation>Client-Geheimnis verbergen</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Testen der Verbindung</translation>
    </message>
    <message>
        <source>Saving the profile</source>
        <translation>Speichern des Profils</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>Problem mit {field}</translation>
    </message>
    <message>
        <source>Something unexpected went wrong: {problem}</source>
        <translation>Etwas Unerwartetes ist schiefgegangen: {problem}</translation>
    </message>
    <message>
        <source>The client secret is needed to test the connection.</source>
        <translation>Zum Testen der Verbindung wird das Client-Geheimnis benötigt.</translation>
    </message>
    <message>
        <source>{problem} You can use the secret for this session only: zoomdesk keeps it in memory until it closes, and asks for it again next time.</source>
        <translation>{problem} Sie können das Geheimnis nur für diese Sitzung verwenden: zoomdesk behält es bis zum Beenden im Arbeitsspeicher und fragt beim nächsten Mal erneut danach.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation>Nur für diese Sitzung verwenden</translation>
    </message>
</context>
<context>
    <name>ProfileMenu</name>
    <message>
        <source>Sandbox (not real Zoom)</source>
        <translation>Sandbox (nicht das echte Zoom)</translation>
    </message>
    <message>
        <source>&amp;Sandbox (not real Zoom)</source>
        <translation>&amp;Sandbox (nicht das echte Zoom)</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>Enter a name for this profile.</source>
        <translation>Geben Sie einen Namen für dieses Profil ein.</translation>
    </message>
    <message>
        <source>A profile name cannot start or end with a space.</source>
        <translation>Ein Profilname darf nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>A profile name can have at most 100 characters.</source>
        <translation>Ein Profilname darf höchstens 100 Zeichen haben.</translation>
    </message>
    <message>
        <source>A profile name cannot contain / or \.</source>
        <translation>Ein Profilname darf weder / noch \ enthalten.</translation>
    </message>
    <message>
        <source>A profile name cannot contain control characters (new lines, tabs, escapes).</source>
        <translation>Ein Profilname darf keine Steuerzeichen enthalten (Zeilenumbrüche, Tabulatoren, Escape-Zeichen).</translation>
    </message>
    <message>
        <source>The URL must not contain a user name or password; credentials go elsewhere.</source>
        <translation>Die URL darf keinen Benutzernamen und kein Passwort enthalten; Zugangsdaten gehören woandershin.</translation>
    </message>
    <message>
        <source>Cannot save the settings file {path}: {error}</source>
        <translation>Die Einstellungsdatei {path} kann nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>{url} is not an http(s) URL; enter a full URL, like https://zoom.us.</source>
        <translation>{url} ist keine http(s)-URL; geben Sie eine vollständige URL ein, etwa https://zoom.us.</translation>
    </message>
    <message>
        <source>{url} is plain http to another computer, which would send the credentials unencrypted; use https:// (plain http is only allowed for this computer).</source>
        <translation>{url} ist unverschlüsseltes http zu einem anderen Computer, das die Zugangsdaten unverschlüsselt senden würde; verwenden Sie https:// (reines http ist nur für diesen Computer erlaubt).</translation>
    </message>
    <message>
        <source>Cannot read the settings file {path}: {error}</source>
        <translation>Die Einstellungsdatei {path} kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>The settings file {path} is damaged ({error}). Move it aside and add the profile again; no secret is stored in it.</source>
        <translation>Die Einstellungsdatei {path} ist beschädigt ({error}). Verschieben Sie sie und fügen Sie das Profil erneut hinzu; darin ist kein Geheimnis gespeichert.</translation>
    </message>
    <message>
        <source>{url} is not a URL; enter a full URL, like https://zoom.us.</source>
        <translation>{url} ist keine URL; geben Sie eine vollständige URL ein, etwa https://zoom.us.</translation>
    </message>
    <message>
        <source>Another zoomdesk is still writing {path}; try again.</source>
        <translation>Ein anderes zoomdesk schreibt noch in {path}; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No profile named {name}; see `zoomdesk profiles list`.</source>
        <translation>Kein Profil namens {name}; siehe `zoomdesk profiles list`.</translation>
    </message>
    <message>
        <source>Incomplete credentials in profile {name}: missing {fields}.</source>
        <translation>Unvollständige Zugangsdaten im Profil {name}, es fehlen: {fields}.</translation>
    </message>
    <message>
        <source>Incomplete credentials in the environment: missing {fields}.</source>
        <translation>Unvollständige Zugangsdaten in der Umgebung, es fehlen: {fields}.</translation>
    </message>
    <message>
        <source>the oauth url of profile {name}: {problem}</source>
        <translation>die OAuth-URL des Profils {name}: {problem}</translation>
    </message>
    <message>
        <source>the api url of profile {name}: {problem}</source>
        <translation>die API-URL des Profils {name}: {problem}</translation>
    </message>
    <message>
        <source>account ID (ZOOM_ACCOUNT_ID)</source>
        <translation>Konto-ID (ZOOM_ACCOUNT_ID)</translation>
    </message>
    <message>
        <source>client ID (ZOOM_CLIENT_ID)</source>
        <translation>Client-ID (ZOOM_CLIENT_ID)</translation>
    </message>
    <message>
        <source>client secret (ZOOM_CLIENT_SECRET or the keyring)</source>
        <translation>Client-Geheimnis (ZOOM_CLIENT_SECRET oder der Schlüsselbund)</translation>
    </message>
</context>
<context>
    <name>RateLimit</name>
    <message>
        <source>{remaining} of {limit} {category} requests left today for the whole Zoom account (resets {time} UTC); slowing down</source>
        <translation>Heute noch {remaining} von {limit} {category}-Anfragen für das gesamte Zoom-Konto übrig (Zurücksetzung {time} UTC); es wird langsamer gearbeitet</translation>
    </message>
    <message>
        <source>{remaining} of {limit} {category} requests left today for the whole Zoom account (resets {time} UTC); bulk work pauses to leave them for people</source>
        <translation>Heute noch {remaining} von {limit} {category}-Anfragen für das gesamte Zoom-Konto übrig (Zurücksetzung {time} UTC); die Massenverarbeitung pausiert, damit sie für Personen bleiben</translation>
    </message>
</context>
<context>
    <name>RecoveryBanner</name>
    <message>
        <source>“{topic}”</source>
        <translation>„{topic}“</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>ohne Titel</translation>
    </message>
    <message>
        <source>1 meeting form was not saved when zoomdesk last stopped: {topics}.</source>
        <translation>1 Meeting-Formular wurde beim letzten Beenden von zoomdesk nicht gespeichert: {topics}.</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting forms were not saved when zoomdesk last stopped: {topics}.</source>
        <translation>
            <numerusform>%n Meeting-Formular wurde beim letzten Beenden von zoomdesk nicht gespeichert: {topics}.</numerusform>
            <numerusform>%n Meeting-Formulare wurden beim letzten Beenden von zoomdesk nicht gespeichert: {topics}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved forms discarded</source>
        <translation>Nicht gespeicherte Formulare verworfen</translation>
    </message>
    <message numerus="yes">
        <source>{topics} and %n more</source>
        <translation>
            <numerusform>{topics} und %n weiteres</numerusform>
            <numerusform>{topics} und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>Every day</source>
        <translation>Täglich</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Jeden %n. Tag</numerusform>
            <numerusform>Alle %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Wöchentlich</translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s)</source>
        <translation>
            <numerusform>Jede %n. Woche</numerusform>
            <numerusform>Alle %n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Monatlich</translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s)</source>
        <translation>
            <numerusform>Jeden %n. Monat</numerusform>
            <numerusform>Alle %n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>{rule} on {days}</source>
        <translation>{rule} am {days}</translation>
    </message>
    <message>
        <source>{rule}, until {date}</source>
        <translation>{rule}, bis {date}</translation>
    </message>
    <message>
        <source>{rule} on day {day}</source>
        <translation>{rule} am {day}.</translation>
    </message>
    <message numerus="yes">
        <source>{rule}, %n time(s)</source>
        <translation>
            <numerusform>{rule}, %n Mal</numerusform>
            <numerusform>{rule}, %n Mal</numerusform>
        </translation>
    </message>
    <message>
        <source>{rule} on the last {weekday}</source>
        <translation>{rule} am letzten {weekday}</translation>
    </message>
    <message>
        <source>{rule} on the first {weekday}</source>
        <translation>{rule} am ersten {weekday}</translation>
    </message>
    <message>
        <source>{rule} on the second {weekday}</source>
        <translation>{rule} am zweiten {weekday}</translation>
    </message>
    <message>
        <source>{rule} on the third {weekday}</source>
        <translation>{rule} am dritten {weekday}</translation>
    </message>
    <message>
        <source>{rule} on the fourth {weekday}</source>
        <translation>{rule} am vierten {weekday}</translation>
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Erster</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Zweiter</translation>
    </message>
    <message>
        <source>Third</source>
        <translation>Dritter</translation>
    </message>
    <message>
        <source>Fourth</source>
        <translation>Vierter</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Letzter</translation>
    </message>
    <message>
        <source>occurrences (at most {limit})</source>
        <translation>Termine (höchstens {limit})</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Am</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Wiederholen alle</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Monthly on a day of the month</source>
        <translation>Monatlich an einem Tag des Monats</translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation>Tag des Monats</translation>
    </message>
    <message>
        <source>The</source>
        <translation>Am</translation>
    </message>
    <message>
        <source>Monthly on a weekday of a week</source>
        <translation>Monatlich an einem Wochentag einer Woche</translation>
    </message>
    <message>
        <source>Week of the month</source>
        <translation>Woche des Monats</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>End after a number of occurrences</source>
        <translation>Nach einer Anzahl von Terminen enden</translation>
    </message>
    <message>
        <source>Number of occurrences</source>
        <translation>Anzahl der Termine</translation>
    </message>
    <message>
        <source>End on a date</source>
        <translation>An einem Datum enden</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>Letztes Datum</translation>
    </message>
    <message>
        <source>Repeat summary</source>
        <translation>Zusammenfassung der Wiederholung</translation>
    </message>
    <message>
        <source>&amp;Repeats</source>
        <translation>&amp;Wiederholung</translation>
    </message>
    <message>
        <source>E&amp;very</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Endet</translation>
    </message>
    <message numerus="yes">
        <source>day(s) (at most {limit})</source>
        <translation>
            <numerusform>Tag (höchstens {limit})</numerusform>
            <numerusform>Tage (höchstens {limit})</numerusform>
        </translation>
    </message>
    <message>
        <source>{rule}, until {date}</source>
        <translation>{rule}, bis {date}</translation>
    </message>
    <message>
        <source>of the month</source>
        <translation>des Monats</translation>
    </message>
    <message numerus="yes">
        <source>week(s) (at most {limit})</source>
        <translation>
            <numerusform>Woche (höchstens {limit})</numerusform>
            <numerusform>Wochen (höchstens {limit})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s) (at most {limit})</source>
        <translation>
            <numerusform>Monat (höchstens {limit})</numerusform>
            <numerusform>Monate (höchstens {limit})</numerusform>
        </translation>
    </message>
    <message>
        <source>{rule}, once</source>
        <translation>{rule}, einmal</translation>
    </message>
    <message numerus="yes">
        <source>{rule}, %n times</source>
        <translation>
            <numerusform>{rule}, %n-mal</numerusform>
            <numerusform>{rule}, %n-mal</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecurrenceSummary</name>
    <message>
        <source>Recurring</source>
        <translation>Wiederkehrend</translation>
    </message>
</context>
<context>
    <name>RegistrantDialogs</name>
    <message>
        <source>Add registrant — zoomdesk</source>
        <translation>Registrant hinzufügen — zoomdesk</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Not an email address.</source>
        <translation>Keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>Importvorschau</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Vorname</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nachname</translation>
    </message>
    <message>
        <source>Zoom needs a first name.</source>
        <translation>Zoom benötigt einen Vornamen.</translation>
    </message>
    <message numerus="yes">
        <source>Register %n people from {file} (one request each)?</source>
        <translation>
            <numerusform>%n Person aus {file} registrieren (je eine Anfrage)?</numerusform>
            <numerusform>%n Personen aus {file} registrieren (je eine Anfrage)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Register %n people from {file} (in batches of 30)?</source>
        <translation>
            <numerusform>%n Person aus {file} registrieren (in Stapeln zu 30)?</numerusform>
            <numerusform>%n Personen aus {file} registrieren (in Stapeln zu 30)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Import {file} — zoomdesk</source>
        <translation>{file} importieren — zoomdesk</translation>
    </message>
    <message numerus="yes">
        <source>{file} can&apos;t be imported: fix these %n problem(s) and try again. Nothing has been sent.</source>
        <translation>
            <numerusform>{file} kann nicht importiert werden: Beheben Sie dieses %n Problem und versuchen Sie es erneut. Es wurde nichts gesendet.</numerusform>
            <numerusform>{file} kann nicht importiert werden: Beheben Sie diese %n Probleme und versuchen Sie es erneut. Es wurde nichts gesendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistrantImport</name>
    <message>
        <source>columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Unknown column {name}; Zoom&apos;s fields are {fields}.</source>
        <translation>Unbekannte Spalte {name}; die Felder von Zoom sind {fields}.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Zoom takes at most {count} registrants.</source>
        <translation>Zoom nimmt höchstens {count} Registranten an.</translation>
    </message>
    <message>
        <source>The file needs a column {name}.</source>
        <translation>Die Datei braucht eine Spalte {name}.</translation>
    </message>
    <message>
        <source>Not an email address: {address}.</source>
        <translation>Keine E-Mail-Adresse: {address}.</translation>
    </message>
    <message>
        <source>line {number}</source>
        <translation>Zeile {number}</translation>
    </message>
    <message>
        <source>{address} is listed twice.</source>
        <translation>{address} ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>No registrants in the file.</source>
        <translation>Die Datei enthält keine Registranten.</translation>
    </message>
    <message>
        <source>first_name is empty.</source>
        <translation>first_name ist leer.</translation>
    </message>
</context>
<context>
    <name>RegistrantsDialog</name>
    <message>
        <source>Registrants approved automatically</source>
        <translation>Registranten automatisch genehmigt</translation>
    </message>
    <message>
        <source>Registrants approved by the host</source>
        <translation>Registranten vom Host genehmigt</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>city</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>zip</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Bundesland</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>Berufsbezeichnung</translation>
    </message>
    <message>
        <source>purchasing time frame</source>
        <translation>Kaufzeitraum</translation>
    </message>
    <message>
        <source>role in purchase process</source>
        <translation>Rolle im Kaufprozess</translation>
    </message>
    <message>
        <source>number of employees</source>
        <translation>Anzahl der Beschäftigten</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>{question} (required)</source>
        <translation>{question} (Pflichtangabe)</translation>
    </message>
    <message>
        <source>Pending ({count})</source>
        <translation>Ausstehend ({count})</translation>
    </message>
    <message>
        <source>Approved ({count})</source>
        <translation>Genehmigt ({count})</translation>
    </message>
    <message>
        <source>Denied ({count})</source>
        <translation>Abgelehnt ({count})</translation>
    </message>
    <message>
        <source>All ({count})</source>
        <translation>Alle ({count})</translation>
    </message>
    <message>
        <source>Registration asks for: {questions}.</source>
        <translation>Die Registrierung fragt nach: {questions}.</translation>
    </message>
    <message>
        <source>Loading the registrants</source>
        <translation>Registranten laden</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing registrants</source>
        <translation>Registranten entfernen</translation>
    </message>
    <message>
        <source>Adding a registrant</source>
        <translation>Registrant hinzufügen</translation>
    </message>
    <message>
        <source>Import registrants — zoomdesk</source>
        <translation>Registranten importieren — zoomdesk</translation>
    </message>
    <message>
        <source>Export registrants — zoomdesk</source>
        <translation>Registranten exportieren — zoomdesk</translation>
    </message>
    <message>
        <source>Importing registrants</source>
        <translation>Registranten importieren</translation>
    </message>
    <message numerus="yes">
        <source>Registered {done} of %n ({requests}).</source>
        <translation>
            <numerusform>{done} von %n registriert ({requests}).</numerusform>
            <numerusform>{done} von %n registriert ({requests}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Registrant status</source>
        <translation>Registrantenstatus</translation>
    </message>
    <message>
        <source>Search names, emails, organisations</source>
        <translation>Namen, E-Mails, Organisationen suchen</translation>
    </message>
    <message>
        <source>Search registrants</source>
        <translation>Registranten suchen</translation>
    </message>
    <message>
        <source>Registrants</source>
        <translation>Registranten</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <source>Approve the selected registrants</source>
        <translation>Ausgewählte Registranten genehmigen</translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>Deny the selected registrants</source>
        <translation>Ausgewählte Registranten ablehnen</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Register one person</source>
        <translation>Eine Person registrieren</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Remove the selected registrants</source>
        <translation>Ausgewählte Registranten entfernen</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Register many people from a CSV file</source>
        <translation>Viele Personen aus einer CSV-Datei registrieren</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the registrants shown as CSV</source>
        <translation>Angezeigte Registranten als CSV speichern</translation>
    </message>
    <message>
        <source>Loading registrants…</source>
        <translation>Registranten werden geladen…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>%n registrant(s).</source>
        <translation>
            <numerusform>%n Registrant.</numerusform>
            <numerusform>%n Registranten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing registrants</source>
        <translation>Registranten ändern</translation>
    </message>
    <message numerus="yes">
        <source>Approved %n registrant(s) ({requests}).</source>
        <translation>
            <numerusform>%n Registrant genehmigt ({requests}).</numerusform>
            <numerusform>%n Registranten genehmigt ({requests}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove registrants — zoomdesk</source>
        <translation>Registranten entfernen — zoomdesk</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n registrant(s)? Their join links stop working.</source>
        <translation>
            <numerusform>%n Registranten entfernen? Der Beitrittslink funktioniert dann nicht mehr.</numerusform>
            <numerusform>%n Registranten entfernen? Ihre Beitrittslinks funktionieren dann nicht mehr.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n registrant(s).</source>
        <translation>
            <numerusform>%n Registrant entfernt.</numerusform>
            <numerusform>%n Registranten entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Registering %n people…</source>
        <translation>
            <numerusform>%n Person wird registriert…</numerusform>
            <numerusform>%n Personen werden registriert…</numerusform>
        </translation>
    </message>
    <message>
        <source>unexpected error</source>
        <translation>unerwarteter Fehler</translation>
    </message>
    <message numerus="yes">
        <source>Denied %n registrant(s) ({requests}).</source>
        <translation>
            <numerusform>%n Registrant abgelehnt ({requests}).</numerusform>
            <numerusform>%n Registranten abgelehnt ({requests}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled %n registrant(s) ({requests}).</source>
        <translation>
            <numerusform>%n Registrant storniert ({requests}).</numerusform>
            <numerusform>%n Registranten storniert ({requests}).</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Registrants of “{topic}” — zoomdesk</source>
        <translation>Registranten von „{topic}“ — zoomdesk</translation>
    </message>
    <message>
        <source>Registered {email}.</source>
        <translation>{email} registriert.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n registrant(s) to {file}.</source>
        <translation>
            <numerusform>%n Registrant in {file} gespeichert.</numerusform>
            <numerusform>%n Registranten in {file} gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>{task} failed: {error}</source>
        <translation>{task} fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>“{topic}” doesn&apos;t take registrations. Turn on Registration in the meeting&apos;s Advanced settings first.</source>
        <translation>„{topic}“ nimmt keine Registrierungen an. Schalten Sie zuerst „Registrierung“ in den erweiterten Einstellungen des Meetings ein.</translation>
    </message>
    <message>
        <source>Not registered: {people}</source>
        <translation>Nicht registriert: {people}</translation>
    </message>
    <message>
        <source>Registration questions unavailable: {error}</source>
        <translation>Registrierungsfragen nicht verfügbar: {error}</translation>
    </message>
    <message>
        <source>{file} can&apos;t be read: {error}</source>
        <translation>{file} kann nicht gelesen werden: {error}</translation>
    </message>
</context>
<context>
    <name>RegistrantsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Abgelehnt</translation>
    </message>
</context>
<context>
    <name>RequestView</name>
    <message>
        <source>zoomdesk never records secrets, so it cannot be shown here.</source>
        <translation>zoomdesk speichert nie Geheimnisse, daher kann es hier nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>Details der Anfrage</translation>
    </message>
    <message>
        <source>Method and URL</source>
        <translation>Methode und URL</translation>
    </message>
    <message>
        <source>Where the parameters travelled</source>
        <translation>Wo die Parameter übertragen wurden</translation>
    </message>
    <message>
        <source>Query string</source>
        <translation>Query-String</translation>
    </message>
    <message>
        <source>Query string parameters</source>
        <translation>Parameter im Query-String</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Header der Anfrage</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Form body fields</source>
        <translation>Formularfelder im Body</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Body der Anfrage</translation>
    </message>
    <message>
        <source>(empty body)</source>
        <translation>(leerer Body)</translation>
    </message>
    <message>
        <source>Basic — client ID: {client_id}   client secret: {mask} (masked)</source>
        <translation>Basic — Client-ID: {client_id}   Client-Geheimnis: {mask} (verdeckt)</translation>
    </message>
    <message>
        <source>HTTP Basic: Base64 of client_id:client_secret, decoded. {never_kept}</source>
        <translation>HTTP Basic: Base64 von client_id:client_secret, entschlüsselt. {never_kept}</translation>
    </message>
    <message>
        <source>The access token, masked; the sha256 fingerprint tells tokens apart.</source>
        <translation>Das Zugriffstoken, verdeckt; der sha256-Fingerabdruck unterscheidet Tokens.</translation>
    </message>
    <message>
        <source>An Authorization header of another kind, masked.</source>
        <translation>Ein Authorization-Header anderer Art, verdeckt.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>The header did not decode to client_id:client_secret. {never_kept}</source>
        <translation>Der Header ergab entschlüsselt nicht client_id:client_secret. {never_kept}</translation>
    </message>
    <message>
        <source>Body — form fields (application/x-www-form-urlencoded)</source>
        <translation>Body — Formularfelder (application/x-www-form-urlencoded)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Parameters travelled in: {where}&lt;/b&gt;&lt;br&gt;The token parameters are in the query string, not in a form body: Zoom answers this with 400. See the Diagnosis tab.</source>
        <translation>&lt;b&gt;Parameter übertragen in: {where}&lt;/b&gt;&lt;br&gt;Die Token-Parameter stehen im Query-String, nicht in einem Formular-Body: Zoom antwortet darauf mit 400. Siehe Registerkarte „Diagnose“.</translation>
    </message>
    <message>
        <source>Body — no Content-Type</source>
        <translation>Body — kein Content-Type</translation>
    </message>
    <message>
        <source>&lt;b&gt;Parameters travelled in: {where}&lt;/b&gt;&lt;br&gt;The access token is in the query string; Zoom refuses it there (401, code 124).</source>
        <translation>&lt;b&gt;Parameter übertragen in: {where}&lt;/b&gt;&lt;br&gt;Das Zugriffstoken steht im Query-String; dort lehnt Zoom es ab (401, Code 124).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Parameters travelled in:&lt;/b&gt; {where}</source>
        <translation>&lt;b&gt;Parameter übertragen in:&lt;/b&gt; {where}</translation>
    </message>
    <message>
        <source>Body — {kind}</source>
        <translation>Body — {kind}</translation>
    </message>
</context>
<context>
    <name>ResponseView</name>
    <message>
        <source>Zoom&apos;s id for this request. Give it to Zoom support so they can trace exactly this call.</source>
        <translation>Die ID von Zoom für diese Anfrage. Geben Sie sie dem Zoom-Support, damit er genau diesen Aufruf nachverfolgen kann.</translation>
    </message>
    <message>
        <source>The rate-limit category of this endpoint (Light, Medium, Heavy, Resource-intensive); each has its own limits.</source>
        <translation>Die Ratenlimit-Kategorie dieses Endpunkts (Light, Medium, Heavy, Resource-intensive); jede hat eigene Grenzen.</translation>
    </message>
    <message>
        <source>Which limit applies: QPS (per second, short) or Daily-limit (until the reset time).</source>
        <translation>Welches Limit gilt: QPS (pro Sekunde, kurz) oder Daily-limit (bis zur Rücksetzzeit).</translation>
    </message>
    <message>
        <source>How many calls that limit allows.</source>
        <translation>Wie viele Aufrufe dieses Limit erlaubt.</translation>
    </message>
    <message>
        <source>Calls left before Zoom answers 429 Too Many Requests.</source>
        <translation>Verbleibende Aufrufe, bevor Zoom mit 429 Too Many Requests antwortet.</translation>
    </message>
    <message>
        <source>{local} (your time) = {utc} UTC</source>
        <translation>{local} (Ihre Zeit) = {utc} UTC</translation>
    </message>
    <message>
        <source>When to try again; this value could not be read.</source>
        <translation>Wann es erneut versucht werden kann; dieser Wert war nicht lesbar.</translation>
    </message>
    <message>
        <source>A rate-limit header from Zoom.</source>
        <translation>Ein Ratenlimit-Header von Zoom.</translation>
    </message>
    <message>
        <source>The server&apos;s clock when it answered (checked against yours).</source>
        <translation>Die Uhrzeit des Servers bei der Antwort (mit Ihrer verglichen).</translation>
    </message>
    <message>
        <source>Response details</source>
        <translation>Details der Antwort</translation>
    </message>
    <message>
        <source>Response status</source>
        <translation>Status der Antwort</translation>
    </message>
    <message>
        <source>Tracking id</source>
        <translation>Tracking-ID</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Header der Antwort</translation>
    </message>
    <message>
        <source>(no response headers)</source>
        <translation>(keine Header in der Antwort)</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Body der Antwort</translation>
    </message>
    <message>
        <source>Sent at:</source>
        <translation>Gesendet um:</translation>
    </message>
    <message>
        <source>Took:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protokoll:</translation>
    </message>
    <message>
        <source>Tracking id:</source>
        <translation>Tracking-ID:</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>&lt;b&gt;{status} {reason}&lt;/b&gt; — ✗ Failed</source>
        <translation>&lt;b&gt;{status} {reason}&lt;/b&gt; — ✗ Fehlgeschlagen</translation>
    </message>
    <message>
        <source>&lt;b&gt;{status} {reason}&lt;/b&gt; — ✓ Succeeded</source>
        <translation>&lt;b&gt;{status} {reason}&lt;/b&gt; — ✓ Erfolgreich</translation>
    </message>
    <message>
        <source>(none: not sent by Zoom)</source>
        <translation>(keine: von Zoom nicht gesendet)</translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation>(kein Body)</translation>
    </message>
    <message>
        <source>Try again after {when}: {seconds} s after the call.</source>
        <translation>Erneut versuchen nach {when}: {seconds} s nach dem Aufruf.</translation>
    </message>
    <message>
        <source>{took}   (server Date: {time} UTC)</source>
        <translation>{took}   (Date des Servers: {time} UTC)</translation>
    </message>
    <message>
        <source>&lt;b&gt;No answer&lt;/b&gt; ({kind})&lt;br&gt;{error}</source>
        <translation>&lt;b&gt;Keine Antwort&lt;/b&gt; ({kind})&lt;br&gt;{error}</translation>
    </message>
    <message>
        <source>Body — {kind}</source>
        <translation>Body — {kind}</translation>
    </message>
</context>
<context>
    <name>RevealSecret</name>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>Client secret (revealed)</source>
        <translation>Client-Geheimnis (aufgedeckt)</translation>
    </message>
    <message>
        <source>Client secret. It is not saved anywhere and this window closes by itself.</source>
        <translation>Client-Geheimnis. Es wird nirgends gespeichert, und dieses Fenster schließt sich von selbst.</translation>
    </message>
    <message>
        <source>Copy the client secret</source>
        <translation>Client-Geheimnis kopieren</translation>
    </message>
    <message>
        <source>Reveal the client secret?</source>
        <translation>Client-Geheimnis aufdecken?</translation>
    </message>
    <message>
        <source>Show the client secret on screen?</source>
        <translation>Client-Geheimnis auf dem Bildschirm anzeigen?</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Access token (revealed)</source>
        <translation>Zugriffstoken (aufgedeckt)</translation>
    </message>
    <message>
        <source>Access token. It is not saved anywhere and this window closes by itself.</source>
        <translation>Zugriffstoken. Es wird nirgends gespeichert, und dieses Fenster schließt sich von selbst.</translation>
    </message>
    <message>
        <source>Copy the access token</source>
        <translation>Zugriffstoken kopieren</translation>
    </message>
    <message>
        <source>Reveal the access token?</source>
        <translation>Zugriffstoken aufdecken?</translation>
    </message>
    <message>
        <source>Show the access token on screen?</source>
        <translation>Zugriffstoken auf dem Bildschirm anzeigen?</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Anyone who can see your screen (or a screen share or recording) could read it. It is shown for {seconds} seconds and never saved.</source>
        <translation>Wer Ihren Bildschirm sehen kann (auch über eine Bildschirmfreigabe oder Aufzeichnung), könnte es lesen. Es wird {seconds} Sekunden lang angezeigt und nie gespeichert.</translation>
    </message>
    <message>
        <source>Hides in {seconds} s.</source>
        <translation>Wird in {seconds} s ausgeblendet.</translation>
    </message>
</context>
<context>
    <name>SaveBar</name>
    <message>
        <source>Create meeting</source>
        <translation>Meeting erstellen</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Save this occurrence</source>
        <translation>Diesen Termin speichern</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Neues Meeting</translation>
    </message>
    <message>
        <source>Duplicate meeting — {topic}</source>
        <translation>Meeting duplizieren — {topic}</translation>
    </message>
    <message>
        <source>Edit meeting — {topic}</source>
        <translation>Meeting bearbeiten — {topic}</translation>
    </message>
    <message>
        <source>Edit one occurrence — {topic}</source>
        <translation>Einen Termin bearbeiten — {topic}</translation>
    </message>
    <message>
        <source>Editing the occurrence on this date ({zone})</source>
        <translation>Sie bearbeiten den Termin an diesem Datum ({zone})</translation>
    </message>
    <message>
        <source>Editing the occurrence on {when} ({zone})</source>
        <translation>Sie bearbeiten den Termin am {when} ({zone})</translation>
    </message>
    <message>
        <source>What you change here applies to this date only: its start, duration, agenda and the options you can edit. The topic, passcode, time zone, repeat pattern and the greyed-out options belong to the whole series: edit the series to change them.</source>
        <translation>Was Sie hier ändern, gilt nur für dieses Datum: Beginn, Dauer, Agenda und die bearbeitbaren Optionen. Thema, Kenncode, Zeitzone, Wiederholungsmuster und die ausgegrauten Optionen gehören zur ganzen Serie: Bearbeiten Sie die Serie, um sie zu ändern.</translation>
    </message>
    <message>
        <source>Why saving is not possible</source>
        <translation>Warum nicht gespeichert werden kann</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Nicht mehr warten</translation>
    </message>
</context>
<context>
    <name>SaveErrors</name>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Passcode</source>
        <translation>Kenncode</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Repeat interval</source>
        <translation>Wiederholungsintervall</translation>
    </message>
    <message>
        <source>Repeat days</source>
        <translation>Wiederholungstage</translation>
    </message>
    <message>
        <source>Number of occurrences</source>
        <translation>Anzahl der Termine</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>Join before host</source>
        <translation>Beitreten vor Host</translation>
    </message>
    <message>
        <source>Alternative hosts</source>
        <translation>Alternative Hosts</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Aufzeichnung</translation>
    </message>
    <message>
        <source>Nothing was saved; everything you typed is still here.</source>
        <translation>Es wurde nichts gespeichert; alles, was Sie eingegeben haben, ist noch da.</translation>
    </message>
    <message>
        <source>Request: {value}</source>
        <translation>Anfrage: {value}</translation>
    </message>
    <message>
        <source>HTTP status: {value}</source>
        <translation>HTTP-Status: {value}</translation>
    </message>
    <message>
        <source>Zoom code: {value}</source>
        <translation>Zoom-Code: {value}</translation>
    </message>
    <message>
        <source>Zoom message: {value}</source>
        <translation>Zoom-Meldung: {value}</translation>
    </message>
    <message>
        <source>Rate limit: {value}</source>
        <translation>Ratenlimit: {value}</translation>
    </message>
    <message>
        <source>Tracking id: {value}</source>
        <translation>Tracking-ID: {value}</translation>
    </message>
    <message>
        <source>Network error: {value}</source>
        <translation>Netzwerkfehler: {value}</translation>
    </message>
    <message>
        <source>Cause: {value}</source>
        <translation>Ursache: {value}</translation>
    </message>
    <message>
        <source>Zoom refused the request</source>
        <translation>Zoom hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>Zoom allows {limit} meeting creates/updates per host per day; {host} has reached it. You can try again after {time} ({utc} UTC).</source>
        <translation>Zoom erlaubt {limit} Erstellungen/Änderungen von Meetings pro Host und Tag; {host} hat dieses Limit erreicht. Sie können es nach {time} ({utc} UTC) erneut versuchen.</translation>
    </message>
    <message>
        <source>Field {field}: {message}</source>
        <translation>Feld {field}: {message}</translation>
    </message>
    <message>
        <source>Zoom doesn&apos;t know this host</source>
        <translation>Zoom kennt diesen Host nicht</translation>
    </message>
    <message>
        <source>Couldn&apos;t sign in to Zoom</source>
        <translation>Anmeldung bei Zoom nicht möglich</translation>
    </message>
    <message>
        <source>Couldn&apos;t reach Zoom</source>
        <translation>Zoom nicht erreichbar</translation>
    </message>
    <message>
        <source>The answer was not Zoom&apos;s: a proxy or a network sign-in page may be in the way. Try again in a moment.</source>
        <translation>Die Antwort kam nicht von Zoom: Möglicherweise steht ein Proxy oder eine Netzwerk-Anmeldeseite im Weg. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Saving failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>Loading the meeting failed unexpectedly</source>
        <translation>Das Laden des Meetings ist unerwartet fehlgeschlagen</translation>
    </message>
    <message>
        <source>Saving failed unexpectedly</source>
        <translation>Speichern unerwartet fehlgeschlagen</translation>
    </message>
    <message>
        <source>Zoom allows {limit} meeting creates/updates per host per day; {host} has reached it. You can try again after {time} tomorrow ({utc} UTC).</source>
        <translation>Zoom erlaubt {limit} Erstellungen/Änderungen von Meetings pro Host und Tag; {host} hat dieses Limit erreicht. Sie können es morgen nach {time} ({utc} UTC) erneut versuchen.</translation>
    </message>
    <message>
        <source>Zoom allows {limit} meeting creates/updates per host per day; {host} has reached it. You can try again after {date} {time} ({utc} UTC).</source>
        <translation>Zoom erlaubt {limit} Erstellungen/Änderungen von Meetings pro Host und Tag; {host} hat dieses Limit erreicht. Sie können es nach {date} {time} ({utc} UTC) erneut versuchen.</translation>
    </message>
    <message>
        <source>Zoom is busy, try again in a moment</source>
        <translation>Zoom ist ausgelastet, versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <source>Zoom didn&apos;t accept the meeting</source>
        <translation>Zoom hat das Meeting nicht angenommen</translation>
    </message>
    <message>
        <source>It may have been deleted elsewhere, or it has ended, so it is no longer in the list.</source>
        <translation>Es wurde möglicherweise an anderer Stelle gelöscht oder ist beendet und daher nicht mehr in der Liste.</translation>
    </message>
    <message>
        <source>Zoom had a problem</source>
        <translation>Bei Zoom ist ein Problem aufgetreten</translation>
    </message>
    <message>
        <source>Unexpected answer from Zoom</source>
        <translation>Unerwartete Antwort von Zoom</translation>
    </message>
    <message>
        <source>This is a bug in zoomdesk.</source>
        <translation>Dies ist ein Fehler in zoomdesk.</translation>
    </message>
    <message>
        <source>Can&apos;t save: {problems}</source>
        <translation>Speichern nicht möglich: {problems}</translation>
    </message>
    <message>
        <source>this host</source>
        <translation>dieser Host</translation>
    </message>
    <message>
        <source>Daily limit reached</source>
        <translation>Tageslimit erreicht</translation>
    </message>
    <message>
        <source>Zoom turned the request away because too many arrived at once, even after waiting and retrying.</source>
        <translation>Zoom hat die Anfrage abgewiesen, weil zu viele gleichzeitig eintrafen – auch nach Warten und erneutem Versuch.</translation>
    </message>
    <message>
        <source>Fix the marked fields and save again.</source>
        <translation>Korrigieren Sie die markierten Felder und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>This meeting no longer exists</source>
        <translation>Dieses Meeting existiert nicht mehr</translation>
    </message>
    <message>
        <source>Zoom answered with a server error (HTTP {status}). Try again in a moment.</source>
        <translation>Zoom hat mit einem Serverfehler geantwortet (HTTP {status}). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>{problems}; and %n more</source>
        <translation>
            <numerusform>{problems}; und %n weiteres</numerusform>
            <numerusform>{problems}; und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchedulerDiagnosis</name>
    <message>
        <source>This meeting does not take registrations</source>
        <translation>Dieses Meeting nimmt keine Registrierungen an</translation>
    </message>
    <message>
        <source>Registrants exist only for meetings with registration (approval type 0 or 1).</source>
        <translation>Registranten gibt es nur bei Meetings mit Registrierung (approval type 0 oder 1).</translation>
    </message>
    <message>
        <source>Turn registration on (zoomdesk meetings update ID --set approval_type=0), then retry.</source>
        <translation>Schalten Sie die Registrierung ein (zoomdesk meetings update ID --set approval_type=0) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Registrants can be added only to meetings with registration (approval type 0 or 1).</source>
        <translation>Registranten können nur zu Meetings mit Registrierung hinzugefügt werden (approval type 0 oder 1).</translation>
    </message>
    <message>
        <source>Zoom does not know this registrant</source>
        <translation>Zoom kennt diesen Registranten nicht</translation>
    </message>
    <message>
        <source>The registrant was removed, or the ID or email belongs to another meeting.</source>
        <translation>Der Registrant wurde entfernt, oder die ID bzw. E-Mail-Adresse gehört zu einem anderen Meeting.</translation>
    </message>
    <message>
        <source>List the registrants again (zoomdesk registrants list ID --status pending).</source>
        <translation>Listen Sie die Registranten erneut auf (zoomdesk registrants list ID --status pending).</translation>
    </message>
    <message>
        <source>Zoom does not know one of these registrants</source>
        <translation>Zoom kennt einen dieser Registranten nicht</translation>
    </message>
    <message>
        <source>Nothing was changed: Zoom refuses the whole batch when one registrant is unknown.</source>
        <translation>Es wurde nichts geändert: Zoom lehnt den ganzen Stapel ab, wenn ein Registrant unbekannt ist.</translation>
    </message>
    <message>
        <source>List the registrants again and retry with the ones that exist.</source>
        <translation>Listen Sie die Registranten erneut auf und versuchen Sie es mit den vorhandenen noch einmal.</translation>
    </message>
    <message>
        <source>Zoom registers many at once only for one-time meetings</source>
        <translation>Zoom registriert mehrere auf einmal nur bei einmaligen Meetings</translation>
    </message>
    <message>
        <source>batch_registrants works for scheduled meetings (type 2) only.</source>
        <translation>batch_registrants funktioniert nur bei geplanten Meetings (type 2).</translation>
    </message>
    <message>
        <source>Add the registrants one by one (zoomdesk registrants import does this for you).</source>
        <translation>Fügen Sie die Registranten einzeln hinzu (zoomdesk registrants import erledigt das für Sie).</translation>
    </message>
    <message>
        <source>The meeting is over, so no one can register</source>
        <translation>Das Meeting ist vorbei, daher kann sich niemand mehr registrieren</translation>
    </message>
    <message>
        <source>Zoom closes registration once a meeting has taken place.</source>
        <translation>Zoom schließt die Registrierung, sobald ein Meeting stattgefunden hat.</translation>
    </message>
    <message>
        <source>Schedule a new meeting, or register people for a future occurrence.</source>
        <translation>Planen Sie ein neues Meeting, oder registrieren Sie die Personen für einen künftigen Termin.</translation>
    </message>
    <message>
        <source>The meeting has reached its attendee capacity</source>
        <translation>Das Meeting hat seine maximale Teilnehmerzahl erreicht</translation>
    </message>
    <message>
        <source>Zoom allows as many registrants as the host&apos;s plan allows participants.</source>
        <translation>Zoom erlaubt so viele Registranten, wie der Tarif des Hosts Teilnehmer erlaubt.</translation>
    </message>
    <message>
        <source>Remove registrants who will not come, or ask for a larger meeting capacity.</source>
        <translation>Entfernen Sie Registranten, die nicht kommen, oder fragen Sie nach einer größeren Meeting-Kapazität.</translation>
    </message>
    <message>
        <source>Everything else keeps working without it; zoomdesk falls back to its own text or Zoom&apos;s documented defaults.</source>
        <translation>Alles andere funktioniert auch ohne ihn; zoomdesk greift auf seinen eigenen Text oder die dokumentierten Standardwerte von Zoom zurück.</translation>
    </message>
    <message>
        <source>Everything else keeps working without it.</source>
        <translation>Alles andere funktioniert auch ohne ihn.</translation>
    </message>
    <message>
        <source>In the Zoom App Marketplace ▸ Manage ▸ your app ▸ Scopes, add the scope, save, then get a new token.</source>
        <translation>Fügen Sie im Zoom App Marketplace ▸ Manage ▸ Ihre App ▸ Scopes den Bereich (Scope) hinzu, speichern Sie und holen Sie dann ein neues Token.</translation>
    </message>
    <message>
        <source>To {operation}, add {scope}.</source>
        <translation>Für „{operation}“ fügen Sie {scope} hinzu.</translation>
    </message>
    <message>
        <source>To {operation}, add {granular} (granular scopes) or {classic} (classic scopes).</source>
        <translation>Für „{operation}“ fügen Sie {granular} (granulare Scopes) oder {classic} (klassische Scopes) hinzu.</translation>
    </message>
    <message>
        <source>The app lacks the scope to {operation}</source>
        <translation>Der App fehlt der Bereich (Scope) für „{operation}“</translation>
    </message>
</context>
<context>
    <name>Scopes</name>
    <message>
        <source>All scopes zoomdesk needs are granted.</source>
        <translation>Alle Bereiche (Scopes), die zoomdesk braucht, sind gewährt.</translation>
    </message>
    <message>
        <source>list users</source>
        <translation>Benutzer auflisten</translation>
    </message>
    <message>
        <source>get user</source>
        <translation>Benutzer abrufen</translation>
    </message>
    <message>
        <source>list meetings</source>
        <translation>Meetings auflisten</translation>
    </message>
    <message>
        <source>get meeting</source>
        <translation>Meeting abrufen</translation>
    </message>
    <message>
        <source>create meeting</source>
        <translation>Meeting anlegen</translation>
    </message>
    <message>
        <source>update meeting</source>
        <translation>Meeting ändern</translation>
    </message>
    <message>
        <source>delete meeting</source>
        <translation>Meeting löschen</translation>
    </message>
    <message>
        <source>read host settings</source>
        <translation>Host-Einstellungen lesen</translation>
    </message>
    <message>
        <source>get invitation</source>
        <translation>Einladung abrufen</translation>
    </message>
    <message>
        <source>list registrants</source>
        <translation>Registranten auflisten</translation>
    </message>
    <message>
        <source>add registrant</source>
        <translation>Registranten hinzufügen</translation>
    </message>
    <message>
        <source>approve or deny registrants</source>
        <translation>Registranten genehmigen oder ablehnen</translation>
    </message>
    <message>
        <source>read registration questions</source>
        <translation>Registrierungsfragen lesen</translation>
    </message>
    <message>
        <source>remove registrant</source>
        <translation>Registranten entfernen</translation>
    </message>
    <message>
        <source>register many</source>
        <translation>viele auf einmal registrieren</translation>
    </message>
    <message>
        <source>list tracking fields</source>
        <translation>Tracking-Felder auflisten</translation>
    </message>
    <message>
        <source>Missing scopes: {scopes} (needed to {operations}).</source>
        <translation>Fehlende Bereiche (Scopes): {scopes} (benötigt für: {operations}).</translation>
    </message>
    <message>
        <source>Optional, needed only when used — {list}.</source>
        <translation>Optional, nur bei Nutzung benötigt — {list}.</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>On Linux, install and unlock a Secret Service keyring (GNOME Keyring or KWallet); or pass the secret in the ZOOM_CLIENT_SECRET environment variable. zoomdesk never stores the secret in a file.</source>
        <translation>Unter Linux installieren und entsperren Sie einen Secret-Service-Schlüsselbund (GNOME Keyring oder KWallet), oder übergeben Sie das Geheimnis in der Umgebungsvariablen ZOOM_CLIENT_SECRET. zoomdesk speichert das Geheimnis nie in einer Datei.</translation>
    </message>
    <message>
        <source>No usable system keyring ({detail}).</source>
        <translation>Kein nutzbarer System-Schlüsselbund ({detail}).</translation>
    </message>
    <message>
        <source>No usable system keyring.</source>
        <translation>Kein nutzbarer System-Schlüsselbund.</translation>
    </message>
    <message>
        <source>The system keyring is locked or access was denied. Unlock it and retry.</source>
        <translation>Der System-Schlüsselbund ist gesperrt oder der Zugriff wurde verweigert. Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keyring failed: {error}</source>
        <translation>Der System-Schlüsselbund ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>That secret is too long to store in the system keyring.</source>
        <translation>Dieses Geheimnis ist zu lang, um es im System-Schlüsselbund zu speichern.</translation>
    </message>
    <message>
        <source>The system keyring did not answer within {seconds} s; it may be waiting for an unlock prompt. Unlock it and retry.</source>
        <translation>Der System-Schlüsselbund hat nicht innerhalb von {seconds} s geantwortet; möglicherweise wartet er auf eine Entsperr-Abfrage. Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>SessionLabel</name>
    <message>
        <source>Sandbox — not real Zoom</source>
        <translation>Sandbox — nicht das echte Zoom</translation>
    </message>
    <message>
        <source>Credentials from the environment</source>
        <translation>Zugangsdaten aus der Umgebung</translation>
    </message>
    <message>
        <source>Profile: {profile} + environment</source>
        <translation>Profil: {profile} + Umgebung</translation>
    </message>
    <message>
        <source>Profile: {profile}</source>
        <translation>Profil: {profile}</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>No token yet</source>
        <translation>Noch kein Token</translation>
    </message>
    <message>
        <source>Token expired — renewed on the next request</source>
        <translation>Token abgelaufen — wird bei der nächsten Anfrage erneuert</translation>
    </message>
    <message>
        <source>Token valid &lt;1 min</source>
        <translation>Token gültig &lt;1 min</translation>
    </message>
    <message>
        <source>{category}: {left} of {limit}</source>
        <translation>{category}: {left} von {limit}</translation>
    </message>
    <message>
        <source>Token valid {minutes} min</source>
        <translation>Token gültig {minutes} min</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <source>Loading progress bar</source>
        <translation>Ladefortschrittsbalken</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Access token state</source>
        <translation>Zustand des Zugriffstokens</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <source>Zoom requests left today</source>
        <translation>Heute verbleibende Zoom-Anfragen</translation>
    </message>
    <message numerus="yes">
        <source>{count} meeting(s) · updated {time}</source>
        <translation>
            <numerusform>{count} Meeting · aktualisiert {time}</numerusform>
            <numerusform>{count} Meetings · aktualisiert {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} meeting(s) · as of {time} — offline</source>
        <translation>
            <numerusform>{count} Meeting · Stand {time} — offline</numerusform>
            <numerusform>{count} Meetings · Stand {time} — offline</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom&apos;s daily request limits are the whole account&apos;s, shared by every desktop and app on it (X-RateLimit-Remaining). They reset at 00:00 UTC.</source>
        <translation>Die täglichen Anfragelimits von Zoom gelten für das ganze Konto und werden von allen Computern und Apps darauf geteilt (X-RateLimit-Remaining). Sie werden um 00:00 UTC zurückgesetzt.</translation>
    </message>
    <message>
        <source>Loading… {loaded} of {total}+</source>
        <translation>Wird geladen… {loaded} von {total}+</translation>
    </message>
    <message>
        <source>Loading… {loaded} of {total}</source>
        <translation>Wird geladen… {loaded} von {total}</translation>
    </message>
    <message numerus="yes">
        <source>{count} meeting(s) · as of {time} — not updated</source>
        <translation>
            <numerusform>{count} Meeting · Stand {time} — nicht aktualisiert</numerusform>
            <numerusform>{count} Meetings · Stand {time} — nicht aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} meeting(s) · as of {time} — refreshing…</source>
        <translation>
            <numerusform>{count} Meeting · Stand {time} — wird aktualisiert…</numerusform>
            <numerusform>{count} Meetings · Stand {time} — wird aktualisiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Left today · {limits}</source>
        <translation>Heute übrig · {limits}</translation>
    </message>
    <message>
        <source>Loading… {loaded}</source>
        <translation>Wird geladen… {loaded}</translation>
    </message>
</context>
<context>
    <name>TokenStatus</name>
    <message numerus="yes">
        <source>api_url: {api_url} · issued {time} (%n min ago) · lifetime {minutes} min · {type}</source>
        <translation>
            <numerusform>api_url: {api_url} · ausgestellt {time} (vor %n Min.) · Laufzeit {minutes} Min. · {type}</numerusform>
            <numerusform>api_url: {api_url} · ausgestellt {time} (vor %n Min.) · Laufzeit {minutes} Min. · {type}</numerusform>
        </translation>
    </message>
    <message>
        <source>api_url: {api_url} · issued {time} (just now) · lifetime {minutes} min · {type}</source>
        <translation>api_url: {api_url} · ausgestellt {time} (gerade eben) · Laufzeit {minutes} Min. · {type}</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Access token status</source>
        <translation>Status des Zugriffstokens</translation>
    </message>
    <message>
        <source>Token state and expiry</source>
        <translation>Token-Status und Ablauf</translation>
    </message>
    <message>
        <source>Token details</source>
        <translation>Token-Details</translation>
    </message>
    <message>
        <source>Granted scopes</source>
        <translation>Gewährte Bereiche (Scopes)</translation>
    </message>
    <message>
        <source>Missing scopes</source>
        <translation>Fehlende Bereiche (Scopes)</translation>
    </message>
    <message>
        <source>Token request outcome</source>
        <translation>Ergebnis der Token-Anforderung</translation>
    </message>
    <message>
        <source>Get a new &amp;token</source>
        <translation>Neues &amp;Token holen</translation>
    </message>
    <message>
        <source>Get a new token</source>
        <translation>Neues Token holen</translation>
    </message>
    <message>
        <source>Ask Zoom for a new access token</source>
        <translation>Bei Zoom ein neues Zugriffstoken anfordern</translation>
    </message>
    <message>
        <source>Rev&amp;eal…</source>
        <translation>Au&amp;fdecken…</translation>
    </message>
    <message>
        <source>Reveal a secret</source>
        <translation>Ein Geheimnis aufdecken</translation>
    </message>
    <message>
        <source>Client secret…</source>
        <translation>Client-Geheimnis…</translation>
    </message>
    <message>
        <source>Access token…</source>
        <translation>Zugriffstoken…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Scopes ({count}, classic): {names}</source>
        <translation>Bereiche ({count}, klassisch): {names}</translation>
    </message>
    <message>
        <source>Scopes ({count}, granular): {names}</source>
        <translation>Bereiche ({count}, granular): {names}</translation>
    </message>
    <message>
        <source>Asking Zoom for a new token…</source>
        <translation>Neues Token wird bei Zoom angefordert…</translation>
    </message>
    <message>
        <source>Not connected: no credentials in use.</source>
        <translation>Nicht verbunden: Es werden keine Zugangsdaten verwendet.</translation>
    </message>
    <message>
        <source>No token yet: one is requested with the first call.</source>
        <translation>Noch kein Token: Es wird beim ersten Aufruf angefordert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Expired&lt;/b&gt; — the next call gets a new one</source>
        <translation>&lt;b&gt;Abgelaufen&lt;/b&gt; — der nächste Aufruf holt ein neues</translation>
    </message>
    <message>
        <source>Nothing missing for what zoomdesk does.</source>
        <translation>Für alles, was zoomdesk tut, fehlt nichts.</translation>
    </message>
    <message>
        <source>Got a new token.</source>
        <translation>Neues Token erhalten.</translation>
    </message>
    <message>
        <source>{problem} The exchange is in the list, with its diagnosis.</source>
        <translation>{problem} Die Anfrage steht mit ihrer Diagnose in der Liste.</translation>
    </message>
    <message>
        <source>Token URL: {url} · client ID {client_id} · account {account_id}</source>
        <translation>Token-URL: {url} · Client-ID {client_id} · Konto {account_id}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Valid&lt;/b&gt; — expires in {countdown} (at {time})</source>
        <translation>&lt;b&gt;Gültig&lt;/b&gt; — läuft ab in {countdown} (um {time})</translation>
    </message>
    <message>
        <source>(none: https://api.zoom.us)</source>
        <translation>(keine: https://api.zoom.us)</translation>
    </message>
    <message>
        <source>{scopes} (to {operation})</source>
        <translation>{scopes} (für: {operation})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Missing:&lt;/b&gt; {scopes}</source>
        <translation>&lt;b&gt;Fehlt:&lt;/b&gt; {scopes}</translation>
    </message>
</context>
<context>
    <name>Tokens</name>
    <message>
        <source>the token endpoint did not return JSON</source>
        <translation>der Token-Endpunkt hat kein JSON zurückgegeben</translation>
    </message>
    <message>
        <source>the token response lacks access_token or expires_in</source>
        <translation>der Token-Antwort fehlt access_token oder expires_in</translation>
    </message>
</context>
<context>
    <name>TrackingRows</name>
    <message>
        <source>Tracking fields</source>
        <translation>Tracking-Felder</translation>
    </message>
    <message>
        <source>Not shown to participants.</source>
        <translation>Für Teilnehmer nicht sichtbar.</translation>
    </message>
    <message>
        <source>Required by the account: Zoom&apos;s web portal asks for it.</source>
        <translation>Vom Konto verlangt: Das Zoom-Webportal fragt danach.</translation>
    </message>
    <message>
        <source>{field} is required by the account.</source>
        <translation>{field} wird vom Konto verlangt.</translation>
    </message>
    <message>
        <source>Recommended values; you may type another.</source>
        <translation>Empfohlene Werte; Sie können auch einen anderen eingeben.</translation>
    </message>
    <message>
        <source>Type a value for this field.</source>
        <translation>Geben Sie einen Wert für dieses Feld ein.</translation>
    </message>
    <message>
        <source>Required by the account</source>
        <translation>Vom Konto verlangt</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <source>the host name could not be resolved; check the network and the base URL</source>
        <translation>der Hostname konnte nicht aufgelöst werden; prüfen Sie das Netzwerk und die Basis-URL</translation>
    </message>
    <message>
        <source>the server&apos;s TLS certificate was not trusted; a proxy may be re-signing traffic with a CA that is not in the system&apos;s trust store</source>
        <translation>dem TLS-Zertifikat des Servers wurde nicht vertraut; möglicherweise signiert ein Proxy den Verkehr mit einer Zertifizierungsstelle neu, die nicht im Vertrauensspeicher des Systems ist</translation>
    </message>
    <message>
        <source>the proxy refused or failed the connection; check HTTPS_PROXY/NO_PROXY</source>
        <translation>der Proxy hat die Verbindung abgelehnt oder ist daran gescheitert; prüfen Sie HTTPS_PROXY/NO_PROXY</translation>
    </message>
    <message>
        <source>nothing is listening at that address</source>
        <translation>unter dieser Adresse wartet kein Dienst auf Verbindungen</translation>
    </message>
</context>
<context>
    <name>WallClock</name>
    <message>
        <source>{time} on {date} happens twice in {zone} (the clocks go back); the first is used ({first}), not the second ({second}).</source>
        <translation>{time} am {date} kommt in {zone} zweimal vor (die Uhren werden zurückgestellt); es gilt das erste Mal ({first}), nicht das zweite ({second}).</translation>
    </message>
    <message>
        <source>{time} on {date} does not exist in {zone}: the clocks go forward from {skipped} to {new} that day ({old_offset} to {new_offset}). Choose another time.</source>
        <translation>{time} am {date} gibt es in {zone} nicht: Die Uhren springen an diesem Tag von {skipped} auf {new} vor ({old_offset} auf {new_offset}). Wählen Sie eine andere Uhrzeit.</translation>
    </message>
    <message>
        <source>The year must be between {low} and {high}.</source>
        <translation>Das Jahr muss zwischen {low} und {high} liegen.</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Explore with the sandbox</source>
        <translation>Mit der Sandbox erkunden</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Welcome to zoomdesk</source>
        <translation>Willkommen bei zoomdesk</translation>
    </message>
    <message>
        <source>Schedule, edit and tidy up your organisation&apos;s Zoom meetings from the desktop. zoomdesk connects through a Server-to-Server OAuth app that your Zoom admin creates in the Zoom App Marketplace.</source>
        <translation>Planen, bearbeiten und ordnen Sie die Zoom-Meetings Ihrer Organisation am Desktop. zoomdesk verbindet sich über eine Server-to-Server-OAuth-App, die Ihr Zoom-Administrator im Zoom App Marketplace erstellt.</translation>
    </message>
    <message>
        <source>Connect to Zoom…</source>
        <translation>Mit Zoom verbinden…</translation>
    </message>
    <message>
        <source>Connect to Zoom</source>
        <translation>Mit Zoom verbinden</translation>
    </message>
    <message>
        <source>Enter the account ID, client ID and client secret of your Zoom app</source>
        <translation>Konto-ID, Client-ID und Client-Geheimnis Ihrer Zoom-App eingeben</translation>
    </message>
    <message>
        <source>Try zoomdesk against a built-in simulation; not real Zoom</source>
        <translation>zoomdesk mit einer eingebauten Simulation ausprobieren; nicht das echte Zoom</translation>
    </message>
    <message>
        <source>A built-in simulation of Zoom with sample users and meetings. Not real Zoom: nothing you do there reaches your account.</source>
        <translation>Eine eingebaute Simulation von Zoom mit Beispielbenutzern und -Meetings. Nicht das echte Zoom: Nichts, was Sie dort tun, erreicht Ihr Konto.</translation>
    </message>
    <message>
        <source>You need the account ID, client ID and client secret.</source>
        <translation>Sie benötigen die Konto-ID, die Client-ID und das Client-Geheimnis.</translation>
    </message>
</context>
<context>
    <name>ZonePicker</name>
    <message>
        <source>“{zone}” is always {offset}: it ignores daylight saving time, so the meeting moves by an hour for places that change their clocks. Choose a place instead (type a city, such as New York).</source>
        <translation>„{zone}“ ist immer {offset}: Die Sommerzeit wird ignoriert, daher verschiebt sich das Meeting um eine Stunde für Orte, die ihre Uhren umstellen. Wählen Sie stattdessen einen Ort (geben Sie eine Stadt ein, z. B. Berlin).</translation>
    </message>
</context>
</TS>
