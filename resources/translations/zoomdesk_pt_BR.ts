<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Schedule and edit Zoom meetings from the desktop through a Server-to-Server OAuth app.</source>
        <translation>Agende e edite reuniões Zoom pelo computador por meio de um aplicativo OAuth Server-to-Server.</translation>
    </message>
    <message>
        <source>About zoomdesk</source>
        <translation>Sobre o zoomdesk</translation>
    </message>
    <message>
        <source>Settings: {folder}</source>
        <translation>Configurações: {folder}</translation>
    </message>
    <message>
        <source>Logs: {file}</source>
        <translation>Logs: {file}</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nova reunião…</translation>
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
        <translation>E&amp;xcluir…</translation>
    </message>
    <message>
        <source>Copy join &amp;link</source>
        <translation>Copiar &amp;link de ingresso</translation>
    </message>
    <message>
        <source>Copy &amp;invitation</source>
        <translation>Copiar &amp;convite</translation>
    </message>
    <message>
        <source>&amp;Save as calendar file (.ics)…</source>
        <translation>&amp;Salvar como arquivo de calendário (.ics)…</translation>
    </message>
    <message>
        <source>Re&amp;gistrants…</source>
        <translation>&amp;Inscritos…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Localizar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pr&amp;eferências…</translation>
    </message>
    <message>
        <source>&amp;About zoomdesk</source>
        <translation>&amp;Sobre o zoomdesk</translation>
    </message>
    <message>
        <source>&amp;Add profile…</source>
        <translation>&amp;Adicionar perfil…</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>&amp;Editar perfil…</translation>
    </message>
    <message>
        <source>&amp;Remove profile…</source>
        <translation>&amp;Remover perfil…</translation>
    </message>
    <message>
        <source>Schedule a new meeting</source>
        <translation>Agendar uma nova reunião</translation>
    </message>
    <message>
        <source>Open the selected meeting (Enter)</source>
        <translation>Abrir a reunião selecionada (Enter)</translation>
    </message>
    <message>
        <source>A new meeting like this one</source>
        <translation>Uma nova reunião como esta</translation>
    </message>
    <message>
        <source>Delete the selected meeting</source>
        <translation>Excluir a reunião selecionada</translation>
    </message>
    <message>
        <source>Copy the join link</source>
        <translation>Copiar o link de ingresso</translation>
    </message>
    <message>
        <source>Copy the invitation text to paste in an email</source>
        <translation>Copiar o texto do convite para colar em um e-mail</translation>
    </message>
    <message>
        <source>Save the meeting as an iCalendar file for Outlook, Google or Apple Calendar</source>
        <translation>Salvar a reunião como arquivo iCalendar para Outlook, Google ou Apple Calendar</translation>
    </message>
    <message>
        <source>Approve, deny, add and import the people registered for the selected meeting</source>
        <translation>Aprovar, recusar, adicionar e importar os inscritos na reunião selecionada</translation>
    </message>
    <message>
        <source>Reload the list (F5)</source>
        <translation>Recarregar a lista (F5)</translation>
    </message>
    <message>
        <source>Connect to a Zoom account</source>
        <translation>Conectar a uma conta Zoom</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Saving the form&apos;s recovery copy</source>
        <translation>Gravação da cópia de recuperação do formulário</translation>
    </message>
    <message>
        <source>The recovery copy of this form could not be saved.</source>
        <translation>Não foi possível salvar a cópia de recuperação deste formulário.</translation>
    </message>
</context>
<context>
    <name>Banners</name>
    <message>
        <source>Sandbox — not real Zoom.</source>
        <translation>Sandbox — não é o Zoom real.</translation>
    </message>
    <message>
        <source>The users and meetings here are simulated on this computer: nothing you create, change or delete reaches Zoom, and it is all gone when zoomdesk closes.</source>
        <translation>Os usuários e as reuniões daqui são simulados neste computador: nada do que você criar, alterar ou excluir chega ao Zoom, e tudo some quando o zoomdesk é fechado.</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Detalhes…</translation>
    </message>
    <message>
        <source>Show error details</source>
        <translation>Mostrar detalhes do erro</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Dispensar a mensagem</translation>
    </message>
    <message>
        <source>Details — zoomdesk</source>
        <translation>Detalhes — zoomdesk</translation>
    </message>
    <message>
        <source>Sandbox — not real Zoom</source>
        <translation>Sandbox — não é o Zoom real</translation>
    </message>
</context>
<context>
    <name>Bulk</name>
    <message>
        <source>{value} is not a date and time like 2027-01-31 09:30 (YYYY-MM-DD HH:MM).</source>
        <translation>{value} não é uma data e hora como 2027-01-31 09:30 (AAAA-MM-DD HH:MM).</translation>
    </message>
    <message>
        <source>{value} is not a meeting type: use one-time, recurring or no-fixed-time.</source>
        <translation>{value} não é um tipo de reunião: use one-time, recurring ou no-fixed-time.</translation>
    </message>
    <message>
        <source>{value} is not a weekday (Mon, Tue, … or 1 = Sun to 7 = Sat).</source>
        <translation>{value} não é um dia da semana (Mon, Tue, … ou 1 = domingo a 7 = sábado).</translation>
    </message>
    <message>
        <source>The type is {type}, which does not repeat.</source>
        <translation>O tipo é {type}, que não se repete.</translation>
    </message>
    <message>
        <source>{value} is not a real date and time.</source>
        <translation>{value} não é uma data e hora válidas.</translation>
    </message>
    <message>
        <source>repeat is {value}: use daily, weekly or monthly.</source>
        <translation>repeat é {value}: use daily, weekly ou monthly.</translation>
    </message>
    <message>
        <source>the column {name} appears twice</source>
        <translation>a coluna {name} aparece duas vezes</translation>
    </message>
    <message>
        <source>unknown column {name} (did you mean {names}?)</source>
        <translation>coluna desconhecida {name} (você quis dizer {names}?)</translation>
    </message>
    <message>
        <source>the column &apos;host&apos; is missing (each row needs its host)</source>
        <translation>a coluna &apos;host&apos; está faltando (cada linha precisa do seu anfitrião)</translation>
    </message>
    <message>
        <source>Enter the host: an email address or a Zoom user ID.</source>
        <translation>Informe o anfitrião: um endereço de e-mail ou um ID de usuário do Zoom.</translation>
    </message>
    <message>
        <source>{value} is not a meeting ID (digits only).</source>
        <translation>{value} não é um ID da reunião (somente dígitos).</translation>
    </message>
    <message>
        <source>Unknown time zone {value}; use an IANA name like Europe/Berlin.</source>
        <translation>Fuso horário desconhecido {value}; use um nome IANA como Europe/Berlin.</translation>
    </message>
    <message>
        <source>{value}: the year must be between {low} and {high}.</source>
        <translation>{value}: o ano deve estar entre {low} e {high}.</translation>
    </message>
    <message>
        <source>{value} is not a whole number ({column}).</source>
        <translation>{value} não é um número inteiro ({column}).</translation>
    </message>
    <message>
        <source>repeat is empty: use daily, weekly or monthly.</source>
        <translation>repeat está vazio: use daily, weekly ou monthly.</translation>
    </message>
    <message>
        <source>{value} is not a date like 2027-06-30.</source>
        <translation>{value} não é uma data como 2027-06-30.</translation>
    </message>
    <message>
        <source>unknown column {name}</source>
        <translation>coluna desconhecida {name}</translation>
    </message>
    <message>
        <source>{name} has no header row (the first line is empty)</source>
        <translation>{name} não tem linha de cabeçalho (a primeira linha está vazia)</translation>
    </message>
    <message>
        <source>cannot read {path}: {error}</source>
        <translation>não é possível ler {path}: {error}</translation>
    </message>
    <message>
        <source>{name} is not a readable CSV file: {error}</source>
        <translation>{name} não é um arquivo CSV legível: {error}</translation>
    </message>
    <message>
        <source>line {line} has {cells} cells but the header has {columns} columns (a cell with a separator in it needs quotes)</source>
        <translation>a linha {line} tem {cells} células, mas o cabeçalho tem {columns} colunas (uma célula com um separador precisa de aspas)</translation>
    </message>
    <message>
        <source>{rows} rows: {create} to create, {update} to update, {check} to check first (an earlier create&apos;s outcome was unknown), {skip} already done, {invalid} with problems.</source>
        <translation>{rows} linhas: {create} para criar, {update} para atualizar, {check} para verificar primeiro (o resultado de uma criação anterior era desconhecido), {skip} já feitas, {invalid} com problemas.</translation>
    </message>
    <message>
        <source>{count} wait until after {time} UTC (lines {lines})</source>
        <translation>{count} aguardam até depois de {time} UTC (linhas {lines})</translation>
    </message>
    <message>
        <source>{host}: {sends} to send; {used} of {limit} requests used today, {left} left; {waits}.</source>
        <translation>{host}: {sends} a enviar; {used} de {limit} requisições usadas hoje, restam {left}; {waits}.</translation>
    </message>
    <message>
        <source>{host}: {sends} to send; {used} of {limit} requests used today, {left} left.</source>
        <translation>{host}: {sends} a enviar; {used} de {limit} requisições usadas hoje, restam {left}.</translation>
    </message>
    <message>
        <source>No active user {host} in this account.</source>
        <translation>Nenhum usuário ativo {host} nesta conta.</translation>
    </message>
    <message>
        <source>Same meeting ID as line {line}: it would be sent twice.</source>
        <translation>Mesmo ID da reunião da linha {line}: ela seria enviada duas vezes.</translation>
    </message>
    <message>
        <source>Same host, topic and start as line {line}: it would be sent twice.</source>
        <translation>Mesmo anfitrião, tópico e início da linha {line}: ela seria enviada duas vezes.</translation>
    </message>
    <message>
        <source>No active user {host} in this account. Did you mean {names}?</source>
        <translation>Nenhum usuário ativo {host} nesta conta. Você quis dizer {names}?</translation>
    </message>
    <message>
        <source>Another import is writing {name} right now; wait for it to finish (two at once could create the same meeting twice).</source>
        <translation>Outra importação está gravando {name} agora; aguarde até que termine (duas ao mesmo tempo poderiam criar a mesma reunião duas vezes).</translation>
    </message>
    <message>
        <source>waits for the host&apos;s daily limit (Zoom): run the import again after {time} UTC</source>
        <translation>aguarda o limite diário do anfitrião (Zoom): execute a importação novamente depois de {time} UTC</translation>
    </message>
    <message>
        <source>waits for the host&apos;s daily limit (the plan): run the import again after {time} UTC</source>
        <translation>aguarda o limite diário do anfitrião (o plano): execute a importação novamente depois de {time} UTC</translation>
    </message>
    <message>
        <source>refused (429)</source>
        <translation>recusado (429)</translation>
    </message>
    <message>
        <source>stopped while in flight</source>
        <translation>interrompido durante o envio</translation>
    </message>
    <message>
        <source>No meeting {meeting_id}.</source>
        <translation>Nenhuma reunião {meeting_id}.</translation>
    </message>
    <message>
        <source>created before as meeting {meeting_id}; this row has changed since: to change the meeting, put its ID in meeting_id</source>
        <translation>já criada como reunião {meeting_id}; esta linha mudou desde então: para alterar a reunião, coloque o ID dela em meeting_id</translation>
    </message>
    <message>
        <source>unexpected error: {error}</source>
        <translation>erro inesperado: {error}</translation>
    </message>
    <message>
        <source>cancelled before it was sent</source>
        <translation>cancelado antes do envio</translation>
    </message>
</context>
<context>
    <name>BulkMenu</name>
    <message>
        <source>Export meetings — zoomdesk</source>
        <translation>Exportar reuniões — zoomdesk</translation>
    </message>
    <message>
        <source>&amp;Import meetings…</source>
        <translation>&amp;Importar reuniões…</translation>
    </message>
    <message>
        <source>Create or update many meetings from a spreadsheet</source>
        <translation>Criar ou atualizar muitas reuniões a partir de uma planilha</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Save the meetings in the list as a spreadsheet (CSV)</source>
        <translation>Salvar as reuniões da lista como planilha (CSV)</translation>
    </message>
    <message>
        <source>Connect to a Zoom account first.</source>
        <translation>Conecte-se primeiro a uma conta do Zoom.</translation>
    </message>
    <message>
        <source>The list is empty: nothing to export</source>
        <translation>A lista está vazia: nada a exportar</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Exporting the list</source>
        <translation>Exportação da lista</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n meeting(s) to {file}</source>
        <translation>
            <numerusform>%n reunião exportada para {file}</numerusform>
            <numerusform>%n reuniões exportadas para {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>{task} failed: {error}</source>
        <translation>{task} falhou: {error}</translation>
    </message>
</context>
<context>
    <name>BulkPreview</name>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Check, then create</source>
        <translation>Verificar e criar</translation>
    </message>
    <message>
        <source>Done before</source>
        <translation>Já concluída</translation>
    </message>
    <message>
        <source>Fix the file</source>
        <translation>Corrigir o arquivo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Will</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Incluída</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Excluída</translation>
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
        <translation>Linha {line}, {column}: {problem}</translation>
    </message>
    <message>
        <source>Choose a spreadsheet — zoomdesk</source>
        <translation>Escolher uma planilha — zoomdesk</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Leitura do arquivo</translation>
    </message>
    <message>
        <source>Importing meetings</source>
        <translation>Importação de reuniões</translation>
    </message>
    <message>
        <source>Line {line}: {outcome}</source>
        <translation>Linha {line}: {outcome}</translation>
    </message>
    <message numerus="yes">
        <source>{finished} of %n row(s): {counts}.</source>
        <translation>
            <numerusform>{finished} de %n linha: {counts}.</numerusform>
            <numerusform>{finished} de %n linhas: {counts}.</numerusform>
        </translation>
    </message>
    <message>
        <source>left out (unticked)</source>
        <translation>excluída (desmarcada)</translation>
    </message>
    <message>
        <source>Import meetings — zoomdesk</source>
        <translation>Importar reuniões — zoomdesk</translation>
    </message>
    <message>
        <source>Import meetings</source>
        <translation>Importar reuniões</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Voltar</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Avançar &gt;</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Arquivo a importar</translation>
    </message>
    <message>
        <source>term.csv</source>
        <translation>semestre.csv</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Linhas do arquivo</translation>
    </message>
    <message>
        <source>&amp;Reload the file</source>
        <translation>&amp;Recarregar o arquivo</translation>
    </message>
    <message>
        <source>Read the file again after fixing it in your spreadsheet</source>
        <translation>Ler o arquivo de novo depois de corrigi-lo na sua planilha</translation>
    </message>
    <message>
        <source>Problems of the selected row</source>
        <translation>Problemas da linha selecionada</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>O plano</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progresso da importação</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <source>Send nothing more; what is already on its way finishes</source>
        <translation>Não enviar mais nada; o que já está a caminho termina</translation>
    </message>
    <message>
        <source>Rows as they complete</source>
        <translation>Linhas à medida que terminam</translation>
    </message>
    <message>
        <source>Rows not done</source>
        <translation>Linhas não concluídas</translation>
    </message>
    <message>
        <source>&amp;Open results file</source>
        <translation>Abrir arquivo de &amp;resultados</translation>
    </message>
    <message>
        <source>Show in &amp;list</source>
        <translation>Mostrar na &amp;lista</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Stopping: what is on its way finishes, nothing more is sent.</source>
        <translation>Parando: o que está a caminho termina, nada mais é enviado.</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(e mais %n)</numerusform>
            <numerusform>(e mais %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>What will be sent, host by host:</source>
        <translation>O que será enviado, anfitrião por anfitrião:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Rows in {file}: {rows}.</source>
        <translation>Linhas em {file}: {rows}.</translation>
    </message>
    <message>
        <source>Choose a spreadsheet saved as CSV (UTF-8, comma or semicolon). Each row creates a meeting, or updates one when it has a {meeting_id}. Nothing is sent until you have seen the plan. The format: {doc}.</source>
        <translation>Escolha uma planilha salva como CSV (UTF-8, vírgula ou ponto e vírgula). Cada linha cria uma reunião, ou atualiza uma quando tem um {meeting_id}. Nada é enviado antes de você ver o plano. O formato: {doc}.</translation>
    </message>
    <message>
        <source>Left out (unticked): lines {lines}.</source>
        <translation>Excluídas (desmarcadas): linhas {lines}.</translation>
    </message>
    <message>
        <source>{summary}. Every row&apos;s outcome is in {file}; importing the same file again resumes (done rows are skipped, nothing is created twice).</source>
        <translation>{summary}. O resultado de cada linha está em {file}; importar o mesmo arquivo de novo retoma a importação (as linhas concluídas são ignoradas, nada é criado duas vezes).</translation>
    </message>
    <message>
        <source>{task} failed: {error}</source>
        <translation>{task} falhou: {error}</translation>
    </message>
    <message>
        <source>Rows with problems: {count}, marked in red (select a row or point at a cell to read why). Fix the file and reload, or untick those rows.</source>
        <translation>Linhas com problemas: {count}, marcadas em vermelho (selecione uma linha ou aponte para uma célula para ler o motivo). Corrija o arquivo e recarregue, ou desmarque essas linhas.</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Nada a fazer</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n concluída</numerusform>
            <numerusform>%n concluídas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n com falha</numerusform>
            <numerusform>%n com falha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with outcome unknown</source>
        <translation>
            <numerusform>%n com resultado desconhecido</numerusform>
            <numerusform>%n com resultado desconhecido</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for the daily limit</source>
        <translation>
            <numerusform>%n aguardando o limite diário</numerusform>
            <numerusform>%n aguardando o limite diário</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n não enviada</numerusform>
            <numerusform>%n não enviadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems</source>
        <translation>
            <numerusform>%n com problemas</numerusform>
            <numerusform>%n com problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation>concluída</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>com falha</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>resultado desconhecido</translation>
    </message>
    <message>
        <source>waiting for the daily limit</source>
        <translation>aguardando o limite diário</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>não enviada</translation>
    </message>
    <message>
        <source>with problems</source>
        <translation>com problemas</translation>
    </message>
    <message>
        <source>created meeting {id}</source>
        <translation>reunião {id} criada</translation>
    </message>
    <message>
        <source>{status}: {error}</source>
        <translation>{status}: {error}</translation>
    </message>
    <message>
        <source>updated meeting {id}</source>
        <translation>reunião {id} atualizada</translation>
    </message>
    <message>
        <source>unchanged: meeting {id}</source>
        <translation>sem alterações: reunião {id}</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>No fixed time</source>
        <translation>Sem horário fixo</translation>
    </message>
</context>
<context>
    <name>CalendarControls</name>
    <message>
        <source>All hosts</source>
        <translation>Todos os anfitriões</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>Work week</source>
        <translation>Semana útil</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Período anterior</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoje</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>Ir para hoje (T)</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Próximo período</translation>
    </message>
    <message>
        <source>Shown period</source>
        <translation>Período exibido</translation>
    </message>
    <message>
        <source>Calendar view</source>
        <translation>Visualização do calendário</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Anfitriões</translation>
    </message>
    <message>
        <source>Hosts shown</source>
        <translation>Anfitriões exibidos</translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation>&amp;Lado a lado</translation>
    </message>
    <message>
        <source>One lane per host (otherwise one colour and name per host)</source>
        <translation>Uma coluna por anfitrião (caso contrário, uma cor e um nome por anfitrião)</translation>
    </message>
    <message>
        <source>Concurrent meetings allowed</source>
        <translation>Reuniões simultâneas permitidas</translation>
    </message>
    <message>
        <source>The account has Zoom&apos;s concurrent-meetings add-on: a host&apos;s overlapping meetings are shown as information, not as a conflict</source>
        <translation>A conta tem o complemento de reuniões simultâneas do Zoom: as reuniões sobrepostas de um anfitrião aparecem como informação, não como conflito</translation>
    </message>
    <message>
        <source>Shorter hours</source>
        <translation>Reduzir as horas</translation>
    </message>
    <message>
        <source>Taller hours</source>
        <translation>Ampliar as horas</translation>
    </message>
    <message>
        <source>Anytime:</source>
        <translation>A qualquer hora:</translation>
    </message>
    <message>
        <source>Meetings without a fixed time</source>
        <translation>Reuniões sem horário fixo</translation>
    </message>
    <message>
        <source>Previous ({key})</source>
        <translation>Anterior ({key})</translation>
    </message>
    <message>
        <source>Next ({key})</source>
        <translation>Próximo ({key})</translation>
    </message>
    <message>
        <source>Shorter hours ({key})</source>
        <translation>Reduzir as horas ({key})</translation>
    </message>
    <message>
        <source>Taller hours ({key})</source>
        <translation>Ampliar as horas ({key})</translation>
    </message>
</context>
<context>
    <name>CalendarDrag</name>
    <message>
        <source>Recurring meeting — zoomdesk</source>
        <translation>Reunião recorrente — zoomdesk</translation>
    </message>
    <message>
        <source>This &amp;occurrence</source>
        <translation>Esta &amp;ocorrência</translation>
    </message>
    <message>
        <source>The whole &amp;series</source>
        <translation>Toda a &amp;série</translation>
    </message>
    <message>
        <source>Opening “{topic}”</source>
        <translation>Abrindo “{topic}”</translation>
    </message>
    <message>
        <source>“{topic}” repeats. Change this occurrence or the series?</source>
        <translation>“{topic}” se repete. Alterar esta ocorrência ou a série inteira?</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Calendar</source>
        <translation>Calendário</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Calendário</translation>
    </message>
    <message>
        <source>Show the meetings on a calendar ({key})</source>
        <translation>Mostrar as reuniões em um calendário ({key})</translation>
    </message>
    <message>
        <source>No meeting selected</source>
        <translation>Nenhuma reunião selecionada</translation>
    </message>
    <message>
        <source>Checking for overlaps</source>
        <translation>Verificação de sobreposições</translation>
    </message>
    <message>
        <source>Reading recurring meetings&apos; occurrences</source>
        <translation>Leitura das ocorrências das reuniões recorrentes</translation>
    </message>
    <message>
        <source>{start}–{end} (your time)</source>
        <translation>{start}–{end} (seu horário)</translation>
    </message>
    <message>
        <source>Runs at the same time as “{topic}” ({day}, {start}–{end})</source>
        <translation>Acontece ao mesmo tempo que “{topic}” ({day}, {start}–{end})</translation>
    </message>
    <message>
        <source>Overlaps “{topic}” ({day}, {start}–{end})</source>
        <translation>Sobrepõe-se a “{topic}” ({day}, {start}–{end})</translation>
    </message>
    <message>
        <source>One occurrence of a recurring meeting</source>
        <translation>Uma ocorrência de uma reunião recorrente</translation>
    </message>
    <message>
        <source>Host: {host}</source>
        <translation>Anfitrião: {host}</translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <source>{request} returned an HTML page instead of Zoom&apos;s 204, not Zoom&apos;s answer; a proxy or captive portal may be in the way, so the change is not confirmed</source>
        <translation>{request} retornou uma página HTML em vez do 204 do Zoom, não a resposta do Zoom; um proxy ou portal cativo pode estar no caminho, então a alteração não está confirmada</translation>
    </message>
    <message numerus="yes">
        <source>{request} returned %n byte(s) ({type}) instead of Zoom&apos;s 204, not Zoom&apos;s answer; a proxy or captive portal may be in the way, so the change is not confirmed</source>
        <translation>
            <numerusform>{request} retornou %n byte ({type}) em vez do 204 do Zoom, não a resposta do Zoom; um proxy ou portal cativo pode estar no caminho, então a alteração não está confirmada</numerusform>
            <numerusform>{request} retornou %n bytes ({type}) em vez do 204 do Zoom, não a resposta do Zoom; um proxy ou portal cativo pode estar no caminho, então a alteração não está confirmada</numerusform>
        </translation>
    </message>
    <message>
        <source>an ID in the request path is empty</source>
        <translation>um ID no caminho da requisição está vazio</translation>
    </message>
    <message numerus="yes">
        <source>{request} returned a body that is not valid JSON ({type}, %n byte(s)); it may have been cut off</source>
        <translation>
            <numerusform>{request} retornou um corpo que não é JSON válido ({type}, %n byte); ele pode ter sido cortado</numerusform>
            <numerusform>{request} retornou um corpo que não é JSON válido ({type}, %n bytes); ele pode ter sido cortado</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate limit reached</source>
        <translation>Limite de taxa atingido</translation>
    </message>
    <message>
        <source>is empty; leave it out to change the whole series</source>
        <translation>está vazio; omita-o para alterar a série inteira</translation>
    </message>
    <message>
        <source>{request} returned an HTML page, not Zoom&apos;s JSON; a proxy or captive portal may be in the way</source>
        <translation>{request} retornou uma página HTML, não o JSON do Zoom; um proxy ou portal cativo pode estar no caminho</translation>
    </message>
    <message>
        <source>{request} returned a non-JSON body ({type}), not Zoom&apos;s JSON; a proxy or captive portal may be in the way</source>
        <translation>{request} retornou um corpo que não é JSON ({type}), não o JSON do Zoom; um proxy ou portal cativo pode estar no caminho</translation>
    </message>
    <message>
        <source>interrupted before Zoom&apos;s answer was read ({error})</source>
        <translation>interrompido antes de a resposta do Zoom ser lida ({error})</translation>
    </message>
    <message>
        <source>{what} did not hold the object Zoom documents ({error})</source>
        <translation>{what} não continha o objeto que o Zoom documenta ({error})</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>overlaps “{topic}” ({meeting_id}, occurrence {occurrence_id}) {start}–{end} UTC on {date}</source>
        <translation>sobrepõe-se a “{topic}” ({meeting_id}, ocorrência {occurrence_id}) em {date}, {start}–{end} UTC</translation>
    </message>
    <message>
        <source>overlaps “{topic}” ({meeting_id}) {start}–{end} UTC on {date}</source>
        <translation>sobrepõe-se a “{topic}” ({meeting_id}) em {date}, {start}–{end} UTC</translation>
    </message>
</context>
<context>
    <name>ConnectionReport</name>
    <message>
        <source>Enter a full URL, like https://zoom.us.</source>
        <translation>Informe uma URL completa, como https://zoom.us.</translation>
    </message>
    <message>
        <source>Use https:// (plain http is only allowed for this computer).</source>
        <translation>Use https:// (http simples só é permitido para este computador).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message numerus="yes">
        <source>Connected. Zoom issued an access token valid for %n minute(s).</source>
        <translation>
            <numerusform>Conectado. O Zoom emitiu um token de acesso válido por %n minuto.</numerusform>
            <numerusform>Conectado. O Zoom emitiu um token de acesso válido por %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom refused: {explanation}</source>
        <translation>O Zoom recusou: {explanation}</translation>
    </message>
    <message>
        <source>Enter a URL.</source>
        <translation>Informe uma URL.</translation>
    </message>
    <message>
        <source>Not used by zoomdesk: {scopes}. Anyone who gets hold of this app&apos;s secret gets that power too, for nothing: ask your Zoom admin to remove these scopes from the app in the Zoom App Marketplace.</source>
        <translation>Não usados pelo zoomdesk: {scopes}. Quem obtiver o segredo deste aplicativo também ganha esse poder, sem necessidade: peça ao administrador do Zoom que remova esses escopos do aplicativo no Zoom App Marketplace.</translation>
    </message>
    <message>
        <source>The fewest scopes — to browse meetings: {browse}; to schedule them: {schedule}.</source>
        <translation>Os escopos mínimos — para ver reuniões: {browse}; para agendá-las: {schedule}.</translation>
    </message>
    <message>
        <source>Details: {details}</source>
        <translation>Detalhes: {details}</translation>
    </message>
    <message>
        <source>Scopes granted: {scopes}</source>
        <translation>Escopos concedidos: {scopes}</translation>
    </message>
    <message>
        <source>Could not reach {url}. {problem}</source>
        <translation>Não foi possível acessar {url}. {problem}</translation>
    </message>
</context>
<context>
    <name>DebugPanel</name>
    <message>
        <source>HTTP debug panel</source>
        <translation>Painel de depuração HTTP</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Filter by path, method or status</source>
        <translation>Filtrar por caminho, método ou status</translation>
    </message>
    <message>
        <source>Filter exchanges</source>
        <translation>Filtrar as trocas HTTP</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Limpar</translation>
    </message>
    <message>
        <source>Clear the exchange list</source>
        <translation>Limpar a lista de trocas HTTP</translation>
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
        <translation>Diagnóstico de re&amp;quisições…</translation>
    </message>
    <message>
        <source>Request doctor</source>
        <translation>Diagnóstico de requisições</translation>
    </message>
    <message>
        <source>Open the request doctor</source>
        <translation>Abrir o diagnóstico de requisições</translation>
    </message>
    <message>
        <source>HTTP exchanges</source>
        <translation>Trocas HTTP</translation>
    </message>
    <message>
        <source>Exchange count and last action</source>
        <translation>Número de trocas e última ação</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Cleared.</source>
        <translation>Lista limpa.</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s), {failed} failed ({shown} shown)</source>
        <translation>
            <numerusform>%n troca, {failed} com falha ({shown} exibidas)</numerusform>
            <numerusform>%n trocas, {failed} com falha ({shown} exibidas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied as cURL (secret as $ZOOM_CLIENT_SECRET, token as $ZOOM_TOKEN).</source>
        <translation>Copiado como cURL (o segredo como $ZOOM_CLIENT_SECRET, o token como $ZOOM_TOKEN).</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n exchange(s) as cURL.</source>
        <translation>
            <numerusform>%n troca copiada como cURL.</numerusform>
            <numerusform>%n trocas copiadas como cURL.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export HAR (secrets redacted)</source>
        <translation>Exportar HAR (segredos ocultados)</translation>
    </message>
    <message>
        <source>HAR files (*.har)</source>
        <translation>Arquivos HAR (*.har)</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s) ({shown} shown)</source>
        <translation>
            <numerusform>%n troca ({shown} exibidas)</numerusform>
            <numerusform>%n trocas ({shown} exibidas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an exchange to copy it as cURL.</source>
        <translation>Selecione uma troca para copiá-la como cURL.</translation>
    </message>
    <message>
        <source>Select an exchange to export it.</source>
        <translation>Selecione uma troca para exportá-la.</translation>
    </message>
    <message>
        <source>Selected exchange</source>
        <translation>Troca selecionada</translation>
    </message>
    <message>
        <source>All shown</source>
        <translation>Todas as exibidas</translation>
    </message>
    <message>
        <source>Selected exchange…</source>
        <translation>Troca selecionada…</translation>
    </message>
    <message>
        <source>All shown…</source>
        <translation>Todas as exibidas…</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s), {failed} failed</source>
        <translation>
            <numerusform>%n troca, {failed} com falha</numerusform>
            <numerusform>%n trocas, {failed} com falha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n troca</numerusform>
            <numerusform>%n trocas</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported {count} exchange(s) to {path} (redacted).</source>
        <translation>{count} troca(s) exportada(s) para {path} (segredos ocultados).</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Não foi possível gravar {path}: {reason}</translation>
    </message>
    <message>
        <source>HTTP debug panel — zoomdesk</source>
        <translation>Painel de depuração HTTP — zoomdesk</translation>
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
        <translation>! Aviso</translation>
    </message>
    <message>
        <source>i Note</source>
        <translation>i Observação</translation>
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
        <translation>Início do sandbox</translation>
    </message>
    <message>
        <source>Starting zoomdesk</source>
        <translation>Início do zoomdesk</translation>
    </message>
    <message>
        <source>It is no longer in the list.</source>
        <translation>Ela não está mais na lista.</translation>
    </message>
    <message>
        <source>Checking the keyring</source>
        <translation>Verificação do chaveiro</translation>
    </message>
    <message>
        <source>Enter secret…</source>
        <translation>Informar segredo…</translation>
    </message>
    <message>
        <source>Add profile…</source>
        <translation>Adicionar perfil…</translation>
    </message>
    <message>
        <source>Looking for unsaved meeting forms</source>
        <translation>Busca de formulários de reunião não salvos</translation>
    </message>
    <message>
        <source>Connecting with “{profile}”</source>
        <translation>Conexão com “{profile}”</translation>
    </message>
    <message>
        <source>Use the sandbox</source>
        <translation>Usar o sandbox</translation>
    </message>
    <message>
        <source>Cannot connect: {problem}</source>
        <translation>Não é possível conectar: {problem}</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>Editar perfil…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Closing zoomdesk</source>
        <translation>Fechamento do zoomdesk</translation>
    </message>
    <message>
        <source>HTTP exchanges</source>
        <translation>Trocas HTTP</translation>
    </message>
    <message>
        <source>Change history…</source>
        <translation>Histórico de alterações…</translation>
    </message>
    <message>
        <source>Request &amp;doctor…</source>
        <translation>&amp;Diagnóstico de requisições…</translation>
    </message>
    <message>
        <source>Check a token or API request of your own (cURL, raw HTTP, HAR, code)</source>
        <translation>Verificar um token ou uma requisição de API própria (cURL, HTTP bruto, HAR, código)</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>no answer</source>
        <translation>sem resposta</translation>
    </message>
    <message>
        <source>The request never reached Zoom, so Zoom cannot trace it: fix the network first.</source>
        <translation>A requisição nunca chegou ao Zoom, então o Zoom não pode rastreá-la: corrija a rede primeiro.</translation>
    </message>
    <message>
        <source>This answer is not one of the failures zoomdesk knows. Everything that was sent and received is in the Request and Response tabs (secrets masked).</source>
        <translation>Esta resposta não é uma das falhas que o zoomdesk conhece. Tudo o que foi enviado e recebido está nas abas Requisição e Resposta (segredos mascarados).</translation>
    </message>
    <message>
        <source>Read the response body for Zoom&apos;s own words; if it stays unclear, send Zoom support the details below.</source>
        <translation>Leia o corpo da resposta para ver as palavras do próprio Zoom; se continuar obscuro, envie ao suporte do Zoom os detalhes abaixo.</translation>
    </message>
    <message>
        <source>{request} worked: {status}.</source>
        <translation>{request} funcionou: {status}.</translation>
    </message>
    <message>
        <source>time {time}; request {request}; answer {answer}</source>
        <translation>horário {time}; requisição {request}; resposta {answer}</translation>
    </message>
    <message>
        <source>Zoom sent no tracking id (x-zm-trackingid), so this answer may come from a proxy rather than Zoom. If you ask Zoom for help ({url}), give: {details}.</source>
        <translation>O Zoom não enviou um ID de rastreamento (x-zm-trackingid), então esta resposta pode vir de um proxy e não do Zoom. Se você pedir ajuda ao Zoom ({url}), informe: {details}.</translation>
    </message>
    <message>
        <source>It worked this time, but may stop working.</source>
        <translation>Desta vez funcionou, mas pode deixar de funcionar.</translation>
    </message>
    <message>
        <source>The answer is a web page, not Zoom&apos;s JSON</source>
        <translation>A resposta é uma página da web, não o JSON do Zoom</translation>
    </message>
    <message>
        <source>An HTML page came back instead of Zoom&apos;s JSON. Usually a company proxy, a Wi-Fi login page or a gateway answered in Zoom&apos;s place, or Zoom showed an error page.</source>
        <translation>Voltou uma página HTML em vez do JSON do Zoom. Normalmente um proxy da empresa, uma página de login do Wi-Fi ou um gateway respondeu no lugar do Zoom, ou o Zoom mostrou uma página de erro.</translation>
    </message>
    <message>
        <source>Open the Response tab to read the page; sign in to the network or check proxy settings, then retry.</source>
        <translation>Abra a aba Resposta para ler a página; entre na rede ou verifique as configurações de proxy e tente novamente.</translation>
    </message>
    <message>
        <source>Retry reads. For a create, reload the meetings list first to avoid a duplicate.</source>
        <translation>Repita as leituras. Para uma criação, recarregue primeiro a lista de reuniões para evitar uma duplicata.</translation>
    </message>
    <message>
        <source>Zoom&apos;s X-RateLimit-Remaining header is low; the next calls may get 429.</source>
        <translation>O cabeçalho X-RateLimit-Remaining do Zoom está baixo; as próximas chamadas podem receber 429.</translation>
    </message>
    <message>
        <source>Slow down, or wait for the limit to reset.</source>
        <translation>Diminua o ritmo ou aguarde a redefinição do limite.</translation>
    </message>
    <message>
        <source>{request} got no answer.</source>
        <translation>{request} não recebeu resposta.</translation>
    </message>
    <message>
        <source>{request} failed: {status}. Likely cause: {cause}.</source>
        <translation>{request} falhou: {status}. Causa provável: {cause}.</translation>
    </message>
    <message>
        <source>{request} failed: {status}.</source>
        <translation>{request} falhou: {status}.</translation>
    </message>
    <message numerus="yes">
        <source>{request} worked: {status}, with %n warning(s).</source>
        <translation>
            <numerusform>{request} funcionou: {status}, com %n aviso.</numerusform>
            <numerusform>{request} funcionou: {status}, com %n avisos.</numerusform>
        </translation>
    </message>
    <message>
        <source>If you ask Zoom for help ({url}), give the tracking id {tracking_id} with: {details}. Never send the client secret or a token.</source>
        <translation>Se você pedir ajuda ao Zoom ({url}), informe o ID de rastreamento {tracking_id} com: {details}. Nunca envie o segredo do cliente nem um token.</translation>
    </message>
    <message>
        <source>Zoom answered HTTP {status} and zoomdesk does not recognise why</source>
        <translation>O Zoom respondeu HTTP {status} e o zoomdesk não reconhece o motivo</translation>
    </message>
    <message>
        <source>The answer had no body.</source>
        <translation>A resposta não tinha corpo.</translation>
    </message>
    <message>
        <source>The answer was cut off before its end</source>
        <translation>A resposta foi cortada antes do fim</translation>
    </message>
    <message>
        <source>The answer is garbled JSON</source>
        <translation>A resposta é um JSON corrompido</translation>
    </message>
    <message>
        <source>The JSON body stops in the middle: the connection or a proxy cut it short. The request itself may have been carried out.</source>
        <translation>O corpo JSON para no meio: a conexão ou um proxy o interrompeu. A requisição em si pode ter sido executada.</translation>
    </message>
    <message>
        <source>The body claims to be JSON but cannot be read. The request itself may have been carried out.</source>
        <translation>O corpo diz ser JSON, mas não pode ser lido. A requisição em si pode ter sido executada.</translation>
    </message>
    <message numerus="yes">
        <source>The token lacks %n scope(s) zoomdesk uses</source>
        <translation>
            <numerusform>Falta ao token %n escopo que o zoomdesk usa</numerusform>
            <numerusform>Faltam ao token %n escopos que o zoomdesk usa</numerusform>
        </translation>
    </message>
    <message>
        <source>Add them in the Zoom App Marketplace ▸ Manage ▸ your app ▸ Scopes, then get a new token.</source>
        <translation>Adicione-os no Zoom App Marketplace ▸ Manage ▸ seu app ▸ Scopes e depois obtenha um novo token.</translation>
    </message>
    <message>
        <source>{request} got no answer. Likely cause: {cause}.</source>
        <translation>{request} não recebeu resposta. Causa provável: {cause}.</translation>
    </message>
    <message>
        <source>Only {remaining} of {limit} calls left in this rate-limit window</source>
        <translation>Restam apenas {remaining} de {limit} chamadas nesta janela do limite de taxa</translation>
    </message>
    <message>
        <source>Body: {text}</source>
        <translation>Corpo: {text}</translation>
    </message>
    <message>
        <source>Body starts: {text}</source>
        <translation>Início do corpo: {text}</translation>
    </message>
    <message>
        <source>Body ends: …{text}</source>
        <translation>Fim do corpo: …{text}</translation>
    </message>
    <message>
        <source>Without {scopes}, zoomdesk cannot {operations}.</source>
        <translation>Sem {scopes}, o zoomdesk não pode: {operations}.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
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
        <translation>Copiar diagnóstico</translation>
    </message>
    <message>
        <source>Copy the diagnosis as text</source>
        <translation>Copiar o diagnóstico como texto</translation>
    </message>
    <message>
        <source>Copy tracking id</source>
        <translation>Copiar ID de rastreamento</translation>
    </message>
    <message>
        <source>Copy Zoom&apos;s tracking id</source>
        <translation>Copiar o ID de rastreamento do Zoom</translation>
    </message>
    <message>
        <source>Select an exchange to see its diagnosis.</source>
        <translation>Selecione uma troca para ver o diagnóstico.</translation>
    </message>
    <message>
        <source>For Zoom support</source>
        <translation>Para o suporte do Zoom</translation>
    </message>
    <message>
        <source>&lt;b&gt;{severity}: {title}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{severity}: {title}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Fix:&lt;/b&gt; {fix}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Correção:&lt;/b&gt; {fix}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Seen:&lt;/b&gt;&lt;br&gt;{seen}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Observado:&lt;/b&gt;&lt;br&gt;{seen}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nothing to report: the request and the answer look right.</source>
        <translation>Nada a relatar: a requisição e a resposta parecem corretas.</translation>
    </message>
</context>
<context>
    <name>DoctorApi</name>
    <message>
        <source>The access token is sent in the query string</source>
        <translation>O token de acesso é enviado na query string</translation>
    </message>
    <message>
        <source>There is no Authorization header</source>
        <translation>Não há cabeçalho Authorization</translation>
    </message>
    <message>
        <source>The call uses API v1, which Zoom retired</source>
        <translation>A chamada usa a API v1, que o Zoom desativou</translation>
    </message>
    <message>
        <source>Replace /v1/ with /v2/ (check the endpoint&apos;s v2 name in Zoom&apos;s API reference).</source>
        <translation>Substitua /v1/ por /v2/ (confira o nome v2 do endpoint na referência da API do Zoom).</translation>
    </message>
    <message>
        <source>The path does not start with /v2</source>
        <translation>O caminho não começa com /v2</translation>
    </message>
    <message>
        <source>Zoom&apos;s API paths live under /v2 (for example /v2/users/me/meetings); without it Zoom answers 404.</source>
        <translation>Os caminhos da API do Zoom ficam em /v2 (por exemplo /v2/users/me/meetings); sem /v2, o Zoom responde 404.</translation>
    </message>
    <message>
        <source>Move the parameters to the query string.</source>
        <translation>Mova os parâmetros para a query string.</translation>
    </message>
    <message>
        <source>The API body is form-encoded; Zoom&apos;s API expects JSON</source>
        <translation>O corpo da chamada de API está codificado como formulário; a API do Zoom espera JSON</translation>
    </message>
    <message>
        <source>Unlike the token endpoint, API calls (create or update a meeting, …) take a JSON body.</source>
        <translation>Ao contrário do endpoint de tokens, as chamadas de API (criar ou atualizar uma reunião, …) recebem um corpo JSON.</translation>
    </message>
    <message>
        <source>Zoom reads a create or update body only as `application/json`. fetch() sends a string body as text/plain unless told otherwise, and PowerShell sends a POST body as a form.</source>
        <translation>O Zoom só lê o corpo de uma criação ou atualização como `application/json`. O fetch() envia um corpo de texto como text/plain, a menos que se indique outra coisa, e o PowerShell envia o corpo de um POST como formulário.</translation>
    </message>
    <message>
        <source>The API body has no Content-Type</source>
        <translation>O corpo da chamada de API não tem Content-Type</translation>
    </message>
    <message>
        <source>The body is not valid JSON</source>
        <translation>O corpo não é um JSON válido</translation>
    </message>
    <message>
        <source>Zoom answers 300 or 400 when the JSON cannot be parsed (a trailing comma, single quotes, an unescaped newline…).</source>
        <translation>O Zoom responde 300 ou 400 quando não consegue ler o JSON (uma vírgula no final, aspas simples, uma quebra de linha sem escape…).</translation>
    </message>
    <message>
        <source>Build the body with a JSON library rather than by hand.</source>
        <translation>Monte o corpo com uma biblioteca JSON em vez de à mão.</translation>
    </message>
    <message>
        <source>The API call uses Basic authorization; it needs a Bearer token</source>
        <translation>A chamada de API usa autorização Basic; ela precisa de um token Bearer</translation>
    </message>
    <message>
        <source>The client ID and secret (Basic) are only for the token endpoint. API calls use the access token it returns; Zoom answers Basic with 401 code 124.</source>
        <translation>O ID do cliente e o segredo do cliente (Basic) servem só para o endpoint de tokens. As chamadas de API usam o token de acesso que ele devolve; o Zoom responde a Basic com 401, código 124.</translation>
    </message>
    <message>
        <source>Since February 2023 Zoom refuses access tokens passed as `?access_token=…`: it answers `{answer}`. URLs are also logged by proxies, so the token leaks.</source>
        <translation>Desde fevereiro de 2023 o Zoom recusa tokens de acesso passados como `?access_token=…`: ele responde `{answer}`. Além disso, os proxies registram as URLs, e o token vaza.</translation>
    </message>
    <message>
        <source>Send it in a header instead: `{header}`.</source>
        <translation>Envie-o em um cabeçalho: `{header}`.</translation>
    </message>
    <message>
        <source>Every Zoom API call needs the access token from /oauth/token as `{header}`.</source>
        <translation>Toda chamada à API do Zoom precisa do token de acesso obtido em /oauth/token como `{header}`.</translation>
    </message>
    <message>
        <source>Get a token (POST /oauth/token) and send `{header}`.</source>
        <translation>Obtenha um token (POST /oauth/token) e envie `{header}`.</translation>
    </message>
    <message>
        <source>The Bearer token is empty</source>
        <translation>O token Bearer está vazio</translation>
    </message>
    <message>
        <source>`Authorization: Bearer` must be followed by the access token. An empty value usually means the variable holding the token was never set.</source>
        <translation>`Authorization: Bearer` deve ser seguido do token de acesso. Um valor vazio geralmente significa que a variável com o token nunca foi preenchida.</translation>
    </message>
    <message>
        <source>Check the token request succeeded and its `access_token` is used.</source>
        <translation>Verifique se a requisição de token deu certo e se o `access_token` dela é usado.</translation>
    </message>
    <message>
        <source>Zoom&apos;s REST API is version 2: `{url}`.</source>
        <translation>A API REST do Zoom é a versão 2: `{url}`.</translation>
    </message>
    <message>
        <source>Build URLs as `{expression}`.</source>
        <translation>Monte as URLs como `{expression}`.</translation>
    </message>
    <message>
        <source>A {method} request with a body</source>
        <translation>Uma requisição {method} com corpo</translation>
    </message>
    <message>
        <source>Zoom ignores the body of a {method}; parameters of these calls go in the query string (for example ?page_size=300).</source>
        <translation>O Zoom ignora o corpo de um {method}; os parâmetros dessas chamadas vão na query string (por exemplo ?page_size=300).</translation>
    </message>
    <message>
        <source>Send `{header}` with a JSON object (Python `json=…`, axios: pass an object as data).</source>
        <translation>Envie `{header}` com um objeto JSON (Python `json=…`, axios: passe um objeto como data).</translation>
    </message>
    <message>
        <source>The API body is sent as {type}; Zoom expects JSON</source>
        <translation>O corpo da chamada de API é enviado como {type}; o Zoom espera JSON</translation>
    </message>
    <message>
        <source>Send `{header}`.</source>
        <translation>Envie `{header}`.</translation>
    </message>
    <message>
        <source>Zoom needs `{header}` to read the body; without it the call fails with a validation error or the fields are ignored.</source>
        <translation>O Zoom precisa de `{header}` para ler o corpo; sem ele, a chamada falha com um erro de validação ou os campos são ignorados.</translation>
    </message>
    <message>
        <source>Add `{header}`.</source>
        <translation>Adicione `{header}`.</translation>
    </message>
    <message>
        <source>URL: {url}</source>
        <translation>URL: {url}</translation>
    </message>
    <message>
        <source>First POST /oauth/token, then send `{header}`.</source>
        <translation>Primeiro faça POST /oauth/token e depois envie `{header}`.</translation>
    </message>
    <message>
        <source>The Authorization header does not use the Bearer scheme</source>
        <translation>O cabeçalho Authorization não usa o esquema Bearer</translation>
    </message>
    <message>
        <source>Path: {path}</source>
        <translation>Caminho: {path}</translation>
    </message>
    <message>
        <source>Body: {body}</source>
        <translation>Corpo: {body}</translation>
    </message>
    <message>
        <source>Zoom expects `{header}`, but {problem}.</source>
        <translation>O Zoom espera `{header}`, mas: {problem}.</translation>
    </message>
    <message>
        <source>Zoom expects `{header}`, but it differs.</source>
        <translation>O Zoom espera `{header}`, mas o cabeçalho é diferente.</translation>
    </message>
</context>
<context>
    <name>DoctorCompare</name>
    <message>
        <source>Parameters in: {where}</source>
        <translation>Parâmetros em: {where}</translation>
    </message>
    <message>
        <source>Changed lines</source>
        <translation>Linhas alteradas</translation>
    </message>
    <message>
        <source>Your request, as sent</source>
        <translation>Sua requisição, como enviada</translation>
    </message>
    <message>
        <source>The corrected request</source>
        <translation>A requisição corrigida</translation>
    </message>
    <message>
        <source>Lines that differ are marked. Secrets are masked unless revealed.</source>
        <translation>As linhas diferentes estão marcadas. Os segredos ficam ocultos, a menos que você os revele.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Linguagem</translation>
    </message>
    <message>
        <source>Code for the corrected request</source>
        <translation>Código da requisição corrigida</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copiar código</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Copiar o código</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Linguagem:</translation>
    </message>
    <message>
        <source>What changed from your code</source>
        <translation>O que mudou em relação ao seu código</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>A sua</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Corrigida</translation>
    </message>
    <message>
        <source>{mark} marks a line that differs from your code</source>
        <translation>{mark} marca uma linha diferente do seu código</translation>
    </message>
    <message>
        <source>The secret and the token come from environment variables ({variables}); never paste them into code.</source>
        <translation>O segredo e o token vêm de variáveis de ambiente ({variables}); nunca os cole no código.</translation>
    </message>
    <message>
        <source>Generated code for the corrected request ({language}).</source>
        <translation>Código gerado para a requisição corrigida ({language}).</translation>
    </message>
    <message>
        <source>Generated code in {language}: lines that differ from yours are marked in {own}.</source>
        <translation>Código gerado em {language}: as linhas diferentes das suas são marcadas em {own}.</translation>
    </message>
    <message>
        <source>Generated code in {language}.</source>
        <translation>Código gerado em {language}.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) changed from your code (marked {mark} in the margin).</source>
        <translation>
            <numerusform>%n linha alterada em relação ao seu código (marcada com {mark} na margem).</numerusform>
            <numerusform>%n linhas alteradas em relação ao seu código (marcadas com {mark} na margem).</numerusform>
        </translation>
    </message>
    <message>
        <source>No line changed from your code.</source>
        <translation>Nenhuma linha alterada em relação ao seu código.</translation>
    </message>
    <message>
        <source>Changed lines: {numbers}</source>
        <translation>Linhas alteradas: {numbers}</translation>
    </message>
</context>
<context>
    <name>DoctorFinding</name>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
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
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Fix: {fix}</source>
        <translation>Correção: {fix}</translation>
    </message>
</context>
<context>
    <name>DoctorInput</name>
    <message>
        <source>Your request</source>
        <translation>Sua requisição</translation>
    </message>
    <message>
        <source>Paste a cURL command, a raw HTTP request, a HAR file or an axios, fetch, requests or httpx call</source>
        <translation>Cole um comando cURL, uma requisição HTTP bruta, um arquivo HAR ou uma chamada de axios, fetch, requests ou httpx</translation>
    </message>
    <message>
        <source>(secret hidden)</source>
        <translation>(segredo oculto)</translation>
    </message>
    <message>
        <source>Paste here:
• a cURL command:  {curl}
• a raw HTTP request:  {raw}  + headers + body
• a HAR file from the browser&apos;s dev tools (or use Import HAR…)
• code:  {code}

Nothing is sent anywhere until you press a Replay button.</source>
        <translation>Cole aqui:
• um comando cURL:  {curl}
• uma requisição HTTP bruta:  {raw}  + cabeçalhos + corpo
• um arquivo HAR das ferramentas de desenvolvedor do navegador (ou use Importar HAR…)
• código:  {code}

Nada é enviado até você pressionar um botão Reenviar.</translation>
    </message>
</context>
<context>
    <name>DoctorIntegration</name>
    <message>
        <source>line {number}</source>
        <translation>linha {number}</translation>
    </message>
    <message>
        <source>The token is kept but never renewed, and a 401 is not handled</source>
        <translation>O token é guardado, mas nunca renovado, e um 401 não é tratado</translation>
    </message>
    <message>
        <source>Store the expiry with the token and renew it a few minutes before; on a 401 with code 124, get a new token and retry the call once.</source>
        <translation>Guarde a expiração junto com o token e renove-o alguns minutos antes; em um 401 com código 124, obtenha um novo token e repita a chamada uma vez.</translation>
    </message>
    <message>
        <source>API calls go to api.zoom.us although the account&apos;s own API host is known</source>
        <translation>As chamadas de API vão para api.zoom.us, embora o host de API próprio da conta seja conhecido</translation>
    </message>
    <message>
        <source>Zoom&apos;s token answer carries `api_url`, the host for this account&apos;s region (for example https://api-eu.zoom.us); the code reads it or uses a regional host elsewhere, yet these calls hard-code api.zoom.us.</source>
        <translation>A resposta de token do Zoom traz `api_url`, o host da região desta conta (por exemplo https://api-eu.zoom.us); o código o lê ou usa um host regional em outro lugar, mas estas chamadas têm api.zoom.us fixo no código.</translation>
    </message>
    <message>
        <source>Build API URLs from `api_url` + &apos;/v2&apos; (fall back to https://api.zoom.us).</source>
        <translation>Monte as URLs de API a partir de `api_url` + &apos;/v2&apos; (com https://api.zoom.us como alternativa).</translation>
    </message>
    <message>
        <source>{call} in {function}</source>
        <translation>{call} em {function}</translation>
    </message>
    <message>
        <source>A new access token is fetched for every API call</source>
        <translation>Um novo token de acesso é obtido a cada chamada de API</translation>
    </message>
    <message>
        <source>Keep the token and its expiry time; request a new one only when it is about to expire (and once after a 401 with code 124). The cached version comes with this report.</source>
        <translation>Guarde o token e o horário de expiração; peça um novo só quando ele estiver para expirar (e uma vez após um 401 com código 124). A versão com cache acompanha este relatório.</translation>
    </message>
    <message>
        <source>A secret is written into the source code</source>
        <translation>Há um segredo escrito no código-fonte</translation>
    </message>
    <message>
        <source>Anyone who can read the code, its history or a pasted copy has it. The values are masked in this report.</source>
        <translation>Qualquer pessoa que leia o código, o histórico dele ou uma cópia colada tem acesso a ele. Os valores estão mascarados neste relatório.</translation>
    </message>
    <message>
        <source>Read it from an environment variable or a secret store (ZOOM_CLIENT_SECRET), and regenerate the secret in the Zoom App Marketplace if this code was shared.</source>
        <translation>Leia-o de uma variável de ambiente ou de um cofre de segredos (ZOOM_CLIENT_SECRET) e gere o segredo novamente no Zoom App Marketplace se este código foi compartilhado.</translation>
    </message>
    <message>
        <source>(the loop)</source>
        <translation>(o laço)</translation>
    </message>
    <message>
        <source>The code stores the access token and uses it for every later call, but checks neither its expiry (`expires_in`, one hour) nor Zoom&apos;s answer when it has expired (`{answer}`). A long-running process works for an hour, then every call fails.</source>
        <translation>O código guarda o token de acesso e o usa em todas as chamadas seguintes, mas não verifica nem a expiração (`expires_in`, uma hora) nem a resposta do Zoom quando ele expira (`{answer}`). Um processo de longa duração funciona por uma hora e depois todas as chamadas falham.</translation>
    </message>
    <message>
        <source>API calls run in a loop with no handling of 429 (rate limit)</source>
        <translation>Chamadas de API rodam em um laço sem tratar o 429 (limite de taxa)</translation>
    </message>
    <message>
        <source>Zoom limits requests per second (and creates/updates per day); in a loop the calls soon get `429 Too Many Requests`. Without handling, the loop stops half-way or skips items.</source>
        <translation>O Zoom limita as requisições por segundo (e as criações/atualizações por dia); em um laço, as chamadas logo recebem `429 Too Many Requests`. Sem tratamento, o laço para no meio ou pula itens.</translation>
    </message>
    <message>
        <source>On 429, wait for the `Retry-After` header&apos;s time (or a short backoff) and retry; stop on the daily limit (its Retry-After is the next UTC midnight).</source>
        <translation>Em um 429, espere o tempo do cabeçalho `Retry-After` (ou um breve intervalo) e tente de novo; pare no limite diário (o Retry-After dele é a próxima meia-noite UTC).</translation>
    </message>
    <message>
        <source>A meeting create (POST) is retried after a failure or timeout</source>
        <translation>A criação de uma reunião (POST) é repetida após uma falha ou um tempo esgotado</translation>
    </message>
    <message>
        <source>A create whose answer was lost (a timeout, a dropped connection, a 5xx from a gateway) may still have created the meeting: retrying it blindly makes duplicates that staff then have to find and delete.</source>
        <translation>Uma criação cuja resposta se perdeu (tempo esgotado, conexão interrompida, um 5xx de um gateway) pode ter criado a reunião mesmo assim: repeti-la às cegas gera duplicatas que a equipe depois precisa encontrar e excluir.</translation>
    </message>
    <message>
        <source>Never retry a POST create automatically. After a timeout, list the host&apos;s meetings and look for one with the same topic and start time before trying again; retry only 429 (Zoom did not act).</source>
        <translation>Nunca repita automaticamente uma criação por POST. Após um tempo esgotado, liste as reuniões do anfitrião e procure uma com o mesmo tópico e horário de início antes de tentar de novo; repita só em um 429 (o Zoom não fez nada).</translation>
    </message>
    <message>
        <source>Zoom returns lists in pages (30 records by default, `page_size` at most 300) with a `next_page_token`; the code never sends it back, so anything after the first page is missing.</source>
        <translation>O Zoom devolve listas em páginas (30 registros por padrão, `page_size` no máximo 300) com um `next_page_token`; o código nunca o envia de volta, então tudo depois da primeira página fica de fora.</translation>
    </message>
    <message>
        <source>Loop: repeat the call with `next_page_token` from the previous answer until it comes back empty.</source>
        <translation>Laço: repita a chamada com o `next_page_token` da resposta anterior até que ele volte vazio.</translation>
    </message>
    <message>
        <source>Each API call goes through {path}, which sends the token request again. Zoom&apos;s tokens are valid for an hour: fetching one per call doubles the requests, runs into the token endpoint&apos;s rate limits under load and slows every call.</source>
        <translation>Cada chamada de API passa por {path}, que envia a requisição de token de novo. Os tokens do Zoom valem por uma hora: obter um por chamada dobra as requisições, esbarra nos limites de taxa do endpoint de tokens sob carga e deixa cada chamada mais lenta.</translation>
    </message>
    <message>
        <source>Only the first page of {path} is read</source>
        <translation>Só a primeira página de {path} é lida</translation>
    </message>
</context>
<context>
    <name>DoctorLint</name>
    <message>
        <source>The request goes to {host}; token requests go to {right}</source>
        <translation>A requisição vai para {host}; requisições de token vão para {right}</translation>
    </message>
    <message>
        <source>{host} is a Zoom host, but not the one that answers token requests.</source>
        <translation>{host} é um host do Zoom, mas não o que responde a requisições de token.</translation>
    </message>
    <message>
        <source>The request goes to {host}; API calls go to {right}</source>
        <translation>A requisição vai para {host}; chamadas de API vão para {right}</translation>
    </message>
    <message>
        <source>{host} is a Zoom host, but not the one that answers API calls.</source>
        <translation>{host} é um host do Zoom, mas não o que responde a chamadas de API.</translation>
    </message>
    <message>
        <source>{host} is not a Zoom host. That is fine for a proxy or gateway you run, otherwise the request never reaches Zoom.</source>
        <translation>{host} não é um host do Zoom. Isso é normal para um proxy ou gateway que você administra; caso contrário, a requisição nunca chega ao Zoom.</translation>
    </message>
    <message>
        <source>Zoom&apos;s token endpoint is exactly /oauth/token (no trailing slash, no /oauth2/).</source>
        <translation>O endpoint de tokens do Zoom é exatamente /oauth/token (sem barra no final, sem /oauth2/).</translation>
    </message>
    <message>
        <source>The request has no host</source>
        <translation>A requisição não tem host</translation>
    </message>
    <message>
        <source>Use the full URL.</source>
        <translation>Use a URL completa.</translation>
    </message>
    <message>
        <source>The request uses http://, not https://</source>
        <translation>A requisição usa http://, não https://</translation>
    </message>
    <message>
        <source>Zoom only serves HTTPS; over plain HTTP the credentials travel unencrypted and Zoom redirects or refuses the call.</source>
        <translation>O Zoom só atende por HTTPS; em HTTP simples as credenciais trafegam sem criptografia e o Zoom redireciona ou recusa a chamada.</translation>
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
        <translation>Isto não é uma requisição de token nem uma chamada à API do Zoom</translation>
    </message>
    <message>
        <source>The doctor knows Zoom&apos;s token endpoint (`POST https://zoom.us/oauth/token`) and the REST API (`https://api.zoom.us/v2/…`).</source>
        <translation>O diagnóstico de requisições conhece o endpoint de tokens do Zoom (`POST https://zoom.us/oauth/token`) e a API REST (`https://api.zoom.us/v2/…`).</translation>
    </message>
    <message>
        <source>Paste the request that goes to /oauth/token or to /v2/….</source>
        <translation>Cole a requisição que vai para /oauth/token ou para /v2/….</translation>
    </message>
    <message>
        <source>The token path is {path}; it must be /oauth/token</source>
        <translation>O caminho do token é {path}; ele deve ser /oauth/token</translation>
    </message>
    <message>
        <source>POST to {url}.</source>
        <translation>Envie um POST para {url}.</translation>
    </message>
    <message>
        <source>The URL must be absolute, like {example}.</source>
        <translation>A URL deve ser absoluta, por exemplo {example}.</translation>
    </message>
    <message>
        <source>The token request goes to {host}</source>
        <translation>A requisição de token vai para {host}</translation>
    </message>
    <message>
        <source>{host}/oauth/token works in practice, but Zoom&apos;s docs and SDK use {right}.</source>
        <translation>{host}/oauth/token funciona na prática, mas a documentação e o SDK do Zoom usam {right}.</translation>
    </message>
    <message>
        <source>Prefer {url}.</source>
        <translation>Prefira {url}.</translation>
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
        <translation>A requisição não recebeu resposta HTTP</translation>
    </message>
    <message>
        <source>The network failed before Zoom answered.</source>
        <translation>A rede falhou antes de o Zoom responder.</translation>
    </message>
    <message>
        <source>Check the network connection and proxy settings, then retry.</source>
        <translation>Verifique a conexão de rede e as configurações de proxy e tente de novo.</translation>
    </message>
    <message>
        <source>The server&apos;s HTTPS certificate was not trusted</source>
        <translation>O certificado HTTPS do servidor não foi considerado confiável</translation>
    </message>
    <message>
        <source>The secure connection was refused before anything was sent. This usually means a company proxy, firewall or antivirus re-signs HTTPS traffic with its own certificate authority that this computer does not trust; less often, the computer&apos;s clock is wrong or a Wi-Fi login page is intercepting traffic.</source>
        <translation>A conexão segura foi recusada antes de qualquer envio. Normalmente isso significa que um proxy corporativo, firewall ou antivírus assina de novo o tráfego HTTPS com uma autoridade certificadora própria, na qual este computador não confia; com menos frequência, o relógio do computador está errado ou uma página de login de Wi-Fi está interceptando o tráfego.</translation>
    </message>
    <message>
        <source>Ask IT to install the company&apos;s root certificate in the system&apos;s certificate store (zoomdesk uses the operating system&apos;s store), check the date and time, or try another network. Do not turn certificate checks off.</source>
        <translation>Peça à TI que instale o certificado raiz da empresa no repositório de certificados do sistema (o zoomdesk usa o do sistema operacional), verifique a data e a hora ou tente outra rede. Não desative a verificação de certificados.</translation>
    </message>
    <message>
        <source>The proxy refused or failed the connection</source>
        <translation>O proxy recusou a conexão ou não conseguiu estabelecê-la</translation>
    </message>
    <message>
        <source>zoomdesk goes through the proxy named in HTTPS_PROXY / HTTP_PROXY / ALL_PROXY, and that proxy could not be reached or would not connect to Zoom.</source>
        <translation>O zoomdesk passa pelo proxy indicado em HTTPS_PROXY / HTTP_PROXY / ALL_PROXY, e esse proxy não pôde ser alcançado ou não quis se conectar ao Zoom.</translation>
    </message>
    <message>
        <source>Check the proxy address and port in those environment variables (or remove them), whether the proxy needs a login, and NO_PROXY for hosts that must bypass it.</source>
        <translation>Verifique o endereço e a porta do proxy nessas variáveis de ambiente (ou remova-as), se o proxy exige login e o NO_PROXY para hosts que devem contorná-lo.</translation>
    </message>
    <message>
        <source>The host name could not be found</source>
        <translation>O nome do host não foi encontrado</translation>
    </message>
    <message>
        <source>The computer could not look up the server&apos;s address: no network, a DNS problem, or a typo in the base URL.</source>
        <translation>O computador não conseguiu descobrir o endereço do servidor: sem rede, um problema de DNS ou um erro de digitação na URL base.</translation>
    </message>
    <message>
        <source>Check the network connection and the OAuth / API URLs of the profile.</source>
        <translation>Verifique a conexão de rede e as URLs de OAuth / API do perfil.</translation>
    </message>
    <message>
        <source>Nothing answered at that address</source>
        <translation>Nada respondeu nesse endereço</translation>
    </message>
    <message>
        <source>The connection was refused: the URL or port is wrong, the local sandbox is not running, or a firewall rejects it.</source>
        <translation>A conexão foi recusada: a URL ou a porta está errada, o sandbox local não está em execução ou um firewall a rejeita.</translation>
    </message>
    <message>
        <source>Check the URL (https://zoom.us, https://api.zoom.us) and the network.</source>
        <translation>Verifique a URL (https://zoom.us, https://api.zoom.us) e a rede.</translation>
    </message>
    <message>
        <source>The connection could not be opened</source>
        <translation>Não foi possível abrir a conexão</translation>
    </message>
    <message>
        <source>The network connection to the server failed before any data was sent.</source>
        <translation>A conexão de rede com o servidor falhou antes do envio de qualquer dado.</translation>
    </message>
    <message>
        <source>Check the network connection, firewall and proxy settings.</source>
        <translation>Verifique a conexão de rede e as configurações de firewall e proxy.</translation>
    </message>
    <message>
        <source>The server did not answer the connection in time</source>
        <translation>O servidor não respondeu à conexão a tempo</translation>
    </message>
    <message>
        <source>A firewall may be silently dropping the traffic, or the network is down.</source>
        <translation>Um firewall pode estar descartando o tráfego silenciosamente, ou a rede está fora do ar.</translation>
    </message>
    <message>
        <source>Check the network, or whether a proxy is required (HTTPS_PROXY).</source>
        <translation>Verifique a rede ou se é necessário um proxy (HTTPS_PROXY).</translation>
    </message>
    <message>
        <source>The server accepted the request but did not answer in time</source>
        <translation>O servidor aceitou a requisição, mas não respondeu a tempo</translation>
    </message>
    <message>
        <source>Zoom (or a proxy in front of it) was too slow. The request may have been carried out.</source>
        <translation>O Zoom (ou um proxy na frente dele) demorou demais. A requisição pode ter sido executada.</translation>
    </message>
    <message>
        <source>Retry reads. For a meeting that was being created, list the host&apos;s meetings before retrying, to avoid a duplicate.</source>
        <translation>Repita as leituras. Para uma reunião que estava sendo criada, liste as reuniões do anfitrião antes de tentar de novo, para evitar uma duplicata.</translation>
    </message>
    <message>
        <source>The connection closed before a full answer arrived</source>
        <translation>A conexão foi fechada antes de chegar uma resposta completa</translation>
    </message>
    <message>
        <source>The server or a proxy hung up mid-way. The request may have been carried out.</source>
        <translation>O servidor ou um proxy desligou no meio do caminho. A requisição pode ter sido executada.</translation>
    </message>
    <message>
        <source>Retry reads. For a create, check the meetings list first, to avoid a duplicate.</source>
        <translation>Repita as leituras. Para uma criação, confira primeiro a lista de reuniões, para evitar uma duplicata.</translation>
    </message>
    <message>
        <source>The connection was reset</source>
        <translation>A conexão foi redefinida</translation>
    </message>
    <message>
        <source>The connection was cut by the network, a proxy or the server. The request may have been carried out.</source>
        <translation>A conexão foi cortada pela rede, por um proxy ou pelo servidor. A requisição pode ter sido executada.</translation>
    </message>
    <message>
        <source>Retry reads; for a create, check the meetings list first.</source>
        <translation>Repita as leituras; para uma criação, confira primeiro a lista de reuniões.</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>sem resposta</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is about {hours} hours ahead of the server&apos;s</source>
        <translation>O relógio deste computador está cerca de {hours} horas adiantado em relação ao do servidor</translation>
    </message>
    <message>
        <source>Error: {error}</source>
        <translation>Erro: {error}</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is about {hours} hours behind the server&apos;s</source>
        <translation>O relógio deste computador está cerca de {hours} horas atrasado em relação ao do servidor</translation>
    </message>
    <message>
        <source>The server&apos;s Date header and this computer&apos;s clock disagree by more than five minutes. A wrong clock breaks HTTPS certificate checks, makes token expiry times misleading, and confuses meeting start times.</source>
        <translation>O cabeçalho Date do servidor e o relógio deste computador diferem em mais de cinco minutos. Um relógio errado quebra a verificação de certificados HTTPS, torna enganosos os horários de expiração dos tokens e confunde os horários de início das reuniões.</translation>
    </message>
    <message>
        <source>Turn on automatic date and time (network time) in the system settings.</source>
        <translation>Ative a data e hora automáticas (horário da rede) nas configurações do sistema.</translation>
    </message>
    <message>
        <source>The proxy in use: {proxy}.</source>
        <translation>Proxy em uso: {proxy}.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is about {minutes} minutes ahead of the server&apos;s</source>
        <translation>O relógio deste computador está cerca de {minutes} minutos adiantado em relação ao do servidor</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is about {minutes} minutes behind the server&apos;s</source>
        <translation>O relógio deste computador está cerca de {minutes} minutos atrasado em relação ao do servidor</translation>
    </message>
    <message>
        <source>{proxy} (from {variable})</source>
        <translation>{proxy} (de {variable})</translation>
    </message>
    <message>
        <source>Server Date: {time} UTC</source>
        <translation>Data do servidor: {time} UTC</translation>
    </message>
    <message>
        <source>Sent at (this computer): {time} UTC</source>
        <translation>Enviado em (este computador): {time} UTC</translation>
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
        <translation>Cole um comando cURL (`curl -X POST https://zoom.us/oauth/token …`), uma requisição HTTP bruta (`POST /oauth/token HTTP/1.1` + cabeçalhos + corpo), um arquivo HAR ou um código que chame o Zoom (axios, fetch, got, requests, httpx, aiohttp, C# HttpClient, PowerShell Invoke-RestMethod).</translation>
    </message>
    <message>
        <source>This is not a request zoomdesk can read. {help}</source>
        <translation>Isto não é uma requisição que o zoomdesk consiga ler. {help}</translation>
    </message>
    <message>
        <source>Nothing to check. {help}</source>
        <translation>Nada para verificar. {help}</translation>
    </message>
    <message>
        <source>The URL {url} is not valid ({error}).</source>
        <translation>A URL {url} não é válida ({error}).</translation>
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
        <translation>Nenhuma chamada HTTP com uma URL que o diagnóstico de requisições consiga ler foi encontrada no código.</translation>
    </message>
    <message>
        <source>The base URL comes from {expression}; assumed {host}.</source>
        <translation>A URL base vem de {expression}; foi assumido {host}.</translation>
    </message>
    <message>
        <source>This does not start with `curl`.</source>
        <translation>Isto não começa com `curl`.</translation>
    </message>
    <message>
        <source>The cURL command has no URL.</source>
        <translation>O comando cURL não tem URL.</translation>
    </message>
    <message>
        <source>The credentials are in the URL (`https://id:secret@…`); curl sends them as Basic authorization, but URLs end up in shell history and logs. Use `-u` instead.</source>
        <translation>As credenciais estão na URL (`https://id:secret@…`); o curl as envia como autorização Basic, mas URLs acabam no histórico do shell e nos logs. Use `-u` em vez disso.</translation>
    </message>
    <message>
        <source>The cURL command has unbalanced quotes ({error}).</source>
        <translation>O comando cURL tem aspas sem par ({error}).</translation>
    </message>
    <message>
        <source>`{option}` is missing its value.</source>
        <translation>Falta o valor de `{option}`.</translation>
    </message>
    <message>
        <source>The URL is not valid ({error}).</source>
        <translation>A URL não é válida ({error}).</translation>
    </message>
    <message>
        <source>The body is read from the file {file}; it could not be checked.</source>
        <translation>O corpo é lido do arquivo {file}; não foi possível verificá-lo.</translation>
    </message>
    <message>
        <source>`-k` turns off TLS certificate checks; never use it against Zoom.</source>
        <translation>`-k` desativa a verificação de certificados TLS; nunca o use com o Zoom.</translation>
    </message>
    <message>
        <source>This JSON has no `log.entries`, so it is not a HAR file.</source>
        <translation>Este JSON não tem `log.entries`, então não é um arquivo HAR.</translation>
    </message>
    <message>
        <source>The HAR file has no requests.</source>
        <translation>O arquivo HAR não tem requisições.</translation>
    </message>
    <message>
        <source>The HAR file nests JSON too deeply to be read.</source>
        <translation>O arquivo HAR aninha o JSON profundamente demais para ser lido.</translation>
    </message>
    <message>
        <source>The HAR file is not valid JSON ({error}).</source>
        <translation>O arquivo HAR não é um JSON válido ({error}).</translation>
    </message>
    <message>
        <source>raw HTTP</source>
        <translation>HTTP bruto</translation>
    </message>
    <message>
        <source>The first line is not an HTTP request line like `POST /oauth/token HTTP/1.1`.</source>
        <translation>A primeira linha não é uma linha de requisição HTTP como `POST /oauth/token HTTP/1.1`.</translation>
    </message>
    <message>
        <source>The request has a path but no Host header, so the URL is unknown.</source>
        <translation>A requisição tem um caminho, mas não tem cabeçalho Host, então a URL é desconhecida.</translation>
    </message>
    <message>
        <source>Line {number} is not a header (`Name: value`): {line}</source>
        <translation>A linha {number} não é um cabeçalho (`Name: value`): {line}</translation>
    </message>
    <message>
        <source>it uses URL-safe Base64 (- and _); use standard Base64 (+ and /)</source>
        <translation>ele usa Base64 seguro para URL (- e _); use Base64 padrão (+ e /)</translation>
    </message>
    <message>
        <source>its Base64 lacks the &apos;=&apos; padding at the end</source>
        <translation>falta ao Base64 o preenchimento &apos;=&apos; no final</translation>
    </message>
    <message>
        <source>the encoded text ends with a newline or space (for example `echo` without -n before base64)</source>
        <translation>o texto codificado termina com uma quebra de linha ou um espaço (por exemplo, `echo` sem -n antes do base64)</translation>
    </message>
    <message>
        <source>the client ID part (before &apos;:&apos;) is empty</source>
        <translation>a parte do ID do cliente (antes de &apos;:&apos;) está vazia</translation>
    </message>
    <message>
        <source>nothing follows &apos;Basic&apos;</source>
        <translation>nada vem depois de &apos;Basic&apos;</translation>
    </message>
    <message>
        <source>the word &apos;Basic&apos; is repeated</source>
        <translation>a palavra &apos;Basic&apos; está repetida</translation>
    </message>
    <message>
        <source>client_id:client_secret is written in clear; it must be Base64-encoded</source>
        <translation>client_id:client_secret está escrito em texto puro; ele deve ser codificado em Base64</translation>
    </message>
    <message>
        <source>it decodes to a single value with no &apos;:&apos; (only the client ID, or only the secret, was encoded)</source>
        <translation>ele decodifica para um único valor sem &apos;:&apos; (só o ID do cliente, ou só o segredo, foi codificado)</translation>
    </message>
    <message>
        <source>the client secret part (after &apos;:&apos;) is empty</source>
        <translation>a parte do segredo do cliente (depois de &apos;:&apos;) está vazia</translation>
    </message>
    <message>
        <source>the header is empty</source>
        <translation>o cabeçalho está vazio</translation>
    </message>
    <message>
        <source>it is not valid Base64</source>
        <translation>não é um Base64 válido</translation>
    </message>
    <message>
        <source>it is not valid Base64 of client_id:client_secret</source>
        <translation>não é um Base64 válido de client_id:client_secret</translation>
    </message>
    <message>
        <source>no token after &apos;Bearer&apos;</source>
        <translation>nenhum token depois de &apos;Bearer&apos;</translation>
    </message>
    <message>
        <source>unknown scheme {scheme}</source>
        <translation>esquema desconhecido {scheme}</translation>
    </message>
    <message>
        <source>no closing quotation for the quote at character {position}</source>
        <translation>a aspa no caractere {position} não é fechada</translation>
    </message>
    <message>
        <source>This is a binary file, not a request or a HAR file.</source>
        <translation>Este é um arquivo binário, não uma requisição nem um arquivo HAR.</translation>
    </message>
    <message>
        <source>The file starts like UTF-16 text but is not.</source>
        <translation>O arquivo começa como texto UTF-16, mas não é.</translation>
    </message>
</context>
<context>
    <name>DoctorRender</name>
    <message>
        <source>… ({count} more characters not shown)</source>
        <translation>… (mais {count} caracteres não exibidos)</translation>
    </message>
    <message>
        <source>{names}, … ({count} more)</source>
        <translation>{names}, … (mais {count})</translation>
    </message>
    <message>
        <source>… ({count} more headers not shown)</source>
        <translation>… (mais {count} cabeçalhos não exibidos)</translation>
    </message>
    <message>
        <source>nowhere (no query string, empty body)</source>
        <translation>em lugar nenhum (sem query string, corpo vazio)</translation>
    </message>
    <message>
        <source>(empty body)</source>
        <translation>(corpo vazio)</translation>
    </message>
    <message>
        <source>JSON body (empty object)</source>
        <translation>corpo JSON (objeto vazio)</translation>
    </message>
    <message>
        <source>query string ({names})</source>
        <translation>query string ({names})</translation>
    </message>
    <message>
        <source>form body ({names})</source>
        <translation>corpo de formulário ({names})</translation>
    </message>
    <message>
        <source>JSON body ({names})</source>
        <translation>corpo JSON ({names})</translation>
    </message>
    <message>
        <source>body (unrecognised format)</source>
        <translation>corpo (formato não reconhecido)</translation>
    </message>
</context>
<context>
    <name>DoctorReplay</name>
    <message>
        <source>Replay both against the &amp;sandbox</source>
        <translation>Reenviar ambas para o sand&amp;box</translation>
    </message>
    <message>
        <source>Replay both requests against the sandbox</source>
        <translation>Reenviar as duas requisições para o sandbox</translation>
    </message>
    <message>
        <source>Replay both against &amp;Zoom…</source>
        <translation>Reenviar ambas para o &amp;Zoom…</translation>
    </message>
    <message>
        <source>Replay both requests against Zoom</source>
        <translation>Reenviar as duas requisições para o Zoom</translation>
    </message>
    <message>
        <source>Your credentials are never sent: the target&apos;s own (the sandbox&apos;s, or your connection&apos;s) replace them wherever they travelled, so the replay tests the shape of the request. Against Zoom, two real requests are made.</source>
        <translation>Suas credenciais nunca são enviadas: as do destino (as do sandbox ou as da sua conexão) as substituem onde quer que estejam, então o reenvio testa o formato da requisição. No Zoom, são feitas duas requisições reais.</translation>
    </message>
    <message>
        <source>Nothing replayed yet.</source>
        <translation>Nada foi reenviado ainda.</translation>
    </message>
    <message>
        <source>Replay status</source>
        <translation>Status do reenvio</translation>
    </message>
    <message>
        <source>Outcome of your request</source>
        <translation>Resultado da sua requisição</translation>
    </message>
    <message>
        <source>Outcome of the corrected request</source>
        <translation>Resultado da requisição corrigida</translation>
    </message>
    <message>
        <source>&lt;b&gt;{method} {path} → {outcome}&lt;/b&gt; — failed</source>
        <translation>&lt;b&gt;{method} {path} → {outcome}&lt;/b&gt; — falhou</translation>
    </message>
    <message>
        <source>&lt;b&gt;{method} {path} → {outcome}&lt;/b&gt; — worked</source>
        <translation>&lt;b&gt;{method} {path} → {outcome}&lt;/b&gt; — funcionou</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>A sua</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Corrigida</translation>
    </message>
    <message>
        <source>Replayed against {target}.</source>
        <translation>Reenviadas para {target}.</translation>
    </message>
    <message>
        <source>Replaying the requests</source>
        <translation>Reenvio das requisições</translation>
    </message>
    <message>
        <source>the sandbox</source>
        <translation>o sandbox</translation>
    </message>
    <message>
        <source>Replay against Zoom?</source>
        <translation>Reenviar para o Zoom?</translation>
    </message>
    <message>
        <source>the current connection ({url})</source>
        <translation>a conexão atual ({url})</translation>
    </message>
    <message>
        <source>Zoom ({url})</source>
        <translation>Zoom ({url})</translation>
    </message>
    <message>
        <source>Connect with a stored profile first</source>
        <translation>Conecte-se primeiro com um perfil salvo</translation>
    </message>
    <message>
        <source>Send both requests to {url}?</source>
        <translation>Enviar as duas requisições para {url}?</translation>
    </message>
    <message>
        <source>They are sent with the current connection&apos;s credentials (client ID {client_id}), not the ones you pasted. This makes two real requests to Zoom.</source>
        <translation>Elas são enviadas com as credenciais da conexão atual (ID do cliente {client_id}), não com as que você colou. Isso faz duas requisições reais ao Zoom.</translation>
    </message>
    <message>
        <source>Sending both requests to {target}…</source>
        <translation>Enviando as duas requisições para {target}…</translation>
    </message>
    <message>
        <source>Replayed against {target}: yours → {yours}; corrected → {fixed}.</source>
        <translation>Reenviadas para {target}: a sua → {yours}; a corrigida → {fixed}.</translation>
    </message>
    <message>
        <source>Sends both requests to {url} with the current connection&apos;s credentials</source>
        <translation>Envia as duas requisições para {url} com as credenciais da conexão atual</translation>
    </message>
</context>
<context>
    <name>DoctorResponses</name>
    <message>
        <source>Zoom limits requests per second per account (shared by all its apps). This is short-lived: zoomdesk waits and retries a few times by itself.</source>
        <translation>O Zoom limita as requisições por segundo por conta (compartilhadas por todos os apps dela). Isso é passageiro: o zoomdesk aguarda e tenta de novo algumas vezes sozinho.</translation>
    </message>
    <message>
        <source>Zoom: {message}</source>
        <translation>Zoom: {message}</translation>
    </message>
    <message>
        <source>Too many requests per second (Zoom&apos;s per-second rate limit)</source>
        <translation>Requisições demais por segundo (limite de taxa por segundo do Zoom)</translation>
    </message>
    <message>
        <source>Nothing to do unless it keeps happening; then run fewer things at once.</source>
        <translation>Nada a fazer, a menos que continue acontecendo; nesse caso, execute menos coisas ao mesmo tempo.</translation>
    </message>
    <message>
        <source>in {hours} h {minutes} min</source>
        <translation>em {hours} h {minutes} min</translation>
    </message>
    <message>
        <source>in {minutes} min {seconds} s</source>
        <translation>em {minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>This host reached Zoom&apos;s limit of 100 meeting creates/updates a day</source>
        <translation>Este anfitrião atingiu o limite do Zoom de 100 criações/atualizações de reuniões por dia</translation>
    </message>
    <message>
        <source>Wait until the reset, or spread the work over other host users.</source>
        <translation>Aguarde a reinicialização ou distribua o trabalho entre outros anfitriões.</translation>
    </message>
    <message>
        <source>The account reached Zoom&apos;s daily limit for this kind of call</source>
        <translation>A conta atingiu o limite diário do Zoom para este tipo de chamada</translation>
    </message>
    <message>
        <source>Wait until the reset time. If it happens often, reduce how often the data is reloaded, or ask Zoom about a higher plan.</source>
        <translation>Aguarde o horário de reinicialização. Se acontecer com frequência, recarregue os dados menos vezes ou consulte o Zoom sobre um plano superior.</translation>
    </message>
    <message>
        <source>Zoom asked to wait until {time} UTC ({seconds} s).</source>
        <translation>O Zoom pediu para aguardar até {time} UTC ({seconds} s).</translation>
    </message>
    <message>
        <source>Zoom allows 100 create or update requests per day for the meetings of one host user. It resets at 00:00 UTC: {reset}.</source>
        <translation>O Zoom permite 100 requisições de criação ou atualização por dia para as reuniões de um mesmo anfitrião. O limite é reiniciado às 00:00 UTC: {reset}.</translation>
    </message>
    <message>
        <source>Daily limits are shared by every app of the Zoom account and depend on the plan. Retrying now will not help; calls work again at {reset}.</source>
        <translation>Os limites diários são compartilhados por todos os apps da conta Zoom e dependem do plano. Tentar de novo agora não adianta; as chamadas voltam a funcionar em {reset}.</translation>
    </message>
    <message>
        <source>list users</source>
        <translation>listar usuários</translation>
    </message>
    <message>
        <source>list meetings</source>
        <translation>listar reuniões</translation>
    </message>
    <message>
        <source>create meeting</source>
        <translation>criar uma reunião</translation>
    </message>
    <message>
        <source>get user</source>
        <translation>obter um usuário</translation>
    </message>
    <message>
        <source>get meeting</source>
        <translation>obter uma reunião</translation>
    </message>
    <message>
        <source>update meeting</source>
        <translation>atualizar uma reunião</translation>
    </message>
    <message>
        <source>delete meeting</source>
        <translation>excluir uma reunião</translation>
    </message>
    <message>
        <source>Scopes are granted to the app, not to the user; they can also disappear when the app owner&apos;s role changes.</source>
        <translation>Os escopos são concedidos ao app, não ao usuário; eles também podem desaparecer quando a função do proprietário do app muda.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>In the Zoom App Marketplace ▸ Manage ▸ your app ▸ Scopes, add the scope, save, then get a new token (the old one keeps the old scopes).</source>
        <translation>Em Zoom App Marketplace ▸ Manage ▸ seu app ▸ Scopes, adicione o escopo, salve e obtenha um novo token (o antigo mantém os escopos antigos).</translation>
    </message>
    <message>
        <source>Zoom refused the access token</source>
        <translation>O Zoom recusou o token de acesso</translation>
    </message>
    <message>
        <source>The token is not valid for this API: cut off when copied, from another app or account, revoked, or the app was deactivated.</source>
        <translation>O token não é válido para esta API: foi cortado ao ser copiado, é de outro app ou conta, foi revogado ou o app foi desativado.</translation>
    </message>
    <message>
        <source>Get a new token; if it keeps failing, check the app is still activated.</source>
        <translation>Obtenha um novo token; se continuar falhando, verifique se o app ainda está ativado.</translation>
    </message>
    <message>
        <source>Correct the named fields (lengths: topic 200, agenda 2000, passcode 10 characters of A-Z a-z 0-9 @ - _ *) and send again.</source>
        <translation>Corrija os campos indicados (tamanhos: tópico 200, pauta 2000, senha 10 caracteres de A-Z a-z 0-9 @ - _ *) e envie novamente.</translation>
    </message>
    <message>
        <source>a scope</source>
        <translation>um escopo</translation>
    </message>
    <message>
        <source>Zoom refuses access tokens sent in the query string</source>
        <translation>O Zoom recusa tokens de acesso enviados na string de consulta</translation>
    </message>
    <message>
        <source>Since February 2023 the token must travel in the Authorization header.</source>
        <translation>Desde fevereiro de 2023, o token deve ser enviado no cabeçalho Authorization.</translation>
    </message>
    <message>
        <source>Send `Authorization: Bearer &lt;token&gt;` and remove ?access_token=….</source>
        <translation>Envie `Authorization: Bearer &lt;token&gt;` e remova ?access_token=….</translation>
    </message>
    <message>
        <source>The access token has expired</source>
        <translation>O token de acesso expirou</translation>
    </message>
    <message>
        <source>Server-to-Server tokens last one hour and have no refresh token: a new one must be requested with the same account_credentials grant. zoomdesk does this by itself once when Zoom says the token expired.</source>
        <translation>Os tokens Server-to-Server duram uma hora e não têm token de atualização: é preciso solicitar um novo com a mesma concessão account_credentials. O zoomdesk faz isso sozinho uma vez quando o Zoom informa que o token expirou.</translation>
    </message>
    <message>
        <source>Get a new token (the button in Token status). Code that fetches a token once at start-up must fetch a new one before the hour is up.</source>
        <translation>Obtenha um novo token (o botão em Status do token). Um código que obtém um token uma única vez na inicialização precisa obter um novo antes de completar uma hora.</translation>
    </message>
    <message>
        <source>Zoom named no field.</source>
        <translation>O Zoom não indicou nenhum campo.</translation>
    </message>
    <message>
        <source>Zoom rejected the request&apos;s values</source>
        <translation>O Zoom rejeitou os valores da requisição</translation>
    </message>
    <message>
        <source>The access token lacks the scope this call needs ({scopes})</source>
        <translation>Falta ao token de acesso o escopo de que esta chamada precisa ({scopes})</translation>
    </message>
    <message>
        <source>Zoom: HTTP {status}, code {code}: {message}</source>
        <translation>Zoom: HTTP {status}, código {code}: {message}</translation>
    </message>
    <message>
        <source>The user ID or email does not exist, or belongs to another Zoom account than the one the app is in. With Server-to-Server apps, &apos;me&apos; is the app&apos;s owner.</source>
        <translation>O ID de usuário ou e-mail não existe, ou pertence a outra conta Zoom que não a do app. Em apps Server-to-Server, &apos;me&apos; é o proprietário do app.</translation>
    </message>
    <message>
        <source>Pick the host from the account&apos;s users list (GET /users) and use its ID or email.</source>
        <translation>Escolha o anfitrião na lista de usuários da conta (GET /users) e use o ID ou e-mail dele.</translation>
    </message>
    <message>
        <source>It was deleted, has ended and expired, the ID is mistyped (meeting IDs are long: 10 or 11 digits), or it belongs to another account.</source>
        <translation>Ela foi excluída, terminou e expirou, o ID foi digitado errado (IDs de reunião são longos: 10 ou 11 dígitos) ou pertence a outra conta.</translation>
    </message>
    <message>
        <source>Reload the meetings list and pick the meeting again.</source>
        <translation>Recarregue a lista de reuniões e escolha a reunião novamente.</translation>
    </message>
    <message>
        <source>These are the retired JWT app&apos;s API key and secret</source>
        <translation>Estes são a chave e o segredo de API de um app JWT descontinuado</translation>
    </message>
    <message>
        <source>Zoom&apos;s JWT apps were retired in 2023. The message comes from sending a JWT app&apos;s key and secret.</source>
        <translation>Os apps JWT do Zoom foram descontinuados em 2023. A mensagem vem do envio da chave e do segredo de um app JWT.</translation>
    </message>
    <message>
        <source>Create a Server-to-Server OAuth app and use its credentials.</source>
        <translation>Crie um app Server-to-Server OAuth e use as credenciais dele.</translation>
    </message>
    <message>
        <source>Zoom refused: no permission for this</source>
        <translation>O Zoom recusou: sem permissão para isso</translation>
    </message>
    <message>
        <source>The app or its owner&apos;s role lacks the permission, or the account&apos;s settings forbid it.</source>
        <translation>O app ou a função do proprietário não tem a permissão, ou as configurações da conta a proíbem.</translation>
    </message>
    <message>
        <source>Check the app owner&apos;s role and the account settings in the Zoom web portal.</source>
        <translation>Verifique a função do proprietário do app e as configurações da conta no portal web do Zoom.</translation>
    </message>
    <message>
        <source>Zoom did not find this path</source>
        <translation>O Zoom não encontrou este caminho</translation>
    </message>
    <message>
        <source>Either the object does not exist, or the URL is wrong (missing /v2, a typo, a wrong API host).</source>
        <translation>Ou o objeto não existe, ou a URL está errada (falta /v2, um erro de digitação, um host de API errado).</translation>
    </message>
    <message>
        <source>Compare the URL with Zoom&apos;s API reference: https://api.zoom.us/v2/….</source>
        <translation>Compare a URL com a referência da API do Zoom: https://api.zoom.us/v2/….</translation>
    </message>
    <message>
        <source>The problem is on the server side, not in the request. A create that got a 500 may still have been carried out.</source>
        <translation>O problema está no servidor, não na requisição. Uma criação que recebeu um 500 pode ter sido realizada mesmo assim.</translation>
    </message>
    <message>
        <source>Wait and retry reads; for a create, list the meetings first. See https://status.zoom.us.</source>
        <translation>Aguarde e repita as leituras; para uma criação, liste as reuniões primeiro. Veja https://status.zoom.us.</translation>
    </message>
    <message>
        <source>Zoom says the token lacks: {scopes}.</source>
        <translation>Segundo o Zoom, falta ao token: {scopes}.</translation>
    </message>
    <message>
        <source>Zoom&apos;s validation failed ({message}).</source>
        <translation>A validação do Zoom falhou ({message}).</translation>
    </message>
    <message>
        <source>Fields: {fields}.</source>
        <translation>Campos: {fields}.</translation>
    </message>
    <message>
        <source>Zoom rejected a value: {fields}</source>
        <translation>O Zoom rejeitou um valor: {fields}</translation>
    </message>
    <message>
        <source>To {operation}, add the classic scope {scope}.</source>
        <translation>Para {operation}, adicione o escopo clássico {scope}.</translation>
    </message>
    <message>
        <source>Zoom knows no user {user} in this account</source>
        <translation>O Zoom não conhece nenhum usuário {user} nesta conta</translation>
    </message>
    <message>
        <source>Meeting {meeting} was not found</source>
        <translation>A reunião {meeting} não foi encontrada</translation>
    </message>
    <message>
        <source>Zoom (or a proxy) failed with HTTP {status}</source>
        <translation>O Zoom (ou um proxy) falhou com HTTP {status}</translation>
    </message>
    <message>
        <source>To {operation}, add the granular scope {scope}.</source>
        <translation>Para {operation}, adicione o escopo granular {scope}.</translation>
    </message>
    <message>
        <source>To {operation}, add {granular} (granular scopes, apps made since April 2024) or {classic} (classic scopes, older apps).</source>
        <translation>Para {operation}, adicione {granular} (escopos granulares, apps criados desde abril de 2024) ou {classic} (escopos clássicos, apps mais antigos).</translation>
    </message>
    <message>
        <source>Token scopes: {scopes}</source>
        <translation>Escopos do token: {scopes}</translation>
    </message>
    <message>
        <source>Zoom App Marketplace ▸ Manage ▸ your Server-to-Server OAuth app ▸ App Credentials</source>
        <translation>Zoom App Marketplace ▸ Manage ▸ seu app Server-to-Server OAuth ▸ App Credentials</translation>
    </message>
    <message>
        <source>Zoom&apos;s generic token error</source>
        <translation>erro genérico de token do Zoom</translation>
    </message>
    <message>
        <source>invalid client ID or secret</source>
        <translation>ID do cliente ou segredo do cliente inválido</translation>
    </message>
    <message>
        <source>grant type not supported</source>
        <translation>tipo de concessão não suportado</translation>
    </message>
    <message>
        <source>client ID, secret or grant type missing</source>
        <translation>falta o ID do cliente, o segredo do cliente ou o tipo de concessão</translation>
    </message>
    <message>
        <source>redirect URI mismatch</source>
        <translation>o URI de redirecionamento não corresponde</translation>
    </message>
    <message>
        <source>refresh token invalid or scope mismatch</source>
        <translation>token de atualização inválido ou escopos não correspondentes</translation>
    </message>
    <message>
        <source>the app has been disabled</source>
        <translation>o app foi desativado</translation>
    </message>
    <message>
        <source>Response: HTTP {status} {reason} (no JSON body)</source>
        <translation>Resposta: HTTP {status} {reason} (sem corpo JSON)</translation>
    </message>
    <message>
        <source>Response: HTTP {status} {body}</source>
        <translation>Resposta: HTTP {status} {body}</translation>
    </message>
    <message>
        <source>Zoom answered {answer}: it did not find the parameters where it reads them.</source>
        <translation>O Zoom respondeu {answer}: ele não encontrou os parâmetros onde os lê.</translation>
    </message>
    <message>
        <source>Zoom did not accept the client ID or client secret</source>
        <translation>O Zoom não aceitou o ID do cliente ou o segredo do cliente</translation>
    </message>
    <message>
        <source>These credentials cannot use the account_credentials grant</source>
        <translation>Estas credenciais não podem usar a concessão account_credentials</translation>
    </message>
    <message>
        <source>Zoom answered unsupported_grant_type to a well-formed request. The credentials belong to another kind of Zoom app (General/OAuth, Meeting SDK, Zoom Apps): only a Server-to-Server OAuth app may use account_credentials. It also happens when the steps for user OAuth are followed with Server-to-Server credentials.</source>
        <translation>O Zoom respondeu unsupported_grant_type a uma requisição bem formada. As credenciais pertencem a outro tipo de app Zoom (General/OAuth, Meeting SDK, Zoom Apps): só um app Server-to-Server OAuth pode usar account_credentials. Isso também acontece quando os passos do OAuth de usuário são seguidos com credenciais Server-to-Server.</translation>
    </message>
    <message>
        <source>In the Zoom App Marketplace, Develop ▸ Build App ▸ Server-to-Server OAuth; activate it and use its Account ID, Client ID and Client Secret.</source>
        <translation>No Zoom App Marketplace, Develop ▸ Build App ▸ Server-to-Server OAuth; ative o app e use o Account ID, o Client ID e o Client Secret dele.</translation>
    </message>
    <message>
        <source>Zoom did not accept the account ID</source>
        <translation>O Zoom não aceitou o ID da conta</translation>
    </message>
    <message>
        <source>The request has the right shape and the credentials were not refused, so the account_id is the likely culprit: it must be the Account ID shown on the app&apos;s App Credentials page (not the client ID, not a user ID or email).</source>
        <translation>A requisição tem o formato certo e as credenciais não foram recusadas, então o account_id é o provável culpado: ele deve ser o Account ID mostrado na página App Credentials do app (não o ID do cliente, nem um ID de usuário ou e-mail).</translation>
    </message>
    <message>
        <source>Zoom answered invalid_grant</source>
        <translation>O Zoom respondeu invalid_grant</translation>
    </message>
    <message>
        <source>Zoom rejected the grant. Server-to-Server apps use grant_type=account_credentials with an account_id; refresh tokens and authorization codes belong to other app types.</source>
        <translation>O Zoom rejeitou a concessão. Apps Server-to-Server usam grant_type=account_credentials com um account_id; tokens de atualização e códigos de autorização são de outros tipos de app.</translation>
    </message>
    <message>
        <source>Use grant_type=account_credentials.</source>
        <translation>Use grant_type=account_credentials.</translation>
    </message>
    <message>
        <source>The Zoom app has been disabled</source>
        <translation>O app Zoom foi desativado</translation>
    </message>
    <message>
        <source>Zoom answered 4717: the app was deactivated or disabled by an admin.</source>
        <translation>O Zoom respondeu 4717: o app foi desativado ou bloqueado por um administrador.</translation>
    </message>
    <message>
        <source>Re-activate it in Zoom App Marketplace ▸ Manage ▸ your Server-to-Server OAuth app ▸ Activation.</source>
        <translation>Reative-o em Zoom App Marketplace ▸ Manage ▸ seu app Server-to-Server OAuth ▸ Activation.</translation>
    </message>
    <message>
        <source>Zoom&apos;s sign-in service is unavailable</source>
        <translation>O serviço de login do Zoom está indisponível</translation>
    </message>
    <message>
        <source>Wait a few minutes and try again; check https://status.zoom.us.</source>
        <translation>Aguarde alguns minutos e tente de novo; verifique https://status.zoom.us.</translation>
    </message>
    <message>
        <source>Zoom gave no further detail.</source>
        <translation>O Zoom não deu mais detalhes.</translation>
    </message>
    <message>
        <source>Zoom answered {status} invalid_client (Zoom uses 400 here, not 401). The client ID or secret is wrong, has a stray space, belongs to another app, was regenerated since it was copied, or the app is not activated yet (a Server-to-Server app issues no tokens until it is activated).</source>
        <translation>O Zoom respondeu {status} invalid_client (o Zoom usa 400 aqui, não 401). O ID do cliente ou o segredo do cliente está errado, tem um espaço sobrando, pertence a outro app, foi gerado de novo depois de copiado ou o app ainda não está ativado (um app Server-to-Server não emite tokens até ser ativado).</translation>
    </message>
    <message>
        <source>Open {page}; copy the Client ID and Client Secret again, and check the Activation page says the app is activated.</source>
        <translation>Abra {page}; copie de novo o Client ID e o Client Secret e verifique se a página Activation mostra que o app está ativado.</translation>
    </message>
    <message>
        <source>Copy the Account ID from {page} into the profile (or account_id=…).</source>
        <translation>Copie o Account ID de {page} para o perfil (ou para account_id=…).</translation>
    </message>
    <message>
        <source>The token endpoint answered {status}: the problem is on Zoom&apos;s side (or a proxy&apos;s), not in the request.</source>
        <translation>O endpoint de tokens respondeu {status}: o problema está no Zoom (ou em um proxy), não na requisição.</translation>
    </message>
    <message>
        <source>Zoom refused the token request: {meaning} (code {code})</source>
        <translation>O Zoom recusou a solicitação de token: {meaning} (código {code})</translation>
    </message>
    <message>
        <source>Check the app&apos;s credentials and status on {page}.</source>
        <translation>Verifique as credenciais e o status do app em {page}.</translation>
    </message>
</context>
<context>
    <name>DoctorReview</name>
    <message>
        <source>No HTTP call with a URL the doctor can read was found in the code.</source>
        <translation>Nenhuma chamada HTTP com uma URL que o diagnóstico de requisições consiga ler foi encontrada no código.</translation>
    </message>
</context>
<context>
    <name>DoctorSchema</name>
    <message>
        <source>`{name}` must be an array</source>
        <translation>`{name}` deve ser um array</translation>
    </message>
    <message>
        <source>Send `{name}` as an array.</source>
        <translation>Envie `{name}` como array.</translation>
    </message>
    <message>
        <source>This path takes {methods}; Zoom answers {method} with 404 or 405.</source>
        <translation>Este caminho aceita {methods}; o Zoom responde a {method} com 404 ou 405.</translation>
    </message>
    <message>
        <source>To change a meeting use PATCH (Zoom has no PUT for meetings).</source>
        <translation>Para alterar uma reunião use PATCH (o Zoom não tem PUT para reuniões).</translation>
    </message>
    <message>
        <source>Use {methods} or {method}.</source>
        <translation>Use {methods} ou {method}.</translation>
    </message>
    <message>
        <source>`{name}` must be a string</source>
        <translation>`{name}` deve ser uma string</translation>
    </message>
    <message>
        <source>Send `{name}` as a string.</source>
        <translation>Envie `{name}` como string.</translation>
    </message>
    <message>
        <source>`{name}` must be a whole number</source>
        <translation>`{name}` deve ser um número inteiro</translation>
    </message>
    <message>
        <source>Send `{name}` as a whole number.</source>
        <translation>Envie `{name}` como número inteiro.</translation>
    </message>
    <message>
        <source>`{name}` must be true or false</source>
        <translation>`{name}` deve ser true ou false</translation>
    </message>
    <message>
        <source>Send `{name}` as true or false.</source>
        <translation>Envie `{name}` como true ou false.</translation>
    </message>
    <message>
        <source>`{name}` must be an object</source>
        <translation>`{name}` deve ser um objeto</translation>
    </message>
    <message>
        <source>Send `{name}` as an object.</source>
        <translation>Envie `{name}` como objeto.</translation>
    </message>
    <message>
        <source>Zoom has no meeting field `{name}`; did you mean `{near}`?</source>
        <translation>O Zoom não tem o campo de reunião `{name}`; você quis dizer `{near}`?</translation>
    </message>
    <message>
        <source>Use `{near}`.</source>
        <translation>Use `{near}`.</translation>
    </message>
    <message>
        <source>Zoom has no meeting field `{name}`</source>
        <translation>O Zoom não tem o campo de reunião `{name}`</translation>
    </message>
    <message>
        <source>Remove it, or check the field in Zoom&apos;s API reference.</source>
        <translation>Remova-o ou confira o campo na referência da API do Zoom.</translation>
    </message>
    <message>
        <source>`start_time` ends in Z (UTC) and a `timezone` is also sent</source>
        <translation>`start_time` termina em Z (UTC) e um `timezone` também é enviado</translation>
    </message>
    <message>
        <source>With a Z, Zoom reads the time as UTC and uses `timezone` only for display: a 10:00 meant in the meeting&apos;s zone starts at 10:00 UTC instead. The classic cause is a naive local time formatted with a Z (`toISOString()`, `strftime(&apos;…Z&apos;)`).</source>
        <translation>Com um Z, o Zoom lê o horário como UTC e usa `timezone` só para exibição: 10:00 pensado no fuso horário da reunião começa então às 10:00 UTC. A causa clássica é um horário local sem fuso formatado com Z (`toISOString()`, `strftime(&apos;…Z&apos;)`).</translation>
    </message>
    <message>
        <source>Either send the local time without Z (`2026-03-01T10:00:00`) with `timezone`, or convert to UTC yourself and keep the Z.</source>
        <translation>Envie o horário local sem Z (`2026-03-01T10:00:00`) com `timezone`, ou converta você mesmo para UTC e mantenha o Z.</translation>
    </message>
    <message>
        <source>Zoom answers an unknown path with 404 (or 300 `Invalid api`). Paths are case-sensitive and plural (`users`, `meetings`).</source>
        <translation>O Zoom responde a um caminho desconhecido com 404 (ou 300 `Invalid api`). Os caminhos diferenciam maiúsculas de minúsculas e ficam no plural (`users`, `meetings`).</translation>
    </message>
    <message>
        <source>Use {method}.</source>
        <translation>Use {method}.</translation>
    </message>
    <message>
        <source>Zoom ignores fields it does not know, so this value is silently lost.</source>
        <translation>O Zoom ignora campos que não conhece, então esse valor se perde sem aviso.</translation>
    </message>
    <message>
        <source>Zoom answers 300 (validation failed) and creates or changes nothing.</source>
        <translation>O Zoom responde 300 (falha na validação) e não cria nem altera nada.</translation>
    </message>
    <message>
        <source>Correct the value.</source>
        <translation>Corrija o valor.</translation>
    </message>
    <message>
        <source>`type` is 8 (recurring, fixed time) but there is no `recurrence`</source>
        <translation>`type` é 8 (recorrente, horário fixo), mas não há `recurrence`</translation>
    </message>
    <message>
        <source>Zoom needs the pattern (`recurrence.type`, `repeat_interval`, an end) for a recurring meeting with a fixed time; without it the call fails with 300.</source>
        <translation>Para uma reunião recorrente com horário fixo, o Zoom precisa do padrão (`recurrence.type`, `repeat_interval`, um fim); sem ele, a chamada falha com 300.</translation>
    </message>
    <message>
        <source>Add `recurrence`, or use type 3 (recurring, no fixed time).</source>
        <translation>Adicione `recurrence` ou use o tipo 3 (recorrente, sem horário fixo).</translation>
    </message>
    <message>
        <source>Zoom ignores `recurrence` unless `type` is 8 (or 3): the meeting is created once, not as a series.</source>
        <translation>O Zoom ignora `recurrence` a menos que `type` seja 8 (ou 3): a reunião é criada uma vez, não como série.</translation>
    </message>
    <message>
        <source>Send `type: 8` with the recurrence.</source>
        <translation>Envie `type: 8` com a recorrência.</translation>
    </message>
    <message>
        <source>{method} is not a method of {path}</source>
        <translation>{method} não é um método de {path}</translation>
    </message>
    <message>
        <source>Zoom has no {path}; the closest known path is {near}</source>
        <translation>O Zoom não tem {path}; o caminho conhecido mais próximo é {near}</translation>
    </message>
    <message>
        <source>Use {call}.</source>
        <translation>Use {call}.</translation>
    </message>
    <message>
        <source>It is {value}; Zoom answers 300 (validation failed) for a wrong type.</source>
        <translation>O valor é {value}; para um tipo errado, o Zoom responde 300 (falha na validação).</translation>
    </message>
    <message>
        <source>`recurrence` is sent with `type` {type}, which is not recurring</source>
        <translation>`recurrence` é enviado com `type` {type}, que não é recorrente</translation>
    </message>
</context>
<context>
    <name>DoctorToken</name>
    <message>
        <source>client_credentials is the grant of other OAuth servers and of Zoom&apos;s chatbot apps, not of Server-to-Server apps.</source>
        <translation>client_credentials é o grant de outros servidores OAuth e dos apps de chatbot do Zoom, não dos apps Server-to-Server.</translation>
    </message>
    <message>
        <source>authorization_code is the user-authorised OAuth flow (a General app with a redirect URL), not Server-to-Server.</source>
        <translation>authorization_code é o fluxo OAuth autorizado pelo usuário (um app General com URL de redirecionamento), não Server-to-Server.</translation>
    </message>
    <message>
        <source>Server-to-Server apps get no refresh token; ask for a new token with the same grant instead.</source>
        <translation>Apps Server-to-Server não recebem token de atualização; em vez disso, peça um novo token com o mesmo grant.</translation>
    </message>
    <message>
        <source>In axios, `{params}` always goes into the URL&apos;s query string, even on a POST. That is what the reply in the forum thread suggested, and it is the same mistake.</source>
        <translation>No axios, `{params}` sempre vai para a query string da URL, mesmo em um POST. Foi isso que a resposta no tópico do fórum sugeriu, e é o mesmo erro.</translation>
    </message>
    <message>
        <source>axios `params:` put the token parameters in the query string</source>
        <translation>O `params:` do axios colocou os parâmetros do token na query string</translation>
    </message>
    <message>
        <source>The token parameters travelled in the query string, not in the body</source>
        <translation>Os parâmetros do token foram na query string, não no corpo</translation>
    </message>
    <message>
        <source>{name} was sent in the URL&apos;s query string ({example}) and not in the request body.</source>
        <translation>{name} foi enviado na query string da URL ({example}) e não no corpo da requisição.</translation>
    </message>
    <message>
        <source>{name} and {other} were sent in the URL&apos;s query string ({example}) and not in the request body.</source>
        <translation>{name} e {other} foram enviados na query string da URL ({example}) e não no corpo da requisição.</translation>
    </message>
    <message>
        <source>Zoom&apos;s older docs showed this form, but Zoom now answers such requests with a bare `400 Bad Request` (invalid_request or unsupported_grant_type). An empty body with a form Content-Type is exactly what broke working integrations in 2024.</source>
        <translation>A documentação antiga do Zoom mostrava essa forma, mas agora o Zoom responde a essas requisições apenas com `400 Bad Request` (invalid_request ou unsupported_grant_type). Um corpo vazio com Content-Type de formulário é exatamente o que quebrou integrações que funcionavam em 2024.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>Zoom&apos;s token endpoint only issues tokens for POST requests.</source>
        <translation>O endpoint de tokens do Zoom só emite tokens para requisições POST.</translation>
    </message>
    <message>
        <source>Send `POST /oauth/token`.</source>
        <translation>Envie `POST /oauth/token`.</translation>
    </message>
    <message>
        <source>The token request has a JSON body; Zoom expects a form body</source>
        <translation>A requisição de token tem um corpo JSON; o Zoom espera um corpo de formulário</translation>
    </message>
    <message>
        <source>grant_type is missing</source>
        <translation>grant_type está ausente</translation>
    </message>
    <message>
        <source>Send them as a form body: `{header}` and the body `{body}`, with nothing in the query string.</source>
        <translation>Envie-os como corpo de formulário: `{header}` e o corpo `{body}`, sem nada na query string.</translation>
    </message>
    <message>
        <source>The token parameters are in both the query string and the body</source>
        <translation>Os parâmetros do token estão tanto na query string quanto no corpo</translation>
    </message>
    <message>
        <source>Zoom reads the body, so this works, but the query-string copy is a leftover of the old style and ends up in proxy and server logs.</source>
        <translation>O Zoom lê o corpo, então funciona, mas a cópia na query string é uma sobra do estilo antigo e acaba em logs de proxy e de servidor.</translation>
    </message>
    <message>
        <source>Remove the query string; keep only the form body.</source>
        <translation>Remova a query string; mantenha só o corpo de formulário.</translation>
    </message>
    <message>
        <source>The token request has a body but no Content-Type</source>
        <translation>A requisição de token tem corpo, mas não tem Content-Type</translation>
    </message>
    <message>
        <source>`{call}`, not `params=` or `json=`</source>
        <translation>`{call}`, não `params=` nem `json=`</translation>
    </message>
    <message>
        <source>`{call}`; `params:` is the query string, only `data:` is the body</source>
        <translation>`{call}`; `params:` é a query string, só `data:` é o corpo</translation>
    </message>
    <message>
        <source>The token request uses {method}; it must be POST</source>
        <translation>A requisição de token usa {method}; ela deve ser POST</translation>
    </message>
    <message>
        <source>A Server-to-Server OAuth token request needs `{parameter}`.</source>
        <translation>Uma requisição de token Server-to-Server OAuth precisa de `{parameter}`.</translation>
    </message>
    <message>
        <source>Add `{parameter}` to the form body.</source>
        <translation>Adicione `{parameter}` ao corpo de formulário.</translation>
    </message>
    <message>
        <source>Zoom answers other grant types with `400 unsupported_grant_type`.</source>
        <translation>O Zoom responde a outros tipos de grant com `400 unsupported_grant_type`.</translation>
    </message>
    <message>
        <source>The token endpoint reads `{type}` only. A JSON body (even `{empty}`) is not parsed, so Zoom sees no grant_type and answers `400 unsupported_grant_type`.</source>
        <translation>O endpoint de tokens só lê `{type}`. Um corpo JSON (mesmo `{empty}`) não é analisado, então o Zoom não vê nenhum grant_type e responde `400 unsupported_grant_type`.</translation>
    </message>
    <message>
        <source>Without `{header}` Zoom does not read the body as form fields, so grant_type and account_id are not seen.</source>
        <translation>Sem `{header}`, o Zoom não lê o corpo como campos de formulário, então grant_type e account_id não são vistos.</translation>
    </message>
    <message>
        <source>Add the header `{header}`.</source>
        <translation>Adicione o cabeçalho `{header}`.</translation>
    </message>
    <message>
        <source>grant_type is {value}; a Server-to-Server app uses account_credentials</source>
        <translation>grant_type é {value}; um app Server-to-Server usa account_credentials</translation>
    </message>
    <message>
        <source>Use `{parameter}`.</source>
        <translation>Use `{parameter}`.</translation>
    </message>
    <message>
        <source>The token request body is sent as {type}</source>
        <translation>O corpo da requisição de token é enviado como {type}</translation>
    </message>
    <message>
        <source>Zoom reads the token request as `{type}`; multipart or plain-text bodies are not parsed.</source>
        <translation>O Zoom lê a requisição de token como `{type}`; corpos multipart ou de texto simples não são analisados.</translation>
    </message>
    <message>
        <source>It held {names}.</source>
        <translation>Ele continha {names}.</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nada)</translation>
    </message>
    <message>
        <source>Body: empty</source>
        <translation>Corpo: vazio</translation>
    </message>
    <message>
        <source>The {names} in the query string and body are not read instead.</source>
        <translation>Os {names} na query string e no corpo não são lidos no lugar.</translation>
    </message>
    <message>
        <source>{names} also appear in the query string and body</source>
        <translation>{names} também aparecem na query string e no corpo</translation>
    </message>
    <message>
        <source>Body: {body}</source>
        <translation>Corpo: {body}</translation>
    </message>
    <message>
        <source>Query string: {query}</source>
        <translation>Query string: {query}</translation>
    </message>
    <message>
        <source>{name} and {other}</source>
        <translation>{name} e {other}</translation>
    </message>
    <message>
        <source>The {names} in the query string are not read instead.</source>
        <translation>Os {names} na query string não são lidos no lugar.</translation>
    </message>
    <message>
        <source>The {names} in the body are not read instead.</source>
        <translation>Os {names} no corpo não são lidos no lugar.</translation>
    </message>
    <message>
        <source>{names} also appear in the query string</source>
        <translation>{names} também aparecem na query string</translation>
    </message>
    <message>
        <source>{names} also appear in the body</source>
        <translation>{names} também aparecem no corpo</translation>
    </message>
    <message>
        <source>Body (JSON): {body}</source>
        <translation>Corpo (JSON): {body}</translation>
    </message>
    <message>
        <source>The account_credentials grant names the Zoom account: without it Zoom cannot issue a token (it answers 400).</source>
        <translation>O grant account_credentials indica a conta do Zoom: sem ela, o Zoom não consegue emitir um token (ele responde 400).</translation>
    </message>
    <message>
        <source>account_id is the same as the client ID</source>
        <translation>account_id é igual ao ID do cliente</translation>
    </message>
    <message>
        <source>The Account ID and the Client ID are two different values on the app&apos;s App Credentials page; a wrong account ID gives opaque 400 errors.</source>
        <translation>O ID da conta (Account ID) e o ID do cliente (Client ID) são dois valores diferentes na página App Credentials do app; um ID da conta errado gera erros 400 obscuros.</translation>
    </message>
    <message>
        <source>Copy the Account ID (not the Client ID) into account_id.</source>
        <translation>Copie o ID da conta (Account ID, não o ID do cliente) em account_id.</translation>
    </message>
    <message>
        <source>The client secret is in the URL</source>
        <translation>O segredo do cliente está na URL</translation>
    </message>
    <message>
        <source>URLs end up in proxy logs, server logs and browser history: the secret should be treated as leaked.</source>
        <translation>URLs acabam em logs de proxy, logs de servidor e no histórico do navegador: o segredo deve ser considerado vazado.</translation>
    </message>
    <message>
        <source>There is no Authorization header</source>
        <translation>Não há cabeçalho Authorization</translation>
    </message>
    <message>
        <source>account_id is missing</source>
        <translation>account_id está ausente</translation>
    </message>
    <message>
        <source>account_id is empty</source>
        <translation>account_id está vazio</translation>
    </message>
    <message>
        <source>account_id does not look like a Zoom account ID</source>
        <translation>account_id não parece um ID da conta do Zoom</translation>
    </message>
    <message>
        <source>A Zoom account ID is a short code (letters, digits, - and _) shown on the App Credentials page. Spaces, an email address or a stray newline make it wrong.</source>
        <translation>Um ID da conta do Zoom é um código curto (letras, dígitos, - e _) exibido na página App Credentials. Espaços, um endereço de e-mail ou uma quebra de linha perdida o tornam inválido.</translation>
    </message>
    <message>
        <source>Copy the Account ID again from the App Credentials page, without spaces.</source>
        <translation>Copie novamente o ID da conta da página App Credentials, sem espaços.</translation>
    </message>
    <message>
        <source>The token endpoint authenticates the app with its client ID and secret as HTTP Basic. A Bearer token is what you get back from it, for API calls.</source>
        <translation>O endpoint de tokens autentica o app com o ID do cliente e o segredo do cliente via HTTP Basic. O token Bearer é o que ele devolve, para as chamadas de API.</translation>
    </message>
    <message>
        <source>Copy the Account ID from the App Credentials page of your Server-to-Server OAuth app (Zoom App Marketplace ▸ Manage ▸ your app) and send `{parameter}` in the form body.</source>
        <translation>Copie o ID da conta (Account ID) da página App Credentials do seu app Server-to-Server OAuth (Zoom App Marketplace ▸ Manage ▸ seu app) e envie `{parameter}` no corpo de formulário.</translation>
    </message>
    <message>
        <source>Regenerate the client secret in the Zoom App Marketplace, and send it only in the `{header}` header.</source>
        <translation>Gere novamente o segredo do cliente no Zoom App Marketplace e envie-o só no cabeçalho `{header}`.</translation>
    </message>
    <message>
        <source>The Basic Authorization header is malformed</source>
        <translation>O cabeçalho Authorization Basic está malformado</translation>
    </message>
    <message>
        <source>Encode exactly `client_id:client_secret` (no newline) with standard Base64, or let your HTTP library do it (curl `-u id:secret`, httpx `auth=(id, secret)`).</source>
        <translation>Codifique exatamente `client_id:client_secret` (sem quebra de linha) em Base64 padrão, ou deixe a sua biblioteca HTTP fazer isso (curl `-u id:secret`, httpx `auth=(id, secret)`).</translation>
    </message>
    <message>
        <source>Zoom identifies the app by HTTP Basic authentication: `{header}`.</source>
        <translation>O Zoom identifica o app pela autenticação HTTP Basic: `{header}`.</translation>
    </message>
    <message>
        <source>The token request uses {scheme} authorization; it needs Basic</source>
        <translation>A requisição de token usa autorização {scheme}; ela precisa de Basic</translation>
    </message>
    <message>
        <source>Send `{header}`.</source>
        <translation>Envie `{header}`.</translation>
    </message>
    <message>
        <source>decodes to client ID {value}</source>
        <translation>decodifica para o ID do cliente {value}</translation>
    </message>
    <message>
        <source>Zoom uses the Basic header; the extra copy is ignored at best, and a secret in a body or URL is easy to leak into logs.</source>
        <translation>O Zoom usa o cabeçalho Basic; a cópia extra é, na melhor das hipóteses, ignorada, e um segredo em um corpo ou URL vaza facilmente para logs.</translation>
    </message>
    <message>
        <source>Remove client_id and client_secret from the body and the query string.</source>
        <translation>Remova client_id e client_secret do corpo e da query string.</translation>
    </message>
    <message>
        <source>`Authorization: Basic …` must be the Base64 encoding of `client_id:client_secret`, but {problem}. Zoom answers `400 invalid_client` (or 401) for this.</source>
        <translation>`Authorization: Basic …` deve ser a codificação Base64 de `client_id:client_secret`, mas: {problem}. O Zoom responde a isso com `400 invalid_client` (ou 401).</translation>
    </message>
</context>
<context>
    <name>DoctorWindow</name>
    <message>
        <source>Request doctor — zoomdesk</source>
        <translation>Diagnóstico de requisições — zoomdesk</translation>
    </message>
    <message>
        <source>Request doctor</source>
        <translation>Diagnóstico de requisições</translation>
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
        <translation>Importar um arquivo HAR</translation>
    </message>
    <message>
        <source>Re&amp;veal secrets</source>
        <translation>Re&amp;velar segredos</translation>
    </message>
    <message>
        <source>Reveal secrets</source>
        <translation>Revelar segredos</translation>
    </message>
    <message>
        <source>Reveal the secrets in the pasted request</source>
        <translation>Revelar os segredos da requisição colada</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>Lim&amp;par</translation>
    </message>
    <message>
        <source>Request to show</source>
        <translation>Requisição a exibir</translation>
    </message>
    <message>
        <source>Paste a request to check it.</source>
        <translation>Cole uma requisição para verificá-la.</translation>
    </message>
    <message>
        <source>Check summary</source>
        <translation>Resumo da verificação</translation>
    </message>
    <message>
        <source>Yours vs co&amp;rrected</source>
        <translation>A sua e a co&amp;rrigida</translation>
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
        <translation>&amp;Sua requisição (cURL, HTTP bruto, HAR ou código):</translation>
    </message>
    <message>
        <source>Checking the request</source>
        <translation>Verificação da requisição</translation>
    </message>
    <message numerus="yes">
        <source>Read %n request(s) ({source}):</source>
        <translation>
            <numerusform>%n requisição lida ({source}):</numerusform>
            <numerusform>%n requisições lidas ({source}):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n request(s) ({source}) (the first {limit} listed):</source>
        <translation>
            <numerusform>%n requisição lida ({source}) (as primeiras {limit} listadas):</numerusform>
            <numerusform>%n requisições lidas ({source}) (as primeiras {limit} listadas):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Across the integration: %n thing(s) to fix.</source>
        <translation>
            <numerusform>Em toda a integração: %n item a corrigir.</numerusform>
            <numerusform>Em toda a integração: %n itens a corrigir.</numerusform>
        </translation>
    </message>
    <message>
        <source>HAR files (*.har *.json);;All files (*)</source>
        <translation>Arquivos HAR (*.har *.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Nothing to check yet.</source>
        <translation>Nada para verificar ainda.</translation>
    </message>
    <message>
        <source>no problems found.</source>
        <translation>nenhum problema encontrado.</translation>
    </message>
    <message>
        <source>This request has the shape Zoom expects.</source>
        <translation>Esta requisição tem o formato que o Zoom espera.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in this request.</source>
        <translation>
            <numerusform>%n problema nesta requisição.</numerusform>
            <numerusform>%n problemas nesta requisição.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide secrets</source>
        <translation>Ocultar segredos</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>Leitura de {file}</translation>
    </message>
    <message>
        <source>Checking {count} characters…</source>
        <translation>Verificando {count} caracteres…</translation>
    </message>
    <message>
        <source>Could not read this: {problem}</source>
        <translation>Não foi possível ler: {problem}</translation>
    </message>
    <message>
        <source>Could not read this. {problem}</source>
        <translation>Não foi possível ler. {problem}</translation>
    </message>
    <message>
        <source>{entry} — line {line}</source>
        <translation>{entry} — linha {line}</translation>
    </message>
    <message>
        <source>⚠ Across the integration ({count})</source>
        <translation>⚠ Em toda a integração ({count})</translation>
    </message>
    <message>
        <source>{count} with problems.</source>
        <translation>{count} com problemas.</translation>
    </message>
    <message>
        <source>{count} across the integration.</source>
        <translation>{count} em toda a integração.</translation>
    </message>
    <message>
        <source>The replay failed: {problem}</source>
        <translation>O reenvio falhou: {problem}</translation>
    </message>
    <message>
        <source>{task} failed: {problem}</source>
        <translation>{task} falhou: {problem}</translation>
    </message>
    <message>
        <source>Could not read {file}: {problem}</source>
        <translation>Não foi possível ler {file}: {problem}</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The recovery copy of this form was not saved: {error}</source>
        <translation>A cópia de recuperação deste formulário não foi salva: {error}</translation>
    </message>
    <message>
        <source>The recovery copy could not be removed: {error}</source>
        <translation>Não foi possível remover a cópia de recuperação: {error}</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>End on a date or after N times, not both.</source>
        <translation>Termine em uma data ou após N ocorrências, não ambos.</translation>
    </message>
    <message>
        <source>This time has already passed; choose a later one.</source>
        <translation>Este horário já passou; escolha um posterior.</translation>
    </message>
    <message>
        <source>The series ends before it starts.</source>
        <translation>A série termina antes de começar.</translation>
    </message>
    <message>
        <source>Choose at least one weekday.</source>
        <translation>Escolha pelo menos um dia da semana.</translation>
    </message>
    <message>
        <source>Unknown time zone: {zone}</source>
        <translation>Fuso horário desconhecido: {zone}</translation>
    </message>
    <message>
        <source>Choose how the meeting repeats.</source>
        <translation>Escolha como a reunião se repete.</translation>
    </message>
    <message>
        <source>Must be between 1 and {limit}.</source>
        <translation>Deve estar entre 1 e {limit}.</translation>
    </message>
    <message>
        <source>Weekdays are 1 (Sun) to 7 (Sat).</source>
        <translation>Os dias vão de 1 (dom.) a 7 (sáb.).</translation>
    </message>
    <message>
        <source>Day must be 1 to 31.</source>
        <translation>O dia deve estar entre 1 e 31.</translation>
    </message>
    <message>
        <source>Choose a day or a week and weekday.</source>
        <translation>Escolha um dia, ou uma semana e um dia da semana.</translation>
    </message>
    <message>
        <source>Must be 1 to {limit}.</source>
        <translation>Deve estar entre 1 e {limit}.</translation>
    </message>
    <message>
        <source>Choose a start date and time.</source>
        <translation>Escolha a data e a hora de início.</translation>
    </message>
    <message>
        <source>Duration must be at least 1 minute.</source>
        <translation>A duração deve ser de pelo menos 1 minuto.</translation>
    </message>
    <message>
        <source>Enter a topic.</source>
        <translation>Informe um tópico.</translation>
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
        <translation>Escolha o anfitrião da reunião.</translation>
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
        <translation>Não foi possível acessar o Zoom. Verifique se este computador está on-line e tente novamente.</translation>
    </message>
    <message>
        <source>This computer could not find Zoom&apos;s server. Check that it is online; for a custom profile, check the address in the profile.</source>
        <translation>Este computador não encontrou o servidor do Zoom. Verifique se ele está on-line; em um perfil personalizado, verifique o endereço no perfil.</translation>
    </message>
    <message>
        <source>Nothing answered at the server&apos;s address. For a custom profile, check the address and port in the profile.</source>
        <translation>Nada respondeu no endereço do servidor. Em um perfil personalizado, verifique o endereço e a porta no perfil.</translation>
    </message>
    <message>
        <source>This computer could not connect to Zoom. Check that it is online.</source>
        <translation>Este computador não conseguiu se conectar ao Zoom. Verifique se ele está on-line.</translation>
    </message>
    <message>
        <source>The connection to Zoom was not trusted. A company network may be inspecting secure connections: ask your IT team.</source>
        <translation>A conexão com o Zoom não era confiável. Uma rede corporativa pode estar inspecionando conexões seguras: consulte sua equipe de TI.</translation>
    </message>
    <message>
        <source>The proxy server refused the connection to Zoom. Ask your IT team to check the proxy settings.</source>
        <translation>O servidor proxy recusou a conexão com o Zoom. Peça à sua equipe de TI que verifique as configurações de proxy.</translation>
    </message>
    <message>
        <source>Zoom did not answer in time. Check that this computer is online; a firewall may be in the way.</source>
        <translation>O Zoom não respondeu a tempo. Verifique se este computador está on-line; um firewall pode estar bloqueando.</translation>
    </message>
    <message>
        <source>Zoom stopped answering part-way. Try again in a moment.</source>
        <translation>O Zoom parou de responder no meio do caminho. Tente novamente em instantes.</translation>
    </message>
    <message>
        <source>The request to Zoom could not be sent in time. Try again in a moment.</source>
        <translation>Não foi possível enviar a requisição ao Zoom a tempo. Tente novamente em instantes.</translation>
    </message>
    <message>
        <source>The connection to Zoom broke off. Try again in a moment.</source>
        <translation>A conexão com o Zoom caiu. Tente novamente em instantes.</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring) zoomdesk can use to keep the client secret. Ask your IT team to set one up, or use the secret for this session only.</source>
        <translation>Este computador não tem um cofre de senhas (chaveiro) que o zoomdesk possa usar para guardar o segredo do cliente. Peça à sua equipe de TI que configure um, ou use o segredo somente nesta sessão.</translation>
    </message>
    <message>
        <source>The password store (keyring) is locked. Unlock it, then try again.</source>
        <translation>O cofre de senhas (chaveiro) está bloqueado. Desbloqueie-o e tente novamente.</translation>
    </message>
    <message>
        <source>The password store (keyring) did not answer; it may be waiting for you to unlock it. Unlock it, then try again.</source>
        <translation>O cofre de senhas (chaveiro) não respondeu; ele pode estar esperando que você o desbloqueie. Desbloqueie-o e tente novamente.</translation>
    </message>
    <message>
        <source>Zoom refused to sign in. {explanation}</source>
        <translation>O Zoom recusou o login. {explanation}</translation>
    </message>
    <message>
        <source>Zoom answered: {message}</source>
        <translation>Resposta do Zoom: {message}</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Try again; if it keeps happening, send the details (or the log file) to your IT team.</source>
        <translation>Algo inesperado deu errado. Tente novamente; se continuar acontecendo, envie os detalhes (ou o arquivo de log) à sua equipe de TI.</translation>
    </message>
    <message>
        <source>Zoom&apos;s per-second rate limit was reached.</source>
        <translation>O limite de taxa por segundo do Zoom foi atingido.</translation>
    </message>
    <message>
        <source>Zoom&apos;s daily rate limit was reached. It resets at {time} UTC.</source>
        <translation>O limite de taxa diário do Zoom foi atingido. Ele será redefinido às {time} UTC.</translation>
    </message>
    <message>
        <source>Zoom&apos;s per-second rate limit was reached. It resets at {time} UTC.</source>
        <translation>O limite de taxa por segundo do Zoom foi atingido. Ele será redefinido às {time} UTC.</translation>
    </message>
    <message>
        <source>Zoom&apos;s daily rate limit was reached.</source>
        <translation>O limite de taxa diário do Zoom foi atingido.</translation>
    </message>
    <message>
        <source>The Zoom app lacks a permission (scope) for this: {scope}. Add the scope to the Server-to-Server app in the Zoom Marketplace.</source>
        <translation>Falta ao aplicativo Zoom uma permissão (escopo) para isto: {scope}. Adicione o escopo ao aplicativo Server-to-Server no Zoom Marketplace.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Zoom did not accept the client ID or client secret. Check both were copied from the app&apos;s App Credentials page, and that the app is activated.</source>
        <translation>O Zoom não aceitou o ID do cliente ou o segredo do cliente. Verifique se ambos foram copiados da página App Credentials do app e se o app está ativado.</translation>
    </message>
    <message>
        <source>Zoom did not accept grant_type=account_credentials. These credentials probably belong to another kind of app (General/OAuth, Meeting SDK, Zoom Apps): create a Server-to-Server OAuth app. It also happens when the parameters are not sent as a form body.</source>
        <translation>O Zoom não aceitou grant_type=account_credentials. Essas credenciais provavelmente pertencem a outro tipo de app (General/OAuth, Meeting SDK, Zoom Apps): crie um app Server-to-Server OAuth. Isso também acontece quando os parâmetros não são enviados como corpo de formulário.</translation>
    </message>
    <message>
        <source>Zoom rejected the token request. Check the account ID (App Credentials page of the Server-to-Server OAuth app) and that the app is activated.</source>
        <translation>O Zoom recusou a requisição de token. Verifique o ID da conta (página App Credentials do app Server-to-Server OAuth) e se o app está ativado.</translation>
    </message>
    <message>
        <source>Zoom rejected the grant. Server-to-Server apps use account_credentials.</source>
        <translation>O Zoom recusou a concessão (grant). Apps Server-to-Server usam account_credentials.</translation>
    </message>
    <message>
        <source>Zoom refused the access token; check the app is still activated</source>
        <translation>O Zoom recusou o token de acesso; verifique se o app ainda está ativado</translation>
    </message>
    <message>
        <source>Add the missing scopes to the Server-to-Server app in the Zoom Marketplace</source>
        <translation>Adicione os escopos que faltam ao app Server-to-Server no Zoom Marketplace</translation>
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
        <translation>conexão</translation>
    </message>
    <message>
        <source>connect timeout</source>
        <translation>tempo de conexão esgotado</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>conexão recusada</translation>
    </message>
    <message>
        <source>pool timeout</source>
        <translation>tempo do pool de conexões esgotado</translation>
    </message>
    <message>
        <source>write timeout</source>
        <translation>tempo de envio esgotado</translation>
    </message>
    <message>
        <source>read timeout</source>
        <translation>tempo de leitura esgotado</translation>
    </message>
    <message>
        <source>connection dropped</source>
        <translation>conexão interrompida</translation>
    </message>
    <message>
        <source>connection reset</source>
        <translation>conexão redefinida</translation>
    </message>
    <message>
        <source>network</source>
        <translation>rede</translation>
    </message>
    <message>
        <source>Zoom did not issue an access token.</source>
        <translation>O Zoom não emitiu um token de acesso.</translation>
    </message>
    <message>
        <source>Zoom&apos;s sign-in service is unavailable. Try again in a few minutes.</source>
        <translation>O serviço de login do Zoom está indisponível. Tente novamente em alguns minutos.</translation>
    </message>
    <message>
        <source>{request} failed: HTTP {status}, Zoom code {code}: {message}</source>
        <translation>{request} falhou: HTTP {status}, código do Zoom {code}: {message}</translation>
    </message>
    <message>
        <source>[tracking id {id}]</source>
        <translation>[ID de rastreamento {id}]</translation>
    </message>
    <message>
        <source>Getting a Zoom access token failed: HTTP {status} ({detail}). {explanation}</source>
        <translation>Falha ao obter um token de acesso do Zoom: HTTP {status} ({detail}). {explanation}</translation>
    </message>
    <message>
        <source>{request} failed: HTTP {status}: {message}</source>
        <translation>{request} falhou: HTTP {status}: {message}</translation>
    </message>
    <message>
        <source>Network error ({kind}): {detail}</source>
        <translation>Erro de rede ({kind}): {detail}</translation>
    </message>
    <message>
        <source>The meeting may or may not have been created: the request was sent but no clear answer came back ({cause}). It was not retried, to avoid a duplicate; list the host&apos;s meetings to check.</source>
        <translation>A reunião pode ou não ter sido criada: a requisição foi enviada, mas não voltou uma resposta clara ({cause}). Ela não foi repetida, para evitar uma duplicata; liste as reuniões do anfitrião para conferir.</translation>
    </message>
    <message>
        <source>Unexpected response (HTTP {status}): {detail}</source>
        <translation>Resposta inesperada (HTTP {status}): {detail}</translation>
    </message>
    <message>
        <source>Invalid meeting: {problems}</source>
        <translation>Reunião inválida: {problems}</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>sem detalhes</translation>
    </message>
    <message>
        <source>Zoom request failed: HTTP {status}, Zoom code {code}: {message}</source>
        <translation>A requisição ao Zoom falhou: HTTP {status}, código do Zoom {code}: {message}</translation>
    </message>
    <message>
        <source>Zoom request failed: HTTP {status}: {message}</source>
        <translation>A requisição ao Zoom falhou: HTTP {status}: {message}</translation>
    </message>
    <message>
        <source>Network error ({kind}): {request}: {detail}</source>
        <translation>Erro de rede ({kind}): {request}: {detail}</translation>
    </message>
    <message>
        <source>category {name}</source>
        <translation>categoria {name}</translation>
    </message>
    <message>
        <source>type {name}</source>
        <translation>tipo {name}</translation>
    </message>
    <message>
        <source>{remaining} of {limit} left</source>
        <translation>restam {remaining} de {limit}</translation>
    </message>
    <message>
        <source>Resets at {time} UTC.</source>
        <translation>Será redefinido às {time} UTC.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>query string</source>
        <translation>query string</translation>
    </message>
    <message>
        <source>form body</source>
        <translation>corpo de formulário</translation>
    </message>
    <message>
        <source>JSON body</source>
        <translation>corpo JSON</translation>
    </message>
    <message>
        <source>other body</source>
        <translation>outro corpo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
</context>
<context>
    <name>ExchangeDetail</name>
    <message>
        <source>Exchange details</source>
        <translation>Detalhes da troca</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Requisição</translation>
    </message>
    <message>
        <source>Respo&amp;nse</source>
        <translation>Res&amp;posta</translation>
    </message>
    <message>
        <source>&amp;Diagnosis</source>
        <translation>&amp;Diagnóstico</translation>
    </message>
    <message>
        <source>Select an exchange in the list to see its request, response and diagnosis.</source>
        <translation>Selecione uma troca na lista para ver a requisição, a resposta e o diagnóstico.</translation>
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
        <translation>Caminho</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>All exchanges</source>
        <translation>Todas as trocas</translation>
    </message>
    <message>
        <source>Token requests</source>
        <translation>Requisições de token</translation>
    </message>
    <message>
        <source>API calls</source>
        <translation>Chamadas de API</translation>
    </message>
    <message>
        <source>Failures and warnings</source>
        <translation>Falhas e avisos</translation>
    </message>
    <message>
        <source>No answer (network error)</source>
        <translation>Sem resposta (erro de rede)</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>No answer ({kind})</source>
        <translation>Sem resposta ({kind})</translation>
    </message>
    <message>
        <source>failed: {cell}</source>
        <translation>falha: {cell}</translation>
    </message>
    <message>
        <source>warning: {cell}</source>
        <translation>aviso: {cell}</translation>
    </message>
</context>
<context>
    <name>FormClosing</name>
    <message>
        <source>The change may or may not have been saved</source>
        <translation>A alteração pode ou não ter sido salva</translation>
    </message>
    <message>
        <source>You stopped waiting for Zoom&apos;s answer. Saving again is safe: the same change is not applied twice. Or close the form and refresh the list to see what Zoom has.</source>
        <translation>Você parou de esperar a resposta do Zoom. Salvar novamente é seguro: a mesma alteração não é aplicada duas vezes. Ou feche o formulário e atualize a lista para ver o que o Zoom tem.</translation>
    </message>
    <message>
        <source>Do you want to save your changes?</source>
        <translation>Deseja salvar suas alterações?</translation>
    </message>
    <message>
        <source>Do you want to create the meeting?</source>
        <translation>Deseja criar a reunião?</translation>
    </message>
</context>
<context>
    <name>FormConflicts</name>
    <message>
        <source>Overlapping meetings</source>
        <translation>Reuniões sobrepostas</translation>
    </message>
    <message>
        <source>The host may run meetings at the same time (concurrent meetings).</source>
        <translation>O anfitrião pode realizar reuniões ao mesmo tempo (reuniões simultâneas).</translation>
    </message>
    <message>
        <source>The host already has a meeting then.</source>
        <translation>O anfitrião já tem uma reunião nesse horário.</translation>
    </message>
    <message numerus="yes">
        <source>{overlap}, and %n more.</source>
        <translation>
            <numerusform>{overlap} e mais %n.</numerusform>
            <numerusform>{overlap} e mais %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>{overlap}.</source>
        <translation>{overlap}.</translation>
    </message>
    <message>
        <source>Open “{topic}”</source>
        <translation>Abrir “{topic}”</translation>
    </message>
</context>
<context>
    <name>FormFailures</name>
    <message>
        <source>this host</source>
        <translation>este anfitrião</translation>
    </message>
    <message>
        <source>Zoom also said:</source>
        <translation>O Zoom também disse:</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Mostrar detalhes técnicos</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Detalhes técnicos</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Erro: {message}</translation>
    </message>
    <message>
        <source>It can&apos;t be saved yet. {reason}</source>
        <translation>Ainda não é possível salvar. {reason}</translation>
    </message>
    <message>
        <source>{count} of at most {limit} characters</source>
        <translation>{count} de no máximo {limit} caracteres</translation>
    </message>
</context>
<context>
    <name>FormRecovery</name>
    <message>
        <source>Restored your unsaved changes</source>
        <translation>Suas alterações não salvas foram restauradas</translation>
    </message>
    <message>
        <source>zoomdesk stopped before this form was saved. Check the details, then save.</source>
        <translation>O zoomdesk parou antes de este formulário ser salvo. Confira os dados e depois salve.</translation>
    </message>
    <message>
        <source>Your changes are not backed up</source>
        <translation>Suas alterações não têm cópia de segurança</translation>
    </message>
    <message>
        <source>{problem}
Everything you typed is still here; save the meeting to keep it.</source>
        <translation>{problem}
Tudo o que você digitou ainda está aqui; salve a reunião para mantê-lo.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Created</source>
        <translation>Criada</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizada</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Excluída</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Resultado desconhecido</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunião</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tópico</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>O que mudou</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opções</translation>
    </message>
    <message>
        <source>Reading the change history</source>
        <translation>Leitura do histórico de alterações</translation>
    </message>
    <message>
        <source>Change history — zoomdesk</source>
        <translation>Histórico de alterações — zoomdesk</translation>
    </message>
    <message>
        <source>Changes made by zoomdesk</source>
        <translation>Alterações feitas pelo zoomdesk</translation>
    </message>
    <message>
        <source>What zoomdesk created, changed or deleted in Zoom from this computer. Field names are kept, never their values.</source>
        <translation>O que o zoomdesk criou, alterou ou excluiu no Zoom a partir deste computador. Os nomes dos campos são guardados, nunca seus valores.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>zoomdesk has not created, changed or deleted anything in Zoom from this computer yet.</source>
        <translation>O zoomdesk ainda não criou, alterou nem excluiu nada no Zoom a partir deste computador.</translation>
    </message>
    <message>
        <source>{meeting}, the {time} occurrence</source>
        <translation>{meeting}, ocorrência de {time}</translation>
    </message>
    <message>
        <source>{meeting}, occurrence {id}</source>
        <translation>{meeting}, ocorrência {id}</translation>
    </message>
</context>
<context>
    <name>HostDefaults</name>
    <message>
        <source>a letter</source>
        <translation>uma letra</translation>
    </message>
    <message>
        <source>a digit</source>
        <translation>um dígito</translation>
    </message>
    <message>
        <source>one of @ - _ *</source>
        <translation>um de @ - _ *</translation>
    </message>
    <message>
        <source>upper and lower case letters</source>
        <translation>letras maiúsculas e minúsculas</translation>
    </message>
    <message>
        <source>Zoom&apos;s documented defaults ({reason})</source>
        <translation>Padrões documentados pelo Zoom ({reason})</translation>
    </message>
    <message>
        <source>The account requires at least {count} characters.</source>
        <translation>A conta exige pelo menos {count} caracteres.</translation>
    </message>
    <message>
        <source>The account requires {things}.</source>
        <translation>A conta exige {things}.</translation>
    </message>
    <message>
        <source>The account forbids {count} consecutive characters such as 1234 or aaaa.</source>
        <translation>A conta proíbe {count} caracteres consecutivos como 1234 ou aaaa.</translation>
    </message>
    <message>
        <source>At least {count} characters.</source>
        <translation>Pelo menos {count} caracteres.</translation>
    </message>
    <message>
        <source>Must contain {things}.</source>
        <translation>Deve conter {things}.</translation>
    </message>
    <message>
        <source>No run of {count} consecutive characters (such as 1234 or aaaa).</source>
        <translation>Nenhuma sequência de {count} caracteres consecutivos (como 1234 ou aaaa).</translation>
    </message>
    <message>
        <source>The account requires a passcode; it cannot be removed.</source>
        <translation>A conta exige uma senha; ela não pode ser removida.</translation>
    </message>
    <message>
        <source>The account allows digits only.</source>
        <translation>A conta permite somente dígitos.</translation>
    </message>
    <message>
        <source>A passcode is required.</source>
        <translation>A senha é obrigatória.</translation>
    </message>
    <message>
        <source>A passcode is optional.</source>
        <translation>A senha é opcional.</translation>
    </message>
    <message>
        <source>Digits only.</source>
        <translation>Somente dígitos.</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} e {second}</translation>
    </message>
    <message>
        <source>Defaults from {name}&apos;s Zoom settings</source>
        <translation>Padrões das configurações do Zoom de {name}</translation>
    </message>
    <message>
        <source>the host&apos;s settings could not be read: {why}</source>
        <translation>não foi possível ler as configurações do anfitrião: {why}</translation>
    </message>
</context>
<context>
    <name>HostDefaultsView</name>
    <message>
        <source>Zoom&apos;s standard defaults: zoomdesk may not read this host&apos;s settings</source>
        <translation>Padrões do Zoom: o zoomdesk não pode ler as configurações deste anfitrião</translation>
    </message>
    <message>
        <source>The host&apos;s account has no authentication profiles.</source>
        <translation>A conta do anfitrião não tem perfis de autenticação.</translation>
    </message>
    <message>
        <source>Where the defaults come from</source>
        <translation>De onde vêm os padrões</translation>
    </message>
    <message>
        <source>Defaults from {name}&apos;s Zoom settings</source>
        <translation>Padrões das configurações do Zoom de {name}</translation>
    </message>
</context>
<context>
    <name>Invitation</name>
    <message>
        <source>Meeting ID: {id}</source>
        <translation>ID da reunião: {id}</translation>
    </message>
    <message>
        <source>Time: {time} {time_zone}</source>
        <translation>Horário: {time} {time_zone}</translation>
    </message>
    <message>
        <source>{inviter} is inviting you to a recurring Zoom meeting.</source>
        <translation>{inviter} está convidando você para uma reunião recorrente do Zoom.</translation>
    </message>
    <message>
        <source>You are invited to a recurring Zoom meeting.</source>
        <translation>Você foi convidado para uma reunião recorrente do Zoom.</translation>
    </message>
    <message>
        <source>{inviter} is inviting you to a scheduled Zoom meeting.</source>
        <translation>{inviter} está convidando você para uma reunião agendada do Zoom.</translation>
    </message>
    <message>
        <source>You are invited to a scheduled Zoom meeting.</source>
        <translation>Você foi convidado para uma reunião agendada do Zoom.</translation>
    </message>
    <message>
        <source>Topic: {topic}</source>
        <translation>Tópico: {topic}</translation>
    </message>
    <message>
        <source>Duration: {duration}</source>
        <translation>Duração: {duration}</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>Pauta:</translation>
    </message>
    <message>
        <source>Join Zoom Meeting</source>
        <translation>Ingressar na reunião do Zoom</translation>
    </message>
    <message>
        <source>Changed dates (these differ from the usual time or length):</source>
        <translation>Datas alteradas (diferem do horário ou da duração habituais):</translation>
    </message>
    <message>
        <source>Time: This is a recurring meeting. Meet anytime.</source>
        <translation>Horário: Esta é uma reunião recorrente. Reúna-se a qualquer momento.</translation>
    </message>
    <message>
        <source>Passcode: {passcode}</source>
        <translation>Senha: {passcode}</translation>
    </message>
    <message>
        <source>“{topic}” has no fixed time, so it cannot be put in a calendar.</source>
        <translation>“{topic}” não tem horário fixo, então não pode ser adicionado a um calendário.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Forget cached meetings</source>
        <translation>Esquecer reuniões em &amp;cache</translation>
    </message>
    <message>
        <source>Delete the copy of this profile&apos;s meeting list kept on this computer</source>
        <translation>Excluir a cópia da lista de reuniões deste perfil guardada neste computador</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Reunião</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Painéis</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Conexão:</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Perfil de conexão</translation>
    </message>
    <message>
        <source>Which Zoom account to work with</source>
        <translation>A conta Zoom com a qual trabalhar</translation>
    </message>
    <message>
        <source>zoomdesk (Sandbox) — not real Zoom</source>
        <translation>zoomdesk (sandbox) — não é o Zoom real</translation>
    </message>
    <message>
        <source>{what} failed: {problem}</source>
        <translation>Falha em “{what}”: {problem}</translation>
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
        <translation>1 formulário de reunião tem alterações não salvas.</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting forms have changes that are not saved.</source>
        <translation>
            <numerusform>%n formulário de reunião tem alterações não salvas.</numerusform>
            <numerusform>%n formulários de reunião têm alterações não salvas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit zoomdesk?</source>
        <translation>Sair do zoomdesk?</translation>
    </message>
    <message>
        <source>If you quit now, zoomdesk offers the changes back the next time it starts.</source>
        <translation>Se você sair agora, o zoomdesk oferecerá as alterações de volta na próxima vez que iniciar.</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Voltar ao formulário</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>Sai&amp;r mesmo assim</translation>
    </message>
    <message>
        <source>Join link copied</source>
        <translation>Link de ingresso copiado</translation>
    </message>
    <message>
        <source>Save as calendar file — zoomdesk</source>
        <translation>Salvar como arquivo de calendário — zoomdesk</translation>
    </message>
    <message>
        <source>Copying the join link</source>
        <translation>Cópia do link de ingresso</translation>
    </message>
    <message>
        <source>Copying the invitation</source>
        <translation>Cópia do convite</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Arquivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Opening “{topic}”</source>
        <translation>Abertura de “{topic}”</translation>
    </message>
    <message>
        <source>Zoom gave “{topic}” the passcode {passcode}, though none was entered: this account requires one. It is in the join link and the invitation.</source>
        <translation>O Zoom deu a “{topic}” a senha {passcode}, embora nenhuma tenha sido informada: esta conta exige uma. Ela está no link de ingresso e no convite.</translation>
    </message>
    <message>
        <source>Deleting “{topic}”</source>
        <translation>Exclusão de “{topic}”</translation>
    </message>
    <message>
        <source>Deleted “{topic}”</source>
        <translation>“{topic}” excluída</translation>
    </message>
    <message>
        <source>Deleted the {occurrence} occurrence of “{topic}”</source>
        <translation>Ocorrência de {occurrence} de “{topic}” excluída</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>{file} salvo</translation>
    </message>
    <message>
        <source>Opening “{topic}”…</source>
        <translation>Abrindo “{topic}”…</translation>
    </message>
    <message>
        <source>Copy invitation</source>
        <translation>Copiar convite</translation>
    </message>
    <message>
        <source>“{topic}” has no join link.</source>
        <translation>“{topic}” não tem link de ingresso.</translation>
    </message>
    <message>
        <source>Saving “{topic}” as a calendar file</source>
        <translation>Gravação de “{topic}” como arquivo de calendário</translation>
    </message>
    <message>
        <source>Invitation copied (Zoom&apos;s text)</source>
        <translation>Convite copiado (texto do Zoom)</translation>
    </message>
    <message>
        <source>Invitation copied (offline)</source>
        <translation>Convite copiado (offline)</translation>
    </message>
    <message>
        <source>Save a cancellation file and send or import it so calendars drop the meeting.</source>
        <translation>Salve um arquivo de cancelamento e envie-o ou importe-o para que os calendários removam a reunião.</translation>
    </message>
    <message>
        <source>Save cancellation file…</source>
        <translation>Salvar arquivo de cancelamento…</translation>
    </message>
    <message>
        <source>Invitation copied (zoomdesk&apos;s text, without dial-in numbers: {reason})</source>
        <translation>Convite copiado (texto do zoomdesk, sem números de discagem: {reason})</translation>
    </message>
</context>
<context>
    <name>MeetingFields</name>
    <message>
        <source>Host</source>
        <translation>Anfitrião</translation>
    </message>
    <message>
        <source>Me (the account this app belongs to)</source>
        <translation>Eu (a conta à qual este aplicativo pertence)</translation>
    </message>
    <message>
        <source>Meeting type</source>
        <translation>Tipo de reunião</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data de início</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de início</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duração em minutos</translation>
    </message>
    <message>
        <source>A recurring meeting with no fixed time has no date, time or duration: it can be started whenever it is needed.</source>
        <translation>Uma reunião recorrente sem horário fixo não tem data, hora nem duração: ela pode ser iniciada sempre que necessário.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunião</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repetição</translation>
    </message>
    <message>
        <source>The host can&apos;t be changed once a meeting exists.</source>
        <translation>O anfitrião não pode ser alterado depois que a reunião existe.</translation>
    </message>
    <message>
        <source>The time zone belongs to the whole series.</source>
        <translation>O fuso horário pertence à série inteira.</translation>
    </message>
    <message>
        <source>{time} on this computer</source>
        <translation>{time} neste computador</translation>
    </message>
    <message>
        <source>The account&apos;s users could not be read, so the meeting is scheduled for the app&apos;s own account. Refresh the list (F5) to choose another host.</source>
        <translation>Não foi possível ler os usuários da conta, então a reunião é agendada para a própria conta do aplicativo. Atualize a lista (F5) para escolher outro anfitrião.</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>H&amp;ost</source>
        <translation>Anfi&amp;trião</translation>
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
        <translation>Carregando a reunião do Zoom…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>First check whether the meeting was created (button above).</source>
        <translation>Primeiro verifique se a reunião foi criada (botão acima).</translation>
    </message>
    <message>
        <source>No changes to save.</source>
        <translation>Nenhuma alteração para salvar.</translation>
    </message>
    <message>
        <source>The meeting couldn&apos;t be loaded (see above).</source>
        <translation>Não foi possível carregar a reunião (veja acima).</translation>
    </message>
    <message>
        <source>Checking whether the meeting was created…</source>
        <translation>Verificando se a reunião foi criada…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar novamente</translation>
    </message>
</context>
<context>
    <name>MeetingList</name>
    <message>
        <source>The meetings kept on this computer for this profile are gone</source>
        <translation>As reuniões deste perfil guardadas neste computador foram apagadas</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Todos os usuários</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Anfitrião</translation>
    </message>
    <message>
        <source>Whose meetings to list</source>
        <translation>De quem listar as reuniões</translation>
    </message>
    <message>
        <source>Meetings to show</source>
        <translation>Reuniões a mostrar</translation>
    </message>
    <message>
        <source>Search meetings</source>
        <translation>Pesquisar reuniões</translation>
    </message>
    <message>
        <source>Search topic, host, meeting ID or agenda</source>
        <translation>Pesquisar tópico, anfitrião, ID da reunião ou pauta</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation>&amp;Anfitrião:</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniões</translation>
    </message>
    <message>
        <source>Loading meetings…</source>
        <translation>Carregando reuniões…</translation>
    </message>
    <message>
        <source>The meetings could not be loaded (see the message above). Press F5 to retry.</source>
        <translation>Não foi possível carregar as reuniões (veja a mensagem acima). Pressione F5 para tentar novamente.</translation>
    </message>
    <message>
        <source>Filter as you type ({shortcut})</source>
        <translation>Filtrar enquanto digita ({shortcut})</translation>
    </message>
    <message>
        <source>No meetings here. Press Ctrl+N to schedule one.</source>
        <translation>Nenhuma reunião aqui. Pressione Ctrl+N para agendar uma.</translation>
    </message>
    <message>
        <source>No meetings match “{search}”.</source>
        <translation>Nenhuma reunião corresponde a “{search}”.</translation>
    </message>
    <message>
        <source>Loading meetings</source>
        <translation>Carregamento das reuniões</translation>
    </message>
    <message>
        <source>Reading the meeting&apos;s details</source>
        <translation>Leitura dos detalhes da reunião</translation>
    </message>
    <message>
        <source>Forgetting the cached meetings</source>
        <translation>Remoção das reuniões em cache</translation>
    </message>
    <message>
        <source>Reading the account&apos;s users</source>
        <translation>Leitura dos usuários da conta</translation>
    </message>
    <message>
        <source>Listing the meetings of {hosts}</source>
        <translation>Listagem das reuniões de {hosts}</translation>
    </message>
    <message>
        <source>Created “{topic}”</source>
        <translation>“{topic}” criada</translation>
    </message>
    <message numerus="yes">
        <source>{hosts} and %n more</source>
        <translation>
            <numerusform>{hosts} e mais %n</numerusform>
            <numerusform>{hosts} e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved “{topic}”</source>
        <translation>“{topic}” salva</translation>
    </message>
    <message>
        <source>Created “{topic}” (not in this list)</source>
        <translation>“{topic}” criada (não está nesta lista)</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Próximas</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Agendadas</translation>
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
        <translation>Ocultar configurações avançadas</translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation>Mostrar configurações avançadas</translation>
    </message>
    <message>
        <source>Hide passcode</source>
        <translation>Ocultar senha</translation>
    </message>
    <message>
        <source>Show passcode</source>
        <translation>Mostrar senha</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Ge&amp;nerate</source>
        <translation>Ge&amp;rar</translation>
    </message>
    <message>
        <source>Generate a random passcode</source>
        <translation>Gerar uma senha aleatória</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Segurança</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opções</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avançado</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Configurações avançadas</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Set for the whole series; edit the series to change it.</source>
        <translation>Definido para a série inteira; edite a série para alterá-lo.</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} ou {second}</translation>
    </message>
    <message>
        <source>Only for: {types}.</source>
        <translation>Somente para: {types}.</translation>
    </message>
    <message>
        <source>Only with {setting}: {choices}.</source>
        <translation>Somente com {setting}: {choices}.</translation>
    </message>
    <message>
        <source>Turn on “{setting}” first.</source>
        <translation>Ative primeiro “{setting}”.</translation>
    </message>
    <message>
        <source>{setting}:</source>
        <translation>{setting}:</translation>
    </message>
    <message>
        <source>Set by your organisation.</source>
        <translation>Definido pela sua organização.</translation>
    </message>
</context>
<context>
    <name>MeetingSetting</name>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Tópico</translation>
    </message>
    <message>
        <source>What the meeting is about.</source>
        <translation>Do que se trata a reunião.</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Descrição</translation>
    </message>
    <message>
        <source>Shown in the invitation.</source>
        <translation>Exibida no convite.</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;ipo</translation>
    </message>
    <message>
        <source>One-time, or recurring with or without fixed times.</source>
        <translation>Única, ou recorrente com ou sem horário fixo.</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>I&amp;nício</translation>
    </message>
    <message>
        <source>Wall-clock time in the meeting&apos;s time zone.</source>
        <translation>Horário local no fuso horário da reunião.</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Fuso horário</translation>
    </message>
    <message>
        <source>An IANA zone, e.g. Europe/Berlin.</source>
        <translation>Um fuso IANA, por exemplo Europe/Berlin.</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>D&amp;uração</translation>
    </message>
    <message>
        <source>Minutes.</source>
        <translation>Minutos.</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repetição</translation>
    </message>
    <message>
        <source>How a recurring meeting repeats.</source>
        <translation>Como uma reunião recorrente se repete.</translation>
    </message>
    <message>
        <source>Pass&amp;code</source>
        <translation>&amp;Senha</translation>
    </message>
    <message>
        <source>Letters, digits and @ - _ *</source>
        <translation>Letras, dígitos e @ - _ *</translation>
    </message>
    <message>
        <source>Admit people from a &amp;waiting room</source>
        <translation>Admitir participantes a partir de uma sala de &amp;espera</translation>
    </message>
    <message>
        <source>Participants wait until the host admits them.</source>
        <translation>Os participantes aguardam até que o anfitrião os admita.</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Inscrição</translation>
    </message>
    <message>
        <source>Whether participants register first.</source>
        <translation>Se os participantes devem se inscrever primeiro.</translation>
    </message>
    <message>
        <source>Registration for the series</source>
        <translation>Inscrição para a série</translation>
    </message>
    <message>
        <source>For a recurring meeting with fixed times: what one registration covers.</source>
        <translation>Para uma reunião recorrente com horário fixo: o que uma inscrição abrange.</translation>
    </message>
    <message>
        <source>Only signed-in use&amp;rs may join</source>
        <translation>E&amp;xigir autenticação para entrar</translation>
    </message>
    <message>
        <source>Participants must sign in to Zoom (the host&apos;s authentication profiles).</source>
        <translation>Os participantes precisam entrar no Zoom (perfis de autenticação do anfitrião).</translation>
    </message>
    <message>
        <source>Authentication option</source>
        <translation>Opção de autenticação</translation>
    </message>
    <message>
        <source>One of the host&apos;s authentication options, by ID (zoomdesk users settings USER).</source>
        <translation>Uma das opções de autenticação do anfitrião, por ID (zoomdesk users settings USER).</translation>
    </message>
    <message>
        <source>Authenticated domains</source>
        <translation>Domínios autenticados</translation>
    </message>
    <message>
        <source>Only users whose email address is in one of these domains may join; separate with ,</source>
        <translation>Somente usuários cujo e-mail esteja em um destes domínios podem entrar; separe com ,</translation>
    </message>
    <message>
        <source>Host &amp;video on</source>
        <translation>&amp;Vídeo do anfitrião ligado</translation>
    </message>
    <message>
        <source>Start with the host&apos;s video on.</source>
        <translation>Começar com o vídeo do anfitrião ligado.</translation>
    </message>
    <message>
        <source>&amp;Participants&apos; video on</source>
        <translation>Vídeo dos &amp;participantes ligado</translation>
    </message>
    <message>
        <source>Start with participants&apos; video on.</source>
        <translation>Começar com o vídeo dos participantes ligado.</translation>
    </message>
    <message>
        <source>Let people &amp;join before the host</source>
        <translation>Permitir &amp;que entrem antes do anfitrião</translation>
    </message>
    <message>
        <source>Participants may join before the host arrives.</source>
        <translation>Os participantes podem entrar antes da chegada do anfitrião.</translation>
    </message>
    <message>
        <source>How early people may join</source>
        <translation>Com quanta antecedência é possível entrar</translation>
    </message>
    <message>
        <source>How long before the start people may join.</source>
        <translation>Quanto tempo antes do início os participantes podem entrar.</translation>
    </message>
    <message>
        <source>&amp;Mute participants when they join</source>
        <translation>Silenciar participantes ao ent&amp;rar</translation>
    </message>
    <message>
        <source>Participants join muted.</source>
        <translation>Os participantes entram com o áudio silenciado.</translation>
    </message>
    <message>
        <source>Automatic recording</source>
        <translation>Gravação automática</translation>
    </message>
    <message>
        <source>Record automatically.</source>
        <translation>Gravar automaticamente.</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Áudio</translation>
    </message>
    <message>
        <source>How participants may join the audio.</source>
        <translation>Como os participantes podem entrar no áudio.</translation>
    </message>
    <message>
        <source>Add a watermar&amp;k to shared screens</source>
        <translation>Adicionar marca d&apos;água às telas compartil&amp;hadas</translation>
    </message>
    <message>
        <source>Shared content shows part of each viewer&apos;s email address.</source>
        <translation>O conteúdo compartilhado mostra parte do e-mail de cada espectador.</translation>
    </message>
    <message>
        <source>Alternative hosts</source>
        <translation>Anfitriões alternativos</translation>
    </message>
    <message>
        <source>Email addresses of licensed users, separated by ;</source>
        <translation>E-mails de usuários licenciados, separados por ;</translation>
    </message>
    <message>
        <source>&amp;Email alternative hosts and schedulers about it</source>
        <translation>Notificar anfitriões alternativos e agendadores por e-&amp;mail</translation>
    </message>
    <message>
        <source>Zoom emails the alternative hosts when the meeting is scheduled.</source>
        <translation>O Zoom envia um e-mail aos anfitriões alternativos quando a reunião é agendada.</translation>
    </message>
    <message>
        <source>Email the alternative &amp;hosts themselves</source>
        <translation>Enviar e-mail aos próprios anfitriões a&amp;lternativos</translation>
    </message>
    <message>
        <source>Zoom&apos;s switch for the alternative hosts alone; the one under Options covers schedulers too.</source>
        <translation>A opção do Zoom só para os anfitriões alternativos; a de Opções também inclui os agendadores.</translation>
    </message>
    <message>
        <source>Use the host&apos;s &amp;Personal Meeting ID</source>
        <translation>Usar o ID &amp;pessoal de reunião do anfitrião</translation>
    </message>
    <message>
        <source>The meeting uses the host&apos;s PMI instead of a new meeting ID.</source>
        <translation>A reunião usa o PMI do anfitrião em vez de um novo ID da reunião.</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Criptografia</translation>
    </message>
    <message>
        <source>End-to-end encryption turns off cloud recording and phone dial-in.</source>
        <translation>A criptografia de ponta a ponta desativa a gravação em nuvem e a discagem por telefone.</translation>
    </message>
    <message>
        <source>Start in &amp;focus mode</source>
        <translation>Iniciar no modo de &amp;foco</translation>
    </message>
    <message>
        <source>Participants see only the host&apos;s and their own video.</source>
        <translation>Os participantes veem apenas o vídeo do anfitrião e o próprio.</translation>
    </message>
    <message>
        <source>Private meetin&amp;g</source>
        <translation>Reunião pri&amp;vada</translation>
    </message>
    <message>
        <source>The topic is hidden from others&apos; calendars.</source>
        <translation>O tópico fica oculto nos calendários de outras pessoas.</translation>
    </message>
    <message>
        <source>Dial-in countries</source>
        <translation>Países de discagem</translation>
    </message>
    <message>
        <source>Country codes whose dial-in numbers the invitation lists, e.g. US, DE.</source>
        <translation>Códigos de país cujos números de discagem o convite lista, por exemplo US, DE.</translation>
    </message>
    <message>
        <source>Let registrants join from several &amp;devices</source>
        <translation>Permitir que inscritos entrem de vários &amp;dispositivos</translation>
    </message>
    <message>
        <source>A registrant&apos;s link works on more than one device at a time.</source>
        <translation>O link de um inscrito funciona em mais de um dispositivo ao mesmo tempo.</translation>
    </message>
    <message>
        <source>Send registrants a &amp;confirmation</source>
        <translation>Enviar uma &amp;confirmação aos inscritos</translation>
    </message>
    <message>
        <source>Zoom emails each registrant a confirmation.</source>
        <translation>O Zoom envia uma confirmação por e-mail a cada inscrito.</translation>
    </message>
    <message>
        <source>Email registrants about appro&amp;val</source>
        <translation>Notificar inscritos sobre a apr&amp;ovação por e-mail</translation>
    </message>
    <message>
        <source>Zoom emails registrants when they are approved, denied or cancelled.</source>
        <translation>O Zoom envia um e-mail aos inscritos quando são aprovados, recusados ou cancelados.</translation>
    </message>
    <message>
        <source>Close registration after the meeting&apos;s da&amp;te</source>
        <translation>Encerrar inscrições após a da&amp;ta da reunião</translation>
    </message>
    <message>
        <source>No one can register once the meeting has taken place.</source>
        <translation>Ninguém pode se inscrever depois que a reunião acontecer.</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Nome do contato</translation>
    </message>
    <message>
        <source>Shown to registrants on the registration page.</source>
        <translation>Exibido aos inscritos na página de inscrição.</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>E-mail do contato</translation>
    </message>
    <message>
        <source>Must be true or false.</source>
        <translation>Deve ser true ou false.</translation>
    </message>
    <message>
        <source>Must be text.</source>
        <translation>Deve ser texto.</translation>
    </message>
    <message>
        <source>What the meeting is about</source>
        <translation>Do que se trata a reunião</translation>
    </message>
    <message>
        <source>Optional; shown in the invitation</source>
        <translation>Opcional; exibida no convite</translation>
    </message>
    <message>
        <source>Only letters, digits and @ - _ * are allowed.</source>
        <translation>Somente letras, dígitos e @ - _ * são permitidos.</translation>
    </message>
    <message>
        <source>No passcode</source>
        <translation>Sem senha</translation>
    </message>
    <message>
        <source>Waiting room</source>
        <translation>Sala de espera</translation>
    </message>
    <message>
        <source>Re&amp;gistration</source>
        <translation>Ins&amp;crição</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticação</translation>
    </message>
    <message>
        <source>Aut&amp;hentication option</source>
        <translation>Opção de &amp;autenticação</translation>
    </message>
    <message>
        <source>The host&apos;s default option</source>
        <translation>Opção padrão do anfitrião</translation>
    </message>
    <message>
        <source>example.com, *.example.org</source>
        <translation>example.com, *.example.org</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Joining</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Not available while the waiting room is on (Zoom turns it off).</source>
        <translation>Indisponível enquanto a sala de espera estiver ativada (o Zoom desativa).</translation>
    </message>
    <message>
        <source>Recor&amp;ding</source>
        <translation>&amp;Gravação</translation>
    </message>
    <message>
        <source>Aud&amp;io</source>
        <translation>Áudi&amp;o</translation>
    </message>
    <message>
        <source>A&amp;lternative hosts</source>
        <translation>Anfitriões a&amp;lternativos</translation>
    </message>
    <message>
        <source>ann@example.com; bob@example.com</source>
        <translation>ann@example.com; bob@example.com</translation>
    </message>
    <message>
        <source>&amp;Encryption</source>
        <translation>C&amp;riptografia</translation>
    </message>
    <message>
        <source>In the meeting</source>
        <translation>Na reunião</translation>
    </message>
    <message>
        <source>Country codes are two capital letters, e.g. DE.</source>
        <translation>Os códigos de país têm duas letras maiúsculas, por exemplo DE.</translation>
    </message>
    <message>
        <source>Dial-in &amp;countries</source>
        <translation>Países de disca&amp;gem</translation>
    </message>
    <message>
        <source>The account&apos;s countries</source>
        <translation>Países da conta</translation>
    </message>
    <message>
        <source>Registrants</source>
        <translation>Inscritos</translation>
    </message>
    <message>
        <source>Contact na&amp;me</source>
        <translation>&amp;Nome do contato</translation>
    </message>
    <message>
        <source>Jill Chill</source>
        <translation>Maria Silva</translation>
    </message>
    <message>
        <source>Not an email address.</source>
        <translation>Não é um endereço de e-mail.</translation>
    </message>
    <message>
        <source>Contact emai&amp;l</source>
        <translation>&amp;E-mail do contato</translation>
    </message>
    <message>
        <source>jill.chill@example.com</source>
        <translation>maria.silva@example.com</translation>
    </message>
    <message>
        <source>zoomdesk does not know the setting {name}. Did you mean {names}?</source>
        <translation>O zoomdesk não conhece a configuração {name}. Você quis dizer {names}?</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation>Deve ser um número inteiro.</translation>
    </message>
    <message>
        <source>Must be a list of text, e.g. [&quot;US&quot;, &quot;DE&quot;].</source>
        <translation>Deve ser uma lista de textos, por exemplo [&quot;US&quot;, &quot;DE&quot;].</translation>
    </message>
    <message>
        <source>No registration</source>
        <translation>Sem inscrição</translation>
    </message>
    <message>
        <source>Registration, approved automatically</source>
        <translation>Inscrição, aprovada automaticamente</translation>
    </message>
    <message>
        <source>Registration, approved by the host</source>
        <translation>Inscrição, aprovada pelo anfitrião</translation>
    </message>
    <message>
        <source>Register once, attend any occurrence</source>
        <translation>Inscrever-se uma vez e participar de qualquer ocorrência</translation>
    </message>
    <message>
        <source>Register for each occurrence</source>
        <translation>Inscrever-se em cada ocorrência</translation>
    </message>
    <message>
        <source>Register once, choose the occurrences</source>
        <translation>Inscrever-se uma vez e escolher as ocorrências</translation>
    </message>
    <message>
        <source>Any time before the start</source>
        <translation>A qualquer momento antes do início</translation>
    </message>
    <message>
        <source>Up to 5 min before</source>
        <translation>Até 5 min antes</translation>
    </message>
    <message>
        <source>Up to 10 min before</source>
        <translation>Até 10 min antes</translation>
    </message>
    <message>
        <source>Don&apos;t record</source>
        <translation>Não gravar</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Neste computador</translation>
    </message>
    <message>
        <source>In the cloud</source>
        <translation>Na nuvem</translation>
    </message>
    <message>
        <source>Telephone and computer audio</source>
        <translation>Telefone e áudio do computador</translation>
    </message>
    <message>
        <source>Telephone only</source>
        <translation>Somente telefone</translation>
    </message>
    <message>
        <source>Computer audio only</source>
        <translation>Somente áudio do computador</translation>
    </message>
    <message>
        <source>Enhanced encryption</source>
        <translation>Criptografia aprimorada</translation>
    </message>
    <message>
        <source>End-to-end encryption</source>
        <translation>Criptografia de ponta a ponta</translation>
    </message>
    <message>
        <source>zoomdesk does not know the setting {name}.</source>
        <translation>O zoomdesk não conhece a configuração {name}.</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} ou {second}</translation>
    </message>
    <message>
        <source>Must be one of {values}.</source>
        <translation>Deve ser um destes valores: {values}.</translation>
    </message>
    <message>
        <source>{value}: {problem}</source>
        <translation>{value}: {problem}</translation>
    </message>
    <message>
        <source>At most {limit} characters ({length}).</source>
        <translation>No máximo {limit} caracteres ({length}).</translation>
    </message>
    <message>
        <source>One-time meeting</source>
        <translation>Reunião única</translation>
    </message>
    <message>
        <source>Recurring meeting, fixed times</source>
        <translation>Reunião recorrente, horários fixos</translation>
    </message>
    <message>
        <source>Recurring meeting, no fixed time</source>
        <translation>Reunião recorrente, sem horário fixo</translation>
    </message>
    <message>
        <source>Must be between {low} and {high}.</source>
        <translation>Deve estar entre {low} e {high}.</translation>
    </message>
    <message>
        <source>Not an email address: {address}</source>
        <translation>Não é um endereço de e-mail: {address}</translation>
    </message>
</context>
<context>
    <name>MeetingTable</name>
    <message>
        <source>Topic</source>
        <translation>Tópico</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Anfitrião</translation>
    </message>
    <message>
        <source>Meeting ID</source>
        <translation>ID da reunião</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Recorrência</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Não iniciada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Encerrada</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Agendada</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Passada</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Agora</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Próxima</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>Recorrente</translation>
    </message>
    <message>
        <source>{column}: {value}</source>
        <translation>{column}: {value}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Meeting time zone: {zone}</source>
        <translation>Fuso horário da reunião: {zone}</translation>
    </message>
    <message>
        <source>Recurring: open the meeting, or select it a moment, to see how it repeats</source>
        <translation>Recorrente: abra a reunião, ou selecione-a por um momento, para ver como ela se repete</translation>
    </message>
    <message>
        <source>Recurring: {pattern}</source>
        <translation>Recorrente: {pattern}</translation>
    </message>
</context>
<context>
    <name>MeetingType</name>
    <message>
        <source>Instant</source>
        <translation>Reunião instantânea</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>Única</translation>
    </message>
    <message>
        <source>Recurring (no fixed time)</source>
        <translation>Recorrente (sem horário fixo)</translation>
    </message>
    <message>
        <source>Personal meeting ID</source>
        <translation>ID de reunião pessoal</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>Recorrente</translation>
    </message>
    <message>
        <source>Screen share only</source>
        <translation>Somente compartilhamento de tela</translation>
    </message>
</context>
<context>
    <name>MeetingUpdate</name>
    <message>
        <source>Cannot be changed for one occurrence; edit the whole series.</source>
        <translation>Não pode ser alterado para uma única ocorrência; edite a série inteira.</translation>
    </message>
    <message>
        <source>A new start needs its time zone.</source>
        <translation>Um novo início precisa do seu fuso horário.</translation>
    </message>
    <message>
        <source>Enter a topic.</source>
        <translation>Informe um tópico.</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>Calendar month</source>
        <translation>Mês do calendário</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n outra</numerusform>
            <numerusform>+%n outras</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OccurrenceDialog</name>
    <message>
        <source>Zoom removes it at once; people who have the link can no longer join. This cannot be undone.</source>
        <translation>O Zoom a remove imediatamente; quem tem o link não poderá mais entrar. Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Zoom removes this date at once; the link still works for the other dates of the series. This cannot be undone.</source>
        <translation>O Zoom remove esta data imediatamente; o link continua funcionando para as outras datas da série. Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>“{topic}” is a recurring meeting. Delete which part?</source>
        <translation>“{topic}” é uma reunião recorrente. Qual parte deseja excluir?</translation>
    </message>
    <message>
        <source>Delete only this occurrence:</source>
        <translation>Excluir somente esta ocorrência:</translation>
    </message>
    <message>
        <source>Delete one occurrence</source>
        <translation>Excluir uma ocorrência</translation>
    </message>
    <message>
        <source>Delete the whole series</source>
        <translation>Excluir a série inteira</translation>
    </message>
    <message>
        <source>“{topic}” is a recurring meeting. Edit which part?</source>
        <translation>“{topic}” é uma reunião recorrente. Qual parte deseja editar?</translation>
    </message>
    <message>
        <source>Edit only this occurrence:</source>
        <translation>Editar somente esta ocorrência:</translation>
    </message>
    <message>
        <source>Edit one occurrence</source>
        <translation>Editar uma ocorrência</translation>
    </message>
    <message>
        <source>Edit the whole series</source>
        <translation>Editar a série inteira</translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation>Ocorrência</translation>
    </message>
    <message>
        <source>E&amp;mail the host and registrants about the cancellation</source>
        <translation>Avisar o anfitrião e os inscritos sobre o cancelamento por e-&amp;mail</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Delete meeting — zoomdesk</source>
        <translation>Excluir reunião — zoomdesk</translation>
    </message>
    <message>
        <source>Edit recurring meeting — zoomdesk</source>
        <translation>Editar reunião recorrente — zoomdesk</translation>
    </message>
    <message numerus="yes">
        <source>Delete the whole series (%n upcoming occurrence(s))</source>
        <translation>
            <numerusform>Excluir a série inteira (%n ocorrência futura)</numerusform>
            <numerusform>Excluir a série inteira (%n ocorrências futuras)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit the whole series (%n upcoming occurrence(s))</source>
        <translation>
            <numerusform>Editar a série inteira (%n ocorrência futura)</numerusform>
            <numerusform>Editar a série inteira (%n ocorrências futuras)</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “{topic}” ({when})?</source>
        <translation>Excluir “{topic}” ({when})?</translation>
    </message>
    <message>
        <source>Delete “{topic}”?</source>
        <translation>Excluir “{topic}”?</translation>
    </message>
</context>
<context>
    <name>Offline</name>
    <message>
        <source>Needs Zoom, which cannot be reached right now; zoomdesk keeps trying.</source>
        <translation>Precisa do Zoom, que não pode ser acessado agora; o zoomdesk continua tentando.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Zoom cannot be reached. Showing your meetings as of {time}, read-only: copying links and invitations and saving .ics files still work. Trying again in {seconds} s. {problem}</source>
        <translation>Não é possível acessar o Zoom. Mostrando suas reuniões como estavam em {time}, somente leitura: copiar links e convites e salvar arquivos .ics continuam funcionando. Nova tentativa em {seconds} s. {problem}</translation>
    </message>
    <message>
        <source>Zoom cannot be reached. Nothing is kept from an earlier visit to show meanwhile. Trying again in {seconds} s. {problem}</source>
        <translation>Não é possível acessar o Zoom. Nada foi guardado de uma visita anterior para mostrar enquanto isso. Nova tentativa em {seconds} s. {problem}</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Tentar agora</translation>
    </message>
</context>
<context>
    <name>OutcomeCheck</name>
    <message>
        <source>Check now</source>
        <translation>Verificar agora</translation>
    </message>
    <message>
        <source>It was created — open it</source>
        <translation>Foi criada — abrir</translation>
    </message>
    <message>
        <source>It was not created — try again</source>
        <translation>Não foi criada — tentar novamente</translation>
    </message>
    <message>
        <source>Try again without checking</source>
        <translation>Tentar novamente sem verificar</translation>
    </message>
    <message>
        <source>Checking whether the meeting was created</source>
        <translation>Verificação da criação da reunião</translation>
    </message>
    <message>
        <source>The meeting may or may not have been created</source>
        <translation>A reunião pode ou não ter sido criada</translation>
    </message>
    <message>
        <source>The request was sent, but no answer came back. It was NOT retried, so that the meeting is not created twice. Check the host&apos;s meetings before trying again.</source>
        <translation>A requisição foi enviada, mas nenhuma resposta voltou. Ela NÃO foi repetida, para que a reunião não seja criada duas vezes. Verifique as reuniões do anfitrião antes de tentar novamente.</translation>
    </message>
    <message>
        <source>Checking the host&apos;s meetings…</source>
        <translation>Verificando as reuniões do anfitrião…</translation>
    </message>
    <message>
        <source>no fixed time</source>
        <translation>sem horário fixo</translation>
    </message>
    <message>
        <source>It was created</source>
        <translation>Foi criada</translation>
    </message>
    <message>
        <source>It was not created</source>
        <translation>Não foi criada</translation>
    </message>
    <message>
        <source>Couldn&apos;t check whether the meeting was created</source>
        <translation>Não foi possível verificar se a reunião foi criada</translation>
    </message>
    <message>
        <source>“{topic}” ({time}, meeting ID {id}) was created for this host.</source>
        <translation>“{topic}” ({time}, ID da reunião {id}) foi criada para este anfitrião.</translation>
    </message>
    <message>
        <source>No meeting called “{topic}” at this time was created for this host in the last few minutes. It is safe to try again.</source>
        <translation>Nenhuma reunião chamada “{topic}” neste horário foi criada para este anfitrião nos últimos minutos. É seguro tentar novamente.</translation>
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
        <translation>nenhuma política</translation>
    </message>
    <message>
        <source>{value} is not an IANA time zone (Europe/Berlin)</source>
        <translation>{value} não é um fuso horário IANA (Europe/Berlin)</translation>
    </message>
    <message>
        <source>; known names: {names}</source>
        <translation>; nomes conhecidos: {names}</translation>
    </message>
    <message>
        <source>unknown policy name {name}{suggestion}</source>
        <translation>nome de política desconhecido {name}{suggestion}</translation>
    </message>
    <message>
        <source>allowed_hosts must be a list of emails or @domains</source>
        <translation>allowed_hosts deve ser uma lista de e-mails ou @domínios</translation>
    </message>
    <message>
        <source>profiles must be a list of tables ([[profiles]])</source>
        <translation>profiles deve ser uma lista de tabelas ([[profiles]])</translation>
    </message>
    <message>
        <source>two preset profiles named {name}</source>
        <translation>dois perfis predefinidos chamados {name}</translation>
    </message>
    <message>
        <source>locked_settings must be a table ([locked_settings])</source>
        <translation>locked_settings deve ser uma tabela ([locked_settings])</translation>
    </message>
    <message>
        <source>{setting} is set by {policy}; it must be {value}.</source>
        <translation>{setting} é definido por {policy}; o valor deve ser {value}.</translation>
    </message>
    <message>
        <source>; did you mean {name}?</source>
        <translation>; você quis dizer {name}?</translation>
    </message>
    <message>
        <source>each preset profile must be a table</source>
        <translation>cada perfil predefinido deve ser uma tabela</translation>
    </message>
    <message>
        <source>{key} must be text</source>
        <translation>{key} deve ser texto</translation>
    </message>
    <message>
        <source>a preset profile needs {key}</source>
        <translation>um perfil predefinido precisa de {key}</translation>
    </message>
    <message>
        <source>region must be global or zoomgov</source>
        <translation>region deve ser global ou zoomgov</translation>
    </message>
    <message>
        <source>your organisation&apos;s policy ({source})</source>
        <translation>a política da sua organização ({source})</translation>
    </message>
    <message>
        <source>{email} is not among the hosts this desktop may manage ({hosts}), set by {policy}.</source>
        <translation>{email} não está entre os anfitriões que este computador pode gerenciar ({hosts}), definidos por {policy}.</translation>
    </message>
    <message>
        <source>{key} must be true or false</source>
        <translation>{key} deve ser true ou false</translation>
    </message>
    <message>
        <source>{value} is neither an email (board@example.com) nor a domain (@example.org)</source>
        <translation>{value} não é um e-mail (board@example.com) nem um domínio (@example.org)</translation>
    </message>
    <message>
        <source>this host</source>
        <translation>este anfitrião</translation>
    </message>
    <message>
        <source>a policy never holds a secret: remove {key}; each user&apos;s secret goes in the keyring (zoomdesk profiles add NAME --client-secret-stdin)</source>
        <translation>uma política nunca contém um segredo: remova {key}; o segredo de cada usuário vai no chaveiro (zoomdesk profiles add NAME --client-secret-stdin)</translation>
    </message>
    <message>
        <source>unknown profile name {name}{suggestion}</source>
        <translation>nome de campo de perfil desconhecido {name}{suggestion}</translation>
    </message>
    <message>
        <source>cannot read the policy file ({error})</source>
        <translation>não é possível ler o arquivo de política ({error})</translation>
    </message>
    <message>
        <source>not valid TOML: {reason}</source>
        <translation>TOML inválido: {reason}</translation>
    </message>
    <message>
        <source>not a valid plist</source>
        <translation>plist inválido</translation>
    </message>
    <message>
        <source>cannot read the managed preferences ({error})</source>
        <translation>não é possível ler as preferências gerenciadas ({error})</translation>
    </message>
    <message>
        <source>the managed preferences are not a dictionary</source>
        <translation>as preferências gerenciadas não são um dicionário</translation>
    </message>
    <message>
        <source>the policy file does not exist</source>
        <translation>o arquivo de política não existe</translation>
    </message>
</context>
<context>
    <name>PolicyUi</name>
    <message>
        <source>Adding profiles is turned off by {policy}; ask IT for a profile.</source>
        <translation>A adição de perfis está desativada por {policy}; peça um perfil à TI.</translation>
    </message>
    <message>
        <source>The sandbox is turned off by {policy}.</source>
        <translation>O sandbox está desativado por {policy}.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy is unreadable, ask IT: {problem}. Until it is fixed, zoomdesk keeps the restrictive defaults (no new profiles, no sandbox).</source>
        <translation>A política da sua organização não pode ser lida, consulte a TI: {problem}. Até que seja corrigida, o zoomdesk mantém os padrões restritivos (sem novos perfis, sem sandbox).</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The new language is used when zoomdesk next starts.</source>
        <translation>O novo idioma será usado na próxima vez que o zoomdesk for iniciado.</translation>
    </message>
    <message>
        <source>Used for menus, messages, dates and times.</source>
        <translation>Usado em menus, mensagens, datas e horários.</translation>
    </message>
</context>
<context>
    <name>ProfileActions</name>
    <message>
        <source>Remove profile — zoomdesk</source>
        <translation>Excluir perfil — zoomdesk</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <source>Connecting with “{name}”</source>
        <translation>Conectando com “{name}”</translation>
    </message>
    <message>
        <source>Removing “{name}”</source>
        <translation>Excluindo “{name}”</translation>
    </message>
    <message>
        <source>Remove the profile “{name}” and its secret from this computer? Your Zoom account and its meetings are not affected.</source>
        <translation>Excluir o perfil “{name}” e o segredo dele deste computador? Sua conta Zoom e as reuniões dela não são afetadas.</translation>
    </message>
    <message>
        <source>Reading the profiles</source>
        <translation>Leitura dos perfis</translation>
    </message>
    <message>
        <source>The profile was removed, but its secret could not be deleted from the password store: {problem}</source>
        <translation>O perfil foi excluído, mas o segredo dele não pôde ser apagado do armazenamento de senhas: {problem}</translation>
    </message>
    <message>
        <source>“{name}” was saved, but zoomdesk could not connect with it: {problem} It stays on the current connection.</source>
        <translation>“{name}” foi salvo, mas o zoomdesk não conseguiu se conectar com ele: {problem} A conexão atual é mantida.</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>Editar perfil…</translation>
    </message>
    <message>
        <source>Switch anyway</source>
        <translation>Trocar mesmo assim</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Enter a URL.</source>
        <translation>Informe uma URL.</translation>
    </message>
    <message>
        <source>Enter the account ID.</source>
        <translation>Informe o ID da conta.</translation>
    </message>
    <message>
        <source>Enter the client ID.</source>
        <translation>Informe o ID do cliente.</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Informe o segredo do cliente.</translation>
    </message>
    <message>
        <source>A profile with this name exists already.</source>
        <translation>Já existe um perfil com este nome.</translation>
    </message>
    <message>
        <source>Enter the credentials of your Server-to-Server OAuth app. You find them on the app&apos;s App Credentials page in the Zoom App Marketplace.</source>
        <translation>Informe as credenciais do seu aplicativo OAuth Server-to-Server. Você as encontra na página App Credentials do aplicativo no Zoom App Marketplace.</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nome do perfil</translation>
    </message>
    <message>
        <source>e.g. Work</source>
        <translation>ex.: Trabalho</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Custom base URLs</source>
        <translation>URLs base personalizadas</translation>
    </message>
    <message>
        <source>OAuth URL</source>
        <translation>URL do OAuth</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>URL da API</translation>
    </message>
    <message>
        <source>From the token (recommended)</source>
        <translation>Do token (recomendado)</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID da conta</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID do cliente</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Segredo do cliente</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the client secret</source>
        <translation>Mostrar o segredo do cliente</translation>
    </message>
    <message>
        <source>Show or hide the client secret</source>
        <translation>Mostrar ou ocultar o segredo do cliente</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Região:</translation>
    </message>
    <message>
        <source>&amp;OAuth URL:</source>
        <translation>URL do &amp;OAuth:</translation>
    </message>
    <message>
        <source>A&amp;PI URL:</source>
        <translation>URL da A&amp;PI:</translation>
    </message>
    <message>
        <source>&amp;Account ID:</source>
        <translation>ID da &amp;conta:</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>ID do c&amp;liente:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Segredo do cliente:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado do teste de conexão</translation>
    </message>
    <message>
        <source>Keyring problem</source>
        <translation>Problema no chaveiro</translation>
    </message>
    <message>
        <source>Asking Zoom for an access token…</source>
        <translation>Solicitando um token de acesso ao Zoom…</translation>
    </message>
    <message>
        <source>Edit profile — zoomdesk</source>
        <translation>Editar perfil — zoomdesk</translation>
    </message>
    <message>
        <source>Connect to Zoom — zoomdesk</source>
        <translation>Conectar ao Zoom — zoomdesk</translation>
    </message>
    <message>
        <source>Stored in the system keyring; leave empty to keep it</source>
        <translation>Armazenado no chaveiro do sistema; deixe vazio para mantê-lo</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide the client secret</source>
        <translation>Ocultar o segredo do cliente</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Teste da conexão</translation>
    </message>
    <message>
        <source>Saving the profile</source>
        <translation>Salvamento do perfil</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>Problema com {field}</translation>
    </message>
    <message>
        <source>Something unexpected went wrong: {problem}</source>
        <translation>Algo inesperado deu errado: {problem}</translation>
    </message>
    <message>
        <source>The client secret is needed to test the connection.</source>
        <translation>O segredo do cliente é necessário para testar a conexão.</translation>
    </message>
    <message>
        <source>{problem} You can use the secret for this session only: zoomdesk keeps it in memory until it closes, and asks for it again next time.</source>
        <translation>{problem} Você pode usar o segredo só nesta sessão: o zoomdesk o mantém na memória até ser fechado e pede de novo na próxima vez.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation>Usar só nesta sessão</translation>
    </message>
</context>
<context>
    <name>ProfileMenu</name>
    <message>
        <source>Sandbox (not real Zoom)</source>
        <translation>Sandbox (não é o Zoom real)</translation>
    </message>
    <message>
        <source>&amp;Sandbox (not real Zoom)</source>
        <translation>&amp;Sandbox (não é o Zoom real)</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Não conectado</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>Enter a name for this profile.</source>
        <translation>Digite um nome para este perfil.</translation>
    </message>
    <message>
        <source>A profile name cannot start or end with a space.</source>
        <translation>Um nome de perfil não pode começar nem terminar com espaço.</translation>
    </message>
    <message>
        <source>A profile name can have at most 100 characters.</source>
        <translation>Um nome de perfil pode ter no máximo 100 caracteres.</translation>
    </message>
    <message>
        <source>A profile name cannot contain / or \.</source>
        <translation>Um nome de perfil não pode conter / nem \.</translation>
    </message>
    <message>
        <source>A profile name cannot contain control characters (new lines, tabs, escapes).</source>
        <translation>Um nome de perfil não pode conter caracteres de controle (quebras de linha, tabulações, escapes).</translation>
    </message>
    <message>
        <source>The URL must not contain a user name or password; credentials go elsewhere.</source>
        <translation>A URL não deve conter nome de usuário nem senha; as credenciais ficam em outro lugar.</translation>
    </message>
    <message>
        <source>Cannot save the settings file {path}: {error}</source>
        <translation>Não é possível salvar o arquivo de configurações {path}: {error}</translation>
    </message>
    <message>
        <source>{url} is not an http(s) URL; enter a full URL, like https://zoom.us.</source>
        <translation>{url} não é uma URL http(s); digite uma URL completa, como https://zoom.us.</translation>
    </message>
    <message>
        <source>{url} is plain http to another computer, which would send the credentials unencrypted; use https:// (plain http is only allowed for this computer).</source>
        <translation>{url} é http simples para outro computador, o que enviaria as credenciais sem criptografia; use https:// (http simples só é permitido para este computador).</translation>
    </message>
    <message>
        <source>Cannot read the settings file {path}: {error}</source>
        <translation>Não é possível ler o arquivo de configurações {path}: {error}</translation>
    </message>
    <message>
        <source>The settings file {path} is damaged ({error}). Move it aside and add the profile again; no secret is stored in it.</source>
        <translation>O arquivo de configurações {path} está danificado ({error}). Mova-o para outro lugar e adicione o perfil novamente; nenhum segredo é guardado nele.</translation>
    </message>
    <message>
        <source>{url} is not a URL; enter a full URL, like https://zoom.us.</source>
        <translation>{url} não é uma URL; digite uma URL completa, como https://zoom.us.</translation>
    </message>
    <message>
        <source>Another zoomdesk is still writing {path}; try again.</source>
        <translation>Outro zoomdesk ainda está gravando {path}; tente novamente.</translation>
    </message>
    <message>
        <source>No profile named {name}; see `zoomdesk profiles list`.</source>
        <translation>Nenhum perfil chamado {name}; veja `zoomdesk profiles list`.</translation>
    </message>
    <message>
        <source>Incomplete credentials in profile {name}: missing {fields}.</source>
        <translation>Credenciais incompletas no perfil {name}; faltam: {fields}.</translation>
    </message>
    <message>
        <source>Incomplete credentials in the environment: missing {fields}.</source>
        <translation>Credenciais incompletas no ambiente; faltam: {fields}.</translation>
    </message>
    <message>
        <source>the oauth url of profile {name}: {problem}</source>
        <translation>a URL de OAuth do perfil {name}: {problem}</translation>
    </message>
    <message>
        <source>the api url of profile {name}: {problem}</source>
        <translation>a URL da API do perfil {name}: {problem}</translation>
    </message>
    <message>
        <source>account ID (ZOOM_ACCOUNT_ID)</source>
        <translation>ID da conta (ZOOM_ACCOUNT_ID)</translation>
    </message>
    <message>
        <source>client ID (ZOOM_CLIENT_ID)</source>
        <translation>ID do cliente (ZOOM_CLIENT_ID)</translation>
    </message>
    <message>
        <source>client secret (ZOOM_CLIENT_SECRET or the keyring)</source>
        <translation>segredo do cliente (ZOOM_CLIENT_SECRET ou o chaveiro)</translation>
    </message>
</context>
<context>
    <name>RateLimit</name>
    <message>
        <source>{remaining} of {limit} {category} requests left today for the whole Zoom account (resets {time} UTC); slowing down</source>
        <translation>Restam hoje {remaining} de {limit} requisições {category} para toda a conta Zoom (redefinição às {time} UTC); diminuindo o ritmo</translation>
    </message>
    <message>
        <source>{remaining} of {limit} {category} requests left today for the whole Zoom account (resets {time} UTC); bulk work pauses to leave them for people</source>
        <translation>Restam hoje {remaining} de {limit} requisições {category} para toda a conta Zoom (redefinição às {time} UTC); o trabalho em lote pausa para deixá-las às pessoas</translation>
    </message>
</context>
<context>
    <name>RecoveryBanner</name>
    <message>
        <source>“{topic}”</source>
        <translation>“{topic}”</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sem título</translation>
    </message>
    <message>
        <source>1 meeting form was not saved when zoomdesk last stopped: {topics}.</source>
        <translation>1 formulário de reunião não foi salvo quando o zoomdesk parou da última vez: {topics}.</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting forms were not saved when zoomdesk last stopped: {topics}.</source>
        <translation>
            <numerusform>%n formulário de reunião não foi salvo quando o zoomdesk parou da última vez: {topics}.</numerusform>
            <numerusform>%n formulários de reunião não foram salvos quando o zoomdesk parou da última vez: {topics}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved forms discarded</source>
        <translation>Formulários não salvos descartados</translation>
    </message>
    <message numerus="yes">
        <source>{topics} and %n more</source>
        <translation>
            <numerusform>{topics} e mais %n</numerusform>
            <numerusform>{topics} e mais %n</numerusform>
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
        <translation>Todos os dias</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>A cada %n dia</numerusform>
            <numerusform>A cada %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Todas as semanas</translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s)</source>
        <translation>
            <numerusform>A cada %n semana</numerusform>
            <numerusform>A cada %n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Todos os meses</translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s)</source>
        <translation>
            <numerusform>A cada %n mês</numerusform>
            <numerusform>A cada %n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>{rule} on {days}</source>
        <translation>{rule}, às {days}</translation>
    </message>
    <message>
        <source>{rule}, until {date}</source>
        <translation>{rule}, até {date}</translation>
    </message>
    <message>
        <source>{rule} on day {day}</source>
        <translation>{rule}, no dia {day}</translation>
    </message>
    <message numerus="yes">
        <source>{rule}, %n time(s)</source>
        <translation>
            <numerusform>{rule}, %n vez</numerusform>
            <numerusform>{rule}, %n vezes</numerusform>
        </translation>
    </message>
    <message>
        <source>{rule} on the last {weekday}</source>
        <translation>{rule}, na última {weekday}</translation>
    </message>
    <message>
        <source>{rule} on the first {weekday}</source>
        <translation>{rule}, na primeira {weekday}</translation>
    </message>
    <message>
        <source>{rule} on the second {weekday}</source>
        <translation>{rule}, na segunda {weekday}</translation>
    </message>
    <message>
        <source>{rule} on the third {weekday}</source>
        <translation>{rule}, na terceira {weekday}</translation>
    </message>
    <message>
        <source>{rule} on the fourth {weekday}</source>
        <translation>{rule}, na quarta {weekday}</translation>
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message>
        <source>Daily</source>
        <translation>Diária</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensal</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Primeiro(a)</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Segundo(a)</translation>
    </message>
    <message>
        <source>Third</source>
        <translation>Terceiro(a)</translation>
    </message>
    <message>
        <source>Fourth</source>
        <translation>Quarto(a)</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Último(a)</translation>
    </message>
    <message>
        <source>occurrences (at most {limit})</source>
        <translation>ocorrências (no máximo {limit})</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Em</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Repetição</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Repetir a cada</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>Monthly on a day of the month</source>
        <translation>Mensal, em um dia do mês</translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation>Dia do mês</translation>
    </message>
    <message>
        <source>The</source>
        <translation>No(a)</translation>
    </message>
    <message>
        <source>Monthly on a weekday of a week</source>
        <translation>Mensal, em um dia da semana de uma semana</translation>
    </message>
    <message>
        <source>Week of the month</source>
        <translation>Semana do mês</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Dia da semana</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Após</translation>
    </message>
    <message>
        <source>End after a number of occurrences</source>
        <translation>Terminar após um número de ocorrências</translation>
    </message>
    <message>
        <source>Number of occurrences</source>
        <translation>Número de ocorrências</translation>
    </message>
    <message>
        <source>End on a date</source>
        <translation>Terminar em uma data</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>Última data</translation>
    </message>
    <message>
        <source>Repeat summary</source>
        <translation>Resumo da repetição</translation>
    </message>
    <message>
        <source>&amp;Repeats</source>
        <translation>&amp;Repetição</translation>
    </message>
    <message>
        <source>E&amp;very</source>
        <translation>A ca&amp;da</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message numerus="yes">
        <source>day(s) (at most {limit})</source>
        <translation>
            <numerusform>dia (no máximo {limit})</numerusform>
            <numerusform>dias (no máximo {limit})</numerusform>
        </translation>
    </message>
    <message>
        <source>{rule}, until {date}</source>
        <translation>{rule}, até {date}</translation>
    </message>
    <message>
        <source>of the month</source>
        <translation>do mês</translation>
    </message>
    <message numerus="yes">
        <source>week(s) (at most {limit})</source>
        <translation>
            <numerusform>semana (no máximo {limit})</numerusform>
            <numerusform>semanas (no máximo {limit})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s) (at most {limit})</source>
        <translation>
            <numerusform>mês (no máximo {limit})</numerusform>
            <numerusform>meses (no máximo {limit})</numerusform>
        </translation>
    </message>
    <message>
        <source>{rule}, once</source>
        <translation>{rule}, uma vez</translation>
    </message>
    <message numerus="yes">
        <source>{rule}, %n times</source>
        <translation>
            <numerusform>{rule}, %n vezes</numerusform>
            <numerusform>{rule}, %n vezes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecurrenceSummary</name>
    <message>
        <source>Recurring</source>
        <translation>Recorrente</translation>
    </message>
</context>
<context>
    <name>RegistrantDialogs</name>
    <message>
        <source>Add registrant — zoomdesk</source>
        <translation>Adicionar inscrito — zoomdesk</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>Not an email address.</source>
        <translation>Não é um endereço de e-mail.</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>Prévia da importação</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Sobrenome</translation>
    </message>
    <message>
        <source>Zoom needs a first name.</source>
        <translation>O Zoom precisa de um nome.</translation>
    </message>
    <message numerus="yes">
        <source>Register %n people from {file} (one request each)?</source>
        <translation>
            <numerusform>Inscrever %n pessoa de {file} (uma requisição cada)?</numerusform>
            <numerusform>Inscrever %n pessoas de {file} (uma requisição cada)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Register %n people from {file} (in batches of 30)?</source>
        <translation>
            <numerusform>Inscrever %n pessoa de {file} (em lotes de 30)?</numerusform>
            <numerusform>Inscrever %n pessoas de {file} (em lotes de 30)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… e mais %n</numerusform>
            <numerusform>… e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Import {file} — zoomdesk</source>
        <translation>Importar {file} — zoomdesk</translation>
    </message>
    <message numerus="yes">
        <source>{file} can&apos;t be imported: fix these %n problem(s) and try again. Nothing has been sent.</source>
        <translation>
            <numerusform>Não é possível importar {file}: corrija este %n problema e tente de novo. Nada foi enviado.</numerusform>
            <numerusform>Não é possível importar {file}: corrija estes %n problemas e tente de novo. Nada foi enviado.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistrantImport</name>
    <message>
        <source>columns</source>
        <translation>colunas</translation>
    </message>
    <message>
        <source>Unknown column {name}; Zoom&apos;s fields are {fields}.</source>
        <translation>Coluna desconhecida {name}; os campos do Zoom são {fields}.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>arquivo</translation>
    </message>
    <message>
        <source>Zoom takes at most {count} registrants.</source>
        <translation>O Zoom aceita no máximo {count} inscritos.</translation>
    </message>
    <message>
        <source>The file needs a column {name}.</source>
        <translation>O arquivo precisa de uma coluna {name}.</translation>
    </message>
    <message>
        <source>Not an email address: {address}.</source>
        <translation>Não é um endereço de e-mail: {address}.</translation>
    </message>
    <message>
        <source>line {number}</source>
        <translation>linha {number}</translation>
    </message>
    <message>
        <source>{address} is listed twice.</source>
        <translation>{address} aparece duas vezes.</translation>
    </message>
    <message>
        <source>No registrants in the file.</source>
        <translation>O arquivo não contém inscritos.</translation>
    </message>
    <message>
        <source>first_name is empty.</source>
        <translation>first_name está vazio.</translation>
    </message>
</context>
<context>
    <name>RegistrantsDialog</name>
    <message>
        <source>Registrants approved automatically</source>
        <translation>Inscritos aprovados automaticamente</translation>
    </message>
    <message>
        <source>Registrants approved by the host</source>
        <translation>Inscritos aprovados pelo anfitrião</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>sobrenome</translation>
    </message>
    <message>
        <source>address</source>
        <translation>endereço</translation>
    </message>
    <message>
        <source>city</source>
        <translation>cidade</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>zip</source>
        <translation>CEP</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefone</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>setor</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organização</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>cargo</translation>
    </message>
    <message>
        <source>purchasing time frame</source>
        <translation>prazo de compra</translation>
    </message>
    <message>
        <source>role in purchase process</source>
        <translation>papel no processo de compra</translation>
    </message>
    <message>
        <source>number of employees</source>
        <translation>número de funcionários</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>comentários</translation>
    </message>
    <message>
        <source>{question} (required)</source>
        <translation>{question} (obrigatório)</translation>
    </message>
    <message>
        <source>Pending ({count})</source>
        <translation>Pendentes ({count})</translation>
    </message>
    <message>
        <source>Approved ({count})</source>
        <translation>Aprovados ({count})</translation>
    </message>
    <message>
        <source>Denied ({count})</source>
        <translation>Negados ({count})</translation>
    </message>
    <message>
        <source>All ({count})</source>
        <translation>Todos ({count})</translation>
    </message>
    <message>
        <source>Registration asks for: {questions}.</source>
        <translation>A inscrição pede: {questions}.</translation>
    </message>
    <message>
        <source>Loading the registrants</source>
        <translation>Carregamento dos inscritos</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n requisição</numerusform>
            <numerusform>%n requisições</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing registrants</source>
        <translation>Remoção de inscritos</translation>
    </message>
    <message>
        <source>Adding a registrant</source>
        <translation>Adição de um inscrito</translation>
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
        <translation>Importação de inscritos</translation>
    </message>
    <message numerus="yes">
        <source>Registered {done} of %n ({requests}).</source>
        <translation>
            <numerusform>Inscritos {done} de %n ({requests}).</numerusform>
            <numerusform>Inscritos {done} de %n ({requests}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Registrant status</source>
        <translation>Status dos inscritos</translation>
    </message>
    <message>
        <source>Search names, emails, organisations</source>
        <translation>Pesquisar nomes, e-mails, organizações</translation>
    </message>
    <message>
        <source>Search registrants</source>
        <translation>Pesquisar inscritos</translation>
    </message>
    <message>
        <source>Registrants</source>
        <translation>Inscritos</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>A&amp;provar</translation>
    </message>
    <message>
        <source>Approve the selected registrants</source>
        <translation>Aprovar os inscritos selecionados</translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation>&amp;Negar</translation>
    </message>
    <message>
        <source>Deny the selected registrants</source>
        <translation>Negar os inscritos selecionados</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>A&amp;dicionar…</translation>
    </message>
    <message>
        <source>Register one person</source>
        <translation>Inscrever uma pessoa</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remover…</translation>
    </message>
    <message>
        <source>Remove the selected registrants</source>
        <translation>Remover os inscritos selecionados</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>Register many people from a CSV file</source>
        <translation>Inscrever muitas pessoas a partir de um arquivo CSV</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Save the registrants shown as CSV</source>
        <translation>Salvar os inscritos exibidos como CSV</translation>
    </message>
    <message>
        <source>Loading registrants…</source>
        <translation>Carregando inscritos…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <translation>Alteração de inscritos</translation>
    </message>
    <message numerus="yes">
        <source>Approved %n registrant(s) ({requests}).</source>
        <translation>
            <numerusform>%n inscrito aprovado ({requests}).</numerusform>
            <numerusform>%n inscritos aprovados ({requests}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove registrants — zoomdesk</source>
        <translation>Remover inscritos — zoomdesk</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n registrant(s)? Their join links stop working.</source>
        <translation>
            <numerusform>Remover %n inscrito? O link de ingresso dele deixará de funcionar.</numerusform>
            <numerusform>Remover %n inscritos? Os links de ingresso deles deixarão de funcionar.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n registrant(s).</source>
        <translation>
            <numerusform>%n inscrito removido.</numerusform>
            <numerusform>%n inscritos removidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Registering %n people…</source>
        <translation>
            <numerusform>Inscrevendo %n pessoa…</numerusform>
            <numerusform>Inscrevendo %n pessoas…</numerusform>
        </translation>
    </message>
    <message>
        <source>unexpected error</source>
        <translation>erro inesperado</translation>
    </message>
    <message numerus="yes">
        <source>Denied %n registrant(s) ({requests}).</source>
        <translation>
            <numerusform>%n inscrito negado ({requests}).</numerusform>
            <numerusform>%n inscritos negados ({requests}).</numerusform>
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
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Registrants of “{topic}” — zoomdesk</source>
        <translation>Inscritos em “{topic}” — zoomdesk</translation>
    </message>
    <message>
        <source>Registered {email}.</source>
        <translation>{email} inscrito.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n registrant(s) to {file}.</source>
        <translation>
            <numerusform>%n inscrito salvo em {file}.</numerusform>
            <numerusform>%n inscritos salvos em {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{task} failed: {error}</source>
        <translation>{task} falhou: {error}</translation>
    </message>
    <message>
        <source>“{topic}” doesn&apos;t take registrations. Turn on Registration in the meeting&apos;s Advanced settings first.</source>
        <translation>“{topic}” não aceita inscrições. Ative primeiro a inscrição nas configurações avançadas da reunião.</translation>
    </message>
    <message>
        <source>Not registered: {people}</source>
        <translation>Não inscritos: {people}</translation>
    </message>
    <message>
        <source>Registration questions unavailable: {error}</source>
        <translation>Perguntas de inscrição indisponíveis: {error}</translation>
    </message>
    <message>
        <source>{file} can&apos;t be read: {error}</source>
        <translation>Não é possível ler {file}: {error}</translation>
    </message>
</context>
<context>
    <name>RegistrantsModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrito em</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Negado</translation>
    </message>
</context>
<context>
    <name>RequestView</name>
    <message>
        <source>zoomdesk never records secrets, so it cannot be shown here.</source>
        <translation>O zoomdesk nunca registra segredos, por isso ele não pode ser exibido aqui.</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>Detalhes da requisição</translation>
    </message>
    <message>
        <source>Method and URL</source>
        <translation>Método e URL</translation>
    </message>
    <message>
        <source>Where the parameters travelled</source>
        <translation>Onde os parâmetros foram enviados</translation>
    </message>
    <message>
        <source>Query string</source>
        <translation>String de consulta</translation>
    </message>
    <message>
        <source>Query string parameters</source>
        <translation>Parâmetros da string de consulta</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Cabeçalhos da requisição</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corpo</translation>
    </message>
    <message>
        <source>Form body fields</source>
        <translation>Campos do formulário</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Corpo da requisição</translation>
    </message>
    <message>
        <source>(empty body)</source>
        <translation>(corpo vazio)</translation>
    </message>
    <message>
        <source>Basic — client ID: {client_id}   client secret: {mask} (masked)</source>
        <translation>Basic — ID do cliente: {client_id}   segredo do cliente: {mask} (oculto)</translation>
    </message>
    <message>
        <source>HTTP Basic: Base64 of client_id:client_secret, decoded. {never_kept}</source>
        <translation>HTTP Basic: Base64 de client_id:client_secret, decodificado. {never_kept}</translation>
    </message>
    <message>
        <source>The access token, masked; the sha256 fingerprint tells tokens apart.</source>
        <translation>O token de acesso, oculto; a impressão digital sha256 diferencia os tokens.</translation>
    </message>
    <message>
        <source>An Authorization header of another kind, masked.</source>
        <translation>Um cabeçalho Authorization de outro tipo, oculto.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabeçalho</translation>
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
        <translation>Cabeçalhos</translation>
    </message>
    <message>
        <source>The header did not decode to client_id:client_secret. {never_kept}</source>
        <translation>O cabeçalho não decodificou como client_id:client_secret. {never_kept}</translation>
    </message>
    <message>
        <source>Body — form fields (application/x-www-form-urlencoded)</source>
        <translation>Corpo — campos de formulário (application/x-www-form-urlencoded)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Parameters travelled in: {where}&lt;/b&gt;&lt;br&gt;The token parameters are in the query string, not in a form body: Zoom answers this with 400. See the Diagnosis tab.</source>
        <translation>&lt;b&gt;Parâmetros enviados em: {where}&lt;/b&gt;&lt;br&gt;Os parâmetros do token estão na string de consulta, não em um corpo de formulário: o Zoom responde com 400. Veja a aba Diagnóstico.</translation>
    </message>
    <message>
        <source>Body — no Content-Type</source>
        <translation>Corpo — sem Content-Type</translation>
    </message>
    <message>
        <source>&lt;b&gt;Parameters travelled in: {where}&lt;/b&gt;&lt;br&gt;The access token is in the query string; Zoom refuses it there (401, code 124).</source>
        <translation>&lt;b&gt;Parâmetros enviados em: {where}&lt;/b&gt;&lt;br&gt;O token de acesso está na string de consulta; o Zoom o recusa ali (401, código 124).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Parameters travelled in:&lt;/b&gt; {where}</source>
        <translation>&lt;b&gt;Parâmetros enviados em:&lt;/b&gt; {where}</translation>
    </message>
    <message>
        <source>Body — {kind}</source>
        <translation>Corpo — {kind}</translation>
    </message>
</context>
<context>
    <name>ResponseView</name>
    <message>
        <source>Zoom&apos;s id for this request. Give it to Zoom support so they can trace exactly this call.</source>
        <translation>O ID do Zoom para esta requisição. Informe-o ao suporte do Zoom para que ele rastreie exatamente esta chamada.</translation>
    </message>
    <message>
        <source>The rate-limit category of this endpoint (Light, Medium, Heavy, Resource-intensive); each has its own limits.</source>
        <translation>A categoria de limite de taxa deste endpoint (Light, Medium, Heavy, Resource-intensive); cada uma tem os próprios limites.</translation>
    </message>
    <message>
        <source>Which limit applies: QPS (per second, short) or Daily-limit (until the reset time).</source>
        <translation>Qual limite se aplica: QPS (por segundo, curto) ou Daily-limit (até o horário de redefinição).</translation>
    </message>
    <message>
        <source>How many calls that limit allows.</source>
        <translation>Quantas chamadas esse limite permite.</translation>
    </message>
    <message>
        <source>Calls left before Zoom answers 429 Too Many Requests.</source>
        <translation>Chamadas restantes antes de o Zoom responder 429 Too Many Requests.</translation>
    </message>
    <message>
        <source>{local} (your time) = {utc} UTC</source>
        <translation>{local} (seu horário) = {utc} UTC</translation>
    </message>
    <message>
        <source>When to try again; this value could not be read.</source>
        <translation>Quando tentar novamente; este valor não pôde ser lido.</translation>
    </message>
    <message>
        <source>A rate-limit header from Zoom.</source>
        <translation>Um cabeçalho de limite de taxa do Zoom.</translation>
    </message>
    <message>
        <source>The server&apos;s clock when it answered (checked against yours).</source>
        <translation>O relógio do servidor quando respondeu (comparado com o seu).</translation>
    </message>
    <message>
        <source>Response details</source>
        <translation>Detalhes da resposta</translation>
    </message>
    <message>
        <source>Response status</source>
        <translation>Status da resposta</translation>
    </message>
    <message>
        <source>Tracking id</source>
        <translation>ID de rastreamento</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Cabeçalhos da resposta</translation>
    </message>
    <message>
        <source>(no response headers)</source>
        <translation>(sem cabeçalhos de resposta)</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corpo</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Corpo da resposta</translation>
    </message>
    <message>
        <source>Sent at:</source>
        <translation>Enviada às:</translation>
    </message>
    <message>
        <source>Took:</source>
        <translation>Duração:</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protocolo:</translation>
    </message>
    <message>
        <source>Tracking id:</source>
        <translation>ID de rastreamento:</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Cabeçalhos</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabeçalho</translation>
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
        <translation>erro de rede</translation>
    </message>
    <message>
        <source>&lt;b&gt;{status} {reason}&lt;/b&gt; — ✗ Failed</source>
        <translation>&lt;b&gt;{status} {reason}&lt;/b&gt; — ✗ Falhou</translation>
    </message>
    <message>
        <source>&lt;b&gt;{status} {reason}&lt;/b&gt; — ✓ Succeeded</source>
        <translation>&lt;b&gt;{status} {reason}&lt;/b&gt; — ✓ Sucesso</translation>
    </message>
    <message>
        <source>(none: not sent by Zoom)</source>
        <translation>(nenhum: não enviado pelo Zoom)</translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation>(sem corpo)</translation>
    </message>
    <message>
        <source>Try again after {when}: {seconds} s after the call.</source>
        <translation>Tente novamente após {when}: {seconds} s após a chamada.</translation>
    </message>
    <message>
        <source>{took}   (server Date: {time} UTC)</source>
        <translation>{took}   (Date do servidor: {time} UTC)</translation>
    </message>
    <message>
        <source>&lt;b&gt;No answer&lt;/b&gt; ({kind})&lt;br&gt;{error}</source>
        <translation>&lt;b&gt;Sem resposta&lt;/b&gt; ({kind})&lt;br&gt;{error}</translation>
    </message>
    <message>
        <source>Body — {kind}</source>
        <translation>Corpo — {kind}</translation>
    </message>
</context>
<context>
    <name>RevealSecret</name>
    <message>
        <source>Client secret</source>
        <translation>Segredo do cliente</translation>
    </message>
    <message>
        <source>Client secret (revealed)</source>
        <translation>Segredo do cliente (revelado)</translation>
    </message>
    <message>
        <source>Client secret. It is not saved anywhere and this window closes by itself.</source>
        <translation>Segredo do cliente. Ele não é salvo em lugar nenhum e esta janela se fecha sozinha.</translation>
    </message>
    <message>
        <source>Copy the client secret</source>
        <translation>Copiar o segredo do cliente</translation>
    </message>
    <message>
        <source>Reveal the client secret?</source>
        <translation>Revelar o segredo do cliente?</translation>
    </message>
    <message>
        <source>Show the client secret on screen?</source>
        <translation>Mostrar o segredo do cliente na tela?</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acesso</translation>
    </message>
    <message>
        <source>Access token (revealed)</source>
        <translation>Token de acesso (revelado)</translation>
    </message>
    <message>
        <source>Access token. It is not saved anywhere and this window closes by itself.</source>
        <translation>Token de acesso. Ele não é salvo em lugar nenhum e esta janela se fecha sozinha.</translation>
    </message>
    <message>
        <source>Copy the access token</source>
        <translation>Copiar o token de acesso</translation>
    </message>
    <message>
        <source>Reveal the access token?</source>
        <translation>Revelar o token de acesso?</translation>
    </message>
    <message>
        <source>Show the access token on screen?</source>
        <translation>Mostrar o token de acesso na tela?</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Anyone who can see your screen (or a screen share or recording) could read it. It is shown for {seconds} seconds and never saved.</source>
        <translation>Qualquer pessoa que veja sua tela (ou um compartilhamento de tela ou gravação) poderá lê-lo. Ele é exibido por {seconds} segundos e nunca é salvo.</translation>
    </message>
    <message>
        <source>Hides in {seconds} s.</source>
        <translation>Oculta em {seconds} s.</translation>
    </message>
</context>
<context>
    <name>SaveBar</name>
    <message>
        <source>Create meeting</source>
        <translation>Criar reunião</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Salvar alterações</translation>
    </message>
    <message>
        <source>Save this occurrence</source>
        <translation>Salvar esta ocorrência</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nova reunião</translation>
    </message>
    <message>
        <source>Duplicate meeting — {topic}</source>
        <translation>Duplicar reunião — {topic}</translation>
    </message>
    <message>
        <source>Edit meeting — {topic}</source>
        <translation>Editar reunião — {topic}</translation>
    </message>
    <message>
        <source>Edit one occurrence — {topic}</source>
        <translation>Editar uma ocorrência — {topic}</translation>
    </message>
    <message>
        <source>Editing the occurrence on this date ({zone})</source>
        <translation>Editando a ocorrência nesta data ({zone})</translation>
    </message>
    <message>
        <source>Editing the occurrence on {when} ({zone})</source>
        <translation>Editando a ocorrência de {when} ({zone})</translation>
    </message>
    <message>
        <source>What you change here applies to this date only: its start, duration, agenda and the options you can edit. The topic, passcode, time zone, repeat pattern and the greyed-out options belong to the whole series: edit the series to change them.</source>
        <translation>O que você alterar aqui vale apenas para esta data: início, duração, pauta e as opções editáveis. O tópico, a senha, o fuso horário, o padrão de repetição e as opções esmaecidas pertencem à série inteira: edite a série para alterá-los.</translation>
    </message>
    <message>
        <source>Why saving is not possible</source>
        <translation>Por que não é possível salvar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Parar de esperar</translation>
    </message>
</context>
<context>
    <name>SaveErrors</name>
    <message>
        <source>Topic</source>
        <translation>Tópico</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Pauta</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Anfitrião</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Passcode</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repetição</translation>
    </message>
    <message>
        <source>Repeat interval</source>
        <translation>Intervalo de repetição</translation>
    </message>
    <message>
        <source>Repeat days</source>
        <translation>Dias de repetição</translation>
    </message>
    <message>
        <source>Number of occurrences</source>
        <translation>Número de ocorrências</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Data de término</translation>
    </message>
    <message>
        <source>Join before host</source>
        <translation>Entrar antes do anfitrião</translation>
    </message>
    <message>
        <source>Alternative hosts</source>
        <translation>Anfitriões alternativos</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Inscrição</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Gravação</translation>
    </message>
    <message>
        <source>Nothing was saved; everything you typed is still here.</source>
        <translation>Nada foi salvo; tudo o que você digitou ainda está aqui.</translation>
    </message>
    <message>
        <source>Request: {value}</source>
        <translation>Requisição: {value}</translation>
    </message>
    <message>
        <source>HTTP status: {value}</source>
        <translation>Status HTTP: {value}</translation>
    </message>
    <message>
        <source>Zoom code: {value}</source>
        <translation>Código do Zoom: {value}</translation>
    </message>
    <message>
        <source>Zoom message: {value}</source>
        <translation>Mensagem do Zoom: {value}</translation>
    </message>
    <message>
        <source>Rate limit: {value}</source>
        <translation>Limite de taxa: {value}</translation>
    </message>
    <message>
        <source>Tracking id: {value}</source>
        <translation>ID de rastreamento: {value}</translation>
    </message>
    <message>
        <source>Network error: {value}</source>
        <translation>Erro de rede: {value}</translation>
    </message>
    <message>
        <source>Cause: {value}</source>
        <translation>Causa: {value}</translation>
    </message>
    <message>
        <source>Zoom refused the request</source>
        <translation>O Zoom recusou a requisição</translation>
    </message>
    <message>
        <source>Zoom allows {limit} meeting creates/updates per host per day; {host} has reached it. You can try again after {time} ({utc} UTC).</source>
        <translation>O Zoom permite {limit} criações/atualizações de reuniões por anfitrião por dia; {host} atingiu esse limite. Você pode tentar novamente depois de {time} ({utc} UTC).</translation>
    </message>
    <message>
        <source>Field {field}: {message}</source>
        <translation>Campo {field}: {message}</translation>
    </message>
    <message>
        <source>Zoom doesn&apos;t know this host</source>
        <translation>O Zoom não conhece este anfitrião</translation>
    </message>
    <message>
        <source>Couldn&apos;t sign in to Zoom</source>
        <translation>Não foi possível entrar no Zoom</translation>
    </message>
    <message>
        <source>Couldn&apos;t reach Zoom</source>
        <translation>Não foi possível acessar o Zoom</translation>
    </message>
    <message>
        <source>The answer was not Zoom&apos;s: a proxy or a network sign-in page may be in the way. Try again in a moment.</source>
        <translation>A resposta não era do Zoom: um proxy ou uma página de login da rede pode estar no caminho. Tente novamente em instantes.</translation>
    </message>
    <message>
        <source>Saving failed</source>
        <translation>Falha ao salvar</translation>
    </message>
    <message>
        <source>Loading the meeting failed unexpectedly</source>
        <translation>O carregamento da reunião falhou inesperadamente</translation>
    </message>
    <message>
        <source>Saving failed unexpectedly</source>
        <translation>O salvamento falhou inesperadamente</translation>
    </message>
    <message>
        <source>Zoom allows {limit} meeting creates/updates per host per day; {host} has reached it. You can try again after {time} tomorrow ({utc} UTC).</source>
        <translation>O Zoom permite {limit} criações/atualizações de reuniões por anfitrião por dia; {host} atingiu esse limite. Você pode tentar novamente amanhã depois de {time} ({utc} UTC).</translation>
    </message>
    <message>
        <source>Zoom allows {limit} meeting creates/updates per host per day; {host} has reached it. You can try again after {date} {time} ({utc} UTC).</source>
        <translation>O Zoom permite {limit} criações/atualizações de reuniões por anfitrião por dia; {host} atingiu esse limite. Você pode tentar novamente depois de {date} {time} ({utc} UTC).</translation>
    </message>
    <message>
        <source>Zoom is busy, try again in a moment</source>
        <translation>O Zoom está ocupado, tente novamente em instantes</translation>
    </message>
    <message>
        <source>Zoom didn&apos;t accept the meeting</source>
        <translation>O Zoom não aceitou a reunião</translation>
    </message>
    <message>
        <source>It may have been deleted elsewhere, or it has ended, so it is no longer in the list.</source>
        <translation>Ela pode ter sido excluída em outro lugar ou já terminou, por isso não está mais na lista.</translation>
    </message>
    <message>
        <source>Zoom had a problem</source>
        <translation>O Zoom teve um problema</translation>
    </message>
    <message>
        <source>Unexpected answer from Zoom</source>
        <translation>Resposta inesperada do Zoom</translation>
    </message>
    <message>
        <source>This is a bug in zoomdesk.</source>
        <translation>Isto é um defeito do zoomdesk.</translation>
    </message>
    <message>
        <source>Can&apos;t save: {problems}</source>
        <translation>Não é possível salvar: {problems}</translation>
    </message>
    <message>
        <source>this host</source>
        <translation>este anfitrião</translation>
    </message>
    <message>
        <source>Daily limit reached</source>
        <translation>Limite diário atingido</translation>
    </message>
    <message>
        <source>Zoom turned the request away because too many arrived at once, even after waiting and retrying.</source>
        <translation>O Zoom recusou a requisição porque muitas chegaram ao mesmo tempo, mesmo depois de esperar e tentar novamente.</translation>
    </message>
    <message>
        <source>Fix the marked fields and save again.</source>
        <translation>Corrija os campos marcados e salve novamente.</translation>
    </message>
    <message>
        <source>This meeting no longer exists</source>
        <translation>Esta reunião não existe mais</translation>
    </message>
    <message>
        <source>Zoom answered with a server error (HTTP {status}). Try again in a moment.</source>
        <translation>O Zoom respondeu com um erro de servidor (HTTP {status}). Tente novamente em instantes.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>{problems}; and %n more</source>
        <translation>
            <numerusform>{problems}; e mais %n</numerusform>
            <numerusform>{problems}; e mais %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchedulerDiagnosis</name>
    <message>
        <source>This meeting does not take registrations</source>
        <translation>Esta reunião não aceita inscrições</translation>
    </message>
    <message>
        <source>Registrants exist only for meetings with registration (approval type 0 or 1).</source>
        <translation>Inscritos só existem em reuniões com inscrição (approval type 0 ou 1).</translation>
    </message>
    <message>
        <source>Turn registration on (zoomdesk meetings update ID --set approval_type=0), then retry.</source>
        <translation>Ative a inscrição (zoomdesk meetings update ID --set approval_type=0) e tente novamente.</translation>
    </message>
    <message>
        <source>Registrants can be added only to meetings with registration (approval type 0 or 1).</source>
        <translation>Só é possível adicionar inscritos a reuniões com inscrição (approval type 0 ou 1).</translation>
    </message>
    <message>
        <source>Zoom does not know this registrant</source>
        <translation>O Zoom não conhece este inscrito</translation>
    </message>
    <message>
        <source>The registrant was removed, or the ID or email belongs to another meeting.</source>
        <translation>O inscrito foi removido, ou o ID ou e-mail pertence a outra reunião.</translation>
    </message>
    <message>
        <source>List the registrants again (zoomdesk registrants list ID --status pending).</source>
        <translation>Liste os inscritos novamente (zoomdesk registrants list ID --status pending).</translation>
    </message>
    <message>
        <source>Zoom does not know one of these registrants</source>
        <translation>O Zoom não conhece um destes inscritos</translation>
    </message>
    <message>
        <source>Nothing was changed: Zoom refuses the whole batch when one registrant is unknown.</source>
        <translation>Nada foi alterado: o Zoom recusa o lote inteiro quando um inscrito é desconhecido.</translation>
    </message>
    <message>
        <source>List the registrants again and retry with the ones that exist.</source>
        <translation>Liste os inscritos novamente e tente de novo com os que existem.</translation>
    </message>
    <message>
        <source>Zoom registers many at once only for one-time meetings</source>
        <translation>O Zoom só inscreve vários de uma vez em reuniões únicas</translation>
    </message>
    <message>
        <source>batch_registrants works for scheduled meetings (type 2) only.</source>
        <translation>batch_registrants só funciona com reuniões agendadas (type 2).</translation>
    </message>
    <message>
        <source>Add the registrants one by one (zoomdesk registrants import does this for you).</source>
        <translation>Adicione os inscritos um a um (zoomdesk registrants import faz isso para você).</translation>
    </message>
    <message>
        <source>The meeting is over, so no one can register</source>
        <translation>A reunião já terminou, então ninguém pode se inscrever</translation>
    </message>
    <message>
        <source>Zoom closes registration once a meeting has taken place.</source>
        <translation>O Zoom encerra as inscrições depois que a reunião acontece.</translation>
    </message>
    <message>
        <source>Schedule a new meeting, or register people for a future occurrence.</source>
        <translation>Agende uma nova reunião ou inscreva as pessoas em uma ocorrência futura.</translation>
    </message>
    <message>
        <source>The meeting has reached its attendee capacity</source>
        <translation>A reunião atingiu a capacidade de participantes</translation>
    </message>
    <message>
        <source>Zoom allows as many registrants as the host&apos;s plan allows participants.</source>
        <translation>O Zoom permite tantos inscritos quanto o plano do anfitrião permite participantes.</translation>
    </message>
    <message>
        <source>Remove registrants who will not come, or ask for a larger meeting capacity.</source>
        <translation>Remova os inscritos que não virão ou solicite uma capacidade de reunião maior.</translation>
    </message>
    <message>
        <source>Everything else keeps working without it; zoomdesk falls back to its own text or Zoom&apos;s documented defaults.</source>
        <translation>Todo o resto continua funcionando sem ele; o zoomdesk usa o próprio texto ou os padrões documentados do Zoom.</translation>
    </message>
    <message>
        <source>Everything else keeps working without it.</source>
        <translation>Todo o resto continua funcionando sem ele.</translation>
    </message>
    <message>
        <source>In the Zoom App Marketplace ▸ Manage ▸ your app ▸ Scopes, add the scope, save, then get a new token.</source>
        <translation>No Zoom App Marketplace ▸ Manage ▸ seu app ▸ Scopes, adicione o escopo, salve e depois obtenha um novo token.</translation>
    </message>
    <message>
        <source>To {operation}, add {scope}.</source>
        <translation>Para “{operation}”, adicione {scope}.</translation>
    </message>
    <message>
        <source>To {operation}, add {granular} (granular scopes) or {classic} (classic scopes).</source>
        <translation>Para “{operation}”, adicione {granular} (escopos granulares) ou {classic} (escopos clássicos).</translation>
    </message>
    <message>
        <source>The app lacks the scope to {operation}</source>
        <translation>Falta ao app o escopo para “{operation}”</translation>
    </message>
</context>
<context>
    <name>Scopes</name>
    <message>
        <source>All scopes zoomdesk needs are granted.</source>
        <translation>Todos os escopos de que o zoomdesk precisa foram concedidos.</translation>
    </message>
    <message>
        <source>list users</source>
        <translation>listar usuários</translation>
    </message>
    <message>
        <source>get user</source>
        <translation>obter usuário</translation>
    </message>
    <message>
        <source>list meetings</source>
        <translation>listar reuniões</translation>
    </message>
    <message>
        <source>get meeting</source>
        <translation>obter reunião</translation>
    </message>
    <message>
        <source>create meeting</source>
        <translation>criar reunião</translation>
    </message>
    <message>
        <source>update meeting</source>
        <translation>atualizar reunião</translation>
    </message>
    <message>
        <source>delete meeting</source>
        <translation>excluir reunião</translation>
    </message>
    <message>
        <source>read host settings</source>
        <translation>ler as configurações do anfitrião</translation>
    </message>
    <message>
        <source>get invitation</source>
        <translation>obter o convite</translation>
    </message>
    <message>
        <source>list registrants</source>
        <translation>listar inscritos</translation>
    </message>
    <message>
        <source>add registrant</source>
        <translation>adicionar inscrito</translation>
    </message>
    <message>
        <source>approve or deny registrants</source>
        <translation>aprovar ou recusar inscritos</translation>
    </message>
    <message>
        <source>read registration questions</source>
        <translation>ler as perguntas de inscrição</translation>
    </message>
    <message>
        <source>remove registrant</source>
        <translation>remover inscrito</translation>
    </message>
    <message>
        <source>register many</source>
        <translation>inscrever vários de uma vez</translation>
    </message>
    <message>
        <source>list tracking fields</source>
        <translation>listar campos de rastreamento</translation>
    </message>
    <message>
        <source>Missing scopes: {scopes} (needed to {operations}).</source>
        <translation>Escopos ausentes: {scopes} (necessários para: {operations}).</translation>
    </message>
    <message>
        <source>Optional, needed only when used — {list}.</source>
        <translation>Opcionais, necessários só quando usados — {list}.</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>On Linux, install and unlock a Secret Service keyring (GNOME Keyring or KWallet); or pass the secret in the ZOOM_CLIENT_SECRET environment variable. zoomdesk never stores the secret in a file.</source>
        <translation>No Linux, instale e desbloqueie um chaveiro Secret Service (GNOME Keyring ou KWallet), ou passe o segredo na variável de ambiente ZOOM_CLIENT_SECRET. O zoomdesk nunca guarda o segredo em um arquivo.</translation>
    </message>
    <message>
        <source>No usable system keyring ({detail}).</source>
        <translation>Nenhum chaveiro do sistema utilizável ({detail}).</translation>
    </message>
    <message>
        <source>No usable system keyring.</source>
        <translation>Nenhum chaveiro do sistema utilizável.</translation>
    </message>
    <message>
        <source>The system keyring is locked or access was denied. Unlock it and retry.</source>
        <translation>O chaveiro do sistema está bloqueado ou o acesso foi negado. Desbloqueie-o e tente novamente.</translation>
    </message>
    <message>
        <source>The system keyring failed: {error}</source>
        <translation>O chaveiro do sistema falhou: {error}</translation>
    </message>
    <message>
        <source>That secret is too long to store in the system keyring.</source>
        <translation>Esse segredo é longo demais para ser guardado no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>The system keyring did not answer within {seconds} s; it may be waiting for an unlock prompt. Unlock it and retry.</source>
        <translation>O chaveiro do sistema não respondeu em {seconds} s; ele pode estar aguardando o desbloqueio. Desbloqueie-o e tente novamente.</translation>
    </message>
</context>
<context>
    <name>SessionLabel</name>
    <message>
        <source>Sandbox — not real Zoom</source>
        <translation>Sandbox — não é o Zoom real</translation>
    </message>
    <message>
        <source>Credentials from the environment</source>
        <translation>Credenciais do ambiente</translation>
    </message>
    <message>
        <source>Profile: {profile} + environment</source>
        <translation>Perfil: {profile} + ambiente</translation>
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
        <translation>Nenhum token ainda</translation>
    </message>
    <message>
        <source>Token expired — renewed on the next request</source>
        <translation>Token expirado — será renovado na próxima requisição</translation>
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
        <translation>Progresso do carregamento</translation>
    </message>
    <message>
        <source>Loading progress bar</source>
        <translation>Barra de progresso do carregamento</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Não conectado</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>Access token state</source>
        <translation>Estado do token de acesso</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Última atualização</translation>
    </message>
    <message>
        <source>Zoom requests left today</source>
        <translation>Requisições do Zoom restantes hoje</translation>
    </message>
    <message numerus="yes">
        <source>{count} meeting(s) · updated {time}</source>
        <translation>
            <numerusform>{count} reunião · atualizado às {time}</numerusform>
            <numerusform>{count} reuniões · atualizado às {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} meeting(s) · as of {time} — offline</source>
        <translation>
            <numerusform>{count} reunião · em {time} — offline</numerusform>
            <numerusform>{count} reuniões · em {time} — offline</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom&apos;s daily request limits are the whole account&apos;s, shared by every desktop and app on it (X-RateLimit-Remaining). They reset at 00:00 UTC.</source>
        <translation>Os limites diários de requisições do Zoom são da conta inteira, compartilhados por todos os computadores e aplicativos que a usam (X-RateLimit-Remaining). Eles são redefinidos às 00:00 UTC.</translation>
    </message>
    <message>
        <source>Loading… {loaded} of {total}+</source>
        <translation>Carregando… {loaded} de {total}+</translation>
    </message>
    <message>
        <source>Loading… {loaded} of {total}</source>
        <translation>Carregando… {loaded} de {total}</translation>
    </message>
    <message numerus="yes">
        <source>{count} meeting(s) · as of {time} — not updated</source>
        <translation>
            <numerusform>{count} reunião · em {time} — não atualizada</numerusform>
            <numerusform>{count} reuniões · em {time} — não atualizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} meeting(s) · as of {time} — refreshing…</source>
        <translation>
            <numerusform>{count} reunião · em {time} — atualizando…</numerusform>
            <numerusform>{count} reuniões · em {time} — atualizando…</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Left today · {limits}</source>
        <translation>Restantes hoje · {limits}</translation>
    </message>
    <message>
        <source>Loading… {loaded}</source>
        <translation>Carregando… {loaded}</translation>
    </message>
</context>
<context>
    <name>TokenStatus</name>
    <message numerus="yes">
        <source>api_url: {api_url} · issued {time} (%n min ago) · lifetime {minutes} min · {type}</source>
        <translation>
            <numerusform>api_url: {api_url} · emitido às {time} (há %n min) · validade {minutes} min · {type}</numerusform>
            <numerusform>api_url: {api_url} · emitido às {time} (há %n min) · validade {minutes} min · {type}</numerusform>
        </translation>
    </message>
    <message>
        <source>api_url: {api_url} · issued {time} (just now) · lifetime {minutes} min · {type}</source>
        <translation>api_url: {api_url} · emitido às {time} (agora mesmo) · validade {minutes} min · {type}</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acesso</translation>
    </message>
    <message>
        <source>Access token status</source>
        <translation>Status do token de acesso</translation>
    </message>
    <message>
        <source>Token state and expiry</source>
        <translation>Status e validade do token</translation>
    </message>
    <message>
        <source>Token details</source>
        <translation>Detalhes do token</translation>
    </message>
    <message>
        <source>Granted scopes</source>
        <translation>Escopos concedidos</translation>
    </message>
    <message>
        <source>Missing scopes</source>
        <translation>Escopos ausentes</translation>
    </message>
    <message>
        <source>Token request outcome</source>
        <translation>Resultado da solicitação de token</translation>
    </message>
    <message>
        <source>Get a new &amp;token</source>
        <translation>Obter novo &amp;token</translation>
    </message>
    <message>
        <source>Get a new token</source>
        <translation>Obter novo token</translation>
    </message>
    <message>
        <source>Ask Zoom for a new access token</source>
        <translation>Pedir ao Zoom um novo token de acesso</translation>
    </message>
    <message>
        <source>Rev&amp;eal…</source>
        <translation>Re&amp;velar…</translation>
    </message>
    <message>
        <source>Reveal a secret</source>
        <translation>Revelar um segredo</translation>
    </message>
    <message>
        <source>Client secret…</source>
        <translation>Segredo do cliente…</translation>
    </message>
    <message>
        <source>Access token…</source>
        <translation>Token de acesso…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>Scopes ({count}, classic): {names}</source>
        <translation>Escopos ({count}, clássicos): {names}</translation>
    </message>
    <message>
        <source>Scopes ({count}, granular): {names}</source>
        <translation>Escopos ({count}, granulares): {names}</translation>
    </message>
    <message>
        <source>Asking Zoom for a new token…</source>
        <translation>Pedindo ao Zoom um novo token…</translation>
    </message>
    <message>
        <source>Not connected: no credentials in use.</source>
        <translation>Não conectado: nenhuma credencial em uso.</translation>
    </message>
    <message>
        <source>No token yet: one is requested with the first call.</source>
        <translation>Ainda não há token: ele é solicitado na primeira chamada.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Expired&lt;/b&gt; — the next call gets a new one</source>
        <translation>&lt;b&gt;Expirado&lt;/b&gt; — a próxima chamada obtém um novo</translation>
    </message>
    <message>
        <source>Nothing missing for what zoomdesk does.</source>
        <translation>Nada falta para o que o zoomdesk faz.</translation>
    </message>
    <message>
        <source>Got a new token.</source>
        <translation>Novo token obtido.</translation>
    </message>
    <message>
        <source>{problem} The exchange is in the list, with its diagnosis.</source>
        <translation>{problem} A troca está na lista, com o diagnóstico.</translation>
    </message>
    <message>
        <source>Token URL: {url} · client ID {client_id} · account {account_id}</source>
        <translation>URL do token: {url} · ID do cliente {client_id} · conta {account_id}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Valid&lt;/b&gt; — expires in {countdown} (at {time})</source>
        <translation>&lt;b&gt;Válido&lt;/b&gt; — expira em {countdown} (às {time})</translation>
    </message>
    <message>
        <source>(none: https://api.zoom.us)</source>
        <translation>(nenhuma: https://api.zoom.us)</translation>
    </message>
    <message>
        <source>{scopes} (to {operation})</source>
        <translation>{scopes} (para: {operation})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Missing:&lt;/b&gt; {scopes}</source>
        <translation>&lt;b&gt;Ausentes:&lt;/b&gt; {scopes}</translation>
    </message>
</context>
<context>
    <name>Tokens</name>
    <message>
        <source>the token endpoint did not return JSON</source>
        <translation>o endpoint de tokens não retornou JSON</translation>
    </message>
    <message>
        <source>the token response lacks access_token or expires_in</source>
        <translation>a resposta do token não tem access_token ou expires_in</translation>
    </message>
</context>
<context>
    <name>TrackingRows</name>
    <message>
        <source>Tracking fields</source>
        <translation>Campos de rastreamento</translation>
    </message>
    <message>
        <source>Not shown to participants.</source>
        <translation>Não é mostrado aos participantes.</translation>
    </message>
    <message>
        <source>Required by the account: Zoom&apos;s web portal asks for it.</source>
        <translation>Obrigatório pela conta: o portal web do Zoom solicita este campo.</translation>
    </message>
    <message>
        <source>{field} is required by the account.</source>
        <translation>{field} é obrigatório pela conta.</translation>
    </message>
    <message>
        <source>Recommended values; you may type another.</source>
        <translation>Valores recomendados; você pode digitar outro.</translation>
    </message>
    <message>
        <source>Type a value for this field.</source>
        <translation>Digite um valor para este campo.</translation>
    </message>
    <message>
        <source>Required by the account</source>
        <translation>Obrigatório pela conta</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <source>the host name could not be resolved; check the network and the base URL</source>
        <translation>não foi possível resolver o nome do host; verifique a rede e a URL base</translation>
    </message>
    <message>
        <source>the server&apos;s TLS certificate was not trusted; a proxy may be re-signing traffic with a CA that is not in the system&apos;s trust store</source>
        <translation>o certificado TLS do servidor não é confiável; um proxy pode estar reassinando o tráfego com uma CA que não está no repositório de confiança do sistema</translation>
    </message>
    <message>
        <source>the proxy refused or failed the connection; check HTTPS_PROXY/NO_PROXY</source>
        <translation>o proxy recusou a conexão ou falhou; verifique HTTPS_PROXY/NO_PROXY</translation>
    </message>
    <message>
        <source>nothing is listening at that address</source>
        <translation>nada está escutando nesse endereço</translation>
    </message>
</context>
<context>
    <name>WallClock</name>
    <message>
        <source>{time} on {date} happens twice in {zone} (the clocks go back); the first is used ({first}), not the second ({second}).</source>
        <translation>{time} de {date} ocorre duas vezes em {zone} (os relógios são atrasados); é usada a primeira ({first}), não a segunda ({second}).</translation>
    </message>
    <message>
        <source>{time} on {date} does not exist in {zone}: the clocks go forward from {skipped} to {new} that day ({old_offset} to {new_offset}). Choose another time.</source>
        <translation>{time} de {date} não existe em {zone}: nesse dia os relógios são adiantados de {skipped} para {new} ({old_offset} para {new_offset}). Escolha outro horário.</translation>
    </message>
    <message>
        <source>The year must be between {low} and {high}.</source>
        <translation>O ano deve estar entre {low} e {high}.</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Explore with the sandbox</source>
        <translation>Explorar com o sandbox</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Boas-vindas</translation>
    </message>
    <message>
        <source>Welcome to zoomdesk</source>
        <translation>Boas-vindas ao zoomdesk</translation>
    </message>
    <message>
        <source>Schedule, edit and tidy up your organisation&apos;s Zoom meetings from the desktop. zoomdesk connects through a Server-to-Server OAuth app that your Zoom admin creates in the Zoom App Marketplace.</source>
        <translation>Agende, edite e organize as reuniões Zoom da sua organização pelo computador. O zoomdesk se conecta por meio de um aplicativo OAuth Server-to-Server que o administrador do Zoom cria no Zoom App Marketplace.</translation>
    </message>
    <message>
        <source>Connect to Zoom…</source>
        <translation>Conectar ao Zoom…</translation>
    </message>
    <message>
        <source>Connect to Zoom</source>
        <translation>Conectar ao Zoom</translation>
    </message>
    <message>
        <source>Enter the account ID, client ID and client secret of your Zoom app</source>
        <translation>Informar o ID da conta, o ID do cliente e o segredo do cliente do seu aplicativo Zoom</translation>
    </message>
    <message>
        <source>Try zoomdesk against a built-in simulation; not real Zoom</source>
        <translation>Experimentar o zoomdesk com uma simulação integrada; não é o Zoom real</translation>
    </message>
    <message>
        <source>A built-in simulation of Zoom with sample users and meetings. Not real Zoom: nothing you do there reaches your account.</source>
        <translation>Uma simulação integrada do Zoom com usuários e reuniões de exemplo. Não é o Zoom real: nada do que você fizer lá chega à sua conta.</translation>
    </message>
    <message>
        <source>You need the account ID, client ID and client secret.</source>
        <translation>Você precisa do ID da conta, do ID do cliente e do segredo do cliente.</translation>
    </message>
</context>
<context>
    <name>ZonePicker</name>
    <message>
        <source>“{zone}” is always {offset}: it ignores daylight saving time, so the meeting moves by an hour for places that change their clocks. Choose a place instead (type a city, such as New York).</source>
        <translation>“{zone}” é sempre {offset}: ignora o horário de verão, então a reunião muda uma hora nos lugares que ajustam os relógios. Escolha um lugar (digite uma cidade, como Sao Paulo).</translation>
    </message>
</context>
</TS>
