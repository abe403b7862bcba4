"""The Upload step while a job is still being written from its file (sending while preparing),
and the resume of a job whose file was not read to the end.

English: (German, French, Spanish). Glossary as in fill_translations.py.
"""

WORDS = {  # English: (German, French, Spanish)
    "Its file was not read to the end: resuming reads it again for the rest.": (
        "Die Datei wurde nicht bis zum Ende gelesen: Beim Fortsetzen wird sie für den Rest "
        "erneut gelesen.",
        "Son fichier n’a pas été lu jusqu’au bout : la reprise le relit pour la suite.",
        "Su archivo no se leyó hasta el final: al reanudar se vuelve a leer para el resto.",
    ),
    "The file could not be read to the end: {reason}": (
        "Die Datei konnte nicht bis zum Ende gelesen werden: {reason}",
        "Le fichier n’a pas pu être lu jusqu’au bout : {reason}",
        "No se pudo leer el archivo hasta el final: {reason}",
    ),
    "The rows written so far stay in the job; fix the file's problem, then press “Resume upload” "
    "to go on from where it stopped.": (
        "Die bisher geschriebenen Zeilen bleiben im Auftrag; beheben Sie das Problem der Datei "
        "und klicken Sie dann auf „Upload fortsetzen“, um dort weiterzumachen, wo es aufgehört "
        "hat.",
        "Les lignes déjà écrites restent dans la tâche ; corrigez le problème du fichier, puis "
        "cliquez sur « Reprendre l’envoi » pour continuer là où il s’est arrêté.",
        "Las filas escritas hasta ahora se quedan en el trabajo; corrija el problema del "
        "archivo y pulse «Reanudar la carga» para seguir donde se detuvo.",
    ),
    "Reading {file} again to write the rows after the first {rows}…": (
        "{file} wird erneut gelesen, um die Zeilen nach den ersten {rows} zu schreiben …",
        "Nouvelle lecture de {file} pour écrire les lignes après les {rows} premières…",
        "Volviendo a leer {file} para escribir las filas posteriores a las primeras {rows}…",
    ),
    "Job {job} was stopped while its file was being read, before anything was sent; it has "
    "been dropped.": (
        "Auftrag {job} wurde angehalten, während seine Datei gelesen wurde, bevor etwas "
        "gesendet war; er wurde verworfen.",
        "La tâche {job} a été arrêtée pendant la lecture de son fichier, avant tout envoi ; "
        "elle a été abandonnée.",
        "El trabajo {job} se detuvo mientras se leía su archivo, antes de enviar nada; se ha "
        "descartado.",
    ),
    "Upload {file} again: this destination already accepted rows before, so the upload asks "
    "about repeats first.": (
        "Laden Sie {file} erneut hoch: Dieses Ziel hat schon früher Zeilen angenommen, daher "
        "fragt der Upload zuerst nach Wiederholungen.",
        "Envoyez {file} à nouveau : cette destination a déjà accepté des lignes, l’envoi "
        "demande donc d’abord que faire des répétitions.",
        "Vuelva a cargar {file}: este destino ya aceptó filas antes, así que la carga "
        "pregunta primero por las repeticiones.",
    ),
    "Job {job} was stopped while its file was still being read, and {path} is gone or has "
    "changed since, so the rest of it cannot be added.": (
        "Auftrag {job} wurde angehalten, während seine Datei noch gelesen wurde, und {path} "
        "fehlt inzwischen oder wurde geändert; der Rest kann daher nicht hinzugefügt werden.",
        "La tâche {job} a été arrêtée pendant la lecture de son fichier, et {path} a disparu "
        "ou a changé depuis : la suite ne peut donc pas être ajoutée.",
        "El trabajo {job} se detuvo mientras aún se leía su archivo, y {path} ya no está o ha "
        "cambiado desde entonces, así que no se puede añadir el resto.",
    ),
    "The %Ln row(s) written so far stay in the job; load the file again and upload it as a new "
    "job for the rest.": (
        (
            "Die bisher geschriebene %Ln Zeile bleibt im Auftrag; laden Sie die Datei erneut "
            "und laden Sie den Rest als neuen Auftrag hoch.",
            "Die bisher geschriebenen %Ln Zeilen bleiben im Auftrag; laden Sie die Datei "
            "erneut und laden Sie den Rest als neuen Auftrag hoch.",
        ),
        (
            "La %Ln ligne déjà écrite reste dans la tâche ; chargez à nouveau le fichier et "
            "envoyez le reste comme une nouvelle tâche.",
            "Les %Ln lignes déjà écrites restent dans la tâche ; chargez à nouveau le fichier "
            "et envoyez le reste comme une nouvelle tâche.",
        ),
        (
            "La %Ln fila escrita hasta ahora se queda en el trabajo; vuelva a cargar el "
            "archivo y cargue el resto como un trabajo nuevo.",
            "Las %Ln filas escritas hasta ahora se quedan en el trabajo; vuelva a cargar el "
            "archivo y cargue el resto como un trabajo nuevo.",
        ),
    ),
    "Reading the first rows of the file…": (
        "Die ersten Zeilen der Datei werden gelesen …",
        "Lecture des premières lignes du fichier…",
        "Leyendo las primeras filas del archivo…",
    ),
}
