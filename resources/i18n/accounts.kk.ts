<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AccountDialog</name>
    <message>
        <source>New password for {login}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Who may sign in, and with which role: the administrator manages accounts, settings and the audit trail; a responsible employee keeps the register, the census sheets and the certificates and sends them; a viewer reads lists and reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the window after (minutes without work, every computer):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active, wrong passwords: {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Person: name or IIN</source>
        <extracomment>How many of the newest entries the page shows; the export takes every entry that passes the filters.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes: old → new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each entry carries the hash of the one before: a changed or removed entry shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest {n} entries; narrow the filters or export them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trail is whole: {n} entries checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} entries written to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sanaq Desktop — the window is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window was locked after a while without work. Enter your password to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanaq Desktop — sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the account the administrator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanaq Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forgot the password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An employee asks the administrator; the administrator uses the printed recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the login and the password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>The administrator&apos;s recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this code and keep it in the safe. With it the administrator sets a new password when the old one is forgotten. It is shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;kept the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanaq Desktop: recovery code of the administrator {login}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover the administrator&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery code printed when the program was set up. A new password is set and a new recovery code is made; the old one no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accounts</name>
    <message>
        <source>Sign in: set SANAQ_USER and SANAQ_PASSWORD, or run the command in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account added: {login} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code of the administrator (print it and keep it in the safe; it is shown once): {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account {login} is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account {login} is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account {login} has a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password set. The new recovery code (print it; the old one is used up): {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is whole: {n} entries checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} audit entries written to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the lists and reports</source>
        <extracomment>Read lists, reports and records: every role. The register, census sheets, outcomes, certificates, tablets, imports and exports. Sending to the Department. Accounts, the institution&apos;s profile and settings, the audit trail, the close-out.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the register, census sheets and certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send data to the Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage accounts, settings and the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: this institution has accounts.</source>
        <extracomment>The uuid of the employee record the account acts as (who filled a sheet, issued a certificate); empty for a viewer.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account {login} ({role}) may not {action}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password has at least {n} characters.</source>
        <extracomment>Wrong passwords in a row that cost nothing; from then on each next try waits longer. The longest wait between two tries, in seconds. Wrong passwords in a row that lock the account until an administrator unlocks it. Letters of a recovery code: no 0/O, 1/I/L, so that it reads back from paper without doubt.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password does not begin or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login has 2 to 40 letters, digits, dots, dashes or underscores, without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account with the login {login}.</source>
        <extracomment>Minutes without a key or a click after which the window locks, unless the administrator sets others.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first account is the administrator&apos;s (the head of the institution).</source>
        <extracomment>The administrator&apos;s recovery code, shown once to be printed; None for other roles.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the full name of the account&apos;s owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login {login} is taken already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot lock your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login or the recovery code is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account {login} is locked after wrong passwords: ask the administrator to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords: try again in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window locks after 0 to 240 minutes (0: never).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Person</source>
        <extracomment>The link of the first entry.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Census sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry {seq} was changed after it was written.</source>
        <extracomment>What was done, e.g. &quot;edited&quot;, &quot;issued&quot;, &quot;failed&quot; (a short code, also shown). The record&apos;s kind and uuid (&quot;person&quot;, &quot;…&quot;), empty for an event of no one record (an export). The person the record belongs to, for the filter by person. How to name the record to a reader (a person&apos;s name, a certificate&apos;s number): kept in the database only. {field: [old, new]} or other plain facts (counts, a file&apos;s name).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry {seq} was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry {seq} does not follow the entry before it: an entry was changed or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry {seq} is not the one the Department received: the trail was rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
