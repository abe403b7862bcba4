"""The Review and Report steps, and the core's words they show: validation summaries and issue
groups, the who-and-when panel, the report's reasons (English: German, French, Spanish)."""

WORDS = {  # English: (German, French, Spanish)
    # -- core: field labels inside a sentence, fixes, units --------------------------------------
    "user id": ("Nutzer-ID", "ID utilisateur", "ID de usuario"),
    "email": ("E-Mail", "e-mail", "correo electrónico"),
    "event name": ("Ereignisname", "nom de l’événement", "nombre del evento"),
    "timestamp": ("Zeitstempel", "horodatage", "marca de tiempo"),
    "distinct id": ("Eindeutige ID", "ID distinct", "ID distintivo"),
    "Read dates day-first": (
        "Datum mit Tag zuerst lesen",
        "Lire les dates jour d’abord",
        "Leer fechas con el día primero",
    ),
    "Read dates month-first": (
        "Datum mit Monat zuerst lesen",
        "Lire les dates mois d’abord",
        "Leer fechas con el mes primero",
    ),
    "Read as Excel serial days": (
        "Als Excel-Seriennummern lesen",
        "Lire comme jours de série Excel",
        "Leer como días de serie de Excel",
    ),
    "Read as Excel serial days (1904 base)": (
        "Als Excel-Seriennummern lesen (Basis 1904)",
        "Lire comme jours de série Excel (base 1904)",
        "Leer como días de serie de Excel (base 1904)",
    ),
    "Read as seconds": ("Als Sekunden lesen", "Lire comme secondes", "Leer como segundos"),
    "Read as milliseconds": (
        "Als Millisekunden lesen",
        "Lire comme millisecondes",
        "Leer como milisegundos",
    ),
    "Read as microseconds": (
        "Als Mikrosekunden lesen",
        "Lire comme microsecondes",
        "Leer como microsegundos",
    ),
    "read as Excel serial days": (
        "als Excel-Seriennummern gelesen",
        "lu comme jours de série Excel",
        "leído como días de serie de Excel",
    ),
    "read as Excel serial days (1904 base)": (
        "als Excel-Seriennummern gelesen (Basis 1904)",
        "lu comme jours de série Excel (base 1904)",
        "leído como días de serie de Excel (base 1904)",
    ),
    "read as seconds": ("als Sekunden gelesen", "lu comme secondes", "leído como segundos"),
    "read as milliseconds": (
        "als Millisekunden gelesen",
        "lu comme millisecondes",
        "leído como milisegundos",
    ),
    "read as microseconds": (
        "als Mikrosekunden gelesen",
        "lu comme microsecondes",
        "leído como microsegundos",
    ),
    "day-first": ("Tag zuerst", "jour d’abord", "día primero"),
    "month-first": ("Monat zuerst", "mois d’abord", "mes primero"),
    # -- core: checks --------------------------------------------------------------------------
    "{label} is empty": ("{label} ist leer", "{label} est vide", "{label} está vacío"),
    "{label} holds only spaces": (
        "{label} enthält nur Leerzeichen",
        "{label} ne contient que des espaces",
        "{label} solo contiene espacios",
    ),
    "{label} has spaces around it": (
        "{label} hat Leerzeichen am Anfang oder Ende",
        "{label} a des espaces autour",
        "{label} tiene espacios alrededor",
    ),
    "{label} is not a valid address": (
        "{label} ist keine gültige Adresse",
        "{label} n’est pas une adresse valide",
        "{label} no es una dirección válida",
    ),
    "{label} has capital letters (the same person may exist in lower case)": (
        "{label} enthält Großbuchstaben (dieselbe Person kann in Kleinbuchstaben existieren)",
        "{label} contient des majuscules (la même personne peut exister en minuscules)",
        "{label} tiene mayúsculas (la misma persona puede existir en minúsculas)",
    ),
    "{label} has capital letters": (
        "{label} enthält Großbuchstaben",
        "{label} contient des majuscules",
        "{label} tiene mayúsculas",
    ),
    "{label} has spaces around it (sent as is, so it may not match)": (
        "{label} hat Leerzeichen am Anfang oder Ende (unverändert gesendet, passt also "
        "eventuell nicht)",
        "{label} a des espaces autour (envoyé tel quel, il risque de ne pas correspondre)",
        "{label} tiene espacios alrededor (se envía tal cual, así que puede no coincidir)",
    ),
    "'{column}' {problem}": (
        "„{column}“ {problem}",
        "« {column} » {problem}",
        "«{column}» {problem}",
    ),
    "is not a number": ("ist keine Zahl", "n’est pas un nombre", "no es un número"),
    "is not true/false (or yes/no)": (
        "ist nicht true/false (oder yes/no)",
        "n’est pas true/false (ou yes/no)",
        "no es true/false (o yes/no)",
    ),
    "is not valid JSON": (
        "ist kein gültiges JSON",
        "n’est pas du JSON valide",
        "no es JSON válido",
    ),
    "the row is larger than {size} KB": (
        "die Zeile ist größer als {size} KB",
        "la ligne dépasse {size} Ko",
        "la fila ocupa más de {size} KB",
    ),
    "The row is larger than {size} KB once sent; leave some long columns out": (
        "Die Zeile ist gesendet größer als {size} KB; lassen Sie einige lange Spalten weg",
        "Une fois envoyée, la ligne dépasse {size} Ko ; laissez de côté quelques longues colonnes",
        "Una vez enviada, la fila ocupa más de {size} KB; deje fuera algunas columnas largas",
    ),
    "{label} is empty; the validation time is used": (
        "{label} ist leer; die Zeit der Prüfung wird verwendet",
        "{label} est vide ; l’heure de la vérification est utilisée",
        "{label} está vacío; se usa la hora de la comprobación",
    ),
    "{label} is empty; {time} (validation time) will be sent": (
        "{label} ist leer; {time} (Zeit der Prüfung) wird gesendet",
        "{label} est vide ; {time} (heure de la vérification) sera envoyé",
        "{label} está vacío; se enviará {time} (hora de la comprobación)",
    ),
    "{problem} ({fix}?)": ("{problem} ({fix}?)", "{problem} ({fix} ?)", "{problem} (¿{fix}?)"),
    "{label} only reads as a date the other way round ({order})": (
        "{label} ergibt nur andersherum ein Datum ({order})",
        "{label} ne se lit comme une date que dans l’autre sens ({order})",
        "{label} solo se lee como fecha al revés ({order})",
    ),
    "{label} is a time the clocks skipped in {zone} (daylight saving starts)": (
        "{label} ist eine Uhrzeit, die in {zone} übersprungen wurde (Beginn der Sommerzeit)",
        "{label} est une heure sautée à {zone} (passage à l’heure d’été)",
        "{label} es una hora que se saltó en {zone} (empieza el horario de verano)",
    ),
    "{label} is not a date/time Backfill can read": (
        "{label} ist kein Datum/keine Uhrzeit, die Backfill lesen kann",
        "{label} n’est pas une date/heure que Backfill sait lire",
        "{label} no es una fecha/hora que Backfill pueda leer",
    ),
    "{label} is in the future": (
        "{label} liegt in der Zukunft",
        "{label} est dans le futur",
        "{label} está en el futuro",
    ),
    "{label} is before {year}": (
        "{label} liegt vor {year}",
        "{label} est antérieur à {year}",
        "{label} es anterior a {year}",
    ),
    "{label} is before {year} — check the date format": (
        "{label} liegt vor {year} – prüfen Sie das Datumsformat",
        "{label} est antérieur à {year} – vérifiez le format de date",
        "{label} es anterior a {year}: compruebe el formato de fecha",
    ),
    "{label} happened twice in {zone} (clocks went back); the first (summer time) was taken": (
        "{label} gab es in {zone} zweimal (Uhren zurückgestellt); die erste (Sommerzeit) "
        "wurde genommen",
        "{label} a eu lieu deux fois à {zone} (retour à l’heure d’hiver) ; la première (heure "
        "d’été) a été retenue",
        "{label} ocurrió dos veces en {zone} (se retrasaron los relojes); se tomó la primera "
        "(horario de verano)",
    ),
    "{label} happened twice in {zone}; read as the first (summer time)": (
        "{label} gab es in {zone} zweimal; als die erste (Sommerzeit) gelesen",
        "{label} a eu lieu deux fois à {zone} ; lu comme la première (heure d’été)",
        "{label} ocurrió dos veces en {zone}; se leyó como la primera (horario de verano)",
    ),
    "{label} is far outside the file's other dates ({first} to {last})": (
        "{label} liegt weit außerhalb der übrigen Daten der Datei ({first} bis {last})",
        "{label} est très loin des autres dates du fichier ({first} au {last})",
        "{label} está muy fuera de las demás fechas del archivo ({first} a {last})",
    ),
    "same {what} as an earlier row — {effect}": (
        "gleiche Angabe für {what} wie eine frühere Zeile – {effect}",
        "même valeur pour {what} qu’une ligne précédente – {effect}",
        "mismo valor de {what} que una fila anterior: {effect}",
    ),
    "{first}, {rest}": ("{first}, {rest}", "{first}, {rest}", "{first}, {rest}"),
    "values in every column": ("alle Spalten", "toutes les colonnes", "todas las columnas"),
    "the later row updates the same user": (
        "die spätere Zeile aktualisiert denselben Nutzer",
        "la ligne suivante met à jour le même utilisateur",
        "la fila posterior actualiza el mismo usuario",
    ),
    "VibeFollow keeps only one event per user, name and time": (
        "VibeFollow behält nur ein Ereignis je Nutzer, Name und Zeit",
        "VibeFollow ne garde qu’un événement par utilisateur, nom et heure",
        "VibeFollow guarda solo un evento por usuario, nombre y hora",
    ),
    "Ours Privacy would store the event twice": (
        "Ours Privacy würde das Ereignis doppelt speichern",
        "Ours Privacy enregistrerait l’événement deux fois",
        "Ours Privacy guardaría el evento dos veces",
    ),
    "FloKit would store the event twice": (
        "FloKit würde das Ereignis doppelt speichern",
        "FloKit enregistrerait l’événement deux fois",
        "FloKit guardaría el evento dos veces",
    ),
    # -- core: the report's reasons ------------------------------------------------------------
    "The destination could not take the row just then (its queue was unavailable), so it was "
    "not stored. Send the failed rows again later.": (
        "Das Ziel konnte die Zeile in dem Moment nicht annehmen (seine Warteschlange war nicht "
        "verfügbar), daher wurde sie nicht gespeichert. Senden Sie die fehlgeschlagenen Zeilen "
        "später erneut.",
        "La destination n’a pas pu prendre la ligne à ce moment-là (sa file d’attente était "
        "indisponible) : elle n’a pas été enregistrée. Renvoyez les lignes en échec plus tard.",
        "El destino no pudo aceptar la fila en ese momento (su cola no estaba disponible), así "
        "que no se guardó. Vuelva a enviar las filas fallidas más tarde.",
    ),
    "The destination was too busy to take the row. Send it again later.": (
        "Das Ziel war zu ausgelastet, um die Zeile anzunehmen. Senden Sie sie später erneut.",
        "La destination était trop occupée pour prendre la ligne. Renvoyez-la plus tard.",
        "El destino estaba demasiado ocupado para aceptar la fila. Envíela de nuevo más tarde.",
    ),
    "The destination asked Backfill to slow down and the row was not stored.": (
        "Das Ziel bat Backfill, langsamer zu senden, und die Zeile wurde nicht gespeichert.",
        "La destination a demandé à Backfill de ralentir et la ligne n’a pas été enregistrée.",
        "El destino pidió a Backfill que fuera más despacio y la fila no se guardó.",
    ),
    "Refused by the destination ({code})": (
        "Vom Ziel abgelehnt ({code})",
        "Refusé par la destination ({code})",
        "Rechazado por el destino ({code})",
    ),
    # -- Review: table, tooltips, duplicate guard ----------------------------------------------
    "Row {row}, {column}: {problem}": (
        "Zeile {row}, {column}: {problem}",
        "Ligne {row}, {column} : {problem}",
        "Fila {row}, {column}: {problem}",
    ),
    "“{text}” is sent as “{sent}” (value map on the Map step)": (
        "„{text}“ wird als „{sent}“ gesendet (Wertzuordnung im Schritt „Zuordnen“)",
        "« {text} » est envoyé comme « {sent} » (correspondance de valeurs à l’étape « Associer »)",
        "«{text}» se envía como «{sent}» (asignación de valores en el paso «Asignar»)",
    ),
    "Row {row} (excluded from the upload)": (
        "Zeile {row} (vom Upload ausgeschlossen)",
        "Ligne {row} (exclue de l’envoi)",
        "Fila {row} (excluida de la carga)",
    ),
    "Row {row}": ("Zeile {row}", "Ligne {row}", "Fila {row}"),
    "Send them again": ("Erneut senden", "Les renvoyer", "Enviarlas de nuevo"),
    "{n} of these {total} rows were already accepted by this destination on {day} — send them "
    "again?": (
        "{n} dieser {total} Zeilen hat dieses Ziel bereits am {day} angenommen – erneut senden?",
        "{n} de ces {total} lignes ont déjà été acceptées par cette destination le {day} – les "
        "renvoyer ?",
        "{n} de estas {total} filas ya las aceptó este destino el {day}: ¿enviarlas de nuevo?",
    ),
    "{n} of these {total} rows were already accepted by this destination before — send them "
    "again?": (
        "{n} dieser {total} Zeilen hat dieses Ziel bereits früher angenommen – erneut senden?",
        "{n} de ces {total} lignes ont déjà été acceptées par cette destination – les renvoyer ?",
        "{n} de estas {total} filas ya las aceptó este destino antes: ¿enviarlas de nuevo?",
    ),
    "The API may store them twice. Tick “Send them again” only if that is intended.": (
        "Die API speichert sie eventuell doppelt. Setzen Sie „Erneut senden“ nur, wenn das "
        "gewollt ist.",
        "L’API risque de les enregistrer deux fois. Cochez « Les renvoyer » seulement si c’est "
        "voulu.",
        "La API puede guardarlas dos veces. Marque «Enviarlas de nuevo» solo si es lo que quiere.",
    ),
    # -- Review: who and when ------------------------------------------------------------------
    "{vendor} (sandbox)": ("{vendor} (Sandbox)", "{vendor} (sandbox)", "{vendor} (sandbox)"),
    "Who and when ▾": ("Wer und wann ▾", "Qui et quand ▾", "Quién y cuándo ▾"),
    "Who and when ▸": ("Wer und wann ▸", "Qui et quand ▸", "Quién y cuándo ▸"),
    "Users and event times of the rows that will be sent": (
        "Nutzer und Ereigniszeiten der Zeilen, die gesendet werden",
        "Utilisateurs et heures des événements des lignes qui seront envoyées",
        "Usuarios y horas de los eventos de las filas que se enviarán",
    ),
    "Users in the file": ("Nutzer in der Datei", "Utilisateurs du fichier", "Usuarios del archivo"),
    "Counting users…": (
        "Nutzer werden gezählt …",
        "Comptage des utilisateurs…",
        "Contando usuarios…",
    ),
    "No rows to send.": (
        "Keine Zeilen zu senden.",
        "Aucune ligne à envoyer.",
        "No hay filas que enviar.",
    ),
    "{users} in {rows}; rows per user: min {min}, median {median}, max {max}": (
        "{users} in {rows}; Zeilen je Nutzer: min. {min}, Median {median}, max. {max}",
        "{users} dans {rows} ; lignes par utilisateur : min. {min}, médiane {median}, max. {max}",
        "{users} en {rows}; filas por usuario: mín. {min}, mediana {median}, máx. {max}",
    ),
    "{new} of {distinct} users are new to {place}; {known} already accepted in an earlier upload": (
        "{new} von {distinct} Nutzern sind neu für {place}; {known} wurden bereits in einem "
        "früheren Upload angenommen",
        "{new} utilisateurs sur {distinct} sont nouveaux pour {place} ; {known} déjà acceptés "
        "lors d’un envoi précédent",
        "{new} de {distinct} usuarios son nuevos para {place}; {known} ya se aceptaron en una "
        "carga anterior",
    ),
    "this destination": ("dieses Ziel", "cette destination", "este destino"),
    "User ids that look like placeholders: {list}": (
        "Nutzer-IDs, die wie Platzhalter aussehen: {list}",
        "ID utilisateur qui ressemblent à des valeurs de remplissage : {list}",
        "ID de usuario que parecen marcadores de posición: {list}",
    ),
    "'{text}' in {rows} (first: row {first})": (
        "„{text}“ in {rows} (erste: Zeile {first})",
        "« {text} » dans {rows} (première : ligne {first})",
        "«{text}» en {rows} (primera: fila {first})",
    ),
    "an empty id in {rows} (first: row {first})": (
        "eine leere ID in {rows} (erste: Zeile {first})",
        "un ID vide dans {rows} (première : ligne {first})",
        "un ID vacío en {rows} (primera: fila {first})",
    ),
    " and ": (" und ", " et ", " y "),
    "rows {numbers}": ("Zeilen {numbers}", "lignes {numbers}", "filas {numbers}"),
    "row {numbers}": ("Zeile {numbers}", "ligne {numbers}", "fila {numbers}"),
    "{users} spelt more than one way (case or surrounding spaces): the API counts each spelling "
    "as another user, e.g. {examples}": (
        "{users} unterschiedlich geschrieben (Groß-/Kleinschreibung oder Leerzeichen am Rand): "
        "die API zählt jede Schreibweise als eigenen Nutzer, z. B. {examples}",
        "{users} écrits de plusieurs façons (casse ou espaces autour) : l’API compte chaque "
        "graphie comme un autre utilisateur, p. ex. {examples}",
        "{users} escritos de más de una forma (mayúsculas o espacios alrededor): la API cuenta "
        "cada forma como otro usuario, p. ej. {examples}",
    ),
    "%Ln distinct user(s)": (
        ("%Ln eindeutiger Nutzer", "%Ln eindeutige Nutzer"),
        ("%Ln utilisateur distinct", "%Ln utilisateurs distincts"),
        ("%Ln usuario distinto", "%Ln usuarios distintos"),
    ),
    "%Ln user(s)": (
        ("%Ln Nutzer", "%Ln Nutzer"),
        ("%Ln utilisateur", "%Ln utilisateurs"),
        ("%Ln usuario", "%Ln usuarios"),
    ),
    "week of {day}": ("Woche vom {day}", "semaine du {day}", "semana del {day}"),
    "one bar per %Ln years (UTC)": (
        ("ein Balken je %Ln Jahr (UTC)", "ein Balken je %Ln Jahre (UTC)"),
        ("une barre par %Ln an (UTC)", "une barre par %Ln ans (UTC)"),
        ("una barra por cada %Ln año (UTC)", "una barra por cada %Ln años (UTC)"),
    ),
    "one bar per day (UTC)": (
        "ein Balken je Tag (UTC)",
        "une barre par jour (UTC)",
        "una barra por día (UTC)",
    ),
    "one bar per week (UTC)": (
        "ein Balken je Woche (UTC)",
        "une barre par semaine (UTC)",
        "una barra por semana (UTC)",
    ),
    "one bar per month (UTC)": (
        "ein Balken je Monat (UTC)",
        "une barre par mois (UTC)",
        "una barra por mes (UTC)",
    ),
    "one bar per year (UTC)": (
        "ein Balken je Jahr (UTC)",
        "une barre par an (UTC)",
        "una barra por año (UTC)",
    ),
    "Events over time": (
        "Ereignisse im Zeitverlauf",
        "Événements dans le temps",
        "Eventos en el tiempo",
    ),
    "No event times to show.": (
        "Keine Ereigniszeiten anzuzeigen.",
        "Aucune heure d’événement à montrer.",
        "No hay horas de eventos que mostrar.",
    ),
    "{events} from {first} to {last}, most in {peak} ({count}).": (
        "{events} von {first} bis {last}, die meisten in {peak} ({count}).",
        "{events} du {first} au {last}, le plus en {peak} ({count}).",
        "{events} del {first} al {last}, la mayoría en {peak} ({count}).",
    ),
    "Far outside that: {earlier} earlier, {later} later.": (
        "Weit außerhalb: {earlier} früher, {later} später.",
        "Très en dehors : {earlier} avant, {later} après.",
        "Muy fuera de eso: {earlier} antes, {later} después.",
    ),
    "far earlier": ("weit früher", "bien avant", "mucho antes"),
    "far later": ("weit später", "bien après", "mucho después"),
    "%Ln event(s) at most per bar": (
        ("höchstens %Ln Ereignis je Balken", "höchstens %Ln Ereignisse je Balken"),
        ("au plus %Ln événement par barre", "au plus %Ln événements par barre"),
        ("como máximo %Ln evento por barra", "como máximo %Ln eventos por barra"),
    ),
    "{n} far earlier (amber)": (
        "{n} weit früher (orange)",
        "{n} bien avant (orange)",
        "{n} mucho antes (ámbar)",
    ),
    "{n} far later (amber)": (
        "{n} weit später (orange)",
        "{n} bien après (orange)",
        "{n} mucho después (ámbar)",
    ),
    "{bar}: {events}": ("{bar}: {events}", "{bar} : {events}", "{bar}: {events}"),
    "%Ln event(s)": (
        ("%Ln Ereignis", "%Ln Ereignisse"),
        ("%Ln événement", "%Ln événements"),
        ("%Ln evento", "%Ln eventos"),
    ),
    # -- Review: problem cards -----------------------------------------------------------------
    "<b>{rows}</b>: {problem}": (
        "<b>{rows}</b>: {problem}",
        "<b>{rows}</b> : {problem}",
        "<b>{rows}</b>: {problem}",
    ),
    "{problem}. {detail}.": (
        "{problem}. {detail}.",
        "{problem}. {detail}.",
        "{problem}. {detail}.",
    ),
    "Show rows": ("Zeilen zeigen", "Afficher les lignes", "Mostrar filas"),
    "Change the mapping's cleaning for this field and check again": (
        "Die Bereinigung dieses Felds in der Zuordnung ändern und erneut prüfen",
        "Modifier le nettoyage de ce champ dans l’association et vérifier à nouveau",
        "Cambiar la limpieza de este campo en la asignación y comprobar de nuevo",
    ),
    "Exclude rows": ("Zeilen ausschließen", "Exclure les lignes", "Excluir filas"),
    "Leave these rows out of the upload": (
        "Diese Zeilen nicht hochladen",
        "Laisser ces lignes hors de l’envoi",
        "Dejar estas filas fuera de la carga",
    ),
    "{tip}: {sentence}": ("{tip}: {sentence}", "{tip} : {sentence}", "{tip}: {sentence}"),
    "Warning — these rows are still sent": (
        "Warnung – diese Zeilen werden trotzdem gesendet",
        "Avertissement – ces lignes sont quand même envoyées",
        "Advertencia: estas filas se envían igualmente",
    ),
    "Not sent": ("Nicht gesendet", "Non envoyées", "No se envían"),
    "{kind} · column '{column}' · {rows}": (
        "{kind} · Spalte „{column}“ · {rows}",
        "{kind} · colonne « {column} » · {rows}",
        "{kind} · columna «{column}» · {rows}",
    ),
    "{kind} · {rows}": ("{kind} · {rows}", "{kind} · {rows}", "{kind} · {rows}"),
    # -- Report ------------------------------------------------------------------------------
    "Row": ("Zeile", "Ligne", "Fila"),
    "Outcome": ("Ergebnis", "Résultat", "Resultado"),
    "Reason": ("Grund", "Motif", "Motivo"),
    "{rows} rejected rows of job {job}, with their original row numbers": (
        "{rows} abgelehnte Zeilen des Auftrags {job}, mit ihren ursprünglichen Zeilennummern",
        "{rows} lignes rejetées de la tâche {job}, avec leurs numéros de ligne d’origine",
        "{rows} filas rechazadas del trabajo {job}, con sus números de fila originales",
    ),
    "No upload yet.": (
        "Noch kein Upload.",
        "Aucun envoi pour l’instant.",
        "Aún no hay ninguna carga.",
    ),
    "Export CSV…": ("CSV exportieren …", "Exporter en CSV…", "Exportar CSV…"),
    "Export Excel…": ("Excel exportieren …", "Exporter en Excel…", "Exportar Excel…"),
    "Retry failed rows": (
        "Fehlgeschlagene Zeilen wiederholen",
        "Réessayer les lignes en échec",
        "Reintentar las filas fallidas",
    ),
    "Fix and re-import": (
        "Korrigieren und neu importieren",
        "Corriger et réimporter",
        "Corregir y volver a importar",
    ),
    "Send the rest": ("Den Rest senden", "Envoyer le reste", "Enviar el resto"),
    "Go back to Upload and send the rows not sent yet": (
        "Zurück zu „Hochladen“ und die noch nicht gesendeten Zeilen senden",
        "Revenir à « Envoyer » et envoyer les lignes pas encore envoyées",
        "Volver a «Cargar datos» y enviar las filas aún no enviadas",
    ),
    "Save the rejected and failed rows as CSV": (
        "Die abgelehnten und fehlgeschlagenen Zeilen als CSV speichern",
        "Enregistrer les lignes rejetées et en échec en CSV",
        "Guardar las filas rechazadas y fallidas como CSV",
    ),
    "Save them as an Excel workbook": (
        "Sie als Excel-Arbeitsmappe speichern",
        "Les enregistrer dans un classeur Excel",
        "Guardarlas como libro de Excel",
    ),
    "Send the failed rows again": (
        "Die fehlgeschlagenen Zeilen erneut senden",
        "Renvoyer les lignes en échec",
        "Enviar de nuevo las filas fallidas",
    ),
    "Open the rejected rows in Review to fix them": (
        "Die abgelehnten Zeilen in „Prüfen“ öffnen, um sie zu korrigieren",
        "Ouvrir les lignes rejetées dans « Vérifier » pour les corriger",
        "Abrir las filas rechazadas en «Revisar» para corregirlas",
    ),
    "{what} ({keys})": ("{what} ({keys})", "{what} ({keys})", "{what} ({keys})"),
    "By reason": ("Nach Grund", "Par motif", "Por motivo"),
    "Rows not accepted, by reason": (
        "Nicht angenommene Zeilen, nach Grund",
        "Lignes non acceptées, par motif",
        "Filas no aceptadas, por motivo",
    ),
    "Rows not accepted": ("Nicht angenommene Zeilen", "Lignes non acceptées", "Filas no aceptadas"),
    "Each row's number, field and reason": (
        "Nummer, Feld und Grund jeder Zeile",
        "Numéro, champ et motif de chaque ligne",
        "Número, campo y motivo de cada fila",
    ),
    "Reading the outcome…": (
        "Ergebnis wird gelesen …",
        "Lecture du résultat…",
        "Leyendo el resultado…",
    ),
    "The outcome could not be read": (
        "Das Ergebnis konnte nicht gelesen werden",
        "Le résultat n’a pas pu être lu",
        "No se pudo leer el resultado",
    ),
    "Check the destination for these rows before sending the file again; the receipt records "
    "this too.": (
        "Prüfen Sie diese Zeilen beim Ziel, bevor Sie die Datei erneut senden; der Beleg hält "
        "das ebenfalls fest.",
        "Vérifiez ces lignes dans la destination avant de renvoyer le fichier ; le reçu le "
        "consigne aussi.",
        "Compruebe estas filas en el destino antes de volver a enviar el archivo; el "
        "comprobante también lo registra.",
    ),
    "Report — job {job}": (
        "Bericht – Auftrag {job}",
        "Rapport – tâche {job}",
        "Informe: trabajo {job}",
    ),
    "All %Ln row(s) not accepted": (
        ("Die %Ln nicht angenommene Zeile", "Alle %Ln nicht angenommenen Zeilen"),
        ("La %Ln ligne non acceptée", "Les %Ln lignes non acceptées"),
        ("La %Ln fila no aceptada", "Las %Ln filas no aceptadas"),
    ),
    "Every row of the file was accepted.": (
        "Jede Zeile der Datei wurde angenommen.",
        "Toutes les lignes du fichier ont été acceptées.",
        "Se aceptaron todas las filas del archivo.",
    ),
    "Send the remaining %Ln row(s)": (
        ("Die verbleibende %Ln Zeile senden", "Die verbleibenden %Ln Zeilen senden"),
        ("Envoyer la %Ln ligne restante", "Envoyer les %Ln lignes restantes"),
        ("Enviar la %Ln fila restante", "Enviar las %Ln filas restantes"),
    ),
    "The report could not be saved": (
        "Der Bericht konnte nicht gespeichert werden",
        "Le rapport n’a pas pu être enregistré",
        "No se pudo guardar el informe",
    ),
    "{failed}: {why}": ("{failed}: {why}", "{failed} : {why}", "{failed}: {why}"),
    "Saved {file}": ("{file} gespeichert", "{file} enregistré", "{file} guardado"),
    "Report saved to {path}": (
        "Bericht gespeichert unter {path}",
        "Rapport enregistré dans {path}",
        "Informe guardado en {path}",
    ),
    "Sending %Ln failed row(s) again…": (
        (
            "%Ln fehlgeschlagene Zeile wird erneut gesendet …",
            "%Ln fehlgeschlagene Zeilen werden erneut gesendet …",
        ),
        ("Nouvel envoi de %Ln ligne en échec…", "Nouvel envoi de %Ln lignes en échec…"),
        ("Enviando de nuevo %Ln fila fallida…", "Enviando de nuevo %Ln filas fallidas…"),
    ),
    "%Ln rejected row(s) of {file}": (
        ("%Ln abgelehnte Zeile aus {file}", "%Ln abgelehnte Zeilen aus {file}"),
        ("%Ln ligne rejetée de {file}", "%Ln lignes rejetées de {file}"),
        ("%Ln fila rechazada de {file}", "%Ln filas rechazadas de {file}"),
    ),
    "Opened %Ln rejected row(s) for fixing.": (
        (
            "%Ln abgelehnte Zeile zum Korrigieren geöffnet.",
            "%Ln abgelehnte Zeilen zum Korrigieren geöffnet.",
        ),
        (
            "%Ln ligne rejetée ouverte pour correction.",
            "%Ln lignes rejetées ouvertes pour correction.",
        ),
        (
            "%Ln fila rechazada abierta para corregirla.",
            "%Ln filas rechazadas abiertas para corregirlas.",
        ),
    ),
    "rejected": ("abgelehnt", "rejet", "rechazo"),
    "failed": ("fehlgeschlagen", "échec", "fallo"),
    "not sent yet": ("noch nicht gesendet", "pas encore envoyé", "aún no enviado"),
    "not sent: invalid": (
        "nicht gesendet: ungültig",
        "non envoyé : invalide",
        "no enviado: no válido",
    ),
    "not sent: left out": (
        "nicht gesendet: ausgelassen",
        "non envoyé : laissé de côté",
        "no enviado: excluido",
    ),
    "{n} accepted": ("{n} angenommen", "{n} acceptées", "{n} aceptadas"),
    "{n} rejected": ("{n} abgelehnt", "{n} rejetées", "{n} rechazadas"),
    "{n} failed": ("{n} fehlgeschlagen", "{n} en échec", "{n} fallidas"),
    "{n} not sent yet": (
        "{n} noch nicht gesendet",
        "{n} pas encore envoyées",
        "{n} aún no enviadas",
    ),
    "{n} not sent (invalid)": (
        "{n} nicht gesendet (ungültig)",
        "{n} non envoyées (invalides)",
        "{n} no enviadas (no válidas)",
    ),
    "{n} left out": ("{n} ausgelassen", "{n} laissées de côté", "{n} excluidas"),
    ", ": (", ", ", ", ", "),
    "{outcome} — receipt saved": (
        "{outcome} – Beleg gespeichert",
        "{outcome} – reçu enregistré",
        "{outcome}; comprobante guardado",
    ),
    "The upload stopped: {reason}": (
        "Der Upload wurde angehalten: {reason}",
        "L’envoi s’est arrêté : {reason}",
        "La carga se detuvo: {reason}",
    ),
    "the API refused the request": (
        "die API hat die Anfrage abgelehnt",
        "l’API a refusé la requête",
        "la API rechazó la solicitud",
    ),
    "Fix the cause (check the key and profile on the Upload step), then send the rest.": (
        "Beheben Sie die Ursache (prüfen Sie Schlüssel und Profil im Schritt „Hochladen“) und "
        "senden Sie dann den Rest.",
        "Corrigez la cause (vérifiez la clé et le profil à l’étape « Envoyer »), puis envoyez "
        "le reste.",
        "Corrija la causa (compruebe la clave y el perfil en el paso «Cargar datos») y luego "
        "envíe el resto.",
    ),
    "The upload is paused.": (
        "Der Upload ist angehalten.",
        "L’envoi est en pause.",
        "La carga está en pausa.",
    ),
    "Send the rest when you are ready.": (
        "Senden Sie den Rest, wenn Sie so weit sind.",
        "Envoyez le reste quand vous êtes prêt.",
        "Envíe el resto cuando esté listo.",
    ),
    "The upload was cancelled before every row was sent.": (
        "Der Upload wurde abgebrochen, bevor alle Zeilen gesendet waren.",
        "L’envoi a été annulé avant que toutes les lignes soient envoyées.",
        "La carga se canceló antes de enviar todas las filas.",
    ),
    "Send the rest to finish it.": (
        "Senden Sie den Rest, um ihn abzuschließen.",
        "Envoyez le reste pour le terminer.",
        "Envíe el resto para terminarla.",
    ),
    "Comma-separated": ("Durch Kommas getrennt", "Séparé par des virgules", "Separado por comas"),
    "Semicolon-separated": (
        "Durch Semikolons getrennt",
        "Séparé par des points-virgules",
        "Separado por punto y coma",
    ),
    "Tab-separated": (
        "Durch Tabulatoren getrennt",
        "Séparé par des tabulations",
        "Separado por tabulaciones",
    ),
    "Pipe-separated": (
        "Durch senkrechte Striche getrennt",
        "Séparé par des barres verticales",
        "Separado por barras verticales",
    ),
    "{delimiter}-separated": (
        "Durch {delimiter} getrennt",
        "Séparé par {delimiter}",
        "Separado por {delimiter}",
    ),
    "{separated}, UTF-8: {source} cannot hold every character of these rows. Folder:": (
        "{separated}, UTF-8: {source} kann nicht jedes Zeichen dieser Zeilen darstellen. Ordner:",
        "{separated}, UTF-8 : {source} ne peut pas contenir tous les caractères de ces lignes. "
        "Dossier :",
        "{separated}, UTF-8: {source} no admite todos los caracteres de estas filas. Carpeta:",
    ),
    "{separated}, UTF-8 (as Excel reads it). Folder:": (
        "{separated}, UTF-8 (wie Excel es liest). Ordner:",
        "{separated}, UTF-8 (comme Excel le lit). Dossier :",
        "{separated}, UTF-8 (como lo lee Excel). Carpeta:",
    ),
    "{separated}, {encoding} like the source file. Folder:": (
        "{separated}, {encoding} wie die Quelldatei. Ordner:",
        "{separated}, {encoding} comme le fichier source. Dossier :",
        "{separated}, {encoding} como el archivo de origen. Carpeta:",
    ),
    "no rows": ("keine Zeilen", "aucune ligne", "ninguna fila"),
    "(+{n} more)": ("(+{n} weitere)", "(+{n} autres)", "(+{n} más)"),
    "{rows} {outcome}": ("{rows} {outcome}", "{rows} : {outcome}", "{rows}: {outcome}"),
    "{head} · field {field}": (
        "{head} · Feld {field}",
        "{head} · champ {field}",
        "{head} · campo {field}",
    ),
    "{rows} ({numbers}): {reason}": (
        "{rows} ({numbers}): {reason}",
        "{rows} ({numbers}) : {reason}",
        "{rows} ({numbers}): {reason}",
    ),
    "{file} → {destination} at {url} ({profile}) · started {started}, last change {changed} "
    "(local time)": (
        "{file} → {destination} unter {url} ({profile}) · gestartet {started}, letzte Änderung "
        "{changed} (Ortszeit)",
        "{file} → {destination} sur {url} ({profile}) · démarré le {started}, dernière "
        "modification à {changed} (heure locale)",
        "{file} → {destination} en {url} ({profile}) · iniciado {started}, último cambio "
        "{changed} (hora local)",
    ),
    # -- Review: the page ----------------------------------------------------------------------
    "Every row is excluded: include some again, or load another file.": (
        "Alle Zeilen sind ausgeschlossen: Nehmen Sie einige wieder auf oder laden Sie eine "
        "andere Datei.",
        "Toutes les lignes sont exclues : réintégrez-en quelques-unes ou chargez un autre fichier.",
        "Todas las filas están excluidas: vuelva a incluir algunas o cargue otro archivo.",
    ),
    "The file has no data rows below the header: load another file, or choose another header "
    "row on the Load step.": (
        "Die Datei hat unter der Kopfzeile keine Datenzeilen: Laden Sie eine andere Datei oder "
        "wählen Sie im Schritt „Laden“ eine andere Kopfzeile.",
        "Le fichier n’a aucune ligne de données sous l’en-tête : chargez un autre fichier ou "
        "choisissez une autre ligne d’en-tête à l’étape « Charger ».",
        "El archivo no tiene filas de datos bajo el encabezado: cargue otro archivo o elija "
        "otra fila de encabezado en el paso «Cargar».",
    ),
    "⚠ Backfill's own checks find nothing wrong here, but the destination's reasons above "
    "still apply.": (
        "⚠ Die eigenen Prüfungen von Backfill finden hier keinen Fehler, die Gründe des Ziels "
        "oben gelten aber weiterhin.",
        "⚠ Les vérifications de Backfill ne trouvent rien d’anormal ici, mais les motifs de la "
        "destination ci-dessus s’appliquent toujours.",
        "⚠ Las comprobaciones de Backfill no encuentran nada mal aquí, pero los motivos del "
        "destino de arriba siguen vigentes.",
    ),
    "✓ No problems found — every row can be sent.": (
        "✓ Keine Probleme gefunden – jede Zeile kann gesendet werden.",
        "✓ Aucun problème trouvé – toutes les lignes peuvent être envoyées.",
        "✓ No se encontraron problemas: se pueden enviar todas las filas.",
    ),
    "Double-click a cell to correct it; the row is checked again at once.": (
        "Doppelklicken Sie auf eine Zelle, um sie zu korrigieren; die Zeile wird sofort erneut "
        "geprüft.",
        "Double-cliquez sur une cellule pour la corriger ; la ligne est aussitôt revérifiée.",
        "Haga doble clic en una celda para corregirla; la fila se vuelve a comprobar al instante.",
    ),
    "Review the rows": ("Zeilen prüfen", "Vérifier les lignes", "Revisar las filas"),
    "Check again": ("Erneut prüfen", "Vérifier à nouveau", "Comprobar de nuevo"),
    "Check every row again (e.g. after a cancelled check)": (
        "Alle Zeilen erneut prüfen (z. B. nach einer abgebrochenen Prüfung)",
        "Vérifier à nouveau toutes les lignes (p. ex. après une vérification annulée)",
        "Comprobar de nuevo todas las filas (p. ej., tras una comprobación cancelada)",
    ),
    "Download problems…": (
        "Probleme herunterladen …",
        "Télécharger les problèmes…",
        "Descargar problemas…",
    ),
    "Save every problem as a CSV file (row, column, reason)": (
        "Alle Probleme als CSV-Datei speichern (Zeile, Spalte, Grund)",
        "Enregistrer tous les problèmes dans un fichier CSV (ligne, colonne, motif)",
        "Guardar todos los problemas en un archivo CSV (fila, columna, motivo)",
    ),
    "Only rows with problems": (
        "Nur Zeilen mit Problemen",
        "Seulement les lignes à problème",
        "Solo filas con problemas",
    ),
    "Hide the rows that are fine": (
        "Die fehlerfreien Zeilen ausblenden",
        "Masquer les lignes sans problème",
        "Ocultar las filas correctas",
    ),
    "Show all rows": (
        "Alle Zeilen zeigen",
        "Afficher toutes les lignes",
        "Mostrar todas las filas",
    ),
    "Exclude selected rows": (
        "Ausgewählte Zeilen ausschließen",
        "Exclure les lignes sélectionnées",
        "Excluir las filas seleccionadas",
    ),
    "Include again": ("Wieder aufnehmen", "Réintégrer", "Volver a incluir"),
    "Put the selected excluded rows back into the upload": (
        "Die ausgewählten ausgeschlossenen Zeilen wieder in den Upload aufnehmen",
        "Remettre les lignes exclues sélectionnées dans l’envoi",
        "Volver a poner en la carga las filas excluidas seleccionadas",
    ),
    "Include all excluded": (
        "Alle ausgeschlossenen aufnehmen",
        "Réintégrer toutes les exclues",
        "Incluir todas las excluidas",
    ),
    "Checking the rows…": (
        "Zeilen werden geprüft …",
        "Vérification des lignes…",
        "Comprobando las filas…",
    ),
    "The rows have not been checked yet.": (
        "Die Zeilen wurden noch nicht geprüft.",
        "Les lignes n’ont pas encore été vérifiées.",
        "Las filas aún no se han comprobado.",
    ),
    "No row can be sent yet: fix the problems above or load another file.": (
        "Noch kann keine Zeile gesendet werden: Beheben Sie die Probleme oben oder laden Sie "
        "eine andere Datei.",
        "Aucune ligne ne peut encore être envoyée : corrigez les problèmes ci-dessus ou chargez "
        "un autre fichier.",
        "Aún no se puede enviar ninguna fila: corrija los problemas de arriba o cargue otro "
        "archivo.",
    ),
    "Checking %Ln row(s)…": (
        ("%Ln Zeile wird geprüft …", "%Ln Zeilen werden geprüft …"),
        ("Vérification de %Ln ligne…", "Vérification de %Ln lignes…"),
        ("Comprobando %Ln fila…", "Comprobando %Ln filas…"),
    ),
    "Go back to Map and check the chosen columns.": (
        "Gehen Sie zurück zu „Zuordnen“ und prüfen Sie die gewählten Spalten.",
        "Revenez à « Associer » et vérifiez les colonnes choisies.",
        "Vuelva a «Asignar» y compruebe las columnas elegidas.",
    ),
    "Checking was cancelled.": (
        "Die Prüfung wurde abgebrochen.",
        "La vérification a été annulée.",
        "Se canceló la comprobación.",
    ),
    "Press Check again to see the problems.": (
        "Klicken Sie auf „Erneut prüfen“, um die Probleme zu sehen.",
        "Cliquez sur « Vérifier à nouveau » pour voir les problèmes.",
        "Pulse «Comprobar de nuevo» para ver los problemas.",
    ),
    "Rows in file order": (
        "Zeilen in Dateireihenfolge",
        "Lignes dans l’ordre du fichier",
        "Filas en el orden del archivo",
    ),
    "The problem list could not be saved.": (
        "Die Problemliste konnte nicht gespeichert werden.",
        "La liste des problèmes n’a pas pu être enregistrée.",
        "No se pudo guardar la lista de problemas.",
    ),
    "%Ln warning(s)": (
        ("%Ln Warnung", "%Ln Warnungen"),
        ("%Ln avertissement", "%Ln avertissements"),
        ("%Ln advertencia", "%Ln advertencias"),
    ),
    "{rows}: {valid} valid, {invalid} invalid, {warnings}, {excluded} excluded": (
        "{rows}: {valid} gültig, {invalid} ungültig, {warnings}, {excluded} ausgeschlossen",
        "{rows} : {valid} valides, {invalid} invalides, {warnings}, {excluded} exclues",
        "{rows}: {valid} válidas, {invalid} no válidas, {warnings}, {excluded} excluidas",
    ),
    "{rows}: {valid} valid, {invalid} invalid, {warnings}": (
        "{rows}: {valid} gültig, {invalid} ungültig, {warnings}",
        "{rows} : {valid} valides, {invalid} invalides, {warnings}",
        "{rows}: {valid} válidas, {invalid} no válidas, {warnings}",
    ),
    "{rows}: {valid} valid, {invalid} invalid, {excluded} excluded": (
        "{rows}: {valid} gültig, {invalid} ungültig, {excluded} ausgeschlossen",
        "{rows} : {valid} valides, {invalid} invalides, {excluded} exclues",
        "{rows}: {valid} válidas, {invalid} no válidas, {excluded} excluidas",
    ),
    "{rows}: {valid} valid, {invalid} invalid": (
        "{rows}: {valid} gültig, {invalid} ungültig",
        "{rows} : {valid} valides, {invalid} invalides",
        "{rows}: {valid} válidas, {invalid} no válidas",
    ),
    "Note: {note}": ("Hinweis: {note}", "Remarque : {note}", "Nota: {note}"),
    "{rows}: {problem}": ("{rows}: {problem}", "{rows} : {problem}", "{rows}: {problem}"),
    "%Ln row was refused by the destination last time.": (
        (
            "%Ln Zeile wurde beim letzten Mal vom Ziel abgelehnt.",
            "%Ln Zeilen wurden beim letzten Mal vom Ziel abgelehnt.",
        ),
        (
            "%Ln ligne a été refusée par la destination la dernière fois.",
            "%Ln lignes ont été refusées par la destination la dernière fois.",
        ),
        (
            "El destino rechazó %Ln fila la última vez.",
            "El destino rechazó %Ln filas la última vez.",
        ),
    ),
    "%Ln rows were refused by the destination last time.": (
        (
            "%Ln Zeile wurde beim letzten Mal vom Ziel abgelehnt.",
            "%Ln Zeilen wurden beim letzten Mal vom Ziel abgelehnt.",
        ),
        (
            "%Ln ligne a été refusée par la destination la dernière fois.",
            "%Ln lignes ont été refusées par la destination la dernière fois.",
        ),
        (
            "El destino rechazó %Ln fila la última vez.",
            "El destino rechazó %Ln filas la última vez.",
        ),
    ),
    "Why: {reasons}. Each row's reason is in the first column, “Reason”. Correct the cells "
    "(double-click to edit), then send the rows again.": (
        "Warum: {reasons}. Der Grund jeder Zeile steht in der ersten Spalte, „Grund“. "
        "Korrigieren Sie die Zellen (Doppelklick zum Bearbeiten) und senden Sie die Zeilen "
        "dann erneut.",
        "Pourquoi : {reasons}. Le motif de chaque ligne est dans la première colonne, "
        "« Motif ». Corrigez les cellules (double-clic pour modifier), puis renvoyez les lignes.",
        "Por qué: {reasons}. El motivo de cada fila está en la primera columna, «Motivo». "
        "Corrija las celdas (doble clic para editar) y vuelva a enviar las filas.",
    ),
    "“{reason}” ({rows})": ("„{reason}“ ({rows})", "« {reason} » ({rows})", "«{reason}» ({rows})"),
    "and %Ln other reason(s)": (
        ("und %Ln weiterer Grund", "und %Ln weitere Gründe"),
        ("et %Ln autre motif", "et %Ln autres motifs"),
        ("y %Ln motivo más", "y %Ln motivos más"),
    ),
    "Checked {rows} in {seconds} s": (
        "{rows} in {seconds} s geprüft",
        "{rows} vérifiées en {seconds} s",
        "{rows} comprobadas en {seconds} s",
    ),
    "Showing {rows}: {problem}": (
        "{rows} angezeigt: {problem}",
        "Affichage de {rows} : {problem}",
        "Se muestran {rows}: {problem}",
    ),
    "%Ln row(s) with problems": (
        ("%Ln Zeile mit Problemen", "%Ln Zeilen mit Problemen"),
        ("%Ln ligne à problème", "%Ln lignes à problème"),
        ("%Ln fila con problemas", "%Ln filas con problemas"),
    ),
    "Z→A / high→low": ("Z→A / hoch→niedrig", "Z→A / décroissant", "Z→A / mayor→menor"),
    "A→Z / low→high": ("A→Z / niedrig→hoch", "A→Z / croissant", "A→Z / menor→mayor"),
    "Sorted by '{column}' ({direction})": (
        "Sortiert nach „{column}“ ({direction})",
        "Trié par « {column} » ({direction})",
        "Ordenado por «{column}» ({direction})",
    ),
    "Applied “{fix}” to {field}; checking again…": (
        "„{fix}“ auf {field} angewendet; erneute Prüfung …",
        "« {fix} » appliqué à {field} ; nouvelle vérification…",
        "Se aplicó «{fix}» a {field}; comprobando de nuevo…",
    ),
    "Excluded %Ln row(s); checking again…": (
        (
            "%Ln Zeile ausgeschlossen; erneute Prüfung …",
            "%Ln Zeilen ausgeschlossen; erneute Prüfung …",
        ),
        (
            "%Ln ligne exclue ; nouvelle vérification…",
            "%Ln lignes exclues ; nouvelle vérification…",
        ),
        ("%Ln fila excluida; comprobando de nuevo…", "%Ln filas excluidas; comprobando de nuevo…"),
    ),
    "Checking row {row} again…": (
        "Zeile {row} wird erneut geprüft …",
        "Nouvelle vérification de la ligne {row}…",
        "Comprobando de nuevo la fila {row}…",
    ),
    "Row {row} is fine now": (
        "Zeile {row} ist jetzt in Ordnung",
        "La ligne {row} est correcte maintenant",
        "La fila {row} ya está bien",
    ),
    "Row {row} still has a problem: {problem}": (
        "Zeile {row} hat noch ein Problem: {problem}",
        "La ligne {row} a encore un problème : {problem}",
        "La fila {row} aún tiene un problema: {problem}",
    ),
    "Saved %Ln problem(s) to {file}": (
        ("%Ln Problem in {file} gespeichert", "%Ln Probleme in {file} gespeichert"),
        ("%Ln problème enregistré dans {file}", "%Ln problèmes enregistrés dans {file}"),
        ("%Ln problema guardado en {file}", "%Ln problemas guardados en {file}"),
    ),
    "The row could not be checked again: {why}": (
        "Die Zeile konnte nicht erneut geprüft werden: {why}",
        "La ligne n’a pas pu être revérifiée : {why}",
        "No se pudo volver a comprobar la fila: {why}",
    ),
    "Rows of your file": ("Zeilen Ihrer Datei", "Lignes de votre fichier", "Filas de su archivo"),
    "Click a column name to sort by it (again: reverse, third time: file order)": (
        "Auf einen Spaltennamen klicken, um danach zu sortieren (erneut: umgekehrt, drittes "
        "Mal: Dateireihenfolge)",
        "Cliquez sur un nom de colonne pour trier (à nouveau : inverse, troisième fois : ordre "
        "du fichier)",
        "Haga clic en un nombre de columna para ordenar (otra vez: al revés, la tercera: orden "
        "del archivo)",
    ),
    # -- save dialogs --------------------------------------------------------------------------
    "{file} - problems": ("{file} - Probleme", "{file} - problèmes", "{file} - problemas"),
    "Save the problems": (
        "Probleme speichern",
        "Enregistrer les problèmes",
        "Guardar los problemas",
    ),
    "CSV files (*.csv)": ("CSV-Dateien (*.csv)", "Fichiers CSV (*.csv)", "Archivos CSV (*.csv)"),
    "{file} - rejected rows": (
        "{file} - abgelehnte Zeilen",
        "{file} - lignes rejetées",
        "{file} - filas rechazadas",
    ),
    "CSV (*.csv)": ("CSV (*.csv)", "CSV (*.csv)", "CSV (*.csv)"),
    "Excel workbook (*.xlsx)": (
        "Excel-Arbeitsmappe (*.xlsx)",
        "Classeur Excel (*.xlsx)",
        "Libro de Excel (*.xlsx)",
    ),
    "Export rejected rows": (
        "Abgelehnte Zeilen exportieren",
        "Exporter les lignes rejetées",
        "Exportar las filas rechazadas",
    ),
}
