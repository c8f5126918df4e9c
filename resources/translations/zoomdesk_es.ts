<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Schedule and edit Zoom meetings from the desktop through a Server-to-Server OAuth app.</source>
        <translation>Programe y edite reuniones de Zoom desde el escritorio mediante una aplicación OAuth Server-to-Server.</translation>
    </message>
    <message>
        <source>About zoomdesk</source>
        <translation>Acerca de zoomdesk</translation>
    </message>
    <message>
        <source>Settings: {folder}</source>
        <translation>Configuración: {folder}</translation>
    </message>
    <message>
        <source>Logs: {file}</source>
        <translation>Registros: {file}</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nueva reunión…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;uplicar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Eli&amp;minar…</translation>
    </message>
    <message>
        <source>Copy join &amp;link</source>
        <translation>Copiar en&amp;lace para unirse</translation>
    </message>
    <message>
        <source>Copy &amp;invitation</source>
        <translation>Copiar &amp;invitación</translation>
    </message>
    <message>
        <source>&amp;Save as calendar file (.ics)…</source>
        <translation>&amp;Guardar como archivo de calendario (.ics)…</translation>
    </message>
    <message>
        <source>Re&amp;gistrants…</source>
        <translation>Insc&amp;ritos…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pr&amp;eferencias…</translation>
    </message>
    <message>
        <source>&amp;About zoomdesk</source>
        <translation>Acerca &amp;de zoomdesk</translation>
    </message>
    <message>
        <source>&amp;Add profile…</source>
        <translation>&amp;Agregar perfil…</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>E&amp;ditar perfil…</translation>
    </message>
    <message>
        <source>&amp;Remove profile…</source>
        <translation>&amp;Quitar perfil…</translation>
    </message>
    <message>
        <source>Schedule a new meeting</source>
        <translation>Programar una nueva reunión</translation>
    </message>
    <message>
        <source>Open the selected meeting (Enter)</source>
        <translation>Abrir la reunión seleccionada (Enter)</translation>
    </message>
    <message>
        <source>A new meeting like this one</source>
        <translation>Una nueva reunión como esta</translation>
    </message>
    <message>
        <source>Delete the selected meeting</source>
        <translation>Eliminar la reunión seleccionada</translation>
    </message>
    <message>
        <source>Copy the join link</source>
        <translation>Copiar el enlace para unirse</translation>
    </message>
    <message>
        <source>Copy the invitation text to paste in an email</source>
        <translation>Copiar el texto de la invitación para pegarlo en un correo electrónico</translation>
    </message>
    <message>
        <source>Save the meeting as an iCalendar file for Outlook, Google or Apple Calendar</source>
        <translation>Guardar la reunión como archivo iCalendar para Outlook, Google o Apple Calendar</translation>
    </message>
    <message>
        <source>Approve, deny, add and import the people registered for the selected meeting</source>
        <translation>Aprobar, rechazar, agregar e importar a los inscritos en la reunión seleccionada</translation>
    </message>
    <message>
        <source>Reload the list (F5)</source>
        <translation>Volver a cargar la lista (F5)</translation>
    </message>
    <message>
        <source>Connect to a Zoom account</source>
        <translation>Conectarse a una cuenta de Zoom</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Saving the form&apos;s recovery copy</source>
        <translation>Guardado de la copia de recuperación del formulario</translation>
    </message>
    <message>
        <source>The recovery copy of this form could not be saved.</source>
        <translation>No se pudo guardar la copia de recuperación de este formulario.</translation>
    </message>
</context>
<context>
    <name>Banners</name>
    <message>
        <source>Sandbox — not real Zoom.</source>
        <translation>Entorno de pruebas — no es el Zoom real.</translation>
    </message>
    <message>
        <source>The users and meetings here are simulated on this computer: nothing you create, change or delete reaches Zoom, and it is all gone when zoomdesk closes.</source>
        <translation>Los usuarios y las reuniones de aquí se simulan en este equipo: nada de lo que cree, cambie o elimine llega a Zoom, y todo desaparece al cerrar zoomdesk.</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
    <message>
        <source>Show error details</source>
        <translation>Mostrar los detalles del error</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Descartar el mensaje</translation>
    </message>
    <message>
        <source>Details — zoomdesk</source>
        <translation>Detalles — zoomdesk</translation>
    </message>
    <message>
        <source>Sandbox — not real Zoom</source>
        <translation>Entorno de pruebas — no es el Zoom real</translation>
    </message>
</context>
<context>
    <name>Bulk</name>
    <message>
        <source>{value} is not a date and time like 2027-01-31 09:30 (YYYY-MM-DD HH:MM).</source>
        <translation>{value} no es una fecha y hora como 2027-01-31 09:30 (AAAA-MM-DD HH:MM).</translation>
    </message>
    <message>
        <source>{value} is not a meeting type: use one-time, recurring or no-fixed-time.</source>
        <translation>{value} no es un tipo de reunión: use one-time, recurring o no-fixed-time.</translation>
    </message>
    <message>
        <source>{value} is not a weekday (Mon, Tue, … or 1 = Sun to 7 = Sat).</source>
        <translation>{value} no es un día de la semana (Mon, Tue, … o 1 = domingo a 7 = sábado).</translation>
    </message>
    <message>
        <source>The type is {type}, which does not repeat.</source>
        <translation>El tipo es {type}, que no se repite.</translation>
    </message>
    <message>
        <source>{value} is not a real date and time.</source>
        <translation>{value} no es una fecha y hora válidas.</translation>
    </message>
    <message>
        <source>repeat is {value}: use daily, weekly or monthly.</source>
        <translation>repeat es {value}: use daily, weekly o monthly.</translation>
    </message>
    <message>
        <source>the column {name} appears twice</source>
        <translation>la columna {name} aparece dos veces</translation>
    </message>
    <message>
        <source>unknown column {name} (did you mean {names}?)</source>
        <translation>columna desconocida {name} (¿quiso decir {names}?)</translation>
    </message>
    <message>
        <source>the column &apos;host&apos; is missing (each row needs its host)</source>
        <translation>falta la columna &apos;host&apos; (cada fila necesita su anfitrión)</translation>
    </message>
    <message>
        <source>Enter the host: an email address or a Zoom user ID.</source>
        <translation>Indique el anfitrión: una dirección de correo o un ID de usuario de Zoom.</translation>
    </message>
    <message>
        <source>{value} is not a meeting ID (digits only).</source>
        <translation>{value} no es un ID de reunión (solo dígitos).</translation>
    </message>
    <message>
        <source>Unknown time zone {value}; use an IANA name like Europe/Berlin.</source>
        <translation>Zona horaria desconocida {value}; use un nombre IANA como Europe/Berlin.</translation>
    </message>
    <message>
        <source>{value}: the year must be between {low} and {high}.</source>
        <translation>{value}: el año debe estar entre {low} y {high}.</translation>
    </message>
    <message>
        <source>{value} is not a whole number ({column}).</source>
        <translation>{value} no es un número entero ({column}).</translation>
    </message>
    <message>
        <source>repeat is empty: use daily, weekly or monthly.</source>
        <translation>repeat está vacío: use daily, weekly o monthly.</translation>
    </message>
    <message>
        <source>{value} is not a date like 2027-06-30.</source>
        <translation>{value} no es una fecha como 2027-06-30.</translation>
    </message>
    <message>
        <source>unknown column {name}</source>
        <translation>columna desconocida {name}</translation>
    </message>
    <message>
        <source>{name} has no header row (the first line is empty)</source>
        <translation>{name} no tiene fila de encabezado (la primera línea está vacía)</translation>
    </message>
    <message>
        <source>cannot read {path}: {error}</source>
        <translation>no se puede leer {path}: {error}</translation>
    </message>
    <message>
        <source>{name} is not a readable CSV file: {error}</source>
        <translation>{name} no es un archivo CSV legible: {error}</translation>
    </message>
    <message>
        <source>line {line} has {cells} cells but the header has {columns} columns (a cell with a separator in it needs quotes)</source>
        <translation>la línea {line} tiene {cells} celdas pero el encabezado tiene {columns} columnas (una celda que contiene un separador necesita comillas)</translation>
    </message>
    <message>
        <source>{rows} rows: {create} to create, {update} to update, {check} to check first (an earlier create&apos;s outcome was unknown), {skip} already done, {invalid} with problems.</source>
        <translation>{rows} filas: {create} para crear, {update} para actualizar, {check} para comprobar primero (se desconocía el resultado de una creación anterior), {skip} ya hechas, {invalid} con problemas.</translation>
    </message>
    <message>
        <source>{count} wait until after {time} UTC (lines {lines})</source>
        <translation>{count} esperan hasta después de {time} UTC (líneas {lines})</translation>
    </message>
    <message>
        <source>{host}: {sends} to send; {used} of {limit} requests used today, {left} left; {waits}.</source>
        <translation>{host}: {sends} por enviar; {used} de {limit} solicitudes usadas hoy, quedan {left}; {waits}.</translation>
    </message>
    <message>
        <source>{host}: {sends} to send; {used} of {limit} requests used today, {left} left.</source>
        <translation>{host}: {sends} por enviar; {used} de {limit} solicitudes usadas hoy, quedan {left}.</translation>
    </message>
    <message>
        <source>No active user {host} in this account.</source>
        <translation>No hay ningún usuario activo {host} en esta cuenta.</translation>
    </message>
    <message>
        <source>Same meeting ID as line {line}: it would be sent twice.</source>
        <translation>El mismo ID de reunión que la línea {line}: se enviaría dos veces.</translation>
    </message>
    <message>
        <source>Same host, topic and start as line {line}: it would be sent twice.</source>
        <translation>El mismo anfitrión, tema e inicio que la línea {line}: se enviaría dos veces.</translation>
    </message>
    <message>
        <source>No active user {host} in this account. Did you mean {names}?</source>
        <translation>No hay ningún usuario activo {host} en esta cuenta. ¿Quiso decir {names}?</translation>
    </message>
    <message>
        <source>Another import is writing {name} right now; wait for it to finish (two at once could create the same meeting twice).</source>
        <translation>Otra importación está escribiendo {name} ahora mismo; espere a que termine (dos a la vez podrían crear la misma reunión dos veces).</translation>
    </message>
    <message>
        <source>waits for the host&apos;s daily limit (Zoom): run the import again after {time} UTC</source>
        <translation>espera por el límite diario del anfitrión (Zoom): vuelva a ejecutar la importación después de {time} UTC</translation>
    </message>
    <message>
        <source>waits for the host&apos;s daily limit (the plan): run the import again after {time} UTC</source>
        <translation>espera por el límite diario del anfitrión (el plan): vuelva a ejecutar la importación después de {time} UTC</translation>
    </message>
    <message>
        <source>refused (429)</source>
        <translation>rechazado (429)</translation>
    </message>
    <message>
        <source>stopped while in flight</source>
        <translation>detenido durante el envío</translation>
    </message>
    <message>
        <source>No meeting {meeting_id}.</source>
        <translation>No existe la reunión {meeting_id}.</translation>
    </message>
    <message>
        <source>created before as meeting {meeting_id}; this row has changed since: to change the meeting, put its ID in meeting_id</source>
        <translation>ya creada como reunión {meeting_id}; esta fila ha cambiado desde entonces: para cambiar la reunión, ponga su ID en meeting_id</translation>
    </message>
    <message>
        <source>unexpected error: {error}</source>
        <translation>error inesperado: {error}</translation>
    </message>
    <message>
        <source>cancelled before it was sent</source>
        <translation>cancelado antes de enviarse</translation>
    </message>
</context>
<context>
    <name>BulkMenu</name>
    <message>
        <source>Export meetings — zoomdesk</source>
        <translation>Exportar reuniones — zoomdesk</translation>
    </message>
    <message>
        <source>&amp;Import meetings…</source>
        <translation>&amp;Importar reuniones…</translation>
    </message>
    <message>
        <source>Create or update many meetings from a spreadsheet</source>
        <translation>Crear o actualizar muchas reuniones desde una hoja de cálculo</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Save the meetings in the list as a spreadsheet (CSV)</source>
        <translation>Guardar las reuniones de la lista como hoja de cálculo (CSV)</translation>
    </message>
    <message>
        <source>Connect to a Zoom account first.</source>
        <translation>Conéctese primero a una cuenta de Zoom.</translation>
    </message>
    <message>
        <source>The list is empty: nothing to export</source>
        <translation>La lista está vacía: nada que exportar</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Exporting the list</source>
        <translation>Exportación de la lista</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n meeting(s) to {file}</source>
        <translation>
            <numerusform>%n reunión exportada a {file}</numerusform>
            <numerusform>%n reuniones exportadas a {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>{task} failed: {error}</source>
        <translation>{task} ha fallado: {error}</translation>
    </message>
</context>
<context>
    <name>BulkPreview</name>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Check, then create</source>
        <translation>Comprobar y crear</translation>
    </message>
    <message>
        <source>Done before</source>
        <translation>Hecha antes</translation>
    </message>
    <message>
        <source>Fix the file</source>
        <translation>Corregir el archivo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Will</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Incluida</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Excluida</translation>
    </message>
    <message>
        <source>Problem: {problem}</source>
        <translation>Problema: {problem}</translation>
    </message>
</context>
<context>
    <name>BulkWizard</name>
    <message>
        <source>Line {line}, {column}: {problem}</source>
        <translation>Línea {line}, {column}: {problem}</translation>
    </message>
    <message>
        <source>Choose a spreadsheet — zoomdesk</source>
        <translation>Elegir una hoja de cálculo — zoomdesk</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Lectura del archivo</translation>
    </message>
    <message>
        <source>Importing meetings</source>
        <translation>Importación de reuniones</translation>
    </message>
    <message>
        <source>Line {line}: {outcome}</source>
        <translation>Línea {line}: {outcome}</translation>
    </message>
    <message numerus="yes">
        <source>{finished} of %n row(s): {counts}.</source>
        <translation>
            <numerusform>{finished} de %n fila: {counts}.</numerusform>
            <numerusform>{finished} de %n filas: {counts}.</numerusform>
        </translation>
    </message>
    <message>
        <source>left out (unticked)</source>
        <translation>excluida (desmarcada)</translation>
    </message>
    <message>
        <source>Import meetings — zoomdesk</source>
        <translation>Importar reuniones — zoomdesk</translation>
    </message>
    <message>
        <source>Import meetings</source>
        <translation>Importar reuniones</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Archivo que importar</translation>
    </message>
    <message>
        <source>term.csv</source>
        <translation>trimestre.csv</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Filas del archivo</translation>
    </message>
    <message>
        <source>&amp;Reload the file</source>
        <translation>&amp;Recargar el archivo</translation>
    </message>
    <message>
        <source>Read the file again after fixing it in your spreadsheet</source>
        <translation>Volver a leer el archivo después de corregirlo en su hoja de cálculo</translation>
    </message>
    <message>
        <source>Problems of the selected row</source>
        <translation>Problemas de la fila seleccionada</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>El plan</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Send nothing more; what is already on its way finishes</source>
        <translation>No enviar nada más; lo que ya está en camino termina</translation>
    </message>
    <message>
        <source>Rows as they complete</source>
        <translation>Filas a medida que terminan</translation>
    </message>
    <message>
        <source>Rows not done</source>
        <translation>Filas no hechas</translation>
    </message>
    <message>
        <source>&amp;Open results file</source>
        <translation>&amp;Abrir el archivo de resultados</translation>
    </message>
    <message>
        <source>Show in &amp;list</source>
        <translation>Mostrar en la &amp;lista</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Stopping: what is on its way finishes, nothing more is sent.</source>
        <translation>Deteniendo: lo que está en camino termina, no se envía nada más.</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(y %n más)</numerusform>
            <numerusform>(y %n más)</numerusform>
        </translation>
    </message>
    <message>
        <source>What will be sent, host by host:</source>
        <translation>Lo que se enviará, anfitrión por anfitrión:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Rows in {file}: {rows}.</source>
        <translation>Filas en {file}: {rows}.</translation>
    </message>
    <message>
        <source>Choose a spreadsheet saved as CSV (UTF-8, comma or semicolon). Each row creates a meeting, or updates one when it has a {meeting_id}. Nothing is sent until you have seen the plan. The format: {doc}.</source>
        <translation>Elija una hoja de cálculo guardada como CSV (UTF-8, coma o punto y coma). Cada fila crea una reunión, o actualiza una si tiene un {meeting_id}. No se envía nada hasta que haya visto el plan. El formato: {doc}.</translation>
    </message>
    <message>
        <source>Left out (unticked): lines {lines}.</source>
        <translation>Excluidas (desmarcadas): líneas {lines}.</translation>
    </message>
    <message>
        <source>{summary}. Every row&apos;s outcome is in {file}; importing the same file again resumes (done rows are skipped, nothing is created twice).</source>
        <translation>{summary}. El resultado de cada fila está en {file}; si importa el mismo archivo otra vez, se reanuda (las filas hechas se omiten, nada se crea dos veces).</translation>
    </message>
    <message>
        <source>{task} failed: {error}</source>
        <translation>{task} ha fallado: {error}</translation>
    </message>
    <message>
        <source>Rows with problems: {count}, marked in red (select a row or point at a cell to read why). Fix the file and reload, or untick those rows.</source>
        <translation>Filas con problemas: {count}, marcadas en rojo (seleccione una fila o señale una celda para leer el motivo). Corrija el archivo y vuelva a cargarlo, o desmarque esas filas.</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Nada que hacer</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n hecha</numerusform>
            <numerusform>%n hechas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallida</numerusform>
            <numerusform>%n fallidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with outcome unknown</source>
        <translation>
            <numerusform>%n con resultado desconocido</numerusform>
            <numerusform>%n con resultado desconocido</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for the daily limit</source>
        <translation>
            <numerusform>%n a la espera del límite diario</numerusform>
            <numerusform>%n a la espera del límite diario</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n no enviada</numerusform>
            <numerusform>%n no enviadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems</source>
        <translation>
            <numerusform>%n con problemas</numerusform>
            <numerusform>%n con problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecha</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>resultado desconocido</translation>
    </message>
    <message>
        <source>waiting for the daily limit</source>
        <translation>a la espera del límite diario</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>no enviada</translation>
    </message>
    <message>
        <source>with problems</source>
        <translation>con problemas</translation>
    </message>
    <message>
        <source>created meeting {id}</source>
        <translation>reunión {id} creada</translation>
    </message>
    <message>
        <source>{status}: {error}</source>
        <translation>{status}: {error}</translation>
    </message>
    <message>
        <source>updated meeting {id}</source>
        <translation>reunión {id} actualizada</translation>
    </message>
    <message>
        <source>unchanged: meeting {id}</source>
        <translation>sin cambios: reunión {id}</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>No fixed time</source>
        <translation>Sin hora fija</translation>
    </message>
</context>
<context>
    <name>CalendarControls</name>
    <message>
        <source>All hosts</source>
        <translation>Todos los anfitriones</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Work week</source>
        <translation>Semana laboral</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Periodo anterior</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>Ir a hoy (T)</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Periodo siguiente</translation>
    </message>
    <message>
        <source>Shown period</source>
        <translation>Periodo mostrado</translation>
    </message>
    <message>
        <source>Calendar view</source>
        <translation>Vista del calendario</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Anfitriones</translation>
    </message>
    <message>
        <source>Hosts shown</source>
        <translation>Anfitriones mostrados</translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation>&amp;Lado a lado</translation>
    </message>
    <message>
        <source>One lane per host (otherwise one colour and name per host)</source>
        <translation>Una columna por anfitrión (si no, un color y un nombre por anfitrión)</translation>
    </message>
    <message>
        <source>Concurrent meetings allowed</source>
        <translation>Reuniones simultáneas permitidas</translation>
    </message>
    <message>
        <source>The account has Zoom&apos;s concurrent-meetings add-on: a host&apos;s overlapping meetings are shown as information, not as a conflict</source>
        <translation>La cuenta tiene el complemento de reuniones simultáneas de Zoom: las reuniones solapadas de un anfitrión se muestran como información, no como conflicto</translation>
    </message>
    <message>
        <source>Shorter hours</source>
        <translation>Reducir las horas</translation>
    </message>
    <message>
        <source>Taller hours</source>
        <translation>Ampliar las horas</translation>
    </message>
    <message>
        <source>Anytime:</source>
        <translation>En cualquier momento:</translation>
    </message>
    <message>
        <source>Meetings without a fixed time</source>
        <translation>Reuniones sin hora fija</translation>
    </message>
    <message>
        <source>Previous ({key})</source>
        <translation>Anterior ({key})</translation>
    </message>
    <message>
        <source>Next ({key})</source>
        <translation>Siguiente ({key})</translation>
    </message>
    <message>
        <source>Shorter hours ({key})</source>
        <translation>Reducir las horas ({key})</translation>
    </message>
    <message>
        <source>Taller hours ({key})</source>
        <translation>Ampliar las horas ({key})</translation>
    </message>
</context>
<context>
    <name>CalendarDrag</name>
    <message>
        <source>Recurring meeting — zoomdesk</source>
        <translation>Reunión periódica — zoomdesk</translation>
    </message>
    <message>
        <source>This &amp;occurrence</source>
        <translation>Esta &amp;repetición</translation>
    </message>
    <message>
        <source>The whole &amp;series</source>
        <translation>Toda la &amp;serie</translation>
    </message>
    <message>
        <source>Opening “{topic}”</source>
        <translation>Apertura de «{topic}»</translation>
    </message>
    <message>
        <source>“{topic}” repeats. Change this occurrence or the series?</source>
        <translation>«{topic}» se repite. ¿Cambiar esta repetición o toda la serie?</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Calendario</translation>
    </message>
    <message>
        <source>Show the meetings on a calendar ({key})</source>
        <translation>Mostrar las reuniones en un calendario ({key})</translation>
    </message>
    <message>
        <source>No meeting selected</source>
        <translation>Ninguna reunión seleccionada</translation>
    </message>
    <message>
        <source>Checking for overlaps</source>
        <translation>Comprobación de solapamientos</translation>
    </message>
    <message>
        <source>Reading recurring meetings&apos; occurrences</source>
        <translation>Lectura de las repeticiones de las reuniones periódicas</translation>
    </message>
    <message>
        <source>{start}–{end} (your time)</source>
        <translation>{start}–{end} (su hora)</translation>
    </message>
    <message>
        <source>Runs at the same time as “{topic}” ({day}, {start}–{end})</source>
        <translation>Se celebra a la vez que «{topic}» ({day}, {start}–{end})</translation>
    </message>
    <message>
        <source>Overlaps “{topic}” ({day}, {start}–{end})</source>
        <translation>Se solapa con «{topic}» ({day}, {start}–{end})</translation>
    </message>
    <message>
        <source>One occurrence of a recurring meeting</source>
        <translation>Una repetición de una reunión periódica</translation>
    </message>
    <message>
        <source>Host: {host}</source>
        <translation>Anfitrión: {host}</translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <source>{request} returned an HTML page instead of Zoom&apos;s 204, not Zoom&apos;s answer; a proxy or captive portal may be in the way, so the change is not confirmed</source>
        <translation>{request} devolvió una página HTML en lugar del 204 de Zoom, no la respuesta de Zoom; puede haber un proxy o un portal cautivo en medio, así que el cambio no está confirmado</translation>
    </message>
    <message numerus="yes">
        <source>{request} returned %n byte(s) ({type}) instead of Zoom&apos;s 204, not Zoom&apos;s answer; a proxy or captive portal may be in the way, so the change is not confirmed</source>
        <translation>
            <numerusform>{request} devolvió %n byte ({type}) en lugar del 204 de Zoom, no la respuesta de Zoom; puede haber un proxy o un portal cautivo en medio, así que el cambio no está confirmado</numerusform>
            <numerusform>{request} devolvió %n bytes ({type}) en lugar del 204 de Zoom, no la respuesta de Zoom; puede haber un proxy o un portal cautivo en medio, así que el cambio no está confirmado</numerusform>
        </translation>
    </message>
    <message>
        <source>an ID in the request path is empty</source>
        <translation>un ID de la ruta de la solicitud está vacío</translation>
    </message>
    <message numerus="yes">
        <source>{request} returned a body that is not valid JSON ({type}, %n byte(s)); it may have been cut off</source>
        <translation>
            <numerusform>{request} devolvió un cuerpo que no es JSON válido ({type}, %n byte); puede que se haya cortado</numerusform>
            <numerusform>{request} devolvió un cuerpo que no es JSON válido ({type}, %n bytes); puede que se haya cortado</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate limit reached</source>
        <translation>Se alcanzó el límite de frecuencia</translation>
    </message>
    <message>
        <source>is empty; leave it out to change the whole series</source>
        <translation>está vacío; omítalo para cambiar toda la serie</translation>
    </message>
    <message>
        <source>{request} returned an HTML page, not Zoom&apos;s JSON; a proxy or captive portal may be in the way</source>
        <translation>{request} devolvió una página HTML, no el JSON de Zoom; puede haber un proxy o un portal cautivo en medio</translation>
    </message>
    <message>
        <source>{request} returned a non-JSON body ({type}), not Zoom&apos;s JSON; a proxy or captive portal may be in the way</source>
        <translation>{request} devolvió un cuerpo que no es JSON ({type}), no el JSON de Zoom; puede haber un proxy o un portal cautivo en medio</translation>
    </message>
    <message>
        <source>interrupted before Zoom&apos;s answer was read ({error})</source>
        <translation>interrumpido antes de leer la respuesta de Zoom ({error})</translation>
    </message>
    <message>
        <source>{what} did not hold the object Zoom documents ({error})</source>
        <translation>{what} no contenía el objeto que documenta Zoom ({error})</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>overlaps “{topic}” ({meeting_id}, occurrence {occurrence_id}) {start}–{end} UTC on {date}</source>
        <translation>se solapa con «{topic}» ({meeting_id}, repetición {occurrence_id}) el {date}, {start}–{end} UTC</translation>
    </message>
    <message>
        <source>overlaps “{topic}” ({meeting_id}) {start}–{end} UTC on {date}</source>
        <translation>se solapa con «{topic}» ({meeting_id}) el {date}, {start}–{end} UTC</translation>
    </message>
</context>
<context>
    <name>ConnectionReport</name>
    <message>
        <source>Enter a full URL, like https://zoom.us.</source>
        <translation>Introduzca una URL completa, como https://zoom.us.</translation>
    </message>
    <message>
        <source>Use https:// (plain http is only allowed for this computer).</source>
        <translation>Use https:// (http sin cifrar solo se permite para este equipo).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message numerus="yes">
        <source>Connected. Zoom issued an access token valid for %n minute(s).</source>
        <translation>
            <numerusform>Conectado. Zoom emitió un token de acceso válido durante %n minuto.</numerusform>
            <numerusform>Conectado. Zoom emitió un token de acceso válido durante %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom refused: {explanation}</source>
        <translation>Zoom lo rechazó: {explanation}</translation>
    </message>
    <message>
        <source>Enter a URL.</source>
        <translation>Introduzca una URL.</translation>
    </message>
    <message>
        <source>Not used by zoomdesk: {scopes}. Anyone who gets hold of this app&apos;s secret gets that power too, for nothing: ask your Zoom admin to remove these scopes from the app in the Zoom App Marketplace.</source>
        <translation>No los usa zoomdesk: {scopes}. Quien obtenga el secreto de esta aplicación también obtiene ese poder, sin ningún beneficio: pida a su administrador de Zoom que quite estos ámbitos (scopes) de la aplicación en el Zoom App Marketplace.</translation>
    </message>
    <message>
        <source>The fewest scopes — to browse meetings: {browse}; to schedule them: {schedule}.</source>
        <translation>Los ámbitos mínimos — para consultar reuniones: {browse}; para programarlas: {schedule}.</translation>
    </message>
    <message>
        <source>Details: {details}</source>
        <translation>Detalles: {details}</translation>
    </message>
    <message>
        <source>Scopes granted: {scopes}</source>
        <translation>Ámbitos concedidos: {scopes}</translation>
    </message>
    <message>
        <source>Could not reach {url}. {problem}</source>
        <translation>No se pudo acceder a {url}. {problem}</translation>
    </message>
</context>
<context>
    <name>DebugPanel</name>
    <message>
        <source>HTTP debug panel</source>
        <translation>Panel de depuración HTTP</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Filter by path, method or status</source>
        <translation>Filtrar por ruta, método o estado</translation>
    </message>
    <message>
        <source>Filter exchanges</source>
        <translation>Filtrar los intercambios HTTP</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Limpiar</translation>
    </message>
    <message>
        <source>Clear the exchange list</source>
        <translation>Vaciar la lista de intercambios HTTP</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>Copiar como c&amp;URL</translation>
    </message>
    <message>
        <source>Copy as cURL</source>
        <translation>Copiar como cURL</translation>
    </message>
    <message>
        <source>E&amp;xport HAR…</source>
        <translation>E&amp;xportar HAR…</translation>
    </message>
    <message>
        <source>Export HAR</source>
        <translation>Exportar HAR</translation>
    </message>
    <message>
        <source>Request do&amp;ctor…</source>
        <translation>Diagnóstico de s&amp;olicitudes…</translation>
    </message>
    <message>
        <source>Request doctor</source>
        <translation>Diagnóstico de solicitudes</translation>
    </message>
    <message>
        <source>Open the request doctor</source>
        <translation>Abrir el diagnóstico de solicitudes</translation>
    </message>
    <message>
        <source>HTTP exchanges</source>
        <translation>Intercambios HTTP</translation>
    </message>
    <message>
        <source>Exchange count and last action</source>
        <translation>Número de intercambios y última acción</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Cleared.</source>
        <translation>Lista vaciada.</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s), {failed} failed ({shown} shown)</source>
        <translation>
            <numerusform>%n intercambio, {failed} con error ({shown} mostrados)</numerusform>
            <numerusform>%n intercambios, {failed} con error ({shown} mostrados)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied as cURL (secret as $ZOOM_CLIENT_SECRET, token as $ZOOM_TOKEN).</source>
        <translation>Copiado como cURL (el secreto como $ZOOM_CLIENT_SECRET, el token como $ZOOM_TOKEN).</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n exchange(s) as cURL.</source>
        <translation>
            <numerusform>%n intercambio copiado como cURL.</numerusform>
            <numerusform>%n intercambios copiados como cURL.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export HAR (secrets redacted)</source>
        <translation>Exportar HAR (secretos ocultos)</translation>
    </message>
    <message>
        <source>HAR files (*.har)</source>
        <translation>Archivos HAR (*.har)</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s) ({shown} shown)</source>
        <translation>
            <numerusform>%n intercambio ({shown} mostrados)</numerusform>
            <numerusform>%n intercambios ({shown} mostrados)</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an exchange to copy it as cURL.</source>
        <translation>Seleccione un intercambio para copiarlo como cURL.</translation>
    </message>
    <message>
        <source>Select an exchange to export it.</source>
        <translation>Seleccione un intercambio para exportarlo.</translation>
    </message>
    <message>
        <source>Selected exchange</source>
        <translation>Intercambio seleccionado</translation>
    </message>
    <message>
        <source>All shown</source>
        <translation>Todos los mostrados</translation>
    </message>
    <message>
        <source>Selected exchange…</source>
        <translation>Intercambio seleccionado…</translation>
    </message>
    <message>
        <source>All shown…</source>
        <translation>Todos los mostrados…</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s), {failed} failed</source>
        <translation>
            <numerusform>%n intercambio, {failed} con error</numerusform>
            <numerusform>%n intercambios, {failed} con error</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n intercambio</numerusform>
            <numerusform>%n intercambios</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported {count} exchange(s) to {path} (redacted).</source>
        <translation>{count} intercambio(s) exportado(s) a {path} (secretos ocultos).</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>No se pudo escribir {path}: {reason}</translation>
    </message>
    <message>
        <source>HTTP debug panel — zoomdesk</source>
        <translation>Panel de depuración HTTP — zoomdesk</translation>
    </message>
</context>
<context>
    <name>DebugSeverity</name>
    <message>
        <source>✗ Problem</source>
        <translation>✗ Problema</translation>
    </message>
    <message>
        <source>! Warning</source>
        <translation>! Advertencia</translation>
    </message>
    <message>
        <source>i Note</source>
        <translation>i Nota</translation>
    </message>
    <message>
        <source>✓ OK</source>
        <translation>✓ Correcto</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Starting the sandbox</source>
        <translation>Inicio del entorno de pruebas</translation>
    </message>
    <message>
        <source>Starting zoomdesk</source>
        <translation>Inicio de zoomdesk</translation>
    </message>
    <message>
        <source>It is no longer in the list.</source>
        <translation>Ya no está en la lista.</translation>
    </message>
    <message>
        <source>Checking the keyring</source>
        <translation>Comprobación del llavero</translation>
    </message>
    <message>
        <source>Enter secret…</source>
        <translation>Introducir secreto…</translation>
    </message>
    <message>
        <source>Add profile…</source>
        <translation>Agregar perfil…</translation>
    </message>
    <message>
        <source>Looking for unsaved meeting forms</source>
        <translation>Búsqueda de formularios de reunión sin guardar</translation>
    </message>
    <message>
        <source>Connecting with “{profile}”</source>
        <translation>Conexión con «{profile}»</translation>
    </message>
    <message>
        <source>Use the sandbox</source>
        <translation>Usar el entorno de pruebas</translation>
    </message>
    <message>
        <source>Cannot connect: {problem}</source>
        <translation>No se puede conectar: {problem}</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>Editar perfil…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Closing zoomdesk</source>
        <translation>Cierre de zoomdesk</translation>
    </message>
    <message>
        <source>HTTP exchanges</source>
        <translation>Intercambios HTTP</translation>
    </message>
    <message>
        <source>Change history…</source>
        <translation>Historial de cambios…</translation>
    </message>
    <message>
        <source>Request &amp;doctor…</source>
        <translation>D&amp;iagnóstico de solicitudes…</translation>
    </message>
    <message>
        <source>Check a token or API request of your own (cURL, raw HTTP, HAR, code)</source>
        <translation>Comprobar un token o una solicitud de API propios (cURL, HTTP sin procesar, HAR, código)</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>The request never reached Zoom, so Zoom cannot trace it: fix the network first.</source>
        <translation>La solicitud nunca llegó a Zoom, por lo que Zoom no puede rastrearla: corrija primero la red.</translation>
    </message>
    <message>
        <source>This answer is not one of the failures zoomdesk knows. Everything that was sent and received is in the Request and Response tabs (secrets masked).</source>
        <translation>Esta respuesta no es uno de los fallos que zoomdesk conoce. Todo lo enviado y recibido está en las pestañas Solicitud y Respuesta (con los secretos ocultos).</translation>
    </message>
    <message>
        <source>Read the response body for Zoom&apos;s own words; if it stays unclear, send Zoom support the details below.</source>
        <translation>Lea el cuerpo de la respuesta para ver lo que dice Zoom; si sigue sin estar claro, envíe al soporte de Zoom los detalles de abajo.</translation>
    </message>
    <message>
        <source>{request} worked: {status}.</source>
        <translation>{request} funcionó: {status}.</translation>
    </message>
    <message>
        <source>time {time}; request {request}; answer {answer}</source>
        <translation>hora {time}; solicitud {request}; respuesta {answer}</translation>
    </message>
    <message>
        <source>Zoom sent no tracking id (x-zm-trackingid), so this answer may come from a proxy rather than Zoom. If you ask Zoom for help ({url}), give: {details}.</source>
        <translation>Zoom no envió ningún ID de seguimiento (x-zm-trackingid), así que esta respuesta puede venir de un proxy y no de Zoom. Si pide ayuda a Zoom ({url}), indique: {details}.</translation>
    </message>
    <message>
        <source>It worked this time, but may stop working.</source>
        <translation>Esta vez funcionó, pero puede dejar de funcionar.</translation>
    </message>
    <message>
        <source>The answer is a web page, not Zoom&apos;s JSON</source>
        <translation>La respuesta es una página web, no el JSON de Zoom</translation>
    </message>
    <message>
        <source>An HTML page came back instead of Zoom&apos;s JSON. Usually a company proxy, a Wi-Fi login page or a gateway answered in Zoom&apos;s place, or Zoom showed an error page.</source>
        <translation>Llegó una página HTML en lugar del JSON de Zoom. Normalmente un proxy de la empresa, una página de inicio de sesión Wi-Fi o una pasarela respondió en lugar de Zoom, o Zoom mostró una página de error.</translation>
    </message>
    <message>
        <source>Open the Response tab to read the page; sign in to the network or check proxy settings, then retry.</source>
        <translation>Abra la pestaña Respuesta para leer la página; inicie sesión en la red o revise la configuración del proxy y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Retry reads. For a create, reload the meetings list first to avoid a duplicate.</source>
        <translation>Reintente las lecturas. Si era una creación, vuelva a cargar primero la lista de reuniones para evitar un duplicado.</translation>
    </message>
    <message>
        <source>Zoom&apos;s X-RateLimit-Remaining header is low; the next calls may get 429.</source>
        <translation>El encabezado X-RateLimit-Remaining de Zoom es bajo; las próximas llamadas pueden recibir 429.</translation>
    </message>
    <message>
        <source>Slow down, or wait for the limit to reset.</source>
        <translation>Vaya más despacio o espere a que se restablezca el límite.</translation>
    </message>
    <message>
        <source>{request} got no answer.</source>
        <translation>{request} no recibió respuesta.</translation>
    </message>
    <message>
        <source>{request} failed: {status}. Likely cause: {cause}.</source>
        <translation>{request} falló: {status}. Causa probable: {cause}.</translation>
    </message>
    <message>
        <source>{request} failed: {status}.</source>
        <translation>{request} falló: {status}.</translation>
    </message>
    <message numerus="yes">
        <source>{request} worked: {status}, with %n warning(s).</source>
        <translation>
            <numerusform>{request} funcionó: {status}, con %n advertencia.</numerusform>
            <numerusform>{request} funcionó: {status}, con %n advertencias.</numerusform>
        </translation>
    </message>
    <message>
        <source>If you ask Zoom for help ({url}), give the tracking id {tracking_id} with: {details}. Never send the client secret or a token.</source>
        <translation>Si pide ayuda a Zoom ({url}), indique el ID de seguimiento {tracking_id} junto con: {details}. No envíe nunca el secreto de cliente ni un token.</translation>
    </message>
    <message>
        <source>Zoom answered HTTP {status} and zoomdesk does not recognise why</source>
        <translation>Zoom respondió HTTP {status} y zoomdesk no reconoce el motivo</translation>
    </message>
    <message>
        <source>The answer had no body.</source>
        <translation>La respuesta no tenía cuerpo.</translation>
    </message>
    <message>
        <source>The answer was cut off before its end</source>
        <translation>La respuesta se cortó antes de terminar</translation>
    </message>
    <message>
        <source>The answer is garbled JSON</source>
        <translation>La respuesta es un JSON dañado</translation>
    </message>
    <message>
        <source>The JSON body stops in the middle: the connection or a proxy cut it short. The request itself may have been carried out.</source>
        <translation>El cuerpo JSON se corta a la mitad: la conexión o un proxy lo interrumpió. Es posible que la solicitud se haya ejecutado.</translation>
    </message>
    <message>
        <source>The body claims to be JSON but cannot be read. The request itself may have been carried out.</source>
        <translation>El cuerpo dice ser JSON pero no se puede leer. Es posible que la solicitud se haya ejecutado.</translation>
    </message>
    <message numerus="yes">
        <source>The token lacks %n scope(s) zoomdesk uses</source>
        <translation>
            <numerusform>Al token le falta %n ámbito (scope) que zoomdesk usa</numerusform>
            <numerusform>Al token le faltan %n ámbitos (scopes) que zoomdesk usa</numerusform>
        </translation>
    </message>
    <message>
        <source>Add them in the Zoom App Marketplace ▸ Manage ▸ your app ▸ Scopes, then get a new token.</source>
        <translation>Añádalos en Zoom App Marketplace ▸ Manage ▸ su aplicación ▸ Scopes y obtenga un token nuevo.</translation>
    </message>
    <message>
        <source>{request} got no answer. Likely cause: {cause}.</source>
        <translation>{request} no recibió respuesta. Causa probable: {cause}.</translation>
    </message>
    <message>
        <source>Only {remaining} of {limit} calls left in this rate-limit window</source>
        <translation>Solo quedan {remaining} de {limit} llamadas en este periodo del límite de frecuencia</translation>
    </message>
    <message>
        <source>Body: {text}</source>
        <translation>Cuerpo: {text}</translation>
    </message>
    <message>
        <source>Body starts: {text}</source>
        <translation>Comienzo del cuerpo: {text}</translation>
    </message>
    <message>
        <source>Body ends: …{text}</source>
        <translation>Final del cuerpo: …{text}</translation>
    </message>
    <message>
        <source>Without {scopes}, zoomdesk cannot {operations}.</source>
        <translation>Sin {scopes}, zoomdesk no puede: {operations}.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Granted: {scopes}</source>
        <translation>Concedidos: {scopes}</translation>
    </message>
</context>
<context>
    <name>DiagnosisView</name>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Copy diagnosis</source>
        <translation>Copiar el diagnóstico</translation>
    </message>
    <message>
        <source>Copy the diagnosis as text</source>
        <translation>Copiar el diagnóstico como texto</translation>
    </message>
    <message>
        <source>Copy tracking id</source>
        <translation>Copiar el ID de seguimiento</translation>
    </message>
    <message>
        <source>Copy Zoom&apos;s tracking id</source>
        <translation>Copiar el ID de seguimiento de Zoom</translation>
    </message>
    <message>
        <source>Select an exchange to see its diagnosis.</source>
        <translation>Seleccione un intercambio para ver su diagnóstico.</translation>
    </message>
    <message>
        <source>For Zoom support</source>
        <translation>Para el soporte de Zoom</translation>
    </message>
    <message>
        <source>&lt;b&gt;{severity}: {title}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{severity}: {title}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Fix:&lt;/b&gt; {fix}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Solución:&lt;/b&gt; {fix}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Seen:&lt;/b&gt;&lt;br&gt;{seen}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Observado:&lt;/b&gt;&lt;br&gt;{seen}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nothing to report: the request and the answer look right.</source>
        <translation>Nada que señalar: la solicitud y la respuesta parecen correctas.</translation>
    </message>
</context>
<context>
    <name>DoctorApi</name>
    <message>
        <source>The access token is sent in the query string</source>
        <translation>El token de acceso se envía en la cadena de consulta</translation>
    </message>
    <message>
        <source>There is no Authorization header</source>
        <translation>No hay encabezado Authorization</translation>
    </message>
    <message>
        <source>The call uses API v1, which Zoom retired</source>
        <translation>La llamada usa la API v1, que Zoom retiró</translation>
    </message>
    <message>
        <source>Replace /v1/ with /v2/ (check the endpoint&apos;s v2 name in Zoom&apos;s API reference).</source>
        <translation>Sustituya /v1/ por /v2/ (compruebe el nombre v2 del endpoint en la referencia de la API de Zoom).</translation>
    </message>
    <message>
        <source>The path does not start with /v2</source>
        <translation>La ruta no empieza por /v2</translation>
    </message>
    <message>
        <source>Zoom&apos;s API paths live under /v2 (for example /v2/users/me/meetings); without it Zoom answers 404.</source>
        <translation>Las rutas de la API de Zoom están bajo /v2 (por ejemplo /v2/users/me/meetings); sin /v2, Zoom responde 404.</translation>
    </message>
    <message>
        <source>Move the parameters to the query string.</source>
        <translation>Mueva los parámetros a la cadena de consulta.</translation>
    </message>
    <message>
        <source>The API body is form-encoded; Zoom&apos;s API expects JSON</source>
        <translation>El cuerpo de la llamada a la API está codificado como formulario; la API de Zoom espera JSON</translation>
    </message>
    <message>
        <source>Unlike the token endpoint, API calls (create or update a meeting, …) take a JSON body.</source>
        <translation>A diferencia del endpoint de tokens, las llamadas a la API (crear o actualizar una reunión, …) llevan un cuerpo JSON.</translation>
    </message>
    <message>
        <source>Zoom reads a create or update body only as `application/json`. fetch() sends a string body as text/plain unless told otherwise, and PowerShell sends a POST body as a form.</source>
        <translation>Zoom solo lee el cuerpo de una creación o actualización como `application/json`. fetch() envía un cuerpo de texto como text/plain si no se indica otra cosa, y PowerShell envía el cuerpo de un POST como formulario.</translation>
    </message>
    <message>
        <source>The API body has no Content-Type</source>
        <translation>El cuerpo de la llamada a la API no tiene Content-Type</translation>
    </message>
    <message>
        <source>The body is not valid JSON</source>
        <translation>El cuerpo no es JSON válido</translation>
    </message>
    <message>
        <source>Zoom answers 300 or 400 when the JSON cannot be parsed (a trailing comma, single quotes, an unescaped newline…).</source>
        <translation>Zoom responde 300 o 400 cuando no puede analizar el JSON (una coma final, comillas simples, un salto de línea sin escapar…).</translation>
    </message>
    <message>
        <source>Build the body with a JSON library rather than by hand.</source>
        <translation>Construya el cuerpo con una biblioteca JSON en lugar de a mano.</translation>
    </message>
    <message>
        <source>The API call uses Basic authorization; it needs a Bearer token</source>
        <translation>La llamada a la API usa autorización Basic; necesita un token Bearer</translation>
    </message>
    <message>
        <source>The client ID and secret (Basic) are only for the token endpoint. API calls use the access token it returns; Zoom answers Basic with 401 code 124.</source>
        <translation>El ID de cliente y el secreto de cliente (Basic) son solo para el endpoint de tokens. Las llamadas a la API usan el token de acceso que este devuelve; Zoom responde a Basic con 401, código 124.</translation>
    </message>
    <message>
        <source>Since February 2023 Zoom refuses access tokens passed as `?access_token=…`: it answers `{answer}`. URLs are also logged by proxies, so the token leaks.</source>
        <translation>Desde febrero de 2023 Zoom rechaza los tokens de acceso pasados como `?access_token=…`: responde `{answer}`. Además, los proxies registran las URL, así que el token se filtra.</translation>
    </message>
    <message>
        <source>Send it in a header instead: `{header}`.</source>
        <translation>Envíelo en un encabezado: `{header}`.</translation>
    </message>
    <message>
        <source>Every Zoom API call needs the access token from /oauth/token as `{header}`.</source>
        <translation>Cada llamada a la API de Zoom necesita el token de acceso de /oauth/token como `{header}`.</translation>
    </message>
    <message>
        <source>Get a token (POST /oauth/token) and send `{header}`.</source>
        <translation>Obtenga un token (POST /oauth/token) y envíe `{header}`.</translation>
    </message>
    <message>
        <source>The Bearer token is empty</source>
        <translation>El token Bearer está vacío</translation>
    </message>
    <message>
        <source>`Authorization: Bearer` must be followed by the access token. An empty value usually means the variable holding the token was never set.</source>
        <translation>`Authorization: Bearer` debe ir seguido del token de acceso. Un valor vacío suele indicar que la variable que guarda el token nunca se asignó.</translation>
    </message>
    <message>
        <source>Check the token request succeeded and its `access_token` is used.</source>
        <translation>Compruebe que la solicitud de token tuvo éxito y que se usa su `access_token`.</translation>
    </message>
    <message>
        <source>Zoom&apos;s REST API is version 2: `{url}`.</source>
        <translation>La API REST de Zoom es la versión 2: `{url}`.</translation>
    </message>
    <message>
        <source>Build URLs as `{expression}`.</source>
        <translation>Construya las URL como `{expression}`.</translation>
    </message>
    <message>
        <source>A {method} request with a body</source>
        <translation>Una solicitud {method} con cuerpo</translation>
    </message>
    <message>
        <source>Zoom ignores the body of a {method}; parameters of these calls go in the query string (for example ?page_size=300).</source>
        <translation>Zoom ignora el cuerpo de un {method}; los parámetros de estas llamadas van en la cadena de consulta (por ejemplo ?page_size=300).</translation>
    </message>
    <message>
        <source>Send `{header}` with a JSON object (Python `json=…`, axios: pass an object as data).</source>
        <translation>Envíe `{header}` con un objeto JSON (Python `json=…`, axios: pase un objeto como data).</translation>
    </message>
    <message>
        <source>The API body is sent as {type}; Zoom expects JSON</source>
        <translation>El cuerpo de la llamada a la API se envía como {type}; Zoom espera JSON</translation>
    </message>
    <message>
        <source>Send `{header}`.</source>
        <translation>Envíe `{header}`.</translation>
    </message>
    <message>
        <source>Zoom needs `{header}` to read the body; without it the call fails with a validation error or the fields are ignored.</source>
        <translation>Zoom necesita `{header}` para leer el cuerpo; sin él, la llamada falla con un error de validación o se ignoran los campos.</translation>
    </message>
    <message>
        <source>Add `{header}`.</source>
        <translation>Añada `{header}`.</translation>
    </message>
    <message>
        <source>URL: {url}</source>
        <translation>URL: {url}</translation>
    </message>
    <message>
        <source>First POST /oauth/token, then send `{header}`.</source>
        <translation>Primero haga POST /oauth/token y luego envíe `{header}`.</translation>
    </message>
    <message>
        <source>The Authorization header does not use the Bearer scheme</source>
        <translation>El encabezado Authorization no usa el esquema Bearer</translation>
    </message>
    <message>
        <source>Path: {path}</source>
        <translation>Ruta: {path}</translation>
    </message>
    <message>
        <source>Body: {body}</source>
        <translation>Cuerpo: {body}</translation>
    </message>
    <message>
        <source>Zoom expects `{header}`, but {problem}.</source>
        <translation>Zoom espera `{header}`, pero: {problem}.</translation>
    </message>
    <message>
        <source>Zoom expects `{header}`, but it differs.</source>
        <translation>Zoom espera `{header}`, pero el encabezado es distinto.</translation>
    </message>
</context>
<context>
    <name>DoctorCompare</name>
    <message>
        <source>Parameters in: {where}</source>
        <translation>Parámetros en: {where}</translation>
    </message>
    <message>
        <source>Changed lines</source>
        <translation>Líneas cambiadas</translation>
    </message>
    <message>
        <source>Your request, as sent</source>
        <translation>Su solicitud, tal como se envió</translation>
    </message>
    <message>
        <source>The corrected request</source>
        <translation>La solicitud corregida</translation>
    </message>
    <message>
        <source>Lines that differ are marked. Secrets are masked unless revealed.</source>
        <translation>Las líneas que difieren están marcadas. Los secretos permanecen ocultos salvo que los revele.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lenguaje</translation>
    </message>
    <message>
        <source>Code for the corrected request</source>
        <translation>Código de la solicitud corregida</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copiar el código</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Copiar el código</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lenguaje:</translation>
    </message>
    <message>
        <source>What changed from your code</source>
        <translation>Lo que cambia respecto a su código</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>La suya</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Corregida</translation>
    </message>
    <message>
        <source>{mark} marks a line that differs from your code</source>
        <translation>{mark} marca una línea que difiere de su código</translation>
    </message>
    <message>
        <source>The secret and the token come from environment variables ({variables}); never paste them into code.</source>
        <translation>El secreto y el token vienen de variables de entorno ({variables}); nunca los pegue en el código.</translation>
    </message>
    <message>
        <source>Generated code for the corrected request ({language}).</source>
        <translation>Código generado para la solicitud corregida ({language}).</translation>
    </message>
    <message>
        <source>Generated code in {language}: lines that differ from yours are marked in {own}.</source>
        <translation>Código generado en {language}: las líneas que difieren de las suyas se marcan en {own}.</translation>
    </message>
    <message>
        <source>Generated code in {language}.</source>
        <translation>Código generado en {language}.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) changed from your code (marked {mark} in the margin).</source>
        <translation>
            <numerusform>%n línea cambiada respecto a su código (marcada con {mark} en el margen).</numerusform>
            <numerusform>%n líneas cambiadas respecto a su código (marcadas con {mark} en el margen).</numerusform>
        </translation>
    </message>
    <message>
        <source>No line changed from your code.</source>
        <translation>Ninguna línea cambiada respecto a su código.</translation>
    </message>
    <message>
        <source>Changed lines: {numbers}</source>
        <translation>Líneas cambiadas: {numbers}</translation>
    </message>
</context>
<context>
    <name>DoctorFinding</name>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Seen: {item}</source>
        <translation>Visto: {item}</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Fix: {fix}</source>
        <translation>Solución: {fix}</translation>
    </message>
</context>
<context>
    <name>DoctorInput</name>
    <message>
        <source>Your request</source>
        <translation>Su solicitud</translation>
    </message>
    <message>
        <source>Paste a cURL command, a raw HTTP request, a HAR file or an axios, fetch, requests or httpx call</source>
        <translation>Pegue un comando cURL, una solicitud HTTP sin procesar, un archivo HAR o una llamada de axios, fetch, requests o httpx</translation>
    </message>
    <message>
        <source>(secret hidden)</source>
        <translation>(secreto oculto)</translation>
    </message>
    <message>
        <source>Paste here:
• a cURL command:  {curl}
• a raw HTTP request:  {raw}  + headers + body
• a HAR file from the browser&apos;s dev tools (or use Import HAR…)
• code:  {code}

Nothing is sent anywhere until you press a Replay button.</source>
        <translation>Pegue aquí:
• un comando cURL:  {curl}
• una solicitud HTTP sin procesar:  {raw}  + encabezados + cuerpo
• un archivo HAR de las herramientas de desarrollo del navegador (o use Importar HAR…)
• código:  {code}

No se envía nada hasta que pulse un botón Reenviar.</translation>
    </message>
</context>
<context>
    <name>DoctorIntegration</name>
    <message>
        <source>line {number}</source>
        <translation>línea {number}</translation>
    </message>
    <message>
        <source>The token is kept but never renewed, and a 401 is not handled</source>
        <translation>El token se guarda pero nunca se renueva, y un 401 no se gestiona</translation>
    </message>
    <message>
        <source>Store the expiry with the token and renew it a few minutes before; on a 401 with code 124, get a new token and retry the call once.</source>
        <translation>Guarde la caducidad junto con el token y renuévelo unos minutos antes; ante un 401 con código 124, obtenga un token nuevo y repita la llamada una vez.</translation>
    </message>
    <message>
        <source>API calls go to api.zoom.us although the account&apos;s own API host is known</source>
        <translation>Las llamadas a la API van a api.zoom.us aunque se conoce el host de API propio de la cuenta</translation>
    </message>
    <message>
        <source>Zoom&apos;s token answer carries `api_url`, the host for this account&apos;s region (for example https://api-eu.zoom.us); the code reads it or uses a regional host elsewhere, yet these calls hard-code api.zoom.us.</source>
        <translation>La respuesta de token de Zoom incluye `api_url`, el host de la región de esta cuenta (por ejemplo https://api-eu.zoom.us); el código lo lee o usa un host regional en otro lugar, pero estas llamadas tienen api.zoom.us fijo en el código.</translation>
    </message>
    <message>
        <source>Build API URLs from `api_url` + &apos;/v2&apos; (fall back to https://api.zoom.us).</source>
        <translation>Construya las URL de la API a partir de `api_url` + &apos;/v2&apos; (con https://api.zoom.us como alternativa).</translation>
    </message>
    <message>
        <source>{call} in {function}</source>
        <translation>{call} en {function}</translation>
    </message>
    <message>
        <source>A new access token is fetched for every API call</source>
        <translation>Se obtiene un token de acceso nuevo para cada llamada a la API</translation>
    </message>
    <message>
        <source>Keep the token and its expiry time; request a new one only when it is about to expire (and once after a 401 with code 124). The cached version comes with this report.</source>
        <translation>Guarde el token y su hora de caducidad; pida uno nuevo solo cuando esté a punto de caducar (y una vez tras un 401 con código 124). La versión con caché acompaña a este informe.</translation>
    </message>
    <message>
        <source>A secret is written into the source code</source>
        <translation>Hay un secreto escrito en el código fuente</translation>
    </message>
    <message>
        <source>Anyone who can read the code, its history or a pasted copy has it. The values are masked in this report.</source>
        <translation>Cualquiera que pueda leer el código, su historial o una copia pegada lo tiene. Los valores están ocultos en este informe.</translation>
    </message>
    <message>
        <source>Read it from an environment variable or a secret store (ZOOM_CLIENT_SECRET), and regenerate the secret in the Zoom App Marketplace if this code was shared.</source>
        <translation>Léalo de una variable de entorno o de un almacén de secretos (ZOOM_CLIENT_SECRET) y regenere el secreto en el Zoom App Marketplace si este código se compartió.</translation>
    </message>
    <message>
        <source>(the loop)</source>
        <translation>(el bucle)</translation>
    </message>
    <message>
        <source>The code stores the access token and uses it for every later call, but checks neither its expiry (`expires_in`, one hour) nor Zoom&apos;s answer when it has expired (`{answer}`). A long-running process works for an hour, then every call fails.</source>
        <translation>El código guarda el token de acceso y lo usa en todas las llamadas posteriores, pero no comprueba ni su caducidad (`expires_in`, una hora) ni la respuesta de Zoom cuando ha caducado (`{answer}`). Un proceso de larga duración funciona durante una hora y luego todas las llamadas fallan.</translation>
    </message>
    <message>
        <source>API calls run in a loop with no handling of 429 (rate limit)</source>
        <translation>Las llamadas a la API se ejecutan en un bucle sin gestionar el 429 (límite de frecuencia)</translation>
    </message>
    <message>
        <source>Zoom limits requests per second (and creates/updates per day); in a loop the calls soon get `429 Too Many Requests`. Without handling, the loop stops half-way or skips items.</source>
        <translation>Zoom limita las solicitudes por segundo (y las creaciones/actualizaciones por día); en un bucle, las llamadas pronto reciben `429 Too Many Requests`. Sin gestionarlo, el bucle se detiene a medias u omite elementos.</translation>
    </message>
    <message>
        <source>On 429, wait for the `Retry-After` header&apos;s time (or a short backoff) and retry; stop on the daily limit (its Retry-After is the next UTC midnight).</source>
        <translation>Ante un 429, espere el tiempo del encabezado `Retry-After` (o un breve intervalo) y reintente; deténgase en el límite diario (su Retry-After es la próxima medianoche UTC).</translation>
    </message>
    <message>
        <source>A meeting create (POST) is retried after a failure or timeout</source>
        <translation>La creación de una reunión (POST) se reintenta tras un fallo o un tiempo de espera agotado</translation>
    </message>
    <message>
        <source>A create whose answer was lost (a timeout, a dropped connection, a 5xx from a gateway) may still have created the meeting: retrying it blindly makes duplicates that staff then have to find and delete.</source>
        <translation>Una creación cuya respuesta se perdió (tiempo agotado, conexión cortada, un 5xx de una pasarela) puede haber creado la reunión igualmente: reintentarla a ciegas genera duplicados que el personal luego tiene que buscar y eliminar.</translation>
    </message>
    <message>
        <source>Never retry a POST create automatically. After a timeout, list the host&apos;s meetings and look for one with the same topic and start time before trying again; retry only 429 (Zoom did not act).</source>
        <translation>Nunca reintente automáticamente una creación por POST. Tras un tiempo agotado, liste las reuniones del anfitrión y busque una con el mismo tema y la misma hora de inicio antes de volver a intentarlo; reintente solo ante un 429 (Zoom no hizo nada).</translation>
    </message>
    <message>
        <source>Zoom returns lists in pages (30 records by default, `page_size` at most 300) with a `next_page_token`; the code never sends it back, so anything after the first page is missing.</source>
        <translation>Zoom devuelve las listas por páginas (30 registros por defecto, `page_size` como máximo 300) con un `next_page_token`; el código nunca lo devuelve, así que falta todo lo que hay después de la primera página.</translation>
    </message>
    <message>
        <source>Loop: repeat the call with `next_page_token` from the previous answer until it comes back empty.</source>
        <translation>Bucle: repita la llamada con el `next_page_token` de la respuesta anterior hasta que vuelva vacío.</translation>
    </message>
    <message>
        <source>Each API call goes through {path}, which sends the token request again. Zoom&apos;s tokens are valid for an hour: fetching one per call doubles the requests, runs into the token endpoint&apos;s rate limits under load and slows every call.</source>
        <translation>Cada llamada a la API pasa por {path}, que vuelve a enviar la solicitud de token. Los tokens de Zoom son válidos durante una hora: obtener uno por llamada duplica las solicitudes, choca con los límites de frecuencia del endpoint de tokens bajo carga y ralentiza cada llamada.</translation>
    </message>
    <message>
        <source>Only the first page of {path} is read</source>
        <translation>Solo se lee la primera página de {path}</translation>
    </message>
</context>
<context>
    <name>DoctorLint</name>
    <message>
        <source>The request goes to {host}; token requests go to {right}</source>
        <translation>La solicitud va a {host}; las solicitudes de token van a {right}</translation>
    </message>
    <message>
        <source>{host} is a Zoom host, but not the one that answers token requests.</source>
        <translation>{host} es un host de Zoom, pero no el que responde a las solicitudes de token.</translation>
    </message>
    <message>
        <source>The request goes to {host}; API calls go to {right}</source>
        <translation>La solicitud va a {host}; las llamadas a la API van a {right}</translation>
    </message>
    <message>
        <source>{host} is a Zoom host, but not the one that answers API calls.</source>
        <translation>{host} es un host de Zoom, pero no el que responde a las llamadas a la API.</translation>
    </message>
    <message>
        <source>{host} is not a Zoom host. That is fine for a proxy or gateway you run, otherwise the request never reaches Zoom.</source>
        <translation>{host} no es un host de Zoom. Está bien si es un proxy o una pasarela que usted gestiona; si no, la solicitud nunca llega a Zoom.</translation>
    </message>
    <message>
        <source>Zoom&apos;s token endpoint is exactly /oauth/token (no trailing slash, no /oauth2/).</source>
        <translation>El endpoint de tokens de Zoom es exactamente /oauth/token (sin barra final, sin /oauth2/).</translation>
    </message>
    <message>
        <source>The request has no host</source>
        <translation>La solicitud no tiene host</translation>
    </message>
    <message>
        <source>Use the full URL.</source>
        <translation>Use la URL completa.</translation>
    </message>
    <message>
        <source>The request uses http://, not https://</source>
        <translation>La solicitud usa http://, no https://</translation>
    </message>
    <message>
        <source>Zoom only serves HTTPS; over plain HTTP the credentials travel unencrypted and Zoom redirects or refuses the call.</source>
        <translation>Zoom solo atiende por HTTPS; por HTTP sin cifrar las credenciales viajan en claro y Zoom redirige o rechaza la llamada.</translation>
    </message>
    <message>
        <source>Use https://.</source>
        <translation>Use https://.</translation>
    </message>
    <message>
        <source>Use {url}.</source>
        <translation>Use {url}.</translation>
    </message>
    <message>
        <source>This is neither a token request nor a Zoom API call</source>
        <translation>No es ni una solicitud de token ni una llamada a la API de Zoom</translation>
    </message>
    <message>
        <source>The doctor knows Zoom&apos;s token endpoint (`POST https://zoom.us/oauth/token`) and the REST API (`https://api.zoom.us/v2/…`).</source>
        <translation>El diagnóstico de solicitudes conoce el endpoint de tokens de Zoom (`POST https://zoom.us/oauth/token`) y la API REST (`https://api.zoom.us/v2/…`).</translation>
    </message>
    <message>
        <source>Paste the request that goes to /oauth/token or to /v2/….</source>
        <translation>Pegue la solicitud que va a /oauth/token o a /v2/….</translation>
    </message>
    <message>
        <source>The token path is {path}; it must be /oauth/token</source>
        <translation>La ruta del token es {path}; debe ser /oauth/token</translation>
    </message>
    <message>
        <source>POST to {url}.</source>
        <translation>Envíe un POST a {url}.</translation>
    </message>
    <message>
        <source>The URL must be absolute, like {example}.</source>
        <translation>La URL debe ser absoluta, por ejemplo {example}.</translation>
    </message>
    <message>
        <source>The token request goes to {host}</source>
        <translation>La solicitud de token va a {host}</translation>
    </message>
    <message>
        <source>{host}/oauth/token works in practice, but Zoom&apos;s docs and SDK use {right}.</source>
        <translation>{host}/oauth/token funciona en la práctica, pero la documentación y el SDK de Zoom usan {right}.</translation>
    </message>
    <message>
        <source>Prefer {url}.</source>
        <translation>Es preferible usar {url}.</translation>
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
        <translation>La solicitud no recibió respuesta HTTP</translation>
    </message>
    <message>
        <source>The network failed before Zoom answered.</source>
        <translation>La red falló antes de que Zoom respondiera.</translation>
    </message>
    <message>
        <source>Check the network connection and proxy settings, then retry.</source>
        <translation>Compruebe la conexión de red y la configuración del proxy y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server&apos;s HTTPS certificate was not trusted</source>
        <translation>No se confió en el certificado HTTPS del servidor</translation>
    </message>
    <message>
        <source>The secure connection was refused before anything was sent. This usually means a company proxy, firewall or antivirus re-signs HTTPS traffic with its own certificate authority that this computer does not trust; less often, the computer&apos;s clock is wrong or a Wi-Fi login page is intercepting traffic.</source>
        <translation>La conexión segura se rechazó antes de enviar nada. Normalmente significa que un proxy corporativo, un cortafuegos o un antivirus vuelve a firmar el tráfico HTTPS con su propia autoridad de certificación, en la que este equipo no confía; con menos frecuencia, el reloj del equipo está mal o una página de inicio de sesión de Wi-Fi intercepta el tráfico.</translation>
    </message>
    <message>
        <source>Ask IT to install the company&apos;s root certificate in the system&apos;s certificate store (zoomdesk uses the operating system&apos;s store), check the date and time, or try another network. Do not turn certificate checks off.</source>
        <translation>Pida al departamento de TI que instale el certificado raíz de la empresa en el almacén de certificados del sistema (zoomdesk usa el del sistema operativo), compruebe la fecha y la hora o pruebe otra red. No desactive la comprobación de certificados.</translation>
    </message>
    <message>
        <source>The proxy refused or failed the connection</source>
        <translation>El proxy rechazó la conexión o no pudo establecerla</translation>
    </message>
    <message>
        <source>zoomdesk goes through the proxy named in HTTPS_PROXY / HTTP_PROXY / ALL_PROXY, and that proxy could not be reached or would not connect to Zoom.</source>
        <translation>zoomdesk pasa por el proxy indicado en HTTPS_PROXY / HTTP_PROXY / ALL_PROXY, y ese proxy no estaba accesible o no quiso conectarse a Zoom.</translation>
    </message>
    <message>
        <source>Check the proxy address and port in those environment variables (or remove them), whether the proxy needs a login, and NO_PROXY for hosts that must bypass it.</source>
        <translation>Compruebe la dirección y el puerto del proxy en esas variables de entorno (o elimínelas), si el proxy requiere inicio de sesión, y NO_PROXY para los hosts que deben evitarlo.</translation>
    </message>
    <message>
        <source>The host name could not be found</source>
        <translation>No se encontró el nombre de host</translation>
    </message>
    <message>
        <source>The computer could not look up the server&apos;s address: no network, a DNS problem, or a typo in the base URL.</source>
        <translation>El equipo no pudo averiguar la dirección del servidor: no hay red, hay un problema de DNS o una errata en la URL base.</translation>
    </message>
    <message>
        <source>Check the network connection and the OAuth / API URLs of the profile.</source>
        <translation>Compruebe la conexión de red y las URL de OAuth / API del perfil.</translation>
    </message>
    <message>
        <source>Nothing answered at that address</source>
        <translation>Nada respondió en esa dirección</translation>
    </message>
    <message>
        <source>The connection was refused: the URL or port is wrong, the local sandbox is not running, or a firewall rejects it.</source>
        <translation>La conexión se rechazó: la URL o el puerto son incorrectos, el entorno de pruebas local no está en marcha o un cortafuegos la rechaza.</translation>
    </message>
    <message>
        <source>Check the URL (https://zoom.us, https://api.zoom.us) and the network.</source>
        <translation>Compruebe la URL (https://zoom.us, https://api.zoom.us) y la red.</translation>
    </message>
    <message>
        <source>The connection could not be opened</source>
        <translation>No se pudo abrir la conexión</translation>
    </message>
    <message>
        <source>The network connection to the server failed before any data was sent.</source>
        <translation>La conexión de red con el servidor falló antes de enviar ningún dato.</translation>
    </message>
    <message>
        <source>Check the network connection, firewall and proxy settings.</source>
        <translation>Compruebe la conexión de red y la configuración del cortafuegos y del proxy.</translation>
    </message>
    <message>
        <source>The server did not answer the connection in time</source>
        <translation>El servidor no respondió a tiempo a la conexión</translation>
    </message>
    <message>
        <source>A firewall may be silently dropping the traffic, or the network is down.</source>
        <translation>Puede que un cortafuegos descarte el tráfico sin avisar, o que la red no funcione.</translation>
    </message>
    <message>
        <source>Check the network, or whether a proxy is required (HTTPS_PROXY).</source>
        <translation>Compruebe la red o si hace falta un proxy (HTTPS_PROXY).</translation>
    </message>
    <message>
        <source>The server accepted the request but did not answer in time</source>
        <translation>El servidor aceptó la solicitud pero no respondió a tiempo</translation>
    </message>
    <message>
        <source>Zoom (or a proxy in front of it) was too slow. The request may have been carried out.</source>
        <translation>Zoom (o un proxy delante de él) fue demasiado lento. Puede que la solicitud se haya llevado a cabo.</translation>
    </message>
    <message>
        <source>Retry reads. For a meeting that was being created, list the host&apos;s meetings before retrying, to avoid a duplicate.</source>
        <translation>Reintente las lecturas. Si se estaba creando una reunión, liste las reuniones del anfitrión antes de reintentar, para evitar un duplicado.</translation>
    </message>
    <message>
        <source>The connection closed before a full answer arrived</source>
        <translation>La conexión se cerró antes de recibir una respuesta completa</translation>
    </message>
    <message>
        <source>The server or a proxy hung up mid-way. The request may have been carried out.</source>
        <translation>El servidor o un proxy cortó a mitad de camino. Puede que la solicitud se haya llevado a cabo.</translation>
    </message>
    <message>
        <source>Retry reads. For a create, check the meetings list first, to avoid a duplicate.</source>
        <translation>Reintente las lecturas. Si era una creación, compruebe primero la lista de reuniones, para evitar un duplicado.</translation>
    </message>
    <message>
        <source>The connection was reset</source>
        <translation>La conexión se restableció</translation>
    </message>
    <message>
        <source>The connection was cut by the network, a proxy or the server. The request may have been carried out.</source>
        <translation>La conexión la cortó la red, un proxy o el servidor. Puede que la solicitud se haya llevado a cabo.</translation>
    </message>
    <message>
        <source>Retry reads; for a create, check the meetings list first.</source>
        <translation>Reintente las lecturas; si era una creación, compruebe primero la lista de reuniones.</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is about {hours} hours ahead of the server&apos;s</source>
        <translation>El reloj de este equipo va unas {hours} horas adelantado respecto al del servidor</translation>
    </message>
    <message>
        <source>Error: {error}</source>
        <translation>Error: {error}</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is about {hours} hours behind the server&apos;s</source>
        <translation>El reloj de este equipo va unas {hours} horas atrasado respecto al del servidor</translation>
    </message>
    <message>
        <source>The server&apos;s Date header and this computer&apos;s clock disagree by more than five minutes. A wrong clock breaks HTTPS certificate checks, makes token expiry times misleading, and confuses meeting start times.</source>
        <translation>El encabezado Date del servidor y el reloj de este equipo difieren en más de cinco minutos. Un reloj incorrecto hace fallar la comprobación de certificados HTTPS, hace engañosas las horas de caducidad de los tokens y confunde las horas de inicio de las reuniones.</translation>
    </message>
    <message>
        <source>Turn on automatic date and time (network time) in the system settings.</source>
        <translation>Active la fecha y hora automáticas (hora de red) en la configuración del sistema.</translation>
    </message>
    <message>
        <source>The proxy in use: {proxy}.</source>
        <translation>Proxy en uso: {proxy}.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is about {minutes} minutes ahead of the server&apos;s</source>
        <translation>El reloj de este equipo va unos {minutes} minutos adelantado respecto al del servidor</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is about {minutes} minutes behind the server&apos;s</source>
        <translation>El reloj de este equipo va unos {minutes} minutos atrasado respecto al del servidor</translation>
    </message>
    <message>
        <source>{proxy} (from {variable})</source>
        <translation>{proxy} (de {variable})</translation>
    </message>
    <message>
        <source>Server Date: {time} UTC</source>
        <translation>Fecha del servidor: {time} UTC</translation>
    </message>
    <message>
        <source>Sent at (this computer): {time} UTC</source>
        <translation>Enviado a las (este equipo): {time} UTC</translation>
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
        <translation>código got</translation>
    </message>
    <message>
        <source>C# code</source>
        <translation>código C#</translation>
    </message>
    <message>
        <source>PowerShell code</source>
        <translation>código PowerShell</translation>
    </message>
    <message>
        <source>Paste a cURL command (`curl -X POST https://zoom.us/oauth/token …`), a raw HTTP request (`POST /oauth/token HTTP/1.1` + headers + body), a HAR file, or code that calls Zoom (axios, fetch, got, requests, httpx, aiohttp, C# HttpClient, PowerShell Invoke-RestMethod).</source>
        <translation>Pegue un comando cURL (`curl -X POST https://zoom.us/oauth/token …`), una solicitud HTTP sin procesar (`POST /oauth/token HTTP/1.1` + encabezados + cuerpo), un archivo HAR o código que llame a Zoom (axios, fetch, got, requests, httpx, aiohttp, C# HttpClient, PowerShell Invoke-RestMethod).</translation>
    </message>
    <message>
        <source>This is not a request zoomdesk can read. {help}</source>
        <translation>Esto no es una solicitud que zoomdesk pueda leer. {help}</translation>
    </message>
    <message>
        <source>Nothing to check. {help}</source>
        <translation>No hay nada que comprobar. {help}</translation>
    </message>
    <message>
        <source>The URL {url} is not valid ({error}).</source>
        <translation>La URL {url} no es válida ({error}).</translation>
    </message>
    <message>
        <source>axios code</source>
        <translation>código axios</translation>
    </message>
    <message>
        <source>Python code</source>
        <translation>código Python</translation>
    </message>
    <message>
        <source>fetch code</source>
        <translation>código fetch</translation>
    </message>
    <message>
        <source>No HTTP call with a URL the doctor can read was found in the code.</source>
        <translation>No se encontró en el código ninguna llamada HTTP con una URL que el diagnóstico de solicitudes pueda leer.</translation>
    </message>
    <message>
        <source>The base URL comes from {expression}; assumed {host}.</source>
        <translation>La URL base viene de {expression}; se supuso {host}.</translation>
    </message>
    <message>
        <source>This does not start with `curl`.</source>
        <translation>Esto no empieza con `curl`.</translation>
    </message>
    <message>
        <source>The cURL command has no URL.</source>
        <translation>El comando cURL no tiene URL.</translation>
    </message>
    <message>
        <source>The credentials are in the URL (`https://id:secret@…`); curl sends them as Basic authorization, but URLs end up in shell history and logs. Use `-u` instead.</source>
        <translation>Las credenciales están en la URL (`https://id:secret@…`); curl las envía como autorización Basic, pero las URL acaban en el historial del shell y en los registros. Use `-u` en su lugar.</translation>
    </message>
    <message>
        <source>The cURL command has unbalanced quotes ({error}).</source>
        <translation>El comando cURL tiene comillas sin cerrar ({error}).</translation>
    </message>
    <message>
        <source>`{option}` is missing its value.</source>
        <translation>Falta el valor de `{option}`.</translation>
    </message>
    <message>
        <source>The URL is not valid ({error}).</source>
        <translation>La URL no es válida ({error}).</translation>
    </message>
    <message>
        <source>The body is read from the file {file}; it could not be checked.</source>
        <translation>El cuerpo se lee del archivo {file}; no se pudo comprobar.</translation>
    </message>
    <message>
        <source>`-k` turns off TLS certificate checks; never use it against Zoom.</source>
        <translation>`-k` desactiva la comprobación de certificados TLS; no lo use nunca con Zoom.</translation>
    </message>
    <message>
        <source>This JSON has no `log.entries`, so it is not a HAR file.</source>
        <translation>Este JSON no tiene `log.entries`, así que no es un archivo HAR.</translation>
    </message>
    <message>
        <source>The HAR file has no requests.</source>
        <translation>El archivo HAR no contiene solicitudes.</translation>
    </message>
    <message>
        <source>The HAR file nests JSON too deeply to be read.</source>
        <translation>El archivo HAR anida el JSON a demasiada profundidad para poder leerlo.</translation>
    </message>
    <message>
        <source>The HAR file is not valid JSON ({error}).</source>
        <translation>El archivo HAR no es JSON válido ({error}).</translation>
    </message>
    <message>
        <source>raw HTTP</source>
        <translation>HTTP sin procesar</translation>
    </message>
    <message>
        <source>The first line is not an HTTP request line like `POST /oauth/token HTTP/1.1`.</source>
        <translation>La primera línea no es una línea de solicitud HTTP como `POST /oauth/token HTTP/1.1`.</translation>
    </message>
    <message>
        <source>The request has a path but no Host header, so the URL is unknown.</source>
        <translation>La solicitud tiene una ruta pero no un encabezado Host, así que la URL es desconocida.</translation>
    </message>
    <message>
        <source>Line {number} is not a header (`Name: value`): {line}</source>
        <translation>La línea {number} no es un encabezado (`Name: value`): {line}</translation>
    </message>
    <message>
        <source>it uses URL-safe Base64 (- and _); use standard Base64 (+ and /)</source>
        <translation>usa Base64 seguro para URL (- y _); use Base64 estándar (+ y /)</translation>
    </message>
    <message>
        <source>its Base64 lacks the &apos;=&apos; padding at the end</source>
        <translation>a su Base64 le falta el relleno &apos;=&apos; al final</translation>
    </message>
    <message>
        <source>the encoded text ends with a newline or space (for example `echo` without -n before base64)</source>
        <translation>el texto codificado termina con un salto de línea o un espacio (por ejemplo, `echo` sin -n antes de base64)</translation>
    </message>
    <message>
        <source>the client ID part (before &apos;:&apos;) is empty</source>
        <translation>la parte del ID de cliente (antes de &apos;:&apos;) está vacía</translation>
    </message>
    <message>
        <source>nothing follows &apos;Basic&apos;</source>
        <translation>no hay nada después de &apos;Basic&apos;</translation>
    </message>
    <message>
        <source>the word &apos;Basic&apos; is repeated</source>
        <translation>la palabra &apos;Basic&apos; está repetida</translation>
    </message>
    <message>
        <source>client_id:client_secret is written in clear; it must be Base64-encoded</source>
        <translation>client_id:client_secret está escrito en claro; debe estar codificado en Base64</translation>
    </message>
    <message>
        <source>it decodes to a single value with no &apos;:&apos; (only the client ID, or only the secret, was encoded)</source>
        <translation>se decodifica como un único valor sin &apos;:&apos; (solo se codificó el ID de cliente o solo el secreto)</translation>
    </message>
    <message>
        <source>the client secret part (after &apos;:&apos;) is empty</source>
        <translation>la parte del secreto de cliente (después de &apos;:&apos;) está vacía</translation>
    </message>
    <message>
        <source>the header is empty</source>
        <translation>el encabezado está vacío</translation>
    </message>
    <message>
        <source>it is not valid Base64</source>
        <translation>no es Base64 válido</translation>
    </message>
    <message>
        <source>it is not valid Base64 of client_id:client_secret</source>
        <translation>no es un Base64 válido de client_id:client_secret</translation>
    </message>
    <message>
        <source>no token after &apos;Bearer&apos;</source>
        <translation>no hay token después de &apos;Bearer&apos;</translation>
    </message>
    <message>
        <source>unknown scheme {scheme}</source>
        <translation>esquema desconocido {scheme}</translation>
    </message>
    <message>
        <source>no closing quotation for the quote at character {position}</source>
        <translation>la comilla del carácter {position} no se cierra</translation>
    </message>
    <message>
        <source>This is a binary file, not a request or a HAR file.</source>
        <translation>Este es un archivo binario, no una solicitud ni un archivo HAR.</translation>
    </message>
    <message>
        <source>The file starts like UTF-16 text but is not.</source>
        <translation>El archivo empieza como texto UTF-16, pero no lo es.</translation>
    </message>
</context>
<context>
    <name>DoctorRender</name>
    <message>
        <source>… ({count} more characters not shown)</source>
        <translation>… ({count} caracteres más sin mostrar)</translation>
    </message>
    <message>
        <source>{names}, … ({count} more)</source>
        <translation>{names}, … ({count} más)</translation>
    </message>
    <message>
        <source>… ({count} more headers not shown)</source>
        <translation>… ({count} encabezados más sin mostrar)</translation>
    </message>
    <message>
        <source>nowhere (no query string, empty body)</source>
        <translation>en ningún sitio (sin cadena de consulta, cuerpo vacío)</translation>
    </message>
    <message>
        <source>(empty body)</source>
        <translation>(cuerpo vacío)</translation>
    </message>
    <message>
        <source>JSON body (empty object)</source>
        <translation>cuerpo JSON (objeto vacío)</translation>
    </message>
    <message>
        <source>query string ({names})</source>
        <translation>cadena de consulta ({names})</translation>
    </message>
    <message>
        <source>form body ({names})</source>
        <translation>cuerpo de formulario ({names})</translation>
    </message>
    <message>
        <source>JSON body ({names})</source>
        <translation>cuerpo JSON ({names})</translation>
    </message>
    <message>
        <source>body (unrecognised format)</source>
        <translation>cuerpo (formato no reconocido)</translation>
    </message>
</context>
<context>
    <name>DoctorReplay</name>
    <message>
        <source>Replay both against the &amp;sandbox</source>
        <translation>Reenviar ambas al &amp;entorno de pruebas</translation>
    </message>
    <message>
        <source>Replay both requests against the sandbox</source>
        <translation>Reenviar ambas solicitudes al entorno de pruebas</translation>
    </message>
    <message>
        <source>Replay both against &amp;Zoom…</source>
        <translation>Reenviar ambas a &amp;Zoom…</translation>
    </message>
    <message>
        <source>Replay both requests against Zoom</source>
        <translation>Reenviar ambas solicitudes a Zoom</translation>
    </message>
    <message>
        <source>Your credentials are never sent: the target&apos;s own (the sandbox&apos;s, or your connection&apos;s) replace them wherever they travelled, so the replay tests the shape of the request. Against Zoom, two real requests are made.</source>
        <translation>Sus credenciales nunca se envían: las del destino (las del entorno de pruebas o las de su conexión) las sustituyen dondequiera que estuvieran, así que el reenvío prueba la forma de la solicitud. Con Zoom se hacen dos solicitudes reales.</translation>
    </message>
    <message>
        <source>Nothing replayed yet.</source>
        <translation>Todavía no se ha reenviado nada.</translation>
    </message>
    <message>
        <source>Replay status</source>
        <translation>Estado del reenvío</translation>
    </message>
    <message>
        <source>Outcome of your request</source>
        <translation>Resultado de su solicitud</translation>
    </message>
    <message>
        <source>Outcome of the corrected request</source>
        <translation>Resultado de la solicitud corregida</translation>
    </message>
    <message>
        <source>&lt;b&gt;{method} {path} → {outcome}&lt;/b&gt; — failed</source>
        <translation>&lt;b&gt;{method} {path} → {outcome}&lt;/b&gt; — falló</translation>
    </message>
    <message>
        <source>&lt;b&gt;{method} {path} → {outcome}&lt;/b&gt; — worked</source>
        <translation>&lt;b&gt;{method} {path} → {outcome}&lt;/b&gt; — funcionó</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>La suya</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Corregida</translation>
    </message>
    <message>
        <source>Replayed against {target}.</source>
        <translation>Reenviadas a {target}.</translation>
    </message>
    <message>
        <source>Replaying the requests</source>
        <translation>Reenvío de las solicitudes</translation>
    </message>
    <message>
        <source>the sandbox</source>
        <translation>el entorno de pruebas</translation>
    </message>
    <message>
        <source>Replay against Zoom?</source>
        <translation>¿Reenviar a Zoom?</translation>
    </message>
    <message>
        <source>the current connection ({url})</source>
        <translation>la conexión actual ({url})</translation>
    </message>
    <message>
        <source>Zoom ({url})</source>
        <translation>Zoom ({url})</translation>
    </message>
    <message>
        <source>Connect with a stored profile first</source>
        <translation>Conéctese primero con un perfil guardado</translation>
    </message>
    <message>
        <source>Send both requests to {url}?</source>
        <translation>¿Enviar ambas solicitudes a {url}?</translation>
    </message>
    <message>
        <source>They are sent with the current connection&apos;s credentials (client ID {client_id}), not the ones you pasted. This makes two real requests to Zoom.</source>
        <translation>Se envían con las credenciales de la conexión actual (ID de cliente {client_id}), no con las que pegó. Esto hace dos solicitudes reales a Zoom.</translation>
    </message>
    <message>
        <source>Sending both requests to {target}…</source>
        <translation>Enviando ambas solicitudes a {target}…</translation>
    </message>
    <message>
        <source>Replayed against {target}: yours → {yours}; corrected → {fixed}.</source>
        <translation>Reenviadas a {target}: la suya → {yours}; la corregida → {fixed}.</translation>
    </message>
    <message>
        <source>Sends both requests to {url} with the current connection&apos;s credentials</source>
        <translation>Envía ambas solicitudes a {url} con las credenciales de la conexión actual</translation>
    </message>
</context>
<context>
    <name>DoctorResponses</name>
    <message>
        <source>Zoom limits requests per second per account (shared by all its apps). This is short-lived: zoomdesk waits and retries a few times by itself.</source>
        <translation>Zoom limita las solicitudes por segundo por cuenta (compartidas por todas sus aplicaciones). Es algo pasajero: zoomdesk espera y reintenta unas cuantas veces por sí mismo.</translation>
    </message>
    <message>
        <source>Zoom: {message}</source>
        <translation>Zoom: {message}</translation>
    </message>
    <message>
        <source>Too many requests per second (Zoom&apos;s per-second rate limit)</source>
        <translation>Demasiadas solicitudes por segundo (límite de frecuencia por segundo de Zoom)</translation>
    </message>
    <message>
        <source>Nothing to do unless it keeps happening; then run fewer things at once.</source>
        <translation>No hay nada que hacer salvo que siga ocurriendo; en ese caso, ejecute menos cosas a la vez.</translation>
    </message>
    <message>
        <source>in {hours} h {minutes} min</source>
        <translation>en {hours} h {minutes} min</translation>
    </message>
    <message>
        <source>in {minutes} min {seconds} s</source>
        <translation>en {minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>This host reached Zoom&apos;s limit of 100 meeting creates/updates a day</source>
        <translation>Este anfitrión alcanzó el límite de Zoom de 100 creaciones/actualizaciones de reuniones al día</translation>
    </message>
    <message>
        <source>Wait until the reset, or spread the work over other host users.</source>
        <translation>Espere al restablecimiento o reparta el trabajo entre otros anfitriones.</translation>
    </message>
    <message>
        <source>The account reached Zoom&apos;s daily limit for this kind of call</source>
        <translation>La cuenta alcanzó el límite diario de Zoom para este tipo de llamada</translation>
    </message>
    <message>
        <source>Wait until the reset time. If it happens often, reduce how often the data is reloaded, or ask Zoom about a higher plan.</source>
        <translation>Espere a la hora de restablecimiento. Si ocurre a menudo, recargue los datos con menos frecuencia o consulte a Zoom sobre un plan superior.</translation>
    </message>
    <message>
        <source>Zoom asked to wait until {time} UTC ({seconds} s).</source>
        <translation>Zoom pidió esperar hasta las {time} UTC ({seconds} s).</translation>
    </message>
    <message>
        <source>Zoom allows 100 create or update requests per day for the meetings of one host user. It resets at 00:00 UTC: {reset}.</source>
        <translation>Zoom permite 100 solicitudes de creación o actualización al día para las reuniones de un mismo anfitrión. El límite se restablece a las 00:00 UTC: {reset}.</translation>
    </message>
    <message>
        <source>Daily limits are shared by every app of the Zoom account and depend on the plan. Retrying now will not help; calls work again at {reset}.</source>
        <translation>Los límites diarios los comparten todas las aplicaciones de la cuenta de Zoom y dependen del plan. Reintentar ahora no servirá; las llamadas vuelven a funcionar a las {reset}.</translation>
    </message>
    <message>
        <source>list users</source>
        <translation>listar usuarios</translation>
    </message>
    <message>
        <source>list meetings</source>
        <translation>listar reuniones</translation>
    </message>
    <message>
        <source>create meeting</source>
        <translation>crear una reunión</translation>
    </message>
    <message>
        <source>get user</source>
        <translation>obtener un usuario</translation>
    </message>
    <message>
        <source>get meeting</source>
        <translation>obtener una reunión</translation>
    </message>
    <message>
        <source>update meeting</source>
        <translation>actualizar una reunión</translation>
    </message>
    <message>
        <source>delete meeting</source>
        <translation>eliminar una reunión</translation>
    </message>
    <message>
        <source>Scopes are granted to the app, not to the user; they can also disappear when the app owner&apos;s role changes.</source>
        <translation>Los ámbitos (scopes) se conceden a la aplicación, no al usuario; también pueden desaparecer cuando cambia el rol del propietario de la aplicación.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>In the Zoom App Marketplace ▸ Manage ▸ your app ▸ Scopes, add the scope, save, then get a new token (the old one keeps the old scopes).</source>
        <translation>En Zoom App Marketplace ▸ Manage ▸ su aplicación ▸ Scopes, agregue el ámbito, guarde y obtenga un token nuevo (el anterior conserva los ámbitos anteriores).</translation>
    </message>
    <message>
        <source>Zoom refused the access token</source>
        <translation>Zoom rechazó el token de acceso</translation>
    </message>
    <message>
        <source>The token is not valid for this API: cut off when copied, from another app or account, revoked, or the app was deactivated.</source>
        <translation>El token no es válido para esta API: se cortó al copiarlo, es de otra aplicación o cuenta, fue revocado o la aplicación se desactivó.</translation>
    </message>
    <message>
        <source>Get a new token; if it keeps failing, check the app is still activated.</source>
        <translation>Obtenga un token nuevo; si sigue fallando, compruebe que la aplicación siga activada.</translation>
    </message>
    <message>
        <source>Correct the named fields (lengths: topic 200, agenda 2000, passcode 10 characters of A-Z a-z 0-9 @ - _ *) and send again.</source>
        <translation>Corrija los campos indicados (longitudes: tema 200, agenda 2000, código de acceso 10 caracteres de A-Z a-z 0-9 @ - _ *) y vuelva a enviar.</translation>
    </message>
    <message>
        <source>a scope</source>
        <translation>un ámbito (scope)</translation>
    </message>
    <message>
        <source>Zoom refuses access tokens sent in the query string</source>
        <translation>Zoom rechaza los tokens de acceso enviados en la cadena de consulta</translation>
    </message>
    <message>
        <source>Since February 2023 the token must travel in the Authorization header.</source>
        <translation>Desde febrero de 2023, el token debe enviarse en el encabezado Authorization.</translation>
    </message>
    <message>
        <source>Send `Authorization: Bearer &lt;token&gt;` and remove ?access_token=….</source>
        <translation>Envíe `Authorization: Bearer &lt;token&gt;` y quite ?access_token=….</translation>
    </message>
    <message>
        <source>The access token has expired</source>
        <translation>El token de acceso ha caducado</translation>
    </message>
    <message>
        <source>Server-to-Server tokens last one hour and have no refresh token: a new one must be requested with the same account_credentials grant. zoomdesk does this by itself once when Zoom says the token expired.</source>
        <translation>Los tokens Server-to-Server duran una hora y no tienen token de actualización: hay que solicitar uno nuevo con la misma concesión account_credentials. zoomdesk lo hace una vez por sí mismo cuando Zoom indica que el token caducó.</translation>
    </message>
    <message>
        <source>Get a new token (the button in Token status). Code that fetches a token once at start-up must fetch a new one before the hour is up.</source>
        <translation>Obtenga un token nuevo (el botón en Estado del token). El código que obtiene un token una sola vez al iniciar debe obtener uno nuevo antes de que pase la hora.</translation>
    </message>
    <message>
        <source>Zoom named no field.</source>
        <translation>Zoom no indicó ningún campo.</translation>
    </message>
    <message>
        <source>Zoom rejected the request&apos;s values</source>
        <translation>Zoom rechazó los valores de la solicitud</translation>
    </message>
    <message>
        <source>The access token lacks the scope this call needs ({scopes})</source>
        <translation>Al token de acceso le falta el ámbito (scope) que necesita esta llamada ({scopes})</translation>
    </message>
    <message>
        <source>Zoom: HTTP {status}, code {code}: {message}</source>
        <translation>Zoom: HTTP {status}, código {code}: {message}</translation>
    </message>
    <message>
        <source>The user ID or email does not exist, or belongs to another Zoom account than the one the app is in. With Server-to-Server apps, &apos;me&apos; is the app&apos;s owner.</source>
        <translation>El ID de usuario o el correo electrónico no existe, o pertenece a otra cuenta de Zoom distinta de la de la aplicación. Con aplicaciones Server-to-Server, &apos;me&apos; es el propietario de la aplicación.</translation>
    </message>
    <message>
        <source>Pick the host from the account&apos;s users list (GET /users) and use its ID or email.</source>
        <translation>Elija el anfitrión de la lista de usuarios de la cuenta (GET /users) y use su ID o correo electrónico.</translation>
    </message>
    <message>
        <source>It was deleted, has ended and expired, the ID is mistyped (meeting IDs are long: 10 or 11 digits), or it belongs to another account.</source>
        <translation>Se eliminó, terminó y caducó, el ID está mal escrito (los ID de reunión son largos: 10 u 11 dígitos) o pertenece a otra cuenta.</translation>
    </message>
    <message>
        <source>Reload the meetings list and pick the meeting again.</source>
        <translation>Vuelva a cargar la lista de reuniones y elija la reunión de nuevo.</translation>
    </message>
    <message>
        <source>These are the retired JWT app&apos;s API key and secret</source>
        <translation>Son la clave y el secreto de API de una aplicación JWT retirada</translation>
    </message>
    <message>
        <source>Zoom&apos;s JWT apps were retired in 2023. The message comes from sending a JWT app&apos;s key and secret.</source>
        <translation>Las aplicaciones JWT de Zoom se retiraron en 2023. El mensaje se debe a que se enviaron la clave y el secreto de una aplicación JWT.</translation>
    </message>
    <message>
        <source>Create a Server-to-Server OAuth app and use its credentials.</source>
        <translation>Cree una aplicación Server-to-Server OAuth y use sus credenciales.</translation>
    </message>
    <message>
        <source>Zoom refused: no permission for this</source>
        <translation>Zoom lo rechazó: no hay permiso para esto</translation>
    </message>
    <message>
        <source>The app or its owner&apos;s role lacks the permission, or the account&apos;s settings forbid it.</source>
        <translation>A la aplicación o al rol de su propietario le falta el permiso, o la configuración de la cuenta lo prohíbe.</translation>
    </message>
    <message>
        <source>Check the app owner&apos;s role and the account settings in the Zoom web portal.</source>
        <translation>Compruebe el rol del propietario de la aplicación y la configuración de la cuenta en el portal web de Zoom.</translation>
    </message>
    <message>
        <source>Zoom did not find this path</source>
        <translation>Zoom no encontró esta ruta</translation>
    </message>
    <message>
        <source>Either the object does not exist, or the URL is wrong (missing /v2, a typo, a wrong API host).</source>
        <translation>O el objeto no existe, o la URL es incorrecta (falta /v2, una errata, un host de API equivocado).</translation>
    </message>
    <message>
        <source>Compare the URL with Zoom&apos;s API reference: https://api.zoom.us/v2/….</source>
        <translation>Compare la URL con la referencia de la API de Zoom: https://api.zoom.us/v2/….</translation>
    </message>
    <message>
        <source>The problem is on the server side, not in the request. A create that got a 500 may still have been carried out.</source>
        <translation>El problema está en el servidor, no en la solicitud. Una creación que recibió un 500 puede haberse realizado de todos modos.</translation>
    </message>
    <message>
        <source>Wait and retry reads; for a create, list the meetings first. See https://status.zoom.us.</source>
        <translation>Espere y reintente las lecturas; para una creación, liste primero las reuniones. Consulte https://status.zoom.us.</translation>
    </message>
    <message>
        <source>Zoom says the token lacks: {scopes}.</source>
        <translation>Según Zoom, al token le falta: {scopes}.</translation>
    </message>
    <message>
        <source>Zoom&apos;s validation failed ({message}).</source>
        <translation>La validación de Zoom falló ({message}).</translation>
    </message>
    <message>
        <source>Fields: {fields}.</source>
        <translation>Campos: {fields}.</translation>
    </message>
    <message>
        <source>Zoom rejected a value: {fields}</source>
        <translation>Zoom rechazó un valor: {fields}</translation>
    </message>
    <message>
        <source>To {operation}, add the classic scope {scope}.</source>
        <translation>Para {operation}, agregue el ámbito (scope) clásico {scope}.</translation>
    </message>
    <message>
        <source>Zoom knows no user {user} in this account</source>
        <translation>Zoom no conoce ningún usuario {user} en esta cuenta</translation>
    </message>
    <message>
        <source>Meeting {meeting} was not found</source>
        <translation>No se encontró la reunión {meeting}</translation>
    </message>
    <message>
        <source>Zoom (or a proxy) failed with HTTP {status}</source>
        <translation>Zoom (o un proxy) falló con HTTP {status}</translation>
    </message>
    <message>
        <source>To {operation}, add the granular scope {scope}.</source>
        <translation>Para {operation}, agregue el ámbito (scope) granular {scope}.</translation>
    </message>
    <message>
        <source>To {operation}, add {granular} (granular scopes, apps made since April 2024) or {classic} (classic scopes, older apps).</source>
        <translation>Para {operation}, agregue {granular} (ámbitos granulares, aplicaciones creadas desde abril de 2024) o {classic} (ámbitos clásicos, aplicaciones más antiguas).</translation>
    </message>
    <message>
        <source>Token scopes: {scopes}</source>
        <translation>Ámbitos del token: {scopes}</translation>
    </message>
    <message>
        <source>Zoom App Marketplace ▸ Manage ▸ your Server-to-Server OAuth app ▸ App Credentials</source>
        <translation>Zoom App Marketplace ▸ Manage ▸ su aplicación Server-to-Server OAuth ▸ App Credentials</translation>
    </message>
    <message>
        <source>Zoom&apos;s generic token error</source>
        <translation>error de token genérico de Zoom</translation>
    </message>
    <message>
        <source>invalid client ID or secret</source>
        <translation>ID de cliente o secreto de cliente no válido</translation>
    </message>
    <message>
        <source>grant type not supported</source>
        <translation>tipo de concesión no admitido</translation>
    </message>
    <message>
        <source>client ID, secret or grant type missing</source>
        <translation>falta el ID de cliente, el secreto de cliente o el tipo de concesión</translation>
    </message>
    <message>
        <source>redirect URI mismatch</source>
        <translation>el URI de redirección no coincide</translation>
    </message>
    <message>
        <source>refresh token invalid or scope mismatch</source>
        <translation>token de actualización no válido o ámbitos (scopes) que no coinciden</translation>
    </message>
    <message>
        <source>the app has been disabled</source>
        <translation>la aplicación se desactivó</translation>
    </message>
    <message>
        <source>Response: HTTP {status} {reason} (no JSON body)</source>
        <translation>Respuesta: HTTP {status} {reason} (sin cuerpo JSON)</translation>
    </message>
    <message>
        <source>Response: HTTP {status} {body}</source>
        <translation>Respuesta: HTTP {status} {body}</translation>
    </message>
    <message>
        <source>Zoom answered {answer}: it did not find the parameters where it reads them.</source>
        <translation>Zoom respondió {answer}: no encontró los parámetros donde los lee.</translation>
    </message>
    <message>
        <source>Zoom did not accept the client ID or client secret</source>
        <translation>Zoom no aceptó el ID de cliente ni el secreto de cliente</translation>
    </message>
    <message>
        <source>These credentials cannot use the account_credentials grant</source>
        <translation>Estas credenciales no pueden usar la concesión account_credentials</translation>
    </message>
    <message>
        <source>Zoom answered unsupported_grant_type to a well-formed request. The credentials belong to another kind of Zoom app (General/OAuth, Meeting SDK, Zoom Apps): only a Server-to-Server OAuth app may use account_credentials. It also happens when the steps for user OAuth are followed with Server-to-Server credentials.</source>
        <translation>Zoom respondió unsupported_grant_type a una solicitud bien formada. Las credenciales pertenecen a otro tipo de aplicación de Zoom (General/OAuth, Meeting SDK, Zoom Apps): solo una aplicación Server-to-Server OAuth puede usar account_credentials. También ocurre cuando se siguen los pasos del OAuth de usuario con credenciales Server-to-Server.</translation>
    </message>
    <message>
        <source>In the Zoom App Marketplace, Develop ▸ Build App ▸ Server-to-Server OAuth; activate it and use its Account ID, Client ID and Client Secret.</source>
        <translation>En Zoom App Marketplace, Develop ▸ Build App ▸ Server-to-Server OAuth; actívela y use su Account ID, Client ID y Client Secret.</translation>
    </message>
    <message>
        <source>Zoom did not accept the account ID</source>
        <translation>Zoom no aceptó el ID de cuenta</translation>
    </message>
    <message>
        <source>The request has the right shape and the credentials were not refused, so the account_id is the likely culprit: it must be the Account ID shown on the app&apos;s App Credentials page (not the client ID, not a user ID or email).</source>
        <translation>La solicitud tiene la forma correcta y las credenciales no se rechazaron, así que el account_id es el probable culpable: debe ser el Account ID que se muestra en la página App Credentials de la aplicación (no el ID de cliente, ni un ID de usuario o correo electrónico).</translation>
    </message>
    <message>
        <source>Zoom answered invalid_grant</source>
        <translation>Zoom respondió invalid_grant</translation>
    </message>
    <message>
        <source>Zoom rejected the grant. Server-to-Server apps use grant_type=account_credentials with an account_id; refresh tokens and authorization codes belong to other app types.</source>
        <translation>Zoom rechazó la concesión. Las aplicaciones Server-to-Server usan grant_type=account_credentials con un account_id; los tokens de actualización y los códigos de autorización son de otros tipos de aplicación.</translation>
    </message>
    <message>
        <source>Use grant_type=account_credentials.</source>
        <translation>Use grant_type=account_credentials.</translation>
    </message>
    <message>
        <source>The Zoom app has been disabled</source>
        <translation>La aplicación de Zoom se desactivó</translation>
    </message>
    <message>
        <source>Zoom answered 4717: the app was deactivated or disabled by an admin.</source>
        <translation>Zoom respondió 4717: un administrador desactivó o deshabilitó la aplicación.</translation>
    </message>
    <message>
        <source>Re-activate it in Zoom App Marketplace ▸ Manage ▸ your Server-to-Server OAuth app ▸ Activation.</source>
        <translation>Vuelva a activarla en Zoom App Marketplace ▸ Manage ▸ su aplicación Server-to-Server OAuth ▸ Activation.</translation>
    </message>
    <message>
        <source>Zoom&apos;s sign-in service is unavailable</source>
        <translation>El servicio de inicio de sesión de Zoom no está disponible</translation>
    </message>
    <message>
        <source>Wait a few minutes and try again; check https://status.zoom.us.</source>
        <translation>Espere unos minutos y vuelva a intentarlo; consulte https://status.zoom.us.</translation>
    </message>
    <message>
        <source>Zoom gave no further detail.</source>
        <translation>Zoom no dio más detalles.</translation>
    </message>
    <message>
        <source>Zoom answered {status} invalid_client (Zoom uses 400 here, not 401). The client ID or secret is wrong, has a stray space, belongs to another app, was regenerated since it was copied, or the app is not activated yet (a Server-to-Server app issues no tokens until it is activated).</source>
        <translation>Zoom respondió {status} invalid_client (Zoom usa 400 aquí, no 401). El ID de cliente o el secreto de cliente es incorrecto, tiene un espacio de más, pertenece a otra aplicación, se regeneró después de copiarlo o la aplicación aún no está activada (una aplicación Server-to-Server no emite tokens hasta que se activa).</translation>
    </message>
    <message>
        <source>Open {page}; copy the Client ID and Client Secret again, and check the Activation page says the app is activated.</source>
        <translation>Abra {page}; copie de nuevo el Client ID y el Client Secret, y compruebe que la página Activation indique que la aplicación está activada.</translation>
    </message>
    <message>
        <source>Copy the Account ID from {page} into the profile (or account_id=…).</source>
        <translation>Copie el Account ID de {page} en el perfil (o en account_id=…).</translation>
    </message>
    <message>
        <source>The token endpoint answered {status}: the problem is on Zoom&apos;s side (or a proxy&apos;s), not in the request.</source>
        <translation>El endpoint de tokens respondió {status}: el problema está en Zoom (o en un proxy), no en la solicitud.</translation>
    </message>
    <message>
        <source>Zoom refused the token request: {meaning} (code {code})</source>
        <translation>Zoom rechazó la solicitud de token: {meaning} (código {code})</translation>
    </message>
    <message>
        <source>Check the app&apos;s credentials and status on {page}.</source>
        <translation>Compruebe las credenciales y el estado de la aplicación en {page}.</translation>
    </message>
</context>
<context>
    <name>DoctorReview</name>
    <message>
        <source>No HTTP call with a URL the doctor can read was found in the code.</source>
        <translation>No se encontró en el código ninguna llamada HTTP con una URL que el diagnóstico de solicitudes pueda leer.</translation>
    </message>
</context>
<context>
    <name>DoctorSchema</name>
    <message>
        <source>`{name}` must be an array</source>
        <translation>`{name}` debe ser un array</translation>
    </message>
    <message>
        <source>Send `{name}` as an array.</source>
        <translation>Envíe `{name}` como array.</translation>
    </message>
    <message>
        <source>This path takes {methods}; Zoom answers {method} with 404 or 405.</source>
        <translation>Esta ruta admite {methods}; Zoom responde a {method} con 404 o 405.</translation>
    </message>
    <message>
        <source>To change a meeting use PATCH (Zoom has no PUT for meetings).</source>
        <translation>Para cambiar una reunión use PATCH (Zoom no tiene PUT para reuniones).</translation>
    </message>
    <message>
        <source>Use {methods} or {method}.</source>
        <translation>Use {methods} o {method}.</translation>
    </message>
    <message>
        <source>`{name}` must be a string</source>
        <translation>`{name}` debe ser una cadena</translation>
    </message>
    <message>
        <source>Send `{name}` as a string.</source>
        <translation>Envíe `{name}` como cadena.</translation>
    </message>
    <message>
        <source>`{name}` must be a whole number</source>
        <translation>`{name}` debe ser un número entero</translation>
    </message>
    <message>
        <source>Send `{name}` as a whole number.</source>
        <translation>Envíe `{name}` como número entero.</translation>
    </message>
    <message>
        <source>`{name}` must be true or false</source>
        <translation>`{name}` debe ser true o false</translation>
    </message>
    <message>
        <source>Send `{name}` as true or false.</source>
        <translation>Envíe `{name}` como true o false.</translation>
    </message>
    <message>
        <source>`{name}` must be an object</source>
        <translation>`{name}` debe ser un objeto</translation>
    </message>
    <message>
        <source>Send `{name}` as an object.</source>
        <translation>Envíe `{name}` como objeto.</translation>
    </message>
    <message>
        <source>Zoom has no meeting field `{name}`; did you mean `{near}`?</source>
        <translation>Zoom no tiene ningún campo de reunión `{name}`; ¿quería decir `{near}`?</translation>
    </message>
    <message>
        <source>Use `{near}`.</source>
        <translation>Use `{near}`.</translation>
    </message>
    <message>
        <source>Zoom has no meeting field `{name}`</source>
        <translation>Zoom no tiene ningún campo de reunión `{name}`</translation>
    </message>
    <message>
        <source>Remove it, or check the field in Zoom&apos;s API reference.</source>
        <translation>Quítelo o compruebe el campo en la referencia de la API de Zoom.</translation>
    </message>
    <message>
        <source>`start_time` ends in Z (UTC) and a `timezone` is also sent</source>
        <translation>`start_time` termina en Z (UTC) y también se envía un `timezone`</translation>
    </message>
    <message>
        <source>With a Z, Zoom reads the time as UTC and uses `timezone` only for display: a 10:00 meant in the meeting&apos;s zone starts at 10:00 UTC instead. The classic cause is a naive local time formatted with a Z (`toISOString()`, `strftime(&apos;…Z&apos;)`).</source>
        <translation>Con una Z, Zoom lee la hora como UTC y usa `timezone` solo para mostrarla: unas 10:00 pensadas en la zona horaria de la reunión empiezan en cambio a las 10:00 UTC. La causa clásica es una hora local sin zona formateada con una Z (`toISOString()`, `strftime(&apos;…Z&apos;)`).</translation>
    </message>
    <message>
        <source>Either send the local time without Z (`2026-03-01T10:00:00`) with `timezone`, or convert to UTC yourself and keep the Z.</source>
        <translation>Envíe la hora local sin Z (`2026-03-01T10:00:00`) con `timezone`, o bien conviértala usted mismo a UTC y mantenga la Z.</translation>
    </message>
    <message>
        <source>Zoom answers an unknown path with 404 (or 300 `Invalid api`). Paths are case-sensitive and plural (`users`, `meetings`).</source>
        <translation>Zoom responde a una ruta desconocida con 404 (o 300 `Invalid api`). Las rutas distinguen mayúsculas y minúsculas y van en plural (`users`, `meetings`).</translation>
    </message>
    <message>
        <source>Use {method}.</source>
        <translation>Use {method}.</translation>
    </message>
    <message>
        <source>Zoom ignores fields it does not know, so this value is silently lost.</source>
        <translation>Zoom ignora los campos que no conoce, así que este valor se pierde sin aviso.</translation>
    </message>
    <message>
        <source>Zoom answers 300 (validation failed) and creates or changes nothing.</source>
        <translation>Zoom responde 300 (la validación falló) y no crea ni cambia nada.</translation>
    </message>
    <message>
        <source>Correct the value.</source>
        <translation>Corrija el valor.</translation>
    </message>
    <message>
        <source>`type` is 8 (recurring, fixed time) but there is no `recurrence`</source>
        <translation>`type` es 8 (periódica, hora fija) pero no hay `recurrence`</translation>
    </message>
    <message>
        <source>Zoom needs the pattern (`recurrence.type`, `repeat_interval`, an end) for a recurring meeting with a fixed time; without it the call fails with 300.</source>
        <translation>Para una reunión periódica con hora fija, Zoom necesita el patrón (`recurrence.type`, `repeat_interval`, un final); sin él, la llamada falla con 300.</translation>
    </message>
    <message>
        <source>Add `recurrence`, or use type 3 (recurring, no fixed time).</source>
        <translation>Añada `recurrence` o use el tipo 3 (periódica, sin hora fija).</translation>
    </message>
    <message>
        <source>Zoom ignores `recurrence` unless `type` is 8 (or 3): the meeting is created once, not as a series.</source>
        <translation>Zoom ignora `recurrence` si `type` no es 8 (o 3): la reunión se crea una sola vez, no como serie.</translation>
    </message>
    <message>
        <source>Send `type: 8` with the recurrence.</source>
        <translation>Envíe `type: 8` con la periodicidad.</translation>
    </message>
    <message>
        <source>{method} is not a method of {path}</source>
        <translation>{method} no es un método de {path}</translation>
    </message>
    <message>
        <source>Zoom has no {path}; the closest known path is {near}</source>
        <translation>Zoom no tiene {path}; la ruta conocida más parecida es {near}</translation>
    </message>
    <message>
        <source>Use {call}.</source>
        <translation>Use {call}.</translation>
    </message>
    <message>
        <source>It is {value}; Zoom answers 300 (validation failed) for a wrong type.</source>
        <translation>El valor es {value}; ante un tipo incorrecto, Zoom responde 300 (la validación falló).</translation>
    </message>
    <message>
        <source>`recurrence` is sent with `type` {type}, which is not recurring</source>
        <translation>`recurrence` se envía con `type` {type}, que no es periódico</translation>
    </message>
</context>
<context>
    <name>DoctorToken</name>
    <message>
        <source>client_credentials is the grant of other OAuth servers and of Zoom&apos;s chatbot apps, not of Server-to-Server apps.</source>
        <translation>client_credentials es el grant de otros servidores OAuth y de las apps de chatbot de Zoom, no de las apps Server-to-Server.</translation>
    </message>
    <message>
        <source>authorization_code is the user-authorised OAuth flow (a General app with a redirect URL), not Server-to-Server.</source>
        <translation>authorization_code es el flujo OAuth autorizado por el usuario (una app General con URL de redirección), no Server-to-Server.</translation>
    </message>
    <message>
        <source>Server-to-Server apps get no refresh token; ask for a new token with the same grant instead.</source>
        <translation>Las apps Server-to-Server no reciben token de actualización; pida en su lugar un token nuevo con el mismo grant.</translation>
    </message>
    <message>
        <source>In axios, `{params}` always goes into the URL&apos;s query string, even on a POST. That is what the reply in the forum thread suggested, and it is the same mistake.</source>
        <translation>En axios, `{params}` siempre va a la cadena de consulta de la URL, incluso en un POST. Es lo que sugería la respuesta del hilo del foro, y es el mismo error.</translation>
    </message>
    <message>
        <source>axios `params:` put the token parameters in the query string</source>
        <translation>axios `params:` puso los parámetros del token en la cadena de consulta</translation>
    </message>
    <message>
        <source>The token parameters travelled in the query string, not in the body</source>
        <translation>Los parámetros del token viajaron en la cadena de consulta, no en el cuerpo</translation>
    </message>
    <message>
        <source>{name} was sent in the URL&apos;s query string ({example}) and not in the request body.</source>
        <translation>{name} se envió en la cadena de consulta de la URL ({example}) y no en el cuerpo de la solicitud.</translation>
    </message>
    <message>
        <source>{name} and {other} were sent in the URL&apos;s query string ({example}) and not in the request body.</source>
        <translation>{name} y {other} se enviaron en la cadena de consulta de la URL ({example}) y no en el cuerpo de la solicitud.</translation>
    </message>
    <message>
        <source>Zoom&apos;s older docs showed this form, but Zoom now answers such requests with a bare `400 Bad Request` (invalid_request or unsupported_grant_type). An empty body with a form Content-Type is exactly what broke working integrations in 2024.</source>
        <translation>La documentación antigua de Zoom mostraba esta forma, pero ahora Zoom responde a estas solicitudes con un simple `400 Bad Request` (invalid_request o unsupported_grant_type). Un cuerpo vacío con un Content-Type de formulario es justo lo que rompió integraciones que funcionaban en 2024.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Zoom&apos;s token endpoint only issues tokens for POST requests.</source>
        <translation>El endpoint de tokens de Zoom solo emite tokens para solicitudes POST.</translation>
    </message>
    <message>
        <source>Send `POST /oauth/token`.</source>
        <translation>Envíe `POST /oauth/token`.</translation>
    </message>
    <message>
        <source>The token request has a JSON body; Zoom expects a form body</source>
        <translation>La solicitud de token tiene un cuerpo JSON; Zoom espera un cuerpo de formulario</translation>
    </message>
    <message>
        <source>grant_type is missing</source>
        <translation>Falta grant_type</translation>
    </message>
    <message>
        <source>Send them as a form body: `{header}` and the body `{body}`, with nothing in the query string.</source>
        <translation>Envíelos como cuerpo de formulario: `{header}` y el cuerpo `{body}`, sin nada en la cadena de consulta.</translation>
    </message>
    <message>
        <source>The token parameters are in both the query string and the body</source>
        <translation>Los parámetros del token están tanto en la cadena de consulta como en el cuerpo</translation>
    </message>
    <message>
        <source>Zoom reads the body, so this works, but the query-string copy is a leftover of the old style and ends up in proxy and server logs.</source>
        <translation>Zoom lee el cuerpo, así que funciona, pero la copia en la cadena de consulta es un resto del estilo antiguo y acaba en los registros de proxies y servidores.</translation>
    </message>
    <message>
        <source>Remove the query string; keep only the form body.</source>
        <translation>Quite la cadena de consulta; mantenga solo el cuerpo de formulario.</translation>
    </message>
    <message>
        <source>The token request has a body but no Content-Type</source>
        <translation>La solicitud de token tiene cuerpo pero no Content-Type</translation>
    </message>
    <message>
        <source>`{call}`, not `params=` or `json=`</source>
        <translation>`{call}`, no `params=` ni `json=`</translation>
    </message>
    <message>
        <source>`{call}`; `params:` is the query string, only `data:` is the body</source>
        <translation>`{call}`; `params:` es la cadena de consulta, solo `data:` es el cuerpo</translation>
    </message>
    <message>
        <source>The token request uses {method}; it must be POST</source>
        <translation>La solicitud de token usa {method}; debe ser POST</translation>
    </message>
    <message>
        <source>A Server-to-Server OAuth token request needs `{parameter}`.</source>
        <translation>Una solicitud de token Server-to-Server OAuth necesita `{parameter}`.</translation>
    </message>
    <message>
        <source>Add `{parameter}` to the form body.</source>
        <translation>Añada `{parameter}` al cuerpo de formulario.</translation>
    </message>
    <message>
        <source>Zoom answers other grant types with `400 unsupported_grant_type`.</source>
        <translation>Zoom responde a otros tipos de grant con `400 unsupported_grant_type`.</translation>
    </message>
    <message>
        <source>The token endpoint reads `{type}` only. A JSON body (even `{empty}`) is not parsed, so Zoom sees no grant_type and answers `400 unsupported_grant_type`.</source>
        <translation>El endpoint de tokens solo lee `{type}`. Un cuerpo JSON (incluso `{empty}`) no se analiza, así que Zoom no ve ningún grant_type y responde `400 unsupported_grant_type`.</translation>
    </message>
    <message>
        <source>Without `{header}` Zoom does not read the body as form fields, so grant_type and account_id are not seen.</source>
        <translation>Sin `{header}`, Zoom no lee el cuerpo como campos de formulario, así que no ve grant_type ni account_id.</translation>
    </message>
    <message>
        <source>Add the header `{header}`.</source>
        <translation>Añada el encabezado `{header}`.</translation>
    </message>
    <message>
        <source>grant_type is {value}; a Server-to-Server app uses account_credentials</source>
        <translation>grant_type es {value}; una app Server-to-Server usa account_credentials</translation>
    </message>
    <message>
        <source>Use `{parameter}`.</source>
        <translation>Use `{parameter}`.</translation>
    </message>
    <message>
        <source>The token request body is sent as {type}</source>
        <translation>El cuerpo de la solicitud de token se envía como {type}</translation>
    </message>
    <message>
        <source>Zoom reads the token request as `{type}`; multipart or plain-text bodies are not parsed.</source>
        <translation>Zoom lee la solicitud de token como `{type}`; los cuerpos multipart o de texto plano no se analizan.</translation>
    </message>
    <message>
        <source>It held {names}.</source>
        <translation>Contenía {names}.</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nada)</translation>
    </message>
    <message>
        <source>Body: empty</source>
        <translation>Cuerpo: vacío</translation>
    </message>
    <message>
        <source>The {names} in the query string and body are not read instead.</source>
        <translation>Los {names} de la cadena de consulta y del cuerpo no se leen en su lugar.</translation>
    </message>
    <message>
        <source>{names} also appear in the query string and body</source>
        <translation>{names} también aparecen en la cadena de consulta y en el cuerpo</translation>
    </message>
    <message>
        <source>Body: {body}</source>
        <translation>Cuerpo: {body}</translation>
    </message>
    <message>
        <source>Query string: {query}</source>
        <translation>Cadena de consulta: {query}</translation>
    </message>
    <message>
        <source>{name} and {other}</source>
        <translation>{name} y {other}</translation>
    </message>
    <message>
        <source>The {names} in the query string are not read instead.</source>
        <translation>Los {names} de la cadena de consulta no se leen en su lugar.</translation>
    </message>
    <message>
        <source>The {names} in the body are not read instead.</source>
        <translation>Los {names} del cuerpo no se leen en su lugar.</translation>
    </message>
    <message>
        <source>{names} also appear in the query string</source>
        <translation>{names} también aparecen en la cadena de consulta</translation>
    </message>
    <message>
        <source>{names} also appear in the body</source>
        <translation>{names} también aparecen en el cuerpo</translation>
    </message>
    <message>
        <source>Body (JSON): {body}</source>
        <translation>Cuerpo (JSON): {body}</translation>
    </message>
    <message>
        <source>The account_credentials grant names the Zoom account: without it Zoom cannot issue a token (it answers 400).</source>
        <translation>El grant account_credentials indica la cuenta de Zoom: sin ella, Zoom no puede emitir un token (responde 400).</translation>
    </message>
    <message>
        <source>account_id is the same as the client ID</source>
        <translation>account_id es igual al ID de cliente</translation>
    </message>
    <message>
        <source>The Account ID and the Client ID are two different values on the app&apos;s App Credentials page; a wrong account ID gives opaque 400 errors.</source>
        <translation>El ID de cuenta (Account ID) y el ID de cliente (Client ID) son dos valores distintos de la página App Credentials de la app; un ID de cuenta incorrecto da errores 400 poco claros.</translation>
    </message>
    <message>
        <source>Copy the Account ID (not the Client ID) into account_id.</source>
        <translation>Copie el ID de cuenta (Account ID, no el ID de cliente) en account_id.</translation>
    </message>
    <message>
        <source>The client secret is in the URL</source>
        <translation>El secreto de cliente está en la URL</translation>
    </message>
    <message>
        <source>URLs end up in proxy logs, server logs and browser history: the secret should be treated as leaked.</source>
        <translation>Las URL acaban en los registros de proxies y servidores y en el historial del navegador: el secreto debe considerarse filtrado.</translation>
    </message>
    <message>
        <source>There is no Authorization header</source>
        <translation>No hay encabezado Authorization</translation>
    </message>
    <message>
        <source>account_id is missing</source>
        <translation>Falta account_id</translation>
    </message>
    <message>
        <source>account_id is empty</source>
        <translation>account_id está vacío</translation>
    </message>
    <message>
        <source>account_id does not look like a Zoom account ID</source>
        <translation>account_id no parece un ID de cuenta de Zoom</translation>
    </message>
    <message>
        <source>A Zoom account ID is a short code (letters, digits, - and _) shown on the App Credentials page. Spaces, an email address or a stray newline make it wrong.</source>
        <translation>Un ID de cuenta de Zoom es un código corto (letras, dígitos, - y _) que aparece en la página App Credentials. Los espacios, una dirección de correo o un salto de línea de más lo invalidan.</translation>
    </message>
    <message>
        <source>Copy the Account ID again from the App Credentials page, without spaces.</source>
        <translation>Vuelva a copiar el ID de cuenta desde la página App Credentials, sin espacios.</translation>
    </message>
    <message>
        <source>The token endpoint authenticates the app with its client ID and secret as HTTP Basic. A Bearer token is what you get back from it, for API calls.</source>
        <translation>El endpoint de tokens autentica la app con su ID de cliente y su secreto de cliente mediante HTTP Basic. El token Bearer es lo que este le devuelve, para las llamadas a la API.</translation>
    </message>
    <message>
        <source>Copy the Account ID from the App Credentials page of your Server-to-Server OAuth app (Zoom App Marketplace ▸ Manage ▸ your app) and send `{parameter}` in the form body.</source>
        <translation>Copie el ID de cuenta (Account ID) de la página App Credentials de su app Server-to-Server OAuth (Zoom App Marketplace ▸ Manage ▸ su app) y envíe `{parameter}` en el cuerpo de formulario.</translation>
    </message>
    <message>
        <source>Regenerate the client secret in the Zoom App Marketplace, and send it only in the `{header}` header.</source>
        <translation>Regenere el secreto de cliente en el Zoom App Marketplace y envíelo solo en el encabezado `{header}`.</translation>
    </message>
    <message>
        <source>The Basic Authorization header is malformed</source>
        <translation>El encabezado Authorization Basic está mal formado</translation>
    </message>
    <message>
        <source>Encode exactly `client_id:client_secret` (no newline) with standard Base64, or let your HTTP library do it (curl `-u id:secret`, httpx `auth=(id, secret)`).</source>
        <translation>Codifique exactamente `client_id:client_secret` (sin salto de línea) en Base64 estándar, o deje que lo haga su biblioteca HTTP (curl `-u id:secret`, httpx `auth=(id, secret)`).</translation>
    </message>
    <message>
        <source>Zoom identifies the app by HTTP Basic authentication: `{header}`.</source>
        <translation>Zoom identifica la app mediante autenticación HTTP Basic: `{header}`.</translation>
    </message>
    <message>
        <source>The token request uses {scheme} authorization; it needs Basic</source>
        <translation>La solicitud de token usa autorización {scheme}; necesita Basic</translation>
    </message>
    <message>
        <source>Send `{header}`.</source>
        <translation>Envíe `{header}`.</translation>
    </message>
    <message>
        <source>decodes to client ID {value}</source>
        <translation>se decodifica como ID de cliente {value}</translation>
    </message>
    <message>
        <source>Zoom uses the Basic header; the extra copy is ignored at best, and a secret in a body or URL is easy to leak into logs.</source>
        <translation>Zoom usa el encabezado Basic; la copia adicional se ignora en el mejor de los casos, y un secreto en un cuerpo o una URL se filtra fácilmente a los registros.</translation>
    </message>
    <message>
        <source>Remove client_id and client_secret from the body and the query string.</source>
        <translation>Quite client_id y client_secret del cuerpo y de la cadena de consulta.</translation>
    </message>
    <message>
        <source>`Authorization: Basic …` must be the Base64 encoding of `client_id:client_secret`, but {problem}. Zoom answers `400 invalid_client` (or 401) for this.</source>
        <translation>`Authorization: Basic …` debe ser la codificación Base64 de `client_id:client_secret`, pero: {problem}. Zoom responde a esto con `400 invalid_client` (o 401).</translation>
    </message>
</context>
<context>
    <name>DoctorWindow</name>
    <message>
        <source>Request doctor — zoomdesk</source>
        <translation>Diagnóstico de solicitudes — zoomdesk</translation>
    </message>
    <message>
        <source>Request doctor</source>
        <translation>Diagnóstico de solicitudes</translation>
    </message>
    <message>
        <source>&amp;Import HAR…</source>
        <translation>&amp;Importar HAR…</translation>
    </message>
    <message>
        <source>Import HAR</source>
        <translation>Importar HAR</translation>
    </message>
    <message>
        <source>Import a HAR file</source>
        <translation>Importar un archivo HAR</translation>
    </message>
    <message>
        <source>Re&amp;veal secrets</source>
        <translation>Re&amp;velar secretos</translation>
    </message>
    <message>
        <source>Reveal secrets</source>
        <translation>Revelar secretos</translation>
    </message>
    <message>
        <source>Reveal the secrets in the pasted request</source>
        <translation>Revelar los secretos de la solicitud pegada</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Request to show</source>
        <translation>Solicitud que se muestra</translation>
    </message>
    <message>
        <source>Paste a request to check it.</source>
        <translation>Pegue una solicitud para comprobarla.</translation>
    </message>
    <message>
        <source>Check summary</source>
        <translation>Resumen de la comprobación</translation>
    </message>
    <message>
        <source>Yours vs co&amp;rrected</source>
        <translation>La suya y la co&amp;rregida</translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <translation>&amp;Código</translation>
    </message>
    <message>
        <source>Re&amp;play</source>
        <translation>Ree&amp;nviar</translation>
    </message>
    <message>
        <source>&amp;Your request (cURL, raw HTTP, HAR or code):</source>
        <translation>&amp;Su solicitud (cURL, HTTP sin procesar, HAR o código):</translation>
    </message>
    <message>
        <source>Checking the request</source>
        <translation>Comprobación de la solicitud</translation>
    </message>
    <message numerus="yes">
        <source>Read %n request(s) ({source}):</source>
        <translation>
            <numerusform>%n solicitud leída ({source}):</numerusform>
            <numerusform>%n solicitudes leídas ({source}):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n request(s) ({source}) (the first {limit} listed):</source>
        <translation>
            <numerusform>%n solicitud leída ({source}) (se listan las primeras {limit}):</numerusform>
            <numerusform>%n solicitudes leídas ({source}) (se listan las primeras {limit}):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Across the integration: %n thing(s) to fix.</source>
        <translation>
            <numerusform>En toda la integración: %n cosa que corregir.</numerusform>
            <numerusform>En toda la integración: %n cosas que corregir.</numerusform>
        </translation>
    </message>
    <message>
        <source>HAR files (*.har *.json);;All files (*)</source>
        <translation>Archivos HAR (*.har *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Nothing to check yet.</source>
        <translation>Todavía no hay nada que comprobar.</translation>
    </message>
    <message>
        <source>no problems found.</source>
        <translation>no se encontraron problemas.</translation>
    </message>
    <message>
        <source>This request has the shape Zoom expects.</source>
        <translation>Esta solicitud tiene la forma que Zoom espera.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in this request.</source>
        <translation>
            <numerusform>%n problema en esta solicitud.</numerusform>
            <numerusform>%n problemas en esta solicitud.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide secrets</source>
        <translation>Ocultar secretos</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>Lectura de {file}</translation>
    </message>
    <message>
        <source>Checking {count} characters…</source>
        <translation>Comprobando {count} caracteres…</translation>
    </message>
    <message>
        <source>Could not read this: {problem}</source>
        <translation>No se pudo leer: {problem}</translation>
    </message>
    <message>
        <source>Could not read this. {problem}</source>
        <translation>No se pudo leer. {problem}</translation>
    </message>
    <message>
        <source>{entry} — line {line}</source>
        <translation>{entry} — línea {line}</translation>
    </message>
    <message>
        <source>⚠ Across the integration ({count})</source>
        <translation>⚠ En toda la integración ({count})</translation>
    </message>
    <message>
        <source>{count} with problems.</source>
        <translation>{count} con problemas.</translation>
    </message>
    <message>
        <source>{count} across the integration.</source>
        <translation>{count} en toda la integración.</translation>
    </message>
    <message>
        <source>The replay failed: {problem}</source>
        <translation>El reenvío falló: {problem}</translation>
    </message>
    <message>
        <source>{task} failed: {problem}</source>
        <translation>{task} falló: {problem}</translation>
    </message>
    <message>
        <source>Could not read {file}: {problem}</source>
        <translation>No se pudo leer {file}: {problem}</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The recovery copy of this form was not saved: {error}</source>
        <translation>No se guardó la copia de recuperación de este formulario: {error}</translation>
    </message>
    <message>
        <source>The recovery copy could not be removed: {error}</source>
        <translation>No se pudo quitar la copia de recuperación: {error}</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>End on a date or after N times, not both.</source>
        <translation>Termine en una fecha o tras N repeticiones, no ambas cosas.</translation>
    </message>
    <message>
        <source>This time has already passed; choose a later one.</source>
        <translation>Esta hora ya ha pasado; elija una posterior.</translation>
    </message>
    <message>
        <source>The series ends before it starts.</source>
        <translation>La serie termina antes de empezar.</translation>
    </message>
    <message>
        <source>Choose at least one weekday.</source>
        <translation>Elija al menos un día de la semana.</translation>
    </message>
    <message>
        <source>Unknown time zone: {zone}</source>
        <translation>Zona horaria desconocida: {zone}</translation>
    </message>
    <message>
        <source>Choose how the meeting repeats.</source>
        <translation>Elija cómo se repite la reunión.</translation>
    </message>
    <message>
        <source>Must be between 1 and {limit}.</source>
        <translation>Debe estar entre 1 y {limit}.</translation>
    </message>
    <message>
        <source>Weekdays are 1 (Sun) to 7 (Sat).</source>
        <translation>Los días van de 1 (dom.) a 7 (sáb.).</translation>
    </message>
    <message>
        <source>Day must be 1 to 31.</source>
        <translation>El día debe estar entre 1 y 31.</translation>
    </message>
    <message>
        <source>Choose a day or a week and weekday.</source>
        <translation>Elija un día, o una semana y un día de la semana.</translation>
    </message>
    <message>
        <source>Must be 1 to {limit}.</source>
        <translation>Debe estar entre 1 y {limit}.</translation>
    </message>
    <message>
        <source>Choose a start date and time.</source>
        <translation>Elija una fecha y hora de inicio.</translation>
    </message>
    <message>
        <source>Duration must be at least 1 minute.</source>
        <translation>La duración debe ser de al menos 1 minuto.</translation>
    </message>
    <message>
        <source>Enter a topic.</source>
        <translation>Introduzca un tema.</translation>
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
        <translation>Elija el anfitrión de la reunión.</translation>
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
        <translation>No se pudo acceder a Zoom. Compruebe que este equipo está conectado a internet y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This computer could not find Zoom&apos;s server. Check that it is online; for a custom profile, check the address in the profile.</source>
        <translation>Este equipo no encontró el servidor de Zoom. Compruebe que está conectado a internet; en un perfil personalizado, compruebe la dirección del perfil.</translation>
    </message>
    <message>
        <source>Nothing answered at the server&apos;s address. For a custom profile, check the address and port in the profile.</source>
        <translation>Nada respondió en la dirección del servidor. En un perfil personalizado, compruebe la dirección y el puerto del perfil.</translation>
    </message>
    <message>
        <source>This computer could not connect to Zoom. Check that it is online.</source>
        <translation>Este equipo no pudo conectarse a Zoom. Compruebe que está conectado a internet.</translation>
    </message>
    <message>
        <source>The connection to Zoom was not trusted. A company network may be inspecting secure connections: ask your IT team.</source>
        <translation>La conexión con Zoom no era de confianza. Puede que una red corporativa esté inspeccionando las conexiones seguras: consulte a su equipo de TI.</translation>
    </message>
    <message>
        <source>The proxy server refused the connection to Zoom. Ask your IT team to check the proxy settings.</source>
        <translation>El servidor proxy rechazó la conexión con Zoom. Pida a su equipo de TI que revise la configuración del proxy.</translation>
    </message>
    <message>
        <source>Zoom did not answer in time. Check that this computer is online; a firewall may be in the way.</source>
        <translation>Zoom no respondió a tiempo. Compruebe que este equipo está conectado a internet; puede que un cortafuegos lo impida.</translation>
    </message>
    <message>
        <source>Zoom stopped answering part-way. Try again in a moment.</source>
        <translation>Zoom dejó de responder a mitad de camino. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The request to Zoom could not be sent in time. Try again in a moment.</source>
        <translation>La solicitud a Zoom no se pudo enviar a tiempo. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The connection to Zoom broke off. Try again in a moment.</source>
        <translation>La conexión con Zoom se interrumpió. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring) zoomdesk can use to keep the client secret. Ask your IT team to set one up, or use the secret for this session only.</source>
        <translation>Este equipo no tiene un almacén de contraseñas (llavero) que zoomdesk pueda usar para guardar el secreto de cliente. Pida a su equipo de TI que configure uno, o use el secreto solo para esta sesión.</translation>
    </message>
    <message>
        <source>The password store (keyring) is locked. Unlock it, then try again.</source>
        <translation>El almacén de contraseñas (llavero) está bloqueado. Desbloquéelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The password store (keyring) did not answer; it may be waiting for you to unlock it. Unlock it, then try again.</source>
        <translation>El almacén de contraseñas (llavero) no respondió; puede que esté esperando a que lo desbloquee. Desbloquéelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Zoom refused to sign in. {explanation}</source>
        <translation>Zoom rechazó el inicio de sesión. {explanation}</translation>
    </message>
    <message>
        <source>Zoom answered: {message}</source>
        <translation>Respuesta de Zoom: {message}</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Try again; if it keeps happening, send the details (or the log file) to your IT team.</source>
        <translation>Algo inesperado salió mal. Vuelva a intentarlo; si sigue ocurriendo, envíe los detalles (o el archivo de registro) a su equipo de TI.</translation>
    </message>
    <message>
        <source>Zoom&apos;s per-second rate limit was reached.</source>
        <translation>Se alcanzó el límite de frecuencia por segundo de Zoom.</translation>
    </message>
    <message>
        <source>Zoom&apos;s daily rate limit was reached. It resets at {time} UTC.</source>
        <translation>Se alcanzó el límite de frecuencia diario de Zoom. Se restablece a las {time} UTC.</translation>
    </message>
    <message>
        <source>Zoom&apos;s per-second rate limit was reached. It resets at {time} UTC.</source>
        <translation>Se alcanzó el límite de frecuencia por segundo de Zoom. Se restablece a las {time} UTC.</translation>
    </message>
    <message>
        <source>Zoom&apos;s daily rate limit was reached.</source>
        <translation>Se alcanzó el límite de frecuencia diario de Zoom.</translation>
    </message>
    <message>
        <source>The Zoom app lacks a permission (scope) for this: {scope}. Add the scope to the Server-to-Server app in the Zoom Marketplace.</source>
        <translation>A la aplicación de Zoom le falta un permiso (scope) para esto: {scope}. Agregue el ámbito (scope) a la aplicación Server-to-Server en el Zoom Marketplace.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Zoom did not accept the client ID or client secret. Check both were copied from the app&apos;s App Credentials page, and that the app is activated.</source>
        <translation>Zoom no aceptó el ID de cliente o el secreto de cliente. Compruebe que ambos se copiaron de la página App Credentials de la aplicación y que la aplicación está activada.</translation>
    </message>
    <message>
        <source>Zoom did not accept grant_type=account_credentials. These credentials probably belong to another kind of app (General/OAuth, Meeting SDK, Zoom Apps): create a Server-to-Server OAuth app. It also happens when the parameters are not sent as a form body.</source>
        <translation>Zoom no aceptó grant_type=account_credentials. Estas credenciales probablemente pertenecen a otro tipo de aplicación (General/OAuth, Meeting SDK, Zoom Apps): cree una aplicación Server-to-Server OAuth. También ocurre cuando los parámetros no se envían como cuerpo de formulario.</translation>
    </message>
    <message>
        <source>Zoom rejected the token request. Check the account ID (App Credentials page of the Server-to-Server OAuth app) and that the app is activated.</source>
        <translation>Zoom rechazó la solicitud de token. Compruebe el ID de cuenta (página App Credentials de la aplicación Server-to-Server OAuth) y que la aplicación está activada.</translation>
    </message>
    <message>
        <source>Zoom rejected the grant. Server-to-Server apps use account_credentials.</source>
        <translation>Zoom rechazó la concesión (grant). Las aplicaciones Server-to-Server usan account_credentials.</translation>
    </message>
    <message>
        <source>Zoom refused the access token; check the app is still activated</source>
        <translation>Zoom rechazó el token de acceso; compruebe que la aplicación sigue activada</translation>
    </message>
    <message>
        <source>Add the missing scopes to the Server-to-Server app in the Zoom Marketplace</source>
        <translation>Añada los ámbitos (scopes) que faltan a la aplicación Server-to-Server en Zoom Marketplace</translation>
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
        <translation>conexión</translation>
    </message>
    <message>
        <source>connect timeout</source>
        <translation>tiempo de conexión agotado</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>conexión rechazada</translation>
    </message>
    <message>
        <source>pool timeout</source>
        <translation>tiempo de espera del grupo de conexiones agotado</translation>
    </message>
    <message>
        <source>write timeout</source>
        <translation>tiempo de envío agotado</translation>
    </message>
    <message>
        <source>read timeout</source>
        <translation>tiempo de lectura agotado</translation>
    </message>
    <message>
        <source>connection dropped</source>
        <translation>conexión interrumpida</translation>
    </message>
    <message>
        <source>connection reset</source>
        <translation>conexión reiniciada</translation>
    </message>
    <message>
        <source>network</source>
        <translation>red</translation>
    </message>
    <message>
        <source>Zoom did not issue an access token.</source>
        <translation>Zoom no emitió un token de acceso.</translation>
    </message>
    <message>
        <source>Zoom&apos;s sign-in service is unavailable. Try again in a few minutes.</source>
        <translation>El servicio de inicio de sesión de Zoom no está disponible. Vuelva a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <source>{request} failed: HTTP {status}, Zoom code {code}: {message}</source>
        <translation>{request} falló: HTTP {status}, código de Zoom {code}: {message}</translation>
    </message>
    <message>
        <source>[tracking id {id}]</source>
        <translation>[ID de seguimiento {id}]</translation>
    </message>
    <message>
        <source>Getting a Zoom access token failed: HTTP {status} ({detail}). {explanation}</source>
        <translation>No se pudo obtener un token de acceso de Zoom: HTTP {status} ({detail}). {explanation}</translation>
    </message>
    <message>
        <source>{request} failed: HTTP {status}: {message}</source>
        <translation>{request} falló: HTTP {status}: {message}</translation>
    </message>
    <message>
        <source>Network error ({kind}): {detail}</source>
        <translation>Error de red ({kind}): {detail}</translation>
    </message>
    <message>
        <source>The meeting may or may not have been created: the request was sent but no clear answer came back ({cause}). It was not retried, to avoid a duplicate; list the host&apos;s meetings to check.</source>
        <translation>Puede que la reunión se haya creado o no: la solicitud se envió, pero no llegó una respuesta clara ({cause}). No se reintentó para evitar un duplicado; revise las reuniones del anfitrión para comprobarlo.</translation>
    </message>
    <message>
        <source>Unexpected response (HTTP {status}): {detail}</source>
        <translation>Respuesta inesperada (HTTP {status}): {detail}</translation>
    </message>
    <message>
        <source>Invalid meeting: {problems}</source>
        <translation>Reunión no válida: {problems}</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>sin detalles</translation>
    </message>
    <message>
        <source>Zoom request failed: HTTP {status}, Zoom code {code}: {message}</source>
        <translation>La solicitud a Zoom falló: HTTP {status}, código de Zoom {code}: {message}</translation>
    </message>
    <message>
        <source>Zoom request failed: HTTP {status}: {message}</source>
        <translation>La solicitud a Zoom falló: HTTP {status}: {message}</translation>
    </message>
    <message>
        <source>Network error ({kind}): {request}: {detail}</source>
        <translation>Error de red ({kind}): {request}: {detail}</translation>
    </message>
    <message>
        <source>category {name}</source>
        <translation>categoría {name}</translation>
    </message>
    <message>
        <source>type {name}</source>
        <translation>tipo {name}</translation>
    </message>
    <message>
        <source>{remaining} of {limit} left</source>
        <translation>quedan {remaining} de {limit}</translation>
    </message>
    <message>
        <source>Resets at {time} UTC.</source>
        <translation>Se restablece a las {time} UTC.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>query string</source>
        <translation>cadena de consulta</translation>
    </message>
    <message>
        <source>form body</source>
        <translation>cuerpo de formulario</translation>
    </message>
    <message>
        <source>JSON body</source>
        <translation>cuerpo JSON</translation>
    </message>
    <message>
        <source>other body</source>
        <translation>otro cuerpo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>ExchangeDetail</name>
    <message>
        <source>Exchange details</source>
        <translation>Detalles del intercambio</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Solicitud</translation>
    </message>
    <message>
        <source>Respo&amp;nse</source>
        <translation>Res&amp;puesta</translation>
    </message>
    <message>
        <source>&amp;Diagnosis</source>
        <translation>&amp;Diagnóstico</translation>
    </message>
    <message>
        <source>Select an exchange in the list to see its request, response and diagnosis.</source>
        <translation>Seleccione un intercambio de la lista para ver su solicitud, su respuesta y su diagnóstico.</translation>
    </message>
</context>
<context>
    <name>ExchangeModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>All exchanges</source>
        <translation>Todos los intercambios</translation>
    </message>
    <message>
        <source>Token requests</source>
        <translation>Solicitudes de token</translation>
    </message>
    <message>
        <source>API calls</source>
        <translation>Llamadas a la API</translation>
    </message>
    <message>
        <source>Failures and warnings</source>
        <translation>Errores y advertencias</translation>
    </message>
    <message>
        <source>No answer (network error)</source>
        <translation>Sin respuesta (error de red)</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>No answer ({kind})</source>
        <translation>Sin respuesta ({kind})</translation>
    </message>
    <message>
        <source>failed: {cell}</source>
        <translation>error: {cell}</translation>
    </message>
    <message>
        <source>warning: {cell}</source>
        <translation>advertencia: {cell}</translation>
    </message>
</context>
<context>
    <name>FormClosing</name>
    <message>
        <source>The change may or may not have been saved</source>
        <translation>Es posible que el cambio se haya guardado o no</translation>
    </message>
    <message>
        <source>You stopped waiting for Zoom&apos;s answer. Saving again is safe: the same change is not applied twice. Or close the form and refresh the list to see what Zoom has.</source>
        <translation>Dejó de esperar la respuesta de Zoom. Volver a guardar es seguro: el mismo cambio no se aplica dos veces. O cierre el formulario y actualice la lista para ver lo que tiene Zoom.</translation>
    </message>
    <message>
        <source>Do you want to save your changes?</source>
        <translation>¿Desea guardar los cambios?</translation>
    </message>
    <message>
        <source>Do you want to create the meeting?</source>
        <translation>¿Desea crear la reunión?</translation>
    </message>
</context>
<context>
    <name>FormConflicts</name>
    <message>
        <source>Overlapping meetings</source>
        <translation>Reuniones solapadas</translation>
    </message>
    <message>
        <source>The host may run meetings at the same time (concurrent meetings).</source>
        <translation>El anfitrión puede celebrar reuniones a la vez (reuniones simultáneas).</translation>
    </message>
    <message>
        <source>The host already has a meeting then.</source>
        <translation>El anfitrión ya tiene una reunión a esa hora.</translation>
    </message>
    <message numerus="yes">
        <source>{overlap}, and %n more.</source>
        <translation>
            <numerusform>{overlap} y %n más.</numerusform>
            <numerusform>{overlap} y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <source>{overlap}.</source>
        <translation>{overlap}.</translation>
    </message>
    <message>
        <source>Open “{topic}”</source>
        <translation>Abrir «{topic}»</translation>
    </message>
</context>
<context>
    <name>FormFailures</name>
    <message>
        <source>this host</source>
        <translation>este anfitrión</translation>
    </message>
    <message>
        <source>Zoom also said:</source>
        <translation>Zoom también indicó:</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Mostrar detalles técnicos</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Detalles técnicos</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Error: {message}</translation>
    </message>
    <message>
        <source>It can&apos;t be saved yet. {reason}</source>
        <translation>Todavía no se puede guardar. {reason}</translation>
    </message>
    <message>
        <source>{count} of at most {limit} characters</source>
        <translation>{count} de un máximo de {limit} caracteres</translation>
    </message>
</context>
<context>
    <name>FormRecovery</name>
    <message>
        <source>Restored your unsaved changes</source>
        <translation>Se restauraron sus cambios sin guardar</translation>
    </message>
    <message>
        <source>zoomdesk stopped before this form was saved. Check the details, then save.</source>
        <translation>zoomdesk se detuvo antes de que se guardara este formulario. Revise los datos y luego guarde.</translation>
    </message>
    <message>
        <source>Your changes are not backed up</source>
        <translation>Sus cambios no tienen copia de seguridad</translation>
    </message>
    <message>
        <source>{problem}
Everything you typed is still here; save the meeting to keep it.</source>
        <translation>{problem}
Todo lo que escribió sigue aquí; guarde la reunión para conservarlo.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modificada</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminada</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Resultado desconocido</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Reading the change history</source>
        <translation>Lectura del historial de cambios</translation>
    </message>
    <message>
        <source>Change history — zoomdesk</source>
        <translation>Historial de cambios — zoomdesk</translation>
    </message>
    <message>
        <source>Changes made by zoomdesk</source>
        <translation>Cambios hechos por zoomdesk</translation>
    </message>
    <message>
        <source>What zoomdesk created, changed or deleted in Zoom from this computer. Field names are kept, never their values.</source>
        <translation>Lo que zoomdesk creó, cambió o eliminó en Zoom desde este equipo. Se guardan los nombres de los campos, nunca sus valores.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>zoomdesk has not created, changed or deleted anything in Zoom from this computer yet.</source>
        <translation>zoomdesk todavía no ha creado, cambiado ni eliminado nada en Zoom desde este equipo.</translation>
    </message>
    <message>
        <source>{meeting}, the {time} occurrence</source>
        <translation>{meeting}, repetición del {time}</translation>
    </message>
    <message>
        <source>{meeting}, occurrence {id}</source>
        <translation>{meeting}, repetición {id}</translation>
    </message>
</context>
<context>
    <name>HostDefaults</name>
    <message>
        <source>a letter</source>
        <translation>una letra</translation>
    </message>
    <message>
        <source>a digit</source>
        <translation>un dígito</translation>
    </message>
    <message>
        <source>one of @ - _ *</source>
        <translation>uno de @ - _ *</translation>
    </message>
    <message>
        <source>upper and lower case letters</source>
        <translation>mayúsculas y minúsculas</translation>
    </message>
    <message>
        <source>Zoom&apos;s documented defaults ({reason})</source>
        <translation>Valores predeterminados documentados por Zoom ({reason})</translation>
    </message>
    <message>
        <source>The account requires at least {count} characters.</source>
        <translation>La cuenta exige al menos {count} caracteres.</translation>
    </message>
    <message>
        <source>The account requires {things}.</source>
        <translation>La cuenta exige {things}.</translation>
    </message>
    <message>
        <source>The account forbids {count} consecutive characters such as 1234 or aaaa.</source>
        <translation>La cuenta prohíbe {count} caracteres consecutivos como 1234 o aaaa.</translation>
    </message>
    <message>
        <source>At least {count} characters.</source>
        <translation>Al menos {count} caracteres.</translation>
    </message>
    <message>
        <source>Must contain {things}.</source>
        <translation>Debe contener {things}.</translation>
    </message>
    <message>
        <source>No run of {count} consecutive characters (such as 1234 or aaaa).</source>
        <translation>Sin secuencias de {count} caracteres consecutivos (como 1234 o aaaa).</translation>
    </message>
    <message>
        <source>The account requires a passcode; it cannot be removed.</source>
        <translation>La cuenta exige un código de acceso; no se puede quitar.</translation>
    </message>
    <message>
        <source>The account allows digits only.</source>
        <translation>La cuenta solo permite dígitos.</translation>
    </message>
    <message>
        <source>A passcode is required.</source>
        <translation>Se requiere un código de acceso.</translation>
    </message>
    <message>
        <source>A passcode is optional.</source>
        <translation>El código de acceso es opcional.</translation>
    </message>
    <message>
        <source>Digits only.</source>
        <translation>Solo dígitos.</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
    <message>
        <source>Defaults from {name}&apos;s Zoom settings</source>
        <translation>Valores predeterminados de la configuración de Zoom de {name}</translation>
    </message>
    <message>
        <source>the host&apos;s settings could not be read: {why}</source>
        <translation>no se pudo leer la configuración del anfitrión: {why}</translation>
    </message>
</context>
<context>
    <name>HostDefaultsView</name>
    <message>
        <source>Zoom&apos;s standard defaults: zoomdesk may not read this host&apos;s settings</source>
        <translation>Valores predeterminados de Zoom: zoomdesk no puede leer la configuración de este anfitrión</translation>
    </message>
    <message>
        <source>The host&apos;s account has no authentication profiles.</source>
        <translation>La cuenta del anfitrión no tiene perfiles de autenticación.</translation>
    </message>
    <message>
        <source>Where the defaults come from</source>
        <translation>De dónde vienen los valores predeterminados</translation>
    </message>
    <message>
        <source>Defaults from {name}&apos;s Zoom settings</source>
        <translation>Valores predeterminados de la configuración de Zoom de {name}</translation>
    </message>
</context>
<context>
    <name>Invitation</name>
    <message>
        <source>Meeting ID: {id}</source>
        <translation>ID de reunión: {id}</translation>
    </message>
    <message>
        <source>Time: {time} {time_zone}</source>
        <translation>Hora: {time} {time_zone}</translation>
    </message>
    <message>
        <source>{inviter} is inviting you to a recurring Zoom meeting.</source>
        <translation>{inviter} le invita a una reunión periódica de Zoom.</translation>
    </message>
    <message>
        <source>You are invited to a recurring Zoom meeting.</source>
        <translation>Está invitado a una reunión periódica de Zoom.</translation>
    </message>
    <message>
        <source>{inviter} is inviting you to a scheduled Zoom meeting.</source>
        <translation>{inviter} le invita a una reunión de Zoom programada.</translation>
    </message>
    <message>
        <source>You are invited to a scheduled Zoom meeting.</source>
        <translation>Está invitado a una reunión de Zoom programada.</translation>
    </message>
    <message>
        <source>Topic: {topic}</source>
        <translation>Tema: {topic}</translation>
    </message>
    <message>
        <source>Duration: {duration}</source>
        <translation>Duración: {duration}</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>Agenda:</translation>
    </message>
    <message>
        <source>Join Zoom Meeting</source>
        <translation>Unirse a la reunión de Zoom</translation>
    </message>
    <message>
        <source>Changed dates (these differ from the usual time or length):</source>
        <translation>Fechas cambiadas (difieren de la hora o la duración habituales):</translation>
    </message>
    <message>
        <source>Time: This is a recurring meeting. Meet anytime.</source>
        <translation>Hora: Esta es una reunión periódica. Reúnase en cualquier momento.</translation>
    </message>
    <message>
        <source>Passcode: {passcode}</source>
        <translation>Código de acceso: {passcode}</translation>
    </message>
    <message>
        <source>“{topic}” has no fixed time, so it cannot be put in a calendar.</source>
        <translation>«{topic}» no tiene hora fija, así que no se puede añadir a un calendario.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Forget cached meetings</source>
        <translation>&amp;Olvidar las reuniones en caché</translation>
    </message>
    <message>
        <source>Delete the copy of this profile&apos;s meeting list kept on this computer</source>
        <translation>Eliminar la copia de la lista de reuniones de este perfil guardada en este equipo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Reunión</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Paneles</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Conexión:</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Perfil de conexión</translation>
    </message>
    <message>
        <source>Which Zoom account to work with</source>
        <translation>La cuenta de Zoom con la que trabajar</translation>
    </message>
    <message>
        <source>zoomdesk (Sandbox) — not real Zoom</source>
        <translation>zoomdesk (entorno de pruebas) — no es el Zoom real</translation>
    </message>
    <message>
        <source>{what} failed: {problem}</source>
        <translation>Error en «{what}»: {problem}</translation>
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
        <translation>1 formulario de reunión tiene cambios sin guardar.</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting forms have changes that are not saved.</source>
        <translation>
            <numerusform>%n formulario de reunión tiene cambios sin guardar.</numerusform>
            <numerusform>%n formularios de reunión tienen cambios sin guardar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit zoomdesk?</source>
        <translation>¿Salir de zoomdesk?</translation>
    </message>
    <message>
        <source>If you quit now, zoomdesk offers the changes back the next time it starts.</source>
        <translation>Si sale ahora, zoomdesk le ofrecerá los cambios la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Volver al formulario</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>&amp;Salir de todos modos</translation>
    </message>
    <message>
        <source>Join link copied</source>
        <translation>Enlace para unirse copiado</translation>
    </message>
    <message>
        <source>Save as calendar file — zoomdesk</source>
        <translation>Guardar como archivo de calendario — zoomdesk</translation>
    </message>
    <message>
        <source>Copying the join link</source>
        <translation>Copia del enlace para unirse</translation>
    </message>
    <message>
        <source>Copying the invitation</source>
        <translation>Copia de la invitación</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Opening “{topic}”</source>
        <translation>Apertura de «{topic}»</translation>
    </message>
    <message>
        <source>Zoom gave “{topic}” the passcode {passcode}, though none was entered: this account requires one. It is in the join link and the invitation.</source>
        <translation>Zoom asignó a «{topic}» el código de acceso {passcode}, aunque no se introdujo ninguno: esta cuenta lo exige. Está en el enlace para unirse y en la invitación.</translation>
    </message>
    <message>
        <source>Deleting “{topic}”</source>
        <translation>Eliminación de «{topic}»</translation>
    </message>
    <message>
        <source>Deleted “{topic}”</source>
        <translation>«{topic}» eliminada</translation>
    </message>
    <message>
        <source>Deleted the {occurrence} occurrence of “{topic}”</source>
        <translation>Se eliminó la repetición del {occurrence} de «{topic}»</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>{file} guardado</translation>
    </message>
    <message>
        <source>Opening “{topic}”…</source>
        <translation>Abriendo «{topic}»…</translation>
    </message>
    <message>
        <source>Copy invitation</source>
        <translation>Copiar invitación</translation>
    </message>
    <message>
        <source>“{topic}” has no join link.</source>
        <translation>«{topic}» no tiene enlace para unirse.</translation>
    </message>
    <message>
        <source>Saving “{topic}” as a calendar file</source>
        <translation>Guardado de «{topic}» como archivo de calendario</translation>
    </message>
    <message>
        <source>Invitation copied (Zoom&apos;s text)</source>
        <translation>Invitación copiada (texto de Zoom)</translation>
    </message>
    <message>
        <source>Invitation copied (offline)</source>
        <translation>Invitación copiada (sin conexión)</translation>
    </message>
    <message>
        <source>Save a cancellation file and send or import it so calendars drop the meeting.</source>
        <translation>Guarde un archivo de cancelación y envíelo o impórtelo para que los calendarios quiten la reunión.</translation>
    </message>
    <message>
        <source>Save cancellation file…</source>
        <translation>Guardar archivo de cancelación…</translation>
    </message>
    <message>
        <source>Invitation copied (zoomdesk&apos;s text, without dial-in numbers: {reason})</source>
        <translation>Invitación copiada (texto de zoomdesk, sin números de acceso telefónico: {reason})</translation>
    </message>
</context>
<context>
    <name>MeetingFields</name>
    <message>
        <source>Host</source>
        <translation>Anfitrión</translation>
    </message>
    <message>
        <source>Me (the account this app belongs to)</source>
        <translation>Yo (la cuenta a la que pertenece esta aplicación)</translation>
    </message>
    <message>
        <source>Meeting type</source>
        <translation>Tipo de reunión</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <source>A recurring meeting with no fixed time has no date, time or duration: it can be started whenever it is needed.</source>
        <translation>Una reunión periódica sin hora fija no tiene fecha, hora ni duración: puede iniciarse cuando se necesite.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <source>The host can&apos;t be changed once a meeting exists.</source>
        <translation>El anfitrión no se puede cambiar una vez creada la reunión.</translation>
    </message>
    <message>
        <source>The time zone belongs to the whole series.</source>
        <translation>La zona horaria pertenece a toda la serie.</translation>
    </message>
    <message>
        <source>{time} on this computer</source>
        <translation>{time} en este equipo</translation>
    </message>
    <message>
        <source>The account&apos;s users could not be read, so the meeting is scheduled for the app&apos;s own account. Refresh the list (F5) to choose another host.</source>
        <translation>No se pudieron leer los usuarios de la cuenta, así que la reunión se programa para la propia cuenta de la aplicación. Actualice la lista (F5) para elegir otro anfitrión.</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>H&amp;ost</source>
        <translation>Anfi&amp;trión</translation>
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
        <translation>Cargando la reunión desde Zoom…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>First check whether the meeting was created (button above).</source>
        <translation>Compruebe primero si se creó la reunión (botón de arriba).</translation>
    </message>
    <message>
        <source>No changes to save.</source>
        <translation>No hay cambios que guardar.</translation>
    </message>
    <message>
        <source>The meeting couldn&apos;t be loaded (see above).</source>
        <translation>No se pudo cargar la reunión (vea arriba).</translation>
    </message>
    <message>
        <source>Checking whether the meeting was created…</source>
        <translation>Comprobando si se creó la reunión…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Volver a intentar</translation>
    </message>
</context>
<context>
    <name>MeetingList</name>
    <message>
        <source>The meetings kept on this computer for this profile are gone</source>
        <translation>Se eliminaron las reuniones de este perfil guardadas en este equipo</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Todos los usuarios</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Anfitrión</translation>
    </message>
    <message>
        <source>Whose meetings to list</source>
        <translation>De quién se muestran las reuniones</translation>
    </message>
    <message>
        <source>Meetings to show</source>
        <translation>Reuniones que se muestran</translation>
    </message>
    <message>
        <source>Search meetings</source>
        <translation>Buscar reuniones</translation>
    </message>
    <message>
        <source>Search topic, host, meeting ID or agenda</source>
        <translation>Buscar tema, anfitrión, ID de reunión o agenda</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation>&amp;Anfitrión:</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Loading meetings…</source>
        <translation>Cargando reuniones…</translation>
    </message>
    <message>
        <source>The meetings could not be loaded (see the message above). Press F5 to retry.</source>
        <translation>No se pudieron cargar las reuniones (consulte el mensaje de arriba). Pulse F5 para reintentar.</translation>
    </message>
    <message>
        <source>Filter as you type ({shortcut})</source>
        <translation>Filtrar mientras escribe ({shortcut})</translation>
    </message>
    <message>
        <source>No meetings here. Press Ctrl+N to schedule one.</source>
        <translation>No hay reuniones aquí. Pulse Ctrl+N para programar una.</translation>
    </message>
    <message>
        <source>No meetings match “{search}”.</source>
        <translation>Ninguna reunión coincide con «{search}».</translation>
    </message>
    <message>
        <source>Loading meetings</source>
        <translation>Carga de reuniones</translation>
    </message>
    <message>
        <source>Reading the meeting&apos;s details</source>
        <translation>Lectura de los detalles de la reunión</translation>
    </message>
    <message>
        <source>Forgetting the cached meetings</source>
        <translation>Eliminación de las reuniones en caché</translation>
    </message>
    <message>
        <source>Reading the account&apos;s users</source>
        <translation>Lectura de los usuarios de la cuenta</translation>
    </message>
    <message>
        <source>Listing the meetings of {hosts}</source>
        <translation>Lista de reuniones de {hosts}</translation>
    </message>
    <message>
        <source>Created “{topic}”</source>
        <translation>«{topic}» creada</translation>
    </message>
    <message numerus="yes">
        <source>{hosts} and %n more</source>
        <translation>
            <numerusform>{hosts} y %n más</numerusform>
            <numerusform>{hosts} y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved “{topic}”</source>
        <translation>«{topic}» guardada</translation>
    </message>
    <message>
        <source>Created “{topic}” (not in this list)</source>
        <translation>«{topic}» creada (no está en esta lista)</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Próximas</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programadas</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anteriores</translation>
    </message>
</context>
<context>
    <name>MeetingOptions</name>
    <message>
        <source>Hide advanced settings</source>
        <translation>Ocultar la configuración avanzada</translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation>Mostrar la configuración avanzada</translation>
    </message>
    <message>
        <source>Hide passcode</source>
        <translation>Ocultar el código de acceso</translation>
    </message>
    <message>
        <source>Show passcode</source>
        <translation>Mostrar el código de acceso</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Ge&amp;nerate</source>
        <translation>Ge&amp;nerar</translation>
    </message>
    <message>
        <source>Generate a random passcode</source>
        <translation>Generar un código de acceso aleatorio</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Configuración avanzada</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Set for the whole series; edit the series to change it.</source>
        <translation>Se define para toda la serie; edite la serie para cambiarlo.</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} o {second}</translation>
    </message>
    <message>
        <source>Only for: {types}.</source>
        <translation>Solo para: {types}.</translation>
    </message>
    <message>
        <source>Only with {setting}: {choices}.</source>
        <translation>Solo con {setting}: {choices}.</translation>
    </message>
    <message>
        <source>Turn on “{setting}” first.</source>
        <translation>Active primero «{setting}».</translation>
    </message>
    <message>
        <source>{setting}:</source>
        <translation>{setting}:</translation>
    </message>
    <message>
        <source>Set by your organisation.</source>
        <translation>Establecido por su organización.</translation>
    </message>
</context>
<context>
    <name>MeetingSetting</name>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>What the meeting is about.</source>
        <translation>De qué trata la reunión.</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>Shown in the invitation.</source>
        <translation>Se muestra en la invitación.</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;ipo</translation>
    </message>
    <message>
        <source>One-time, or recurring with or without fixed times.</source>
        <translation>Única, o periódica con o sin horario fijo.</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>I&amp;nicio</translation>
    </message>
    <message>
        <source>Wall-clock time in the meeting&apos;s time zone.</source>
        <translation>Hora local en la zona horaria de la reunión.</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>Zona &amp;horaria</translation>
    </message>
    <message>
        <source>An IANA zone, e.g. Europe/Berlin.</source>
        <translation>Una zona IANA, por ejemplo Europe/Berlin.</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>D&amp;uración</translation>
    </message>
    <message>
        <source>Minutes.</source>
        <translation>Minutos.</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <source>How a recurring meeting repeats.</source>
        <translation>Cómo se repite una reunión periódica.</translation>
    </message>
    <message>
        <source>Pass&amp;code</source>
        <translation>&amp;Código de acceso</translation>
    </message>
    <message>
        <source>Letters, digits and @ - _ *</source>
        <translation>Letras, dígitos y @ - _ *</translation>
    </message>
    <message>
        <source>Admit people from a &amp;waiting room</source>
        <translation>Admitir a los participantes desde una sala de &amp;espera</translation>
    </message>
    <message>
        <source>Participants wait until the host admits them.</source>
        <translation>Los participantes esperan hasta que el anfitrión los admita.</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Whether participants register first.</source>
        <translation>Si los participantes deben registrarse primero.</translation>
    </message>
    <message>
        <source>Registration for the series</source>
        <translation>Registro para la serie</translation>
    </message>
    <message>
        <source>For a recurring meeting with fixed times: what one registration covers.</source>
        <translation>Para una reunión periódica con horario fijo: qué cubre un registro.</translation>
    </message>
    <message>
        <source>Only signed-in use&amp;rs may join</source>
        <translation>Solo pueden unirse los usua&amp;rios que hayan iniciado sesión</translation>
    </message>
    <message>
        <source>Participants must sign in to Zoom (the host&apos;s authentication profiles).</source>
        <translation>Los participantes deben iniciar sesión en Zoom (perfiles de autenticación del anfitrión).</translation>
    </message>
    <message>
        <source>Authentication option</source>
        <translation>Opción de autenticación</translation>
    </message>
    <message>
        <source>One of the host&apos;s authentication options, by ID (zoomdesk users settings USER).</source>
        <translation>Una de las opciones de autenticación del anfitrión, por ID (zoomdesk users settings USER).</translation>
    </message>
    <message>
        <source>Authenticated domains</source>
        <translation>Dominios autenticados</translation>
    </message>
    <message>
        <source>Only users whose email address is in one of these domains may join; separate with ,</source>
        <translation>Solo pueden unirse los usuarios cuya dirección de correo esté en uno de estos dominios; sepárelos con ,</translation>
    </message>
    <message>
        <source>Host &amp;video on</source>
        <translation>&amp;Video del anfitrión activado</translation>
    </message>
    <message>
        <source>Start with the host&apos;s video on.</source>
        <translation>Empezar con el video del anfitrión activado.</translation>
    </message>
    <message>
        <source>&amp;Participants&apos; video on</source>
        <translation>Video de los &amp;participantes activado</translation>
    </message>
    <message>
        <source>Start with participants&apos; video on.</source>
        <translation>Empezar con el video de los participantes activado.</translation>
    </message>
    <message>
        <source>Let people &amp;join before the host</source>
        <translation>Permitir unir&amp;se antes que el anfitrión</translation>
    </message>
    <message>
        <source>Participants may join before the host arrives.</source>
        <translation>Los participantes pueden unirse antes de que llegue el anfitrión.</translation>
    </message>
    <message>
        <source>How early people may join</source>
        <translation>Con cuánta antelación pueden unirse</translation>
    </message>
    <message>
        <source>How long before the start people may join.</source>
        <translation>Cuánto tiempo antes del inicio pueden unirse los participantes.</translation>
    </message>
    <message>
        <source>&amp;Mute participants when they join</source>
        <translation>Si&amp;lenciar a los participantes al entrar</translation>
    </message>
    <message>
        <source>Participants join muted.</source>
        <translation>Los participantes se unen silenciados.</translation>
    </message>
    <message>
        <source>Automatic recording</source>
        <translation>Grabación automática</translation>
    </message>
    <message>
        <source>Record automatically.</source>
        <translation>Grabar automáticamente.</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>How participants may join the audio.</source>
        <translation>Cómo pueden unirse los participantes al audio.</translation>
    </message>
    <message>
        <source>Add a watermar&amp;k to shared screens</source>
        <translation>Añadir &amp;marca de agua a las pantallas compartidas</translation>
    </message>
    <message>
        <source>Shared content shows part of each viewer&apos;s email address.</source>
        <translation>El contenido compartido muestra parte de la dirección de correo de cada espectador.</translation>
    </message>
    <message>
        <source>Alternative hosts</source>
        <translation>Anfitriones alternativos</translation>
    </message>
    <message>
        <source>Email addresses of licensed users, separated by ;</source>
        <translation>Direcciones de correo de usuarios con licencia, separadas por ;</translation>
    </message>
    <message>
        <source>&amp;Email alternative hosts and schedulers about it</source>
        <translation>Notificar por correo a los anfitriones alternativos &amp;y programadores</translation>
    </message>
    <message>
        <source>Zoom emails the alternative hosts when the meeting is scheduled.</source>
        <translation>Zoom envía un correo a los anfitriones alternativos cuando se programa la reunión.</translation>
    </message>
    <message>
        <source>Email the alternative &amp;hosts themselves</source>
        <translation>Enviar un correo a los propios anfitriones alterna&amp;tivos</translation>
    </message>
    <message>
        <source>Zoom&apos;s switch for the alternative hosts alone; the one under Options covers schedulers too.</source>
        <translation>La opción de Zoom solo para los anfitriones alternativos; la de Opciones también incluye a los programadores.</translation>
    </message>
    <message>
        <source>Use the host&apos;s &amp;Personal Meeting ID</source>
        <translation>Usar el ID &amp;personal de reunión del anfitrión</translation>
    </message>
    <message>
        <source>The meeting uses the host&apos;s PMI instead of a new meeting ID.</source>
        <translation>La reunión usa el PMI del anfitrión en lugar de un nuevo ID de reunión.</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>End-to-end encryption turns off cloud recording and phone dial-in.</source>
        <translation>El cifrado de extremo a extremo desactiva la grabación en la nube y el acceso por teléfono.</translation>
    </message>
    <message>
        <source>Start in &amp;focus mode</source>
        <translation>Empezar en modo de en&amp;foque</translation>
    </message>
    <message>
        <source>Participants see only the host&apos;s and their own video.</source>
        <translation>Los participantes solo ven el video del anfitrión y el suyo propio.</translation>
    </message>
    <message>
        <source>Private meetin&amp;g</source>
        <translation>Reunión pri&amp;vada</translation>
    </message>
    <message>
        <source>The topic is hidden from others&apos; calendars.</source>
        <translation>El tema se oculta en los calendarios de los demás.</translation>
    </message>
    <message>
        <source>Dial-in countries</source>
        <translation>Países de marcación</translation>
    </message>
    <message>
        <source>Country codes whose dial-in numbers the invitation lists, e.g. US, DE.</source>
        <translation>Códigos de país cuyos números de marcación figuran en la invitación, por ejemplo US, DE.</translation>
    </message>
    <message>
        <source>Let registrants join from several &amp;devices</source>
        <translation>Permitir a los inscritos unirse desde varios &amp;dispositivos</translation>
    </message>
    <message>
        <source>A registrant&apos;s link works on more than one device at a time.</source>
        <translation>El enlace de un inscrito funciona en más de un dispositivo a la vez.</translation>
    </message>
    <message>
        <source>Send registrants a &amp;confirmation</source>
        <translation>Enviar una &amp;confirmación a los inscritos</translation>
    </message>
    <message>
        <source>Zoom emails each registrant a confirmation.</source>
        <translation>Zoom envía una confirmación por correo a cada inscrito.</translation>
    </message>
    <message>
        <source>Email registrants about appro&amp;val</source>
        <translation>Notificar a los inscritos la apro&amp;bación por correo</translation>
    </message>
    <message>
        <source>Zoom emails registrants when they are approved, denied or cancelled.</source>
        <translation>Zoom envía un correo a los inscritos cuando se aprueban, rechazan o cancelan.</translation>
    </message>
    <message>
        <source>Close registration after the meeting&apos;s da&amp;te</source>
        <translation>Cerrar el registro después de la fec&amp;ha de la reunión</translation>
    </message>
    <message>
        <source>No one can register once the meeting has taken place.</source>
        <translation>Nadie puede registrarse una vez celebrada la reunión.</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Nombre de contacto</translation>
    </message>
    <message>
        <source>Shown to registrants on the registration page.</source>
        <translation>Se muestra a los inscritos en la página de registro.</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Correo de contacto</translation>
    </message>
    <message>
        <source>Must be true or false.</source>
        <translation>Debe ser true o false.</translation>
    </message>
    <message>
        <source>Must be text.</source>
        <translation>Debe ser texto.</translation>
    </message>
    <message>
        <source>What the meeting is about</source>
        <translation>De qué trata la reunión</translation>
    </message>
    <message>
        <source>Optional; shown in the invitation</source>
        <translation>Opcional; se muestra en la invitación</translation>
    </message>
    <message>
        <source>Only letters, digits and @ - _ * are allowed.</source>
        <translation>Solo se permiten letras, dígitos y @ - _ *.</translation>
    </message>
    <message>
        <source>No passcode</source>
        <translation>Sin código de acceso</translation>
    </message>
    <message>
        <source>Waiting room</source>
        <translation>Sala de espera</translation>
    </message>
    <message>
        <source>Re&amp;gistration</source>
        <translation>Re&amp;gistro</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>Aut&amp;hentication option</source>
        <translation>&amp;Opción de autenticación</translation>
    </message>
    <message>
        <source>The host&apos;s default option</source>
        <translation>Opción predeterminada del anfitrión</translation>
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
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Not available while the waiting room is on (Zoom turns it off).</source>
        <translation>No disponible mientras la sala de espera esté activada (Zoom lo desactiva).</translation>
    </message>
    <message>
        <source>Recor&amp;ding</source>
        <translation>Gra&amp;bación</translation>
    </message>
    <message>
        <source>Aud&amp;io</source>
        <translation>&amp;Audio</translation>
    </message>
    <message>
        <source>A&amp;lternative hosts</source>
        <translation>An&amp;fitriones alternativos</translation>
    </message>
    <message>
        <source>ann@example.com; bob@example.com</source>
        <translation>ann@example.com; bob@example.com</translation>
    </message>
    <message>
        <source>&amp;Encryption</source>
        <translation>Cif&amp;rado</translation>
    </message>
    <message>
        <source>In the meeting</source>
        <translation>En la reunión</translation>
    </message>
    <message>
        <source>Country codes are two capital letters, e.g. DE.</source>
        <translation>Los códigos de país son dos letras mayúsculas, por ejemplo DE.</translation>
    </message>
    <message>
        <source>Dial-in &amp;countries</source>
        <translation>Países de &amp;marcación</translation>
    </message>
    <message>
        <source>The account&apos;s countries</source>
        <translation>Países de la cuenta</translation>
    </message>
    <message>
        <source>Registrants</source>
        <translation>Inscritos</translation>
    </message>
    <message>
        <source>Contact na&amp;me</source>
        <translation>&amp;Nombre de contacto</translation>
    </message>
    <message>
        <source>Jill Chill</source>
        <translation>María García</translation>
    </message>
    <message>
        <source>Not an email address.</source>
        <translation>No es una dirección de correo.</translation>
    </message>
    <message>
        <source>Contact emai&amp;l</source>
        <translation>Corre&amp;o de contacto</translation>
    </message>
    <message>
        <source>jill.chill@example.com</source>
        <translation>maria.garcia@example.com</translation>
    </message>
    <message>
        <source>zoomdesk does not know the setting {name}. Did you mean {names}?</source>
        <translation>zoomdesk no conoce la opción {name}. ¿Quiso decir {names}?</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation>Debe ser un número entero.</translation>
    </message>
    <message>
        <source>Must be a list of text, e.g. [&quot;US&quot;, &quot;DE&quot;].</source>
        <translation>Debe ser una lista de textos, por ejemplo [&quot;US&quot;, &quot;DE&quot;].</translation>
    </message>
    <message>
        <source>No registration</source>
        <translation>Sin registro</translation>
    </message>
    <message>
        <source>Registration, approved automatically</source>
        <translation>Registro, aprobado automáticamente</translation>
    </message>
    <message>
        <source>Registration, approved by the host</source>
        <translation>Registro, aprobado por el anfitrión</translation>
    </message>
    <message>
        <source>Register once, attend any occurrence</source>
        <translation>Registrarse una vez y asistir a cualquier repetición</translation>
    </message>
    <message>
        <source>Register for each occurrence</source>
        <translation>Registrarse para cada repetición</translation>
    </message>
    <message>
        <source>Register once, choose the occurrences</source>
        <translation>Registrarse una vez y elegir las repeticiones</translation>
    </message>
    <message>
        <source>Any time before the start</source>
        <translation>En cualquier momento antes del inicio</translation>
    </message>
    <message>
        <source>Up to 5 min before</source>
        <translation>Hasta 5 min antes</translation>
    </message>
    <message>
        <source>Up to 10 min before</source>
        <translation>Hasta 10 min antes</translation>
    </message>
    <message>
        <source>Don&apos;t record</source>
        <translation>No grabar</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>En esta computadora</translation>
    </message>
    <message>
        <source>In the cloud</source>
        <translation>En la nube</translation>
    </message>
    <message>
        <source>Telephone and computer audio</source>
        <translation>Teléfono y audio de la computadora</translation>
    </message>
    <message>
        <source>Telephone only</source>
        <translation>Solo teléfono</translation>
    </message>
    <message>
        <source>Computer audio only</source>
        <translation>Solo audio de la computadora</translation>
    </message>
    <message>
        <source>Enhanced encryption</source>
        <translation>Cifrado mejorado</translation>
    </message>
    <message>
        <source>End-to-end encryption</source>
        <translation>Cifrado de extremo a extremo</translation>
    </message>
    <message>
        <source>zoomdesk does not know the setting {name}.</source>
        <translation>zoomdesk no conoce la opción {name}.</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} o {second}</translation>
    </message>
    <message>
        <source>Must be one of {values}.</source>
        <translation>Debe ser uno de estos valores: {values}.</translation>
    </message>
    <message>
        <source>{value}: {problem}</source>
        <translation>{value}: {problem}</translation>
    </message>
    <message>
        <source>At most {limit} characters ({length}).</source>
        <translation>Como máximo {limit} caracteres ({length}).</translation>
    </message>
    <message>
        <source>One-time meeting</source>
        <translation>Reunión única</translation>
    </message>
    <message>
        <source>Recurring meeting, fixed times</source>
        <translation>Reunión periódica, horario fijo</translation>
    </message>
    <message>
        <source>Recurring meeting, no fixed time</source>
        <translation>Reunión periódica, sin horario fijo</translation>
    </message>
    <message>
        <source>Must be between {low} and {high}.</source>
        <translation>Debe estar entre {low} y {high}.</translation>
    </message>
    <message>
        <source>Not an email address: {address}</source>
        <translation>No es una dirección de correo: {address}</translation>
    </message>
</context>
<context>
    <name>MeetingTable</name>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Anfitrión</translation>
    </message>
    <message>
        <source>Meeting ID</source>
        <translation>ID de reunión</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Periodicidad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Pasada</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Próxima</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>Periódica</translation>
    </message>
    <message>
        <source>{column}: {value}</source>
        <translation>{column}: {value}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Meeting time zone: {zone}</source>
        <translation>Zona horaria de la reunión: {zone}</translation>
    </message>
    <message>
        <source>Recurring: open the meeting, or select it a moment, to see how it repeats</source>
        <translation>Periódica: abra la reunión, o selecciónela un momento, para ver cómo se repite</translation>
    </message>
    <message>
        <source>Recurring: {pattern}</source>
        <translation>Periódica: {pattern}</translation>
    </message>
</context>
<context>
    <name>MeetingType</name>
    <message>
        <source>Instant</source>
        <translation>Reunión instantánea</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>Única</translation>
    </message>
    <message>
        <source>Recurring (no fixed time)</source>
        <translation>Periódica (sin hora fija)</translation>
    </message>
    <message>
        <source>Personal meeting ID</source>
        <translation>ID de reunión personal</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>Periódica</translation>
    </message>
    <message>
        <source>Screen share only</source>
        <translation>Solo compartir pantalla</translation>
    </message>
</context>
<context>
    <name>MeetingUpdate</name>
    <message>
        <source>Cannot be changed for one occurrence; edit the whole series.</source>
        <translation>No se puede cambiar para una sola repetición; edite toda la serie.</translation>
    </message>
    <message>
        <source>A new start needs its time zone.</source>
        <translation>Un nuevo inicio necesita su zona horaria.</translation>
    </message>
    <message>
        <source>Enter a topic.</source>
        <translation>Introduzca un tema.</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>Calendar month</source>
        <translation>Mes del calendario</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n más</numerusform>
            <numerusform>+%n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OccurrenceDialog</name>
    <message>
        <source>Zoom removes it at once; people who have the link can no longer join. This cannot be undone.</source>
        <translation>Zoom la elimina de inmediato; quienes tengan el enlace ya no podrán unirse. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Zoom removes this date at once; the link still works for the other dates of the series. This cannot be undone.</source>
        <translation>Zoom elimina esta fecha de inmediato; el enlace sigue funcionando para las demás fechas de la serie. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>“{topic}” is a recurring meeting. Delete which part?</source>
        <translation>«{topic}» es una reunión periódica. ¿Qué parte desea eliminar?</translation>
    </message>
    <message>
        <source>Delete only this occurrence:</source>
        <translation>Eliminar solo esta repetición:</translation>
    </message>
    <message>
        <source>Delete one occurrence</source>
        <translation>Eliminar una repetición</translation>
    </message>
    <message>
        <source>Delete the whole series</source>
        <translation>Eliminar toda la serie</translation>
    </message>
    <message>
        <source>“{topic}” is a recurring meeting. Edit which part?</source>
        <translation>«{topic}» es una reunión periódica. ¿Qué parte desea editar?</translation>
    </message>
    <message>
        <source>Edit only this occurrence:</source>
        <translation>Editar solo esta repetición:</translation>
    </message>
    <message>
        <source>Edit one occurrence</source>
        <translation>Editar una repetición</translation>
    </message>
    <message>
        <source>Edit the whole series</source>
        <translation>Editar toda la serie</translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <source>E&amp;mail the host and registrants about the cancellation</source>
        <translation>Avisar al anfitrión y a los inscritos de la cancelación por correo &amp;electrónico</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Delete meeting — zoomdesk</source>
        <translation>Eliminar reunión — zoomdesk</translation>
    </message>
    <message>
        <source>Edit recurring meeting — zoomdesk</source>
        <translation>Editar reunión periódica — zoomdesk</translation>
    </message>
    <message numerus="yes">
        <source>Delete the whole series (%n upcoming occurrence(s))</source>
        <translation>
            <numerusform>Eliminar toda la serie (%n repetición próxima)</numerusform>
            <numerusform>Eliminar toda la serie (%n repeticiones próximas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit the whole series (%n upcoming occurrence(s))</source>
        <translation>
            <numerusform>Editar toda la serie (%n repetición próxima)</numerusform>
            <numerusform>Editar toda la serie (%n repeticiones próximas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “{topic}” ({when})?</source>
        <translation>¿Eliminar «{topic}» ({when})?</translation>
    </message>
    <message>
        <source>Delete “{topic}”?</source>
        <translation>¿Eliminar «{topic}»?</translation>
    </message>
</context>
<context>
    <name>Offline</name>
    <message>
        <source>Needs Zoom, which cannot be reached right now; zoomdesk keeps trying.</source>
        <translation>Necesita Zoom, que no está disponible ahora; zoomdesk sigue intentándolo.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Zoom cannot be reached. Showing your meetings as of {time}, read-only: copying links and invitations and saving .ics files still work. Trying again in {seconds} s. {problem}</source>
        <translation>No se puede acceder a Zoom. Se muestran sus reuniones tal como estaban a las {time}, solo lectura: copiar enlaces e invitaciones y guardar archivos .ics sigue funcionando. Nuevo intento en {seconds} s. {problem}</translation>
    </message>
    <message>
        <source>Zoom cannot be reached. Nothing is kept from an earlier visit to show meanwhile. Trying again in {seconds} s. {problem}</source>
        <translation>No se puede acceder a Zoom. No se guardó nada de una visita anterior para mostrar mientras tanto. Nuevo intento en {seconds} s. {problem}</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Intentar ahora</translation>
    </message>
</context>
<context>
    <name>OutcomeCheck</name>
    <message>
        <source>Check now</source>
        <translation>Comprobar ahora</translation>
    </message>
    <message>
        <source>It was created — open it</source>
        <translation>Se creó — abrirla</translation>
    </message>
    <message>
        <source>It was not created — try again</source>
        <translation>No se creó — reintentar</translation>
    </message>
    <message>
        <source>Try again without checking</source>
        <translation>Reintentar sin comprobar</translation>
    </message>
    <message>
        <source>Checking whether the meeting was created</source>
        <translation>Comprobación de si se creó la reunión</translation>
    </message>
    <message>
        <source>The meeting may or may not have been created</source>
        <translation>Puede que la reunión se haya creado o no</translation>
    </message>
    <message>
        <source>The request was sent, but no answer came back. It was NOT retried, so that the meeting is not created twice. Check the host&apos;s meetings before trying again.</source>
        <translation>La solicitud se envió, pero no llegó ninguna respuesta. NO se reintentó, para que la reunión no se cree dos veces. Compruebe las reuniones del anfitrión antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>Checking the host&apos;s meetings…</source>
        <translation>Comprobando las reuniones del anfitrión…</translation>
    </message>
    <message>
        <source>no fixed time</source>
        <translation>sin hora fija</translation>
    </message>
    <message>
        <source>It was created</source>
        <translation>Se creó</translation>
    </message>
    <message>
        <source>It was not created</source>
        <translation>No se creó</translation>
    </message>
    <message>
        <source>Couldn&apos;t check whether the meeting was created</source>
        <translation>No se pudo comprobar si se creó la reunión</translation>
    </message>
    <message>
        <source>“{topic}” ({time}, meeting ID {id}) was created for this host.</source>
        <translation>«{topic}» ({time}, ID de reunión {id}) se creó para este anfitrión.</translation>
    </message>
    <message>
        <source>No meeting called “{topic}” at this time was created for this host in the last few minutes. It is safe to try again.</source>
        <translation>En los últimos minutos no se creó ninguna reunión llamada «{topic}» a esta hora para este anfitrión. Puede volver a intentarlo con seguridad.</translation>
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
        <translation>ninguna directiva</translation>
    </message>
    <message>
        <source>{value} is not an IANA time zone (Europe/Berlin)</source>
        <translation>{value} no es una zona horaria IANA (Europe/Berlin)</translation>
    </message>
    <message>
        <source>; known names: {names}</source>
        <translation>; nombres conocidos: {names}</translation>
    </message>
    <message>
        <source>unknown policy name {name}{suggestion}</source>
        <translation>nombre de directiva desconocido {name}{suggestion}</translation>
    </message>
    <message>
        <source>allowed_hosts must be a list of emails or @domains</source>
        <translation>allowed_hosts debe ser una lista de correos o @dominios</translation>
    </message>
    <message>
        <source>profiles must be a list of tables ([[profiles]])</source>
        <translation>profiles debe ser una lista de tablas ([[profiles]])</translation>
    </message>
    <message>
        <source>two preset profiles named {name}</source>
        <translation>dos perfiles predefinidos llamados {name}</translation>
    </message>
    <message>
        <source>locked_settings must be a table ([locked_settings])</source>
        <translation>locked_settings debe ser una tabla ([locked_settings])</translation>
    </message>
    <message>
        <source>{setting} is set by {policy}; it must be {value}.</source>
        <translation>{setting} lo fija {policy}; debe ser {value}.</translation>
    </message>
    <message>
        <source>; did you mean {name}?</source>
        <translation>; ¿quiso decir {name}?</translation>
    </message>
    <message>
        <source>each preset profile must be a table</source>
        <translation>cada perfil predefinido debe ser una tabla</translation>
    </message>
    <message>
        <source>{key} must be text</source>
        <translation>{key} debe ser texto</translation>
    </message>
    <message>
        <source>a preset profile needs {key}</source>
        <translation>un perfil predefinido necesita {key}</translation>
    </message>
    <message>
        <source>region must be global or zoomgov</source>
        <translation>region debe ser global o zoomgov</translation>
    </message>
    <message>
        <source>your organisation&apos;s policy ({source})</source>
        <translation>la directiva de su organización ({source})</translation>
    </message>
    <message>
        <source>{email} is not among the hosts this desktop may manage ({hosts}), set by {policy}.</source>
        <translation>{email} no está entre los anfitriones que este equipo puede gestionar ({hosts}), según {policy}.</translation>
    </message>
    <message>
        <source>{key} must be true or false</source>
        <translation>{key} debe ser true o false</translation>
    </message>
    <message>
        <source>{value} is neither an email (board@example.com) nor a domain (@example.org)</source>
        <translation>{value} no es un correo (board@example.com) ni un dominio (@example.org)</translation>
    </message>
    <message>
        <source>this host</source>
        <translation>este anfitrión</translation>
    </message>
    <message>
        <source>a policy never holds a secret: remove {key}; each user&apos;s secret goes in the keyring (zoomdesk profiles add NAME --client-secret-stdin)</source>
        <translation>una directiva nunca contiene un secreto: quite {key}; el secreto de cada usuario va en el llavero (zoomdesk profiles add NAME --client-secret-stdin)</translation>
    </message>
    <message>
        <source>unknown profile name {name}{suggestion}</source>
        <translation>nombre de campo de perfil desconocido {name}{suggestion}</translation>
    </message>
    <message>
        <source>cannot read the policy file ({error})</source>
        <translation>no se puede leer el archivo de directiva ({error})</translation>
    </message>
    <message>
        <source>not valid TOML: {reason}</source>
        <translation>TOML no válido: {reason}</translation>
    </message>
    <message>
        <source>not a valid plist</source>
        <translation>plist no válido</translation>
    </message>
    <message>
        <source>cannot read the managed preferences ({error})</source>
        <translation>no se pueden leer las preferencias administradas ({error})</translation>
    </message>
    <message>
        <source>the managed preferences are not a dictionary</source>
        <translation>las preferencias administradas no son un diccionario</translation>
    </message>
    <message>
        <source>the policy file does not exist</source>
        <translation>el archivo de directiva no existe</translation>
    </message>
</context>
<context>
    <name>PolicyUi</name>
    <message>
        <source>Adding profiles is turned off by {policy}; ask IT for a profile.</source>
        <translation>La adición de perfiles está desactivada por {policy}; solicite un perfil a TI.</translation>
    </message>
    <message>
        <source>The sandbox is turned off by {policy}.</source>
        <translation>El entorno de pruebas está desactivado por {policy}.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy is unreadable, ask IT: {problem}. Until it is fixed, zoomdesk keeps the restrictive defaults (no new profiles, no sandbox).</source>
        <translation>La directiva de su organización no se puede leer, consulte a TI: {problem}. Hasta que se corrija, zoomdesk mantiene los valores restrictivos predeterminados (sin perfiles nuevos ni entorno de pruebas).</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Directiva</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The new language is used when zoomdesk next starts.</source>
        <translation>El nuevo idioma se usará la próxima vez que se inicie zoomdesk.</translation>
    </message>
    <message>
        <source>Used for menus, messages, dates and times.</source>
        <translation>Se usa en menús, mensajes, fechas y horas.</translation>
    </message>
</context>
<context>
    <name>ProfileActions</name>
    <message>
        <source>Remove profile — zoomdesk</source>
        <translation>Eliminar perfil — zoomdesk</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Connecting with “{name}”</source>
        <translation>Conectando con «{name}»</translation>
    </message>
    <message>
        <source>Removing “{name}”</source>
        <translation>Eliminando «{name}»</translation>
    </message>
    <message>
        <source>Remove the profile “{name}” and its secret from this computer? Your Zoom account and its meetings are not affected.</source>
        <translation>¿Eliminar el perfil «{name}» y su secreto de este equipo? Su cuenta de Zoom y sus reuniones no se ven afectadas.</translation>
    </message>
    <message>
        <source>Reading the profiles</source>
        <translation>Lectura de los perfiles</translation>
    </message>
    <message>
        <source>The profile was removed, but its secret could not be deleted from the password store: {problem}</source>
        <translation>Se eliminó el perfil, pero su secreto no se pudo borrar del almacén de contraseñas: {problem}</translation>
    </message>
    <message>
        <source>“{name}” was saved, but zoomdesk could not connect with it: {problem} It stays on the current connection.</source>
        <translation>«{name}» se guardó, pero zoomdesk no pudo conectarse con él: {problem} Se mantiene la conexión actual.</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>Editar perfil…</translation>
    </message>
    <message>
        <source>Switch anyway</source>
        <translation>Cambiar de todos modos</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Enter a URL.</source>
        <translation>Introduzca una URL.</translation>
    </message>
    <message>
        <source>Enter the account ID.</source>
        <translation>Introduzca el ID de cuenta.</translation>
    </message>
    <message>
        <source>Enter the client ID.</source>
        <translation>Introduzca el ID de cliente.</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Introduzca el secreto de cliente.</translation>
    </message>
    <message>
        <source>A profile with this name exists already.</source>
        <translation>Ya existe un perfil con este nombre.</translation>
    </message>
    <message>
        <source>Enter the credentials of your Server-to-Server OAuth app. You find them on the app&apos;s App Credentials page in the Zoom App Marketplace.</source>
        <translation>Introduzca las credenciales de su aplicación OAuth de servidor a servidor. Las encontrará en la página App Credentials de la aplicación, en Zoom App Marketplace.</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>e.g. Work</source>
        <translation>p. ej., Trabajo</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Custom base URLs</source>
        <translation>URL base personalizadas</translation>
    </message>
    <message>
        <source>OAuth URL</source>
        <translation>URL de OAuth</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>URL de la API</translation>
    </message>
    <message>
        <source>From the token (recommended)</source>
        <translation>La del token (recomendado)</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID de cuenta</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the client secret</source>
        <translation>Mostrar el secreto de cliente</translation>
    </message>
    <message>
        <source>Show or hide the client secret</source>
        <translation>Mostrar u ocultar el secreto de cliente</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>&amp;OAuth URL:</source>
        <translation>URL de &amp;OAuth:</translation>
    </message>
    <message>
        <source>A&amp;PI URL:</source>
        <translation>URL de la A&amp;PI:</translation>
    </message>
    <message>
        <source>&amp;Account ID:</source>
        <translation>ID de &amp;cuenta:</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>ID de c&amp;liente:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secreto de cliente:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Probar la cone&amp;xión</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <source>Keyring problem</source>
        <translation>Problema con el llavero</translation>
    </message>
    <message>
        <source>Asking Zoom for an access token…</source>
        <translation>Solicitando un token de acceso a Zoom…</translation>
    </message>
    <message>
        <source>Edit profile — zoomdesk</source>
        <translation>Editar perfil — zoomdesk</translation>
    </message>
    <message>
        <source>Connect to Zoom — zoomdesk</source>
        <translation>Conectarse a Zoom — zoomdesk</translation>
    </message>
    <message>
        <source>Stored in the system keyring; leave empty to keep it</source>
        <translation>Guardado en el llavero del sistema; déjelo vacío para conservarlo</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide the client secret</source>
        <translation>Ocultar el secreto de cliente</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Prueba de la conexión</translation>
    </message>
    <message>
        <source>Saving the profile</source>
        <translation>Guardado del perfil</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>Problema con {field}</translation>
    </message>
    <message>
        <source>Something unexpected went wrong: {problem}</source>
        <translation>Algo inesperado salió mal: {problem}</translation>
    </message>
    <message>
        <source>The client secret is needed to test the connection.</source>
        <translation>Se necesita el secreto de cliente para probar la conexión.</translation>
    </message>
    <message>
        <source>{problem} You can use the secret for this session only: zoomdesk keeps it in memory until it closes, and asks for it again next time.</source>
        <translation>{problem} Puede usar el secreto solo para esta sesión: zoomdesk lo guarda en memoria hasta que se cierra y se lo vuelve a pedir la próxima vez.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation>Usar solo en esta sesión</translation>
    </message>
</context>
<context>
    <name>ProfileMenu</name>
    <message>
        <source>Sandbox (not real Zoom)</source>
        <translation>Entorno de pruebas (no es Zoom real)</translation>
    </message>
    <message>
        <source>&amp;Sandbox (not real Zoom)</source>
        <translation>Entorno de &amp;pruebas (no es Zoom real)</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>Enter a name for this profile.</source>
        <translation>Escriba un nombre para este perfil.</translation>
    </message>
    <message>
        <source>A profile name cannot start or end with a space.</source>
        <translation>Un nombre de perfil no puede empezar ni terminar con un espacio.</translation>
    </message>
    <message>
        <source>A profile name can have at most 100 characters.</source>
        <translation>Un nombre de perfil puede tener como máximo 100 caracteres.</translation>
    </message>
    <message>
        <source>A profile name cannot contain / or \.</source>
        <translation>Un nombre de perfil no puede contener / ni \.</translation>
    </message>
    <message>
        <source>A profile name cannot contain control characters (new lines, tabs, escapes).</source>
        <translation>Un nombre de perfil no puede contener caracteres de control (saltos de línea, tabulaciones, escapes).</translation>
    </message>
    <message>
        <source>The URL must not contain a user name or password; credentials go elsewhere.</source>
        <translation>La URL no debe contener un nombre de usuario ni una contraseña; las credenciales van en otro lugar.</translation>
    </message>
    <message>
        <source>Cannot save the settings file {path}: {error}</source>
        <translation>No se puede guardar el archivo de configuración {path}: {error}</translation>
    </message>
    <message>
        <source>{url} is not an http(s) URL; enter a full URL, like https://zoom.us.</source>
        <translation>{url} no es una URL http(s); escriba una URL completa, como https://zoom.us.</translation>
    </message>
    <message>
        <source>{url} is plain http to another computer, which would send the credentials unencrypted; use https:// (plain http is only allowed for this computer).</source>
        <translation>{url} es http sin cifrar hacia otro equipo, lo que enviaría las credenciales sin cifrar; use https:// (http sin cifrar solo se permite para este equipo).</translation>
    </message>
    <message>
        <source>Cannot read the settings file {path}: {error}</source>
        <translation>No se puede leer el archivo de configuración {path}: {error}</translation>
    </message>
    <message>
        <source>The settings file {path} is damaged ({error}). Move it aside and add the profile again; no secret is stored in it.</source>
        <translation>El archivo de configuración {path} está dañado ({error}). Muévalo a otro sitio y vuelva a añadir el perfil; no guarda ningún secreto.</translation>
    </message>
    <message>
        <source>{url} is not a URL; enter a full URL, like https://zoom.us.</source>
        <translation>{url} no es una URL; escriba una URL completa, como https://zoom.us.</translation>
    </message>
    <message>
        <source>Another zoomdesk is still writing {path}; try again.</source>
        <translation>Otro zoomdesk sigue escribiendo {path}; vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>No profile named {name}; see `zoomdesk profiles list`.</source>
        <translation>No hay ningún perfil llamado {name}; consulte `zoomdesk profiles list`.</translation>
    </message>
    <message>
        <source>Incomplete credentials in profile {name}: missing {fields}.</source>
        <translation>Credenciales incompletas en el perfil {name}; faltan: {fields}.</translation>
    </message>
    <message>
        <source>Incomplete credentials in the environment: missing {fields}.</source>
        <translation>Credenciales incompletas en el entorno; faltan: {fields}.</translation>
    </message>
    <message>
        <source>the oauth url of profile {name}: {problem}</source>
        <translation>la URL de OAuth del perfil {name}: {problem}</translation>
    </message>
    <message>
        <source>the api url of profile {name}: {problem}</source>
        <translation>la URL de la API del perfil {name}: {problem}</translation>
    </message>
    <message>
        <source>account ID (ZOOM_ACCOUNT_ID)</source>
        <translation>ID de cuenta (ZOOM_ACCOUNT_ID)</translation>
    </message>
    <message>
        <source>client ID (ZOOM_CLIENT_ID)</source>
        <translation>ID de cliente (ZOOM_CLIENT_ID)</translation>
    </message>
    <message>
        <source>client secret (ZOOM_CLIENT_SECRET or the keyring)</source>
        <translation>secreto de cliente (ZOOM_CLIENT_SECRET o el llavero)</translation>
    </message>
</context>
<context>
    <name>RateLimit</name>
    <message>
        <source>{remaining} of {limit} {category} requests left today for the whole Zoom account (resets {time} UTC); slowing down</source>
        <translation>Quedan hoy {remaining} de {limit} solicitudes {category} para toda la cuenta de Zoom (se restablece a las {time} UTC); se reduce el ritmo</translation>
    </message>
    <message>
        <source>{remaining} of {limit} {category} requests left today for the whole Zoom account (resets {time} UTC); bulk work pauses to leave them for people</source>
        <translation>Quedan hoy {remaining} de {limit} solicitudes {category} para toda la cuenta de Zoom (se restablece a las {time} UTC); el trabajo por lotes se detiene para dejarlas a las personas</translation>
    </message>
</context>
<context>
    <name>RecoveryBanner</name>
    <message>
        <source>“{topic}”</source>
        <translation>«{topic}»</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sin título</translation>
    </message>
    <message>
        <source>1 meeting form was not saved when zoomdesk last stopped: {topics}.</source>
        <translation>1 formulario de reunión no se guardó la última vez que se cerró zoomdesk: {topics}.</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting forms were not saved when zoomdesk last stopped: {topics}.</source>
        <translation>
            <numerusform>%n formulario de reunión no se guardó la última vez que se cerró zoomdesk: {topics}.</numerusform>
            <numerusform>%n formularios de reunión no se guardaron la última vez que se cerró zoomdesk: {topics}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved forms discarded</source>
        <translation>Formularios sin guardar descartados</translation>
    </message>
    <message numerus="yes">
        <source>{topics} and %n more</source>
        <translation>
            <numerusform>{topics} y %n más</numerusform>
            <numerusform>{topics} y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>Every day</source>
        <translation>Todos los días</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Cada %n día</numerusform>
            <numerusform>Cada %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Todas las semanas</translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s)</source>
        <translation>
            <numerusform>Cada %n semana</numerusform>
            <numerusform>Cada %n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Todos los meses</translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s)</source>
        <translation>
            <numerusform>Cada %n mes</numerusform>
            <numerusform>Cada %n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>{rule} on {days}</source>
        <translation>{rule}, los {days}</translation>
    </message>
    <message>
        <source>{rule}, until {date}</source>
        <translation>{rule}, hasta el {date}</translation>
    </message>
    <message>
        <source>{rule} on day {day}</source>
        <translation>{rule}, el día {day}</translation>
    </message>
    <message numerus="yes">
        <source>{rule}, %n time(s)</source>
        <translation>
            <numerusform>{rule}, %n vez</numerusform>
            <numerusform>{rule}, %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>{rule} on the last {weekday}</source>
        <translation>{rule}, el último {weekday}</translation>
    </message>
    <message>
        <source>{rule} on the first {weekday}</source>
        <translation>{rule}, el primer {weekday}</translation>
    </message>
    <message>
        <source>{rule} on the second {weekday}</source>
        <translation>{rule}, el segundo {weekday}</translation>
    </message>
    <message>
        <source>{rule} on the third {weekday}</source>
        <translation>{rule}, el tercer {weekday}</translation>
    </message>
    <message>
        <source>{rule} on the fourth {weekday}</source>
        <translation>{rule}, el cuarto {weekday}</translation>
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message>
        <source>Daily</source>
        <translation>Diaria</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Primer</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Segundo</translation>
    </message>
    <message>
        <source>Third</source>
        <translation>Tercer</translation>
    </message>
    <message>
        <source>Fourth</source>
        <translation>Cuarto</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>occurrences (at most {limit})</source>
        <translation>repeticiones (máximo {limit})</translation>
    </message>
    <message>
        <source>On</source>
        <translation>El</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Repetir cada</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Monthly on a day of the month</source>
        <translation>Mensual, un día del mes</translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation>Día del mes</translation>
    </message>
    <message>
        <source>The</source>
        <translation>El</translation>
    </message>
    <message>
        <source>Monthly on a weekday of a week</source>
        <translation>Mensual, un día de la semana de una semana</translation>
    </message>
    <message>
        <source>Week of the month</source>
        <translation>Semana del mes</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Día de la semana</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después de</translation>
    </message>
    <message>
        <source>End after a number of occurrences</source>
        <translation>Terminar tras un número de repeticiones</translation>
    </message>
    <message>
        <source>Number of occurrences</source>
        <translation>Número de repeticiones</translation>
    </message>
    <message>
        <source>End on a date</source>
        <translation>Terminar en una fecha</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>Última fecha</translation>
    </message>
    <message>
        <source>Repeat summary</source>
        <translation>Resumen de la repetición</translation>
    </message>
    <message>
        <source>&amp;Repeats</source>
        <translation>&amp;Repetición</translation>
    </message>
    <message>
        <source>E&amp;very</source>
        <translation>&amp;Cada</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message numerus="yes">
        <source>day(s) (at most {limit})</source>
        <translation>
            <numerusform>día (máximo {limit})</numerusform>
            <numerusform>días (máximo {limit})</numerusform>
        </translation>
    </message>
    <message>
        <source>{rule}, until {date}</source>
        <translation>{rule}, hasta el {date}</translation>
    </message>
    <message>
        <source>of the month</source>
        <translation>del mes</translation>
    </message>
    <message numerus="yes">
        <source>week(s) (at most {limit})</source>
        <translation>
            <numerusform>semana (máximo {limit})</numerusform>
            <numerusform>semanas (máximo {limit})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s) (at most {limit})</source>
        <translation>
            <numerusform>mes (máximo {limit})</numerusform>
            <numerusform>meses (máximo {limit})</numerusform>
        </translation>
    </message>
    <message>
        <source>{rule}, once</source>
        <translation>{rule}, una vez</translation>
    </message>
    <message numerus="yes">
        <source>{rule}, %n times</source>
        <translation>
            <numerusform>{rule}, %n veces</numerusform>
            <numerusform>{rule}, %n veces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecurrenceSummary</name>
    <message>
        <source>Recurring</source>
        <translation>Periódica</translation>
    </message>
</context>
<context>
    <name>RegistrantDialogs</name>
    <message>
        <source>Add registrant — zoomdesk</source>
        <translation>Añadir inscrito — zoomdesk</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Not an email address.</source>
        <translation>No es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>Vista previa de la importación</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>A&amp;pellidos</translation>
    </message>
    <message>
        <source>Zoom needs a first name.</source>
        <translation>Zoom necesita un nombre.</translation>
    </message>
    <message numerus="yes">
        <source>Register %n people from {file} (one request each)?</source>
        <translation>
            <numerusform>¿Registrar a %n persona de {file} (una solicitud cada una)?</numerusform>
            <numerusform>¿Registrar a %n personas de {file} (una solicitud cada una)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Register %n people from {file} (in batches of 30)?</source>
        <translation>
            <numerusform>¿Registrar a %n persona de {file} (en lotes de 30)?</numerusform>
            <numerusform>¿Registrar a %n personas de {file} (en lotes de 30)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Import {file} — zoomdesk</source>
        <translation>Importar {file} — zoomdesk</translation>
    </message>
    <message numerus="yes">
        <source>{file} can&apos;t be imported: fix these %n problem(s) and try again. Nothing has been sent.</source>
        <translation>
            <numerusform>{file} no se puede importar: corrija este %n problema e inténtelo de nuevo. No se ha enviado nada.</numerusform>
            <numerusform>{file} no se puede importar: corrija estos %n problemas e inténtelo de nuevo. No se ha enviado nada.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistrantImport</name>
    <message>
        <source>columns</source>
        <translation>columnas</translation>
    </message>
    <message>
        <source>Unknown column {name}; Zoom&apos;s fields are {fields}.</source>
        <translation>Columna desconocida {name}; los campos de Zoom son {fields}.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Zoom takes at most {count} registrants.</source>
        <translation>Zoom admite como máximo {count} inscritos.</translation>
    </message>
    <message>
        <source>The file needs a column {name}.</source>
        <translation>El archivo necesita una columna {name}.</translation>
    </message>
    <message>
        <source>Not an email address: {address}.</source>
        <translation>No es una dirección de correo: {address}.</translation>
    </message>
    <message>
        <source>line {number}</source>
        <translation>línea {number}</translation>
    </message>
    <message>
        <source>{address} is listed twice.</source>
        <translation>{address} aparece dos veces.</translation>
    </message>
    <message>
        <source>No registrants in the file.</source>
        <translation>El archivo no contiene inscritos.</translation>
    </message>
    <message>
        <source>first_name is empty.</source>
        <translation>first_name está vacío.</translation>
    </message>
</context>
<context>
    <name>RegistrantsDialog</name>
    <message>
        <source>Registrants approved automatically</source>
        <translation>Inscritos aprobados automáticamente</translation>
    </message>
    <message>
        <source>Registrants approved by the host</source>
        <translation>Inscritos aprobados por el anfitrión</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>apellidos</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ciudad</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>zip</source>
        <translation>código postal</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado o provincia</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>sector</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organización</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>cargo</translation>
    </message>
    <message>
        <source>purchasing time frame</source>
        <translation>plazo de compra</translation>
    </message>
    <message>
        <source>role in purchase process</source>
        <translation>función en el proceso de compra</translation>
    </message>
    <message>
        <source>number of employees</source>
        <translation>número de empleados</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>comentarios</translation>
    </message>
    <message>
        <source>{question} (required)</source>
        <translation>{question} (obligatorio)</translation>
    </message>
    <message>
        <source>Pending ({count})</source>
        <translation>Pendientes ({count})</translation>
    </message>
    <message>
        <source>Approved ({count})</source>
        <translation>Aprobados ({count})</translation>
    </message>
    <message>
        <source>Denied ({count})</source>
        <translation>Denegados ({count})</translation>
    </message>
    <message>
        <source>All ({count})</source>
        <translation>Todos ({count})</translation>
    </message>
    <message>
        <source>Registration asks for: {questions}.</source>
        <translation>El registro pide: {questions}.</translation>
    </message>
    <message>
        <source>Loading the registrants</source>
        <translation>Carga de los inscritos</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n solicitud</numerusform>
            <numerusform>%n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing registrants</source>
        <translation>Eliminación de inscritos</translation>
    </message>
    <message>
        <source>Adding a registrant</source>
        <translation>Adición de un inscrito</translation>
    </message>
    <message>
        <source>Import registrants — zoomdesk</source>
        <translation>Importar inscritos — zoomdesk</translation>
    </message>
    <message>
        <source>Export registrants — zoomdesk</source>
        <translation>Exportar inscritos — zoomdesk</translation>
    </message>
    <message>
        <source>Importing registrants</source>
        <translation>Importación de inscritos</translation>
    </message>
    <message numerus="yes">
        <source>Registered {done} of %n ({requests}).</source>
        <translation>
            <numerusform>Registrados {done} de %n ({requests}).</numerusform>
            <numerusform>Registrados {done} de %n ({requests}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Registrant status</source>
        <translation>Estado de los inscritos</translation>
    </message>
    <message>
        <source>Search names, emails, organisations</source>
        <translation>Buscar nombres, correos, organizaciones</translation>
    </message>
    <message>
        <source>Search registrants</source>
        <translation>Buscar inscritos</translation>
    </message>
    <message>
        <source>Registrants</source>
        <translation>Inscritos</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>A&amp;probar</translation>
    </message>
    <message>
        <source>Approve the selected registrants</source>
        <translation>Aprobar los inscritos seleccionados</translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation>&amp;Denegar</translation>
    </message>
    <message>
        <source>Deny the selected registrants</source>
        <translation>Denegar los inscritos seleccionados</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>Register one person</source>
        <translation>Registrar a una persona</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Remove the selected registrants</source>
        <translation>Eliminar los inscritos seleccionados</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>Register many people from a CSV file</source>
        <translation>Registrar a muchas personas desde un archivo CSV</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Save the registrants shown as CSV</source>
        <translation>Guardar los inscritos mostrados como CSV</translation>
    </message>
    <message>
        <source>Loading registrants…</source>
        <translation>Cargando inscritos…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message numerus="yes">
        <source>%n registrant(s).</source>
        <translation>
            <numerusform>%n inscrito.</numerusform>
            <numerusform>%n inscritos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing registrants</source>
        <translation>Cambio de inscritos</translation>
    </message>
    <message numerus="yes">
        <source>Approved %n registrant(s) ({requests}).</source>
        <translation>
            <numerusform>%n inscrito aprobado ({requests}).</numerusform>
            <numerusform>%n inscritos aprobados ({requests}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove registrants — zoomdesk</source>
        <translation>Eliminar inscritos — zoomdesk</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n registrant(s)? Their join links stop working.</source>
        <translation>
            <numerusform>¿Eliminar %n inscrito? Su enlace para unirse dejará de funcionar.</numerusform>
            <numerusform>¿Eliminar %n inscritos? Sus enlaces para unirse dejarán de funcionar.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n registrant(s).</source>
        <translation>
            <numerusform>%n inscrito eliminado.</numerusform>
            <numerusform>%n inscritos eliminados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Registering %n people…</source>
        <translation>
            <numerusform>Registrando a %n persona…</numerusform>
            <numerusform>Registrando a %n personas…</numerusform>
        </translation>
    </message>
    <message>
        <source>unexpected error</source>
        <translation>error inesperado</translation>
    </message>
    <message numerus="yes">
        <source>Denied %n registrant(s) ({requests}).</source>
        <translation>
            <numerusform>%n inscrito denegado ({requests}).</numerusform>
            <numerusform>%n inscritos denegados ({requests}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled %n registrant(s) ({requests}).</source>
        <translation>
            <numerusform>%n inscrito cancelado ({requests}).</numerusform>
            <numerusform>%n inscritos cancelados ({requests}).</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Registrants of “{topic}” — zoomdesk</source>
        <translation>Inscritos en «{topic}» — zoomdesk</translation>
    </message>
    <message>
        <source>Registered {email}.</source>
        <translation>{email} registrado.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n registrant(s) to {file}.</source>
        <translation>
            <numerusform>%n inscrito guardado en {file}.</numerusform>
            <numerusform>%n inscritos guardados en {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{task} failed: {error}</source>
        <translation>{task} ha fallado: {error}</translation>
    </message>
    <message>
        <source>“{topic}” doesn&apos;t take registrations. Turn on Registration in the meeting&apos;s Advanced settings first.</source>
        <translation>«{topic}» no admite registros. Active primero el registro en la configuración avanzada de la reunión.</translation>
    </message>
    <message>
        <source>Not registered: {people}</source>
        <translation>No registrados: {people}</translation>
    </message>
    <message>
        <source>Registration questions unavailable: {error}</source>
        <translation>Preguntas de registro no disponibles: {error}</translation>
    </message>
    <message>
        <source>{file} can&apos;t be read: {error}</source>
        <translation>No se puede leer {file}: {error}</translation>
    </message>
</context>
<context>
    <name>RegistrantsModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denegado</translation>
    </message>
</context>
<context>
    <name>RequestView</name>
    <message>
        <source>zoomdesk never records secrets, so it cannot be shown here.</source>
        <translation>zoomdesk nunca registra secretos, así que no se puede mostrar aquí.</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>Detalles de la solicitud</translation>
    </message>
    <message>
        <source>Method and URL</source>
        <translation>Método y URL</translation>
    </message>
    <message>
        <source>Where the parameters travelled</source>
        <translation>Dónde viajaron los parámetros</translation>
    </message>
    <message>
        <source>Query string</source>
        <translation>Cadena de consulta</translation>
    </message>
    <message>
        <source>Query string parameters</source>
        <translation>Parámetros de la cadena de consulta</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Encabezados de la solicitud</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Form body fields</source>
        <translation>Campos del formulario</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Cuerpo de la solicitud</translation>
    </message>
    <message>
        <source>(empty body)</source>
        <translation>(cuerpo vacío)</translation>
    </message>
    <message>
        <source>Basic — client ID: {client_id}   client secret: {mask} (masked)</source>
        <translation>Basic — ID de cliente: {client_id}   secreto de cliente: {mask} (oculto)</translation>
    </message>
    <message>
        <source>HTTP Basic: Base64 of client_id:client_secret, decoded. {never_kept}</source>
        <translation>HTTP Basic: Base64 de client_id:client_secret, decodificado. {never_kept}</translation>
    </message>
    <message>
        <source>The access token, masked; the sha256 fingerprint tells tokens apart.</source>
        <translation>El token de acceso, oculto; la huella sha256 distingue unos tokens de otros.</translation>
    </message>
    <message>
        <source>An Authorization header of another kind, masked.</source>
        <translation>Un encabezado Authorization de otro tipo, oculto.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Encabezados</translation>
    </message>
    <message>
        <source>The header did not decode to client_id:client_secret. {never_kept}</source>
        <translation>El encabezado no se decodificó como client_id:client_secret. {never_kept}</translation>
    </message>
    <message>
        <source>Body — form fields (application/x-www-form-urlencoded)</source>
        <translation>Cuerpo — campos de formulario (application/x-www-form-urlencoded)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Parameters travelled in: {where}&lt;/b&gt;&lt;br&gt;The token parameters are in the query string, not in a form body: Zoom answers this with 400. See the Diagnosis tab.</source>
        <translation>&lt;b&gt;Parámetros enviados en: {where}&lt;/b&gt;&lt;br&gt;Los parámetros del token están en la cadena de consulta, no en un cuerpo de formulario: Zoom responde con 400. Vea la pestaña Diagnóstico.</translation>
    </message>
    <message>
        <source>Body — no Content-Type</source>
        <translation>Cuerpo — sin Content-Type</translation>
    </message>
    <message>
        <source>&lt;b&gt;Parameters travelled in: {where}&lt;/b&gt;&lt;br&gt;The access token is in the query string; Zoom refuses it there (401, code 124).</source>
        <translation>&lt;b&gt;Parámetros enviados en: {where}&lt;/b&gt;&lt;br&gt;El token de acceso está en la cadena de consulta; Zoom lo rechaza ahí (401, código 124).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Parameters travelled in:&lt;/b&gt; {where}</source>
        <translation>&lt;b&gt;Parámetros enviados en:&lt;/b&gt; {where}</translation>
    </message>
    <message>
        <source>Body — {kind}</source>
        <translation>Cuerpo — {kind}</translation>
    </message>
</context>
<context>
    <name>ResponseView</name>
    <message>
        <source>Zoom&apos;s id for this request. Give it to Zoom support so they can trace exactly this call.</source>
        <translation>El ID que Zoom da a esta solicitud. Déselo al soporte de Zoom para que pueda rastrear exactamente esta llamada.</translation>
    </message>
    <message>
        <source>The rate-limit category of this endpoint (Light, Medium, Heavy, Resource-intensive); each has its own limits.</source>
        <translation>La categoría de límite de frecuencia de este endpoint (Light, Medium, Heavy, Resource-intensive); cada una tiene sus propios límites.</translation>
    </message>
    <message>
        <source>Which limit applies: QPS (per second, short) or Daily-limit (until the reset time).</source>
        <translation>Qué límite se aplica: QPS (por segundo, corto) o Daily-limit (hasta la hora de restablecimiento).</translation>
    </message>
    <message>
        <source>How many calls that limit allows.</source>
        <translation>Cuántas llamadas permite ese límite.</translation>
    </message>
    <message>
        <source>Calls left before Zoom answers 429 Too Many Requests.</source>
        <translation>Llamadas restantes antes de que Zoom responda 429 Too Many Requests.</translation>
    </message>
    <message>
        <source>{local} (your time) = {utc} UTC</source>
        <translation>{local} (su hora) = {utc} UTC</translation>
    </message>
    <message>
        <source>When to try again; this value could not be read.</source>
        <translation>Cuándo volver a intentarlo; este valor no se pudo leer.</translation>
    </message>
    <message>
        <source>A rate-limit header from Zoom.</source>
        <translation>Un encabezado de límite de frecuencia de Zoom.</translation>
    </message>
    <message>
        <source>The server&apos;s clock when it answered (checked against yours).</source>
        <translation>El reloj del servidor cuando respondió (comparado con el suyo).</translation>
    </message>
    <message>
        <source>Response details</source>
        <translation>Detalles de la respuesta</translation>
    </message>
    <message>
        <source>Response status</source>
        <translation>Estado de la respuesta</translation>
    </message>
    <message>
        <source>Tracking id</source>
        <translation>ID de seguimiento</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Encabezados de la respuesta</translation>
    </message>
    <message>
        <source>(no response headers)</source>
        <translation>(sin encabezados de respuesta)</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Cuerpo de la respuesta</translation>
    </message>
    <message>
        <source>Sent at:</source>
        <translation>Enviada a las:</translation>
    </message>
    <message>
        <source>Took:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protocolo:</translation>
    </message>
    <message>
        <source>Tracking id:</source>
        <translation>ID de seguimiento:</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Encabezados</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>error de red</translation>
    </message>
    <message>
        <source>&lt;b&gt;{status} {reason}&lt;/b&gt; — ✗ Failed</source>
        <translation>&lt;b&gt;{status} {reason}&lt;/b&gt; — ✗ Error</translation>
    </message>
    <message>
        <source>&lt;b&gt;{status} {reason}&lt;/b&gt; — ✓ Succeeded</source>
        <translation>&lt;b&gt;{status} {reason}&lt;/b&gt; — ✓ Correcto</translation>
    </message>
    <message>
        <source>(none: not sent by Zoom)</source>
        <translation>(ninguno: Zoom no lo envió)</translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation>(sin cuerpo)</translation>
    </message>
    <message>
        <source>Try again after {when}: {seconds} s after the call.</source>
        <translation>Vuelva a intentarlo después de {when}: {seconds} s después de la llamada.</translation>
    </message>
    <message>
        <source>{took}   (server Date: {time} UTC)</source>
        <translation>{took}   (Date del servidor: {time} UTC)</translation>
    </message>
    <message>
        <source>&lt;b&gt;No answer&lt;/b&gt; ({kind})&lt;br&gt;{error}</source>
        <translation>&lt;b&gt;Sin respuesta&lt;/b&gt; ({kind})&lt;br&gt;{error}</translation>
    </message>
    <message>
        <source>Body — {kind}</source>
        <translation>Cuerpo — {kind}</translation>
    </message>
</context>
<context>
    <name>RevealSecret</name>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>Client secret (revealed)</source>
        <translation>Secreto de cliente (revelado)</translation>
    </message>
    <message>
        <source>Client secret. It is not saved anywhere and this window closes by itself.</source>
        <translation>Secreto de cliente. No se guarda en ningún sitio y esta ventana se cierra sola.</translation>
    </message>
    <message>
        <source>Copy the client secret</source>
        <translation>Copiar el secreto de cliente</translation>
    </message>
    <message>
        <source>Reveal the client secret?</source>
        <translation>¿Revelar el secreto de cliente?</translation>
    </message>
    <message>
        <source>Show the client secret on screen?</source>
        <translation>¿Mostrar el secreto de cliente en pantalla?</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>Access token (revealed)</source>
        <translation>Token de acceso (revelado)</translation>
    </message>
    <message>
        <source>Access token. It is not saved anywhere and this window closes by itself.</source>
        <translation>Token de acceso. No se guarda en ningún sitio y esta ventana se cierra sola.</translation>
    </message>
    <message>
        <source>Copy the access token</source>
        <translation>Copiar el token de acceso</translation>
    </message>
    <message>
        <source>Reveal the access token?</source>
        <translation>¿Revelar el token de acceso?</translation>
    </message>
    <message>
        <source>Show the access token on screen?</source>
        <translation>¿Mostrar el token de acceso en pantalla?</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Anyone who can see your screen (or a screen share or recording) could read it. It is shown for {seconds} seconds and never saved.</source>
        <translation>Cualquiera que vea su pantalla (o una pantalla compartida o una grabación) podría leerlo. Se muestra durante {seconds} segundos y nunca se guarda.</translation>
    </message>
    <message>
        <source>Hides in {seconds} s.</source>
        <translation>Se oculta en {seconds} s.</translation>
    </message>
</context>
<context>
    <name>SaveBar</name>
    <message>
        <source>Create meeting</source>
        <translation>Crear reunión</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Save this occurrence</source>
        <translation>Guardar esta repetición</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nueva reunión</translation>
    </message>
    <message>
        <source>Duplicate meeting — {topic}</source>
        <translation>Duplicar reunión — {topic}</translation>
    </message>
    <message>
        <source>Edit meeting — {topic}</source>
        <translation>Editar reunión — {topic}</translation>
    </message>
    <message>
        <source>Edit one occurrence — {topic}</source>
        <translation>Editar una repetición — {topic}</translation>
    </message>
    <message>
        <source>Editing the occurrence on this date ({zone})</source>
        <translation>Editando la repetición en esta fecha ({zone})</translation>
    </message>
    <message>
        <source>Editing the occurrence on {when} ({zone})</source>
        <translation>Editando la repetición del {when} ({zone})</translation>
    </message>
    <message>
        <source>What you change here applies to this date only: its start, duration, agenda and the options you can edit. The topic, passcode, time zone, repeat pattern and the greyed-out options belong to the whole series: edit the series to change them.</source>
        <translation>Lo que cambie aquí solo se aplica a esta fecha: su inicio, duración, agenda y las opciones que se pueden editar. El tema, el código de acceso, la zona horaria, el patrón de repetición y las opciones atenuadas pertenecen a toda la serie: edite la serie para cambiarlos.</translation>
    </message>
    <message>
        <source>Why saving is not possible</source>
        <translation>Por qué no se puede guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Dejar de esperar</translation>
    </message>
</context>
<context>
    <name>SaveErrors</name>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Anfitrión</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Passcode</source>
        <translation>Código de acceso</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <source>Repeat interval</source>
        <translation>Intervalo de repetición</translation>
    </message>
    <message>
        <source>Repeat days</source>
        <translation>Días de repetición</translation>
    </message>
    <message>
        <source>Number of occurrences</source>
        <translation>Número de repeticiones</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de finalización</translation>
    </message>
    <message>
        <source>Join before host</source>
        <translation>Unirse antes que el anfitrión</translation>
    </message>
    <message>
        <source>Alternative hosts</source>
        <translation>Anfitriones alternativos</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Grabación</translation>
    </message>
    <message>
        <source>Nothing was saved; everything you typed is still here.</source>
        <translation>No se guardó nada; todo lo que escribió sigue aquí.</translation>
    </message>
    <message>
        <source>Request: {value}</source>
        <translation>Solicitud: {value}</translation>
    </message>
    <message>
        <source>HTTP status: {value}</source>
        <translation>Estado HTTP: {value}</translation>
    </message>
    <message>
        <source>Zoom code: {value}</source>
        <translation>Código de Zoom: {value}</translation>
    </message>
    <message>
        <source>Zoom message: {value}</source>
        <translation>Mensaje de Zoom: {value}</translation>
    </message>
    <message>
        <source>Rate limit: {value}</source>
        <translation>Límite de frecuencia: {value}</translation>
    </message>
    <message>
        <source>Tracking id: {value}</source>
        <translation>ID de seguimiento: {value}</translation>
    </message>
    <message>
        <source>Network error: {value}</source>
        <translation>Error de red: {value}</translation>
    </message>
    <message>
        <source>Cause: {value}</source>
        <translation>Causa: {value}</translation>
    </message>
    <message>
        <source>Zoom refused the request</source>
        <translation>Zoom rechazó la solicitud</translation>
    </message>
    <message>
        <source>Zoom allows {limit} meeting creates/updates per host per day; {host} has reached it. You can try again after {time} ({utc} UTC).</source>
        <translation>Zoom permite {limit} creaciones/actualizaciones de reuniones por anfitrión al día; {host} ha alcanzado ese límite. Puede volver a intentarlo después de las {time} ({utc} UTC).</translation>
    </message>
    <message>
        <source>Field {field}: {message}</source>
        <translation>Campo {field}: {message}</translation>
    </message>
    <message>
        <source>Zoom doesn&apos;t know this host</source>
        <translation>Zoom no conoce a este anfitrión</translation>
    </message>
    <message>
        <source>Couldn&apos;t sign in to Zoom</source>
        <translation>No se pudo iniciar sesión en Zoom</translation>
    </message>
    <message>
        <source>Couldn&apos;t reach Zoom</source>
        <translation>No se pudo conectar con Zoom</translation>
    </message>
    <message>
        <source>The answer was not Zoom&apos;s: a proxy or a network sign-in page may be in the way. Try again in a moment.</source>
        <translation>La respuesta no era de Zoom: puede que un proxy o una página de inicio de sesión de la red se interponga. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Saving failed</source>
        <translation>Error al guardar</translation>
    </message>
    <message>
        <source>Loading the meeting failed unexpectedly</source>
        <translation>La carga de la reunión falló de forma inesperada</translation>
    </message>
    <message>
        <source>Saving failed unexpectedly</source>
        <translation>Error inesperado al guardar</translation>
    </message>
    <message>
        <source>Zoom allows {limit} meeting creates/updates per host per day; {host} has reached it. You can try again after {time} tomorrow ({utc} UTC).</source>
        <translation>Zoom permite {limit} creaciones/actualizaciones de reuniones por anfitrión al día; {host} ha alcanzado ese límite. Puede volver a intentarlo mañana después de las {time} ({utc} UTC).</translation>
    </message>
    <message>
        <source>Zoom allows {limit} meeting creates/updates per host per day; {host} has reached it. You can try again after {date} {time} ({utc} UTC).</source>
        <translation>Zoom permite {limit} creaciones/actualizaciones de reuniones por anfitrión al día; {host} ha alcanzado ese límite. Puede volver a intentarlo después del {date} {time} ({utc} UTC).</translation>
    </message>
    <message>
        <source>Zoom is busy, try again in a moment</source>
        <translation>Zoom está ocupado, vuelva a intentarlo en un momento</translation>
    </message>
    <message>
        <source>Zoom didn&apos;t accept the meeting</source>
        <translation>Zoom no aceptó la reunión</translation>
    </message>
    <message>
        <source>It may have been deleted elsewhere, or it has ended, so it is no longer in the list.</source>
        <translation>Es posible que se haya eliminado en otro lugar o que haya terminado, por lo que ya no está en la lista.</translation>
    </message>
    <message>
        <source>Zoom had a problem</source>
        <translation>Zoom tuvo un problema</translation>
    </message>
    <message>
        <source>Unexpected answer from Zoom</source>
        <translation>Respuesta inesperada de Zoom</translation>
    </message>
    <message>
        <source>This is a bug in zoomdesk.</source>
        <translation>Se trata de un error de zoomdesk.</translation>
    </message>
    <message>
        <source>Can&apos;t save: {problems}</source>
        <translation>No se puede guardar: {problems}</translation>
    </message>
    <message>
        <source>this host</source>
        <translation>este anfitrión</translation>
    </message>
    <message>
        <source>Daily limit reached</source>
        <translation>Límite diario alcanzado</translation>
    </message>
    <message>
        <source>Zoom turned the request away because too many arrived at once, even after waiting and retrying.</source>
        <translation>Zoom rechazó la solicitud porque llegaron demasiadas a la vez, incluso después de esperar y reintentar.</translation>
    </message>
    <message>
        <source>Fix the marked fields and save again.</source>
        <translation>Corrija los campos marcados y vuelva a guardar.</translation>
    </message>
    <message>
        <source>This meeting no longer exists</source>
        <translation>Esta reunión ya no existe</translation>
    </message>
    <message>
        <source>Zoom answered with a server error (HTTP {status}). Try again in a moment.</source>
        <translation>Zoom respondió con un error del servidor (HTTP {status}). Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>{problems}; and %n more</source>
        <translation>
            <numerusform>{problems}; y %n más</numerusform>
            <numerusform>{problems}; y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchedulerDiagnosis</name>
    <message>
        <source>This meeting does not take registrations</source>
        <translation>Esta reunión no admite registros</translation>
    </message>
    <message>
        <source>Registrants exist only for meetings with registration (approval type 0 or 1).</source>
        <translation>Los inscritos solo existen en reuniones con registro (approval type 0 o 1).</translation>
    </message>
    <message>
        <source>Turn registration on (zoomdesk meetings update ID --set approval_type=0), then retry.</source>
        <translation>Active el registro (zoomdesk meetings update ID --set approval_type=0) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Registrants can be added only to meetings with registration (approval type 0 or 1).</source>
        <translation>Solo se pueden añadir inscritos a reuniones con registro (approval type 0 o 1).</translation>
    </message>
    <message>
        <source>Zoom does not know this registrant</source>
        <translation>Zoom no conoce a este inscrito</translation>
    </message>
    <message>
        <source>The registrant was removed, or the ID or email belongs to another meeting.</source>
        <translation>El inscrito se quitó, o el ID o el correo pertenece a otra reunión.</translation>
    </message>
    <message>
        <source>List the registrants again (zoomdesk registrants list ID --status pending).</source>
        <translation>Vuelva a listar los inscritos (zoomdesk registrants list ID --status pending).</translation>
    </message>
    <message>
        <source>Zoom does not know one of these registrants</source>
        <translation>Zoom no conoce a uno de estos inscritos</translation>
    </message>
    <message>
        <source>Nothing was changed: Zoom refuses the whole batch when one registrant is unknown.</source>
        <translation>No se cambió nada: Zoom rechaza todo el lote cuando un inscrito es desconocido.</translation>
    </message>
    <message>
        <source>List the registrants again and retry with the ones that exist.</source>
        <translation>Vuelva a listar los inscritos y reintente con los que existen.</translation>
    </message>
    <message>
        <source>Zoom registers many at once only for one-time meetings</source>
        <translation>Zoom solo inscribe a varios a la vez en reuniones únicas</translation>
    </message>
    <message>
        <source>batch_registrants works for scheduled meetings (type 2) only.</source>
        <translation>batch_registrants solo funciona con reuniones programadas (type 2).</translation>
    </message>
    <message>
        <source>Add the registrants one by one (zoomdesk registrants import does this for you).</source>
        <translation>Añada los inscritos uno a uno (zoomdesk registrants import lo hace por usted).</translation>
    </message>
    <message>
        <source>The meeting is over, so no one can register</source>
        <translation>La reunión ya terminó, así que nadie puede registrarse</translation>
    </message>
    <message>
        <source>Zoom closes registration once a meeting has taken place.</source>
        <translation>Zoom cierra el registro una vez que la reunión ha tenido lugar.</translation>
    </message>
    <message>
        <source>Schedule a new meeting, or register people for a future occurrence.</source>
        <translation>Programe una nueva reunión o inscriba a las personas en una repetición futura.</translation>
    </message>
    <message>
        <source>The meeting has reached its attendee capacity</source>
        <translation>La reunión alcanzó su capacidad de participantes</translation>
    </message>
    <message>
        <source>Zoom allows as many registrants as the host&apos;s plan allows participants.</source>
        <translation>Zoom permite tantos inscritos como participantes permite el plan del anfitrión.</translation>
    </message>
    <message>
        <source>Remove registrants who will not come, or ask for a larger meeting capacity.</source>
        <translation>Quite a los inscritos que no vendrán o solicite una capacidad de reunión mayor.</translation>
    </message>
    <message>
        <source>Everything else keeps working without it; zoomdesk falls back to its own text or Zoom&apos;s documented defaults.</source>
        <translation>Todo lo demás sigue funcionando sin él; zoomdesk recurre a su propio texto o a los valores predeterminados documentados por Zoom.</translation>
    </message>
    <message>
        <source>Everything else keeps working without it.</source>
        <translation>Todo lo demás sigue funcionando sin él.</translation>
    </message>
    <message>
        <source>In the Zoom App Marketplace ▸ Manage ▸ your app ▸ Scopes, add the scope, save, then get a new token.</source>
        <translation>En Zoom App Marketplace ▸ Manage ▸ su aplicación ▸ Scopes, añada el ámbito (scope), guarde y obtenga un token nuevo.</translation>
    </message>
    <message>
        <source>To {operation}, add {scope}.</source>
        <translation>Para «{operation}», añada {scope}.</translation>
    </message>
    <message>
        <source>To {operation}, add {granular} (granular scopes) or {classic} (classic scopes).</source>
        <translation>Para «{operation}», añada {granular} (scopes granulares) o {classic} (scopes clásicos).</translation>
    </message>
    <message>
        <source>The app lacks the scope to {operation}</source>
        <translation>A la aplicación le falta el ámbito (scope) para «{operation}»</translation>
    </message>
</context>
<context>
    <name>Scopes</name>
    <message>
        <source>All scopes zoomdesk needs are granted.</source>
        <translation>Todos los ámbitos (scopes) que zoomdesk necesita están concedidos.</translation>
    </message>
    <message>
        <source>list users</source>
        <translation>listar usuarios</translation>
    </message>
    <message>
        <source>get user</source>
        <translation>obtener un usuario</translation>
    </message>
    <message>
        <source>list meetings</source>
        <translation>listar reuniones</translation>
    </message>
    <message>
        <source>get meeting</source>
        <translation>obtener una reunión</translation>
    </message>
    <message>
        <source>create meeting</source>
        <translation>crear una reunión</translation>
    </message>
    <message>
        <source>update meeting</source>
        <translation>modificar una reunión</translation>
    </message>
    <message>
        <source>delete meeting</source>
        <translation>eliminar una reunión</translation>
    </message>
    <message>
        <source>read host settings</source>
        <translation>leer la configuración del anfitrión</translation>
    </message>
    <message>
        <source>get invitation</source>
        <translation>obtener la invitación</translation>
    </message>
    <message>
        <source>list registrants</source>
        <translation>listar inscritos</translation>
    </message>
    <message>
        <source>add registrant</source>
        <translation>añadir un inscrito</translation>
    </message>
    <message>
        <source>approve or deny registrants</source>
        <translation>aprobar o rechazar inscritos</translation>
    </message>
    <message>
        <source>read registration questions</source>
        <translation>leer las preguntas de registro</translation>
    </message>
    <message>
        <source>remove registrant</source>
        <translation>quitar un inscrito</translation>
    </message>
    <message>
        <source>register many</source>
        <translation>inscribir a varios a la vez</translation>
    </message>
    <message>
        <source>list tracking fields</source>
        <translation>listar campos de seguimiento</translation>
    </message>
    <message>
        <source>Missing scopes: {scopes} (needed to {operations}).</source>
        <translation>Ámbitos (scopes) que faltan: {scopes} (necesarios para: {operations}).</translation>
    </message>
    <message>
        <source>Optional, needed only when used — {list}.</source>
        <translation>Opcionales, necesarios solo si se usan — {list}.</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>On Linux, install and unlock a Secret Service keyring (GNOME Keyring or KWallet); or pass the secret in the ZOOM_CLIENT_SECRET environment variable. zoomdesk never stores the secret in a file.</source>
        <translation>En Linux, instale y desbloquee un llavero de Secret Service (GNOME Keyring o KWallet), o pase el secreto en la variable de entorno ZOOM_CLIENT_SECRET. zoomdesk nunca guarda el secreto en un archivo.</translation>
    </message>
    <message>
        <source>No usable system keyring ({detail}).</source>
        <translation>No hay ningún llavero del sistema utilizable ({detail}).</translation>
    </message>
    <message>
        <source>No usable system keyring.</source>
        <translation>No hay ningún llavero del sistema utilizable.</translation>
    </message>
    <message>
        <source>The system keyring is locked or access was denied. Unlock it and retry.</source>
        <translation>El llavero del sistema está bloqueado o se denegó el acceso. Desbloquéelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The system keyring failed: {error}</source>
        <translation>El llavero del sistema falló: {error}</translation>
    </message>
    <message>
        <source>That secret is too long to store in the system keyring.</source>
        <translation>Ese secreto es demasiado largo para guardarlo en el llavero del sistema.</translation>
    </message>
    <message>
        <source>The system keyring did not answer within {seconds} s; it may be waiting for an unlock prompt. Unlock it and retry.</source>
        <translation>El llavero del sistema no respondió en {seconds} s; puede que esté esperando a que se desbloquee. Desbloquéelo y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>SessionLabel</name>
    <message>
        <source>Sandbox — not real Zoom</source>
        <translation>Entorno de pruebas — no es el Zoom real</translation>
    </message>
    <message>
        <source>Credentials from the environment</source>
        <translation>Credenciales del entorno</translation>
    </message>
    <message>
        <source>Profile: {profile} + environment</source>
        <translation>Perfil: {profile} + entorno</translation>
    </message>
    <message>
        <source>Profile: {profile}</source>
        <translation>Perfil: {profile}</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>No token yet</source>
        <translation>Aún no hay token</translation>
    </message>
    <message>
        <source>Token expired — renewed on the next request</source>
        <translation>Token caducado — se renovará en la próxima solicitud</translation>
    </message>
    <message>
        <source>Token valid &lt;1 min</source>
        <translation>Token válido &lt;1 min</translation>
    </message>
    <message>
        <source>{category}: {left} of {limit}</source>
        <translation>{category}: {left} de {limit}</translation>
    </message>
    <message>
        <source>Token valid {minutes} min</source>
        <translation>Token válido {minutes} min</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Progreso de la carga</translation>
    </message>
    <message>
        <source>Loading progress bar</source>
        <translation>Barra de progreso de la carga</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Access token state</source>
        <translation>Estado del token de acceso</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <source>Zoom requests left today</source>
        <translation>Solicitudes de Zoom restantes hoy</translation>
    </message>
    <message numerus="yes">
        <source>{count} meeting(s) · updated {time}</source>
        <translation>
            <numerusform>{count} reunión · actualizado: {time}</numerusform>
            <numerusform>{count} reuniones · actualizado: {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} meeting(s) · as of {time} — offline</source>
        <translation>
            <numerusform>{count} reunión · a las {time} — sin conexión</numerusform>
            <numerusform>{count} reuniones · a las {time} — sin conexión</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom&apos;s daily request limits are the whole account&apos;s, shared by every desktop and app on it (X-RateLimit-Remaining). They reset at 00:00 UTC.</source>
        <translation>Los límites diarios de solicitudes de Zoom son de toda la cuenta y los comparten todos los equipos y aplicaciones que la usan (X-RateLimit-Remaining). Se restablecen a las 00:00 UTC.</translation>
    </message>
    <message>
        <source>Loading… {loaded} of {total}+</source>
        <translation>Cargando… {loaded} de {total}+</translation>
    </message>
    <message>
        <source>Loading… {loaded} of {total}</source>
        <translation>Cargando… {loaded} de {total}</translation>
    </message>
    <message numerus="yes">
        <source>{count} meeting(s) · as of {time} — not updated</source>
        <translation>
            <numerusform>{count} reunión · a las {time} — sin actualizar</numerusform>
            <numerusform>{count} reuniones · a las {time} — sin actualizar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} meeting(s) · as of {time} — refreshing…</source>
        <translation>
            <numerusform>{count} reunión · a las {time} — actualizando…</numerusform>
            <numerusform>{count} reuniones · a las {time} — actualizando…</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Left today · {limits}</source>
        <translation>Restantes hoy · {limits}</translation>
    </message>
    <message>
        <source>Loading… {loaded}</source>
        <translation>Cargando… {loaded}</translation>
    </message>
</context>
<context>
    <name>TokenStatus</name>
    <message numerus="yes">
        <source>api_url: {api_url} · issued {time} (%n min ago) · lifetime {minutes} min · {type}</source>
        <translation>
            <numerusform>api_url: {api_url} · emitido a las {time} (hace %n min) · vigencia {minutes} min · {type}</numerusform>
            <numerusform>api_url: {api_url} · emitido a las {time} (hace %n min) · vigencia {minutes} min · {type}</numerusform>
        </translation>
    </message>
    <message>
        <source>api_url: {api_url} · issued {time} (just now) · lifetime {minutes} min · {type}</source>
        <translation>api_url: {api_url} · emitido a las {time} (ahora mismo) · vigencia {minutes} min · {type}</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>Access token status</source>
        <translation>Estado del token de acceso</translation>
    </message>
    <message>
        <source>Token state and expiry</source>
        <translation>Estado y vencimiento del token</translation>
    </message>
    <message>
        <source>Token details</source>
        <translation>Detalles del token</translation>
    </message>
    <message>
        <source>Granted scopes</source>
        <translation>Ámbitos (scopes) concedidos</translation>
    </message>
    <message>
        <source>Missing scopes</source>
        <translation>Ámbitos (scopes) que faltan</translation>
    </message>
    <message>
        <source>Token request outcome</source>
        <translation>Resultado de la solicitud de token</translation>
    </message>
    <message>
        <source>Get a new &amp;token</source>
        <translation>Obtener un nuevo &amp;token</translation>
    </message>
    <message>
        <source>Get a new token</source>
        <translation>Obtener un nuevo token</translation>
    </message>
    <message>
        <source>Ask Zoom for a new access token</source>
        <translation>Pedir a Zoom un nuevo token de acceso</translation>
    </message>
    <message>
        <source>Rev&amp;eal…</source>
        <translation>Re&amp;velar…</translation>
    </message>
    <message>
        <source>Reveal a secret</source>
        <translation>Revelar un secreto</translation>
    </message>
    <message>
        <source>Client secret…</source>
        <translation>Secreto de cliente…</translation>
    </message>
    <message>
        <source>Access token…</source>
        <translation>Token de acceso…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Scopes ({count}, classic): {names}</source>
        <translation>Ámbitos ({count}, clásicos): {names}</translation>
    </message>
    <message>
        <source>Scopes ({count}, granular): {names}</source>
        <translation>Ámbitos ({count}, granulares): {names}</translation>
    </message>
    <message>
        <source>Asking Zoom for a new token…</source>
        <translation>Pidiendo a Zoom un nuevo token…</translation>
    </message>
    <message>
        <source>Not connected: no credentials in use.</source>
        <translation>Sin conexión: no se usan credenciales.</translation>
    </message>
    <message>
        <source>No token yet: one is requested with the first call.</source>
        <translation>Todavía no hay token: se solicita con la primera llamada.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Expired&lt;/b&gt; — the next call gets a new one</source>
        <translation>&lt;b&gt;Vencido&lt;/b&gt; — la próxima llamada obtiene uno nuevo</translation>
    </message>
    <message>
        <source>Nothing missing for what zoomdesk does.</source>
        <translation>No falta nada para lo que hace zoomdesk.</translation>
    </message>
    <message>
        <source>Got a new token.</source>
        <translation>Se obtuvo un nuevo token.</translation>
    </message>
    <message>
        <source>{problem} The exchange is in the list, with its diagnosis.</source>
        <translation>{problem} El intercambio está en la lista, con su diagnóstico.</translation>
    </message>
    <message>
        <source>Token URL: {url} · client ID {client_id} · account {account_id}</source>
        <translation>URL del token: {url} · ID de cliente {client_id} · cuenta {account_id}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Valid&lt;/b&gt; — expires in {countdown} (at {time})</source>
        <translation>&lt;b&gt;Válido&lt;/b&gt; — vence en {countdown} (a las {time})</translation>
    </message>
    <message>
        <source>(none: https://api.zoom.us)</source>
        <translation>(ninguna: https://api.zoom.us)</translation>
    </message>
    <message>
        <source>{scopes} (to {operation})</source>
        <translation>{scopes} (para: {operation})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Missing:&lt;/b&gt; {scopes}</source>
        <translation>&lt;b&gt;Faltan:&lt;/b&gt; {scopes}</translation>
    </message>
</context>
<context>
    <name>Tokens</name>
    <message>
        <source>the token endpoint did not return JSON</source>
        <translation>el endpoint de tokens no devolvió JSON</translation>
    </message>
    <message>
        <source>the token response lacks access_token or expires_in</source>
        <translation>a la respuesta del token le falta access_token o expires_in</translation>
    </message>
</context>
<context>
    <name>TrackingRows</name>
    <message>
        <source>Tracking fields</source>
        <translation>Campos de seguimiento</translation>
    </message>
    <message>
        <source>Not shown to participants.</source>
        <translation>No se muestra a los participantes.</translation>
    </message>
    <message>
        <source>Required by the account: Zoom&apos;s web portal asks for it.</source>
        <translation>Obligatorio para la cuenta: el portal web de Zoom lo solicita.</translation>
    </message>
    <message>
        <source>{field} is required by the account.</source>
        <translation>{field} es obligatorio para la cuenta.</translation>
    </message>
    <message>
        <source>Recommended values; you may type another.</source>
        <translation>Valores recomendados; puede escribir otro.</translation>
    </message>
    <message>
        <source>Type a value for this field.</source>
        <translation>Escriba un valor para este campo.</translation>
    </message>
    <message>
        <source>Required by the account</source>
        <translation>Obligatorio para la cuenta</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <source>the host name could not be resolved; check the network and the base URL</source>
        <translation>no se pudo resolver el nombre de host; compruebe la red y la URL base</translation>
    </message>
    <message>
        <source>the server&apos;s TLS certificate was not trusted; a proxy may be re-signing traffic with a CA that is not in the system&apos;s trust store</source>
        <translation>no se confió en el certificado TLS del servidor; puede que un proxy vuelva a firmar el tráfico con una CA que no está en el almacén de confianza del sistema</translation>
    </message>
    <message>
        <source>the proxy refused or failed the connection; check HTTPS_PROXY/NO_PROXY</source>
        <translation>el proxy rechazó la conexión o falló; compruebe HTTPS_PROXY/NO_PROXY</translation>
    </message>
    <message>
        <source>nothing is listening at that address</source>
        <translation>no hay nada escuchando en esa dirección</translation>
    </message>
</context>
<context>
    <name>WallClock</name>
    <message>
        <source>{time} on {date} happens twice in {zone} (the clocks go back); the first is used ({first}), not the second ({second}).</source>
        <translation>Las {time} del {date} ocurren dos veces en {zone} (se atrasan los relojes); se usa la primera ({first}), no la segunda ({second}).</translation>
    </message>
    <message>
        <source>{time} on {date} does not exist in {zone}: the clocks go forward from {skipped} to {new} that day ({old_offset} to {new_offset}). Choose another time.</source>
        <translation>Las {time} del {date} no existen en {zone}: ese día los relojes se adelantan de {skipped} a {new} ({old_offset} a {new_offset}). Elija otra hora.</translation>
    </message>
    <message>
        <source>The year must be between {low} and {high}.</source>
        <translation>El año debe estar entre {low} y {high}.</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Explore with the sandbox</source>
        <translation>Explorar con el entorno de pruebas</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Welcome to zoomdesk</source>
        <translation>Le damos la bienvenida a zoomdesk</translation>
    </message>
    <message>
        <source>Schedule, edit and tidy up your organisation&apos;s Zoom meetings from the desktop. zoomdesk connects through a Server-to-Server OAuth app that your Zoom admin creates in the Zoom App Marketplace.</source>
        <translation>Programe, edite y ordene las reuniones de Zoom de su organización desde el escritorio. zoomdesk se conecta mediante una aplicación OAuth Server-to-Server que el administrador de Zoom crea en el Zoom App Marketplace.</translation>
    </message>
    <message>
        <source>Connect to Zoom…</source>
        <translation>Conectarse a Zoom…</translation>
    </message>
    <message>
        <source>Connect to Zoom</source>
        <translation>Conectarse a Zoom</translation>
    </message>
    <message>
        <source>Enter the account ID, client ID and client secret of your Zoom app</source>
        <translation>Introducir el ID de cuenta, el ID de cliente y el secreto de cliente de su aplicación de Zoom</translation>
    </message>
    <message>
        <source>Try zoomdesk against a built-in simulation; not real Zoom</source>
        <translation>Probar zoomdesk con una simulación integrada; no es el Zoom real</translation>
    </message>
    <message>
        <source>A built-in simulation of Zoom with sample users and meetings. Not real Zoom: nothing you do there reaches your account.</source>
        <translation>Una simulación integrada de Zoom con usuarios y reuniones de ejemplo. No es el Zoom real: nada de lo que haga allí llega a su cuenta.</translation>
    </message>
    <message>
        <source>You need the account ID, client ID and client secret.</source>
        <translation>Necesita el ID de cuenta, el ID de cliente y el secreto de cliente.</translation>
    </message>
</context>
<context>
    <name>ZonePicker</name>
    <message>
        <source>“{zone}” is always {offset}: it ignores daylight saving time, so the meeting moves by an hour for places that change their clocks. Choose a place instead (type a city, such as New York).</source>
        <translation>«{zone}» es siempre {offset}: ignora el horario de verano, por lo que la reunión se desplaza una hora en los lugares que cambian la hora. Elija mejor un lugar (escriba una ciudad, como Madrid).</translation>
    </message>
</context>
</TS>
