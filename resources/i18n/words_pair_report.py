"""Users and their events from one sheet: the Report step, the resume dialog and the Upload
step's words for such a job (app/ui/words/pair_words.py, the Report's rows table).

English: (German, French, Spanish). Glossary as in fill_translations.py; besides: user =
Nutzer / utilisateur / usuario; event = Ereignis / événement / evento (as words_map.py).
"""

WORDS = {  # English: (German, French, Spanish)
    "Part": ("Teil", "Partie", "Parte"),
    "Other part": ("Anderer Teil", "Autre partie", "Otra parte"),
    "User": ("Nutzer", "Utilisateur", "Usuario"),
    "Event": ("Ereignis", "Événement", "Evento"),
    "No row of the file was refused.": (
        "Keine Zeile der Datei wurde abgelehnt.",
        "Aucune ligne du fichier n’a été refusée.",
        "No se rechazó ninguna fila del archivo.",
    ),
    "All %Ln row(s) not delivered whole": (
        (
            "Die %Ln nicht vollständig zugestellte Zeile",
            "Alle %Ln nicht vollständig zugestellten Zeilen",
        ),
        ("La %Ln ligne pas livrée en entier", "Les %Ln lignes pas livrées en entier"),
        ("La %Ln fila no entregada por completo", "Las %Ln filas no entregadas por completo"),
    ),
    "{n} waiting for their user": (
        "{n} warten auf ihren Nutzer",
        "{n} en attente de leur utilisateur",
        "{n} esperan a su usuario",
    ),
    "Users: {counts}": ("Nutzer: {counts}", "Utilisateurs : {counts}", "Usuarios: {counts}"),
    "Events: {counts}": ("Ereignisse: {counts}", "Événements : {counts}", "Eventos: {counts}"),
    "Every user and its event was delivered": (
        "Jeder Nutzer und sein Ereignis wurden zugestellt",
        "Chaque utilisateur et son événement ont été livrés",
        "Cada usuario y su evento se entregaron",
    ),
    "Stopped: %Ln row(s) still to send": (
        ("Angehalten: %Ln Zeile noch zu senden", "Angehalten: %Ln Zeilen noch zu senden"),
        ("Arrêté : %Ln ligne encore à envoyer", "Arrêté : %Ln lignes encore à envoyer"),
        ("Detenido: queda %Ln fila por enviar", "Detenido: quedan %Ln filas por enviar"),
    ),
    "Not finished: %Ln row(s) still to send": (
        ("Nicht fertig: %Ln Zeile noch zu senden", "Nicht fertig: %Ln Zeilen noch zu senden"),
        ("Pas terminé : %Ln ligne encore à envoyer", "Pas terminé : %Ln lignes encore à envoyer"),
        ("Sin terminar: queda %Ln fila por enviar", "Sin terminar: quedan %Ln filas por enviar"),
    ),
    "Done with problems: %Ln row(s) not delivered whole": (
        (
            "Fertig mit Problemen: %Ln Zeile nicht vollständig zugestellt",
            "Fertig mit Problemen: %Ln Zeilen nicht vollständig zugestellt",
        ),
        (
            "Terminé avec des problèmes : %Ln ligne pas livrée en entier",
            "Terminé avec des problèmes : %Ln lignes pas livrées en entier",
        ),
        (
            "Terminado con problemas: %Ln fila no entregada por completo",
            "Terminado con problemas: %Ln filas no entregadas por completo",
        ),
    ),
    "{users}, then {events}": (
        "{users}, danach {events}",
        "{users}, puis {events}",
        "{users}, después {events}",
    ),
    "Event: waits for its user": (
        "Ereignis: wartet auf seinen Nutzer",
        "Événement : attend son utilisateur",
        "Evento: espera a su usuario",
    ),
    "Event: not sent": ("Ereignis: nicht gesendet", "Événement : non envoyé", "Evento: no enviado"),
    "Event: {state}": ("Ereignis: {state}", "Événement : {state}", "Evento: {state}"),
    "User: accepted": ("Nutzer: angenommen", "Utilisateur : accepté", "Usuario: aceptado"),
    "User: {state}": ("Nutzer: {state}", "Utilisateur : {state}", "Usuario: {state}"),
    "{rows} {outcome} · their event": (
        "{rows} {outcome} · ihr Ereignis",
        "{rows} {outcome} · leur événement",
        "{rows} {outcome} · su evento",
    ),
    "{rows} {outcome} · their user": (
        "{rows} {outcome} · ihr Nutzer",
        "{rows} {outcome} · leur utilisateur",
        "{rows} {outcome} · su usuario",
    ),
    "Then their events: {done} of %Ln row(s) done": (
        (
            "Danach ihre Ereignisse: {done} von %Ln Zeile erledigt",
            "Danach ihre Ereignisse: {done} von %Ln Zeilen erledigt",
        ),
        (
            "Puis leurs événements : {done} sur %Ln ligne traitée",
            "Puis leurs événements : {done} sur %Ln lignes traitées",
        ),
        (
            "Después sus eventos: {done} de %Ln fila hecha",
            "Después sus eventos: {done} de %Ln filas hechas",
        ),
    ),
    "This upload was still being prepared with its events when Backfill stopped. "
    "Nothing of it was sent, and it has been removed.": (
        "Dieser Upload wurde noch mit seinen Ereignissen vorbereitet, als Backfill beendet "
        "wurde. Nichts davon wurde gesendet, und er wurde entfernt.",
        "Cet envoi était encore en préparation avec ses événements quand Backfill s’est "
        "arrêté. Rien n’en a été envoyé, et il a été supprimé.",
        "Esta carga aún se estaba preparando con sus eventos cuando Backfill se detuvo. "
        "No se envió nada de ella y se ha eliminado.",
    ),
    "Load the file again to upload it.": (
        "Laden Sie die Datei erneut, um sie hochzuladen.",
        "Chargez de nouveau le fichier pour l’envoyer.",
        "Cargue el archivo de nuevo para subirlo.",
    ),
    # "Fix and re-import" of a pair (app/ui/pages/report_page.py, app/ui/report_data.py)
    "Open the rows refused in either part in Review to fix them; their users are sent again "
    "(an update, never twice), then their events": (
        "Die in einem der Teile abgelehnten Zeilen in der Prüfung öffnen, um sie zu "
        "korrigieren; ihre Nutzer werden erneut gesendet (eine Aktualisierung, nie doppelt), "
        "danach ihre Ereignisse",
        "Ouvrir dans la vérification les lignes refusées dans l’une des parties pour les "
        "corriger ; leurs utilisateurs sont renvoyés (une mise à jour, jamais en double), "
        "puis leurs événements",
        "Abrir en la revisión las filas rechazadas en cualquiera de las partes para "
        "corregirlas; sus usuarios se envían de nuevo (una actualización, nunca dos veces) y "
        "después sus eventos",
    ),
    "%Ln row(s) of {file} not delivered whole": (
        (
            "%Ln nicht vollständig zugestellte Zeile von {file}",
            "%Ln nicht vollständig zugestellte Zeilen von {file}",
        ),
        (
            "%Ln ligne de {file} pas livrée en entier",
            "%Ln lignes de {file} pas livrées en entier",
        ),
        (
            "%Ln fila de {file} no entregada por completo",
            "%Ln filas de {file} no entregadas por completo",
        ),
    ),
    "Opened %Ln row(s) not delivered whole for fixing. Their users go again as an update "
    "(tick “Send them again” on Upload), then their events.": (
        (
            "%Ln nicht vollständig zugestellte Zeile zum Korrigieren geöffnet. Ihr Nutzer wird "
            "als Aktualisierung erneut gesendet (beim Hochladen „Erneut senden“ ankreuzen), "
            "danach sein Ereignis.",
            "%Ln nicht vollständig zugestellte Zeilen zum Korrigieren geöffnet. Ihre Nutzer "
            "werden als Aktualisierung erneut gesendet (beim Hochladen „Erneut senden“ "
            "ankreuzen), danach ihre Ereignisse.",
        ),
        (
            "%Ln ligne pas livrée en entier ouverte pour correction. Son utilisateur repart "
            "comme mise à jour (cochez « Les renvoyer » à l’envoi), puis son événement.",
            "%Ln lignes pas livrées en entier ouvertes pour correction. Leurs utilisateurs "
            "repartent comme mise à jour (cochez « Les renvoyer » à l’envoi), puis leurs "
            "événements.",
        ),
        (
            "Se abrió %Ln fila no entregada por completo para corregirla. Su usuario se envía "
            "de nuevo como actualización (marque «Enviarlas de nuevo» en la carga) y después "
            "su evento.",
            "Se abrieron %Ln filas no entregadas por completo para corregirlas. Sus usuarios "
            "se envían de nuevo como actualización (marque «Enviarlas de nuevo» en la carga) "
            "y después sus eventos.",
        ),
    ),
    "{rows} rows of job {job} not delivered whole, with their original row numbers; users "
    "already accepted are sent again as an update (never twice), then their events.": (
        "{rows} nicht vollständig zugestellte Zeilen des Auftrags {job}, mit ihren "
        "ursprünglichen Zeilennummern; bereits angenommene Nutzer werden als Aktualisierung "
        "erneut gesendet (nie doppelt), danach ihre Ereignisse.",
        "{rows} lignes de la tâche {job} pas livrées en entier, avec leurs numéros de ligne "
        "d’origine ; les utilisateurs déjà acceptés sont renvoyés comme mise à jour (jamais en "
        "double), puis leurs événements.",
        "{rows} filas del trabajo {job} no entregadas por completo, con sus números de fila "
        "originales; los usuarios ya aceptados se envían de nuevo como actualización (nunca "
        "dos veces) y después sus eventos.",
    ),
}
