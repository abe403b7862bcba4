"""The Load step and what the shell says on every step: the primary button, title, status bar,
profile badge, destinations (English: German, French, Spanish).

Mnemonics are chosen per step: the primary button's letter (Ne&xt / &Weiter / &Suivant /
&Siguiente, …) differs from Back's (&Zurück / &Retour / &Atrás) and from the Load step's labels.
"""

WORDS = {  # English: (German, French, Spanish)
    # -- the primary button (one on each step) -------------------------------------------------
    "Ne&xt ▶": ("&Weiter ▶", "&Suivant ▶", "&Siguiente ▶"),
    "Ne&xt: Map ▶": ("&Weiter: Zuordnen ▶", "&Suivant : Associer ▶", "&Siguiente: Asignar ▶"),
    "Ne&xt: Review ▶": ("&Weiter: Prüfen ▶", "&Suivant : Vérifier ▶", "&Siguiente: Revisar ▶"),
    "Ne&xt: Upload ▶": (
        "&Weiter: Hochladen ▶",
        "&Suivant : Envoyer ▶",
        "&Siguiente: Cargar datos ▶",
    ),
    "Ne&xt: Report ▶": ("&Weiter: Bericht ▶", "&Suivant : Rapport ▶", "&Siguiente: Informe ▶"),
    "&Start upload ▶": ("Upload &starten ▶", "&Démarrer l’envoi ▶", "&Iniciar la carga ▶"),
    "&Resume upload ▶": (
        "Upload &fortsetzen ▶",
        "Re&prendre l’envoi ▶",
        "&Reanudar la carga ▶",
    ),
    "&Continue upload ▶": (
        "Mit dem Upload &fortfahren ▶",
        "&Continuer l’envoi ▶",
        "&Continuar la carga ▶",
    ),
    "&Pause": ("&Anhalten", "&Suspendre", "&Pausar"),
    "&Resume": ("&Fortsetzen", "Re&prendre", "&Reanudar"),
    "Preparing…": ("Wird vorbereitet …", "Préparation…", "Preparando…"),
    "&Import another file ▶": (
        "&Weitere Datei importieren ▶",
        "&Importer un autre fichier ▶",
        "&Importar otro archivo ▶",
    ),
    # -- title, status bar, counts under the steps ---------------------------------------------
    "Backfill — {file} → {destination}": (
        "Backfill – {file} → {destination}",
        "Backfill – {file} → {destination}",
        "Backfill – {file} → {destination}",
    ),
    "Backfill — file → {destination}": (
        "Backfill – Datei → {destination}",
        "Backfill – fichier → {destination}",
        "Backfill – archivo → {destination}",
    ),
    "{title} · job {job}": (
        "{title} · Auftrag {job}",
        "{title} · tâche {job}",
        "{title} · trabajo {job}",
    ),
    "{title} [PRODUCTION]": (
        "{title} [PRODUKTION]",
        "{title} [PRODUCTION]",
        "{title} [PRODUCCIÓN]",
    ),
    "Fixing {rows}": ("Korrektur: {rows}", "Correction : {rows}", "Corrección: {rows}"),
    "File: {file}": ("Datei: {file}", "Fichier : {file}", "Archivo: {file}"),
    "Destination: {destination} ({profile})": (
        "Ziel: {destination} ({profile})",
        "Destination : {destination} ({profile})",
        "Destino: {destination} ({profile})",
    ),
    "%Ln row(s)": (
        ("%Ln Zeile", "%Ln Zeilen"),
        ("%Ln ligne", "%Ln lignes"),
        ("%Ln fila", "%Ln filas"),
    ),
    "%Ln problem(s)": (
        ("%Ln Problem", "%Ln Probleme"),
        ("%Ln problème", "%Ln problèmes"),
        ("%Ln problema", "%Ln problemas"),
    ),
    "%Ln excluded": (
        ("%Ln ausgeschlossen", "%Ln ausgeschlossen"),
        ("%Ln exclue", "%Ln exclues"),
        ("%Ln excluida", "%Ln excluidas"),
    ),
    "{step} needs the earlier steps first.": (
        "„{step}“ braucht zuerst die vorherigen Schritte.",
        "« {step} » demande d’abord les étapes précédentes.",
        "«{step}» necesita antes los pasos anteriores.",
    ),
    "Backfill — spreadsheets into analytics APIs.": (
        "Backfill – Tabellen in Analyse-APIs.",
        "Backfill – des tableurs vers les API d’analyse.",
        "Backfill – hojas de cálculo hacia API de analítica.",
    ),
    "Not now": ("Jetzt nicht", "Pas maintenant", "Ahora no"),
    "{file} can’t be loaded yet. {reason}": (
        "{file} kann noch nicht geladen werden. {reason}",
        "{file} ne peut pas encore être chargé. {reason}",
        "{file} no se puede cargar todavía. {reason}",
    ),
    "Another file can’t be opened now. {reason}": (
        "Eine andere Datei kann jetzt nicht geöffnet werden. {reason}",
        "Impossible d’ouvrir un autre fichier maintenant. {reason}",
        "Ahora no se puede abrir otro archivo. {reason}",
    ),
    # -- profile badge, destinations -----------------------------------------------------------
    "Sandbox": ("Sandbox", "Sandbox", "Sandbox"),
    "PRODUCTION": ("PRODUKTION", "PRODUCTION", "PRODUCCIÓN"),
    "STAGING": ("STAGING", "PRÉPRODUCTION", "PREPRODUCCIÓN"),
    "Records go to a real API. Uploads cannot be undone.": (
        "Die Datensätze gehen an eine echte API. Uploads lassen sich nicht rückgängig machen.",
        "Les enregistrements vont vers une vraie API. Un envoi ne peut pas être annulé.",
        "Los registros van a una API real. Las cargas no se pueden deshacer.",
    ),
    "Records go to a test copy of the real API.": (
        "Die Datensätze gehen an eine Testkopie der echten API.",
        "Les enregistrements vont vers une copie de test de la vraie API.",
        "Los registros van a una copia de prueba de la API real.",
    ),
    "Records go to the local test server; nothing leaves this computer.": (
        "Die Datensätze gehen an den lokalen Testserver; nichts verlässt diesen Computer.",
        "Les enregistrements vont vers le serveur de test local ; rien ne quitte cet ordinateur.",
        "Los registros van al servidor de pruebas local; nada sale de este equipo.",
    ),
    "Sandbox — {destination}": (
        "Sandbox – {destination}",
        "Sandbox – {destination}",
        "Sandbox – {destination}",
    ),
    "Profile": ("Profil", "Profil", "Perfil"),
    # -- screen readers, progress ---------------------------------------------------------------
    "{table}: column names": (
        "{table}: Spaltennamen",
        "{table} : noms des colonnes",
        "{table}: nombres de las columnas",
    ),
    "{table}: row numbers": (
        "{table}: Zeilennummern",
        "{table} : numéros de ligne",
        "{table}: números de fila",
    ),
    "Cancel": ("Abbrechen", "Annuler", "Cancelar"),
    "{words} (step {done} of {total})": (
        "{words} (Schritt {done} von {total})",
        "{words} (étape {done} sur {total})",
        "{words} (paso {done} de {total})",
    ),
    "{words} — {done} of {total} rows": (
        "{words} – {done} von {total} Zeilen",
        "{words} – {done} lignes sur {total}",
        "{words} – {done} de {total} filas",
    ),
    # -- the drop zone ---------------------------------------------------------------------------
    "Drop a spreadsheet here, or {link}": (
        "Tabelle hier ablegen oder {link}",
        "Déposez un tableur ici, ou {link}",
        "Suelte aquí una hoja de cálculo, o {link}",
    ),
    "Browse…": ("Durchsuchen …", "Parcourir…", "Examinar…"),
    "New here? Try a sample: {samples}": (
        "Zum ersten Mal hier? Probieren Sie ein Beispiel: {samples}",
        "Première visite ? Essayez un exemple : {samples}",
        "¿Es nuevo aquí? Pruebe un ejemplo: {samples}",
    ),
    "File name": ("Dateiname", "Nom du fichier", "Nombre del archivo"),
    "Type the path of a spreadsheet, then Enter": (
        "Geben Sie den Pfad einer Tabelle ein, dann die Eingabetaste",
        "Saisissez le chemin d’un tableur, puis Entrée",
        "Escriba la ruta de una hoja de cálculo y pulse Intro",
    ),
    "or type its path here and press Enter": (
        "oder den Pfad hier eingeben und Eingabetaste drücken",
        "ou saisissez son chemin ici et appuyez sur Entrée",
        "o escriba aquí su ruta y pulse Intro",
    ),
    "File &name": ("Datei&name", "&Nom du fichier", "&Nombre del archivo"),
    "&Open": ("Ö&ffnen", "&Ouvrir", "A&brir"),
    "Load the file named in the field": (
        "Die im Feld genannte Datei laden",
        "Charger le fichier nommé dans le champ",
        "Cargar el archivo indicado en el campo",
    ),
    "B&rowse…": ("&Durchsuchen …", "&Parcourir…", "E&xaminar…"),
    "Choose a file in the Open dialog (Ctrl+O)": (
        "Eine Datei im Öffnen-Dialog wählen (Strg+O)",
        "Choisir un fichier dans la boîte de dialogue Ouvrir (Ctrl+O)",
        "Elegir un archivo en el cuadro de diálogo Abrir (Ctrl+O)",
    ),
    # -- file kinds and facts ----------------------------------------------------------------------
    "CSV (delimited text)": (
        "CSV (Text mit Trennzeichen)",
        "CSV (texte délimité)",
        "CSV (texto delimitado)",
    ),
    "TSV (tab-separated text)": (
        "TSV (tabulatorgetrennter Text)",
        "TSV (texte séparé par des tabulations)",
        "TSV (texto separado por tabuladores)",
    ),
    "Text": ("Text", "Texte", "Texto"),
    "Excel workbook (.xlsx)": (
        "Excel-Arbeitsmappe (.xlsx)",
        "Classeur Excel (.xlsx)",
        "Libro de Excel (.xlsx)",
    ),
    "Excel workbook with macros (.xlsm)": (
        "Excel-Arbeitsmappe mit Makros (.xlsm)",
        "Classeur Excel avec macros (.xlsm)",
        "Libro de Excel con macros (.xlsm)",
    ),
    "Excel 97–2003 workbook (.xls)": (
        "Excel-97–2003-Arbeitsmappe (.xls)",
        "Classeur Excel 97–2003 (.xls)",
        "Libro de Excel 97–2003 (.xls)",
    ),
    "OpenDocument spreadsheet (.ods)": (
        "OpenDocument-Tabelle (.ods)",
        "Feuille de calcul OpenDocument (.ods)",
        "Hoja de cálculo OpenDocument (.ods)",
    ),
    "JSON lines": ("JSON-Zeilen", "Lignes JSON", "Líneas JSON"),
    "comma": ("Komma", "virgule", "coma"),
    "semicolon": ("Semikolon", "point-virgule", "punto y coma"),
    "tab": ("Tabulator", "tabulation", "tabulador"),
    "pipe": ("senkrechter Strich", "barre verticale", "barra vertical"),
    "Comma": ("Komma", "Virgule", "Coma"),
    "Semicolon": ("Semikolon", "Point-virgule", "Punto y coma"),
    "Tab": ("Tabulator", "Tabulation", "Tabulador"),
    "Pipe": ("Senkrechter Strich", "Barre verticale", "Barra vertical"),
    "{rows} × {columns}": ("{rows} × {columns}", "{rows} × {columns}", "{rows} × {columns}"),
    "%Ln column(s)": (
        ("%Ln Spalte", "%Ln Spalten"),
        ("%Ln colonne", "%Ln colonnes"),
        ("%Ln columna", "%Ln columnas"),
    ),
    "no data rows": ("keine Datenzeilen", "aucune ligne de données", "ninguna fila de datos"),
    "First {shown} of %Ln row(s)": (
        ("Erste {shown} von %Ln Zeile", "Erste {shown} von %Ln Zeilen"),
        ("{shown} premières lignes sur %Ln", "{shown} premières lignes sur %Ln"),
        ("Primeras {shown} de %Ln fila", "Primeras {shown} de %Ln filas"),
    ),
    "The only row": ("Die einzige Zeile", "La seule ligne", "La única fila"),
    "All %Ln row(s)": (
        ("Die %Ln Zeile", "Alle %Ln Zeilen"),
        ("La %Ln ligne", "Les %Ln lignes"),
        ("La %Ln fila", "Las %Ln filas"),
    ),
    "No data rows below the header": (
        "Keine Datenzeilen unter der Kopfzeile",
        "Aucune ligne de données sous l’en-tête",
        "No hay filas de datos bajo el encabezado",
    ),
    "Excel, OpenDocument, CSV, text and JSON files: {kinds}": (
        "Excel-, OpenDocument-, CSV-, Text- und JSON-Dateien: {kinds}",
        "Fichiers Excel, OpenDocument, CSV, texte et JSON : {kinds}",
        "Archivos de Excel, OpenDocument, CSV, texto y JSON: {kinds}",
    ),
    "{sheet} (hidden in Excel)": (
        "{sheet} (in Excel ausgeblendet)",
        "{sheet} (masquée dans Excel)",
        "{sheet} (oculta en Excel)",
    ),
    "File": ("Datei", "Fichier", "Archivo"),
    "Format": ("Dateiformat", "Type de fichier", "Formato"),
    "Size": ("Größe", "Taille", "Tamaño"),
    "Encoding": ("Codierung", "Encodage", "Codificación"),
    "Delimiter": ("Trennzeichen", "Séparateur", "Separador"),
    "Sheet": ("Blatt", "Feuille", "Hoja"),
    # -- the Load step -------------------------------------------------------------------------
    "Load a spreadsheet": ("Tabelle laden", "Charger un tableur", "Cargar una hoja de cálculo"),
    "Recent files": ("Zuletzt geöffnet", "Fichiers récents", "Archivos recientes"),
    "First rows of the file": (
        "Erste Zeilen der Datei",
        "Premières lignes du fichier",
        "Primeras filas del archivo",
    ),
    "Which sheet of the workbook to read": (
        "Welches Blatt der Arbeitsmappe gelesen wird",
        "La feuille du classeur à lire",
        "Qué hoja del libro se lee",
    ),
    "Header row": ("Kopfzeile", "Ligne d’en-tête", "Fila de encabezado"),
    "The spreadsheet row that holds the column names": (
        "Die Zeile der Tabelle mit den Spaltennamen",
        "La ligne du tableur qui contient les noms des colonnes",
        "La fila de la hoja que contiene los nombres de las columnas",
    ),
    "Detect automatically": (
        "Automatisch erkennen",
        "Détecter automatiquement",
        "Detectar automáticamente",
    ),
    "Change this if letters like é or ü look wrong": (
        "Ändern Sie dies, wenn Buchstaben wie é oder ü falsch aussehen",
        "Changez-le si des lettres comme é ou ü s’affichent mal",
        "Cámbiela si letras como é o ü se ven mal",
    ),
    "What separates the columns in a text file": (
        "Was die Spalten in einer Textdatei trennt",
        "Ce qui sépare les colonnes dans un fichier texte",
        "Lo que separa las columnas en un archivo de texto",
    ),
    "&Sheet": ("&Blatt", "&Feuille", "&Hoja"),
    "&Header row": ("&Kopfzeile", "Ligne d’&en-tête", "Fila de &encabezado"),
    "&Encoding": ("&Codierung", "En&codage", "&Codificación"),
    "&Delimiter": ("&Trennzeichen", "Sé&parateur", "Se&parador"),
    "Open another file…": (
        "Andere Datei öffnen …",
        "Ouvrir un autre fichier…",
        "Abrir otro archivo…",
    ),
    "Loading… the next step opens when the file is read.": (
        "Wird geladen … der nächste Schritt öffnet sich, sobald die Datei gelesen ist.",
        "Chargement… l’étape suivante s’ouvre quand le fichier est lu.",
        "Cargando… el paso siguiente se abre cuando se haya leído el archivo.",
    ),
    "Load a file to continue: drop it here, or press Ctrl+O.": (
        "Laden Sie eine Datei, um fortzufahren: hier ablegen oder Strg+O drücken.",
        "Chargez un fichier pour continuer : déposez-le ici, ou appuyez sur Ctrl+O.",
        "Cargue un archivo para continuar: suéltelo aquí o pulse Ctrl+O.",
    ),
    "“{file}” is a folder, not a file.": (
        "„{file}“ ist ein Ordner, keine Datei.",
        "« {file} » est un dossier, pas un fichier.",
        "«{file}» es una carpeta, no un archivo.",
    ),
    "Open the folder and choose the spreadsheet inside it.": (
        "Öffnen Sie den Ordner und wählen Sie die Tabelle darin.",
        "Ouvrez le dossier et choisissez le tableur qu’il contient.",
        "Abra la carpeta y elija la hoja de cálculo que contiene.",
    ),
    "“{file}” could not be found.": (
        "„{file}“ wurde nicht gefunden.",
        "« {file} » est introuvable.",
        "No se encontró «{file}».",
    ),
    "It may have been moved, renamed or deleted.": (
        "Sie wurde vielleicht verschoben, umbenannt oder gelöscht.",
        "Il a peut-être été déplacé, renommé ou supprimé.",
        "Puede que se haya movido, cambiado de nombre o eliminado.",
    ),
    "Opening {file}…": ("{file} wird geöffnet …", "Ouverture de {file}…", "Abriendo {file}…"),
    "Loading {file}…": ("{file} wird geladen …", "Chargement de {file}…", "Cargando {file}…"),
    "Cancelling…": ("Wird abgebrochen …", "Annulation…", "Cancelando…"),
    "Loaded {file}: {size}": (
        "{file} geladen: {size}",
        "{file} chargé : {size}",
        "{file} cargado: {size}",
    ),
    "{file} could not be loaded.": (
        "{file} konnte nicht geladen werden.",
        "{file} n’a pas pu être chargé.",
        "No se pudo cargar {file}.",
    ),
    "Could not load {file}": (
        "{file} konnte nicht geladen werden",
        "Impossible de charger {file}",
        "No se pudo cargar {file}",
    ),
    "The file could not be loaded.": (
        "Die Datei konnte nicht geladen werden.",
        "Le fichier n’a pas pu être chargé.",
        "No se pudo cargar el archivo.",
    ),
    "Could not load the file": (
        "Die Datei konnte nicht geladen werden",
        "Impossible de charger le fichier",
        "No se pudo cargar el archivo",
    ),
    "Loading was cancelled.": (
        "Das Laden wurde abgebrochen.",
        "Le chargement a été annulé.",
        "Se canceló la lectura.",
    ),
    "The previous file is still loaded.": (
        "Die vorherige Datei ist noch geladen.",
        "Le fichier précédent reste chargé.",
        "El archivo anterior sigue cargado.",
    ),
    "Loading cancelled": ("Laden abgebrochen", "Chargement annulé", "Lectura cancelada"),
    "No recent files": (
        "Keine zuletzt geöffneten Dateien",
        "Aucun fichier récent",
        "No hay archivos recientes",
    ),
    "{sheet} — {rows}": ("{sheet} – {rows}", "{sheet} – {rows}", "{sheet} – {rows}"),
    "⚠ This sheet has {rows}. '{sheet}' holds {other}: choose it in the Sheet list.": (
        "⚠ Dieses Blatt hat {rows}. „{sheet}“ enthält {other}: Wählen Sie es in der Liste „Blatt“.",
        "⚠ Cette feuille a {rows}. « {sheet} » en contient {other} : choisissez-la dans la liste "
        "Feuille.",
        "⚠ Esta hoja tiene {rows}. «{sheet}» tiene {other}: elíjala en la lista Hoja.",
    ),
    # -- the step list, the About box, a crash note ------------------------------------------
    "{step} ({keys})": ("{step} ({keys})", "{step} ({keys})", "{step} ({keys})"),
    "{step} ({keys}) — finish the earlier steps first": (
        "{step} ({keys}) – zuerst die vorherigen Schritte abschließen",
        "{step} ({keys}) – terminez d’abord les étapes précédentes",
        "{step} ({keys}) – termine antes los pasos anteriores",
    ),
    "{step}: current step": (
        "{step}: aktueller Schritt",
        "{step} : étape en cours",
        "{step}: paso actual",
    ),
    "{step}: done": ("{step}: erledigt", "{step} : terminée", "{step}: hecho"),
    "{step}: not done yet": (
        "{step}: noch nicht erledigt",
        "{step} : pas encore faite",
        "{step}: aún sin hacer",
    ),
    "Imports spreadsheets of users and events into product-analytics ingestion APIs.": (
        "Importiert Tabellen mit Benutzern und Ereignissen in die Ingestion-APIs von "
        "Produktanalyse-Diensten.",
        "Importe des tableurs d’utilisateurs et d’événements dans les API d’ingestion "
        "d’analyse produit.",
        "Importa hojas de cálculo de usuarios y eventos a las API de ingesta de analítica de "
        "producto.",
    ),
    "Licensed under the {licence} licence.": (
        "Lizenziert unter der Lizenz {licence}.",
        "Distribué sous licence {licence}.",
        "Con licencia {licence}.",
    ),
    "Backfill ships with these %Ln open-source libraries (and the Python runtime, PSF-2.0):": (
        (
            "Backfill enthält diese %Ln Open-Source-Bibliothek (und die Python-Laufzeit, PSF-2.0):",
            "Backfill enthält diese %Ln Open-Source-Bibliotheken (und die Python-Laufzeit, "
            "PSF-2.0):",
        ),
        (
            "Backfill est livré avec cette %Ln bibliothèque libre (et l’environnement Python, "
            "PSF-2.0) :",
            "Backfill est livré avec ces %Ln bibliothèques libres (et l’environnement Python, "
            "PSF-2.0) :",
        ),
        (
            "Backfill incluye esta %Ln biblioteca de código abierto (y el entorno de Python, "
            "PSF-2.0):",
            "Backfill incluye estas %Ln bibliotecas de código abierto (y el entorno de Python, "
            "PSF-2.0):",
        ),
    ),
    "Library": ("Bibliothek", "Bibliothèque", "Biblioteca"),
    "Version": ("Version", "Version", "Versión"),
    "Licence": ("Lizenz", "Licence", "Licencia"),
    "Copy details": ("Details kopieren", "Copier les détails", "Copiar los detalles"),
    "Copy the versions and licences, e.g. for a support ticket": (
        "Versionen und Lizenzen kopieren, z. B. für eine Supportanfrage",
        "Copier les versions et les licences, par exemple pour une demande d’assistance",
        "Copiar las versiones y las licencias, por ejemplo para una solicitud de soporte",
    ),
    "Something went wrong": (
        "Etwas ist schiefgegangen",
        "Une erreur s’est produite",
        "Algo salió mal",
    ),
    "Backfill hit an unexpected problem and stopped what it was doing. Your file and any upload "
    "in progress are safe. {where}": (
        "Backfill ist auf ein unerwartetes Problem gestoßen und hat die laufende Arbeit beendet. "
        "Ihre Datei und ein laufender Upload sind sicher. {where}",
        "Backfill a rencontré un problème inattendu et a arrêté ce qu’il faisait. Votre fichier "
        "et tout envoi en cours sont en sécurité. {where}",
        "Backfill encontró un problema inesperado y detuvo lo que estaba haciendo. Su archivo y "
        "cualquier carga en curso están a salvo. {where}",
    ),
    "The details were saved to {log}.": (
        "Die Einzelheiten wurden in {log} gespeichert.",
        "Les détails ont été enregistrés dans {log}.",
        "Los detalles se guardaron en {log}.",
    ),
}
