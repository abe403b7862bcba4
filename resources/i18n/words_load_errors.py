"""Why a file could not be loaded: the core's LoadError templates (app/ui/load_errors.py) and
plain_error's own words (English: German, French, Spanish)."""

# Why a file could not be loaded (the core's LoadError templates, app/ui/load_errors.py).
WORDS = {  # English: (German, French, Spanish)
    "{file} could not be read as a delimited text file.": (
        "{file} konnte nicht als Textdatei mit Trennzeichen gelesen werden.",
        "{file} n’a pas pu être lu comme fichier texte délimité.",
        "No se pudo leer {file} como archivo de texto delimitado.",
    ),
    "Check that it is a CSV/TSV file; re-export it from the original program.": (
        "Prüfen Sie, ob es eine CSV-/TSV-Datei ist; exportieren Sie sie erneut aus dem "
        "ursprünglichen Programm.",
        "Vérifiez qu’il s’agit d’un fichier CSV/TSV ; exportez-le à nouveau depuis le "
        "programme d’origine.",
        "Compruebe que sea un archivo CSV/TSV; vuelva a exportarlo desde el programa original.",
    ),
    "'{delimiter}' cannot be used as a delimiter.": (
        "„{delimiter}“ kann nicht als Trennzeichen dienen.",
        "« {delimiter} » ne peut pas servir de séparateur.",
        "«{delimiter}» no se puede usar como separador.",
    ),
    "Use a single character.": (
        "Verwenden Sie ein einzelnes Zeichen.",
        "Utilisez un seul caractère.",
        "Use un solo carácter.",
    ),
    "Row {row} is empty, so it cannot be the header row.": (
        "Zeile {row} ist leer und kann daher nicht die Kopfzeile sein.",
        "La ligne {row} est vide : elle ne peut pas être la ligne d’en-tête.",
        "La fila {row} está vacía, así que no puede ser la fila de encabezado.",
    ),
    "Choose the row that holds the column names.": (
        "Wählen Sie die Zeile mit den Spaltennamen.",
        "Choisissez la ligne qui contient les noms des colonnes.",
        "Elija la fila que contiene los nombres de las columnas.",
    ),
    '{file} has a quote (") that is never closed, so the rest of the file cannot be split '
    "into rows.": (
        '{file} enthält ein Anführungszeichen ("), das nie geschlossen wird; der Rest der '
        "Datei lässt sich daher nicht in Zeilen aufteilen.",
        '{file} contient un guillemet (") jamais fermé : le reste du fichier ne peut pas être '
        "découpé en lignes.",
        '{file} tiene una comilla (") que nunca se cierra, así que el resto del archivo no se '
        "puede dividir en filas.",
    ),
    "Open the file in a text editor or Excel, fix the quotes, and save it again.": (
        "Öffnen Sie die Datei in einem Texteditor oder in Excel, korrigieren Sie die "
        "Anführungszeichen und speichern Sie sie erneut.",
        "Ouvrez le fichier dans un éditeur de texte ou dans Excel, corrigez les guillemets et "
        "enregistrez-le à nouveau.",
        "Abra el archivo en un editor de texto o en Excel, corrija las comillas y vuelva a "
        "guardarlo.",
    ),
    "{file} contains characters that are not valid text in the chosen encoding.": (
        "{file} enthält Zeichen, die in der gewählten Codierung kein gültiger Text sind.",
        "{file} contient des caractères qui ne sont pas du texte valide dans l’encodage choisi.",
        "{file} contiene caracteres que no son texto válido en la codificación elegida.",
    ),
    "Choose another encoding (for example Windows-1252).": (
        "Wählen Sie eine andere Codierung (zum Beispiel Windows-1252).",
        "Choisissez un autre encodage (par exemple Windows-1252).",
        "Elija otra codificación (por ejemplo, Windows-1252).",
    ),
    '{file} has a quote (") in row {row} that is never closed, so the rest of the file '
    "cannot be split into rows.": (
        '{file} enthält in Zeile {row} ein Anführungszeichen ("), das nie geschlossen wird; '
        "der Rest der Datei lässt sich daher nicht in Zeilen aufteilen.",
        '{file} contient à la ligne {row} un guillemet (") jamais fermé : le reste du fichier '
        "ne peut pas être découpé en lignes.",
        '{file} tiene en la fila {row} una comilla (") que nunca se cierra, así que el resto '
        "del archivo no se puede dividir en filas.",
    ),
    "The file {file} does not exist.": (
        "Die Datei {file} existiert nicht.",
        "Le fichier {file} n’existe pas.",
        "El archivo {file} no existe.",
    ),
    "Check the path.": ("Prüfen Sie den Pfad.", "Vérifiez le chemin.", "Compruebe la ruta."),
    "{file} is a folder, not a file.": (
        "{file} ist ein Ordner, keine Datei.",
        "{file} est un dossier, pas un fichier.",
        "{file} es una carpeta, no un archivo.",
    ),
    "Choose a file.": ("Wählen Sie eine Datei.", "Choisissez un fichier.", "Elija un archivo."),
    "Backfill is not allowed to read {file}.": (
        "Backfill darf {file} nicht lesen.",
        "Backfill n’a pas le droit de lire {file}.",
        "Backfill no tiene permiso para leer {file}.",
    ),
    "Check the file's permissions, or close it in other programs and try again.": (
        "Prüfen Sie die Berechtigungen der Datei oder schließen Sie sie in anderen Programmen "
        "und versuchen Sie es erneut.",
        "Vérifiez les autorisations du fichier, ou fermez-le dans les autres programmes et "
        "réessayez.",
        "Compruebe los permisos del archivo, o ciérrelo en otros programas y vuelva a intentarlo.",
    ),
    "The file {file} could not be read ({reason}).": (
        "Die Datei {file} konnte nicht gelesen werden ({reason}).",
        "Le fichier {file} n’a pas pu être lu ({reason}).",
        "No se pudo leer el archivo {file} ({reason}).",
    ),
    "{file} is empty.": ("{file} ist leer.", "{file} est vide.", "{file} está vacío."),
    "Choose a file that holds data.": (
        "Wählen Sie eine Datei, die Daten enthält.",
        "Choisissez un fichier qui contient des données.",
        "Elija un archivo que contenga datos.",
    ),
    "{file} holds no records.": (
        "{file} enthält keine Datensätze.",
        "{file} ne contient aucun enregistrement.",
        "{file} no contiene registros.",
    ),
    "{file} is not valid text.": (
        "{file} ist kein gültiger Text.",
        "{file} n’est pas du texte valide.",
        "{file} no es texto válido.",
    ),
    "Save it as UTF-8 JSON.": (
        "Speichern Sie sie als UTF-8-JSON.",
        "Enregistrez-le en JSON UTF-8.",
        "Guárdelo como JSON en UTF-8.",
    ),
    "{file} does not hold a list of records.": (
        "{file} enthält keine Liste von Datensätzen.",
        "{file} ne contient pas de liste d’enregistrements.",
        "{file} no contiene una lista de registros.",
    ),
    'Backfill reads a JSON array of objects, like [{{"id": 1}}, {{"id": 2}}].': (
        'Backfill liest ein JSON-Array von Objekten, etwa [{{"id": 1}}, {{"id": 2}}].',
        'Backfill lit un tableau JSON d’objets, comme [{{"id": 1}}, {{"id": 2}}].',
        'Backfill lee un array JSON de objetos, como [{{"id": 1}}, {{"id": 2}}].',
    ),
    "Line {line} of {file} is not valid JSON.": (
        "Zeile {line} von {file} ist kein gültiges JSON.",
        "La ligne {line} de {file} n’est pas du JSON valide.",
        "La línea {line} de {file} no es JSON válido.",
    ),
    "Each line of an NDJSON file must be one complete JSON object.": (
        "Jede Zeile einer NDJSON-Datei muss ein vollständiges JSON-Objekt sein.",
        "Chaque ligne d’un fichier NDJSON doit être un objet JSON complet.",
        "Cada línea de un archivo NDJSON debe ser un objeto JSON completo.",
    ),
    "The header row must be 1 or more.": (
        "Die Kopfzeile muss 1 oder größer sein.",
        "La ligne d’en-tête doit valoir 1 ou plus.",
        "La fila de encabezado debe ser 1 o más.",
    ),
    "Row numbers start at 1.": (
        "Zeilennummern beginnen bei 1.",
        "Les numéros de ligne commencent à 1.",
        "Los números de fila empiezan en 1.",
    ),
    "{file} is too large to load on this computer.": (
        "{file} ist zu groß, um auf diesem Computer geladen zu werden.",
        "{file} est trop volumineux pour être chargé sur cet ordinateur.",
        "{file} es demasiado grande para cargarlo en este equipo.",
    ),
    "Split it into smaller files and load them one at a time.": (
        "Teilen Sie sie in kleinere Dateien auf und laden Sie diese nacheinander.",
        "Découpez-le en fichiers plus petits et chargez-les un par un.",
        "Divídalo en archivos más pequeños y cárguelos de uno en uno.",
    ),
    "Backfill could not read {file} ({reason}).": (
        "Backfill konnte {file} nicht lesen ({reason}).",
        "Backfill n’a pas pu lire {file} ({reason}).",
        "Backfill no pudo leer {file} ({reason}).",
    ),
    "If it opens in Excel, save it again as .xlsx or CSV and load that copy.": (
        "Wenn sie sich in Excel öffnen lässt, speichern Sie sie erneut als .xlsx oder CSV und "
        "laden Sie diese Kopie.",
        "S’il s’ouvre dans Excel, enregistrez-le à nouveau en .xlsx ou CSV et chargez cette copie.",
        "Si se abre en Excel, vuelva a guardarlo como .xlsx o CSV y cargue esa copia.",
    ),
    "Choose a file that has a header row and data.": (
        "Wählen Sie eine Datei mit Kopfzeile und Daten.",
        "Choisissez un fichier qui a une ligne d’en-tête et des données.",
        "Elija un archivo con una fila de encabezado y datos.",
    ),
    "{file} does not look like a spreadsheet or text file (it contains binary data).": (
        "{file} sieht nicht wie eine Tabelle oder Textdatei aus (sie enthält Binärdaten).",
        "{file} ne ressemble pas à un tableur ni à un fichier texte (il contient des données "
        "binaires).",
        "{file} no parece una hoja de cálculo ni un archivo de texto (contiene datos binarios).",
    ),
    "Check that you picked the right file; export it as CSV or Excel if it came from another "
    "program.": (
        "Prüfen Sie, ob Sie die richtige Datei gewählt haben; exportieren Sie sie als CSV oder "
        "Excel, wenn sie aus einem anderen Programm stammt.",
        "Vérifiez que vous avez choisi le bon fichier ; exportez-le en CSV ou Excel s’il vient "
        "d’un autre programme.",
        "Compruebe que eligió el archivo correcto; expórtelo como CSV o Excel si viene de otro "
        "programa.",
    ),
    "{file} is {what}, not a spreadsheet.": (
        "{file} ist {what}, keine Tabelle.",
        "{file} est {what}, pas un tableur.",
        "{file} es {what}, no una hoja de cálculo.",
    ),
    "Export the data as CSV or Excel and load that file.": (
        "Exportieren Sie die Daten als CSV oder Excel und laden Sie diese Datei.",
        "Exportez les données en CSV ou Excel et chargez ce fichier.",
        "Exporte los datos como CSV o Excel y cargue ese archivo.",
    ),
    "{file} cannot be read: '{encoding}' is not an encoding Backfill knows.": (
        "{file} kann nicht gelesen werden: „{encoding}“ ist keine Codierung, die Backfill kennt.",
        "{file} ne peut pas être lu : « {encoding} » n’est pas un encodage connu de Backfill.",
        "No se puede leer {file}: «{encoding}» no es una codificación que Backfill conozca.",
    ),
    "Leave the encoding on automatic, or pick one from the list.": (
        "Lassen Sie die Codierung auf automatisch oder wählen Sie eine aus der Liste.",
        "Laissez l’encodage en automatique, ou choisissez-en un dans la liste.",
        "Deje la codificación en automático o elija una de la lista.",
    ),
    "{file} is not a valid Excel or OpenDocument workbook.": (
        "{file} ist keine gültige Excel- oder OpenDocument-Arbeitsmappe.",
        "{file} n’est pas un classeur Excel ou OpenDocument valide.",
        "{file} no es un libro de Excel u OpenDocument válido.",
    ),
    "Check the file; if it is really CSV, rename it to .csv.": (
        "Prüfen Sie die Datei; ist sie eigentlich CSV, benennen Sie sie in .csv um.",
        "Vérifiez le fichier ; s’il s’agit en fait d’un CSV, renommez-le en .csv.",
        "Compruebe el archivo; si en realidad es CSV, cámbiele el nombre a .csv.",
    ),
    "{file} is damaged or is not a workbook Backfill can read.": (
        "{file} ist beschädigt oder keine Arbeitsmappe, die Backfill lesen kann.",
        "{file} est endommagé ou n’est pas un classeur que Backfill sait lire.",
        "{file} está dañado o no es un libro que Backfill pueda leer.",
    ),
    "Open it in Excel or LibreOffice and save it again as .xlsx, or export it as CSV.": (
        "Öffnen Sie sie in Excel oder LibreOffice und speichern Sie sie erneut als .xlsx, oder "
        "exportieren Sie sie als CSV.",
        "Ouvrez-le dans Excel ou LibreOffice et enregistrez-le à nouveau en .xlsx, ou "
        "exportez-le en CSV.",
        "Ábralo en Excel o LibreOffice y vuelva a guardarlo como .xlsx, o expórtelo como CSV.",
    ),
    "Choose a workbook that holds data.": (
        "Wählen Sie eine Arbeitsmappe, die Daten enthält.",
        "Choisissez un classeur qui contient des données.",
        "Elija un libro que contenga datos.",
    ),
    "{file} is password-protected.": (
        "{file} ist kennwortgeschützt.",
        "{file} est protégé par un mot de passe.",
        "{file} está protegido con contraseña.",
    ),
    "Open it in Excel, save an unprotected copy, and load that copy.": (
        "Öffnen Sie sie in Excel, speichern Sie eine ungeschützte Kopie und laden Sie diese.",
        "Ouvrez-le dans Excel, enregistrez une copie non protégée et chargez cette copie.",
        "Ábralo en Excel, guarde una copia sin protección y cargue esa copia.",
    ),
    "{file} has no sheets.": (
        "{file} hat keine Blätter.",
        "{file} n’a aucune feuille.",
        "{file} no tiene hojas.",
    ),
    "Row {row} of sheet '{sheet}' is empty, so it cannot be the header row.": (
        "Zeile {row} des Blatts „{sheet}“ ist leer und kann daher nicht die Kopfzeile sein.",
        "La ligne {row} de la feuille « {sheet} » est vide : elle ne peut pas être la ligne "
        "d’en-tête.",
        "La fila {row} de la hoja «{sheet}» está vacía, así que no puede ser la fila de "
        "encabezado.",
    ),
    "{file} is damaged or incomplete (the workbook is cut short).": (
        "{file} ist beschädigt oder unvollständig (die Arbeitsmappe bricht ab).",
        "{file} est endommagé ou incomplet (le classeur est tronqué).",
        "{file} está dañado o incompleto (el libro está cortado).",
    ),
    "Copy or download the file again, or re-save it from Excel.": (
        "Kopieren oder laden Sie die Datei erneut herunter, oder speichern Sie sie in Excel neu.",
        "Copiez ou téléchargez à nouveau le fichier, ou réenregistrez-le depuis Excel.",
        "Vuelva a copiar o descargar el archivo, o guárdelo de nuevo desde Excel.",
    ),
    "{file} has no data rows below the header (row {row}); nothing to send.": (
        "{file} hat keine Datenzeilen unter der Kopfzeile (Zeile {row}); nichts zu senden.",
        "{file} n’a aucune ligne de données sous l’en-tête (ligne {row}) : rien à envoyer.",
        "{file} no tiene filas de datos bajo el encabezado (fila {row}); no hay nada que enviar.",
    ),
    "Row {row} cannot be the header row of {file}: it is empty or beyond the top of the file.": (
        "Zeile {row} kann nicht die Kopfzeile von {file} sein: Sie ist leer oder liegt "
        "jenseits des Dateianfangs.",
        "La ligne {row} ne peut pas être la ligne d’en-tête de {file} : elle est vide ou "
        "au-delà du début du fichier.",
        "La fila {row} no puede ser la fila de encabezado de {file}: está vacía o fuera del "
        "principio del archivo.",
    ),
    '{file} has a quote (") near its end that is never closed, so the rest of the file '
    "cannot be split into rows.": (
        '{file} enthält nahe dem Ende ein Anführungszeichen ("), das nie geschlossen wird; '
        "der Rest der Datei lässt sich daher nicht in Zeilen aufteilen.",
        '{file} contient vers sa fin un guillemet (") jamais fermé : le reste du fichier ne '
        "peut pas être découpé en lignes.",
        '{file} tiene cerca del final una comilla (") que nunca se cierra, así que el resto '
        "del archivo no se puede dividir en filas.",
    ),
    "{file} has no header row: no line at the top holds column names.": (
        "{file} hat keine Kopfzeile: Keine Zeile am Anfang enthält Spaltennamen.",
        "{file} n’a pas de ligne d’en-tête : aucune ligne du début ne contient de noms de "
        "colonnes.",
        "{file} no tiene fila de encabezado: ninguna línea del principio contiene nombres de "
        "columnas.",
    ),
    "Check that the file holds data, or choose the header row yourself.": (
        "Prüfen Sie, ob die Datei Daten enthält, oder wählen Sie die Kopfzeile selbst.",
        "Vérifiez que le fichier contient des données, ou choisissez vous-même la ligne d’en-tête.",
        "Compruebe que el archivo contenga datos, o elija usted la fila de encabezado.",
    ),
    "a PDF document": ("ein PDF-Dokument", "un document PDF", "un documento PDF"),
    "a PNG image": ("ein PNG-Bild", "une image PNG", "una imagen PNG"),
    "a JPEG image": ("ein JPEG-Bild", "une image JPEG", "una imagen JPEG"),
    "a GIF image": ("ein GIF-Bild", "une image GIF", "una imagen GIF"),
    "a gzip archive": ("ein gzip-Archiv", "une archive gzip", "un archivo comprimido gzip"),
    "a RAR archive": ("ein RAR-Archiv", "une archive RAR", "un archivo comprimido RAR"),
    "a 7-Zip archive": ("ein 7-Zip-Archiv", "une archive 7-Zip", "un archivo comprimido 7-Zip"),
    "a SQLite database": (
        "eine SQLite-Datenbank",
        "une base de données SQLite",
        "una base de datos SQLite",
    ),
    "a program file": ("eine Programmdatei", "un fichier programme", "un archivo de programa"),
    "a Windows program file": (
        "eine Windows-Programmdatei",
        "un fichier programme Windows",
        "un archivo de programa de Windows",
    ),
    # Rows whose cells do not match the header, in CSV files (app/core/sources/delimited.py,
    # app/core/stream.py); the core picks the singular or the plural template.
    "{count} row of {file} has a different number of cells than the header ({cells}).": (
        "{count} Zeile von {file} hat eine andere Anzahl Zellen als die Kopfzeile ({cells}).",
        "{count} ligne de {file} n’a pas le même nombre de cellules que l’en-tête ({cells}).",
        "{count} fila de {file} tiene un número de celdas distinto del encabezado ({cells}).",
    ),
    "{count} rows of {file} have a different number of cells than the header ({cells}).": (
        "{count} Zeilen von {file} haben eine andere Anzahl Zellen als die Kopfzeile ({cells}).",
        "{count} lignes de {file} n’ont pas le même nombre de cellules que l’en-tête ({cells}).",
        "{count} filas de {file} tienen un número de celdas distinto del encabezado ({cells}).",
    ),
    "{count} row of {file} (from line {line}) has a different number of cells than the header "
    "({cells}).": (
        "{count} Zeile von {file} (ab Zeile {line}) hat eine andere Anzahl Zellen als die "
        "Kopfzeile ({cells}).",
        "{count} ligne de {file} (à partir de la ligne {line}) n’a pas le même nombre de "
        "cellules que l’en-tête ({cells}).",
        "{count} fila de {file} (desde la línea {line}) tiene un número de celdas distinto del "
        "encabezado ({cells}).",
    ),
    "{count} rows of {file} (from line {line}) have a different number of cells than the header "
    "({cells}).": (
        "{count} Zeilen von {file} (ab Zeile {line}) haben eine andere Anzahl Zellen als die "
        "Kopfzeile ({cells}).",
        "{count} lignes de {file} (à partir de la ligne {line}) n’ont pas le même nombre de "
        "cellules que l’en-tête ({cells}).",
        "{count} filas de {file} (desde la línea {line}) tienen un número de celdas distinto "
        "del encabezado ({cells}).",
    ),
    "{count} row of {file} has a different number of cells than the header ({cells}): row "
    "{rows} ({first}).": (
        "{count} Zeile von {file} hat eine andere Anzahl Zellen als die Kopfzeile ({cells}): "
        "Zeile {rows} ({first}).",
        "{count} ligne de {file} n’a pas le même nombre de cellules que l’en-tête ({cells}) : "
        "ligne {rows} ({first}).",
        "{count} fila de {file} tiene un número de celdas distinto del encabezado ({cells}): "
        "fila {rows} ({first}).",
    ),
    "{count} rows of {file} have a different number of cells than the header ({cells}): rows "
    "{rows} ({first}).": (
        "{count} Zeilen von {file} haben eine andere Anzahl Zellen als die Kopfzeile "
        "({cells}): Zeilen {rows} ({first}).",
        "{count} lignes de {file} n’ont pas le même nombre de cellules que l’en-tête "
        "({cells}) : lignes {rows} ({first}).",
        "{count} filas de {file} tienen un número de celdas distinto del encabezado ({cells}): "
        "filas {rows} ({first}).",
    ),
    "row {row} has {count} cell": (
        "Zeile {row} hat {count} Zelle",
        "la ligne {row} a {count} cellule",
        "la fila {row} tiene {count} celda",
    ),
    "row {row} has {count} cells": (
        "Zeile {row} hat {count} Zellen",
        "la ligne {row} a {count} cellules",
        "la fila {row} tiene {count} celdas",
    ),
    "A value probably contains an unquoted delimiter or line break. Fix those rows, or check "
    "that the delimiter and header row are right.": (
        "Vermutlich enthält ein Wert ein Trennzeichen oder einen Zeilenumbruch ohne "
        "Anführungszeichen. Korrigieren Sie diese Zeilen, oder prüfen Sie, ob Trennzeichen und "
        "Kopfzeile stimmen.",
        "Une valeur contient sans doute un séparateur ou un saut de ligne hors guillemets. "
        "Corrigez ces lignes, ou vérifiez que le séparateur et la ligne d’en-tête sont les bons.",
        "Probablemente un valor contiene un separador o un salto de línea sin comillas. Corrija "
        "esas filas, o compruebe que el separador y la fila de encabezado sean los correctos.",
    ),
    "{file} has no header row: its first line is empty.": (
        "{file} hat keine Kopfzeile: Die erste Zeile ist leer.",
        "{file} n’a pas de ligne d’en-tête : sa première ligne est vide.",
        "{file} no tiene fila de encabezado: su primera línea está vacía.",
    ),
    "{file} has no header row: the first {count} lines are empty.": (
        "{file} hat keine Kopfzeile: Die ersten {count} Zeilen sind leer.",
        "{file} n’a pas de ligne d’en-tête : ses {count} premières lignes sont vides.",
        "{file} no tiene fila de encabezado: sus primeras {count} líneas están vacías.",
    ),
    "{file} has no header row: no line at the top could be read.": (
        "{file} hat keine Kopfzeile: Am Anfang der Datei ließ sich keine Zeile lesen.",
        "{file} n’a pas de ligne d’en-tête : aucune ligne du début n’a pu être lue.",
        "{file} no tiene fila de encabezado: no se pudo leer ninguna línea del principio.",
    ),
    "Row {row} cannot be the header: the file has only {count} row near the top.": (
        "Zeile {row} kann nicht die Kopfzeile sein: Am Anfang der Datei steht nur {count} Zeile.",
        "La ligne {row} ne peut pas être l’en-tête : le début du fichier n’a que {count} ligne.",
        "La fila {row} no puede ser el encabezado: el principio del archivo solo tiene {count} "
        "fila.",
    ),
    "Row {row} cannot be the header: the file has only {count} rows near the top.": (
        "Zeile {row} kann nicht die Kopfzeile sein: Am Anfang der Datei stehen nur {count} Zeilen.",
        "La ligne {row} ne peut pas être l’en-tête : le début du fichier n’a que {count} lignes.",
        "La fila {row} no puede ser el encabezado: el principio del archivo solo tiene {count} "
        "filas.",
    ),
    "Choose a header row that holds the column names.": (
        "Wählen Sie eine Kopfzeile, die die Spaltennamen enthält.",
        "Choisissez une ligne d’en-tête qui contient les noms des colonnes.",
        "Elija una fila de encabezado que contenga los nombres de las columnas.",
    ),
    # Bytes that are not text in the encoding (app/core/sources/text.py)
    "{file} is UTF-16 text with a damaged character at byte {byte} (one half of a two-part "
    "character is missing), so it cannot be read safely.": (
        "{file} ist UTF-16-Text mit einem beschädigten Zeichen bei Byte {byte} (eine Hälfte "
        "eines zweiteiligen Zeichens fehlt) und lässt sich daher nicht sicher lesen.",
        "{file} est un texte UTF-16 avec un caractère endommagé à l’octet {byte} (une moitié "
        "d’un caractère en deux parties manque) : il ne peut pas être lu sans risque.",
        "{file} es texto UTF-16 con un carácter dañado en el byte {byte} (falta una mitad de "
        "un carácter de dos partes), así que no se puede leer con seguridad.",
    ),
    "{file} cannot be read as {encoding}: the bytes at byte {byte} do not fit it.": (
        "{file} kann nicht als {encoding} gelesen werden: Die Bytes ab Byte {byte} passen "
        "nicht dazu.",
        "{file} ne peut pas être lu en {encoding} : les octets à partir de l’octet {byte} n’y "
        "correspondent pas.",
        "No se puede leer {file} como {encoding}: los bytes a partir del byte {byte} no encajan.",
    ),
    "{file} is not valid {encoding} text: the bytes at byte {byte} do not fit it.": (
        "{file} ist kein gültiger {encoding}-Text: Die Bytes ab Byte {byte} passen nicht dazu.",
        "{file} n’est pas un texte {encoding} valide : les octets à partir de l’octet {byte} "
        "n’y correspondent pas.",
        "{file} no es texto {encoding} válido: los bytes a partir del byte {byte} no encajan.",
    ),
    "Open it in the program that made it and save it again as UTF-8 CSV.": (
        "Öffnen Sie sie in dem Programm, mit dem sie erstellt wurde, und speichern Sie sie "
        "erneut als CSV in UTF-8.",
        "Ouvrez-le dans le programme qui l’a créé et enregistrez-le à nouveau en CSV UTF-8.",
        "Ábralo en el programa que lo creó y vuelva a guardarlo como CSV en UTF-8.",
    ),
    "Leave the encoding on automatic, or pick the one the file was saved with.": (
        "Lassen Sie die Codierung auf automatisch, oder wählen Sie die, mit der die Datei "
        "gespeichert wurde.",
        "Laissez l’encodage sur automatique, ou choisissez celui avec lequel le fichier a été "
        "enregistré.",
        "Deje la codificación en automático, o elija aquella con la que se guardó el archivo.",
    ),
    # JSON (app/core/sources/json_files.py)
    "{file} is not valid JSON (line {line}, column {column}).": (
        "{file} ist kein gültiges JSON (Zeile {line}, Spalte {column}).",
        "{file} n’est pas un JSON valide (ligne {line}, colonne {column}).",
        "{file} no es un JSON válido (línea {line}, columna {column}).",
    ),
    "Check that the file is complete; a JSON file must be one array of objects.": (
        "Prüfen Sie, ob die Datei vollständig ist; eine JSON-Datei muss ein einziges Array "
        "von Objekten sein.",
        "Vérifiez que le fichier est complet ; un fichier JSON doit être un seul tableau d’objets.",
        "Compruebe que el archivo esté completo; un archivo JSON debe ser un único array de "
        "objetos.",
    ),
    "{count} record of {file} is not an object: {records}.": (
        "{count} Datensatz von {file} ist kein Objekt: {records}.",
        "{count} enregistrement de {file} n’est pas un objet : {records}.",
        "{count} registro de {file} no es un objeto: {records}.",
    ),
    "{count} records of {file} are not objects: {records}.": (
        "{count} Datensätze von {file} sind keine Objekte: {records}.",
        "{count} enregistrements de {file} ne sont pas des objets : {records}.",
        "{count} registros de {file} no son objetos: {records}.",
    ),
    "Every record must be an object with named fields.": (
        "Jeder Datensatz muss ein Objekt mit benannten Feldern sein.",
        "Chaque enregistrement doit être un objet avec des champs nommés.",
        "Cada registro debe ser un objeto con campos con nombre.",
    ),
    # Workbooks (app/core/sources/workbook.py)
    "{file} has no sheet named '{sheet}'.": (
        "{file} hat kein Blatt namens „{sheet}“.",
        "{file} n’a aucune feuille nommée « {sheet} ».",
        "{file} no tiene ninguna hoja llamada «{sheet}».",
    ),
    "Sheets in this workbook: {sheets}.": (
        "Blätter in dieser Arbeitsmappe: {sheets}.",
        "Feuilles de ce classeur : {sheets}.",
        "Hojas de este libro: {sheets}.",
    ),
    "Sheet '{sheet}' of {file} is a chart, not a table of cells.": (
        "Das Blatt „{sheet}“ von {file} ist ein Diagramm, keine Tabelle mit Zellen.",
        "La feuille « {sheet} » de {file} est un graphique, pas un tableau de cellules.",
        "La hoja «{sheet}» de {file} es un gráfico, no una tabla de celdas.",
    ),
    "Choose a sheet that holds data: {sheets}.": (
        "Wählen Sie ein Blatt, das Daten enthält: {sheets}.",
        "Choisissez une feuille qui contient des données : {sheets}.",
        "Elija una hoja que contenga datos: {sheets}.",
    ),
    "Sheet '{sheet}' of {file} is empty.": (
        "Das Blatt „{sheet}“ von {file} ist leer.",
        "La feuille « {sheet} » de {file} est vide.",
        "La hoja «{sheet}» de {file} está vacía.",
    ),
    "Sheet '{sheet}' of {file} has no values.": (
        "Das Blatt „{sheet}“ von {file} enthält keine Werte.",
        "La feuille « {sheet} » de {file} ne contient aucune valeur.",
        "La hoja «{sheet}» de {file} no contiene valores.",
    ),
    "Choose another sheet.": (
        "Wählen Sie ein anderes Blatt.",
        "Choisissez une autre feuille.",
        "Elija otra hoja.",
    ),
    "Row {row} cannot be the header: sheet '{sheet}' has {count} row.": (
        "Zeile {row} kann nicht die Kopfzeile sein: Das Blatt „{sheet}“ hat {count} Zeile.",
        "La ligne {row} ne peut pas être l’en-tête : la feuille « {sheet} » a {count} ligne.",
        "La fila {row} no puede ser el encabezado: la hoja «{sheet}» tiene {count} fila.",
    ),
    "Row {row} cannot be the header: sheet '{sheet}' has {count} rows.": (
        "Zeile {row} kann nicht die Kopfzeile sein: Das Blatt „{sheet}“ hat {count} Zeilen.",
        "La ligne {row} ne peut pas être l’en-tête : la feuille « {sheet} » a {count} lignes.",
        "La fila {row} no puede ser el encabezado: la hoja «{sheet}» tiene {count} filas.",
    ),
    # plain_error's words for errors without their own (app/ui/workers.py)
    "The computer ran out of memory while doing this.": (
        "Dem Computer ist dabei der Arbeitsspeicher ausgegangen.",
        "L’ordinateur a manqué de mémoire pendant cette opération.",
        "El equipo se quedó sin memoria al hacerlo.",
    ),
    "Close other programs, or split the file into smaller parts.": (
        "Schließen Sie andere Programme oder teilen Sie die Datei in kleinere Teile.",
        "Fermez d’autres programmes, ou découpez le fichier en parties plus petites.",
        "Cierre otros programas o divida el archivo en partes más pequeñas.",
    ),
    "Backfill is not allowed to read or write that file.": (
        "Backfill darf diese Datei nicht lesen oder schreiben.",
        "Backfill n’a pas le droit de lire ou d’écrire ce fichier.",
        "Backfill no tiene permiso para leer o escribir ese archivo.",
    ),
    "Check that the file is not open in another program and that you may read it.": (
        "Prüfen Sie, ob die Datei in keinem anderen Programm geöffnet ist und Sie sie lesen "
        "dürfen.",
        "Vérifiez que le fichier n’est pas ouvert dans un autre programme et que vous avez le "
        "droit de le lire.",
        "Compruebe que el archivo no esté abierto en otro programa y que pueda leerlo.",
    ),
    "The file could not be found.": (
        "Die Datei wurde nicht gefunden.",
        "Le fichier est introuvable.",
        "No se encontró el archivo.",
    ),
    "It may have been moved or renamed.": (
        "Sie wurde vielleicht verschoben oder umbenannt.",
        "Il a peut-être été déplacé ou renommé.",
        "Puede que se haya movido o cambiado de nombre.",
    ),
    "The file could not be read ({reason}).": (
        "Die Datei konnte nicht gelesen werden ({reason}).",
        "Le fichier n’a pas pu être lu ({reason}).",
        "No se pudo leer el archivo ({reason}).",
    ),
    "no details": ("keine Einzelheiten", "aucun détail", "sin detalles"),
    "Something went wrong: {details}": (
        "Etwas ist schiefgegangen: {details}",
        "Une erreur s’est produite : {details}",
        "Algo salió mal: {details}",
    ),
}
