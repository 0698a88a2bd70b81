<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Something went wrong ({error}). Your runs are safe in the journal; Help › Copy diagnostics gives support the details.</source>
        <translation>Noe gikk galt ({error}). Kjøringene dine er trygge i journalen; Hjelp › Kopier diagnostikk gir brukerstøtten detaljene.</translation>
    </message>
</context>
<context>
    <name>AwardChanges</name>
    <message>
        <source>Select an issued learner first.</source>
        <translation>Velg først en deltaker som har fått merket.</translation>
    </message>
    <message>
        <source>Revoke award</source>
        <translation>Tilbakekall tildelingen</translation>
    </message>
    <message>
        <source>Why is the award of {name} being revoked? The platform records the reason.</source>
        <translation>Hvorfor tilbakekalles tildelingen til {name}? Plattformen registrerer begrunnelsen.</translation>
    </message>
    <message>
        <source>Revoke award?</source>
        <translation>Tilbakekalle tildelingen?</translation>
    </message>
    <message>
        <source>Revoke the badge awarded to {name} &lt;{email}&gt; (award {award})? This cannot be undone.</source>
        <translation>Tilbakekalle merket som ble tildelt {name} &lt;{email}&gt; (tildeling {award})? Dette kan ikke angres.</translation>
    </message>
    <message>
        <source>Delete the award permanently?</source>
        <translation>Slette tildelingen permanent?</translation>
    </message>
    <message>
        <source>Delete the award of {name} ({key}) for the badge {badge} (award {award}) permanently?</source>
        <translation>Slette tildelingen til {name} ({key}) for merket {badge} (tildeling {award}) permanent?</translation>
    </message>
    <message>
        <source>This run has no issued awards to delete.</source>
        <translation>Denne kjøringen har ingen utstedte tildelinger å slette.</translation>
    </message>
    <message>
        <source>Delete the whole run permanently?</source>
        <translation>Slette hele kjøringen permanent?</translation>
    </message>
    <message>
        <source>Delete all {n} issued awards of run {id} for the badge {badge} permanently? Every learner of this run who holds it loses it; awards made elsewhere are not touched.</source>
        <translation>Slette alle {n} utstedte tildelinger i kjøring {id} for merket {badge} permanent? Alle deltakere i denne kjøringen som har det, mister det; tildelinger gjort andre steder berøres ikke.</translation>
    </message>
    <message>
        <source>This run has no issued awards to revoke.</source>
        <translation>Denne kjøringen har ingen utstedte tildelinger å tilbakekalle.</translation>
    </message>
    <message>
        <source>Revoke whole run</source>
        <translation>Tilbakekall hele kjøringen</translation>
    </message>
    <message>
        <source>Why are all awards of run {id} being revoked (e.g. issued with the wrong badge)? The platform records the reason.</source>
        <translation>Hvorfor tilbakekalles alle tildelingene i kjøring {id} (f.eks. utstedt med feil merke)? Plattformen registrerer begrunnelsen.</translation>
    </message>
    <message>
        <source>Revoke the whole run?</source>
        <translation>Tilbakekalle hele kjøringen?</translation>
    </message>
    <message>
        <source>Revoke all {n} issued awards of run {id} ({badge})? This cannot be undone. Learners already holding the badge lose it.</source>
        <translation>Tilbakekalle alle {n} utstedte tildelinger i kjøring {id} ({badge})? Dette kan ikke angres. Deltakere som allerede har merket, mister det.</translation>
    </message>
</context>
<context>
    <name>BadgeCardDelegate</name>
    <message>
        <source>min. score {n}</source>
        <translation>min. {n} poeng</translation>
    </message>
</context>
<context>
    <name>BadgeDetails</name>
    <message>
        <source>Chosen badge</source>
        <translation>Valgt merke</translation>
    </message>
    <message>
        <source>Chosen badge details</source>
        <translation>Detaljer om det valgte merket</translation>
    </message>
    <message>
        <source>Badge name</source>
        <translation>Merkets navn</translation>
    </message>
    <message>
        <source>Badge description</source>
        <translation>Merkets beskrivelse</translation>
    </message>
    <message>
        <source>Badge status, source and minimum score</source>
        <translation>Merkets status, kilde og minstepoeng</translation>
    </message>
    <message>
        <source>Sandbox badge</source>
        <translation>Sandkassemerke</translation>
    </message>
    <message>
        <source>Link to the badge&apos;s page</source>
        <translation>Lenke til merkets side</translation>
    </message>
    <message>
        <source>No badge chosen yet.</source>
        <translation>Ikke noe merke er valgt ennå.</translation>
    </message>
    <message>
        <source>Select a badge in the list. Greyed badges cannot be issued; their tooltip says why.</source>
        <translation>Velg et merke i listen. Gråe merker kan ikke utstedes; verktøytipset deres forteller hvorfor.</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>ikke oppgitt</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Kilde: {source}</translation>
    </message>
    <message>
        <source>Minimum score: {score}</source>
        <translation>Minstepoeng: {score}</translation>
    </message>
    <message>
        <source>ID: {id}</source>
        <translation>ID: {id}</translation>
    </message>
    <message>
        <source>Cannot be issued: {reason}</source>
        <translation>Kan ikke utstedes: {reason}</translation>
    </message>
    <message>
        <source>This is the provider&apos;s sandbox badge (used for rehearsal runs).</source>
        <translation>Dette er tilbyderens sandkassemerke (brukes til prøvekjøringer).</translation>
    </message>
    <message>
        <source>Open the badge&apos;s page</source>
        <translation>Åpne merkets side</translation>
    </message>
</context>
<context>
    <name>BadgeModel</name>
    <message>
        <source>The platform does not let this badge be issued.</source>
        <translation>Plattformen lar ikke dette merket utstedes.</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bilde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandkasse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Min score</source>
        <translation>Minstepoeng</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The lowest score a learner needs for the platform to issue the badge.</source>
        <translation>Den laveste poengsummen en deltaker trenger for at plattformen skal utstede merket.</translation>
    </message>
    <message>
        <source>Image of {name}</source>
        <translation>Bilde av {name}</translation>
    </message>
    <message>
        <source>{status} — not issuable</source>
        <translation>{status} — kan ikke utstedes</translation>
    </message>
    <message>
        <source>Not issuable</source>
        <translation>Kan ikke utstedes</translation>
    </message>
    <message>
        <source>The sandbox badge: rehearsal runs issue this badge instead of the real one.</source>
        <translation>Sandkassemerket: prøvekjøringer utsteder dette merket i stedet for det ekte.</translation>
    </message>
</context>
<context>
    <name>BadgeSearch</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <source>Search badges by name</source>
        <translation>Søk etter merker på navn</translation>
    </message>
    <message>
        <source>Part of the badge&apos;s name (Ctrl+F)</source>
        <translation>Del av merkets navn (Ctrl+F)</translation>
    </message>
    <message>
        <source>Number of badges</source>
        <translation>Antall merker</translation>
    </message>
    <message>
        <source>{total} badges ({blocked} cannot be issued)</source>
        <translation>{total} merker ({blocked} kan ikke utstedes)</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} badges</source>
        <translation>Viser {shown} av {total} merker</translation>
    </message>
</context>
<context>
    <name>BadgeTable</name>
    <message>
        <source>Badges</source>
        <translation>Merker</translation>
    </message>
</context>
<context>
    <name>CohortFindings</name>
    <message>
        <source>How the columns were found</source>
        <translation>Slik ble kolonnene funnet</translation>
    </message>
    <message>
        <source>Date order</source>
        <translation>Datorekkefølge</translation>
    </message>
    <message>
        <source>How to read dates like 03/04/2025 in this file: day first or month first.</source>
        <translation>Slik leses datoer som 03/04/2025 i denne filen: dag først eller måned først.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Velg…</translation>
    </message>
    <message>
        <source>Day first (31/12/2025)</source>
        <translation>Dag først (31/12/2025)</translation>
    </message>
    <message>
        <source>Month first (12/31/2025)</source>
        <translation>Måned først (12/31/2025)</translation>
    </message>
    <message>
        <source>Date order:</source>
        <translation>Datorekkefølge:</translation>
    </message>
    <message>
        <source>{count} date(s) in &apos;{column}&apos;, such as {example}, could be day first ({dmy}) or month first ({mdy}).</source>
        <translation>{count} dato(er) i «{column}», for eksempel {example}, kan være dag først ({dmy}) eller måned først ({mdy}).</translation>
    </message>
    <message>
        <source>Choose the order: until then those rows get no badge.</source>
        <translation>Velg rekkefølgen: inntil da får disse radene ikke noe merke.</translation>
    </message>
    <message>
        <source>Consent: the answers to the question &apos;{header}&apos; (column {letter}). Choose another Consent column under Column mapping if that is wrong.</source>
        <translation>Samtykke: svarene på spørsmålet «{header}» (kolonne {letter}). Velg en annen samtykkekolonne under Kolonnetilordning hvis det er feil.</translation>
    </message>
    <message>
        <source>Consent: the column &apos;{header}&apos; (column {letter}).</source>
        <translation>Samtykke: kolonnen «{header}» (kolonne {letter}).</translation>
    </message>
    <message>
        <source>Email: the only email column is the buyer&apos;s, &apos;{header}&apos; (column {letter}); badges go to those addresses. Add the attendees&apos; own emails if the buyer is not the learner.</source>
        <translation>E-post: den eneste e-postkolonnen er kjøperens, «{header}» (kolonne {letter}); merkene sendes til de adressene. Legg til deltakernes egne e-postadresser hvis kjøperen ikke er deltakeren.</translation>
    </message>
    <message>
        <source>Email: the column &apos;{header}&apos; (column {letter}), whose header names an email.</source>
        <translation>E-post: kolonnen «{header}» (kolonne {letter}), der overskriften nevner en e-post.</translation>
    </message>
</context>
<context>
    <name>CohortModel</name>
    <message>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Etternavn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <source>Already issued</source>
        <translation>Allerede utstedt</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <source>Tick when the learner agreed (Space toggles the selected row).</source>
        <translation>Kryss av når deltakeren har samtykket (mellomromstasten veksler valgt rad).</translation>
    </message>
    <message>
        <source>The row number in the spreadsheet.</source>
        <translation>Radnummeret i regnearket.</translation>
    </message>
    <message>
        <source>The ID the platform knows each learner by, as read from the file (trimmed).</source>
        <translation>ID-en plattformen kjenner hver deltaker under, slik den er lest fra filen (uten mellomrom i endene).</translation>
    </message>
    <message>
        <source>Double-click (or F2) to correct an address; the file is not changed.</source>
        <translation>Dobbeltklikk (eller F2) for å rette en adresse; filen endres ikke.</translation>
    </message>
    <message>
        <source>What will happen to this learner; the tooltip gives the reason.</source>
        <translation>Hva som skjer med denne deltakeren; verktøytipset gir årsaken.</translation>
    </message>
    <message>
        <source>Earlier runs (journal) or the platform already hold this badge for them.</source>
        <translation>Tidligere kjøringer (journalen) eller plattformen har allerede dette merket for dem.</translation>
    </message>
    <message>
        <source>The learner&apos;s score; the badge asks for at least {n}.</source>
        <translation>Deltakerens poengsum; merket krever minst {n}.</translation>
    </message>
    <message>
        <source>The platform knows the learner by this ID; correct it in the file.</source>
        <translation>Plattformen kjenner deltakeren under denne ID-en; rett den i filen.</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Samtykke gitt</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Uten samtykke</translation>
    </message>
    <message>
        <source>Consent: {source}</source>
        <translation>Samtykke: {source}</translation>
    </message>
    <message>
        <source>No consent recorded: tick the box once the learner has agreed.</source>
        <translation>Samtykke er ikke registrert: kryss av i boksen når deltakeren har samtykket.</translation>
    </message>
    <message>
        <source>Did you mean {address}?</source>
        <translation>Mente du {address}?</translation>
    </message>
    <message>
        <source>Corrected here; the spreadsheet itself is unchanged.</source>
        <translation>Rettet her; selve regnearket er uendret.</translation>
    </message>
    <message>
        <source>Double-click or press F2 to correct it.</source>
        <translation>Dobbeltklikk eller trykk F2 for å rette.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Check email</source>
        <translation>Kontroller e-post</translation>
    </message>
    <message>
        <source>Below the badge&apos;s minimum score ({n}): the platform will not issue it to this learner.</source>
        <translation>Under merkets minste poengsum ({n}): plattformen vil ikke utstede det til denne deltakeren.</translation>
    </message>
    <message>
        <source>Score too low</source>
        <translation>For lav poengsum</translation>
    </message>
    <message>
        <source>The address may be mistyped: did you mean {address}? Select the row and choose Apply suggestion, or correct it by hand. A wrong address means the learner never receives the claim email.</source>
        <translation>Adressen kan være feilskrevet: mente du {address}? Velg raden og velg Bruk forslag, eller rett den for hånd. Med feil adresse får deltakeren aldri e-posten for å hente merket.</translation>
    </message>
    <message>
        <source>Run {run} already issued this badge to this learner; it will not be sent again.</source>
        <translation>Kjøring {run} har allerede utstedt dette merket til denne deltakeren; det sendes ikke på nytt.</translation>
    </message>
    <message>
        <source>The platform already lists this badge for this learner.</source>
        <translation>Plattformen viser allerede dette merket for denne deltakeren.</translation>
    </message>
    <message>
        <source>No consent recorded: this learner will not be sent.</source>
        <translation>Samtykke er ikke registrert: denne deltakeren får ikke merket.</translation>
    </message>
    <message>
        <source>Ready to issue.</source>
        <translation>Klar til utstedelse.</translation>
    </message>
    <message>
        <source>run {run}</source>
        <translation>kjøring {run}</translation>
    </message>
    <message>
        <source>on platform</source>
        <translation>på plattformen</translation>
    </message>
</context>
<context>
    <name>CohortPage</name>
    <message>
        <source>&amp;Open…</source>
        <translation>Å&amp;pne…</translation>
    </message>
    <message>
        <source>Open learner list</source>
        <translation>Åpne deltakerliste</translation>
    </message>
    <message>
        <source>Open an .xlsx or .csv learner list, or a prepared cohort (Ctrl+O).</source>
        <translation>Åpne en deltakerliste (.xlsx eller .csv) eller et forberedt kull (Ctrl+O).</translation>
    </message>
    <message>
        <source>&amp;New template…</source>
        <translation>&amp;Ny mal…</translation>
    </message>
    <message>
        <source>New cohort template</source>
        <translation>Ny kullmal</translation>
    </message>
    <message>
        <source>Write an empty .xlsx with the expected columns, to fill in offline (Ctrl+N).</source>
        <translation>Lag en tom .xlsx med de forventede kolonnene, for utfylling frakoblet (Ctrl+N).</translation>
    </message>
    <message>
        <source>&amp;Save prepared…</source>
        <translation>&amp;Lagre forberedt…</translation>
    </message>
    <message>
        <source>Save prepared cohort</source>
        <translation>Lagre forberedt kull</translation>
    </message>
    <message>
        <source>Save the mapping, consent and corrections to reopen later, offline (Ctrl+S).</source>
        <translation>Lagre kolonnetilordning, samtykker og rettelser for å åpne dem igjen senere, frakoblet (Ctrl+S).</translation>
    </message>
    <message>
        <source>No learner list open.</source>
        <translation>Ingen deltakerliste er åpen.</translation>
    </message>
    <message>
        <source>Learner list file</source>
        <translation>Fil med deltakerliste</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Regneark</translation>
    </message>
    <message>
        <source>The worksheet that holds the learner list.</source>
        <translation>Regnearket som inneholder deltakerlisten.</translation>
    </message>
    <message>
        <source>Shee&amp;t:</source>
        <translation>&amp;Ark:</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Overskriftsrad</translation>
    </message>
    <message>
        <source>The spreadsheet row that holds the column names; rows above it are ignored.</source>
        <translation>Raden i regnearket med kolonnenavnene; rader over den ignoreres.</translation>
    </message>
    <message>
        <source>Header ro&amp;w:</source>
        <translation>Over&amp;skriftsrad:</translation>
    </message>
    <message>
        <source>Cancel reading</source>
        <translation>Avbryt lesingen</translation>
    </message>
    <message>
        <source>Stop reading this file; the learner list shown before stays as it was.</source>
        <translation>Stopp lesingen av denne filen; deltakerlisten som ble vist før, blir som den var.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Notes about the learner list</source>
        <translation>Merknader om deltakerlisten</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Kolonnetilordning</translation>
    </message>
    <message>
        <source>Cohort summary</source>
        <translation>Sammendrag av kullet</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <source>Space ticks or unticks consent; F2 or a double-click corrects a name or email.</source>
        <translation>Mellomrom krysser av eller fjerner samtykke; F2 eller dobbeltklikk retter navn eller e-post.</translation>
    </message>
    <message>
        <source>Tic&amp;k all consent…</source>
        <translation>Kr&amp;yss av alt samtykke…</translation>
    </message>
    <message>
        <source>Tick all consent</source>
        <translation>Kryss av alt samtykke</translation>
    </message>
    <message>
        <source>Record your statement that every learner agreed (asks first).</source>
        <translation>Registrer din erklæring om at alle deltakerne har samtykket (spør først).</translation>
    </message>
    <message>
        <source>Untick &amp;all</source>
        <translation>Fjern &amp;alle</translation>
    </message>
    <message>
        <source>Untick all consent</source>
        <translation>Fjern alt samtykke</translation>
    </message>
    <message>
        <source>Clear every learner&apos;s consent tick.</source>
        <translation>Fjern samtykkekrysset for alle deltakerne.</translation>
    </message>
    <message>
        <source>Check against &amp;platform</source>
        <translation>Kontroller mot &amp;plattformen</translation>
    </message>
    <message>
        <source>Check against platform</source>
        <translation>Kontroller mot plattformen</translation>
    </message>
    <message>
        <source>Ask the platform which learners already hold the chosen badge (needs a connection).</source>
        <translation>Spør plattformen hvilke deltakere som allerede har det valgte merket (krever en tilkobling).</translation>
    </message>
    <message>
        <source>Appl&amp;y suggestion</source>
        <translation>Bruk for&amp;slag</translation>
    </message>
    <message>
        <source>Apply email suggestion</source>
        <translation>Bruk forslaget til e-post</translation>
    </message>
    <message>
        <source>Correct the selected learner&apos;s email to the suggested address.</source>
        <translation>Rett e-posten til den valgte deltakeren til den foreslåtte adressen.</translation>
    </message>
    <message>
        <source>Contin&amp;ue to Issue</source>
        <translation>Videre til &amp;utstedelse</translation>
    </message>
    <message>
        <source>Continue to Issue</source>
        <translation>Videre til utstedelse</translation>
    </message>
    <message>
        <source>Go to step 4 to issue the badge to the learners who are ready.</source>
        <translation>Gå til trinn 4 for å utstede merket til deltakerne som er klare.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbeidsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the template…</source>
        <translation>Skriver malen…</translation>
    </message>
    <message>
        <source>Learner lists and prepared cohorts ({patterns})</source>
        <translation>Deltakerlister og forberedte kull ({patterns})</translation>
    </message>
    <message>
        <source>Spreadsheets ({patterns})</source>
        <translation>Regneark ({patterns})</translation>
    </message>
    <message>
        <source>Prepared cohorts ({patterns})</source>
        <translation>Forberedte kull ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <source>A run is in progress; open another learner list when it has finished.</source>
        <translation>En kjøring pågår; åpne en annen deltakerliste når den er ferdig.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leser {name}…</translation>
    </message>
    <message>
        <source>Open a learner list first; there is nothing to save yet.</source>
        <translation>Åpne en deltakerliste først; det er ingenting å lagre ennå.</translation>
    </message>
    <message>
        <source>Prepared cohort ({patterns})</source>
        <translation>Forberedt kull ({patterns})</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Lagrer…</translation>
    </message>
    <message>
        <source>Counting the learners to tick…</source>
        <translation>Teller deltakerne som skal krysses av…</translation>
    </message>
    <message>
        <source>Every learner who can be ticked already is.</source>
        <translation>Alle deltakere som kan krysses av, er det allerede.</translation>
    </message>
    <message>
        <source>Tick consent for {count} learner(s)?

This records your statement, as {operator}, that each of them agreed to receive the badge and to their name and email being sent to the badge platform. The journal keeps it as the operator&apos;s statement, with your name and the time.</source>
        <translation>Krysse av samtykke for {count} deltaker(e)?

Dette registrerer din erklæring, som {operator}, om at hver av dem har samtykket til å motta merket og til at navnet og e-postadressen deres sendes til merkeplattformen. Journalen lagrer det som operatørens erklæring, med navnet ditt og klokkeslettet.</translation>
    </message>
    <message>
        <source>{count} learner(s) whose consent column says no stay unticked; tick them one by one if they have since agreed.</source>
        <translation>{count} deltaker(e) der samtykkekolonnen sier nei, forblir uten kryss; kryss dem av én og én hvis de har samtykket siden.</translation>
    </message>
    <message>
        <source>Consent ticked for {count} learner(s) as your statement.</source>
        <translation>Samtykke krysset av for {count} deltaker(e) som din erklæring.</translation>
    </message>
    <message>
        <source>Consent unticked for {count} learner(s).</source>
        <translation>Samtykke fjernet for {count} deltaker(e).</translation>
    </message>
    <message>
        <source>Recording consent for every learner…</source>
        <translation>Registrerer samtykke for alle deltakerne…</translation>
    </message>
    <message>
        <source>The selected learner&apos;s email has no suggested correction.</source>
        <translation>E-posten til den valgte deltakeren har ikke noe forslag til rettelse.</translation>
    </message>
    <message>
        <source>Row {row}: email corrected to {address}.</source>
        <translation>Rad {row}: e-post rettet til {address}.</translation>
    </message>
    <message>
        <source>Open a learner list first.</source>
        <translation>Åpne en deltakerliste først.</translation>
    </message>
    <message>
        <source>Checking needs a connection to the platform: add one in step 1 (Connect).</source>
        <translation>Kontrollen krever en tilkobling til plattformen: legg til en i trinn 1 (Koble til).</translation>
    </message>
    <message>
        <source>Choose the badge first (step 2, Badge): the check looks for that badge.</source>
        <translation>Velg merket først (trinn 2, Merke): kontrollen ser etter det merket.</translation>
    </message>
    <message>
        <source>No valid learner to check.</source>
        <translation>Ingen gyldige deltakere å kontrollere.</translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation>Stopp kontrollen</translation>
    </message>
    <message>
        <source>Checking the learners against the platform…</source>
        <translation>Sjekker deltakerne mot plattformen…</translation>
    </message>
    <message>
        <source>Checking against the platform: {done} of {total}…</source>
        <translation>Kontrollerer mot plattformen: {done} av {total}…</translation>
    </message>
    <message>
        <source>Check stopped; {count} learner(s) found on the platform so far.</source>
        <translation>Kontrollen er stoppet; {count} deltaker(e) funnet på plattformen så langt.</translation>
    </message>
    <message>
        <source>Checked: {count} learner(s) already hold this badge on the platform.</source>
        <translation>Kontrollert: {count} deltaker(e) har allerede dette merket på plattformen.</translation>
    </message>
    <message>
        <source>Marking the learners found on the platform…</source>
        <translation>Markerer deltakerne som ble funnet på plattformen…</translation>
    </message>
    <message>
        <source>Could not check against the platform: {reason}</source>
        <translation>Kunne ikke kontrollere mot plattformen: {reason}</translation>
    </message>
    <message>
        <source>the learner list</source>
        <translation>deltakerlisten</translation>
    </message>
    <message>
        <source>Learner list not found</source>
        <translation>Fant ikke deltakerlisten</translation>
    </message>
    <message>
        <source>{message}

Locate {name} now?</source>
        <translation>{message}

Finne {name} nå?</translation>
    </message>
    <message>
        <source>Locate {name}</source>
        <translation>Finn {name}</translation>
    </message>
    <message>
        <source>Template saved as {name}. Fill it in in Excel, save it, then open it here.</source>
        <translation>Malen er lagret som {name}. Fyll den ut i Excel, lagre den og åpne den her.</translation>
    </message>
    <message>
        <source>Cohort template written: {path}</source>
        <translation>Kullmal skrevet: {path}</translation>
    </message>
    <message>
        <source>Prepared cohort saved as {name}.</source>
        <translation>Forberedt kull lagret som {name}.</translation>
    </message>
    <message>
        <source>Prepared cohort saved: {path}</source>
        <translation>Forberedt kull lagret: {path}</translation>
    </message>
    <message>
        <source>Checking the learners again…</source>
        <translation>Kontrollerer deltakerne på nytt…</translation>
    </message>
    <message>
        <source>No column for email addresses was found in {name} (header row {row}). Choose it under Column mapping (Email), or pick another header row or sheet.</source>
        <translation>Fant ingen kolonne for e-postadresser i {name} (overskriftsrad {row}). Velg den under Kolonnetilordning (E-post), eller velg en annen overskriftsrad eller et annet ark.</translation>
    </message>
    <message>
        <source>No column for the {key} was found in {name} (header row {row}). Choose it under Column mapping ({key}), or pick another header row or sheet.</source>
        <translation>Fant ingen kolonne for «{key}» i {name} (overskriftsrad {row}). Velg den under Kolonnetilordning ({key}), eller velg en annen overskriftsrad eller et annet ark.</translation>
    </message>
    <message>
        <source>No columns for the learners&apos; names were found in {name} (header row {row}). Choose First name and Last name (or Full name) under Column mapping, or pick another header row or sheet.</source>
        <translation>Fant ingen kolonner for deltakernes navn i {name} (overskriftsrad {row}). Velg Fornavn og Etternavn (eller Fullt navn) under Kolonnetilordning, eller velg en annen overskriftsrad eller et annet ark.</translation>
    </message>
    <message>
        <source>There is no consent column: tick each learner who agreed, or use Tick all consent… to record your statement that they all did.</source>
        <translation>Det finnes ingen samtykkekolonne: kryss av hver deltaker som har samtykket, eller bruk Kryss av alt samtykke… for å registrere din erklæring om at alle har gjort det.</translation>
    </message>
    <message>
        <source>No learners to show until the columns are chosen.</source>
        <translation>Ingen deltakere å vise før kolonnene er valgt.</translation>
    </message>
    <message>
        <source>1 learner</source>
        <translation>1 deltaker</translation>
    </message>
    <message>
        <source>{count} learners</source>
        <translation>{count} deltakere</translation>
    </message>
    <message>
        <source>{count} ready</source>
        <translation>{count} klare</translation>
    </message>
    <message>
        <source>{count} no consent</source>
        <translation>{count} uten samtykke</translation>
    </message>
    <message>
        <source>{count} invalid</source>
        <translation>{count} ugyldige</translation>
    </message>
    <message>
        <source>{count} duplicate</source>
        <translation>{count} duplikater</translation>
    </message>
    <message>
        <source>{count} already issued</source>
        <translation>{count} allerede utstedt</translation>
    </message>
    <message>
        <source>{count} email(s) to check</source>
        <translation>{count} e-post(er) å kontrollere</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <source>Reading cancelled.</source>
        <translation>Lesingen ble avbrutt.</translation>
    </message>
    <message>
        <source>Reading cancelled; {name} is still the learner list shown.</source>
        <translation>Lesingen ble avbrutt; {name} er fortsatt deltakerlisten som vises.</translation>
    </message>
    <message>
        <source>Reading the dates again…</source>
        <translation>Leser datoene på nytt…</translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>BadgeDesk signs in to your badge platform with a token you make there. The token is kept in your system keychain (or, if you choose, only until BadgeDesk closes) and never written to a file.</source>
        <translation>BadgeDesk logger på merkeplattformen din med et token du lager der. Tokenet oppbevares i systemets nøkkelring (eller, om du vil, bare til BadgeDesk lukkes) og skrives aldri til en fil.</translation>
    </message>
    <message>
        <source>Saved &amp;connections:</source>
        <translation>Lagrede &amp;tilkoblinger:</translation>
    </message>
    <message>
        <source>Token expiry warning</source>
        <translation>Varsel om at tokenet utløper</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Legg til…</translation>
    </message>
    <message>
        <source>Add a connection</source>
        <translation>Legg til en tilkobling</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>R&amp;ediger…</translation>
    </message>
    <message>
        <source>Edit the selected connection</source>
        <translation>Rediger den valgte tilkoblingen</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Fjern…</translation>
    </message>
    <message>
        <source>Remove the selected connection and its token</source>
        <translation>Fjern den valgte tilkoblingen og tokenet</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test tilkoblingen</translation>
    </message>
    <message>
        <source>Test the selected connection</source>
        <translation>Test den valgte tilkoblingen</translation>
    </message>
    <message>
        <source>Set the damaged file &amp;aside</source>
        <translation>Legg den skadde filen til &amp;side</translation>
    </message>
    <message>
        <source>Set the damaged connections file aside</source>
        <translation>Legg den skadde tilkoblingsfilen til side</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Connection result</source>
        <translation>Tilkoblingsresultat</translation>
    </message>
    <message>
        <source>Connection tested</source>
        <translation>Tilkoblingen er testet</translation>
    </message>
    <message>
        <source>Select a connection, then Test connection to check it.</source>
        <translation>Velg en tilkobling, og deretter Test tilkoblingen for å kontrollere den.</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultat av tilkoblingstesten</translation>
    </message>
    <message>
        <source>No connection is saved yet. Add one to start (Alt+A).</source>
        <translation>Ingen tilkobling er lagret ennå. Legg til en for å begynne (Alt+L).</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Fjern tilkoblingen</translation>
    </message>
    <message>
        <source>Remove the connection &apos;{name}&apos;? Its token is deleted from the keychain (or this session) and its saved badge library is forgotten. Badges already issued are not affected.</source>
        <translation>Fjerne tilkoblingen «{name}»? Tokenet slettes fra nøkkelringen (eller denne økten), og det lagrede merkebiblioteket glemmes. Merker som allerede er utstedt, berøres ikke.</translation>
    </message>
    <message>
        <source>Select a connection to test first.</source>
        <translation>Velg først en tilkobling å teste.</translation>
    </message>
    <message>
        <source>Test of &apos;{name}&apos;</source>
        <translation>Test av «{name}»</translation>
    </message>
    <message>
        <source>&apos;{platform}&apos; is not a platform this version of BadgeDesk knows.</source>
        <translation>«{platform}» er ikke en plattform denne versjonen av BadgeDesk kjenner.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Tester…</translation>
    </message>
    <message>
        <source>The damaged connections file was set aside as {path}. Add your connections again.</source>
        <translation>Den skadde tilkoblingsfilen ble lagt til side som {path}. Legg til tilkoblingene dine på nytt.</translation>
    </message>
    <message>
        <source>(an account without a name)</source>
        <translation>(en konto uten navn)</translation>
    </message>
    <message>
        <source>{name} ({detail})</source>
        <translation>{name} ({detail})</translation>
    </message>
    <message>
        <source>{name} (simulator)</source>
        <translation>{name} (simulator)</translation>
    </message>
    <message>
        <source>{name} ({status})</source>
        <translation>{name} ({status})</translation>
    </message>
    <message>
        <source>Connected as {name} — can issue for: {providers}.</source>
        <translation>Tilkoblet som {name} — kan utstede for: {providers}.</translation>
    </message>
    <message>
        <source>Connected as {name} — but this account cannot issue badges for any provider. Ask an administrator of your provider to add you, or use another token.</source>
        <translation>Tilkoblet som {name} — men denne kontoen kan ikke utstede merker for noen tilbyder. Be en administrator hos tilbyderen din om å legge deg til, eller bruk et annet token.</translation>
    </message>
    <message>
        <source>The token expires on {date}.</source>
        <translation>Tokenet utløper {date}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; works.</source>
        <translation>«{name}» fungerer.</translation>
    </message>
    <message>
        <source>{platform} rejected the token ({status}): it is invalid, expired or revoked. Make a new {token} ({where}) and enter it with Edit….</source>
        <translation>{platform} avviste tokenet ({status}): det er ugyldig, utløpt eller tilbakekalt. Lag et nytt {token} ({where}) og skriv det inn med Rediger….</translation>
    </message>
    <message>
        <source>in the platform&apos;s settings</source>
        <translation>i plattformens innstillinger</translation>
    </message>
    <message>
        <source>The token&apos;s expiry date on record is {date}.</source>
        <translation>Tokenets registrerte utløpsdato er {date}.</translation>
    </message>
    <message>
        <source>{reason} (HTTP {status})</source>
        <translation>{reason} (HTTP {status})</translation>
    </message>
    <message>
        <source>Test failed: {reason}</source>
        <translation>Testen mislyktes: {reason}</translation>
    </message>
    <message>
        <source>Removed &apos;{name}&apos;</source>
        <translation>Fjernet «{name}»</translation>
    </message>
    <message>
        <source>Saved the connection &apos;{name}&apos;. {where}</source>
        <translation>Lagret tilkoblingen «{name}». {where}</translation>
    </message>
    <message>
        <source>Saved the connection &apos;{name}&apos;.</source>
        <translation>Lagret tilkoblingen «{name}».</translation>
    </message>
    <message>
        <source>Using the connection &apos;{name}&apos;.</source>
        <translation>Bruker tilkoblingen «{name}».</translation>
    </message>
    <message>
        <source>Its token is stored in {backend}.</source>
        <translation>Tokenet er lagret i {backend}.</translation>
    </message>
    <message>
        <source>Its token is kept for this session only.</source>
        <translation>Tokenet oppbevares bare i denne økten.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Add connection</source>
        <translation>Legg til tilkobling</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Rediger tilkobling</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>{name} (not yet available)</source>
        <translation>{name} (ikke tilgjengelig ennå)</translation>
    </message>
    <message>
        <source>Platform note</source>
        <translation>Merknad om plattformen</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Navn på tilkoblingen</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Miljø</translation>
    </message>
    <message>
        <source>The service&apos;s address</source>
        <translation>Tjenestens adresse</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Avansert</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Avanserte innstillinger</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>HTTP timeout in seconds</source>
        <translation>HTTP-tidsavbrudd i sekunder</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Own rate limit, requests per seconds (optional)</source>
        <translation>Egen hastighetsgrense, forespørsler per sekunder (valgfritt)</translation>
    </message>
    <message>
        <source>Requests per seconds, e.g. 5/2 for 5 requests every 2 seconds. Leave empty to use the platform&apos;s published limit, or one learned from its answers.</source>
        <translation>Forespørsler per sekunder, f.eks. 5/2 for 5 forespørsler hvert 2. sekund. La feltet stå tomt for å bruke plattformens publiserte grense, eller en som er lært fra svarene.</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Tidsavbrudd:</translation>
    </message>
    <message>
        <source>Own &amp;rate limit:</source>
        <translation>Egen &amp;hastighetsgrense:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Save the connection</source>
        <translation>Lagre tilkoblingen</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plattform:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Miljø:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>The token is stored in the keychain.</source>
        <translation>Tokenet er lagret i nøkkelringen.</translation>
    </message>
    <message>
        <source>The token is kept for this session only.</source>
        <translation>Tokenet oppbevares bare i denne økten.</translation>
    </message>
    <message>
        <source>No token is stored for this connection; enter it.</source>
        <translation>Det er ikke lagret noe token for denne tilkoblingen; skriv det inn.</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored token</source>
        <translation>La stå tomt for å beholde det lagrede tokenet</translation>
    </message>
    <message>
        <source>{reason} The connection is kept, but cannot be used in this version.</source>
        <translation>{reason} Tilkoblingen beholdes, men kan ikke brukes i denne versjonen.</translation>
    </message>
    <message>
        <source>e.g. {platform} (work)</source>
        <translation>f.eks. {platform} (jobb)</translation>
    </message>
    <message>
        <source>e.g. {url}</source>
        <translation>f.eks. {url}</translation>
    </message>
    <message>
        <source>Empty: the platform&apos;s {limit}</source>
        <translation>Tomt: plattformens {limit}</translation>
    </message>
    <message>
        <source>{calls} requests per {period:g} s</source>
        <translation>{calls} forespørsler per {period:g} s</translation>
    </message>
    <message>
        <source>Empty: learned from the platform&apos;s answers</source>
        <translation>Tomt: lært fra plattformens svar</translation>
    </message>
    <message>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <source>Paste your {token}</source>
        <translation>Lim inn {token}</translation>
    </message>
    <message>
        <source>Default: {url}</source>
        <translation>Standard: {url}</translation>
    </message>
    <message>
        <source>Paste the {token} for this connection (the {token} field is empty).</source>
        <translation>Lim inn {token} for denne tilkoblingen (feltet {token} er tomt).</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Lagrer…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
</context>
<context>
    <name>ConnectionList</name>
    <message>
        <source>Saved connections</source>
        <translation>Lagrede tilkoblinger</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Miljø</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Token expires</source>
        <translation>Token utløper</translation>
    </message>
    <message>
        <source>Own address</source>
        <translation>Egen adresse</translation>
    </message>
    <message>
        <source>{environment} (custom address)</source>
        <translation>{environment} (egen adresse)</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Simulator</translation>
    </message>
    <message>
        <source>{name} (not yet available)</source>
        <translation>{name} (ikke tilgjengelig ennå)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Nøkkelring</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>Bare denne økten</translation>
    </message>
    <message>
        <source>Missing — use Edit to enter it</source>
        <translation>Mangler — bruk Rediger for å skrive det inn</translation>
    </message>
</context>
<context>
    <name>CorrectEmailDialog</name>
    <message>
        <source>Correct email</source>
        <translation>Rett e-post</translation>
    </message>
    <message>
        <source>The award issued to {email} is revoked (the reason is recorded on the platform), then the badge is issued to the new address. Both are recorded in the journal.</source>
        <translation>Tildelingen til {email} tilbakekalles (begrunnelsen registreres på plattformen), og deretter utstedes merket til den nye adressen. Begge deler registreres i journalen.</translation>
    </message>
    <message>
        <source>The badge is issued to the new address. The change is recorded in the journal.</source>
        <translation>Merket utstedes til den nye adressen. Endringen registreres i journalen.</translation>
    </message>
    <message>
        <source>Learner: {name}</source>
        <translation>Deltaker: {name}</translation>
    </message>
    <message>
        <source>Correct email address</source>
        <translation>Riktig e-postadresse</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Begrunnelse for rettelsen</translation>
    </message>
    <message>
        <source>e.g. Typo in the email address</source>
        <translation>f.eks. skrivefeil i e-postadressen</translation>
    </message>
    <message>
        <source>Correct &amp;email:</source>
        <translation>Riktig &amp;e-post:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrunnelse:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Revoke and &amp;reissue</source>
        <translation>Tilbakekall og utsted på &amp;nytt</translation>
    </message>
    <message>
        <source>This is not a valid email address.</source>
        <translation>Dette er ikke en gyldig e-postadresse.</translation>
    </message>
    <message>
        <source>Enter the correct address (it is the same as now).</source>
        <translation>Skriv inn riktig adresse (den er den samme som nå).</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>DELETE</source>
        <translation>SLETT</translation>
    </message>
    <message>
        <source>What will be deleted</source>
        <translation>Hva som slettes</translation>
    </message>
    <message>
        <source>This cannot be undone: the platform deletes the award itself, and the learner loses it. The platform has no way to revoke it instead.</source>
        <translation>Dette kan ikke angres: plattformen sletter selve tildelingen, og deltakeren mister den. Plattformen har ingen mulighet til å tilbakekalle den i stedet.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <source>Reason for deleting</source>
        <translation>Begrunnelse for slettingen</translation>
    </message>
    <message>
        <source>e.g. issued with the wrong badge</source>
        <translation>f.eks. utstedt med feil merke</translation>
    </message>
    <message>
        <source>Confirmation word</source>
        <translation>Bekreftelsesord</translation>
    </message>
    <message>
        <source>&amp;Reason (kept in the journal):</source>
        <translation>&amp;Begrunnelse (lagres i journalen):</translation>
    </message>
    <message>
        <source>&amp;Type {word} to confirm:</source>
        <translation>&amp;Skriv {word} for å bekrefte:</translation>
    </message>
    <message>
        <source>&amp;Delete permanently</source>
        <translation>&amp;Slett permanent</translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>Slett permanent</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Welcome to BadgeDesk</source>
        <translation>Velkommen til BadgeDesk</translation>
    </message>
    <message>
        <source>No connection yet. Add one with the token you made on your badge platform, or try the demo first: it runs against simulated platforms and nothing leaves this computer.</source>
        <translation>Ingen tilkobling ennå. Legg til en med tokenet du laget på merkeplattformen din, eller prøv demoen først: den kjører mot simulerte plattformer, og ingenting forlater denne datamaskinen.</translation>
    </message>
    <message>
        <source>Add a &amp;connection…</source>
        <translation>Legg til &amp;tilkobling…</translation>
    </message>
    <message>
        <source>Add a connection</source>
        <translation>Legg til tilkobling</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Prøv &amp;demoen</translation>
    </message>
    <message>
        <source>Try the demo in a new window</source>
        <translation>Prøv demoen i et nytt vindu</translation>
    </message>
    <message>
        <source>Opens BadgeDesk&apos;s demo in a window of its own.</source>
        <translation>Åpner BadgeDesk-demoen i et eget vindu.</translation>
    </message>
</context>
<context>
    <name>Expiry</name>
    <message>
        <source>⚠ Expired on {date}</source>
        <translation>⚠ Utløp {date}</translation>
    </message>
    <message>
        <source>⚠ Expires today ({date})</source>
        <translation>⚠ Utløper i dag ({date})</translation>
    </message>
    <message>
        <source>⚠ Expires tomorrow ({date})</source>
        <translation>⚠ Utløper i morgen ({date})</translation>
    </message>
    <message>
        <source>⚠ Expires in {days} days ({date})</source>
        <translation>⚠ Utløper om {days} dager ({date})</translation>
    </message>
    <message>
        <source>{date}</source>
        <translation>{date}</translation>
    </message>
    <message>
        <source>Not known yet (Test connection reads it)</source>
        <translation>Ikke kjent ennå (Test tilkoblingen leser den)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>The token expires on {date}</source>
        <translation>Tokenet utløper {date}</translation>
    </message>
    <message>
        <source>This platform&apos;s tokens carry no expiry date</source>
        <translation>Tokenene på denne plattformen har ingen utløpsdato</translation>
    </message>
    <message>
        <source>Not started: the {platform} token of &apos;{name}&apos; expired on {date}. Make a new one ({where}) and enter it with Edit… in step 1 (Connect). Nothing was sent.</source>
        <translation>Ikke startet: {platform}-tokenet til «{name}» utløp {date}. Lag et nytt ({where}) og skriv det inn med Rediger… i trinn 1 (Koble til). Ingenting ble sendt.</translation>
    </message>
    <message>
        <source>The {platform} token of &apos;{name}&apos; expired on {date}. Make a new one ({where}) and enter it with Edit… in step 1 (Connect); nothing can be sent with it until then.</source>
        <translation>{platform}-tokenet til «{name}» utløp {date}. Lag et nytt ({where}) og skriv det inn med Rediger… i trinn 1 (Koble til); ingenting kan sendes med det før da.</translation>
    </message>
    <message>
        <source>The {platform} token of &apos;{name}&apos; expires {when} ({date}). Make a new one soon ({where}) and enter it with Edit… in step 1 (Connect).</source>
        <translation>{platform}-tokenet til «{name}» utløper {when} ({date}). Lag snart et nytt ({where}) og skriv det inn med Rediger… i trinn 1 (Koble til).</translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>i morgen</translation>
    </message>
    <message>
        <source>in {days} days</source>
        <translation>om {days} dager</translation>
    </message>
    <message>
        <source>in the platform&apos;s settings</source>
        <translation>i plattformens innstillinger</translation>
    </message>
</context>
<context>
    <name>FieldsForm</name>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Vis tokenet</translation>
    </message>
    <message>
        <source>Where to create a token</source>
        <translation>Hvor du lager et token</translation>
    </message>
    <message>
        <source>&amp;Keep for this session only</source>
        <translation>Behold bare i denne ø&amp;kten</translation>
    </message>
    <message>
        <source>Keep the token for this session only</source>
        <translation>Behold tokenet bare i denne økten</translation>
    </message>
    <message>
        <source>Where the token is kept</source>
        <translation>Hvor tokenet oppbevares</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer (backend: {backend}). The token will be kept only until BadgeDesk closes; you will need to enter it again next time.</source>
        <translation>Ingen nøkkelring er tilgjengelig på denne datamaskinen (bakende: {backend}). Tokenet oppbevares bare til BadgeDesk lukkes; neste gang må du skrive det inn på nytt.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Skjul</translation>
    </message>
    <message>
        <source>Hide the token</source>
        <translation>Skjul tokenet</translation>
    </message>
    <message>
        <source>The token will be kept only until BadgeDesk closes; you will enter it again next time.</source>
        <translation>Tokenet oppbevares bare til BadgeDesk lukkes; neste gang skriver du det inn på nytt.</translation>
    </message>
    <message>
        <source>The token is stored in {backend}, never in a file.</source>
        <translation>Tokenet lagres i {backend}, aldri i en fil.</translation>
    </message>
    <message>
        <source>Make one here: {page}</source>
        <translation>Lag et her: {page}</translation>
    </message>
    <message>
        <source>{field} (optional)</source>
        <translation>{field} (valgfritt)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>About {field}</source>
        <translation>Om {field}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Run history</source>
        <translation>Kjøringshistorikk</translation>
    </message>
    <message>
        <source>Filter runs</source>
        <translation>Filtrer kjøringer</translation>
    </message>
    <message>
        <source>Badge, file, state, environment…</source>
        <translation>Merke, fil, tilstand, miljø…</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Past runs</source>
        <translation>Tidligere kjøringer</translation>
    </message>
    <message>
        <source>No runs yet. Issue a cohort (step 4) and it appears here.</source>
        <translation>Ingen kjøringer ennå. Utsted til et kull (trinn 4), så vises kjøringen her.</translation>
    </message>
    <message>
        <source>No runs</source>
        <translation>Ingen kjøringer</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Å&amp;pne</translation>
    </message>
    <message>
        <source>Open the selected run</source>
        <translation>Åpne den valgte kjøringen</translation>
    </message>
</context>
<context>
    <name>IssueDisplay</name>
    <message>
        <source>Issuing…</source>
        <translation>Utsteder …</translation>
    </message>
    <message>
        <source>Paused. Requests already sent finish; nothing new is sent until you resume.</source>
        <translation>Satt på pause. Forespørsler som allerede er sendt, fullføres; ingenting nytt sendes før du fortsetter.</translation>
    </message>
    <message>
        <source>Waiting for the network. The run carries on by itself when it returns.</source>
        <translation>Venter på nettverket. Kjøringen fortsetter av seg selv når det er tilbake.</translation>
    </message>
    <message>
        <source>The platform asked us to slow down; waiting as it said.</source>
        <translation>Plattformen ba oss senke farten; venter så lenge den ba om.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Stoppet.</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} av {total}</translation>
    </message>
    <message>
        <source> · {rate} per second</source>
        <translation> · {rate} per sekund</translation>
    </message>
    <message>
        <source> · about {m} min {s} s left</source>
        <translation> · omtrent {m} min {s} s igjen</translation>
    </message>
    <message>
        <source> · about {s} s left</source>
        <translation> · omtrent {s} s igjen</translation>
    </message>
    <message>
        <source>Rehearse on the sandbox badge &apos;{badge}&apos; ({env}): {n} awards, all to aliases of {addr}. No learner is emailed.</source>
        <translation>Prøvekjøring med sandkassemerket «{badge}» ({env}): {n} tildelinger, alle til aliaser av {addr}. Ingen deltaker får e-post.</translation>
    </message>
    <message>
        <source>Pilot: issue the sandbox badge &apos;{badge}&apos; ({env}) to {n} real learners. Each of them receives an email from the platform.</source>
        <translation>Pilot: utsted sandkassemerket «{badge}» ({env}) til {n} ekte deltakere. Hver av dem får en e-post fra plattformen.</translation>
    </message>
    <message>
        <source>Issue &apos;{badge}&apos; (ID {id}) on {env} to {n} learners? Each receives an email from the platform with a claim link. This cannot be undone except by revoking.</source>
        <translation>Utstede «{badge}» (ID {id}) på {env} til {n} deltakere? Hver av dem får en e-post fra plattformen med en lenke for å hente merket. Dette kan bare angres ved å tilbakekalle.</translation>
    </message>
    <message>
        <source>Confirm the run</source>
        <translation>Bekreft kjøringen</translation>
    </message>
    <message>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <source>The token was refused</source>
        <translation>Tokenet ble avvist</translation>
    </message>
    <message>
        <source>The platform refused the token for &apos;{name}&apos; (invalid, expired or revoked). The run is paused and nothing is lost. Paste a new {token} to carry on:</source>
        <translation>Plattformen avviste tokenet for «{name}» (ugyldig, utløpt eller tilbakekalt). Kjøringen er satt på pause, og ingenting går tapt. Lim inn et nytt {token} for å fortsette:</translation>
    </message>
    <message>
        <source>The token may not do this</source>
        <translation>Tokenet har ikke lov til dette</translation>
    </message>
    <message>
        <source>{why}

The run is paused and nothing is lost. Paste a {token} that may do this for &apos;{name}&apos; (e.g. one with another role) to carry on:</source>
        <translation>{why}

Kjøringen er satt på pause, og ingenting går tapt. Lim inn et {token} som har lov til dette for «{name}» (f.eks. et med en annen rolle) for å fortsette:</translation>
    </message>
    <message>
        <source>Run {id} is paused until a valid token is entered (Resume).</source>
        <translation>Kjøring {id} er satt på pause til et gyldig token er skrevet inn (Fortsett).</translation>
    </message>
</context>
<context>
    <name>IssuePage</name>
    <message>
        <source>What will be issued</source>
        <translation>Hva som utstedes</translation>
    </message>
    <message>
        <source>Token expiry warning</source>
        <translation>Varsel om at tokenet utløper</translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation>Prøvekjøring</translation>
    </message>
    <message>
        <source>&amp;Rehearse on the provider&apos;s sandbox badge first</source>
        <translation>Prøv først med tilbyderens sand&amp;kassemerke</translation>
    </message>
    <message>
        <source>Rehearse on the sandbox badge</source>
        <translation>Prøv med sandkassemerket</translation>
    </message>
    <message>
        <source>Send every award to &amp;my test address (no learner is emailed):</source>
        <translation>Send hver tildeling til &amp;testadressen min (ingen deltaker får e-post):</translation>
    </message>
    <message>
        <source>Send the sandbox badge to the real &amp;learners (a pilot: they get emails)</source>
        <translation>Send sandkassemerket til de ekte &amp;deltakerne (pilot: de får e-post)</translation>
    </message>
    <message>
        <source>you@yourdomain.org</source>
        <translation>deg@dittdomene.no</translation>
    </message>
    <message>
        <source>Test address</source>
        <translation>Testadresse</translation>
    </message>
    <message>
        <source>&amp;Start issuing</source>
        <translation>&amp;Start utstedelsen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>&amp;Avbryt kjøringen</translation>
    </message>
    <message>
        <source>Res&amp;ume run</source>
        <translation>&amp;Gjenoppta kjøringen</translation>
    </message>
    <message>
        <source>Promote to a &amp;live run</source>
        <translation>Gjør om til en &amp;ekte kjøring</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v av %m</translation>
    </message>
    <message>
        <source>Progress details</source>
        <translation>Detaljer om fremdriften</translation>
    </message>
    <message>
        <source>Run state</source>
        <translation>Kjøringens tilstand</translation>
    </message>
    <message>
        <source>Latest outcomes</source>
        <translation>Siste utfall</translation>
    </message>
    <message>
        <source>Connection: {where}</source>
        <translation>Tilkobling: {where}</translation>
    </message>
    <message>
        <source>Badge: {badge}</source>
        <translation>Merke: {badge}</translation>
    </message>
    <message>
        <source>counting {n} learners…</source>
        <translation>teller {n} deltakere…</translation>
    </message>
    <message>
        <source>Cohort: {summary}</source>
        <translation>Kull: {summary}</translation>
    </message>
    <message>
        <source>Sandbox badge: {name}</source>
        <translation>Sandkassemerke: {name}</translation>
    </message>
    <message>
        <source>No sandbox badge marked for this provider: mark one in step 2 (Badge).</source>
        <translation>Ingen sandkassemerke er markert for denne tilbyderen: marker et i trinn 2 (Merke).</translation>
    </message>
    <message>
        <source>{platform} knows learners by their {key}, not an email address: a rehearsal goes to them.</source>
        <translation>{platform} kjenner deltakere på {key}, ikke på e-postadresse: en prøvekjøring går til dem.</translation>
    </message>
    <message>
        <source>Choose a connection first (step 1).</source>
        <translation>Velg en tilkobling først (trinn 1).</translation>
    </message>
    <message>
        <source>Choose the badge to issue first (step 2).</source>
        <translation>Velg merket som skal utstedes først (trinn 2).</translation>
    </message>
    <message>
        <source>Open the learner list first (step 3).</source>
        <translation>Åpne deltakerlisten først (trinn 3).</translation>
    </message>
    <message>
        <source>Mark the provider&apos;s sandbox badge in step 2 first.</source>
        <translation>Marker tilbyderens sandkassemerke i trinn 2 først.</translation>
    </message>
    <message>
        <source>Nothing to send: no learner is both valid and consenting.</source>
        <translation>Ingenting å sende: ingen deltaker er både gyldig og har samtykket.</translation>
    </message>
    <message>
        <source>Not started: existing badges are not to be replaced. Nothing was sent.</source>
        <translation>Ikke startet: eksisterende merker skal ikke erstattes. Ingenting ble sendt.</translation>
    </message>
    <message>
        <source>Preparing {n} learners…</source>
        <translation>Forbereder {n} deltakere…</translation>
    </message>
    <message>
        <source>Cancelled before the run was made. Nothing was sent.</source>
        <translation>Avbrutt før kjøringen ble opprettet. Ingenting ble sendt.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsett</translation>
    </message>
    <message>
        <source>Cancel the run?</source>
        <translation>Avbryte kjøringen?</translation>
    </message>
    <message>
        <source>Requests already sent finish; nothing new is sent. The rest can be resumed later.</source>
        <translation>Forespørsler som allerede er sendt, fullføres; ingenting nytt sendes. Resten kan gjenopptas senere.</translation>
    </message>
    <message>
        <source>Run {id} {state}: {summary}</source>
        <translation>Kjøring {id} {state}: {summary}</translation>
    </message>
    <message>
        <source>Badge IDs differ between environments: choose the live badge again, then start the live run.</source>
        <translation>Merke-ID-er er forskjellige mellom miljøer: velg det ekte merket på nytt, og start deretter den ekte kjøringen.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Innstillinger</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>Follow the system ({language})</source>
        <translation>Som systemet ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>The language changes the next time BadgeDesk starts.</source>
        <translation>Språket endres neste gang BadgeDesk starter.</translation>
    </message>
</context>
<context>
    <name>LibraryLoader</name>
    <message>
        <source>&apos;{platform}&apos; is not a platform this version of BadgeDesk knows.</source>
        <translation>«{platform}» er ikke en plattform denne versjonen av BadgeDesk kjenner.</translation>
    </message>
    <message>
        <source>Loading the providers of &apos;{name}&apos;…</source>
        <translation>Laster tilbyderne til «{name}»…</translation>
    </message>
    <message>
        <source>The providers could not be loaded: {reason}</source>
        <translation>Tilbyderne kunne ikke lastes: {reason}</translation>
    </message>
    <message>
        <source>Showing the saved providers; the platform did not answer: {reason}</source>
        <translation>Viser de lagrede tilbyderne; plattformen svarte ikke: {reason}</translation>
    </message>
    <message>
        <source>Showing the copy saved {time}; checking {provider} for changes…</source>
        <translation>Viser kopien som ble lagret {time}; ser etter endringer hos {provider}…</translation>
    </message>
    <message>
        <source>Loading the badges of {provider}…</source>
        <translation>Laster merkene til {provider}…</translation>
    </message>
    <message>
        <source>{provider} has no badges yet.</source>
        <translation>{provider} har ingen merker ennå.</translation>
    </message>
    <message>
        <source>The badges of {provider} could not be loaded, and no copy is saved: {reason}</source>
        <translation>Merkene til {provider} kunne ikke lastes, og ingen kopi er lagret: {reason}</translation>
    </message>
    <message>
        <source>Offline: showing the copy saved {time}. {reason}</source>
        <translation>Frakoblet: viser kopien som ble lagret {time}. {reason}</translation>
    </message>
    <message>
        <source>Showing the copy saved {time}; the library could not be updated: {reason}</source>
        <translation>Viser kopien som ble lagret {time}; biblioteket kunne ikke oppdateres: {reason}</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Tilbyder:</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Tilbyder</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>Refresh the library from the platform</source>
        <translation>Oppdater biblioteket fra plattformen</translation>
    </message>
    <message>
        <source>Fetch the providers and badges again</source>
        <translation>Hent tilbydere og merker på nytt</translation>
    </message>
    <message>
        <source>Library notice</source>
        <translation>Merknad om biblioteket</translation>
    </message>
    <message>
        <source>&amp;Use this badge</source>
        <translation>&amp;Bruk dette merket</translation>
    </message>
    <message>
        <source>Use this badge and go to the cohort</source>
        <translation>Bruk dette merket og gå til kullet</translation>
    </message>
    <message>
        <source>Mark as sand&amp;box badge</source>
        <translation>Marker som sand&amp;kassemerke</translation>
    </message>
    <message>
        <source>Mark as sandbox badge</source>
        <translation>Marker som sandkassemerke</translation>
    </message>
    <message>
        <source>Rehearsal runs issue the provider&apos;s sandbox badge instead of the real one.</source>
        <translation>Prøvekjøringer utsteder tilbyderens sandkassemerke i stedet for det ekte.</translation>
    </message>
    <message>
        <source>Select a badge first.</source>
        <translation>Velg et merke først.</translation>
    </message>
    <message>
        <source>Choose or add a connection in step 1 (Connect) first.</source>
        <translation>Velg eller legg til en tilkobling i trinn 1 (Koble til) først.</translation>
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
        <translation>På denne plattformen er det kontoen som utsteder: den er valgt for deg.</translation>
    </message>
    <message>
        <source>{name} ({status})</source>
        <translation>{name} ({status})</translation>
    </message>
    <message>
        <source>This account cannot issue badges for any provider. Ask an administrator of your provider on the platform to add you, or use another token.</source>
        <translation>Denne kontoen kan ikke utstede merker for noen tilbyder. Be en administrator hos tilbyderen din på plattformen om å legge deg til, eller bruk et annet token.</translation>
    </message>
    <message>
        <source>Clear sand&amp;box mark</source>
        <translation>Fjern sand&amp;kassemerkingen</translation>
    </message>
    <message>
        <source>Clear the sandbox mark</source>
        <translation>Fjern sandkassemerkingen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Steps</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <source>Demo — simulated {platforms}. No real badges are issued; nothing leaves this computer.</source>
        <translation>Demo — simulert: {platforms}. Ingen ekte merker utstedes; ingenting forlater denne datamaskinen.</translation>
    </message>
    <message>
        <source>Simulator notice</source>
        <translation>Simulatorvarsel</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Tilkobling</translation>
    </message>
    <message>
        <source>{platform} at {url}</source>
        <translation>{platform} på {url}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> og </translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Ikke tilkoblet</translation>
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
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;New cohort template…</source>
        <translation>&amp;Ny kullmal…</translation>
    </message>
    <message>
        <source>&amp;Open cohort…</source>
        <translation>Å&amp;pne kull…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Åpne &amp;nylig brukt</translation>
    </message>
    <message>
        <source>&amp;Save prepared cohort…</source>
        <translation>&amp;Lagre forberedt kull…</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>&amp;Eksporter resultater…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå til</translation>
    </message>
    <message>
        <source>Run &amp;history…</source>
        <translation>Kjørings&amp;historikk…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>&amp;Kopier diagnostikk</translation>
    </message>
    <message>
        <source>&amp;Privacy…</source>
        <translation>&amp;Personvern…</translation>
    </message>
    <message>
        <source>&amp;About BadgeDesk</source>
        <translation>&amp;Om BadgeDesk</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Tøm listen</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard (no tokens included).</source>
        <translation>Diagnostikk kopiert til utklippstavlen (uten tokener).</translation>
    </message>
    <message>
        <source>About BadgeDesk</source>
        <translation>Om BadgeDesk</translation>
    </message>
    <message>
        <source>BadgeDesk {version}
Issue digital badges to an event&apos;s cohort from a spreadsheet.</source>
        <translation>BadgeDesk {version}
Utsted digitale merker til et kurskull fra et regneark.</translation>
    </message>
    <message>
        <source>A run is in progress</source>
        <translation>En kjøring pågår</translation>
    </message>
    <message>
        <source>Badges are being issued. Stop after the requests in flight and close? The run is kept and can be resumed from Run history.</source>
        <translation>Merker utstedes nå. Stoppe etter forespørslene som pågår, og lukke? Kjøringen beholdes og kan gjenopptas fra Kjøringshistorikk.</translation>
    </message>
</context>
<context>
    <name>MappingPanel</name>
    <message>
        <source>Column mapping</source>
        <translation>Kolonnetilordning</translation>
    </message>
    <message>
        <source>F&amp;irst name:</source>
        <translation>&amp;Fornavn:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Etternavn:</translation>
    </message>
    <message>
        <source>Full na&amp;me:</source>
        <translation>Fullt na&amp;vn:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>E-&amp;post:</translation>
    </message>
    <message>
        <source>&amp;Consent:</source>
        <translation>&amp;Samtykke:</translation>
    </message>
    <message>
        <source>Sco&amp;re:</source>
        <translation>P&amp;oeng:</translation>
    </message>
    <message>
        <source>Evidence te&amp;xt:</source>
        <translation>Dokumentasjons&amp;tekst:</translation>
    </message>
    <message>
        <source>E&amp;vidence URL:</source>
        <translation>Dokumentasjons-&amp;URL:</translation>
    </message>
    <message>
        <source>Issue &amp;date:</source>
        <translation>Utstedelses&amp;dato:</translation>
    </message>
    <message>
        <source>Recipient ID:</source>
        <translation>Mottaker-ID:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Utløper:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Merknad:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Språk:</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>fornavn</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>etternavn</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>fullt navn</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-post</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>samtykke</translation>
    </message>
    <message>
        <source>score</source>
        <translation>poeng</translation>
    </message>
    <message>
        <source>evidence text</source>
        <translation>dokumentasjonstekst</translation>
    </message>
    <message>
        <source>evidence URL</source>
        <translation>dokumentasjons-URL</translation>
    </message>
    <message>
        <source>issue date</source>
        <translation>utstedelsesdato</translation>
    </message>
    <message>
        <source>recipient ID</source>
        <translation>mottaker-ID</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>utløpsdato</translation>
    </message>
    <message>
        <source>note</source>
        <translation>merknad</translation>
    </message>
    <message>
        <source>language</source>
        <translation>språk</translation>
    </message>
    <message>
        <source>Needed, with the last name, unless a full-name column is chosen.</source>
        <translation>Nødvendig, sammen med etternavnet, med mindre en kolonne med fullt navn er valgt.</translation>
    </message>
    <message>
        <source>Needed, with the first name, unless a full-name column is chosen.</source>
        <translation>Nødvendig, sammen med fornavnet, med mindre en kolonne med fullt navn er valgt.</translation>
    </message>
    <message>
        <source>A single column with the whole name, used when there are no name columns.</source>
        <translation>Én kolonne med hele navnet, brukes når det ikke finnes navnekolonner.</translation>
    </message>
    <message>
        <source>Needed: the badge is sent to this address.</source>
        <translation>Nødvendig: merket sendes til denne adressen.</translation>
    </message>
    <message>
        <source>Yes / y / true / 1 / x / ✓ mean the learner agreed. Optional: you can tick.</source>
        <translation>Yes / y / true / 1 / x / ✓ betyr at deltakeren har samtykket. Valgfritt: du kan krysse av.</translation>
    </message>
    <message>
        <source>Optional: a whole number 0-100, for badges with a minimum score.</source>
        <translation>Valgfritt: et heltall 0–100, for merker med minstepoeng.</translation>
    </message>
    <message>
        <source>Optional: up to 500 characters about what the learner did.</source>
        <translation>Valgfritt: opptil 500 tegn om hva deltakeren gjorde.</translation>
    </message>
    <message>
        <source>Optional: a link to the learner&apos;s work.</source>
        <translation>Valgfritt: en lenke til deltakerens arbeid.</translation>
    </message>
    <message>
        <source>Optional: the date the learner earned the badge.</source>
        <translation>Valgfritt: datoen deltakeren oppnådde merket.</translation>
    </message>
    <message>
        <source>The learner&apos;s ID on the platform.</source>
        <translation>Deltakerens ID på plattformen.</translation>
    </message>
    <message>
        <source>Optional: the date each learner&apos;s badge expires (YYYY-MM-DD).</source>
        <translation>Valgfritt: datoen hver deltakers merke utløper (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>Optional: a note sent with each learner&apos;s badge.</source>
        <translation>Valgfritt: en merknad som sendes med hver deltakers merke.</translation>
    </message>
    <message>
        <source>Optional: the language of the platform&apos;s email to the learner, e.g. en or fr.</source>
        <translation>Valgfritt: språket i plattformens e-post til deltakeren, f.eks. en eller fr.</translation>
    </message>
    <message>
        <source>Needed: the platform knows each learner by their {key}.</source>
        <translation>Nødvendig: plattformen kjenner hver deltaker på {key}.</translation>
    </message>
    <message>
        <source>{key}:</source>
        <translation>{key}:</translation>
    </message>
    <message>
        <source>Optional here: this platform knows learners by their {key}.</source>
        <translation>Valgfritt her: denne plattformen kjenner deltakere på {key}.</translation>
    </message>
    <message>
        <source>Column for {field}</source>
        <translation>Kolonne for {field}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(ingen overskrift)</translation>
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
        <translation>Utstedt</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Må gjennomgås</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislyktes</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Uten samtykke</translation>
    </message>
    <message>
        <source>Invalid row</source>
        <translation>Ugyldig rad</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Already issued</source>
        <translation>Allerede utstedt</translation>
    </message>
    <message>
        <source>Unknown: check first</source>
        <translation>Ukjent: kontroller først</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Tilbakekalt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbrutt</translation>
    </message>
    <message>
        <source>Issued.</source>
        <translation>Utstedt.</translation>
    </message>
    <message>
        <source>Issued (confirmed by looking the award up after an unclear answer).</source>
        <translation>Utstedt (bekreftet ved å slå opp tildelingen etter et uklart svar).</translation>
    </message>
    <message>
        <source>Already issued to this learner in run {run_id}; not sent again.</source>
        <translation>Allerede utstedt til denne deltakeren i kjøring {run_id}; ikke sendt på nytt.</translation>
    </message>
    <message>
        <source>The platform already lists this badge for this learner; not sent again.</source>
        <translation>Plattformen viser allerede dette merket for denne deltakeren; ikke sendt på nytt.</translation>
    </message>
    <message>
        <source>The platform refused a second award: this learner already holds this badge. Nothing new was issued.</source>
        <translation>Plattformen avviste en ny tildeling: denne deltakeren har allerede merket. Ingenting nytt ble utstedt.</translation>
    </message>
    <message>
        <source>Score {score} is below the badge&apos;s minimum of {min_score}; not sent.</source>
        <translation>Poengsummen {score} er under merkets minstepoeng på {min_score}; ikke sendt.</translation>
    </message>
    <message>
        <source>Not issued: {detail}. The badge needs a minimum score.</source>
        <translation>Ikke utstedt: {detail}. Merket krever en minstepoengsum.</translation>
    </message>
    <message>
        <source>Not issued: {detail}.</source>
        <translation>Ikke utstedt: {detail}.</translation>
    </message>
    <message>
        <source>The platform does not let this badge be issued through its API (it comes from elsewhere). Choose another badge.</source>
        <translation>Plattformen lar ikke dette merket utstedes via API-et (det kommer fra et annet sted). Velg et annet merke.</translation>
    </message>
    <message>
        <source>This account does not administer the badge&apos;s provider.</source>
        <translation>Denne kontoen administrerer ikke merkets tilbyder.</translation>
    </message>
    <message>
        <source>The badge or provider could not be found; it may be deleted.</source>
        <translation>Fant ikke merket eller tilbyderen; det kan være slettet.</translation>
    </message>
    <message>
        <source>The badge is unpublished or its provider deactivated. Publish it again, or choose another.</source>
        <translation>Merket er avpublisert, eller tilbyderen er deaktivert. Publiser det på nytt, eller velg et annet.</translation>
    </message>
    <message>
        <source>The platform refused this learner&apos;s details: {detail}.</source>
        <translation>Plattformen avviste opplysningene om denne deltakeren: {detail}.</translation>
    </message>
    <message>
        <source>The token was refused (invalid, expired or revoked). Enter a new one; the run can resume.</source>
        <translation>Tokenet ble avvist (ugyldig, utløpt eller tilbakekalt). Skriv inn et nytt; kjøringen kan gjenopptas.</translation>
    </message>
    <message>
        <source>The request may have reached the platform and checking failed. Check before re-issuing.</source>
        <translation>Forespørselen kan ha nådd plattformen, og kontrollen mislyktes. Kontroller før du utsteder på nytt.</translation>
    </message>
    <message>
        <source>Another run may have issued this and it cannot be checked. Check before re-issuing.</source>
        <translation>En annen kjøring kan ha utstedt dette, og det kan ikke kontrolleres. Kontroller før du utsteder på nytt.</translation>
    </message>
    <message>
        <source>Could not check whether this learner already has the badge; nothing was sent.</source>
        <translation>Kunne ikke kontrollere om denne deltakeren allerede har merket; ingenting ble sendt.</translation>
    </message>
    <message>
        <source>Gave up after {attempts} attempts; retry the row later.</source>
        <translation>Ga opp etter {attempts} forsøk; prøv raden på nytt senere.</translation>
    </message>
    <message>
        <source>No consent recorded; not sent.</source>
        <translation>Samtykke er ikke registrert; ikke sendt.</translation>
    </message>
    <message>
        <source>Cancelled before sending.</source>
        <translation>Avbrutt før sending.</translation>
    </message>
    <message>
        <source>The platform answered {http_status}: {detail}.</source>
        <translation>Plattformen svarte {http_status}: {detail}.</translation>
    </message>
    <message>
        <source>Revoked: {reason}</source>
        <translation>Tilbakekalt: {reason}</translation>
    </message>
    <message>
        <source>Deleted permanently: {reason}</source>
        <translation>Slettet permanent: {reason}</translation>
    </message>
    <message>
        <source>The award was revoked on the platform.</source>
        <translation>Tildelingen ble tilbakekalt på plattformen.</translation>
    </message>
    <message>
        <source>Issued, replacing the learner&apos;s earlier badge {replaces_award_id} (Update existing badges).</source>
        <translation>Utstedt, og erstatter deltakerens tidligere merke {replaces_award_id} (Oppdater eksisterende merker).</translation>
    </message>
    <message>
        <source>Issued (the platform answered with the badge, not the award; the award was looked up).</source>
        <translation>Utstedt (plattformen svarte med merket, ikke tildelingen; tildelingen ble slått opp).</translation>
    </message>
    <message>
        <source>The badge template is archived and cannot issue badges. Restore it, or choose an active one.</source>
        <translation>Merkemalen er arkivert og kan ikke utstede merker. Gjenopprett den, eller velg en aktiv.</translation>
    </message>
    <message>
        <source>The badge template is still a draft. Publish it so it is active, or choose another.</source>
        <translation>Merkemalen er fortsatt et utkast. Publiser den så den blir aktiv, eller velg en annen.</translation>
    </message>
    <message>
        <source>The badge template is not active. Make it active, or choose an active one.</source>
        <translation>Merkemalen er ikke aktiv. Gjør den aktiv, eller velg en aktiv.</translation>
    </message>
    <message>
        <source>The token may not do this for this organisation. Use a token with the right permissions.</source>
        <translation>Tokenet har ikke lov til dette for denne organisasjonen. Bruk et token med de rette tillatelsene.</translation>
    </message>
    <message>
        <source>The platform has no such award; it may have been deleted.</source>
        <translation>Plattformen har ingen slik tildeling; den kan være slettet.</translation>
    </message>
    <message>
        <source>The request was too large for the platform; shorten the evidence text.</source>
        <translation>Forespørselen var for stor for plattformen; forkort dokumentasjonsteksten.</translation>
    </message>
    <message>
        <source>Email corrected from {old_email}; waiting to be issued to the new address.</source>
        <translation>E-post rettet fra {old_email}; venter på utstedelse til den nye adressen.</translation>
    </message>
    <message>
        <source>Issued: a draft made earlier for this learner (e.g. by an interrupted run) was issued and sent, so no second credential was made.</source>
        <translation>Utstedt: et utkast laget tidligere for denne deltakeren (f.eks. av en avbrutt kjøring) ble utstedt og sendt, så det ble ikke laget et nytt kompetansebevis.</translation>
    </message>
    <message>
        <source>Issued: the learner&apos;s earlier credential had expired, so a new one was made and sent.</source>
        <translation>Utstedt: deltakerens tidligere kompetansebevis var utløpt, så et nytt ble laget og sendt.</translation>
    </message>
    <message>
        <source>Not sent: the platform says this badge uses a feature of a paid plan{said}. The run stopped before the next learner; upgrade the plan or choose another badge, then resume.</source>
        <translation>Ikke sendt: plattformen sier at dette merket bruker en funksjon i et betalt abonnement{said}. Kjøringen stoppet før neste deltaker; oppgrader abonnementet eller velg et annet merke, og gjenoppta deretter.</translation>
    </message>
    <message>
        <source>Not sent: the platform refused the API version BadgeDesk sends{said}. This is a problem in BadgeDesk, not in your account or file: update BadgeDesk, or report it.</source>
        <translation>Ikke sendt: plattformen avviste API-versjonen BadgeDesk sender{said}. Dette er et problem i BadgeDesk, ikke i kontoen eller filen din: oppdater BadgeDesk, eller meld fra om det.</translation>
    </message>
    <message>
        <source>Not sent: the platform could not read BadgeDesk&apos;s request{said}. This is a problem in BadgeDesk: report it.</source>
        <translation>Ikke sendt: plattformen kunne ikke lese forespørselen fra BadgeDesk{said}. Dette er et problem i BadgeDesk: meld fra om det.</translation>
    </message>
    <message>
        <source>Not sent: the token may not issue this badge{said}. The run stopped before the next learner; use a token with the right permissions, then resume.</source>
        <translation>Ikke sendt: tokenet har ikke lov til å utstede dette merket{said}. Kjøringen stoppet før neste deltaker; bruk et token med de rette tillatelsene, og gjenoppta deretter.</translation>
    </message>
    <message>
        <source>Not sent: this token may not award or revoke badges (it needs an administrator&apos;s or the system&apos;s role){said}. The run stopped before the next learner; connect with such a token, then resume.</source>
        <translation>Ikke sendt: dette tokenet har ikke lov til å tildele eller tilbakekalle merker (det trenger en administrator- eller systemrolle){said}. Kjøringen stoppet før neste deltaker; koble til med et slikt token, og gjenoppta deretter.</translation>
    </message>
    <message>
        <source>The platform reported a conflict{said}. Check this learner on the platform, then retry.</source>
        <translation>Plattformen rapporterte en konflikt{said}. Kontroller denne deltakeren på plattformen, og prøv deretter på nytt.</translation>
    </message>
    <message>
        <source>Not awarded: the service does not know the ID {key}{said}. Check the ID in the file (a typing mistake?), then retry this row; the other learners went on.</source>
        <translation>Ikke tildelt: tjenesten kjenner ikke ID-en {key}{said}. Kontroller ID-en i filen (en skrivefeil?), og prøv denne raden på nytt; de andre deltakerne ble behandlet videre.</translation>
    </message>
    <message>
        <source>Not sent: this row has no ID for the learner. Fill it in the file, then retry the row.</source>
        <translation>Ikke sendt: denne raden har ingen ID for deltakeren. Fyll den inn i filen, og prøv raden på nytt.</translation>
    </message>
    <message>
        <source>Not sent: the service answered “not found”{said}. Check the connection&apos;s address (the service&apos;s root), then resume.</source>
        <translation>Ikke sendt: tjenesten svarte «ikke funnet»{said}. Kontroller tilkoblingens adresse (tjenestens rot), og gjenoppta deretter.</translation>
    </message>
    <message>
        <source>Not sent: the check whether this learner already holds the badge failed{said}. Nothing was awarded; retry the row later.</source>
        <translation>Ikke sendt: kontrollen av om denne deltakeren allerede har merket, mislyktes{said}. Ingenting ble tildelt; prøv raden på nytt senere.</translation>
    </message>
    <message>
        <source>Not sent: the check whether this learner already holds the badge gave an answer BadgeDesk cannot read. Nothing was awarded; retry the row later.</source>
        <translation>Ikke sendt: kontrollen av om denne deltakeren allerede har merket, ga et svar BadgeDesk ikke kan lese. Ingenting ble tildelt; prøv raden på nytt senere.</translation>
    </message>
    <message>
        <source>The platform refused to revoke this award{said}. It is still issued; try again later.</source>
        <translation>Plattformen avviste å tilbakekalle denne tildelingen{said}. Den er fortsatt utstedt; prøv igjen senere.</translation>
    </message>
    <message>
        <source>The platform answered the revoke, but the award still shows as live (a proxy may have dropped the request&apos;s reason). It is still issued; try again, or revoke it on the platform.</source>
        <translation>Plattformen svarte på tilbakekallingen, men tildelingen vises fortsatt som gyldig (en proxy kan ha fjernet begrunnelsen i forespørselen). Den er fortsatt utstedt; prøv igjen, eller tilbakekall den på plattformen.</translation>
    </message>
    <message>
        <source>This platform cannot revoke awards, only delete them permanently (Delete permanently…).</source>
        <translation>Denne plattformen kan ikke tilbakekalle tildelinger, bare slette dem permanent (Slett permanent…).</translation>
    </message>
    <message>
        <source>This platform cannot delete awards; revoke them instead (Revoke award…).</source>
        <translation>Denne plattformen kan ikke slette tildelinger; tilbakekall dem i stedet (Tilbakekall tildelingen…).</translation>
    </message>
    <message>
        <source>The platform kept asking BadgeDesk to slow down, so this row was not sent. Retry it later.</source>
        <translation>Plattformen ba gjentatte ganger BadgeDesk om å sende saktere, så denne raden ble ikke sendt. Prøv den på nytt senere.</translation>
    </message>
    <message>
        <source>The platform was unavailable (503); nothing was done. Retry the row later.</source>
        <translation>Plattformen var utilgjengelig (503); ingenting ble gjort. Prøv raden på nytt senere.</translation>
    </message>
    <message>
        <source>The platform had a problem on its side{said}. The badge may or may not have been issued: BadgeDesk checks before sending again.</source>
        <translation>Plattformen hadde et problem på sin side{said}. Merket kan ha blitt utstedt eller ikke: BadgeDesk kontrollerer før det sendes på nytt.</translation>
    </message>
    <message>
        <source>The platform&apos;s answer could not be read (a Wi-Fi login page or a proxy?). The badge may have been issued: BadgeDesk checks before sending again.</source>
        <translation>Plattformens svar kunne ikke leses (en påloggingsside for Wi-Fi eller en proxy?). Merket kan ha blitt utstedt: BadgeDesk kontrollerer før det sendes på nytt.</translation>
    </message>
    <message>
        <source>The platform did not answer in time. The badge may have been issued: BadgeDesk checks before sending again.</source>
        <translation>Plattformen svarte ikke i tide. Merket kan ha blitt utstedt: BadgeDesk kontrollerer før det sendes på nytt.</translation>
    </message>
    <message>
        <source>The connection dropped while waiting for the answer. The badge may have been issued: BadgeDesk checks before sending again.</source>
        <translation>Tilkoblingen ble brutt mens svaret ble ventet på. Merket kan ha blitt utstedt: BadgeDesk kontrollerer før det sendes på nytt.</translation>
    </message>
    <message>
        <source>The platform could not be reached (no network?); nothing was sent. Resume when online.</source>
        <translation>Plattformen kunne ikke nås (ikke noe nettverk?); ingenting ble sendt. Gjenoppta når du er på nett.</translation>
    </message>
    <message>
        <source>The platform answered in a form BadgeDesk does not know. Nothing more was done; report this if it goes on.</source>
        <translation>Plattformen svarte i en form BadgeDesk ikke kjenner. Ingenting mer ble gjort; meld fra om det fortsetter.</translation>
    </message>
    <message>
        <source>The platform kept answering with more pages, so BadgeDesk stopped reading; try again later.</source>
        <translation>Plattformen fortsatte å svare med flere sider, så BadgeDesk sluttet å lese; prøv igjen senere.</translation>
    </message>
    <message>
        <source>Something went wrong in BadgeDesk while sending ({error}); check before re-issuing.</source>
        <translation>Noe gikk galt i BadgeDesk under sendingen ({error}); kontroller før du utsteder på nytt.</translation>
    </message>
    <message>
        <source>This run is being issued by another BadgeDesk window right now; let it finish first.</source>
        <translation>Denne kjøringen utstedes akkurat nå av et annet BadgeDesk-vindu; la den bli ferdig først.</translation>
    </message>
    <message>
        <source>That is not a badge ID the platform knows how to read; give the ID as the platform shows it.</source>
        <translation>Dette er ikke en merke-ID plattformen kan lese; oppgi ID-en slik plattformen viser den.</translation>
    </message>
    <message>
        <source>The connection has no “Awarded by” ID: edit the connection (step 1) and give yours.</source>
        <translation>Tilkoblingen har ingen «Tildelt av»-ID: rediger tilkoblingen (trinn 1) og oppgi din.</translation>
    </message>
    <message>
        <source>This platform has no default address: edit the connection (step 1) and give the service&apos;s.</source>
        <translation>Denne plattformen har ingen standardadresse: rediger tilkoblingen (trinn 1) og oppgi tjenestens adresse.</translation>
    </message>
    <message>
        <source>The connection&apos;s address is not a web address: edit the connection (step 1).</source>
        <translation>Tilkoblingens adresse er ikke en nettadresse: rediger tilkoblingen (trinn 1).</translation>
    </message>
    <message>
        <source>The connection&apos;s address is plain http: only https is used, except for this computer. Edit the connection (step 1).</source>
        <translation>Tilkoblingens adresse er ukryptert http: bare https brukes, unntatt for denne datamaskinen. Rediger tilkoblingen (trinn 1).</translation>
    </message>
    <message>
        <source>The connection&apos;s timeout is not a number of seconds: edit the connection (step 1).</source>
        <translation>Tilkoblingens tidsavbrudd er ikke et antall sekunder: rediger tilkoblingen (trinn 1).</translation>
    </message>
    <message>
        <source>The connection has no organisation ID: edit the connection (step 1) and give it.</source>
        <translation>Tilkoblingen har ingen organisasjons-ID: rediger tilkoblingen (trinn 1) og oppgi den.</translation>
    </message>
    <message>
        <source>The connection names an environment this platform does not have: edit it (step 1).</source>
        <translation>Tilkoblingen angir et miljø denne plattformen ikke har: rediger den (trinn 1).</translation>
    </message>
    <message>
        <source>This platform lists badges per provider: choose a provider in step 2 first.</source>
        <translation>Denne plattformen viser merker per tilbyder: velg en tilbyder i trinn 2 først.</translation>
    </message>
    <message>
        <source>The connection has no token: edit the connection (step 1) and paste one.</source>
        <translation>Tilkoblingen har ikke noe token: rediger tilkoblingen (trinn 1) og lim inn et.</translation>
    </message>
    <message>
        <source> (the platform said: {detail})</source>
        <translation> (plattformen sa: {detail})</translation>
    </message>
</context>
<context>
    <name>Platforms</name>
    <message>
        <source>Access token</source>
        <translation>Tilgangstoken</translation>
    </message>
    <message>
        <source>Authorization token</source>
        <translation>Autorisasjonstoken</translation>
    </message>
    <message>
        <source>Awarded by (your ID)</source>
        <translation>Tildelt av (din ID)</translation>
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
        <translation>Lag et under Navigatr › Settings › Personal Access Tokens.</translation>
    </message>
    <message>
        <source>Credly › Organization › Developers › Authorization Tokens</source>
        <translation>Credly › Organization › Developers › Authorization Tokens</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Navigatr › Settings › Personal Access Tokens</source>
        <translation>Navigatr › Settings › Personal Access Tokens</translation>
    </message>
    <message>
        <source>Optional. BadgeDesk reads the date from Credly where the token may; otherwise it uses this.</source>
        <translation>Valgfritt. BadgeDesk leser datoen fra Credly der tokenet tillater det; ellers brukes denne.</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>Organisasjons-ID</translation>
    </message>
    <message>
        <source>Organization › Developers › Authorization Tokens. Tokens expire 180 days after they are made.</source>
        <translation>Organization › Developers › Authorization Tokens. Tokener utløper 180 dager etter at de er laget.</translation>
    </message>
    <message>
        <source>Peer mentor ID</source>
        <translation>Mentor-ID</translation>
    </message>
    <message>
        <source>Personal Access Token</source>
        <translation>Personlig tilgangstoken</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produksjon</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandkasse</translation>
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
        <translation>Tokenet utløper</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Your Credly organisation&apos;s ID (Organization › Settings, or the address of its page).</source>
        <translation>ID-en til Credly-organisasjonen din (Organization › Settings, eller adressen til siden dens).</translation>
    </message>
    <message>
        <source>badge</source>
        <translation>merke</translation>
    </message>
    <message>
        <source>badge definition</source>
        <translation>merkedefinisjon</translation>
    </message>
    <message>
        <source>badge template</source>
        <translation>merkemal</translation>
    </message>
    <message>
        <source>e.g. 6c4f0c86-…</source>
        <translation>f.eks. 6c4f0c86-…</translation>
    </message>
    <message>
        <source>group</source>
        <translation>gruppe</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Privacy</source>
        <translation>Personvern</translation>
    </message>
    <message>
        <source>One learner</source>
        <translation>Én deltaker</translation>
    </message>
    <message>
        <source>learner@example.org</source>
        <translation>deltaker@example.org</translation>
    </message>
    <message>
        <source>Learner&apos;s email address</source>
        <translation>Deltakerens e-postadresse</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>E-&amp;post:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksporter…</translation>
    </message>
    <message>
        <source>Save everything held about this learner as a JSON file</source>
        <translation>Lagre alt som finnes om denne deltakeren, som en JSON-fil</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Slett…</translation>
    </message>
    <message>
        <source>Remove this learner&apos;s personal data; the badge is still never issued twice</source>
        <translation>Fjern denne deltakerens personopplysninger; merket utstedes likevel aldri to ganger</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Oppbevaring</translation>
    </message>
    <message>
        <source>keep everything</source>
        <translation>behold alt</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dager</translation>
    </message>
    <message>
        <source>Keep personal data for this many days (0 = keep)</source>
        <translation>Oppbevar personopplysninger i så mange dager (0 = behold)</translation>
    </message>
    <message>
        <source>&amp;Keep personal data for:</source>
        <translation>&amp;Oppbevar personopplysninger i:</translation>
    </message>
    <message>
        <source>&amp;Purge now</source>
        <translation>&amp;Rydd nå</translation>
    </message>
    <message>
        <source>Remove the personal data of every run older than the retention period</source>
        <translation>Fjern personopplysningene i alle kjøringer som er eldre enn oppbevaringstiden</translation>
    </message>
    <message>
        <source>Privacy status</source>
        <translation>Personvernstatus</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Arbeider…</translation>
    </message>
    <message>
        <source>Not done: {reason}</source>
        <translation>Ikke utført: {reason}</translation>
    </message>
    <message>
        <source>{learners} learner rows in {runs} runs, {attempts} attempt details and {events} events</source>
        <translation>{learners} deltakerrader i {runs} kjøringer, {attempts} forsøksdetaljer og {events} hendelser</translation>
    </message>
    <message>
        <source>Export learner data</source>
        <translation>Eksporter deltakerdata</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>Nothing held about {email}; {path} says so.</source>
        <translation>Ingenting er lagret om {email}; {path} sier det.</translation>
    </message>
    <message>
        <source>Everything held about {email} ({rows} learner rows) saved to {path}.</source>
        <translation>Alt om {email} ({rows} deltakerrader) lagret i {path}.</translation>
    </message>
    <message>
        <source>Delete personal data</source>
        <translation>Slett personopplysninger</translation>
    </message>
    <message>
        <source>Remove the personal data of {email} from the journal? Names, address, evidence and details are replaced; the runs stay, and the badge is still never issued to this address twice. This cannot be undone.</source>
        <translation>Fjerne personopplysningene om {email} fra journalen? Navn, adresse, dokumentasjon og detaljer erstattes; kjøringene blir stående, og merket utstedes likevel aldri to ganger til denne adressen. Dette kan ikke angres.</translation>
    </message>
    <message>
        <source>Nothing held about {email}.</source>
        <translation>Ingenting er lagret om {email}.</translation>
    </message>
    <message>
        <source>Removed the personal data of {email}: {what}.</source>
        <translation>Fjernet personopplysningene om {email}: {what}.</translation>
    </message>
    <message>
        <source>Purge old runs</source>
        <translation>Rydd gamle kjøringer</translation>
    </message>
    <message>
        <source>Remove the personal data of every run started more than {days} days ago? The runs stay for the audit trail. This cannot be undone.</source>
        <translation>Fjerne personopplysningene i alle kjøringer startet for mer enn {days} dager siden? Kjøringene blir stående for revisjonssporet. Dette kan ikke angres.</translation>
    </message>
    <message>
        <source>Purged runs older than {days} days: {what}.</source>
        <translation>Ryddet kjøringer eldre enn {days} dager: {what}.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Merk alt</translation>
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
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lagre alle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja til &amp;alle</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ei til alle</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Gjenopprett standardverdier</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopier &amp;lenkeadresse</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>ReadJob</name>
    <message>
        <source>Opening {name}…</source>
        <translation>Åpner {name}…</translation>
    </message>
    <message>
        <source>Checking {count} learner(s) against earlier runs…</source>
        <translation>Sjekker {count} deltaker(e) mot tidligere kjøringer…</translation>
    </message>
    <message>
        <source>Checking the {count} row(s) of {name}…</source>
        <translation>Kontrollerer de {count} radene i {name}…</translation>
    </message>
    <message>
        <source>Reading {name}: {count} row(s) so far…</source>
        <translation>Leser {name}: {count} rad(er) så langt…</translation>
    </message>
</context>
<context>
    <name>ResultsActions</name>
    <message>
        <source>Result actions</source>
        <translation>Handlinger for resultater</translation>
    </message>
    <message>
        <source>Re&amp;try failed rows</source>
        <translation>Prøv mislykkede rader på &amp;nytt</translation>
    </message>
    <message>
        <source>Re&amp;voke award…</source>
        <translation>&amp;Tilbakekall tildelingen…</translation>
    </message>
    <message>
        <source>Revoke &amp;whole run…</source>
        <translation>Tilbakekall &amp;hele kjøringen…</translation>
    </message>
    <message>
        <source>&amp;Delete permanently…</source>
        <translation>&amp;Slett permanent…</translation>
    </message>
    <message>
        <source>Delete whole run &amp;permanently…</source>
        <translation>Slett hele kjøringen &amp;permanent…</translation>
    </message>
    <message>
        <source>&amp;Correct email…</source>
        <translation>&amp;Rett e-post…</translation>
    </message>
    <message>
        <source>Refresh c&amp;laims</source>
        <translation>Oppdater &amp;hentinger</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;ksporter…</translation>
    </message>
    <message>
        <source>Export the results to .xlsx or .csv (Ctrl+E)</source>
        <translation>Eksporter resultatene til .xlsx eller .csv (Ctrl+E)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Finn</translation>
    </message>
    <message>
        <source>{action} ({key})</source>
        <translation>{action} ({key})</translation>
    </message>
    <message>
        <source>Run {id} was issued on {env}. Connect to that platform (step 1, Connect) to change its awards.</source>
        <translation>Kjøring {id} ble utstedt på {env}. Koble til den plattformen (trinn 1, Koble til) for å endre tildelingene.</translation>
    </message>
    <message>
        <source>Revoked the award of {email}.</source>
        <translation>Tilbakekalte tildelingen til {email}.</translation>
    </message>
    <message>
        <source>Deleted the award of {email} permanently.</source>
        <translation>Slettet tildelingen til {email} permanent.</translation>
    </message>
    <message>
        <source>Deleted {revoked} of {total} awards permanently.</source>
        <translation>Slettet {revoked} av {total} tildelinger permanent.</translation>
    </message>
    <message>
        <source>Revoked {revoked} of {total} awards.</source>
        <translation>Tilbakekalte {revoked} av {total} tildelinger.</translation>
    </message>
    <message>
        <source>{failed} could not be changed: they are still issued; the Detail of each attempt is in the journal. Try again later.</source>
        <translation>{failed} kunne ikke endres: de er fortsatt utstedt; detaljen for hvert forsøk står i journalen. Prøv igjen senere.</translation>
    </message>
    <message>
        <source>{not_done} were not tried (stopped).</source>
        <translation>{not_done} ble ikke forsøkt (stoppet).</translation>
    </message>
    <message>
        <source>Corrected: the badge was issued to {email} (award {award}).</source>
        <translation>Rettet: merket ble utstedt til {email} (tildeling {award}).</translation>
    </message>
    <message>
        <source>The email is corrected to {email}, but the new award is {status}: {why}</source>
        <translation>E-posten er rettet til {email}, men den nye tildelingen er {status}: {why}</translation>
    </message>
    <message>
        <source>Claims checked: {claimed} claimed, {pending} not claimed yet, {bounced} bounced (email failed), {complained} complained, {revoked} revoked.</source>
        <translation>Hentinger kontrollert: {claimed} hentet, {pending} ikke hentet ennå, {bounced} avvist (e-posten kom ikke fram), {complained} klaget, {revoked} tilbakekalt.</translation>
    </message>
    <message>
        <source>{n} could not be read.</source>
        <translation>{n} kunne ikke leses.</translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation>Stoppet før slutten.</translation>
    </message>
    <message>
        <source>Choose “Bounced” under Show to see who.</source>
        <translation>Velg «Avvist» under Vis for å se hvem.</translation>
    </message>
    <message>
        <source>No failed rows to retry.</source>
        <translation>Ingen mislykkede rader å prøve på nytt.</translation>
    </message>
    <message>
        <source>{n} learner(s) will be sent again: choose Resume on the Issue page.</source>
        <translation>{n} deltaker(e) sendes på nytt: velg Fortsett på siden Utsted.</translation>
    </message>
    <message>
        <source>Select a learner whose email can be corrected first.</source>
        <translation>Velg først en deltaker der e-posten kan rettes.</translation>
    </message>
</context>
<context>
    <name>ResultsExport</name>
    <message>
        <source>Open a run first (Run history, Ctrl+H).</source>
        <translation>Åpne en kjøring først (Kjøringshistorikk, Ctrl+H).</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbeidsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>CSV, kommaseparert (*.csv)</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Eksporter resultater</translation>
    </message>
    <message>
        <source>{name} is a {kind} file, which BadgeDesk cannot write: the results copy is a new .xlsx workbook with its learner columns and the results. {name} itself is not changed.</source>
        <translation>{name} er en {kind}-fil, som BadgeDesk ikke kan skrive: resultatkopien er en ny .xlsx-arbeidsbok med deltakerkolonnene og resultatene. {name} selv endres ikke.</translation>
    </message>
    <message>
        <source>Exported run {id} to {path}.</source>
        <translation>Eksporterte kjøring {id} til {path}.</translation>
    </message>
    <message>
        <source>The file is open</source>
        <translation>Filen er åpen</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is open in Excel or another program (or the folder is read-only), so it cannot be replaced. Save as &apos;{suggestion}&apos; instead?</source>
        <translation>«{name}» er åpen i Excel eller et annet program (eller mappen er skrivebeskyttet), så den kan ikke erstattes. Lagre som «{suggestion}» i stedet?</translation>
    </message>
    <message>
        <source>Export the results on their own?</source>
        <translation>Eksportere bare resultatene?</translation>
    </message>
    <message>
        <source>Export the results without the learner list&apos;s columns?</source>
        <translation>Eksportere resultatene uten kolonnene fra deltakerlisten?</translation>
    </message>
</context>
<context>
    <name>ResultsLoading</name>
    <message>
        <source>The results could not be read: {message}</source>
        <translation>Resultatene kunne ikke leses: {message}</translation>
    </message>
    <message>
        <source>Loading {n} results…</source>
        <translation>Laster inn {n} resultater …</translation>
    </message>
    <message>
        <source>Loading the results…</source>
        <translation>Laster inn resultatene …</translation>
    </message>
    <message>
        <source>Sorting and filtering {n} results…</source>
        <translation>Sorterer og filtrerer {n} resultater …</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
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
        <translation>Detalj</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Forsøk</translation>
    </message>
    <message>
        <source>Award ID</source>
        <translation>Tildelings-ID</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Henting</translation>
    </message>
    <message>
        <source>Not claimed yet</source>
        <translation>Ikke hentet ennå</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Hentet</translation>
    </message>
    <message>
        <source>Bounced (email failed)</source>
        <translation>Avvist (e-posten kom ikke fram)</translation>
    </message>
    <message>
        <source>Complained</source>
        <translation>Klaget</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Tilbakekalt</translation>
    </message>
    <message>
        <source>All learners</source>
        <translation>Alle deltakere</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Utstedt</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Må gjennomgås</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislyktes</translation>
    </message>
    <message>
        <source>Unknown: check first</source>
        <translation>Ukjent: kontroller først</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Ikke sendt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Hoppet over</translation>
    </message>
    <message>
        <source>All problems</source>
        <translation>Alle problemer</translation>
    </message>
</context>
<context>
    <name>ResultsNotices</name>
    <message>
        <source>Run {id}: {state}</source>
        <translation>Kjøring {id}: {state}</translation>
    </message>
    <message>
        <source>No learners.</source>
        <translation>Ingen deltakere.</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Ready</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stoppet</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbrutt</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Avbrutt underveis</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Kjøring</translation>
    </message>
    <message>
        <source>SANDBOX — rehearsal, not real badges</source>
        <translation>SANDKASSE — prøvekjøring, ikke ekte merker</translation>
    </message>
    <message>
        <source>Sandbox run</source>
        <translation>Sandkassekjøring</translation>
    </message>
    <message>
        <source>Why the run stopped</source>
        <translation>Hvorfor kjøringen stoppet</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Lukk merknaden</translation>
    </message>
    <message>
        <source>Learners that need review</source>
        <translation>Deltakere som må gjennomgås</translation>
    </message>
    <message>
        <source>Show &amp;them</source>
        <translation>&amp;Vis dem</translation>
    </message>
    <message>
        <source>Show the learners that need review</source>
        <translation>Vis deltakerne som må gjennomgås</translation>
    </message>
    <message>
        <source>Show learners</source>
        <translation>Vis deltakere</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <source>Find learner</source>
        <translation>Finn deltaker</translation>
    </message>
    <message>
        <source>Name, email or ID</source>
        <translation>Navn, e-post eller ID</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>F&amp;inn:</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Laster inn</translation>
    </message>
    <message>
        <source>Learner results</source>
        <translation>Deltakernes resultater</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>St&amp;opp</translation>
    </message>
    <message>
        <source>Stop the current action</source>
        <translation>Stopp handlingen som pågår</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>No run to show. Issue a cohort (step 4), or open a past run (Run history, Ctrl+H).</source>
        <translation>Ingen kjøring å vise. Utsted til et kull (trinn 4), eller åpne en tidligere kjøring (Kjøringshistorikk, Ctrl+H).</translation>
    </message>
    <message>
        <source>badge {id}</source>
        <translation>merke {id}</translation>
    </message>
    <message>
        <source>Run {id}</source>
        <translation>Kjøring {id}</translation>
    </message>
    <message>
        <source>from {file}</source>
        <translation>fra {file}</translation>
    </message>
    <message>
        <source>⚠ {n} learner(s) need review: the platform accepted the request (HTTP 202) but did not issue the badge. The Detail column has the platform&apos;s reason.</source>
        <translation>⚠ {n} deltaker(e) må gjennomgås: plattformen godtok forespørselen (HTTP 202), men utstedte ikke merket. Kolonnen Detalj har plattformens begrunnelse.</translation>
    </message>
    <message>
        <source>? {n} learner(s) unknown: the badge may have been issued. Resuming the run looks them up before anything is sent again.</source>
        <translation>? {n} deltaker(e) ukjent: merket kan ha blitt utstedt. Når kjøringen gjenopptas, slås de opp før noe sendes på nytt.</translation>
    </message>
    <message>
        <source>Totals: {n} learners — {parts}</source>
        <translation>Totalt: {n} deltakere — {parts}</translation>
    </message>
    <message>
        <source>Claims: {parts}</source>
        <translation>Hentinger: {parts}</translation>
    </message>
</context>
<context>
    <name>RowDetail</name>
    <message>
        <source>Selected learner&apos;s outcome</source>
        <translation>Resultat for valgt deltaker</translation>
    </message>
    <message>
        <source>Open a&amp;ward</source>
        <translation>Åpne &amp;tildeling</translation>
    </message>
    <message>
        <source>Open the learner&apos;s award on the platform</source>
        <translation>Åpne deltakerens tildeling på plattformen</translation>
    </message>
    <message>
        <source>Open the learner&apos;s award page in your browser.</source>
        <translation>Åpner tildelingssiden i nettleseren din.</translation>
    </message>
    <message>
        <source>Select a learner to read their outcome in full.</source>
        <translation>Velg en deltaker for å lese hele resultatet.</translation>
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
        <translation>For hele kjøringen (en kolonne i kullet overstyrer dette per deltaker)</translation>
    </message>
    <message>
        <source>Set an issue &amp;date</source>
        <translation>Angi utstedelses&amp;dato</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Utstedelsesdato</translation>
    </message>
    <message>
        <source>Badges e&amp;xpire on</source>
        <translation>Merkene &amp;utløper</translation>
    </message>
    <message>
        <source>Set an expiry date</source>
        <translation>Angi en utløpsdato</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Utløpsdato</translation>
    </message>
    <message>
        <source>Evidence URL</source>
        <translation>Dokumentasjons-URL</translation>
    </message>
    <message>
        <source>Evidence &amp;URL:</source>
        <translation>Dokumentasjons-&amp;URL:</translation>
    </message>
    <message>
        <source>Evidence text</source>
        <translation>Dokumentasjonstekst</translation>
    </message>
    <message>
        <source>Evidence &amp;text:</source>
        <translation>Dokumentasjons&amp;tekst:</translation>
    </message>
    <message>
        <source>Note with every award</source>
        <translation>Merknad med hver tildeling</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Merknad:</translation>
    </message>
    <message>
        <source>Update &amp;existing badges (replace the badge a learner already holds)</source>
        <translation>Oppdater &amp;eksisterende merker (erstatt merket en deltaker allerede har)</translation>
    </message>
    <message>
        <source>Update existing badges</source>
        <translation>Oppdater eksisterende merker</translation>
    </message>
    <message>
        <source>Off: a learner who already holds the badge keeps it and is not sent again. On: the platform replaces their badge with the new one. BadgeDesk asks you to confirm before the run.</source>
        <translation>Av: en deltaker som allerede har merket, beholder det og får det ikke på nytt. På: plattformen erstatter merket med det nye. BadgeDesk ber deg bekrefte før kjøringen.</translation>
    </message>
    <message>
        <source>Ask the platform whether each learner already has the badge (slower)</source>
        <translation>Spør plattformen om hver deltaker allerede har merket (tregere)</translation>
    </message>
    <message>
        <source>Update existing badges?</source>
        <translation>Oppdatere eksisterende merker?</translation>
    </message>
    <message>
        <source>Update existing badges is on. Every learner in this run who already holds &apos;{badge}&apos; on {platform} has that badge REPLACED by the new one: the existing badge stops being theirs and the platform may email them again. Learners BadgeDesk already issued it to in an earlier run are still not sent again.

Replace existing badges?</source>
        <translation>Oppdater eksisterende merker er slått på. Alle deltakere i denne kjøringen som allerede har «{badge}» på {platform}, får det merket ERSTATTET av det nye: det eksisterende merket er ikke lenger deres, og plattformen kan sende dem e-post på nytt. Deltakere som BadgeDesk allerede har utstedt merket til i en tidligere kjøring, får det fortsatt ikke på nytt.

Erstatte eksisterende merker?</translation>
    </message>
    <message>
        <source>the platform</source>
        <translation>plattformen</translation>
    </message>
    <message>
        <source>The evidence URL must be a web address (https://…).</source>
        <translation>Dokumentasjons-URL-en må være en nettadresse (https://…).</translation>
    </message>
    <message>
        <source>The expiry date {expires} must come after the issue date {issued}.</source>
        <translation>Utløpsdatoen {expires} må komme etter utstedelsesdatoen {issued}.</translation>
    </message>
    <message>
        <source>The expiry date {expires} has already come; choose a later one.</source>
        <translation>Utløpsdatoen {expires} er allerede passert; velg en senere.</translation>
    </message>
</context>
<context>
    <name>RunsModel</name>
    <message>
        <source>Run</source>
        <translation>Kjøring</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Merke</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Miljø</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Utstedt</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <source>{env} · SANDBOX</source>
        <translation>{env} · SANDKASSE</translation>
    </message>
</context>
<context>
    <name>SandboxMarks</name>
    <message>
        <source>&apos;{name}&apos; is no longer the sandbox badge of {provider}.</source>
        <translation>«{name}» er ikke lenger sandkassemerket til {provider}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is now the sandbox badge of {provider}: rehearsal runs issue it.</source>
        <translation>«{name}» er nå sandkassemerket til {provider}: prøvekjøringer utsteder det.</translation>
    </message>
</context>
<context>
    <name>StepFrame</name>
    <message>
        <source>Connect</source>
        <translation>Koble til</translation>
    </message>
    <message>
        <source>Step 1 — Connect to your badge platform</source>
        <translation>Trinn 1 — Koble til merkeplattformen din</translation>
    </message>
    <message>
        <source>Choose a saved connection (or add one), and test it if you like.</source>
        <translation>Velg en lagret tilkobling (eller legg til en), og test den om du vil.</translation>
    </message>
    <message>
        <source>Choose or add a connection first.</source>
        <translation>Velg eller legg til en tilkobling først.</translation>
    </message>
    <message>
        <source>&amp;Next: choose the badge</source>
        <translation>&amp;Neste: velg merket</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Merke</translation>
    </message>
    <message>
        <source>Step 2 — Choose the badge</source>
        <translation>Trinn 2 — Velg merket</translation>
    </message>
    <message>
        <source>Find the badge to issue and press Enter, or select it and choose Use this badge.</source>
        <translation>Finn merket som skal utstedes, og trykk Enter, eller velg det og klikk «Bruk dette merket».</translation>
    </message>
    <message>
        <source>Choose a badge that can be issued first.</source>
        <translation>Velg først et merke som kan utstedes.</translation>
    </message>
    <message>
        <source>&amp;Next: the cohort</source>
        <translation>&amp;Neste: kullet</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kull</translation>
    </message>
    <message>
        <source>Step 3 — Check the cohort for {badge}</source>
        <translation>Trinn 3 — Sjekk kullet for {badge}</translation>
    </message>
    <message>
        <source>Open the learner list, check the mapping, and tick consent for every learner who agreed.</source>
        <translation>Åpne deltakerlisten, sjekk kolonnetilordningen, og kryss av for samtykke for hver deltaker som har sagt ja.</translation>
    </message>
    <message>
        <source>At least one learner must be ready: valid, with consent ticked.</source>
        <translation>Minst én deltaker må være klar: gyldig og med samtykke avkrysset.</translation>
    </message>
    <message>
        <source>&amp;Next: issue</source>
        <translation>&amp;Neste: utsted</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Utsted</translation>
    </message>
    <message>
        <source>Step 4 — Issue the badges</source>
        <translation>Trinn 4 — Utsted merkene</translation>
    </message>
    <message>
        <source>Rehearse on the sandbox badge first if you like, then start issuing (F5).</source>
        <translation>Øv først på sandkassemerket om du vil, og start så utstedelsen (F5).</translation>
    </message>
    <message>
        <source>Start a run first (F5).</source>
        <translation>Start en kjøring først (F5).</translation>
    </message>
    <message>
        <source>&amp;Next: the results</source>
        <translation>&amp;Neste: resultatene</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultater</translation>
    </message>
    <message>
        <source>Step 5 — Read the results</source>
        <translation>Trinn 5 — Les resultatene</translation>
    </message>
    <message>
        <source>Check who got the badge; the counts filter the list, and a row&apos;s outcome reads in full below it.</source>
        <translation>Sjekk hvem som fikk merket; tallene filtrerer listen, og resultatet for en rad står i sin helhet under den.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <source>What to do here</source>
        <translation>Hva du gjør her</translation>
    </message>
    <message>
        <source>What is missing before the next step</source>
        <translation>Hva som mangler før neste trinn</translation>
    </message>
    <message>
        <source>{step}, done</source>
        <translation>{step}, ferdig</translation>
    </message>
    <message>
        <source>the badge</source>
        <translation>merket</translation>
    </message>
</context>
<context>
    <name>SummaryStrip</name>
    <message>
        <source>Show only these learners; click again to show all.</source>
        <translation>Vis bare disse deltakerne; klikk igjen for å vise alle.</translation>
    </message>
    <message>
        <source>{n} issued</source>
        <translation>{n} utstedt</translation>
    </message>
    <message>
        <source>{n} need review</source>
        <translation>{n} må gjennomgås</translation>
    </message>
    <message>
        <source>{n} failed</source>
        <translation>{n} mislyktes</translation>
    </message>
    <message>
        <source>{n} skipped</source>
        <translation>{n} hoppet over</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <source>Consent: only learners with a tick are sent a badge. Space ticks or unticks the selected one.</source>
        <translation>Samtykke: bare deltakere med kryss får et merke. Mellomrom krysser av eller fjerner krysset for den valgte.</translation>
    </message>
    <message>
        <source>Rehearse first: the sandbox badge goes to aliases of your own address, then promote the run to live.</source>
        <translation>Øv først: sandkassemerket går til aliaser av din egen adresse, og deretter gjør du kjøringen live.</translation>
    </message>
    <message>
        <source>Needs review (HTTP 202): the platform accepted the request but did not issue; the row says why.</source>
        <translation>Må gjennomgås (HTTP 202): plattformen godtok forespørselen, men utstedte ikke; raden sier hvorfor.</translation>
    </message>
    <message>
        <source>Export the results (Ctrl+E) to keep a record of who got the badge.</source>
        <translation>Eksporter resultatene (Ctrl+E) for å ta vare på hvem som fikk merket.</translation>
    </message>
    <message>
        <source>Tour</source>
        <translation>Omvisning</translation>
    </message>
    <message>
        <source>Tour callout</source>
        <translation>Omvisningstips</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Skjønner</translation>
    </message>
    <message>
        <source>Got it: next tip</source>
        <translation>Skjønner: neste tips</translation>
    </message>
    <message>
        <source>End the tour</source>
        <translation>Avslutt omvisningen</translation>
    </message>
    <message>
        <source>End the tour for good</source>
        <translation>Avslutt omvisningen for godt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
</context>
<context>
    <name>TypedBadgeBox</name>
    <message>
        <source>Type an ID</source>
        <translation>Skriv inn en ID</translation>
    </message>
    <message>
        <source>Why an ID can be typed</source>
        <translation>Hvorfor en ID kan skrives inn</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>Chec&amp;k and use</source>
        <translation>&amp;Kontroller og bruk</translation>
    </message>
    <message>
        <source>Check the typed ID and use it</source>
        <translation>Kontroller den innskrevne ID-en og bruk den</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Resultat av kontrollen</translation>
    </message>
    <message>
        <source>{platform} offers no list of its {what}s: the list shows the ones earlier awards name. Another {what} can be used by typing its ID here.</source>
        <translation>{platform} tilbyr ingen fullstendig liste (type: {what}): listen viser dem som tidligere tildelinger nevner. En annen (type: {what}) kan brukes ved å skrive inn ID-en her.</translation>
    </message>
    <message>
        <source>{what} &amp;ID:</source>
        <translation>&amp;ID ({what}):</translation>
    </message>
    <message>
        <source>{what} ID to use</source>
        <translation>ID ({what}) som skal brukes</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>f.eks. {example}</translation>
    </message>
    <message>
        <source>Checking {id}…</source>
        <translation>Kontrollerer {id}…</translation>
    </message>
    <message>
        <source>Not in the list; the platform checks {id} at the first award.</source>
        <translation>Ikke i listen; plattformen kontrollerer {id} ved første tildeling.</translation>
    </message>
    <message>
        <source>Found: {name} ({id}).</source>
        <translation>Funnet: {name} ({id}).</translation>
    </message>
    <message>
        <source>Cannot use this ID: {reason}</source>
        <translation>Kan ikke bruke denne ID-en: {reason}</translation>
    </message>
</context>
<context>
    <name>a11y</name>
    <message>
        <source>Clear {field}</source>
        <translation>Tøm {field}</translation>
    </message>
    <message>
        <source>More {toolbar}</source>
        <translation>Mer: {toolbar}</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>Badges as cards</source>
        <translation>Merker som kort</translation>
    </message>
    <message>
        <source>Lis&amp;t</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>Show the badges as a list</source>
        <translation>Vis merkene som liste</translation>
    </message>
    <message>
        <source>C&amp;ards</source>
        <translation>&amp;Kort</translation>
    </message>
    <message>
        <source>Show the badges as cards</source>
        <translation>Vis merkene som kort</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <source>simulator</source>
        <translation>simulator</translation>
    </message>
    <message>
        <source>custom address</source>
        <translation>egen adresse</translation>
    </message>
</context>
</TS>
