<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
  <context>
    <name>CoreWords</name>
    <message>
      <source>{first} and {last}</source>
      <translation>{first} und {last}</translation>
    </message>
    <message>
      <source>User ID</source>
      <translation>Nutzer-ID</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>E-Mail</translation>
    </message>
    <message>
      <source>Event name</source>
      <translation>Ereignisname</translation>
    </message>
    <message>
      <source>Timestamp</source>
      <translation>Zeitstempel</translation>
    </message>
    <message>
      <source>Distinct ID</source>
      <translation>Eindeutige ID</translation>
    </message>
    <message>
      <source>Your ID for the user; must match the ID used for their events.</source>
      <translation>Ihre ID für den Nutzer; muss der ID seiner Ereignisse entsprechen.</translation>
    </message>
    <message>
      <source>The user's email address.</source>
      <translation>Die E-Mail-Adresse des Nutzers.</translation>
    </message>
    <message>
      <source>The user the event belongs to (same ID as in VibeFollow users).</source>
      <translation>Der Nutzer, zu dem das Ereignis gehört (gleiche ID wie bei den VibeFollow-Nutzern).</translation>
    </message>
    <message>
      <source>What happened, e.g. user_signed_up (snake_case recommended).</source>
      <translation>Was geschah, z. B. user_signed_up (snake_case empfohlen).</translation>
    </message>
    <message>
      <source>When the event happened. Any common date format; stored as ISO 8601 UTC. Leave unmapped to stamp every row with the validation time.</source>
      <translation>Wann das Ereignis geschah. Jedes übliche Datumsformat; gespeichert als ISO 8601 UTC. Nicht zugeordnet erhält jede Zeile den Zeitpunkt der Prüfung.</translation>
    </message>
    <message>
      <source>What happened.</source>
      <translation>Was geschah.</translation>
    </message>
    <message>
      <source>The user or device the event belongs to.</source>
      <translation>Der Nutzer oder das Gerät, zu dem das Ereignis gehört.</translation>
    </message>
    <message>
      <source>The user the event belongs to.</source>
      <translation>Der Nutzer, zu dem das Ereignis gehört.</translation>
    </message>
    <message>
      <source>user ids</source>
      <translation>Nutzer-IDs</translation>
    </message>
    <message>
      <source>emails</source>
      <translation>E-Mail-Adressen</translation>
    </message>
    <message>
      <source>event names</source>
      <translation>Ereignisnamen</translation>
    </message>
    <message>
      <source>timestamps</source>
      <translation>Zeitstempel</translation>
    </message>
    <message>
      <source>distinct ids</source>
      <translation>eindeutige IDs</translation>
    </message>
    <message>
      <source>Excel serial day numbers</source>
      <translation>fortlaufende Excel-Tageszahlen</translation>
    </message>
    <message>
      <source>Excel serial day numbers (1904 base)</source>
      <translation>fortlaufende Excel-Tageszahlen (Basis 1904)</translation>
    </message>
    <message>
      <source>epoch seconds</source>
      <translation>Epochensekunden</translation>
    </message>
    <message>
      <source>epoch milliseconds</source>
      <translation>Epochenmillisekunden</translation>
    </message>
    <message>
      <source>epoch microseconds</source>
      <translation>Epochenmikrosekunden</translation>
    </message>
    <message>
      <source>Trim spaces</source>
      <translation>Leerzeichen kürzen</translation>
    </message>
    <message>
      <source>Lower-case</source>
      <translation>Kleinbuchstaben</translation>
    </message>
    <message>
      <source>Squeeze spaces</source>
      <translation>Leerzeichen zusammenfassen</translation>
    </message>
    <message>
      <source>{first} {rest}</source>
      <translation>{first} {rest}</translation>
    </message>
    <message>
      <source>the header '{header}' is the field's name</source>
      <translation>die Überschrift „{header}“ ist der Name des Felds</translation>
    </message>
    <message>
      <source>'{header}' is a common name for {field}</source>
      <translation>„{header}“ ist ein üblicher Name für {field}</translation>
    </message>
    <message>
      <source>'{header}' looks like {field}</source>
      <translation>„{header}“ ähnelt {field}</translation>
    </message>
    <message>
      <source>the values in '{header}' look like {things}</source>
      <translation>die Werte in „{header}“ sehen aus wie {things}</translation>
    </message>
    <message>
      <source>{reason}, but few values look like {things}</source>
      <translation>{reason}, aber wenige Werte sehen aus wie {things}</translation>
    </message>
    <message>
      <source>{reason}, but {doubt}</source>
      <translation>{reason}, aber {doubt}</translation>
    </message>
    <message>
      <source>no matching column</source>
      <translation>keine passende Spalte</translation>
    </message>
    <message>
      <source>its values are e-mail addresses, not event names</source>
      <translation>ihre Werte sind E-Mail-Adressen, keine Ereignisnamen</translation>
    </message>
    <message>
      <source>its values look like people's names, not event names</source>
      <translation>ihre Werte sehen aus wie Personennamen, nicht wie Ereignisnamen</translation>
    </message>
    <message>
      <source>almost every value is different, unlike event names</source>
      <translation>fast jeder Wert ist anders, anders als bei Ereignisnamen</translation>
    </message>
    <message>
      <source>the file lists people, not things they did</source>
      <translation>die Datei listet Personen auf, nicht ihre Handlungen</translation>
    </message>
    <message>
      <source>the file lists people, so these dates are likely about the person, not an event</source>
      <translation>die Datei listet Personen auf, daher betreffen diese Daten wohl die Person, nicht ein Ereignis</translation>
    </message>
    <message>
      <source>day-first (DD/MM)</source>
      <translation>mit dem Tag zuerst (TT/MM)</translation>
    </message>
    <message>
      <source>month-first (MM/DD)</source>
      <translation>mit dem Monat zuerst (MM/TT)</translation>
    </message>
    <message>
      <source>Every date in '{column}' could be day-first or month-first; reading them {order}. Switch if that is wrong.</source>
      <translation>Jedes Datum in „{column}“ könnte mit Tag oder Monat zuerst stehen; sie werden {order} gelesen. Wechseln Sie, falls das falsch ist.</translation>
    </message>
    <message>
      <source>Dates in '{column}' are read {order}.</source>
      <translation>Datumsangaben in „{column}“ werden {order} gelesen.</translation>
    </message>
    <message>
      <source>'{value}' is not a date either way; Review lists such rows.</source>
      <translation>„{value}“ ist in keiner Lesart ein Datum; „Prüfen“ listet solche Zeilen auf.</translation>
    </message>
    <message>
      <source>the column '{column}' names what happened</source>
      <translation>die Spalte „{column}“ nennt, was geschah</translation>
    </message>
    <message>
      <source>the same values in '{ids}' come back on many rows, each with a '{times}'</source>
      <translation>dieselben Werte in „{ids}“ kehren in vielen Zeilen wieder, jeweils mit „{times}“</translation>
    </message>
    <message>
      <source>'{column}' holds e-mail addresses</source>
      <translation>„{column}“ enthält E-Mail-Adressen</translation>
    </message>
    <message>
      <source>'{column}' describes a person</source>
      <translation>„{column}“ beschreibt eine Person</translation>
    </message>
    <message>
      <source>each row has its own '{ids}' and {about}: one row per person</source>
      <translation>jede Zeile hat ihre eigene „{ids}“ und {about}: eine Zeile pro Person</translation>
    </message>
    <message>
      <source>each row has its own e-mail address in '{column}'</source>
      <translation>jede Zeile hat ihre eigene E-Mail-Adresse in „{column}“</translation>
    </message>
    <message>
      <source>the columns do not say whether the rows are people or events</source>
      <translation>die Spalten verraten nicht, ob die Zeilen Personen oder Ereignisse sind</translation>
    </message>
    <message>
      <source>renamed: {pairs}</source>
      <translation>umbenannt: {pairs}</translation>
    </message>
    <message>
      <source>{missing}; {renamed}</source>
      <translation>{missing}; {renamed}</translation>
    </message>
    <message>
      <source>all columns found</source>
      <translation>alle Spalten gefunden</translation>
    </message>
    <message>
      <source>Template '{name}' expects the column {names}, not found in this file.</source>
      <translation>Die Vorlage „{name}“ erwartet die Spalte {names}, die in dieser Datei fehlt.</translation>
    </message>
    <message>
      <source>Template '{name}' expects the columns {names}, not found in this file.</source>
      <translation>Die Vorlage „{name}“ erwartet die Spalten {names}, die in dieser Datei fehlen.</translation>
    </message>
    <message>
      <source>{fields} has no column now.</source>
      <translation>{fields} hat jetzt keine Spalte.</translation>
    </message>
    <message>
      <source>{fields} have no column now.</source>
      <translation>{fields} haben jetzt keine Spalte.</translation>
    </message>
    <message>
      <source>Renamed? Backfill proposes {pairs}.</source>
      <translation>Umbenannt? Backfill schlägt {pairs} vor.</translation>
    </message>
    <message>
      <source>Taken as renamed: {pairs}.</source>
      <translation>Als umbenannt übernommen: {pairs}.</translation>
    </message>
    <message>
      <source>'{column}' holds {unit} (read as such); choose another unit in the mapping if that is wrong.</source>
      <translation>„{column}“ enthält {unit} (so gelesen); wählen Sie in der Zuordnung eine andere Einheit, falls das falsch ist.</translation>
    </message>
    <message>
      <source>'{column}' mixes numbers of different sizes; each was read by its size (Excel serial days, epoch seconds, milliseconds or microseconds). Choose one unit in the mapping if they are all of one kind.</source>
      <translation>„{column}“ mischt Zahlen verschiedener Größe; jede wurde nach ihrer Größe gelesen (Excel-Tageszahlen, Epochensekunden, Millisekunden oder Mikrosekunden). Wählen Sie in der Zuordnung eine Einheit, wenn alle von einer Art sind.</translation>
    </message>
    <message numerus="yes">
      <source>%n column(s) missing: {names}</source>
      <translation>
        <numerusform>%n Spalte fehlt: {names}</numerusform>
        <numerusform>%n Spalten fehlen: {names}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Destinations</name>
    <message>
      <source>VibeFollow users</source>
      <translation>VibeFollow-Nutzer</translation>
    </message>
    <message>
      <source>VibeFollow events</source>
      <translation>VibeFollow-Ereignisse</translation>
    </message>
    <message>
      <source>Ours Privacy events</source>
      <translation>Ours-Privacy-Ereignisse</translation>
    </message>
    <message>
      <source>FloKit events</source>
      <translation>FloKit-Ereignisse</translation>
    </message>
  </context>
  <context>
    <name>ExtrasCard</name>
    <message>
      <source>Traits</source>
      <translation>Merkmale</translation>
    </message>
    <message>
      <source>Properties</source>
      <translation>Eigenschaften</translation>
    </message>
    <message>
      <source>Other columns</source>
      <translation>Weitere Spalten</translation>
    </message>
    <message>
      <source>Send other columns along</source>
      <translation>Weitere Spalten mitsenden</translation>
    </message>
    <message>
      <source>Leave other columns out</source>
      <translation>Weitere Spalten weglassen</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Auswählen …</translation>
    </message>
    <message>
      <source>Not imported</source>
      <translation>Nicht importiert</translation>
    </message>
    <message>
      <source>{columns} → {key} (snake_case keys)</source>
      <translation>{columns} → {key} (Schlüssel in snake_case)</translation>
    </message>
    <message>
      <source>Sent as numbers: {changes}</source>
      <translation>Als Zahlen gesendet: {changes}</translation>
    </message>
    <message>
      <source>No other columns are sent as {key}.</source>
      <translation>Keine weiteren Spalten werden als {key} gesendet.</translation>
    </message>
    <message>
      <source>Nothing — every column is used.</source>
      <translation>Nichts – jede Spalte wird verwendet.</translation>
    </message>
    <message numerus="yes">
      <source>{listed} … and {rest} more (%Ln column(s))</source>
      <translation>
        <numerusform>{listed} … und {rest} weitere (%Ln Spalte)</numerusform>
        <numerusform>{listed} … und {rest} weitere (%Ln Spalten)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ExtrasDialog</name>
    <message>
      <source>text</source>
      <translation>Text</translation>
    </message>
    <message>
      <source>number</source>
      <translation>Zahl</translation>
    </message>
    <message>
      <source>true/false</source>
      <translation>wahr/falsch</translation>
    </message>
    <message>
      <source>JSON</source>
      <translation>JSON</translation>
    </message>
    <message>
      <source>Other columns → {key}</source>
      <translation>Weitere Spalten → {key}</translation>
    </message>
    <message>
      <source>Ticked columns are sent with each record as {key}. Untick a column to leave it out; change the key or the kind of value if needed.</source>
      <translation>Angehakte Spalten werden mit jedem Datensatz als {key} gesendet. Entfernen Sie den Haken, um eine Spalte wegzulassen; ändern Sie bei Bedarf den Schlüssel oder die Art des Werts.</translation>
    </message>
    <message>
      <source>Column in your file</source>
      <translation>Spalte in Ihrer Datei</translation>
    </message>
    <message>
      <source>Sent as</source>
      <translation>Gesendet als</translation>
    </message>
    <message>
      <source>Kind of value</source>
      <translation>Art des Werts</translation>
    </message>
    <message>
      <source>Other columns</source>
      <translation>Weitere Spalten</translation>
    </message>
    <message>
      <source>Kind of value for {column}</source>
      <translation>Art des Werts für {column}</translation>
    </message>
  </context>
  <context>
    <name>FieldRow</name>
    <message>
      <source>exact</source>
      <translation>genau</translation>
    </message>
    <message>
      <source>likely</source>
      <translation>wahrscheinlich</translation>
    </message>
    <message>
      <source>guess</source>
      <translation>geraten</translation>
    </message>
    <message>
      <source>no match</source>
      <translation>keine Übereinstimmung</translation>
    </message>
    <message>
      <source>your choice</source>
      <translation>Ihre Wahl</translation>
    </message>
    <message>
      <source>from template</source>
      <translation>aus Vorlage</translation>
    </message>
    <message>
      <source>Numbers: detect</source>
      <translation>Zahlen: erkennen</translation>
    </message>
    <message>
      <source>Excel date numbers</source>
      <translation>Excel-Datumszahlen</translation>
    </message>
    <message>
      <source>Excel date numbers (1904 base)</source>
      <translation>Excel-Datumszahlen (Basis 1904)</translation>
    </message>
    <message>
      <source>Unix time (seconds)</source>
      <translation>Unix-Zeit (Sekunden)</translation>
    </message>
    <message>
      <source>Unix time (milliseconds)</source>
      <translation>Unix-Zeit (Millisekunden)</translation>
    </message>
    <message>
      <source>Unix time (microseconds)</source>
      <translation>Unix-Zeit (Mikrosekunden)</translation>
    </message>
    <message>
      <source>Column for {field}</source>
      <translation>Spalte für {field}</translation>
    </message>
    <message>
      <source>Value for {field} in every row</source>
      <translation>Wert für {field} in jeder Zeile</translation>
    </message>
    <message>
      <source>Value for every row</source>
      <translation>Wert für jede Zeile</translation>
    </message>
    <message>
      <source>Date order of {field}</source>
      <translation>Datumsreihenfolge von {field}</translation>
    </message>
    <message>
      <source>Dates: detect order</source>
      <translation>Datum: Reihenfolge erkennen</translation>
    </message>
    <message>
      <source>Day first (31/12)</source>
      <translation>Tag zuerst (31/12)</translation>
    </message>
    <message>
      <source>Month first (12/31)</source>
      <translation>Monat zuerst (12/31)</translation>
    </message>
    <message>
      <source>How to read dates like 04/03/2024</source>
      <translation>Wie Datumsangaben wie 04/03/2024 gelesen werden</translation>
    </message>
    <message>
      <source>Time zone of {field}</source>
      <translation>Zeitzone von {field}</translation>
    </message>
    <message>
      <source>Time zone of times written without one</source>
      <translation>Zeitzone für Zeiten, die ohne eine geschrieben sind</translation>
    </message>
    <message>
      <source>How {field} numbers are read</source>
      <translation>Wie Zahlen in {field} gelesen werden</translation>
    </message>
    <message>
      <source>Remove spaces around each value</source>
      <translation>Leerzeichen um jeden Wert entfernen</translation>
    </message>
    <message>
      <source>Change every value to lower case</source>
      <translation>Jeden Wert in Kleinbuchstaben ändern</translation>
    </message>
    <message>
      <source>— not mapped —</source>
      <translation>— nicht zugeordnet —</translation>
    </message>
    <message>
      <source>Same value for every row…</source>
      <translation>Gleicher Wert für jede Zeile …</translation>
    </message>
    <message>
      <source>Numbers: detect ({unit})</source>
      <translation>Zahlen: erkennen ({unit})</translation>
    </message>
    <message>
      <source>Numbers: detect (each by its size)</source>
      <translation>Zahlen: erkennen (jede nach ihrer Größe)</translation>
    </message>
    <message>
      <source>(all empty)</source>
      <translation>(alle leer)</translation>
    </message>
    <message>
      <source>(empty)</source>
      <translation>(leer)</translation>
    </message>
    <message>
      <source>every row gets the validation time</source>
      <translation>jede Zeile erhält den Zeitpunkt der Prüfung</translation>
    </message>
    <message>
      <source>required</source>
      <translation>erforderlich</translation>
    </message>
    <message>
      <source>Read {order} they would be: {dates}</source>
      <translation>{order} gelesen wären es: {dates}</translation>
    </message>
    <message>
      <source>Read day-first instead</source>
      <translation>Stattdessen Tag zuerst lesen</translation>
    </message>
    <message>
      <source>Read month-first instead</source>
      <translation>Stattdessen Monat zuerst lesen</translation>
    </message>
    <message>
      <source>How to read times written as plain numbers</source>
      <translation>Wie als reine Zahlen geschriebene Zeiten gelesen werden</translation>
    </message>
    <message>
      <source>(not a date)</source>
      <translation>(kein Datum)</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Load</source>
      <translation>Laden</translation>
    </message>
    <message>
      <source>Map</source>
      <translation>Zuordnen</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>Prüfen</translation>
    </message>
    <message>
      <source>Upload</source>
      <translation>Hochladen</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>Bericht</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Tastenkürzel</translation>
    </message>
    <message>
      <source>Follow the system</source>
      <translation>Wie das System</translation>
    </message>
    <message>
      <source>◀ &amp;Back</source>
      <translation>◀ &amp;Zurück</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Zurück</translation>
    </message>
    <message>
      <source>The previous step (Alt+Left)</source>
      <translation>Der vorherige Schritt (Alt+Links)</translation>
    </message>
    <message>
      <source>No file loaded</source>
      <translation>Keine Datei geladen</translation>
    </message>
    <message>
      <source>Go to {step}</source>
      <translation>Zu „{step}“ wechseln</translation>
    </message>
    <message>
      <source>Open a file…</source>
      <translation>Datei öffnen …</translation>
    </message>
    <message>
      <source>Primary action</source>
      <translation>Hauptaktion</translation>
    </message>
    <message>
      <source>Next step</source>
      <translation>Nächster Schritt</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Beenden</translation>
    </message>
    <message>
      <source>Cancel running work</source>
      <translation>Laufende Arbeit abbrechen</translation>
    </message>
    <message>
      <source>Open a spreadsheet</source>
      <translation>Tabelle öffnen</translation>
    </message>
    <message>
      <source>The page's main button: Next, or Start / Pause / Resume upload</source>
      <translation>Die Hauptschaltfläche der Seite: Weiter oder Upload starten / anhalten / fortsetzen</translation>
    </message>
    <message>
      <source>Previous / next step</source>
      <translation>Vorheriger / nächster Schritt</translation>
    </message>
    <message>
      <source>On Load: the file name field (type a path, then Enter)</source>
      <translation>Bei „Laden“: das Feld für den Dateinamen (Pfad eingeben, dann Eingabetaste)</translation>
    </message>
    <message>
      <source>Cancel loading or checking</source>
      <translation>Laden oder Prüfen abbrechen</translation>
    </message>
    <message>
      <source>Cancel a running upload</source>
      <translation>Laufenden Upload abbrechen</translation>
    </message>
    <message>
      <source>This list</source>
      <translation>Diese Liste</translation>
    </message>
    <message>
      <source>You can also drop a file anywhere on the window.</source>
      <translation>Sie können eine Datei auch an beliebiger Stelle auf das Fenster ziehen.</translation>
    </message>
    <message>
      <source>Language (from the next start)</source>
      <translation>Sprache (ab dem nächsten Start)</translation>
    </message>
    <message>
      <source>Help (F1)</source>
      <translation>Hilfe (F1)</translation>
    </message>
    <message>
      <source>Help and settings</source>
      <translation>Hilfe und Einstellungen</translation>
    </message>
    <message>
      <source>Keyboard shortcuts, appearance, language, about Backfill</source>
      <translation>Tastenkürzel, Darstellung, Sprache, über Backfill</translation>
    </message>
    <message>
      <source>Appearance</source>
      <translation>Darstellung</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Hell</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>Dunkel</translation>
    </message>
    <message>
      <source>About Backfill</source>
      <translation>Über Backfill</translation>
    </message>
  </context>
  <context>
    <name>MapPage</name>
    <message>
      <source>{fields} is required: choose the column that holds it, or a fixed value.</source>
      <translation>{fields} ist erforderlich: Wählen Sie die Spalte, die es enthält, oder einen festen Wert.</translation>
    </message>
    <message>
      <source>{fields} are required: choose the column that holds it, or a fixed value.</source>
      <translation>{fields} sind erforderlich: Wählen Sie jeweils die Spalte, die sie enthält, oder einen festen Wert.</translation>
    </message>
    <message>
      <source>This file lists people (users), so it goes to {to}: {why}.</source>
      <translation>Diese Datei listet Personen (Nutzer) auf und geht daher an {to}: {why}.</translation>
    </message>
    <message>
      <source>This file lists events, so it goes to {to}: {why}.</source>
      <translation>Diese Datei listet Ereignisse auf und geht daher an {to}: {why}.</translation>
    </message>
    <message>
      <source>Change “Send to” above if that is wrong.</source>
      <translation>Ändern Sie oben „Senden an“, falls das nicht stimmt.</translation>
    </message>
    <message>
      <source>Pick the right column in the list, or a fixed value.</source>
      <translation>Wählen Sie die richtige Spalte in der Liste oder einen festen Wert.</translation>
    </message>
    <message>
      <source>Pick the right column in the list, or a fixed value. If the file lists people rather than things they did, send it to {users} instead (Send to, above).</source>
      <translation>Wählen Sie die richtige Spalte in der Liste oder einen festen Wert. Listet die Datei Personen statt ihrer Handlungen auf, senden Sie sie stattdessen an {users} („Senden an“, oben).</translation>
    </message>
    <message>
      <source>Check {fields}: Backfill is only guessing which column holds it.</source>
      <translation>Prüfen Sie {fields}: Backfill rät nur, welche Spalte es enthält.</translation>
    </message>
    <message>
      <source>Match your columns to the destination's fields</source>
      <translation>Ordnen Sie Ihre Spalten den Feldern des Ziels zu</translation>
    </message>
    <message>
      <source>Send to</source>
      <translation>Senden an</translation>
    </message>
    <message>
      <source>The destination the rows go to</source>
      <translation>Das Ziel, an das die Zeilen gehen</translation>
    </message>
    <message>
      <source>Sen&amp;d to</source>
      <translation>Senden &amp;an</translation>
    </message>
    <message>
      <source>Next: Review ▶</source>
      <translation>Weiter: Prüfen ▶</translation>
    </message>
    <message>
      <source>Load a file first.</source>
      <translation>Laden Sie zuerst eine Datei.</translation>
    </message>
    <message>
      <source>Matching your columns…</source>
      <translation>Ihre Spalten werden zugeordnet …</translation>
    </message>
    <message>
      <source>Some template columns seem renamed: use the proposed columns or keep as it is.</source>
      <translation>Einige Spalten der Vorlage scheinen umbenannt: Übernehmen Sie die vorgeschlagenen Spalten oder lassen Sie es, wie es ist.</translation>
    </message>
    <message>
      <source>Matching your columns to the fields…</source>
      <translation>Ihre Spalten werden den Feldern zugeordnet …</translation>
    </message>
    <message>
      <source>Columns could not be matched: {reason}</source>
      <translation>Die Spalten konnten nicht zugeordnet werden: {reason}</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Feld</translation>
    </message>
    <message>
      <source>Column in your file</source>
      <translation>Spalte in Ihrer Datei</translation>
    </message>
    <message>
      <source>Sample values</source>
      <translation>Beispielwerte</translation>
    </message>
    <message>
      <source>Confidence</source>
      <translation>Sicherheit</translation>
    </message>
    <message>
      <source>Match your columns to {destination}</source>
      <translation>Ordnen Sie Ihre Spalten zu: {destination}</translation>
    </message>
    <message>
      <source>Needs {required}; optional: {optional}</source>
      <translation>Benötigt {required}; optional: {optional}</translation>
    </message>
    <message>
      <source>Needs {required}</source>
      <translation>Benötigt {required}</translation>
    </message>
    <message>
      <source>Dates in '{column}' are now read {order}.</source>
      <translation>Datumsangaben in „{column}“ werden jetzt {order} gelesen.</translation>
    </message>
    <message>
      <source>Template '{name}' now uses the proposed columns</source>
      <translation>Die Vorlage „{name}“ verwendet jetzt die vorgeschlagenen Spalten</translation>
    </message>
    <message>
      <source>Save mapping template</source>
      <translation>Zuordnungsvorlage speichern</translation>
    </message>
    <message>
      <source>Mapping templates (*.json)</source>
      <translation>Zuordnungsvorlagen (*.json)</translation>
    </message>
    <message>
      <source>The template could not be saved.</source>
      <translation>Die Vorlage konnte nicht gespeichert werden.</translation>
    </message>
    <message>
      <source>Saved as template '{name}'.</source>
      <translation>Als Vorlage „{name}“ gespeichert.</translation>
    </message>
    <message>
      <source>Template '{name}' saved</source>
      <translation>Vorlage „{name}“ gespeichert</translation>
    </message>
    <message>
      <source>Load mapping template</source>
      <translation>Zuordnungsvorlage laden</translation>
    </message>
    <message>
      <source>Choose a template saved by Backfill.</source>
      <translation>Wählen Sie eine von Backfill gespeicherte Vorlage.</translation>
    </message>
  </context>
  <context>
    <name>TemplateBar</name>
    <message>
      <source>No template in use.</source>
      <translation>Keine Vorlage in Gebrauch.</translation>
    </message>
    <message>
      <source>Use suggestions instead</source>
      <translation>Stattdessen Vorschläge verwenden</translation>
    </message>
    <message>
      <source>Save template…</source>
      <translation>Vorlage speichern …</translation>
    </message>
    <message>
      <source>Load template…</source>
      <translation>Vorlage laden …</translation>
    </message>
    <message>
      <source>Use the proposed columns</source>
      <translation>Vorgeschlagene Spalten verwenden</translation>
    </message>
    <message>
      <source>Take the proposed columns as the renamed ones: the template's settings and property keys stay as they were</source>
      <translation>Die vorgeschlagenen Spalten als die umbenannten übernehmen: Einstellungen und Eigenschaftsschlüssel der Vorlage bleiben, wie sie waren</translation>
    </message>
    <message>
      <source>Keep as it is</source>
      <translation>So lassen</translation>
    </message>
    <message>
      <source>The proposed columns are new ones: send them under their own names</source>
      <translation>Die vorgeschlagenen Spalten sind neu: unter ihrem eigenen Namen senden</translation>
    </message>
    <message>
      <source>Use the proposed columns to keep the template's settings and property keys, or keep it as it is if they are new columns.</source>
      <translation>Verwenden Sie die vorgeschlagenen Spalten, um Einstellungen und Eigenschaftsschlüssel der Vorlage zu behalten, oder lassen Sie es so, wenn es neue Spalten sind.</translation>
    </message>
    <message>
      <source>Choose the column that now holds it below, then save the template again.</source>
      <translation>Wählen Sie unten die Spalte, die es jetzt enthält, und speichern Sie die Vorlage erneut.</translation>
    </message>
    <message>
      <source>Check the fields below; save the template again once it fits this file.</source>
      <translation>Prüfen Sie die Felder unten; speichern Sie die Vorlage erneut, sobald sie zu dieser Datei passt.</translation>
    </message>
    <message>
      <source>Columns matched automatically. Save this as a template to reuse it next time.</source>
      <translation>Spalten automatisch zugeordnet. Speichern Sie dies als Vorlage, um es nächstes Mal wiederzuverwenden.</translation>
    </message>
    <message>
      <source>Template '{name}' applied automatically</source>
      <translation>Vorlage „{name}“ automatisch angewendet</translation>
    </message>
    <message>
      <source>Template '{name}' applied</source>
      <translation>Vorlage „{name}“ angewendet</translation>
    </message>
    <message>
      <source>Template '{name}' applied automatically — {detail}</source>
      <translation>Vorlage „{name}“ automatisch angewendet – {detail}</translation>
    </message>
    <message>
      <source>Template '{name}' applied — {detail}</source>
      <translation>Vorlage „{name}“ angewendet – {detail}</translation>
    </message>
  </context>
  <context>
    <name>ValueMapDialog</name>
    <message>
      <source>Values of “{column}”</source>
      <translation>Werte von „{column}“</translation>
    </message>
    <message numerus="yes">
      <source>“{column}” holds %Ln different value(s). Type what to send instead of a value; leave it empty to send the value as it is.</source>
      <translation>
        <numerusform>„{column}“ enthält %Ln Wert. Geben Sie ein, was statt eines Werts gesendet werden soll; leer gelassen wird der Wert so gesendet, wie er ist.</numerusform>
        <numerusform>„{column}“ enthält %Ln verschiedene Werte. Geben Sie ein, was statt eines Werts gesendet werden soll; leer gelassen wird der Wert so gesendet, wie er ist.</numerusform>
      </translation>
    </message>
    <message>
      <source>Value in your file</source>
      <translation>Wert in Ihrer Datei</translation>
    </message>
    <message>
      <source>Rows</source>
      <translation>Zeilen</translation>
    </message>
    <message>
      <source>Sent as</source>
      <translation>Gesendet als</translation>
    </message>
    <message>
      <source>Sent as, instead of {value}</source>
      <translation>Gesendet als, statt {value}</translation>
    </message>
    <message>
      <source>suggested: {value}</source>
      <translation>vorgeschlagen: {value}</translation>
    </message>
    <message>
      <source>Use suggestions ({count})</source>
      <translation>Vorschläge verwenden ({count})</translation>
    </message>
    <message>
      <source>Fill the empty “Sent as” cells with the suggested values</source>
      <translation>Die leeren Zellen „Gesendet als“ mit den vorgeschlagenen Werten füllen</translation>
    </message>
    <message>
      <source>Clear all</source>
      <translation>Alle leeren</translation>
    </message>
  </context>
  <context>
    <name>ValueMapsCard</name>
    <message>
      <source>Values</source>
      <translation>Werte</translation>
    </message>
    <message>
      <source>Columns with few different values: send some of them as another value.</source>
      <translation>Spalten mit wenigen verschiedenen Werten: Senden Sie manche davon als anderen Wert.</translation>
    </message>
    <message>
      <source>Map values…</source>
      <translation>Werte zuordnen …</translation>
    </message>
    <message>
      <source>Map the values of {column}</source>
      <translation>Die Werte von {column} zuordnen</translation>
    </message>
    <message numerus="yes">
      <source>%Ln value(s)</source>
      <translation>
        <numerusform>%Ln Wert</numerusform>
        <numerusform>%Ln Werte</numerusform>
      </translation>
    </message>
    <message>
      <source>{listed}, … ({values})</source>
      <translation>{listed}, … ({values})</translation>
    </message>
    <message>
      <source>Sent instead: {entries}</source>
      <translation>Stattdessen gesendet: {entries}</translation>
    </message>
    <message>
      <source>Suggested (not applied): {entries}</source>
      <translation>Vorgeschlagen (nicht angewendet): {entries}</translation>
    </message>
    <message numerus="yes">
      <source>… and %Ln more</source>
      <translation>
        <numerusform>… und %Ln weiterer</numerusform>
        <numerusform>… und %Ln weitere</numerusform>
      </translation>
    </message>
  </context>
</TS>