"""The Upload step and its dialogs (profile, resume, confirm), with the core's upload words the
UI rebuilds (English: German, French, Spanish). Plurals: (singular, plural) per language.

Words: accepted = angenommen / accepté / aceptado; failed = fehlgeschlagen / en échec / fallido;
pending = ausstehend / en attente / pendiente; request = Anfrage / requête / solicitud; profile =
Profil / profil / perfil; test batch = Testpaket / lot d’essai / lote de prueba; key = Schlüssel /
clé / clave; journal = Journal / journal / registro.
"""

WORDS = {  # English: (German, French, Spanish)
    # -- the page --------------------------------------------------------------------------
    "Estimate": ("Schätzung", "Estimation", "Estimación"),
    "Requests sent": ("Gesendete Anfragen", "Requêtes envoyées", "Solicitudes enviadas"),
    "Upload is running. Pause or cancel it first.": (
        "Der Upload läuft. Halten Sie ihn zuerst an oder brechen Sie ihn ab.",
        "L’envoi est en cours. Suspendez-le ou annulez-le d’abord.",
        "La carga está en curso. Páusela o cancélela primero.",
    ),
    "New uploads are recorded as usual from now on.": (
        "Neue Uploads werden ab jetzt wie gewohnt aufgezeichnet.",
        "Les nouveaux envois sont désormais enregistrés comme d’habitude.",
        "Las nuevas cargas se registran de nuevo con normalidad.",
    ),
    "Upload in progress": ("Upload läuft", "Envoi en cours", "Carga en curso"),
    "Upload in progress — pause and close? You can resume later.": (
        "Upload läuft – anhalten und schließen? Sie können ihn später fortsetzen.",
        "Envoi en cours – le suspendre et fermer ? Vous pourrez le reprendre plus tard.",
        "Carga en curso: ¿pausarla y cerrar? Puede reanudarla más tarde.",
    ),
    "(sandbox not running)": (
        "(Sandbox läuft nicht)",
        "(sandbox arrêtée)",
        "(el sandbox no está en marcha)",
    ),
    "Preparing the upload…": (
        "Upload wird vorbereitet …",
        "Préparation de l’envoi…",
        "Preparando la carga…",
    ),
    "The upload could not be prepared: {reason}": (
        "Der Upload konnte nicht vorbereitet werden: {reason}",
        "L’envoi n’a pas pu être préparé : {reason}",
        "No se pudo preparar la carga: {reason}",
    ),
    "Test batch: sending the first %Ln row(s)…": (
        (
            "Testpaket: die erste %Ln Zeile wird gesendet …",
            "Testpaket: die ersten %Ln Zeilen werden gesendet …",
        ),
        (
            "Lot d’essai : envoi de la première ligne (%Ln)…",
            "Lot d’essai : envoi des %Ln premières lignes…",
        ),
        (
            "Lote de prueba: enviando la primera fila (%Ln)…",
            "Lote de prueba: enviando las primeras %Ln filas…",
        ),
    ),
    "Uploading %Ln row(s)…": (
        ("%Ln Zeile wird hochgeladen …", "%Ln Zeilen werden hochgeladen …"),
        ("Envoi de %Ln ligne…", "Envoi de %Ln lignes…"),
        ("Cargando %Ln fila…", "Cargando %Ln filas…"),
    ),
    "The receipt could not be saved: {reason}": (
        "Der Beleg konnte nicht gespeichert werden: {reason}",
        "Le reçu n’a pas pu être enregistré : {reason}",
        "No se pudo guardar el comprobante: {reason}",
    ),
    "Pausing: the requests in flight finish, nothing new is sent.": (
        "Wird angehalten: Die laufenden Anfragen werden beendet, nichts Neues wird gesendet.",
        "Suspension : les requêtes en cours se terminent, rien de nouveau n’est envoyé.",
        "Pausando: las solicitudes en curso terminan y no se envía nada nuevo.",
    ),
    "Paused. Nothing new is sent until you press Resume.": (
        "Angehalten. Bis Sie „Fortsetzen“ drücken, wird nichts Neues gesendet.",
        "Suspendu. Rien de nouveau n’est envoyé avant que vous appuyiez sur « Reprendre ».",
        "En pausa. No se envía nada nuevo hasta que pulse «Reanudar».",
    ),
    "Sending again.": ("Es wird wieder gesendet.", "Reprise de l’envoi.", "Enviando de nuevo."),
    "Stopping: the requests already sent finish, nothing new is sent.": (
        "Wird beendet: Die bereits gesendeten Anfragen werden abgeschlossen, nichts Neues wird "
        "gesendet.",
        "Arrêt : les requêtes déjà envoyées se terminent, rien de nouveau n’est envoyé.",
        "Deteniendo: las solicitudes ya enviadas terminan y no se envía nada nuevo.",
    ),
    "Pausing: waiting for the answers to the requests already sent, then closing. The upload "
    "can be resumed later.": (
        "Wird angehalten: Es wird auf die Antworten auf die bereits gesendeten Anfragen "
        "gewartet, dann wird geschlossen. Der Upload kann später fortgesetzt werden.",
        "Suspension : attente des réponses aux requêtes déjà envoyées, puis fermeture. L’envoi "
        "pourra être repris plus tard.",
        "Pausando: se esperan las respuestas a las solicitudes ya enviadas y luego se cierra. "
        "La carga puede reanudarse más tarde.",
    ),
    "Upload — job {job}": (
        "Hochladen – Auftrag {job}",
        "Envoi – tâche {job}",
        "Carga: trabajo {job}",
    ),
    "This job was started with the profile “{name}”, which no longer exists.": (
        "Dieser Auftrag wurde mit dem Profil „{name}“ gestartet, das es nicht mehr gibt.",
        "Cette tâche a été lancée avec le profil « {name} », qui n’existe plus.",
        "Este trabajo se inició con el perfil «{name}», que ya no existe.",
    ),
    "Add a profile with that name (and its API key) to resume it.": (
        "Legen Sie ein Profil mit diesem Namen (und seinem API-Schlüssel) an, um ihn fortzusetzen.",
        "Ajoutez un profil portant ce nom (avec sa clé d’API) pour la reprendre.",
        "Añada un perfil con ese nombre (y su clave de API) para reanudarlo.",
    ),
    # -- the estimate, progress, waits (the core's words, rebuilt) ---------------------------
    "Nothing to send yet.": (
        "Noch nichts zu senden.",
        "Rien à envoyer pour l’instant.",
        "Todavía no hay nada que enviar.",
    ),
    "{rows} → {requests} → about {time}": (
        "{rows} → {requests} → etwa {time}",
        "{rows} → {requests} → environ {time}",
        "{rows} → {requests} → unos {time}",
    ),
    "{estimate}; {note}": ("{estimate}; {note}", "{estimate} ; {note}", "{estimate}; {note}"),
    "%Ln request(s)": (
        ("%Ln Anfrage", "%Ln Anfragen"),
        ("%Ln requête", "%Ln requêtes"),
        ("%Ln solicitud", "%Ln solicitudes"),
    ),
    "{done} of %Ln row(s)": (
        ("{done} von %Ln Zeile", "{done} von %Ln Zeilen"),
        ("{done} sur %Ln ligne", "{done} sur %Ln lignes"),
        ("{done} de %Ln fila", "{done} de %Ln filas"),
    ),
    "{rate} rows/s": ("{rate} Zeilen/s", "{rate} lignes/s", "{rate} filas/s"),
    "about {time} left": ("noch etwa {time}", "encore environ {time}", "quedan unos {time}"),
    "{seconds} s": ("{seconds} s", "{seconds} s", "{seconds} s"),
    "{minutes} min": ("{minutes} Min.", "{minutes} min", "{minutes} min"),
    "{minutes} min {seconds} s": (
        "{minutes} Min. {seconds} s",
        "{minutes} min {seconds} s",
        "{minutes} min {seconds} s",
    ),
    "{hours} h {minutes} min": (
        "{hours} Std. {minutes} Min.",
        "{hours} h {minutes} min",
        "{hours} h {minutes} min",
    ),
    "Waiting {time}": ("Warten: {time}", "Attente : {time}", "Esperando {time}"),
    "Waiting {time}: {reason}": (
        "Warten ({time}): {reason}",
        "Attente de {time} : {reason}",
        "Esperando {time}: {reason}",
    ),
    "{name} publishes no request limit; Backfill adapts to its answers": (
        "{name} nennt kein Anfragelimit; Backfill richtet sich nach den Antworten",
        "{name} ne publie aucune limite de requêtes ; Backfill s’adapte à ses réponses",
        "{name} no publica un límite de solicitudes; Backfill se adapta a sus respuestas",
    ),
    "{name} allows %Ln request(s)/min": (
        ("{name} erlaubt %Ln Anfrage/Min.", "{name} erlaubt %Ln Anfragen/Min."),
        ("{name} autorise %Ln requête/min", "{name} autorise %Ln requêtes/min"),
        ("{name} permite %Ln solicitud/min", "{name} permite %Ln solicitudes/min"),
    ),
    "{name} allows %Ln request(s) per {seconds} s": (
        (
            "{name} erlaubt %Ln Anfrage pro {seconds} s",
            "{name} erlaubt %Ln Anfragen pro {seconds} s",
        ),
        (
            "{name} autorise %Ln requête par {seconds} s",
            "{name} autorise %Ln requêtes par {seconds} s",
        ),
        (
            "{name} permite %Ln solicitud cada {seconds} s",
            "{name} permite %Ln solicitudes cada {seconds} s",
        ),
    ),
    # -- how a run ended -------------------------------------------------------------------
    "Test batch: of the first %Ln row(s), {accepted} accepted, {rejected} rejected, {failed} "
    "failed.": (
        (
            "Testpaket: von der ersten %Ln Zeile {accepted} angenommen, {rejected} abgelehnt, "
            "{failed} fehlgeschlagen.",
            "Testpaket: von den ersten %Ln Zeilen {accepted} angenommen, {rejected} abgelehnt, "
            "{failed} fehlgeschlagen.",
        ),
        (
            "Lot d’essai : sur la première ligne (%Ln), {accepted} acceptée, {rejected} rejetée, "
            "{failed} en échec.",
            "Lot d’essai : sur les %Ln premières lignes, {accepted} acceptées, {rejected} "
            "rejetées, {failed} en échec.",
        ),
        (
            "Lote de prueba: de la primera fila (%Ln), {accepted} aceptada, {rejected} "
            "rechazada, {failed} fallida.",
            "Lote de prueba: de las primeras %Ln filas, {accepted} aceptadas, {rejected} "
            "rechazadas, {failed} fallidas.",
        ),
    ),
    "Press “Continue upload” to send the remaining %Ln row(s), or Cancel to stop here (the job "
    "stays resumable).": (
        (
            "Drücken Sie „Mit dem Upload fortfahren“, um die verbleibende %Ln Zeile zu senden, oder "
            "„Abbrechen“, um hier aufzuhören (der Auftrag bleibt fortsetzbar).",
            "Drücken Sie „Mit dem Upload fortfahren“, um die verbleibenden %Ln Zeilen zu senden, oder "
            "„Abbrechen“, um hier aufzuhören (der Auftrag bleibt fortsetzbar).",
        ),
        (
            "Appuyez sur « Continuer l’envoi » pour envoyer la ligne restante (%Ln), ou sur "
            "« Annuler » pour vous arrêter ici (la tâche pourra être reprise).",
            "Appuyez sur « Continuer l’envoi » pour envoyer les %Ln lignes restantes, ou sur "
            "« Annuler » pour vous arrêter ici (la tâche pourra être reprise).",
        ),
        (
            "Pulse «Continuar la carga» para enviar la fila restante (%Ln), o «Cancelar» para "
            "detenerse aquí (el trabajo se podrá reanudar).",
            "Pulse «Continuar la carga» para enviar las %Ln filas restantes, o «Cancelar» para "
            "detenerse aquí (el trabajo se podrá reanudar).",
        ),
    ),
    "Test batch finished — check the outcome, then continue or cancel.": (
        "Testpaket fertig – prüfen Sie das Ergebnis, dann fahren Sie fort oder brechen ab.",
        "Lot d’essai terminé – vérifiez le résultat, puis poursuivez ou annulez.",
        "Lote de prueba terminado: revise el resultado y después continúe o cancele.",
    ),
    "Rows not sent yet stay pending: fix the problem, then press “Resume upload”.": (
        "Noch nicht gesendete Zeilen bleiben ausstehend: Beheben Sie das Problem und drücken "
        "Sie dann „Upload fortsetzen“.",
        "Les lignes pas encore envoyées restent en attente : corrigez le problème, puis "
        "appuyez sur « Reprendre l’envoi ».",
        "Las filas aún no enviadas quedan pendientes: corrija el problema y pulse «Reanudar "
        "la carga».",
    ),
    "Upload stopped by a problem (see the Upload step); %Ln row(s) stay pending.": (
        (
            "Upload wegen eines Problems gestoppt (siehe Schritt „Hochladen“); %Ln Zeile "
            "bleibt ausstehend.",
            "Upload wegen eines Problems gestoppt (siehe Schritt „Hochladen“); %Ln Zeilen "
            "bleiben ausstehend.",
        ),
        (
            "Envoi arrêté par un problème (voir l’étape « Envoyer ») ; %Ln ligne reste en attente.",
            "Envoi arrêté par un problème (voir l’étape « Envoyer ») ; %Ln lignes restent en "
            "attente.",
        ),
        (
            "Carga detenida por un problema (vea el paso «Cargar datos»); %Ln fila queda "
            "pendiente.",
            "Carga detenida por un problema (vea el paso «Cargar datos»); %Ln filas quedan "
            "pendientes.",
        ),
    ),
    "Upload stopped. %Ln row(s) not sent yet stay pending.": (
        (
            "Upload gestoppt. %Ln noch nicht gesendete Zeile bleibt ausstehend.",
            "Upload gestoppt. %Ln noch nicht gesendete Zeilen bleiben ausstehend.",
        ),
        (
            "Envoi arrêté. %Ln ligne pas encore envoyée reste en attente.",
            "Envoi arrêté. %Ln lignes pas encore envoyées restent en attente.",
        ),
        (
            "Carga detenida. %Ln fila aún no enviada queda pendiente.",
            "Carga detenida. %Ln filas aún no enviadas quedan pendientes.",
        ),
    ),
    "Press “Resume upload” to send them now, or resume the job later.": (
        "Drücken Sie „Upload fortsetzen“, um sie jetzt zu senden, oder setzen Sie den Auftrag "
        "später fort.",
        "Appuyez sur « Reprendre l’envoi » pour les envoyer maintenant, ou reprenez la tâche "
        "plus tard.",
        "Pulse «Reanudar la carga» para enviarlas ahora, o reanude el trabajo más tarde.",
    ),
    "Upload stopped; %Ln row(s) stay pending.": (
        (
            "Upload gestoppt; %Ln Zeile bleibt ausstehend.",
            "Upload gestoppt; %Ln Zeilen bleiben ausstehend.",
        ),
        (
            "Envoi arrêté ; %Ln ligne reste en attente.",
            "Envoi arrêté ; %Ln lignes restent en attente.",
        ),
        (
            "Carga detenida; %Ln fila queda pendiente.",
            "Carga detenida; %Ln filas quedan pendientes.",
        ),
    ),
    "Upload finished: {accepted} accepted, {rejected} rejected, {failed} failed.": (
        "Upload abgeschlossen: {accepted} angenommen, {rejected} abgelehnt, {failed} "
        "fehlgeschlagen.",
        "Envoi terminé : {accepted} acceptées, {rejected} rejetées, {failed} en échec.",
        "Carga terminada: {accepted} aceptadas, {rejected} rechazadas, {failed} fallidas.",
    ),
    # -- what stops Start --------------------------------------------------------------------
    "No API key for “{name}”: press Edit… to add it.": (
        "Kein API-Schlüssel für „{name}“: Drücken Sie „Bearbeiten …“, um ihn hinzuzufügen.",
        "Aucune clé d’API pour « {name} » : appuyez sur « Modifier… » pour l’ajouter.",
        "No hay clave de API para «{name}»: pulse «Editar…» para añadirla.",
    ),
    "This job was started with “{name}”: choose it to resume.": (
        "Dieser Auftrag wurde mit „{name}“ gestartet: Wählen Sie dieses Profil, um ihn "
        "fortzusetzen.",
        "Cette tâche a été lancée avec « {name} » : choisissez ce profil pour la reprendre.",
        "Este trabajo se inició con «{name}»: elíjalo para reanudarlo.",
    ),
    "Writing the job to the journal…": (
        "Der Auftrag wird ins Journal geschrieben …",
        "Écriture de la tâche dans le journal…",
        "Escribiendo el trabajo en el registro…",
    ),
    "Choose where to send the rows.": (
        "Wählen Sie, wohin die Zeilen gesendet werden.",
        "Choisissez où envoyer les lignes.",
        "Elija adónde enviar las filas.",
    ),
    "The built-in test server is not running: choose or add another profile.": (
        "Der eingebaute Testserver läuft nicht: Wählen Sie ein anderes Profil oder legen Sie "
        "eines an.",
        "Le serveur de test intégré n’est pas lancé : choisissez ou ajoutez un autre profil.",
        "El servidor de pruebas integrado no está en marcha: elija o añada otro perfil.",
    ),
    "There are no valid rows to send. Go back to Review.": (
        "Es gibt keine gültigen Zeilen zum Senden. Gehen Sie zurück zu „Prüfen“.",
        "Il n’y a aucune ligne valide à envoyer. Revenez à « Vérifier ».",
        "No hay filas válidas que enviar. Vuelva a «Revisar».",
    ),
    "Checking for rows sent before…": (
        "Es wird nach früher gesendeten Zeilen gesucht …",
        "Recherche des lignes déjà envoyées…",
        "Buscando filas enviadas antes…",
    ),
    "Some rows were sent before: tick “Send them again” to send them anyway.": (
        "Einige Zeilen wurden schon einmal gesendet: Setzen Sie das Häkchen bei „Erneut "
        "senden“, um sie trotzdem zu senden.",
        "Certaines lignes ont déjà été envoyées : cochez « Les renvoyer » pour les envoyer "
        "quand même.",
        "Algunas filas ya se enviaron: marque «Enviarlas de nuevo» para enviarlas igualmente.",
    ),
    # -- Test connection and where a key is kept ---------------------------------------------
    "{name} refused this API key ({status}). Check the key.": (
        "{name} hat diesen API-Schlüssel abgelehnt ({status}). Prüfen Sie den Schlüssel.",
        "{name} a refusé cette clé d’API ({status}). Vérifiez la clé.",
        "{name} rechazó esta clave de API ({status}). Compruebe la clave.",
    ),
    "Nothing answers at {where} (404). Check the base URL.": (
        "Unter {where} antwortet nichts (404). Prüfen Sie die Basis-URL.",
        "Rien ne répond à {where} (404). Vérifiez l’URL de base.",
        "Nada responde en {where} (404). Compruebe la URL base.",
    ),
    "Connected and the key works; {name} is asking us to slow down right now.": (
        "Verbunden, der Schlüssel funktioniert; {name} bittet gerade darum, langsamer zu senden.",
        "Connecté et la clé fonctionne ; {name} demande en ce moment de ralentir.",
        "Conectado y la clave funciona; {name} pide ahora mismo que se envíe más despacio.",
    ),
    "Connected — {name} accepted the key.": (
        "Verbunden – {name} hat den Schlüssel angenommen.",
        "Connecté – {name} a accepté la clé.",
        "Conectado: {name} aceptó la clave.",
    ),
    "{name} answered with a server error ({status}). Try again later.": (
        "{name} antwortete mit einem Serverfehler ({status}). Versuchen Sie es später erneut.",
        "{name} a répondu par une erreur de serveur ({status}). Réessayez plus tard.",
        "{name} respondió con un error del servidor ({status}). Inténtelo más tarde.",
    ),
    "{name} answered with an unexpected status {status}.": (
        "{name} antwortete mit dem unerwarteten Status {status}.",
        "{name} a répondu avec un statut inattendu : {status}.",
        "{name} respondió con un estado inesperado: {status}.",
    ),
    "Enter the API key first.": (
        "Geben Sie zuerst den API-Schlüssel ein.",
        "Saisissez d’abord la clé d’API.",
        "Introduzca primero la clave de API.",
    ),
    "Key stored in the system keychain": (
        "Schlüssel im Schlüsselbund des Systems gespeichert",
        "Clé enregistrée dans le trousseau du système",
        "Clave guardada en el llavero del sistema",
    ),
    "Key for this session only": (
        "Schlüssel nur für diese Sitzung",
        "Clé pour cette session uniquement",
        "Clave solo para esta sesión",
    ),
    "No key set": ("Kein Schlüssel festgelegt", "Aucune clé définie", "Ninguna clave definida"),
    # -- the engine's reasons ------------------------------------------------------------------
    "could not connect": (
        "keine Verbindung möglich",
        "connexion impossible",
        "no se pudo conectar",
    ),
    "the connection broke while reading the answer": (
        "die Verbindung brach beim Lesen der Antwort ab",
        "la connexion a été coupée pendant la lecture de la réponse",
        "la conexión se cortó al leer la respuesta",
    ),
    "the connection broke while sending": (
        "die Verbindung brach beim Senden ab",
        "la connexion a été coupée pendant l’envoi",
        "la conexión se cortó durante el envío",
    ),
    "the server closed the connection without an answer": (
        "der Server schloss die Verbindung ohne Antwort",
        "le serveur a fermé la connexion sans répondre",
        "el servidor cerró la conexión sin responder",
    ),
    "the proxy refused the connection": (
        "der Proxy hat die Verbindung abgelehnt",
        "le proxy a refusé la connexion",
        "el proxy rechazó la conexión",
    ),
    "network error": ("Netzwerkfehler", "erreur réseau", "error de red"),
    "the API asked us to slow down (429)": (
        "die API bat darum, langsamer zu senden (429)",
        "l’API a demandé de ralentir (429)",
        "la API pidió enviar más despacio (429)",
    ),
    "the API is overloaded (503)": (
        "die API ist überlastet (503)",
        "l’API est surchargée (503)",
        "la API está sobrecargada (503)",
    ),
    "the API asked us to wait": (
        "die API bat darum zu warten",
        "l’API a demandé d’attendre",
        "la API pidió esperar",
    ),
    "The upload stopped.": (
        "Der Upload wurde gestoppt.",
        "L’envoi s’est arrêté.",
        "La carga se detuvo.",
    ),
    "The upload stopped because of an unexpected problem. It can be resumed.": (
        "Der Upload wurde wegen eines unerwarteten Problems gestoppt. Er kann fortgesetzt werden.",
        "L’envoi s’est arrêté à cause d’un problème inattendu. Il peut être repris.",
        "La carga se detuvo por un problema inesperado. Se puede reanudar.",
    ),
    "retrying after {reason}": (
        "neuer Versuch nach: {reason}",
        "nouvel essai après : {reason}",
        "reintentando tras: {reason}",
    ),
    "connection problem: {reason}": (
        "Verbindungsproblem: {reason}",
        "problème de connexion : {reason}",
        "problema de conexión: {reason}",
    ),
    "never sent; split to the limit of {limit}": (
        "nie gesendet; auf das Limit von {limit} aufgeteilt",
        "jamais envoyé ; découpé à la limite de {limit}",
        "nunca enviado; dividido al límite de {limit}",
    ),
    "no answer within the timeout ({time})": (
        "keine Antwort innerhalb der Zeitgrenze ({time})",
        "pas de réponse dans le délai imparti ({time})",
        "sin respuesta dentro del tiempo límite ({time})",
    ),
    # -- the progress card -------------------------------------------------------------------
    "Upload progress": ("Upload-Fortschritt", "Progression de l’envoi", "Progreso de la carga"),
    "Stop sending (Ctrl+.). Rows not sent yet stay pending; resume them later.": (
        "Senden beenden (Strg+.). Noch nicht gesendete Zeilen bleiben ausstehend; setzen Sie "
        "sie später fort.",
        "Arrêter l’envoi (Ctrl+.). Les lignes pas encore envoyées restent en attente ; "
        "reprenez-les plus tard.",
        "Dejar de enviar (Ctrl+.). Las filas aún no enviadas quedan pendientes; reanúdelas "
        "más tarde.",
    ),
    "Last problem: {reason}": (
        "Letztes Problem: {reason}",
        "Dernier problème : {reason}",
        "Último problema: {reason}",
    ),
    "{work} — {done} of {total}…": (
        "{work} – {done} von {total} …",
        "{work} – {done} sur {total}…",
        "{work}: {done} de {total}…",
    ),
    "{work}…": ("{work} …", "{work}…", "{work}…"),
    "Accepted {n}": ("Angenommen {n}", "Acceptées {n}", "Aceptadas {n}"),
    "Rejected {n}": ("Abgelehnt {n}", "Rejetées {n}", "Rechazadas {n}"),
    "Failed {n}": ("Fehlgeschlagen {n}", "En échec {n}", "Fallidas {n}"),
    "Pending {n}": ("Ausstehend {n}", "En attente {n}", "Pendientes {n}"),
    "Accepted {accepted}, rejected {rejected}, failed {failed}, pending {pending}": (
        "Angenommen {accepted}, abgelehnt {rejected}, fehlgeschlagen {failed}, ausstehend "
        "{pending}",
        "Acceptées {accepted}, rejetées {rejected}, en échec {failed}, en attente {pending}",
        "Aceptadas {accepted}, rechazadas {rejected}, fallidas {failed}, pendientes {pending}",
    ),
    "Fingerprinting the file": (
        "Fingerabdruck der Datei wird erstellt",
        "Calcul de l’empreinte du fichier",
        "Calculando la huella del archivo",
    ),
    "Writing the rows to the journal": (
        "Zeilen werden ins Journal geschrieben",
        "Écriture des lignes dans le journal",
        "Escribiendo las filas en el registro",
    ),
    "Writing %Ln row(s) to the journal": (
        ("%Ln Zeile wird ins Journal geschrieben", "%Ln Zeilen werden ins Journal geschrieben"),
        ("Écriture de %Ln ligne dans le journal", "Écriture de %Ln lignes dans le journal"),
        ("Escribiendo %Ln fila en el registro", "Escribiendo %Ln filas en el registro"),
    ),
    # -- the requests sent ---------------------------------------------------------------------
    "request {n}": ("Anfrage {n}", "requête {n}", "solicitud {n}"),
    "row {n}": ("Zeile {n}", "ligne {n}", "fila {n}"),
    "rows {first}–{last}": (
        "Zeilen {first}–{last}",
        "lignes {first}–{last}",
        "filas {first}–{last}",
    ),
    "{n} sent": ("{n} gesendet", "{n} envoyées", "{n} enviadas"),
    "{n} to retry": ("{n} erneut zu senden", "{n} à renvoyer", "{n} por reintentar"),
    "no answer": ("keine Antwort", "pas de réponse", "sin respuesta"),
    "One line per request: its rows and what the API answered": (
        "Eine Zeile pro Anfrage: ihre Zeilen und die Antwort der API",
        "Une ligne par requête : ses lignes et la réponse de l’API",
        "Una línea por solicitud: sus filas y lo que respondió la API",
    ),
    # -- the test batch ----------------------------------------------------------------------
    "Send a test batch of": (
        "Ein Testpaket mit",
        "Envoyer un lot d’essai de",
        "Enviar un lote de prueba de",
    ),
    "Rows in the test batch": (
        "Zeilen im Testpaket",
        "Lignes du lot d’essai",
        "Filas del lote de prueba",
    ),
    "rows first, then ask before sending the rest": (
        "Zeilen zuerst senden, dann vor dem Rest nachfragen",
        "lignes d’abord, puis demander avant d’envoyer le reste",
        "filas primero y preguntar antes de enviar el resto",
    ),
    # -- where the rows go: picker and banner ------------------------------------------------
    "Sends to": ("Sendet an", "Envoie à", "Envía a"),
    "API key": ("API-Schlüssel", "Clé d’API", "Clave de API"),
    "Where the rows are sent, and with which key": (
        "Wohin die Zeilen gesendet werden und mit welchem Schlüssel",
        "Où les lignes sont envoyées, et avec quelle clé",
        "Adónde se envían las filas y con qué clave",
    ),
    "Add…": ("Hinzufügen …", "Ajouter…", "Añadir…"),
    "Edit…": ("Bearbeiten …", "Modifier…", "Editar…"),
    "Test connection": ("Verbindung testen", "Tester la connexion", "Probar la conexión"),
    "Send one empty request with the key: nothing is stored.": (
        "Eine leere Anfrage mit dem Schlüssel senden: Es wird nichts gespeichert.",
        "Envoyer une requête vide avec la clé : rien n’est enregistré.",
        "Enviar una solicitud vacía con la clave: no se guarda nada.",
    ),
    "Until then only the built-in sandbox profile is offered here.": (
        "Bis dahin wird hier nur das eingebaute Sandbox-Profil angeboten.",
        "D’ici là, seul le profil sandbox intégré est proposé ici.",
        "Hasta entonces aquí solo se ofrece el perfil sandbox integrado.",
    ),
    "{destination} at {url}": (
        "{destination} unter {url}",
        "{destination} à {url}",
        "{destination} en {url}",
    ),
    "“{profile}” sends to {destination}; it is listed when that destination is chosen on the "
    "Map step.": (
        "„{profile}“ sendet an {destination}; es wird angezeigt, wenn dieses Ziel im Schritt "
        "„Zuordnen“ gewählt ist.",
        "« {profile} » envoie à {destination} ; il apparaît quand cette destination est "
        "choisie à l’étape « Associer ».",
        "«{profile}» envía a {destination}; aparece cuando ese destino se elige en el paso "
        "«Asignar».",
    ),
    "The sandbox's built-in test key": (
        "Der eingebaute Testschlüssel der Sandbox",
        "La clé de test intégrée de la sandbox",
        "La clave de prueba integrada del sandbox",
    ),
    "Testing…": ("Wird getestet …", "Test en cours…", "Probando…"),
    "staging": ("Staging", "préproduction", "preproducción"),
    "production": ("Produktion", "production", "producción"),
    "{profile}. Rows go to the real API at {url}.": (
        "{profile}. Die Zeilen gehen an die echte API unter {url}.",
        "{profile}. Les lignes vont à la vraie API à {url}.",
        "{profile}. Las filas van a la API real en {url}.",
    ),
    "{profile} at {url}": ("{profile} unter {url}", "{profile} à {url}", "{profile} en {url}"),
    "SANDBOX — the test server built into Backfill. Nothing leaves this computer.": (
        "SANDBOX – der in Backfill eingebaute Testserver. Nichts verlässt diesen Computer.",
        "SANDBOX – le serveur de test intégré à Backfill. Rien ne quitte cet ordinateur.",
        "SANDBOX: el servidor de pruebas integrado en Backfill. Nada sale de este equipo.",
    ),
    "SANDBOX — {profile} at {url}": (
        "SANDBOX – {profile} unter {url}",
        "SANDBOX – {profile} à {url}",
        "SANDBOX: {profile} en {url}",
    ),
    # -- the confirmation before rows leave the sandbox --------------------------------------
    "Send %Ln row(s) to {destination} at {url} using “{profile}”?": (
        (
            "%Ln Zeile an {destination} unter {url} mit „{profile}“ senden?",
            "%Ln Zeilen an {destination} unter {url} mit „{profile}“ senden?",
        ),
        (
            "Envoyer %Ln ligne à {destination} à {url} avec « {profile} » ?",
            "Envoyer %Ln lignes à {destination} à {url} avec « {profile} » ?",
        ),
        (
            "¿Enviar %Ln fila a {destination} en {url} con «{profile}»?",
            "¿Enviar %Ln filas a {destination} en {url} con «{profile}»?",
        ),
    ),
    "Send to production?": (
        "An die Produktion senden?",
        "Envoyer en production ?",
        "¿Enviar a producción?",
    ),
    "Send to staging?": (
        "An Staging senden?",
        "Envoyer en préproduction ?",
        "¿Enviar a preproducción?",
    ),
    "These records go to a real API. Accepted rows cannot be taken back from here.": (
        "Diese Datensätze gehen an eine echte API. Angenommene Zeilen lassen sich von hier aus "
        "nicht zurückholen.",
        "Ces enregistrements vont à une vraie API. Les lignes acceptées ne peuvent pas être "
        "reprises d’ici.",
        "Estos registros van a una API real. Las filas aceptadas no se pueden retirar desde aquí.",
    ),
    "Yes, send these %Ln row(s) to production": (
        (
            "Ja, diese %Ln Zeile an die Produktion senden",
            "Ja, diese %Ln Zeilen an die Produktion senden",
        ),
        (
            "Oui, envoyer cette ligne (%Ln) en production",
            "Oui, envoyer ces %Ln lignes en production",
        ),
        ("Sí, enviar esta fila (%Ln) a producción", "Sí, enviar estas %Ln filas a producción"),
    ),
    "Yes, send these %Ln row(s) to staging": (
        ("Ja, diese %Ln Zeile an Staging senden", "Ja, diese %Ln Zeilen an Staging senden"),
        (
            "Oui, envoyer cette ligne (%Ln) en préproduction",
            "Oui, envoyer ces %Ln lignes en préproduction",
        ),
        (
            "Sí, enviar esta fila (%Ln) a preproducción",
            "Sí, enviar estas %Ln filas a preproducción",
        ),
    ),
    "Yes, send these %Ln row(s) to {kind}": (
        ("Ja, diese %Ln Zeile an {kind} senden", "Ja, diese %Ln Zeilen an {kind} senden"),
        ("Oui, envoyer cette ligne (%Ln) vers {kind}", "Oui, envoyer ces %Ln lignes vers {kind}"),
        ("Sí, enviar esta fila (%Ln) a {kind}", "Sí, enviar estas %Ln filas a {kind}"),
    ),
    "Send %Ln row(s)": (
        ("%Ln Zeile senden", "%Ln Zeilen senden"),
        ("Envoyer %Ln ligne", "Envoyer %Ln lignes"),
        ("Enviar %Ln fila", "Enviar %Ln filas"),
    ),
    # -- the profile dialog ------------------------------------------------------------------
    "Sandbox (test server, nothing real)": (
        "Sandbox (Testserver, nichts Echtes)",
        "Sandbox (serveur de test, rien de réel)",
        "Sandbox (servidor de prueba, nada real)",
    ),
    "Staging (a test project at the vendor)": (
        "Staging (ein Testprojekt beim Anbieter)",
        "Préproduction (un projet de test chez le fournisseur)",
        "Preproducción (un proyecto de prueba en el proveedor)",
    ),
    "Production (real data)": (
        "Produktion (echte Daten)",
        "Production (données réelles)",
        "Producción (datos reales)",
    ),
    "Edit destination profile": (
        "Zielprofil bearbeiten",
        "Modifier le profil de destination",
        "Editar el perfil de destino",
    ),
    "New destination profile": (
        "Neues Zielprofil",
        "Nouveau profil de destination",
        "Nuevo perfil de destino",
    ),
    "e.g. Production — VibeFollow acme-prod": (
        "z. B. Produktion – VibeFollow acme-prod",
        "p. ex. Production – VibeFollow acme-prod",
        "p. ej. Producción: VibeFollow acme-prod",
    ),
    "Name": ("Name", "Nom", "Nombre"),
    "Destination": ("Ziel", "Destination", "Destino"),
    "Base URL": ("Basis-URL", "URL de base", "URL base"),
    "Kind": ("Art", "Type", "Tipo"),
    "Leave empty to keep the stored key": (
        "Leer lassen, um den gespeicherten Schlüssel zu behalten",
        "Laisser vide pour garder la clé enregistrée",
        "Déjelo vacío para conservar la clave guardada",
    ),
    "Paste the API key": (
        "API-Schlüssel einfügen",
        "Collez la clé d’API",
        "Pegue la clave de API",
    ),
    "{place}: no system keychain exists on this computer, so the key is kept in memory until "
    "Backfill closes. It is never written to a file.": (
        "{place}: Auf diesem Computer gibt es keinen Schlüsselbund des Systems, daher bleibt der "
        "Schlüssel im Arbeitsspeicher, bis Backfill geschlossen wird. Er wird nie in eine Datei "
        "geschrieben.",
        "{place} : aucun trousseau système n’existe sur cet ordinateur, la clé est donc gardée "
        "en mémoire jusqu’à la fermeture de Backfill. Elle n’est jamais écrite dans un fichier.",
        "{place}: este equipo no tiene llavero del sistema, así que la clave se guarda en "
        "memoria hasta que Backfill se cierre. Nunca se escribe en un archivo.",
    ),
    "{place} when you save.": (
        "{place}, sobald Sie speichern.",
        "{place} à l’enregistrement.",
        "{place} al guardar.",
    ),
    "Give the profile a name.": (
        "Geben Sie dem Profil einen Namen.",
        "Donnez un nom au profil.",
        "Dé un nombre al perfil.",
    ),
    "Enter the API key for this profile.": (
        "Geben Sie den API-Schlüssel für dieses Profil ein.",
        "Saisissez la clé d’API de ce profil.",
        "Introduzca la clave de API de este perfil.",
    ),
    # -- the resume dialog ---------------------------------------------------------------------
    "d MMM yyyy, HH:mm": ("d. MMM yyyy, HH:mm", "d MMM yyyy, HH:mm", "d MMM yyyy, HH:mm"),
    "Started {when} · {done} of %Ln row(s) done": (
        (
            "Gestartet {when} · {done} von %Ln Zeile erledigt",
            "Gestartet {when} · {done} von %Ln Zeilen erledigt",
        ),
        (
            "Lancée le {when} · {done} sur %Ln ligne traitée",
            "Lancée le {when} · {done} sur %Ln lignes traitées",
        ),
        (
            "Iniciada el {when} · {done} de %Ln fila hecha",
            "Iniciada el {when} · {done} de %Ln filas hechas",
        ),
    ),
    "{n} still to send": ("{n} noch zu senden", "{n} encore à envoyer", "{n} aún por enviar"),
    "{left} · {rejected} rejected, {failed} failed": (
        "{left} · {rejected} abgelehnt, {failed} fehlgeschlagen",
        "{left} · {rejected} rejetées, {failed} en échec",
        "{left} · {rejected} rechazadas, {failed} fallidas",
    ),
    "Stopped: {reason}": ("Gestoppt: {reason}", "Arrêtée : {reason}", "Detenida: {reason}"),
    "Unfinished uploads": (
        "Nicht abgeschlossene Uploads",
        "Envois inachevés",
        "Cargas sin terminar",
    ),
    "%Ln upload(s) did not finish": (
        ("%Ln Upload wurde nicht abgeschlossen", "%Ln Uploads wurden nicht abgeschlossen"),
        ("%Ln envoi n’a pas abouti", "%Ln envois n’ont pas abouti"),
        ("%Ln carga no terminó", "%Ln cargas no terminaron"),
    ),
    "Rows already accepted are not sent again. Resume one now, or choose “Not now” and it is "
    "offered again next time Backfill starts.": (
        "Bereits angenommene Zeilen werden nicht erneut gesendet. Setzen Sie jetzt einen fort, "
        "oder wählen Sie „Nicht jetzt“, dann wird er beim nächsten Start von Backfill wieder "
        "angeboten.",
        "Les lignes déjà acceptées ne sont pas renvoyées. Reprenez-en un maintenant, ou "
        "choisissez « Pas maintenant » et il sera proposé à nouveau au prochain démarrage de "
        "Backfill.",
        "Las filas ya aceptadas no se vuelven a enviar. Reanude una ahora, o elija «Ahora no» "
        "y se le ofrecerá de nuevo la próxima vez que se inicie Backfill.",
    ),
    "Resume upload": ("Upload fortsetzen", "Reprendre l’envoi", "Reanudar la carga"),
    # -- background work's errors ------------------------------------------------------------
    "Something went wrong: {reason}": (
        "Etwas ist schiefgelaufen: {reason}",
        "Un problème est survenu : {reason}",
        "Algo salió mal: {reason}",
    ),
    "{work} (step {done} of {total})": (
        "{work} (Schritt {done} von {total})",
        "{work} (étape {done} sur {total})",
        "{work} (paso {done} de {total})",
    ),
    "{work} — {done} of %Ln row(s)": (
        ("{work} – {done} von %Ln Zeile", "{work} – {done} von %Ln Zeilen"),
        ("{work} – {done} sur %Ln ligne", "{work} – {done} sur %Ln lignes"),
        ("{work}: {done} de %Ln fila", "{work}: {done} de %Ln filas"),
    ),
}
WORDS.update(
    {
        "will retry: {reason}": (
            "neuer Versuch folgt: {reason}",
            "nouvel essai prévu : {reason}",
            "se reintentará: {reason}",
        ),
        "failed after %Ln attempt(s): {reason}": (
            (
                "nach %Ln Versuch fehlgeschlagen: {reason}",
                "nach %Ln Versuchen fehlgeschlagen: {reason}",
            ),
            ("en échec après %Ln essai : {reason}", "en échec après %Ln essais : {reason}"),
            ("fallido tras %Ln intento: {reason}", "fallido tras %Ln intentos: {reason}"),
        ),
        "%Ln row(s) failed after {attempts}: {reason}": (
            (
                "%Ln Zeile nach {attempts} fehlgeschlagen: {reason}",
                "%Ln Zeilen nach {attempts} fehlgeschlagen: {reason}",
            ),
            (
                "%Ln ligne en échec après {attempts} : {reason}",
                "%Ln lignes en échec après {attempts} : {reason}",
            ),
            (
                "%Ln fila fallida tras {attempts}: {reason}",
                "%Ln filas fallidas tras {attempts}: {reason}",
            ),
        ),
        "%Ln attempt(s)": (
            ("%Ln Versuch", "%Ln Versuchen"),
            ("%Ln essai", "%Ln essais"),
            ("%Ln intento", "%Ln intentos"),
        ),
        "%Ln row(s) will be retried: {reason}": (
            (
                "%Ln Zeile wird erneut versucht: {reason}",
                "%Ln Zeilen werden erneut versucht: {reason}",
            ),
            (
                "%Ln ligne sera renvoyée : {reason}",
                "%Ln lignes seront renvoyées : {reason}",
            ),
            ("%Ln fila se reintentará: {reason}", "%Ln filas se reintentarán: {reason}"),
        ),
    }
)
WORDS.update(
    {
        "the API asked us to slow down": (
            "die API bat darum, langsamer zu senden",
            "l’API a demandé de ralentir",
            "la API pidió enviar más despacio",
        ),
        "the API is overloaded": (
            "die API ist überlastet",
            "l’API est surchargée",
            "la API está sobrecargada",
        ),
        "server error": ("Serverfehler", "erreur du serveur", "error del servidor"),
        "{name} refused the API key {status}. Check the key (and its permissions), then resume "
        "the job.": (
            "{name} hat den API-Schlüssel abgelehnt {status}. Prüfen Sie den Schlüssel (und seine "
            "Berechtigungen) und setzen Sie dann den Auftrag fort.",
            "{name} a refusé la clé d’API {status}. Vérifiez la clé (et ses droits), puis "
            "reprenez la tâche.",
            "{name} rechazó la clave de API {status}. Compruebe la clave (y sus permisos) y "
            "reanude el trabajo.",
        ),
    }
)
