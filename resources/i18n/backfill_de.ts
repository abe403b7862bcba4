<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="55" />
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="56" />
        <source>Map</source>
        <translation>Zuordnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="57" />
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="58" />
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="59" />
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="137" />
        <source>Help (F1)</source>
        <translation>Hilfe (F1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="138" />
        <source>Help and settings</source>
        <translation>Hilfe und Einstellungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="138" />
        <source>Keyboard shortcuts, appearance, language, about Backfill</source>
        <translation>Tastenkürzel, Darstellung, Sprache, über Backfill</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="141" />
        <location filename="../../app/ui/main_window.py" line="224" />
        <location filename="../../app/ui/main_window.py" line="337" />
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="142" />
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="145" />
        <location filename="../../app/ui/translations.py" line="80" />
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="145" />
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="145" />
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="154" />
        <source>About Backfill</source>
        <translation>Über Backfill</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="180" />
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Zurück</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="180" />
        <location filename="../../app/ui/main_window.py" line="221" />
        <location filename="../../app/ui/main_window.py" line="322" />
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="180" />
        <source>The previous step (Alt+Left)</source>
        <translation>Der vorherige Schritt (Alt+Links)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="193" />
        <source>No file loaded</source>
        <translation>Keine Datei geladen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="204" />
        <location filename="../../app/ui/main_window.py" line="317" />
        <source>Go to {step}</source>
        <translation>Zu „{step}“ wechseln</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="217" />
        <source>Open a file…</source>
        <translation>Datei öffnen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="219" />
        <source>Primary action</source>
        <translation>Hauptaktion</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="222" />
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="223" />
        <location filename="../../app/ui/main_window.py" line="327" />
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="225" />
        <source>Cancel running work</source>
        <translation>Laufende Arbeit abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="319" />
        <source>Open a spreadsheet</source>
        <translation>Tabelle öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="320" />
        <source>The page's main button: Next, or Start / Pause / Resume upload</source>
        <translation>Die Hauptschaltfläche der Seite: Weiter oder Upload starten / anhalten / fortsetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="321" />
        <source>Previous / next step</source>
        <translation>Vorheriger / nächster Schritt</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="323" />
        <source>On Load: the file name field (type a path, then Enter)</source>
        <translation>Bei „Laden“: das Feld für den Dateinamen (Pfad eingeben, dann Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="324" />
        <source>Cancel loading or checking</source>
        <translation>Laden oder Prüfen abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="325" />
        <source>Cancel a running upload</source>
        <translation>Laufenden Upload abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="326" />
        <source>This list</source>
        <translation>Diese Liste</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="339" />
        <source>You can also drop a file anywhere on the window.</source>
        <translation>Sie können eine Datei auch an beliebiger Stelle auf das Fenster ziehen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/translations.py" line="77" />
        <source>Language (from the next start)</source>
        <translation>Sprache (ab dem nächsten Start)</translation>
    </message>
</context>
</TS>