<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Calendar</name>
    <message>
        <source>No fixed time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{rule} on {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rule}, until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rule} on day {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{rule}, %n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{rule} on the last {weekday}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rule} on the first {weekday}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rule} on the second {weekday}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rule} on the third {weekday}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rule} on the fourth {weekday}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
