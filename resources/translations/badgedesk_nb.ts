<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Something went wrong ({error}). Your runs are safe in the journal; Help › Copy diagnostics gives support the details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AwardChanges</name>
    <message>
        <source>Select an issued learner first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the award of {name} being revoked? The platform records the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke award?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the badge awarded to {name} &lt;{email}&gt; (award {award})? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the award permanently?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the award of {name} ({key}) for the badge {badge} (award {award}) permanently?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run has no issued awards to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the whole run permanently?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all {n} issued awards of run {id} for the badge {badge} permanently? Every learner of this run who holds it loses it; awards made elsewhere are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run has no issued awards to revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke whole run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why are all awards of run {id} being revoked (e.g. issued with the wrong badge)? The platform records the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the whole run?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke all {n} issued awards of run {id} ({badge})? This cannot be undone. Learners already holding the badge lose it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BadgeModel</name>
    <message>
        <source>The platform does not let this badge be issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lowest score a learner needs for the platform to issue the badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} — not issuable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not issuable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox badge: rehearsal runs issue this badge instead of the real one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CohortModel</name>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when the learner agreed (Space toggles the selected row).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row number in the spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID the platform knows each learner by, as read from the file (trimmed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click (or F2) to correct an address; the file is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will happen to this learner; the tooltip gives the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier runs (journal) or the platform already hold this badge for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform knows the learner by this ID; correct it in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent recorded: tick the box once the learner has agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean {address}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected here; the spreadsheet itself is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press F2 to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address may be mistyped: did you mean {address}? Select the row and choose Apply suggestion, or correct it by hand. A wrong address means the learner never receives the claim email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run {run} already issued this badge to this learner; it will not be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform already lists this badge for this learner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent recorded: this learner will not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run {run}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on platform</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CohortPage</name>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open learner list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an .xlsx or .csv learner list, or a prepared cohort (Ctrl+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cohort template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an empty .xlsx with the expected columns, to fill in offline (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save prepared…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save prepared cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the mapping, consent and corrections to reopen later, offline (Ctrl+S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No learner list open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner list file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worksheet that holds the learner list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shee&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet row that holds the column names; rows above it are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header ro&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes about the learner list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space ticks or unticks consent; F2 or a double-click corrects a name or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tic&amp;k all consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick all consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record your statement that every learner agreed (asks first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick all consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear every learner&apos;s consent tick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check against &amp;platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check against platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the platform which learners already hold the chosen badge (needs a connection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appl&amp;y suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply email suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the selected learner&apos;s email to the suggested address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contin&amp;ue to Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue to Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to step 4 to issue the badge to the learners who are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner lists and prepared cohorts ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared cohorts ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is in progress; open another learner list when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a learner list first; there is nothing to save yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared cohort ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every learner who can be ticked already is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick consent for {count} learner(s)?

This records your statement, as {operator}, that each of them agreed to receive the badge and to their name and email being sent to the badge platform. The journal keeps it as the operator&apos;s statement, with your name and the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} learner(s) whose consent column says no stay unticked; tick them one by one if they have since agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent ticked for {count} learner(s) as your statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent unticked for {count} learner(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected learner&apos;s email has no suggested correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: email corrected to {address}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a learner list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking needs a connection to the platform: add one in step 1 (Connect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the badge first (step 2, Badge): the check looks for that badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid learner to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {count} learner(s) against the platform…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking against the platform: {done} of {total}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check stopped; {count} learner(s) found on the platform so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: {count} learner(s) already hold this badge on the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check against the platform: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the learner list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner list not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message}

Locate {name} now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locate {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template saved as {name}. Fill it in in Excel, save it, then open it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort template written: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared cohort saved as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared cohort saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column for email addresses was found in {name} (header row {row}). Choose it under Column mapping (Email), or pick another header row or sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column for the {key} was found in {name} (header row {row}). Choose it under Column mapping ({key}), or pick another header row or sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No columns for the learners&apos; names were found in {name} (header row {row}). Choose First name and Last name (or Full name) under Column mapping, or pick another header row or sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no consent column: tick each learner who agreed, or use Tick all consent… to record your statement that they all did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No learners to show until the columns are chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} no consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} already issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} email(s) to check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>&lt;b&gt;Step 1 — Connect to your badge platform&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1, connect to your badge platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BadgeDesk signs in to your badge platform with a token you make there. The token is kept in your system keychain (or, if you choose, only until BadgeDesk closes) and never written to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &amp;connections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token expiry warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected connection and its token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the selected connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the damaged file &amp;aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the damaged connections file aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a connection, then Test connection to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection is saved yet. Add one to start (Alt+A).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the connection &apos;{name}&apos;? Its token is deleted from the keychain (or this session) and its saved badge library is forgotten. Badges already issued are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a connection to test first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test of &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{platform}&apos; is not a platform this version of BadgeDesk knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged connections file was set aside as {path}. Add your connections again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(an account without a name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (simulator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected as {name} — can issue for: {providers}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected as {name} — but this account cannot issue badges for any provider. Ask an administrator of your provider to add you, or use another token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token expires on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} rejected the token ({status}): it is invalid, expired or revoked. Make a new {token} ({where}) and enter it with Edit….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the platform&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s expiry date on record is {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} (HTTP {status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the connection &apos;{name}&apos;. {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the connection &apos;{name}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the connection &apos;{name}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its token is stored in {backend}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its token is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Add connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (not yet available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own rate limit, requests per seconds (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per seconds, e.g. 5/2 for 5 requests every 2 seconds. Leave empty to use the platform&apos;s published limit, or one learned from its answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own &amp;rate limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is stored for this connection; enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the stored token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} The connection is kept, but cannot be used in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. {platform} (work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the platform&apos;s {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{calls} requests per {period:g} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: learned from the platform&apos;s answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your {token}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the {token} for this connection (the {token} field is empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionList</name>
    <message>
        <source>Saved connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{environment} (custom address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (not yet available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing — use Edit to enter it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectEmailDialog</name>
    <message>
        <source>Correct email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The award issued to {email} is revoked (the reason is recorded on the platform), then the badge is issued to the new address. Both are recorded in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge is issued to the new address. The change is recorded in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Typo in the email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct &amp;email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke and &amp;reissue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the correct address (it is the same as now).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>DELETE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone: the platform deletes the award itself, and the learner loses it. The platform has no way to revoke it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. issued with the wrong badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (kept in the journal):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type {word} to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Expiry</name>
    <message>
        <source>⚠ Expired on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Expires today ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Expires tomorrow ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Expires in {days} days ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet (Test connection reads it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token expires on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This platform&apos;s tokens carry no expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: the {platform} token of &apos;{name}&apos; expired on {date}. Make a new one ({where}) and enter it with Edit… in step 1 (Connect). Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {platform} token of &apos;{name}&apos; expired on {date}. Make a new one ({where}) and enter it with Edit… in step 1 (Connect); nothing can be sent with it until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {platform} token of &apos;{name}&apos; expires {when} ({date}). Make a new one soon ({where}) and enter it with Edit… in step 1 (Connect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the platform&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldsForm</name>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to create a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the token for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the token is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available on this computer (backend: {backend}). The token will be kept only until BadgeDesk closes; you will need to enter it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token will be kept only until BadgeDesk closes; you will enter it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is stored in {backend}, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make one here: {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {field}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Run history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge, file, state, environment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs yet. Issue a cohort (step 4) and it appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssuePage</name>
    <message>
        <source>Step 4 — Issue the badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token expiry warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rehearse on the provider&apos;s sandbox badge first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearse on the sandbox badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send every award to &amp;my test address (no learner is emailed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the sandbox badge to the real &amp;learners (a pilot: they get emails)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@yourdomain.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start issuing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promote to a &amp;live run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (SIMULATOR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: {name} · {env}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge: {badge}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox badge: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sandbox badge marked for this provider: mark one in step 2 (Badge).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} knows learners by their {key}, not an email address: a rehearsal goes to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · {rate:.1f} per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · about {m} min {s} s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · about {s} s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a connection first (step 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the badge to issue first (step 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the learner list first (step 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the provider&apos;s sandbox badge in step 2 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to send: no learner is both valid and consenting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: existing badges are not to be replaced. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the badge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (simulator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearse on the sandbox badge &apos;{badge}&apos; ({env}): {n} awards, all to aliases of {addr}. No learner is emailed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilot: issue the sandbox badge &apos;{badge}&apos; ({env}) to {n} real learners. Each of them receives an email from the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue &apos;{badge}&apos; (ID {id}) on {env} to {n} learners? Each receives an email from the platform with a claim link. This cannot be undone except by revoking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the run?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests already sent finish; nothing new is sent. The rest can be resumed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run {id} {state}: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform refused the token for &apos;{name}&apos; (invalid, expired or revoked). The run is paused and nothing is lost. Paste a new {token} to carry on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token may not do this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{why}

The run is paused and nothing is lost. Paste a {token} that may do this for &apos;{name}&apos; (e.g. one with another role) to carry on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run {id} is paused until a valid token is entered (Resume).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge IDs differ between environments: choose the live badge again, then start the live run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>&lt;b&gt;Step 2 — Choose the badge&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2, choose the badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the library from the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the providers and badges again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search badges by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the badge&apos;s name (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this badge and go to the cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as sand&amp;box badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as sandbox badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsal runs issue the provider&apos;s sandbox badge instead of the real one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen badge details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge status, source and minimum score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to the badge&apos;s page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a badge first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is no longer the sandbox badge of {provider}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is now the sandbox badge of {provider}: rehearsal runs issue it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or add a connection in step 1 (Connect) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This platform&apos;s account is the one that issues: it is chosen for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{platform}&apos; is not a platform this version of BadgeDesk knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the providers of &apos;{name}&apos;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The providers could not be loaded: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the saved providers; the platform did not answer: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account cannot issue badges for any provider. Ask an administrator of your provider on the platform to add you, or use another token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the copy saved {time}; checking {provider} for changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the badges of {provider}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{provider} has no badges yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badges of {provider} could not be loaded, and no copy is saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: showing the copy saved {time}. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the copy saved {time}; the library could not be updated: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} badges ({blocked} cannot be issued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing {shown} of {total} badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear sand&amp;box mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the sandbox mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No badge chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a badge in the list. Greyed badges cannot be issued; their tooltip says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum score: {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID: {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the provider&apos;s sandbox badge (used for rehearsal runs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the badge&apos;s page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>1  Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2  Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3  Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4  Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5  Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo — simulated {platforms}. No real badges are issued; nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulator notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} at {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} · {platform} {env}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · SIMULATOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BadgeDesk — Demo (simulated {platform})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BadgeDesk — Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BadgeDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New cohort template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open cohort…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save prepared cohort…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Privacy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About BadgeDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard (no tokens included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About BadgeDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BadgeDesk {version}
Issue digital badges to an event&apos;s cohort from a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges are being issued. Stop after the requests in flight and close? The run is kept and can be resumed from Run history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPanel</name>
    <message>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;irst name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sco&amp;re:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vidence URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipient ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed, with the last name, unless a full-name column is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed, with the first name, unless a full-name column is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single column with the whole name, used when there are no name columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed: the badge is sent to this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes / y / true / 1 / x / ✓ mean the learner agreed. Optional: you can tick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a whole number 0-100, for badges with a minimum score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: up to 500 characters about what the learner did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a link to the learner&apos;s work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the date the learner earned the badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learner&apos;s ID on the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the date each learner&apos;s badge expires (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a note sent with each learner&apos;s badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the language of the platform&apos;s email to the learner, e.g. en or fr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed: the platform knows each learner by their {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional here: this platform knows learners by their {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column for {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notify</name>
    <message>
        <source>BadgeDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: check first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued (confirmed by looking the award up after an unclear answer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already issued to this learner in run {run_id}; not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform already lists this badge for this learner; not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform refused a second award: this learner already holds this badge. Nothing new was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score {score} is below the badge&apos;s minimum of {min_score}; not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not issued: {detail}. The badge needs a minimum score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not issued: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform does not let this badge be issued through its API (it comes from elsewhere). Choose another badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account does not administer the badge&apos;s provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge or provider could not be found; it may be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge is unpublished or its provider deactivated. Publish it again, or choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform refused this learner&apos;s details: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was refused (invalid, expired or revoked). Enter a new one; the run can resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request may have reached the platform and checking failed. Check before re-issuing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another run may have issued this and it cannot be checked. Check before re-issuing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check whether this learner already has the badge; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gave up after {attempts} attempts; retry the row later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent recorded; not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform answered {http_status}: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted permanently: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The award was revoked on the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued, replacing the learner&apos;s earlier badge {replaces_award_id} (Update existing badges).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued (the platform answered with the badge, not the award; the award was looked up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge template is archived and cannot issue badges. Restore it, or choose an active one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge template is still a draft. Publish it so it is active, or choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge template is not active. Make it active, or choose an active one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token may not do this for this organisation. Use a token with the right permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform has no such award; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was too large for the platform; shorten the evidence text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email corrected from {old_email}; waiting to be issued to the new address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued: a draft made earlier for this learner (e.g. by an interrupted run) was issued and sent, so no second credential was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued: the learner&apos;s earlier credential had expired, so a new one was made and sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the platform says this badge uses a feature of a paid plan{said}. The run stopped before the next learner; upgrade the plan or choose another badge, then resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the platform refused the API version BadgeDesk sends{said}. This is a problem in BadgeDesk, not in your account or file: update BadgeDesk, or report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the platform could not read BadgeDesk&apos;s request{said}. This is a problem in BadgeDesk: report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the token may not issue this badge{said}. The run stopped before the next learner; use a token with the right permissions, then resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: this token may not award or revoke badges (it needs an administrator&apos;s or the system&apos;s role){said}. The run stopped before the next learner; connect with such a token, then resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform reported a conflict{said}. Check this learner on the platform, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not awarded: the service does not know the ID {key}{said}. Check the ID in the file (a typing mistake?), then retry this row; the other learners went on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: this row has no ID for the learner. Fill it in the file, then retry the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the service answered “not found”{said}. Check the connection&apos;s address (the service&apos;s root), then resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the check whether this learner already holds the badge failed{said}. Nothing was awarded; retry the row later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the check whether this learner already holds the badge gave an answer BadgeDesk cannot read. Nothing was awarded; retry the row later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform refused to revoke this award{said}. It is still issued; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform answered the revoke, but the award still shows as live (a proxy may have dropped the request&apos;s reason). It is still issued; try again, or revoke it on the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This platform cannot revoke awards, only delete them permanently (Delete permanently…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This platform cannot delete awards; revoke them instead (Revoke award…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform kept asking BadgeDesk to slow down, so this row was not sent. Retry it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform was unavailable (503); nothing was done. Retry the row later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform had a problem on its side{said}. The badge may or may not have been issued: BadgeDesk checks before sending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s answer could not be read (a Wi-Fi login page or a proxy?). The badge may have been issued: BadgeDesk checks before sending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform did not answer in time. The badge may have been issued: BadgeDesk checks before sending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection dropped while waiting for the answer. The badge may have been issued: BadgeDesk checks before sending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform could not be reached (no network?); nothing was sent. Resume when online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform answered in a form BadgeDesk does not know. Nothing more was done; report this if it goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform kept answering with more pages, so BadgeDesk stopped reading; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong in BadgeDesk while sending ({error}); check before re-issuing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run is being issued by another BadgeDesk window right now; let it finish first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a badge ID the platform knows how to read; give the ID as the platform shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection has no “Awarded by” ID: edit the connection (step 1) and give yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This platform has no default address: edit the connection (step 1) and give the service&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection&apos;s address is not a web address: edit the connection (step 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection&apos;s address is plain http: only https is used, except for this computer. Edit the connection (step 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection&apos;s timeout is not a number of seconds: edit the connection (step 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection has no organisation ID: edit the connection (step 1) and give it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection names an environment this platform does not have: edit it (step 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This platform lists badges per provider: choose a provider in step 2 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection has no token: edit the connection (step 1) and paste one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the platform said: {detail})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Platforms</name>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awarded by (your ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifier › Settings › Developers › Access Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifier › Settings › Developers › Access Tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create one in Navigatr › Settings › Personal Access Tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credly › Organization › Developers › Authorization Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigatr › Settings › Personal Access Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. BadgeDesk reads the date from Credly where the token may; otherwise it uses this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization › Developers › Authorization Tokens. Tokens expire 180 days after they are made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer mentor ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal Access Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Credly organisation&apos;s ID (Organization › Settings, or the address of its page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>badge definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>badge template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 6c4f0c86-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learner@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner&apos;s email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save everything held about this learner as a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this learner&apos;s personal data; the badge is still never issued twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep personal data for this many days (0 = keep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep personal data for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purge now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the personal data of every run older than the retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{learners} learner rows in {runs} runs, {attempts} attempt details and {events} events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export learner data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing held about {email}; {path} says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything held about {email} ({rows} learner rows) saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the personal data of {email} from the journal? Names, address, evidence and details are replaced; the runs stay, and the badge is still never issued to this address twice. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing held about {email}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the personal data of {email}: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge old runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the personal data of every run started more than {days} days ago? The runs stay for the audit trail. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purged runs older than {days} days: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsExport</name>
    <message>
        <source>Open a run first (Run history, Ctrl+H).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is open in Excel or another program (or the folder is read-only), so it cannot be replaced. Save as &apos;{suggestion}&apos; instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the results on their own?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the results without the learner list&apos;s columns?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not claimed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounced (email failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: check first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SANDBOX — rehearsal, not real badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the run stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners that need review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the learners that need review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;try failed rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke award…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke &amp;whole run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete permanently…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete whole run &amp;permanently…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct email…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh c&amp;laims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the results to .xlsx or .csv (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, email or ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the current action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run to show. Issue a cohort (step 4), or open a past run (Run history, Ctrl+H).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>badge {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {n} learner(s) need review: the platform accepted the request (HTTP 202) but did not issue the badge. The Detail column has the platform&apos;s reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? {n} learner(s) unknown: the badge may have been issued. Resuming the run looks them up before anything is sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals: {n} learners — {parts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims: {parts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run {id}: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No learners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run {id} was issued on {env}. Connect to that platform (step 1, Connect) to change its awards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked the award of {email}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the award of {email} permanently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {revoked} of {total} awards permanently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked {revoked} of {total} awards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{failed} could not be changed: they are still issued; the Detail of each attempt is in the journal. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{not_done} were not tried (stopped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected: the badge was issued to {email} (award {award}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email is corrected to {email}, but the new award is {status}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported run {id} to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims checked: {claimed} claimed, {pending} not claimed yet, {bounced} bounced (email failed), {complained} complained, {revoked} revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose “Bounced” under Show to see who.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failed rows to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} learner(s) will be sent again: choose Resume on the Issue page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a learner whose email can be corrected first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunOptionsBox</name>
    <message>
        <source>For the whole run (a cohort column overrides these per learner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set an issue &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges e&amp;xpire on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set an expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence &amp;text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note with every award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update &amp;existing badges (replace the badge a learner already holds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update existing badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: a learner who already holds the badge keeps it and is not sent again. On: the platform replaces their badge with the new one. BadgeDesk asks you to confirm before the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the platform whether each learner already has the badge (slower)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update existing badges?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update existing badges is on. Every learner in this run who already holds &apos;{badge}&apos; on {platform} has that badge REPLACED by the new one: the existing badge stops being theirs and the platform may email them again. Learners BadgeDesk already issued it to in an earlier run are still not sent again.

Replace existing badges?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence URL must be a web address (https://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date {expires} must come after the issue date {issued}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date {expires} has already come; choose a later one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunsModel</name>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{env} · SANDBOX</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TypedBadgeBox</name>
    <message>
        <source>Type an ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why an ID can be typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k and use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the typed ID and use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} offers no list of its {what}s: the list shows the ones earlier awards name. Another {what} can be used by typing its ID here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} ID to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {id}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the list; the platform checks {id} at the first award.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found: {name} ({id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use this ID: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
