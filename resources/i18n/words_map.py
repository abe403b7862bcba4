"""The Map step: field rows, template bar, values, other columns, and the core's words shown
there (field labels, suggestion reasons, date and unit notes, template drift).

English: (German, French, Spanish). Glossary as in fill_translations.py; besides: user = Nutzer /
utilisateur / usuario; event = Ereignis / événement / evento; value map = Wertzuordnung /
correspondance de valeurs / asignación de valores; a column's name is quoted „…“ / « … » / «…».
"""

WORDS = {  # English: (German, French, Spanish)
    # -- destinations ------------------------------------------------------------------------
    "VibeFollow users": ("VibeFollow-Nutzer", "Utilisateurs VibeFollow", "Usuarios de VibeFollow"),
    "VibeFollow events": (
        "VibeFollow-Ereignisse",
        "Événements VibeFollow",
        "Eventos de VibeFollow",
    ),
    "Ours Privacy events": (
        "Ours-Privacy-Ereignisse",
        "Événements Ours Privacy",
        "Eventos de Ours Privacy",
    ),
    "FloKit events": ("FloKit-Ereignisse", "Événements FloKit", "Eventos de FloKit"),
    # -- the page ----------------------------------------------------------------------------
    "Match your columns to the destination's fields": (
        "Ordnen Sie Ihre Spalten den Feldern des Ziels zu",
        "Associez vos colonnes aux champs de la destination",
        "Asigne sus columnas a los campos del destino",
    ),
    "Match your columns to {destination}": (
        "Ordnen Sie Ihre Spalten zu: {destination}",
        "Associez vos colonnes : {destination}",
        "Asigne sus columnas: {destination}",
    ),
    "Send to": ("Senden an", "Envoyer à", "Enviar a"),
    "Sen&d to": ("Senden &an", "&Envoyer à", "&Enviar a"),
    "The destination the rows go to": (
        "Das Ziel, an das die Zeilen gehen",
        "La destination des lignes",
        "El destino al que van las filas",
    ),
    "Needs {required}; optional: {optional}": (
        "Benötigt {required}; optional: {optional}",
        "Requis : {required} ; facultatif : {optional}",
        "Necesita {required}; opcional: {optional}",
    ),
    "Needs {required}": ("Benötigt {required}", "Requis : {required}", "Necesita {required}"),
    "Next: Review ▶": ("Weiter: Prüfen ▶", "Suivant : Vérifier ▶", "Siguiente: Revisar ▶"),
    "Load a file first.": (
        "Laden Sie zuerst eine Datei.",
        "Chargez d’abord un fichier.",
        "Cargue primero un archivo.",
    ),
    "Matching your columns…": (
        "Ihre Spalten werden zugeordnet …",
        "Association de vos colonnes…",
        "Asignando sus columnas…",
    ),
    "Matching your columns to the fields…": (
        "Ihre Spalten werden den Feldern zugeordnet …",
        "Association de vos colonnes aux champs…",
        "Asignando sus columnas a los campos…",
    ),
    "{fields} is required: choose the column that holds it, or a fixed value.": (
        "{fields} ist erforderlich: Wählen Sie die Spalte, die es enthält, oder einen festen Wert.",
        "{fields} est requis : choisissez la colonne qui le contient, ou une valeur fixe.",
        "{fields} es obligatorio: elija la columna que lo contiene o un valor fijo.",
    ),
    "{fields} are required: choose the column that holds it, or a fixed value.": (
        "{fields} sind erforderlich: Wählen Sie jeweils die Spalte, die sie enthält, oder einen "
        "festen Wert.",
        "{fields} sont requis : choisissez pour chacun la colonne qui le contient, ou une valeur "
        "fixe.",
        "{fields} son obligatorios: elija para cada uno la columna que lo contiene o un valor fijo.",
    ),
    "Some template columns seem renamed: use the proposed columns or keep as it is.": (
        "Einige Spalten der Vorlage scheinen umbenannt: Übernehmen Sie die vorgeschlagenen "
        "Spalten oder lassen Sie es, wie es ist.",
        "Certaines colonnes du modèle semblent renommées : utilisez les colonnes proposées ou "
        "laissez tel quel.",
        "Algunas columnas de la plantilla parecen renombradas: use las columnas propuestas o "
        "déjelo como está.",
    ),
    "Columns could not be matched: {reason}": (
        "Die Spalten konnten nicht zugeordnet werden: {reason}",
        "Les colonnes n’ont pas pu être associées : {reason}",
        "No se pudieron asignar las columnas: {reason}",
    ),
    "This file lists people (users), so it goes to {to}: {why}.": (
        "Diese Datei listet Personen (Nutzer) auf und geht daher an {to}: {why}.",
        "Ce fichier liste des personnes (utilisateurs), il va donc vers {to} : {why}.",
        "Este archivo enumera personas (usuarios), así que va a {to}: {why}.",
    ),
    "This file lists events, so it goes to {to}: {why}.": (
        "Diese Datei listet Ereignisse auf und geht daher an {to}: {why}.",
        "Ce fichier liste des événements, il va donc vers {to} : {why}.",
        "Este archivo enumera eventos, así que va a {to}: {why}.",
    ),
    "Change “Send to” above if that is wrong.": (
        "Ändern Sie oben „Senden an“, falls das nicht stimmt.",
        "Modifiez « Envoyer à » ci-dessus si c’est faux.",
        "Cambie «Enviar a» arriba si no es correcto.",
    ),
    "Pick the right column in the list, or a fixed value.": (
        "Wählen Sie die richtige Spalte in der Liste oder einen festen Wert.",
        "Choisissez la bonne colonne dans la liste, ou une valeur fixe.",
        "Elija la columna correcta en la lista o un valor fijo.",
    ),
    "Pick the right column in the list, or a fixed value. If the file lists people rather "
    "than things they did, send it to {users} instead (Send to, above).": (
        "Wählen Sie die richtige Spalte in der Liste oder einen festen Wert. Listet die Datei "
        "Personen statt ihrer Handlungen auf, senden Sie sie stattdessen an {users} "
        "(„Senden an“, oben).",
        "Choisissez la bonne colonne dans la liste, ou une valeur fixe. Si le fichier liste des "
        "personnes plutôt que ce qu’elles ont fait, envoyez-le plutôt vers {users} "
        "(« Envoyer à », ci-dessus).",
        "Elija la columna correcta en la lista o un valor fijo. Si el archivo enumera personas "
        "en lugar de lo que hicieron, envíelo a {users} («Enviar a», arriba).",
    ),
    "Check {fields}: Backfill is only guessing which column holds it.": (
        "Prüfen Sie {fields}: Backfill rät nur, welche Spalte es enthält.",
        "Vérifiez {fields} : Backfill ne fait que deviner quelle colonne le contient.",
        "Compruebe {fields}: Backfill solo adivina qué columna lo contiene.",
    ),
    "Field": ("Feld", "Champ", "Campo"),
    "Column in your file": (
        "Spalte in Ihrer Datei",
        "Colonne de votre fichier",
        "Columna en su archivo",
    ),
    "Sample values": ("Beispielwerte", "Exemples de valeurs", "Valores de ejemplo"),
    "Confidence": ("Sicherheit", "Confiance", "Confianza"),
    "Dates in '{column}' are now read {order}.": (
        "Datumsangaben in „{column}“ werden jetzt {order} gelesen.",
        "Les dates de « {column} » sont maintenant lues {order}.",
        "Las fechas de «{column}» se leen ahora {order}.",
    ),
    "Template '{name}' now uses the proposed columns": (
        "Die Vorlage „{name}“ verwendet jetzt die vorgeschlagenen Spalten",
        "Le modèle « {name} » utilise maintenant les colonnes proposées",
        "La plantilla «{name}» usa ahora las columnas propuestas",
    ),
    "Save mapping template": (
        "Zuordnungsvorlage speichern",
        "Enregistrer le modèle d’association",
        "Guardar plantilla de asignación",
    ),
    "Load mapping template": (
        "Zuordnungsvorlage laden",
        "Charger un modèle d’association",
        "Cargar plantilla de asignación",
    ),
    "Mapping templates (*.json)": (
        "Zuordnungsvorlagen (*.json)",
        "Modèles d’association (*.json)",
        "Plantillas de asignación (*.json)",
    ),
    "The template could not be saved.": (
        "Die Vorlage konnte nicht gespeichert werden.",
        "Le modèle n’a pas pu être enregistré.",
        "No se pudo guardar la plantilla.",
    ),
    "Saved as template '{name}'.": (
        "Als Vorlage „{name}“ gespeichert.",
        "Enregistré comme modèle « {name} ».",
        "Guardado como plantilla «{name}».",
    ),
    "Template '{name}' saved": (
        "Vorlage „{name}“ gespeichert",
        "Modèle « {name} » enregistré",
        "Plantilla «{name}» guardada",
    ),
    "Choose a template saved by Backfill.": (
        "Wählen Sie eine von Backfill gespeicherte Vorlage.",
        "Choisissez un modèle enregistré par Backfill.",
        "Elija una plantilla guardada por Backfill.",
    ),
    # -- template bar ------------------------------------------------------------------------
    "No template in use.": (
        "Keine Vorlage in Gebrauch.",
        "Aucun modèle utilisé.",
        "No se usa ninguna plantilla.",
    ),
    "Use suggestions instead": (
        "Stattdessen Vorschläge verwenden",
        "Utiliser plutôt les suggestions",
        "Usar las sugerencias en su lugar",
    ),
    "Save template…": ("Vorlage speichern …", "Enregistrer le modèle…", "Guardar plantilla…"),
    "Load template…": ("Vorlage laden …", "Charger un modèle…", "Cargar plantilla…"),
    "Use the proposed columns": (
        "Vorgeschlagene Spalten verwenden",
        "Utiliser les colonnes proposées",
        "Usar las columnas propuestas",
    ),
    "Take the proposed columns as the renamed ones: the template's settings and property "
    "keys stay as they were": (
        "Die vorgeschlagenen Spalten als die umbenannten übernehmen: Einstellungen und "
        "Eigenschaftsschlüssel der Vorlage bleiben, wie sie waren",
        "Prendre les colonnes proposées comme les colonnes renommées : les réglages et les clés "
        "de propriétés du modèle restent inchangés",
        "Tomar las columnas propuestas como las renombradas: los ajustes y las claves de "
        "propiedades de la plantilla no cambian",
    ),
    "Keep as it is": ("So lassen", "Laisser tel quel", "Dejar como está"),
    "The proposed columns are new ones: send them under their own names": (
        "Die vorgeschlagenen Spalten sind neu: unter ihrem eigenen Namen senden",
        "Les colonnes proposées sont nouvelles : les envoyer sous leur propre nom",
        "Las columnas propuestas son nuevas: enviarlas con su propio nombre",
    ),
    "Use the proposed columns to keep the template's settings and property keys, or keep it "
    "as it is if they are new columns.": (
        "Verwenden Sie die vorgeschlagenen Spalten, um Einstellungen und Eigenschaftsschlüssel "
        "der Vorlage zu behalten, oder lassen Sie es so, wenn es neue Spalten sind.",
        "Utilisez les colonnes proposées pour garder les réglages et les clés de propriétés du "
        "modèle, ou laissez tel quel s’il s’agit de nouvelles colonnes.",
        "Use las columnas propuestas para conservar los ajustes y las claves de propiedades de "
        "la plantilla, o déjelo como está si son columnas nuevas.",
    ),
    "Choose the column that now holds it below, then save the template again.": (
        "Wählen Sie unten die Spalte, die es jetzt enthält, und speichern Sie die Vorlage erneut.",
        "Choisissez ci-dessous la colonne qui le contient maintenant, puis enregistrez à "
        "nouveau le modèle.",
        "Elija abajo la columna que ahora lo contiene y guarde de nuevo la plantilla.",
    ),
    "Check the fields below; save the template again once it fits this file.": (
        "Prüfen Sie die Felder unten; speichern Sie die Vorlage erneut, sobald sie zu dieser "
        "Datei passt.",
        "Vérifiez les champs ci-dessous ; enregistrez à nouveau le modèle une fois adapté à ce "
        "fichier.",
        "Compruebe los campos de abajo; guarde de nuevo la plantilla cuando se ajuste a este "
        "archivo.",
    ),
    "Columns matched automatically. Save this as a template to reuse it next time.": (
        "Spalten automatisch zugeordnet. Speichern Sie dies als Vorlage, um es nächstes Mal "
        "wiederzuverwenden.",
        "Colonnes associées automatiquement. Enregistrez ceci comme modèle pour le réutiliser "
        "la prochaine fois.",
        "Columnas asignadas automáticamente. Guárdelo como plantilla para reutilizarlo la "
        "próxima vez.",
    ),
    "Template '{name}' applied automatically": (
        "Vorlage „{name}“ automatisch angewendet",
        "Modèle « {name} » appliqué automatiquement",
        "Plantilla «{name}» aplicada automáticamente",
    ),
    "Template '{name}' applied": (
        "Vorlage „{name}“ angewendet",
        "Modèle « {name} » appliqué",
        "Plantilla «{name}» aplicada",
    ),
    "Template '{name}' applied automatically — {detail}": (
        "Vorlage „{name}“ automatisch angewendet – {detail}",
        "Modèle « {name} » appliqué automatiquement – {detail}",
        "Plantilla «{name}» aplicada automáticamente – {detail}",
    ),
    "Template '{name}' applied — {detail}": (
        "Vorlage „{name}“ angewendet – {detail}",
        "Modèle « {name} » appliqué – {detail}",
        "Plantilla «{name}» aplicada – {detail}",
    ),
    # -- field rows --------------------------------------------------------------------------
    "exact": ("genau", "exacte", "exacta"),
    "likely": ("wahrscheinlich", "probable", "probable"),
    "guess": ("geraten", "supposé", "supuesta"),
    "no match": ("keine Übereinstimmung", "aucune correspondance", "sin coincidencia"),
    "your choice": ("Ihre Wahl", "votre choix", "su elección"),
    "from template": ("aus Vorlage", "du modèle", "de la plantilla"),
    "Numbers: detect": ("Zahlen: erkennen", "Nombres : détecter", "Números: detectar"),
    "Numbers: detect ({unit})": (
        "Zahlen: erkennen ({unit})",
        "Nombres : détecter ({unit})",
        "Números: detectar ({unit})",
    ),
    "Numbers: detect (each by its size)": (
        "Zahlen: erkennen (jede nach ihrer Größe)",
        "Nombres : détecter (chacun selon sa taille)",
        "Números: detectar (cada uno por su tamaño)",
    ),
    "Excel date numbers": (
        "Excel-Datumszahlen",
        "Dates Excel en nombres",
        "Fechas de Excel en números",
    ),
    "Excel date numbers (1904 base)": (
        "Excel-Datumszahlen (Basis 1904)",
        "Dates Excel en nombres (base 1904)",
        "Fechas de Excel en números (base 1904)",
    ),
    "Unix time (seconds)": (
        "Unix-Zeit (Sekunden)",
        "Temps Unix (secondes)",
        "Tiempo Unix (segundos)",
    ),
    "Unix time (milliseconds)": (
        "Unix-Zeit (Millisekunden)",
        "Temps Unix (millisecondes)",
        "Tiempo Unix (milisegundos)",
    ),
    "Unix time (microseconds)": (
        "Unix-Zeit (Mikrosekunden)",
        "Temps Unix (microsecondes)",
        "Tiempo Unix (microsegundos)",
    ),
    "Column for {field}": ("Spalte für {field}", "Colonne pour {field}", "Columna para {field}"),
    "Value for {field} in every row": (
        "Wert für {field} in jeder Zeile",
        "Valeur de {field} pour chaque ligne",
        "Valor de {field} en cada fila",
    ),
    "Value for every row": (
        "Wert für jede Zeile",
        "Valeur pour chaque ligne",
        "Valor para cada fila",
    ),
    "Date order of {field}": (
        "Datumsreihenfolge von {field}",
        "Ordre des dates de {field}",
        "Orden de fecha de {field}",
    ),
    "Dates: detect order": (
        "Datum: Reihenfolge erkennen",
        "Dates : détecter l’ordre",
        "Fechas: detectar el orden",
    ),
    "Day first (31/12)": ("Tag zuerst (31/12)", "Jour d’abord (31/12)", "Día primero (31/12)"),
    "Month first (12/31)": ("Monat zuerst (12/31)", "Mois d’abord (12/31)", "Mes primero (12/31)"),
    "How to read dates like 04/03/2024": (
        "Wie Datumsangaben wie 04/03/2024 gelesen werden",
        "Comment lire des dates comme 04/03/2024",
        "Cómo leer fechas como 04/03/2024",
    ),
    "Time zone of {field}": (
        "Zeitzone von {field}",
        "Fuseau horaire de {field}",
        "Zona horaria de {field}",
    ),
    "Time zone of times written without one": (
        "Zeitzone für Zeiten, die ohne eine geschrieben sind",
        "Fuseau horaire des heures écrites sans fuseau",
        "Zona horaria de las horas escritas sin una",
    ),
    "How {field} numbers are read": (
        "Wie Zahlen in {field} gelesen werden",
        "Comment les nombres de {field} sont lus",
        "Cómo se leen los números de {field}",
    ),
    "How to read times written as plain numbers": (
        "Wie als reine Zahlen geschriebene Zeiten gelesen werden",
        "Comment lire les heures écrites comme de simples nombres",
        "Cómo leer las horas escritas como simples números",
    ),
    "Remove spaces around each value": (
        "Leerzeichen um jeden Wert entfernen",
        "Retirer les espaces autour de chaque valeur",
        "Quitar los espacios alrededor de cada valor",
    ),
    "Change every value to lower case": (
        "Jeden Wert in Kleinbuchstaben ändern",
        "Mettre chaque valeur en minuscules",
        "Pasar cada valor a minúsculas",
    ),
    "— not mapped —": ("– nicht zugeordnet –", "– non associé –", "– sin asignar –"),
    "Same value for every row…": (
        "Gleicher Wert für jede Zeile …",
        "Même valeur pour chaque ligne…",
        "Mismo valor para cada fila…",
    ),
    "(all empty)": ("(alle leer)", "(toutes vides)", "(todas vacías)"),
    "(empty)": ("(leer)", "(vide)", "(vacío)"),
    "(not a date)": ("(kein Datum)", "(pas une date)", "(no es una fecha)"),
    "every row gets the validation time": (
        "jede Zeile erhält den Zeitpunkt der Prüfung",
        "chaque ligne reçoit l’heure de la vérification",
        "cada fila recibe la hora de la comprobación",
    ),
    "required": ("erforderlich", "requis", "obligatorio"),
    "Read {order} they would be: {dates}": (
        "{order} gelesen wären es: {dates}",
        "Lues {order}, ce seraient : {dates}",
        "Leídas {order}, serían: {dates}",
    ),
    "Read day-first instead": (
        "Stattdessen Tag zuerst lesen",
        "Lire plutôt jour d’abord",
        "Leer con el día primero",
    ),
    "Read month-first instead": (
        "Stattdessen Monat zuerst lesen",
        "Lire plutôt mois d’abord",
        "Leer con el mes primero",
    ),
    # -- other columns -----------------------------------------------------------------------
    "Traits": ("Merkmale", "Caractéristiques", "Rasgos"),
    "Properties": ("Eigenschaften", "Propriétés", "Propiedades"),
    "Other columns": ("Weitere Spalten", "Autres colonnes", "Otras columnas"),
    "Send other columns along": (
        "Weitere Spalten mitsenden",
        "Envoyer aussi les autres colonnes",
        "Enviar también las otras columnas",
    ),
    "Leave other columns out": (
        "Weitere Spalten weglassen",
        "Laisser de côté les autres colonnes",
        "Omitir las otras columnas",
    ),
    "Choose…": ("Auswählen …", "Choisir…", "Elegir…"),
    "Not imported": ("Nicht importiert", "Non importé", "No importado"),
    "{columns} → {key} (snake_case keys)": (
        "{columns} → {key} (Schlüssel in snake_case)",
        "{columns} → {key} (clés en snake_case)",
        "{columns} → {key} (claves en snake_case)",
    ),
    "Sent as numbers: {changes}": (
        "Als Zahlen gesendet: {changes}",
        "Envoyé en nombres : {changes}",
        "Enviado como números: {changes}",
    ),
    "No other columns are sent as {key}.": (
        "Keine weiteren Spalten werden als {key} gesendet.",
        "Aucune autre colonne n’est envoyée comme {key}.",
        "No se envía ninguna otra columna como {key}.",
    ),
    "Nothing — every column is used.": (
        "Nichts – jede Spalte wird verwendet.",
        "Rien – chaque colonne est utilisée.",
        "Nada: se usan todas las columnas.",
    ),
    "{listed} … and {rest} more (%Ln column(s))": (
        (
            "{listed} … und {rest} weitere (%Ln Spalte)",
            "{listed} … und {rest} weitere (%Ln Spalten)",
        ),
        (
            "{listed} … et {rest} de plus (%Ln colonne)",
            "{listed} … et {rest} de plus (%Ln colonnes)",
        ),
        ("{listed} … y {rest} más (%Ln columna)", "{listed} … y {rest} más (%Ln columnas)"),
    ),
    "text": ("Text", "texte", "texto"),
    "number": ("Zahl", "nombre", "número"),
    "true/false": ("wahr/falsch", "vrai/faux", "verdadero/falso"),
    "JSON": ("JSON", "JSON", "JSON"),
    "Other columns → {key}": (
        "Weitere Spalten → {key}",
        "Autres colonnes → {key}",
        "Otras columnas → {key}",
    ),
    "Ticked columns are sent with each record as {key}. Untick a column to leave it out; "
    "change the key or the kind of value if needed.": (
        "Angehakte Spalten werden mit jedem Datensatz als {key} gesendet. Entfernen Sie den "
        "Haken, um eine Spalte wegzulassen; ändern Sie bei Bedarf den Schlüssel oder die Art "
        "des Werts.",
        "Les colonnes cochées sont envoyées avec chaque enregistrement comme {key}. Décochez une "
        "colonne pour la laisser de côté ; changez la clé ou le type de valeur si besoin.",
        "Las columnas marcadas se envían con cada registro como {key}. Desmarque una columna "
        "para omitirla; cambie la clave o el tipo de valor si hace falta.",
    ),
    "Sent as": ("Gesendet als", "Envoyé comme", "Enviado como"),
    "Kind of value": ("Art des Werts", "Type de valeur", "Tipo de valor"),
    "Kind of value for {column}": (
        "Art des Werts für {column}",
        "Type de valeur pour {column}",
        "Tipo de valor para {column}",
    ),
    # -- values (value maps) -----------------------------------------------------------------
    "Values": ("Werte", "Valeurs", "Valores"),
    "Columns with few different values: send some of them as another value.": (
        "Spalten mit wenigen verschiedenen Werten: Senden Sie manche davon als anderen Wert.",
        "Colonnes avec peu de valeurs différentes : envoyez-en certaines comme une autre valeur.",
        "Columnas con pocos valores distintos: envíe algunos como otro valor.",
    ),
    "Map values…": ("Werte zuordnen …", "Associer les valeurs…", "Asignar valores…"),
    "Map the values of {column}": (
        "Die Werte von {column} zuordnen",
        "Associer les valeurs de {column}",
        "Asignar los valores de {column}",
    ),
    "%Ln value(s)": (
        ("%Ln Wert", "%Ln Werte"),
        ("%Ln valeur", "%Ln valeurs"),
        ("%Ln valor", "%Ln valores"),
    ),
    "{listed}, … ({values})": (
        "{listed}, … ({values})",
        "{listed}, … ({values})",
        "{listed}, … ({values})",
    ),
    "Sent instead: {entries}": (
        "Stattdessen gesendet: {entries}",
        "Envoyé à la place : {entries}",
        "Enviado en su lugar: {entries}",
    ),
    "Suggested (not applied): {entries}": (
        "Vorgeschlagen (nicht angewendet): {entries}",
        "Suggéré (non appliqué) : {entries}",
        "Sugerido (no aplicado): {entries}",
    ),
    "… and %Ln more": (
        ("… und %Ln weiterer", "… und %Ln weitere"),
        ("… et %Ln de plus", "… et %Ln de plus"),
        ("… y %Ln más", "… y %Ln más"),
    ),
    "Values of “{column}”": (
        "Werte von „{column}“",
        "Valeurs de « {column} »",
        "Valores de «{column}»",
    ),
    "“{column}” holds %Ln different value(s). Type what to send instead of a value; leave it "
    "empty to send the value as it is.": (
        (
            "„{column}“ enthält %Ln Wert. Geben Sie ein, was statt eines Werts gesendet werden "
            "soll; leer gelassen wird der Wert so gesendet, wie er ist.",
            "„{column}“ enthält %Ln verschiedene Werte. Geben Sie ein, was statt eines Werts "
            "gesendet werden soll; leer gelassen wird der Wert so gesendet, wie er ist.",
        ),
        (
            "« {column} » contient %Ln valeur. Saisissez ce qu’il faut envoyer à la place d’une "
            "valeur ; laissez vide pour envoyer la valeur telle quelle.",
            "« {column} » contient %Ln valeurs différentes. Saisissez ce qu’il faut envoyer à la "
            "place d’une valeur ; laissez vide pour envoyer la valeur telle quelle.",
        ),
        (
            "«{column}» contiene %Ln valor. Escriba qué enviar en lugar de un valor; déjelo "
            "vacío para enviar el valor tal cual.",
            "«{column}» contiene %Ln valores distintos. Escriba qué enviar en lugar de un valor; "
            "déjelo vacío para enviar el valor tal cual.",
        ),
    ),
    "Value in your file": ("Wert in Ihrer Datei", "Valeur de votre fichier", "Valor en su archivo"),
    "Rows": ("Zeilen", "Lignes", "Filas"),
    "Sent as, instead of {value}": (
        "Gesendet als, statt {value}",
        "Envoyé comme, à la place de {value}",
        "Enviado como, en lugar de {value}",
    ),
    "suggested: {value}": ("vorgeschlagen: {value}", "suggéré : {value}", "sugerido: {value}"),
    "Use suggestions ({count})": (
        "Vorschläge verwenden ({count})",
        "Utiliser les suggestions ({count})",
        "Usar sugerencias ({count})",
    ),
    "Fill the empty “Sent as” cells with the suggested values": (
        "Die leeren Zellen „Gesendet als“ mit den vorgeschlagenen Werten füllen",
        "Remplir les cellules « Envoyé comme » vides avec les valeurs suggérées",
        "Rellenar las celdas «Enviado como» vacías con los valores sugeridos",
    ),
    "Clear all": ("Alle leeren", "Tout effacer", "Borrar todo"),
}

# Words made in app/core and shown on the Map step (app/ui/words/map_words.py lists them).
CORE_WORDS = {
    "User ID": ("Nutzer-ID", "ID utilisateur", "ID de usuario"),
    "Email": ("E-Mail", "E-mail", "Correo electrónico"),
    "Event name": ("Ereignisname", "Nom de l’événement", "Nombre del evento"),
    "Timestamp": ("Zeitstempel", "Horodatage", "Marca de tiempo"),
    "Distinct ID": ("Eindeutige ID", "ID distinct", "ID distintivo"),
    "Your ID for the user; must match the ID used for their events.": (
        "Ihre ID für den Nutzer; muss der ID seiner Ereignisse entsprechen.",
        "Votre identifiant de l’utilisateur ; doit correspondre à celui de ses événements.",
        "Su ID del usuario; debe coincidir con el ID usado en sus eventos.",
    ),
    "The user's email address.": (
        "Die E-Mail-Adresse des Nutzers.",
        "L’adresse e-mail de l’utilisateur.",
        "La dirección de correo electrónico del usuario.",
    ),
    "The user the event belongs to (same ID as in VibeFollow users).": (
        "Der Nutzer, zu dem das Ereignis gehört (gleiche ID wie bei den VibeFollow-Nutzern).",
        "L’utilisateur auquel appartient l’événement (même ID que dans les utilisateurs "
        "VibeFollow).",
        "El usuario al que pertenece el evento (mismo ID que en los usuarios de VibeFollow).",
    ),
    "What happened, e.g. user_signed_up (snake_case recommended).": (
        "Was geschah, z. B. user_signed_up (snake_case empfohlen).",
        "Ce qui s’est passé, p. ex. user_signed_up (snake_case recommandé).",
        "Lo que ocurrió, p. ej. user_signed_up (se recomienda snake_case).",
    ),
    "When the event happened. Any common date format; stored as ISO 8601 UTC. Leave unmapped "
    "to stamp every row with the validation time.": (
        "Wann das Ereignis geschah. Jedes übliche Datumsformat; gespeichert als ISO 8601 UTC. "
        "Nicht zugeordnet erhält jede Zeile den Zeitpunkt der Prüfung.",
        "Quand l’événement a eu lieu. Tout format de date courant ; stocké en ISO 8601 UTC. "
        "Sans association, chaque ligne reçoit l’heure de la vérification.",
        "Cuándo ocurrió el evento. Cualquier formato de fecha habitual; se guarda como ISO 8601 "
        "UTC. Sin asignar, cada fila recibe la hora de la comprobación.",
    ),
    "What happened.": ("Was geschah.", "Ce qui s’est passé.", "Lo que ocurrió."),
    "The user or device the event belongs to.": (
        "Der Nutzer oder das Gerät, zu dem das Ereignis gehört.",
        "L’utilisateur ou l’appareil auquel appartient l’événement.",
        "El usuario o dispositivo al que pertenece el evento.",
    ),
    "The user the event belongs to.": (
        "Der Nutzer, zu dem das Ereignis gehört.",
        "L’utilisateur auquel appartient l’événement.",
        "El usuario al que pertenece el evento.",
    ),
    "user ids": ("Nutzer-IDs", "des ID utilisateur", "ID de usuario"),
    "emails": ("E-Mail-Adressen", "des adresses e-mail", "correos electrónicos"),
    "event names": ("Ereignisnamen", "des noms d’événements", "nombres de eventos"),
    "timestamps": ("Zeitstempel", "des horodatages", "marcas de tiempo"),
    "distinct ids": ("eindeutige IDs", "des ID distincts", "ID distintivos"),
    "Excel serial day numbers": (
        "fortlaufende Excel-Tageszahlen",
        "des numéros de série de jours Excel",
        "números de serie de días de Excel",
    ),
    "Excel serial day numbers (1904 base)": (
        "fortlaufende Excel-Tageszahlen (Basis 1904)",
        "des numéros de série de jours Excel (base 1904)",
        "números de serie de días de Excel (base 1904)",
    ),
    "epoch seconds": ("Epochensekunden", "des secondes epoch", "segundos epoch"),
    "epoch milliseconds": ("Epochenmillisekunden", "des millisecondes epoch", "milisegundos epoch"),
    "epoch microseconds": (
        "Epochenmikrosekunden",
        "des microsecondes epoch",
        "microsegundos epoch",
    ),
    "Trim spaces": ("Leerzeichen kürzen", "Retirer les espaces", "Quitar espacios"),
    "Lower-case": ("Kleinbuchstaben", "Minuscules", "Minúsculas"),
    "Squeeze spaces": ("Leerzeichen zusammenfassen", "Réduire les espaces", "Juntar espacios"),
    "{first} and {last}": ("{first} und {last}", "{first} et {last}", "{first} y {last}"),
    "{first} {rest}": ("{first} {rest}", "{first} {rest}", "{first} {rest}"),
    "the header '{header}' is the field's name": (
        "die Überschrift „{header}“ ist der Name des Felds",
        "l’en-tête « {header} » est le nom du champ",
        "el encabezado «{header}» es el nombre del campo",
    ),
    "'{header}' is a common name for {field}": (
        "„{header}“ ist ein üblicher Name für {field}",
        "« {header} » est un nom courant pour {field}",
        "«{header}» es un nombre habitual para {field}",
    ),
    "'{header}' looks like {field}": (
        "„{header}“ ähnelt {field}",
        "« {header} » ressemble à {field}",
        "«{header}» se parece a {field}",
    ),
    "the values in '{header}' look like {things}": (
        "die Werte in „{header}“ sehen aus wie {things}",
        "les valeurs de « {header} » ressemblent à {things}",
        "los valores de «{header}» parecen {things}",
    ),
    "{reason}, but few values look like {things}": (
        "{reason}, aber wenige Werte sehen aus wie {things}",
        "{reason}, mais peu de valeurs ressemblent à {things}",
        "{reason}, pero pocos valores parecen {things}",
    ),
    "{reason}, but {doubt}": (
        "{reason}, aber {doubt}",
        "{reason}, mais {doubt}",
        "{reason}, pero {doubt}",
    ),
    "no matching column": (
        "keine passende Spalte",
        "aucune colonne correspondante",
        "ninguna columna coincide",
    ),
    "its values are e-mail addresses, not event names": (
        "ihre Werte sind E-Mail-Adressen, keine Ereignisnamen",
        "ses valeurs sont des adresses e-mail, pas des noms d’événements",
        "sus valores son direcciones de correo, no nombres de eventos",
    ),
    "its values look like people's names, not event names": (
        "ihre Werte sehen aus wie Personennamen, nicht wie Ereignisnamen",
        "ses valeurs ressemblent à des noms de personnes, pas à des noms d’événements",
        "sus valores parecen nombres de personas, no nombres de eventos",
    ),
    "almost every value is different, unlike event names": (
        "fast jeder Wert ist anders, anders als bei Ereignisnamen",
        "presque chaque valeur est différente, contrairement aux noms d’événements",
        "casi todos los valores son distintos, a diferencia de los nombres de eventos",
    ),
    "the file lists people, not things they did": (
        "die Datei listet Personen auf, nicht ihre Handlungen",
        "le fichier liste des personnes, pas ce qu’elles ont fait",
        "el archivo enumera personas, no lo que hicieron",
    ),
    "the file lists people, so these dates are likely about the person, not an event": (
        "die Datei listet Personen auf, daher betreffen diese Daten wohl die Person, nicht ein "
        "Ereignis",
        "le fichier liste des personnes, ces dates concernent donc sans doute la personne, pas "
        "un événement",
        "el archivo enumera personas, así que estas fechas son probablemente de la persona, no "
        "de un evento",
    ),
    "day-first (DD/MM)": (
        "mit dem Tag zuerst (TT/MM)",
        "jour d’abord (JJ/MM)",
        "con el día primero (DD/MM)",
    ),
    "month-first (MM/DD)": (
        "mit dem Monat zuerst (MM/TT)",
        "mois d’abord (MM/JJ)",
        "con el mes primero (MM/DD)",
    ),
    "Every date in '{column}' could be day-first or month-first; reading them {order}. Switch "
    "if that is wrong.": (
        "Jedes Datum in „{column}“ könnte mit Tag oder Monat zuerst stehen; sie werden {order} "
        "gelesen. Wechseln Sie, falls das falsch ist.",
        "Chaque date de « {column} » pourrait commencer par le jour ou le mois ; lecture "
        "{order}. Changez si c’est faux.",
        "Cada fecha de «{column}» podría tener primero el día o el mes; se leen {order}. "
        "Cámbielo si no es correcto.",
    ),
    "Dates in '{column}' are read {order}.": (
        "Datumsangaben in „{column}“ werden {order} gelesen.",
        "Les dates de « {column} » sont lues {order}.",
        "Las fechas de «{column}» se leen {order}.",
    ),
    "'{value}' is not a date either way; Review lists such rows.": (
        "„{value}“ ist in keiner Lesart ein Datum; „Prüfen“ listet solche Zeilen auf.",
        "« {value} » n’est une date dans aucun sens ; « Vérifier » liste ces lignes.",
        "«{value}» no es una fecha de ninguna forma; «Revisar» enumera esas filas.",
    ),
    "the column '{column}' names what happened": (
        "die Spalte „{column}“ nennt, was geschah",
        "la colonne « {column} » nomme ce qui s’est passé",
        "la columna «{column}» nombra lo que ocurrió",
    ),
    "the same values in '{ids}' come back on many rows, each with a '{times}'": (
        "dieselben Werte in „{ids}“ kehren in vielen Zeilen wieder, jeweils mit „{times}“",
        "les mêmes valeurs de « {ids} » reviennent sur de nombreuses lignes, chacune avec "
        "« {times} »",
        "los mismos valores de «{ids}» se repiten en muchas filas, cada una con «{times}»",
    ),
    "'{column}' holds e-mail addresses": (
        "„{column}“ enthält E-Mail-Adressen",
        "« {column} » contient des adresses e-mail",
        "«{column}» contiene direcciones de correo",
    ),
    "'{column}' describes a person": (
        "„{column}“ beschreibt eine Person",
        "« {column} » décrit une personne",
        "«{column}» describe a una persona",
    ),
    "each row has its own '{ids}' and {about}: one row per person": (
        "jede Zeile hat ihre eigene „{ids}“ und {about}: eine Zeile pro Person",
        "chaque ligne a son propre « {ids} » et {about} : une ligne par personne",
        "cada fila tiene su propio «{ids}» y {about}: una fila por persona",
    ),
    "each row has its own e-mail address in '{column}'": (
        "jede Zeile hat ihre eigene E-Mail-Adresse in „{column}“",
        "chaque ligne a sa propre adresse e-mail dans « {column} »",
        "cada fila tiene su propia dirección de correo en «{column}»",
    ),
    "the columns do not say whether the rows are people or events": (
        "die Spalten verraten nicht, ob die Zeilen Personen oder Ereignisse sind",
        "les colonnes ne disent pas si les lignes sont des personnes ou des événements",
        "las columnas no indican si las filas son personas o eventos",
    ),
    "renamed: {pairs}": ("umbenannt: {pairs}", "renommées : {pairs}", "renombradas: {pairs}"),
    "{missing}; {renamed}": (
        "{missing}; {renamed}",
        "{missing} ; {renamed}",
        "{missing}; {renamed}",
    ),
    "all columns found": (
        "alle Spalten gefunden",
        "toutes les colonnes trouvées",
        "todas las columnas encontradas",
    ),
    "%n column(s) missing: {names}": (
        ("%n Spalte fehlt: {names}", "%n Spalten fehlen: {names}"),
        ("%n colonne manquante : {names}", "%n colonnes manquantes : {names}"),
        ("falta %n columna: {names}", "faltan %n columnas: {names}"),
    ),
    "Template '{name}' expects the column {names}, not found in this file.": (
        "Die Vorlage „{name}“ erwartet die Spalte {names}, die in dieser Datei fehlt.",
        "Le modèle « {name} » attend la colonne {names}, absente de ce fichier.",
        "La plantilla «{name}» espera la columna {names}, que no está en este archivo.",
    ),
    "Template '{name}' expects the columns {names}, not found in this file.": (
        "Die Vorlage „{name}“ erwartet die Spalten {names}, die in dieser Datei fehlen.",
        "Le modèle « {name} » attend les colonnes {names}, absentes de ce fichier.",
        "La plantilla «{name}» espera las columnas {names}, que no están en este archivo.",
    ),
    "{fields} has no column now.": (
        "{fields} hat jetzt keine Spalte.",
        "{fields} n’a plus de colonne.",
        "{fields} ya no tiene columna.",
    ),
    "{fields} have no column now.": (
        "{fields} haben jetzt keine Spalte.",
        "{fields} n’ont plus de colonne.",
        "{fields} ya no tienen columna.",
    ),
    "Renamed? Backfill proposes {pairs}.": (
        "Umbenannt? Backfill schlägt {pairs} vor.",
        "Renommées ? Backfill propose {pairs}.",
        "¿Renombradas? Backfill propone {pairs}.",
    ),
    "Taken as renamed: {pairs}.": (
        "Als umbenannt übernommen: {pairs}.",
        "Considérées comme renommées : {pairs}.",
        "Tomadas como renombradas: {pairs}.",
    ),
    "'{column}' holds {unit} (read as such); choose another unit in the mapping if that is "
    "wrong.": (
        "„{column}“ enthält {unit} (so gelesen); wählen Sie in der Zuordnung eine andere "
        "Einheit, falls das falsch ist.",
        "« {column} » contient {unit} (lus comme tels) ; choisissez une autre unité dans "
        "l’association si c’est faux.",
        "«{column}» contiene {unit} (leídos como tales); elija otra unidad en la asignación si "
        "no es correcto.",
    ),
    "'{column}' mixes numbers of different sizes; each was read by its size (Excel serial "
    "days, epoch seconds, milliseconds or microseconds). Choose one unit in the mapping if "
    "they are all of one kind.": (
        "„{column}“ mischt Zahlen verschiedener Größe; jede wurde nach ihrer Größe gelesen "
        "(Excel-Tageszahlen, Epochensekunden, Millisekunden oder Mikrosekunden). Wählen Sie in "
        "der Zuordnung eine Einheit, wenn alle von einer Art sind.",
        "« {column} » mélange des nombres de tailles différentes ; chacun a été lu selon sa "
        "taille (jours Excel, secondes, millisecondes ou microsecondes epoch). Choisissez une "
        "unité dans l’association s’ils sont tous du même type.",
        "«{column}» mezcla números de distintos tamaños; cada uno se leyó por su tamaño (días "
        "de Excel, segundos, milisegundos o microsegundos epoch). Elija una unidad en la "
        "asignación si todos son del mismo tipo.",
    ),
}
WORDS.update(CORE_WORDS)
