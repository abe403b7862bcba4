<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="55" />
        <source>Load</source>
        <translation>Charger</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="56" />
        <source>Map</source>
        <translation>Associer</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="57" />
        <source>Review</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="58" />
        <source>Upload</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="59" />
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="137" />
        <source>Help (F1)</source>
        <translation>Aide (F1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="138" />
        <source>Help and settings</source>
        <translation>Aide et réglages</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="138" />
        <source>Keyboard shortcuts, appearance, language, about Backfill</source>
        <translation>Raccourcis clavier, apparence, langue, à propos de Backfill</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="141" />
        <location filename="../../app/ui/main_window.py" line="224" />
        <location filename="../../app/ui/main_window.py" line="337" />
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="142" />
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="145" />
        <location filename="../../app/ui/translations.py" line="80" />
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="145" />
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="145" />
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="154" />
        <source>About Backfill</source>
        <translation>À propos de Backfill</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="180" />
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Retour</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="180" />
        <location filename="../../app/ui/main_window.py" line="221" />
        <location filename="../../app/ui/main_window.py" line="322" />
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="180" />
        <source>The previous step (Alt+Left)</source>
        <translation>L’étape précédente (Alt+Gauche)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="193" />
        <source>No file loaded</source>
        <translation>Aucun fichier chargé</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="204" />
        <location filename="../../app/ui/main_window.py" line="317" />
        <source>Go to {step}</source>
        <translation>Aller à « {step} »</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="217" />
        <source>Open a file…</source>
        <translation>Ouvrir un fichier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="219" />
        <source>Primary action</source>
        <translation>Action principale</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="222" />
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="223" />
        <location filename="../../app/ui/main_window.py" line="327" />
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="225" />
        <source>Cancel running work</source>
        <translation>Annuler le travail en cours</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="319" />
        <source>Open a spreadsheet</source>
        <translation>Ouvrir un tableur</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="320" />
        <source>The page's main button: Next, or Start / Pause / Resume upload</source>
        <translation>Le bouton principal de la page : Suivant, ou démarrer / suspendre / reprendre l’envoi</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="321" />
        <source>Previous / next step</source>
        <translation>Étape précédente / suivante</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="323" />
        <source>On Load: the file name field (type a path, then Enter)</source>
        <translation>À « Charger » : le champ du nom de fichier (saisir un chemin, puis Entrée)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="324" />
        <source>Cancel loading or checking</source>
        <translation>Annuler le chargement ou la vérification</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="325" />
        <source>Cancel a running upload</source>
        <translation>Annuler l’envoi en cours</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="326" />
        <source>This list</source>
        <translation>Cette liste</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="339" />
        <source>You can also drop a file anywhere on the window.</source>
        <translation>Vous pouvez aussi déposer un fichier n’importe où dans la fenêtre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/translations.py" line="77" />
        <source>Language (from the next start)</source>
        <translation>Langue (au prochain démarrage)</translation>
    </message>
</context>
</TS>