<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>Imports spreadsheets of users and events into product-analytics ingestion APIs.</source>
      <translation>Importiert Tabellen mit Benutzern und Ereignissen in die Ingestion-APIs von Produktanalyse-Diensten.</translation>
    </message>
    <message>
      <source>Licensed under the {licence} licence.</source>
      <translation>Lizenziert unter der Lizenz {licence}.</translation>
    </message>
    <message numerus="yes">
      <source>Backfill ships with these %Ln open-source libraries (and the Python runtime, PSF-2.0):</source>
      <translation>
        <numerusform>Backfill enthält diese %Ln Open-Source-Bibliothek (und die Python-Laufzeit, PSF-2.0):</numerusform>
        <numerusform>Backfill enthält diese %Ln Open-Source-Bibliotheken (und die Python-Laufzeit, PSF-2.0):</numerusform>
      </translation>
    </message>
    <message>
      <source>Library</source>
      <translation>Bibliothek</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <source>Licence</source>
      <translation>Lizenz</translation>
    </message>
    <message>
      <source>Copy details</source>
      <translation>Details kopieren</translation>
    </message>
    <message>
      <source>Copy the versions and licences, e.g. for a support ticket</source>
      <translation>Versionen und Lizenzen kopieren, z. B. für eine Supportanfrage</translation>
    </message>
  </context>
  <context>
    <name>Accessibility</name>
    <message>
      <source>{table}: column names</source>
      <translation>{table}: Spaltennamen</translation>
    </message>
    <message>
      <source>{table}: row numbers</source>
      <translation>{table}: Zeilennummern</translation>
    </message>
  </context>
  <context>
    <name>CanaryChoice</name>
    <message>
      <source>Send a test batch of</source>
      <translation>Ein Testpaket mit</translation>
    </message>
    <message>
      <source>Rows in the test batch</source>
      <translation>Zeilen im Testpaket</translation>
    </message>
    <message>
      <source>rows first, then ask before sending the rest</source>
      <translation>Zeilen zuerst senden, dann vor dem Rest nachfragen</translation>
    </message>
  </context>
  <context>
    <name>ChunkLog</name>
    <message>
      <source>request {n}</source>
      <translation>Anfrage {n}</translation>
    </message>
    <message>
      <source>users request {n}</source>
      <translation>Nutzer-Anfrage {n}</translation>
    </message>
    <message>
      <source>events request {n}</source>
      <translation>Ereignis-Anfrage {n}</translation>
    </message>
    <message>
      <source>row {n}</source>
      <translation>Zeile {n}</translation>
    </message>
    <message>
      <source>rows {first}–{last}</source>
      <translation>Zeilen {first}–{last}</translation>
    </message>
    <message>
      <source>{n} sent</source>
      <translation>{n} gesendet</translation>
    </message>
    <message>
      <source>{n} accepted</source>
      <translation>{n} angenommen</translation>
    </message>
    <message>
      <source>{n} rejected</source>
      <translation>{n} abgelehnt</translation>
    </message>
    <message>
      <source>{n} to retry</source>
      <translation>{n} erneut zu senden</translation>
    </message>
    <message>
      <source>no answer</source>
      <translation>keine Antwort</translation>
    </message>
    <message>
      <source>Requests sent</source>
      <translation>Gesendete Anfragen</translation>
    </message>
    <message>
      <source>One line per request: its rows and what the API answered</source>
      <translation>Eine Zeile pro Anfrage: ihre Zeilen und die Antwort der API</translation>
    </message>
  </context>
  <context>
    <name>ConfirmProductionDialog</name>
    <message>
      <source>PRODUCTION</source>
      <translation>PRODUKTION</translation>
    </message>
    <message>
      <source>STAGING</source>
      <translation>STAGING</translation>
    </message>
    <message>
      <source>{kind} — {name}</source>
      <translation>{kind} – {name}</translation>
    </message>
    <message numerus="yes">
      <source>Send %Ln row(s) to {destination} at {url} using “{profile}”?</source>
      <translation>
        <numerusform>%Ln Zeile an {destination} unter {url} mit „{profile}“ senden?</numerusform>
        <numerusform>%Ln Zeilen an {destination} unter {url} mit „{profile}“ senden?</numerusform>
      </translation>
    </message>
    <message>
      <source>Send to production?</source>
      <translation>An die Produktion senden?</translation>
    </message>
    <message>
      <source>Send to staging?</source>
      <translation>An Staging senden?</translation>
    </message>
    <message>
      <source>These records go to a real API. Accepted rows cannot be taken back from here.</source>
      <translation>Diese Datensätze gehen an eine echte API. Angenommene Zeilen lassen sich von hier aus nicht zurückholen.</translation>
    </message>
    <message numerus="yes">
      <source>Yes, send these %Ln row(s) to production</source>
      <translation>
        <numerusform>Ja, diese %Ln Zeile an die Produktion senden</numerusform>
        <numerusform>Ja, diese %Ln Zeilen an die Produktion senden</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Yes, send these %Ln row(s) to staging</source>
      <translation>
        <numerusform>Ja, diese %Ln Zeile an Staging senden</numerusform>
        <numerusform>Ja, diese %Ln Zeilen an Staging senden</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Yes, send these %Ln row(s) to {kind}</source>
      <translation>
        <numerusform>Ja, diese %Ln Zeile an {kind} senden</numerusform>
        <numerusform>Ja, diese %Ln Zeilen an {kind} senden</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Send %Ln row(s)</source>
      <translation>
        <numerusform>%Ln Zeile senden</numerusform>
        <numerusform>%Ln Zeilen senden</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ConnectionWords</name>
    <message>
      <source>nothing was sent</source>
      <translation>wurde nichts gesendet</translation>
    </message>
    <message>
      <source>Backfill stopped sending</source>
      <translation>hat Backfill das Senden beendet</translation>
    </message>
    <message>
      <source>Check the base URL; if your company inspects HTTPS traffic, ask IT to install its certificate authority.</source>
      <translation>Prüfen Sie die Basis-URL; wenn Ihr Unternehmen HTTPS-Verkehr untersucht, bitten Sie die IT, ihre Zertifizierungsstelle zu installieren.</translation>
    </message>
    <message>
      <source>The server at {host} presented a TLS certificate for a different name, so {outcome}. Check the base URL: it may lead to another server than you meant.</source>
      <translation>Der Server unter {host} hat ein TLS-Zertifikat für einen anderen Namen vorgelegt, daher {outcome}. Prüfen Sie die Basis-URL: Sie führt vielleicht zu einem anderen Server als gemeint.</translation>
    </message>
    <message>
      <source>The server at {host} presented an expired TLS certificate, so {outcome}. The API's operator must renew it; if it should still be valid, check this computer's date and time.</source>
      <translation>Der Server unter {host} hat ein abgelaufenes TLS-Zertifikat vorgelegt, daher {outcome}. Der Betreiber der API muss es erneuern; sollte es noch gültig sein, prüfen Sie Datum und Uhrzeit dieses Computers.</translation>
    </message>
    <message>
      <source>The server at {host} presented a TLS certificate that is not valid yet, so {outcome}. Check this computer's date and time.</source>
      <translation>Der Server unter {host} hat ein TLS-Zertifikat vorgelegt, das noch nicht gültig ist, daher {outcome}. Prüfen Sie Datum und Uhrzeit dieses Computers.</translation>
    </message>
    <message>
      <source>The server at {host} presented a self-signed TLS certificate, which cannot be verified, so {outcome}. {ask}</source>
      <translation>Der Server unter {host} hat ein selbstsigniertes TLS-Zertifikat vorgelegt, das sich nicht prüfen lässt, daher {outcome}. {ask}</translation>
    </message>
    <message>
      <source>The server at {host} presented a TLS certificate from an authority this computer does not trust, so {outcome}. {ask}</source>
      <translation>Der Server unter {host} hat ein TLS-Zertifikat einer Stelle vorgelegt, der dieser Computer nicht vertraut, daher {outcome}. {ask}</translation>
    </message>
    <message>
      <source>The TLS certificate of {host} could not be verified ({detail}), so {outcome}. {ask}</source>
      <translation>Das TLS-Zertifikat von {host} konnte nicht geprüft werden ({detail}), daher {outcome}. {ask}</translation>
    </message>
    <message>
      <source>{problem} Backfill never turns certificate verification off.</source>
      <translation>{problem} Backfill schaltet die Zertifikatsprüfung nie ab.</translation>
    </message>
    <message>
      <source>{route}: the proxy could not connect to {host} ({detail}). Check the proxy setting or ask IT. Nothing was sent.</source>
      <translation>{route}: Der Proxy konnte keine Verbindung zu {host} herstellen ({detail}). Prüfen Sie die Proxy-Einstellung oder fragen Sie die IT. Es wurde nichts gesendet.</translation>
    </message>
    <message>
      <source>Through a proxy</source>
      <translation>Über einen Proxy</translation>
    </message>
    <message>
      <source>Through the proxy {proxy} (from {source})</source>
      <translation>Über den Proxy {proxy} (aus {source})</translation>
    </message>
    <message>
      <source>A secure connection to {host} could not be set up ({detail}). Nothing was sent.</source>
      <translation>Eine sichere Verbindung zu {host} konnte nicht aufgebaut werden ({detail}). Es wurde nichts gesendet.</translation>
    </message>
    <message>
      <source>{host} did not answer in time. Check the address and your network.</source>
      <translation>{host} hat nicht rechtzeitig geantwortet. Prüfen Sie die Adresse und Ihr Netzwerk.</translation>
    </message>
    <message>
      <source>The host name in {url} could not be found. Check the base URL.</source>
      <translation>Der Hostname in {url} wurde nicht gefunden. Prüfen Sie die Basis-URL.</translation>
    </message>
    <message>
      <source>{host} refused the connection. Check the base URL (and that the server runs).</source>
      <translation>{host} hat die Verbindung abgelehnt. Prüfen Sie die Basis-URL (und ob der Server läuft).</translation>
    </message>
    <message>
      <source>{host} could not be reached ({reason}). Nothing was sent.</source>
      <translation>{host} war nicht erreichbar ({reason}). Es wurde nichts gesendet.</translation>
    </message>
    <message>
      <source>The server at {host} did not answer HTTPS. Check the address: does it start with http:// instead? Nothing was sent.</source>
      <translation>Der Server unter {host} hat nicht per HTTPS geantwortet. Prüfen Sie die Adresse: Beginnt sie stattdessen mit http://? Es wurde nichts gesendet.</translation>
    </message>
    <message>
      <source>{source} is set to '{proxy}', which is not a proxy address Backfill can use (expected e.g. http://proxy.example.com:3128). Fix or unset it.</source>
      <translation>{source} ist auf „{proxy}“ gesetzt, keine Proxy-Adresse, die Backfill nutzen kann (erwartet z. B. http://proxy.example.com:3128). Korrigieren oder entfernen Sie sie.</translation>
    </message>
    <message>
      <source>{source} names a SOCKS proxy ({proxy}), which this Backfill build cannot use. Use an HTTP proxy address, or unset it.</source>
      <translation>{source} nennt einen SOCKS-Proxy ({proxy}), den diese Backfill-Version nicht nutzen kann. Verwenden Sie eine HTTP-Proxy-Adresse oder entfernen Sie die Angabe.</translation>
    </message>
    <message>
      <source>The base URL is empty.</source>
      <translation>Die Basis-URL ist leer.</translation>
    </message>
    <message>
      <source>'{url}' is not a web address. Use the API's base URL, e.g. https://api.example.com.</source>
      <translation>„{url}“ ist keine Webadresse. Verwenden Sie die Basis-URL der API, z. B. https://api.example.com.</translation>
    </message>
    <message>
      <source>The base URL must not contain a user name or password; the API key is entered separately.</source>
      <translation>Die Basis-URL darf keinen Benutzernamen und kein Passwort enthalten; der API-Schlüssel wird getrennt eingegeben.</translation>
    </message>
    <message>
      <source>'{url}' has an invalid port.</source>
      <translation>„{url}“ hat einen ungültigen Port.</translation>
    </message>
    <message>
      <source>'{url}' has no host name.</source>
      <translation>„{url}“ hat keinen Hostnamen.</translation>
    </message>
    <message>
      <source>The base URL must not contain '?' or '#' parts.</source>
      <translation>Die Basis-URL darf keine Teile mit „?“ oder „#“ enthalten.</translation>
    </message>
    <message>
      <source>Refusing plain http:// to {host}: the name does not resolve to this computer only, so the API key could leave it unencrypted. Use http://127.0.0.1 (or https://).</source>
      <translation>Unverschlüsseltes http:// zu {host} wird abgelehnt: Der Name verweist nicht nur auf diesen Computer, der API-Schlüssel könnte ihn also unverschlüsselt verlassen. Verwenden Sie http://127.0.0.1 (oder https://).</translation>
    </message>
    <message>
      <source>Refusing plain http:// to {host}: the API key would be sent unencrypted. Use https:// (plain http is allowed only to this computer, e.g. the sandbox).</source>
      <translation>Unverschlüsseltes http:// zu {host} wird abgelehnt: Der API-Schlüssel würde unverschlüsselt gesendet. Verwenden Sie https:// (http ist nur zu diesem Computer erlaubt, z. B. zur Sandbox).</translation>
    </message>
    <message>
      <source>'{name}' is a built-in profile; choose another name.</source>
      <translation>„{name}“ ist ein eingebautes Profil; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
      <source>There is no profile called '{name}'.</source>
      <translation>Es gibt kein Profil namens „{name}“.</translation>
    </message>
    <message>
      <source>A profile needs a name.</source>
      <translation>Ein Profil braucht einen Namen.</translation>
    </message>
    <message>
      <source>Unknown destination '{id}'.</source>
      <translation>Unbekanntes Ziel „{id}“.</translation>
    </message>
    <message>
      <source>Unknown profile kind '{kind}'.</source>
      <translation>Unbekannte Profilart „{kind}“.</translation>
    </message>
    <message>
      <source>The profiles file {path} is damaged (not valid JSON), so saved profiles are not shown. Fix or remove that file; saving a profile is refused until then.</source>
      <translation>Die Profildatei {path} ist beschädigt (kein gültiges JSON), daher werden gespeicherte Profile nicht angezeigt. Korrigieren oder entfernen Sie die Datei; bis dahin kann kein Profil gespeichert werden.</translation>
    </message>
  </context>
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
    <message>
      <source>user id</source>
      <translation>Nutzer-ID</translation>
    </message>
    <message>
      <source>email</source>
      <translation>E-Mail</translation>
    </message>
    <message>
      <source>event name</source>
      <translation>Ereignisname</translation>
    </message>
    <message>
      <source>timestamp</source>
      <translation>Zeitstempel</translation>
    </message>
    <message>
      <source>distinct id</source>
      <translation>Eindeutige ID</translation>
    </message>
    <message>
      <source>Read dates day-first</source>
      <translation>Datum mit Tag zuerst lesen</translation>
    </message>
    <message>
      <source>Read dates month-first</source>
      <translation>Datum mit Monat zuerst lesen</translation>
    </message>
    <message>
      <source>Read as Excel serial days</source>
      <translation>Als Excel-Seriennummern lesen</translation>
    </message>
    <message>
      <source>Read as Excel serial days (1904 base)</source>
      <translation>Als Excel-Seriennummern lesen (Basis 1904)</translation>
    </message>
    <message>
      <source>Read as seconds</source>
      <translation>Als Sekunden lesen</translation>
    </message>
    <message>
      <source>Read as milliseconds</source>
      <translation>Als Millisekunden lesen</translation>
    </message>
    <message>
      <source>Read as microseconds</source>
      <translation>Als Mikrosekunden lesen</translation>
    </message>
    <message>
      <source>read as Excel serial days</source>
      <translation>als Excel-Seriennummern gelesen</translation>
    </message>
    <message>
      <source>read as Excel serial days (1904 base)</source>
      <translation>als Excel-Seriennummern gelesen (Basis 1904)</translation>
    </message>
    <message>
      <source>read as seconds</source>
      <translation>als Sekunden gelesen</translation>
    </message>
    <message>
      <source>read as milliseconds</source>
      <translation>als Millisekunden gelesen</translation>
    </message>
    <message>
      <source>read as microseconds</source>
      <translation>als Mikrosekunden gelesen</translation>
    </message>
    <message>
      <source>day-first</source>
      <translation>Tag zuerst</translation>
    </message>
    <message>
      <source>month-first</source>
      <translation>Monat zuerst</translation>
    </message>
    <message>
      <source>{label} is empty</source>
      <translation>{label} ist leer</translation>
    </message>
    <message>
      <source>{label} holds only spaces</source>
      <translation>{label} enthält nur Leerzeichen</translation>
    </message>
    <message>
      <source>{label} has spaces around it</source>
      <translation>{label} hat Leerzeichen am Anfang oder Ende</translation>
    </message>
    <message>
      <source>{label} is not a valid address</source>
      <translation>{label} ist keine gültige Adresse</translation>
    </message>
    <message>
      <source>{label} has capital letters (the same person may exist in lower case)</source>
      <translation>{label} enthält Großbuchstaben (dieselbe Person kann in Kleinbuchstaben existieren)</translation>
    </message>
    <message>
      <source>{label} has capital letters</source>
      <translation>{label} enthält Großbuchstaben</translation>
    </message>
    <message>
      <source>{label} has spaces around it (sent as is, so it may not match)</source>
      <translation>{label} hat Leerzeichen am Anfang oder Ende (unverändert gesendet, passt also eventuell nicht)</translation>
    </message>
    <message>
      <source>'{column}' {problem}</source>
      <translation>„{column}“ {problem}</translation>
    </message>
    <message>
      <source>is not a number</source>
      <translation>ist keine Zahl</translation>
    </message>
    <message>
      <source>is not true/false (or yes/no)</source>
      <translation>ist nicht true/false (oder yes/no)</translation>
    </message>
    <message>
      <source>is not valid JSON</source>
      <translation>ist kein gültiges JSON</translation>
    </message>
    <message>
      <source>the row is larger than {size} KB</source>
      <translation>die Zeile ist größer als {size} KB</translation>
    </message>
    <message>
      <source>The row is larger than {size} KB once sent; leave some long columns out</source>
      <translation>Die Zeile ist gesendet größer als {size} KB; lassen Sie einige lange Spalten weg</translation>
    </message>
    <message>
      <source>{label} is empty; the validation time is used</source>
      <translation>{label} ist leer; die Zeit der Prüfung wird verwendet</translation>
    </message>
    <message>
      <source>{label} is empty; {time} (validation time) will be sent</source>
      <translation>{label} ist leer; {time} (Zeit der Prüfung) wird gesendet</translation>
    </message>
    <message>
      <source>{problem} ({fix}?)</source>
      <translation>{problem} ({fix}?)</translation>
    </message>
    <message>
      <source>{label} only reads as a date the other way round ({order})</source>
      <translation>{label} ergibt nur andersherum ein Datum ({order})</translation>
    </message>
    <message>
      <source>{label} is a time the clocks skipped in {zone} (daylight saving starts)</source>
      <translation>{label} ist eine Uhrzeit, die in {zone} übersprungen wurde (Beginn der Sommerzeit)</translation>
    </message>
    <message>
      <source>{label} is not a date/time Backfill can read</source>
      <translation>{label} ist kein Datum/keine Uhrzeit, die Backfill lesen kann</translation>
    </message>
    <message>
      <source>{label} is in the future</source>
      <translation>{label} liegt in der Zukunft</translation>
    </message>
    <message>
      <source>{label} is before {year}</source>
      <translation>{label} liegt vor {year}</translation>
    </message>
    <message>
      <source>{label} is before {year} — check the date format</source>
      <translation>{label} liegt vor {year} – prüfen Sie das Datumsformat</translation>
    </message>
    <message>
      <source>{label} happened twice in {zone} (clocks went back); the first (summer time) was taken</source>
      <translation>{label} gab es in {zone} zweimal (Uhren zurückgestellt); die erste (Sommerzeit) wurde genommen</translation>
    </message>
    <message>
      <source>{label} happened twice in {zone}; read as the first (summer time)</source>
      <translation>{label} gab es in {zone} zweimal; als die erste (Sommerzeit) gelesen</translation>
    </message>
    <message>
      <source>{label} is far outside the file's other dates ({first} to {last})</source>
      <translation>{label} liegt weit außerhalb der übrigen Daten der Datei ({first} bis {last})</translation>
    </message>
    <message>
      <source>{label}: {reason}</source>
      <translation>{label}: {reason}</translation>
    </message>
    <message>
      <source>hour does not fit AM/PM</source>
      <translation>Stunde passt nicht zu AM/PM</translation>
    </message>
    <message>
      <source>not a date when read day-first</source>
      <translation>kein Datum, wenn mit dem Tag zuerst gelesen</translation>
    </message>
    <message>
      <source>not a date when read month-first</source>
      <translation>kein Datum, wenn mit dem Monat zuerst gelesen</translation>
    </message>
    <message>
      <source>number is not a date (not an Excel date or epoch time)</source>
      <translation>Zahl ist kein Datum (weder Excel-Datum noch Epochenzeit)</translation>
    </message>
    <message>
      <source>no such date or time</source>
      <translation>dieses Datum bzw. diese Uhrzeit gibt es nicht</translation>
    </message>
    <message>
      <source>not a date or time Backfill can read</source>
      <translation>kein Datum und keine Uhrzeit, die Backfill lesen kann</translation>
    </message>
    <message>
      <source>no such time in {zone}: the clocks went forward over it</source>
      <translation>diese Uhrzeit gibt es in {zone} nicht: die Uhren wurden darüber vorgestellt</translation>
    </message>
    <message>
      <source>Invalid row</source>
      <translation>Ungültige Zeile</translation>
    </message>
    <message>
      <source>Left out by the operator on the Review step</source>
      <translation>Im Schritt „Prüfen“ ausgelassen</translation>
    </message>
    <message>
      <source>Every date in '{column}' could be day-first or month-first; they were read day-first. Choose the date order in the mapping if that is wrong.</source>
      <translation>Jedes Datum in „{column}“ könnte mit Tag oder Monat zuerst stehen; sie wurden mit dem Tag zuerst gelesen. Wählen Sie in der Zuordnung die Datumsreihenfolge, falls das falsch ist.</translation>
    </message>
    <message numerus="yes">
      <source>%n event repeats an earlier row's user and name. With no timestamp column every event gets the same time, so {vendor} keeps only one of each; map a timestamp column to keep them.</source>
      <translation>
        <numerusform>%n Ereignis wiederholt Nutzer und Namen einer früheren Zeile. Ohne Zeitstempel-Spalte erhält jedes Ereignis dieselbe Zeit, daher behält {vendor} nur eines davon; ordnen Sie eine Zeitstempel-Spalte zu, um alle zu behalten.</numerusform>
        <numerusform>%n Ereignisse wiederholen Nutzer und Namen einer früheren Zeile. Ohne Zeitstempel-Spalte erhält jedes Ereignis dieselbe Zeit, daher behält {vendor} nur eines davon; ordnen Sie eine Zeitstempel-Spalte zu, um alle zu behalten.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n events repeat an earlier row's user and name. With no timestamp column every event gets the same time, so {vendor} keeps only one of each; map a timestamp column to keep them.</source>
      <translation>
        <numerusform>%n Ereignis wiederholt Nutzer und Namen einer früheren Zeile. Ohne Zeitstempel-Spalte erhält jedes Ereignis dieselbe Zeit, daher behält {vendor} nur eines davon; ordnen Sie eine Zeitstempel-Spalte zu, um alle zu behalten.</numerusform>
        <numerusform>%n Ereignisse wiederholen Nutzer und Namen einer früheren Zeile. Ohne Zeitstempel-Spalte erhält jedes Ereignis dieselbe Zeit, daher behält {vendor} von jedem nur eines; ordnen Sie eine Zeitstempel-Spalte zu, um alle zu behalten.</numerusform>
      </translation>
    </message>
    <message>
      <source>same {what} as an earlier row — {effect}</source>
      <translation>gleiche Angabe für {what} wie eine frühere Zeile – {effect}</translation>
    </message>
    <message>
      <source>{first}, {rest}</source>
      <translation>{first}, {rest}</translation>
    </message>
    <message>
      <source>values in every column</source>
      <translation>alle Spalten</translation>
    </message>
    <message>
      <source>the later row updates the same user</source>
      <translation>die spätere Zeile aktualisiert denselben Nutzer</translation>
    </message>
    <message>
      <source>VibeFollow keeps only one event per user, name and time</source>
      <translation>VibeFollow behält nur ein Ereignis je Nutzer, Name und Zeit</translation>
    </message>
    <message>
      <source>Ours Privacy would store the event twice</source>
      <translation>Ours Privacy würde das Ereignis doppelt speichern</translation>
    </message>
    <message>
      <source>FloKit would store the event twice</source>
      <translation>FloKit würde das Ereignis doppelt speichern</translation>
    </message>
    <message>
      <source>The destination could not take the row just then (its queue was unavailable), so it was not stored. Send the failed rows again later.</source>
      <translation>Das Ziel konnte die Zeile in dem Moment nicht annehmen (seine Warteschlange war nicht verfügbar), daher wurde sie nicht gespeichert. Senden Sie die fehlgeschlagenen Zeilen später erneut.</translation>
    </message>
    <message>
      <source>The destination was too busy to take the row. Send it again later.</source>
      <translation>Das Ziel war zu ausgelastet, um die Zeile anzunehmen. Senden Sie sie später erneut.</translation>
    </message>
    <message>
      <source>The destination asked Backfill to slow down and the row was not stored.</source>
      <translation>Das Ziel bat Backfill, langsamer zu senden, und die Zeile wurde nicht gespeichert.</translation>
    </message>
    <message>
      <source>Refused by the destination ({code})</source>
      <translation>Vom Ziel abgelehnt ({code})</translation>
    </message>
  </context>
  <context>
    <name>DataFrameModel</name>
    <message>
      <source>Row {row}, {column}: {problem}</source>
      <translation>Zeile {row}, {column}: {problem}</translation>
    </message>
    <message>
      <source>“{text}” is sent as “{sent}” (value map on the Map step)</source>
      <translation>„{text}“ wird als „{sent}“ gesendet (Wertzuordnung im Schritt „Zuordnen“)</translation>
    </message>
    <message>
      <source>Row {row} (excluded from the upload)</source>
      <translation>Zeile {row} (vom Upload ausgeschlossen)</translation>
    </message>
    <message>
      <source>Row {row}</source>
      <translation>Zeile {row}</translation>
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
    <message>
      <source>Sandbox — {destination}</source>
      <translation>Sandbox – {destination}</translation>
    </message>
    <message>
      <source>Profile</source>
      <translation>Profil</translation>
    </message>
  </context>
  <context>
    <name>DropZone</name>
    <message>
      <source>Browse…</source>
      <translation>Durchsuchen …</translation>
    </message>
    <message>
      <source>Drop a spreadsheet here, or {link}</source>
      <translation>Tabelle hier ablegen oder {link}</translation>
    </message>
    <message>
      <source>New here? Try a sample: {samples}</source>
      <translation>Zum ersten Mal hier? Probieren Sie ein Beispiel: {samples}</translation>
    </message>
    <message>
      <source>File name</source>
      <translation>Dateiname</translation>
    </message>
    <message>
      <source>Type the path of a spreadsheet, then Enter</source>
      <translation>Geben Sie den Pfad einer Tabelle ein, dann die Eingabetaste</translation>
    </message>
    <message>
      <source>or type its path here and press Enter</source>
      <translation>oder den Pfad hier eingeben und Eingabetaste drücken</translation>
    </message>
    <message>
      <source>File &amp;name</source>
      <translation>Datei&amp;name</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
      <source>Load the file named in the field</source>
      <translation>Die im Feld genannte Datei laden</translation>
    </message>
    <message>
      <source>B&amp;rowse…</source>
      <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
      <source>Choose a file in the Open dialog (Ctrl+O)</source>
      <translation>Eine Datei im Öffnen-Dialog wählen (Strg+O)</translation>
    </message>
  </context>
  <context>
    <name>DuplicateWarning</name>
    <message>
      <source>Send them again</source>
      <translation>Erneut senden</translation>
    </message>
    <message>
      <source>{n} of these {total} rows were already accepted by this destination on {day} — send them again?</source>
      <translation>{n} dieser {total} Zeilen hat dieses Ziel bereits am {day} angenommen – erneut senden?</translation>
    </message>
    <message>
      <source>{n} of these {total} rows were already accepted by this destination before — send them again?</source>
      <translation>{n} dieser {total} Zeilen hat dieses Ziel bereits früher angenommen – erneut senden?</translation>
    </message>
    <message>
      <source>The API may store them twice. Tick “Send them again” only if that is intended.</source>
      <translation>Die API speichert sie eventuell doppelt. Setzen Sie „Erneut senden“ nur, wenn das gewollt ist.</translation>
    </message>
  </context>
  <context>
    <name>EventPartPanel</name>
    <message>
      <source>Then-event</source>
      <translation>Folgeereignis</translation>
    </message>
    <message>
      <source>Problems of the then-event</source>
      <translation>Probleme des Folgeereignisses</translation>
    </message>
    <message>
      <source>Then-event rule</source>
      <translation>Regel des Folgeereignisses</translation>
    </message>
    <message>
      <source>Then-event ({name}): {rows} checked, {invalid} invalid</source>
      <translation>Folgeereignis ({name}): {rows} geprüft, {invalid} ungültig</translation>
    </message>
    <message>
      <source>A row whose event is invalid still sends its user; only its event is kept back and listed in the report.</source>
      <translation>Eine Zeile mit ungültigem Ereignis sendet ihren Nutzer trotzdem; nur ihr Ereignis wird zurückgehalten und im Bericht aufgeführt.</translation>
    </message>
    <message>
      <source>Then-event: not checked</source>
      <translation>Folgeereignis: nicht geprüft</translation>
    </message>
    <message>
      <source>Warning – these events are still sent</source>
      <translation>Warnung – diese Ereignisse werden trotzdem gesendet</translation>
    </message>
    <message>
      <source>Event not sent</source>
      <translation>Ereignis nicht gesendet</translation>
    </message>
    <message>
      <source>Event: {problem}</source>
      <translation>Ereignis: {problem}</translation>
    </message>
    <message>
      <source>Event note: {note}</source>
      <translation>Hinweis zum Ereignis: {note}</translation>
    </message>
    <message>
      <source>No event time column: every event is stamped {time}.</source>
      <translation>Keine Spalte für die Ereigniszeit: jedes Ereignis erhält den Zeitpunkt {time}.</translation>
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
      <translation>– nicht zugeordnet –</translation>
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
    <name>InsightPanel</name>
    <message>
      <source>{vendor} (sandbox)</source>
      <translation>{vendor} (Sandbox)</translation>
    </message>
    <message>
      <source>Who and when ▾</source>
      <translation>Wer und wann ▾</translation>
    </message>
    <message>
      <source>Users and event times of the rows that will be sent</source>
      <translation>Nutzer und Ereigniszeiten der Zeilen, die gesendet werden</translation>
    </message>
    <message>
      <source>Users in the file</source>
      <translation>Nutzer in der Datei</translation>
    </message>
    <message>
      <source>Counting users…</source>
      <translation>Nutzer werden gezählt …</translation>
    </message>
    <message>
      <source>No rows to send.</source>
      <translation>Keine Zeilen zu senden.</translation>
    </message>
    <message>
      <source>Who and when ▸</source>
      <translation>Wer und wann ▸</translation>
    </message>
    <message>
      <source>{users} in {rows}; rows per user: min {min}, median {median}, max {max}</source>
      <translation>{users} in {rows}; Zeilen je Nutzer: min. {min}, Median {median}, max. {max}</translation>
    </message>
    <message>
      <source>{new} of {distinct} users are new to {place}; {known} already accepted in an earlier upload</source>
      <translation>{new} von {distinct} Nutzern sind neu für {place}; {known} wurden bereits in einem früheren Upload angenommen</translation>
    </message>
    <message>
      <source>this destination</source>
      <translation>dieses Ziel</translation>
    </message>
    <message>
      <source>User ids that look like placeholders: {list}</source>
      <translation>Nutzer-IDs, die wie Platzhalter aussehen: {list}</translation>
    </message>
    <message>
      <source>'{text}' in {rows} (first: row {first})</source>
      <translation>„{text}“ in {rows} (erste: Zeile {first})</translation>
    </message>
    <message>
      <source>an empty id in {rows} (first: row {first})</source>
      <translation>eine leere ID in {rows} (erste: Zeile {first})</translation>
    </message>
    <message>
      <source> and </source>
      <translation> und </translation>
    </message>
    <message>
      <source>rows {numbers}</source>
      <translation>Zeilen {numbers}</translation>
    </message>
    <message>
      <source>{users} spelt more than one way (case or surrounding spaces): the API counts each spelling as another user, e.g. {examples}</source>
      <translation>{users} unterschiedlich geschrieben (Groß-/Kleinschreibung oder Leerzeichen am Rand): die API zählt jede Schreibweise als eigenen Nutzer, z. B. {examples}</translation>
    </message>
    <message numerus="yes">
      <source>%Ln distinct user(s)</source>
      <translation>
        <numerusform>%Ln eindeutiger Nutzer</numerusform>
        <numerusform>%Ln eindeutige Nutzer</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln user(s)</source>
      <translation>
        <numerusform>%Ln Nutzer</numerusform>
        <numerusform>%Ln Nutzer</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Launch</name>
    <message>
      <source>The details were saved to {log}.</source>
      <translation>Die Einzelheiten wurden in {log} gespeichert.</translation>
    </message>
    <message>
      <source>Something went wrong</source>
      <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
      <source>Backfill hit an unexpected problem and stopped what it was doing. Your file and any upload in progress are safe. {where}</source>
      <translation>Backfill ist auf ein unerwartetes Problem gestoßen und hat die laufende Arbeit beendet. Ihre Datei und ein laufender Upload sind sicher. {where}</translation>
    </message>
  </context>
  <context>
    <name>LoadError</name>
    <message>
      <source>{file} could not be read as a delimited text file.</source>
      <translation>{file} konnte nicht als Textdatei mit Trennzeichen gelesen werden.</translation>
    </message>
    <message>
      <source>Check that it is a CSV/TSV file; re-export it from the original program.</source>
      <translation>Prüfen Sie, ob es eine CSV-/TSV-Datei ist; exportieren Sie sie erneut aus dem ursprünglichen Programm.</translation>
    </message>
    <message>
      <source>'{delimiter}' cannot be used as a delimiter.</source>
      <translation>„{delimiter}“ kann nicht als Trennzeichen dienen.</translation>
    </message>
    <message>
      <source>Use a single character.</source>
      <translation>Verwenden Sie ein einzelnes Zeichen.</translation>
    </message>
    <message>
      <source>Row {row} is empty, so it cannot be the header row.</source>
      <translation>Zeile {row} ist leer und kann daher nicht die Kopfzeile sein.</translation>
    </message>
    <message>
      <source>Choose the row that holds the column names.</source>
      <translation>Wählen Sie die Zeile mit den Spaltennamen.</translation>
    </message>
    <message>
      <source>{file} has a quote (") that is never closed, so the rest of the file cannot be split into rows.</source>
      <translation>{file} enthält ein Anführungszeichen ("), das nie geschlossen wird; der Rest der Datei lässt sich daher nicht in Zeilen aufteilen.</translation>
    </message>
    <message>
      <source>Open the file in a text editor or Excel, fix the quotes, and save it again.</source>
      <translation>Öffnen Sie die Datei in einem Texteditor oder in Excel, korrigieren Sie die Anführungszeichen und speichern Sie sie erneut.</translation>
    </message>
    <message>
      <source>{file} contains characters that are not valid text in the chosen encoding.</source>
      <translation>{file} enthält Zeichen, die in der gewählten Codierung kein gültiger Text sind.</translation>
    </message>
    <message>
      <source>Choose another encoding (for example Windows-1252).</source>
      <translation>Wählen Sie eine andere Codierung (zum Beispiel Windows-1252).</translation>
    </message>
    <message>
      <source>{file} has a quote (") in row {row} that is never closed, so the rest of the file cannot be split into rows.</source>
      <translation>{file} enthält in Zeile {row} ein Anführungszeichen ("), das nie geschlossen wird; der Rest der Datei lässt sich daher nicht in Zeilen aufteilen.</translation>
    </message>
    <message>
      <source>The file {file} does not exist.</source>
      <translation>Die Datei {file} existiert nicht.</translation>
    </message>
    <message>
      <source>Check the path.</source>
      <translation>Prüfen Sie den Pfad.</translation>
    </message>
    <message>
      <source>{file} is a folder, not a file.</source>
      <translation>{file} ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
      <source>Choose a file.</source>
      <translation>Wählen Sie eine Datei.</translation>
    </message>
    <message>
      <source>Backfill is not allowed to read {file}.</source>
      <translation>Backfill darf {file} nicht lesen.</translation>
    </message>
    <message>
      <source>Check the file's permissions, or close it in other programs and try again.</source>
      <translation>Prüfen Sie die Berechtigungen der Datei oder schließen Sie sie in anderen Programmen und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <source>The file {file} could not be read ({reason}).</source>
      <translation>Die Datei {file} konnte nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
      <source>{file} is empty.</source>
      <translation>{file} ist leer.</translation>
    </message>
    <message>
      <source>Choose a file that holds data.</source>
      <translation>Wählen Sie eine Datei, die Daten enthält.</translation>
    </message>
    <message>
      <source>{file} holds no records.</source>
      <translation>{file} enthält keine Datensätze.</translation>
    </message>
    <message>
      <source>{file} is not valid text.</source>
      <translation>{file} ist kein gültiger Text.</translation>
    </message>
    <message>
      <source>Save it as UTF-8 JSON.</source>
      <translation>Speichern Sie sie als UTF-8-JSON.</translation>
    </message>
    <message>
      <source>{file} does not hold a list of records.</source>
      <translation>{file} enthält keine Liste von Datensätzen.</translation>
    </message>
    <message>
      <source>Backfill reads a JSON array of objects, like [{{"id": 1}}, {{"id": 2}}].</source>
      <translation>Backfill liest ein JSON-Array von Objekten, etwa [{{"id": 1}}, {{"id": 2}}].</translation>
    </message>
    <message>
      <source>Line {line} of {file} is not valid JSON.</source>
      <translation>Zeile {line} von {file} ist kein gültiges JSON.</translation>
    </message>
    <message>
      <source>Each line of an NDJSON file must be one complete JSON object.</source>
      <translation>Jede Zeile einer NDJSON-Datei muss ein vollständiges JSON-Objekt sein.</translation>
    </message>
    <message>
      <source>The header row must be 1 or more.</source>
      <translation>Die Kopfzeile muss 1 oder größer sein.</translation>
    </message>
    <message>
      <source>Row numbers start at 1.</source>
      <translation>Zeilennummern beginnen bei 1.</translation>
    </message>
    <message>
      <source>{file} is too large to load on this computer.</source>
      <translation>{file} ist zu groß, um auf diesem Computer geladen zu werden.</translation>
    </message>
    <message>
      <source>Split it into smaller files and load them one at a time.</source>
      <translation>Teilen Sie sie in kleinere Dateien auf und laden Sie diese nacheinander.</translation>
    </message>
    <message>
      <source>Backfill could not read {file} ({reason}).</source>
      <translation>Backfill konnte {file} nicht lesen ({reason}).</translation>
    </message>
    <message>
      <source>If it opens in Excel, save it again as .xlsx or CSV and load that copy.</source>
      <translation>Wenn sie sich in Excel öffnen lässt, speichern Sie sie erneut als .xlsx oder CSV und laden Sie diese Kopie.</translation>
    </message>
    <message>
      <source>Choose a file that has a header row and data.</source>
      <translation>Wählen Sie eine Datei mit Kopfzeile und Daten.</translation>
    </message>
    <message>
      <source>{file} does not look like a spreadsheet or text file (it contains binary data).</source>
      <translation>{file} sieht nicht wie eine Tabelle oder Textdatei aus (sie enthält Binärdaten).</translation>
    </message>
    <message>
      <source>Check that you picked the right file; export it as CSV or Excel if it came from another program.</source>
      <translation>Prüfen Sie, ob Sie die richtige Datei gewählt haben; exportieren Sie sie als CSV oder Excel, wenn sie aus einem anderen Programm stammt.</translation>
    </message>
    <message>
      <source>{file} is {what}, not a spreadsheet.</source>
      <translation>{file} ist {what}, keine Tabelle.</translation>
    </message>
    <message>
      <source>Export the data as CSV or Excel and load that file.</source>
      <translation>Exportieren Sie die Daten als CSV oder Excel und laden Sie diese Datei.</translation>
    </message>
    <message>
      <source>{file} cannot be read: '{encoding}' is not an encoding Backfill knows.</source>
      <translation>{file} kann nicht gelesen werden: „{encoding}“ ist keine Codierung, die Backfill kennt.</translation>
    </message>
    <message>
      <source>Leave the encoding on automatic, or pick one from the list.</source>
      <translation>Lassen Sie die Codierung auf automatisch oder wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
      <source>{file} is not a valid Excel or OpenDocument workbook.</source>
      <translation>{file} ist keine gültige Excel- oder OpenDocument-Arbeitsmappe.</translation>
    </message>
    <message>
      <source>Check the file; if it is really CSV, rename it to .csv.</source>
      <translation>Prüfen Sie die Datei; ist sie eigentlich CSV, benennen Sie sie in .csv um.</translation>
    </message>
    <message>
      <source>{file} is damaged or is not a workbook Backfill can read.</source>
      <translation>{file} ist beschädigt oder keine Arbeitsmappe, die Backfill lesen kann.</translation>
    </message>
    <message>
      <source>Open it in Excel or LibreOffice and save it again as .xlsx, or export it as CSV.</source>
      <translation>Öffnen Sie sie in Excel oder LibreOffice und speichern Sie sie erneut als .xlsx, oder exportieren Sie sie als CSV.</translation>
    </message>
    <message>
      <source>Choose a workbook that holds data.</source>
      <translation>Wählen Sie eine Arbeitsmappe, die Daten enthält.</translation>
    </message>
    <message>
      <source>{file} is password-protected.</source>
      <translation>{file} ist kennwortgeschützt.</translation>
    </message>
    <message>
      <source>Open it in Excel, save an unprotected copy, and load that copy.</source>
      <translation>Öffnen Sie sie in Excel, speichern Sie eine ungeschützte Kopie und laden Sie diese.</translation>
    </message>
    <message>
      <source>{file} has no sheets.</source>
      <translation>{file} hat keine Blätter.</translation>
    </message>
    <message>
      <source>Row {row} of sheet '{sheet}' is empty, so it cannot be the header row.</source>
      <translation>Zeile {row} des Blatts „{sheet}“ ist leer und kann daher nicht die Kopfzeile sein.</translation>
    </message>
    <message>
      <source>{file} is damaged or incomplete (the workbook is cut short).</source>
      <translation>{file} ist beschädigt oder unvollständig (die Arbeitsmappe bricht ab).</translation>
    </message>
    <message>
      <source>Copy or download the file again, or re-save it from Excel.</source>
      <translation>Kopieren oder laden Sie die Datei erneut herunter, oder speichern Sie sie in Excel neu.</translation>
    </message>
    <message>
      <source>{file} has no data rows below the header (row {row}); nothing to send.</source>
      <translation>{file} hat keine Datenzeilen unter der Kopfzeile (Zeile {row}); nichts zu senden.</translation>
    </message>
    <message>
      <source>Row {row} cannot be the header row of {file}: it is empty or beyond the top of the file.</source>
      <translation>Zeile {row} kann nicht die Kopfzeile von {file} sein: Sie ist leer oder liegt jenseits des Dateianfangs.</translation>
    </message>
    <message>
      <source>{file} has a quote (") near its end that is never closed, so the rest of the file cannot be split into rows.</source>
      <translation>{file} enthält nahe dem Ende ein Anführungszeichen ("), das nie geschlossen wird; der Rest der Datei lässt sich daher nicht in Zeilen aufteilen.</translation>
    </message>
    <message>
      <source>{file} has no header row: no line at the top holds column names.</source>
      <translation>{file} hat keine Kopfzeile: Keine Zeile am Anfang enthält Spaltennamen.</translation>
    </message>
    <message>
      <source>Check that the file holds data, or choose the header row yourself.</source>
      <translation>Prüfen Sie, ob die Datei Daten enthält, oder wählen Sie die Kopfzeile selbst.</translation>
    </message>
    <message>
      <source>{count} row of {file} has a different number of cells than the header ({cells}).</source>
      <translation>{count} Zeile von {file} hat eine andere Anzahl Zellen als die Kopfzeile ({cells}).</translation>
    </message>
    <message>
      <source>{count} rows of {file} have a different number of cells than the header ({cells}).</source>
      <translation>{count} Zeilen von {file} haben eine andere Anzahl Zellen als die Kopfzeile ({cells}).</translation>
    </message>
    <message>
      <source>{count} row of {file} (from line {line}) has a different number of cells than the header ({cells}).</source>
      <translation>{count} Zeile von {file} (ab Zeile {line}) hat eine andere Anzahl Zellen als die Kopfzeile ({cells}).</translation>
    </message>
    <message>
      <source>{count} rows of {file} (from line {line}) have a different number of cells than the header ({cells}).</source>
      <translation>{count} Zeilen von {file} (ab Zeile {line}) haben eine andere Anzahl Zellen als die Kopfzeile ({cells}).</translation>
    </message>
    <message>
      <source>{count} row of {file} has a different number of cells than the header ({cells}): row {rows} ({first}).</source>
      <translation>{count} Zeile von {file} hat eine andere Anzahl Zellen als die Kopfzeile ({cells}): Zeile {rows} ({first}).</translation>
    </message>
    <message>
      <source>{count} rows of {file} have a different number of cells than the header ({cells}): rows {rows} ({first}).</source>
      <translation>{count} Zeilen von {file} haben eine andere Anzahl Zellen als die Kopfzeile ({cells}): Zeilen {rows} ({first}).</translation>
    </message>
    <message>
      <source>row {row} has {count} cell</source>
      <translation>Zeile {row} hat {count} Zelle</translation>
    </message>
    <message>
      <source>row {row} has {count} cells</source>
      <translation>Zeile {row} hat {count} Zellen</translation>
    </message>
    <message>
      <source>A value probably contains an unquoted delimiter or line break. Fix those rows, or check that the delimiter and header row are right.</source>
      <translation>Vermutlich enthält ein Wert ein Trennzeichen oder einen Zeilenumbruch ohne Anführungszeichen. Korrigieren Sie diese Zeilen, oder prüfen Sie, ob Trennzeichen und Kopfzeile stimmen.</translation>
    </message>
    <message>
      <source>{file} has no header row: its first line is empty.</source>
      <translation>{file} hat keine Kopfzeile: Die erste Zeile ist leer.</translation>
    </message>
    <message>
      <source>{file} has no header row: the first {count} lines are empty.</source>
      <translation>{file} hat keine Kopfzeile: Die ersten {count} Zeilen sind leer.</translation>
    </message>
    <message>
      <source>{file} has no header row: no line at the top could be read.</source>
      <translation>{file} hat keine Kopfzeile: Am Anfang der Datei ließ sich keine Zeile lesen.</translation>
    </message>
    <message>
      <source>Row {row} cannot be the header: the file has only {count} row near the top.</source>
      <translation>Zeile {row} kann nicht die Kopfzeile sein: Am Anfang der Datei steht nur {count} Zeile.</translation>
    </message>
    <message>
      <source>Row {row} cannot be the header: the file has only {count} rows near the top.</source>
      <translation>Zeile {row} kann nicht die Kopfzeile sein: Am Anfang der Datei stehen nur {count} Zeilen.</translation>
    </message>
    <message>
      <source>Choose a header row that holds the column names.</source>
      <translation>Wählen Sie eine Kopfzeile, die die Spaltennamen enthält.</translation>
    </message>
    <message>
      <source>{file} is UTF-16 text with a damaged character at byte {byte} (one half of a two-part character is missing), so it cannot be read safely.</source>
      <translation>{file} ist UTF-16-Text mit einem beschädigten Zeichen bei Byte {byte} (eine Hälfte eines zweiteiligen Zeichens fehlt) und lässt sich daher nicht sicher lesen.</translation>
    </message>
    <message>
      <source>{file} cannot be read as {encoding}: the bytes at byte {byte} do not fit it.</source>
      <translation>{file} kann nicht als {encoding} gelesen werden: Die Bytes ab Byte {byte} passen nicht dazu.</translation>
    </message>
    <message>
      <source>{file} is not valid {encoding} text: the bytes at byte {byte} do not fit it.</source>
      <translation>{file} ist kein gültiger {encoding}-Text: Die Bytes ab Byte {byte} passen nicht dazu.</translation>
    </message>
    <message>
      <source>Open it in the program that made it and save it again as UTF-8 CSV.</source>
      <translation>Öffnen Sie sie in dem Programm, mit dem sie erstellt wurde, und speichern Sie sie erneut als CSV in UTF-8.</translation>
    </message>
    <message>
      <source>Leave the encoding on automatic, or pick the one the file was saved with.</source>
      <translation>Lassen Sie die Codierung auf automatisch, oder wählen Sie die, mit der die Datei gespeichert wurde.</translation>
    </message>
    <message>
      <source>{file} is not valid JSON (line {line}, column {column}).</source>
      <translation>{file} ist kein gültiges JSON (Zeile {line}, Spalte {column}).</translation>
    </message>
    <message>
      <source>Check that the file is complete; a JSON file must be one array of objects.</source>
      <translation>Prüfen Sie, ob die Datei vollständig ist; eine JSON-Datei muss ein einziges Array von Objekten sein.</translation>
    </message>
    <message>
      <source>{count} record of {file} is not an object: {records}.</source>
      <translation>{count} Datensatz von {file} ist kein Objekt: {records}.</translation>
    </message>
    <message>
      <source>{count} records of {file} are not objects: {records}.</source>
      <translation>{count} Datensätze von {file} sind keine Objekte: {records}.</translation>
    </message>
    <message>
      <source>Every record must be an object with named fields.</source>
      <translation>Jeder Datensatz muss ein Objekt mit benannten Feldern sein.</translation>
    </message>
    <message>
      <source>{file} has no sheet named '{sheet}'.</source>
      <translation>{file} hat kein Blatt namens „{sheet}“.</translation>
    </message>
    <message>
      <source>Sheets in this workbook: {sheets}.</source>
      <translation>Blätter in dieser Arbeitsmappe: {sheets}.</translation>
    </message>
    <message>
      <source>Sheet '{sheet}' of {file} is a chart, not a table of cells.</source>
      <translation>Das Blatt „{sheet}“ von {file} ist ein Diagramm, keine Tabelle mit Zellen.</translation>
    </message>
    <message>
      <source>Choose a sheet that holds data: {sheets}.</source>
      <translation>Wählen Sie ein Blatt, das Daten enthält: {sheets}.</translation>
    </message>
    <message>
      <source>Sheet '{sheet}' of {file} is empty.</source>
      <translation>Das Blatt „{sheet}“ von {file} ist leer.</translation>
    </message>
    <message>
      <source>Sheet '{sheet}' of {file} has no values.</source>
      <translation>Das Blatt „{sheet}“ von {file} enthält keine Werte.</translation>
    </message>
    <message>
      <source>Choose another sheet.</source>
      <translation>Wählen Sie ein anderes Blatt.</translation>
    </message>
    <message>
      <source>Row {row} cannot be the header: sheet '{sheet}' has {count} row.</source>
      <translation>Zeile {row} kann nicht die Kopfzeile sein: Das Blatt „{sheet}“ hat {count} Zeile.</translation>
    </message>
    <message>
      <source>Row {row} cannot be the header: sheet '{sheet}' has {count} rows.</source>
      <translation>Zeile {row} kann nicht die Kopfzeile sein: Das Blatt „{sheet}“ hat {count} Zeilen.</translation>
    </message>
    <message>
      <source>a PDF document</source>
      <translation>ein PDF-Dokument</translation>
    </message>
    <message>
      <source>a PNG image</source>
      <translation>ein PNG-Bild</translation>
    </message>
    <message>
      <source>a JPEG image</source>
      <translation>ein JPEG-Bild</translation>
    </message>
    <message>
      <source>a GIF image</source>
      <translation>ein GIF-Bild</translation>
    </message>
    <message>
      <source>a gzip archive</source>
      <translation>ein gzip-Archiv</translation>
    </message>
    <message>
      <source>a RAR archive</source>
      <translation>ein RAR-Archiv</translation>
    </message>
    <message>
      <source>a 7-Zip archive</source>
      <translation>ein 7-Zip-Archiv</translation>
    </message>
    <message>
      <source>a SQLite database</source>
      <translation>eine SQLite-Datenbank</translation>
    </message>
    <message>
      <source>a program file</source>
      <translation>eine Programmdatei</translation>
    </message>
    <message>
      <source>a Windows program file</source>
      <translation>eine Windows-Programmdatei</translation>
    </message>
  </context>
  <context>
    <name>LoadNote</name>
    <message>
      <source>'{name}'</source>
      <translation>„{name}“</translation>
    </message>
    <message>
      <source>The first line 'sep={hint}' is Excel's delimiter hint: the file is read as {delimiter}-separated and, as in Excel, that line is hidden and not counted as a row.</source>
      <translation>Die erste Zeile „sep={hint}“ ist Excels Hinweis auf das Trennzeichen: Die Datei wird mit dem Trennzeichen {delimiter} gelesen, und wie in Excel wird diese Zeile ausgeblendet und nicht als Zeile gezählt.</translation>
    </message>
    <message>
      <source>comma</source>
      <translation>Komma</translation>
    </message>
    <message>
      <source>semicolon</source>
      <translation>Semikolon</translation>
    </message>
    <message>
      <source>tab</source>
      <translation>Tabulator</translation>
    </message>
    <message>
      <source>pipe</source>
      <translation>senkrechter Strich</translation>
    </message>
    <message>
      <source>The file is not UTF-8; it was read as {encoding}. If accented letters look wrong, choose another encoding.</source>
      <translation>Die Datei ist nicht in UTF-8; sie wurde als {encoding} gelesen. Wenn Umlaute oder Akzente falsch aussehen, wählen Sie eine andere Codierung.</translation>
    </message>
    <message>
      <source>{file} is really {kind}, whatever its name says; it was read as one.</source>
      <translation>{file} ist in Wirklichkeit {kind}, auch wenn der Name etwas anderes sagt; die Datei wurde als solche gelesen.</translation>
    </message>
    <message>
      <source>an Excel workbook (XLSX)</source>
      <translation>eine Excel-Arbeitsmappe (XLSX)</translation>
    </message>
    <message>
      <source>an Excel workbook (XLSM)</source>
      <translation>eine Excel-Arbeitsmappe (XLSM)</translation>
    </message>
    <message>
      <source>an Excel binary workbook (XLSB)</source>
      <translation>eine binäre Excel-Arbeitsmappe (XLSB)</translation>
    </message>
    <message>
      <source>an XLS workbook (Excel 97–2003)</source>
      <translation>eine XLS-Arbeitsmappe (Excel 97–2003)</translation>
    </message>
    <message>
      <source>an OpenDocument spreadsheet (ODS)</source>
      <translation>eine OpenDocument-Tabelle (ODS)</translation>
    </message>
    <message>
      <source>Skipped {count} empty row: {rows}.</source>
      <translation>{count} leere Zeile übersprungen: {rows}.</translation>
    </message>
    <message>
      <source>Skipped {count} empty rows: {rows}.</source>
      <translation>{count} leere Zeilen übersprungen: {rows}.</translation>
    </message>
    <message>
      <source>There are no data rows below the header (row {row}).</source>
      <translation>Unter der Kopfzeile (Zeile {row}) stehen keine Datenzeilen.</translation>
    </message>
    <message>
      <source>There are no data rows.</source>
      <translation>Es gibt keine Datenzeilen.</translation>
    </message>
    <message>
      <source>Every sheet of {file} is hidden in Excel; loaded '{sheet}', the first one. Check that it is the sheet you want.</source>
      <translation>Alle Blätter von {file} sind in Excel ausgeblendet; geladen wurde „{sheet}“, das erste. Prüfen Sie, ob es das gewünschte Blatt ist.</translation>
    </message>
    <message>
      <source>Loaded sheet '{sheet}', the one the workbook opens on in Excel (its active tab).</source>
      <translation>Geladen wurde das Blatt „{sheet}“, mit dem die Arbeitsmappe in Excel öffnet (ihr aktives Blatt).</translation>
    </message>
    <message>
      <source>Loaded sheet '{sheet}', the first visible one; {hidden} is hidden in Excel.</source>
      <translation>Geladen wurde das Blatt „{sheet}“, das erste sichtbare; {hidden} ist in Excel ausgeblendet.</translation>
    </message>
    <message>
      <source>Loaded sheet '{sheet}', the first visible one; {hidden} are hidden in Excel.</source>
      <translation>Geladen wurde das Blatt „{sheet}“, das erste sichtbare; {hidden} sind in Excel ausgeblendet.</translation>
    </message>
    <message>
      <source>in column '{column}'</source>
      <translation>in der Spalte „{column}“</translation>
    </message>
    <message>
      <source>in columns {columns}</source>
      <translation>in den Spalten {columns}</translation>
    </message>
    <message>
      <source>'{column}' ({count})</source>
      <translation>„{column}“ ({count})</translation>
    </message>
    <message>
      <source>{count} formula cell {where} has no saved value and read empty — open the file in Excel and save it again.</source>
      <translation>{count} Formelzelle {where} hat keinen gespeicherten Wert und wird leer gelesen – öffnen Sie die Datei in Excel und speichern Sie sie erneut.</translation>
    </message>
    <message>
      <source>{count} formula cells {where} have no saved value and read empty — open the file in Excel and save it again.</source>
      <translation>{count} Formelzellen {where} haben keinen gespeicherten Wert und werden leer gelesen – öffnen Sie die Datei in Excel und speichern Sie sie erneut.</translation>
    </message>
    <message>
      <source>At least {count} formula cell {where} has no saved value and read empty — open the file in Excel and save it again.</source>
      <translation>Mindestens {count} Formelzelle {where} hat keinen gespeicherten Wert und wird leer gelesen – öffnen Sie die Datei in Excel und speichern Sie sie erneut.</translation>
    </message>
    <message>
      <source>At least {count} formula cells {where} have no saved value and read empty — open the file in Excel and save it again.</source>
      <translation>Mindestens {count} Formelzellen {where} haben keinen gespeicherten Wert und werden leer gelesen – öffnen Sie die Datei in Excel und speichern Sie sie erneut.</translation>
    </message>
    <message>
      <source>Opening {file}</source>
      <translation>{file} wird geöffnet</translation>
    </message>
    <message>
      <source>Reading sheet '{sheet}' of {file}</source>
      <translation>Blatt „{sheet}“ von {file} wird gelesen</translation>
    </message>
    <message>
      <source>Reading the first sheet of {file}</source>
      <translation>Erstes Blatt von {file} wird gelesen</translation>
    </message>
    <message>
      <source>Reading {file} — {count} row</source>
      <translation>{file} wird gelesen – {count} Zeile</translation>
    </message>
    <message>
      <source>Reading {file} — {count} rows</source>
      <translation>{file} wird gelesen – {count} Zeilen</translation>
    </message>
    <message>
      <source>Read {count} row</source>
      <translation>{count} Zeile gelesen</translation>
    </message>
    <message>
      <source>Read {count} rows</source>
      <translation>{count} Zeilen gelesen</translation>
    </message>
  </context>
  <context>
    <name>LoadPage</name>
    <message>
      <source>CSV (delimited text)</source>
      <translation>CSV (Text mit Trennzeichen)</translation>
    </message>
    <message>
      <source>TSV (tab-separated text)</source>
      <translation>TSV (tabulatorgetrennter Text)</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <source>Excel workbook (.xlsx)</source>
      <translation>Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
      <source>Excel workbook with macros (.xlsm)</source>
      <translation>Excel-Arbeitsmappe mit Makros (.xlsm)</translation>
    </message>
    <message>
      <source>Excel 97–2003 workbook (.xls)</source>
      <translation>Excel-97–2003-Arbeitsmappe (.xls)</translation>
    </message>
    <message>
      <source>OpenDocument spreadsheet (.ods)</source>
      <translation>OpenDocument-Tabelle (.ods)</translation>
    </message>
    <message>
      <source>JSON lines</source>
      <translation>JSON-Zeilen</translation>
    </message>
    <message>
      <source>comma</source>
      <translation>Komma</translation>
    </message>
    <message>
      <source>semicolon</source>
      <translation>Semikolon</translation>
    </message>
    <message>
      <source>tab</source>
      <translation>Tabulator</translation>
    </message>
    <message>
      <source>pipe</source>
      <translation>senkrechter Strich</translation>
    </message>
    <message>
      <source>Comma</source>
      <translation>Komma</translation>
    </message>
    <message>
      <source>Semicolon</source>
      <translation>Semikolon</translation>
    </message>
    <message>
      <source>Tab</source>
      <translation>Tabulator</translation>
    </message>
    <message>
      <source>Pipe</source>
      <translation>Senkrechter Strich</translation>
    </message>
    <message>
      <source>{rows} × {columns}</source>
      <translation>{rows} × {columns}</translation>
    </message>
    <message numerus="yes">
      <source>%Ln column(s)</source>
      <translation>
        <numerusform>%Ln Spalte</numerusform>
        <numerusform>%Ln Spalten</numerusform>
      </translation>
    </message>
    <message>
      <source>no data rows</source>
      <translation>keine Datenzeilen</translation>
    </message>
    <message numerus="yes">
      <source>%Ln row(s)</source>
      <translation>
        <numerusform>%Ln Zeile</numerusform>
        <numerusform>%Ln Zeilen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>First {shown} of %Ln row(s)</source>
      <translation>
        <numerusform>Erste {shown} von %Ln Zeile</numerusform>
        <numerusform>Erste {shown} von %Ln Zeilen</numerusform>
      </translation>
    </message>
    <message>
      <source>The only row</source>
      <translation>Die einzige Zeile</translation>
    </message>
    <message numerus="yes">
      <source>All %Ln row(s)</source>
      <translation>
        <numerusform>Die %Ln Zeile</numerusform>
        <numerusform>Alle %Ln Zeilen</numerusform>
      </translation>
    </message>
    <message>
      <source>No data rows below the header</source>
      <translation>Keine Datenzeilen unter der Kopfzeile</translation>
    </message>
    <message>
      <source>Excel, OpenDocument, CSV, text and JSON files: {kinds}</source>
      <translation>Excel-, OpenDocument-, CSV-, Text- und JSON-Dateien: {kinds}</translation>
    </message>
    <message>
      <source>{sheet} (hidden in Excel)</source>
      <translation>{sheet} (in Excel ausgeblendet)</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Datei</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Dateiformat</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Größe</translation>
    </message>
    <message>
      <source>Encoding</source>
      <translation>Codierung</translation>
    </message>
    <message>
      <source>Delimiter</source>
      <translation>Trennzeichen</translation>
    </message>
    <message>
      <source>Sheet</source>
      <translation>Blatt</translation>
    </message>
    <message>
      <source>Load a spreadsheet</source>
      <translation>Tabelle laden</translation>
    </message>
    <message>
      <source>Recent files</source>
      <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
      <source>First rows of the file</source>
      <translation>Erste Zeilen der Datei</translation>
    </message>
    <message>
      <source>Which sheet of the workbook to read</source>
      <translation>Welches Blatt der Arbeitsmappe gelesen wird</translation>
    </message>
    <message>
      <source>Header row</source>
      <translation>Kopfzeile</translation>
    </message>
    <message>
      <source>The spreadsheet row that holds the column names</source>
      <translation>Die Zeile der Tabelle mit den Spaltennamen</translation>
    </message>
    <message>
      <source>Detect automatically</source>
      <translation>Automatisch erkennen</translation>
    </message>
    <message>
      <source>Change this if letters like é or ü look wrong</source>
      <translation>Ändern Sie dies, wenn Buchstaben wie é oder ü falsch aussehen</translation>
    </message>
    <message>
      <source>What separates the columns in a text file</source>
      <translation>Was die Spalten in einer Textdatei trennt</translation>
    </message>
    <message>
      <source>&amp;Sheet</source>
      <translation>&amp;Blatt</translation>
    </message>
    <message>
      <source>&amp;Header row</source>
      <translation>&amp;Kopfzeile</translation>
    </message>
    <message>
      <source>&amp;Encoding</source>
      <translation>&amp;Codierung</translation>
    </message>
    <message>
      <source>&amp;Delimiter</source>
      <translation>&amp;Trennzeichen</translation>
    </message>
    <message>
      <source>Open another file…</source>
      <translation>Andere Datei öffnen …</translation>
    </message>
    <message>
      <source>Loading… the next step opens when the file is read.</source>
      <translation>Wird geladen … der nächste Schritt öffnet sich, sobald die Datei gelesen ist.</translation>
    </message>
    <message>
      <source>Load a file to continue: drop it here, or press Ctrl+O.</source>
      <translation>Laden Sie eine Datei, um fortzufahren: hier ablegen oder Strg+O drücken.</translation>
    </message>
    <message>
      <source>Open a spreadsheet</source>
      <translation>Tabelle öffnen</translation>
    </message>
    <message>
      <source>“{file}” is a folder, not a file.</source>
      <translation>„{file}“ ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
      <source>Open the folder and choose the spreadsheet inside it.</source>
      <translation>Öffnen Sie den Ordner und wählen Sie die Tabelle darin.</translation>
    </message>
    <message>
      <source>“{file}” could not be found.</source>
      <translation>„{file}“ wurde nicht gefunden.</translation>
    </message>
    <message>
      <source>It may have been moved, renamed or deleted.</source>
      <translation>Sie wurde vielleicht verschoben, umbenannt oder gelöscht.</translation>
    </message>
    <message>
      <source>Opening {file}…</source>
      <translation>{file} wird geöffnet …</translation>
    </message>
    <message>
      <source>Loading {file}…</source>
      <translation>{file} wird geladen …</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>Wird abgebrochen …</translation>
    </message>
    <message>
      <source>Loaded {file}: {size}</source>
      <translation>{file} geladen: {size}</translation>
    </message>
    <message>
      <source>{file} could not be loaded.</source>
      <translation>{file} konnte nicht geladen werden.</translation>
    </message>
    <message>
      <source>Could not load {file}</source>
      <translation>{file} konnte nicht geladen werden</translation>
    </message>
    <message>
      <source>The file could not be loaded.</source>
      <translation>Die Datei konnte nicht geladen werden.</translation>
    </message>
    <message>
      <source>Could not load the file</source>
      <translation>Die Datei konnte nicht geladen werden</translation>
    </message>
    <message>
      <source>Loading was cancelled.</source>
      <translation>Das Laden wurde abgebrochen.</translation>
    </message>
    <message>
      <source>The previous file is still loaded.</source>
      <translation>Die vorherige Datei ist noch geladen.</translation>
    </message>
    <message>
      <source>Loading cancelled</source>
      <translation>Laden abgebrochen</translation>
    </message>
    <message>
      <source>No recent files</source>
      <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
      <source>{sheet} — {rows}</source>
      <translation>{sheet} – {rows}</translation>
    </message>
    <message>
      <source>⚠ This sheet has {rows}. '{sheet}' holds {other}: choose it in the Sheet list.</source>
      <translation>⚠ Dieses Blatt hat {rows}. „{sheet}“ enthält {other}: Wählen Sie es in der Liste „Blatt“.</translation>
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
      <source>{step} needs the earlier steps first.</source>
      <translation>„{step}“ braucht zuerst die vorherigen Schritte.</translation>
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
      <source>Backfill — spreadsheets into analytics APIs.</source>
      <translation>Backfill – Tabellen in Analyse-APIs.</translation>
    </message>
    <message>
      <source>Not now</source>
      <translation>Jetzt nicht</translation>
    </message>
    <message>
      <source>{file} can’t be loaded yet. {reason}</source>
      <translation>{file} kann noch nicht geladen werden. {reason}</translation>
    </message>
    <message>
      <source>Another file can’t be opened now. {reason}</source>
      <translation>Eine andere Datei kann jetzt nicht geöffnet werden. {reason}</translation>
    </message>
    <message>
      <source>Sandbox</source>
      <translation>Sandbox</translation>
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
    <message>
      <source>Ne&amp;xt ▶</source>
      <translation>&amp;Weiter ▶</translation>
    </message>
    <message>
      <source>Ne&amp;xt: Map ▶</source>
      <translation>&amp;Weiter: Zuordnen ▶</translation>
    </message>
    <message>
      <source>Ne&amp;xt: Review ▶</source>
      <translation>&amp;Weiter: Prüfen ▶</translation>
    </message>
    <message>
      <source>Ne&amp;xt: Upload ▶</source>
      <translation>&amp;Weiter: Hochladen ▶</translation>
    </message>
    <message>
      <source>Ne&amp;xt: Report ▶</source>
      <translation>&amp;Weiter: Bericht ▶</translation>
    </message>
    <message>
      <source>&amp;Start upload ▶</source>
      <translation>Upload &amp;starten ▶</translation>
    </message>
    <message>
      <source>&amp;Resume upload ▶</source>
      <translation>Upload &amp;fortsetzen ▶</translation>
    </message>
    <message>
      <source>&amp;Continue upload ▶</source>
      <translation>Mit dem Upload &amp;fortfahren ▶</translation>
    </message>
    <message>
      <source>&amp;Pause</source>
      <translation>&amp;Anhalten</translation>
    </message>
    <message>
      <source>&amp;Resume</source>
      <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
      <source>Preparing…</source>
      <translation>Wird vorbereitet …</translation>
    </message>
    <message>
      <source>&amp;Import another file ▶</source>
      <translation>&amp;Weitere Datei importieren ▶</translation>
    </message>
    <message>
      <source>Backfill — {file} → {destination}</source>
      <translation>Backfill – {file} → {destination}</translation>
    </message>
    <message>
      <source>Backfill — file → {destination}</source>
      <translation>Backfill – Datei → {destination}</translation>
    </message>
    <message>
      <source>{title} · job {job}</source>
      <translation>{title} · Auftrag {job}</translation>
    </message>
    <message>
      <source>{title} [PRODUCTION]</source>
      <translation>{title} [PRODUKTION]</translation>
    </message>
    <message>
      <source>Fixing {rows}</source>
      <translation>Korrektur: {rows}</translation>
    </message>
    <message>
      <source>File: {file}</source>
      <translation>Datei: {file}</translation>
    </message>
    <message>
      <source>Destination: {destination} ({profile})</source>
      <translation>Ziel: {destination} ({profile})</translation>
    </message>
    <message numerus="yes">
      <source>%Ln row(s)</source>
      <translation>
        <numerusform>%Ln Zeile</numerusform>
        <numerusform>%Ln Zeilen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln problem(s)</source>
      <translation>
        <numerusform>%Ln Problem</numerusform>
        <numerusform>%Ln Probleme</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln excluded</source>
      <translation>
        <numerusform>%Ln ausgeschlossen</numerusform>
        <numerusform>%Ln ausgeschlossen</numerusform>
      </translation>
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
    <name>OutcomeModel</name>
    <message>
      <source>Row</source>
      <translation>Zeile</translation>
    </message>
    <message>
      <source>Part</source>
      <translation>Teil</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Ergebnis</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Feld</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Grund</translation>
    </message>
    <message>
      <source>Other part</source>
      <translation>Anderer Teil</translation>
    </message>
  </context>
  <context>
    <name>PairReport</name>
    <message>
      <source>No row of the file was refused.</source>
      <translation>Keine Zeile der Datei wurde abgelehnt.</translation>
    </message>
    <message numerus="yes">
      <source>All %Ln row(s) not delivered whole</source>
      <translation>
        <numerusform>Die %Ln nicht vollständig zugestellte Zeile</numerusform>
        <numerusform>Alle %Ln nicht vollständig zugestellten Zeilen</numerusform>
      </translation>
    </message>
    <message>
      <source>Open the rows refused in either part in Review to fix them; their users are sent again (an update, never twice), then their events</source>
      <translation>Die in einem der Teile abgelehnten Zeilen in der Prüfung öffnen, um sie zu korrigieren; ihre Nutzer werden erneut gesendet (eine Aktualisierung, nie doppelt), danach ihre Ereignisse</translation>
    </message>
    <message numerus="yes">
      <source>%Ln row(s) of {file} not delivered whole</source>
      <translation>
        <numerusform>%Ln nicht vollständig zugestellte Zeile von {file}</numerusform>
        <numerusform>%Ln nicht vollständig zugestellte Zeilen von {file}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Opened %Ln row(s) not delivered whole for fixing. Their users go again as an update (tick “Send them again” on Upload), then their events.</source>
      <translation>
        <numerusform>%Ln nicht vollständig zugestellte Zeile zum Korrigieren geöffnet. Ihr Nutzer wird als Aktualisierung erneut gesendet (beim Hochladen „Erneut senden“ ankreuzen), danach sein Ereignis.</numerusform>
        <numerusform>%Ln nicht vollständig zugestellte Zeilen zum Korrigieren geöffnet. Ihre Nutzer werden als Aktualisierung erneut gesendet (beim Hochladen „Erneut senden“ ankreuzen), danach ihre Ereignisse.</numerusform>
      </translation>
    </message>
    <message>
      <source>User</source>
      <translation>Nutzer</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>Ereignis</translation>
    </message>
    <message>
      <source>{n} waiting for their user</source>
      <translation>{n} warten auf ihren Nutzer</translation>
    </message>
    <message>
      <source>Users: {counts}</source>
      <translation>Nutzer: {counts}</translation>
    </message>
    <message>
      <source>Events: {counts}</source>
      <translation>Ereignisse: {counts}</translation>
    </message>
    <message>
      <source>Every user and its event was delivered</source>
      <translation>Jeder Nutzer und sein Ereignis wurden zugestellt</translation>
    </message>
    <message numerus="yes">
      <source>Stopped: %Ln row(s) still to send</source>
      <translation>
        <numerusform>Angehalten: %Ln Zeile noch zu senden</numerusform>
        <numerusform>Angehalten: %Ln Zeilen noch zu senden</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Not finished: %Ln row(s) still to send</source>
      <translation>
        <numerusform>Nicht fertig: %Ln Zeile noch zu senden</numerusform>
        <numerusform>Nicht fertig: %Ln Zeilen noch zu senden</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Done with problems: %Ln row(s) not delivered whole</source>
      <translation>
        <numerusform>Fertig mit Problemen: %Ln Zeile nicht vollständig zugestellt</numerusform>
        <numerusform>Fertig mit Problemen: %Ln Zeilen nicht vollständig zugestellt</numerusform>
      </translation>
    </message>
    <message>
      <source>{users}, then {events}</source>
      <translation>{users}, danach {events}</translation>
    </message>
    <message>
      <source>Event: waits for its user</source>
      <translation>Ereignis: wartet auf seinen Nutzer</translation>
    </message>
    <message>
      <source>Event: not sent</source>
      <translation>Ereignis: nicht gesendet</translation>
    </message>
    <message>
      <source>Event: {state}</source>
      <translation>Ereignis: {state}</translation>
    </message>
    <message>
      <source>User: accepted</source>
      <translation>Nutzer: angenommen</translation>
    </message>
    <message>
      <source>User: {state}</source>
      <translation>Nutzer: {state}</translation>
    </message>
    <message>
      <source>{rows} {outcome} · their event</source>
      <translation>{rows} {outcome} · ihr Ereignis</translation>
    </message>
    <message>
      <source>{rows} {outcome} · their user</source>
      <translation>{rows} {outcome} · ihr Nutzer</translation>
    </message>
    <message numerus="yes">
      <source>Then their events: {done} of %Ln row(s) done</source>
      <translation>
        <numerusform>Danach ihre Ereignisse: {done} von %Ln Zeile erledigt</numerusform>
        <numerusform>Danach ihre Ereignisse: {done} von %Ln Zeilen erledigt</numerusform>
      </translation>
    </message>
    <message>
      <source>This upload was still being prepared with its events when Backfill stopped. Nothing of it was sent, and it has been removed.</source>
      <translation>Dieser Upload wurde noch mit seinen Ereignissen vorbereitet, als Backfill beendet wurde. Nichts davon wurde gesendet, und er wurde entfernt.</translation>
    </message>
    <message>
      <source>Load the file again to upload it.</source>
      <translation>Laden Sie die Datei erneut, um sie hochzuladen.</translation>
    </message>
    <message>
      <source>{rows} rows of job {job} not delivered whole, with their original row numbers; users already accepted are sent again as an update (never twice), then their events.</source>
      <translation>{rows} nicht vollständig zugestellte Zeilen des Auftrags {job}, mit ihren ursprünglichen Zeilennummern; bereits angenommene Nutzer werden als Aktualisierung erneut gesendet (nie doppelt), danach ihre Ereignisse.</translation>
    </message>
  </context>
  <context>
    <name>ProblemCard</name>
    <message>
      <source>&lt;b&gt;{rows}&lt;/b&gt;: {problem}</source>
      <translation>&lt;b&gt;{rows}&lt;/b&gt;: {problem}</translation>
    </message>
    <message>
      <source>{problem}. {detail}.</source>
      <translation>{problem}. {detail}.</translation>
    </message>
    <message>
      <source>Show rows</source>
      <translation>Zeilen zeigen</translation>
    </message>
    <message>
      <source>Change the mapping's cleaning for this field and check again</source>
      <translation>Die Bereinigung dieses Felds in der Zuordnung ändern und erneut prüfen</translation>
    </message>
    <message>
      <source>Exclude rows</source>
      <translation>Zeilen ausschließen</translation>
    </message>
    <message>
      <source>Leave these rows out of the upload</source>
      <translation>Diese Zeilen nicht hochladen</translation>
    </message>
    <message>
      <source>{tip}: {sentence}</source>
      <translation>{tip}: {sentence}</translation>
    </message>
    <message>
      <source>row {numbers}</source>
      <translation>Zeile {numbers}</translation>
    </message>
    <message>
      <source>rows {numbers}</source>
      <translation>Zeilen {numbers}</translation>
    </message>
    <message>
      <source>Warning — these rows are still sent</source>
      <translation>Warnung – diese Zeilen werden trotzdem gesendet</translation>
    </message>
    <message>
      <source>Not sent</source>
      <translation>Nicht gesendet</translation>
    </message>
    <message>
      <source>{kind} · column '{column}' · {rows}</source>
      <translation>{kind} · Spalte „{column}“ · {rows}</translation>
    </message>
    <message>
      <source>{kind} · {rows}</source>
      <translation>{kind} · {rows}</translation>
    </message>
  </context>
  <context>
    <name>ProfileBadge</name>
    <message>
      <source>PRODUCTION</source>
      <translation>PRODUKTION</translation>
    </message>
    <message>
      <source>STAGING</source>
      <translation>STAGING</translation>
    </message>
    <message>
      <source>{kind} — {name}</source>
      <translation>{kind} – {name}</translation>
    </message>
    <message>
      <source>Records go to a real API. Uploads cannot be undone.</source>
      <translation>Die Datensätze gehen an eine echte API. Uploads lassen sich nicht rückgängig machen.</translation>
    </message>
    <message>
      <source>Records go to a test copy of the real API.</source>
      <translation>Die Datensätze gehen an eine Testkopie der echten API.</translation>
    </message>
    <message>
      <source>Records go to the local test server; nothing leaves this computer.</source>
      <translation>Die Datensätze gehen an den lokalen Testserver; nichts verlässt diesen Computer.</translation>
    </message>
  </context>
  <context>
    <name>ProfileBanner</name>
    <message>
      <source>Sandbox</source>
      <translation>Sandbox</translation>
    </message>
    <message>
      <source>{profile}. Rows go to the real API at {url}.</source>
      <translation>{profile}. Die Zeilen gehen an die echte API unter {url}.</translation>
    </message>
    <message>
      <source>{profile} at {url}</source>
      <translation>{profile} unter {url}</translation>
    </message>
    <message>
      <source>SANDBOX — the test server built into Backfill. Nothing leaves this computer.</source>
      <translation>SANDBOX – der in Backfill eingebaute Testserver. Nichts verlässt diesen Computer.</translation>
    </message>
    <message>
      <source>SANDBOX — {profile} at {url}</source>
      <translation>SANDBOX – {profile} unter {url}</translation>
    </message>
  </context>
  <context>
    <name>ProfileDialog</name>
    <message>
      <source>Sandbox (test server, nothing real)</source>
      <translation>Sandbox (Testserver, nichts Echtes)</translation>
    </message>
    <message>
      <source>Staging (a test project at the vendor)</source>
      <translation>Staging (ein Testprojekt beim Anbieter)</translation>
    </message>
    <message>
      <source>Production (real data)</source>
      <translation>Produktion (echte Daten)</translation>
    </message>
    <message>
      <source>Edit destination profile</source>
      <translation>Zielprofil bearbeiten</translation>
    </message>
    <message>
      <source>New destination profile</source>
      <translation>Neues Zielprofil</translation>
    </message>
    <message>
      <source>e.g. Production — VibeFollow acme-prod</source>
      <translation>z. B. Produktion – VibeFollow acme-prod</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Destination</source>
      <translation>Ziel</translation>
    </message>
    <message>
      <source>Base URL</source>
      <translation>Basis-URL</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <source>Leave empty to keep the stored key</source>
      <translation>Leer lassen, um den gespeicherten Schlüssel zu behalten</translation>
    </message>
    <message>
      <source>Paste the API key</source>
      <translation>API-Schlüssel einfügen</translation>
    </message>
    <message>
      <source>API key</source>
      <translation>API-Schlüssel</translation>
    </message>
    <message>
      <source>Test connection</source>
      <translation>Verbindung testen</translation>
    </message>
    <message>
      <source>{place}: no system keychain exists on this computer, so the key is kept in memory until Backfill closes. It is never written to a file.</source>
      <translation>{place}: Auf diesem Computer gibt es keinen Schlüsselbund des Systems, daher bleibt der Schlüssel im Arbeitsspeicher, bis Backfill geschlossen wird. Er wird nie in eine Datei geschrieben.</translation>
    </message>
    <message>
      <source>{place} when you save.</source>
      <translation>{place}, sobald Sie speichern.</translation>
    </message>
    <message>
      <source>Testing…</source>
      <translation>Wird getestet …</translation>
    </message>
    <message>
      <source>Give the profile a name.</source>
      <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
      <source>Enter the API key for this profile.</source>
      <translation>Geben Sie den API-Schlüssel für dieses Profil ein.</translation>
    </message>
  </context>
  <context>
    <name>ProfilePicker</name>
    <message>
      <source>Sends to</source>
      <translation>Sendet an</translation>
    </message>
    <message>
      <source>API key</source>
      <translation>API-Schlüssel</translation>
    </message>
    <message>
      <source>Profile</source>
      <translation>Profil</translation>
    </message>
    <message>
      <source>Where the rows are sent, and with which key</source>
      <translation>Wohin die Zeilen gesendet werden und mit welchem Schlüssel</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>Hinzufügen …</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Bearbeiten …</translation>
    </message>
    <message>
      <source>Test connection</source>
      <translation>Verbindung testen</translation>
    </message>
    <message>
      <source>Send one empty request with the key: nothing is stored.</source>
      <translation>Eine leere Anfrage mit dem Schlüssel senden: Es wird nichts gespeichert.</translation>
    </message>
    <message>
      <source>Until then only the built-in sandbox profile is offered here.</source>
      <translation>Bis dahin wird hier nur das eingebaute Sandbox-Profil angeboten.</translation>
    </message>
    <message>
      <source>{destination} at {url}</source>
      <translation>{destination} unter {url}</translation>
    </message>
    <message>
      <source>“{profile}” sends to {destination}; it is listed when that destination is chosen on the Map step.</source>
      <translation>„{profile}“ sendet an {destination}; es wird angezeigt, wenn dieses Ziel im Schritt „Zuordnen“ gewählt ist.</translation>
    </message>
    <message>
      <source>The sandbox's built-in test key</source>
      <translation>Der eingebaute Testschlüssel der Sandbox</translation>
    </message>
    <message>
      <source>Testing…</source>
      <translation>Wird getestet …</translation>
    </message>
    <message>
      <source>staging</source>
      <translation>Staging</translation>
    </message>
    <message>
      <source>production</source>
      <translation>Produktion</translation>
    </message>
  </context>
  <context>
    <name>ProgressPanel</name>
    <message>
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <source>{words} (step {done} of {total})</source>
      <translation>{words} (Schritt {done} von {total})</translation>
    </message>
    <message>
      <source>{words} — {done} of {total} rows</source>
      <translation>{words} – {done} von {total} Zeilen</translation>
    </message>
  </context>
  <context>
    <name>ReportPage</name>
    <message>
      <source>1 row was sent again after an answer was lost; {destination} does not remove duplicates, so up to 1 may be stored twice.</source>
      <translation>1 Zeile wurde erneut gesendet, nachdem eine Antwort verloren ging; {destination} entfernt keine Duplikate, daher kann sie doppelt gespeichert sein.</translation>
    </message>
    <message>
      <source>{rows} rows were sent again after an answer was lost; {destination} does not remove duplicates, so up to {rows} may be stored twice.</source>
      <translation>{rows} Zeilen wurden erneut gesendet, nachdem eine Antwort verloren ging; {destination} entfernt keine Duplikate, daher können bis zu {rows} doppelt gespeichert sein.</translation>
    </message>
    <message>
      <source>{rows} rejected rows of job {job}, with their original row numbers</source>
      <translation>{rows} abgelehnte Zeilen des Auftrags {job}, mit ihren ursprünglichen Zeilennummern</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>Bericht</translation>
    </message>
    <message>
      <source>No upload yet.</source>
      <translation>Noch kein Upload.</translation>
    </message>
    <message>
      <source>Export CSV…</source>
      <translation>CSV exportieren …</translation>
    </message>
    <message>
      <source>Export Excel…</source>
      <translation>Excel exportieren …</translation>
    </message>
    <message>
      <source>Retry failed rows</source>
      <translation>Fehlgeschlagene Zeilen wiederholen</translation>
    </message>
    <message>
      <source>Fix and re-import</source>
      <translation>Korrigieren und neu importieren</translation>
    </message>
    <message>
      <source>Send the rest</source>
      <translation>Den Rest senden</translation>
    </message>
    <message>
      <source>Go back to Upload and send the rows not sent yet</source>
      <translation>Zurück zu „Hochladen“ und die noch nicht gesendeten Zeilen senden</translation>
    </message>
    <message>
      <source>Save the rejected and failed rows as CSV</source>
      <translation>Die abgelehnten und fehlgeschlagenen Zeilen als CSV speichern</translation>
    </message>
    <message>
      <source>Save them as an Excel workbook</source>
      <translation>Sie als Excel-Arbeitsmappe speichern</translation>
    </message>
    <message>
      <source>Send the failed rows again</source>
      <translation>Die fehlgeschlagenen Zeilen erneut senden</translation>
    </message>
    <message>
      <source>Open the rejected rows in Review to fix them</source>
      <translation>Die abgelehnten Zeilen in „Prüfen“ öffnen, um sie zu korrigieren</translation>
    </message>
    <message>
      <source>{what} ({keys})</source>
      <translation>{what} ({keys})</translation>
    </message>
    <message>
      <source>By reason</source>
      <translation>Nach Grund</translation>
    </message>
    <message>
      <source>Rows not accepted, by reason</source>
      <translation>Nicht angenommene Zeilen, nach Grund</translation>
    </message>
    <message>
      <source>Rows</source>
      <translation>Zeilen</translation>
    </message>
    <message>
      <source>Rows not accepted</source>
      <translation>Nicht angenommene Zeilen</translation>
    </message>
    <message>
      <source>Each row's number, field and reason</source>
      <translation>Nummer, Feld und Grund jeder Zeile</translation>
    </message>
    <message>
      <source>Reading the outcome…</source>
      <translation>Ergebnis wird gelesen …</translation>
    </message>
    <message>
      <source>The outcome could not be read</source>
      <translation>Das Ergebnis konnte nicht gelesen werden</translation>
    </message>
    <message>
      <source>Check the destination for these rows before sending the file again; the receipt records this too.</source>
      <translation>Prüfen Sie diese Zeilen beim Ziel, bevor Sie die Datei erneut senden; der Beleg hält das ebenfalls fest.</translation>
    </message>
    <message>
      <source>Report — job {job}</source>
      <translation>Bericht – Auftrag {job}</translation>
    </message>
    <message numerus="yes">
      <source>All %Ln row(s) not accepted</source>
      <translation>
        <numerusform>Die %Ln nicht angenommene Zeile</numerusform>
        <numerusform>Alle %Ln nicht angenommenen Zeilen</numerusform>
      </translation>
    </message>
    <message>
      <source>Every row of the file was accepted.</source>
      <translation>Jede Zeile der Datei wurde angenommen.</translation>
    </message>
    <message numerus="yes">
      <source>Send the remaining %Ln row(s)</source>
      <translation>
        <numerusform>Die verbleibende %Ln Zeile senden</numerusform>
        <numerusform>Die verbleibenden %Ln Zeilen senden</numerusform>
      </translation>
    </message>
    <message>
      <source>The report could not be saved</source>
      <translation>Der Bericht konnte nicht gespeichert werden</translation>
    </message>
    <message>
      <source>{failed}: {why}</source>
      <translation>{failed}: {why}</translation>
    </message>
    <message>
      <source>Saved {file}</source>
      <translation>{file} gespeichert</translation>
    </message>
    <message>
      <source>Report saved to {path}</source>
      <translation>Bericht gespeichert unter {path}</translation>
    </message>
    <message numerus="yes">
      <source>Sending %Ln failed row(s) again…</source>
      <translation>
        <numerusform>%Ln fehlgeschlagene Zeile wird erneut gesendet …</numerusform>
        <numerusform>%Ln fehlgeschlagene Zeilen werden erneut gesendet …</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln rejected row(s) of {file}</source>
      <translation>
        <numerusform>%Ln abgelehnte Zeile aus {file}</numerusform>
        <numerusform>%Ln abgelehnte Zeilen aus {file}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Opened %Ln rejected row(s) for fixing.</source>
      <translation>
        <numerusform>%Ln abgelehnte Zeile zum Korrigieren geöffnet.</numerusform>
        <numerusform>%Ln abgelehnte Zeilen zum Korrigieren geöffnet.</numerusform>
      </translation>
    </message>
    <message>
      <source>rejected</source>
      <translation>abgelehnt</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>fehlgeschlagen</translation>
    </message>
    <message>
      <source>not sent yet</source>
      <translation>noch nicht gesendet</translation>
    </message>
    <message>
      <source>not sent: invalid</source>
      <translation>nicht gesendet: ungültig</translation>
    </message>
    <message>
      <source>not sent: left out</source>
      <translation>nicht gesendet: ausgelassen</translation>
    </message>
    <message>
      <source>{n} accepted</source>
      <translation>{n} angenommen</translation>
    </message>
    <message>
      <source>{n} rejected</source>
      <translation>{n} abgelehnt</translation>
    </message>
    <message>
      <source>{n} failed</source>
      <translation>{n} fehlgeschlagen</translation>
    </message>
    <message>
      <source>{n} not sent yet</source>
      <translation>{n} noch nicht gesendet</translation>
    </message>
    <message>
      <source>{n} not sent (invalid)</source>
      <translation>{n} nicht gesendet (ungültig)</translation>
    </message>
    <message>
      <source>{n} left out</source>
      <translation>{n} ausgelassen</translation>
    </message>
    <message>
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <source>{outcome} — receipt saved</source>
      <translation>{outcome} – Beleg gespeichert</translation>
    </message>
    <message>
      <source>The upload stopped: {reason}</source>
      <translation>Der Upload wurde angehalten: {reason}</translation>
    </message>
    <message>
      <source>the API refused the request</source>
      <translation>die API hat die Anfrage abgelehnt</translation>
    </message>
    <message>
      <source>Fix the cause (check the key and profile on the Upload step), then send the rest.</source>
      <translation>Beheben Sie die Ursache (prüfen Sie Schlüssel und Profil im Schritt „Hochladen“) und senden Sie dann den Rest.</translation>
    </message>
    <message>
      <source>The upload is paused.</source>
      <translation>Der Upload ist angehalten.</translation>
    </message>
    <message>
      <source>Send the rest when you are ready.</source>
      <translation>Senden Sie den Rest, wenn Sie so weit sind.</translation>
    </message>
    <message>
      <source>The upload was cancelled before every row was sent.</source>
      <translation>Der Upload wurde abgebrochen, bevor alle Zeilen gesendet waren.</translation>
    </message>
    <message>
      <source>Send the rest to finish it.</source>
      <translation>Senden Sie den Rest, um ihn abzuschließen.</translation>
    </message>
    <message>
      <source>Comma-separated</source>
      <translation>Durch Kommas getrennt</translation>
    </message>
    <message>
      <source>Semicolon-separated</source>
      <translation>Durch Semikolons getrennt</translation>
    </message>
    <message>
      <source>Tab-separated</source>
      <translation>Durch Tabulatoren getrennt</translation>
    </message>
    <message>
      <source>Pipe-separated</source>
      <translation>Durch senkrechte Striche getrennt</translation>
    </message>
    <message>
      <source>{delimiter}-separated</source>
      <translation>Durch {delimiter} getrennt</translation>
    </message>
    <message>
      <source>{separated}, UTF-8: {source} cannot hold every character of these rows. Folder:</source>
      <translation>{separated}, UTF-8: {source} kann nicht jedes Zeichen dieser Zeilen darstellen. Ordner:</translation>
    </message>
    <message>
      <source>{separated}, UTF-8 (as Excel reads it). Folder:</source>
      <translation>{separated}, UTF-8 (wie Excel es liest). Ordner:</translation>
    </message>
    <message>
      <source>{separated}, {encoding} like the source file. Folder:</source>
      <translation>{separated}, {encoding} wie die Quelldatei. Ordner:</translation>
    </message>
    <message>
      <source>no rows</source>
      <translation>keine Zeilen</translation>
    </message>
    <message>
      <source>(+{n} more)</source>
      <translation>(+{n} weitere)</translation>
    </message>
    <message>
      <source>row {numbers}</source>
      <translation>Zeile {numbers}</translation>
    </message>
    <message>
      <source>rows {numbers}</source>
      <translation>Zeilen {numbers}</translation>
    </message>
    <message numerus="yes">
      <source>%Ln row(s)</source>
      <translation>
        <numerusform>%Ln Zeile</numerusform>
        <numerusform>%Ln Zeilen</numerusform>
      </translation>
    </message>
    <message>
      <source>{rows} {outcome}</source>
      <translation>{rows} {outcome}</translation>
    </message>
    <message>
      <source>{head} · field {field}</source>
      <translation>{head} · Feld {field}</translation>
    </message>
    <message>
      <source>{rows} ({numbers}): {reason}</source>
      <translation>{rows} ({numbers}): {reason}</translation>
    </message>
    <message>
      <source>{file} → {destination} at {url} ({profile}) · started {started}, last change {changed} (local time)</source>
      <translation>{file} → {destination} unter {url} ({profile}) · gestartet {started}, letzte Änderung {changed} (Ortszeit)</translation>
    </message>
  </context>
  <context>
    <name>ResumeDialog</name>
    <message>
      <source>d MMM yyyy, HH:mm</source>
      <translation>d. MMM yyyy, HH:mm</translation>
    </message>
    <message numerus="yes">
      <source>Started {when} · {done} of %Ln row(s) done</source>
      <translation>
        <numerusform>Gestartet {when} · {done} von %Ln Zeile erledigt</numerusform>
        <numerusform>Gestartet {when} · {done} von %Ln Zeilen erledigt</numerusform>
      </translation>
    </message>
    <message>
      <source>{n} still to send</source>
      <translation>{n} noch zu senden</translation>
    </message>
    <message>
      <source>{left} · {rejected} rejected, {failed} failed</source>
      <translation>{left} · {rejected} abgelehnt, {failed} fehlgeschlagen</translation>
    </message>
    <message>
      <source>Its file was not read to the end: resuming reads it again for the rest.</source>
      <translation>Die Datei wurde nicht bis zum Ende gelesen: Beim Fortsetzen wird sie für den Rest erneut gelesen.</translation>
    </message>
    <message>
      <source>Stopped: {reason}</source>
      <translation>Gestoppt: {reason}</translation>
    </message>
    <message>
      <source>Unfinished uploads</source>
      <translation>Nicht abgeschlossene Uploads</translation>
    </message>
    <message numerus="yes">
      <source>%Ln upload(s) did not finish</source>
      <translation>
        <numerusform>%Ln Upload wurde nicht abgeschlossen</numerusform>
        <numerusform>%Ln Uploads wurden nicht abgeschlossen</numerusform>
      </translation>
    </message>
    <message>
      <source>Rows already accepted are not sent again. Resume one now, or choose “Not now” and it is offered again next time Backfill starts.</source>
      <translation>Bereits angenommene Zeilen werden nicht erneut gesendet. Setzen Sie jetzt einen fort, oder wählen Sie „Nicht jetzt“, dann wird er beim nächsten Start von Backfill wieder angeboten.</translation>
    </message>
    <message>
      <source>Resume upload</source>
      <translation>Upload fortsetzen</translation>
    </message>
    <message>
      <source>Not now</source>
      <translation>Jetzt nicht</translation>
    </message>
  </context>
  <context>
    <name>ReviewPage</name>
    <message>
      <source>Every row is excluded: include some again, or load another file.</source>
      <translation>Alle Zeilen sind ausgeschlossen: Nehmen Sie einige wieder auf oder laden Sie eine andere Datei.</translation>
    </message>
    <message>
      <source>The file has no data rows below the header: load another file, or choose another header row on the Load step.</source>
      <translation>Die Datei hat unter der Kopfzeile keine Datenzeilen: Laden Sie eine andere Datei oder wählen Sie im Schritt „Laden“ eine andere Kopfzeile.</translation>
    </message>
    <message>
      <source>⚠ Backfill's own checks find nothing wrong here, but the destination's reasons above still apply.</source>
      <translation>⚠ Die eigenen Prüfungen von Backfill finden hier keinen Fehler, die Gründe des Ziels oben gelten aber weiterhin.</translation>
    </message>
    <message>
      <source>✓ No problems found — every row can be sent.</source>
      <translation>✓ Keine Probleme gefunden – jede Zeile kann gesendet werden.</translation>
    </message>
    <message>
      <source>Double-click a cell to correct it; the row is checked again at once.</source>
      <translation>Doppelklicken Sie auf eine Zelle, um sie zu korrigieren; die Zeile wird sofort erneut geprüft.</translation>
    </message>
    <message>
      <source>Review the rows</source>
      <translation>Zeilen prüfen</translation>
    </message>
    <message>
      <source>Check again</source>
      <translation>Erneut prüfen</translation>
    </message>
    <message>
      <source>Check every row again (e.g. after a cancelled check)</source>
      <translation>Alle Zeilen erneut prüfen (z. B. nach einer abgebrochenen Prüfung)</translation>
    </message>
    <message>
      <source>Download problems…</source>
      <translation>Probleme herunterladen …</translation>
    </message>
    <message>
      <source>Save every problem as a CSV file (row, column, reason)</source>
      <translation>Alle Probleme als CSV-Datei speichern (Zeile, Spalte, Grund)</translation>
    </message>
    <message>
      <source>Only rows with problems</source>
      <translation>Nur Zeilen mit Problemen</translation>
    </message>
    <message>
      <source>Hide the rows that are fine</source>
      <translation>Die fehlerfreien Zeilen ausblenden</translation>
    </message>
    <message>
      <source>Show all rows</source>
      <translation>Alle Zeilen zeigen</translation>
    </message>
    <message>
      <source>Exclude selected rows</source>
      <translation>Ausgewählte Zeilen ausschließen</translation>
    </message>
    <message>
      <source>Include again</source>
      <translation>Wieder aufnehmen</translation>
    </message>
    <message>
      <source>Put the selected excluded rows back into the upload</source>
      <translation>Die ausgewählten ausgeschlossenen Zeilen wieder in den Upload aufnehmen</translation>
    </message>
    <message>
      <source>Include all excluded</source>
      <translation>Alle ausgeschlossenen aufnehmen</translation>
    </message>
    <message>
      <source>Checking the rows…</source>
      <translation>Zeilen werden geprüft …</translation>
    </message>
    <message>
      <source>The rows have not been checked yet.</source>
      <translation>Die Zeilen wurden noch nicht geprüft.</translation>
    </message>
    <message>
      <source>No row can be sent yet: fix the problems above or load another file.</source>
      <translation>Noch kann keine Zeile gesendet werden: Beheben Sie die Probleme oben oder laden Sie eine andere Datei.</translation>
    </message>
    <message numerus="yes">
      <source>Checking %Ln row(s)…</source>
      <translation>
        <numerusform>%Ln Zeile wird geprüft …</numerusform>
        <numerusform>%Ln Zeilen werden geprüft …</numerusform>
      </translation>
    </message>
    <message>
      <source>Go back to Map and check the chosen columns.</source>
      <translation>Gehen Sie zurück zu „Zuordnen“ und prüfen Sie die gewählten Spalten.</translation>
    </message>
    <message>
      <source>Checking was cancelled.</source>
      <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
      <source>Press Check again to see the problems.</source>
      <translation>Klicken Sie auf „Erneut prüfen“, um die Probleme zu sehen.</translation>
    </message>
    <message>
      <source>Rows in file order</source>
      <translation>Zeilen in Dateireihenfolge</translation>
    </message>
    <message>
      <source>The problem list could not be saved.</source>
      <translation>Die Problemliste konnte nicht gespeichert werden.</translation>
    </message>
    <message numerus="yes">
      <source>%Ln row(s)</source>
      <translation>
        <numerusform>%Ln Zeile</numerusform>
        <numerusform>%Ln Zeilen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln warning(s)</source>
      <translation>
        <numerusform>%Ln Warnung</numerusform>
        <numerusform>%Ln Warnungen</numerusform>
      </translation>
    </message>
    <message>
      <source>{rows}: {valid} valid, {invalid} invalid, {warnings}, {excluded} excluded</source>
      <translation>{rows}: {valid} gültig, {invalid} ungültig, {warnings}, {excluded} ausgeschlossen</translation>
    </message>
    <message>
      <source>{rows}: {valid} valid, {invalid} invalid, {warnings}</source>
      <translation>{rows}: {valid} gültig, {invalid} ungültig, {warnings}</translation>
    </message>
    <message>
      <source>{rows}: {valid} valid, {invalid} invalid, {excluded} excluded</source>
      <translation>{rows}: {valid} gültig, {invalid} ungültig, {excluded} ausgeschlossen</translation>
    </message>
    <message>
      <source>{rows}: {valid} valid, {invalid} invalid</source>
      <translation>{rows}: {valid} gültig, {invalid} ungültig</translation>
    </message>
    <message>
      <source>Note: {note}</source>
      <translation>Hinweis: {note}</translation>
    </message>
    <message>
      <source>{rows}: {problem}</source>
      <translation>{rows}: {problem}</translation>
    </message>
    <message numerus="yes">
      <source>%Ln row was refused by the destination last time.</source>
      <translation>
        <numerusform>%Ln Zeile wurde beim letzten Mal vom Ziel abgelehnt.</numerusform>
        <numerusform>%Ln Zeilen wurden beim letzten Mal vom Ziel abgelehnt.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln rows were refused by the destination last time.</source>
      <translation>
        <numerusform>%Ln Zeile wurde beim letzten Mal vom Ziel abgelehnt.</numerusform>
        <numerusform>%Ln Zeilen wurden beim letzten Mal vom Ziel abgelehnt.</numerusform>
      </translation>
    </message>
    <message>
      <source>Why: {reasons}. Each row's reason is in the first column, “Reason”. Correct the cells (double-click to edit), then send the rows again.</source>
      <translation>Warum: {reasons}. Der Grund jeder Zeile steht in der ersten Spalte, „Grund“. Korrigieren Sie die Zellen (Doppelklick zum Bearbeiten) und senden Sie die Zeilen dann erneut.</translation>
    </message>
    <message>
      <source>“{reason}” ({rows})</source>
      <translation>„{reason}“ ({rows})</translation>
    </message>
    <message numerus="yes">
      <source>and %Ln other reason(s)</source>
      <translation>
        <numerusform>und %Ln weiterer Grund</numerusform>
        <numerusform>und %Ln weitere Gründe</numerusform>
      </translation>
    </message>
    <message>
      <source>Checked {rows} in {seconds} s</source>
      <translation>{rows} in {seconds} s geprüft</translation>
    </message>
    <message>
      <source>Showing {rows}: {problem}</source>
      <translation>{rows} angezeigt: {problem}</translation>
    </message>
    <message numerus="yes">
      <source>%Ln row(s) with problems</source>
      <translation>
        <numerusform>%Ln Zeile mit Problemen</numerusform>
        <numerusform>%Ln Zeilen mit Problemen</numerusform>
      </translation>
    </message>
    <message>
      <source>Z→A / high→low</source>
      <translation>Z→A / hoch→niedrig</translation>
    </message>
    <message>
      <source>A→Z / low→high</source>
      <translation>A→Z / niedrig→hoch</translation>
    </message>
    <message>
      <source>Sorted by '{column}' ({direction})</source>
      <translation>Sortiert nach „{column}“ ({direction})</translation>
    </message>
    <message>
      <source>Applied “{fix}” to {field}; checking again…</source>
      <translation>„{fix}“ auf {field} angewendet; erneute Prüfung …</translation>
    </message>
    <message numerus="yes">
      <source>Excluded %Ln row(s); checking again…</source>
      <translation>
        <numerusform>%Ln Zeile ausgeschlossen; erneute Prüfung …</numerusform>
        <numerusform>%Ln Zeilen ausgeschlossen; erneute Prüfung …</numerusform>
      </translation>
    </message>
    <message>
      <source>Checking row {row} again…</source>
      <translation>Zeile {row} wird erneut geprüft …</translation>
    </message>
    <message>
      <source>Row {row} is fine now</source>
      <translation>Zeile {row} ist jetzt in Ordnung</translation>
    </message>
    <message>
      <source>Row {row} still has a problem: {problem}</source>
      <translation>Zeile {row} hat noch ein Problem: {problem}</translation>
    </message>
    <message numerus="yes">
      <source>Saved %Ln problem(s) to {file}</source>
      <translation>
        <numerusform>%Ln Problem in {file} gespeichert</numerusform>
        <numerusform>%Ln Probleme in {file} gespeichert</numerusform>
      </translation>
    </message>
    <message>
      <source>The row could not be checked again: {why}</source>
      <translation>Die Zeile konnte nicht erneut geprüft werden: {why}</translation>
    </message>
  </context>
  <context>
    <name>ReviewTable</name>
    <message>
      <source>Rows of your file</source>
      <translation>Zeilen Ihrer Datei</translation>
    </message>
    <message>
      <source>Click a column name to sort by it (again: reverse, third time: file order)</source>
      <translation>Auf einen Spaltennamen klicken, um danach zu sortieren (erneut: umgekehrt, drittes Mal: Dateireihenfolge)</translation>
    </message>
  </context>
  <context>
    <name>RunPanel</name>
    <message>
      <source>Upload progress</source>
      <translation>Upload-Fortschritt</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <source>Stop sending (Ctrl+.). Rows not sent yet stay pending; resume them later.</source>
      <translation>Senden beenden (Strg+.). Noch nicht gesendete Zeilen bleiben ausstehend; setzen Sie sie später fort.</translation>
    </message>
    <message>
      <source>Reading the first rows of the file…</source>
      <translation>Die ersten Zeilen der Datei werden gelesen …</translation>
    </message>
    <message>
      <source>Last problem: {reason}</source>
      <translation>Letztes Problem: {reason}</translation>
    </message>
    <message>
      <source>{work} — {done} of {total}…</source>
      <translation>{work} – {done} von {total} …</translation>
    </message>
    <message>
      <source>{work}…</source>
      <translation>{work} …</translation>
    </message>
    <message>
      <source>Accepted {n}</source>
      <translation>Angenommen {n}</translation>
    </message>
    <message>
      <source>Rejected {n}</source>
      <translation>Abgelehnt {n}</translation>
    </message>
    <message>
      <source>Failed {n}</source>
      <translation>Fehlgeschlagen {n}</translation>
    </message>
    <message>
      <source>Pending {n}</source>
      <translation>Ausstehend {n}</translation>
    </message>
    <message>
      <source>Users — accepted {accepted} · rejected {rejected} · failed {failed} · pending {pending}</source>
      <translation>Nutzer – angenommen {accepted} · abgelehnt {rejected} · fehlgeschlagen {failed} · ausstehend {pending}</translation>
    </message>
    <message>
      <source>Events — accepted {accepted} · rejected {rejected} · failed {failed} · pending {pending}, {held} held for their user</source>
      <translation>Ereignisse – angenommen {accepted} · abgelehnt {rejected} · fehlgeschlagen {failed} · ausstehend {pending}, davon {held} warten auf ihren Nutzer</translation>
    </message>
    <message>
      <source>Events — accepted {accepted} · rejected {rejected} · failed {failed} · pending {pending}</source>
      <translation>Ereignisse – angenommen {accepted} · abgelehnt {rejected} · fehlgeschlagen {failed} · ausstehend {pending}</translation>
    </message>
    <message>
      <source>Sending the users: {progress}</source>
      <translation>Nutzer werden gesendet: {progress}</translation>
    </message>
    <message>
      <source>Sending the events: {progress}</source>
      <translation>Ereignisse werden gesendet: {progress}</translation>
    </message>
    <message>
      <source>Accepted {accepted}, rejected {rejected}, failed {failed}, pending {pending}</source>
      <translation>Angenommen {accepted}, abgelehnt {rejected}, fehlgeschlagen {failed}, ausstehend {pending}</translation>
    </message>
    <message>
      <source>Fingerprinting the file</source>
      <translation>Fingerabdruck der Datei wird erstellt</translation>
    </message>
    <message>
      <source>Writing the rows to the journal</source>
      <translation>Zeilen werden ins Journal geschrieben</translation>
    </message>
    <message numerus="yes">
      <source>Writing %Ln row(s) to the journal</source>
      <translation>
        <numerusform>%Ln Zeile wird ins Journal geschrieben</numerusform>
        <numerusform>%Ln Zeilen werden ins Journal geschrieben</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SaveDialogs</name>
    <message>
      <source>{file} - problems</source>
      <translation>{file} - Probleme</translation>
    </message>
    <message>
      <source>Save the problems</source>
      <translation>Probleme speichern</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
      <source>{file} - rejected rows</source>
      <translation>{file} - abgelehnte Zeilen</translation>
    </message>
    <message>
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
      <source>Export rejected rows</source>
      <translation>Abgelehnte Zeilen exportieren</translation>
    </message>
  </context>
  <context>
    <name>StepSidebar</name>
    <message>
      <source>{step} ({keys})</source>
      <translation>{step} ({keys})</translation>
    </message>
    <message>
      <source>{step} ({keys}) — finish the earlier steps first</source>
      <translation>{step} ({keys}) – zuerst die vorherigen Schritte abschließen</translation>
    </message>
    <message>
      <source>{step}: current step</source>
      <translation>{step}: aktueller Schritt</translation>
    </message>
    <message>
      <source>{step}: done</source>
      <translation>{step}: erledigt</translation>
    </message>
    <message>
      <source>{step}: not done yet</source>
      <translation>{step}: noch nicht erledigt</translation>
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
    <name>ThenEventCard</name>
    <message>
      <source>Also send an event for each user</source>
      <translation>Zu jedem Nutzer auch ein Ereignis senden</translation>
    </message>
    <message>
      <source>Each user is sent first; its event goes only once the user was accepted. A rejected user's event is not sent.</source>
      <translation>Jeder Nutzer wird zuerst gesendet; sein Ereignis folgt erst, wenn der Nutzer angenommen wurde. Das Ereignis eines abgelehnten Nutzers wird nicht gesendet.</translation>
    </message>
    <message>
      <source>Event name</source>
      <translation>Ereignisname</translation>
    </message>
    <message>
      <source>Event time</source>
      <translation>Ereigniszeit</translation>
    </message>
    <message>
      <source>Event properties</source>
      <translation>Ereigniseigenschaften</translation>
    </message>
    <message>
      <source>Time from column</source>
      <translation>Zeit aus Spalte</translation>
    </message>
    <message>
      <source>Properties</source>
      <translation>Eigenschaften</translation>
    </message>
    <message>
      <source>No column: the time of the upload</source>
      <translation>Keine Spalte: der Zeitpunkt des Uploads</translation>
    </message>
  </context>
  <context>
    <name>TimelineChart</name>
    <message>
      <source>week of {day}</source>
      <translation>Woche vom {day}</translation>
    </message>
    <message numerus="yes">
      <source>one bar per %Ln years (UTC)</source>
      <translation>
        <numerusform>ein Balken je %Ln Jahr (UTC)</numerusform>
        <numerusform>ein Balken je %Ln Jahre (UTC)</numerusform>
      </translation>
    </message>
    <message>
      <source>one bar per day (UTC)</source>
      <translation>ein Balken je Tag (UTC)</translation>
    </message>
    <message>
      <source>one bar per week (UTC)</source>
      <translation>ein Balken je Woche (UTC)</translation>
    </message>
    <message>
      <source>one bar per month (UTC)</source>
      <translation>ein Balken je Monat (UTC)</translation>
    </message>
    <message>
      <source>one bar per year (UTC)</source>
      <translation>ein Balken je Jahr (UTC)</translation>
    </message>
    <message>
      <source>Events over time</source>
      <translation>Ereignisse im Zeitverlauf</translation>
    </message>
    <message>
      <source>No event times to show.</source>
      <translation>Keine Ereigniszeiten anzuzeigen.</translation>
    </message>
    <message>
      <source>{events} from {first} to {last}, most in {peak} ({count}).</source>
      <translation>{events} von {first} bis {last}, die meisten in {peak} ({count}).</translation>
    </message>
    <message>
      <source>Far outside that: {earlier} earlier, {later} later.</source>
      <translation>Weit außerhalb: {earlier} früher, {later} später.</translation>
    </message>
    <message>
      <source>far earlier</source>
      <translation>weit früher</translation>
    </message>
    <message>
      <source>far later</source>
      <translation>weit später</translation>
    </message>
    <message numerus="yes">
      <source>%Ln event(s) at most per bar</source>
      <translation>
        <numerusform>höchstens %Ln Ereignis je Balken</numerusform>
        <numerusform>höchstens %Ln Ereignisse je Balken</numerusform>
      </translation>
    </message>
    <message>
      <source>{n} far earlier (amber)</source>
      <translation>{n} weit früher (orange)</translation>
    </message>
    <message>
      <source>{n} far later (amber)</source>
      <translation>{n} weit später (orange)</translation>
    </message>
    <message>
      <source>{bar}: {events}</source>
      <translation>{bar}: {events}</translation>
    </message>
    <message numerus="yes">
      <source>%Ln event(s)</source>
      <translation>
        <numerusform>%Ln Ereignis</numerusform>
        <numerusform>%Ln Ereignisse</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>UploadPage</name>
    <message>
      <source>Upload</source>
      <translation>Hochladen</translation>
    </message>
    <message>
      <source>Estimate</source>
      <translation>Schätzung</translation>
    </message>
    <message>
      <source>Requests sent</source>
      <translation>Gesendete Anfragen</translation>
    </message>
    <message>
      <source>Upload is running. Pause or cancel it first.</source>
      <translation>Der Upload läuft. Halten Sie ihn zuerst an oder brechen Sie ihn ab.</translation>
    </message>
    <message>
      <source>New uploads are recorded as usual from now on.</source>
      <translation>Neue Uploads werden ab jetzt wie gewohnt aufgezeichnet.</translation>
    </message>
    <message>
      <source>Upload in progress</source>
      <translation>Upload läuft</translation>
    </message>
    <message>
      <source>Upload in progress — pause and close? You can resume later.</source>
      <translation>Upload läuft – anhalten und schließen? Sie können ihn später fortsetzen.</translation>
    </message>
    <message>
      <source>(sandbox not running)</source>
      <translation>(Sandbox läuft nicht)</translation>
    </message>
    <message>
      <source>Preparing the upload…</source>
      <translation>Upload wird vorbereitet …</translation>
    </message>
    <message>
      <source>The upload could not be prepared: {reason}</source>
      <translation>Der Upload konnte nicht vorbereitet werden: {reason}</translation>
    </message>
    <message numerus="yes">
      <source>Test batch: sending the first %Ln row(s)…</source>
      <translation>
        <numerusform>Testpaket: die erste %Ln Zeile wird gesendet …</numerusform>
        <numerusform>Testpaket: die ersten %Ln Zeilen werden gesendet …</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Uploading %Ln row(s)…</source>
      <translation>
        <numerusform>%Ln Zeile wird hochgeladen …</numerusform>
        <numerusform>%Ln Zeilen werden hochgeladen …</numerusform>
      </translation>
    </message>
    <message>
      <source>The receipt could not be saved: {reason}</source>
      <translation>Der Beleg konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
      <source>Pausing: the requests in flight finish, nothing new is sent.</source>
      <translation>Wird angehalten: Die laufenden Anfragen werden beendet, nichts Neues wird gesendet.</translation>
    </message>
    <message>
      <source>Paused. Nothing new is sent until you press Resume.</source>
      <translation>Angehalten. Bis Sie „Fortsetzen“ drücken, wird nichts Neues gesendet.</translation>
    </message>
    <message>
      <source>Sending again.</source>
      <translation>Es wird wieder gesendet.</translation>
    </message>
    <message>
      <source>Stopping: the requests already sent finish, nothing new is sent.</source>
      <translation>Wird beendet: Die bereits gesendeten Anfragen werden abgeschlossen, nichts Neues wird gesendet.</translation>
    </message>
    <message>
      <source>Pausing: waiting for the answers to the requests already sent, then closing. The upload can be resumed later.</source>
      <translation>Wird angehalten: Es wird auf die Antworten auf die bereits gesendeten Anfragen gewartet, dann wird geschlossen. Der Upload kann später fortgesetzt werden.</translation>
    </message>
    <message>
      <source>Upload — job {job}</source>
      <translation>Hochladen – Auftrag {job}</translation>
    </message>
    <message>
      <source>This job was started with the profile “{name}”, which no longer exists.</source>
      <translation>Dieser Auftrag wurde mit dem Profil „{name}“ gestartet, das es nicht mehr gibt.</translation>
    </message>
    <message>
      <source>Add a profile with that name (and its API key) to resume it.</source>
      <translation>Legen Sie ein Profil mit diesem Namen (und seinem API-Schlüssel) an, um ihn fortzusetzen.</translation>
    </message>
  </context>
  <context>
    <name>UploadPreparing</name>
    <message>
      <source>The file could not be read to the end: {reason}</source>
      <translation>Die Datei konnte nicht bis zum Ende gelesen werden: {reason}</translation>
    </message>
    <message>
      <source>The rows written so far stay in the job; fix the file's problem, then press “Resume upload” to go on from where it stopped.</source>
      <translation>Die bisher geschriebenen Zeilen bleiben im Auftrag; beheben Sie das Problem der Datei und klicken Sie dann auf „Upload fortsetzen“, um dort weiterzumachen, wo es aufgehört hat.</translation>
    </message>
    <message>
      <source>Reading {file} again to write the rows after the first {rows}…</source>
      <translation>{file} wird erneut gelesen, um die Zeilen nach den ersten {rows} zu schreiben …</translation>
    </message>
    <message>
      <source>Job {job} was stopped while its file was being read, before anything was sent; it has been dropped.</source>
      <translation>Auftrag {job} wurde angehalten, während seine Datei gelesen wurde, bevor etwas gesendet war; er wurde verworfen.</translation>
    </message>
    <message>
      <source>Upload {file} again: this destination already accepted rows before, so the upload asks about repeats first.</source>
      <translation>Laden Sie {file} erneut hoch: Dieses Ziel hat schon früher Zeilen angenommen, daher fragt der Upload zuerst nach Wiederholungen.</translation>
    </message>
    <message>
      <source>Job {job} was stopped while its file was still being read, and {path} is gone or has changed since, so the rest of it cannot be added.</source>
      <translation>Auftrag {job} wurde angehalten, während seine Datei noch gelesen wurde, und {path} fehlt inzwischen oder wurde geändert; der Rest kann daher nicht hinzugefügt werden.</translation>
    </message>
    <message numerus="yes">
      <source>The %Ln row(s) written so far stay in the job; load the file again and upload it as a new job for the rest.</source>
      <translation>
        <numerusform>Die bisher geschriebene %Ln Zeile bleibt im Auftrag; laden Sie die Datei erneut und laden Sie den Rest als neuen Auftrag hoch.</numerusform>
        <numerusform>Die bisher geschriebenen %Ln Zeilen bleiben im Auftrag; laden Sie die Datei erneut und laden Sie den Rest als neuen Auftrag hoch.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>UploadWords</name>
    <message>
      <source>{seconds} s</source>
      <translation>{seconds} s</translation>
    </message>
    <message>
      <source>{minutes} min</source>
      <translation>{minutes} Min.</translation>
    </message>
    <message>
      <source>{minutes} min {seconds} s</source>
      <translation>{minutes} Min. {seconds} s</translation>
    </message>
    <message>
      <source>{hours} h {minutes} min</source>
      <translation>{hours} Std. {minutes} Min.</translation>
    </message>
    <message numerus="yes">
      <source>%Ln row(s)</source>
      <translation>
        <numerusform>%Ln Zeile</numerusform>
        <numerusform>%Ln Zeilen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{done} of %Ln row(s)</source>
      <translation>
        <numerusform>{done} von %Ln Zeile</numerusform>
        <numerusform>{done} von %Ln Zeilen</numerusform>
      </translation>
    </message>
    <message>
      <source>{rate} rows/s</source>
      <translation>{rate} Zeilen/s</translation>
    </message>
    <message>
      <source>about {time} left</source>
      <translation>noch etwa {time}</translation>
    </message>
    <message>
      <source>Waiting {time}</source>
      <translation>Warten: {time}</translation>
    </message>
    <message>
      <source>Waiting {time}: {reason}</source>
      <translation>Warten ({time}): {reason}</translation>
    </message>
    <message>
      <source>No API key for “{name}”: press Edit… to add it.</source>
      <translation>Kein API-Schlüssel für „{name}“: Drücken Sie „Bearbeiten …“, um ihn hinzuzufügen.</translation>
    </message>
    <message>
      <source>This job was started with “{name}”: choose it to resume.</source>
      <translation>Dieser Auftrag wurde mit „{name}“ gestartet: Wählen Sie dieses Profil, um ihn fortzusetzen.</translation>
    </message>
    <message>
      <source>Writing the job to the journal…</source>
      <translation>Der Auftrag wird ins Journal geschrieben …</translation>
    </message>
    <message>
      <source>Choose where to send the rows.</source>
      <translation>Wählen Sie, wohin die Zeilen gesendet werden.</translation>
    </message>
    <message>
      <source>The built-in test server is not running: choose or add another profile.</source>
      <translation>Der eingebaute Testserver läuft nicht: Wählen Sie ein anderes Profil oder legen Sie eines an.</translation>
    </message>
    <message>
      <source>There are no valid rows to send. Go back to Review.</source>
      <translation>Es gibt keine gültigen Zeilen zum Senden. Gehen Sie zurück zu „Prüfen“.</translation>
    </message>
    <message>
      <source>Checking for rows sent before…</source>
      <translation>Es wird nach früher gesendeten Zeilen gesucht …</translation>
    </message>
    <message>
      <source>Some rows were sent before: tick “Send them again” to send them anyway.</source>
      <translation>Einige Zeilen wurden schon einmal gesendet: Setzen Sie das Häkchen bei „Erneut senden“, um sie trotzdem zu senden.</translation>
    </message>
    <message>
      <source>{name} publishes no request limit; Backfill adapts to its answers</source>
      <translation>{name} nennt kein Anfragelimit; Backfill richtet sich nach den Antworten</translation>
    </message>
    <message numerus="yes">
      <source>{name} allows %Ln request(s)/min</source>
      <translation>
        <numerusform>{name} erlaubt %Ln Anfrage/Min.</numerusform>
        <numerusform>{name} erlaubt %Ln Anfragen/Min.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{name} allows %Ln request(s) per {seconds} s</source>
      <translation>
        <numerusform>{name} erlaubt %Ln Anfrage pro {seconds} s</numerusform>
        <numerusform>{name} erlaubt %Ln Anfragen pro {seconds} s</numerusform>
      </translation>
    </message>
    <message>
      <source>{name} refused this API key ({status}). Check the key.</source>
      <translation>{name} hat diesen API-Schlüssel abgelehnt ({status}). Prüfen Sie den Schlüssel.</translation>
    </message>
    <message>
      <source>Nothing answers at {where} (404). Check the base URL.</source>
      <translation>Unter {where} antwortet nichts (404). Prüfen Sie die Basis-URL.</translation>
    </message>
    <message>
      <source>Connected and the key works; {name} is asking us to slow down right now.</source>
      <translation>Verbunden, der Schlüssel funktioniert; {name} bittet gerade darum, langsamer zu senden.</translation>
    </message>
    <message>
      <source>Connected — {name} accepted the key.</source>
      <translation>Verbunden – {name} hat den Schlüssel angenommen.</translation>
    </message>
    <message>
      <source>{name} answered with a server error ({status}). Try again later.</source>
      <translation>{name} antwortete mit einem Serverfehler ({status}). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
      <source>{name} answered with an unexpected status {status}.</source>
      <translation>{name} antwortete mit dem unerwarteten Status {status}.</translation>
    </message>
    <message>
      <source>Enter the API key first.</source>
      <translation>Geben Sie zuerst den API-Schlüssel ein.</translation>
    </message>
    <message>
      <source>Key stored in the system keychain</source>
      <translation>Schlüssel im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
      <source>Key for this session only</source>
      <translation>Schlüssel nur für diese Sitzung</translation>
    </message>
    <message>
      <source>No key set</source>
      <translation>Kein Schlüssel festgelegt</translation>
    </message>
    <message>
      <source>could not connect</source>
      <translation>keine Verbindung möglich</translation>
    </message>
    <message>
      <source>the connection broke while reading the answer</source>
      <translation>die Verbindung brach beim Lesen der Antwort ab</translation>
    </message>
    <message>
      <source>the connection broke while sending</source>
      <translation>die Verbindung brach beim Senden ab</translation>
    </message>
    <message>
      <source>the server closed the connection without an answer</source>
      <translation>der Server schloss die Verbindung ohne Antwort</translation>
    </message>
    <message>
      <source>the proxy refused the connection</source>
      <translation>der Proxy hat die Verbindung abgelehnt</translation>
    </message>
    <message>
      <source>network error</source>
      <translation>Netzwerkfehler</translation>
    </message>
    <message>
      <source>the API asked us to slow down (429)</source>
      <translation>die API bat darum, langsamer zu senden (429)</translation>
    </message>
    <message>
      <source>the API is overloaded (503)</source>
      <translation>die API ist überlastet (503)</translation>
    </message>
    <message>
      <source>the API asked us to wait</source>
      <translation>die API bat darum zu warten</translation>
    </message>
    <message>
      <source>The upload stopped.</source>
      <translation>Der Upload wurde gestoppt.</translation>
    </message>
    <message>
      <source>The upload stopped because of an unexpected problem. It can be resumed.</source>
      <translation>Der Upload wurde wegen eines unerwarteten Problems gestoppt. Er kann fortgesetzt werden.</translation>
    </message>
    <message>
      <source>connection problem: {reason}</source>
      <translation>Verbindungsproblem: {reason}</translation>
    </message>
    <message>
      <source>retrying after {reason}</source>
      <translation>neuer Versuch nach: {reason}</translation>
    </message>
    <message>
      <source>will retry: {reason}</source>
      <translation>neuer Versuch folgt: {reason}</translation>
    </message>
    <message numerus="yes">
      <source>failed after %Ln attempt(s): {reason}</source>
      <translation>
        <numerusform>nach %Ln Versuch fehlgeschlagen: {reason}</numerusform>
        <numerusform>nach %Ln Versuchen fehlgeschlagen: {reason}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln row(s) failed after {attempts}: {reason}</source>
      <translation>
        <numerusform>%Ln Zeile nach {attempts} fehlgeschlagen: {reason}</numerusform>
        <numerusform>%Ln Zeilen nach {attempts} fehlgeschlagen: {reason}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln attempt(s)</source>
      <translation>
        <numerusform>%Ln Versuch</numerusform>
        <numerusform>%Ln Versuchen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln row(s) will be retried: {reason}</source>
      <translation>
        <numerusform>%Ln Zeile wird erneut versucht: {reason}</numerusform>
        <numerusform>%Ln Zeilen werden erneut versucht: {reason}</numerusform>
      </translation>
    </message>
    <message>
      <source>the API asked us to slow down</source>
      <translation>die API bat darum, langsamer zu senden</translation>
    </message>
    <message>
      <source>the API is overloaded</source>
      <translation>die API ist überlastet</translation>
    </message>
    <message>
      <source>server error</source>
      <translation>Serverfehler</translation>
    </message>
    <message>
      <source>{name} refused the API key {status}. Check the key (and its permissions), then resume the job.</source>
      <translation>{name} hat den API-Schlüssel abgelehnt {status}. Prüfen Sie den Schlüssel (und seine Berechtigungen) und setzen Sie dann den Auftrag fort.</translation>
    </message>
    <message>
      <source>never sent; split to the limit of {limit}</source>
      <translation>nie gesendet; auf das Limit von {limit} aufgeteilt</translation>
    </message>
    <message>
      <source>no answer within the timeout ({time})</source>
      <translation>keine Antwort innerhalb der Zeitgrenze ({time})</translation>
    </message>
    <message>
      <source>Nothing to send yet.</source>
      <translation>Noch nichts zu senden.</translation>
    </message>
    <message numerus="yes">
      <source>%Ln request(s)</source>
      <translation>
        <numerusform>%Ln Anfrage</numerusform>
        <numerusform>%Ln Anfragen</numerusform>
      </translation>
    </message>
    <message>
      <source>{rows} → {requests} → about {time}</source>
      <translation>{rows} → {requests} → etwa {time}</translation>
    </message>
    <message>
      <source>{estimate}; {note}</source>
      <translation>{estimate}; {note}</translation>
    </message>
    <message numerus="yes">
      <source>Test batch: of the first %Ln row(s), {accepted} accepted, {rejected} rejected, {failed} failed.</source>
      <translation>
        <numerusform>Testpaket: von der ersten %Ln Zeile {accepted} angenommen, {rejected} abgelehnt, {failed} fehlgeschlagen.</numerusform>
        <numerusform>Testpaket: von den ersten %Ln Zeilen {accepted} angenommen, {rejected} abgelehnt, {failed} fehlgeschlagen.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Press “Continue upload” to send the remaining %Ln row(s), or Cancel to stop here (the job stays resumable).</source>
      <translation>
        <numerusform>Drücken Sie „Mit dem Upload fortfahren“, um die verbleibende %Ln Zeile zu senden, oder „Abbrechen“, um hier aufzuhören (der Auftrag bleibt fortsetzbar).</numerusform>
        <numerusform>Drücken Sie „Mit dem Upload fortfahren“, um die verbleibenden %Ln Zeilen zu senden, oder „Abbrechen“, um hier aufzuhören (der Auftrag bleibt fortsetzbar).</numerusform>
      </translation>
    </message>
    <message>
      <source>Test batch finished — check the outcome, then continue or cancel.</source>
      <translation>Testpaket fertig – prüfen Sie das Ergebnis, dann fahren Sie fort oder brechen ab.</translation>
    </message>
    <message>
      <source>Rows not sent yet stay pending: fix the problem, then press “Resume upload”.</source>
      <translation>Noch nicht gesendete Zeilen bleiben ausstehend: Beheben Sie das Problem und drücken Sie dann „Upload fortsetzen“.</translation>
    </message>
    <message numerus="yes">
      <source>Upload stopped by a problem (see the Upload step); %Ln row(s) stay pending.</source>
      <translation>
        <numerusform>Upload wegen eines Problems gestoppt (siehe Schritt „Hochladen“); %Ln Zeile bleibt ausstehend.</numerusform>
        <numerusform>Upload wegen eines Problems gestoppt (siehe Schritt „Hochladen“); %Ln Zeilen bleiben ausstehend.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Upload stopped. %Ln row(s) not sent yet stay pending.</source>
      <translation>
        <numerusform>Upload gestoppt. %Ln noch nicht gesendete Zeile bleibt ausstehend.</numerusform>
        <numerusform>Upload gestoppt. %Ln noch nicht gesendete Zeilen bleiben ausstehend.</numerusform>
      </translation>
    </message>
    <message>
      <source>Press “Resume upload” to send them now, or resume the job later.</source>
      <translation>Drücken Sie „Upload fortsetzen“, um sie jetzt zu senden, oder setzen Sie den Auftrag später fort.</translation>
    </message>
    <message numerus="yes">
      <source>Upload stopped; %Ln row(s) stay pending.</source>
      <translation>
        <numerusform>Upload gestoppt; %Ln Zeile bleibt ausstehend.</numerusform>
        <numerusform>Upload gestoppt; %Ln Zeilen bleiben ausstehend.</numerusform>
      </translation>
    </message>
    <message>
      <source>Upload finished: {accepted} accepted, {rejected} rejected, {failed} failed.</source>
      <translation>Upload abgeschlossen: {accepted} angenommen, {rejected} abgelehnt, {failed} fehlgeschlagen.</translation>
    </message>
    <message>
      <source>Upload finished: users {accepted} accepted, {rejected} rejected, {failed} failed; events {e_accepted} accepted, {e_rejected} rejected, {e_failed} failed, {held} waiting for their user.</source>
      <translation>Upload abgeschlossen: Nutzer {accepted} angenommen, {rejected} abgelehnt, {failed} fehlgeschlagen; Ereignisse {e_accepted} angenommen, {e_rejected} abgelehnt, {e_failed} fehlgeschlagen, {held} warten auf ihren Nutzer.</translation>
    </message>
    <message>
      <source>Upload finished: users {accepted} accepted, {rejected} rejected, {failed} failed; events {e_accepted} accepted, {e_rejected} rejected, {e_failed} failed.</source>
      <translation>Upload abgeschlossen: Nutzer {accepted} angenommen, {rejected} abgelehnt, {failed} fehlgeschlagen; Ereignisse {e_accepted} angenommen, {e_rejected} abgelehnt, {e_failed} fehlgeschlagen.</translation>
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
  <context>
    <name>Worker</name>
    <message>
      <source>The computer ran out of memory while doing this.</source>
      <translation>Dem Computer ist dabei der Arbeitsspeicher ausgegangen.</translation>
    </message>
    <message>
      <source>Close other programs, or split the file into smaller parts.</source>
      <translation>Schließen Sie andere Programme oder teilen Sie die Datei in kleinere Teile.</translation>
    </message>
    <message>
      <source>Backfill is not allowed to read or write that file.</source>
      <translation>Backfill darf diese Datei nicht lesen oder schreiben.</translation>
    </message>
    <message>
      <source>Check that the file is not open in another program and that you may read it.</source>
      <translation>Prüfen Sie, ob die Datei in keinem anderen Programm geöffnet ist und Sie sie lesen dürfen.</translation>
    </message>
    <message>
      <source>The file could not be found.</source>
      <translation>Die Datei wurde nicht gefunden.</translation>
    </message>
    <message>
      <source>It may have been moved or renamed.</source>
      <translation>Sie wurde vielleicht verschoben oder umbenannt.</translation>
    </message>
    <message>
      <source>The file could not be read ({reason}).</source>
      <translation>Die Datei konnte nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
      <source>no details</source>
      <translation>keine Einzelheiten</translation>
    </message>
    <message>
      <source>Something went wrong: {details}</source>
      <translation>Etwas ist schiefgegangen: {details}</translation>
    </message>
  </context>
</TS>