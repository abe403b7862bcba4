<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
  <context>
    <name>MainWindow</name>
    <message>
      <source>Load</source>
      <translation>Charger</translation>
    </message>
    <message>
      <source>Map</source>
      <translation>Associer</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>Vérifier</translation>
    </message>
    <message>
      <source>Upload</source>
      <translation>Envoyer</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>Rapport</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Raccourcis clavier</translation>
    </message>
    <message>
      <source>Follow the system</source>
      <translation>Comme le système</translation>
    </message>
    <message>
      <source>◀ &amp;Back</source>
      <translation>◀ &amp;Retour</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Retour</translation>
    </message>
    <message>
      <source>The previous step (Alt+Left)</source>
      <translation>L’étape précédente (Alt+Gauche)</translation>
    </message>
    <message>
      <source>No file loaded</source>
      <translation>Aucun fichier chargé</translation>
    </message>
    <message>
      <source>Go to {step}</source>
      <translation>Aller à « {step} »</translation>
    </message>
    <message>
      <source>Open a file…</source>
      <translation>Ouvrir un fichier…</translation>
    </message>
    <message>
      <source>Primary action</source>
      <translation>Action principale</translation>
    </message>
    <message>
      <source>Next step</source>
      <translation>Étape suivante</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Quitter</translation>
    </message>
    <message>
      <source>Cancel running work</source>
      <translation>Annuler le travail en cours</translation>
    </message>
    <message>
      <source>Open a spreadsheet</source>
      <translation>Ouvrir un tableur</translation>
    </message>
    <message>
      <source>The page's main button: Next, or Start / Pause / Resume upload</source>
      <translation>Le bouton principal de la page : Suivant, ou démarrer / suspendre / reprendre l’envoi</translation>
    </message>
    <message>
      <source>Previous / next step</source>
      <translation>Étape précédente / suivante</translation>
    </message>
    <message>
      <source>On Load: the file name field (type a path, then Enter)</source>
      <translation>À « Charger » : le champ du nom de fichier (saisir un chemin, puis Entrée)</translation>
    </message>
    <message>
      <source>Cancel loading or checking</source>
      <translation>Annuler le chargement ou la vérification</translation>
    </message>
    <message>
      <source>Cancel a running upload</source>
      <translation>Annuler l’envoi en cours</translation>
    </message>
    <message>
      <source>This list</source>
      <translation>Cette liste</translation>
    </message>
    <message>
      <source>You can also drop a file anywhere on the window.</source>
      <translation>Vous pouvez aussi déposer un fichier n’importe où dans la fenêtre.</translation>
    </message>
    <message>
      <source>Language (from the next start)</source>
      <translation>Langue (au prochain démarrage)</translation>
    </message>
    <message>
      <source>Help (F1)</source>
      <translation>Aide (F1)</translation>
    </message>
    <message>
      <source>Help and settings</source>
      <translation>Aide et réglages</translation>
    </message>
    <message>
      <source>Keyboard shortcuts, appearance, language, about Backfill</source>
      <translation>Raccourcis clavier, apparence, langue, à propos de Backfill</translation>
    </message>
    <message>
      <source>Appearance</source>
      <translation>Apparence</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Clair</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>Sombre</translation>
    </message>
    <message>
      <source>About Backfill</source>
      <translation>À propos de Backfill</translation>
    </message>
  </context>
</TS>