<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>Calendar</name>
    <message>
        <source>No fixed time</source>
        <translation>時間指定なし</translation>
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
</TS>
