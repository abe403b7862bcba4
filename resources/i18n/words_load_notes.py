"""What the Load step notes about a file that loaded with caveats: the core's warning templates
(app/ui/load_notes.py) and its progress words (English: German, French, Spanish). The delimiter
names ("comma" …) are in words_load.py."""

WORDS = {  # English: (German, French, Spanish)
    "The first line 'sep={hint}' is Excel's delimiter hint: the file is read as "
    "{delimiter}-separated and, as in Excel, that line is hidden and not counted as a row.": (
        "Die erste Zeile „sep={hint}“ ist Excels Hinweis auf das Trennzeichen: Die Datei wird "
        "mit dem Trennzeichen {delimiter} gelesen, und wie in Excel wird diese Zeile "
        "ausgeblendet und nicht als Zeile gezählt.",
        "La première ligne « sep={hint} » est l’indication de séparateur d’Excel : le fichier "
        "est lu avec le séparateur {delimiter} et, comme dans Excel, cette ligne est masquée et "
        "n’est pas comptée comme une ligne.",
        "La primera línea «sep={hint}» es la indicación de separador de Excel: el archivo se "
        "lee con el separador {delimiter} y, como en Excel, esa línea se oculta y no cuenta "
        "como fila.",
    ),
    "The file is not UTF-8; it was read as {encoding}. If accented letters look wrong, choose "
    "another encoding.": (
        "Die Datei ist nicht in UTF-8; sie wurde als {encoding} gelesen. Wenn Umlaute oder "
        "Akzente falsch aussehen, wählen Sie eine andere Codierung.",
        "Le fichier n’est pas en UTF-8 ; il a été lu en {encoding}. Si les lettres accentuées "
        "s’affichent mal, choisissez un autre encodage.",
        "El archivo no está en UTF-8; se leyó como {encoding}. Si las letras con tilde se ven "
        "mal, elija otra codificación.",
    ),
    "{file} is really {kind}, whatever its name says; it was read as one.": (
        "{file} ist in Wirklichkeit {kind}, auch wenn der Name etwas anderes sagt; die Datei "
        "wurde als solche gelesen.",
        "{file} est en réalité {kind}, quoi qu’en dise son nom ; il a été lu comme tel.",
        "{file} es en realidad {kind}, diga lo que diga su nombre; se leyó como tal.",
    ),
    "an Excel workbook (XLSX)": (
        "eine Excel-Arbeitsmappe (XLSX)",
        "un classeur Excel (XLSX)",
        "un libro de Excel (XLSX)",
    ),
    "an Excel workbook (XLSM)": (
        "eine Excel-Arbeitsmappe (XLSM)",
        "un classeur Excel (XLSM)",
        "un libro de Excel (XLSM)",
    ),
    "an Excel binary workbook (XLSB)": (
        "eine binäre Excel-Arbeitsmappe (XLSB)",
        "un classeur binaire Excel (XLSB)",
        "un libro binario de Excel (XLSB)",
    ),
    "an XLS workbook (Excel 97–2003)": (
        "eine XLS-Arbeitsmappe (Excel 97–2003)",
        "un classeur XLS (Excel 97–2003)",
        "un libro XLS (Excel 97–2003)",
    ),
    "an OpenDocument spreadsheet (ODS)": (
        "eine OpenDocument-Tabelle (ODS)",
        "un classeur OpenDocument (ODS)",
        "una hoja de cálculo OpenDocument (ODS)",
    ),
    "Skipped {count} empty row: {rows}.": (
        "{count} leere Zeile übersprungen: {rows}.",
        "{count} ligne vide ignorée : {rows}.",
        "Se omitió {count} fila vacía: {rows}.",
    ),
    "Skipped {count} empty rows: {rows}.": (
        "{count} leere Zeilen übersprungen: {rows}.",
        "{count} lignes vides ignorées : {rows}.",
        "Se omitieron {count} filas vacías: {rows}.",
    ),
    "There are no data rows below the header (row {row}).": (
        "Unter der Kopfzeile (Zeile {row}) stehen keine Datenzeilen.",
        "Il n’y a aucune ligne de données sous l’en-tête (ligne {row}).",
        "No hay filas de datos debajo del encabezado (fila {row}).",
    ),
    "There are no data rows.": (
        "Es gibt keine Datenzeilen.",
        "Il n’y a aucune ligne de données.",
        "No hay filas de datos.",
    ),
    "Every sheet of {file} is hidden in Excel; loaded '{sheet}', the first one. Check that it "
    "is the sheet you want.": (
        "Alle Blätter von {file} sind in Excel ausgeblendet; geladen wurde „{sheet}“, das "
        "erste. Prüfen Sie, ob es das gewünschte Blatt ist.",
        "Toutes les feuilles de {file} sont masquées dans Excel ; « {sheet} », la première, a "
        "été chargée. Vérifiez que c’est la feuille voulue.",
        "Todas las hojas de {file} están ocultas en Excel; se cargó «{sheet}», la primera. "
        "Compruebe que sea la hoja que quiere.",
    ),
    "Loaded sheet '{sheet}', the one the workbook opens on in Excel (its active tab).": (
        "Geladen wurde das Blatt „{sheet}“, mit dem die Arbeitsmappe in Excel öffnet (ihr "
        "aktives Blatt).",
        "La feuille « {sheet} » a été chargée : c’est celle sur laquelle le classeur s’ouvre "
        "dans Excel (son onglet actif).",
        "Se cargó la hoja «{sheet}», la que se abre al abrir el libro en Excel (su pestaña "
        "activa).",
    ),
    "Loaded sheet '{sheet}', the first visible one; {hidden} is hidden in Excel.": (
        "Geladen wurde das Blatt „{sheet}“, das erste sichtbare; {hidden} ist in Excel "
        "ausgeblendet.",
        "La feuille « {sheet} », la première visible, a été chargée ; {hidden} est masquée "
        "dans Excel.",
        "Se cargó la hoja «{sheet}», la primera visible; {hidden} está oculta en Excel.",
    ),
    "Loaded sheet '{sheet}', the first visible one; {hidden} are hidden in Excel.": (
        "Geladen wurde das Blatt „{sheet}“, das erste sichtbare; {hidden} sind in Excel "
        "ausgeblendet.",
        "La feuille « {sheet} », la première visible, a été chargée ; {hidden} sont masquées "
        "dans Excel.",
        "Se cargó la hoja «{sheet}», la primera visible; {hidden} están ocultas en Excel.",
    ),
    "'{name}'": ("„{name}“", "« {name} »", "«{name}»"),
    "in column '{column}'": (
        "in der Spalte „{column}“",
        "dans la colonne « {column} »",
        "en la columna «{column}»",
    ),
    "in columns {columns}": (
        "in den Spalten {columns}",
        "dans les colonnes {columns}",
        "en las columnas {columns}",
    ),
    "'{column}' ({count})": (
        "„{column}“ ({count})",
        "« {column} » ({count})",
        "«{column}» ({count})",
    ),
    "{count} formula cell {where} has no saved value and read empty — open the file in Excel "
    "and save it again.": (
        "{count} Formelzelle {where} hat keinen gespeicherten Wert und wird leer gelesen – "
        "öffnen Sie die Datei in Excel und speichern Sie sie erneut.",
        "{count} cellule de formule {where} n’a pas de valeur enregistrée et est lue vide : "
        "ouvrez le fichier dans Excel et enregistrez-le à nouveau.",
        "{count} celda con fórmula {where} no tiene un valor guardado y se lee vacía: abra el "
        "archivo en Excel y vuelva a guardarlo.",
    ),
    "{count} formula cells {where} have no saved value and read empty — open the file in Excel "
    "and save it again.": (
        "{count} Formelzellen {where} haben keinen gespeicherten Wert und werden leer gelesen – "
        "öffnen Sie die Datei in Excel und speichern Sie sie erneut.",
        "{count} cellules de formule {where} n’ont pas de valeur enregistrée et sont lues "
        "vides : ouvrez le fichier dans Excel et enregistrez-le à nouveau.",
        "{count} celdas con fórmula {where} no tienen un valor guardado y se leen vacías: abra "
        "el archivo en Excel y vuelva a guardarlo.",
    ),
    "At least {count} formula cell {where} has no saved value and read empty — open the file "
    "in Excel and save it again.": (
        "Mindestens {count} Formelzelle {where} hat keinen gespeicherten Wert und wird leer "
        "gelesen – öffnen Sie die Datei in Excel und speichern Sie sie erneut.",
        "Au moins {count} cellule de formule {where} n’a pas de valeur enregistrée et est lue "
        "vide : ouvrez le fichier dans Excel et enregistrez-le à nouveau.",
        "Al menos {count} celda con fórmula {where} no tiene un valor guardado y se lee vacía: "
        "abra el archivo en Excel y vuelva a guardarlo.",
    ),
    "At least {count} formula cells {where} have no saved value and read empty — open the file "
    "in Excel and save it again.": (
        "Mindestens {count} Formelzellen {where} haben keinen gespeicherten Wert und werden "
        "leer gelesen – öffnen Sie die Datei in Excel und speichern Sie sie erneut.",
        "Au moins {count} cellules de formule {where} n’ont pas de valeur enregistrée et sont "
        "lues vides : ouvrez le fichier dans Excel et enregistrez-le à nouveau.",
        "Al menos {count} celdas con fórmula {where} no tienen un valor guardado y se leen "
        "vacías: abra el archivo en Excel y vuelva a guardarlo.",
    ),
    # What the progress panel says while a file is read
    "Opening {file}": ("{file} wird geöffnet", "Ouverture de {file}", "Abriendo {file}"),
    "Reading sheet '{sheet}' of {file}": (
        "Blatt „{sheet}“ von {file} wird gelesen",
        "Lecture de la feuille « {sheet} » de {file}",
        "Leyendo la hoja «{sheet}» de {file}",
    ),
    "Reading the first sheet of {file}": (
        "Erstes Blatt von {file} wird gelesen",
        "Lecture de la première feuille de {file}",
        "Leyendo la primera hoja de {file}",
    ),
    "Reading {file} — {count} row": (
        "{file} wird gelesen – {count} Zeile",
        "Lecture de {file} – {count} ligne",
        "Leyendo {file}: {count} fila",
    ),
    "Reading {file} — {count} rows": (
        "{file} wird gelesen – {count} Zeilen",
        "Lecture de {file} – {count} lignes",
        "Leyendo {file}: {count} filas",
    ),
    "Read {count} row": ("{count} Zeile gelesen", "{count} ligne lue", "{count} fila leída"),
    "Read {count} rows": ("{count} Zeilen gelesen", "{count} lignes lues", "{count} filas leídas"),
}
