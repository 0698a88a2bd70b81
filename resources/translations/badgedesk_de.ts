<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Something went wrong ({error}). Your runs are safe in the journal; Help › Copy diagnostics gives support the details.</source>
        <translation>Etwas ist schiefgelaufen ({error}). Ihre Durchläufe sind im Journal sicher; Hilfe › Diagnose kopieren gibt dem Support die Einzelheiten.</translation>
    </message>
</context>
<context>
    <name>AwardChanges</name>
    <message>
        <source>Select an issued learner first.</source>
        <translation>Wählen Sie zuerst eine Person aus, an die ausgestellt wurde.</translation>
    </message>
    <message>
        <source>Revoke award</source>
        <translation>Vergabe widerrufen</translation>
    </message>
    <message>
        <source>Why is the award of {name} being revoked? The platform records the reason.</source>
        <translation>Warum wird die Vergabe an {name} widerrufen? Die Plattform speichert den Grund.</translation>
    </message>
    <message>
        <source>Revoke award?</source>
        <translation>Vergabe widerrufen?</translation>
    </message>
    <message>
        <source>Revoke the badge awarded to {name} &lt;{email}&gt; (award {award})? This cannot be undone.</source>
        <translation>Das an {name} &lt;{email}&gt; vergebene Badge widerrufen (Vergabe {award})? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete the award permanently?</source>
        <translation>Vergabe endgültig löschen?</translation>
    </message>
    <message>
        <source>Delete the award of {name} ({key}) for the badge {badge} (award {award}) permanently?</source>
        <translation>Die Vergabe an {name} ({key}) für das Badge {badge} (Vergabe {award}) endgültig löschen?</translation>
    </message>
    <message>
        <source>This run has no issued awards to delete.</source>
        <translation>Dieser Durchlauf hat keine ausgestellten Vergaben zum Löschen.</translation>
    </message>
    <message>
        <source>Delete the whole run permanently?</source>
        <translation>Den ganzen Durchlauf endgültig löschen?</translation>
    </message>
    <message>
        <source>Delete all {n} issued awards of run {id} for the badge {badge} permanently? Every learner of this run who holds it loses it; awards made elsewhere are not touched.</source>
        <translation>Alle {n} ausgestellten Vergaben von Durchlauf {id} für das Badge {badge} endgültig löschen? Alle Teilnehmenden dieses Durchlaufs, die es besitzen, verlieren es; anderswo vorgenommene Vergaben bleiben unberührt.</translation>
    </message>
    <message>
        <source>This run has no issued awards to revoke.</source>
        <translation>Dieser Durchlauf hat keine ausgestellten Vergaben zum Widerrufen.</translation>
    </message>
    <message>
        <source>Revoke whole run</source>
        <translation>Ganzen Durchlauf widerrufen</translation>
    </message>
    <message>
        <source>Why are all awards of run {id} being revoked (e.g. issued with the wrong badge)? The platform records the reason.</source>
        <translation>Warum werden alle Vergaben von Durchlauf {id} widerrufen (z. B. mit dem falschen Badge ausgestellt)? Die Plattform speichert den Grund.</translation>
    </message>
    <message>
        <source>Revoke the whole run?</source>
        <translation>Den ganzen Durchlauf widerrufen?</translation>
    </message>
    <message>
        <source>Revoke all {n} issued awards of run {id} ({badge})? This cannot be undone. Learners already holding the badge lose it.</source>
        <translation>Alle {n} ausgestellten Vergaben von Durchlauf {id} ({badge}) widerrufen? Das lässt sich nicht rückgängig machen. Teilnehmende, die das Badge bereits besitzen, verlieren es.</translation>
    </message>
</context>
<context>
    <name>BadgeCardDelegate</name>
    <message>
        <source>min. score {n}</source>
        <translation>mind. {n} Punkte</translation>
    </message>
</context>
<context>
    <name>BadgeDetails</name>
    <message>
        <source>Chosen badge</source>
        <translation>Gewähltes Badge</translation>
    </message>
    <message>
        <source>Chosen badge details</source>
        <translation>Details zum gewählten Badge</translation>
    </message>
    <message>
        <source>Badge name</source>
        <translation>Name des Badges</translation>
    </message>
    <message>
        <source>Badge description</source>
        <translation>Beschreibung des Badges</translation>
    </message>
    <message>
        <source>Badge status, source and minimum score</source>
        <translation>Status, Quelle und Mindestpunktzahl des Badges</translation>
    </message>
    <message>
        <source>Sandbox badge</source>
        <translation>Sandbox-Badge</translation>
    </message>
    <message>
        <source>Link to the badge&apos;s page</source>
        <translation>Link zur Seite des Badges</translation>
    </message>
    <message>
        <source>No badge chosen yet.</source>
        <translation>Noch kein Badge gewählt.</translation>
    </message>
    <message>
        <source>Select a badge in the list. Greyed badges cannot be issued; their tooltip says why.</source>
        <translation>Wählen Sie ein Badge in der Liste. Ausgegraute Badges können nicht ausgestellt werden; ihr Tooltip sagt, warum.</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Quelle: {source}</translation>
    </message>
    <message>
        <source>Minimum score: {score}</source>
        <translation>Mindestpunktzahl: {score}</translation>
    </message>
    <message>
        <source>ID: {id}</source>
        <translation>ID: {id}</translation>
    </message>
    <message>
        <source>Cannot be issued: {reason}</source>
        <translation>Kann nicht ausgestellt werden: {reason}</translation>
    </message>
    <message>
        <source>This is the provider&apos;s sandbox badge (used for rehearsal runs).</source>
        <translation>Dies ist das Sandbox-Badge des Anbieters (für Probeläufe).</translation>
    </message>
    <message>
        <source>Open the badge&apos;s page</source>
        <translation>Die Seite des Badges öffnen</translation>
    </message>
</context>
<context>
    <name>BadgeModel</name>
    <message>
        <source>The platform does not let this badge be issued.</source>
        <translation>Die Plattform lässt dieses Badge nicht ausstellen.</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Min score</source>
        <translation>Mindestpunktzahl</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The lowest score a learner needs for the platform to issue the badge.</source>
        <translation>Die niedrigste Punktzahl, die Teilnehmende brauchen, damit die Plattform das Badge ausstellt.</translation>
    </message>
    <message>
        <source>Image of {name}</source>
        <translation>Bild von {name}</translation>
    </message>
    <message>
        <source>{status} — not issuable</source>
        <translation>{status} — nicht ausstellbar</translation>
    </message>
    <message>
        <source>Not issuable</source>
        <translation>Nicht ausstellbar</translation>
    </message>
    <message>
        <source>The sandbox badge: rehearsal runs issue this badge instead of the real one.</source>
        <translation>Das Sandbox-Badge: Probeläufe stellen dieses Badge statt des echten aus.</translation>
    </message>
</context>
<context>
    <name>BadgeSearch</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Search badges by name</source>
        <translation>Badges nach Namen suchen</translation>
    </message>
    <message>
        <source>Part of the badge&apos;s name (Ctrl+F)</source>
        <translation>Teil des Badge-Namens (Strg+F)</translation>
    </message>
    <message>
        <source>Number of badges</source>
        <translation>Anzahl der Badges</translation>
    </message>
    <message>
        <source>{total} badges ({blocked} cannot be issued)</source>
        <translation>{total} Badges ({blocked} nicht ausstellbar)</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} badges</source>
        <translation>{shown} von {total} Badges angezeigt</translation>
    </message>
</context>
<context>
    <name>BadgeTable</name>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
</context>
<context>
    <name>CohortFindings</name>
    <message>
        <source>How the columns were found</source>
        <translation>Wie die Spalten gefunden wurden</translation>
    </message>
    <message>
        <source>Date order</source>
        <translation>Datumsreihenfolge</translation>
    </message>
    <message>
        <source>How to read dates like 03/04/2025 in this file: day first or month first.</source>
        <translation>Wie Datumsangaben wie 03/04/2025 in dieser Datei zu lesen sind: Tag zuerst oder Monat zuerst.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Day first (31/12/2025)</source>
        <translation>Tag zuerst (31/12/2025)</translation>
    </message>
    <message>
        <source>Month first (12/31/2025)</source>
        <translation>Monat zuerst (12/31/2025)</translation>
    </message>
    <message>
        <source>Date order:</source>
        <translation>Datumsreihenfolge:</translation>
    </message>
    <message>
        <source>{count} date(s) in &apos;{column}&apos;, such as {example}, could be day first ({dmy}) or month first ({mdy}).</source>
        <translation>{count} Datumsangabe(n) in „{column}“, etwa {example}, können Tag zuerst ({dmy}) oder Monat zuerst ({mdy}) gemeint sein.</translation>
    </message>
    <message>
        <source>Choose the order: until then those rows get no badge.</source>
        <translation>Wählen Sie die Reihenfolge: Bis dahin erhalten diese Zeilen kein Badge.</translation>
    </message>
    <message>
        <source>Consent: the answers to the question &apos;{header}&apos; (column {letter}). Choose another Consent column under Column mapping if that is wrong.</source>
        <translation>Einwilligung: die Antworten auf die Frage „{header}“ (Spalte {letter}). Wählen Sie unter Spaltenzuordnung eine andere Einwilligungsspalte, falls das nicht stimmt.</translation>
    </message>
    <message>
        <source>Consent: the column &apos;{header}&apos; (column {letter}).</source>
        <translation>Einwilligung: die Spalte „{header}“ (Spalte {letter}).</translation>
    </message>
    <message>
        <source>Email: the only email column is the buyer&apos;s, &apos;{header}&apos; (column {letter}); badges go to those addresses. Add the attendees&apos; own emails if the buyer is not the learner.</source>
        <translation>E-Mail: Die einzige E-Mail-Spalte ist die der Käuferin bzw. des Käufers, „{header}“ (Spalte {letter}); die Badges gehen an diese Adressen. Ergänzen Sie die eigenen E-Mail-Adressen der Teilnehmenden, wenn die kaufende Person nicht teilnimmt.</translation>
    </message>
    <message>
        <source>Email: the column &apos;{header}&apos; (column {letter}), whose header names an email.</source>
        <translation>E-Mail: die Spalte „{header}“ (Spalte {letter}), deren Überschrift eine E-Mail nennt.</translation>
    </message>
</context>
<context>
    <name>CohortModel</name>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Already issued</source>
        <translation>Bereits ausgestellt</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Tick when the learner agreed (Space toggles the selected row).</source>
        <translation>Ankreuzen, wenn die Person eingewilligt hat (die Leertaste schaltet die ausgewählte Zeile um).</translation>
    </message>
    <message>
        <source>The row number in the spreadsheet.</source>
        <translation>Die Zeilennummer in der Tabelle.</translation>
    </message>
    <message>
        <source>The ID the platform knows each learner by, as read from the file (trimmed).</source>
        <translation>Die ID, unter der die Plattform jede Person kennt, wie aus der Datei gelesen (ohne Leerzeichen am Rand).</translation>
    </message>
    <message>
        <source>Double-click (or F2) to correct an address; the file is not changed.</source>
        <translation>Doppelklick (oder F2), um eine Adresse zu korrigieren; die Datei wird nicht geändert.</translation>
    </message>
    <message>
        <source>What will happen to this learner; the tooltip gives the reason.</source>
        <translation>Was mit dieser Person geschieht; der Tooltip nennt den Grund.</translation>
    </message>
    <message>
        <source>Earlier runs (journal) or the platform already hold this badge for them.</source>
        <translation>Frühere Durchläufe (Journal) oder die Plattform haben dieses Badge bereits für sie.</translation>
    </message>
    <message>
        <source>The learner&apos;s score; the badge asks for at least {n}.</source>
        <translation>Die Punktzahl der Person; das Badge verlangt mindestens {n}.</translation>
    </message>
    <message>
        <source>The platform knows the learner by this ID; correct it in the file.</source>
        <translation>Die Plattform kennt die Person unter dieser ID; korrigieren Sie sie in der Datei.</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Einwilligung erteilt</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Keine Einwilligung</translation>
    </message>
    <message>
        <source>Consent: {source}</source>
        <translation>Einwilligung: {source}</translation>
    </message>
    <message>
        <source>No consent recorded: tick the box once the learner has agreed.</source>
        <translation>Keine Einwilligung erfasst: Kreuzen Sie das Feld an, sobald die Person eingewilligt hat.</translation>
    </message>
    <message>
        <source>Did you mean {address}?</source>
        <translation>Meinten Sie {address}?</translation>
    </message>
    <message>
        <source>Corrected here; the spreadsheet itself is unchanged.</source>
        <translation>Hier korrigiert; die Tabelle selbst bleibt unverändert.</translation>
    </message>
    <message>
        <source>Double-click or press F2 to correct it.</source>
        <translation>Zum Korrigieren doppelklicken oder F2 drücken.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Check email</source>
        <translation>E-Mail prüfen</translation>
    </message>
    <message>
        <source>Below the badge&apos;s minimum score ({n}): the platform will not issue it to this learner.</source>
        <translation>Unter der Mindestpunktzahl des Badges ({n}): Die Plattform stellt es dieser Person nicht aus.</translation>
    </message>
    <message>
        <source>Score too low</source>
        <translation>Punktzahl zu niedrig</translation>
    </message>
    <message>
        <source>The address may be mistyped: did you mean {address}? Select the row and choose Apply suggestion, or correct it by hand. A wrong address means the learner never receives the claim email.</source>
        <translation>Die Adresse ist vielleicht vertippt: Meinten Sie {address}? Wählen Sie die Zeile und dann Vorschlag übernehmen, oder korrigieren Sie sie von Hand. Mit einer falschen Adresse erhält die Person die E-Mail zum Annehmen nie.</translation>
    </message>
    <message>
        <source>Run {run} already issued this badge to this learner; it will not be sent again.</source>
        <translation>Durchlauf {run} hat dieses Badge bereits an diese Person ausgestellt; es wird nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>The platform already lists this badge for this learner.</source>
        <translation>Die Plattform führt dieses Badge für diese Person bereits.</translation>
    </message>
    <message>
        <source>No consent recorded: this learner will not be sent.</source>
        <translation>Keine Einwilligung erfasst: An diese Person wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Ready to issue.</source>
        <translation>Bereit zum Ausstellen.</translation>
    </message>
    <message>
        <source>run {run}</source>
        <translation>Durchlauf {run}</translation>
    </message>
    <message>
        <source>on platform</source>
        <translation>auf der Plattform</translation>
    </message>
</context>
<context>
    <name>CohortPage</name>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open learner list</source>
        <translation>Teilnehmerliste öffnen</translation>
    </message>
    <message>
        <source>Open an .xlsx or .csv learner list, or a prepared cohort (Ctrl+O).</source>
        <translation>Eine Teilnehmerliste (.xlsx oder .csv) oder eine vorbereitete Kohorte öffnen (Strg+O).</translation>
    </message>
    <message>
        <source>&amp;New template…</source>
        <translation>&amp;Neue Vorlage…</translation>
    </message>
    <message>
        <source>New cohort template</source>
        <translation>Neue Kohortenvorlage</translation>
    </message>
    <message>
        <source>Write an empty .xlsx with the expected columns, to fill in offline (Ctrl+N).</source>
        <translation>Eine leere .xlsx mit den erwarteten Spalten schreiben, um sie offline auszufüllen (Strg+N).</translation>
    </message>
    <message>
        <source>&amp;Save prepared…</source>
        <translation>Vorbereitete &amp;speichern…</translation>
    </message>
    <message>
        <source>Save prepared cohort</source>
        <translation>Vorbereitete Kohorte speichern</translation>
    </message>
    <message>
        <source>Save the mapping, consent and corrections to reopen later, offline (Ctrl+S).</source>
        <translation>Zuordnung, Einwilligungen und Korrekturen speichern, um sie später offline wieder zu öffnen (Strg+S).</translation>
    </message>
    <message>
        <source>No learner list open.</source>
        <translation>Keine Teilnehmerliste geöffnet.</translation>
    </message>
    <message>
        <source>Learner list file</source>
        <translation>Datei der Teilnehmerliste</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Arbeitsblatt</translation>
    </message>
    <message>
        <source>The worksheet that holds the learner list.</source>
        <translation>Das Arbeitsblatt mit der Teilnehmerliste.</translation>
    </message>
    <message>
        <source>Shee&amp;t:</source>
        <translation>Arbeits&amp;blatt:</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <source>The spreadsheet row that holds the column names; rows above it are ignored.</source>
        <translation>Die Tabellenzeile mit den Spaltennamen; Zeilen darüber werden ignoriert.</translation>
    </message>
    <message>
        <source>Header ro&amp;w:</source>
        <translation>Kop&amp;fzeile:</translation>
    </message>
    <message>
        <source>Cancel reading</source>
        <translation>Lesen abbrechen</translation>
    </message>
    <message>
        <source>Stop reading this file; the learner list shown before stays as it was.</source>
        <translation>Das Lesen dieser Datei beenden; die zuvor angezeigte Teilnehmerliste bleibt unverändert.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Notes about the learner list</source>
        <translation>Hinweise zur Teilnehmerliste</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <source>Cohort summary</source>
        <translation>Kohortenübersicht</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Space ticks or unticks consent; F2 or a double-click corrects a name or email.</source>
        <translation>Die Leertaste setzt oder entfernt die Einwilligung; F2 oder ein Doppelklick korrigiert Name oder E-Mail.</translation>
    </message>
    <message>
        <source>Tic&amp;k all consent…</source>
        <translation>Alle Einwilligungen &amp;ankreuzen…</translation>
    </message>
    <message>
        <source>Tick all consent</source>
        <translation>Alle Einwilligungen ankreuzen</translation>
    </message>
    <message>
        <source>Record your statement that every learner agreed (asks first).</source>
        <translation>Ihre Erklärung erfassen, dass alle Teilnehmenden eingewilligt haben (fragt vorher nach).</translation>
    </message>
    <message>
        <source>Untick &amp;all</source>
        <translation>Alle ent&amp;fernen</translation>
    </message>
    <message>
        <source>Untick all consent</source>
        <translation>Alle Einwilligungen entfernen</translation>
    </message>
    <message>
        <source>Clear every learner&apos;s consent tick.</source>
        <translation>Das Einwilligungshäkchen aller Teilnehmenden entfernen.</translation>
    </message>
    <message>
        <source>Check against &amp;platform</source>
        <translation>Mit der &amp;Plattform abgleichen</translation>
    </message>
    <message>
        <source>Check against platform</source>
        <translation>Mit der Plattform abgleichen</translation>
    </message>
    <message>
        <source>Ask the platform which learners already hold the chosen badge (needs a connection).</source>
        <translation>Die Plattform fragen, welche Teilnehmenden das gewählte Badge bereits besitzen (braucht eine Verbindung).</translation>
    </message>
    <message>
        <source>Appl&amp;y suggestion</source>
        <translation>&amp;Vorschlag übernehmen</translation>
    </message>
    <message>
        <source>Apply email suggestion</source>
        <translation>E-Mail-Vorschlag übernehmen</translation>
    </message>
    <message>
        <source>Correct the selected learner&apos;s email to the suggested address.</source>
        <translation>Die E-Mail der ausgewählten Person auf die vorgeschlagene Adresse korrigieren.</translation>
    </message>
    <message>
        <source>Contin&amp;ue to Issue</source>
        <translation>&amp;Weiter zum Ausstellen</translation>
    </message>
    <message>
        <source>Continue to Issue</source>
        <translation>Weiter zum Ausstellen</translation>
    </message>
    <message>
        <source>Go to step 4 to issue the badge to the learners who are ready.</source>
        <translation>Zu Schritt 4 wechseln, um das Badge an die bereiten Teilnehmenden auszustellen.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the template…</source>
        <translation>Vorlage wird geschrieben…</translation>
    </message>
    <message>
        <source>Learner lists and prepared cohorts ({patterns})</source>
        <translation>Teilnehmerlisten und vorbereitete Kohorten ({patterns})</translation>
    </message>
    <message>
        <source>Spreadsheets ({patterns})</source>
        <translation>Tabellen ({patterns})</translation>
    </message>
    <message>
        <source>Prepared cohorts ({patterns})</source>
        <translation>Vorbereitete Kohorten ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>A run is in progress; open another learner list when it has finished.</source>
        <translation>Ein Durchlauf läuft; öffnen Sie eine andere Teilnehmerliste, wenn er beendet ist.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
    <message>
        <source>Open a learner list first; there is nothing to save yet.</source>
        <translation>Öffnen Sie zuerst eine Teilnehmerliste; es gibt noch nichts zu speichern.</translation>
    </message>
    <message>
        <source>Prepared cohort ({patterns})</source>
        <translation>Vorbereitete Kohorte ({patterns})</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Counting the learners to tick…</source>
        <translation>Lernende zum Ankreuzen werden gezählt…</translation>
    </message>
    <message>
        <source>Every learner who can be ticked already is.</source>
        <translation>Alle Teilnehmenden, die angekreuzt werden können, sind es bereits.</translation>
    </message>
    <message>
        <source>Tick consent for {count} learner(s)?

This records your statement, as {operator}, that each of them agreed to receive the badge and to their name and email being sent to the badge platform. The journal keeps it as the operator&apos;s statement, with your name and the time.</source>
        <translation>Einwilligung für {count} Teilnehmende ankreuzen?

Damit erklären Sie als {operator}, dass jede dieser Personen eingewilligt hat, das Badge zu erhalten und dass ihr Name und ihre E-Mail-Adresse an die Badge-Plattform übermittelt werden. Das Journal speichert dies als Erklärung der ausführenden Person, mit Ihrem Namen und der Uhrzeit.</translation>
    </message>
    <message>
        <source>{count} learner(s) whose consent column says no stay unticked; tick them one by one if they have since agreed.</source>
        <translation>{count} Teilnehmende, deren Einwilligungsspalte „nein“ sagt, bleiben ohne Häkchen; kreuzen Sie sie einzeln an, falls sie inzwischen eingewilligt haben.</translation>
    </message>
    <message>
        <source>Consent ticked for {count} learner(s) as your statement.</source>
        <translation>Einwilligung für {count} Teilnehmende als Ihre Erklärung angekreuzt.</translation>
    </message>
    <message>
        <source>Consent unticked for {count} learner(s).</source>
        <translation>Einwilligung für {count} Teilnehmende entfernt.</translation>
    </message>
    <message>
        <source>Recording consent for every learner…</source>
        <translation>Einwilligung wird für alle Lernenden erfasst…</translation>
    </message>
    <message>
        <source>The selected learner&apos;s email has no suggested correction.</source>
        <translation>Für die E-Mail der ausgewählten Person gibt es keinen Korrekturvorschlag.</translation>
    </message>
    <message>
        <source>Row {row}: email corrected to {address}.</source>
        <translation>Zeile {row}: E-Mail auf {address} korrigiert.</translation>
    </message>
    <message>
        <source>Open a learner list first.</source>
        <translation>Öffnen Sie zuerst eine Teilnehmerliste.</translation>
    </message>
    <message>
        <source>Checking needs a connection to the platform: add one in step 1 (Connect).</source>
        <translation>Der Abgleich braucht eine Verbindung zur Plattform: Fügen Sie in Schritt 1 (Verbinden) eine hinzu.</translation>
    </message>
    <message>
        <source>Choose the badge first (step 2, Badge): the check looks for that badge.</source>
        <translation>Wählen Sie zuerst das Badge (Schritt 2, Badge): Der Abgleich sucht nach diesem Badge.</translation>
    </message>
    <message>
        <source>No valid learner to check.</source>
        <translation>Keine gültigen Teilnehmenden zum Abgleichen.</translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation>Abgleich stoppen</translation>
    </message>
    <message>
        <source>Checking the learners against the platform…</source>
        <translation>Lernende werden mit der Plattform abgeglichen…</translation>
    </message>
    <message>
        <source>Checking against the platform: {done} of {total}…</source>
        <translation>Abgleich mit der Plattform: {done} von {total}…</translation>
    </message>
    <message>
        <source>Check stopped; {count} learner(s) found on the platform so far.</source>
        <translation>Abgleich gestoppt; bisher {count} Teilnehmende auf der Plattform gefunden.</translation>
    </message>
    <message>
        <source>Checked: {count} learner(s) already hold this badge on the platform.</source>
        <translation>Abgeglichen: {count} Teilnehmende besitzen dieses Badge auf der Plattform bereits.</translation>
    </message>
    <message>
        <source>Marking the learners found on the platform…</source>
        <translation>Auf der Plattform gefundene Lernende werden markiert…</translation>
    </message>
    <message>
        <source>Could not check against the platform: {reason}</source>
        <translation>Abgleich mit der Plattform nicht möglich: {reason}</translation>
    </message>
    <message>
        <source>the learner list</source>
        <translation>die Teilnehmerliste</translation>
    </message>
    <message>
        <source>Learner list not found</source>
        <translation>Teilnehmerliste nicht gefunden</translation>
    </message>
    <message>
        <source>{message}

Locate {name} now?</source>
        <translation>{message}

{name} jetzt suchen?</translation>
    </message>
    <message>
        <source>Locate {name}</source>
        <translation>{name} suchen</translation>
    </message>
    <message>
        <source>Template saved as {name}. Fill it in in Excel, save it, then open it here.</source>
        <translation>Vorlage als {name} gespeichert. Füllen Sie sie in Excel aus, speichern Sie sie und öffnen Sie sie dann hier.</translation>
    </message>
    <message>
        <source>Cohort template written: {path}</source>
        <translation>Kohortenvorlage geschrieben: {path}</translation>
    </message>
    <message>
        <source>Prepared cohort saved as {name}.</source>
        <translation>Vorbereitete Kohorte als {name} gespeichert.</translation>
    </message>
    <message>
        <source>Prepared cohort saved: {path}</source>
        <translation>Vorbereitete Kohorte gespeichert: {path}</translation>
    </message>
    <message>
        <source>Checking the learners again…</source>
        <translation>Teilnehmende werden erneut geprüft…</translation>
    </message>
    <message>
        <source>No column for email addresses was found in {name} (header row {row}). Choose it under Column mapping (Email), or pick another header row or sheet.</source>
        <translation>In {name} wurde keine Spalte für E-Mail-Adressen gefunden (Kopfzeile {row}). Wählen Sie sie unter Spaltenzuordnung (E-Mail), oder wählen Sie eine andere Kopfzeile oder ein anderes Arbeitsblatt.</translation>
    </message>
    <message>
        <source>No column for the {key} was found in {name} (header row {row}). Choose it under Column mapping ({key}), or pick another header row or sheet.</source>
        <translation>In {name} wurde keine Spalte für „{key}“ gefunden (Kopfzeile {row}). Wählen Sie sie unter Spaltenzuordnung ({key}), oder wählen Sie eine andere Kopfzeile oder ein anderes Arbeitsblatt.</translation>
    </message>
    <message>
        <source>No columns for the learners&apos; names were found in {name} (header row {row}). Choose First name and Last name (or Full name) under Column mapping, or pick another header row or sheet.</source>
        <translation>In {name} wurden keine Spalten für die Namen der Teilnehmenden gefunden (Kopfzeile {row}). Wählen Sie Vorname und Nachname (oder Vollständiger Name) unter Spaltenzuordnung, oder wählen Sie eine andere Kopfzeile oder ein anderes Arbeitsblatt.</translation>
    </message>
    <message>
        <source>There is no consent column: tick each learner who agreed, or use Tick all consent… to record your statement that they all did.</source>
        <translation>Es gibt keine Einwilligungsspalte: Kreuzen Sie alle an, die eingewilligt haben, oder erfassen Sie mit „Alle Einwilligungen ankreuzen…“ Ihre Erklärung, dass alle eingewilligt haben.</translation>
    </message>
    <message>
        <source>No learners to show until the columns are chosen.</source>
        <translation>Keine Teilnehmenden anzuzeigen, bis die Spalten gewählt sind.</translation>
    </message>
    <message>
        <source>1 learner</source>
        <translation>1 Person</translation>
    </message>
    <message>
        <source>{count} learners</source>
        <translation>{count} Teilnehmende</translation>
    </message>
    <message>
        <source>{count} ready</source>
        <translation>{count} bereit</translation>
    </message>
    <message>
        <source>{count} no consent</source>
        <translation>{count} ohne Einwilligung</translation>
    </message>
    <message>
        <source>{count} invalid</source>
        <translation>{count} ungültig</translation>
    </message>
    <message>
        <source>{count} duplicate</source>
        <translation>{count} doppelt</translation>
    </message>
    <message>
        <source>{count} already issued</source>
        <translation>{count} bereits ausgestellt</translation>
    </message>
    <message>
        <source>{count} email(s) to check</source>
        <translation>{count} E-Mail(s) zu prüfen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Reading cancelled.</source>
        <translation>Lesen abgebrochen.</translation>
    </message>
    <message>
        <source>Reading cancelled; {name} is still the learner list shown.</source>
        <translation>Lesen abgebrochen; angezeigt wird weiterhin die Teilnehmerliste {name}.</translation>
    </message>
    <message>
        <source>Reading the dates again…</source>
        <translation>Datumsangaben werden neu gelesen…</translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>BadgeDesk signs in to your badge platform with a token you make there. The token is kept in your system keychain (or, if you choose, only until BadgeDesk closes) and never written to a file.</source>
        <translation>BadgeDesk meldet sich bei Ihrer Badge-Plattform mit einem Token an, das Sie dort erstellen. Das Token wird im Schlüsselbund Ihres Systems aufbewahrt (oder, wenn Sie möchten, nur bis BadgeDesk geschlossen wird) und nie in eine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Saved &amp;connections:</source>
        <translation>Gespeicherte &amp;Verbindungen:</translation>
    </message>
    <message>
        <source>Token expiry warning</source>
        <translation>Warnung zum Ablauf des Tokens</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Add a connection</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected connection</source>
        <translation>Ausgewählte Verbindung bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Remove the selected connection and its token</source>
        <translation>Ausgewählte Verbindung und ihr Token entfernen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test the selected connection</source>
        <translation>Ausgewählte Verbindung testen</translation>
    </message>
    <message>
        <source>Set the damaged file &amp;aside</source>
        <translation>Beschädigte Datei &amp;beiseitelegen</translation>
    </message>
    <message>
        <source>Set the damaged connections file aside</source>
        <translation>Beschädigte Verbindungsdatei beiseitelegen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Connection result</source>
        <translation>Verbindungsergebnis</translation>
    </message>
    <message>
        <source>Connection tested</source>
        <translation>Verbindung getestet</translation>
    </message>
    <message>
        <source>Select a connection, then Test connection to check it.</source>
        <translation>Wählen Sie eine Verbindung und dann „Verbindung testen“, um sie zu prüfen.</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>No connection is saved yet. Add one to start (Alt+A).</source>
        <translation>Noch keine Verbindung gespeichert. Fügen Sie eine hinzu, um zu beginnen (Alt+H).</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Remove the connection &apos;{name}&apos;? Its token is deleted from the keychain (or this session) and its saved badge library is forgotten. Badges already issued are not affected.</source>
        <translation>Die Verbindung „{name}“ entfernen? Ihr Token wird aus dem Schlüsselbund (oder dieser Sitzung) gelöscht und ihre gespeicherte Badge-Bibliothek vergessen. Bereits ausgestellte Badges sind nicht betroffen.</translation>
    </message>
    <message>
        <source>Select a connection to test first.</source>
        <translation>Wählen Sie zuerst eine Verbindung zum Testen.</translation>
    </message>
    <message>
        <source>Test of &apos;{name}&apos;</source>
        <translation>Test von „{name}“</translation>
    </message>
    <message>
        <source>&apos;{platform}&apos; is not a platform this version of BadgeDesk knows.</source>
        <translation>„{platform}“ ist keine Plattform, die diese Version von BadgeDesk kennt.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>The damaged connections file was set aside as {path}. Add your connections again.</source>
        <translation>Die beschädigte Verbindungsdatei wurde als {path} beiseitegelegt. Fügen Sie Ihre Verbindungen erneut hinzu.</translation>
    </message>
    <message>
        <source>(an account without a name)</source>
        <translation>(ein Konto ohne Namen)</translation>
    </message>
    <message>
        <source>{name} ({detail})</source>
        <translation>{name} ({detail})</translation>
    </message>
    <message>
        <source>{name} (simulator)</source>
        <translation>{name} (Simulator)</translation>
    </message>
    <message>
        <source>{name} ({status})</source>
        <translation>{name} ({status})</translation>
    </message>
    <message>
        <source>Connected as {name} — can issue for: {providers}.</source>
        <translation>Verbunden als {name} — darf ausstellen für: {providers}.</translation>
    </message>
    <message>
        <source>Connected as {name} — but this account cannot issue badges for any provider. Ask an administrator of your provider to add you, or use another token.</source>
        <translation>Verbunden als {name} — aber dieses Konto darf für keinen Anbieter Badges ausstellen. Bitten Sie eine Administratorin oder einen Administrator Ihres Anbieters, Sie hinzuzufügen, oder verwenden Sie ein anderes Token.</translation>
    </message>
    <message>
        <source>The token expires on {date}.</source>
        <translation>Das Token läuft am {date} ab.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; works.</source>
        <translation>„{name}“ funktioniert.</translation>
    </message>
    <message>
        <source>{platform} rejected the token ({status}): it is invalid, expired or revoked. Make a new {token} ({where}) and enter it with Edit….</source>
        <translation>{platform} hat das Token abgelehnt ({status}): Es ist ungültig, abgelaufen oder widerrufen. Erstellen Sie ein neues {token} ({where}) und geben Sie es mit „Bearbeiten…“ ein.</translation>
    </message>
    <message>
        <source>in the platform&apos;s settings</source>
        <translation>in den Einstellungen der Plattform</translation>
    </message>
    <message>
        <source>The token&apos;s expiry date on record is {date}.</source>
        <translation>Das gespeicherte Ablaufdatum des Tokens ist der {date}.</translation>
    </message>
    <message>
        <source>{reason} (HTTP {status})</source>
        <translation>{reason} (HTTP {status})</translation>
    </message>
    <message>
        <source>Test failed: {reason}</source>
        <translation>Test fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>Removed &apos;{name}&apos;</source>
        <translation>„{name}“ entfernt</translation>
    </message>
    <message>
        <source>Saved the connection &apos;{name}&apos;. {where}</source>
        <translation>Verbindung „{name}“ gespeichert. {where}</translation>
    </message>
    <message>
        <source>Saved the connection &apos;{name}&apos;.</source>
        <translation>Verbindung „{name}“ gespeichert.</translation>
    </message>
    <message>
        <source>Using the connection &apos;{name}&apos;.</source>
        <translation>Verbindung „{name}“ wird verwendet.</translation>
    </message>
    <message>
        <source>Its token is stored in {backend}.</source>
        <translation>Ihr Token ist in {backend} gespeichert.</translation>
    </message>
    <message>
        <source>Its token is kept for this session only.</source>
        <translation>Ihr Token wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Add connection</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Verbindung bearbeiten</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>{name} (not yet available)</source>
        <translation>{name} (noch nicht verfügbar)</translation>
    </message>
    <message>
        <source>Platform note</source>
        <translation>Hinweis zur Plattform</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Name der Verbindung</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>The service&apos;s address</source>
        <translation>Die Adresse des Dienstes</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Erweitert</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Erweiterte Einstellungen</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>HTTP timeout in seconds</source>
        <translation>HTTP-Zeitlimit in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Own rate limit, requests per seconds (optional)</source>
        <translation>Eigenes Ratenlimit, Anfragen pro Sekunden (optional)</translation>
    </message>
    <message>
        <source>Requests per seconds, e.g. 5/2 for 5 requests every 2 seconds. Leave empty to use the platform&apos;s published limit, or one learned from its answers.</source>
        <translation>Anfragen pro Sekunden, z. B. 5/2 für 5 Anfragen alle 2 Sekunden. Leer lassen, um das veröffentlichte Limit der Plattform zu verwenden oder eines, das aus ihren Antworten gelernt wurde.</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>Own &amp;rate limit:</source>
        <translation>Eigenes &amp;Ratenlimit:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Save the connection</source>
        <translation>Verbindung speichern</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plattform:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>The token is stored in the keychain.</source>
        <translation>Das Token ist im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The token is kept for this session only.</source>
        <translation>Das Token wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>No token is stored for this connection; enter it.</source>
        <translation>Für diese Verbindung ist kein Token gespeichert; geben Sie es ein.</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored token</source>
        <translation>Leer lassen, um das gespeicherte Token zu behalten</translation>
    </message>
    <message>
        <source>{reason} The connection is kept, but cannot be used in this version.</source>
        <translation>{reason} Die Verbindung bleibt erhalten, kann in dieser Version aber nicht verwendet werden.</translation>
    </message>
    <message>
        <source>e.g. {platform} (work)</source>
        <translation>z. B. {platform} (Arbeit)</translation>
    </message>
    <message>
        <source>e.g. {url}</source>
        <translation>z. B. {url}</translation>
    </message>
    <message>
        <source>Empty: the platform&apos;s {limit}</source>
        <translation>Leer: das Limit der Plattform, {limit}</translation>
    </message>
    <message>
        <source>{calls} requests per {period:g} s</source>
        <translation>{calls} Anfragen pro {period:g} s</translation>
    </message>
    <message>
        <source>Empty: learned from the platform&apos;s answers</source>
        <translation>Leer: aus den Antworten der Plattform gelernt</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Paste your {token}</source>
        <translation>Fügen Sie Ihr {token} ein</translation>
    </message>
    <message>
        <source>Default: {url}</source>
        <translation>Standard: {url}</translation>
    </message>
    <message>
        <source>Paste the {token} for this connection (the {token} field is empty).</source>
        <translation>Fügen Sie das {token} für diese Verbindung ein (das Feld {token} ist leer).</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>ConnectionList</name>
    <message>
        <source>Saved connections</source>
        <translation>Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Token expires</source>
        <translation>Token läuft ab</translation>
    </message>
    <message>
        <source>Own address</source>
        <translation>Eigene Adresse</translation>
    </message>
    <message>
        <source>{environment} (custom address)</source>
        <translation>{environment} (eigene Adresse)</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Simulator</translation>
    </message>
    <message>
        <source>{name} (not yet available)</source>
        <translation>{name} (noch nicht verfügbar)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>Nur diese Sitzung</translation>
    </message>
    <message>
        <source>Missing — use Edit to enter it</source>
        <translation>Fehlt — mit „Bearbeiten“ eingeben</translation>
    </message>
</context>
<context>
    <name>CorrectEmailDialog</name>
    <message>
        <source>Correct email</source>
        <translation>E-Mail korrigieren</translation>
    </message>
    <message>
        <source>The award issued to {email} is revoked (the reason is recorded on the platform), then the badge is issued to the new address. Both are recorded in the journal.</source>
        <translation>Die an {email} ausgestellte Vergabe wird widerrufen (der Grund wird auf der Plattform gespeichert), dann wird das Badge an die neue Adresse ausgestellt. Beides wird im Journal festgehalten.</translation>
    </message>
    <message>
        <source>The badge is issued to the new address. The change is recorded in the journal.</source>
        <translation>Das Badge wird an die neue Adresse ausgestellt. Die Änderung wird im Journal festgehalten.</translation>
    </message>
    <message>
        <source>Learner: {name}</source>
        <translation>Person: {name}</translation>
    </message>
    <message>
        <source>Correct email address</source>
        <translation>Korrekte E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Grund für die Korrektur</translation>
    </message>
    <message>
        <source>e.g. Typo in the email address</source>
        <translation>z. B. Tippfehler in der E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Correct &amp;email:</source>
        <translation>Korrekte &amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Revoke and &amp;reissue</source>
        <translation>Widerrufen und neu aus&amp;stellen</translation>
    </message>
    <message>
        <source>This is not a valid email address.</source>
        <translation>Das ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Enter the correct address (it is the same as now).</source>
        <translation>Geben Sie die korrekte Adresse ein (sie ist dieselbe wie jetzt).</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>DELETE</source>
        <translation>LÖSCHEN</translation>
    </message>
    <message>
        <source>What will be deleted</source>
        <translation>Was gelöscht wird</translation>
    </message>
    <message>
        <source>This cannot be undone: the platform deletes the award itself, and the learner loses it. The platform has no way to revoke it instead.</source>
        <translation>Das lässt sich nicht rückgängig machen: Die Plattform löscht die Vergabe selbst, und die Person verliert sie. Die Plattform bietet keine Möglichkeit, sie stattdessen zu widerrufen.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Reason for deleting</source>
        <translation>Grund für das Löschen</translation>
    </message>
    <message>
        <source>e.g. issued with the wrong badge</source>
        <translation>z. B. mit dem falschen Badge ausgestellt</translation>
    </message>
    <message>
        <source>Confirmation word</source>
        <translation>Bestätigungswort</translation>
    </message>
    <message>
        <source>&amp;Reason (kept in the journal):</source>
        <translation>&amp;Grund (wird im Journal gespeichert):</translation>
    </message>
    <message>
        <source>&amp;Type {word} to confirm:</source>
        <translation>Zum Bestätigen {word} &amp;eingeben:</translation>
    </message>
    <message>
        <source>&amp;Delete permanently</source>
        <translation>Endgültig &amp;löschen</translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>Endgültig löschen</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Welcome to BadgeDesk</source>
        <translation>Willkommen bei BadgeDesk</translation>
    </message>
    <message>
        <source>No connection yet. Add one with the token you made on your badge platform, or try the demo first: it runs against simulated platforms and nothing leaves this computer.</source>
        <translation>Noch keine Verbindung. Fügen Sie eine mit dem Token hinzu, das Sie auf Ihrer Badge-Plattform erstellt haben, oder probieren Sie zuerst die Demo aus: Sie läuft gegen simulierte Plattformen, und nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>Add a &amp;connection…</source>
        <translation>&amp;Verbindung hinzufügen…</translation>
    </message>
    <message>
        <source>Add a connection</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>&amp;Demo ausprobieren</translation>
    </message>
    <message>
        <source>Try the demo in a new window</source>
        <translation>Demo in einem neuen Fenster ausprobieren</translation>
    </message>
    <message>
        <source>Opens BadgeDesk&apos;s demo in a window of its own.</source>
        <translation>Öffnet die Demo von BadgeDesk in einem eigenen Fenster.</translation>
    </message>
</context>
<context>
    <name>Expiry</name>
    <message>
        <source>⚠ Expired on {date}</source>
        <translation>⚠ Abgelaufen am {date}</translation>
    </message>
    <message>
        <source>⚠ Expires today ({date})</source>
        <translation>⚠ Läuft heute ab ({date})</translation>
    </message>
    <message>
        <source>⚠ Expires tomorrow ({date})</source>
        <translation>⚠ Läuft morgen ab ({date})</translation>
    </message>
    <message>
        <source>⚠ Expires in {days} days ({date})</source>
        <translation>⚠ Läuft in {days} Tagen ab ({date})</translation>
    </message>
    <message>
        <source>{date}</source>
        <translation>{date}</translation>
    </message>
    <message>
        <source>Not known yet (Test connection reads it)</source>
        <translation>Noch nicht bekannt („Verbindung testen“ liest es)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>The token expires on {date}</source>
        <translation>Das Token läuft am {date} ab</translation>
    </message>
    <message>
        <source>This platform&apos;s tokens carry no expiry date</source>
        <translation>Die Tokens dieser Plattform haben kein Ablaufdatum</translation>
    </message>
    <message>
        <source>Not started: the {platform} token of &apos;{name}&apos; expired on {date}. Make a new one ({where}) and enter it with Edit… in step 1 (Connect). Nothing was sent.</source>
        <translation>Nicht gestartet: Das {platform}-Token von „{name}“ ist am {date} abgelaufen. Erstellen Sie ein neues ({where}) und geben Sie es in Schritt 1 (Verbinden) mit „Bearbeiten…“ ein. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The {platform} token of &apos;{name}&apos; expired on {date}. Make a new one ({where}) and enter it with Edit… in step 1 (Connect); nothing can be sent with it until then.</source>
        <translation>Das {platform}-Token von „{name}“ ist am {date} abgelaufen. Erstellen Sie ein neues ({where}) und geben Sie es in Schritt 1 (Verbinden) mit „Bearbeiten…“ ein; bis dahin kann damit nichts gesendet werden.</translation>
    </message>
    <message>
        <source>The {platform} token of &apos;{name}&apos; expires {when} ({date}). Make a new one soon ({where}) and enter it with Edit… in step 1 (Connect).</source>
        <translation>Das {platform}-Token von „{name}“ läuft {when} ab ({date}). Erstellen Sie bald ein neues ({where}) und geben Sie es in Schritt 1 (Verbinden) mit „Bearbeiten…“ ein.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>in {days} days</source>
        <translation>in {days} Tagen</translation>
    </message>
    <message>
        <source>in the platform&apos;s settings</source>
        <translation>in den Einstellungen der Plattform</translation>
    </message>
</context>
<context>
    <name>FieldsForm</name>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Token anzeigen</translation>
    </message>
    <message>
        <source>Where to create a token</source>
        <translation>Wo ein Token erstellt wird</translation>
    </message>
    <message>
        <source>&amp;Keep for this session only</source>
        <translation>Nur für diese &amp;Sitzung aufbewahren</translation>
    </message>
    <message>
        <source>Keep the token for this session only</source>
        <translation>Das Token nur für diese Sitzung aufbewahren</translation>
    </message>
    <message>
        <source>Where the token is kept</source>
        <translation>Wo das Token aufbewahrt wird</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer (backend: {backend}). The token will be kept only until BadgeDesk closes; you will need to enter it again next time.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar (Backend: {backend}). Das Token wird nur aufbewahrt, bis BadgeDesk geschlossen wird; beim nächsten Mal müssen Sie es erneut eingeben.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>Hide the token</source>
        <translation>Token verbergen</translation>
    </message>
    <message>
        <source>The token will be kept only until BadgeDesk closes; you will enter it again next time.</source>
        <translation>Das Token wird nur aufbewahrt, bis BadgeDesk geschlossen wird; beim nächsten Mal geben Sie es erneut ein.</translation>
    </message>
    <message>
        <source>The token is stored in {backend}, never in a file.</source>
        <translation>Das Token wird in {backend} gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Make one here: {page}</source>
        <translation>Hier erstellen: {page}</translation>
    </message>
    <message>
        <source>{field} (optional)</source>
        <translation>{field} (optional)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>About {field}</source>
        <translation>Über {field}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Run history</source>
        <translation>Verlauf der Durchläufe</translation>
    </message>
    <message>
        <source>Filter runs</source>
        <translation>Durchläufe filtern</translation>
    </message>
    <message>
        <source>Badge, file, state, environment…</source>
        <translation>Badge, Datei, Zustand, Umgebung…</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Past runs</source>
        <translation>Frühere Durchläufe</translation>
    </message>
    <message>
        <source>No runs yet. Issue a cohort (step 4) and it appears here.</source>
        <translation>Noch keine Durchläufe. Stellen Sie für eine Kohorte aus (Schritt 4), dann erscheint sie hier.</translation>
    </message>
    <message>
        <source>No runs</source>
        <translation>Keine Durchläufe</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the selected run</source>
        <translation>Ausgewählten Durchlauf öffnen</translation>
    </message>
</context>
<context>
    <name>IssueDisplay</name>
    <message>
        <source>Issuing…</source>
        <translation>Wird ausgestellt …</translation>
    </message>
    <message>
        <source>Paused. Requests already sent finish; nothing new is sent until you resume.</source>
        <translation>Angehalten. Bereits gesendete Anfragen laufen zu Ende; bis Sie fortsetzen, wird nichts Neues gesendet.</translation>
    </message>
    <message>
        <source>Waiting for the network. The run carries on by itself when it returns.</source>
        <translation>Warten auf das Netzwerk. Der Lauf geht von selbst weiter, sobald es wieder da ist.</translation>
    </message>
    <message>
        <source>The platform asked us to slow down; waiting as it said.</source>
        <translation>Die Plattform hat um eine Pause gebeten; es wird so lange gewartet wie verlangt.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} von {total}</translation>
    </message>
    <message>
        <source> · {rate} per second</source>
        <translation> · {rate} pro Sekunde</translation>
    </message>
    <message>
        <source> · about {m} min {s} s left</source>
        <translation> · noch etwa {m} min {s} s</translation>
    </message>
    <message>
        <source> · about {s} s left</source>
        <translation> · noch etwa {s} s</translation>
    </message>
    <message>
        <source>Rehearse on the sandbox badge &apos;{badge}&apos; ({env}): {n} awards, all to aliases of {addr}. No learner is emailed.</source>
        <translation>Probelauf mit dem Sandbox-Badge „{badge}“ ({env}): {n} Vergaben, alle an Aliasse von {addr}. Keine Person erhält eine E-Mail.</translation>
    </message>
    <message>
        <source>Pilot: issue the sandbox badge &apos;{badge}&apos; ({env}) to {n} real learners. Each of them receives an email from the platform.</source>
        <translation>Pilot: das Sandbox-Badge „{badge}“ ({env}) an {n} echte Teilnehmende ausstellen. Jede Person erhält eine E-Mail von der Plattform.</translation>
    </message>
    <message>
        <source>Issue &apos;{badge}&apos; (ID {id}) on {env} to {n} learners? Each receives an email from the platform with a claim link. This cannot be undone except by revoking.</source>
        <translation>„{badge}“ (ID {id}) auf {env} an {n} Teilnehmende ausstellen? Jede Person erhält von der Plattform eine E-Mail mit einem Link zum Annehmen. Rückgängig machen lässt sich das nur durch Widerrufen.</translation>
    </message>
    <message>
        <source>Confirm the run</source>
        <translation>Durchlauf bestätigen</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>The token was refused</source>
        <translation>Das Token wurde abgelehnt</translation>
    </message>
    <message>
        <source>The platform refused the token for &apos;{name}&apos; (invalid, expired or revoked). The run is paused and nothing is lost. Paste a new {token} to carry on:</source>
        <translation>Die Plattform hat das Token für „{name}“ abgelehnt (ungültig, abgelaufen oder widerrufen). Der Durchlauf ist pausiert, nichts geht verloren. Fügen Sie ein neues {token} ein, um fortzufahren:</translation>
    </message>
    <message>
        <source>The token may not do this</source>
        <translation>Das Token darf das nicht</translation>
    </message>
    <message>
        <source>{why}

The run is paused and nothing is lost. Paste a {token} that may do this for &apos;{name}&apos; (e.g. one with another role) to carry on:</source>
        <translation>{why}

Der Durchlauf ist pausiert, nichts geht verloren. Fügen Sie ein {token} ein, das dies für „{name}“ darf (z. B. eines mit einer anderen Rolle), um fortzufahren:</translation>
    </message>
    <message>
        <source>Run {id} is paused until a valid token is entered (Resume).</source>
        <translation>Durchlauf {id} ist pausiert, bis ein gültiges Token eingegeben wird (Fortsetzen).</translation>
    </message>
</context>
<context>
    <name>IssuePage</name>
    <message>
        <source>What will be issued</source>
        <translation>Was ausgestellt wird</translation>
    </message>
    <message>
        <source>Token expiry warning</source>
        <translation>Warnung zum Ablauf des Tokens</translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>&amp;Rehearse on the provider&apos;s sandbox badge first</source>
        <translation>Zuerst mit dem Sandbox-Badge des Anbieters p&amp;roben</translation>
    </message>
    <message>
        <source>Rehearse on the sandbox badge</source>
        <translation>Mit dem Sandbox-Badge proben</translation>
    </message>
    <message>
        <source>Send every award to &amp;my test address (no learner is emailed):</source>
        <translation>Jede Vergabe an &amp;meine Testadresse senden (keine Person erhält eine E-Mail):</translation>
    </message>
    <message>
        <source>Send the sandbox badge to the real &amp;learners (a pilot: they get emails)</source>
        <translation>Das Sandbox-Badge an die echten &amp;Teilnehmenden senden (Pilot: Sie erhalten E-Mails)</translation>
    </message>
    <message>
        <source>you@yourdomain.org</source>
        <translation>sie@ihredomain.de</translation>
    </message>
    <message>
        <source>Test address</source>
        <translation>Testadresse</translation>
    </message>
    <message>
        <source>&amp;Start issuing</source>
        <translation>Ausstellen &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>Durchlauf a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Res&amp;ume run</source>
        <translation>Durchlauf fort&amp;setzen</translation>
    </message>
    <message>
        <source>Promote to a &amp;live run</source>
        <translation>Zu einem &amp;echten Durchlauf machen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Progress details</source>
        <translation>Details zum Fortschritt</translation>
    </message>
    <message>
        <source>Run state</source>
        <translation>Zustand des Durchlaufs</translation>
    </message>
    <message>
        <source>Latest outcomes</source>
        <translation>Neueste Ergebnisse</translation>
    </message>
    <message>
        <source>Connection: {where}</source>
        <translation>Verbindung: {where}</translation>
    </message>
    <message>
        <source>Badge: {badge}</source>
        <translation>Badge: {badge}</translation>
    </message>
    <message>
        <source>counting {n} learners…</source>
        <translation>{n} Teilnehmende werden gezählt…</translation>
    </message>
    <message>
        <source>Cohort: {summary}</source>
        <translation>Kohorte: {summary}</translation>
    </message>
    <message>
        <source>Sandbox badge: {name}</source>
        <translation>Sandbox-Badge: {name}</translation>
    </message>
    <message>
        <source>No sandbox badge marked for this provider: mark one in step 2 (Badge).</source>
        <translation>Für diesen Anbieter ist kein Sandbox-Badge markiert: Markieren Sie eines in Schritt 2 (Badge).</translation>
    </message>
    <message>
        <source>{platform} knows learners by their {key}, not an email address: a rehearsal goes to them.</source>
        <translation>{platform} kennt Teilnehmende an ihrer {key}, nicht an einer E-Mail-Adresse: Ein Probelauf geht an sie.</translation>
    </message>
    <message>
        <source>Choose a connection first (step 1).</source>
        <translation>Wählen Sie zuerst eine Verbindung (Schritt 1).</translation>
    </message>
    <message>
        <source>Choose the badge to issue first (step 2).</source>
        <translation>Wählen Sie zuerst das auszustellende Badge (Schritt 2).</translation>
    </message>
    <message>
        <source>Open the learner list first (step 3).</source>
        <translation>Öffnen Sie zuerst die Teilnehmerliste (Schritt 3).</translation>
    </message>
    <message>
        <source>Mark the provider&apos;s sandbox badge in step 2 first.</source>
        <translation>Markieren Sie zuerst in Schritt 2 das Sandbox-Badge des Anbieters.</translation>
    </message>
    <message>
        <source>Nothing to send: no learner is both valid and consenting.</source>
        <translation>Nichts zu senden: Keine Person ist zugleich gültig und eingewilligt.</translation>
    </message>
    <message>
        <source>Not started: existing badges are not to be replaced. Nothing was sent.</source>
        <translation>Nicht gestartet: Vorhandene Badges sollen nicht ersetzt werden. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Preparing {n} learners…</source>
        <translation>{n} Teilnehmende werden vorbereitet…</translation>
    </message>
    <message>
        <source>Cancelled before the run was made. Nothing was sent.</source>
        <translation>Abgebrochen, bevor der Durchlauf angelegt wurde. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Cancel the run?</source>
        <translation>Durchlauf abbrechen?</translation>
    </message>
    <message>
        <source>Requests already sent finish; nothing new is sent. The rest can be resumed later.</source>
        <translation>Bereits gesendete Anfragen werden abgeschlossen; nichts Neues wird gesendet. Der Rest kann später fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Run {id} {state}: {summary}</source>
        <translation>Durchlauf {id} {state}: {summary}</translation>
    </message>
    <message>
        <source>Badge IDs differ between environments: choose the live badge again, then start the live run.</source>
        <translation>Badge-IDs unterscheiden sich zwischen Umgebungen: Wählen Sie das echte Badge erneut und starten Sie dann den echten Durchlauf.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Follow the system ({language})</source>
        <translation>Wie das System ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language changes the next time BadgeDesk starts.</source>
        <translation>Die Sprache wechselt beim nächsten Start von BadgeDesk.</translation>
    </message>
</context>
<context>
    <name>LibraryLoader</name>
    <message>
        <source>&apos;{platform}&apos; is not a platform this version of BadgeDesk knows.</source>
        <translation>„{platform}“ ist keine Plattform, die diese Version von BadgeDesk kennt.</translation>
    </message>
    <message>
        <source>Loading the providers of &apos;{name}&apos;…</source>
        <translation>Die Anbieter von „{name}“ werden geladen…</translation>
    </message>
    <message>
        <source>The providers could not be loaded: {reason}</source>
        <translation>Die Anbieter konnten nicht geladen werden: {reason}</translation>
    </message>
    <message>
        <source>Showing the saved providers; the platform did not answer: {reason}</source>
        <translation>Die gespeicherten Anbieter werden angezeigt; die Plattform hat nicht geantwortet: {reason}</translation>
    </message>
    <message>
        <source>Showing the copy saved {time}; checking {provider} for changes…</source>
        <translation>Angezeigt wird die Kopie vom {time}; {provider} wird auf Änderungen geprüft…</translation>
    </message>
    <message>
        <source>Loading the badges of {provider}…</source>
        <translation>Die Badges von {provider} werden geladen…</translation>
    </message>
    <message>
        <source>{provider} has no badges yet.</source>
        <translation>{provider} hat noch keine Badges.</translation>
    </message>
    <message>
        <source>The badges of {provider} could not be loaded, and no copy is saved: {reason}</source>
        <translation>Die Badges von {provider} konnten nicht geladen werden, und es ist keine Kopie gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Offline: showing the copy saved {time}. {reason}</source>
        <translation>Offline: Angezeigt wird die Kopie vom {time}. {reason}</translation>
    </message>
    <message>
        <source>Showing the copy saved {time}; the library could not be updated: {reason}</source>
        <translation>Angezeigt wird die Kopie vom {time}; die Bibliothek konnte nicht aktualisiert werden: {reason}</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Refresh the library from the platform</source>
        <translation>Bibliothek von der Plattform aktualisieren</translation>
    </message>
    <message>
        <source>Fetch the providers and badges again</source>
        <translation>Anbieter und Badges erneut abrufen</translation>
    </message>
    <message>
        <source>Library notice</source>
        <translation>Hinweis zur Bibliothek</translation>
    </message>
    <message>
        <source>&amp;Use this badge</source>
        <translation>Dieses Badge &amp;verwenden</translation>
    </message>
    <message>
        <source>Use this badge and go to the cohort</source>
        <translation>Dieses Badge verwenden und zur Kohorte wechseln</translation>
    </message>
    <message>
        <source>Mark as sand&amp;box badge</source>
        <translation>Als Sand&amp;box-Badge markieren</translation>
    </message>
    <message>
        <source>Mark as sandbox badge</source>
        <translation>Als Sandbox-Badge markieren</translation>
    </message>
    <message>
        <source>Rehearsal runs issue the provider&apos;s sandbox badge instead of the real one.</source>
        <translation>Probeläufe stellen das Sandbox-Badge des Anbieters statt des echten aus.</translation>
    </message>
    <message>
        <source>Select a badge first.</source>
        <translation>Wählen Sie zuerst ein Badge.</translation>
    </message>
    <message>
        <source>Choose or add a connection in step 1 (Connect) first.</source>
        <translation>Wählen Sie zuerst in Schritt 1 (Verbinden) eine Verbindung oder fügen Sie eine hinzu.</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>This platform&apos;s account is the one that issues: it is chosen for you.</source>
        <translation>Auf dieser Plattform stellt das Konto selbst aus: Es ist für Sie gewählt.</translation>
    </message>
    <message>
        <source>{name} ({status})</source>
        <translation>{name} ({status})</translation>
    </message>
    <message>
        <source>This account cannot issue badges for any provider. Ask an administrator of your provider on the platform to add you, or use another token.</source>
        <translation>Dieses Konto darf für keinen Anbieter Badges ausstellen. Bitten Sie eine Administratorin oder einen Administrator Ihres Anbieters auf der Plattform, Sie hinzuzufügen, oder verwenden Sie ein anderes Token.</translation>
    </message>
    <message>
        <source>Clear sand&amp;box mark</source>
        <translation>Sand&amp;box-Markierung entfernen</translation>
    </message>
    <message>
        <source>Clear the sandbox mark</source>
        <translation>Die Sandbox-Markierung entfernen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Demo — simulated {platforms}. No real badges are issued; nothing leaves this computer.</source>
        <translation>Demo — simuliert: {platforms}. Es werden keine echten Badges ausgestellt; nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>Simulator notice</source>
        <translation>Simulator-Hinweis</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>{platform} at {url}</source>
        <translation>{platform} unter {url}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>BadgeDesk</source>
        <translation>BadgeDesk</translation>
    </message>
    <message>
        <source>BadgeDesk — {where}</source>
        <translation>BadgeDesk — {where}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New cohort template…</source>
        <translation>&amp;Neue Kohortenvorlage…</translation>
    </message>
    <message>
        <source>&amp;Open cohort…</source>
        <translation>Kohorte ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save prepared cohort…</source>
        <translation>Vorbereitete Kohorte &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>Ergebnisse &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>Run &amp;history…</source>
        <translation>&amp;Verlauf der Durchläufe…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>Diagnose &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Privacy…</source>
        <translation>&amp;Datenschutz…</translation>
    </message>
    <message>
        <source>&amp;About BadgeDesk</source>
        <translation>&amp;Über BadgeDesk</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard (no tokens included).</source>
        <translation>Diagnose in die Zwischenablage kopiert (ohne Tokens).</translation>
    </message>
    <message>
        <source>About BadgeDesk</source>
        <translation>Über BadgeDesk</translation>
    </message>
    <message>
        <source>BadgeDesk {version}
Issue digital badges to an event&apos;s cohort from a spreadsheet.</source>
        <translation>BadgeDesk {version}
Digitale Badges an die Kohorte einer Veranstaltung ausstellen, aus einer Tabelle.</translation>
    </message>
    <message>
        <source>A run is in progress</source>
        <translation>Ein Durchlauf läuft</translation>
    </message>
    <message>
        <source>Badges are being issued. Stop after the requests in flight and close? The run is kept and can be resumed from Run history.</source>
        <translation>Badges werden gerade ausgestellt. Nach den laufenden Anfragen anhalten und schließen? Der Durchlauf bleibt erhalten und kann im Verlauf der Durchläufe fortgesetzt werden.</translation>
    </message>
</context>
<context>
    <name>MappingPanel</name>
    <message>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <source>F&amp;irst name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>Full na&amp;me:</source>
        <translation>Vollständiger Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Consent:</source>
        <translation>Ein&amp;willigung:</translation>
    </message>
    <message>
        <source>Sco&amp;re:</source>
        <translation>&amp;Punktzahl:</translation>
    </message>
    <message>
        <source>Evidence te&amp;xt:</source>
        <translation>Nachweis&amp;text:</translation>
    </message>
    <message>
        <source>E&amp;vidence URL:</source>
        <translation>Nachweis-&amp;URL:</translation>
    </message>
    <message>
        <source>Issue &amp;date:</source>
        <translation>Ausstellungs&amp;datum:</translation>
    </message>
    <message>
        <source>Recipient ID:</source>
        <translation>Empfänger-ID:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Ablauf:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
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
        <source>full name</source>
        <translation>vollständiger Name</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>evidence text</source>
        <translation>Nachweistext</translation>
    </message>
    <message>
        <source>evidence URL</source>
        <translation>Nachweis-URL</translation>
    </message>
    <message>
        <source>issue date</source>
        <translation>Ausstellungsdatum</translation>
    </message>
    <message>
        <source>recipient ID</source>
        <translation>Empfänger-ID</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Needed, with the last name, unless a full-name column is chosen.</source>
        <translation>Nötig, zusammen mit dem Nachnamen, außer es ist eine Spalte mit dem vollständigen Namen gewählt.</translation>
    </message>
    <message>
        <source>Needed, with the first name, unless a full-name column is chosen.</source>
        <translation>Nötig, zusammen mit dem Vornamen, außer es ist eine Spalte mit dem vollständigen Namen gewählt.</translation>
    </message>
    <message>
        <source>A single column with the whole name, used when there are no name columns.</source>
        <translation>Eine einzelne Spalte mit dem ganzen Namen, verwendet, wenn es keine Namensspalten gibt.</translation>
    </message>
    <message>
        <source>Needed: the badge is sent to this address.</source>
        <translation>Nötig: Das Badge wird an diese Adresse gesendet.</translation>
    </message>
    <message>
        <source>Yes / y / true / 1 / x / ✓ mean the learner agreed. Optional: you can tick.</source>
        <translation>Yes / y / true / 1 / x / ✓ bedeuten, dass die Person eingewilligt hat. Optional: Sie können ankreuzen.</translation>
    </message>
    <message>
        <source>Optional: a whole number 0-100, for badges with a minimum score.</source>
        <translation>Optional: eine ganze Zahl von 0 bis 100, für Badges mit Mindestpunktzahl.</translation>
    </message>
    <message>
        <source>Optional: up to 500 characters about what the learner did.</source>
        <translation>Optional: bis zu 500 Zeichen darüber, was die Person geleistet hat.</translation>
    </message>
    <message>
        <source>Optional: a link to the learner&apos;s work.</source>
        <translation>Optional: ein Link zur Arbeit der Person.</translation>
    </message>
    <message>
        <source>Optional: the date the learner earned the badge.</source>
        <translation>Optional: das Datum, an dem die Person das Badge erworben hat.</translation>
    </message>
    <message>
        <source>The learner&apos;s ID on the platform.</source>
        <translation>Die ID der Person auf der Plattform.</translation>
    </message>
    <message>
        <source>Optional: the date each learner&apos;s badge expires (YYYY-MM-DD).</source>
        <translation>Optional: das Datum, an dem das Badge der jeweiligen Person abläuft (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Optional: a note sent with each learner&apos;s badge.</source>
        <translation>Optional: eine Notiz, die mit dem Badge jeder Person gesendet wird.</translation>
    </message>
    <message>
        <source>Optional: the language of the platform&apos;s email to the learner, e.g. en or fr.</source>
        <translation>Optional: die Sprache der E-Mail der Plattform an die Person, z. B. en oder fr.</translation>
    </message>
    <message>
        <source>Needed: the platform knows each learner by their {key}.</source>
        <translation>Nötig: Die Plattform kennt jede Person an ihrer {key}.</translation>
    </message>
    <message>
        <source>{key}:</source>
        <translation>{key}:</translation>
    </message>
    <message>
        <source>Optional here: this platform knows learners by their {key}.</source>
        <translation>Hier optional: Diese Plattform kennt Teilnehmende an ihrer {key}.</translation>
    </message>
    <message>
        <source>Column for {field}</source>
        <translation>Spalte für {field}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(keine Überschrift)</translation>
    </message>
</context>
<context>
    <name>Notify</name>
    <message>
        <source>BadgeDesk</source>
        <translation>BadgeDesk</translation>
    </message>
    <message>
        <source>{title}: {text}</source>
        <translation>{title}: {text}</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Keine Einwilligung</translation>
    </message>
    <message>
        <source>Invalid row</source>
        <translation>Ungültige Zeile</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doppelt</translation>
    </message>
    <message>
        <source>Already issued</source>
        <translation>Bereits ausgestellt</translation>
    </message>
    <message>
        <source>Unknown: check first</source>
        <translation>Unbekannt: erst prüfen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Issued.</source>
        <translation>Ausgestellt.</translation>
    </message>
    <message>
        <source>Issued (confirmed by looking the award up after an unclear answer).</source>
        <translation>Ausgestellt (bestätigt durch Nachschlagen der Vergabe nach einer unklaren Antwort).</translation>
    </message>
    <message>
        <source>Already issued to this learner in run {run_id}; not sent again.</source>
        <translation>Bereits in Durchlauf {run_id} an diese Person ausgestellt; nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>The platform already lists this badge for this learner; not sent again.</source>
        <translation>Die Plattform führt dieses Badge für diese Person bereits; nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>The platform refused a second award: this learner already holds this badge. Nothing new was issued.</source>
        <translation>Die Plattform hat eine zweite Vergabe abgelehnt: Diese Person besitzt das Badge bereits. Es wurde nichts Neues ausgestellt.</translation>
    </message>
    <message>
        <source>Score {score} is below the badge&apos;s minimum of {min_score}; not sent.</source>
        <translation>Punktzahl {score} liegt unter der Mindestpunktzahl des Badges von {min_score}; nicht gesendet.</translation>
    </message>
    <message>
        <source>Not issued: {detail}. The badge needs a minimum score.</source>
        <translation>Nicht ausgestellt: {detail}. Das Badge verlangt eine Mindestpunktzahl.</translation>
    </message>
    <message>
        <source>Not issued: {detail}.</source>
        <translation>Nicht ausgestellt: {detail}.</translation>
    </message>
    <message>
        <source>The platform does not let this badge be issued through its API (it comes from elsewhere). Choose another badge.</source>
        <translation>Die Plattform lässt dieses Badge nicht über ihre API ausstellen (es stammt von anderswo). Wählen Sie ein anderes Badge.</translation>
    </message>
    <message>
        <source>This account does not administer the badge&apos;s provider.</source>
        <translation>Dieses Konto verwaltet den Anbieter des Badges nicht.</translation>
    </message>
    <message>
        <source>The badge or provider could not be found; it may be deleted.</source>
        <translation>Das Badge oder der Anbieter wurde nicht gefunden; vielleicht gelöscht.</translation>
    </message>
    <message>
        <source>The badge is unpublished or its provider deactivated. Publish it again, or choose another.</source>
        <translation>Das Badge ist unveröffentlicht oder sein Anbieter deaktiviert. Veröffentlichen Sie es erneut oder wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>The platform refused this learner&apos;s details: {detail}.</source>
        <translation>Die Plattform hat die Angaben dieser Person abgelehnt: {detail}.</translation>
    </message>
    <message>
        <source>The token was refused (invalid, expired or revoked). Enter a new one; the run can resume.</source>
        <translation>Das Token wurde abgelehnt (ungültig, abgelaufen oder widerrufen). Geben Sie ein neues ein; der Durchlauf kann fortgesetzt werden.</translation>
    </message>
    <message>
        <source>The request may have reached the platform and checking failed. Check before re-issuing.</source>
        <translation>Die Anfrage hat die Plattform vielleicht erreicht, und die Prüfung ist fehlgeschlagen. Prüfen Sie, bevor Sie erneut ausstellen.</translation>
    </message>
    <message>
        <source>Another run may have issued this and it cannot be checked. Check before re-issuing.</source>
        <translation>Ein anderer Durchlauf hat dies vielleicht ausgestellt, und es lässt sich nicht prüfen. Prüfen Sie, bevor Sie erneut ausstellen.</translation>
    </message>
    <message>
        <source>Could not check whether this learner already has the badge; nothing was sent.</source>
        <translation>Es konnte nicht geprüft werden, ob diese Person das Badge schon hat; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Gave up after {attempts} attempts; retry the row later.</source>
        <translation>Nach {attempts} Versuchen aufgegeben; versuchen Sie die Zeile später erneut.</translation>
    </message>
    <message>
        <source>No consent recorded; not sent.</source>
        <translation>Keine Einwilligung erfasst; nicht gesendet.</translation>
    </message>
    <message>
        <source>Cancelled before sending.</source>
        <translation>Vor dem Senden abgebrochen.</translation>
    </message>
    <message>
        <source>The platform answered {http_status}: {detail}.</source>
        <translation>Die Plattform antwortete {http_status}: {detail}.</translation>
    </message>
    <message>
        <source>Revoked: {reason}</source>
        <translation>Widerrufen: {reason}</translation>
    </message>
    <message>
        <source>Deleted permanently: {reason}</source>
        <translation>Endgültig gelöscht: {reason}</translation>
    </message>
    <message>
        <source>The award was revoked on the platform.</source>
        <translation>Die Vergabe wurde auf der Plattform widerrufen.</translation>
    </message>
    <message>
        <source>Issued, replacing the learner&apos;s earlier badge {replaces_award_id} (Update existing badges).</source>
        <translation>Ausgestellt; ersetzt das frühere Badge {replaces_award_id} der Person (Vorhandene Badges aktualisieren).</translation>
    </message>
    <message>
        <source>Issued (the platform answered with the badge, not the award; the award was looked up).</source>
        <translation>Ausgestellt (die Plattform antwortete mit dem Badge statt der Vergabe; die Vergabe wurde nachgeschlagen).</translation>
    </message>
    <message>
        <source>The badge template is archived and cannot issue badges. Restore it, or choose an active one.</source>
        <translation>Die Badge-Vorlage ist archiviert und kann keine Badges ausstellen. Stellen Sie sie wieder her oder wählen Sie eine aktive.</translation>
    </message>
    <message>
        <source>The badge template is still a draft. Publish it so it is active, or choose another.</source>
        <translation>Die Badge-Vorlage ist noch ein Entwurf. Veröffentlichen Sie sie, damit sie aktiv ist, oder wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>The badge template is not active. Make it active, or choose an active one.</source>
        <translation>Die Badge-Vorlage ist nicht aktiv. Aktivieren Sie sie oder wählen Sie eine aktive.</translation>
    </message>
    <message>
        <source>The token may not do this for this organisation. Use a token with the right permissions.</source>
        <translation>Das Token darf das für diese Organisation nicht. Verwenden Sie ein Token mit den passenden Berechtigungen.</translation>
    </message>
    <message>
        <source>The platform has no such award; it may have been deleted.</source>
        <translation>Die Plattform kennt diese Vergabe nicht; vielleicht wurde sie gelöscht.</translation>
    </message>
    <message>
        <source>The request was too large for the platform; shorten the evidence text.</source>
        <translation>Die Anfrage war für die Plattform zu groß; kürzen Sie den Nachweistext.</translation>
    </message>
    <message>
        <source>Email corrected from {old_email}; waiting to be issued to the new address.</source>
        <translation>E-Mail von {old_email} korrigiert; wartet auf das Ausstellen an die neue Adresse.</translation>
    </message>
    <message>
        <source>Issued: a draft made earlier for this learner (e.g. by an interrupted run) was issued and sent, so no second credential was made.</source>
        <translation>Ausgestellt: Ein früher für diese Person erstellter Entwurf (z. B. von einem unterbrochenen Durchlauf) wurde ausgestellt und gesendet, daher entstand kein zweites Zertifikat.</translation>
    </message>
    <message>
        <source>Issued: the learner&apos;s earlier credential had expired, so a new one was made and sent.</source>
        <translation>Ausgestellt: Das frühere Zertifikat der Person war abgelaufen, daher wurde ein neues erstellt und gesendet.</translation>
    </message>
    <message>
        <source>Not sent: the platform says this badge uses a feature of a paid plan{said}. The run stopped before the next learner; upgrade the plan or choose another badge, then resume.</source>
        <translation>Nicht gesendet: Laut Plattform nutzt dieses Badge eine Funktion eines kostenpflichtigen Tarifs{said}. Der Durchlauf wurde vor der nächsten Person angehalten; wechseln Sie den Tarif oder wählen Sie ein anderes Badge und setzen Sie dann fort.</translation>
    </message>
    <message>
        <source>Not sent: the platform refused the API version BadgeDesk sends{said}. This is a problem in BadgeDesk, not in your account or file: update BadgeDesk, or report it.</source>
        <translation>Nicht gesendet: Die Plattform hat die API-Version abgelehnt, die BadgeDesk sendet{said}. Das ist ein Problem in BadgeDesk, nicht in Ihrem Konto oder Ihrer Datei: Aktualisieren Sie BadgeDesk oder melden Sie es.</translation>
    </message>
    <message>
        <source>Not sent: the platform could not read BadgeDesk&apos;s request{said}. This is a problem in BadgeDesk: report it.</source>
        <translation>Nicht gesendet: Die Plattform konnte die Anfrage von BadgeDesk nicht lesen{said}. Das ist ein Problem in BadgeDesk: Melden Sie es.</translation>
    </message>
    <message>
        <source>Not sent: the token may not issue this badge{said}. The run stopped before the next learner; use a token with the right permissions, then resume.</source>
        <translation>Nicht gesendet: Das Token darf dieses Badge nicht ausstellen{said}. Der Durchlauf wurde vor der nächsten Person angehalten; verwenden Sie ein Token mit den passenden Berechtigungen und setzen Sie dann fort.</translation>
    </message>
    <message>
        <source>Not sent: this token may not award or revoke badges (it needs an administrator&apos;s or the system&apos;s role){said}. The run stopped before the next learner; connect with such a token, then resume.</source>
        <translation>Nicht gesendet: Dieses Token darf keine Badges vergeben oder widerrufen (es braucht die Rolle einer Administration oder des Systems){said}. Der Durchlauf wurde vor der nächsten Person angehalten; verbinden Sie sich mit einem solchen Token und setzen Sie dann fort.</translation>
    </message>
    <message>
        <source>The platform reported a conflict{said}. Check this learner on the platform, then retry.</source>
        <translation>Die Plattform meldete einen Konflikt{said}. Prüfen Sie diese Person auf der Plattform und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Not awarded: the service does not know the ID {key}{said}. Check the ID in the file (a typing mistake?), then retry this row; the other learners went on.</source>
        <translation>Nicht vergeben: Der Dienst kennt die ID {key} nicht{said}. Prüfen Sie die ID in der Datei (ein Tippfehler?) und versuchen Sie diese Zeile dann erneut; die anderen Teilnehmenden wurden weiter bearbeitet.</translation>
    </message>
    <message>
        <source>Not sent: this row has no ID for the learner. Fill it in the file, then retry the row.</source>
        <translation>Nicht gesendet: Diese Zeile hat keine ID für die Person. Tragen Sie sie in der Datei ein und versuchen Sie die Zeile dann erneut.</translation>
    </message>
    <message>
        <source>Not sent: the service answered “not found”{said}. Check the connection&apos;s address (the service&apos;s root), then resume.</source>
        <translation>Nicht gesendet: Der Dienst antwortete „nicht gefunden“{said}. Prüfen Sie die Adresse der Verbindung (die Wurzel des Dienstes) und setzen Sie dann fort.</translation>
    </message>
    <message>
        <source>Not sent: the check whether this learner already holds the badge failed{said}. Nothing was awarded; retry the row later.</source>
        <translation>Nicht gesendet: Die Prüfung, ob diese Person das Badge schon besitzt, ist fehlgeschlagen{said}. Es wurde nichts vergeben; versuchen Sie die Zeile später erneut.</translation>
    </message>
    <message>
        <source>Not sent: the check whether this learner already holds the badge gave an answer BadgeDesk cannot read. Nothing was awarded; retry the row later.</source>
        <translation>Nicht gesendet: Die Prüfung, ob diese Person das Badge schon besitzt, lieferte eine Antwort, die BadgeDesk nicht lesen kann. Es wurde nichts vergeben; versuchen Sie die Zeile später erneut.</translation>
    </message>
    <message>
        <source>The platform refused to revoke this award{said}. It is still issued; try again later.</source>
        <translation>Die Plattform hat das Widerrufen dieser Vergabe abgelehnt{said}. Sie ist weiterhin ausgestellt; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The platform answered the revoke, but the award still shows as live (a proxy may have dropped the request&apos;s reason). It is still issued; try again, or revoke it on the platform.</source>
        <translation>Die Plattform hat auf den Widerruf geantwortet, aber die Vergabe erscheint weiterhin als gültig (ein Proxy hat vielleicht den Grund der Anfrage verworfen). Sie ist weiterhin ausgestellt; versuchen Sie es erneut oder widerrufen Sie sie auf der Plattform.</translation>
    </message>
    <message>
        <source>This platform cannot revoke awards, only delete them permanently (Delete permanently…).</source>
        <translation>Diese Plattform kann Vergaben nicht widerrufen, nur endgültig löschen (Endgültig löschen…).</translation>
    </message>
    <message>
        <source>This platform cannot delete awards; revoke them instead (Revoke award…).</source>
        <translation>Diese Plattform kann Vergaben nicht löschen; widerrufen Sie sie stattdessen (Vergabe widerrufen…).</translation>
    </message>
    <message>
        <source>The platform kept asking BadgeDesk to slow down, so this row was not sent. Retry it later.</source>
        <translation>Die Plattform hat BadgeDesk wiederholt gebeten, langsamer zu werden, daher wurde diese Zeile nicht gesendet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The platform was unavailable (503); nothing was done. Retry the row later.</source>
        <translation>Die Plattform war nicht verfügbar (503); es wurde nichts getan. Versuchen Sie die Zeile später erneut.</translation>
    </message>
    <message>
        <source>The platform had a problem on its side{said}. The badge may or may not have been issued: BadgeDesk checks before sending again.</source>
        <translation>Die Plattform hatte ein Problem auf ihrer Seite{said}. Das Badge wurde vielleicht ausgestellt, vielleicht nicht: BadgeDesk prüft, bevor es erneut sendet.</translation>
    </message>
    <message>
        <source>The platform&apos;s answer could not be read (a Wi-Fi login page or a proxy?). The badge may have been issued: BadgeDesk checks before sending again.</source>
        <translation>Die Antwort der Plattform war nicht lesbar (eine WLAN-Anmeldeseite oder ein Proxy?). Das Badge wurde vielleicht ausgestellt: BadgeDesk prüft, bevor es erneut sendet.</translation>
    </message>
    <message>
        <source>The platform did not answer in time. The badge may have been issued: BadgeDesk checks before sending again.</source>
        <translation>Die Plattform hat nicht rechtzeitig geantwortet. Das Badge wurde vielleicht ausgestellt: BadgeDesk prüft, bevor es erneut sendet.</translation>
    </message>
    <message>
        <source>The connection dropped while waiting for the answer. The badge may have been issued: BadgeDesk checks before sending again.</source>
        <translation>Die Verbindung brach ab, während auf die Antwort gewartet wurde. Das Badge wurde vielleicht ausgestellt: BadgeDesk prüft, bevor es erneut sendet.</translation>
    </message>
    <message>
        <source>The platform could not be reached (no network?); nothing was sent. Resume when online.</source>
        <translation>Die Plattform war nicht erreichbar (kein Netzwerk?); es wurde nichts gesendet. Setzen Sie fort, wenn Sie online sind.</translation>
    </message>
    <message>
        <source>The platform answered in a form BadgeDesk does not know. Nothing more was done; report this if it goes on.</source>
        <translation>Die Plattform antwortete in einer Form, die BadgeDesk nicht kennt. Es wurde nichts weiter getan; melden Sie es, wenn es weiter auftritt.</translation>
    </message>
    <message>
        <source>The platform kept answering with more pages, so BadgeDesk stopped reading; try again later.</source>
        <translation>Die Plattform lieferte immer weitere Seiten, daher hat BadgeDesk das Lesen beendet; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Something went wrong in BadgeDesk while sending ({error}); check before re-issuing.</source>
        <translation>In BadgeDesk ist beim Senden etwas schiefgelaufen ({error}); prüfen Sie, bevor Sie erneut ausstellen.</translation>
    </message>
    <message>
        <source>This run is being issued by another BadgeDesk window right now; let it finish first.</source>
        <translation>Dieser Durchlauf wird gerade von einem anderen BadgeDesk-Fenster ausgestellt; lassen Sie ihn zuerst zu Ende laufen.</translation>
    </message>
    <message>
        <source>That is not a badge ID the platform knows how to read; give the ID as the platform shows it.</source>
        <translation>Das ist keine Badge-ID, die die Plattform lesen kann; geben Sie die ID so an, wie die Plattform sie zeigt.</translation>
    </message>
    <message>
        <source>The connection has no “Awarded by” ID: edit the connection (step 1) and give yours.</source>
        <translation>Die Verbindung hat keine „Vergeben von“-ID: Bearbeiten Sie die Verbindung (Schritt 1) und geben Sie Ihre an.</translation>
    </message>
    <message>
        <source>This platform has no default address: edit the connection (step 1) and give the service&apos;s.</source>
        <translation>Diese Plattform hat keine Standardadresse: Bearbeiten Sie die Verbindung (Schritt 1) und geben Sie die des Dienstes an.</translation>
    </message>
    <message>
        <source>The connection&apos;s address is not a web address: edit the connection (step 1).</source>
        <translation>Die Adresse der Verbindung ist keine Webadresse: Bearbeiten Sie die Verbindung (Schritt 1).</translation>
    </message>
    <message>
        <source>The connection&apos;s address is plain http: only https is used, except for this computer. Edit the connection (step 1).</source>
        <translation>Die Adresse der Verbindung ist unverschlüsseltes http: Verwendet wird nur https, außer für diesen Computer. Bearbeiten Sie die Verbindung (Schritt 1).</translation>
    </message>
    <message>
        <source>The connection&apos;s timeout is not a number of seconds: edit the connection (step 1).</source>
        <translation>Das Zeitlimit der Verbindung ist keine Anzahl Sekunden: Bearbeiten Sie die Verbindung (Schritt 1).</translation>
    </message>
    <message>
        <source>The connection has no organisation ID: edit the connection (step 1) and give it.</source>
        <translation>Die Verbindung hat keine Organisations-ID: Bearbeiten Sie die Verbindung (Schritt 1) und geben Sie sie an.</translation>
    </message>
    <message>
        <source>The connection names an environment this platform does not have: edit it (step 1).</source>
        <translation>Die Verbindung nennt eine Umgebung, die diese Plattform nicht hat: Bearbeiten Sie sie (Schritt 1).</translation>
    </message>
    <message>
        <source>This platform lists badges per provider: choose a provider in step 2 first.</source>
        <translation>Diese Plattform listet Badges je Anbieter: Wählen Sie zuerst in Schritt 2 einen Anbieter.</translation>
    </message>
    <message>
        <source>The connection has no token: edit the connection (step 1) and paste one.</source>
        <translation>Die Verbindung hat kein Token: Bearbeiten Sie die Verbindung (Schritt 1) und fügen Sie eines ein.</translation>
    </message>
    <message>
        <source> (the platform said: {detail})</source>
        <translation> (die Plattform sagte: {detail})</translation>
    </message>
</context>
<context>
    <name>Platforms</name>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Authorization token</source>
        <translation>Autorisierungstoken</translation>
    </message>
    <message>
        <source>Awarded by (your ID)</source>
        <translation>Vergeben von (Ihre ID)</translation>
    </message>
    <message>
        <source>Certifier › Settings › Developers › Access Tokens</source>
        <translation>Certifier › Settings › Developers › Access Tokens</translation>
    </message>
    <message>
        <source>Certifier › Settings › Developers › Access Tokens.</source>
        <translation>Certifier › Settings › Developers › Access Tokens.</translation>
    </message>
    <message>
        <source>Create one in Navigatr › Settings › Personal Access Tokens.</source>
        <translation>Erstellen Sie eines unter Navigatr › Settings › Personal Access Tokens.</translation>
    </message>
    <message>
        <source>Credly › Organization › Developers › Authorization Tokens</source>
        <translation>Credly › Organization › Developers › Authorization Tokens</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Navigatr › Settings › Personal Access Tokens</source>
        <translation>Navigatr › Settings › Personal Access Tokens</translation>
    </message>
    <message>
        <source>Optional. BadgeDesk reads the date from Credly where the token may; otherwise it uses this.</source>
        <translation>Optional. BadgeDesk liest das Datum bei Credly, wo das Token es erlaubt; sonst wird dieses verwendet.</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>Organisations-ID</translation>
    </message>
    <message>
        <source>Organization › Developers › Authorization Tokens. Tokens expire 180 days after they are made.</source>
        <translation>Organization › Developers › Authorization Tokens. Tokens laufen 180 Tage nach dem Erstellen ab.</translation>
    </message>
    <message>
        <source>Peer mentor ID</source>
        <translation>Peer-Mentor-ID</translation>
    </message>
    <message>
        <source>Personal Access Token</source>
        <translation>Persönliches Zugriffstoken</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Token expires on</source>
        <translation>Token läuft ab am</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Your Credly organisation&apos;s ID (Organization › Settings, or the address of its page).</source>
        <translation>Die ID Ihrer Credly-Organisation (Organization › Settings, oder die Adresse ihrer Seite).</translation>
    </message>
    <message>
        <source>badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>badge definition</source>
        <translation>Badge-Definition</translation>
    </message>
    <message>
        <source>badge template</source>
        <translation>Badge-Vorlage</translation>
    </message>
    <message>
        <source>e.g. 6c4f0c86-…</source>
        <translation>z. B. 6c4f0c86-…</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>One learner</source>
        <translation>Eine Person</translation>
    </message>
    <message>
        <source>learner@example.org</source>
        <translation>person@example.org</translation>
    </message>
    <message>
        <source>Learner&apos;s email address</source>
        <translation>E-Mail-Adresse der Person</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save everything held about this learner as a JSON file</source>
        <translation>Alles, was über diese Person gespeichert ist, als JSON-Datei sichern</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Remove this learner&apos;s personal data; the badge is still never issued twice</source>
        <translation>Die personenbezogenen Daten dieser Person entfernen; das Badge wird trotzdem nie doppelt ausgestellt</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>keep everything</source>
        <translation>alles behalten</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Keep personal data for this many days (0 = keep)</source>
        <translation>Personenbezogene Daten so viele Tage aufbewahren (0 = behalten)</translation>
    </message>
    <message>
        <source>&amp;Keep personal data for:</source>
        <translation>Personenbezogene Daten &amp;aufbewahren für:</translation>
    </message>
    <message>
        <source>&amp;Purge now</source>
        <translation>Jetzt &amp;bereinigen</translation>
    </message>
    <message>
        <source>Remove the personal data of every run older than the retention period</source>
        <translation>Die personenbezogenen Daten aller Durchläufe entfernen, die älter als die Aufbewahrungsfrist sind</translation>
    </message>
    <message>
        <source>Privacy status</source>
        <translation>Datenschutzstatus</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <source>Not done: {reason}</source>
        <translation>Nicht erledigt: {reason}</translation>
    </message>
    <message>
        <source>{learners} learner rows in {runs} runs, {attempts} attempt details and {events} events</source>
        <translation>{learners} Personenzeilen in {runs} Durchläufen, {attempts} Versuchsdetails und {events} Ereignisse</translation>
    </message>
    <message>
        <source>Export learner data</source>
        <translation>Daten der Person exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Nothing held about {email}; {path} says so.</source>
        <translation>Über {email} ist nichts gespeichert; {path} hält das fest.</translation>
    </message>
    <message>
        <source>Everything held about {email} ({rows} learner rows) saved to {path}.</source>
        <translation>Alles über {email} ({rows} Personenzeilen) in {path} gesichert.</translation>
    </message>
    <message>
        <source>Delete personal data</source>
        <translation>Personenbezogene Daten löschen</translation>
    </message>
    <message>
        <source>Remove the personal data of {email} from the journal? Names, address, evidence and details are replaced; the runs stay, and the badge is still never issued to this address twice. This cannot be undone.</source>
        <translation>Die personenbezogenen Daten von {email} aus dem Journal entfernen? Namen, Adresse, Nachweise und Details werden ersetzt; die Durchläufe bleiben, und das Badge wird trotzdem nie zweimal an diese Adresse ausgestellt. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Nothing held about {email}.</source>
        <translation>Über {email} ist nichts gespeichert.</translation>
    </message>
    <message>
        <source>Removed the personal data of {email}: {what}.</source>
        <translation>Personenbezogene Daten von {email} entfernt: {what}.</translation>
    </message>
    <message>
        <source>Purge old runs</source>
        <translation>Alte Durchläufe bereinigen</translation>
    </message>
    <message>
        <source>Remove the personal data of every run started more than {days} days ago? The runs stay for the audit trail. This cannot be undone.</source>
        <translation>Die personenbezogenen Daten aller Durchläufe entfernen, die vor mehr als {days} Tagen gestartet wurden? Die Durchläufe bleiben für den Prüfpfad erhalten. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Purged runs older than {days} days: {what}.</source>
        <translation>Durchläufe älter als {days} Tage bereinigt: {what}.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Einf&amp;ügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Alle speichern</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja, &amp;alle</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ein, keine</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Voreinstellungen</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;Link-Adresse kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Einf&amp;ügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
</context>
<context>
    <name>ReadJob</name>
    <message>
        <source>Opening {name}…</source>
        <translation>{name} wird geöffnet…</translation>
    </message>
    <message>
        <source>Checking {count} learner(s) against earlier runs…</source>
        <translation>{count} Teilnehmende werden mit früheren Durchläufen abgeglichen…</translation>
    </message>
    <message>
        <source>Checking the {count} row(s) of {name}…</source>
        <translation>Die {count} Zeile(n) von {name} werden geprüft…</translation>
    </message>
    <message>
        <source>Reading {name}: {count} row(s) so far…</source>
        <translation>{name} wird gelesen: bisher {count} Zeile(n)…</translation>
    </message>
</context>
<context>
    <name>ResultsActions</name>
    <message>
        <source>Result actions</source>
        <translation>Aktionen für Ergebnisse</translation>
    </message>
    <message>
        <source>Re&amp;try failed rows</source>
        <translation>Fehlgeschlagene &amp;erneut versuchen</translation>
    </message>
    <message>
        <source>Re&amp;voke award…</source>
        <translation>Vergabe &amp;widerrufen…</translation>
    </message>
    <message>
        <source>Revoke &amp;whole run…</source>
        <translation>&amp;Ganzen Durchlauf widerrufen…</translation>
    </message>
    <message>
        <source>&amp;Delete permanently…</source>
        <translation>Endgültig &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete whole run &amp;permanently…</source>
        <translation>Ganzen Durchlauf end&amp;gültig löschen…</translation>
    </message>
    <message>
        <source>&amp;Correct email…</source>
        <translation>E-Mail &amp;korrigieren…</translation>
    </message>
    <message>
        <source>Refresh c&amp;laims</source>
        <translation>A&amp;nnahmen aktualisieren</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the results to .xlsx or .csv (Ctrl+E)</source>
        <translation>Die Ergebnisse als .xlsx oder .csv exportieren (Strg+E)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>{action} ({key})</source>
        <translation>{action} ({key})</translation>
    </message>
    <message>
        <source>Run {id} was issued on {env}. Connect to that platform (step 1, Connect) to change its awards.</source>
        <translation>Durchlauf {id} wurde auf {env} ausgestellt. Verbinden Sie sich mit dieser Plattform (Schritt 1, Verbinden), um seine Vergaben zu ändern.</translation>
    </message>
    <message>
        <source>Revoked the award of {email}.</source>
        <translation>Die Vergabe an {email} wurde widerrufen.</translation>
    </message>
    <message>
        <source>Deleted the award of {email} permanently.</source>
        <translation>Die Vergabe an {email} wurde endgültig gelöscht.</translation>
    </message>
    <message>
        <source>Deleted {revoked} of {total} awards permanently.</source>
        <translation>{revoked} von {total} Vergaben endgültig gelöscht.</translation>
    </message>
    <message>
        <source>Revoked {revoked} of {total} awards.</source>
        <translation>{revoked} von {total} Vergaben widerrufen.</translation>
    </message>
    <message>
        <source>{failed} could not be changed: they are still issued; the Detail of each attempt is in the journal. Try again later.</source>
        <translation>{failed} konnten nicht geändert werden: Sie sind weiterhin ausgestellt; das Detail jedes Versuchs steht im Journal. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>{not_done} were not tried (stopped).</source>
        <translation>{not_done} wurden nicht versucht (angehalten).</translation>
    </message>
    <message>
        <source>Corrected: the badge was issued to {email} (award {award}).</source>
        <translation>Korrigiert: Das Badge wurde an {email} ausgestellt (Vergabe {award}).</translation>
    </message>
    <message>
        <source>The email is corrected to {email}, but the new award is {status}: {why}</source>
        <translation>Die E-Mail ist auf {email} korrigiert, aber die neue Vergabe ist {status}: {why}</translation>
    </message>
    <message>
        <source>Claims checked: {claimed} claimed, {pending} not claimed yet, {bounced} bounced (email failed), {complained} complained, {revoked} revoked.</source>
        <translation>Annahmen geprüft: {claimed} angenommen, {pending} noch nicht angenommen, {bounced} unzustellbar (E-Mail fehlgeschlagen), {complained} Beschwerden, {revoked} widerrufen.</translation>
    </message>
    <message>
        <source>{n} could not be read.</source>
        <translation>{n} konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation>Vor dem Ende angehalten.</translation>
    </message>
    <message>
        <source>Choose “Bounced” under Show to see who.</source>
        <translation>Wählen Sie unter Zeigen „Unzustellbar“, um zu sehen, wer.</translation>
    </message>
    <message>
        <source>No failed rows to retry.</source>
        <translation>Keine fehlgeschlagenen Zeilen zum erneuten Versuchen.</translation>
    </message>
    <message>
        <source>{n} learner(s) will be sent again: choose Resume on the Issue page.</source>
        <translation>{n} Teilnehmende werden erneut gesendet: Wählen Sie auf der Seite Ausstellen „Fortsetzen“.</translation>
    </message>
    <message>
        <source>Select a learner whose email can be corrected first.</source>
        <translation>Wählen Sie zuerst eine Person, deren E-Mail korrigiert werden kann.</translation>
    </message>
</context>
<context>
    <name>ResultsExport</name>
    <message>
        <source>Open a run first (Run history, Ctrl+H).</source>
        <translation>Öffnen Sie zuerst einen Durchlauf (Verlauf der Durchläufe, Strg+H).</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>CSV, kommagetrennt (*.csv)</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>{name} is a {kind} file, which BadgeDesk cannot write: the results copy is a new .xlsx workbook with its learner columns and the results. {name} itself is not changed.</source>
        <translation>{name} ist eine {kind}-Datei, die BadgeDesk nicht schreiben kann: Die Ergebniskopie ist eine neue .xlsx-Arbeitsmappe mit ihren Teilnehmerspalten und den Ergebnissen. {name} selbst bleibt unverändert.</translation>
    </message>
    <message>
        <source>Exported run {id} to {path}.</source>
        <translation>Durchlauf {id} nach {path} exportiert.</translation>
    </message>
    <message>
        <source>The file is open</source>
        <translation>Die Datei ist geöffnet</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is open in Excel or another program (or the folder is read-only), so it cannot be replaced. Save as &apos;{suggestion}&apos; instead?</source>
        <translation>„{name}“ ist in Excel oder einem anderen Programm geöffnet (oder der Ordner ist schreibgeschützt) und kann daher nicht ersetzt werden. Stattdessen als „{suggestion}“ speichern?</translation>
    </message>
    <message>
        <source>Export the results on their own?</source>
        <translation>Nur die Ergebnisse exportieren?</translation>
    </message>
    <message>
        <source>Export the results without the learner list&apos;s columns?</source>
        <translation>Die Ergebnisse ohne die Spalten der Teilnehmerliste exportieren?</translation>
    </message>
</context>
<context>
    <name>ResultsLoading</name>
    <message>
        <source>The results could not be read: {message}</source>
        <translation>Die Ergebnisse konnten nicht gelesen werden: {message}</translation>
    </message>
    <message>
        <source>Loading {n} results…</source>
        <translation>{n} Ergebnisse werden geladen …</translation>
    </message>
    <message>
        <source>Loading the results…</source>
        <translation>Die Ergebnisse werden geladen …</translation>
    </message>
    <message>
        <source>Sorting and filtering {n} results…</source>
        <translation>{n} Ergebnisse werden sortiert und gefiltert …</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
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
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Award ID</source>
        <translation>Vergabe-ID</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <source>Not claimed yet</source>
        <translation>Noch nicht angenommen</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Bounced (email failed)</source>
        <translation>Unzustellbar (E-Mail fehlgeschlagen)</translation>
    </message>
    <message>
        <source>Complained</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>All learners</source>
        <translation>Alle Teilnehmenden</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown: check first</source>
        <translation>Unbekannt: erst prüfen</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>All problems</source>
        <translation>Alle Probleme</translation>
    </message>
</context>
<context>
    <name>ResultsNotices</name>
    <message>
        <source>Run {id}: {state}</source>
        <translation>Durchlauf {id}: {state}</translation>
    </message>
    <message>
        <source>No learners.</source>
        <translation>Keine Teilnehmenden.</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Durchlauf</translation>
    </message>
    <message>
        <source>SANDBOX — rehearsal, not real badges</source>
        <translation>SANDBOX — Probelauf, keine echten Badges</translation>
    </message>
    <message>
        <source>Sandbox run</source>
        <translation>Sandbox-Durchlauf</translation>
    </message>
    <message>
        <source>Why the run stopped</source>
        <translation>Warum der Durchlauf angehalten hat</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Hinweis schließen</translation>
    </message>
    <message>
        <source>Learners that need review</source>
        <translation>Zu prüfende Teilnehmende</translation>
    </message>
    <message>
        <source>Show &amp;them</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Show the learners that need review</source>
        <translation>Die zu prüfenden Teilnehmenden anzeigen</translation>
    </message>
    <message>
        <source>Show learners</source>
        <translation>Teilnehmende anzeigen</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>Find learner</source>
        <translation>Person suchen</translation>
    </message>
    <message>
        <source>Name, email or ID</source>
        <translation>Name, E-Mail oder ID</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>Su&amp;chen:</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>Learner results</source>
        <translation>Ergebnisse der Teilnehmenden</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>St&amp;opp</translation>
    </message>
    <message>
        <source>Stop the current action</source>
        <translation>Die laufende Aktion stoppen</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>No run to show. Issue a cohort (step 4), or open a past run (Run history, Ctrl+H).</source>
        <translation>Kein Durchlauf anzuzeigen. Stellen Sie für eine Kohorte aus (Schritt 4), oder öffnen Sie einen früheren Durchlauf (Verlauf der Durchläufe, Strg+H).</translation>
    </message>
    <message>
        <source>badge {id}</source>
        <translation>Badge {id}</translation>
    </message>
    <message>
        <source>Run {id}</source>
        <translation>Durchlauf {id}</translation>
    </message>
    <message>
        <source>from {file}</source>
        <translation>aus {file}</translation>
    </message>
    <message>
        <source>⚠ {n} learner(s) need review: the platform accepted the request (HTTP 202) but did not issue the badge. The Detail column has the platform&apos;s reason.</source>
        <translation>⚠ {n} Teilnehmende zu prüfen: Die Plattform hat die Anfrage angenommen (HTTP 202), das Badge aber nicht ausgestellt. Die Spalte Detail nennt den Grund der Plattform.</translation>
    </message>
    <message>
        <source>? {n} learner(s) unknown: the badge may have been issued. Resuming the run looks them up before anything is sent again.</source>
        <translation>? {n} Teilnehmende unbekannt: Das Badge wurde vielleicht ausgestellt. Beim Fortsetzen des Durchlaufs werden sie nachgeschlagen, bevor etwas erneut gesendet wird.</translation>
    </message>
    <message>
        <source>Totals: {n} learners — {parts}</source>
        <translation>Summen: {n} Teilnehmende — {parts}</translation>
    </message>
    <message>
        <source>Claims: {parts}</source>
        <translation>Annahmen: {parts}</translation>
    </message>
</context>
<context>
    <name>RowDetail</name>
    <message>
        <source>Selected learner&apos;s outcome</source>
        <translation>Ergebnis der ausgewählten Person</translation>
    </message>
    <message>
        <source>Open a&amp;ward</source>
        <translation>&amp;Vergabe öffnen</translation>
    </message>
    <message>
        <source>Open the learner&apos;s award on the platform</source>
        <translation>Die Vergabe der Person auf der Plattform öffnen</translation>
    </message>
    <message>
        <source>Open the learner&apos;s award page in your browser.</source>
        <translation>Öffnet die Seite der Vergabe in Ihrem Browser.</translation>
    </message>
    <message>
        <source>Select a learner to read their outcome in full.</source>
        <translation>Wählen Sie eine Person aus, um ihr Ergebnis vollständig zu lesen.</translation>
    </message>
    <message>
        <source>{name}: {status}</source>
        <translation>{name}: {status}</translation>
    </message>
</context>
<context>
    <name>RunOptionsBox</name>
    <message>
        <source>For the whole run (a cohort column overrides these per learner)</source>
        <translation>Für den ganzen Durchlauf (eine Spalte der Kohorte überschreibt dies je Person)</translation>
    </message>
    <message>
        <source>Set an issue &amp;date</source>
        <translation>Ausstellungs&amp;datum festlegen</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Ausstellungsdatum</translation>
    </message>
    <message>
        <source>Badges e&amp;xpire on</source>
        <translation>Badges lau&amp;fen ab am</translation>
    </message>
    <message>
        <source>Set an expiry date</source>
        <translation>Ablaufdatum festlegen</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>Evidence URL</source>
        <translation>Nachweis-URL</translation>
    </message>
    <message>
        <source>Evidence &amp;URL:</source>
        <translation>Nachweis-&amp;URL:</translation>
    </message>
    <message>
        <source>Evidence text</source>
        <translation>Nachweistext</translation>
    </message>
    <message>
        <source>Evidence &amp;text:</source>
        <translation>Nachweis&amp;text:</translation>
    </message>
    <message>
        <source>Note with every award</source>
        <translation>Notiz zu jeder Vergabe</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>Update &amp;existing badges (replace the badge a learner already holds)</source>
        <translation>Vorhandene Badges aktualisi&amp;eren (das Badge ersetzen, das eine Person bereits besitzt)</translation>
    </message>
    <message>
        <source>Update existing badges</source>
        <translation>Vorhandene Badges aktualisieren</translation>
    </message>
    <message>
        <source>Off: a learner who already holds the badge keeps it and is not sent again. On: the platform replaces their badge with the new one. BadgeDesk asks you to confirm before the run.</source>
        <translation>Aus: Wer das Badge bereits besitzt, behält es und erhält es nicht erneut. Ein: Die Plattform ersetzt das Badge durch das neue. BadgeDesk bittet vor dem Durchlauf um Bestätigung.</translation>
    </message>
    <message>
        <source>Ask the platform whether each learner already has the badge (slower)</source>
        <translation>Bei der Plattform nachfragen, ob jede Person das Badge schon hat (langsamer)</translation>
    </message>
    <message>
        <source>Update existing badges?</source>
        <translation>Vorhandene Badges aktualisieren?</translation>
    </message>
    <message>
        <source>Update existing badges is on. Every learner in this run who already holds &apos;{badge}&apos; on {platform} has that badge REPLACED by the new one: the existing badge stops being theirs and the platform may email them again. Learners BadgeDesk already issued it to in an earlier run are still not sent again.

Replace existing badges?</source>
        <translation>„Vorhandene Badges aktualisieren“ ist eingeschaltet. Bei allen Teilnehmenden dieses Durchlaufs, die „{badge}“ auf {platform} bereits besitzen, wird dieses Badge durch das neue ERSETZT: Das vorhandene Badge gehört ihnen nicht mehr, und die Plattform schickt ihnen vielleicht erneut eine E-Mail. Wem BadgeDesk es in einem früheren Durchlauf bereits ausgestellt hat, erhält es weiterhin nicht erneut.

Vorhandene Badges ersetzen?</translation>
    </message>
    <message>
        <source>the platform</source>
        <translation>der Plattform</translation>
    </message>
    <message>
        <source>The evidence URL must be a web address (https://…).</source>
        <translation>Die Nachweis-URL muss eine Webadresse sein (https://…).</translation>
    </message>
    <message>
        <source>The expiry date {expires} must come after the issue date {issued}.</source>
        <translation>Das Ablaufdatum {expires} muss nach dem Ausstellungsdatum {issued} liegen.</translation>
    </message>
    <message>
        <source>The expiry date {expires} has already come; choose a later one.</source>
        <translation>Das Ablaufdatum {expires} ist bereits erreicht; wählen Sie ein späteres.</translation>
    </message>
</context>
<context>
    <name>RunsModel</name>
    <message>
        <source>Run</source>
        <translation>Durchlauf</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>{env} · SANDBOX</source>
        <translation>{env} · SANDBOX</translation>
    </message>
</context>
<context>
    <name>SandboxMarks</name>
    <message>
        <source>&apos;{name}&apos; is no longer the sandbox badge of {provider}.</source>
        <translation>„{name}“ ist nicht mehr das Sandbox-Badge von {provider}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is now the sandbox badge of {provider}: rehearsal runs issue it.</source>
        <translation>„{name}“ ist jetzt das Sandbox-Badge von {provider}: Probeläufe stellen es aus.</translation>
    </message>
</context>
<context>
    <name>StepFrame</name>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Step 1 — Connect to your badge platform</source>
        <translation>Schritt 1 — Mit Ihrer Badge-Plattform verbinden</translation>
    </message>
    <message>
        <source>Choose a saved connection (or add one), and test it if you like.</source>
        <translation>Wählen Sie eine gespeicherte Verbindung (oder fügen Sie eine hinzu) und testen Sie sie bei Bedarf.</translation>
    </message>
    <message>
        <source>Choose or add a connection first.</source>
        <translation>Wählen Sie zuerst eine Verbindung oder fügen Sie eine hinzu.</translation>
    </message>
    <message>
        <source>&amp;Next: choose the badge</source>
        <translation>&amp;Weiter: Badge wählen</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>Step 2 — Choose the badge</source>
        <translation>Schritt 2 — Badge wählen</translation>
    </message>
    <message>
        <source>Find the badge to issue and press Enter, or select it and choose Use this badge.</source>
        <translation>Suchen Sie das auszustellende Badge und drücken Sie die Eingabetaste, oder wählen Sie es aus und klicken Sie auf „Dieses Badge verwenden“.</translation>
    </message>
    <message>
        <source>Choose a badge that can be issued first.</source>
        <translation>Wählen Sie zuerst ein Badge, das ausgestellt werden kann.</translation>
    </message>
    <message>
        <source>&amp;Next: the cohort</source>
        <translation>&amp;Weiter: die Kohorte</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>Step 3 — Check the cohort for {badge}</source>
        <translation>Schritt 3 — Kohorte für {badge} prüfen</translation>
    </message>
    <message>
        <source>Open the learner list, check the mapping, and tick consent for every learner who agreed.</source>
        <translation>Öffnen Sie die Teilnehmerliste, prüfen Sie die Spaltenzuordnung und setzen Sie für jede Person, die zugestimmt hat, das Häkchen bei der Einwilligung.</translation>
    </message>
    <message>
        <source>At least one learner must be ready: valid, with consent ticked.</source>
        <translation>Mindestens eine Person muss bereit sein: gültig und mit Einwilligung.</translation>
    </message>
    <message>
        <source>&amp;Next: issue</source>
        <translation>&amp;Weiter: ausstellen</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Ausstellen</translation>
    </message>
    <message>
        <source>Step 4 — Issue the badges</source>
        <translation>Schritt 4 — Badges ausstellen</translation>
    </message>
    <message>
        <source>Rehearse on the sandbox badge first if you like, then start issuing (F5).</source>
        <translation>Proben Sie bei Bedarf zuerst mit dem Sandbox-Badge und starten Sie dann das Ausstellen (F5).</translation>
    </message>
    <message>
        <source>Start a run first (F5).</source>
        <translation>Starten Sie zuerst einen Durchlauf (F5).</translation>
    </message>
    <message>
        <source>&amp;Next: the results</source>
        <translation>&amp;Weiter: die Ergebnisse</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Step 5 — Read the results</source>
        <translation>Schritt 5 — Ergebnisse lesen</translation>
    </message>
    <message>
        <source>Check who got the badge; the counts filter the list, and a row&apos;s outcome reads in full below it.</source>
        <translation>Prüfen Sie, wer das Badge erhalten hat; die Zahlen filtern die Liste, und das Ergebnis einer Zeile steht vollständig darunter.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>What to do here</source>
        <translation>Was hier zu tun ist</translation>
    </message>
    <message>
        <source>What is missing before the next step</source>
        <translation>Was vor dem nächsten Schritt noch fehlt</translation>
    </message>
    <message>
        <source>{step}, done</source>
        <translation>{step}, erledigt</translation>
    </message>
    <message>
        <source>the badge</source>
        <translation>das Badge</translation>
    </message>
</context>
<context>
    <name>SummaryStrip</name>
    <message>
        <source>Show only these learners; click again to show all.</source>
        <translation>Nur diese Personen zeigen; erneut klicken zeigt alle.</translation>
    </message>
    <message>
        <source>{n} issued</source>
        <translation>{n} ausgestellt</translation>
    </message>
    <message>
        <source>{n} need review</source>
        <translation>{n} zu prüfen</translation>
    </message>
    <message>
        <source>{n} failed</source>
        <translation>{n} fehlgeschlagen</translation>
    </message>
    <message>
        <source>{n} skipped</source>
        <translation>{n} übersprungen</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <source>Consent: only learners with a tick are sent a badge. Space ticks or unticks the selected one.</source>
        <translation>Einwilligung: Nur Personen mit Häkchen erhalten ein Badge. Die Leertaste setzt oder entfernt das Häkchen der ausgewählten Person.</translation>
    </message>
    <message>
        <source>Rehearse first: the sandbox badge goes to aliases of your own address, then promote the run to live.</source>
        <translation>Zuerst proben: Das Sandbox-Badge geht an Aliasse Ihrer eigenen Adresse; danach wird der Durchlauf live geschaltet.</translation>
    </message>
    <message>
        <source>Needs review (HTTP 202): the platform accepted the request but did not issue; the row says why.</source>
        <translation>Zu prüfen (HTTP 202): Die Plattform hat die Anfrage angenommen, aber nicht ausgestellt; die Zeile sagt, warum.</translation>
    </message>
    <message>
        <source>Export the results (Ctrl+E) to keep a record of who got the badge.</source>
        <translation>Exportieren Sie die Ergebnisse (Strg+E), um festzuhalten, wer das Badge erhalten hat.</translation>
    </message>
    <message>
        <source>Tour</source>
        <translation>Rundgang</translation>
    </message>
    <message>
        <source>Tour callout</source>
        <translation>Hinweis des Rundgangs</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>Got it: next tip</source>
        <translation>Verstanden: nächster Hinweis</translation>
    </message>
    <message>
        <source>End the tour</source>
        <translation>Rundgang beenden</translation>
    </message>
    <message>
        <source>End the tour for good</source>
        <translation>Rundgang endgültig beenden</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>TypedBadgeBox</name>
    <message>
        <source>Type an ID</source>
        <translation>ID eingeben</translation>
    </message>
    <message>
        <source>Why an ID can be typed</source>
        <translation>Warum eine ID eingegeben werden kann</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>Chec&amp;k and use</source>
        <translation>Prüfen und &amp;verwenden</translation>
    </message>
    <message>
        <source>Check the typed ID and use it</source>
        <translation>Die eingegebene ID prüfen und verwenden</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Ergebnis der Prüfung</translation>
    </message>
    <message>
        <source>{platform} offers no list of its {what}s: the list shows the ones earlier awards name. Another {what} can be used by typing its ID here.</source>
        <translation>{platform} bietet keine vollständige Liste (Typ: {what}): Die Liste zeigt die Einträge, die frühere Vergaben nennen. Einen anderen Eintrag (Typ: {what}) können Sie verwenden, indem Sie hier seine ID eingeben.</translation>
    </message>
    <message>
        <source>{what} &amp;ID:</source>
        <translation>{what}-&amp;ID:</translation>
    </message>
    <message>
        <source>{what} ID to use</source>
        <translation>Zu verwendende {what}-ID</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>z. B. {example}</translation>
    </message>
    <message>
        <source>Checking {id}…</source>
        <translation>{id} wird geprüft…</translation>
    </message>
    <message>
        <source>Not in the list; the platform checks {id} at the first award.</source>
        <translation>Nicht in der Liste; die Plattform prüft {id} bei der ersten Vergabe.</translation>
    </message>
    <message>
        <source>Found: {name} ({id}).</source>
        <translation>Gefunden: {name} ({id}).</translation>
    </message>
    <message>
        <source>Cannot use this ID: {reason}</source>
        <translation>Diese ID kann nicht verwendet werden: {reason}</translation>
    </message>
</context>
<context>
    <name>a11y</name>
    <message>
        <source>Clear {field}</source>
        <translation>{field} leeren</translation>
    </message>
    <message>
        <source>More {toolbar}</source>
        <translation>Mehr: {toolbar}</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>Badges as cards</source>
        <translation>Badges als Karten</translation>
    </message>
    <message>
        <source>Lis&amp;t</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>Show the badges as a list</source>
        <translation>Badges als Liste zeigen</translation>
    </message>
    <message>
        <source>C&amp;ards</source>
        <translation>&amp;Karten</translation>
    </message>
    <message>
        <source>Show the badges as cards</source>
        <translation>Badges als Karten zeigen</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <source>simulator</source>
        <translation>Simulator</translation>
    </message>
    <message>
        <source>custom address</source>
        <translation>eigene Adresse</translation>
    </message>
</context>
</TS>
