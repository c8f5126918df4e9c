<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Schedule and edit Zoom meetings from the desktop through a Server-to-Server OAuth app.</source>
        <translation>Server-to-Server OAuth アプリを通じて、デスクトップから Zoom ミーティングをスケジュール・編集します。</translation>
    </message>
    <message>
        <source>About zoomdesk</source>
        <translation>zoomdesk について</translation>
    </message>
    <message>
        <source>Settings: {folder}</source>
        <translation>設定: {folder}</translation>
    </message>
    <message>
        <source>Logs: {file}</source>
        <translation>ログ: {file}</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New meeting…</source>
        <translation>新規ミーティング(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>複製(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Copy join &amp;link</source>
        <translation>参加リンクをコピー(&amp;L)</translation>
    </message>
    <message>
        <source>Copy &amp;invitation</source>
        <translation>招待をコピー(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Save as calendar file (.ics)…</source>
        <translation>カレンダーファイルとして保存 (.ics)(&amp;S)…</translation>
    </message>
    <message>
        <source>Re&amp;gistrants…</source>
        <translation>登録者(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>設定(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;About zoomdesk</source>
        <translation>zoomdesk について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Add profile…</source>
        <translation>プロファイルを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>プロファイルを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove profile…</source>
        <translation>プロファイルを削除(&amp;R)…</translation>
    </message>
    <message>
        <source>Schedule a new meeting</source>
        <translation>新しいミーティングをスケジュール</translation>
    </message>
    <message>
        <source>Open the selected meeting (Enter)</source>
        <translation>選択したミーティングを開く (Enter)</translation>
    </message>
    <message>
        <source>A new meeting like this one</source>
        <translation>これと同じ内容の新しいミーティング</translation>
    </message>
    <message>
        <source>Delete the selected meeting</source>
        <translation>選択したミーティングを削除</translation>
    </message>
    <message>
        <source>Copy the join link</source>
        <translation>参加リンクをコピー</translation>
    </message>
    <message>
        <source>Copy the invitation text to paste in an email</source>
        <translation>メールに貼り付ける招待の文面をコピー</translation>
    </message>
    <message>
        <source>Save the meeting as an iCalendar file for Outlook, Google or Apple Calendar</source>
        <translation>Outlook、Google、Apple のカレンダー用に iCalendar ファイルとして保存</translation>
    </message>
    <message>
        <source>Approve, deny, add and import the people registered for the selected meeting</source>
        <translation>選択したミーティングの登録者を承認、拒否、追加、インポート</translation>
    </message>
    <message>
        <source>Reload the list (F5)</source>
        <translation>一覧を再読み込み (F5)</translation>
    </message>
    <message>
        <source>Connect to a Zoom account</source>
        <translation>Zoom アカウントに接続</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Saving the form&apos;s recovery copy</source>
        <translation>フォームの復元用コピーの保存</translation>
    </message>
    <message>
        <source>The recovery copy of this form could not be saved.</source>
        <translation>このフォームの復元用コピーを保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>Banners</name>
    <message>
        <source>Sandbox — not real Zoom.</source>
        <translation>サンドボックス — 本物の Zoom ではありません。</translation>
    </message>
    <message>
        <source>The users and meetings here are simulated on this computer: nothing you create, change or delete reaches Zoom, and it is all gone when zoomdesk closes.</source>
        <translation>ここのユーザーとミーティングはこのコンピューター上でシミュレートされています。作成、変更、削除した内容は Zoom には届かず、zoomdesk を閉じるとすべて消えます。</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>詳細…</translation>
    </message>
    <message>
        <source>Show error details</source>
        <translation>エラーの詳細を表示</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>メッセージを閉じる</translation>
    </message>
    <message>
        <source>Details — zoomdesk</source>
        <translation>詳細 — zoomdesk</translation>
    </message>
    <message>
        <source>Sandbox — not real Zoom</source>
        <translation>サンドボックス — 本物の Zoom ではありません</translation>
    </message>
</context>
<context>
    <name>Bulk</name>
    <message>
        <source>{value} is not a date and time like 2027-01-31 09:30 (YYYY-MM-DD HH:MM).</source>
        <translation>{value} は 2027-01-31 09:30 (YYYY-MM-DD HH:MM) のような日時ではありません。</translation>
    </message>
    <message>
        <source>{value} is not a meeting type: use one-time, recurring or no-fixed-time.</source>
        <translation>{value} はミーティングの種類ではありません。one-time、recurring、no-fixed-time のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>{value} is not a weekday (Mon, Tue, … or 1 = Sun to 7 = Sat).</source>
        <translation>{value} は曜日ではありません（Mon、Tue、… または 1 = 日曜 ～ 7 = 土曜）。</translation>
    </message>
    <message>
        <source>The type is {type}, which does not repeat.</source>
        <translation>種類が {type} のため、繰り返しません。</translation>
    </message>
    <message>
        <source>{value} is not a real date and time.</source>
        <translation>{value} は有効な日時ではありません。</translation>
    </message>
    <message>
        <source>repeat is {value}: use daily, weekly or monthly.</source>
        <translation>repeat が {value} です。daily、weekly、monthly のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>the column {name} appears twice</source>
        <translation>列 {name} が 2 回あります</translation>
    </message>
    <message>
        <source>unknown column {name} (did you mean {names}?)</source>
        <translation>不明な列 {name} ({names} のことですか？)</translation>
    </message>
    <message>
        <source>the column &apos;host&apos; is missing (each row needs its host)</source>
        <translation>列 &apos;host&apos; がありません (各行にホストが必要です)</translation>
    </message>
    <message>
        <source>Enter the host: an email address or a Zoom user ID.</source>
        <translation>ホストを入力してください（メールアドレスまたは Zoom のユーザーID）。</translation>
    </message>
    <message>
        <source>{value} is not a meeting ID (digits only).</source>
        <translation>{value} はミーティングIDではありません（数字のみ）。</translation>
    </message>
    <message>
        <source>Unknown time zone {value}; use an IANA name like Europe/Berlin.</source>
        <translation>不明なタイムゾーン {value} です。Europe/Berlin のような IANA 名を使用してください。</translation>
    </message>
    <message>
        <source>{value}: the year must be between {low} and {high}.</source>
        <translation>{value}: 年は {low} ～ {high} の範囲である必要があります。</translation>
    </message>
    <message>
        <source>{value} is not a whole number ({column}).</source>
        <translation>{value} は整数ではありません ({column})。</translation>
    </message>
    <message>
        <source>repeat is empty: use daily, weekly or monthly.</source>
        <translation>repeat が空です。daily、weekly、monthly のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>{value} is not a date like 2027-06-30.</source>
        <translation>{value} は 2027-06-30 のような日付ではありません。</translation>
    </message>
    <message>
        <source>unknown column {name}</source>
        <translation>不明な列 {name}</translation>
    </message>
    <message>
        <source>{name} has no header row (the first line is empty)</source>
        <translation>{name} にヘッダー行がありません (1 行目が空です)</translation>
    </message>
    <message>
        <source>cannot read {path}: {error}</source>
        <translation>{path} を読み取れません: {error}</translation>
    </message>
    <message>
        <source>{name} is not a readable CSV file: {error}</source>
        <translation>{name} は読み取り可能な CSV ファイルではありません: {error}</translation>
    </message>
    <message>
        <source>line {line} has {cells} cells but the header has {columns} columns (a cell with a separator in it needs quotes)</source>
        <translation>{line} 行目のセルは {cells} 個ですが、ヘッダーの列は {columns} 個です (区切り文字を含むセルは引用符で囲む必要があります)</translation>
    </message>
    <message>
        <source>{rows} rows: {create} to create, {update} to update, {check} to check first (an earlier create&apos;s outcome was unknown), {skip} already done, {invalid} with problems.</source>
        <translation>{rows} 行: 作成 {create}、更新 {update}、先に確認 {check}（以前の作成結果が不明）、完了済み {skip}、問題あり {invalid}。</translation>
    </message>
    <message>
        <source>{count} wait until after {time} UTC (lines {lines})</source>
        <translation>{count} 行は {time} UTC 以降まで待機 ({lines} 行目)</translation>
    </message>
    <message>
        <source>{host}: {sends} to send; {used} of {limit} requests used today, {left} left; {waits}.</source>
        <translation>{host}: 送信 {sends}。本日の使用済みリクエスト {used}/{limit}、残り {left}。{waits}。</translation>
    </message>
    <message>
        <source>{host}: {sends} to send; {used} of {limit} requests used today, {left} left.</source>
        <translation>{host}: 送信 {sends}。本日の使用済みリクエスト {used}/{limit}、残り {left}。</translation>
    </message>
    <message>
        <source>No active user {host} in this account.</source>
        <translation>このアカウントにアクティブなユーザー {host} はいません。</translation>
    </message>
    <message>
        <source>Same meeting ID as line {line}: it would be sent twice.</source>
        <translation>{line} 行目と同じミーティングIDです。2 回送信されてしまいます。</translation>
    </message>
    <message>
        <source>Same host, topic and start as line {line}: it would be sent twice.</source>
        <translation>{line} 行目とホスト、トピック、開始が同じです。2 回送信されてしまいます。</translation>
    </message>
    <message>
        <source>No active user {host} in this account. Did you mean {names}?</source>
        <translation>このアカウントにアクティブなユーザー {host} はいません。{names} のことですか？</translation>
    </message>
    <message>
        <source>Another import is writing {name} right now; wait for it to finish (two at once could create the same meeting twice).</source>
        <translation>別のインポートが {name} に書き込み中です。完了するまでお待ちください（同時に 2 つ実行すると同じミーティングが 2 回作成される可能性があります）。</translation>
    </message>
    <message>
        <source>waits for the host&apos;s daily limit (Zoom): run the import again after {time} UTC</source>
        <translation>ホストの 1 日の上限により待機中 (Zoom): {time} UTC 以降にもう一度インポートしてください</translation>
    </message>
    <message>
        <source>waits for the host&apos;s daily limit (the plan): run the import again after {time} UTC</source>
        <translation>ホストの 1 日の上限により待機中 (計画): {time} UTC 以降にもう一度インポートしてください</translation>
    </message>
    <message>
        <source>refused (429)</source>
        <translation>拒否されました (429)</translation>
    </message>
    <message>
        <source>stopped while in flight</source>
        <translation>送信中に停止しました</translation>
    </message>
    <message>
        <source>No meeting {meeting_id}.</source>
        <translation>ミーティング {meeting_id} はありません。</translation>
    </message>
    <message>
        <source>created before as meeting {meeting_id}; this row has changed since: to change the meeting, put its ID in meeting_id</source>
        <translation>ミーティング {meeting_id} として作成済みです。その後この行が変更されています。ミーティングを変更するには、その ID を meeting_id に入力してください</translation>
    </message>
    <message>
        <source>unexpected error: {error}</source>
        <translation>予期しないエラー: {error}</translation>
    </message>
    <message>
        <source>cancelled before it was sent</source>
        <translation>送信前にキャンセルされました</translation>
    </message>
</context>
<context>
    <name>BulkMenu</name>
    <message>
        <source>Export meetings — zoomdesk</source>
        <translation>ミーティングのエクスポート — zoomdesk</translation>
    </message>
    <message>
        <source>&amp;Import meetings…</source>
        <translation>ミーティングをインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Create or update many meetings from a spreadsheet</source>
        <translation>スプレッドシートから多数のミーティングを作成または更新</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the meetings in the list as a spreadsheet (CSV)</source>
        <translation>一覧のミーティングをスプレッドシート (CSV) として保存</translation>
    </message>
    <message>
        <source>Connect to a Zoom account first.</source>
        <translation>先に Zoom アカウントに接続してください。</translation>
    </message>
    <message>
        <source>The list is empty: nothing to export</source>
        <translation>一覧が空です: エクスポートするものはありません</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Exporting the list</source>
        <translation>一覧のエクスポート</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n meeting(s) to {file}</source>
        <translation>
            <numerusform>%n 件のミーティングを {file} にエクスポートしました</numerusform>
        </translation>
    </message>
    <message>
        <source>{task} failed: {error}</source>
        <translation>{task}に失敗しました: {error}</translation>
    </message>
</context>
<context>
    <name>BulkPreview</name>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Check, then create</source>
        <translation>確認してから作成</translation>
    </message>
    <message>
        <source>Done before</source>
        <translation>実行済み</translation>
    </message>
    <message>
        <source>Fix the file</source>
        <translation>ファイルを修正</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Will</source>
        <translation>処理</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>含める</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>Problem: {problem}</source>
        <translation>問題: {problem}</translation>
    </message>
</context>
<context>
    <name>BulkWizard</name>
    <message>
        <source>Line {line}, {column}: {problem}</source>
        <translation>{line} 行目、{column}: {problem}</translation>
    </message>
    <message>
        <source>Choose a spreadsheet — zoomdesk</source>
        <translation>スプレッドシートの選択 — zoomdesk</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>ファイルの読み込み</translation>
    </message>
    <message>
        <source>Importing meetings</source>
        <translation>ミーティングのインポート</translation>
    </message>
    <message>
        <source>Line {line}: {outcome}</source>
        <translation>{line} 行目: {outcome}</translation>
    </message>
    <message numerus="yes">
        <source>{finished} of %n row(s): {counts}.</source>
        <translation>
            <numerusform>%n 行中 {finished} 行: {counts}。</numerusform>
        </translation>
    </message>
    <message>
        <source>left out (unticked)</source>
        <translation>除外 (チェックなし)</translation>
    </message>
    <message>
        <source>Import meetings — zoomdesk</source>
        <translation>ミーティングのインポート — zoomdesk</translation>
    </message>
    <message>
        <source>Import meetings</source>
        <translation>ミーティングのインポート</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>次へ(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>インポートするファイル</translation>
    </message>
    <message>
        <source>term.csv</source>
        <translation>term.csv</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>ファイルの行</translation>
    </message>
    <message>
        <source>&amp;Reload the file</source>
        <translation>ファイルを再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>Read the file again after fixing it in your spreadsheet</source>
        <translation>スプレッドシートで修正した後にファイルを読み込み直します</translation>
    </message>
    <message>
        <source>Problems of the selected row</source>
        <translation>選択した行の問題</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>インポートの進行状況</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Send nothing more; what is already on its way finishes</source>
        <translation>これ以上送信しません。送信中のものは最後まで処理されます</translation>
    </message>
    <message>
        <source>Rows as they complete</source>
        <translation>完了した行</translation>
    </message>
    <message>
        <source>Rows not done</source>
        <translation>完了していない行</translation>
    </message>
    <message>
        <source>&amp;Open results file</source>
        <translation>結果ファイルを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Show in &amp;list</source>
        <translation>一覧に表示(&amp;L)</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>開始しています…</translation>
    </message>
    <message>
        <source>Stopping: what is on its way finishes, nothing more is sent.</source>
        <translation>停止しています: 送信中のものは最後まで処理され、これ以上は送信されません。</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(ほか %n 件)</numerusform>
        </translation>
    </message>
    <message>
        <source>What will be sent, host by host:</source>
        <translation>送信される内容 (ホストごと):</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Rows in {file}: {rows}.</source>
        <translation>{file} の行数: {rows}。</translation>
    </message>
    <message>
        <source>Choose a spreadsheet saved as CSV (UTF-8, comma or semicolon). Each row creates a meeting, or updates one when it has a {meeting_id}. Nothing is sent until you have seen the plan. The format: {doc}.</source>
        <translation>CSV (UTF-8、カンマまたはセミコロン区切り) で保存したスプレッドシートを選択してください。各行でミーティングを 1 件作成します。{meeting_id} がある行はそのミーティングを更新します。計画を確認するまで何も送信されません。形式: {doc}。</translation>
    </message>
    <message>
        <source>Left out (unticked): lines {lines}.</source>
        <translation>除外 (チェックなし): {lines} 行目。</translation>
    </message>
    <message>
        <source>{summary}. Every row&apos;s outcome is in {file}; importing the same file again resumes (done rows are skipped, nothing is created twice).</source>
        <translation>{summary}。各行の結果は {file} にあります。同じファイルをもう一度インポートすると続きから再開します (完了した行はスキップされ、二重に作成されることはありません)。</translation>
    </message>
    <message>
        <source>{task} failed: {error}</source>
        <translation>{task}に失敗しました: {error}</translation>
    </message>
    <message>
        <source>Rows with problems: {count}, marked in red (select a row or point at a cell to read why). Fix the file and reload, or untick those rows.</source>
        <translation>問題のある行: {count} 行 (赤で表示。行を選択するかセルにポインターを合わせると理由が表示されます)。ファイルを修正して再読み込みするか、それらの行のチェックを外してください。</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>処理するものはありません</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>完了 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>失敗 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with outcome unknown</source>
        <translation>
            <numerusform>結果不明 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for the daily limit</source>
        <translation>
            <numerusform>1 日の上限待ち %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>未送信 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems</source>
        <translation>
            <numerusform>問題あり %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>結果不明</translation>
    </message>
    <message>
        <source>waiting for the daily limit</source>
        <translation>1 日の上限待ち</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>未送信</translation>
    </message>
    <message>
        <source>with problems</source>
        <translation>問題あり</translation>
    </message>
    <message>
        <source>created meeting {id}</source>
        <translation>ミーティング {id} を作成</translation>
    </message>
    <message>
        <source>{status}: {error}</source>
        <translation>{status}: {error}</translation>
    </message>
    <message>
        <source>updated meeting {id}</source>
        <translation>ミーティング {id} を更新</translation>
    </message>
    <message>
        <source>unchanged: meeting {id}</source>
        <translation>変更なし: ミーティング {id}</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>No fixed time</source>
        <translation>時間指定なし</translation>
    </message>
</context>
<context>
    <name>CalendarControls</name>
    <message>
        <source>All hosts</source>
        <translation>すべてのホスト</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start}～{end}</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Work week</source>
        <translation>稼働日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>前の期間</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今日(&amp;T)</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>今日へ移動 (T)</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>次の期間</translation>
    </message>
    <message>
        <source>Shown period</source>
        <translation>表示中の期間</translation>
    </message>
    <message>
        <source>Calendar view</source>
        <translation>カレンダーの表示</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Hosts shown</source>
        <translation>表示するホスト</translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation>並べて表示(&amp;S)</translation>
    </message>
    <message>
        <source>One lane per host (otherwise one colour and name per host)</source>
        <translation>ホストごとに列を分ける (オフのときはホストごとの色と名前で区別)</translation>
    </message>
    <message>
        <source>Concurrent meetings allowed</source>
        <translation>同時ミーティングを許可</translation>
    </message>
    <message>
        <source>The account has Zoom&apos;s concurrent-meetings add-on: a host&apos;s overlapping meetings are shown as information, not as a conflict</source>
        <translation>アカウントに Zoom の同時ミーティング アドオンがあります。ホストの重なるミーティングは競合ではなく情報として表示されます</translation>
    </message>
    <message>
        <source>Shorter hours</source>
        <translation>時間の表示を縮小</translation>
    </message>
    <message>
        <source>Taller hours</source>
        <translation>時間の表示を拡大</translation>
    </message>
    <message>
        <source>Anytime:</source>
        <translation>時刻指定なし:</translation>
    </message>
    <message>
        <source>Meetings without a fixed time</source>
        <translation>時刻が決まっていないミーティング</translation>
    </message>
    <message>
        <source>Previous ({key})</source>
        <translation>前へ ({key})</translation>
    </message>
    <message>
        <source>Next ({key})</source>
        <translation>次へ ({key})</translation>
    </message>
    <message>
        <source>Shorter hours ({key})</source>
        <translation>時間の表示を縮小 ({key})</translation>
    </message>
    <message>
        <source>Taller hours ({key})</source>
        <translation>時間の表示を拡大 ({key})</translation>
    </message>
</context>
<context>
    <name>CalendarDrag</name>
    <message>
        <source>Recurring meeting — zoomdesk</source>
        <translation>定期ミーティング — zoomdesk</translation>
    </message>
    <message>
        <source>This &amp;occurrence</source>
        <translation>この回(&amp;O)</translation>
    </message>
    <message>
        <source>The whole &amp;series</source>
        <translation>シリーズ全体(&amp;S)</translation>
    </message>
    <message>
        <source>Opening “{topic}”</source>
        <translation>「{topic}」を開いています</translation>
    </message>
    <message>
        <source>“{topic}” repeats. Change this occurrence or the series?</source>
        <translation>「{topic}」は定期ミーティングです。この回だけを変更しますか、それともシリーズ全体を変更しますか?</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Calendar</source>
        <translation>カレンダー</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>カレンダー(&amp;C)</translation>
    </message>
    <message>
        <source>Show the meetings on a calendar ({key})</source>
        <translation>ミーティングをカレンダーに表示 ({key})</translation>
    </message>
    <message>
        <source>No meeting selected</source>
        <translation>ミーティングが選択されていません</translation>
    </message>
    <message>
        <source>Checking for overlaps</source>
        <translation>重複の確認</translation>
    </message>
    <message>
        <source>Reading recurring meetings&apos; occurrences</source>
        <translation>定期ミーティングの各回の読み込み</translation>
    </message>
    <message>
        <source>{start}–{end} (your time)</source>
        <translation>{start}～{end} (あなたの時刻)</translation>
    </message>
    <message>
        <source>Runs at the same time as “{topic}” ({day}, {start}–{end})</source>
        <translation>「{topic}」と同時に開催 ({day}、{start}～{end})</translation>
    </message>
    <message>
        <source>Overlaps “{topic}” ({day}, {start}–{end})</source>
        <translation>「{topic}」と重複 ({day}、{start}～{end})</translation>
    </message>
    <message>
        <source>One occurrence of a recurring meeting</source>
        <translation>定期ミーティングの 1 回</translation>
    </message>
    <message>
        <source>Host: {host}</source>
        <translation>ホスト: {host}</translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <source>{request} returned an HTML page instead of Zoom&apos;s 204, not Zoom&apos;s answer; a proxy or captive portal may be in the way, so the change is not confirmed</source>
        <translation>{request} は Zoom の 204 ではなく HTML ページを返しました。Zoom の応答ではありません。プロキシまたはキャプティブポータルが間にある可能性があるため、変更は確認されていません</translation>
    </message>
    <message numerus="yes">
        <source>{request} returned %n byte(s) ({type}) instead of Zoom&apos;s 204, not Zoom&apos;s answer; a proxy or captive portal may be in the way, so the change is not confirmed</source>
        <translation>
            <numerusform>{request} は Zoom の 204 ではなく %n バイト（{type}）を返しました。Zoom の応答ではありません。プロキシまたはキャプティブポータルが間にある可能性があるため、変更は確認されていません</numerusform>
        </translation>
    </message>
    <message>
        <source>an ID in the request path is empty</source>
        <translation>リクエストのパスにある ID が空です</translation>
    </message>
    <message numerus="yes">
        <source>{request} returned a body that is not valid JSON ({type}, %n byte(s)); it may have been cut off</source>
        <translation>
            <numerusform>{request} が有効な JSON ではない本文を返しました（{type}、%n バイト）。途中で切れた可能性があります</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate limit reached</source>
        <translation>レート制限に達しました</translation>
    </message>
    <message>
        <source>is empty; leave it out to change the whole series</source>
        <translation>が空です。シリーズ全体を変更するには指定しないでください</translation>
    </message>
    <message>
        <source>{request} returned an HTML page, not Zoom&apos;s JSON; a proxy or captive portal may be in the way</source>
        <translation>{request} は Zoom の JSON ではなく HTML ページを返しました。プロキシまたはキャプティブポータルが間にある可能性があります</translation>
    </message>
    <message>
        <source>{request} returned a non-JSON body ({type}), not Zoom&apos;s JSON; a proxy or captive portal may be in the way</source>
        <translation>{request} は Zoom の JSON ではなく JSON 以外の本文（{type}）を返しました。プロキシまたはキャプティブポータルが間にある可能性があります</translation>
    </message>
    <message>
        <source>interrupted before Zoom&apos;s answer was read ({error})</source>
        <translation>Zoom の応答を読み取る前に中断されました（{error}）</translation>
    </message>
    <message>
        <source>{what} did not hold the object Zoom documents ({error})</source>
        <translation>{what} に Zoom が文書化しているオブジェクトが含まれていませんでした（{error}）</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>overlaps “{topic}” ({meeting_id}, occurrence {occurrence_id}) {start}–{end} UTC on {date}</source>
        <translation>「{topic}」（{meeting_id}、回 {occurrence_id}）と {date} {start}～{end} UTC に重複</translation>
    </message>
    <message>
        <source>overlaps “{topic}” ({meeting_id}) {start}–{end} UTC on {date}</source>
        <translation>「{topic}」（{meeting_id}）と {date} {start}～{end} UTC に重複</translation>
    </message>
</context>
<context>
    <name>ConnectionReport</name>
    <message>
        <source>Enter a full URL, like https://zoom.us.</source>
        <translation>https://zoom.us のような完全な URL を入力してください。</translation>
    </message>
    <message>
        <source>Use https:// (plain http is only allowed for this computer).</source>
        <translation>https:// を使用してください (暗号化なしの http はこのコンピューターに対してのみ使えます)。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message numerus="yes">
        <source>Connected. Zoom issued an access token valid for %n minute(s).</source>
        <translation>
            <numerusform>接続しました。Zoom が %n 分間有効なアクセストークンを発行しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom refused: {explanation}</source>
        <translation>Zoom が拒否しました: {explanation}</translation>
    </message>
    <message>
        <source>Enter a URL.</source>
        <translation>URL を入力してください。</translation>
    </message>
    <message>
        <source>Not used by zoomdesk: {scopes}. Anyone who gets hold of this app&apos;s secret gets that power too, for nothing: ask your Zoom admin to remove these scopes from the app in the Zoom App Marketplace.</source>
        <translation>zoomdesk が使わないスコープ: {scopes}。このアプリのシークレットを入手した人は、不要なこの権限も得てしまいます。Zoom App Marketplace でこれらのスコープをアプリから削除するよう、Zoom 管理者に依頼してください。</translation>
    </message>
    <message>
        <source>The fewest scopes — to browse meetings: {browse}; to schedule them: {schedule}.</source>
        <translation>最小限のスコープ — ミーティングの閲覧: {browse}、スケジュール: {schedule}。</translation>
    </message>
    <message>
        <source>Details: {details}</source>
        <translation>詳細: {details}</translation>
    </message>
    <message>
        <source>Scopes granted: {scopes}</source>
        <translation>付与されたスコープ: {scopes}</translation>
    </message>
    <message>
        <source>Could not reach {url}. {problem}</source>
        <translation>{url} に接続できませんでした。{problem}</translation>
    </message>
</context>
<context>
    <name>DebugPanel</name>
    <message>
        <source>HTTP debug panel</source>
        <translation>HTTP デバッグパネル</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Filter by path, method or status</source>
        <translation>パス、メソッド、ステータスで絞り込み</translation>
    </message>
    <message>
        <source>Filter exchanges</source>
        <translation>HTTP 通信を絞り込み</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>クリア(&amp;L)</translation>
    </message>
    <message>
        <source>Clear the exchange list</source>
        <translation>HTTP 通信の一覧をクリア</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>cURL としてコピー(&amp;U)</translation>
    </message>
    <message>
        <source>Copy as cURL</source>
        <translation>cURL としてコピー</translation>
    </message>
    <message>
        <source>E&amp;xport HAR…</source>
        <translation>HAR をエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Export HAR</source>
        <translation>HAR をエクスポート</translation>
    </message>
    <message>
        <source>Request do&amp;ctor…</source>
        <translation>リクエスト診断(&amp;C)…</translation>
    </message>
    <message>
        <source>Request doctor</source>
        <translation>リクエスト診断</translation>
    </message>
    <message>
        <source>Open the request doctor</source>
        <translation>リクエスト診断を開く</translation>
    </message>
    <message>
        <source>HTTP exchanges</source>
        <translation>HTTP 通信</translation>
    </message>
    <message>
        <source>Exchange count and last action</source>
        <translation>通信の件数と最後の操作</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <source>Cleared.</source>
        <translation>クリアしました。</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s), {failed} failed ({shown} shown)</source>
        <translation>
            <numerusform>%n 件の通信、失敗 {failed} 件（{shown} 件を表示）</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied as cURL (secret as $ZOOM_CLIENT_SECRET, token as $ZOOM_TOKEN).</source>
        <translation>cURL としてコピーしました（シークレットは $ZOOM_CLIENT_SECRET、トークンは $ZOOM_TOKEN）。</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n exchange(s) as cURL.</source>
        <translation>
            <numerusform>%n 件の通信を cURL としてコピーしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export HAR (secrets redacted)</source>
        <translation>HAR をエクスポート（シークレットは伏せ字）</translation>
    </message>
    <message>
        <source>HAR files (*.har)</source>
        <translation>HAR ファイル (*.har)</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s) ({shown} shown)</source>
        <translation>
            <numerusform>%n 件の通信（{shown} 件を表示）</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an exchange to copy it as cURL.</source>
        <translation>cURL としてコピーする通信を選択してください。</translation>
    </message>
    <message>
        <source>Select an exchange to export it.</source>
        <translation>エクスポートする通信を選択してください。</translation>
    </message>
    <message>
        <source>Selected exchange</source>
        <translation>選択した通信</translation>
    </message>
    <message>
        <source>All shown</source>
        <translation>表示中のすべて</translation>
    </message>
    <message>
        <source>Selected exchange…</source>
        <translation>選択した通信…</translation>
    </message>
    <message>
        <source>All shown…</source>
        <translation>表示中のすべて…</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s), {failed} failed</source>
        <translation>
            <numerusform>%n 件の通信、失敗 {failed} 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n 件の通信</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported {count} exchange(s) to {path} (redacted).</source>
        <translation>{count} 件の通信を {path} にエクスポートしました（伏せ字済み）。</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>{path} に書き込めませんでした：{reason}</translation>
    </message>
    <message>
        <source>HTTP debug panel — zoomdesk</source>
        <translation>HTTP デバッグパネル — zoomdesk</translation>
    </message>
</context>
<context>
    <name>DebugSeverity</name>
    <message>
        <source>✗ Problem</source>
        <translation>✗ 問題</translation>
    </message>
    <message>
        <source>! Warning</source>
        <translation>! 警告</translation>
    </message>
    <message>
        <source>i Note</source>
        <translation>i 注記</translation>
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
        <translation>サンドボックスの起動</translation>
    </message>
    <message>
        <source>Starting zoomdesk</source>
        <translation>zoomdesk の起動</translation>
    </message>
    <message>
        <source>It is no longer in the list.</source>
        <translation>一覧から外しました。</translation>
    </message>
    <message>
        <source>Checking the keyring</source>
        <translation>キーリングの確認</translation>
    </message>
    <message>
        <source>Enter secret…</source>
        <translation>シークレットを入力…</translation>
    </message>
    <message>
        <source>Add profile…</source>
        <translation>プロファイルを追加…</translation>
    </message>
    <message>
        <source>Looking for unsaved meeting forms</source>
        <translation>保存されていないミーティングフォームの確認</translation>
    </message>
    <message>
        <source>Connecting with “{profile}”</source>
        <translation>「{profile}」での接続</translation>
    </message>
    <message>
        <source>Use the sandbox</source>
        <translation>サンドボックスを使う</translation>
    </message>
    <message>
        <source>Cannot connect: {problem}</source>
        <translation>接続できません: {problem}</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>プロファイルを編集…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Closing zoomdesk</source>
        <translation>zoomdesk の終了</translation>
    </message>
    <message>
        <source>HTTP exchanges</source>
        <translation>HTTP 通信</translation>
    </message>
    <message>
        <source>Change history…</source>
        <translation>変更履歴…</translation>
    </message>
    <message>
        <source>Request &amp;doctor…</source>
        <translation>リクエスト診断(&amp;D)…</translation>
    </message>
    <message>
        <source>Check a token or API request of your own (cURL, raw HTTP, HAR, code)</source>
        <translation>自分のトークンや API リクエストを確認 (cURL、生の HTTP、HAR、コード)</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>no answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>The request never reached Zoom, so Zoom cannot trace it: fix the network first.</source>
        <translation>リクエストは Zoom に届いていないため、Zoom では追跡できません。先にネットワークを修正してください。</translation>
    </message>
    <message>
        <source>This answer is not one of the failures zoomdesk knows. Everything that was sent and received is in the Request and Response tabs (secrets masked).</source>
        <translation>この応答は zoomdesk が把握している失敗のいずれでもありません。送受信した内容はすべて［リクエスト］タブと［レスポンス］タブにあります（シークレットは伏せてあります）。</translation>
    </message>
    <message>
        <source>Read the response body for Zoom&apos;s own words; if it stays unclear, send Zoom support the details below.</source>
        <translation>Zoom 自身の説明は応答本文で確認してください。それでも不明な場合は、下記の詳細を Zoom サポートに送ってください。</translation>
    </message>
    <message>
        <source>{request} worked: {status}.</source>
        <translation>{request} は成功しました: {status}。</translation>
    </message>
    <message>
        <source>time {time}; request {request}; answer {answer}</source>
        <translation>時刻 {time}、リクエスト {request}、応答 {answer}</translation>
    </message>
    <message>
        <source>Zoom sent no tracking id (x-zm-trackingid), so this answer may come from a proxy rather than Zoom. If you ask Zoom for help ({url}), give: {details}.</source>
        <translation>Zoom から追跡 ID（x-zm-trackingid）が送られていないため、この応答は Zoom ではなくプロキシからのものかもしれません。Zoom にサポートを依頼する場合（{url}）は、次の情報を伝えてください: {details}。</translation>
    </message>
    <message>
        <source>It worked this time, but may stop working.</source>
        <translation>今回は成功しましたが、今後は失敗する可能性があります。</translation>
    </message>
    <message>
        <source>The answer is a web page, not Zoom&apos;s JSON</source>
        <translation>応答が Zoom の JSON ではなく Web ページです</translation>
    </message>
    <message>
        <source>An HTML page came back instead of Zoom&apos;s JSON. Usually a company proxy, a Wi-Fi login page or a gateway answered in Zoom&apos;s place, or Zoom showed an error page.</source>
        <translation>Zoom の JSON の代わりに HTML ページが返されました。通常は社内プロキシ、Wi-Fi のログインページ、ゲートウェイが Zoom の代わりに応答したか、Zoom がエラーページを表示しています。</translation>
    </message>
    <message>
        <source>Open the Response tab to read the page; sign in to the network or check proxy settings, then retry.</source>
        <translation>［レスポンス］タブでページを確認してください。ネットワークにサインインするかプロキシ設定を確認してから、再試行してください。</translation>
    </message>
    <message>
        <source>Retry reads. For a create, reload the meetings list first to avoid a duplicate.</source>
        <translation>読み取りは再試行してください。作成の場合は、重複を避けるため先にミーティング一覧を再読み込みしてください。</translation>
    </message>
    <message>
        <source>Zoom&apos;s X-RateLimit-Remaining header is low; the next calls may get 429.</source>
        <translation>Zoom の X-RateLimit-Remaining ヘッダーの値が少なくなっています。次の呼び出しは 429 になる可能性があります。</translation>
    </message>
    <message>
        <source>Slow down, or wait for the limit to reset.</source>
        <translation>ペースを落とすか、制限がリセットされるまでお待ちください。</translation>
    </message>
    <message>
        <source>{request} got no answer.</source>
        <translation>{request} に応答がありませんでした。</translation>
    </message>
    <message>
        <source>{request} failed: {status}. Likely cause: {cause}.</source>
        <translation>{request} は失敗しました: {status}。考えられる原因: {cause}。</translation>
    </message>
    <message>
        <source>{request} failed: {status}.</source>
        <translation>{request} は失敗しました: {status}。</translation>
    </message>
    <message numerus="yes">
        <source>{request} worked: {status}, with %n warning(s).</source>
        <translation>
            <numerusform>{request} は成功しました: {status}（警告 %n 件）。</numerusform>
        </translation>
    </message>
    <message>
        <source>If you ask Zoom for help ({url}), give the tracking id {tracking_id} with: {details}. Never send the client secret or a token.</source>
        <translation>Zoom にサポートを依頼する場合（{url}）は、追跡 ID {tracking_id} と次の情報を伝えてください: {details}。クライアントシークレットやトークンは決して送らないでください。</translation>
    </message>
    <message>
        <source>Zoom answered HTTP {status} and zoomdesk does not recognise why</source>
        <translation>Zoom が HTTP {status} を返しましたが、zoomdesk には理由がわかりません</translation>
    </message>
    <message>
        <source>The answer had no body.</source>
        <translation>応答に本文がありませんでした。</translation>
    </message>
    <message>
        <source>The answer was cut off before its end</source>
        <translation>応答が途中で切れています</translation>
    </message>
    <message>
        <source>The answer is garbled JSON</source>
        <translation>応答の JSON が壊れています</translation>
    </message>
    <message>
        <source>The JSON body stops in the middle: the connection or a proxy cut it short. The request itself may have been carried out.</source>
        <translation>JSON 本文が途中で終わっています。接続またはプロキシによって切り詰められました。リクエスト自体は実行された可能性があります。</translation>
    </message>
    <message>
        <source>The body claims to be JSON but cannot be read. The request itself may have been carried out.</source>
        <translation>本文は JSON とされていますが、読み取れません。リクエスト自体は実行された可能性があります。</translation>
    </message>
    <message numerus="yes">
        <source>The token lacks %n scope(s) zoomdesk uses</source>
        <translation>
            <numerusform>トークンに zoomdesk が使うスコープが %n 個不足しています</numerusform>
        </translation>
    </message>
    <message>
        <source>Add them in the Zoom App Marketplace ▸ Manage ▸ your app ▸ Scopes, then get a new token.</source>
        <translation>Zoom App Marketplace ▸ Manage ▸ ご自分のアプリ ▸ Scopes で追加してから、新しいトークンを取得してください。</translation>
    </message>
    <message>
        <source>{request} got no answer. Likely cause: {cause}.</source>
        <translation>{request} に応答がありませんでした。考えられる原因: {cause}。</translation>
    </message>
    <message>
        <source>Only {remaining} of {limit} calls left in this rate-limit window</source>
        <translation>このレート制限の期間内に残っている呼び出しは {limit} 回中 {remaining} 回のみです</translation>
    </message>
    <message>
        <source>Body: {text}</source>
        <translation>本文: {text}</translation>
    </message>
    <message>
        <source>Body starts: {text}</source>
        <translation>本文の先頭: {text}</translation>
    </message>
    <message>
        <source>Body ends: …{text}</source>
        <translation>本文の末尾: …{text}</translation>
    </message>
    <message>
        <source>Without {scopes}, zoomdesk cannot {operations}.</source>
        <translation>{scopes} がないと、zoomdesk は次の操作ができません: {operations}。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Granted: {scopes}</source>
        <translation>付与済み: {scopes}</translation>
    </message>
</context>
<context>
    <name>DiagnosisView</name>
    <message>
        <source>Diagnosis</source>
        <translation>診断</translation>
    </message>
    <message>
        <source>Copy diagnosis</source>
        <translation>診断をコピー</translation>
    </message>
    <message>
        <source>Copy the diagnosis as text</source>
        <translation>診断をテキストとしてコピー</translation>
    </message>
    <message>
        <source>Copy tracking id</source>
        <translation>トラッキング ID をコピー</translation>
    </message>
    <message>
        <source>Copy Zoom&apos;s tracking id</source>
        <translation>Zoom のトラッキング ID をコピー</translation>
    </message>
    <message>
        <source>Select an exchange to see its diagnosis.</source>
        <translation>診断を見るには通信を選択してください。</translation>
    </message>
    <message>
        <source>For Zoom support</source>
        <translation>Zoom サポート向け</translation>
    </message>
    <message>
        <source>&lt;b&gt;{severity}: {title}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{severity}：{title}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Fix:&lt;/b&gt; {fix}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;対処：&lt;/b&gt;{fix}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Seen:&lt;/b&gt;&lt;br&gt;{seen}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;検出箇所：&lt;/b&gt;&lt;br&gt;{seen}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nothing to report: the request and the answer look right.</source>
        <translation>問題はありません：リクエストと応答は正しいようです。</translation>
    </message>
</context>
<context>
    <name>DoctorApi</name>
    <message>
        <source>The access token is sent in the query string</source>
        <translation>アクセストークンがクエリ文字列で送られています</translation>
    </message>
    <message>
        <source>There is no Authorization header</source>
        <translation>Authorization ヘッダーがありません</translation>
    </message>
    <message>
        <source>The call uses API v1, which Zoom retired</source>
        <translation>呼び出しが、Zoom が廃止した API v1 を使っています</translation>
    </message>
    <message>
        <source>Replace /v1/ with /v2/ (check the endpoint&apos;s v2 name in Zoom&apos;s API reference).</source>
        <translation>/v1/ を /v2/ に置き換えてください（エンドポイントの v2 での名前は Zoom の API リファレンスで確認してください）。</translation>
    </message>
    <message>
        <source>The path does not start with /v2</source>
        <translation>パスが /v2 で始まっていません</translation>
    </message>
    <message>
        <source>Zoom&apos;s API paths live under /v2 (for example /v2/users/me/meetings); without it Zoom answers 404.</source>
        <translation>Zoom の API のパスは /v2 の下にあります（例: /v2/users/me/meetings）。/v2 がないと Zoom は 404 を返します。</translation>
    </message>
    <message>
        <source>Move the parameters to the query string.</source>
        <translation>パラメーターをクエリ文字列に移してください。</translation>
    </message>
    <message>
        <source>The API body is form-encoded; Zoom&apos;s API expects JSON</source>
        <translation>API の本文がフォーム形式でエンコードされています。Zoom の API は JSON を受け付けます</translation>
    </message>
    <message>
        <source>Unlike the token endpoint, API calls (create or update a meeting, …) take a JSON body.</source>
        <translation>トークンエンドポイントと違い、API 呼び出し（ミーティングの作成・更新など）の本文は JSON です。</translation>
    </message>
    <message>
        <source>Zoom reads a create or update body only as `application/json`. fetch() sends a string body as text/plain unless told otherwise, and PowerShell sends a POST body as a form.</source>
        <translation>Zoom は作成・更新の本文を `application/json` としてのみ読み取ります。fetch() は指定がなければ文字列の本文を text/plain で送り、PowerShell は POST の本文をフォームとして送ります。</translation>
    </message>
    <message>
        <source>The API body has no Content-Type</source>
        <translation>API の本文に Content-Type がありません</translation>
    </message>
    <message>
        <source>The body is not valid JSON</source>
        <translation>本文が正しい JSON ではありません</translation>
    </message>
    <message>
        <source>Zoom answers 300 or 400 when the JSON cannot be parsed (a trailing comma, single quotes, an unescaped newline…).</source>
        <translation>JSON を解析できないとき（末尾のカンマ、単一引用符、エスケープされていない改行…）、Zoom は 300 または 400 を返します。</translation>
    </message>
    <message>
        <source>Build the body with a JSON library rather than by hand.</source>
        <translation>本文は手作業ではなく JSON ライブラリで作成してください。</translation>
    </message>
    <message>
        <source>The API call uses Basic authorization; it needs a Bearer token</source>
        <translation>API 呼び出しが Basic 認証を使っています。Bearer トークンが必要です</translation>
    </message>
    <message>
        <source>The client ID and secret (Basic) are only for the token endpoint. API calls use the access token it returns; Zoom answers Basic with 401 code 124.</source>
        <translation>クライアントIDとクライアントシークレット（Basic）はトークンエンドポイント専用です。API 呼び出しには、そこで返されるアクセストークンを使います。Basic に対して Zoom は 401（コード 124）を返します。</translation>
    </message>
    <message>
        <source>Since February 2023 Zoom refuses access tokens passed as `?access_token=…`: it answers `{answer}`. URLs are also logged by proxies, so the token leaks.</source>
        <translation>2023 年 2 月以降、Zoom は `?access_token=…` として渡されたアクセストークンを拒否し、`{answer}` を返します。また URL はプロキシに記録されるため、トークンが漏れます。</translation>
    </message>
    <message>
        <source>Send it in a header instead: `{header}`.</source>
        <translation>代わりにヘッダーで送ってください: `{header}`。</translation>
    </message>
    <message>
        <source>Every Zoom API call needs the access token from /oauth/token as `{header}`.</source>
        <translation>Zoom API の呼び出しにはすべて、/oauth/token で取得したアクセストークンを `{header}` として付ける必要があります。</translation>
    </message>
    <message>
        <source>Get a token (POST /oauth/token) and send `{header}`.</source>
        <translation>トークンを取得し（POST /oauth/token）、`{header}` を送ってください。</translation>
    </message>
    <message>
        <source>The Bearer token is empty</source>
        <translation>Bearer トークンが空です</translation>
    </message>
    <message>
        <source>`Authorization: Bearer` must be followed by the access token. An empty value usually means the variable holding the token was never set.</source>
        <translation>`Authorization: Bearer` の後にはアクセストークンが必要です。値が空の場合、通常はトークンを保持する変数が設定されていません。</translation>
    </message>
    <message>
        <source>Check the token request succeeded and its `access_token` is used.</source>
        <translation>トークンのリクエストが成功し、その `access_token` が使われていることを確認してください。</translation>
    </message>
    <message>
        <source>Zoom&apos;s REST API is version 2: `{url}`.</source>
        <translation>Zoom の REST API はバージョン 2 です: `{url}`。</translation>
    </message>
    <message>
        <source>Build URLs as `{expression}`.</source>
        <translation>URL は `{expression}` のように組み立ててください。</translation>
    </message>
    <message>
        <source>A {method} request with a body</source>
        <translation>本文のある {method} リクエストです</translation>
    </message>
    <message>
        <source>Zoom ignores the body of a {method}; parameters of these calls go in the query string (for example ?page_size=300).</source>
        <translation>Zoom は {method} の本文を無視します。これらの呼び出しのパラメーターはクエリ文字列に入れます（例: ?page_size=300）。</translation>
    </message>
    <message>
        <source>Send `{header}` with a JSON object (Python `json=…`, axios: pass an object as data).</source>
        <translation>`{header}` と JSON オブジェクトを送ってください（Python は `json=…`、axios は data にオブジェクトを渡します）。</translation>
    </message>
    <message>
        <source>The API body is sent as {type}; Zoom expects JSON</source>
        <translation>API の本文が {type} として送られています。Zoom は JSON を受け付けます</translation>
    </message>
    <message>
        <source>Send `{header}`.</source>
        <translation>`{header}` を送ってください。</translation>
    </message>
    <message>
        <source>Zoom needs `{header}` to read the body; without it the call fails with a validation error or the fields are ignored.</source>
        <translation>Zoom が本文を読み取るには `{header}` が必要です。ないと呼び出しは検証エラーで失敗するか、フィールドが無視されます。</translation>
    </message>
    <message>
        <source>Add `{header}`.</source>
        <translation>`{header}` を追加してください。</translation>
    </message>
    <message>
        <source>URL: {url}</source>
        <translation>URL: {url}</translation>
    </message>
    <message>
        <source>First POST /oauth/token, then send `{header}`.</source>
        <translation>まず POST /oauth/token を行い、次に `{header}` を送ってください。</translation>
    </message>
    <message>
        <source>The Authorization header does not use the Bearer scheme</source>
        <translation>Authorization ヘッダーが Bearer スキームを使っていません</translation>
    </message>
    <message>
        <source>Path: {path}</source>
        <translation>パス: {path}</translation>
    </message>
    <message>
        <source>Body: {body}</source>
        <translation>本文: {body}</translation>
    </message>
    <message>
        <source>Zoom expects `{header}`, but {problem}.</source>
        <translation>Zoom は `{header}` を期待していますが、{problem}。</translation>
    </message>
    <message>
        <source>Zoom expects `{header}`, but it differs.</source>
        <translation>Zoom は `{header}` を期待していますが、ヘッダーが異なります。</translation>
    </message>
</context>
<context>
    <name>DoctorCompare</name>
    <message>
        <source>Parameters in: {where}</source>
        <translation>パラメーターの場所：{where}</translation>
    </message>
    <message>
        <source>Changed lines</source>
        <translation>変更された行</translation>
    </message>
    <message>
        <source>Your request, as sent</source>
        <translation>送信されたままのリクエスト</translation>
    </message>
    <message>
        <source>The corrected request</source>
        <translation>修正後のリクエスト</translation>
    </message>
    <message>
        <source>Lines that differ are marked. Secrets are masked unless revealed.</source>
        <translation>異なる行には印が付いています。シークレットは表示するまで伏せ字です。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Code for the corrected request</source>
        <translation>修正後のリクエストのコード</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>コードをコピー</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>コードをコピー</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>What changed from your code</source>
        <translation>元のコードからの変更点</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>元のリクエスト</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>修正後</translation>
    </message>
    <message>
        <source>{mark} marks a line that differs from your code</source>
        <translation>{mark} は元のコードと異なる行を示します</translation>
    </message>
    <message>
        <source>The secret and the token come from environment variables ({variables}); never paste them into code.</source>
        <translation>シークレットとトークンは環境変数（{variables}）から読み込みます。コードに直接貼り付けないでください。</translation>
    </message>
    <message>
        <source>Generated code for the corrected request ({language}).</source>
        <translation>修正後のリクエストから生成したコード（{language}）。</translation>
    </message>
    <message>
        <source>Generated code in {language}: lines that differ from yours are marked in {own}.</source>
        <translation>{language} で生成したコード：元のコードとの差分は {own} で表示されます。</translation>
    </message>
    <message>
        <source>Generated code in {language}.</source>
        <translation>{language} で生成したコード。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) changed from your code (marked {mark} in the margin).</source>
        <translation>
            <numerusform>元のコードから %n 行を変更しました（余白に {mark} で表示）。</numerusform>
        </translation>
    </message>
    <message>
        <source>No line changed from your code.</source>
        <translation>元のコードから変更された行はありません。</translation>
    </message>
    <message>
        <source>Changed lines: {numbers}</source>
        <translation>変更された行：{numbers}</translation>
    </message>
</context>
<context>
    <name>DoctorFinding</name>
    <message>
        <source>Note</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>Seen: {item}</source>
        <translation>検出箇所: {item}</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Fix: {fix}</source>
        <translation>対処: {fix}</translation>
    </message>
</context>
<context>
    <name>DoctorInput</name>
    <message>
        <source>Your request</source>
        <translation>あなたのリクエスト</translation>
    </message>
    <message>
        <source>Paste a cURL command, a raw HTTP request, a HAR file or an axios, fetch, requests or httpx call</source>
        <translation>cURL コマンド、HTTP リクエストそのもの、HAR ファイル、または axios・fetch・requests・httpx の呼び出しを貼り付けます</translation>
    </message>
    <message>
        <source>(secret hidden)</source>
        <translation>（シークレットは非表示）</translation>
    </message>
    <message>
        <source>Paste here:
• a cURL command:  {curl}
• a raw HTTP request:  {raw}  + headers + body
• a HAR file from the browser&apos;s dev tools (or use Import HAR…)
• code:  {code}

Nothing is sent anywhere until you press a Replay button.</source>
        <translation>ここに貼り付け：
• cURL コマンド：  {curl}
• HTTP リクエストそのもの：  {raw}  + ヘッダー + 本文
• ブラウザーの開発者ツールの HAR ファイル（または「HAR をインポート…」）
• コード：  {code}

再送信ボタンを押すまで、何も送信されません。</translation>
    </message>
</context>
<context>
    <name>DoctorIntegration</name>
    <message>
        <source>line {number}</source>
        <translation>{number} 行目</translation>
    </message>
    <message>
        <source>The token is kept but never renewed, and a 401 is not handled</source>
        <translation>トークンを保持していますが更新しておらず、401 も処理していません</translation>
    </message>
    <message>
        <source>Store the expiry with the token and renew it a few minutes before; on a 401 with code 124, get a new token and retry the call once.</source>
        <translation>トークンと一緒に有効期限を保存し、数分前に更新してください。コード 124 の 401 を受けたら、新しいトークンを取得して呼び出しを 1 回だけ再試行してください。</translation>
    </message>
    <message>
        <source>API calls go to api.zoom.us although the account&apos;s own API host is known</source>
        <translation>アカウント専用の API ホストがわかっているのに、API 呼び出しが api.zoom.us に送られています</translation>
    </message>
    <message>
        <source>Zoom&apos;s token answer carries `api_url`, the host for this account&apos;s region (for example https://api-eu.zoom.us); the code reads it or uses a regional host elsewhere, yet these calls hard-code api.zoom.us.</source>
        <translation>Zoom のトークンの応答には、このアカウントのリージョンのホストである `api_url` が含まれます（例: https://api-eu.zoom.us）。コードはそれを読み取るか別の箇所で地域のホストを使っているのに、これらの呼び出しでは api.zoom.us が固定で書かれています。</translation>
    </message>
    <message>
        <source>Build API URLs from `api_url` + &apos;/v2&apos; (fall back to https://api.zoom.us).</source>
        <translation>API の URL は `api_url` + &apos;/v2&apos; から組み立ててください（ない場合は https://api.zoom.us）。</translation>
    </message>
    <message>
        <source>{call} in {function}</source>
        <translation>{function} 内の {call}</translation>
    </message>
    <message>
        <source>A new access token is fetched for every API call</source>
        <translation>API を呼び出すたびに新しいアクセストークンを取得しています</translation>
    </message>
    <message>
        <source>Keep the token and its expiry time; request a new one only when it is about to expire (and once after a 401 with code 124). The cached version comes with this report.</source>
        <translation>トークンとその有効期限を保持し、期限が切れる直前にだけ（およびコード 124 の 401 の後に 1 回）新しいトークンを要求してください。キャッシュを使う版をこのレポートに添えています。</translation>
    </message>
    <message>
        <source>A secret is written into the source code</source>
        <translation>シークレットがソースコードに書かれています</translation>
    </message>
    <message>
        <source>Anyone who can read the code, its history or a pasted copy has it. The values are masked in this report.</source>
        <translation>コード、その履歴、貼り付けたコピーを読める人なら誰でも入手できます。このレポートでは値を伏せています。</translation>
    </message>
    <message>
        <source>Read it from an environment variable or a secret store (ZOOM_CLIENT_SECRET), and regenerate the secret in the Zoom App Marketplace if this code was shared.</source>
        <translation>環境変数やシークレットストア（ZOOM_CLIENT_SECRET）から読み込み、このコードを共有した場合は Zoom App Marketplace でシークレットを再生成してください。</translation>
    </message>
    <message>
        <source>(the loop)</source>
        <translation>（ループ）</translation>
    </message>
    <message>
        <source>The code stores the access token and uses it for every later call, but checks neither its expiry (`expires_in`, one hour) nor Zoom&apos;s answer when it has expired (`{answer}`). A long-running process works for an hour, then every call fails.</source>
        <translation>コードはアクセストークンを保存して以降のすべての呼び出しに使っていますが、有効期限（`expires_in`、1 時間）も、期限切れ時の Zoom の応答（`{answer}`）も確認していません。長時間動くプロセスは 1 時間は動作し、その後はすべての呼び出しが失敗します。</translation>
    </message>
    <message>
        <source>API calls run in a loop with no handling of 429 (rate limit)</source>
        <translation>API 呼び出しがループ内で実行されていますが、429（レート制限）を処理していません</translation>
    </message>
    <message>
        <source>Zoom limits requests per second (and creates/updates per day); in a loop the calls soon get `429 Too Many Requests`. Without handling, the loop stops half-way or skips items.</source>
        <translation>Zoom は 1 秒あたりのリクエスト数（と 1 日あたりの作成・更新数）を制限しています。ループではすぐに `429 Too Many Requests` が返ります。処理しないと、ループが途中で止まったり項目を飛ばしたりします。</translation>
    </message>
    <message>
        <source>On 429, wait for the `Retry-After` header&apos;s time (or a short backoff) and retry; stop on the daily limit (its Retry-After is the next UTC midnight).</source>
        <translation>429 を受けたら、`Retry-After` ヘッダーの時間（または少しの間）待ってから再試行してください。1 日の上限に達したら停止してください（その Retry-After は次の UTC の午前 0 時です）。</translation>
    </message>
    <message>
        <source>A meeting create (POST) is retried after a failure or timeout</source>
        <translation>失敗やタイムアウトの後に、ミーティングの作成（POST）を再試行しています</translation>
    </message>
    <message>
        <source>A create whose answer was lost (a timeout, a dropped connection, a 5xx from a gateway) may still have created the meeting: retrying it blindly makes duplicates that staff then have to find and delete.</source>
        <translation>応答が失われた作成（タイムアウト、接続の切断、ゲートウェイからの 5xx）でも、ミーティングは作成されている可能性があります。やみくもに再試行すると重複ができ、スタッフがそれを探して削除しなければなりません。</translation>
    </message>
    <message>
        <source>Never retry a POST create automatically. After a timeout, list the host&apos;s meetings and look for one with the same topic and start time before trying again; retry only 429 (Zoom did not act).</source>
        <translation>POST による作成は決して自動で再試行しないでください。タイムアウトの後は、ホストのミーティングを一覧にして同じトピックと開始時刻のものがないか確認してから再試行してください。再試行してよいのは 429（Zoom が何も処理していない）の場合だけです。</translation>
    </message>
    <message>
        <source>Zoom returns lists in pages (30 records by default, `page_size` at most 300) with a `next_page_token`; the code never sends it back, so anything after the first page is missing.</source>
        <translation>Zoom は一覧をページ単位で返します（既定で 30 件、`page_size` は最大 300）。`next_page_token` が付きますが、コードはそれを送り返していないため、最初のページより後はすべて欠けています。</translation>
    </message>
    <message>
        <source>Loop: repeat the call with `next_page_token` from the previous answer until it comes back empty.</source>
        <translation>ループ: 前の応答の `next_page_token` を付けて、空で返ってくるまで呼び出しを繰り返してください。</translation>
    </message>
    <message>
        <source>Each API call goes through {path}, which sends the token request again. Zoom&apos;s tokens are valid for an hour: fetching one per call doubles the requests, runs into the token endpoint&apos;s rate limits under load and slows every call.</source>
        <translation>API の呼び出しはすべて {path} を経由し、そのたびにトークンのリクエストを送り直しています。Zoom のトークンは 1 時間有効です。呼び出しごとに取得するとリクエストが倍になり、負荷がかかるとトークンエンドポイントのレート制限に達し、すべての呼び出しが遅くなります。</translation>
    </message>
    <message>
        <source>Only the first page of {path} is read</source>
        <translation>{path} の最初のページしか読み取っていません</translation>
    </message>
</context>
<context>
    <name>DoctorLint</name>
    <message>
        <source>The request goes to {host}; token requests go to {right}</source>
        <translation>リクエストの送信先は {host} です。トークンのリクエストは {right} に送ります</translation>
    </message>
    <message>
        <source>{host} is a Zoom host, but not the one that answers token requests.</source>
        <translation>{host} は Zoom のホストですが、トークンのリクエストに応答するホストではありません。</translation>
    </message>
    <message>
        <source>The request goes to {host}; API calls go to {right}</source>
        <translation>リクエストの送信先は {host} です。API 呼び出しは {right} に送ります</translation>
    </message>
    <message>
        <source>{host} is a Zoom host, but not the one that answers API calls.</source>
        <translation>{host} は Zoom のホストですが、API 呼び出しに応答するホストではありません。</translation>
    </message>
    <message>
        <source>{host} is not a Zoom host. That is fine for a proxy or gateway you run, otherwise the request never reaches Zoom.</source>
        <translation>{host} は Zoom のホストではありません。自社で運用するプロキシやゲートウェイであれば問題ありませんが、そうでなければリクエストは Zoom に届きません。</translation>
    </message>
    <message>
        <source>Zoom&apos;s token endpoint is exactly /oauth/token (no trailing slash, no /oauth2/).</source>
        <translation>Zoom のトークンエンドポイントは正確に /oauth/token です（末尾のスラッシュなし、/oauth2/ ではありません）。</translation>
    </message>
    <message>
        <source>The request has no host</source>
        <translation>リクエストにホストがありません</translation>
    </message>
    <message>
        <source>Use the full URL.</source>
        <translation>完全な URL を使用してください。</translation>
    </message>
    <message>
        <source>The request uses http://, not https://</source>
        <translation>リクエストが https:// ではなく http:// を使っています</translation>
    </message>
    <message>
        <source>Zoom only serves HTTPS; over plain HTTP the credentials travel unencrypted and Zoom redirects or refuses the call.</source>
        <translation>Zoom は HTTPS でのみ応答します。暗号化されていない HTTP では認証情報が平文で送られ、Zoom は呼び出しをリダイレクトするか拒否します。</translation>
    </message>
    <message>
        <source>Use https://.</source>
        <translation>https:// を使用してください。</translation>
    </message>
    <message>
        <source>Use {url}.</source>
        <translation>{url} を使用してください。</translation>
    </message>
    <message>
        <source>This is neither a token request nor a Zoom API call</source>
        <translation>これはトークンのリクエストでも Zoom API の呼び出しでもありません</translation>
    </message>
    <message>
        <source>The doctor knows Zoom&apos;s token endpoint (`POST https://zoom.us/oauth/token`) and the REST API (`https://api.zoom.us/v2/…`).</source>
        <translation>リクエスト診断が扱えるのは、Zoom のトークンエンドポイント（`POST https://zoom.us/oauth/token`）と REST API（`https://api.zoom.us/v2/…`）です。</translation>
    </message>
    <message>
        <source>Paste the request that goes to /oauth/token or to /v2/….</source>
        <translation>/oauth/token または /v2/… に送るリクエストを貼り付けてください。</translation>
    </message>
    <message>
        <source>The token path is {path}; it must be /oauth/token</source>
        <translation>トークンのパスが {path} になっています。/oauth/token でなければなりません</translation>
    </message>
    <message>
        <source>POST to {url}.</source>
        <translation>{url} に POST してください。</translation>
    </message>
    <message>
        <source>The URL must be absolute, like {example}.</source>
        <translation>URL は {example} のような絶対 URL でなければなりません。</translation>
    </message>
    <message>
        <source>The token request goes to {host}</source>
        <translation>トークンのリクエストの送信先が {host} です</translation>
    </message>
    <message>
        <source>{host}/oauth/token works in practice, but Zoom&apos;s docs and SDK use {right}.</source>
        <translation>{host}/oauth/token は実際には動作しますが、Zoom のドキュメントと SDK は {right} を使っています。</translation>
    </message>
    <message>
        <source>Prefer {url}.</source>
        <translation>{url} を使うことをお勧めします。</translation>
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
        <translation>リクエストに HTTP の応答がありませんでした</translation>
    </message>
    <message>
        <source>The network failed before Zoom answered.</source>
        <translation>Zoom が応答する前にネットワークで障害が起きました。</translation>
    </message>
    <message>
        <source>Check the network connection and proxy settings, then retry.</source>
        <translation>ネットワーク接続とプロキシの設定を確認してから、再試行してください。</translation>
    </message>
    <message>
        <source>The server&apos;s HTTPS certificate was not trusted</source>
        <translation>サーバーの HTTPS 証明書が信頼されませんでした</translation>
    </message>
    <message>
        <source>The secure connection was refused before anything was sent. This usually means a company proxy, firewall or antivirus re-signs HTTPS traffic with its own certificate authority that this computer does not trust; less often, the computer&apos;s clock is wrong or a Wi-Fi login page is intercepting traffic.</source>
        <translation>何も送信しないうちに、セキュリティで保護された接続が拒否されました。多くの場合、社内のプロキシ、ファイアウォール、ウイルス対策ソフトが、このコンピューターが信頼していない独自の認証局で HTTPS 通信を署名し直しています。まれに、コンピューターの時計が狂っているか、Wi-Fi のログインページが通信を横取りしていることもあります。</translation>
    </message>
    <message>
        <source>Ask IT to install the company&apos;s root certificate in the system&apos;s certificate store (zoomdesk uses the operating system&apos;s store), check the date and time, or try another network. Do not turn certificate checks off.</source>
        <translation>会社のルート証明書をシステムの証明書ストアにインストールするよう IT 部門に依頼する（zoomdesk はオペレーティングシステムのストアを使います）、日付と時刻を確認する、または別のネットワークを試してください。証明書の検証は無効にしないでください。</translation>
    </message>
    <message>
        <source>The proxy refused or failed the connection</source>
        <translation>プロキシが接続を拒否したか、接続に失敗しました</translation>
    </message>
    <message>
        <source>zoomdesk goes through the proxy named in HTTPS_PROXY / HTTP_PROXY / ALL_PROXY, and that proxy could not be reached or would not connect to Zoom.</source>
        <translation>zoomdesk は HTTPS_PROXY / HTTP_PROXY / ALL_PROXY で指定されたプロキシを経由しますが、そのプロキシに到達できないか、プロキシが Zoom に接続しませんでした。</translation>
    </message>
    <message>
        <source>Check the proxy address and port in those environment variables (or remove them), whether the proxy needs a login, and NO_PROXY for hosts that must bypass it.</source>
        <translation>それらの環境変数にあるプロキシのアドレスとポートを確認する（または削除する）とともに、プロキシにログインが必要かどうか、プロキシを経由してはならないホストの NO_PROXY を確認してください。</translation>
    </message>
    <message>
        <source>The host name could not be found</source>
        <translation>ホスト名が見つかりませんでした</translation>
    </message>
    <message>
        <source>The computer could not look up the server&apos;s address: no network, a DNS problem, or a typo in the base URL.</source>
        <translation>コンピューターがサーバーのアドレスを調べられませんでした。ネットワークがない、DNS の問題、またはベース URL の入力ミスが考えられます。</translation>
    </message>
    <message>
        <source>Check the network connection and the OAuth / API URLs of the profile.</source>
        <translation>ネットワーク接続と、プロファイルの OAuth / API の URL を確認してください。</translation>
    </message>
    <message>
        <source>Nothing answered at that address</source>
        <translation>そのアドレスでは何も応答しませんでした</translation>
    </message>
    <message>
        <source>The connection was refused: the URL or port is wrong, the local sandbox is not running, or a firewall rejects it.</source>
        <translation>接続が拒否されました。URL またはポートが間違っている、ローカルのサンドボックスが動いていない、またはファイアウォールが拒否していることが考えられます。</translation>
    </message>
    <message>
        <source>Check the URL (https://zoom.us, https://api.zoom.us) and the network.</source>
        <translation>URL（https://zoom.us、https://api.zoom.us）とネットワークを確認してください。</translation>
    </message>
    <message>
        <source>The connection could not be opened</source>
        <translation>接続を開けませんでした</translation>
    </message>
    <message>
        <source>The network connection to the server failed before any data was sent.</source>
        <translation>データを送信する前に、サーバーへのネットワーク接続が失敗しました。</translation>
    </message>
    <message>
        <source>Check the network connection, firewall and proxy settings.</source>
        <translation>ネットワーク接続と、ファイアウォールおよびプロキシの設定を確認してください。</translation>
    </message>
    <message>
        <source>The server did not answer the connection in time</source>
        <translation>サーバーが時間内に接続に応答しませんでした</translation>
    </message>
    <message>
        <source>A firewall may be silently dropping the traffic, or the network is down.</source>
        <translation>ファイアウォールが通信を黙って破棄しているか、ネットワークが停止している可能性があります。</translation>
    </message>
    <message>
        <source>Check the network, or whether a proxy is required (HTTPS_PROXY).</source>
        <translation>ネットワークを確認するか、プロキシが必要かどうか（HTTPS_PROXY）を確認してください。</translation>
    </message>
    <message>
        <source>The server accepted the request but did not answer in time</source>
        <translation>サーバーはリクエストを受け付けましたが、時間内に応答しませんでした</translation>
    </message>
    <message>
        <source>Zoom (or a proxy in front of it) was too slow. The request may have been carried out.</source>
        <translation>Zoom（またはその手前のプロキシ）の応答が遅すぎました。リクエストは実行された可能性があります。</translation>
    </message>
    <message>
        <source>Retry reads. For a meeting that was being created, list the host&apos;s meetings before retrying, to avoid a duplicate.</source>
        <translation>読み取りは再試行してください。作成中だったミーティングについては、重複を避けるため、再試行の前にホストのミーティングを一覧で確認してください。</translation>
    </message>
    <message>
        <source>The connection closed before a full answer arrived</source>
        <translation>応答をすべて受け取る前に接続が閉じられました</translation>
    </message>
    <message>
        <source>The server or a proxy hung up mid-way. The request may have been carried out.</source>
        <translation>サーバーまたはプロキシが途中で切断しました。リクエストは実行された可能性があります。</translation>
    </message>
    <message>
        <source>Retry reads. For a create, check the meetings list first, to avoid a duplicate.</source>
        <translation>読み取りは再試行してください。作成の場合は、重複を避けるため、まずミーティングの一覧を確認してください。</translation>
    </message>
    <message>
        <source>The connection was reset</source>
        <translation>接続がリセットされました</translation>
    </message>
    <message>
        <source>The connection was cut by the network, a proxy or the server. The request may have been carried out.</source>
        <translation>ネットワーク、プロキシ、またはサーバーによって接続が切断されました。リクエストは実行された可能性があります。</translation>
    </message>
    <message>
        <source>Retry reads; for a create, check the meetings list first.</source>
        <translation>読み取りは再試行してください。作成の場合は、まずミーティングの一覧を確認してください。</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is about {hours} hours ahead of the server&apos;s</source>
        <translation>このコンピューターの時計はサーバーより約 {hours} 時間進んでいます</translation>
    </message>
    <message>
        <source>Error: {error}</source>
        <translation>エラー: {error}</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is about {hours} hours behind the server&apos;s</source>
        <translation>このコンピューターの時計はサーバーより約 {hours} 時間遅れています</translation>
    </message>
    <message>
        <source>The server&apos;s Date header and this computer&apos;s clock disagree by more than five minutes. A wrong clock breaks HTTPS certificate checks, makes token expiry times misleading, and confuses meeting start times.</source>
        <translation>サーバーの Date ヘッダーとこのコンピューターの時計が 5 分以上ずれています。時計が狂っていると、HTTPS 証明書の検証が失敗し、トークンの有効期限が当てにならなくなり、ミーティングの開始時刻も混乱します。</translation>
    </message>
    <message>
        <source>Turn on automatic date and time (network time) in the system settings.</source>
        <translation>システム設定で日付と時刻の自動設定（ネットワーク時刻）をオンにしてください。</translation>
    </message>
    <message>
        <source>The proxy in use: {proxy}.</source>
        <translation>使用中のプロキシ: {proxy}。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is about {minutes} minutes ahead of the server&apos;s</source>
        <translation>このコンピューターの時計はサーバーより約 {minutes} 分進んでいます</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is about {minutes} minutes behind the server&apos;s</source>
        <translation>このコンピューターの時計はサーバーより約 {minutes} 分遅れています</translation>
    </message>
    <message>
        <source>{proxy} (from {variable})</source>
        <translation>{proxy}（{variable} から）</translation>
    </message>
    <message>
        <source>Server Date: {time} UTC</source>
        <translation>サーバーの日時: {time} UTC</translation>
    </message>
    <message>
        <source>Sent at (this computer): {time} UTC</source>
        <translation>送信日時（このコンピューター）: {time} UTC</translation>
    </message>
    <message>
        <source>Proxy: {proxy}</source>
        <translation>プロキシ: {proxy}</translation>
    </message>
</context>
<context>
    <name>DoctorParse</name>
    <message>
        <source>got code</source>
        <translation>got のコード</translation>
    </message>
    <message>
        <source>C# code</source>
        <translation>C# のコード</translation>
    </message>
    <message>
        <source>PowerShell code</source>
        <translation>PowerShell のコード</translation>
    </message>
    <message>
        <source>Paste a cURL command (`curl -X POST https://zoom.us/oauth/token …`), a raw HTTP request (`POST /oauth/token HTTP/1.1` + headers + body), a HAR file, or code that calls Zoom (axios, fetch, got, requests, httpx, aiohttp, C# HttpClient, PowerShell Invoke-RestMethod).</source>
        <translation>cURL コマンド (`curl -X POST https://zoom.us/oauth/token …`)、生の HTTP リクエスト (`POST /oauth/token HTTP/1.1` + ヘッダー + 本文)、HAR ファイル、または Zoom を呼び出すコード (axios、fetch、got、requests、httpx、aiohttp、C# HttpClient、PowerShell Invoke-RestMethod) を貼り付けてください。</translation>
    </message>
    <message>
        <source>This is not a request zoomdesk can read. {help}</source>
        <translation>これは zoomdesk が読み取れるリクエストではありません。{help}</translation>
    </message>
    <message>
        <source>Nothing to check. {help}</source>
        <translation>確認する内容がありません。{help}</translation>
    </message>
    <message>
        <source>The URL {url} is not valid ({error}).</source>
        <translation>URL {url} は無効です ({error})。</translation>
    </message>
    <message>
        <source>axios code</source>
        <translation>axios のコード</translation>
    </message>
    <message>
        <source>Python code</source>
        <translation>Python のコード</translation>
    </message>
    <message>
        <source>fetch code</source>
        <translation>fetch のコード</translation>
    </message>
    <message>
        <source>No HTTP call with a URL the doctor can read was found in the code.</source>
        <translation>リクエスト診断が読み取れる URL を持つ HTTP 呼び出しがコード内に見つかりませんでした。</translation>
    </message>
    <message>
        <source>The base URL comes from {expression}; assumed {host}.</source>
        <translation>ベース URL は {expression} から来ています。{host} と見なしました。</translation>
    </message>
    <message>
        <source>This does not start with `curl`.</source>
        <translation>`curl` で始まっていません。</translation>
    </message>
    <message>
        <source>The cURL command has no URL.</source>
        <translation>cURL コマンドに URL がありません。</translation>
    </message>
    <message>
        <source>The credentials are in the URL (`https://id:secret@…`); curl sends them as Basic authorization, but URLs end up in shell history and logs. Use `-u` instead.</source>
        <translation>認証情報が URL に含まれています (`https://id:secret@…`)。curl はこれを Basic 認証として送信しますが、URL はシェルの履歴やログに残ります。代わりに `-u` を使ってください。</translation>
    </message>
    <message>
        <source>The cURL command has unbalanced quotes ({error}).</source>
        <translation>cURL コマンドの引用符が対応していません ({error})。</translation>
    </message>
    <message>
        <source>`{option}` is missing its value.</source>
        <translation>`{option}` の値がありません。</translation>
    </message>
    <message>
        <source>The URL is not valid ({error}).</source>
        <translation>URL が無効です ({error})。</translation>
    </message>
    <message>
        <source>The body is read from the file {file}; it could not be checked.</source>
        <translation>本文はファイル {file} から読み込まれるため、確認できませんでした。</translation>
    </message>
    <message>
        <source>`-k` turns off TLS certificate checks; never use it against Zoom.</source>
        <translation>`-k` は TLS 証明書の検証を無効にします。Zoom に対しては決して使わないでください。</translation>
    </message>
    <message>
        <source>This JSON has no `log.entries`, so it is not a HAR file.</source>
        <translation>この JSON には `log.entries` がないため、HAR ファイルではありません。</translation>
    </message>
    <message>
        <source>The HAR file has no requests.</source>
        <translation>HAR ファイルにリクエストがありません。</translation>
    </message>
    <message>
        <source>The HAR file nests JSON too deeply to be read.</source>
        <translation>HAR ファイルの JSON の入れ子が深すぎて読み取れません。</translation>
    </message>
    <message>
        <source>The HAR file is not valid JSON ({error}).</source>
        <translation>HAR ファイルが有効な JSON ではありません ({error})。</translation>
    </message>
    <message>
        <source>raw HTTP</source>
        <translation>生の HTTP</translation>
    </message>
    <message>
        <source>The first line is not an HTTP request line like `POST /oauth/token HTTP/1.1`.</source>
        <translation>1行目が `POST /oauth/token HTTP/1.1` のような HTTP リクエスト行ではありません。</translation>
    </message>
    <message>
        <source>The request has a path but no Host header, so the URL is unknown.</source>
        <translation>リクエストにパスはありますが Host ヘッダーがないため、URL がわかりません。</translation>
    </message>
    <message>
        <source>Line {number} is not a header (`Name: value`): {line}</source>
        <translation>{number} 行目はヘッダー (`Name: value`) ではありません: {line}</translation>
    </message>
    <message>
        <source>it uses URL-safe Base64 (- and _); use standard Base64 (+ and /)</source>
        <translation>URL セーフな Base64 (- と _) が使われています。正しくは標準の Base64 (+ と /)</translation>
    </message>
    <message>
        <source>its Base64 lacks the &apos;=&apos; padding at the end</source>
        <translation>Base64 の末尾に &apos;=&apos; のパディングがありません</translation>
    </message>
    <message>
        <source>the encoded text ends with a newline or space (for example `echo` without -n before base64)</source>
        <translation>エンコードされたテキストが改行または空白で終わっています (例: base64 の前の -n なしの `echo`)</translation>
    </message>
    <message>
        <source>the client ID part (before &apos;:&apos;) is empty</source>
        <translation>クライアントIDの部分 (&apos;:&apos; の前) が空です</translation>
    </message>
    <message>
        <source>nothing follows &apos;Basic&apos;</source>
        <translation>&apos;Basic&apos; の後に何もありません</translation>
    </message>
    <message>
        <source>the word &apos;Basic&apos; is repeated</source>
        <translation>&apos;Basic&apos; という語が重複しています</translation>
    </message>
    <message>
        <source>client_id:client_secret is written in clear; it must be Base64-encoded</source>
        <translation>client_id:client_secret が平文で書かれています。Base64 でエンコードする必要があります</translation>
    </message>
    <message>
        <source>it decodes to a single value with no &apos;:&apos; (only the client ID, or only the secret, was encoded)</source>
        <translation>デコードすると &apos;:&apos; のない単一の値になります (クライアントIDだけ、またはシークレットだけがエンコードされています)</translation>
    </message>
    <message>
        <source>the client secret part (after &apos;:&apos;) is empty</source>
        <translation>クライアントシークレットの部分 (&apos;:&apos; の後) が空です</translation>
    </message>
    <message>
        <source>the header is empty</source>
        <translation>ヘッダーが空です</translation>
    </message>
    <message>
        <source>it is not valid Base64</source>
        <translation>有効な Base64 ではありません</translation>
    </message>
    <message>
        <source>it is not valid Base64 of client_id:client_secret</source>
        <translation>client_id:client_secret の有効な Base64 ではありません</translation>
    </message>
    <message>
        <source>no token after &apos;Bearer&apos;</source>
        <translation>&apos;Bearer&apos; の後にトークンがありません</translation>
    </message>
    <message>
        <source>unknown scheme {scheme}</source>
        <translation>不明なスキーム {scheme}</translation>
    </message>
    <message>
        <source>no closing quotation for the quote at character {position}</source>
        <translation>{position} 文字目の引用符が閉じられていません</translation>
    </message>
    <message>
        <source>This is a binary file, not a request or a HAR file.</source>
        <translation>これはバイナリファイルです。リクエストや HAR ファイルではありません。</translation>
    </message>
    <message>
        <source>The file starts like UTF-16 text but is not.</source>
        <translation>このファイルは UTF-16 テキストのように始まりますが、UTF-16 ではありません。</translation>
    </message>
</context>
<context>
    <name>DoctorRender</name>
    <message>
        <source>… ({count} more characters not shown)</source>
        <translation>…（ほかに {count} 文字を省略）</translation>
    </message>
    <message>
        <source>{names}, … ({count} more)</source>
        <translation>{names}、…（ほかに {count} 件）</translation>
    </message>
    <message>
        <source>… ({count} more headers not shown)</source>
        <translation>…（ほかに {count} 個のヘッダーを省略）</translation>
    </message>
    <message>
        <source>nowhere (no query string, empty body)</source>
        <translation>どこにもない（クエリ文字列なし、本文は空）</translation>
    </message>
    <message>
        <source>(empty body)</source>
        <translation>（本文は空）</translation>
    </message>
    <message>
        <source>JSON body (empty object)</source>
        <translation>JSON の本文（空のオブジェクト）</translation>
    </message>
    <message>
        <source>query string ({names})</source>
        <translation>クエリ文字列（{names}）</translation>
    </message>
    <message>
        <source>form body ({names})</source>
        <translation>フォーム形式の本文（{names}）</translation>
    </message>
    <message>
        <source>JSON body ({names})</source>
        <translation>JSON の本文（{names}）</translation>
    </message>
    <message>
        <source>body (unrecognised format)</source>
        <translation>本文（形式を認識できません）</translation>
    </message>
</context>
<context>
    <name>DoctorReplay</name>
    <message>
        <source>Replay both against the &amp;sandbox</source>
        <translation>両方をサンドボックスで再送信(&amp;S)</translation>
    </message>
    <message>
        <source>Replay both requests against the sandbox</source>
        <translation>両方のリクエストをサンドボックスで再送信</translation>
    </message>
    <message>
        <source>Replay both against &amp;Zoom…</source>
        <translation>両方を Zoom で再送信(&amp;Z)…</translation>
    </message>
    <message>
        <source>Replay both requests against Zoom</source>
        <translation>両方のリクエストを Zoom で再送信</translation>
    </message>
    <message>
        <source>Your credentials are never sent: the target&apos;s own (the sandbox&apos;s, or your connection&apos;s) replace them wherever they travelled, so the replay tests the shape of the request. Against Zoom, two real requests are made.</source>
        <translation>貼り付けた認証情報は送信されません。送信先の認証情報（サンドボックスのもの、または現在の接続のもの）がどこにあっても置き換わるため、再送信ではリクエストの形だけを確認します。Zoom に対しては実際のリクエストが 2 件送信されます。</translation>
    </message>
    <message>
        <source>Nothing replayed yet.</source>
        <translation>まだ再送信していません。</translation>
    </message>
    <message>
        <source>Replay status</source>
        <translation>再送信の状況</translation>
    </message>
    <message>
        <source>Outcome of your request</source>
        <translation>元のリクエストの結果</translation>
    </message>
    <message>
        <source>Outcome of the corrected request</source>
        <translation>修正後のリクエストの結果</translation>
    </message>
    <message>
        <source>&lt;b&gt;{method} {path} → {outcome}&lt;/b&gt; — failed</source>
        <translation>&lt;b&gt;{method} {path} → {outcome}&lt;/b&gt; — 失敗</translation>
    </message>
    <message>
        <source>&lt;b&gt;{method} {path} → {outcome}&lt;/b&gt; — worked</source>
        <translation>&lt;b&gt;{method} {path} → {outcome}&lt;/b&gt; — 成功</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>元のリクエスト</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>修正後</translation>
    </message>
    <message>
        <source>Replayed against {target}.</source>
        <translation>{target} で再送信しました。</translation>
    </message>
    <message>
        <source>Replaying the requests</source>
        <translation>リクエストの再送信</translation>
    </message>
    <message>
        <source>the sandbox</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <source>Replay against Zoom?</source>
        <translation>Zoom で再送信しますか？</translation>
    </message>
    <message>
        <source>the current connection ({url})</source>
        <translation>現在の接続（{url}）</translation>
    </message>
    <message>
        <source>Zoom ({url})</source>
        <translation>Zoom（{url}）</translation>
    </message>
    <message>
        <source>Connect with a stored profile first</source>
        <translation>先に保存済みのプロファイルで接続してください</translation>
    </message>
    <message>
        <source>Send both requests to {url}?</source>
        <translation>両方のリクエストを {url} に送信しますか？</translation>
    </message>
    <message>
        <source>They are sent with the current connection&apos;s credentials (client ID {client_id}), not the ones you pasted. This makes two real requests to Zoom.</source>
        <translation>貼り付けた認証情報ではなく、現在の接続の認証情報（クライアントID {client_id}）で送信します。Zoom に実際のリクエストが 2 件送信されます。</translation>
    </message>
    <message>
        <source>Sending both requests to {target}…</source>
        <translation>両方のリクエストを {target} に送信しています…</translation>
    </message>
    <message>
        <source>Replayed against {target}: yours → {yours}; corrected → {fixed}.</source>
        <translation>{target} で再送信しました：元のリクエスト → {yours}、修正後 → {fixed}。</translation>
    </message>
    <message>
        <source>Sends both requests to {url} with the current connection&apos;s credentials</source>
        <translation>現在の接続の認証情報で両方のリクエストを {url} に送信します</translation>
    </message>
</context>
<context>
    <name>DoctorResponses</name>
    <message>
        <source>Zoom limits requests per second per account (shared by all its apps). This is short-lived: zoomdesk waits and retries a few times by itself.</source>
        <translation>Zoom はアカウントごとに1秒あたりのリクエスト数を制限しています (アカウントのすべてのアプリで共有)。これは一時的なもので、zoomdesk が自動で待機し、何回か再試行します。</translation>
    </message>
    <message>
        <source>Zoom: {message}</source>
        <translation>Zoom: {message}</translation>
    </message>
    <message>
        <source>Too many requests per second (Zoom&apos;s per-second rate limit)</source>
        <translation>1秒あたりのリクエストが多すぎます (Zoom の1秒あたりのレート制限)</translation>
    </message>
    <message>
        <source>Nothing to do unless it keeps happening; then run fewer things at once.</source>
        <translation>繰り返し起きない限り対処は不要です。繰り返す場合は、同時に実行する処理を減らしてください。</translation>
    </message>
    <message>
        <source>in {hours} h {minutes} min</source>
        <translation>あと {hours} 時間 {minutes} 分</translation>
    </message>
    <message>
        <source>in {minutes} min {seconds} s</source>
        <translation>あと {minutes} 分 {seconds} 秒</translation>
    </message>
    <message>
        <source>This host reached Zoom&apos;s limit of 100 meeting creates/updates a day</source>
        <translation>このホストは Zoom の1日あたり100件のミーティング作成/更新の上限に達しました</translation>
    </message>
    <message>
        <source>Wait until the reset, or spread the work over other host users.</source>
        <translation>リセットまで待つか、作業を他のホストに分散してください。</translation>
    </message>
    <message>
        <source>The account reached Zoom&apos;s daily limit for this kind of call</source>
        <translation>アカウントがこの種類の呼び出しに対する Zoom の1日の上限に達しました</translation>
    </message>
    <message>
        <source>Wait until the reset time. If it happens often, reduce how often the data is reloaded, or ask Zoom about a higher plan.</source>
        <translation>リセット時刻まで待ってください。頻繁に起きる場合は、データを再読み込みする頻度を減らすか、上位プランについて Zoom に問い合わせてください。</translation>
    </message>
    <message>
        <source>Zoom asked to wait until {time} UTC ({seconds} s).</source>
        <translation>Zoom から {time} UTC まで待つよう指示がありました ({seconds} 秒)。</translation>
    </message>
    <message>
        <source>Zoom allows 100 create or update requests per day for the meetings of one host user. It resets at 00:00 UTC: {reset}.</source>
        <translation>Zoom では、1人のホストのミーティングについて作成または更新のリクエストは1日100件までです。上限は 00:00 UTC にリセットされます: {reset}。</translation>
    </message>
    <message>
        <source>Daily limits are shared by every app of the Zoom account and depend on the plan. Retrying now will not help; calls work again at {reset}.</source>
        <translation>1日の上限は Zoom アカウントのすべてのアプリで共有され、プランによって異なります。今再試行しても効果はありません。呼び出しは {reset} に再び使えるようになります。</translation>
    </message>
    <message>
        <source>list users</source>
        <translation>ユーザー一覧の取得</translation>
    </message>
    <message>
        <source>list meetings</source>
        <translation>ミーティング一覧の取得</translation>
    </message>
    <message>
        <source>create meeting</source>
        <translation>ミーティングの作成</translation>
    </message>
    <message>
        <source>get user</source>
        <translation>ユーザーの取得</translation>
    </message>
    <message>
        <source>get meeting</source>
        <translation>ミーティングの取得</translation>
    </message>
    <message>
        <source>update meeting</source>
        <translation>ミーティングの更新</translation>
    </message>
    <message>
        <source>delete meeting</source>
        <translation>ミーティングの削除</translation>
    </message>
    <message>
        <source>Scopes are granted to the app, not to the user; they can also disappear when the app owner&apos;s role changes.</source>
        <translation>スコープはユーザーではなくアプリに付与されます。アプリ所有者のロールが変わると、スコープがなくなることもあります。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>In the Zoom App Marketplace ▸ Manage ▸ your app ▸ Scopes, add the scope, save, then get a new token (the old one keeps the old scopes).</source>
        <translation>Zoom App Marketplace ▸ Manage ▸ ご自分のアプリ ▸ Scopes でスコープを追加して保存し、新しいトークンを取得してください (古いトークンには古いスコープが残ります)。</translation>
    </message>
    <message>
        <source>Zoom refused the access token</source>
        <translation>Zoom がアクセストークンを拒否しました</translation>
    </message>
    <message>
        <source>The token is not valid for this API: cut off when copied, from another app or account, revoked, or the app was deactivated.</source>
        <translation>このトークンはこの API では無効です。コピー時に途中で切れた、別のアプリやアカウントのもの、取り消された、またはアプリが無効化された可能性があります。</translation>
    </message>
    <message>
        <source>Get a new token; if it keeps failing, check the app is still activated.</source>
        <translation>新しいトークンを取得してください。それでも失敗する場合は、アプリがまだ有効化されているか確認してください。</translation>
    </message>
    <message>
        <source>Correct the named fields (lengths: topic 200, agenda 2000, passcode 10 characters of A-Z a-z 0-9 @ - _ *) and send again.</source>
        <translation>示されたフィールドを修正して再送信してください (長さ: トピック 200、議題 2000、パスコードは A-Z a-z 0-9 @ - _ * の 10 文字)。</translation>
    </message>
    <message>
        <source>a scope</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Zoom refuses access tokens sent in the query string</source>
        <translation>Zoom はクエリ文字列で送られたアクセストークンを拒否します</translation>
    </message>
    <message>
        <source>Since February 2023 the token must travel in the Authorization header.</source>
        <translation>2023年2月以降、トークンは Authorization ヘッダーで送る必要があります。</translation>
    </message>
    <message>
        <source>Send `Authorization: Bearer &lt;token&gt;` and remove ?access_token=….</source>
        <translation>`Authorization: Bearer &lt;token&gt;` を送信し、?access_token=… を削除してください。</translation>
    </message>
    <message>
        <source>The access token has expired</source>
        <translation>アクセストークンの有効期限が切れています</translation>
    </message>
    <message>
        <source>Server-to-Server tokens last one hour and have no refresh token: a new one must be requested with the same account_credentials grant. zoomdesk does this by itself once when Zoom says the token expired.</source>
        <translation>Server-to-Server のトークンの有効期間は1時間で、リフレッシュトークンはありません。同じ account_credentials グラントで新しいトークンを要求する必要があります。Zoom がトークンの期限切れを伝えると、zoomdesk は一度だけ自動でこれを行います。</translation>
    </message>
    <message>
        <source>Get a new token (the button in Token status). Code that fetches a token once at start-up must fetch a new one before the hour is up.</source>
        <translation>新しいトークンを取得してください (トークンの状態にあるボタン)。起動時に一度だけトークンを取得するコードは、1時間が経つ前に新しいトークンを取得する必要があります。</translation>
    </message>
    <message>
        <source>Zoom named no field.</source>
        <translation>Zoom はフィールドを示しませんでした。</translation>
    </message>
    <message>
        <source>Zoom rejected the request&apos;s values</source>
        <translation>Zoom がリクエストの値を拒否しました</translation>
    </message>
    <message>
        <source>The access token lacks the scope this call needs ({scopes})</source>
        <translation>アクセストークンに、この呼び出しに必要なスコープがありません ({scopes})</translation>
    </message>
    <message>
        <source>Zoom: HTTP {status}, code {code}: {message}</source>
        <translation>Zoom: HTTP {status}、コード {code}: {message}</translation>
    </message>
    <message>
        <source>The user ID or email does not exist, or belongs to another Zoom account than the one the app is in. With Server-to-Server apps, &apos;me&apos; is the app&apos;s owner.</source>
        <translation>ユーザー ID またはメールアドレスが存在しないか、アプリとは別の Zoom アカウントに属しています。Server-to-Server アプリでは、&apos;me&apos; はアプリの所有者です。</translation>
    </message>
    <message>
        <source>Pick the host from the account&apos;s users list (GET /users) and use its ID or email.</source>
        <translation>アカウントのユーザー一覧 (GET /users) からホストを選び、その ID またはメールアドレスを使ってください。</translation>
    </message>
    <message>
        <source>It was deleted, has ended and expired, the ID is mistyped (meeting IDs are long: 10 or 11 digits), or it belongs to another account.</source>
        <translation>削除された、終了して期限切れになった、ID の入力ミス (ミーティングIDは10桁または11桁と長めです)、または別のアカウントのものです。</translation>
    </message>
    <message>
        <source>Reload the meetings list and pick the meeting again.</source>
        <translation>ミーティング一覧を再読み込みし、ミーティングをもう一度選んでください。</translation>
    </message>
    <message>
        <source>These are the retired JWT app&apos;s API key and secret</source>
        <translation>これは廃止された JWT アプリの API キーとシークレットです</translation>
    </message>
    <message>
        <source>Zoom&apos;s JWT apps were retired in 2023. The message comes from sending a JWT app&apos;s key and secret.</source>
        <translation>Zoom の JWT アプリは2023年に廃止されました。このメッセージは JWT アプリのキーとシークレットを送信したときに返されます。</translation>
    </message>
    <message>
        <source>Create a Server-to-Server OAuth app and use its credentials.</source>
        <translation>Server-to-Server OAuth アプリを作成し、その認証情報を使ってください。</translation>
    </message>
    <message>
        <source>Zoom refused: no permission for this</source>
        <translation>Zoom が拒否しました: この操作の権限がありません</translation>
    </message>
    <message>
        <source>The app or its owner&apos;s role lacks the permission, or the account&apos;s settings forbid it.</source>
        <translation>アプリまたはその所有者のロールに権限がないか、アカウントの設定で禁止されています。</translation>
    </message>
    <message>
        <source>Check the app owner&apos;s role and the account settings in the Zoom web portal.</source>
        <translation>Zoom Web ポータルで、アプリ所有者のロールとアカウントの設定を確認してください。</translation>
    </message>
    <message>
        <source>Zoom did not find this path</source>
        <translation>Zoom でこのパスが見つかりません</translation>
    </message>
    <message>
        <source>Either the object does not exist, or the URL is wrong (missing /v2, a typo, a wrong API host).</source>
        <translation>オブジェクトが存在しないか、URL が間違っています (/v2 がない、入力ミス、API ホストの誤り)。</translation>
    </message>
    <message>
        <source>Compare the URL with Zoom&apos;s API reference: https://api.zoom.us/v2/….</source>
        <translation>URL を Zoom の API リファレンスと比べてください: https://api.zoom.us/v2/….</translation>
    </message>
    <message>
        <source>The problem is on the server side, not in the request. A create that got a 500 may still have been carried out.</source>
        <translation>問題はリクエストではなくサーバー側にあります。500 が返された作成処理も、実際には実行されている可能性があります。</translation>
    </message>
    <message>
        <source>Wait and retry reads; for a create, list the meetings first. See https://status.zoom.us.</source>
        <translation>しばらく待って読み取りを再試行してください。作成の場合は、先にミーティング一覧を確認してください。https://status.zoom.us を参照してください。</translation>
    </message>
    <message>
        <source>Zoom says the token lacks: {scopes}.</source>
        <translation>Zoom によると、トークンに次のスコープがありません: {scopes}。</translation>
    </message>
    <message>
        <source>Zoom&apos;s validation failed ({message}).</source>
        <translation>Zoom の検証に失敗しました ({message})。</translation>
    </message>
    <message>
        <source>Fields: {fields}.</source>
        <translation>フィールド: {fields}。</translation>
    </message>
    <message>
        <source>Zoom rejected a value: {fields}</source>
        <translation>Zoom が値を拒否しました: {fields}</translation>
    </message>
    <message>
        <source>To {operation}, add the classic scope {scope}.</source>
        <translation>「{operation}」には、クラシックスコープ {scope} を追加してください。</translation>
    </message>
    <message>
        <source>Zoom knows no user {user} in this account</source>
        <translation>このアカウントにユーザー {user} は存在しません</translation>
    </message>
    <message>
        <source>Meeting {meeting} was not found</source>
        <translation>ミーティング {meeting} が見つかりません</translation>
    </message>
    <message>
        <source>Zoom (or a proxy) failed with HTTP {status}</source>
        <translation>Zoom (またはプロキシ) が HTTP {status} で失敗しました</translation>
    </message>
    <message>
        <source>To {operation}, add the granular scope {scope}.</source>
        <translation>「{operation}」には、グラニュラースコープ {scope} を追加してください。</translation>
    </message>
    <message>
        <source>To {operation}, add {granular} (granular scopes, apps made since April 2024) or {classic} (classic scopes, older apps).</source>
        <translation>「{operation}」には、{granular} (グラニュラースコープ、2024年4月以降に作成されたアプリ) または {classic} (クラシックスコープ、それ以前のアプリ) を追加してください。</translation>
    </message>
    <message>
        <source>Token scopes: {scopes}</source>
        <translation>トークンのスコープ: {scopes}</translation>
    </message>
    <message>
        <source>Zoom App Marketplace ▸ Manage ▸ your Server-to-Server OAuth app ▸ App Credentials</source>
        <translation>Zoom App Marketplace ▸ Manage ▸ ご自分の Server-to-Server OAuth アプリ ▸ App Credentials</translation>
    </message>
    <message>
        <source>Zoom&apos;s generic token error</source>
        <translation>Zoom の一般的なトークンエラー</translation>
    </message>
    <message>
        <source>invalid client ID or secret</source>
        <translation>クライアントIDまたはクライアントシークレットが無効</translation>
    </message>
    <message>
        <source>grant type not supported</source>
        <translation>サポートされていないグラントタイプ</translation>
    </message>
    <message>
        <source>client ID, secret or grant type missing</source>
        <translation>クライアントID、クライアントシークレットまたはグラントタイプがありません</translation>
    </message>
    <message>
        <source>redirect URI mismatch</source>
        <translation>リダイレクト URI の不一致</translation>
    </message>
    <message>
        <source>refresh token invalid or scope mismatch</source>
        <translation>リフレッシュトークンが無効か、スコープが一致しません</translation>
    </message>
    <message>
        <source>the app has been disabled</source>
        <translation>アプリが無効化されています</translation>
    </message>
    <message>
        <source>Response: HTTP {status} {reason} (no JSON body)</source>
        <translation>応答: HTTP {status} {reason} (JSON の本文なし)</translation>
    </message>
    <message>
        <source>Response: HTTP {status} {body}</source>
        <translation>応答: HTTP {status} {body}</translation>
    </message>
    <message>
        <source>Zoom answered {answer}: it did not find the parameters where it reads them.</source>
        <translation>Zoom の応答は {answer} でした。Zoom が読み取る場所にパラメーターが見つかりませんでした。</translation>
    </message>
    <message>
        <source>Zoom did not accept the client ID or client secret</source>
        <translation>Zoom がクライアントIDまたはクライアントシークレットを受け付けませんでした</translation>
    </message>
    <message>
        <source>These credentials cannot use the account_credentials grant</source>
        <translation>この認証情報では account_credentials グラントを使えません</translation>
    </message>
    <message>
        <source>Zoom answered unsupported_grant_type to a well-formed request. The credentials belong to another kind of Zoom app (General/OAuth, Meeting SDK, Zoom Apps): only a Server-to-Server OAuth app may use account_credentials. It also happens when the steps for user OAuth are followed with Server-to-Server credentials.</source>
        <translation>正しい形式のリクエストに対して Zoom は unsupported_grant_type と応答しました。この認証情報は別の種類の Zoom アプリ (General/OAuth、Meeting SDK、Zoom Apps) のものです。account_credentials を使えるのは Server-to-Server OAuth アプリだけです。ユーザー OAuth の手順を Server-to-Server の認証情報で行った場合にも起こります。</translation>
    </message>
    <message>
        <source>In the Zoom App Marketplace, Develop ▸ Build App ▸ Server-to-Server OAuth; activate it and use its Account ID, Client ID and Client Secret.</source>
        <translation>Zoom App Marketplace で Develop ▸ Build App ▸ Server-to-Server OAuth を選び、アプリを有効化して、その Account ID、Client ID、Client Secret を使ってください。</translation>
    </message>
    <message>
        <source>Zoom did not accept the account ID</source>
        <translation>Zoom がアカウントIDを受け付けませんでした</translation>
    </message>
    <message>
        <source>The request has the right shape and the credentials were not refused, so the account_id is the likely culprit: it must be the Account ID shown on the app&apos;s App Credentials page (not the client ID, not a user ID or email).</source>
        <translation>リクエストの形式は正しく、認証情報も拒否されていないため、原因はおそらく account_id です。アプリの App Credentials ページに表示される Account ID である必要があります (クライアントIDやユーザー ID、メールアドレスではありません)。</translation>
    </message>
    <message>
        <source>Zoom answered invalid_grant</source>
        <translation>Zoom の応答は invalid_grant でした</translation>
    </message>
    <message>
        <source>Zoom rejected the grant. Server-to-Server apps use grant_type=account_credentials with an account_id; refresh tokens and authorization codes belong to other app types.</source>
        <translation>Zoom がグラントを拒否しました。Server-to-Server アプリは account_id とともに grant_type=account_credentials を使います。リフレッシュトークンや認可コードは別の種類のアプリのものです。</translation>
    </message>
    <message>
        <source>Use grant_type=account_credentials.</source>
        <translation>grant_type=account_credentials を使ってください。</translation>
    </message>
    <message>
        <source>The Zoom app has been disabled</source>
        <translation>Zoom アプリが無効化されています</translation>
    </message>
    <message>
        <source>Zoom answered 4717: the app was deactivated or disabled by an admin.</source>
        <translation>Zoom の応答は 4717 でした。アプリが管理者によって無効化されています。</translation>
    </message>
    <message>
        <source>Re-activate it in Zoom App Marketplace ▸ Manage ▸ your Server-to-Server OAuth app ▸ Activation.</source>
        <translation>Zoom App Marketplace ▸ Manage ▸ ご自分の Server-to-Server OAuth アプリ ▸ Activation で再度有効化してください。</translation>
    </message>
    <message>
        <source>Zoom&apos;s sign-in service is unavailable</source>
        <translation>Zoom のサインインサービスを利用できません</translation>
    </message>
    <message>
        <source>Wait a few minutes and try again; check https://status.zoom.us.</source>
        <translation>数分待ってからもう一度お試しください。https://status.zoom.us も確認してください。</translation>
    </message>
    <message>
        <source>Zoom gave no further detail.</source>
        <translation>Zoom からそれ以上の詳細はありませんでした。</translation>
    </message>
    <message>
        <source>Zoom answered {status} invalid_client (Zoom uses 400 here, not 401). The client ID or secret is wrong, has a stray space, belongs to another app, was regenerated since it was copied, or the app is not activated yet (a Server-to-Server app issues no tokens until it is activated).</source>
        <translation>Zoom の応答は {status} invalid_client でした (Zoom はここで 401 ではなく 400 を使います)。クライアントIDまたはクライアントシークレットが間違っている、余分な空白がある、別のアプリのものである、コピー後に再生成された、またはアプリがまだ有効化されていません (Server-to-Server アプリは有効化されるまでトークンを発行しません)。</translation>
    </message>
    <message>
        <source>Open {page}; copy the Client ID and Client Secret again, and check the Activation page says the app is activated.</source>
        <translation>{page} を開き、Client ID と Client Secret をもう一度コピーして、Activation ページでアプリが有効化されていることを確認してください。</translation>
    </message>
    <message>
        <source>Copy the Account ID from {page} into the profile (or account_id=…).</source>
        <translation>{page} の Account ID をプロファイル (または account_id=…) にコピーしてください。</translation>
    </message>
    <message>
        <source>The token endpoint answered {status}: the problem is on Zoom&apos;s side (or a proxy&apos;s), not in the request.</source>
        <translation>トークンのエンドポイントは {status} と応答しました。問題はリクエストではなく、Zoom (またはプロキシ) 側にあります。</translation>
    </message>
    <message>
        <source>Zoom refused the token request: {meaning} (code {code})</source>
        <translation>Zoom がトークンのリクエストを拒否しました: {meaning} (コード {code})</translation>
    </message>
    <message>
        <source>Check the app&apos;s credentials and status on {page}.</source>
        <translation>{page} でアプリの認証情報と状態を確認してください。</translation>
    </message>
</context>
<context>
    <name>DoctorReview</name>
    <message>
        <source>No HTTP call with a URL the doctor can read was found in the code.</source>
        <translation>リクエスト診断が読み取れる URL を持つ HTTP 呼び出しが、コード内に見つかりませんでした。</translation>
    </message>
</context>
<context>
    <name>DoctorSchema</name>
    <message>
        <source>`{name}` must be an array</source>
        <translation>`{name}` は配列でなければなりません</translation>
    </message>
    <message>
        <source>Send `{name}` as an array.</source>
        <translation>`{name}` は配列として送ってください。</translation>
    </message>
    <message>
        <source>This path takes {methods}; Zoom answers {method} with 404 or 405.</source>
        <translation>このパスで使えるのは {methods} です。{method} に対して Zoom は 404 または 405 を返します。</translation>
    </message>
    <message>
        <source>To change a meeting use PATCH (Zoom has no PUT for meetings).</source>
        <translation>ミーティングを変更するには PATCH を使ってください（Zoom にはミーティングの PUT はありません）。</translation>
    </message>
    <message>
        <source>Use {methods} or {method}.</source>
        <translation>{methods} または {method} を使用してください。</translation>
    </message>
    <message>
        <source>`{name}` must be a string</source>
        <translation>`{name}` は文字列でなければなりません</translation>
    </message>
    <message>
        <source>Send `{name}` as a string.</source>
        <translation>`{name}` は文字列として送ってください。</translation>
    </message>
    <message>
        <source>`{name}` must be a whole number</source>
        <translation>`{name}` は整数でなければなりません</translation>
    </message>
    <message>
        <source>Send `{name}` as a whole number.</source>
        <translation>`{name}` は整数として送ってください。</translation>
    </message>
    <message>
        <source>`{name}` must be true or false</source>
        <translation>`{name}` は true または false でなければなりません</translation>
    </message>
    <message>
        <source>Send `{name}` as true or false.</source>
        <translation>`{name}` は true または false として送ってください。</translation>
    </message>
    <message>
        <source>`{name}` must be an object</source>
        <translation>`{name}` はオブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>Send `{name}` as an object.</source>
        <translation>`{name}` はオブジェクトとして送ってください。</translation>
    </message>
    <message>
        <source>Zoom has no meeting field `{name}`; did you mean `{near}`?</source>
        <translation>Zoom にミーティングのフィールド `{name}` はありません。`{near}` のことですか？</translation>
    </message>
    <message>
        <source>Use `{near}`.</source>
        <translation>`{near}` を使用してください。</translation>
    </message>
    <message>
        <source>Zoom has no meeting field `{name}`</source>
        <translation>Zoom にミーティングのフィールド `{name}` はありません</translation>
    </message>
    <message>
        <source>Remove it, or check the field in Zoom&apos;s API reference.</source>
        <translation>削除するか、Zoom の API リファレンスでフィールドを確認してください。</translation>
    </message>
    <message>
        <source>`start_time` ends in Z (UTC) and a `timezone` is also sent</source>
        <translation>`start_time` が Z（UTC）で終わっているうえ、`timezone` も送られています</translation>
    </message>
    <message>
        <source>With a Z, Zoom reads the time as UTC and uses `timezone` only for display: a 10:00 meant in the meeting&apos;s zone starts at 10:00 UTC instead. The classic cause is a naive local time formatted with a Z (`toISOString()`, `strftime(&apos;…Z&apos;)`).</source>
        <translation>Z が付いていると、Zoom は時刻を UTC として読み、`timezone` は表示にしか使いません。ミーティングのタイムゾーンで 10:00 のつもりが、UTC の 10:00 に始まってしまいます。よくある原因は、タイムゾーンのないローカル時刻を Z 付きで書式化することです（`toISOString()`、`strftime(&apos;…Z&apos;)`）。</translation>
    </message>
    <message>
        <source>Either send the local time without Z (`2026-03-01T10:00:00`) with `timezone`, or convert to UTC yourself and keep the Z.</source>
        <translation>Z なしのローカル時刻（`2026-03-01T10:00:00`）を `timezone` と一緒に送るか、自分で UTC に変換して Z を付けたままにしてください。</translation>
    </message>
    <message>
        <source>Zoom answers an unknown path with 404 (or 300 `Invalid api`). Paths are case-sensitive and plural (`users`, `meetings`).</source>
        <translation>不明なパスに対して Zoom は 404（または 300 `Invalid api`）を返します。パスは大文字と小文字を区別し、複数形です（`users`、`meetings`）。</translation>
    </message>
    <message>
        <source>Use {method}.</source>
        <translation>{method} を使用してください。</translation>
    </message>
    <message>
        <source>Zoom ignores fields it does not know, so this value is silently lost.</source>
        <translation>Zoom は知らないフィールドを無視するため、この値は何も知らされずに失われます。</translation>
    </message>
    <message>
        <source>Zoom answers 300 (validation failed) and creates or changes nothing.</source>
        <translation>Zoom は 300（検証に失敗）を返し、何も作成・変更しません。</translation>
    </message>
    <message>
        <source>Correct the value.</source>
        <translation>値を修正してください。</translation>
    </message>
    <message>
        <source>`type` is 8 (recurring, fixed time) but there is no `recurrence`</source>
        <translation>`type` は 8（定期、固定時刻）ですが、`recurrence` がありません</translation>
    </message>
    <message>
        <source>Zoom needs the pattern (`recurrence.type`, `repeat_interval`, an end) for a recurring meeting with a fixed time; without it the call fails with 300.</source>
        <translation>固定時刻の定期ミーティングには、繰り返しのパターン（`recurrence.type`、`repeat_interval`、終了条件）が必要です。ないと呼び出しは 300 で失敗します。</translation>
    </message>
    <message>
        <source>Add `recurrence`, or use type 3 (recurring, no fixed time).</source>
        <translation>`recurrence` を追加するか、タイプ 3（定期、固定時刻なし）を使用してください。</translation>
    </message>
    <message>
        <source>Zoom ignores `recurrence` unless `type` is 8 (or 3): the meeting is created once, not as a series.</source>
        <translation>`type` が 8（または 3）でない限り、Zoom は `recurrence` を無視します。ミーティングはシリーズではなく 1 回だけ作成されます。</translation>
    </message>
    <message>
        <source>Send `type: 8` with the recurrence.</source>
        <translation>繰り返し設定と一緒に `type: 8` を送ってください。</translation>
    </message>
    <message>
        <source>{method} is not a method of {path}</source>
        <translation>{method} は {path} のメソッドではありません</translation>
    </message>
    <message>
        <source>Zoom has no {path}; the closest known path is {near}</source>
        <translation>Zoom に {path} はありません。最も近い既知のパスは {near} です</translation>
    </message>
    <message>
        <source>Use {call}.</source>
        <translation>{call} を使用してください。</translation>
    </message>
    <message>
        <source>It is {value}; Zoom answers 300 (validation failed) for a wrong type.</source>
        <translation>値は {value} です。型が違うと Zoom は 300（検証に失敗）を返します。</translation>
    </message>
    <message>
        <source>`recurrence` is sent with `type` {type}, which is not recurring</source>
        <translation>`recurrence` が、定期ではない `type` {type} と一緒に送られています</translation>
    </message>
</context>
<context>
    <name>DoctorToken</name>
    <message>
        <source>client_credentials is the grant of other OAuth servers and of Zoom&apos;s chatbot apps, not of Server-to-Server apps.</source>
        <translation>client_credentials は他の OAuth サーバーや Zoom のチャットボットアプリのグラントで、Server-to-Server アプリのものではありません。</translation>
    </message>
    <message>
        <source>authorization_code is the user-authorised OAuth flow (a General app with a redirect URL), not Server-to-Server.</source>
        <translation>authorization_code はユーザーが認可する OAuth フロー（リダイレクト URL を持つ General アプリ）で、Server-to-Server ではありません。</translation>
    </message>
    <message>
        <source>Server-to-Server apps get no refresh token; ask for a new token with the same grant instead.</source>
        <translation>Server-to-Server アプリにはリフレッシュトークンがありません。代わりに同じグラントで新しいトークンを要求してください。</translation>
    </message>
    <message>
        <source>In axios, `{params}` always goes into the URL&apos;s query string, even on a POST. That is what the reply in the forum thread suggested, and it is the same mistake.</source>
        <translation>axios では、`{params}` は POST でも必ず URL のクエリ文字列に入ります。フォーラムのスレッドの回答が勧めていたのはこの方法で、同じ間違いです。</translation>
    </message>
    <message>
        <source>axios `params:` put the token parameters in the query string</source>
        <translation>axios の `params:` により、トークンのパラメーターがクエリ文字列に入っています</translation>
    </message>
    <message>
        <source>The token parameters travelled in the query string, not in the body</source>
        <translation>トークンのパラメーターが本文ではなくクエリ文字列で送られました</translation>
    </message>
    <message>
        <source>{name} was sent in the URL&apos;s query string ({example}) and not in the request body.</source>
        <translation>{name} はリクエストの本文ではなく、URL のクエリ文字列（{example}）で送られました。</translation>
    </message>
    <message>
        <source>{name} and {other} were sent in the URL&apos;s query string ({example}) and not in the request body.</source>
        <translation>{name} と {other} はリクエストの本文ではなく、URL のクエリ文字列（{example}）で送られました。</translation>
    </message>
    <message>
        <source>Zoom&apos;s older docs showed this form, but Zoom now answers such requests with a bare `400 Bad Request` (invalid_request or unsupported_grant_type). An empty body with a form Content-Type is exactly what broke working integrations in 2024.</source>
        <translation>Zoom の古いドキュメントにはこの形が載っていましたが、現在 Zoom はこうしたリクエストに `400 Bad Request`（invalid_request または unsupported_grant_type）だけを返します。フォームの Content-Type で本文が空というのは、まさに 2024 年に動いていた連携を壊した原因です。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Zoom&apos;s token endpoint only issues tokens for POST requests.</source>
        <translation>Zoom のトークンエンドポイントは POST リクエストに対してのみトークンを発行します。</translation>
    </message>
    <message>
        <source>Send `POST /oauth/token`.</source>
        <translation>`POST /oauth/token` を送ってください。</translation>
    </message>
    <message>
        <source>The token request has a JSON body; Zoom expects a form body</source>
        <translation>トークンのリクエストの本文が JSON です。Zoom はフォーム形式の本文を受け付けます</translation>
    </message>
    <message>
        <source>grant_type is missing</source>
        <translation>grant_type がありません</translation>
    </message>
    <message>
        <source>Send them as a form body: `{header}` and the body `{body}`, with nothing in the query string.</source>
        <translation>フォーム形式の本文として送ってください: `{header}` と本文 `{body}`。クエリ文字列には何も入れません。</translation>
    </message>
    <message>
        <source>The token parameters are in both the query string and the body</source>
        <translation>トークンのパラメーターがクエリ文字列と本文の両方にあります</translation>
    </message>
    <message>
        <source>Zoom reads the body, so this works, but the query-string copy is a leftover of the old style and ends up in proxy and server logs.</source>
        <translation>Zoom は本文を読むので動作はしますが、クエリ文字列側のコピーは古い書き方の名残で、プロキシやサーバーのログに残ります。</translation>
    </message>
    <message>
        <source>Remove the query string; keep only the form body.</source>
        <translation>クエリ文字列を削除し、フォーム形式の本文だけを残してください。</translation>
    </message>
    <message>
        <source>The token request has a body but no Content-Type</source>
        <translation>トークンのリクエストに本文はありますが、Content-Type がありません</translation>
    </message>
    <message>
        <source>`{call}`, not `params=` or `json=`</source>
        <translation>`{call}`（`params=` や `json=` ではありません）</translation>
    </message>
    <message>
        <source>`{call}`; `params:` is the query string, only `data:` is the body</source>
        <translation>`{call}`。`params:` はクエリ文字列で、本文になるのは `data:` だけです</translation>
    </message>
    <message>
        <source>The token request uses {method}; it must be POST</source>
        <translation>トークンのリクエストが {method} を使っています。POST でなければなりません</translation>
    </message>
    <message>
        <source>A Server-to-Server OAuth token request needs `{parameter}`.</source>
        <translation>Server-to-Server OAuth のトークンのリクエストには `{parameter}` が必要です。</translation>
    </message>
    <message>
        <source>Add `{parameter}` to the form body.</source>
        <translation>フォーム形式の本文に `{parameter}` を追加してください。</translation>
    </message>
    <message>
        <source>Zoom answers other grant types with `400 unsupported_grant_type`.</source>
        <translation>ほかのグラントタイプに対して Zoom は `400 unsupported_grant_type` を返します。</translation>
    </message>
    <message>
        <source>The token endpoint reads `{type}` only. A JSON body (even `{empty}`) is not parsed, so Zoom sees no grant_type and answers `400 unsupported_grant_type`.</source>
        <translation>トークンエンドポイントが読み取るのは `{type}` だけです。JSON の本文は（`{empty}` であっても）解析されないため、Zoom には grant_type が見えず `400 unsupported_grant_type` を返します。</translation>
    </message>
    <message>
        <source>Without `{header}` Zoom does not read the body as form fields, so grant_type and account_id are not seen.</source>
        <translation>`{header}` がないと Zoom は本文をフォームのフィールドとして読まないため、grant_type と account_id が認識されません。</translation>
    </message>
    <message>
        <source>Add the header `{header}`.</source>
        <translation>ヘッダー `{header}` を追加してください。</translation>
    </message>
    <message>
        <source>grant_type is {value}; a Server-to-Server app uses account_credentials</source>
        <translation>grant_type が {value} です。Server-to-Server アプリは account_credentials を使います</translation>
    </message>
    <message>
        <source>Use `{parameter}`.</source>
        <translation>`{parameter}` を使用してください。</translation>
    </message>
    <message>
        <source>The token request body is sent as {type}</source>
        <translation>トークンのリクエストの本文が {type} として送られています</translation>
    </message>
    <message>
        <source>Zoom reads the token request as `{type}`; multipart or plain-text bodies are not parsed.</source>
        <translation>Zoom はトークンのリクエストを `{type}` として読み取ります。multipart やプレーンテキストの本文は解析されません。</translation>
    </message>
    <message>
        <source>It held {names}.</source>
        <translation>本文には {names} が含まれていました。</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Body: empty</source>
        <translation>本文: 空</translation>
    </message>
    <message>
        <source>The {names} in the query string and body are not read instead.</source>
        <translation>クエリ文字列と本文にある {names} は、代わりに読み取られることはありません。</translation>
    </message>
    <message>
        <source>{names} also appear in the query string and body</source>
        <translation>{names} がクエリ文字列と本文にも含まれています</translation>
    </message>
    <message>
        <source>Body: {body}</source>
        <translation>本文: {body}</translation>
    </message>
    <message>
        <source>Query string: {query}</source>
        <translation>クエリ文字列: {query}</translation>
    </message>
    <message>
        <source>{name} and {other}</source>
        <translation>{name} と {other}</translation>
    </message>
    <message>
        <source>The {names} in the query string are not read instead.</source>
        <translation>クエリ文字列にある {names} は、代わりに読み取られることはありません。</translation>
    </message>
    <message>
        <source>The {names} in the body are not read instead.</source>
        <translation>本文にある {names} は、代わりに読み取られることはありません。</translation>
    </message>
    <message>
        <source>{names} also appear in the query string</source>
        <translation>{names} がクエリ文字列にも含まれています</translation>
    </message>
    <message>
        <source>{names} also appear in the body</source>
        <translation>{names} が本文にも含まれています</translation>
    </message>
    <message>
        <source>Body (JSON): {body}</source>
        <translation>本文 (JSON): {body}</translation>
    </message>
    <message>
        <source>The account_credentials grant names the Zoom account: without it Zoom cannot issue a token (it answers 400).</source>
        <translation>account_credentials グラントは Zoom アカウントを指定します。これがないと Zoom はトークンを発行できません（400 を返します）。</translation>
    </message>
    <message>
        <source>account_id is the same as the client ID</source>
        <translation>account_id がクライアントIDと同じです</translation>
    </message>
    <message>
        <source>The Account ID and the Client ID are two different values on the app&apos;s App Credentials page; a wrong account ID gives opaque 400 errors.</source>
        <translation>アカウントID（Account ID）とクライアントID（Client ID）は、アプリの App Credentials ページにある別々の値です。アカウントIDが違うと、わかりにくい 400 エラーになります。</translation>
    </message>
    <message>
        <source>Copy the Account ID (not the Client ID) into account_id.</source>
        <translation>account_id にはアカウントID（Account ID。クライアントIDではありません）をコピーしてください。</translation>
    </message>
    <message>
        <source>The client secret is in the URL</source>
        <translation>クライアントシークレットが URL に含まれています</translation>
    </message>
    <message>
        <source>URLs end up in proxy logs, server logs and browser history: the secret should be treated as leaked.</source>
        <translation>URL はプロキシやサーバーのログ、ブラウザーの履歴に残ります。このシークレットは漏えいしたものとして扱ってください。</translation>
    </message>
    <message>
        <source>There is no Authorization header</source>
        <translation>Authorization ヘッダーがありません</translation>
    </message>
    <message>
        <source>account_id is missing</source>
        <translation>account_id がありません</translation>
    </message>
    <message>
        <source>account_id is empty</source>
        <translation>account_id が空です</translation>
    </message>
    <message>
        <source>account_id does not look like a Zoom account ID</source>
        <translation>account_id が Zoom のアカウントIDの形式ではありません</translation>
    </message>
    <message>
        <source>A Zoom account ID is a short code (letters, digits, - and _) shown on the App Credentials page. Spaces, an email address or a stray newline make it wrong.</source>
        <translation>Zoom のアカウントIDは、App Credentials ページに表示される短いコード（英字、数字、- と _）です。空白、メールアドレス、紛れ込んだ改行があると正しくありません。</translation>
    </message>
    <message>
        <source>Copy the Account ID again from the App Credentials page, without spaces.</source>
        <translation>App Credentials ページからアカウントIDを空白なしでもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>The token endpoint authenticates the app with its client ID and secret as HTTP Basic. A Bearer token is what you get back from it, for API calls.</source>
        <translation>トークンエンドポイントは、クライアントIDとクライアントシークレットを使った HTTP Basic でアプリを認証します。Bearer トークンは、そこから API 呼び出し用に返されるものです。</translation>
    </message>
    <message>
        <source>Copy the Account ID from the App Credentials page of your Server-to-Server OAuth app (Zoom App Marketplace ▸ Manage ▸ your app) and send `{parameter}` in the form body.</source>
        <translation>Server-to-Server OAuth アプリの App Credentials ページ（Zoom App Marketplace ▸ Manage ▸ 対象のアプリ）からアカウントID（Account ID）をコピーし、フォーム形式の本文で `{parameter}` を送ってください。</translation>
    </message>
    <message>
        <source>Regenerate the client secret in the Zoom App Marketplace, and send it only in the `{header}` header.</source>
        <translation>Zoom App Marketplace でクライアントシークレットを再生成し、`{header}` ヘッダーでのみ送ってください。</translation>
    </message>
    <message>
        <source>The Basic Authorization header is malformed</source>
        <translation>Basic の Authorization ヘッダーの形式が正しくありません</translation>
    </message>
    <message>
        <source>Encode exactly `client_id:client_secret` (no newline) with standard Base64, or let your HTTP library do it (curl `-u id:secret`, httpx `auth=(id, secret)`).</source>
        <translation>`client_id:client_secret`（改行なし）をそのまま標準の Base64 でエンコードするか、HTTP ライブラリに任せてください（curl `-u id:secret`、httpx `auth=(id, secret)`）。</translation>
    </message>
    <message>
        <source>Zoom identifies the app by HTTP Basic authentication: `{header}`.</source>
        <translation>Zoom は HTTP Basic 認証でアプリを識別します: `{header}`。</translation>
    </message>
    <message>
        <source>The token request uses {scheme} authorization; it needs Basic</source>
        <translation>トークンのリクエストが {scheme} 認証を使っています。Basic が必要です</translation>
    </message>
    <message>
        <source>Send `{header}`.</source>
        <translation>`{header}` を送ってください。</translation>
    </message>
    <message>
        <source>decodes to client ID {value}</source>
        <translation>デコードするとクライアントID {value} になります</translation>
    </message>
    <message>
        <source>Zoom uses the Basic header; the extra copy is ignored at best, and a secret in a body or URL is easy to leak into logs.</source>
        <translation>Zoom は Basic ヘッダーを使います。余分なコピーはよくても無視されるだけで、本文や URL にあるシークレットはログに漏れやすくなります。</translation>
    </message>
    <message>
        <source>Remove client_id and client_secret from the body and the query string.</source>
        <translation>本文とクエリ文字列から client_id と client_secret を削除してください。</translation>
    </message>
    <message>
        <source>`Authorization: Basic …` must be the Base64 encoding of `client_id:client_secret`, but {problem}. Zoom answers `400 invalid_client` (or 401) for this.</source>
        <translation>`Authorization: Basic …` は `client_id:client_secret` を Base64 でエンコードしたものでなければなりませんが、{problem}。この場合 Zoom は `400 invalid_client`（または 401）を返します。</translation>
    </message>
</context>
<context>
    <name>DoctorWindow</name>
    <message>
        <source>Request doctor — zoomdesk</source>
        <translation>リクエスト診断 — zoomdesk</translation>
    </message>
    <message>
        <source>Request doctor</source>
        <translation>リクエスト診断</translation>
    </message>
    <message>
        <source>&amp;Import HAR…</source>
        <translation>HAR をインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Import HAR</source>
        <translation>HAR をインポート</translation>
    </message>
    <message>
        <source>Import a HAR file</source>
        <translation>HAR ファイルをインポート</translation>
    </message>
    <message>
        <source>Re&amp;veal secrets</source>
        <translation>シークレットを表示(&amp;V)</translation>
    </message>
    <message>
        <source>Reveal secrets</source>
        <translation>シークレットを表示</translation>
    </message>
    <message>
        <source>Reveal the secrets in the pasted request</source>
        <translation>貼り付けたリクエスト内のシークレットを表示</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>クリア(&amp;C)</translation>
    </message>
    <message>
        <source>Request to show</source>
        <translation>表示するリクエスト</translation>
    </message>
    <message>
        <source>Paste a request to check it.</source>
        <translation>確認するリクエストを貼り付けてください。</translation>
    </message>
    <message>
        <source>Check summary</source>
        <translation>確認結果の概要</translation>
    </message>
    <message>
        <source>Yours vs co&amp;rrected</source>
        <translation>元と修正後(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <translation>コード(&amp;O)</translation>
    </message>
    <message>
        <source>Re&amp;play</source>
        <translation>再送信(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Your request (cURL, raw HTTP, HAR or code):</source>
        <translation>あなたのリクエスト（cURL、HTTP、HAR、コード）(&amp;Y):</translation>
    </message>
    <message>
        <source>Checking the request</source>
        <translation>リクエストの確認</translation>
    </message>
    <message numerus="yes">
        <source>Read %n request(s) ({source}):</source>
        <translation>
            <numerusform>%n 件のリクエストを読み取りました（{source}）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n request(s) ({source}) (the first {limit} listed):</source>
        <translation>
            <numerusform>%n 件のリクエストを読み取りました（{source}、最初の {limit} 件を一覧表示）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Across the integration: %n thing(s) to fix.</source>
        <translation>
            <numerusform>連携全体：修正が必要な点が %n 件あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>HAR files (*.har *.json);;All files (*)</source>
        <translation>HAR ファイル (*.har *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Nothing to check yet.</source>
        <translation>まだ確認するものがありません。</translation>
    </message>
    <message>
        <source>no problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>This request has the shape Zoom expects.</source>
        <translation>このリクエストは Zoom が求める形式です。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in this request.</source>
        <translation>
            <numerusform>このリクエストには %n 件の問題があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide secrets</source>
        <translation>シークレットを隠す</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>{file} の読み込み</translation>
    </message>
    <message>
        <source>Checking {count} characters…</source>
        <translation>{count} 文字を確認しています…</translation>
    </message>
    <message>
        <source>Could not read this: {problem}</source>
        <translation>読み取れませんでした：{problem}</translation>
    </message>
    <message>
        <source>Could not read this. {problem}</source>
        <translation>読み取れませんでした。{problem}</translation>
    </message>
    <message>
        <source>{entry} — line {line}</source>
        <translation>{entry} — {line} 行目</translation>
    </message>
    <message>
        <source>⚠ Across the integration ({count})</source>
        <translation>⚠ 連携全体（{count}）</translation>
    </message>
    <message>
        <source>{count} with problems.</source>
        <translation>問題あり {count} 件。</translation>
    </message>
    <message>
        <source>{count} across the integration.</source>
        <translation>連携全体で {count} 件。</translation>
    </message>
    <message>
        <source>The replay failed: {problem}</source>
        <translation>再送信に失敗しました：{problem}</translation>
    </message>
    <message>
        <source>{task} failed: {problem}</source>
        <translation>{task}に失敗しました：{problem}</translation>
    </message>
    <message>
        <source>Could not read {file}: {problem}</source>
        <translation>{file} を読み取れませんでした：{problem}</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The recovery copy of this form was not saved: {error}</source>
        <translation>このフォームの復元用コピーを保存できませんでした: {error}</translation>
    </message>
    <message>
        <source>The recovery copy could not be removed: {error}</source>
        <translation>復元用コピーを削除できませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>End on a date or after N times, not both.</source>
        <translation>終了は日付か回数のどちらか一方にしてください。</translation>
    </message>
    <message>
        <source>This time has already passed; choose a later one.</source>
        <translation>この時刻はすでに過ぎています。より後の時刻を選択してください。</translation>
    </message>
    <message>
        <source>The series ends before it starts.</source>
        <translation>シリーズが開始前に終了しています。</translation>
    </message>
    <message>
        <source>Choose at least one weekday.</source>
        <translation>曜日を 1 つ以上選択してください。</translation>
    </message>
    <message>
        <source>Unknown time zone: {zone}</source>
        <translation>不明なタイムゾーン: {zone}</translation>
    </message>
    <message>
        <source>Choose how the meeting repeats.</source>
        <translation>ミーティングの繰り返し方を選択してください。</translation>
    </message>
    <message>
        <source>Must be between 1 and {limit}.</source>
        <translation>1 ～ {limit} の範囲である必要があります。</translation>
    </message>
    <message>
        <source>Weekdays are 1 (Sun) to 7 (Sat).</source>
        <translation>曜日は 1（日）～ 7（土）です。</translation>
    </message>
    <message>
        <source>Day must be 1 to 31.</source>
        <translation>日は 1 ～ 31 である必要があります。</translation>
    </message>
    <message>
        <source>Choose a day or a week and weekday.</source>
        <translation>日付、または週と曜日を選択してください。</translation>
    </message>
    <message>
        <source>Must be 1 to {limit}.</source>
        <translation>1 ～ {limit} である必要があります。</translation>
    </message>
    <message>
        <source>Choose a start date and time.</source>
        <translation>開始日時を選択してください。</translation>
    </message>
    <message>
        <source>Duration must be at least 1 minute.</source>
        <translation>時間は 1 分以上である必要があります。</translation>
    </message>
    <message>
        <source>Enter a topic.</source>
        <translation>トピックを入力してください。</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 時間 {minutes} 分</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} 時間</translation>
    </message>
</context>
<context>
    <name>EditState</name>
    <message>
        <source>Choose who hosts the meeting.</source>
        <translation>ミーティングのホストを選択してください。</translation>
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
        <translation>Zoom に接続できませんでした。このコンピューターがオンラインか確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>This computer could not find Zoom&apos;s server. Check that it is online; for a custom profile, check the address in the profile.</source>
        <translation>このコンピューターは Zoom のサーバーを見つけられませんでした。オンラインか確認してください。カスタムプロファイルの場合は、プロファイルのアドレスを確認してください。</translation>
    </message>
    <message>
        <source>Nothing answered at the server&apos;s address. For a custom profile, check the address and port in the profile.</source>
        <translation>サーバーのアドレスから応答がありませんでした。カスタムプロファイルの場合は、プロファイルのアドレスとポートを確認してください。</translation>
    </message>
    <message>
        <source>This computer could not connect to Zoom. Check that it is online.</source>
        <translation>このコンピューターは Zoom に接続できませんでした。オンラインか確認してください。</translation>
    </message>
    <message>
        <source>The connection to Zoom was not trusted. A company network may be inspecting secure connections: ask your IT team.</source>
        <translation>Zoom への接続が信頼されませんでした。社内ネットワークが安全な接続を検査している可能性があります。IT 部門にお問い合わせください。</translation>
    </message>
    <message>
        <source>The proxy server refused the connection to Zoom. Ask your IT team to check the proxy settings.</source>
        <translation>プロキシサーバーが Zoom への接続を拒否しました。プロキシ設定の確認を IT 部門に依頼してください。</translation>
    </message>
    <message>
        <source>Zoom did not answer in time. Check that this computer is online; a firewall may be in the way.</source>
        <translation>Zoom から時間内に応答がありませんでした。このコンピューターがオンラインか確認してください。ファイアウォールが妨げている可能性があります。</translation>
    </message>
    <message>
        <source>Zoom stopped answering part-way. Try again in a moment.</source>
        <translation>Zoom の応答が途中で止まりました。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The request to Zoom could not be sent in time. Try again in a moment.</source>
        <translation>Zoom へのリクエストを時間内に送信できませんでした。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The connection to Zoom broke off. Try again in a moment.</source>
        <translation>Zoom との接続が切れました。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring) zoomdesk can use to keep the client secret. Ask your IT team to set one up, or use the secret for this session only.</source>
        <translation>このコンピューターには、zoomdesk がクライアントシークレットを保管できるパスワードストア (キーリング) がありません。IT 部門に設定を依頼するか、このセッションに限りシークレットを使用してください。</translation>
    </message>
    <message>
        <source>The password store (keyring) is locked. Unlock it, then try again.</source>
        <translation>パスワードストア (キーリング) がロックされています。ロックを解除してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The password store (keyring) did not answer; it may be waiting for you to unlock it. Unlock it, then try again.</source>
        <translation>パスワードストア (キーリング) が応答しませんでした。ロック解除を待っている可能性があります。ロックを解除してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Zoom refused to sign in. {explanation}</source>
        <translation>Zoom がサインインを拒否しました。{explanation}</translation>
    </message>
    <message>
        <source>Zoom answered: {message}</source>
        <translation>Zoom の応答: {message}</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Try again; if it keeps happening, send the details (or the log file) to your IT team.</source>
        <translation>予期しない問題が発生しました。もう一度お試しください。繰り返し発生する場合は、詳細 (またはログファイル) を IT 部門に送ってください。</translation>
    </message>
    <message>
        <source>Zoom&apos;s per-second rate limit was reached.</source>
        <translation>Zoom の1秒あたりのレート制限に達しました。</translation>
    </message>
    <message>
        <source>Zoom&apos;s daily rate limit was reached. It resets at {time} UTC.</source>
        <translation>Zoom の1日のレート制限に達しました。{time} UTC にリセットされます。</translation>
    </message>
    <message>
        <source>Zoom&apos;s per-second rate limit was reached. It resets at {time} UTC.</source>
        <translation>Zoom の1秒あたりのレート制限に達しました。{time} UTC にリセットされます。</translation>
    </message>
    <message>
        <source>Zoom&apos;s daily rate limit was reached.</source>
        <translation>Zoom の1日のレート制限に達しました。</translation>
    </message>
    <message>
        <source>The Zoom app lacks a permission (scope) for this: {scope}. Add the scope to the Server-to-Server app in the Zoom Marketplace.</source>
        <translation>Zoom アプリにはこの操作の権限 (スコープ) がありません: {scope}。Zoom Marketplace で Server-to-Server アプリにスコープを追加してください。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Zoom did not accept the client ID or client secret. Check both were copied from the app&apos;s App Credentials page, and that the app is activated.</source>
        <translation>Zoom がクライアントID またはクライアントシークレットを受け付けませんでした。両方をアプリの App Credentials ページからコピーしたこと、アプリが有効化されていることを確認してください。</translation>
    </message>
    <message>
        <source>Zoom did not accept grant_type=account_credentials. These credentials probably belong to another kind of app (General/OAuth, Meeting SDK, Zoom Apps): create a Server-to-Server OAuth app. It also happens when the parameters are not sent as a form body.</source>
        <translation>Zoom が grant_type=account_credentials を受け付けませんでした。この認証情報はおそらく別の種類のアプリ（General/OAuth、Meeting SDK、Zoom Apps）のものです。Server-to-Server OAuth アプリを作成してください。パラメーターがフォーム本文として送信されていない場合にも発生します。</translation>
    </message>
    <message>
        <source>Zoom rejected the token request. Check the account ID (App Credentials page of the Server-to-Server OAuth app) and that the app is activated.</source>
        <translation>Zoom がトークンのリクエストを拒否しました。アカウントID（Server-to-Server OAuth アプリの App Credentials ページ）と、アプリが有効化されていることを確認してください。</translation>
    </message>
    <message>
        <source>Zoom rejected the grant. Server-to-Server apps use account_credentials.</source>
        <translation>Zoom がグラントを拒否しました。Server-to-Server アプリは account_credentials を使用します。</translation>
    </message>
    <message>
        <source>Zoom refused the access token; check the app is still activated</source>
        <translation>Zoom がアクセストークンを拒否しました。アプリがまだ有効化されているか確認してください</translation>
    </message>
    <message>
        <source>Add the missing scopes to the Server-to-Server app in the Zoom Marketplace</source>
        <translation>Zoom Marketplace で Server-to-Server アプリに不足しているスコープを追加してください</translation>
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
        <translation>プロキシ</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>connect timeout</source>
        <translation>接続タイムアウト</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>接続拒否</translation>
    </message>
    <message>
        <source>pool timeout</source>
        <translation>接続プールのタイムアウト</translation>
    </message>
    <message>
        <source>write timeout</source>
        <translation>送信タイムアウト</translation>
    </message>
    <message>
        <source>read timeout</source>
        <translation>読み取りタイムアウト</translation>
    </message>
    <message>
        <source>connection dropped</source>
        <translation>接続切断</translation>
    </message>
    <message>
        <source>connection reset</source>
        <translation>接続リセット</translation>
    </message>
    <message>
        <source>network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Zoom did not issue an access token.</source>
        <translation>Zoom はアクセストークンを発行しませんでした。</translation>
    </message>
    <message>
        <source>Zoom&apos;s sign-in service is unavailable. Try again in a few minutes.</source>
        <translation>Zoom のサインインサービスを利用できません。数分後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>{request} failed: HTTP {status}, Zoom code {code}: {message}</source>
        <translation>{request} は失敗しました: HTTP {status}、Zoom コード {code}: {message}</translation>
    </message>
    <message>
        <source>[tracking id {id}]</source>
        <translation>[追跡 ID {id}]</translation>
    </message>
    <message>
        <source>Getting a Zoom access token failed: HTTP {status} ({detail}). {explanation}</source>
        <translation>Zoom アクセストークンの取得に失敗しました: HTTP {status}（{detail}）。{explanation}</translation>
    </message>
    <message>
        <source>{request} failed: HTTP {status}: {message}</source>
        <translation>{request} は失敗しました: HTTP {status}: {message}</translation>
    </message>
    <message>
        <source>Network error ({kind}): {detail}</source>
        <translation>ネットワークエラー（{kind}）: {detail}</translation>
    </message>
    <message>
        <source>The meeting may or may not have been created: the request was sent but no clear answer came back ({cause}). It was not retried, to avoid a duplicate; list the host&apos;s meetings to check.</source>
        <translation>ミーティングが作成されたかどうかは不明です。リクエストは送信されましたが、明確な応答が返ってきませんでした（{cause}）。重複を避けるため再試行はしていません。ホストのミーティング一覧で確認してください。</translation>
    </message>
    <message>
        <source>Unexpected response (HTTP {status}): {detail}</source>
        <translation>予期しない応答（HTTP {status}）: {detail}</translation>
    </message>
    <message>
        <source>Invalid meeting: {problems}</source>
        <translation>無効なミーティング: {problems}</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>詳細なし</translation>
    </message>
    <message>
        <source>Zoom request failed: HTTP {status}, Zoom code {code}: {message}</source>
        <translation>Zoom へのリクエストが失敗しました: HTTP {status}、Zoom コード {code}: {message}</translation>
    </message>
    <message>
        <source>Zoom request failed: HTTP {status}: {message}</source>
        <translation>Zoom へのリクエストが失敗しました: HTTP {status}: {message}</translation>
    </message>
    <message>
        <source>Network error ({kind}): {request}: {detail}</source>
        <translation>ネットワークエラー（{kind}）: {request}: {detail}</translation>
    </message>
    <message>
        <source>category {name}</source>
        <translation>カテゴリ {name}</translation>
    </message>
    <message>
        <source>type {name}</source>
        <translation>種類 {name}</translation>
    </message>
    <message>
        <source>{remaining} of {limit} left</source>
        <translation>残り {remaining}/{limit}</translation>
    </message>
    <message>
        <source>Resets at {time} UTC.</source>
        <translation>{time} UTC にリセットされます。</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>query string</source>
        <translation>クエリ文字列</translation>
    </message>
    <message>
        <source>form body</source>
        <translation>フォーム本文</translation>
    </message>
    <message>
        <source>JSON body</source>
        <translation>JSON 本文</translation>
    </message>
    <message>
        <source>other body</source>
        <translation>その他の本文</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>ExchangeDetail</name>
    <message>
        <source>Exchange details</source>
        <translation>通信の詳細</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>リクエスト(&amp;R)</translation>
    </message>
    <message>
        <source>Respo&amp;nse</source>
        <translation>応答(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Diagnosis</source>
        <translation>診断(&amp;D)</translation>
    </message>
    <message>
        <source>Select an exchange in the list to see its request, response and diagnosis.</source>
        <translation>一覧で通信を選択すると、リクエスト、応答、診断が表示されます。</translation>
    </message>
</context>
<context>
    <name>ExchangeModel</name>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>メソッド</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>All exchanges</source>
        <translation>すべての通信</translation>
    </message>
    <message>
        <source>Token requests</source>
        <translation>トークンのリクエスト</translation>
    </message>
    <message>
        <source>API calls</source>
        <translation>API 呼び出し</translation>
    </message>
    <message>
        <source>Failures and warnings</source>
        <translation>失敗と警告</translation>
    </message>
    <message>
        <source>No answer (network error)</source>
        <translation>応答なし（ネットワークエラー）</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>No answer ({kind})</source>
        <translation>応答なし（{kind}）</translation>
    </message>
    <message>
        <source>failed: {cell}</source>
        <translation>失敗：{cell}</translation>
    </message>
    <message>
        <source>warning: {cell}</source>
        <translation>警告：{cell}</translation>
    </message>
</context>
<context>
    <name>FormClosing</name>
    <message>
        <source>The change may or may not have been saved</source>
        <translation>変更が保存されたかどうかはわかりません</translation>
    </message>
    <message>
        <source>You stopped waiting for Zoom&apos;s answer. Saving again is safe: the same change is not applied twice. Or close the form and refresh the list to see what Zoom has.</source>
        <translation>Zoom の応答を待つのをやめました。もう一度保存しても安全です。同じ変更が二重に適用されることはありません。または、フォームを閉じて一覧を更新し、Zoom 側の内容を確認してください。</translation>
    </message>
    <message>
        <source>Do you want to save your changes?</source>
        <translation>変更を保存しますか?</translation>
    </message>
    <message>
        <source>Do you want to create the meeting?</source>
        <translation>ミーティングを作成しますか?</translation>
    </message>
</context>
<context>
    <name>FormConflicts</name>
    <message>
        <source>Overlapping meetings</source>
        <translation>重複するミーティング</translation>
    </message>
    <message>
        <source>The host may run meetings at the same time (concurrent meetings).</source>
        <translation>このホストは同時にミーティングを開催できます (同時ミーティング)。</translation>
    </message>
    <message>
        <source>The host already has a meeting then.</source>
        <translation>このホストにはその時間にすでにミーティングがあります。</translation>
    </message>
    <message numerus="yes">
        <source>{overlap}, and %n more.</source>
        <translation>
            <numerusform>{overlap}、ほか %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>{overlap}.</source>
        <translation>{overlap}。</translation>
    </message>
    <message>
        <source>Open “{topic}”</source>
        <translation>「{topic}」を開く</translation>
    </message>
</context>
<context>
    <name>FormFailures</name>
    <message>
        <source>this host</source>
        <translation>このホスト</translation>
    </message>
    <message>
        <source>Zoom also said:</source>
        <translation>Zoom からの追加のメッセージ:</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>技術的な詳細を表示</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>技術的な詳細</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>エラー: {message}</translation>
    </message>
    <message>
        <source>It can&apos;t be saved yet. {reason}</source>
        <translation>まだ保存できません。{reason}</translation>
    </message>
    <message>
        <source>{count} of at most {limit} characters</source>
        <translation>{count} / 最大 {limit} 文字</translation>
    </message>
</context>
<context>
    <name>FormRecovery</name>
    <message>
        <source>Restored your unsaved changes</source>
        <translation>未保存の変更を復元しました</translation>
    </message>
    <message>
        <source>zoomdesk stopped before this form was saved. Check the details, then save.</source>
        <translation>このフォームを保存する前に zoomdesk が終了しました。内容を確認してから保存してください。</translation>
    </message>
    <message>
        <source>Your changes are not backed up</source>
        <translation>変更はバックアップされていません</translation>
    </message>
    <message>
        <source>{problem}
Everything you typed is still here; save the meeting to keep it.</source>
        <translation>{problem}
入力した内容はすべて残っています。保持するにはミーティングを保存してください。</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Created</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>結果不明</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>ミーティング</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>Reading the change history</source>
        <translation>変更履歴の読み込み</translation>
    </message>
    <message>
        <source>Change history — zoomdesk</source>
        <translation>変更履歴 — zoomdesk</translation>
    </message>
    <message>
        <source>Changes made by zoomdesk</source>
        <translation>zoomdesk による変更</translation>
    </message>
    <message>
        <source>What zoomdesk created, changed or deleted in Zoom from this computer. Field names are kept, never their values.</source>
        <translation>zoomdesk がこのコンピューターから Zoom で作成、変更、削除したものです。記録されるのは項目名だけで、値は記録されません。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>zoomdesk has not created, changed or deleted anything in Zoom from this computer yet.</source>
        <translation>zoomdesk はこのコンピューターから Zoom で、まだ何も作成、変更、削除していません。</translation>
    </message>
    <message>
        <source>{meeting}, the {time} occurrence</source>
        <translation>{meeting}、{time} の回</translation>
    </message>
    <message>
        <source>{meeting}, occurrence {id}</source>
        <translation>{meeting}、回 {id}</translation>
    </message>
</context>
<context>
    <name>HostDefaults</name>
    <message>
        <source>a letter</source>
        <translation>英字</translation>
    </message>
    <message>
        <source>a digit</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>one of @ - _ *</source>
        <translation>@ - _ * のいずれか</translation>
    </message>
    <message>
        <source>upper and lower case letters</source>
        <translation>大文字と小文字</translation>
    </message>
    <message>
        <source>Zoom&apos;s documented defaults ({reason})</source>
        <translation>Zoom が公開している既定値 ({reason})</translation>
    </message>
    <message>
        <source>The account requires at least {count} characters.</source>
        <translation>このアカウントでは {count} 文字以上が必要です。</translation>
    </message>
    <message>
        <source>The account requires {things}.</source>
        <translation>このアカウントでは{things}が必要です。</translation>
    </message>
    <message>
        <source>The account forbids {count} consecutive characters such as 1234 or aaaa.</source>
        <translation>このアカウントでは 1234 や aaaa のような {count} 文字の連続は使用できません。</translation>
    </message>
    <message>
        <source>At least {count} characters.</source>
        <translation>{count} 文字以上。</translation>
    </message>
    <message>
        <source>Must contain {things}.</source>
        <translation>{things}を含める必要があります。</translation>
    </message>
    <message>
        <source>No run of {count} consecutive characters (such as 1234 or aaaa).</source>
        <translation>{count} 文字の連続は使用不可（1234 や aaaa など）。</translation>
    </message>
    <message>
        <source>The account requires a passcode; it cannot be removed.</source>
        <translation>このアカウントではパスコードが必須のため、削除できません。</translation>
    </message>
    <message>
        <source>The account allows digits only.</source>
        <translation>このアカウントでは数字のみ使用できます。</translation>
    </message>
    <message>
        <source>A passcode is required.</source>
        <translation>パスコードは必須です。</translation>
    </message>
    <message>
        <source>A passcode is optional.</source>
        <translation>パスコードは任意です。</translation>
    </message>
    <message>
        <source>Digits only.</source>
        <translation>数字のみ。</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first}と{second}</translation>
    </message>
    <message>
        <source>Defaults from {name}&apos;s Zoom settings</source>
        <translation>{name} さんの Zoom 設定による既定値</translation>
    </message>
    <message>
        <source>the host&apos;s settings could not be read: {why}</source>
        <translation>ホストの設定を読み取れませんでした: {why}</translation>
    </message>
</context>
<context>
    <name>HostDefaultsView</name>
    <message>
        <source>Zoom&apos;s standard defaults: zoomdesk may not read this host&apos;s settings</source>
        <translation>Zoom の標準の既定値: zoomdesk はこのホストの設定を読み取れません</translation>
    </message>
    <message>
        <source>The host&apos;s account has no authentication profiles.</source>
        <translation>ホストのアカウントには認証プロファイルがありません。</translation>
    </message>
    <message>
        <source>Where the defaults come from</source>
        <translation>既定値の取得元</translation>
    </message>
    <message>
        <source>Defaults from {name}&apos;s Zoom settings</source>
        <translation>{name} の Zoom 設定の既定値</translation>
    </message>
</context>
<context>
    <name>Invitation</name>
    <message>
        <source>Meeting ID: {id}</source>
        <translation>ミーティングID: {id}</translation>
    </message>
    <message>
        <source>Time: {time} {time_zone}</source>
        <translation>時間: {time} {time_zone}</translation>
    </message>
    <message>
        <source>{inviter} is inviting you to a recurring Zoom meeting.</source>
        <translation>{inviter} さんがあなたを Zoom の定期ミーティングに招待しています。</translation>
    </message>
    <message>
        <source>You are invited to a recurring Zoom meeting.</source>
        <translation>Zoom の定期ミーティングに招待されています。</translation>
    </message>
    <message>
        <source>{inviter} is inviting you to a scheduled Zoom meeting.</source>
        <translation>{inviter} さんがあなたを予約された Zoom ミーティングに招待しています。</translation>
    </message>
    <message>
        <source>You are invited to a scheduled Zoom meeting.</source>
        <translation>予約された Zoom ミーティングに招待されています。</translation>
    </message>
    <message>
        <source>Topic: {topic}</source>
        <translation>トピック: {topic}</translation>
    </message>
    <message>
        <source>Duration: {duration}</source>
        <translation>所要時間: {duration}</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>議題:</translation>
    </message>
    <message>
        <source>Join Zoom Meeting</source>
        <translation>Zoom ミーティングに参加する</translation>
    </message>
    <message>
        <source>Changed dates (these differ from the usual time or length):</source>
        <translation>変更された日程（通常の時刻または長さと異なります）:</translation>
    </message>
    <message>
        <source>Time: This is a recurring meeting. Meet anytime.</source>
        <translation>時間: これは定期ミーティングです。いつでも参加できます。</translation>
    </message>
    <message>
        <source>Passcode: {passcode}</source>
        <translation>パスコード: {passcode}</translation>
    </message>
    <message>
        <source>“{topic}” has no fixed time, so it cannot be put in a calendar.</source>
        <translation>「{topic}」には固定の時刻がないため、カレンダーに追加できません。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Forget cached meetings</source>
        <translation>キャッシュしたミーティングを消去(&amp;F)</translation>
    </message>
    <message>
        <source>Delete the copy of this profile&apos;s meeting list kept on this computer</source>
        <translation>このコンピューターに保存されている、このプロファイルのミーティング一覧のコピーを削除します</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>起動しています…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>ミーティング(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>パネル</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>プロファイル(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>接続:</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>接続プロファイル</translation>
    </message>
    <message>
        <source>Which Zoom account to work with</source>
        <translation>作業に使う Zoom アカウント</translation>
    </message>
    <message>
        <source>zoomdesk (Sandbox) — not real Zoom</source>
        <translation>zoomdesk (サンドボックス) — 本物の Zoom ではありません</translation>
    </message>
    <message>
        <source>{what} failed: {problem}</source>
        <translation>{what}に失敗しました: {problem}</translation>
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
        <translation>1 件のミーティングフォームに保存されていない変更があります。</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting forms have changes that are not saved.</source>
        <translation>
            <numerusform>%n 件のミーティングフォームに保存されていない変更があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit zoomdesk?</source>
        <translation>zoomdesk を終了しますか?</translation>
    </message>
    <message>
        <source>If you quit now, zoomdesk offers the changes back the next time it starts.</source>
        <translation>今終了しても、次回の起動時に zoomdesk が変更内容の復元を提案します。</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>フォームに戻る</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>終了する(&amp;Q)</translation>
    </message>
    <message>
        <source>Join link copied</source>
        <translation>参加リンクをコピーしました</translation>
    </message>
    <message>
        <source>Save as calendar file — zoomdesk</source>
        <translation>カレンダーファイルとして保存 — zoomdesk</translation>
    </message>
    <message>
        <source>Copying the join link</source>
        <translation>参加リンクのコピー</translation>
    </message>
    <message>
        <source>Copying the invitation</source>
        <translation>招待のコピー</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar ファイル (*.ics)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Opening “{topic}”</source>
        <translation>「{topic}」を開く</translation>
    </message>
    <message>
        <source>Zoom gave “{topic}” the passcode {passcode}, though none was entered: this account requires one. It is in the join link and the invitation.</source>
        <translation>パスコードを入力していませんが、Zoom が「{topic}」にパスコード {passcode} を設定しました。このアカウントではパスコードが必須です。参加リンクと招待に含まれています。</translation>
    </message>
    <message>
        <source>Deleting “{topic}”</source>
        <translation>「{topic}」の削除</translation>
    </message>
    <message>
        <source>Deleted “{topic}”</source>
        <translation>「{topic}」を削除しました</translation>
    </message>
    <message>
        <source>Deleted the {occurrence} occurrence of “{topic}”</source>
        <translation>「{topic}」の {occurrence} の回を削除しました</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>{file} を保存しました</translation>
    </message>
    <message>
        <source>Opening “{topic}”…</source>
        <translation>「{topic}」を開いています…</translation>
    </message>
    <message>
        <source>Copy invitation</source>
        <translation>招待をコピー</translation>
    </message>
    <message>
        <source>“{topic}” has no join link.</source>
        <translation>「{topic}」には参加リンクがありません。</translation>
    </message>
    <message>
        <source>Saving “{topic}” as a calendar file</source>
        <translation>「{topic}」のカレンダーファイルへの保存</translation>
    </message>
    <message>
        <source>Invitation copied (Zoom&apos;s text)</source>
        <translation>招待をコピーしました (Zoom の文面)</translation>
    </message>
    <message>
        <source>Invitation copied (offline)</source>
        <translation>招待をコピーしました (オフライン)</translation>
    </message>
    <message>
        <source>Save a cancellation file and send or import it so calendars drop the meeting.</source>
        <translation>キャンセルファイルを保存して送信またはインポートすると、カレンダーからミーティングが削除されます。</translation>
    </message>
    <message>
        <source>Save cancellation file…</source>
        <translation>キャンセルファイルを保存…</translation>
    </message>
    <message>
        <source>Invitation copied (zoomdesk&apos;s text, without dial-in numbers: {reason})</source>
        <translation>招待をコピーしました (zoomdesk の文面、ダイヤルイン番号なし: {reason})</translation>
    </message>
</context>
<context>
    <name>MeetingFields</name>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Me (the account this app belongs to)</source>
        <translation>自分 (このアプリが属するアカウント)</translation>
    </message>
    <message>
        <source>Meeting type</source>
        <translation>ミーティングの種類</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>開始時刻</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>所要時間 (分)</translation>
    </message>
    <message>
        <source>A recurring meeting with no fixed time has no date, time or duration: it can be started whenever it is needed.</source>
        <translation>時間指定のない定期ミーティングには日付、時刻、所要時間がありません。必要なときにいつでも開始できます。</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>ミーティング</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>繰り返し</translation>
    </message>
    <message>
        <source>The host can&apos;t be changed once a meeting exists.</source>
        <translation>ミーティングの作成後はホストを変更できません。</translation>
    </message>
    <message>
        <source>The time zone belongs to the whole series.</source>
        <translation>タイムゾーンはシリーズ全体の設定です。</translation>
    </message>
    <message>
        <source>{time} on this computer</source>
        <translation>このコンピューターでは {time}</translation>
    </message>
    <message>
        <source>The account&apos;s users could not be read, so the meeting is scheduled for the app&apos;s own account. Refresh the list (F5) to choose another host.</source>
        <translation>アカウントのユーザーを読み込めなかったため、ミーティングはアプリ自身のアカウントでスケジュールされます。別のホストを選ぶには一覧を更新してください (F5)。</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分</translation>
    </message>
    <message>
        <source>H&amp;ost</source>
        <translation>ホスト(&amp;O)</translation>
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
        <translation>Zoom からミーティングを読み込んでいます…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <source>First check whether the meeting was created (button above).</source>
        <translation>まず、ミーティングが作成されたかどうかを確認してください (上のボタン)。</translation>
    </message>
    <message>
        <source>No changes to save.</source>
        <translation>保存する変更はありません。</translation>
    </message>
    <message>
        <source>The meeting couldn&apos;t be loaded (see above).</source>
        <translation>ミーティングを読み込めませんでした (上記を参照)。</translation>
    </message>
    <message>
        <source>Checking whether the meeting was created…</source>
        <translation>ミーティングが作成されたかどうかを確認しています…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
</context>
<context>
    <name>MeetingList</name>
    <message>
        <source>The meetings kept on this computer for this profile are gone</source>
        <translation>このコンピューターに保存されていたこのプロファイルのミーティングを消去しました</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>すべてのユーザー</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Whose meetings to list</source>
        <translation>一覧に表示するミーティングのホスト</translation>
    </message>
    <message>
        <source>Meetings to show</source>
        <translation>表示するミーティング</translation>
    </message>
    <message>
        <source>Search meetings</source>
        <translation>ミーティングを検索</translation>
    </message>
    <message>
        <source>Search topic, host, meeting ID or agenda</source>
        <translation>トピック、ホスト、ミーティングID、議題で検索</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation>ホスト(&amp;O):</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>表示(&amp;W):</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>ミーティング</translation>
    </message>
    <message>
        <source>Loading meetings…</source>
        <translation>ミーティングを読み込んでいます…</translation>
    </message>
    <message>
        <source>The meetings could not be loaded (see the message above). Press F5 to retry.</source>
        <translation>ミーティングを読み込めませんでした (上のメッセージを参照してください)。F5 キーで再試行します。</translation>
    </message>
    <message>
        <source>Filter as you type ({shortcut})</source>
        <translation>入力に合わせて絞り込み ({shortcut})</translation>
    </message>
    <message>
        <source>No meetings here. Press Ctrl+N to schedule one.</source>
        <translation>ミーティングはありません。Ctrl+N キーで新しくスケジュールできます。</translation>
    </message>
    <message>
        <source>No meetings match “{search}”.</source>
        <translation>「{search}」に一致するミーティングはありません。</translation>
    </message>
    <message>
        <source>Loading meetings</source>
        <translation>ミーティングの読み込み</translation>
    </message>
    <message>
        <source>Reading the meeting&apos;s details</source>
        <translation>ミーティングの詳細の読み込み</translation>
    </message>
    <message>
        <source>Forgetting the cached meetings</source>
        <translation>キャッシュしたミーティングの消去</translation>
    </message>
    <message>
        <source>Reading the account&apos;s users</source>
        <translation>アカウントのユーザーの読み込み</translation>
    </message>
    <message>
        <source>Listing the meetings of {hosts}</source>
        <translation>{hosts} のミーティング一覧の取得</translation>
    </message>
    <message>
        <source>Created “{topic}”</source>
        <translation>「{topic}」を作成しました</translation>
    </message>
    <message numerus="yes">
        <source>{hosts} and %n more</source>
        <translation>
            <numerusform>{hosts} ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved “{topic}”</source>
        <translation>「{topic}」を保存しました</translation>
    </message>
    <message>
        <source>Created “{topic}” (not in this list)</source>
        <translation>「{topic}」を作成しました (この一覧には含まれません)</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>今後</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>スケジュール済み</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>過去</translation>
    </message>
</context>
<context>
    <name>MeetingOptions</name>
    <message>
        <source>Hide advanced settings</source>
        <translation>詳細設定を隠す</translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation>詳細設定を表示</translation>
    </message>
    <message>
        <source>Hide passcode</source>
        <translation>パスコードを隠す</translation>
    </message>
    <message>
        <source>Show passcode</source>
        <translation>パスコードを表示</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Ge&amp;nerate</source>
        <translation>生成(&amp;N)</translation>
    </message>
    <message>
        <source>Generate a random passcode</source>
        <translation>ランダムなパスコードを生成</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隠す</translation>
    </message>
    <message>
        <source>Set for the whole series; edit the series to change it.</source>
        <translation>シリーズ全体の設定です。変更するにはシリーズを編集してください。</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} または {second}</translation>
    </message>
    <message>
        <source>Only for: {types}.</source>
        <translation>対象: {types} のみ。</translation>
    </message>
    <message>
        <source>Only with {setting}: {choices}.</source>
        <translation>{setting} が次の場合のみ: {choices}。</translation>
    </message>
    <message>
        <source>Turn on “{setting}” first.</source>
        <translation>先に「{setting}」をオンにしてください。</translation>
    </message>
    <message>
        <source>{setting}:</source>
        <translation>{setting}:</translation>
    </message>
    <message>
        <source>Set by your organisation.</source>
        <translation>組織によって設定されています。</translation>
    </message>
</context>
<context>
    <name>MeetingSetting</name>
    <message>
        <source>&amp;Topic</source>
        <translation>トピック(&amp;T)</translation>
    </message>
    <message>
        <source>What the meeting is about.</source>
        <translation>ミーティングの内容です。</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>説明(&amp;A)</translation>
    </message>
    <message>
        <source>Shown in the invitation.</source>
        <translation>招待に表示されます。</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>種類(&amp;Y)</translation>
    </message>
    <message>
        <source>One-time, or recurring with or without fixed times.</source>
        <translation>1 回のみ、または固定時刻あり／なしの定期ミーティングです。</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>Wall-clock time in the meeting&apos;s time zone.</source>
        <translation>ミーティングのタイムゾーンでの時刻です。</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>タイムゾーン(&amp;Z)</translation>
    </message>
    <message>
        <source>An IANA zone, e.g. Europe/Berlin.</source>
        <translation>IANA のタイムゾーンです（例: Europe/Berlin）。</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>時間(&amp;U)</translation>
    </message>
    <message>
        <source>Minutes.</source>
        <translation>分単位です。</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>繰り返し</translation>
    </message>
    <message>
        <source>How a recurring meeting repeats.</source>
        <translation>定期ミーティングの繰り返し方です。</translation>
    </message>
    <message>
        <source>Pass&amp;code</source>
        <translation>パスコード(&amp;C)</translation>
    </message>
    <message>
        <source>Letters, digits and @ - _ *</source>
        <translation>英字、数字、@ - _ *</translation>
    </message>
    <message>
        <source>Admit people from a &amp;waiting room</source>
        <translation>待機室から参加者を入室させる(&amp;W)</translation>
    </message>
    <message>
        <source>Participants wait until the host admits them.</source>
        <translation>ホストが入室を許可するまで参加者は待機します。</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>登録</translation>
    </message>
    <message>
        <source>Whether participants register first.</source>
        <translation>参加者が事前に登録するかどうかです。</translation>
    </message>
    <message>
        <source>Registration for the series</source>
        <translation>シリーズの登録</translation>
    </message>
    <message>
        <source>For a recurring meeting with fixed times: what one registration covers.</source>
        <translation>固定時刻の定期ミーティングで、1 回の登録がどの回を対象にするかです。</translation>
    </message>
    <message>
        <source>Only signed-in use&amp;rs may join</source>
        <translation>サインインしたユーザーのみ参加可能(&amp;R)</translation>
    </message>
    <message>
        <source>Participants must sign in to Zoom (the host&apos;s authentication profiles).</source>
        <translation>参加者は Zoom にサインインする必要があります（ホストの認証プロファイル）。</translation>
    </message>
    <message>
        <source>Authentication option</source>
        <translation>認証オプション</translation>
    </message>
    <message>
        <source>One of the host&apos;s authentication options, by ID (zoomdesk users settings USER).</source>
        <translation>ホストの認証オプションの 1 つを ID で指定します（zoomdesk users settings USER）。</translation>
    </message>
    <message>
        <source>Authenticated domains</source>
        <translation>認証済みドメイン</translation>
    </message>
    <message>
        <source>Only users whose email address is in one of these domains may join; separate with ,</source>
        <translation>これらのドメインのメールアドレスを持つユーザーのみ参加できます。区切り文字は ,</translation>
    </message>
    <message>
        <source>Host &amp;video on</source>
        <translation>ホストのビデオ オン(&amp;V)</translation>
    </message>
    <message>
        <source>Start with the host&apos;s video on.</source>
        <translation>ホストのビデオをオンにして開始します。</translation>
    </message>
    <message>
        <source>&amp;Participants&apos; video on</source>
        <translation>参加者のビデオ オン(&amp;P)</translation>
    </message>
    <message>
        <source>Start with participants&apos; video on.</source>
        <translation>参加者のビデオをオンにして開始します。</translation>
    </message>
    <message>
        <source>Let people &amp;join before the host</source>
        <translation>ホストより前の参加を許可(&amp;J)</translation>
    </message>
    <message>
        <source>Participants may join before the host arrives.</source>
        <translation>ホストが到着する前に参加者が参加できます。</translation>
    </message>
    <message>
        <source>How early people may join</source>
        <translation>参加可能になる時間</translation>
    </message>
    <message>
        <source>How long before the start people may join.</source>
        <translation>開始の何分前から参加できるかです。</translation>
    </message>
    <message>
        <source>&amp;Mute participants when they join</source>
        <translation>入室時に参加者をミュート(&amp;M)</translation>
    </message>
    <message>
        <source>Participants join muted.</source>
        <translation>参加者はミュートの状態で参加します。</translation>
    </message>
    <message>
        <source>Automatic recording</source>
        <translation>自動レコーディング</translation>
    </message>
    <message>
        <source>Record automatically.</source>
        <translation>自動的にレコーディングします。</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>オーディオ</translation>
    </message>
    <message>
        <source>How participants may join the audio.</source>
        <translation>参加者がオーディオに参加する方法です。</translation>
    </message>
    <message>
        <source>Add a watermar&amp;k to shared screens</source>
        <translation>共有画面に透かしを追加(&amp;K)</translation>
    </message>
    <message>
        <source>Shared content shows part of each viewer&apos;s email address.</source>
        <translation>共有コンテンツに各視聴者のメールアドレスの一部が表示されます。</translation>
    </message>
    <message>
        <source>Alternative hosts</source>
        <translation>代替ホスト</translation>
    </message>
    <message>
        <source>Email addresses of licensed users, separated by ;</source>
        <translation>ライセンスを持つユーザーのメールアドレス。区切り文字は ;</translation>
    </message>
    <message>
        <source>&amp;Email alternative hosts and schedulers about it</source>
        <translation>代替ホストとスケジューラーにメールで通知(&amp;E)</translation>
    </message>
    <message>
        <source>Zoom emails the alternative hosts when the meeting is scheduled.</source>
        <translation>ミーティングがスケジュールされると、Zoom が代替ホストにメールで通知します。</translation>
    </message>
    <message>
        <source>Email the alternative &amp;hosts themselves</source>
        <translation>代替ホスト本人にメールを送信(&amp;H)</translation>
    </message>
    <message>
        <source>Zoom&apos;s switch for the alternative hosts alone; the one under Options covers schedulers too.</source>
        <translation>代替ホストだけを対象とする Zoom の設定です。「オプション」の設定はスケジューラーも対象になります。</translation>
    </message>
    <message>
        <source>Use the host&apos;s &amp;Personal Meeting ID</source>
        <translation>ホストのパーソナルミーティングIDを使用(&amp;P)</translation>
    </message>
    <message>
        <source>The meeting uses the host&apos;s PMI instead of a new meeting ID.</source>
        <translation>新しいミーティングIDではなく、ホストの PMI を使用します。</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>暗号化</translation>
    </message>
    <message>
        <source>End-to-end encryption turns off cloud recording and phone dial-in.</source>
        <translation>エンドツーエンド暗号化では、クラウドレコーディングと電話でのダイヤルインがオフになります。</translation>
    </message>
    <message>
        <source>Start in &amp;focus mode</source>
        <translation>フォーカスモードで開始(&amp;F)</translation>
    </message>
    <message>
        <source>Participants see only the host&apos;s and their own video.</source>
        <translation>参加者にはホストと自分のビデオだけが表示されます。</translation>
    </message>
    <message>
        <source>Private meetin&amp;g</source>
        <translation>プライベートミーティング(&amp;G)</translation>
    </message>
    <message>
        <source>The topic is hidden from others&apos; calendars.</source>
        <translation>他の人のカレンダーではトピックが非表示になります。</translation>
    </message>
    <message>
        <source>Dial-in countries</source>
        <translation>ダイヤルイン国</translation>
    </message>
    <message>
        <source>Country codes whose dial-in numbers the invitation lists, e.g. US, DE.</source>
        <translation>招待にダイヤルイン番号を記載する国のコードです（例: US、DE）。</translation>
    </message>
    <message>
        <source>Let registrants join from several &amp;devices</source>
        <translation>登録者が複数のデバイスから参加できるようにする(&amp;D)</translation>
    </message>
    <message>
        <source>A registrant&apos;s link works on more than one device at a time.</source>
        <translation>登録者のリンクを同時に複数のデバイスで使用できます。</translation>
    </message>
    <message>
        <source>Send registrants a &amp;confirmation</source>
        <translation>登録者に確認メールを送信(&amp;C)</translation>
    </message>
    <message>
        <source>Zoom emails each registrant a confirmation.</source>
        <translation>Zoom が各登録者に確認メールを送信します。</translation>
    </message>
    <message>
        <source>Email registrants about appro&amp;val</source>
        <translation>承認について登録者にメールで通知(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom emails registrants when they are approved, denied or cancelled.</source>
        <translation>登録者が承認、拒否、キャンセルされたときに Zoom がメールで通知します。</translation>
    </message>
    <message>
        <source>Close registration after the meeting&apos;s da&amp;te</source>
        <translation>ミーティングの日付以降は登録を締め切る(&amp;T)</translation>
    </message>
    <message>
        <source>No one can register once the meeting has taken place.</source>
        <translation>ミーティング終了後は誰も登録できません。</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>連絡先の名前</translation>
    </message>
    <message>
        <source>Shown to registrants on the registration page.</source>
        <translation>登録ページで登録者に表示されます。</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>連絡先のメールアドレス</translation>
    </message>
    <message>
        <source>Must be true or false.</source>
        <translation>true または false である必要があります。</translation>
    </message>
    <message>
        <source>Must be text.</source>
        <translation>テキストである必要があります。</translation>
    </message>
    <message>
        <source>What the meeting is about</source>
        <translation>ミーティングの内容</translation>
    </message>
    <message>
        <source>Optional; shown in the invitation</source>
        <translation>任意。招待に表示されます</translation>
    </message>
    <message>
        <source>Only letters, digits and @ - _ * are allowed.</source>
        <translation>使用できるのは英字、数字、@ - _ * のみです。</translation>
    </message>
    <message>
        <source>No passcode</source>
        <translation>パスコードなし</translation>
    </message>
    <message>
        <source>Waiting room</source>
        <translation>待機室</translation>
    </message>
    <message>
        <source>Re&amp;gistration</source>
        <translation>登録(&amp;G)</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>認証</translation>
    </message>
    <message>
        <source>Aut&amp;hentication option</source>
        <translation>認証オプション(&amp;H)</translation>
    </message>
    <message>
        <source>The host&apos;s default option</source>
        <translation>ホストの既定のオプション</translation>
    </message>
    <message>
        <source>example.com, *.example.org</source>
        <translation>example.com, *.example.org</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>ビデオ</translation>
    </message>
    <message>
        <source>Joining</source>
        <translation>参加</translation>
    </message>
    <message>
        <source>Not available while the waiting room is on (Zoom turns it off).</source>
        <translation>待機室がオンの間は使用できません（Zoom がオフにします）。</translation>
    </message>
    <message>
        <source>Recor&amp;ding</source>
        <translation>レコーディング(&amp;D)</translation>
    </message>
    <message>
        <source>Aud&amp;io</source>
        <translation>オーディオ(&amp;I)</translation>
    </message>
    <message>
        <source>A&amp;lternative hosts</source>
        <translation>代替ホスト(&amp;L)</translation>
    </message>
    <message>
        <source>ann@example.com; bob@example.com</source>
        <translation>ann@example.com; bob@example.com</translation>
    </message>
    <message>
        <source>&amp;Encryption</source>
        <translation>暗号化(&amp;E)</translation>
    </message>
    <message>
        <source>In the meeting</source>
        <translation>ミーティング中</translation>
    </message>
    <message>
        <source>Country codes are two capital letters, e.g. DE.</source>
        <translation>国コードは大文字 2 文字です（例: DE）。</translation>
    </message>
    <message>
        <source>Dial-in &amp;countries</source>
        <translation>ダイヤルイン国(&amp;C)</translation>
    </message>
    <message>
        <source>The account&apos;s countries</source>
        <translation>アカウントの国</translation>
    </message>
    <message>
        <source>Registrants</source>
        <translation>登録者</translation>
    </message>
    <message>
        <source>Contact na&amp;me</source>
        <translation>連絡先の名前(&amp;M)</translation>
    </message>
    <message>
        <source>Jill Chill</source>
        <translation>山田 花子</translation>
    </message>
    <message>
        <source>Not an email address.</source>
        <translation>メールアドレスではありません。</translation>
    </message>
    <message>
        <source>Contact emai&amp;l</source>
        <translation>連絡先のメールアドレス(&amp;L)</translation>
    </message>
    <message>
        <source>jill.chill@example.com</source>
        <translation>hanako.yamada@example.com</translation>
    </message>
    <message>
        <source>zoomdesk does not know the setting {name}. Did you mean {names}?</source>
        <translation>zoomdesk は設定 {name} を認識できません。{names} のことですか？</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation>整数である必要があります。</translation>
    </message>
    <message>
        <source>Must be a list of text, e.g. [&quot;US&quot;, &quot;DE&quot;].</source>
        <translation>テキストのリストである必要があります（例: [&quot;US&quot;, &quot;DE&quot;]）。</translation>
    </message>
    <message>
        <source>No registration</source>
        <translation>登録なし</translation>
    </message>
    <message>
        <source>Registration, approved automatically</source>
        <translation>登録あり、自動承認</translation>
    </message>
    <message>
        <source>Registration, approved by the host</source>
        <translation>登録あり、ホストが承認</translation>
    </message>
    <message>
        <source>Register once, attend any occurrence</source>
        <translation>1 回登録すれば、どの回にも参加可能</translation>
    </message>
    <message>
        <source>Register for each occurrence</source>
        <translation>回ごとに登録</translation>
    </message>
    <message>
        <source>Register once, choose the occurrences</source>
        <translation>1 回登録し、参加する回を選択</translation>
    </message>
    <message>
        <source>Any time before the start</source>
        <translation>開始前いつでも</translation>
    </message>
    <message>
        <source>Up to 5 min before</source>
        <translation>最大 5 分前</translation>
    </message>
    <message>
        <source>Up to 10 min before</source>
        <translation>最大 10 分前</translation>
    </message>
    <message>
        <source>Don&apos;t record</source>
        <translation>レコーディングしない</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>このコンピューター上</translation>
    </message>
    <message>
        <source>In the cloud</source>
        <translation>クラウド</translation>
    </message>
    <message>
        <source>Telephone and computer audio</source>
        <translation>電話とコンピューターオーディオ</translation>
    </message>
    <message>
        <source>Telephone only</source>
        <translation>電話のみ</translation>
    </message>
    <message>
        <source>Computer audio only</source>
        <translation>コンピューターオーディオのみ</translation>
    </message>
    <message>
        <source>Enhanced encryption</source>
        <translation>拡張暗号化</translation>
    </message>
    <message>
        <source>End-to-end encryption</source>
        <translation>エンドツーエンド暗号化</translation>
    </message>
    <message>
        <source>zoomdesk does not know the setting {name}.</source>
        <translation>zoomdesk は設定 {name} を認識できません。</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} または {second}</translation>
    </message>
    <message>
        <source>Must be one of {values}.</source>
        <translation>{values} のいずれかである必要があります。</translation>
    </message>
    <message>
        <source>{value}: {problem}</source>
        <translation>{value}: {problem}</translation>
    </message>
    <message>
        <source>At most {limit} characters ({length}).</source>
        <translation>最大 {limit} 文字です（{length} 文字）。</translation>
    </message>
    <message>
        <source>One-time meeting</source>
        <translation>1 回限りのミーティング</translation>
    </message>
    <message>
        <source>Recurring meeting, fixed times</source>
        <translation>定期ミーティング（固定時刻）</translation>
    </message>
    <message>
        <source>Recurring meeting, no fixed time</source>
        <translation>定期ミーティング（固定時刻なし）</translation>
    </message>
    <message>
        <source>Must be between {low} and {high}.</source>
        <translation>{low} ～ {high} の範囲である必要があります。</translation>
    </message>
    <message>
        <source>Not an email address: {address}</source>
        <translation>メールアドレスではありません: {address}</translation>
    </message>
</context>
<context>
    <name>MeetingTable</name>
    <message>
        <source>Topic</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Meeting ID</source>
        <translation>ミーティングID</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>繰り返し</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>予定</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>過去</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>開催中</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>今後</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>定期</translation>
    </message>
    <message>
        <source>{column}: {value}</source>
        <translation>{column}: {value}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Meeting time zone: {zone}</source>
        <translation>ミーティングのタイムゾーン: {zone}</translation>
    </message>
    <message>
        <source>Recurring: open the meeting, or select it a moment, to see how it repeats</source>
        <translation>定期: 繰り返し方を見るには、ミーティングを開くか、しばらく選択したままにしてください</translation>
    </message>
    <message>
        <source>Recurring: {pattern}</source>
        <translation>定期: {pattern}</translation>
    </message>
</context>
<context>
    <name>MeetingType</name>
    <message>
        <source>Instant</source>
        <translation>インスタントミーティング</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>1 回限り</translation>
    </message>
    <message>
        <source>Recurring (no fixed time)</source>
        <translation>定期（時間指定なし）</translation>
    </message>
    <message>
        <source>Personal meeting ID</source>
        <translation>パーソナルミーティングID</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>定期</translation>
    </message>
    <message>
        <source>Screen share only</source>
        <translation>画面共有のみ</translation>
    </message>
</context>
<context>
    <name>MeetingUpdate</name>
    <message>
        <source>Cannot be changed for one occurrence; edit the whole series.</source>
        <translation>この回だけを変更することはできません。シリーズ全体を編集してください。</translation>
    </message>
    <message>
        <source>A new start needs its time zone.</source>
        <translation>新しい開始時刻にはタイムゾーンが必要です。</translation>
    </message>
    <message>
        <source>Enter a topic.</source>
        <translation>トピックを入力してください。</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>Calendar month</source>
        <translation>カレンダーの月</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>他 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OccurrenceDialog</name>
    <message>
        <source>Zoom removes it at once; people who have the link can no longer join. This cannot be undone.</source>
        <translation>Zoom からすぐに削除され、リンクを持つ人も参加できなくなります。この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Zoom removes this date at once; the link still works for the other dates of the series. This cannot be undone.</source>
        <translation>Zoom からこの日付がすぐに削除されます。リンクはシリーズの他の日付では引き続き使えます。この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>“{topic}” is a recurring meeting. Delete which part?</source>
        <translation>「{topic}」は定期ミーティングです。どの部分を削除しますか?</translation>
    </message>
    <message>
        <source>Delete only this occurrence:</source>
        <translation>この回のみ削除:</translation>
    </message>
    <message>
        <source>Delete one occurrence</source>
        <translation>1 回分を削除</translation>
    </message>
    <message>
        <source>Delete the whole series</source>
        <translation>シリーズ全体を削除</translation>
    </message>
    <message>
        <source>“{topic}” is a recurring meeting. Edit which part?</source>
        <translation>「{topic}」は定期ミーティングです。どの部分を編集しますか?</translation>
    </message>
    <message>
        <source>Edit only this occurrence:</source>
        <translation>この回のみ編集:</translation>
    </message>
    <message>
        <source>Edit one occurrence</source>
        <translation>1 回分を編集</translation>
    </message>
    <message>
        <source>Edit the whole series</source>
        <translation>シリーズ全体を編集</translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation>回</translation>
    </message>
    <message>
        <source>E&amp;mail the host and registrants about the cancellation</source>
        <translation>キャンセルについてホストと登録者にメールで通知(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>Delete meeting — zoomdesk</source>
        <translation>ミーティングを削除 — zoomdesk</translation>
    </message>
    <message>
        <source>Edit recurring meeting — zoomdesk</source>
        <translation>定期ミーティングを編集 — zoomdesk</translation>
    </message>
    <message numerus="yes">
        <source>Delete the whole series (%n upcoming occurrence(s))</source>
        <translation>
            <numerusform>シリーズ全体を削除 (今後 %n 回)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit the whole series (%n upcoming occurrence(s))</source>
        <translation>
            <numerusform>シリーズ全体を編集 (今後 %n 回)</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “{topic}” ({when})?</source>
        <translation>「{topic}」({when}) を削除しますか?</translation>
    </message>
    <message>
        <source>Delete “{topic}”?</source>
        <translation>「{topic}」を削除しますか?</translation>
    </message>
</context>
<context>
    <name>Offline</name>
    <message>
        <source>Needs Zoom, which cannot be reached right now; zoomdesk keeps trying.</source>
        <translation>Zoom が必要ですが、現在接続できません。zoomdesk は再試行を続けます。</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>Zoom cannot be reached. Showing your meetings as of {time}, read-only: copying links and invitations and saving .ics files still work. Trying again in {seconds} s. {problem}</source>
        <translation>Zoom に接続できません。{time} 時点のミーティングを読み取り専用で表示しています。リンクや招待のコピー、.ics ファイルの保存は引き続き使えます。{seconds} 秒後に再試行します。{problem}</translation>
    </message>
    <message>
        <source>Zoom cannot be reached. Nothing is kept from an earlier visit to show meanwhile. Trying again in {seconds} s. {problem}</source>
        <translation>Zoom に接続できません。その間に表示できる以前のデータは保存されていません。{seconds} 秒後に再試行します。{problem}</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>今すぐ再試行</translation>
    </message>
</context>
<context>
    <name>OutcomeCheck</name>
    <message>
        <source>Check now</source>
        <translation>今すぐ確認</translation>
    </message>
    <message>
        <source>It was created — open it</source>
        <translation>作成されています — 開く</translation>
    </message>
    <message>
        <source>It was not created — try again</source>
        <translation>作成されていません — 再試行</translation>
    </message>
    <message>
        <source>Try again without checking</source>
        <translation>確認せずに再試行</translation>
    </message>
    <message>
        <source>Checking whether the meeting was created</source>
        <translation>ミーティングが作成されたかの確認</translation>
    </message>
    <message>
        <source>The meeting may or may not have been created</source>
        <translation>ミーティングが作成されたかどうかわかりません</translation>
    </message>
    <message>
        <source>The request was sent, but no answer came back. It was NOT retried, so that the meeting is not created twice. Check the host&apos;s meetings before trying again.</source>
        <translation>リクエストは送信されましたが、応答がありませんでした。ミーティングが二重に作成されないよう、再試行は行っていません。もう一度試す前に、ホストのミーティングを確認してください。</translation>
    </message>
    <message>
        <source>Checking the host&apos;s meetings…</source>
        <translation>ホストのミーティングを確認しています…</translation>
    </message>
    <message>
        <source>no fixed time</source>
        <translation>日時指定なし</translation>
    </message>
    <message>
        <source>It was created</source>
        <translation>作成されています</translation>
    </message>
    <message>
        <source>It was not created</source>
        <translation>作成されていません</translation>
    </message>
    <message>
        <source>Couldn&apos;t check whether the meeting was created</source>
        <translation>ミーティングが作成されたか確認できませんでした</translation>
    </message>
    <message>
        <source>“{topic}” ({time}, meeting ID {id}) was created for this host.</source>
        <translation>「{topic}」({time}、ミーティングID {id}) はこのホストに作成されています。</translation>
    </message>
    <message>
        <source>No meeting called “{topic}” at this time was created for this host in the last few minutes. It is safe to try again.</source>
        <translation>この数分間に、このホストに「{topic}」という名前でこの日時のミーティングは作成されていません。安全に再試行できます。</translation>
    </message>
    <message>
        <source>{title}. {explanation}</source>
        <translation>{title}。{explanation}</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>no policy</source>
        <translation>ポリシーなし</translation>
    </message>
    <message>
        <source>{value} is not an IANA time zone (Europe/Berlin)</source>
        <translation>{value} は IANA のタイムゾーンではありません（Europe/Berlin など）</translation>
    </message>
    <message>
        <source>; known names: {names}</source>
        <translation>。既知の名前: {names}</translation>
    </message>
    <message>
        <source>unknown policy name {name}{suggestion}</source>
        <translation>不明なポリシー名 {name}{suggestion}</translation>
    </message>
    <message>
        <source>allowed_hosts must be a list of emails or @domains</source>
        <translation>allowed_hosts はメールアドレスまたは @ドメインのリストにしてください</translation>
    </message>
    <message>
        <source>profiles must be a list of tables ([[profiles]])</source>
        <translation>profiles はテーブルのリストにしてください（[[profiles]]）</translation>
    </message>
    <message>
        <source>two preset profiles named {name}</source>
        <translation>{name} という名前の既定プロファイルが 2 つあります</translation>
    </message>
    <message>
        <source>locked_settings must be a table ([locked_settings])</source>
        <translation>locked_settings はテーブルにしてください（[locked_settings]）</translation>
    </message>
    <message>
        <source>{setting} is set by {policy}; it must be {value}.</source>
        <translation>{setting} は {policy} で設定されています。値は {value} である必要があります。</translation>
    </message>
    <message>
        <source>; did you mean {name}?</source>
        <translation>。{name} のことですか?</translation>
    </message>
    <message>
        <source>each preset profile must be a table</source>
        <translation>既定プロファイルはそれぞれテーブルにしてください</translation>
    </message>
    <message>
        <source>{key} must be text</source>
        <translation>{key} はテキストにしてください</translation>
    </message>
    <message>
        <source>a preset profile needs {key}</source>
        <translation>既定プロファイルには {key} が必要です</translation>
    </message>
    <message>
        <source>region must be global or zoomgov</source>
        <translation>region は global または zoomgov にしてください</translation>
    </message>
    <message>
        <source>your organisation&apos;s policy ({source})</source>
        <translation>組織のポリシー（{source}）</translation>
    </message>
    <message>
        <source>{email} is not among the hosts this desktop may manage ({hosts}), set by {policy}.</source>
        <translation>{email} は、このコンピューターで管理できるホスト（{hosts}）に含まれていません。{policy} で設定されています。</translation>
    </message>
    <message>
        <source>{key} must be true or false</source>
        <translation>{key} は true または false にしてください</translation>
    </message>
    <message>
        <source>{value} is neither an email (board@example.com) nor a domain (@example.org)</source>
        <translation>{value} はメールアドレス（board@example.com）でもドメイン（@example.org）でもありません</translation>
    </message>
    <message>
        <source>this host</source>
        <translation>このホスト</translation>
    </message>
    <message>
        <source>a policy never holds a secret: remove {key}; each user&apos;s secret goes in the keyring (zoomdesk profiles add NAME --client-secret-stdin)</source>
        <translation>ポリシーにシークレットを含めることはできません。{key} を削除してください。各ユーザーのシークレットはキーリングに保存します（zoomdesk profiles add NAME --client-secret-stdin）</translation>
    </message>
    <message>
        <source>unknown profile name {name}{suggestion}</source>
        <translation>不明なプロファイルの項目名 {name}{suggestion}</translation>
    </message>
    <message>
        <source>cannot read the policy file ({error})</source>
        <translation>ポリシーファイルを読み取れません（{error}）</translation>
    </message>
    <message>
        <source>not valid TOML: {reason}</source>
        <translation>有効な TOML ではありません: {reason}</translation>
    </message>
    <message>
        <source>not a valid plist</source>
        <translation>有効な plist ではありません</translation>
    </message>
    <message>
        <source>cannot read the managed preferences ({error})</source>
        <translation>管理対象の環境設定を読み取れません（{error}）</translation>
    </message>
    <message>
        <source>the managed preferences are not a dictionary</source>
        <translation>管理対象の環境設定が辞書形式ではありません</translation>
    </message>
    <message>
        <source>the policy file does not exist</source>
        <translation>ポリシーファイルが存在しません</translation>
    </message>
</context>
<context>
    <name>PolicyUi</name>
    <message>
        <source>Adding profiles is turned off by {policy}; ask IT for a profile.</source>
        <translation>{policy} によりプロファイルの追加は無効になっています。IT 部門にプロファイルを依頼してください。</translation>
    </message>
    <message>
        <source>The sandbox is turned off by {policy}.</source>
        <translation>{policy} によりサンドボックスは無効になっています。</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy is unreadable, ask IT: {problem}. Until it is fixed, zoomdesk keeps the restrictive defaults (no new profiles, no sandbox).</source>
        <translation>組織のポリシーを読み取れません。IT 部門に問い合わせてください: {problem}。修正されるまで、zoomdesk は制限付きの既定値 (新しいプロファイルなし、サンドボックスなし) を使います。</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>ポリシー</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>The new language is used when zoomdesk next starts.</source>
        <translation>新しい言語は zoomdesk の次回起動時に適用されます。</translation>
    </message>
    <message>
        <source>Used for menus, messages, dates and times.</source>
        <translation>メニュー、メッセージ、日付と時刻に使われます。</translation>
    </message>
</context>
<context>
    <name>ProfileActions</name>
    <message>
        <source>Remove profile — zoomdesk</source>
        <translation>プロファイルを削除 — zoomdesk</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Connecting with “{name}”</source>
        <translation>「{name}」で接続</translation>
    </message>
    <message>
        <source>Removing “{name}”</source>
        <translation>「{name}」の削除</translation>
    </message>
    <message>
        <source>Remove the profile “{name}” and its secret from this computer? Your Zoom account and its meetings are not affected.</source>
        <translation>プロファイル「{name}」とそのシークレットをこのコンピューターから削除しますか？Zoom アカウントとそのミーティングには影響しません。</translation>
    </message>
    <message>
        <source>Reading the profiles</source>
        <translation>プロファイルの読み込み</translation>
    </message>
    <message>
        <source>The profile was removed, but its secret could not be deleted from the password store: {problem}</source>
        <translation>プロファイルは削除しましたが、そのシークレットをパスワード ストアから削除できませんでした：{problem}</translation>
    </message>
    <message>
        <source>“{name}” was saved, but zoomdesk could not connect with it: {problem} It stays on the current connection.</source>
        <translation>「{name}」を保存しましたが、zoomdesk はこのプロファイルで接続できませんでした：{problem} 現在の接続のままです。</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>プロファイルを編集…</translation>
    </message>
    <message>
        <source>Switch anyway</source>
        <translation>それでも切り替える</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Enter a URL.</source>
        <translation>URL を入力してください。</translation>
    </message>
    <message>
        <source>Enter the account ID.</source>
        <translation>アカウントIDを入力してください。</translation>
    </message>
    <message>
        <source>Enter the client ID.</source>
        <translation>クライアントIDを入力してください。</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>クライアントシークレットを入力してください。</translation>
    </message>
    <message>
        <source>A profile with this name exists already.</source>
        <translation>この名前のプロファイルは既にあります。</translation>
    </message>
    <message>
        <source>Enter the credentials of your Server-to-Server OAuth app. You find them on the app&apos;s App Credentials page in the Zoom App Marketplace.</source>
        <translation>Server-to-Server OAuth アプリの認証情報を入力してください。Zoom App Marketplace のアプリの App Credentials ページに表示されています。</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>プロファイル名</translation>
    </message>
    <message>
        <source>e.g. Work</source>
        <translation>例：仕事</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Custom base URLs</source>
        <translation>カスタムのベース URL</translation>
    </message>
    <message>
        <source>OAuth URL</source>
        <translation>OAuth URL</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>API URL</translation>
    </message>
    <message>
        <source>From the token (recommended)</source>
        <translation>トークンから取得（推奨）</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>アカウントID</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>クライアントID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>クライアントシークレット</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Show the client secret</source>
        <translation>クライアントシークレットを表示</translation>
    </message>
    <message>
        <source>Show or hide the client secret</source>
        <translation>クライアントシークレットの表示／非表示</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>リージョン(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;OAuth URL:</source>
        <translation>OAuth URL(&amp;O):</translation>
    </message>
    <message>
        <source>A&amp;PI URL:</source>
        <translation>API URL(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Account ID:</source>
        <translation>アカウントID(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>クライアントID(&amp;C):</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>クライアントシークレット(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続テスト(&amp;T)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>接続テストの結果</translation>
    </message>
    <message>
        <source>Keyring problem</source>
        <translation>キーリングの問題</translation>
    </message>
    <message>
        <source>Asking Zoom for an access token…</source>
        <translation>Zoom にアクセストークンを要求しています…</translation>
    </message>
    <message>
        <source>Edit profile — zoomdesk</source>
        <translation>プロファイルを編集 — zoomdesk</translation>
    </message>
    <message>
        <source>Connect to Zoom — zoomdesk</source>
        <translation>Zoom に接続 — zoomdesk</translation>
    </message>
    <message>
        <source>Stored in the system keyring; leave empty to keep it</source>
        <translation>システムのキーリングに保存済み。変更しない場合は空欄のまま</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>非表示</translation>
    </message>
    <message>
        <source>Hide the client secret</source>
        <translation>クライアントシークレットを隠す</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>接続のテスト</translation>
    </message>
    <message>
        <source>Saving the profile</source>
        <translation>プロファイルの保存</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>{field}の問題</translation>
    </message>
    <message>
        <source>Something unexpected went wrong: {problem}</source>
        <translation>予期しない問題が発生しました：{problem}</translation>
    </message>
    <message>
        <source>The client secret is needed to test the connection.</source>
        <translation>接続をテストするにはクライアントシークレットが必要です。</translation>
    </message>
    <message>
        <source>{problem} You can use the secret for this session only: zoomdesk keeps it in memory until it closes, and asks for it again next time.</source>
        <translation>{problem} このセッションだけシークレットを使うこともできます。zoomdesk は終了するまでメモリーに保持し、次回また入力を求めます。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation>このセッションだけ使う</translation>
    </message>
</context>
<context>
    <name>ProfileMenu</name>
    <message>
        <source>Sandbox (not real Zoom)</source>
        <translation>サンドボックス (本物の Zoom ではありません)</translation>
    </message>
    <message>
        <source>&amp;Sandbox (not real Zoom)</source>
        <translation>サンドボックス (本物の Zoom ではありません)(&amp;S)</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境変数</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>Enter a name for this profile.</source>
        <translation>このプロファイルの名前を入力してください。</translation>
    </message>
    <message>
        <source>A profile name cannot start or end with a space.</source>
        <translation>プロファイル名の先頭と末尾に空白は使えません。</translation>
    </message>
    <message>
        <source>A profile name can have at most 100 characters.</source>
        <translation>プロファイル名は 100 文字以内にしてください。</translation>
    </message>
    <message>
        <source>A profile name cannot contain / or \.</source>
        <translation>プロファイル名に / や \ は使えません。</translation>
    </message>
    <message>
        <source>A profile name cannot contain control characters (new lines, tabs, escapes).</source>
        <translation>プロファイル名に制御文字（改行、タブ、エスケープ）は使えません。</translation>
    </message>
    <message>
        <source>The URL must not contain a user name or password; credentials go elsewhere.</source>
        <translation>URL にユーザー名やパスワードを含めないでください。認証情報は別の場所に入力します。</translation>
    </message>
    <message>
        <source>Cannot save the settings file {path}: {error}</source>
        <translation>設定ファイル {path} を保存できません: {error}</translation>
    </message>
    <message>
        <source>{url} is not an http(s) URL; enter a full URL, like https://zoom.us.</source>
        <translation>{url} は http(s) の URL ではありません。https://zoom.us のような完全な URL を入力してください。</translation>
    </message>
    <message>
        <source>{url} is plain http to another computer, which would send the credentials unencrypted; use https:// (plain http is only allowed for this computer).</source>
        <translation>{url} は別のコンピューターへの暗号化されていない http で、認証情報が暗号化されずに送信されます。https:// を使用してください（暗号化なしの http はこのコンピューターに対してのみ使用できます）。</translation>
    </message>
    <message>
        <source>Cannot read the settings file {path}: {error}</source>
        <translation>設定ファイル {path} を読み取れません: {error}</translation>
    </message>
    <message>
        <source>The settings file {path} is damaged ({error}). Move it aside and add the profile again; no secret is stored in it.</source>
        <translation>設定ファイル {path} が壊れています（{error}）。ファイルを別の場所に移してから、プロファイルをもう一度追加してください。このファイルにシークレットは保存されていません。</translation>
    </message>
    <message>
        <source>{url} is not a URL; enter a full URL, like https://zoom.us.</source>
        <translation>{url} は URL ではありません。https://zoom.us のような完全な URL を入力してください。</translation>
    </message>
    <message>
        <source>Another zoomdesk is still writing {path}; try again.</source>
        <translation>別の zoomdesk がまだ {path} に書き込んでいます。もう一度お試しください。</translation>
    </message>
    <message>
        <source>No profile named {name}; see `zoomdesk profiles list`.</source>
        <translation>{name} という名前のプロファイルはありません。`zoomdesk profiles list` を参照してください。</translation>
    </message>
    <message>
        <source>Incomplete credentials in profile {name}: missing {fields}.</source>
        <translation>プロファイル {name} の認証情報が不完全です。不足: {fields}。</translation>
    </message>
    <message>
        <source>Incomplete credentials in the environment: missing {fields}.</source>
        <translation>環境変数の認証情報が不完全です。不足: {fields}。</translation>
    </message>
    <message>
        <source>the oauth url of profile {name}: {problem}</source>
        <translation>プロファイル {name} の OAuth URL: {problem}</translation>
    </message>
    <message>
        <source>the api url of profile {name}: {problem}</source>
        <translation>プロファイル {name} の API URL: {problem}</translation>
    </message>
    <message>
        <source>account ID (ZOOM_ACCOUNT_ID)</source>
        <translation>アカウントID（ZOOM_ACCOUNT_ID）</translation>
    </message>
    <message>
        <source>client ID (ZOOM_CLIENT_ID)</source>
        <translation>クライアントID（ZOOM_CLIENT_ID）</translation>
    </message>
    <message>
        <source>client secret (ZOOM_CLIENT_SECRET or the keyring)</source>
        <translation>クライアントシークレット（ZOOM_CLIENT_SECRET またはキーリング）</translation>
    </message>
</context>
<context>
    <name>RateLimit</name>
    <message>
        <source>{remaining} of {limit} {category} requests left today for the whole Zoom account (resets {time} UTC); slowing down</source>
        <translation>Zoom アカウント全体で本日残っている {category} リクエストは {limit} 件中 {remaining} 件です（{time} UTC にリセット）。処理を遅くしています</translation>
    </message>
    <message>
        <source>{remaining} of {limit} {category} requests left today for the whole Zoom account (resets {time} UTC); bulk work pauses to leave them for people</source>
        <translation>Zoom アカウント全体で本日残っている {category} リクエストは {limit} 件中 {remaining} 件です（{time} UTC にリセット）。利用者のために残すよう一括処理を一時停止します</translation>
    </message>
</context>
<context>
    <name>RecoveryBanner</name>
    <message>
        <source>“{topic}”</source>
        <translation>「{topic}」</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>1 meeting form was not saved when zoomdesk last stopped: {topics}.</source>
        <translation>前回 zoomdesk が終了したとき、1 件のミーティングフォームが保存されていませんでした: {topics}。</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting forms were not saved when zoomdesk last stopped: {topics}.</source>
        <translation>
            <numerusform>前回 zoomdesk が終了したとき、%n 件のミーティングフォームが保存されていませんでした: {topics}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved forms discarded</source>
        <translation>保存されていないフォームを破棄しました</translation>
    </message>
    <message numerus="yes">
        <source>{topics} and %n more</source>
        <translation>
            <numerusform>{topics} ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>Every day</source>
        <translation>毎日</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>%n 日ごと</numerusform>
        </translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>毎週</translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s)</source>
        <translation>
            <numerusform>%n 週間ごと</numerusform>
        </translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>毎月</translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s)</source>
        <translation>
            <numerusform>%n か月ごと</numerusform>
        </translation>
    </message>
    <message>
        <source>{rule} on {days}</source>
        <translation>{rule}（{days}）</translation>
    </message>
    <message>
        <source>{rule}, until {date}</source>
        <translation>{rule}、{date} まで</translation>
    </message>
    <message>
        <source>{rule} on day {day}</source>
        <translation>{rule} {day} 日</translation>
    </message>
    <message numerus="yes">
        <source>{rule}, %n time(s)</source>
        <translation>
            <numerusform>{rule}、%n 回</numerusform>
        </translation>
    </message>
    <message>
        <source>{rule} on the last {weekday}</source>
        <translation>{rule} 最終{weekday}曜日</translation>
    </message>
    <message>
        <source>{rule} on the first {weekday}</source>
        <translation>{rule} 第1{weekday}曜日</translation>
    </message>
    <message>
        <source>{rule} on the second {weekday}</source>
        <translation>{rule} 第2{weekday}曜日</translation>
    </message>
    <message>
        <source>{rule} on the third {weekday}</source>
        <translation>{rule} 第3{weekday}曜日</translation>
    </message>
    <message>
        <source>{rule} on the fourth {weekday}</source>
        <translation>{rule} 第4{weekday}曜日</translation>
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message>
        <source>Daily</source>
        <translation>毎日</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>毎週</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>毎月</translation>
    </message>
    <message>
        <source>First</source>
        <translation>第 1</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>第 2</translation>
    </message>
    <message>
        <source>Third</source>
        <translation>第 3</translation>
    </message>
    <message>
        <source>Fourth</source>
        <translation>第 4</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>最終</translation>
    </message>
    <message>
        <source>occurrences (at most {limit})</source>
        <translation>回 (最大 {limit})</translation>
    </message>
    <message>
        <source>On</source>
        <translation>指定日</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>繰り返し</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>繰り返しの間隔</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Monthly on a day of the month</source>
        <translation>毎月、月の指定日</translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation>日</translation>
    </message>
    <message>
        <source>The</source>
        <translation>曜日</translation>
    </message>
    <message>
        <source>Monthly on a weekday of a week</source>
        <translation>毎月、指定週の曜日</translation>
    </message>
    <message>
        <source>Week of the month</source>
        <translation>月の週</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>曜日</translation>
    </message>
    <message>
        <source>After</source>
        <translation>回数</translation>
    </message>
    <message>
        <source>End after a number of occurrences</source>
        <translation>指定回数で終了</translation>
    </message>
    <message>
        <source>Number of occurrences</source>
        <translation>回数</translation>
    </message>
    <message>
        <source>End on a date</source>
        <translation>指定日で終了</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>最終日</translation>
    </message>
    <message>
        <source>Repeat summary</source>
        <translation>繰り返しの概要</translation>
    </message>
    <message>
        <source>&amp;Repeats</source>
        <translation>繰り返し(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;very</source>
        <translation>間隔(&amp;V)</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>終了</translation>
    </message>
    <message numerus="yes">
        <source>day(s) (at most {limit})</source>
        <translation>
            <numerusform>日ごと (最大 {limit})</numerusform>
        </translation>
    </message>
    <message>
        <source>{rule}, until {date}</source>
        <translation>{rule}、{date} まで</translation>
    </message>
    <message>
        <source>of the month</source>
        <translation>日</translation>
    </message>
    <message numerus="yes">
        <source>week(s) (at most {limit})</source>
        <translation>
            <numerusform>週ごと (最大 {limit})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s) (at most {limit})</source>
        <translation>
            <numerusform>か月ごと (最大 {limit})</numerusform>
        </translation>
    </message>
    <message>
        <source>{rule}, once</source>
        <translation>{rule}、1 回</translation>
    </message>
    <message numerus="yes">
        <source>{rule}, %n times</source>
        <translation>
            <numerusform>{rule}、%n 回</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecurrenceSummary</name>
    <message>
        <source>Recurring</source>
        <translation>定期</translation>
    </message>
</context>
<context>
    <name>RegistrantDialogs</name>
    <message>
        <source>Add registrant — zoomdesk</source>
        <translation>登録者の追加 — zoomdesk</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Not an email address.</source>
        <translation>メールアドレスではありません。</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>インポートのプレビュー</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>メール(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>名(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>姓(&amp;L)</translation>
    </message>
    <message>
        <source>Zoom needs a first name.</source>
        <translation>Zoom では名が必要です。</translation>
    </message>
    <message numerus="yes">
        <source>Register %n people from {file} (one request each)?</source>
        <translation>
            <numerusform>{file} から %n 人を登録しますか (1 人につき 1 リクエスト)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Register %n people from {file} (in batches of 30)?</source>
        <translation>
            <numerusform>{file} から %n 人を登録しますか (30 人ずつ)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Import {file} — zoomdesk</source>
        <translation>{file} のインポート — zoomdesk</translation>
    </message>
    <message numerus="yes">
        <source>{file} can&apos;t be imported: fix these %n problem(s) and try again. Nothing has been sent.</source>
        <translation>
            <numerusform>{file} はインポートできません。次の %n 件の問題を修正してから、もう一度お試しください。何も送信されていません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistrantImport</name>
    <message>
        <source>columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Unknown column {name}; Zoom&apos;s fields are {fields}.</source>
        <translation>不明な列 {name} です。Zoom のフィールドは {fields} です。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Zoom takes at most {count} registrants.</source>
        <translation>Zoom で登録できるのは最大 {count} 人です。</translation>
    </message>
    <message>
        <source>The file needs a column {name}.</source>
        <translation>ファイルには列 {name} が必要です。</translation>
    </message>
    <message>
        <source>Not an email address: {address}.</source>
        <translation>メールアドレスではありません: {address}。</translation>
    </message>
    <message>
        <source>line {number}</source>
        <translation>{number} 行目</translation>
    </message>
    <message>
        <source>{address} is listed twice.</source>
        <translation>{address} が 2 回記載されています。</translation>
    </message>
    <message>
        <source>No registrants in the file.</source>
        <translation>ファイルに登録者がありません。</translation>
    </message>
    <message>
        <source>first_name is empty.</source>
        <translation>first_name が空です。</translation>
    </message>
</context>
<context>
    <name>RegistrantsDialog</name>
    <message>
        <source>Registrants approved automatically</source>
        <translation>登録者を自動で承認</translation>
    </message>
    <message>
        <source>Registrants approved by the host</source>
        <translation>登録者をホストが承認</translation>
    </message>
    <message>
        <source>email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>city</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <source>country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>zip</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>state</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>purchasing time frame</source>
        <translation>購入時期</translation>
    </message>
    <message>
        <source>role in purchase process</source>
        <translation>購入プロセスでの役割</translation>
    </message>
    <message>
        <source>number of employees</source>
        <translation>従業員数</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>{question} (required)</source>
        <translation>{question} (必須)</translation>
    </message>
    <message>
        <source>Pending ({count})</source>
        <translation>保留中 ({count})</translation>
    </message>
    <message>
        <source>Approved ({count})</source>
        <translation>承認済み ({count})</translation>
    </message>
    <message>
        <source>Denied ({count})</source>
        <translation>拒否 ({count})</translation>
    </message>
    <message>
        <source>All ({count})</source>
        <translation>すべて ({count})</translation>
    </message>
    <message>
        <source>Registration asks for: {questions}.</source>
        <translation>登録時の質問: {questions}。</translation>
    </message>
    <message>
        <source>Loading the registrants</source>
        <translation>登録者の読み込み</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 件のリクエスト</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing registrants</source>
        <translation>登録者の削除</translation>
    </message>
    <message>
        <source>Adding a registrant</source>
        <translation>登録者の追加</translation>
    </message>
    <message>
        <source>Import registrants — zoomdesk</source>
        <translation>登録者のインポート — zoomdesk</translation>
    </message>
    <message>
        <source>Export registrants — zoomdesk</source>
        <translation>登録者のエクスポート — zoomdesk</translation>
    </message>
    <message>
        <source>Importing registrants</source>
        <translation>登録者のインポート</translation>
    </message>
    <message numerus="yes">
        <source>Registered {done} of %n ({requests}).</source>
        <translation>
            <numerusform>%n 人中 {done} 人を登録しました ({requests})。</numerusform>
        </translation>
    </message>
    <message>
        <source>Registrant status</source>
        <translation>登録者のステータス</translation>
    </message>
    <message>
        <source>Search names, emails, organisations</source>
        <translation>名前・メール・組織を検索</translation>
    </message>
    <message>
        <source>Search registrants</source>
        <translation>登録者を検索</translation>
    </message>
    <message>
        <source>Registrants</source>
        <translation>登録者</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>承認(&amp;P)</translation>
    </message>
    <message>
        <source>Approve the selected registrants</source>
        <translation>選択した登録者を承認</translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation>拒否(&amp;D)</translation>
    </message>
    <message>
        <source>Deny the selected registrants</source>
        <translation>選択した登録者を拒否</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Register one person</source>
        <translation>1 人を登録</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>削除(&amp;R)…</translation>
    </message>
    <message>
        <source>Remove the selected registrants</source>
        <translation>選択した登録者を削除</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV をインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Register many people from a CSV file</source>
        <translation>CSV ファイルから多数の人を登録</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV にエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the registrants shown as CSV</source>
        <translation>表示中の登録者を CSV で保存</translation>
    </message>
    <message>
        <source>Loading registrants…</source>
        <translation>登録者を読み込んでいます…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message numerus="yes">
        <source>%n registrant(s).</source>
        <translation>
            <numerusform>登録者 %n 人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing registrants</source>
        <translation>登録者の変更</translation>
    </message>
    <message numerus="yes">
        <source>Approved %n registrant(s) ({requests}).</source>
        <translation>
            <numerusform>%n 人の登録者を承認しました ({requests})。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove registrants — zoomdesk</source>
        <translation>登録者の削除 — zoomdesk</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n registrant(s)? Their join links stop working.</source>
        <translation>
            <numerusform>%n 人の登録者を削除しますか? 参加リンクは使えなくなります。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n registrant(s).</source>
        <translation>
            <numerusform>%n 人の登録者を削除しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Registering %n people…</source>
        <translation>
            <numerusform>%n 人を登録しています…</numerusform>
        </translation>
    </message>
    <message>
        <source>unexpected error</source>
        <translation>予期しないエラー</translation>
    </message>
    <message numerus="yes">
        <source>Denied %n registrant(s) ({requests}).</source>
        <translation>
            <numerusform>%n 人の登録者を拒否しました ({requests})。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled %n registrant(s) ({requests}).</source>
        <translation>
            <numerusform>%n 人の登録者をキャンセルしました ({requests})。</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Registrants of “{topic}” — zoomdesk</source>
        <translation>「{topic}」の登録者 — zoomdesk</translation>
    </message>
    <message>
        <source>Registered {email}.</source>
        <translation>{email} を登録しました。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n registrant(s) to {file}.</source>
        <translation>
            <numerusform>%n 人の登録者を {file} に保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>{task} failed: {error}</source>
        <translation>{task}に失敗しました: {error}</translation>
    </message>
    <message>
        <source>“{topic}” doesn&apos;t take registrations. Turn on Registration in the meeting&apos;s Advanced settings first.</source>
        <translation>「{topic}」は登録を受け付けていません。先にミーティングの詳細設定で登録をオンにしてください。</translation>
    </message>
    <message>
        <source>Not registered: {people}</source>
        <translation>登録されなかった人: {people}</translation>
    </message>
    <message>
        <source>Registration questions unavailable: {error}</source>
        <translation>登録の質問を取得できません: {error}</translation>
    </message>
    <message>
        <source>{file} can&apos;t be read: {error}</source>
        <translation>{file} を読み込めません: {error}</translation>
    </message>
</context>
<context>
    <name>RegistrantsModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登録日時</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>拒否</translation>
    </message>
</context>
<context>
    <name>RequestView</name>
    <message>
        <source>zoomdesk never records secrets, so it cannot be shown here.</source>
        <translation>zoomdesk はシークレットを記録しないため、ここには表示できません。</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>リクエストの詳細</translation>
    </message>
    <message>
        <source>Method and URL</source>
        <translation>メソッドと URL</translation>
    </message>
    <message>
        <source>Where the parameters travelled</source>
        <translation>パラメーターの送信場所</translation>
    </message>
    <message>
        <source>Query string</source>
        <translation>クエリ文字列</translation>
    </message>
    <message>
        <source>Query string parameters</source>
        <translation>クエリ文字列のパラメーター</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>リクエストヘッダー</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>Form body fields</source>
        <translation>フォーム本文のフィールド</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>リクエスト本文</translation>
    </message>
    <message>
        <source>(empty body)</source>
        <translation>（本文なし）</translation>
    </message>
    <message>
        <source>Basic — client ID: {client_id}   client secret: {mask} (masked)</source>
        <translation>Basic — クライアントID：{client_id}   クライアントシークレット：{mask}（伏せ字）</translation>
    </message>
    <message>
        <source>HTTP Basic: Base64 of client_id:client_secret, decoded. {never_kept}</source>
        <translation>HTTP Basic：client_id:client_secret の Base64 をデコードしたもの。{never_kept}</translation>
    </message>
    <message>
        <source>The access token, masked; the sha256 fingerprint tells tokens apart.</source>
        <translation>アクセストークン（伏せ字）。sha256 フィンガープリントでトークンを区別できます。</translation>
    </message>
    <message>
        <source>An Authorization header of another kind, masked.</source>
        <translation>別の種類の Authorization ヘッダー（伏せ字）。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>意味</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>The header did not decode to client_id:client_secret. {never_kept}</source>
        <translation>ヘッダーをデコードしても client_id:client_secret になりませんでした。{never_kept}</translation>
    </message>
    <message>
        <source>Body — form fields (application/x-www-form-urlencoded)</source>
        <translation>本文 — フォームのフィールド（application/x-www-form-urlencoded）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Parameters travelled in: {where}&lt;/b&gt;&lt;br&gt;The token parameters are in the query string, not in a form body: Zoom answers this with 400. See the Diagnosis tab.</source>
        <translation>&lt;b&gt;パラメーターの送信場所：{where}&lt;/b&gt;&lt;br&gt;トークンのパラメーターがフォーム本文ではなくクエリ文字列にあります。Zoom は 400 を返します。「診断」タブを参照してください。</translation>
    </message>
    <message>
        <source>Body — no Content-Type</source>
        <translation>本文 — Content-Type なし</translation>
    </message>
    <message>
        <source>&lt;b&gt;Parameters travelled in: {where}&lt;/b&gt;&lt;br&gt;The access token is in the query string; Zoom refuses it there (401, code 124).</source>
        <translation>&lt;b&gt;パラメーターの送信場所：{where}&lt;/b&gt;&lt;br&gt;アクセストークンがクエリ文字列にあります。Zoom はこれを拒否します（401、コード 124）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Parameters travelled in:&lt;/b&gt; {where}</source>
        <translation>&lt;b&gt;パラメーターの送信場所：&lt;/b&gt;{where}</translation>
    </message>
    <message>
        <source>Body — {kind}</source>
        <translation>本文 — {kind}</translation>
    </message>
</context>
<context>
    <name>ResponseView</name>
    <message>
        <source>Zoom&apos;s id for this request. Give it to Zoom support so they can trace exactly this call.</source>
        <translation>このリクエストに対する Zoom の ID です。Zoom サポートに伝えると、この呼び出しを正確に追跡できます。</translation>
    </message>
    <message>
        <source>The rate-limit category of this endpoint (Light, Medium, Heavy, Resource-intensive); each has its own limits.</source>
        <translation>このエンドポイントのレート制限カテゴリー（Light、Medium、Heavy、Resource-intensive）。カテゴリーごとに制限があります。</translation>
    </message>
    <message>
        <source>Which limit applies: QPS (per second, short) or Daily-limit (until the reset time).</source>
        <translation>適用される制限：QPS（1 秒あたり、短期）または Daily-limit（リセット時刻まで）。</translation>
    </message>
    <message>
        <source>How many calls that limit allows.</source>
        <translation>その制限で許可される呼び出し回数。</translation>
    </message>
    <message>
        <source>Calls left before Zoom answers 429 Too Many Requests.</source>
        <translation>Zoom が 429 Too Many Requests を返すまでの残り呼び出し回数。</translation>
    </message>
    <message>
        <source>{local} (your time) = {utc} UTC</source>
        <translation>{local}（現地時刻）= {utc} UTC</translation>
    </message>
    <message>
        <source>When to try again; this value could not be read.</source>
        <translation>再試行できる時刻。この値は読み取れませんでした。</translation>
    </message>
    <message>
        <source>A rate-limit header from Zoom.</source>
        <translation>Zoom のレート制限ヘッダー。</translation>
    </message>
    <message>
        <source>The server&apos;s clock when it answered (checked against yours).</source>
        <translation>応答時のサーバーの時計（お使いの時計と照合）。</translation>
    </message>
    <message>
        <source>Response details</source>
        <translation>応答の詳細</translation>
    </message>
    <message>
        <source>Response status</source>
        <translation>応答のステータス</translation>
    </message>
    <message>
        <source>Tracking id</source>
        <translation>トラッキング ID</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>応答ヘッダー</translation>
    </message>
    <message>
        <source>(no response headers)</source>
        <translation>（応答ヘッダーなし）</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>応答本文</translation>
    </message>
    <message>
        <source>Sent at:</source>
        <translation>送信時刻:</translation>
    </message>
    <message>
        <source>Took:</source>
        <translation>所要時間:</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>プロトコル:</translation>
    </message>
    <message>
        <source>Tracking id:</source>
        <translation>トラッキング ID:</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>意味</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>ネットワークエラー</translation>
    </message>
    <message>
        <source>&lt;b&gt;{status} {reason}&lt;/b&gt; — ✗ Failed</source>
        <translation>&lt;b&gt;{status} {reason}&lt;/b&gt; — ✗ 失敗</translation>
    </message>
    <message>
        <source>&lt;b&gt;{status} {reason}&lt;/b&gt; — ✓ Succeeded</source>
        <translation>&lt;b&gt;{status} {reason}&lt;/b&gt; — ✓ 成功</translation>
    </message>
    <message>
        <source>(none: not sent by Zoom)</source>
        <translation>（なし：Zoom から送信されていません）</translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation>（本文なし）</translation>
    </message>
    <message>
        <source>Try again after {when}: {seconds} s after the call.</source>
        <translation>{when} 以降に再試行してください：呼び出しから {seconds} 秒後です。</translation>
    </message>
    <message>
        <source>{took}   (server Date: {time} UTC)</source>
        <translation>{took}   （サーバーの Date：{time} UTC）</translation>
    </message>
    <message>
        <source>&lt;b&gt;No answer&lt;/b&gt; ({kind})&lt;br&gt;{error}</source>
        <translation>&lt;b&gt;応答なし&lt;/b&gt;（{kind}）&lt;br&gt;{error}</translation>
    </message>
    <message>
        <source>Body — {kind}</source>
        <translation>本文 — {kind}</translation>
    </message>
</context>
<context>
    <name>RevealSecret</name>
    <message>
        <source>Client secret</source>
        <translation>クライアントシークレット</translation>
    </message>
    <message>
        <source>Client secret (revealed)</source>
        <translation>クライアントシークレット（表示中）</translation>
    </message>
    <message>
        <source>Client secret. It is not saved anywhere and this window closes by itself.</source>
        <translation>クライアントシークレットです。どこにも保存されず、このウィンドウは自動的に閉じます。</translation>
    </message>
    <message>
        <source>Copy the client secret</source>
        <translation>クライアントシークレットをコピー</translation>
    </message>
    <message>
        <source>Reveal the client secret?</source>
        <translation>クライアントシークレットを表示しますか？</translation>
    </message>
    <message>
        <source>Show the client secret on screen?</source>
        <translation>クライアントシークレットを画面に表示しますか？</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>アクセストークン</translation>
    </message>
    <message>
        <source>Access token (revealed)</source>
        <translation>アクセストークン（表示中）</translation>
    </message>
    <message>
        <source>Access token. It is not saved anywhere and this window closes by itself.</source>
        <translation>アクセストークンです。どこにも保存されず、このウィンドウは自動的に閉じます。</translation>
    </message>
    <message>
        <source>Copy the access token</source>
        <translation>アクセストークンをコピー</translation>
    </message>
    <message>
        <source>Reveal the access token?</source>
        <translation>アクセストークンを表示しますか？</translation>
    </message>
    <message>
        <source>Show the access token on screen?</source>
        <translation>アクセストークンを画面に表示しますか？</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Anyone who can see your screen (or a screen share or recording) could read it. It is shown for {seconds} seconds and never saved.</source>
        <translation>画面（画面共有や録画を含む）を見られる人なら誰でも読み取れます。表示は {seconds} 秒間だけで、保存されることはありません。</translation>
    </message>
    <message>
        <source>Hides in {seconds} s.</source>
        <translation>{seconds} 秒後に隠れます。</translation>
    </message>
</context>
<context>
    <name>SaveBar</name>
    <message>
        <source>Create meeting</source>
        <translation>ミーティングを作成</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>変更を保存</translation>
    </message>
    <message>
        <source>Save this occurrence</source>
        <translation>この回を保存</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>新しいミーティング</translation>
    </message>
    <message>
        <source>Duplicate meeting — {topic}</source>
        <translation>ミーティングを複製 — {topic}</translation>
    </message>
    <message>
        <source>Edit meeting — {topic}</source>
        <translation>ミーティングを編集 — {topic}</translation>
    </message>
    <message>
        <source>Edit one occurrence — {topic}</source>
        <translation>この回を編集 — {topic}</translation>
    </message>
    <message>
        <source>Editing the occurrence on this date ({zone})</source>
        <translation>この日付の回を編集しています ({zone})</translation>
    </message>
    <message>
        <source>Editing the occurrence on {when} ({zone})</source>
        <translation>{when} の回を編集しています ({zone})</translation>
    </message>
    <message>
        <source>What you change here applies to this date only: its start, duration, agenda and the options you can edit. The topic, passcode, time zone, repeat pattern and the greyed-out options belong to the whole series: edit the series to change them.</source>
        <translation>ここでの変更はこの日付にのみ適用されます (開始、所要時間、議題、編集できるオプション)。トピック、パスコード、タイムゾーン、繰り返しパターン、グレー表示のオプションはシリーズ全体の設定です。変更するにはシリーズを編集してください。</translation>
    </message>
    <message>
        <source>Why saving is not possible</source>
        <translation>保存できない理由</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>待機を中止</translation>
    </message>
</context>
<context>
    <name>SaveErrors</name>
    <message>
        <source>Topic</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>議題</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Passcode</source>
        <translation>パスコード</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>繰り返し</translation>
    </message>
    <message>
        <source>Repeat interval</source>
        <translation>繰り返しの間隔</translation>
    </message>
    <message>
        <source>Repeat days</source>
        <translation>繰り返す曜日</translation>
    </message>
    <message>
        <source>Number of occurrences</source>
        <translation>回数</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Join before host</source>
        <translation>ホストより前の参加</translation>
    </message>
    <message>
        <source>Alternative hosts</source>
        <translation>代替ホスト</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>登録</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>レコーディング</translation>
    </message>
    <message>
        <source>Nothing was saved; everything you typed is still here.</source>
        <translation>何も保存されていません。入力した内容はすべて残っています。</translation>
    </message>
    <message>
        <source>Request: {value}</source>
        <translation>リクエスト: {value}</translation>
    </message>
    <message>
        <source>HTTP status: {value}</source>
        <translation>HTTP ステータス: {value}</translation>
    </message>
    <message>
        <source>Zoom code: {value}</source>
        <translation>Zoom コード: {value}</translation>
    </message>
    <message>
        <source>Zoom message: {value}</source>
        <translation>Zoom のメッセージ: {value}</translation>
    </message>
    <message>
        <source>Rate limit: {value}</source>
        <translation>レート制限: {value}</translation>
    </message>
    <message>
        <source>Tracking id: {value}</source>
        <translation>トラッキング ID: {value}</translation>
    </message>
    <message>
        <source>Network error: {value}</source>
        <translation>ネットワーク エラー: {value}</translation>
    </message>
    <message>
        <source>Cause: {value}</source>
        <translation>原因: {value}</translation>
    </message>
    <message>
        <source>Zoom refused the request</source>
        <translation>Zoom がリクエストを拒否しました</translation>
    </message>
    <message>
        <source>Zoom allows {limit} meeting creates/updates per host per day; {host} has reached it. You can try again after {time} ({utc} UTC).</source>
        <translation>Zoom では、ホスト 1 人あたり 1 日に {limit} 件までミーティングを作成/更新できます。{host} は上限に達しました。{time} ({utc} UTC) 以降にもう一度お試しください。</translation>
    </message>
    <message>
        <source>Field {field}: {message}</source>
        <translation>フィールド {field}: {message}</translation>
    </message>
    <message>
        <source>Zoom doesn&apos;t know this host</source>
        <translation>Zoom はこのホストを認識していません</translation>
    </message>
    <message>
        <source>Couldn&apos;t sign in to Zoom</source>
        <translation>Zoom にサインインできませんでした</translation>
    </message>
    <message>
        <source>Couldn&apos;t reach Zoom</source>
        <translation>Zoom に接続できませんでした</translation>
    </message>
    <message>
        <source>The answer was not Zoom&apos;s: a proxy or a network sign-in page may be in the way. Try again in a moment.</source>
        <translation>応答は Zoom からのものではありませんでした。プロキシやネットワークのサインイン ページが間に入っている可能性があります。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Saving failed</source>
        <translation>保存できませんでした</translation>
    </message>
    <message>
        <source>Loading the meeting failed unexpectedly</source>
        <translation>ミーティングの読み込み中に予期しないエラーが発生しました</translation>
    </message>
    <message>
        <source>Saving failed unexpectedly</source>
        <translation>保存中に予期しないエラーが発生しました</translation>
    </message>
    <message>
        <source>Zoom allows {limit} meeting creates/updates per host per day; {host} has reached it. You can try again after {time} tomorrow ({utc} UTC).</source>
        <translation>Zoom では、ホスト 1 人あたり 1 日に {limit} 件までミーティングを作成/更新できます。{host} は上限に達しました。明日の {time} ({utc} UTC) 以降にもう一度お試しください。</translation>
    </message>
    <message>
        <source>Zoom allows {limit} meeting creates/updates per host per day; {host} has reached it. You can try again after {date} {time} ({utc} UTC).</source>
        <translation>Zoom では、ホスト 1 人あたり 1 日に {limit} 件までミーティングを作成/更新できます。{host} は上限に達しました。{date} {time} ({utc} UTC) 以降にもう一度お試しください。</translation>
    </message>
    <message>
        <source>Zoom is busy, try again in a moment</source>
        <translation>Zoom が混み合っています。しばらくしてからもう一度お試しください</translation>
    </message>
    <message>
        <source>Zoom didn&apos;t accept the meeting</source>
        <translation>Zoom がミーティングを受け付けませんでした</translation>
    </message>
    <message>
        <source>It may have been deleted elsewhere, or it has ended, so it is no longer in the list.</source>
        <translation>別の場所で削除されたか終了したため、一覧に表示されなくなった可能性があります。</translation>
    </message>
    <message>
        <source>Zoom had a problem</source>
        <translation>Zoom で問題が発生しました</translation>
    </message>
    <message>
        <source>Unexpected answer from Zoom</source>
        <translation>Zoom から予期しない応答がありました</translation>
    </message>
    <message>
        <source>This is a bug in zoomdesk.</source>
        <translation>これは zoomdesk の不具合です。</translation>
    </message>
    <message>
        <source>Can&apos;t save: {problems}</source>
        <translation>保存できません: {problems}</translation>
    </message>
    <message>
        <source>this host</source>
        <translation>このホスト</translation>
    </message>
    <message>
        <source>Daily limit reached</source>
        <translation>1 日の上限に達しました</translation>
    </message>
    <message>
        <source>Zoom turned the request away because too many arrived at once, even after waiting and retrying.</source>
        <translation>同時に届いたリクエストが多すぎたため、待機と再試行の後も Zoom はリクエストを受け付けませんでした。</translation>
    </message>
    <message>
        <source>Fix the marked fields and save again.</source>
        <translation>マークされたフィールドを修正して、もう一度保存してください。</translation>
    </message>
    <message>
        <source>This meeting no longer exists</source>
        <translation>このミーティングはもう存在しません</translation>
    </message>
    <message>
        <source>Zoom answered with a server error (HTTP {status}). Try again in a moment.</source>
        <translation>Zoom がサーバー エラーを返しました (HTTP {status})。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>{problems}; and %n more</source>
        <translation>
            <numerusform>{problems}、ほか %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchedulerDiagnosis</name>
    <message>
        <source>This meeting does not take registrations</source>
        <translation>このミーティングは登録を受け付けていません</translation>
    </message>
    <message>
        <source>Registrants exist only for meetings with registration (approval type 0 or 1).</source>
        <translation>登録者は登録ありのミーティング（approval type 0 または 1）にのみ存在します。</translation>
    </message>
    <message>
        <source>Turn registration on (zoomdesk meetings update ID --set approval_type=0), then retry.</source>
        <translation>登録を有効にしてから（zoomdesk meetings update ID --set approval_type=0）、再試行してください。</translation>
    </message>
    <message>
        <source>Registrants can be added only to meetings with registration (approval type 0 or 1).</source>
        <translation>登録者を追加できるのは登録ありのミーティング（approval type 0 または 1）だけです。</translation>
    </message>
    <message>
        <source>Zoom does not know this registrant</source>
        <translation>Zoom にこの登録者が見つかりません</translation>
    </message>
    <message>
        <source>The registrant was removed, or the ID or email belongs to another meeting.</source>
        <translation>登録者が削除されたか、ID またはメールアドレスが別のミーティングのものです。</translation>
    </message>
    <message>
        <source>List the registrants again (zoomdesk registrants list ID --status pending).</source>
        <translation>登録者の一覧をもう一度取得してください（zoomdesk registrants list ID --status pending）。</translation>
    </message>
    <message>
        <source>Zoom does not know one of these registrants</source>
        <translation>Zoom にこれらの登録者の一人が見つかりません</translation>
    </message>
    <message>
        <source>Nothing was changed: Zoom refuses the whole batch when one registrant is unknown.</source>
        <translation>何も変更されていません。登録者が一人でも不明な場合、Zoom は一括処理全体を拒否します。</translation>
    </message>
    <message>
        <source>List the registrants again and retry with the ones that exist.</source>
        <translation>登録者の一覧をもう一度取得し、存在する登録者で再試行してください。</translation>
    </message>
    <message>
        <source>Zoom registers many at once only for one-time meetings</source>
        <translation>Zoom の一括登録は 1 回限りのミーティングでのみ使えます</translation>
    </message>
    <message>
        <source>batch_registrants works for scheduled meetings (type 2) only.</source>
        <translation>batch_registrants は予約されたミーティング（type 2）でのみ使えます。</translation>
    </message>
    <message>
        <source>Add the registrants one by one (zoomdesk registrants import does this for you).</source>
        <translation>登録者を 1 人ずつ追加してください（zoomdesk registrants import で自動的に行えます）。</translation>
    </message>
    <message>
        <source>The meeting is over, so no one can register</source>
        <translation>ミーティングは終了しているため、登録できません</translation>
    </message>
    <message>
        <source>Zoom closes registration once a meeting has taken place.</source>
        <translation>ミーティングが開催されると、Zoom は登録を締め切ります。</translation>
    </message>
    <message>
        <source>Schedule a new meeting, or register people for a future occurrence.</source>
        <translation>新しいミーティングを予約するか、今後の回に登録してください。</translation>
    </message>
    <message>
        <source>The meeting has reached its attendee capacity</source>
        <translation>ミーティングの参加者数が上限に達しました</translation>
    </message>
    <message>
        <source>Zoom allows as many registrants as the host&apos;s plan allows participants.</source>
        <translation>Zoom で登録できる人数は、ホストのプランで許可された参加者数までです。</translation>
    </message>
    <message>
        <source>Remove registrants who will not come, or ask for a larger meeting capacity.</source>
        <translation>参加しない登録者を削除するか、より大きなミーティング容量を申請してください。</translation>
    </message>
    <message>
        <source>Everything else keeps working without it; zoomdesk falls back to its own text or Zoom&apos;s documented defaults.</source>
        <translation>それ以外はこのスコープがなくても動作します。zoomdesk は独自のテキストまたは Zoom が文書化している既定値を使います。</translation>
    </message>
    <message>
        <source>Everything else keeps working without it.</source>
        <translation>それ以外はこのスコープがなくても動作します。</translation>
    </message>
    <message>
        <source>In the Zoom App Marketplace ▸ Manage ▸ your app ▸ Scopes, add the scope, save, then get a new token.</source>
        <translation>Zoom App Marketplace ▸ Manage ▸ ご自分のアプリ ▸ Scopes でスコープを追加して保存し、新しいトークンを取得してください。</translation>
    </message>
    <message>
        <source>To {operation}, add {scope}.</source>
        <translation>「{operation}」には {scope} を追加してください。</translation>
    </message>
    <message>
        <source>To {operation}, add {granular} (granular scopes) or {classic} (classic scopes).</source>
        <translation>「{operation}」には {granular}（詳細スコープ）または {classic}（従来のスコープ）を追加してください。</translation>
    </message>
    <message>
        <source>The app lacks the scope to {operation}</source>
        <translation>アプリに「{operation}」のスコープがありません</translation>
    </message>
</context>
<context>
    <name>Scopes</name>
    <message>
        <source>All scopes zoomdesk needs are granted.</source>
        <translation>zoomdesk に必要なスコープはすべて付与されています。</translation>
    </message>
    <message>
        <source>list users</source>
        <translation>ユーザーの一覧取得</translation>
    </message>
    <message>
        <source>get user</source>
        <translation>ユーザーの取得</translation>
    </message>
    <message>
        <source>list meetings</source>
        <translation>ミーティングの一覧取得</translation>
    </message>
    <message>
        <source>get meeting</source>
        <translation>ミーティングの取得</translation>
    </message>
    <message>
        <source>create meeting</source>
        <translation>ミーティングの作成</translation>
    </message>
    <message>
        <source>update meeting</source>
        <translation>ミーティングの更新</translation>
    </message>
    <message>
        <source>delete meeting</source>
        <translation>ミーティングの削除</translation>
    </message>
    <message>
        <source>read host settings</source>
        <translation>ホスト設定の読み取り</translation>
    </message>
    <message>
        <source>get invitation</source>
        <translation>招待の取得</translation>
    </message>
    <message>
        <source>list registrants</source>
        <translation>登録者の一覧取得</translation>
    </message>
    <message>
        <source>add registrant</source>
        <translation>登録者の追加</translation>
    </message>
    <message>
        <source>approve or deny registrants</source>
        <translation>登録者の承認または拒否</translation>
    </message>
    <message>
        <source>read registration questions</source>
        <translation>登録の質問の読み取り</translation>
    </message>
    <message>
        <source>remove registrant</source>
        <translation>登録者の削除</translation>
    </message>
    <message>
        <source>register many</source>
        <translation>一括登録</translation>
    </message>
    <message>
        <source>list tracking fields</source>
        <translation>トラッキングフィールドの一覧取得</translation>
    </message>
    <message>
        <source>Missing scopes: {scopes} (needed to {operations}).</source>
        <translation>不足しているスコープ: {scopes}（必要な操作: {operations}）。</translation>
    </message>
    <message>
        <source>Optional, needed only when used — {list}.</source>
        <translation>任意（使用時のみ必要） — {list}。</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>On Linux, install and unlock a Secret Service keyring (GNOME Keyring or KWallet); or pass the secret in the ZOOM_CLIENT_SECRET environment variable. zoomdesk never stores the secret in a file.</source>
        <translation>Linux では Secret Service のキーリング（GNOME Keyring または KWallet）をインストールしてロックを解除するか、環境変数 ZOOM_CLIENT_SECRET でシークレットを渡してください。zoomdesk がシークレットをファイルに保存することはありません。</translation>
    </message>
    <message>
        <source>No usable system keyring ({detail}).</source>
        <translation>使用できるシステムのキーリングがありません（{detail}）。</translation>
    </message>
    <message>
        <source>No usable system keyring.</source>
        <translation>使用できるシステムのキーリングがありません。</translation>
    </message>
    <message>
        <source>The system keyring is locked or access was denied. Unlock it and retry.</source>
        <translation>システムのキーリングがロックされているか、アクセスが拒否されました。ロックを解除して再試行してください。</translation>
    </message>
    <message>
        <source>The system keyring failed: {error}</source>
        <translation>システムのキーリングでエラーが発生しました: {error}</translation>
    </message>
    <message>
        <source>That secret is too long to store in the system keyring.</source>
        <translation>このシークレットは長すぎるため、システムのキーリングに保存できません。</translation>
    </message>
    <message>
        <source>The system keyring did not answer within {seconds} s; it may be waiting for an unlock prompt. Unlock it and retry.</source>
        <translation>システムのキーリングが {seconds} 秒以内に応答しませんでした。ロック解除の確認を待っている可能性があります。ロックを解除して再試行してください。</translation>
    </message>
</context>
<context>
    <name>SessionLabel</name>
    <message>
        <source>Sandbox — not real Zoom</source>
        <translation>サンドボックス — 本物の Zoom ではありません</translation>
    </message>
    <message>
        <source>Credentials from the environment</source>
        <translation>環境変数の認証情報</translation>
    </message>
    <message>
        <source>Profile: {profile} + environment</source>
        <translation>プロファイル: {profile} + 環境変数</translation>
    </message>
    <message>
        <source>Profile: {profile}</source>
        <translation>プロファイル: {profile}</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>No token yet</source>
        <translation>トークンはまだありません</translation>
    </message>
    <message>
        <source>Token expired — renewed on the next request</source>
        <translation>トークンの有効期限切れ — 次のリクエストで更新されます</translation>
    </message>
    <message>
        <source>Token valid &lt;1 min</source>
        <translation>トークン有効 残り1分未満</translation>
    </message>
    <message>
        <source>{category}: {left} of {limit}</source>
        <translation>{category}: {left}/{limit}</translation>
    </message>
    <message>
        <source>Token valid {minutes} min</source>
        <translation>トークン有効 残り{minutes}分</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>読み込みの進行状況</translation>
    </message>
    <message>
        <source>Loading progress bar</source>
        <translation>読み込みの進行状況バー</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Access token state</source>
        <translation>アクセストークンの状態</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>最終更新</translation>
    </message>
    <message>
        <source>Zoom requests left today</source>
        <translation>本日の残り Zoom リクエスト数</translation>
    </message>
    <message numerus="yes">
        <source>{count} meeting(s) · updated {time}</source>
        <translation>
            <numerusform>{count} 件のミーティング · {time} 更新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} meeting(s) · as of {time} — offline</source>
        <translation>
            <numerusform>{count} 件のミーティング · {time} 時点 — オフライン</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom&apos;s daily request limits are the whole account&apos;s, shared by every desktop and app on it (X-RateLimit-Remaining). They reset at 00:00 UTC.</source>
        <translation>Zoom の1日のリクエスト上限はアカウント全体のもので、そのアカウントを使うすべてのコンピューターとアプリで共有されます (X-RateLimit-Remaining)。上限は 00:00 UTC にリセットされます。</translation>
    </message>
    <message>
        <source>Loading… {loaded} of {total}+</source>
        <translation>読み込み中… {loaded}/{total}+</translation>
    </message>
    <message>
        <source>Loading… {loaded} of {total}</source>
        <translation>読み込み中… {loaded}/{total}</translation>
    </message>
    <message numerus="yes">
        <source>{count} meeting(s) · as of {time} — not updated</source>
        <translation>
            <numerusform>{count} 件のミーティング · {time} 時点 — 未更新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} meeting(s) · as of {time} — refreshing…</source>
        <translation>
            <numerusform>{count} 件のミーティング · {time} 時点 — 更新中…</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Left today · {limits}</source>
        <translation>本日の残り · {limits}</translation>
    </message>
    <message>
        <source>Loading… {loaded}</source>
        <translation>読み込み中… {loaded}</translation>
    </message>
</context>
<context>
    <name>TokenStatus</name>
    <message numerus="yes">
        <source>api_url: {api_url} · issued {time} (%n min ago) · lifetime {minutes} min · {type}</source>
        <translation>
            <numerusform>api_url：{api_url} · 発行 {time}（%n 分前）· 有効期間 {minutes} 分 · {type}</numerusform>
        </translation>
    </message>
    <message>
        <source>api_url: {api_url} · issued {time} (just now) · lifetime {minutes} min · {type}</source>
        <translation>api_url：{api_url} · 発行 {time}（たった今）· 有効期間 {minutes} 分 · {type}</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>アクセストークン</translation>
    </message>
    <message>
        <source>Access token status</source>
        <translation>アクセストークンの状態</translation>
    </message>
    <message>
        <source>Token state and expiry</source>
        <translation>トークンの状態と有効期限</translation>
    </message>
    <message>
        <source>Token details</source>
        <translation>トークンの詳細</translation>
    </message>
    <message>
        <source>Granted scopes</source>
        <translation>付与されたスコープ</translation>
    </message>
    <message>
        <source>Missing scopes</source>
        <translation>不足しているスコープ</translation>
    </message>
    <message>
        <source>Token request outcome</source>
        <translation>トークン要求の結果</translation>
    </message>
    <message>
        <source>Get a new &amp;token</source>
        <translation>新しいトークンを取得(&amp;T)</translation>
    </message>
    <message>
        <source>Get a new token</source>
        <translation>新しいトークンを取得</translation>
    </message>
    <message>
        <source>Ask Zoom for a new access token</source>
        <translation>Zoom に新しいアクセストークンを要求</translation>
    </message>
    <message>
        <source>Rev&amp;eal…</source>
        <translation>表示(&amp;E)…</translation>
    </message>
    <message>
        <source>Reveal a secret</source>
        <translation>シークレットを表示</translation>
    </message>
    <message>
        <source>Client secret…</source>
        <translation>クライアントシークレット…</translation>
    </message>
    <message>
        <source>Access token…</source>
        <translation>アクセストークン…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Scopes ({count}, classic): {names}</source>
        <translation>スコープ（{count}、クラシック）：{names}</translation>
    </message>
    <message>
        <source>Scopes ({count}, granular): {names}</source>
        <translation>スコープ（{count}、詳細）：{names}</translation>
    </message>
    <message>
        <source>Asking Zoom for a new token…</source>
        <translation>Zoom に新しいトークンを要求しています…</translation>
    </message>
    <message>
        <source>Not connected: no credentials in use.</source>
        <translation>未接続：使用中の認証情報はありません。</translation>
    </message>
    <message>
        <source>No token yet: one is requested with the first call.</source>
        <translation>トークンはまだありません：最初の呼び出しで要求されます。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Expired&lt;/b&gt; — the next call gets a new one</source>
        <translation>&lt;b&gt;期限切れ&lt;/b&gt; — 次の呼び出しで新しいトークンを取得します</translation>
    </message>
    <message>
        <source>Nothing missing for what zoomdesk does.</source>
        <translation>zoomdesk の機能に必要なものはすべて揃っています。</translation>
    </message>
    <message>
        <source>Got a new token.</source>
        <translation>新しいトークンを取得しました。</translation>
    </message>
    <message>
        <source>{problem} The exchange is in the list, with its diagnosis.</source>
        <translation>{problem} この通信は診断とともに一覧にあります。</translation>
    </message>
    <message>
        <source>Token URL: {url} · client ID {client_id} · account {account_id}</source>
        <translation>トークン URL：{url} · クライアントID {client_id} · アカウント {account_id}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Valid&lt;/b&gt; — expires in {countdown} (at {time})</source>
        <translation>&lt;b&gt;有効&lt;/b&gt; — 残り {countdown}（{time} に期限切れ）</translation>
    </message>
    <message>
        <source>(none: https://api.zoom.us)</source>
        <translation>（なし：https://api.zoom.us）</translation>
    </message>
    <message>
        <source>{scopes} (to {operation})</source>
        <translation>{scopes}（{operation} 用）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Missing:&lt;/b&gt; {scopes}</source>
        <translation>&lt;b&gt;不足：&lt;/b&gt;{scopes}</translation>
    </message>
</context>
<context>
    <name>Tokens</name>
    <message>
        <source>the token endpoint did not return JSON</source>
        <translation>トークンのエンドポイントが JSON を返しませんでした</translation>
    </message>
    <message>
        <source>the token response lacks access_token or expires_in</source>
        <translation>トークンの応答に access_token または expires_in がありません</translation>
    </message>
</context>
<context>
    <name>TrackingRows</name>
    <message>
        <source>Tracking fields</source>
        <translation>トラッキング フィールド</translation>
    </message>
    <message>
        <source>Not shown to participants.</source>
        <translation>参加者には表示されません。</translation>
    </message>
    <message>
        <source>Required by the account: Zoom&apos;s web portal asks for it.</source>
        <translation>アカウントで必須です。Zoom の Web ポータルでは入力が求められます。</translation>
    </message>
    <message>
        <source>{field} is required by the account.</source>
        <translation>{field} はアカウントで必須です。</translation>
    </message>
    <message>
        <source>Recommended values; you may type another.</source>
        <translation>推奨値です。別の値を入力することもできます。</translation>
    </message>
    <message>
        <source>Type a value for this field.</source>
        <translation>このフィールドの値を入力してください。</translation>
    </message>
    <message>
        <source>Required by the account</source>
        <translation>アカウントで必須</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <source>the host name could not be resolved; check the network and the base URL</source>
        <translation>ホスト名を解決できませんでした。ネットワークとベース URL を確認してください</translation>
    </message>
    <message>
        <source>the server&apos;s TLS certificate was not trusted; a proxy may be re-signing traffic with a CA that is not in the system&apos;s trust store</source>
        <translation>サーバーの TLS 証明書が信頼されませんでした。プロキシが、システムの信頼ストアにない CA で通信を再署名している可能性があります</translation>
    </message>
    <message>
        <source>the proxy refused or failed the connection; check HTTPS_PROXY/NO_PROXY</source>
        <translation>プロキシが接続を拒否したか、接続に失敗しました。HTTPS_PROXY/NO_PROXY を確認してください</translation>
    </message>
    <message>
        <source>nothing is listening at that address</source>
        <translation>そのアドレスで待ち受けているものはありません</translation>
    </message>
</context>
<context>
    <name>WallClock</name>
    <message>
        <source>{time} on {date} happens twice in {zone} (the clocks go back); the first is used ({first}), not the second ({second}).</source>
        <translation>{zone} では {date} の {time} が 2 回あります（時計が戻るため）。1 回目（{first}）が使用され、2 回目（{second}）は使用されません。</translation>
    </message>
    <message>
        <source>{time} on {date} does not exist in {zone}: the clocks go forward from {skipped} to {new} that day ({old_offset} to {new_offset}). Choose another time.</source>
        <translation>{zone} には {date} の {time} は存在しません。この日は時計が {skipped} から {new} に進みます（{old_offset} から {new_offset}）。別の時刻を選択してください。</translation>
    </message>
    <message>
        <source>The year must be between {low} and {high}.</source>
        <translation>年は {low} ～ {high} の範囲である必要があります。</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Explore with the sandbox</source>
        <translation>サンドボックスで試す</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>ようこそ</translation>
    </message>
    <message>
        <source>Welcome to zoomdesk</source>
        <translation>zoomdesk へようこそ</translation>
    </message>
    <message>
        <source>Schedule, edit and tidy up your organisation&apos;s Zoom meetings from the desktop. zoomdesk connects through a Server-to-Server OAuth app that your Zoom admin creates in the Zoom App Marketplace.</source>
        <translation>組織の Zoom ミーティングをデスクトップからスケジュール、編集、整理できます。zoomdesk は、Zoom 管理者が Zoom App Marketplace で作成する Server-to-Server OAuth アプリを通じて接続します。</translation>
    </message>
    <message>
        <source>Connect to Zoom…</source>
        <translation>Zoom に接続…</translation>
    </message>
    <message>
        <source>Connect to Zoom</source>
        <translation>Zoom に接続</translation>
    </message>
    <message>
        <source>Enter the account ID, client ID and client secret of your Zoom app</source>
        <translation>Zoom アプリのアカウントID、クライアントID、クライアントシークレットを入力</translation>
    </message>
    <message>
        <source>Try zoomdesk against a built-in simulation; not real Zoom</source>
        <translation>内蔵のシミュレーションで zoomdesk を試す (本物の Zoom ではありません)</translation>
    </message>
    <message>
        <source>A built-in simulation of Zoom with sample users and meetings. Not real Zoom: nothing you do there reaches your account.</source>
        <translation>サンプルのユーザーとミーティングを備えた、内蔵の Zoom シミュレーションです。本物の Zoom ではないため、そこでの操作がアカウントに届くことはありません。</translation>
    </message>
    <message>
        <source>You need the account ID, client ID and client secret.</source>
        <translation>アカウントID、クライアントID、クライアントシークレットが必要です。</translation>
    </message>
</context>
<context>
    <name>ZonePicker</name>
    <message>
        <source>“{zone}” is always {offset}: it ignores daylight saving time, so the meeting moves by an hour for places that change their clocks. Choose a place instead (type a city, such as New York).</source>
        <translation>「{zone}」は常に {offset} です。夏時間を考慮しないため、時計を切り替える地域ではミーティングが 1 時間ずれます。代わりに場所を選んでください (Tokyo などの都市名を入力)。</translation>
    </message>
</context>
</TS>
