"""Users and their events from one sheet (the Map step's "then an event" card), and the Report's
warning of rows re-sent to an API that keeps every copy.

English: (German, French, Spanish). Glossary as in fill_translations.py and words_map.py.
"""

WORDS = {  # English: (German, French, Spanish)
    "Also send an event for each user": (
        "Zu jedem Nutzer auch ein Ereignis senden",
        "Envoyer aussi un événement pour chaque utilisateur",
        "Enviar también un evento por cada usuario",
    ),
    "Each user is sent first; its event goes only once the user was accepted. "
    "A rejected user's event is not sent.": (
        "Jeder Nutzer wird zuerst gesendet; sein Ereignis folgt erst, wenn der Nutzer "
        "angenommen wurde. Das Ereignis eines abgelehnten Nutzers wird nicht gesendet.",
        "Chaque utilisateur est envoyé d’abord ; son événement ne part qu’une fois "
        "l’utilisateur accepté. L’événement d’un utilisateur rejeté n’est pas envoyé.",
        "Cada usuario se envía primero; su evento solo se envía cuando el usuario ha sido "
        "aceptado. El evento de un usuario rechazado no se envía.",
    ),
    "Event name": ("Ereignisname", "Nom de l’événement", "Nombre del evento"),
    "Event time": ("Ereigniszeit", "Heure de l’événement", "Hora del evento"),
    "Event properties": (
        "Ereigniseigenschaften",
        "Propriétés de l’événement",
        "Propiedades del evento",
    ),
    "Time from column": ("Zeit aus Spalte", "Heure tirée de la colonne", "Hora de la columna"),
    "Properties": ("Eigenschaften", "Propriétés", "Propiedades"),
    "No column: the time of the upload": (
        "Keine Spalte: der Zeitpunkt des Uploads",
        "Aucune colonne : l’heure de l’envoi",
        "Ninguna columna: la hora de la carga",
    ),
}

# The Report's warning when rows were re-sent to an API that keeps every copy.
WORDS.update(
    {
        "1 row was sent again after an answer was lost; {destination} does not remove "
        "duplicates, so up to 1 may be stored twice.": (
            "1 Zeile wurde erneut gesendet, nachdem eine Antwort verloren ging; {destination} "
            "entfernt keine Duplikate, daher kann sie doppelt gespeichert sein.",
            "1 ligne a été renvoyée après la perte d’une réponse ; {destination} ne supprime "
            "pas les doublons : elle peut donc être enregistrée deux fois.",
            "1 fila se volvió a enviar tras perderse una respuesta; {destination} no elimina "
            "duplicados, así que puede quedar guardada dos veces.",
        ),
        "{rows} rows were sent again after an answer was lost; {destination} does not remove "
        "duplicates, so up to {rows} may be stored twice.": (
            "{rows} Zeilen wurden erneut gesendet, nachdem eine Antwort verloren ging; "
            "{destination} entfernt keine Duplikate, daher können bis zu {rows} doppelt "
            "gespeichert sein.",
            "{rows} lignes ont été renvoyées après la perte d’une réponse ; {destination} ne "
            "supprime pas les doublons : jusqu’à {rows} peuvent donc être enregistrées deux fois.",
            "{rows} filas se volvieron a enviar tras perderse una respuesta; {destination} no "
            "elimina duplicados, así que hasta {rows} pueden quedar guardadas dos veces.",
        ),
    }
)

WORDS.update(
    {  # The Upload step's counters of a pair (app/ui/widgets/run_panel.py)
        "Users — accepted {accepted} · rejected {rejected} · failed {failed} · pending {pending}": (
            "Nutzer – angenommen {accepted} · abgelehnt {rejected} · fehlgeschlagen {failed} · "
            "ausstehend {pending}",
            "Utilisateurs – acceptés {accepted} · rejetés {rejected} · en échec {failed} · "
            "en attente {pending}",
            "Usuarios – aceptados {accepted} · rechazados {rejected} · fallidos {failed} · "
            "pendientes {pending}",
        ),
        "Events — accepted {accepted} · rejected {rejected} · failed {failed} · "
        "pending {pending}": (
            "Ereignisse – angenommen {accepted} · abgelehnt {rejected} · fehlgeschlagen "
            "{failed} · ausstehend {pending}",
            "Événements – acceptés {accepted} · rejetés {rejected} · en échec {failed} · "
            "en attente {pending}",
            "Eventos – aceptados {accepted} · rechazados {rejected} · fallidos {failed} · "
            "pendientes {pending}",
        ),
        "Events — accepted {accepted} · rejected {rejected} · failed {failed} · "
        "pending {pending}, {held} held for their user": (
            "Ereignisse – angenommen {accepted} · abgelehnt {rejected} · fehlgeschlagen "
            "{failed} · ausstehend {pending}, davon {held} warten auf ihren Nutzer",
            "Événements – acceptés {accepted} · rejetés {rejected} · en échec {failed} · "
            "en attente {pending}, dont {held} attendent leur utilisateur",
            "Eventos – aceptados {accepted} · rechazados {rejected} · fallidos {failed} · "
            "pendientes {pending}, {held} esperan a su usuario",
        ),
        "Sending the users: {progress}": (
            "Nutzer werden gesendet: {progress}",
            "Envoi des utilisateurs : {progress}",
            "Enviando los usuarios: {progress}",
        ),
        "Sending the events: {progress}": (
            "Ereignisse werden gesendet: {progress}",
            "Envoi des événements : {progress}",
            "Enviando los eventos: {progress}",
        ),
        # The end of a pair's upload (app/ui/upload_words.py)
        "Upload finished: users {accepted} accepted, {rejected} rejected, {failed} failed; "
        "events {e_accepted} accepted, {e_rejected} rejected, {e_failed} failed, {held} "
        "waiting for their user.": (
            "Upload abgeschlossen: Nutzer {accepted} angenommen, {rejected} abgelehnt, "
            "{failed} fehlgeschlagen; Ereignisse {e_accepted} angenommen, {e_rejected} "
            "abgelehnt, {e_failed} fehlgeschlagen, {held} warten auf ihren Nutzer.",
            "Envoi terminé : utilisateurs {accepted} acceptés, {rejected} rejetés, {failed} en "
            "échec ; événements {e_accepted} acceptés, {e_rejected} rejetés, {e_failed} en "
            "échec, {held} en attente de leur utilisateur.",
            "Carga terminada: usuarios {accepted} aceptados, {rejected} rechazados, {failed} "
            "fallidos; eventos {e_accepted} aceptados, {e_rejected} rechazados, {e_failed} "
            "fallidos, {held} esperan a su usuario.",
        ),
        "Upload finished: users {accepted} accepted, {rejected} rejected, {failed} failed; "
        "events {e_accepted} accepted, {e_rejected} rejected, {e_failed} failed.": (
            "Upload abgeschlossen: Nutzer {accepted} angenommen, {rejected} abgelehnt, "
            "{failed} fehlgeschlagen; Ereignisse {e_accepted} angenommen, {e_rejected} "
            "abgelehnt, {e_failed} fehlgeschlagen.",
            "Envoi terminé : utilisateurs {accepted} acceptés, {rejected} rejetés, {failed} en "
            "échec ; événements {e_accepted} acceptés, {e_rejected} rejetés, {e_failed} en "
            "échec.",
            "Carga terminada: usuarios {accepted} aceptados, {rejected} rechazados, {failed} "
            "fallidos; eventos {e_accepted} aceptados, {e_rejected} rechazados, {e_failed} "
            "fallidos.",
        ),
        # A pair's requests in the Upload step's log (app/ui/models/chunk_log_model.py)
        "users request {n}": (
            "Nutzer-Anfrage {n}",
            "requête utilisateurs {n}",
            "solicitud de usuarios {n}",
        ),
        "events request {n}": (
            "Ereignis-Anfrage {n}",
            "requête événements {n}",
            "solicitud de eventos {n}",
        ),
    }
)

# Review's then-event section: the event part checked as its upload will (event_part_panel.py)
WORDS.update(
    {
        "Then-event": ("Folgeereignis", "Événement associé", "Evento asociado"),
        "Problems of the then-event": (
            "Probleme des Folgeereignisses",
            "Problèmes de l’événement associé",
            "Problemas del evento asociado",
        ),
        "Then-event rule": (
            "Regel des Folgeereignisses",
            "Règle de l’événement associé",
            "Regla del evento asociado",
        ),
        "Then-event ({name}): {rows} checked, {invalid} invalid": (
            "Folgeereignis ({name}): {rows} geprüft, {invalid} ungültig",
            "Événement associé ({name}) : {rows} vérifiées, {invalid} non valides",
            "Evento asociado ({name}): {rows} comprobadas, {invalid} no válidas",
        ),
        "A row whose event is invalid still sends its user; only its event is kept back and "
        "listed in the report.": (
            "Eine Zeile mit ungültigem Ereignis sendet ihren Nutzer trotzdem; nur ihr Ereignis "
            "wird zurückgehalten und im Bericht aufgeführt.",
            "Une ligne dont l’événement n’est pas valide envoie quand même son utilisateur ; "
            "seul son événement est retenu et listé dans le rapport.",
            "Una fila cuyo evento no es válido envía igualmente su usuario; solo su evento se "
            "retiene y figura en el informe.",
        ),
        "Then-event: not checked": (
            "Folgeereignis: nicht geprüft",
            "Événement associé : non vérifié",
            "Evento asociado: no comprobado",
        ),
        "Warning – these events are still sent": (
            "Warnung – diese Ereignisse werden trotzdem gesendet",
            "Avertissement – ces événements sont quand même envoyés",
            "Advertencia – estos eventos se envían igualmente",
        ),
        "Event not sent": (
            "Ereignis nicht gesendet",
            "Événement non envoyé",
            "Evento no enviado",
        ),
        "Event: {problem}": ("Ereignis: {problem}", "Événement : {problem}", "Evento: {problem}"),
        "Event note: {note}": (
            "Hinweis zum Ereignis: {note}",
            "Note sur l’événement : {note}",
            "Nota del evento: {note}",
        ),
        "No event time column: every event is stamped {time}.": (
            "Keine Spalte für die Ereigniszeit: jedes Ereignis erhält den Zeitpunkt {time}.",
            "Aucune colonne d’heure d’événement : chaque événement est daté de {time}.",
            "Ninguna columna de hora del evento: cada evento lleva la hora {time}.",
        ),
    }
)
