<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Calendar</name>
    <message>
        <source>No fixed time</source>
        <translation>Keine feste Zeit</translation>
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
</TS>
