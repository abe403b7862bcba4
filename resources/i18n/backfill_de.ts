<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
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
</TS>