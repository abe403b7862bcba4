"""The Review step's notes, a bad cell's reason and the Report's reasons of rows held back at
validation: core English read back by app/ui/words/stored_words.py (English: German, French,
Spanish)."""

WORDS = {  # English: (German, French, Spanish)
    # -- notes under the summary (app/core/timestamp_checks.py, validation_pass.py) -------------
    "Every date in '{column}' could be day-first or month-first; they were read day-first. "
    "Choose the date order in the mapping if that is wrong.": (
        "Jedes Datum in „{column}“ könnte mit Tag oder Monat zuerst stehen; sie wurden mit dem "
        "Tag zuerst gelesen. Wählen Sie in der Zuordnung die Datumsreihenfolge, falls das "
        "falsch ist.",
        "Chaque date de « {column} » pourrait commencer par le jour ou le mois ; elles ont été "
        "lues jour d’abord. Choisissez l’ordre des dates dans l’association si c’est faux.",
        "Cada fecha de «{column}» podría tener primero el día o el mes; se leyeron con el día "
        "primero. Elija el orden de las fechas en la asignación si no es correcto.",
    ),
    "%n event repeats an earlier row's user and name. With no timestamp column every event "
    "gets the same time, so {vendor} keeps only one of each; map a timestamp column to keep "
    "them.": (
        (
            "%n Ereignis wiederholt Nutzer und Namen einer früheren Zeile. Ohne "
            "Zeitstempel-Spalte erhält jedes Ereignis dieselbe Zeit, daher behält {vendor} nur "
            "eines davon; ordnen Sie eine Zeitstempel-Spalte zu, um alle zu behalten.",
            "%n Ereignisse wiederholen Nutzer und Namen einer früheren Zeile. Ohne "
            "Zeitstempel-Spalte erhält jedes Ereignis dieselbe Zeit, daher behält {vendor} nur "
            "eines davon; ordnen Sie eine Zeitstempel-Spalte zu, um alle zu behalten.",
        ),
        (
            "%n événement reprend l’utilisateur et le nom d’une ligne précédente. Sans colonne "
            "d’horodatage, chaque événement reçoit la même heure, donc {vendor} n’en garde "
            "qu’un ; associez une colonne d’horodatage pour tous les garder.",
            "%n événements reprennent l’utilisateur et le nom d’une ligne précédente. Sans "
            "colonne d’horodatage, chaque événement reçoit la même heure, donc {vendor} n’en "
            "garde qu’un de chaque ; associez une colonne d’horodatage pour tous les garder.",
        ),
        (
            "%n evento repite el usuario y el nombre de una fila anterior. Sin columna de marca "
            "de tiempo, cada evento recibe la misma hora, así que {vendor} solo guarda uno; "
            "asigne una columna de marca de tiempo para conservarlos todos.",
            "%n eventos repiten el usuario y el nombre de una fila anterior. Sin columna de "
            "marca de tiempo, cada evento recibe la misma hora, así que {vendor} solo guarda "
            "uno de cada; asigne una columna de marca de tiempo para conservarlos todos.",
        ),
    ),
    "%n events repeat an earlier row's user and name. With no timestamp column every event "
    "gets the same time, so {vendor} keeps only one of each; map a timestamp column to keep "
    "them.": (
        (
            "%n Ereignis wiederholt Nutzer und Namen einer früheren Zeile. Ohne "
            "Zeitstempel-Spalte erhält jedes Ereignis dieselbe Zeit, daher behält {vendor} nur "
            "eines davon; ordnen Sie eine Zeitstempel-Spalte zu, um alle zu behalten.",
            "%n Ereignisse wiederholen Nutzer und Namen einer früheren Zeile. Ohne "
            "Zeitstempel-Spalte erhält jedes Ereignis dieselbe Zeit, daher behält {vendor} von "
            "jedem nur eines; ordnen Sie eine Zeitstempel-Spalte zu, um alle zu behalten.",
        ),
        (
            "%n événement reprend l’utilisateur et le nom d’une ligne précédente. Sans colonne "
            "d’horodatage, chaque événement reçoit la même heure, donc {vendor} n’en garde "
            "qu’un ; associez une colonne d’horodatage pour tous les garder.",
            "%n événements reprennent l’utilisateur et le nom d’une ligne précédente. Sans "
            "colonne d’horodatage, chaque événement reçoit la même heure, donc {vendor} n’en "
            "garde qu’un de chaque ; associez une colonne d’horodatage pour tous les garder.",
        ),
        (
            "%n evento repite el usuario y el nombre de una fila anterior. Sin columna de marca "
            "de tiempo, cada evento recibe la misma hora, así que {vendor} solo guarda uno; "
            "asigne una columna de marca de tiempo para conservarlos todos.",
            "%n eventos repiten el usuario y el nombre de una fila anterior. Sin columna de "
            "marca de tiempo, cada evento recibe la misma hora, así que {vendor} solo guarda "
            "uno de cada; asigne una columna de marca de tiempo para conservarlos todos.",
        ),
    ),
    # -- a bad cell's reason, kept per row as text (app/core/timestamps.py, local_time.py) ------
    "{label}: {reason}": ("{label}: {reason}", "{label} : {reason}", "{label}: {reason}"),
    "hour does not fit AM/PM": (
        "Stunde passt nicht zu AM/PM",
        "l’heure ne correspond pas à AM/PM",
        "la hora no encaja con AM/PM",
    ),
    "not a date when read day-first": (
        "kein Datum, wenn mit dem Tag zuerst gelesen",
        "pas une date lue jour d’abord",
        "no es una fecha leída con el día primero",
    ),
    "not a date when read month-first": (
        "kein Datum, wenn mit dem Monat zuerst gelesen",
        "pas une date lue mois d’abord",
        "no es una fecha leída con el mes primero",
    ),
    "number is not a date (not an Excel date or epoch time)": (
        "Zahl ist kein Datum (weder Excel-Datum noch Epochenzeit)",
        "le nombre n’est pas une date (ni date Excel ni temps epoch)",
        "el número no es una fecha (ni fecha de Excel ni tiempo epoch)",
    ),
    "no such date or time": (
        "dieses Datum bzw. diese Uhrzeit gibt es nicht",
        "cette date ou heure n’existe pas",
        "esa fecha u hora no existe",
    ),
    "not a date or time Backfill can read": (
        "kein Datum und keine Uhrzeit, die Backfill lesen kann",
        "ni une date ni une heure que Backfill sait lire",
        "no es una fecha ni una hora que Backfill pueda leer",
    ),
    "no such time in {zone}: the clocks went forward over it": (
        "diese Uhrzeit gibt es in {zone} nicht: die Uhren wurden darüber vorgestellt",
        "cette heure n’existe pas à {zone} : les horloges ont avancé par-dessus",
        "esa hora no existe en {zone}: los relojes se adelantaron por encima de ella",
    ),
    # -- the Report's reasons of rows held back (app/core/jobs.py, as the journal keeps them) ---
    "Invalid row": ("Ungültige Zeile", "Ligne non valide", "Fila no válida"),
    "Left out by the operator on the Review step": (
        "Im Schritt „Prüfen“ ausgelassen",
        "Laissée de côté à l’étape « Vérifier »",
        "Omitida en el paso «Revisar»",
    ),
}
