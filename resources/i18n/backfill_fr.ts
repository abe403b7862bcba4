<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
  <context>
    <name>CanaryChoice</name>
    <message>
      <source>Send a test batch of</source>
      <translation>Envoyer un lot d’essai de</translation>
    </message>
    <message>
      <source>Rows in the test batch</source>
      <translation>Lignes du lot d’essai</translation>
    </message>
    <message>
      <source>rows first, then ask before sending the rest</source>
      <translation>lignes d’abord, puis demander avant d’envoyer le reste</translation>
    </message>
  </context>
  <context>
    <name>ChunkLog</name>
    <message>
      <source>request {n}</source>
      <translation>requête {n}</translation>
    </message>
    <message>
      <source>row {n}</source>
      <translation>ligne {n}</translation>
    </message>
    <message>
      <source>rows {first}–{last}</source>
      <translation>lignes {first}–{last}</translation>
    </message>
    <message>
      <source>{n} sent</source>
      <translation>{n} envoyées</translation>
    </message>
    <message>
      <source>{n} accepted</source>
      <translation>{n} acceptées</translation>
    </message>
    <message>
      <source>{n} rejected</source>
      <translation>{n} rejetées</translation>
    </message>
    <message>
      <source>{n} to retry</source>
      <translation>{n} à renvoyer</translation>
    </message>
    <message>
      <source>no answer</source>
      <translation>pas de réponse</translation>
    </message>
    <message>
      <source>Requests sent</source>
      <translation>Requêtes envoyées</translation>
    </message>
    <message>
      <source>One line per request: its rows and what the API answered</source>
      <translation>Une ligne par requête : ses lignes et la réponse de l’API</translation>
    </message>
  </context>
  <context>
    <name>ConfirmProductionDialog</name>
    <message>
      <source>PRODUCTION</source>
      <translation>PRODUCTION</translation>
    </message>
    <message>
      <source>STAGING</source>
      <translation>PRÉPRODUCTION</translation>
    </message>
    <message numerus="yes">
      <source>Send %Ln row(s) to {destination} at {url} using “{profile}”?</source>
      <translation>
        <numerusform>Envoyer %Ln ligne à {destination} à {url} avec « {profile} » ?</numerusform>
        <numerusform>Envoyer %Ln lignes à {destination} à {url} avec « {profile} » ?</numerusform>
      </translation>
    </message>
    <message>
      <source>Send to production?</source>
      <translation>Envoyer en production ?</translation>
    </message>
    <message>
      <source>Send to staging?</source>
      <translation>Envoyer en préproduction ?</translation>
    </message>
    <message>
      <source>These records go to a real API. Accepted rows cannot be taken back from here.</source>
      <translation>Ces enregistrements vont à une vraie API. Les lignes acceptées ne peuvent pas être reprises d’ici.</translation>
    </message>
    <message numerus="yes">
      <source>Yes, send these %Ln row(s) to production</source>
      <translation>
        <numerusform>Oui, envoyer cette ligne (%Ln) en production</numerusform>
        <numerusform>Oui, envoyer ces %Ln lignes en production</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Yes, send these %Ln row(s) to staging</source>
      <translation>
        <numerusform>Oui, envoyer cette ligne (%Ln) en préproduction</numerusform>
        <numerusform>Oui, envoyer ces %Ln lignes en préproduction</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Yes, send these %Ln row(s) to {kind}</source>
      <translation>
        <numerusform>Oui, envoyer cette ligne (%Ln) vers {kind}</numerusform>
        <numerusform>Oui, envoyer ces %Ln lignes vers {kind}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Send %Ln row(s)</source>
      <translation>
        <numerusform>Envoyer %Ln ligne</numerusform>
        <numerusform>Envoyer %Ln lignes</numerusform>
      </translation>
    </message>
  </context>
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
  <context>
    <name>ProfileBanner</name>
    <message>
      <source>Sandbox</source>
      <translation>Bac à sable</translation>
    </message>
    <message>
      <source>{profile}. Rows go to the real API at {url}.</source>
      <translation>{profile}. Les lignes vont à la vraie API à {url}.</translation>
    </message>
    <message>
      <source>{profile} at {url}</source>
      <translation>{profile} à {url}</translation>
    </message>
    <message>
      <source>SANDBOX — the test server built into Backfill. Nothing leaves this computer.</source>
      <translation>SANDBOX — le serveur de test intégré à Backfill. Rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
      <source>SANDBOX — {profile} at {url}</source>
      <translation>SANDBOX — {profile} à {url}</translation>
    </message>
  </context>
  <context>
    <name>ProfileDialog</name>
    <message>
      <source>Sandbox (test server, nothing real)</source>
      <translation>Bac à sable (serveur de test, rien de réel)</translation>
    </message>
    <message>
      <source>Staging (a test project at the vendor)</source>
      <translation>Préproduction (un projet de test chez le fournisseur)</translation>
    </message>
    <message>
      <source>Production (real data)</source>
      <translation>Production (données réelles)</translation>
    </message>
    <message>
      <source>Edit destination profile</source>
      <translation>Modifier le profil de destination</translation>
    </message>
    <message>
      <source>New destination profile</source>
      <translation>Nouveau profil de destination</translation>
    </message>
    <message>
      <source>e.g. Production — VibeFollow acme-prod</source>
      <translation>p. ex. Production — VibeFollow acme-prod</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Destination</source>
      <translation>Destination</translation>
    </message>
    <message>
      <source>Base URL</source>
      <translation>URL de base</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Leave empty to keep the stored key</source>
      <translation>Laisser vide pour garder la clé enregistrée</translation>
    </message>
    <message>
      <source>Paste the API key</source>
      <translation>Collez la clé d’API</translation>
    </message>
    <message>
      <source>API key</source>
      <translation>Clé d’API</translation>
    </message>
    <message>
      <source>Test connection</source>
      <translation>Tester la connexion</translation>
    </message>
    <message>
      <source>{place}: no system keychain exists on this computer, so the key is kept in memory until Backfill closes. It is never written to a file.</source>
      <translation>{place} : aucun trousseau système n’existe sur cet ordinateur, la clé est donc gardée en mémoire jusqu’à la fermeture de Backfill. Elle n’est jamais écrite dans un fichier.</translation>
    </message>
    <message>
      <source>{place} when you save.</source>
      <translation>{place} à l’enregistrement.</translation>
    </message>
    <message>
      <source>Testing…</source>
      <translation>Test en cours…</translation>
    </message>
    <message>
      <source>Give the profile a name.</source>
      <translation>Donnez un nom au profil.</translation>
    </message>
    <message>
      <source>Enter the API key for this profile.</source>
      <translation>Saisissez la clé d’API de ce profil.</translation>
    </message>
  </context>
  <context>
    <name>ProfilePicker</name>
    <message>
      <source>Sends to</source>
      <translation>Envoie à</translation>
    </message>
    <message>
      <source>API key</source>
      <translation>Clé d’API</translation>
    </message>
    <message>
      <source>Profile</source>
      <translation>Profil</translation>
    </message>
    <message>
      <source>Where the rows are sent, and with which key</source>
      <translation>Où les lignes sont envoyées, et avec quelle clé</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>Ajouter…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Modifier…</translation>
    </message>
    <message>
      <source>Test connection</source>
      <translation>Tester la connexion</translation>
    </message>
    <message>
      <source>Send one empty request with the key: nothing is stored.</source>
      <translation>Envoyer une requête vide avec la clé : rien n’est enregistré.</translation>
    </message>
    <message>
      <source>Until then only the built-in sandbox profile is offered here.</source>
      <translation>D’ici là, seul le profil bac à sable intégré est proposé ici.</translation>
    </message>
    <message>
      <source>{destination} at {url}</source>
      <translation>{destination} à {url}</translation>
    </message>
    <message>
      <source>“{profile}” sends to {destination}; it is listed when that destination is chosen on the Map step.</source>
      <translation>« {profile} » envoie à {destination} ; il apparaît quand cette destination est choisie à l’étape « Associer ».</translation>
    </message>
    <message>
      <source>The sandbox's built-in test key</source>
      <translation>La clé de test intégrée du bac à sable</translation>
    </message>
    <message>
      <source>Testing…</source>
      <translation>Test en cours…</translation>
    </message>
    <message>
      <source>Sandbox — {destination}</source>
      <translation>Bac à sable — {destination}</translation>
    </message>
    <message>
      <source>staging</source>
      <translation>préproduction</translation>
    </message>
    <message>
      <source>production</source>
      <translation>production</translation>
    </message>
  </context>
  <context>
    <name>ProgressPanel</name>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>{work} (step {done} of {total})</source>
      <translation>{work} (étape {done} sur {total})</translation>
    </message>
    <message numerus="yes">
      <source>{work} — {done} of %Ln row(s)</source>
      <translation>
        <numerusform>{work} — {done} sur %Ln ligne</numerusform>
        <numerusform>{work} — {done} sur %Ln lignes</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ResumeDialog</name>
    <message>
      <source>d MMM yyyy, HH:mm</source>
      <translation>d MMM yyyy, HH:mm</translation>
    </message>
    <message numerus="yes">
      <source>Started {when} · {done} of %Ln row(s) done</source>
      <translation>
        <numerusform>Lancée le {when} · {done} sur %Ln ligne traitée</numerusform>
        <numerusform>Lancée le {when} · {done} sur %Ln lignes traitées</numerusform>
      </translation>
    </message>
    <message>
      <source>{n} still to send</source>
      <translation>{n} encore à envoyer</translation>
    </message>
    <message>
      <source>{left} · {rejected} rejected, {failed} failed</source>
      <translation>{left} · {rejected} rejetées, {failed} en échec</translation>
    </message>
    <message>
      <source>Stopped: {reason}</source>
      <translation>Arrêtée : {reason}</translation>
    </message>
    <message>
      <source>Unfinished uploads</source>
      <translation>Envois inachevés</translation>
    </message>
    <message numerus="yes">
      <source>%Ln upload(s) did not finish</source>
      <translation>
        <numerusform>%Ln envoi n’a pas abouti</numerusform>
        <numerusform>%Ln envois n’ont pas abouti</numerusform>
      </translation>
    </message>
    <message>
      <source>Rows already accepted are not sent again. Resume one now, or choose “Not now” and it is offered again next time Backfill starts.</source>
      <translation>Les lignes déjà acceptées ne sont pas renvoyées. Reprenez-en un maintenant, ou choisissez « Pas maintenant » et il sera proposé à nouveau au prochain démarrage de Backfill.</translation>
    </message>
    <message>
      <source>Resume upload</source>
      <translation>Reprendre l’envoi</translation>
    </message>
    <message>
      <source>Not now</source>
      <translation>Pas maintenant</translation>
    </message>
  </context>
  <context>
    <name>RunPanel</name>
    <message>
      <source>Upload progress</source>
      <translation>Progression de l’envoi</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Stop sending (Ctrl+.). Rows not sent yet stay pending; resume them later.</source>
      <translation>Arrêter l’envoi (Ctrl+.). Les lignes pas encore envoyées restent en attente ; reprenez-les plus tard.</translation>
    </message>
    <message>
      <source>Last problem: {reason}</source>
      <translation>Dernier problème : {reason}</translation>
    </message>
    <message>
      <source>{work} — {done} of {total}…</source>
      <translation>{work} — {done} sur {total}…</translation>
    </message>
    <message>
      <source>{work}…</source>
      <translation>{work}…</translation>
    </message>
    <message>
      <source>Accepted {n}</source>
      <translation>Acceptées {n}</translation>
    </message>
    <message>
      <source>Rejected {n}</source>
      <translation>Rejetées {n}</translation>
    </message>
    <message>
      <source>Failed {n}</source>
      <translation>En échec {n}</translation>
    </message>
    <message>
      <source>Pending {n}</source>
      <translation>En attente {n}</translation>
    </message>
    <message>
      <source>Accepted {accepted}, rejected {rejected}, failed {failed}, pending {pending}</source>
      <translation>Acceptées {accepted}, rejetées {rejected}, en échec {failed}, en attente {pending}</translation>
    </message>
    <message>
      <source>Fingerprinting the file</source>
      <translation>Calcul de l’empreinte du fichier</translation>
    </message>
    <message>
      <source>Writing the rows to the journal</source>
      <translation>Écriture des lignes dans le journal</translation>
    </message>
    <message numerus="yes">
      <source>Writing %Ln row(s) to the journal</source>
      <translation>
        <numerusform>Écriture de %Ln ligne dans le journal</numerusform>
        <numerusform>Écriture de %Ln lignes dans le journal</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>UploadPage</name>
    <message>
      <source>Upload</source>
      <translation>Envoyer</translation>
    </message>
    <message>
      <source>Estimate</source>
      <translation>Estimation</translation>
    </message>
    <message>
      <source>Requests sent</source>
      <translation>Requêtes envoyées</translation>
    </message>
    <message>
      <source>Upload is running. Pause or cancel it first.</source>
      <translation>L’envoi est en cours. Suspendez-le ou annulez-le d’abord.</translation>
    </message>
    <message>
      <source>New uploads are recorded as usual from now on.</source>
      <translation>Les nouveaux envois sont désormais enregistrés comme d’habitude.</translation>
    </message>
    <message>
      <source>Upload in progress</source>
      <translation>Envoi en cours</translation>
    </message>
    <message>
      <source>Upload in progress — pause and close? You can resume later.</source>
      <translation>Envoi en cours — le suspendre et fermer ? Vous pourrez le reprendre plus tard.</translation>
    </message>
    <message>
      <source>(sandbox not running)</source>
      <translation>(bac à sable arrêté)</translation>
    </message>
    <message>
      <source>Preparing the upload…</source>
      <translation>Préparation de l’envoi…</translation>
    </message>
    <message>
      <source>The upload could not be prepared: {reason}</source>
      <translation>L’envoi n’a pas pu être préparé : {reason}</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>Suspendre</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>Reprendre</translation>
    </message>
    <message>
      <source>Continue upload ▶</source>
      <translation>Poursuivre l’envoi ▶</translation>
    </message>
    <message>
      <source>Next: Report ▶</source>
      <translation>Suivant : Rapport ▶</translation>
    </message>
    <message>
      <source>Preparing…</source>
      <translation>Préparation…</translation>
    </message>
    <message>
      <source>Resume upload ▶</source>
      <translation>Reprendre l’envoi ▶</translation>
    </message>
    <message>
      <source>Start upload ▶</source>
      <translation>Démarrer l’envoi ▶</translation>
    </message>
    <message numerus="yes">
      <source>Test batch: sending the first %Ln row(s)…</source>
      <translation>
        <numerusform>Lot d’essai : envoi de la première ligne (%Ln)…</numerusform>
        <numerusform>Lot d’essai : envoi des %Ln premières lignes…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Uploading %Ln row(s)…</source>
      <translation>
        <numerusform>Envoi de %Ln ligne…</numerusform>
        <numerusform>Envoi de %Ln lignes…</numerusform>
      </translation>
    </message>
    <message>
      <source>The receipt could not be saved: {reason}</source>
      <translation>Le reçu n’a pas pu être enregistré : {reason}</translation>
    </message>
    <message>
      <source>Pausing: the requests in flight finish, nothing new is sent.</source>
      <translation>Suspension : les requêtes en cours se terminent, rien de nouveau n’est envoyé.</translation>
    </message>
    <message>
      <source>Paused. Nothing new is sent until you press Resume.</source>
      <translation>Suspendu. Rien de nouveau n’est envoyé avant que vous appuyiez sur « Reprendre ».</translation>
    </message>
    <message>
      <source>Sending again.</source>
      <translation>Reprise de l’envoi.</translation>
    </message>
    <message>
      <source>Stopping: the requests already sent finish, nothing new is sent.</source>
      <translation>Arrêt : les requêtes déjà envoyées se terminent, rien de nouveau n’est envoyé.</translation>
    </message>
    <message>
      <source>Pausing: waiting for the answers to the requests already sent, then closing. The upload can be resumed later.</source>
      <translation>Suspension : attente des réponses aux requêtes déjà envoyées, puis fermeture. L’envoi pourra être repris plus tard.</translation>
    </message>
    <message>
      <source>Upload — job {job}</source>
      <translation>Envoi — tâche {job}</translation>
    </message>
    <message>
      <source>This job was started with the profile “{name}”, which no longer exists.</source>
      <translation>Cette tâche a été lancée avec le profil « {name} », qui n’existe plus.</translation>
    </message>
    <message>
      <source>Add a profile with that name (and its API key) to resume it.</source>
      <translation>Ajoutez un profil portant ce nom (avec sa clé d’API) pour la reprendre.</translation>
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
      <translation>{minutes} min</translation>
    </message>
    <message>
      <source>{minutes} min {seconds} s</source>
      <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
      <source>{hours} h {minutes} min</source>
      <translation>{hours} h {minutes} min</translation>
    </message>
    <message numerus="yes">
      <source>%Ln row(s)</source>
      <translation>
        <numerusform>%Ln ligne</numerusform>
        <numerusform>%Ln lignes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{done} of %Ln row(s)</source>
      <translation>
        <numerusform>{done} sur %Ln ligne</numerusform>
        <numerusform>{done} sur %Ln lignes</numerusform>
      </translation>
    </message>
    <message>
      <source>{rate} rows/s</source>
      <translation>{rate} lignes/s</translation>
    </message>
    <message>
      <source>about {time} left</source>
      <translation>encore environ {time}</translation>
    </message>
    <message>
      <source>Waiting {time}</source>
      <translation>Attente : {time}</translation>
    </message>
    <message>
      <source>Waiting {time}: {reason}</source>
      <translation>Attente de {time} : {reason}</translation>
    </message>
    <message>
      <source>No API key for “{name}”: press Edit… to add it.</source>
      <translation>Aucune clé d’API pour « {name} » : appuyez sur « Modifier… » pour l’ajouter.</translation>
    </message>
    <message>
      <source>This job was started with “{name}”: choose it to resume.</source>
      <translation>Cette tâche a été lancée avec « {name} » : choisissez ce profil pour la reprendre.</translation>
    </message>
    <message>
      <source>Writing the job to the journal…</source>
      <translation>Écriture de la tâche dans le journal…</translation>
    </message>
    <message>
      <source>Choose where to send the rows.</source>
      <translation>Choisissez où envoyer les lignes.</translation>
    </message>
    <message>
      <source>The built-in test server is not running: choose or add another profile.</source>
      <translation>Le serveur de test intégré n’est pas lancé : choisissez ou ajoutez un autre profil.</translation>
    </message>
    <message>
      <source>There are no valid rows to send. Go back to Review.</source>
      <translation>Il n’y a aucune ligne valide à envoyer. Revenez à « Vérifier ».</translation>
    </message>
    <message>
      <source>Checking for rows sent before…</source>
      <translation>Recherche des lignes déjà envoyées…</translation>
    </message>
    <message>
      <source>Some rows were sent before: tick “Send them again” to send them anyway.</source>
      <translation>Certaines lignes ont déjà été envoyées : cochez « Les renvoyer » pour les envoyer quand même.</translation>
    </message>
    <message>
      <source>{name} publishes no request limit; Backfill adapts to its answers</source>
      <translation>{name} ne publie aucune limite de requêtes ; Backfill s’adapte à ses réponses</translation>
    </message>
    <message numerus="yes">
      <source>{name} allows %Ln request(s)/min</source>
      <translation>
        <numerusform>{name} autorise %Ln requête/min</numerusform>
        <numerusform>{name} autorise %Ln requêtes/min</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{name} allows %Ln request(s) per {seconds} s</source>
      <translation>
        <numerusform>{name} autorise %Ln requête par {seconds} s</numerusform>
        <numerusform>{name} autorise %Ln requêtes par {seconds} s</numerusform>
      </translation>
    </message>
    <message>
      <source>{name} refused this API key ({status}). Check the key.</source>
      <translation>{name} a refusé cette clé d’API ({status}). Vérifiez la clé.</translation>
    </message>
    <message>
      <source>Nothing answers at {where} (404). Check the base URL.</source>
      <translation>Rien ne répond à {where} (404). Vérifiez l’URL de base.</translation>
    </message>
    <message>
      <source>Connected and the key works; {name} is asking us to slow down right now.</source>
      <translation>Connecté et la clé fonctionne ; {name} demande en ce moment de ralentir.</translation>
    </message>
    <message>
      <source>Connected — {name} accepted the key.</source>
      <translation>Connecté — {name} a accepté la clé.</translation>
    </message>
    <message>
      <source>{name} answered with a server error ({status}). Try again later.</source>
      <translation>{name} a répondu par une erreur de serveur ({status}). Réessayez plus tard.</translation>
    </message>
    <message>
      <source>{name} answered with an unexpected status {status}.</source>
      <translation>{name} a répondu avec un statut inattendu : {status}.</translation>
    </message>
    <message>
      <source>Enter the API key first.</source>
      <translation>Saisissez d’abord la clé d’API.</translation>
    </message>
    <message>
      <source>Key stored in the system keychain</source>
      <translation>Clé enregistrée dans le trousseau du système</translation>
    </message>
    <message>
      <source>Key for this session only</source>
      <translation>Clé pour cette session uniquement</translation>
    </message>
    <message>
      <source>No key set</source>
      <translation>Aucune clé définie</translation>
    </message>
    <message>
      <source>could not connect</source>
      <translation>connexion impossible</translation>
    </message>
    <message>
      <source>the connection broke while reading the answer</source>
      <translation>la connexion a été coupée pendant la lecture de la réponse</translation>
    </message>
    <message>
      <source>the connection broke while sending</source>
      <translation>la connexion a été coupée pendant l’envoi</translation>
    </message>
    <message>
      <source>the server closed the connection without an answer</source>
      <translation>le serveur a fermé la connexion sans répondre</translation>
    </message>
    <message>
      <source>the proxy refused the connection</source>
      <translation>le proxy a refusé la connexion</translation>
    </message>
    <message>
      <source>network error</source>
      <translation>erreur réseau</translation>
    </message>
    <message>
      <source>the API asked us to slow down (429)</source>
      <translation>l’API a demandé de ralentir (429)</translation>
    </message>
    <message>
      <source>the API is overloaded (503)</source>
      <translation>l’API est surchargée (503)</translation>
    </message>
    <message>
      <source>the API asked us to wait</source>
      <translation>l’API a demandé d’attendre</translation>
    </message>
    <message>
      <source>The upload stopped.</source>
      <translation>L’envoi s’est arrêté.</translation>
    </message>
    <message>
      <source>The upload stopped because of an unexpected problem. It can be resumed.</source>
      <translation>L’envoi s’est arrêté à cause d’un problème inattendu. Il peut être repris.</translation>
    </message>
    <message>
      <source>retrying after {reason}</source>
      <translation>nouvel essai après : {reason}</translation>
    </message>
    <message>
      <source>connection problem: {reason}</source>
      <translation>problème de connexion : {reason}</translation>
    </message>
    <message>
      <source>will retry: {reason}</source>
      <translation>nouvel essai prévu : {reason}</translation>
    </message>
    <message numerus="yes">
      <source>failed after %Ln attempt(s): {reason}</source>
      <translation>
        <numerusform>en échec après %Ln essai : {reason}</numerusform>
        <numerusform>en échec après %Ln essais : {reason}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln row(s) failed after {attempts}: {reason}</source>
      <translation>
        <numerusform>%Ln ligne en échec après {attempts} : {reason}</numerusform>
        <numerusform>%Ln lignes en échec après {attempts} : {reason}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln attempt(s)</source>
      <translation>
        <numerusform>%Ln essai</numerusform>
        <numerusform>%Ln essais</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln row(s) will be retried: {reason}</source>
      <translation>
        <numerusform>%Ln ligne sera renvoyée : {reason}</numerusform>
        <numerusform>%Ln lignes seront renvoyées : {reason}</numerusform>
      </translation>
    </message>
    <message>
      <source>never sent; split to the limit of {limit}</source>
      <translation>jamais envoyé ; découpé à la limite de {limit}</translation>
    </message>
    <message>
      <source>no answer within the timeout ({time})</source>
      <translation>pas de réponse dans le délai imparti ({time})</translation>
    </message>
    <message>
      <source>Nothing to send yet.</source>
      <translation>Rien à envoyer pour l’instant.</translation>
    </message>
    <message numerus="yes">
      <source>%Ln request(s)</source>
      <translation>
        <numerusform>%Ln requête</numerusform>
        <numerusform>%Ln requêtes</numerusform>
      </translation>
    </message>
    <message>
      <source>{rows} → {requests} → about {time}</source>
      <translation>{rows} → {requests} → environ {time}</translation>
    </message>
    <message>
      <source>{estimate}; {note}</source>
      <translation>{estimate} ; {note}</translation>
    </message>
    <message numerus="yes">
      <source>Test batch: of the first %Ln row(s), {accepted} accepted, {rejected} rejected, {failed} failed.</source>
      <translation>
        <numerusform>Lot d’essai : sur la première ligne (%Ln), {accepted} acceptée, {rejected} rejetée, {failed} en échec.</numerusform>
        <numerusform>Lot d’essai : sur les %Ln premières lignes, {accepted} acceptées, {rejected} rejetées, {failed} en échec.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Press “Continue upload” to send the remaining %Ln row(s), or Cancel to stop here (the job stays resumable).</source>
      <translation>
        <numerusform>Appuyez sur « Poursuivre l’envoi » pour envoyer la ligne restante (%Ln), ou sur « Annuler » pour vous arrêter ici (la tâche pourra être reprise).</numerusform>
        <numerusform>Appuyez sur « Poursuivre l’envoi » pour envoyer les %Ln lignes restantes, ou sur « Annuler » pour vous arrêter ici (la tâche pourra être reprise).</numerusform>
      </translation>
    </message>
    <message>
      <source>Test batch finished — check the outcome, then continue or cancel.</source>
      <translation>Lot d’essai terminé — vérifiez le résultat, puis poursuivez ou annulez.</translation>
    </message>
    <message>
      <source>Rows not sent yet stay pending: fix the problem, then press “Resume upload”.</source>
      <translation>Les lignes pas encore envoyées restent en attente : corrigez le problème, puis appuyez sur « Reprendre l’envoi ».</translation>
    </message>
    <message numerus="yes">
      <source>Upload stopped by a problem (see the Upload step); %Ln row(s) stay pending.</source>
      <translation>
        <numerusform>Envoi arrêté par un problème (voir l’étape « Envoyer ») ; %Ln ligne reste en attente.</numerusform>
        <numerusform>Envoi arrêté par un problème (voir l’étape « Envoyer ») ; %Ln lignes restent en attente.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Upload stopped. %Ln row(s) not sent yet stay pending.</source>
      <translation>
        <numerusform>Envoi arrêté. %Ln ligne pas encore envoyée reste en attente.</numerusform>
        <numerusform>Envoi arrêté. %Ln lignes pas encore envoyées restent en attente.</numerusform>
      </translation>
    </message>
    <message>
      <source>Press “Resume upload” to send them now, or resume the job later.</source>
      <translation>Appuyez sur « Reprendre l’envoi » pour les envoyer maintenant, ou reprenez la tâche plus tard.</translation>
    </message>
    <message numerus="yes">
      <source>Upload stopped; %Ln row(s) stay pending.</source>
      <translation>
        <numerusform>Envoi arrêté ; %Ln ligne reste en attente.</numerusform>
        <numerusform>Envoi arrêté ; %Ln lignes restent en attente.</numerusform>
      </translation>
    </message>
    <message>
      <source>Upload finished: {accepted} accepted, {rejected} rejected, {failed} failed.</source>
      <translation>Envoi terminé : {accepted} acceptées, {rejected} rejetées, {failed} en échec.</translation>
    </message>
  </context>
  <context>
    <name>Workers</name>
    <message>
      <source>The computer ran out of memory while doing this.</source>
      <translation>L’ordinateur a manqué de mémoire pendant cette opération.</translation>
    </message>
    <message>
      <source>Close other programs, or split the file into smaller parts.</source>
      <translation>Fermez d’autres programmes, ou découpez le fichier en parties plus petites.</translation>
    </message>
    <message>
      <source>Backfill is not allowed to read or write that file.</source>
      <translation>Backfill n’a pas le droit de lire ou d’écrire ce fichier.</translation>
    </message>
    <message>
      <source>Check that the file is not open in another program and that you may read it.</source>
      <translation>Vérifiez que le fichier n’est pas ouvert dans un autre programme et que vous avez le droit de le lire.</translation>
    </message>
    <message>
      <source>The file could not be found.</source>
      <translation>Le fichier est introuvable.</translation>
    </message>
    <message>
      <source>It may have been moved or renamed.</source>
      <translation>Il a peut-être été déplacé ou renommé.</translation>
    </message>
    <message>
      <source>The file could not be read ({reason}).</source>
      <translation>Le fichier n’a pas pu être lu ({reason}).</translation>
    </message>
    <message>
      <source>no details</source>
      <translation>aucun détail</translation>
    </message>
    <message>
      <source>Something went wrong: {reason}</source>
      <translation>Un problème est survenu : {reason}</translation>
    </message>
  </context>
</TS>