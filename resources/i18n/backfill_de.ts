<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
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
      <source>Sandbox — {destination}</source>
      <translation>Sandbox – {destination}</translation>
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
      <source>{work} (step {done} of {total})</source>
      <translation>{work} (Schritt {done} von {total})</translation>
    </message>
    <message numerus="yes">
      <source>{work} — {done} of %Ln row(s)</source>
      <translation>
        <numerusform>{work} – {done} von %Ln Zeile</numerusform>
        <numerusform>{work} – {done} von %Ln Zeilen</numerusform>
      </translation>
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
      <translation>Nicht jetzt</translation>
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
    <message>
      <source>Pause</source>
      <translation>Anhalten</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>Fortsetzen</translation>
    </message>
    <message>
      <source>Continue upload ▶</source>
      <translation>Upload weiterführen ▶</translation>
    </message>
    <message>
      <source>Next: Report ▶</source>
      <translation>Weiter: Bericht ▶</translation>
    </message>
    <message>
      <source>Preparing…</source>
      <translation>Wird vorbereitet …</translation>
    </message>
    <message>
      <source>Resume upload ▶</source>
      <translation>Upload fortsetzen ▶</translation>
    </message>
    <message>
      <source>Start upload ▶</source>
      <translation>Upload starten ▶</translation>
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
      <source>retrying after {reason}</source>
      <translation>neuer Versuch nach: {reason}</translation>
    </message>
    <message>
      <source>connection problem: {reason}</source>
      <translation>Verbindungsproblem: {reason}</translation>
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
        <numerusform>Drücken Sie „Upload weiterführen“, um die verbleibende %Ln Zeile zu senden, oder „Abbrechen“, um hier aufzuhören (der Auftrag bleibt fortsetzbar).</numerusform>
        <numerusform>Drücken Sie „Upload weiterführen“, um die verbleibenden %Ln Zeilen zu senden, oder „Abbrechen“, um hier aufzuhören (der Auftrag bleibt fortsetzbar).</numerusform>
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
  </context>
  <context>
    <name>Workers</name>
    <message>
      <source>The computer ran out of memory while doing this.</source>
      <translation>Dem Computer ging dabei der Arbeitsspeicher aus.</translation>
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
      <translation>Prüfen Sie, ob die Datei in einem anderen Programm geöffnet ist und ob Sie sie lesen dürfen.</translation>
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
      <translation>keine Details</translation>
    </message>
    <message>
      <source>Something went wrong: {reason}</source>
      <translation>Etwas ist schiefgelaufen: {reason}</translation>
    </message>
  </context>
</TS>