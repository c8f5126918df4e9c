<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>BulkMenu</name>
    <message numerus="yes">
        <source>Exported %n meeting(s) to {file}</source>
        <translation>
            <numerusform>Exported %n meeting to {file}</numerusform>
            <numerusform>Exported %n meetings to {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkWizard</name>
    <message numerus="yes">
        <source>{finished} of %n row(s): {counts}.</source>
        <translation>
            <numerusform>{finished} of %n row: {counts}.</numerusform>
            <numerusform>{finished} of %n rows: {counts}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(and %n more)</numerusform>
            <numerusform>(and %n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with outcome unknown</source>
        <translation>
            <numerusform>%n with outcome unknown</numerusform>
            <numerusform>%n with outcome unknown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for the daily limit</source>
        <translation>
            <numerusform>%n waiting for the daily limit</numerusform>
            <numerusform>%n waiting for the daily limit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n not sent</numerusform>
            <numerusform>%n not sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems</source>
        <translation>
            <numerusform>%n with problems</numerusform>
            <numerusform>%n with problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message numerus="yes">
        <source>{request} returned %n byte(s) ({type}) instead of Zoom&apos;s 204, not Zoom&apos;s answer; a proxy or captive portal may be in the way, so the change is not confirmed</source>
        <translation>
            <numerusform>{request} returned %n byte ({type}) instead of Zoom&apos;s 204, not Zoom&apos;s answer; a proxy or captive portal may be in the way, so the change is not confirmed</numerusform>
            <numerusform>{request} returned %n bytes ({type}) instead of Zoom&apos;s 204, not Zoom&apos;s answer; a proxy or captive portal may be in the way, so the change is not confirmed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{request} returned a body that is not valid JSON ({type}, %n byte(s)); it may have been cut off</source>
        <translation>
            <numerusform>{request} returned a body that is not valid JSON ({type}, %n byte); it may have been cut off</numerusform>
            <numerusform>{request} returned a body that is not valid JSON ({type}, %n bytes); it may have been cut off</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionReport</name>
    <message numerus="yes">
        <source>Connected. Zoom issued an access token valid for %n minute(s).</source>
        <translation>
            <numerusform>Connected. Zoom issued an access token valid for %n minute.</numerusform>
            <numerusform>Connected. Zoom issued an access token valid for %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DebugPanel</name>
    <message numerus="yes">
        <source>%n exchange(s), {failed} failed ({shown} shown)</source>
        <translation>
            <numerusform>%n exchange, {failed} failed ({shown} shown)</numerusform>
            <numerusform>%n exchanges, {failed} failed ({shown} shown)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n exchange(s) as cURL.</source>
        <translation>
            <numerusform>Copied %n exchange as cURL.</numerusform>
            <numerusform>Copied %n exchanges as cURL.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s) ({shown} shown)</source>
        <translation>
            <numerusform>%n exchange ({shown} shown)</numerusform>
            <numerusform>%n exchanges ({shown} shown)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s), {failed} failed</source>
        <translation>
            <numerusform>%n exchange, {failed} failed</numerusform>
            <numerusform>%n exchanges, {failed} failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n exchange</numerusform>
            <numerusform>%n exchanges</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message numerus="yes">
        <source>{request} worked: {status}, with %n warning(s).</source>
        <translation>
            <numerusform>{request} worked: {status}, with %n warning.</numerusform>
            <numerusform>{request} worked: {status}, with %n warnings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The token lacks %n scope(s) zoomdesk uses</source>
        <translation>
            <numerusform>The token lacks %n scope zoomdesk uses</numerusform>
            <numerusform>The token lacks %n scopes zoomdesk uses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoctorCompare</name>
    <message numerus="yes">
        <source>%n line(s) changed from your code (marked {mark} in the margin).</source>
        <translation>
            <numerusform>%n line changed from your code (marked {mark} in the margin).</numerusform>
            <numerusform>%n lines changed from your code (marked {mark} in the margin).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoctorWindow</name>
    <message numerus="yes">
        <source>Read %n request(s) ({source}):</source>
        <translation>
            <numerusform>Read %n request ({source}):</numerusform>
            <numerusform>Read %n requests ({source}):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n request(s) ({source}) (the first {limit} listed):</source>
        <translation>
            <numerusform>Read %n request ({source}) (the first {limit} listed):</numerusform>
            <numerusform>Read %n requests ({source}) (the first {limit} listed):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Across the integration: %n thing(s) to fix.</source>
        <translation>
            <numerusform>Across the integration: %n thing to fix.</numerusform>
            <numerusform>Across the integration: %n things to fix.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in this request.</source>
        <translation>
            <numerusform>%n problem in this request.</numerusform>
            <numerusform>%n problems in this request.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormConflicts</name>
    <message numerus="yes">
        <source>{overlap}, and %n more.</source>
        <translation>
            <numerusform>{overlap}, and %n more.</numerusform>
            <numerusform>{overlap}, and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingActions</name>
    <message numerus="yes">
        <source>%n meeting forms have changes that are not saved.</source>
        <translation>
            <numerusform>%n meeting forms have changes that are not saved.</numerusform>
            <numerusform>%n meeting forms have changes that are not saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingList</name>
    <message numerus="yes">
        <source>{hosts} and %n more</source>
        <translation>
            <numerusform>{hosts} and %n more</numerusform>
            <numerusform>{hosts} and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OccurrenceDialog</name>
    <message numerus="yes">
        <source>Delete the whole series (%n upcoming occurrence(s))</source>
        <translation>
            <numerusform>Delete the whole series (%n upcoming occurrence)</numerusform>
            <numerusform>Delete the whole series (%n upcoming occurrences)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit the whole series (%n upcoming occurrence(s))</source>
        <translation>
            <numerusform>Edit the whole series (%n upcoming occurrence)</numerusform>
            <numerusform>Edit the whole series (%n upcoming occurrences)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryBanner</name>
    <message numerus="yes">
        <source>%n meeting forms were not saved when zoomdesk last stopped: {topics}.</source>
        <translation>
            <numerusform>%n meeting forms were not saved when zoomdesk last stopped: {topics}.</numerusform>
            <numerusform>%n meeting forms were not saved when zoomdesk last stopped: {topics}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{topics} and %n more</source>
        <translation>
            <numerusform>{topics} and %n more</numerusform>
            <numerusform>{topics} and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Every %n day</numerusform>
            <numerusform>Every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s)</source>
        <translation>
            <numerusform>Every %n week</numerusform>
            <numerusform>Every %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s)</source>
        <translation>
            <numerusform>Every %n month</numerusform>
            <numerusform>Every %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{rule}, %n time(s)</source>
        <translation>
            <numerusform>{rule}, %n time</numerusform>
            <numerusform>{rule}, %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message numerus="yes">
        <source>day(s) (at most {limit})</source>
        <translation>
            <numerusform>day (at most {limit})</numerusform>
            <numerusform>days (at most {limit})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s) (at most {limit})</source>
        <translation>
            <numerusform>week (at most {limit})</numerusform>
            <numerusform>weeks (at most {limit})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s) (at most {limit})</source>
        <translation>
            <numerusform>month (at most {limit})</numerusform>
            <numerusform>months (at most {limit})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{rule}, %n times</source>
        <translation>
            <numerusform>{rule}, %n times</numerusform>
            <numerusform>{rule}, %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistrantDialogs</name>
    <message numerus="yes">
        <source>Register %n people from {file} (one request each)?</source>
        <translation>
            <numerusform>Register %n people from {file} (one request each)?</numerusform>
            <numerusform>Register %n people from {file} (one request each)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Register %n people from {file} (in batches of 30)?</source>
        <translation>
            <numerusform>Register %n people from {file} (in batches of 30)?</numerusform>
            <numerusform>Register %n people from {file} (in batches of 30)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} can&apos;t be imported: fix these %n problem(s) and try again. Nothing has been sent.</source>
        <translation>
            <numerusform>{file} can&apos;t be imported: fix these %n problem and try again. Nothing has been sent.</numerusform>
            <numerusform>{file} can&apos;t be imported: fix these %n problems and try again. Nothing has been sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistrantsDialog</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Registered {done} of %n ({requests}).</source>
        <translation>
            <numerusform>Registered {done} of %n ({requests}).</numerusform>
            <numerusform>Registered {done} of %n ({requests}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registrant(s).</source>
        <translation>
            <numerusform>%n registrant.</numerusform>
            <numerusform>%n registrants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approved %n registrant(s) ({requests}).</source>
        <translation>
            <numerusform>Approved %n registrant ({requests}).</numerusform>
            <numerusform>Approved %n registrants ({requests}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n registrant(s)? Their join links stop working.</source>
        <translation>
            <numerusform>Remove %n registrant? Their join links stop working.</numerusform>
            <numerusform>Remove %n registrants? Their join links stop working.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n registrant(s).</source>
        <translation>
            <numerusform>Removed %n registrant.</numerusform>
            <numerusform>Removed %n registrants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Registering %n people…</source>
        <translation>
            <numerusform>Registering %n people…</numerusform>
            <numerusform>Registering %n people…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Denied %n registrant(s) ({requests}).</source>
        <translation>
            <numerusform>Denied %n registrant ({requests}).</numerusform>
            <numerusform>Denied %n registrants ({requests}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled %n registrant(s) ({requests}).</source>
        <translation>
            <numerusform>Cancelled %n registrant ({requests}).</numerusform>
            <numerusform>Cancelled %n registrants ({requests}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n registrant(s) to {file}.</source>
        <translation>
            <numerusform>Saved %n registrant to {file}.</numerusform>
            <numerusform>Saved %n registrants to {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveErrors</name>
    <message numerus="yes">
        <source>{problems}; and %n more</source>
        <translation>
            <numerusform>{problems}; and %n more</numerusform>
            <numerusform>{problems}; and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>{count} meeting(s) · updated {time}</source>
        <translation>
            <numerusform>{count} meeting · updated {time}</numerusform>
            <numerusform>{count} meetings · updated {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} meeting(s) · as of {time} — offline</source>
        <translation>
            <numerusform>{count} meeting · as of {time} — offline</numerusform>
            <numerusform>{count} meetings · as of {time} — offline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} meeting(s) · as of {time} — not updated</source>
        <translation>
            <numerusform>{count} meeting · as of {time} — not updated</numerusform>
            <numerusform>{count} meetings · as of {time} — not updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} meeting(s) · as of {time} — refreshing…</source>
        <translation>
            <numerusform>{count} meeting · as of {time} — refreshing…</numerusform>
            <numerusform>{count} meetings · as of {time} — refreshing…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenStatus</name>
    <message numerus="yes">
        <source>api_url: {api_url} · issued {time} (%n min ago) · lifetime {minutes} min · {type}</source>
        <translation>
            <numerusform>api_url: {api_url} · issued {time} (%n min ago) · lifetime {minutes} min · {type}</numerusform>
            <numerusform>api_url: {api_url} · issued {time} (%n min ago) · lifetime {minutes} min · {type}</numerusform>
        </translation>
    </message>
</context>
</TS>
